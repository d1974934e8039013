import ArgumentParser
import ReplayKit

struct CasesShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one case as replay reads it.")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The case id.") var id: String
    @Flag(name: .long, help: "Print the case's canonical JSON (what the store keeps as input.json).") var json = false

    func run() throws {
        let catalog = try CaseCatalog.load(options.locate(ProcessEnvironment()))
        guard let located = catalog.located(id) else {
            let hint = closest(to: id, in: catalog.cases.map(\.value.id)).map { "did you mean '\($0)'?" } ?? "`replay cases list` shows the ids"
            throw ReplayError("no case has the id '\(id)'", details: [hint])
        }
        let out = Terminal.standardOutput
        let c = located.value
        if json { out.json(c.json); return }
        out.print(out.bold(c.id) + (c.title.map { " — \($0)" } ?? ""))
        out.print(out.dim("\(located.file):\(located.line)") + (c.tags.isEmpty ? "" : "  tags: \(c.tags.joined(separator: ", "))"))
        if let system = c.system {
            out.print(out.bold("system") + (system.path.map { " (\($0))" } ?? "") + ":")
            out.print(indent(system.text ?? ""))
        }
        for m in c.context {
            out.print(out.bold(m.role.rawValue) + (m.toolCallID.map { " (result of \($0))" } ?? "") + ":")
            if let text = m.content.stringValue { if !text.isEmpty { out.print(indent(text)) } } else { out.print(indent(m.content.compact)) }
            for call in m.toolCalls { out.print(indent("→ \(call.name)(\(call.arguments.compact))" + (call.id.map { " [\($0)]" } ?? ""))) }
        }
        out.print(out.bold("user (replayed)") + ":")
        out.print(indent(c.prompt.stringValue ?? c.prompt.compact))
        if !c.tools.isEmpty { out.print(out.bold("tools") + ": " + c.tools.map(\.name).joined(separator: ", ")) }
        if c.parameters.json != .object([:]) { out.print(out.bold("parameters") + ": " + c.parameters.json.compact) }
        if !c.expect.isEmpty { out.print(out.bold("expect") + ": " + c.expect.json.compact) }
        if !c.provenance.isEmpty { out.print(out.bold("provenance") + ": " + JSONValue.object(c.provenance).compact) }
    }

    func indent(_ text: String) -> String { text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") }
}
