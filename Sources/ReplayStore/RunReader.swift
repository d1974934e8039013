import Dispatch
import Foundation
import ReplayCore
import ReplayGit

/// A run as `log` shows it: read from the commit alone (its trailers), without opening its tree.
public struct RunSummary: Sendable, Equatable {
    public let commit: ObjectID
    public let parents: [ObjectID]
    public let model: String
    public let runID: String
    public let time: Int64
    public let cases: Int
    public let recorded: Int
    public let errored: Int
    public let provider: String
    public let subject: String
}

/// How a case differs between two runs.
public struct CaseChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Only in the second run.
        case added
        /// Only in the first run.
        case removed
        /// The stored answer differs (output text or structured response).
        case output
        /// Only the case's input differs (e.g. an edited prompt), the answer is the same.
        case input
    }

    public let caseID: String
    public let kind: Kind
    /// For `output`: whether the input changed too.
    public let inputChanged: Bool
    /// The case's folder in the first and the second run (read them with `caseFiles(folder:)`).
    public var oldFolder: ObjectID? = nil
    public var newFolder: ObjectID? = nil
    /// Each folder's files by name as blob ids, where telling the kind of change read them already
    /// (`output`/`input`), so a reader need not open the folders again.
    public var oldFiles: [String: ObjectID]? = nil
    public var newFiles: [String: ObjectID]? = nil
}

extension SnapshotStore {
    // MARK: Resolving run names

    /// Resolves a run name like a git revision: `default`, a model name (its latest run), a run id,
    /// a commit-id prefix, each optionally followed by `~N` (N commits back along first parents,
    /// as git does). After a `pull` joined two histories, MODEL names the merge commit (its tree is
    /// the newer tip's run) and `MODEL~1` its first parent: the local tip before the pull.
    public func resolve(_ name: String) throws -> ObjectID {
        var base = Substring(name)
        var back = 0
        while let tilde = base.lastIndex(of: "~") {
            let digits = base[base.index(after: tilde)...]
            let n = digits.isEmpty ? 1 : Int(digits)
            guard let n, n >= 0 else { break }
            back += n
            base = base[..<tilde]
        }
        var id = try resolveBase(String(base), original: name)
        for step in 0..<back {
            guard let parent = try repository.commit(id).parents.first else {
                throw ReplayError("'\(name)' goes back \(back) runs, but '\(base)' has only \(step + 1)",
                                  details: ["see `replay log` for the runs there are"])
            }
            id = parent
        }
        return id
    }

    private func resolveBase(_ name: String, original: String) throws -> ObjectID {
        if name == "default" {
            guard let id = try defaultRun() else {
                throw ReplayError("there is no default run yet",
                                  details: ["record one with `replay record --outputs FILE --model NAME --default`"])
            }
            return id
        }
        if ModelName.problem(name) == nil, let id = try repository.reference(StoreLayout.runRef(model: name)) {
            return id
        }
        if name.utf8.count >= 4, name.utf8.count <= 40, name.utf8.allSatisfy({ $0.isHexDigitASCII }) {
            do {
                let id = try repository.resolvePrefix(name)
                _ = try repository.commit(id)
                return id
            } catch let error as GitError where error.isAmbiguous {
                throw ReplayError("'\(name)' is the start of more than one object", details: ["give more digits of the commit id"])
            } catch is GitError {
                // Not a commit id: try the other forms.
            }
        }
        if let run = try findRun(id: name) { return run }
        let models = try modelRefs().compactMap { try? summary($0.tip).model }
        var details = ["a run is named by a model (its latest run), `default`, MODEL~N, a run id or a commit-id prefix"]
        if let guess = closest(to: name, in: models) { details.insert("did you mean '\(guess)'?", at: 0) }
        details.append(models.isEmpty ? "the store has no runs yet" : "models with runs: \(models.joined(separator: ", "))")
        throw ReplayError("unknown run '\(original)'", details: details)
    }

    /// The run with this run id, searched through every model's history, merges included (run ids
    /// look like `20261129T040000Z-1a2b3c`). A merge commit carries the newer side's trailers but is
    /// not itself a run, so it is never the answer.
    private func findRun(id: String) throws -> ObjectID? {
        guard id.contains("T"), id.contains("-") else { return nil }
        var found: ObjectID?
        try walkRuns(from: try modelRefs().map(\.tip)) { run in
            if run.runID == id { found = run.commit; return false }
            return true
        }
        return found
    }

