import ReplayDiff

/// The diff as JUnit XML for CI systems: one test case per case compared; a regression at the
/// fail level is a failure, an inconclusive case is skipped with its reason, an errored answer
/// an error.
public enum JUnitReport {
    public static func render(_ r: DiffResult) -> String {
        let failures = r.cases.filter { $0.verdict == .fail }.count
        let skipped = r.cases.filter { $0.verdict == .inconclusive }.count
        let errors = r.cases.filter { $0.changeClass == .errored && $0.verdict == .fail }.count
        let suite = "\(r.baseline.name)..\(r.candidate.name)"
        // One test case per differing case, and one standing for all unchanged ones.
        let tests = r.cases.count + (r.unchanged > 0 ? 1 : 0)
        var out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        out.append("<testsuites name=\"replay diff\" tests=\"\(tests)\" failures=\"\(failures - errors)\" errors=\"\(errors)\" skipped=\"\(skipped)\">")
        out.append("  <testsuite name=\"\(xml(suite))\" tests=\"\(tests)\" failures=\"\(failures - errors)\" errors=\"\(errors)\" skipped=\"\(skipped)\">")
        out.append("    <properties><property name=\"baseline\" value=\"\(xml(r.baseline.commit))\"/><property name=\"candidate\" value=\"\(xml(r.candidate.commit))\"/><property name=\"verdict\" value=\"\(r.verdict.rawValue)\"/></properties>")
        for d in r.cases.sorted(by: { $0.id.utf8Precedes($1.id) }) {
            let name = "testcase classname=\"replay.\(xml(r.candidate.model))\" name=\"\(xml(d.id))\""
            let details = d.findings.map { f in
                "\(f.regression ? f.severity.rawValue : "note") \(f.detector.rawValue): \(f.message)" + f.evidence.map { "\n  \($0.side.rawValue): \($0.quote)" }.joined()
            }.joined(separator: "\n")
            switch d.verdict {
            case .fail:
                let alerts = d.findings.filter { $0.regression && $0.severity >= (r.settings.failOn ?? .error) }
                let message = alerts.map(\.message).joined(separator: "; ")
                let tag = d.changeClass == .errored ? "error" : "failure"
                out.append("    <\(name)><\(tag) message=\"\(xml(message))\" type=\"\(xml(alerts.first?.detector.rawValue ?? "regression"))\">\(xml(details))</\(tag)></testcase>")
            case .inconclusive:
                out.append("    <\(name)><skipped message=\"\(xml("inconclusive: " + (d.findings.first?.message ?? "within sampling noise")))\"/></testcase>")
            case .pass:
                out.append(details.isEmpty ? "    <\(name)/>" : "    <\(name)><system-out>\(xml(d.changeClass.rawValue + "\n" + details))</system-out></testcase>")
            }
        }
        if r.unchanged > 0 {
            out.append("    <testcase classname=\"replay.\(xml(r.candidate.model))\" name=\"(\(r.unchanged) unchanged cases)\"/>")
        }
        out.append("  </testsuite>")
        out.append("</testsuites>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold.
    static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            default:
                let v = u.value
                if v == 0x9 || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000 {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
