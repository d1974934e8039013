import ReplayCore
import ReplayForecast

/// A forecast for people: every behavior's forecast rate with its interval in words, the
/// baseline's, the paired comparison (McNemar's p, the rate ratio) and the sample-size guidance;
/// as terminal text, Markdown, JSON (`replay-forecast/1`) or an HTML page with a rate chart.
public enum ForecastReport {
    public static func terminal(_ f: Forecast, color: Bool) -> String {
        let p = Paint(enabled: color)
        var out = [p.bold("replay forecast") + " " + title(f)]
        out.append(p.dim("rates per applicable answer, 95% intervals (Wilson, continuity-corrected); paired: the cases both runs answered"))
        // Behaviors seen on some side in full; the rest named in two lines.
        let seen = f.behaviors.filter { $0.candidate.count > 0 || ($0.baseline?.count ?? 0) > 0 }
        let unseen = f.behaviors.filter { b in b.candidate.count == 0 && (b.baseline?.count ?? 0) == 0 && (b.candidate.total > 0 || (b.baseline?.total ?? 0) > 0) }
        let inapplicable = f.behaviors.filter { $0.candidate.total == 0 && ($0.baseline?.total ?? 0) == 0 }
        for b in seen {
            out.append("")
            out.append(p.bold(b.id) + p.dim(" — \(b.summary)"))
            out.append("  forecast  \(b.candidate.phrase)")
            if let base = b.baseline { out.append("  baseline  \(base.phrase)") }
            if let line = pairedLine(b) { out.append("  " + (significant(b) ? p.yellow(line) : line)) }
            if !b.guidance.isEmpty { out.append(p.dim("  \(b.guidance)")) }
        }
        if !unseen.isEmpty {
            out.append("")
            out.append("not observed: " + unseen.map { b in "\(b.id) (0 of \(b.candidate.total), at most \(Rate.percent(b.candidate.interval.high)))" }.joined(separator: "; "))
        }
        if !inapplicable.isEmpty {
            out.append(p.dim("no applicable cases: " + inapplicable.map(\.id).joined(separator: ", ")))
        }
        out.append("")
        out.append(footer(f))
        return out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ f: Forecast) -> String {
        var out = ["# replay forecast: \(md(title(f)))", ""]
        out.append("Rates per applicable answer with 95% intervals (Wilson score, continuity-corrected). The paired comparison uses the cases both runs answered: McNemar's exact test on the cases where only one side showed the behavior, and the ratio of the two rates with its 95% interval.")
        out.append("")
        let hasBase = f.baseline != nil
        out.append(hasBase ? "| behavior | forecast (\(md(f.candidate.model))) | baseline (\(md(f.baseline!.model))) | paired | guidance |"
                           : "| behavior | forecast (\(md(f.candidate.model))) | guidance |")
        out.append(hasBase ? "|---|---|---|---|---|" : "|---|---|---|")
        for b in f.behaviors {
            let name = "**\(md(b.id))**<br>\(md(b.summary))"
            if hasBase {
                out.append("| \(name) | \(md(b.candidate.phrase)) | \(md(b.baseline?.phrase ?? "")) | \(md(pairedLine(b) ?? "")) | \(md(b.guidance)) |")
            } else {
                out.append("| \(name) | \(md(b.candidate.phrase)) | \(md(b.guidance)) |")
            }
        }
        out.append("")
        out.append(md(footer(f)))
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ f: Forecast) -> String { f.json.canonical + "\n" }

