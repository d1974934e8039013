import Foundation
import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct CodexReaderTests {
    static let dir = AgentFixtures.root + "/agents/codex_cli/"

    func read(_ name: String) -> (conversations: [ImportedConversation], problems: [RecordProblem]) {
        AgentFixtures.run(CodexReader.self, [Self.dir + name])
    }

    func first(_ name: String) throws -> JSONValue {
        try #require(AgentFixtures.records(Self.dir + name).records.first).value
    }

    @Test func recognizesWrappedAndLegacyRollouts() throws {
        #expect(CodexReader.recognizes(try first("agent-sessions_codex_small.jsonl")) == 3)
        #expect(CodexReader.recognizes(try first("agent-sessions_codex_052_raw.jsonl")) == 3)
        #expect(CodexReader.recognizes(try first("synthetic_rollout.jsonl")) == 3)
        #expect(CodexReader.recognizes(try first("synthetic_legacy_rollout.jsonl")) == 2)
        #expect(CodexReader.recognizes(["type": "user", "sessionId": "x", "message": ["role": "user", "content": "hi"]]) == 0)
        #expect(CodexReader.recognizes(["role": "user", "content": "hi"]) == 0)
        #expect(CodexReader.recognizes([1, 2]) == 0)
        // Claude Code does not take Codex files either.
        #expect(ClaudeCodeReader.recognizes(try first("agent-sessions_codex_small.jsonl")) == 0)
    }

    @Test func rolloutPromptsAreTheUserMessageEventsOnly() throws {
        let (conversations, problems) = read("synthetic_rollout.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(conversations.count == 1)
        #expect(c.format == .codex)
        #expect(c.id == "0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")
        #expect(c.system == "You are Codex, a coding agent.")
        #expect(c.created == "2025-09-20T14:00:00.000Z")
        #expect(c.tags == ["project:walrus-api"])
        #expect(c.model == "gpt-5-codex")
        #expect(AgentFixtures.origins(c) == [
            .system, .injected, .injected,
            .human, .assistant, .toolResult, .toolResult, .assistant, .toolResult, .assistant,
            .human, .injected, .injected, .summary, .human, .assistant,
        ])
        #expect(AgentFixtures.texts(c, .human) == ["Why does the walrus endpoint return 500?", "Add a test for it", "Thanks"])
        // The pasted image is a placeholder.
        #expect(c.turns[3].content == .array([
            ["type": "text", "text": "Why does the walrus endpoint return 500?"],
            ["type": "image", "omitted": "base64, 96 bytes"],
        ]))
        let step = c.turns[4]
        #expect(step.text == "Let me check the handler.")
        #expect(step.toolCalls.map(\.id) == ["call_a1", "call_a2"])
        #expect(step.toolCalls[0].name == "shell")
        #expect(step.toolCalls[0].arguments == ["command": ["rg", "walrus", "src"], "timeout_ms": 10000])
        #expect(step.toolCalls[1].name == "local_shell")
        #expect(step.toolCalls[1].arguments["command"] == ["cat", "src/walrus.py"])
        #expect(step.model == "gpt-5-codex")
        #expect(c.turns[5].toolCallID == "call_a1" && c.turns[5].name == "shell")
        #expect(c.turns[6].toolCallID == "call_a2" && c.turns[6].text == "def walrus():\n    return 1/0\n")
        // A freeform (custom) tool's input is not JSON: kept as the text.
        #expect(c.turns[7].toolCalls.first?.name == "apply_patch")
        #expect(c.turns[7].toolCalls.first?.arguments.stringValue?.hasPrefix("*** Begin Patch") == true)
        #expect(c.turns[8].toolCallID == "call_a3" && c.turns[8].name == "apply_patch")
        #expect(c.turns[11].text.hasPrefix("<turn_aborted>"))
        #expect(c.turns[12].text == "<user_shell_command>make test</user_shell_command>")
        #expect(c.turns[13].text.hasPrefix("Summary: fixed the walrus"))
        #expect(c.turns.last?.model == "gpt-5.1-codex")
        #expect(c.tools.map(\.name) == ["shell", "local_shell", "apply_patch"])
        // The agent_message event mirrors the item and adds nothing.
        #expect(c.turns.filter { $0.text == "It divided by zero; fixed." }.count == 1)
    }

    @Test func legacyRolloutWithoutWrapper() throws {
        let (conversations, problems) = read("synthetic_legacy_rollout.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(c.id == "5973b6c0-94b8-487b-a530-2aeb6098ae0e")
        #expect(c.system == "Prefer small commits.")
        #expect(c.created == "2025-06-02T08:30:00.000Z")
        #expect(AgentFixtures.origins(c) == [.injected, .injected, .human, .assistant, .toolResult, .assistant])
        #expect(AgentFixtures.texts(c, .human) == ["rename seal.py to pinniped.py"])
        #expect(c.turns[3].toolCalls == [ToolCall(id: "call_9", name: "shell", arguments: ["command": ["git", "mv", "seal.py", "pinniped.py"]])])
        #expect(c.turns[4].toolCallID == "call_9")
        #expect(c.turns[5].text == "Renamed.")
    }

    @Test func realSmallRolloutWithManyPayloadTypes() throws {
        let (conversations, problems) = read("agent-sessions_codex_small.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(conversations.count == 1)
        #expect(c.id == "019fc8be-3658-7ca3-9e29-000000000000")
        #expect(c.system == "[trimmed for fixture]")
        #expect(c.model == "gpt-5.6-luna")
        #expect(c.tags == ["project:repo"])
        #expect(AgentFixtures.texts(c, .human) == ["List the files", "[trimmed for fixture]"])
        // The prompt is logged twice (event and item): one human turn.
        #expect(c.turns.filter { $0.text == "List the files" }.count == 1)
        #expect(Array(AgentFixtures.origins(c).prefix(5)) == [.human, .assistant, .toolResult, .toolResult, .assistant])
        let calls = c.turns[1].toolCalls
        #expect(calls.map(\.id) == ["call-1", "call-2"])
        #expect(calls.allSatisfy { $0.name == "shell" && $0.arguments == ["command": ["ls"]] })
        #expect(c.turns[2].toolCallID == "call-2" && c.turns[2].text == "a.txt\n")
        #expect(c.turns[3].toolCallID == "call-1" && c.turns[3].text == "a.txt\nb.txt\n")
        #expect(c.turns[4].text == "Found 2 files.")
        #expect(c.turns[4].model == "gpt-5.6-luna")
        // A user_message of another kind than plain (injected context) is not a prompt.
        #expect(AgentFixtures.origins(c).filter { $0 == .human }.count == 2)
        #expect(c.turns.contains { $0.origin == .summary })
        #expect(c.turns.contains { $0.origin == .system })
        for turn in c.turns where turn.origin == .toolResult { #expect(turn.toolCallID != nil) }
    }

    @Test func eventsOnlyRolloutHasNoConversation() {
        let (conversations, problems) = read("agent-sessions_codex_052_raw.jsonl")
        #expect(problems.isEmpty)
        #expect(conversations.isEmpty)
    }

    @Test func driftedBareMessages() throws {
        let (conversations, problems) = read("agent-sessions_codex_schema_drift.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(c.id == "agent-sessions_codex_schema_drift")
        #expect(c.model == "gpt-4o-mini")
        #expect(AgentFixtures.origins(c) == [.human, .assistant, .toolResult, .assistant])
        #expect(AgentFixtures.texts(c, .human) == ["Translate 'hello' to Spanish"])
        #expect(c.turns[1].toolCalls.first?.name == "translate")
        #expect(c.turns[1].toolCalls.first?.arguments == ["text": "hello", "to": "es"])
        #expect(c.turns[2].text == "hola")
    }

    @Test func injectedTextIsRecognized() {
        #expect(CodexReader.isInjectedText("<environment_context>\n<cwd>/x</cwd>\n</environment_context>"))
        #expect(CodexReader.isInjectedText("<user_instructions>\nbe brief\n</user_instructions>"))
        #expect(CodexReader.isInjectedText("# AGENTS.md instructions for /x\n\n<INSTRUCTIONS>..</INSTRUCTIONS>"))
        #expect(CodexReader.isInjectedText("<some_new_context>stuff</some_new_context>"))
        #expect(!CodexReader.isInjectedText("<div>is this valid html?</div> asked the user"))
        #expect(!CodexReader.isInjectedText("fix the <environment_context> parser"))
    }

    @Test func badLinesAreProblemsWithFields() throws {
        let lines = [
            #"{"timestamp":"2025-01-01T00:00:00Z","type":"session_meta","payload":{"id":"s1","cwd":"/a/b"}}"#,
            #"{"timestamp":"2025-01-01T00:00:01Z","type":"response_item","payload":"oops"}"#,
            #"{"timestamp":"2025-01-01T00:00:02Z","type":"event_msg","payload":{"type":"user_message","message":7}}"#,
            #"{"timestamp":"2025-01-01T00:00:03Z","type":"response_item","payload":{"type":"function_call","arguments":"{}"}}"#,
            #"{"timestamp":"2025-01-01T00:00:04Z","type":"response_item","payload":{"type":"message","role":"user","content":[3]}}"#,
            #"{"timestamp":"2025-01-01T00:00:05Z","type":"response_item","payload":{"type":"message","role":"user","content":{"a":1}}}"#,
            #"{"timestamp":"2025-01-01T00:00:06Z","type":"mystery","payload":{"type":"whatever"}}"#,
            #"{"timestamp":"2025-01-01T00:00:07Z","type":"response_item","payload":{"type":"brand_new_item"}}"#,
            #"[1, 2, 3]"#,
            #"{"timestamp":"2025-01-01T00:00:08Z","type":"event_msg","payload":{"type":"user_message","message":"still fine"}}"#,
        ]
        let (records, _) = AgentFixtures.records(bytes: Array(lines.joined(separator: "\n").utf8), file: "bad.jsonl")
        let (conversations, problems) = AgentFixtures.run(CodexReader.self, records: records, file: "bad.jsonl")
        #expect(problems.map(\.field) == ["payload", "payload.message", "payload.name", "payload.content[0]", "payload.content", nil])
        #expect(problems.map { $0.location?.line } == [2, 3, 4, 5, 6, 9])
        let c = try #require(conversations.first)
        #expect(AgentFixtures.texts(c, .human) == ["still fine"])
    }

    @Test func garbageLinesNeverCrash() throws {
        var lines: [[UInt8]] = []
        for name in ["agent-sessions_codex_small.jsonl", "synthetic_rollout.jsonl", "synthetic_legacy_rollout.jsonl",
                     "agent-sessions_codex_schema_drift.jsonl"] {
            let data = try #require(FileManager.default.contents(atPath: Self.dir + name))
            lines += Array(data).split(separator: UInt8(ascii: "\n")).map(Array.init)
        }
        for seed in 11...14 as ClosedRange<UInt64> {
            let mutated = AgentFixtures.mutations(of: lines, count: 300, seed: seed)
            let bytes = Array(mutated.joined(separator: [UInt8(ascii: "\n")]))
            let (records, _) = AgentFixtures.records(bytes: bytes, file: "mutated.jsonl")
            let (conversations, problems) = AgentFixtures.run(CodexReader.self, records: records, file: "mutated.jsonl")
            #expect(conversations.count <= 1)
            #expect(problems.allSatisfy { $0.file == "mutated.jsonl" && $0.location != nil })
            for c in conversations {
                for turn in c.turns { #expect(!turn.content.compact.contains("iVBORw0KGgo")) }
            }
        }
    }
}
