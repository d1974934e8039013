import ReplayCore

/// OpenTelemetry GenAI spans: OTLP JSON exports (`{resourceSpans: [{scopeSpans: [{spans}]}]}`, a
/// whole file or one export per line) or one span per line (OTLP `attributes` as `{key, value}` lists
/// or plain objects). A span is a conversation when it carries content: `gen_ai.input.messages` /
/// `gen_ai.output.messages` (JSON text or structured values; on the span or on its
/// `gen_ai.client.inference.operation.details` event), `gen_ai.system_instructions`,
/// `gen_ai.tool.definitions`; also the older shapes: `gen_ai.prompt.N.*`/`gen_ai.completion.N.*`
/// attributes and `gen_ai.{system,user,assistant,tool}.message`/`gen_ai.choice` events. Other spans
/// are skipped. The id is `traceId:spanId`.
public struct OTelReader: RecordReader, Sendable {
    public static let format = LogFormatID.otel

    /// Problems with single spans of a record whose other spans were read (a whole-file export is
    /// one record: one bad span does not drop the others).
    public private(set) var deferredProblems: [RecordProblem] = []

    public init() {}

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object(let o) = first else { return 0 }
        if o["resourceSpans"] != nil || o["resource_spans"] != nil { return 3 }
        let attributes = OTelWire.attributes(o["attributes"])
        let isSpan = (o["traceId"] ?? o["trace_id"] ?? o["context"]?["trace_id"]) != nil && (o["spanId"] ?? o["span_id"] ?? o["context"]?["span_id"]) != nil
        if isSpan, attributes.keys.contains(where: { $0.hasPrefix("gen_ai.") }) { return 3 }
        if isSpan { return 2 }
        if attributes.keys.contains(where: { $0.hasPrefix("gen_ai.") }), o["name"] != nil { return 2 }
        return 0
    }

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        let root = APIField(record)
        let v = record.value
        guard case .object = v else { throw root.problem("expected an OTLP export ({resourceSpans}) or a span object, found \(APIWire.kind(v))") }
        var spans: [(JSONValue, APIField)] = []
        if let key = ["resourceSpans", "resource_spans"].first(where: { v[$0] != nil }) {
            guard let resources = v[key]?.arrayValue else { throw root.child(key).problem("expected a list of resource spans, found \(APIWire.kind(v[key]))") }
            for (i, resource) in resources.enumerated() {
                let rf = root.child(key).index(i)
                let scopeKey = ["scopeSpans", "scope_spans", "instrumentationLibrarySpans"].first(where: { resource[$0] != nil }) ?? "scopeSpans"
                for (j, scope) in (resource[scopeKey]?.arrayValue ?? []).enumerated() {
                    for (k, span) in (scope["spans"]?.arrayValue ?? []).enumerated() {
                        spans.append((span, rf.child(scopeKey).index(j).child("spans").index(k)))
                    }
                }
            }
        } else {
            spans = [(v, root)]
        }
        var conversations: [ImportedConversation] = []
        var problems: [RecordProblem] = []
        for (n, (span, f)) in spans.enumerated() {
            do {
                if let c = try OTelWire.conversation(span, record: record, at: f, position: n) { conversations.append(c) }
            } catch {
                problems.append(error)
            }
        }
        if let first = problems.first, conversations.isEmpty { throw first }
        deferredProblems += problems
        return conversations
    }
}

enum OTelWire {
    /// OTLP attributes (`[{key, value: AnyValue}]`) or a plain object, as an object of plain values.
    static func attributes(_ v: JSONValue?) -> [String: JSONValue] {
        switch v {
        case .array(let list)?:
            var out: [String: JSONValue] = [:]
            for kv in list {
                guard let key = kv["key"]?.stringValue else { continue }
                out[key] = anyValue(kv["value"] ?? .null)
            }
            return out
        case .object(let o)?: return o
        default: return [:]
        }
    }

    /// An OTLP `AnyValue` as a plain value (int64 arrives as a string).
    static func anyValue(_ v: JSONValue) -> JSONValue {
        guard case .object(let o) = v, o.count <= 1 else { return v }
        if let s = o["stringValue"] { return s }
        if let b = o["boolValue"] { return b }
        if let i = o["intValue"] {
            if let s = i.stringValue, let n = Int(s) { return .int(n) }
            return i
        }
        if let d = o["doubleValue"] {
            if let s = d.stringValue, let x = Double(s) { return .double(x) }
            return d
        }
        if let a = o["arrayValue"] { return .array((a["values"]?.arrayValue ?? []).map(anyValue)) }
        if let kv = o["kvlistValue"] { return .object(attributes(kv["values"])) }
        if let b = o["bytesValue"] { return b }
        return o.isEmpty ? .null : v
    }

