import ReplayCore

/// Compares one case between two runs: its class, its findings with evidence, the alignment of
/// its blocks, its scores, the noise check with repeated samples, and its verdict. Not thread-safe
/// (it memoizes embeddings): one per worker.
public final class CaseComparer {
    public let settings: DiffSettings
    let embed: MemoEmbedder

    public init(settings: DiffSettings, embedder: any TextEmbedder) {
        self.settings = settings
        embed = MemoEmbedder(embedder)
    }

    public func compare(_ pair: CasePair, inputChanged: Bool = false) -> CaseDiff {
        defer { embed.reset() }
        var diff = CaseDiff(id: pair.id, changeClass: .identical, verdict: .pass, findings: [], scores: nil, blocks: [], noise: nil,
                            inputChanged: inputChanged, baseline: pair.baseline?.first, candidate: pair.candidate?.first,
                            title: (pair.candidate ?? pair.baseline)?.input["title"]?.stringValue, judge: nil)
        guard let candidate = pair.candidate else {
            diff.changeClass = .missing
            diff.verdict = .inconclusive
            diff.findings = [Finding(.errored, .info, regression: false, "the candidate run has no answer for this case")]
            return diff
        }
        guard let baseline = pair.baseline else {
            diff.changeClass = .new
            return diff
        }
        let input = CaseInput(candidate.input)
        let baseOK = baseline.samples.compactMap(\.text)
        let candOK = candidate.samples.filter { !$0.isError }
        // Errors first: a candidate with no answer at all has nothing to compare.
        if candOK.isEmpty {
            diff.changeClass = .errored
            if baseline.first.isError {
                diff.findings = [Finding(.errored, .info, regression: false, "both runs errored: \(candidate.first.error ?? "")")]
            } else if settings.isEnabled(.errored) {
                diff.findings = [Finding(.errored, settings.severity(.errored), "the candidate errored: \(candidate.first.error ?? "")")]
            }
            diff.verdict = verdict(diff.findings, changed: true)
            return diff
        }
        if baseOK.isEmpty {
            diff.changeClass = .errored
            diff.findings = [Finding(.errored, .info, regression: false, "the baseline errored (\(baseline.first.error ?? "")); the candidate answered")]
            return diff
        }
        // Some of K candidate samples errored: a finding with its rate (noise-checked against the
        // baseline's own errors); the answered samples are compared.
        var sampleErrors: Finding? = nil
        let erroredCount = candidate.samples.count - candOK.count
        if erroredCount > 0, settings.isEnabled(.errored) {
            let firstError = candidate.samples.first { $0.isError }?.error ?? ""
            var f = Finding(.errored, settings.severity(.errored), "\(erroredCount) of \(candidate.samples.count) candidate samples errored: \(firstError)")
            let rc = Rate(count: erroredCount, of: candidate.samples.count)
            let rb = Rate(count: baseline.samples.count - baseOK.count, of: baseline.samples.count)
            f.candidateRate = rc
            if baseline.samples.count >= 2 {
                f.baselineRate = rb
                f.withinNoise = CaseComparer.plausibleUnderBaseline(candidate: rc, baseline: rb)
            }
            sampleErrors = f
        }
        // The first answer that is not an error stands for each side in scores and reports.
        let b = baseline.samples.first { !$0.isError } ?? baseline.first, c = candOK[0]
        diff.baseline = b
        diff.candidate = c
        let bText = b.text ?? baseOK[0], cText = c.text!
        let sameCalls = CaseComparer.sameCalls(b.toolCalls, c.toolCalls)
        let baseCalls = baseline.samples.filter { !$0.isError }.map(\.toolCalls)
        if bText == cText, sameCalls, sameSamples(baseline, candidate), sampleErrors == nil {
            return diff
        }
        // Cosmetic: the same words, and the same symbols (a sign, a bracket, a comparison changes
        // meaning even where the words do not).
        if embed.normalized(bText) == embed.normalized(cText), CaseComparer.symbols(bText) == CaseComparer.symbols(cText),
           sameCalls, sameSamples(baseline, candidate), sampleErrors == nil,
           // ...unless a detector still objects (a forbidden emoji, say): then it is compared in full.
           !detect(input, baselines: baseOK, baselineCalls: baseCalls, candidate: cText,
                   calls: c.toolCalls).contains(where: { $0.regression && $0.severity >= .warning }) {
            diff.changeClass = .cosmetic
            return diff
        }
        let bw = embed.hashes(bText), cw = embed.hashes(cText)
        diff.scores = Scores(semantic: embed.similarity(bText, cText), chrF: TextMetrics.chrF(candidate: cText, reference: bText),
                             rougeL: TextMetrics.rougeL(cw, bw), baselineWords: bw.count, candidateWords: cw.count)
        diff.blocks = Alignment.align(baseline: bText, candidate: cText, embed: embed)

        // Detectors: each candidate sample against all the baseline's samples; with K ≥ 2, each
        // baseline sample against the others too, to tell change from sampling noise.
        var perSample: [[Finding]] = []
        for sample in candOK {
            perSample.append(detect(input, baselines: baseOK, baselineCalls: baseCalls, candidate: sample.text!, calls: sample.toolCalls))
        }
        var selfFiring: [DetectorID: Int] = [:]
        if baseOK.count >= 2 {
            let okSamples = baseline.samples.filter { !$0.isError }
            for (n, sample) in okSamples.enumerated() {
                var others = okSamples
                others.remove(at: n)
                let found = detect(input, baselines: others.compactMap(\.text), baselineCalls: others.map(\.toolCalls),
                                   candidate: sample.text!, calls: sample.toolCalls)
                for id in Set(found.filter(\.regression).map(\.detector)) { selfFiring[id, default: 0] += 1 }
            }
        }
        diff.findings = merge(perSample, selfFiring: selfFiring, baselineSamples: baseOK.count)
        if let sampleErrors { diff.findings.append(sampleErrors) }
        let facts = diff.blocks.filter { !$0.changedFacts.isEmpty }
        if settings.isEnabled(.changedFacts), !facts.isEmpty {
            let described = facts.flatMap(\.changedFacts).prefix(4).map { "\($0.from.joined(separator: ", ")) → \($0.to.joined(separator: ", "))" }
            var finding = Finding(.changedFacts, settings.severity(.changedFacts), "facts changed in an aligned paragraph: " + described.joined(separator: "; "),
                                  evidence: facts.prefix(2).flatMap { [Evidence(.baseline, $0.baseline ?? ""), Evidence(.candidate, $0.candidate ?? "")] })
            if baseOK.count >= 2, (1..<baseOK.count).contains(where: { !Alignment.align(baseline: baseOK[0], candidate: baseOK[$0], embed: embed)
                    .allSatisfy { $0.changedFacts.isEmpty } }) {
                finding.withinNoise = true
            }
            diff.findings.append(finding)
        }
        if settings.isEnabled(.toolUse), let divergence = ToolUse.firstDivergence(baseline: b, candidate: c) {
            // Everything after the first differing step follows from it: say where it is.
            diff.findings.append(Finding(.toolUse, .info, regression: false, divergence))
        }
        if baseOK.count >= 2 { diff.noise = noise(baseOK, candOK.compactMap(\.text)) }

        let regressions = diff.findings.filter { $0.regression && $0.severity >= .warning }
        if !regressions.isEmpty {
            diff.changeClass = .regressed
        } else if let s = diff.scores, s.semantic >= settings.rephrasedSimilarity, facts.isEmpty,
                  !diff.blocks.contains(where: { ($0.kind == .dropped || $0.kind == .added) && Words.count($0.baseline ?? $0.candidate ?? "") >= 8 }),
                  sameCalls {
            diff.changeClass = .rephrased
        } else {
            diff.changeClass = .changed
        }
        diff.verdict = verdict(diff.findings, changed: true)
        diff.findings.sort { ($0.regression ? 1 : 0, $0.severity, $1.detector) > ($1.regression ? 1 : 0, $1.severity, $0.detector) }
        return diff
    }