    // MARK: Reading runs

    /// A run's summary from its commit.
    public func summary(_ commit: ObjectID) throws -> RunSummary {
        let c = try repository.commit(commit)
        let t = Trailers.parse(c.message)
        return RunSummary(commit: commit, parents: c.parents, model: t[Trailers.model] ?? "?", runID: t[Trailers.run] ?? "?",
                          time: c.time, cases: Int(t[Trailers.cases] ?? "") ?? 0, recorded: Int(t[Trailers.recorded] ?? "") ?? 0,
                          errored: Int(t[Trailers.errored] ?? "") ?? 0, provider: t[Trailers.provider] ?? "?",
                          subject: String(c.message.prefix { $0 != "\n" }))
    }

    /// Runs newest first: of one model, or of every model. Every parent is followed, so after a
    /// `pull` joined two histories of a model each run of both sides is listed exactly once; the
    /// merge commits themselves are not runs and are not listed.
    public func log(model: String? = nil, limit: Int = .max) throws -> [RunSummary] {
        let tips: [ObjectID]
        if let model {
            guard let tip = try repository.reference(StoreLayout.runRef(model: model)) else {
                let models = try modelRefs().compactMap { try? summary($0.tip).model }
                throw ReplayError("no runs of model '\(model)'", details: models.isEmpty ? ["the store has no runs yet"]
                                  : ["models with runs: \(models.joined(separator: ", "))"])
            }
            tips = [tip]
        } else {
            tips = try modelRefs().map(\.tip)
        }
        var result: [RunSummary] = []
        guard limit > 0 else { return [] }
        try walkRuns(from: tips) { run in
            result.append(run)
            return result.count < limit
        }
        return result.sorted { ($0.time, $0.runID) > ($1.time, $1.runID) }
    }

    /// Visits the runs reachable from `tips` through all parents, newest first (commit time, then
    /// run id), each once, skipping merge commits (more than one parent: written by `pull` to join
    /// two histories of one model); stops when `visit` returns false.
    public func walkRuns(from tips: [ObjectID], _ visit: (RunSummary) throws -> Bool) throws {
        var seen: Set<ObjectID> = []
        var frontier: [RunSummary] = []
        for tip in tips where seen.insert(tip).inserted { frontier.append(try summary(tip)) }
        while !frontier.isEmpty {
            var newest = 0
            for n in frontier.indices.dropFirst() where (frontier[n].time, frontier[n].runID) > (frontier[newest].time, frontier[newest].runID) {
                newest = n
            }
            let commit = frontier.remove(at: newest)
            if commit.parents.count < 2, try !visit(commit) { return }
            for parent in commit.parents where seen.insert(parent).inserted { frontier.append(try summary(parent)) }
        }
    }

    /// The run a commit stands for: the commit itself, or for a merge that `pull` wrote (a
    /// `Replay-Merge` trailer), the run whose snapshot it carries: the parent with the same tree,
    /// through merges of merges.
    public func runBehind(_ commit: ObjectID) throws -> ObjectID {
        var current = try repository.commit(commit)
        while current.parents.count > 1, Trailers.parse(current.message)[SnapshotStore.mergeTrailer] != nil,
              let same = try current.parents.lazy.map(repository.commit).first(where: { $0.tree == current.tree }) {
            current = same
        }
        return current.id
    }

    /// A run's manifest.
    public func manifest(of commit: ObjectID) throws -> RunManifest {
        let tree = try repository.commit(commit).tree
        guard let entry = try repository.entry(in: tree, path: RunManifest.file) else {
            throw ReplayError("commit \(commit.short()) is not a replay run (it has no \(RunManifest.file))")
        }
        let text = String(decoding: try repository.blob(entry.id), as: UTF8.self)
        guard let doc = try? JSONParser.parse(text), let manifest = RunManifest(json: doc.json) else {
            throw ReplayError("the manifest of run \(commit.short()) is not readable by replay \(ReplayVersion.current)")
        }
        return manifest
    }

    /// The ids of every case in a run, sorted.
    public func caseIDs(in commit: ObjectID) throws -> [String] {
        try caseFolders(in: commit).map(\.name)
    }

    /// Every case in a run with whether its answer errored (no `output.md`), sorted by id. Reads the
    /// case folders' entries only, never the files.
    public func caseStatuses(in commit: ObjectID) throws -> [(id: String, errored: Bool)] {
        try caseFolders(in: commit).map { folder in
            (folder.name, try repository.tree(folder.id).entry(named: CaseResult.outputFile) == nil)
        }
    }

