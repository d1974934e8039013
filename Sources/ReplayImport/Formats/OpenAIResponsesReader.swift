import ReplayCore

/// OpenAI Responses API logs: request bodies (`{model, input, instructions, tools, ...}`) or
/// request/response pairs whose response is a `response` object (its `output` items) or its SSE
/// stream. Input items: messages, `function_call`/`function_call_output` (and the other client tool
/// calls and their outputs), server tool calls (kept as parts of the assistant turn), reasoning
/// (dropped). Request-only records are pending replies.
public struct OpenAIResponsesReader: RecordReader, Sendable {
    public static let format = LogFormatID.openaiResponses

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object = first else { return 0 }
        let (request, _, response, _) = APIWire.split(first)
        if let response, ResponsesWire.isResponse(response) { return request["input"] != nil ? 3 : 2 }
        if request["output"]?.arrayValue != nil, request["input"] != nil { return 3 }
        guard let input = request["input"] else { return 0 }
        switch input {
        case .string: break
        case .array(let items):
            guard let item = items.first, case .object = item else { return items.isEmpty ? 1 : 0 }
            if item["role"] == nil, item["type"] == nil { return 0 }
            if items.contains(where: { ResponsesWire.ownItemTypes.contains($0["type"]?.stringValue ?? "") }) { return 3 }
            if items.contains(where: { ($0["content"]?.arrayValue ?? []).contains { ["input_text", "output_text", "input_image", "input_file"].contains($0["type"]?.stringValue ?? "") } }) {
                return 3
            }
        default: return 0
        }
        for key in ["instructions", "max_output_tokens", "previous_response_id", "reasoning", "text", "truncation", "store"] where request[key] != nil {
            return 3
        }
        if let tools = request["tools"]?.arrayValue, tools.contains(where: { $0["name"] != nil && $0["function"] == nil && $0["input_schema"] == nil }) {
            return 3
        }
        return request["model"] != nil ? 2 : 1
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        [try Self.conversation(record.value, record: record, at: APIField(record), format: Self.format)]
    }

    static func conversation(_ value: JSONValue, record: LogRecord, at root: APIField, format: LogFormatID, id: String? = nil,
                             reply external: APIReply? = nil, tags: [String] = []) throws(RecordProblem) -> ImportedConversation
    {
        guard case .object = value else { throw root.problem("expected a Responses request object, found \(APIWire.kind(value))") }
        var (request, requestKey, response, responseKey) = APIWire.split(value)
        if response == nil, request["output"]?.arrayValue != nil {
            response = request
            responseKey = requestKey
        }
        let rf = requestKey.isEmpty ? root : root.child(requestKey)
        guard request["input"] != nil else {
            if request["object"]?.stringValue == "response" || request["output"] != nil {
                throw rf.child("input").problem("a response without its request: the log has no input (prompt) to replay")
            }
            throw rf.child("input").problem("expected the request's input as a string or a list of items, found nothing")
        }
        var transcript = APITranscript()
        if let instructions = ResponsesWire.instructions(request["instructions"]) { transcript.addSystem(instructions) }
        try ResponsesWire.readInput(request["input"], at: rf.child("input"), into: &transcript)
        var reply = external
        if reply == nil, let response { reply = try ResponsesWire.reply(response, at: responseKey == requestKey ? rf : root.child(responseKey)) }
        var tags = tags
        if APIWire.string(request, "previous_response_id") != nil { tags.append("continues-previous-response") }
        return APIWire.conversation(
            format, record,
            id: id ?? APIWire.recordID(record, value["id"], value["custom_id"], reply?.id.map(JSONValue.string)),
            model: APIWire.string(request, "model") ?? reply?.model,
            created: APIWire.recordTime(value) ?? reply?.created,
            transcript: transcript, tools: APIWire.tools(request["tools"]),
            parameters: APIWire.parameters(request, maxTokenKeys: ["max_output_tokens", "max_tokens"], stopKeys: ["stop"]),
            reply: reply, tags: tags)
    }
}

/// The Responses API wire format: input and output items, response objects and their streams.
enum ResponsesWire {
    static let ownItemTypes: Set<String> = [
        "function_call", "function_call_output", "reasoning", "item_reference", "custom_tool_call", "custom_tool_call_output",
        "web_search_call", "file_search_call", "computer_call", "computer_call_output", "code_interpreter_call",
        "local_shell_call", "local_shell_call_output", "image_generation_call", "mcp_call", "message",
    ]

