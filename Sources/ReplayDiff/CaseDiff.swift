import ReplayCore

/// One answer of a model to a case (a run holds one per case, or K with `record --repeat K`).
public struct Answer: Sendable, Equatable {
    public var text: String?
    public var error: String?
    public var toolCalls: [ToolCall]
    public var finishReason: String?
    /// An agentic replay's tool-calling turns (empty when the model answered at once).
    public var trajectory: [ToolStep]

    public init(text: String?, error: String? = nil, toolCalls: [ToolCall] = [], finishReason: String? = nil, trajectory: [ToolStep] = []) {
        self.text = text
        self.error = error
        self.toolCalls = toolCalls
        self.finishReason = finishReason
        self.trajectory = trajectory
    }

    public var isError: Bool { text == nil }
}

/// A case as one run holds it: its stored input (`input.json`) and its answers.
public struct CaseSide: Sendable, Equatable {
    public var input: JSONValue
    public var samples: [Answer]

    public init(input: JSONValue, samples: [Answer]) {
        self.input = input
        self.samples = samples
    }

    public var first: Answer { samples.first ?? Answer(text: nil, error: "no answer stored") }
}

/// The two sides of one case to compare.
public struct CasePair: Sendable {
    public let id: String
    public let baseline: CaseSide?
    public let candidate: CaseSide?

    public init(id: String, baseline: CaseSide?, candidate: CaseSide?) {
        self.id = id
        self.baseline = baseline
        self.candidate = candidate
    }

    /// The pair with its answers and without its inputs.
    public func withoutInputs() -> CasePair {
        func answers(_ side: CaseSide?) -> CaseSide? { side.map { CaseSide(input: .null, samples: $0.samples) } }
        return CasePair(id: id, baseline: answers(baseline), candidate: answers(candidate))
    }
}

/// What kind of difference a case shows, mildest first.
public enum ChangeClass: String, Sendable, CaseIterable, Comparable {
    case identical, cosmetic, rephrased, changed, regressed, new, missing, errored

    public static func < (a: ChangeClass, b: ChangeClass) -> Bool { a.rank < b.rank }
    /// Review order: what needs a reader most ranks highest.
    var rank: Int {
        switch self {
        case .identical: return 0
        case .cosmetic: return 1
        case .new: return 2
        case .rephrased: return 3
        case .missing: return 4
        case .changed: return 5
        case .errored: return 6
        case .regressed: return 7
        }
    }

    public var summary: String {
        switch self {
        case .identical: return "the same answer"
        case .cosmetic: return "only whitespace, punctuation or letter case differ"
        case .rephrased: return "worded differently, same meaning"
        case .changed: return "the answer changed"
        case .regressed: return "a detector raised a regression"
        case .new: return "only the candidate run has the case"
        case .missing: return "the candidate run does not have the case"
        case .errored: return "an answer is an error"
        }
    }
}

public enum Verdict: String, Sendable, CaseIterable, Comparable {
    case pass = "PASS", inconclusive = "INCONCLUSIVE", fail = "FAIL"
    public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }
    var rank: Int { self == .pass ? 0 : self == .inconclusive ? 1 : 2 }
}

/// Surface and semantic similarity of the two answers (first samples).
public struct Scores: Sendable, Equatable {
    /// Cosine similarity of the answers' embeddings.
    public var semantic: Double
    public var chrF: Double
    public var rougeL: Double
    public var baselineWords: Int
    public var candidateWords: Int
}

/// How one block (paragraph, heading, item...) of the baseline maps onto the candidate.
public struct BlockChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case kept, reworded, dropped, added }
    public let kind: Kind
    public let baseline: String?
    public let candidate: String?
    public let similarity: Double?
    /// Facts (numbers, names, dates, URLs) that differ between the two sides of a reworded block.
    public let changedFacts: [FactChange]
}

public struct FactChange: Sendable, Equatable {
    public let kind: Entity.Kind
    public let from: [String]
    public let to: [String]
}

/// The candidate's distance from the baseline against the baseline's own spread (K ≥ 2 samples).
public struct Noise: Sendable, Equatable {
    public let baselineSamples: Int
    public let candidateSamples: Int
    /// Mean distance (1 − similarity) of each candidate sample to its nearest baseline sample.
    public let candidateDistance: Double
    /// The largest distance of a baseline sample to its nearest other baseline sample.
    public let baselineSpread: Double
    public var withinNoise: Bool { candidateDistance <= baselineSpread * 1.1 + 0.005 }
}

/// A pairwise verdict of a judge model, asked in both orders.
public struct JudgeVerdict: Sendable, Equatable {
    public enum Outcome: String, Sendable { case candidate, baseline, tie, inconsistent }
    public let model: String
    public let outcome: Outcome
    /// The two raw verdicts: with the baseline shown first, then with the candidate shown first.
    public let firstOrder: String
    public let secondOrder: String
    public let reason: String?

    public init(model: String, outcome: Outcome, firstOrder: String, secondOrder: String, reason: String?) {
        self.model = model
        self.outcome = outcome
        self.firstOrder = firstOrder
        self.secondOrder = secondOrder
        self.reason = reason
    }
}

/// Everything the diff says about one case.
public struct CaseDiff: Sendable {
    public let id: String
    public var changeClass: ChangeClass
    public var verdict: Verdict
    public var findings: [Finding]
    public var scores: Scores?
    public var blocks: [BlockChange]
    public var noise: Noise?
    /// The case's stored input differs between the runs (a prompt change).
    public var inputChanged: Bool
    public var baseline: Answer?
    public var candidate: Answer?
    public var title: String?
    public var judge: JudgeVerdict?

    public var worstSeverity: Severity? { findings.filter(\.regression).map(\.severity).max() }
    /// The change is within the baseline's own sampling noise.
    public var withinNoise: Bool { noise?.withinNoise ?? false }
}

extension CaseDiff {
    /// A case whose stored answer compares identical: only its input, or what does not count
    /// (a provider's model name, a call id), changed.
    public static func identical(id: String, inputChanged: Bool) -> CaseDiff {
        CaseDiff(id: id, changeClass: .identical, verdict: .pass, findings: [], scores: nil, blocks: [], noise: nil,
                 inputChanged: inputChanged, baseline: nil, candidate: nil, title: nil, judge: nil)
    }
}
