import ReplayCore

/// A registered forecast against what production later showed: per behavior the observed rate,
/// the forecast, their multiplicative error, and whether the forecast got the direction of the
/// change right; across behaviors the median and 90th percentile error and the share of
/// directions right. Stored as `calibration.json`, schema `replay-calibration/1`.
///
/// The zero rule: the error is max(f/o, o/f) of the two rates; when either count is zero, both
/// rates are taken as (count + ½)/(total + 1) (the Haldane–Anscombe correction), so "forecast 0 in
/// 240, observed 3 in 1,000" is a finite, comparable error. When both counts are zero, or either
/// side had no applicable answers, the behavior is not measurable and is left out of the summary.
public struct Calibration: Sendable, Equatable {
    public static let format = "replay-calibration/1"
    /// A rate has "moved" when it changed by at least this factor.
    public static let moveThreshold = 1.5

    public struct Row: Sendable, Equatable {
        public var id: String
        public var summary: String
        public var forecast: Rate
        /// The baseline's rate in the forecast (production before the release, when the baseline
        /// was production's own replies).
        public var baseline: Rate?
        public var observed: Rate
        /// Set when the behavior's definition changed since the forecast: the two measure different things.
        public var versionChanged: Bool

        public init(id: String, summary: String, forecast: Rate, baseline: Rate?, observed: Rate, versionChanged: Bool = false) {
            self.id = id
            self.summary = summary
            self.forecast = forecast
            self.baseline = baseline
            self.observed = observed
            self.versionChanged = versionChanged
        }

        /// max(f/o, o/f) under the zero rule; nil when not measurable.
        public var error: Double? {
            guard !versionChanged, let (f, o) = Calibration.adjustedRates((forecast.count, forecast.total), (observed.count, observed.total)) else { return nil }
            return max(f / o, o / f)
        }

        /// Why there is no error figure, in words; nil when there is one.
        public var unmeasurable: String? {
            if versionChanged { return "the behavior's definition changed since the forecast" }
            if observed.total == 0 { return "no applicable replies in production" }
            if forecast.total == 0 { return "no applicable cases in the forecast" }
            if forecast.count == 0 && observed.count == 0 {
                return "not observed on either side (rarer than \(Rate.percent(min(forecast.interval.high, observed.interval.high))))"
            }
            return nil
        }

        /// The forecast's direction (baseline → candidate) and production's (baseline → observed).
        public var forecastDirection: Direction? {
            baseline.map { Direction.of(from: ($0.count, $0.total), to: (forecast.count, forecast.total), threshold: Calibration.moveThreshold) }
        }

        public var observedDirection: Direction? {
            baseline.map { Direction.of(from: ($0.count, $0.total), to: (observed.count, observed.total), threshold: Calibration.moveThreshold) }
        }

        /// For a behavior production moved by ≥1.5×: did the forecast say the same way?
        public var directionRight: Bool? {
            guard !versionChanged, let o = observedDirection, o != .flat, let f = forecastDirection else { return nil }
            return f == o
        }
    }

    public var forecastID: String
    public var forecastCommit: String
    public var created: String
    public var replayVersion: String
    /// The observed logs as given, and how many replies each gave.
    public var sources: [(path: String, replies: Int)]
    /// Production's replies read (after any model filter).
    public var replies: Int
    /// The model filter, if any.
    public var model: String?
    public var rows: [Row]
    /// What the reader should know (replies older than the registration, skipped records).
    public var warnings: [String]

    public init(forecastID: String, forecastCommit: String, created: String, replayVersion: String, sources: [(path: String, replies: Int)],
                replies: Int, model: String?, rows: [Row], warnings: [String] = []) {
        self.forecastID = forecastID
        self.forecastCommit = forecastCommit
        self.created = created
        self.replayVersion = replayVersion
        self.sources = sources
        self.replies = replies
        self.model = model
        self.rows = rows
        self.warnings = warnings
    }

    public static func == (a: Calibration, b: Calibration) -> Bool {
        a.forecastID == b.forecastID && a.forecastCommit == b.forecastCommit && a.created == b.created && a.rows == b.rows
            && a.sources.map(\.path) == b.sources.map(\.path) && a.sources.map(\.replies) == b.sources.map(\.replies)
            && a.replies == b.replies && a.model == b.model && a.warnings == b.warnings
    }

