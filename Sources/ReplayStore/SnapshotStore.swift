import ReplayCore
import ReplayGit

/// The snapshot store: a bare git repository holding one commit per run. The only code that
/// knows how runs are laid out in git; libgit2 itself is reached through ReplayGit.
public final class SnapshotStore {
    public let repository: Repository
    /// Seconds since 1970, for commit times (a clock tests can set).
    public var now: () -> Int64

    init(repository: Repository, now: @escaping () -> Int64) {
        self.repository = repository
        self.now = now
    }

    /// Creates an empty store at `path`.
    public static func create(at path: String, now: @escaping () -> Int64) throws -> SnapshotStore {
        let repository = try Repository.createBare(at: path)
        try repository.setConfig("core.logAllRefUpdates", "false")
        return SnapshotStore(repository: repository, now: now)
    }

    /// Opens the store at `path`.
    public static func open(at path: String, now: @escaping () -> Int64) throws -> SnapshotStore {
        SnapshotStore(repository: try Repository.open(at: path), now: now)
    }

    /// Another handle on the same store, for reading on another thread (libgit2 wants one thread
    /// at a time per repository handle).
    public static func reader(at path: String) throws -> SnapshotStore {
        SnapshotStore(repository: try Repository.open(at: path), now: { 0 })
    }

    public var path: String { repository.path }

    // MARK: Models

    /// Every model with runs: its reference and latest run.
    public func modelRefs() throws -> [(ref: String, tip: ObjectID)] {
        try repository.references(matching: StoreLayout.runsPrefix + "*").map { ($0.name, $0.id) }
    }

    public func defaultRun() throws -> ObjectID? { try repository.reference(StoreLayout.defaultRef) }
}

/// One case of a run being written.
public struct DraftCase: Sendable {
    public let id: String
    /// The case's canonical input (`input.json`).
    public let input: [UInt8]
    /// The answer's files (`output.md`, `response.json`); nil to carry the case over unchanged
    /// from the previous run of the model (it was not answered this time).
    public let files: [String: [UInt8]]?
    public let errored: Bool

    public init(id: String, input: [UInt8], files: [String: [UInt8]]?, errored: Bool = false) {
        self.id = id
        self.input = input
        self.files = files
        self.errored = errored
    }
}

/// A run to write.
public struct RunDraft: Sendable {
    /// The manifest; the store fills in the counts.
    public var manifest: RunManifest
    /// Every case of the current case set, answered in this run or not.
    public var cases: [DraftCase]
    /// Per-case usage and timings (`metrics.jsonl`), kept out of the case folders.
    public var metrics: [UInt8]?
    /// Also make this run the accepted default.
    public var setDefault: Bool

    public init(manifest: RunManifest, cases: [DraftCase], metrics: [UInt8]? = nil, setDefault: Bool = false) {
        self.manifest = manifest
        self.cases = cases
        self.metrics = metrics
        self.setDefault = setDefault
    }
}

/// What writing a run did.
public struct WrittenRun: Sendable {
    public let commit: ObjectID
    public let parent: ObjectID?
    public let manifest: RunManifest
    /// Objects in the run's pack (0 when the whole run was already stored).
    public let packedObjects: Int
    /// The new default commit, when the run was made the default.
    public let defaultCommit: ObjectID?
    /// Cases of the case set that neither this run nor an earlier one answered.
    public let unanswered: [String]
}
