import Foundation
import Testing
import ReplayCore
@testable import ReplayGit
@testable import ReplayStore

@Suite("The default: splicing reviewed cases, the review log")
struct DefaultBaselineTests {
    let person = ReviewEntry.Person(name: "Ada", email: "ada@example.com")

    func entry(_ verdict: ReviewEntry.Verdict, _ id: String?, run: WrittenRun, answer: String? = nil) -> ReviewEntry {
        ReviewEntry(verdict: verdict, caseID: id, model: run.manifest.model, runID: run.manifest.runID, run: run.commit.hex,
                    answer: answer, reviewer: person, time: 1_780_000_000, via: "test")
    }

    @Test("accepting splices case folders by id, adds and removes cases, keeps untouched shards and counts cases")
    func splice() throws {
        let t = try TemporaryStore()
        let base = try t.store.write(draft(model: "m", runID: "r1", answered([("a", "A"), ("b", "B"), ("gone", "G")]), setDefault: true))
        let cand = try t.store.write(draft(model: "n", runID: "r2", answered([("a", "A2"), ("b", "B2"), ("new", "N")])))
        let folder = { (commit: ObjectID, id: String) in try t.store.caseFolder(in: commit, caseID: id) }
        let splices: [String: ObjectID?] = ["a": try folder(cand.commit, "a"), "new": try folder(cand.commit, "new"), "gone": ObjectID?.none]
        let commit = try #require(try t.store.updateDefault { _ in
            .init(kind: .accept, base: .currentDefault, run: cand.commit, splices: splices,
                  entries: [entry(.accept, "a", run: cand), entry(.accept, "new", run: cand), entry(.accept, "gone", run: cand)],
                  subject: "replay: review")
        })
        #expect(try folder(commit, "a") == folder(cand.commit, "a"))
        #expect(try folder(commit, "new") == folder(cand.commit, "new"))
        #expect(try folder(commit, "b") == folder(base.commit, "b"))
        #expect(try folder(commit, "gone") == nil)
        #expect(try t.store.caseIDs(in: commit) == ["a", "b", "new"])
        #expect(try t.store.caseCount(commit) == 3)
        #expect(try t.store.repository.commit(commit).parents == [try #require(base.defaultCommit), cand.commit])
        #expect(try t.store.acceptedRun(ofDefault: commit) == cand.commit)
        // The shard of b alone is not rewritten (unless it shares a shard with a spliced case).
        let touched = Set(["a", "new", "gone"].map(StoreLayout.shard(of:)))
        if !touched.contains(StoreLayout.shard(of: "b")) {
            #expect(try t.git("rev-parse", "\(commit.hex):cases/\(StoreLayout.shard(of: "b"))")
                    == t.git("rev-parse", "\(base.commit.hex):cases/\(StoreLayout.shard(of: "b"))"))
        }
        // The manifest stays the baseline's until every case answers as the run does.
        #expect(try t.store.runFile(commit, "run.json") == t.store.runFile(base.commit, "run.json"))
        let log = try t.store.reviewLog(at: commit)
        let verdicts: [ReviewEntry.Verdict] = log.entries.map(\.verdict)
        #expect(verdicts == [.promote, .accept, .accept, .accept])
        try t.git("fsck", "--strict", "--no-dangling")
        #expect(t.looseObjects().isEmpty)
    }

    @Test("accepting every difference makes the default the run itself, manifest included")
    func fullAccept() throws {
        let t = try TemporaryStore()
        _ = try t.store.write(draft(model: "m", runID: "r1", answered([("a", "A"), ("b", "B")]), setDefault: true))
        let cand = try t.store.write(draft(model: "n", runID: "r2", answered([("a", "A2"), ("b", "B")])))
        let commit = try #require(try t.store.updateDefault { _ in
            .init(kind: .accept, base: .currentDefault, run: cand.commit, splices: ["a": try t.store.caseFolder(in: cand.commit, caseID: "a")],
                  entries: [entry(.accept, "a", run: cand)], subject: "replay: review")
        })
        #expect(try t.store.changed(from: commit, to: cand.commit).isEmpty)
        #expect(try t.store.runFile(commit, "run.json") == t.store.runFile(cand.commit, "run.json"))
    }

    @Test("review-only commits (rejections) have one parent; the accepted run is found through them")
    func reviewOnly() throws {
        let t = try TemporaryStore()
        let base = try t.store.write(draft(model: "m", runID: "r1", answered([("a", "A")]), setDefault: true))
        let cand = try t.store.write(draft(model: "n", runID: "r2", answered([("a", "A2")])))
        let commit = try #require(try t.store.updateDefault { _ in
            .init(kind: .review, base: .currentDefault, run: cand.commit,
                  entries: [entry(.reject, "a", run: cand, answer: "x")], subject: "replay: review")
        })
        #expect(try t.store.repository.commit(commit).parents == [try #require(base.defaultCommit)])
        #expect(try t.store.acceptedRun(ofDefault: commit) == base.commit)
        #expect(try t.store.reviewLog(at: commit).decision(case: "a", answer: "x")?.verdict == .reject)
        #expect(try t.store.promotedRuns() == [base.commit])
        #expect(try t.git("log", "-1", "--format=%(trailers:key=Replay-Rejected,valueonly)", commit.hex) == "1")
    }

    @Test("the review log keeps lines it cannot read, in place")
    func logKeepsUnknownLines() {
        let log = ReviewLog(bytes: Array("{\"future\":true}\nnot json\n".utf8))
        #expect(log.entries.isEmpty)
        let more = ReviewEntry(verdict: .flag, caseID: "a", model: "m", runID: "r", run: "c", answer: "f", reviewer: person, time: 5,
                               comment: "look", via: "test")
        let text = String(decoding: log.appending([more]), as: UTF8.self)
        #expect(text.hasPrefix("{\"future\":true}\nnot json\n{"))
        #expect(ReviewLog(bytes: Array(text.utf8)).entries == [more])
    }

    @Test("a plan sees the default as it is when it writes: if another writer moved it, the plan runs again")
    func replansOnRace() throws {
        let t = try TemporaryStore()
        let base = try t.store.write(draft(model: "m", runID: "r1", answered([("a", "A")]), setDefault: true))
        let cand = try t.store.write(draft(model: "n", runID: "r2", answered([("a", "A2")])))
        var seen: [ObjectID?] = []
        let other = try SnapshotStore.open(at: t.path, now: { 1_790_000_000 })
        _ = try t.store.updateDefault { current in
            seen.append(current)
            if seen.count == 1 {
                // Another process records a rejection meanwhile.
                _ = try other.updateDefault { _ in
                    .init(kind: .review, base: .currentDefault, run: cand.commit, entries: [entry(.flag, "a", run: cand, answer: "f")], subject: "other")
                }
            }
            return .init(kind: .review, base: .currentDefault, run: cand.commit, entries: [entry(.reject, "a", run: cand, answer: "r")], subject: "mine")
        }
        #expect(seen.count == 2 && seen[0] == base.defaultCommit && seen[1] != base.defaultCommit)
        let head = try #require(try t.store.defaultRun())
        let verdicts: [ReviewEntry.Verdict] = try t.store.reviewLog(at: head).entries.map(\.verdict)
        #expect(verdicts == [.promote, .flag, .reject])
    }
}
