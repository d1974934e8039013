import ArgumentParser
import ReplayKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a run (its manifest and cases) or one case of a run.",
        discussion: "RUN is a model name (its latest run), default, MODEL~N, a run id or a commit-id prefix."
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: ArgumentHelp("The run.", valueName: "run")) var runName: String
    @Argument(help: "A case id.") var caseID: String?
    @Option(name: .long, help: ArgumentHelp("Print only this stored file of the case, as stored (input.json, output.md, response.json).", valueName: "name"))
    var file: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let environment = ProcessEnvironment()
        let workspace = try options.locate(environment)
        let out = Terminal.standardOutput
        guard let caseID else {
            if file != nil { throw ReplayError("--file needs a case id", kind: .usage) }
            let result = try ShowRun.run(workspace: workspace, name: runName, environment: environment)
            if json {
                out.json(["commit": .string(result.summary.commit.hex), "manifest": result.manifest.json,
                          "cases": .array(result.cases.map { ["id": .string($0.id), "status": .string($0.errored ? "error" : "ok")] })])
                return
            }
            let m = result.manifest
            out.print("\(out.bold("run")) \(m.runID)  \(out.bold("model")) \(m.model)  \(out.bold("commit")) \(result.summary.commit.short())")
            out.print("recorded \(m.created) by replay \(m.toolVersion) via \(m.provider); parameters \(m.parameters.json.compact)")
            out.print("\(m.counts.cases) cases: \(m.counts.recorded) answered in this run, \(m.counts.carried) carried over, \(m.counts.errored) errored")
            out.table(result.cases.map { [$0.errored ? out.red("error") : "ok", $0.id] })
            return
        }
        let result = try ShowCase.run(workspace: workspace, name: runName, caseID: caseID, environment: environment)
        if let file {
            guard let bytes = result.files[file] else {
                throw ReplayError("case '\(caseID)' in run '\(runName)' has no file '\(file)'",
                                  details: ["it has: \(result.files.keys.sorted().joined(separator: ", "))"])
            }
            out.handle.write(.init(bytes))
            return
        }
        if json {
            out.json(["commit": .string(result.summary.commit.hex), "case": .string(caseID), "input": result.input,
                      "output": result.output.map(JSONValue.string) ?? .null, "response": result.response])
            return
        }
        out.print("\(out.bold(caseID)) in run \(result.summary.runID) of \(result.summary.model) (\(result.summary.commit.short()))")
        out.print(out.dim("prompt: ") + (result.input["prompt"]?.stringValue ?? result.input["prompt"]?.compact ?? ""))
        if let error = result.response["error"]?.stringValue { out.print(out.red("error: ") + error); return }
        out.print(out.dim("answer:"))
        out.print(result.output ?? "")
        if let calls = result.response["tool_calls"]?.arrayValue, !calls.isEmpty {
            out.print(out.dim("tool calls: ") + calls.map(\.compact).joined(separator: " "))
        }
    }
}
