import Yams

/// Writes a case as a YAML case file (fields in the documented order, multi-line text as blocks).
public enum CaseYAML {
    static let order = ["format", "id", "title", "tags", "system", "system_file", "context", "prompt", "tools",
                        "recorded_calls", "parameters", "expect", "provenance"]

    public static func render(_ value: Case) throws -> String {
        var fields = value.json.objectValue ?? [:]
        fields["format"] = nil
        if value.system?.path != nil { fields["system"] = nil }  // the file holds the prompt
        let pairs = order.compactMap { key in fields[key].map { (Node(key), node($0)) } }
        return try Yams.serialize(node: Node(pairs), width: -1, allowUnicode: true)
    }

    static func node(_ value: JSONValue) -> Node {
        switch value {
        case .null: return Node("null", Tag(.null))
        case .bool(let b): return Node(b ? "true" : "false", Tag(.bool))
        case .int(let i): return Node(String(i), Tag(.int))
        case .double(let d): return Node(JSONValue.format(d), Tag(d.rounded() == d ? .int : .float))
        case .string(let s): return Node(s, Tag(.str), s.contains("\n") ? .literal : .any)
        case .array(let items): return Node(items.map(node))
        case .object(let members):
            return Node(members.keys.sorted(by: JSONValue.keyOrder).map { (Node($0), node(members[$0]!)) })
        }
    }
}
