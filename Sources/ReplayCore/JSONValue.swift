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
        var out = ""
        write(to: &out, indent: "", pretty: true)
        out.append("\n")
        return out
    }

    /// Compact canonical JSON on one line (for JSONL files), with sorted keys.
    public var compact: String {
        var out = ""
        write(to: &out, indent: "", pretty: false)
        return out
    }

    private func write(to out: inout String, indent: String, pretty: Bool) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(String(i))
        case .double(let d): out.append(Self.format(d))
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            let inner = indent + "  "
            out.append("[")
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(",") }
                if pretty { out.append("\n"); out.append(inner) }
                item.write(to: &out, indent: inner, pretty: pretty)
            }
            if pretty { out.append("\n"); out.append(indent) }
            out.append("]")
        case .object(let members):
            guard !members.isEmpty else { out.append("{}"); return }
            let inner = indent + "  "
            out.append("{")
            for (n, key) in members.keys.sorted(by: Self.keyOrder).enumerated() {
                if n > 0 { out.append(",") }
                if pretty { out.append("\n"); out.append(inner) }
                Self.quote(key, into: &out)
                out.append(pretty ? ": " : ":")
                members[key]!.write(to: &out, indent: inner, pretty: pretty)
            }
            if pretty { out.append("\n"); out.append(indent) }
            out.append("}")
        }
    }

    /// Appends the compact form (`compact`'s bytes, without building a String) to `out`.
    public func appendCompact(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): out.append(contentsOf: Self.format(d).utf8)
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

    static func keyOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    static func format(_ d: Double) -> String {
        if d.rounded() == d, abs(d) < 9.0e15 { return String(Int(d)) }
        return "\(d)"
    }

    static func quote(_ s: String, into out: inout String) {
        out.append("\"")
        // Runs of characters that need no escape are copied whole.
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: s[runStart..<index])
                switch byte {
                case 0x22: out.append("\\\"")
                case 0x5C: out.append("\\\\")
                case 0x0A: out.append("\\n")
                case 0x0D: out.append("\\r")
                case 0x09: out.append("\\t")
                case 0x08: out.append("\\b")
                case 0x0C: out.append("\\f")
                default:
                    let hex = String(byte, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                }
                index = utf8.index(after: index)
                runStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        out.append(contentsOf: s[runStart..<index])
        out.append("\"")
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
