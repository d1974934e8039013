import Foundation
import ReplayGit2C

/// A file mapped read-only into memory, unmapped when the value goes.
public final class MappedFile: @unchecked Sendable {
    public let bytes: UnsafeBufferPointer<UInt8>

    public enum Access { case sequential, random, normal }

    /// `access`: how the file will be read (readahead for sequential, none for random).
    public init?(path: String, access: Access = .sequential) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        madvise(address, size, access == .sequential ? MADV_SEQUENTIAL : access == .random ? MADV_RANDOM : MADV_NORMAL)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}

/// The repository's packs (`objects/pack/*.idx` + `.pack`), mapped read-only, to read whole
/// (undeltified) objects without libgit2: a lookup is a binary search in a mapped index and one
/// inflate, with no lock, no object cache and no pack-window bookkeeping — libgit2 takes a global
/// mutex for every pack window it touches, which two reading threads spend most of their time on.
/// Anything this cannot read (loose or staged objects, deltas, another index version, damage) is
/// left to libgit2, which reads everything: this is only a faster path to the same bytes.
/// Immutable once made, so shared by all handles on the repository.
final class PackSet: @unchecked Sendable {
    struct Pack {
        let index: MappedFile
        let pack: MappedFile
        let count: Int
    }

    let packs: [Pack]
    /// The pack folder's modification time when listed: a new or removed pack changes it.
    let listed: timespec

    private init(packs: [Pack], listed: timespec) {
        self.packs = packs
        self.listed = listed
    }

    nonisolated(unsafe) private static var sets: [String: PackSet] = [:]  // guarded by `lock`
    private static let lock = NSLock()

    /// The packs of the repository at `gitDirectory`, listed again when the pack folder changed.
    static func current(_ gitDirectory: String) -> PackSet {
        let folder = gitDirectory + "/objects/pack"
        let stamp = modified(folder)
        lock.lock()
        defer { lock.unlock() }
        if let known = sets[folder], known.listed.tv_sec == stamp.tv_sec, known.listed.tv_nsec == stamp.tv_nsec { return known }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var packs: [Pack] = []
        for name in names.sorted() where name.hasSuffix(".idx") {
            let base = folder + "/" + name.dropLast(4)
            guard let index = MappedFile(path: base + ".idx", access: .random), let count = indexCount(index.bytes),
                  let pack = MappedFile(path: base + ".pack", access: .normal), matches(index.bytes, pack.bytes, count: count) else { continue }
            packs.append(Pack(index: index, pack: pack, count: count))
        }
        let set = PackSet(packs: packs.sorted { $0.count < $1.count }, listed: stamp)
        sets[folder] = set
        return set
    }

    static func modified(_ path: String) -> timespec {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mtim : timespec()
    }

    /// The object count of a version-2 index whose size matches it, else nil.
    static func indexCount(_ idx: UnsafeBufferPointer<UInt8>) -> Int? {
        guard idx.count >= 8 + 1024 + 40, idx[0] == 0xFF, idx[1] == 0x74, idx[2] == 0x4F, idx[3] == 0x63,
              be32(idx, 4) == 2 else { return nil }
        let n = Int(be32(idx, 8 + 255 * 4))
        // Names, CRCs and offsets, then large offsets (8 bytes each), then two checksums.
        guard idx.count >= 1032 + 28 * n + 40 else { return nil }
        return n
    }

    /// Whether the pack is the one the index describes: a version 2 or 3 pack of as many objects,
    /// whose trailing checksum the index repeats (a stale or foreign index would misplace objects).
    static func matches(_ idx: UnsafeBufferPointer<UInt8>, _ pack: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        guard pack.count >= 32, pack[0] == 0x50, pack[1] == 0x41, pack[2] == 0x43, pack[3] == 0x4B,
              [2, 3].contains(be32(pack, 4)), Int(be32(pack, 8)) == count else { return false }
        return (0..<20).allSatisfy { idx[idx.count - 40 + $0] == pack[pack.count - 20 + $0] }
    }

