import Foundation
import ReplayCore
import ReplayProviders
import ReplayStore

/// What a long recording reports while it runs.
public protocol RecordProgress: Sendable {
    func started(total: Int, cached: Int)
    func finished(_ status: RecordStatus)
}

/// Counters of a recording in progress.
public struct RecordStatus: Sendable {
    public var total = 0
    public var done = 0
    public var errors = 0
    public var cached = 0
    public var retries = 0
    public var inputTokens = 0
    public var outputTokens = 0
    public var cost: Double?
    public var elapsed: Double = 0
    public var lastCase = ""
}

/// `replay record --model NAME`: every selected case through a configured model, concurrently,
/// with retries, rate limits and a resumable cache, then stored as one run.
public enum RecordModel {
    public struct Options: Sendable {
        public var caseIDs: [String] = []
        public var tags: [String] = []
        /// Only cases whose input differs from the model's latest run (or that it lacks).
        public var changedOnly = false
        public var concurrency: Int?
        public var requestsPerMinute: Double?
        public var tokensPerMinute: Double?
        public var timeout: Double?
        public var maxRetries = 5
        public var useCache = true
        /// Where to write a cassette of this run's answers (relative to the current folder).
        public var saveCassette: String?
        public var setDefault = false
        /// Answers per case (K samples, to measure the model's own noise).
        public var repeatCount = 1
        /// Base of the exponential backoff, in seconds (tests shorten it).
        public var backoffBase = 0.5

        public init() {}
    }

    public struct Result: Sendable {
        public let written: WrittenRun
        public let status: RecordStatus
        public let selected: Int
        /// The cases answered with an error in this run, with the error.
        public let failures: [(caseID: String, error: String)]
    }

    /// Answers recorded but not stored (yet): what `run` stores, and what `check --run --ci`
    /// compares in memory without writing.
    public struct Answered: Sendable {
        /// The whole case set (prompt files substituted for this model).
        public let cases: [Case]
        /// The selected cases' results (samples folded in).
        public let results: [CaseResult]
        public let status: RecordStatus
        public let selected: Int
        let source: [String: JSONValue]
        let provider: String
        let parameters: SamplingParameters
    }

    public static func run(workspace: Workspace, model name: String, options: Options, environment: any Environment,
                           http: any HTTPClient, progress: any RecordProgress) async throws -> Result {
        let answered = try await answer(workspace: workspace, model: name, options: options, environment: environment, http: http,
                                        progress: progress)
        let store = try workspace.openStore(environment: environment)
        let written = try RecordRun.store(.init(model: name, provider: answered.provider, parameters: answered.parameters,
                                                cases: answered.cases, results: answered.results, source: answered.source,
                                                setDefault: options.setDefault),
                                          in: store, environment: environment)
        let failures = answered.results.compactMap { r in r.error.map { (r.caseID, $0) } }
        return Result(written: written, status: answered.status, selected: answered.selected, failures: failures)
    }

