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
    public var name: String { judge.name }
    let judge: ModelJudge

    public static func make(_ name: String, workspace: Workspace, environment: any Environment, http: any HTTPClient) throws -> ModelLabeler {
        ModelLabeler(judge: try ModelJudge.make(name, workspace: workspace, environment: environment, http: http))
    }

    static let instructions = """
        You label one reply an AI assistant gave. Answer the question about the reply with yes or no, judging only \
        what the reply says. Reply with one JSON object and nothing else: {"answer": "yes" or "no"}.
        """

    public func label(question: String, prompt: String, reply: String) async throws -> Bool? {
        let text = "Request:\n\(prompt)\n\n=== Reply ===\n\(reply)\n\nQuestion about the reply: \(question)\nReply with the JSON object only."
        let response = try await judge.complete(system: ModelLabeler.instructions, user: text, maxTokens: 50,
                                                consequence: "nothing was written; labels received so far are cached")
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
