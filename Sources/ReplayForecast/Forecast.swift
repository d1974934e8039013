import ReplayCore

/// A forecast: for every behavior, the candidate's rate on the cases (what production should
/// see after the release), the baseline's, and the paired comparison of the two. Registered
/// forecasts are stored as `forecast.json` in this shape, schema `replay-forecast/1`.
public struct Forecast: Sendable, Equatable {
    public static let format = "replay-forecast/1"

    /// A run the forecast read.
    public struct RunRef: Sendable, Equatable {
        public var name: String
        public var model: String
        public var commit: String
        public var runID: String
        /// Cases with an answer (errored cases are left out of every rate).
        public var answered: Int
        public var errored: Int

        public init(name: String, model: String, commit: String, runID: String, answered: Int, errored: Int) {
            self.name = name
            self.model = model
            self.commit = commit
            self.runID = runID
            self.answered = answered
            self.errored = errored
        }
    }

    public struct Behavior: Sendable, Equatable {
        public var id: String
        /// The behavior's definition version: a calibration against another version measures
        /// something else, and says so.
        public var version: Int
        public var summary: String
        /// `detector`, `custom` (the config's patterns) or `judge` (a model's yes/no label).
        public var source: String
        public var candidate: Rate
        public var baseline: Rate?
        /// On the cases both runs answered (and where the behavior applies).
        public var paired: PairedComparison?
        public var guidance: String

        public init(id: String, version: Int, summary: String, source: String, candidate: Rate, baseline: Rate?,
                    paired: PairedComparison?, guidance: String) {
            self.id = id
            self.version = version
            self.summary = summary
            self.source = source
            self.candidate = candidate
            self.baseline = baseline
            self.paired = paired
            self.guidance = guidance
        }
    }

    /// Set when registered.
    public var id: String?
    public var created: String
    public var replayVersion: String
    public var candidate: RunRef
    public var baseline: RunRef?
    public var behaviors: [Behavior]
    /// The factor the sample-size guidance is for.
    public var changeFactor: Double

    public init(id: String? = nil, created: String, replayVersion: String, candidate: RunRef, baseline: RunRef?, behaviors: [Behavior], changeFactor: Double) {
        self.id = id
        self.created = created
        self.replayVersion = replayVersion
        self.candidate = candidate
        self.baseline = baseline
        self.behaviors = behaviors
        self.changeFactor = changeFactor
    }

    public func behavior(_ id: String) -> Behavior? { behaviors.first { $0.id == id } }
}

// MARK: - JSON

extension Rate {
    public var json: JSONValue {
        var o: [String: JSONValue] = ["count": .int(count), "total": .int(total), "low": .double(interval.low), "high": .double(interval.high),
                                      "text": .string(phrase)]
        o["rate"] = value.map(JSONValue.double) ?? .null
        return .object(o)
    }

    public init?(json: JSONValue?) {
        guard let count = json?["count"]?.intValue, let total = json?["total"]?.intValue, count >= 0, count <= total else { return nil }
        self.init(count, of: total)
    }
}

extension PairedComparison {
    public var json: JSONValue {
        var o: [String: JSONValue] = ["both": .int(both), "baseline_only": .int(baselineOnly), "candidate_only": .int(candidateOnly),
                                      "neither": .int(neither), "mcnemar_p": .double(mcnemarP)]
        if let r = ratio { o["ratio"] = ["estimate": .double(r.estimate), "low": .double(r.low), "high": .double(r.high)] }
        return .object(o)
    }

    public init?(json: JSONValue?) {
        guard let j = json, let a = j["both"]?.intValue, let b = j["baseline_only"]?.intValue, let c = j["candidate_only"]?.intValue,
              let d = j["neither"]?.intValue, min(a, b, c, d) >= 0 else { return nil }
        self.init(both: a, baselineOnly: b, candidateOnly: c, neither: d)
    }
}

extension Forecast.RunRef {
    public var json: JSONValue {
        ["name": .string(name), "model": .string(model), "commit": .string(commit), "run": .string(runID),
         "answered": .int(answered), "errored": .int(errored)]
    }

    public init?(json: JSONValue?) {
        guard let j = json, let name = j["name"]?.stringValue, let model = j["model"]?.stringValue, let commit = j["commit"]?.stringValue,
              let run = j["run"]?.stringValue, let answered = j["answered"]?.intValue else { return nil }
        self.init(name: name, model: model, commit: commit, runID: run, answered: answered, errored: j["errored"]?.intValue ?? 0)
    }
}

extension Forecast {
    public var json: JSONValue {
        var o: [String: JSONValue] = [
            "format": .string(Forecast.format), "created": .string(created), "replay_version": .string(replayVersion),
            "candidate": candidate.json, "change_factor": .double(changeFactor),
            "behaviors": .array(behaviors.map { b in
                var e: [String: JSONValue] = ["id": .string(b.id), "version": .int(b.version), "summary": .string(b.summary),
                                              "source": .string(b.source), "candidate": b.candidate.json, "guidance": .string(b.guidance)]
                e["baseline"] = b.baseline?.json ?? .null
                e["paired"] = b.paired?.json ?? .null
                return .object(e)
            }),
        ]
        o["id"] = id.map(JSONValue.string) ?? .null
        o["baseline"] = baseline?.json ?? .null
        return .object(o)
    }

    /// Reads a stored forecast; nil names what is wrong.
    public init(json: JSONValue) throws {
        guard json["format"]?.stringValue == Forecast.format else {
            throw ReplayError("not a forecast this replay reads (format \(json["format"]?.stringValue ?? "missing"), expected \(Forecast.format))")
        }
        guard let candidate = RunRef(json: json["candidate"]), let created = json["created"]?.stringValue else {
            throw ReplayError("the forecast has no readable candidate run or creation time")
        }
        var behaviors: [Behavior] = []
        for (n, b) in (json["behaviors"]?.arrayValue ?? []).enumerated() {
            guard let id = b["id"]?.stringValue, let version = b["version"]?.intValue, let rate = Rate(json: b["candidate"]) else {
                throw ReplayError("behavior \(n + 1) of the forecast is not readable (it needs id, version and candidate counts)")
            }
            behaviors.append(Behavior(id: id, version: version, summary: b["summary"]?.stringValue ?? "", source: b["source"]?.stringValue ?? "detector",
                                      candidate: rate, baseline: Rate(json: b["baseline"]), paired: PairedComparison(json: b["paired"]),
                                      guidance: b["guidance"]?.stringValue ?? ""))
        }
        self.init(id: json["id"]?.stringValue, created: created, replayVersion: json["replay_version"]?.stringValue ?? "",
                  candidate: candidate, baseline: RunRef(json: json["baseline"]), behaviors: behaviors,
                  changeFactor: json["change_factor"]?.doubleValue ?? 2)
    }
}