    func sameSamples(_ a: CaseSide, _ b: CaseSide) -> Bool {
        a.samples.count == b.samples.count
            && zip(a.samples, b.samples).allSatisfy { $0.text == $1.text && CaseComparer.sameCalls($0.toolCalls, $1.toolCalls) }
            || (a.samples.count <= 1 && b.samples.count <= 1)
    }

    /// The same tools with the same arguments in the same order; call ids (made up by providers per
    /// request) do not count.
    static func sameCalls(_ a: [ToolCall], _ b: [ToolCall]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.name == $1.name && $0.arguments == $1.arguments }
    }

    /// The symbols of a text that carry meaning: signs, brackets, comparisons, operators.
    static func symbols(_ text: String) -> [UInt8] {
        text.utf8.filter { "{}[]<>=+-*/%$#@&|~^`".utf8.contains($0) }
    }

    func detect(_ input: CaseInput, baselines: [String], baselineCalls: [[ToolCall]], candidate: String, calls: [ToolCall]) -> [Finding] {
        let d = Detection(settings: settings, input: input, baselines: baselines, baselineCalls: baselineCalls, candidate: candidate,
                          candidateCalls: calls, embed: embed)
        var out: [Finding] = []
        for detector in Detectors.all where settings.isEnabled(detector.id) { out += detector.detect(d) }
        return out
    }

    /// One finding per detector and message across the candidate's samples, with how often it fired
    /// and whether the baseline's own samples fire it about as often.
    func merge(_ perSample: [[Finding]], selfFiring: [DetectorID: Int], baselineSamples: Int) -> [Finding] {
        guard perSample.count > 1 || baselineSamples > 1 else { return perSample.first ?? [] }
        var order: [Finding] = []
        var counts: [DetectorID: Int] = [:]
        for findings in perSample {
            for id in Set(findings.filter(\.regression).map(\.detector)) { counts[id, default: 0] += 1 }
            for f in findings where !order.contains(where: { $0.detector == f.detector && $0.regression == f.regression && $0.message == f.message }) {
                order.append(f)
            }
        }
        return order.map { f in
            guard f.regression else { return f }
            var f = f
            let rc = Rate(count: counts[f.detector] ?? 0, of: perSample.count)
            let rb = Rate(count: selfFiring[f.detector] ?? 0, of: baselineSamples)
            f.candidateRate = rc
            if baselineSamples >= 2 {
                f.baselineRate = rb
                f.withinNoise = CaseComparer.plausibleUnderBaseline(candidate: rc, baseline: rb)
            }
            return f
        }
    }

    /// Whether the baseline's own firing rate could plausibly give the candidate's: the one-sided
    /// Fisher exact test of "the candidate fires more often" has p > 0.25. With 3 baseline samples
    /// that never fire, one candidate sample firing is a regression (p = 0.25); with one of them
    /// firing, it is not (p = 0.5).
    static func plausibleUnderBaseline(candidate c: Rate, baseline b: Rate) -> Bool {
        guard b.count > 0 else { return false }
        let total = c.of + b.of, fires = c.count + b.count
        func choose(_ n: Int, _ k: Int) -> Double {
            guard k >= 0, k <= n else { return 0 }
            var r = 1.0
            for i in 0..<min(k, n - k) { r = r * Double(n - i) / Double(i + 1) }
            return r
        }
        let all = choose(total, c.of)
        var p = 0.0
        for x in c.count...min(c.of, fires) { p += choose(fires, x) * choose(total - fires, c.of - x) / all }
        return p > 0.25
    }

    func noise(_ baseline: [String], _ candidate: [String]) -> Noise {
        func distance(_ x: String, _ y: String) -> Double { x == y ? 0 : max(0, 1 - embed.similarity(x, y)) }
        var spread = 0.0
        for (i, x) in baseline.enumerated() {
            var nearest = Double.infinity
            for (j, y) in baseline.enumerated() where i != j { nearest = min(nearest, distance(x, y)) }
            spread = max(spread, nearest)
        }
        let distances = candidate.map { c in baseline.map { distance(c, $0) }.min() ?? 1 }
        let mean = distances.isEmpty ? 1 : distances.reduce(0, +) / Double(distances.count)
        return Noise(baselineSamples: baseline.count, candidateSamples: candidate.count, candidateDistance: mean, baselineSpread: spread)
    }

    /// FAIL when a regression reaches the fail level and is not sampling noise; INCONCLUSIVE when
    /// it is; PASS otherwise.
    func verdict(_ findings: [Finding], changed: Bool) -> Verdict {
        guard let level = settings.failOn else { return .pass }
        let alerts = findings.filter { $0.regression && $0.severity >= level }
        if alerts.contains(where: { !$0.withinNoise }) { return .fail }
        return alerts.isEmpty ? .pass : .inconclusive
    }
}
