/// Throughput measurement on synthetic prose and PII-dense text, for a benchmark test or a script.

public enum RedactionBenchmark {
    /// Megabytes (10^6 bytes) per second redacting `texts` `repetitions` times with one redactor.
    public static func megabytesPerSecond(_ texts: [String], repetitions: Int = 1) -> Double {
        var redactor = Redactor(key: RedactionKey(bytes: Array(repeating: 7, count: 32)))
        let bytes = texts.reduce(0) { $0 + $1.utf8.count } * repetitions
        var sink = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<repetitions {
                for text in texts { sink &+= redactor.redact(text).utf8.count }
            }
        }
        precondition(sink > 0)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(bytes) / 1e6 / seconds
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
