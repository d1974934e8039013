import XCTest
import ReplayCore
import ReplayEmbedding
@testable import ReplayDiff

/// The diff of one case, as a reviewer reads it: class, findings with evidence, verdict.
final class ComparerTests: XCTestCase {
    static let model = try! StaticEmbeddingModel.embedded()

    func comparer(_ settings: DiffSettings = DiffSettings()) -> CaseComparer {
        CaseComparer(settings: settings, embedder: TestEmbedder(ComparerTests.model))
    }

    func pair(_ baseline: [String], _ candidate: [String], input: JSONValue = ["prompt": "How do refunds work?"],
              baselineCalls: [ToolCall] = [], candidateCalls: [ToolCall] = []) -> CasePair {
        CasePair(id: "c1", baseline: CaseSide(input: input, samples: baseline.map { Answer(text: $0, toolCalls: baselineCalls) }),
                 candidate: CaseSide(input: input, samples: candidate.map { Answer(text: $0, toolCalls: candidateCalls) }))
    }

    func detectors(_ d: CaseDiff) -> [String] { d.findings.filter(\.regression).map(\.detector.rawValue) }

    func testIdenticalCosmeticRephrasedChanged() {
        let c = comparer()
        XCTAssertEqual(c.compare(pair(["Refunds take 5 days."], ["Refunds take 5 days."])).changeClass, .identical)
        XCTAssertEqual(c.compare(pair(["Refunds take 5 days."], ["refunds take  5 days"])).changeClass, .cosmetic)
        let rephrased = c.compare(pair(["The meeting is moved to Tuesday afternoon."], ["We moved the meeting to Tuesday afternoon."]))
        XCTAssertEqual(rephrased.changeClass, .rephrased, "\(rephrased.scores as Any)")
        let changed = c.compare(pair(["The meeting is moved to Tuesday afternoon."], ["Bananas are rich in potassium and fibre."]))
        XCTAssertEqual(changed.changeClass, .changed)
        XCTAssertEqual(changed.verdict, .pass)
    }

    func testRefusalAppearedFailsAndVanishedIsANote() {
        let c = comparer()
        let appeared = c.compare(pair(["You can request a refund from the orders page within 30 days."],
                                      ["I'm sorry, but I can't help with that request."]))
        XCTAssertEqual(appeared.changeClass, .regressed)
        XCTAssertEqual(appeared.verdict, .fail)
        let refusal = appeared.findings.first { $0.detector == .refusal }
        XCTAssertEqual(refusal?.message, "refusal appeared (full)")
        XCTAssertEqual(refusal?.severity, .error)
        XCTAssertEqual(refusal?.evidence.first?.quote, "I'm sorry, but I can't help with that request.")

        let vanished = c.compare(pair(["I can't help with that."], ["Sure: open the orders page and choose Refund."]))
        XCTAssertEqual(vanished.findings.first { $0.detector == .refusal }?.regression, false)
        XCTAssertNotEqual(vanished.verdict, .fail)
    }

    func testRequiredClauseDroppedWithTheBaselineSentenceAsEvidence() {
        let input: JSONValue = ["prompt": "Can I get my money back?", "expect": ["must_include": ["within 30 days"]]]
        let d = comparer().compare(pair(["Yes. Refunds are accepted within 30 days of purchase. Keep the receipt."],
                                        ["Yes, keep the receipt and use the online form."], input: input))
        let f = d.findings.first { $0.detector == .requiredContent }
        XCTAssertEqual(f?.regression, true)
        XCTAssertTrue(f?.message.contains("\"within 30 days\"") ?? false)
        XCTAssertEqual(f?.evidence.first?.quote, "Refunds are accepted within 30 days of purchase.")
        XCTAssertEqual(d.verdict, .fail)
    }

    func testRequiredClauseFoundFuzzilyOrSemanticallyIsNotDropped() {
        let input: JSONValue = ["prompt": "Refunds?", "expect": ["must_include": ["refunds are accepted within 30 days"]]]
        let fuzzy = comparer().compare(pair(["Refunds are accepted within 30 days."], ["Refunds are always accepted within 30 days!"], input: input))
        XCTAssertFalse(detectors(fuzzy).contains("required_content"), "\(fuzzy.findings)")
        let paraphrase = "We take returns for a refund up to 30 days after purchase."
        let semantic = comparer().compare(pair(["Refunds are accepted within 30 days."], [paraphrase], input: input))
        guard case .semantic(let sentence, let similarity) = ClauseMatcher.match("refunds are accepted within 30 days", in: paraphrase, settings: DiffSettings(),
                                                                                  embed: MemoEmbedder(TestEmbedder(ComparerTests.model))) else {
            return XCTFail("not matched semantically")
        }
        XCTAssertEqual(sentence, paraphrase)
        XCTAssertGreaterThan(similarity, 0.75)
        XCTAssertFalse(detectors(semantic).contains("required_content"))
        // Unrelated text is not a semantic match.
        XCTAssertFalse(ClauseMatcher.match("refunds are accepted within 30 days", in: "Shipping is free for orders over 50 dollars.",
                                           settings: DiffSettings(), embed: MemoEmbedder(TestEmbedder(ComparerTests.model))).found)
    }

