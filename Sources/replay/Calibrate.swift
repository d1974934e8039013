import ArgumentParser
import Foundation
import ReplayForecast
import ReplayKit
import ReplayReports

struct Calibrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure a registered forecast against production's replies after the release.",
        discussion: """
            Reads production's logs with the import's readers (any format `replay import` reads; de-identified the \
            same way unless --no-redact), counts every behavior of the forecast on the replies production gave, and \
            reports per behavior the observed rate, the forecast and their multiplicative error max(f/o, o/f) — a \
            zero count is taken as (count + ½)/(total + 1); a behavior seen on neither side is not measurable — and \
            across behaviors the median and 90th-percentile error and the share of behaviors that moved ≥1.5× \
            whose direction the forecast got right. The calibration is added to refs/replay/calibrations \
            (not in CI, nor with --dry-run); --history shows every calibration so far.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Option(name: .long, help: ArgumentHelp("The registered forecast (an id, or latest).", valueName: "id")) var forecast = "latest"
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Production's logs after the release: files, folders or zips.", valueName: "path"))
    var observed: [String] = []
    @Option(name: .customLong("log-format"), help: "The logs' format: auto, or one of \(LogFormatID.allCases.map(\.rawValue).joined(separator: ", ")).")
    var logFormat = "auto"
    @Option(name: .long, help: ArgumentHelp("Only the replies of this model, as the logs name it.", valueName: "model")) var model: String?
    @Flag(name: .customLong("no-redact"), help: "Count on the replies as logged, without de-identifying them first.") var noRedact = false
    @Option(name: .long, help: ArgumentHelp("A configured model that labels the forecast's judge behaviors.", valueName: "model")) var judge: String?
    @Flag(name: .long, help: "Show every calibration so far, oldest first.") var history = false
    @Flag(name: .customLong("dry-run"), help: "Do not add the calibration to the history.") var dryRun = false
    @Option(name: .long, help: ArgumentHelp("terminal, markdown, json or html (default: terminal).", valueName: "format")) var format: RatesFormat?
    @Flag(name: .long, help: "Print the JSON (same as --format json).") var json = false
    @Option(name: .long, help: ArgumentHelp("Also write a report to a file (FORMAT:PATH); repeatable.", valueName: "format:path")) var report: [RatesTarget] = []
    @Flag(name: .long, help: "CI mode (also when $CI is set): never write.") var ci = false

    func validate() throws {
        if logFormat != "auto", LogFormatID(rawValue: logFormat) == nil {
            throw ValidationError("--log-format '\(logFormat)' is not a format; use auto or one of \(LogFormatID.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if history && !observed.isEmpty { throw ValidationError("--history shows past calibrations; it takes no --observed") }
        if !history && observed.isEmpty { throw ValidationError("name production's logs with --observed PATH (or show past calibrations with --history)") }
        if history, format == .html { throw ValidationError("--history prints terminal, markdown or json") }
    }

    func run() async throws {
        let environment = ProcessEnvironment()
        let workspace = try options.locate(environment)
        let stdout = Terminal.standardOutput
        let chosen = json ? .json : (format ?? .terminal)
        if history {
            let list = try CalibrateForecast.history(workspace: workspace, environment: environment)
            switch chosen {
            case .json: stdout.write(CalibrationReport.historyJSON(list))
            case .markdown: stdout.write(CalibrationReport.historyMarkdown(list))
            default: stdout.write(CalibrationReport.history(list, color: stdout.color))
            }
            return
        }
        var o = CalibrateForecast.Options(forecast: forecast, observed: observed)
        o.format = LogFormatID(rawValue: logFormat)
        o.model = model
        o.redact = !noRedact
        o.save = !dryRun
        o.ci = ci
        let result = try await withLabeler(judge, workspace: workspace, environment: environment) { labeler in
            try await CalibrateForecast.run(workspace: workspace, options: o, environment: environment, labeler: labeler)
        }
        let err = Terminal.standardError
        for s in result.skipped.prefix(6) { err.print(err.dim("skipped \(s.count): \(s.reason)")) }
        if let commit = result.saved {
            err.print("saved the calibration as commit \(commit.short()) on refs/replay/calibrations")
        }
        for target in report { try ReportOutput.write(render(result.calibration, target.format, color: false), to: target.path) }
        stdout.write(render(result.calibration, chosen, color: stdout.color))
    }

    func render(_ c: Calibration, _ format: RatesFormat, color: Bool) -> String {
        switch format {
        case .terminal: return CalibrationReport.terminal(c, color: color)
        case .markdown: return CalibrationReport.markdown(c)
        case .json: return CalibrationReport.json(c)
        case .html: return CalibrationReport.html(c)
        }
    }
}
