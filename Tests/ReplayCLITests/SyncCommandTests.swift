import Foundation
import Testing

/// Two workspaces with the same cases, and a bare repository (`git init --bare`) both reach.
final class Team {
    let a: Sandbox
    let b: Sandbox
    let remote: String

    init() throws {
        a = try Sandbox()
        b = try Sandbox()
        try a.standardWorkspace()
        try b.standardWorkspace()
        remote = a.root + "-remote.git"
        try #require(try a.run("/usr/bin/env", ["git", "init", "--quiet", "--bare", remote]).status == 0)
    }

    deinit { try? FileManager.default.removeItem(atPath: remote) }

    /// Runs git on the bare remote.
    @discardableResult
    func remoteGit(_ arguments: String...) throws -> Sandbox.Result {
        try a.run("/usr/bin/env", ["git", "--git-dir=" + remote] + arguments)
    }

    /// `git fsck --strict` passes on both stores and on the remote.
    func fsckEverywhere(_ step: String) throws {
        for (name, result) in [("A", try a.git("fsck", "--strict", "--no-dangling")), ("B", try b.git("fsck", "--strict", "--no-dangling")),
                               ("remote", try remoteGit("fsck", "--strict", "--no-dangling"))] {
            #expect(result.status == 0, "fsck of \(name) after \(step): \(result.stdout)\(result.stderr)")
        }
        for sandbox in [a, b] {
            #expect(sandbox.looseObjects().isEmpty, "loose objects after \(step)")
        }
    }

    func refs(_ sandbox: Sandbox) throws -> String { try sandbox.git("for-each-ref", "--format=%(refname) %(objectname)").stdout }
}

extension Sandbox {
    /// Object files outside packs in the store.
    func looseObjects() -> [String] {
        let objects = root + "/.replay/store/objects"
        return ((try? FileManager.default.contentsOfDirectory(atPath: objects)) ?? []).filter { $0.count == 2 }
            .flatMap { (try? FileManager.default.contentsOfDirectory(atPath: objects + "/" + $0)) ?? [] }
    }

    /// The runs `replay log` lists, as run ids, newest first.
    func runIDs(_ model: String? = nil) throws -> [String] {
        let result = try replay(["log"] + (model.map { [$0] } ?? []) + ["--json"])
        let runs = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return runs.compactMap { $0["run_id"] as? String }
    }

    /// The `--json` output of push/pull: action by reference name.
    func syncActions(_ result: Result) throws -> [String: String] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let references = object?["references"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: references.compactMap { r in
            (r["name"] as? String).flatMap { name in (r["action"] as? String).map { (name, $0) } }
        })
    }
}

