import ReplayCore

/// The visible structure of an answer: what format drift is measured on.
public struct Structure: Sendable, Equatable {
    public var headings = 0
    public var listItems = 0
    public var codeBlocks = 0
    public var tables = 0
    public var paragraphs = 0
    /// The answer is (or is one fenced block holding) a JSON value.
    public var json: JSONKind? = nil

    public enum JSONKind: String, Sendable { case object, array, scalar }

    public init(_ text: String, blocks: [Block]? = nil) {
        for block in blocks ?? Blocks.split(text) {
            switch block.kind {
            case .heading: headings += 1
            case .item: listItems += 1
            case .code: codeBlocks += 1
            case .table: tables += 1
            case .paragraph: paragraphs += 1
            }
        }
        json = Structure.jsonBody(text).map { value in
            switch value {
            case .object: return .object
            case .array: return .array
            default: return .scalar
            }
        }
    }

    public var summary: String {
        var parts: [String] = []
        if let json { parts.append("JSON \(json.rawValue)") }
        if headings > 0 { parts.append(plural(headings, "heading")) }
        if listItems > 0 { parts.append(plural(listItems, "list item")) }
        if tables > 0 { parts.append(plural(tables, "table")) }
        if codeBlocks > 0 && json == nil { parts.append(plural(codeBlocks, "code block")) }
        if parts.isEmpty { parts.append(paragraphs == 1 ? "plain text" : "plain text in \(paragraphs) paragraphs") }
        return parts.joined(separator: ", ")
    }

    /// The JSON an answer holds: the whole answer, or its one fenced ```json block.
    public static func jsonBody(_ text: String) -> JSONValue? {
        let trimmed = Substring(text).trimmingSpaces
        guard let first = trimmed.first else { return nil }
        if first == "{" || first == "[" { return try? JSONParser.parse(String(trimmed)).json }
        if trimmed.hasPrefix("```") {
            var lines = trimmed.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            guard lines.count >= 3, lines.last?.trimmingSpaces.hasPrefix("```") == true else { return nil }
            lines.removeFirst()
            lines.removeLast()
            return try? JSONParser.parse(lines.joined(separator: "\n")).json
        }
        return nil
    }
}

func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
