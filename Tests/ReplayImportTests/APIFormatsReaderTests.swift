import Foundation
import ReplayCore
import Testing
@testable import ReplayImport

/// Loading the API-log fixtures as records, and running readers over them.
enum APIFixture {
    static var readers: [any RecordReader.Type] { [
        OpenAIChatReader.self, OpenAIResponsesReader.self, OpenAIBatchReader.self, OpenAIFineTuneReader.self,
        AnthropicMessagesReader.self, AnthropicBatchReader.self, ShareGPTReader.self, HFMessagesReader.self, OTelReader.self,
    ] }

    /// Each fixture and the format it is in.
    static let files: [(String, LogFormatID)] = [
        ("openai_chat_log.jsonl", .openaiChat), ("openai_chat_requests.jsonl", .openaiChat),
        ("openai_responses_log.jsonl", .openaiResponses), ("openai_responses_requests.jsonl", .openaiResponses),
        ("openai_batch_input.jsonl", .openaiBatch), ("openai_batch_output.jsonl", .openaiBatch),
        ("openai_finetune.jsonl", .openaiFineTune),
        ("anthropic_messages_log.jsonl", .anthropicMessages), ("anthropic_requests.jsonl", .anthropicMessages),
        ("anthropic_batch_requests.jsonl", .anthropicBatch), ("anthropic_batch_results.jsonl", .anthropicBatch),
        ("sharegpt_fastchat.json", .sharegpt), ("sharegpt_glaive_tools.json", .sharegpt),
        ("hf_mllm_demo.json", .hfMessages), ("hf_v1_sft.jsonl", .hfMessages),
        ("otel_export.json", .otel), ("otel_spans.jsonl", .otel),
    ]

    static func path(_ name: String) -> String { (Bundle.module.resourcePath ?? ".") + "/Fixtures/api/" + name }

    /// A fixture's records: JSONL lines, the elements of a top-level array, or the whole object.
    static func records(_ name: String) throws -> [LogRecord] {
        let data = try #require(FileManager.default.contents(atPath: path(name)), "fixture \(name) is missing")
        let bytes = [UInt8](data)
        if name.hasSuffix(".jsonl") {
            var out: [LogRecord] = []
            var start = 0
            var line = 1
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                if i > start {
                    let value = try JSONBytes.parse(bytes[start..<i])
                    out.append(LogRecord(file: name, location: RecordLocation(line: line, index: out.count, offset: start), value: value))
                }
                start = i + 1
                line += 1
            }
            return out
        }
        let value = try JSONBytes.parse(bytes)
        if case .array(let items) = value {
            return items.enumerated().map { LogRecord(file: name, location: RecordLocation(index: $0.offset), value: $0.element) }
        }
        return [LogRecord(file: name, location: RecordLocation(index: 0), value: value)]
    }

    /// Runs a reader over files in order: records, end of each file, end of the import.
    static func read<R: RecordReader>(_ reader: inout R, _ names: [String]) throws -> [ImportedConversation] {
        var out: [ImportedConversation] = []
        for name in names {
            for record in try records(name) { out += try reader.read(record) }
            out += try reader.endOfFile(name)
        }
        out += try reader.finish()
        return out
    }

    static func read<R: RecordReader>(_ type: R.Type, _ names: String...) throws -> [ImportedConversation] {
        var reader = R()
        return try read(&reader, names)
    }

    static func record(_ json: String, file: String = "inline.jsonl", line: Int = 1) throws -> LogRecord {
        LogRecord(file: file, location: RecordLocation(line: line, index: line - 1), value: try JSONBytes.parse(Array(json.utf8)))
    }

    /// The problem a reader throws for one record.
    static func problem<R: RecordReader>(_ type: R.Type, _ json: String) throws -> RecordProblem? {
        var reader = R()
        do {
            _ = try reader.read(try record(json))
            return nil
        } catch let problem as RecordProblem {
            return problem
        }
    }
}

/// A small deterministic random generator (SplitMix64) for the mutation test.
struct APIFuzzRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct APIFormatsReaderTests {
    @Test func eachFixtureIsRecognizedBestByItsOwnReader() throws {
        for (name, format) in APIFixture.files {
            let first = try #require(try APIFixture.records(name).first)
            let scores = APIFixture.readers.map { ($0.format, $0.recognizes(first.value)) }
            let own = scores.first { $0.0 == format }?.1 ?? 0
            #expect(own >= 2, "\(name): \(format) scores only \(own)")
            for (other, score) in scores where other != format {
                #expect(score < own, "\(name): \(other) scores \(score), as high as \(format) (\(own))")
            }
        }
    }

