#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read in chunks: a file, or a zip archive's entry being inflated.
public protocol ByteSource {
    /// Reads up to `count` bytes into `buffer` (appending); returns how many were read, 0 at the end.
    mutating func read(into buffer: inout [UInt8], count: Int) throws(ImportError) -> Int
}

/// An error that stops an import: a file that cannot be read or is not a log.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var fix: String?

    public init(_ message: String, fix: String? = nil) {
        self.message = message
        self.fix = fix
    }

    public var description: String { message }
}

/// A file read with plain POSIX reads (the descriptor is closed when the reader is released).
public final class FileBytes: ByteSource {
    let fd: Int32
    public let path: String

    public init(path: String) throws(ImportError) {
        self.path = path
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ImportError("cannot open \(path): \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    public func read(into buffer: inout [UInt8], count: Int) throws(ImportError) -> Int {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        let n = buffer.withUnsafeMutableBufferPointer { p in Glibc.read(fd, p.baseAddress! + start, count) }
        guard n >= 0 else {
            buffer.removeLast(count)
            throw ImportError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        buffer.removeLast(count - n)
        return n
    }

    /// Reads `count` bytes at `offset` (fewer at the end of the file).
    public func read(at offset: Int, count: Int) throws(ImportError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBufferPointer { p in pread(fd, p.baseAddress! + done, count - done, off_t(offset + done)) }
            guard n >= 0 else { throw ImportError("cannot read \(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            done += n
        }
        out.removeLast(count - done)
        return out
    }

    public var size: Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }
}

/// Bytes already in memory.
public struct MemoryBytes: ByteSource {
    let bytes: [UInt8]
    var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public mutating func read(into buffer: inout [UInt8], count: Int) throws(ImportError) -> Int {
        let n = min(count, bytes.count - position)
        buffer.append(contentsOf: bytes[position..<(position + n)])
        position += n
        return n
    }
}
