/// Digit groups and their separators as phone and card numbers are written (`+44 20 7946 0958`, `(415) 555-0132`).

/// Up to 8 groups, kept in packed integers (one byte per group) so that looking at a number allocates nothing.
struct NumberShape {
    static let nbsp: UInt8 = 0xA0

    let start: Int
    var plus = false
    var parenGroup = -1
    private(set) var count = 0
    /// Per group (byte g): its first digit's and its end's offsets from `start`, and the separator before it
    /// (0 for the first group and for none, as in `(415)555`; `nbsp` for U+00A0).
    private var starts: UInt64 = 0
    private var ends: UInt64 = 0
    private var seps: UInt64 = 0

    init(start: Int) { self.start = start }

    /// Adds a group; false when the number is too long to be kept (offsets past 255).
    mutating func append(from s: Int, to e: Int, after separator: UInt8) -> Bool {
        guard count < 8, e - start <= 255 else { return false }
        let shift = UInt64(8 * count)
        starts |= UInt64(s - start) << shift
        ends |= UInt64(e - start) << shift
        seps |= UInt64(separator) << shift
        count += 1
        return true
    }

    @inline(__always) private static func byte(_ packed: UInt64, _ g: Int) -> Int { Int((packed >> UInt64(8 * g)) & 0xFF) }
    func groupStart(_ g: Int) -> Int { start + Self.byte(starts, g) }
    func groupEnd(_ g: Int) -> Int { start + Self.byte(ends, g) }
    func separator(_ g: Int) -> UInt8 { UInt8(Self.byte(seps, g)) }
    func length(_ g: Int) -> Int { Self.byte(ends, g) - Self.byte(starts, g) }
    func digitCount(_ k: Int) -> Int { (0..<k).reduce(0) { $0 + length($1) } }
    /// Where the first `k` groups end (after a closing parenthesis).
    func end(_ k: Int) -> Int { groupEnd(k - 1) + (parenGroup == k - 1 ? 1 : 0) }

    /// The first `k` group lengths, one per byte, to compare with `NumberShape.pattern`.
    func lengths(_ k: Int) -> UInt64 {
        var packed: UInt64 = 0
        for g in 0..<k { packed |= UInt64(length(g)) << UInt64(8 * g) }
        return packed
    }

    /// Group lengths packed as `lengths(_:)` packs them: `pattern([3, 3, 4])`.
    static func pattern(_ lengths: [Int]) -> UInt64 {
        lengths.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }

    /// Whether every separator between the first `k` groups satisfies `ok` (true for one group).
    func separators(_ k: Int, all ok: (UInt8) -> Bool) -> Bool { (1..<max(k, 1)).allSatisfy { ok(separator($0)) } }
    /// Whether some separator between the first `k` groups is `b`.
    func separators(_ k: Int, contain b: UInt8) -> Bool { (1..<max(k, 1)).contains { separator($0) == b } }
    /// Whether every one of the first `k` group lengths satisfies `ok`.
    func groups(_ k: Int, all ok: (Int) -> Bool) -> Bool { (0..<k).allSatisfy { ok(length($0)) } }
}

extension Scanner {
    @inline(__always) static func isSpaceSeparator(_ b: UInt8) -> Bool { b == ASCII.space || b == NumberShape.nbsp }

