import ReplayCore

/// Anthropic Messages API logs: request bodies (`{model, max_tokens, system, messages, tools}`) or
/// request/response pairs (`{request, response}`), the response as a message object or its SSE
/// stream. User messages of `tool_result` blocks are tool results, not human turns; thinking is
/// dropped. Request-only records are pending replies.
public struct AnthropicMessagesReader: RecordReader, Sendable {
    public static let format = LogFormatID.anthropicMessages

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object = first else { return 0 }
        let (request, _, response, _) = APIWire.split(first)
        return AnthropicWire.score(request: request, response: response)
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        [try Self.conversation(record.value, record: record, at: APIField(record), format: Self.format)]
    }

    /// One request (with its response when the log has it) as a conversation; `id` and `reply`
    /// come from elsewhere for batches.
    static func conversation(_ value: JSONValue, record: LogRecord, at root: APIField, format: LogFormatID, id: String? = nil,
                             reply external: APIReply? = nil, tags: [String] = []) throws(RecordProblem) -> ImportedConversation
    {
        guard case .object = value else { throw root.problem("expected a Messages request object, found \(APIWire.kind(value))") }
        let (request, requestKey, response, responseKey) = APIWire.split(value)
        let rf = requestKey.isEmpty ? root : root.child(requestKey)
        var transcript = APITranscript()
        if let system = AnthropicWire.system(request["system"]) { transcript.addSystem(system) }
        try AnthropicWire.readMessages(request["messages"], at: rf.child("messages"), into: &transcript)
        var reply = external
        if reply == nil, let response { reply = try AnthropicWire.reply(response, at: root.child(responseKey)) }
        return APIWire.conversation(
            format, record,
            id: id ?? APIWire.recordID(record, value["id"], value["custom_id"], reply?.id.map(JSONValue.string)),
            model: APIWire.string(request, "model") ?? reply?.model,
            created: APIWire.recordTime(value),
            transcript: transcript, tools: APIWire.tools(request["tools"]), parameters: AnthropicWire.parameters(request),
            reply: reply, tags: tags)
    }
}
