import XCTest
import ReplayCore
@testable import ReplayDiff

final class TextTests: XCTestCase {
    func testWordDiffMarksTheChangedWordOnly() {
        let diff = WordDiff(old: "The cat sat on the mat.", new: "The dog sat on the mat.")
        XCTAssertEqual(diff.pieces.map(\.kind), [.equal, .deleted, .inserted, .equal])
        XCTAssertEqual(diff.pieces[1].text, "cat")
        XCTAssertEqual(diff.pieces[2].text, "dog")
        XCTAssertEqual(diff.pieces.filter { $0.kind != .inserted }.map(\.text).joined(), "The cat sat on the mat.")
        XCTAssertEqual(diff.pieces.filter { $0.kind != .deleted }.map(\.text).joined(), "The dog sat on the mat.")
    }

    func testWordDiffRebuildsBothTextsForLongRewrites() {
        let old = (0..<300).map { "w\($0 % 17)" }.joined(separator: " ")
        let new = (0..<280).map { "w\(($0 * 7) % 13)" }.joined(separator: ", ")
        for maxEdits in [10, 2_000] {
            let diff = WordDiff(old: old, new: new, maxEdits: maxEdits)
            XCTAssertEqual(diff.pieces.filter { $0.kind != .inserted }.map(\.text).joined(), old)
            XCTAssertEqual(diff.pieces.filter { $0.kind != .deleted }.map(\.text).joined(), new)
        }
    }

    func testChrFAndRougeL() {
        XCTAssertEqual(TextMetrics.chrF(candidate: "same text", reference: "same text"), 1, accuracy: 1e-9)
        XCTAssertLessThan(TextMetrics.chrF(candidate: "bananas are yellow", reference: "the invoice is overdue"), 0.25)
        // LCS of "a b c d" and "a c d e" is "a c d": P = R = 3/4.
        XCTAssertEqual(TextMetrics.rougeL(candidate: "a c d e", reference: "a b c d"), 0.75, accuracy: 1e-9)
        XCTAssertEqual(TextMetrics.rougeL(candidate: "The Cat", reference: "the cat"), 1, accuracy: 1e-9)
    }

    func testNormalizationIgnoresCaseSpacingAndPunctuation() {
        XCTAssertEqual(Words.normalized("Hello,   World!\n"), Words.normalized("hello world"))
        XCTAssertNotEqual(Words.normalized("hello world"), Words.normalized("hello there world"))
        XCTAssertEqual(Words.count("It's 3 o'clock — isn't it?"), 5)
    }

    func testBlocksSplitMarkdown() {
        let text = """
            # Refunds

            You can ask for a refund
            within 30 days.

            - keep the receipt
            - use the form
              (it is online)

            ```json
            {"a": 1}
            ```

            | plan | price |
            |---|---|
            """
        XCTAssertEqual(Blocks.split(text).map(\.kind), [.heading, .paragraph, .item, .item, .code, .table])
        XCTAssertEqual(Blocks.split(text)[3].text, "- use the form\n  (it is online)")
    }

    func testSentencesKeepAbbreviationsAndDecimals() {
        let s = Blocks.sentences("Pay 3.50 now, e.g. by card. Then wait! Done?\nNext line")
        XCTAssertEqual(s, ["Pay 3.50 now, e.g. by card.", "Then wait!", "Done?", "Next line"])
    }

    func testEntities() {
        let text = "Thanks for writing. Contact Dana Whitfield at dana@acme.example or see https://acme.example/refunds. "
            + "The fee is $1,200.50 (15%) due November 29, 2026. The team at Acme Corp agrees."
        let found = Entities.extract(text)
        func has(_ kind: Entity.Kind, _ text: String) -> Bool { found.contains { $0.kind == kind && $0.text == text } }
        XCTAssertTrue(has(.name, "Dana Whitfield"), "\(found)")
        XCTAssertTrue(has(.email, "dana@acme.example"))
        XCTAssertTrue(has(.url, "https://acme.example/refunds"))
        XCTAssertTrue(has(.number, "$1,200.50"))
        XCTAssertTrue(has(.number, "15%"))
        XCTAssertTrue(has(.date, "November 29, 2026"))
        XCTAssertTrue(has(.name, "Acme Corp"))
        XCTAssertFalse(found.contains { $0.text == "Thanks" || $0.text == "The" || $0.text == "Contact" }, "\(found)")
        XCTAssertEqual(found.first { $0.text == "$1,200.50" }?.key, "1200.5")
    }

    func testListMarkersAreNotNumbers() {
        XCTAssertTrue(Entities.extract("1. Open the app\n2. Tap Settings").allSatisfy { $0.kind != .number })
    }

    func testLanguage() {
        XCTAssertEqual(Language.detect("You can return the item within thirty days if it is not used."), "en")
        XCTAssertEqual(Language.detect("Puede devolver el artículo en los treinta días si no se ha usado."), "es")
        XCTAssertEqual(Language.detect("Sie können den Artikel innerhalb von dreißig Tagen zurückgeben, wenn er nicht benutzt ist."), "de")
        XCTAssertEqual(Language.detect("Вы можете вернуть товар в течение тридцати дней."), "cyrillic")
        XCTAssertNil(Language.detect("OK"))
    }

    func testSchemaCheck() {
        let schema: JSONValue = ["type": "object", "required": ["name", "age"],
                                 "properties": ["name": ["type": "string"], "age": ["type": "integer", "minimum": 0]]]
        XCTAssertEqual(SchemaCheck.violations(["name": "A", "age": 3], schema: schema), [])
        XCTAssertEqual(SchemaCheck.violations(["name": "A", "age": "3"], schema: schema), ["$.age: is string, the schema wants integer"])
        XCTAssertEqual(SchemaCheck.violations(["name": "A"], schema: schema), ["$: the required key 'age' is missing"])
        let inferred = SchemaCheck.infer(from: ["ok": true, "items": [1, 2]])
        XCTAssertEqual(SchemaCheck.violations(["ok": "yes", "items": [1]], schema: inferred), ["$.ok: is string, the schema wants boolean"])
    }

    func testWilsonInterval() {
        let zero = Proportion(0, of: 10)
        XCTAssertEqual(zero.low, 0, accuracy: 1e-4)
        XCTAssertEqual(zero.high, 0.2775, accuracy: 1e-4)
        let half = Proportion(5, of: 10)
        XCTAssertEqual(half.low, 0.2366, accuracy: 1e-4)
        XCTAssertEqual(half.high, 0.7634, accuracy: 1e-4)
    }
}
