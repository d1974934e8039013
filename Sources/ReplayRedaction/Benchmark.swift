/// Throughput measurement on synthetic prose, code and PII-dense text, for a benchmark test or a script.

public enum RedactionBenchmark {
    /// Megabytes (10^6 bytes) per second redacting `texts` with one redactor: the best of `rounds` rounds, so that
    /// other work on the machine counts as little as possible.
    public static func megabytesPerSecond(_ texts: [String], rounds: Int = 3) -> Double {
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var best = 0.0
        for _ in 0..<max(rounds, 1) {
            var redactor = Redactor(key: RedactionKey(bytes: Array(repeating: 7, count: 32)))
            var sink = 0
            let elapsed = ContinuousClock().measure {
                for text in texts { sink &+= redactor.redact(text).utf8.count }
            }
            precondition(sink > 0)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = max(best, Double(bytes) / 1e6 / seconds)
        }
        return best
    }

    /// About `bytes` of English prose with no personal data (numbers, times and versions included), in
    /// messages of about 2 KB.
    public static func prose(bytes: Int) -> [String] {
        compose(bytes: bytes, sentences: proseSentences)
    }

    /// About `bytes` of text where every sentence holds one or two values to redact.
    public static func piiDense(bytes: Int) -> [String] {
        compose(bytes: bytes, sentences: denseSentences)
    }

    /// About `bytes` of code, logs, JSON and config with no personal data: many `=`, `:`, `-`, `_`, `/` and digits.
    public static func code(bytes: Int) -> [String] {
        compose(bytes: bytes, sentences: codeSnippets)
    }

    private static func compose(bytes: Int, sentences: [String]) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var texts: [String] = []
        var total = 0
        while total < bytes {
            var message = ""
            while message.utf8.count < 2000 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                message += sentences[Int(state >> 33) % sentences.count] + " "
            }
            total += message.utf8.count
            texts.append(message)
        }
        return texts
    }

    private static let proseSentences = [
        "The quick brown fox jumps over the lazy dog while the farmer watches from the porch.",
        "In 2023 the team shipped version 4.2.1 of the parser, which halved the memory it needed.",
        "Could you explain why the function returns early when the list is empty?",
        "We met at 10:30 on Tuesday to review the design, and agreed to split the module in two.",
        "Refactoring the billing code took three weeks, mostly because the tests were flaky.",
        "A good commit message says what changed and why, not how the diff looks.",
        "The recipe calls for 250 grams of flour, two eggs and a pinch of salt.",
        "Please summarize the following article in five bullet points for a general audience.",
        "Most of the latency came from the database, so we added an index on the created_at column.",
        "She said the new release felt faster, although the benchmarks showed only a 3% gain.",
        "Write a short poem about autumn leaves falling on a quiet street.",
        "The model should answer in English and keep the tone friendly but professional.",
        "When the cache misses, the service falls back to the slower path and logs a warning.",
        "It was the best of times, it was the worst of times, it was the age of wisdom.",
        "Here is the stack trace: the error starts in the loader and ends in the renderer.",
        "Our plan for Q3 is to migrate the remaining services and retire the old queue.",
    ]

    private static let codeSnippets = [
        "def load_config(path: str, *, strict: bool = False) -> dict[str, Any]:\n    with open(path, encoding=\"utf-8\") as f:\n        return json.load(f)\n",
        "const res = await fetch(`${baseUrl}/api/v2/items?page=${page}&limit=50`, { method: 'GET', headers: { 'Content-Type': 'application/json' } });",
        "{\"id\": 1842, \"name\": \"widget-pro_max\", \"tags\": [\"a-b\", \"c_d\"], \"price\": 19.99, \"created_at\": \"2024-03-11T09:14:22Z\"}",
        "2024-03-11 09:14:22,118 INFO [worker-3] task_id=7f3a9b2c queue=default elapsed_ms=41 status=ok path=/var/lib/app/cache/index.db",
        "SELECT u.id, COUNT(o.id) AS orders FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE u.created_at >= '2024-01-01' GROUP BY u.id;",
        "for (let i = 0; i < items.length; i++) { total += items[i].price * items[i].qty; if (total > MAX_TOTAL) break; }",
        "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs-prod\"\n  tags = { env = \"prod\", team = \"data-eng\" }\n}",
        "  - name: install deps\n    run: pip install -r requirements.txt && pytest -q --maxfail=1 tests/unit",
    ]

    private static let denseSentences = [
        "Contact alice.johnson@example.com or call +44 20 7946 0958 before Friday.",
        "My card 4111 1111 1111 1111 was declined, my SSN is 123-45-6789.",
        "Set OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7cD0ef and retry.",
        "The server at 192.168.14.22 logs to /home/bob/logs/app.log every minute.",
        "curl -H 'Authorization: Bearer 9fK2mQ7xL4pZ8wR1vT6yN3bH5cJ0dS' https://api.example.com/v1",
        "Reach me at (415) 555-0132 or bob.smith+work@company.io.",
        "Use ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8 for the mirror at 2001:db8:85a3::8a2e:370:7334.",
        "Wire it to GB82 WEST 1234 5698 7654 32 and email carol@bank.co.uk.",
    ]
}
