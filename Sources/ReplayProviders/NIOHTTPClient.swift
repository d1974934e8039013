import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// HTTP through AsyncHTTPClient (SwiftNIO): a connection pool sized to the run's concurrency and
/// little CPU per request. Call `shutdown()` when done.
public final class NIOHTTPClient: ReplayProviders.HTTPClient, Sendable {
    private let client: AsyncHTTPClient.HTTPClient

    public init(maxConnections: Int = 64) {
        var configuration = AsyncHTTPClient.HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, maxConnections))
        configuration.decompression = .enabled(limit: .ratio(100))
        client = AsyncHTTPClient.HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func shutdown() async {
        try? await client.shutdown()
    }

    public func post(_ url: URL, headers: [String: String], body: [UInt8], timeout: Double) async throws -> HTTPResponse {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(body)
        let host = url.host ?? url.absoluteString
        let deadline = NIODeadline.now() + .milliseconds(Int64(timeout * 1000))
        do {
            let response = try await client.execute(request, deadline: deadline)
            let bytes = try await response.body.collect(upTo: 256 << 20)
            var fields: [String: String] = [:]
            for (name, value) in response.headers { fields[name.lowercased()] = value }
            return HTTPResponse(status: Int(response.status.code), headers: fields, body: Array(buffer: bytes))
        } catch let error as HTTPClientError
            where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout || error == .writeTimeout {
            throw ProviderError(.timeout, "no answer within \(timeoutText(timeout)) s from \(host)")
        } catch let error as ProviderError {
            throw error
        } catch {
            throw ProviderError(.network, "cannot reach \(host): \(error)")
        }
    }
}
