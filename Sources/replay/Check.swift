import ArgumentParser
import ReplayKit

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the cases a staged change affects: recorded with their current content, no unreviewed regression.",
        discussion: """
            What the hooks run. Reads the staged change of the git repository holding the workspace (a case file, a \
            prompt file a case uses through system_file or a model's prompt_files, the config) and checks each affected \
            case against the default model: a run must hold it with its current content, and that answer must not carry \
            a regression nobody accepted (nor a rejected answer). Nothing relevant staged: exit 0 at once. \
            --run answers the unrecorded cases now through the default model (a cassette makes it free and \
            deterministic) and judges them; with --ci (or CI set) those answers are compared in memory and nothing is \
            written. --all checks every case (CI, where nothing is staged). \
            Exit 0 pass · 1 an affected case is unrecorded, regressed or rejected · 2 operational failure.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Flag(name: .long, help: "Answer the affected cases that have no run with their current content, then judge them.") var run = false
    @Flag(name: .long, help: "Check every case, not only those the staged change affects.") var all = false
    @Flag(name: .long, help: "CI mode (also when $CI is set): never write to the store.") var ci = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let environment = ProcessEnvironment()
        let workspace = try options.locate(environment)
        let ciMode = CIMode.active(environment, flag: ci)
        let result = try await withHTTPClient(maxConnections: 16) { http in
            try await CheckStaged.run(workspace: workspace, options: .init(run: run, ci: ciMode, all: all), environment: environment,
                                      http: http, embeddings: EmbeddingSource(workspace: workspace, environment: environment, http: http),
                                      progress: RecordProgressLine(quiet: json))
        }
        let out = Terminal.standardOutput
        if json {
            out.json(["version": .int(1), "verdict": .string(result.failed ? "FAIL" : "PASS"),
                      "model": result.model.map(JSONValue.string) ?? .null,
                      "relevant": .array(result.relevant.map(JSONValue.string)), "answered": .int(result.answered), "stored": .bool(result.stored),
                      "cases": .array(result.cases.map { c in
                          ["case": .string(c.id), "file": .string(c.file), "state": .string(c.state.rawValue), "detail": .string(c.detail),
                           "detectors": .array(c.detectors.map(JSONValue.string))]
                      }),
                      "warnings": .array(result.warnings.map(JSONValue.string))])
        } else {
            print(result, out)
        }
        if result.failed { throw ExitCode(1) }
    }

    func print(_ result: CheckStaged.Result, _ out: Terminal) {
        for warning in result.warnings { Terminal.standardError.print(Terminal.standardError.yellow("warning: ") + warning) }
        guard let model = result.model else {
            out.print("replay check: nothing staged affects the cases")
            return
        }
        guard !result.cases.isEmpty else {
            out.print("replay check: the staged change (\(result.relevant.joined(separator: ", "))) affects no case")
            return
        }
        let scope = all ? "every case" : "\(result.cases.count) case(s) affected by \(result.relevant.joined(separator: ", "))"
        let failed = result.cases.filter { $0.state.fails }
        let head = failed.isEmpty ? out.green("PASS") : out.red("FAIL")
        out.print("replay check \(head): \(scope), against \(model)" + (result.answered > 0 ? " (\(result.answered) answered just now\(result.stored ? "" : ", not stored"))" : ""))
        let shown = all && failed.isEmpty ? result.cases.filter { $0.state != .ok } : result.cases
        out.table(shown.map { c in
            let state: String
            switch c.state {
            case .ok: state = out.green(c.state.rawValue)
            case .pending: state = out.yellow(c.state.rawValue)
            default: state = out.red(c.state.rawValue)
            }
            return [state, c.id, c.file, c.detail + (c.detectors.isEmpty ? "" : " [\(c.detectors.joined(separator: ", "))]")]
        })
        var next: [String] = []
        if result.count(.unrecorded) > 0 {
            next.append("record them: `replay record --model \(model) --changed` (or `replay check --run`)")
        }
        if result.count(.regressed) > 0 || result.count(.pending) > 0 {
            next.append("review the changed answers: `replay review \(model)` (or `replay pending \(model)`, then `replay accept|reject`)")
        }
        if result.count(.rejected) > 0 {
            next.append("a rejected answer stays rejected: change the prompt or the case, then record again")
        }
        for line in next { out.print(out.dim("next: ") + line) }
        if !failed.isEmpty { out.print(out.dim("to commit anyway: git commit --no-verify")) }
    }
}
