/// A fast, strict JSON parser from UTF-8 bytes to `JSONValue`, for logs and the stored files a diff
/// reads (no line bookkeeping: errors give the byte offset, which a reader turns into a line; a lone
/// surrogate escape becomes U+FFFD).
public enum JSONBytes {
    public struct Error: Swift.Error, Sendable, Equatable {
        /// Byte offset of the problem within the parsed bytes.
        public let offset: Int
        public let message: String
    }

    /// The value of one hexadecimal digit (either case), nil for any other byte.
    static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    public static func parse(_ bytes: [UInt8]) throws(Error) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Error) -> JSONValue in try parse(buffer) }
    }

    public static func parse(_ bytes: ArraySlice<UInt8>) throws(Error) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Error) -> JSONValue in try parse(buffer) }
    }

    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(Error) -> JSONValue {
        var p = Parser(b: buffer)
        p.skip()
        let v = try p.value(depth: 0)
        p.skip()
        guard p.i == buffer.count else { throw p.fail("unexpected text after the JSON value") }
        return v
    }

    struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0

        init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

        func fail(_ message: String) -> Error { Error(offset: i, message: message) }

        mutating func skip() {
            while i < b.count {
                let c = b[i]
                if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { return }
            }
        }

        mutating func value(depth: Int) throws(Error) -> JSONValue {
            guard depth < 512 else { throw fail("nested more than 512 levels deep") }
            guard i < b.count else { throw fail("the text ends where a value should start") }
            switch b[i] {
            case 0x7B: // {
                i += 1
                // Members are collected first and the dictionary built once at its size.
                var members: [(String, JSONValue)] = []
                skip()
                if i < b.count, b[i] == 0x7D { i += 1; return .object([:]) }
                while true {
                    skip()
                    guard i < b.count, b[i] == 0x22 else { throw fail("expected a string key") }
                    let key = try string()
                    skip()
                    guard i < b.count, b[i] == 0x3A else { throw fail("expected ':' after a key") }
                    i += 1
                    skip()
                    members.append((key, try value(depth: depth + 1)))
                    skip()
                    guard i < b.count else { throw fail("the text ends inside an object") }
                    if b[i] == 0x2C { i += 1; continue }
                    if b[i] == 0x7D {
                        i += 1
                        // A repeated key keeps its last value, as most parsers do.
                        return .object(Dictionary(members, uniquingKeysWith: { _, last in last }))
                    }
                    throw fail("expected ',' or '}' in an object")
                }
            case 0x5B: // [
                i += 1
                var array: [JSONValue] = []
                skip()
                if i < b.count, b[i] == 0x5D { i += 1; return .array(array) }
                while true {
                    skip()
                    array.append(try value(depth: depth + 1))
                    skip()
                    guard i < b.count else { throw fail("the text ends inside a list") }
                    if b[i] == 0x2C { i += 1; continue }
                    if b[i] == 0x5D { i += 1; return .array(array) }
                    throw fail("expected ',' or ']' in a list")
                }
            case 0x22: return .string(try string())
            case 0x74: try literal("true"); return .bool(true)
            case 0x66: try literal("false"); return .bool(false)
            case 0x6E: try literal("null"); return .null
            case 0x2D, 0x30...0x39: return try number()
            default: throw fail("unexpected character where a value should start")
            }
        }

        mutating func literal(_ word: StaticString) throws(Error) {
            let n = word.utf8CodeUnitCount
            guard i + n <= b.count else { throw fail("the text ends inside '\(word)'") }
            for k in 0..<n where b[i + k] != word.utf8Start[k] { throw fail("unexpected character where a value should start") }
            i += n
        }

        mutating func number() throws(Error) -> JSONValue {
            let start = i
            var isInteger = true
            if b[i] == 0x2D { i += 1 }
            guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("a number needs a digit") }
            if b[i] == 0x30 { i += 1 } else { while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } }
            if i < b.count, b[i] == 0x2E {
                isInteger = false
                i += 1
                guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("a digit must follow the decimal point") }
                while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            }
            if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
                isInteger = false
                i += 1
                if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
                guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("a digit must follow the exponent") }
                while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
            if isInteger, let v = Int(text) { return .int(v) }
            return .double(Double(text) ?? 0)
        }

        mutating func string() throws(Error) -> String {
            i += 1 // opening quote
            let start = i
            // Fast path: no escapes.
            while i < b.count {
                let c = b[i]
                if c == 0x22 {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                if c == 0x5C { break }
                if c < 0x20 { throw fail("a control character must be escaped inside a string") }
                i += 1
            }
            guard i < b.count else { throw fail("the text ends inside a string") }
            var out = Array(UnsafeBufferPointer(rebasing: b[start..<i]))
            while i < b.count {
                let c = b[i]
                if c == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
                if c < 0x20 { throw fail("a control character must be escaped inside a string") }
                if c != 0x5C { out.append(c); i += 1; continue }
                i += 1
                guard i < b.count else { break }
                let e = b[i]
                i += 1
                switch e {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var scalar = try hex4()
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        // A high surrogate: a low one should follow; a lone one becomes U+FFFD.
                        if i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 {
                            let save = i
                            i += 2
                            let low = try hex4()
                            if low >= 0xDC00 && low < 0xE000 {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            } else { i = save; scalar = 0xFFFD }
                        } else { scalar = 0xFFFD }
                    } else if scalar >= 0xDC00 && scalar < 0xE000 { scalar = 0xFFFD }
                    appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &out)
                default: i -= 1; throw fail("unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string")
                }
            }
            throw fail("the text ends inside a string")
        }

        mutating func hex4() throws(Error) -> UInt32 {
            guard i + 4 <= b.count else { throw fail("the text ends inside a \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard let d = JSONBytes.hexDigit(b[i]) else { throw fail("a \\u escape needs four hex digits") }
                v = v << 4 | d
                i += 1
            }
            return v
        }

        func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
            for unit in UTF8.encode(s)! { out.append(unit) }
        }
    }
}
