/// Recall per kind and false positives on hard negatives, measured on a FIFTH held-out set
/// (Fixtures/holdout5/holdout5.jsonl, built by make-holdout5.py by another author who did not open the detectors,
/// the scanner, the earlier sets or their generators; see its README). Measured once, on the redactor after the
/// holdout4 fixes: its figures are the honest ones until someone tunes on it.
///
/// Scoring as `HeldOutSet` does (found: the value gone and a placeholder of its kind in the line; removed: gone).
/// The thresholds are the counts measured then: regression guards, not targets.
/// `HOLDOUT5_VERBOSE=1 swift test --filter Holdout5RecallTests` prints every miss and false positive.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct Holdout5RecallTests {
    static let expectedSpans: [PIIKind: Int] = [
        .email: 388, .phone: 443, .card: 358, .apiKey: 456, .secret: 91,
        .governmentID: 75, .ipAddress: 55, .user: 48, .accountID: 43, .name: 98,
    ]
    /// Measured once when the set was merged (see Fixtures/holdout5/README.md), then raised after fixing its miss
    /// categories: the set is spent, these are regression floors only.
    static let expectedFound: [PIIKind: Int] = [
        .email: 388, .phone: 417, .card: 350, .apiKey: 441, .secret: 24,
        .governmentID: 59, .ipAddress: 55, .user: 30, .accountID: 20, .name: 20,
    ]
    static let expectedRemoved: [PIIKind: Int] = [
        .email: 388, .phone: 417, .card: 350, .apiKey: 447, .secret: 29,
        .governmentID: 59, .ipAddress: 55, .user: 30, .accountID: 20, .name: 20,
    ]
    static let expectedNegativeLines = 600
    /// A ceiling: hard-negative lines the redactor changed when measured.
    static let expectedFalsePositiveLines = 58

    @Test func recallAndFalsePositives() throws {
        try HeldOutSet(name: "holdout5", expectedSpans: Self.expectedSpans, expectedFound: Self.expectedFound,
                       expectedRemoved: Self.expectedRemoved, expectedNegativeLines: Self.expectedNegativeLines,
                       expectedFalsePositiveLines: Self.expectedFalsePositiveLines).measureAndCheck()
    }
}
