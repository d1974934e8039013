import Testing
@testable import ReplayCore

@Suite("Config")
struct ConfigTests {
    @Test("a full config reads into models and defaults")
    func full() throws {
        let text = """
            version: 1
            default_model: mini
            defaults: {temperature: 0, max_tokens: 512}
            models:
              mini:
                provider: openai
                model: gpt-4o-mini
                base_url: http://127.0.0.1:8080/v1
                api_key_env: OPENAI_API_KEY
                parameters: {seed: 3}
                price: {input_per_mtok: 0.15, output_per_mtok: 0.6}
              mine:
                provider: command
                command: [python3, answer.py]
            """
        let (config, problems) = ConfigDecoder.decode(text, file: ".replay/config.yaml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.defaultModel == "mini")
        #expect(config.defaults == SamplingParameters(temperature: 0, maxTokens: 512))
        let mini = try #require(config.models["mini"])
        #expect(mini.provider == .openai && mini.model == "gpt-4o-mini" && mini.apiKeyEnv == "OPENAI_API_KEY")
        #expect(mini.parameters.over(config.defaults) == SamplingParameters(temperature: 0, maxTokens: 512, seed: 3))
        #expect(mini.outputPricePerMTok == 0.6)
        #expect(config.models["mine"]?.command == ["python3", "answer.py"])
        #expect(config.models["mine"]?.model == "mine")
    }

    @Test("problems name the key and its line")
    func problems() {
        let text = """
            version: 1
            default_modle: x
            models:
              a:
                provider: opena
              b:
                provider: openai
                api_key: sk-live-123
              c:
                provider: cassette
            """
        let lines = ConfigDecoder.decode(text, file: "config.yaml").problems.map(\.description)
        #expect(lines.contains("config.yaml:2: default_modle: unknown field in the config — did you mean 'default_model'?"))
        #expect(lines.contains { $0.hasPrefix("config.yaml:5: models.a.provider: unknown provider 'opena'") })
        #expect(lines.contains { $0.hasPrefix("config.yaml:8: models.b.api_key: secrets are never written in the config") })
        #expect(lines.contains { $0.hasPrefix("config.yaml:10: models.c.cassette: is required for provider 'cassette'") })
        #expect(!lines.joined().contains("sk-live-123"), "a secret must not be echoed back")
    }

    @Test("an empty config file is the empty config")
    func empty() {
        let (config, problems) = ConfigDecoder.decode("# nothing yet\n", file: "config.yaml")
        #expect(problems.isEmpty)
        #expect(config == Config())
    }

    @Test("model names map to reference-safe slugs", arguments: [
        ("gpt-4o", "gpt-4o"), ("anthropic/claude-3.5-sonnet", "anthropic-claude-3.5-sonnet"), ("Llama 3 70B", "llama-3-70b"),
        ("..weird..name..", "weird.name"), ("x.lock", "x.lock-"),
    ])
    func slugs(name: String, slug: String) {
        #expect(ModelName.slug(name) == slug)
    }

    @Test("reserved and unsafe model names are refused", arguments: ["default", "", "a b", "m~1", "a:b"])
    func badModelNames(name: String) {
        #expect(ModelName.problem(name) != nil)
    }
}

@Suite("Outputs files")
struct OutputsTests {
    @Test("answers, errors, tool calls and volatile metrics")
    func reads() throws {
        let text = """
            {"case": "a", "output": "Hello", "finish_reason": "stop", "usage": {"input_tokens": 3}, "latency_ms": 120}
            {"case": "b", "error": "HTTP 500"}
            {"case": "c", "output": "", "tool_calls": [{"name": "search", "arguments": "{\\"q\\": \\"x\\"}"}], "model": "gpt-4o-2024-08-06"}
            """
        let (results, problems) = OutputsDecoder.decode(text, file: "out.jsonl", caseIDs: ["a", "b", "c"])
        #expect(problems.isEmpty, "\(problems)")
        #expect(results.map(\.caseID) == ["a", "b", "c"])
        #expect(results[0].metrics == ["usage": ["input_tokens": 3], "latency_ms": 120.0])
        #expect(results[0].files["output.md"] == Array("Hello".utf8))
        #expect(results[1].isError && results[1].files["output.md"] == nil)
        #expect(results[2].toolCalls == [ToolCall(name: "search", arguments: ["q": "x"])])
        #expect(results[2].response["model"] == "gpt-4o-2024-08-06")
    }

    @Test("the stored files do not depend on volatile metrics")
    func pureFiles() {
        let a = CaseResult(caseID: "a", output: "Hi", finishReason: "stop", metrics: ["latency_ms": 5])
        let b = CaseResult(caseID: "a", output: "Hi", finishReason: "stop", metrics: ["latency_ms": 900, "usage": [:]])
        #expect(a.files == b.files)
    }

    @Test("bad lines are reported with their numbers")
    func problems() {
        let text = """
            {"case": "a", "output": "x"}
            not json
            {"case": "zz", "output": "x"}
            {"case": "a", "output": "again"}
            {"case": "b"}
            {"case": "b", "output": "x", "extra": 1}
            """
        let lines = OutputsDecoder.decode(text, file: "o.jsonl", caseIDs: ["a", "b"]).problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix("o.jsonl:2: not valid JSON") })
        #expect(lines.contains { $0.hasPrefix("o.jsonl:3: case: no case has the id 'zz'") })
        #expect(lines.contains { $0.hasPrefix("o.jsonl:4: case: a second output for 'a' (the first is on line 1)") })
        #expect(lines.contains { $0.hasPrefix("o.jsonl:5: output: the line has neither 'output' nor 'error'") })
        #expect(lines.contains { $0.hasPrefix("o.jsonl:6: extra: unknown field in an output line") })
    }

    @Test("an empty outputs file is a problem, not an empty run")
    func empty() {
        #expect(OutputsDecoder.decode("\n\n", file: "o.jsonl", caseIDs: ["a"]).problems.count == 1)
    }
}
