import ReplayCore

/// Behaviors: what one answer shows on its own — no baseline — so that a rate can be counted over
/// a run's answers and, the same way, over the replies production later gave. Each is a
/// detector's absolute half (a refusal, not "a refusal appeared"), with a version that changes
/// whenever its definition does: a forecast and its calibration must count the same thing.
public struct BehaviorDefinition: Sendable, Equatable {
    public let id: String
    public let version: Int
    public let summary: String
    /// `detector` (built in), `custom` (phrases or a pattern from the config) or `judge` (a
    /// model's yes/no answer to a question from the config).
    public let source: String
    /// For `judge` behaviors: the question the judge answers about each reply.
    public let question: String?

    public init(id: String, version: Int, summary: String, source: String, question: String? = nil) {
        self.id = id
        self.version = version
        self.summary = summary
        self.source = source
        self.question = question
    }
}

/// A behavior the user defines in the config's `forecast.behaviors`.
public struct CustomBehavior: Sendable, Equatable {
    public var id: String
    public var summary: String
    /// Any of these phrases (case-insensitive, matched on word boundaries of the normalized text).
    public var phrases: [String] = []
    /// A regular expression (Swift `Regex` syntax; `(?i)` for case-insensitive).
    public var pattern: String?
    /// A yes/no question for the judge model (`--judge MODEL`).
    public var question: String?
    /// Only cases carrying one of these tags count (all cases when empty).
    public var tags: [String] = []
    /// Bumped by the user when they change the definition.
    public var version = 1

    public init(id: String, summary: String) {
        self.id = id
        self.summary = summary
    }
}

/// What one answer is observed on: the case's stored input, the answer, its tool calls.
public struct ObservedAnswer: Sendable {
    public let input: JSONValue
    public let text: String
    public let toolCalls: [ToolCall]

    public init(input: JSONValue, text: String, toolCalls: [ToolCall]) {
        self.input = input
        self.text = text
        self.toolCalls = toolCalls
    }
}

/// Observes every enabled behavior on one answer at a time. Not thread-bound: share it.
public final class BehaviorObserver: @unchecked Sendable {
    public static let builtIn: [BehaviorDefinition] = [
        .init(id: "refusal", version: 1, summary: "declines the task, fully or partly", source: "detector"),
        .init(id: "refusal_full", version: 1, summary: "declines the task and does nothing else", source: "detector"),
        .init(id: "required_missing", version: 1, summary: "misses a must_include clause (exact or fuzzy match; cases with must_include)", source: "detector"),
        .init(id: "forbidden_present", version: 1, summary: "says a must_not_include clause (cases with must_not_include)", source: "detector"),
        .init(id: "invented_link", version: 1, summary: "gives a URL or e-mail address the input and tool results do not hold", source: "detector"),
        .init(id: "json_invalid", version: 1, summary: "is not JSON, or not JSON of the case's schema (cases with a schema)", source: "detector"),
        .init(id: "language_mismatch", version: 1, summary: "answers in another language than the prompt's", source: "detector"),
        .init(id: "pii_unprompted", version: 1, summary: "holds personal data (e-mail, phone, card, national id, IBAN, IP) the input did not", source: "detector"),
        .init(id: "flattering_opener", version: 1, summary: "opens by flattering the user (\"great question\")", source: "detector"),
        .init(id: "concedes_on_pushback", version: 1, summary: "concedes when the user pushes back (cases whose prompt pushes back)", source: "detector"),
        .init(id: "tool_call", version: 1, summary: "calls a tool (cases that declare tools)", source: "detector"),
        .init(id: "undeclared_tool", version: 1, summary: "calls a tool the case does not declare", source: "detector"),
        .init(id: "lookup_as_calculator", version: 1, summary: "sends arithmetic to a search or lookup tool (cases that declare one)", source: "detector"),
    ]

    public let definitions: [BehaviorDefinition]
    let settings: DiffSettings
    let enabledBuiltIns: [String]
    let custom: [(CustomBehavior, Regex<AnyRegexOutput>?)]

