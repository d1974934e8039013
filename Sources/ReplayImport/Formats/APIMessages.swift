import ReplayCore

// Shared pieces of the API-log and dataset readers (OpenAI, Anthropic, ShareGPT, Hugging Face,
// OpenTelemetry): field paths for problems, content parts with inline data left out, times,
// tool definitions and calls, server-sent events, and the transcript every reader fills.

/// Where a value sits inside a record, so a problem can name the field (`request.messages[2].content`).
struct APIField {
    let record: LogRecord
    let path: String

    init(_ record: LogRecord, _ path: String = "") {
        self.record = record
        self.path = path
    }

    func child(_ key: String) -> APIField { APIField(record, path.isEmpty ? key : path + "." + key) }
    func index(_ i: Int) -> APIField { APIField(record, path + "[\(i)]") }
    func problem(_ message: String) -> RecordProblem { record.problem(message, field: path.isEmpty ? nil : path) }
}

enum APIWire {
    // MARK: - Values

    /// How a value is described in a problem ("found a number").
    static func kind(_ v: JSONValue?) -> String {
        switch v {
        case nil: return "nothing"
        case .null?: return "null"
        case .bool?: return "a boolean"
        case .int?, .double?: return "a number"
        case .string?: return "a string"
        case .array?: return "a list"
        case .object?: return "an object"
        }
    }

    /// A string member, when the value is an object and the member a non-empty string.
    static func string(_ v: JSONValue?, _ key: String) -> String? {
        guard let s = v?[key]?.stringValue, !s.isEmpty else { return nil }
        return s
    }

    /// The first of the keys holding a non-null value.
    static func first(_ v: JSONValue?, _ keys: String...) -> JSONValue? {
        for key in keys { if let x = v?[key], !x.isNull { return x } }
        return nil
    }

    /// Parses JSON text; nil when it is not JSON.
    static func parseJSON(_ text: String) -> JSONValue? {
        try? JSONBytes.parse(Array(text.utf8))
    }

    /// Tool-call arguments: a JSON string is parsed when it is JSON (an empty one is `{}`); anything
    /// else is kept as it is.
    static func arguments(_ v: JSONValue?) -> JSONValue {
        guard let v, !v.isNull else { return .object([:]) }
        guard case .string(let s) = v else { return v }
        if s.allSatisfy(\.isWhitespace) { return .object([:]) }
        return parseJSON(s) ?? v
    }

    /// A JSON value that may arrive as JSON text (ShareGPT `tools`, OTel attributes).
    static func decodedIfString(_ v: JSONValue?) -> JSONValue? {
        guard let v else { return nil }
        if case .string(let s) = v { return parseJSON(s) }
        return v
    }

    // MARK: - Times

