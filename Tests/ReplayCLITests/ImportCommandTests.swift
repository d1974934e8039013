import Foundation
import Testing

/// The import test fixtures (real samples and synthetic export shapes) of ReplayImportTests.
let importFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ReplayImportTests/Fixtures").path

@Suite("replay import", .serialized)
struct ImportCommandTests {
    func workspace() throws -> Sandbox {
        let s = try Sandbox()
        #expect(try s.replay("init").status == 0)
        return s
    }

    func cases(_ s: Sandbox, _ name: String) -> [[String: Any]] {
        (s.read(".replay/cases/imported/\(name).jsonl") ?? "").split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test("a ChatGPT export becomes valid cases without replies or personal data, and --baseline records production's replies")
    func chatgptEndToEnd() throws {
        let s = try workspace()
        let r = try s.replay("import", importFixtures + "/chatgpt/conversations.json", "--baseline")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("imported 3 cases into .replay/cases/imported/conversations.jsonl"))
        #expect(r.stdout.contains("1 × conversations with no answered human turn"))
        let file = s.read(".replay/cases/imported/conversations.jsonl") ?? ""
        #expect(!file.contains("jo.bloggs@example.co.uk"))
        #expect(file.contains("<EMAIL_1>"))
        #expect(!file.contains("refund if that fails"))   // a reply
        #expect(!file.contains("private"))                // the model's thoughts
        let validate = try s.replay("cases", "validate")
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        // One baseline run per model the log names, readable by git.
        #expect(r.stdout.contains("baseline: 1 reply of gpt-4o-2024-08-06"))
        #expect(r.stdout.contains("baseline: 1 reply of gpt-4o-mini"))
        let log = try s.replay("log")
        #expect(log.stdout.contains("gpt-4o-mini"))
        #expect(try s.git("fsck", "--strict").status == 0)
        // The key and the table stay out of git.
        #expect(s.read(".replay/private/.gitignore")?.contains("*") == true)
        let attributes = try FileManager.default.attributesOfItem(atPath: s.root + "/.replay/private/redaction.key")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("placeholders are stable across imports into the same workspace, and re-importing replaces the file")
    func stablePlaceholders() throws {
        let s = try workspace()
        #expect(try s.replay("import", importFixtures + "/chatgpt/conversations.json").status == 0)
        let first = s.read(".replay/cases/imported/conversations.jsonl")
        #expect(try s.replay("import", importFixtures + "/chatgpt/conversations.json").status == 0)
        #expect(s.read(".replay/cases/imported/conversations.jsonl") == first)
        // The same conversations under another name: their ids are taken, so nothing new.
        let again = try s.replay("import", importFixtures + "/chatgpt/conversations.json", "--name", "again")
        #expect(again.status == 2)
        #expect(again.stderr.contains("3 × already in another case file of the workspace"))
        #expect(s.read(".replay/cases/imported/again.jsonl") == nil)
    }

    @Test("--no-redact keeps the data; --turns last keeps one case per conversation; --json is scriptable")
    func optionsAndJSON() throws {
        let s = try workspace()
        let r = try s.replay("import", importFixtures + "/chatgpt/conversations.json", "--no-redact", "--turns", "last", "--json")
        #expect(r.status == 0, "\(r.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(summary?["cases"] as? Int == 2)
        #expect((summary?["files"] as? [[String: Any]])?.first?["format"] as? String == "chatgpt")
        #expect(s.read(".replay/cases/imported/conversations.jsonl")?.contains("jo.bloggs@example.co.uk") == true)
        #expect(r.stderr.isEmpty)
    }

    @Test("a fatal error imports nothing and names the file; a bad record is skipped, or fatal with --strict")
    func badInput() throws {
        let s = try workspace()
        try s.write("logs/good.json", try String(contentsOfFile: importFixtures + "/chatgpt/conversations.json", encoding: .utf8))
        try s.write("logs/notes.json", "this is not json")
        let fatal = try s.replay("import", "logs")
        #expect(fatal.status == 2)
        #expect(fatal.stderr.contains("logs/notes.json is not JSON or JSONL"))
        #expect(fatal.stderr.contains("nothing was imported"))
        #expect(s.read(".replay/cases/imported/logs.jsonl") == nil)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: s.root + "/.replay/cases/imported"))?.isEmpty ?? true)

        let text = try String(contentsOfFile: importFixtures + "/chatgpt/conversations.json", encoding: .utf8)
        try s.write("bad/conversations.json", String(text.dropLast()) + #", {"mapping": "oops", "create_time": 1}]"#)
        let skipped = try s.replay("import", "bad/conversations.json")
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("record 3"))
        #expect(skipped.stdout.contains("field 'mapping'"))
        let strict = try s.replay("import", "bad/conversations.json", "--strict", "--name", "strict")
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("bad/conversations.json (line 1, record 3), field 'mapping'"))
        #expect(s.read(".replay/cases/imported/strict.jsonl") == nil)
    }

    @Test("usage errors name the option")
    func usage() throws {
        let s = try workspace()
        let r = try s.replay("import", "x.json", "--format", "chatgtp")
        #expect(r.status == 64)
        #expect(r.stderr.contains("--format 'chatgtp' is not a format"))
        #expect(try s.replay("import", "x.json", "--stratify", "model").stderr.contains("--stratify needs --sample"))
        #expect(try s.replay("import", "missing.json").stderr.contains("missing.json does not exist"))
    }
}
