import Testing
@testable import ReplayCore

@Suite("Agentic replay values: recorded results, matching, agent settings")
struct TrajectoryTests {
    let value = Case(
        id: "c", context: [
            Message(role: .user, content: "Population of Crumpet?"),
            Message(role: .assistant, content: .null, toolCalls: [ToolCall(id: "call_1", name: "lookup_population", arguments: .string(#"{"country": "Crumpet"}"#))]),
            Message(role: .tool, content: "123124", toolCallID: "call_1"),
        ], prompt: "And dragons?",
        recordedCalls: [RecordedCall(name: "can_have_dragons", arguments: ["population": .int(123124), "strict": .bool(true)], result: .bool(true))])

    @Test("recorded results come from recorded_calls and from the context's calls with the tool turns that answered them")
    func sources() {
        let results = RecordedResults(case: value)
        #expect(results.entries.count == 2)
        #expect(results.result(for: ToolCall(name: "lookup_population", arguments: ["country": "Crumpet"]), match: .exact) == "123124")
    }

    @Test("exact matching ignores key order, JSON whitespace, 1 vs 1.0 and surrounding spaces; not other values")
    func normalization() {
        let results = RecordedResults(case: value)
        #expect(results.result(for: ToolCall(name: "can_have_dragons", arguments: .string(#"{ "strict":true,"population" : 123124.0 }"#)), match: .exact) == .bool(true))
        #expect(results.result(for: ToolCall(name: "lookup_population", arguments: ["country": " Crumpet "]), match: .exact) == "123124")
        #expect(results.result(for: ToolCall(name: "can_have_dragons", arguments: ["population": .int(5), "strict": .bool(true)]), match: .exact) == nil)
        #expect(results.result(for: ToolCall(name: "lookup_population", arguments: ["country": "Crumpet"]), match: .name) == "123124")
        #expect(results.result(for: ToolCall(name: "can_have_dragons", arguments: ["population": .int(123124), "strict": .bool(false)]), match: .keys(["population"])) == .bool(true))
        #expect(results.result(for: ToolCall(name: "other", arguments: [:]), match: .name) == nil)
    }

    @Test("a trajectory stores no call ids, so an unchanged trajectory is an unchanged blob, and reads back")
    func trajectoryJSON() {
        let step = ToolStep(text: "Checking.", calls: [SimulatedCall(name: "t", arguments: ["a": 1], result: "r", source: .simulated)])
        var result = CaseResult(caseID: "c", output: "done", toolCalls: [ToolCall(name: "t", arguments: ["a": 1])])
        result.trajectory = [step]
        let text = result.response.canonical
        #expect(!text.contains("\"id\"") && text.contains("\"source\": \"simulated\""))
        #expect(result.response["trajectory"]?.arrayValue?.compactMap(ToolStep.init(json:)) == [step])
    }

    @Test("agent settings: limits, simulator, per-tool matching; mistakes name the key and the line")
    func settings() {
        let good = ConfigDecoder.decode("""
            version: 1
            models:
              sim: {provider: command, command: [python3, sim.py]}
            agent:
              max_steps: 5
              simulator: sim
              tools:
                web_search: {match: [query]}
                clock: {match: name}
                email: {simulate: false}
            """, file: "config.yaml")
        #expect(good.problems.isEmpty, "\(good.problems)")
        #expect(good.config.agent.maxSteps == 5 && good.config.agent.simulator == "sim")
        #expect(good.config.agent.tool("web_search").match == .keys(["query"]) && good.config.agent.tool("clock").match == .name)
        #expect(good.config.agent.tool("email").simulate == false && good.config.agent.tool("other") == AgentSettings.Tool())
        let bad = ConfigDecoder.decode("""
            version: 1
            models:
              sim: {provider: command, command: [python3, sim.py]}
            agent:
              max_step: 5
              simulator: simm
              tools:
                web_search: {match: fuzzy}
            """, file: "config.yaml")
        let text = bad.problems.map(\.description).joined(separator: "\n")
        #expect(text.contains("max_step") && text.contains("did you mean 'max_steps'"))
        #expect(text.contains("agent.simulator") && text.contains("did you mean 'sim'"))
        #expect(text.contains("agent.tools.web_search.match") && text.contains(":8"))
    }
}
