/// One thing wrong in a user's file: where it is, what is wrong and what to do.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    /// The dotted path of the field (`parameters.temperature`, `context[2].role`), if any.
    public let field: String?
    public let message: String
    public let fix: String?

    public init(file: String, line: Int?, field: String? = nil, message: String, fix: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.fix = fix
    }

    /// `file:line: field: message (fix)` on one line.
    public var description: String {
        var out = file
        if let line { out += ":\(line)" }
        out += ": "
        if let field { out += "\(field): " }
        out += message
        if let fix { out += " — \(fix)" }
        return out
    }
}

/// The user-facing failure of a command: a one-line message and the process exit code.
public struct ReplayError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Bad input, I/O, git, network: exit 2.
        case operational
        /// Wrong command-line usage: exit 64.
        case usage
    }

    public let kind: Kind
    public let message: String
    /// Further lines (e.g. every problem of a validation), printed after the message.
    public let details: [String]

    public init(_ message: String, kind: Kind = .operational, details: [String] = []) {
        self.kind = kind
        self.message = message
        self.details = details
    }

    public var exitCode: Int32 { kind == .usage ? 64 : 2 }
    public var description: String { message }
}

/// The closest of `candidates` to `word` by edit distance, if it is close enough to be a likely typo.
public func closest(to word: String, in candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
    let lower = Array(word.lowercased())
    let scored = candidates.map { ($0, distance(lower, Array($0.lowercased()))) }.min { $0.1 < $1.1 }
    guard let (best, score) = scored, score <= Swift.max(2, lower.count / 3) else { return nil }
    return best
}

extension ReplayError {
    /// The error for a file (or set of files) with problems: a single problem is the message
    /// itself, so the one line names the place; several are listed under a count.
    public static func problems(_ problems: [Problem], in what: String, consequence: String, hint: String? = nil) -> ReplayError {
        let trailer = hint.map { [$0] } ?? []
        if problems.count == 1 {
            return ReplayError("\(problems[0]) (\(consequence))", details: trailer)
        }
        return ReplayError("\(what) \(problems.count) problems; \(consequence)", details: problems.map(\.description) + trailer)
    }
}
