/// The version of this tool, written into every run.
public enum ReplayVersion {
    public static let current = "0.1.0"
}

/// A run's manifest (`run.json` at the root of its snapshot).
public struct RunManifest: Sendable, Equatable {
    public static let schema = 1
    public static let file = "run.json"
    public static let metricsFile = "metrics.jsonl"

    public var runID: String
    public var model: String
    public var provider: String
    /// The parameters the run used (config defaults and the model's own; cases may override).
    public var parameters: SamplingParameters
    public var toolVersion: String
    /// SHA-256 over the sorted (case id, input) pairs of the whole case set the run saw.
    public var caseSetFingerprint: String
    public var counts: Counts
    /// ISO-8601 UTC time the run was recorded.
    public var created: String
    /// Where the answers came from (e.g. the outputs file), free-form.
    public var source: [String: JSONValue]

    public struct Counts: Sendable, Equatable {
        /// Cases in the snapshot.
        public var cases: Int
        /// Cases answered in this run.
        public var recorded: Int
        /// Cases kept unchanged from the previous run of the model (not answered this time).
        public var carried: Int
        public var errored: Int

        public init(cases: Int, recorded: Int, carried: Int, errored: Int) {
            self.cases = cases
            self.recorded = recorded
            self.carried = carried
            self.errored = errored
        }
    }

    public init(runID: String, model: String, provider: String, parameters: SamplingParameters, toolVersion: String = ReplayVersion.current,
                caseSetFingerprint: String, counts: Counts, created: String, source: [String: JSONValue] = [:]) {
        self.runID = runID
        self.model = model
        self.provider = provider
        self.parameters = parameters
        self.toolVersion = toolVersion
        self.caseSetFingerprint = caseSetFingerprint
        self.counts = counts
        self.created = created
        self.source = source
    }

    public var json: JSONValue {
        [
            "schema": .int(Self.schema), "run_id": .string(runID), "model": .string(model), "provider": .string(provider),
            "parameters": parameters.json, "tool_version": .string(toolVersion),
            "case_set": ["fingerprint": .string(caseSetFingerprint), "cases": .int(counts.cases)],
            "counts": ["cases": .int(counts.cases), "recorded": .int(counts.recorded), "carried": .int(counts.carried), "errored": .int(counts.errored)],
            "created": .string(created), "source": .object(source),
        ]
    }

    /// Reads a manifest back; nil if `value` is not one this version understands.
    public init?(json value: JSONValue) {
        guard value["schema"]?.intValue == Self.schema, let runID = value["run_id"]?.stringValue,
              let model = value["model"]?.stringValue, let counts = value["counts"] else { return nil }
        self.runID = runID
        self.model = model
        provider = value["provider"]?.stringValue ?? "unknown"
        let p = value["parameters"]
        parameters = SamplingParameters(temperature: p?["temperature"]?.doubleValue, topP: p?["top_p"]?.doubleValue,
                                        maxTokens: p?["max_tokens"]?.intValue, seed: p?["seed"]?.intValue,
                                        stop: p?["stop"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        toolVersion = value["tool_version"]?.stringValue ?? "?"
        caseSetFingerprint = value["case_set"]?["fingerprint"]?.stringValue ?? ""
        self.counts = Counts(cases: counts["cases"]?.intValue ?? 0, recorded: counts["recorded"]?.intValue ?? 0,
                             carried: counts["carried"]?.intValue ?? 0, errored: counts["errored"]?.intValue ?? 0)
        created = value["created"]?.stringValue ?? ""
        source = value["source"]?.objectValue ?? [:]
    }
}

/// A set of cases as one value: unique ids, and a fingerprint of their inputs.
public enum CaseSet {
    /// Problems for ids used by more than one case (each place named).
    public static func duplicateProblems(_ cases: [LocatedCase]) -> [Problem] {
        var first: [String: LocatedCase] = [:]
        var problems: [Problem] = []
        for c in cases {
            if let earlier = first[c.value.id] {
                problems.append(Problem(file: c.file, line: c.line, field: "id",
                                        message: "the id '\(c.value.id)' is already used by the case at \(earlier.file):\(earlier.line)",
                                        fix: "give one of them another id"))
            } else {
                first[c.value.id] = c
            }
        }
        return problems
    }

    /// SHA-256 over the sorted `id NUL input` lines.
    public static func fingerprint(_ inputs: [(id: String, input: String)]) -> String {
        var hasher = SHA256()
        for item in inputs.sorted(by: { $0.id.utf8Precedes($1.id) }) {
            hasher.update(item.id)
            hasher.update([0])
            hasher.update(item.input)
            hasher.update([0x0A])
        }
        return hasher.finalize().hexString
    }
}
