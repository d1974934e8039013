/// Recall per kind and false positives on hard negatives, measured on a EIGHTEENTH held-out set
/// (Fixtures/holdout17/holdout17.jsonl, built by make-holdout17.py by another author who did not open the detectors,
/// the scanner, the earlier sets or their generators; see its README): an ordinary sample of imported history in
/// many languages and developer material, a third of all lines in real log wrappers. Measured once, on the redactor
/// after holdout16's fixes (commit 696218d); then used to fix its categories (spent).
///
/// Scoring as `HeldOutSet` does (found: the value gone and a placeholder of its kind in the line; removed: gone).
/// The thresholds are the counts measured then: regression guards, not targets.
/// `HOLDOUT17_VERBOSE=1 swift test --filter Holdout17RecallTests` prints every miss and false positive.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct Holdout17RecallTests {
    /// Only the four measured kinds; the others have no spans in this set.
    static let expectedSpans: [PIIKind: Int] = [
        .email: 328, .phone: 328, .card: 162, .apiKey: 271, .secret: 0,
        .governmentID: 0, .ipAddress: 0, .user: 0, .accountID: 0, .name: 0,
    ]
    /// Measured once (phone 326, api_key 269 found: every kind at 99% or more; see Fixtures/holdout17/README.md), then
    /// raised after fixing its categories: the set is spent, these are regression floors only.
    static let expectedFound: [PIIKind: Int] = [.email: 328, .phone: 328, .card: 162, .apiKey: 271]
    static let expectedRemoved: [PIIKind: Int] = [.email: 328, .phone: 328, .card: 162, .apiKey: 271]
    static let expectedNegativeLines = 309
    /// A ceiling: hard-negative lines the redactor changed when measured.
    static let expectedFalsePositiveLines = 20

    @Test func recallAndFalsePositives() throws {
        try HeldOutSet(name: "holdout17", expectedSpans: Self.expectedSpans, expectedFound: Self.expectedFound,
                       expectedRemoved: Self.expectedRemoved, expectedNegativeLines: Self.expectedNegativeLines,
                       expectedFalsePositiveLines: Self.expectedFalsePositiveLines).measureAndCheck()
    }
}
