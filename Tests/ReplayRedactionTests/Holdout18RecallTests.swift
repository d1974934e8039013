/// Recall per kind and false positives on hard negatives, measured on a NINETEENTH held-out set
/// (Fixtures/holdout18/holdout18.jsonl, built by make-holdout18.py by another author who did not open the detectors,
/// the scanner, the earlier sets or their generators; see its README): an ordinary sample of imported history in
/// many languages and developer material, a third of all lines in real log wrappers. Measured once, on the redactor
/// after holdout17's fixes (commit 3a70c5d); then used to fix its categories (spent).
///
/// Scoring as `HeldOutSet` does (found: the value gone and a placeholder of its kind in the line; removed: gone).
/// The thresholds are the counts measured then: regression guards, not targets.
/// `HOLDOUT18_VERBOSE=1 swift test --filter Holdout18RecallTests` prints every miss and false positive.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct Holdout18RecallTests {
    /// Only the four measured kinds; the others have no spans in this set.
    static let expectedSpans: [PIIKind: Int] = [
        .email: 325, .phone: 318, .card: 107, .apiKey: 305, .secret: 0,
        .governmentID: 0, .ipAddress: 0, .user: 0, .accountID: 0, .name: 0,
    ]
    /// Measured once (phone 316, api_key 301 found, 305 removed; see Fixtures/holdout18/README.md), phones raised after
    /// fixing the Hinglish cue word (spent): regression floors.
    /// (The 4 keys not found are removed as secrets: bearer tokens whose URL is on the line before, which holdout2
    /// labels as secrets and this set as API keys.)
    static let expectedFound: [PIIKind: Int] = [.email: 325, .phone: 317, .card: 107, .apiKey: 301]
    static let expectedRemoved: [PIIKind: Int] = [.email: 325, .phone: 317, .card: 107, .apiKey: 305]
    static let expectedNegativeLines = 288
    /// A ceiling: hard-negative lines the redactor changed when measured.
    static let expectedFalsePositiveLines = 53

    @Test func recallAndFalsePositives() throws {
        try HeldOutSet(name: "holdout18", expectedSpans: Self.expectedSpans, expectedFound: Self.expectedFound,
                       expectedRemoved: Self.expectedRemoved, expectedNegativeLines: Self.expectedNegativeLines,
                       expectedFalsePositiveLines: Self.expectedFalsePositiveLines).measureAndCheck()
    }
}
