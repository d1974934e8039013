import Foundation
import Testing
import ReplayCore
@testable import ReplayGit
@testable import ReplayStore

/// Two stores that share a third, bare one as their remote, each with a clock the test sets.
final class SyncedStores {
    let a = try! TemporaryStore()
    let b = try! TemporaryStore()
    let hub = try! TemporaryStore()

    var remote: SyncRemote { SyncRemote(fetchURL: hub.path, pushURL: hub.path, label: "hub", name: "hub", slug: "hub") }
    let none = SyncCredentials(username: nil, token: nil)

    /// Records a run of `model` in `store` at `time`.
    @discardableResult
    func record(_ store: TemporaryStore, _ model: String, _ runID: String, at time: Int64, _ answers: [(String, String)],
                setDefault: Bool = false) throws -> ObjectID {
        store.store.now = { time }
        return try store.store.write(draft(model: model, runID: runID, answered(answers), setDefault: setDefault)).commit
    }

    @discardableResult
    func pull(_ store: TemporaryStore, default choice: DefaultChoice? = nil) throws -> [String: RefUpdate] {
        let updates = try store.store.pull(from: remote, credentials: none, defaultChoice: choice)
        return Dictionary(uniqueKeysWithValues: updates.map { ($0.name, $0) })
    }

    @discardableResult
    func push(_ store: TemporaryStore) throws -> [String: RefUpdate] {
        Dictionary(uniqueKeysWithValues: try store.store.push(to: remote, credentials: none).map { ($0.name, $0) })
    }

    func fsck() throws {
        for t in [a, b, hub] { try t.git("fsck", "--strict", "--no-dangling") }
        #expect(a.looseObjects().isEmpty && b.looseObjects().isEmpty)
    }
}

@Suite("Syncing stores")
struct SyncTests {
    let runs = "refs/replay/runs/m"

    @Test("missing locally → created; behind → fast-forward; ahead → kept; same → up to date")
    func simpleDecisions() throws {
        let s = SyncedStores()
        let first = try s.record(s.a, "m", "20261129T100000Z-aaaaaa", at: 1_000, [("x", "one")])
        #expect(try s.push(s.a)[runs]?.action == .created)
        let created = try #require(try s.pull(s.b)[runs])
        #expect(created.action == .created && created.new == first && created.old == nil)
        let second = try s.record(s.a, "m", "20261129T110000Z-aaaaaa", at: 2_000, [("x", "two")])
        let pushed = try #require(try s.push(s.a)[runs])
        #expect(pushed.action == .fastForward && pushed.old == first && pushed.new == second)
        #expect(try s.pull(s.b)[runs]?.action == .fastForward)
        #expect(try s.b.store.repository.reference(runs) == second)
        #expect(try s.pull(s.b)[runs]?.action == .upToDate)
        try s.record(s.b, "m", "20261129T120000Z-bbbbbb", at: 3_000, [("x", "three")])
        let ahead = try #require(try s.pull(s.b)[runs])
        #expect(ahead.action == .ahead && ahead.new == ahead.old)
        try s.fsck()
    }

