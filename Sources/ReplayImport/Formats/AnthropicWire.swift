import ReplayCore

/// The Anthropic Messages wire format, shared by the Messages and Message Batches readers.
enum AnthropicWire {
    /// Block types that only Anthropic content uses.
    static let ownBlockTypes: Set<String> = [
        "tool_use", "tool_result", "thinking", "redacted_thinking", "server_tool_use", "web_search_tool_result",
        "search_result", "mcp_tool_use", "mcp_tool_result", "container_upload", "code_execution_tool_result",
        "web_fetch_tool_result",
    ]

    /// Reads a request's `messages` into a transcript.
    static func readMessages(_ v: JSONValue?, at f: APIField, into t: inout APITranscript) throws(RecordProblem) {
        guard let v, case .array(let messages) = v else {
            throw f.problem("expected a list of messages ({role, content}), found \(APIWire.kind(v))")
        }
        guard !messages.isEmpty else { throw f.problem("the messages list is empty") }
        for (i, m) in messages.enumerated() {
            let g = f.index(i)
            guard case .object = m else { throw g.problem("expected a message object ({role, content}), found \(APIWire.kind(m))") }
            guard let role = m["role"]?.stringValue else {
                throw g.child("role").problem("expected the message's role (user or assistant) as a string, found \(APIWire.kind(m["role"]))")
            }
            let content = m["content"]
            switch content {
            case .string?, .array?: break
            default: throw g.child("content").problem("expected content as a string or a list of blocks, found \(APIWire.kind(content))")
            }
            switch role {
            case "user": try readUser(content ?? "", at: g.child("content"), into: &t)
            case "assistant": t.add(try assistantTurn(content ?? "", at: g.child("content"), model: nil))
            case "system": t.addSystem(APIWire.text(content))
            default: throw g.child("role").problem("unknown role '\(role)': expected user or assistant")
            }
        }
    }

    /// A user message: each `tool_result` block is a tool-result turn; the other blocks (text,
    /// images, documents) are the human turn after them.
    static func readUser(_ content: JSONValue, at f: APIField, into t: inout APITranscript) throws(RecordProblem) {
        guard case .array(let blocks) = content else {
            t.add(Turn(origin: .human, content: APIWire.content(content)))
            return
        }
        var rest: [JSONValue] = []
        for (i, block) in blocks.enumerated() {
            if block["type"]?.stringValue == "tool_result" {
                guard let id = APIWire.string(block, "tool_use_id") else {
                    throw f.index(i).child("tool_use_id").problem("expected the id of the tool_use this result answers, as a string")
                }
                t.add(Turn(origin: .toolResult, content: APIWire.content(block["content"]), toolCallID: id))
            } else {
                rest.append(block)
            }
        }
        if !rest.isEmpty || blocks.isEmpty {
            let body = APIWire.content(.array(rest))
            if !APIWire.isEmpty(body) || blocks.isEmpty { t.add(Turn(origin: .human, content: body)) }
        }
    }

    /// An assistant message: text blocks joined (citations split one answer into several), `tool_use`
    /// blocks as tool calls, thinking dropped, server tool use kept as a part without its results.
    static func assistantTurn(_ content: JSONValue, at f: APIField, model: String?) throws(RecordProblem) -> Turn {
        guard case .array(let blocks) = content else {
            return Turn(origin: .assistant, content: APIWire.content(content), model: model)
        }
        var text = ""
        var parts: [JSONValue] = []
        var calls: [ToolCall] = []
        // Adjacent text blocks are one text (citations split it); text on both sides of a tool call
        // or of thinking is two paragraphs.
        var paragraphBreak = false
        func flushText() {
            if !text.isEmpty { parts.append(APIWire.textPart(text)); text = "" }
            paragraphBreak = false
        }
        for (i, block) in blocks.enumerated() {
            let type = block["type"]?.stringValue ?? ""
            switch type {
            case "text":
                let piece = block["text"]?.stringValue ?? ""
                if paragraphBreak, !text.allSatisfy(\.isWhitespace), !piece.isEmpty { text += "\n\n" }
                if !piece.isEmpty { paragraphBreak = false }
                text += piece
            case "tool_use":
                paragraphBreak = true
                guard let name = APIWire.string(block, "name") else {
                    throw f.index(i).child("name").problem("expected the tool_use block's tool name as a string")
                }
                calls.append(ToolCall(id: APIWire.string(block, "id"), name: name, arguments: APIWire.arguments(block["input"])))
            case "thinking", "redacted_thinking":
                paragraphBreak = true
            case "server_tool_use", "mcp_tool_use":
                flushText()
                var part: [String: JSONValue] = ["type": .string(type), "name": block["name"] ?? ""]
                if let id = block["id"] { part["id"] = id }
                if let input = block["input"] { part["input"] = APIWire.scrubbed(input) }
                parts.append(.object(part))
            case _ where type.hasSuffix("_tool_result"):
                continue
            default:
                flushText()
                parts.append(APIWire.part(block))
            }
        }
        flushText()
        var body = APIWire.collapse(parts)
        if calls.isEmpty == false, case .string(let s) = body, s.allSatisfy(\.isWhitespace) { body = "" }
        return Turn(origin: .assistant, content: body, toolCalls: calls, model: model)
    }

