import Foundation
import ReplayCore
@testable import ReplayGit
import ReplayStore
import Testing

/// Objects read straight from the mapped packs must be exactly what git reads, and anything the
/// fast path cannot read (deltas, loose objects, damage) must be left to libgit2, never misread.
@Suite("Objects read from mapped packs")
struct PackedObjectsTests {
    /// Every object of the store as `(id, type)` from git itself.
    func allObjects(_ t: TemporaryStore) throws -> [(ObjectID, String)] {
        try t.git("cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)").split(separator: "\n").map {
            let parts = $0.split(separator: " ")
            return (ObjectID(hex: String(parts[0]))!, String(parts[1]))
        }
    }

    func twoRuns(_ t: TemporaryStore) throws {
        try t.store.write(draft(model: "m", runID: "r1", answered([("a", "One."), ("b", "Two, with ünïcödé."), ("empty", "")])))
        try t.store.write(draft(model: "m", runID: "r2", answered([("a", "One, changed."), ("b", "Two, with ünïcödé."), ("c", String(repeating: "long ", count: 5_000))])))
    }

    @Test("every blob and tree of a written store reads as git reads it, through the packs")
    func sameBytesAsGit() throws {
        let t = try TemporaryStore()
        try twoRuns(t)
        let reader = PackReader(gitDirectory: t.path)
        let repository = t.store.repository
        var blobs = 0, trees = 0
        for (id, type) in try allObjects(t) {
            switch type {
            case "blob":
                let fast = try #require(reader.read(id, type: 3), "blob \(id.hex) not read from its pack")
                #expect(try fast == t.gitBytes("cat-file", "blob", id.hex))
                #expect(try repository.blob(id) == fast)
                // Asked for as another type, the fast path declines (libgit2 then says what is wrong).
                #expect(reader.read(id, type: 2) == nil)
                blobs += 1
            case "tree":
                let bytes = try #require(reader.read(id, type: 2), "tree \(id.hex) not read from its pack")
                #expect(TreeEntry.parse(bytes) == (try repository.tree(id).entries))
                #expect(try repository.treeEntries(id) == repository.tree(id).entries)
                trees += 1
            default:
                continue
            }
        }
        #expect(blobs >= 8 && trees >= 6)
        // An id no pack holds.
        #expect(reader.read(ObjectID(hex: String(repeating: "ab", count: 20))!, type: 3) == nil)
    }

    @Test("a pack written after the reader was made is found (the pack folder is listed again)")
    func newPack() throws {
        let t = try TemporaryStore()
        try t.store.write(draft(model: "m", runID: "r1", answered([("a", "First.")])))
        let reader = PackReader(gitDirectory: t.path)
        // (Folder times are kept in nanoseconds; a new pack changes the folder's.)
        let run = try t.store.write(draft(model: "m", runID: "r2", answered([("a", "Second, new.")])))
        let id = try #require(ObjectID(hex: try t.git("rev-parse", run.commit.hex + ":" + StoreLayout.casePath("a") + "/output.md")))
        #expect(reader.read(id, type: 3).map { String(decoding: $0, as: UTF8.self) } == "Second, new.")
    }