@Suite("replay push, pull and publish", .serialized)
struct SyncCommandTests {
    @Test("divergent runs of one model: push from A, pull into B merges, B's log lists both sides, push from B, A fast-forwards")
    func divergentRuns() throws {
        let t = try Team()
        #expect(try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m").status == 0)
        #expect(try t.b.replay("record", "--outputs", "b.jsonl", "--model", "m").status == 0)
        let runA = try t.a.runIDs("m"), runB = try t.b.runIDs("m")
        #expect(runA.count == 1 && runB.count == 1)

        let pushA = try t.a.replay("push", t.remote, "--json")
        #expect(pushA.status == 0, "\(pushA.stderr)")
        #expect(try t.a.syncActions(pushA) == ["refs/replay/runs/m": "created"])
        #expect(try t.remoteGit("rev-parse", "refs/replay/runs/m").stdout == (try t.a.git("rev-parse", "refs/replay/runs/m").stdout))
        try t.fsckEverywhere("push from A")

        let localB = try t.b.git("rev-parse", "refs/replay/runs/m").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let remoteTip = try t.remoteGit("rev-parse", "refs/replay/runs/m").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let pullB = try t.b.replay("pull", t.remote)
        #expect(pullB.status == 0, "\(pullB.stderr)")
        #expect(pullB.stdout.contains("merged") && pullB.stdout.contains("refs/replay/runs/m"))
        // The merge commit's parents are [B's tip, the remote's tip]; every run of both sides is in B's log exactly once.
        let parents = try t.b.git("log", "-1", "--format=%P", "refs/replay/runs/m").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(parents == "\(localB) \(remoteTip)")
        let logB = try t.b.runIDs("m")
        #expect(Set(logB) == Set(runA + runB) && logB.count == 2)
        // The merge carries the newer tip's trailers and a Replay-Merge trailer; its tree is the newer run's.
        let trailers = try t.b.git("log", "-1", "--format=%(trailers:key=Replay-Run,valueonly)%(trailers:key=Replay-Merge,valueonly)",
                                   "refs/replay/runs/m").stdout
        #expect(trailers.contains(logB[0]) && trailers.contains(t.remote))
        let newest = try t.b.replay("log", "m", "--json").stdout
        let newestCommit = try #require((try JSONSerialization.jsonObject(with: Data(newest.utf8)) as? [[String: Any]])?.first?["commit"] as? String)
        #expect(try t.b.git("rev-parse", "refs/replay/runs/m^{tree}").stdout == (try t.b.git("rev-parse", newestCommit + "^{tree}").stdout))
        // The remote's references were fetched outside refs/replay/, so pushing never sends them.
        #expect(try t.refs(t.b).contains("refs/replay-remotes/"))
        try t.fsckEverywhere("pull into B")

        let pushB = try t.b.replay("push", t.remote, "--json")
        #expect(pushB.status == 0, "\(pushB.stderr)")
        #expect(try t.b.syncActions(pushB) == ["refs/replay/runs/m": "fast-forward"])
        #expect(!(try t.remoteGit("for-each-ref").stdout.contains("replay-remotes")))
        try t.fsckEverywhere("push from B")

        let pullA = try t.a.replay("pull", t.remote, "--json")
        #expect(pullA.status == 0, "\(pullA.stderr)")
        #expect(try t.a.syncActions(pullA) == ["refs/replay/runs/m": "fast-forward"])
        #expect(try t.a.git("rev-parse", "refs/replay/runs/m").stdout == (try t.b.git("rev-parse", "refs/replay/runs/m").stdout))
        #expect(Set(try t.a.runIDs("m")) == Set(runA + runB))
        try t.fsckEverywhere("pull into A")

        // Nothing left to do on either side.
        #expect(try t.a.syncActions(try t.a.replay("push", t.remote, "--json")) == ["refs/replay/runs/m": "up-to-date"])
        #expect(try t.b.syncActions(try t.b.replay("pull", t.remote, "--json")) == ["refs/replay/runs/m": "up-to-date"])
    }

    @Test("after a merge, show, changed, diff and record read the merged history; a run id names the run, not the merge")
    func readingAfterMerge() throws {
        let t = try Team()
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m")
        try t.b.replay("record", "--outputs", "b.jsonl", "--model", "m")
        try t.a.replay("push", t.remote)
        #expect(try t.b.replay("pull", t.remote).status == 0)
        let log = try t.b.runIDs("m")
        // MODEL names the merge, whose snapshot is the newest run.
        let shown = try t.b.replay("show", "m", "--json").stdout
        #expect(shown.contains(#""run_id": "\#(log[0])""#))
        // A run id resolves to the run's own commit, for either side.
        for id in log {
            let run = try t.b.replay("show", id, "--json")
            #expect(run.status == 0 && run.stdout.contains(#""run_id": "\#(id)""#))
        }
        // MODEL~1 is the merge's first parent: B's tip before the pull.
        let before = try t.b.git("rev-parse", "refs/replay/runs/m^1").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try t.b.replay("show", "m~1", "--json").stdout.contains(before))
        #expect(try t.b.replay("changed", log[1], log[0], "--name-only").stdout == "refund\nweather\n")
        let diff = try t.b.replay("diff", log[1], "m", "--format", "json")
        #expect(diff.status == 0 || diff.status == 1, "\(diff.stderr)")
        #expect(diff.stdout.contains(#""format": "replay-diff/1""#))

