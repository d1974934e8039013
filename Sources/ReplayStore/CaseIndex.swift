import Foundation
import ReplayCore
import ReplayGit

/// A run's case folders listed in one flat file beside the store: `replay-index/<cases tree id>.idx` in the git
/// directory. Derived data, like git's own commit-graph: written when a run is written, keyed by the `cases` tree it
/// lists, checked against that tree's shard ids whenever it is read, and simply not used (the trees are walked)
/// when it is missing or does not match. Comparing two runs' lists is one pass over two files in memory: no tree
/// is inflated or parsed, where a tree walk (git's or ours) must parse every shard a 1% change touches — all of
/// them at a million cases. Nothing here is pushed, pulled or needed: deleting the folder loses only speed.
///
/// Format (little-endian): `RPCI`, u32 version, the `cases` tree id (20 bytes), u32 shard count; per shard a u8
/// name length, the name, its tree id (20 bytes), u32 entry count and u64 offset of its first entry; then each
/// shard's entries in git's order (folder id, 20 bytes; u8 name length; name); then `END\n` and the u64 file length.
struct CaseIndex {
    static let folder = "replay-index"
    static let version: UInt32 = 1
    /// How many lists are kept (the most recently written or read); older ones are deleted.
    static let keep = 16

    struct Shard {
        let name: [UInt8]
        let id: ObjectID
        let count: Int
        let offset: Int
    }

    /// The file's bytes (mapped read-only: a million cases' list is read by the page, not copied).
    let file: MappedFile
    var bytes: UnsafeBufferPointer<UInt8> { file.bytes }
    let cases: ObjectID
    let shards: [Shard]

    /// A case folder whose id differs between two lists (nil where the case is absent).
    struct Change: Sendable {
        let name: String
        let old: ObjectID?
        let new: ObjectID?
    }

    // MARK: Encoding

    /// Where a shard's entries come from when a list is written: the shard's tree entries, or the same shard in
    /// another list (copied as bytes: a review that splices a few cases into a million-case default rewrites
    /// only the shards it touched).
    enum ShardEntries {
        case entries([TreeEntry])
        case copied(from: CaseIndex, Shard)
    }

    static func encode(cases: ObjectID, shards: [(name: String, id: ObjectID, entries: [TreeEntry])]) -> [UInt8] {
        encode(cases: cases, shards: shards.map { ($0.name, $0.id, ShardEntries.entries($0.entries)) })
    }

