import Foundation
import ReplayCore

/// Anthropic's Messages API (`POST {base}/v1/messages`): the system prompt as a top-level field,
/// content blocks, tool results as user-role `tool_result` blocks, `x-api-key` and `anthropic-version`.
public struct AnthropicMessagesProvider: ModelProvider {
    public let kind = "anthropic"
    public static let version = "2023-06-01"
    /// Anthropic requires max_tokens; used when neither the case nor the config sets it.
    public static let defaultMaxTokens = 4096
    let endpoint: URL
    let apiKey: String?
    let http: any HTTPClient
    let stream: Bool

    /// `baseURL` is the API root (e.g. `https://api.anthropic.com`).
    public init(baseURL: URL, apiKey: String?, http: any HTTPClient, stream: Bool = false) {
        endpoint = baseURL.appendingPathComponent("v1/messages")
        self.apiKey = apiKey
        self.http = http
        self.stream = stream
    }

    public func complete(_ request: ModelRequest, timeout: Double) async throws -> ModelResponse {
        var headers = ["content-type": "application/json", "anthropic-version": Self.version]
        if let apiKey, !apiKey.isEmpty { headers["x-api-key"] = apiKey }
        return try await http.answer(endpoint, headers: headers, body: Self.body(request, stream: stream), timeout: timeout,
                                     plain: Self.parse, streamed: Self.parseStream)
    }

    static func blocks(_ content: JSONValue) -> [JSONValue] {
        switch content {
        case .string(let text): return text.isEmpty ? [] : [["type": "text", "text": .string(text)]]
        case .array(let parts):
            return parts.map { part in
                // OpenAI-style text parts become Anthropic text blocks; other blocks pass through.
                if part["type"] == "text", let text = part["text"] { return ["type": "text", "text": text] }
                return part
            }
        default: return []
        }
    }

    /// The request body. Consecutive turns of one role are merged (the API wants alternation),
    /// and tool results become `tool_result` blocks of a user turn.
    public static func body(_ request: ModelRequest, stream: Bool = false) -> JSONValue {
        var turns: [(role: String, blocks: [JSONValue])] = []
        var system = request.system.map { [$0] } ?? []
        for message in request.messages {
            let role: String
            var blocks: [JSONValue]
            switch message.role {
            case .system:
                if let text = message.content.stringValue { system.append(text) }
                continue
            case .user:
                role = "user"
                blocks = Self.blocks(message.content)
            case .assistant:
                role = "assistant"
                blocks = Self.blocks(message.content)
                for (n, call) in message.toolCalls.enumerated() {
                    blocks.append(["type": "tool_use", "id": .string(call.id ?? "toolu_\(n)"), "name": .string(call.name),
                                   "input": call.arguments.objectValue != nil ? call.arguments : .object([:])])
                }
            case .tool:
                role = "user"
                blocks = [["type": "tool_result", "tool_use_id": .string(message.toolCallID ?? ""), "content": message.content]]
            }
            if let last = turns.last, last.role == role {
                turns[turns.count - 1].blocks += blocks
            } else {
                turns.append((role, blocks))
            }
        }
        var body: [String: JSONValue] = [
            "model": .string(request.model),
            "max_tokens": .int(request.parameters.maxTokens ?? defaultMaxTokens),
            "messages": .array(turns.map { ["role": .string($0.role), "content": .array($0.blocks)] }),
        ]
        if !system.isEmpty { body["system"] = .string(system.joined(separator: "\n\n")) }
        if stream { body["stream"] = true }
        if !request.tools.isEmpty {
            body["tools"] = .array(request.tools.map { tool in
                var t: [String: JSONValue] = ["name": .string(tool.name), "input_schema": tool.parameters]
                if let description = tool.description { t["description"] = .string(description) }
                return .object(t)
            })
        }
        let p = request.parameters
        if let t = p.temperature { body["temperature"] = .double(min(t, 1)) }
        if let t = p.topP { body["top_p"] = .double(t) }
        if !p.stop.isEmpty { body["stop_sequences"] = .array(p.stop.map(JSONValue.string)) }
        return .object(body)
    }

    /// Reads a message.
    public static func parse(_ bytes: [UInt8]) throws -> ModelResponse {
        let doc: JSONValue
        do { doc = try JSONParser.parse(String(decoding: bytes, as: UTF8.self)).json } catch {
            throw ProviderError(.malformed, "the message is not valid JSON (\(error.message) at line \(error.line)); \(bytes.count) bytes received")
        }
        guard doc["type"]?.stringValue == "message", let content = doc["content"]?.arrayValue else {
            throw ProviderError(.malformed, "the answer is not a Messages API message (no type \"message\" with content)")
        }
        var text = ""
        var calls: [ToolCall] = []
        for block in content {
            switch block["type"]?.stringValue {
            case "text": text += block["text"]?.stringValue ?? ""
            case "tool_use":
                guard let name = block["name"]?.stringValue else { throw ProviderError(.malformed, "a tool_use block has no name") }
                calls.append(ToolCall(id: block["id"]?.stringValue, name: name, arguments: block["input"] ?? .object([:])))
            default: continue  // thinking, server tool results: not part of the answer's text
            }
        }
        return ModelResponse(text: text, finishReason: doc["stop_reason"]?.stringValue, toolCalls: calls,
                             model: doc["model"]?.stringValue, inputTokens: doc["usage"]?["input_tokens"]?.intValue,
                             outputTokens: doc["usage"]?["output_tokens"]?.intValue)
    }
}
