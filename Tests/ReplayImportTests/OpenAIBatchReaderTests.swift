import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct OpenAIBatchReaderTests {
    @Test func recognition() throws {
        #expect(OpenAIBatchReader.recognizes(try #require(try APIFixture.records("openai_batch_input.jsonl").first).value) == 3)
        #expect(OpenAIBatchReader.recognizes(try #require(try APIFixture.records("openai_batch_output.jsonl").first).value) == 3)
        #expect(OpenAIBatchReader.recognizes(try #require(try APIFixture.records("anthropic_batch_requests.jsonl").first).value) == 1)
        #expect(OpenAIBatchReader.recognizes(try #require(try APIFixture.records("openai_chat_log.jsonl").first).value) == 0)
    }

    private func byID(_ all: [ImportedConversation]) -> [String: ImportedConversation] {
        Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func joinsShuffledOutputsOnCustomID() throws {
        for order in [["openai_batch_input.jsonl", "openai_batch_output.jsonl"], ["openai_batch_output.jsonl", "openai_batch_input.jsonl"]] {
            var reader = OpenAIBatchReader()
            let all = try APIFixture.read(&reader, order)
            #expect(all.count == 9)
            #expect(reader.deferredProblems.isEmpty)
            let c = byID(all)
            #expect(Set(c.keys) == Set((1...9).map { "request-\($0)" }))
            #expect(all.allSatisfy { $0.format == .openaiBatch })

            let first = try #require(c["request-1"])
            #expect(first.file == "openai_batch_input.jsonl")
            #expect(first.location.line == 1)
            #expect(first.turns.map(\.origin) == [.human, .assistant])
            #expect(first.turns[1].toolCalls == [ToolCall(id: "call_TTY8UFNo7rNCaOBUNtlRSvMG", name: "lookup_population", arguments: ["country": "Crumpet"])])
            #expect(first.turns[1].model == "gpt-4o-mini-2024-07-18")
            #expect(first.created == "2025-05-13T19:07:31Z")
            #expect(!first.pendingReply)
            #expect(c["request-3"]?.turns.last?.text == "YES")

            // A 400 and an expired request: the prompt without a reply, not pending, tagged.
            for id in ["request-2", "request-5"] {
                let failed = try #require(c[id])
                #expect(!failed.pendingReply)
                #expect(failed.tags == ["batch-errored"])
                #expect(failed.turns.last?.origin != .assistant)
            }
            // The streamed recording's reply, reassembled into a completion object.
            #expect(c["request-4"]?.turns.first?.origin == .human)
            #expect(c["request-4"]?.turns.last?.toolCalls.first?.name == "multiply")
            // A Responses request in the same batch.
            let responses = try #require(c["request-8"])
            #expect(responses.turns.last?.toolCalls.first?.name == "multiply")
            #expect(responses.turns.last?.model == "gpt-5.5-2026-04-23")
            // No output line: pending.
            let pending = try #require(c["request-9"])
            #expect(pending.pendingReply)
            #expect(pending.turns.last?.origin == .toolResult)
            #expect(pending.tags.isEmpty)
        }
    }

    @Test func outputsWithoutInputsAreAProblemAtTheEnd() throws {
        var reader = OpenAIBatchReader()
        var thrown: RecordProblem?
        do {
            _ = try APIFixture.read(&reader, ["openai_batch_output.jsonl"])
        } catch let problem as RecordProblem {
            thrown = problem
        }
        let problem = try #require(thrown)
        #expect(problem.field == "custom_id")
        #expect(problem.message.contains("'request-7'"))
        #expect(problem.message.contains("8 results without"))

        // With conversations to give as well, the problem is kept for the caller.
        var mixed = OpenAIBatchReader()
        var out = try mixed.read(try APIFixture.record(#"{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}}"#))
        out += try mixed.read(try APIFixture.record(#"{"id":"batch_req_1","custom_id":"b","response":{"status_code":200,"body":{"id":"x","object":"chat.completion","model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"hello"}}]}},"error":null}"#, line: 2))
        out += try mixed.finish()
        #expect(out.map(\.id) == ["a"])
        #expect(out.first?.pendingReply == true)
        #expect(mixed.deferredProblems.count == 1)
        #expect(mixed.deferredProblems.first?.location?.line == 2)
        #expect(mixed.deferredProblems.first?.message.contains("'b'") == true)
    }

    @Test func embeddingsHoldNoConversationAndDuplicatesAreProblems() throws {
        var reader = OpenAIBatchReader()
        #expect(try reader.read(try APIFixture.record(#"{"custom_id":"e","method":"POST","url":"/v1/embeddings","body":{"model":"text-embedding-3-small","input":"hi"}}"#)).isEmpty)
        #expect(try reader.read(try APIFixture.record(#"{"id":"batch_req_1","custom_id":"e","response":{"status_code":200,"body":{"object":"list","data":[]}},"error":null}"#)).isEmpty)
        let line = #"{"custom_id":"d","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}}"#
        _ = try reader.read(try APIFixture.record(line))
        #expect(throws: RecordProblem.self) { try reader.read(try APIFixture.record(line, line: 2)) }
        #expect(try reader.finish().map(\.id) == ["d"])
        #expect(reader.deferredProblems.isEmpty)
    }

    @Test func malformedRecordsNameTheField() throws {
        let p1 = try #require(try APIFixture.problem(OpenAIBatchReader.self, #"{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"x","messages":"hi"}}"#))
        #expect(p1.field == "body.messages")
        let p2 = try #require(try APIFixture.problem(OpenAIBatchReader.self, #"{"custom_id":7.5,"method":"POST","url":"/v1/chat/completions","body":{}}"#))
        #expect(p2.field == "custom_id")
        let p3 = try #require(try APIFixture.problem(OpenAIBatchReader.self, #"{"custom_id":"a","method":"POST","url":"/v1/audio/speech","body":{"input":"x"}}"#))
        #expect(p3.field == "url")
        let p4 = try #require(try APIFixture.problem(OpenAIBatchReader.self, #"{"custom_id":"a","response":{"status_code":200,"body":{"object":"chat.completion","choices":[{"index":0}]}},"error":null}"#))
        #expect(p4.field == "response.body.choices[0].message")
    }
}
