extension Case {
    /// The case as canonical JSON fields (snake_case, empty fields left out). This is what the store
    /// keeps as `input.json`: a pure function of the case, so an unchanged case is one shared blob.
    /// A prompt file is stored with its path and its text, so a changed prompt is a changed input.
    public var json: JSONValue {
        var o: [String: JSONValue] = ["format": "replay-case/1", "id": .string(id), "prompt": prompt]
        if let title { o["title"] = .string(title) }
        if !tags.isEmpty { o["tags"] = .array(tags.map(JSONValue.string)) }
        switch system {
        case .inline(let text): o["system"] = .string(text)
        case .file(let path, let text):
            o["system_file"] = .string(path)
            if let text { o["system"] = .string(text) }
        case nil: break
        }
        if !context.isEmpty { o["context"] = .array(context.map(\.json)) }
        if !tools.isEmpty { o["tools"] = .array(tools.map(\.json)) }
        if !recordedCalls.isEmpty { o["recorded_calls"] = .array(recordedCalls.map(\.json)) }
        let p = parameters.json
        if p != .object([:]) { o["parameters"] = p }
        if !expect.isEmpty { o["expect"] = expect.json }
        if !provenance.isEmpty { o["provenance"] = .object(provenance) }
        return .object(o)
    }

    /// The id a case without one gets: `c-` and 12 hex digits of the SHA-256 of its canonical
    /// content (which does not include an id). Editing the case changes it: give long-lived cases
    /// an explicit id.
    public static func derivedID(for content: JSONValue) -> String {
        var copy = content.objectValue ?? [:]
        copy["id"] = nil
        return "c-" + String(SHA256.hex(JSONValue.object(copy).compact).prefix(12))
    }
}

extension Message {
    public var json: JSONValue {
        var o: [String: JSONValue] = ["role": .string(role.rawValue), "content": content]
        if let name { o["name"] = .string(name) }
        if !toolCalls.isEmpty { o["tool_calls"] = .array(toolCalls.map(\.json)) }
        if let toolCallID { o["tool_call_id"] = .string(toolCallID) }
        return .object(o)
    }
}

extension ToolCall {
    public var json: JSONValue {
        var o: [String: JSONValue] = ["name": .string(name), "arguments": arguments]
        if let id { o["id"] = .string(id) }
        return .object(o)
    }
}

extension ToolDefinition {
    public var json: JSONValue {
        var o: [String: JSONValue] = ["name": .string(name), "parameters": parameters]
        if let description { o["description"] = .string(description) }
        return .object(o)
    }
}

extension RecordedCall {
    public var json: JSONValue { ["name": .string(name), "arguments": arguments, "result": result] }
}

extension SamplingParameters {
    public var json: JSONValue {
        var o: [String: JSONValue] = [:]
        if let temperature { o["temperature"] = .double(temperature) }
        if let topP { o["top_p"] = .double(topP) }
        if let maxTokens { o["max_tokens"] = .int(maxTokens) }
        if let seed { o["seed"] = .int(seed) }
        if !stop.isEmpty { o["stop"] = .array(stop.map(JSONValue.string)) }
        return .object(o)
    }
}

extension Expectations {
    public var json: JSONValue {
        var o: [String: JSONValue] = [:]
        if !mustInclude.isEmpty { o["must_include"] = .array(mustInclude.map(JSONValue.string)) }
        if !mustNotInclude.isEmpty { o["must_not_include"] = .array(mustNotInclude.map(JSONValue.string)) }
        if let schema { o["schema"] = schema }
        return .object(o)
    }
}
