import ArgumentParser
import ReplayKit

struct Reject: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reject pending cases: the baseline keeps its answers; the rejection is logged for exactly these answers.",
        discussion: """
            The scriptable twin of `replay review`. Decisions go into the review log of the default \
            (git config user.name/email, or GIT_AUTHOR_NAME/EMAIL; the time; the answer; --comment). \
            With CI set or --ci nothing is written. Filter keys: class, verdict, detector, id (* globs), tag, \
            change (output|input|added|removed), flagged (yes|no); e.g. --filter 'class=cosmetic|rephrased verdict=pass'.
            """
    )

    @OptionGroup var options: DecisionOptions

    func run() async throws {
        try await decide(.reject, options)
    }
}
