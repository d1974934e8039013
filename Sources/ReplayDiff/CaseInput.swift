import ReplayCore

/// What a stored case input (`input.json`) gives the detectors: the expectations, and every text
/// the answer could legitimately take facts from (system prompt, context, prompt, tool
/// definitions and recorded tool results).
/// The sources' derived forms are made when a detector first asks for them (most cases need few).
final class CaseInput {
    let mustInclude: [String]
    let mustNotInclude: [String]
    let schema: JSONValue?
    let toolNames: Set<String>
    /// The replayed user turn as text.
    let prompt: String
    let hasContext: Bool
    /// All source texts joined.
    let sources: String
    /// All source texts joined, lowercased.
    lazy var sourceLower = LowerText(sources)
    /// The digits of the sources, in order.
    lazy var sourceDigits: [UInt8] = sources.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }
    lazy var sourceEntities: Set<String> = Set(Entities.extract(sources).map(\.id))
    /// The sources' words, hashed as `Words.hashes` does.
    lazy var sourceWords = Set(Words.hashes(sources))

    init(_ input: JSONValue) {
        let expect = input["expect"]
        mustInclude = expect?["must_include"]?.arrayValue?.compactMap(\.stringValue) ?? []
        mustNotInclude = expect?["must_not_include"]?.arrayValue?.compactMap(\.stringValue) ?? []
        schema = expect?["schema"]
        let tools = input["tools"]?.arrayValue ?? []
        toolNames = Set(tools.compactMap { $0["name"]?.stringValue })
        prompt = CaseInput.text(input["prompt"] ?? .null)
        var sources: [String] = [prompt]
        if let system = input["system"]?.stringValue { sources.append(system) }
        let context = input["context"]?.arrayValue ?? []
        hasContext = !context.isEmpty
        for message in context {
            sources.append(CaseInput.text(message["content"] ?? .null))
            for call in message["tool_calls"]?.arrayValue ?? [] { sources.append(call.compact) }
        }
        for call in input["recorded_calls"]?.arrayValue ?? [] {
            sources.append(CaseInput.text(call["result"] ?? .null))
            sources.append((call["arguments"] ?? .null).compact)
        }
        for tool in tools { sources.append(tool.compact) }
        self.sources = sources.joined(separator: "\n")
    }

    /// The text of a message content: a string, or the text parts of a list.
    static func text(_ content: JSONValue) -> String {
        switch content {
        case .string(let s): return s
        case .array(let parts): return parts.map { $0["text"]?.stringValue ?? ($0.stringValue ?? text($0["content"] ?? .null)) }.joined(separator: "\n")
        case .null: return ""
        case .object: return content["text"]?.stringValue ?? content.compact
        default: return content.compact
        }
    }
}

/// The replayed user turn of a stored case input, as text.
public func promptText(of input: JSONValue) -> String { CaseInput.text(input["prompt"] ?? .null) }
