import Foundation
import ReplayCore

/// Answers from recorded request → response pairs: a JSONL file, one
/// `{"key", "request", "response"}` per line, where `key` is the SHA-256 of the canonical request
/// (`record --save-cassette` writes it). A request the cassette does not hold is an error naming
/// the case — never an empty answer — so CI and pre-commit checks are free and deterministic.
public struct CassetteProvider: ModelProvider {
    public let kind = "cassette"
    let responses: [String: ModelResponse]
    let file: String

    public init(responses: [String: ModelResponse], file: String) {
        self.responses = responses
        self.file = file
    }

    /// Reads a cassette file; every bad line is a problem with its number.
    public static func load(path: String, shownAs file: String) throws -> CassetteProvider {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReplayError("cannot read the cassette \(file)", details: ["record one with `replay record --model NAME --save-cassette \(file)`"])
        }
        var responses: [String: ModelResponse] = [:]
        var problems: [Problem] = []
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) { continue }
            guard let doc = try? JSONParser.parse(String(line)).json, let key = doc["key"]?.stringValue,
                  let response = doc["response"].flatMap(ModelResponse.init(json:)) else {
                problems.append(Problem(file: file, line: n + 1, message: "not a cassette entry",
                                        fix: "each line must be {\"key\": ..., \"request\": ..., \"response\": {\"text\": ...}}"))
                continue
            }
            responses[key] = response
        }
        if !problems.isEmpty { throw ReplayError.problems(problems, in: "the cassette \(file) has", consequence: "nothing was recorded") }
        return CassetteProvider(responses: responses, file: file)
    }

    public func complete(_ request: ModelRequest, timeout: Double) async throws -> ModelResponse {
        guard let response = responses[request.key] else {
            throw ProviderError(.notRecorded, "the cassette \(file) has no answer for this request (key \(request.key.prefix(12))); re-record it with --save-cassette")
        }
        return response
    }

    /// One cassette line.
    public static func entry(_ request: ModelRequest, _ response: ModelResponse) -> String {
        JSONValue.object(["key": .string(request.key), "request": request.json, "response": response.json]).compact
    }
}