    public static func html(_ f: Forecast) -> String {
        var page = HTMLPage(title: "replay forecast: " + title(f))
        page.raw("<h1>replay forecast</h1>\n<p class=\"runs\">")
        page.text(title(f))
        page.raw("</p>\n")
        let rows = f.behaviors.filter { $0.candidate.total > 0 || ($0.baseline?.total ?? 0) > 0 }
        var series: [RateChart.Series] = []
        if let base = f.baseline { series.append(.init(name: "baseline (\(base.model))", color: "#888888", rates: rows.map(\.baseline))) }
        series.append(.init(name: "forecast (\(f.candidate.model))", color: "#1f6feb", rates: rows.map(\.candidate)))
        page.raw("<figure>" + RateChart.svg(rows: rows.map(\.id), series: series, title: "behavior rates with 95% intervals") + "</figure>\n")
        page.raw("<table class=\"behaviors\"><thead><tr><th>behavior</th><th>forecast</th>")
        if f.baseline != nil { page.raw("<th>baseline</th><th>paired</th>") }
        page.raw("<th>guidance</th></tr></thead><tbody>\n")
        for b in f.behaviors {
            page.raw("<tr id=\"b-\(RateChart.esc(b.id))\"><td><b>")
            page.text(b.id)
            page.raw("</b><br><small>")
            page.text(b.summary)
            page.raw("</small></td><td>")
            page.text(b.candidate.phrase)
            page.raw("</td>")
            if f.baseline != nil {
                page.raw("<td>")
                page.text(b.baseline?.phrase ?? "")
                page.raw("</td><td\(significant(b) ? " class=\"significant\"" : "")>")
                page.text(pairedLine(b) ?? "")
                page.raw("</td>")
            }
            page.raw("<td>")
            page.text(b.guidance)
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n<p class=\"footer\">")
        page.text(footer(f))
        page.raw("</p>\n")
        return page.finish()
    }

    static func title(_ f: Forecast) -> String {
        var t = "\(f.candidate.name) (\(f.candidate.model), \(f.candidate.commit.prefix(8)))"
        if let b = f.baseline { t += " vs \(b.name) (\(b.model), \(b.commit.prefix(8)))" }
        if let id = f.id { t += " — registered as \(id)" }
        return t
    }

    static func footer(_ f: Forecast) -> String {
        var parts = ["\(f.candidate.answered) answered case(s) of \(f.candidate.model)"]
        if f.candidate.errored > 0 { parts[0] += " (\(f.candidate.errored) errored, left out)" }
        if let b = f.baseline { parts.append("\(b.answered) of \(b.model)" + (b.errored > 0 ? " (\(b.errored) errored)" : "")) }
        parts.append("made \(f.created) by replay \(f.replayVersion)")
        return parts.joined(separator: "; ")
    }

    /// "paired on 240: 2 only in the baseline, 9 only in the forecast; McNemar p = 0.065; ratio 2.3× (95%: 1.0–5.4)".
    static func pairedLine(_ b: Forecast.Behavior) -> String? {
        guard let pc = b.paired else { return nil }
        var s = "paired on \(pc.pairs): \(pc.baselineOnly) only in the baseline, \(pc.candidateOnly) only in the forecast; McNemar p \(pValue(pc.mcnemarP))"
        if let r = pc.ratio { s += "; ratio \(times(r.estimate)) (95%: \(times(r.low, unit: false))–\(times(r.high)))" }
        return s
    }

    static func significant(_ b: Forecast.Behavior) -> Bool { (b.paired?.mcnemarP ?? 1) < 0.05 }

    /// "= 0.065" or "< 0.001".
    static func pValue(_ p: Double) -> String {
        if p < 0.001 { return "< 0.001" }
        let r = (p * 1000).rounded() / 1000
        return "= " + String(r)
    }

    static func times(_ x: Double, unit: Bool = true) -> String {
        let r = x >= 10 ? x.rounded() : x >= 0.1 ? (x * 100).rounded() / 100 : (x * 10000).rounded() / 10000
        let s = r == r.rounded() ? String(Int(r)) : String(r)
        return unit ? s + "×" : s
    }

    /// Markdown table cells: pipes escaped, lines joined.
    static func md(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences("|", "\\|")
    }
}

/// A self-contained page: one stylesheet, no script, every text escaped.
struct HTMLPage {
    var html = ""

    init(title: String) {
        html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        HTMLReport.escape(title, into: &html)
        html += "</title>\n<style>\(HTMLPage.css)</style>\n</head>\n<body>\n"
    }

    mutating func raw(_ s: String) { html += s }
    mutating func text(_ s: String) { HTMLReport.escape(s, into: &html) }
    mutating func finish() -> String { html + "</body>\n</html>\n" }

    static let css = """
        body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#1f2328;padding:0 16px}\
        h1{font-size:22px;margin:0 0 4px}.runs{color:#555;margin:0 0 16px}figure{margin:0 0 16px;overflow-x:auto}\
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}\
        th{background:#f6f8fa}small{color:#555}td.significant{color:#9a6700;font-weight:600}.footer{color:#555;margin-top:16px}\
        .summary{font-size:16px;margin:8px 0 16px}.warn{color:#9a6700}td.num{text-align:right;font-variant-numeric:tabular-nums}
        """
}