    /// ISO 8601 from a Unix time in seconds, milliseconds, microseconds or nanoseconds (number or
    /// digit string), or an ISO 8601 string kept as it is. Nil for anything else or out of range.
    static func isoTime(_ v: JSONValue?) -> String? {
        switch v {
        case .int(let i)?: return isoTime(seconds: Double(i))
        case .double(let d)?: return isoTime(seconds: d)
        case .string(let s)?:
            if !s.isEmpty, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                return Double(s).flatMap { isoTime(seconds: $0) }
            }
            let b = Array(s.utf8.prefix(10))
            let digit = { (i: Int) in b[i] >= 0x30 && b[i] <= 0x39 }
            guard b.count == 10, digit(0), digit(1), digit(2), digit(3), b[4] == 0x2D, digit(5), digit(6), b[7] == 0x2D,
                  digit(8), digit(9) else { return nil }
            return s
        default: return nil
        }
    }

    static func isoTime(seconds raw: Double) -> String? {
        guard raw.isFinite, raw > 0 else { return nil }
        var s = raw
        if s > 1e17 { s /= 1e9 } else if s > 1e14 { s /= 1e6 } else if s > 1e11 { s /= 1e3 }
        guard s < 1e11 else { return nil }
        return Timestamp.iso8601(Int64(s))
    }

    // MARK: - Content

    /// Text-like part types whose text is in `text` (or `value`, `content`).
    static let textPartTypes: Set<String> = ["text", "input_text", "output_text"]

    /// Message content as a turn holds it: a string, or a list of parts with text parts as
    /// `{type: text, text}` and inline base64 data replaced by `{type, omitted: "base64, N bytes"}`.
    /// A list that is a single text part becomes its string; null becomes "".
    static func content(_ v: JSONValue?) -> JSONValue {
        switch v {
        case nil, .null?: return ""
        case .string(let s)?: return .string(s)
        case .array(let items)?: return collapse(items.map(part))
        case .object?: return collapse([part(v ?? .null)])
        case let other?: return other
        }
    }

    /// A list of parts, or its string when it is one text part.
    static func collapse(_ parts: [JSONValue]) -> JSONValue {
        if parts.isEmpty { return "" }
        if parts.count == 1, let t = textOf(part: parts[0]) { return .string(t) }
        return .array(parts)
    }

    /// The text of a normalized `{type: text, text}` part.
    static func textOf(part: JSONValue) -> String? {
        guard case .object(let o) = part, o.count == 2, o["type"] == "text", let t = o["text"]?.stringValue else { return nil }
        return t
    }

    static func textPart(_ s: String) -> JSONValue { .object(["type": "text", "text": .string(s)]) }

    /// One content part, normalized.
    static func part(_ v: JSONValue) -> JSONValue {
        guard case .object(let o) = v else {
            if case .string(let s) = v { return textPart(s) }
            return v
        }
        let type = o["type"]?.stringValue ?? ""
        switch type {
        case _ where textPartTypes.contains(type):
            if let t = o["text"]?.stringValue ?? o["value"]?.stringValue ?? o["content"]?.stringValue { return textPart(t) }
        case "refusal":
            if let t = o["refusal"]?.stringValue ?? o["text"]?.stringValue { return .object(["type": "refusal", "text": .string(t)]) }
        case "image_url", "input_image":
            let url = o["image_url"]?.stringValue ?? o["image_url"]?["url"]?.stringValue ?? o["url"]?.stringValue
            if let url {
                if let omitted = omittedDataURL(url, kind: "image") { return omitted }
                var image: [String: JSONValue] = ["url": .string(url)]
                if let detail = o["detail"] ?? o["image_url"]?["detail"], !detail.isNull { image["detail"] = detail }
                return .object(["type": "image_url", "image_url": .object(image)])
            }
        case "image", "document":
            if let source = o["source"] {
                if source["type"]?.stringValue == "base64", let data = source["data"]?.stringValue {
                    return omitted(kind: type, base64: data, mediaType: source["media_type"]?.stringValue)
                }
                if source["type"]?.stringValue == "url", let url = source["url"]?.stringValue, type == "image" {
                    return .object(["type": "image_url", "image_url": .object(["url": .string(url)])])
                }
            }
        case "input_audio":
            if let data = o["input_audio"]?["data"]?.stringValue ?? o["data"]?.stringValue {
                return omitted(kind: "audio", base64: data, mediaType: (o["input_audio"]?["format"] ?? o["format"])?.stringValue)
            }
        case "file", "input_file":
            let file = o["file"] ?? v
            if let data = file["file_data"]?.stringValue {
                var out = omittedDataURL(data, kind: "file") ?? omitted(kind: "file", base64: data, mediaType: nil)
                if case .object(var m) = out, let name = file["filename"]?.stringValue {
                    m["filename"] = .string(name)
                    out = .object(m)
                }
                return out
            }
        case "blob":
            if let data = o["content"]?.stringValue {
                return omitted(kind: o["modality"]?.stringValue ?? "blob", base64: data, mediaType: o["mime_type"]?.stringValue)
            }
        case "uri":
            if let uri = o["uri"]?.stringValue, o["modality"]?.stringValue == "image" {
                return .object(["type": "image_url", "image_url": .object(["url": .string(uri)])])
            }
        default: break
        }
        return scrubbed(v)
    }

    /// `{type, omitted: "base64, N bytes"}` for inline data left out.
    static func omitted(kind: String, base64: String, mediaType: String?) -> JSONValue {
        let n = base64.utf8.count
        let padding = base64.utf8.reversed().prefix(2).filter { $0 == 0x3D }.count
        var o: [String: JSONValue] = ["type": .string(kind), "omitted": .string("base64, \(max(0, n / 4 * 3 - padding)) bytes")]
        if let mediaType { o["media_type"] = .string(mediaType) }
        return .object(o)
    }

    /// The omitted part for a `data:<type>;base64,<data>` URL; nil for other URLs.
    static func omittedDataURL(_ url: String, kind: String) -> JSONValue? {
        guard url.hasPrefix("data:"), let comma = url.firstIndex(of: ",") else { return nil }
        let header = url[url.index(url.startIndex, offsetBy: 5)..<comma]
        guard header.hasSuffix(";base64") else { return nil }
        let mediaType = String(header.dropLast(7))
        return omitted(kind: kind, base64: String(url[url.index(after: comma)...]), mediaType: mediaType.isEmpty ? nil : mediaType)
    }

    /// A part of an unknown type, with any inline base64 it carries (a data URL, or a long string of
    /// base64 letters) left out.
    static func scrubbed(_ v: JSONValue) -> JSONValue {
        switch v {
        case .string(let s):
            if let omitted = omittedDataURL(s, kind: "data") { return omitted }
            if s.utf8.count > 4096, looksBase64(s) { return omitted(kind: "data", base64: s, mediaType: nil) }
            return v
        case .array(let items): return .array(items.map(scrubbed))
        case .object(let o): return .object(o.mapValues(scrubbed))
        default: return v
        }
    }

    static func looksBase64(_ s: String) -> Bool {
        s.utf8.allSatisfy { c in
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x2F
                || c == 0x3D || c == 0x2D || c == 0x5F || c == 0x0A || c == 0x0D
        }
    }

    /// The text of a content value (string, or its text parts joined with blank lines).
    static func text(_ v: JSONValue?) -> String {
        Turn(origin: .human, content: content(v)).text
    }

    /// Whether a content value holds nothing (empty or whitespace text, no parts).
    static func isEmpty(_ v: JSONValue) -> Bool {
        switch v {
        case .string(let s): return s.allSatisfy(\.isWhitespace)
        case .array(let a): return a.isEmpty
        case .null: return true
        default: return false
        }
    }

    // MARK: - Tools

    /// Tool definitions from OpenAI `tools` (`{type: function, function: {...}}` or the flat Responses
    /// form), legacy `functions`, Anthropic `tools` (`input_schema`), OTel and dataset lists (maybe as
    /// JSON text). Server tools (`{type: web_search_preview}`, `{type: web_search_20250305, name}`)
    /// keep their name with an empty schema. Entries without a name are left out.
    static func tools(_ v: JSONValue?) -> [ToolDefinition] {
        guard let list = decodedIfString(v)?.arrayValue else { return [] }
        return list.compactMap { item -> ToolDefinition? in
            guard case .object = item else { return nil }
            let fn = item["function"].flatMap { $0.objectValue != nil ? $0 : nil } ?? item["custom"].flatMap { $0.objectValue != nil ? $0 : nil }
            let body = fn ?? item
            guard let name = string(body, "name") ?? string(item, "name") ?? string(item, "type") else { return nil }
            let description = string(body, "description")
            let schema = decodedIfString(first(body, "parameters", "input_schema", "inputSchema"))
            if let schema, case .object = schema { return ToolDefinition(name: name, description: description, parameters: schema) }
            let type = item["type"]?.stringValue ?? "function"
            let isFunction = fn != nil || type == "function" || type == "custom"
            return ToolDefinition(name: name, description: description, parameters: isFunction ? ["type": "object"] : .object([:]))
        }
    }

    // MARK: - Parameters

    /// Sampling parameters from a request body; ill-typed ones are left out.
    static func parameters(_ body: JSONValue, maxTokenKeys: [String], stopKeys: [String]) -> SamplingParameters {
        var p = SamplingParameters()
        p.temperature = body["temperature"]?.doubleValue
        p.topP = body["top_p"]?.doubleValue
        for key in maxTokenKeys { if let n = body[key]?.intValue { p.maxTokens = n; break } }
        p.seed = body["seed"]?.intValue
        for key in stopKeys {
            switch body[key] {
            case .string(let s)?: p.stop = [s]
            case .array(let a)?: p.stop = a.compactMap(\.stringValue)
            default: continue
            }
            break
        }
        return p
    }

    // MARK: - Server-sent events

    /// The JSON payloads of a server-sent-events body (`data:` lines; `[DONE]` and lines that are not
    /// JSON skipped).
    static func sseEvents(_ body: String) -> [JSONValue] {
        var events: [JSONValue] = []
        var data: [Substring] = []
        func flush() {
            defer { data.removeAll() }
            guard !data.isEmpty else { return }
            let payload = data.joined(separator: "\n")
            if payload == "[DONE]" { return }
            if let v = parseJSON(payload) { events.append(v) }
        }
        // "\r\n" is one Character: split on it as well as on "\n" and "\r".
        for line in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("data:") {
                var payload = line.dropFirst(5)
                if payload.first == " " { payload = payload.dropFirst() }
                data.append(payload)
            }
        }
        flush()
        return events
    }

    /// Whether a string is a server-sent-events body rather than JSON.
    static func isSSE(_ s: String) -> Bool {
        let start = s.drop(while: \.isWhitespace)
        return start.hasPrefix("data:") || start.hasPrefix("event:") || start.hasPrefix("id:") || start.hasPrefix(":")
            || s.contains("\ndata:") || s.contains("\r\ndata:")
    }

    /// A logged HTTP body: JSON text is parsed; `{status_code, body}` wrappers are opened (the status
    /// is returned). SSE text stays a string.
    static func unwrapBody(_ v: JSONValue) -> (body: JSONValue, status: Int?) {
        var body = v
        var status: Int?
        if case .object(let o) = v, let inner = o["body"], o["status_code"] != nil || o["statusCode"] != nil || o["status"] != nil
            || o["headers"] != nil
        {
            status = (o["status_code"] ?? o["statusCode"] ?? o["status"])?.intValue ?? o["status"]?["code"]?.intValue
            body = inner
        }
        if case .string(let s) = body, !isSSE(s), let parsed = parseJSON(s) { body = parsed }
        return (body, status)
    }

    // MARK: - Records

    /// A log record's request and response: `{request, response}` pairs (also `request_body`/
    /// `response_body`, and `{uri, request_body}` captures), or the record itself as the request.
    static func split(_ v: JSONValue) -> (request: JSONValue, requestPath: String, response: JSONValue?, responsePath: String) {
        for key in ["request", "request_body", "requestBody", "req"] {
            if let r = v[key], case .object = r {
                for rkey in ["response", "response_body", "responseBody", "resp"] {
                    if let resp = v[rkey], !resp.isNull { return (r, key, resp, rkey) }
                }
                return (r, key, nil, "response")
            } else if let r = v[key], case .string(let s) = r, let parsed = parseJSON(s), case .object = parsed {
                for rkey in ["response", "response_body", "responseBody", "resp"] {
                    if let resp = v[rkey], !resp.isNull { return (parsed, key, resp, rkey) }
                }
                return (parsed, key, nil, "response")
            }
        }
        for rkey in ["response", "response_body", "responseBody"] {
            if let resp = v[rkey], !resp.isNull { return (v, "", resp, rkey) }
        }
        return (v, "", nil, "response")
    }

    /// The id a record names itself by, else `<file>#<index>`.
    static func recordID(_ record: LogRecord, _ candidates: JSONValue?...) -> String {
        for c in candidates {
            if let s = c?.stringValue, !s.isEmpty { return s }
            if let i = c?.intValue { return String(i) }
        }
        return "\(record.file)#\(record.location.index)"
    }

    /// The record-level time a logging proxy adds (`timestamp`, `created_at`, `time`, `created`).
    static func recordTime(_ v: JSONValue) -> String? {
        for key in ["timestamp", "created_at", "createdAt", "time", "start_time", "startTime", "created", "date"] {
            if let t = isoTime(v[key]) { return t }
        }
        return nil
    }
}

