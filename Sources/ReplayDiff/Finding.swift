/// How much a finding matters. `diff` fails (exit 1) when a regression reaches the configured level.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
}

/// The detectors, by the id the config, the reports and the JSON use.
public enum DetectorID: String, Sendable, CaseIterable, Comparable {
    case errored
    case refusal
    case requiredContent = "required_content"
    case forbiddenContent = "forbidden_content"
    case inventedEntities = "invented_entities"
    case changedFacts = "changed_facts"
    case formatDrift = "format_drift"
    case lengthShift = "length_shift"
    case languageChange = "language_change"
    case pii
    case sycophancy
    case toolUse = "tool_use"

    public static func < (a: DetectorID, b: DetectorID) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// What the detector looks for, for reports and `--help`.
    public var summary: String {
        switch self {
        case .errored: return "the candidate failed to answer (provider error)"
        case .refusal: return "a refusal appeared (full or partial) or vanished"
        case .requiredContent: return "a must_include clause is no longer in the answer (matched exactly, fuzzily, then semantically)"
        case .forbiddenContent: return "a must_not_include clause appeared"
        case .inventedEntities: return "names, numbers, dates, URLs or e-mails that are in neither the input, the tool results nor the baseline"
        case .changedFacts: return "numbers, names, dates or URLs that differ in aligned paragraphs"
        case .formatDrift: return "JSON validity or schema, or Markdown structure, changed"
        case .lengthShift: return "the answer got much longer or shorter"
        case .languageChange: return "the answer is in another language"
        case .pii: return "personal data (e-mail, phone, card, national id, IBAN, IP) in the answer that the input did not hold"
        case .sycophancy: return "a flattering opener, or a verdict flipped after push-back"
        case .toolUse: return "tool calls changed: other tools, other order, undeclared tools, other arguments"
        }
    }

    /// The severity of the detector's regressions unless the config says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .errored, .refusal, .requiredContent, .forbiddenContent, .formatDrift, .languageChange, .pii: return .error
        case .inventedEntities, .changedFacts, .sycophancy, .toolUse: return .warning
        case .lengthShift: return .info
        }
    }
}

/// A quoted span behind a finding, and which answer it is from.
public struct Evidence: Sendable, Equatable {
    public enum Side: String, Sendable { case baseline, candidate, input }
    public let side: Side
    public let quote: String

    public init(_ side: Side, _ quote: String) {
        self.side = side
        self.quote = quote.count > 400 ? String(quote.prefix(397)) + "..." : quote
    }
}

/// What a detector noticed in one case.
public struct Finding: Sendable, Equatable {
    public let detector: DetectorID
    public var severity: Severity
    /// A regression (counts toward the verdict) or a change worth knowing (an improvement, a
    /// problem the baseline already had).
    public let regression: Bool
    public let message: String
    public let evidence: [Evidence]
    /// With repeated samples: in how many of the candidate's samples the detector fired, and in how
    /// many of the baseline's own samples (each against the others) it fired too.
    public var candidateRate: Rate? = nil
    public var baselineRate: Rate? = nil
    /// The baseline's own samples fire this detector about as often: sampling noise.
    public var withinNoise = false

    public init(_ detector: DetectorID, _ severity: Severity, regression: Bool = true, _ message: String, evidence: [Evidence] = []) {
        self.detector = detector
        self.severity = severity
        self.regression = regression
        self.message = message
        var seen = Set<String>()
        self.evidence = evidence.filter { seen.insert($0.side.rawValue + "\u{0}" + $0.quote).inserted }
    }
}

public struct Rate: Sendable, Equatable {
    public let count: Int
    public let of: Int
    public var value: Double { of == 0 ? 0 : Double(count) / Double(of) }
}