    func testForbiddenClauseAppeared() {
        let input: JSONValue = ["prompt": "Refunds?", "expect": ["must_not_include": ["store credit only"]]]
        let d = comparer().compare(pair(["Refunds go back to your card."], ["Refunds are store credit only, sorry."], input: input))
        XCTAssertEqual(d.findings.first { $0.detector == .forbiddenContent }?.evidence.first?.quote, "Refunds are store credit only, sorry.")
    }

    func testInventedEntitiesAreThoseInNeitherInputNorBaseline() {
        let input: JSONValue = ["prompt": "Who handles my ticket 4711 for Acme?", "system": "You are Acme's support assistant."]
        let d = comparer().compare(pair(["Our support team handles ticket 4711; you will hear from Acme soon."],
                                        ["Dana Whitfield from Acme handles ticket 4711 and will call you on March 3 about the 2,400 dollars; see https://acme.example/t/4711."],
                                        input: input))
        let f = d.findings.first { $0.detector == .inventedEntities }
        XCTAssertNotNil(f)
        let message = f?.message ?? ""
        for expected in ["Dana Whitfield", "March 3", "2,400", "https://acme.example/t/4711"] {
            XCTAssertTrue(message.contains(expected), "\(expected) in \(message)")
        }
        XCTAssertFalse(message.contains("'Acme'"))
        XCTAssertFalse(message.contains("number '4711'"))
    }

    func testChangedFactsInAnAlignedParagraph() {
        let d = comparer().compare(pair(["You can return items within 30 days.\n\nShipping is free over $50."],
                                        ["You can return items within 14 days.\n\nShipping is free over $50."]))
        let f = d.findings.first { $0.detector == .changedFacts }
        XCTAssertEqual(f?.message, "facts changed in an aligned paragraph: 30 → 14")
        XCTAssertEqual(d.blocks.map(\.kind), [.reworded, .kept])
    }

    func testFormatDrift() {
        let json = comparer().compare(pair(["{\"status\": \"ok\", \"count\": 3}"], ["The status is ok and the count is 3."]))
        XCTAssertEqual(json.findings.first { $0.detector == .formatDrift }?.message, "the answer is no longer JSON (the baseline's is object)")
        let shape = comparer().compare(pair(["{\"status\": \"ok\", \"count\": 3}"], ["{\"status\": \"ok\", \"count\": \"three\"}"]))
        XCTAssertTrue(shape.findings.first { $0.detector == .formatDrift }?.message.contains("$.count: is string, the schema wants number") ?? false)
        let schemaInput: JSONValue = ["prompt": "x", "expect": ["schema": ["type": "object", "required": ["id"]]]]
        let schema = comparer().compare(pair(["{\"id\": 1}"], ["{\"name\": 1}"], input: schemaInput))
        XCTAssertTrue(schema.findings.first { $0.detector == .formatDrift }?.message.contains("the required key 'id' is missing") ?? false)
        let markdown = comparer().compare(pair(["# Steps\n\n- one\n- two\n- three"], ["Do one, then two, then three."]))
        XCTAssertTrue(markdown.findings.first { $0.detector == .formatDrift }?.message.contains("lost its headings, lists") ?? false)
    }

    func testLengthLanguagePIISycophancy() {
        let short = "Refunds take five business days to reach your card."
        let long = Array(repeating: "Refunds take five business days to reach your card, and we will email you when it is done.", count: 6).joined(separator: " ")
        XCTAssertEqual(detectors(comparer().compare(pair([short], [long]))), ["length_shift"])
        let spanish = comparer().compare(pair([short], ["Los reembolsos tardan cinco días hábiles en llegar a su tarjeta."]))
        XCTAssertTrue(detectors(spanish).contains("language_change"))
        let pii = comparer().compare(pair([short], ["Refunds take five days. Call Jane on +1 (415) 555-0199 or use card 4111 1111 1111 1111."]))
        let f = pii.findings.first { $0.detector == .pii }
        XCTAssertTrue(f?.message.contains("phone number") ?? false, "\(pii.findings)")
        XCTAssertTrue(f?.message.contains("card number") ?? false)
        XCTAssertFalse(f?.evidence.first?.quote.contains("4111 1111 1111 1111") ?? true, "personal data is quoted masked")
        let flattery = comparer().compare(pair([short], ["Great question! " + short]))
        XCTAssertTrue(detectors(flattery).contains("sycophancy"))
    }

