import Foundation
import ReplayCore
import ReplayGit

/// Where a store is synced to: a URL (file://, ssh, https), a path to a git repository, or a
/// remote of the project's own git repository, resolved to the URLs the transports use.
public struct SyncRemote: Sendable, Equatable {
    /// The URL fetched from.
    public let fetchURL: String
    /// The URL pushed to (a remote's `pushurl`, else its URL).
    public let pushURL: String
    /// What the user sees: the remote's name, or its address without user name or password.
    public let label: String
    /// The remote's name in the project's repository, when it was named.
    public let name: String?
    /// The folder under `refs/replay-remotes/` that the remote's references are fetched into.
    public let slug: String

    public init(fetchURL: String, pushURL: String, label: String, name: String?, slug: String) {
        self.fetchURL = fetchURL
        self.pushURL = pushURL
        self.label = label
        self.name = name
        self.slug = slug
    }

    /// Where the remote's references are kept locally: `refs/replay-remotes/<slug>/`, outside
    /// `refs/replay/`, so that pushing `refs/replay/*` never sends them back.
    public var trackingPrefix: String { SnapshotStore.remotesPrefix + slug + "/" }

    /// Resolves what the user gave (nil: `origin`): a URL (`scheme://…` or `user@host:path`), else
    /// a remote of the git repository holding `projectRoot` (found as git finds it), else a path
    /// (relative to `currentDirectory`) to a git repository.
    public static func resolve(_ argument: String?, projectRoot: String, currentDirectory: String) throws -> SyncRemote {
        let given = argument ?? "origin"
        if RemoteURL.isURL(given) {
            let label = RemoteURL.redacted(given)
            return SyncRemote(fetchURL: given, pushURL: given, label: label, name: nil, slug: ModelName.slug(withoutScheme(label)))
        }
        let project = try WorkRepository.discover(from: projectRoot)
        if let project, let urls = try ProjectRemotes.urls(of: given, inRepository: project.gitDir) {
            let base = project.workdir
            return SyncRemote(fetchURL: absoluteLocal(urls.fetch, base: base), pushURL: absoluteLocal(urls.push, base: base),
                              label: given, name: given, slug: ModelName.slug(given))
        }
        if argument != nil {
            let path = absolutePath(given, base: currentDirectory)
            if isDirectory(path) {
                return SyncRemote(fetchURL: path, pushURL: path, label: given, name: nil, slug: ModelName.slug(path))
            }
        }
        var details: [String] = []
        if let project {
            let names = ProjectRemotes.names(inRepository: project.gitDir)
            let folder = project.workdir
            details.append(names.isEmpty ? "the git repository at \(folder) has no remotes (add one with `git remote add origin URL`)"
                           : "remotes of the git repository at \(folder): \(names.joined(separator: ", "))")
            if let guess = closest(to: given, in: names) { details.insert("did you mean '\(guess)'?", at: 0) }
        } else {
            details.append("\(projectRoot) is not inside a git repository, so remotes cannot be named")
        }
        details.append("pass a URL (https://…, ssh://…, user@host:path, file://…) or the path of a bare repository (create one with `git init --bare PATH`)")
        let tried = argument == nil
            ? "no remote given, and there is no remote 'origin'"
            : "'\(given)' is not a URL, a remote of the project's git repository, or a folder"
        throw ReplayError(tried, details: details)
    }

    private static func withoutScheme(_ url: String) -> String {
        guard let range = url.range(of: "://") else { return url }
        return String(url[range.upperBound...])
    }

    /// A remote's URL that is a relative local path is taken relative to the project's working folder.
    private static func absoluteLocal(_ url: String, base: String) -> String {
        RemoteURL.isURL(url) ? url : absolutePath(url, base: base)
    }

}