    /// Answers the selected cases through the model (cache, retries, budgets), without storing.
    public static func answer(workspace: Workspace, model name: String, options: Options, environment: any Environment,
                              http: any HTTPClient, progress: any RecordProgress) async throws -> Answered {
        let config = try workspace.loadConfig()
        guard let model = config.models[name] else {
            let hint = closest(to: name, in: Array(config.models.keys)).map { "did you mean '\($0)'?" }
                ?? "add it under 'models' in .replay/config.yaml, or record answers produced elsewhere with --outputs FILE"
            throw ReplayError("no model '\(name)' in the config", details: [hint])
        }
        let cases = try substitutePrompts(CaseCatalog.load(workspace).requireValid(), model: model, workspace: workspace)
        let store = try workspace.openStore(environment: environment)
        let made = try ProviderFactory.make(model, workspace: workspace, environment: environment, http: http)
        let selected = try select(cases, options: options, store: store, model: name)
        let cache = try ResponseCache(folder: workspace.root + "/cache")
        let k = max(1, options.repeatCount)
        var requests: [ModelRequest] = []
        var ids: [String] = []
        for c in selected {
            let request = ModelRequest(case: c, model: model, defaults: config.defaults)
            for sample in 1...k {
                requests.append(request.sample(sample))
                ids.append(c.id)
            }
        }

        var caseOf: [Case] = []
        for c in selected { for _ in 1...k { caseOf.append(c) } }
        let simulator = try config.agent.simulator.map { name -> Simulator in
            let simModel = config.models[name]!
            let simMade = try ProviderFactory.make(simModel, workspace: workspace, environment: environment, http: http)
            return Simulator(name: name, provider: simMade.provider, identity: simMade.identity, model: simModel, secrets: simMade.secrets)
        }
        let engine = Engine(provider: made.provider, identity: made.identity, secrets: made.secrets + (simulator?.secrets ?? []), model: model,
                            cache: cache, options: options, progress: progress, total: requests.count,
                            agent: config.agent, simulator: simulator)
        let outcomes = try await engine.run(ids: ids, requests: requests, cases: caseOf)

        var results: [CaseResult] = []
        var cassette: [String] = []
        for (n, outcome) in outcomes.enumerated() {
            if n % k == 0 { results.append(outcome.result) } else { results[results.count - 1].moreSamples.append(outcome.result) }
            for (request, response) in outcome.exchanges { cassette.append(CassetteProvider.entry(request, response)) }
        }
        if let path = options.saveCassette {
            let full = path.hasPrefix("/") ? path : environment.currentDirectory + "/" + path
            try writeAtomically(cassette.sorted().joined(separator: "\n") + (cassette.isEmpty ? "" : "\n"), to: full)
        }
        let status = await engine.status
        var source: [String: JSONValue] = ["provider_identity": .string(made.identity), "selected": .int(selected.count),
                                           "samples": .int(k),
                                           "from_cache": .int(status.cached), "retries": .int(status.retries)]
        if let endpoint = made.endpoint { source["endpoint"] = .string(endpoint) }
        if !options.caseIDs.isEmpty || !options.tags.isEmpty || options.changedOnly {
            source["filter"] = ["cases": .array(options.caseIDs.map(JSONValue.string)), "tags": .array(options.tags.map(JSONValue.string)),
                                "changed_only": .bool(options.changedOnly)]
        }
        return Answered(cases: cases, results: results, status: status, selected: selected.count, source: source,
                        provider: model.provider.rawValue, parameters: model.parameters.over(config.defaults))
    }

    /// Cases whose prompt file the model replaces (`prompt_files`) read the replacement instead; the
    /// stored input then names and holds the replacement, so the prompt change is visible.
    static func substitutePrompts(_ cases: [Case], model: ModelConfig, workspace: Workspace) throws -> [Case] {
        guard !model.promptFiles.isEmpty else { return cases }
        var texts: [String: String] = [:]
        for (original, replacement) in model.promptFiles {
            let full = workspace.projectRoot + "/" + replacement
            guard let data = FileManager.default.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
                throw ReplayError("models.\(model.name).prompt_files: '\(replacement)' (for \(original)) does not exist or is not UTF-8 text",
                                  details: ["write the path relative to \(workspace.projectRoot)"])
            }
            texts[original] = text
        }
        return cases.map { value in
            guard case .file(let path, _) = value.system, let replacement = model.promptFiles[path], let text = texts[path] else { return value }
            var copy = value
            copy.system = .file(path: replacement, text: text)
            return copy
        }
    }

    /// The cases a run answers: all, or those named, tagged, or changed since the model's latest run.
    static func select(_ cases: [Case], options: Options, store: SnapshotStore, model: String) throws -> [Case] {
        var chosen = cases
        if !options.caseIDs.isEmpty {
            let known = Set(cases.map(\.id))
            for id in options.caseIDs where !known.contains(id) {
                throw ReplayError("--case: no case has the id '\(id)'", kind: .usage,
                                  details: [closest(to: id, in: Array(known)).map { "did you mean '\($0)'?" } ?? "see `replay cases list`"])
            }
            chosen = chosen.filter { options.caseIDs.contains($0.id) }
        }
        if !options.tags.isEmpty { chosen = chosen.filter { !Set($0.tags).isDisjoint(with: options.tags) } }
        if options.changedOnly, let latest = try store.repository.reference(StoreLayout.runRef(model: model)) {
            chosen = try chosen.filter { c in
                // Changed input, or no answer yet (missing or errored last time).
                guard let files = try store.caseFiles(in: latest, caseID: c.id) else { return true }
                return files[CaseResult.inputFile] != Array(c.json.canonical.utf8) || files[CaseResult.outputFile] == nil
            }
        }
        return chosen
    }
}

