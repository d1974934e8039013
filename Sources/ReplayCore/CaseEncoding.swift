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

    /// Appends `json.compact` (the same bytes, keys in the same sorted order) without building
    /// the dictionaries: what writing a million imported cases needs.
    public func appendCompactJSON(to out: inout [UInt8]) {
        var first = true
        func key(_ k: StaticString) {
            out.append(first ? 0x7B : 0x2C)
            first = false
            out.append(0x22)
            out.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
            out.append(contentsOf: [0x22, 0x3A])
        }
        func list<T>(_ items: [T], _ each: (T) -> Void) {
            out.append(0x5B)
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(0x2C) }
                each(item)
            }
            out.append(0x5D)
        }
        // Keys in byte order: context, expect, format, id, parameters, prompt, provenance,
        // recorded_calls, system, system_file, tags, title, tools.
        if !context.isEmpty { key("context"); list(context) { $0.appendCompactJSON(to: &out) } }
        if !expect.isEmpty { key("expect"); expect.json.appendCompact(to: &out) }
        key("format"); JSONValue.string("replay-case/1").appendCompact(to: &out)
        key("id"); JSONValue.string(id).appendCompact(to: &out)
        let p = parameters.json
        if p != .object([:]) { key("parameters"); p.appendCompact(to: &out) }
        key("prompt"); prompt.appendCompact(to: &out)
        if !provenance.isEmpty { key("provenance"); JSONValue.object(provenance).appendCompact(to: &out) }
        if !recordedCalls.isEmpty { key("recorded_calls"); list(recordedCalls) { $0.json.appendCompact(to: &out) } }
        switch system {
        case .inline(let text): key("system"); JSONValue.string(text).appendCompact(to: &out)
        case .file(let path, let text):
            if let text { key("system"); JSONValue.string(text).appendCompact(to: &out) }
            key("system_file"); JSONValue.string(path).appendCompact(to: &out)
        case nil: break
        }
        if !tags.isEmpty { key("tags"); list(tags) { JSONValue.string($0).appendCompact(to: &out) } }
        if let title { key("title"); JSONValue.string(title).appendCompact(to: &out) }
        if !tools.isEmpty { key("tools"); list(tools) { $0.json.appendCompact(to: &out) } }
        out.append(0x7D)
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

extension Message {
    /// `json.compact`'s bytes (keys sorted: content, name, role, tool_call_id, tool_calls).
    func appendCompactJSON(to out: inout [UInt8]) {
        out.append(contentsOf: Array(#"{"content":"#.utf8))
        content.appendCompact(to: &out)
        if let name { out.append(contentsOf: Array(#","name":"#.utf8)); JSONValue.string(name).appendCompact(to: &out) }
        out.append(contentsOf: Array(#","role":"#.utf8))
        JSONValue.string(role.rawValue).appendCompact(to: &out)
        if let toolCallID { out.append(contentsOf: Array(#","tool_call_id":"#.utf8)); JSONValue.string(toolCallID).appendCompact(to: &out) }
        if !toolCalls.isEmpty { out.append(contentsOf: Array(#","tool_calls":"#.utf8)); JSONValue.array(toolCalls.map(\.json)).appendCompact(to: &out) }
        out.append(0x7D)
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
