/// Throughput on prose, code and PII-dense text; runs only with REPLAY_BENCH=1 (use `swift test -c release`).
import Foundation
import Testing
import ReplayRedaction

@Suite struct BenchmarkTests {
    @Test("The benchmark's prose and code hold nothing to redact; its dense text holds plenty")
    func corpora() {
        var redactor = Redactor(key: RedactionKey(bytes: Array(repeating: 7, count: 32)))
        for text in RedactionBenchmark.prose(bytes: 20_000) + RedactionBenchmark.code(bytes: 20_000) {
            #expect(redactor.redact(text) == text)
        }
        _ = RedactionBenchmark.piiDense(bytes: 2_000).map { redactor.redact($0) }
        #expect(Set(redactor.counts.keys) == [.email, .phone, .card, .governmentID, .apiKey, .ipAddress, .user, .secret])
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["REPLAY_BENCH"] != nil))
    func throughput() {
        print("prose: \(Int(RedactionBenchmark.megabytesPerSecond(RedactionBenchmark.prose(bytes: 50_000_000)))) MB/s")
        print("code: \(Int(RedactionBenchmark.megabytesPerSecond(RedactionBenchmark.code(bytes: 20_000_000)))) MB/s")
        print("PII-dense: \(Int(RedactionBenchmark.megabytesPerSecond(RedactionBenchmark.piiDense(bytes: 5_000_000)))) MB/s")
    }
}
