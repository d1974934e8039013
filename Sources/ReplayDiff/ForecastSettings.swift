import ReplayCore

/// The config's `forecast:` section: built-in behaviors switched off, the user's own behaviors,
/// and the change the sample-size guidance is for.
public struct ForecastSettings: Sendable, Equatable {
    public var disabled: Set<String> = []
    public var custom: [CustomBehavior] = []
    /// The sample-size guidance tells how many cases resolve a move by this factor.
    public var changeFactor = 2.0

    public init() {}

    static let fields = ["behaviors", "change"]
    static let customFields = ["summary", "any", "pattern", "judge", "tags", "version"]

    /// Reads `forecast:`, reporting each problem with its key and line.
    public static func decode(_ doc: Doc?, file: String) -> (settings: ForecastSettings, problems: [Problem]) {
        var settings = ForecastSettings()
        guard let doc, doc.kind != .null else { return (settings, []) }
        let v = Validation(file: file)
        guard let f = v.mapping(doc, "forecast", known: fields, what: "the forecast settings") else { return (settings, v.problems) }
        settings.changeFactor = v.number(f["change"], "forecast.change", in: 1.01...1000) ?? settings.changeFactor
        guard let behaviors = f["behaviors"], behaviors.kind != .null else { return (settings, v.problems) }
        guard case .object(let members) = behaviors.kind else {
            v.report(behaviors.line, "forecast.behaviors", "must map behavior ids to definitions, not \(behaviors.typeName)",
                     fix: "write it like {refusal_full: false, mentions_competitor: {any: [Acme, Globex]}}")
            return (settings, v.problems)
        }
        let builtIns = BehaviorObserver.builtIn.map(\.id)
        for member in members {
            let path = "forecast.behaviors.\(member.key)"
            if builtIns.contains(member.key) {
                guard case .bool = member.value.kind else {
                    v.report(member.keyLine, path, "'\(member.key)' is built in: it can only be switched on or off",
                             fix: "write \(member.key): false, or give your own behavior another id")
                    continue
                }
                if v.bool(member.value, path) == false { settings.disabled.insert(member.key) }
                continue
            }
            guard BehaviorID.valid(member.key) else {
                v.report(member.keyLine, path, "'\(member.key)' is not a usable behavior id",
                         fix: "use lowercase letters, digits and _ (e.g. mentions_competitor)")
                continue
            }
            if case .bool = member.value.kind {
                let near = closest(to: member.key, in: builtIns)
                v.report(member.keyLine, path, "there is no built-in behavior '\(member.key)' to switch",
                         fix: near.map { "did you mean '\($0)'?" } ?? "the built-in behaviors are \(builtIns.joined(separator: ", "))")
                continue
            }
            guard let m = v.mapping(member.value, path, known: customFields, what: "a behavior's definition") else { continue }
            var c = CustomBehavior(id: member.key, summary: v.string(m["summary"], "\(path).summary") ?? member.key.replacingOccurrences("_", " "))
            c.phrases = v.strings(m["any"], "\(path).any", allowSingle: true)
            c.pattern = v.string(m["pattern"], "\(path).pattern")
            c.question = v.string(m["judge"], "\(path).judge")
            c.tags = v.strings(m["tags"], "\(path).tags", allowSingle: true)
            c.version = v.integer(m["version"], "\(path).version", in: 1...1_000_000) ?? 1
            if let pattern = c.pattern {
                do { _ = try Regex(pattern) } catch {
                    v.report(m["pattern"]!.line, "\(path).pattern", "the regular expression does not compile: \(error)",
                             fix: "use Swift Regex syntax, e.g. \"(?i)acme\\\\s+corp\"")
                }
            }
            let kinds = [!c.phrases.isEmpty || c.pattern != nil, c.question != nil].filter { $0 }.count
            if kinds == 0 {
                v.report(member.keyLine, path, "the behavior says nothing to look for",
                         fix: "give `any: [phrases]`, `pattern: REGEX`, or `judge: \"a yes/no question about the reply\"`")
                continue
            }
            if kinds == 2 {
                v.report(member.keyLine, path, "the behavior has both a judge question and phrases or a pattern",
                         fix: "keep one: a judge behavior is labelled by the model alone")
                continue
            }
            settings.custom.append(c)
        }
        return (settings, v.problems)
    }
}

/// Behavior ids: what config keys and report anchors can use.
public enum BehaviorID {
    public static func valid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } == true
            && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }
}
