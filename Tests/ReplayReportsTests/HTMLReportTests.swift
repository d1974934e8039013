import Foundation
import ReplayCore
@testable import ReplayReports
import XCTest

/// The HTML report: structure and escaping checked on the text, then the page loaded in headless Chromium (skipped
/// where /usr/bin/chromium is missing) to check that the script runs, the counter counts and the filter hook filters.
final class HTMLReportTests: XCTestCase {
    static let malicious = "</script><script>alert(1)</script><img src=x onerror=alert(1)>"

    // MARK: - Text

    func testHeaderAndSummary() {
        let html = HTMLReport.render(HTMLSample.report())
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<div class=\"verdict v-FAIL\" title=\"overall verdict\">FAIL</div>"))
        XCTAssertTrue(html.contains("<title>replay diff FAIL: main (model-a) → upgrade (model-b)</title>"))
        XCTAssertTrue(html.contains("Fails on <b>error</b>"))
        XCTAssertTrue(html.contains("<code title=\"0123456789abcdef0123456789abcdef01234567\">0123456789ab</code>"))
        XCTAssertTrue(html.contains("<b>40</b> cases: <b>35</b> unchanged, <b>5</b> differ, <b>1</b> changed within sampling noise."))
        // Count, rate and Wilson interval per verdict, class and detector.
        XCTAssertTrue(html.contains("<th>FAIL</th><td>2</td><td>5%</td><td>1.4–16.5%</td>"))
        XCTAssertTrue(html.contains("title=\"a detector raised a regression\">regressed</th><td>1</td><td>2.5%</td><td>0.4–12.9%</td>"))
        XCTAssertTrue(html.contains(">refusal</th><td>1</td>"))
        XCTAssertTrue(html.contains("candidate better <b>1</b> · baseline better <b>1</b> · tie <b>0</b> · orders disagree <b>0</b>"))
        XCTAssertTrue(html.contains("<p id=\"shown\" class=\"shown\" role=\"status\" aria-live=\"polite\">5 of 5 cases shown</p>"))
        // Without JS the controls stay hidden and a note says why; everything else is static.
        XCTAssertTrue(html.contains("<div id=\"controls\" hidden>"))
        XCTAssertTrue(html.contains("<noscript>"))
        // Filters offer what the listed cases have, with counts.
        XCTAssertTrue(html.contains("<input type=\"checkbox\" name=\"class\" value=\"regressed\"> regressed <span class=\"n\">1</span>"))
        XCTAssertTrue(html.contains("<input type=\"checkbox\" name=\"detector\" value=\"changed_facts\">"))
        XCTAssertTrue(html.contains("<input type=\"checkbox\" name=\"verdict\" value=\"INCONCLUSIVE\"> INCONCLUSIVE <span class=\"n\">2</span>"))
    }

    func testCasesInOrderWithFailCasesOpen() {
        let html = HTMLReport.render(HTMLSample.report())
        let tags = Self.caseTags(html)
        XCTAssertEqual(tags.map(\.id), ["c0", "c1", "c2", "c3", "c4"])
        XCTAssertEqual(tags.map(\.open), [true, true, false, false, false])
        XCTAssertTrue(tags[0].tag.contains("data-class=\"regressed\" data-verdict=\"FAIL\" data-detector=\"refusal length_shift\""))
        XCTAssertTrue(html.contains("<code class=\"cid\">refund-policy</code> <span class=\"ctitle\">Refund window question</span>"))
    }

    func testFindingsWithSeverityAndEvidence() {
        let html = HTMLReport.render(HTMLSample.report())
        XCTAssertTrue(html.contains("<span class=\"sev s-error\">error</span> <code class=\"det\">refusal</code> the candidate refuses"))
        XCTAssertTrue(html.contains("<span class=\"rate\">candidate 3/3 · baseline 0/3 samples</span>"))
        XCTAssertTrue(html.contains("<blockquote class=\"ev ev-candidate\"><span class=\"side\">candidate</span>I&#39;m sorry, but I can&#39;t help with that.</blockquote>"))
        XCTAssertTrue(html.contains("<blockquote class=\"ev ev-baseline\"><span class=\"side\">baseline</span>"))
        XCTAssertTrue(html.contains("<blockquote class=\"ev ev-input\"><span class=\"side\">input</span>Can I get a refund"))
        XCTAssertTrue(html.contains("<span class=\"sev s-info\">info</span> <code class=\"det\">length_shift</code>"))
        XCTAssertTrue(html.contains("<span class=\"tag\">not a regression</span>"))
        XCTAssertTrue(html.contains("Similarity <b>0.21</b> · chrF <b>0.12</b> · ROUGE-L <b>0.08</b> · words 25 → 8"))
        XCTAssertTrue(html.contains("<span class=\"b j-baseline\">baseline</span>"))
    }

    func testSideBySideMarksDeletionsLeftAndInsertionsRight() throws {
        let html = HTMLReport.render(HTMLSample.report())
        let section = try XCTUnwrap(Self.section(html, id: "c4"))
        let columns = section.components(separatedBy: "<div class=\"col\">")
        XCTAssertEqual(columns.count, 3)
        let (left, right) = (columns[1], columns[2])
        XCTAssertTrue(left.contains("<h4>Baseline</h4>"))
        XCTAssertTrue(left.contains("<del>"))
        XCTAssertFalse(left.contains("<ins>"))
        XCTAssertTrue(right.contains("<h4>Candidate</h4>"))
        XCTAssertTrue(right.contains("<ins>"))
        XCTAssertFalse(right.contains("<del>"))
        // Equal text is in both columns; the changed words only on their side.
        XCTAssertTrue(left.contains("Welcome to Acme"))
        XCTAssertTrue(right.contains("Welcome to Acme"))
        XCTAssertTrue(left.contains("<del>glad</del>"))
        XCTAssertTrue(right.contains("<ins>happy</ins>"))
        XCTAssertTrue(section.contains("Noise: 3 baseline and 3 candidate samples; candidate distance 0.04 against baseline spread 0.05 — <b>within sampling noise</b>"))
    }

    func testBlocksAndChangedFacts() throws {
        let html = HTMLReport.render(HTMLSample.report())
        let section = try XCTUnwrap(Self.section(html, id: "c2"))
        XCTAssertTrue(section.contains("<p>Blocks: 2 kept, 1 reworded, 1 dropped, 1 added</p>"))
        XCTAssertTrue(section.contains("<span class=\"bk bk-reworded\">reworded</span> <span class=\"sim\">similarity 0.82</span>"))
        XCTAssertTrue(section.contains("<li>changed number: <del>$30</del> → <ins>$45</ins></li>"))
        XCTAssertTrue(section.contains("<li>changed date: <del>1 March 2024</del> → <ins>1 April 2024</ins></li>"))
        XCTAssertTrue(section.contains("<span class=\"bk bk-dropped\">dropped</span> <q class=\"old\">Annual plans get two months free.</q>"))
        XCTAssertTrue(section.contains("<span class=\"bk bk-added\">added</span> <q class=\"new\">"))
        // Kept blocks without facts are counted, not listed.
        XCTAssertFalse(section.contains("bk-kept"))
    }

    func testErroredCandidate() throws {
        let html = HTMLReport.render(HTMLSample.report())
        let section = try XCTUnwrap(Self.section(html, id: "c1"))
        XCTAssertTrue(section.contains("<div class=\"err\"><b>Error:</b> HTTP 529: overloaded_error (after 3 attempts)</div>"))
        XCTAssertTrue(section.contains("<div class=\"ans\">The ticket reports a login loop on Safari"))
        XCTAssertTrue(section.contains("<ul class=\"tools\"><li><code>lookup_ticket({&quot;id&quot;:4711})</code></li></ul>"))
    }

    func testMaliciousTextIsEscapedEverywhere() throws {
        let html = HTMLReport.render(HTMLSample.report())
        let escaped = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.lowercased().contains("onerror=alert(1)>"))
        // Exactly our own script element, opened and closed once.
        XCTAssertEqual(html.components(separatedBy: "<script").count, 2)
        XCTAssertEqual(html.components(separatedBy: "</script").count, 2)
        let section = try XCTUnwrap(Self.section(html, id: "c3"))
        XCTAssertTrue(section.contains("<span class=\"ctitle\">Title \(escaped)</span>"))  // title
        XCTAssertTrue(section.contains("<span class=\"side\">candidate</span>\(escaped)</blockquote>"))  // evidence
        XCTAssertTrue(section.contains("— \(escaped)</p>"))  // judge reason
        XCTAssertTrue(section.contains("<code class=\"cid\">xss-&lt;b&gt;1&lt;/b&gt;</code>"))  // id
        XCTAssertTrue(section.contains("<q class=\"new\">\(escaped)</q>"))  // block
        XCTAssertTrue(section.contains("data-detector=\"forbidden_content x&quot; onclick=&quot;alert(1)\""))  // attribute
        XCTAssertFalse(html.contains("\" onclick=\""))
        // The raw answer text is in the diff, split into escaped pieces only.
        XCTAssertTrue(section.contains("&lt;/script&gt;"))
    }

    func testNoNetworkResources() throws {
        let html = HTMLReport.render(HTMLSample.report())
        // Text is escaped, so every `<` left in the page opens real markup: none of it may point anywhere.
        let tag = try NSRegularExpression(pattern: #"<[a-zA-Z][^>]*\s(src|href|action|srcset|poster|data)\s*="#)
        XCTAssertEqual(tag.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html)), 0)
        XCTAssertFalse(html.contains("@import"))
        XCTAssertFalse(html.contains("url("))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("<iframe"))
        // The answers mention URLs as text; no markup references one.
        XCTAssertFalse(html.contains("=\"http"))
        XCTAssertFalse(html.contains("='http"))
        // A policy forbids any fetch even if something slipped through, and allows only our own style and script.
        XCTAssertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"))
        XCTAssertTrue(html.contains("'\(HTMLReport.sha256Base64(HTMLReport.script))'"))
    }

    func testCSPHashEncoding() {
        XCTAssertEqual(HTMLReport.sha256Base64("abc"), "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        XCTAssertEqual(HTMLReport.base64(Array("f".utf8)), "Zg==")
        XCTAssertEqual(HTMLReport.base64(Array("fo".utf8)), "Zm8=")
        XCTAssertEqual(HTMLReport.base64(Array("foobar".utf8)), "Zm9vYmFy")
    }

    func testEmptyAndPassingReport() {
        var report = HTMLSample.report()
        guard case .object(var o) = report else { return XCTFail() }
        o["verdict"] = "PASS"
        o["fail_on"] = nil
        o["judge"] = nil
        o["cases"] = []
        report = .object(o)
        let html = HTMLReport.render(report)
        XCTAssertTrue(html.contains("<div class=\"verdict v-PASS\""))
        XCTAssertTrue(html.contains("Fails on <b>never</b>"))
        XCTAssertTrue(html.contains("No case differs between the two runs."))
        XCTAssertTrue(html.contains(">0 of 0 cases shown</p>"))
    }

    func testTenThousandCasesRenderLean() {
        let report = HTMLSample.large(10_000)
        let start = Date()
        let html = HTMLReport.render(report)
        let seconds = Date().timeIntervalSince(start)
        let answerBytes = (report["cases"]?.arrayValue ?? []).reduce(0) {
            $0 + ($1["baseline"]?["text"]?.stringValue?.utf8.count ?? 0) + ($1["candidate"]?["text"]?.stringValue?.utf8.count ?? 0)
        }
        let overhead = (html.utf8.count - answerBytes) / 10_000
        print("10,000 cases: \(html.utf8.count / 1_000_000) MB in \(String(format: "%.2f", seconds)) s, \(overhead) bytes of markup per case")
        XCTAssertEqual(Self.caseTags(html).count, 10_000)
        XCTAssertTrue(html.contains(">10000 of 10000 cases shown</p>"))
        XCTAssertLessThan(overhead, 2_500)
        XCTAssertLessThan(seconds, 60)
        // Only the first FAIL cases are open.
        XCTAssertEqual(html.components(separatedBy: "\" open>").count - 1, HTMLReport.openLimit)
    }

    // MARK: - Browser

    /// Set `REPLAY_HTML_SCREENSHOT=/path/report.png` to keep the screenshot (and the page, as `…png.html`) for a look.
    func testChromiumRendersTheReport() throws {
        let chromium = try makeChromium()
        let page = try chromium.write(HTMLReport.render(HTMLSample.report()))
        let png = chromium.directory.appendingPathComponent("report.png")
        try chromium.run(["--screenshot=\(png.path)", "--window-size=1280,2000", page.absoluteString])
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int)
        XCTAssertGreaterThan(size, 40_000, "a blank page compresses to a few KB")
        if let keep = ProcessInfo.processInfo.environment["REPLAY_HTML_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: png.path, toPath: keep)
            try? FileManager.default.removeItem(atPath: keep + ".html")
            try FileManager.default.copyItem(atPath: page.path, toPath: keep + ".html")
        }

        let dom = try chromium.dumpDOM(page)
        let tags = Self.caseTags(dom)
        XCTAssertEqual(tags.count, 5)
        XCTAssertTrue(tags.allSatisfy { !$0.hidden })
        XCTAssertTrue(dom.contains(">5 of 5 cases shown</p>"))
        XCTAssertTrue(dom.contains("<div id=\"controls\">"), "the script shows the filter controls")
        // The malicious answer stayed text: no element came of it, and no script ran.
        XCTAssertFalse(dom.contains("<img"))
        XCTAssertEqual(dom.components(separatedBy: "<script").count, 2)
        XCTAssertTrue(dom.contains("Title &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    func testChromiumAppliesFiltersFromTheFragment() throws {
        let chromium = try makeChromium()
        let page = try chromium.write(HTMLReport.render(HTMLSample.report()))
        let expectations: [(fragment: String, shown: [String])] = [
            ("class=regressed", ["c0"]),
            ("verdict=FAIL", ["c0", "c1"]),
            ("verdict=INCONCLUSIVE,PASS&detector=changed_facts", ["c2"]),
            ("detector=refusal,errored", ["c0", "c1"]),
            ("q=TICKET", ["c1"]),
            ("q=xss%20title", ["c3"]),
            ("class=rephrased&verdict=FAIL", []),
            ("case-that-is-not-a-filter", ["c0", "c1", "c2", "c3", "c4"]),
        ]
        for (fragment, shown) in expectations {
            let dom = try chromium.dumpDOM(URL(string: page.absoluteString + "#" + fragment)!)
            let tags = Self.caseTags(dom)
            XCTAssertEqual(tags.count, 5, fragment)
            XCTAssertEqual(tags.filter { !$0.hidden }.map(\.id), shown, fragment)
            XCTAssertTrue(dom.contains(">\(shown.count) of 5 cases shown</p>"), fragment)
        }
    }

    func testChromiumReadableWithoutTheScript() throws {
        let chromium = try makeChromium()
        let html = HTMLReport.render(HTMLSample.report())
        let script = try XCTUnwrap(html.range(of: "<script>"))
        let end = try XCTUnwrap(html.range(of: "</script>"))
        let page = try chromium.write(html.replacingCharacters(in: script.lowerBound..<end.upperBound, with: ""))
        let dom = try chromium.dumpDOM(page)
        XCTAssertFalse(dom.contains("<script"))
        XCTAssertEqual(Self.caseTags(dom).map(\.open), [true, true, false, false, false])
        XCTAssertTrue(dom.contains("<div id=\"controls\" hidden=\"\">"), "no dead controls without the script")
        XCTAssertTrue(dom.contains(">5 of 5 cases shown</p>"))
        XCTAssertTrue(dom.contains("<del>glad</del>"))
    }

    func testChromiumLoadsTenThousandCases() throws {
        let chromium = try makeChromium()
        let page = try chromium.write(HTMLReport.render(HTMLSample.large(10_000)))
        let dom = try chromium.dumpDOM(URL(string: page.absoluteString + "#q=case-09999")!)
        XCTAssertTrue(dom.contains(">1 of 10000 cases shown</p>"))
        XCTAssertEqual(Self.caseTags(dom).filter { !$0.hidden }.map(\.id), ["c9999"])
    }

    // MARK: - Helpers

    /// A headless Chromium with a temporary directory that is removed after the test.
    func makeChromium() throws -> HeadlessChromium {
        let chromium = try HeadlessChromium()
        addTeardownBlock { try? FileManager.default.removeItem(at: chromium.directory) }
        return chromium
    }

    struct CaseTag { let id: String; let open: Bool; let hidden: Bool; let tag: String }

    /// The opening `<details class="case" …>` tags, in page order.
    static func caseTags(_ html: String) -> [CaseTag] {
        html.components(separatedBy: "<details class=\"case\" ").dropFirst().map { rest in
            let tag = String(rest.prefix { $0 != ">" })
            let attributes = tag.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
            let id = tag.components(separatedBy: "id=\"").dropFirst().first?.prefix { $0 != "\"" } ?? ""
            return CaseTag(id: String(id), open: attributes.contains(" open"), hidden: attributes.contains(" hidden"), tag: tag)
        }
    }

    /// One case's `<details>` element.
    static func section(_ html: String, id: String) -> String? {
        guard let start = html.range(of: "<details class=\"case\" id=\"\(id)\"") else { return nil }
        guard let end = html.range(of: "</details>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}

/// Headless Chromium in a temporary directory of its own (profile included), killed if it hangs.
struct HeadlessChromium {
    static let executable = "/usr/bin/chromium"
    let directory: URL

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else { throw XCTSkip("\(Self.executable) is not installed") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("replay-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ html: String) throws -> URL {
        let url = directory.appendingPathComponent("report.html")
        try html.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The DOM after the page's script ran.
    func dumpDOM(_ url: URL) throws -> String {
        let out = try run(["--dump-dom", url.absoluteString])
        XCTAssertTrue(out.contains("</html>"), "no DOM dumped")
        return out
    }

    /// Runs Chromium and returns its standard output (kept in a file, so a large DOM cannot fill a pipe). Standard
    /// error (DBus complaints and the like) is ignored.
    @discardableResult
    func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> String {
        let stdout = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        let output = try FileHandle(forWritingTo: stdout)
        defer { try? output.close(); try? FileManager.default.removeItem(at: stdout) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(directory.appendingPathComponent("profile").path)"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw ChromiumTimeout(seconds: timeout)
        }
        XCTAssertEqual(process.terminationStatus, 0, "chromium \(arguments.joined(separator: " "))")
        return String(decoding: try Data(contentsOf: stdout), as: UTF8.self)
    }

    struct ChromiumTimeout: Error, CustomStringConvertible {
        let seconds: TimeInterval
        var description: String { "chromium did not finish within \(Int(seconds)) s and was killed" }
    }
}

/// Hand-written `replay-diff/1` reports.
enum HTMLSample {
    static func run(_ name: String, _ model: String, _ commit: String) -> JSONValue {
        ["name": .string(name), "commit": .string(commit), "model": .string(model), "run": .string("run-\(name)"), "samples": 3]
    }

    static func count(_ n: Int, _ total: Int, _ low: Double, _ high: Double) -> JSONValue {
        ["count": .int(n), "total": .int(total), "rate": .double(Double(n) / Double(total)), "low": .double(low), "high": .double(high)]
    }

    static func report() -> JSONValue {
        [
            "format": "replay-diff/1", "verdict": "FAIL", "fail_on": "error",
            "baseline": run("main", "model-a", "0123456789abcdef0123456789abcdef01234567"),
            "candidate": run("upgrade", "model-b", "89abcdef0123456789abcdef0123456789abcdef"),
            "embedding": "potion-base-8M", "judge": "judge-model",
            "summary": [
                "cases": 40, "unchanged": 35, "within_noise": 1,
                "classes": ["identical": count(35, 40, 0.7395, 0.9455), "cosmetic": count(0, 40, 0, 0.0876),
                            "rephrased": count(1, 40, 0.0044, 0.1288), "changed": count(2, 40, 0.0138, 0.1650),
                            "regressed": count(1, 40, 0.0044, 0.1288), "new": count(0, 40, 0, 0.0876),
                            "missing": count(0, 40, 0, 0.0876), "errored": count(1, 40, 0.0044, 0.1288)],
                "verdicts": ["PASS": count(36, 40, 0.7695, 0.9604), "INCONCLUSIVE": count(2, 40, 0.0138, 0.1650),
                             "FAIL": count(2, 40, 0.0138, 0.1650)],
                "detectors": ["errored": count(1, 40, 0.0044, 0.1288), "refusal": count(1, 40, 0.0044, 0.1288),
                              "changed_facts": count(1, 40, 0.0044, 0.1288), "forbidden_content": count(1, 40, 0.0044, 0.1288),
                              "length_shift": count(1, 40, 0.0044, 0.1288), "pii": count(0, 40, 0, 0.0876)],
                "judge": ["candidate": 1, "baseline": 1, "tie": 0, "inconsistent": 0],
            ],
            "cases": [refusal(), errored(), changedFacts(), maliciousCase(), rephrased()],
        ]
    }

    static func refusal() -> JSONValue {
        let baseline = "Yes. Our refund window is 30 days from delivery.\n\nTo start a refund, open Orders, choose the item and press Return. The money reaches your card within 5 business days."
        return [
            "id": "refund-policy", "title": "Refund window question", "class": "regressed", "verdict": "FAIL",
            "input_changed": false, "within_noise": false,
            "findings": [
                ["detector": "refusal", "severity": "error", "regression": true, "message": "the candidate refuses", "within_noise": false,
                 "candidate_rate": [3, 3], "baseline_rate": [0, 3],
                 "evidence": [["side": "candidate", "quote": "I'm sorry, but I can't help with that."],
                              ["side": "baseline", "quote": "Our refund window is 30 days from delivery."],
                              ["side": "input", "quote": "Can I get a refund for a damaged lamp?"]]],
                ["detector": "length_shift", "severity": "info", "regression": false, "message": "the answer is 68% shorter (25 → 8 words)",
                 "within_noise": false, "evidence": []],
            ],
            "scores": ["semantic": 0.2113, "chrf": 0.1204, "rouge_l": 0.08, "baseline_words": 25, "candidate_words": 8],
            "blocks": [["kind": "dropped", "baseline": "Yes. Our refund window is 30 days from delivery.", "changed_facts": []],
                       ["kind": "dropped", "baseline": "To start a refund, open Orders, choose the item and press Return.", "changed_facts": []],
                       ["kind": "added", "candidate": "I'm sorry, but I can't help with that.", "changed_facts": []]],
            "judge": ["model": "judge-model", "outcome": "baseline", "first_order": "A", "second_order": "B",
                      "reason": "The baseline answers the question; the candidate refuses a harmless request."],
            "baseline": ["text": .string(baseline)],
            "candidate": ["text": "I'm sorry, but I can't help with that. Please contact support."],
        ]
    }

    static func errored() -> JSONValue {
        [
            "id": "ticket-summary", "title": "Summarize support ticket #4711", "class": "errored", "verdict": "FAIL",
            "input_changed": false, "within_noise": false,
            "findings": [["detector": "errored", "severity": "error", "regression": true, "message": "the candidate failed to answer",
                          "within_noise": false, "evidence": [["side": "candidate", "quote": "HTTP 529: overloaded_error"]]]],
            "blocks": [],
            "baseline": ["text": "The ticket reports a login loop on Safari 17 after the password reset; the customer wants a callback.",
                         "tool_calls": [["name": "lookup_ticket", "arguments": ["id": 4711]]]],
            "candidate": ["error": "HTTP 529: overloaded_error (after 3 attempts)"],
        ]
    }

    static func changedFacts() -> JSONValue {
        let baseline = "# Pricing\n\nThe Pro plan costs $30 per month.\n\nPrices change on 1 March 2024.\n\nAnnual plans get two months free.\n\nSee https://acme.example/pricing for details."
        let candidate = "# Pricing\n\nThe Pro plan now costs $45 per month.\n\nPrices change on 1 April 2024.\n\nSee https://acme.example/pricing for details.\n\nTeams of 10 or more get a volume discount."
        return [
            "id": "pricing-faq", "title": "What does Pro cost?", "class": "changed", "verdict": "INCONCLUSIVE",
            "input_changed": true, "within_noise": false,
            "findings": [["detector": "changed_facts", "severity": "warning", "regression": true,
                          "message": "2 facts changed in aligned paragraphs", "within_noise": false,
                          "evidence": [["side": "baseline", "quote": "$30 per month"], ["side": "candidate", "quote": "$45 per month"]]]],
            "scores": ["semantic": 0.8812, "chrf": 0.7011, "rouge_l": 0.6523, "baseline_words": 26, "candidate_words": 32],
            "blocks": [
                ["kind": "kept", "baseline": "# Pricing", "candidate": "# Pricing", "similarity": 1, "changed_facts": []],
                ["kind": "reworded", "baseline": "The Pro plan costs $30 per month. Prices change on 1 March 2024.",
                 "candidate": "The Pro plan now costs $45 per month. Prices change on 1 April 2024.", "similarity": 0.8211,
                 "changed_facts": [["kind": "number", "from": ["$30"], "to": ["$45"]],
                                   ["kind": "date", "from": ["1 March 2024"], "to": ["1 April 2024"]]]],
                ["kind": "dropped", "baseline": "Annual plans get two months free.", "changed_facts": []],
                ["kind": "kept", "baseline": "See https://acme.example/pricing for details.",
                 "candidate": "See https://acme.example/pricing for details.", "similarity": 1, "changed_facts": []],
                ["kind": "added", "candidate": "Teams of 10 or more get a volume discount.", "changed_facts": []],
            ],
            "baseline": ["text": .string(baseline)], "candidate": ["text": .string(candidate)],
        ]
    }

    static func maliciousCase() -> JSONValue {
        let evil = JSONValue.string(HTMLReportTests.malicious)
        return [
            "id": "xss-<b>1</b>", "title": .string("Title " + HTMLReportTests.malicious), "class": "changed", "verdict": "INCONCLUSIVE",
            "input_changed": false, "within_noise": false,
            "findings": [["detector": "forbidden_content", "severity": "warning", "regression": true,
                          "message": .string("must_not_include matched " + HTMLReportTests.malicious), "within_noise": false,
                          "evidence": [["side": "candidate", "quote": evil]]],
                         ["detector": "x\" onclick=\"alert(1)", "severity": "info\" onclick=\"alert(1)", "regression": true,
                          "message": "odd detector", "within_noise": false, "evidence": []]],
            "blocks": [["kind": "added", "candidate": evil, "changed_facts": []]],
            "judge": ["model": "judge-model", "outcome": "candidate", "first_order": "B", "second_order": "A", "reason": evil],
            "baseline": ["text": "Here is the HTML you asked for, described in words."],
            "candidate": ["text": .string("Here is the HTML: " + HTMLReportTests.malicious),
                          "tool_calls": [["name": "render<script>", "arguments": ["html": evil]]]],
        ]
    }

    static func rephrased() -> JSONValue {
        [
            "id": "onboarding-email", "title": "Welcome email draft", "class": "rephrased", "verdict": "PASS",
            "input_changed": false, "within_noise": true, "findings": [],
            "scores": ["semantic": 0.9712, "chrf": 0.8123, "rouge_l": 0.7931, "baseline_words": 22, "candidate_words": 22],
            "blocks": [["kind": "reworded", "baseline": "Welcome to Acme! We are glad you joined.", "candidate": "Welcome to Acme! We are happy you joined.",
                        "similarity": 0.95, "changed_facts": []]],
            "noise": ["baseline_samples": 3, "candidate_samples": 3, "candidate_distance": 0.041, "baseline_spread": 0.05, "within_noise": true],
            "judge": ["model": "judge-model", "outcome": "candidate", "first_order": "B", "second_order": "A"],
            "baseline": ["text": "Welcome to Acme! We are glad you joined.\nYour workspace is ready; invite your team from Settings."],
            "candidate": ["text": "Welcome to Acme! We are happy you joined.\nYour workspace is ready: invite your team from the Settings page."],
        ]
    }

    /// A report of `n` changed cases with answers of about 80 words that differ in a few places.
    static func large(_ n: Int) -> JSONValue {
        let words = "the order shipped from our warehouse in Rotterdam and should arrive within three business days unless customs holds it"
            .split(separator: " ").map(String.init)
        var cases: [JSONValue] = []
        cases.reserveCapacity(n)
        for i in 0..<n {
            var old: [String] = [], new: [String] = []
            for k in 0..<80 {
                let w = words[(i + k) % words.count]
                old.append(w)
                new.append(k % 17 == i % 17 ? w.uppercased() + "!" : w)
            }
            let fail = i % 3 == 0
            cases.append([
                "id": .string("case-" + String(repeating: "0", count: 5 - String(i).count) + String(i)), "title": .string("Generated case \(i)"),
                "class": fail ? "regressed" : "changed", "verdict": fail ? "FAIL" : "INCONCLUSIVE",
                "input_changed": false, "within_noise": false,
                "findings": [["detector": fail ? "forbidden_content" : "length_shift", "severity": fail ? "error" : "info", "regression": true,
                              "message": "generated finding", "within_noise": false,
                              "evidence": [["side": "candidate", "quote": .string(new[0...5].joined(separator: " "))]]]],
                "scores": ["semantic": 0.9, "chrf": 0.8, "rouge_l": 0.7, "baseline_words": 80, "candidate_words": 80],
                "blocks": [["kind": "reworded", "baseline": .string(old.joined(separator: " ")), "candidate": .string(new.joined(separator: " ")),
                            "similarity": 0.9, "changed_facts": []]],
                "baseline": ["text": .string(old.joined(separator: " "))], "candidate": ["text": .string(new.joined(separator: " "))],
            ])
        }
        guard case .object(var o) = report() else { return report() }
        o["cases"] = .array(cases)
        return .object(o)
    }
}
