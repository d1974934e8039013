import Foundation
import Testing
import ReplayForecast

// Every expected figure in this file was computed outside replay, by an independent implementation,
// and pasted here as a constant. The reference environment: Python 3 with scipy 1.17.1,
// statsmodels 0.15.0 and numpy 2.4.6. Each table names the exact call that produced it.

/// |x − y| ≤ tolerance · max(1, |y|): absolute near zero, relative for large figures.
private func close(_ x: Double, _ y: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(x - y) <= tolerance * max(1, abs(y))
}

/// |x − y| ≤ tolerance · |y|: for figures that are tiny but must still be right to many digits (p-values).
private func relativelyClose(_ x: Double, _ y: Double, _ tolerance: Double = 1e-9) -> Bool {
    x == y || abs(x - y) <= tolerance * abs(y)
}

@Suite("The statistics, checked against scipy, statsmodels and numpy")
struct StatisticsReferenceTests {
    // MARK: - Interval.wilson

    /// scipy 1.17.1: `scipy.stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilsoncc')`
    /// → (k, n, low, high). scipy leaves the bound at exactly 0 for k = 0 and 1 for k = n, as replay does.
    static let wilsonCC: [(k: Int, n: Int, low: Double, high: Double)] = [
        (0, 5, 0.0, 0.5370560174675232),
        (1, 5, 0.010529954359016658, 0.7012089459276065),
        (5, 5, 0.46294398253247676, 1.0),
        (3, 10, 0.08094782420999447, 0.6463292764888312),
        (0, 10, 0.0, 0.3445372183069226),
        (1, 10, 0.005242301569677699, 0.4588460161566561),
        (0, 240, 0.0, 0.019637406292362554),
        (1, 240, 0.00021753898277309704, 0.026612282887620593),
        (3, 240, 0.0032338165229713785, 0.039108763137817054),
        (240, 240, 0.9803625937076375, 1.0),
        (17, 10000, 0.0010233358426426807, 0.002782414131742056),
        (5000, 10000, 0.4901520810642942, 0.5098479189357058),
        (1, 1, 0.05462075552885204, 1.0),
        (0, 1, 0.0, 0.945379244471148),
    ]

    @Test("the continuity-corrected Wilson interval matches scipy's 'wilsoncc' for none, one, some and all of small and large totals")
    func wilsonMatchesScipy() {
        for r in Self.wilsonCC {
            let i = Interval.wilson(r.k, of: r.n)
            #expect(close(i.low, r.low), "\(r.k) of \(r.n): low \(i.low), scipy \(r.low)")
            #expect(close(i.high, r.high), "\(r.k) of \(r.n): high \(i.high), scipy \(r.high)")
        }
    }

    @Test("with nothing applicable the interval is the whole of [0, 1]")
    func wilsonOfNothing() {
        #expect(Interval.wilson(0, of: 0) == Interval(low: 0, high: 1))
    }

    // MARK: - PairedComparison.mcnemarP

    /// statsmodels 0.15.0: `statsmodels.stats.contingency_tables.mcnemar([[a, b], [c, d]], exact=True).pvalue`
    /// → (a, b, c, d, p), with a = both, b = baseline only, c = candidate only, d = neither.
    static let mcnemar: [(a: Int, b: Int, c: Int, d: Int, p: Double)] = [
        (10, 5, 5, 80, 1.0),                       // b = c
        (50, 0, 0, 50, 1.0),                       // b + c = 0
        (20, 3, 9, 168, 0.14599609375),
        (100, 300, 250, 350, 0.036578745549102676), // large b + c
        (5, 0, 25, 170, 5.960464477539063e-08),     // very lopsided: 2 · 0.5^25
        (0, 1, 0, 0, 1.0),                          // one discordant pair
        (30, 12, 4, 154, 0.076812744140625),
        (7, 2, 14, 177, 0.004180908203125),
        (0, 0, 1, 0, 1.0),
    ]

    @Test("the exact McNemar p-value matches statsmodels' mcnemar(exact=True), from no discordant pairs to 550")
    func mcnemarMatchesStatsmodels() {
        for t in Self.mcnemar {
            let p = PairedComparison(both: t.a, baselineOnly: t.b, candidateOnly: t.c, neither: t.d).mcnemarP
            #expect(relativelyClose(p, t.p), "[[\(t.a), \(t.b)], [\(t.c), \(t.d)]]: \(p), statsmodels \(t.p)")
        }
    }

    // MARK: - Statistics

