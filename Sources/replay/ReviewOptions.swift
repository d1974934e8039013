import ArgumentParser
import ReplayKit

/// The candidate and case selection shared by `accept`, `reject` and `flag`.
struct DecisionOptions: ParsableArguments {
    /// The help text the three decision commands share.
    static let discussion = """
        The scriptable twin of `replay review`. Decisions go into the review log of the default \
        (git config user.name/email, or GIT_AUTHOR_NAME/EMAIL; the time; the answer; --comment). \
        With CI set or --ci nothing is written. Filter keys: class, verdict, detector, id (* globs), tag, \
        change (output|input|added|removed), flagged (yes|no); e.g. --filter 'class=cosmetic|rephrased verdict=pass'.
        """

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The candidate run (default: the newest run in the store).") var candidate: String?
    @Option(name: .customLong("case"), help: ArgumentHelp("A pending case (repeatable).", valueName: "id")) var cases: [String] = []
    @Flag(name: .long, help: "Every pending case.") var all = false
    @Option(name: .long, help: ArgumentHelp("Pending cases matching key=value terms (class, verdict, detector, id, tag, change, flagged).", valueName: "expr"))
    var filter: String?
    @Option(name: .long, help: ArgumentHelp("Why: kept with the decisions in the review log.", valueName: "text")) var comment: String?
    @Flag(name: .long, help: "CI mode (also when $CI is set): refuse to write.") var ci = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func validate() throws {
        let given = (cases.isEmpty ? 0 : 1) + (all ? 1 : 0) + (filter == nil ? 0 : 1)
        if given != 1 { throw ValidationError("choose the cases with exactly one of --case ID…, --all or --filter EXPR") }
    }

    func selection() throws -> CaseSelection {
        if all { return .all }
        if let filter { return .filter(try CaseFilter(filter)) }
        return .ids(cases)
    }
}

/// Loads a review queue with an HTTP client for remote embeddings.
func loadQueue(_ workspace: Workspace, candidate: String?, environment: ProcessEnvironment) async throws -> PendingReview {
    try await withHTTPClient(maxConnections: 8) { http in
        try await ReviewQueue.load(workspace: workspace, candidate: candidate, environment: environment,
                                   embeddings: EmbeddingSource(workspace: workspace, environment: environment, http: http))
    }
}

/// Runs `body` with an HTTP client that is shut down afterwards, whether `body` returns or throws.
func withHTTPClient<T>(maxConnections: Int, _ body: (NIOHTTPClient) async throws -> T) async throws -> T {
    let http = NIOHTTPClient(maxConnections: maxConnections)
    do {
        let value = try await body(http)
        await http.shutdown()
        return value
    } catch {
        await http.shutdown()
        throw error
    }
}

/// Runs a scripted decision (`accept`, `reject`, `flag`) and prints what it did.
func decide(_ verdict: ReviewEntry.Verdict, _ options: DecisionOptions) async throws {
    let environment = ProcessEnvironment()
    let command = "replay \(verdict.rawValue)"
    try CIMode.refuseWrites(environment, flag: options.ci, command,
                            instead: "decide on a developer machine and push the store (`replay push`); CI only checks (`replay check --ci`, `replay diff`)")
    let workspace = try options.workspace.locate(environment)
    let queue = try await loadQueue(workspace, candidate: options.candidate, environment: environment)
    let chosen = try ReviewDecisions.select(try options.selection(), from: queue, workspace: workspace, environment: environment)
    let outcome = try ReviewDecisions.apply(chosen.map { CaseDecision(caseID: $0.id, verdict: verdict, comment: options.comment) },
                                            review: queue, via: verdict.rawValue, workspace: workspace, environment: environment)
    DecisionReport.print(outcome, queue: queue, json: options.json)
}

enum DecisionReport {
    static func print(_ outcome: ReviewDecisions.Outcome, queue: PendingReview, json: Bool) {
        let out = Terminal.standardOutput
        let left = queue.cases.count - outcome.accepted.count - outcome.rejected.count
        if json {
            out.json(["candidate": .object(["model": .string(outcome.candidate.model), "run_id": .string(outcome.candidate.runID),
                                            "commit": .string(outcome.candidate.commit.hex)]),
                      "accepted": .array(outcome.accepted.map(JSONValue.string)), "rejected": .array(outcome.rejected.map(JSONValue.string)),
                      "flagged": .array(outcome.flagged.map(JSONValue.string)),
                      "default": outcome.commit.map { .string($0.hex) } ?? .null, "still_pending": .int(left)])
            return
        }
        let run = "\(outcome.candidate.model) (run \(outcome.candidate.runID))"
        guard let commit = outcome.commit else {
            out.print(queue.cases.isEmpty ? "nothing pending: \(run) answers every case as the default does, or was decided already"
                                           : "no pending case of \(run) matched; `replay pending` lists them")
            return
        }
        var parts: [String] = []
        if !outcome.accepted.isEmpty { parts.append("accepted \(outcome.accepted.count)") }
        if !outcome.rejected.isEmpty { parts.append("rejected \(outcome.rejected.count)") }
        if !outcome.flagged.isEmpty { parts.append("flagged \(outcome.flagged.count)") }
        out.print("\(parts.joined(separator: ", ")) case(s) of \(run); the default is now \(commit.short())")
        if left > 0 { out.print(out.dim("\(left) case(s) still pending: `replay pending` or `replay review`")) }
    }
}
