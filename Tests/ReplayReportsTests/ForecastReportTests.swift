import Foundation
import ReplayCore
import ReplayForecast
@testable import ReplayReports
import XCTest

/// The forecast and calibration reports: numbers in words, tables, and an HTML page whose rate
/// chart a real browser draws (headless Chromium).
final class ForecastReportTests: XCTestCase {
    static let evil = "</svg><script>alert(1)</script>"

    static func forecast() -> Forecast {
        let run = { (name: String, model: String) in Forecast.RunRef(name: name, model: model, commit: String(repeating: "a", count: 40), runID: "r", answered: 240, errored: 0) }
        let refusal = Forecast.Behavior(id: "refusal", version: 1, summary: "declines", source: "detector", candidate: Rate(24, of: 240),
                                        baseline: Rate(8, of: 240), paired: PairedComparison(both: 6, baselineOnly: 2, candidateOnly: 18, neither: 214),
                                        guidance: "to resolve a change ×2 takes ~600 cases")
        let rare = Forecast.Behavior(id: "invented_link", version: 1, summary: evil, source: "detector", candidate: Rate(0, of: 240),
                                     baseline: Rate(0, of: 240), paired: PairedComparison(both: 0, baselineOnly: 0, candidateOnly: 0, neither: 240), guidance: "")
        let none = Forecast.Behavior(id: "json_invalid", version: 1, summary: "not JSON", source: "detector", candidate: Rate(0, of: 0),
                                     baseline: Rate(0, of: 0), paired: nil, guidance: "no applicable cases yet")
        return Forecast(id: "rc1", created: "2026-11-29T00:00:00Z", replayVersion: "0.1.0", candidate: run("new", "gpt-new"),
                        baseline: run("default", "gpt-old"), behaviors: [refusal, rare, none], changeFactor: 2)
    }

    static func calibration() -> Calibration {
        Calibration(forecastID: "rc1", forecastCommit: String(repeating: "b", count: 40), created: "2026-12-20T00:00:00Z", replayVersion: "0.1.0",
                    sources: [("prod.jsonl", 1000)], replies: 1000, model: nil, rows: [
                        .init(id: "refusal", summary: "declines", forecast: Rate(24, of: 240), baseline: Rate(8, of: 240), observed: Rate(150, of: 1000)),
                        .init(id: "flattering_opener", summary: "flatters", forecast: Rate(0, of: 240), baseline: Rate(12, of: 240), observed: Rate(3, of: 1000)),
                        .init(id: "invented_link", summary: Self.evil, forecast: Rate(0, of: 240), baseline: Rate(0, of: 240), observed: Rate(0, of: 1000)),
                    ])
    }

    func testTerminalSaysRatesInWordsAndNeverZeroPercent() {
        let text = ForecastReport.terminal(Self.forecast(), color: false)
        XCTAssertTrue(text.contains("forecast  24 in 240: 10% (95%: 6.6%–15%)"), text)
        XCTAssertTrue(text.contains("paired on 240: 2 only in the baseline, 18 only in the forecast; McNemar p < 0.001; ratio 3×"), text)
        XCTAssertTrue(text.contains("not observed: invented_link (0 of 240, at most 2%)"), text)
        XCTAssertTrue(text.contains("no applicable cases: json_invalid"))
        XCTAssertFalse(text.contains(" 0%"))
        XCTAssertFalse(text.contains("\u{1B}["))
        XCTAssertTrue(ForecastReport.terminal(Self.forecast(), color: true).contains("\u{1B}[1mrefusal"))
    }

