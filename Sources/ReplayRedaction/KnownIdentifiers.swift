/// The exporting user's own names, e-mail addresses and account ids, from the export's metadata.
public struct KnownIdentifiers: Sendable, Equatable {
    public var names: [String]
    public var emails: [String]
    public var ids: [String]

    public init(names: [String] = [], emails: [String] = [], ids: [String] = []) {
        self.names = names
        self.emails = emails
        self.ids = ids
    }
}
