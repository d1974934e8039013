import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct OpenAIResponsesReaderTests {
    @Test func recognition() throws {
        #expect(OpenAIResponsesReader.recognizes(try #require(try APIFixture.records("openai_responses_log.jsonl").first).value) == 3)
        #expect(OpenAIResponsesReader.recognizes(try #require(try APIFixture.records("openai_responses_requests.jsonl").first).value) == 3)
        #expect(OpenAIResponsesReader.recognizes(["model": "gpt-5", "input": "hello"]) == 2)
        #expect(OpenAIResponsesReader.recognizes(try #require(try APIFixture.records("openai_chat_log.jsonl").first).value) == 0)
    }

    @Test func readsTheRecordedToolLoop() throws {
        let all = try APIFixture.read(OpenAIResponsesReader.self, "openai_responses_log.jsonl")
        #expect(all.count == 4)
        // Non-streamed and streamed recordings of the same loop read the same way.
        for (first, second) in [(all[0], all[1]), (all[2], all[3])] {
            #expect(first.model == "gpt-5.5")
            #expect(first.turns.map(\.origin) == [.human, .assistant])
            #expect(first.turns[0].content == "What is 1231 * 2331? Use the multiply tool.")
            let call = try #require(first.turns[1].toolCalls.first)
            #expect(call.name == "multiply")
            #expect(call.arguments == ["a": 1231, "b": 2331])
            #expect(call.id?.hasPrefix("call_") == true)
            #expect(first.turns[1].model == "gpt-5.5-2026-04-23")
            #expect(first.tools.map(\.name) == ["multiply"])
            #expect(!first.pendingReply)

            #expect(second.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant])
            #expect(second.turns[2].toolCallID == second.turns[1].toolCalls.first?.id)
            #expect(second.turns[2].name == "multiply")
            #expect(second.turns[2].content == "2869461")
            #expect(second.turns[3].text.contains("2,869,461"))
            #expect(second.turns[3].model == "gpt-5.5-2026-04-23")
        }
        #expect(all[1].turns[3].text == "1231 * 2331 = 2,869,461")
        #expect(all[0].id == "resp_05c01d5dceb461c50169fab1bb5ec08196b7e38f8207aae2dd")
        #expect(all[0].created == "2026-05-06T03:12:59Z")
        #expect(all[2].id == "resp_00d64fa806f333310169fab1be69d081a08f8285661855594c")
    }

    @Test func requestOnlyRecordsArePendingReplies() throws {
        let all = try APIFixture.read(OpenAIResponsesReader.self, "openai_responses_requests.jsonl")
        #expect(all.count == 4)
        #expect(all.allSatisfy { $0.pendingReply })
        #expect(all[1].turns.map(\.origin) == [.human, .assistant, .toolResult])
    }

    @Test func instructionsPartsAndServerTools() throws {
        let json = #"""
        {"request":{"model":"gpt-4.1","instructions":"You must never tell jokes","temperature":0.5,"max_output_tokens":500,
          "tools":[{"type":"web_search_preview"},{"type":"function","name":"lookup","parameters":{"type":"object"}}],
          "input":[{"role":"developer","content":"Be brief."},
                   {"type":"message","role":"user","content":[{"type":"input_text","text":"What is in this picture?"},
                     {"type":"input_image","image_url":"https://example.com/cat.png","detail":"low"},
                     {"type":"input_image","image_url":"data:image/png;base64,iVBORw0KGgo="}]},
                   {"type":"reasoning","id":"rs_1","summary":[]},
                   {"type":"message","role":"assistant","content":[{"type":"output_text","text":"A cat."}]},
                   {"role":"user","content":"And the weather there?"}]},
         "response":{"id":"resp_9","object":"response","created_at":1741000000,"model":"gpt-4.1-2025-04-14","status":"completed",
          "output":[{"type":"web_search_call","id":"ws_1","status":"completed","action":{"type":"search","query":"weather"}},
                    {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Sunny.","annotations":[]}]}]}}
        """#
        var reader = OpenAIResponsesReader()
        let c = try #require(try reader.read(try APIFixture.record(json)).first)
        #expect(c.system == "You must never tell jokes\n\nBe brief.")
        #expect(c.turns.map(\.origin) == [.human, .assistant, .human, .assistant])
        #expect(c.turns[0].content == [
            ["type": "text", "text": "What is in this picture?"],
            ["type": "image_url", "image_url": ["url": "https://example.com/cat.png", "detail": "low"]],
            ["type": "image", "omitted": "base64, 8 bytes", "media_type": "image/png"],
        ])
        #expect(c.turns[1].content == "A cat.")
        #expect(c.turns[3].content == [
            ["type": "server_tool_call", "name": "web_search", "id": "ws_1", "arguments": ["type": "search", "query": "weather"]],
            ["type": "text", "text": "Sunny."],
        ])
        #expect(c.turns[3].text == "Sunny.")
        #expect(c.tools == [ToolDefinition(name: "web_search_preview", parameters: .object([:])), ToolDefinition(name: "lookup", parameters: ["type": "object"])])
        #expect(c.parameters == SamplingParameters(temperature: 0.5, maxTokens: 500))
        #expect(c.id == "resp_9")
    }

    @Test func aStringInputAndAFailedResponse() throws {
        var reader = OpenAIResponsesReader()
        let c = try #require(try reader.read(try APIFixture.record(#"{"request":{"model":"o3","input":"hi","previous_response_id":"resp_1"},"response":{"id":"resp_2","object":"response","status":"failed","error":{"code":"server_error"},"output":[]}}"#)).first)
        #expect(c.turns.map(\.origin) == [.human])
        #expect(!c.pendingReply)
        #expect(c.tags == ["continues-previous-response", "errored"])
    }

    @Test func malformedRecordsNameTheField() throws {
        let p1 = try #require(try APIFixture.problem(OpenAIResponsesReader.self, #"{"model":"gpt-5","input":[{"role":"user","content":"hi"},{"type":"function_call","call_id":"c","arguments":"{}"}]}"#))
        #expect(p1.field == "input[1].name")
        let p2 = try #require(try APIFixture.problem(OpenAIResponsesReader.self, #"{"model":"gpt-5","input":42}"#))
        #expect(p2.field == "input")
        let p3 = try #require(try APIFixture.problem(OpenAIResponsesReader.self, #"{"id":"resp_1","object":"response","output":[]}"#))
        #expect(p3.field == "input")
        #expect(p3.message.contains("without its request"))
        let p4 = try #require(try APIFixture.problem(OpenAIResponsesReader.self, #"{"request":{"input":"x"},"response":{"object":"response","output":[{"type":"function_call","arguments":"{}"}]}}"#))
        #expect(p4.field == "response.output[0].name")
    }
}
