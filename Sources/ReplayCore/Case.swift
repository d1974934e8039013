/// A real-world input to replay: the context production saw, the final user turn, the conditions
/// (system prompt, tools, sampling) and what the answer must and must not contain.
public struct Case: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var tags: [String]
    public var system: SystemPrompt?
    /// Prior turns, as production saw them.
    public var context: [Message]
    /// The final user turn to replay: text, or a list of content parts.
    public var prompt: JSONValue
    public var tools: [ToolDefinition]
    /// Tool calls production made after the final turn and the results it got (agentic cases).
    public var recordedCalls: [RecordedCall]
    public var parameters: SamplingParameters
    public var expect: Expectations
    /// Where the case came from: `source`, `model`, `date` and any further keys.
    public var provenance: [String: JSONValue]

    public init(id: String, title: String? = nil, tags: [String] = [], system: SystemPrompt? = nil,
                context: [Message] = [], prompt: JSONValue, tools: [ToolDefinition] = [],
                recordedCalls: [RecordedCall] = [], parameters: SamplingParameters = .init(),
                expect: Expectations = .init(), provenance: [String: JSONValue] = [:]) {
        self.id = id
        self.title = title
        self.tags = tags
        self.system = system
        self.context = context
        self.prompt = prompt
        self.tools = tools
        self.recordedCalls = recordedCalls
        self.parameters = parameters
        self.expect = expect
        self.provenance = provenance
    }
}

/// The system prompt: inline text, or a prompt file in the user's repository (path relative to
/// the folder that holds `.replay/`) whose text is read when the case is loaded.
public enum SystemPrompt: Sendable, Equatable {
    case inline(String)
    case file(path: String, text: String?)

    public var text: String? {
        switch self {
        case .inline(let text): return text
        case .file(_, let text): return text
        }
    }

    public var path: String? {
        if case .file(let path, _) = self { return path }
        return nil
    }
}

public enum Role: String, Sendable, CaseIterable {
    case system, user, assistant, tool
}

public struct Message: Sendable, Equatable {
    public var role: Role
    /// Text, or a list of content parts (`{type: text, text: ...}`, images, ...).
    public var content: JSONValue
    public var name: String?
    /// For assistant turns: the tool calls it made.
    public var toolCalls: [ToolCall]
    /// For tool turns: the call this result answers.
    public var toolCallID: String?

    public init(role: Role, content: JSONValue, name: String? = nil, toolCalls: [ToolCall] = [], toolCallID: String? = nil) {
        self.role = role
        self.content = content
        self.name = name
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
    }
}

public struct ToolCall: Sendable, Equatable {
    public var id: String?
    public var name: String
    public var arguments: JSONValue

    public init(id: String? = nil, name: String, arguments: JSONValue = .object([:])) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}

public struct ToolDefinition: Sendable, Equatable {
    public var name: String
    public var description: String?
    /// JSON Schema of the arguments.
    public var parameters: JSONValue

    public init(name: String, description: String? = nil, parameters: JSONValue = ["type": "object"]) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}

/// A tool call production made, with the result it got.
public struct RecordedCall: Sendable, Equatable {
    public var name: String
    public var arguments: JSONValue
    public var result: JSONValue

    public init(name: String, arguments: JSONValue, result: JSONValue) {
        self.name = name
        self.arguments = arguments
        self.result = result
    }
}

public struct SamplingParameters: Sendable, Equatable {
    public var temperature: Double?
    public var topP: Double?
    public var maxTokens: Int?
    public var seed: Int?
    public var stop: [String]

    public init(temperature: Double? = nil, topP: Double? = nil, maxTokens: Int? = nil, seed: Int? = nil, stop: [String] = []) {
        self.temperature = temperature
        self.topP = topP
        self.maxTokens = maxTokens
        self.seed = seed
        self.stop = stop
    }

    /// These parameters, with any unset one taken from `defaults`.
    public func over(_ defaults: SamplingParameters) -> SamplingParameters {
        SamplingParameters(temperature: temperature ?? defaults.temperature, topP: topP ?? defaults.topP,
                           maxTokens: maxTokens ?? defaults.maxTokens, seed: seed ?? defaults.seed,
                           stop: stop.isEmpty ? defaults.stop : stop)
    }
}

public struct Expectations: Sendable, Equatable {
    /// Clauses the answer must contain (matched exactly, then fuzzily, then semantically by the diff).
    public var mustInclude: [String]
    public var mustNotInclude: [String]
    /// JSON Schema the answer must satisfy when the answer is JSON.
    public var schema: JSONValue?

    public init(mustInclude: [String] = [], mustNotInclude: [String] = [], schema: JSONValue? = nil) {
        self.mustInclude = mustInclude
        self.mustNotInclude = mustNotInclude
        self.schema = schema
    }

    public var isEmpty: Bool { mustInclude.isEmpty && mustNotInclude.isEmpty && schema == nil }
}

/// The rules for case ids: they name folders in the store and files people type.
public enum CaseID {
    public static let maxLength = 128

    /// Nil if `id` is valid, else why not.
    public static func problem(_ id: String) -> String? {
        guard !id.isEmpty else { return "must not be empty" }
        guard id.utf8.count <= maxLength else { return "is longer than \(maxLength) characters" }
        let allowed = id.utf8.allSatisfy { b in
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x2D || b == 0x2E || b == 0x5F
        }
        guard allowed else { return "may only hold letters, digits, '.', '-' and '_'" }
        guard let first = id.utf8.first, first != 0x2E, first != 0x2D else { return "must not start with '.' or '-'" }
        guard !id.hasSuffix(".lock") else { return "must not end in '.lock'" }
        return nil
    }
}
