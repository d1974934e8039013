import Foundation

/// How many cases would resolve a change: the guidance printed under each behavior.
public enum SampleSize {
    /// Cases per run to tell a rate `p0` from `p1` (two-sided α = 0.05, power 0.8), by Cohen's
    /// arcsine effect size h = |2·asin√p1 − 2·asin√p0| and n = 2·((z₁₋α/₂ + z_power) / h)², as for
    /// two independent samples (statsmodels' `NormalIndPower`). Replaying the same cases through both
    /// models is paired, which needs no more than this when the answers agree more often than
    /// chance — so it is a safe upper figure. nil when the two rates are equal.
    public static func toDistinguish(_ p0: Double, _ p1: Double, alpha: Double = 0.05, power: Double = 0.8) -> Int? {
        let h = abs(2 * asin(min(1, max(0, p1)).squareRoot()) - 2 * asin(min(1, max(0, p0)).squareRoot()))
        guard h > 1e-12 else { return nil }
        let z = Statistics.normalQuantile(1 - alpha / 2) + Statistics.normalQuantile(power)
        return Int((2 * (z / h) * (z / h)).rounded(.up))
    }

    /// Cases needed to see a behavior of rate `p` at least once with probability `confidence`.
    public static func toSeeOnce(_ p: Double, confidence: Double = 0.95) -> Int? {
        guard p > 0 else { return nil }
        guard p < 1 else { return 1 }
        return Int((log(1 - confidence) / log1p(-p)).rounded(.up))
    }

    /// The guidance for one behavior at rate `p0` (the baseline's, else the candidate's): the cases
    /// that would resolve a move by `factor` either way, or — for a behavior not observed — the
    /// cases that would show it once at the rate its bound allows.
    public static func guidance(rate: Rate, factor: Double) -> String {
        guard rate.total > 0 else { return "no applicable cases yet" }
        guard rate.count > 0 else {
            let bound = rate.interval.high
            let once = toSeeOnce(bound).map { "; at \(Rate.percent(bound)) it would show once in \($0) cases (95%)" } ?? ""
            return "rarer than the cases can measure\(once)"
        }
        let p0 = rate.value!
        let up = toDistinguish(p0, min(1, p0 * factor)), down = toDistinguish(p0, p0 / factor)
        let f = Rate.trimmed(String(format: "%.1f", factor))
        var parts: [String] = []
        if let up, p0 * factor <= 1 { parts.append("×\(f) takes ~\(up) cases") }
        if let down { parts.append("÷\(f) takes ~\(down)") }
        return parts.isEmpty ? "" : "to resolve a change " + parts.joined(separator: ", ")
    }
}
