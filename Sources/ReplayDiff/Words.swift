/// Words of an answer, read without allocating a string per word: what the metrics, the
/// normalization for cosmetic changes and the display diff are built on.
public enum Words {
    /// Whether a scalar is part of a word (a letter, a digit or a mark).
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        guard s.properties.changesWhenLowercased else { return v }
        return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
    }

    /// FNV-1a hashes of the lowercased words, in order. Equal words have equal hashes.
    public static func hashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(text.utf8.count / 5)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for s in text.unicodeScalars {
            if isWordScalar(s) || (inWord && s == "'") {
                h = (h ^ UInt64(lower(s))) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                out.append(h)
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { out.append(h) }
        return out
    }

    /// The FNV-1a hash of one word, lowercased: equal to its `hashes` entry.
    public static func hash(_ word: Substring) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in word.unicodeScalars { h = (h ^ UInt64(lower(s))) &* 0x100_0000_01b3 }
        return h
    }

    /// The number of words.
    public static func count(_ text: String) -> Int {
        var n = 0
        var inWord = false
        for s in text.unicodeScalars {
            // An apostrophe inside a word ("isn't") keeps it one word.
            let w = isWordScalar(s) || (inWord && (s == "'" || s == "’"))
            if w && !inWord { n += 1 }
            inWord = w
        }
        return n
    }

    /// The text reduced to what a reader would call its words: lowercased, punctuation, markup and
    /// spacing dropped. Two answers with the same normalized text differ only cosmetically.
    public static func normalized(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: bytes in, bytes out.
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for b in text.utf8 {
                let isWord = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
                if isWord {
                    if pendingSpace, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if isWordScalar(s) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(Unicode.Scalar(lower(s)) ?? s)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// The text cut into display tokens: runs of word characters, runs of spaces, and single other
    /// characters. Joined back together they are the text.
    public static func displayTokens(_ text: String) -> [Substring] {
        let t = TokenizedText(text)
        return (0..<t.count).map { t.text($0) }
    }

    /// A display token: where it is (UTF-8 offsets), its kind and its first scalar.
    struct Token {
        enum Kind: UInt8 { case word, space, other }
        let start: Int
        let end: Int
        let kind: Kind
        let first: Unicode.Scalar
        var byteCount: Int { end - start }
        /// Whether the token is exactly this one ASCII character.
        @inline(__always) func isByte(_ b: UInt8) -> Bool { first.value == UInt32(b) && end - start == 1 }
    }
}

/// A text cut into display tokens (see `Words.displayTokens`) in one pass over its UTF-8 bytes,
/// decoding only what is not ASCII; a token's text is made only when asked for.
struct TokenizedText {
    let text: String
    let bytes: [UInt8]
    let tokens: [Words.Token]

    init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        tokens = bytes.withUnsafeBufferPointer(TokenizedText.scan)
    }

    var count: Int { tokens.count }
    subscript(_ i: Int) -> Words.Token { tokens[i] }

    /// The text of token `i`.
    func text(_ i: Int) -> Substring { span(i, i + 1) }

    /// The text from token `i` up to (not including) token `j`.
    func span(_ i: Int, _ j: Int) -> Substring { text[index(tokens[i].start)..<index(tokens[j - 1].end)] }

    func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }

    /// Whether token `i` holds this byte.
    func contains(_ i: Int, byte: UInt8) -> Bool { bytes[tokens[i].start..<tokens[i].end].contains(byte) }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Words.Token] {
        var out: [Words.Token] = []
        out.reserveCapacity(bytes.count / 3)
        let n = bytes.count
        @inline(__always) func scalar(at p: Int) -> (Unicode.Scalar, Int) {
            let b0 = UInt32(bytes[p])
            if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
            if b0 < 0xE0 { return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(bytes[p + 1]) & 0x3F))!, 2) }
            if b0 < 0xF0 {
                return (Unicode.Scalar(((b0 & 0x0F) << 12) | ((UInt32(bytes[p + 1]) & 0x3F) << 6) | (UInt32(bytes[p + 2]) & 0x3F))!, 3)
            }
            let v = ((b0 & 0x07) << 18) | ((UInt32(bytes[p + 1]) & 0x3F) << 12) | ((UInt32(bytes[p + 2]) & 0x3F) << 6) | (UInt32(bytes[p + 3]) & 0x3F)
            return (Unicode.Scalar(v)!, 4)
        }
        var p = 0
        while p < n {
            let (s, width) = scalar(at: p)
            var q = p + width
            let kind: Words.Token.Kind
            if Words.isWordScalar(s) {
                kind = .word
                while q < n {
                    let (t, w) = scalar(at: q)
                    if Words.isWordScalar(t) { q += w; continue }
                    if t == "'", q + 1 < n, Words.isWordScalar(scalar(at: q + 1).0) { q += 1; continue }
                    break
                }
            } else if Words.isSpace(s) {
                kind = .space
                while q < n {
                    let (t, w) = scalar(at: q)
                    guard Words.isSpace(t) else { break }
                    q += w
                }
            } else {
                kind = .other
            }
            out.append(Words.Token(start: p, end: q, kind: kind, first: s))
            p = q
        }
        return out
    }
}

