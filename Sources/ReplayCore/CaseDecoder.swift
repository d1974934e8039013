/// A case read from a file, with where it was written.
public struct LocatedCase: Sendable, Equatable {
    public var value: Case
    public let file: String
    public let line: Int

    public init(value: Case, file: String, line: Int) {
        self.value = value
        self.file = file
        self.line = line
    }
}

/// Reads the case format v1 from YAML, JSON and JSONL text, reporting every problem with its line.
public enum CaseDecoder {
    public static let fields = [
        "format", "id", "title", "tags", "system", "system_file", "context", "prompt", "tools",
        "recorded_calls", "parameters", "expect", "provenance",
    ]
    static let parameterFields = ["temperature", "top_p", "max_tokens", "seed", "stop"]

    /// The file extensions read as case files.
    public static let extensions = ["yaml", "yml", "json", "jsonl"]

    /// Every case in a file's text, and every problem found in it. `file` names the file in messages
    /// and decides the syntax by its extension (`.jsonl`: one case per line; `.json`: one case or a
    /// list of cases; `.yaml`/`.yml`: one case per document, or a list).
    /// The problems a case given as a value has (what `cases validate` would say of it).
    public static func problems(of value: JSONValue, file: String, line: Int) -> [Problem] {
        let validation = Validation(file: file)
        _ = decode(Doc(value, line: line), validation: validation)
        return validation.problems
    }

