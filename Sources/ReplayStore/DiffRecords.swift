import ReplayCore
import ReplayGit

/// Diffs kept in the store: `refs/replay/diffs/<candidate-model-slug>`, one commit per saved diff
/// (a child of the previous one), its tree one `diff.json` (the JSON report, judge verdicts
/// included), its trailers naming the two runs and the verdict. Plain git reads them:
/// `git show refs/replay/diffs/MODEL:diff.json`.
extension SnapshotStore {
    public static let diffsPrefix = "refs/replay/diffs/"
    public static let diffFile = "diff.json"

    @discardableResult
    public func saveDiff(_ report: [UInt8], baseline: ObjectID, candidate: ObjectID, candidateModel: String,
                         verdict: String, subject: String) throws -> ObjectID {
        let ref = SnapshotStore.diffsPrefix + ModelName.slug(candidateModel)
        let message = """
            replay: diff \(subject): \(verdict)

            Replay-Baseline: \(baseline.hex)
            Replay-Candidate: \(candidate.hex)
            Replay-Verdict: \(verdict)

            """
        return try appendCommit(to: ref, file: SnapshotStore.diffFile, bytes: report, message: message, reflog: "replay: diff",
                                retry: "run the diff again with --save")
    }

    /// A commit whose tree is one file, appended to the chain at `ref` (a child of its tip), with
    /// compare-and-swap: a writer that lost the race re-parents onto the winner and tries again.
    func appendCommit(to ref: String, file: String, bytes: [UInt8], message: String, reflog: String, retry: String) throws -> ObjectID {
        for attempt in 1...20 {
            let parent = try repository.reference(ref)
            let writer = try ObjectWriter(repository)
            let blob = try writer.writeBlob(bytes)
            let tree = try writer.writeTree([TreeEntry(name: file, id: blob, kind: .blob)])
            let commit = try writer.writeCommit(tree: tree, parents: parent.map { [$0] } ?? [], message: message, time: now())
            try writer.pack()
            do {
                try repository.updateReference(ref, to: commit, expecting: parent, message: reflog)
                return commit
            } catch let error as GitError where error.isStale || error.isLocked {
                if error.isLocked { usleepBriefly(attempt) }
            }
        }
        throw ReplayError("\(ref) kept changing and nothing was saved", details: [retry])
    }
}