    static func encode(cases: ObjectID, shards: [(name: String, id: ObjectID, entries: ShardEntries)]) -> [UInt8] {
        let ordered = shards.sorted { $0.name.utf8Precedes($1.name) }
        var out: [UInt8] = Array("RPCI".utf8)
        func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ v: Int) { withUnsafeBytes(of: UInt64(v).littleEndian) { out.append(contentsOf: $0) } }
        u32(Int(version))
        out += cases.rawBytes
        u32(ordered.count)
        var headerSize = out.count
        for shard in ordered { headerSize += 1 + shard.name.utf8.count + 20 + 4 + 8 }
        // Each shard's entries as bytes, in git's order.
        let sections: [(count: Int, bytes: ArraySlice<UInt8>)] = ordered.map { shard in
            switch shard.entries {
            case .entries(let entries):
                var bytes: [UInt8] = []
                for (entry, name) in entries.map({ ($0, Array($0.name.utf8)) }).sorted(by: { gitTreeOrder($0.1, $1.1) < 0 }) {
                    bytes += entry.id.rawBytes
                    bytes.append(UInt8(name.count))
                    bytes += name
                }
                return (entries.count, bytes[...])
            case .copied(let index, let from):
                return (from.count, ArraySlice(index.sectionBytes(from)))
            }
        }
        var offset = headerSize
        for (shard, section) in zip(ordered, sections) {
            out.append(UInt8(shard.name.utf8.count))
            out += Array(shard.name.utf8)
            out += shard.id.rawBytes
            u32(section.count)
            u64(offset)
            offset += section.bytes.count
        }
        for section in sections { out += section.bytes }
        out += Array("END\n".utf8)
        u64(out.count + 8)
        return out
    }

    /// Git's order of two tree names (every entry here is a folder: compared as `name/`).
    @inline(__always) static func gitTreeOrder(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        ObjectWriter.compareInTreeOrder(a, true, b, true)
    }

    static func gitTreeOrder(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in gitTreeOrder(x, y) } }
    }

    // MARK: Decoding

    /// The list in `file`, if its structure is whole (a file cut short or of another version is nil).
    init?(file: MappedFile) {
        let bytes = file.bytes
        let count = bytes.count
        guard count >= 48, bytes.starts(with: Array("RPCI".utf8)) else { return nil }
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        func u64(_ at: Int) -> Int { Int(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))) }
        guard u32(4) == Int(Self.version), u64(count - 8) == count, Array(bytes[(count - 12)..<(count - 8)]) == Array("END\n".utf8) else {
            return nil
        }
        cases = ObjectID(rawBytes: raw + 8)
        let shardCount = u32(28)
        var at = 32
        var shards: [Shard] = []
        for _ in 0..<shardCount {
            guard at < count else { return nil }
            let length = Int(bytes[at])
            guard at + 1 + length + 32 <= count else { return nil }
            let name = Array(bytes[(at + 1)..<(at + 1 + length)])
            let id = ObjectID(rawBytes: raw + at + 1 + length)
            let entries = u32(at + 1 + length + 20), offset = u64(at + 1 + length + 24)
            guard offset <= count - 12 else { return nil }
            shards.append(Shard(name: name, id: id, count: entries, offset: offset))
            at += 1 + length + 32
        }
        // Every entry lies inside the file, each shard's right after the one before: a damaged length byte is a
        // damaged list, not a read past its end.
        var expected = at
        for shard in shards {
            guard shard.offset == expected else { return nil }
            var end = shard.offset
            for _ in 0..<shard.count {
                guard end + 21 <= count - 12 else { return nil }
                let length = Int(bytes[end + 20])
                guard length > 0 else { return nil }
                end += 21 + length
            }
            guard end <= count - 12 else { return nil }
            expected = end
        }
        guard expected == count - 12 else { return nil }
        self.file = file
        self.shards = shards
    }

    /// The bytes of a shard's entries.
    func sectionBytes(_ shard: Shard) -> UnsafeBufferPointer<UInt8> {
        var end = shard.offset
        for _ in 0..<shard.count { end += 21 + Int(bytes[end + 20]) }
        return UnsafeBufferPointer(rebasing: bytes[shard.offset..<end])
    }

    /// Whether the list has the shards of the `cases` tree (names and ids): then it lists that tree's folders.
    func matches(_ tree: [TreeEntry]) -> Bool {
        let folders = tree.filter { $0.kind == .tree }
        guard folders.count == shards.count else { return false }
        let byName = Dictionary(folders.map { (Array($0.name.utf8), $0.id) }, uniquingKeysWith: { a, _ in a })
        return shards.allSatisfy { byName[$0.name] == $0.id }
    }

    // MARK: Comparing

    /// The case folders whose ids differ between `old` and `new`, shard by shard in git's order (shards with
    /// equal ids are skipped whole).
    static func changes(from old: CaseIndex, to new: CaseIndex) -> [Change] {
        var result: [Change] = []
        var i = 0, j = 0
        while i < old.shards.count || j < new.shards.count {
            let a = i < old.shards.count ? old.shards[i] : nil, b = j < new.shards.count ? new.shards[j] : nil
            let order: Int
            if let a, let b { order = a.name.lexicographicallyPrecedes(b.name) ? -1 : (a.name == b.name ? 0 : 1) } else { order = a == nil ? 1 : -1 }
            if order == 0 {
                if a!.id != b!.id { merge(old, a!, new, b!, into: &result) }
                i += 1; j += 1
            } else if order < 0 {
                merge(old, a!, new, nil, into: &result); i += 1
            } else {
                merge(old, nil, new, b!, into: &result); j += 1
            }
        }
        return result
    }

    private static func merge(_ old: CaseIndex, _ a: Shard?, _ new: CaseIndex, _ b: Shard?, into result: inout [Change]) {
        do {
            let x = old.bytes, y = new.bytes
            do {
                var p = a?.offset ?? 0, q = b?.offset ?? 0
                var left = a?.count ?? 0, right = b?.count ?? 0
                func name(_ buffer: UnsafeBufferPointer<UInt8>, _ at: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: buffer[(at + 21)..<(at + 21 + Int(buffer[at + 20]))])
                }
                func string(_ n: UnsafeBufferPointer<UInt8>) -> String { String(decoding: n, as: UTF8.self) }
                func id(_ buffer: UnsafeBufferPointer<UInt8>, _ at: Int) -> ObjectID { ObjectID(rawBytes: UnsafeRawPointer(buffer.baseAddress! + at)) }
                while left > 0 || right > 0 {
                    let order: Int
                    if left > 0 && right > 0 { order = gitTreeOrder(name(x, p), name(y, q)) } else { order = left > 0 ? -1 : 1 }
                    if order == 0 {
                        if memcmp(x.baseAddress! + p, y.baseAddress! + q, 20) != 0 {
                            result.append(Change(name: string(name(y, q)), old: id(x, p), new: id(y, q)))
                        }
                        p += 21 + Int(x[p + 20]); q += 21 + Int(y[q + 20])
                        left -= 1; right -= 1
                    } else if order < 0 {
                        result.append(Change(name: string(name(x, p)), old: id(x, p), new: nil))
                        p += 21 + Int(x[p + 20]); left -= 1
                    } else {
                        result.append(Change(name: string(name(y, q)), old: nil, new: id(y, q)))
                        q += 21 + Int(y[q + 20]); right -= 1
                    }
                }
            }
        }
    }
}

