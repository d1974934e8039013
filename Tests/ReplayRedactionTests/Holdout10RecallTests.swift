/// Recall per kind and false positives on hard negatives, measured on a TENTH held-out set
/// (Fixtures/holdout10/holdout10.jsonl, built by make-holdout10.py by another author who did not open the detectors,
/// the scanner, the earlier sets or their generators; see its README). Half of its positive lines are everyday
/// chat in 27 languages, half pasted technical material and agent transcripts. Measured once, on the redactor
/// after holdout9's fixes (commit 10aefbe); then used to fix its phone categories (spent).
///
/// Scoring as `HeldOutSet` does (found: the value gone and a placeholder of its kind in the line; removed: gone).
/// The thresholds are the counts measured then: regression guards, not targets.
/// `HOLDOUT10_VERBOSE=1 swift test --filter Holdout10RecallTests` prints every miss and false positive.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct Holdout10RecallTests {
    /// Only the four measured kinds; the others have no spans in this set.
    static let expectedSpans: [PIIKind: Int] = [
        .email: 286, .phone: 282, .card: 327, .apiKey: 249, .secret: 0,
        .governmentID: 0, .ipAddress: 0, .user: 0, .accountID: 0, .name: 0,
    ]
    /// Measured once when the set was merged (phone 279 found; see Fixtures/holdout10/README.md), then raised after
    /// fixing its phone categories: the set is spent, these are regression floors only.
    static let expectedFound: [PIIKind: Int] = [.email: 286, .phone: 281, .card: 327, .apiKey: 244]
    static let expectedRemoved: [PIIKind: Int] = [.email: 286, .phone: 281, .card: 327, .apiKey: 249]
    static let expectedNegativeLines = 360
    /// A ceiling: hard-negative lines the redactor changed when measured.
    static let expectedFalsePositiveLines = 17

    @Test func recallAndFalsePositives() throws {
        try HeldOutSet(name: "holdout10", expectedSpans: Self.expectedSpans, expectedFound: Self.expectedFound,
                       expectedRemoved: Self.expectedRemoved, expectedNegativeLines: Self.expectedNegativeLines,
                       expectedFalsePositiveLines: Self.expectedFalsePositiveLines).measureAndCheck()
    }
}
