import ReplayCore

/// Checks a JSON value against a JSON Schema (the subset answers are held to: `type`, `enum`,
/// `const`, `properties`, `required`, `additionalProperties: false`, `items`, `minItems`,
/// `maxItems`, `minLength`, `maxLength`, `minimum`, `maximum`, `anyOf`, `oneOf`, `allOf`), and
/// infers such a schema from a baseline answer.
public enum SchemaCheck {
    /// Every violation, as "path: what is wrong" (the path `$` is the root).
    public static func violations(_ value: JSONValue, schema: JSONValue, path: String = "$") -> [String] {
        guard case .object(let s) = schema else { return [] }
        var out: [String] = []
        if let type = s["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
            if !allowed.isEmpty, !allowed.contains(where: { matches(value, type: $0) }) {
                out.append("\(path): is \(typeName(value)), the schema wants \(allowed.joined(separator: " or "))")
                return out
            }
        }
        if let options = s["enum"]?.arrayValue, !options.contains(value) {
            out.append("\(path): \(brief(value)) is not one of \(options.map(brief).joined(separator: ", "))")
        }
        if let c = s["const"], c != value { out.append("\(path): is \(brief(value)), the schema wants \(brief(c))") }
        switch value {
        case .object(let members):
            let properties = s["properties"]?.objectValue ?? [:]
            for key in s["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[key] == nil {
                out.append("\(path): the required key '\(key)' is missing")
            }
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                if let sub = properties[key] {
                    out += violations(member, schema: sub, path: "\(path).\(key)")
                } else if s["additionalProperties"] == .bool(false) {
                    out.append("\(path): the key '\(key)' is not allowed")
                } else if let sub = s["additionalProperties"], case .object = sub {
                    out += violations(member, schema: sub, path: "\(path).\(key)")
                }
            }
        case .array(let items):
            if let min = s["minItems"]?.intValue, items.count < min { out.append("\(path): has \(items.count) items, at least \(min) wanted") }
            if let max = s["maxItems"]?.intValue, items.count > max { out.append("\(path): has \(items.count) items, at most \(max) wanted") }
            if let sub = s["items"], case .object = sub {
                for (n, item) in items.enumerated() { out += violations(item, schema: sub, path: "\(path)[\(n)]") }
            }
        case .string(let text):
            if let min = s["minLength"]?.intValue, text.count < min { out.append("\(path): is shorter than \(min) characters") }
            if let max = s["maxLength"]?.intValue, text.count > max { out.append("\(path): is longer than \(max) characters") }
        case .int, .double:
            let x = value.doubleValue ?? 0
            if let min = s["minimum"]?.doubleValue, x < min { out.append("\(path): \(brief(value)) is below the minimum \(brief(s["minimum"]!))") }
            if let max = s["maximum"]?.doubleValue, x > max { out.append("\(path): \(brief(value)) is above the maximum \(brief(s["maximum"]!))") }
        default: break
        }
        if let all = s["allOf"]?.arrayValue { for sub in all { out += violations(value, schema: sub, path: path) } }
        if let any = s["anyOf"]?.arrayValue, !any.isEmpty, !any.contains(where: { violations(value, schema: $0, path: path).isEmpty }) {
            out.append("\(path): matches none of the \(any.count) anyOf schemas")
        }
        if let one = s["oneOf"]?.arrayValue, !one.isEmpty {
            let n = one.filter { violations(value, schema: $0, path: path).isEmpty }.count
            if n != 1 { out.append("\(path): matches \(n) of the oneOf schemas, exactly 1 wanted") }
        }
        return out
    }

    /// The schema a baseline answer implies: its types, and its keys as required.
    public static func infer(from value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var properties: [String: JSONValue] = [:]
            for (key, member) in members { properties[key] = infer(from: member) }
            return ["type": "object", "properties": .object(properties), "required": .array(members.keys.sorted().map(JSONValue.string))]
        case .array(let items):
            guard let first = items.first else { return ["type": "array"] }
            return ["type": "array", "items": ["type": .string(typeName(first) == "integer" ? "number" : typeName(first))]]
        case .int, .double: return ["type": "number"]
        default: return ["type": .string(typeName(value))]
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null): return true
        case ("number", .int), ("number", .double), ("integer", .int): return true
        case ("integer", .double(let d)): return d.rounded() == d
        default: return false
        }
    }

    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    static func brief(_ value: JSONValue) -> String {
        let text = value.compact
        return text.count > 40 ? String(text.prefix(37)) + "..." : text
    }
}
