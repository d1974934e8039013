/// Recall per kind and false positives on hard negatives, measured on a THIRD held-out set
/// (Fixtures/holdout3/holdout3.jsonl, built by make-holdout3.py by yet another author, without looking at the
/// detectors, the scanner, the earlier held-out sets or their generators). The first two sets were used to find and
/// fix misses; this one was not, so its figures are the honest ones until someone tunes on it.
///
/// A span is *found* when its value is gone from the output and a placeholder of its kind is in the line;
/// *removed* when its value is gone whatever replaced it. A negative line (no spans) is a false positive when
/// the redactor changes it at all. The thresholds are the counts measured when the set was committed: they
/// guard against regressions, they are not targets.
/// The measuring is `HeldOutSet`. `HOLDOUT3_VERBOSE=1 swift test --filter Holdout3RecallTests` prints every miss and false positive;
/// `HOLDOUT3_DUMP=/tmp/results.jsonl` also writes one result per span and per negative line, for analysis.
import Foundation
import Testing
@testable import ReplayRedaction

@Suite struct Holdout3RecallTests {
    static let expectedSpans: [PIIKind: Int] = [
        .email: 415, .phone: 400, .card: 350, .apiKey: 400, .secret: 202,
        .governmentID: 200, .ipAddress: 100, .user: 100, .accountID: 100, .name: 100,
    ]
    /// The counts measured on the committed set (see Fixtures/holdout3/README.md): floors for found and removed.
    /// Third measurement, after fixing miss categories of this set (cards, phone cues, key labels in words,
    /// generic prefixed keys): the set is spent, these are regression floors only.
    static let expectedFound: [PIIKind: Int] = [
        .email: 413, .phone: 370, .card: 345, .apiKey: 349, .secret: 129,
        .governmentID: 165, .ipAddress: 100, .user: 81, .accountID: 8, .name: 53,
    ]
    static let expectedRemoved: [PIIKind: Int] = [
        .email: 415, .phone: 370, .card: 345, .apiKey: 370, .secret: 147,
        .governmentID: 165, .ipAddress: 100, .user: 81, .accountID: 16, .name: 53,
    ]
    static let expectedNegativeLines = 600
    /// A ceiling: hard-negative lines the redactor changed when measured.
    static let expectedFalsePositiveLines = 64

    @Test func recallAndFalsePositives() throws {
        try HeldOutSet(name: "holdout3", expectedSpans: Self.expectedSpans, expectedFound: Self.expectedFound,
                       expectedRemoved: Self.expectedRemoved, expectedNegativeLines: Self.expectedNegativeLines,
                       expectedFalsePositiveLines: Self.expectedFalsePositiveLines).measureAndCheck()
    }
}
