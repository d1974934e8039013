import ReplayCore

/// Reads Simon Willison's `llm` tool's `logs.db` (SQLite, opened read-only) in both schema
/// generations, the way `llm logs` merges them.
///
/// - Current (`threads`, `turns`, `messages`, `parts`): each thread is a conversation, rebuilt from
///   its tip message up the `parent_hash` chain. A leading system message → `system` (a later one →
///   a `.system` turn); user text and attachments → `.human`; `tool_result` parts (in `tool` or
///   user messages) → `.toolResult`; assistant text and `tool_call` parts → `.assistant`, with the
///   model of the turn whose output it was. Reasoning and provider-executed (server) tool parts are
///   dropped; fragment references (`text_ref`) are resolved to their text.
/// - Legacy (`responses`, `conversations`, tool tables): each conversation is its responses in time
///   order; a row is its prompt (fragments prepended, as `llm` sent it) → `.human` (none for the
///   empty prompt of a tool-loop step), the tool results it carried → `.toolResult`, then the reply
///   and the tool calls it made → `.assistant`. The first row's system prompt (with system
///   fragments) → `system`; a different one later → a `.system` turn. Rows logged without a
///   conversation are a conversation each. Rows a thread also holds are read from the thread.
/// - Options → parameters (temperature, top_p, max_tokens/max_output_tokens, seed, stop), from the
///   first turn (row) that has any. Tools offered → `tools` with their schemas.
/// - Attachments are placeholders: a URL is kept, a path named, bytes never.
///
/// `location.index` is the thread's (or first response row's) SQLite rowid.
public struct LLMLogsReader {
    public static let format: LogFormatID = .llmLogs

    public static func read(path: String, file: String) throws -> (conversations: [ImportedConversation], problems: [RecordProblem]) {
        let db: SQLiteDatabase
        do {
            db = try SQLiteDatabase(readOnly: path)
        } catch {
            throw RecordProblem(file: file, location: nil,
                                message: "cannot read this as an llm logs database: SQLite says \"\(error.message)\"")
        }
        var reader = Reader(db: db, file: file)
        do {
            try reader.run()
        } catch {
            throw RecordProblem(file: file, location: nil, message: "reading the llm logs database failed: \(error)")
        }
        return (reader.conversations, reader.problems)
    }
}

extension LLMLogsReader {
    struct Reader {
        let db: SQLiteDatabase
        let file: String
        var conversations: [ImportedConversation] = []
        var problems: [RecordProblem] = []
        var tables: Set<String> = []

        init(db: SQLiteDatabase, file: String) {
            self.db = db
            self.file = file
        }

        mutating func run() throws(SQLiteError) {
            tables = try db.tableNames()
            let current = ["threads", "turns", "messages", "parts"].allSatisfy(tables.contains)
            let legacy = tables.contains("responses")
            guard current || legacy else {
                throw SQLiteError(code: 0, message: "not an llm logs database: it has neither a 'responses' table (llm before 0.32) "
                                  + "nor 'threads', 'turns', 'messages' and 'parts' tables (llm 0.32 and later)")
            }
            let old = legacy ? try loadLegacy() : Legacy()
            var threadIDs: Set<String> = []
            if current { threadIDs = try readThreads(legacy: old) }
            for key in old.order where !threadIDs.contains(key) {
                // (A thread of the same id continued the conversation and holds its whole history.)
                guard let rows = old.groups[key] else { continue }
                let conversation = legacyConversation(key: key, rows: rows, names: old.names[key], extras: old.extras)
                if !conversation.turns.isEmpty { conversations.append(conversation) }
            }
        }

        func problem(_ message: String, row: Int?, field: String? = nil) -> RecordProblem {
            RecordProblem(file: file, location: row.map { RecordLocation(index: $0) }, field: field, message: message)
        }

        func has(_ table: String) -> Bool { tables.contains(table) }

        // MARK: Shared

        /// Options JSON as sampling parameters; nil when the text is not a JSON object.
        static func parameters(_ json: String?) -> SamplingParameters? {
            guard let json, !json.isEmpty else { return SamplingParameters() }
            guard let value = AgentLog.parseJSON(json), case .object(let o) = value else { return nil }
            var p = SamplingParameters()
            p.temperature = o["temperature"]?.doubleValue
            p.topP = o["top_p"]?.doubleValue
            p.maxTokens = (o["max_tokens"] ?? o["max_output_tokens"] ?? o["max_completion_tokens"])?.intValue
            p.seed = o["seed"]?.intValue
            switch o["stop"] ?? o["stop_sequences"] {
            case .string(let s)?: p.stop = [s]
            case .array(let a)?: p.stop = a.compactMap(\.stringValue)
            default: break
            }
            return p
        }

