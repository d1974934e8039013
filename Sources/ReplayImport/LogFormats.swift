import ReplayCore

/// Every record format `replay import` reads, and the choice of one from a file's first record.
public enum LogFormats {
    /// Record readers in order of preference when two recognize a record equally.
    static var readers: [any RecordReader.Type] {
        [ChatGPTReader.self, ClaudeAIReader.self, ClaudeCodeReader.self, CodexReader.self,
         OpenAIBatchReader.self, AnthropicBatchReader.self, OpenAIResponsesReader.self, OpenAIChatReader.self,
         AnthropicMessagesReader.self, OpenAIFineTuneReader.self, HFMessagesReader.self, ShareGPTReader.self, OTelReader.self]
    }

    public static func readerType(_ id: LogFormatID) -> (any RecordReader.Type)? {
        readers.first { $0.format == id }
    }

    /// The format a file whose first record is `first` is in, or nil when none recognizes it.
    public static func detect(_ first: JSONValue) -> LogFormatID? {
        var best: (score: Int, format: LogFormatID)? = nil
        for reader in readers {
            let score = reader.recognizes(first)
            if score > 0, score > (best?.score ?? 0) { best = (score, reader.format) }
        }
        return best?.format
    }

    /// The formats `--format` accepts.
    public static var all: [LogFormatID] { readers.map { $0.format } + [.llmLogs] }
}