/// What syncing did to one reference. For `pull`, `old`/`new` are the local reference before and
/// after and `remote` the remote's tip; for `push` and `publish`, `old`/`new` are the remote's
/// reference before and after (for a rejected push, `new` is what was offered).
public struct RefUpdate: Sendable, Equatable {
    public enum Action: String, Sendable {
        /// The reference did not exist on the receiving side.
        case created
        /// The receiving side's commit was an ancestor: moved forward.
        case fastForward = "fast-forward"
        /// Both sides are the same commit.
        case upToDate = "up-to-date"
        /// Pull: the local history already contains the remote's (push to share it).
        case ahead
        /// Pull: both sides had runs of their own; joined by a merge commit, nothing lost.
        case merged
        /// Pull: both sides moved and replay does not merge them (the default, unknown
        /// references, two models on one reference): kept local, the remote's kept beside it.
        case diverged
        /// Pull `--keep-default theirs`: the local default was replaced by the remote's.
        case tookTheirs = "took-theirs"
        /// Pull `--keep-default ours`: the local default was kept over the remote's, joined to it.
        case keptOurs = "kept-ours"
        /// Push: the remote has commits this store lacks (or refused the update).
        case rejected
        /// Publish: the remote branch was replaced (it is a generated view).
        case forced
    }

    public let name: String
    public let old: ObjectID?
    public let new: ObjectID?
    public let action: Action
    /// Pull: the remote's tip.
    public var remote: ObjectID? = nil
    /// Why, for `diverged` and `rejected`; what was joined for `merged`.
    public var note: String? = nil

    public init(name: String, old: ObjectID?, new: ObjectID?, action: Action, remote: ObjectID? = nil, note: String? = nil) {
        self.name = name
        self.old = old
        self.new = new
        self.action = action
        self.remote = remote
        self.note = note
    }
}

/// How `pull` settles a default that both sides moved.
public enum DefaultChoice: String, Sendable, CaseIterable {
    /// Keep the local default, recorded as a commit over both (so the next push is a fast-forward).
    case ours
    /// Take the remote's default.
    case theirs
}

/// A transfer's progress, for a progress line.
public enum SyncProgress: Sendable, Equatable {
    case receiving(objects: Int, total: Int, bytes: Int)
    case sending(objects: Int, total: Int, bytes: Int)
}

/// Who we are to a remote: https user name and token (ssh keys come from the ssh agent).
public struct SyncCredentials: Sendable {
    public var username: String?
    public var token: String?
    public init(username: String?, token: String?) {
        self.username = username
        self.token = token
    }
}

/// What `publish` wrote and pushed.
public struct Publication: Sendable {
    /// The commit over the default whose tree is the candidate's run.
    public let commit: ObjectID
    /// The remote's branches: the candidate's first, then the default's.
    public let updates: [RefUpdate]
    /// The run the default accepts, and the candidate run, as their summaries.
    public let baseline: RunSummary
    public let candidate: RunSummary
    /// Cases that differ between the two.
    public let changes: [CaseChange]
}

// MARK: Pull, push, publish

extension SnapshotStore {
    /// Everything replay keeps, and what `push` sends.
    public static let replayPrefix = "refs/replay/"
    /// Where `pull` keeps each remote's references (`refs/replay-remotes/<remote>/…`).
    public static let remotesPrefix = "refs/replay-remotes/"
    /// Where `publish` keeps the commits it pushed as branches (`refs/replay-published/<branch>`).
    public static let publishedPrefix = "refs/replay-published/"
    /// The remote branch `publish` puts the default on.
    public static let publishedDefaultBranch = "refs/heads/replay/default"

    /// Fetches the remote's `refs/replay/*` into `refs/replay-remotes/<slug>/*`, then brings each
    /// local reference up to date: created when missing, fast-forwarded when behind, kept when
    /// ahead; run histories and saved diffs that both sides extended are joined by a merge commit
    /// (parents: local tip, remote tip; tree and trailers of the newer tip), so every run of both
    /// sides stays reachable. A default both sides moved is kept unless `defaultChoice` says
    /// otherwise. References move with compare-and-swap; one that changes meanwhile is decided again.
    public func pull(from remote: SyncRemote, credentials: SyncCredentials,
                     defaultChoice: DefaultChoice? = nil, progress: ((SyncProgress) -> Void)? = nil) throws -> [RefUpdate] {
        let connection = try self.connection(remote.fetchURL, credentials, progress)
        do {
            try connection.fetch(["+" + SnapshotStore.replayPrefix + "*:" + remote.trackingPrefix + "*"], prune: true,
                                 reflogMessage: "replay: pull \(remote.label)")
        } catch let error as GitError {
            throw transportError(error, connection, doing: "fetch from", remote: remote, url: remote.fetchURL, credentials: credentials)
        }
        var updates: [RefUpdate] = []
        for tracked in try repository.references(matching: remote.trackingPrefix + "*") {
            let name = SnapshotStore.replayPrefix + tracked.name.dropFirst(remote.trackingPrefix.count)
            updates.append(try integrate(name, theirs: tracked.id, remote: remote, defaultChoice: defaultChoice))
        }
        return updates
    }

