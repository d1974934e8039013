/// Reads Fixtures/labelled.jsonl and measures recall per kind and false positives on hard negatives.
import ReplayCore
import ReplayRedaction

struct LabelledLine {
    var text: String
    var spans: [(kind: PIIKind, value: String)]
    var known: KnownIdentifiers
}

struct LabelledSet {
    var lines: [LabelledLine]

    init(jsonl: String) throws {
        lines = []
        for (index, row) in jsonl.split(separator: "\n").enumerated() {
            let json = try JSONParser.parse(String(row), firstLine: index + 1).json
            let spans = (json["spans"]?.arrayValue ?? []).map { span in
                (kind: PIIKind(rawValue: span["kind"]?.stringValue ?? "")!, value: span["value"]?.stringValue ?? "")
            }
            let known = json["known"]
            func strings(_ key: String) -> [String] { known?[key]?.arrayValue?.compactMap(\.stringValue) ?? [] }
            lines.append(LabelledLine(text: json["text"]?.stringValue ?? "", spans: spans,
                                      known: KnownIdentifiers(names: strings("names"), emails: strings("emails"), ids: strings("ids"))))
        }
    }

    struct Evaluation {
        var total: [PIIKind: Int] = [:]
        var found: [PIIKind: Int] = [:]
        var negatives = 0
        var falsePositives = 0
        /// Placeholders in positive lines of a kind the line has no span of.
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

        var report: String {
            func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
            var out = "kind        found/total  recall\n"
            for kind in PIIKind.allCases.sorted() {
                let line = pad(kind.rawValue, 12) + pad("\(found[kind] ?? 0)/\(total[kind] ?? 0)", 13)
                out += line + String(Int((recall(kind) * 1000).rounded())).withDecimal + "\n"
            }
            out += "negatives: \(falsePositives)/\(negatives) redacted (false-positive rate "
                + String(Int((falsePositiveRate * 10000).rounded())) + " bp)\n"
            out += "stray placeholders in positive lines: \(strayPlaceholders); not idempotent: \(notIdempotent)\n"
            return out
        }
    }

    func evaluate(key: RedactionKey) -> Evaluation {
        var result = Evaluation()
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
                    result.falsePositiveExamples.append("\(line.text)\n  => \(output)")
                }
                continue
            }
            for span in line.spans {
                result.total[span.kind, default: 0] += 1
                let gone = !output.utf8.contains(span.value.utf8)
                if gone && output.utf8.contains("<\(span.kind.placeholderName)_".utf8) {
                    result.found[span.kind, default: 0] += 1
                } else {
                    result.misses.append("[\(span.kind.rawValue)] \(span.value)\n  in: \(line.text)\n  => \(output)")
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
}

extension String {
    /// "987" → "0.987"
    fileprivate var withDecimal: String {
        let padded = String(repeating: "0", count: max(0, 4 - count)) + self
        return String(padded.dropLast(3)) + "." + String(padded.suffix(3))
    }
}

extension Sequence where Element == UInt8 {
    /// Whether `needle` occurs in these bytes (tests only; the module itself never searches this way).
    func contains<Needle: Collection>(_ needle: Needle) -> Bool where Needle.Element == UInt8 {
        let haystack = Array(self), needle = Array(needle)
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