        static func isEmpty(_ p: SamplingParameters) -> Bool { p == SamplingParameters() }

        /// An attachment row as a placeholder part.
        static func attachmentPart(type: String?, path: String?, url: String?, length: Int?) -> JSONValue {
            let mime = type ?? ""
            let kind = mime.hasPrefix("image/") ? "image" : (mime.hasPrefix("audio/") ? "audio" : "attachment")
            if let url, !url.isEmpty {
                if kind == "image" { return AgentLog.imageURLPart(url) }
                return ["type": .string(kind), "url": .string(url), "media_type": .string(mime)]
            }
            if let path, !path.isEmpty {
                return ["type": .string(kind), "omitted": "local file", "path": .string(path), "media_type": .string(mime)]
            }
            // The bytes went to the model base64-encoded: say how long that was, keep none of it.
            let n = length ?? 0
            return ["type": .string(kind), "omitted": .string("base64, \((n + 2) / 3 * 4) bytes"), "media_type": .string(mime)]
        }

        func attachments(ids: [String]) throws(SQLiteError) -> [String: JSONValue] {
            guard has("attachments"), !ids.isEmpty else { return [:] }
            var out: [String: JSONValue] = [:]
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            for row in try db.query("select id, type, path, url, length(content) as n from attachments where id in (\(marks))",
                                    ids.map { .text($0) }) {
                guard let id = row.string("id") else { continue }
                out[id] = Self.attachmentPart(type: row.string("type"), path: row.string("path"), url: row.string("url"),
                                              length: row.int("n"))
            }
            return out
        }

        func tools(ids: [Int]) throws(SQLiteError) -> [ToolDefinition] {
            guard has("tools"), !ids.isEmpty else { return [] }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            var out: [ToolDefinition] = []
            for row in try db.query("select id, name, description, input_schema from tools where id in (\(marks)) order by id",
                                    ids.map { .integer(Int64($0)) }) {
                guard let name = row.string("name") else { continue }
                let schema = row.string("input_schema").flatMap(AgentLog.parseJSON).flatMap { $0.objectValue != nil ? $0 : nil }
                out.append(ToolDefinition(name: name, description: row.string("description"), parameters: schema ?? ["type": "object"]))
            }
            return out
        }

        static func arguments(_ text: String?) -> JSONValue {
            guard let text, !text.isEmpty else { return .object([:]) }
            return AgentLog.scrub(AgentLog.parseJSON(text) ?? .string(text))
        }

        // MARK: 0.32: threads, turns, messages, parts

        struct Message {
            var hash: String
            var parent: String?
            var role: String
            var rowid: Int
        }

        struct Part {
            var position: Int
            var type: String
            var toolName: String?
            var text: String?
            var payload: JSONValue?
            var id: Int
        }

        mutating func readThreads(legacy: Legacy) throws(SQLiteError) -> Set<String> {
            var seen: Set<String> = []
            // Every message's link and role (no content): chains are walked in memory.
            var messages: [String: Message] = [:]
            for row in try db.query("select rowid as rid, hash, parent_hash, role from messages") {
                guard let hash = row.string("hash") else { continue }
                messages[hash] = Message(hash: hash, parent: row.string("parent_hash"), role: row.string("role") ?? "", rowid: row.int("rid") ?? 0)
            }
            let threads = try db.query("select rowid as rid, id, name, tip_message_hash, datetime_utc from threads order by rowid")
            for thread in threads {
                let rowid = thread.int("rid") ?? 0
                guard let id = thread.string("id") else { continue }
                seen.insert(id)
                var found: [RecordProblem] = []
                defer { problems += found }
                do {
                    guard var conversation = try readThread(thread, rowid: rowid, id: id, messages: messages, problems: &found)
                    else { continue }
                    if let rows = legacy.groups[id] {
                        // A legacy conversation continued by llm 0.32: its earlier turns have no turn rows.
                        let old = legacyConversation(key: id, rows: rows, names: legacy.names[id], extras: legacy.extras)
                        Self.fill(&conversation, from: old)
                    }
                    if !conversation.turns.isEmpty { conversations.append(conversation) }
                } catch let error as RecordProblem {
                    problems.append(error)
                } catch {
                    problems.append(problem("thread \(id) could not be read: \(error)", row: rowid))
                }
            }
            return seen
        }

