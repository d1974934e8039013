import ReplayCore

/// Hugging Face chat datasets as JSON/JSONL: a `messages` column of `{role, content}` (content a
/// string or parts, `{type: text, text}` or LLaMA-Factory's `{type: text, value}`; TRL `tool_calls`
/// with arguments as objects; a `tools` column as a list or JSON text), or a `conversation` column
/// (LMSYS-Chat-1M, with `model` and `conversation_id`), or `chosen` (preference data). Other columns
/// are ignored except `id`/`conversation_id` (the id), `model`, and `category`/`language` (tags).
/// Dataset rows are complete conversations: never pending.
public struct HFMessagesReader: RecordReader, Sendable {
    public static let format = LogFormatID.hfMessages

    static let messageKeys = ["messages", "conversation", "conversations", "chosen"]
    static let datasetColumns = ["images", "videos", "audios", "prompt_id", "category", "source", "language", "conversation_id",
                                 "dataset", "split", "task", "turn", "openai_moderation", "redacted"]

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object(let o) = first else { return 0 }
        guard let key = messageKeys.first(where: { OpenAIChatWire.isMessageList(o[$0]) }) else { return 0 }
        if key == "messages", o["model"] != nil || o["response"] != nil || o["choices"] != nil { return 0 }
        if key == "conversation" || key == "chosen" { return 2 }
        if datasetColumns.contains(where: { o[$0] != nil }) { return 2 }
        let messages = o[key]?.arrayValue ?? []
        if messages.contains(where: { $0["loss_weight"] != nil }) { return 2 }
        if messages.contains(where: { m in (m["content"]?.arrayValue ?? []).contains { $0["value"] != nil } }) { return 2 }
        return 1
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        let f = APIField(record)
        let v = record.value
        guard case .object = v else { throw f.problem("expected a dataset row object with a messages column, found \(APIWire.kind(v))") }
        let key = Self.messageKeys.first(where: { v[$0] != nil }) ?? "messages"
        var t = APITranscript()
        if let system = v["system"]?.stringValue, !system.isEmpty { t.addSystem(system) }
        try OpenAIChatWire.readMessages(v[key], at: f.child(key), into: &t)
        var tags: [String] = []
        for column in ["category", "language"] { if let s = APIWire.string(v, column) { tags.append(s) } }
        let model = APIWire.string(v, "model")
        if let model {
            for i in t.turns.indices where t.turns[i].origin == .assistant && t.turns[i].model == nil { t.turns[i].model = model }
        }
        return [ImportedConversation(format: Self.format, file: record.file, location: record.location,
                                     id: APIWire.recordID(record, v["id"], v["conversation_id"], v["prompt_id"]),
                                     created: APIWire.recordTime(v), system: t.system, tools: APIWire.tools(v["tools"]),
                                     turns: t.turns, tags: tags, model: model)]
    }
}
