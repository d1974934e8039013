/// The knobs of a diff, from the `diff:` section of the config.
public struct DiffSettings: Sendable, Equatable {
    public struct Detector: Sendable, Equatable {
        public var enabled = true
        /// The severity of this detector's regressions (nil: its default).
        public var severity: Severity?
        public init(enabled: Bool = true, severity: Severity? = nil) {
            self.enabled = enabled
            self.severity = severity
        }
    }

    /// A run fails (exit 1) when a regression reaches this severity; nil never fails.
    public var failOn: Severity? = .error
    public var detectors: [DetectorID: Detector] = [:]
    /// Cosine similarity of the answers' embeddings from which a changed answer counts as the same
    /// meaning (rephrased).
    public var rephrasedSimilarity = 0.85
    /// Similarity from which a `must_include` clause counts as present in a sentence semantically.
    public var semanticMatch = 0.75
    /// Word-overlap similarity from which a clause counts as present fuzzily.
    public var fuzzyMatch = 0.8
    /// Longer or shorter by this factor (and by at least `lengthMinWords` words) is a length shift.
    public var lengthRatio = 1.5
    public var lengthMinWords = 20
    /// Numbers below this are not reported as invented (list counts, "2 options").
    public var inventedMinNumber = 10.0
    /// A configured model serving OpenAI-compatible `/v1/embeddings` to use instead of the embedded
    /// static model.
    public var embeddingModel: String?

    public init() {}

    public func isEnabled(_ id: DetectorID) -> Bool { detectors[id]?.enabled ?? true }

    public func severity(_ id: DetectorID, natural: Severity? = nil) -> Severity {
        detectors[id]?.severity ?? natural ?? id.defaultSeverity
    }
}
