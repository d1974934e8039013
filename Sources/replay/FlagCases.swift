import ArgumentParser
import Foundation
import ReplayKit

struct FlagCases: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag",
        abstract: "Flag pending cases with a comment for discussion; they stay pending.",
        discussion: DecisionOptions.discussion
    )

    @OptionGroup var options: DecisionOptions

    func validate() throws {
        if (options.comment ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("flag needs --comment TEXT: what should the team look at?")
        }
    }

    func run() async throws {
        try await decide(.flag, options)
    }
}