    /// One span's conversation; nil for a span without GenAI content.
    static func conversation(_ span: JSONValue, record: LogRecord, at f: APIField, position: Int) throws(RecordProblem) -> ImportedConversation? {
        guard case .object = span else { throw f.problem("expected a span object, found \(APIWire.kind(span))") }
        var attrs = attributes(span["attributes"])
        let events = span["events"]?.arrayValue ?? []
        // Content captured on the operation-details event.
        for event in events where event["name"]?.stringValue == "gen_ai.client.inference.operation.details" {
            for (key, value) in attributes(event["attributes"]) where attrs[key] == nil { attrs[key] = value }
        }
        let af = f.child("attributes")
        var t = APITranscript()
        var sawContent = false
        if let instructions = attrs["gen_ai.system_instructions"] {
            sawContent = true
            let parts = APIWire.decodedIfString(instructions)
            let text: String
            if let list = parts?.arrayValue {
                text = list.compactMap { $0["content"]?.stringValue ?? $0["text"]?.stringValue ?? $0.stringValue }.joined(separator: "\n\n")
            } else {
                text = instructions.stringValue ?? ""
            }
            if !text.isEmpty { t.addSystem(text) }
        }
        var reply: APIReply?
        let responseModel = attrs["gen_ai.response.model"]?.stringValue
        if let input = attrs["gen_ai.input.messages"] {
            sawContent = true
            try readMessages(input, at: af.child("gen_ai.input.messages"), into: &t)
        }
        if let output = attrs["gen_ai.output.messages"] {
            sawContent = true
            reply = try outputReply(output, at: af.child("gen_ai.output.messages"), model: responseModel)
        }
        if !sawContent, attrs.keys.contains(where: { $0.hasPrefix("gen_ai.prompt.") || $0.hasPrefix("gen_ai.completion.") }) {
            sawContent = true
            for (i, m) in flattened(attrs, prefix: "gen_ai.prompt.").enumerated() {
                try OpenAIChatWire.readMessage(m, at: af.child("gen_ai.prompt.\(i)"), into: &t)
            }
            if let m = flattened(attrs, prefix: "gen_ai.completion.").first {
                var r = APITranscript()
                try OpenAIChatWire.readMessage(m, at: af.child("gen_ai.completion.0"), into: &r)
                reply = APIReply(turns: r.turns.map { var turn = $0; turn.model = turn.model ?? responseModel; return turn })
            }
        }
        if !sawContent {
            let messageEvents = events.filter { ($0["name"]?.stringValue ?? "").hasPrefix("gen_ai.") && ($0["name"]?.stringValue ?? "").hasSuffix(".message") || $0["name"]?.stringValue == "gen_ai.choice" }
            if !messageEvents.isEmpty {
                sawContent = true
                for (i, event) in events.enumerated() {
                    guard let name = event["name"]?.stringValue else { continue }
                    let ef = f.child("events").index(i)
                    let body = eventBody(event)
                    if name == "gen_ai.choice" {
                        if reply == nil {
                            var message = body["message"] ?? body
                            if case .object(var o) = message, o["role"] == nil { o["role"] = "assistant"; message = .object(o) }
                            var r = APITranscript()
                            try OpenAIChatWire.readMessage(message, at: ef, into: &r)
                            reply = APIReply(turns: r.turns.map { var turn = $0; turn.model = turn.model ?? responseModel; return turn })
                        }
                    } else if name.hasPrefix("gen_ai."), name.hasSuffix(".message") {
                        let role = String(name.dropFirst(7).dropLast(8))
                        var o = body.objectValue ?? ["content": body]
                        if o["role"] == nil { o["role"] = .string(role) }
                        if o["content"] == nil, o["tool_calls"] == nil { o["content"] = "" }
                        try OpenAIChatWire.readMessage(.object(o), at: ef, into: &t)
                    }
                }
            }
        }
        // Spans with content attributes but no message in them hold no conversation.
        guard sawContent, !t.turns.isEmpty || !(reply?.turns.isEmpty ?? true) else { return nil }
        if reply == nil, isError(span) { reply = APIReply(errored: true) }
        let traceID = (span["traceId"] ?? span["trace_id"] ?? span["context"]?["trace_id"])?.stringValue
        let spanID = (span["spanId"] ?? span["span_id"] ?? span["context"]?["span_id"])?.stringValue
        let id = traceID.flatMap { tr in spanID.map { "\(tr):\($0)" } } ?? "\(record.file)#\(record.location.index).\(position)"
        let model = attrs["gen_ai.request.model"]?.stringValue ?? responseModel
        var parameters = SamplingParameters()
        parameters.temperature = attrs["gen_ai.request.temperature"]?.doubleValue
        parameters.topP = attrs["gen_ai.request.top_p"]?.doubleValue
        parameters.maxTokens = attrs["gen_ai.request.max_tokens"]?.intValue
        parameters.seed = attrs["gen_ai.request.seed"]?.intValue
        if let stops = APIWire.decodedIfString(attrs["gen_ai.request.stop_sequences"])?.arrayValue { parameters.stop = stops.compactMap(\.stringValue) }
        let tools = APIWire.tools(attrs["gen_ai.tool.definitions"] ?? attrs["llm.request.functions"])
        let created = APIWire.isoTime(span["startTimeUnixNano"] ?? span["start_time_unix_nano"] ?? span["start_time"] ?? span["startTime"])
        return APIWire.conversation(.otel, record, id: id, model: model, created: created, transcript: t, tools: tools,
                                    parameters: parameters, reply: reply)
    }

