import Foundation
import Testing
import ReplayCore
@testable import ReplayProviders

func fixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
    return Array(try Data(contentsOf: url))
}

func json(_ bytes: [UInt8]) throws -> JSONValue { try JSONParser.parse(String(decoding: bytes, as: UTF8.self)).json }

let crumpetTools = [
    ToolDefinition(name: "lookup_population", description: "Returns the current population of the specified fictional country",
                   parameters: ["properties": ["country": ["type": "string"]], "required": ["country"], "type": "object"]),
    ToolDefinition(name: "can_have_dragons", description: "Returns True if the specified population can have dragons, False otherwise",
                   parameters: ["properties": ["population": ["type": "integer"]], "required": ["population"], "type": "object"]),
]

@Suite("OpenAI Chat Completions wire format (real recorded exchanges)")
struct OpenAIWireTests {
    @Test("a tool-loop request is encoded as the real client sent it")
    func requestBody() throws {
        let request = ModelRequest(model: "gpt-4o-mini", system: nil, messages: [
            Message(role: .user, content: "Can the country of Crumpet have dragons? Answer with only YES or NO"),
            Message(role: .assistant, content: .null, toolCalls: [ToolCall(id: "call_TTY8UFNo7rNCaOBUNtlRSvMG", name: "lookup_population", arguments: ["country": "Crumpet"])]),
            Message(role: .tool, content: "123124", toolCallID: "call_TTY8UFNo7rNCaOBUNtlRSvMG"),
        ], tools: crumpetTools, parameters: .init())
        let ours = OpenAIChatProvider.body(request)
        let theirs = try json(fixture("openai-chain-2.request.json"))
        #expect(ours["model"] == theirs["model"])
        #expect(ours["tools"] == theirs["tools"])
        #expect(ours["stream"] == theirs["stream"])
        let ourMessages = try #require(ours["messages"]?.arrayValue), theirMessages = try #require(theirs["messages"]?.arrayValue)
        #expect(ourMessages.count == theirMessages.count)
        #expect(ourMessages[0] == theirMessages[0])
        #expect(ourMessages[2] == theirMessages[2])
        // The assistant's tool call: same id, type and function, arguments equal as JSON;
        // "content": "" is sent because some servers reject a missing or null content there.
        let ourCall = try #require(ourMessages[1]["tool_calls"]?.arrayValue?.first)
        let theirCall = try #require(theirMessages[1]["tool_calls"]?.arrayValue?.first)
        #expect(ourCall["id"] == theirCall["id"] && ourCall["type"] == theirCall["type"])
        #expect(try JSONParser.parse(ourCall["function"]!["arguments"]!.stringValue!).json
                == JSONParser.parse(theirCall["function"]!["arguments"]!.stringValue!).json)
        #expect(ourMessages[1]["content"] == "")
    }

    @Test("real completions parse into text, tool calls, finish reason, model and usage")
    func responses() throws {
        let first = try OpenAIChatProvider.parse(fixture("openai-chain-1.response.json"))
        #expect(first.toolCalls == [ToolCall(id: "call_TTY8UFNo7rNCaOBUNtlRSvMG", name: "lookup_population", arguments: ["country": "Crumpet"])])
        #expect(first.finishReason == "tool_calls" && first.text == "")
        #expect(first.model == "gpt-4o-mini-2024-07-18" && first.inputTokens == 92 && first.outputTokens == 17)
        let last = try OpenAIChatProvider.parse(fixture("openai-chain-3.response.json"))
        #expect(last.finishReason == "stop" && !last.text.isEmpty && last.toolCalls.isEmpty)
    }

    @Test("a real streamed completion accumulates into the same kind of answer")
    func stream() throws {
        let response = try OpenAIChatProvider.parseStream(fixture("openai-stream-1.response.sse"))
        // This real stream (through OpenRouter) sends no finish_reason at all, only [DONE].
        #expect(response.model == "moonshotai/kimi-k2")
        #expect(response.toolCalls == [ToolCall(id: "0", name: "llm_version", arguments: [:])])
        #expect(response.inputTokens == 57 && response.outputTokens == 17)
    }

    @Test("truncated or malformed bodies are malformed errors, which are retried")
    func malformed() throws {
        let body = try fixture("openai-chain-1.response.json")
        for broken in [Array(body.prefix(body.count / 2)), Array("not json".utf8), Array("{\"choices\": []}".utf8)] {
            do {
                _ = try OpenAIChatProvider.parse(broken)
                Issue.record("parsed a broken body")
            } catch let error as ProviderError {
                #expect(error.kind == .malformed && error.isRetryable)
            }
        }
        let cut = try fixture("openai-stream-1.response.sse").prefix(300)
        #expect(throws: ProviderError.self) { try OpenAIChatProvider.parseStream(Array(cut)) }
    }

    @Test("HTTP statuses map to error kinds; Retry-After is read")
    func statuses() {
        #expect(ProviderError.http(status: 401, body: Array(#"{"error": {"message": "Incorrect API key"}}"#.utf8), retryAfter: nil).kind == .authentication)
        let limited = ProviderError.http(status: 429, body: [], retryAfter: retryAfterSeconds(["retry-after": "7"]))
        #expect(limited.kind == .rateLimited && limited.retryAfter == 7 && limited.isRetryable)
        #expect(ProviderError.http(status: 503, body: [], retryAfter: nil).isRetryable)
        #expect(!ProviderError.http(status: 400, body: [], retryAfter: nil).isRetryable)
        #expect(retryAfterSeconds(["retry-after-ms": "1500"]) == 1.5)
    }
}

