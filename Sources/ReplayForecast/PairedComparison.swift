import Foundation

/// The baseline and the candidate on the same cases: the 2×2 table of a behavior (both showed
/// it, only one did, neither), the exact McNemar test on the discordant cases, and the ratio of
/// the two rates with a 95% interval for paired data.
public struct PairedComparison: Sendable, Equatable {
    /// Cases where both answers show the behavior.
    public let both: Int
    /// Only the baseline's answer shows it.
    public let baselineOnly: Int
    /// Only the candidate's answer shows it.
    public let candidateOnly: Int
    public let neither: Int

    public init(both: Int, baselineOnly: Int, candidateOnly: Int, neither: Int) {
        self.both = both
        self.baselineOnly = baselineOnly
        self.candidateOnly = candidateOnly
        self.neither = neither
    }

    public var pairs: Int { both + baselineOnly + candidateOnly + neither }

    /// The two-sided exact McNemar p-value: the discordant cases as a Binomial(b + c, ½) sample,
    /// twice the smaller tail, at most 1 (as statsmodels' `mcnemar(exact=True)`).
    public var mcnemarP: Double {
        let n = baselineOnly + candidateOnly
        guard n > 0 else { return 1 }
        return min(1, 2 * Statistics.binomialCDF(min(baselineOnly, candidateOnly), n, 0.5))
    }

    /// The candidate's rate over the baseline's, with its 95% interval: the delta method on the log
    /// of the ratio of paired proportions, var = (b + c) / ((a + b)(a + c)) (Agresti, Categorical
    /// Data Analysis, 3rd ed., §11.1). When a, b or c is zero, ½ is added to each of the four cells
    /// first, so the ratio and its interval stay finite and an all-agreeing table still has width.
    /// nil when neither side ever showed the behavior (no ratio to speak of).
    public var ratio: (estimate: Double, low: Double, high: Double)? {
        guard both + baselineOnly + candidateOnly > 0 else { return nil }
        let adjust = both == 0 || baselineOnly == 0 || candidateOnly == 0 ? 0.5 : 0
        let a = Double(both) + adjust, b = Double(baselineOnly) + adjust, c = Double(candidateOnly) + adjust
        let estimate = (a + c) / (a + b)
        let se = ((b + c) / ((a + b) * (a + c))).squareRoot()
        let z = Statistics.z95
        return (estimate, estimate * exp(-z * se), estimate * exp(z * se))
    }

    /// Which way the candidate moved the rate, by the point estimate: a factor of at least
    /// `threshold` either way, else flat.
    public func direction(threshold: Double = 1.5) -> Direction {
        Direction.of(from: (both + baselineOnly, pairs), to: (both + candidateOnly, pairs), threshold: threshold)
    }
}

/// Up, down, or flat: a rate's move by at least a factor.
public enum Direction: String, Sendable, Equatable {
    case up, down, flat

    /// From rate `a` (count of total) to rate `b`; zero counts are handled by the same ½ rule as the
    /// multiplicative error, so 0 → 3 in 200 is up and 0 → 0 is flat.
    public static func of(from a: (count: Int, total: Int), to b: (count: Int, total: Int), threshold: Double = 1.5) -> Direction {
        guard let (x, y) = Calibration.adjustedRates(a, b) else { return .flat }
        // (A relative tolerance: 15/200 over 10/200 is 1.4999999999999998 in floating point.)
        let at = threshold * (1 - 1e-12)
        if y / x >= at { return .up }
        if x / y >= at { return .down }
        return .flat
    }
}