/// One case's outcome.
struct Outcome: Sendable {
    let result: CaseResult
    /// The answer (nil when the case errored).
    let response: ModelResponse?
    /// Every request the model answered for the case, with its answer (one, or one per step of a
    /// tool loop): what a cassette keeps.
    var exchanges: [(ModelRequest, ModelResponse)] = []
}

/// Runs the calls: bounded concurrency, budgets, retries with backoff and jitter, the cache.
actor Engine {
    let provider: any ModelProvider
    let identity: String
    /// Replaced by "[redacted]" in any error message before it is stored or shown.
    let secrets: [String]
    let model: ModelConfig
    let cache: ResponseCache
    let options: RecordModel.Options
    let progress: any RecordProgress
    let throttle: Throttle
    let started = Throttle.now()
    var status = RecordStatus()
    let agent: AgentSettings
    let simulator: Simulator?

    init(provider: any ModelProvider, identity: String, secrets: [String], model: ModelConfig, cache: ResponseCache,
         options: RecordModel.Options, progress: any RecordProgress, total: Int, agent: AgentSettings = .init(), simulator: Simulator? = nil) {
        self.agent = agent
        self.simulator = simulator
        self.provider = provider
        self.identity = identity
        self.secrets = secrets
        self.model = model
        self.cache = cache
        self.options = options
        self.progress = progress
        throttle = Throttle(requestsPerMinute: options.requestsPerMinute ?? model.requestsPerMinute,
                            tokensPerMinute: options.tokensPerMinute ?? model.tokensPerMinute)
        status.total = total
    }

    func run(ids: [String], requests: [ModelRequest], cases: [Case]) async throws -> [Outcome] {
        var outcomes = [Outcome?](repeating: nil, count: requests.count)
        var pending: [Int] = []
        var keys: [String] = []
        var estimates: [Double] = []
        // Answers already in the cache are taken first and cost no call.
        for (n, request) in requests.enumerated() {
            let compact = request.json.compact
            let key = ResponseCache.key(identity: identity, requestJSON: compact)
            keys.append(key)
            estimates.append(Double(compact.utf8.count) / 4 + Double(request.parameters.maxTokens ?? 256))
            if options.useCache, let response = cache.read(key), request.tools.isEmpty || response.toolCalls.isEmpty {
                // (An answer that calls tools continues as a tool loop: its first step is read from the cache again there.)
                outcomes[n] = Outcome(result: result(ids[n], response, latency: nil, attempts: 0, cached: true), response: response,
                                      exchanges: [(request, response)])
                status.cached += 1
                status.done += 1
                count(response)
            } else {
                pending.append(n)
            }
        }
        progress.started(total: requests.count, cached: status.cached)
        let limit = max(1, options.concurrency ?? model.concurrency ?? 8)
        let timeout = options.timeout ?? model.timeoutSeconds ?? 120
        try await withThrowingTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            func launch() {
                guard next < pending.count else { return }
                let n = pending[next]
                next += 1
                let id = ids[n], request = requests[n], key = keys[n], estimate = estimates[n], value = cases[n]
                group.addTask { (n, try await self.call(id: id, request: request, key: key, estimate: estimate, timeout: timeout, case: value)) }
            }
            for _ in 0..<min(limit, pending.count) { launch() }
            while let (n, outcome) = try await group.next() {
                outcomes[n] = outcome
                launch()
            }
        }
        status.elapsed = Throttle.now() - started
        progress.finished(status)
        return outcomes.map { $0! }
    }

    func count(_ response: ModelResponse) {
        status.inputTokens += response.inputTokens ?? 0
        status.outputTokens += response.outputTokens ?? 0
        if let cost = model.cost(inputTokens: response.inputTokens, outputTokens: response.outputTokens) {
            status.cost = (status.cost ?? 0) + cost
        }
    }

    func noteRetry() { status.retries += 1 }

    /// A server may echo the request (its URL, its headers) in an error: keep secrets out of it.
    nonisolated func redact(_ message: String) -> String {
        secrets.reduce(message) { text, secret in text.replacingOccurrences(of: secret, with: "[redacted]") }
    }

    func finish(_ id: String, _ outcome: Outcome) -> Outcome {
        status.done += 1
        status.lastCase = id
        if outcome.result.isError { status.errors += 1 }
        if let response = outcome.response { count(response) }
        status.elapsed = Throttle.now() - started
        progress.finished(status)
        return outcome
    }

    /// One answer of the model: from the cache, or throttled, called, and retried where that can
    /// help. An authentication failure ends the run.
    enum Step: Sendable {
        case answered(ModelResponse, latency: Double?, attempts: Int, cached: Bool)
        case failed(String, attempts: Int)
    }

    nonisolated func step(_ request: ModelRequest, key: String, estimate: Double, timeout: Double) async throws -> Step {
        if options.useCache, let response = cache.read(key) { return .answered(response, latency: nil, attempts: 0, cached: true) }
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            try await throttle.acquire(tokens: estimate)
            let begin = Throttle.now()
            do {
                let response = try await provider.complete(request, timeout: timeout)
                let latency = Throttle.now() - begin
                await throttle.settle(estimated: estimate, actual: Double((response.inputTokens ?? 0) + (response.outputTokens ?? 0)))
                try? cache.write(key, response)
                return .answered(response, latency: latency, attempts: attempt, cached: false)
            } catch let error as ProviderError {
                let reason = redact(error.message)
                if error.kind == .authentication {
                    throw ReplayError("the provider refused the credentials (\(reason)); the run was stopped and nothing was stored",
                                      details: ["check the key in \(model.apiKeyEnv ?? (model.provider == .anthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"))",
                                                "answers received so far are cached: running record again resumes"])
                }
                if error.isRetryable && attempt <= options.maxRetries {
                    await noteRetry()
                    let backoff = min(60, options.backoffBase * pow(2, Double(attempt - 1))) * Double.random(in: 0.5...1.0)
                    let wait = max(error.retryAfter ?? 0, backoff)
                    try await Task.sleep(nanoseconds: UInt64(wait * 1e9))
                    continue
                }
                return .failed(attempt > 1 ? "\(reason) (after \(attempt) attempts)" : reason, attempts: attempt)
            }
        }
    }

    /// One case: one answer, or, when the case declares tools and the model calls them, a tool
    /// loop whose calls are answered by simulation (never executed).
    nonisolated func call(id: String, request: ModelRequest, key: String, estimate: Double, timeout: Double, case value: Case) async throws -> Outcome {
        switch try await step(request, key: key, estimate: estimate, timeout: timeout) {
        case .failed(let message, let attempts):
            var failed = CaseResult(caseID: id, output: nil, error: message)
            failed.metrics = ["attempts": .int(attempts), "cached": false]
            return await finish(id, Outcome(result: failed, response: nil))
        case .answered(let response, let latency, let attempts, let cached):
            if !request.tools.isEmpty, !response.toolCalls.isEmpty {
                return await finish(id, try await toolLoop(id: id, request: request, first: response, case: value, estimate: estimate, timeout: timeout))
            }
            if cached { await noteCached() }
            return await finish(id, Outcome(result: result(id, response, latency: latency, attempts: attempts, cached: cached), response: response,
                                            exchanges: [(request, response)]))
        }
    }

    func noteCached() { status.cached += 1 }

    nonisolated func result(_ id: String, _ response: ModelResponse, latency: Double?, attempts: Int, cached: Bool) -> CaseResult {
        var metrics: [String: JSONValue] = ["cached": .bool(cached)]
        if attempts > 0 { metrics["attempts"] = .int(attempts) }
        if let latency { metrics["latency_ms"] = .int(Int(latency * 1000)) }
        var usage: [String: JSONValue] = [:]
        if let t = response.inputTokens { usage["input_tokens"] = .int(t) }
        if let t = response.outputTokens { usage["output_tokens"] = .int(t) }
        if !usage.isEmpty { metrics["usage"] = .object(usage) }
        if let cost = model.cost(inputTokens: response.inputTokens, outputTokens: response.outputTokens) { metrics["cost_usd"] = .double(cost) }
        return CaseResult(caseID: id, output: response.text, finishReason: response.finishReason, toolCalls: response.toolCalls,
                          responseModel: response.model, metrics: metrics)
    }
}
