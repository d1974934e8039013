import Foundation
import ReplayCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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

/// HTTP through Foundation's URLSession (libcurl on Linux): keep-alive, TLS, proxies from the
/// environment. The second implementation: `record` uses `NIOHTTPClient`, which costs half the CPU
/// per request (replay-bench --record; REPLAY_BENCH_URLSESSION=1 measures this one).
public final class URLSessionHTTPClient: HTTPClient, @unchecked Sendable {
    private let session: URLSession

    public init(maxConnections: Int = 64) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = maxConnections
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration)
    }

    public func post(_ url: URL, headers: [String: String], body: [UInt8], timeout: Double) async throws -> HTTPResponse {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = Data(body)
        let host = url.host ?? url.absoluteString
        // The deadline is enforced here: URLRequest's timeout is an idle timeout that
        // FoundationNetworking does not always apply, and a connection the server dropped can
        // otherwise hang for its own default of 60 s.
        let once = Once()
        return try await withCheckedThrowingContinuation { continuation in
            let task = session.dataTask(with: request) { data, response, error in
                guard once.claim() else { return }
                if let error {
                    continuation.resume(throwing: ProviderError(.network, "cannot reach \(host): \(error.localizedDescription)"))
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    continuation.resume(throwing: ProviderError(.malformed, "the answer from \(host) is not HTTP"))
                    return
                }
                var fields: [String: String] = [:]
                for (name, value) in http.allHeaderFields {
                    if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
                }
                continuation.resume(returning: HTTPResponse(status: http.statusCode, headers: fields, body: Array(data ?? Data())))
            }
            let deadline = DispatchWorkItem {
                guard once.claim() else { return }
                task.cancel()
                continuation.resume(throwing: ProviderError(.timeout, "no answer within \(Self.seconds(timeout)) s from \(host)"))
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
            task.resume()
        }
    }

    static func seconds(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// Lets exactly one of several racing callbacks proceed.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = false

    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if taken { return false }
        taken = true
        return true
    }
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
