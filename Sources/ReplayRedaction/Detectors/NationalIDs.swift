/// National numbers with a check digit: French NIR (social security), Indian Aadhaar, Canadian SIN, Dutch BSN;
/// and the dispatch by length to the others.
/// Written in a form only they take (the NIR's 1-2-2-2-3-3-2 groups, Aadhaar's 4-4-4) they stand alone; as
/// bare digits they need a cue word before them or in their table column's header.

extension Scanner {
    static let nirWords = CueWords([
        "nir", "sécurité sociale", "securite sociale", "sécu", "secu ", "insee", "n° ss", "numéro ss", "carte vitale",
    ])
    static let aadhaarWords = CueWords(["aadhaar", "aadhar", "uidai", "आधार"])
    static let bsnWords = CueWords(["bsn ", "bsn:", "bsn-", "bsn=", "bsn\"", "burgerservicenummer", "burger service", "sofinummer", "sofi-nummer", "citizen service"])
    static let sinAcronyms: [StaticString] = ["SIN", "NAS"]
    static let sinWords = CueWords(["social insurance", "assurance sociale", "numéro d'assurance", "sin #", "sin#"])

    private static let aadhaarGroups = NumberShape.pattern([4, 4, 4])
    private static let sinGroups = NumberShape.pattern([3, 3, 3])
    private static let bsnGroups = NumberShape.pattern([4, 2, 3])

    /// Any national number of this length (these four, and those of EuropeanIDs and AsiaPacificIDs), tried on
    /// the first `k` groups of `shape`.
    func nationalNumber(_ shape: NumberShape, _ k: Int) -> Match? {
        guard !shape.plus, shape.parenGroup < 0 || shape.parenGroup >= k else { return nil }
        switch shape.digitCount(k) {
        case 18: return chineseResidentID(shape, k)
        case 15: return frenchNIR(shape, k)
        case 13: return swissAHV(shape, k)
        case 12: return aadhaar(shape, k) ?? japaneseMyNumber(shape, k) ?? swedishPersonnummer(shape, k)
        case 11:
            return belgianNationalNumber(shape, k) ?? polishPESEL(shape, k) ?? norwegianFodselsnummer(shape, k)
                ?? germanTaxID(shape, k)
        case 10: return swedishPersonnummer(shape, k)
        case 9: return canadianSIN(shape, k) ?? dutchBSN(shape, k) ?? portugueseNIF(shape, k) ?? australianTFN(shape, k)
        default: return nil
        }
    }

    /// 1 85 05 78 006 084 36: sex (1, 2; 3, 4, 7, 8 for temporary numbers), year, month (01–12, or 20–42 and
    /// 50–99 when unknown), department, commune, order, then a key of 97 − (the 13 digits mod 97).
    /// Groups separated by spaces (or a bare run of 15 after a cue word).
    func frenchNIR(_ shape: NumberShape, _ k: Int) -> Match? {
        guard shape.separators(k, all: { Self.isSpaceSeparator($0) || $0 == ASCII.dot }) else { return nil }
        guard k > 1 || hasCue(at: shape.start, window: 40, Self.nirWords) else { return nil }
        let d = digits(shape, k).map { Int($0) - 48 }
        guard d[0] >= 1 && d[0] <= 4 || d[0] == 7 || d[0] == 8 else { return nil }
        let month = d[3] * 10 + d[4]
        guard (1...12).contains(month) || (20...42).contains(month) || month >= 50 else { return nil }
        let body = d[0..<13].reduce(0) { ($0 * 10 + $1) % 97 }
        guard 97 - body == d[13] * 10 + d[14] else { return nil }
        return Match(start: shape.start, end: shape.end(k), kind: .governmentID, normalized: String(d.map { Character(String($0)) }))
    }

