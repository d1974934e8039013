/// Collects every problem found while reading one file, with typed accessors that report a wrong
/// type, a missing required field or an unknown key (with the likely intended key) at its line.
public final class Validation {
    public let file: String
    public private(set) var problems: [Problem] = []

    public init(file: String) { self.file = file }

    public func report(_ line: Int?, _ field: String?, _ message: String, fix: String? = nil) {
        problems.append(Problem(file: file, line: line, field: field, message: message, fix: fix))
    }

    public func absorb(_ more: [Problem]) { problems.append(contentsOf: more) }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The members of a mapping by key; unknown keys are reported. Nil (reported) if not a mapping.
    public func mapping(_ doc: Doc, _ path: String, known: [String], what: String) -> [String: Doc]? {
        guard case .object(let members) = doc.kind else {
            report(doc.line, path.isEmpty ? nil : path, "must be a mapping of fields, not \(doc.typeName)",
                   fix: "write \(what) as key: value pairs")
            return nil
        }
        var result: [String: Doc] = [:]
        for member in members {
            if known.contains(member.key) {
                result[member.key] = member.value
            } else {
                let hint = closest(to: member.key, in: known).map { "did you mean '\($0)'?" }
                    ?? "known fields: \(known.joined(separator: ", "))"
                report(member.keyLine, Self.join(path, member.key), "unknown field in \(what)", fix: hint)
            }
        }
        return result
    }

    /// A string field. YAML plain scalars that resolved to another type (`no`, `1.10`) are taken as written.
    public func string(_ doc: Doc?, _ path: String, required: Bool = false, nonEmpty: Bool = true) -> String? {
        guard let doc, doc.kind != .null || required else {
            if required { report(nil, path, "is required", fix: "add a '\(path.split(separator: ".").last ?? "")' field") }
            return nil
        }
        switch doc.kind {
        case .string(let s):
            if nonEmpty && s.trimmingWhitespace.isEmpty {
                report(doc.line, path, "must not be empty")
                return nil
            }
            return s
        default:
            if let text = doc.plainText, doc.kind != .null { return text }
            report(doc.line, path, "must be text, not \(doc.typeName)", fix: "quote the value")
            return nil
        }
    }

    /// A list of strings; a single string is accepted as a one-item list when `allowSingle`.
    public func strings(_ doc: Doc?, _ path: String, allowSingle: Bool = false) -> [String] {
        guard let doc, doc.kind != .null else { return [] }
        if allowSingle, case .string(let s) = doc.kind { return [s] }
        guard case .array(let items) = doc.kind else {
            report(doc.line, path, "must be a list of text items, not \(doc.typeName)", fix: "write it as [\"a\", \"b\"]")
            return []
        }
        return items.enumerated().compactMap { string($1, "\(path)[\($0)]") }
    }

    public func number(_ doc: Doc?, _ path: String, in range: ClosedRange<Double>? = nil) -> Double? {
        guard let doc, doc.kind != .null else { return nil }
        let value: Double
        switch doc.kind {
        case .int(let i): value = Double(i)
        case .double(let d): value = d
        default:
            report(doc.line, path, "must be a number, not \(doc.typeName)")
            return nil
        }
        if let range, !range.contains(value) {
            report(doc.line, path, "must be between \(JSONValue.format(range.lowerBound)) and \(JSONValue.format(range.upperBound)) (got \(JSONValue.format(value)))")
            return nil
        }
        return value
    }

    public func integer(_ doc: Doc?, _ path: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let doc, doc.kind != .null else { return nil }
        let value: Int
        switch doc.kind {
        case .int(let i): value = i
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e15: value = Int(d)
        default:
            report(doc.line, path, "must be a whole number, not \(doc.kind == .null ? "null" : doc.typeName == "a number" ? "a fraction" : doc.typeName)")
            return nil
        }
        if let range, !range.contains(value) {
            report(doc.line, path, "must be between \(range.lowerBound) and \(range.upperBound) (got \(value))")
            return nil
        }
        return value
    }

    public func bool(_ doc: Doc?, _ path: String) -> Bool? {
        guard let doc, doc.kind != .null else { return nil }
        guard case .bool(let b) = doc.kind else {
            report(doc.line, path, "must be true or false, not \(doc.typeName)")
            return nil
        }
        return b
    }

    public func list(_ doc: Doc?, _ path: String, what: String) -> [Doc] {
        guard let doc, doc.kind != .null else { return [] }
        guard case .array(let items) = doc.kind else {
            report(doc.line, path, "must be a list of \(what), not \(doc.typeName)", fix: "write each item on a line starting with '- '")
            return []
        }
        return items
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return Substring(scalars[first...last])
    }
}
