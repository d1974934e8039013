/// The placeholder table: numbers per kind, persisted as JSON keyed by digests only.
import ReplayCore
import Testing
@testable import ReplayRedaction

@Suite struct PlaceholderTableTests {
    @Test("A new digest gets count + 1; a known one keeps its number")
    func numbering() {
        var table = PlaceholderTable()
        #expect(table.assign(.email, digest: "aa") == 1)
        #expect(table.assign(.email, digest: "bb") == 2)
        #expect(table.assign(.phone, digest: "aa") == 1)
        #expect(table.assign(.email, digest: "aa") == 1)
        #expect(table.count(of: .email) == 2)
        #expect(table.number(of: .phone, digest: "aa") == 1)
        #expect(table.number(of: .card, digest: "aa") == nil)
    }

    @Test("JSON round trip keeps every number")
    func roundTrip() throws {
        var table = PlaceholderTable()
        for digest in ["01", "02", "03"] { _ = table.assign(.apiKey, digest: digest) }
        _ = table.assign(.name, digest: "ff")
        let restored = try PlaceholderTable(json: JSONParser.parse(table.json.canonical).json)
        #expect(restored == table)
    }

    @Test("Malformed tables are refused", arguments: [
        #"{"kinds": {}}"#,
        #"{"version": 1}"#,
        #"{"version": 1, "kinds": {"martian": {"aa": 1}}}"#,
        #"{"version": 1, "kinds": {"email": {"aa": 1, "bb": 3}}}"#,
        #"{"version": 1, "kinds": {"email": {"aa": 1, "bb": 1}}}"#,
        #"{"version": 1, "kinds": {"email": {"aa": "one"}}}"#,
    ])
    func malformed(json: String) throws {
        let value = try JSONParser.parse(json).json
        #expect(throws: RedactionError.self) { try PlaceholderTable(json: value) }
    }

    @Test("The persisted table holds digests, never the values")
    func noValues() {
        var redactor = Redactor(key: RedactionKey(bytes: Array(repeating: 9, count: 32)))
        _ = redactor.redact("Mail alice@example.com or call +44 20 7946 0958.")
        let json = redactor.table.json.canonical
        #expect(!json.contains("alice"))
        #expect(!json.contains("7946"))
        #expect(redactor.table.numbers[.email]?.keys.allSatisfy { $0.count == 32 } == true)
    }
}
