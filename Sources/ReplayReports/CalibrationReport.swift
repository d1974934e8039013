import ReplayCore
import ReplayForecast

/// A calibration for people: per behavior production's rate, the forecast, their multiplicative
/// error and the direction of change; the median and 90th-percentile error and the share of
/// directions right; and the history of calibrations across releases.
public enum CalibrationReport {
    public static func terminal(_ c: Calibration, color: Bool) -> String {
        let p = Paint(enabled: color)
        var out = [p.bold("replay calibrate") + " forecast \(c.forecastID) against \(c.replies) production repl\(c.replies == 1 ? "y" : "ies")"
                   + (c.model.map { " of \($0)" } ?? "")]
        out.append(p.bold(summary(c)))
        out.append(p.dim("error = max(forecast/observed, observed/forecast); a zero count is taken as (count + ½)/(total + 1)"))
        let unseen = c.rows.filter { $0.error == nil && !$0.versionChanged && $0.forecast.total > 0 && $0.observed.total > 0 }
        let inapplicable = c.rows.filter { $0.error == nil && !$0.versionChanged && ($0.forecast.total == 0 || $0.observed.total == 0) }
        for r in c.rows where r.error != nil || r.versionChanged {
            out.append("")
            out.append(p.bold(r.id) + p.dim(" — \(r.summary)"))
            out.append("  observed  \(r.observed.phrase)")
            out.append("  forecast  \(r.forecast.phrase)")
            if let base = r.baseline { out.append(p.dim("  baseline  \(base.phrase)")) }
            out.append("  " + verdict(r, p))
        }
        if !unseen.isEmpty {
            out.append("")
            out.append("not measurable, seen on neither side: " + unseen.map { "\($0.id) (production \($0.observed.phrase))" }.joined(separator: "; "))
        }
        if !inapplicable.isEmpty {
            out.append(p.dim("not measurable, no applicable answers: " + inapplicable.map(\.id).joined(separator: ", ")))
        }
        for w in c.warnings { out.append(p.yellow("warning: ") + w) }
        return out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ c: Calibration) -> String {
        var out = ["# replay calibrate: forecast \(ForecastReport.md(c.forecastID))", ""]
        out.append("Against \(c.replies) production replies" + (c.model.map { " of \(ForecastReport.md($0))" } ?? "") + " from "
                   + c.sources.map { "`\($0.path)` (\($0.replies))" }.joined(separator: ", ") + ".")
        out.append("")
        out.append("**\(ForecastReport.md(summary(c)))**")
        out.append("")
        out.append("Multiplicative error = max(forecast/observed, observed/forecast); when either count is zero both rates are taken as (count + ½)/(total + 1).")
        out.append("")
        out.append("| behavior | observed | forecast | error | direction |")
        out.append("|---|---|---|---|---|")
        for r in c.rows {
            out.append("| **\(ForecastReport.md(r.id))** | \(ForecastReport.md(r.observed.phrase)) | \(ForecastReport.md(r.forecast.phrase)) | \(ForecastReport.md(errorText(r))) | \(ForecastReport.md(directionText(r))) |")
        }
        if !c.warnings.isEmpty {
            out.append("")
            for w in c.warnings { out.append("- ⚠ \(ForecastReport.md(w))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ c: Calibration) -> String { c.json.canonical + "\n" }

    public static func html(_ c: Calibration) -> String {
        var page = HTMLPage(title: "replay calibrate: forecast \(c.forecastID)")
        page.raw("<h1>replay calibrate</h1>\n<p class=\"runs\">")
        page.text("forecast \(c.forecastID) against \(c.replies) production replies" + (c.model.map { " of \($0)" } ?? ""))
        page.raw("</p>\n<p class=\"summary\">")
        page.text(summary(c))
        page.raw("</p>\n")
        let rows = c.rows.filter { $0.forecast.total > 0 || $0.observed.total > 0 }
        var series: [RateChart.Series] = []
        if rows.contains(where: { $0.baseline != nil }) { series.append(.init(name: "baseline", color: "#888888", rates: rows.map(\.baseline))) }
        series.append(.init(name: "forecast", color: "#1f6feb", rates: rows.map(\.forecast)))
        series.append(.init(name: "production", color: "#d1242f", rates: rows.map(\.observed)))
        page.raw("<figure>" + RateChart.svg(rows: rows.map(\.id), series: series, title: "forecast and production rates with 95% intervals") + "</figure>\n")
        page.raw("<table class=\"calibration\"><thead><tr><th>behavior</th><th>production</th><th>forecast</th><th>error</th><th>direction</th></tr></thead><tbody>\n")
        for r in c.rows {
            page.raw("<tr id=\"b-\(RateChart.esc(r.id))\"><td><b>")
            page.text(r.id)
            page.raw("</b><br><small>")
            page.text(r.summary)
            page.raw("</small></td><td>")
            page.text(r.observed.phrase)
            page.raw("</td><td>")
            page.text(r.forecast.phrase)
            page.raw("</td><td class=\"num\">")
            page.text(errorText(r))
            page.raw("</td><td>")
            page.text(directionText(r))
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
        for w in c.warnings {
            page.raw("<p class=\"warn\">warning: ")
            page.text(w)
            page.raw("</p>\n")
        }
        return page.finish()
    }

    /// "median error 1.4× over 9 measurable behaviors, 90th percentile 3.1×; direction right for 4 of 5 that moved ≥1.5×".
    public static func summary(_ c: Calibration) -> String {
        guard let median = c.medianError, let p90 = c.p90Error else { return "no behavior was measurable on both sides" }
        var s = "median error \(ForecastReport.times(median)) over \(c.errors.count) measurable behavior\(c.errors.count == 1 ? "" : "s"), 90th percentile \(ForecastReport.times(p90))"
        let d = c.directions
        if !c.rows.contains(where: { $0.baseline != nil }) {
            s += "; directions not judged (the forecast has no baseline)"
        } else {
            s += d.moved == 0 ? "; no behavior moved ≥1.5× in production" : "; direction right for \(d.right) of \(d.moved) that moved ≥1.5×"
        }
        return s
    }

    static func errorText(_ r: Calibration.Row) -> String {
        if let e = r.error { return ForecastReport.times(e) }
        return "not measurable: " + (r.unmeasurable ?? "")
    }

    static func directionText(_ r: Calibration.Row) -> String {
        guard r.error != nil, let f = r.forecastDirection, let o = r.observedDirection else { return "" }
        let right = r.directionRight.map { $0 ? " — right" : " — wrong" } ?? ""
        return "forecast \(f.rawValue), production \(o.rawValue)\(right)"
    }

    static func verdict(_ r: Calibration.Row, _ p: Paint) -> String {
        var s = "error " + errorText(r)
        let d = directionText(r)
        if !d.isEmpty { s += "; " + d }
        if let e = r.error, e >= 3 { return p.yellow(s) }
        return s
    }

    // MARK: History

    public static func history(_ list: [Calibration], color: Bool) -> String {
        let p = Paint(enabled: color)
        guard !list.isEmpty else { return "no calibrations yet: run `replay calibrate --forecast ID --observed PATH...`\n" }
        var out = [p.bold("replay calibrate --history") + " — \(list.count) calibration\(list.count == 1 ? "" : "s"), oldest first"]
        for c in list {
            let median = c.medianError.map { ForecastReport.times($0) } ?? "–", p90 = c.p90Error.map { ForecastReport.times($0) } ?? "–"
            let d = c.directions
            out.append("\(c.created)  \(c.forecastID)  \(c.replies) replies  median \(median)  p90 \(p90)  direction \(d.moved == 0 ? "–" : "\(d.right)/\(d.moved)")  (\(c.errors.count) measurable)")
        }
        let medians = list.compactMap(\.medianError)
        if medians.count >= 2 {
            let first = medians.first!, last = medians.last!
            let trend = last < first ? "better" : last > first ? "worse" : "unchanged"
            out.append(p.dim("median error \(ForecastReport.times(first)) → \(ForecastReport.times(last)): forecasts are getting \(trend)"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func historyJSON(_ list: [Calibration]) -> String {
        JSONValue.object(["format": "replay-calibrations/1", "calibrations": .array(list.map(\.json))]).canonical + "\n"
    }

    public static func historyMarkdown(_ list: [Calibration]) -> String {
        var out = ["# replay calibrations", "", "| calibrated | forecast | replies | median error | 90th percentile | directions right | measurable |", "|---|---|---|---|---|---|---|"]
        for c in list {
            let d = c.directions
            out.append("| \(c.created) | \(ForecastReport.md(c.forecastID)) | \(c.replies) | \(c.medianError.map { ForecastReport.times($0) } ?? "–") | \(c.p90Error.map { ForecastReport.times($0) } ?? "–") | \(d.moved == 0 ? "–" : "\(d.right) of \(d.moved)") | \(c.errors.count) |")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
