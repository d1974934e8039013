import ReplayCore

/// Why a model call failed, and whether trying again can help.
public struct ProviderError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// 429: slow down (and wait `retryAfter` seconds when the server says so).
        case rateLimited
        /// 5xx, or a 529-style overload.
        case server
        /// The connection failed or dropped.
        case network
        /// No complete answer within the per-request timeout.
        case timeout
        /// 401/403: the key is missing, wrong or lacks access. Stops the whole run.
        case authentication
        /// Another 4xx: the request itself is wrong; retrying will not help.
        case rejected
        /// The answer could not be read (truncated or malformed JSON, unexpected shape).
        case malformed
        /// A cassette has no answer for this request.
        case notRecorded
        /// A command provider's program failed.
        case program
    }

    public let kind: Kind
    public let message: String
    /// HTTP status, where there was one.
    public let status: Int?
    /// Seconds the server asked to wait (Retry-After).
    public let retryAfter: Double?

    public init(_ kind: Kind, _ message: String, status: Int? = nil, retryAfter: Double? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
        self.retryAfter = retryAfter
    }

    /// Worth another attempt: rate limits, server errors, network errors, timeouts and malformed
    /// answers (a truncated body is usually a dropped connection).
    public var isRetryable: Bool {
        switch kind {
        case .rateLimited, .server, .network, .timeout, .malformed: return true
        case .authentication, .rejected, .notRecorded, .program: return false
        }
    }

    public var description: String { message }

    /// The error for an HTTP status that is not a success, with the body's own message if any.
    public static func http(status: Int, body: [UInt8], retryAfter: Double?) -> ProviderError {
        var detail = ""
        if let doc = try? JSONParser.parse(String(decoding: body, as: UTF8.self)).json {
            detail = doc["error"]?["message"]?.stringValue ?? doc["error"]?.stringValue ?? doc["message"]?.stringValue ?? ""
        }
        let suffix = detail.isEmpty ? "" : ": \(detail.prefix(300))"
        switch status {
        case 401, 403:
            return ProviderError(.authentication, "HTTP \(status) (not authorized)\(suffix)", status: status)
        case 429:
            return ProviderError(.rateLimited, "HTTP 429 (rate limited)\(suffix)", status: status, retryAfter: retryAfter)
        case 408:
            return ProviderError(.timeout, "HTTP 408 (request timeout)\(suffix)", status: status, retryAfter: retryAfter)
        case 500...599:
            return ProviderError(.server, "HTTP \(status) from the provider\(suffix)", status: status, retryAfter: retryAfter)
        default:
            return ProviderError(.rejected, "HTTP \(status) (request rejected)\(suffix)", status: status)
        }
    }
}

/// Something that answers model requests.
public protocol ModelProvider: Sendable {
    /// The provider's kind (`openai`, `anthropic`, `command`, `cassette`), part of cache keys.
    var kind: String { get }
    func complete(_ request: ModelRequest, timeout: Double) async throws -> ModelResponse
}
