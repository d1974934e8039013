import ReplayCore

/// Reads Claude Code session transcripts (`~/.claude/projects/<project>/<session>.jsonl`, and the
/// `subagents/agent-*.jsonl` files beside them): one file is one conversation, emitted when the
/// file ends, with the session's `sessionId` as its id.
///
/// What it keeps and how it classifies (only typed prompts are `.human`):
/// - `user` lines: typed text (and pasted images, as placeholders) → `.human`; `isMeta` lines,
///   slash-command and local-command wrappers (`<command-name>`, `<local-command-stdout>`, ...),
///   `<system-reminder>` and other injected text, the local-command caveat, interruption markers
///   and prompts whose `origin.kind` is not a person (task notifications) → `.injected`;
///   `isCompactSummary` lines (and the "This session is being continued..." text) → `.summary`;
///   `tool_result` blocks → one `.toolResult` turn each, `toolCallID` = `tool_use_id`.
/// - `assistant` lines: every line of one API response (they share `message.id`) merges into one
///   turn, text blocks in order and `tool_use` blocks as tool calls; thinking and server-tool blocks
///   are dropped; `<synthetic>` and API-error messages (written by Claude Code, not a model) are
///   dropped.
/// - `attachment` lines of type `queued_command` (text the user queued while the agent worked,
///   delivered to the model as a reminder) → `.injected`; other attachments, `system`, `summary`
///   (titles), progress and bookkeeping lines hold no turns.
/// - Sidechains (`isSidechain`) are not the main conversation and are left out of it. A file that
///   holds only sidechain lines (a subagent transcript) becomes its own conversation tagged
///   `subagent`, whose prompt — written by the parent agent — is `.injected`, never `.human`.
/// - Forks (a rewound or edited prompt, a retried reply): the active branch is the `parentUuid`
///   chain from the last main-thread message (through `logicalParentUuid` across a compaction), plus
///   the tool results and response lines that hang off it; superseded and retracted messages
///   (`supersedesUuids`, `retractedMessageUuids`) are dropped.
///
/// Claude Code logs hold no system prompt and no tool schemas: `tools` are built by name from the
/// calls made (`parameters: {"type": "object"}`). `tags` carry `project:<cwd's last component>`.
public struct ClaudeCodeReader: RecordReader {
    public static let format: LogFormatID = .claudeCode

    /// Entry types Claude Code writes that hold no message (bookkeeping lines).
    static let bookkeepingTypes: Set<String> = [
        "file-history-snapshot", "permission-mode", "mode", "queue-operation", "progress", "agent-name",
        "custom-title", "ai-title", "last-prompt", "summary", "system", "attachment", "pr-link", "frame-link",
        "worktree-state", "relocated", "bridge-session", "atis-latch",
    ]

    public static func recognizes(_ first: JSONValue) -> Int {
        guard case .object(let o) = first, let type = o["type"]?.stringValue else { return 0 }
        if type == "summary", o["leafUuid"] != nil, o["summary"] != nil { return 3 }
        if type == "file-history-snapshot", o["snapshot"] != nil, o["messageId"] != nil { return 3 }
        guard o["sessionId"]?.stringValue != nil else { return 0 }
        if o["message"] != nil || o["uuid"] != nil || o["leafUuid"] != nil || o["summary"] != nil { return 3 }
        if bookkeepingTypes.contains(type) { return 3 }
        // A `sessionId` beside a `type` this reader does not know yet: still Claude Code's own shape.
        return o["payload"] == nil ? 2 : 0
    }

    public init() {}

    private var file: String?
    private var session = Session()

    public mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation] {
        var finished: [ImportedConversation] = []
        if let file, file != record.file {
            // The previous file ended without `endOfFile`: finish it now rather than mix the two.
            finished = session.conversations(file: file)
            session = Session()
        }
        file = record.file
        try session.read(record)
        return finished
    }

    public mutating func endOfFile(_ file: String) throws(RecordProblem) -> [ImportedConversation] {
        defer {
            session = Session()
            self.file = nil
        }
        return session.conversations(file: self.file ?? file)
    }

    public mutating func finish() throws(RecordProblem) -> [ImportedConversation] {
        guard let file else { return [] }
        return try endOfFile(file)
    }
}

