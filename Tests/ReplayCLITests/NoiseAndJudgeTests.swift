import Foundation
import Testing

@Suite("record --repeat K, noise-aware diffs, the judge and remote embeddings", .serialized)
struct NoiseAndJudgeTests {
    /// A model program whose answers vary with the sample, the way a sampled model's do.
    static let program = """
        import json, sys
        request = json.load(sys.stdin)
        sample = request.get("sample", 1)
        prompt = request["messages"][-1]["content"]
        style = sys.argv[1]
        if "refund" in prompt.lower():
            if style == "refuser":
                text = "I'm sorry, but I can't help with that request."
            else:
                text = ["Refunds are possible within 30 days of delivery.", "You can get a refund within 30 days of delivery.",
                        "A refund is possible within 30 days after delivery."][(sample - 1) % 3]
        else:
            text = ["Hello!", "Hi there!", "Hello there!"][(sample - 1) % 3]
        json.dump({"text": text, "usage": {"input_tokens": 10, "output_tokens": 5}}, sys.stdout)
        """

    /// `base`: where the judge and embeddings models are served (nothing listens on port 9).
    func workspace(base: String = "http://127.0.0.1:9/v1") throws -> Sandbox {
        let s = try Sandbox()
        try #require(try s.replay("init").status == 0)
        try s.write("model.py", Self.program)
        try s.write(".replay/cases/cases.yaml", "id: refund\nprompt: Can I get a refund?\nexpect:\n  must_include: [\"30 days\"]\n---\nid: greet\nprompt: Say hello\n")
        try s.write(".replay/config.yaml", """
            version: 1
            models:
              steady:
                provider: command
                command: [python3, model.py, steady]
              steady-again:
                provider: command
                command: [python3, model.py, steady-again]
              refuser:
                provider: command
                command: [python3, model.py, refuser]
              judge:
                provider: openai
                base_url: \(base)
              embedder:
                provider: openai
                base_url: \(base)

            """)
        return s
    }

    @Test("--repeat 3 stores three answers per case that git reads; jitter between samples is within noise, a refusal is not")
    func repeatAndNoise() throws {
        let s = try workspace()
        let r = try s.replay("record", "--model", "steady", "--repeat", "3", "--default")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try s.git("fsck", "--strict", "--no-dangling").status == 0)
        let files = try s.git("ls-tree", "-r", "--name-only", "refs/replay/runs/steady").stdout
        #expect(files.contains("/refund/output.md") && files.contains("/refund/output.2.md") && files.contains("/refund/output.3.md"))
        #expect(files.contains("/refund/response.3.json"))
        let third = try s.git("show", "refs/replay/runs/steady:" + (files.split(separator: "\n").first { $0.hasSuffix("refund/output.3.md") } ?? ""))
        #expect(third.stdout == "A refund is possible within 30 days after delivery.")

        // Another model answering like the baseline's own samples: changed, but within noise.
        try #require(try s.replay("record", "--model", "steady-again", "--repeat", "2").status == 0)
        let jitter = try s.replay("diff", "default", "steady-again", "--format", "json")
        #expect(jitter.status == 0, "\(jitter.stdout)")
        let doc = try #require(JSONSerialization.jsonObject(with: Data(jitter.stdout.utf8)) as? [String: Any])
        #expect(doc["verdict"] as? String == "PASS")
        let noise = (doc["cases"] as? [[String: Any]])?.compactMap { $0["noise"] as? [String: Any] } ?? []
        #expect(!noise.isEmpty && noise.allSatisfy { $0["within_noise"] as? Bool == true && $0["baseline_samples"] as? Int == 3 }, "\(noise)")

