/// One tool call of an agentic replay and the result it was given, never by executing the tool.
public struct SimulatedCall: Sendable, Equatable {
    /// Where the result came from.
    public enum Source: String, Sendable, CaseIterable {
        /// The result production got for an equivalent call (the case's recorded calls or context).
        case recorded
        /// A simulator model's plausible result.
        case simulated
        /// Neither: the tool answered with an error saying it is unavailable in replay.
        case unavailable
    }

    public var name: String
    public var arguments: JSONValue
    /// The result as the model saw it: text, or JSON.
    public var result: JSONValue
    public var source: Source

    public init(name: String, arguments: JSONValue, result: JSONValue, source: Source) {
        self.name = name
        self.arguments = arguments
        self.result = result
        self.source = source
    }

    /// Stored without the provider's call id, so an unchanged trajectory is an unchanged blob.
    public var json: JSONValue {
        ["name": .string(name), "arguments": arguments, "result": result, "source": .string(source.rawValue)]
    }

    public init?(json: JSONValue) {
        guard let name = json["name"]?.stringValue, let source = json["source"]?.stringValue.flatMap(Source.init(rawValue:)) else { return nil }
        self.init(name: name, arguments: json["arguments"] ?? .object([:]), result: json["result"] ?? .null, source: source)
    }

    public var call: ToolCall { ToolCall(name: name, arguments: arguments) }
}

/// One model turn of an agentic replay that called tools: the text it said alongside, and each call.
public struct ToolStep: Sendable, Equatable {
    public var text: String
    public var calls: [SimulatedCall]

    public init(text: String, calls: [SimulatedCall]) {
        self.text = text
        self.calls = calls
    }

    public var json: JSONValue {
        var o: [String: JSONValue] = ["calls": .array(calls.map(\.json))]
        if !text.isEmpty { o["text"] = .string(text) }
        return .object(o)
    }

    public init?(json: JSONValue) {
        guard let calls = json["calls"]?.arrayValue else { return nil }
        self.init(text: json["text"]?.stringValue ?? "", calls: calls.compactMap(SimulatedCall.init(json:)))
    }
}

/// How tool calls of a replay find a recorded result, per tool (`agent.tools` in the config).
public enum ToolMatch: Sendable, Equatable {
    /// Same tool, arguments equal after normalization (key order, whitespace, number formatting).
    case exact
    /// Same tool, these argument keys equal after normalization (the rest may differ).
    case keys([String])
    /// Any recorded call of the same tool.
    case name
}

/// The results production got, to answer a replay's tool calls with: the case's `recorded_calls`
/// (calls made after the prompt) and every call of its context with the tool turn that answered it.
public struct RecordedResults: Sendable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let arguments: JSONValue
        public let result: JSONValue
    }

    public let entries: [Entry]

    public init(case value: Case) {
        var entries = value.recordedCalls.map { Entry(name: $0.name, arguments: Self.normalized($0.arguments), result: $0.result) }
        var answers: [String: JSONValue] = [:]
        for message in value.context where message.role == .tool {
            if let id = message.toolCallID { answers[id] = message.content }
        }
        for message in value.context where message.role == .assistant {
            for call in message.toolCalls {
                guard let id = call.id, let result = answers[id] else { continue }
                entries.append(Entry(name: call.name, arguments: Self.normalized(call.arguments), result: result))
            }
        }
        self.entries = entries
    }

    /// The first recorded result of an equivalent call, or nil.
    public func result(for call: ToolCall, match: ToolMatch) -> JSONValue? {
        let arguments = Self.normalized(call.arguments)
        return entries.first { entry in
            guard entry.name == call.name else { return false }
            switch match {
            case .exact: return entry.arguments == arguments
            case .name: return true
            case .keys(let keys): return keys.allSatisfy { entry.arguments[$0] == arguments[$0] }
            }
        }?.result
    }

    /// The recorded results of one tool, as examples for a simulator.
    public func examples(of tool: String, limit: Int = 5) -> [Entry] { Array(entries.filter { $0.name == tool }.prefix(limit)) }

    /// Arguments as a JSON value: a string holding JSON is parsed (OpenAI sends arguments as text);
    /// canonical JSON then ignores key order, whitespace and number formatting (`1` and `1.0`).
    public static func normalized(_ arguments: JSONValue) -> JSONValue {
        if case .string(let text) = arguments, let doc = try? JSONParser.parse(text) { return trimmed(doc.json) }
        return trimmed(arguments)
    }

    /// Leading and trailing whitespace inside string values does not make another call, nor does
    /// an integral number written with a fraction.
    static func trimmed(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): return .string(s.trimmingSpaces)
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e15: return .int(Int(d))  // 1.0 is 1
        case .array(let a): return .array(a.map(trimmed))
        case .object(let o): return .object(o.mapValues(trimmed))
        default: return value
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
