import Foundation
import Testing

/// Tool-using cases replayed as loops against a scripted model server: each call the model makes
/// is answered by a recorded result, a simulator model, or an unavailable-tool error — never run.
@Suite("Agentic replay: tool loops with simulated tools, and the tool-use diff", .serialized)
struct AgenticReplayTests {
    let key = "sk-stub-agentic-0000"

    /// A case with two tools and production's recorded results for some of their calls.
    func agentWorkspace(_ s: Sandbox, _ stub: StubServer, extraConfig: String = "") throws {
        try s.providerWorkspace(stub, cases: 1, extraConfig: extraConfig)
        try s.write(".replay/cases/questions.jsonl", "")
        try s.write(".replay/cases/agent.yaml", """
            id: order-status
            prompt: Where is my order A-1042, and what is 17 * 23?
            tools:
              - name: lookup_order
                description: Look up an order by its id
                parameters: {type: object, properties: {order_id: {type: string}}}
              - name: web_search
                description: Search the web
                parameters: {type: object, properties: {query: {type: string}}}
            recorded_calls:
              - {name: lookup_order, arguments: {order_id: A-1042}, result: {status: shipped, carrier: DHL}}

            """)
    }

    func stepRequests(_ stub: StubServer) -> [String] { stub.requests.filter { !$0.path.hasSuffix("/embeddings") }.map(\.body) }