    /// scipy 1.17.1: `scipy.stats.norm.ppf(p)` → (p, quantile).
    static let normalQuantiles: [(p: Double, x: Double)] = [
        (0.5, 0.0),
        (0.975, 1.959963984540054),
        (0.8, 0.8416212335729143),
        (1e-06, -4.753424308822899),
        (0.999999, 4.753424308817087),
        (0.02, -2.053748910631823),  // below Acklam's low break (0.02425): the tail branch
    ]

    @Test("the normal quantile matches scipy's norm.ppf in the centre and both tails")
    func normalQuantileMatchesScipy() {
        for r in Self.normalQuantiles {
            let x = Statistics.normalQuantile(r.p)
            #expect(abs(x - r.x) <= 1e-9, "p = \(r.p): \(x), scipy \(r.x)")
        }
        #expect(abs(Statistics.normalQuantile(0.975) - Statistics.z95) <= 1e-12)
    }

    /// scipy 1.17.1: `scipy.stats.binom.cdf(k, n, p)` → (k, n, p, P(X ≤ k)).
    static let binomialCDFs: [(k: Int, n: Int, p: Double, cdf: Double)] = [
        (3, 10, 0.3, 0.6496107184000002),
        (0, 240, 0.01, 0.08962861870232479),
        (7, 240, 0.02, 0.8888027166523333),
        (150, 300, 0.5, 0.5230137572095168),
        (20, 2000, 0.01, 0.5590933319986489),
        (1000, 2000, 0.5, 0.5089195055729272),
        (30, 2000, 0.02, 0.05984432551628188),
        (123, 2000, 0.05, 0.990467418038429),
    ]

    @Test("the binomial distribution function matches scipy's binom.cdf up to n = 2,000")
    func binomialCDFMatchesScipy() {
        for r in Self.binomialCDFs {
            let cdf = Statistics.binomialCDF(r.k, r.n, r.p)
            #expect(relativelyClose(cdf, r.cdf), "P(X ≤ \(r.k)) for Binomial(\(r.n), \(r.p)): \(cdf), scipy \(r.cdf)")
        }
    }

    @Test("the binomial distribution function's edges: below zero, at or past n, and p of 0 or 1")
    func binomialCDFEdges() {
        #expect(Statistics.binomialCDF(-1, 10, 0.3) == 0)
        #expect(Statistics.binomialCDF(10, 10, 0.3) == 1)
        #expect(Statistics.binomialCDF(3, 10, 0) == 1)
        #expect(Statistics.binomialCDF(3, 10, 1) == 0)
    }

    // MARK: - SampleSize.toDistinguish

    /// statsmodels 0.15.0:
    /// `math.ceil(NormalIndPower().solve_power(effect_size=proportion_effectsize(p1, p0), alpha=0.05, power=0.8, ratio=1))`
    /// → (p0, p1, cases). statsmodels' figure is nobs1, the size of each of the two groups — the same
    /// "cases per run" replay means. Its unrounded figures: 423.7319, 2253.6552, 161.9349, 22839.5985,
    /// 423.7319, 57.2584. replay's closed form 2·((z₀.₉₇₅ + z₀.₈)/h)² gives 423.7329, 2253.6607, 161.9353,
    /// 22839.6544, 423.7329, 57.2586: slightly larger, because statsmodels' two-sided power also counts
    /// the ~1e-6 chance of rejecting in the wrong direction, which the closed form leaves out (a relative
    /// difference of ~2.5e-6: the ceilings agree below ~140,000 cases).
    static let sampleSizes: [(p0: Double, p1: Double, n: Int)] = [
        (0.05, 0.10, 424),
        (0.02, 0.01, 2254),
        (0.3, 0.45, 162),
        (0.001, 0.002, 22840),
        (0.1, 0.05, 424),
        (0.5, 0.25, 58),
    ]

    @Test("cases to tell two rates apart match statsmodels' NormalIndPower per group, rounded up")
    func sampleSizeMatchesStatsmodels() {
        for r in Self.sampleSizes {
            let n = SampleSize.toDistinguish(r.p0, r.p1)
            #expect(n == r.n, "\(r.p0) → \(r.p1): \(n.map(String.init) ?? "nil"), statsmodels \(r.n)")
        }
        #expect(SampleSize.toDistinguish(0.05, 0.05) == nil)
    }

    // MARK: - PairedComparison.ratio