// MARK: - One session file

extension ClaudeCodeReader {
    /// A piece of a line's message, classified.
    enum Piece: Equatable {
        case human([JSONValue])
        case injected([JSONValue])
        case summary(String)
        case toolResult(id: String?, content: JSONValue)
        case assistant(text: [String], calls: [ToolCall])
        /// The old top-level `tool_use` / `tool_result` lines (no ids: linked by name and order).
        case looseToolUse(ToolCall)
        case looseToolResult(name: String?, content: JSONValue)
    }

    struct Entry {
        var order: Int
        var type: String
        var uuid: String?
        var parent: String?
        var logicalParent: String?
        var sidechain: Bool
        var sessionID: String?
        var agentID: String?
        var timestamp: String?
        var messageID: String?
        var model: String?
        var pieces: [Piece]
        /// Holds only tool results (a reply to a tool call, not a new step of the conversation).
        var isToolResult: Bool { !pieces.isEmpty && pieces.allSatisfy { if case .toolResult = $0 { return true } else { return false } } }
        var isMessage: Bool { type == "user" || type == "assistant" || type == "tool_use" || type == "tool_result" }
        var toolResultIDs: [String] { pieces.compactMap { if case .toolResult(let id?, _) = $0 { return id } else { return nil } } }
        var toolCallIDs: [String] {
            pieces.flatMap { piece -> [String] in
                if case .assistant(_, let calls) = piece { return calls.compactMap(\.id) }
                return []
            }
        }
    }

    struct Session {
        var entries: [Entry] = []
        var firstLocation: RecordLocation?
        var firstTimestamp: String?
        var cwd: String?
        var customTitle: String?
        var aiTitle: String?
        var summaries: [(text: String, leaf: String?)] = []
        var dropped: Set<String> = []

        mutating func read(_ record: LogRecord) throws(RecordProblem) {
            guard case .object(let o) = record.value else {
                throw record.problem("a Claude Code session line must be a JSON object with a 'type'")
            }
            guard let type = o["type"]?.stringValue else {
                throw record.problem("a Claude Code session line needs a string 'type' (user, assistant, system, summary, ...)", field: "type")
            }
            if firstLocation == nil { firstLocation = record.location }
            let timestamp = o["timestamp"]?.stringValue.flatMap { AgentLog.isTimestamp($0) ? $0 : nil }
            if firstTimestamp == nil, let timestamp { firstTimestamp = timestamp }
            if cwd == nil, let c = o["cwd"]?.stringValue, c.hasPrefix("/") || c.contains("\\") { cwd = c }
            for key in ["supersedesUuids", "retractedMessageUuids"] {
                for id in o[key]?.arrayValue ?? [] { if let s = id.stringValue { dropped.insert(s) } }
            }

            var entry = Entry(
                order: entries.count, type: type, uuid: o["uuid"]?.stringValue, parent: o["parentUuid"]?.stringValue,
                logicalParent: o["logicalParentUuid"]?.stringValue, sidechain: AgentLog.bool(o["isSidechain"]),
                sessionID: o["sessionId"]?.stringValue, agentID: o["agentId"]?.stringValue, timestamp: timestamp,
                messageID: nil, model: nil, pieces: [])

            switch type {
            case "user":
                entry.pieces = try Self.userPieces(o, record)
            case "assistant":
                guard let message = o["message"]?.objectValue else {
                    throw record.problem("an assistant line needs a 'message' object {role, content}", field: "message")
                }
                let model = message["model"]?.stringValue
                // Claude Code writes API errors and interruption notes as assistant messages of its own.
                if model == "<synthetic>" || AgentLog.bool(o["isApiErrorMessage"]) { entry.pieces = [] } else {
                    entry.messageID = message["id"]?.stringValue
                    entry.model = model
                    entry.pieces = try Self.assistantPieces(message, record)
                }
            case "tool_use":
                // An early shape: a tool call on its own line.
                guard let name = o["name"]?.stringValue else {
                    throw record.problem("a tool_use line needs a string 'name'", field: "name")
                }
                entry.pieces = [.looseToolUse(ToolCall(id: entry.uuid, name: name, arguments: AgentLog.scrub(o["input"] ?? .object([:]))))]
            case "tool_result":
                entry.pieces = [.looseToolResult(name: o["name"]?.stringValue,
                                                 content: AgentLog.resultContent(o["output"] ?? o["content"] ?? .string("")))]
            case "attachment":
                if let attachment = o["attachment"]?.objectValue, attachment["type"]?.stringValue == "queued_command",
                   let prompt = attachment["prompt"] {
                    let parts = AgentLog.looseParts(prompt)
                    if !parts.isEmpty { entry.pieces = [.injected(parts)] }
                }
            case "summary":
                if let text = o["summary"]?.stringValue { summaries.append((text, o["leafUuid"]?.stringValue)) }
            case "custom-title":
                if let t = o["customTitle"]?.stringValue, !t.isEmpty { customTitle = t }
            case "ai-title":
                if let t = o["aiTitle"]?.stringValue, !t.isEmpty { aiTitle = t }
            default:
                break // system, progress and bookkeeping lines, and types this reader does not know
            }
            // Lines without a uuid take no part in the chain and hold nothing to keep.
            if entry.uuid != nil || !entry.pieces.isEmpty { entries.append(entry) }
        }

