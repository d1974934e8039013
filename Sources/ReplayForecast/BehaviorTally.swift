/// Counting one behavior over a run's cases: each case's observation is `true` (the answer shows
/// it), `false`, or nil (the behavior does not apply to the case, or the case has no answer).
public enum BehaviorTally {
    /// The rate over the applicable observations.
    public static func rate(_ observations: [Bool?]) -> Rate {
        var count = 0, total = 0
        for o in observations {
            guard let o else { continue }
            total += 1
            if o { count += 1 }
        }
        return Rate(count, of: total)
    }

    /// The paired table over the cases where both sides have an observation (arrays aligned by case).
    public static func paired(baseline: [Bool?], candidate: [Bool?]) -> PairedComparison {
        precondition(baseline.count == candidate.count, "observations aligned by case")
        var a = 0, b = 0, c = 0, d = 0
        for (x, y) in zip(baseline, candidate) {
            guard let x, let y else { continue }
            switch (x, y) {
            case (true, true): a += 1
            case (true, false): b += 1
            case (false, true): c += 1
            case (false, false): d += 1
            }
        }
        return PairedComparison(both: a, baselineOnly: b, candidateOnly: c, neither: d)
    }

    /// One behavior's forecast from its observations on the candidate and (aligned by case) the baseline.
    /// `baselineAnswers`: all of the baseline's own observations, when it answered cases the candidate did not —
    /// its rate is over those; the pairing is over the aligned ones.
    public static func forecast(id: String, version: Int, summary: String, source: String, candidate: [Bool?], baseline: [Bool?]?,
                                baselineAnswers: [Bool?]? = nil, changeFactor: Double) -> Forecast.Behavior {
        let c = rate(candidate)
        let b = (baselineAnswers ?? baseline).map(rate)
        let p = baseline.map { paired(baseline: $0, candidate: candidate) }
        // Guidance from the rate the change would be measured against: the baseline's, when it has one.
        let reference = b.flatMap { $0.total > 0 ? $0 : nil } ?? c
        return Forecast.Behavior(id: id, version: version, summary: summary, source: source, candidate: c, baseline: b,
                                 paired: p.flatMap { $0.pairs > 0 ? $0 : nil }, guidance: SampleSize.guidance(rate: reference, factor: changeFactor))
    }
}
