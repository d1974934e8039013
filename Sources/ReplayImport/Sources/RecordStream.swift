#if canImport(Glibc)
import Glibc
#endif
import ReplayCore

/// Splits a log's bytes into records without holding the file: the elements of a top-level JSON
/// array (a 1 GB `conversations.json` is read one conversation at a time), the lines of a JSONL
/// file, or a whole JSON document.
public struct RecordStream {
    public enum Shape: Sendable, Equatable { case array, lines, document }

    public let file: String
    public private(set) var shape: Shape = .document
    var source: any ByteSource
    var buffer: [UInt8] = []
    /// Scan position in `buffer`, and how many bytes were dropped from its front so far.
    var position = 0
    var dropped = 0
    var line = 1
    var index = 0
    var atEnd = false
    var done = false
    var started = false
    static let chunk = 1 << 20

    public init(source: any ByteSource, file: String) {
        self.source = source
        self.file = file
    }

    /// The next record, a problem with one record (skippable), or nil at the end. Throws when the
    /// file cannot be read or is not JSON at all.
    public mutating func next() throws(ImportError) -> Result<LogRecord, RecordProblem>? {
        guard let raw = try nextRaw() else { return nil }
        return raw.flatMap { $0.parsed(file: file) }
    }

    /// The next record's bytes, not yet parsed (so that records can be parsed on several cores).
    public mutating func nextRaw() throws(ImportError) -> Result<RawRecord, RecordProblem>? {
        if !started { try start() }
        if done { return nil }
        switch shape {
        case .lines: return try nextLine()
        case .array: return try nextElement()
        case .document: return try wholeDocument().map { $0.map { RawRecord(parsed: $0) } }
        }
    }

    mutating func fill() throws(ImportError) -> Bool {
        if atEnd { return false }
        if position > Self.chunk {
            buffer.removeFirst(position)
            dropped += position
            position = 0
        }
        let n = try source.read(into: &buffer, count: Self.chunk)
        if n == 0 { atEnd = true }
        return n > 0
    }

    mutating func start() throws(ImportError) {
        started = true
        // Skip a UTF-8 byte-order mark and leading white space.
        while true {
            while position < buffer.count, isSpace(buffer[position]) {
                if buffer[position] == 0x0A { line += 1 }
                position += 1
            }
            if position < buffer.count { break }
            guard try fill() else { done = true; return }
        }
        if buffer.count - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF {
            position += 3
            started = false
            return try start()
        }
        switch buffer[position] {
        case 0x5B: // [
            // `[` alone could start JSONL of arrays; logs never are: a top-level array.
            shape = .array
            position += 1
        case 0x7B:
            // JSONL when the first line is a whole JSON value by itself.
            while true {
                if let nl = newline(from: position) {
                    shape = (try? JSONBytes.parse(buffer[position..<nl])) != nil ? .lines : .document
                    break
                }
                guard try fill() else {
                    shape = .document
                    break
                }
            }
        default:
            throw ImportError("\(file) is not JSON or JSONL (it starts with '\(printable(buffer[position]))')",
                              fix: "pass a log file: a JSON export, a JSONL log, an `llm` logs.db or a zip export")
        }
    }

    mutating func nextLine() throws(ImportError) -> Result<RawRecord, RecordProblem>? {
        while true {
            // Find the end of the line, reading more as needed.
            var scanFrom = position
            var end: Int? = nil
            while true {
                if let nl = newline(from: scanFrom) { end = nl; break }
                let scanned = buffer.count - position
                guard try fill() else { break }
                scanFrom = position + scanned
            }
            let lineEnd = end ?? buffer.count
            if end == nil && position >= buffer.count { done = true; return nil }
            let recordLine = line
            let offset = dropped + position
            let bytes = buffer[position..<lineEnd]
            position = end.map { $0 + 1 } ?? buffer.count
            line += 1
            if bytes.allSatisfy(isSpace) { continue }
            let location = RecordLocation(line: recordLine, index: index, offset: offset)
            index += 1
            return .success(RawRecord(bytes: Array(bytes), location: location, isLine: true))
        }
    }

