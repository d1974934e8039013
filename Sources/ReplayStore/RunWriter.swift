import ReplayCore
import ReplayGit

extension SnapshotStore {
    /// Writes a run as one commit whose new objects go into one pack, then moves the model's
    /// reference with compare-and-swap. If another writer moved it first, the run is re-parented
    /// onto that run and written again, so no run is lost; a crash before the reference moves
    /// leaves the store as it was (only unreferenced objects in a pack).
    public func write(_ draft: RunDraft) throws -> WrittenRun {
        let model = draft.manifest.model
        if let problem = ModelName.problem(model) { throw ReplayError("model name \(problem)", kind: .usage) }
        let ref = StoreLayout.runRef(model: model)
        for attempt in 1...20 {
            let parent = try repository.reference(ref)
            if let parent, let existing = try? manifest(of: parent), existing.model != model {
                throw ReplayError("the model name '\(model)' maps to the same store reference as '\(existing.model)' (\(ref))",
                                  details: ["rename one of the two models so that their lowercased names differ in letters or digits"])
            }
            let writer = try ObjectWriter(repository)
            let built = try buildTree(draft, parent: parent, writer: writer)
            let counts = built.manifest.counts
            let message = """
                replay: record \(model) (\(counts.recorded) recorded, \(counts.errored) errored, \(counts.cases) cases)

                \(Trailers.model): \(model)
                \(Trailers.run): \(built.manifest.runID)
                \(Trailers.cases): \(counts.cases)
                \(Trailers.recorded): \(counts.recorded)
                \(Trailers.errored): \(counts.errored)
                \(Trailers.provider): \(built.manifest.provider)

                """
            let time = now()
            let commit = try writer.writeCommit(tree: built.tree, parents: parent.map { [$0] } ?? [], message: message, time: time)
            let packed = try writer.pack()
            do {
                try repository.updateReference(ref, to: commit, expecting: parent, message: "replay: record \(model)")
            } catch let error as GitError where error.isStale || error.isLocked {
                if error.isLocked { usleepBriefly(attempt) }
                continue  // another writer moved the model's reference first: re-parent and retry
            }
            // The list of its case folders, so a diff against this run need not walk its trees (a cache).
            writeCaseIndex(cases: built.casesTree, shards: built.shards)
            var defaultCommit: ObjectID?
            if draft.setDefault {
                let entry = ReviewEntry(verdict: .promote, caseID: nil, model: model, runID: built.manifest.runID, run: commit.hex,
                                        answer: nil, reviewer: reviewer(), time: now(), forced: true, via: "record --default")
                defaultCommit = try updateDefault { _ in
                    DefaultUpdate(kind: .promote, base: .run, run: commit, entries: [entry],
                                  subject: "replay: default is now \(model) (run \(built.manifest.runID)) without review")
                }
            }
            return WrittenRun(commit: commit, parent: parent, manifest: built.manifest, packedObjects: packed,
                              defaultCommit: defaultCommit,
                              unanswered: built.unanswered)
        }
        throw ReplayError("could not record the run: the reference \(ref) kept changing under this writer",
                          details: ["another replay process is recording the same model; try again when it has finished"])
    }

    /// Who makes a decision: the store's git identity (its config, then the global one).
    public func reviewer() -> ReviewEntry.Person {
        ReviewEntry.Person(name: repository.configString("user.name") ?? "replay", email: repository.configString("user.email") ?? "replay@localhost")
    }

    private struct BuiltTree {
        let tree: ObjectID
        let manifest: RunManifest
        let unanswered: [String]
        let casesTree: ObjectID
        let shards: [(name: String, id: ObjectID, entries: [TreeEntry])]
    }

    private func buildTree(_ draft: RunDraft, parent: ObjectID?, writer: ObjectWriter) throws -> BuiltTree {
        var byShard: [String: [DraftCase]] = [:]
        for c in draft.cases { byShard[StoreLayout.shard(of: c.id), default: []].append(c) }
        let parentCases: Tree? = try parent.flatMap { p in
            try repository.entry(in: repository.commit(p).tree, path: StoreLayout.casesFolder).map { try repository.tree($0.id) }
        }
        var shardEntries: [TreeEntry] = []
        var shards: [(name: String, id: ObjectID, entries: [TreeEntry])] = []
        var recorded = 0, carried = 0, errored = 0, total = 0
        var unanswered: [String] = []
        for shard in byShard.keys.sorted() {
            var parentShard: Tree?
            var loadedParentShard = false
            var entries: [TreeEntry] = []
            for c in byShard[shard]! {
                if let files = c.files {
                    var folder = [TreeEntry(name: CaseResult.inputFile, id: try writer.writeBlob(c.input), kind: .blob)]
                    for (name, bytes) in files { folder.append(TreeEntry(name: name, id: try writer.writeBlob(bytes), kind: .blob)) }
                    entries.append(TreeEntry(name: c.id, id: try writer.writeTree(folder), kind: .tree))
                    recorded += 1
                    if c.errored { errored += 1 }
                } else {
                    if !loadedParentShard {
                        parentShard = try parentCases?.entry(named: shard).map { try repository.tree($0.id) }
                        loadedParentShard = true
                    }
                    if let previous = parentShard?.entry(named: c.id) {
                        entries.append(previous)
                        carried += 1
                        if try isErrored(previous.id) { errored += 1 }
                    } else {
                        unanswered.append(c.id)
                    }
                }
            }
            total += entries.count
            if !entries.isEmpty {
                let id = try writer.writeTree(entries)
                shardEntries.append(TreeEntry(name: shard, id: id, kind: .tree))
                shards.append((shard, id, entries))
            }
        }
        var manifest = draft.manifest
        manifest.counts = RunManifest.Counts(cases: total, recorded: recorded, carried: carried, errored: errored)
        let casesTree = try writer.writeTree(shardEntries)
        var root = [
            TreeEntry(name: StoreLayout.casesFolder, id: casesTree, kind: .tree),
            TreeEntry(name: RunManifest.file, id: try writer.writeBlob(Array(manifest.json.canonical.utf8)), kind: .blob),
        ]
        if let metrics = draft.metrics, !metrics.isEmpty {
            root.append(TreeEntry(name: RunManifest.metricsFile, id: try writer.writeBlob(metrics), kind: .blob))
        }
        return BuiltTree(tree: try writer.writeTree(root), manifest: manifest, unanswered: unanswered.sorted(), casesTree: casesTree,
                         shards: shards)
    }

    /// Whether a stored case folder holds an errored answer (no `output.md`).
    private func isErrored(_ folder: ObjectID) throws -> Bool {
        try repository.tree(folder).entry(named: CaseResult.outputFile) == nil
    }
}

func usleepBriefly(_ attempt: Int) {
    var request = timespec(tv_sec: 0, tv_nsec: Int(min(attempt, 10)) * 20_000_000)
    nanosleep(&request, nil)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
