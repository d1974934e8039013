/// The redactor's contract: typed, stable, unlinkable placeholders; idempotence; JSON; counts; known identifiers.
import ReplayCore
import Testing
@testable import ReplayRedaction

private let key = RedactionKey(bytes: Array(0..<32))

@Suite struct RedactorTests {
    @Test("Text without personal data comes back identical")
    func untouched() {
        var redactor = Redactor(key: key)
        let prose = """
            In 2023 we shipped version 4.2.1 at 10:30 on 2023-10-05; it cost $1,299.00 and fixed bug #12345.
            See /usr/local/bin, commit 3f9a1c2, color #ff5733, and the desk-top app. Basic usage: call f(x).
            """
        #expect(redactor.redact(prose) == prose)
        #expect(redactor.counts.isEmpty)
        #expect(redactor.redact("") == "")
    }

    @Test("Each kind has its own placeholder word and numbering")
    func typedPlaceholders() {
        var redactor = Redactor(key: key)
        let out = redactor.redact("a@example.com b@example.com +44 20 7946 0958 a@example.com 10.1.2.3")
        #expect(out == "<EMAIL_1> <EMAIL_2> <PHONE_1> <EMAIL_1> <IP_1>")
    }

    @Test("The same value gets the same placeholder however it is written")
    func normalization() {
        var redactor = Redactor(key: key)
        #expect(redactor.redact("Alice@Example.COM / alice@example.com") == "<EMAIL_1> / <EMAIL_1>")
        #expect(redactor.redact("4111 1111 1111 1111 and 4111-1111-1111-1111") == "<CARD_1> and <CARD_1>")
        #expect(redactor.redact("(415) 555-0132 or 415.555.0132") == "<PHONE_1> or <PHONE_1>")
        #expect(redactor.redact("+44 (0)20 7946 0958 = +44 20 7946 0958") == "<PHONE_2> = <PHONE_2>")
        #expect(redactor.redact("+1 415 555 0132, 1-415-555-0132") == "<PHONE_1>, <PHONE_1>")
        #expect(redactor.redact("0044 20 7946 0958") == "<PHONE_2>")
    }

    @Test("Two redactors with one key and a persisted table number values alike")
    func stableAcrossImports() throws {
        var first = Redactor(key: key)
        #expect(first.redact("bob@example.com, then carol@example.com") == "<EMAIL_1>, then <EMAIL_2>")
        let persisted = first.table.json.canonical
        let table = try PlaceholderTable(json: JSONParser.parse(persisted).json)
        var second = Redactor(key: key, table: table)
        #expect(second.redact("carol@example.com wrote to dave@example.com") == "<EMAIL_2> wrote to <EMAIL_3>")
        #expect(second.redact("bob@example.com") == "<EMAIL_1>")
    }

    @Test("Different keys give unlinkable digests")
    func keysUnlink() {
        var a = Redactor(key: key)
        var b = Redactor(key: RedactionKey(bytes: Array(repeating: 0xEE, count: 32)))
        let text = "bob@example.com 4111 1111 1111 1111"
        #expect(a.redact(text) == b.redact(text))  // numbering alike...
        let digestsA = Set(a.table.numbers.values.flatMap(\.keys))
        let digestsB = Set(b.table.numbers.values.flatMap(\.keys))
        #expect(digestsA.isDisjoint(with: digestsB))  // ...but nothing links the two tables
        #expect(a.digest(.email, "bob@example.com") != a.digest(.phone, "bob@example.com"))
    }

    @Test("Generated keys are 32 random bytes and print as hex")
    func generatedKeys() throws {
        let one = try RedactionKey.generate(), two = try RedactionKey.generate()
        #expect(one.bytes.count == 32)
        #expect(one != two)
        #expect(RedactionKey(hex: one.hex) == one)
        #expect(RedactionKey(hex: "xyz") == nil)
    }