    /// The next element of the top-level array: scans to the comma or bracket that ends it at
    /// depth 1, then parses just those bytes.
    mutating func nextElement() throws(ImportError) -> Result<RawRecord, RecordProblem>? {
        // Skip white space and the separating comma.
        while true {
            while position < buffer.count, isSpace(buffer[position]) || buffer[position] == 0x2C {
                if buffer[position] == 0x0A { line += 1 }
                position += 1
            }
            if position < buffer.count { break }
            guard try fill() else {
                done = true
                return .failure(RecordProblem(file: file, location: RecordLocation(line: line, index: index, offset: dropped + position),
                                              message: "the file ends before the list's closing ']' (truncated?)"))
            }
        }
        if buffer[position] == 0x5D { done = true; return nil }
        let startLine = line
        var start = position
        var depth = 0
        var inString = false
        var i = position
        var newlines = 0
        var endIndex: Int? = nil
        scanning: while true {
            let count = buffer.count
            let found: Int? = buffer.withUnsafeBufferPointer { b -> Int? in
                while i < count {
                    let c = b[i]
                    if inString {
                        if c == 0x5C { i += 2; continue }
                        if c == 0x22 { inString = false; i += 1; continue }
                        // Inside a string only a quote or a backslash matters: jump to the next
                        // of either (most of a log's bytes are string contents).
                        let base = b.baseAddress!
                        let quote = memchr(base + i, 0x22, count - i).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? count
                        let slash = memchr(base + i, 0x5C, quote - i).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? quote
                        // Newlines cannot occur raw in a valid string; count none here.
                        i = slash
                        continue
                    } else {
                        switch c {
                        case 0x22: inString = true
                        case 0x7B, 0x5B: depth += 1
                        case 0x7D, 0x5D:
                            if depth == 0 { return i }
                            depth -= 1
                        case 0x2C: if depth == 0 { return i }
                        case 0x0A: newlines += 1
                        default: break
                        }
                    }
                    i += 1
                }
                return nil
            }
            if let found { endIndex = found; break scanning }
            let before = position
            guard try fill() else { break scanning }
            let shift = before - position
            i -= shift; start -= shift
        }
        let location = RecordLocation(line: startLine, index: index, offset: dropped + start)
        index += 1
        guard let end = endIndex else {
            done = true
            return .failure(RecordProblem(file: file, location: location, message: "the file ends inside this record (truncated?)"))
        }
        line += newlines
        position = end
        if end == start {
            // A closing bracket where a record should start: step over it.
            position = end + 1
            return .failure(RecordProblem(file: file, location: location, message: "unexpected '\(printable(buffer[end]))' where a record should start"))
        }
        return .success(RawRecord(bytes: Array(buffer[start..<end]), location: location, isLine: false))
    }

    mutating func wholeDocument() throws(ImportError) -> Result<LogRecord, RecordProblem>? {
        while try fill() {}
        done = true
        let location = RecordLocation(line: line, index: 0, offset: dropped + position)
        do {
            return .success(LogRecord(file: file, location: location, value: try JSONBytes.parse(buffer[position...])))
        } catch {
            let lineOfError = line + buffer[position..<min(buffer.count, position + error.offset)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw ImportError("\(file), line \(lineOfError): not valid JSON: \(error.message)", fix: "fix the file or export it again")
        }
    }
}

/// A record's bytes and where they are, before parsing.
public struct RawRecord: Sendable {
    public let bytes: [UInt8]
    public let location: RecordLocation
    let isLine: Bool
    var alreadyParsed: JSONValue? = nil

    init(bytes: [UInt8], location: RecordLocation, isLine: Bool) {
        self.bytes = bytes
        self.location = location
        self.isLine = isLine
    }

    init(parsed: LogRecord) {
        bytes = []
        location = parsed.location
        isLine = false
        alreadyParsed = parsed.value
    }

    /// The parsed record, or where in it the JSON is broken.
    public func parsed(file: String) -> Result<LogRecord, RecordProblem> {
        if let alreadyParsed { return .success(LogRecord(file: file, location: location, value: alreadyParsed)) }
        do {
            return .success(LogRecord(file: file, location: location, value: try JSONBytes.parse(bytes)))
        } catch {
            if isLine {
                return .failure(RecordProblem(file: file, location: location, message: "not valid JSON at column \(error.offset + 1): \(error.message)"))
            }
            let lineOfError = (location.line ?? 1) + bytes[..<min(bytes.count, error.offset)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(RecordProblem(file: file, location: RecordLocation(line: lineOfError, index: location.index,
                                                                               offset: (location.offset ?? 0) + error.offset),
                                          message: "not valid JSON: \(error.message)"))
        }
    }
}

extension RecordStream {
    func newline(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { b -> Int? in
            guard let hit = memchr(b.baseAddress! + from, 0x0A, b.count - from) else { return nil }
            return b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }
}

@inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

func printable(_ c: UInt8) -> String {
    c >= 0x20 && c < 0x7F ? String(UnicodeScalar(c)) : "\\x" + String(c, radix: 16)
}
