import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct CorpusTests {
    func imported(_ prompt: String, model: String = "m", date: String? = "2025-01-10T00:00:00Z", format: LogFormatID = .chatgpt,
                  id: String? = nil, ordinal: Int = 1) -> ImportedCase {
        let conversation = ImportedConversation(format: format, file: "f", location: RecordLocation(index: 0), id: id ?? prompt,
                                                turns: [Turn(origin: .human, content: .string(prompt)), Turn(origin: .assistant, content: "r")])
        var c = CaseBuilder.cases(from: conversation)[0]
        c.value.id = id ?? "c-\(prompt.hashValue)"
        c.model = model
        c.created = date
        c.ordinal = ordinal
        return c
    }

    @Test("a later copy with more of production's tool calls supersedes the earlier one (a tool loop's next request); a sample never does")
    func moreCompleteCopySupersedes() {
        var withCalls = imported("Population of Crumpet?", id: "later")
        withCalls.value.recordedCalls = [RecordedCall(name: "lookup_population", arguments: ["country": "Crumpet"], result: "123124")]
        var corpus = Corpus(.init())
        var first = imported("Population of Crumpet?", id: "first")
        first.reply = nil
        #expect(corpus.consider(first) == .keep)
        guard case .supersedes = corpus.consider(withCalls) else { Issue.record("the complete copy did not supersede"); return }
        #expect(corpus.consider(imported("Population of Crumpet?", id: "again")) == .skipped("exact duplicate"))
        var sampled = Corpus({ var o = Corpus.Options(); o.sample = 5; return o }())
        _ = sampled.consider(first)
        #expect(sampled.consider(withCalls) == .skipped("exact duplicate"))
    }

    @Test func exactAndNearDuplicatesAreCountedApart() {
        var corpus = Corpus(.init())
        #expect(corpus.consider(imported("Hello, world!", id: "a")) == .keep)
        #expect(corpus.consider(imported("Hello, world!", id: "b")) == .skipped("exact duplicate"))
        #expect(corpus.consider(imported("hello   WORLD", id: "c")) != .keep)
        #expect(corpus.consider(imported("hello there world", id: "d")) == .keep)
        #expect(corpus.skipped.count == 2)
    }

    @Test func filtersByDateModelAndDepth() {
        var o = Corpus.Options()
        o.since = "2025-01-05"; o.until = "2025-01-31"; o.models = ["gpt-4o*"]; o.minTurns = 2
        var corpus = Corpus(o)
        #expect(corpus.consider(imported("a", model: "gpt-4o-mini", ordinal: 2)) == .keep)
        #expect(corpus.consider(imported("b", model: "gpt-4o", date: "2025-01-01", ordinal: 2)) == .skipped("before --since"))
        #expect(corpus.consider(imported("c", model: "gpt-4o", date: "2025-01-31T23:00:00Z", ordinal: 2)) == .keep)
        #expect(corpus.consider(imported("d", model: "gpt-4o", date: "2025-02-01", ordinal: 2)) == .skipped("after --until"))
        #expect(corpus.consider(imported("e", model: "claude", ordinal: 2)) == .skipped("another model than --model"))
        #expect(corpus.consider(imported("f", model: "gpt-4o", ordinal: 1)) == .skipped("fewer turns than --min-turns"))
        #expect(corpus.consider(imported("g", model: "gpt-4o", date: nil, ordinal: 2)) == .skipped("no date (with --since/--until)"))
    }

    @Test func aSeededSampleIsRepeatableAndInReadingOrder() {
        func sample(seed: UInt64) -> [String] {
            var o = Corpus.Options(); o.sample = 10; o.seed = seed
            var corpus = Corpus(o)
            for i in 0..<200 { _ = corpus.consider(imported("prompt \(i)", id: "c\(i)")) }
            return corpus.finish().map(\.value.id)
        }
        let a = sample(seed: 7)
        #expect(a.count == 10)
        #expect(a == sample(seed: 7))
        #expect(a != sample(seed: 8))
        #expect(a == a.sorted { Int($0.dropFirst())! < Int($1.dropFirst())! })
    }

    @Test func aStratifiedSampleIsProportional() {
        var o = Corpus.Options(); o.sample = 20; o.seed = 3; o.stratify = .source
        var corpus = Corpus(o)
        for i in 0..<300 { _ = corpus.consider(imported("p \(i)", format: .chatgpt, id: "g\(i)")) }
        for i in 0..<100 { _ = corpus.consider(imported("q \(i)", format: .claudeAI, id: "c\(i)")) }
        let kept = corpus.finish()
        #expect(kept.filter { $0.format == .chatgpt }.count == 15)
        #expect(kept.filter { $0.format == .claudeAI }.count == 5)
        #expect(corpus.skipped["not in the sample"] == 380)
    }
}