    /// The groups of digits from `s` (a digit, `+`, `(` or `(+`), at most 8 groups of at most 19 digits;
    /// `encodedPlus` when `s` is the `%2B` of a url-encoded `+`. Url-encoded (`encoded`, or `encodedPlus`), a
    /// space may be `%20` or `+` and parentheses `%28` and `%29`.
    func parseNumber(from s: Int, encodedPlus: Bool = false, encoded: Bool = false) -> NumberShape? {
        let encoded = encoded || encodedPlus
        /// The width of the `(` (or `%28`) at `i`, or 0.
        func openParen(_ i: Int) -> Int {
            if self[i] == ASCII.openParen { return 1 }
            return encoded && self[i] == ASCII.percent && self[i + 1] == UInt8(ascii: "2") && self[i + 2] == UInt8(ascii: "8") ? 3 : 0
        }
        func closeParen(_ i: Int) -> Int {
            if self[i] == ASCII.closeParen { return 1 }
            return encoded && self[i] == ASCII.percent && self[i + 1] == UInt8(ascii: "2") && self[i + 2] == UInt8(ascii: "9") ? 3 : 0
        }
        var shape = NumberShape(start: s)
        var i = s
        if encodedPlus {
            shape.plus = true; i += 3
        } else if p[i] == ASCII.plus {
            shape.plus = true; i += 1
        }
        var pending: UInt8 = 0
        while shape.count < 8 {
            let openWidth = openParen(i)
            if openWidth > 0 {
                // (+91) 98765 43210: a country code in parentheses.
                let countryCode = shape.count == 0 && !shape.plus && self[i + openWidth] == ASCII.plus
                let open = countryCode ? i + openWidth + 1 : i + openWidth
                let close = run(from: open, limit: 6, isDigit)
                let closeWidth = closeParen(close)
                guard shape.parenGroup < 0, close > open, close - open <= (countryCode ? 3 : 5), closeWidth > 0 else { break }
                if countryCode { shape.plus = true }
                shape.parenGroup = shape.count
                guard shape.append(from: open, to: close, after: pending) else { return nil }
                i = close + closeWidth
                if isDigit(self[i]) { pending = 0; continue }
            } else if isDigit(self[i]) {
                let e = run(from: i, limit: 20, isDigit)
                guard e - i <= 19, shape.append(from: i, to: e, after: pending) else { return nil }
                i = e
                if openParen(i) > 0 { pending = 0; continue }
            } else {
                break
            }
            let b = self[i]
            if b == ASCII.space && self[i + 1] == ASCII.space && isDigit(self[i + 2]) {
                pending = ASCII.space  // two spaces, as a form or an OCR'd card puts them
                i += 2
            } else if b == ASCII.space && self[i + 1] == ASCII.dash && self[i + 2] == ASCII.space && isDigit(self[i + 3]) {
                pending = ASCII.dash  // 010 - 856 21 56: a dash with a space on each side
                i += 3
            } else if b == ASCII.space || b == ASCII.dash || b == ASCII.dot || b == ASCII.slash {
                let next = self[i + 1]
                guard isDigit(next) || next == ASCII.openParen else { break }
                pending = b
                i += 1
            } else if b == 0xC2 && self[i + 1] == 0xA0 && isDigit(self[i + 2]) {
                pending = NumberShape.nbsp
                i += 2
            } else if b == 0xE2 && self[i + 1] == 0x80 && (self[i + 2] == 0x89 || self[i + 2] == 0xAF) && isDigit(self[i + 3]) {
                pending = NumberShape.nbsp  // a thin space or a narrow no-break space, as typographers group numbers
                i += 3
            } else if b == 0xE2 && self[i + 1] == 0x80 && (0x90...0x93).contains(self[i + 2]) && isDigit(self[i + 3]) {
                pending = ASCII.dash  // a hyphen, a non-breaking hyphen, a figure dash or an en dash, as word processors write them
                i += 3
            } else if encoded && b == ASCII.plus && isDigit(self[i + 1]) {
                pending = ASCII.space  // a form-encoded space: %2B44+20+7946+0958
                i += 1
            } else if encoded && b == ASCII.percent && self[i + 1] == UInt8(ascii: "2") && self[i + 2] == UInt8(ascii: "0")
                        && (isDigit(self[i + 3]) || openParen(i + 3) > 0) {
                pending = ASCII.space  // %2B44%2020%207946%200958
                i += 3
            } else {
                break
            }
        }
        guard shape.count > 0 else { return nil }
        if shape.count == 8, i < n, isDigit(p[i]) || p[i] == ASCII.openParen { return nil }
        return shape
    }

    /// The digits of the first `k` groups, as ASCII bytes.
    func digits(_ shape: NumberShape, _ k: Int, skipping skip: Int = -1) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(20)
        for g in 0..<k where g != skip { out += UnsafeBufferPointer(rebasing: p[shape.groupStart(g)..<shape.groupEnd(g)]) }
        return out
    }
}
