import Foundation
import ReplayCore
import ReplayDiff
import ReplayGit
import ReplayProviders
import ReplayStore

/// `replay check`, what the hooks run: the cases a staged change affects (a case file, a prompt
/// file a case uses, the config) must each have a run of the default model recorded with their
/// current content, and no unreviewed regression. Files are read as they are in the working tree
/// (the pre-commit framework stashes unstaged edits first; a staged file with further unstaged
/// edits is reported).
public enum CheckStaged {
    public struct Options: Sendable {
        /// Answer the affected cases that have no run with their current content (through the
        /// default model; a cassette makes it free and deterministic), then judge the answers.
        public var run = false
        /// Never write: with `run`, the answers are compared in memory and not stored.
        public var ci = false
        /// Every case, not only those the staged change affects (CI, where nothing is staged).
        public var all = false

        public init(run: Bool = false, ci: Bool = false, all: Bool = false) {
            self.run = run
            self.ci = ci
            self.all = all
        }
    }

    /// Where an affected case stands.
    public enum State: String, Sendable {
        /// The default (the reviewed baseline) holds the case with this content.
        case ok
        /// A run with this content changed the answer without a regression; it waits for review.
        case pending
        /// No run of the default model has the case with this content.
        case unrecorded
        /// The run with this content raised a regression nobody accepted.
        case regressed
        /// The answer to this content was reviewed and rejected.
        case rejected

        public var fails: Bool { self == .unrecorded || self == .regressed || self == .rejected }
    }

    public struct CaseStatus: Sendable {
        public let id: String
        /// The case's file, relative to the project.
        public let file: String
        public let state: State
        public let detail: String
        public let detectors: [String]
    }

    public struct Result: Sendable {
        /// Staged paths (relative to the project repository) that affect cases; `*` with --all.
        public let relevant: [String]
        /// The default model the cases were checked against (nil when nothing was affected).
        public let model: String?
        public let cases: [CaseStatus]
        /// Cases answered by `--run` (stored unless CI).
        public let answered: Int
        /// Whether `--run` stored its run.
        public let stored: Bool
        public let warnings: [String]

        public var failed: Bool { cases.contains { $0.state.fails } }
        public func count(_ state: State) -> Int { cases.filter { $0.state == state }.count }
    }

