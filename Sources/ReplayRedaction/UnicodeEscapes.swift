/// JSON that escapes non-ASCII (`json.dumps` by default, many loggers) hides the words around a value: `номер` is
/// `\u043d\u043e\u043c\u0435\u0440`, `電話` is `\u96fb\u8a71`, and a number glued to an escape reads as part of its
/// hex digits (`\u670913934436757`). A text holding such escapes is scanned in a copy where each escape of a non-ASCII
/// character (a surrogate pair as one character; any run of backslashes before the `u`, for JSON inside JSON) is the
/// character's UTF-8, and what is found is mapped back to the text as written. Escapes of ASCII characters stay as
/// written: decoding `\u0022` would change the text's structure, not reveal a word.
struct UnicodeEscapes {
    /// The copy to scan.
    let bytes: [UInt8]
    /// For each byte of the copy (and its end), where it starts in the original text.
    let map: [Int]

    /// The copy and its map, or nil when the text has no such escape (the common case: no copy).
    static func decoded(_ text: UnsafeBufferPointer<UInt8>) -> UnicodeEscapes? {
        guard let first = firstEscape(text) else { return nil }
        var bytes: [UInt8] = []
        var map: [Int] = []
        bytes.reserveCapacity(text.count)
        map.reserveCapacity(text.count + 1)
        for i in 0..<first.start {
            bytes.append(text[i])
            map.append(i)
        }
        var i = first.start
        while i < text.count {
            if text[i] == backslash, let (scalar, end) = escape(text, at: i) {
                for b in UTF8.encode(scalar)! {
                    bytes.append(b)
                    map.append(i)
                }
                i = end
            } else {
                bytes.append(text[i])
                map.append(i)
                i += 1
            }
        }
        map.append(text.count)
        return UnicodeEscapes(bytes: bytes, map: map)
    }

    private static let backslash = UInt8(ascii: "\\")

    /// Where the first decodable escape starts.
    private static func firstEscape(_ t: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        var i = 0
        while i + 5 < t.count {
            if t[i] == backslash && t[i + 1] == UInt8(ascii: "u") || t[i] == backslash && t[i + 1] == backslash {
                if let (_, end) = escape(t, at: i) { return (i, end) }
                // Past this run of backslashes: an escape inside it starts at its first backslash.
                while i < t.count && t[i] == backslash { i += 1 }
                continue
            }
            i += 1
        }
        return nil
    }

    /// The character of the escape starting at `i` (one or more backslashes, `u`, four hex digits; a high surrogate
    /// followed by an escaped low one) and the index after it, when it is a non-ASCII character.
    private static func escape(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        var k = i
        while k < t.count && t[k] == backslash && k - i < 8 { k += 1 }
        guard k > i, k + 4 < t.count, t[k] == UInt8(ascii: "u"), let unit = hex4(t, k + 1), unit >= 0x80 else { return nil }
        let end = k + 5
        if (0xD800...0xDBFF).contains(unit) {
            // A high surrogate: only with the low one that follows it, escaped the same way.
            var m = end
            while m < t.count && t[m] == backslash && m - end < 8 { m += 1 }
            guard m - end == k - i, m + 4 < t.count, t[m] == UInt8(ascii: "u"), let low = hex4(t, m + 1), (0xDC00...0xDFFF).contains(low),
                  let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else { return nil }
            return (scalar, m + 5)
        }
        guard let scalar = Unicode.Scalar(unit) else { return nil }  // a lone low surrogate
        return (scalar, end)
    }

    private static func hex4(_ t: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        var value: UInt32 = 0
        for j in at..<at + 4 {
            let b = t[j]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
