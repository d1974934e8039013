import ArgumentParser
import ReplayKit
import ReplayReports

struct Record: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record a run of a model as a snapshot commit.",
        discussion: """
            Without --outputs, replays the cases through the model configured under that name in \
            .replay/config.yaml (openai, anthropic, command or cassette provider), concurrently, with \
            retries on 429/5xx/network errors and a cache of finished answers: an interrupted run resumes \
            without calling the model again for answered cases. A 401/403 stops the run at once.

            With --outputs, records answers produced elsewhere: one JSON object per line, \
            {"case": ID, "output": TEXT} or {"case": ID, "error": TEXT}, optionally with finish_reason, \
            tool_calls, model, usage, latency_ms and metrics.

            Cases not answered in a run keep their answer from the model's previous run. Nothing is \
            stored unless the cases, the config and every line are valid.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @Option(name: .long, help: ArgumentHelp("A JSONL file of answers produced elsewhere.", valueName: "file")) var outputs: String?
    @Option(name: .long, help: "The model the answers are from (names its run history).") var model: String?
    @Option(name: .customLong("case"), help: "Only this case (repeatable).") var cases: [String] = []
    @Option(name: .long, help: "Only cases with this tag (repeatable).") var tag: [String] = []
    @Flag(name: .long, help: "Only cases whose input changed since the model's latest run, or that it has not answered.") var changed = false
    @Option(name: .long, help: "Requests in flight at once (default: the model's `concurrency`, else 8).") var concurrency: Int?
    @Option(name: .long, help: "At most this many requests per minute.") var rpm: Double?
    @Option(name: .long, help: "At most about this many tokens per minute.") var tpm: Double?
    @Option(name: .long, help: "Seconds per request before it counts as timed out (default: the model's `timeout_seconds`, else 120).") var timeout: Double?
    @Option(name: .long, help: "Attempts after the first on 429, 5xx, network errors and timeouts.") var retries: Int = 5
    @Flag(name: .customLong("no-cache"), help: "Call the model even for requests already answered.") var noCache = false
    @Option(name: .customLong("save-cassette"), help: ArgumentHelp("Also write this run's request → answer pairs as a cassette.", valueName: "file"))
    var saveCassette: String?
    @Flag(name: .customLong("default"), help: "Also make this run the accepted default.") var makeDefault = false
    @Flag(name: .long, help: "Print the result as JSON (progress stays off).") var json = false
    @Option(name: .customLong("repeat"), help: ArgumentHelp("Answers per case (K samples: `diff` then tells change from the model's own noise).", valueName: "k"))
    var repeatCount = 1

    func validate() throws {
        if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if retries < 0 { throw ValidationError("--retries must be 0 or more") }
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
        if let rpm, rpm <= 0 { throw ValidationError("--rpm must be more than 0") }
        if let tpm, tpm <= 0 { throw ValidationError("--tpm must be more than 0") }
        if repeatCount < 1 || repeatCount > 100 { throw ValidationError("--repeat must be between 1 and 100") }
        if outputs != nil, repeatCount != 1 { throw ValidationError("--repeat applies to recording through a model, not to --outputs") }
        if outputs != nil, !(cases.isEmpty && tag.isEmpty && !changed && saveCassette == nil) {
            throw ValidationError("--case, --tag, --changed and --save-cassette apply to recording through a model, not to --outputs")
        }
    }

    func run() async throws {
        let environment = ProcessEnvironment()
        let workspace = try options.locate(environment)
        let (alert, alertError) = try await outputs == nil ? recordThroughModel(workspace, environment) : recordOutputs(workspace, environment)
        if let alertError {
            // The run is stored and the default moved; only the comparison failed.
            let reason = (alertError as? ReplayError)?.message ?? "\(alertError)"
            throw ReplayError("the run was stored and is the default, but comparing it with the previous default failed: \(reason)",
                              details: ["compare them with `replay diff default~1 default` (do not record again)"])
        }
        if let alert, try report(alert, workspace: workspace, environment: environment) { throw ExitCode(1) }
    }

    /// The alert of `--default` (or why it could not be computed: the run is stored either way).
    typealias Alert = (result: DiffResult?, error: (any Error)?)

    static func alert(_ written: WrittenRun, _ workspace: Workspace, _ environment: ProcessEnvironment, http: (any HTTPClient)?) async -> Alert {
        do { return (try await DefaultChangeAlert.check(workspace: workspace, written: written, environment: environment, http: http), nil) } catch {
            return (nil, error)
        }
    }

    func recordOutputs(_ workspace: Workspace, _ environment: ProcessEnvironment) async throws -> Alert {
        let outputs = outputs!
        let configured = try workspace.loadConfig().defaultModel
        guard let model = model ?? configured else {
            throw ReplayError("--model is required (the config names no default_model)", kind: .usage)
        }
        let written = try RecordOutputs.run(workspace: workspace, outputsPath: outputs, model: model, setDefault: makeDefault,
                                            environment: environment)
        let (alert, alertError) = await Record.alert(written, workspace, environment, http: nil)
        let out = Terminal.standardOutput
        let counts = written.manifest.counts
        if json {
            out.json([
                "commit": .string(written.commit.hex), "run_id": .string(written.manifest.runID), "model": .string(model),
                "cases": .int(counts.cases), "recorded": .int(counts.recorded), "carried": .int(counts.carried),
                "errored": .int(counts.errored), "unanswered": .array(written.unanswered.map(JSONValue.string)),
                "packed_objects": .int(written.packedObjects), "default": written.defaultCommit.map { .string($0.hex) } ?? .null,
                "diff": alert.map(Record.diffSummary) ?? .null,
            ])
            return (alert, alertError)
        }
        out.print("recorded run \(out.bold(written.manifest.runID)) of \(out.bold(model)) as commit \(written.commit.short())")
        var parts = ["\(counts.recorded) answered"]
        if counts.errored > 0 { parts.append(out.red("\(counts.errored) errored")) }
        if counts.carried > 0 { parts.append("\(counts.carried) carried over from the previous run") }
        out.print("  \(counts.cases) cases: " + parts.joined(separator: ", "))
        if !written.unanswered.isEmpty {
            out.print(out.yellow("  \(written.unanswered.count) case(s) have no answer in this or any earlier run: ")
                      + written.unanswered.prefix(10).joined(separator: ", ") + (written.unanswered.count > 10 ? ", …" : ""))
        }
        if written.defaultCommit != nil { out.print("  the default is now this run") }
        return (alert, alertError)
    }

    func recordThroughModel(_ workspace: Workspace, _ environment: ProcessEnvironment) async throws -> Alert {
        let configured = try workspace.loadConfig().defaultModel
        guard let model = model ?? configured else {
            throw ReplayError("--model is required (the config names no default_model)", kind: .usage)
        }
        var settings = RecordModel.Options()
        settings.caseIDs = cases
        settings.tags = tag
        settings.changedOnly = changed
        settings.concurrency = concurrency
        settings.requestsPerMinute = rpm
        settings.tokensPerMinute = tpm
        settings.timeout = timeout
        settings.maxRetries = retries
        settings.useCache = !noCache
        settings.saveCassette = saveCassette
        settings.setDefault = makeDefault
        settings.repeatCount = repeatCount
        let http = NIOHTTPClient(maxConnections: max(concurrency ?? 64, 8))
        let outcome: Result<RecordModel.Result, any Error>
        do {
            outcome = .success(try await RecordModel.run(workspace: workspace, model: model, options: settings, environment: environment,
                                                         http: http, progress: RecordProgressLine(quiet: json)))
        } catch {
            outcome = .failure(error)
        }
        let result: RecordModel.Result
        do { result = try outcome.get() } catch {
            await http.shutdown()
            throw error
        }
        let (alert, alertError) = await Record.alert(result.written, workspace, environment, http: http)
        await http.shutdown()
        let out = Terminal.standardOutput
        let written = result.written, counts = written.manifest.counts, status = result.status
        if json {
            out.json([
                "commit": .string(written.commit.hex), "run_id": .string(written.manifest.runID), "model": .string(model),
                "cases": .int(counts.cases), "selected": .int(result.selected), "recorded": .int(counts.recorded),
                "carried": .int(counts.carried), "errored": .int(counts.errored), "from_cache": .int(status.cached),
                "retries": .int(status.retries), "input_tokens": .int(status.inputTokens), "output_tokens": .int(status.outputTokens),
                "cost_usd": status.cost.map(JSONValue.double) ?? .null, "elapsed_s": .double((status.elapsed * 100).rounded() / 100),
                "unanswered": .array(written.unanswered.map(JSONValue.string)),
                "failures": .array(result.failures.map { ["case": .string($0.caseID), "error": .string($0.error)] }),
                "default": written.defaultCommit.map { .string($0.hex) } ?? .null,
                "diff": alert.map(Record.diffSummary) ?? .null,
            ])
            return (alert, alertError)
        }
        out.print("recorded run \(out.bold(written.manifest.runID)) of \(out.bold(model)) as commit \(written.commit.short())")
        var parts = ["\(counts.recorded) answered"]
        defer {
            for failure in result.failures.prefix(10) { out.print(out.red("  error ") + "\(failure.caseID): \(failure.error)") }
            if result.failures.count > 10 { out.print("  … and \(result.failures.count - 10) more errored cases (`replay show \(model)` lists them)") }
        }
        if status.cached > 0 { parts.append("\(status.cached) from the cache") }
        if counts.carried > 0 { parts.append("\(counts.carried) carried over from the previous run") }
        if counts.errored > 0 { parts.append(out.red("\(counts.errored) errored")) }
        out.print("  \(counts.cases) cases: " + parts.joined(separator: ", "))
        var usage = "  \(status.inputTokens) input + \(status.outputTokens) output tokens"
        if let cost = status.cost { usage += String(format: ", about $%.4f", cost) }
        usage += String(format: ", %.1f s", status.elapsed)
        if status.retries > 0 { usage += ", \(status.retries) retries" }
        out.print(usage)
        if written.defaultCommit != nil { out.print("  the default is now this run") }
        if let saveCassette { out.print("  cassette written to \(saveCassette)") }
        return (alert, alertError)
    }

    /// The new default's regression alert: the diff against the previous default, printed after the
    /// run's summary (on standard error with --json, whose output stays one JSON document). A FAIL
    /// exits 1; the run is stored and the default moved either way.
    func report(_ alert: DiffResult, workspace: Workspace, environment: ProcessEnvironment) throws -> Bool {
        // The alert is kept in the store with the run it is about.
        try SaveDiff.run(alert, report: JSONReport.render(alert), workspace: workspace, environment: environment)
        let out = json ? Terminal.standardError : Terminal.standardOutput
        out.print("")
        out.print(TerminalReport.render(alert, options: .init(color: out.color, detailed: 10)).dropLast().description)
        if alert.verdict == .fail {
            out.print("the new default regressed against the previous one (`replay diff '\(alert.baseline.commit.prefix(12))' default` for the full report)")
            return true
        }
        return false
    }

    static func diffSummary(_ r: DiffResult) -> JSONValue {
        ["verdict": .string(r.verdict.rawValue), "baseline": .string(r.baseline.commit), "cases": .int(r.total), "differ": .int(r.cases.count),
         "fail": .int(r.count(Verdict.fail).count), "inconclusive": .int(r.count(Verdict.inconclusive).count)]
    }
}
