import Foundation
import Testing

/// The whole loop through the built binary: production's log imported as the baseline, a
/// candidate recorded through the stub server, the forecast made and registered, then
/// calibrated against a later production log.
@Suite("replay forecast and calibrate", .serialized)
struct ForecastCommandTests {
    static let refusal = "I'm sorry, but I can't help with that request."

    /// An OpenAI request/response log of `count` conversations "Please answer topic-NN; briefly.",
    /// answered by `model`; topics in `refused` are refused, the others answered.
    static func log(model: String, count: Int, refused: Set<Int>, created: Int) -> String {
        (1...count).map { n in
            let prompt = "Please answer topic-\(String(format: "%02d", n)); briefly."
            let reply = refused.contains(n) ? refusal : "Here is the answer for topic \(n): it works as documented."
            let record: [String: Any] = [
                "request": ["model": model, "messages": [["role": "user", "content": prompt]]],
                "response": ["id": "c\(n)", "object": "chat.completion", "created": created + n, "model": model,
                             "choices": [["index": 0, "message": ["role": "assistant", "content": reply]]]],
            ]
            return String(decoding: try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    /// 40 cases from production (gpt-prod-1 refused topics 1–2), a candidate through the stub that
    /// refuses topics 1–8, and a labeller program for the judge behavior.
    func workspace(_ stub: StubServer) throws -> Sandbox {
        let s = try Sandbox()
        try #require(try s.replay("init").status == 0)
        try s.write("label.py", """
            import json, sys
            request = json.load(sys.stdin)
            text = request["messages"][-1]["content"]
            reply = text.split("=== Reply ===")[1]
            print(json.dumps({"text": json.dumps({"answer": "yes" if "sorry" in reply.lower() else "no"})}))
            """)
        try s.write(".replay/config.yaml", """
            version: 1
            defaults: {temperature: 0}
            models:
              candidate:
                provider: openai
                model: gpt-cand
                base_url: \(stub.baseURL)/v1
              labeller:
                provider: command
                command: [python3, \(s.root)/label.py]
            forecast:
              change: 1.5
              behaviors:
                flattering_opener: false
                documented:
                  summary: says it works as documented
                  any: [works as documented]
                apologizes:
                  judge: Does the reply apologize?
            """)
        try s.write("before.jsonl", Self.log(model: "gpt-prod-1", count: 40, refused: [1, 2], created: 1_700_000_000))
        let imported = try s.replay("import", "before.jsonl", "--baseline")
        try #require(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("baseline: 40 replies of gpt-prod-1"), "\(imported.stdout)")
        let recorded = try s.replay("record", "--model", "candidate")
        try #require(recorded.status == 0, "\(recorded.stderr)")
        return s
    }

    static func stub() throws -> StubServer {
        var script: [String: Any] = [:]
        for n in 1...8 { script["topic-\(String(format: "%02d", n));"] = [["reply": refusal]] }
        return try StubServer(script: script)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    func behavior(_ doc: [String: Any], _ id: String, in key: String = "behaviors") throws -> [String: Any] {
        let list = try #require(doc[key] as? [[String: Any]])
        return try #require(list.first { $0["id"] as? String == id }, "no \(id) in \(list.compactMap { $0["id"] })")
    }

    @Test("forecast: rates with intervals, the paired McNemar test and ratio, floor language; registered in plain git; calibrated against production")
    func endToEnd() throws {
        let stub = try Self.stub()
        let s = try workspace(stub)

        // The forecast, as JSON: candidate 8 of 40 refusals, baseline 2 of 40, both on topics 1–2.
        let f = try s.replay("forecast", "candidate", "--baseline", "gpt-prod-1", "--judge", "labeller", "--json")
        #expect(f.status == 0, "\(f.stderr)")
        let forecast = try json(f.stdout)
        #expect(forecast["format"] as? String == "replay-forecast/1")
        let refusal = try behavior(forecast, "refusal")
        let cand = try #require(refusal["candidate"] as? [String: Any]), base = try #require(refusal["baseline"] as? [String: Any])
        #expect(cand["count"] as? Int == 8 && cand["total"] as? Int == 40)
        #expect(base["count"] as? Int == 2 && base["total"] as? Int == 40)
        // scipy 1.17.1: binomtest(8, 40).proportion_ci(method='wilsoncc') = (0.09614522035515782, 0.3613743717040637)
        #expect(abs((cand["low"] as? Double ?? 0) - 0.09614522035515782) < 1e-9 && abs((cand["high"] as? Double ?? 0) - 0.3613743717040637) < 1e-9, "\(cand)")
        let paired = try #require(refusal["paired"] as? [String: Any])
        #expect(paired["both"] as? Int == 2 && paired["baseline_only"] as? Int == 0 && paired["candidate_only"] as? Int == 6 && paired["neither"] as? Int == 32)
        // Exact McNemar on 0 vs 6 discordant cases: 2 · 0.5^6.
        #expect(abs((paired["mcnemar_p"] as? Double ?? 0) - 0.03125) < 1e-12)
        let ratio = try #require(paired["ratio"] as? [String: Any])
        // ½ added to each cell when one is zero: (2.5 + 6.5) / (2.5 + 0.5).
        #expect(abs((ratio["estimate"] as? Double ?? 0) - 3) < 1e-9)
        // The judge behavior, labelled by the configured program, agrees with the refusals.
        let apologizes = try behavior(forecast, "apologizes")
        #expect(apologizes["source"] as? String == "judge")
        #expect((apologizes["candidate"] as? [String: Any])?["count"] as? Int == 8)
        // A behavior switched off in the config is not there; the custom one is.
        #expect(try #require(forecast["behaviors"] as? [[String: Any]]).allSatisfy { $0["id"] as? String != "flattering_opener" })
        #expect((try behavior(forecast, "documented")["candidate"] as? [String: Any])?["count"] as? Int == 0)
        // Floor language, never 0%.
        let links = try behavior(forecast, "invented_link")
        #expect((links["candidate"] as? [String: Any])?["text"] as? String == "not observed in 40: at most 11% (95%)")

        // The terminal report says the same in words.
        let t = try s.replay("forecast", "candidate", "--baseline", "gpt-prod-1")
        #expect(t.status == 0)
        #expect(t.stdout.contains("forecast  8 in 40: 20% (95%: 9.6%–36%)"), "\(t.stdout)")
        #expect(t.stdout.contains("paired on 40: 0 only in the baseline, 6 only in the forecast; McNemar p = 0.031; ratio 3× (95%: 1.11–8.14×)"))
        #expect(t.stdout.contains("judge behaviors (apologizes) were not counted") || t.stderr.contains("judge behaviors (apologizes) were not counted"))
        #expect(!t.stdout.contains(" 0%"))

        // Registered: its own ref, readable with git, never replaced; an HTML report on the side.
        let reg = try s.replay("forecast", "candidate", "--baseline", "gpt-prod-1", "--judge", "labeller", "--register", "--id", "release-1",
                               "--report", "html:forecast.html")
        #expect(reg.status == 0, "\(reg.stderr)")
        #expect(reg.stderr.contains("registered forecast release-1 as commit"))
        let stored = try json(try s.git("show", "refs/replay/forecasts/release-1:forecast.json").stdout)
        #expect(stored["id"] as? String == "release-1")
        #expect((try behavior(stored, "refusal")["candidate"] as? [String: Any])?["count"] as? Int == 8)
        #expect(try s.git("log", "-1", "--format=%B", "refs/replay/forecasts/release-1").stdout.contains("Replay-Forecast: release-1"))
        let html = try #require(s.read("forecast.html"))
        #expect(html.contains("<svg class=\"rate-chart\"") && html.contains("refusal"))
        let again = try s.replay("forecast", "candidate", "--baseline", "gpt-prod-1", "--register", "--id", "release-1")
        #expect(again.status == 2)
        #expect(again.stderr.contains("a forecast is already registered as 'release-1'"))
        let list = try s.replay("forecast", "--list")
        #expect(list.stdout.contains("release-1") && list.stdout.contains("candidate vs gpt-prod-1"), "\(list.stdout)")

        // After the release: production (gpt-prod-2) refused 10 of 50.
        try s.write("after.jsonl", Self.log(model: "gpt-prod-2", count: 50, refused: Set(1...10), created: 2_000_000_000))
        let c = try s.replay("calibrate", "--forecast", "release-1", "--observed", "after.jsonl", "--judge", "labeller", "--json",
                             "--report", "html:calibration.html", "--report", "markdown:calibration.md")
        #expect(c.status == 0, "\(c.stderr)")
        let calibration = try json(c.stdout)
        #expect(calibration["replies"] as? Int == 50)
        let row = try behavior(calibration, "refusal", in: "rows")
        #expect((row["observed"] as? [String: Any])?["count"] as? Int == 10)
        // forecast 8/40 = 20%, observed 10/50 = 20%: error 1; both moved up from the baseline's 5%.
        #expect(abs((row["error"] as? Double ?? 0) - 1) < 1e-12)
        #expect(row["direction_right"] as? Bool == true)
        // "documented": forecast 32/40, observed 40/50 → 1.0; never-seen invented_link is not measurable.
        let unseen = try behavior(calibration, "invented_link", in: "rows")
        #expect(unseen["error"] is NSNull)
        #expect((unseen["unmeasurable"] as? String)?.hasPrefix("not observed on either side") == true)
        let summary = try #require(calibration["summary"] as? [String: Any])
        #expect(summary["directions_moved"] as? Int == 3 && summary["directions_right"] as? Int == 3, "\(summary)")
        #expect(try s.read("calibration.md")?.contains("| **refusal** | 10 in 50: 20%") == true)
        #expect(try s.read("calibration.html")?.contains("production") == true)
        #expect(c.stderr.contains("saved the calibration as commit"))

        // A zero count on one side: forecast 0 of 40 "documented"? No — flip it: production never
        // apologized in a second log, the forecast did 8 of 40: (0 + ½)/51 vs 8/40.
        try s.write("quiet.jsonl", Self.log(model: "gpt-prod-2", count: 50, refused: [], created: 2_000_000_000))
        let q = try s.replay("calibrate", "--forecast", "latest", "--observed", "quiet.jsonl", "--judge", "labeller", "--json")
        #expect(q.status == 0, "\(q.stderr)")
        let quiet = try behavior(try json(q.stdout), "refusal", in: "rows")
        #expect(abs((quiet["error"] as? Double ?? 0) - (8.5 / 41) / (0.5 / 51)) < 1e-9, "\(quiet)")

        // The history: both calibrations, oldest first; git sees a clean store.
        let h = try s.replay("calibrate", "--history", "--json")
        let history = try #require(try json(h.stdout)["calibrations"] as? [[String: Any]])
        #expect(history.count == 2)
        #expect(try s.replay("calibrate", "--history").stdout.contains("release-1  50 replies  median 1×"))
        let fsck = try s.git("fsck", "--strict")
        #expect(fsck.status == 0, "\(fsck.stderr)")
    }

    @Test("in CI a forecast is not registered and a calibration not saved; bad ids and empty logs are named")
    func refusalsAndErrors() throws {
        let stub = try Self.stub()
        let s = try workspace(stub)
        let ci = try s.replay(["forecast", "candidate", "--baseline", "gpt-prod-1", "--register"], environment: ["CI": "true"])
        #expect(ci.status == 2)
        #expect(ci.stderr.contains("in CI replay never moves a reference"))
        #expect(try s.git("for-each-ref", "refs/replay/forecasts").stdout.isEmpty)
        #expect(try s.replay("forecast", "candidate", "--baseline", "gpt-prod-1", "--register", "--id", "latest").status == 64)
        #expect(try s.replay("forecast", "--register", "--id", "rc1", "candidate", "--baseline", "gpt-prod-1").status == 0)

        let unknown = try s.replay("calibrate", "--forecast", "rc2", "--observed", "before.jsonl")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no forecast is registered as 'rc2'") && unknown.stderr.contains("did you mean 'rc1'?"), "\(unknown.stderr)")

        let inCI = try s.replay(["calibrate", "--forecast", "rc1", "--observed", "before.jsonl"], environment: ["CI": "1"])
        #expect(inCI.status == 0, "\(inCI.stderr)")
        #expect(inCI.stdout.contains("not saved to the history: in CI replay never writes"))
        #expect(inCI.stdout.contains("40 of the replies are dated before the forecast was registered"))
        #expect(try s.git("for-each-ref", "refs/replay/calibrations").stdout.isEmpty)

        let none = try s.replay("calibrate", "--forecast", "rc1", "--observed", "before.jsonl", "--model", "gpt-other")
        #expect(none.status == 2)
        #expect(none.stderr.contains("no production replies were found") && none.stderr.contains("the logs name: gpt-prod-1"), "\(none.stderr)")
        #expect(try s.replay("calibrate", "--forecast", "rc1").status == 64)
        // Logs that are not logs are named, with what to do, and nothing is saved.
        try s.write("notes.txt", "hello world\n")
        let notLog = try s.replay("calibrate", "--forecast", "rc1", "--observed", "notes.txt")
        #expect(notLog.status == 2 && notLog.stderr.contains("notes.txt is not JSON or JSONL") && notLog.stderr.contains("nothing was calibrated"),
                "\(notLog.stderr)")
        try s.write("broken.jsonl", #"{"request": {"model": "x""# + "\n")
        let broken = try s.replay("calibrate", "--forecast", "rc1", "--observed", "broken.jsonl")
        #expect(broken.status == 2 && broken.stderr.contains("broken.jsonl, line 2: not valid JSON"), "\(broken.stderr)")
        #expect(try s.git("for-each-ref", "refs/replay/calibrations").stdout.isEmpty)

        // A bad behavior definition is named with its line, and nothing is counted.
        try s.write(".replay/config.yaml", (s.read(".replay/config.yaml") ?? "") + "\n    broken:\n      pattern: \"(unclosed\"\n")
        let bad = try s.replay("forecast", "candidate")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("forecast.behaviors.broken.pattern") && bad.stderr.contains("does not compile"), "\(bad.stderr)")
    }
}
