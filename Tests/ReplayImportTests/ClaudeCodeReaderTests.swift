import Foundation
import ReplayCore
import Testing
@testable import ReplayImport

/// Reading fixture logs for the agent-transcript reader tests.
enum AgentFixtures {
    static var root: String { Bundle.module.resourcePath! + "/Fixtures" }

    /// A JSONL file's records, as the import feeds them (blank lines skipped; unparsable lines
    /// counted, as the import reports them before any reader sees them).
    static func records(_ path: String, file: String? = nil) -> (records: [LogRecord], unparsable: Int) {
        guard let data = FileManager.default.contents(atPath: path) else { return ([], 0) }
        return records(bytes: Array(data), file: file ?? path)
    }

    static func records(bytes: [UInt8], file: String) -> (records: [LogRecord], unparsable: Int) {
        var out: [LogRecord] = []
        var bad = 0
        var line = 0
        for slice in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            line += 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let value = try? JSONBytes.parse(slice) else { bad += 1; continue }
            out.append(LogRecord(file: file, location: RecordLocation(line: line, index: out.count), value: value))
        }
        return (out, bad)
    }

    /// Runs a reader over files the way the import does.
    static func run<R: RecordReader>(_: R.Type, _ paths: [String]) -> (conversations: [ImportedConversation], problems: [RecordProblem]) {
        var reader = R()
        var conversations: [ImportedConversation] = []
        var problems: [RecordProblem] = []
        for path in paths {
            for record in records(path).records {
                do { conversations += try reader.read(record) } catch { problems.append(error) }
            }
            do { conversations += try reader.endOfFile(path) } catch { problems.append(error) }
        }
        do { conversations += try reader.finish() } catch { problems.append(error) }
        return (conversations, problems)
    }

    static func run<R: RecordReader>(_ type: R.Type, records: [LogRecord], file: String) -> (conversations: [ImportedConversation], problems: [RecordProblem]) {
        var reader = R()
        var conversations: [ImportedConversation] = []
        var problems: [RecordProblem] = []
        for record in records {
            do { conversations += try reader.read(record) } catch { problems.append(error) }
        }
        do { conversations += try reader.endOfFile(file) } catch { problems.append(error) }
        return (conversations, problems)
    }

    static func texts(_ c: ImportedConversation, _ origin: Turn.Origin) -> [String] {
        c.turns.filter { $0.origin == origin }.map(\.text)
    }

    static func origins(_ c: ImportedConversation) -> [Turn.Origin] { c.turns.map(\.origin) }

    /// Deterministic damage to JSONL lines: truncation, wrong field types, random JSON.
    static func mutations(of lines: [[UInt8]], count: Int, seed: UInt64) -> [[UInt8]] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let junk: [String] = [
            "{}", "[]", "null", "42", "\"text\"", #"{"type": 7}"#, #"{"type": "user", "message": 5}"#,
            #"{"type": "user", "message": {"content": {"a": 1}}}"#, #"{"type": "assistant", "message": {"content": [1, "x", null]}}"#,
            #"{"type": "response_item", "payload": []}"#, #"{"type": "event_msg", "payload": {"type": "user_message", "message": 3}}"#,
            #"{"type": "response_item", "payload": {"type": "function_call", "arguments": 5}}"#,
            #"{"type": "response_item", "payload": {"type": "message", "role": "user", "content": [7]}}"#,
            #"{"type": "user", "uuid": "a", "parentUuid": "a", "message": {"role": "user", "content": "loop"}}"#,
        ]
        var out: [[UInt8]] = []
        for _ in 0..<count {
            guard !lines.isEmpty else { break }
            let line = lines[Int(next() % UInt64(lines.count))]
            switch next() % 5 {
            case 0: out.append(Array(line.prefix(Int(next() % UInt64(max(line.count, 1))))))
            case 1: out.append(Array(junk[Int(next() % UInt64(junk.count))].utf8))
            case 2:
                // Replace a value's type: turn the first string value into a number or an object.
                var text = String(decoding: line, as: UTF8.self)
                let swaps = [("\"content\":", "\"content\":12,\"x\":"), ("\"message\":", "\"message\":[1],\"y\":"),
                             ("\"payload\":", "\"payload\":\"s\",\"z\":"), ("\"type\":", "\"type\":null,\"t\":"),
                             ("\"text\":", "\"text\":{\"n\":1},\"u\":"), ("\"arguments\":", "\"arguments\":[],\"v\":")]
                let (from, to) = swaps[Int(next() % UInt64(swaps.count))]
                if let r = text.range(of: from) { text.replaceSubrange(r, with: to) }
                out.append(Array(text.utf8))
            case 3:
                var bytes = line
                for _ in 0..<3 where !bytes.isEmpty { bytes[Int(next() % UInt64(bytes.count))] = UInt8(next() % 128) }
                out.append(bytes)
            default: out.append(line)
            }
        }
        return out
    }
}

