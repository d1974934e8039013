import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct OpenAIFineTuneReaderTests {
    @Test func recognition() throws {
        #expect(OpenAIFineTuneReader.recognizes(try #require(try APIFixture.records("openai_finetune.jsonl").first).value) == 2)
        #expect(OpenAIFineTuneReader.recognizes(["input": ["messages": [["role": "user", "content": "hi"]]], "preferred_output": [], "non_preferred_output": []]) == 3)
        #expect(OpenAIFineTuneReader.recognizes(try #require(try APIFixture.records("openai_chat_requests.jsonl").first).value) == 0)
    }

    @Test func readsTrainingExamples() throws {
        let all = try APIFixture.read(OpenAIFineTuneReader.self, "openai_finetune.jsonl")
        #expect(all.count == 3)
        let chain = all[0]
        #expect(chain.format == .openaiFineTune)
        #expect(chain.id == "openai_finetune.jsonl#0")
        #expect(chain.system == "Answer questions about fictional countries.")
        #expect(chain.tools.map(\.name) == ["lookup_population", "can_have_dragons"])
        #expect(chain.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant, .toolResult, .assistant])
        #expect(chain.turns[1].toolCalls.first?.id == "call_TTY8UFNo7rNCaOBUNtlRSvMG")
        #expect(chain.turns[2].name == "lookup_population")
        #expect(chain.turns[5].content == "YES")
        #expect(!chain.pendingReply)
        #expect(all[1].turns.last?.text.contains("2,869,461") == true)
        #expect(all[2].turns.map(\.origin) == [.human, .assistant])
    }

    @Test func preferenceExamplesUseThePreferredOutput() throws {
        var reader = OpenAIFineTuneReader()
        let c = try #require(try reader.read(try APIFixture.record(#"{"input":{"messages":[{"role":"user","content":"Hello"}],"tools":[]},"preferred_output":[{"role":"assistant","content":"Hi there!"}],"non_preferred_output":[{"role":"assistant","content":"What?"}]}"#)).first)
        #expect(c.turns.map(\.content) == ["Hello", "Hi there!"])
    }

    @Test func malformedRecordsNameTheField() throws {
        let p1 = try #require(try APIFixture.problem(OpenAIFineTuneReader.self, #"{"messages":[{"role":"user"}]}"#))
        #expect(p1.field == "messages[0].content")
        let p2 = try #require(try APIFixture.problem(OpenAIFineTuneReader.self, #"{"messages":[{"role":"user","content":"x"},{"role":"assistant","tool_calls":{"id":"1"}}]}"#))
        #expect(p2.field == "messages[1].tool_calls")
    }
}
