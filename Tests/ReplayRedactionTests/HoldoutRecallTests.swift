/// Recall per kind and false positives on hard negatives, measured on a HELD-OUT set
/// (Fixtures/holdout/holdout.jsonl, built by make-holdout.py without looking at the detectors or at
/// labelled.jsonl). A span counts as found as LabelledSetTests counts it: its value is gone from the
/// output and a placeholder of its kind is present in the line. The thresholds are the figures
/// measured when the set was committed: they guard against regressions, they are not targets.
/// `HOLDOUT_VERBOSE=1 swift test --filter HoldoutRecallTests` prints every miss and false positive.
import Foundation
import ReplayCore
import Testing
@testable import ReplayRedaction

@Suite struct HoldoutRecallTests {
    struct Span {
        var kind: PIIKind
        var value: String
        var shape: String
    }

    struct Line {
        var text: String
        var spans: [Span]
        var known: KnownIdentifiers
        var genre: String
    }

    static func load() throws -> [Line] {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/holdout/holdout.jsonl")
        var lines: [Line] = []
        for (index, row) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").enumerated() {
            let json = try JSONParser.parse(String(row), firstLine: index + 1).json
            var spans: [Span] = []
            for span in json["spans"]?.arrayValue ?? [] {
                let kind = try #require(PIIKind(rawValue: span["kind"]?.stringValue ?? ""), "line \(index + 1)")
                spans.append(Span(kind: kind, value: span["value"]?.stringValue ?? "", shape: span["shape"]?.stringValue ?? ""))
            }
            let known = json["known"]
            func strings(_ key: String) -> [String] { known?[key]?.arrayValue?.compactMap(\.stringValue) ?? [] }
            lines.append(Line(text: json["text"]?.stringValue ?? "", spans: spans,
                              known: KnownIdentifiers(names: strings("names"), emails: strings("emails"), ids: strings("ids")),
                              genre: json["genre"]?.stringValue ?? ""))
        }
        return lines
    }

    struct Measurement {
        var total: [PIIKind: Int] = [:]
        var found: [PIIKind: Int] = [:]
        /// Value gone from the output, whatever placeholder replaced it.
        var removed: [PIIKind: Int] = [:]
        var shapeTotal: [String: Int] = [:]
        var shapeFound: [String: Int] = [:]
        var negatives = 0
        var falsePositives = 0
        var falsePositivesByGenre: [String: Int] = [:]
        var strayPlaceholders = 0
        var notIdempotent = 0
        var misses: [String] = []
        var falsePositiveExamples: [String] = []
        var strayExamples: [String] = []

        func recall(_ kind: PIIKind) -> Double {
            guard let total = total[kind], total > 0 else { return 1 }
            return Double(found[kind] ?? 0) / Double(total)
        }

        var falsePositiveRate: Double { negatives == 0 ? 0 : Double(falsePositives) / Double(negatives) }

        static func fraction(_ x: Double) -> String { String(format: "%.3f", x) }

        var markdown: String {
            var out = "| kind | found / total | recall | value removed (any placeholder) |\n|---|---:|---:|---:|\n"
            for kind in PIIKind.allCases.sorted() {
                let t = total[kind] ?? 0, f = found[kind] ?? 0, r = removed[kind] ?? 0
                out += "| \(kind.rawValue) | \(f) / \(t) | \(Self.fraction(recall(kind))) | \(r) / \(t) |\n"
            }
            let t = total.values.reduce(0, +), f = found.values.reduce(0, +), r = removed.values.reduce(0, +)
            out += "| **all** | \(f) / \(t) | \(Self.fraction(t == 0 ? 1 : Double(f) / Double(t))) | \(r) / \(t) |\n\n"
            out += "| negatives | changed | false-positive rate |\n|---:|---:|---:|\n"
            out += "| \(negatives) | \(falsePositives) | \(Self.fraction(falsePositiveRate)) |\n\n"
            out += "Stray placeholders in positive lines: \(strayPlaceholders); not idempotent: \(notIdempotent).\n"
            return out
        }

        /// Shapes with at least one miss, worst first.
        var shapeMarkdown: String {
            var out = "| shape | found / total |\n|---|---:|\n"
            let shapes = shapeTotal.keys.filter { (shapeFound[$0] ?? 0) < shapeTotal[$0]! }.sorted { a, b in
                let ra = Double(shapeFound[a] ?? 0) / Double(shapeTotal[a]!), rb = Double(shapeFound[b] ?? 0) / Double(shapeTotal[b]!)
                return ra != rb ? ra < rb : a < b
            }
            for shape in shapes { out += "| \(shape) | \(shapeFound[shape] ?? 0) / \(shapeTotal[shape]!) |\n" }
            return out
        }

        var falsePositiveMarkdown: String {
            var out = "| negative category | changed |\n|---|---:|\n"
            for (genre, n) in falsePositivesByGenre.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                out += "| \(genre) | \(n) |\n"
            }
            return out
        }
    }

    static func measure(_ lines: [Line], key: RedactionKey) -> Measurement {
        var result = Measurement()
        var table = PlaceholderTable()
        for line in lines {
            var redactor = Redactor(key: key, table: table, known: line.known)
            let output = redactor.redact(line.text)
            table = redactor.table
            if redactor.redact(output) != output { result.notIdempotent += 1 }
            if line.spans.isEmpty {
                result.negatives += 1
                if output != line.text {
                    result.falsePositives += 1
                    result.falsePositivesByGenre[line.genre, default: 0] += 1
                    result.falsePositiveExamples.append("[\(line.genre)] \(line.text)\n  => \(output)")
                }
                continue
            }
            for span in line.spans {
                result.total[span.kind, default: 0] += 1
                result.shapeTotal[span.shape, default: 0] += 1
                let gone = !output.utf8.contains(span.value.utf8)
                if gone { result.removed[span.kind, default: 0] += 1 }
                if gone && output.utf8.contains("<\(span.kind.placeholderName)_".utf8) {
                    result.found[span.kind, default: 0] += 1
                    result.shapeFound[span.shape, default: 0] += 1
                } else {
                    result.misses.append("[\(span.shape)] \(span.value)\(gone ? " (removed, wrong kind)" : "")\n  in: \(line.text)\n  => \(output)")
                }
            }
            let kinds = Set(line.spans.map(\.kind))
            for kind in PIIKind.allCases where !kinds.contains(kind) && output.utf8.contains("<\(kind.placeholderName)_".utf8) {
                result.strayPlaceholders += 1
                result.strayExamples.append("[\(kind.rawValue)] \(line.text)\n  => \(output)")
            }
        }
        return result
    }

    /// Found spans per kind and changed negatives (regression floor/ceiling). When the set was committed:
    /// api_key 381, card 271, email 417, gov_id 107, phone 376, secret 123 (see Fixtures/holdout/README.md);
    /// raised to the figures measured after the recall fixes (every span found, no negative changed).
    static let measuredFound: [PIIKind: Int] = [
        .accountID: 103, .apiKey: 403, .card: 319, .email: 430, .governmentID: 140,
        .ipAddress: 145, .name: 132, .phone: 430, .secret: 184, .user: 114,
    ]
    static let measuredFalsePositives = 0

    @Test("Held-out recall per kind and false positives on hard negatives, at least as good as when measured")
    func recallAndFalsePositives() throws {
        let lines = try Self.load()
        let m = Self.measure(lines, key: RedactionKey(bytes: Array(repeating: 7, count: 32)))
        print("## Held-out set: recall per kind\n\n" + m.markdown)
        print("## Shapes with misses\n\n" + m.shapeMarkdown)
        print("## False positives by negative category\n\n" + m.falsePositiveMarkdown)
        let verbose = ProcessInfo.processInfo.environment["HOLDOUT_VERBOSE"] != nil
        for miss in verbose ? m.misses : Array(m.misses.prefix(20)) { print("missed", miss) }
        for example in verbose ? m.falsePositiveExamples : Array(m.falsePositiveExamples.prefix(20)) { print("false positive", example) }
        for example in verbose ? m.strayExamples : Array(m.strayExamples.prefix(10)) { print("stray", example) }
        for kind in PIIKind.allCases {
            let floor = Self.measuredFound[kind] ?? 0
            #expect(m.found[kind, default: 0] >= floor, "\(kind.rawValue): \(m.found[kind, default: 0]) found, \(floor) when measured")
        }
        #expect(m.falsePositives <= Self.measuredFalsePositives, "\(m.falsePositives) negatives changed")
        #expect(m.notIdempotent == 0)
    }

    @Test("The held-out set is as large as promised: 200+ of e-mail, phone, card, API key; 60+ of the rest; 400+ negatives")
    func size() throws {
        let lines = try Self.load()
        var counts: [PIIKind: Int] = [:]
        for line in lines {
            for span in line.spans {
                counts[span.kind, default: 0] += 1
                #expect(line.text.utf8.contains(span.value.utf8), "\(span.value) not in its line")
            }
        }
        for kind in [PIIKind.email, .phone, .card, .apiKey] { #expect(counts[kind, default: 0] >= 200) }
        for kind in PIIKind.allCases { #expect(counts[kind, default: 0] >= 60, "\(kind.rawValue)") }
        #expect(lines.filter(\.spans.isEmpty).count >= 400)
    }
}
