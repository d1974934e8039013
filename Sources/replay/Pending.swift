import ArgumentParser
import ReplayKit

struct Pending: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the cases of a candidate run that wait for review against the default, worst first.",
        discussion: """
            A case is pending when its stored answer (or input) differs from the default's and nobody accepted or \
            rejected exactly that answer; flagged cases stay pending. The scriptable twin of `replay review`: \
            decide with `replay accept|reject|flag (--case ID… | --all | --filter EXPR)`.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The candidate run (default: the newest run in the store).") var candidate: String?
    @Option(name: .long, help: ArgumentHelp("Only cases matching key=value terms (class, verdict, detector, id, tag, change, flagged).", valueName: "expr"))
    var filter: String?
    @Flag(name: .long, help: "Print JSON.") var json = false
    @Flag(name: .customLong("exit-code"), help: "Exit 1 when any case is pending.") var exitCode = false

    func run() async throws {
        let environment = ProcessEnvironment()
        let workspace = try options.locate(environment)
        let caseFilter = try filter.map(CaseFilter.init)
        let queue = try await loadQueue(workspace, candidate: candidate, environment: environment)
        let cases = caseFilter.map { f in queue.cases.filter(f.matches) } ?? queue.cases
        let out = Terminal.standardOutput
        if json {
            out.json(PendingJSON.value(queue, cases: cases))
        } else {
            let run = "\(queue.candidate.model) (run \(queue.candidate.runID), \(queue.candidate.commit.short()))"
            if cases.isEmpty {
                out.print("nothing pending for \(run) against the default (\(queue.defaultCommit.short()))"
                          + (queue.rejected.isEmpty ? "" : "; \(queue.rejected.count) rejected answer(s) wait for a new run"))
            } else {
                out.print("\(cases.count) case(s) of \(run) wait for review against the default (\(queue.defaultCommit.short())):")
                out.table(cases.map { c in
                    let detectors = Set(c.diff.findings.filter(\.regression).map(\.detector.rawValue)).sorted().joined(separator: ",")
                    return [verdictCell(c, out), c.diff.changeClass.rawValue + (c.diff.inputChanged ? " (input)" : ""), c.id,
                            detectors.isEmpty ? "-" : detectors, c.flag.map { "flagged: \($0.comment ?? "")" } ?? ""]
                }, header: ["VERDICT", "CLASS", "CASE", "DETECTORS", "NOTE"])
                if !queue.rejected.isEmpty { out.print(out.dim("\(queue.rejected.count) rejected answer(s) are not listed")) }
                out.print(out.dim("next: `replay review` (interactive), or `replay accept|reject --case ID` / `--all` / `--filter EXPR`"))
            }
        }
        if exitCode, !cases.isEmpty { throw ExitCode(1) }
    }

    func verdictCell(_ c: PendingCase, _ out: Terminal) -> String {
        switch c.diff.verdict {
        case .fail: return out.red(c.diff.verdict.rawValue)
        case .inconclusive: return out.yellow(c.diff.verdict.rawValue)
        case .pass: return c.diff.verdict.rawValue
        }
    }
}

/// The JSON form of a review queue (`pending --json`, version 1).
enum PendingJSON {
    static func value(_ queue: PendingReview, cases: [PendingCase]) -> JSONValue {
        .object([
            "version": .int(1),
            "default": .string(queue.defaultCommit.hex),
            "candidate": .object(["name": .string(queue.candidateName), "model": .string(queue.candidate.model),
                                  "run_id": .string(queue.candidate.runID), "commit": .string(queue.candidate.commit.hex)]),
            "pending": .array(cases.map { c in
                var o: [String: JSONValue] = [
                    "case": .string(c.id), "change": .string(c.change.rawValue), "class": .string(c.diff.changeClass.rawValue),
                    "verdict": .string(c.diff.verdict.rawValue), "input_changed": .bool(c.diff.inputChanged),
                    "answer": .string(c.answerKey), "tags": .array(c.tags.map(JSONValue.string)),
                    "detectors": .array(Set(c.diff.findings.filter(\.regression).map(\.detector.rawValue)).sorted().map(JSONValue.string)),
                ]
                if let s = c.diff.worstSeverity { o["severity"] = .string(s.rawValue) }
                if let f = c.flag {
                    o["flag"] = .object(["comment": .string(f.comment ?? ""), "reviewer": .string(f.reviewer.name),
                                         "time": .string(Timestamp.iso8601(f.time))])
                }
                return .object(o)
            }),
            "rejected": .array(queue.rejected.map(JSONValue.string)),
        ])
    }
}