    public static func decodeFile(_ text: String, file: String) -> (cases: [LocatedCase], problems: [Problem]) {
        let validation = Validation(file: file)
        var docs: [Doc] = []
        let lowered = file.lowercased()
        if lowered.hasSuffix(".jsonl") {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingWhitespaceSubstring
                if trimmed.isEmpty { continue }
                do {
                    docs.append(try JSONParser.parse(String(line), firstLine: n + 1))
                } catch {
                    validation.report(error.line, nil, "not valid JSON: \(error.message) (column \(error.column))",
                                      fix: "each line of a .jsonl file must be one complete JSON object")
                }
            }
        } else if lowered.hasSuffix(".json") {
            do {
                let doc = try JSONParser.parse(text)
                if case .array(let items) = doc.kind { docs = items } else { docs = [doc] }
            } catch {
                validation.report(error.line, nil, "not valid JSON: \(error.message) (column \(error.column))")
            }
        } else {
            do {
                for doc in try YAMLReader.documents(text) {
                    if case .array(let items) = doc.kind { docs.append(contentsOf: items) } else if doc.kind != .null { docs.append(doc) }
                }
            } catch {
                validation.report(error.line, nil, "not valid YAML: \(error.message) (column \(error.column))")
            }
        }
        let cases = docs.compactMap { decode($0, validation: validation) }
        return (cases, validation.problems)
    }

    /// One case from its document; nil (with problems reported) if it cannot be read.
    public static func decode(_ doc: Doc, validation v: Validation) -> LocatedCase? {
        let before = v.problems.count
        guard let f = v.mapping(doc, "", known: fields, what: "a case") else { return nil }
        if let format = v.string(f["format"], "format"), format != "replay-case/1" {
            v.report(f["format"]!.line, "format", "unknown case format '\(format)'", fix: "use 'replay-case/1' or leave it out")
        }
        let explicitID = v.string(f["id"], "id")
        if let explicitID, let problem = CaseID.problem(explicitID) {
            v.report(f["id"]!.line, "id", "'\(explicitID)' \(problem)", fix: "choose an id like 'refund-policy-email'")
        }
        let title = v.string(f["title"], "title")
        let tags = v.strings(f["tags"], "tags")

        var system: SystemPrompt?
        let inline = v.string(f["system"], "system", nonEmpty: false)
        let path = v.string(f["system_file"], "system_file")
        if inline != nil, path != nil {
            v.report(f["system_file"]!.line, "system_file", "a case has either 'system' or 'system_file', not both",
                     fix: "keep the prompt in the file and remove 'system'")
        } else if let inline {
            system = .inline(inline)
        } else if let path {
            if path.hasPrefix("/") || path.split(separator: "/").contains("..") {
                v.report(f["system_file"]!.line, "system_file", "'\(path)' must be a path inside the project",
                         fix: "write it relative to the folder that holds .replay/, e.g. prompts/support.md")
            }
            system = .file(path: path, text: nil)
        }

        let turns = v.list(f["context"], "context", what: "turns")
        let parsedTurns = turns.enumerated().map { n, item in message(item, "context[\(n)]", v) }
        checkToolResults(parsedTurns, turns, v)
        let context = parsedTurns.compactMap { $0 }

        var prompt: JSONValue = .null
        if let p = f["prompt"] {
            prompt = content(p, "prompt", v) ?? .null
        } else {
            v.report(doc.line, "prompt", "is required: the final user turn to replay", fix: "add 'prompt: <the user's message>'")
        }

        var tools: [ToolDefinition] = []
        var toolNames: Set<String> = []
        for (n, item) in v.list(f["tools"], "tools", what: "tool definitions").enumerated() {
            guard let tool = toolDefinition(item, "tools[\(n)]", v) else { continue }
            if !toolNames.insert(tool.name).inserted {
                v.report(item.line, "tools[\(n)].name", "tool '\(tool.name)' is defined twice")
            }
            tools.append(tool)
        }

        let recorded = v.list(f["recorded_calls"], "recorded_calls", what: "recorded tool calls").enumerated().compactMap { n, item in
            recordedCall(item, "recorded_calls[\(n)]", v)
        }
        let parameters = f["parameters"].map { sampling($0, "parameters", v) } ?? SamplingParameters()
        let expect = f["expect"].map { expectations($0, "expect", v) } ?? Expectations()
        var provenance: [String: JSONValue] = [:]
        if let p = f["provenance"] {
            if case .object = p.kind { provenance = p.json.objectValue ?? [:] } else {
                v.report(p.line, "provenance", "must be a mapping (source, model, date, ...), not \(p.typeName)")
            }
        }
        guard v.problems.count == before else { return nil }

        var value = Case(id: explicitID ?? "", title: title, tags: tags, system: system, context: context,
                         prompt: prompt, tools: tools, recordedCalls: recorded, parameters: parameters,
                         expect: expect, provenance: provenance)
        if explicitID == nil { value.id = Case.derivedID(for: value.json) }
        return LocatedCase(value: value, file: v.file, line: doc.line)
    }

    static func content(_ doc: Doc, _ path: String, _ v: Validation) -> JSONValue? {
        switch doc.kind {
        case .string: return doc.json
        case .array(let parts):
            for (n, part) in parts.enumerated() {
                guard case .object(let members) = part.kind, members.contains(where: { $0.key == "type" }) else {
                    v.report(part.line, "\(path)[\(n)]", "a content part must be a mapping with a 'type'",
                             fix: "write {type: text, text: ...}")
                    return nil
                }
            }
            return doc.json
        default:
            if let text = doc.plainText { return .string(text) }
            v.report(doc.line, path, "must be text or a list of content parts, not \(doc.typeName)")
            return nil
        }
    }

    static func message(_ doc: Doc, _ path: String, _ v: Validation) -> Message? {
        guard let f = v.mapping(doc, path, known: ["role", "content", "name", "tool_calls", "tool_call_id"], what: "a turn") else { return nil }
        let roleText = v.string(f["role"], "\(path).role", required: true)
        guard let roleText else { return nil }
        guard let role = Role(rawValue: roleText) else {
            v.report(f["role"]!.line, "\(path).role", "unknown role '\(roleText)'",
                     fix: "use one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        let calls = v.list(f["tool_calls"], "\(path).tool_calls", what: "tool calls").enumerated().compactMap { n, item in
            toolCall(item, "\(path).tool_calls[\(n)]", v)
        }
        if !calls.isEmpty, role != .assistant {
            v.report(f["tool_calls"]!.line, "\(path).tool_calls", "only assistant turns make tool calls")
        }
        var content: JSONValue = .string("")
        if let c = f["content"], c.kind != .null {
            content = Self.content(c, "\(path).content", v) ?? .null
        } else if calls.isEmpty {
            v.report(doc.line, "\(path).content", "is required", fix: "add the turn's text as 'content'")
        }
        let toolCallID = v.string(f["tool_call_id"], "\(path).tool_call_id")
        if role == .tool, toolCallID == nil {
            v.report(doc.line, "\(path).tool_call_id", "a tool turn must name the call it answers",
                     fix: "add 'tool_call_id' with the id of the assistant's tool call")
        }
        return Message(role: role, content: content, name: v.string(f["name"], "\(path).name"),
                       toolCalls: calls, toolCallID: toolCallID)
    }

    /// Every tool result must answer a call made earlier in the context.
    static func checkToolResults(_ context: [Message?], _ items: [Doc], _ v: Validation) {
        var calls: Set<String> = []
        for (n, message) in context.enumerated() {
            guard let message else { continue }
            calls.formUnion(message.toolCalls.compactMap(\.id))
            if message.role == .tool, let id = message.toolCallID, !calls.contains(id) {
                v.report(items[n].line, "context[\(n)].tool_call_id", "answers call '\(id)', which no earlier assistant turn made",
                         fix: "give the assistant's tool call the id '\(id)', or fix this id")
            }
        }
    }

    static func toolCall(_ doc: Doc, _ path: String, _ v: Validation) -> ToolCall? {
        guard let f = v.mapping(doc, path, known: ["id", "name", "arguments"], what: "a tool call") else { return nil }
        guard let name = v.string(f["name"], "\(path).name", required: true) else { return nil }
        return ToolCall(id: v.string(f["id"], "\(path).id"), name: name, arguments: arguments(f["arguments"], "\(path).arguments", v))
    }

    /// Arguments are a mapping, or a string holding a JSON object (as the OpenAI wire format sends them).
    static func arguments(_ doc: Doc?, _ path: String, _ v: Validation) -> JSONValue {
        guard let doc, doc.kind != .null else { return .object([:]) }
        switch doc.kind {
        case .object: return doc.json
        case .string(let text):
            if let parsed = try? JSONParser.parse(text), case .object = parsed.kind { return parsed.json }
            v.report(doc.line, path, "is text that is not a JSON object", fix: "write the arguments as a mapping")
            return .null
        default:
            v.report(doc.line, path, "must be a mapping of argument names to values, not \(doc.typeName)")
            return .null
        }
    }

    static func toolDefinition(_ doc: Doc, _ path: String, _ v: Validation) -> ToolDefinition? {
        guard let f = v.mapping(doc, path, known: ["name", "description", "parameters"], what: "a tool definition") else { return nil }
        guard let name = v.string(f["name"], "\(path).name", required: true) else { return nil }
        let validName = !name.isEmpty && name.utf8.count <= 64 && name.utf8.allSatisfy { b in
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x2D || b == 0x5F
        }
        if !validName {
            v.report(f["name"]!.line, "\(path).name", "'\(name)' is not a valid tool name",
                     fix: "use up to 64 letters, digits, '_' or '-' (what providers accept)")
        }
        var parameters: JSONValue = ["type": "object", "properties": .object([:])]
        if let p = f["parameters"] {
            if case .object = p.kind { parameters = p.json } else {
                v.report(p.line, "\(path).parameters", "must be a JSON Schema mapping, not \(p.typeName)")
            }
        }
        return ToolDefinition(name: name, description: v.string(f["description"], "\(path).description"), parameters: parameters)
    }

    static func recordedCall(_ doc: Doc, _ path: String, _ v: Validation) -> RecordedCall? {
        guard let f = v.mapping(doc, path, known: ["name", "arguments", "result"], what: "a recorded tool call") else { return nil }
        guard let name = v.string(f["name"], "\(path).name", required: true) else { return nil }
        guard let result = f["result"] else {
            v.report(doc.line, "\(path).result", "is required: the result production got")
            return nil
        }
        return RecordedCall(name: name, arguments: arguments(f["arguments"], "\(path).arguments", v), result: result.json)
    }

    /// Sampling parameters (also used for the config's `defaults`).
    public static func sampling(_ doc: Doc, _ path: String, _ v: Validation) -> SamplingParameters {
        guard let f = v.mapping(doc, path, known: parameterFields, what: "sampling parameters") else { return .init() }
        let stop = v.strings(f["stop"], "\(path).stop", allowSingle: true)
        if stop.count > 4 { v.report(f["stop"]!.line, "\(path).stop", "has \(stop.count) sequences; providers accept at most 4") }
        return SamplingParameters(
            temperature: v.number(f["temperature"], "\(path).temperature", in: 0...2),
            topP: v.number(f["top_p"], "\(path).top_p", in: 0...1),
            maxTokens: v.integer(f["max_tokens"], "\(path).max_tokens", in: 1...10_000_000),
            seed: v.integer(f["seed"], "\(path).seed"),
            stop: stop
        )
    }

    static func expectations(_ doc: Doc, _ path: String, _ v: Validation) -> Expectations {
        guard let f = v.mapping(doc, path, known: ["must_include", "must_not_include", "schema"], what: "expectations") else { return .init() }
        var schema: JSONValue?
        if let s = f["schema"], s.kind != .null {
            if case .object = s.kind { schema = s.json } else {
                v.report(s.line, "\(path).schema", "must be a JSON Schema mapping, not \(s.typeName)")
            }
        }
        return Expectations(mustInclude: v.strings(f["must_include"], "\(path).must_include", allowSingle: true),
                            mustNotInclude: v.strings(f["must_not_include"], "\(path).must_not_include", allowSingle: true),
                            schema: schema)
    }
}

extension Substring {
    var trimmingWhitespaceSubstring: Substring { String(self).trimmingWhitespace }
}