    /// The case folders of a run, across its shards, sorted by case id.
    private func caseFolders(in commit: ObjectID) throws -> [TreeEntry] {
        let root = try repository.commit(commit).tree
        guard let cases = try repository.entry(in: root, path: StoreLayout.casesFolder) else { return [] }
        var folders: [TreeEntry] = []
        for shard in try repository.tree(cases.id).entries where shard.kind == .tree {
            folders.append(contentsOf: try repository.tree(shard.id).entries)
        }
        return folders.sorted { $0.name.utf8Precedes($1.name) }
    }

    /// The files of one case in a run (`input.json`, `output.md`, `response.json`), or nil if the
    /// run does not hold the case.
    public func caseFiles(in commit: ObjectID, caseID: String) throws -> [String: [UInt8]]? {
        guard CaseID.problem(caseID) == nil else { return nil }
        let root = try repository.commit(commit).tree
        guard let folder = try repository.entry(in: root, path: StoreLayout.casePath(caseID)) else { return nil }
        return try caseFiles(folder: folder.id)
    }

    /// A file at the root of a run (`run.json`, `metrics.jsonl`), if present.
    public func runFile(_ commit: ObjectID, _ name: String) throws -> [UInt8]? {
        let root = try repository.commit(commit).tree
        return try repository.entry(in: root, path: name).map { try repository.blob($0.id) }
    }

    // MARK: Comparing runs

    /// The cases whose stored folders differ between two runs, sorted by id. Only subtrees whose
    /// ids differ are opened: unchanged shards and cases cost one id comparison, so the work is
    /// proportional to what changed (and the size of the shards it changed in), not to the run.
    public func changed(from old: ObjectID, to new: ObjectID, workers: Int = 1) throws -> [CaseChange] {
        if let listed = try changedByIndex(from: old, to: new, workers: workers) { return listed }
        let oldRoot = try repository.tree(repository.commit(old).tree)
        let newRoot = try repository.tree(repository.commit(new).tree)
        guard let casesChange = Tree.changes(from: oldRoot, to: newRoot).first(where: { $0.name == StoreLayout.casesFolder }) else {
            return []
        }
        let shards = Tree.changes(from: try casesChange.old.map(repository.tree), to: try casesChange.new.map(repository.tree))
        let result = try split(shards.count, workers: workers, serialBelow: 16) { reader, n in try reader.caseChanges(in: shards[n]) }
        return Self.sortedByID(result)
    }

    /// Changes in case-id order: the ids sorted, then the changes placed once (sorting the
    /// changes themselves moves every one of them many times).
    static func sortedByID(_ changes: [CaseChange]) -> [CaseChange] {
        let ids = changes.map(\.caseID)
        return ids.indices.sorted { ids[$0].utf8Precedes(ids[$1]) }.map { changes[$0] }
    }

    /// `changed` from the two runs' lists of case folders (`CaseIndex`), when both are stored: the lists are
    /// compared in memory and only the changed folders are opened (to tell an input change from an answer change).
    /// Nil when a list is missing or does not match its tree: then the trees are walked.
    private func changedByIndex(from old: ObjectID, to new: ObjectID, workers: Int) throws -> [CaseChange]? {
        guard let oldCases = try casesTree(of: old), let newCases = try casesTree(of: new) else { return nil }
        if oldCases == newCases { return [] }
        var a = try caseIndex(for: oldCases), b = try caseIndex(for: newCases)
        if a == nil || b == nil {
            // A run without a list (fetched by pull): when most shards differ, the walk would read nearly every shard
            // tree anyway, so read them all once and keep the list for the next diff.
            let oldShards = try repository.tree(oldCases).entries, newShards = try repository.tree(newCases).entries
            let same = Set(oldShards.map(\.id)).intersection(newShards.map(\.id)).count
            guard same * 2 < max(oldShards.count, newShards.count) else { return nil }
            if a == nil { a = try buildCaseIndex(cases: oldCases, shards: oldShards) }
            if b == nil { b = try buildCaseIndex(cases: newCases, shards: newShards) }
        }
        guard let a, let b else { return nil }
        let listed = CaseIndex.changes(from: a, to: b)
        let result = try split(listed.count, workers: workers, serialBelow: 512) { reader, n in
            [try reader.caseChange(listed[n].name, old: listed[n].old, new: listed[n].new)]
        }
        return Self.sortedByID(result)
    }

