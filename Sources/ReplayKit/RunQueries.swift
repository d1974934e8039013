import ReplayCore
import ReplayStore

/// `replay log`: runs newest first, with the default marked.
public enum LogRuns {
    public struct Result: Sendable {
        public let runs: [RunSummary]
        /// The run the default currently points at (the accepted baseline), if any.
        public let defaultRun: ObjectID?
    }

    public static func run(workspace: Workspace, model: String?, limit: Int, environment: any Environment) throws -> Result {
        let store = try workspace.openStore(environment: environment)
        let runs = try store.log(model: model, limit: limit)
        let defaultRun = try store.defaultRun().flatMap { try store.acceptedRun(ofDefault: $0) }
        return Result(runs: runs, defaultRun: defaultRun)
    }
}

/// `replay show RUN`: a run's manifest and its cases.
public enum ShowRun {
    public struct Result: Sendable {
        public let summary: RunSummary
        public let manifest: RunManifest
        /// Every case id in the run with whether its answer errored.
        public let cases: [(id: String, errored: Bool)]
    }

    public static func run(workspace: Workspace, name: String, environment: any Environment) throws -> Result {
        let store = try workspace.openStore(environment: environment)
        let commit = try store.resolve(name)
        let manifest = try store.manifest(of: commit)
        return Result(summary: try store.summary(commit), manifest: manifest, cases: try store.caseStatuses(in: commit))
    }
}

/// `replay show RUN CASE`: one case's stored input and answer.
public enum ShowCase {
    public struct Result: Sendable {
        public let summary: RunSummary
        public let caseID: String
        public let input: JSONValue
        public let output: String?
        public let response: JSONValue
        /// The raw stored files by name.
        public let files: [String: [UInt8]]
    }

    public static func run(workspace: Workspace, name: String, caseID: String, environment: any Environment) throws -> Result {
        let store = try workspace.openStore(environment: environment)
        let commit = try store.resolve(name)
        guard let files = try store.caseFiles(in: commit, caseID: caseID) else {
            let ids = try store.caseIDs(in: commit)
            let hint = closest(to: caseID, in: ids).map { "did you mean '\($0)'?" } ?? "`replay show \(name)` lists its cases"
            throw ReplayError("run '\(name)' (\(commit.short())) has no case '\(caseID)'", details: [hint])
        }
        func json(_ name: String) -> JSONValue {
            files[name].flatMap { try? JSONParser.parse(String(decoding: $0, as: UTF8.self)).json } ?? .null
        }
        return Result(summary: try store.summary(commit), caseID: caseID, input: json(CaseResult.inputFile),
                      output: files[CaseResult.outputFile].map { String(decoding: $0, as: UTF8.self) },
                      response: json(CaseResult.responseFile), files: files)
    }
}

/// `replay changed A B`: the cases whose stored folders differ.
public enum ChangedCases {
    public struct Result: Sendable {
        public let from: RunSummary
        public let to: RunSummary
        public let changes: [CaseChange]
    }

    public static func run(workspace: Workspace, from: String, to: String, environment: any Environment) throws -> Result {
        let store = try workspace.openStore(environment: environment)
        let a = try store.resolve(from)
        let b = try store.resolve(to)
        return Result(from: try store.summary(a), to: try store.summary(b), changes: try store.changed(from: a, to: b))
    }
}
