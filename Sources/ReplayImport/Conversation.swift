import ReplayCore

/// One conversation as a log holds it, on its active branch, in the order production saw it:
/// what every format's reader produces and what cases are built from. Nothing here is redacted
/// yet.
public struct ImportedConversation: Sendable, Equatable {
    public var format: LogFormatID
    /// The log file it came from, as the user named it (zip entries as `export.zip:conversations.json`).
    public var file: String
    /// Where in the file: 1-based line (JSONL) or record index (JSON arrays, database rows).
    public var location: RecordLocation
    /// The conversation's id in its source (or one derived from file and position).
    public var id: String
    public var title: String?
    /// ISO 8601 time the conversation started, when the log says.
    public var created: String?
    /// System prompt or custom instructions in force.
    public var system: String?
    public var tools: [ToolDefinition]
    public var parameters: SamplingParameters
    public var turns: [Turn]
    /// Who exported the log (ChatGPT/Claude.ai exports carry it): redacted wherever it appears.
    public var exporter: Person?
    /// Free-form labels (e.g. a project or workspace name) usable for stratified sampling.
    public var tags: [String]
    /// The model the conversation (or request) was sent to, when the log says at that level;
    /// assistant turns may name their own.
    public var model: String?
    /// True for a logged request without its response: the last human turn was sent to the model
    /// (so it is a case), though the reply is not in the log (so it has no baseline).
    public var pendingReply: Bool

    public init(format: LogFormatID, file: String, location: RecordLocation, id: String, title: String? = nil,
                created: String? = nil, system: String? = nil, tools: [ToolDefinition] = [],
                parameters: SamplingParameters = .init(), turns: [Turn] = [], exporter: Person? = nil, tags: [String] = [],
                model: String? = nil, pendingReply: Bool = false) {
        self.format = format
        self.file = file
        self.location = location
        self.id = id
        self.title = title
        self.created = created
        self.system = system
        self.tools = tools
        self.parameters = parameters
        self.turns = turns
        self.exporter = exporter
        self.tags = tags
        self.model = model
        self.pendingReply = pendingReply
    }
}

/// One message of a conversation.
public struct Turn: Sendable, Equatable {
    /// Who wrote it, and for user-role messages whether a human did.
    public enum Origin: String, Sendable, Equatable {
        /// A person typed it: the only kind of turn that becomes a case's prompt.
        case human
        /// The model's reply (text and/or tool calls).
        case assistant
        /// A tool's result, whatever role the log gives it (Anthropic sends them as user messages).
        case toolResult = "tool_result"
        /// Context the application injected in a user or system role (environment details, meta
        /// messages, attachments' text, instructions files).
        case injected
        /// A compaction summary standing in for earlier turns.
        case summary
        /// A system/developer message inside the conversation.
        case system
    }

    public var origin: Origin
    /// Text, or a list of content parts (`{type: text, text}`, `{type: image_url, ...}`).
    public var content: JSONValue
    /// For assistant turns: the tool calls made.
    public var toolCalls: [ToolCall]
    /// For tool results: the call answered.
    public var toolCallID: String?
    /// For tool results: the tool's name when the log says.
    public var name: String?
    /// The model that wrote an assistant turn, when the log says.
    public var model: String?
    /// ISO 8601 time of the message, when the log says.
    public var created: String?

    public init(origin: Origin, content: JSONValue, toolCalls: [ToolCall] = [], toolCallID: String? = nil,
                name: String? = nil, model: String? = nil, created: String? = nil) {
        self.origin = origin
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.name = name
        self.model = model
        self.created = created
    }

    /// The turn's text: the string, or its text parts joined with blank lines.
    public var text: String {
        switch content {
        case .string(let s): return s
        case .array(let parts):
            return parts.compactMap { part -> String? in
                if let s = part.stringValue { return s }
                if let t = part["text"]?.stringValue { return t }
                return nil
            }.joined(separator: "\n\n")
        default: return ""
        }
    }
}

/// The person an export belongs to, as the export's metadata names them.
public struct Person: Sendable, Equatable {
    public var name: String?
    public var email: String?
    /// Account, user or organization ids.
    public var ids: [String]

    public init(name: String? = nil, email: String? = nil, ids: [String] = []) {
        self.name = name
        self.email = email
        self.ids = ids
    }
}

/// Where a record sits in its file.
public struct RecordLocation: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line of a JSONL record.
    public var line: Int?
    /// 0-based index of the record in its file (array element, JSONL record, database row id).
    public var index: Int
    /// Byte offset of the record's start, when known.
    public var offset: Int?

    public init(line: Int? = nil, index: Int, offset: Int? = nil) {
        self.line = line
        self.index = index
        self.offset = offset
    }

    public var description: String {
        var parts: [String] = []
        if let line { parts.append("line \(line)") }
        if line == nil, let offset { parts.append("byte \(offset)") }
        parts.append("record \(index)")
        return parts.joined(separator: ", ")
    }
}
