import ReplayZlibC

/// A zip archive's directory and its entries' bytes, inflated as they are read (exports come as
/// zips of several hundred megabytes: nothing is unpacked to disk or held whole in memory).
public struct ZipArchive {
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let method: UInt16
        public let compressedSize: Int
        public let size: Int
        let localHeaderOffset: Int
    }

    public let path: String
    public let entries: [Entry]
    let file: FileBytes

    public static func isZip(_ head: [UInt8]) -> Bool { head.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    public init(path: String) throws(ImportError) {
        self.path = path
        file = try FileBytes(path: path)
        entries = try ZipArchive.readDirectory(file, path: path)
    }

    /// The entry's bytes as a stream.
    public func open(_ entry: Entry) throws(ImportError) -> ZipEntryBytes {
        let header = try file.read(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30, header.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw ImportError("\(path): the zip entry '\(entry.name)' has no local header where the directory says", fix: "the archive is damaged: export again")
        }
        let dataStart = entry.localHeaderOffset + 30 + Int(le16(header, 26)) + Int(le16(header, 28))
        guard entry.method == 0 || entry.method == 8 else {
            throw ImportError("\(path): the zip entry '\(entry.name)' uses compression method \(entry.method)", fix: "unzip it and import the file itself")
        }
        return try ZipEntryBytes(file: file, start: dataStart, compressedSize: entry.compressedSize, size: entry.size,
                                 deflated: entry.method == 8, name: "\(path):\(entry.name)")
    }

    static func readDirectory(_ file: FileBytes, path: String) throws(ImportError) -> [Entry] {
        let size = file.size
        // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
        let tailStart = max(0, size - 65_557)
        let tail = try file.read(at: tailStart, count: size - tailStart)
        var eocd = -1
        var i = tail.count - 22
        while i >= 0 {
            if tail[i] == 0x50, tail[i + 1] == 0x4B, tail[i + 2] == 0x05, tail[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw ImportError("\(path) is not a complete zip archive (no end of central directory)", fix: "the download may be truncated: export again") }
        var count = Int(le16(tail, eocd + 10))
        var directorySize = Int(le32(tail, eocd + 12))
        var directoryOffset = Int(le32(tail, eocd + 16))
        // Zip64: the locator sits just before the record.
        if eocd >= 20, le32(tail, eocd - 20) == 0x07064B50 {
            let recordOffset = Int(le64(tail, eocd - 20 + 8))
            let record = try file.read(at: recordOffset, count: 56)
            if record.count == 56, le32(record, 0) == 0x06064B50 {
                count = Int(le64(record, 32))
                directorySize = Int(le64(record, 40))
                directoryOffset = Int(le64(record, 48))
            }
        }
        guard directoryOffset + directorySize <= size else { throw ImportError("\(path): the zip directory points past the end of the file", fix: "export again") }
        let dir = try file.read(at: directoryOffset, count: directorySize)
        var entries: [Entry] = []
        var p = 0
        for _ in 0..<count {
            guard p + 46 <= dir.count, le32(dir, p) == 0x02014B50 else { throw ImportError("\(path): the zip directory is damaged", fix: "export again") }
            let method = le16(dir, p + 10)
            var compressed = Int(le32(dir, p + 20)), uncompressed = Int(le32(dir, p + 24))
            let nameLength = Int(le16(dir, p + 28)), extraLength = Int(le16(dir, p + 30)), commentLength = Int(le16(dir, p + 32))
            var offset = Int(le32(dir, p + 42))
            guard p + 46 + nameLength + extraLength <= dir.count else { throw ImportError("\(path): the zip directory is damaged", fix: "export again") }
            let name = String(decoding: dir[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            // Zip64 extra field: the 64-bit sizes and offset, for those set to 0xFFFFFFFF.
            var e = p + 46 + nameLength
            let extraEnd = e + extraLength
            while e + 4 <= extraEnd {
                let id = le16(dir, e), length = Int(le16(dir, e + 2))
                if id == 0x0001 {
                    var q = e + 4
                    if uncompressed == 0xFFFF_FFFF, q + 8 <= e + 4 + length { uncompressed = Int(le64(dir, q)); q += 8 }
                    if compressed == 0xFFFF_FFFF, q + 8 <= e + 4 + length { compressed = Int(le64(dir, q)); q += 8 }
                    if offset == 0xFFFF_FFFF, q + 8 <= e + 4 + length { offset = Int(le64(dir, q)) }
                }
                e += 4 + length
            }
            entries.append(Entry(name: name, method: method, compressedSize: compressed, size: uncompressed, localHeaderOffset: offset))
            p += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }
}

/// One zip entry's bytes, inflated chunk by chunk.
public final class ZipEntryBytes: ByteSource {
    let file: FileBytes
    var position: Int
    let end: Int
    let deflated: Bool
    let name: String
    var stream = z_stream()
    var input: [UInt8] = []
    var inputUsed = 0
    var finished = false

    init(file: FileBytes, start: Int, compressedSize: Int, size: Int, deflated: Bool, name: String) throws(ImportError) {
        self.file = file
        position = start
        end = start + compressedSize
        self.deflated = deflated
        self.name = name
        if deflated {
            guard replay_inflate_init_raw(&stream) == Z_OK else { throw ImportError("\(name): zlib could not start inflating") }
        }
    }

    deinit { if deflated { inflateEnd(&stream) } }

    public func read(into buffer: inout [UInt8], count: Int) throws(ImportError) -> Int {
        if !deflated {
            let n = min(count, end - position)
            guard n > 0 else { return 0 }
            let bytes = try file.read(at: position, count: n)
            position += bytes.count
            buffer.append(contentsOf: bytes)
            return bytes.count
        }
        if finished { return 0 }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        var produced = 0
        while produced == 0 && !finished {
            if inputUsed == input.count {
                let n = min(1 << 18, end - position)
                guard n > 0 else { buffer.removeLast(count); throw ImportError("\(name): the compressed data ends early", fix: "the archive is damaged: export again") }
                input = try file.read(at: position, count: n)
                position += input.count
                inputUsed = 0
            }
            let status: Int32 = input.withUnsafeMutableBufferPointer { inp in
                buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_in = inp.baseAddress! + inputUsed
                    stream.avail_in = UInt32(inp.count - inputUsed)
                    stream.next_out = out.baseAddress! + start + produced
                    stream.avail_out = UInt32(count - produced)
                    let r = inflate(&stream, Z_NO_FLUSH)
                    inputUsed = inp.count - Int(stream.avail_in)
                    produced = count - Int(stream.avail_out)
                    return r
                }
            }
            if status == Z_STREAM_END { finished = true } else if status != Z_OK && status != Z_BUF_ERROR {
                buffer.removeLast(count)
                throw ImportError("\(name): the compressed data is damaged (zlib \(status))", fix: "export again")
            }
        }
        buffer.removeLast(count - produced)
        return produced
    }
}

func le16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
func le32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(le16(b, i)) | UInt32(le16(b, i + 2)) << 16 }
func le64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(le32(b, i)) | UInt64(le32(b, i + 4)) << 32 }
