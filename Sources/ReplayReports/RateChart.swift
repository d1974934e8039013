import ReplayForecast

/// An SVG chart of rates with their 95% intervals as error bars: one row per behavior, one mark
/// per series (baseline and candidate, or forecast and production). The axis is square-root
/// scaled, so 0.5% and 40% both read, and zero has a place.
enum RateChart {
    struct Series {
        let name: String
        let color: String
        /// Per row (nil: no mark in this row).
        let rates: [Rate?]
    }

    static func svg(rows: [String], series: [Series], title: String) -> String {
        let top = series.flatMap { $0.rates.compactMap { $0?.interval.high } }.max() ?? 1
        let limit = ticks.first { $0 >= top } ?? 1
        let labelWidth = 210.0, plotWidth = 520.0, rowHeight = 14.0 + 10.0 * Double(series.count), top0 = 34.0
        let height = top0 + rowHeight * Double(rows.count) + 30
        let width = labelWidth + plotWidth + 30
        func x(_ r: Double) -> Double { labelWidth + plotWidth * (max(0, r) / limit).squareRoot() }
        // Ticks at least 32 px apart, so their labels do not run into each other.
        var shown: [Double] = []
        for t in ticks where t <= limit && (shown.last.map { x(t) - x($0) >= 32 } ?? true) { shown.append(t) }
        var s = "<svg class=\"rate-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        s += "<title>\(esc(title))</title>"
        // Legend.
        var lx = labelWidth
        for series in series {
            s += "<circle cx=\"\(f(lx + 5))\" cy=\"12\" r=\"4\" fill=\"\(series.color)\"/><text x=\"\(f(lx + 14))\" y=\"16\" font-size=\"12\">\(esc(series.name))</text>"
            lx += 30 + Double(series.name.count) * 7
        }
        s += "<text x=\"\(f(labelWidth + plotWidth))\" y=\"16\" font-size=\"11\" text-anchor=\"end\" fill=\"#666\">bars: 95% intervals · √ scale</text>"
        // Grid.
        let bottom = top0 + rowHeight * Double(rows.count)
        for t in shown {
            s += "<line x1=\"\(f(x(t)))\" y1=\"\(f(top0 - 4))\" x2=\"\(f(x(t)))\" y2=\"\(f(bottom))\" stroke=\"#ddd\"/>"
            s += "<text x=\"\(f(x(t)))\" y=\"\(f(bottom + 16))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">\(Rate.percent(t))</text>"
        }
        for (n, row) in rows.enumerated() {
            let y0 = top0 + rowHeight * Double(n)
            s += "<text class=\"row-label\" x=\"\(f(labelWidth - 8))\" y=\"\(f(y0 + rowHeight / 2 + 4))\" font-size=\"12\" text-anchor=\"end\">\(esc(row))</text>"
            for (k, series) in series.enumerated() {
                guard let rate = series.rates[n], let value = rate.value else { continue }
                let y = y0 + 9 + 10 * Double(k)
                let tip = "\(series.name): \(rate.phrase)"
                s += "<g class=\"mark\" data-series=\"\(esc(series.name))\"><title>\(esc(tip))</title>"
                s += "<line x1=\"\(f(x(rate.interval.low)))\" y1=\"\(f(y))\" x2=\"\(f(x(rate.interval.high)))\" y2=\"\(f(y))\" stroke=\"\(series.color)\" stroke-width=\"2\"/>"
                for end in [rate.interval.low, rate.interval.high] {
                    s += "<line x1=\"\(f(x(end)))\" y1=\"\(f(y - 3))\" x2=\"\(f(x(end)))\" y2=\"\(f(y + 3))\" stroke=\"\(series.color)\" stroke-width=\"2\"/>"
                }
                // An unobserved behavior is a hollow mark at zero: "at most", not "never".
                let fill = rate.count == 0 ? "white" : series.color
                s += "<circle cx=\"\(f(x(value)))\" cy=\"\(f(y))\" r=\"4\" fill=\"\(fill)\" stroke=\"\(series.color)\" stroke-width=\"1.5\"/></g>"
            }
        }
        return s + "</svg>"
    }

    static let ticks: [Double] = [0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1]

    static func f(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func esc(_ s: String) -> String {
        var out = ""
        HTMLReport.escape(s, into: &out)
        return out
    }
}
