import Foundation
import ReplayCore
import ReplayDiff

/// `--filter EXPR` of `accept`, `reject` and `pending`: terms separated by spaces or commas, all of
/// which must hold. A term is `key=value`, `key!=value`, or `key=a|b` (any of). Keys: `class`
/// (identical, cosmetic, rephrased, changed, regressed, new, missing, errored), `verdict` (pass,
/// inconclusive, fail), `detector` (a detector that raised a regression), `id` (`*` matches any
/// run of characters), `tag`, `change` (output, input, added, removed), `flagged` (yes, no).
public struct CaseFilter: Sendable {
    struct Term: Sendable {
        let key: String
        let values: [String]
        let negated: Bool
    }

    public static let keys = ["class", "verdict", "detector", "id", "tag", "change", "flagged"]

    let terms: [Term]
    public let text: String

    public init(_ text: String) throws {
        self.text = text
        var terms: [Term] = []
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let word = String(raw)
            guard let eq = word.firstIndex(of: "=") else {
                throw ReplayError("--filter: '\(word)' is not a key=value term", kind: .usage,
                                  details: ["write e.g. --filter 'class=regressed detector=refusal'; keys: \(Self.keys.joined(separator: ", "))"])
            }
            var key = String(word[..<eq])
            let negated = key.hasSuffix("!")
            if negated { key.removeLast() }
            let values = word[word.index(after: eq)...].split(separator: "|").map { String($0).lowercased() }
            guard Self.keys.contains(key) else {
                let guess = closest(to: key, in: Self.keys).map { "did you mean '\($0)'? " } ?? ""
                throw ReplayError("--filter: unknown key '\(key)'", kind: .usage, details: ["\(guess)keys: \(Self.keys.joined(separator: ", "))"])
            }
            guard !values.isEmpty else {
                throw ReplayError("--filter: '\(word)' has no value", kind: .usage, details: ["write \(key)=VALUE"])
            }
            let allowed: [String]? = switch key {
            case "class": ChangeClass.allCases.map(\.rawValue)
            case "verdict": Verdict.allCases.map { $0.rawValue.lowercased() }
            case "detector": DetectorID.allCases.map(\.rawValue)
            case "change": ["output", "input", "added", "removed"]
            case "flagged": ["yes", "no"]
            default: nil
            }
            if let allowed, let bad = values.first(where: { !allowed.contains($0) }) {
                let guess = closest(to: bad, in: allowed).map { "did you mean '\($0)'? " } ?? ""
                throw ReplayError("--filter: '\(bad)' is not a value of \(key)", kind: .usage,
                                  details: ["\(guess)\(key) is one of: \(allowed.joined(separator: ", "))"])
            }
            terms.append(Term(key: key, values: values, negated: negated))
        }
        guard !terms.isEmpty else {
            throw ReplayError("--filter is empty", kind: .usage, details: ["give at least one key=value term"])
        }
        self.terms = terms
    }

    public func matches(_ c: PendingCase) -> Bool {
        terms.allSatisfy { term in
            let hit: Bool
            switch term.key {
            case "class": hit = term.values.contains(c.diff.changeClass.rawValue)
            case "verdict": hit = term.values.contains(c.diff.verdict.rawValue.lowercased())
            case "detector": hit = c.diff.findings.contains { $0.regression && term.values.contains($0.detector.rawValue) }
            case "id": hit = term.values.contains { Self.glob($0, matches: c.id.lowercased()) }
            case "tag": hit = c.tags.contains { term.values.contains($0.lowercased()) }
            case "change": hit = term.values.contains(c.change.rawValue)
            case "flagged": hit = term.values.contains(c.flag == nil ? "no" : "yes")
            default: hit = false
            }
            return hit != term.negated
        }
    }

    /// `*` matches any run of characters; everything else matches itself.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return pattern == text }
        var rest = Substring(text)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.hasSuffix(parts.last!)
    }
}
