import Foundation
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
}

/// HTTP through Foundation's URLSession (libcurl on Linux): keep-alive, TLS, proxies from the
/// environment, and no build-time cost beyond the toolchain.
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
        let (data, response): (Data, URLResponse)
        do {
            (data, response) = try await session.data(for: request)
        } catch let error as URLError where error.code == .timedOut {
            throw ProviderError(.timeout, "no answer within \(Int(timeout)) s from \(url.host ?? "the server")")
        } catch let error as URLError {
            throw ProviderError(.network, "cannot reach \(url.host ?? url.absoluteString): \(error.localizedDescription)")
        } catch {
            throw ProviderError(.network, "the request to \(url.host ?? url.absoluteString) failed: \(error.localizedDescription)")
        }
        guard let http = response as? HTTPURLResponse else {
            throw ProviderError(.malformed, "the answer from \(url.host ?? "the server") is not HTTP")
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: Array(data))
    }
}

/// Seconds from a Retry-After header (delta-seconds; HTTP dates are read as "soon").
func retryAfterSeconds(_ headers: [String: String]) -> Double? {
    if let ms = headers["retry-after-ms"], let value = Double(ms) { return value / 1000 }
    guard let value = headers["retry-after"] else { return nil }
    if let seconds = Double(value.trimmingCharacters(in: .whitespaces)) { return max(0, seconds) }
    return 1
}
