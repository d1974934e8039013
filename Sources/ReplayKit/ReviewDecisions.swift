import ReplayCore
import ReplayGit
import ReplayStore

/// Which pending cases a scripted decision is about.
public enum CaseSelection: Sendable {
    case ids([String])
    case all
    case filter(CaseFilter)
}

/// One decision on one pending case.
public struct CaseDecision: Sendable, Equatable {
    public let caseID: String
    public let verdict: ReviewEntry.Verdict
    public let comment: String?

    public init(caseID: String, verdict: ReviewEntry.Verdict, comment: String? = nil) {
        self.caseID = caseID
        self.verdict = verdict
        self.comment = comment
    }
}

/// Applies review decisions to the default in one commit: accepted answers are spliced into the
/// baseline by tree id, every decision is appended to the review log (who, when, which answer,
/// what, why). The scriptable twin of the interactive review: `accept`/`reject` use it too.
public enum ReviewDecisions {
    public struct Outcome: Sendable {
        public let candidate: RunSummary
        public let accepted: [String]
        public let rejected: [String]
        public let flagged: [String]
        /// The new default commit (nil when there was nothing to decide).
        public let commit: ObjectID?
    }

    /// The pending cases a selection names. Unknown or already-decided ids are errors that say why.
    public static func select(_ selection: CaseSelection, from review: PendingReview, workspace: Workspace,
                              environment: any Environment) throws -> [PendingCase] {
        switch selection {
        case .all: return review.cases
        case .filter(let filter): return review.cases.filter(filter.matches)
        case .ids(let ids):
            var byID: [String: PendingCase] = [:]
            for c in review.cases { byID[c.id] = c }
            var chosen: [PendingCase] = []
            for id in ids {
                if let c = byID[id] {
                    if !chosen.contains(where: { $0.id == id }) { chosen.append(c) }
                    continue
                }
                let run = "\(review.candidateName) (run \(review.candidate.runID))"
                if review.rejected.contains(id) {
                    throw ReplayError("case '\(id)' of \(run) was already rejected",
                                      details: ["its answer stays rejected until a new run answers differently; `replay pending` lists what waits"])
                }
                let store = try workspace.openStore(environment: environment)
                if try store.caseFolder(in: review.candidate.commit, caseID: id) != nil
                    || store.caseFolder(in: review.defaultCommit, caseID: id) != nil {
                    throw ReplayError("case '\(id)' is not pending: \(run) answers it as the default does",
                                      details: ["`replay pending` lists the cases that wait for a decision"])
                }
                let known = review.cases.map(\.id) + (try store.caseIDs(in: review.candidate.commit))
                let hint = closest(to: id, in: known).map { "did you mean '\($0)'?" } ?? "`replay pending` lists the cases that wait for a decision"
                throw ReplayError("no case '\(id)' in \(run) or the default", details: [hint])
            }
            return chosen
        }
    }

    /// Writes the decisions as one commit on the default. If the default moved since the queue was
    /// built, the decisions still apply when none of their cases changed in the default meanwhile;
    /// otherwise nothing is written and the conflicting cases are named.
    public static func apply(_ decisions: [CaseDecision], review: PendingReview, via: String, workspace: Workspace,
                             environment: any Environment) throws -> Outcome {
        let store = try workspace.openStore(environment: environment)
        let reviewer = Reviewer.current(environment, workspace: workspace, store: store)
        var byID: [String: PendingCase] = [:]
        for c in review.cases { byID[c.id] = c }
        let effective = decisions.filter { byID[$0.caseID] != nil }
        let candidate = review.candidate
        let accepted = effective.filter { $0.verdict == .accept }.map(\.caseID)
        let rejected = effective.filter { $0.verdict == .reject }.map(\.caseID)
        let flagged = effective.filter { $0.verdict == .flag }.map(\.caseID)
        guard !effective.isEmpty else {
            return Outcome(candidate: candidate, accepted: [], rejected: [], flagged: [], commit: nil)
        }
        let time = environment.now()
        let entries = effective.map { d in
            ReviewEntry(verdict: d.verdict, caseID: d.caseID, model: candidate.model, runID: candidate.runID, run: candidate.commit.hex,
                        answer: byID[d.caseID]!.answerKey, reviewer: reviewer, time: time, comment: d.comment, via: via)
        }
        var splices: [String: ObjectID?] = [:]
        for id in accepted { splices[id] = .some(byID[id]!.answer) }
        let commit = try store.updateDefault { current in
            if let current, current != review.defaultCommit {
                let moved = try effective.map(\.caseID).filter { id in
                    try store.caseFolder(in: current, caseID: id) != store.caseFolder(in: review.defaultCommit, caseID: id)
                }
                if !moved.isEmpty {
                    throw ReplayError("the default changed while these cases were reviewed: \(moved.prefix(10).joined(separator: ", "))\(moved.count > 10 ? " …" : "")",
                                      details: ["nothing was written; review again: `replay pending \(review.candidateName)`"])
                }
            }
            var parts: [String] = []
            if !accepted.isEmpty { parts.append("\(accepted.count) accepted") }
            if !rejected.isEmpty { parts.append("\(rejected.count) rejected") }
            if !flagged.isEmpty { parts.append("\(flagged.count) flagged") }
            return SnapshotStore.DefaultUpdate(kind: accepted.isEmpty ? .review : .accept, base: .currentDefault, run: candidate.commit,
                                               splices: splices, entries: entries,
                                               subject: "replay: review of \(candidate.model) (run \(candidate.runID)): \(parts.joined(separator: ", "))")
        }
        return Outcome(candidate: candidate, accepted: accepted, rejected: rejected, flagged: flagged, commit: commit)
    }
}
