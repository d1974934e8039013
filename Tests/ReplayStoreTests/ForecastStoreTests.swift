import Foundation
import Testing
import ReplayCore
@testable import ReplayGit
@testable import ReplayStore

@Suite("Registered forecasts and the calibration history in the store")
struct ForecastStoreTests {
    @Test("a forecast is registered once under its own ref, never replaced; latest is the newest; unknown ids suggest")
    func register() throws {
        let t = try TemporaryStore()
        let run = try SyncedStores().record(t, "m", "20261129T100000Z-aaaaaa", at: 1_000, [("x", "one")])
        t.store.now = { 5_000 }
        let first = try t.store.registerForecast(Array("{\"a\":1}\n".utf8), id: "rc1", candidate: run, baseline: nil, subject: "rc1: m")
        t.store.now = { 6_000 }
        _ = try t.store.registerForecast(Array("{\"a\":2}\n".utf8), id: "rc2", candidate: run, baseline: run, subject: "rc2: m")
        #expect(throws: ReplayError.self) { try t.store.registerForecast(Array("{}".utf8), id: "rc1", candidate: run, baseline: nil, subject: "again") }
        #expect(try t.store.repository.reference("refs/replay/forecasts/rc1") == first)
        #expect(try t.store.forecasts().map(\.id) == ["rc1", "rc2"])
        #expect(try t.store.forecast("latest").id == "rc2")
        #expect(String(decoding: try t.store.forecast("rc1").json, as: UTF8.self) == "{\"a\":1}\n")
        do {
            _ = try t.store.forecast("rc3")
            Issue.record("an unknown id must throw")
        } catch let error as ReplayError {
            #expect(error.message == "no forecast is registered as 'rc3'" && error.details.contains("did you mean 'rc1'?"))
        }
        let shown = try t.git("show", "refs/replay/forecasts/rc2:forecast.json")
        #expect(shown.trimmingCharacters(in: .newlines) == "{\"a\":2}", "the helper trims git's output")
        #expect(try t.git("log", "-1", "--format=%(trailers:key=Replay-Baseline,valueonly)", "refs/replay/forecasts/rc2").contains(run.hex))
        try t.git("fsck", "--strict", "--no-dangling")
    }

    @Test("calibrations chain; a history that diverged between two stores is merged by pull and each calibration counts once")
    func calibrations() throws {
        let s = SyncedStores()
        let run = try s.record(s.a, "m", "20261129T100000Z-aaaaaa", at: 1_000, [("x", "one")])
        let forecast = try s.a.store.registerForecast(Array("{}".utf8), id: "rc1", candidate: run, baseline: nil, subject: "rc1")
        s.a.store.now = { 2_000 }
        try s.a.store.saveCalibration(Array("{\"n\":1}".utf8), forecastID: "rc1", forecastCommit: forecast, subject: "one")
        try s.push(s.a)
        try s.pull(s.b)
        s.a.store.now = { 3_000 }
        try s.a.store.saveCalibration(Array("{\"n\":2}".utf8), forecastID: "rc1", forecastCommit: forecast, subject: "two")
        s.b.store.now = { 4_000 }
        try s.b.store.saveCalibration(Array("{\"n\":3}".utf8), forecastID: "rc1", forecastCommit: forecast, subject: "three")
        try s.push(s.a)
        let update = try #require(try s.pull(s.b)["refs/replay/calibrations"])
        #expect(update.action == .merged)
        let history = try s.b.store.calibrations().map { String(decoding: $0.json, as: UTF8.self) }
        #expect(history == ["{\"n\":1}", "{\"n\":2}", "{\"n\":3}"])
        #expect(try s.b.store.forecasts().map(\.id) == ["rc1"])
        try s.fsck()
    }
}
