import ReplayCore

/// Server-sent events (`text/event-stream`): `event:` and `data:` lines, blank-line separated.
enum ServerSentEvents {
    struct Event {
        var name: String?
        var data: String
    }

    static func parse(_ bytes: [UInt8]) -> [Event] {
        var events: [Event] = []
        var name: String?
        var data: [String] = []
        func dispatch() {
            if !data.isEmpty { events.append(Event(name: name, data: data.joined(separator: "\n"))) }
            name = nil
            data = []
        }
        for raw in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty { dispatch(); continue }
            if line.hasPrefix(":") { continue }
            let field = line.prefix { $0 != ":" }
            var value = line.dropFirst(field.count)
            if value.hasPrefix(":") { value = value.dropFirst() }
            if value.hasPrefix(" ") { value = value.dropFirst() }
            switch field {
            case "event": name = String(value)
            case "data": data.append(String(value))
            default: continue
            }
        }
        dispatch()
        return events
    }

    /// Whether a body looks like an event stream rather than one JSON document.
    static func looksLikeStream(_ bytes: [UInt8], contentType: String?) -> Bool {
        if let contentType, contentType.contains("text/event-stream") { return true }
        let head = String(decoding: bytes.prefix(16), as: UTF8.self)
        return head.hasPrefix("data:") || head.hasPrefix("event:")
    }
}

extension OpenAIChatProvider {
    /// Accumulates a streamed chat completion (`chat.completion.chunk` events, then `[DONE]`).
    public static func parseStream(_ bytes: [UInt8]) throws -> ModelResponse {
        var text = ""
        var finish: String?
        var model: String?
        var usage: JSONValue?
        var calls: [Int: (id: String?, name: String, arguments: String)] = [:]
        var sawDone = false
        for event in ServerSentEvents.parse(bytes) {
            if event.data == "[DONE]" { sawDone = true; continue }
            guard let chunk = try? JSONParser.parse(event.data).json else {
                throw ProviderError(.malformed, "a streamed chunk is not valid JSON")
            }
            if let error = chunk["error"] {
                throw ProviderError(.server, "the stream ended with an error: \(error["message"]?.stringValue ?? error.compact)")
            }
            model = chunk["model"]?.stringValue ?? model
            if let u = chunk["usage"], u != .null { usage = u }
            guard let choice = chunk["choices"]?.arrayValue?.first else { continue }
            if let delta = choice["delta"] {
                text += delta["content"]?.stringValue ?? ""
                for call in delta["tool_calls"]?.arrayValue ?? [] {
                    let index = call["index"]?.intValue ?? 0
                    var current = calls[index] ?? (nil, "", "")
                    if let id = call["id"]?.stringValue { current.id = id }
                    // OpenAI sends the name once and the arguments in pieces; some compatible
                    // servers repeat the whole name or the whole arguments in a later chunk.
                    if let name = call["function"]?["name"]?.stringValue, !name.isEmpty, name != current.name {
                        current.name = current.name.isEmpty || name.hasPrefix(current.name) ? name : current.name + name
                    }
                    if let piece = call["function"]?["arguments"]?.stringValue, !piece.isEmpty {
                        let complete = { (text: String) in (try? JSONParser.parse(text)) != nil }
                        current.arguments = complete(current.arguments) && complete(piece) ? piece : current.arguments + piece
                    }
                    calls[index] = current
                }
            }
            if let reason = choice["finish_reason"]?.stringValue { finish = reason }
        }
        guard sawDone || finish != nil else {
            throw ProviderError(.malformed, "the stream ended before the completion finished (no finish_reason, no [DONE])")
        }
        let toolCalls = calls.keys.sorted().map { index -> ToolCall in
            let call = calls[index]!
            let arguments = call.arguments.isEmpty ? JSONValue.object([:]) : ((try? JSONParser.parse(call.arguments).json) ?? .string(call.arguments))
            return ToolCall(id: call.id, name: call.name, arguments: arguments)
        }
        return ModelResponse(text: text, finishReason: finish, toolCalls: toolCalls, model: model,
                             inputTokens: usage?["prompt_tokens"]?.intValue, outputTokens: usage?["completion_tokens"]?.intValue)
    }
}

extension AnthropicMessagesProvider {
    /// Accumulates a streamed message (`message_start`, content block events, `message_delta`, `message_stop`).
    public static func parseStream(_ bytes: [UInt8]) throws -> ModelResponse {
        var blocks: [Int: (type: String, text: String, id: String?, name: String?, input: String, initial: JSONValue?)] = [:]
        var model: String?
        var stop: String?
        var inputTokens: Int?
        var outputTokens: Int?
        var stopped = false
        for event in ServerSentEvents.parse(bytes) {
            guard let doc = try? JSONParser.parse(event.data).json else {
                throw ProviderError(.malformed, "a streamed event is not valid JSON")
            }
            switch doc["type"]?.stringValue {
            case "message_start":
                model = doc["message"]?["model"]?.stringValue
                inputTokens = doc["message"]?["usage"]?["input_tokens"]?.intValue
                outputTokens = doc["message"]?["usage"]?["output_tokens"]?.intValue
            case "content_block_start":
                let index = doc["index"]?.intValue ?? 0
                let block = doc["content_block"] ?? .null
                blocks[index] = (block["type"]?.stringValue ?? "", block["text"]?.stringValue ?? "", block["id"]?.stringValue,
                                 block["name"]?.stringValue, "", block["input"])
            case "content_block_delta":
                let index = doc["index"]?.intValue ?? 0
                guard var block = blocks[index] else { continue }
                let delta = doc["delta"] ?? .null
                block.text += delta["text"]?.stringValue ?? ""
                block.input += delta["partial_json"]?.stringValue ?? ""
                blocks[index] = block
            case "message_delta":
                stop = doc["delta"]?["stop_reason"]?.stringValue ?? stop
                outputTokens = doc["usage"]?["output_tokens"]?.intValue ?? outputTokens
                inputTokens = doc["usage"]?["input_tokens"]?.intValue ?? inputTokens
            case "message_stop":
                stopped = true
            case "error":
                throw ProviderError(doc["error"]?["type"]?.stringValue == "overloaded_error" ? .server : .malformed,
                                    "the stream ended with an error: \(doc["error"]?["message"]?.stringValue ?? doc.compact)")
            default:
                continue
            }
        }
        guard stopped || stop != nil else {
            throw ProviderError(.malformed, "the stream ended before the message finished (no message_stop)")
        }
        var text = ""
        var calls: [ToolCall] = []
        for index in blocks.keys.sorted() {
            let block = blocks[index]!
            switch block.type {
            case "text": text += block.text
            case "tool_use":
                let input = block.input.isEmpty ? (block.initial ?? .object([:])) : ((try? JSONParser.parse(block.input).json) ?? .string(block.input))
                calls.append(ToolCall(id: block.id, name: block.name ?? "", arguments: input))
            default: continue
            }
        }
        return ModelResponse(text: text, finishReason: stop, toolCalls: calls, model: model, inputTokens: inputTokens, outputTokens: outputTokens)
    }
}
