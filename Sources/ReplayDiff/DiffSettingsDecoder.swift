import ReplayCore

extension DiffSettings {
    static let fields = ["fail_on", "rephrased_similarity", "semantic_match", "fuzzy_match", "length_ratio", "length_min_words",
                         "invented_min_number", "embeddings", "detectors"]

    /// Reads the config's `diff:` section, reporting each problem with its key and line.
    public static func decode(_ doc: Doc?, file: String) -> (settings: DiffSettings, problems: [Problem]) {
        var settings = DiffSettings()
        guard let doc, doc.kind != .null else { return (settings, []) }
        let v = Validation(file: file)
        guard let f = v.mapping(doc, "diff", known: fields, what: "the diff settings") else { return (settings, v.problems) }
        if let text = v.string(f["fail_on"], "diff.fail_on") {
            if text == "never" {
                settings.failOn = nil
            } else if let level = Severity(rawValue: text) {
                settings.failOn = level
            } else {
                v.report(f["fail_on"]!.line, "diff.fail_on", "unknown level '\(text)'", fix: "use info, warning, error or never")
            }
        }
        settings.rephrasedSimilarity = v.number(f["rephrased_similarity"], "diff.rephrased_similarity", in: 0...1) ?? settings.rephrasedSimilarity
        settings.semanticMatch = v.number(f["semantic_match"], "diff.semantic_match", in: 0...1) ?? settings.semanticMatch
        settings.fuzzyMatch = v.number(f["fuzzy_match"], "diff.fuzzy_match", in: 0...1) ?? settings.fuzzyMatch
        settings.lengthRatio = v.number(f["length_ratio"], "diff.length_ratio", in: 1...100) ?? settings.lengthRatio
        settings.lengthMinWords = v.integer(f["length_min_words"], "diff.length_min_words", in: 0...100_000) ?? settings.lengthMinWords
        settings.inventedMinNumber = v.number(f["invented_min_number"], "diff.invented_min_number", in: 0...1e12) ?? settings.inventedMinNumber
        settings.embeddingModel = v.string(f["embeddings"], "diff.embeddings")
        if let detectors = f["detectors"], detectors.kind != .null {
            guard case .object(let members) = detectors.kind else {
                v.report(detectors.line, "diff.detectors", "must map detector ids to settings, not \(detectors.typeName)",
                         fix: "write it like {length_shift: {severity: warning}, sycophancy: false}")
                return (settings, v.problems)
            }
            for member in members {
                let path = "diff.detectors.\(member.key)"
                guard let id = DetectorID(rawValue: member.key) else {
                    let ids = DetectorID.allCases.map(\.rawValue)
                    v.report(member.keyLine, path, "unknown detector '\(member.key)'",
                             fix: closest(to: member.key, in: ids).map { "did you mean '\($0)'?" } ?? "the detectors are \(ids.joined(separator: ", "))")
                    continue
                }
                if case .bool = member.value.kind {
                    settings.detectors[id] = Detector(enabled: v.bool(member.value, path) ?? true)
                    continue
                }
                guard let d = v.mapping(member.value, path, known: ["enabled", "severity"], what: "a detector's settings") else { continue }
                var detector = Detector(enabled: v.bool(d["enabled"], "\(path).enabled") ?? true)
                if let text = v.string(d["severity"], "\(path).severity") {
                    if let level = Severity(rawValue: text) { detector.severity = level } else {
                        v.report(d["severity"]!.line, "\(path).severity", "unknown severity '\(text)'", fix: "use info, warning or error")
                    }
                }
                settings.detectors[id] = detector
            }
        }
        return (settings, v.problems)
    }
}
