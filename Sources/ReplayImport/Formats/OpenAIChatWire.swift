import ReplayCore

/// The OpenAI Chat Completions wire format, shared by the chat, batch, fine-tuning and Hugging Face
/// readers: `messages`, `tool_calls`, completions and their streamed chunks.
enum OpenAIChatWire {
    /// Reads a `messages` list into a transcript.
    static func readMessages(_ v: JSONValue?, at f: APIField, into t: inout APITranscript) throws(RecordProblem) {
        guard let v, case .array(let messages) = v else {
            throw f.problem("expected a list of messages ({role, content}), found \(APIWire.kind(v))")
        }
        guard !messages.isEmpty else { throw f.problem("the messages list is empty") }
        for (i, message) in messages.enumerated() {
            try readMessage(message, at: f.index(i), into: &t)
        }
    }

    static func readMessage(_ m: JSONValue, at f: APIField, into t: inout APITranscript) throws(RecordProblem) {
        guard case .object = m else { throw f.problem("expected a message object ({role, content}), found \(APIWire.kind(m))") }
        guard let role = m["role"]?.stringValue else {
            throw f.child("role").problem("expected the message's role as a string, found \(APIWire.kind(m["role"]))")
        }
        let content = m["content"]
        func checkContent(required: Bool) throws(RecordProblem) {
            switch content {
            case .string?, .array?: return
            case nil, .null?: if !required { return }
            default: break
            }
            throw f.child("content").problem("expected content as a string or a list of parts, found \(APIWire.kind(content))")
        }
        let created = APIWire.isoTime(m["created_at"] ?? m["timestamp"])
        switch role.lowercased() {
        case "system", "developer":
            try checkContent(required: true)
            t.addSystem(APIWire.text(content))
        case "user", "human":
            try checkContent(required: true)
            t.add(Turn(origin: .human, content: APIWire.content(content), created: created))
        case "assistant", "model", "gpt", "bot", "chatbot":
            try checkContent(required: false)
            var calls = try toolCalls(m["tool_calls"], at: f.child("tool_calls"))
            if let fc = m["function_call"], !fc.isNull {
                guard let name = APIWire.string(fc, "name") else {
                    throw f.child("function_call.name").problem("expected the called function's name as a string")
                }
                calls.append(ToolCall(name: name, arguments: APIWire.arguments(fc["arguments"])))
            }
            var body = APIWire.content(content)
            if APIWire.isEmpty(body), let refusal = APIWire.string(m, "refusal") { body = .string(refusal) }
            t.add(Turn(origin: .assistant, content: body, toolCalls: calls, model: APIWire.string(m, "model"), created: created))
        case "tool", "ipython", "observation", "tool_response", "function":
            try checkContent(required: false)
            let id = APIWire.string(m, "tool_call_id") ?? APIWire.string(m, "id")
            t.add(Turn(origin: .toolResult, content: APIWire.content(content), toolCallID: id, name: APIWire.string(m, "name"),
                       created: created))
        default:
            throw f.child("role").problem("unknown role '\(role)': expected system, developer, user, assistant, tool or function")
        }
    }

    /// `tool_calls` of an assistant message: `{id, type: function, function: {name, arguments}}`
    /// (arguments as JSON text or an object), or `{type: custom, custom: {name, input}}`.
    static func toolCalls(_ v: JSONValue?, at f: APIField) throws(RecordProblem) -> [ToolCall] {
        switch v {
        case nil, .null?: return []
        case .array(let items)?:
            var calls: [ToolCall] = []
            for (i, item) in items.enumerated() {
                let g = f.index(i)
                guard case .object = item else { throw g.problem("expected a tool call object, found \(APIWire.kind(item))") }
                let fn = item["function"] ?? item["custom"] ?? item
                guard let name = APIWire.string(fn, "name") else {
                    throw g.child(item["custom"] != nil ? "custom.name" : "function.name")
                        .problem("expected the called tool's name as a string, found \(APIWire.kind(fn["name"]))")
                }
                calls.append(ToolCall(id: APIWire.string(item, "id"), name: name, arguments: APIWire.arguments(fn["arguments"] ?? fn["input"])))
            }
            return calls
        default:
            throw f.problem("expected a list of tool calls, found \(APIWire.kind(v))")
        }
    }