    /// No scipy or statsmodels function gives an interval for the ratio of two paired proportions,
    /// so these come from numpy 2.4.6 evaluating the formula in `ratio`'s doc comment directly
    /// (Agresti, Categorical Data Analysis, 3rd ed., §11.1), written out independently:
    ///
    ///     adj = 0.5 if a == 0 or b == 0 or c == 0 else 0.0; a, b, c = a + adj, b + adj, c + adj
    ///     est = (a + c) / (a + b); se = np.sqrt((b + c) / ((a + b) * (a + c)))
    ///     low, high = est * np.exp(-1.959963984540054 * se), est * np.exp(1.959963984540054 * se)
    ///
    /// → (a, b, c, d, estimate, low, high).
    ///
    /// The formula itself was checked by Monte Carlo (numpy, `default_rng(20240611).multinomial(400,
    /// probs, size=200_000)`, the interval computed as above for every table with a + b + c > 0, coverage
    /// of the true ratio (P(a) + P(c)) / (P(a) + P(b))):
    ///   probs (a, b, c, d) = (0.03, 0.02, 0.05, 0.90), ratio 1.6:   coverage 95.12% (±0.09)
    ///   (0.15, 0.05, 0.10, 0.70), ratio 1.25:                        95.01% (±0.10)
    ///   (0.04, 0.01, 0.01, 0.94), ratio 1 (3.5% of tables with a zero cell): 96.24% (±0.08)
    ///   (0.005, 0.005, 0.01, 0.98), ratio 1.5 (27% with a zero cell):        96.64% (±0.08)
    ///   (0.002, 0.002, 0.004, 0.992), ratio 1.5 (76% with a zero cell):      98.13% (±0.06)
    /// (± is the 95% Monte-Carlo margin.) The ½ rule makes sparse tables conservative, not liberal.
    static let ratios: [(a: Int, b: Int, c: Int, d: Int, estimate: Double, low: Double, high: Double)] = [
        (20, 3, 9, 168, 1.2608695652173914, 0.9693888732943645, 1.639994128557258),
        (7, 2, 14, 177, 2.3333333333333335, 1.3192089186103324, 4.127052483983868),
        (100, 300, 250, 350, 0.875, 0.7738489057488397, 0.9893727242001051),
        (0, 0, 5, 195, 6.0, 0.8451809645593049, 42.59442830538801),     // baseline never: ½ added, finite
        (10, 0, 0, 190, 1.0, 0.8367930057388403, 1.195038669231057),    // all agree: still has width
        (0, 4, 0, 196, 0.2, 0.0281726988186435, 1.4198142768462672),    // candidate never
        (0, 3, 6, 191, 1.75, 0.5424351576077482, 5.645836109713578),    // never together
        (12, 0, 5, 183, 1.3846153846153846, 1.011644258723176, 1.8950928123027253),
    ]

    @Test("the ratio of paired rates and its interval match the delta-method formula, zero cells included")
    func ratioMatchesTheFormula() throws {
        for t in Self.ratios {
            let r = try #require(PairedComparison(both: t.a, baselineOnly: t.b, candidateOnly: t.c, neither: t.d).ratio)
            let table = "[[\(t.a), \(t.b)], [\(t.c), \(t.d)]]"
            #expect(close(r.estimate, t.estimate), "\(table): estimate \(r.estimate), numpy \(t.estimate)")
            #expect(close(r.low, t.low), "\(table): low \(r.low), numpy \(t.low)")
            #expect(close(r.high, t.high), "\(table): high \(r.high), numpy \(t.high)")
        }
    }

    @Test("there is no ratio when neither side ever showed the behavior")
    func noRatioWithoutTheBehavior() {
        #expect(PairedComparison(both: 0, baselineOnly: 0, candidateOnly: 0, neither: 200).ratio == nil)
    }

    // MARK: - Calibration

    /// numpy 2.4.6: `numpy.percentile(values, 100 * q, method='linear')` → (values, q, percentile).
    static let percentiles: [(values: [Double], q: Double, percentile: Double)] = [
        ([1.2, 3.0, 1.0, 2.5, 8.0], 0.5, 2.5),
        ([1.2, 3.0, 1.0, 2.5, 8.0], 0.9, 6.0),
        ([1.2, 3.0, 1.0, 2.5, 8.0], 0.25, 1.2),
        ([1.2, 3.0, 1.0, 2.5, 8.0], 0, 1.0),
        ([1.2, 3.0, 1.0, 2.5, 8.0], 1, 8.0),
        ([4.0], 0.5, 4.0),
        ([4.0], 0.9, 4.0),
        ([1.0, 2.0], 0.5, 1.5),
        ([1.0, 2.0], 0.9, 1.9),
        ([1.0, 2.0], 0.25, 1.25),
        ([1.5, 1.1, 2.2, 1.0, 3.7, 1.25, 1.9, 6.0, 1.05, 2.8], 0.5, 1.7),
        ([1.5, 1.1, 2.2, 1.0, 3.7, 1.25, 1.9, 6.0, 1.05, 2.8], 0.9, 3.9299999999999993),
        ([1.5, 1.1, 2.2, 1.0, 3.7, 1.25, 1.9, 6.0, 1.05, 2.8], 0.25, 1.1375000000000002),
    ]