    /// 2345 6789 0124: 12 digits, the first 2–9, a valid Verhoeff check. Grouped 4-4-4 (and nothing after),
    /// or a bare run after a cue.
    func aadhaar(_ shape: NumberShape, _ k: Int) -> Match? {
        if k > 1 {
            guard k == shape.count, shape.lengths(k) == Self.aadhaarGroups, Self.uniformSeparator(shape, k) else { return nil }
            // Not a parcel's tracking number or an order's ("FedEx 3791 5966 3477"), unless Aadhaar is named.
            if containsWord(from: clauseStart(shape.start, limit: 40), to: shape.start, Self.notPhoneWords)
                && !hasCue(at: shape.start, window: 40, Self.aadhaarWords) {
                return nil
            }
        } else {
            guard hasCue(at: shape.start, window: 40, Self.aadhaarWords) else { return nil }
        }
        let number = digits(shape, k)
        guard number[0] >= UInt8(ascii: "2"), Verhoeff.isValid(number) else { return nil }
        return Match(start: shape.start, end: shape.end(k), kind: .governmentID, normalized: String(decoding: number, as: UTF8.self))
    }

    /// 046 454 286: 9 digits with a valid Luhn check, the first not 0 or 8, after "SIN" or a cue.
    func canadianSIN(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 || (shape.lengths(k) == Self.sinGroups && Self.uniformSeparator(shape, k)) else { return nil }
        let number = digits(shape, k)
        guard number[0] != UInt8(ascii: "0"), number[0] != UInt8(ascii: "8"), Card.luhnValid(number) else { return nil }
        guard hasWordBefore(shape.start, window: 24, exactly: Self.sinAcronyms) || hasCue(at: shape.start, window: 40, Self.sinWords)
        else { return nil }
        return Match(start: shape.start, end: shape.end(k), kind: .governmentID, normalized: String(decoding: number, as: UTF8.self))
    }

    /// 1112.22.333 or 111222333: 9 digits passing the 11-test (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11), after a cue.
    func dutchBSN(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 || ((shape.lengths(k) == Self.bsnGroups || shape.lengths(k) == Self.sinGroups) && Self.uniformSeparator(shape, k))
        else { return nil }
        let d = digits(shape, k).map { Int($0) - 48 }
        let sum = (0..<8).reduce(0) { $0 + (9 - $1) * d[$1] } - d[8]
        guard sum != 0, sum % 11 == 0, hasCue(at: shape.start, window: 40, Self.bsnWords) else { return nil }
        return Match(start: shape.start, end: shape.end(k), kind: .governmentID, normalized: String(d.map { Character(String($0)) }))
    }

    /// One separator (space, NBSP, dash or dot) between all of the first `k` groups.
    static func uniformSeparator(_ shape: NumberShape, _ k: Int) -> Bool {
        let sep = shape.separator(1)
        guard isSpaceSeparator(sep) || sep == ASCII.dash || sep == ASCII.dot else { return false }
        return shape.separators(k, all: { $0 == sep })
    }

    /// Whether one of `words`, in exactly this case, is a whole word within `window` bytes before `i`.
    func hasWordBefore(_ i: Int, window: Int, exactly words: [StaticString]) -> Bool {
        var k = max(0, i - window)
        while k < i {
            if isAlpha(p[k]) && (k == 0 || !isAlnum(p[k - 1])) {
                for word in words where has(word, at: k) && !isAlnum(self[k + word.utf8CodeUnitCount]) { return true }
            }
            k += 1
        }
        return false
    }
}

/// The Verhoeff check (dihedral group D5), as Aadhaar numbers carry it.
enum Verhoeff {
    private static let multiplication: [[UInt8]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    /// Row r is the permutation (0 1 5 8 9 4 2 7)(3 6) applied r times.
    private static let permutation: [[UInt8]] = {
        var rows: [[UInt8]] = [Array(0...9), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
        for r in 2..<8 { rows.append(rows[r - 1].map { rows[1][Int($0)] }) }
        return rows
    }()

    /// Whether the ASCII digits end with a valid Verhoeff check digit.
    static func isValid(_ digits: [UInt8]) -> Bool {
        var c = 0
        for (i, byte) in digits.reversed().enumerated() {
            let digit = Int(byte) - 48
            guard (0...9).contains(digit) else { return false }
            c = Int(multiplication[c][Int(permutation[i % 8][digit])])
        }
        return c == 0
    }
}
