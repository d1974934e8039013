import ReplayCore

/// JSON validity and schema (the case's `expect.schema`, else the one the baseline implies), and
/// Markdown structure (headings, lists, tables, code).
struct FormatDriftDetector: Detector {
    let id = DetectorID.formatDrift

    func detect(_ d: Detection) -> [Finding] {
        let now = Structure(d.candidate, blocks: d.embed.blocks(d.candidate))
        let before = d.baselines.map { Structure($0, blocks: d.embed.blocks($0)) }
        guard let first = before.first else { return [] }
        let baselineJSON = before.allSatisfy { $0.json != nil }
        if let schema = d.input.schema {
            guard let value = Structure.jsonBody(d.candidate) else {
                return [d.regression(id, "the answer is not JSON, and the case's schema wants JSON",
                                     evidence: [Evidence(.candidate, Detectors.quote(d.candidate))])]
            }
            let problems = SchemaCheck.violations(value, schema: schema)
            if !problems.isEmpty {
                let baselineOK = d.baselines.contains { Structure.jsonBody($0).map { SchemaCheck.violations($0, schema: schema).isEmpty } ?? false }
                let message = "the JSON no longer matches the case's schema: " + problems.prefix(3).joined(separator: "; ")
                return [baselineOK ? d.regression(id, message, evidence: [Evidence(.candidate, Detectors.quote(d.candidate))])
                                   : d.note(id, message.replacingOccurrences("no longer matches", "does not match (nor did the baseline)"))]
            }
            return []
        }
        if baselineJSON {
            guard let value = Structure.jsonBody(d.candidate) else {
                return [d.regression(id, "the answer is no longer JSON (the baseline's is \(first.json!.rawValue))",
                                     evidence: [Evidence(.candidate, Detectors.quote(d.candidate))])]
            }
            let schema = SchemaCheck.infer(from: Structure.jsonBody(d.baselines[0])!)
            let problems = SchemaCheck.violations(value, schema: schema)
            if !problems.isEmpty {
                return [d.regression(id, "the JSON's shape changed from the baseline's: " + problems.prefix(3).joined(separator: "; "),
                                     evidence: [Evidence(.candidate, Detectors.quote(d.candidate))])]
            }
            return []
        }
        if now.json != nil, !before.contains(where: { $0.json != nil }) {
            return [d.regression(id, "the answer became JSON (the baseline's is \(first.summary))", natural: .warning,
                                 evidence: [Evidence(.candidate, Detectors.quote(d.candidate))])]
        }
        var lost: [String] = [], gained: [String] = []
        func compare(_ name: String, _ path: KeyPath<Structure, Int>, min: Int) {
            let was = before.map { $0[keyPath: path] }
            if was.allSatisfy({ $0 >= min }), now[keyPath: path] == 0 { lost.append(name) }
            if was.allSatisfy({ $0 == 0 }), now[keyPath: path] >= min { gained.append(name) }
        }
        compare("headings", \.headings, min: 1)
        compare("lists", \.listItems, min: 2)
        compare("tables", \.tables, min: 1)
        compare("code blocks", \.codeBlocks, min: 1)
        guard !lost.isEmpty || !gained.isEmpty else { return [] }
        var parts: [String] = []
        if !lost.isEmpty { parts.append("lost its " + lost.joined(separator: ", ")) }
        if !gained.isEmpty { parts.append("gained " + gained.joined(separator: ", ")) }
        return [d.regression(id, "the Markdown structure changed: the answer \(parts.joined(separator: " and ")) (baseline: \(first.summary); candidate: \(now.summary))",
                             natural: .warning, evidence: [])]
    }
}

/// The answer got much longer or shorter than the baseline's.
struct LengthShiftDetector: Detector {
    let id = DetectorID.lengthShift

    func detect(_ d: Detection) -> [Finding] {
        let now = Words.count(d.candidate)
        let was = d.baselines.map(Words.count)
        guard let low = was.min(), let high = was.max() else { return [] }
        let ratio = d.settings.lengthRatio
        if Double(now) >= Double(high) * ratio, now - high >= d.settings.lengthMinWords {
            let factor = Double(now) / Double(max(1, high))
            return [d.regression(id, "\(String(format1: factor))× longer (\(now) words, the baseline \(LengthShiftDetector.range(low, high)))", evidence: [])]
        }
        if Double(now) * ratio <= Double(low), low - now >= d.settings.lengthMinWords {
            let factor = Double(low) / Double(max(1, now))
            return [d.regression(id, "\(String(format1: factor))× shorter (\(now) words, the baseline \(LengthShiftDetector.range(low, high)))", evidence: [])]
        }
        return []
    }

    static func range(_ low: Int, _ high: Int) -> String { low == high ? "\(low)" : "\(low)–\(high)" }
}

/// The answer is in another language than the baseline's.
struct LanguageChangeDetector: Detector {
    let id = DetectorID.languageChange

    func detect(_ d: Detection) -> [Finding] {
        guard let now = d.embed.language(d.candidate) else { return [] }
        let was = d.baselines.compactMap(d.embed.language)
        guard let first = was.first, was.allSatisfy({ $0 == first }), now != first else { return [] }
        let asked = Language.detect(d.input.prompt)
        let note = asked.map { $0 == first ? "; the prompt is in \($0)" : "; the prompt is in \($0)" } ?? ""
        return [d.regression(id, "the answer is in \(now), the baseline's in \(first)\(note)",
                             evidence: [Evidence(.candidate, Detectors.quote(d.candidate, limit: 120))])]
    }
}

extension String {
    init(format1 value: Double) {
        let scaled = (value * 10).rounded() / 10
        self = scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }
}
