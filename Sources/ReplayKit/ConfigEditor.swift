import Foundation
import ReplayCore

/// Small, comment-preserving edits of `.replay/config.yaml`.
enum ConfigEditor {
    /// Sets the top-level `default_model:`. Returns nil when nothing changed (no config file, or
    /// already that model), else the previous value (`.some(nil)` when the key was absent).
    static func setDefaultModel(_ model: String, workspace: Workspace) throws -> String?? {
        let path = workspace.configPath
        guard fileExists(path) else { return nil }
        // The config requires default_model to name a configured model when it configures any.
        let config = try workspace.loadConfig()
        guard config.models.isEmpty || config.models[model] != nil else { return nil }
        let text = try readText(path)
        var lines = text.components(separatedBy: "\n")
        let value = YAMLScalar.quoteIfNeeded(model)
        if let n = lines.firstIndex(where: { $0.hasPrefix("default_model:") }) {
            let rest = lines[n].dropFirst("default_model:".count)
            // The value ends where a comment starts (" #"); the spaces before the comment stay.
            let hash = rest.range(of: " #")?.lowerBound ?? rest.endIndex
            let valuePart = rest[..<hash]
            let old = valuePart.trimmingCharacters(in: .whitespaces)
            let padding = valuePart.reversed().prefix { $0 == " " }
            let comment = hash == rest.endIndex ? "" : String(padding) + String(rest[hash...])
            let oldValue = YAMLScalar.unquote(old)
            guard oldValue != model else { return nil }
            lines[n] = "default_model: \(value)\(comment.isEmpty ? "" : comment.hasPrefix(" ") ? comment : " " + comment)"
            try writeAtomically(lines.joined(separator: "\n"), to: path)
            return .some(oldValue)
        }
        let at = lines.firstIndex(where: { $0.hasPrefix("version:") }).map { $0 + 1 } ?? 0
        lines.insert("default_model: \(value)", at: at)
        try writeAtomically(lines.joined(separator: "\n"), to: path)
        return .some(nil)
    }
}

/// Quoting of plain YAML scalars for the values replay writes into YAML itself.
enum YAMLScalar {
    static func quoteIfNeeded(_ s: String) -> String {
        let plain = !s.isEmpty && s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./".unicodeScalars.contains($0) }
            && !["true", "false", "yes", "no", "null", "on", "off", "~"].contains(s.lowercased()) && Double(s) == nil
        return plain ? s : "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func unquote(_ s: String) -> String {
        if s.count >= 2, (s.hasPrefix("\"") && s.hasSuffix("\"")) || (s.hasPrefix("'") && s.hasSuffix("'")) {
            return String(s.dropFirst().dropLast())
        }
        return s
    }
}
