import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct HFMessagesReaderTests {
    @Test func recognition() throws {
        #expect(HFMessagesReader.recognizes(try #require(try APIFixture.records("hf_mllm_demo.json").first).value) == 2)
        #expect(HFMessagesReader.recognizes(try #require(try APIFixture.records("hf_v1_sft.jsonl").first).value) == 2)
        #expect(HFMessagesReader.recognizes(["conversation": [["role": "user", "content": "hi"]], "model": "vicuna-13b", "conversation_id": "x"]) == 2)
        #expect(HFMessagesReader.recognizes(try #require(try APIFixture.records("openai_chat_requests.jsonl").first).value) == 0)
    }

    @Test func readsLLaMAFactoryDatasets() throws {
        let mllm = try APIFixture.read(HFMessagesReader.self, "hf_mllm_demo.json")
        #expect(mllm.count == 6)
        #expect(mllm[0].format == .hfMessages)
        #expect(mllm[0].id == "hf_mllm_demo.json#0")
        #expect(mllm[0].turns.map(\.origin) == [.human, .assistant, .human, .assistant])
        #expect(mllm[0].turns[0].content == "<image>Who are they?")
        #expect(!mllm[0].pendingReply)

        // Parts with `value` instead of `text` become plain text.
        let sft = try APIFixture.read(HFMessagesReader.self, "hf_v1_sft.jsonl")
        #expect(sft.count == 10)
        #expect(sft[0].turns.map(\.origin) == [.human, .assistant])
        #expect(sft[0].turns[0].content == "hi")
        #expect(sft[0].turns[1].text.hasPrefix("Hello! I am {{name}}"))
        #expect(sft[0].location.line == 1)
    }

    @Test func lmsysConversationsAndTRLToolCalls() throws {
        var reader = HFMessagesReader()
        let lmsys = try #require(try reader.read(try APIFixture.record(#"{"conversation_id":"abc","model":"vicuna-13b","language":"English","turn":1,"conversation":[{"role":"user","content":"hi"},{"role":"assistant","content":"Hello!"}]}"#)).first)
        #expect(lmsys.id == "abc")
        #expect(lmsys.model == "vicuna-13b")
        #expect(lmsys.turns[1].model == "vicuna-13b")
        #expect(lmsys.tags == ["English"])
        let trl = try #require(try reader.read(try APIFixture.record(#"{"messages":[{"role":"system","content":"Use tools."},{"role":"user","content":"2+2?"},{"role":"assistant","tool_calls":[{"type":"function","function":{"name":"add","arguments":{"a":2,"b":2}}}]},{"role":"tool","name":"add","content":"4"},{"role":"assistant","content":"4"}],"tools":"[{\"type\":\"function\",\"function\":{\"name\":\"add\",\"parameters\":{\"type\":\"object\"}}}]"}"#)).first)
        #expect(trl.system == "Use tools.")
        #expect(trl.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant])
        #expect(trl.turns[1].toolCalls == [ToolCall(name: "add", arguments: ["a": 2, "b": 2])])
        #expect(trl.tools == [ToolDefinition(name: "add", parameters: ["type": "object"])])
    }

    @Test func malformedRecordsNameTheField() throws {
        let p1 = try #require(try APIFixture.problem(HFMessagesReader.self, #"{"messages":[{"role":"wizard","content":"x"}]}"#))
        #expect(p1.field == "messages[0].role")
        let p2 = try #require(try APIFixture.problem(HFMessagesReader.self, #"{"messages":[]}"#))
        #expect(p2.field == "messages")
        let p3 = try #require(try APIFixture.problem(HFMessagesReader.self, #"{"text":"no messages here"}"#))
        #expect(p3.field == "messages")
    }
}
