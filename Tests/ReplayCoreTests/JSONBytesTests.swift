@testable import ReplayCore
import Testing

@Suite struct JSONBytesTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONBytes.parse(Array(#"{"a": [1, -2.5, 3e2, true, false, null], "s": "x\"y\\n\u00e9\ud83d\ude00", "o": {}}"#.utf8))
        #expect(v["a"] == [1, -2.5, 300.0, true, false, nil])
        #expect(v["s"] == .string("x\"y\\né😀"))
        #expect(v["o"] == .object([:]))
    }

    @Test func errorsGiveTheByteOffset() {
        #expect(throws: JSONBytes.Error(offset: 7, message: "expected ',' or '}' in an object")) {
            try JSONBytes.parse(Array(#"{"a":1 "b":2}"#.utf8))
        }
        #expect(throws: JSONBytes.Error.self) { try JSONBytes.parse(Array("{\"a\": \"tab\there\"}".utf8)) }
        #expect(throws: JSONBytes.Error.self) { try JSONBytes.parse(Array("[1,2".utf8)) }
        #expect(throws: JSONBytes.Error.self) { try JSONBytes.parse(Array("01".utf8)) }
    }

    @Test func aLoneSurrogateBecomesTheReplacementCharacter() throws {
        #expect(try JSONBytes.parse(Array(#""\ud800x""#.utf8)) == .string("\u{FFFD}x"))
    }

    /// What replay stores (canonical JSON, pretty or compact) reads back the same through the fast
    /// parser as through the line-keeping one: the diff reads stored files with the fast one.
    @Test func readsStoredJSONAsTheLineKeepingParserDoes() throws {
        var generator = SystemRandomNumberGenerator()
        func value(_ depth: Int) -> JSONValue {
            switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &generator) {
            case 0: return .null
            case 1: return .bool(Bool.random(using: &generator))
            case 2: return .int(Int.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator))
            case 3: return .double(Double.random(in: -1e6...1e6, using: &generator))
            case 4:
                let pieces = ["a", "é", "😀", "\"", "\\", "\n", "\t", "\u{01}", " ", "/", "\u{2028}", "中"]
                return .string((0..<Int.random(in: 0..<12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
            case 5: return .array((0..<Int.random(in: 0..<5, using: &generator)).map { _ in value(depth + 1) })
            default:
                return .object(Dictionary((0..<Int.random(in: 0..<5, using: &generator)).map { ("k\($0)\(["", "é", " x"].randomElement(using: &generator)!)", value(depth + 1)) },
                                          uniquingKeysWith: { a, _ in a }))
            }
        }
        for _ in 0..<500 {
            let v = value(0)
            for text in [v.canonical, v.compact] {
                let fast = try JSONBytes.parse(Array(text.utf8))
                #expect(fast == (try JSONParser.parse(text).json))
                #expect(fast == v)
            }
        }
    }
}
