import ReplayCore

/// Anthropic Message Batches files: request lines `{custom_id, params}` (params are a Messages
/// request) and result lines `{custom_id, result: {type: succeeded|errored|canceled|expired,
/// message|error}}`, joined on `custom_id` in any order and across files. A request whose result is
/// errored, canceled or expired keeps its prompt with no reply and the tag `batch-errored`; a request
/// without a result is a pending reply; a result without its request is a problem at the end.
public struct AnthropicBatchReader: RecordReader, Sendable {
    public static let format = LogFormatID.anthropicBatch

    private var join = BatchJoin()
    /// Problems found at the end that could not be thrown because `finish()` also had conversations
    /// to give (results without their requests).
    public private(set) var deferredProblems: [RecordProblem] = []

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object(let o) = first, o["custom_id"] != nil else { return 0 }
        if o["params"] != nil { return 3 }
        if let result = o["result"], result["type"] != nil { return 3 }
        if o["result"] != nil { return 2 }
        return 1
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        let f = APIField(record)
        let v = record.value
        guard case .object = v else { throw f.problem("expected a batch line object ({custom_id, params} or {custom_id, result}), found \(APIWire.kind(v))") }
        guard let customID = v["custom_id"]?.stringValue else {
            throw f.child("custom_id").problem("expected the line's custom_id as a string, found \(APIWire.kind(v["custom_id"]))")
        }
        if let params = v["params"] {
            guard case .object = params else { throw f.child("params").problem("expected the request params as an object, found \(APIWire.kind(params))") }
            var conversation = try AnthropicMessagesReader.conversation(params, record: record, at: f.child("params"), format: Self.format, id: customID)
            conversation.pendingReply = true
            return try join.request(customID, conversation, at: f)
        }
        if let result = v["result"] {
            return try join.result(customID, try Self.reply(result, at: f.child("result")), record: record, at: f)
        }
        throw f.problem("expected a batch request line ({custom_id, params}) or a result line ({custom_id, result})")
    }

    static func reply(_ result: JSONValue, at f: APIField) throws(RecordProblem) -> APIReply {
        guard let type = result["type"]?.stringValue else {
            throw f.child("type").problem("expected the result type (succeeded, errored, canceled or expired), found \(APIWire.kind(result["type"]))")
        }
        switch type {
        case "succeeded":
            guard let message = result["message"], case .object = message else {
                throw f.child("message").problem("expected the succeeded result's message as an object, found \(APIWire.kind(result["message"]))")
            }
            return try AnthropicWire.message(message, at: f.child("message"))
        case "errored", "canceled", "expired":
            return APIReply(errored: true)
        default:
            throw f.child("type").problem("unknown result type '\(type)': expected succeeded, errored, canceled or expired")
        }
    }

    public mutating func finish() throws(RecordProblem) -> [ImportedConversation] {
        let (conversations, problem) = join.finish()
        if let problem {
            if conversations.isEmpty { throw problem }
            deferredProblems.append(problem)
        }
        return conversations
    }
}
