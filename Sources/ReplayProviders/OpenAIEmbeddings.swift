import Foundation
import ReplayCore

/// OpenAI-compatible embeddings (`POST {base}/embeddings`), as OpenAI, vLLM, Ollama, llama.cpp's
/// server and text-embeddings-inference speak it: many texts per request, vectors in input order.
public struct OpenAIEmbeddingsClient: Sendable {
    let endpoint: URL
    let model: String
    let apiKey: String?
    let http: any HTTPClient

    public init(baseURL: URL, model: String, apiKey: String?, http: any HTTPClient) {
        endpoint = baseURL.appendingPathComponent("embeddings")
        self.model = model
        self.apiKey = apiKey
        self.http = http
    }

    public func embed(_ texts: [String], timeout: Double) async throws -> [[Float]] {
        var headers = ["content-type": "application/json", "accept": "application/json"]
        if let apiKey, !apiKey.isEmpty { headers["authorization"] = "Bearer \(apiKey)" }
        let body: JSONValue = ["model": .string(model), "input": .array(texts.map(JSONValue.string)), "encoding_format": "float"]
        let response = try await http.post(endpoint, headers: headers, body: Array(body.compact.utf8), timeout: timeout)
        guard (200..<300).contains(response.status) else {
            throw ProviderError.http(status: response.status, body: response.body, retryAfter: nil)
        }
        return try Self.parse(response.body, count: texts.count)
    }

    /// `{"data": [{"index": i, "embedding": [floats]}, ...]}`, reordered by index.
    public static func parse(_ bytes: [UInt8], count: Int) throws -> [[Float]] {
        guard let doc = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)).json, let data = doc["data"]?.arrayValue else {
            throw ProviderError(.malformed, "the embeddings answer is not JSON with a 'data' list; \(bytes.count) bytes received")
        }
        var vectors = [[Float]?](repeating: nil, count: count)
        for (n, item) in data.enumerated() {
            let index = item["index"]?.intValue ?? n
            guard index >= 0, index < count, let values = item["embedding"]?.arrayValue else {
                throw ProviderError(.malformed, "embeddings answer item \(n) has no usable 'index' and 'embedding'")
            }
            vectors[index] = values.map { Float($0.doubleValue ?? 0) }
        }
        guard vectors.allSatisfy({ $0 != nil }) else {
            throw ProviderError(.malformed, "the embeddings answer holds \(data.count) vectors for \(count) texts")
        }
        return vectors.map { $0! }
    }
}
