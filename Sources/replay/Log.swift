import ArgumentParser
import ReplayKit

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List runs, newest first, with their counts.")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "Only the runs of this model.") var model: String?
    @Option(name: [.short, .customLong("limit")], help: "Show at most this many runs.") var limit: Int = 50
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let environment = ProcessEnvironment()
        let result = try LogRuns.run(workspace: options.locate(environment), model: model, limit: max(1, limit), environment: environment)
        let out = Terminal.standardOutput
        if json {
            out.json(.array(result.runs.map { r in
                ["commit": .string(r.commit.hex), "run_id": .string(r.runID), "model": .string(r.model),
                 "time": .string(Timestamp.iso8601(r.time)), "cases": .int(r.cases), "recorded": .int(r.recorded),
                 "errored": .int(r.errored), "provider": .string(r.provider), "default": .bool(r.commit == result.defaultRun)]
            }))
            return
        }
        if result.runs.isEmpty { out.print("no runs yet: record one with `replay record --outputs FILE --model NAME`"); return }
        out.table(result.runs.map { r in
            [r.commit.short(), r.runID, r.model + (r.commit == result.defaultRun ? " (default)" : ""), Timestamp.short(r.time),
             "\(r.cases)", "\(r.recorded)", r.errored > 0 ? out.red("\(r.errored)") : "0"]
        }, header: ["COMMIT", "RUN", "MODEL", "WHEN (UTC)", "CASES", "RECORDED", "ERRORED"])
    }
}
