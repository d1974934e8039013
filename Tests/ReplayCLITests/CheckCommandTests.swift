import Foundation
import Testing

@Suite("replay check: the cases a staged change affects", .serialized)
struct CheckCommandTests {
    /// A project repository holding the standard workspace, gpt-4o the default model (its answers
    /// the accepted baseline), everything committed.
    func project(config: String = "version: 1\ndefault_model: gpt-4o\n") throws -> Sandbox {
        let s = try Sandbox()
        try s.standardWorkspace()
        try s.write(".replay/config.yaml", config)
        try #require(try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o", "--default").status == 0)
        try s.projectGit("init", "-q", ".")
        try s.projectGit("add", "-A")
        try s.projectGit("commit", "-qm", "cases")
        return s
    }

    @Test("nothing relevant staged passes at once; outside a git repository it says to use --all")
    func nothingStaged() throws {
        let s = try project()
        let clean = try s.replay("check")
        #expect(clean.status == 0 && clean.stdout.contains("nothing staged affects the cases"))
        try s.write("notes.txt", "unrelated\n")
        try s.projectGit("add", "notes.txt")
        #expect(try s.replay("check").status == 0)

        let bare = try Sandbox()
        try bare.standardWorkspace()
        let outside = try bare.replay("check")
        #expect(outside.status == 2 && outside.stderr.contains("not in one") && outside.stderr.contains("replay check --all"))
    }

    @Test("a staged prompt edit without a run fails; a run with a regression fails; after accept it passes")
    func promptEdit() throws {
        let s = try project()
        try s.write("prompts/support.md", "You are a terse support agent for Kettle Co.\n")
        try s.projectGit("add", "prompts/support.md")
        let unrecorded = try s.replay("check")
        #expect(unrecorded.status == 1, "\(unrecorded.stdout)\(unrecorded.stderr)")
        #expect(unrecorded.stdout.contains("unrecorded") && unrecorded.stdout.contains("refund") && unrecorded.stdout.contains("prompts/support.md"))
        #expect(unrecorded.stdout.contains("replay record --model gpt-4o --changed"))
        #expect(!unrecorded.stdout.contains("greet"))  // greet does not use the prompt file

        // Recorded again: the refund answer lost its required clause.
        try #require(try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-4o").status == 0)
        let regressed = try s.replay("check")
        #expect(regressed.status == 1)
        #expect(regressed.stdout.contains("regressed") && regressed.stdout.contains("required_content") && regressed.stdout.contains("replay review gpt-4o"))

        try #require(try s.replay("accept", "gpt-4o", "--case", "refund").status == 0)
        let accepted = try s.replay("check", "--json")
        #expect(accepted.status == 0, "\(accepted.stdout)")
        #expect(accepted.stdout.contains(#""state": "ok""#) && accepted.stdout.contains(#""verdict": "PASS""#))
    }

    @Test("a rejected answer keeps failing the check until the content changes")
    func rejected() throws {
        let s = try project()
        try s.write("prompts/support.md", "You are a terse support agent for Kettle Co.\n")
        try s.projectGit("add", "prompts/support.md")
        try #require(try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-4o").status == 0)
        try #require(try s.replay("reject", "gpt-4o", "--case", "refund").status == 0)
        let r = try s.replay("check")
        #expect(r.status == 1 && r.stdout.contains("rejected"))
    }

    @Test("a new answer without a regression passes and is reported as waiting for review")
    func pendingPasses() throws {
        let s = try project()
        try s.write("prompts/support.md", "You are a friendly support agent for Kettle Co.\n")
        try s.projectGit("add", "prompts/support.md")
        try s.write("c.jsonl", #"{"case": "refund", "output": "Refunds are possible within 30 days of delivery, gladly."}"# + "\n")
        try #require(try s.replay("record", "--outputs", "c.jsonl", "--model", "gpt-4o").status == 0)
        let r = try s.replay("check")
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("pending") && r.stdout.contains("waits for review"))
    }

    @Test("case files and the config are changes too: a new case is unrecorded; a config edit affects every case")
    func caseFilesAndConfig() throws {
        let s = try project()
        try s.write(".replay/cases/new.yaml", "id: invoice\nprompt: Where is my invoice?\n")
        try s.projectGit("add", ".replay/cases/new.yaml")
        let added = try s.replay("check", "--json")
        #expect(added.status == 1 && added.stdout.contains(#""case": "invoice""#) && !added.stdout.contains(#""case": "greet""#))
        try s.projectGit("reset", "-q")
        try FileManager.default.removeItem(atPath: s.root + "/.replay/cases/new.yaml")

        try s.write(".replay/config.yaml", "version: 1\ndefault_model: gpt-4o\ndefaults: {temperature: 0}\n")
        try s.projectGit("add", ".replay/config.yaml")
        let config = try s.replay("check", "--json").stdout
        for id in ["refund", "greet", "weather"] { #expect(config.contains(#""case": "\#(id)""#)) }

        // A broken case file is an operational failure, not a regression.
        try s.write(".replay/cases/broken.yaml", "id: [oops\n")
        try s.projectGit("add", ".replay/cases/broken.yaml")
        let broken = try s.replay("check")
        #expect(broken.status == 2 && broken.stderr.contains("broken.yaml"))
    }

    @Test("--run answers the affected cases through the default model and judges them; with --ci nothing is written")
    func runAffected() throws {
        let s = try project(config: """
            version: 1
            default_model: mine
            models:
              mine:
                provider: command
                command: [python3, answer.py]

            """)
        try s.write("answer.py", """
            import json, sys
            request = json.load(sys.stdin)
            system = request.get("system") or ""
            prompt = request["messages"][-1]["content"]
            if "refund" in prompt:
                text = "Refunds are possible within 30 days." if "support agent" in system else "No refunds, sorry."
            else:
                text = "Hello!"
            print(json.dumps({"text": text, "finish_reason": "stop"}))
            """)
        try #require(try s.replay("record", "--model", "mine").status == 0)
        try #require(try s.replay("promote", "mine", "--force").status == 0)
        try s.projectGit("add", "-A")
        try s.projectGit("commit", "-qm", "model")

        // A harmless edit: --run records and passes.
        try s.write("prompts/support.md", "You are a careful support agent for Kettle Co.\n")
        try s.projectGit("add", "prompts/support.md")
        let fine = try s.replay("check", "--run")
        #expect(fine.status == 0, "\(fine.stdout)\(fine.stderr)")
        #expect(fine.stdout.contains("1 answered just now"))
        #expect(try s.replay("log", "mine", "--json").stdout.components(separatedBy: #""run_id""#).count == 3)  // stored

        // A harmful edit, checked in CI mode: a regression, and the store untouched.
        try s.write("prompts/support.md", "You are a billing bot.\n")
        try s.projectGit("add", "prompts/support.md")
        let state = try s.storeState()
        let bad = try s.replay("check", "--run", environment: ["CI": "true"])
        #expect(bad.status == 1, "\(bad.stdout)\(bad.stderr)")
        #expect(bad.stdout.contains("regressed") && bad.stdout.contains("not stored"))
        #expect(try s.storeState() == state)
    }
}

extension Sandbox {
    /// Runs git in the project folder (the sandbox root), with a fixed identity.
    @discardableResult
    func projectGit(_ arguments: String...) throws -> Result {
        let r = try run("/usr/bin/env", ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments)
        #expect(r.status == 0, "git \(arguments): \(r.stderr)")
        return r
    }
}
