import Foundation
import ReplayCore

/// Finished answers by request, so an interrupted `record` resumes without calling the model
/// again for cases already answered: `.replay/cache/responses/<ab>/<key>.json`, one file per
/// answer, written atomically (a temporary file renamed into place). The key hashes the
/// provider's identity (kind and endpoint, never the key) and the exact request.
public struct ResponseCache: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    public static func key(provider identity: String, request: ModelRequest) -> String {
        SHA256.hex(identity + "\n" + request.key)
    }

    private func path(_ key: String) -> String { "\(folder)/\(key.prefix(2))/\(key).json" }

    /// The cached answer, or nil (a missing or unreadable entry is a miss).
    public func read(_ key: String) -> ModelResponse? {
        guard let data = FileManager.default.contents(atPath: path(key)),
              let doc = try? JSONParser.parse(String(decoding: data, as: UTF8.self)).json,
              doc["key"]?.stringValue == key else { return nil }
        return doc["response"].flatMap(ModelResponse.init(json:))
    }

    public func write(_ key: String, _ response: ModelResponse) throws {
        let target = path(key)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try writeAtomically(JSONValue.object(["key": .string(key), "response": response.json]).canonical, to: target)
    }
}
