import Dispatch
import Foundation
import ReplayCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads log files, folders and zip exports, tells each file's format from its content, feeds
/// the records to that format's reader and hands on every conversation. Bad records are skipped
/// and counted (or, when strict, stop the import).
public final class LogImporter {
    public struct Tally: Sendable, Equatable {
        public var files: [String: LogFormatID] = [:]
        public var records = 0
        public var conversations = 0
        /// Records skipped, by reason.
        public var skipped: [String: Int] = [:]
        /// The first problems, with where they are.
        public var problems: [RecordProblem] = []
        /// The export's owner, where the export says (`user.json`, `users.json`).
        public var exporter: Person? = nil
    }

    public let format: LogFormatID?
    public let strict: Bool
    public private(set) var tally = Tally()
    var readers: [LogFormatID: any RecordReader] = [:]
    /// Turns a path into what messages show (relative to the working directory).
    let display: (String) -> String

    public init(format: LogFormatID? = nil, strict: Bool = false, display: @escaping (String) -> String = { $0 }) {
        self.format = format
        self.strict = strict
        self.display = display
    }

    /// Reads every path (files, folders, zip archives); `each` gets every conversation.
    public func read(_ paths: [String], each: (ImportedConversation) throws -> Void) throws {
        do { try readAll(paths, each: each) } catch let error as Unrecognized { throw error.error }
    }

    func readAll(_ paths: [String], each: (ImportedConversation) throws -> Void) throws {
        for path in paths {
            let files = try expand(path)
            // Files found in a folder may be other JSON (metadata, settings): one in no known log
            // format is skipped and counted there; a file named by itself must be a log.
            let found = files != [path]
            for file in files {
                do { try readFile(file, each: each) } catch let error as Unrecognized where found {
                    tally.skipped["files in no known log format (in a folder)", default: 0] += 1
                    if tally.problems.count < 20 { tally.problems.append(RecordProblem(file: error.file, location: nil, message: error.error.message)) }
                }
            }
        }
        for id in readers.keys.sorted() {
            do { try handOn(try readers[id]!.finishing(), each: each) } catch let problem as RecordProblem {
                try skip(problem, reason: problem.message)
            }
            for problem in readers[id]!.deferredProblems { try skip(problem, reason: problem.message) }
        }
    }

