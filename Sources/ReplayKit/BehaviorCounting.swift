import Dispatch
import Foundation
import ReplayCore
import ReplayDiff
import ReplayStore

/// Every behavior observed over a list of answers — a run's, or production's replies — the same
/// way for both, so a forecast and its calibration count the same thing.
enum BehaviorCounting {
    struct Columns {
        /// One column per definition, aligned with the answers: true, false, or nil (does not
        /// apply, or no answer).
        var columns: [[Bool?]]
        var warnings: [String] = []
    }

    static func observe(_ answers: [ObservedAnswer?], observer: BehaviorObserver, labeler: (any BehaviorLabeler)?,
                        workers: Int = ProcessInfo.processInfo.activeProcessorCount) async throws -> Columns {
        let width = observer.definitions.count
        let chunks = max(1, min(workers, answers.count))
        let parts = ParallelParts<[(Int, [Bool?])]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { w in
            parts.run(w) {
                stride(from: w, to: answers.count, by: chunks).map { n in
                    (n, answers[n].map(observer.observe) ?? [Bool?](repeating: nil, count: width))
                }
            }
        }
        var rows = [[Bool?]](repeating: [], count: answers.count)
        for part in try parts.results() { for (n, row) in part { rows[n] = row } }
        var result = Columns(columns: (0..<width).map { d in rows.map { $0[d] } })
        let judged = observer.definitions.indices.filter { observer.definitions[$0].source == "judge" }
        guard !judged.isEmpty else { return result }
        guard let labeler else {
            result.warnings.append("judge behaviors (\(judged.map { observer.definitions[$0].id }.joined(separator: ", "))) were not counted: name a judge model with --judge MODEL")
            return result
        }
        var unreadable = 0
        for d in judged {
            let definition = observer.definitions[d]
            let question = definition.question ?? ""
            try await withThrowingTaskGroup(of: (Int, Bool?).self) { group in
                var next = 0
                func launch() {
                    while next < answers.count {
                        let n = next
                        next += 1
                        guard let a = answers[n], observer.applies(definition, input: a.input) else { continue }
                        group.addTask { (n, try await labeler.label(question: question, prompt: promptText(of: a.input), reply: a.text)) }
                        return
                    }
                }
                for _ in 0..<4 { launch() }
                while let (n, label) = try await group.next() {
                    result.columns[d][n] = label
                    if label == nil { unreadable += 1 }
                    launch()
                }
            }
        }
        if unreadable > 0 {
            result.warnings.append("\(unreadable) judge label(s) could not be read as yes or no and were left out of the rates")
        }
        return result
    }
}

/// A run's answers as the behaviors see them: every case's input and first answer (errored
/// cases have none), read on every core.
enum RunAnswers {
    static func read(_ commit: ObjectID, store: SnapshotStore, workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> (ids: [String], answers: [ObservedAnswer?]) {
        let ids = try store.caseIDs(in: commit)
        let path = store.path
        let chunks = max(1, min(workers, ids.count))
        let parts = ParallelParts<[(Int, ObservedAnswer?)]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { w in
            parts.run(w) {
                let reader = try SnapshotStore.reader(at: path)
                return try stride(from: w, to: ids.count, by: chunks).map { n in
                    guard let files = try reader.caseFiles(in: commit, caseID: ids[n]) else { return (n, nil) }
                    let side = StoredAnswers.side(files)
                    guard let first = side.samples.first, let text = first.text else { return (n, nil) }
                    let calls = first.trajectory.flatMap { $0.calls.map { ToolCall(name: $0.name, arguments: $0.arguments) } } + first.toolCalls
                    return (n, ObservedAnswer(input: side.input, text: text, toolCalls: calls))
                }
            }
        }
        var answers = [ObservedAnswer?](repeating: nil, count: ids.count)
        for part in try parts.results() { for (n, a) in part { answers[n] = a } }
        return (ids, answers)
    }
}
