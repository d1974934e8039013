import ReplayCore

/// Reads OpenAI Codex CLI rollout files (`~/.codex/sessions/YYYY/MM/DD/rollout-*.jsonl`): one file
/// is one conversation, emitted when the file ends, with the session id as its id.
///
/// Lines are `{timestamp, type, payload}` (`session_meta`, `turn_context`, `response_item`,
/// `event_msg`, `compacted`, ...); legacy files have no wrapper: a first line `{id, timestamp,
/// instructions}` and the response items themselves.
///
/// - Human prompts are `event_msg` `user_message` payloads (their `message`, images as
///   placeholders). The same text is also logged as a user-role `response_item`: that copy is
///   dropped. Other user-role items are context Codex injected (`<environment_context>`,
///   `<user_instructions>`, AGENTS.md, `<turn_aborted>`, ...) → `.injected`. Legacy files have no
///   events: there a user-role item is `.human` unless it is such injected context.
/// - Developer-role items → `.system` turns; the session's base instructions → `system`.
/// - Assistant messages (`output_text`) and the calls that follow them (`function_call`,
///   `custom_tool_call`, `local_shell_call`) merge into one assistant turn; arguments given as a
///   JSON string are parsed (kept as the string when they are not JSON). `function_call_output` /
///   `custom_tool_call_output` → `.toolResult` with `toolCallID` = `call_id`.
/// - `compacted` lines with a summary `message` → `.summary`; their replacement history repeats
///   earlier turns and is not kept.
/// - Dropped: reasoning, web search and tool-search items, ghost snapshots, and every event that
///   only mirrors an item (`agent_message`, exec/patch/MCP ends, token counts). `agent_message`
///   events stand in for assistant items only in a file that has none.
/// - A session whose `session_meta.source` is a subagent is tagged `subagent`; its prompts come
///   from the parent agent and are `.injected`.
///
/// `model` comes from `turn_context` (the one in force for each assistant turn); `tools` are the
/// tools called, with the schema of a matching `dynamic_tools` definition when the session lists
/// one. `tags` carry `project:<cwd's last component>`.
public struct CodexReader: RecordReader {
    public static let format: LogFormatID = .codex

    static let wrapperTypes: Set<String> = ["session_meta", "response_item", "event_msg", "turn_context", "compacted"]

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object(let o) = first else { return 0 }
        if let type = o["type"]?.stringValue, o["payload"]?.objectValue != nil {
            if wrapperTypes.contains(type) { return 3 }
            if o["timestamp"] != nil { return 2 }
            return 0
        }
        // Legacy: the session line.
        if o["id"]?.stringValue != nil, o["timestamp"]?.stringValue != nil,
           o.keys.contains("instructions") || o["git"] != nil || o["originator"] != nil {
            return 2
        }
        return 0
    }

    public init() {}

    private var file: String?
    private var rollout = Rollout()

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        var finished: [ImportedConversation] = []
        if let file, file != record.file {
            finished = rollout.conversations(file: file)
            rollout = Rollout()
        }
        file = record.file
        try rollout.read(record)
        return finished
    }

    public mutating func endOfFile(_ file: String) throws(RecordProblem) -> [ImportedConversation] {
        defer {
            rollout = Rollout()
            self.file = nil
        }
        return rollout.conversations(file: self.file ?? file)
    }

    public mutating func finish() throws(RecordProblem) -> [ImportedConversation] {
        guard let file else { return [] }
        return try endOfFile(file)
    }
}

extension CodexReader {
    enum Item {
        /// A `user_message` event: what the person typed.
        case prompt(parts: [JSONValue], text: String, injected: Bool)
        /// A user-role response item.
        case userItem(parts: [JSONValue], text: String)
        case developer([JSONValue])
        case assistantText(String)
        case call(ToolCall)
        case output(callID: String?, content: JSONValue)
        case agentMessage(String)
        case summary(String)
    }

    struct Entry {
        var item: Item
        var timestamp: String?
        var model: String?
    }

    struct Rollout {
        var entries: [Entry] = []
        var firstLocation: RecordLocation?
        var sessionID: String?
        var created: String?
        var firstTimestamp: String?
        var system: String?
        var cwd: String?
        var model: String?
        var firstModel: String?
        var subagent = false
        var sawMeta = false
        var toolSchemas: [String: ToolDefinition] = [:]

