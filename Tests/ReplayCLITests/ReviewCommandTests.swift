import Foundation
import Testing

/// A detached tmux session running one command, driven key by key, on a tmux server of its own
/// (`-L`): tests that start sessions at the same moment would otherwise race to start the one
/// shared server, and the loser fails to start.
final class TerminalSession {
    let name = "replay-review-\(getpid())-\(Int.random(in: 0..<1_000_000))"
    let screenFile: String

    init(_ command: String, in folder: String, width: Int = 120, height: Int = 40) throws {
        screenFile = folder + "/tmux-screen-\(name).txt"
        // `\$?` reaches tmux's shell unexpanded (system(3) runs its own shell first).
        let script = "cd '\(folder)' && env -u CI \(command); echo EXIT=\\$?; sleep 60"
        try #require(system("tmux -L \(name) new-session -d -s \(name) -x \(width) -y \(height) \"\(script)\" </dev/null >/dev/null 2>&1") == 0)
    }

    deinit { _ = system("tmux -L \(name) kill-server >/dev/null 2>&1") }

    var screen: String {
        _ = system("tmux -L \(name) capture-pane -p -t \(name) > '\(screenFile)' 2>/dev/null")
        return (try? String(contentsOfFile: screenFile, encoding: .utf8)) ?? ""
    }

    /// Waits (up to 20 s) until the screen contains `text`; returns the screen.
    @discardableResult
    func wait(for text: String) -> String {
        var last = ""
        for _ in 0..<200 {
            last = screen
            if last.contains(text) { return last }
            usleep(100_000)
        }
        Issue.record("the terminal never showed “\(text)”; it shows:\n\(last)")
        return last
    }

    /// Sends keys as tmux names them (`a`, `Enter`, `C-c`); `literal` sends text as typed.
    func send(_ keys: String..., literal: Bool = false) {
        let quoted = keys.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        _ = system("tmux -L \(name) send-keys -t \(name) \(literal ? "-l " : "")\(quoted)")
    }
}

@Suite("replay review, pending, accept, reject, flag and promote", .serialized)
struct ReviewCommandTests {
    /// The standard workspace with gpt-4o's answers as the default and gpt-5's as the candidate:
    /// refund regressed (30 → 14 days), weather errored, greet unchanged.
    func upgrade() throws -> Sandbox {
        let s = try Sandbox()
        try s.standardWorkspace()
        try #require(try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o", "--default").status == 0)
        try #require(try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-5").status == 0)
        return s
    }

    func git(_ s: Sandbox, _ arguments: String...) throws -> String {
        let r = try s.run("/usr/bin/env", ["git", "--git-dir=" + s.root + "/.replay/store"] + arguments)
        #expect(r.status == 0, "git \(arguments): \(r.stderr)")
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func fsck(_ s: Sandbox) throws {
        let r = try s.git("fsck", "--strict", "--no-dangling")
        #expect(r.status == 0, "fsck: \(r.stdout) \(r.stderr)")
    }

    @Test("pending lists the changed cases worst first, the scriptable twin of review (versioned JSON)")
    func pending() throws {
        let s = try upgrade()
        let text = try s.replay("pending")
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("2 case(s) of gpt-5"))
        let refund = try #require(lines.firstIndex { $0.contains(" refund ") })
        let weather = try #require(lines.firstIndex { $0.contains(" weather ") })
        #expect(lines[refund].contains("FAIL") && lines[refund].contains("required_content"))
        #expect(lines[weather].contains("errored"))
        #expect(!text.stdout.contains("greet"))
        let json = try s.replay("pending", "--json").stdout
        #expect(json.contains(#""version": 1"#) && json.contains(#""case": "refund""#) && json.contains(#""class": "regressed""#))
        #expect(try s.replay("pending", "--exit-code").status == 1)
        #expect(try s.replay("pending", "--filter", "class=errored").stdout.contains("1 case(s)"))
    }

