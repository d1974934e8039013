import ReplayCore

/// ChatGPT's data export (`conversations.json`, split `conversations-NNN.json`, or inside the
/// zip): each conversation's `mapping` tree, read along its active branch (from `current_node` up
/// through `parent`).
public struct ChatGPTReader: RecordReader {
    public static let format = LogFormatID.chatgpt

    public init() {}

    public static let readsRecordsAlone = true

    public static func recognizes(_ first: JSONValue) -> Int {
        guard let o = first.objectValue else { return 0 }
        if o["mapping"]?.objectValue != nil && (o["current_node"] != nil || o["create_time"] != nil) { return 3 }
        return o["mapping"] != nil ? 2 : 0
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        guard let o = record.value.objectValue else { throw record.problem("a conversation must be a JSON object, not \(typeName(record.value))") }
        guard let mapping = o["mapping"]?.objectValue else { throw record.problem("a conversation needs a 'mapping' object of its messages", field: "mapping") }
        let id = o["conversation_id"]?.stringValue ?? o["id"]?.stringValue ?? "\(record.file)#\(record.location.index)"
        var conversation = ImportedConversation(format: Self.format, file: record.file, location: record.location, id: id,
                                                title: o["title"]?.stringValue, created: APIWire.isoTime(o["create_time"]))
        conversation.model = o["default_model_slug"]?.stringValue
        if let gizmo = o["gizmo_id"]?.stringValue { conversation.tags.append("gpt:" + gizmo) }

        for nodeID in try activeBranch(mapping, current: o["current_node"]?.stringValue, record: record) {
            guard let message = mapping[nodeID]?["message"]?.objectValue else { continue }
            try add(message, nodeID: nodeID, to: &conversation, record: record)
        }
        return [conversation]
    }

    /// Node ids from the root to the current node.
    func activeBranch(_ mapping: [String: JSONValue], current: String?, record: LogRecord) throws(RecordProblem) -> [String] {
        guard !mapping.isEmpty else { return [] }
        var leaf = current
        if leaf == nil || mapping[leaf!] == nil {
            // No current node: follow the last child from the root.
            guard var node = mapping.first(where: { $0.value["parent"]?.stringValue == nil })?.key else {
                throw record.problem("the mapping has no root node (one without a parent)", field: "mapping")
            }
            while let next = mapping[node]?["children"]?.arrayValue?.last?.stringValue, mapping[next] != nil { node = next }
            leaf = node
        }
        var path: [String] = []
        var seen = Set<String>()
        var node = leaf
        while let n = node {
            guard seen.insert(n).inserted else { throw record.problem("the mapping's parents form a loop at '\(n)'", field: "mapping.\(n).parent") }
            path.append(n)
            node = mapping[n]?["parent"]?.stringValue
        }
        return path.reversed()
    }

