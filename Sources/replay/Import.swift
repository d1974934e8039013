import ArgumentParser
import Foundation
import ReplayKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn real conversation logs into cases: replies stripped, personal data replaced.",
        discussion: """
            Reads ChatGPT and Claude.ai exports (JSON or zip), OpenAI and Anthropic API logs (requests, \
            request/response pairs, batches), fine-tuning and ShareGPT/Hugging Face datasets, `llm` logs.db, \
            Claude Code and Codex sessions and OpenTelemetry GenAI spans; the format is told from the content. \
            Each human turn that got a reply becomes a case with everything before it as context; tool results, \
            injected context and summaries are never prompts. Cases go to .replay/cases/imported/NAME.jsonl \
            (replaced on re-import); nothing is written when an error stops the import. With --baseline the \
            replies are recorded as a run of each model the log names, to diff candidates against without \
            spending a token.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "Log files, folders of logs, or export zips.") var paths: [String] = []
    @Option(name: .long, help: "The logs' format: auto, or one of \(LogFormatID.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format = "auto"
    @Option(name: .long, help: "Cases from every answered human turn (all) or only each conversation's last (last).") var turns = "all"
    @Flag(name: .customLong("no-redact"), help: "Keep personal data and secrets as they are (redaction is on by default).") var noRedact = false
    @Flag(name: .long, help: "Record the logs' replies as a run of each model named in them.") var baseline = false
    @Option(name: .long, help: "Keep N cases, chosen at random (seeded).") var sample: Int?
    @Option(name: .long, help: "The sample's seed.") var seed: UInt64 = 1
    @Option(name: .long, help: "Sample proportionally within each source, model or tag.") var stratify: String?
    @Option(name: .long, help: "Keep cases sent on or after this date (YYYY-MM-DD or ISO time).") var since: String?
    @Option(name: .long, help: "Keep cases sent on or before this date.") var until: String?
    @Option(name: .long, help: "Keep cases answered by this model (repeatable; `gpt-4o*` matches a prefix).") var model: [String] = []
    @Option(name: .customLong("min-turns"), help: "Keep cases whose prompt is at least the N-th human turn.") var minTurns: Int?
    @Flag(name: .customLong("keep-duplicates"), help: "Keep exact and near-duplicate cases.") var keepDuplicates = false
    @Flag(name: .long, help: "Stop at the first bad record (by default bad records are skipped and counted).") var strict = false
    @Option(name: .long, help: "The cases file's name (default: the first log's name).") var name: String?
    @Flag(name: .long, help: "Print the summary as JSON (progress stays off).") var json = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one log file, folder or zip to import") }
        if format != "auto", LogFormatID(rawValue: format) == nil {
            throw ValidationError("--format '\(format)' is not a format; use auto or one of \(LogFormatID.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard CaseBuilder.Turns(rawValue: turns) != nil else { throw ValidationError("--turns must be all or last, not '\(turns)'") }
        if let stratify, Corpus.Stratum(rawValue: stratify) == nil { throw ValidationError("--stratify must be source, model or tag, not '\(stratify)'") }
        if stratify != nil, sample == nil { throw ValidationError("--stratify needs --sample N") }
        if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
        if let minTurns, minTurns < 1 { throw ValidationError("--min-turns must be at least 1") }
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, !Self.isDate(value) { throw ValidationError("\(flag) '\(value)' is not a date; write YYYY-MM-DD or an ISO 8601 time") }
        }
    }

    static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 4, b.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return b.count == 4 || (b.count >= 7 && b[4] == 0x2D)
    }

    func run() throws {
        let environment = ProcessEnvironment()
        var o = ImportLogs.Options(paths: paths)
        o.format = LogFormatID(rawValue: format)
        o.turns = CaseBuilder.Turns(rawValue: turns) ?? .all
        o.redact = !noRedact
        o.baseline = baseline
        o.strict = strict
        o.name = name
        o.corpus.sample = sample
        o.corpus.seed = seed
        o.corpus.stratify = stratify.flatMap(Corpus.Stratum.init(rawValue:))
        o.corpus.since = since
        o.corpus.until = until
        o.corpus.models = model
        o.corpus.minTurns = minTurns
        o.corpus.dedupe = !keepDuplicates
        let err = Terminal.standardError
        let progress: (@Sendable (Int, Int) -> Void)? = json || !err.isTTY ? nil : ImportProgressLine().update
        let s = try ImportLogs.run(workspace: options.locate(environment), options: o, environment: environment, progress: progress)
        if progress != nil { err.write("\r\u{1B}[2K") }
        if json { Terminal.standardOutput.json(summaryJSON(s)); return }
        let out = Terminal.standardOutput
        out.print("imported \(out.bold("\(s.cases) case\(s.cases == 1 ? "" : "s")")) into \(s.casesFile ?? "")")
        out.print("  read \(s.files.count) file\(s.files.count == 1 ? "" : "s"), \(s.records) records, \(s.conversations) conversations")
        for f in s.files { out.print(out.dim("    \(f.file): \(f.format.rawValue)")) }
        if !s.skipped.isEmpty {
            out.print("  left out:")
            for k in s.skipped { out.print("    \(k.count) × \(k.reason)") }
        }
        for p in s.problems.prefix(5) { out.print(out.yellow("  skipped: ") + p.description) }
        if s.problems.count > 5 { out.print(out.dim("  … and more; --strict stops at the first")) }
        if noRedact {
            out.print(out.yellow("  not redacted (--no-redact): the cases hold the logs' personal data as is"))
        } else if s.redactions.isEmpty {
            out.print("  redacted: nothing found")
        } else {
            out.print("  redacted: " + s.redactions.map { "\($0.count) \($0.kind.rawValue)" }.joined(separator: ", "))
        }
        for b in s.baselines {
            out.print("  baseline: \(b.cases) repl\(b.cases == 1 ? "y" : "ies") of \(out.bold(b.model)) recorded as run \(b.run.commit.short())")
        }
        if !baseline, s.cases > 0 { out.print(out.dim("  record the logs' own replies with --baseline to diff against production")) }
    }

    func summaryJSON(_ s: ImportLogs.Summary) -> JSONValue {
        [
            "cases": .int(s.cases), "cases_file": s.casesFile.map(JSONValue.string) ?? .null,
            "records": .int(s.records), "conversations": .int(s.conversations),
            "files": .array(s.files.map { ["file": .string($0.file), "format": .string($0.format.rawValue)] }),
            "skipped": .object(Dictionary(uniqueKeysWithValues: s.skipped.map { ($0.reason, JSONValue.int($0.count)) })),
            "problems": .array(s.problems.map { p in
                var o: [String: JSONValue] = ["file": .string(p.file), "message": .string(p.message)]
                if let l = p.location?.line { o["line"] = .int(l) }
                if let i = p.location?.index { o["record"] = .int(i) }
                if let b = p.location?.offset { o["offset"] = .int(b) }
                if let f = p.field { o["field"] = .string(f) }
                return .object(o)
            }),
            "redacted": .object(Dictionary(uniqueKeysWithValues: s.redactions.map { ($0.kind.rawValue, JSONValue.int($0.count)) })),
            "by_model": .object(s.byModel.mapValues(JSONValue.int)), "by_source": .object(s.bySource.mapValues(JSONValue.int)),
            "baselines": .array(s.baselines.map { ["model": .string($0.model), "commit": .string($0.run.commit.hex), "cases": .int($0.cases)] }),
        ]
    }
}

/// Conversations read and cases written, redrawn on one stderr line on a terminal.
final class ImportProgressLine: @unchecked Sendable {
    private var last = 0.0
    func update(_ conversations: Int, _ cases: Int) {
        let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        guard now - last > 0.1 else { return }
        last = now
        Terminal.standardError.write("\r\u{1B}[2Kimporting: \(conversations) conversations read, \(cases) cases")
    }
}
