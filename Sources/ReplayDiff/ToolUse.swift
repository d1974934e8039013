import ReplayCore

/// Comparing what two answers did with tools: call counts, order (longest common subsequence),
/// a tool used for another purpose, and the first step where two trajectories diverge.
enum ToolUse {
    /// Calls in a canonical form: name and normalized arguments.
    static func signature(_ call: ToolCall) -> String { call.name + "(" + RecordedResults.normalized(call.arguments).compact + ")" }

    /// The length of the longest common subsequence of two name sequences.
    static func lcs(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var row = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() { row[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], row[j]) }
            previous = row
        }
        return previous[b.count]
    }

    /// Per tool: how many calls before and after, where they differ ("search ×1 → ×3").
    static func countChanges(_ was: [String], _ now: [String]) -> [String] {
        var before: [String: Int] = [:], after: [String: Int] = [:]
        for n in was { before[n, default: 0] += 1 }
        for n in now { after[n, default: 0] += 1 }
        return Set(before.keys).union(after.keys).sorted().compactMap { name in
            let b = before[name] ?? 0, a = after[name] ?? 0
            return b == a ? nil : "\(name) ×\(b) → ×\(a)"
        }
    }

    /// A search or browse tool: its name says it looks things up.
    static func isLookupTool(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["search", "browse", "web", "google", "bing", "lookup", "look_up", "fetch_url", "open_url", "query_docs"].contains { lower.contains($0) }
    }

    /// A string argument that is arithmetic rather than a query: digits joined by operators
    /// ("1234 * 0.15", "(12+30)/7", "what is 15% of 80", "sqrt(2)").
    static func arithmetic(in arguments: JSONValue) -> String? {
        var strings: [String] = []
        func collect(_ v: JSONValue) {
            switch v {
            case .string(let s): strings.append(s)
            case .array(let a): a.forEach(collect)
            case .object(let o): o.values.forEach(collect)
            default: break
            }
        }
        collect(RecordedResults.normalized(arguments))
        return strings.first(where: isArithmetic)
    }

    static func isArithmetic(_ text: String) -> Bool {
        var lower = text.lowercased()
        for filler in ["what is", "what's", "calculate", "compute", "how much is", "equals", "=", "?"] {
            lower = lower.replacingAll(filler, with: " ")
        }
        for word in ["sqrt", "log", "sin", "cos", "tan", "exp", "pow", "of", "percent", "times", "plus", "minus", "divided by", "x"] {
            lower = lower.replacingAll(word, with: " ")
        }
        let digits = lower.filter(\.isNumber).count
        // A hyphen alone joins dates, phone numbers and codes: it counts only as " - ".
        let operators = lower.filter { "+*/^%×÷".contains($0) }.count + (lower.contains(" - ") ? 1 : 0)
        let letters = lower.filter(\.isLetter).count
        let original = text.lowercased()
        let function = ["sqrt", "log", "sin(", "cos(", "tan(", "exp(", "pow("].contains { original.contains($0) }
        let wordOperation = original.contains(" of ") || original.contains("times") || original.contains("plus") || original.contains("minus")
        guard letters == 0 else { return false }
        return (digits >= 1 && function) || (digits >= 2 && (operators > 0 || wordOperation))
    }

    /// The answer presents its numbers as found by a search.
    static func framesAsSearch(_ text: String) -> String? {
        let lower = text.lowercased()
        let cues = ["according to", "search result", "i searched", "i looked up", "i found", "based on my search", "my search", "sources",
                    "online", "on the web", "the web", "results show", "searching"]
        guard let cue = cues.first(where: { lower.contains($0) }) else { return nil }
        return Detectors.sentence(in: text, containing: cue) ?? cue
    }

    /// Where two trajectories first differ: the first differing call, or the first differing text
    /// (a step's, or the final answer's). Nil when they agree throughout.
    static func firstDivergence(baseline: Answer, candidate: Answer) -> String? {
        let b = steps(of: baseline), c = steps(of: candidate)
        for i in 0..<max(b.count, c.count) {
            let bs = i < b.count ? b[i] : nil, cs = i < c.count ? c[i] : nil
            let bCalls = bs?.calls.map { signature($0.call) } ?? [], cCalls = cs?.calls.map { signature($0.call) } ?? []
            if bCalls != cCalls {
                let k = zip(bCalls, cCalls).prefix { $0 == $1 }.count
                let was = k < bCalls.count ? bCalls[k] : (bs == nil ? "its final answer" : "no further call")
                let now = k < cCalls.count ? cCalls[k] : (cs == nil ? "its final answer" : "no further call")
                return "the trajectories diverge at step \(i + 1), call \(k + 1): baseline \(was), candidate \(now)"
            }
            if (bs?.text ?? "") != (cs?.text ?? "") {
                return "the trajectories diverge at step \(i + 1): the text alongside the calls differs"
            }
        }
        if (baseline.text ?? "") != (candidate.text ?? "") {
            return max(b.count, c.count) == 0 ? nil : "the trajectories agree for \(b.count) tool step(s) and diverge at the final answer (step \(b.count + 1))"
        }
        return nil
    }

    /// Steps of an answer: its trajectory, or its calls as one step when it has no trajectory.
    static func steps(of answer: Answer) -> [ToolStep] {
        if !answer.trajectory.isEmpty { return answer.trajectory }
        if answer.toolCalls.isEmpty { return [] }
        return [ToolStep(text: "", calls: answer.toolCalls.map { SimulatedCall(name: $0.name, arguments: $0.arguments, result: .null, source: .unavailable) })]
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
