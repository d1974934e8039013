/// What one case produced in a run: the answer (or the error) and the structured response.
/// `files` is a pure function of these fields; volatile figures (token usage, latency) are kept
/// apart in `metrics` and stored at run level, so an unchanged answer is an unchanged blob.
public struct CaseResult: Sendable, Equatable {
    public var caseID: String
    /// The answer's text; nil when the case errored.
    public var output: String?
    public var error: String?
    public var finishReason: String?
    public var toolCalls: [ToolCall]
    /// The model the provider says answered (e.g. a dated snapshot of an alias).
    public var responseModel: String?
    /// Token usage, latency, cost and other per-request figures.
    public var metrics: [String: JSONValue]
    /// The 2nd…Kth answers of a case sampled K times (`record --repeat K`).
    public var moreSamples: [CaseResult] = []
    /// An agentic replay's tool-calling turns, in order (empty when the model answered at once).
    public var trajectory: [ToolStep] = []

    public init(caseID: String, output: String?, error: String? = nil, finishReason: String? = nil,
                toolCalls: [ToolCall] = [], responseModel: String? = nil, metrics: [String: JSONValue] = [:]) {
        self.caseID = caseID
        self.output = output
        self.error = error
        self.finishReason = finishReason
        self.toolCalls = toolCalls
        self.responseModel = responseModel
        self.metrics = metrics
    }

    public var isError: Bool { error != nil }

    /// The normalized structured response (`response.json`).
    public var response: JSONValue {
        var o: [String: JSONValue] = ["status": isError ? "error" : "ok"]
        if let error { o["error"] = .string(error) }
        if let finishReason { o["finish_reason"] = .string(finishReason) }
        if !toolCalls.isEmpty { o["tool_calls"] = .array(toolCalls.map(\.json)) }
        if let responseModel { o["model"] = .string(responseModel) }
        if !trajectory.isEmpty { o["trajectory"] = .array(trajectory.map(\.json)) }
        return .object(o)
    }

    /// The files of the case's folder besides `input.json`: `output.md` (the answer as readable
    /// text, absent for an errored case) and `response.json`.
    public var files: [String: [UInt8]] {
        var files: [String: [UInt8]] = ["response.json": Array(response.canonical.utf8)]
        if let output { files[CaseResult.outputFile] = Array(output.utf8) }
        for (n, sample) in moreSamples.enumerated() {
            files[CaseResult.sampleFile(CaseResult.responseFile, n + 2)] = Array(sample.response.canonical.utf8)
            if let text = sample.output { files[CaseResult.sampleFile(CaseResult.outputFile, n + 2)] = Array(text.utf8) }
        }
        return files
    }

    /// The file of the k-th sample (`record --repeat K`): `output.md` for the first, `output.2.md`…
    public static func sampleFile(_ file: String, _ k: Int) -> String {
        guard k > 1, let dot = file.lastIndex(of: ".") else { return file }
        return "\(file[..<dot]).\(k)\(file[dot...])"
    }

    public static let inputFile = "input.json"
    public static let outputFile = "output.md"
    public static let responseFile = "response.json"
}

/// Reads an outputs file for `record --outputs`: one JSON object per line,
/// `{"case": ID, "output": TEXT}` or `{"case": ID, "error": TEXT}`, with optional
/// `finish_reason`, `tool_calls`, `model`, and volatile `usage`, `latency_ms`, `metrics`.
public enum OutputsDecoder {
    public static let fields = ["case", "output", "error", "finish_reason", "tool_calls", "model", "usage", "latency_ms", "metrics"]

    public static func decode(_ text: String, file: String, caseIDs: Set<String>) -> (results: [CaseResult], problems: [Problem]) {
        let v = Validation(file: file)
        var results: [CaseResult] = []
        var firstLine: [String: Int] = [:]
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = n + 1
            if line.trimmingWhitespaceSubstring.isEmpty { continue }
            let doc: Doc
            do { doc = try JSONParser.parse(String(line), firstLine: number) } catch {
                v.report(number, nil, "not valid JSON: \(error.message) (column \(error.column))",
                         fix: "each line must be one JSON object like {\"case\": \"<id>\", \"output\": \"<text>\"}")
                continue
            }
            let before = v.problems.count
            guard let f = v.mapping(doc, "", known: fields, what: "an output line") else { continue }
            guard let id = v.string(f["case"], "case", required: true) else {
                if f["case"] == nil { v.report(number, "case", "is missing", fix: "add the id of the case this output answers") }
                continue
            }
            if !caseIDs.contains(id) {
                let hint = closest(to: id, in: Array(caseIDs)).map { "did you mean '\($0)'?" } ?? "see `replay cases list` for the ids"
                v.report(number, "case", "no case has the id '\(id)'", fix: hint)
            }
            if let first = firstLine[id] {
                v.report(number, "case", "a second output for '\(id)' (the first is on line \(first))", fix: "keep one line per case")
            }
            firstLine[id] = firstLine[id] ?? number
            let output = f["output"].flatMap { $0.kind == .null ? nil : v.string($0, "output", nonEmpty: false) }
            let error = v.string(f["error"], "error")
            if output == nil, error == nil {
                v.report(number, "output", "the line has neither 'output' nor 'error'", fix: "add the model's answer as 'output'")
            } else if output != nil, error != nil {
                v.report(number, "error", "the line has both 'output' and 'error'", fix: "keep 'output' for an answer, 'error' for a failed case")
            }
            let calls = v.list(f["tool_calls"], "tool_calls", what: "tool calls").enumerated().compactMap { k, item in
                CaseDecoder.toolCall(item, "tool_calls[\(k)]", v)
            }
            var metrics: [String: JSONValue] = [:]
            if let usage = f["usage"], usage.kind != .null { metrics["usage"] = usage.json }
            if let latency = v.number(f["latency_ms"], "latency_ms", in: 0...1e9) { metrics["latency_ms"] = .double(latency) }
            if let m = f["metrics"], m.kind != .null {
                if case .object(let members) = m.kind { for member in members { metrics[member.key] = member.value.json } } else {
                    v.report(m.line, "metrics", "must be a mapping, not \(m.typeName)")
                }
            }
            guard v.problems.count == before else { continue }
            results.append(CaseResult(caseID: id, output: output, error: error, finishReason: v.string(f["finish_reason"], "finish_reason"),
                                      toolCalls: calls, responseModel: v.string(f["model"], "model"), metrics: metrics))
        }
        if results.isEmpty, v.problems.isEmpty {
            v.report(nil, nil, "holds no outputs", fix: "write one JSON line per case: {\"case\": \"<id>\", \"output\": \"<text>\"}")
        }
        return (results, v.problems)
    }
}
