import ArgumentParser
import Foundation
import ReplayForecast
import ReplayKit
import ReplayReports

struct ForecastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast each behavior's rate in production from a candidate run, against a baseline, before the release.",
        discussion: """
            Defaults: the baseline is `default` (when there is one), CANDIDATE the newest run of another model. For every \
            behavior (the built-in detectors' absolute half, the config's forecast.behaviors: phrases, patterns, judge \
            questions) it gives the candidate's rate with a 95% interval (Wilson, continuity-corrected; never "0%": \
            "not observed in 240: at most 2%"), the baseline's, the paired comparison on the cases both answered \
            (McNemar's exact test, the rate ratio with its interval) and how many cases would resolve a change. \
            --register commits the forecast under refs/replay/forecasts/ID before the release; `replay calibrate` \
            later measures it against production. --list shows the registered forecasts, --show ID prints one.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The candidate run (default: the newest run of another model than the baseline's).") var candidate: String?
    @Option(name: .long, help: ArgumentHelp("The baseline run (default: default, when there is one).", valueName: "run")) var baseline: String?
    @Flag(name: .long, help: "Register the forecast in the store (refs/replay/forecasts/ID).") var register = false
    @Option(name: .long, help: ArgumentHelp("The id to register under (default: MODEL-YYYY-MM-DD).", valueName: "id")) var id: String?
    @Option(name: .long, help: ArgumentHelp("The change the sample-size guidance is for, as a factor (default: the config's forecast.change, else 2).", valueName: "factor"))
    var change: Double?
    @Option(name: .long, help: ArgumentHelp("A configured model that labels the config's judge behaviors.", valueName: "model")) var judge: String?
    @Option(name: .long, help: ArgumentHelp("terminal, markdown, json or html (default: terminal).", valueName: "format")) var format: RatesFormat?
    @Flag(name: .long, help: "Print the JSON (same as --format json).") var json = false
    @Option(name: .long, help: ArgumentHelp("Also write a report to a file (FORMAT:PATH); repeatable.", valueName: "format:path")) var report: [RatesTarget] = []
    @Flag(name: .long, help: "List the registered forecasts.") var list = false
    @Option(name: .long, help: ArgumentHelp("Print a registered forecast (an id, or latest).", valueName: "id")) var show: String?
    @Flag(name: .long, help: "CI mode (also when $CI is set): refuse to register.") var ci = false

    func validate() throws {
        if let change, !(change > 1) { throw ValidationError("--change must be a factor above 1 (e.g. 1.5 or 2)") }
        if list && (show != nil || register) { throw ValidationError("--list prints the registered forecasts; it takes no --show or --register") }
        if show != nil && (register || candidate != nil || baseline != nil) { throw ValidationError("--show prints a registered forecast; it takes no runs or --register") }
    }

    func run() async throws {
        let environment = ProcessEnvironment()
        let workspace = try options.locate(environment)
        let stdout = Terminal.standardOutput
        if list {
            let all = try RegisteredForecasts.list(workspace: workspace, environment: environment)
            if json || format == .json {
                stdout.write(JSONValue.array(all.map { f in ["id": .string(f.id ?? ""), "created": .string(f.created), "candidate": f.candidate.json,
                                                             "baseline": f.baseline?.json ?? .null] }).canonical + "\n")
            } else if all.isEmpty {
                stdout.print("no forecast is registered yet: `replay forecast --register`")
            } else {
                for f in all { stdout.print("\(f.id ?? "?")  \(f.created)  \(f.candidate.model)" + (f.baseline.map { " vs \($0.model)" } ?? "") + "  \(f.behaviors.count) behaviors") }
            }
            return
        }
        let forecast: Forecast
        if let show {
            forecast = try RegisteredForecasts.show(show, workspace: workspace, environment: environment)
        } else {
            var o = ForecastRuns.Options(candidate: candidate, baseline: baseline)
            o.register = register
            o.id = id
            o.changeFactor = change
            o.ci = ci
            let result = try await withLabeler(judge, workspace: workspace, environment: environment) { labeler in
                try await ForecastRuns.run(workspace: workspace, options: o, environment: environment, labeler: labeler)
            }
            for warning in result.warnings { Terminal.standardError.print(Terminal.standardError.yellow("warning: ") + warning) }
            forecast = result.forecast
            if let commit = result.registered {
                Terminal.standardError.print("registered forecast \(forecast.id!) as commit \(commit.short()) on refs/replay/forecasts/\(forecast.id!)")
                Terminal.standardError.print(Terminal.standardError.dim("  after the release: replay calibrate --forecast \(forecast.id!) --observed PRODUCTION-LOGS"))
            }
        }
        for target in report { try ReportOutput.write(render(forecast, target.format, color: false), to: target.path) }
        stdout.write(render(forecast, json ? .json : (format ?? .terminal), color: stdout.color))
    }

    func render(_ f: Forecast, _ format: RatesFormat, color: Bool) -> String {
        switch format {
        case .terminal: return ForecastReport.terminal(f, color: color)
        case .markdown: return ForecastReport.markdown(f)
        case .json: return ForecastReport.json(f)
        case .html: return ForecastReport.html(f)
        }
    }
}

/// The report formats of forecasts and calibrations (no JUnit: they pass or fail nothing).
enum RatesFormat: String, ExpressibleByArgument, CaseIterable {
    case terminal, markdown, json, html
}

typealias RatesTarget = FormatTarget<RatesFormat>

/// The judge behaviors' labeler for the body, when a model is named (its HTTP client lives as long as the body).
func withLabeler<T>(_ model: String?, workspace: Workspace, environment: ProcessEnvironment,
                    _ body: ((any BehaviorLabeler)?) async throws -> T) async throws -> T {
    guard let model else { return try await body(nil) }
    return try await withHTTPClient(maxConnections: 8) { http in
        try await body(try ModelLabeler.make(model, workspace: workspace, environment: environment, http: http))
    }
}
