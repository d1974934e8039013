import ReplayCore

/// Claude.ai's data export (`conversations.json`, or inside the zip): `chat_messages` of
/// human/assistant senders. Older exports hold text only and are not in chronological order;
/// newer ones add `content` blocks (text, tool use and results, thinking) and branches through
/// `parent_message_uuid` in one flat list, of which the newest leaf's path is the active branch.
public struct ClaudeAIReader: RecordReader {
    public static let format = LogFormatID.claudeAI

    public init() {}

    public static let readsRecordsAlone = true

    public static func recognizes(_ first: JSONValue) -> Int {
        guard let o = first.objectValue else { return 0 }
        if o["chat_messages"]?.arrayValue != nil { return 3 }
        return 0
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        guard let o = record.value.objectValue else { throw record.problem("a conversation must be a JSON object, not \(typeName(record.value))") }
        guard let messages = o["chat_messages"]?.arrayValue else {
            throw record.problem("a conversation needs a 'chat_messages' list", field: "chat_messages")
        }
        var c = ImportedConversation(format: Self.format, file: record.file, location: record.location,
                                     id: o["uuid"]?.stringValue ?? "\(record.file)#\(record.location.index)",
                                     title: o["name"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }, created: o["created_at"]?.stringValue)
        if let account = o["account"]?["uuid"]?.stringValue { c.exporter = Person(ids: [account]) }
        if let project = o["project"]?["name"]?.stringValue { c.tags.append("project:" + project) }
        for (k, m) in try activeBranch(messages, record: record).enumerated() {
            try add(m.value, index: m.index, position: k, to: &c, record: record)
        }
        return [c]
    }

    /// The messages on the active branch, oldest first.
    func activeBranch(_ messages: [JSONValue], record: LogRecord) throws(RecordProblem) -> [(index: Int, value: [String: JSONValue])] {
        var all: [(index: Int, value: [String: JSONValue])] = []
        for (i, m) in messages.enumerated() {
            guard let o = m.objectValue else { throw record.problem("a message must be an object, not \(typeName(m))", field: "chat_messages[\(i)]") }
            guard o["sender"]?.stringValue != nil else { throw record.problem("a message needs a 'sender' (human or assistant)", field: "chat_messages[\(i)].sender") }
            all.append((i, o))
        }
        // Chronological: by creation time, a human message before the reply that shares its time.
        func key(_ m: (index: Int, value: [String: JSONValue])) -> (String, Int, Int) {
            (m.value["created_at"]?.stringValue ?? "", m.value["sender"]?.stringValue == "human" ? 0 : 1, m.index)
        }
        all.sort { key($0) < key($1) }
        let byUUID = Dictionary(all.compactMap { m in m.value["uuid"]?.stringValue.map { ($0, m) } }, uniquingKeysWith: { a, _ in a })
        let hasParents = all.contains { m in m.value["parent_message_uuid"]?.stringValue.map { byUUID[$0] != nil } == true }
        guard hasParents, var leaf = all.last else { return all }
        // The newest message's ancestry is the branch the user last saw.
        var path: [(index: Int, value: [String: JSONValue])] = []
        var seen = Set<String>()
        while true {
            path.append(leaf)
            guard let parent = leaf.value["parent_message_uuid"]?.stringValue, let next = byUUID[parent], seen.insert(parent).inserted else { break }
            leaf = next
        }
        return path.reversed()
    }

    func add(_ m: [String: JSONValue], index: Int, position: Int, to c: inout ImportedConversation, record: LogRecord) throws(RecordProblem) {
        let field = "chat_messages[\(index)]"
        let created = m["created_at"]?.stringValue
        let sender = m["sender"]?.stringValue ?? ""
        // Attachments' extracted text was part of what production saw with the message.
        var attachments: [JSONValue] = []
        for (k, a) in (m["attachments"]?.arrayValue ?? []).enumerated() {
            guard let text = a["extracted_content"]?.stringValue, !text.isEmpty else { continue }
            let name = a["file_name"]?.stringValue ?? "attachment \(k + 1)"
            attachments.append(["type": "text", "text": .string("<attachment name=\"\(name)\">\n\(text)\n</attachment>")])
        }
        for f in m["files"]?.arrayValue ?? [] + (m["files_v2"]?.arrayValue ?? []) {
            if let name = f["file_name"]?.stringValue { attachments.append(["type": "file", "name": .string(name), "omitted": "file contents are not in the export"]) }
        }
        let blocks = m["content"]?.arrayValue
        switch sender {
        case "human":
            var text = m["text"]?.stringValue ?? ""
            if text.isEmpty, let blocks { text = blocks.compactMap { $0["type"]?.stringValue == "text" ? $0["text"]?.stringValue : nil }.joined(separator: "\n\n") }
            let parts: [JSONValue] = (text.isEmpty ? [] : [["type": "text", "text": .string(text)]]) + attachments
            guard !parts.isEmpty else { return }
            let content: JSONValue = parts.count == 1 && !text.isEmpty ? .string(text) : .array(parts)
            c.turns.append(Turn(origin: .human, content: content, created: created))
        case "assistant":
            guard let blocks, !blocks.isEmpty else {
                let text = m["text"]?.stringValue ?? ""
                if !text.isEmpty { c.turns.append(Turn(origin: .assistant, content: .string(text), created: created)) }
                return
            }
            // Blocks in order: text, tool use (a call), tool result (its answer), thinking (dropped).
            var text: [String] = []
            var calls: [ToolCall] = []
            func flush() {
                let joined = text.joined(separator: "\n\n")
                if !joined.isEmpty || !calls.isEmpty {
                    c.turns.append(Turn(origin: .assistant, content: .string(joined), toolCalls: calls, created: created))
                }
                text = []; calls = []
            }
            for (k, block) in blocks.enumerated() {
                switch block["type"]?.stringValue {
                case "text": if let t = block["text"]?.stringValue, !t.isEmpty { text.append(t) }
                case "tool_use":
                    guard let name = block["name"]?.stringValue else {
                        throw record.problem("a tool_use block needs a 'name'", field: "\(field).content[\(k)].name")
                    }
                    let id = block["id"]?.stringValue ?? "\(m["uuid"]?.stringValue ?? "\(index)")-\(k)"
                    calls.append(ToolCall(id: id, name: name, arguments: block["input"] ?? .object([:])))
                    if !c.tools.contains(where: { $0.name == name }) { c.tools.append(ToolDefinition(name: name)) }
                case "tool_result":
                    flush()
                    let answered = Set(c.turns.compactMap(\.toolCallID))
                    let name = block["name"]?.stringValue
                    let call = c.turns.reversed().lazy.flatMap(\.toolCalls).first { !answered.contains($0.id ?? "") && (name == nil || $0.name == name) }
                    let result: JSONValue
                    if let parts = block["content"]?.arrayValue {
                        result = .string(parts.compactMap { $0["text"]?.stringValue }.joined(separator: "\n\n"))
                    } else { result = block["content"] ?? .string("") }
                    c.turns.append(Turn(origin: .toolResult, content: result, toolCallID: block["tool_use_id"]?.stringValue ?? call?.id,
                                        name: name, created: created))
                default: break // thinking, token budget, unknown blocks
                }
            }
            flush()
        default:
            throw record.problem("unknown sender '\(sender)' (expected human or assistant)", field: field + ".sender")
        }
    }
}
