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
}
