/// Recall per kind and false positives on hard negatives, measured on Fixtures/labelled.jsonl.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct LabelledSetTests {
    static func load() throws -> LabelledSet {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/labelled.jsonl")
        return try LabelledSet(jsonl: String(contentsOf: url, encoding: .utf8))
    }

    @Test("Recall ≥ 0.99 for e-mails, phones, cards and API keys, ≥ 0.95 for the rest; ≤ 1% false positives")
    func recallAndPrecision() throws {
        let set = try Self.load()
        let evaluation = set.evaluate(key: RedactionKey(bytes: Array(repeating: 3, count: 32)))
        print(evaluation.report)
        for miss in evaluation.misses.prefix(20) { print("missed", miss) }
        for example in evaluation.falsePositiveExamples.prefix(20) { print("false positive", example) }
        for kind in PIIKind.allCases {
            let required = [.email, .phone, .card, .apiKey].contains(kind) ? 0.99 : 0.95
            #expect(evaluation.recall(kind) >= required, "\(kind.rawValue) recall \(evaluation.recall(kind))")
        }
        #expect(evaluation.negatives >= 500)
        #expect(evaluation.falsePositiveRate <= 0.01)
        #expect(evaluation.notIdempotent == 0)
    }

    @Test("The set is as large as promised: 300+ of each main kind, 500+ negatives")
    func size() throws {
        let set = try Self.load()
        var counts: [PIIKind: Int] = [:]
        for line in set.lines { for span in line.spans { counts[span.kind, default: 0] += 1 } }
        for kind in [PIIKind.email, .phone, .card, .apiKey] { #expect(counts[kind, default: 0] >= 300) }
        for kind in PIIKind.allCases { #expect(counts[kind, default: 0] >= 100) }
        #expect(set.lines.filter(\.spans.isEmpty).count >= 500)
    }
}
