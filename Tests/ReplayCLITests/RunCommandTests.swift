import Foundation
import Testing

@Suite("replay record, log, show and changed", .serialized)
struct RunCommandTests {
    @Test("record --outputs writes one commit per run that plain git reads and fsck accepts")
    func recordAndInspect() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        let a = try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o", "--default")
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout.contains("3 cases: 3 answered"))
        let b = try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-5", "--json")
        #expect(b.status == 0, "\(b.stderr)")
        #expect(b.stdout.contains(#""errored": 1"#))

        #expect(try s.git("fsck", "--strict", "--no-dangling").status == 0)
        let log = try s.git("log", "--format=%(trailers:key=Replay-Model,valueonly)", "refs/replay/runs/gpt-5").stdout
        #expect(log.trimmingCharacters(in: .whitespacesAndNewlines) == "gpt-5")
        let refs = try s.git("for-each-ref", "--format=%(refname)").stdout
        #expect(refs == "refs/replay/default\nrefs/replay/runs/gpt-4o\nrefs/replay/runs/gpt-5\n")
        let tree = try s.git("ls-tree", "-r", "--name-only", "refs/replay/runs/gpt-4o").stdout
        #expect(tree.contains("run.json") && tree.contains("metrics.jsonl") && tree.contains("/refund/output.md"))
        // The prompt file's text is part of the stored input.
        let input = try s.git("show", "refs/replay/runs/gpt-4o:" + (tree.split(separator: "\n").first { $0.hasSuffix("refund/input.json") } ?? "")).stdout
        #expect(input.contains("You are a support agent for Kettle Co."))
        // Token usage and latency live at run level, not in the case folders.
        #expect(try s.git("show", "refs/replay/runs/gpt-4o:metrics.jsonl").stdout.contains(#""latency_ms":310"#))

        let runs = try s.replay("log")
        #expect(runs.stdout.contains("gpt-4o (default)") && runs.stdout.contains("gpt-5"))
        let json = try s.replay("log", "gpt-5", "--json")
        #expect(json.stdout.contains(#""errored": 1"#) && !json.stdout.contains(#""model": "gpt-4o""#))

        let shown = try s.replay("show", "gpt-5", "refund")
        #expect(shown.stdout.contains("Refunds are possible within 14 days."))
        #expect(try s.replay("show", "gpt-5", "refund", "--file", "output.md").stdout == "Refunds are possible within 14 days.")
        #expect(try s.replay("show", "gpt-5", "weather").stdout.contains("HTTP 503 from provider"))
        let manifest = try s.replay("show", "default", "--json")
        #expect(manifest.stdout.contains(#""model": "gpt-4o""#) && manifest.stdout.contains(#""outputs_file": "a.jsonl""#))
    }

    @Test("changed lists the cases whose answers differ; --exit-code makes a difference exit 1")
    func changed() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o")
        try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-5")
        let changed = try s.replay("changed", "gpt-4o", "gpt-5")
        #expect(changed.status == 0)
        #expect(changed.stdout == "M  refund\nM  weather\n")
        #expect(try s.replay("changed", "gpt-4o", "gpt-5", "--name-only").stdout == "refund\nweather\n")
        #expect(try s.replay("changed", "gpt-4o", "gpt-5", "--exit-code").status == 1)
        #expect(try s.replay("changed", "gpt-4o", "gpt-4o", "--exit-code").status == 0)
        let json = try s.replay("changed", "gpt-4o", "gpt-5", "--json").stdout
        #expect(json.contains(#""case": "refund""#) && json.contains(#""kind": "output""#))

        // An edited prompt is a changed input.
        try s.write("prompts/support.md", "You are a terse support agent.\n")
        try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o")
        #expect(try s.replay("changed", "gpt-4o~1", "gpt-4o").stdout == "I  refund\n")
    }

    @Test("a second run carries over cases its outputs file does not answer")
    func carryOver() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try s.replay("record", "--outputs", "a.jsonl", "--model", "m")
        try s.write("partial.jsonl", #"{"case": "greet", "output": "Hi again"}"# + "\n")
        let run = try s.replay("record", "--outputs", "partial.jsonl", "--model", "m")
        #expect(run.stdout.contains("1 answered, 2 carried over from the previous run"))
        #expect(try s.replay("changed", "m~1", "m", "--name-only").stdout == "greet\n")
    }

    @Test("run names: model, MODEL~N, default, commit prefix, run id; unknown names exit 2 with a hint")
    func runNames() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o", "--default")
        let second = try s.replay("record", "--outputs", "b.jsonl", "--model", "gpt-4o", "--json").stdout
        let commit = try #require(second.split(separator: "\"").drop { $0 != "commit" }.dropFirst(2).first).description
        let runID = try #require(second.split(separator: "\"").drop { $0 != "run_id" }.dropFirst(2).first).description
        #expect(try s.replay("show", String(commit.prefix(7)), "--json").stdout.contains(commit))
        #expect(try s.replay("show", runID, "--json").stdout.contains(commit))
        #expect(try s.replay("show", "gpt-4o~1", "greet").status == 0)
        #expect(try s.replay("show", "default", "greet").status == 0)
        let unknown = try s.replay("show", "gpt4o")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown run 'gpt4o'") && unknown.stderr.contains("did you mean 'gpt-4o'?"))
        let tooFar = try s.replay("show", "gpt-4o~5")
        #expect(tooFar.status == 2 && tooFar.stderr.contains("has only 2"))
    }

    @Test("a bad outputs line is named with its line and fix, exits 2 and stores nothing")
    func badOutputs() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o")
        let before = try s.storeState()
        try s.write("bad.jsonl", #"{"case": "refund", "output": "ok"}"# + "\n" + #"{"case": "refund" "output": "x"}"# + "\n" + #"{"case": "nope", "output": "x"}"# + "\n")
        let result = try s.replay("record", "--outputs", "bad.jsonl", "--model", "gpt-4o")
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.jsonl has 2 problems; nothing was recorded"))
        #expect(result.stderr.contains("bad.jsonl:2: not valid JSON"))
        #expect(result.stderr.contains("bad.jsonl:3: case: no case has the id 'nope'"))
        #expect(try s.storeState() == before)
    }

    @Test("a malformed case file stops record before anything is stored")
    func malformedCase() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o")
        let before = try s.storeState()
        try s.write(".replay/cases/bad.yaml", "id: x\nprompt: [unclosed\n")
        let result = try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o")
        #expect(result.status == 2)
        // One problem: the one error line names the file and line.
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("error: .replay/cases/bad.yaml:2: not valid YAML"), "\(first)")
        #expect(first.hasSuffix("(nothing was changed)"))
        #expect(try s.storeState() == before)
    }

    @Test("a missing store, a missing outputs file and a missing --model are clear errors")
    func missingParts() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try FileManager.default.removeItem(atPath: s.root + "/.replay/store")
        let noStore = try s.replay("record", "--outputs", "a.jsonl", "--model", "m")
        #expect(noStore.status == 2 && noStore.stderr.contains("no snapshot store at .replay/store") && noStore.stderr.contains("replay init"))
        #expect(try s.replay("log").status == 2)
        try s.replay("init")
        let noFile = try s.replay("record", "--outputs", "nowhere.jsonl", "--model", "m")
        #expect(noFile.status == 2 && noFile.stderr.contains("cannot read"))
        #expect(try s.replay("record", "--outputs", "a.jsonl").status == 64)
        #expect(try s.replay("record", "--outputs", "a.jsonl", "--model", "default").status == 64)
    }

    @Test("output to a pipe has no colour codes, even with a TTY-like TERM")
    func noColourWhenPiped() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try s.replay("record", "--outputs", "a.jsonl", "--model", "gpt-4o")
        let result = try s.replay(["log"], environment: ["TERM": "xterm-256color"])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