    @inline(__always) static func be32(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32 {
        UInt32(bigEndian: UnsafeRawPointer(b.baseAddress! + at).loadUnaligned(as: UInt32.self))
    }

    @inline(__always) static func be64(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt64 {
        UInt64(bigEndian: UnsafeRawPointer(b.baseAddress! + at).loadUnaligned(as: UInt64.self))
    }

    /// Where `id` starts in one of the packs, or nil. Small packs are searched first (a miss there
    /// costs little); within a pack the search starts where the id should be, ids being uniform.
    func locate(_ id: ObjectID) -> (pack: Pack, offset: Int)? {
        let (high, middle, low) = id.words
        let first = Int(high >> 56)
        for p in packs {
            let idx = p.index.bytes
            let lo = first == 0 ? 0 : Int(PackSet.be32(idx, 8 + (first - 1) * 4))
            let hi = Int(PackSet.be32(idx, 8 + first * 4))
            guard lo < hi, hi <= p.count, let n = PackSet.find(high, middle, low, in: idx, lo, hi) else { continue }
            var offset = UInt64(PackSet.be32(idx, 1032 + 24 * p.count + 4 * n))
            if offset & 0x8000_0000 != 0 {
                let large = 1032 + 28 * p.count + 8 * Int(offset & 0x7FFF_FFFF)
                guard large + 8 <= idx.count - 40 else { return nil }
                offset = PackSet.be64(idx, large)
            }
            // A pack starts with a 12-byte header and ends with a 20-byte checksum.
            guard offset >= 12, offset < UInt64(p.pack.bytes.count - 20) else { return nil }
            return (p, Int(offset))
        }
        return nil
    }

    /// The position of the id among the sorted names `lo..<hi` of an index, or nil.
    static func find(_ high: UInt64, _ middle: UInt64, _ low: UInt32, in idx: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        @inline(__always) func order(_ n: Int) -> Int {
            let at = 1032 + 20 * n
            let h = be64(idx, at)
            if h != high { return h < high ? -1 : 1 }
            let m = be64(idx, at + 8)
            if m != middle { return m < middle ? -1 : 1 }
            let l = be32(idx, at + 16)
            return l == low ? 0 : l < low ? -1 : 1
        }
        // The first byte picked the bucket; the next seven say where in it the id would sit.
        let fraction = Double(high & 0x00FF_FFFF_FFFF_FFFF) / 72_057_594_037_927_936.0
        let guess = min(hi - 1, lo + Int(fraction * Double(hi - lo)))
        var lower = lo, upper = hi
        let at = order(guess)
        if at == 0 { return guess }
        // Gallop away from the guess until the id is bracketed, then halve.
        var step = 1
        if at < 0 {
            lower = guess + 1
            while lower + step - 1 < hi, order(lower + step - 1) < 0 { lower += step; step *= 2 }
            upper = min(hi, lower + step)
        } else {
            upper = guess
            while upper - step >= lo, order(upper - step) > 0 { upper -= step; step *= 2 }
            lower = max(lo, upper - step)
        }
        while lower < upper {
            let mid = (lower + upper) / 2
            let c = order(mid)
            if c == 0 { return mid }
            if c < 0 { lower = mid + 1 } else { upper = mid }
        }
        return nil
    }
}

/// Reads whole objects from a `PackSet` for one handle (its zlib stream is reused per object).
final class PackReader {
    private let gitDirectory: String
    private var set: PackSet
    /// zlib keeps the stream's address, so it lives at a fixed one.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var ready = false

    init(gitDirectory: String) {
        self.gitDirectory = gitDirectory
        set = PackSet.current(gitDirectory)
    }

    deinit {
        if ready { replay_inflate_end(stream) }
        stream.deallocate()
    }

    /// The object's bytes if it is stored whole in a pack with type `type` (git's numbers: 1
    /// commit, 2 tree, 3 blob, 4 tag); nil for anything else, for libgit2 to read.
    func read(_ id: ObjectID, type: UInt8) -> [UInt8]? {
        var found = set.locate(id)
        if found == nil {
            // A pack written since the list was made (by this process or another): list again.
            let stamp = PackSet.modified(gitDirectory + "/objects/pack")
            guard stamp.tv_sec != set.listed.tv_sec || stamp.tv_nsec != set.listed.tv_nsec else { return nil }
            set = PackSet.current(gitDirectory)
            found = set.locate(id)
        }
        guard let (pack, offset) = found else { return nil }
        let bytes = pack.pack.bytes
        let end = bytes.count - 20
        var at = offset
        var c = bytes[at]
        guard (c >> 4) & 7 == type else { return nil }
        var size = Int(c & 0x0F), shift = 4
        while c & 0x80 != 0 {
            at += 1
            guard at < end, shift < 57 else { return nil }
            c = bytes[at]
            size |= Int(c & 0x7F) << shift
            shift += 7
        }
        at += 1
        // zlib counts in 32 bits, and deflate expands at most 1032:1: a larger size is damage.
        guard at < end, size < 1 << 32, size <= (end - at) * 1032 + 64 else { return nil }
        if !ready {
            guard replay_inflate_init(stream) == Z_OK else { return nil }
            ready = true
        }
        var failed = false
        let out = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            failed = replay_inflate_object(stream, bytes.baseAddress! + at, end - at, buffer.baseAddress, size) != 0
            count = failed ? 0 : size
        }
        return failed ? nil : out
    }
}