/// The system prompt and turns of a conversation as a reader collects them: system messages before
/// the first other turn are the system prompt, later ones `.system` turns; tool results get the name
/// of the call they answer; empty assistant messages in a history are dropped.
struct APITranscript {
    var systemParts: [String] = []
    var turns: [Turn] = []
    var toolNames: [String: String] = [:]

    var system: String? { systemParts.isEmpty ? nil : systemParts.joined(separator: "\n\n") }

    mutating func addSystem(_ text: String) {
        if turns.isEmpty {
            if !text.isEmpty { systemParts.append(text) }
        } else {
            turns.append(Turn(origin: .system, content: .string(text)))
        }
    }

    /// Adds a turn; an assistant turn with no content and no tool calls is dropped unless `keepEmpty`
    /// (a response's reply is kept even when empty).
    mutating func add(_ turn: Turn, keepEmpty: Bool = false) {
        var turn = turn
        if turn.origin == .assistant, !keepEmpty, turn.toolCalls.isEmpty, APIWire.isEmpty(turn.content) { return }
        for call in turn.toolCalls { if let id = call.id { toolNames[id] = call.name } }
        if turn.origin == .toolResult, turn.name == nil, let id = turn.toolCallID { turn.name = toolNames[id] }
        turns.append(turn)
    }

