import ReplayCore

/// OpenAI Batch API files: input lines `{custom_id, method, url, body}` (chat completions,
/// responses or legacy completions; embeddings and moderations hold no conversation and are
/// skipped) and output/error lines `{id, custom_id, response: {status_code, body}, error}`, joined on
/// `custom_id` in any order and across files. A failed request (an `error`, a status of 400 or more)
/// keeps its prompt with no reply and the tag `batch-errored`; a request without a result is a
/// pending reply; a result without its request is a problem at the end of the import.
public struct OpenAIBatchReader: RecordReader, Sendable {
    public static let format = LogFormatID.openaiBatch

    private var join = BatchJoin()
    /// Problems found at the end that could not be thrown because `finish()` also had conversations
    /// to give (results without their requests).
    public private(set) var deferredProblems: [RecordProblem] = []

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object(let o) = first, o["custom_id"] != nil else { return 0 }
        if o["body"] != nil, o["url"] != nil || o["method"] != nil { return 3 }
        if o["response"] != nil, o["error"] != nil || o["response"]?["status_code"] != nil { return 3 }
        if o["id"]?.stringValue?.hasPrefix("batch_req") == true { return 3 }
        if o["body"] != nil || o["response"] != nil { return 2 }
        return 1
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        let f = APIField(record)
        let v = record.value
        guard case .object = v else { throw f.problem("expected a batch line object ({custom_id, method, url, body} or {custom_id, response, error}), found \(APIWire.kind(v))") }
        guard let customID = v["custom_id"]?.stringValue ?? v["custom_id"]?.intValue.map(String.init) else {
            throw f.child("custom_id").problem("expected the line's custom_id as a string, found \(APIWire.kind(v["custom_id"]))")
        }
        if v["body"] != nil || v["url"] != nil || v["method"] != nil {
            return try readRequest(v, customID: customID, record: record, at: f)
        }
        if v["response"] != nil || v["error"] != nil {
            if join.isIgnored(customID) { return [] }
            let body = v["response"]?["body"]
            if body?["object"]?.stringValue == "list" || body?["results"] != nil {
                // An embeddings or moderations result.
                join.ignore(customID)
                return []
            }
            let reply = try Self.reply(v, at: f)
            return try join.result(customID, reply, record: record, at: f)
        }
        throw f.problem("expected a batch input line (custom_id with method, url and body) or an output line (custom_id with response and error)")
    }

    private mutating func readRequest(_ v: JSONValue, customID: String, record: LogRecord, at f: APIField) throws(RecordProblem) -> [ImportedConversation] {
        let body = v["body"] ?? .null
        guard case .object = body else { throw f.child("body").problem("expected the request body as an object, found \(APIWire.kind(v["body"]))") }
        let url = v["url"]?.stringValue ?? ""
        let conversation: ImportedConversation
        if url.hasSuffix("/chat/completions") || (url.isEmpty && body["messages"] != nil) {
            conversation = try OpenAIChatReader.conversation(body, record: record, at: f.child("body"), format: Self.format, id: customID)
        } else if url.hasSuffix("/responses") || (url.isEmpty && body["input"] != nil && body["model"] != nil) {
            conversation = try OpenAIResponsesReader.conversation(body, record: record, at: f.child("body"), format: Self.format, id: customID)
        } else if url.hasSuffix("/completions") {
            conversation = try Self.legacyCompletion(body, customID: customID, record: record, at: f.child("body"))
        } else if url.hasSuffix("/embeddings") || url.hasSuffix("/moderations") {
            join.ignore(customID)
            return []
        } else {
            throw f.child("url").problem("unsupported batch endpoint '\(url)': expected /v1/chat/completions, /v1/responses or /v1/completions")
        }
        var pending = conversation
        pending.pendingReply = true
        return try join.request(customID, pending, at: f)
    }

    /// `/v1/completions`: the prompt is the human turn.
    static func legacyCompletion(_ body: JSONValue, customID: String, record: LogRecord, at f: APIField) throws(RecordProblem) -> ImportedConversation {
        let prompt: String
        switch body["prompt"] {
        case .string(let s)?: prompt = s
        case .array(let a)? where a.first?.stringValue != nil: prompt = a.first?.stringValue ?? ""
        default: throw f.child("prompt").problem("expected the completion prompt as a string, found \(APIWire.kind(body["prompt"]))")
        }
        var t = APITranscript()
        t.add(Turn(origin: .human, content: .string(prompt)))
        return APIWire.conversation(Self.format, record, id: customID, model: APIWire.string(body, "model"), created: nil, transcript: t,
                                    tools: [], parameters: OpenAIChatWire.parameters(body), reply: nil)
    }

    /// An output or error line's reply.
    static func reply(_ v: JSONValue, at f: APIField) throws(RecordProblem) -> APIReply {
        if let error = v["error"], !error.isNull { return APIReply(errored: true) }
        guard let response = v["response"], case .object = response else { return APIReply(errored: true) }
        if let status = response["status_code"]?.intValue, status >= 400 { return APIReply(errored: true) }
        let (body, _) = APIWire.unwrapBody(response["body"] ?? .null)
        let g = f.child("response.body")
        if body["object"]?.stringValue == "response" || body["output"] != nil { return try ResponsesWire.reply(body, at: g) }
        if case .object = body, body["error"].map({ !$0.isNull }) ?? false, body["choices"] == nil { return APIReply(errored: true) }
        return try OpenAIChatWire.reply(body, at: g)
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