        try #require(try s.replay("record", "--model", "refuser", "--repeat", "3").status == 0)
        let refusal = try s.replay("diff", "default", "refuser")
        #expect(refusal.status == 1)
        #expect(refusal.stdout.contains("refusal appeared (full) [3/3 samples; baseline itself 0/3]"), "\(refusal.stdout)")
    }

    @Test("--judge asks the model in both orders and counts a win only when both agree; verdicts are cached")
    func judge() throws {
        let server = try StubServer(script: [
            // The judge's prompt shows the answers as A then B: prefer the 30-day answer in both orders.
            "=== Answer A ===\nRefunds are possible within 30 days": [["reply": "{\"verdict\": \"A\", \"reason\": \"keeps the 30-day window\"}"]],
            "=== Answer A ===\nI'm sorry": [["reply": "{\"verdict\": \"B\", \"reason\": \"keeps the 30-day window\"}"]],
        ])
        let s = try workspace(base: server.baseURL + "/v1")
        try #require(try s.replay("record", "--model", "steady", "--default").status == 0)
        try #require(try s.replay("record", "--model", "refuser").status == 0)
        let r = try s.replay("diff", "default", "refuser", "--judge", "judge", "--format", "json")
        #expect(r.status == 1, "\(r.stderr)")
        let doc = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((doc["summary"] as? [String: Any])?["judge"] as? [String: Int] == ["baseline": 1, "candidate": 0, "tie": 0, "inconsistent": 0])
        let refund = (doc["cases"] as? [[String: Any]])?.first { $0["id"] as? String == "refund" }
        let verdict = refund?["judge"] as? [String: Any]
        #expect(verdict?["outcome"] as? String == "baseline")
        #expect(verdict?["reason"] as? String == "keeps the 30-day window")
        #expect(server.stats.requests == 2)
        // Asked again: answered from the cache; saved, the verdicts are stored with the diff.
        #expect(try s.replay("diff", "default", "refuser", "--judge", "judge", "--save").stdout.contains("judge judge: baseline"))
        #expect(server.stats.requests == 2)
        #expect(try s.git("show", "refs/replay/diffs/refuser:diff.json").stdout.contains("\"reason\": \"keeps the 30-day window\""))
        #expect(try s.replay("diff", "--judge", "nobody").stderr.contains("--judge: no model 'nobody'"))
    }

    @Test("a judge error a server echoes never shows the key")
    func judgeSecrets() throws {
        let server = try StubServer(script: ["=== Answer A ===": [["status": 400, "echo_request": true]]])
        let s = try workspace(base: server.baseURL + "/v1")
        try s.write(".replay/config.yaml", try #require(s.read(".replay/config.yaml")).replacingOccurrences(
            of: "  judge:\n    provider: openai\n", with: "  judge:\n    provider: openai\n    api_key_env: JUDGE_KEY\n"))
        try #require(try s.replay("record", "--model", "steady", "--default").status == 0)
        try #require(try s.replay("record", "--model", "refuser").status == 0)
        let key = "sk-judge-secret-0123456789"
        let r = try s.replay(["diff", "--judge", "judge"], environment: ["JUDGE_KEY": key])
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("the judge 'judge' failed") && r.stderr.contains("[redacted]"), "\(r.stderr)")
        #expect(!r.stderr.contains(key) && !r.stdout.contains(key))
        #expect(server.requests.contains { $0.headers["authorization"] == "Bearer \(key)" })
    }

    @Test("diff.embeddings uses an OpenAI-compatible /v1/embeddings server instead of the embedded model")
    func remoteEmbeddings() throws {
        let server = try StubServer()
        let s = try workspace(base: server.baseURL + "/v1")
        try s.write(".replay/config.yaml", try #require(s.read(".replay/config.yaml")) + "diff:\n  embeddings: embedder\n")
        try #require(try s.replay("record", "--model", "steady", "--default").status == 0)
        try #require(try s.replay("record", "--model", "refuser").status == 0)
        let r = try s.replay("diff", "--format", "json")
        #expect(r.status == 1)
        let doc = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((doc["embedding"] as? String ?? "").hasPrefix("embedder (embedder via http://127.0.0.1:"))
        #expect(server.requests.contains { $0.path == "/v1/embeddings" })
    }
}
