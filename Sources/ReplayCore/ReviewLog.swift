/// One decision about one case of a candidate run, as the review log (`review.jsonl` in the
/// default's tree) keeps it: who decided, when, about which answer, and what.
public struct ReviewEntry: Sendable, Equatable {
    public enum Verdict: String, Sendable, CaseIterable {
        /// The candidate's answer became the case's baseline.
        case accept
        /// The candidate's answer was judged wrong; the baseline keeps the old answer.
        case reject
        /// Marked for discussion with a comment; the case stays pending.
        case flag
        /// A whole run became the default (`promote`, `record --default`); `case` is nil.
        case promote
    }

    public let verdict: Verdict
    /// The case decided on (nil for `promote`).
    public let caseID: String?
    /// The candidate run: model, run id and commit.
    public let model: String
    public let runID: String
    public let run: String
    /// The candidate's stored case folder (git tree id): a rejection or a flag holds for exactly
    /// this answer, so a later run that answers differently is pending again.
    public let answer: String?
    public let reviewer: Person
    /// Seconds since 1970.
    public let time: Int64
    public let comment: String?
    /// The decision skipped review (`promote --force`, `record --default`).
    public let forced: Bool
    /// What made the decision: `review`, `accept`, `reject`, `promote`, `record --default`.
    public let via: String

    public struct Person: Sendable, Equatable {
        public let name: String
        public let email: String
        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    public init(verdict: Verdict, caseID: String?, model: String, runID: String, run: String, answer: String?,
                reviewer: Person, time: Int64, comment: String? = nil, forced: Bool = false, via: String) {
        self.verdict = verdict
        self.caseID = caseID
        self.model = model
        self.runID = runID
        self.run = run
        self.answer = answer
        self.reviewer = reviewer
        self.time = time
        self.comment = comment
        self.forced = forced
        self.via = via
    }

    public var json: JSONValue {
        var o: [String: JSONValue] = [
            "verdict": .string(verdict.rawValue), "model": .string(model), "run_id": .string(runID), "run": .string(run),
            "reviewer": .object(["name": .string(reviewer.name), "email": .string(reviewer.email)]),
            "time": .string(Timestamp.iso8601(time)), "unix_time": .int(Int(time)), "via": .string(via),
        ]
        if let caseID { o["case"] = .string(caseID) }
        if let answer { o["answer"] = .string(answer) }
        if let comment { o["comment"] = .string(comment) }
        if forced { o["forced"] = .bool(true) }
        return .object(o)
    }

    public init?(json: JSONValue) {
        guard let verdict = json["verdict"]?.stringValue.flatMap(Verdict.init(rawValue:)),
              let model = json["model"]?.stringValue, let runID = json["run_id"]?.stringValue, let run = json["run"]?.stringValue,
              let time = json["unix_time"]?.intValue else { return nil }
        self.init(verdict: verdict, caseID: json["case"]?.stringValue, model: model, runID: runID, run: run,
                  answer: json["answer"]?.stringValue,
                  reviewer: Person(name: json["reviewer"]?["name"]?.stringValue ?? "", email: json["reviewer"]?["email"]?.stringValue ?? ""),
                  time: Int64(time), comment: json["comment"]?.stringValue, forced: json["forced"]?.boolValue ?? false,
                  via: json["via"]?.stringValue ?? "")
    }
}

/// The review log: `review.jsonl` at the root of the default's tree, one decision per line,
/// appended to by every commit that moves the default. Plain git reads it:
/// `git show refs/replay/default:review.jsonl`.
public struct ReviewLog: Sendable, Equatable {
    public static let file = "review.jsonl"

    /// The decisions replay can read, in log order.
    public private(set) var entries: [ReviewEntry]
    /// Every line as stored (decisions of a newer replay and damaged lines included): written back
    /// unchanged, so nothing in the log is ever lost.
    private var lines: [String]

    public init() {
        entries = []
        lines = []
    }

    public init(bytes: [UInt8]) {
        lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.allSatisfy { $0 == " " } }
        entries = lines.compactMap { line in (try? JSONParser.parse(line)).flatMap { ReviewEntry(json: $0.json) } }
    }

    /// The log with `more` appended, as bytes (one compact JSON object per line, LF).
    public func appending(_ more: [ReviewEntry]) -> [UInt8] {
        var out = ""
        for line in lines { out += line + "\n" }
        for entry in more { out += entry.json.compact + "\n" }
        return Array(out.utf8)
    }

    /// The latest decision (accept, reject or flag) on a case for exactly the given answer folder.
    public func decision(case id: String, answer: String) -> ReviewEntry? {
        entries.last { $0.caseID == id && $0.answer == answer && ($0.verdict == .reject || $0.verdict == .flag || $0.verdict == .accept) }
    }
}