        func readThread(_ thread: SQLiteRow, rowid: Int, id: String, messages: [String: Message],
                        problems: inout [RecordProblem]) throws -> ImportedConversation? {
            guard let tip = thread.string("tip_message_hash") else { return nil }
            // The chain, tip first.
            var chain: [Message] = []
            var seen: Set<String> = []
            var hash: String? = tip
            while let h = hash {
                guard seen.insert(h).inserted else {
                    throw problem("the message chain of thread \(id) loops at \(h)", row: rowid, field: "messages.parent_hash")
                }
                guard let message = messages[h] else {
                    throw problem("thread \(id) names message \(h), which is not in the messages table", row: rowid,
                                  field: chain.isEmpty ? "threads.tip_message_hash" : "messages.parent_hash")
                }
                chain.append(message)
                hash = message.parent
            }
            chain.reverse()

            // Which turn wrote each message (its output: after parent_message_hash, up to tip_message_hash).
            let turnRows = try db.query("""
                select rowid as rid, id, parent_message_hash, tip_message_hash, model, resolved_model, options_json, datetime_utc
                from turns where thread_id = ? order by datetime_utc, id
                """, [.text(id)])
            struct TurnInfo { var model: String?; var created: String? }
            var writer: [String: TurnInfo] = [:]
            // The input messages' times: the turn that took each as its last input.
            var inputTime: [String: String] = [:]
            var parameters = SamplingParameters()
            for t in turnRows {
                let info = TurnInfo(model: t.string("resolved_model") ?? t.string("model"), created: t.string("datetime_utc"))
                var h = t.string("tip_message_hash")
                let stop = t.string("parent_message_hash")
                if let stop, inputTime[stop] == nil, let time = t.string("datetime_utc") { inputTime[stop] = time }
                var steps = 0
                while let current = h, current != stop, steps < 10_000 {
                    if writer[current] == nil { writer[current] = info }
                    h = messages[current]?.parent
                    steps += 1
                }
                if Self.isEmpty(parameters) {
                    if let p = Self.parameters(t.string("options_json")) { parameters = p } else {
                        problems.append(problem("options_json of turn \(t.string("id") ?? "?") is not a JSON object; its options are ignored",
                                                row: t.int("rid"), field: "turns.options_json"))
                    }
                }
            }

            // Parts of every message of the chain.
            var partsByMessage: [String: [Part]] = [:]
            for message in chain {
                for row in try db.query("select id, position, type, tool_name, text, payload from parts where message_hash = ? order by position, id",
                                        [.text(message.hash)]) {
                    var payload: JSONValue?
                    if let text = row.string("payload"), !text.isEmpty {
                        guard let parsed = AgentLog.parseJSON(text) else {
                            throw problem("a part's payload is not JSON (message \(message.hash), position \(row.int("position") ?? 0))",
                                          row: rowid, field: "parts.payload")
                        }
                        payload = parsed
                    }
                    partsByMessage[message.hash, default: []].append(Part(
                        position: row.int("position") ?? 0, type: row.string("type") ?? "", toolName: row.string("tool_name"),
                        text: row.string("text"), payload: payload, id: row.int("id") ?? 0))
                }
            }
            let fragments = try fragmentTexts(partsByMessage.values.flatMap { $0 })
            let attachmentIDs = partsByMessage.values.flatMap { $0 }.compactMap { $0.payload?["attachment"]?["id"]?.stringValue }
                + partsByMessage.values.flatMap { $0 }.flatMap { ($0.payload?["attachments"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue } }
            let attachmentParts = try attachments(ids: Array(Set(attachmentIDs)))

            func text(of part: Part) -> String {
                if let t = part.text { return t }
                if let t = part.payload?["text"]?.stringValue { return t }
                if let pieces = part.payload?["text_ref"]?.arrayValue {
                    return pieces.map { piece -> String in
                        if let literal = piece["literal"]?.stringValue { return literal }
                        if let f = piece["fragment"]?.intValue { return fragments[f] ?? "" }
                        return ""
                    }.joined()
                }
                return ""
            }

            var turns: [Turn] = []
            var system: String?
            for (n, message) in chain.enumerated() {
                let parts = partsByMessage[message.hash] ?? []
                let info = writer[message.hash]
                switch message.role {
                case "system", "developer":
                    let s = parts.filter { $0.type == "text" }.map(text(of:)).joined(separator: "\n\n")
                    if n == 0 { system = s } else { turns.append(Turn(origin: .system, content: .string(s), created: info?.created)) }
                case "assistant":
                    var content: [JSONValue] = []
                    var calls: [ToolCall] = []
                    for part in parts {
                        switch part.type {
                        case "text":
                            let t = text(of: part)
                            if !t.isEmpty { content.append(AgentLog.textPart(t)) }
                        case "tool_call":
                            if AgentLog.bool(part.payload?["server_executed"]) { continue }
                            guard let name = part.payload?["name"]?.stringValue ?? part.toolName, !name.isEmpty else {
                                problems.append(problem("a tool_call part has no tool name (message \(message.hash), position \(part.position)); "
                                                        + "the call is left out", row: rowid, field: "parts.payload"))
                                continue
                            }
                            calls.append(ToolCall(id: part.payload?["tool_call_id"]?.stringValue, name: name,
                                                  arguments: AgentLog.scrub(part.payload?["arguments"] ?? .object([:]))))
                        default: break // reasoning, server-side results, attachments the model returned
                        }
                    }
                    if content.isEmpty && calls.isEmpty { continue } // reasoning only
                    turns.append(Turn(origin: .assistant, content: AgentLog.content(content), toolCalls: calls,
                                      model: info?.model, created: info?.created))
                default: // user, tool
                    var content: [JSONValue] = []
                    func flush() {
                        if !content.isEmpty {
                            turns.append(Turn(origin: message.role == "user" ? .human : .injected, content: AgentLog.content(content),
                                              created: inputTime[message.hash]))
                            content = []
                        }
                    }
                    for part in parts {
                        switch part.type {
                        case "text":
                            let t = text(of: part)
                            if !t.isEmpty { content.append(AgentLog.textPart(t)) }
                        case "attachment":
                            let aid = part.payload?["attachment"]?["id"]?.stringValue
                            content.append(aid.flatMap { attachmentParts[$0] } ?? ["type": "attachment", "omitted": "not found"])
                        case "tool_result":
                            if AgentLog.bool(part.payload?["server_executed"]) { continue }
                            flush()
                            var output = AgentLog.scrub(.string(part.payload?["output"]?.stringValue ?? part.payload?["output"]?.compact ?? ""))
                            let extra = (part.payload?["attachments"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
                                .compactMap { attachmentParts[$0] }
                            if !extra.isEmpty { output = AgentLog.content(AgentLog.parts(of: output) + extra) }
                            turns.append(Turn(origin: .toolResult, content: output, toolCallID: part.payload?["tool_call_id"]?.stringValue,
                                              name: part.payload?["name"]?.stringValue ?? part.toolName,
                                              created: inputTime[message.hash]))
                        default: break
                        }
                    }
                    flush()
                }
            }

            var toolIDs: [Int] = []
            if has("turn_tools") {
                for row in try db.query("select distinct tool_id from turn_tools where turn_id in (select id from turns where thread_id = ?) order by tool_id",
                                        [.text(id)]) {
                    if let t = row.int("tool_id") { toolIDs.append(t) }
                }
            }
            let created = turnRows.first?.string("datetime_utc") ?? thread.string("datetime_utc").map(Self.isoTime)
            let model = turnRows.first?.string("model")
            return ImportedConversation(
                format: .llmLogs, file: file, location: RecordLocation(index: rowid), id: id, title: thread.string("name"),
                created: created, system: system, tools: try tools(ids: toolIDs), parameters: parameters, turns: turns,
                model: model)
        }

        /// `2026-11-29 01:33:55.37+00:00` → `2026-11-29T01:33:55.37+00:00`.
        static func isoTime(_ s: String) -> String {
            var chars = Array(s)
            if chars.count > 10, chars[10] == " " { chars[10] = "T" }
            return String(chars)
        }

        func fragmentTexts(_ parts: [Part]) throws(SQLiteError) -> [Int: String] {
            let ids = Set(parts.flatMap { ($0.payload?["text_ref"]?.arrayValue ?? []).compactMap { $0["fragment"]?.intValue } })
            guard has("fragments"), !ids.isEmpty else { return [:] }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            var out: [Int: String] = [:]
            for row in try db.query("select id, content from fragments where id in (\(marks))", ids.sorted().map { .integer(Int64($0)) }) {
                if let id = row.int("id") { out[id] = row.string("content") ?? "" }
            }
            return out
        }

        // MARK: Legacy: responses

        /// Fills what a thread continuing a legacy conversation lacks from the legacy rows: the
        /// conversation's name, start, options and model, and the times and models of its earlier turns.
        static func fill(_ c: inout ImportedConversation, from old: ImportedConversation) {
            c.title = old.title ?? c.title
            c.created = old.created ?? c.created
            c.model = old.model ?? c.model
            if isEmpty(c.parameters) { c.parameters = old.parameters }
            for tool in old.tools where !c.tools.contains(where: { $0.name == tool.name }) { c.tools.append(tool) }
            var k = 0
            for i in c.turns.indices {
                let turn = c.turns[i]
                guard let j = old.turns[k...].firstIndex(where: { $0.origin == turn.origin && $0.text == turn.text && $0.toolCalls == turn.toolCalls })
                else { continue }
                if c.turns[i].created == nil { c.turns[i].created = old.turns[j].created }
                if c.turns[i].model == nil { c.turns[i].model = old.turns[j].model }
                k = j + 1
            }
        }

        struct Legacy {
            var order: [String] = []
            var groups: [String: [SQLiteRow]] = [:]
            var names: [String: (name: String?, model: String?)] = [:]
            var extras = LegacyExtras()
        }

        func loadLegacy() throws(SQLiteError) -> Legacy {
            var legacy = Legacy()
            let columns = try db.columnNames("responses")
            func col(_ name: String) -> String { columns.contains(name) ? name : "null as \(name)" }
            let inTurns = has("turns") ? "where id not in (select id from turns)" : ""
            let rows = try db.query("""
                select rowid as rid, id, \(col("model")), \(col("resolved_model")), \(col("prompt")), \(col("system")),
                       \(col("options_json")), \(col("response")), \(col("conversation_id")), \(col("datetime_utc"))
                from responses \(inTurns) order by datetime_utc, rowid
                """)
            if has("conversations") {
                for row in try db.query("select id, name, model from conversations") {
                    if let id = row.string("id") { legacy.names[id] = (row.string("name"), row.string("model")) }
                }
            }
            // Group rows by conversation, in order of each conversation's first row.
            for row in rows {
                let key = row.string("conversation_id") ?? ("response:" + (row.string("id") ?? "rowid-\(row.int("rid") ?? 0)"))
                if legacy.groups[key] == nil { legacy.order.append(key) }
                legacy.groups[key, default: []].append(row)
            }
            legacy.extras = try legacyExtras()
            return legacy
        }

        struct LegacyExtras {
            var promptFragments: [String: [String]] = [:]
            var systemFragments: [String: [String]] = [:]
            var attachments: [String: [JSONValue]] = [:]
            var calls: [String: [ToolCall]] = [:]
            var results: [String: [Turn]] = [:]
            var tools: [String: [Int]] = [:]
            var definitions: [Int: ToolDefinition] = [:]
        }

        func legacyExtras() throws(SQLiteError) -> LegacyExtras {
            var x = LegacyExtras()
            if has("prompt_fragments"), has("fragments") {
                for row in try db.query("""
                    select pf.response_id as rid, f.content as content from prompt_fragments pf
                    join fragments f on f.id = pf.fragment_id order by pf.response_id, pf."order"
                    """) {
                    if let r = row.string("rid") { x.promptFragments[r, default: []].append(row.string("content") ?? "") }
                }
            }
            if has("system_fragments"), has("fragments") {
                for row in try db.query("""
                    select sf.response_id as rid, f.content as content from system_fragments sf
                    join fragments f on f.id = sf.fragment_id order by sf.response_id, sf."order"
                    """) {
                    if let r = row.string("rid") { x.systemFragments[r, default: []].append(row.string("content") ?? "") }
                }
            }
            if has("prompt_attachments"), has("attachments") {
                for row in try db.query("""
                    select pa.response_id as rid, a.type as type, a.path as path, a.url as url, length(a.content) as n
                    from prompt_attachments pa join attachments a on a.id = pa.attachment_id order by pa.response_id, pa."order"
                    """) {
                    guard let r = row.string("rid") else { continue }
                    x.attachments[r, default: []].append(Self.attachmentPart(type: row.string("type"), path: row.string("path"),
                                                                             url: row.string("url"), length: row.int("n")))
                }
            }
            if has("tool_calls") {
                for row in try db.query("select response_id, name, arguments, tool_call_id from tool_calls order by id") {
                    guard let r = row.string("response_id") else { continue }
                    x.calls[r, default: []].append(ToolCall(id: row.string("tool_call_id"), name: row.string("name") ?? "",
                                                            arguments: Self.arguments(row.string("arguments"))))
                }
            }
            if has("tool_results") {
                let resultColumns = try db.columnNames("tool_results")
                let exception = resultColumns.contains("exception") ? "exception" : "null as exception"
                for row in try db.query("select response_id, name, output, tool_call_id, \(exception) from tool_results order by id") {
                    guard let r = row.string("response_id") else { continue }
                    var output = row.string("output") ?? ""
                    if output.isEmpty, let e = row.string("exception") { output = "Error: " + e }
                    x.results[r, default: []].append(Turn(origin: .toolResult, content: AgentLog.scrub(.string(output)),
                                                          toolCallID: row.string("tool_call_id"), name: row.string("name")))
                }
            }
            if has("tool_responses") {
                for row in try db.query("select response_id, tool_id from tool_responses order by tool_id") {
                    if let r = row.string("response_id"), let t = row.int("tool_id") { x.tools[r, default: []].append(t) }
                }
                if has("tools") {
                    for row in try db.query("select id, name, description, input_schema from tools") {
                        guard let id = row.int("id"), let name = row.string("name") else { continue }
                        let schema = row.string("input_schema").flatMap(AgentLog.parseJSON).flatMap { $0.objectValue != nil ? $0 : nil }
                        x.definitions[id] = ToolDefinition(name: name, description: row.string("description"), parameters: schema ?? ["type": "object"])
                    }
                }
            }
            return x
        }

        mutating func legacyConversation(key: String, rows: [SQLiteRow], names: (name: String?, model: String?)?,
                                         extras x: LegacyExtras) -> ImportedConversation {
            var turns: [Turn] = []
            var system: String?
            var currentSystem: String?
            var parameters = SamplingParameters()
            var toolIDs: [Int] = []
            for (n, row) in rows.enumerated() {
                let rid = row.string("id") ?? ""
                let created = row.string("datetime_utc")
                // The system prompt as llm sent it: system fragments, then the system text.
                let systemBits = ((x.systemFragments[rid] ?? []) + [row.string("system") ?? ""])
                    .map { String(AgentLog.trimmed($0)) }.filter { !$0.isEmpty }
                if !systemBits.isEmpty {
                    let s = systemBits.joined(separator: "\n\n")
                    if n == 0 { system = s } else if s != currentSystem {
                        turns.append(Turn(origin: .system, content: .string(s), created: created))
                    }
                    currentSystem = s
                }
                if Self.isEmpty(parameters) {
                    if let p = Self.parameters(row.string("options_json")) { parameters = p } else {
                        problems.append(problem("options_json is not a JSON object; the row's options are ignored",
                                                row: row.int("rid"), field: "responses.options_json"))
                    }
                }
                // The prompt as llm sent it: fragments, then the prompt text, one per line.
                var promptBits = x.promptFragments[rid] ?? []
                if let p = row.string("prompt"), !p.isEmpty { promptBits.append(p) }
                var parts: [JSONValue] = []
                if !promptBits.isEmpty { parts.append(AgentLog.textPart(promptBits.joined(separator: "\n"))) }
                parts += x.attachments[rid] ?? []
                if !parts.isEmpty { turns.append(Turn(origin: .human, content: AgentLog.content(parts), created: created)) }
                for result in x.results[rid] ?? [] {
                    var r = result
                    r.created = created
                    turns.append(r)
                }
                let model = row.string("resolved_model") ?? row.string("model")
                let calls = x.calls[rid] ?? []
                let response = row.string("response") ?? ""
                if !response.isEmpty || !calls.isEmpty {
                    turns.append(Turn(origin: .assistant, content: .string(response), toolCalls: calls, model: model, created: created))
                }
                for t in x.tools[rid] ?? [] where !toolIDs.contains(t) { toolIDs.append(t) }
            }
            let first = rows[0]
            let id = key.hasPrefix("response:") ? String(key.dropFirst("response:".count)) : key
            return ImportedConversation(
                format: .llmLogs, file: file, location: RecordLocation(index: first.int("rid") ?? 0), id: id, title: names?.name,
                created: first.string("datetime_utc"), system: system,
                tools: toolIDs.sorted().compactMap { x.definitions[$0] }, parameters: parameters, turns: turns,
                model: names?.model ?? first.string("model"))
        }
    }
}
