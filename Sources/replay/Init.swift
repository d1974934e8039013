import ArgumentParser
import ReplayKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a .replay workspace: config, cases folder and snapshot store.",
        discussion: "Parts that exist are kept; running it again only adds what is missing."
    )

    @Argument(help: "The folder to create .replay in.")
    var folder: String = "."

    func run() throws {
        let result = try InitWorkspace.run(in: folder, environment: ProcessEnvironment())
        let out = Terminal.standardOutput
        if result.created.isEmpty {
            out.print("\(result.workspace.root) is already a replay workspace; nothing to create")
        } else {
            out.print("initialized a replay workspace in \(result.workspace.root)")
            for path in result.created { out.print("  created \(path)") }
            out.print("next: add cases with `replay cases add` (or files in .replay/cases/), then `replay record`")
        }
    }
}
