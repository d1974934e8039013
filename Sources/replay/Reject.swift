import ArgumentParser
import ReplayKit

struct Reject: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reject pending cases: the baseline keeps its answers; the rejection is logged for exactly these answers.",
        discussion: DecisionOptions.discussion
    )

    @OptionGroup var options: DecisionOptions

    func run() async throws {
        try await decide(.reject, options)
    }
}
