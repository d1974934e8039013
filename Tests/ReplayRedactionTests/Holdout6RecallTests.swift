/// Recall per kind and false positives on hard negatives, measured on a SIXTH held-out set
/// (Fixtures/holdout6/holdout6.jsonl, built by make-holdout6.py by another author who did not open the detectors,
/// the scanner, the earlier sets or their generators; see its README). Measured once, on the redactor after the
/// holdout5 fixes: its figures are the honest ones until someone tunes on it.
///
/// Scoring as `HeldOutSet` does (found: the value gone and a placeholder of its kind in the line; removed: gone).
/// The thresholds are the counts measured then: regression guards, not targets.
/// `HOLDOUT6_VERBOSE=1 swift test --filter Holdout6RecallTests` prints every miss and false positive.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct Holdout6RecallTests {
    static let expectedSpans: [PIIKind: Int] = [
        .email: 352, .phone: 404, .card: 350, .apiKey: 400, .secret: 60,
        .governmentID: 40, .ipAddress: 30, .user: 25, .accountID: 25, .name: 30,
    ]
    /// Measured once when the set was merged (see Fixtures/holdout6/README.md), then raised after fixing its miss
    /// categories: the set is spent, these are regression floors only.
    static let expectedFound: [PIIKind: Int] = [
        .email: 352, .phone: 386, .card: 348, .apiKey: 353, .secret: 37,
        .governmentID: 40, .ipAddress: 30, .user: 25, .accountID: 7, .name: 21,
    ]
    static let expectedRemoved: [PIIKind: Int] = [
        .email: 352, .phone: 386, .card: 348, .apiKey: 364, .secret: 43,
        .governmentID: 40, .ipAddress: 30, .user: 25, .accountID: 7, .name: 21,
    ]
    static let expectedNegativeLines = 550
    /// A ceiling: hard-negative lines the redactor changed when measured.
    static let expectedFalsePositiveLines = 63

    @Test func recallAndFalsePositives() throws {
        try HeldOutSet(name: "holdout6", expectedSpans: Self.expectedSpans, expectedFound: Self.expectedFound,
                       expectedRemoved: Self.expectedRemoved, expectedNegativeLines: Self.expectedNegativeLines,
                       expectedFalsePositiveLines: Self.expectedFalsePositiveLines).measureAndCheck()
    }
}
