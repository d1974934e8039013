/// Refusals: an answer declining the task, fully (that is all it says) or partly (it declines a
/// part and answers the rest).
struct RefusalDetector: Detector {
    let id = DetectorID.refusal

    enum Level: Int, Comparable {
        case none, partial, full
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        var name: String { self == .full ? "full" : self == .partial ? "partial" : "none" }
    }

    static let phrases = [
        "i can't help with", "i cannot help with", "i can't assist", "i cannot assist", "i'm unable to", "i am unable to",
        "i'm not able to", "i am not able to", "i won't be able to", "i will not be able to", "i can't provide", "i cannot provide",
        "i can't do that", "i cannot do that", "i must decline", "i have to decline", "i'm sorry, but i can't", "i'm sorry, but i cannot",
        "sorry, but i can't", "i can't comply", "i cannot comply", "i won't help", "i will not help", "i'm not comfortable",
        "as an ai language model, i cannot", "it's not appropriate for me to", "i can't share", "i cannot share", "i can't create",
        "i cannot create", "i can't write", "i cannot write", "i can't fulfill", "i cannot fulfill", "against my guidelines",
        "i'm not allowed to", "i am not allowed to", "i can not help", "no puedo ayudar", "lo siento, pero no puedo",
        "je ne peux pas vous aider", "je ne peux pas", "ich kann dabei nicht helfen", "ich kann nicht", "non posso aiutarti",
    ]

    static let phraseSet = NeedleSet(phrases)

    /// The refusal level of an answer, with the sentence that declines.
    static func classify(_ text: String) -> (Level, String?) {
        guard LowerText(text).containsAny(phraseSet) else { return (.none, nil) }
        let sentences = Blocks.sentences(text)
        for (n, sentence) in sentences.enumerated() {
            guard LowerText(String(sentence)).containsAny(phraseSet) else { continue }
            let words = Words.count(text)
            let full = n < 2 && (words < 60 || sentences.count <= 3)
            return (full ? .full : .partial, String(sentence))
        }
        return (.none, nil)
    }

    func detect(_ d: Detection) -> [Finding] {
        let (level, sentence) = RefusalDetector.classify(d.candidate)
        let baseline = d.baselines.map(RefusalDetector.classify)
        let baselineMax = baseline.map(\.0).max() ?? .none
        if level > baselineMax, let sentence {
            var evidence = [Evidence(.candidate, sentence)]
            if let b = d.baselines.first { evidence.append(Evidence(.baseline, Detectors.quote(b))) }
            let natural: Severity = level == .full ? .error : .warning
            let message = baselineMax == .none ? "refusal appeared (\(level.name))" : "refusal became \(level.name) (was \(baselineMax.name))"
            return [d.regression(id, message, natural: natural, evidence: evidence)]
        }
        if level < baselineMax, let b = baseline.first(where: { $0.0 == baselineMax })?.1 {
            return [d.note(id, level == .none ? "refusal vanished (was \(baselineMax.name))" : "refusal eased to \(level.name)",
                           evidence: [Evidence(.baseline, b), Evidence(.candidate, Detectors.quote(d.candidate))])]
        }
        return []
    }
}
