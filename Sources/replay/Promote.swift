import ArgumentParser
import ReplayKit

struct Promote: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a model's run the default once every case it changed is accepted.",
        discussion: """
            MODEL names a run like other commands do (a model's latest run, MODEL~N, a run id). Refuses while \
            cases are pending or rejected (listing the next step); --force promotes anyway and records that review \
            was skipped. The config's default_model follows. With CI set or --ci nothing is written.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The model (its latest run) or run to promote.") var model: String
    @Flag(name: .long, help: "Promote without review (recorded as such in the review log).") var force = false
    @Option(name: .long, help: ArgumentHelp("Why: kept in the review log.", valueName: "text")) var comment: String?
    @Flag(name: .long, help: "CI mode (also when $CI is set): refuse to write.") var ci = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let environment = ProcessEnvironment()
        try CIMode.refuseWrites(environment, flag: ci, "replay promote",
                                instead: "promote on a developer machine after review and push the store (`replay push`)")
        let workspace = try options.locate(environment)
        let outcome = try await withHTTPClient(maxConnections: 8) { http in
            try await PromoteModel.run(workspace: workspace, name: model, force: force, comment: comment, environment: environment,
                                       embeddings: EmbeddingSource(workspace: workspace, environment: environment, http: http))
        }
        let out = Terminal.standardOutput
        if json {
            out.json(["model": .string(outcome.run.model), "run_id": .string(outcome.run.runID), "run": .string(outcome.run.commit.hex),
                      "default": outcome.commit.map { .string($0.hex) } ?? .null, "unreviewed": .int(outcome.unreviewed),
                      "config_updated": .bool(outcome.configUpdated)])
            return
        }
        guard let commit = outcome.commit else {
            out.print("\(outcome.run.model) (run \(outcome.run.runID)) already is the default")
            return
        }
        out.print("the default is now \(outcome.run.model) (run \(outcome.run.runID)), commit \(commit.short())"
                  + (outcome.unreviewed > 0 ? out.yellow(" — \(outcome.unreviewed) case(s) promoted without review") : ""))
        if let stays = outcome.configNotFollowing {
            out.print(out.yellow("config: default_model stays \(stays): \(outcome.run.model) is not under models (add it there to record with it)"))
        }
        if outcome.configUpdated {
            out.print(out.dim("config: default_model is now \(outcome.run.model)" + (outcome.previousDefaultModel.map { " (was \($0))" } ?? "")))
        }
    }
}
