import ArgumentParser
import ReplayKit

struct Accept: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Accept pending cases: their answers become the baseline (spliced into the default).",
        discussion: DecisionOptions.discussion
    )

    @OptionGroup var options: DecisionOptions

    func run() async throws {
        try await decide(.accept, options)
    }
}
