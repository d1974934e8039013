import ReplayDiff

/// The diff as a pull-request comment: the verdict, a summary table with intervals, then one
/// collapsible section per case (worst first) with findings, evidence and a word diff.
public enum MarkdownReport {
    public static func render(_ r: DiffResult, limit: Int = 200) -> String {
        var out: [String] = []
        let icon = r.verdict == .fail ? "❌" : r.verdict == .inconclusive ? "⚠️" : "✅"
        out.append("## \(icon) replay diff: \(r.verdict.rawValue)")
        out.append("")
        out.append("`\(r.baseline.name)` (\(r.baseline.model), `\(r.baseline.commit.prefix(8))`) → `\(r.candidate.name)` (\(r.candidate.model), `\(r.candidate.commit.prefix(8))`), \(r.total) cases; fails on \(r.settings.failOn?.rawValue ?? "never").")
        out.append("")
        out.append("| | cases | rate | 95% interval |")
        out.append("|---|---:|---:|---|")
        for v in Verdict.allCases.reversed() {
            let p = r.count(v)
            out.append("| **\(v.rawValue)** | \(p.count) | \(percent(p.rate)) | \(percent(p.low))–\(percent(p.high)) |")
        }
        for c in ChangeClass.allCases.reversed() {
            let p = r.count(c)
            if p.count > 0 { out.append("| \(c.rawValue) | \(p.count) | \(percent(p.rate)) | \(percent(p.low))–\(percent(p.high)) |") }
        }
        for d in DetectorID.allCases {
            let p = r.count(d)
            if p.count > 0 { out.append("| detector `\(d.rawValue)` | \(p.count) | \(percent(p.rate)) | \(percent(p.low))–\(percent(p.high)) |") }
        }
        if r.withinNoise > 0 { out.append("| changed within sampling noise | \(r.withinNoise) | | |") }
        if let judge = r.judge {
            out.append("")
            out.append("Judge `\(judge)` (both orders must agree): candidate better \(r.judged(.candidate)), baseline better \(r.judged(.baseline)), tie \(r.judged(.tie)), orders disagree \(r.judged(.inconsistent)).")
        }
        let listed = r.cases.filter { $0.changeClass != .cosmetic }
        if !listed.isEmpty {
            out.append("")
            out.append("### Cases")
        }
        for d in listed.prefix(limit) {
            out.append("")
            let badge = d.verdict == .fail ? "❌" : d.verdict == .inconclusive ? "⚠️" : "✅"
            out.append("<details\(d.verdict == .fail ? " open" : "")><summary>\(badge) <code>\(html(d.id))</code> — \(d.changeClass.rawValue)\(d.withinNoise ? " (within noise)" : "")\(d.title.map { ": " + html($0) } ?? "")</summary>")
            out.append("")
            for f in d.findings {
                out.append("- **\(f.regression ? f.severity.rawValue : "note")** `\(f.detector.rawValue)`: \(inline(f.message))\(f.withinNoise ? " _(within noise)_" : "")")
                for e in f.evidence { out.append("  - \(e.side.rawValue): “\(inline(e.quote))”") }
            }
            if let s = d.scores {
                out.append("")
                out.append("Similarity \(fixed2(s.semantic)) · chrF \(fixed2(s.chrF)) · ROUGE-L \(fixed2(s.rougeL)) · words \(s.baselineWords) → \(s.candidateWords)")
            }
            if let j = d.judge { out.append(""); out.append("Judge: **\(j.outcome.rawValue)**\(j.reason.map { " — " + inline($0) } ?? "")") }
            if let b = d.baseline?.text, let c = d.candidate?.text, b != c {
                out.append("")
                out.append("```diff")
                for piece in WordDiff(old: b, new: c).pieces where piece.kind != .equal || true {
                    let prefix = piece.kind == .deleted ? "-" : piece.kind == .inserted ? "+" : " "
                    for line in piece.text.split(separator: "\n", omittingEmptySubsequences: true) {
                        out.append(prefix + " " + String(line).replacingOccurrences("```", "ˋˋˋ"))
                    }
                }
                out.append("```")
            } else if let e = d.candidate?.error {
                out.append("")
                out.append("Candidate error: `\(inline(e))`")
            }
            out.append("")
            out.append("</details>")
        }
        if listed.count > limit { out.append(""); out.append("_… and \(listed.count - limit) more cases: see the HTML or JSON report._") }
        return out.joined(separator: "\n") + "\n"
    }

    static func html(_ s: String) -> String {
        s.replacingOccurrences("&", "&amp;").replacingOccurrences("<", "&lt;").replacingOccurrences(">", "&gt;")
    }

    /// One line of Markdown-safe text.
    static func inline(_ s: String) -> String {
        html(s.split(whereSeparator: \.isNewline).joined(separator: " ")).replacingOccurrences("|", "\\|")
    }
}