    /// The request's sampling parameters.
    static func parameters(_ body: JSONValue) -> SamplingParameters {
        APIWire.parameters(body, maxTokenKeys: ["max_completion_tokens", "max_tokens"], stopKeys: ["stop"])
    }

    /// The request's tools (`tools`, else legacy `functions`).
    static func tools(_ body: JSONValue) -> [ToolDefinition] {
        let tools = APIWire.tools(body["tools"])
        return tools.isEmpty ? APIWire.tools(body["functions"]) : tools
    }

    // MARK: - Responses

    /// A logged response: a `chat.completion` object (choice 0 becomes the assistant turn), a list of
    /// `chat.completion.chunk` objects or an SSE body (reassembled), an error body, or a
    /// `{status_code, body}` wrapper of any of those.
    static func reply(_ raw: JSONValue, at f: APIField) throws(RecordProblem) -> APIReply {
        let (body, status) = APIWire.unwrapBody(raw)
        if let status, status >= 400 {
            return APIReply(id: APIWire.string(body, "id"), errored: true)
        }
        switch body {
        case .string(let s):
            guard APIWire.isSSE(s) else {
                throw f.problem("expected the response as a chat.completion object, its chunks or an SSE stream, found text")
            }
            return try reassemble(APIWire.sseEvents(s), at: f)
        case .array(let chunks):
            return try reassemble(chunks, at: f)
        case .object:
            if body["object"]?.stringValue == "chat.completion.chunk" { return try reassemble([body], at: f) }
            if let error = body["error"], !error.isNull, body["choices"] == nil {
                return APIReply(id: APIWire.string(body, "id"), errored: true)
            }
            return try completion(body, at: f)
        default:
            throw f.problem("expected the response as a chat.completion object, its chunks or an SSE stream, found \(APIWire.kind(body))")
        }
    }

    /// A `chat.completion` object.
    static func completion(_ body: JSONValue, at f: APIField) throws(RecordProblem) -> APIReply {
        guard let choices = body["choices"]?.arrayValue else {
            throw f.child("choices").problem("expected the completion's choices as a list, found \(APIWire.kind(body["choices"]))")
        }
        var reply = APIReply(id: APIWire.string(body, "id"), model: APIWire.string(body, "model"), created: APIWire.isoTime(body["created"]))
        guard let (i, choice) = choices.enumerated().first(where: { ($0.element["index"]?.intValue ?? 0) == 0 }) ?? choices.enumerated().first else {
            return reply
        }
        let g = f.child("choices").index(i)
        guard let message = choice["message"], case .object = message else {
            // Legacy completions: `text`.
            if let text = choice["text"]?.stringValue {
                reply.turns = [Turn(origin: .assistant, content: .string(text), model: reply.model)]
                return reply
            }
            throw g.child("message").problem("expected the choice's message as an object, found \(APIWire.kind(choice["message"]))")
        }
        var t = APITranscript()
        try readMessage(message.objectValue.map { o -> JSONValue in
            var o = o
            if o["role"] == nil { o["role"] = "assistant" }
            return .object(o)
        } ?? message, at: g.child("message"), into: &t)
        reply.turns = t.turns.map { turn in
            var turn = turn
            if turn.origin == .assistant, turn.model == nil { turn.model = reply.model }
            return turn
        }
        if reply.turns.isEmpty { reply.turns = [Turn(origin: .assistant, content: "", model: reply.model)] }
        return reply
    }