    @Test("percentiles interpolate between order statistics as numpy.percentile's linear method does")
    func percentileMatchesNumpy() throws {
        for r in Self.percentiles {
            let x = try #require(Calibration.percentile(r.values, r.q))
            #expect(close(x, r.percentile, 1e-12), "\(r.values) at \(r.q): \(x), numpy \(r.percentile)")
        }
        #expect(Calibration.percentile([], 0.5) == nil)
    }

    /// Hand-computed under the zero rule (either count zero: both rates become (count + ½)/(total + 1)):
    ///   forecast 0 of 240, observed 3 of 1,000: (3.5/1001) / (0.5/241) = 843.5/500.5 = 1.6853146853146852
    ///   forecast 6 of 240, observed 30 of 1,000: no zero, 0.03 / 0.025 = 1.2
    ///   forecast 0 of 240, observed 6 of 200: (6.5/201) / (0.5/241) = 1566.5/100.5 = 15.587064676616915
    ///   forecast 0 of 240, observed 0 of 1,000: not measurable; nor with no applicable production replies.
    /// The summary over the three measurable errors (numpy.percentile, linear, of [1.2, 1.6853…, 15.587…]):
    ///   median 1.6853146853146852; 90th percentile 1.6853… + 0.8 · (15.587… − 1.6853…) = 12.80671467835647.
    static func row(_ id: String, forecast: Rate, observed: Rate, versionChanged: Bool = false) -> Calibration.Row {
        Calibration.Row(id: id, summary: id, forecast: forecast, baseline: nil, observed: observed, versionChanged: versionChanged)
    }

    @Test("the multiplicative error is max(f/o, o/f), with ½ added to both sides when either count is zero")
    func multiplicativeErrorAndTheZeroRule() throws {
        let zeroForecast = Self.row("a", forecast: Rate(0, of: 240), observed: Rate(3, of: 1000))
        #expect(close(try #require(zeroForecast.error), 1.6853146853146852, 1e-12))
        let plain = Self.row("b", forecast: Rate(6, of: 240), observed: Rate(30, of: 1000))
        #expect(close(try #require(plain.error), 1.2, 1e-12))
        // The error is symmetric: over- and under-forecasting by the same factor count the same.
        let swapped = Self.row("b'", forecast: Rate(30, of: 1000), observed: Rate(6, of: 240))
        #expect(close(try #require(swapped.error), 1.2, 1e-12))
        let zeroForecastHigh = Self.row("c", forecast: Rate(0, of: 240), observed: Rate(6, of: 200))
        #expect(close(try #require(zeroForecastHigh.error), 15.587064676616915, 1e-12))
    }

    @Test("a behavior seen on neither side, without production replies, or redefined has no error and says why")
    func unmeasurableRows() {
        let neither = Self.row("d", forecast: Rate(0, of: 240), observed: Rate(0, of: 1000))
        #expect(neither.error == nil)
        // The smaller of the two upper bounds: 0 of 1,000 → 0.477% (scipy wilsoncc high 0.004770729371626864),
        // written with one decimal as "0.5%".
        #expect(neither.unmeasurable == "not observed on either side (rarer than 0.5%)")
        let noReplies = Self.row("e", forecast: Rate(3, of: 240), observed: Rate(0, of: 0))
        #expect(noReplies.error == nil && noReplies.unmeasurable == "no applicable replies in production")
        let noCases = Self.row("f", forecast: Rate(0, of: 0), observed: Rate(3, of: 100))
        #expect(noCases.error == nil && noCases.unmeasurable == "no applicable cases in the forecast")
        let redefined = Self.row("g", forecast: Rate(6, of: 240), observed: Rate(30, of: 1000), versionChanged: true)
        #expect(redefined.error == nil && redefined.unmeasurable == "the behavior's definition changed since the forecast")
        #expect(Self.row("b", forecast: Rate(6, of: 240), observed: Rate(30, of: 1000)).unmeasurable == nil)
    }

