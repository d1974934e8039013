/// Government ids with a check: US SSNs and ITINs (area, group, serial), UK NI numbers, Spanish DNI/NIE, Brazilian CPF.

extension Scanner {
    static let ssnWords = CueWords(["ssn", "social security", "ss#", "ss #", "ss no", "itin", "taxpayer identification"])
    static let itinWords = CueWords(["itin", "taxpayer identification"])
    /// Words that may stand between "social" and the number: "my social is", "Social Security No.:".
    private static let socialFillers: [StaticString] = ["security", "number", "num", "no", "nr", "is", "was", "sec"]
    private static let ssnGroups = NumberShape.pattern([3, 2, 4])
    private static let nineDigits = NumberShape.pattern([9])
    private static let cpfGroups = NumberShape.pattern([3, 3, 3, 2])
    private static let elevenDigits = NumberShape.pattern([11])

    /// 123-45-6789; with "SSN" or "social" just before or heading its table column, also 123 45 6789 and 123456789.
    func socialSecurity(_ shape: NumberShape, _ k: Int) -> Match? {
        guard !shape.plus, shape.parenGroup < 0 || shape.parenGroup >= k else { return nil }
        let lengths = shape.lengths(k)
        let dashed = lengths == Self.ssnGroups && shape.separators(k, all: { $0 == ASCII.dash })
        if !dashed {
            let spaced = lengths == Self.ssnGroups && shape.separators(k, all: { $0 == ASCII.space })
            guard spaced || lengths == Self.nineDigits,
                  hasCue(at: shape.start, window: 30, Self.ssnWords) || socialJustBefore(shape.start)
            else { return nil }
        }
        let number = digits(shape, k)
        func value(_ range: Range<Int>) -> Int { number[range].reduce(0) { $0 * 10 + Int($1) - 48 } }
        let area = value(0..<3), group = value(3..<5), serial = value(5..<9)
        guard area != 0, area != 666, group != 0, serial != 0 else { return nil }
        // 9xx is not an SSN area; it is an ITIN's, whose group is 50–65, 70–88, 90–92 or 94–99 (after "ITIN": an
        // invalid SSN is not one).
        if area >= 900 && !(((50...65).contains(group) || (70...88).contains(group) || (90...92).contains(group) || group >= 94)
                             && hasCue(at: shape.start, window: 30, Self.itinWords)) {
            return nil
        }
        return Match(start: shape.start, end: shape.end(k), kind: .governmentID, normalized: String(decoding: number, as: UTF8.self))
    }

    /// Whether "social" comes right before `i`, with at most a few words like "security", "number" or "is" and
    /// punctuation between ("my social is 123 45 6789"; not "social media reach 123456789").
    func socialJustBefore(_ i: Int) -> Bool {
        var j = i
        for _ in 0..<5 {
            while j > 0 && i - j < 40 {
                let b = p[j - 1]
                guard isBlank(b) || b == ASCII.colon || b == ASCII.hash || b == ASCII.dot || b == ASCII.dash || b == ASCII.equals
                else { break }
                j -= 1
            }
            let length = run(backFrom: j, limit: 9, isAlpha)
            guard length > 0 else { return false }
            let w = j - length
            if length == 6 && hasFolded("social", at: w) { return true }
            guard Self.socialFillers.contains(where: { $0.utf8CodeUnitCount == length && hasFolded($0, at: w) }) else { return false }
            j = w
        }
        return false
    }

