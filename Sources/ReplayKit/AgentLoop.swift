import Foundation
import ReplayCore
import ReplayProviders

/// The model that plays tools with no recorded result (`agent.simulator`).
struct Simulator: Sendable {
    let name: String
    let provider: any ModelProvider
    let identity: String
    let model: ModelConfig
    let secrets: [String]
}

/// The agentic replay of one case: the candidate answers; each tool call it makes is answered by
/// the recorded result of an equivalent call, else by the simulator model, else by an error saying
/// the tool is unavailable in replay. Nothing is ever executed. A step limit and repeated-call
/// detection stop runaway loops; malformed arguments end the case with a clear error.
extension Engine {
    nonisolated func toolLoop(id: String, request: ModelRequest, first: ModelResponse, case value: Case, estimate: Double,
                              timeout: Double) async throws -> Outcome {
        let recorded = RecordedResults(case: value)
        let declared = Set(request.tools.map(\.name))
        var messages = request.messages
        var steps: [ToolStep] = []
        var exchanges: [(ModelRequest, ModelResponse)] = [(request, first)]
        var response = first
        var repeats: [String: Int] = [:]
        var usage = (input: 0, output: 0, latency: 0.0, known: false)
        func add(_ r: ModelResponse) {
            usage.input += r.inputTokens ?? 0
            usage.output += r.outputTokens ?? 0
            if r.inputTokens != nil || r.outputTokens != nil { usage.known = true }
        }
        add(first)

        func failed(_ message: String) -> Outcome {
            var result = CaseResult(caseID: id, output: nil, error: message, toolCalls: steps.flatMap { $0.calls.map(\.call) })
            result.trajectory = steps
            result.metrics = metrics(steps: exchanges.count)
            return Outcome(result: result, response: nil, exchanges: exchanges)
        }
        func metrics(steps: Int) -> [String: JSONValue] {
            var m: [String: JSONValue] = ["steps": .int(steps), "cached": false]
            if usage.known { m["usage"] = ["input_tokens": .int(usage.input), "output_tokens": .int(usage.output)] }
            if usage.latency > 0 { m["latency_ms"] = .int(Int(usage.latency * 1000)) }
            if let cost = model.cost(inputTokens: usage.input, outputTokens: usage.output), usage.known { m["cost_usd"] = .double(cost) }
            return m
        }

        while !response.toolCalls.isEmpty {
            if exchanges.count >= agent.maxSteps {
                return failed("no final answer after \(agent.maxSteps) model turns: the tool loop was stopped (agent.max_steps)")
            }
            var calls: [SimulatedCall] = []
            var sent: [ToolCall] = []
            var results: [Message] = []
            for (n, call) in response.toolCalls.enumerated() {
                let arguments = RecordedResults.normalized(call.arguments)
                guard case .object = arguments else {
                    steps.append(ToolStep(text: response.text, calls: calls))
                    let raw = call.arguments.stringValue ?? call.arguments.compact
                    return failed("the model called \(call.name) with malformed arguments (not a JSON object): \(raw.prefix(200))")
                }
                let signature = call.name + "\u{0}" + arguments.compact
                repeats[signature, default: 0] += 1
                if repeats[signature]! >= agent.maxRepeats {
                    steps.append(ToolStep(text: response.text, calls: calls))
                    return failed("the model called \(call.name)(\(arguments.compact.prefix(200))) \(repeats[signature]!) times with the same arguments: the tool loop was stopped (agent.max_repeats)")
                }
                let normalizedCall = ToolCall(name: call.name, arguments: arguments)
                let (result, source) = try await resolve(normalizedCall, declared: declared, recorded: recorded, conversation: messages,
                                                         request: request, timeout: timeout)
                calls.append(SimulatedCall(name: call.name, arguments: arguments, result: result, source: source))
                let callID = call.id ?? "call_\(exchanges.count)_\(n + 1)"
                sent.append(ToolCall(id: callID, name: call.name, arguments: arguments))
                results.append(Message(role: .tool, content: .string(result.stringValue ?? result.compact), toolCallID: callID))
            }
            steps.append(ToolStep(text: response.text, calls: calls))
            messages.append(Message(role: .assistant, content: .string(response.text), toolCalls: sent))
            messages += results
            var next = request
            next.messages = messages
            let compact = next.json.compact
            let key = ResponseCache.key(identity: identity, requestJSON: compact)
            switch try await step(next, key: key, estimate: Double(compact.utf8.count) / 4 + Double(next.parameters.maxTokens ?? 256), timeout: timeout) {
            case .failed(let message, _):
                return failed("step \(exchanges.count + 1) of the tool loop failed: \(message)")
            case .answered(let answer, let latency, _, _):
                usage.latency += latency ?? 0
                add(answer)
                exchanges.append((next, answer))
                response = answer
            }
        }
        var result = CaseResult(caseID: id, output: response.text, finishReason: response.finishReason,
                                toolCalls: steps.flatMap { $0.calls.map(\.call) }, responseModel: response.model, metrics: metrics(steps: exchanges.count))
        result.trajectory = steps
        return Outcome(result: result, response: response, exchanges: exchanges)
    }

