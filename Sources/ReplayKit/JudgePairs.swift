import Foundation
import ReplayCore
import ReplayDiff
import ReplayProviders

/// Gives a pairwise verdict on two answers to the same request.
public protocol PairJudge: Sendable {
    var name: String { get }
    func verdict(prompt: String, baseline: String, candidate: String, findings: [Finding]) async throws -> JudgeVerdict?
}

/// A configured model as the judge, asked twice with the answers in both orders: a side wins only
/// when both orders agree. Each call goes through the response cache, keyed by the provider and the
/// exact request, so re-running a diff asks nothing twice.
public struct ModelJudge: PairJudge {
    public let name: String
    let provider: any ModelProvider
    let identity: String
    let model: ModelConfig
    let cache: ResponseCache
    let timeout: Double
    /// Replaced by "[redacted]" in any error a server echoes (the key, URL query values).
    let secrets: [String]

    public static func make(_ name: String, workspace: Workspace, environment: any Environment, http: any HTTPClient) throws -> ModelJudge {
        let config = try workspace.loadConfig()
        guard let model = config.models[name] else {
            throw ReplayError("--judge: no model '\(name)' in the config", kind: .usage,
                              details: [closest(to: name, in: Array(config.models.keys)).map { "did you mean '\($0)'?" } ?? "add it under 'models' in .replay/config.yaml"])
        }
        let made = try ProviderFactory.make(model, workspace: workspace, environment: environment, http: http)
        return ModelJudge(name: name, provider: made.provider, identity: made.identity, model: model,
                          cache: try ResponseCache(folder: workspace.root + "/cache"), timeout: model.timeoutSeconds ?? 120, secrets: made.secrets)
    }

    static let instructions = """
        You compare two answers an AI assistant gave to the same request. Judge which answer serves the request better: \
        correct, faithful to the request and its context, complete, safe, and no longer than needed. Do not prefer an \
        answer for its length or its position. Reply with one JSON object and nothing else: \
        {"verdict": "A" or "B" or "tie", "reason": "one sentence"}.
        """

    public func verdict(prompt: String, baseline: String, candidate: String, findings: [Finding]) async throws -> JudgeVerdict? {
        let notes = findings.filter(\.regression).map { "- \($0.detector.rawValue): \($0.message)" }
        async let first = ask(prompt: prompt, a: baseline, b: candidate, notes: notes, candidateIs: "B")
        async let second = ask(prompt: prompt, a: candidate, b: baseline, notes: notes, candidateIs: "A")
        let (one, two) = try await (first, second)
        let outcome: JudgeVerdict.Outcome
        switch (one.side, two.side) {
        case (.candidate?, .candidate?): outcome = .candidate
        case (.baseline?, .baseline?): outcome = .baseline
        case (.tie?, .tie?): outcome = .tie
        default: outcome = .inconsistent
        }
        return JudgeVerdict(model: name, outcome: outcome, firstOrder: one.raw, secondOrder: two.raw, reason: one.reason ?? two.reason)
    }

    /// One order: the verdict letter mapped to a side.
    func ask(prompt: String, a: String, b: String, notes: [String], candidateIs: String) async throws -> (side: JudgeVerdict.Outcome?, raw: String, reason: String?) {
        var text = "Request:\n\(prompt)\n\n=== Answer A ===\n\(a)\n\n=== Answer B ===\n\(b)\n"
        if !notes.isEmpty {
            text += "\nAutomatic checks noticed these problems in answer \(candidateIs) (compared with the other answer):\n" + notes.joined(separator: "\n") + "\n"
        }
        text += "\nWhich answer is better? Reply with the JSON object only."
        let response = try await complete(system: ModelJudge.instructions, user: text, maxTokens: 300, consequence: "the diff was not written; verdicts received so far are cached")
        let (letter, reason) = ModelJudge.parse(response.text)
        let side: JudgeVerdict.Outcome? = switch letter {
        case "tie": .tie
        case candidateIs: .candidate
        case nil: nil
        default: .baseline
        }
        return (side, letter ?? "unreadable: \(response.text.prefix(80))", reason)
    }

    /// One request to the judge model at temperature 0, through the response cache (keyed by the
    /// provider and the exact request); a provider error names the judge, never the key.
    func complete(system: String, user: String, maxTokens: Int, consequence: String) async throws -> ModelResponse {
        var parameters = SamplingParameters(temperature: 0, maxTokens: maxTokens).over(model.parameters)
        parameters.temperature = 0
        let request = ModelRequest(model: model.model, system: system, messages: [Message(role: .user, content: .string(user))],
                                   tools: [], parameters: parameters)
        let key = ResponseCache.key(identity: identity, requestJSON: request.json.compact)
        if let cached = cache.read(key) { return cached }
        do {
            let response = try await provider.complete(request, timeout: timeout)
            try? cache.write(key, response)
            return response
        } catch let error as ProviderError {
            let message = secrets.reduce(error.message) { $0.replacingOccurrences(of: $1, with: "[redacted]") }
            throw ReplayError("the judge '\(name)' failed: \(message)", details: [consequence])
        }
    }

    /// The verdict ("A", "B", "tie") and reason from the judge's reply: its JSON object, else the first
    /// standalone A, B or tie.
    static func parse(_ text: String) -> (String?, String?) {
        if let open = text.firstIndex(of: "{"), let close = text.lastIndex(of: "}"), open < close,
           let json = try? JSONParser.parse(String(text[open...close])).json, let v = json["verdict"]?.stringValue {
            let verdict = v.trimmingCharacters(in: .whitespaces).lowercased()
            let letter = verdict == "a" ? "A" : verdict == "b" ? "B" : verdict.hasPrefix("tie") ? "tie" : nil
            return (letter, json["reason"]?.stringValue)
        }
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            if word == "A" || word == "B" { return (String(word), nil) }
            if word.lowercased() == "tie" { return ("tie", nil) }
        }
        return (nil, nil)
    }
}