        // MARK: Lines to pieces

        static func userPieces(_ o: [String: JSONValue], _ record: LogRecord) throws(RecordProblem) -> [Piece] {
            guard let message = o["message"]?.objectValue else {
                throw record.problem("a user line needs a 'message' object {role, content}", field: "message")
            }
            let compact = AgentLog.bool(o["isCompactSummary"])
            let meta = AgentLog.bool(o["isMeta"])
            let fromPerson = Self.originIsPerson(o["origin"])
            let fallbackToolID = o["sourceToolUseID"]?.stringValue

            /// How text of this line is classified when it is not a tool result.
            func classify(_ text: String) -> TextClass {
                if compact { return .summary }
                if meta || !fromPerson { return .injected }
                if AgentLog.isCompactionText(text) { return .summary }
                if ClaudeCodeReader.isInjectedText(text) { return .injected }
                return .human
            }

            switch message["content"] {
            case .string(let text)?:
                switch classify(text) {
                case .summary: return [.summary(text)]
                case .injected: return [.injected([.string(text)])]
                case .human: return text.isEmpty ? [] : [.human([.string(text)])]
                }
            case .array(let blocks)?:
                var pieces: [Piece] = []
                var pending: [(TextClass, JSONValue)] = []
                let hasToolResult = blocks.contains { $0["type"]?.stringValue == "tool_result" }
                for (i, block) in blocks.enumerated() {
                    guard case .object(let b) = block, let type = b["type"]?.stringValue else {
                        throw record.problem("a content block must be an object with a 'type' (text, image, tool_result)",
                                             field: "message.content[\(i)]")
                    }
                    switch type {
                    case "tool_result":
                        pieces.append(.toolResult(id: b["tool_use_id"]?.stringValue ?? fallbackToolID,
                                                  content: AgentLog.resultContent(b["content"] ?? b["text"] ?? .string(""))))
                    case "text":
                        guard let text = b["text"]?.stringValue else {
                            throw record.problem("a text block needs a string 'text'", field: "message.content[\(i)].text")
                        }
                        // Text beside tool results is what Claude Code adds to them, not a prompt.
                        let origin: TextClass = hasToolResult && classify(text) == .human ? .injected : classify(text)
                        if !(origin == .human && text.isEmpty) { pending.append((origin, AgentLog.textPart(text))) }
                    case "image", "document":
                        let origin: TextClass = compact ? .summary : (meta || !fromPerson || hasToolResult ? .injected : .human)
                        pending.append((origin, AgentLog.mediaPlaceholder(b)))
                    default:
                        break // thinking and block types this reader does not know
                    }
                }
                // Group consecutive parts of one origin, in order.
                var i = 0
                while i < pending.count {
                    let origin = pending[i].0
                    var parts: [JSONValue] = []
                    while i < pending.count, pending[i].0 == origin { parts.append(pending[i].1); i += 1 }
                    switch origin {
                    case .human: pieces.append(.human(parts))
                    case .injected: pieces.append(.injected(parts))
                    case .summary: pieces.append(.summary(parts.map { $0["text"]?.stringValue ?? "" }.joined(separator: "\n\n")))
                    }
                }
                return pieces
            default:
                throw record.problem("message.content must be a string or a list of content blocks", field: "message.content")
            }
        }

