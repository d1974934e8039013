/// Which number each distinct value has, per kind, keyed by an HMAC digest of the value (never the value).
import ReplayCore

public struct PlaceholderTable: Sendable, Equatable {
    /// Digest (32 hex digits) → placeholder number, per kind.
    public private(set) var numbers: [PIIKind: [String: Int]] = [:]

    public init() {}

    /// How many distinct values of `kind` have a number.
    public func count(of kind: PIIKind) -> Int { numbers[kind]?.count ?? 0 }

    /// The number of the value with `digest`, if it has one.
    public func number(of kind: PIIKind, digest: String) -> Int? { numbers[kind]?[digest] }

    /// The number of the value with `digest`, given the next free number (count + 1) if it is new.
    mutating func assign(_ kind: PIIKind, digest: String) -> Int {
        if let known = numbers[kind]?[digest] { return known }
        let next = count(of: kind) + 1
        numbers[kind, default: [:]][digest] = next
        return next
    }

    /// `{"version": 1, "kinds": {"email": {"<digest>": 1, ...}, ...}}`, for the workspace to persist.
    public var json: JSONValue {
        var kinds: [String: JSONValue] = [:]
        for (kind, entries) in numbers where !entries.isEmpty {
            kinds[kind.rawValue] = .object(entries.mapValues { .int($0) })
        }
        return .object(["version": .int(1), "kinds": .object(kinds)])
    }

    /// Reads `json`; throws unless each kind's numbers are exactly 1...count.
    public init(json: JSONValue) throws {
        guard json["version"]?.intValue == 1 else { throw RedactionError.invalidTable("unknown or missing version") }
        guard let kinds = json["kinds"]?.objectValue else { throw RedactionError.invalidTable("missing kinds") }
        for (name, value) in kinds {
            guard let kind = PIIKind(rawValue: name) else { throw RedactionError.invalidTable("unknown kind \(name)") }
            guard let entries = value.objectValue else { throw RedactionError.invalidTable("\(name) is not an object") }
            var table: [String: Int] = [:]
            for (digest, number) in entries {
                guard let number = number.intValue else { throw RedactionError.invalidTable("\(name) number is not an integer") }
                table[digest] = number
            }
            guard table.isEmpty || Set(table.values) == Set(1...table.count) else { throw RedactionError.invalidTable("\(name) numbers are not 1...\(table.count)") }
            numbers[kind] = table
        }
    }
}
