import ReplayDiff

/// The diff for a person at a terminal: the verdict and the counts, then the cases worst first
/// with their findings, evidence and a word diff (colour when the output is a terminal and
/// `NO_COLOR` is unset; plain `[-deleted-]{+inserted+}` markers otherwise).
public enum TerminalReport {
    public struct Options: Sendable {
        public var color: Bool
        /// Cases shown in full; the rest are listed one per line.
        public var detailed: Int
        /// Show cases that only changed within noise or cosmetically in full too.
        public var all: Bool

        public init(color: Bool, detailed: Int = 20, all: Bool = false) {
            self.color = color
            self.detailed = detailed
            self.all = all
        }
    }

    public static func render(_ r: DiffResult, options: Options) -> String {
        let p = Paint(enabled: options.color)
        var out: [String] = []
        out.append("\(p.bold("replay diff")) \(r.baseline.name) (\(r.baseline.model), \(r.baseline.commit.prefix(8))) → \(r.candidate.name) (\(r.candidate.model), \(r.candidate.commit.prefix(8)))")
        out.append("\(verdictLabel(r.verdict, p)) — \(r.total) cases: " + ChangeClass.allCases.reversed().compactMap { c in
            let n = r.count(c).count
            return n == 0 ? nil : "\(n) \(c.rawValue)"
        }.joined(separator: ", ") + (r.withinNoise > 0 ? "; \(r.withinNoise) within noise" : ""))
        let fired = DetectorID.allCases.map { ($0, r.count($0)) }.filter { $0.1.count > 0 }
        if !fired.isEmpty {
            out.append("detectors: " + fired.map { "\($0.0.rawValue) \($0.1.count) (\(percent($0.1.rate)), 95% CI \(percent($0.1.low))–\(percent($0.1.high)))" }.joined(separator: "; "))
        }
        if r.judge != nil {
            out.append("judge \(r.judge!): candidate better \(r.judged(.candidate)), baseline better \(r.judged(.baseline)), tie \(r.judged(.tie)), orders disagree \(r.judged(.inconsistent))")
        }
        let interesting = r.cases.filter { options.all || ($0.changeClass != .cosmetic && !($0.withinNoise && $0.verdict == .pass)) }
        let shown = interesting.prefix(options.detailed)
        for d in shown {
            out.append("")
            out.append(contentsOf: caseLines(d, p))
        }
        let rest = r.cases.filter { c in !shown.contains { $0.id == c.id } }
        if !rest.isEmpty {
            out.append("")
            out.append(p.dim("\(rest.count) more:"))
            for d in rest.prefix(options.all ? .max : 50) {
                out.append("  \(d.verdict.rawValue.padding(12)) \(d.changeClass.rawValue.padding(10)) \(d.id)\(d.withinNoise ? " (within noise)" : "")")
            }
            if !options.all, rest.count > 50 { out.append(p.dim("  … and \(rest.count - 50) more (--all, or --format html for everything)")) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Model text may hold terminal control sequences: shown, never obeyed.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value == 0x7F || $0.value == 0x9B }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if (s.value < 0x20 && s != "\n" && s != "\t") || s.value == 0x7F || s.value == 0x9B {
                out.append(Unicode.Scalar(0x2400 + min(s.value, 0x20))!)  // the control picture
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    public static func caseLines(_ d: CaseDiff, _ p: Paint) -> [String] {
        var out: [String] = []
        var head = "\(verdictLabel(d.verdict, p)) \(p.bold(d.id))  \(d.changeClass.rawValue)"
        if let t = d.title { head += " — \(t)" }
        if d.inputChanged { head += p.dim("  (input changed)") }
        if let s = d.scores { head += p.dim("  similarity \(fixed2(s.semantic)), chrF \(fixed2(s.chrF)), words \(s.baselineWords)→\(s.candidateWords)") }
        out.append(head)
        if let n = d.noise {
            out.append(p.dim("  noise: distance \(fixed2(n.candidateDistance)) vs the baseline's own spread \(fixed2(n.baselineSpread)) over \(n.baselineSamples) samples — \(n.withinNoise ? "within noise" : "beyond noise")"))
        }
        for f in d.findings {
            var line = "  \(severityLabel(f, p)) \(f.detector.rawValue): \(visible(f.message))"
            if let rc = f.candidateRate { line += p.dim(" [\(rc.count)/\(rc.of) samples" + (f.baselineRate.map { "; baseline itself \($0.count)/\($0.of)" } ?? "") + "]") }
            if f.withinNoise { line += p.dim(" (within noise)") }
            out.append(line)
            for e in f.evidence { out.append(p.dim("      \(e.side.rawValue): ") + "“\(visible(e.quote))”") }
        }
        if let j = d.judge {
            out.append("  judge \(j.model): \(j.outcome.rawValue)" + (j.reason.map { " — \($0)" } ?? ""))
        }
        if let b = d.baseline?.text, let c = d.candidate?.text, b != c {
            let diff = WordDiff(old: b, new: c)
            var text = ""
            for piece in diff.pieces {
                let shown = visible(piece.text)
                switch piece.kind {
                case .equal: text += shown
                case .deleted: text += p.enabled ? p.red(strike: shown) : "[-\(shown)-]"
                case .inserted: text += p.enabled ? p.green(shown) : "{+\(shown)+}"
                }
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines.prefix(40) { out.append("  │ " + line) }
            if lines.count > 40 { out.append(p.dim("  │ … \(lines.count - 40) more lines")) }
        } else if let e = d.candidate?.error {
            out.append("  │ candidate error: \(visible(e))")
        }
        return out
    }

    static func verdictLabel(_ v: Verdict, _ p: Paint) -> String {
        switch v {
        case .pass: return p.green(v.rawValue)
        case .fail: return p.boldRed(v.rawValue)
        case .inconclusive: return p.yellow(v.rawValue)
        }
    }

    static func severityLabel(_ f: Finding, _ p: Paint) -> String {
        let label = f.regression ? f.severity.rawValue : "note"
        guard f.regression else { return p.dim(label) }
        switch f.severity {
        case .error: return p.red(label)
        case .warning: return p.yellow(label)
        case .info: return p.dim(label)
        }
    }
}

/// ANSI styling, or none: the one place colour codes are written (the terminal report and the
/// commands' own output).
public struct Paint: Sendable {
    public let enabled: Bool
    public init(enabled: Bool) { self.enabled = enabled }
    public func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func boldRed(_ s: String) -> String { wrap(s, "1;31") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func red(strike s: String) -> String { wrap(s, "9;31") }
}

func percent(_ x: Double) -> String {
    let v = x * 100
    return v >= 10 || v == 0 ? "\(Int(v.rounded()))%" : "\((v * 10).rounded() / 10)%"
}

func fixed2(_ x: Double) -> String {
    let v = (x * 100).rounded() / 100
    var s = String(v)
    if let dot = s.firstIndex(of: "."), s[s.index(after: dot)...].count == 1 { s += "0" }
    return s
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
