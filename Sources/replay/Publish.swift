import ArgumentParser
import ReplayKit

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Push a run as a git branch over the default, for review as an ordinary pull request.",
        discussion: """
            Writes one commit whose tree is CANDIDATE's run and whose parent is the current default, \
            and pushes it to the branch replay/<model> (or --branch) and the default to \
            replay/default, both forced (they are generated views). On the remote, \
            `git diff replay/default replay/<model>` — or a pull request from replay/<model> into \
            replay/default — shows the upgrade as readable files: each case's input.json, output.md \
            and response.json. Publishing the same pair again changes nothing. REMOTE as for push.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: ArgumentHelp("The run to publish: a model (its latest run), MODEL~N, a run id or a commit-id prefix.", valueName: "candidate"))
    var candidate: String
    @Argument(help: ArgumentHelp("Where to push (default: the project's remote 'origin').", valueName: "remote")) var remote: String?
    @Option(name: .long, help: ArgumentHelp("The branch for the candidate (default: replay/<model>).", valueName: "name")) var branch: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let environment = ProcessEnvironment()
        let progress = SyncProgressLine(quiet: json)
        let result = try SyncStore.publish(workspace: options.locate(environment), candidate: candidate, remote: remote, branch: branch,
                                           environment: environment, progress: progress.report)
        progress.done()
        let p = result.publication
        let out = Terminal.standardOutput
        if json {
            func side(_ s: RunSummary) -> JSONValue { ["model": .string(s.model), "run_id": .string(s.runID), "commit": .string(s.commit.hex)] }
            out.json(["remote": .string(result.remote.label), "commit": .string(p.commit.hex), "branch": .string(result.branch),
                      "default_branch": .string(result.defaultBranch), "compare_url": result.compareURL.map(JSONValue.string) ?? .null,
                      "compare_command": result.compareCommand.map(JSONValue.string) ?? .null,
                      "baseline": side(p.baseline), "candidate": side(p.candidate), "changed_cases": .int(p.changes.count),
                      "references": .array(p.updates.map(SyncOutput.object))])
        } else {
            out.print("Published \(p.candidate.model) (run \(p.candidate.runID)) over the default, \(p.baseline.model) (run \(p.baseline.runID)), to \(result.remote.label):")
            SyncOutput.table(p.updates, out: out)
            out.print(p.changes.isEmpty ? "no case differs from the default's run" : "\(p.changes.count) case(s) differ from the default's run")
            if let url = result.compareURL { out.print("compare: \(url)") }
            if let command = result.compareCommand { out.print("compare: \(command)") }
            if result.compareURL == nil {
                out.print("review: open a pull request from \(result.branch) into \(result.defaultBranch)")
            }
        }
        if !result.rejected.isEmpty {
            throw ReplayError("\(result.remote.label) did not take \(result.rejected.map(\.name).joined(separator: ", "))",
                              details: result.rejected.compactMap(\.note) + ["check that you may push branches there (protected branches refuse forced pushes)"])
        }
    }
}
