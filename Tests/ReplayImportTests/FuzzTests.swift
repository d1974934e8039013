import Foundation
import ReplayCore
import Testing
@testable import ReplayImport

/// Property: no input crashes the importer. Truncated, garbled and shape-shifted logs end in
/// skipped records or a clear error, never a trap.
@Suite struct FuzzTests {
    /// Random JSON values built from the keys and shapes logs use, so mutations reach deep into
    /// the readers rather than failing at the first field.
    struct Shapes {
        var rng: SplitMix64
        static let keys = ["mapping", "current_node", "message", "author", "role", "content", "parts", "content_type", "parent",
                           "children", "chat_messages", "sender", "text", "uuid", "parent_message_uuid", "messages", "tool_calls",
                           "tool_call_id", "function", "arguments", "name", "type", "input", "output", "response", "body", "custom_id",
                           "result", "conversations", "from", "value", "sessionId", "payload", "resourceSpans", "attributes", "id",
                           "model", "system", "tools", "created_at", "create_time", "metadata", "recipient", "attachments", "choices"]
        static let strings = ["user", "assistant", "system", "tool", "human", "gpt", "text", "tool_use", "tool_result", "multimodal_text",
                              "a", "", "x\u{0}y", "😀", "node-1", "root"]

        mutating func value(depth: Int) -> JSONValue {
            let r = rng.next() % (depth > 4 ? 5 : 8)
            switch r {
            case 0: return .null
            case 1: return .bool(rng.next() % 2 == 0)
            case 2: return .int(Int(truncatingIfNeeded: rng.next() % 2000) - 1000)
            case 3: return .double(Double(rng.next() % 1000) / 7)
            case 4: return .string(Self.strings[Int(rng.next() % UInt64(Self.strings.count))])
            case 5, 6:
                var o: [String: JSONValue] = [:]
                for _ in 0..<(rng.next() % 6) { o[Self.keys[Int(rng.next() % UInt64(Self.keys.count))]] = value(depth: depth + 1) }
                return .object(o)
            default:
                return .array((0..<(rng.next() % 5)).map { _ in value(depth: depth + 1) })
            }
        }
    }

    @Test func readersTakeAnyValueWithoutCrashing() {
        var shapes = Shapes(rng: SplitMix64(seed: 99))
        for type in LogFormats.readers {
            var reader = type.init()
            for i in 0..<400 {
                let record = LogRecord(file: "fuzz.jsonl", location: RecordLocation(line: i + 1, index: i), value: shapes.value(depth: 0))
                _ = type.recognizes(record.value)
                if let conversations = try? reader.read(record) {
                    for c in conversations {
                        // Whatever a reader made of it, the cases are valid case file entries.
                        for built in CaseBuilder.cases(from: c) {
                            #expect(CaseDecoder.problems(of: built.value.json, file: "fuzz", line: 1).isEmpty, "\(built.value.json.compact)")
                        }
                    }
                }
            }
            _ = try? reader.endOfFile("fuzz.jsonl")
            _ = try? reader.finishing()
        }
    }

    @Test func truncatedAndGarbledFilesEndInProblemsOrAnError() throws {
        let folder = temporaryFolder()
        var rng = SplitMix64(seed: 7)
        // (The second sample is 87 KB: fewer rounds keep the debug-build test short.)
        let samples = [(fixtures + "/chatgpt/conversations.json", 150), (fixtures + "/claude/simonw_claude-to-sqlite_artifacts.json", 30)]
        for (sample, rounds) in samples {
            let original = Array(try Data(contentsOf: URL(fileURLWithPath: sample)))
            for i in 0..<rounds {
                var bytes = original
                switch i % 3 {
                case 0: bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))
                case 1:
                    for _ in 0..<(1 + rng.next() % 8) {
                        let at = Int(rng.next() % UInt64(bytes.count))
                        bytes[at] = [0x7B, 0x7D, 0x5B, 0x5D, 0x22, 0x2C, 0x5C, 0x00, 0xFF, 0x3A][Int(rng.next() % 10)]
                    }
                default:
                    let at = Int(rng.next() % UInt64(bytes.count))
                    bytes.removeSubrange(at..<min(bytes.count, at + Int(rng.next() % 200)))
                }
                let path = folder + "/f\(i).json"
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                do {
                    let (conversations, _) = try importAll([path])
                    for c in conversations { _ = CaseBuilder.cases(from: c) }
                } catch is ImportError {
                    // A clear error for the whole file is a fine outcome.
                }
            }
        }
    }
}
