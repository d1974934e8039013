import Foundation
import ReplayCore

/// OpenAI Chat Completions (`POST {base}/chat/completions`), as OpenAI, Azure OpenAI, OpenRouter,
/// vLLM, Ollama, llama.cpp's server and LM Studio speak it.
public struct OpenAIChatProvider: ModelProvider {
    public let kind = "openai"
    let endpoint: URL
    let apiKey: String?
    let http: any HTTPClient
    let stream: Bool

    /// `baseURL` ends before `/chat/completions` (e.g. `https://api.openai.com/v1`).
    public init(baseURL: URL, apiKey: String?, http: any HTTPClient, stream: Bool = false) {
        endpoint = baseURL.appendingPathComponent("chat/completions")
        self.apiKey = apiKey
        self.http = http
        self.stream = stream
    }

    public func complete(_ request: ModelRequest, timeout: Double) async throws -> ModelResponse {
        var headers = ["content-type": "application/json", "accept": "application/json"]
        if let apiKey, !apiKey.isEmpty { headers["authorization"] = "Bearer \(apiKey)" }
        return try await http.answer(endpoint, headers: headers, body: Self.body(request, stream: stream), timeout: timeout,
                                     plain: Self.parse, streamed: Self.parseStream)
    }

    /// The request body.
    public static func body(_ request: ModelRequest, stream: Bool = false) -> JSONValue {
        var messages: [JSONValue] = []
        if let system = request.system { messages.append(["role": "system", "content": .string(system)]) }
        for message in request.messages {
            var m: [String: JSONValue] = ["role": .string(message.role.rawValue), "content": message.content]
            if let name = message.name, message.role != .tool { m["name"] = .string(name) }
            if !message.toolCalls.isEmpty {
                // Servers differ on a null content next to tool calls (llama.cpp answers 500): send "".
                if message.content == .null { m["content"] = "" }
                m["tool_calls"] = .array(message.toolCalls.enumerated().map { n, call in
                    ["id": .string(call.id ?? "call_\(n)"), "type": "function",
                     "function": ["name": .string(call.name), "arguments": .string(call.arguments.compact)]]
                })
            }
            if let id = message.toolCallID { m["tool_call_id"] = .string(id) }
            messages.append(.object(m))
        }
        var body: [String: JSONValue] = ["model": .string(request.model), "messages": .array(messages), "stream": .bool(stream)]
        if stream { body["stream_options"] = ["include_usage": true] }
        if !request.tools.isEmpty {
            body["tools"] = .array(request.tools.map { tool in
                var function: [String: JSONValue] = ["name": .string(tool.name), "parameters": tool.parameters]
                if let description = tool.description { function["description"] = .string(description) }
                return ["type": "function", "function": .object(function)]
            })
        }
        let p = request.parameters
        if let t = p.temperature { body["temperature"] = .double(t) }
        if let t = p.topP { body["top_p"] = .double(t) }
        if let t = p.maxTokens { body["max_tokens"] = .int(t) }
        if let s = p.seed { body["seed"] = .int(s) }
        if !p.stop.isEmpty { body["stop"] = .array(p.stop.map(JSONValue.string)) }
        return .object(body)
    }

    /// Reads a chat completion.
    public static func parse(_ bytes: [UInt8]) throws -> ModelResponse {
        let doc: JSONValue
        do { doc = try JSONParser.parse(String(decoding: bytes, as: UTF8.self)).json } catch {
            throw ProviderError(.malformed, "the chat completion is not valid JSON (\(error.message) at line \(error.line)); \(bytes.count) bytes received")
        }
        guard let choice = doc["choices"]?.arrayValue?.first, let message = choice["message"] else {
            throw ProviderError(.malformed, "the chat completion has no choices[0].message")
        }
        var calls: [ToolCall] = []
        for call in message["tool_calls"]?.arrayValue ?? [] {
            guard let name = call["function"]?["name"]?.stringValue else {
                throw ProviderError(.malformed, "a tool call in the chat completion has no function name")
            }
            let raw = call["function"]?["arguments"]
            var arguments: JSONValue = .object([:])
            if let text = raw?.stringValue, !text.isEmpty {
                // Kept as text when it is not JSON, so the diff can show what the model sent.
                arguments = (try? JSONParser.parse(text).json) ?? .string(text)
            } else if let object = raw, object.objectValue != nil {
                arguments = object
            }
            calls.append(ToolCall(id: call["id"]?.stringValue, name: name, arguments: arguments))
        }
        var text = message["content"]?.stringValue ?? ""
        if text.isEmpty, let refusal = message["refusal"]?.stringValue { text = refusal }
        return ModelResponse(text: text, finishReason: choice["finish_reason"]?.stringValue, toolCalls: calls,
                             model: doc["model"]?.stringValue, inputTokens: doc["usage"]?["prompt_tokens"]?.intValue,
                             outputTokens: doc["usage"]?["completion_tokens"]?.intValue)
    }
}
