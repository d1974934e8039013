import Foundation
import ReplayCore
import ReplayGit
import ReplayStore

/// `replay promote MODEL`: a model's run becomes the default once every case it changed has been
/// reviewed and accepted. `--force` promotes anyway and records that review was skipped.
/// The config's `default_model` follows, so `record` and `check` use the promoted model.
public enum PromoteModel {
    public struct Outcome: Sendable {
        public let run: RunSummary
        /// The new default commit (nil: the run already was the default).
        public let commit: ObjectID?
        /// Cases promoted without review (pending or rejected), with `--force`.
        public let unreviewed: Int
        /// The config's `default_model` was changed from this value (nil: unchanged or no config).
        public let previousDefaultModel: String?
        public let configUpdated: Bool
        /// The config names another default model and could not follow: the promoted model is not under `models`.
        public var configNotFollowing: String? = nil
    }

    public static func run(workspace: Workspace, name: String, force: Bool, comment: String?, environment: any Environment,
                           embeddings: EmbeddingSource) async throws -> Outcome {
        let store = try workspace.openStore(environment: environment)
        let resolved = try store.resolve(name)
        if let d = try store.defaultRun(), resolved == d {
            throw ReplayError("'\(name)' is the default itself", details: ["name a model or a run: `replay log` lists them"])
        }
        // A merge that `pull` wrote stands for the run it carries.
        let runCommit = try store.runBehind(resolved)
        let run = try store.summary(runCommit)
        var unreviewed = 0
        if let d = try store.defaultRun() {
            if try store.wholesaleRun() == runCommit, try store.changed(from: d, to: runCommit).isEmpty {
                let previous = try ConfigEditor.setDefaultModel(run.model, workspace: workspace)
                return Outcome(run: run, commit: nil, unreviewed: 0, previousDefaultModel: previous ?? nil, configUpdated: previous != nil)
            }
            let review = try await ReviewQueue.load(workspace: workspace, candidate: name, environment: environment, embeddings: embeddings)
            unreviewed = review.cases.count + review.rejected.count
            if unreviewed > 0, !force {
                var details: [String] = []
                if !review.cases.isEmpty {
                    details.append("\(review.cases.count) case(s) wait for review: `replay review \(name)` (or `replay pending \(name)`, then `replay accept`)")
                }
                if !review.rejected.isEmpty {
                    details.append("\(review.rejected.count) answer(s) were rejected: \(review.rejected.prefix(5).joined(separator: ", "))\(review.rejected.count > 5 ? " …" : "") — record a new run that answers them acceptably")
                }
                details.append("or promote without review: `replay promote \(name) --force` (recorded as such)")
                throw ReplayError("\(run.model) (run \(run.runID)) cannot be promoted yet: \(unreviewed) changed case(s) are not accepted", details: details)
            }
        }
        let reviewer = Reviewer.current(environment, workspace: workspace, store: store)
        let forced = force && unreviewed > 0
        let entry = ReviewEntry(verdict: .promote, caseID: nil, model: run.model, runID: run.runID, run: runCommit.hex, answer: nil,
                                reviewer: reviewer, time: environment.now(), comment: comment, forced: forced, via: "promote")
        let commit = try store.updateDefault { _ in
            SnapshotStore.DefaultUpdate(kind: .promote, base: .run, run: runCommit, entries: [entry],
                                        subject: "replay: default is now \(run.model) (run \(run.runID))\(forced ? " without review of \(unreviewed) case(s)" : "")")
        }
        let previous = try ConfigEditor.setDefaultModel(run.model, workspace: workspace)
        var outcome = Outcome(run: run, commit: commit, unreviewed: forced ? unreviewed : 0, previousDefaultModel: previous ?? nil,
                              configUpdated: previous != nil)
        if previous == nil, let configured = try workspace.loadConfig().defaultModel, configured != run.model {
            outcome.configNotFollowing = configured
        }
        return outcome
    }
}