    func testVerdictFlippedUnderPushBack() {
        let input: JSONValue = ["prompt": "Are you sure? I think it's 7 days.",
                                "context": [["role": "user", "content": "How long do refunds take?"], ["role": "assistant", "content": "5 days."]]]
        let d = comparer().compare(pair(["Yes, I'm sure: refunds take 5 business days."], ["You're right, I apologize: refunds take 7 days."], input: input))
        XCTAssertTrue(d.findings.contains { $0.detector == .sycophancy && $0.message.contains("push-back") }, "\(d.findings)")
    }

    func testToolUse() {
        let input: JSONValue = ["prompt": "Weather?", "tools": [["name": "get_weather", "parameters": ["type": "object"]]]]
        let d = comparer().compare(pair(["Sunny."], ["Let me check."], input: input, baselineCalls: [ToolCall(name: "get_weather")],
                                        candidateCalls: [ToolCall(name: "delete_files")]))
        XCTAssertTrue(d.findings.contains { $0.detector == .toolUse && $0.message.contains("does not declare: delete_files") })
        XCTAssertEqual(d.verdict, .fail)
    }

    func testErroredAndMissing() {
        let errored = comparer().compare(CasePair(id: "e", baseline: CaseSide(input: ["prompt": "x"], samples: [Answer(text: "Fine.")]),
                                                  candidate: CaseSide(input: ["prompt": "x"], samples: [Answer(text: nil, error: "HTTP 500")])))
        XCTAssertEqual(errored.changeClass, .errored)
        XCTAssertEqual(errored.verdict, .fail)
        let missing = comparer().compare(CasePair(id: "m", baseline: CaseSide(input: ["prompt": "x"], samples: [Answer(text: "Fine.")]), candidate: nil))
        XCTAssertEqual(missing.changeClass, .missing)
        XCTAssertEqual(missing.verdict, .inconclusive)
    }

    func testNoiseMakesAlertsTheBaselineAlsoRaisesInconclusive() {
        // The baseline itself sometimes refuses: a refusing candidate is within its noise.
        let baseline = ["You can request a refund from the orders page.", "I'm sorry, but I can't help with that.",
                        "Refunds are requested from the orders page."]
        let d = comparer().compare(pair(baseline, ["I'm sorry, but I can't help with that request."]))
        let refusal = d.findings.first { $0.detector == .refusal }
        XCTAssertNil(refusal, "a refusal the baseline also gives is no change: \(d.findings)")

        let steady = ["You can request a refund from the orders page.", "Request a refund from the orders page.",
                      "Refunds are requested from the orders page."]
        let fails = comparer().compare(pair(steady, ["I'm sorry, but I can't help with that request."]))
        XCTAssertEqual(fails.verdict, .fail)
        XCTAssertEqual(fails.findings.first { $0.detector == .refusal }?.baselineRate, Rate(count: 0, of: 3))
        XCTAssertEqual(fails.noise?.withinNoise, false)

        let jitter = comparer().compare(pair(steady, ["You can request refunds from the orders page."]))
        XCTAssertEqual(jitter.verdict, .pass)
        XCTAssertEqual(jitter.noise?.withinNoise, true, "\(String(describing: jitter.noise))")
    }

    func testNoiseInconclusiveWhenTheBaselineSamplesFireTheDetectorToo() {
        let input: JSONValue = ["prompt": "Refunds?", "expect": ["must_include": ["orders page"]]]
        let baseline = ["Use the orders page to ask for a refund.", "Ask support for a refund.", "Use the orders page."]
        let d = comparer().compare(pair(baseline, ["Ask our support team for a refund."], input: input))
        let f = d.findings.first { $0.detector == .requiredContent && $0.regression }
        XCTAssertEqual(f?.withinNoise, true, "\(d.findings)")
        XCTAssertEqual(d.verdict, .inconclusive)
    }

    func testCosmeticNeedsTheSameSymbols() {
        let c = comparer()
        XCTAssertEqual(c.compare(pair(["The fee is 5 dollars."], ["the fee is 5 dollars"])).changeClass, .cosmetic)
        // A sign or a bracket is not cosmetic, and JSON turned to prose is format drift.
        XCTAssertNotEqual(c.compare(pair(["The balance is -5."], ["The balance is 5."])).changeClass, .cosmetic)
        let json = c.compare(pair(["{\"a\": 1}"], ["a: 1"]))
        XCTAssertEqual(json.changeClass, .regressed)
        XCTAssertTrue(json.findings.contains { $0.detector == .formatDrift })
    }

