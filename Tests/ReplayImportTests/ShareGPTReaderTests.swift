import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct ShareGPTReaderTests {
    @Test func recognition() throws {
        #expect(ShareGPTReader.recognizes(try #require(try APIFixture.records("sharegpt_fastchat.json").first).value) == 3)
        #expect(ShareGPTReader.recognizes(try #require(try APIFixture.records("sharegpt_glaive_tools.json").first).value) == 3)
        #expect(ShareGPTReader.recognizes(["messages": [["from": "human", "value": "hi"]]]) == 2)
        #expect(ShareGPTReader.recognizes(try #require(try APIFixture.records("hf_mllm_demo.json").first).value) == 0)
    }

    @Test func readsFastChatConversations() throws {
        let all = try APIFixture.read(ShareGPTReader.self, "sharegpt_fastchat.json")
        #expect(all.map(\.id) == ["identity_0", "identity_1", "identity_2", "identity_3", "identity_4"])
        let first = all[0]
        #expect(first.format == .sharegpt)
        #expect(first.location.index == 0)
        #expect(first.turns.map(\.origin) == [.human, .assistant, .human, .assistant])
        #expect(first.turns[0].content == "Who are you?")
        #expect(first.turns[3].content == "You too!")
        #expect(all.allSatisfy { !$0.pendingReply && $0.model == nil })
    }

    @Test func readsFunctionCallsAndObservations() throws {
        let all = try APIFixture.read(ShareGPTReader.self, "sharegpt_glaive_tools.json")
        #expect(all.count == 6)
        #expect(all[0].id == "sharegpt_glaive_tools.json#0")
        #expect(all[0].tools.map(\.name) == ["search_recipes"])
        #expect(all[0].tools.first?.parameters["required"] == ["ingredients"])
        #expect(all[0].turns.map(\.origin) == [.human, .assistant, .human, .assistant, .toolResult, .assistant, .human, .assistant])
        #expect(all[0].turns[3].toolCalls == [ToolCall(name: "search_recipes", arguments: ["ingredients": ["chicken", "bell peppers", "rice"]])])
        #expect(all[0].turns[3].content == "")
        #expect(all[0].turns[4].name == "search_recipes")
        #expect(all[0].turns[4].text.hasPrefix("{\"recipes\""))
        #expect(all[1].tools.isEmpty)
        let area = all[3]
        #expect(area.tools.map(\.name) == ["calculate_area", "calculate_discount"])
        #expect(area.turns.filter { $0.origin == .toolResult }.count == 3)
        #expect(area.turns[1].toolCalls.first?.arguments == ["shape": "rectangle", "dimensions": [5, 3]])
    }

    @Test func systemAndParallelCalls() throws {
        let json = #"{"system":"Be kind.","conversations":[{"from":"human","value":"Weather in Paris and Rome?"},{"from":"function_call","value":"[{\"name\":\"w\",\"arguments\":{\"city\":\"Paris\"}},{\"name\":\"w\",\"arguments\":{\"city\":\"Rome\"}}]"},{"from":"observation","value":"[\"rain\",\"sun\"]"},{"from":"gpt","value":"Rain in Paris, sun in Rome."}]}"#
        var reader = ShareGPTReader()
        let c = try #require(try reader.read(try APIFixture.record(json)).first)
        #expect(c.system == "Be kind.")
        #expect(c.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant])
        #expect(c.turns[1].toolCalls.map(\.arguments) == [["city": "Paris"], ["city": "Rome"]])
    }

    @Test func malformedRecordsNameTheField() throws {
        let p1 = try #require(try APIFixture.problem(ShareGPTReader.self, #"{"conversations":[{"from":"human","value":1}]}"#))
        #expect(p1.field == "conversations[0].value")
        let p2 = try #require(try APIFixture.problem(ShareGPTReader.self, #"{"conversations":[{"from":"human","value":"hi"},{"from":"function_call","value":"search(q)"}]}"#))
        #expect(p2.field == "conversations[1].value")
        let p3 = try #require(try APIFixture.problem(ShareGPTReader.self, #"{"conversations":[{"from":"narrator","value":"Once"}]}"#))
        #expect(p3.field == "conversations[0].from")
        let p4 = try #require(try APIFixture.problem(ShareGPTReader.self, #"{"conversations":{"from":"human"}}"#))
        #expect(p4.field == "conversations")
    }
}
