/// The measuring harness of the independent held-out sets (holdout2, holdout3): every line through
/// the redactor; per kind, spans *found* (value gone, a placeholder of its kind in the line) and
/// *removed* (value gone whatever replaced it); negative lines changed at all count as false
/// positives. `<PREFIX>_VERBOSE=1` prints every miss and false positive; `<PREFIX>_DUMP=PATH` writes
/// one result per span and per negative line.
import Foundation
import Testing
@testable import ReplayRedaction

struct HeldOutSet {
    struct Span {
        var kind: PIIKind
        var value: String
        var shape: String
    }

    struct Line {
        var number: Int
        var text: String
        var spans: [Span]
        var known: KnownIdentifiers
        var genre: String
    }

    struct Tally {
        var spans = 0
        var found = 0
        var removed = 0
    }

    /// The set's size per kind (a changed fixture must be re-measured, not silently compared).
    /// The set's name (`holdout3`): its folder and file under Fixtures/, and the environment prefix.
    let name: String
    let expectedSpans: [PIIKind: Int]
    let expectedFound: [PIIKind: Int]
    let expectedRemoved: [PIIKind: Int]
    let expectedNegativeLines: Int
    let expectedFalsePositiveLines: Int

    func load() throws -> [Line] {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(name)/\(name).jsonl")
        var lines: [Line] = []
        for (index, row) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any], "line \(index + 1)")
            var spans: [Span] = []
            for span in object["spans"] as? [[String: Any]] ?? [] {
                let kind = try #require(PIIKind(rawValue: span["kind"] as? String ?? ""), "line \(index + 1)")
                spans.append(Span(kind: kind, value: span["value"] as? String ?? "", shape: span["shape"] as? String ?? ""))
            }
            let known = object["known"] as? [String: [String]] ?? [:]
            lines.append(Line(number: index + 1, text: object["text"] as? String ?? "", spans: spans,
                              known: KnownIdentifiers(names: known["names"] ?? [], emails: known["emails"] ?? [], ids: known["ids"] ?? []),
                              genre: object["genre"] as? String ?? ""))
        }
        return lines
    }

    /// Byte-exact substring test (no Unicode canonical matching).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, n.count <= h.count else { return n.isEmpty }
        let first = n[0]
        var i = 0
        while i <= h.count - n.count {
            if h[i] == first {
                var j = 1
                while j < n.count && h[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
    }

    static func oneLine(_ s: String, _ limit: Int = 220) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: "⏎")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    /// Measures the set and checks the counts against the expected floors and ceiling.
    func measureAndCheck() throws {
        let lines = try load()
        let prefix = name.uppercased()
        let verbose = ProcessInfo.processInfo.environment[prefix + "_VERBOSE"] == "1"
        let key = RedactionKey(bytes: Array(repeating: 0x5A, count: 32))
        var tally: [PIIKind: Tally] = [:]
        var negatives = 0, falsePositives = 0
        var falsePositiveKinds: [PIIKind: Int] = [:]
        var missesByShape: [String: (missed: Int, total: Int)] = [:]
        var report: [String] = []
        var dump: [[String: Any]] = []
        let dumpPath = ProcessInfo.processInfo.environment[prefix + "_DUMP"]

        for line in lines {
            var redactor = Redactor(key: key, known: line.known)
            let output = redactor.redact(line.text)
            if line.spans.isEmpty {
                negatives += 1
                if dumpPath != nil { dump.append(["line": line.number, "genre": line.genre, "changed": output != line.text, "output": output]) }
                if output != line.text {
                    falsePositives += 1
                    for (kind, n) in redactor.counts { falsePositiveKinds[kind, default: 0] += n }
                    if verbose { report.append("FP   line \(line.number) [\(line.genre)]: \(Self.oneLine(output))") }
                }
                continue
            }
            for span in line.spans {
                let gone = !Self.contains(output, span.value)
                let typed = gone && Self.contains(output, "<\(span.kind.placeholderName)_")
                tally[span.kind, default: Tally()].spans += 1
                if gone { tally[span.kind, default: Tally()].removed += 1 }
                if typed { tally[span.kind, default: Tally()].found += 1 }
                if dumpPath != nil {
                    dump.append(["line": line.number, "genre": line.genre, "kind": span.kind.rawValue, "shape": span.shape,
                                 "value": span.value, "found": typed, "removed": gone, "output": output])
                }
                let shapeKey = "\(span.kind.rawValue)/\(span.shape)"
                missesByShape[shapeKey, default: (0, 0)].total += 1
                if !typed {
                    missesByShape[shapeKey, default: (0, 0)].missed += 1
                    if verbose {
                        let why = gone ? "WRONG-KIND" : "MISS"
                        report.append("\(why) line \(line.number) \(span.kind.rawValue) [\(span.shape)] [\(line.genre)] value=\(Self.oneLine(span.value, 90)) → \(Self.oneLine(output))")
                    }
                }
            }
        }

        var table = "| kind | spans | found | recall | removed | removed rate |\n|---|---:|---:|---:|---:|---:|\n"
        var total = Tally()
        for kind in PIIKind.allCases.sorted() {
            let t = tally[kind] ?? Tally()
            total.spans += t.spans; total.found += t.found; total.removed += t.removed
            table += "| \(kind.rawValue) | \(t.spans) | \(t.found) | \(Self.percent(t.found, t.spans)) | \(t.removed) | \(Self.percent(t.removed, t.spans)) |\n"
        }
        table += "| **all** | \(total.spans) | \(total.found) | \(Self.percent(total.found, total.spans)) | \(total.removed) | \(Self.percent(total.removed, total.spans)) |\n\n"
        table += "| negatives | lines | changed | false-positive rate |\n|---|---:|---:|---:|\n"
        table += "| hard negatives | \(negatives) | \(falsePositives) | \(Self.percent(falsePositives, negatives)) |\n"
        if !falsePositiveKinds.isEmpty {
            table += "\nPlaceholders put in negative lines: "
            table += falsePositiveKinds.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        print("\(name.prefix(1).uppercased() + name.dropFirst()) (\(lines.count) lines)\n" + table)
        if verbose {
            print("Misses by shape (missed/total):")
            for (shape, m) in missesByShape.sorted(by: { $0.key < $1.key }) where m.missed > 0 {
                print("  \(shape): \(m.missed)/\(m.total)")
            }
            print(report.joined(separator: "\n"))
        }

        if let dumpPath {
            let rows = try dump.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
            try (rows.joined(separator: "\n") + "\n").write(toFile: dumpPath, atomically: true, encoding: .utf8)
        }

        #expect(negatives == expectedNegativeLines)
        #expect(falsePositives <= expectedFalsePositiveLines, "false positives on hard negatives rose")
        for kind in PIIKind.allCases {
            let t = tally[kind] ?? Tally()
            #expect(t.spans == expectedSpans[kind], "\(name).jsonl changed: re-measure and update the README")
            #expect(t.found >= expectedFound[kind] ?? 0, "recall of \(kind.rawValue) fell: \(t.found)")
            #expect(t.removed >= expectedRemoved[kind] ?? 0, "removal of \(kind.rawValue) fell: \(t.removed)")
        }
    }
}