        // A new run on top of the merge carries the cases it does not answer from the merge's snapshot.
        let merge = try t.b.git("rev-parse", "refs/replay/runs/m").stdout
        try t.b.write("partial.jsonl", #"{"case": "greet", "output": "Hi again"}"# + "\n")
        let record = try t.b.replay("record", "--outputs", "partial.jsonl", "--model", "m")
        #expect(record.status == 0 && record.stdout.contains("2 carried over"), "\(record.stdout)\(record.stderr)")
        #expect(try t.b.git("rev-parse", "refs/replay/runs/m~1").stdout == merge)
        let newestAnswer = try t.b.replay("show", log[0], "refund", "--file", "output.md").stdout
        #expect(try t.b.replay("show", "m", "refund", "--file", "output.md").stdout == newestAnswer)
        #expect(try t.b.runIDs("m").count == 3)
        #expect(try t.b.git("fsck", "--strict", "--no-dangling").status == 0)
        // And it pushes as a fast-forward.
        #expect(try t.b.syncActions(try t.b.replay("push", t.remote, "--json")) == ["refs/replay/runs/m": "fast-forward"])
    }

    @Test("a file:// URL works like a path")
    func fileURL() throws {
        let t = try Team()
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m", "--default")
        try t.b.replay("record", "--outputs", "b.jsonl", "--model", "m")
        let url = "file://" + t.remote
        #expect(try t.a.replay("push", url).status == 0)
        let pull = try t.b.replay("pull", url, "--json")
        #expect(pull.status == 0, "\(pull.stderr)")
        #expect(try t.b.syncActions(pull) == ["refs/replay/default": "created", "refs/replay/runs/m": "merged"])
        #expect(try t.b.replay("push", url).status == 0)
        #expect(try t.a.syncActions(try t.a.replay("pull", url, "--json")) == ["refs/replay/default": "up-to-date", "refs/replay/runs/m": "fast-forward"])
        try t.fsckEverywhere("file:// round trip")
        // The default came along: B marks the same accepted run.
        #expect(try t.b.replay("log", "m").stdout.contains("m (default)"))
    }