    @Test("Redacting redacted text changes nothing")
    func idempotent() {
        var redactor = Redactor(key: key, known: KnownIdentifiers(names: ["Alice Johnson"], ids: ["user-AbC123"]))
        let once = redactor.redact("""
            Alice Johnson (user-AbC123) <alice@example.com> +1 415 555 0132, /home/alice/x, C:\\Users\\Bob\\y,
            https://u:p4ss@h.example.com/?token=abc123, Authorization: Bearer 9fK2mQ7xL4pZ8wR1vT6y, sk-ant-api03-\(String(repeating: "Ab1", count: 10))
            """)
        let counts = redactor.counts
        #expect(redactor.redact(once) == once)
        #expect(redactor.counts == counts)
    }

    @Test("JSON: every string inside is redacted, keys and other values are kept")
    func json() throws {
        var redactor = Redactor(key: key)
        let value = try JSONParser.parse("""
            {"messages": [{"role": "user", "content": "I am bob@example.com"}, {"n": 3, "ok": true, "x": null}],
             "meta": {"bob@example.com": "call +44 20 7946 0958", "score": 1.5}}
            """).json
        let expected = try JSONParser.parse("""
            {"messages": [{"role": "user", "content": "I am <EMAIL_1>"}, {"n": 3, "ok": true, "x": null}],
             "meta": {"bob@example.com": "call <PHONE_1>", "score": 1.5}}
            """).json
        #expect(redactor.redact(value) == expected)
    }

