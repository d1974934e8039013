/// Digit groups and their separators as phone and card numbers are written (`+44 20 7946 0958`, `(415) 555-0132`).

struct NumberShape {
    static let nbsp: UInt8 = 0xA0

    var start: Int
    var plus = false
    /// Per group: index of its first digit, index after its last digit, separator before it
    /// (0 for the first group and for none, as in `(415)555`; `nbsp` for U+00A0).
    var starts: [Int] = []
    var ends: [Int] = []
    var separators: [UInt8] = []
    var parenGroup = -1

    var count: Int { starts.count }
    func length(_ g: Int) -> Int { ends[g] - starts[g] }
    func digitCount(_ k: Int) -> Int { (0..<k).reduce(0) { $0 + length($1) } }
    /// Where the first `k` groups end (after a closing parenthesis).
    func end(_ k: Int) -> Int { ends[k - 1] + (parenGroup == k - 1 ? 1 : 0) }
    func lengths(_ k: Int) -> [Int] { (0..<k).map(length) }
    /// Separators between the first `k` groups.
    func inner(_ k: Int) -> ArraySlice<UInt8> { separators[1..<k] }
}

extension Scanner {
    @inline(__always) static func isSpaceSeparator(_ b: UInt8) -> Bool { b == ASCII.space || b == NumberShape.nbsp }

    /// The groups of digits from `s` (a digit, `+` or `(`), at most 8 groups of at most 19 digits.
    func parseNumber(from s: Int) -> NumberShape? {
        var shape = NumberShape(start: s)
        var i = s
        if p[i] == ASCII.plus { shape.plus = true; i += 1 }
        var pending: UInt8 = 0
        while shape.count < 8 {
            if self[i] == ASCII.openParen {
                let close = run(from: i + 1, limit: 6, isDigit)
                guard shape.parenGroup < 0, close > i + 1, close - i - 1 <= 5, self[close] == ASCII.closeParen else { break }
                shape.parenGroup = shape.count
                shape.starts.append(i + 1); shape.ends.append(close); shape.separators.append(pending)
                i = close + 1
                if isDigit(self[i]) { pending = 0; continue }
            } else if isDigit(self[i]) {
                let e = run(from: i, limit: 20, isDigit)
                guard e - i <= 19 else { return nil }
                shape.starts.append(i); shape.ends.append(e); shape.separators.append(pending)
                i = e
                if self[i] == ASCII.openParen { pending = 0; continue }
            } else {
                break
            }
            let b = self[i]
            if b == ASCII.space || b == ASCII.dash || b == ASCII.dot || b == ASCII.slash {
                let next = self[i + 1]
                guard isDigit(next) || next == ASCII.openParen else { break }
                pending = b
                i += 1
            } else if b == 0xC2 && self[i + 1] == 0xA0 && isDigit(self[i + 2]) {
                pending = NumberShape.nbsp
                i += 2
            } else {
                break
            }
        }
        guard shape.count > 0 else { return nil }
        if shape.count == 8, i < n, isDigit(p[i]) || p[i] == ASCII.openParen { return nil }
        return shape
    }
}
