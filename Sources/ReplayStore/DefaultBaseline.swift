import ReplayCore
import ReplayGit

/// The accepted baseline, `refs/replay/default`, and the review log in its tree.
///
/// Every commit on the default is one of three kinds (its `Replay-Default` trailer):
/// - `promote`: a whole run became the baseline (`promote`, `record --default`): the run's tree,
///   parents [previous default, run];
/// - `accept`: reviewed cases of a run were spliced into the previous default's tree by tree id
///   (only the shards they live in are rewritten), parents [previous default, run];
/// - `review`: decisions that change no answer (rejections, flags), parents [previous default].
/// Each appends its decisions to `review.jsonl` at the tree's root.
extension SnapshotStore {
    public enum DefaultKind: String, Sendable {
        case promote, accept, review
    }

    public static let defaultKindTrailer = "Replay-Default"

    /// The run last accepted into a default commit: the commit's last parent, looking through
    /// review-only commits. Nil only for a commit that is not on the default's history.
    public func acceptedRun(ofDefault commit: ObjectID) throws -> ObjectID? {
        var next = commit
        for _ in 0..<100_000 {
            let c = try repository.commit(next)
            if Trailers.parse(c.message)[Self.defaultKindTrailer] == DefaultKind.review.rawValue {
                guard let parent = c.parents.first else { return nil }
                next = parent
                continue
            }
            return c.parents.last
        }
        return nil
    }

    /// Every run that was made the default wholesale (`promote`, `record --default`), along the
    /// default's history: they are the baseline's past, no longer candidates for review.
    public func promotedRuns() throws -> Set<ObjectID> {
        var result = Set<ObjectID>()
        var next = try defaultRun()
        var steps = 0
        while let commit = next, steps < 100_000 {
            let c = try repository.commit(commit)
            let kind = Trailers.parse(c.message)[Self.defaultKindTrailer]
            if kind == nil || kind == DefaultKind.promote.rawValue, let run = c.parents.last { result.insert(run) }
            // A first default has the run as its only parent: the history ends there.
            next = c.parents.count == 2 || kind == DefaultKind.review.rawValue ? c.parents.first : nil
            steps += 1
        }
        return result
    }

    /// The run the default was last made of wholesale (`promote`, `record --default`) when no
    /// decision has changed an answer since (only review-only commits above it), else nil.
    public func wholesaleRun() throws -> ObjectID? {
        var next = try defaultRun()
        while let commit = next {
            let c = try repository.commit(commit)
            switch Trailers.parse(c.message)[Self.defaultKindTrailer] {
            case DefaultKind.review.rawValue?: next = c.parents.first
            case DefaultKind.accept.rawValue?: return nil
            default: return c.parents.last
            }
        }
        return nil
    }

    /// The run a name stands for when its answers are read: a default commit stands over its
    /// accepted run; any other commit is itself.
    public func acceptedOrSelf(_ commit: ObjectID) throws -> ObjectID {
        if let d = try defaultRun(), d == commit, let run = try acceptedRun(ofDefault: d) { return run }
        return commit
    }

    /// The review log in a default commit's tree (empty when it has none).
    public func reviewLog(at commit: ObjectID) throws -> ReviewLog {
        guard let bytes = try runFile(commit, ReviewLog.file) else { return ReviewLog() }
        return ReviewLog(bytes: bytes)
    }

    /// The number of cases in a commit's tree: from its trailer when it has one, else counted.
    public func caseCount(_ commit: ObjectID) throws -> Int {
        let c = try repository.commit(commit)
        if let n = Trailers.parse(c.message)[Trailers.cases].flatMap({ Int($0) }) { return n }
        return try caseIDs(in: commit).count
    }

    /// One change of the default: what to build from the current default (nil: no default yet).
    public struct DefaultUpdate: Sendable {
        public enum Base: Sendable {
            /// Start from the current default's tree and splice cases in.
            case currentDefault
            /// Start from a run's tree (promote).
            case run
        }

        public var kind: DefaultKind
        public var base: Base
        /// The run the decisions are about (the candidate).
        public var run: ObjectID
        /// Case id → the run's case folder to put into the baseline (nil: remove the case).
        public var splices: [String: ObjectID?]
        public var entries: [ReviewEntry]
        public var subject: String

        public init(kind: DefaultKind, base: Base, run: ObjectID, splices: [String: ObjectID?] = [:], entries: [ReviewEntry], subject: String) {
            self.kind = kind
            self.base = base
            self.run = run
            self.splices = splices
            self.entries = entries
            self.subject = subject
        }
    }

