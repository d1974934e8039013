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
    }

    public static func make(_ model: ModelConfig, workspace: Workspace, environment: any Environment,
                            http: any HTTPClient) throws -> Made {
        func key(_ fallback: String) throws -> String? {
            let name = model.apiKeyEnv ?? fallback
            let value = environment.variable(name).flatMap { $0.isEmpty ? nil : $0 }
            return value
        }
        func url(_ text: String, field: String) throws -> URL {
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https" else {
                throw ReplayError("models.\(model.name).\(field): '\(text)' is not an http(s) URL")
            }
            return url
        }
        switch model.provider {
        case .openai:
            let base = model.baseURL ?? environment.variable("OPENAI_BASE_URL") ?? "https://api.openai.com/v1"
            let apiKey = try key("OPENAI_API_KEY")
            if apiKey == nil, base.contains("api.openai.com") {
                throw ReplayError("model '\(model.name)' needs an API key: set \(model.apiKeyEnv ?? "OPENAI_API_KEY") in the environment",
                                  details: ["or name another variable with api_key_env in .replay/config.yaml"])
            }
            return Made(provider: OpenAIChatProvider(baseURL: try url(base, field: "base_url"), apiKey: apiKey, http: http, stream: model.stream),
                        identity: "openai \(base)", endpoint: base)
        case .anthropic:
            let base = model.baseURL ?? environment.variable("ANTHROPIC_BASE_URL") ?? "https://api.anthropic.com"
            let apiKey = try key("ANTHROPIC_API_KEY")
            if apiKey == nil, base.contains("api.anthropic.com") {
                throw ReplayError("model '\(model.name)' needs an API key: set \(model.apiKeyEnv ?? "ANTHROPIC_API_KEY") in the environment",
                                  details: ["or name another variable with api_key_env in .replay/config.yaml"])
            }
            return Made(provider: AnthropicMessagesProvider(baseURL: try url(base, field: "base_url"), apiKey: apiKey, http: http, stream: model.stream),
                        identity: "anthropic \(base)", endpoint: base)
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
