import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct OpenAIChatReaderTests {
    @Test func recognition() throws {
        let log = try #require(try APIFixture.records("openai_chat_log.jsonl").first)
        #expect(OpenAIChatReader.recognizes(log.value) == 3)
        let request = try #require(try APIFixture.records("openai_chat_requests.jsonl").first)
        #expect(OpenAIChatReader.recognizes(request.value) == 3)
        #expect(OpenAIChatReader.recognizes(["model": "llama3", "messages": [["role": "user", "content": "hi"]]]) == 2)
        #expect(OpenAIChatReader.recognizes(try #require(try APIFixture.records("anthropic_messages_log.jsonl").first).value) == 0)
        #expect(OpenAIChatReader.recognizes(try #require(try APIFixture.records("sharegpt_fastchat.json").first).value) == 0)
    }

    @Test func readsTheRecordedToolLoops() throws {
        let all = try APIFixture.read(OpenAIChatReader.self, "openai_chat_log.jsonl")
        #expect(all.count == 7)
        for c in all {
            #expect(c.format == .openaiChat)
            #expect(c.file == "openai_chat_log.jsonl")
            #expect(!c.pendingReply)
            #expect(c.turns.last?.origin == .assistant)
            #expect(c.turns.first?.origin == .human)
        }

        // Streamed (raw SSE body): the tool call reassembled from argument deltas.
        let first = all[0]
        #expect(first.id == "chatcmpl-BWlJBDk2xe66hjff60joVYpXi1hh4")
        #expect(first.location == RecordLocation(line: 1, index: 0, offset: 0))
        #expect(first.model == "gpt-4o-mini")
        #expect(first.created == "2025-05-13T14:54:09Z")
        #expect(first.system == nil)
        #expect(first.tools == [ToolDefinition(name: "multiply", description: "Multiply two numbers.", parameters: [
            "properties": ["a": ["type": "integer"], "b": ["type": "integer"]], "required": ["a", "b"], "type": "object",
        ])])
        #expect(first.turns.map(\.origin) == [.human, .assistant])
        #expect(first.turns[0].content == "What is 1231 * 2331?")
        #expect(first.turns[1].model == "gpt-4o-mini-2024-07-18")
        #expect(first.turns[1].toolCalls == [ToolCall(id: "call_1EYWDzueHEp8OsB8jJSEp7WB", name: "multiply", arguments: ["a": 1231, "b": 2331])])

        // The second call: the empty assistant message is dropped, the tool result names its tool.
        let second = all[1]
        #expect(second.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant])
        #expect(second.turns[1].toolCalls.first?.arguments == ["a": 1231, "b": 2331])
        #expect(second.turns[2].toolCallID == "call_1EYWDzueHEp8OsB8jJSEp7WB")
        #expect(second.turns[2].name == "multiply")
        #expect(second.turns[2].content == "2869461")
        #expect(second.turns[3].text.contains("2,869,461"))

        // Completion objects: a chain of two calls.
        let chain = all[4]
        #expect(chain.id == "chatcmpl-BWpGTZY785VsZipCO0bAvF7Z7tjdA")
        #expect(chain.tools.map(\.name) == ["lookup_population", "can_have_dragons"])
        #expect(chain.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant, .toolResult, .assistant])
        #expect(chain.turns[3].toolCalls == [ToolCall(id: "call_aq9UyiSFkzX6W8Ydc33DoI9Y", name: "can_have_dragons", arguments: ["population": 123124])])
        #expect(chain.turns[4].name == "can_have_dragons")
        #expect(chain.turns[5].content == "YES")
        #expect(chain.turns[5].model == "gpt-4o-mini-2024-07-18")
        #expect(chain.created == "2025-05-13T19:07:37Z")

        // A logged list of chunk objects (another provider: ids "0", name repeated in every chunk).
        let chunks = all[5]
        #expect(chunks.turns[1].toolCalls == [ToolCall(id: "0", name: "llm_version", arguments: .object([:]))])
        #expect(chunks.turns[1].model == "moonshotai/kimi-k2")
        #expect(all[6].turns.last?.text == "The current version of *llm* is **0.fixed-version**.")
    }

    @Test func requestOnlyRecordsArePendingReplies() throws {
        let all = try APIFixture.read(OpenAIChatReader.self, "openai_chat_requests.jsonl")
        #expect(all.count == 7)
        #expect(all.allSatisfy { $0.pendingReply })
        #expect(all[0].turns.map(\.origin) == [.human])
        #expect(all[0].id == "openai_chat_requests.jsonl#0")
        #expect(all[4].turns.last?.origin == .toolResult)
    }

    @Test func systemParametersAndLaterSystemMessages() throws {
        let json = #"""
        {"model":"gpt-4o","temperature":0.2,"top_p":0.9,"max_completion_tokens":300,"seed":7,"stop":"END",
         "messages":[{"role":"developer","content":"Be terse."},{"role":"system","content":[{"type":"text","text":"Use metric units."}]},
           {"role":"user","content":"How far is the moon?"},{"role":"assistant","content":"384,400 km."},
           {"role":"system","content":"Now answer in French."},{"role":"user","content":"Et le soleil ?"}],
         "functions":[{"name":"lookup","description":"Looks up","parameters":{"type":"object","properties":{"q":{"type":"string"}}}}]}
        """#
        var reader = OpenAIChatReader()
        let c = try #require(try reader.read(try APIFixture.record(json)).first)
        #expect(c.system == "Be terse.\n\nUse metric units.")
        #expect(c.turns.map(\.origin) == [.human, .assistant, .system, .human])
        #expect(c.turns[2].content == "Now answer in French.")
        #expect(c.parameters == SamplingParameters(temperature: 0.2, topP: 0.9, maxTokens: 300, seed: 7, stop: ["END"]))
        #expect(c.tools.map(\.name) == ["lookup"])
        #expect(c.pendingReply)
    }

    @Test func legacyFunctionCallsAndUnparseableArguments() throws {
        let json = #"""
        {"request":{"model":"gpt-3.5-turbo","messages":[{"role":"user","content":"weather?"},
           {"role":"assistant","content":null,"function_call":{"name":"get_weather","arguments":"{\"city\": \"Paris\"}"}},
           {"role":"function","name":"get_weather","content":"rainy"}]},
         "response":{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-3.5-turbo-0613",
           "choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{not json"}}]}}]}}
        """#
        var reader = OpenAIChatReader()
        let c = try #require(try reader.read(try APIFixture.record(json)).first)
        #expect(c.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant])
        #expect(c.turns[1].toolCalls == [ToolCall(name: "get_weather", arguments: ["city": "Paris"])])
        #expect(c.turns[2].name == "get_weather")
        #expect(c.turns[3].toolCalls == [ToolCall(id: "c1", name: "f", arguments: "{not json")])
        #expect(c.created == "2023-11-14T22:13:20Z")
    }

    @Test func crlfStreamsAndChunkRefusals() throws {
        let stream = "event: x\r\ndata: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"}}]}\r\n\r\n"
            + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}},{\"index\":1,\"delta\":{\"content\":\"other choice\"}}]}\r\n\r\ndata: [DONE]\r\n\r\n"
        let record = LogRecord(file: "x.jsonl", location: RecordLocation(line: 1, index: 0), value: [
            "request": ["model": "m", "messages": [["role": "user", "content": "hi"]]], "response": .string(stream),
        ])
        var reader = OpenAIChatReader()
        let c = try #require(try reader.read(record).first)
        #expect(c.turns.last?.content == "Hello")
        #expect(c.id == "c")
    }

    @Test func anErroredResponseIsNeitherAReplyNorPending() throws {
        let json = #"{"request":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]},"response":{"status_code":429,"body":{"error":{"message":"Rate limit"}}}}"#
        var reader = OpenAIChatReader()
        let c = try #require(try reader.read(try APIFixture.record(json)).first)
        #expect(c.turns.map(\.origin) == [.human])
        #expect(!c.pendingReply)
        #expect(c.tags == ["errored"])
    }

    @Test func malformedRecordsNameTheField() throws {
        let p1 = try #require(try APIFixture.problem(OpenAIChatReader.self, #"{"model":"gpt-4o","messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"x"},{"role":"user","content":5}]}"#))
        #expect(p1.field == "messages[2].content")
        #expect(p1.location?.line == 1)
        let p2 = try #require(try APIFixture.problem(OpenAIChatReader.self, #"{"request":{"model":"gpt-4o","messages":[{"content":"hi"}]},"response":null}"#))
        #expect(p2.field == "request.messages[0].role")
        let p3 = try #require(try APIFixture.problem(OpenAIChatReader.self, #"{"model":"gpt-4o","messages":"hi"}"#))
        #expect(p3.field == "messages")
        let p4 = try #require(try APIFixture.problem(OpenAIChatReader.self, #"{"model":"gpt-4o","messages":[{"role":"assistant","tool_calls":[{"id":"x","function":{"arguments":"{}"}}]}]}"#))
        #expect(p4.field == "messages[0].tool_calls[0].function.name")
        let p5 = try #require(try APIFixture.problem(OpenAIChatReader.self, #"{"request":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]},"response":{"id":"x","choices":"no"}}"#))
        #expect(p5.field == "response.choices")
    }
}