    func expand(_ path: String) throws(ImportError) -> [String] {
        var st = stat()
        guard stat(path, &st) == 0 else { throw ImportError("\(display(path)) does not exist", fix: "pass a log file, a folder of logs or a zip export") }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { return [path] }
        var files: [String] = []
        func walk(_ folder: String) {
            guard let dir = opendir(folder) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name.hasPrefix(".") { continue }
                let full = folder + "/" + name
                var s = stat()
                guard stat(full, &s) == 0 else { continue }
                if (s.st_mode & S_IFMT) == S_IFDIR { walk(full) } else {
                    let lower = name.lowercased()
                    if [".json", ".jsonl", ".ndjson", ".db", ".sqlite", ".zip"].contains(where: { lower.hasSuffix($0) }) { files.append(full) }
                }
            }
        }
        walk(path)
        guard !files.isEmpty else { throw ImportError("\(display(path)) holds no log files (.json, .jsonl, .db, .zip)", fix: "pass the folder that holds the logs") }
        return files.sorted()
    }

    func readFile(_ path: String, each: (ImportedConversation) throws -> Void) throws {
        let file = try FileBytes(path: path)
        let head = try file.read(at: 0, count: 16)
        if head.starts(with: Array("SQLite format 3".utf8)) {
            if let format, format != .llmLogs {
                throw ImportError("\(display(path)) is an SQLite database, not \(format.rawValue)", fix: "leave out --format, or pass --format llm")
            }
            try readDatabase(path, each: each)
            return
        }
        if ZipArchive.isZip(head) {
            try readZip(path, each: each)
            return
        }
        try readStream(RecordStream(source: file, file: display(path)), each: each)
    }

    func readDatabase(_ path: String, each: (ImportedConversation) throws -> Void) throws {
        let file = display(path)
        let (conversations, problems) = try LLMLogsReader.read(path: path, file: file)
        tally.files[file] = .llmLogs
        tally.records += conversations.count + problems.count
        for problem in problems { try skip(problem, reason: problem.message) }
        try handOn(conversations, each: each)
    }

    func readZip(_ path: String, each: (ImportedConversation) throws -> Void) throws {
        let zip = try ZipArchive(path: path)
        let name = { (e: ZipArchive.Entry) in e.name.split(separator: "/").last.map(String.init) ?? e.name }
        // The export's owner.
        for entry in zip.entries where ["user.json", "users.json"].contains(name(entry)) && entry.size < 1 << 20 {
            var bytes: [UInt8] = []
            let stream = try zip.open(entry)
            while try stream.read(into: &bytes, count: 1 << 16) > 0 {}
            if let value = try? JSONBytes.parse(bytes) { noteExporter(value) }
        }
        let conversations = zip.entries.filter { name($0).hasPrefix("conversations") && name($0).hasSuffix(".json") }
        let logs = conversations.isEmpty
            ? zip.entries.filter { e in (name(e).hasSuffix(".json") || name(e).hasSuffix(".jsonl")) && !Self.exportMetadata.contains(name(e)) }
            : conversations
        guard !logs.isEmpty else {
            throw ImportError("\(display(path)) is a zip archive without conversations (no conversations.json, no .json/.jsonl logs)",
                              fix: "pass the ChatGPT or Claude.ai export zip, or the log files themselves")
        }
        for entry in logs.sorted(by: { $0.name < $1.name }) {
            try readStream(RecordStream(source: try zip.open(entry), file: "\(display(path)):\(entry.name)"), each: each)
        }
    }

    static let exportMetadata: Set<String> = ["user.json", "users.json", "projects.json", "message_feedback.json", "shared_conversations.json",
                                              "model_comparisons.json", "group_chats.json", "sora.json", "shopping.json"]

    func noteExporter(_ value: JSONValue) {
        var person = tally.exporter ?? Person()
        let records = value.arrayValue ?? [value]
        for r in records {
            if let email = r["email"]?.stringValue ?? r["email_address"]?.stringValue, person.email == nil { person.email = email }
            if let name = r["full_name"]?.stringValue ?? r["name"]?.stringValue, person.name == nil { person.name = name }
            for key in ["id", "uuid"] { if let id = r[key]?.stringValue, !person.ids.contains(id) { person.ids.append(id) } }
            if let phone = r["phone_number"]?.stringValue ?? r["verified_phone_number"]?.stringValue, !phone.isEmpty, !person.ids.contains(phone) {
                person.ids.append(phone)
            }
        }
        tally.exporter = person
    }

    func readStream(_ stream: RecordStream, each: (ImportedConversation) throws -> Void) throws {
        var stream = stream
        var chosen: LogFormatID? = format
        var pending: [LogRecord] = []
        let file = stream.file
        // Records are parsed in batches on every core, then read in order.
        var raws: [RawRecord] = []
        func process(_ result: Result<LogRecord, RecordProblem>) throws {
            switch result {
            case .failure(let problem):
                try skip(problem, reason: "not valid JSON")
            case .success(let record):
                tally.records += 1
                if chosen == nil {
                    guard let found = LogFormats.detect(record.value) else {
                        // A file whose first records fit no format: say so, with the shapes we know.
                        pending.append(record)
                        if pending.count >= 3 || stream.shape == .document { throw unrecognized(file, record) }
                        return
                    }
                    chosen = found
                }
                let id = chosen!
                tally.files[file] = id
                guard let type = LogFormats.readerType(id) else {
                    throw ImportError("--format \(id.rawValue) reads databases only, and \(file) is not one")
                }
                if readers[id] == nil { readers[id] = type.init() }
                for r in pending + [record] {
                    do { try handOn(try readers[id]!.read(r), each: each) } catch let problem as RecordProblem {
                        try skip(problem, reason: problem.message)
                    }
                }
                pending = []
            }
        }
        func flush() throws {
            guard !raws.isEmpty else { return }
            let batch = raws
            raws.removeAll(keepingCapacity: true)
            // Once the format is known and its reader keeps no state, records are parsed and read
            // on every core; otherwise parsed there and read here, in order.
            if let id = chosen, pending.isEmpty, let type = LogFormats.readerType(id), type.readsRecordsAlone {
                tally.files[file] = id
                for outcome in Self.readAll(batch, file: file, type: type) {
                    switch outcome {
                    case .failure(let problem) where problem.message.hasPrefix("not valid JSON"):
                        try skip(problem, reason: "not valid JSON")
                    case .failure(let problem):
                        tally.records += 1
                        try skip(problem, reason: problem.message)
                    case .success(let conversations):
                        tally.records += 1
                        try handOn(conversations, each: each)
                    }
                }
                return
            }
            for result in Self.parseAll(batch, file: file) { try process(result) }
        }
        while let next = try stream.nextRaw() {
            switch next {
            case .failure(let problem):
                try flush()
                try process(.failure(problem))
            case .success(let raw):
                raws.append(raw)
                if raws.count >= 64 { try flush() }
            }
        }
        try flush()
        if let id = chosen, readers[id] != nil {
            do { try handOn(try readers[id]!.endOfFile(file), each: each) } catch let problem as RecordProblem {
                try skip(problem, reason: problem.message)
            }
        } else if let first = pending.first {
            throw unrecognized(file, first)
        }
    }

    /// Parses and reads a batch of records on every core (a reader per worker), keeping their order.
    static func readAll(_ raws: [RawRecord], file: String, type: any RecordReader.Type) -> [Result<[ImportedConversation], RecordProblem>] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, 4)
        let results = ResultSlots<Result<[ImportedConversation], RecordProblem>>(count: raws.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var reader = type.init()
            var i = w
            while i < raws.count {
                switch raws[i].parsed(file: file) {
                case .failure(let problem): results.set(i, .failure(problem))
                case .success(let record):
                    do { results.set(i, .success(try reader.read(record))) } catch let problem as RecordProblem { results.set(i, .failure(problem)) } catch {
                        results.set(i, .failure(record.problem("\(error)")))
                    }
                }
                i += workers
            }
        }
        return results.values
    }

    /// Parses a batch of records on every core, keeping their order.
    static func parseAll(_ raws: [RawRecord], file: String) -> [Result<LogRecord, RecordProblem>] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, 4)
        guard workers > 1, raws.count > 1 else { return raws.map { $0.parsed(file: file) } }
        let results = ResultSlots<Result<LogRecord, RecordProblem>>(count: raws.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < raws.count {
                results.set(i, raws[i].parsed(file: file))
                i += workers
            }
        }
        return results.values
    }

    /// A file none of the formats recognizes.
    struct Unrecognized: Error {
        let file: String
        let error: ImportError
    }

    func unrecognized(_ file: String, _ record: LogRecord) -> Error {
        let keys = record.value.objectValue.map { "an object with " + $0.keys.sorted().prefix(6).joined(separator: ", ") } ?? typeName(record.value)
        return Unrecognized(file: file, error: ImportError("\(file) (\(record.location)): no known log format has records like this one (\(keys))",
                           fix: "pass --format with one of: \(LogFormats.all.map(\.rawValue).joined(separator: ", "))"))
    }

    func handOn(_ conversations: [ImportedConversation], each: (ImportedConversation) throws -> Void) throws {
        for c in conversations {
            tally.conversations += 1
            try each(c)
        }
    }

    func skip(_ problem: RecordProblem, reason: String) throws {
        if strict {
            throw ImportError("\(problem)", fix: "fix or remove the record; without --strict such records are skipped and counted")
        }
        // Reasons are counted by their kind, not per record: the message up to its first quote or digit detail.
        tally.skipped[Self.reasonKind(reason), default: 0] += 1
        if tally.problems.count < 20 { tally.problems.append(problem) }
    }

    static func reasonKind(_ message: String) -> String {
        if message.hasPrefix("not valid JSON") { return "not valid JSON" }
        if message.hasPrefix("the file ends") { return "truncated" }
        return message
    }
}

/// Results written by index from several threads (each slot by one thread only).
final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ i: Int, _ value: T) { slots[i] = value }
    var values: [T] { slots.map { $0! } }
}

extension RecordReader {
    /// `finish()` on an existential.
    mutating func finishing() throws(RecordProblem) -> [ImportedConversation] { try finish() }
}
