import ArgumentParser
import Foundation
import ReplayKit
import ReplayReports

struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what is different between two runs, case by case, with regression alerts.",
        discussion: """
            Defaults: BASE is `default`, CANDIDATE the newest run of another model. Each changed case gets a class \
            (identical, cosmetic, rephrased, changed, regressed, new, missing, errored), the detectors' findings with \
            evidence, and a verdict: FAIL when a regression reaches --fail-on (config diff.fail_on, default error), \
            INCONCLUSIVE when it is within the baseline's own sampling noise (record --repeat K), PASS otherwise. \
            Exit 1 when the overall verdict is FAIL.
            Reports: --format terminal|markdown|json|junit|html on standard output; --report FORMAT:PATH (repeatable) \
            writes more at once, e.g. --report html:diff.html --report junit:diff.xml.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The baseline run (default: default).") var base: String?
    @Argument(help: "The candidate run (default: the newest run of another model).") var candidate: String?
    @Option(name: .long, help: ArgumentHelp("The report printed on standard output (default: terminal).", valueName: "format")) var format: ReportFormat?
    @Flag(name: .long, help: "Print the JSON report (same as --format json).") var json = false
    @Option(name: .long, help: ArgumentHelp("Also write a report to a file (FORMAT:PATH); repeatable.", valueName: "format:path"))
    var report: [ReportTarget] = []
    @Option(name: .customLong("fail-on"), help: ArgumentHelp("info, warning, error or never (default: the config's diff.fail_on, else error).", valueName: "level"))
    var failOn: FailLevel?
    @Option(name: .long, help: ArgumentHelp("A configured model asked for a pairwise verdict on each changed case, in both orders.", valueName: "model"))
    var judge: String?
    @Flag(name: .long, help: "Keep the diff (the JSON report, judge verdicts included) in the store: refs/replay/diffs/<model>.") var save = false
    @Flag(name: .long, help: "Terminal: show every changed case in full, also cosmetic and within-noise ones.") var all = false
    @Option(name: .long, help: ArgumentHelp("Terminal: cases shown in full.", valueName: "n")) var limit = 20

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() async throws {
        let environment = ProcessEnvironment()
        let workspace = try options.locate(environment)
        let result = try await withHTTPClient(maxConnections: 8) { http in
            let judgeModel = try judge.map { try ModelJudge.make($0, workspace: workspace, environment: environment, http: http) }
            var diffOptions = DiffRuns.Options(baseline: base, candidate: candidate, failOn: failOn.map(\.level), judge: judge)
            let progressLine = Terminal.standardError
            if progressLine.isTTY {
                // Long diffs show progress on a terminal only, one line redrawn, cleared at the end.
                diffOptions.progress = { done, total in
                    progressLine.write(done == total ? "\r\u{1B}[K" : "\rscoring \(done)/\(total) changed cases")
                }
            }
            return try await DiffRuns.run(workspace: workspace, options: diffOptions,
                                          environment: environment,
                                          embeddings: EmbeddingSource(workspace: workspace, environment: environment, http: http),
                                          judge: judgeModel)
        }
        for warning in result.warnings { Terminal.standardError.print(Terminal.standardError.yellow("warning: ") + warning) }
        if save {
            let commit = try SaveDiff.run(result, report: JSONReport.render(result), workspace: workspace, environment: environment)
            Terminal.standardError.print("saved the diff as commit \(commit.short()) on refs/replay/diffs/\(ModelName.slug(result.candidate.model))")
        }
        for target in report {
            try ReportOutput.write(ReportOutput.render(result, target.format, color: false, all: true, limit: limit), to: target.path)
        }
        let stdout = Terminal.standardOutput
        let chosen = json ? .json : (format ?? .terminal)
        if chosen == .json {
            stdout.write(pieces: JSONReport.pieces(result))
        } else {
            stdout.write(ReportOutput.render(result, chosen, color: stdout.color, all: all, limit: limit))
        }
        if chosen != .terminal || !report.isEmpty {
            Terminal.standardError.print("\(result.verdict.rawValue): \(result.cases.count) of \(result.total) cases differ")
        }
        if result.verdict == .fail { throw ExitCode(1) }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case terminal, markdown, json, junit, html
}

/// `FORMAT:PATH` of `--report`, for any command's set of formats.
struct FormatTarget<Format: RawRepresentable>: ExpressibleByArgument where Format.RawValue == String {
    let format: Format
    let path: String

    init?(argument: String) {
        guard let colon = argument.firstIndex(of: ":"), let format = Format(rawValue: String(argument[..<colon])) else { return nil }
        let path = String(argument[argument.index(after: colon)...])
        guard !path.isEmpty else { return nil }
        self.format = format
        self.path = path
    }
}

typealias ReportTarget = FormatTarget<ReportFormat>

struct FailLevel: ExpressibleByArgument {
    let level: Severity?
    init?(argument: String) {
        if argument == "never" { level = nil } else if let s = Severity(rawValue: argument) { level = s } else { return nil }
    }
}

enum ReportOutput {
    static func render(_ result: DiffResult, _ format: ReportFormat, color: Bool, all: Bool, limit: Int) -> String {
        switch format {
        case .terminal: return TerminalReport.render(result, options: .init(color: color, detailed: all ? .max : limit, all: all))
        case .markdown: return MarkdownReport.render(result)
        case .json: return JSONReport.render(result)
        case .junit: return JUnitReport.render(result)
        case .html: return HTMLReport.render(JSONReport.value(result))
        }
    }

    /// Written whole to a temporary file, then renamed: a reader never sees half a report.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw ReplayError("cannot write the report \(path): \(error.localizedDescription)", details: ["check that its folder exists and is writable"])
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ReplayError("cannot write the report \(path): \(reason)")
        }
    }
}