    @Test("accept by script splices exactly the chosen answers into the default, by tree id, and logs who decided")
    func acceptSplices() throws {
        let s = try upgrade()
        let before = try git(s, "rev-parse", "refs/replay/default")
        let accepted = try s.replay("accept", "--case", "weather", "--comment", "the outage is real",
                                    environment: ["GIT_AUTHOR_NAME": "Ada Reviewer", "GIT_AUTHOR_EMAIL": "ada@example.com"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("accepted 1 case(s) of gpt-5"))
        // A commit whose parents are the previous default and the accepted run.
        #expect(try git(s, "rev-parse", "refs/replay/default^1") == before)
        #expect(try git(s, "rev-parse", "refs/replay/default^2") == git(s, "rev-parse", "refs/replay/runs/gpt-5"))
        // weather now answers as gpt-5 did, refund still as gpt-4o: folders shared by tree id.
        let weather = try git(s, "ls-tree", "-r", "-d", "--name-only", "refs/replay/runs/gpt-5").split(separator: "\n").first { $0.hasSuffix("/weather") }!
        let refund = try git(s, "ls-tree", "-r", "-d", "--name-only", "refs/replay/runs/gpt-5").split(separator: "\n").first { $0.hasSuffix("/refund") }!
        #expect(try git(s, "rev-parse", "refs/replay/default:\(weather)") == git(s, "rev-parse", "refs/replay/runs/gpt-5:\(weather)"))
        #expect(try git(s, "rev-parse", "refs/replay/default:\(refund)") == git(s, "rev-parse", "refs/replay/runs/gpt-4o:\(refund)"))
        // Shards the decision did not touch keep their tree ids.
        let shard = String(weather.split(separator: "/")[1])
        for other in try git(s, "ls-tree", "--name-only", "refs/replay/runs/gpt-4o:cases").split(separator: "\n") where other != shard {
            #expect(try git(s, "rev-parse", "refs/replay/default:cases/\(other)") == git(s, "rev-parse", "refs/replay/runs/gpt-4o:cases/\(other)"))
        }
        // The review log: who, when, which answer, the verdict, the comment.
        let log = try git(s, "show", "refs/replay/default:review.jsonl")
        let last = try #require(log.split(separator: "\n").last.map(String.init))
        #expect(last.contains(#""verdict":"accept""#) && last.contains(#""case":"weather""#) && last.contains(#""name":"Ada Reviewer""#))
        #expect(last.contains(#""comment":"the outage is real""#) && last.contains(#""model":"gpt-5""#) && last.contains(#""time":"#))
        #expect(try git(s, "log", "-1", "--format=%(trailers:key=Replay-Accepted,valueonly)", "refs/replay/default") == "1")
        // Only refund is left; the diff against the default no longer lists weather.
        let left = try s.replay("pending", "--json").stdout
        #expect(left.contains(#""case": "refund""#) && !left.contains(#""case": "weather""#))
        try fsck(s)
    }

    @Test("reject keeps the baseline's answer and holds for exactly that answer; a new answer is pending again")
    func rejectHoldsPerAnswer() throws {
        let s = try upgrade()
        let before = try git(s, "rev-parse", "refs/replay/default^{tree}:cases")
        let rejected = try s.replay("reject", "--filter", "detector=required_content", "--comment", "14 days is wrong")
        #expect(rejected.status == 0, "\(rejected.stderr)")
        #expect(rejected.stdout.contains("rejected 1 case(s)"))
        #expect(try git(s, "rev-parse", "refs/replay/default:cases") == before)
        #expect(try git(s, "rev-list", "--parents", "-1", "refs/replay/default").split(separator: " ").count == 2)  // one parent
        #expect(!(try s.replay("pending").stdout.contains(" refund ")))
        let again = try s.replay("accept", "--case", "refund")
        #expect(again.status == 2 && again.stderr.contains("already rejected"))
        // gpt-5 answers differently next time: pending again.
        try s.write("c.jsonl", """
            {"case": "refund", "output": "Refunds are possible within 21 days."}
            {"case": "greet", "output": "Hello!"}
            {"case": "weather", "error": "HTTP 503 from provider"}

            """)
        try #require(try s.replay("record", "--outputs", "c.jsonl", "--model", "gpt-5").status == 0)
        #expect(try s.replay("pending").stdout.contains(" refund "))
        try fsck(s)
    }

    @Test("flag keeps the case pending with its comment; --filter flagged=yes selects it")
    func flag() throws {
        let s = try upgrade()
        #expect(try s.replay("flag", "--case", "weather").status == 64)  // a comment is required
        let flagged = try s.replay("flag", "--case", "weather", "--comment", "ask the provider team")
        #expect(flagged.status == 0, "\(flagged.stderr)")
        let pending = try s.replay("pending")
        #expect(pending.stdout.contains("flagged: ask the provider team"))
        #expect(try s.replay("pending", "--filter", "flagged=yes").stdout.contains("1 case(s)"))
        try fsck(s)
    }

    @Test("selections are checked: unknown cases, filter keys and values are errors that say what to write")
    func badSelections() throws {
        let s = try upgrade()
        let state = try s.storeState()
        let unknown = try s.replay("accept", "--case", "refnd")
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'refund'"))
        let notPending = try s.replay("accept", "--case", "greet")
        #expect(notPending.status == 2 && notPending.stderr.contains("not pending"))
        let key = try s.replay("accept", "--filter", "clas=regressed")
        #expect(key.status == 64 && key.stderr.contains("did you mean 'class'"))
        let value = try s.replay("reject", "--filter", "class=regresed")
        #expect(value.status == 64 && value.stderr.contains("did you mean 'regressed'"))
        let none = try s.replay("accept")
        #expect(none.status == 64 && none.stderr.contains("--case ID…, --all or --filter EXPR"))
        #expect(try s.storeState() == state)
    }

    @Test("promote refuses while cases wait, then makes the model the default; config default_model follows")
    func promote() throws {
        let s = try upgrade()
        try s.write(".replay/config.yaml", "version: 1\ndefault_model: gpt-4o   # what record uses\n")
        let early = try s.replay("promote", "gpt-5")
        #expect(early.status == 2 && early.stderr.contains("2 case(s) wait for review") && early.stderr.contains("--force"))
        try #require(try s.replay("accept", "--all").status == 0)
        let promoted = try s.replay("promote", "gpt-5")
        #expect(promoted.status == 0, "\(promoted.stderr)")
        #expect(promoted.stdout.contains("the default is now gpt-5"))
        #expect(s.read(".replay/config.yaml") == "version: 1\ndefault_model: gpt-5   # what record uses\n", "\(s.read(".replay/config.yaml") ?? "")")
        #expect(try s.replay("log").stdout.contains("gpt-5 (default)"))
        #expect(try git(s, "log", "-1", "--format=%(trailers:key=Replay-Default,valueonly)", "refs/replay/default") == "promote")
        #expect(try s.replay("promote", "gpt-5").stdout.contains("already is the default"))
        try fsck(s)
    }

    @Test("promote --force is recorded as skipping review")
    func promoteForce() throws {
        let s = try upgrade()
        let forced = try s.replay("promote", "gpt-5", "--force", "--comment", "deadline")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("2 case(s) promoted without review"))
        let last = try git(s, "show", "refs/replay/default:review.jsonl").split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains(#""forced":true"#) && last.contains(#""verdict":"promote""#) && last.contains(#""comment":"deadline""#))
        #expect(try git(s, "log", "-1", "--format=%(trailers:key=Replay-Forced,valueonly)", "refs/replay/default") == "true")
        // record --default is a promotion without review too, and logged as one.
        let first = try git(s, "show", "refs/replay/default:review.jsonl").split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains(#""via":"record --default""#) && first.contains(#""forced":true"#))
        try fsck(s)
    }

    @Test("CI never writes: with CI set or --ci, accept, reject, flag, promote and review refuse and change nothing")
    func ciNeverWrites() throws {
        let s = try upgrade()
        let state = try s.storeState()
        for arguments in [["accept", "--all"], ["reject", "--all"], ["flag", "--all", "--comment", "x"], ["promote", "gpt-5", "--force"], ["review"]] {
            let r = try s.replay(arguments, environment: ["CI": "true"])
            #expect(r.status == 2 && r.stderr.contains("in CI replay never moves a reference"), "\(arguments): \(r.stderr)")
        }
        #expect(try s.replay("accept", "--all", "--ci").status == 2)
        #expect(try s.replay("accept", "--all", environment: ["CI": "false"]).status == 0)  // CI=false is not CI
        #expect(try s.storeState() != state)
    }

    @Test("review without a terminal refuses and names its scriptable twins")
    func reviewNeedsATerminal() throws {
        let s = try upgrade()
        let r = try s.replay("review")
        #expect(r.status == 2)
        #expect(r.stderr.contains("needs a terminal") && r.stderr.contains("replay pending") && r.stderr.contains("replay accept|reject|flag"))
    }

    @Test("review on a real terminal (tmux): worst first, reject, flag with a comment, accept; one commit at the end")
    func interactiveReview() throws {
        let s = try upgrade()
        try s.write("d.jsonl", """
            {"case": "refund", "output": "Refunds are possible within 14 days."}
            {"case": "greet", "output": "Hi! How can I help?"}
            {"case": "weather", "error": "HTTP 503 from provider"}

            """)
        try #require(try s.replay("record", "--outputs", "d.jsonl", "--model", "gpt-5").status == 0)
        let before = try git(s, "rev-parse", "refs/replay/default")
        let session = try TerminalSession("\(Sandbox.binary) review", in: s.root)
        var screen = session.wait(for: "review 1/3")
        #expect(screen.contains("refund") && screen.contains("required_content") && screen.contains("aligned sections"))
        #expect(screen.contains("a accept") && screen.contains("r reject"))
        session.send("r")
        screen = session.wait(for: "review 2/3")
        #expect(screen.contains("weather") && screen.contains("rejected 1"))
        session.send("f")
        session.wait(for: "comment for weather")
        session.send("provider outage, ask again", literal: true)
        session.send("Enter")
        screen = session.wait(for: "review 3/3")
        #expect(screen.contains("greet") && screen.contains("flagged 1"))
        // Nothing is written before the end.
        #expect(try git(s, "rev-parse", "refs/replay/default") == before)
        session.send("a")
        screen = session.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=0") && screen.contains("accepted 1, rejected 1, flagged 1"), "\(screen)")
        #expect(try git(s, "rev-parse", "refs/replay/default^1") == before)
        let log = try git(s, "show", "refs/replay/default:review.jsonl")
        #expect(log.contains(#""case":"refund""#) && log.contains(#""verdict":"reject""#) && log.contains(#""comment":"provider outage, ask again""#))
        #expect(log.contains(#""via":"review""#))
        let pending = try s.replay("pending").stdout
        #expect(pending.contains("flagged: provider outage, ask again") && !pending.contains(" refund ") && !pending.contains(" greet "))
        try fsck(s)
    }

    @Test("review: A accepts all remaining; Ctrl-C leaves without writing anything")
    func interactiveAllAndAbort() throws {
        let s = try upgrade()
        let state = try s.storeState()
        let aborted = try TerminalSession("\(Sandbox.binary) review", in: s.root)
        aborted.wait(for: "review 1/2")
        aborted.send("r")
        aborted.wait(for: "review 2/2")
        aborted.send("C-c")
        let screen = aborted.wait(for: "EXIT=")
        #expect(screen.contains("nothing was written") && screen.contains("EXIT=130"), "\(screen)")
        #expect(try s.storeState() == state)

        let all = try TerminalSession("\(Sandbox.binary) review", in: s.root)
        all.wait(for: "review 1/2")
        all.send("A")
        #expect(all.wait(for: "EXIT=").contains("accepted 2 case(s)"))
        #expect(try s.replay("pending").stdout.contains("nothing pending"))
        try fsck(s)
    }
}