    @Test("deltified and loose objects are left to libgit2, which reads them")
    func deltasAndLooseObjects() throws {
        let t = try TemporaryStore()
        let base = (0..<200).map { "Line \($0) of a long answer that changes only at its end." }.joined(separator: "\n")
        try t.store.write(draft(model: "m", runID: "r1", answered([("a", base + "\nEnd one.")])))
        try t.store.write(draft(model: "m", runID: "r2", answered([("a", base + "\nEnd two.")])))
        // git repacks everything into one pack with deltas between the similar answers.
        try t.git("-c", "pack.windowMemory=0", "repack", "-a", "-d", "-f", "--window=50", "--depth=50")
        let deltas = try t.git("verify-pack", "-v", try #require(t.packs().first.map { t.path + "/objects/pack/" + $0 }))
            .split(separator: "\n").filter { $0.split(separator: " ", omittingEmptySubsequences: true).count >= 7 && $0.contains(" blob ") }
        #expect(!deltas.isEmpty, "git made no delta")
        // A loose object, written by git.
        let loose = try #require(ObjectID(hex: try t.gitOutput("hash-object", "-w", "--stdin", input: "a loose blob\n")))
        let reader = PackReader(gitDirectory: t.path)
        let repository = try Repository.open(at: t.path)
        for line in deltas {
            let id = try #require(ObjectID(hex: String(line.prefix(40))))
            #expect(reader.read(id, type: 3) == nil, "a delta was read as a whole object")
            #expect(try repository.blob(id) == t.gitBytes("cat-file", "blob", id.hex))
        }
        #expect(reader.read(loose, type: 3) == nil)
        #expect(try repository.blob(loose) == Array("a loose blob\n".utf8))
    }

    @Test("a damaged object is not read from its pack (libgit2 reports it)")
    func damage() throws {
        let t = try TemporaryStore()
        let text = String(repeating: "A sentence that compresses well. ", count: 400)
        try t.store.write(draft(model: "m", runID: "r1", answered([("a", text)])))
        let pack = t.path + "/objects/pack/" + (try #require(t.packs().first))
        let id = try #require(ObjectID(hex: try t.gitOutput("hash-object", "--stdin", input: text)))
        // Find the blob's offset with git, then flip bytes in the middle of its compressed data.
        let offset = try #require(try t.git("verify-pack", "-v", pack).split(separator: "\n").first { $0.hasPrefix(id.hex) }
            .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[4]) })
        chmod(pack, 0o644)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: pack))
        try handle.seek(toOffset: UInt64(offset + 12))
        try handle.write(contentsOf: Data([0xFF, 0x00, 0xFF, 0x00]))
        try handle.close()
        // A fresh copy: the mapping of the first listing is not reused.
        let copy = t.path + "-damaged"
        try FileManager.default.copyItem(atPath: t.path, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        #expect(PackReader(gitDirectory: copy).read(id, type: 3) == nil)
    }

    @Test("tree entries parse as libgit2 reads them: modes, kinds and unusual names")
    func treeParsing() throws {
        let t = try TemporaryStore()
        let blob = try t.gitOutput("hash-object", "-w", "--stdin", input: "x")
        let inner = try t.gitOutput("mktree", input: "100644 blob \(blob)\tinner.txt\n")
        let listing = [
            "100644 blob \(blob)\ta file", "100755 blob \(blob)\trun.sh", "120000 blob \(blob)\tlink",
            "40000 tree \(inner)\tfolder", "160000 commit \(String(repeating: "12", count: 20))\tsubmodule", "100644 blob \(blob)\tnäme ünïcödé.md",
        ].joined(separator: "\n") + "\n"
        let tree = try #require(ObjectID(hex: try t.gitOutput("mktree", "--missing", input: listing)))
        let raw = try t.gitBytes("cat-file", "tree", tree.hex)
        let parsed = try #require(TreeEntry.parse(raw))
        let repository = try Repository.open(at: t.path)
        #expect(parsed == (try repository.tree(tree).entries))
        #expect(parsed.map(\.kind) == [.blob, .tree, .blob, .blob, .blob, .other])
        #expect(TreeEntry.parse(Array(raw.dropLast(3))) == nil, "a cut-short entry")
        #expect(TreeEntry.parse([]) == [])
        // Modes are octal numbers classified by their type bits, as libgit2 reads them: a zero-padded
        // `040000` (old histories have them) is a tree; a mode that is not octal makes no tree.
        let id = [UInt8](repeating: 0xAB, count: 20)
        #expect(TreeEntry.parse(Array("040000 sub".utf8) + [0] + id)?.map(\.kind) == [.tree])
        #expect(TreeEntry.parse(Array("10064x f".utf8) + [0] + id) == nil)
        #expect(TreeEntry.parse(Array("1000000000 f".utf8) + [0] + id) == nil)
    }

    @Test("an index beside a pack it does not describe is not used (objects would be misplaced)")
    func foreignIndex() throws {
        let t = try TemporaryStore()
        try t.store.write(draft(model: "m", runID: "r1", answered([("a", "Only in the first pack.")])))
        try t.store.write(draft(model: "m", runID: "r2", answered([("a", "Only in the second pack.")])))
        let packs = t.packs().map { String($0.dropLast(5)) }.sorted()
        #expect(packs.count == 2)
        let first = try #require(ObjectID(hex: try t.gitOutput("hash-object", "--stdin", input: "Only in the first pack.")))
        let second = try #require(ObjectID(hex: try t.gitOutput("hash-object", "--stdin", input: "Only in the second pack.")))
        let firstPack = try #require(packs.first { try! t.git("verify-pack", "-v", t.path + "/objects/pack/" + $0 + ".pack").contains(first.hex) })
        let otherPack = try #require(packs.first { $0 != firstPack })
        // A copy of the store where the first pack's index is the other pack's.
        let copy = t.path + "-foreign"
        try FileManager.default.copyItem(atPath: t.path, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let folder = copy + "/objects/pack/"
        chmod(folder + firstPack + ".idx", 0o644)
        try FileManager.default.removeItem(atPath: folder + firstPack + ".idx")
        try FileManager.default.copyItem(atPath: folder + otherPack + ".idx", toPath: folder + firstPack + ".idx")
        // The mismatched pair is left out (the pack holds another number of objects, and its trailing checksum is not the one the index names).
        #expect(PackSet.current(copy).packs.count == 1)
        #expect(PackSet.current(t.path).packs.count == 2)
        let reader = PackReader(gitDirectory: copy)
        #expect(reader.read(first, type: 3) == nil)
        #expect(reader.read(second, type: 3).map { String(decoding: $0, as: UTF8.self) } == "Only in the second pack.")
    }
}

extension TemporaryStore {
    /// `git`'s standard output as bytes, with standard input.
    func gitBytes(_ arguments: String..., input: String? = nil) throws -> [UInt8] { try run(arguments, input: input) }

    /// `git`'s standard output, trimmed, with standard input.
    func gitOutput(_ arguments: String..., input: String? = nil) throws -> String {
        String(decoding: try run(arguments, input: input), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func run(_ arguments: [String], input: String?) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--git-dir=" + path] + arguments
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ReplayError("git \(arguments.joined(separator: " ")) failed: \(String(decoding: errors, as: UTF8.self))")
        }
        return Array(data)
    }
}
