import Foundation
import Testing

let stubKey = "sk-test-DO-NOT-STORE-4f9a1c"

@Suite("replay record through model providers (stub servers on 127.0.0.1)", .serialized)
struct RecordProviderTests {
    @Test("every case goes through an OpenAI-compatible server, at most --concurrency at once; the key is sent, never stored")
    func openAIConcurrency() throws {
        let stub = try StubServer(latency: 0.3)
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 9)
        let result = try s.replay(["record", "--model", "stub-openai", "--concurrency", "3"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("9 cases: 9 answered"))
        #expect(stub.stats.requests == 9)
        #expect(stub.stats.maxInFlight == 3)
        let request = try #require(stub.requests.first)
        #expect(request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer \(stubKey)")
        #expect(request.body.contains(#""temperature":0"#))
        #expect(try s.replay("show", "stub-openai", "q4", "--file", "output.md").stdout == "Answer to: Question 4 please")
        let response = try s.replay("show", "stub-openai", "q4", "--file", "response.json").stdout
        #expect(response.contains(#""model": "stub-openai-2026-01-01""#) && response.contains(#""finish_reason": "stop""#))
        // Usage and cost are run-level metrics.
        let metrics = try s.metrics("refs/replay/runs/stub-openai")
        #expect((metrics["q1"]?["usage"] as? [String: Int])?["input_tokens"] == 11)
        #expect(metrics["q1"]?["cost_usd"] != nil)
        #expect(!(try s.everythingStored()).contains(stubKey))
        #expect(!result.stdout.contains(stubKey) && !result.stderr.contains(stubKey))
        #expect(try s.git("fsck", "--strict", "--no-dangling").status == 0)
    }

