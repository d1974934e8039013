
/// A proportion with its 95% Wilson score interval.
public struct Proportion: Sendable, Equatable {
    public let count: Int
    public let total: Int
    public let low: Double
    public let high: Double

    public init(_ count: Int, of total: Int, z: Double = 1.959964) {
        self.count = count
        self.total = total
        guard total > 0 else { low = 0; high = 1; return }
        let n = Double(total), p = Double(count) / n
        let z2 = z * z
        let center = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z * ((p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()) / (1 + z2 / n)
        low = max(0, center - half)
        high = min(1, center + half)
    }

    public var rate: Double { total == 0 ? 0 : Double(count) / Double(total) }
}

/// The whole diff: every case, worst first, and the aggregate.
public struct DiffResult: Sendable {
    public struct Side: Sendable, Equatable {
        public let name: String
        public let commit: String
        public let model: String
        public let runID: String
        public let samples: Int

        public init(name: String, commit: String, model: String, runID: String, samples: Int) {
            self.name = name
            self.commit = commit
            self.model = model
            self.runID = runID
            self.samples = samples
        }
    }

    public let baseline: Side
    public let candidate: Side
    /// The cases that differ, worst first. Identical cases are counted, not listed.
    public let cases: [CaseDiff]
    /// Cases in both runs with the same stored folder.
    public let unchanged: Int
    public let settings: DiffSettings
    public let embedding: String
    public let judge: String?
    /// What the reader should know about how the diff was made (e.g. texts without an embedding).
    public var warnings: [String] = []

    public init(baseline: Side, candidate: Side, cases: [CaseDiff], unchanged: Int, settings: DiffSettings, embedding: String, judge: String? = nil) {
        self.baseline = baseline
        self.candidate = candidate
        // A case whose stored folder changed only in what does not count (the provider's model
        // name in response.json, a call id) compares identical: counted as unchanged, not listed.
        let differing = cases.contains { $0.changeClass == .identical } ? cases.filter { $0.changeClass != .identical } : cases
        self.cases = DiffResult.sortedWorstFirst(differing)
        self.unchanged = unchanged + (cases.count - differing.count)
        self.settings = settings
        self.embedding = embedding
        self.judge = judge
    }

    public var total: Int { cases.count + unchanged }

    public var verdict: Verdict { cases.map(\.verdict).max() ?? .pass }

    public func count(_ c: ChangeClass) -> Proportion {
        Proportion(tally { cases[$0].changeClass == c } + (c == .identical ? unchanged : 0), of: total)
    }

    public func count(_ v: Verdict) -> Proportion {
        Proportion(tally { cases[$0].verdict == v } + (v == .pass ? unchanged : 0), of: total)
    }

    /// Cases where the detector raised a regression (any severity).
    public func count(_ d: DetectorID) -> Proportion {
        Proportion(tally { cases[$0].findings.contains { $0.detector == d && $0.regression } }, of: total)
    }

    public var withinNoise: Int { tally { cases[$0].withinNoise && cases[$0].changeClass != .regressed } }

    public func judged(_ outcome: JudgeVerdict.Outcome) -> Int { tally { cases[$0].judge?.outcome == outcome } }

    /// How many cases match, read in place (a case is large: copying each one to test it costs
    /// more than the test).
    private func tally(_ matches: (Int) -> Bool) -> Int {
        var n = 0
        for i in cases.indices where matches(i) { n += 1 }
        return n
    }

    /// The cases in review order (`worstFirst`), each case's key computed once.
    static func sortedWorstFirst(_ cases: [CaseDiff]) -> [CaseDiff] {
        let keys = cases.map(worstFirstKey)
        let order = cases.indices.sorted { i, j in
            worstFirst(keys[i], keys[j], cases[i].id, cases[j].id)
        }
        return order.map { cases[$0] }
    }

    static func worstFirstKey(_ d: CaseDiff) -> (Int, Int, Int, Int, Double) {
        (d.verdict.rank, d.worstSeverity.map { $0.rank + 1 } ?? 0, d.withinNoise ? 0 : 1, d.changeClass.rank, -(d.scores?.semantic ?? 1))
    }

    /// Review order: verdict, worst severity, class, then the least similar answers.
    static func worstFirst(_ ka: (Int, Int, Int, Int, Double), _ kb: (Int, Int, Int, Int, Double), _ aID: String, _ bID: String) -> Bool {
        if ka != kb {
            if ka.0 != kb.0 { return ka.0 > kb.0 }
            if ka.1 != kb.1 { return ka.1 > kb.1 }
            if ka.2 != kb.2 { return ka.2 > kb.2 }
            if ka.3 != kb.3 { return ka.3 > kb.3 }
            return ka.4 > kb.4
        }
        return aID.utf8Precedes(bID)
    }
}
