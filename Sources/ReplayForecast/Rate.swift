import Foundation

/// How often a behavior showed: `count` of `total` applicable answers, with its 95% interval.
public struct Rate: Sendable, Equatable {
    public let count: Int
    public let total: Int
    public let interval: Interval

    public init(_ count: Int, of total: Int) {
        precondition(count >= 0 && count <= total, "a count within its total")
        self.count = count
        self.total = total
        interval = .wilson(count, of: total)
    }

    /// nil when nothing applicable was seen.
    public var value: Double? { total == 0 ? nil : Double(count) / Double(total) }

    /// What the rate says, in words, never "0%": "3 in 240: 1.2% (95%: 0.3%–3.9%)",
    /// "not observed in 240: at most 2% (95%)", "none applicable".
    public var phrase: String {
        guard total > 0 else { return "none applicable" }
        if count == 0 { return "not observed in \(total): at most \(Rate.percent(interval.high)) (95%)" }
        if count == total { return "all \(total): at least \(Rate.percent(interval.low)) (95%)" }
        return "\(count) in \(total): \(Rate.percent(value!)) (95%: \(Rate.percent(interval.low))–\(Rate.percent(interval.high)))"
    }

    /// A percentage with the digits its size needs: 12%, 1.5%, 0.042%.
    public static func percent(_ x: Double) -> String {
        let p = x * 100
        if p == 0 { return "0%" }
        if p >= 10 { return String(format: "%.0f%%", p) }
        if p >= 0.1 { return trimmed(String(format: "%.1f", p)) + "%" }
        return trimmed(String(format: "%.2g", p)) + "%"
    }

    static func trimmed(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