@Suite struct ClaudeCodeReaderTests {
    static let dir = AgentFixtures.root + "/agents/claude_code/"

    func read(_ name: String) -> (conversations: [ImportedConversation], problems: [RecordProblem]) {
        AgentFixtures.run(ClaudeCodeReader.self, [Self.dir + name])
    }

    @Test func recognizesSessionLinesNotOtherShapes() throws {
        for name in ["simonw_claude-code-transcripts_sample_session.jsonl", "agent-sessions_claude_small.jsonl",
                     "agent-sessions_claude_schema_drift.jsonl", "daaain_claude-code-log_edge_cases.jsonl", "synthetic_forks.jsonl",
                     "agent-sessions_subagent/subagents/agent-a0ad4f44468bdf20d.jsonl"] {
            let first = try #require(AgentFixtures.records(Self.dir + name).records.first)
            #expect(ClaudeCodeReader.recognizes(first.value) == 3, "\(name)")
        }
        #expect(ClaudeCodeReader.recognizes(["role": "user", "content": "hi"]) == 0)
        #expect(ClaudeCodeReader.recognizes(["type": "session_meta", "payload": ["id": "x"]]) == 0)
        #expect(ClaudeCodeReader.recognizes(["messages": []]) == 0)
        #expect(ClaudeCodeReader.recognizes("text") == 0)
    }

    @Test func minimalSession() throws {
        let (conversations, problems) = read("simonw_claude-code-transcripts_sample_session.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(conversations.count == 1)
        #expect(c.format == .claudeCode)
        #expect(c.id == "test-session-id")
        #expect(c.title == "Test session for JSONL parsing")
        #expect(c.created == "2025-12-24T10:00:00.000Z")
        #expect(c.tags == ["project:project"])
        #expect(c.location.line == 1)
        #expect(AgentFixtures.origins(c) == [.human, .assistant, .toolResult, .assistant, .toolResult, .human, .assistant])
        #expect(AgentFixtures.texts(c, .human) == ["Create a hello world function", "Now add a goodbye function"])
        #expect(c.turns[1].text == "I'll create that function for you.")
        #expect(c.turns[1].toolCalls.map(\.id) == ["toolu_001"])
        #expect(c.turns[1].toolCalls.first?.name == "Write")
        #expect(c.turns[1].toolCalls.first?.arguments["file_path"] == "/project/hello.py")
        #expect(c.turns[2].toolCallID == "toolu_001")
        #expect(c.turns[2].name == "Write")
        #expect(c.turns[2].content == "File written successfully")
        #expect(c.turns[4].toolCallID == "toolu_002")
        #expect(c.turns[4].name == "Bash")
        #expect(c.tools == [ToolDefinition(name: "Write"), ToolDefinition(name: "Bash")])
        #expect(c.system == nil)
    }

    @Test func representativeMessages() throws {
        let (conversations, problems) = read("daaain_claude-code-log_representative_messages.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(c.id == "test_session")
        #expect(c.model == "claude-3-sonnet-20240229")
        #expect(AgentFixtures.texts(c, .human) == [
            "Hello Claude! Can you help me understand how Python decorators work?",
            "Great! Can you also show me how to create a decorator that takes parameters?",
            "Can you run that example to show the output?",
            "This is really helpful! Let me try to implement a timing decorator myself. Can you help me if I get stuck?",
        ])
        #expect(c.turns.filter { $0.origin == .assistant }.allSatisfy { $0.model == "claude-3-sonnet-20240229" })
        let calls = c.turns.flatMap(\.toolCalls)
        let results = c.turns.filter { $0.origin == .toolResult }
        #expect(calls.map(\.id) == ["tool_001", "tool_002"])
        #expect(results.map(\.toolCallID) == ["tool_001", "tool_002"])
        #expect(results.map(\.name) == ["Edit", "Bash"])
        #expect(results[1].text == "Hello, Alice!\nHello, Alice!\nHello, Alice!")
    }

