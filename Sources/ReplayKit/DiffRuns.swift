import Dispatch
import Foundation
import ReplayCore
import ReplayDiff
import ReplayStore

/// `replay diff [BASE] [CANDIDATE]`: the semantic diff of two runs. Only the cases whose stored
/// folders differ are read and scored (the store's O(changed) walk); scoring runs on every core.
public enum DiffRuns {
    public struct Options: Sendable {
        public var baseline: String?
        public var candidate: String?
        /// Overrides the config's `diff.fail_on` ("never" = nil).
        public var failOn: Severity??
        /// A configured model asked for pairwise verdicts.
        public var judge: String?
        public var workers: Int?
        /// Called from the scoring threads with (cases scored, cases to score), about every 1%.
        public var progress: (@Sendable (Int, Int) -> Void)?

        public init(baseline: String? = nil, candidate: String? = nil, failOn: Severity?? = nil, judge: String? = nil, workers: Int? = nil) {
            self.baseline = baseline
            self.candidate = candidate
            self.failOn = failOn
            self.judge = judge
            self.workers = workers
        }
    }

    public static func run(workspace: Workspace, options: Options, environment: any Environment,
                           embeddings: EmbeddingSource, judge: (any PairJudge)? = nil) async throws -> DiffResult {
        var settings = try settings(workspace, consequence: "nothing was compared")
        if let failOn = options.failOn { settings.failOn = failOn }
        let store = try workspace.openStore(environment: environment)
        let (baseName, base) = try resolveBaseline(options.baseline, store: store)
        let (candName, cand) = try resolveCandidate(options.candidate, baseline: base, store: store)
        return try await compare(store: store, baseline: (baseName, base), candidate: (candName, cand), settings: settings,
                                 embeddings: embeddings, judge: judge, workers: options.workers, progress: options.progress)
    }

    /// The config's `diff:` settings (the whole config must be valid).
    static func settings(_ workspace: Workspace, consequence: String) throws -> DiffSettings {
        let (config, problems) = try workspace.readConfig()
        guard problems.isEmpty else { throw ReplayError.problems(problems, in: "the config has", consequence: consequence) }
        return DiffSettings.decode(config.diff, file: workspace.display(workspace.configPath)).settings
    }

    /// The diff of two resolved runs (also what `record --default` runs against the previous default).
    public static func compare(store: SnapshotStore, baseline: (String, ObjectID), candidate: (String, ObjectID), settings: DiffSettings,
                               embeddings: EmbeddingSource, judge: (any PairJudge)?, workers: Int? = nil,
                               progress: (@Sendable (Int, Int) -> Void)? = nil, changes known: [CaseChange]? = nil) async throws -> DiffResult {
        let threads = workers ?? ProcessInfo.processInfo.activeProcessorCount
        // The embedded model loads (~0.15 s) while the store is walked.
        let loading = settings.embeddingModel == nil ? Loading { try embeddings.embeddedModel() } : nil
        // (A caller that walked the two trees already passes what it found.)
        let changes = try known ?? store.changed(from: baseline.1, to: candidate.1, workers: threads)
        let scored = changes.filter { $0.kind != .input }
        let inputChanged = scored.map(\.inputChanged)
        let read = { @Sendable (reader: StoredAnswers.Reader, change: CaseChange) throws -> CasePair in
            CasePair(id: change.caseID, baseline: try change.oldFolder.map { try reader.side(folder: $0, files: change.oldFiles) },
                     candidate: try change.newFolder.map { try reader.side(folder: $0, files: change.newFiles) })
        }
        var pairs: [CasePair]
        var diffs: [CaseDiff]
        let embedder: EmbeddingSource.Prepared
        if settings.embeddingModel == nil {
            // The embedded model: each thread reads its cases through its own store handle and
            // scores them as it goes.
            embedder = try loading!.value()
            let path = store.path
            // The inputs are needed afterwards only to prompt a judge.
            (pairs, diffs) = try DiffScoring.score(count: scored.count, inputChanged: inputChanged, settings: settings,
                                                   makeEmbedder: embedder.make, workers: threads, keepInputs: judge != nil, progress: progress) {
                let reader = StoredAnswers.Reader(try SnapshotStore.reader(at: path))
                return { n in try read(reader, scored[n]) }
            }
        } else {
            // A remote model needs every text first: read, fetch the embeddings, then score.
            let reader = StoredAnswers.Reader(store)
            pairs = try scored.map { try read(reader, $0) }
            embedder = try await embeddings.prepare(pairs: pairs, settings: settings)
            diffs = DiffScoring.score(pairs, inputChanged: inputChanged, settings: settings, makeEmbedder: embedder.make, workers: threads)
        }
        if let judge {
            diffs = try await judgeAll(diffs, pairs: pairs, judge: judge)
        }
        // The case count from the run's commit trailers: no need to list a million case folders.
        let total = try store.caseCount(candidate.1) + scored.filter { $0.kind == .removed }.count
        var result = DiffResult(baseline: try side(baseline, store: store, pairs: pairs, \.baseline),
                                candidate: try side(candidate, store: store, pairs: pairs, \.candidate),
                                cases: diffs, unchanged: total - diffs.count, settings: settings, embedding: embedder.name, judge: judge?.name)
        let misses = embedder.misses()
        if misses > 0 {
            result.warnings.append("\(misses) text(s) had no vector from the embeddings model and scored as unrelated")
        }
        return result
    }

