import ArgumentParser
import ReplayKit

struct CasesList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the cases (valid ones; problems are counted).")

    @OptionGroup var options: WorkspaceOptions
    @Option(name: .long, help: "Only cases with this tag.") var tag: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let catalog = try CaseCatalog.load(options.locate(ProcessEnvironment()))
        let cases = catalog.cases.filter { tag == nil || $0.value.tags.contains(tag!) }
        let out = Terminal.standardOutput
        if json {
            out.json(.array(cases.map { c in
                ["id": .string(c.value.id), "title": c.value.title.map(JSONValue.string) ?? .null,
                 "tags": .array(c.value.tags.map(JSONValue.string)), "file": .string(c.file), "line": .int(c.line),
                 "turns": .int(c.value.context.count + 1), "tools": .int(c.value.tools.count)]
            }))
        } else {
            out.table(cases.map { c in
                [c.value.id, c.value.title ?? "", c.value.tags.joined(separator: ","), "\(c.value.context.count + 1)",
                 "\(c.value.tools.count)", "\(c.file):\(c.line)"]
            }, header: ["ID", "TITLE", "TAGS", "TURNS", "TOOLS", "FILE"])
            out.print(out.dim("\(cases.count) case\(cases.count == 1 ? "" : "s")"))
        }
        if !catalog.problems.isEmpty {
            Terminal.standardError.print("warning: \(catalog.problems.count) problem(s) in the case files; run `replay cases validate`")
        }
    }
}
