import Foundation
import Testing
import ReplayCore
@testable import ReplayGit
@testable import ReplayStore

/// A temporary store, removed when the test ends.
final class TemporaryStore {
    let path: String
    let store: SnapshotStore

    init() throws {
        path = NSTemporaryDirectory() + "replay-store-test-" + UUID().uuidString
        var time: Int64 = 1_780_000_000
        store = try SnapshotStore.create(at: path, now: { time += 60; return time })
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Runs git against the store and returns its standard output (trimmed); throws on a non-zero exit.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--git-dir=" + path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ReplayError("git \(arguments.joined(separator: " ")) failed: \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Loose object files (there should be none: runs are written as packs).
    func looseObjects() -> [String] {
        let objects = path + "/objects"
        return ((try? FileManager.default.contentsOfDirectory(atPath: objects)) ?? [])
            .filter { $0.count == 2 }
            .flatMap { (try? FileManager.default.contentsOfDirectory(atPath: objects + "/" + $0)) ?? [] }
    }

    func packs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/objects/pack")) ?? []).filter { $0.hasSuffix(".pack") }
    }
}

func caseInput(_ id: String, prompt: String? = nil) -> [UInt8] {
    Array(Case(id: id, prompt: .string(prompt ?? "Question \(id)?")).json.canonical.utf8)
}

func answer(_ text: String) -> [String: [UInt8]] { CaseResult(caseID: "", output: text, finishReason: "stop").files }

func draft(model: String, runID: String, _ cases: [DraftCase], setDefault: Bool = false) -> RunDraft {
    RunDraft(manifest: RunManifest(runID: runID, model: model, provider: "outputs", parameters: .init(temperature: 0),
                                   caseSetFingerprint: "f", counts: .init(cases: 0, recorded: 0, carried: 0, errored: 0),
                                   created: "2026-11-29T00:00:00Z"),
             cases: cases, setDefault: setDefault)
}

func answered(_ pairs: [(String, String)]) -> [DraftCase] {
    pairs.map { DraftCase(id: $0.0, input: caseInput($0.0), files: answer($0.1)) }
}

@Suite("Snapshot store")
struct StoreTests {
    @Test("a run is one commit on the model's reference, readable with plain git, passing fsck --strict")
    func writeAndRead() throws {
        let t = try TemporaryStore()
        let run = try t.store.write(draft(model: "gpt-4o", runID: "r1", answered([("a", "Alpha"), ("b", "Beta")])))
        #expect(run.parent == nil)
        #expect(run.manifest.counts == .init(cases: 2, recorded: 2, carried: 0, errored: 0))
        #expect(try t.git("rev-parse", "refs/replay/runs/gpt-4o") == run.commit.hex)
        #expect(try t.git("rev-parse", "--is-bare-repository") == "true")
        try t.git("fsck", "--strict", "--no-dangling")
        let shard = StoreLayout.shard(of: "a")
        #expect(try t.git("show", "refs/replay/runs/gpt-4o:cases/\(shard)/a/output.md") == "Alpha")
        #expect(try t.git("log", "-1", "--format=%(trailers:key=Replay-Model,valueonly)", "refs/replay/runs/gpt-4o") == "gpt-4o")
        #expect(try t.git("log", "-1", "--format=%(trailers:key=Replay-Cases,valueonly)", "refs/replay/runs/gpt-4o") == "2")
        #expect(t.looseObjects().isEmpty)
        #expect(t.packs().count == 1)
        #expect(try t.store.caseIDs(in: run.commit) == ["a", "b"])
        #expect(try t.store.caseFiles(in: run.commit, caseID: "b")?["output.md"] == Array("Beta".utf8))
        #expect(try t.store.manifest(of: run.commit).runID == "r1")
        let summary = try t.store.summary(run.commit)
        #expect(summary.model == "gpt-4o" && summary.runID == "r1" && summary.cases == 2)
    }

    @Test("an unchanged answer is the same blob, and a run packs only the objects that are new")
    func deduplication() throws {
        let t = try TemporaryStore()
        let cases = (0..<200).map { ("case-\($0)", "Answer \($0)") }
        let first = try t.store.write(draft(model: "m", runID: "r1", answered(cases)))
        #expect(first.packedObjects > 200 * 3)
        var changed = cases
        changed[7].1 = "A different answer"
        let second = try t.store.write(draft(model: "m", runID: "r2", answered(changed)))
        #expect(second.parent == first.commit)
        // The new answer blob, its case folder, its shard, the cases tree, run.json, the root tree, the commit.
        #expect(second.packedObjects == 7)
        let path = "cases/\(StoreLayout.shard(of: "case-8"))/case-8/output.md"
        #expect(try t.git("rev-parse", "\(first.commit.hex):\(path)") == t.git("rev-parse", "\(second.commit.hex):\(path)"))
        #expect(t.packs().count == 2)
        #expect(t.looseObjects().isEmpty)
        for pack in t.packs() {
            let verified = try t.git("verify-pack", "-v", t.path + "/objects/pack/" + pack)
            #expect(verified.hasSuffix(": ok"), "\(verified.suffix(200))")
        }
        try t.git("fsck", "--strict", "--no-dangling")
    }