/// Lowercase phrases looked for together, grouped by their first byte (built once per list). Flat
/// arrays read through buffer pointers: a shared table read by every worker thread costs no
/// reference counting per byte of text.
public struct NeedleSet: Sendable {
    /// The needles' bytes, one after another, ordered by first byte.
    let bytes: [UInt8]
    /// Needle `k` is `bytes[ends[k]..<ends[k + 1]]`.
    let ends: [Int]
    /// The needles starting with byte `b` are `first[b]..<first[b + 1]`.
    let first: [Int]

    public init(_ needles: [String]) {
        let sorted = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var bytes: [UInt8] = [], ends = [0], first = [Int](repeating: 0, count: 257)
        for needle in sorted {
            bytes += needle
            ends.append(bytes.count)
            first[Int(needle[0]) + 1] += 1
        }
        for b in 0..<256 { first[b + 1] += first[b] }
        self.bytes = bytes
        self.ends = ends
        self.first = first
    }
}

/// A text lowercased (ASCII letters; typographic apostrophes as `'`) into bytes, for fast substring
/// checks of lowercase needles without bridging to NSString.
public struct LowerText: Sendable {
    public let bytes: [UInt8]

    public init(_ text: String) {
        let source = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            let b = source[i]
            if b >= 0x41 && b <= 0x5A {
                out.append(b + 32)
            } else if b == 0xE2, i + 2 < source.count, source[i + 1] == 0x80, source[i + 2] == 0x99 {
                // U+2019 RIGHT SINGLE QUOTATION MARK reads as an apostrophe.
                out.append(0x27)
                i += 2
            } else {
                out.append(b)
            }
            i += 1
        }
        bytes = out
    }

    /// Whether the text holds `needle` (give it in lowercase).
    public func contains(_ needle: String) -> Bool { LowerText.find(Array(needle.utf8), in: bytes) != nil }

    /// Whether the text holds any of `needles`: one pass over the text, trying only the needles
    /// that start with the byte at hand.
    public func containsAny(_ needles: NeedleSet) -> Bool {
        bytes.withUnsafeBufferPointer { h in
            needles.bytes.withUnsafeBufferPointer { n in
                needles.ends.withUnsafeBufferPointer { ends in
                    needles.first.withUnsafeBufferPointer { first in
                        for i in 0..<h.count {
                            let b = Int(h[i])
                            for k in first[b]..<first[b + 1] {
                                let start = ends[k], length = ends[k + 1] - start
                                guard length <= h.count - i else { continue }
                                var m = 1
                                while m < length && h[i + m] == n[start + m] { m += 1 }
                                if m == length { return true }
                            }
                        }
                        return false
                    }
                }
            }
        }
    }

    /// The offset of the first occurrence of `needle` in `haystack`.
    public static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let last = h.count - n.count
                var i = 0
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