        static func assistantPieces(_ message: [String: JSONValue], _ record: LogRecord) throws(RecordProblem) -> [Piece] {
            switch message["content"] {
            case .string(let text)?:
                return text.isEmpty ? [] : [.assistant(text: [text], calls: [])]
            case .array(let blocks)?:
                var texts: [String] = []
                var calls: [ToolCall] = []
                for (i, block) in blocks.enumerated() {
                    guard case .object(let b) = block, let type = b["type"]?.stringValue else {
                        throw record.problem("a content block must be an object with a 'type' (text, tool_use, thinking)",
                                             field: "message.content[\(i)]")
                    }
                    switch type {
                    case "text":
                        guard let text = b["text"]?.stringValue else {
                            throw record.problem("a text block needs a string 'text'", field: "message.content[\(i)].text")
                        }
                        if !text.isEmpty { texts.append(text) }
                    case "tool_use":
                        guard let name = b["name"]?.stringValue else {
                            throw record.problem("a tool_use block needs a string 'name'", field: "message.content[\(i)].name")
                        }
                        calls.append(ToolCall(id: b["id"]?.stringValue, name: name, arguments: AgentLog.scrub(b["input"] ?? .object([:]))))
                    default:
                        break // thinking, redacted_thinking, server tools, fallback markers
                    }
                }
                return texts.isEmpty && calls.isEmpty ? [] : [.assistant(text: texts, calls: calls)]
            default:
                throw record.problem("message.content must be a string or a list of content blocks", field: "message.content")
            }
        }

        /// Whether a prompt's `origin` names a person at the keyboard (absent: yes).
        static func originIsPerson(_ origin: JSONValue?) -> Bool {
            guard let origin, case .object(let o) = origin else { return true }
            if o["senderTaskId"] != nil || o["from"] != nil { return false }
            guard let kind = o["kind"]?.stringValue else { return true }
            return ["human", "user", "cli", "keyboard", "typed", "voice", "paste", "ide"].contains(kind)
        }

        // MARK: The conversation