    @Test("Home directories lose the user name and keep their shape", arguments: [
        ("cd /home/alice/src", "cd /home/<USER_1>/src"),
        ("open /Users/alice.smith/Library/Logs", "open /Users/<USER_1>/Library/Logs"),
        (#"C:\Users\Alice\AppData\Local"#, #"C:\Users\<USER_1>\AppData\Local"#),
        (#"\"C:\\Users\\alice\\repo\""#, #"\"C:\\Users\\<USER_1>\\repo\""#),
        ("file:///home/alice/notes.md", "file:///home/<USER_1>/notes.md"),
        ("/mnt/c/Users/alice/Downloads", "/mnt/c/Users/<USER_1>/Downloads"),
        ("/home/user/app and /Users/Shared/x and route('/home/dashboard')", "/home/user/app and /Users/Shared/x and route('/home/dashboard')"),
    ])
    func homePaths(input: String, expected: String) {
        var redactor = Redactor(key: key)
        #expect(redactor.redact(input) == expected)
    }

    @Test("PEM private key blocks are replaced whole; certificates are not")
    func pem() {
        var redactor = Redactor(key: key)
        let block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7vbqajDw4o6g\nJy8gWQ4mGvS0X2lQ==\n-----END RSA PRIVATE KEY-----"
        #expect(redactor.redact("key:\n\(block)\nthanks") == "key:\n<SECRET_1>\nthanks")
        let escaped = #""private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n""#
        #expect(redactor.redact(escaped) == #""private_key": "<SECRET_2>\n""#)
        let truncated = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAABG5vbmUAAAAE"
        #expect(redactor.redact(truncated) == "<SECRET_3>")
        let certificate = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----"
        #expect(redactor.redact(certificate) == certificate)
    }

    @Test("Secrets in URLs: credentials and secret query parameters", arguments: [
        ("https://bob:hunter2@db.example.com/x", "https://<SECRET_1>@db.example.com/x"),
        ("redis://:s3cr3tpass@cache:6379", "redis://:<SECRET_1>@cache:6379"),
        ("https://x.example/a?page=2&token=abc123&sort=asc", "https://x.example/a?page=2&token=<SECRET_1>&sort=asc"),
        ("https://x.example/a?sig=ZZ99xx&key=k3y", "https://x.example/a?sig=<SECRET_1>&key=<SECRET_2>"),
        ("https://x.example/cb?access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "https://x.example/cb?access_token=<API_KEY_1>"),
        ("https://git@github.com/org/repo and https://example.com/?page=2", "https://git@github.com/org/repo and https://example.com/?page=2"),
    ])
    func urls(input: String, expected: String) {
        var redactor = Redactor(key: key)
        #expect(redactor.redact(input) == expected)
    }

    @Test("The exporter's own name: full name in any case, parts of 3+ letters when capitalized")
    func exporterNames() {
        var redactor = Redactor(key: key, known: KnownIdentifiers(names: ["Alice Johnson", "Jo Li"]))
        #expect(redactor.redact("Alice Johnson, ALICE JOHNSON, Alice, Johnson's") == "<NAME_1>, <NAME_1>, <NAME_1>, <NAME_1>'s")
        #expect(redactor.redact("alice in wonderland, johnson grass, Alicent") == "alice in wonderland, johnson grass, Alicent")
        #expect(redactor.redact("Jo Li, Jo, Li") == "<NAME_2>, Jo, Li")
        #expect(redactor.redact("Alice.Johnson@corp.example") == "<EMAIL_1>")
    }

    @Test("Names given in capitals still match their title-case parts; a one-word name only when capitalized")
    func exporterNameForms() {
        var redactor = Redactor(key: key, known: KnownIdentifiers(names: ["MARIA GARCIA", "Cher"]))
        #expect(redactor.redact("Maria Garcia, Maria, GARCIA, maria garcia") == "<NAME_1>, <NAME_1>, <NAME_1>, <NAME_1>")
        #expect(redactor.redact("Cher sang; mon cher ami") == "<NAME_2> sang; mon cher ami")
    }

    @Test("A user name found in a home path is replaced wherever else it stands in the same text")
    func userMentions() {
        var redactor = Redactor(key: key)
        #expect(redactor.redact("alice@laptop:~$ ls /home/alice # alice's files")
            == "<USER_1>@laptop:~$ ls /home/<USER_1> # <USER_1>'s files")
        #expect(redactor.redact("[bob@web01 ~]$ whoami\nbob") == "[<USER_2>@web01 ~]$ whoami\n<USER_2>")
        #expect(redactor.redact("/home/ubuntu/app: ubuntu packages") == "/home/ubuntu/app: ubuntu packages")
    }

    @Test("The exporter's e-mails match in any case; ids match exactly; more can be added later")
    func knownIdentifiers() {
        var redactor = Redactor(key: key, known: KnownIdentifiers(emails: ["Me@Corp.Example"], ids: ["user-AbC123"]))
        #expect(redactor.redact("me@corp.example owns user-AbC123, not user-AbC1234 or user-abc123")
            == "<EMAIL_1> owns <ACCOUNT_ID_1>, not user-AbC1234 or user-abc123")
        #expect(redactor.redact("org-Zz9 invited user-AbC123") == "org-Zz9 invited <ACCOUNT_ID_1>")
        redactor.addKnown(KnownIdentifiers(ids: ["org-Zz9"]))
        #expect(redactor.redact("org-Zz9 invited user-AbC123") == "<ACCOUNT_ID_2> invited <ACCOUNT_ID_1>")
    }

    @Test("Random text never traps, and redacting it twice changes nothing")
    func fuzz() {
        let pieces = [
            "0", "4111", "123", "1234567890", "-", ".", ":", "::", "/", "\\", "@", "+", "(", ")", "<", ">", "=", "?", "&", "#",
            "_", "sk-", "ghp_", "AKIA", "eyJ", "Bearer ", "Basic ", "/home/", "/Users/", "C:\\Users\\", "https://", "token=",
            "password: ", "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "\"", "é", "：", "\u{a0}", "电", "\n",
            "<EMAIL_1>", "<PHONE_2>", "QQ", "GB82", "fe80", "@example.com", "Alice", "Johnson", "user-AbC123", "%", "$", "{",
            "AbCdEfGhIjKlMnOpQrSt0123456789", "x", "Z",
        ]
        let separators = [" ", " ", "\n", ", ", ": ", "=", " (", ") ", "\"", "/", ". "]
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var failures: [String] = []
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<(next() % 30) { text += pieces[next() % pieces.count] + separators[next() % separators.count] }
            var redactor = Redactor(key: key, known: KnownIdentifiers(names: ["Alice Johnson"], ids: ["user-AbC123"]))
            let once = redactor.redact(text)
            if redactor.redact(once) != once { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
    }

    @Test("Counts are replacements made, by kind")
    func counts() {
        var redactor = Redactor(key: key)
        _ = redactor.redact("a@example.com a@example.com 4111 1111 1111 1111 sk-\(String(repeating: "aB3", count: 16))")
        _ = redactor.redact(JSONValue.array(["b@example.com", 7]))
        #expect(redactor.counts == [.email: 3, .card: 1, .apiKey: 1])
    }
}
