import ReplayCore

/// OpenAI Chat Completions logs: request bodies (`{model, messages, tools, ...}`), request/response
/// pairs (`{request, response}`, `{request_body, response_body}`, or a body that also carries
/// `choices`), with the response as a `chat.completion`, its streamed chunks or a raw SSE body.
/// Request-only records are pending replies.
public struct OpenAIChatReader: RecordReader, Sendable {
    public static let format = LogFormatID.openaiChat

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object = first else { return 0 }
        let (request, _, response, _) = APIWire.split(first)
        guard OpenAIChatWire.isMessageList(request["messages"]) || request["messages"]?.arrayValue?.isEmpty == true else { return 0 }
        if AnthropicWire.hasAnthropicSigns(request) || (response.map(AnthropicWire.isMessageResponse) ?? false) { return 0 }
        let hasModel = request["model"] != nil
        var hasResponse = false
        if let response {
            let body = APIWire.unwrapBody(response).body
            if body["choices"] != nil || body.arrayValue?.first?["choices"] != nil { hasResponse = true }
            if let s = body.stringValue, s.contains("chat.completion") { hasResponse = true }
        }
        if request["choices"] != nil { hasResponse = true }
        if hasResponse { return 3 }
        guard hasModel else { return 1 }
        if OpenAIChatWire.hasOpenAISigns(request) { return 3 }
        if let model = request["model"]?.stringValue, ["gpt-", "o1", "o3", "o4", "chatgpt"].contains(where: { model.hasPrefix($0) }) { return 3 }
        return 2
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        [try Self.conversation(record.value, record: record, at: APIField(record), format: Self.format)]
    }

    /// One request (with its response when the log has it) as a conversation; `id` overrides the
    /// record's own id (batch `custom_id`), `reply` a response found elsewhere (batch output).
    static func conversation(_ value: JSONValue, record: LogRecord, at root: APIField, format: LogFormatID, id: String? = nil,
                             reply external: APIReply? = nil, tags: [String] = []) throws(RecordProblem) -> ImportedConversation
    {
        guard case .object = value else { throw root.problem("expected a chat request object, found \(APIWire.kind(value))") }
        let (request, requestKey, response, responseKey) = APIWire.split(value)
        let rf = requestKey.isEmpty ? root : root.child(requestKey)
        var transcript = APITranscript()
        try OpenAIChatWire.readMessages(request["messages"], at: rf.child("messages"), into: &transcript)
        var reply = external
        if reply == nil {
            if let response {
                reply = try OpenAIChatWire.reply(response, at: root.child(responseKey))
            } else if request["choices"] != nil {
                reply = try OpenAIChatWire.completion(request, at: rf)
            }
        }
        let model = APIWire.string(request, "model")
        return APIWire.conversation(
            format, record,
            id: id ?? APIWire.recordID(record, value["id"], value["custom_id"], reply?.id.map(JSONValue.string), request["id"]),
            model: model ?? reply?.model,
            created: APIWire.recordTime(value) ?? reply?.created,
            transcript: transcript, tools: OpenAIChatWire.tools(request), parameters: OpenAIChatWire.parameters(request),
            reply: reply, tags: tags)
    }
}
