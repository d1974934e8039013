import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReplayKit
import ReplayProviders

/// HTTP through Foundation's URLSession (libcurl on Linux): the reference the record benchmark
/// measures `NIOHTTPClient` against (REPLAY_BENCH_URLSESSION=1). `replay` itself does not use it:
/// FoundationNetworking would load libcurl and some thirty libraries behind it into every start of
/// the binary (about 7 ms).
final class URLSessionHTTPClient: HTTPClient, @unchecked Sendable {
    private let session: URLSession

    init(maxConnections: Int = 64) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = maxConnections
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration)
    }

    func post(_ url: URL, headers: [String: String], body: [UInt8], timeout: Double) async throws -> HTTPResponse {
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
                continuation.resume(throwing: ProviderError(.timeout, "no answer within \(timeoutText(timeout)) s from \(host)"))
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
            task.resume()
        }
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