    /// The `system` prompt: a string or text blocks.
    static func system(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?: return s.isEmpty ? nil : s
        case .array(let blocks)?:
            let texts = blocks.compactMap { $0.stringValue ?? $0["text"]?.stringValue }
            return texts.isEmpty ? nil : texts.joined(separator: "\n\n")
        default: return nil
        }
    }

    static func parameters(_ body: JSONValue) -> SamplingParameters {
        APIWire.parameters(body, maxTokenKeys: ["max_tokens"], stopKeys: ["stop_sequences"])
    }

    // MARK: - Responses

    /// A logged response: a message object, its SSE stream (text or a list of events), an error, or
    /// a `{status_code, body}` wrapper of those.
    static func reply(_ raw: JSONValue, at f: APIField) throws(RecordProblem) -> APIReply {
        let (body, status) = APIWire.unwrapBody(raw)
        if let status, status >= 400 { return APIReply(errored: true) }
        switch body {
        case .string(let s):
            guard APIWire.isSSE(s) else { throw f.problem("expected the response as a message object or an SSE stream, found text") }
            return try reassemble(APIWire.sseEvents(s), at: f)
        case .array(let events):
            return try reassemble(events, at: f)
        case .object:
            if body["type"]?.stringValue == "error" || (body["error"].map { !$0.isNull } ?? false) && body["content"] == nil {
                return APIReply(id: APIWire.string(body, "id"), errored: true)
            }
            return try message(body, at: f)
        default:
            throw f.problem("expected the response as a message object or an SSE stream, found \(APIWire.kind(body))")
        }
    }

    /// A response `message` object.
    static func message(_ body: JSONValue, at f: APIField) throws(RecordProblem) -> APIReply {
        guard let content = body["content"], content.arrayValue != nil || content.stringValue != nil else {
            throw f.child("content").problem("expected the response message's content as a list of blocks, found \(APIWire.kind(body["content"]))")
        }
        let model = APIWire.string(body, "model")
        let turn = try assistantTurn(content, at: f.child("content"), model: model)
        return APIReply(turns: [turn], id: APIWire.string(body, "id"), model: model)
    }

    /// A streamed message put back together from its events (`message_start`, `content_block_start`,
    /// `content_block_delta` of text and tool input JSON).
    static func reassemble(_ events: [JSONValue], at f: APIField) throws(RecordProblem) -> APIReply {
        var base: JSONValue?
        var blocks: [Int: JSONValue] = [:]
        var partialJSON: [Int: String] = [:]
        var order: [Int] = []
        var errored = false
        for event in events {
            switch event["type"]?.stringValue {
            case "message_start": base = event["message"]
            case "content_block_start":
                guard let index = event["index"]?.intValue, let block = event["content_block"], case .object = block else { continue }
                if blocks[index] == nil { order.append(index) }
                blocks[index] = block
            case "content_block_delta":
                guard let index = event["index"]?.intValue, case .object(var block)? = blocks[index], let delta = event["delta"] else { continue }
                switch delta["type"]?.stringValue {
                case "text_delta": block["text"] = .string((block["text"]?.stringValue ?? "") + (delta["text"]?.stringValue ?? ""))
                case "input_json_delta": partialJSON[index, default: ""] += delta["partial_json"]?.stringValue ?? ""
                default: break
                }
                blocks[index] = .object(block)
            case "error": errored = true
            default: continue
            }
        }
        guard let base, case .object(var message) = base else {
            if errored { return APIReply(errored: true) }
            throw f.problem("the streamed response has no message_start event")
        }
        var content: [JSONValue] = []
        for index in order {
            guard case .object(var block)? = blocks[index] else { continue }
            if let json = partialJSON[index], !json.isEmpty { block["input"] = APIWire.arguments(.string(json)) }
            content.append(.object(block))
        }
        message["content"] = .array(content)
        return try self.message(.object(message), at: f)
    }

    // MARK: - Recognition

    /// Signs that a request body is an Anthropic Messages request.
    static func hasAnthropicSigns(_ body: JSONValue) -> Bool {
        if body["system"] != nil || body["stop_sequences"] != nil || body["anthropic_version"] != nil || body["top_k"] != nil { return true }
        if let thinking = body["thinking"], thinking["budget_tokens"] != nil || thinking["type"] != nil { return true }
        if let tools = body["tools"]?.arrayValue, tools.contains(where: { $0["input_schema"] != nil }) { return true }
        for m in body["messages"]?.arrayValue ?? [] {
            for block in m["content"]?.arrayValue ?? [] {
                guard let type = block["type"]?.stringValue else { continue }
                if ownBlockTypes.contains(type) { return true }
                if (type == "image" || type == "document"), block["source"] != nil { return true }
                if block["cache_control"] != nil { return true }
            }
        }
        return false
    }

    /// Whether a logged response is an Anthropic message (or its stream).
    static func isMessageResponse(_ raw: JSONValue) -> Bool {
        let body = APIWire.unwrapBody(raw).body
        if body["type"]?.stringValue == "message", body["content"]?.arrayValue != nil { return true }
        if let s = body.stringValue, s.contains("message_start") { return true }
        if body.arrayValue?.first?["type"]?.stringValue == "message_start" { return true }
        return false
    }

    /// Score for a Messages request (or pair) body.
    static func score(request: JSONValue, response: JSONValue?) -> Int {
        guard let messages = request["messages"]?.arrayValue, messages.first?["role"] != nil || messages.isEmpty else { return 0 }
        if let response, isMessageResponse(response) { return 3 }
        if OpenAIChatWire.hasOpenAISigns(request) { return 0 }
        if hasAnthropicSigns(request) { return 3 }
        guard request["max_tokens"] != nil else { return 1 }
        if let model = request["model"]?.stringValue, model.hasPrefix("claude") || model.contains("anthropic") { return 3 }
        return 2
    }
}
