/// What a detector sees: one candidate answer against the baseline's answers (one, or K samples)
/// and the case's input.
struct Detection {
    let settings: DiffSettings
    let input: CaseInput
    /// The baseline's answers to compare against (at least one, none errored).
    let baselines: [String]
    let baselineCalls: [[ReplayCore.ToolCall]]
    let candidate: String
    let candidateCalls: [ReplayCore.ToolCall]
    let embed: MemoEmbedder

    /// A regression finding at the configured severity (or the detector's natural one).
    func regression(_ id: DetectorID, _ message: String, natural: Severity? = nil, evidence: [Evidence]) -> Finding {
        Finding(id, settings.severity(id, natural: natural), message, evidence: evidence)
    }

    func note(_ id: DetectorID, _ message: String, evidence: [Evidence] = []) -> Finding {
        Finding(id, .info, regression: false, message, evidence: evidence)
    }
}

import ReplayCore

protocol Detector: Sendable {
    var id: DetectorID { get }
    func detect(_ d: Detection) -> [Finding]
}

enum Detectors {
    static let all: [any Detector] = [
        RefusalDetector(), RequiredContentDetector(), ForbiddenContentDetector(), InventedEntitiesDetector(), FormatDriftDetector(),
        LengthShiftDetector(), LanguageChangeDetector(), PIIDetector(), SycophancyDetector(), ToolUseDetector(),
    ]

    /// The sentence of `text` that holds the first occurrence of `needle` (lowercased), for evidence.
    static func sentence(in text: String, containing needle: String) -> String? {
        let lower = Array(needle.lowercased().utf8)
        return Blocks.sentences(text).first { LowerText.find(lower, in: Array($0.lowercased().utf8)) != nil }.map(String.init)
    }

    static func quote(_ text: String, limit: Int = 200) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 3)) + "..." : flat
    }
}