        func conversations(file: String) -> [ImportedConversation] {
            // Superseded and retracted messages keep their place in the chain but hold nothing.
            let live = entries.map { entry in
                var e = entry
                if let u = e.uuid, dropped.contains(u) { e.pieces = [] }
                return e
            }
            var selected = live.filter { !$0.sidechain }
            var subagent = false
            if !selected.contains(where: { $0.isMessage && !$0.pieces.isEmpty }) {
                // A subagent transcript: all of it is a sidechain.
                selected = live.filter(\.sidechain)
                subagent = true
            }
            let branch = Self.activeBranch(selected)
            guard !branch.isEmpty else { return [] }

            var turns: [Turn] = []
            var turnOfMessage: [String: Int] = [:]
            var toolNames: [String] = []
            var callNames: [String: String] = [:]
            var looseCalls: [(id: String?, name: String)] = []
            var firstModel: String?
            for entry in branch {
                for piece in entry.pieces {
                    switch piece {
                    case .human(let parts):
                        turns.append(Turn(origin: subagent ? .injected : .human, content: AgentLog.content(parts), created: entry.timestamp))
                    case .injected(let parts):
                        turns.append(Turn(origin: .injected, content: AgentLog.content(parts), created: entry.timestamp))
                    case .summary(let text):
                        turns.append(Turn(origin: .summary, content: .string(text), created: entry.timestamp))
                    case .toolResult(let id, let content):
                        turns.append(Turn(origin: .toolResult, content: content, toolCallID: id, name: id.flatMap { callNames[$0] },
                                          created: entry.timestamp))
                    case .assistant(let texts, let calls):
                        for call in calls {
                            if let id = call.id { callNames[id] = call.name }
                            if !toolNames.contains(call.name) { toolNames.append(call.name) }
                        }
                        if firstModel == nil, let model = entry.model { firstModel = model }
                        let textParts = texts.map(AgentLog.textPart)
                        if let id = entry.messageID, let at = turnOfMessage[id] {
                            var turn = turns[at]
                            turn.content = AgentLog.content(AgentLog.parts(of: turn.content) + textParts)
                            turn.toolCalls += calls
                            turns[at] = turn
                        } else {
                            if let id = entry.messageID { turnOfMessage[id] = turns.count }
                            turns.append(Turn(origin: .assistant, content: AgentLog.content(textParts), toolCalls: calls,
                                              model: entry.model, created: entry.timestamp))
                        }
                    case .looseToolUse(let call):
                        if !toolNames.contains(call.name) { toolNames.append(call.name) }
                        looseCalls.append((call.id, call.name))
                        turns.append(Turn(origin: .assistant, content: .string(""), toolCalls: [call], created: entry.timestamp))
                    case .looseToolResult(let name, let content):
                        var id: String?
                        if let at = looseCalls.firstIndex(where: { name == nil || $0.name == name }) {
                            id = looseCalls[at].id
                            looseCalls.remove(at: at)
                        }
                        turns.append(Turn(origin: .toolResult, content: content, toolCallID: id, name: name, created: entry.timestamp))
                    }
                }
            }
            guard !turns.isEmpty else { return [] }

            // The session: the file is named after it; else the id most lines carry (a line from
            // another session can be copied in).
            var counts: [String: Int] = [:]
            for entry in branch { if let s = entry.sessionID { counts[s, default: 0] += 1 } }
            let stem = AgentLog.fileStem(file)
            let sessionID = counts[stem] != nil ? stem
                : counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
            var id = sessionID ?? stem
            if subagent, let agent = branch.lazy.compactMap(\.agentID).first, !id.hasSuffix(agent) {
                id += ":agent-" + agent
            }
            let uuids = Set(entries.compactMap(\.uuid))
            let title = customTitle ?? aiTitle ?? summaries.first(where: { $0.leaf.map(uuids.contains) ?? false })?.text
                ?? summaries.first?.text
            var tags: [String] = []
            if let project = cwd.flatMap(AgentLog.lastPathComponent) { tags.append("project:" + project) }
            if subagent { tags.append("subagent") }
            return [ImportedConversation(
                format: .claudeCode, file: file, location: firstLocation ?? RecordLocation(index: 0), id: id, title: title,
                created: firstTimestamp, tools: toolNames.map { ToolDefinition(name: $0) }, turns: turns, tags: tags,
                model: firstModel)]
        }

        /// The entries of the active branch, in file order. Without forks that is every entry; with
        /// forks, the `parentUuid` chain of the last message, plus the tool results and response lines
        /// that belong to entries on it.
        static func activeBranch(_ all: [Entry]) -> [Entry] {
            // A line written twice (same uuid) counts once.
            var seenUUIDs: Set<String> = []
            let entries = all.filter { $0.uuid.map { seenUUIDs.insert($0).inserted } ?? true }
            var byUUID: [String: Int] = [:]
            for (i, e) in entries.enumerated() { if let u = e.uuid, byUUID[u] == nil { byUUID[u] = i } }
            // A fork: one parent with two children that each start a new step (a prompt or a reply),
            // not tool results or further lines of the same response.
            var steps: [String: Int] = [:]
            var forked = false
            for e in entries where e.isMessage && !e.pieces.isEmpty && !e.isToolResult {
                guard let parent = e.parent, parent != e.uuid else { continue }
                if let p = byUUID[parent], let m = e.messageID, entries[p].messageID == m { continue }
                steps[parent, default: 0] += 1
                if steps[parent]! > 1 { forked = true; break }
            }
            let messages = entries.filter { $0.isMessage || !$0.pieces.isEmpty }
            guard forked, let leaf = entries.lastIndex(where: { $0.isMessage && !$0.pieces.isEmpty }) else { return messages }

            var onBranch: Set<Int> = []
            var at: Int? = leaf
            while let i = at, !onBranch.contains(i) {
                onBranch.insert(i)
                let next = entries[i].parent ?? entries[i].logicalParent
                at = next.flatMap { byUUID[$0] }
            }
            // Hang on what belongs to the branch: lines of a response on it, results of its calls.
            var changed = true
            while changed {
                changed = false
                let messageIDs = Set(onBranch.compactMap { entries[$0].messageID })
                let callIDs = Set(onBranch.flatMap { entries[$0].toolCallIDs })
                let uuids = Set(onBranch.compactMap { entries[$0].uuid })
                for (i, e) in entries.enumerated() where !onBranch.contains(i) {
                    let belongs = (e.messageID.map(messageIDs.contains) ?? false)
                        || (e.isToolResult && (e.toolResultIDs.contains(where: callIDs.contains) || (e.parent.map(uuids.contains) ?? false)))
                    if belongs { onBranch.insert(i); changed = true }
                }
            }
            return entries.indices.filter { onBranch.contains($0) && (entries[$0].isMessage || !entries[$0].pieces.isEmpty) }
                .map { entries[$0] }
        }
    }

