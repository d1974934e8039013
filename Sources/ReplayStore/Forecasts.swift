import ReplayCore
import ReplayGit

/// Forecasts and calibrations kept in the store, readable with plain git.
///
/// A registered forecast is `refs/replay/forecasts/<id>`: one commit, never moved (registration
/// is the promise that the forecast was made before production was seen), its tree one
/// `forecast.json`, its trailers naming the runs it read. Calibrations are a chain at
/// `refs/replay/calibrations`, one commit per calibration (a child of the previous one), its tree
/// one `calibration.json`: `git log refs/replay/calibrations` is the history.
extension SnapshotStore {
    public static let forecastsPrefix = "refs/replay/forecasts/"
    public static let calibrationsRef = "refs/replay/calibrations"
    public static let forecastFile = "forecast.json"
    public static let calibrationFile = "calibration.json"

    public struct StoredForecast: Sendable {
        public let id: String
        public let commit: ObjectID
        /// When it was registered (seconds since 1970).
        public let time: Int64
        public let json: [UInt8]
    }

    /// Registers a forecast under `id`; refuses an id already taken (a registered forecast is never replaced).
    public func registerForecast(_ json: [UInt8], id: String, candidate: ObjectID, baseline: ObjectID?, subject: String) throws -> ObjectID {
        let ref = SnapshotStore.forecastsPrefix + id
        if try repository.reference(ref) != nil {
            throw ReplayError("a forecast is already registered as '\(id)'", details: ["registered forecasts are never replaced; choose another id with --id"])
        }
        var trailers = "Replay-Forecast: \(id)\nReplay-Candidate: \(candidate.hex)\n"
        if let baseline { trailers += "Replay-Baseline: \(baseline.hex)\n" }
        let writer = try ObjectWriter(repository)
        let blob = try writer.writeBlob(json)
        let tree = try writer.writeTree([TreeEntry(name: SnapshotStore.forecastFile, id: blob, kind: .blob)])
        let commit = try writer.writeCommit(tree: tree, parents: [], message: "replay: forecast \(subject)\n\n\(trailers)", time: now())
        try writer.pack()
        do {
            try repository.updateReference(ref, to: commit, expecting: nil, message: "replay: forecast")
        } catch let error as GitError where error.isStale {
            throw ReplayError("a forecast was registered as '\(id)' meanwhile", details: ["choose another id with --id"])
        }
        return commit
    }

    /// Every registered forecast, oldest first.
    public func forecasts() throws -> [StoredForecast] {
        try repository.references(matching: SnapshotStore.forecastsPrefix + "*").map { ref in
            try storedForecast(id: String(ref.name.dropFirst(SnapshotStore.forecastsPrefix.count)), commit: ref.id)
        }.sorted { ($0.time, $0.id) < ($1.time, $1.id) }
    }

    /// The forecast registered as `id` (or `latest`), or a clear error naming the ones there are.
    public func forecast(_ id: String) throws -> StoredForecast {
        if id == "latest" {
            guard let last = try forecasts().last else {
                throw ReplayError("no forecast is registered yet", details: ["register one with `replay forecast --register`"])
            }
            return last
        }
        guard let commit = try repository.reference(SnapshotStore.forecastsPrefix + id) else {
            let ids = try forecasts().map(\.id)
            var details = ids.isEmpty ? ["no forecast is registered yet; register one with `replay forecast --register`"]
                                      : ["registered: \(ids.suffix(10).joined(separator: ", "))"]
            if let near = closest(to: id, in: ids) { details.insert("did you mean '\(near)'?", at: 0) }
            throw ReplayError("no forecast is registered as '\(id)'", details: details)
        }
        return try storedForecast(id: id, commit: commit)
    }

    func storedForecast(id: String, commit: ObjectID) throws -> StoredForecast {
        let c = try repository.commit(commit)
        guard let entry = try repository.entry(in: c.tree, path: SnapshotStore.forecastFile) else {
            throw ReplayError("\(SnapshotStore.forecastsPrefix)\(id) holds no \(SnapshotStore.forecastFile)")
        }
        return StoredForecast(id: id, commit: commit, time: c.time, json: try repository.blob(entry.id))
    }

    public struct StoredCalibration: Sendable {
        public let commit: ObjectID
        public let time: Int64
        public let json: [UInt8]
    }

    /// Appends a calibration to the chain (compare-and-swap, retried when another writer moved it).
    @discardableResult
    public func saveCalibration(_ json: [UInt8], forecastID: String, forecastCommit: ObjectID, subject: String) throws -> ObjectID {
        let ref = SnapshotStore.calibrationsRef
        let message = "replay: calibrate \(subject)\n\nReplay-Forecast: \(forecastID)\nReplay-Forecast-Commit: \(forecastCommit.hex)\n"
        return try appendCommit(to: ref, file: SnapshotStore.calibrationFile, bytes: json, message: message, reflog: "replay: calibrate",
                                retry: "run the calibration again")
    }

    /// Every calibration, oldest first (all parents followed, so histories merged by `pull` count once each).
    public func calibrations() throws -> [StoredCalibration] {
        guard let tip = try repository.reference(SnapshotStore.calibrationsRef) else { return [] }
        var seen = Set<ObjectID>(), queue = [tip], found: [StoredCalibration] = []
        while let id = queue.popLast() {
            guard seen.insert(id).inserted else { continue }
            let c = try repository.commit(id)
            queue.append(contentsOf: c.parents)
            // A merge made by `pull` carries one side's tree: that calibration is counted on its own commit.
            guard c.parents.count <= 1, let entry = try repository.entry(in: c.tree, path: SnapshotStore.calibrationFile) else { continue }
            found.append(StoredCalibration(commit: id, time: c.time, json: try repository.blob(entry.id)))
        }
        return found.sorted { ($0.time, $0.commit.hex) < ($1.time, $1.commit.hex) }
    }
}
