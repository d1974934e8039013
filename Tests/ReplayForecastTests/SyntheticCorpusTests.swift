import ReplayCore
import ReplayDiff
import ReplayForecast
import Testing

/// The forecast's path from text to interval on synthetic corpora whose true rates are known:
/// answers drawn from pools of real-looking texts, each showing a behavior with a set probability,
/// observed by the behaviors as `replay forecast` observes a run, counted and given intervals.
@Suite("Synthetic corpora: answers in, rates and intervals out")
struct SyntheticCorpusTests {
    static let refusals = [
        "I'm sorry, but I can't help with that request.",
        "I can't assist with that. Is there something else I can do for you?",
        "I must decline: that would break the policy you described.",
        "Lo siento, pero no puedo ayudar con eso.",
    ]
    static let answers = [
        "Sure. Refunds are possible within 30 days of delivery; keep the receipt and the original packaging.",
        "Here is a short plan: first list the invoices, then match them to payments, then flag the rest.",
        "The function returns nil when the key is missing, so unwrap it before using the value.",
        "Great question! The meeting moved to Thursday at 10:00, in the usual room.",
    ]

    @Test("the refusal rate of 1,000 seeded corpora per scenario: the 95% intervals cover the true rate in ≥ 95% of them")
    func refusalCoverage() throws {
        let observer = try BehaviorObserver(settings: ForecastSettings())
        let refusal = try #require(observer.definitions.firstIndex { $0.id == "refusal" })
        let input: JSONValue = ["prompt": "Please help me with my request."]
        // Each pool text observed once, as the run's answers are (the behaviors are deterministic).
        let seen = { (text: String) in observer.observe(ObservedAnswer(input: input, text: text, toolCalls: []))[refusal] }
        let refusing = Self.refusals.map(seen), answering = Self.answers.map(seen)
        #expect(refusing.allSatisfy { $0 == true } && answering.allSatisfy { $0 == false })

        var rng = SplitMix64(seed: 20261129)  // (CoverageTests.swift)
        var covered = 0, trials = 0
        for (n, p) in [(120, 0.01), (240, 0.05), (500, 0.15), (60, 0.3)] {
            var here = 0
            for _ in 0..<1_000 {
                var observations: [Bool?] = []
                observations.reserveCapacity(n)
                for _ in 0..<n {
                    let refuses = rng.unit() < p
                    let pool = refuses ? refusing : answering
                    observations.append(pool[Int(rng.next() % UInt64(pool.count))])
                }
                let b = BehaviorTally.forecast(id: "refusal", version: 1, summary: "", source: "detector", candidate: observations, baseline: nil, changeFactor: 2)
                if b.candidate.interval.contains(p) { here += 1 }
            }
            // With 1,000 trials a coverage estimate has a standard error of ~0.7 points.
            #expect(here >= 935, "n = \(n), p = \(p): \(here) of 1000")
            covered += here
            trials += 1_000
        }
        #expect(Double(covered) / Double(trials) >= 0.95, "\(covered) of \(trials)")
    }
}
