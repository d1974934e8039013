import Foundation
import ReplayCore
import ReplayProviders

/// Makes the provider a configured model names. API keys are read from the environment here and
/// handed to the provider; they are never written anywhere.
public enum ProviderFactory {
    public struct Made: Sendable {
        public let provider: any ModelProvider
        /// Kind and endpoint (never the key): part of the cache key and the run's manifest.
        public let identity: String
        public let endpoint: String?
        /// Values that must not be stored even when a server echoes them (the key, URL query values).
        public var secrets: [String] = []
    }

    /// The URL as it may be stored: without user, password, query or fragment (they can hold secrets).
    static func redacted(_ url: URL) -> String {
        guard var parts = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url.host ?? "?" }
        parts.user = nil
        parts.password = nil
        parts.query = nil
        parts.fragment = nil
        return parts.string ?? (url.host ?? "?")
    }

    static func secrets(_ url: URL, _ key: String?) -> [String] {
        let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.compactMap(\.value) ?? []
        return ([key].compactMap { $0 } + query + [url.password].compactMap { $0 }).filter { $0.count >= 4 }
    }

    public static func make(_ model: ModelConfig, workspace: Workspace, environment: any Environment,
                            http: any HTTPClient) throws -> Made {
        /// The endpoint (config, else the conventional variable, else the official API) and the key
        /// (the variable `api_key_env` names, else the conventional one), required for the official API.
        func endpoint(baseVariable: String, official: String, keyVariable: String) throws -> (base: String, url: URL, key: String?) {
            let base = model.baseURL ?? environment.variable(baseVariable) ?? official
            guard let url = URL(string: base), url.scheme == "http" || url.scheme == "https" else {
                throw ReplayError("models.\(model.name).base_url: '\(base)' is not an http(s) URL")
            }
            let variable = model.apiKeyEnv ?? keyVariable
            let key = environment.variable(variable).flatMap { $0.isEmpty ? nil : $0 }
            if key == nil, url.host == URL(string: official)?.host {
                throw ReplayError("model '\(model.name)' needs an API key: set \(variable) in the environment",
                                  details: ["or name another variable with api_key_env in .replay/config.yaml"])
            }
            return (redacted(url), url, key)
        }
        switch model.provider {
        case .openai:
            let e = try endpoint(baseVariable: "OPENAI_BASE_URL", official: "https://api.openai.com/v1", keyVariable: "OPENAI_API_KEY")
            return Made(provider: OpenAIChatProvider(baseURL: e.url, apiKey: e.key, http: http, stream: model.stream),
                        identity: "openai \(e.base)", endpoint: e.base, secrets: secrets(e.url, e.key))
        case .anthropic:
            let e = try endpoint(baseVariable: "ANTHROPIC_BASE_URL", official: "https://api.anthropic.com", keyVariable: "ANTHROPIC_API_KEY")
            return Made(provider: AnthropicMessagesProvider(baseURL: e.url, apiKey: e.key, http: http, stream: model.stream),
                        identity: "anthropic \(e.base)", endpoint: e.base, secrets: secrets(e.url, e.key))
        case .command:
            return Made(provider: CommandProvider(command: model.command, workingDirectory: workspace.projectRoot),
                        identity: "command \(model.command.joined(separator: " "))", endpoint: nil)
        case .cassette:
            let relative = model.cassette ?? ""
            let path = relative.hasPrefix("/") ? relative : workspace.projectRoot + "/" + relative
            return Made(provider: try CassetteProvider.load(path: path, shownAs: relative), identity: "cassette \(relative)", endpoint: nil)
        case .outputs:
            throw ReplayError("model '\(model.name)' has provider 'outputs': its answers are recorded with --outputs FILE", kind: .usage,
                              details: ["replay record --outputs answers.jsonl --model \(model.name)"])
        }
    }
}
