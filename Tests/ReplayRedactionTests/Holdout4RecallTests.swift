/// Recall per kind and false positives on hard negatives, measured on a FOURTH held-out set
/// (Fixtures/holdout4/holdout4.jsonl, built by make-holdout4.py by another author who did not open the detectors,
/// the scanner, the earlier sets or their generators; see its README). Measured once, on the redactor after the
/// holdout3 fixes: its figures are the honest ones until someone tunes on it.
///
/// Scoring as `HeldOutSet` does (found: the value gone and a placeholder of its kind in the line; removed: gone).
/// The thresholds are the counts measured then: regression guards, not targets.
/// `HOLDOUT4_VERBOSE=1 swift test --filter Holdout4RecallTests` prints every miss and false positive.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct Holdout4RecallTests {
    static let expectedSpans: [PIIKind: Int] = [
        .email: 320, .phone: 320, .card: 281, .apiKey: 400, .secret: 280,
        .governmentID: 250, .ipAddress: 60, .user: 61, .accountID: 61, .name: 172,
    ]
    /// Measured once when the set was merged (see Fixtures/holdout4/README.md), then raised after fixing its miss
    /// categories: the set is spent, these are regression floors only.
    static let expectedFound: [PIIKind: Int] = [
        .email: 320, .phone: 285, .card: 275, .apiKey: 386, .secret: 97,
        .governmentID: 120, .ipAddress: 60, .user: 18, .accountID: 17, .name: 38,
    ]
    static let expectedRemoved: [PIIKind: Int] = [
        .email: 320, .phone: 286, .card: 275, .apiKey: 391, .secret: 112,
        .governmentID: 123, .ipAddress: 60, .user: 18, .accountID: 17, .name: 38,
    ]
    static let expectedNegativeLines = 600
    /// A ceiling: hard-negative lines the redactor changed when measured.
    static let expectedFalsePositiveLines = 131

    @Test func recallAndFalsePositives() throws {
        try HeldOutSet(name: "holdout4", expectedSpans: Self.expectedSpans, expectedFound: Self.expectedFound,
                       expectedRemoved: Self.expectedRemoved, expectedNegativeLines: Self.expectedNegativeLines,
                       expectedFalsePositiveLines: Self.expectedFalsePositiveLines).measureAndCheck()
    }
}
