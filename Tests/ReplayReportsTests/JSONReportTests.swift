import ReplayCore
@testable import ReplayDiff
@testable import ReplayReports
import XCTest

/// The JSON report is printed in pieces on several threads; the pieces must join into exactly the
/// canonical form of the whole report (sorted keys, two-space indent), which parses back.
final class JSONReportTests: XCTestCase {
    static let side = DiffResult.Side(name: "main", commit: String(repeating: "a", count: 40), model: "m", runID: "r1", samples: 1)

    static func caseDiff(_ n: Int) -> CaseDiff {
        var finding = Finding(.refusal, .error, "the candidate refuses \"now\"\n(case \(n))",
                              evidence: [Evidence(.candidate, "I can't help — sorry 🙂"), Evidence(.baseline, "Tab\there")])
        finding.candidateRate = Rate(count: 2, of: 3)
        if n % 4 == 1 { finding.baselineRate = Rate(count: 0, of: 3); finding.withinNoise = true }
        let blocks = [BlockChange(kind: .kept, baseline: "Same.", candidate: "Same.", similarity: 1, changedFacts: []),
                      BlockChange(kind: .reworded, baseline: "Ship on day \(n).", candidate: "Ship on day \(n + 1).", similarity: 0.912345,
                                  changedFacts: [FactChange(kind: .number, from: ["\(n)"], to: ["\(n + 1)"])]),
                      BlockChange(kind: .dropped, baseline: "Gone.", candidate: nil, similarity: nil, changedFacts: [])]
        return CaseDiff(id: String(format: "case-%05d", n), changeClass: n % 3 == 0 ? .regressed : .changed, verdict: n % 3 == 0 ? .fail : .pass,
                        findings: n % 2 == 0 ? [finding] : [], scores: Scores(semantic: 0.5, chrF: 0.25, rougeL: -0.0, baselineWords: n, candidateWords: 3),
                        blocks: n % 5 == 0 ? [] : blocks,
                        noise: n % 6 == 0 ? Noise(baselineSamples: 3, candidateSamples: 3, candidateDistance: 0.123456, baselineSpread: 0.2) : nil,
                        inputChanged: n % 7 == 0,
                        baseline: n % 8 == 3 ? nil : Answer(text: "Ship on day \(n).\n\nGone."),
                        candidate: Answer(text: nil, error: n % 4 == 0 ? "HTTP 500" : nil,
                                          toolCalls: n % 2 == 0 ? [] : [ToolCall(id: "x", name: "lookup", arguments: ["q": "\\", "filters": ["a", 1, ["deep": [:]], []]]),
                                                                        ToolCall(name: "none")]),
                        title: n % 2 == 0 ? "Title \(n)" : nil,
                        judge: n % 3 == 1 ? JudgeVerdict(model: "judge", outcome: .tie, firstOrder: "A", secondOrder: "B", reason: n % 2 == 0 ? "same \"facts\"" : nil) : nil)
    }

    func report(_ count: Int) -> DiffResult {
        DiffResult(baseline: Self.side, candidate: Self.side, cases: (0..<count).map(Self.caseDiff), unchanged: 10, settings: DiffSettings(), embedding: "e")
    }

    func testPrintedInPiecesEqualsTheCanonicalWhole() throws {
        // Empty, one, a chunk's worth, a chunk and one, several chunks.
        for count in [0, 1, 256, 257, 1_000] {
            let r = report(count)
            let printed = JSONReport.render(r)
            XCTAssertEqual(printed, JSONReport.value(r).canonical, "\(count) cases")
            let parsed = try JSONParser.parse(printed).json
            XCTAssertEqual(parsed["cases"]?.arrayValue?.count, count)
            // Worst first, every case once.
            XCTAssertEqual(Set(parsed["cases"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []),
                           Set((0..<count).map { String(format: "case-%05d", $0) }))
            XCTAssertEqual(parsed["format"], "replay-diff/1")
        }
    }

    func testCasesAreIndentedAsTheirDepth() {
        let printed = JSONReport.render(report(2))
        XCTAssertTrue(printed.contains("\n  \"cases\": [\n    {\n      \"baseline\": {\n        \"text\": \"Ship on day 0.\\n\\nGone.\"\n      },"), printed)
        XCTAssertTrue(printed.contains("\n    },\n    {\n      \"baseline\""))
        XCTAssertTrue(printed.contains("\n  ],\n  \"embedding\": \"e\",\n"))
        XCTAssertTrue(printed.hasSuffix("\n}\n"))
    }
}
