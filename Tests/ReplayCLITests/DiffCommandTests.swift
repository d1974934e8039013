import Foundation
import Testing

@Suite("replay diff and the regression alert of record --default", .serialized)
struct DiffCommandTests {
    /// gpt-4o is the default; gpt-5 dropped the required "30 days" and errored on the weather case.
    func twoRuns() throws -> Sandbox {
        let s = try Sandbox()
        try s.standardWorkspace()
        try #require(try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o", "--default").status == 0)
        try #require(try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-5").status == 0)
        return s
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("the default diff (default vs the newest other model) fails on the dropped clause and the error, with evidence")
    func terminalReport() throws {
        let s = try twoRuns()
        let r = try s.replay("diff")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("replay diff default (gpt-4o, "))
        #expect(r.stdout.contains("FAIL — 3 cases: 1 errored, 1 regressed, 1 identical"), "\(r.stdout)")
        #expect(r.stdout.contains("error required_content: required clause dropped: \"30 days\""))
        #expect(r.stdout.contains("baseline: “Refunds are possible within 30 days of delivery.”"))
        #expect(r.stdout.contains("error errored: the candidate errored: HTTP 503 from provider"))
        // Not a terminal: plain word-diff markers, no colour.
        #expect(r.stdout.contains("[-30-]{+14+}"))
        #expect(!r.stdout.contains("\u{1B}["))
    }