    @Test("OpenAI wire form: a recorded result answers an equivalent call (other key order, spacing, 1 vs 1.0); the loop ends with the answer")
    func recordedOpenAI() throws {
        // The same two turns twice: the second recording meets the same model behaviour.
        let turns: [[String: Any]] = [["tool_call": "lookup_order", "raw": #"{ "order_id" :   "A-1042" }"#],
                                      ["reply": "Your order A-1042 has shipped with DHL."]]
        let stub = try StubServer(script: ["order A-1042": turns + turns])
        let s = try Sandbox()
        try agentWorkspace(s, stub)
        let r = try s.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": key])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try s.replay("show", "stub-openai", "order-status", "--file", "output.md").stdout == "Your order A-1042 has shipped with DHL.")
        let response = try s.replay("show", "stub-openai", "order-status", "--file", "response.json").stdout
        #expect(response.contains(#""source": "recorded""#) && response.contains(#""carrier": "DHL""#) && response.contains(#""trajectory""#))
        // The second request carried the call and its recorded result as OpenAI messages.
        let requests = stepRequests(stub)
        #expect(requests.count == 2)
        let second = try #require(requests.last)
        #expect(second.contains(#""role":"tool""#) && second.contains(#""tool_call_id":"call_stub1""#) && second.contains("shipped"))
        #expect(second.contains(#""tool_calls""#))
        // Nothing was executed, nothing called out: only the model server saw requests.
        #expect(try s.git("fsck", "--strict", "--no-dangling").status == 0)

        // Recorded again: the same trajectory is the same blob (nothing new to store for the case).
        let again = try s.replay(["record", "--model", "stub-openai", "--no-cache"], environment: ["STUB_OPENAI_KEY": key])
        #expect(again.status == 0)
        #expect(try s.replay("changed", "stub-openai~1", "stub-openai").stdout.isEmpty)
    }

    @Test("Anthropic wire form: tool_use blocks answered with tool_result blocks; several calls in one turn")
    func recordedAnthropic() throws {
        let stub = try StubServer(script: ["order A-1042": [
            ["tool_calls": [["name": "lookup_order", "arguments": ["order_id": "A-1042"]], ["name": "lookup_order", "arguments": ["order_id": "A-1042 "]]],
             "reply": "Let me check."],
            ["reply": "It has shipped."],
        ]])
        let s = try Sandbox()
        try agentWorkspace(s, stub)
        let r = try s.replay(["record", "--model", "stub-claude"], environment: ["STUB_ANTHROPIC_KEY": key])
        #expect(r.status == 0, "\(r.stderr)")
        let second = try #require(stepRequests(stub).last)
        #expect(second.contains(#""type":"tool_result""#) && second.contains(#""tool_use_id":"toolu_stub1""#) && second.contains(#""tool_use_id":"toolu_stub2""#))
        #expect(second.contains(#""type":"tool_use""#) && second.contains("Let me check."))
        let response = try s.replay("show", "stub-claude", "order-status", "--file", "response.json").stdout
        #expect(response.components(separatedBy: #""source": "recorded""#).count == 3)
    }

    @Test("no recorded result: the simulator model plays the tool, given its schema and examples; without one the tool is unavailable")
    func simulatedAndUnavailable() throws {
        let stub = try StubServer(script: [
            "order A-1042": [["tool_call": "lookup_order", "arguments": ["order_id": "B-7"]], ["reply": "Order B-7 is in transit."]],
        ])
        // The simulator: another model, on its own server (Anthropic's wire form).
        let simulatorServer = try StubServer(script: ["The call to answer": [["reply": #"{"status": "in transit", "carrier": "UPS"}"#]]])
        let s = try Sandbox()
        try agentWorkspace(s, stub, extraConfig: """
              sim:
                provider: anthropic
                base_url: \(simulatorServer.baseURL)
                api_key_env: STUB_ANTHROPIC_KEY
            agent: {simulator: sim}

            """)
        let r = try s.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": key, "STUB_ANTHROPIC_KEY": key])
        #expect(r.status == 0, "\(r.stderr)")
        let response = try s.replay("show", "stub-openai", "order-status", "--file", "response.json").stdout
        #expect(response.contains(#""source": "simulated""#) && response.contains(#""carrier": "UPS""#))
        // The simulator saw the tool's schema, production's example and the call.
        let simulation = try #require(simulatorServer.requests.first { $0.path.hasSuffix("/v1/messages") }?.body)
        #expect(simulation.contains("lookup_order") && simulation.contains("order_id") && simulation.contains("A-1042") && simulation.contains("B-7"))

        // No simulator: a clear tool error, and the loop goes on.
        let plain = try Sandbox()
        let stub2 = try StubServer(script: ["order A-1042": [["tool_call": "web_search", "arguments": ["query": "kettle"]], ["reply": "No luck."]]])
        try agentWorkspace(plain, stub2)
        #expect(try plain.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": key]).status == 0)
        let unavailable = try plain.replay("show", "stub-openai", "order-status", "--file", "response.json").stdout
        #expect(unavailable.contains(#""source": "unavailable""#) && unavailable.contains("unavailable in replay: no recorded result matches and no simulator model is configured"))
        #expect(stepRequests(stub2).last?.contains("unavailable in replay") == true)
    }

    @Test("a looser match per tool: only the listed argument keys must equal the recorded call's")
    func looserMatch() throws {
        let stub = try StubServer(script: ["order A-1042": [["tool_call": "lookup_order", "arguments": ["order_id": "A-1042", "verbose": true]], ["reply": "Shipped."]]])
        let s = try Sandbox()
        try agentWorkspace(s, stub, extraConfig: "agent: {tools: {lookup_order: {match: [order_id]}}}\n")
        #expect(try s.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": key]).status == 0)
        #expect(try s.replay("show", "stub-openai", "order-status", "--file", "response.json").stdout.contains(#""source": "recorded""#))
        // With the default exact match the extra argument makes it another call.
        let strict = try Sandbox()
        let stub2 = try StubServer(script: ["order A-1042": [["tool_call": "lookup_order", "arguments": ["order_id": "A-1042", "verbose": true]], ["reply": "Shipped."]]])
        try agentWorkspace(strict, stub2)
        #expect(try strict.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": key]).status == 0)
        #expect(try strict.replay("show", "stub-openai", "order-status", "--file", "response.json").stdout.contains(#""source": "unavailable""#))
    }

    @Test("runaway loops stop: the step limit and repeated calls end the case with a clear error; the run goes on")
    func limits() throws {
        let calls = (1...12).map { n in ["tool_call": "web_search", "arguments": ["query": "kettle \(n)"]] as [String: Any] }
        let stub = try StubServer(script: ["order A-1042": calls])
        let s = try Sandbox()
        try agentWorkspace(s, stub, extraConfig: "agent: {max_steps: 4}\n")
        try s.write(".replay/cases/plain.yaml", "id: plain\nprompt: Say hi\n")
        let r = try s.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": key])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try s.replay("show", "stub-openai", "order-status").stdout.contains("no final answer after 4 model turns"))
        #expect(try s.replay("show", "stub-openai", "plain", "--file", "output.md").stdout == "Answer to: Say hi")
        #expect(stepRequests(stub).filter { $0.contains("order A-1042") }.count == 4)

        let repeated = try StubServer(script: ["order A-1042": Array(repeating: ["tool_call": "web_search", "arguments": ["query": "same"]], count: 10)])
        let t = try Sandbox()
        try agentWorkspace(t, repeated)
        #expect(try t.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": key]).status == 0)
        let shown = try t.replay("show", "stub-openai", "order-status").stdout
        #expect(shown.contains("3 times with the same arguments"))
    }

    @Test("malformed tool arguments and unknown tools: a clear per-case error, and an unavailable tool, the run goes on")
    func malformedAndUnknown() throws {
        let stub = try StubServer(script: [
            "order A-1042": [["tool_call": "lookup_order", "raw": "{order_id: A-1042"]],
            "Say hi": [["tool_call": "delete_everything", "arguments": ["really": true]], ["reply": "Done."]],
        ])
        let s = try Sandbox()
        try agentWorkspace(s, stub)
        try s.write(".replay/cases/plain.yaml", """
            id: plain
            prompt: Say hi
            tools: [{name: greet}]

            """)
        let r = try s.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": key])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try s.replay("show", "stub-openai", "order-status").stdout.contains("malformed arguments (not a JSON object): {order_id: A-1042"))
        let plain = try s.replay("show", "stub-openai", "plain", "--file", "response.json").stdout
        #expect(plain.contains("tool delete_everything is not available: the case does not declare it") && plain.contains(#""source": "unavailable""#))
        #expect(try s.replay("show", "stub-openai", "plain", "--file", "output.md").stdout == "Done.")
    }

    @Test("the tool-use diff: new and dropped tools, counts, undeclared tools, a search used as a calculator, the first divergence")
    func toolUseDiff() throws {
        let s = try Sandbox()
        try #require(try s.replay("init").status == 0)
        try s.write(".replay/cases/agent.yaml", """
            id: maths
            prompt: What is 17 * 23?
            tools: [{name: web_search}, {name: lookup_order}]

            """)
        try s.write("a.jsonl", #"{"case": "maths", "output": "17 × 23 = 391.", "tool_calls": [{"name": "lookup_order", "arguments": {"order_id": "A-1"}}]}"# + "\n")
        try s.write("b.jsonl", #"{"case": "maths", "output": "According to my search, 17 × 23 is 391.", "tool_calls": [{"name": "lookup_order", "arguments": {"order_id": "A-1"}}, {"name": "web_search", "arguments": {"query": "17*23"}}, {"name": "web_search", "arguments": {"query": "17 * 23 ="}}, {"name": "shell", "arguments": {"cmd": "rm -rf /"}}]}"# + "\n")
        try #require(try s.replay("record", "--outputs", "a.jsonl", "--model", "base").status == 0)
        try #require(try s.replay("record", "--outputs", "b.jsonl", "--model", "cand").status == 0)
        let diff = try s.replay("diff", "base", "cand", "--json")
        #expect(diff.status == 1, "\(diff.stdout)")
        #expect(diff.stdout.contains("calls tools the case does not declare: shell"))
        #expect(diff.stdout.contains("now calls shell, web_search"))
        #expect(diff.stdout.contains("web_search ×0 → ×2"))
        #expect(diff.stdout.contains("web_search used as a calculator") && diff.stdout.contains("frames the result as a search"))
        #expect(diff.stdout.contains("the trajectories diverge at step 1, call 2"))
    }

    @Test("the real recorded tool loops (OpenAI and Anthropic API logs) replay through a stub that makes the same calls: every result is the recorded one")
    func realLogs() throws {
        for (folder, model, keyName) in [("openai_api", "stub-openai", "STUB_OPENAI_KEY"), ("anthropic_api", "stub-claude", "STUB_ANTHROPIC_KEY")] {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/tool-logs/" + folder).path
            let s = try Sandbox()
            let probe = try StubServer()
            try s.providerWorkspace(probe, cases: 1)
            try s.write(".replay/cases/questions.jsonl", "")
            // Each request of a loop repeats the prompt; the later, more complete copy supersedes the earlier.
            let imported = try s.replay("import", source, "--no-redact")
            try #require(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout.contains("superseded by a later, more complete copy"), "\(imported.stdout)")
            // Per prompt, the imported case with the most recorded calls (the loop's last request):
            // script the stub to make exactly those calls, in order.
            let cases = try s.replay("cases", "list", "--json").stdout
            let ids = (try JSONSerialization.jsonObject(with: Data(cases.utf8)) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            var chosen: [String: (id: String, calls: [[String: Any]])] = [:]
            for id in ids {
                let shown = try s.replay("cases", "show", id, "--json").stdout
                guard let object = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any],
                      let recordedCalls = object["recorded_calls"] as? [[String: Any]], !recordedCalls.isEmpty,
                      let prompt = object["prompt"] as? String, !prompt.isEmpty else { continue }
                let key = String(prompt.prefix(40))
                if recordedCalls.count > chosen[key]?.calls.count ?? 0 { chosen[key] = (id, recordedCalls) }
            }
            var script: [String: Any] = [:]
            for (key, c) in chosen {
                script[key] = c.calls.map { ["tool_call": $0["name"] as Any, "arguments": $0["arguments"] ?? [:]] } + [["reply": "Done with the tools."]]
            }
            let expected = chosen.values.reduce(0) { $0 + $1.calls.count }
            try #require(expected > 0, "no recorded tool calls imported from \(folder)")
            let stub = try StubServer(script: script)
            try s.providerWorkspace(stub, cases: 1)
            try s.write(".replay/cases/questions.jsonl", "")
            let r = try s.replay(["record", "--model", model] + chosen.values.flatMap { ["--case", $0.id] }, environment: [keyName: key])
            #expect(r.status == 0, "\(r.stderr)")
            var recorded = 0
            for c in chosen.values {
                let response = try s.replay("show", model, c.id, "--file", "response.json").stdout
                recorded += response.components(separatedBy: #""source": "recorded""#).count - 1
                #expect(!response.contains(#""source": "unavailable""#), "\(folder) \(c.id): \(response)")
                #expect(try s.replay("show", model, c.id, "--file", "output.md").stdout == "Done with the tools.")
            }
            #expect(recorded == expected, "\(folder): \(recorded) of \(expected) calls answered from the recorded results")
        }
    }
}