    static func instructions(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?: return s.isEmpty ? nil : s
        case .array(let items)?:
            let texts = items.map { APIWire.text($0["content"] ?? $0) }.filter { !$0.isEmpty }
            return texts.isEmpty ? nil : texts.joined(separator: "\n\n")
        default: return nil
        }
    }

    static func readInput(_ v: JSONValue?, at f: APIField, into t: inout APITranscript) throws(RecordProblem) {
        switch v {
        case .string(let s)?:
            t.add(Turn(origin: .human, content: .string(s)))
        case .array(let items)?:
            guard !items.isEmpty else { throw f.problem("the input list is empty") }
            for (i, item) in items.enumerated() { try readItem(item, at: f.index(i), into: &t, model: nil) }
        default:
            throw f.problem("expected the input as a string or a list of items, found \(APIWire.kind(v))")
        }
    }

    /// One input or output item.
    static func readItem(_ item: JSONValue, at f: APIField, into t: inout APITranscript, model: String?) throws(RecordProblem) {
        guard case .object = item else { throw f.problem("expected an input item object, found \(APIWire.kind(item))") }
        let type = item["type"]?.stringValue ?? (item["role"] != nil ? "message" : "")
        switch type {
        case "message":
            guard let role = item["role"]?.stringValue else {
                throw f.child("role").problem("expected the message's role as a string, found \(APIWire.kind(item["role"]))")
            }
            let content = item["content"]
            switch content {
            case .string?, .array?: break
            default: throw f.child("content").problem("expected content as a string or a list of parts, found \(APIWire.kind(content))")
            }
            switch role {
            case "user": t.add(Turn(origin: .human, content: APIWire.content(content)))
            case "system", "developer": t.addSystem(APIWire.text(content))
            case "assistant": appendAssistant(content: APIWire.content(content), into: &t, model: model)
            default: throw f.child("role").problem("unknown role '\(role)': expected user, assistant, system or developer")
            }
        case "reasoning", "item_reference", "mcp_list_tools", "mcp_approval_request", "mcp_approval_response", "compaction":
            return
        case "function_call", "custom_tool_call":
            guard let name = APIWire.string(item, "name") else {
                throw f.child("name").problem("expected the called function's name as a string, found \(APIWire.kind(item["name"]))")
            }
            let id = APIWire.string(item, "call_id") ?? APIWire.string(item, "id")
            let arguments = type == "custom_tool_call" ? (item["input"] ?? "") : APIWire.arguments(item["arguments"])
            t.addToolCalls([ToolCall(id: id, name: name, arguments: arguments)], model: model)
        case _ where type.hasSuffix("_call_output"):
            guard let id = APIWire.string(item, "call_id") ?? APIWire.string(item, "id") else {
                throw f.child("call_id").problem("expected the id of the call this output answers, as a string")
            }
            let output = item["output"]
            let body: JSONValue
            switch output {
            case .string?, .array?: body = APIWire.content(output)
            case .object?: body = APIWire.content(.array([output ?? .null]))
            case nil, .null?: body = ""
            default: body = output ?? ""
            }
            t.add(Turn(origin: .toolResult, content: body, toolCallID: id))
        case _ where type.hasSuffix("_call"):
            let name = APIWire.string(item, "name") ?? String(type.dropLast(5))
            if let callID = APIWire.string(item, "call_id") {
                let arguments = APIWire.first(item, "action", "arguments", "input").map { APIWire.arguments($0) } ?? .object([:])
                t.addToolCalls([ToolCall(id: callID, name: name, arguments: arguments)], model: model)
            } else {
                // Run by the provider: the model's call, kept as a part; its results are left out.
                var part: [String: JSONValue] = ["type": "server_tool_call", "name": .string(name)]
                if let id = item["id"] { part["id"] = id }
                if let args = APIWire.first(item, "action", "arguments", "code", "input") { part["arguments"] = APIWire.scrubbed(args) }
                appendAssistant(content: .array([.object(part)]), into: &t, model: model)
            }
        default:
            return
        }
    }

    /// Adds assistant content to the last turn when it is the assistant's (one response's output
    /// items), else as a new turn.
    static func appendAssistant(content: JSONValue, into t: inout APITranscript, model: String?) {
        guard let last = t.turns.indices.last, t.turns[last].origin == .assistant else {
            t.add(Turn(origin: .assistant, content: content, model: model), keepEmpty: true)
            return
        }
        let old = t.turns[last].content
        if APIWire.isEmpty(old) { t.turns[last].content = content; return }
        if APIWire.isEmpty(content) { return }
        func parts(_ v: JSONValue) -> [JSONValue] {
            if case .array(let a) = v { return a }
            if case .string(let s) = v { return [APIWire.textPart(s)] }
            return [v]
        }
        if case .string(let a) = old, case .string(let b) = content {
            t.turns[last].content = .string(a + "\n\n" + b)
        } else {
            t.turns[last].content = .array(parts(old) + parts(content))
        }
    }

    // MARK: - Responses

    static func isResponse(_ raw: JSONValue) -> Bool {
        let body = APIWire.unwrapBody(raw).body
        if body["object"]?.stringValue == "response" || body["output"]?.arrayValue != nil { return true }
        if let s = body.stringValue, s.contains("response.created") || s.contains("response.completed") { return true }
        if let first = body.arrayValue?.first, first["type"]?.stringValue?.hasPrefix("response.") == true { return true }
        return false
    }

    static func reply(_ raw: JSONValue, at f: APIField) throws(RecordProblem) -> APIReply {
        let (body, status) = APIWire.unwrapBody(raw)
        if let status, status >= 400 { return APIReply(errored: true) }
        switch body {
        case .string(let s):
            guard APIWire.isSSE(s) else { throw f.problem("expected the response as a response object or an SSE stream, found text") }
            return try reassemble(APIWire.sseEvents(s), at: f)
        case .array(let events):
            return try reassemble(events, at: f)
        case .object:
            return try response(body, at: f)
        default:
            throw f.problem("expected the response as a response object or an SSE stream, found \(APIWire.kind(body))")
        }
    }

    /// A `response` object: its output items become the assistant's reply.
    static func response(_ body: JSONValue, at f: APIField) throws(RecordProblem) -> APIReply {
        let model = APIWire.string(body, "model")
        var reply = APIReply(id: APIWire.string(body, "id"), model: model, created: APIWire.isoTime(body["created_at"] ?? body["created"]))
        if body["status"]?.stringValue == "failed" || (body["error"].map { !$0.isNull } ?? false) && body["output"]?.arrayValue?.isEmpty != false {
            reply.errored = true
            return reply
        }
        guard let output = body["output"]?.arrayValue else {
            throw f.child("output").problem("expected the response's output as a list of items, found \(APIWire.kind(body["output"]))")
        }
        var t = APITranscript()
        for (i, item) in output.enumerated() {
            var item = item
            if case .object(var o) = item, o["type"] == nil, o["role"] == nil { o["role"] = "assistant"; item = .object(o) }
            try readItem(item, at: f.child("output").index(i), into: &t, model: model)
        }
        reply.turns = t.turns.isEmpty ? [Turn(origin: .assistant, content: "", model: model)] : t.turns
        return reply
    }

    /// A streamed response: the final `response` of `response.completed` (or `.incomplete`,
    /// `.failed`), else the items of `response.output_item.done` events.
    static func reassemble(_ events: [JSONValue], at f: APIField) throws(RecordProblem) -> APIReply {
        var final: JSONValue?
        var started: JSONValue?
        var items: [(Int, JSONValue)] = []
        var errored = false
        for event in events {
            switch event["type"]?.stringValue {
            case "response.completed", "response.incomplete", "response.done": final = event["response"]
            case "response.failed": errored = true; final = event["response"]
            case "response.created", "response.in_progress": started = event["response"] ?? started
            case "response.output_item.done":
                if let item = event["item"] { items.append((event["output_index"]?.intValue ?? items.count, item)) }
            case "error": errored = true
            default: continue
            }
        }
        if errored { return APIReply(id: APIWire.string(final ?? started, "id"), errored: true) }
        if let final, case .object(var o) = final {
            if o["output"]?.arrayValue?.isEmpty ?? true, !items.isEmpty { o["output"] = .array(items.sorted { $0.0 < $1.0 }.map(\.1)) }
            return try response(.object(o), at: f)
        }
        guard !items.isEmpty else { throw f.problem("the streamed response has no response.completed event and no output items") }
        var o = started?.objectValue ?? [:]
        o["output"] = .array(items.sorted { $0.0 < $1.0 }.map(\.1))
        o["error"] = nil
        o["status"] = nil
        return try response(.object(o), at: f)
    }
}
