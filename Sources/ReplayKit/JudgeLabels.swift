import Foundation
import ReplayCore
import ReplayProviders

/// Answers a yes/no question about one reply: the labels of the config's judge behaviors.
public protocol BehaviorLabeler: Sendable {
    var name: String { get }
    /// true/false, or nil when the judge's reply could not be read as yes or no.
    func label(question: String, prompt: String, reply: String) async throws -> Bool?
}

/// A configured model as the labeler, at temperature 0, every request through the response
/// cache (keyed by the provider and the exact request), so a re-run asks nothing twice and a
/// calibration labels production's replies exactly as the forecast labelled the candidate's.
public struct ModelLabeler: BehaviorLabeler {
    public let name: String
    let provider: any ModelProvider
    let identity: String
    let model: ModelConfig
    let cache: ResponseCache
    let timeout: Double
    let secrets: [String]

    public static func make(_ name: String, workspace: Workspace, environment: any Environment, http: any HTTPClient) throws -> ModelLabeler {
        let j = try ModelJudge.make(name, workspace: workspace, environment: environment, http: http)
        return ModelLabeler(name: name, provider: j.provider, identity: j.identity, model: j.model, cache: j.cache, timeout: j.timeout, secrets: j.secrets)
    }

    static let instructions = """
        You label one reply an AI assistant gave. Answer the question about the reply with yes or no, judging only \
        what the reply says. Reply with one JSON object and nothing else: {"answer": "yes" or "no"}.
        """

    public func label(question: String, prompt: String, reply: String) async throws -> Bool? {
        let text = "Request:\n\(prompt)\n\n=== Reply ===\n\(reply)\n\nQuestion about the reply: \(question)\nReply with the JSON object only."
        var parameters = SamplingParameters(temperature: 0, maxTokens: 50).over(model.parameters)
        parameters.temperature = 0
        let request = ModelRequest(model: model.model, system: ModelLabeler.instructions, messages: [Message(role: .user, content: .string(text))],
                                   tools: [], parameters: parameters)
        let key = ResponseCache.key(identity: identity, requestJSON: request.json.compact)
        let response: ModelResponse
        if let cached = cache.read(key) {
            response = cached
        } else {
            do { response = try await provider.complete(request, timeout: timeout) } catch let error as ProviderError {
                let message = secrets.reduce(error.message) { $0.replacingOccurrences(of: $1, with: "[redacted]") }
                throw ReplayError("the judge '\(name)' failed: \(message)", details: ["nothing was written; labels received so far are cached"])
            }
            try? cache.write(key, response)
        }
        return ModelLabeler.parse(response.text)
    }

    /// "yes"/"no" from the reply's JSON object, else its first standalone yes or no.
    static func parse(_ text: String) -> Bool? {
        if let open = text.firstIndex(of: "{"), let close = text.lastIndex(of: "}"), open < close,
           let json = try? JSONParser.parse(String(text[open...close])).json {
            if let b = json["answer"]?.boolValue { return b }
            if let a = json["answer"]?.stringValue?.lowercased().trimmingCharacters(in: .whitespaces) {
                if a.hasPrefix("yes") { return true }
                if a.hasPrefix("no") { return false }
            }
        }
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if word == "yes" { return true }
            if word == "no" { return false }
        }
        return nil
    }
}
