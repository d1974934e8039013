import ArgumentParser

struct Cases: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show, validate and add the workspace's cases.",
        subcommands: [CasesList.self, CasesShow.self, CasesValidate.self, CasesAdd.self],
        defaultSubcommand: CasesList.self
    )
}