    enum TextClass { case human, injected, summary }

    /// Text Claude Code puts in a user message that no person typed as a prompt.
    static func isInjectedText(_ text: String) -> Bool {
        let t = AgentLog.trimmed(text)
        if t.hasPrefix("Caveat: The messages below were generated by the user while running local commands") { return true }
        if t.hasPrefix("[Request interrupted by user") { return true }
        for tag in injectedTags where t.hasPrefix("<" + tag + ">") || t.hasPrefix("<" + tag + " ") { return true }
        return false
    }

    static let injectedTags = [
        "command-name", "command-message", "command-args", "command-contents", "local-command-stdout",
        "local-command-stderr", "local-command-caveat", "system-reminder", "bash-input", "bash-stdout", "bash-stderr",
        "user-memory-input", "task-notification", "user-prompt-submit-hook", "ide_selection", "ide_opened_file",
    ]
}

// MARK: - Helpers shared by the agent-log readers

/// Small helpers the Claude Code, Codex and `llm` readers share.
enum AgentLog {
    static func bool(_ v: JSONValue?) -> Bool {
        if case .bool(true)? = v { return true }
        return false
    }

    /// Whether a string starts like an ISO 8601 date (`YYYY-MM-DD`).
    static func isTimestamp(_ s: String) -> Bool {
        let b = Array(s.utf8.prefix(10))
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
    }

    static func trimmed(_ s: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = s.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = s.lastIndex(where: { !isSpace($0) })!
        return s[start...end]
    }

    static func lastPathComponent(_ path: String) -> String? {
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return parts.last.map(String.init)
    }