    /// `body` for 0..<count, on this handle when `workers` is 1 or there are fewer than `serialBelow` items, else
    /// split over `workers` threads, each with its own handle on the store (libgit2 wants one thread per handle).
    private func split<T>(_ count: Int, workers: Int, serialBelow: Int,
                          _ body: @escaping @Sendable (SnapshotStore, Int) throws -> [T]) throws -> [T] {
        guard workers > 1, count >= serialBelow else { return try (0..<count).flatMap { try body(self, $0) } }
        let parts = ParallelParts<[T]>(count: workers)
        let path = self.path
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            parts.run(w) {
                let reader = try SnapshotStore.reader(at: path)
                return try stride(from: w, to: count, by: workers).flatMap { try body(reader, $0) }
            }
        }
        return try parts.results().flatMap { $0 }
    }

    /// The changed cases of one changed shard.
    func caseChanges(in shard: EntryChange) throws -> [CaseChange] {
        let changes = Tree.changes(from: try shard.old.map(repository.tree), to: try shard.new.map(repository.tree))
        return try changes.compactMap { try caseChange($0.name, old: $0.old, new: $0.new) }
    }

    /// How one case folder differs (ids on each side, nil where absent): added, removed, or changed in its answer
    /// or only in its input (both folders are opened to see which files differ).
    func caseChange(_ name: String, old: ObjectID?, new: ObjectID?) throws -> CaseChange {
        switch (old, new) {
        case (nil, let b): return CaseChange(caseID: name, kind: .added, inputChanged: false, newFolder: b)
        case (let a, nil): return CaseChange(caseID: name, kind: .removed, inputChanged: false, oldFolder: a)
        case (let a?, let b?):
            let oldEntries = try repository.treeEntries(a), newEntries = try repository.treeEntries(b)
            // The names whose ids differ (a folder holds a few files: a scan beats building sets).
            var inputChanged = false, outputChanged = false
            func note(_ name: String) { if name == CaseResult.inputFile { inputChanged = true } else { outputChanged = true } }
            for e in oldEntries where newEntries.first(where: { $0.name == e.name })?.id != e.id { note(e.name) }
            for e in newEntries where !oldEntries.contains(where: { $0.name == e.name }) { note(e.name) }
            return CaseChange(caseID: name, kind: outputChanged ? .output : .input, inputChanged: inputChanged, oldFolder: a, newFolder: b,
                              oldFiles: Self.blobs(oldEntries), newFiles: Self.blobs(newEntries))
        }
    }

    /// The files of a case folder by its id (from `changed`), without a path lookup.
    public func caseFiles(folder: ObjectID) throws -> [String: [UInt8]] {
        try caseFileIDs(folder: folder).mapValues(repository.blob)
    }

    /// The files of a case folder by name, as blob ids (read with `blob(_:)`): a reader that meets
    /// the same file in both runs, or in many cases, reads and parses it once.
    public func caseFileIDs(folder: ObjectID) throws -> [String: ObjectID] { Self.blobs(try repository.treeEntries(folder)) }

    static func blobs(_ entries: [TreeEntry]) -> [String: ObjectID] {
        var files: [String: ObjectID] = [:]
        for entry in entries where entry.kind == .blob { files[entry.name] = entry.id }
        return files
    }

    /// A stored file's bytes by its blob id.
    public func blob(_ id: ObjectID) throws -> [UInt8] { try repository.blob(id) }
}

/// Results (or the first error) of work split over threads.
public final class ParallelParts<T>: @unchecked Sendable {
    private var values: [T?]
    private var error: (any Error)?
    private let lock = NSLock()

    public init(count: Int) { values = Array(repeating: nil, count: count) }

    public func run(_ index: Int, _ body: () throws -> T) {
        do {
            let value = try body()
            lock.lock(); values[index] = value; lock.unlock()
        } catch {
            lock.lock(); if self.error == nil { self.error = error }; lock.unlock()
        }
    }

    public func results() throws -> [T] {
        if let error { throw error }
        return values.map { $0! }
    }
}

extension UInt8 {
    var isHexDigitASCII: Bool { (0x30...0x39).contains(self) || (0x61...0x66).contains(self) || (0x41...0x46).contains(self) }
}