    /// Moves the default with compare-and-swap. `plan` is called with the current default and
    /// returns the change to make (nil: nothing to do); if another writer moves the default
    /// first, `plan` is called again on the new state, so no decision is made on stale data.
    @discardableResult
    public func updateDefault(_ plan: (ObjectID?) throws -> DefaultUpdate?) throws -> ObjectID? {
        for attempt in 1...20 {
            let current = try defaultRun()
            guard let update = try plan(current) else { return nil }
            if update.kind == .review, current == nil {
                throw ReplayError("there is no default yet to record decisions against",
                                  details: ["make a run the default first: `replay promote MODEL`"])
            }
            let writer = try ObjectWriter(repository)
            let runSummary = try summary(update.run)
            let log = try current.map(reviewLog(at:)) ?? ReviewLog()
            let logBlob = try writer.writeBlob(log.appending(update.entries))
            var root: [TreeEntry]
            var cases: Int
            var spliced: SplicedList?
            switch (update.base, current) {
            case (.run, _), (.currentDefault, nil):
                // A promote, or the first default: the run's tree as it is.
                root = try repository.tree(repository.commit(update.run).tree).entries
                cases = try caseCount(update.run)
                if update.base == .currentDefault, !update.splices.isEmpty {
                    let done = try splice(root, update.splices, writer: writer)
                    root = done.root
                    cases += done.delta
                    spliced = done.list
                }
            case (.currentDefault, let d?):
                root = try repository.tree(repository.commit(d).tree).entries
                cases = try caseCount(d)
                if !update.splices.isEmpty {
                    let done = try splice(root, update.splices, writer: writer)
                    root = done.root
                    cases += done.delta
                    spliced = done.list
                    // Every case now answered as in the run: the baseline is that run, manifest included.
                    let runRoot = try repository.tree(repository.commit(update.run).tree)
                    if let runCases = runRoot.entry(named: StoreLayout.casesFolder),
                       root.first(where: { $0.name == StoreLayout.casesFolder })?.id == runCases.id {
                        root = runRoot.entries
                    }
                }
            }
            root.removeAll { $0.name == ReviewLog.file }
            root.append(TreeEntry(name: ReviewLog.file, id: logBlob, kind: .blob))
            let tree = try writer.writeTree(root)
            var lines = [update.subject, "", "\(Self.defaultKindTrailer): \(update.kind.rawValue)", "\(Trailers.model): \(runSummary.model)",
                         "\(Trailers.run): \(runSummary.runID)", "\(Trailers.cases): \(cases)"]
            for (verdict, trailer) in [(ReviewEntry.Verdict.accept, "Replay-Accepted"), (.reject, "Replay-Rejected"), (.flag, "Replay-Flagged")] {
                let n = update.entries.filter { $0.verdict == verdict }.count
                if n > 0 { lines.append("\(trailer): \(n)") }
            }
            if update.entries.contains(where: \.forced) { lines.append("Replay-Forced: true") }
            let message = lines.joined(separator: "\n") + "\n"
            let parents: [ObjectID] = update.kind == .review ? [current!] : (current.map { [$0] } ?? []) + [update.run]
            let commit = try writer.writeCommit(tree: tree, parents: parents, message: message, time: now())
            try writer.pack()
            do {
                try repository.updateReference(StoreLayout.defaultRef, to: commit, expecting: current, message: "replay: \(update.kind.rawValue)")
                // The spliced default's list of case folders, from the list of the tree it was spliced from (a cache).
                if let spliced, root.contains(where: { $0.name == StoreLayout.casesFolder && $0.id == spliced.cases }) {
                    writeSplicedCaseIndex(cases: spliced.cases, base: spliced.base, shards: spliced.shards, rewritten: spliced.rewritten)
                }
                return commit
            } catch let error as GitError where error.isStale || error.isLocked {
                if error.isLocked { usleepBriefly(attempt) }
            }
        }
        throw ReplayError("\(StoreLayout.defaultRef) kept changing under this review and was not moved",
                          details: ["another replay process is changing the default; try again when it has finished"])
    }

    /// The root entries with case folders replaced, added or removed; only the shards holding
    /// them are read and rewritten. Returns the new root and the change in the number of cases.
    private func splice(_ root: [TreeEntry], _ splices: [String: ObjectID?], writer: ObjectWriter) throws -> (root: [TreeEntry], delta: Int, list: SplicedList) {
        var byShard: [String: [(String, ObjectID?)]] = [:]
        for (id, folder) in splices { byShard[StoreLayout.shard(of: id), default: []].append((id, folder)) }
        let casesEntry = root.first { $0.name == StoreLayout.casesFolder }
        var shards: [String: TreeEntry] = [:]
        if let casesEntry { for e in try repository.tree(casesEntry.id).entries { shards[e.name] = e } }
        var delta = 0
        var rewritten: [String: [TreeEntry]] = [:]
        for (shard, changes) in byShard {
            var entries: [String: TreeEntry] = [:]
            if let existing = shards[shard] { for e in try repository.tree(existing.id).entries { entries[e.name] = e } }
            let before = entries.count
            for (id, folder) in changes {
                if let folder { entries[id] = TreeEntry(name: id, id: folder, kind: .tree) } else { entries[id] = nil }
            }
            delta += entries.count - before
            if entries.isEmpty {
                shards[shard] = nil
            } else {
                shards[shard] = TreeEntry(name: shard, id: try writer.writeTree(Array(entries.values)), kind: .tree)
                rewritten[shard] = Array(entries.values)
            }
        }
        let casesTree = try writer.writeTree(Array(shards.values))
        var newRoot = root.filter { $0.name != StoreLayout.casesFolder }
        newRoot.append(TreeEntry(name: StoreLayout.casesFolder, id: casesTree, kind: .tree))
        return (newRoot, delta, SplicedList(cases: casesTree, base: casesEntry?.id, shards: Array(shards.values), rewritten: rewritten))
    }

    /// What a splice changed, for writing the new `cases` tree's list of folders from the old one's.
    private struct SplicedList {
        let cases: ObjectID
        let base: ObjectID?
        let shards: [TreeEntry]
        let rewritten: [String: [TreeEntry]]
    }
}

extension SnapshotStore {
    /// A case's folder in a commit's tree (nil when the commit does not hold the case).
    public func caseFolder(in commit: ObjectID, caseID: String) throws -> ObjectID? {
        guard CaseID.problem(caseID) == nil else { return nil }
        return try repository.entry(in: repository.commit(commit).tree, path: StoreLayout.casePath(caseID))?.id
    }
}
