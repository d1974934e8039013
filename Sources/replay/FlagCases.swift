import ArgumentParser
import Foundation
import ReplayKit

struct FlagCases: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag",
        abstract: "Flag pending cases with a comment for discussion; they stay pending.",
        discussion: """
            The scriptable twin of `replay review`. Decisions go into the review log of the default \
            (git config user.name/email, or GIT_AUTHOR_NAME/EMAIL; the time; the answer; --comment). \
            With CI set or --ci nothing is written. Filter keys: class, verdict, detector, id (* globs), tag, \
            change (output|input|added|removed), flagged (yes|no); e.g. --filter 'class=cosmetic|rephrased verdict=pass'.
            """
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
