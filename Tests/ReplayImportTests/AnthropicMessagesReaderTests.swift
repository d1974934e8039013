import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct AnthropicMessagesReaderTests {
    @Test func recognition() throws {
        #expect(AnthropicMessagesReader.recognizes(try #require(try APIFixture.records("anthropic_messages_log.jsonl").first).value) == 3)
        #expect(AnthropicMessagesReader.recognizes(try #require(try APIFixture.records("anthropic_requests.jsonl").first).value) == 3)
        #expect(AnthropicMessagesReader.recognizes(["model": "some-model", "max_tokens": 10, "system": "x", "messages": [["role": "user", "content": "hi"]]]) == 3)
        #expect(AnthropicMessagesReader.recognizes(try #require(try APIFixture.records("openai_chat_requests.jsonl").first).value) == 0)
    }

    @Test func readsTheRecordedCalls() throws {
        let all = try APIFixture.read(AnthropicMessagesReader.self, "anthropic_messages_log.jsonl")
        #expect(all.count == 6)
        #expect(all.allSatisfy { !$0.pendingReply && $0.format == .anthropicMessages })

        let prompt = all[0]
        #expect(prompt.id == "msg_017A4s3HAsrqf5d2WvBmrpLr")
        #expect(prompt.model == "claude-sonnet-4-5")
        #expect(prompt.parameters == SamplingParameters(temperature: 1.0, maxTokens: 8192))
        #expect(prompt.turns.map(\.origin) == [.human, .assistant])
        #expect(prompt.turns[0].content == "Two names for a pet pelican, be brief")
        #expect(prompt.turns[1].content == "- Captain\n- Scoop")
        #expect(prompt.turns[1].model == "claude-sonnet-4-5-20250929")
        #expect(prompt.created != nil)

        // Thinking is dropped: only the answer's text.
        #expect(all[1].turns[1].content == "- Captain\n- Scoop")

        // The image's base64 is left out; the reply comes from the raw SSE stream.
        let image = all[2]
        #expect(image.turns[0].content == [
            ["type": "image", "omitted": "base64, 149 bytes", "media_type": "image/png"],
            ["type": "text", "text": "Describe image in three words"],
        ])
        #expect(image.turns[0].text == "Describe image in three words")
        #expect(image.turns[1].content == "Red square, green square.")

        // Tool use: two parallel calls, then their results as a user message of tool_result blocks.
        let tools = all[3]
        #expect(tools.tools == [ToolDefinition(name: "pelican_name_generator", parameters: ["properties": .object([:]), "type": "object"])])
        #expect(tools.turns[1].toolCalls.map(\.id) == ["toolu_01LtHJmixrs9NcWQkK8hu8hj", "toolu_01N8a4jWyf116qKTMqKKmjyt"])
        #expect(tools.turns[1].toolCalls.first?.arguments == .object([:]))
        let loop = all[4]
        #expect(loop.turns.map(\.origin) == [.human, .assistant, .toolResult, .toolResult, .assistant])
        #expect(loop.turns[1].content == "")
        #expect(loop.turns[2].toolCallID == "toolu_01LtHJmixrs9NcWQkK8hu8hj")
        #expect(loop.turns[2].name == "pelican_name_generator")
        #expect(loop.turns[2].content == "Charles")
        #expect(loop.turns[3].content == "Sammy")
        #expect(loop.turns[4].text.contains("**Charles**"))
        #expect(loop.turns[4].model == "claude-haiku-4-5-20251001")

        // Server web search: the tool kept with an empty schema, the call kept as a part, its
        // (encrypted) results left out, the cited text joined into one answer.
        let search = all[5]
        #expect(search.tools == [ToolDefinition(name: "web_search", parameters: .object([:]))])
        let reply = try #require(search.turns.last)
        #expect(reply.toolCalls.isEmpty)
        let parts = try #require(reply.content.arrayValue)
        #expect(parts.first == ["type": "server_tool_use", "name": "web_search", "id": "srvtoolu_01SPfvT38PDPAFnkcrMNGUrM",
                                "input": ["query": "San Francisco weather today"]])
        #expect(parts.count == 2)
        #expect(reply.text.hasSuffix("a Level 1 storm system bringing periods of rain this weekend."))
        #expect(!reply.content.compact.contains("encrypted"))
    }

    @Test func requestOnlyRecordsArePendingReplies() throws {
        let all = try APIFixture.read(AnthropicMessagesReader.self, "anthropic_requests.jsonl")
        #expect(all.count == 6)
        #expect(all.allSatisfy { $0.pendingReply })
        #expect(all[4].turns.last?.origin == .toolResult)
    }

    @Test func systemBlocksAndMixedToolResultsWithText() throws {
        let json = #"""
        {"model":"claude-opus-4-1","max_tokens":1024,"stop_sequences":["###"],"top_p":0.8,
         "system":[{"type":"text","text":"You are a geographer.","cache_control":{"type":"ephemeral"}},{"type":"text","text":"Answer briefly."}],
         "tools":[{"name":"get_weather","description":"Weather for a city","input_schema":{"type":"object","properties":{"city":{"type":"string"}}}}],
         "messages":[{"role":"user","content":"Weather in Paris?"},
           {"role":"assistant","content":[{"type":"thinking","thinking":"hmm","signature":"x"},{"type":"text","text":"Let me check."},{"type":"tool_use","id":"tu_1","name":"get_weather","input":{"city":"Paris"}},{"type":"text","text":"Checking."}]},
           {"role":"user","content":[{"type":"tool_result","tool_use_id":"tu_1","content":[{"type":"text","text":"rainy"}]},{"type":"text","text":"Also, should I bring an umbrella?"}]}]}
        """#
        var reader = AnthropicMessagesReader()
        let c = try #require(try reader.read(try APIFixture.record(json)).first)
        #expect(c.system == "You are a geographer.\n\nAnswer briefly.")
        #expect(c.turns.map(\.origin) == [.human, .assistant, .toolResult, .human])
        #expect(c.turns[1].content == "Let me check.\n\nChecking.")
        #expect(c.turns[1].toolCalls == [ToolCall(id: "tu_1", name: "get_weather", arguments: ["city": "Paris"])])
        #expect(c.turns[2].content == "rainy")
        #expect(c.turns[2].name == "get_weather")
        #expect(c.turns[3].content == "Also, should I bring an umbrella?")
        #expect(c.parameters == SamplingParameters(topP: 0.8, maxTokens: 1024, stop: ["###"]))
        #expect(c.tools.first?.description == "Weather for a city")
        #expect(c.pendingReply)
    }

    @Test func anErrorResponse() throws {
        var reader = AnthropicMessagesReader()
        let c = try #require(try reader.read(try APIFixture.record(#"{"request":{"model":"claude-x","max_tokens":5,"messages":[{"role":"user","content":"hi"}]},"response":{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}}"#)).first)
        #expect(!c.pendingReply)
        #expect(c.tags == ["errored"])
        #expect(c.turns.count == 1)
    }

    @Test func malformedRecordsNameTheField() throws {
        let p1 = try #require(try APIFixture.problem(AnthropicMessagesReader.self, #"{"model":"claude","max_tokens":10,"messages":[{"role":"user","content":[{"type":"tool_result","content":"x"}]}]}"#))
        #expect(p1.field == "messages[0].content[0].tool_use_id")
        let p2 = try #require(try APIFixture.problem(AnthropicMessagesReader.self, #"{"request":{"model":"claude","max_tokens":10,"messages":[{"role":"user","content":null}]}}"#))
        #expect(p2.field == "request.messages[0].content")
        let p3 = try #require(try APIFixture.problem(AnthropicMessagesReader.self, #"{"request":{"model":"claude","max_tokens":10,"messages":[{"role":"user","content":"hi"}]},"response":{"type":"message","role":"assistant","content":[{"type":"tool_use","id":"t"}]}}"#))
        #expect(p3.field == "response.content[0].name")
        let p4 = try #require(try APIFixture.problem(AnthropicMessagesReader.self, #"{"model":"claude","max_tokens":10,"messages":[{"role":"robot","content":"hi"}]}"#))
        #expect(p4.field == "messages[0].role")
    }
}
