/// Digits as people type them in East Asian and Arabic-script text: full-width (`０９０－１２３４－５６７８`),
/// Arabic-Indic (`٠٥٠١٢٣٤٥٦٧`) and Persian (`۰۹۱۲…`). The scanner reads ASCII digits, so a text holding such digits
/// is scanned in a copy where they (and the full-width `＋ － （ ）`, and `ー` or an ideographic space between full-width
/// digits) are ASCII,
/// and what is found is mapped back to the text as written.
struct WideForms {
    /// The copy to scan.
    let bytes: [UInt8]
    /// For each byte of the copy (and its end), where it starts in the original text.
    let map: [Int]

    /// The copy and its map, or nil when the text has none of these digits (the common case: one pass, no copy).
    static func normalized(_ text: UnsafeBufferPointer<UInt8>) -> WideForms? {
        guard hasWideDigit(text) else { return nil }
        var bytes: [UInt8] = []
        var map: [Int] = []
        bytes.reserveCapacity(text.count)
        map.reserveCapacity(text.count + 1)
        var i = 0
        var afterWideDigit = false
        while i < text.count {
            if let (ascii, width, isDigit) = ascii(text, at: i, afterWideDigit: afterWideDigit) {
                bytes.append(ascii)
                map.append(i)
                afterWideDigit = isDigit
                i += width
            } else {
                bytes.append(text[i])
                map.append(i)
                // A continuation byte keeps what its character's lead byte decided.
                if text[i] & 0xC0 != 0x80 { afterWideDigit = false }
                i += 1
            }
        }
        map.append(text.count)
        return WideForms(bytes: bytes, map: map)
    }

    private static func hasWideDigit(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in t.indices where t[i] >= 0xD9 {
            if let (_, _, isDigit) = ascii(t, at: i, afterWideDigit: false), isDigit { return true }
        }
        return false
    }

    /// The ASCII form of the character at `i` if it is one of the mapped ones: (byte, its width, whether a digit).
    private static func ascii(_ t: UnsafeBufferPointer<UInt8>, at i: Int, afterWideDigit: Bool) -> (UInt8, Int, Bool)? {
        let b = t[i]
        if b == 0xEF, i + 2 < t.count, t[i + 1] == 0xBC {
            let c = t[i + 2]
            switch c {
            case 0x90...0x99: return (c - 0x90 + 0x30, 3, true)          // ０–９
            case 0x8B: return (UInt8(ascii: "+"), 3, false)               // ＋
            case 0x8D: return (UInt8(ascii: "-"), 3, false)               // －
            case 0x88: return (UInt8(ascii: "("), 3, false)               // （
            case 0x89: return (UInt8(ascii: ")"), 3, false)               // ）
            default: return nil
            }
        }
        if b == 0xD9, i + 1 < t.count, (0xA0...0xA9).contains(t[i + 1]) { return (t[i + 1] - 0xA0 + 0x30, 2, true) }  // ٠–٩
        if b == 0xDB, i + 1 < t.count, (0xB0...0xB9).contains(t[i + 1]) { return (t[i + 1] - 0xB0 + 0x30, 2, true) }  // ۰–۹
        // ー (the prolonged sound mark) typed as a hyphen between full-width digits: ０９０ー１２３４.
        if afterWideDigit, b == 0xE3, i + 2 < t.count, t[i + 1] == 0x83, t[i + 2] == 0xBC { return (UInt8(ascii: "-"), 3, false) }
        // An ideographic space between full-width digits groups them as a space does: ４５５６　２９１４.
        if afterWideDigit, b == 0xE3, i + 5 < t.count, t[i + 1] == 0x80, t[i + 2] == 0x80, t[i + 3] == 0xEF, t[i + 4] == 0xBC,
           (0x90...0x99).contains(t[i + 5]) {
            return (UInt8(ascii: " "), 3, false)
        }
        return nil
    }
}