    @Test("429 (honouring Retry-After) and 5xx are retried; when retries run out the case is stored as errored and the run goes on")
    func retries() throws {
        let stub = try StubServer(script: [
            "Question 1 ": [["status": 429, "retry_after": 1]],
            "Question 2 ": [["status": 500], ["status": 502]],
            "Question 3 ": [["status": 503], ["status": 503], ["status": 503]],
        ])
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 4)
        let started = Date()
        let result = try s.replay(["record", "--model", "stub-openai", "--retries", "2", "--json"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) >= 1.0, "Retry-After: 1 must be waited for")
        #expect(result.stdout.contains(#""errored": 1"#) && result.stdout.contains(#""retries": 5"#))
        #expect(stub.stats.requests == 4 + 5)
        let metrics = try s.metrics("refs/replay/runs/stub-openai")
        #expect(metrics["q1"]?["attempts"] as? Int == 2)
        #expect(metrics["q2"]?["attempts"] as? Int == 3)
        #expect(metrics["q4"]?["attempts"] as? Int == 1)
        let failed = try s.replay("show", "stub-openai", "q3", "--file", "response.json").stdout
        #expect(failed.contains("HTTP 503") && failed.contains("after 3 attempts"))
        #expect(try s.replay("show", "stub-openai", "q2", "--file", "output.md").stdout == "Answer to: Question 2 please")
    }

    @Test("malformed, truncated and dropped answers are retried")
    func brokenAnswers() throws {
        let stub = try StubServer(script: [
            "Question 1 ": [["malformed": true]],
            "Question 2 ": [["truncated": true]],
            "Question 3 ": [["drop": true]],
        ])
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 3)
        let result = try s.replay(["record", "--model", "stub-openai", "--json", "--timeout", "5"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""errored": 0"#) && result.stdout.contains(#""recorded": 3"#))
        // Each broken answer costs one more attempt. An HTTP client may itself resend a request whose
        // reused keep-alive connection the server dropped (libcurl under URLSession does), hence 6 or
        // 7; the deadline (--timeout) bounds any stall.
        #expect((6...7).contains(stub.stats.requests), "\(stub.stats.requests)")
    }

    @Test("an answer slower than --timeout is an errored case naming the timeout")
    func timeout() throws {
        let stub = try StubServer(script: ["Question 2 ": [["sleep": 4]]])
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 2)
        let result = try s.replay(["record", "--model", "stub-openai", "--timeout", "1", "--retries", "0"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 errored"))
        #expect(try s.replay("show", "stub-openai", "q2").stdout.contains("no answer within 1 s"))
    }

    @Test("a 401 stops the run at once with a clear message; nothing is stored")
    func unauthorized() throws {
        let stub = try StubServer(script: ["Question 1 ": [["status": 401]]])
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 1)
        let before = try s.storeState()
        let result = try s.replay(["record", "--model", "stub-openai"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(result.status == 2)
        #expect(result.stderr.contains("refused the credentials") && result.stderr.contains("STUB_OPENAI_KEY"))
        #expect(!result.stderr.contains(stubKey))
        #expect(try s.storeState() == before)
    }

    @Test("a killed run resumes without repeating a finished call")
    func resume() throws {
        let stub = try StubServer(latency: 0.4)
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Sandbox.binary)
        process.arguments = ["record", "--model", "stub-openai", "--concurrency", "1"]
        process.currentDirectoryURL = URL(fileURLWithPath: s.root)
        process.environment = ProcessInfo.processInfo.environment.merging(["STUB_OPENAI_KEY": stubKey]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func cached() -> Int {
            (s.read(".replay/cache/responses.jsonl") ?? "").split(separator: "\n").filter { $0.hasSuffix("}") }.count
        }
        for _ in 0..<100 where cached() < 3 { usleep(50_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        usleep(700_000)  // the call in flight when the client died completes on the server; it was never cached
        let answered = cached()
        let callsBefore = stub.stats.requests
        #expect(answered >= 3 && answered < 8)
        #expect(try s.git("for-each-ref").stdout.isEmpty, "a killed run stores nothing")

        let again = try s.replay(["record", "--model", "stub-openai", "--json"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains(#""from_cache": \#(answered)"#))
        #expect(stub.stats.requests - callsBefore == 8 - answered)
        #expect(again.stdout.contains(#""recorded": 8"#))
        // --no-cache calls the model for every case again.
        _ = try s.replay(["record", "--model", "stub-openai", "--no-cache", "--concurrency", "8"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(stub.stats.requests - callsBefore == 8 - answered + 8)
    }

    @Test("Anthropic Messages, plain and streamed, with tool calls; the key goes in x-api-key")
    func anthropic() throws {
        let stub = try StubServer(script: ["Question 2 ": [["tool_call": "lookup_order", "arguments": ["order_id": "A-7"]]]])
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 3)
        let plain = try s.replay(["record", "--model", "stub-claude"], environment: ["STUB_ANTHROPIC_KEY": stubKey])
        #expect(plain.status == 0, "\(plain.stderr)")
        let request = try #require(stub.requests.first)
        #expect(request.path == "/v1/messages")
        #expect(request.headers["x-api-key"] == stubKey && request.headers["anthropic-version"] == "2023-06-01")
        #expect(request.body.contains(#""max_tokens":4096"#))
        let response = try s.replay("show", "stub-claude", "q2", "--file", "response.json").stdout
        #expect(response.contains(#""name": "lookup_order""#) && response.contains(#""order_id": "A-7""#) && response.contains("tool_use"))
        let streamed = try s.replay(["record", "--model", "stub-claude-stream"])
        #expect(streamed.status == 0, "\(streamed.stderr)")
        #expect(stub.requests.last?.body.contains(#""stream":true"#) == true)
        #expect(try s.replay("show", "stub-claude-stream", "q3", "--file", "output.md").stdout == "Answer to: Question 3 please")
        #expect(!(try s.everythingStored()).contains(stubKey))
    }

    @Test("--case, --tag and --changed answer only the chosen cases; the rest are carried over")
    func selection() throws {
        let stub = try StubServer()
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 4)
        let env = ["STUB_OPENAI_KEY": stubKey]
        _ = try s.replay(["record", "--model", "stub-openai", "--case", "q1"], environment: env)
        #expect(stub.stats.requests == 1)
        let tagged = try s.replay(["record", "--model", "stub-openai", "--tag", "even", "--json"], environment: env)
        #expect(tagged.stdout.contains(#""selected": 2"#) && tagged.stdout.contains(#""carried": 1"#))
        #expect(stub.stats.requests == 3)
        // q3 was never answered; q4's prompt changes: --changed answers exactly those two.
        var text = try #require(s.read(".replay/cases/questions.jsonl"))
        text = text.replacingOccurrences(of: "Question 4 please", with: "Question 4, reworded")
        try s.write(".replay/cases/questions.jsonl", text)
        let changed = try s.replay(["record", "--model", "stub-openai", "--changed", "--json"], environment: env)
        #expect(changed.stdout.contains(#""selected": 2"#), "\(changed.stdout)")
        #expect(stub.stats.requests == 5)
        #expect(try s.replay("changed", "stub-openai~1", "stub-openai").stdout == "A  q3\nM* q4\n")
        let unknown = try s.replay(["record", "--model", "stub-openai", "--case", "q9"], environment: env)
        #expect(unknown.status == 64 && unknown.stderr.contains("no case has the id 'q9'"))
    }

    @Test("a cassette answers offline exactly as recorded; a request it lacks is an errored case, never an empty answer")
    func cassette() throws {
        let stub = try StubServer()
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 3, extraConfig: """
              offline:
                provider: cassette
                cassette: .replay/cassettes/stub.jsonl
            """)
        try FileManager.default.createDirectory(atPath: s.root + "/.replay/cassettes", withIntermediateDirectories: true)
        let live = try s.replay(["record", "--model", "stub-openai", "--save-cassette", ".replay/cassettes/stub.jsonl"],
                                environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(live.status == 0, "\(live.stderr)")
        #expect(!(s.read(".replay/cassettes/stub.jsonl") ?? "").contains(stubKey))
        // The cassette is keyed by the request, which names the provider's model id: give the
        // offline model the same id so that it answers the same requests.
        var config = try #require(s.read(".replay/config.yaml"))
        config = config.replacingOccurrences(of: "    cassette: .replay/cassettes/stub.jsonl", with: "    cassette: .replay/cassettes/stub.jsonl\n    model: stub-openai")
        try s.write(".replay/config.yaml", config)
        let offline = try s.replay("record", "--model", "offline")
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(try s.replay("changed", "stub-openai", "offline").stdout.isEmpty)
        try s.write(".replay/cases/new.yaml", "id: fresh\nprompt: Never recorded\n")
        let missing = try s.replay("record", "--model", "offline")
        #expect(missing.stdout.contains("1 errored"))
        #expect(missing.stdout.contains("error fresh: the cassette .replay/cassettes/stub.jsonl has no answer for this request"))
        #expect(try s.replay("show", "offline", "fresh").stdout.contains("has no answer for this request"))
    }

    @Test("the command provider runs the user's program with the request on stdin")
    func command() throws {
        let s = try Sandbox()
        try s.write("answer.py", """
            import json, sys
            request = json.load(sys.stdin)
            prompt = request["messages"][-1]["content"]
            if "fail" in prompt:
                sys.stderr.write("model crashed on purpose\\n")
                sys.exit(3)
            print(json.dumps({"text": "echo: " + prompt, "finish_reason": "stop", "usage": {"input_tokens": 1, "output_tokens": 2}}))
            """)
        try #require(try s.replay("init").status == 0)
        try s.write(".replay/config.yaml", "version: 1\nmodels:\n  mine:\n    provider: command\n    command: [python3, answer.py]\n")
        try s.write(".replay/cases/c.jsonl", #"{"id": "ok", "prompt": "hello"}"# + "\n" + #"{"id": "bad", "prompt": "please fail"}"# + "\n")
        let result = try s.replay("record", "--model", "mine")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try s.replay("show", "mine", "ok", "--file", "output.md").stdout == "echo: hello")
        #expect(try s.replay("show", "mine", "bad").stdout.contains("exited with status 3: model crashed on purpose"))
    }

    @Test("prompt_files tries an edited prompt file on every case that uses it; the stored input shows it")
    func promptFiles() throws {
        let stub = try StubServer()
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 1, extraConfig: """
              stub-v2:
                provider: openai
                base_url: \(stub.baseURL)/v1
                prompt_files: {prompts/p.md: prompts/p.v2.md}
            """)
        try s.write("prompts/p.md", "Version one.")
        try s.write("prompts/p.v2.md", "Version two.")
        try s.write(".replay/cases/p.yaml", "id: with-prompt\nsystem_file: prompts/p.md\nprompt: Hello\n")
        #expect(try s.replay("record", "--model", "stub-v2", "--case", "with-prompt").status == 0)
        #expect(stub.requests.last?.body.contains("Version two.") == true)
        let input = try s.replay("show", "stub-v2", "with-prompt", "--file", "input.json").stdout
        #expect(input.contains(#""system_file": "prompts/p.v2.md""#) && input.contains("Version two."))
        try s.write(".replay/config.yaml", (s.read(".replay/config.yaml") ?? "").replacingOccurrences(of: "prompts/p.v2.md", with: "prompts/nope.md"))
        let missing = try s.replay("record", "--model", "stub-v2")
        #expect(missing.status == 2 && missing.stderr.contains("prompt_files: 'prompts/nope.md'"))
    }

    @Test("secrets in a base URL or a key are never stored, even when the server echoes them; a password in the URL is refused")
    func secretsInURLs() throws {
        let stub = try StubServer(script: ["Question 1 ": [["status": 400, "echo_request": true]]])
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 2, extraConfig: """
              with-query:
                provider: openai
                base_url: http://127.0.0.1:\(stub.port)/v1?token=hunter2secret
                api_key_env: STUB_OPENAI_KEY
              with-password:
                provider: openai
                base_url: http://user:hunter2secret@127.0.0.1:\(stub.port)/v1
            """)
        let refused = try s.replay("cases", "validate")
        #expect(refused.status == 2 && refused.stderr.contains("models.with-password.base_url: holds a user name or password"))
        #expect(!refused.stderr.contains("hunter2secret"))
        try s.write(".replay/config.yaml", (s.read(".replay/config.yaml") ?? "").replacingOccurrences(of: "user:hunter2secret@", with: ""))
        let result = try s.replay(["record", "--model", "with-query"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(stub.requests.first?.path.hasSuffix("?token=hunter2secret") == true)
        let failed = try s.replay("show", "with-query", "q1", "--file", "response.json").stdout
        #expect(failed.contains("[redacted]"), "\(failed)")
        let stored = try s.everythingStored()
        #expect(!stored.contains("hunter2secret") && !stored.contains(stubKey))
        #expect(try s.git("show", "refs/replay/runs/with-query:run.json").stdout.contains("http://127.0.0.1:\(stub.port)/v1\""))
    }

    @Test("on a real terminal (tmux), progress is one line redrawn in place, then the summary")
    func terminalProgress() throws {
        let stub = try StubServer(latency: 0.2)
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 6)
        let command = "cd \(s.root) && STUB_OPENAI_KEY=\(stubKey) \(Sandbox.binary) record --model stub-openai --concurrency 2; echo EXIT=$?"
        let screen = s.onTerminal(command)
        #expect(screen.contains("EXIT=0"), "\(screen)")
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("6/6 · ") }, "\(screen)")
        // Redrawn in place: no intermediate counts remain on the screen.
        #expect(!lines.contains { $0.hasPrefix("3/6") || $0.hasPrefix("1/6") }, "\(screen)")
        #expect(screen.contains("recorded run") && screen.contains("6 cases: 6 answered"))
    }

    @Test("--rpm spaces the requests out")
    func requestsPerMinute() throws {
        let stub = try StubServer()
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 4)
        let started = Date()
        let result = try s.replay(["record", "--model", "stub-openai", "--rpm", "120", "--concurrency", "4"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(result.status == 0, "\(result.stderr)")
        // 120 per minute is 2 per second, starting with one second's budget: 4 requests take at least 1 s.
        #expect(Date().timeIntervalSince(started) >= 1.0)
        #expect(stub.stats.requests == 4)
    }

    @Test("--tpm holds requests back until the token budget refills")
    func tokensPerMinute() throws {
        let stub = try StubServer()
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 3)
        let started = Date()
        // 600 tokens per minute is 10 a second; each answer uses 18 (11 in, 7 out), so after the
        // first request the budget is spent: each further request waits about a second or more.
        let result = try s.replay(["record", "--model", "stub-openai", "--tpm", "600", "--concurrency", "3"], environment: ["STUB_OPENAI_KEY": stubKey])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) >= 1.5)
        #expect(stub.stats.requests == 3)
    }

    @Test("a command provider program past the timeout is stopped and its case errored")
    func commandTimeout() throws {
        let s = try Sandbox()
        try s.write("slow.py", "import time, sys\nsys.stdin.read()\ntime.sleep(30)\n")
        try #require(try s.replay("init").status == 0)
        try s.write(".replay/config.yaml", "version: 1\nmodels:\n  slow:\n    provider: command\n    command: [python3, slow.py]\n")
        try s.write(".replay/cases/c.yaml", "id: wait\nprompt: take your time\n")
        let started = Date()
        let result = try s.replay("record", "--model", "slow", "--timeout", "1", "--retries", "0")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try s.replay("show", "slow", "wait").stdout.contains("gave no answer within 1 s and was stopped"))
    }

    @Test("an unknown model, a missing key for the official API and --outputs-only options are clear errors")
    func misuse() throws {
        let stub = try StubServer()
        let s = try Sandbox()
        try s.providerWorkspace(stub, cases: 1, extraConfig: """
              real-openai:
                provider: openai
            """)
        let unknown = try s.replay("record", "--model", "stub-opena")
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'stub-openai'?"))
        let noKey = try s.replay(["record", "--model", "real-openai"], environment: ["OPENAI_API_KEY": ""])
        #expect(noKey.status == 2 && noKey.stderr.contains("needs an API key: set OPENAI_API_KEY"))
        #expect(try s.replay("record", "--outputs", "x.jsonl", "--model", "m", "--tag", "a").status == 64)
        #expect(stub.stats.requests == 0)
    }
}