    @Test func everyRecordOfEveryFixtureIsRecognizedByItsReader() throws {
        for (name, format) in APIFixture.files {
            let reader = try #require(APIFixture.readers.first { $0.format == format })
            for record in try APIFixture.records(name) {
                // At least as a generic shape (a plain fine-tuning line is just `messages`).
                #expect(reader.recognizes(record.value) >= 1, "\(name) \(record.location)")
            }
        }
    }

    @Test func shapesOfOtherFormatsScoreZero() throws {
        let others: [JSONValue] = [
            ["mapping": ["a": ["message": nil]], "current_node": "a", "title": "ChatGPT export"],
            ["uuid": "x", "chat_messages": [["sender": "human", "text": "hi"]]],
            ["type": "user", "message": ["role": "user", "content": "hi"], "sessionId": "s", "uuid": "u"],
            ["timestamp": "2025-01-01T00:00:00Z", "type": "session_meta", "payload": ["id": "x"]],
            "just a string", 42, [1, 2, 3], nil,
        ]
        for value in others {
            for reader in APIFixture.readers {
                #expect(reader.recognizes(value) == 0, "\(reader.format) recognizes \(value.compact)")
            }
        }
    }

    @Test func aPlainRequestWithoutModelIsOnlyAGenericShape() {
        let plain: JSONValue = ["messages": [["role": "user", "content": "hi"], ["role": "assistant", "content": "hello"]]]
        #expect(OpenAIChatReader.recognizes(plain) == 1)
        #expect(OpenAIFineTuneReader.recognizes(plain) == 1)
        #expect(HFMessagesReader.recognizes(plain) == 1)
        #expect(AnthropicMessagesReader.recognizes(plain) == 1)
        let fineTune: JSONValue = ["messages": [["role": "user", "content": "hi"], ["role": "assistant", "content": "hello", "weight": 1]]]
        #expect(OpenAIFineTuneReader.recognizes(fineTune) == 2)
        #expect(OpenAIChatReader.recognizes(fineTune) == 1)
        let claude: JSONValue = ["model": "claude-3-5-haiku-latest", "max_tokens": 100, "messages": [["role": "user", "content": "hi"]]]
        #expect(AnthropicMessagesReader.recognizes(claude) > OpenAIChatReader.recognizes(claude))
        let gpt: JSONValue = ["model": "gpt-4o", "max_tokens": 100, "messages": [["role": "user", "content": "hi"]]]
        #expect(OpenAIChatReader.recognizes(gpt) > AnthropicMessagesReader.recognizes(gpt))
    }