        mutating func read(_ record: LogRecord) throws(RecordProblem) {
            guard case .object(let o) = record.value else {
                throw record.problem("a Codex rollout line must be a JSON object ({timestamp, type, payload})")
            }
            if firstLocation == nil { firstLocation = record.location }
            let timestamp = o["timestamp"]?.stringValue.flatMap { AgentLog.isTimestamp($0) ? $0 : nil }
            if firstTimestamp == nil, let timestamp { firstTimestamp = timestamp }

            if let type = o["type"]?.stringValue, let payloadValue = o["payload"] {
                guard case .object(let payload) = payloadValue else {
                    throw record.problem("'payload' must be an object", field: "payload")
                }
                switch type {
                case "session_meta": meta(payload)
                case "turn_context": turnContext(payload)
                case "response_item": try item(payload, record, field: "payload", timestamp: timestamp)
                case "event_msg": try event(payload, record, timestamp: timestamp)
                case "compacted":
                    if let message = payload["message"]?.stringValue, !AgentLog.trimmed(message).isEmpty {
                        append(.summary(message), timestamp)
                    }
                default: break // world_state and the like
                }
                return
            }
            // Legacy: no wrapper.
            if !sawMeta, entries.isEmpty, o["id"]?.stringValue != nil, o["timestamp"] != nil, o["type"] == nil, o["role"] == nil {
                meta(o)
                return
            }
            if o["record_type"] != nil { return }
            if o["type"] == nil, let role = o["role"]?.stringValue {
                // A bare chat message: {role, content | message}.
                var m = o
                m["type"] = "message"
                if m["content"] == nil { m["content"] = o["message"] }
                if role == "assistant" || role == "user", let model = o["model"]?.stringValue { setModel(model) }
                try item(m, record, field: nil, timestamp: timestamp ?? o["created_at"]?.stringValue)
                return
            }
            guard o["type"]?.stringValue != nil else {
                throw record.problem("a Codex rollout line needs a string 'type' (or 'payload' with one)", field: "type")
            }
            try item(o, record, field: nil, timestamp: timestamp ?? o["created_at"]?.stringValue)
        }

        mutating func append(_ item: Item, _ timestamp: String?) {
            entries.append(Entry(item: item, timestamp: timestamp, model: model))
        }

        mutating func setModel(_ m: String) {
            guard !m.isEmpty else { return }
            model = m
            if firstModel == nil { firstModel = m }
        }

        mutating func meta(_ p: [String: JSONValue]) {
            // A resumed or forked rollout repeats earlier sessions' meta lines: the first one names this one.
            if sawMeta { return }
            sawMeta = true
            sessionID = p["id"]?.stringValue ?? p["session_id"]?.stringValue
            created = p["timestamp"]?.stringValue.flatMap { AgentLog.isTimestamp($0) ? $0 : nil }
            if let c = p["cwd"]?.stringValue { cwd = c }
            if let instructions = Self.instructions(p["base_instructions"]) ?? Self.instructions(p["instructions"]) {
                system = instructions
            }
            if case .object(let source)? = p["source"], source["subagent"] != nil { subagent = true }
            if let m = p["model"]?.stringValue { setModel(m) }
            collectTools(p["dynamic_tools"])
        }

        static func instructions(_ v: JSONValue?) -> String? {
            if let s = v?.stringValue, !s.isEmpty { return s }
            if let s = v?["text"]?.stringValue, !s.isEmpty { return s }
            return nil
        }

        mutating func turnContext(_ p: [String: JSONValue]) {
            if let m = p["model"]?.stringValue ?? p["collaboration_mode"]?["settings"]?["model"]?.stringValue { setModel(m) }
            if cwd == nil, let c = p["cwd"]?.stringValue { cwd = c }
            if system == nil, let s = Self.instructions(p["base_instructions"]) { system = s }
        }

        /// Tool definitions listed by the session (dynamic tools), in any of the shapes seen.
        mutating func collectTools(_ v: JSONValue?, depth: Int = 0) {
            guard let v, depth < 4 else { return }
            switch v {
            case .array(let items): for item in items { collectTools(item, depth: depth + 1) }
            case .object(let o):
                if let tools = o["tools"] { collectTools(tools, depth: depth + 1) }
                if let name = o["name"]?.stringValue, let schema = o["inputSchema"] ?? o["input_schema"] ?? o["parameters"] {
                    toolSchemas[name] = ToolDefinition(name: name, description: o["description"]?.stringValue,
                                                       parameters: schema.objectValue.map { _ in schema } ?? ["type": "object"])
                }
            default: break
            }
        }

