import ReplayCore
import ReplayDiff

/// Reads a case's stored folder as the diff sees it: its input and its answers (`output.md` +
/// `response.json`, then `output.2.md` + `response.2.json`… for repeated samples).
enum StoredAnswers {
    static func side(_ files: [String: [UInt8]]) -> CaseSide {
        let input = files[CaseResult.inputFile].flatMap { try? JSONParser.parse(String(decoding: $0, as: UTF8.self)).json } ?? .null
        var samples: [Answer] = []
        var k = 1
        while true {
            let output = CaseResult.sampleFile(CaseResult.outputFile, k), response = CaseResult.sampleFile(CaseResult.responseFile, k)
            guard files[output] != nil || files[response] != nil else { break }
            let r = files[response].flatMap { try? JSONParser.parse(String(decoding: $0, as: UTF8.self)).json } ?? .null
            let calls = r["tool_calls"]?.arrayValue?.compactMap { call in
                call["name"]?.stringValue.map { ToolCall(id: call["id"]?.stringValue, name: $0, arguments: call["arguments"] ?? .object([:])) }
            } ?? []
            let text = files[output].map { String(decoding: $0, as: UTF8.self) }
            samples.append(Answer(text: text, error: text == nil ? (r["error"]?.stringValue ?? "no answer stored") : nil,
                                  toolCalls: calls, finishReason: r["finish_reason"]?.stringValue,
                                  trajectory: r["trajectory"]?.arrayValue?.compactMap(ToolStep.init(json:)) ?? []))
            k += 1
        }
        return CaseSide(input: input, samples: samples)
    }
}
