import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct AnthropicBatchReaderTests {
    @Test func recognition() throws {
        #expect(AnthropicBatchReader.recognizes(try #require(try APIFixture.records("anthropic_batch_requests.jsonl").first).value) == 3)
        #expect(AnthropicBatchReader.recognizes(try #require(try APIFixture.records("anthropic_batch_results.jsonl").first).value) == 3)
        #expect(AnthropicBatchReader.recognizes(try #require(try APIFixture.records("openai_batch_input.jsonl").first).value) == 1)
        #expect(AnthropicBatchReader.recognizes(["messages": []]) == 0)
    }

    @Test func joinsShuffledResultsOfEveryKind() throws {
        for order in [["anthropic_batch_requests.jsonl", "anthropic_batch_results.jsonl"], ["anthropic_batch_results.jsonl", "anthropic_batch_requests.jsonl"]] {
            var reader = AnthropicBatchReader()
            let all = try APIFixture.read(&reader, order)
            #expect(all.count == 6)
            #expect(reader.deferredProblems.isEmpty)
            let c = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let succeeded = try #require(c["anthropic-1"])
            #expect(succeeded.format == .anthropicBatch)
            #expect(succeeded.file == "anthropic_batch_requests.jsonl")
            #expect(succeeded.turns.map(\.origin) == [.human, .assistant])
            #expect(succeeded.turns[1].content == "- Captain\n- Scoop")
            #expect(succeeded.turns[1].model == "claude-sonnet-4-5-20250929")
            #expect(!succeeded.pendingReply)
            #expect(c["anthropic-4"]?.turns.last?.toolCalls.count == 2)
            for id in ["anthropic-3", "anthropic-5", "anthropic-6"] {
                let failed = try #require(c[id])
                #expect(failed.tags == ["batch-errored"], "\(id)")
                #expect(!failed.pendingReply)
                #expect(failed.turns.last?.origin != .assistant)
            }
            #expect(c["anthropic-5"]?.turns.last?.origin == .toolResult)
        }
    }

    @Test func requestsWithoutResultsArePendingAndResultsWithoutRequestsAProblem() throws {
        let all = try APIFixture.read(AnthropicBatchReader.self, "anthropic_batch_requests.jsonl")
        #expect(all.count == 6)
        #expect(all.allSatisfy { $0.pendingReply && $0.tags.isEmpty })
        var reader = AnthropicBatchReader()
        #expect(throws: RecordProblem.self) { try APIFixture.read(&reader, ["anthropic_batch_results.jsonl"]) }
    }

    @Test func malformedRecordsNameTheField() throws {
        let p1 = try #require(try APIFixture.problem(AnthropicBatchReader.self, #"{"custom_id":"x","result":{"type":"weird"}}"#))
        #expect(p1.field == "result.type")
        let p2 = try #require(try APIFixture.problem(AnthropicBatchReader.self, #"{"custom_id":"x","params":{"model":"claude","max_tokens":1,"messages":[{"role":"user"}]}}"#))
        #expect(p2.field == "params.messages[0].content")
        let p3 = try #require(try APIFixture.problem(AnthropicBatchReader.self, #"{"custom_id":"x","result":{"type":"succeeded","message":{"content":5}}}"#))
        #expect(p3.field == "result.message.content")
    }
}