    static func judgeAll(_ diffs: [CaseDiff], pairs: [CasePair], judge: any PairJudge) async throws -> [CaseDiff] {
        var out = diffs
        try await withThrowingTaskGroup(of: (Int, JudgeVerdict?).self) { group in
            var next = 0
            func launch() {
                while next < diffs.count {
                    let n = next
                    next += 1
                    let d = diffs[n]
                    guard [.changed, .regressed, .rephrased].contains(d.changeClass), let b = d.baseline?.text, let c = d.candidate?.text else { continue }
                    let prompt = pairs[n].candidate.map { promptText(of: $0.input) } ?? ""
                    group.addTask { (n, try await judge.verdict(prompt: prompt, baseline: b, candidate: c, findings: d.findings)) }
                    return
                }
            }
            for _ in 0..<4 { launch() }
            while let (n, verdict) = try await group.next() {
                out[n].judge = verdict
                launch()
            }
        }
        return out
    }

    static func side(_ run: (String, ObjectID), store: SnapshotStore, pairs: [CasePair], _ path: KeyPath<CasePair, CaseSide?>) throws -> DiffResult.Side {
        let summary = try store.summary(try accepted(run.1, store: store))
        let samples = pairs.lazy.compactMap { $0[keyPath: path]?.samples.count }.first ?? 1
        return .init(name: run.0, commit: run.1.hex, model: summary.model, runID: summary.runID, samples: samples)
    }

    /// The default's commit stands over the run it last accepted.
    static func accepted(_ commit: ObjectID, store: SnapshotStore) throws -> ObjectID {
        try store.acceptedOrSelf(commit)
    }

    static func resolveBaseline(_ name: String?, store: SnapshotStore) throws -> (String, ObjectID) {
        let name = name ?? "default"
        return (name, try store.resolve(name))
    }

    /// Named, or the newest run of a model other than the baseline's.
    static func resolveCandidate(_ name: String?, baseline: ObjectID, store: SnapshotStore) throws -> (String, ObjectID) {
        if let name { return (name, try store.resolve(name)) }
        let baseModel = try store.summary(try accepted(baseline, store: store)).model
        guard let newest = try store.log().first(where: { $0.model != baseModel }) else {
            throw ReplayError("there is no run of another model than '\(baseModel)' to compare with",
                              details: ["record one with `replay record --model NAME`, or name both runs: `replay diff BASE CANDIDATE`"])
        }
        return (newest.model, newest.commit)
    }
}

/// The regression alert of `record --default`: the new default against the run that was the
/// default before it (nil when there was none).
public enum DefaultChangeAlert {
    public static func check(workspace: Workspace, written: WrittenRun, environment: any Environment, http: (any HTTPClient)?) async throws -> DiffResult? {
        guard let newDefault = written.defaultCommit else { return nil }
        let store = try workspace.openStore(environment: environment)
        let parents = try store.repository.commit(newDefault).parents
        // [previous default, this run]: the previous default's tree holds the answers it accepted
        // (a whole run, or cases of several runs spliced in by review).
        guard parents.count == 2, let previousAccepted = try store.acceptedRun(ofDefault: parents[0]) else { return nil }
        let settings = try DiffRuns.settings(workspace, consequence: "the run was stored, but not compared")
        let previous = try store.summary(previousAccepted)
        return try await DiffRuns.compare(store: store, baseline: ("previous default (\(previous.model))", parents[0]),
                                          candidate: ("default", written.commit), settings: settings,
                                          embeddings: EmbeddingSource(workspace: workspace, environment: environment, http: http), judge: nil)
    }
}

