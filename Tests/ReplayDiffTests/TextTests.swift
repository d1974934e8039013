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

    /// Reference values from sacreBLEU 2.6.0 (`CHRF().sentence_score(hypothesis, [reference])`, its
    /// defaults: character order 6, β = 2, no word n-grams) and rouge-score 0.1.2 (`RougeScorer(['rougeL'])`,
    /// F-measure), computed once in a virtualenv; ASCII text, where both tokenize as we do.
    func testChrFAndRougeLMatchTheReferenceImplementations() {
        let chrF: [(String, String, Double)] = [
            ("the cat sat on the mat", "the cat is on the mat", 64.5779420625287),
            ("Your refund arrives within 14 days.", "Refunds take 14 days to arrive.", 40.282918817777954),
            ("bananas are yellow", "the invoice is overdue", 5.434782608695652),
            ("Ünïcode façade — naïve café", "Unicode facade - naive cafe", 35.483127559786595),
            ("ab", "abc", 63.636363636363626),
            ("Hi Maria, thanks for reaching out about order #100001. Your kettle is covered by our return policy.",
             "Hi Maria, thank you for contacting us about order #100001. Your kettle is covered by our return policy.", 80.0664227690564),
        ]
        for (hypothesis, reference, expected) in chrF {
            XCTAssertEqual(TextMetrics.chrF(candidate: hypothesis, reference: reference) * 100, expected, accuracy: 1e-9, hypothesis)
        }
        XCTAssertEqual(TextMetrics.rougeL(candidate: "the cat is on the mat", reference: "the cat sat on the mat"), 0.8333333333333334, accuracy: 1e-12)
        XCTAssertEqual(TextMetrics.rougeL(candidate: "Refunds take 14 days to arrive; it must be unused and in its box.",
                                          reference: "Your refund arrives within 14 days, as long as it is unused."), 0.30769230769230765, accuracy: 1e-12)
    }

    /// The bit-parallel longest common subsequence equals the textbook dynamic programme on random
    /// sequences of every length up to 200 words (several 64-bit words, carries between them), over
    /// small and large alphabets.
    func testLCSLengthEqualsTheDynamicProgramme() {
        func reference(_ a: [UInt64], _ b: [UInt64]) -> Int {
            guard !a.isEmpty, !b.isEmpty else { return 0 }
            var previous = [Int](repeating: 0, count: b.count + 1)
            for x in a {
                var current = [Int](repeating: 0, count: b.count + 1)
                for j in 1...b.count { current[j] = x == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1]) }
                previous = current
            }
            return previous[b.count]
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: UInt64) -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (z ^ (z >> 31)) % bound
        }
        for trial in 0..<600 {
            let alphabet: UInt64 = [2, 5, 30, 1_000][trial % 4]
            let a = (0..<Int(next(201))).map { _ in next(alphabet) }
            let b = (0..<Int(next(201))).map { _ in next(alphabet) }
            XCTAssertEqual(TextMetrics.lcsLength(a, b), reference(a, b), "trial \(trial): \(a.count) × \(b.count) over \(alphabet)")
        }
        // Edited copies (a common prefix and suffix, which are counted without the bit-parallel pass).
        for trial in 0..<300 {
            let a = (0..<Int(next(150))).map { _ in next(trial % 2 == 0 ? 3 : 50) }
            var b = a
            for _ in 0..<Int(next(4)) {
                switch next(3) {
                case 0 where !b.isEmpty: b.remove(at: Int(next(UInt64(b.count))))
                case 1: b.insert(next(50), at: Int(next(UInt64(b.count + 1))))
                default: if !b.isEmpty { b[Int(next(UInt64(b.count)))] = next(50) }
                }
            }
            XCTAssertEqual(TextMetrics.lcsLength(a, b), reference(a, b), "edited trial \(trial)")
            XCTAssertEqual(TextMetrics.lcsLength(b, a), reference(b, a), "edited trial \(trial), swapped")
        }
        let run = [UInt64](repeating: 7, count: 130)
        XCTAssertEqual(TextMetrics.lcsLength(run, run), 130)
        XCTAssertEqual(TextMetrics.lcsLength([], run), 0)
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

    /// The byte scanners cut where the grapheme- and scalar-level definitions cut: lines where
    /// `Character.isNewline` would split (CR LF one break), tokens as runs of word scalars (with
    /// inner apostrophes), runs of spaces and single other scalars.
    func testByteScannersCutWhereTheUnicodeDefinitionsCut() {
        let samples = [
            "", "\n", "a\r\nb\rc\nd\u{0B}e\u{0C}f\u{85}g\u{2028}h\u{2029}i", "trailing\n\n", "\r\n\r\n",
            "Don't stop — it's 3.50 € (naïve café) 東京タワー 😀👍🏽 e\u{301}x", "tab\tand\u{A0}nbsp\u{3000}ideographic",
            "'quoted' rock'n'roll O'Brien's l'été ' x' y'", "# Title\n\n1. one\n- two  \r\n```\ncode\n```",
            "مرحبا بالعالم ١٢٣ and हिन्दी ४५", "\u{FEFF}bom then \u{200B}zero width",
        ]
        for text in samples {
            XCTAssertEqual(Blocks.lines(text), text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline), text)
            XCTAssertEqual(Words.displayTokens(text), scalarTokens(text), text)
            XCTAssertEqual(Words.displayTokens(text).joined(), text)
        }
    }

    /// The scalar-level definition of display tokens the byte scanner must match.
    private func scalarTokens(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            var j = scalars.index(after: i)
            if Words.isWordScalar(s) {
                while j < scalars.endIndex, Words.isWordScalar(scalars[j]) || (scalars[j] == "'" && scalars.index(after: j) < scalars.endIndex
                        && Words.isWordScalar(scalars[scalars.index(after: j)])) {
                    j = scalars.index(after: j)
                }
            } else if Words.isSpace(s) {
                while j < scalars.endIndex, Words.isSpace(scalars[j]) { j = scalars.index(after: j) }
            }
            out.append(text[i..<j])
            i = j
        }
        return out
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

    func testPersonalDataKindsAndShortNumbersThatAreNone() {
        let found = PII.find("IP 1.2.3.4, SSN 123-45-6789, card 4111 1111 1111 1111, call (415) 555-0199, IBAN GB82WEST12345698765432.")
        XCTAssertEqual(found.map(\.kind), ["IP address", "SSN", "card number", "phone number", "IBAN"])
        XCTAssertEqual(found.map(\.value), ["1.2.3.4", "123-45-6789", "4111 1111 1111 1111", "(415) 555-0199", "GB82WEST12345698765432"])
        // Runs of fewer than four digits are no kind of personal data (and are skipped unread).
        XCTAssertEqual(PII.find("Order #123 shipped on day 2 (1.2.3), version 1.2, room 4-5.").map(\.value), [])
        // Under ten digits only dots (an IP address) or dashes (an SSN) can make personal data.
        XCTAssertEqual(PII.find("Ticket 123456789 and 12 345 678, host 10.20.30.40, SSN 987-65-4321.").map(\.value),
                       ["10.20.30.40", "987-65-4321"])
    }

    /// chrF counted the plain way: every n-gram of both texts in a dictionary (what the fast
    /// version, which counts only the n-grams touching the texts' differing middle, must equal).
    static func plainChrF(_ candidate: String, _ reference: String, maxOrder: Int = 6, beta: Double = 2) -> Double {
        let c = TextMetrics.nonSpaceScalars(candidate), r = TextMetrics.nonSpaceScalars(reference)
        if c.isEmpty && r.isEmpty { return 1 }
        if c.isEmpty || r.isEmpty { return 0 }
        var precisionSum = 0.0, recallSum = 0.0, orders = 0
        for n in 1...maxOrder where c.count >= n && r.count >= n {
            var counts: [[UInt32]: Int] = [:]
            for i in 0...(r.count - n) { counts[Array(r[i..<i + n]), default: 0] += 1 }
            var matches = 0
            for i in 0...(c.count - n) {
                let g = Array(c[i..<i + n])
                if let k = counts[g], k > 0 { counts[g] = k - 1; matches += 1 }
            }
            precisionSum += Double(matches) / Double(c.count - n + 1)
            recallSum += Double(matches) / Double(r.count - n + 1)
            orders += 1
        }
        guard orders > 0 else { return 0 }
        let p = precisionSum / Double(orders), rc = recallSum / Double(orders)
        guard p + rc > 0 else { return 0 }
        return (1 + beta * beta) * p * rc / (beta * beta * p + rc)
    }

    func testChrFCountsOnlyTheDifferingMiddleYetEqualsThePlainCount() {
        var rng = SystemRandomNumberGenerator()
        let words = ["the", "order", "#100234", "ships", "in", "5", "days", "refund", "ünïcödé", "日本", "a", "aa", "aaa", "—", "30", "days."]
        func text(_ count: Int) -> [String] { (0..<count).map { _ in words.randomElement(using: &rng)! } }
        var pairs: [(String, String)] = [("", ""), ("a", ""), ("abc", "abc"), ("abcdef", "abcxef"), ("aaaaaaa", "aaaa"), ("ab", "ba"),
                                         ("x y z", "xyz"), ("same prefix here", "same prefix there"), ("tail end", "a tail end")]
        for _ in 0..<400 {
            let base = text(Int.random(in: 0...40, using: &rng))
            var edited = base
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                switch Int.random(in: 0...3, using: &rng) {
                case 0 where !edited.isEmpty: edited.remove(at: Int.random(in: 0..<edited.count, using: &rng))
                case 1: edited.insert(words.randomElement(using: &rng)!, at: Int.random(in: 0...edited.count, using: &rng))
                case 2 where !edited.isEmpty: edited[Int.random(in: 0..<edited.count, using: &rng)] = words.randomElement(using: &rng)!
                default: edited = edited.reversed()
                }
            }
            pairs.append((edited.joined(separator: " "), base.joined(separator: " ")))
        }
        for (candidate, reference) in pairs {
            XCTAssertEqual(TextMetrics.chrF(candidate: candidate, reference: reference), Self.plainChrF(candidate, reference),
                           accuracy: 1e-12, "\(candidate.debugDescription) vs \(reference.debugDescription)")
        }
    }

    /// Month names are read from the bytes of ASCII words; the result is what lowercasing a copy
    /// and comparing gave (full names, three-letter and "sept" abbreviations, "may" only as "May"
    /// when abbreviated — which it never is, being whole).
    func testMonthNamesByBytesMatchTheLowercasingReading() {
        func reference(_ t: Substring) -> String? {
            let lower = t.lowercased()
            if Entities.months.contains(lower) { return lower }
            if lower.count == 3 || lower == "sept", let m = Entities.months.first(where: { $0.hasPrefix(lower) }), lower != "may" || t.first == "M" {
                return m
            }
            return nil
        }
        var words = ["May", "may", "MAY", "Sept", "sept", "Sep", "mar", "MAR", "Mar", "March", "march", "Jun", "junE", "June", "Ju",
                     "Janu", "Jan", "dec", "Dece", "December", "Decembers", "Nov", "no", "Oct", "octo", "Aug", "Augus", "apr", "Apri",
                     "Feb", "febr", "März", "décembre", "Déc", "ma'y", "M4y", "Ma", "j", ""]
        words += Entities.months + Entities.months.map { String($0.prefix(3)).uppercased() } + Entities.months.map(\.capitalized)
        for word in words {
            XCTAssertEqual(Entities.monthName(Substring(word)), reference(Substring(word)), word)
        }
        // Connectors by bytes, as the set of strings read them.
        for word in ["of", "Of", "de", "van", "von", "der", "la", "le", "du", "&", "and", "an", "a", "ofs", "déj", ""] {
            XCTAssertEqual(Entities.isConnector(Substring(word)), Entities.connectors.contains(word), word)
        }
    }
}