    static func isError(_ span: JSONValue) -> Bool {
        guard let code = span["status"]?["code"] ?? span["status"]?["status_code"] else { return false }
        if code.intValue == 2 { return true }
        return code.stringValue.map { $0.uppercased().hasSuffix("ERROR") } ?? false
    }

    /// An event's body: `gen_ai.event.content` (JSON text) or its attributes.
    static func eventBody(_ event: JSONValue) -> JSONValue {
        let attrs = attributes(event["attributes"])
        if let content = attrs["gen_ai.event.content"], let decoded = APIWire.decodedIfString(content) { return decoded }
        if let body = event["body"] { return anyValue(body) }
        return .object(attrs)
    }

    /// `gen_ai.input.messages`: `[{role, parts}]` (or `[{role, content}]` from older instrumentations).
    static func readMessages(_ raw: JSONValue, at f: APIField, into t: inout APITranscript) throws(RecordProblem) {
        guard let decoded = APIWire.decodedIfString(raw), case .array(let messages) = decoded else {
            throw f.problem("expected a list of messages ({role, parts}) as JSON text or a structured value, found \(raw.stringValue != nil ? "text that is not a JSON list" : APIWire.kind(raw))")
        }
        for (i, m) in messages.enumerated() { try readMessage(m, at: f.index(i), into: &t, model: nil) }
    }

    static func readMessage(_ m: JSONValue, at f: APIField, into t: inout APITranscript, model: String?) throws(RecordProblem) {
        guard case .object = m else { throw f.problem("expected a message object ({role, parts}), found \(APIWire.kind(m))") }
        guard let role = m["role"]?.stringValue else {
            throw f.child("role").problem("expected the message's role as a string, found \(APIWire.kind(m["role"]))")
        }
        guard let partsValue = m["parts"] else {
            // Older shape: OpenAI-style {role, content}.
            try OpenAIChatWire.readMessage(m, at: f, into: &t)
            return
        }
        guard let parts = partsValue.arrayValue else {
            throw f.child("parts").problem("expected the message's parts as a list, found \(APIWire.kind(partsValue))")
        }
        var content: [JSONValue] = []
        var calls: [ToolCall] = []
        var results: [Turn] = []
        for (i, part) in parts.enumerated() {
            let type = part["type"]?.stringValue ?? ""
            switch type {
            case "text":
                content.append(APIWire.textPart(part["content"]?.stringValue ?? part["text"]?.stringValue ?? ""))
            case "tool_call":
                guard let name = APIWire.string(part, "name") else {
                    throw f.child("parts").index(i).child("name").problem("expected the tool call's name as a string, found \(APIWire.kind(part["name"]))")
                }
                calls.append(ToolCall(id: APIWire.string(part, "id"), name: name, arguments: APIWire.arguments(part["arguments"])))
            case "tool_call_response":
                let response = part["response"] ?? part["result"] ?? .null
                let body: JSONValue
                switch response {
                case .string, .array: body = APIWire.content(response)
                case .null: body = ""
                default: body = .string(response.compact)
                }
                results.append(Turn(origin: .toolResult, content: body, toolCallID: APIWire.string(part, "id")))
            case "reasoning", "server_tool_call_response":
                continue
            case "server_tool_call":
                var p: [String: JSONValue] = ["type": "server_tool_call", "name": part["name"] ?? ""]
                if let id = part["id"] { p["id"] = id }
                if let call = part["server_tool_call"] { p["arguments"] = APIWire.scrubbed(call) }
                content.append(.object(p))
            default:
                content.append(APIWire.part(part))
            }
        }
        switch role {
        case "system", "developer":
            t.addSystem(Turn(origin: .system, content: APIWire.collapse(content)).text)
        case "user", "human":
            for r in results { t.add(r) }
            if !content.isEmpty || results.isEmpty { t.add(Turn(origin: .human, content: APIWire.collapse(content))) }
        case "assistant", "model":
            t.add(Turn(origin: .assistant, content: joinedText(content), toolCalls: calls, model: model), keepEmpty: model != nil)
        case "tool", "function":
            for r in results { t.add(r) }
            if results.isEmpty { t.add(Turn(origin: .toolResult, content: APIWire.collapse(content), toolCallID: APIWire.string(m, "id"))) }
        default:
            throw f.child("role").problem("unknown role '\(role)': expected system, user, assistant or tool")
        }
    }

