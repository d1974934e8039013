import ArgumentParser
import ReplayKit

struct CasesValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the config and every case file; report each problem with file:line and what to do.",
        discussion: "Exit 0 when everything is valid, 2 when there are problems."
    )

    @OptionGroup var options: WorkspaceOptions
    @Flag(name: .long, help: "Print the problems as JSON.") var json = false

    func run() throws {
        let workspace = try options.locate(ProcessEnvironment())
        var problems = try workspace.readConfig().problems.map(\.description)
        let catalog = try CaseCatalog.load(workspace)
        problems += catalog.problems.map(\.description)
        let out = Terminal.standardOutput
        if json {
            out.json(["valid": .bool(problems.isEmpty), "cases": .int(catalog.cases.count), "files": .int(catalog.files.count),
                      "problems": .array(problems.map(JSONValue.string))])
        } else if problems.isEmpty {
            out.print(out.green("ok") + ": \(catalog.cases.count) case\(catalog.cases.count == 1 ? "" : "s") in \(catalog.files.count) file\(catalog.files.count == 1 ? "" : "s"), config valid")
        } else {
            for problem in problems { Terminal.standardError.print(problem) }
        }
        if !problems.isEmpty {
            throw ReplayError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        }
    }
}
