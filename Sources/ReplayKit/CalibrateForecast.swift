import Foundation
import ReplayCore
import ReplayDiff
import ReplayForecast
import ReplayImport
import ReplayRedaction
import ReplayStore

/// `replay calibrate --forecast ID --observed PATH...`: production's replies after the release,
/// read with the importers, de-identified as imports are, counted with the same behaviors, and
/// set against the registered forecast; the calibration is appended to the store's history.
public enum CalibrateForecast {
    public struct Options: Sendable {
        public var forecast: String
        public var observed: [String]
        public var format: LogFormatID?
        /// Only replies this model gave (as the logs name it).
        public var model: String?
        public var redact = true
        public var save = true
        public var ci = false

        public init(forecast: String, observed: [String]) {
            self.forecast = forecast
            self.observed = observed
        }
    }

    public struct Result: Sendable {
        public var calibration: Calibration
        public var forecast: Forecast
        public var saved: ObjectID?
        /// Records and replies left out, by reason.
        public var skipped: [(reason: String, count: Int)]
    }

    public static func run(workspace: Workspace, options: Options, environment: any Environment,
                           labeler: (any BehaviorLabeler)? = nil) async throws -> Result {
        guard !options.observed.isEmpty else {
            throw ReplayError("calibrate needs production's logs: --observed PATH (files, folders or zips)", kind: .usage)
        }
        let store = try workspace.openStore(environment: environment)
        let stored = try store.forecast(options.forecast)
        let forecast = try RegisteredForecasts.read(stored)
        let (_, observer) = try ForecastRuns.behaviors(workspace)

        // Production's replies.
        var observed = try readReplies(options, registered: stored.time, workspace: workspace, environment: environment)
        guard !observed.answers.isEmpty else {
            var details = options.model.map { ["no reply in them is from '\($0)'; the logs name: \(observed.models.sorted().joined(separator: ", "))"] } ?? []
            details += observed.skipped.prefix(5).map { "skipped \($0.count): \($0.reason)" }
            throw ReplayError("no production replies were found in \(options.observed.joined(separator: ", "))", details: details + ["nothing was calibrated"])
        }
        let columns = try await BehaviorCounting.observe(observed.answers, observer: observer, labeler: labeler)
        var warnings = columns.warnings

        // Each forecast behavior against the same behavior counted in production.
        var rows: [Calibration.Row] = []
        for b in forecast.behaviors {
            guard let d = observer.definitions.firstIndex(where: { $0.id == b.id }) else {
                warnings.append("'\(b.id)' is no longer defined (the config or replay changed since the forecast): left out")
                continue
            }
            let changed = observer.definitions[d].version != b.version
            if changed {
                warnings.append("'\(b.id)' is at version \(observer.definitions[d].version) now, the forecast counted version \(b.version): not comparable")
            }
            rows.append(Calibration.Row(id: b.id, summary: b.summary, forecast: b.candidate, baseline: b.baseline,
                                        observed: BehaviorTally.rate(columns.columns[d]), versionChanged: changed))
        }
        if observed.beforeRegistration > 0 {
            warnings.append("\(observed.beforeRegistration) of the replies are dated before the forecast was registered (\(Timestamp.iso8601(stored.time))): production after the release should be measured")
        }
        var calibration = Calibration(forecastID: stored.id, forecastCommit: stored.commit.hex, created: Timestamp.iso8601(environment.now()),
                                      replayVersion: ReplayVersion.current, sources: observed.sources, replies: observed.answers.count,
                                      model: options.model, rows: rows, warnings: warnings)
        var saved: ObjectID? = nil
        if options.save {
            if CIMode.active(environment, flag: options.ci) {
                calibration.warnings.append("not saved to the history: in CI replay never writes")
            } else {
                saved = try store.saveCalibration(Array((calibration.json.canonical + "\n").utf8), forecastID: stored.id,
                                                  forecastCommit: stored.commit, subject: "\(stored.id) against \(observed.answers.count) production replies")
            }
        }
        observed.answers.removeAll()
        return Result(calibration: calibration, forecast: forecast, saved: saved, skipped: observed.skipped)
    }

    /// Every saved calibration, oldest first.
    public static func history(workspace: Workspace, environment: any Environment) throws -> [Calibration] {
        let store = try workspace.openStore(environment: environment)
        return try store.calibrations().map { c in
            do { return try Calibration(json: try JSONParser.parse(String(decoding: c.json, as: UTF8.self)).json) } catch let error as ReplayError {
                throw ReplayError("calibration \(c.commit.short()) cannot be read: \(error.message)")
            }
        }
    }

    struct Observed {
        var answers: [ObservedAnswer?] = []
        var sources: [(path: String, replies: Int)] = []
        var skipped: [(reason: String, count: Int)] = []
        var models = Set<String>()
        var beforeRegistration = 0
    }

    /// Every answered human turn of the logs, once each, with the reply production gave.
    static func readReplies(_ options: Options, registered: Int64, workspace: Workspace, environment: any Environment) throws -> Observed {
        let display = ImportLogs.displayPath(environment)
        let importer = LogImporter(format: options.format, strict: false, display: display)
        var redaction: ImportLogs.RedactionStage? = nil
        if options.redact {
            let s = try RedactionSecrets.load(workspace)
            redaction = ImportLogs.RedactionStage(redactor: Redactor(key: s.key, table: s.table))
        }
        var out = Observed()
        var seen = Set<String>(), bySource: [String: Int] = [:], order: [String] = []
        var extra: [String: Int] = [:]
        let registeredISO = Timestamp.iso8601(registered)
        do {
            try importer.read(ImportLogs.absolutePaths(options.observed, environment)) { conversation in
                var c = conversation
                if let redaction {
                    if c.exporter == nil { c.exporter = importer.tally.exporter }
                    c = redaction.apply([c])[0]
                }
                for imported in CaseBuilder.cases(from: c, turns: .all) {
                    guard let reply = imported.reply else { extra["turns without a reply in the log", default: 0] += 1; continue }
                    if let m = imported.model { out.models.insert(m) }
                    if let wanted = options.model, imported.model != wanted { extra["replies of other models than '\(wanted)'", default: 0] += 1; continue }
                    // A request log repeats earlier turns in every later request: each reply counts once.
                    var h = SHA256()
                    h.update(imported.value.id)
                    h.update(reply)
                    guard seen.insert(h.finalize().hexString).inserted else { extra["the same turn and reply again", default: 0] += 1; continue }
                    if let created = imported.created, created.count >= 19, String(created.prefix(19)) < String(registeredISO.prefix(19)) {
                        out.beforeRegistration += 1
                    }
                    out.answers.append(ObservedAnswer(input: imported.value.json, text: reply, toolCalls: imported.replyToolCalls))
                    let source = display(conversation.file)
                    if bySource[source] == nil { order.append(source) }
                    bySource[source, default: 0] += 1
                }
            }
        } catch let e as ImportError {
            throw ReplayError(e.message, details: (e.fix.map { [$0] } ?? []) + ["nothing was calibrated"])
        }
        out.sources = order.map { ($0, bySource[$0]!) }
        out.skipped = ImportLogs.merged(importer.tally.skipped, extra)
        return out
    }
}
