import ArgumentParser
import ReplayKit

struct Changed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the cases whose stored answer or input differs between two runs.",
        discussion: """
            Status letters: M answer changed (M* input changed too), I only the input changed, A only in RUN_B, \
            D only in RUN_A. Only subtrees whose ids differ are read, so this is fast on large runs.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The first run.") var runA: String
    @Argument(help: "The second run.") var runB: String
    @Flag(name: .long, help: "Print JSON.") var json = false
    @Flag(name: .customLong("exit-code"), help: "Exit 1 when any case differs (like git diff --exit-code).") var exitCode = false
    @Flag(name: .customLong("name-only"), help: "Print only the case ids.") var nameOnly = false

    func run() throws {
        let environment = ProcessEnvironment()
        let result = try ChangedCases.run(workspace: options.locate(environment), from: runA, to: runB, environment: environment)
        let out = Terminal.standardOutput
        if json {
            out.json(["from": .string(result.from.commit.hex), "to": .string(result.to.commit.hex),
                      "changes": .array(result.changes.map { ["case": .string($0.caseID), "kind": .string($0.kind.rawValue),
                                                              "input_changed": .bool($0.inputChanged || $0.kind == .input)] })])
        } else if nameOnly {
            for change in result.changes { out.print(change.caseID) }
        } else {
            for change in result.changes {
                let letter: String
                switch change.kind {
                case .output: letter = out.yellow(change.inputChanged ? "M*" : "M ")
                case .input: letter = "I "
                case .added: letter = out.green("A ")
                case .removed: letter = out.red("D ")
                }
                out.print("\(letter) \(change.caseID)")
            }
            if !out.isTTY || result.changes.isEmpty {
                Terminal.standardError.print("\(result.changes.count) case(s) differ between \(result.from.commit.short()) and \(result.to.commit.short())")
            } else {
                out.print(out.dim("\(result.changes.count) case(s) differ between \(result.from.commit.short()) and \(result.to.commit.short())"))
            }
        }
        if exitCode, !result.changes.isEmpty { throw ExitCode(1) }
    }
}
