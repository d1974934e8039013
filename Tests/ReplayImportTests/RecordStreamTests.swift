import Foundation
import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct RecordStreamTests {
    @Test func anArrayIsSplitIntoItsElements() throws {
        let r = try records(#" [ {"a": "x,]}"}, [1, {"b": [2]}] , "s\"]" ] "#)
        #expect(r.count == 3)
        #expect(try r[0].get().value == ["a": "x,]}"])
        #expect(try r[2].get().value == "s\"]")
        #expect(try r[1].get().location.index == 1)
    }

    @Test func jsonlLinesCarryTheirLineNumbers() throws {
        let r = try records("{\"a\": 1}\n\n{\"a\": 2\n{\"a\": 3}\n")
        #expect(try r[0].get().location.line == 1)
        guard case .failure(let p) = r[1] else { Issue.record("expected a problem"); return }
        #expect(p.location?.line == 3)
        #expect(try r[2].get().location.line == 4)
    }

    @Test func aPrettyPrintedObjectIsOneDocument() throws {
        let r = try records("{\n  \"resourceSpans\": []\n}\n")
        #expect(r.count == 1)
        #expect(try r[0].get().value == ["resourceSpans": []])
    }

    @Test func aTruncatedArrayEndsWithAProblem() throws {
        let r = try records(#"[{"a": 1}, {"b": "#)
        #expect(r.count == 2)
        guard case .failure(let p) = r[1] else { Issue.record("expected a problem"); return }
        #expect(p.message.contains("truncated"))
        #expect(p.location?.index == 1)
    }

    @Test func aBadElementNamesItsLine() throws {
        let r = try records("[\n{\"a\": 1},\n{\"b\": tru}\n]")
        guard case .failure(let p) = r[1] else { Issue.record("expected a problem"); return }
        #expect(p.location?.line == 3)
    }

    @Test func elementsSpanningReadChunksAreWhole() throws {
        // Elements larger than the 1 MiB read size, with escapes at the boundaries.
        let big = String(repeating: "ab\\\"c", count: 300_000)
        let text = "[" + (0..<3).map { "{\"s\": \"\(big)\($0)\"}" }.joined(separator: ",") + "]"
        let r = try records(text)
        #expect(r.count == 3)
        #expect(try r[2].get().value["s"]?.stringValue?.hasSuffix("c2") == true)
    }

    @Test func notJSONIsAnErrorThatSaysWhatToPass() {
        #expect(throws: ImportError.self) { try records("hello") }
    }
}
