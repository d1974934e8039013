import Yams

/// Reads YAML into `Doc`s with line numbers (YAML 1.1 scalars as libyaml resolves them).
public enum YAMLReader {
    /// Every document in `text` (a `---`-separated stream gives several).
    public static func documents(_ text: String) throws(SyntaxError) -> [Doc] {
        do {
            var result: [Doc] = []
            var sequence = try Yams.compose_all(yaml: text)
            while let node = sequence.next() { result.append(try convert(node)) }
            if let error = sequence.error { throw error }
            return result
        } catch let error as SyntaxError {
            throw error
        } catch {
            throw syntaxError(error)
        }
    }

    static func syntaxError(_ error: any Error) -> SyntaxError {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, let problem, let mark, _),
                 .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                // libyaml reports where it gave up; the construct it was reading started at the
                // context mark, which is the line a person needs to look at.
                if let context {
                    return SyntaxError(line: context.mark.line, column: context.mark.column,
                                       message: "\(problem) \(context.text) that starts here (gave up at line \(mark.line))")
                }
                return SyntaxError(line: mark.line, column: mark.column, message: problem)
            case .reader(let problem, _, _, _):
                return SyntaxError(line: 1, column: 1, message: problem)
            case .duplicatedKeysInMapping(let duplicates, let context):
                return SyntaxError(line: context.mark.line, column: context.mark.column,
                                   message: "duplicate keys: \(duplicates.joined(separator: ", "))")
            default:
                return SyntaxError(line: 1, column: 1, message: "\(yaml)")
            }
        }
        return SyntaxError(line: 1, column: 1, message: "\(error)")
    }

    private static func convert(_ node: Node) throws(SyntaxError) -> Doc {
        let line = node.mark?.line ?? 1
        switch node {
        case .scalar(let scalar):
            switch node.tag.rawValue {
            case Tag.Name.null.rawValue:
                return Doc(.null, line: line, plainText: scalar.string)
            case Tag.Name.bool.rawValue:
                return Doc(.bool(node.bool ?? false), line: line, plainText: scalar.string)
            case Tag.Name.int.rawValue:
                if let i = node.int { return Doc(.int(i), line: line, plainText: scalar.string) }
                return Doc(.string(scalar.string), line: line)
            case Tag.Name.float.rawValue:
                guard let d = node.float, d.isFinite else {
                    throw SyntaxError(line: line, column: node.mark?.column ?? 1,
                                      message: "'\(scalar.string)' is not a finite number")
                }
                return Doc(.double(d), line: line, plainText: scalar.string)
            default:
                return Doc(.string(scalar.string), line: line)
            }
        case .sequence(let sequence):
            var items: [Doc] = []
            for item in sequence { items.append(try convert(item)) }
            return Doc(.array(items), line: line)
        case .mapping(let mapping):
            var members: [Doc.Member] = []
            var seen: [String: Int] = [:]
            for (key, value) in mapping {
                let keyLine = key.mark?.line ?? line
                guard case .scalar(let keyScalar) = key else {
                    throw SyntaxError(line: keyLine, column: key.mark?.column ?? 1, message: "mapping keys must be plain text")
                }
                let name = keyScalar.string
                if let first = seen[name] {
                    throw SyntaxError(line: keyLine, column: key.mark?.column ?? 1,
                                      message: "duplicate key '\(name)' (first at line \(first))")
                }
                seen[name] = keyLine
                members.append(Doc.Member(key: name, keyLine: keyLine, value: try convert(value)))
            }
            return Doc(.object(members), line: line)
        case .alias:
            throw SyntaxError(line: line, column: node.mark?.column ?? 1, message: "YAML aliases are not supported here")
        }
    }
}