@Suite("Anthropic Messages wire format (real recorded exchanges)")
struct AnthropicWireTests {
    @Test("tool_use and tool_result turns are encoded as the real client sent them")
    func requestBody() throws {
        let theirs = try json(fixture("anthropic-tools-2.request.json"))
        let request = ModelRequest(model: "claude-haiku-4-5-20251001", system: nil, messages: [
            Message(role: .user, content: "Two names for a pet pelican"),
            Message(role: .assistant, content: " ", toolCalls: [
                ToolCall(id: "toolu_01LtHJmixrs9NcWQkK8hu8hj", name: "pelican_name_generator", arguments: [:]),
                ToolCall(id: "toolu_01N8a4jWyf116qKTMqKKmjyt", name: "pelican_name_generator", arguments: [:]),
            ]),
            Message(role: .tool, content: "Charles", toolCallID: "toolu_01LtHJmixrs9NcWQkK8hu8hj"),
            Message(role: .tool, content: "Sammy", toolCallID: "toolu_01N8a4jWyf116qKTMqKKmjyt"),
        ], tools: [ToolDefinition(name: "pelican_name_generator", description: "", parameters: ["properties": [:], "type": "object"])],
        parameters: .init(temperature: 1, maxTokens: 8192))
        let ours = AnthropicMessagesProvider.body(request, stream: true)
        #expect(ours["messages"] == theirs["messages"])
        #expect(ours["tools"] == theirs["tools"])
        #expect(ours["max_tokens"] == theirs["max_tokens"] && ours["model"] == theirs["model"] && ours["stream"] == theirs["stream"])
        #expect(ours["temperature"]?.doubleValue == theirs["temperature"]?.doubleValue)
    }

    @Test("the system prompt is a top-level field and max_tokens is always sent")
    func systemAndMaxTokens() {
        let body = AnthropicMessagesProvider.body(ModelRequest(model: "m", system: "Be brief.", messages: [Message(role: .user, content: "Hi")],
                                                               tools: [], parameters: .init(seed: 3, stop: ["END"])))
        #expect(body["system"] == "Be brief.")
        #expect(body["max_tokens"] == .int(AnthropicMessagesProvider.defaultMaxTokens))
        #expect(body["stop_sequences"] == ["END"])
        #expect(body["seed"] == nil)
    }

    @Test("real streamed messages accumulate into tool calls and text with usage")
    func streams() throws {
        let first = try AnthropicMessagesProvider.parseStream(fixture("anthropic-tools-1.response.sse"))
        #expect(first.finishReason == "tool_use")
        #expect(first.toolCalls.first?.name == "pelican_name_generator")
        #expect(first.model == "claude-haiku-4-5-20251001" && first.inputTokens == 542)
        let second = try AnthropicMessagesProvider.parseStream(fixture("anthropic-tools-2.response.sse"))
        #expect(second.text.hasPrefix("Here"))
        #expect(second.toolCalls.isEmpty)
    }

    @Test("a non-streamed message parses text and tool_use blocks")
    func message() throws {
        let body = #"{"id":"msg_1","type":"message","role":"assistant","model":"claude-x","content":[{"type":"text","text":"Looking it up."},{"type":"tool_use","id":"toolu_1","name":"lookup","input":{"q":"x"}}],"stop_reason":"tool_use","usage":{"input_tokens":10,"output_tokens":5}}"#
        let response = try AnthropicMessagesProvider.parse(Array(body.utf8))
        #expect(response.text == "Looking it up.")
        #expect(response.toolCalls == [ToolCall(id: "toolu_1", name: "lookup", arguments: ["q": "x"])])
        #expect(response.outputTokens == 5)
    }
}
