import ArgumentParser
import Foundation
import ReplayKit

@main
struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Deployment simulation: replay your real cases through a model and see what changes.",
        discussion: """
            Exit codes: 0 ok · 1 differences or regressions found (where a command checks) · \
            2 operational error (bad input, I/O, git) · 64 usage error.
            """,
        version: ReplayVersion.current,
        subcommands: [Init.self, Cases.self, Import.self, Record.self, Log.self, Show.self, Changed.self, Diff.self,
                      Check.self, Review.self, Pending.self, Accept.self, Reject.self, FlagCases.self, Promote.self, Hooks.self,
                      Push.self, Pull.self, Publish.self, ForecastCommand.self, Calibrate.self]
    )

    /// Runs the command and maps its outcome to an exit code; the commands only print.
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            var command = command
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ReplayError {
            Terminal.standardError.error(error.message, details: error.details)
            Foundation.exit(error.exitCode)
        } catch let error as GitError {
            Terminal.standardError.error("git: \(error)", details: [])
            Foundation.exit(2)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}

/// `--workspace PATH`, shared by every command that works in a workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The .replay folder, or the folder holding it (default: $REPLAY_WORKSPACE, else the nearest .replay above the current folder).", valueName: "path"))
    var workspace: String?

    func locate(_ environment: any Environment) throws -> Workspace {
        try Workspace.locate(explicit: workspace, environment: environment)
    }
}