    @Test("diverged run histories are joined by a merge: parents [local, remote], the newer tip's tree, time and trailers, plus Replay-Merge")
    func mergeRuns() throws {
        let s = SyncedStores()
        let base = try s.record(s.a, "m", "20261129T100000Z-aaaaaa", at: 1_000, [("x", "base"), ("y", "base")])
        try s.push(s.a)
        try s.pull(s.b)
        let theirs = try s.record(s.a, "m", "20261129T120000Z-aaaaaa", at: 3_000, [("x", "from A")])
        let ours = try s.record(s.b, "m", "20261129T110000Z-bbbbbb", at: 2_000, [("y", "from B")])
        try s.push(s.a)
        s.b.store.now = { 9_999 }
        let update = try #require(try s.pull(s.b)[runs])
        #expect(update.action == .merged && update.old == ours && update.remote == theirs)
        let merge = try s.b.store.repository.commit(try #require(update.new))
        #expect(merge.parents == [ours, theirs])
        #expect(merge.tree == (try s.b.store.repository.commit(theirs).tree))  // A's run is newer
        #expect(merge.time == 3_000)
        let trailers = Trailers.parse(merge.message)
        #expect(trailers[Trailers.run] == "20261129T120000Z-aaaaaa" && trailers[Trailers.model] == "m" && trailers["Replay-Merge"] == "hub")
        #expect(merge.message.contains("1 run from hub and 1 of this store"))
        // Every run of both sides is in the log exactly once, newest first; the merge is not a run.
        #expect(try s.b.store.log(model: "m").map(\.commit) == [theirs, ours, base])
        #expect(try s.b.store.log(model: "m", limit: 2).map(\.commit) == [theirs, ours])
        // Run ids name the runs themselves, the model names the merge, MODEL~1 its first parent.
        #expect(try s.b.store.resolve("20261129T120000Z-aaaaaa") == theirs)
        #expect(try s.b.store.resolve("20261129T110000Z-bbbbbb") == ours)
        #expect(try s.b.store.resolve("m") == merge.id)
        #expect(try s.b.store.resolve("m~1") == ours)
        #expect(try s.b.store.resolve("m~2") == base)
        #expect(try s.b.store.summary(merge.id).runID == "20261129T120000Z-aaaaaa")
        #expect(try s.b.store.runBehind(merge.id) == theirs && s.b.store.runBehind(ours) == ours)
        #expect(try s.b.git("cat-file", "-p", merge.id.hex).contains("parent \(theirs.hex)"))
        try s.fsck()

        // A run recorded on top of the merge carries the cases it does not answer from the merge's snapshot.
        s.b.store.now = { 4_000 }
        let next = try s.b.store.write(draft(model: "m", runID: "20261129T130000Z-bbbbbb",
                                             [DraftCase(id: "x", input: caseInput("x"), files: nil),
                                              DraftCase(id: "y", input: caseInput("y"), files: answer("again"))]))
        #expect(next.parent == merge.id && next.manifest.counts.carried == 1)
        #expect(try s.b.store.caseFiles(in: next.commit, caseID: "x")?[CaseResult.outputFile] == Array("from A".utf8))
        #expect(try s.b.store.log(model: "m").count == 4)
        // The merged history pushes as a fast-forward, and the other side fast-forwards to it.
        #expect(try s.push(s.b)[runs]?.action == .fastForward)
        #expect(try s.pull(s.a)[runs]?.action == .fastForward)
        #expect(Set(try s.a.store.log(model: "m").map(\.runID)) == Set(try s.b.store.log(model: "m").map(\.runID)))
        try s.fsck()
    }

    @Test("the newer tip: later commit time, then the larger run id, then the larger commit id")
    func newerTip() throws {
        func commit(_ hex: Character, time: Int64, run: String?) -> Commit {
            Commit(id: ObjectID(hex: String(repeating: hex, count: 40))!, tree: ObjectID(hex: String(repeating: "0", count: 40))!,
                   parents: [], message: "replay: record m\n\n" + (run.map { "Replay-Run: \($0)\n" } ?? "Replay-Verdict: PASS\n"),
                   time: time, authorName: "t", authorEmail: "t@x")
        }
        #expect(SnapshotStore.isNewer(commit("a", time: 2, run: "r1"), than: commit("b", time: 1, run: "r9")))
        #expect(!SnapshotStore.isNewer(commit("a", time: 1, run: "r9"), than: commit("b", time: 2, run: "r1")))
        #expect(SnapshotStore.isNewer(commit("a", time: 1, run: "r2"), than: commit("b", time: 1, run: "r1")))
        #expect(!SnapshotStore.isNewer(commit("b", time: 1, run: "r1"), than: commit("a", time: 1, run: "r2")))
        #expect(SnapshotStore.isNewer(commit("b", time: 1, run: nil), than: commit("a", time: 1, run: nil)))
        #expect(!SnapshotStore.isNewer(commit("a", time: 1, run: nil), than: commit("b", time: 1, run: nil)))
    }

    @Test("saved diffs that diverged are merged too; the merge's tree is the newer diff")
    func mergeDiffs() throws {
        let s = SyncedStores()
        let run = try s.record(s.a, "m", "20261129T100000Z-aaaaaa", at: 1_000, [("x", "one")])
        try s.push(s.a)
        try s.pull(s.b)
        s.a.store.now = { 2_000 }
        let older = try s.a.store.saveDiff(Array(#"{"verdict":"PASS"}"#.utf8), baseline: run, candidate: run, candidateModel: "m", verdict: "PASS", subject: "a")
        s.b.store.now = { 3_000 }
        let newer = try s.b.store.saveDiff(Array(#"{"verdict":"FAIL"}"#.utf8), baseline: run, candidate: run, candidateModel: "m", verdict: "FAIL", subject: "b")
        try s.push(s.a)
        let update = try #require(try s.pull(s.b)["refs/replay/diffs/m"])
        #expect(update.action == .merged)
        let merge = try s.b.store.repository.commit(try #require(update.new))
        #expect(try merge.parents == [newer, older] && merge.tree == s.b.store.repository.commit(newer).tree)
        #expect(Trailers.parse(merge.message)["Replay-Verdict"] == "FAIL" && merge.message.hasPrefix("replay: merge saved diffs of m from hub"))
        try s.fsck()
    }

    @Test("a default both sides moved is kept unless told: ours joins theirs under it (a review commit), theirs replaces it")
    func divergedDefault() throws {
        let s = SyncedStores()
        try s.record(s.a, "m", "20261129T100000Z-aaaaaa", at: 1_000, [("x", "one")], setDefault: true)
        let bRun = try s.record(s.b, "n", "20261129T110000Z-bbbbbb", at: 2_000, [("x", "two")], setDefault: true)
        try s.push(s.a)
        let ours = try s.b.store.defaultRun()
        let theirs = try s.a.store.defaultRun()
        let kept = try #require(try s.pull(s.b)["refs/replay/default"])
        #expect(kept.action == .diverged && kept.old == ours && kept.new == ours && kept.remote == theirs)
        #expect(kept.note?.contains("refs/replay-remotes/hub/default") == true)
        #expect(try s.b.store.defaultRun() == ours)
        #expect(try s.b.store.repository.reference("refs/replay-remotes/hub/default") == theirs)
        #expect(try s.push(s.b)["refs/replay/default"]?.action == .rejected)

        let resolved = try #require(try s.pull(s.b, default: .ours)["refs/replay/default"])
        #expect(resolved.action == .keptOurs)
        let commit = try s.b.store.repository.commit(try #require(resolved.new))
        #expect(try commit.parents == [ours!, theirs!] && commit.tree == s.b.store.repository.commit(ours!).tree)
        #expect(Trailers.parse(commit.message)[SnapshotStore.defaultKindTrailer] == "review")
        #expect(try s.b.store.acceptedRun(ofDefault: commit.id) == bRun)
        #expect(try s.b.store.promotedRuns().contains(bRun))
        #expect(try s.push(s.b)["refs/replay/default"]?.action == .fastForward)
        #expect(try s.pull(s.a)["refs/replay/default"]?.action == .fastForward)
        try s.fsck()

        try s.record(s.a, "m", "20261129T120000Z-aaaaaa", at: 3_000, [("x", "three")], setDefault: true)
        try s.record(s.b, "n", "20261129T130000Z-bbbbbb", at: 4_000, [("x", "four")], setDefault: true)
        try s.push(s.b)
        let taken = try #require(try s.pull(s.a, default: .theirs)["refs/replay/default"])
        #expect(try taken.action == .tookTheirs && taken.new == s.b.store.defaultRun())
        #expect(try s.a.store.defaultRun() == (try s.b.store.defaultRun()))
        try s.fsck()
    }

    @Test("two model names on one reference are not merged")
    func slugCollision() throws {
        let s = SyncedStores()
        try s.record(s.a, "GPT", "20261129T100000Z-aaaaaa", at: 1_000, [("x", "one")])
        let mine = try s.record(s.b, "gpt", "20261129T110000Z-bbbbbb", at: 2_000, [("x", "two")])
        try s.push(s.a)
        let update = try #require(try s.pull(s.b)["refs/replay/runs/gpt"])
        #expect(update.action == .diverged && update.new == mine)
        #expect(update.note?.contains("'gpt' here and of 'GPT' at hub") == true)
    }

    @Test("a push that is not a fast-forward pushes nothing at all, and names why")
    func atomicPush() throws {
        let s = SyncedStores()
        try s.record(s.a, "m", "20261129T100000Z-aaaaaa", at: 1_000, [("x", "one")])
        try s.push(s.a)
        try s.record(s.b, "m", "20261129T110000Z-bbbbbb", at: 2_000, [("x", "two")])
        try s.record(s.b, "other", "20261129T110000Z-cccccc", at: 2_000, [("x", "two")])
        let before = try s.hub.git("for-each-ref")
        let plan = try s.push(s.b)
        #expect(plan[runs]?.action == .rejected && plan[runs]?.note == "the remote has commits this store does not have")
        #expect(plan["refs/replay/runs/other"]?.action == .created)
        #expect(try s.hub.git("for-each-ref") == before)
        // Once fetched, the same refusal says the histories diverged.
        try s.pull(s.b)
        let merged = try #require(try s.b.store.repository.reference(runs))
        let own = try #require(try s.b.store.repository.commit(merged).parents.first)
        try s.b.store.repository.updateReference(runs, to: own, expecting: merged, message: "test: undo the merge")
        #expect(try s.push(s.b)[runs]?.note == "both sides moved it")
    }

    @Test("REMOTE resolves to a URL, a remote of the project's repository, or a path; otherwise the error says what was tried")
    func resolveRemote() throws {
        let folder = NSTemporaryDirectory() + "replay-sync-remote-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/project/sub", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/hub.git", withIntermediateDirectories: true)

        let https = try SyncRemote.resolve("https://alice:tok@example.com/team/store.git", projectRoot: folder + "/project", currentDirectory: folder)
        #expect(https.fetchURL == "https://alice:tok@example.com/team/store.git" && https.label == "https://example.com/team/store.git")
        #expect(https.slug == "example.com-team-store.git" && https.trackingPrefix == "refs/replay-remotes/example.com-team-store.git/")
        #expect(try SyncRemote.resolve("git@github.com:team/store.git", projectRoot: folder, currentDirectory: folder).fetchURL == "git@github.com:team/store.git")
        let path = try SyncRemote.resolve("hub.git", projectRoot: folder + "/project", currentDirectory: folder)
        #expect(path.fetchURL == folder + "/hub.git" && path.name == nil)
        #expect(throws: ReplayError.self) { try SyncRemote.resolve(nil, projectRoot: folder + "/project", currentDirectory: folder) }

        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["sh", "-c", "git init -q project && git -C project remote add origin ../hub.git && git -C project config remote.origin.pushurl ssh://host/hub.git"]
        git.currentDirectoryURL = URL(fileURLWithPath: folder)
        try git.run()
        git.waitUntilExit()
        let origin = try SyncRemote.resolve(nil, projectRoot: folder + "/project/sub", currentDirectory: "/")
        #expect(origin.name == "origin" && origin.label == "origin" && origin.slug == "origin")
        #expect(origin.fetchURL == folder + "/project/../hub.git" && origin.pushURL == "ssh://host/hub.git")
        do {
            _ = try SyncRemote.resolve("orgin", projectRoot: folder + "/project", currentDirectory: folder)
            Issue.record("an unknown name resolved")
        } catch let error as ReplayError {
            #expect(error.message == "'orgin' is not a URL, a remote of the project's git repository, or a folder")
            #expect(error.details.contains("did you mean 'origin'?"))
            #expect(error.details.contains { $0.contains("remotes of the git repository at") && $0.contains("origin") })
        }
    }

    @Test("addresses are printed without password (nor user name for http, where it may be a token)")
    func redaction() {
        #expect(RemoteURL.redacted("https://alice:s3cret@example.com/x.git") == "https://example.com/x.git")
        #expect(RemoteURL.redacted("https://TOKEN123@example.com/x.git") == "https://example.com/x.git")
        #expect(RemoteURL.redacted("ssh://git@example.com:22/x.git") == "ssh://git@example.com:22/x.git")
        #expect(RemoteURL.redacted("ssh://git:pw@example.com/x.git") == "ssh://git@example.com/x.git")
        #expect(RemoteURL.redacted("https://example.com/a@b.git") == "https://example.com/a@b.git")
        #expect(RemoteURL.redacted("/srv/hub.git") == "/srv/hub.git")
        #expect(RemoteURL.isURL("git@github.com:team/store.git") && RemoteURL.isURL("file:///srv/hub.git"))
        #expect(!RemoteURL.isURL("../hub.git") && !RemoteURL.isURL("origin") && !RemoteURL.isURL("sub/dir:x"))
    }
}
