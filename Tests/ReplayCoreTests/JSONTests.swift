import Testing
@testable import ReplayCore

@Suite("JSON parsing and canonical form")
struct JSONTests {
    @Test("values keep the line they were written on")
    func lines() throws {
        let doc = try JSONParser.parse("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    \"x\"\n  ]\n}")
        guard case .object(let members) = doc.kind else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyLine == 2)
        guard case .array(let items) = members[1].value.kind else { Issue.record("not an array"); return }
        #expect(items.map(\.line) == [4, 5])
    }

    @Test("syntax errors name line and column", arguments: [
        ("{\"a\": 1,}", 1, "expected a quoted key"),
        ("{\n\"a\": tru}", 2, "invalid literal"),
        ("[1, 2", 1, "unexpected end of input"),
        ("{\"a\": 01}", 1, "leading zero"),
        ("\"abc", 1, "unterminated string"),
        ("{} x", 1, "unexpected text after"),
    ])
    func errors(text: String, line: Int, message: String) {
        #expect(throws: SyntaxError.self) { try JSONParser.parse(text) }
        do { _ = try JSONParser.parse(text) } catch {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test("strings decode escapes and surrogate pairs")
    func escapes() throws {
        let doc = try JSONParser.parse(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#)
        #expect(doc.json == .string("a\"b\\c/d\né😀"))
        #expect(throws: SyntaxError.self) { try JSONParser.parse(#""\ud83d""#) }
    }

    @Test("numbers: integers stay integers, fractions become doubles")
    func numbers() throws {
        #expect(try JSONParser.parse("42").json == .int(42))
        #expect(try JSONParser.parse("-0.5e1").json == .double(-5))
        #expect(try JSONParser.parse("1.25").json == .double(1.25))
    }

    @Test("canonical JSON sorts keys, prints integral doubles as integers and ends with a newline")
    func canonical() {
        let value: JSONValue = ["b": 1.0, "a": ["z": "é\n", "y": .null], "c": [true, 0.1]]
        #expect(value.canonical == """
            {
              "a": {
                "y": null,
                "z": "é\\n"
              },
              "b": 1,
              "c": [
                true,
                0.1
              ]
            }

            """)
        #expect(value.compact == #"{"a":{"y":null,"z":"é\n"},"b":1,"c":[true,0.1]}"#)
    }

    @Test("the canonical writer prints what the value prints, at any depth")
    func canonicalWriter() {
        func write(_ v: JSONValue, _ w: inout CanonicalWriter) {
            switch v {
            case .array(let items):
                w.beginArray()
                for item in items { write(item, &w) }
                w.endArray()
            case .object(let members):
                w.beginObject()
                for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                    w.key(key)
                    write(members[key]!, &w)
                }
                w.endObject()
            case .string(let s): w.string(s)
            default: w.value(v)
            }
        }
        let values: [JSONValue] = [
            ["b": [1, 2.5, [], [:], ["x": [[], [true, nil]]]], "a": "é\n\"", "ä": ["z": [:], "y": [[1]]]], [], [:], "only", [[[]]],
        ]
        for value in values {
            var w = CanonicalWriter()
            write(value, &w)
            #expect(String(decoding: w.bytes, as: UTF8.self) + "\n" == value.canonical)
            // Nested two levels deep, as a report prints its cases.
            var nested = CanonicalWriter(depth: 2)
            write(value, &nested)
            var expected: [UInt8] = []
            value.appendIndented(to: &expected, depth: 2)
            #expect(nested.bytes == expected)
        }
        // Members with no value are left out.
        var w = CanonicalWriter()
        w.beginObject()
        w.member("a", nil)
        w.member("b", string: nil)
        w.member("c", string: "x")
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "{\n  \"c\": \"x\"\n}")
    }

    @Test("canonical output parses back to the same value")
    func roundTrip() throws {
        let value: JSONValue = ["text": "tab\tquote\"ctl\u{01}", "n": -3, "list": [[], [:], 2.5]]
        #expect(try JSONParser.parse(value.canonical).json == value)
        #expect(try JSONParser.parse(value.compact).json == value)
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test("matches the FIPS 180-4 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(input: String, digest: String) {
        #expect(SHA256.hex(input) == digest)
    }

    @Test("a million 'a's")
    func long() {
        var hasher = SHA256()
        hasher.update([UInt8](repeating: 0x61, count: 1_000_000))
        #expect(hasher.finalize().hexString == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite("Timestamps")
struct TimestampTests {
    @Test("UTC formatting")
    func formats() {
        #expect(Timestamp.iso8601(0) == "1970-01-01T00:00:00Z")
        #expect(Timestamp.iso8601(1_780_000_000) == "2026-05-28T20:26:40Z")
        #expect(Timestamp.compact(951_782_400) == "20000229T000000Z")
        #expect(Timestamp.short(1_780_000_000) == "2026-05-28 20:26")
    }
}

@Suite struct CompactCaseBytesTests {
    @Test func theDirectWriterGivesTheSameBytesAsTheCompactJSON() {
        let full = Case(id: "c-1", title: "T \"q\"", tags: ["a", "b"], system: .file(path: "p.md", text: "sys\n"),
                        context: [Message(role: .user, content: "hi"),
                                  Message(role: .assistant, content: "", toolCalls: [ToolCall(id: "1", name: "f", arguments: ["x": 1])]),
                                  Message(role: .tool, content: [["type": "text", "text": "r"]], name: "f", toolCallID: "1")],
                        prompt: "go\u{1}", tools: [ToolDefinition(name: "f", description: "d")],
                        recordedCalls: [RecordedCall(name: "f", arguments: [:], result: "ok")],
                        parameters: SamplingParameters(temperature: 0.5, seed: 3, stop: ["x"]),
                        expect: Expectations(mustInclude: ["m"]), provenance: ["source": "s", "turn": 2])
        for c in [full, Case(id: "bare", prompt: "p"), Case(id: "inline", system: .inline("s"), prompt: [["type": "text", "text": "t"]])] {
            var bytes: [UInt8] = []
            c.appendCompactJSON(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == c.json.compact)
        }
    }
}
