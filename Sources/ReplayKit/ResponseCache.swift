import Foundation
import ReplayCore

/// Finished answers by request, so an interrupted `record` resumes without calling the model
/// again for cases already answered. One append-only JSONL file,
/// `.replay/cache/responses.jsonl`: each answer is one line written with a single `write(2)` on
/// a descriptor opened with O_APPEND the moment it arrives (no file per answer: creating files
/// was most of the CPU a recording spent). A line cut short by a kill is ignored when read. The
/// key hashes the provider's identity (kind and endpoint, never the key) and the exact request.
public final class ResponseCache: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var descriptor: Int32 = -1
    private var entries: [String: ModelResponse] = [:]

    /// The key of a request to a provider: its identity (kind and endpoint, never the key) and the
    /// exact request.
    public static func key(identity: String, requestJSON compact: String) -> String {
        SHA256.hex(identity + "\n" + SHA256.hex(compact))
    }

    /// Opens (creating if needed) the cache in `folder` and reads what it holds.
    public init(folder: String) throws {
        path = folder + "/responses.jsonl"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let data = FileManager.default.contents(atPath: path) {
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let doc = try? JSONParser.parse(String(decoding: line, as: UTF8.self)).json,
                      let key = doc["key"]?.stringValue, let response = doc["response"].flatMap(ModelResponse.init(json:)) else { continue }
                entries[key] = response
            }
        }
        descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ReplayError("cannot write the response cache \(path): \(String(cString: strerror(errno)))") }
        // A line cut short by a kill must not swallow the next one.
        if let data = FileManager.default.contents(atPath: path), let last = data.last, last != UInt8(ascii: "\n") {
            _ = "\n".withCString { Foundation.write(descriptor, $0, 1) }
        }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    public var count: Int { lock.withLock { entries.count } }

    /// The cached answer, or nil.
    public func read(_ key: String) -> ModelResponse? { lock.withLock { entries[key] } }

    /// Records an answer: one line, one write.
    public func write(_ key: String, _ response: ModelResponse) throws {
        let line = Array((JSONValue.object(["key": .string(key), "response": response.json]).compact + "\n").utf8)
        try lock.withLock {
            entries[key] = response
            let written = line.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written == line.count else {
                throw ReplayError("cannot write the response cache \(path): \(String(cString: strerror(errno)))")
            }
        }
    }
}