    @Test("a second model shares the inputs already stored: its pack holds no input blob")
    func sharedInputs() throws {
        let t = try TemporaryStore()
        let cases = (0..<50).map { ("c\($0)", "Same answer") }
        _ = try t.store.write(draft(model: "a", runID: "r1", answered(cases)))
        let other = try t.store.write(draft(model: "b", runID: "r2", answered(cases)))
        // Every case folder is already stored: only run.json, the root tree and the commit are new.
        #expect(other.packedObjects == 3)
    }

    @Test("cases not answered in a run are carried over from the model's previous run")
    func carryOver() throws {
        let t = try TemporaryStore()
        _ = try t.store.write(draft(model: "m", runID: "r1", answered([("a", "A1"), ("b", "B1")])))
        let partial = [DraftCase(id: "a", input: caseInput("a"), files: answer("A2")),
                       DraftCase(id: "b", input: caseInput("b"), files: nil),
                       DraftCase(id: "c", input: caseInput("c"), files: nil)]
        let run = try t.store.write(draft(model: "m", runID: "r2", partial))
        #expect(run.manifest.counts == .init(cases: 2, recorded: 1, carried: 1, errored: 0))
        #expect(run.unanswered == ["c"])
        #expect(try t.store.caseFiles(in: run.commit, caseID: "b")?["output.md"] == Array("B1".utf8))
        #expect(try t.store.caseFiles(in: run.commit, caseID: "a")?["output.md"] == Array("A2".utf8))
    }

    @Test("an errored case is stored with its error and counted")
    func errored() throws {
        let t = try TemporaryStore()
        let failed = CaseResult(caseID: "x", output: nil, error: "HTTP 500: overloaded")
        let run = try t.store.write(draft(model: "m", runID: "r1",
                                          [DraftCase(id: "x", input: caseInput("x"), files: failed.files, errored: true)]))
        #expect(run.manifest.counts.errored == 1)
        let files = try #require(try t.store.caseFiles(in: run.commit, caseID: "x"))
        #expect(files["output.md"] == nil)
        #expect(String(decoding: files["response.json"]!, as: UTF8.self).contains("HTTP 500: overloaded"))
    }

