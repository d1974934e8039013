/// The workspace configuration (`.replay/config.yaml`).
public struct Config: Sendable, Equatable {
    public var version: Int
    /// The model `record` uses when none is named.
    public var defaultModel: String?
    /// Sampling parameters for every case, unless the model or the case sets its own.
    public var defaults: SamplingParameters
    public var models: [String: ModelConfig]
    /// The `diff:` section as written; the diff reads and validates it (`DiffSettings`).
    public var diff: Doc?
    /// The `forecast:` section as written; the forecast reads and validates it (`ForecastSettings`).
    public var forecast: Doc?
    /// How tool-using cases are replayed (`agent:`).
    public var agent = AgentSettings()

    public init(version: Int = 1, defaultModel: String? = nil, defaults: SamplingParameters = .init(), models: [String: ModelConfig] = [:]) {
        self.version = version
        self.defaultModel = defaultModel
        self.defaults = defaults
        self.models = models
    }
}

public enum Provider: String, Sendable, CaseIterable {
    /// OpenAI Chat Completions, or any compatible server.
    case openai
    /// Anthropic Messages API.
    case anthropic
    /// A program of the user's: request JSON on stdin, response JSON on stdout.
    case command
    /// Recorded request → response pairs.
    case cassette
    /// Outputs produced elsewhere and recorded with `record --outputs`.
    case outputs
}

public struct ModelConfig: Sendable, Equatable {
    public var name: String
    public var provider: Provider
    /// The provider's own model id (defaults to the configured name).
    public var model: String
    public var baseURL: String?
    /// The environment variable holding the API key (keys never appear in the config).
    public var apiKeyEnv: String?
    public var command: [String]
    public var cassette: String?
    public var parameters: SamplingParameters
    public var timeoutSeconds: Double?
    /// US dollars per million input and output tokens, for cost estimates.
    public var inputPricePerMTok: Double?
    public var outputPricePerMTok: Double?
    /// Ask for a streamed answer (server-sent events) instead of one JSON body.
    public var stream = false
    /// Prompt files this model reads in place of others (`prompts/support.md` →
    /// `prompts/support.v2.md`): a prompt change tried on every case that uses the file, without
    /// editing the file.
    public var promptFiles: [String: String] = [:]
    /// Requests in flight at once (default 8).
    public var concurrency: Int?
    public var requestsPerMinute: Double?
    public var tokensPerMinute: Double?

    /// Estimated cost in US dollars of a call with these token counts, if the config has prices.
    public func cost(inputTokens: Int?, outputTokens: Int?) -> Double? {
        guard inputPricePerMTok != nil || outputPricePerMTok != nil else { return nil }
        return (Double(inputTokens ?? 0) * (inputPricePerMTok ?? 0) + Double(outputTokens ?? 0) * (outputPricePerMTok ?? 0)) / 1_000_000
    }

    public init(name: String, provider: Provider, model: String? = nil, baseURL: String? = nil, apiKeyEnv: String? = nil,
                command: [String] = [], cassette: String? = nil, parameters: SamplingParameters = .init(),
                timeoutSeconds: Double? = nil, inputPricePerMTok: Double? = nil, outputPricePerMTok: Double? = nil) {
        self.name = name
        self.provider = provider
        self.model = model ?? name
        self.baseURL = baseURL
        self.apiKeyEnv = apiKeyEnv
        self.command = command
        self.cassette = cassette
        self.parameters = parameters
        self.timeoutSeconds = timeoutSeconds
        self.inputPricePerMTok = inputPricePerMTok
        self.outputPricePerMTok = outputPricePerMTok
    }
}

/// Reads and validates `config.yaml`, reporting every problem with its key and line.
public enum ConfigDecoder {
    static let fields = ["version", "default_model", "defaults", "models", "diff", "agent", "forecast"]
    static let modelFields = ["provider", "model", "base_url", "api_key_env", "command", "cassette", "parameters", "timeout_seconds", "price",
                              "stream", "concurrency", "requests_per_minute", "tokens_per_minute", "prompt_files"]
    static let secretFields = ["api_key", "key", "token", "secret", "password", "authorization"]