    /// A Brazilian CPF, 123.456.789-09 (or 11 digits after "CPF"), with both mod-11 check digits right.
    func brazilianCPF(_ shape: NumberShape, _ k: Int) -> Match? {
        guard !shape.plus, shape.parenGroup < 0 || shape.parenGroup >= k else { return nil }
        let lengths = shape.lengths(k)
        let written = lengths == Self.cpfGroups && shape.separator(1) == ASCII.dot && shape.separator(2) == ASCII.dot
            && shape.separator(3) == ASCII.dash
        guard written || (lengths == Self.elevenDigits && hasContext(before: shape.start, window: 20, Self.cpfWords)) else { return nil }
        let d = digits(shape, k).map { Int($0) - 48 }
        guard Set(d).count > 1 else { return nil }
        func check(_ count: Int) -> Int {
            let sum = (0..<count).reduce(0) { $0 + d[$1] * (count + 1 - $1) }
            let r = sum * 10 % 11
            return r == 10 ? 0 : r
        }
        guard check(9) == d[9], check(10) == d[10] else { return nil }
        return Match(start: shape.start, end: shape.end(k), kind: .governmentID, normalized: String(d.map { Character(String($0)) }))
    }

    static let cpfWords = CueWords(["cpf"])

    /// An IBAN, NI or NIE number whose letters end just before the digits at `i`.
    func letterLedID(digitsAt i: Int) -> Match? {
        let s = i - 2
        if s >= floor, isUpper(p[s]), isUpper(p[s + 1]), wordBoundary(before: s), let m = iban(from: s) ?? nationalInsurance(from: s) {
            return m
        }
        return spanishID(from: i - 1)
    }

    /// DNI `12345678Z` (or `12345678-Z`) from a digit at `s`, NIE `X1234567L` from its X, Y or Z: the letter
    /// is "TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23].
    func spanishID(from s: Int) -> Match? {
        guard s >= floor, wordBoundary(before: s) else { return nil }
        var number = 0
        var i = s
        switch p[s] {
        case UInt8(ascii: "X"), UInt8(ascii: "Y"), UInt8(ascii: "Z"):
            number = Int(p[s] - UInt8(ascii: "X"))
            i += 1
            guard run(from: i, limit: 8, isDigit) - i == 7 else { return nil }
        default:
            guard run(from: i, limit: 9, isDigit) - i == 8 else { return nil }
        }
        var value: [UInt8] = i > s ? [p[s]] : []
        while isDigit(self[i]) {
            number = number * 10 + Int(p[i]) - 48
            value.append(p[i])
            i += 1
        }
        if self[i] == ASCII.dash { i += 1 }
        let letters = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)
        guard self[i] == letters[number % 23], wordBoundary(at: i + 1) else { return nil }
        value.append(p[i])
        return Match(start: s, end: i + 1, kind: .governmentID, normalized: String(decoding: value, as: UTF8.self))
    }

    /// QQ 12 34 56 C, QQ 123456 C or QQ123456C: two prefix letters, six digits, a suffix A–D.
    func nationalInsurance(from s: Int) -> Match? {
        let a = p[s], b = self[s + 1]
        guard isUpper(a), isUpper(b) else { return nil }
        let badFirst: [UInt8] = Array("DFIUV".utf8), badSecond: [UInt8] = Array("DFIOUV".utf8)
        guard !badFirst.contains(a), !badSecond.contains(b) else { return nil }
        let prefix = String(decoding: [a, b], as: UTF8.self)
        guard !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(prefix) else { return nil }
        var i = s + 2
        let spaced = self[i] == ASCII.space
        // QQ 123456 C: the six digits in one group.
        let pairs = !(spaced && run(from: i + 1, limit: 7, isDigit) - i - 1 == 6)
        var value: [UInt8] = [a, b]
        if !pairs { i += 1 }
        for _ in 0..<3 {
            if spaced && pairs { guard self[i] == ASCII.space else { return nil }; i += 1 }
            guard isDigit(self[i]), isDigit(self[i + 1]) else { return nil }
            value += [p[i], p[i + 1]]
            i += 2
        }
        if spaced && self[i] == ASCII.space { i += 1 }
        let suffix = self[i]
        guard suffix >= UInt8(ascii: "A"), suffix <= UInt8(ascii: "D"), wordBoundary(at: i + 1) else { return nil }
        value.append(suffix)
        return Match(start: s, end: i + 1, kind: .governmentID, normalized: String(decoding: value, as: UTF8.self))
    }
}
