import ReplayCore

/// A case made from one human turn of a conversation, with the reply production gave kept aside
/// as its baseline.
public struct ImportedCase: Sendable, Equatable {
    public var value: Case
    /// The text production answered with (nil when the log does not hold the reply).
    public var reply: String?
    /// The tool calls production made while answering (agentic cases).
    public var replyToolCalls: [ToolCall]
    /// The model that answered, as the log names it.
    public var model: String?
    /// When the human turn was sent (ISO 8601), when the log says.
    public var created: String?
    public var format: LogFormatID
    /// How many turns the context holds before the prompt.
    public var priorTurns: Int
    /// Which human turn of its conversation the prompt is (1 = the first).
    public var ordinal: Int
    /// What makes it a duplicate of another case (context and prompt).
    public var keys: DuplicateKeys
}

/// Turns a conversation into cases: each human turn that received a reply becomes a case whose
/// context is everything before it as production saw it; the reply (text and tool calls, with
/// the tool results production got) is kept aside, never in the case.
public enum CaseBuilder {
    public enum Turns: String, Sendable, CaseIterable { case all, last }

    /// `.last`: only the conversation's last answered human turn (with all before it as context).
    public static func cases(from c: ImportedConversation, turns: Turns = .all) -> [ImportedCase] {
        let humans = c.turns.indices.filter { c.turns[$0].origin == .human }
        guard !humans.isEmpty else { return [] }
        let keys = DuplicateKeys.prefixes(c)
        var out: [ImportedCase] = []
        for (ordinal, h) in humans.enumerated() {
            let next = ordinal + 1 < humans.count ? humans[ordinal + 1] : c.turns.count
            let after = c.turns[(h + 1)..<next]
            let answered = after.contains { $0.origin == .assistant }
            let isLast = ordinal == humans.count - 1
            guard answered || (isLast && c.pendingReply && after.isEmpty) else { continue }
            out.append(build(c, human: h, ordinal: ordinal + 1, after: after, answered: answered, keys: keys[h + 1]))
        }
        if turns == .last, let last = out.last { return [last] }
        return out
    }

    static func build(_ c: ImportedConversation, human h: Int, ordinal: Int, after: ArraySlice<Turn>, answered: Bool,
                      keys: DuplicateKeys) -> ImportedCase {
        var context: [Message] = []
        var calledIDs = Set<String>()
        for turn in c.turns[..<h] {
            var m = message(turn)
            m.toolCalls = m.toolCalls.map(Valid.call)
            calledIDs.formUnion(m.toolCalls.compactMap(\.id))
            // A tool result whose call is not in the context (cut off, or the log lost the id) is
            // kept as what it was to the model: text it was shown.
            if m.role == .tool, m.toolCallID.map(calledIDs.contains) != true {
                let label = "[tool result\(m.name.map { " from " + $0 } ?? "")]"
                m = Message(role: .user, content: Valid.content(.array([["type": "text", "text": .string(label)]] + (Valid.content(m.content).arrayValue ?? [m.content]))))
            }
            m.content = Valid.content(m.content)
            context.append(m)
        }
        // The calls production made while answering, each with the result it got.
        var recorded: [RecordedCall] = []
        var calls: [ToolCall] = []
        var texts: [String] = []
        var model: String? = nil
        for turn in after {
            switch turn.origin {
            case .assistant:
                model = turn.model ?? model
                let text = turn.text
                if !text.isEmpty { texts.append(text) }
                for call in turn.toolCalls {
                    let call = Valid.call(call)
                    calls.append(call)
                    let result = after.first { $0.origin == .toolResult && $0.toolCallID != nil && $0.toolCallID == call.id }
                        ?? after.first { $0.origin == .toolResult && $0.toolCallID == nil && $0.name == call.name }
                    recorded.append(RecordedCall(name: call.name, arguments: call.arguments, result: result?.content ?? .null))
                }
            default: break
            }
        }
        let prompt = c.turns[h]
        let key = "\(c.format.rawValue)\u{0}\(c.id)\u{0}\(ordinal)"
        let id = "\(c.format.rawValue)-\(SHA256.hex(key).prefix(12))"
        var provenance: [String: JSONValue] = ["source": .string(c.format.rawValue), "conversation": .string(c.id), "turn": .int(ordinal)]
        let caseModel = model ?? c.model
        if let caseModel { provenance["model"] = .string(caseModel) }
        if let created = prompt.created ?? c.created { provenance["date"] = .string(created) }
        var tags = c.tags
        if h > 0 { tags.append("multi-turn") }
        if !recorded.isEmpty { tags.append("agentic") }
        let value = Case(id: id, title: c.title.map { ordinal > 1 ? "\($0) (turn \(ordinal))" : $0 }, tags: tags,
                         system: c.system.map(SystemPrompt.inline), context: context, prompt: Valid.content(prompt.content), tools: Valid.tools(c.tools),
                         recordedCalls: recorded, parameters: Valid.parameters(c.parameters), provenance: provenance)
        return ImportedCase(value: value, reply: answered ? texts.joined(separator: "\n\n") : nil, replyToolCalls: calls, model: caseModel,
                            created: prompt.created ?? c.created, format: c.format, priorTurns: h, ordinal: ordinal, keys: keys)
    }