    /// Streamed `chat.completion.chunk`s of choice 0 put back together: content and refusal deltas
    /// appended, tool calls assembled by index (id and name from their first chunk, argument text
    /// appended).
    static func reassemble(_ chunks: [JSONValue], at f: APIField) throws(RecordProblem) -> APIReply {
        var reply = APIReply()
        var content = ""
        var refusal = ""
        var sawDelta = false
        var calls: [Int: (id: String?, name: String, arguments: String)] = [:]
        var order: [Int] = []
        var legacy: (name: String, arguments: String)?
        for chunk in chunks {
            guard case .object = chunk else { continue }
            if let error = chunk["error"], !error.isNull { reply.errored = true }
            reply.id = reply.id ?? APIWire.string(chunk, "id")
            reply.model = reply.model ?? APIWire.string(chunk, "model")
            reply.created = reply.created ?? APIWire.isoTime(chunk["created"])
            for choice in chunk["choices"]?.arrayValue ?? [] where (choice["index"]?.intValue ?? 0) == 0 {
                guard let delta = choice["delta"] ?? choice["message"], case .object = delta else { continue }
                sawDelta = true
                if let s = delta["content"]?.stringValue { content += s }
                if let s = delta["refusal"]?.stringValue { refusal += s }
                for (position, tc) in (delta["tool_calls"]?.arrayValue ?? []).enumerated() {
                    let index = tc["index"]?.intValue ?? position
                    var entry = calls[index] ?? (id: nil, name: "", arguments: "")
                    if calls[index] == nil { order.append(index) }
                    if entry.id == nil { entry.id = APIWire.string(tc, "id") }
                    if entry.name.isEmpty, let name = APIWire.string(tc["function"], "name") { entry.name = name }
                    if let a = tc["function"]?["arguments"]?.stringValue { entry.arguments += a }
                    calls[index] = entry
                }
                if let fc = delta["function_call"], case .object = fc {
                    var entry = legacy ?? (name: "", arguments: "")
                    if entry.name.isEmpty, let name = APIWire.string(fc, "name") { entry.name = name }
                    if let a = fc["arguments"]?.stringValue { entry.arguments += a }
                    legacy = entry
                }
            }
        }
        guard sawDelta else {
            if reply.errored { return reply }
            throw f.problem("the streamed response holds no chat.completion.chunk with a delta for choice 0")
        }
        var toolCalls: [ToolCall] = order.compactMap { i in
            guard let c = calls[i] else { return nil }
            return ToolCall(id: c.id, name: c.name.isEmpty ? "unknown" : c.name, arguments: APIWire.arguments(.string(c.arguments)))
        }
        if let legacy { toolCalls.append(ToolCall(name: legacy.name.isEmpty ? "unknown" : legacy.name, arguments: APIWire.arguments(.string(legacy.arguments)))) }
        let text = content.isEmpty && !refusal.isEmpty ? refusal : content
        reply.errored = false
        reply.turns = [Turn(origin: .assistant, content: .string(text), toolCalls: toolCalls, model: reply.model)]
        return reply
    }

    // MARK: - Recognition

    /// Signs that a request body is an OpenAI chat request rather than an Anthropic one.
    static func hasOpenAISigns(_ body: JSONValue) -> Bool {
        for key in ["functions", "response_format", "n", "logprobs", "top_logprobs", "stream_options", "max_completion_tokens",
                    "frequency_penalty", "presence_penalty", "logit_bias", "parallel_tool_calls", "reasoning_effort", "seed"]
            where body[key] != nil { return true }
        if let tools = body["tools"]?.arrayValue, tools.contains(where: { $0["function"] != nil }) { return true }
        for m in body["messages"]?.arrayValue ?? [] {
            if let role = m["role"]?.stringValue, ["system", "developer", "tool", "function"].contains(role) { return true }
            if m["tool_calls"] != nil || m["function_call"] != nil || m["tool_call_id"] != nil { return true }
            for part in m["content"]?.arrayValue ?? [] {
                if let type = part["type"]?.stringValue, ["image_url", "input_audio", "file", "refusal"].contains(type) { return true }
            }
        }
        return false
    }

    /// Whether a value is a list of `{role, ...}` message objects.
    static func isMessageList(_ v: JSONValue?) -> Bool {
        guard let list = v?.arrayValue, let first = list.first else { return false }
        return first["role"]?.stringValue != nil
    }
}
