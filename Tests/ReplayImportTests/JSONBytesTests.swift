import ReplayCore
import Testing
@testable import ReplayImport

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
}