    /// Pushes every local `refs/replay/*` reference to the same name on the remote, never
    /// forcing. When any would not be a fast-forward (the remote has runs this store lacks),
    /// nothing is pushed and every such reference comes back `rejected`; references the remote
    /// refuses come back `rejected` with its reason.
    public func push(to remote: SyncRemote, credentials: SyncCredentials,
                     progress: ((SyncProgress) -> Void)? = nil) throws -> [RefUpdate] {
        let locals = try repository.references(matching: SnapshotStore.replayPrefix + "*")
        let connection = try self.connection(remote.pushURL, credentials, progress)
        let theirs: [String: ObjectID]
        do {
            theirs = Dictionary(try connection.heads(forPush: true).map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        } catch let error as GitError {
            throw transportError(error, connection, doing: "connect to", remote: remote, url: remote.pushURL, credentials: credentials)
        }
        var plan: [RefUpdate] = []
        for local in locals {
            let remoteID = theirs[local.name]
            if remoteID == nil {
                plan.append(RefUpdate(name: local.name, old: nil, new: local.id, action: .created))
            } else if remoteID == local.id {
                plan.append(RefUpdate(name: local.name, old: remoteID, new: local.id, action: .upToDate))
            } else if let remoteID, try repository.contains(remoteID), try repository.isAncestor(remoteID, of: local.id) {
                plan.append(RefUpdate(name: local.name, old: remoteID, new: local.id, action: .fastForward))
            } else {
                let note: String
                if let remoteID, try repository.contains(remoteID) {
                    note = try repository.isAncestor(local.id, of: remoteID) ? "the remote is ahead of this store" : "both sides moved it"
                } else {
                    note = "the remote has commits this store does not have"
                }
                plan.append(RefUpdate(name: local.name, old: remoteID, new: local.id, action: .rejected, note: note))
            }
        }
        let moving = plan.filter { $0.action == .created || $0.action == .fastForward }
        guard !plan.contains(where: { $0.action == .rejected }), !moving.isEmpty else { return plan }
        let statuses: [PushStatus]
        do {
            statuses = try connection.push(moving.map { "\($0.name):\($0.name)" })
        } catch let error as GitError {
            throw transportError(error, connection, doing: "push to", remote: remote, url: remote.pushURL, credentials: credentials)
        }
        return plan.map { update in
            guard let status = statuses.first(where: { $0.reference == update.name }), let reason = status.rejection else { return update }
            return RefUpdate(name: update.name, old: update.old, new: update.new, action: .rejected, note: "the remote refused it: \(reason)")
        }
    }

    /// Writes a commit whose tree is `candidate`'s run and whose one parent is the current default
    /// commit, keeps it as `refs/replay-published/<branch>`, and pushes it (forced: it is a
    /// generated view) to `refs/heads/<branch>` and the default to `refs/heads/replay/default`,
    /// so `git diff replay/default <branch>` on the remote is the upgrade as files. The commit's
    /// time is the newer of the two commits', so publishing the same pair again changes nothing.
    public func publish(candidate: ObjectID, branch: String, to remote: SyncRemote, credentials: SyncCredentials,
                        progress: ((SyncProgress) -> Void)? = nil) throws -> Publication {
        let target = "refs/heads/" + branch
        guard Repository.isValidReferenceName(target), target != SnapshotStore.publishedDefaultBranch else {
            throw ReplayError("'\(branch)' cannot be the published branch", kind: .usage,
                              details: ["give a git branch name other than replay/default, e.g. replay/gpt-5"])
        }
        guard let defaultCommit = try defaultRun() else {
            throw ReplayError("there is no default run to publish against",
                              details: ["make one the default first: `replay record --outputs FILE --model NAME --default` (or pull one)"])
        }
        let base = try repository.commit(defaultCommit)
        let baseline = try summary(try acceptedRun(ofDefault: defaultCommit) ?? defaultCommit)
        let run = try summary(try runBehind(candidate))
        let runTree = try repository.tree(repository.commit(candidate).tree)
        guard runTree.entry(named: RunManifest.file) != nil else {
            throw ReplayError("commit \(candidate.short()) is not a replay run (it has no \(RunManifest.file))",
                              details: ["name a run: a model, MODEL~N, a run id or a commit-id prefix"])
        }
        // Against the default's own tree (accepted cases spliced in), which is what the branch diff shows.
        let changes = try changed(from: defaultCommit, to: candidate)
        let writer = try ObjectWriter(repository)
        // The default's review log is kept, so that the diff shows only what the candidate changes.
        var root = runTree.entries.filter { $0.name != ReviewLog.file }
        if let log = try repository.tree(base.tree).entry(named: ReviewLog.file) { root.append(log) }
        let tree = try writer.writeTree(root)
        let commit = try writer.writeCommit(tree: tree, parents: [defaultCommit],
                                            message: publishMessage(baseline: baseline, candidate: run, changes: changes),
                                            time: max(base.time, try repository.commit(candidate).time))
        try writer.pack()
        let local = SnapshotStore.publishedPrefix + branch
        for attempt in 1...20 {
            let current = try repository.reference(local)
            if current == commit { break }
            do {
                try repository.updateReference(local, to: commit, expecting: current, message: "replay: publish \(branch)")
                break
            } catch let error as GitError where error.isStale || error.isLocked {
                if error.isLocked { usleepBriefly(attempt) }
                if attempt == 20 { throw ReplayError("\(local) kept changing; nothing was pushed", details: ["publish again"]) }
            }
        }

        let connection = try self.connection(remote.pushURL, credentials, progress)
        let theirs: [String: ObjectID]
        do {
            theirs = Dictionary(try connection.heads(forPush: true).map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        } catch let error as GitError {
            throw transportError(error, connection, doing: "connect to", remote: remote, url: remote.pushURL, credentials: credentials)
        }
        let pairs = [(local, target, commit), (StoreLayout.defaultRef, SnapshotStore.publishedDefaultBranch, defaultCommit)]
        var updates = try pairs.map { (_, name, id) -> RefUpdate in
            let old = theirs[name]
            let action: RefUpdate.Action
            if old == nil { action = .created }
            else if old == id { action = .upToDate }
            else if let old, try repository.contains(old), try repository.isAncestor(old, of: id) { action = .fastForward }
            else { action = .forced }
            return RefUpdate(name: name, old: old, new: id, action: action)
        }
        let moving = zip(pairs, updates).filter { $0.1.action != .upToDate }.map { "+\($0.0.0):\($0.0.1)" }
        if !moving.isEmpty {
            let statuses: [PushStatus]
            do {
                statuses = try connection.push(moving)
            } catch let error as GitError {
                throw transportError(error, connection, doing: "push to", remote: remote, url: remote.pushURL, credentials: credentials)
            }
            updates = updates.map { update in
                guard let reason = statuses.first(where: { $0.reference == update.name })?.rejection else { return update }
                return RefUpdate(name: update.name, old: update.old, new: update.new, action: .rejected, note: "the remote refused it: \(reason)")
            }
        }
        return Publication(commit: commit, updates: updates, baseline: baseline, candidate: run, changes: changes)
    }

    private func publishMessage(baseline: RunSummary, candidate: RunSummary, changes: [CaseChange]) -> String {
        let answers = changes.filter { $0.kind == .output }.count
        let inputs = changes.filter { $0.kind == .input || $0.inputChanged }.count
        let added = changes.filter { $0.kind == .added }.count
        let removed = changes.filter { $0.kind == .removed }.count
        var body = changes.isEmpty ? "No case differs from the default's run."
            : "\(changes.count) case(s) differ from the default's run: \(answers) answer(s) changed, \(inputs) input(s) changed, \(added) added, \(removed) removed."
        let listed = changes.prefix(100).map { change -> String in
            let letter: String
            switch change.kind {
            case .output: letter = change.inputChanged ? "M*" : "M "
            case .input: letter = "I "
            case .added: letter = "A "
            case .removed: letter = "D "
            }
            return "  \(letter) \(change.caseID)"
        }
        if !listed.isEmpty { body += "\n\n" + listed.joined(separator: "\n") }
        if changes.count > listed.count { body += "\n  … and \(changes.count - listed.count) more" }
        return """
            replay: \(candidate.model) (run \(candidate.runID)) against the default, \(baseline.model) (run \(baseline.runID))

            \(body)

            \(Trailers.model): \(candidate.model)
            \(Trailers.run): \(candidate.runID)
            Replay-Baseline-Model: \(baseline.model)
            Replay-Baseline-Run: \(baseline.runID)
            Replay-Baseline: \(baseline.commit.hex)
            Replay-Candidate: \(candidate.commit.hex)

            """
    }

    // MARK: Integrating one reference

    /// Brings the local reference `name` together with the remote's `theirs` (already fetched).
    func integrate(_ name: String, theirs: ObjectID, remote: SyncRemote, defaultChoice: DefaultChoice?) throws -> RefUpdate {
        for attempt in 1...20 {
            let ours = try repository.reference(name)
            var update: RefUpdate
            var target: ObjectID?
            if ours == nil {
                update = RefUpdate(name: name, old: nil, new: theirs, action: .created, remote: theirs)
                target = theirs
            } else if ours == theirs {
                return RefUpdate(name: name, old: ours, new: ours, action: .upToDate, remote: theirs)
            } else if let ours, try repository.isAncestor(ours, of: theirs) {
                update = RefUpdate(name: name, old: ours, new: theirs, action: .fastForward, remote: theirs)
                target = theirs
            } else if let ours, try repository.isAncestor(theirs, of: ours) {
                return RefUpdate(name: name, old: ours, new: ours, action: .ahead, remote: theirs)
            } else {
                let ours = ours!
                switch try divergence(name, ours: ours, theirs: theirs, remote: remote, defaultChoice: defaultChoice) {
                case .keep(let note):
                    return RefUpdate(name: name, old: ours, new: ours, action: .diverged, remote: theirs, note: note)
                case .move(let commit, let action, let note):
                    update = RefUpdate(name: name, old: ours, new: commit, action: action, remote: theirs, note: note)
                    target = commit
                }
            }
            do {
                try repository.updateReference(name, to: target!, expecting: ours, message: "replay: pull \(remote.label)")
                return update
            } catch let error as GitError where error.isStale || error.isLocked {
                if error.isLocked { usleepBriefly(attempt) }  // moved meanwhile (a run was recorded): decide again
            }
        }
        throw ReplayError("\(name) kept changing while pulling; it was left as it is", details: ["pull again when no other replay command runs"])
    }

    private enum Divergence {
        case keep(note: String)
        case move(to: ObjectID, action: RefUpdate.Action, note: String)
    }

    /// What to do with a reference both sides moved.
    private func divergence(_ name: String, ours: ObjectID, theirs: ObjectID, remote: SyncRemote,
                            defaultChoice: DefaultChoice?) throws -> Divergence {
        let tracking = remote.trackingPrefix + name.dropFirst(SnapshotStore.replayPrefix.count)
        if name == StoreLayout.defaultRef {
            switch defaultChoice {
            case nil:
                return .keep(note: "both sides moved the default; yours is kept, \(remote.label)'s is \(tracking)")
            case .theirs?:
                return .move(to: theirs, action: .tookTheirs, note: "the default is now \(remote.label)'s")
            case .ours?:
                return .move(to: try keepDefault(ours: ours, over: theirs, remote: remote), action: .keptOurs,
                             note: "your default is kept over \(remote.label)'s")
            }
        }
        let mergeable = name.hasPrefix(StoreLayout.runsPrefix) || name.hasPrefix(SnapshotStore.diffsPrefix) || name == SnapshotStore.calibrationsRef
        guard mergeable else {
            return .keep(note: "both sides changed it and replay does not merge this kind of reference; yours is kept, \(remote.label)'s is \(tracking)")
        }
        let a = try repository.commit(ours), b = try repository.commit(theirs)
        if name.hasPrefix(StoreLayout.runsPrefix) {
            let modelA = Trailers.parse(a.message)[Trailers.model], modelB = Trailers.parse(b.message)[Trailers.model]
            if let modelA, let modelB, modelA != modelB {
                return .keep(note: "it holds runs of '\(modelA)' here and of '\(modelB)' at \(remote.label) (two model names with one reference); rename one model")
            }
        }
        let (merge, joined) = try mergeCommit(a, b, name: name, remote: remote)
        return .move(to: merge, action: .merged, note: joined)
    }

    /// Whether `a` is the newer tip: later committer time, then the larger run id, then the larger commit id.
    static func isNewer(_ a: Commit, than b: Commit) -> Bool {
        let runA = Trailers.parse(a.message)[Trailers.run] ?? "", runB = Trailers.parse(b.message)[Trailers.run] ?? ""
        if a.time != b.time { return a.time > b.time }
        if runA != runB { return runA.utf8Precedes(runB) == false }
        return a.id > b.id
    }

    /// A merge commit over [ours, theirs] whose tree, time and trailers are the newer tip's, plus
    /// `Replay-Merge`; and a note of what it joined.
    private func mergeCommit(_ ours: Commit, _ theirs: Commit, name: String, remote: SyncRemote) throws -> (ObjectID, String) {
        let newer = SnapshotStore.isNewer(theirs, than: ours) ? theirs : ours
        let trailerLines = (newer.message.split(separator: "\n\n", omittingEmptySubsequences: true).last.map {
            $0.split(separator: "\n").filter { !$0.hasPrefix(SnapshotStore.mergeTrailer + ":") }.map(String.init)
        } ?? []).filter { $0.contains(":") }
        let subject = newer.message.prefix { $0 != "\n" }
        let isRuns = name.hasPrefix(StoreLayout.runsPrefix), isCalibrations = name == SnapshotStore.calibrationsRef
        let what = isRuns ? "runs" : isCalibrations ? "calibrations" : "saved diffs"
        let model = isCalibrations ? "every forecast" : Trailers.parse(newer.message)[Trailers.model]
            ?? String(name.dropFirst(isRuns ? StoreLayout.runsPrefix.count : SnapshotStore.diffsPrefix.count))
        let theirsOnly = try commitsOnly(in: theirs.id, notIn: ours.id)
        let oursOnly = try commitsOnly(in: ours.id, notIn: theirs.id)
        func count(_ n: Int) -> String {
            "\(n) \(isRuns ? (n == 1 ? "run" : "runs") : isCalibrations ? (n == 1 ? "calibration" : "calibrations") : (n == 1 ? "saved diff" : "saved diffs"))"
        }
        let message = """
            replay: merge \(what) of \(model) from \(remote.label)

            Joins both histories of \(name): \(count(theirsOnly)) from \(remote.label) and \(oursOnly) of this store stay reachable.
            The snapshot is the newer tip's: \(subject) (\(newer.id.short())).

            \(trailerLines.joined(separator: "\n"))
            \(SnapshotStore.mergeTrailer): \(remote.label)

            """
        let writer = try ObjectWriter(repository)
        let merge = try writer.writeCommit(tree: newer.tree, parents: [ours.id, theirs.id], message: message, time: newer.time)
        try writer.pack()
        return (merge, "joined \(count(theirsOnly)) from \(remote.label) with \(oursOnly) of yours; newest: \(newer.id.short())")
    }

    /// Commits other than merges reachable from `tip` but not from `other`.
    private func commitsOnly(in tip: ObjectID, notIn other: ObjectID) throws -> Int {
        let hidden = try reachable(from: other)
        var seen: Set<ObjectID> = [tip]
        var stack = [tip]
        var count = 0
        while let id = stack.popLast() {
            guard !hidden.contains(id) else { continue }
            let parents = try repository.commit(id).parents
            if parents.count < 2 { count += 1 }
            for parent in parents where seen.insert(parent).inserted { stack.append(parent) }
        }
        return count
    }

    private func reachable(from tip: ObjectID) throws -> Set<ObjectID> {
        var seen: Set<ObjectID> = [tip]
        var stack = [tip]
        while let id = stack.popLast() {
            for parent in try repository.commit(id).parents where seen.insert(parent).inserted { stack.append(parent) }
        }
        return seen
    }

    /// A default commit that keeps ours and joins theirs: ours' tree (answers and review log as
    /// they are), parents [ours, theirs], kind `review` (it changes no answer, so everything that
    /// walks the default's history follows its first parent: ours).
    private func keepDefault(ours: ObjectID, over theirs: ObjectID, remote: SyncRemote) throws -> ObjectID {
        let commit = try repository.commit(ours)
        let run = try summary(try acceptedRun(ofDefault: ours) ?? ours)
        let message = """
            replay: default kept as \(run.model) (run \(run.runID)) over \(remote.label)'s

            \(SnapshotStore.defaultKindTrailer): \(DefaultKind.review.rawValue)
            \(Trailers.model): \(run.model)
            \(Trailers.run): \(run.runID)
            \(Trailers.cases): \(try caseCount(ours))
            \(SnapshotStore.mergeTrailer): \(remote.label)

            """
        let writer = try ObjectWriter(repository)
        let id = try writer.writeCommit(tree: commit.tree, parents: [ours, theirs], message: message, time: now())
        try writer.pack()
        return id
    }

    /// The trailer of the merge commits `pull` writes; its value names the remote.
    public static let mergeTrailer = "Replay-Merge"

    // MARK: Transport

    private func connection(_ url: String, _ credentials: SyncCredentials, _ progress: ((SyncProgress) -> Void)?) throws -> Remote {
        let forward: ((TransferProgress) -> Void)? = progress.map { report in
            { event in
                switch event {
                case .receiving(let objects, let total, let bytes): report(.receiving(objects: objects, total: total, bytes: bytes))
                case .sending(let objects, let total, let bytes): report(.sending(objects: objects, total: total, bytes: bytes))
                }
            }
        }
        return try Remote(repository: repository, url: url,
                          credentials: RemoteCredentials(username: credentials.username, token: credentials.token), progress: forward)
    }

    /// A transport failure as the user should read it: the remote by its label, libgit2's reason
    /// with any secret removed, and what to check.
    private func transportError(_ error: GitError, _ connection: Remote, doing: String, remote: SyncRemote, url: String,
                                credentials: SyncCredentials) -> ReplayError {
        var reason = error.message
        if url != RemoteURL.redacted(url) { reason = reason.replacingOccurrences(of: url, with: RemoteURL.redacted(url)) }
        if let token = credentials.token, !token.isEmpty { reason = reason.replacingOccurrences(of: token, with: "***") }
        let where_ = remote.label == RemoteURL.redacted(url) ? remote.label : "\(remote.label) (\(RemoteURL.redacted(url)))"
        var details: [String] = []
        if let auth = connection.authenticationProblem {
            reason = auth.problem
            details.append(auth.fix)
        } else if reason.lowercased().contains("known_hosts") || reason.lowercased().contains("host key") || reason.lowercased().contains("hostkey") {
            details.append("ssh host keys are checked against ~/.ssh/known_hosts: connect once with `ssh` to the host, check the fingerprint it shows, and accept it")
        } else if reason.lowercased().contains("agent") {
            details.append("ssh remotes authenticate with the ssh agent: start one and add your key (`eval \"$(ssh-agent)\" && ssh-add`), then check `ssh-add -l`")
        } else if error.isNotFound || reason.contains("could not find repository") || reason.contains("failed to resolve path")
                    || reason.contains("not a git repository") || reason.contains("not found") {
            details.append("check the address: it must name an existing git repository (create one with `git init --bare PATH`)")
        } else {
            details.append("check the address and the network; `git ls-remote \(RemoteURL.redacted(url))` tells whether git can reach it")
        }
        details.append("nothing was changed in the store")
        return ReplayError("cannot \(doing) \(where_): \(reason)", details: details)
    }
}

fileprivate func absolutePath(_ path: String, base: String) -> String {
    if path.hasPrefix("/") { return path }
    if path.hasPrefix("~/") { return FileManager.default.homeDirectoryForCurrentUser.path + path.dropFirst(1) }
    return (base.hasSuffix("/") ? base : base + "/") + path
}

fileprivate func isDirectory(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
}
