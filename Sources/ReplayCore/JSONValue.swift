/// A JSON value. Objects are unordered; `canonical` prints them with sorted keys, so equal values
/// always print to the same bytes (the store relies on that for deduplication).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e15: return Int(d)
        default: return nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNull: Bool { self == .null }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

extension JSONValue {
    /// Pretty-printed canonical JSON: keys sorted by their UTF-8 bytes, two-space indent, LF line
    /// ends, a final newline; integral doubles print as integers, so `1` and `1.0` are one value.
    public var canonical: String {
        var out: [UInt8] = []
        appendCanonical(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `canonical`'s bytes to `out` (without building a String).
    public func appendCanonical(to out: inout [UInt8]) {
        appendIndented(to: &out, depth: 0)
        out.append(0x0A)
    }

    /// Compact canonical JSON on one line (for JSONL files), with sorted keys.
    public var compact: String {
        var out: [UInt8] = []
        appendCompact(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A line break and two spaces per level.
    private static func newline(_ out: inout [UInt8], depth: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20 as UInt8, count: 2 * depth))
    }

    /// Appends the canonical form of this value as it prints nested `depth` levels deep in a
    /// document (no final newline): the pieces of a large document can be printed apart.
    public func appendIndented(to out: inout [UInt8], depth: Int) {
        switch self {
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: [0x5B, 0x5D]); return }
            out.append(0x5B)
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(0x2C) }
                Self.newline(&out, depth: depth + 1)
                item.appendIndented(to: &out, depth: depth + 1)
            }
            Self.newline(&out, depth: depth)
            out.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { out.append(contentsOf: [0x7B, 0x7D]); return }
            out.append(0x7B)
            for (n, key) in members.keys.sorted(by: Self.keyOrder).enumerated() {
                if n > 0 { out.append(0x2C) }
                Self.newline(&out, depth: depth + 1)
                Self.quote(key, into: &out)
                out.append(contentsOf: [0x3A, 0x20])
                members[key]!.appendIndented(to: &out, depth: depth + 1)
            }
            Self.newline(&out, depth: depth)
            out.append(0x7D)
        default:
            appendCompact(to: &out)
        }
    }

    /// Appends the compact form (`compact`'s bytes, without building a String) to `out`.
    public func appendCompact(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): Self.appendDecimal(i, to: &out)
        case .double(let d): Self.appendNumber(d, to: &out)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            out.append(0x5B)
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(0x2C) }
                item.appendCompact(to: &out)
            }
            out.append(0x5D)
        case .object(let members):
            out.append(0x7B)
            for (n, key) in members.keys.sorted(by: Self.keyOrder).enumerated() {
                if n > 0 { out.append(0x2C) }
                Self.quote(key, into: &out)
                out.append(0x3A)
                members[key]!.appendCompact(to: &out)
            }
            out.append(0x7D)
        }
    }

    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0x08: out.append(contentsOf: [0x5C, 0x62])
                case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                default:
                    let hex = String(byte, radix: 16)
                    out.append(contentsOf: [0x5C, 0x75] + Array((String(repeating: "0", count: 4 - hex.count) + hex).utf8))
                }
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }

    static func appendDecimal(_ i: Int, to out: inout [UInt8]) {
        if i < 0 { out.append(0x2D) }
        var m = i.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[19 - count] = 0x30 + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            out.append(contentsOf: d[(20 - count)...])
        }
    }

    static func keyOrder(_ a: String, _ b: String) -> Bool { a.utf8Precedes(b) }

    /// A double as JSON prints it: integral values as integers, so `1` and `1.0` are one value.
    static func appendNumber(_ d: Double, to out: inout [UInt8]) {
        if d.rounded() == d, abs(d) < 9.0e15 { appendDecimal(Int(d), to: &out) } else { out.append(contentsOf: "\(d)".utf8) }
    }

    static func format(_ d: Double) -> String {
        var out: [UInt8] = []
        appendNumber(d, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
