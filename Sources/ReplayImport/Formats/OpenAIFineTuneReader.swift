import ReplayCore

/// OpenAI fine-tuning JSONL: supervised lines `{messages, tools?, functions?, parallel_tool_calls?}`
/// (assistant messages may carry `weight`, which is ignored) and preference lines `{input: {messages,
/// tools}, preferred_output: [...]}` (the preferred output is the reply). Dataset lines are complete
/// conversations: never pending.
public struct OpenAIFineTuneReader: RecordReader, Sendable {
    public static let format = LogFormatID.openaiFineTune

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object(let o) = first else { return 0 }
        if let input = o["input"], OpenAIChatWire.isMessageList(input["messages"]), o["preferred_output"] != nil { return 3 }
        guard OpenAIChatWire.isMessageList(o["messages"]), o["model"] == nil, o["response"] == nil, o["choices"] == nil else { return 0 }
        if o["tools"] != nil || o["functions"] != nil || o["parallel_tool_calls"] != nil { return 2 }
        let messages = o["messages"]?.arrayValue ?? []
        if messages.contains(where: { $0["weight"] != nil }) { return 2 }
        if messages.contains(where: { $0["tool_calls"] != nil || $0["role"]?.stringValue == "tool" || $0["function_call"] != nil }) { return 2 }
        return 1
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        let f = APIField(record)
        let v = record.value
        guard case .object = v else { throw f.problem("expected a training example object ({messages}), found \(APIWire.kind(v))") }
        var t = APITranscript()
        let body: JSONValue
        if let input = v["input"], v["messages"] == nil {
            body = input
            try OpenAIChatWire.readMessages(input["messages"], at: f.child("input.messages"), into: &t)
            if let preferred = v["preferred_output"] {
                guard let outputs = preferred.arrayValue else {
                    throw f.child("preferred_output").problem("expected the preferred output as a list of messages, found \(APIWire.kind(preferred))")
                }
                for (i, m) in outputs.enumerated() {
                    var reply = APITranscript()
                    try OpenAIChatWire.readMessage(m, at: f.child("preferred_output").index(i), into: &reply)
                    for turn in reply.turns { t.add(turn, keepEmpty: true) }
                }
            }
        } else {
            body = v
            try OpenAIChatWire.readMessages(v["messages"], at: f.child("messages"), into: &t)
        }
        return [ImportedConversation(format: Self.format, file: record.file, location: record.location,
                                     id: APIWire.recordID(record, v["id"]), system: t.system, tools: OpenAIChatWire.tools(body),
                                     turns: t.turns)]
    }
}
