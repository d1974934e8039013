import Foundation
import Testing
import ReplayCore
@testable import ReplayGit
@testable import ReplayStore

/// The list of a run's case folders kept beside the store (`replay-index/`): a cache `changed` reads instead of
/// walking trees. It must give exactly what the tree walk gives, and never be trusted when it does not match.
@Suite struct CaseIndexTests {
    /// Two runs with every kind of change, among names git orders unlike plain byte order (`a` < `a-b` as folders
    /// is false: `a/` sorts after `a-b`).
    private func twoRuns(_ t: TemporaryStore) throws -> (WrittenRun, WrittenRun) {
        var first: [DraftCase] = [], second: [DraftCase] = []
        let names = ["a", "a-b", "a.b", "a_b", "ab", "b", "case-1", "case-10", "case-2", "x.y-z"] + (0..<300).map { "gen-\($0)" }
        for (n, id) in names.enumerated() {
            first.append(DraftCase(id: id, input: caseInput(id), files: answer("answer \(id)")))
            switch n % 7 {
            case 0: second.append(DraftCase(id: id, input: caseInput(id), files: answer("changed \(id)")))
            case 1: second.append(DraftCase(id: id, input: caseInput(id, prompt: "Edited \(id)?"), files: answer("answer \(id)")))
            case 2: second.append(DraftCase(id: id, input: caseInput(id, prompt: "Edited \(id)?"), files: answer("new \(id)")))
            case 3: break  // removed
            default: second.append(DraftCase(id: id, input: caseInput(id), files: answer("answer \(id)")))
            }
        }
        second += (0..<40).map { DraftCase(id: "added-\($0)", input: caseInput("added-\($0)"), files: answer("+")) }
        let a = try t.store.write(draft(model: "m", runID: "r1", first))
        let b = try t.store.write(draft(model: "m", runID: "r2", second))
        return (a, b)
    }

    private func describe(_ changes: [CaseChange]) -> [String] {
        changes.map { "\($0.caseID) \($0.kind) \($0.inputChanged) \($0.oldFolder?.hex ?? "-") \($0.newFolder?.hex ?? "-")" }
    }

