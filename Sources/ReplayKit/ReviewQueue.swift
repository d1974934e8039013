import ReplayCore
import ReplayDiff
import ReplayGit
import ReplayStore

/// One case of a candidate run that waits for a decision: its stored folder differs from the
/// default's and no one has accepted or rejected exactly this answer.
public struct PendingCase: Sendable {
    /// What differs in the store.
    public enum Change: String, Sendable {
        /// The answer (and maybe the input).
        case output
        /// Only the input (an edited prompt); the answer is the same.
        case input
        /// The case is new in the candidate.
        case added
        /// The candidate run does not have the case any more.
        case removed
    }

    public let id: String
    public let change: Change
    /// The candidate's case folder (nil when the case was removed): what accepting puts into the default.
    public let answer: ObjectID?
    /// The semantic diff of the case (identical-class for input-only changes).
    public let diff: CaseDiff
    /// The latest flag on exactly this answer, if any.
    public let flag: ReviewEntry?
    public let tags: [String]

    /// The key decisions are recorded under: the answer folder, or `removed`.
    public var answerKey: String { answer?.hex ?? "removed" }
}

/// The review queue of a candidate run against the default, worst first.
public struct PendingReview: Sendable {
    public let defaultCommit: ObjectID
    /// The name the candidate was given (or the model of the newest run).
    public let candidateName: String
    public let candidate: RunSummary
    public let cases: [PendingCase]
    /// Changed cases whose current answer was already rejected (they wait for a new answer).
    public let rejected: [String]
    /// The diff the queue was built from (for reports).
    public let diff: DiffResult
}

/// Builds the review queue: the store's O(changed) walk between the default and the candidate,
/// the semantic diff of those cases, minus the answers the review log already decided.
public enum ReviewQueue {
    public static func load(workspace: Workspace, candidate name: String?, environment: any Environment,
                            embeddings: EmbeddingSource) async throws -> PendingReview {
        let store = try workspace.openStore(environment: environment)
        guard let defaultCommit = try store.defaultRun() else {
            throw ReplayError("there is no default run yet, so nothing to review against",
                              details: ["make a model's run the baseline: `replay promote MODEL` (or `replay record --model MODEL --default`)"])
        }
        let (candidateName, candidate) = try resolveCandidate(name, store: store)
        let settings = try DiffRuns.settings(workspace, consequence: "nothing was reviewed")
        let changes = try store.changed(from: defaultCommit, to: candidate)
        let diff = try await DiffRuns.compare(store: store, baseline: ("default", defaultCommit), candidate: (candidateName, candidate),
                                              settings: settings, embeddings: embeddings, judge: nil, changes: changes)
        let log = try store.reviewLog(at: defaultCommit)
        var diffs: [String: CaseDiff] = [:]
        for d in diff.cases { diffs[d.id] = d }
        var pending: [PendingCase] = []
        var rejected: [String] = []
        for change in changes {
            let kind: PendingCase.Change
            switch change.kind {
            case .added: kind = .added
            case .removed: kind = .removed
            case .output: kind = .output
            case .input: kind = .input
            }
            let key = change.newFolder?.hex ?? "removed"
            let decision = log.decision(case: change.caseID, answer: key)
            if decision?.verdict == .reject {
                rejected.append(change.caseID)
                continue
            }
            let caseDiff = diffs[change.caseID] ?? CaseDiff.identical(id: change.caseID, inputChanged: change.inputChanged || kind == .input)
            let tags = try change.newFolder.map { folder -> [String] in
                let side = StoredAnswers.side(try store.caseFiles(folder: folder))
                return side.input["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
            } ?? []
            pending.append(PendingCase(id: change.caseID, change: kind, answer: change.newFolder, diff: caseDiff,
                                       flag: decision?.verdict == .flag ? decision : nil, tags: tags))
        }
        let order = Dictionary(uniqueKeysWithValues: diff.cases.enumerated().map { ($1.id, $0) })
        pending.sort { a, b in
            let oa = order[a.id] ?? Int.max, ob = order[b.id] ?? Int.max
            return oa != ob ? oa < ob : a.id.utf8Precedes(b.id)
        }
        return PendingReview(defaultCommit: defaultCommit, candidateName: candidateName, candidate: try store.summary(candidate),
                             cases: pending, rejected: rejected, diff: diff)
    }

    /// Named, or the newest model's latest run that differs from the default and was never
    /// promoted to it (else such a run without differences, else the newest run: nothing pending).
    static func resolveCandidate(_ name: String?, store: SnapshotStore) throws -> (String, ObjectID) {
        if let name {
            let commit = try store.resolve(name)
            if let d = try store.defaultRun(), commit == d {
                throw ReplayError("'\(name)' is the default itself; name the run to review against it",
                                  details: ["`replay log` lists the runs"])
            }
            // A merge that `pull` wrote stands for the run it carries: decisions name that run.
            return (name, try store.runBehind(commit))
        }
        // The latest run of each model, newest first: an older run of a model is reviewed by name.
        let runs = try store.modelRefs().map { try store.summary(store.runBehind($0.tip)) }.sorted { ($0.time, $0.runID) > ($1.time, $1.runID) }
        guard let newest = runs.first else {
            throw ReplayError("the store has no runs to review", details: ["record one with `replay record --model NAME`"])
        }
        let promoted = try store.promotedRuns()
        let candidates = runs.filter { !promoted.contains($0.commit) }
        if let d = try store.defaultRun(), let differing = try candidates.first(where: { try !store.changed(from: d, to: $0.commit).isEmpty }) {
            return (differing.model, differing.commit)
        }
        if let quiet = candidates.first { return (quiet.model, quiet.commit) }
        return (newest.model, newest.commit)
    }
}
