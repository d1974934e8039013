import ReplayCore

/// ShareGPT JSON/JSONL (FastChat, LLaMA-Factory): `{id?, system?, tools?, conversations: [{from,
/// value}]}`. `from`: human/user, gpt/assistant (and other model names), system, `function_call`
/// (JSON `{name, arguments}` or a list of them: the assistant's tool calls), `observation`/`tool`/
/// `function` (tool results). Tool calls have no ids in this format; results get the called tool's
/// name. `<image>` placeholders stay in the text (the `images` paths are not read).
public struct ShareGPTReader: RecordReader, Sendable {
    public static let format = LogFormatID.sharegpt

    static let keys = ["conversations", "conversation", "messages", "items"]

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object(let o) = first else { return 0 }
        for key in keys {
            guard let list = o[key]?.arrayValue, let item = list.first else { continue }
            if item["from"] != nil, item["value"] != nil { return key == "conversations" ? 3 : 2 }
        }
        if o["conversations"]?.arrayValue?.isEmpty == true { return 1 }
        return 0
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        let f = APIField(record)
        let v = record.value
        guard case .object = v else { throw f.problem("expected a conversation object ({conversations: [{from, value}]}), found \(APIWire.kind(v))") }
        let key = Self.keys.first(where: { v[$0]?.arrayValue?.first?["from"] != nil }) ?? "conversations"
        guard let items = v[key]?.arrayValue else {
            throw f.child(key).problem("expected a list of {from, value} messages, found \(APIWire.kind(v[key]))")
        }
        guard !items.isEmpty else { throw f.child(key).problem("the conversation is empty") }
        var t = APITranscript()
        if let system = v["system"]?.stringValue, !system.isEmpty { t.addSystem(system) }
        var lastCallName: String?
        for (i, item) in items.enumerated() {
            let g = f.child(key).index(i)
            guard case .object = item else { throw g.problem("expected a {from, value} message, found \(APIWire.kind(item))") }
            guard let from = item["from"]?.stringValue else {
                throw g.child("from").problem("expected who wrote the message (human, gpt, system, function_call, observation) as a string, found \(APIWire.kind(item["from"]))")
            }
            guard let value = item["value"]?.stringValue else {
                throw g.child("value").problem("expected the message text as a string, found \(APIWire.kind(item["value"]))")
            }
            switch from.lowercased() {
            case "human", "user":
                t.add(Turn(origin: .human, content: .string(value)))
            case "gpt", "assistant", "chatgpt", "bard", "bing", "model", "claude", "bot":
                t.add(Turn(origin: .assistant, content: .string(value)))
            case "system":
                t.addSystem(value)
            case "function_call", "tool_call", "tool_calls":
                let calls = try Self.calls(value, at: g.child("value"))
                lastCallName = calls.last?.name
                t.addToolCalls(calls)
            case "observation", "tool", "function", "function_response", "tool_response", "ipython":
                t.add(Turn(origin: .toolResult, content: .string(value), name: lastCallName))
            default:
                throw g.child("from").problem("unknown speaker '\(from)': expected human, gpt, system, function_call or observation")
            }
        }
        return [ImportedConversation(format: Self.format, file: record.file, location: record.location,
                                     id: APIWire.recordID(record, v["id"]), system: t.system, tools: APIWire.tools(v["tools"]),
                                     turns: t.turns)]
    }

    /// A `function_call` value: `{name, arguments}` or a list of them, as JSON text.
    static func calls(_ value: String, at f: APIField) throws(RecordProblem) -> [ToolCall] {
        guard let parsed = APIWire.parseJSON(value) else {
            throw f.problem("expected the function call as JSON text ({\"name\", \"arguments\"}), found text that is not JSON")
        }
        let list = parsed.arrayValue ?? [parsed]
        var calls: [ToolCall] = []
        for item in list {
            let fn = item["function"] ?? item
            guard let name = APIWire.string(fn, "name") else {
                throw f.problem("expected the function call's name in its JSON ({\"name\", \"arguments\"})")
            }
            calls.append(ToolCall(id: APIWire.string(item, "id"), name: name, arguments: APIWire.arguments(fn["arguments"] ?? fn["parameters"])))
        }
        return calls
    }
}