    @Test func edgeCasesClassifyCommandsAndCaveatsAndReportBadLines() throws {
        let (conversations, problems) = read("daaain_claude-code-log_edge_cases.jsonl")
        let c = try #require(conversations.first)
        #expect(conversations.count == 1)
        #expect(c.id == "edge_cases")
        #expect(AgentFixtures.texts(c, .human).map { String($0.prefix(30)) } == [
            "Here's a message with some **m", "Let's test a very long message", "Testing special characters: ca",
        ])
        let injected = AgentFixtures.texts(c, .injected)
        #expect(injected.count == 3)
        #expect(injected[0].hasPrefix("Caveat: The messages below"))
        #expect(injected[1].hasPrefix("<command-name>test-command"))
        #expect(injected[2].hasPrefix("<local-command-stdout>"))
        let failing = try #require(c.turns.first { $0.toolCallID == "tool_edge_001" })
        #expect(failing.origin == .toolResult)
        #expect(failing.name == "FailingTool")
        // Not JSON objects, no type, a string message, a message without content, a non-object block.
        #expect(problems.count == 7)
        #expect(problems.contains { $0.field == "message" && $0.location?.line == 11 })
        #expect(problems.contains { $0.field == "message.content" && $0.location?.line == 10 })
        #expect(problems.contains { $0.field == "message.content[0]" && $0.location?.line == 18 })
        #expect(problems.allSatisfy { !$0.message.isEmpty && $0.file.hasSuffix("edge_cases.jsonl") })
    }

    @Test func forksFollowTheActiveBranch() throws {
        let (conversations, problems) = read("synthetic_forks.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(conversations.count == 1)
        #expect(c.id == "5f0c2a9e-1111-4222-8333-944455556666")
        #expect(c.title == "Pelican count fix")
        #expect(c.tags == ["project:pelican-app"])
        #expect(c.model == "claude-sonnet-4-5")
        #expect(c.created == "2026-01-05T09:00:00.000Z")
        #expect(AgentFixtures.origins(c) == [
            .human, .assistant, .toolResult, .toolResult, .assistant,
            .human, .injected, .assistant,
            .human, .assistant,
            .summary, .injected, .injected, .human, .assistant,
            .human, .assistant, .human,
        ])
        #expect(AgentFixtures.texts(c, .human) == [
            "Find where the pelican count is computed", "Make it return 4 instead", "What is in this picture?", "Continue please",
            "Say hi", "Thanks",
        ])
        // One API response over three lines: one turn, text then both calls; thinking dropped.
        let first = c.turns[1]
        #expect(first.content == "Let me look.")
        #expect(first.toolCalls.map(\.id) == ["toolu_1", "toolu_2"])
        #expect(first.model == "claude-sonnet-4-5")
        #expect(first.created == "2026-01-05T09:00:02.000Z")
        #expect(c.turns[2].toolCallID == "toolu_1" && c.turns[2].name == "Read")
        #expect(c.turns[2].content == "def pelican_count(): return 3")
        #expect(c.turns[3].toolCallID == "toolu_2" && c.turns[3].name == "Grep")
        // The rewound prompt and its answer are not on the branch; the sidechain is not either.
        let all = c.turns.map(\.text).joined(separator: "\n")
        #expect(!all.contains("rewound") && !all.contains("abandoned") && !all.contains("Subagent"))
        // The image is a placeholder, no base64.
        let picture = c.turns[8]
        #expect(picture.content == .array([
            ["type": "text", "text": "What is in this picture?"],
            ["type": "image", "omitted": "base64, 96 bytes"],
        ]))
        #expect(c.turns[9].model == "claude-opus-4-1")
        #expect(c.turns[10].text.hasPrefix("This session is being continued"))
        // The <synthetic> reply is dropped; so is the reply a retry superseded.
        #expect(c.turns[14].text == "Continuing.")
        #expect(c.turns[16].text == "Hi!")
        #expect(!all.contains("cut off"))
        #expect(c.tools.map(\.name) == ["Read", "Grep"])
        #expect(c.tools.allSatisfy { $0.parameters == ["type": "object"] })
    }

    @Test func schemaDriftAndNonHumanOrigins() throws {
        let (conversations, problems) = read("agent-sessions_claude_schema_drift.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(c.id == "ses_stage0_drift")
        #expect(AgentFixtures.origins(c) == [.human, .assistant, .toolResult, .assistant, .injected])
        #expect(AgentFixtures.texts(c, .human) == ["Open README"])
        // A task notification is not a person typing.
        #expect(c.turns[4].text == "List files")
        // The early top-level tool_use/tool_result lines link by order.
        #expect(c.turns[1].toolCalls.first?.name == "bash")
        #expect(c.turns[2].toolCallID == c.turns[1].toolCalls.first?.id)
        #expect(c.turns[2].toolCallID != nil)
        #expect(c.turns[2].text == "# Title\n\nBody\n")
    }

    @Test func smallSessionKeepsOnlyTheMainThread() throws {
        let (conversations, problems) = read("agent-sessions_claude_small.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(conversations.count == 1)
        #expect(c.id == "ses_stage0_small")
        #expect(c.title == "Stage0 small fixture")
        // Lines 1-22 are sidechain lines; retracted and "[trimmed]" lines go with them.
        #expect(!AgentFixtures.origins(c).contains(.human))
        // A command the person queued mid-turn reaches the model as a reminder: injected.
        #expect(AgentFixtures.origins(c) == [.assistant, .toolResult, .injected])
        #expect(c.turns[0].content == "Listing the files.")
        #expect(c.turns[0].toolCalls.map(\.id) == ["toolu_stage0_1"])
        #expect(c.turns[1].toolCallID == "toolu_stage0_1")
        #expect(c.turns[1].name == "Bash")
        #expect(c.turns[1].text == "a.txt\nb.txt\n")
        #expect(c.model == "claude-opus-5")
    }

    @Test func subagentFilesAreTheirOwnConversationsWithoutHumanTurns() throws {
        let parent = Self.dir + "agent-sessions_subagent/0a1b2c3d-4e5f-4061-8071-2a3b4c5d6e7f.jsonl"
        let child = Self.dir + "agent-sessions_subagent/subagents/agent-a0ad4f44468bdf20d.jsonl"
        let (conversations, problems) = AgentFixtures.run(ClaudeCodeReader.self, [parent, child])
        #expect(problems.isEmpty)
        #expect(conversations.count == 2)
        let main = try #require(conversations.first)
        #expect(main.id == "0a1b2c3d-4e5f-4061-8071-2a3b4c5d6e7f")
        #expect(AgentFixtures.texts(main, .human) == ["Delegate a repo search to a subagent"])
        #expect(main.turns.last?.toolCalls.first?.name == "Task")
        #expect(!main.tags.contains("subagent"))
        let sub = try #require(conversations.last)
        #expect(sub.id == "agent-a0ad4f44468bdf20d")
        #expect(sub.tags.contains("subagent"))
        #expect(!AgentFixtures.origins(sub).contains(.human))
        #expect(AgentFixtures.origins(sub) == [.injected, .assistant, .toolResult])
        #expect(sub.turns[0].text == "Search the repo for TODO comments")
    }

    @Test func base64IsNeverKept() throws {
        let blob = String(repeating: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB", count: 20)
        let lines = [
            #"{"type":"user","sessionId":"s","uuid":"u1","message":{"role":"user","content":"Screenshot please"}}"#,
            #"{"type":"assistant","sessionId":"s","uuid":"a1","parentUuid":"u1","message":{"id":"m1","role":"assistant","content":[{"type":"tool_use","id":"t1","name":"Write","input":{"file_path":"x.png","content":"BLOB"}}]}}"#,
            #"{"type":"user","sessionId":"s","uuid":"r1","parentUuid":"a1","message":{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"saved"},{"type":"image","source":{"type":"base64","media_type":"image/png","data":"BLOB"}},{"type":"audio","data":"BLOB"}]}]}}"#,
        ].map { $0.replacingOccurrences(of: "BLOB", with: blob) }
        let (records, _) = AgentFixtures.records(bytes: Array(lines.joined(separator: "\n").utf8), file: "b64.jsonl")
        let (conversations, problems) = AgentFixtures.run(ClaudeCodeReader.self, records: records, file: "b64.jsonl")
        #expect(problems.isEmpty)
        let c = try #require(conversations.first)
        #expect(c.turns[1].toolCalls.first?.arguments == ["file_path": "x.png", "content": "[omitted: base64, 640 bytes]"])
        #expect(c.turns[2].content == .array([
            ["type": "text", "text": "saved"],
            ["type": "image", "omitted": "base64, 640 bytes"],
            ["type": "text", "text": #"{"data":"[omitted: base64, 640 bytes]","type":"audio"}"#],
        ]))
        for turn in c.turns { #expect(!turn.content.compact.contains(blob) && !"\(turn.toolCalls)".contains(blob)) }
    }

    @Test func injectedTextIsRecognized() {
        #expect(ClaudeCodeReader.isInjectedText("  <system-reminder>x</system-reminder>"))
        #expect(ClaudeCodeReader.isInjectedText("<command-name>/clear</command-name>"))
        #expect(ClaudeCodeReader.isInjectedText("[Request interrupted by user for tool use]"))
        #expect(ClaudeCodeReader.isInjectedText("<bash-input>ls</bash-input>"))
        #expect(!ClaudeCodeReader.isInjectedText("Please fix <system-reminder> handling in the parser"))
        #expect(!ClaudeCodeReader.isInjectedText("hello"))
    }

    @Test func garbageLinesNeverCrash() throws {
        var lines: [[UInt8]] = []
        for name in ["agent-sessions_claude_small.jsonl", "synthetic_forks.jsonl", "daaain_claude-code-log_edge_cases.jsonl",
                     "agent-sessions_claude_schema_drift.jsonl"] {
            let data = try #require(FileManager.default.contents(atPath: Self.dir + name))
            lines += Array(data).split(separator: UInt8(ascii: "\n")).map(Array.init)
        }
        for seed in 1...4 as ClosedRange<UInt64> {
            let mutated = AgentFixtures.mutations(of: lines, count: 300, seed: seed)
            let bytes = Array(mutated.joined(separator: [UInt8(ascii: "\n")]))
            let (records, _) = AgentFixtures.records(bytes: bytes, file: "mutated.jsonl")
            let (conversations, problems) = AgentFixtures.run(ClaudeCodeReader.self, records: records, file: "mutated.jsonl")
            #expect(conversations.count <= 1)
            #expect(problems.allSatisfy { $0.file == "mutated.jsonl" && $0.location != nil })
            for c in conversations {
                for turn in c.turns { #expect(!turn.content.compact.contains("iVBORw0KGgo")) }
            }
        }
    }
}
