/// European national numbers with a check: Polish PESEL, Norwegian fødselsnummer, German Steuer-ID, Belgian
/// national number, Portuguese NIF, Swiss AHV, Swedish personnummer, Finnish HETU, Irish PPS, Italian codice
/// fiscale. A form only the id takes (AHV's 756.xxxx.xxxx.xx, the Belgian yy.mm.dd-xxx.cc, a codice fiscale's
/// letters and digits) stands alone; digits that could be anything need the id's name before them or heading
/// their table column.

extension Scanner {
    static let peselWords = CueWords(["pesel"])
    static let fodselsnummerWords = CueWords([
        "fødselsnummer", "fodselsnummer", "fødselsnr", "f.nr", "fnr", "d-nummer", "personnummer", "norwegian id",
    ])
    static let steuerWords = CueWords([
        "steuer-id", "steuerid", "steuer id", "steuer-identifikationsnummer", "steuerliche identifikationsnummer",
        "identifikationsnummer", "idnr", "tax id", "steuernummer",
    ])
    static let belgianWords = CueWords([
        "registre national", "numéro national", "numero national", "rijksregister", "national number", "niss", "insz",
        "rrn", "nn:", "nn ", "identificatienummer",
    ])
    static let nifWords = CueWords(["nif", "contribuinte", "nipc", "número fiscal", "numero fiscal", "n.º fiscal"])
    static let ahvWords = CueWords(["ahv", "avs", "avh", "sozialversicherungsnummer", "numéro avs", "social security"])
    static let personnummerWords = CueWords([
        "personnummer", "personnr", "person nr", "pnr", "samordningsnummer", "swedish id",
    ])
    static let hetuWords = CueWords([
        "henkilötunnus", "henkilotunnus", "hetu", "sotu", "personbeteckning", "personal identity code", "finnish id",
    ])
    static let ppsWords = CueWords(["pps", "ppsn", "personal public service"])

    private static let steuerGroups = NumberShape.pattern([2, 3, 3, 3])
    private static let fodselsnummerGroups = NumberShape.pattern([6, 5])
    private static let belgianGroups = NumberShape.pattern([2, 2, 2, 3, 2])
    private static let belgianSpaced = NumberShape.pattern([6, 3, 2])
    private static let ahvGroups = NumberShape.pattern([3, 4, 4, 2])
    private static let swedishShort = NumberShape.pattern([6, 4])
    private static let swedishLong = NumberShape.pattern([8, 4])
    private static let threeByThree = NumberShape.pattern([3, 3, 3])

    func governmentMatch(_ shape: NumberShape, _ k: Int, _ d: [Int]) -> Match {
        Match(start: shape.start, end: shape.end(k), kind: .governmentID, normalized: String(d.map { Character(String($0)) }))
    }

    /// The first `k` groups' digits as numbers.
    func digitValues(_ shape: NumberShape, _ k: Int) -> [Int] { digits(shape, k).map { Int($0) - 48 } }

    /// 44051401458: birth date (the month carries the century: +20 for the 2000s), serial, sex, and a check
    /// digit of weights 1-3-7-9; eleven bare digits after "PESEL".
    func polishPESEL(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 else { return nil }
        let d = digitValues(shape, k)
        let month = (d[2] * 10 + d[3]) % 20, day = d[4] * 10 + d[5]
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        let sum = (0..<10).reduce(0) { $0 + weights[$1] * d[$1] }
        guard (10 - sum % 10) % 10 == d[10], hasCue(at: shape.start, window: 40, Self.peselWords) else { return nil }
        return governmentMatch(shape, k, d)
    }

    /// 01129955131: birth date (a D-number adds 40 to the day), individual number, two mod-11 check digits;
    /// eleven digits (or 6 + 5) after "fødselsnummer".
    func norwegianFodselsnummer(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 || (shape.lengths(k) == Self.fodselsnummerGroups && Self.isSpaceSeparator(shape.separator(1))) else { return nil }
        let d = digitValues(shape, k)
        let day = (d[0] * 10 + d[1]) % 40, month = d[2] * 10 + d[3]
        guard (1...31).contains(day), (1...12).contains(month) else { return nil }
        func check(_ weights: [Int]) -> Int? {
            let r = 11 - (0..<weights.count).reduce(0) { $0 + weights[$1] * d[$1] } % 11
            return r == 11 ? 0 : r == 10 ? nil : r
        }
        guard check([3, 7, 6, 1, 8, 9, 4, 5, 2]) == d[9], check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == d[10],
              hasCue(at: shape.start, window: 40, Self.fodselsnummerWords)
        else { return nil }
        return governmentMatch(shape, k, d)
    }

