import Foundation
import ReplayCore
import Testing
@testable import ReplayImport

/// Every sample of every format, through format detection, the reader and the case builder: the
/// right format is told from the content, and every case made is a valid case file entry.
@Suite struct EveryFormatTests {
    static let samples: [(String, LogFormatID)] = [
        ("chatgpt/conversations.json", .chatgpt),
        ("claude/simonw_claude-to-sqlite_artifacts.json", .claudeAI),
        ("api/openai_chat_log.jsonl", .openaiChat),
        ("api/openai_chat_requests.jsonl", .openaiChat),
        ("api/openai_responses_log.jsonl", .openaiResponses),
        ("api/openai_batch_input.jsonl", .openaiBatch),
        ("api/openai_finetune.jsonl", .openaiFineTune),
        ("api/anthropic_messages_log.jsonl", .anthropicMessages),
        ("api/anthropic_requests.jsonl", .anthropicMessages),
        ("api/anthropic_batch_requests.jsonl", .anthropicBatch),
        ("api/sharegpt_fastchat.json", .sharegpt),
        ("api/sharegpt_glaive_tools.json", .sharegpt),
        ("api/hf_v1_sft.jsonl", .hfMessages),
        ("api/otel_export.json", .otel),
        ("api/otel_spans.jsonl", .otel),
        ("llm/logs_llm_0.27.1.db", .llmLogs),
        ("llm/logs_llm_0.32.db", .llmLogs),
    ]

    @Test(arguments: samples)
    func formatIsToldFromTheContentAndEveryCaseIsValid(_ sample: String, _ format: LogFormatID) throws {
        let (conversations, tally) = try importAll([fixtures + "/" + sample])
        #expect(tally.files.values.allSatisfy { $0 == format }, "\(tally.files)")
        let cases = conversations.flatMap { CaseBuilder.cases(from: $0) }
        #expect(!cases.isEmpty)
        for c in cases {
            let problems = CaseDecoder.problems(of: c.value.json, file: sample, line: 1)
            #expect(problems.isEmpty, "\(c.value.id): \(problems)")
            // A prompt is a human turn: never a tool result.
            #expect(c.value.context.last?.role != .tool || c.value.context.last?.toolCallID != nil)
        }
    }

    @Test func agentSessionsBecomeAgenticCases() throws {
        let folder = fixtures + "/agents"
        let (conversations, tally) = try importAll([folder])
        #expect(Set(tally.files.values) == [.claudeCode, .codex])
        // The subagents' meta.json files in the folder are no logs: skipped and counted.
        #expect(tally.skipped["files in no known log format (in a folder)"] == 2)
        let cases = conversations.flatMap { CaseBuilder.cases(from: $0) }
        #expect(cases.contains { !$0.value.recordedCalls.isEmpty })
        for c in cases { #expect(CaseDecoder.problems(of: c.value.json, file: "agents", line: 1).isEmpty, "\(c.value.id)") }
    }

    @Test func batchInputAndOutputAreJoinedAcrossFiles() throws {
        let (conversations, _) = try importAll([fixtures + "/api/openai_batch_input.jsonl", fixtures + "/api/openai_batch_output.jsonl"])
        let answered = conversations.filter { $0.turns.last?.origin == .assistant }
        #expect(!answered.isEmpty)
    }
}