extension SnapshotStore {
    private var caseIndexFolder: String { path + "/" + CaseIndex.folder }

    /// Writes the list of a run's case folders (see `CaseIndex`); a failure only costs speed later.
    func writeCaseIndex(cases: ObjectID, shards: [(name: String, id: ObjectID, entries: [TreeEntry])]) {
        writeCaseIndex(cases: cases) { CaseIndex.encode(cases: cases, shards: shards) }
    }

    /// Writes the list of a `cases` tree made from `base` with some shards rewritten (a review's splice): the
    /// other shards are copied from `base`'s list. Nothing is written when `base` has no stored list.
    func writeSplicedCaseIndex(cases: ObjectID, base: ObjectID?, shards: [TreeEntry], rewritten: [String: [TreeEntry]]) {
        guard let base, let index = try? caseIndex(for: base) else { return }
        let byName = Dictionary(index.shards.map { (String(decoding: $0.name, as: UTF8.self), $0) }, uniquingKeysWith: { a, _ in a })
        var listed: [(name: String, id: ObjectID, entries: CaseIndex.ShardEntries)] = []
        for shard in shards {
            if let entries = rewritten[shard.name] {
                listed.append((shard.name, shard.id, .entries(entries)))
            } else if let from = byName[shard.name], from.id == shard.id {
                listed.append((shard.name, shard.id, .copied(from: index, from)))
            } else {
                return
            }
        }
        writeCaseIndex(cases: cases) { CaseIndex.encode(cases: cases, shards: listed) }
    }

    private func writeCaseIndex(cases: ObjectID, _ encode: () -> [UInt8]) {
        let folder = caseIndexFolder
        let file = folder + "/" + cases.hex + ".idx"
        if FileManager.default.fileExists(atPath: file) { touch(file); return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.tmp-\(getpid())-\(cases.short())"
        let bytes = encode()
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, file) != 0 { unlink(temporary); return }
        pruneCaseIndexes()
    }

    /// Reads every shard of a `cases` tree and stores its list (for a run written elsewhere); nil if it could not be
    /// stored.
    func buildCaseIndex(cases: ObjectID, shards: [TreeEntry]) throws -> CaseIndex? {
        let listed = try shards.filter { $0.kind == .tree }.map { shard in (shard.name, shard.id, try repository.tree(shard.id).entries) }
        unlink(caseIndexFolder + "/" + cases.hex + ".idx")  // a damaged one, if any: replaced
        writeCaseIndex(cases: cases, shards: listed)
        return try caseIndex(for: cases)
    }

    /// The list for a `cases` tree, when one is stored and matches the tree.
    func caseIndex(for cases: ObjectID) throws -> CaseIndex? {
        let file = caseIndexFolder + "/" + cases.hex + ".idx"
        guard let mapped = MappedFile(path: file), let index = CaseIndex(file: mapped), index.cases == cases,
              index.matches(try repository.tree(cases).entries)
        else { return nil }
        touch(file)
        return index
    }

    /// The `cases` tree of a run, if it has one.
    func casesTree(of commit: ObjectID) throws -> ObjectID? {
        try repository.entry(in: repository.commit(commit).tree, path: StoreLayout.casesFolder)?.id
    }

    private func touch(_ file: String) { utimes(file, nil) }

    /// Keeps the `CaseIndex.keep` most recently used lists.
    private func pruneCaseIndexes() {
        let folder = caseIndexFolder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let files = names.filter { $0.hasSuffix(".idx") }.map { folder + "/" + $0 }
        guard files.count > CaseIndex.keep else { return }
        let dated = files.map { file -> (String, Date) in
            let date = (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date) ?? .distantPast
            return (file, date ?? .distantPast)
        }
        for (file, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(CaseIndex.keep) { unlink(file) }
    }
}
