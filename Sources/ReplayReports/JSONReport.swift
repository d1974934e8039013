import Dispatch
import Foundation
import ReplayCore
import ReplayDiff

/// The diff as JSON (`replay diff --format json`), schema `replay-diff/1`:
///
/// ```
/// { "format": "replay-diff/1", "verdict": "PASS|FAIL|INCONCLUSIVE", "fail_on": "error"|null,
///   "baseline": RUN, "candidate": RUN, "embedding": "...", "judge": MODEL|null,
///   "summary": { "cases": N, "unchanged": N, "within_noise": N,
///                "classes": {CLASS: COUNT}, "verdicts": {VERDICT: COUNT}, "detectors": {ID: COUNT},
///                "judge": {"candidate": N, "baseline": N, "tie": N, "inconsistent": N} },
///   "cases": [ CASE, ... ],    -- the cases that differ, worst first
///   "warnings": [ "...", ... ] }  -- how the diff was made, if the reader should know
/// RUN   = { "name", "commit", "model", "run", "samples" }
/// COUNT = { "count", "total", "rate", "low", "high" }   -- low/high: 95% Wilson interval
/// CASE  = { "id", "title"?, "class", "verdict", "input_changed", "within_noise",
///           "findings": [ { "detector", "severity", "regression", "message", "within_noise",
///                           "candidate_rate"?: [k, K], "baseline_rate"?: [k, K],
///                           "evidence": [ { "side": "baseline|candidate|input", "quote" } ] } ],
///           "scores"?: { "semantic", "chrf", "rouge_l", "baseline_words", "candidate_words" },
///           "blocks": [ { "kind": "kept|reworded|dropped|added", "baseline"?, "candidate"?, "similarity"?,
///                         "changed_facts": [ { "kind", "from": [..], "to": [..] } ] } ],
///           "noise"?: { "baseline_samples", "candidate_samples", "candidate_distance", "baseline_spread", "within_noise" },
///           "judge"?: { "model", "outcome", "first_order", "second_order", "reason"? },
///           "baseline"?: ANSWER, "candidate"?: ANSWER }
/// ANSWER = { "text"?: "...", "error"?: "...", "tool_calls"?: [ { "name", "arguments" } ] }
/// ```
public enum JSONReport {
    public static let format = "replay-diff/1"

    public static func value(_ r: DiffResult) -> JSONValue { value(r, cases: r.cases.map(caseValue)) }

    static func value(_ r: DiffResult, cases: [JSONValue]) -> JSONValue {
        var classes: [String: JSONValue] = [:]
        for c in ChangeClass.allCases { classes[c.rawValue] = proportion(r.count(c)) }
        var verdicts: [String: JSONValue] = [:]
        for v in Verdict.allCases { verdicts[v.rawValue] = proportion(r.count(v)) }
        var detectors: [String: JSONValue] = [:]
        for d in DetectorID.allCases where r.settings.isEnabled(d) { detectors[d.rawValue] = proportion(r.count(d)) }
        var summary: [String: JSONValue] = ["cases": .int(r.total), "unchanged": .int(r.unchanged), "within_noise": .int(r.withinNoise),
                                            "classes": .object(classes), "verdicts": .object(verdicts), "detectors": .object(detectors)]
        if r.judge != nil {
            summary["judge"] = ["candidate": .int(r.judged(.candidate)), "baseline": .int(r.judged(.baseline)), "tie": .int(r.judged(.tie)),
                                "inconsistent": .int(r.judged(.inconsistent))]
        }
        return [
            "format": .string(format), "verdict": .string(r.verdict.rawValue),
            "fail_on": r.settings.failOn.map { .string($0.rawValue) } ?? .null,
            "baseline": side(r.baseline), "candidate": side(r.candidate), "embedding": .string(r.embedding),
            "judge": r.judge.map(JSONValue.string) ?? .null,
            "summary": .object(summary), "cases": .array(cases),
            "warnings": .array(r.warnings.map(JSONValue.string)),
        ]
    }

    /// `value(r).canonical`, with the cases (nearly all of a large report) printed as they go, on
    /// every core.
    public static func render(_ r: DiffResult) -> String {
        let pieces = self.pieces(r)
        var document: [UInt8] = []
        document.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { document.append(contentsOf: piece) }
        return String(decoding: document, as: UTF8.self)
    }