    func add(_ message: [String: JSONValue], nodeID: String, to c: inout ImportedConversation, record: LogRecord) throws(RecordProblem) {
        let field = "mapping.\(nodeID).message"
        guard let role = message["author"]?["role"]?.stringValue else {
            throw record.problem("a message needs 'author.role'", field: field + ".author.role")
        }
        let content = message["content"]?.objectValue ?? [:]
        let type = content["content_type"]?.stringValue ?? "text"
        let metadata = message["metadata"]?.objectValue ?? [:]
        let created = APIWire.isoTime(message["create_time"])
        let recipient = message["recipient"]?.stringValue ?? "all"
        let hidden = metadata["is_visually_hidden_from_conversation"]?.boolValue == true

        // Custom instructions, in either shape the export has used.
        if type == "user_editable_context" || metadata["is_user_system_message"]?.boolValue == true
            || (hidden && metadata["user_context_message_data"] != nil) {
            var parts: [String] = []
            for key in ["user_profile", "user_instructions"] { if let s = content[key]?.stringValue, !s.isEmpty { parts.append(s) } }
            if let data = metadata["user_context_message_data"]?.objectValue {
                for key in ["about_user_message", "about_model_message"] { if let s = data[key]?.stringValue, !s.isEmpty { parts.append(s) } }
            }
            if parts.isEmpty { parts = [Self.text(content)].filter { !$0.isEmpty } }
            // Both shapes may carry the same instructions: each once.
            var unique: [String] = []
            for part in parts where !unique.contains(part) && !(c.system?.contains(part) ?? false) { unique.append(part) }
            if !unique.isEmpty { c.system = ([c.system].compactMap { $0 } + unique).joined(separator: "\n\n") }
            return
        }
        // The model's private reasoning is not part of what it said.
        if type == "thoughts" || type == "reasoning_recap" || type == "model_editable_context" { return }
        let body = Self.content(content)
        switch role {
        case "system":
            let text = Self.text(content)
            guard !text.isEmpty, !hidden else { return }
            if c.turns.isEmpty { c.system = ([c.system].compactMap { $0 } + [text]).joined(separator: "\n\n") } else {
                c.turns.append(Turn(origin: .system, content: .string(text), created: created))
            }
        case "user":
            guard !Self.isEmpty(body) else { return }
            c.turns.append(Turn(origin: hidden ? .injected : .human, content: body, created: created))
        case "assistant":
            let model = metadata["model_slug"]?.stringValue ?? c.model
            if recipient != "all" {
                // A call to a tool (browser, python, an action): the recipient is the tool.
                let arguments: JSONValue = Self.text(content).isEmpty ? .object([:]) : .string(Self.text(content))
                c.turns.append(Turn(origin: .assistant, content: .string(""),
                                    toolCalls: [ToolCall(id: message["id"]?.stringValue ?? nodeID, name: recipient, arguments: arguments)],
                                    model: model, created: created))
                if !c.tools.contains(where: { $0.name == recipient }) { c.tools.append(ToolDefinition(name: recipient)) }
                return
            }
            guard !Self.isEmpty(body) else { return }
            c.turns.append(Turn(origin: .assistant, content: body, model: model, created: created))
        case "tool":
            let name = message["author"]?["name"]?.stringValue
            // The call it answers: the latest call to this tool (or the latest call) not yet answered.
            let answered = Set(c.turns.compactMap(\.toolCallID))
            let call = c.turns.reversed().lazy.flatMap(\.toolCalls).first { call in
                !answered.contains(call.id ?? "") && (name == nil || call.name == name || name!.hasPrefix(call.name + "."))
            } ?? c.turns.reversed().lazy.flatMap(\.toolCalls).first { !answered.contains($0.id ?? "") }
            guard !Self.isEmpty(body) || call != nil else { return }
            c.turns.append(Turn(origin: .toolResult, content: body, toolCallID: call?.id, name: name, created: created))
        default:
            // An author role the export may add later: context, never a prompt.
            guard !Self.isEmpty(body) else { return }
            c.turns.append(Turn(origin: .injected, content: body, created: created))
        }
    }

    /// The message's content as text or parts. Images become a short description (never bytes).
    static func content(_ content: [String: JSONValue]) -> JSONValue {
        let type = content["content_type"]?.stringValue ?? "text"
        guard type == "multimodal_text", let parts = content["parts"]?.arrayValue else { return .string(text(content)) }
        var out: [JSONValue] = []
        for part in parts {
            if let s = part.stringValue { if !s.isEmpty { out.append(["type": "text", "text": .string(s)]) }; continue }
            guard let o = part.objectValue else { continue }
            let partType = o["content_type"]?.stringValue ?? "unknown"
            if partType.contains("image") {
                var image: [String: JSONValue] = ["type": "image", "omitted": .string("ChatGPT asset")]
                if let w = o["width"], let h = o["height"] { image["size"] = .string("\(w.intValue ?? 0)x\(h.intValue ?? 0)") }
                out.append(.object(image))
            } else if let t = o["text"]?.stringValue {
                out.append(["type": "text", "text": .string(t)])
            } else {
                out.append(["type": .string(partType), "omitted": "not text"])
            }
        }
        if out.count == 1, let t = out[0]["text"]?.stringValue { return .string(t) }
        return .array(out)
    }

    /// The text of any content type the export has (unknown ones: their `parts` or `text`).
    static func text(_ content: [String: JSONValue]) -> String {
        if let parts = content["parts"]?.arrayValue {
            return parts.compactMap { $0.stringValue ?? $0["text"]?.stringValue }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
        for key in ["text", "result", "content"] { if let s = content[key]?.stringValue { return s } }
        return ""
    }

    static func isEmpty(_ content: JSONValue) -> Bool {
        switch content {
        case .string(let s): return s.allSatisfy(\.isWhitespace)
        case .array(let a): return a.isEmpty
        default: return true
        }
    }
}

func typeName(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool: return "a boolean"
    case .int, .double: return "a number"
    case .string: return "a string"
    case .array: return "a list"
    case .object: return "an object"
    }
}