    public static func decode(_ text: String, file: String) -> (config: Config, problems: [Problem]) {
        let v = Validation(file: file)
        let docs: [Doc]
        do { docs = try YAMLReader.documents(text) } catch {
            v.report(error.line, nil, "not valid YAML: \(error.message) (column \(error.column))")
            return (Config(), v.problems)
        }
        guard let doc = docs.first, doc.kind != .null else { return (Config(), []) }
        if docs.count > 1 { v.report(docs[1].line, nil, "holds more than one YAML document", fix: "remove the second '---'") }
        guard let f = v.mapping(doc, "", known: fields, what: "the config") else { return (Config(), v.problems) }
        var config = Config()
        if let version = v.integer(f["version"], "version") {
            if version != 1 { v.report(f["version"]!.line, "version", "unsupported config version \(version)", fix: "this replay reads version 1") }
            config.version = version
        }
        config.defaultModel = v.string(f["default_model"], "default_model")
        if let d = f["defaults"] { config.defaults = CaseDecoder.sampling(d, "defaults", v) }
        if let m = f["models"], m.kind != .null {
            if case .object(let members) = m.kind {
                for member in members {
                    if let model = modelConfig(member.key, member.value, keyLine: member.keyLine, v) {
                        config.models[member.key] = model
                    }
                }
            } else {
                v.report(m.line, "models", "must be a mapping from model names to their settings, not \(m.typeName)")
            }
        }
        config.diff = f["diff"]
        config.forecast = f["forecast"]
        let agent = AgentSettings.decode(f["agent"], file: file, models: Set(config.models.keys))
        config.agent = agent.settings
        v.absorb(agent.problems)
        if let name = config.defaultModel, !config.models.isEmpty, config.models[name] == nil {
            v.report(f["default_model"]!.line, "default_model", "names '\(name)', which is not under 'models'",
                     fix: closest(to: name, in: Array(config.models.keys)).map { "did you mean '\($0)'?" } ?? "add it under 'models'")
        }
        return (config, v.problems)
    }

