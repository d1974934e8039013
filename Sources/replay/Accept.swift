import ArgumentParser
import ReplayKit

struct Accept: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Accept pending cases: their answers become the baseline (spliced into the default).",
        discussion: """
            The scriptable twin of `replay review`. Decisions go into the review log of the default \
            (git config user.name/email, or GIT_AUTHOR_NAME/EMAIL; the time; the answer; --comment). \
            With CI set or --ci nothing is written. Filter keys: class, verdict, detector, id (* globs), tag, \
            change (output|input|added|removed), flagged (yes|no); e.g. --filter 'class=cosmetic|rephrased verdict=pass'.
            """
    )

    @OptionGroup var options: DecisionOptions

    func run() async throws {
        try await decide(.accept, options)
    }
}
