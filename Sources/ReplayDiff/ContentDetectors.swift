/// How a clause was found in an answer.
enum ClauseMatch {
    case exact(String)
    case fuzzy(String, Double)
    case semantic(String, Double)
    case none

    var found: Bool { if case .none = self { return false } else { return true } }

    var label: String {
        switch self {
        case .exact: return "exactly"
        case .fuzzy(_, let s): return "fuzzily (\(Int(s * 100))% of its words)"
        case .semantic(_, let s): return "semantically (similarity \(String(format2: s)))"
        case .none: return "not at all"
        }
    }

    var sentence: String? {
        switch self {
        case .exact(let s), .fuzzy(let s, _), .semantic(let s, _): return s
        case .none: return nil
        }
    }
}

enum ClauseMatcher {
    /// Finds `clause` in `text`: exactly (ignoring case, spacing and punctuation), fuzzily (a window
    /// of the text's words sharing most of the clause's words in order), then semantically (the
    /// closest sentence by embedding) if `semantic` allows. `locate: false` skips finding the
    /// sentence of an exact match (it then carries the clause itself) for a caller that needs only
    /// whether and how the clause was found.
    static func match(_ clause: String, in text: String, settings: DiffSettings, embed: MemoEmbedder?, locate: Bool = true) -> ClauseMatch {
        let c = Words.normalized(clause), t = embed?.normalized(text) ?? Words.normalized(text)
        guard !c.isEmpty else {
            // A clause of symbols or emoji only: found as written, or not at all.
            return !clause.isEmpty && text.contains(clause as String) ? .exact(clause) : .none
        }
        if LowerText.find(Array((" " + c + " ").utf8), in: Array((" " + t + " ").utf8)) != nil {
            return .exact(locate ? Detectors.sentence(in: text, containingWords: c) ?? clause : clause)
        }
        let cw = Words.hashes(clause), sentences = Blocks.sentences(text)
        var best: (Double, Substring)? = nil
        for sentence in sentences {
            let sw = Words.hashes(String(sentence))
            guard !sw.isEmpty else { continue }
            // The share of the clause's words found in order in the sentence.
            let score = Double(TextMetrics.lcsLength(cw, sw)) / Double(cw.count)
            if score > (best?.0 ?? 0) { best = (score, sentence) }
        }
        if let best, best.0 >= settings.fuzzyMatch { return .fuzzy(String(best.1), best.0) }
        guard let embed else { return .none }
        var closest: (Double, Substring)? = nil
        for sentence in sentences {
            let s = embed.similarity(clause, String(sentence))
            if s > (closest?.0 ?? -1) { closest = (s, sentence) }
        }
        if let closest, closest.0 >= settings.semanticMatch { return .semantic(String(closest.1), closest.0) }
        return .none
    }
}

/// `must_include`: a clause the baseline had that the candidate dropped.
struct RequiredContentDetector: Detector {
    let id = DetectorID.requiredContent

    func detect(_ d: Detection) -> [Finding] {
        var findings: [Finding] = []
        for clause in d.input.mustInclude {
            let now = ClauseMatcher.match(clause, in: d.candidate, settings: d.settings, embed: d.embed, locate: false)
            if now.found {
                // Still there, but no longer word for word: show the sentence that carries it.
                if case .exact = now { continue }
                if let sentence = now.sentence,
                   d.baselines.contains(where: { if case .exact = ClauseMatcher.match(clause, in: $0, settings: d.settings, embed: nil, locate: false) { return true }; return false }) {
                    findings.append(d.note(id, "required clause \"\(clause)\" now found only \(now.label)", evidence: [Evidence(.candidate, sentence)]))
                }
                continue
            }
            let before = d.baselines.lazy.map { ClauseMatcher.match(clause, in: $0, settings: d.settings, embed: d.embed) }.first { $0.found }
            if let before, let sentence = before.sentence {
                findings.append(d.regression(id, "required clause dropped: \"\(clause)\" (the baseline had it \(before.label))",
                                             evidence: [Evidence(.baseline, sentence)]))
            } else {
                findings.append(d.note(id, "required clause still missing: \"\(clause)\" (the baseline lacked it too)"))
            }
        }
        return findings
    }
}

/// `must_not_include`: a clause that appeared (exactly or fuzzily).
struct ForbiddenContentDetector: Detector {
    let id = DetectorID.forbiddenContent

    static let negations: Set<String> = ["not", "no", "never", "cannot", "can't", "won't", "don't", "doesn't", "isn't", "aren't",
                                         "didn't", "nor", "without", "n't"]

    /// The sentence holds a negation the clause does not.
    static func negates(_ sentence: String, _ clause: String) -> Bool {
        func words(_ s: String) -> Set<String> {
            Set(s.lowercased().replacingOccurrences("’", "'").split { !$0.isLetter && $0 != "'" }.map(String.init))
        }
        return !words(sentence).intersection(negations).subtracting(words(clause)).isEmpty
    }

    func detect(_ d: Detection) -> [Finding] {
        var findings: [Finding] = []
        for clause in d.input.mustNotInclude {
            let now = ClauseMatcher.match(clause, in: d.candidate, settings: d.settings, embed: nil)
            guard now.found, let sentence = now.sentence else { continue }
            // "you will not get a refund" does not say "you will get a refund".
            if case .fuzzy = now, ForbiddenContentDetector.negates(sentence, clause) { continue }
            let before = d.baselines.contains { ClauseMatcher.match(clause, in: $0, settings: d.settings, embed: nil, locate: false).found }
            if before {
                findings.append(d.note(id, "forbidden clause still present: \"\(clause)\"", evidence: [Evidence(.candidate, sentence)]))
            } else {
                findings.append(d.regression(id, "forbidden clause appeared \(now.label): \"\(clause)\"", evidence: [Evidence(.candidate, sentence)]))
            }
        }
        return findings
    }
}

extension Detectors {
    /// The sentence whose normalized words hold `words` (already normalized).
    static func sentence(in text: String, containingWords words: String) -> String? {
        let needle = Array((" " + words + " ").utf8)
        return Blocks.sentences(text).first { LowerText.find(needle, in: Array((" " + Words.normalized(String($0)) + " ").utf8)) != nil }.map(String.init)
    }
}

extension String {
    init(format2 value: Double) {
        let scaled = (value * 100).rounded() / 100
        var s = String(scaled)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s[s.index(after: dot)...].count
            if decimals == 1 { s += "0" }
        }
        self = s
    }
}