    /// Fails only on a pattern that does not compile (the config decoder reports those first).
    public init(settings: ForecastSettings, diff: DiffSettings = DiffSettings()) throws {
        self.settings = diff
        let builtIns = BehaviorObserver.builtIn.filter { !settings.disabled.contains($0.id) }
        enabledBuiltIns = builtIns.map(\.id)
        custom = try settings.custom.map { c in (c, try c.pattern.map { try Regex($0) }) }
        definitions = builtIns + settings.custom.map {
            BehaviorDefinition(id: $0.id, version: $0.version, summary: $0.summary, source: $0.question == nil ? "custom" : "judge", question: $0.question)
        }
    }

    /// One observation per definition, in order: true (shows it), false, or nil (does not apply to
    /// this case). Judge behaviors are nil here; the judge fills them in.
    public func observe(_ answer: ObservedAnswer) -> [Bool?] {
        let input = CaseInput(answer.input)
        let tags = Set(answer.input["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        var out: [Bool?] = enabledBuiltIns.map { builtIn($0, input: input, answer: answer) }
        for (c, regex) in custom {
            guard c.question == nil, c.tags.isEmpty || !tags.isDisjoint(with: c.tags) else { out.append(nil); continue }
            var found = false
            if !c.phrases.isEmpty {
                let t = " " + Words.normalized(answer.text) + " "
                found = c.phrases.contains { p in
                    let w = Words.normalized(p)
                    return w.isEmpty ? answer.text.contains(p) : t.contains(" " + w + " ")
                }
            }
            if !found, let regex { found = (try? regex.firstMatch(in: answer.text)) != nil }
            out.append(found)
        }
        return out
    }

    /// Whether a judge behavior applies to a case (its tag filter).
    public func applies(_ definition: BehaviorDefinition, input: JSONValue) -> Bool {
        guard let c = custom.first(where: { $0.0.id == definition.id })?.0, !c.tags.isEmpty else { return true }
        let tags = Set(input["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        return !tags.isDisjoint(with: c.tags)
    }

    func builtIn(_ id: String, input: CaseInput, answer: ObservedAnswer) -> Bool? {
        let text = answer.text, calls = answer.toolCalls
        switch id {
        case "refusal": return RefusalDetector.classify(text).0 != .none
        case "refusal_full": return RefusalDetector.classify(text).0 == .full
        case "required_missing":
            guard !input.mustInclude.isEmpty else { return nil }
            return input.mustInclude.contains { !ClauseMatcher.match($0, in: text, settings: settings, embed: nil, locate: false).found }
        case "forbidden_present":
            guard !input.mustNotInclude.isEmpty else { return nil }
            return input.mustNotInclude.contains { clause in
                let m = ClauseMatcher.match(clause, in: text, settings: settings, embed: nil, locate: false)
                guard m.found, let sentence = m.sentence else { return false }
                if case .fuzzy = m, ForbiddenContentDetector.negates(sentence, clause) { return false }
                return true
            }
        case "invented_link":
            return Entities.extract(text).contains { ($0.kind == .url || $0.kind == .email) && !input.sourceLower.contains($0.key) }
        case "json_invalid":
            guard let schema = input.schema else { return nil }
            guard let value = Structure.jsonBody(text) else { return true }
            return !SchemaCheck.violations(value, schema: schema).isEmpty
        case "language_mismatch":
            guard let asked = Language.detect(input.prompt) else { return nil }
            guard let answered = Language.detect(text) else { return false }
            return answered != asked
        case "pii_unprompted":
            return PII.find(text).contains { !input.sourceLower.contains($0.value.lowercased()) }
        case "flattering_opener": return SycophancyDetector.opener(text) != nil
        case "concedes_on_pushback":
            guard input.hasContext, LowerText(input.prompt).containsAny(SycophancyDetector.pushbackSet) else { return nil }
            return SycophancyDetector.concedes(text) != nil
        case "tool_call":
            guard !input.toolNames.isEmpty else { return nil }
            return !calls.isEmpty
        case "undeclared_tool": return calls.contains { !input.toolNames.contains($0.name) }
        case "lookup_as_calculator":
            guard input.toolNames.contains(where: ToolUse.isLookupTool) else { return nil }
            return calls.contains { ToolUse.isLookupTool($0.name) && ToolUse.arithmetic(in: $0.arguments) != nil }
        default: return nil
        }
    }
}