    /// A file's name without its folders and its last extension.
    static func fileStem(_ file: String) -> String {
        let name = lastPathComponent(file.split(separator: ":").last.map(String.init) ?? file) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func textPart(_ text: String) -> JSONValue { ["type": "text", "text": .string(text)] }

    /// Parts as a turn's content: one text part becomes a plain string.
    static func content(_ parts: [JSONValue]) -> JSONValue {
        if parts.isEmpty { return .string("") }
        if parts.count == 1, case .string(let s)? = parts[0]["text"], parts[0]["type"] == "text" { return .string(s) }
        if parts.count == 1, case .string = parts[0] { return parts[0] }
        return .array(parts.map { part in
            if case .string(let s) = part { return textPart(s) }
            return part
        })
    }

    /// A turn's content as parts.
    static func parts(of content: JSONValue) -> [JSONValue] {
        switch content {
        case .string(let s): return s.isEmpty ? [] : [textPart(s)]
        case .array(let a): return a
        default: return [content]
        }
    }

    /// What stands for a base64 payload that is not kept.
    static func omitted(_ type: String, base64: String?) -> JSONValue {
        ["type": .string(type), "omitted": .string("base64, \(base64?.utf8.count ?? 0) bytes")]
    }

    /// An image (or document) given by URL or inline data: a URL is kept, data never.
    static func imageURLPart(_ url: String) -> JSONValue {
        if url.hasPrefix("data:") {
            let payload = url.firstIndex(of: ",").map { String(url[url.index(after: $0)...]) }
            return omitted("image", base64: payload)
        }
        return ["type": "image_url", "image_url": ["url": .string(url)]]
    }

    /// An Anthropic-style image or document block as a placeholder part.
    static func mediaPlaceholder(_ block: [String: JSONValue]) -> JSONValue {
        let type = block["type"]?.stringValue ?? "image"
        let source = block["source"]?.objectValue
        if let url = source?["url"]?.stringValue, type == "image" { return imageURLPart(url) }
        if let data = source?["data"]?.stringValue { return omitted(type, base64: data) }
        return ["type": .string(type), "omitted": "not kept"]
    }

    /// A tool result's content: a string, or parts (text kept, images as placeholders).
    static func resultContent(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string: return scrub(value)
        case .null: return .string("")
        case .array(let items):
            var parts: [JSONValue] = []
            for item in items {
                switch item {
                case .string(let s): parts.append(textPart(s))
                case .object(let o):
                    let type = o["type"]?.stringValue ?? ""
                    if let text = o["text"]?.stringValue { parts.append(textPart(text)) } else if type == "image" || type == "document" {
                        parts.append(mediaPlaceholder(o))
                    } else if type == "input_image" || type == "image_url" {
                        let url = o["image_url"]?.stringValue ?? o["image_url"]?["url"]?.stringValue
                        parts.append(url.map(imageURLPart) ?? omitted("image", base64: nil))
                    } else {
                        parts.append(.string(scrub(item).compact))
                    }
                default: parts.append(textPart(scrub(item).compact))
                }
            }
            return content(parts.map { $0.stringValue.map(textPart) ?? $0 })
        case .object(let o):
            if let text = o["text"]?.stringValue { return .string(text) }
            if let text = o["content"]?.stringValue { return .string(text) }
            return .string(scrub(value).compact)
        default:
            return .string(value.compact)
        }
    }

    /// Whether a string is a base64 payload (a `data:` URL, or a long run of base64 characters).
    static func isBase64Blob(_ s: String) -> Bool {
        if s.hasPrefix("data:"), let comma = s.firstIndex(of: ","), s[..<comma].hasSuffix(";base64") { return true }
        guard s.utf8.count >= 256 else { return false }
        return s.utf8.allSatisfy { c in
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
                || c == 0x2B || c == 0x2F || c == 0x3D || c == 0x2D || c == 0x5F || c == 0x0A || c == 0x0D
        }
    }

    /// A value with every base64 payload inside it replaced by a note of its size (tool arguments
    /// and results, blocks of unknown types: no blob is ever kept).
    static func scrub(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): return isBase64Blob(s) ? .string("[omitted: base64, \(s.utf8.count) bytes]") : value
        case .array(let items): return .array(items.map(scrub))
        case .object(let members): return .object(members.mapValues(scrub))
        default: return value
        }
    }

    /// A prompt given as a string or a list of blocks, as parts.
    static func looseParts(_ value: JSONValue) -> [JSONValue] {
        switch value {
        case .string(let s): return s.isEmpty ? [] : [textPart(s)]
        case .array(let items):
            return items.compactMap { item -> JSONValue? in
                guard case .object(let o) = item else { return item.stringValue.map(textPart) }
                if let text = o["text"]?.stringValue { return textPart(text) }
                if o["type"]?.stringValue == "image" || o["type"]?.stringValue == "document" { return mediaPlaceholder(o) }
                return nil
            }
        default: return []
        }
    }

    /// Whether a user message is a compaction summary written by Claude Code.
    static func isCompactionText(_ text: String) -> Bool {
        AgentLog.trimmed(text).hasPrefix("This session is being continued from a previous conversation that ran out of context")
    }

    /// Parses JSON text (tool arguments and the like); nil when it is not JSON.
    static func parseJSON(_ text: String) -> JSONValue? {
        try? JSONBytes.parse(Array(text.utf8))
    }
}