    private func indexFiles(_ t: TemporaryStore) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: t.path + "/replay-index")) ?? []).filter { $0.hasSuffix(".idx") }.sorted()
    }

    @Test("writing a run writes its list, and changed from the lists equals changed from the trees (one thread or two, both directions)")
    func sameAsTreeWalk() throws {
        let t = try TemporaryStore()
        let (a, b) = try twoRuns(t)
        #expect(indexFiles(t).count == 2)
        let listed = try t.store.changed(from: a.commit, to: b.commit)
        let listedBack = try t.store.changed(from: b.commit, to: a.commit, workers: 2)
        #expect(listed.count > 150)
        try FileManager.default.removeItem(atPath: t.path + "/replay-index")
        let walked = try t.store.changed(from: a.commit, to: b.commit)
        #expect(describe(listed) == describe(walked))
        #expect(describe(listedBack) == describe(try t.store.changed(from: b.commit, to: a.commit)))
        #expect(Set(listed.map(\.kind)) == [.output, .input, .added, .removed])
        // git agrees, and the folder beside the objects does not trouble it.
        try t.git("fsck", "--strict", "--no-dangling")
    }

    @Test("a run without a list (as pull fetches them) gets one when most shards differ; with few changed shards the walk is used")
    func builtOnDemand() throws {
        let t = try TemporaryStore()
        let (a, b) = try twoRuns(t)
        let expected = describe(try t.store.changed(from: a.commit, to: b.commit))
        try FileManager.default.removeItem(atPath: t.path + "/replay-index")
        #expect(describe(try t.store.changed(from: a.commit, to: b.commit)) == expected)
        #expect(indexFiles(t).count == 2)
        #expect(describe(try t.store.changed(from: a.commit, to: b.commit)) == expected)
        // One changed case among many shards: walked, no list built.
        let ids = (0..<300).map { "gen-\($0)" }
        let c = try t.store.write(draft(model: "x", runID: "r3", ids.map { DraftCase(id: $0, input: caseInput($0), files: answer("same")) }))
        let d = try t.store.write(draft(model: "x", runID: "r4", ids.map { DraftCase(id: $0, input: caseInput($0), files: answer($0 == "gen-5" ? "other" : "same")) }))
        try FileManager.default.removeItem(atPath: t.path + "/replay-index")
        #expect(try t.store.changed(from: c.commit, to: d.commit).map(\.caseID) == ["gen-5"])
        #expect(indexFiles(t).isEmpty)
    }

    @Test("a list cut short, of another tree, or of another version is not used: the trees are walked")
    func untrustedLists() throws {
        let t = try TemporaryStore()
        let (a, b) = try twoRuns(t)
        let expected = describe(try t.store.changed(from: a.commit, to: b.commit))
        let files = indexFiles(t).map { t.path + "/replay-index/" + $0 }
        let bytes = try #require(FileManager.default.contents(atPath: files[0]))
        // Cut short.
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: files[0]))
        #expect(describe(try t.store.changed(from: a.commit, to: b.commit)) == expected)
        // The other run's list under this run's name (whole, but of another tree).
        try FileManager.default.contents(atPath: files[1])!.write(to: URL(fileURLWithPath: files[0]))
        #expect(describe(try t.store.changed(from: a.commit, to: b.commit)) == expected)
        // An entry's name length damaged (the file's length and trailer intact): not read past its end.
        var damaged = [UInt8](bytes)
        let header = 32  // the first shard's record starts after magic, version, tree id and shard count
        let firstShardNameLength = Int(damaged[header])
        let firstEntry = Int(damaged.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: header + 1 + firstShardNameLength + 24, as: UInt64.self) })
        damaged[firstEntry + 20] = 250
        try Data(damaged).write(to: URL(fileURLWithPath: files[0]))
        #expect(describe(try t.store.changed(from: a.commit, to: b.commit)) == expected)
        // Another version.
        var other = [UInt8](bytes)
        other[4] = 99
        try Data(other).write(to: URL(fileURLWithPath: files[0]))
        #expect(describe(try t.store.changed(from: a.commit, to: b.commit)) == expected)
        // (Each time, most shards differing, the damaged list was replaced by one read from the tree.)
        #expect(FileManager.default.contents(atPath: files[0]) == bytes)
    }

    @Test("git's order of folder names, which the lists keep: a name sorts as name/")
    func gitOrder() {
        let names = ["a", "a-b", "a.b", "a_b", "ab", "a0"].map { Array($0.utf8) }
        let sorted = names.sorted { CaseIndex.gitTreeOrder($0, $1) < 0 }.map { String(decoding: $0, as: UTF8.self) }
        #expect(sorted == ["a-b", "a.b", "a", "a0", "a_b", "ab"])
    }

    @Test("a default spliced by review gets its list from the lists of the tree it was spliced from; changed from it equals the walk")
    func splicedDefault() throws {
        let t = try TemporaryStore()
        let ids = (0..<400).map { "case-\($0)" }
        let base = try t.store.write(draft(model: "m", runID: "r1", ids.map { DraftCase(id: $0, input: caseInput($0), files: answer("A \($0)")) },
                                           setDefault: true))
        let cand = try t.store.write(draft(model: "n", runID: "r2", ids.map { DraftCase(id: $0, input: caseInput($0), files: answer("B \($0)")) }
                                           + [DraftCase(id: "new", input: caseInput("new"), files: answer("N"))]))
        let before = Set(indexFiles(t))
        var splices: [String: ObjectID?] = ["new": try t.store.caseFolder(in: cand.commit, caseID: "new"), "case-7": ObjectID?.none]
        for id in ids.prefix(30) where id != "case-7" { splices[id] = try t.store.caseFolder(in: cand.commit, caseID: id) }
        let reviewer = ReviewEntry.Person(name: "t", email: "t@localhost")
        let spliced = try #require(try t.store.updateDefault { _ in
            .init(kind: .accept, base: .currentDefault, run: cand.commit, splices: splices,
                  entries: [ReviewEntry(verdict: .accept, caseID: "new", model: "n", runID: "r2", run: cand.commit.hex, answer: nil,
                                        reviewer: reviewer, time: 1_780_000_000, via: "test")],
                  subject: "replay: review")
        })
        #expect(Set(indexFiles(t)).subtracting(before).count == 1)
        // (The new list matches its tree, so changed below reads it.)
        #expect(try t.store.caseIndex(for: try #require(try t.store.casesTree(of: spliced))) != nil)
        let listed = try t.store.changed(from: spliced, to: cand.commit, workers: 2)
        let listedFromBase = try t.store.changed(from: base.commit, to: spliced)
        try FileManager.default.removeItem(atPath: t.path + "/replay-index")
        #expect(describe(listed) == describe(try t.store.changed(from: spliced, to: cand.commit)))
        #expect(describe(listedFromBase) == describe(try t.store.changed(from: base.commit, to: spliced)))
        #expect(listedFromBase.count == 31)
    }

    @Test("only the most recently used lists are kept")
    func pruning() throws {
        let t = try TemporaryStore()
        for n in 0..<(CaseIndex.keep + 4) {
            _ = try t.store.write(draft(model: "m", runID: "r\(n)", [DraftCase(id: "c", input: caseInput("c"), files: answer("answer \(n)"))]))
        }
        #expect(indexFiles(t).count == CaseIndex.keep)
    }
}