    /// Adds tool calls to the last turn when it is the assistant's, else as a new assistant turn.
    mutating func addToolCalls(_ calls: [ToolCall], model: String? = nil) {
        guard !calls.isEmpty else { return }
        for call in calls { if let id = call.id { toolNames[id] = call.name } }
        if let last = turns.indices.last, turns[last].origin == .assistant {
            turns[last].toolCalls += calls
            if turns[last].model == nil { turns[last].model = model }
        } else {
            turns.append(Turn(origin: .assistant, content: "", toolCalls: calls, model: model))
        }
    }
}

/// What a logged response adds to its request.
struct APIReply {
    var turns: [Turn] = []
    var id: String?
    var model: String?
    var created: String?
    /// The call failed: no reply, and none pending.
    var errored = false
}

extension APIWire {
    /// A conversation from a request transcript and, when the log has it, the reply (no reply: the
    /// request is pending).
    static func conversation(_ format: LogFormatID, _ record: LogRecord, id: String, model: String?, created: String?,
                             transcript: APITranscript, tools: [ToolDefinition], parameters: SamplingParameters,
                             reply: APIReply?, tags: [String] = []) -> ImportedConversation
    {
        var t = transcript
        var tags = tags
        if let reply {
            for turn in reply.turns { t.add(turn, keepEmpty: true) }
            if reply.errored, !tags.contains("errored"), !tags.contains("batch-errored") { tags.append("errored") }
        }
        return ImportedConversation(format: format, file: record.file, location: record.location, id: id,
                                    created: created ?? reply?.created, system: t.system, tools: tools,
                                    parameters: parameters, turns: t.turns, tags: tags, model: model,
                                    pendingReply: reply == nil)
    }
}