    /// The document `render` prints, as consecutive pieces (the head, the cases in chunks, the
    /// tail): a large report is written piece by piece, never copied whole. The cases are printed
    /// on every core.
    public static func pieces(_ r: DiffResult) -> [[UInt8]] {
        // The document with an empty case list, printed around the cases.
        var out: [UInt8] = []
        value(r, cases: []).appendCanonical(to: &out)
        let marker = Array("\n  \"cases\": [],\n".utf8)
        guard !r.cases.isEmpty, let at = out.firstRange(of: marker) else { return [out] }
        let chunk = 256
        let chunks = (r.cases.count + chunk - 1) / chunk
        let parts = PrintedParts(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { k in
            var writer = CanonicalWriter(depth: 2)
            for n in k * chunk..<min(r.cases.count, (k + 1) * chunk) {
                writer.raw(n == 0 ? "\n    " : ",\n    ")
                write(r.cases[n], to: &writer)
            }
            parts.set(k, writer.bytes)
        }
        return [Array(out[..<at.lowerBound]) + Array("\n  \"cases\": [".utf8)] + parts.bytes
            + [Array("\n  ],\n".utf8) + Array(out[at.upperBound...])]
    }

    static func side(_ s: DiffResult.Side) -> JSONValue {
        ["name": .string(s.name), "commit": .string(s.commit), "model": .string(s.model), "run": .string(s.runID), "samples": .int(s.samples)]
    }

    static func proportion(_ p: Proportion) -> JSONValue {
        ["count": .int(p.count), "total": .int(p.total), "rate": .double(round4(p.rate)), "low": .double(round4(p.low)), "high": .double(round4(p.high))]
    }

    static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    public static func caseValue(_ d: CaseDiff) -> JSONValue {
        var o: [String: JSONValue] = ["id": .string(d.id), "class": .string(d.changeClass.rawValue), "verdict": .string(d.verdict.rawValue),
                                      "input_changed": .bool(d.inputChanged), "within_noise": .bool(d.withinNoise),
                                      "findings": .array(d.findings.map(finding)), "blocks": .array(d.blocks.map(block))]
        if let title = d.title { o["title"] = .string(title) }
        if let s = d.scores {
            o["scores"] = ["semantic": .double(round4(s.semantic)), "chrf": .double(round4(s.chrF)), "rouge_l": .double(round4(s.rougeL)),
                           "baseline_words": .int(s.baselineWords), "candidate_words": .int(s.candidateWords)]
        }
        if let n = d.noise {
            o["noise"] = ["baseline_samples": .int(n.baselineSamples), "candidate_samples": .int(n.candidateSamples),
                          "candidate_distance": .double(round4(n.candidateDistance)), "baseline_spread": .double(round4(n.baselineSpread)),
                          "within_noise": .bool(n.withinNoise)]
        }
        if let j = d.judge {
            var jo: [String: JSONValue] = ["model": .string(j.model), "outcome": .string(j.outcome.rawValue),
                                           "first_order": .string(j.firstOrder), "second_order": .string(j.secondOrder)]
            if let reason = j.reason { jo["reason"] = .string(reason) }
            o["judge"] = .object(jo)
        }
        if let b = d.baseline { o["baseline"] = answer(b) }
        if let c = d.candidate { o["candidate"] = answer(c) }
        return .object(o)
    }

    /// `caseValue(d)` printed as it goes (the bulk of a large report); keys in canonical order.
    static func write(_ d: CaseDiff, to w: inout CanonicalWriter) {
        func answer(_ a: Answer?) {
            guard let a else { return }
            w.beginObject()
            w.member("error", string: a.error)
            w.member("text", string: a.text)
            if !a.toolCalls.isEmpty {
                w.key("tool_calls")
                w.beginArray()
                for call in a.toolCalls {
                    w.beginObject()
                    w.member("arguments", call.arguments)
                    w.member("name", string: call.name)
                    w.endObject()
                }
                w.endArray()
            }
            w.endObject()
        }
        w.beginObject()
        if d.baseline != nil { w.key("baseline"); answer(d.baseline) }
        w.key("blocks")
        w.beginArray()
        for b in d.blocks {
            w.beginObject()
            w.member("baseline", string: b.baseline)
            w.member("candidate", string: b.candidate)
            w.key("changed_facts")
            w.beginArray()
            for fact in b.changedFacts {
                w.beginObject()
                w.key("from")
                w.beginArray()
                for x in fact.from { w.string(x) }
                w.endArray()
                w.member("kind", string: fact.kind.rawValue)
                w.key("to")
                w.beginArray()
                for x in fact.to { w.string(x) }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.member("kind", string: b.kind.rawValue)
            w.member("similarity", b.similarity.map { .double(round4($0)) })
            w.endObject()
        }
        w.endArray()
        if d.candidate != nil { w.key("candidate"); answer(d.candidate) }
        w.member("class", string: d.changeClass.rawValue)
        w.key("findings")
        w.beginArray()
        for f in d.findings {
            w.beginObject()
            w.member("baseline_rate", f.baselineRate.map { [.int($0.count), .int($0.of)] })
            w.member("candidate_rate", f.candidateRate.map { [.int($0.count), .int($0.of)] })
            w.member("detector", string: f.detector.rawValue)
            w.key("evidence")
            w.beginArray()
            for e in f.evidence {
                w.beginObject()
                w.member("quote", string: e.quote)
                w.member("side", string: e.side.rawValue)
                w.endObject()
            }
            w.endArray()
            w.member("message", string: f.message)
            w.member("regression", .bool(f.regression))
            w.member("severity", string: f.severity.rawValue)
            w.member("within_noise", .bool(f.withinNoise))
            w.endObject()
        }
        w.endArray()
        w.member("id", string: d.id)
        w.member("input_changed", .bool(d.inputChanged))
        if let j = d.judge {
            w.key("judge")
            w.beginObject()
            w.member("first_order", string: j.firstOrder)
            w.member("model", string: j.model)
            w.member("outcome", string: j.outcome.rawValue)
            w.member("reason", string: j.reason)
            w.member("second_order", string: j.secondOrder)
            w.endObject()
        }
        if let n = d.noise {
            w.key("noise")
            w.beginObject()
            w.member("baseline_samples", .int(n.baselineSamples))
            w.member("baseline_spread", .double(round4(n.baselineSpread)))
            w.member("candidate_distance", .double(round4(n.candidateDistance)))
            w.member("candidate_samples", .int(n.candidateSamples))
            w.member("within_noise", .bool(n.withinNoise))
            w.endObject()
        }
        if let s = d.scores {
            w.key("scores")
            w.beginObject()
            w.member("baseline_words", .int(s.baselineWords))
            w.member("candidate_words", .int(s.candidateWords))
            w.member("chrf", .double(round4(s.chrF)))
            w.member("rouge_l", .double(round4(s.rougeL)))
            w.member("semantic", .double(round4(s.semantic)))
            w.endObject()
        }
        w.member("title", string: d.title)
        w.member("verdict", string: d.verdict.rawValue)
        w.member("within_noise", .bool(d.withinNoise))
        w.endObject()
    }

    static func finding(_ f: Finding) -> JSONValue {
        var o: [String: JSONValue] = ["detector": .string(f.detector.rawValue), "severity": .string(f.severity.rawValue),
                                      "regression": .bool(f.regression), "message": .string(f.message), "within_noise": .bool(f.withinNoise),
                                      "evidence": .array(f.evidence.map { ["side": .string($0.side.rawValue), "quote": .string($0.quote)] })]
        if let r = f.candidateRate { o["candidate_rate"] = [.int(r.count), .int(r.of)] }
        if let r = f.baselineRate { o["baseline_rate"] = [.int(r.count), .int(r.of)] }
        return .object(o)
    }

    static func block(_ b: BlockChange) -> JSONValue {
        var o: [String: JSONValue] = ["kind": .string(b.kind.rawValue),
                                      "changed_facts": .array(b.changedFacts.map { ["kind": .string($0.kind.rawValue), "from": .array($0.from.map(JSONValue.string)), "to": .array($0.to.map(JSONValue.string))] })]
        if let x = b.baseline { o["baseline"] = .string(x) }
        if let x = b.candidate { o["candidate"] = .string(x) }
        if let s = b.similarity { o["similarity"] = .double(round4(s)) }
        return .object(o)
    }

    static func answer(_ a: Answer) -> JSONValue {
        var o: [String: JSONValue] = [:]
        if let t = a.text { o["text"] = .string(t) }
        if let e = a.error { o["error"] = .string(e) }
        if !a.toolCalls.isEmpty { o["tool_calls"] = .array(a.toolCalls.map { ["name": .string($0.name), "arguments": $0.arguments] }) }
        return .object(o)
    }
}

/// Byte strings printed on several threads, each into its own slot.
final class PrintedParts: @unchecked Sendable {
    private(set) var bytes: [[UInt8]]
    private let lock = NSLock()

    init(count: Int) { bytes = Array(repeating: [], count: count) }

    func set(_ k: Int, _ value: [UInt8]) {
        lock.lock()
        bytes[k] = value
        lock.unlock()
    }
}