    /// A turn as the message production saw: injected context and summaries were user messages.
    static func message(_ t: Turn) -> Message {
        switch t.origin {
        case .human, .injected, .summary: return Message(role: .user, content: t.content)
        case .assistant: return Message(role: .assistant, content: t.content, toolCalls: t.toolCalls)
        case .toolResult: return Message(role: .tool, content: t.content, name: t.name, toolCallID: t.toolCallID)
        case .system: return Message(role: .system, content: t.content)
        }
    }
}

/// What logs hold, made into what a case file accepts (the checks `CaseDecoder` makes): tool names
/// providers accept, arguments as objects, content parts with a type, parameters in range.
enum Valid {
    static func name(_ name: String) -> String {
        var out = String(name.unicodeScalars.map { s -> Character in
            let v = s.value
            let ok = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x2D || v == 0x5F
            return ok ? Character(s) : "_"
        }.prefix(64))
        if out.isEmpty { out = "tool" }
        return out
    }

    static func arguments(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object: return value
        case .null: return .object([:])
        case .string(let s):
            if let parsed = try? JSONBytes.parse(Array(s.utf8)), case .object = parsed { return parsed }
            return ["input": value]
        default: return ["input": value]
        }
    }

    static func call(_ call: ToolCall) -> ToolCall { ToolCall(id: call.id, name: name(call.name), arguments: arguments(call.arguments)) }

    static func tools(_ tools: [ToolDefinition]) -> [ToolDefinition] {
        var seen = Set<String>()
        return tools.compactMap { t in
            let n = name(t.name)
            guard seen.insert(n).inserted else { return nil }
            let parameters: JSONValue = t.parameters.objectValue != nil ? t.parameters : ["type": "object"]
            return ToolDefinition(name: n, description: t.description, parameters: parameters)
        }
    }

    static func content(_ content: JSONValue) -> JSONValue {
        switch content {
        case .string: return content
        case .array(let parts):
            return .array(parts.map { part in
                if let s = part.stringValue { return ["type": "text", "text": .string(s)] }
                if var o = part.objectValue {
                    if o["type"] == nil { o["type"] = "data" }
                    return .object(o)
                }
                return ["type": "data", "value": part]
            })
        case .null: return .string("")
        default: return .string(content.compact)
        }
    }

    static func parameters(_ p: SamplingParameters) -> SamplingParameters {
        SamplingParameters(temperature: p.temperature.flatMap { (0...2).contains($0) ? $0 : nil },
                           topP: p.topP.flatMap { (0...1).contains($0) ? $0 : nil },
                           maxTokens: p.maxTokens.flatMap { (1...10_000_000).contains($0) ? $0 : nil },
                           seed: p.seed, stop: Array(p.stop.prefix(4)))
    }
}