    @Test("the summary's median and 90th percentile error are over the measurable behaviors only")
    func summaryErrors() throws {
        let c = Calibration(forecastID: "f1", forecastCommit: "abc", created: "2026-01-01T00:00:00Z", replayVersion: "test", sources: [],
                            replies: 1000, model: nil, rows: [
                                Self.row("a", forecast: Rate(0, of: 240), observed: Rate(3, of: 1000)),
                                Self.row("b", forecast: Rate(6, of: 240), observed: Rate(30, of: 1000)),
                                Self.row("c", forecast: Rate(0, of: 240), observed: Rate(6, of: 200)),
                                Self.row("d", forecast: Rate(0, of: 240), observed: Rate(0, of: 1000)),
                                Self.row("e", forecast: Rate(3, of: 240), observed: Rate(0, of: 0)),
                            ])
        #expect(c.errors.count == 3)
        #expect(close(try #require(c.medianError), 1.6853146853146852, 1e-12))
        #expect(close(try #require(c.p90Error), 12.80671467835647, 1e-12))
    }

    @Test("a move from zero counts under the same ½ rule: 0 → 3 in 200 is up, 3 in 200 → 0 is down, 0 → 0 is flat")
    func directionFromZero() {
        #expect(Direction.of(from: (0, 200), to: (3, 200)) == .up)
        #expect(Direction.of(from: (3, 200), to: (0, 200)) == .down)
        #expect(Direction.of(from: (0, 200), to: (0, 200)) == .flat)
        #expect(Direction.of(from: (10, 200), to: (14, 200)) == .flat)   // ×1.4, under the 1.5 threshold
        #expect(Direction.of(from: (10, 200), to: (16, 200)) == .up)     // ×1.6
        #expect(Direction.of(from: (16, 200), to: (10, 200)) == .down)
        // A move by exactly the threshold is a move ("at least"), although (15/200)/(10/200) is
        // 1.4999999999999998 in binary floating point.
        #expect(Direction.of(from: (10, 200), to: (15, 200)) == .up)
        #expect(Direction.of(from: (15, 200), to: (10, 200)) == .down)
    }

    // MARK: - Rate

    /// The upper bounds behind the phrases, from scipy 1.17.1
    /// `binomtest(0, n).proportion_ci(confidence_level=0.95, method='wilsoncc').high`:
    ///   n = 240: 0.019637406292362554 (1.96% → "2%": one decimal below 10%, a trailing ".0" dropped)
    ///   n = 5: 0.5370560174675232 (53.7% → "54%")
    ///   n = 10,000: 0.0004787399341857576 (0.0479% → two significant digits, "0.048%")
    ///   n = 100,000: 4.789072677527413e-05 (0.00479% → "0.0048%")
    /// and for 3 of 240 (0.0032338…, 0.0391087…), 240 of 240 (low 0.9803625…).
    @Test("a behavior not observed reads as an upper bound from the interval, never as 0%")
    func phraseOfNotObserved() {
        let r = Rate(0, of: 240)
        #expect(close(r.interval.high, 0.019637406292362554))
        #expect(r.phrase == "not observed in 240: at most 2% (95%)")
        #expect(!r.phrase.contains(" 0%"))
        #expect(Rate(0, of: 5).phrase == "not observed in 5: at most 54% (95%)")
        #expect(Rate(0, of: 10000).phrase == "not observed in 10000: at most 0.048% (95%)")
        #expect(Rate(0, of: 100_000).phrase == "not observed in 100000: at most 0.0048% (95%)")
    }

    @Test("some, all and none applicable read as a rate with its interval, a lower bound, and 'none applicable'")
    func phraseOfOthers() {
        #expect(Rate(3, of: 240).phrase == "3 in 240: 1.2% (95%: 0.3%–3.9%)")
        #expect(Rate(240, of: 240).phrase == "all 240: at least 98% (95%)")
        #expect(Rate(0, of: 0).phrase == "none applicable")
        #expect(Rate(0, of: 0).value == nil)
        #expect(Rate(3, of: 240).value == 0.0125)
    }

    @Test("percentages carry the digits their size needs: whole from 10%, one decimal from 0.1%, two significant below")
    func percentFormatting() {
        #expect(Rate.percent(0.12) == "12%")
        #expect(Rate.percent(1) == "100%")
        #expect(Rate.percent(0.5) == "50%")
        #expect(Rate.percent(0.015) == "1.5%")
        #expect(Rate.percent(0.02) == "2%")
        #expect(Rate.percent(0.001) == "0.1%")
        #expect(Rate.percent(0.00042) == "0.042%")
        #expect(Rate.percent(0.000123) == "0.012%")
        #expect(Rate.percent(0.00001) == "0.001%")
        #expect(Rate.percent(0) == "0%")
    }
}
