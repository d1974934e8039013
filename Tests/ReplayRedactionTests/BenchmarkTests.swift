/// Throughput on prose and PII-dense text; runs only with REPLAY_BENCH=1 (use `swift test -c release`).
import Foundation
import Testing
import ReplayRedaction

@Suite struct BenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["REPLAY_BENCH"] != nil))
    func throughput() {
        let prose = RedactionBenchmark.prose(bytes: 50_000_000)
        let dense = RedactionBenchmark.piiDense(bytes: 5_000_000)
        print("prose: \(Int(RedactionBenchmark.megabytesPerSecond(prose))) MB/s")
        print("PII-dense: \(Int(RedactionBenchmark.megabytesPerSecond(dense))) MB/s")
    }
}
