import ReplayCore
import ReplayDiff
import ReplayGit
import ReplayStore

/// Reads a case's stored folder as the diff sees it: its input and its answers (`output.md` +
/// `response.json`, then `output.2.md` + `response.2.json`… for repeated samples).
enum StoredAnswers {
    static func side(_ files: [String: [UInt8]]) -> CaseSide {
        side(has: { files[$0] != nil }, json: { files[$0].map(parse) ?? .null }, text: { files[$0].map { String(decoding: $0, as: UTF8.self) } })
    }

    /// A stored JSON file (written by replay, so valid); anything unreadable reads as null.
    static func parse(_ bytes: [UInt8]) -> JSONValue {
        (try? JSONBytes.parse(bytes)) ?? .null
    }

    static func side(has: (String) -> Bool, json: (String) throws -> JSONValue, text: (String) throws -> String?) rethrows -> CaseSide {
        let input = try json(CaseResult.inputFile)
        var samples: [Answer] = []
        var k = 1
        while true {
            let output = CaseResult.sampleFile(CaseResult.outputFile, k), response = CaseResult.sampleFile(CaseResult.responseFile, k)
            guard has(output) || has(response) else { break }
            let r = try json(response)
            let calls = r["tool_calls"]?.arrayValue?.compactMap { call in
                call["name"]?.stringValue.map { ToolCall(id: call["id"]?.stringValue, name: $0, arguments: call["arguments"] ?? .object([:])) }
            } ?? []
            let text = try text(output)
            samples.append(Answer(text: text, error: text == nil ? (r["error"]?.stringValue ?? "no answer stored") : nil,
                                  toolCalls: calls, finishReason: r["finish_reason"]?.stringValue,
                                  trajectory: r["trajectory"]?.arrayValue?.compactMap(ToolStep.init(json:)) ?? []))
            k += 1
        }
        return CaseSide(input: input, samples: samples)
    }

    /// Reads case folders for one thread, parsing each JSON file once: the two runs of a diff share
    /// most inputs (and often responses) blob for blob, so the second side costs an id lookup.
    final class Reader {
        let store: SnapshotStore
        private var parsed: [ObjectID: JSONValue] = [:]

        init(_ store: SnapshotStore) { self.store = store }

        /// A folder's side; `files` are its blob ids when the caller has them (from `changed`).
        func side(folder: ObjectID, files: [String: ObjectID]? = nil) throws -> CaseSide {
            let ids = try files ?? store.caseFileIDs(folder: folder)
            return try StoredAnswers.side(has: { ids[$0] != nil }, json: { name in
                guard let id = ids[name] else { return .null }
                if let known = parsed[id] { return known }
                // A bounded memo: enough for both sides of the cases in flight and shared files.
                if parsed.count >= 4096 { parsed.removeAll(keepingCapacity: true) }
                let value = StoredAnswers.parse(try store.blob(id))
                parsed[id] = value
                return value
            }, text: { name in try ids[name].map { String(decoding: try store.blob($0), as: UTF8.self) } })
        }
    }
}
