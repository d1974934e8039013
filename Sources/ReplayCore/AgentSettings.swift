/// How tool-using cases are replayed (`agent:` in the config): the loop's limits, the simulator
/// model, and per tool how a call finds its recorded result.
///
/// ```yaml
/// agent:
///   max_steps: 10          # model turns per case before the case errors
///   max_repeats: 3         # the same call (tool + arguments) this often stops the case
///   simulator: my-sim      # a configured model that plays tools with no recorded result
///   tools:
///     web_search: {match: [query]}   # these argument keys must match; others may differ
///     get_time: {match: name}        # any recorded call of the tool
///     send_email: {simulate: false}  # never simulated: unavailable unless recorded
/// ```
public struct AgentSettings: Sendable, Equatable {
    public struct Tool: Sendable, Equatable {
        public var match: ToolMatch = .exact
        public var simulate = true
        public init() {}
    }

    public var maxSteps = 10
    public var maxRepeats = 3
    public var simulator: String?
    public var tools: [String: Tool] = [:]

    public init() {}

    public func tool(_ name: String) -> Tool { tools[name] ?? Tool() }

    static let fields = ["max_steps", "max_repeats", "simulator", "tools"]

    /// Reads the config's `agent:` section, reporting each problem with its key and line.
    public static func decode(_ doc: Doc?, file: String, models: Set<String>) -> (settings: AgentSettings, problems: [Problem]) {
        var settings = AgentSettings()
        guard let doc, doc.kind != .null else { return (settings, []) }
        let v = Validation(file: file)
        guard let f = v.mapping(doc, "agent", known: fields, what: "the agent settings") else { return (settings, v.problems) }
        settings.maxSteps = v.integer(f["max_steps"], "agent.max_steps", in: 1...1000) ?? settings.maxSteps
        settings.maxRepeats = v.integer(f["max_repeats"], "agent.max_repeats", in: 2...1000) ?? settings.maxRepeats
        if let name = v.string(f["simulator"], "agent.simulator") {
            if models.contains(name) {
                settings.simulator = name
            } else {
                v.report(f["simulator"]!.line, "agent.simulator", "names '\(name)', which is not under 'models'",
                         fix: closest(to: name, in: Array(models)).map { "did you mean '\($0)'?" } ?? "add it under 'models'")
            }
        }
        if let tools = f["tools"], tools.kind != .null {
            guard case .object(let members) = tools.kind else {
                v.report(tools.line, "agent.tools", "must map tool names to settings, not \(tools.typeName)",
                         fix: "write it like {web_search: {match: [query]}}")
                return (settings, v.problems)
            }
            for member in members {
                let path = "agent.tools.\(member.key)"
                guard let t = v.mapping(member.value, path, known: ["match", "simulate"], what: "a tool's settings") else { continue }
                var tool = Tool()
                if let match = t["match"], match.kind != .null {
                    switch match.kind {
                    case .string(let word) where word == "exact": tool.match = .exact
                    case .string(let word) where word == "name": tool.match = .name
                    case .array:
                        let keys = v.strings(match, "\(path).match")
                        if keys.isEmpty { v.report(match.line, "\(path).match", "lists no argument keys", fix: "name the keys that must match, or write exact or name") }
                        tool.match = .keys(keys)
                    default:
                        v.report(match.line, "\(path).match", "must be exact, name, or a list of argument keys",
                                 fix: "e.g. match: [query] — only those keys must equal the recorded call's")
                    }
                }
                tool.simulate = v.bool(t["simulate"], "\(path).simulate") ?? true
                settings.tools[member.key] = tool
            }
        }
        return (settings, v.problems)
    }
}
