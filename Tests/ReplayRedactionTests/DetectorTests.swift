/// What each detector finds and what it leaves alone, one example per line.
import Testing
@testable import ReplayRedaction

private func redacted(_ text: String) -> String { redactedText(text, keyByte: 1) }

@Suite struct DetectorTests {
    @Test("Found: each value becomes its kind's placeholder", arguments: [
        ("mail me: first.last+tag@sub.example.co.uk.", "mail me: <EMAIL_1>."),
        ("<a href=\"mailto:josé@exämple.de\">", "<a href=\"mailto:<EMAIL_1>\">"),
        ("电子邮件：li.wei@example.cn", "电子邮件：<EMAIL_1>"),
        ("Call +1 (415) 555-0132 ext. 7", "Call <PHONE_1> ext. 7"),
        ("UK 020 7946 0958, DE 030/12345678, FR 06.12.34.56.78", "UK <PHONE_1>, DE <PHONE_2>, FR <PHONE_3>"),
        ("JP 090-1234-5678 and AU (02) 9876 5432", "JP <PHONE_1> and AU <PHONE_2>"),
        ("tel:4155550132 and phone: 0612345678", "tel:<PHONE_1> and phone: <PHONE_2>"),
        ("Amex 3782 822463 10005, Visa 4012888888881881, MC 5555-5555-5555-4444", "Amex <CARD_1>, Visa <CARD_2>, MC <CARD_3>"),
        ("4111 1111 1111 1111 12/27", "<CARD_1> 12/27"),
        ("SSN 078-05-1121", "SSN <GOV_ID_1>"),
        ("DNI 12345678Z, 12345678-Z; NIE X1234567L", "DNI <GOV_ID_1>, <GOV_ID_1>; NIE <GOV_ID_2>"),
        ("CPF 123.456.789-09 or cpf: 52998224725", "CPF <GOV_ID_1> or cpf: <GOV_ID_2>"),
        ("Telefonnummer 0176 12345678", "Telefonnummer <PHONE_1>"),
        ("NI: QQ 12 34 56 C or AB123456D", "NI: <GOV_ID_1> or <GOV_ID_2>"),
        ("IBAN GB82 WEST 1234 5698 7654 32 / DE89370400440532013000", "IBAN <GOV_ID_1> / <GOV_ID_2>"),
        ("from 203.0.113.42 port 22", "from <IP_1> port 22"),
        ("[2001:db8:85a3::8a2e:370:7334]:443 fe80::1ff:fe23:4567:890a%eth0", "[<IP_1>]:443 <IP_2>%eth0"),
        ("::ffff:192.0.2.128 and 2001:db8::", "<IP_1> and <IP_2>"),
        ("AKIAIOSFODNN7EXAMPL3 ASIAY34FZKBOKMUTVV7A", "<API_KEY_1> <API_KEY_2>"),
        ("glpat-xY3zAbCdEfGhIjKlMnOp xoxb-1234567890-0987654321-AbCdEfGhIj", "<API_KEY_1> <API_KEY_2>"),
        ("AIzaSyD-1234567890abcdefghijklmnopqrstu hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh", "<API_KEY_1> <API_KEY_2>"),
        ("rk_live_4eC39HqLyjWDarjtT1zdp7dc, pk_live_4eC39HqLyjWDarjtT1zdp7dc", "<API_KEY_1>, <API_KEY_2>"),
        ("github_pat_11ABCDEFG0123456789abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJ", "<API_KEY_1>"),
        ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz12345678", "aws_secret_access_key = <SECRET_1>"),
        ("--auth-token QP3jycZ8li3OfOvseIYHvTX7 and api_key=Zx81kLqP0mN3vB7cX2wE9rT5", "--auth-token <API_KEY_1> and api_key=<API_KEY_2>"),
        (#"{"client_secret": "8f14e45fceea167a5a36dedd4bea2543"}"#, #"{"client_secret": "<SECRET_1>"}"#),
        ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic <SECRET_1>"),
        ("authorization: bearer 9fK2mQ7xL4pZ8wR1vT6y", "authorization: bearer <SECRET_1>"),
        ("PGPASSWORD=hunter2 psql", "PGPASSWORD=<SECRET_1> psql"),
    ])
    func found(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Left alone: look-alikes that are not personal data", arguments: [
        "Dates 2023-10-05, 05/10/2023, 10.05.2023 and times 14:30:00, 10:30 AM.",
        "Order #123-456-7890, ORD-2023-118734, order 1029384756, INV-2291, ref 12345678A, CPF-like 123.456.789-00.",
        "Versions 1.2.3, v10.0.19041.1, numpy==1.2.3.4, version 1.2.3.4, release 2.0.0.1.",
        "ISBN 978-3-16-148410-0 and 0-306-40615-2; prices $1,299.00, 1 299 000 ₽, €49.99.",
        "4111 1111 1111 1112 fails Luhn; 1700000000123 is a timestamp; 000-12-3456 and 666-12-3456 are not SSNs.",
        "uuid 550e8400-e29b-41d4-a716-446655440000, sha 3f9a1c2e4b5d6f708192a3b4c5d6e7f8091a2b3c, #ff5733.",
        "127.0.0.1:3000, 0.0.0.0, 255.255.255.0, ::1, std::vector, a[1::2], 12:30:45.",
        "task-sk-abcdefghijklmnopqrstu1234, desk-top, sk-learn, hf_hub_download, xoxo-friends.",
        "@types/node, @property, icon@2x.png, user@localhost, lodash@4.17.21, git@github.com:org/repo.git.",
        "max_tokens: 4096, token_count = 1534, password: ********, api_key: ${OPENAI_API_KEY}, token: <your-token>.",
        "secret: my-app-v2-production-config, password = os.environ['DB_PASSWORD'], password: str = Field().",
        "Bearer token auth, Authorization: Bearer <token>, Basic understanding of Basic Configuration.",
        "/usr/local/bin/python3, ~/projects/app, C:\\Program Files\\Git, /home/user/app, GET /Users/123/profile.",
        "https://example.com/home/alice is a web page, not a home directory.",
    ])
    func leftAlone(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("Luhn accepts valid check digits and rejects every single-digit change")
    func luhn() {
        for number in ["4111111111111111", "378282246310005", "6011111111111117", "5555555555554444", "79927398713"] {
            let digits = Array(number.utf8)
            #expect(Card.luhnValid(digits))
            var changed = digits
            changed[changed.count - 1] = changed.last! == UInt8(ascii: "9") ? UInt8(ascii: "0") : changed.last! + 1
            #expect(!Card.luhnValid(changed))
        }
    }

    @Test("Card network prefixes and lengths")
    func networks() {
        #expect(Card.hasNetworkPrefix(Array("4111111111111111".utf8)))
        #expect(Card.hasNetworkPrefix(Array("371449635398431".utf8)))
        #expect(!Card.hasNetworkPrefix(Array("3714496353984312".utf8)))  // Amex is 15 digits
        #expect(!Card.hasNetworkPrefix(Array("1234567812345670".utf8)))
        #expect(Card.hasNetworkPrefix(Array("2221000000000009".utf8)))
    }

    @Test("IBAN mod-97 checksum")
    func ibanChecksum() {
        for valid in ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300"] {
            #expect(IBAN.checksumValid(Array(valid.utf8)))
        }
        #expect(!IBAN.checksumValid(Array("GB82WEST12345698765433".utf8)))
        #expect(!IBAN.checksumValid(Array("GB28WEST12345698765432".utf8)))
        #expect(redacted("GB82 WEST 1234 5698 7654 33") == "GB82 WEST 1234 5698 7654 33")
    }

    @Test("SSN area, group and serial ranges", arguments: [
        ("123-45-6789", true), ("899-99-9999", true), ("000-45-6789", false), ("666-45-6789", false),
        ("900-45-6789", false), ("123-00-6789", false), ("123-45-0000", false),
    ])
    func ssnRanges(ssn: String, valid: Bool) {
        #expect((redacted("id \(ssn)") == "id <GOV_ID_1>") == valid)
    }
}