        mutating func item(_ p: [String: JSONValue], _ record: LogRecord, field: String?, timestamp: String?) throws(RecordProblem) {
            func at(_ name: String) -> String { field.map { $0 + "." + name } ?? name }
            let type = p["type"]?.stringValue ?? ""
            switch type {
            case "message":
                let role = p["role"]?.stringValue ?? ""
                let parts: [JSONValue]
                switch p["content"] {
                case .string(let s)?: parts = s.isEmpty ? [] : [AgentLog.textPart(s)]
                case .array(let items)?:
                    var out: [JSONValue] = []
                    for (i, part) in items.enumerated() {
                        guard case .object(let c) = part else {
                            throw record.problem("a message content item must be an object ({type: input_text, text})",
                                                 field: at("content[\(i)]"))
                        }
                        let kind = c["type"]?.stringValue ?? ""
                        if let text = c["text"]?.stringValue, kind != "encrypted_content" {
                            out.append(AgentLog.textPart(text))
                        } else if kind == "input_image" || kind == "image_url" || kind == "image" {
                            if let url = c["image_url"]?.stringValue ?? c["image_url"]?["url"]?.stringValue {
                                out.append(AgentLog.imageURLPart(url))
                            } // an image item without a URL carries nothing to keep
                        }
                    }
                    parts = out
                default:
                    throw record.problem("a message needs 'content': a list of {type, text} items or a string", field: at("content"))
                }
                let text = parts.compactMap { $0["text"]?.stringValue }.joined(separator: "\n\n")
                switch role {
                case "user": if !parts.isEmpty { append(.userItem(parts: parts, text: text), timestamp) }
                case "assistant": if !text.isEmpty { append(.assistantText(text), timestamp) }
                case "developer", "system": if !parts.isEmpty { append(.developer(parts), timestamp) }
                default: break
                }
            case "function_call", "custom_tool_call", "local_shell_call":
                let name: String
                var arguments: JSONValue
                if type == "local_shell_call" {
                    name = "local_shell"
                    arguments = p["action"] ?? .object([:])
                } else {
                    guard let n = p["name"]?.stringValue ?? p["function"]?["name"]?.stringValue else {
                        throw record.problem("a \(type) needs a string 'name'", field: at("name"))
                    }
                    name = n
                    arguments = p["arguments"] ?? p["input"] ?? p["function"]?["arguments"] ?? .object([:])
                }
                if case .string(let s) = arguments {
                    if let parsed = AgentLog.parseJSON(s), parsed.objectValue != nil || parsed.arrayValue != nil { arguments = parsed }
                } else if arguments == .null {
                    arguments = .object([:])
                }
                let id = p["call_id"]?.stringValue ?? p["id"]?.stringValue
                append(.call(ToolCall(id: id, name: name, arguments: AgentLog.scrub(arguments))), timestamp)
            case "function_call_output", "custom_tool_call_output", "local_shell_call_output", "function_result":
                let output = p["output"] ?? p["result"] ?? .string("")
                append(.output(callID: p["call_id"]?.stringValue, content: AgentLog.resultContent(output)), timestamp)
            default:
                break // reasoning, web_search_call, tool_search_*, ghost_snapshot, compaction, unknown items
            }
        }

        mutating func event(_ p: [String: JSONValue], _ record: LogRecord, timestamp: String?) throws(RecordProblem) {
            switch p["type"]?.stringValue {
            case "user_message":
                guard let message = p["message"]?.stringValue else {
                    throw record.problem("a user_message event needs a string 'message'", field: "payload.message")
                }
                var parts: [JSONValue] = message.isEmpty ? [] : [AgentLog.textPart(message)]
                for image in p["images"]?.arrayValue ?? [] {
                    if let url = image.stringValue { parts.append(AgentLog.imageURLPart(url)) }
                }
                for image in p["local_images"]?.arrayValue ?? [] where image.stringValue != nil {
                    parts.append(["type": "image", "omitted": "local file"])
                }
                let kind = p["kind"]?.stringValue
                let injected = (kind != nil && kind != "plain") || CodexReader.isInjectedText(message)
                if !parts.isEmpty { append(.prompt(parts: parts, text: message, injected: injected), timestamp) }
            case "agent_message":
                if let message = p["message"]?.stringValue, !message.isEmpty { append(.agentMessage(message), timestamp) }
            case "thread_settings_applied":
                if let m = p["thread_settings"]?["model"]?.stringValue { setModel(m) }
            default:
                break
            }
        }

        // MARK: The conversation

