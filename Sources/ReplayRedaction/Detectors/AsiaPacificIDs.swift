/// National numbers of China (resident identity card), Japan (My Number) and Australia (tax file number),
/// each with its check. The Chinese number's region, birth date and check make it stand alone; the other two
/// are bare digits and need their name before them or heading their table column.

extension Scanner {
    static let myNumberWords = CueWords(["マイナンバー", "個人番号", "my number card", "mynumber", "マイナ"])
    static let tfnWords = CueWords(["tfn", "tax file"])

    private static let chineseGroups = NumberShape.pattern([6, 8, 4])
    private static let fourByThree = NumberShape.pattern([4, 4, 4])
    private static let tfnGroups = NumberShape.pattern([3, 3, 3])
    /// The first two digits of the provinces, autonomous regions and municipalities (and 71, 81–83).
    private static let chineseProvinces: Set<Int> = [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
        61, 62, 63, 64, 65, 71, 81, 82, 83,
    ]

    /// 11010519491231002X: region, birth date YYYYMMDD, sequence, and an ISO 7064 MOD 11-2 check (X for 10).
    /// Written whole or 6-8-4; `end` is where a trailing `X` ends it (the digits alone are 17 then).
    func chineseResidentID(digits d: [Int], check: UInt8, start: Int, end: Int) -> Match? {
        guard d.count == 17, Self.chineseProvinces.contains(d[0] * 10 + d[1]) else { return nil }
        let year = d[6] * 1000 + d[7] * 100 + d[8] * 10 + d[9], month = d[10] * 10 + d[11], day = d[12] * 10 + d[13]
        guard (1900...2099).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = (0..<17).reduce(0) { $0 + weights[$1] * d[$1] }
        guard Array("10X98765432".utf8)[sum % 11] == (check == UInt8(ascii: "x") ? UInt8(ascii: "X") : check) else { return nil }
        var normalized = String(d.map { Character(String($0)) })
        normalized.append(Character(Unicode.Scalar(check == UInt8(ascii: "x") ? UInt8(ascii: "X") : check)))
        return Match(start: start, end: end, kind: .governmentID, normalized: normalized)
    }

    func chineseResidentID(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 || (shape.lengths(k) == Self.chineseGroups && Self.uniformSeparator(shape, k)) else { return nil }
        let all = digits(shape, k)
        return chineseResidentID(digits: all.prefix(17).map { Int($0) - 48 }, check: all[17], start: shape.start, end: shape.end(k))
    }

    /// 17 digits and an `X` from the digit at `s` (the run ends at `r`).
    func chineseResidentIDWithX(from s: Int, runEnd r: Int) -> Match? {
        guard r - s == 17, self[r] | 0x20 == UInt8(ascii: "x"), wordBoundary(at: r + 1) else { return nil }
        return chineseResidentID(digits: (s..<r).map { Int(p[$0]) - 48 }, check: p[r], start: s, end: r + 1)
    }

    /// 1234 5678 9018: twelve digits, the last a mod-11 check (weights 2–7, then 2–6, from the right); after
    /// "マイナンバー", "個人番号" or "My Number card".
    func japaneseMyNumber(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 || (shape.lengths(k) == Self.fourByThree && Self.uniformSeparator(shape, k)) else { return nil }
        let d = digitValues(shape, k)
        var sum = 0
        for position in 1...11 { sum += d[11 - position] * (position <= 6 ? position + 1 : position - 5) }
        let r = sum % 11
        guard (r <= 1 ? 0 : 11 - r) == d[11], hasCue(at: shape.start, window: 40, Self.myNumberWords) else { return nil }
        return governmentMatch(shape, k, d)
    }

    /// 123 456 782: nine digits whose weighted sum (1, 4, 3, 7, 5, 8, 6, 9, 10) is a multiple of 11; after "TFN"
    /// or "tax file number".
    func australianTFN(_ shape: NumberShape, _ k: Int) -> Match? {
        guard k == 1 || (shape.lengths(k) == Self.tfnGroups && Self.uniformSeparator(shape, k)) else { return nil }
        let d = digitValues(shape, k)
        let weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        let sum = (0..<9).reduce(0) { $0 + weights[$1] * d[$1] }
        guard sum % 11 == 0, Set(d).count > 1, hasCue(at: shape.start, window: 40, Self.tfnWords) else { return nil }
        return governmentMatch(shape, k, d)
    }
}