/// Scoring many case pairs at once: on `workers` threads, each with its own comparer and embedder.
public enum DiffScoring {
    /// Scores `count` pairs; each thread gets its pairs from its own reader (`makeReader` is called
    /// once per thread, so a reader may hold a store handle). Results come back in index order.
    /// `keepInputs: false` returns the pairs without their inputs (each is let go on the thread
    /// that scored it, not all at once at the end), for a caller that needs only their answers.
    public static func score(count: Int, inputChanged: [Bool]? = nil, settings: DiffSettings,
                             makeEmbedder: @escaping @Sendable () -> any TextEmbedder, workers: Int,
                             keepInputs: Bool = true, progress: (@Sendable (Int, Int) -> Void)? = nil,
                             makeReader: @escaping @Sendable () throws -> (Int) throws -> CasePair) throws -> (pairs: [CasePair], diffs: [CaseDiff]) {
        let chunks = max(1, min(workers, count))
        let parts = ParallelParts<[(Int, CasePair, CaseDiff)]>(count: chunks)
        let counter = ProgressCounter(total: count, report: progress)
        // Pairs are handed out in small batches as workers become free: pairs differ in cost
        // (a refusal is cheap, a long rewrite is not), so a fixed split leaves a core idle.
        let queue = WorkQueue(count: count, batch: 8)
        DispatchQueue.concurrentPerform(iterations: chunks) { w in
            parts.run(w) {
                let read = try makeReader()
                let comparer = CaseComparer(settings: settings, embedder: makeEmbedder())
                var mine: [(Int, CasePair, CaseDiff)] = []
                while let batch = queue.next() {
                    for n in batch {
                        let pair = try read(n)
                        let diff = comparer.compare(pair, inputChanged: inputChanged?[n] ?? false)
                        mine.append((n, keepInputs ? pair : pair.withoutInputs(), diff))
                        counter.step()
                    }
                }
                return mine
            }
        }
        var pairs = [CasePair?](repeating: nil, count: count), diffs = [CaseDiff?](repeating: nil, count: count)
        for part in try parts.results() {
            for (n, pair, diff) in part {
                pairs[n] = pair
                diffs[n] = diff
            }
        }
        return (pairs.map { $0! }, diffs.map { $0! })
    }

    /// Scores pairs already in memory.
    public static func score(_ pairs: [CasePair], inputChanged: [Bool]? = nil, settings: DiffSettings,
                             makeEmbedder: @escaping @Sendable () -> any TextEmbedder, workers: Int) -> [CaseDiff] {
        // Reading from an array cannot throw.
        try! score(count: pairs.count, inputChanged: inputChanged, settings: settings, makeEmbedder: makeEmbedder, workers: workers,
                   makeReader: { { pairs[$0] } }).diffs
    }
}

/// Indices 0..<count handed out to worker threads in batches, in order.
final class WorkQueue: @unchecked Sendable {
    private let count: Int
    private let batch: Int
    private var nextIndex = 0
    private let lock = NSLock()

    init(count: Int, batch: Int) {
        self.count = count
        self.batch = max(1, batch)
    }

    /// The next batch, or nil when every index has been handed out.
    func next() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        let start = nextIndex
        nextIndex = min(count, start + batch)
        return start..<nextIndex
    }
}

/// Counts scored cases across threads and reports about every 1%.
final class ProgressCounter: @unchecked Sendable {
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?
    private var done = 0
    private let lock = NSLock()
    private let every: Int

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
        every = max(1, total / 100)
    }

    func step() {
        guard let report else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        // Reported under the lock, so a late line never lands after the last one.
        if done % every == 0 || done == total { report(done, total) }
    }
}

/// A value made on another thread, waited for when needed. The thread is its own, not one of
/// Dispatch's pool: with one CPU the pool's only worker is busy with the caller's parallel work,
/// and Dispatch adds another only after about a second.
final class Loading<T>: @unchecked Sendable {
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () throws -> T) {
        let thread = Thread {
            self.result = Result { try make() }
            self.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    func value() throws -> T {
        done.wait()
        done.signal()
        return try result!.get()
    }
}

/// Keeps a diff in the store (`refs/replay/diffs/<model>`), judge verdicts included.
public enum SaveDiff {
    @discardableResult
    public static func run(_ result: DiffResult, report: String, workspace: Workspace, environment: any Environment) throws -> ObjectID {
        let store = try workspace.openStore(environment: environment)
        guard let baseline = ObjectID(hex: result.baseline.commit), let candidate = ObjectID(hex: result.candidate.commit) else {
            throw ReplayError("the diff names runs that are not commits: \(result.baseline.commit), \(result.candidate.commit)")
        }
        return try store.saveDiff(Array(report.utf8), baseline: baseline, candidate: candidate, candidateModel: result.candidate.model,
                                  verdict: result.verdict.rawValue, subject: "\(result.baseline.name) → \(result.candidate.name)")
    }
}
