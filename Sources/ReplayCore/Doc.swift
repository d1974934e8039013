/// A parsed JSON or YAML document that remembers where each value came from, so that
/// validation can name the line of every problem.
public struct Doc: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array([Doc])
        case object([Member])
    }

    public struct Member: Sendable, Equatable {
        public let key: String
        public let keyLine: Int
        public let value: Doc
    }

    public let kind: Kind
    /// 1-based line in the source file.
    public let line: Int
    /// For a YAML plain scalar resolved to another type (`no`, `1.10`, `0012`): its text, so that a
    /// field that wants a string can take it as written.
    public let plainText: String?

    public init(_ kind: Kind, line: Int, plainText: String? = nil) {
        self.kind = kind
        self.line = line
        self.plainText = plainText
    }

    /// A value with every position set to `line` (for checking values that were never text).
    public init(_ value: JSONValue, line: Int) {
        let kind: Kind
        switch value {
        case .null: kind = .null
        case .bool(let b): kind = .bool(b)
        case .int(let i): kind = .int(i)
        case .double(let d): kind = .double(d)
        case .string(let s): kind = .string(s)
        case .array(let items): kind = .array(items.map { Doc($0, line: line) })
        case .object(let o): kind = .object(o.keys.sorted().map { Member(key: $0, keyLine: line, value: Doc(o[$0]!, line: line)) })
        }
        self.init(kind, line: line)
    }

    /// The value without positions.
    public var json: JSONValue {
        switch kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.json))
        case .object(let members):
            var object: [String: JSONValue] = [:]
            for member in members { object[member.key] = member.value.json }
            return .object(object)
        }
    }

    /// A short name of the value's type, for error messages.
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "a mapping"
        }
    }
}