    /// A result for one call: recorded, else simulated, else unavailable.
    nonisolated func resolve(_ call: ToolCall, declared: Set<String>, recorded: RecordedResults, conversation: [Message],
                             request: ModelRequest, timeout: Double) async throws -> (JSONValue, SimulatedCall.Source) {
        let settings = agent.tool(call.name)
        if let result = recorded.result(for: call, match: settings.match) { return (result, .recorded) }
        guard declared.contains(call.name) else {
            return (["error": .string("tool \(call.name) is not available: the case does not declare it")], .unavailable)
        }
        guard settings.simulate, let simulator else {
            let why = settings.simulate ? "no recorded result matches and no simulator model is configured (agent.simulator)"
                                        : "no recorded result matches and the tool is not simulated (agent.tools.\(call.name).simulate: false)"
            return (["error": .string("tool \(call.name) is unavailable in replay: \(why)")], .unavailable)
        }
        let simulation = Self.simulationRequest(call, tool: request.tools.first { $0.name == call.name }, examples: recorded.examples(of: call.name),
                                                conversation: conversation, system: request.system, model: simulator.model)
        let key = ResponseCache.key(identity: simulator.identity, requestJSON: simulation.json.compact)
        if options.useCache, let cached = cache.read(key) { return (Self.parseResult(cached.text), .simulated) }
        var attempt = 0
        while true {
            attempt += 1
            do {
                let answer = try await simulator.provider.complete(simulation, timeout: simulator.model.timeoutSeconds ?? timeout)
                try? cache.write(key, answer)
                return (Self.parseResult(answer.text), .simulated)
            } catch let error as ProviderError {
                if error.isRetryable && attempt <= options.maxRetries {
                    let backoff = min(30, options.backoffBase * pow(2, Double(attempt - 1))) * Double.random(in: 0.5...1.0)
                    try await Task.sleep(nanoseconds: UInt64(max(error.retryAfter ?? 0, backoff) * 1e9))
                    continue
                }
                return (["error": .string("tool \(call.name) is unavailable in replay: the simulator \(simulator.name) failed: \(redact(error.message))")],
                        .unavailable)
            }
        }
    }

    /// What the simulator is asked: the tool's schema, production's results of that tool as
    /// examples, the conversation so far and the call; it answers with the result alone.
    static func simulationRequest(_ call: ToolCall, tool: ToolDefinition?, examples: [RecordedResults.Entry], conversation: [Message],
                                  system: String?, model: ModelConfig) -> ModelRequest {
        var text = "Tool: \(call.name)\n"
        if let description = tool?.description { text += "Description: \(description)\n" }
        text += "Arguments schema (JSON Schema): \((tool?.parameters ?? .object([:])).compact)\n\n"
        if examples.isEmpty {
            text += "No recorded results of this tool exist.\n\n"
        } else {
            text += "Results this tool returned in production:\n"
            for e in examples { text += "- arguments \(e.arguments.compact) → \(e.result.stringValue ?? e.result.compact)\n" }
            text += "\n"
        }
        text += "The conversation so far:\n"
        if let system { text += "[system] \(system.prefix(2000))\n" }
        for m in conversation.suffix(12) {
            let body = m.content.stringValue ?? m.content.compact
            let calls = m.toolCalls.map { " → calls \($0.name)(\($0.arguments.compact))" }.joined()
            text += "[\(m.role.rawValue)] \(body.prefix(2000))\(calls)\n"
        }
        text += "\nThe call to answer: \(call.name)(\(call.arguments.compact))\n\n"
        text += "Reply with the tool's result only — what the real tool would plausibly return for exactly these arguments, "
            + "in the same format as the examples (JSON when they are JSON). No explanation, no code fences."
        return ModelRequest(model: model.model,
                            system: "You simulate a software tool for an offline replay of a conversation. You never refuse and never mention that you are simulating.",
                            messages: [Message(role: .user, content: .string(text))], tools: [],
                            parameters: SamplingParameters(temperature: 0, maxTokens: 800).over(model.parameters))
    }

    /// A simulated result: JSON when the text is JSON (fences stripped), else the text.
    static func parseResult(_ text: String) -> JSONValue {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.hasPrefix("```") {
            body = body.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
            if body.hasSuffix("```") { body = String(body.dropLast(3)) }
            body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let doc = try? JSONParser.parse(body), doc.json.objectValue != nil || doc.json.arrayValue != nil { return doc.json }
        return .string(body)
    }
}