        func conversations(file: String) -> [ImportedConversation] {
            let hasPrompts = entries.contains { if case .prompt = $0.item { return true } else { return false } }
            let hasAssistantItems = entries.contains {
                switch $0.item { case .assistantText, .call: return true; default: return false }
            }
            // User-role items that repeat a prompt event of the same step (no model output between) are dropped.
            var repeats: Set<Int> = []
            if hasPrompts {
                var start = 0
                for end in 0...entries.count {
                    let boundary: Bool
                    if end == entries.count { boundary = true } else {
                        switch entries[end].item {
                        case .assistantText, .call, .output, .summary: boundary = true
                        default: boundary = false
                        }
                    }
                    guard boundary else { continue }
                    var prompts: [String] = []
                    for i in start..<end { if case .prompt(_, let text, _) = entries[i].item { prompts.append(Self.normalized(text)) } }
                    for i in start..<end {
                        guard case .userItem(_, let text) = entries[i].item else { continue }
                        let t = Self.normalized(text)
                        if let k = prompts.firstIndex(where: { $0 == t || (!$0.isEmpty && t.contains($0)) }) {
                            repeats.insert(i)
                            prompts.remove(at: k)
                        }
                    }
                    start = end + 1
                }
            }

            var turns: [Turn] = []
            var callNames: [String: String] = [:]
            var toolNames: [String] = []
            var assistantOpen = false
            func assistant(_ text: String?, _ call: ToolCall?, _ entry: Entry) {
                if assistantOpen, var last = turns.last {
                    if let text { last.content = AgentLog.content(AgentLog.parts(of: last.content) + [AgentLog.textPart(text)]) }
                    if let call { last.toolCalls.append(call) }
                    turns[turns.count - 1] = last
                } else {
                    turns.append(Turn(origin: .assistant, content: text.map { .string($0) } ?? .string(""),
                                      toolCalls: call.map { [$0] } ?? [], model: entry.model, created: entry.timestamp))
                    assistantOpen = true
                }
            }
            for (i, entry) in entries.enumerated() {
                switch entry.item {
                case .prompt(let parts, _, let injected):
                    assistantOpen = false
                    turns.append(Turn(origin: injected || subagent ? .injected : .human, content: AgentLog.content(parts), created: entry.timestamp))
                case .userItem(let parts, let text):
                    if repeats.contains(i) { continue }
                    assistantOpen = false
                    let human = !hasPrompts && !subagent && !CodexReader.isInjectedText(text)
                    turns.append(Turn(origin: human ? .human : .injected, content: AgentLog.content(parts), created: entry.timestamp))
                case .developer(let parts):
                    assistantOpen = false
                    turns.append(Turn(origin: .system, content: AgentLog.content(parts), created: entry.timestamp))
                case .assistantText(let text):
                    assistant(text, nil, entry)
                case .agentMessage(let text):
                    if !hasAssistantItems { assistant(text, nil, entry) }
                case .call(let call):
                    if let id = call.id { callNames[id] = call.name }
                    if !toolNames.contains(call.name) { toolNames.append(call.name) }
                    assistant(nil, call, entry)
                case .output(let callID, let content):
                    assistantOpen = false
                    turns.append(Turn(origin: .toolResult, content: content, toolCallID: callID,
                                      name: callID.flatMap { callNames[$0] }, created: entry.timestamp))
                case .summary(let text):
                    assistantOpen = false
                    turns.append(Turn(origin: .summary, content: .string(text), created: entry.timestamp))
                }
            }
            guard !turns.isEmpty else { return [] }
            var tags: [String] = []
            if let project = cwd.flatMap(AgentLog.lastPathComponent) { tags.append("project:" + project) }
            if subagent { tags.append("subagent") }
            return [ImportedConversation(
                format: .codex, file: file, location: firstLocation ?? RecordLocation(index: 0),
                id: sessionID ?? AgentLog.fileStem(file), created: created ?? firstTimestamp, system: system,
                tools: toolNames.map { toolSchemas[$0] ?? ToolDefinition(name: $0) }, turns: turns, tags: tags,
                model: firstModel)]
        }

        static func normalized(_ text: String) -> String { String(AgentLog.trimmed(text)) }
    }

    /// Text Codex puts in a user-role message that no person typed.
    static func isInjectedText(_ text: String) -> Bool {
        let t = AgentLog.trimmed(text)
        if t.hasPrefix("# AGENTS.md instructions") { return true }
        for tag in injectedTags where t.hasPrefix("<" + tag + ">") || t.hasPrefix("<" + tag + " ") { return true }
        // A message that is one XML-like block from start to end (`<tag>...</tag>`).
        guard t.hasPrefix("<"), let close = t.firstIndex(of: ">") else { return false }
        let name = t[t.index(after: t.startIndex)..<close]
        guard !name.isEmpty, name.count <= 40,
              name.allSatisfy({ $0.isLowercase || $0 == "_" || $0 == "-" }) else { return false }
        return t.hasSuffix("</" + name + ">")
    }

    static let injectedTags = [
        "environment_context", "user_instructions", "INSTRUCTIONS", "turn_aborted", "user_shell_command",
        "subagent_notification", "permissions instructions", "collaboration_mode", "skill", "model_switch",
    ]
}
