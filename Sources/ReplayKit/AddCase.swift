import Foundation
import ReplayCore

/// `replay cases add`: writes a new case file into `.replay/cases/`, validated as `cases validate`
/// would read it, never overwriting a file or reusing an id.
public enum AddCase {
    public struct Input: Sendable {
        public var id: String?
        public var title: String?
        public var tags: [String]
        public var system: String?
        public var systemFile: String?
        public var prompt: String
        public var mustInclude: [String]
        public var mustNotInclude: [String]

        public init(id: String?, title: String?, tags: [String], system: String?, systemFile: String?, prompt: String,
                    mustInclude: [String], mustNotInclude: [String]) {
            self.id = id
            self.title = title
            self.tags = tags
            self.system = system
            self.systemFile = systemFile
            self.prompt = prompt
            self.mustInclude = mustInclude
            self.mustNotInclude = mustNotInclude
        }
    }

    public struct Result: Sendable {
        public let id: String
        /// The new file, as shown to the user.
        public let file: String
    }

    public static func run(workspace: Workspace, input: Input, environment: any Environment) throws -> Result {
        if input.system != nil, input.systemFile != nil {
            throw ReplayError("give --system or --system-file, not both", kind: .usage)
        }
        let catalog = try CaseCatalog.load(workspace)
        var value = Case(id: input.id ?? "", title: input.title, tags: input.tags,
                         system: input.system.map(SystemPrompt.inline) ?? input.systemFile.map { .file(path: $0, text: nil) },
                         prompt: .string(input.prompt),
                         expect: Expectations(mustInclude: input.mustInclude, mustNotInclude: input.mustNotInclude),
                         provenance: ["source": "replay cases add", "date": .string(String(Timestamp.iso8601(environment.now()).prefix(10)))])
        if input.id == nil { value.id = Case.derivedID(for: value.json) }
        if let problem = CaseID.problem(value.id) {
            throw ReplayError("--id: '\(value.id)' \(problem)", kind: .usage, details: ["choose an id like 'refund-policy-email'"])
        }
        if let existing = catalog.located(value.id) {
            throw ReplayError("a case with the id '\(value.id)' already exists at \(existing.file):\(existing.line)",
                              details: ["choose another --id, or edit that case"])
        }
        let text = try CaseYAML.render(value)
        let path = workspace.casesPath + "/" + value.id + ".yaml"
        let shown = workspace.display(path)
        guard !fileExists(path) else { throw ReplayError("\(shown) already exists", details: ["choose another --id"]) }
        // Read the file back exactly as `cases validate` will before writing it.
        let decoded = CaseDecoder.decodeFile(text, file: shown)
        guard decoded.problems.isEmpty, decoded.cases.count == 1 else {
            throw ReplayError("the new case is not valid; nothing was written", details: decoded.problems.map(\.description))
        }
        if let relative = input.systemFile, !fileExists(workspace.projectRoot + "/" + relative) {
            throw ReplayError("--system-file: '\(relative)' does not exist under \(workspace.projectRoot)",
                              details: ["write the prompt file's path relative to the folder that holds .replay/"])
        }
        try FileManager.default.createDirectory(atPath: workspace.casesPath, withIntermediateDirectories: true)
        try writeAtomically(text, to: path)
        return Result(id: value.id, file: shown)
    }
}
