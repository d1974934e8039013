import ReplayCore

/// The log formats `replay import` reads. The raw value is what `--format` takes.
public enum LogFormatID: String, Sendable, CaseIterable, Comparable {
    case chatgpt
    case claudeAI = "claude-ai"
    case openaiChat = "openai-chat"
    case openaiResponses = "openai-responses"
    case openaiBatch = "openai-batch"
    case openaiFineTune = "openai-finetune"
    case anthropicMessages = "anthropic-messages"
    case anthropicBatch = "anthropic-batch"
    case sharegpt
    case hfMessages = "hf-messages"
    case llmLogs = "llm"
    case claudeCode = "claude-code"
    case codex
    case otel

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// What the format is, for `--help` and summaries.
    public var title: String {
        switch self {
        case .chatgpt: return "ChatGPT data export (conversations.json, split files or the zip)"
        case .claudeAI: return "Claude.ai data export (conversations.json or the zip)"
        case .openaiChat: return "OpenAI Chat Completions requests (or request/response pairs), JSONL"
        case .openaiResponses: return "OpenAI Responses API requests/items, JSONL"
        case .openaiBatch: return "OpenAI Batch API input and output JSONL (joined on custom_id)"
        case .openaiFineTune: return "OpenAI fine-tuning `messages` JSONL"
        case .anthropicMessages: return "Anthropic Messages API requests (or request/response pairs), JSONL"
        case .anthropicBatch: return "Anthropic Message Batch requests and results JSONL (joined on custom_id)"
        case .sharegpt: return "ShareGPT JSON/JSONL (`conversations` of from/value)"
        case .hfMessages: return "Hugging Face chat `messages` JSONL"
        case .llmLogs: return "Simon Willison's `llm` logs.db (SQLite; legacy and 0.32 schemas)"
        case .claudeCode: return "Claude Code session JSONL"
        case .codex: return "OpenAI Codex CLI rollout JSONL"
        case .otel: return "OpenTelemetry GenAI spans (OTLP JSON)"
        }
    }
}

/// A record-by-record reader for one format: fed every record (a JSON array element or a JSONL
/// line) of every file of that format in one import, in order, and asked for what it holds at the
/// end of each file and at the end of the import (formats that join across records or files, such
/// as batch input and output, hold records until then).
public protocol RecordReader {
    /// The format this reader reads.
    static var format: LogFormatID { get }
    /// How strongly a file whose first record is `first` looks like this format, from its shape
    /// (never its file name): 0 = not this format; 1 = could be (a generic shape other formats
    /// share); 2 = has this format's own fields; 3 = unmistakable. The highest score wins.
    static func recognizes(_ first: JSONValue) -> Int
    /// A reader with no records read yet.
    init()
    /// True when each record is read on its own (no state kept between records): such records
    /// are then read on every core.
    static var readsRecordsAlone: Bool { get }
    /// Reads one record. Throws `RecordProblem` for a record it cannot use (skipped and counted,
    /// fatal with `--strict`); returns nothing for a record that is valid but holds no conversation
    /// of its own (a header line, one line of a session still being read).
    mutating func read(_ record: LogRecord) throws(RecordProblem) -> [ImportedConversation]
    /// The file being read ended.
    mutating func endOfFile(_ file: String) throws(RecordProblem) -> [ImportedConversation]
    /// The import ended.
    mutating func finish() throws(RecordProblem) -> [ImportedConversation]
    /// Problems with single parts of records that still gave conversations (one bad span of an
    /// OTLP file, a batch output without its input), read once at the end of the import.
    var deferredProblems: [RecordProblem] { get }
}

extension RecordReader {
    public mutating func endOfFile(_ file: String) throws(RecordProblem) -> [ImportedConversation] { [] }
    public mutating func finish() throws(RecordProblem) -> [ImportedConversation] { [] }
    public var deferredProblems: [RecordProblem] { [] }
    public static var readsRecordsAlone: Bool { false }
}

/// One record of a log: a parsed JSON value and where it sits.
public struct LogRecord: Sendable {
    public var file: String
    public var location: RecordLocation
    public var value: JSONValue

    public init(file: String, location: RecordLocation, value: JSONValue) {
        self.file = file
        self.location = location
        self.value = value
    }

    /// A problem with this record, naming the field (a dotted path such as `mapping.abc.message.content`).
    public func problem(_ message: String, field: String? = nil) -> RecordProblem {
        RecordProblem(file: file, location: location, field: field, message: message)
    }
}

/// A record that cannot be used: where it is and why.
public struct RecordProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var location: RecordLocation?
    public var field: String?
    public var message: String

    public init(file: String, location: RecordLocation?, field: String? = nil, message: String) {
        self.file = file
        self.location = location
        self.field = field
        self.message = message
    }

    public var description: String {
        var s = file
        if let location { s += " (\(location))" }
        if let field { s += ", field '\(field)'" }
        return s + ": " + message
    }
}
