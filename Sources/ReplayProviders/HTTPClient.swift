import Foundation
import ReplayCore

/// A response as received.
public struct HTTPResponse: Sendable {
    public let status: Int
    /// Header names lowercased.
    public let headers: [String: String]
    public let body: [UInt8]

    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// The one way the providers speak HTTP (tests substitute it or point it at local servers).
public protocol HTTPClient: Sendable {
    func post(_ url: URL, headers: [String: String], body: [UInt8], timeout: Double) async throws -> HTTPResponse
    /// Releases connections and threads; the client is not used afterwards.
    func shutdown() async
}

extension HTTPClient {
    public func shutdown() async {}
}

/// A timeout as a user reads it: whole seconds without a fraction ("30"), else one decimal ("2.5").
public func timeoutText(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
}

extension HTTPClient {
    /// POSTs a JSON body and reads a model's answer: an HTTP error becomes a `ProviderError`
    /// (with Retry-After), an event stream goes to `streamed`, one JSON document to `plain`.
    func answer(_ url: URL, headers: [String: String], body: JSONValue, timeout: Double,
                plain: ([UInt8]) throws -> ModelResponse, streamed: ([UInt8]) throws -> ModelResponse) async throws -> ModelResponse {
        let response = try await post(url, headers: headers, body: Array(body.compact.utf8), timeout: timeout)
        guard (200..<300).contains(response.status) else {
            throw ProviderError.http(status: response.status, body: response.body, retryAfter: retryAfterSeconds(response.headers))
        }
        if ServerSentEvents.looksLikeStream(response.body, contentType: response.headers["content-type"]) {
            return try streamed(response.body)
        }
        return try plain(response.body)
    }
}

/// Seconds from a Retry-After header (delta-seconds; HTTP dates are read as "soon").
func retryAfterSeconds(_ headers: [String: String]) -> Double? {
    if let ms = headers["retry-after-ms"], let value = Double(ms) { return value / 1000 }
    guard let value = headers["retry-after"] else { return nil }
    if let seconds = Double(value.trimmingCharacters(in: .whitespaces)) { return max(0, seconds) }
    return 1
}
