/// Recall per kind and false positives on hard negatives, measured on a SEVENTH held-out set
/// (Fixtures/holdout7/holdout7.jsonl, built by make-holdout7.py by another author who did not open the detectors,
/// the scanner, the earlier sets or their generators; see its README). Measured once, on the redactor after the
/// holdout6 fixes: its figures are the honest ones until someone tunes on it.
///
/// Scoring as `HeldOutSet` does (found: the value gone and a placeholder of its kind in the line; removed: gone).
/// The thresholds are the counts measured then: regression guards, not targets.
/// `HOLDOUT7_VERBOSE=1 swift test --filter Holdout7RecallTests` prints every miss and false positive.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct Holdout7RecallTests {
    /// Only the four measured kinds; the others have no spans in this set.
    static let expectedSpans: [PIIKind: Int] = [
        .email: 303, .phone: 353, .card: 300, .apiKey: 353, .secret: 0,
        .governmentID: 0, .ipAddress: 0, .user: 0, .accountID: 0, .name: 0,
    ]
    /// Measured once when the set was merged (see Fixtures/holdout7/README.md), then raised after fixing some of its
    /// miss categories: the set is spent, these are regression floors only.
    static let expectedFound: [PIIKind: Int] = [.email: 303, .phone: 325, .card: 299, .apiKey: 329]
    static let expectedRemoved: [PIIKind: Int] = [.email: 303, .phone: 325, .card: 299, .apiKey: 333]
    static let expectedNegativeLines = 400
    /// A ceiling: hard-negative lines the redactor changed when measured.
    static let expectedFalsePositiveLines = 41

    @Test func recallAndFalsePositives() throws {
        try HeldOutSet(name: "holdout7", expectedSpans: Self.expectedSpans, expectedFound: Self.expectedFound,
                       expectedRemoved: Self.expectedRemoved, expectedNegativeLines: Self.expectedNegativeLines,
                       expectedFalsePositiveLines: Self.expectedFalsePositiveLines).measureAndCheck()
    }
}
