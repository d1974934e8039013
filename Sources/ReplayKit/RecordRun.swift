import ReplayCore
import ReplayStore

/// The one path every recording takes into the store, whoever produced the answers
/// (`record --outputs` now, the providers later): the case set's inputs, the answers,
/// the manifest, one commit.
public enum RecordRun {
    public struct Request: Sendable {
        public var model: String
        public var provider: String
        public var parameters: SamplingParameters
        public var cases: [Case]
        public var results: [CaseResult]
        public var source: [String: JSONValue]
        public var setDefault: Bool

        public init(model: String, provider: String, parameters: SamplingParameters, cases: [Case], results: [CaseResult],
                    source: [String: JSONValue] = [:], setDefault: Bool = false) {
            self.model = model
            self.provider = provider
            self.parameters = parameters
            self.cases = cases
            self.results = results
            self.source = source
            self.setDefault = setDefault
        }
    }

    public static func store(_ request: Request, in store: SnapshotStore, environment: any Environment) throws -> WrittenRun {
        if let problem = ModelName.problem(request.model) {
            throw ReplayError("--model: model name \(problem)", kind: .usage)
        }
        var byID: [String: CaseResult] = [:]
        for result in request.results { byID[result.caseID] = result }
        var inputs: [(id: String, input: String)] = []
        var drafts: [DraftCase] = []
        var metricsLines: [String] = []
        for c in request.cases {
            let input = c.json.canonical
            inputs.append((c.id, input))
            let result = byID[c.id]
            drafts.append(DraftCase(id: c.id, input: Array(input.utf8), files: result?.files, errored: result?.isError ?? false))
            if let result {
                for (n, sample) in ([result] + result.moreSamples).enumerated() where !sample.metrics.isEmpty {
                    var line = sample.metrics
                    line["case"] = .string(c.id)
                    if n > 0 { line["sample"] = .int(n + 1) }
                    metricsLines.append(JSONValue.object(line).compact)
                }
            }
        }
        let manifest = RunManifest(runID: environment.newRunID(), model: request.model, provider: request.provider,
                                   parameters: request.parameters, caseSetFingerprint: CaseSet.fingerprint(inputs),
                                   counts: .init(cases: 0, recorded: 0, carried: 0, errored: 0),
                                   created: Timestamp.iso8601(environment.now()), source: request.source)
        let metrics = metricsLines.isEmpty ? nil : Array((metricsLines.joined(separator: "\n") + "\n").utf8)
        return try store.write(RunDraft(manifest: manifest, cases: drafts, metrics: metrics, setDefault: request.setDefault))
    }
}

/// `replay record --outputs FILE --model NAME`: records answers produced elsewhere.
public enum RecordOutputs {
    public static func run(workspace: Workspace, outputsPath: String, model: String, setDefault: Bool,
                           environment: any Environment) throws -> WrittenRun {
        let config = try workspace.loadConfig()
        let cases = try CaseCatalog.load(workspace).requireValid()
        let store = try workspace.openStore(environment: environment)
        let path = outputsPath.hasPrefix("/") ? outputsPath : environment.currentDirectory + "/" + outputsPath
        let text = try readText(path)
        let (results, problems) = OutputsDecoder.decode(text, file: outputsPath, caseIDs: Set(cases.map(\.id)))
        guard problems.isEmpty else {
            throw ReplayError.problems(problems, in: "\(outputsPath) has", consequence: "nothing was recorded")
        }
        let modelConfig = config.models[model]
        let parameters = (modelConfig?.parameters ?? .init()).over(config.defaults)
        return try RecordRun.store(.init(model: model, provider: Provider.outputs.rawValue, parameters: parameters, cases: cases,
                                         results: results,
                                         source: ["outputs_file": .string(workspace.display(path)), "outputs_sha256": .string(SHA256.hex(text))],
                                         setDefault: setDefault),
                                   in: store, environment: environment)
    }
}
