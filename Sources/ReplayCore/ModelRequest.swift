/// The provider-neutral request a case becomes: everything production sent, nothing else.
/// Its canonical JSON is hashed into the cache and cassette key, so the same case under the same
/// conditions is the same request, and any change (prompt file, parameters, model) a new one.
public struct ModelRequest: Sendable, Equatable {
    /// The provider's model id.
    public var model: String
    public var system: String?
    /// The conversation: context turns, then the replayed user turn.
    public var messages: [Message]
    public var tools: [ToolDefinition]
    public var parameters: SamplingParameters
    /// Which of K samples this is (`record --repeat K`); part of the key from the second on, so each
    /// sample is cached and taped apart. Never sent to a model API.
    public var sample = 1

    public init(model: String, system: String?, messages: [Message], tools: [ToolDefinition], parameters: SamplingParameters) {
        self.model = model
        self.system = system
        self.messages = messages
        self.tools = tools
        self.parameters = parameters
    }

    /// The request a case makes to a model: the case's own parameters over the model's, over the
    /// config's defaults.
    public init(case value: Case, model: ModelConfig, defaults: SamplingParameters) {
        self.init(model: model.model, system: value.system?.text,
                  messages: value.context + [Message(role: .user, content: value.prompt)],
                  tools: value.tools, parameters: value.parameters.over(model.parameters.over(defaults)))
    }

    public var json: JSONValue {
        var o: [String: JSONValue] = ["model": .string(model), "messages": .array(messages.map(\.json)), "parameters": parameters.json]
        if let system { o["system"] = .string(system) }
        if !tools.isEmpty { o["tools"] = .array(tools.map(\.json)) }
        if sample > 1 { o["sample"] = .int(sample) }
        return .object(o)
    }

    /// The k-th sample of this request: a seeded request gets seed + k − 1, so the samples differ.
    public func sample(_ k: Int) -> ModelRequest {
        guard k > 1 else { return self }
        var copy = self
        copy.sample = k
        if let seed = parameters.seed { copy.parameters.seed = seed + k - 1 }
        return copy
    }

    /// SHA-256 of the canonical request: the cassette key (and, with the provider's identity, the cache key).
    public var key: String { SHA256.hex(json.compact) }
}

/// What a model answered, provider-neutral.
public struct ModelResponse: Sendable, Equatable {
    public var text: String
    public var finishReason: String?
    public var toolCalls: [ToolCall]
    /// The model the provider says answered.
    public var model: String?
    public var inputTokens: Int?
    public var outputTokens: Int?

    public init(text: String, finishReason: String? = nil, toolCalls: [ToolCall] = [], model: String? = nil,
                inputTokens: Int? = nil, outputTokens: Int? = nil) {
        self.text = text
        self.finishReason = finishReason
        self.toolCalls = toolCalls
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }

    public var json: JSONValue {
        var o: [String: JSONValue] = ["text": .string(text)]
        if let finishReason { o["finish_reason"] = .string(finishReason) }
        if !toolCalls.isEmpty { o["tool_calls"] = .array(toolCalls.map(\.json)) }
        if let model { o["model"] = .string(model) }
        var usage: [String: JSONValue] = [:]
        if let inputTokens { usage["input_tokens"] = .int(inputTokens) }
        if let outputTokens { usage["output_tokens"] = .int(outputTokens) }
        if !usage.isEmpty { o["usage"] = .object(usage) }
        return .object(o)
    }

    public init?(json value: JSONValue) {
        guard let text = value["text"]?.stringValue else { return nil }
        self.text = text
        finishReason = value["finish_reason"]?.stringValue
        toolCalls = value["tool_calls"]?.arrayValue?.compactMap { call in
            call["name"]?.stringValue.map { ToolCall(id: call["id"]?.stringValue, name: $0, arguments: call["arguments"] ?? .object([:])) }
        } ?? []
        model = value["model"]?.stringValue
        inputTokens = value["usage"]?["input_tokens"]?.intValue
        outputTokens = value["usage"]?["output_tokens"]?.intValue
    }
}
