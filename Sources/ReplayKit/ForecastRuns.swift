import Foundation
import ReplayCore
import ReplayDiff
import ReplayForecast
import ReplayStore

/// `replay forecast [CANDIDATE] [--baseline RUN] [--register]`: every behavior's rate in the
/// candidate's answers (the forecast of what production will see), the baseline's rate, and the
/// paired comparison on the cases both answered; registered, it is committed under its own ref
/// before the release so the later calibration is honest.
public enum ForecastRuns {
    public struct Options: Sendable {
        public var candidate: String?
        public var baseline: String?
        public var register = false
        public var id: String?
        /// Overrides the config's `forecast.change`.
        public var changeFactor: Double?
        public var ci = false

        public init(candidate: String? = nil, baseline: String? = nil) {
            self.candidate = candidate
            self.baseline = baseline
        }
    }

    public struct Result: Sendable {
        public var forecast: Forecast
        /// The commit it was registered as.
        public var registered: ObjectID?
        public var warnings: [String]
    }

    public static func run(workspace: Workspace, options: Options, environment: any Environment,
                           labeler: (any BehaviorLabeler)? = nil) async throws -> Result {
        if options.register {
            try CIMode.refuseWrites(environment, flag: options.ci, "forecast --register", instead: "register the forecast outside CI, or drop --register to only print it")
        }
        if let id = options.id { try validate(id: id) }
        let (settings, observer) = try behaviors(workspace)
        let store = try workspace.openStore(environment: environment)
        let (baseline, candidate) = try resolve(options, store: store)
        let cand = try RunAnswers.read(candidate.1, store: store)
        let candCols = try await BehaviorCounting.observe(cand.answers, observer: observer, labeler: labeler)
        var warnings = candCols.warnings
        // The baseline's own observations (its rate) and the same aligned with the candidate's cases (the pairing;
        // a case the baseline lacks is nil there).
        var baseCols: (own: [[Bool?]], aligned: [[Bool?]])? = nil
        var baseRef: Forecast.RunRef? = nil
        if let baseline {
            let base = try RunAnswers.read(baseline.1, store: store)
            let own = try await BehaviorCounting.observe(base.answers, observer: observer, labeler: labeler).columns
            let index = Dictionary(uniqueKeysWithValues: base.ids.enumerated().map { ($1, $0) })
            baseCols = (own, own.map { column in cand.ids.map { id in index[id].flatMap { column[$0] } } })
            baseRef = try runRef(baseline, store: store, answered: base.answers.filter { $0 != nil }.count, total: base.ids.count)
            let missing = Set(cand.ids).subtracting(base.ids).count
            if missing > 0 { warnings.append("\(missing) of the candidate's cases are not in the baseline: they count in its rate, not in the paired comparison") }
        }
        let factor = options.changeFactor ?? settings.changeFactor
        let behaviors = observer.definitions.enumerated().map { d, definition in
            BehaviorTally.forecast(id: definition.id, version: definition.version, summary: definition.summary, source: definition.source,
                                   candidate: candCols.columns[d], baseline: baseCols?.aligned[d], baselineAnswers: baseCols?.own[d],
                                   changeFactor: factor)
        }
        return try finish(behaviors, candidate: candidate, baseline: baseline, baseRef: baseRef, cand: cand, options: options,
                          factor: factor, store: store, environment: environment, warnings: warnings)
    }

    static func finish(_ behaviors: [Forecast.Behavior], candidate: (String, ObjectID), baseline: (String, ObjectID)?, baseRef: Forecast.RunRef?,
                       cand: (ids: [String], answers: [ObservedAnswer?]), options: Options, factor: Double,
                       store: SnapshotStore, environment: any Environment, warnings: [String]) throws -> Result {
        let answered = cand.answers.filter { $0 != nil }.count
        guard answered > 0 else {
            throw ReplayError("the candidate run '\(candidate.0)' has no answered case to forecast from",
                              details: ["record it first: `replay record --model NAME`"])
        }
        var forecast = Forecast(created: Timestamp.iso8601(environment.now()), replayVersion: ReplayVersion.current,
                                candidate: try runRef(candidate, store: store, answered: answered, total: cand.ids.count),
                                baseline: baseRef, behaviors: behaviors, changeFactor: factor)
        var registered: ObjectID? = nil
        if options.register {
            let id = try options.id ?? freeID(for: forecast.candidate.model, store: store, now: environment.now())
            forecast.id = id
            let subject = "\(id): \(forecast.candidate.model)" + (baseRef.map { " vs \($0.model)" } ?? "")
            registered = try store.registerForecast(Array((forecast.json.canonical + "\n").utf8), id: id, candidate: candidate.1,
                                                    baseline: baseline?.1, subject: subject)
        }
        return Result(forecast: forecast, registered: registered, warnings: warnings)
    }

    /// The config's behaviors (the whole config must be valid).
    static func behaviors(_ workspace: Workspace) throws -> (ForecastSettings, BehaviorObserver) {
        let (config, problems) = try workspace.readConfig()
        guard problems.isEmpty else { throw ReplayError.problems(problems, in: "the config has", consequence: "nothing was counted") }
        let file = workspace.display(workspace.configPath)
        let settings = ForecastSettings.decode(config.forecast, file: file).settings
        return (settings, try BehaviorObserver(settings: settings, diff: DiffSettings.decode(config.diff, file: file).settings))
    }

    /// The baseline (named, else the default when there is one) and the candidate (named, else the
    /// newest run of another model than the baseline's, else the newest run).
    static func resolve(_ options: Options, store: SnapshotStore) throws -> (baseline: (String, ObjectID)?, candidate: (String, ObjectID)) {
        var baseline: (String, ObjectID)? = nil
        if let name = options.baseline {
            baseline = (name, try store.resolve(name))
        } else if let d = try store.defaultRun() {
            baseline = ("default", d)
        }
        if let name = options.candidate { return (baseline, (name, try store.resolve(name))) }
        if let baseline { return (baseline, try DiffRuns.resolveCandidate(nil, baseline: baseline.1, store: store)) }
        guard let newest = try store.log().first else {
            throw ReplayError("there is no run to forecast from", details: ["record one with `replay record --model NAME`"])
        }
        return (nil, (newest.model, newest.commit))
    }

    static func runRef(_ run: (String, ObjectID), store: SnapshotStore, answered: Int, total: Int) throws -> Forecast.RunRef {
        let summary = try store.summary(try store.acceptedOrSelf(run.1))
        return Forecast.RunRef(name: run.0, model: summary.model, commit: run.1.hex, runID: summary.runID, answered: answered, errored: total - answered)
    }

    /// `<model>-<yyyy-mm-dd>`, then `-2`, `-3`… when taken.
    static func freeID(for model: String, store: SnapshotStore, now: Int64) throws -> String {
        let base = ModelName.slug(model) + "-" + String(Timestamp.iso8601(now).prefix(10))
        let taken = Set(try store.forecasts().map(\.id))
        if !taken.contains(base) { return base }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    static func validate(id: String) throws {
        let ok = !id.isEmpty && id.count <= 100 && id.first != "." && id.first != "-" && !id.contains("..")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
            && !id.hasSuffix(".lock") && id != "latest"
        guard ok else {
            throw ReplayError("--id '\(id)' cannot name a forecast", kind: .usage,
                              details: ["use letters, digits, '.', '_' and '-' (e.g. gpt-5-2026-12-01); 'latest' is reserved"])
        }
    }
}
