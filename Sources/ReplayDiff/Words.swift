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
        var out: [Substring] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            var j = scalars.index(after: i)
            if isWordScalar(s) {
                while j < scalars.endIndex, isWordScalar(scalars[j]) || (scalars[j] == "'" && scalars.index(after: j) < scalars.endIndex
                        && isWordScalar(scalars[scalars.index(after: j)])) {
                    j = scalars.index(after: j)
                }
            } else if isSpace(s) {
                while j < scalars.endIndex, isSpace(scalars[j]) { j = scalars.index(after: j) }
            }
            out.append(text[i..<j])
            i = j
        }
        return out
    }
}