    func testMarkdownIsOneTableRowPerBehaviorWithPipesEscaped() {
        let md = ForecastReport.markdown(Self.forecast())
        XCTAssertTrue(md.contains("| behavior | forecast (gpt-new) | baseline (gpt-old) | paired | guidance |"))
        XCTAssertEqual(md.components(separatedBy: "\n| **").count - 1, 3)
        let cal = CalibrationReport.markdown(Self.calibration())
        XCTAssertTrue(cal.contains("| **refusal** | 150 in 1000: 15% (95%: 13%–17%) | 24 in 240: 10% (95%: 6.6%–15%) | 1.5× | forecast up, production up — right |"), cal)
        XCTAssertTrue(cal.contains("not measurable: not observed on either side"))
    }

    func testCalibrationSummaryAndHistory() {
        let c = Self.calibration()
        // refusal: 0.15 / 0.10 = 1.5; flattering, a zero on one side: (0 + ½)/241 vs (3 + ½)/1001 → 1.685…
        XCTAssertEqual(c.errors.count, 2)
        XCTAssertEqual(c.rows[0].error!, 1.5, accuracy: 1e-12)
        XCTAssertEqual(c.rows[1].error!, (3.5 / 1001) / (0.5 / 241), accuracy: 1e-12)
        XCTAssertTrue(CalibrationReport.summary(c).hasPrefix("median error 1.59× over 2 measurable behaviors, 90th percentile 1.67×; direction right for 2 of 2"), CalibrationReport.summary(c))
        var later = c
        later.created = "2027-01-20T00:00:00Z"
        later.rows[0] = .init(id: "refusal", summary: "declines", forecast: Rate(24, of: 240), baseline: Rate(8, of: 240), observed: Rate(100, of: 1000))
        let history = CalibrationReport.history([c, later], color: false)
        XCTAssertTrue(history.contains("forecasts are getting better"), history)
        XCTAssertEqual(CalibrationReport.history([], color: false), "no calibrations yet: run `replay calibrate --forecast ID --observed PATH...`\n")
        var unpaired = c
        unpaired.rows = c.rows.map { r in var r = r; r.baseline = nil; return r }
        XCTAssertTrue(CalibrationReport.summary(unpaired).hasSuffix("; directions not judged (the forecast has no baseline)"))
    }

    func testJSONRoundTrips() throws {
        let f = Self.forecast()
        XCTAssertEqual(try Forecast(json: try JSONParser.parse(ForecastReport.json(f)).json), f)
        let c = Self.calibration()
        XCTAssertEqual(try Calibration(json: try JSONParser.parse(CalibrationReport.json(c)).json), c)
        XCTAssertThrowsError(try Forecast(json: ["format": "replay-forecast/9"]))
    }

    func testHTMLChartDrawsInABrowserAndEscapesText() throws {
        let chromium = try HeadlessChromium()
        defer { try? FileManager.default.removeItem(at: chromium.directory) }
        for html in [ForecastReport.html(Self.forecast()), CalibrationReport.html(Self.calibration())] {
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
            let page = try chromium.write(html)
            let dom = try chromium.dumpDOM(page)
            XCTAssertEqual(dom.components(separatedBy: "<svg class=\"rate-chart\"").count, 2, "one chart")
            XCTAssertFalse(dom.contains("<script"), "the summary stayed text")
            XCTAssertTrue(dom.contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
            // Marks with error bars: a hollow circle for the unobserved, filled otherwise.
            XCTAssertTrue(dom.contains("class=\"mark\""))
            XCTAssertTrue(dom.contains("fill=\"white\""))
            let png = chromium.directory.appendingPathComponent("chart.png")
            try chromium.run(["--screenshot=\(png.path)", "--window-size=1100,900", page.absoluteString])
            let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int)
            XCTAssertGreaterThan(size, 20_000, "a blank page compresses to a few KB")
        }
        // The forecast chart has a row per behavior with applicable cases, two series each.
        let svg = ForecastReport.html(Self.forecast())
        XCTAssertEqual(svg.components(separatedBy: "class=\"row-label\"").count - 1, 2)
        XCTAssertEqual(svg.components(separatedBy: "<g class=\"mark\"").count - 1, 4)
    }
}