    /// 65 929 970 489: eleven digits, the first not 0, one digit of the first ten repeated (two or three times),
    /// and an ISO 7064 MOD 11,10 check; bare or 2-3-3-3 after "Steuer-ID".
    func germanTaxID(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 || (shape.lengths(k) == Self.steuerGroups && Self.uniformSeparator(shape, k)) else { return nil }
        let d = digitValues(shape, k)
        guard d[0] != 0 else { return nil }
        var counts = [Int](repeating: 0, count: 10)
        for digit in d[0..<10] { counts[digit] += 1 }
        guard counts.filter({ $0 >= 2 }).count == 1, counts.allSatisfy({ $0 <= 3 }) else { return nil }
        var product = 10
        for digit in d[0..<10] {
            var sum = (digit + product) % 10
            if sum == 0 { sum = 10 }
            product = sum * 2 % 11
        }
        let check = 11 - product
        guard (check == 10 ? 0 : check) == d[10], hasCue(at: shape.start, window: 40, Self.steuerWords) else { return nil }
        return governmentMatch(shape, k, d)
    }

    /// 85.07.30-033.28: birth date, serial, and 97 − (the nine digits mod 97) (with a 2 before them for births
    /// from 2000). Written yy.mm.dd-xxx.cc it stands alone; 6-3-2 or eleven bare digits need a cue.
    func belgianNationalNumber(_ shape: NumberShape, _ k: Int) -> Match? {
        let lengths = shape.lengths(k)
        let written = lengths == Self.belgianGroups && shape.separator(1) == ASCII.dot && shape.separator(2) == ASCII.dot
            && shape.separator(3) == ASCII.dash && shape.separator(4) == ASCII.dot
        guard written || ((k == 1 || (lengths == Self.belgianSpaced && Self.uniformSeparator(shape, k)))
                          && hasCue(at: shape.start, window: 40, Self.belgianWords))
        else { return nil }
        let d = digitValues(shape, k)
        let month = (d[2] * 10 + d[3]) % 20, day = d[4] * 10 + d[5]
        guard month <= 12, day <= 31 else { return nil }
        let body = d[0..<9].reduce(0) { $0 * 10 + $1 }
        let check = d[9] * 10 + d[10]
        guard 97 - body % 97 == check || 97 - (2_000_000_000 + body) % 97 == check else { return nil }
        return governmentMatch(shape, k, d)
    }

    /// 123456789: nine digits, the first 1–3, 5, 6, 8 or 9, a mod-11 check digit; after "NIF" or "contribuinte".
    func portugueseNIF(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 || (shape.lengths(k) == Self.threeByThree && Self.uniformSeparator(shape, k)) else { return nil }
        let d = digitValues(shape, k)
        guard [1, 2, 3, 5, 6, 8, 9].contains(d[0]) else { return nil }
        let r = (0..<8).reduce(0) { $0 + d[$1] * (9 - $1) } % 11
        guard (r < 2 ? 0 : 11 - r) == d[8], hasCue(at: shape.start, window: 40, Self.nifWords) else { return nil }
        return governmentMatch(shape, k, d)
    }

    /// 756.9217.0769.85: 756, nine digits, an EAN-13 check digit. Dotted 3-4-4-2 it stands alone; bare after "AHV".
    func swissAHV(_ shape: NumberShape, _ k: Int) -> Match? {
        let d = digitValues(shape, k)
        guard d[0] == 7, d[1] == 5, d[2] == 6 else { return nil }
        let written = shape.lengths(k) == Self.ahvGroups && Self.uniformSeparator(shape, k)
        guard written || (k == 1 && hasCue(at: shape.start, window: 40, Self.ahvWords)) else { return nil }
        let sum = (0..<12).reduce(0) { $0 + d[$1] * ($1 % 2 == 0 ? 1 : 3) }
        guard (10 - sum % 10) % 10 == d[12] else { return nil }
        return governmentMatch(shape, k, d)
    }

    /// 811228-9874 or 19811228-9874: birth date (a co-ordination number adds 60 to the day), serial, and a Luhn
    /// digit over the last ten digits; after "personnummer".
    func swedishPersonnummer(_ shape: NumberShape, _ k: Int) -> Match? {
        let lengths = shape.lengths(k)
        guard k == 1 || ((lengths == Self.swedishShort || lengths == Self.swedishLong) && shape.separator(1) == ASCII.dash)
        else { return nil }
        let all = digits(shape, k)
        let ten = Array(all.suffix(10))
        if all.count == 12 {
            let century = Int(all[0]) - 48, decade = Int(all[1]) - 48
            guard (century == 1 && decade >= 8) || (century == 2 && decade == 0) else { return nil }
        }
        let d = ten.map { Int($0) - 48 }
        let month = d[2] * 10 + d[3], day = (d[4] * 10 + d[5]) % 60
        guard (1...12).contains(month), (1...31).contains(day), Card.luhnValid(ten),
              hasCue(at: shape.start, window: 40, Self.personnummerWords)
        else { return nil }
        return Match(start: shape.start, end: shape.end(k), kind: .governmentID, normalized: String(decoding: ten, as: UTF8.self))
    }

