import Foundation

/// Reads the `"vocab": { "token": id, ... }` object of a `tokenizer.json` straight from its bytes:
/// a flat object of strings and small integers, most of the file. `split` returns the vocabulary by
/// id and the file with that object emptied (`{}`), for a general parser to read the rest; nil
/// when anything is not as expected (the caller then reads the whole file the general way, which
/// also words any error): no `"vocab"` object, a malformed string or number, an id outside 0..<n
/// or used twice, the same token twice.
enum VocabularyScanner {
    static func split(_ json: Data) -> (tokens: [String], rest: Data)? {
        let bytes = [UInt8](json)
        return bytes.withUnsafeBufferPointer { b -> (tokens: [String], rest: Data)? in
            guard let open = objectStart(b), let (pairs, close) = scanObject(b, from: open) else { return nil }
            var tokens = [String?](repeating: nil, count: pairs.count)
            var seen = Set<String>(minimumCapacity: pairs.count)
            for (token, id) in pairs {
                guard id < pairs.count, tokens[id] == nil, seen.insert(token).inserted else { return nil }
                tokens[id] = token
            }
            var rest = Data(b[..<(open + 1)])
            rest.append(contentsOf: b[close...])
            return (tokens.map { $0! }, rest)
        }
    }

    /// Where the object after the first `"vocab"` key starts (`{`), or nil.
    static func objectStart(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let key = Array("\"vocab\"".utf8)
        var at = 0
        while at + key.count < b.count {
            // (A match inside a string is caught by the caller: the rest must then read with an empty model.vocab.)
            if b[at] == 0x22, at == 0 || b[at - 1] != 0x5C, (0..<key.count).allSatisfy({ b[at + $0] == key[$0] }) {
                var k = skipSpace(b, at + key.count)
                guard k < b.count, b[k] == 0x3A else { return nil }
                k = skipSpace(b, k + 1)
                return k < b.count && b[k] == 0x7B ? k : nil
            }
            at += 1
        }
        return nil
    }

    static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int {
        var at = at
        while at < b.count, b[at] == 0x20 || b[at] == 0x0A || b[at] == 0x0D || b[at] == 0x09 { at += 1 }
        return at
    }

    /// The members of the flat object at `open` and the position of its closing brace.
    static func scanObject(_ b: UnsafeBufferPointer<UInt8>, from open: Int) -> (pairs: [(String, Int)], close: Int)? {
        var pairs: [(String, Int)] = []
        var at = skipSpace(b, open + 1)
        if at < b.count, b[at] == 0x7D { return (pairs, at) }
        while at < b.count {
            guard let (token, afterString) = string(b, at) else { return nil }
            at = skipSpace(b, afterString)
            guard at < b.count, b[at] == 0x3A else { return nil }
            at = skipSpace(b, at + 1)
            var id = 0, digits = 0
            while at < b.count, b[at] >= 0x30, b[at] <= 0x39, digits < 10 {
                id = id * 10 + Int(b[at] - 0x30)
                at += 1
                digits += 1
            }
            guard digits > 0, digits == 1 || b[at - digits] != 0x30 else { return nil }
            pairs.append((token, id))
            at = skipSpace(b, at)
            guard at < b.count else { return nil }
            if b[at] == 0x7D { return (pairs, at) }
            guard b[at] == 0x2C else { return nil }
            at = skipSpace(b, at + 1)
        }
        return nil
    }

    /// The JSON string starting at `at` (a quote) and the position after it.
    static func string(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> (String, Int)? {
        guard at < b.count, b[at] == 0x22 else { return nil }
        var i = at + 1
        let start = i
        while i < b.count, b[i] != 0x22, b[i] != 0x5C {
            guard b[i] >= 0x20 else { return nil }
            i += 1
        }
        guard i < b.count else { return nil }
        if b[i] == 0x22 {
            // No escapes: the bytes are the string (invalid UTF-8 is left to the general parser).
            guard let s = String(validating: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self) else { return nil }
            return (s, i + 1)
        }
        var out = Array(b[start..<i])
        while i < b.count {
            let c = b[i]
            if c == 0x22 {
                guard let s = String(validating: out, as: UTF8.self) else { return nil }
                return (s, i + 1)
            }
            guard c >= 0x20 else { return nil }
            guard c == 0x5C else { out.append(c); i += 1; continue }
            guard i + 1 < b.count else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard let unit = hex4(b, i) else { return nil }
                i += 4
                var scalar = UInt32(unit)
                if unit >= 0xD800, unit < 0xDC00 {
                    // A high surrogate must be followed by an escaped low one.
                    guard i + 6 <= b.count, b[i] == 0x5C, b[i + 1] == 0x75, let low = hex4(b, i + 2), low >= 0xDC00, low < 0xE000 else { return nil }
                    i += 6
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else if unit >= 0xDC00, unit < 0xE000 {
                    return nil
                }
                guard let u = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                return nil
            }
        }
        return nil
    }

    static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt16? {
        guard at + 4 <= b.count else { return nil }
        var v: UInt16 = 0
        for k in 0..<4 {
            let c = b[at + k]
            let d: UInt16
            switch c {
            case 0x30...0x39: d = UInt16(c - 0x30)
            case 0x41...0x46: d = UInt16(c - 0x37)
            case 0x61...0x66: d = UInt16(c - 0x57)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
