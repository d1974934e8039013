/// The kinds of personal data and secrets the redactor replaces.
public enum PIIKind: String, Sendable, CaseIterable, Comparable {
    case email
    case phone
    case card
    case governmentID = "gov_id"
    case ipAddress = "ip"
    case apiKey = "api_key"
    case secret
    case user
    case accountID = "account_id"
    case name

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The upper-case word in this kind's placeholders: `<EMAIL_1>`, `<GOV_ID_2>`, ...
    public var placeholderName: String { rawValue.uppercased() }

    /// The placeholder that stands for the `number`th distinct value of this kind.
    public func placeholder(_ number: Int) -> String { "<\(placeholderName)_\(number)>" }
}