    @Test func inlineBase64IsNeverKept() throws {
        let big = String(repeating: "QUJD", count: 300_000)
        let json = #"{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","text":"what is this"},"#
            + #"{"type":"image_url","image_url":{"url":"data:image/jpeg;base64,\#(big)"}},"#
            + #"{"type":"input_audio","input_audio":{"data":"\#(big)","format":"wav"}},"#
            + #"{"type":"file","file":{"filename":"a.pdf","file_data":"data:application/pdf;base64,\#(big)"}},"#
            + #"{"type":"mystery","payload":"\#(big)"}]}]}"#
        var reader = OpenAIChatReader()
        let c = try #require(try reader.read(try APIFixture.record(json)).first)
        let content = c.turns[0].content
        #expect(content.compact.utf8.count < 2000)
        #expect(content == [
            ["type": "text", "text": "what is this"],
            ["type": "image", "omitted": "base64, 900000 bytes", "media_type": "image/jpeg"],
            ["type": "audio", "omitted": "base64, 900000 bytes", "media_type": "wav"],
            ["type": "file", "omitted": "base64, 900000 bytes", "media_type": "application/pdf", "filename": "a.pdf"],
            ["type": "mystery", "payload": ["type": "data", "omitted": "base64, 900000 bytes"]],
        ])
        #expect(c.turns[0].text == "what is this")
    }

    /// Every reader over 1200 mutated records (random values, fields of the wrong type,
    /// truncated lists, removed keys): problems are fine, crashes are not.
    @Test func mutatedRecordsNeverCrashAnyReader() throws {
        var rng = APIFuzzRandom(state: 0x5EED_F00D)
        var seeds: [JSONValue] = []
        for (name, _) in APIFixture.files { seeds += try APIFixture.records(name).map(\.value) }
        // OTLP exports are one big record: also mutate their spans one by one.
        for record in try APIFixture.records("otel_export.json") {
            for span in record.value["resourceSpans"]?.arrayValue?.first?["scopeSpans"]?.arrayValue?.first?["spans"]?.arrayValue ?? [] {
                seeds.append(["resourceSpans": [["scopeSpans": [["spans": [span]]]]]])
            }
        }
        var read = 0
        for round in 0..<1200 {
            let seed = seeds[Int(rng.next() % UInt64(seeds.count))]
            var value = seed
            for _ in 0..<(1 + Int(rng.next() % 4)) { value = mutate(value, &rng, depth: 0) }
            let record = LogRecord(file: "fuzz.jsonl", location: RecordLocation(line: round + 1, index: round), value: value)
            for type in APIFixture.readers {
                _ = type.recognizes(value)
                read += readOnce(type, record)
            }
        }
        #expect(read > 0)
    }

    private func readOnce<R: RecordReader>(_ type: R.Type, _ record: LogRecord) -> Int {
        var reader = R()
        var n = 0
        if let out = try? reader.read(record) { n += out.count }
        if let out = try? reader.endOfFile(record.file) { n += out.count }
        if let out = try? reader.finish() { n += out.count }
        return n
    }

    private func randomValue(_ rng: inout APIFuzzRandom, depth: Int) -> JSONValue {
        switch rng.next() % (depth > 2 ? 6 : 8) {
        case 0: return nil
        case 1: return .bool(rng.next() % 2 == 0)
        case 2: return .int(Int(truncatingIfNeeded: rng.next()))
        case 3: return .double(Double(rng.next() % 1000) / 7)
        case 4: return ["", "user", "assistant", "tool", "data:image/png;base64,AAAA", "{\"a\":", "data: {\"x\":1}\n\n", "[DONE]", "function_call",
                        "tool_use", "text", "9999999999999999999"][Int(rng.next() % 12)]
        case 5: return .string(String(repeating: "x", count: Int(rng.next() % 50)))
        case 6: return .array((0..<Int(rng.next() % 4)).map { _ in randomValue(&rng, depth: depth + 1) })
        default:
            let keys = ["role", "content", "type", "messages", "text", "id", "name", "arguments", "tool_calls", "input", "output", "parts", "choices",
                        "delta", "index", "body", "response", "result", "custom_id", "from", "value", "attributes", "spans"]
            var o: [String: JSONValue] = [:]
            for _ in 0..<Int(rng.next() % 4) { o[keys[Int(rng.next() % UInt64(keys.count))]] = randomValue(&rng, depth: depth + 1) }
            return .object(o)
        }
    }

    private func mutate(_ v: JSONValue, _ rng: inout APIFuzzRandom, depth: Int) -> JSONValue {
        let roll = rng.next() % 10
        switch v {
        case .object(var o) where !o.isEmpty && roll < 8:
            let keys = o.keys.sorted()
            let key = keys[Int(rng.next() % UInt64(keys.count))]
            switch rng.next() % 5 {
            case 0: o[key] = nil
            case 1: o[key] = randomValue(&rng, depth: depth)
            default: o[key] = mutate(o[key] ?? nil, &rng, depth: depth + 1)
            }
            return .object(o)
        case .array(var a) where !a.isEmpty && roll < 8:
            switch rng.next() % 5 {
            case 0: a.removeLast(Int(rng.next() % UInt64(a.count)) + 1)  // truncated
            case 1: a.insert(randomValue(&rng, depth: depth), at: Int(rng.next() % UInt64(a.count + 1)))
            default:
                let i = Int(rng.next() % UInt64(a.count))
                a[i] = mutate(a[i], &rng, depth: depth + 1)
            }
            return .array(a)
        case .string(let s) where roll < 5:
            return .string(String(s.prefix(Int(rng.next() % UInt64(s.count + 1)))))  // truncated text (JSON, SSE)
        default:
            return randomValue(&rng, depth: depth)
        }
    }
}
