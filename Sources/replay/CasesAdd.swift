import ArgumentParser
import ReplayKit

struct CasesAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a case: writes .replay/cases/<id>.yaml.",
        discussion: "For context turns, tools and parameters, edit the file afterwards (the case format is in the README)."
    )

    @OptionGroup var options: WorkspaceOptions
    @Option(name: .long, help: "The case id (default: derived from the content).") var id: String?
    @Option(name: .long, help: "A title.") var title: String?
    @Option(name: .long, help: "A tag (repeatable).") var tag: [String] = []
    @Option(name: .long, help: "The system prompt's text.") var system: String?
    @Option(name: .customLong("system-file"), help: "A prompt file, relative to the folder that holds .replay/.") var systemFile: String?
    @Option(name: .long, help: "The user turn to replay.") var prompt: String
    @Option(name: .customLong("must-include"), help: "A clause the answer must contain (repeatable).") var mustInclude: [String] = []
    @Option(name: .customLong("must-not-include"), help: "Text the answer must not contain (repeatable).") var mustNotInclude: [String] = []

    func run() throws {
        let environment = ProcessEnvironment()
        let result = try AddCase.run(workspace: options.locate(environment),
                                     input: .init(id: id, title: title, tags: tag, system: system, systemFile: systemFile,
                                                  prompt: prompt, mustInclude: mustInclude, mustNotInclude: mustNotInclude),
                                     environment: environment)
        Terminal.standardOutput.print("added case \(result.id) in \(result.file)")
    }
}