    /// The measurable behaviors' errors.
    public var errors: [Double] { rows.compactMap(\.error) }
    public var medianError: Double? { Calibration.percentile(errors, 0.5) }
    public var p90Error: Double? { Calibration.percentile(errors, 0.9) }
    /// Behaviors production moved by ≥1.5×, and of those how many the forecast got the direction of.
    public var directions: (right: Int, moved: Int) {
        let judged = rows.compactMap(\.directionRight)
        return (judged.filter { $0 }.count, judged.count)
    }

    /// The two rates under the zero rule, or nil when they cannot be compared.
    public static func adjustedRates(_ a: (count: Int, total: Int), _ b: (count: Int, total: Int)) -> (Double, Double)? {
        guard a.total > 0, b.total > 0, a.count > 0 || b.count > 0 else { return nil }
        if a.count == 0 || b.count == 0 {
            return ((Double(a.count) + 0.5) / (Double(a.total) + 1), (Double(b.count) + 0.5) / (Double(b.total) + 1))
        }
        return (Double(a.count) / Double(a.total), Double(b.count) / Double(b.total))
    }

    /// The q-quantile by linear interpolation between order statistics (numpy's default).
    public static func percentile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        let h = Double(s.count - 1) * q
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, s.count - 1)
        return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
    }
}

// MARK: - JSON

extension Calibration {
    public var json: JSONValue {
        var o: [String: JSONValue] = [
            "format": .string(Calibration.format), "forecast": .string(forecastID), "forecast_commit": .string(forecastCommit),
            "created": .string(created), "replay_version": .string(replayVersion), "replies": .int(replies),
            "sources": .array(sources.map { ["path": .string($0.path), "replies": .int($0.replies)] }),
            "warnings": .array(warnings.map(JSONValue.string)),
            "rows": .array(rows.map { r in
                var e: [String: JSONValue] = ["id": .string(r.id), "summary": .string(r.summary), "forecast": r.forecast.json,
                                              "observed": r.observed.json, "version_changed": .bool(r.versionChanged)]
                e["baseline"] = r.baseline?.json ?? .null
                e["error"] = r.error.map(JSONValue.double) ?? .null
                e["unmeasurable"] = r.unmeasurable.map(JSONValue.string) ?? .null
                e["forecast_direction"] = r.forecastDirection.map { .string($0.rawValue) } ?? .null
                e["observed_direction"] = r.observedDirection.map { .string($0.rawValue) } ?? .null
                e["direction_right"] = r.directionRight.map(JSONValue.bool) ?? .null
                return .object(e)
            }),
        ]
        o["model"] = model.map(JSONValue.string) ?? .null
        let d = directions
        o["summary"] = [
            "measurable": .int(errors.count), "median_error": medianError.map(JSONValue.double) ?? .null,
            "p90_error": p90Error.map(JSONValue.double) ?? .null, "directions_right": .int(d.right), "directions_moved": .int(d.moved),
        ]
        return .object(o)
    }

    public init(json: JSONValue) throws {
        guard json["format"]?.stringValue == Calibration.format else {
            throw ReplayError("not a calibration this replay reads (format \(json["format"]?.stringValue ?? "missing"), expected \(Calibration.format))")
        }
        guard let id = json["forecast"]?.stringValue, let commit = json["forecast_commit"]?.stringValue, let created = json["created"]?.stringValue else {
            throw ReplayError("the calibration does not name its forecast")
        }
        var rows: [Row] = []
        for (n, r) in (json["rows"]?.arrayValue ?? []).enumerated() {
            guard let rid = r["id"]?.stringValue, let f = Rate(json: r["forecast"]), let o = Rate(json: r["observed"]) else {
                throw ReplayError("row \(n + 1) of the calibration is not readable")
            }
            rows.append(Row(id: rid, summary: r["summary"]?.stringValue ?? "", forecast: f, baseline: Rate(json: r["baseline"]), observed: o,
                            versionChanged: r["version_changed"]?.boolValue ?? false))
        }
        let sources = (json["sources"]?.arrayValue ?? []).compactMap { s in s["path"]?.stringValue.map { ($0, s["replies"]?.intValue ?? 0) } }
        self.init(forecastID: id, forecastCommit: commit, created: created, replayVersion: json["replay_version"]?.stringValue ?? "",
                  sources: sources, replies: json["replies"]?.intValue ?? 0, model: json["model"]?.stringValue, rows: rows,
                  warnings: (json["warnings"]?.arrayValue ?? []).compactMap(\.stringValue))
    }
}
