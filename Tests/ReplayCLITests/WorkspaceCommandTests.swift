import Foundation
import Testing

@Suite("replay init and cases", .serialized)
struct WorkspaceCommandTests {
    @Test("init creates the config, the cases folder and a bare store; running it again changes nothing")
    func initWorkspace() throws {
        let s = try Sandbox()
        let first = try s.replay("init")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("created .replay/config.yaml"))
        #expect(s.read(".replay/config.yaml")?.contains("version: 1") == true)
        #expect(try s.git("rev-parse", "--is-bare-repository").stdout == "true\n")
        try s.write(".replay/config.yaml", "version: 1\ndefault_model: mine\nmodels:\n  mine: {provider: outputs}\n")
        let again = try s.replay("init")
        #expect(again.status == 0)
        #expect(again.stdout.contains("already a replay workspace"))
        #expect(s.read(".replay/config.yaml")?.contains("default_model: mine") == true)
    }

    @Test("the workspace is found from a subfolder, or named by --workspace or REPLAY_WORKSPACE")
    func discovery() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try FileManager.default.createDirectory(atPath: s.root + "/src/deep", withIntermediateDirectories: true)
        #expect(try s.replay("cases", "list", in: s.root + "/src/deep").stdout.contains("refund"))
        let elsewhere = try Sandbox()
        #expect(try s.replay("cases", "list", "--workspace", s.root, in: elsewhere.root).stdout.contains("greet"))
        #expect(try s.replay("cases", "list", "--workspace", s.root + "/.replay", in: elsewhere.root).stdout.contains("greet"))
        #expect(try s.replay(["cases", "list"], in: elsewhere.root, environment: ["REPLAY_WORKSPACE": s.root]).stdout.contains("weather"))
        let none = try s.replay("cases", "list", in: elsewhere.root)
        #expect(none.status == 2)
        #expect(none.stderr.contains("no replay workspace here"))
        #expect(none.stderr.contains("replay init"))
    }

    @Test("cases list, show and validate read YAML and JSONL cases with prompt files")
    func listShowValidate() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        let list = try s.replay("cases", "list", "--json")
        #expect(list.status == 0)
        #expect(list.stdout.contains(#""id": "weather""#) && list.stdout.contains(#""tools": 1"#))
        #expect(try s.replay("cases", "list", "--tag", "smalltalk").stdout.contains("greet"))
        #expect(!(try s.replay("cases", "list", "--tag", "smalltalk").stdout.contains("refund")))
        let show = try s.replay("cases", "show", "refund")
        #expect(show.stdout.contains("You are a support agent for Kettle Co."))
        let json = try s.replay("cases", "show", "refund", "--json")
        #expect(json.stdout.contains(#""system_file": "prompts/support.md""#))
        let validate = try s.replay("cases", "validate")
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("3 cases in 2 files"))
        let missing = try s.replay("cases", "show", "refnud")
        #expect(missing.status == 2 && missing.stderr.contains("did you mean 'refund'?"))
    }

    @Test("validate reports every problem with file:line and exits 2")
    func validateProblems() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try s.write(".replay/cases/broken.yaml", "id: broken\nprompt: hi\nparameters:\n  temprature: 0.5\nsystem_file: prompts/missing.md\n")
        try s.write(".replay/cases/dupe.jsonl", "{\"id\": \"greet\", \"prompt\": \"again\"}\n{oops\n")
        try s.write(".replay/config.yaml", "version: 1\nmodels:\n  x: {provider: nope}\n")
        let result = try s.replay("cases", "validate")
        #expect(result.status == 2)
        #expect(result.stderr.contains(".replay/cases/broken.yaml:4: parameters.temprature: unknown field in sampling parameters — did you mean 'temperature'?"))
        #expect(result.stderr.contains(".replay/cases/more.jsonl:1: id: the id 'greet' is already used by the case at .replay/cases/dupe.jsonl:1"))
        #expect(result.stderr.contains(".replay/cases/dupe.jsonl:2: not valid JSON"))
        #expect(result.stderr.contains(".replay/config.yaml:3: models.x.provider: unknown provider 'nope'"))
        #expect(result.stderr.contains("error: 4 problems found"))
        let json = try s.replay("cases", "validate", "--json")
        #expect(json.status == 2 && json.stdout.contains(#""valid": false"#))
    }

    @Test("a missing prompt file is a problem of the case that names it")
    func missingPromptFile() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        try FileManager.default.removeItem(atPath: s.root + "/prompts/support.md")
        let result = try s.replay("cases", "validate")
        #expect(result.status == 2)
        #expect(result.stderr.contains(".replay/cases/support.yaml:1: system_file: the prompt file 'prompts/support.md' does not exist"))
    }

    @Test("cases add writes a valid case file and refuses a duplicate id")
    func add() throws {
        let s = try Sandbox()
        try s.standardWorkspace()
        let added = try s.replay("cases", "add", "--id", "new-case", "--title", "New", "--tag", "a", "--tag", "b",
                                 "--system-file", "prompts/support.md", "--prompt", "Line one\nLine two", "--must-include", "kettle")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(s.read(".replay/cases/new-case.yaml")?.contains("system_file: prompts/support.md") == true)
        #expect(try s.replay("cases", "validate").status == 0)
        #expect(try s.replay("cases", "show", "new-case").stdout.contains("Line two"))
        let dupe = try s.replay("cases", "add", "--id", "greet", "--prompt", "x")
        #expect(dupe.status == 2 && dupe.stderr.contains("already exists at .replay/cases/more.jsonl:1"))
        let badID = try s.replay("cases", "add", "--id", "bad id", "--prompt", "x")
        #expect(badID.status == 64)
        let derived = try s.replay("cases", "add", "--prompt", "no id given")
        #expect(derived.status == 0 && derived.stdout.contains("added case c-"))
    }

    @Test("usage errors exit 64")
    func usage() throws {
        let s = try Sandbox()
        #expect(try s.replay("frobnicate").status == 64)
        #expect(try s.replay("log", "--limit", "many").status == 64)
    }
}