    /// 131052-308T from its first digit at `s`: birth date, a century sign (+, -, A–F, U–Y), individual number,
    /// and the check character of the nine digits mod 31. A letter as century sign stands alone; the common
    /// `-` and `+` need a cue ("henkilötunnus", "hetu").
    func finnishHETU(from s: Int) -> Match? {
        guard s >= floor, run(from: s, limit: 7, isDigit) - s == 6 else { return nil }
        let sign = self[s + 6]
        let letterSign = (sign >= UInt8(ascii: "A") && sign <= UInt8(ascii: "F")) || (sign >= UInt8(ascii: "U") && sign <= UInt8(ascii: "Y"))
        guard sign == ASCII.dash || sign == ASCII.plus || letterSign else { return nil }
        guard run(from: s + 7, limit: 3, isDigit) - s - 7 == 3 else { return nil }
        let checkAt = s + 10
        let checkChar = self[checkAt]
        guard isDigit(checkChar) || isUpper(checkChar), wordBoundary(at: checkAt + 1) else { return nil }
        let d = (0..<10).map { Int(self[s + ($0 < 6 ? $0 : $0 + 1)]) - 48 }
        let day = d[0] * 10 + d[1], month = d[2] * 10 + d[3]
        guard (1...31).contains(day), (1...12).contains(month) else { return nil }
        let number = d[0..<6].reduce(0) { $0 * 10 + $1 } * 1000 + d[6] * 100 + d[7] * 10 + d[8]
        let table = Array("0123456789ABCDEFHJKLMNPRSTUVWXY".utf8)
        guard table[number % 31] == checkChar else { return nil }
        guard letterSign || hasCue(at: s, window: 40, Self.hetuWords) else { return nil }
        return match(s, checkAt + 1, .governmentID)
    }

    /// 1234567T or 1234567TW from its first digit at `s`: seven digits and a check letter (weights 8…2, the
    /// optional second letter weighted 9, mod 23); after "PPS".
    func irishPPS(from s: Int) -> Match? {
        guard s >= floor, run(from: s, limit: 8, isDigit) - s == 7 else { return nil }
        let check = self[s + 7]
        guard isUpper(check) else { return nil }
        var end = s + 8
        var second = 0
        if isUpper(self[end]) {
            second = Int(self[end]) - 64
            end += 1
        }
        guard wordBoundary(at: end) else { return nil }
        let sum = (0..<7).reduce(0) { $0 + (Int(p[s + $1]) - 48) * (8 - $1) } + second * 9
        let r = sum % 23
        guard check == (r == 0 ? UInt8(ascii: "W") : UInt8(64 + r)), hasCue(at: s, window: 40, Self.ppsWords) else { return nil }
        return match(s, end, .governmentID)
    }

    /// RSSMRA85T10A562S: surname and name letters, birth year, month letter, day (+40 for women), place code,
    /// and a check letter; digits may be replaced by LMNPQRSTUV (omocodia). Found from a digit inside it.
    func codiceFiscale(digitAt i: Int) -> Match? {
        var s = i
        while s > floor && i - s < 15 && (isUpper(p[s - 1]) || isDigit(p[s - 1])) { s -= 1 }
        guard i - s >= 6, wordBoundary(before: s), s + 16 <= n, wordBoundary(at: s + 16) else { return nil }
        let c = Array(UnsafeBufferPointer(rebasing: p[s..<(s + 16)]))
        let omocodic = Array("LMNPQRSTUV".utf8)
        func numeric(_ k: Int) -> Bool { isDigit(c[k]) || omocodic.contains(c[k]) }
        for k in 0..<16 {
            switch k {
            case 0..<6, 11, 15: guard isUpper(c[k]) else { return nil }
            case 8: guard "ABCDEHLMPRST".utf8.contains(c[k]) else { return nil }
            default: guard numeric(k) else { return nil }
            }
        }
        let odd: [Int] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        var sum = 0
        for k in 0..<15 {
            let value = isDigit(c[k]) ? Int(c[k]) - 48 : Int(c[k]) - 65
            sum += k % 2 == 0 ? odd[value] : value
        }
        guard c[15] == UInt8(65 + sum % 26) else { return nil }
        return match(s, s + 16, .governmentID)
    }
}