    @Test("--format json follows the documented replay-diff/1 schema; --fail-on never exits 0")
    func jsonReport() throws {
        let s = try twoRuns()
        let r = try s.replay("diff", "default", "gpt-5", "--format", "json", "--fail-on", "never")
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try json(r.stdout)
        #expect(doc["format"] as? String == "replay-diff/1")
        #expect(doc["verdict"] as? String == "PASS")
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["cases"] as? Int == 3)
        #expect(summary["unchanged"] as? Int == 1)
        let regressed = try #require((summary["classes"] as? [String: Any])?["regressed"] as? [String: Any])
        #expect(regressed["count"] as? Int == 1)
        #expect((regressed["low"] as? Double ?? 1) < 0.34 && (regressed["high"] as? Double ?? 0) > 0.34)
        let cases = try #require(doc["cases"] as? [[String: Any]])
        // Worst first: both fail at error severity; a regression ranks above an errored answer.
        #expect(cases.map { $0["id"] as? String } == ["refund", "weather"])
        let refund = cases[0]
        #expect(refund["class"] as? String == "regressed")
        let findings = try #require(refund["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["detector"] as? String == "required_content" && $0["regression"] as? Bool == true })
        #expect((refund["candidate"] as? [String: Any])?["text"] as? String == "Refunds are possible within 14 days.")
        #expect(r.stderr.contains("PASS: 2 of 3 cases differ"))
    }

    @Test("--report writes Markdown, JUnit and HTML files in one run")
    func reportFiles() throws {
        let s = try twoRuns()
        let r = try s.replay("diff", "--report", "markdown:out/diff.md", "--report", "junit:out/diff.xml", "--report", "html:out/diff.html",
                             "--format", "json")
        // The folder does not exist: a clear error, nothing half-written.
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot write the report out/diff.md"))
        try FileManager.default.createDirectory(atPath: s.root + "/out", withIntermediateDirectories: true)
        let ok = try s.replay("diff", "--report", "markdown:out/diff.md", "--report", "junit:out/diff.xml", "--report", "html:out/diff.html")
        #expect(ok.status == 1)
        let markdown = try #require(s.read("out/diff.md"))
        #expect(markdown.hasPrefix("## ❌ replay diff: FAIL"))
        #expect(markdown.contains("<details open><summary>❌ <code>refund</code> — regressed"))
        let junit = try #require(s.read("out/diff.xml"))
        #expect(junit.contains(#"<testsuites name="replay diff" tests="3" failures="1" errors="1" skipped="0">"#))
        #expect(junit.contains(#"name="refund"><failure message="required clause dropped"#))
        let html = try #require(s.read("out/diff.html"))
        #expect(html.contains("<html") && html.contains("refund"))
        #expect((try FileManager.default.contentsOfDirectory(atPath: s.root + "/out")).sorted() == ["diff.html", "diff.md", "diff.xml"])
    }

    @Test("--save keeps the diff in the store, one commit per diff, readable by git")
    func save() throws {
        let s = try twoRuns()
        let r = try s.replay("diff", "--save", "--fail-on", "never")
        #expect(r.status == 0)
        #expect(r.stderr.contains("saved the diff as commit") && r.stderr.contains("refs/replay/diffs/gpt-5"), "\(r.stderr)")
        let stored = try s.git("show", "refs/replay/diffs/gpt-5:diff.json").stdout
        #expect(stored.contains("\"format\": \"replay-diff/1\"") && stored.contains("required clause dropped"))
        let message = try s.git("log", "-1", "--format=%B", "refs/replay/diffs/gpt-5").stdout
        #expect(message.hasPrefix("replay: diff default → gpt-5: PASS"))
        #expect(message.contains("Replay-Candidate: ") && message.contains("Replay-Verdict: PASS"))
        try #require(try s.replay("diff", "--save").status == 1)
        #expect(try s.git("rev-list", "--count", "refs/replay/diffs/gpt-5").stdout == "2\n")
        #expect(try s.git("fsck", "--strict", "--no-dangling").status == 0)
    }

    @Test("config diff settings: fail_on and disabled detectors; a bad key names its line")
    func configSettings() throws {
        let s = try twoRuns()
        let config = try #require(s.read(".replay/config.yaml"))
        try s.write(".replay/config.yaml", config + "\ndiff:\n  fail_on: never\n  detectors:\n    required_content: false\n")
        let r = try s.replay("diff", "--format", "json")
        #expect(r.status == 0)
        let cases = try #require(try json(r.stdout)["cases"] as? [[String: Any]])
        let findings = cases.first { $0["id"] as? String == "refund" }?["findings"] as? [[String: Any]] ?? []
        #expect(!findings.isEmpty && !findings.contains { $0["detector"] as? String == "required_content" })
        try s.write(".replay/config.yaml", config + "\ndiff:\n  fail_on: loud\n")
        let bad = try s.replay("diff")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("config.yaml:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("diff.fail_on: unknown level 'loud'"))
        // `cases validate` checks the diff settings with the rest of the config.
        let validate = try s.replay("cases", "validate")
        #expect(validate.status == 2 && validate.stdout.contains("diff.fail_on: unknown level 'loud'") || validate.stderr.contains("diff.fail_on: unknown level 'loud'"))
    }

    @Test("record --default compares the new default with the previous one and exits 1 on a regression")
    func defaultAlert() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try #require(try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o", "--default").status == 0)
        let r = try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-5", "--default")
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("the default is now this run"))
        #expect(r.stdout.contains("FAIL — 3 cases"))
        #expect(r.stdout.contains("the new default regressed against the previous one"))
        // The run is stored and the default moved: the alert reports, it does not undo.
        #expect(try s.replay("log").stdout.contains("gpt-5 (default)"))
        // The alert is kept in the store.
        #expect(try s.git("show", "refs/replay/diffs/gpt-5:diff.json").stdout.contains("\"verdict\": \"FAIL\""))
        let quiet = try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-5b", "--default", "--json")
        #expect(quiet.status == 0, "identical answers: no regression")
        let doc = try json(quiet.stdout)
        #expect((doc["diff"] as? [String: Any])?["verdict"] as? String == "PASS")
    }

    @Test("on a real terminal (tmux) the word diff is in colour; NO_COLOR turns it off")
    func terminalColour() throws {
        let s = try twoRuns()
        for noColor in [false, true] {
            let command = "cd \(s.root) && \(noColor ? "export NO_COLOR=1" : "unset NO_COLOR") && \(Sandbox.binary) diff; echo EXIT=$?"
            let screen = s.onTerminal(command, width: 160, height: 50, escapes: true)
            #expect(screen.contains("EXIT=1"), "\(screen)")
            #expect(screen.contains("required clause dropped"))
            if noColor {
                #expect(!screen.contains("\u{1B}[3") && screen.contains("[-30-]{+14+}"), "\(screen)")
            } else {
                // Deleted words struck through in red, inserted words green, the verdict bold red.
                // tmux re-encodes the attributes it keeps: strike-through (9) and red (31) on the old
                // words, green (32) on the new.
                #expect(screen.contains("\u{1B}[9m\u{1B}[31m30\u{1B}[0m"), "\(screen.debugDescription)")
                #expect(screen.contains("\u{1B}[32m\u{1B}[49m14\u{1B}[39m"), "\(screen.debugDescription)")
                #expect(!screen.contains("[-30-]"))
            }
        }
    }

    @Test("unknown runs and a missing candidate are clear errors")
    func errors() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        #expect(try s.replay("diff").stderr.contains("there is no default run yet"))
        try #require(try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o", "--default").status == 0)
        let none = try s.replay("diff")
        #expect(none.status == 2)
        #expect(none.stderr.contains("there is no run of another model than 'gpt-4o'"))
        let typo = try s.replay("diff", "default", "gpt-4")
        #expect(typo.stderr.contains("unknown run 'gpt-4'") && typo.stderr.contains("did you mean 'gpt-4o'?"))
        #expect(try s.replay("diff", "--report", "pdf:x.pdf").status == 64)
    }
}