    public static func run(workspace: Workspace, options: Options, environment: any Environment, http: any HTTPClient,
                           embeddings: EmbeddingSource, progress: any RecordProgress) async throws -> Result {
        var warnings: [String] = []
        var relevant: [String] = []
        let scope: Scope
        if options.all {
            scope = .all
            relevant = ["*"]
        } else {
            guard let repository = try WorkRepository.discover(from: workspace.projectRoot) else {
                throw ReplayError("replay check reads the staged change of the git repository holding the workspace, but \(workspace.projectRoot) is not in one",
                                  details: ["check every case instead: `replay check --all`"])
            }
            let staged = try repository.stagedChanges()
            let root = standardized(workspace.projectRoot) + "/"
            // Nothing staged inside the project: nothing to read, done.
            let inside = staged.filter { change in
                ([change.path] + (change.oldPath.map { [$0] } ?? [])).contains { (repository.workdir + "/" + $0).hasPrefix(root) }
            }
            if inside.isEmpty { return Result(relevant: [], model: nil, cases: [], answered: 0, stored: false, warnings: []) }
            scope = .paths(Dictionary(inside.map { (standardized(repository.workdir + "/" + $0.path), $0) }, uniquingKeysWith: { a, _ in a }),
                           display: { String($0.dropFirst(repository.workdir.count + 1)) })
        }

        let config = try workspace.loadConfig()
        let catalog = try CaseCatalog.load(workspace)
        _ = try catalog.requireValid()
        let store = try workspace.openStore(environment: environment)
        let defaultCommit = try store.defaultRun()
        guard let model = try config.defaultModel ?? defaultCommit.flatMap({ try store.acceptedRun(ofDefault: $0) }).map({ try store.summary($0).model }) else {
            throw ReplayError("there is no default model to check the cases against",
                              details: ["set default_model in .replay/config.yaml, or make a model the default: `replay promote MODEL`"])
        }
        let modelConfig = config.models[model]

        // The affected cases.
        var affected: [LocatedCase]
        switch scope {
        case .all: affected = catalog.cases
        case .paths(let staged, let display):
            let root = standardized(workspace.projectRoot)
            let configChanged = staged[standardized(workspace.configPath)] != nil
            var prompts = Set<String>()
            for path in staged.keys where !path.hasPrefix(standardized(workspace.casesPath) + "/") { prompts.insert(path) }
            // A model's replacement prompt stands for the file it replaces.
            for (original, replacement) in modelConfig?.promptFiles ?? [:] where staged[standardized(root + "/" + replacement)] != nil {
                prompts.insert(standardized(root + "/" + original))
            }
            affected = catalog.cases.filter { c in
                if configChanged { return true }
                if staged[standardized(root + "/" + c.file)] != nil { return true }
                if case .file(let path, _) = c.value.system, prompts.contains(standardized(root + "/" + path)) { return true }
                return false
            }
            let used = Set(affected.flatMap { c -> [String] in
                var paths = [standardized(root + "/" + c.file)]
                if case .file(let path, _) = c.value.system { paths.append(standardized(root + "/" + path)) }
                return paths
            } + (configChanged ? [standardized(workspace.configPath)] : [])).union(
                (modelConfig?.promptFiles ?? [:]).values.map { standardized(root + "/" + $0) }.filter { staged[$0] != nil })
            for (path, change) in staged.sorted(by: { $0.key < $1.key }) where used.contains(path) {
                relevant.append(display(path))
                if change.modifiedInWorkingTree {
                    warnings.append("\(display(path)) has unstaged edits too: the check reads the working tree, the commit takes the staged version")
                }
            }
        }
        if affected.isEmpty {
            return Result(relevant: relevant, model: model, cases: [], answered: 0, stored: false, warnings: warnings)
        }

        // Each case's content now, as `record` would store it for the default model.
        let current = try modelConfig.map { try RecordModel.substitutePrompts(affected.map(\.value), model: $0, workspace: workspace) }
            ?? affected.map(\.value)
        let files = Dictionary(affected.map { ($0.value.id, $0.file) }, uniquingKeysWith: { a, _ in a })
        let latest = try store.repository.reference(StoreLayout.runRef(model: model))
        var statuses: [String: CaseStatus] = [:]
        var inRun: [String] = []
        var unrecorded: [Case] = []
        for c in current {
            let input = Array(c.json.canonical.utf8)
            if let d = defaultCommit, let folder = try store.caseFolder(in: d, caseID: c.id),
               try store.caseFiles(folder: folder)[CaseResult.inputFile] == input {
                statuses[c.id] = CaseStatus(id: c.id, file: files[c.id]!, state: .ok, detail: "the default holds its answer to this content", detectors: [])
            } else if let latest, let stored = try store.caseFiles(in: latest, caseID: c.id), stored[CaseResult.inputFile] == input {
                inRun.append(c.id)
            } else {
                unrecorded.append(c)
            }
        }

        var answered = 0
        var stored = false
        var memoryPairs: [CasePair] = []
        if options.run, !unrecorded.isEmpty {
            guard modelConfig != nil else {
                throw ReplayError("--run answers through the default model '\(model)', which is not configured under models in .replay/config.yaml",
                                  details: ["add it (a cassette provider makes checks free and deterministic), or record with `replay record --outputs FILE --model \(model)`"])
            }
            var recordOptions = RecordModel.Options()
            recordOptions.caseIDs = unrecorded.map(\.id)
            if options.ci {
                let result = try await RecordModel.answer(workspace: workspace, model: model, options: recordOptions, environment: environment,
                                                          http: http, progress: progress)
                for r in result.results {
                    guard let c = unrecorded.first(where: { $0.id == r.caseID }) else { continue }
                    var candidateFiles = r.files
                    candidateFiles[CaseResult.inputFile] = Array(c.json.canonical.utf8)
                    let baseline = try defaultCommit.flatMap { try store.caseFolder(in: $0, caseID: c.id) }.map { StoredAnswers.side(try store.caseFiles(folder: $0)) }
                    memoryPairs.append(CasePair(id: c.id, baseline: baseline, candidate: StoredAnswers.side(candidateFiles)))
                }
                answered = result.results.count
            } else {
                let result = try await RecordModel.run(workspace: workspace, model: model, options: recordOptions, environment: environment,
                                                       http: http, progress: progress)
                answered = result.selected
                stored = true
                inRun += unrecorded.map(\.id)
            }
            unrecorded = []
        }
        for c in unrecorded {
            statuses[c.id] = CaseStatus(id: c.id, file: files[c.id]!, state: .unrecorded,
                                        detail: "no run of \(model) has it with its current content", detectors: [])
        }

        // Recorded in the model's latest run: what did review say, and what does the diff say?
        if !inRun.isEmpty {
            guard defaultCommit != nil else {
                for id in inRun {
                    statuses[id] = CaseStatus(id: id, file: files[id]!, state: .pending, detail: "recorded; there is no default to review it against yet", detectors: [])
                }
                return finish()
            }
            let queue = try await ReviewQueue.load(workspace: workspace, candidate: model, environment: environment, embeddings: embeddings)
            var pending: [String: PendingCase] = [:]
            for c in queue.cases { pending[c.id] = c }
            let rejected = Set(queue.rejected)
            for id in inRun {
                if rejected.contains(id) {
                    statuses[id] = CaseStatus(id: id, file: files[id]!, state: .rejected,
                                              detail: "its answer in run \(queue.candidate.runID) was reviewed and rejected", detectors: [])
                } else if let p = pending[id] {
                    statuses[id] = status(id, file: files[id]!, diff: p.diff, where: "run \(queue.candidate.runID)")
                } else {
                    statuses[id] = CaseStatus(id: id, file: files[id]!, state: .ok, detail: "accepted", detectors: [])
                }
            }
        }
        if !memoryPairs.isEmpty {
            let settings = try DiffRuns.settings(workspace, consequence: "nothing was checked")
            let embedder = try await embeddings.prepare(pairs: memoryPairs, settings: settings)
            let diffs = DiffScoring.score(memoryPairs, settings: settings, makeEmbedder: embedder.make,
                                          workers: ProcessInfo.processInfo.activeProcessorCount)
            for d in diffs { statuses[d.id] = status(d.id, file: files[d.id]!, diff: d, where: "the answer just now (not stored: CI)") }
        }
        return finish()

        func finish() -> Result {
            let order = current.map(\.id)
            return Result(relevant: relevant, model: model, cases: order.compactMap { statuses[$0] }, answered: answered, stored: stored,
                          warnings: warnings)
        }
    }

    static func status(_ id: String, file: String, diff d: CaseDiff, where source: String) -> CaseStatus {
        let detectors = Set(d.findings.filter(\.regression).map(\.detector.rawValue)).sorted()
        switch (d.changeClass, d.verdict) {
        case (.identical, _):
            return CaseStatus(id: id, file: file, state: .pending, detail: "same answer as the default; only its input changed, waits for acceptance", detectors: [])
        case (_, .fail):
            return CaseStatus(id: id, file: file, state: .regressed, detail: "\(d.changeClass.rawValue) in \(source): \(d.findings.first(where: \.regression)?.message ?? "FAIL")",
                              detectors: detectors)
        default:
            return CaseStatus(id: id, file: file, state: .pending, detail: "\(d.changeClass.rawValue) (\(d.verdict.rawValue)) in \(source), waits for review",
                              detectors: detectors)
        }
    }

    enum Scope {
        case all
        /// Staged changes by absolute path, and how to show a path.
        case paths([String: StagedChange], display: (String) -> String)
    }

    static func standardized(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
}