    func testWindowsLineEndingsSplitLikeUnixOnes() {
        XCTAssertEqual(Blocks.split("# T\r\n- a\r\n- b").map(\.kind), [.heading, .item, .item])
        XCTAssertNotNil(Structure.jsonBody("```json\r\n{\"a\": 1}\r\n```"))
        let d = comparer().compare(pair(["# T\n- a\n- b"], ["# T\r\n- a\r\n- b"]))
        XCTAssertFalse(d.findings.contains { $0.detector == .formatDrift }, "\(d.findings)")
    }

    func testToolCallIdsDoNotCount() {
        let input: JSONValue = ["prompt": "Weather?", "tools": [["name": "get_weather", "parameters": ["type": "object"]]]]
        let d = comparer().compare(pair([""], [""], input: input, baselineCalls: [ToolCall(id: "call_abc", name: "get_weather", arguments: ["city": "Paris"])],
                                        candidateCalls: [ToolCall(id: "call_xyz", name: "get_weather", arguments: ["city": "Paris"])]))
        XCTAssertEqual(d.changeClass, .identical)
    }

    func testEverySampleFindingIsKept() {
        let input: JSONValue = ["prompt": "Refunds?", "expect": ["must_include": ["orders page", "30 days"]]]
        let baseline = Array(repeating: "Use the orders page within 30 days.", count: 3)
        let d = comparer().compare(pair(baseline, ["Ask support.", "Ask support please."], input: input))
        let dropped = d.findings.filter { $0.detector == .requiredContent && $0.regression }.map(\.message)
        XCTAssertTrue(dropped.contains { $0.contains("orders page") } && dropped.contains { $0.contains("30 days") }, "\(dropped)")
    }

    func testForbiddenClauseNegatedIsNotPresent() {
        let input: JSONValue = ["prompt": "Refund?", "expect": ["must_not_include": ["you will get a refund", "🙂"]]]
        let d = comparer().compare(pair(["Sorry."], ["Sadly, you will not get a refund for this order."], input: input))
        XCTAssertFalse(d.findings.contains { $0.detector == .forbiddenContent }, "\(d.findings)")
        let emoji = comparer().compare(pair(["Sorry."], ["Sorry 🙂"], input: input))
        XCTAssertTrue(emoji.findings.contains { $0.detector == .forbiddenContent && $0.message.contains("🙂") })
    }

    func testIdenticalComparisonsCountAsUnchanged() {
        let side = DiffResult.Side(name: "a", commit: String(repeating: "0", count: 40), model: "m", runID: "r", samples: 1)
        let same = comparer().compare(pair(["Same."], ["Same."]))
        let changed = comparer().compare(pair(["Same."], ["Different words entirely here."]))
        let r = DiffResult(baseline: side, candidate: side, cases: [same, changed], unchanged: 3, settings: DiffSettings(), embedding: "e")
        XCTAssertEqual(r.cases.count, 1)
        XCTAssertEqual(r.unchanged, 4)
        XCTAssertEqual(r.total, 5)
    }

    func testSomeCandidateSamplesErrored() {
        let input: JSONValue = ["prompt": "Refunds?"]
        let baseline = CaseSide(input: input, samples: Array(repeating: Answer(text: "Use the orders page."), count: 3))
        let candidate = CaseSide(input: input, samples: [Answer(text: nil, error: "HTTP 500"), Answer(text: "Use the orders page, please."),
                                                         Answer(text: nil, error: "HTTP 500")])
        let d = comparer().compare(CasePair(id: "e", baseline: baseline, candidate: candidate))
        XCTAssertEqual(d.candidate?.text, "Use the orders page, please.")
        let f = d.findings.first { $0.detector == .errored }
        XCTAssertEqual(f?.message, "2 of 3 candidate samples errored: HTTP 500")
        XCTAssertEqual(f?.candidateRate, Rate(count: 2, of: 3))
        XCTAssertEqual(f?.withinNoise, false)
        XCTAssertEqual(d.verdict, .fail)
    }

    func testSettingsDecodeReportsKeyAndLine() throws {
        let doc = try YAMLReader.documents("diff:\n  fail_on: warning\n  detectors:\n    refusl: false\n    length_shift: {severity: loud}\n")[0]
        guard case .object(let members) = doc.kind else { return XCTFail("not a mapping") }
        let (settings, problems) = DiffSettings.decode(members.first { $0.key == "diff" }?.value, file: "config.yaml")
        XCTAssertEqual(settings.failOn, .warning)
        XCTAssertEqual(problems.map(\.description), [
            "config.yaml:4: diff.detectors.refusl: unknown detector 'refusl' — did you mean 'refusal'?",
            "config.yaml:5: diff.detectors.length_shift.severity: unknown severity 'loud' — use info, warning or error",
        ])
    }
}

final class TestEmbedder: TextEmbedder {
    let embedder: Embedder
    init(_ model: StaticEmbeddingModel) { embedder = model.makeEmbedder() }
    func embed(_ text: String) -> [Float] { embedder.embed(text) }
}
