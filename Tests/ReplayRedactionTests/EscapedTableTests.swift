import Testing

@testable import ReplayRedaction

/// A table pasted into a JSON string (a tool result, a logged request) keeps its columns' header cells as cues:
/// its line breaks and tabs are `\n` and `\t` escapes, its quotes `\"`.
@Suite struct EscapedTableTests {
    private func redacted(_ text: String) -> String { redactedText(text, keyByte: 9) }

    // Each header cell is further from the value than a cue word before a value may be (40 bytes).
    @Test("a value under its header cell in CSV, TSV, quoted CSV and Markdown inside a JSON string, in the first column of a plain CSV and in a plain TSV", arguments: [
        (#"{"content":"phone,name,city,signup\n4155550199,Annabel Whitfield,Springfield,2024-03-01\n"}"#,
         #"{"content":"phone,name,city,signup\n<PHONE_1>,Annabel Whitfield,Springfield,2024-03-01\n"}"#),
        (#"{"content":"Mobile\tName\tDepartment\n0151 23456789\tAnna Schmidt\tWarehouse and logistics"}"#,
         #"{"content":"Mobile\tName\tDepartment\n<PHONE_1>\tAnna Schmidt\tWarehouse and logistics"}"#),
        (#"{"output":"\"phone\",\"name\",\"note\"\n\"4155550199\",\"Bob\",\"prefers the afternoon slot\""}"#,
         #"{"output":"\"phone\",\"name\",\"note\"\n\"<PHONE_1>\",\"Bob\",\"prefers the afternoon slot\""}"#),
        (#"{"text":"| Teléfono | Nombre | Ciudad |\n|---|---|---|\n| 612345678 | Ana María | Valladolid |"}"#,
         #"{"text":"| Teléfono | Nombre | Ciudad |\n|---|---|---|\n| <PHONE_1> | Ana María | Valladolid |"}"#),
        (#"{"stdout":"SSN,employee,department,start\r\n123456789,Bob,Accounts payable,2021\r\n"}"#,
         #"{"stdout":"SSN,employee,department,start\r\n<GOV_ID_1>,Bob,Accounts payable,2021\r\n"}"#),
        (#"[{"role":"tool","content":"phone,name,team\n6125551234,Ann Okafor,platform\n4155550199,Bob Lindqvist,payments"}]"#,
         #"[{"role":"tool","content":"phone,name,team\n<PHONE_1>,Ann Okafor,platform\n<PHONE_2>,Bob Lindqvist,payments"}]"#),
        ("phone,name,city,signup\n4155550199,Annabel Whitfield,Springfield,2024-03-01\n",
         "phone,name,city,signup\n<PHONE_1>,Annabel Whitfield,Springfield,2024-03-01\n"),
        ("Nome\tTelefone\tPago\nGustavo Barbosa\t921935400\tx\nAna Rodrigues\t937741213\tno",
         "Nome\tTelefone\tPago\nGustavo Barbosa\t<PHONE_1>\tx\nAna Rodrigues\t<PHONE_2>\tno"),
    ])
    func escapedColumns(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("numbers under other headers, and line breaks of another JSON string, give no cue", arguments: [
        #"{"content":"id,count\n1,4155550199\n"}"#,
        #"{"content":"order\tqty\nA-1\t4155550199"}"#,
        #"{"a":"phone\nx","description":"the nightly export of the warehouse tallies","b":"1,4155550199"}"#,
        #"{"note":"phone,\\n the nightly export of the warehouse tallies,4155550199"}"#,
    ])
    func otherColumnsStay(input: String) {
        #expect(!redacted(input).contains("<PHONE_"))
    }
}
