import Testing
import ReplayCore
@testable import ReplayDiff

@Suite("Tool use: arithmetic queries, order, divergence")
struct ToolUseTests {
    @Test("arithmetic as a query is told from real queries, dates, phone numbers and codes")
    func arithmetic() {
        for query in ["17*23", "1234 * 0.15", "(12+30)/7", "what is 15% of 80?", "sqrt(2)", "2^10", "100 - 37"] {
            #expect(ToolUse.isArithmetic(query), "\(query)")
        }
        for query in ["kettle refund policy", "2024-05-01", "555-1234", "iPhone 15 price", "A-1042", "weather in Paris 2026", "1984"] {
            #expect(!ToolUse.isArithmetic(query), "\(query)")
        }
    }

    @Test("order by longest common subsequence; counts per tool")
    func order() {
        #expect(ToolUse.lcs(["a", "b", "c"], ["b", "a", "c"]) == 2)
        #expect(ToolUse.countChanges(["a", "b"], ["a", "b", "b"]) == ["b ×1 → ×2"])
    }

    @Test("the first divergence names the step and the call")
    func divergence() {
        let call = { (name: String, arg: String) in SimulatedCall(name: name, arguments: ["q": .string(arg)], result: "r", source: .recorded) }
        let base = Answer(text: "done", trajectory: [ToolStep(text: "", calls: [call("search", "x")]), ToolStep(text: "", calls: [call("fetch", "y")])])
        let cand = Answer(text: "done", trajectory: [ToolStep(text: "", calls: [call("search", "x")]), ToolStep(text: "", calls: [call("fetch", "z")])])
        #expect(ToolUse.firstDivergence(baseline: base, candidate: cand)?.contains("step 2, call 1") == true)
        #expect(ToolUse.firstDivergence(baseline: base, candidate: base) == nil)
        let other = Answer(text: "different", trajectory: base.trajectory)
        #expect(ToolUse.firstDivergence(baseline: base, candidate: other)?.contains("final answer (step 3)") == true)
        #expect(ToolUse.firstDivergence(baseline: Answer(text: "a"), candidate: Answer(text: "b")) == nil)
    }
}
