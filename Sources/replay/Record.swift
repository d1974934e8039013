import ArgumentParser
import ReplayKit

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record a run of a model as a snapshot commit.",
        discussion: """
            With --outputs, records answers produced elsewhere: one JSON object per line, \
            {"case": ID, "output": TEXT} or {"case": ID, "error": TEXT}, optionally with finish_reason, \
            tool_calls, model, usage, latency_ms and metrics. Cases without a line keep their answer from \
            the model's previous run. Nothing is stored unless the cases, the config and every line are valid.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Option(name: .long, help: ArgumentHelp("A JSONL file of answers produced elsewhere.", valueName: "file")) var outputs: String?
    @Option(name: .long, help: "The model the answers are from (names its run history).") var model: String?
    @Flag(name: .customLong("default"), help: "Also make this run the accepted default.") var makeDefault = false
    @Flag(name: .long, help: "Print the result as JSON.") var json = false

    func run() throws {
        let environment = ProcessEnvironment()
        let workspace = try options.locate(environment)
        guard let outputs else {
            throw ReplayError("record needs --outputs FILE in this version", kind: .usage,
                              details: ["record answers produced elsewhere: replay record --outputs answers.jsonl --model NAME"])
        }
        let configured = try workspace.loadConfig().defaultModel
        guard let model = model ?? configured else {
            throw ReplayError("--model is required (the config names no default_model)", kind: .usage)
        }
        let written = try RecordOutputs.run(workspace: workspace, outputsPath: outputs, model: model, setDefault: makeDefault,
                                            environment: environment)
        let out = Terminal.standardOutput
        let counts = written.manifest.counts
        if json {
            out.json([
                "commit": .string(written.commit.hex), "run_id": .string(written.manifest.runID), "model": .string(model),
                "cases": .int(counts.cases), "recorded": .int(counts.recorded), "carried": .int(counts.carried),
                "errored": .int(counts.errored), "unanswered": .array(written.unanswered.map(JSONValue.string)),
                "packed_objects": .int(written.packedObjects), "default": written.defaultCommit.map { .string($0.hex) } ?? .null,
            ])
            return
        }
        out.print("recorded run \(out.bold(written.manifest.runID)) of \(out.bold(model)) as commit \(written.commit.short())")
        var parts = ["\(counts.recorded) answered"]
        if counts.errored > 0 { parts.append(out.red("\(counts.errored) errored")) }
        if counts.carried > 0 { parts.append("\(counts.carried) carried over from the previous run") }
        out.print("  \(counts.cases) cases: " + parts.joined(separator: ", "))
        if !written.unanswered.isEmpty {
            out.print(out.yellow("  \(written.unanswered.count) case(s) have no answer in this or any earlier run: ")
                      + written.unanswered.prefix(10).joined(separator: ", ") + (written.unanswered.count > 10 ? ", …" : ""))
        }
        if written.defaultCommit != nil { out.print("  the default is now this run") }
    }
}
