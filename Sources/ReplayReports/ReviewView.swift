import ReplayDiff

/// What `replay review` shows for one case: the verdict, findings with their evidence, the
/// aligned sections (dropped, added, reworded with changed facts) and the word diff. Pure: the
/// interactive loop decides where the lines go.
public enum ReviewView {
    /// The case's lines, unwrapped (the caller wraps them to the terminal's width).
    public static func lines(_ d: CaseDiff, paint p: Paint) -> [String] {
        var out = TerminalReport.caseLines(d, p)
        let sections = d.blocks.filter { $0.kind != .kept }
        if !sections.isEmpty {
            out.append("")
            out.append(p.bold("  aligned sections") + p.dim("  (\(d.blocks.count - sections.count) kept as they were)"))
            for b in sections {
                switch b.kind {
                case .dropped: out.append("  " + p.red("dropped ") + " " + excerpt(b.baseline))
                case .added: out.append("  " + p.green("added   ") + " " + excerpt(b.candidate))
                case .reworded:
                    let similarity = b.similarity.map { p.dim(" (similarity \(fixed2($0)))") } ?? ""
                    out.append("  " + p.yellow("reworded") + similarity)
                    out.append("      " + p.dim("was: ") + excerpt(b.baseline))
                    out.append("      " + p.dim("now: ") + excerpt(b.candidate))
                    for f in b.changedFacts {
                        out.append("      " + p.yellow("\(f.kind.rawValue) changed: ") + f.from.joined(separator: ", ") + " → " + f.to.joined(separator: ", "))
                    }
                case .kept: break
                }
            }
        }
        if d.changeClass == .identical {
            out.append(p.dim(d.inputChanged ? "  only the case's input changed (e.g. an edited prompt file); the answer is the same"
                                            : "  the stored files differ only in what the diff ignores (the provider's model name, call ids)"))
        }
        return out
    }

    static func excerpt(_ text: String?, limit: Int = 240) -> String {
        guard let text else { return "" }
        let flat = TerminalReport.visible(text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ "))
        return "“" + (flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat) + "”"
    }

    /// How many terminal rows a line takes at `width` columns (escape sequences take none).
    public static func rows(_ line: String, width: Int) -> Int {
        var visible = 0
        var inEscape = false
        for s in line.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(s.value) && s != "[" { inEscape = false }
                continue
            }
            if s == "\u{1B}" { inEscape = true; continue }
            visible += 1
        }
        return max(1, (visible + max(1, width) - 1) / max(1, width))
    }
}
