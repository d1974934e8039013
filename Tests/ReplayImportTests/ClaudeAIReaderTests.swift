import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct ClaudeAIReaderTests {
    @Test func oldExportsAreSortedIntoChronologicalOrder() throws {
        let (conversations, tally) = try importAll([fixtures + "/claude/simonw_claude-to-sqlite_artifacts.json"])
        #expect(tally.files.values.first == .claudeAI)
        let c = try #require(conversations.first)
        #expect(c.title == "LLM Pricing Calculator")
        #expect(c.turns.first?.origin == .human)
        #expect(c.turns.first?.text.hasPrefix("Built me an artifact") == true)
        // Human and assistant alternate once sorted (a human turn before the reply sharing its time).
        for (a, b) in zip(c.turns, c.turns.dropFirst()) { #expect(a.origin != b.origin) }
        #expect(c.exporter?.ids == ["2a0434bc-651f-407a-bc74-bdc295dc009b"])
    }

    @Test func filesNamedButNotExportedAreNotedAsParts() throws {
        let c = try #require(try importAll([fixtures + "/claude/simonw_claude-to-sqlite_example.json"]).0.first)
        let parts = c.turns[0].content.arrayValue ?? []
        #expect(parts.contains { $0["type"] == "file" })
        #expect(CaseBuilder.cases(from: c).count == 1)
    }

    @Test func newExportsFollowTheNewestBranchAndSplitToolUse() throws {
        let json = """
            [{"uuid": "c1", "name": "", "created_at": "2025-05-01T10:00:00Z", "account": {"uuid": "acc-1"}, "chat_messages": [
              {"uuid": "m1", "sender": "human", "created_at": "2025-05-01T10:00:00Z", "text": "", "parent_message_uuid": "00000000-0000-4000-8000-000000000000",
               "content": [{"type": "text", "text": "Find the weather in Oslo"}],
               "attachments": [{"file_name": "notes.txt", "extracted_content": "Trip on Friday"}]},
              {"uuid": "m2", "sender": "assistant", "created_at": "2025-05-01T10:00:05Z", "parent_message_uuid": "m1", "text": "",
               "content": [{"type": "thinking", "thinking": "hmm"}, {"type": "text", "text": "Let me look."},
                           {"type": "tool_use", "id": "tu1", "name": "web_search", "input": {"query": "Oslo weather"}},
                           {"type": "tool_result", "tool_use_id": "tu1", "name": "web_search", "content": [{"type": "text", "text": "Rain, 8°C"}]},
                           {"type": "text", "text": "Rain and 8°C."}]},
              {"uuid": "m3", "sender": "human", "created_at": "2025-05-01T10:01:00Z", "parent_message_uuid": "m2", "text": "And Bergen?", "content": []},
              {"uuid": "m4", "sender": "assistant", "created_at": "2025-05-01T10:01:05Z", "parent_message_uuid": "m3", "text": "Old answer", "content": []},
              {"uuid": "m5", "sender": "human", "created_at": "2025-05-01T10:02:00Z", "parent_message_uuid": "m2", "text": "And Trondheim?", "content": []},
              {"uuid": "m6", "sender": "assistant", "created_at": "2025-05-01T10:02:05Z", "parent_message_uuid": "m5", "text": "Snow.", "content": [{"type": "text", "text": "Snow."}]}
            ]}]
            """
        let folder = temporaryFolder()
        try json.write(toFile: folder + "/conversations.json", atomically: true, encoding: .utf8)
        let c = try #require(try importAll([folder]).0.first)
        #expect(c.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant, .human, .assistant])
        #expect(!c.turns.contains { $0.text.contains("Bergen") || $0.text.contains("hmm") })
        #expect(c.turns[0].text.contains("Trip on Friday"))
        #expect(c.turns[1].toolCalls.first?.id == "tu1")
        #expect(c.turns[2].toolCallID == "tu1")
        let cases = CaseBuilder.cases(from: c)
        #expect(cases.count == 2)
        #expect(cases[0].reply == "Let me look.\n\nRain and 8°C.")
        #expect(cases[0].value.recordedCalls.first?.result == .string("Rain, 8°C"))
        #expect(cases[1].value.prompt == .string("And Trondheim?"))
    }

    @Test func anUnknownSenderIsAProblemNamingTheField() throws {
        let folder = temporaryFolder()
        try #"[{"uuid": "c", "chat_messages": [{"sender": "robot", "text": "x"}]}]"#.write(toFile: folder + "/c.json", atomically: true, encoding: .utf8)
        let (_, tally) = try importAll([folder])
        #expect(tally.problems.first?.field == "chat_messages[0].sender")
    }
}