    @Test("without REMOTE, the project's git remote 'origin' is used, also from a subfolder; a remote is named like git names it")
    func projectOrigin() throws {
        let t = try Team()
        for sandbox in [t.a, t.b] {
            try #require(try sandbox.run("/usr/bin/env", ["git", "init", "--quiet", sandbox.root]).status == 0)
            try #require(try sandbox.run("/usr/bin/env", ["git", "-C", sandbox.root, "remote", "add", "origin", t.remote]).status == 0)
        }
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m")
        try FileManager.default.createDirectory(atPath: t.a.root + "/src/deep", withIntermediateDirectories: true)
        let push = try t.a.replay(["push"], in: t.a.root + "/src/deep")
        #expect(push.status == 0, "\(push.stderr)")
        #expect(push.stdout.contains("To origin:"))
        let pull = try t.b.replay("pull", "origin")
        #expect(pull.status == 0 && pull.stdout.contains("created"), "\(pull.stderr)")
        #expect(try t.refs(t.b).contains("refs/replay-remotes/origin/runs/m"))
        // A relative URL is relative to the project's folder.
        try #require(try t.b.run("/usr/bin/env", ["git", "-C", t.b.root, "remote", "add", "team", "../" + URL(fileURLWithPath: t.remote).lastPathComponent]).status == 0)
        #expect(try t.b.replay("pull", "team").status == 0)
        try t.fsckEverywhere("pushes through origin")

        let typo = try t.b.replay("pull", "orign")
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("'orign' is not a URL, a remote of the project's git repository, or a folder"))
        #expect(typo.stderr.contains("did you mean 'origin'?") && typo.stderr.contains("git init --bare"))
    }

    @Test("no remote to be found: the error names what was tried and what to pass")
    func unresolvedRemote() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        let none = try s.replay("push")
        #expect(none.status == 2)
        #expect(none.stderr.contains("no remote given, and there is no remote 'origin'"))
        #expect(none.stderr.contains("not inside a git repository"))
        #expect(none.stderr.contains("pass a URL"))
        let missing = try s.replay("pull", "/nonexistent/remote.git")
        #expect(missing.status == 2 && missing.stderr.contains("'/nonexistent/remote.git' is not a URL"))
        // A folder that is not a repository: the transport's reason and what to check.
        try FileManager.default.createDirectory(atPath: s.root + "/empty", withIntermediateDirectories: true)
        let empty = try s.replay("push", s.root + "/empty")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("cannot connect to") && empty.stderr.contains("git init --bare"), "\(empty.stderr)")
    }

    @Test("a push the remote would have to rewind is rejected: it names the reference, says to pull first, and pushes nothing")
    func rejectedPush() throws {
        let t = try Team()
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m")
        try t.a.replay("record", "--outputs", "b.jsonl", "--model", "other")
        try t.b.replay("record", "--outputs", "b.jsonl", "--model", "m")
        try t.b.replay("record", "--outputs", "a.jsonl", "--model", "fresh")
        #expect(try t.a.replay("push", t.remote).status == 0)
        let before = try t.remoteGit("for-each-ref").stdout
        let push = try t.b.replay("push", t.remote)
        #expect(push.status == 2)
        #expect(push.stderr.contains("refs/replay/runs/m") && push.stderr.contains("run `replay pull \(t.remote)` first"))
        #expect(push.stderr.contains("nothing was pushed"))
        #expect(push.stdout.contains("rejected"))
        // Not even the model the remote lacks went: a push is all or nothing.
        #expect(try t.remoteGit("for-each-ref").stdout == before)
        let json = try t.b.replay("push", t.remote, "--json")
        #expect(json.status == 2)
        #expect(try t.b.syncActions(json) == ["refs/replay/runs/fresh": "created", "refs/replay/runs/m": "rejected"])
        // After the pull, the same push goes through.
        #expect(try t.b.replay("pull", t.remote).status == 0)
        let again = try t.b.replay("push", t.remote, "--json")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try t.b.syncActions(again) == ["refs/replay/runs/fresh": "created", "refs/replay/runs/m": "fast-forward",
                                               "refs/replay/runs/other": "up-to-date"])
        try t.fsckEverywhere("rejected push, then pull and push")
    }

    @Test("publish pushes the candidate over the default as two branches whose git diff shows the changed case files")
    func publish() throws {
        let t = try Team()
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o", "--default")
        try t.a.replay("record", "--outputs", "b.jsonl", "--model", "m")
        try t.b.replay("record", "--outputs", "b.jsonl", "--model", "m")
        let noDefault = try t.b.replay("publish", "m", t.remote)
        #expect(noDefault.status == 2 && noDefault.stderr.contains("there is no default run to publish against"))

        let result = try t.a.replay("publish", "m", t.remote)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("refs/heads/replay/m") && result.stdout.contains("refs/heads/replay/default"))
        #expect(result.stdout.contains("2 case(s) differ"))
        #expect(result.stdout.contains("git --git-dir=\(t.remote) diff refs/heads/replay/default refs/heads/replay/m"))
        let stat = try t.remoteGit("diff", "--stat", "replay/default", "replay/m").stdout
        #expect(stat.contains("/refund/output.md") && stat.contains("/weather/output.md") && stat.contains("/weather/response.json"), "\(stat)")
        #expect(!stat.contains("/greet/") && !stat.contains("review.jsonl"))
        let patch = try t.remoteGit("diff", "refs/heads/replay/default", "refs/heads/replay/m", "--", "*/refund/output.md").stdout
        #expect(patch.contains("-Refunds are possible within 30 days of delivery.") && patch.contains("+Refunds are possible within 14 days."))
        // One commit whose parent is the default commit; its message names both runs.
        let defaultCommit = try t.a.git("rev-parse", "refs/replay/default").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try t.remoteGit("log", "-1", "--format=%P", "refs/heads/replay/m").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == defaultCommit)
        let message = try t.remoteGit("log", "-1", "--format=%B", "refs/heads/replay/m").stdout
        #expect(message.contains("Replay-Model: m") && message.contains("Replay-Baseline-Model: gpt-4o") && message.contains("M  refund"))
        // Publishing the same pair again changes nothing; pushing the store does not send the published view.
        let again = try t.a.replay("publish", "m", t.remote, "--json")
        #expect(try t.a.syncActions(again) == ["refs/heads/replay/m": "up-to-date", "refs/heads/replay/default": "up-to-date"])
        #expect(try t.a.replay("push", t.remote).status == 0)
        #expect(!(try t.remoteGit("for-each-ref").stdout.contains("replay-published")))
        // --branch, and a newer candidate replaces the view (forced).
        #expect(try t.a.replay("publish", "m", t.remote, "--branch", "upgrade/m").status == 0)
        #expect(try t.remoteGit("rev-parse", "refs/heads/upgrade/m").stdout == (try t.remoteGit("rev-parse", "refs/heads/replay/m").stdout))
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m")
        let newer = try t.a.replay("publish", "m", t.remote, "--json")
        #expect(try t.a.syncActions(newer)["refs/heads/replay/m"] == "forced")
        #expect(try t.remoteGit("diff", "--stat", "refs/heads/replay/default", "refs/heads/replay/m", "--", "cases").stdout.isEmpty)
        #expect(try t.a.replay("publish", "m", t.remote, "--branch", "replay/default").status == 64)
        try t.fsckEverywhere("publish")
    }

    @Test("defaults both sides moved are not merged: yours is kept with a warning; --keep-default settles it")
    func divergentDefaults() throws {
        let t = try Team()
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m", "--default")
        try t.b.replay("record", "--outputs", "b.jsonl", "--model", "n", "--default")
        #expect(try t.a.replay("push", t.remote).status == 0)
        let ours = try t.b.git("rev-parse", "refs/replay/default").stdout
        let pull = try t.b.replay("pull", t.remote, "--json")
        #expect(pull.status == 0)
        #expect(try t.b.syncActions(pull) == ["refs/replay/default": "diverged", "refs/replay/runs/m": "created"])
        let text = try t.b.replay("pull", t.remote)
        #expect(text.stderr.contains("warning: both sides moved the default") && text.stderr.contains("yours is kept"))
        #expect(text.stderr.contains("--keep-default ours") && text.stderr.contains("--keep-default theirs"))
        #expect(try t.b.git("rev-parse", "refs/replay/default").stdout == ours)
        #expect(try t.b.git("rev-parse", "refs/replay-remotes/" + remoteSlug(t.remote) + "/default").stdout
                == (try t.a.git("rev-parse", "refs/replay/default").stdout))
        // The push names the default and the way out.
        let push = try t.b.replay("push", t.remote)
        #expect(push.status == 2 && push.stderr.contains("refs/replay/default") && push.stderr.contains("--keep-default"))

        // Keeping ours joins theirs under it (a review commit: no answer changes), so the push is a fast-forward.
        let keep = try t.b.replay("pull", t.remote, "--keep-default", "ours", "--json")
        #expect(try t.b.syncActions(keep)["refs/replay/default"] == "kept-ours")
        let parents = try t.b.git("log", "-1", "--format=%P", "refs/replay/default").stdout.split(whereSeparator: \.isWhitespace).map(String.init)
        let theirs = try t.a.git("rev-parse", "refs/replay/default").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(parents == [ours.trimmingCharacters(in: .whitespacesAndNewlines), theirs])
        #expect(try t.b.git("log", "-1", "--format=%(trailers:key=Replay-Default,valueonly)", "refs/replay/default").stdout.contains("review"))
        #expect(try t.b.replay("log").stdout.contains("n (default)"))
        #expect(try t.b.replay("push", t.remote).status == 0)
        try t.fsckEverywhere("keep-default ours")

        // Taking theirs on A's side is now a fast-forward anyway; a fresh divergence with theirs adopts the remote's.
        #expect(try t.a.syncActions(try t.a.replay("pull", t.remote, "--json"))["refs/replay/default"] == "fast-forward")
        try t.a.replay("record", "--outputs", "b.jsonl", "--model", "m", "--default")
        try t.b.replay("record", "--outputs", "a.jsonl", "--model", "n", "--default")
        #expect(try t.b.replay("push", t.remote).status == 0)
        let take = try t.a.replay("pull", t.remote, "--keep-default", "theirs", "--json")
        #expect(try t.a.syncActions(take)["refs/replay/default"] == "took-theirs")
        #expect(try t.a.git("rev-parse", "refs/replay/default").stdout == (try t.remoteGit("rev-parse", "refs/replay/default").stdout))
        #expect(try t.a.replay("push", t.remote).status == 0)
        try t.fsckEverywhere("keep-default theirs")
    }

    @Test("CI never writes local references: pull refuses with CI set or --ci; push and publish work")
    func continuousIntegration() throws {
        let t = try Team()
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m", "--default")
        let before = try t.a.storeState()
        for (arguments, environment) in [(["pull", t.remote], ["CI": "true"]), (["pull", t.remote, "--ci"], [:]), (["pull", t.remote], ["CI": "1"])] {
            let pull = try t.a.replay(arguments, environment: environment)
            #expect(pull.status == 2)
            #expect(pull.stderr.contains("in CI replay never moves a reference"))
        }
        #expect(try t.a.storeState() == before)
        #expect(try t.a.replay(["pull", t.remote], environment: ["CI": "false"]).status == 0)
        #expect(try t.a.replay(["push", t.remote], environment: ["CI": "true"]).status == 0)
        try t.a.replay("record", "--outputs", "b.jsonl", "--model", "n")
        #expect(try t.a.replay(["publish", "n", t.remote], environment: ["CI": "true"]).status == 0)
        #expect(try t.remoteGit("rev-parse", "--verify", "refs/heads/replay/n").status == 0)
    }

    @Test("https-style credentials: the token from REPLAY_GIT_TOKEN is sent, never printed; a missing or wrong token is a clear error")
    func credentials() throws {
        let t = try Team()
        try t.a.replay("record", "--outputs", "a.jsonl", "--model", "m")
        let server = try GitHTTPServer(root: (t.remote as NSString).deletingLastPathComponent, user: "alice", token: "s3cret-token-xyz")
        defer { server.stop() }
        let url = "http://127.0.0.1:\(server.port)/" + URL(fileURLWithPath: t.remote).lastPathComponent

        let missing = try t.a.replay("push", url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("REPLAY_GIT_TOKEN"), "\(missing.stderr)")
        let wrong = try t.a.replay(["push", url], environment: ["REPLAY_GIT_USERNAME": "alice", "REPLAY_GIT_TOKEN": "not-it-4242"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("did not accept the token"), "\(wrong.stderr)")
        #expect(!(wrong.stdout + wrong.stderr).contains("not-it-4242"))

        let good = try t.a.replay(["push", url], environment: ["REPLAY_GIT_USERNAME": "alice", "REPLAY_GIT_TOKEN": "s3cret-token-xyz"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(!(good.stdout + good.stderr).contains("s3cret"))
        #expect(try t.remoteGit("rev-parse", "--verify", "refs/replay/runs/m").status == 0)
        let pull = try t.b.replay(["pull", url], environment: ["CI": "", "REPLAY_GIT_USERNAME": "alice", "REPLAY_GIT_TOKEN": "s3cret-token-xyz"])
        #expect(pull.status == 0, "\(pull.stderr)")
        // A user name and password in the URL are not echoed either, and the token is stored nowhere.
        let inURL = try t.a.replay("push", "http://alice:pa55word-in-url@127.0.0.1:\(server.port)/nothing-here.git")
        #expect(inURL.status == 2 && !(inURL.stdout + inURL.stderr).contains("pa55word"))
        for sandbox in [t.a, t.b] {
            let grep = try sandbox.run("/usr/bin/env", ["grep", "-r", "-l", "s3cret", sandbox.root + "/.replay"])
            #expect(grep.stdout.isEmpty)
        }
        try t.fsckEverywhere("http round trip")
    }
}

/// The folder under refs/replay-remotes/ that a path given as REMOTE is fetched into.
func remoteSlug(_ path: String) -> String {
    var out = ""
    var lastWasDash = false
    for scalar in path.lowercased().unicodeScalars {
        if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" {
            out.unicodeScalars.append(scalar)
            lastWasDash = false
        } else if !lastWasDash {
            out.append("-")
            lastWasDash = true
        }
    }
    while out.hasPrefix("-") || out.hasPrefix(".") { out.removeFirst() }
    return out
}

/// git's smart HTTP protocol (`git http-backend`) behind HTTP basic authentication, on 127.0.0.1.
final class GitHTTPServer {
    let port: Int
    private let process: Process

    init(root: String, user: String, token: String) throws {
        let folder = NSTemporaryDirectory() + "replay-git-http-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let script = folder + "/server.py"
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, root, user, token, folder + "/port"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var port = 0
        for _ in 0..<100 where port == 0 {
            usleep(50_000)
            port = Int((try? String(contentsOfFile: folder + "/port", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        }
        try? FileManager.default.removeItem(atPath: folder)
        guard port > 0 else { process.terminate(); throw CocoaError(.fileReadNoSuchFile) }
        self.port = port
    }

    /// Stops the server. SIGKILL: a test runner may ignore SIGTERM, and children inherit that.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private static let script = #"""
        import base64, http.server, os, subprocess, sys
        root, user, token, port_file = sys.argv[1:5]
        expected = "Basic " + base64.b64encode(f"{user}:{token}".encode()).decode()

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args): pass
            def do_GET(self): self.serve()
            def do_POST(self): self.serve()

            def body(self):
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    data = b""
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                        if size == 0:
                            self.rfile.readline()
                            return data
                        data += self.rfile.read(size)
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def serve(self):
                data = self.body()
                if self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="git"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                path, _, query = self.path.partition("?")
                env = dict(os.environ, GIT_PROJECT_ROOT=root, GIT_HTTP_EXPORT_ALL="1", PATH_INFO=path, QUERY_STRING=query,
                           REQUEST_METHOD=self.command, CONTENT_TYPE=self.headers.get("Content-Type", ""),
                           CONTENT_LENGTH=str(len(data)), REMOTE_USER=user, REMOTE_ADDR="127.0.0.1")
                env.pop("HTTP_CONTENT_ENCODING", None)
                if self.headers.get("Content-Encoding"):
                    env["HTTP_CONTENT_ENCODING"] = self.headers["Content-Encoding"]
                out = subprocess.run(["git", "http-backend"], input=data, env=env, capture_output=True).stdout
                sep = b"\r\n\r\n" if b"\r\n\r\n" in out else b"\n\n"
                head, _, payload = out.partition(sep)
                status, headers = 200, []
                for line in head.decode().splitlines():
                    key, _, value = line.partition(":")
                    if key.lower() == "status":
                        status = int(value.split()[0])
                    elif key:
                        headers.append((key, value.strip()))
                self.send_response(status)
                for key, value in headers:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        with open(port_file + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        os.rename(port_file + ".tmp", port_file)
        server.serve_forever()
        """#
}