    @Test("changed lists answers, inputs, additions and removals, and nothing for identical runs")
    func changed() throws {
        let t = try TemporaryStore()
        let a = try t.store.write(draft(model: "m", runID: "r1", answered([("same", "S"), ("answer", "1"), ("prompt", "P"), ("gone", "G")])))
        let b = try t.store.write(draft(model: "m", runID: "r2", [
            DraftCase(id: "same", input: caseInput("same"), files: answer("S")),
            DraftCase(id: "answer", input: caseInput("answer"), files: answer("2")),
            DraftCase(id: "prompt", input: caseInput("prompt", prompt: "Edited?"), files: answer("P")),
            DraftCase(id: "new", input: caseInput("new"), files: answer("N")),
        ]))
        let changes = try t.store.changed(from: a.commit, to: b.commit)
        #expect(changes.map { "\($0.caseID) \($0.kind) \($0.inputChanged)" } == [
            "answer output false", "gone removed false", "new added false", "prompt input true",
        ])
        // The folders it found read back as the runs' case files.
        #expect(try t.store.caseFiles(folder: changes[0].newFolder!) == t.store.caseFiles(in: b.commit, caseID: "answer"))
        #expect(changes[1].newFolder == nil && changes[2].oldFolder == nil)
        // Changed folders carry their files' blob ids (read while telling the kind), so a diff need not open them again.
        for change in [changes[0], changes[3]] {
            #expect(try change.oldFiles == t.store.caseFileIDs(folder: change.oldFolder!))
            #expect(try change.newFiles == t.store.caseFileIDs(folder: change.newFolder!))
            #expect(try change.newFiles.map { try t.store.blob($0["input.json"]!) } == t.store.caseFiles(folder: change.newFolder!)["input.json"])
        }
        #expect(changes[1].oldFiles == nil && changes[2].newFiles == nil)
        #expect(try t.store.changed(from: a.commit, to: b.commit, workers: 2).map(\.caseID) == changes.map(\.caseID))
        #expect(try t.store.changed(from: b.commit, to: b.commit).isEmpty)
        // The same set as git's own tree diff.
        let gitPaths = try t.git("diff", "--name-only", a.commit.hex, b.commit.hex).split(separator: "\n")
            .filter { $0.hasPrefix("cases/") }.map { $0.split(separator: "/")[2] }
        #expect(Set(gitPaths.map(String.init)) == Set(changes.map(\.caseID)))
    }

    @Test("run names resolve like git revisions")
    func resolve() throws {
        let t = try TemporaryStore()
        let r1 = try t.store.write(draft(model: "gpt-4o", runID: "20261129T010000Z-aaaaaa", answered([("a", "1")]), setDefault: true))
        let r2 = try t.store.write(draft(model: "gpt-4o", runID: "20261129T020000Z-bbbbbb", answered([("a", "2")])))
        let r3 = try t.store.write(draft(model: "gpt-4o", runID: "20261129T030000Z-cccccc", answered([("a", "3")])))
        #expect(try t.store.resolve("gpt-4o") == r3.commit)
        #expect(try t.store.resolve("gpt-4o~1") == r2.commit)
        #expect(try t.store.resolve("gpt-4o~2") == r1.commit)
        #expect(try t.store.resolve("gpt-4o~~") == r1.commit)
        #expect(try t.store.resolve(String(r2.commit.hex.prefix(8))) == r2.commit)
        #expect(try t.store.resolve("20261129T020000Z-bbbbbb") == r2.commit)
        #expect(try t.store.resolve("default") == r1.defaultCommit)
        // The default's tree is the run's, plus the review log.
        #expect(try t.store.repository.entry(in: t.store.repository.commit(t.store.resolve("default")).tree, path: "cases")
                == t.store.repository.entry(in: t.store.repository.commit(r1.commit).tree, path: "cases"))
        #expect(try t.store.runFile(t.store.resolve("default"), "review.jsonl") != nil)
        #expect(throws: ReplayError.self) { try t.store.resolve("gpt-4o~3") }
        do {
            _ = try t.store.resolve("gpt-4")
            Issue.record("an unknown run resolved")
        } catch let error as ReplayError {
            #expect(error.message == "unknown run 'gpt-4'")
            #expect(error.details.first == "did you mean 'gpt-4o'?")
        }
    }

    @Test("the default is a commit over the accepted run, child of the previous default")
    func defaultHistory() throws {
        let t = try TemporaryStore()
        let first = try t.store.write(draft(model: "a", runID: "r1", answered([("x", "1")]), setDefault: true))
        let second = try t.store.write(draft(model: "b", runID: "r2", answered([("x", "2")]), setDefault: true))
        let head = try t.store.repository.commit(try #require(second.defaultCommit))
        #expect(head.parents == [try #require(first.defaultCommit), second.commit])
        // First parents: the second default, the first default, then the first accepted run.
        #expect(try t.git("rev-list", "--first-parent", "refs/replay/default").split(separator: "\n").map(String.init)
                == [second.defaultCommit!.hex, first.defaultCommit!.hex, first.commit.hex])
        try t.git("fsck", "--strict", "--no-dangling")
    }

    @Test("log lists runs newest first with counts from the trailers")
    func log() throws {
        let t = try TemporaryStore()
        _ = try t.store.write(draft(model: "a", runID: "r1", answered([("x", "1")])))
        _ = try t.store.write(draft(model: "b", runID: "r2", answered([("x", "1"), ("y", "2")])))
        _ = try t.store.write(draft(model: "a", runID: "r3", answered([("x", "3")])))
        #expect(try t.store.log().map(\.runID) == ["r3", "r2", "r1"])
        #expect(try t.store.log(model: "a").map(\.runID) == ["r3", "r1"])
        #expect(try t.store.log(limit: 1).map(\.runID) == ["r3"])
        #expect(try t.store.log(model: "b").first?.cases == 2)
        #expect(throws: ReplayError.self) { try t.store.log(model: "zzz") }
    }

    @Test("writers racing on one model lose no run: each is re-parented onto the other's")
    func concurrentWriters() async throws {
        let t = try TemporaryStore()
        let path = t.path
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let store = try SnapshotStore.open(at: path, now: { 1_780_000_000 })
                    for n in 0..<6 {
                        _ = try store.write(draft(model: "shared", runID: "w\(writer)-\(n)", answered([("x", "writer \(writer) run \(n)")])))
                    }
                }
            }
            try await group.waitForAll()
        }
        let history = try t.store.log(model: "shared")
        #expect(history.count == 12)
        #expect(Set(history.map(\.runID)).count == 12)
        try t.git("fsck", "--strict", "--no-dangling")
    }

    @Test("objects written without moving a reference leave the store as it was (a crash mid-run)")
    func crashBeforeReferenceMoves() throws {
        let t = try TemporaryStore()
        let run = try t.store.write(draft(model: "m", runID: "r1", answered([("a", "1")])))
        let writer = try ObjectWriter(t.store.repository)
        let blob = try writer.writeBlob(Array("half-written run".utf8))
        try writer.pack()
        #expect(try t.store.resolve("m") == run.commit)
        #expect(try t.store.log(model: "m").count == 1)
        try t.git("fsck", "--strict")
        #expect(try t.git("cat-file", "-t", blob.hex) == "blob")
    }

    @Test("two model names that map to one reference are refused")
    func slugCollision() throws {
        let t = try TemporaryStore()
        _ = try t.store.write(draft(model: "org/model", runID: "r1", answered([("a", "1")])))
        #expect(throws: ReplayError.self) { try t.store.write(draft(model: "org-model", runID: "r2", answered([("a", "1")]))) }
    }
}