    static func modelConfig(_ name: String, _ doc: Doc, keyLine: Int, _ v: Validation) -> ModelConfig? {
        let path = "models.\(name)"
        if let problem = ModelName.problem(name) {
            v.report(keyLine, path, "model name \(problem)")
        }
        if case .object(let members) = doc.kind {
            for member in members where secretFields.contains(member.key.lowercased()) {
                v.report(member.keyLine, "\(path).\(member.key)", "secrets are never written in the config",
                         fix: "put the key in an environment variable and name it with 'api_key_env'")
            }
        }
        let known = modelFields + secretFields
        guard let f = v.mapping(doc, path, known: known, what: "a model") else { return nil }
        guard let providerText = v.string(f["provider"], "\(path).provider", required: true) else { return nil }
        guard let provider = Provider(rawValue: providerText) else {
            v.report(f["provider"]!.line, "\(path).provider", "unknown provider '\(providerText)'",
                     fix: "use one of \(Provider.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        var model = ModelConfig(name: name, provider: provider, model: v.string(f["model"], "\(path).model"))
        model.baseURL = v.string(f["base_url"], "\(path).base_url")
        if let url = model.baseURL, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            v.report(f["base_url"]!.line, "\(path).base_url", "'\(url)' is not an http(s) URL", fix: "write it like https://api.openai.com/v1")
        } else if let url = model.baseURL, let authority = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first,
                  authority.contains("@") {
            v.report(f["base_url"]!.line, "\(path).base_url", "holds a user name or password (not repeated here)",
                     fix: "secrets are never written in the config: put the key in an environment variable named by api_key_env")
        }
        model.apiKeyEnv = v.string(f["api_key_env"], "\(path).api_key_env")
        if let env = model.apiKeyEnv, !env.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || $0 == 0x5F }) {
            v.report(f["api_key_env"]!.line, "\(path).api_key_env", "'\(env)' is not an environment variable name",
                     fix: "name the variable (e.g. OPENAI_API_KEY), never the key itself")
        }
        model.command = v.strings(f["command"], "\(path).command")
        model.cassette = v.string(f["cassette"], "\(path).cassette")
        if let files = f["prompt_files"], files.kind != .null {
            if case .object(let members) = files.kind {
                for member in members {
                    if let target = v.string(member.value, "\(path).prompt_files.\(member.key)") { model.promptFiles[member.key] = target }
                }
            } else {
                v.report(files.line, "\(path).prompt_files", "must map prompt files to the files read instead, not \(files.typeName)",
                         fix: "write it like {prompts/support.md: prompts/support.v2.md}")
            }
        }
        if let p = f["parameters"] { model.parameters = CaseDecoder.sampling(p, "\(path).parameters", v) }
        model.timeoutSeconds = v.number(f["timeout_seconds"], "\(path).timeout_seconds", in: 0.1...86_400)
        model.stream = v.bool(f["stream"], "\(path).stream") ?? false
        model.concurrency = v.integer(f["concurrency"], "\(path).concurrency", in: 1...1024)
        model.requestsPerMinute = v.number(f["requests_per_minute"], "\(path).requests_per_minute", in: 0.001...1_000_000)
        model.tokensPerMinute = v.number(f["tokens_per_minute"], "\(path).tokens_per_minute", in: 1...1_000_000_000)
        if let price = f["price"], let pf = v.mapping(price, "\(path).price", known: ["input_per_mtok", "output_per_mtok"], what: "a price") {
            model.inputPricePerMTok = v.number(pf["input_per_mtok"], "\(path).price.input_per_mtok", in: 0...100_000)
            model.outputPricePerMTok = v.number(pf["output_per_mtok"], "\(path).price.output_per_mtok", in: 0...100_000)
        }
        switch provider {
        case .command where model.command.isEmpty:
            v.report(doc.line, "\(path).command", "is required for provider 'command'", fix: "add 'command: [program, arg, ...]'")
        case .cassette where model.cassette == nil:
            v.report(doc.line, "\(path).cassette", "is required for provider 'cassette'", fix: "add 'cassette: <path of the cassette file>'")
        default: break
        }
        return model
    }
}

/// Model names: what users type and what names the store's references.
public enum ModelName {
    /// Nil if `name` can name a model, else why not.
    public static func problem(_ name: String) -> String? {
        guard !name.isEmpty else { return "must not be empty" }
        guard name.utf8.count <= 200 else { return "is longer than 200 characters" }
        guard !name.contains(where: { $0.isWhitespace || $0 == "~" || $0 == "^" || $0 == ":" }) else {
            return "'\(name)' must not contain spaces, '~', '^' or ':'"
        }
        guard name != "default" else { return "'default' is reserved for the accepted baseline" }
        return nil
    }

    /// The reference-safe form of a model name: lowercase letters, digits, '.', '_' and '-'.
    /// `anthropic/claude-3.5` becomes `anthropic-claude-3.5`.
    public static func slug(_ name: String) -> String {
        var out = ""
        var lastWasDash = false
        for scalar in name.lowercased().unicodeScalars {
            let ok = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_"
            if ok {
                out.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash {
                out.append("-")
                lastWasDash = true
            }
        }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix(".") || out.hasSuffix("-") { out.removeLast() }
        while out.contains("..") { out = out.replacingOccurrences("..", ".") }
        if out.hasSuffix(".lock") { out += "-" }
        return out.isEmpty ? "model" : out
    }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation, which the pure targets do not import).
    public func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