    /// Assistant parts: adjacent text parts as one text.
    static func joinedText(_ parts: [JSONValue]) -> JSONValue {
        var out: [JSONValue] = []
        for part in parts {
            if let t = APIWire.textOf(part: part), let last = out.last, let u = APIWire.textOf(part: last) {
                out[out.count - 1] = APIWire.textPart(u + t)
            } else {
                out.append(part)
            }
        }
        return APIWire.collapse(out)
    }

    /// `gen_ai.output.messages`: the first output message (choice) is the reply.
    static func outputReply(_ raw: JSONValue, at f: APIField, model: String?) throws(RecordProblem) -> APIReply {
        guard let decoded = APIWire.decodedIfString(raw), case .array(let messages) = decoded else {
            throw f.problem("expected a list of output messages ({role, parts}) as JSON text or a structured value, found \(raw.stringValue != nil ? "text that is not a JSON list" : APIWire.kind(raw))")
        }
        guard let first = messages.first else { return APIReply(model: model) }
        var message = first
        if case .object(var o) = first, o["role"] == nil { o["role"] = "assistant"; message = .object(o) }
        var r = APITranscript()
        try readMessage(message, at: f.index(0), into: &r, model: model)
        return APIReply(turns: r.turns.map { var turn = $0; if turn.origin == .assistant { turn.model = turn.model ?? model }; return turn }, model: model)
    }

    /// OpenLLMetry's flattened messages (`gen_ai.prompt.0.role`, `gen_ai.prompt.0.content`,
    /// `gen_ai.prompt.0.tool_calls.0.name`, ...) as OpenAI-style messages, in index order.
    static func flattened(_ attrs: [String: JSONValue], prefix: String) -> [JSONValue] {
        var messages: [Int: [String: JSONValue]] = [:]
        var calls: [Int: [Int: [String: JSONValue]]] = [:]
        for (key, value) in attrs where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count).split(separator: ".", maxSplits: 3).map(String.init)
            guard let index = rest.first.flatMap({ Int($0) }), rest.count >= 2 else { continue }
            if rest[1] == "tool_calls", rest.count == 4, let j = Int(rest[2]) {
                calls[index, default: [:]][j, default: [:]][rest[3]] = value
            } else if rest.count == 2 {
                messages[index, default: [:]][rest[1]] = value
            }
        }
        return Set(messages.keys).union(calls.keys).sorted().map { i in
            var m = messages[i] ?? [:]
            if case .string(let s)? = m["content"], s.hasPrefix("["), let parts = APIWire.parseJSON(s),
               parts.arrayValue?.first?["type"] != nil {
                m["content"] = parts
            }
            if m["role"] == nil { m["role"] = prefix.contains("completion") ? "assistant" : "user" }
            if let list = calls[i] {
                m["tool_calls"] = .array(list.keys.sorted().compactMap { j -> JSONValue? in
                    guard let c = list[j] else { return nil }
                    var call: [String: JSONValue] = ["function": .object(["name": c["name"] ?? "", "arguments": c["arguments"] ?? "{}"])]
                    if let id = c["id"] { call["id"] = id }
                    return .object(call)
                })
            }
            return .object(m)
        }
    }
}
