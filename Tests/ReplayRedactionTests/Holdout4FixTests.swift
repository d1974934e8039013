/// One test per fix made from holdout4's miss categories, with examples of our own (none is taken from
/// Fixtures/holdout4/holdout4.jsonl): what each rule now finds, and the look-alikes it must leave alone.
import Testing
@testable import ReplayRedaction

private func redacted(_ text: String) -> String { redactedText(text, keyByte: 9) }

@Suite struct Holdout4FixTests {
    @Test("phones: WhatsApp ids and links, dialled 00 addresses, dots after a country code, the Russian trunk 8", arguments: [
        (#"{"profile":{"name":"Ana"},"wa_id":"447911123456"}"#, #"{"profile":{"name":"Ana"},"wa_id":"<PHONE_1>"}"#),
        ("https://wa.me/5511987654321?text=oi", "https://wa.me/<PHONE_1>?text=oi"),
        ("Executing [00441632960123@from-trunk:1] Dial(PJSIP/200)", "Executing [<PHONE_1>@from-trunk:1] Dial(PJSIP/200)"),
        ("ring +39 347.1234567 after six", "ring <PHONE_1> after six"),
        ("Позвоните 8 (916) 123-45-67 вечером", "Позвоните <PHONE_1> вечером"),
    ])
    func phones(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("a value found once is replaced wherever else it stands whole, with the same placeholder")
    func repeats() {
        #expect(redacted(#"{"wa_id":"447911123456"},"messages":[{"from":"447911123456","ts":"1447911123456"}]"#)
                == #"{"wa_id":"<PHONE_1>"},"messages":[{"from":"<PHONE_1>","ts":"1447911123456"}]"#)
        #expect(redacted("mail ana.lopez@correo.es; sender=ana.lopez@correo.es") == "mail <EMAIL_1>; sender=<EMAIL_1>")
    }

    @Test("obfuscated e-mail addresses: [at]/(at), spelled-out at and dot, defanged dots", arguments: [
        ("write to jana.novak [at] seznam [dot] cz", "write to <EMAIL_1>"),
        ("Kontakt: m.weber(at)posteo.de", "Kontakt: <EMAIL_1>"),
        ("reach me at lotte at ziggo dot nl please", "reach me at <EMAIL_1> please"),
        ("ioc: admin@evil-corp[.]com", "ioc: <EMAIL_1>"),
        ("jana.novak [at] seznam [dot] cz or jana.novak@seznam.cz", "<EMAIL_1> or <EMAIL_1>"),
    ])
    func obfuscatedEmails(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("e-mail look-alikes stay: prose with at and dot, code with [.]", arguments: [
        "look at the dot product of a and b",
        "we met at noon dot twelve",
        "arr[.] = 0 and f(.) are fine",
    ])
    func emailLookAlikes(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("phones in signatures after one-letter labels, and after Danish and Indonesian cue words", arguments: [
        ("Best,\nAnna\nM: 0791234567\nE: anna@firma.ch", "Best,\nAnna\nM: <PHONE_1>\nE: <EMAIL_1>"),
        ("Ring til mig på 2143 6587 i morgen", "Ring til mig på <PHONE_1> i morgen"),
        ("Nomor WA saya 081234567890 ya", "Nomor WA saya <PHONE_1> ya"),
        ("Qualquer problema liga para 912 345 678.", "Qualquer problema liga para <PHONE_1>."),
        ("my number is 0721234567 if anything comes up", "my number is <PHONE_1> if anything comes up"),
        ("husk at ringe til mig på 21 43 65 87", "husk at ringe til mig på <PHONE_1>"),
    ])
    func signaturePhones(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("a card after a card word in Thai, Vietnamese or Indonesian")
    func cardWords() {
        #expect(redacted("บัตร 9430000000000001 ของฉัน") == "บัตร <CARD_1> ของฉัน")
        #expect(redacted("Kartu 9430000000000001 saya ditolak") == "Kartu <CARD_1> saya ditolak")
    }

    @Test("phone look-alikes stay: versions with dots after a space, ids in JSON without a phone key, a 00 run", arguments: [
        "release 2024 3.12.1 shipped",
        #"{"order_id":"447911123456"}"#,
        "checksum 0044163296012345 ok",
        "scores 21 43 65 87 in four rounds",
    ])
    func phoneLookAlikes(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("cards in form bodies and with thin spaces", arguments: [
        ("card[number]=4539+1488+0343+6467&card[cvc]=123", "card[number]=<CARD_1>&card[cvc]=123"),
        ("Karte 5425\u{2009}2334\u{2009}3010\u{2009}9903 belastet", "Karte <CARD_1> belastet"),
        ("Carte 5425\u{202F}2334\u{202F}3010\u{202F}9903", "Carte <CARD_1>"),
    ])
    func cards(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Langfuse secret keys (the public pk-lf- half stays)")
    func langfuse() {
        #expect(redacted("LANGFUSE_SECRET_KEY=sk-lf-1b4e28ba-2fa1-11d2-883f-0016d3cca427") == "LANGFUSE_SECRET_KEY=<SECRET_1>"
                || redacted("LANGFUSE_SECRET_KEY=sk-lf-1b4e28ba-2fa1-11d2-883f-0016d3cca427") == "LANGFUSE_SECRET_KEY=<API_KEY_1>")
        #expect(redacted("args: [sk-lf-1b4e28ba-2fa1-11d2-883f-0016d3cca427]") == "args: [<API_KEY_1>]")
        #expect(redacted("public: pk-lf-1b4e28ba-2fa1-11d2-883f-0016d3cca427") == "public: pk-lf-1b4e28ba-2fa1-11d2-883f-0016d3cca427")
    }

    @Test("a card after a line break escaped twice (a tool's output inside a log line)")
    func doublyEscaped() {
        #expect(redacted(#"{"stdout": "Tool result: "Revolut\n4539 1488 0343 6467\nVALID THRU 01/29""}"#)
                == #"{"stdout": "Tool result: "Revolut\n<CARD_1>\nVALID THRU 01/29""}"#)
    }

    @Test("numbers grouped with typographic dashes, slashes or double spaces (holdout5's categories)", arguments: [
        ("Ring me: +44 7911\u{2013}123\u{2013}456", "Ring me: <PHONE_1>"),
        ("Tel. 030\u{2011}1234\u{2011}5678", "Tel. <PHONE_1>"),
        ("card 4539/1488/0343/6467 declined", "card <CARD_1> declined"),
        ("Karte 4539  1488  0343  6467 abgelehnt", "Karte <CARD_1> abgelehnt"),
    ])
    func groupings(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("slashed and double-spaced look-alikes stay", arguments: [
        "GET /v1/items/4539/1488/0343/6466 404",
        "dates 2024/01/02  2025/03/04",
        "totals 1200  3400  5600",
    ])
    func groupingLookAlikes(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("keys of providers without a rule before (holdout5's categories)", arguments: [
        ("token sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNsdjEyMzQ1In0.Zx8Qw2Er9Ty4Ui1Op6As3D ok", "token <API_KEY_1> ok"),
        ("DOPPLER_TOKEN: dp.st.prd.Kx9pQ2mN7vB4cL8zR1tYa5sD3fG6hJ0kLm2Nb4Vc6Xz8Q", "DOPPLER_TOKEN: <API_KEY_1>"),
        ("the new one is EAAAl7Kq2Wm9Rt4Yp1Zx8Vn3Bc6Df0Gh5Jk2Lq7Wm9Rt4Yp1Zx8Vn3Bc6Df0Gh5J-x, thanks", "the new one is <API_KEY_1>, thanks"),
        ("using FLWSECK-3e9a1c7b5d2f4e6a8c0b1d3f5a7c9e2b-X today", "using <API_KEY_1> today"),
        ("bb_live_kQ9-xR2mT7vB4nL8zY1pW6 fails", "<API_KEY_1> fails"),
        ("key_9f2c4e6a8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a", "<API_KEY_1>"),
        ("app password ATBBq7Lk2Xm9Wr4Tz8Yp1Nv6Bc3Df5Gh0Jk2 works", "app password <API_KEY_1> works"),
        ("MAILCHIMP_KEY is 3f9c2a7b1e6d4f8a0c5b9e2d7a1f4c8b-us21 now", "MAILCHIMP_KEY is <API_KEY_1> now"),
        ("https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161 fails", "https://mainnet.infura.io/v3/<API_KEY_1> fails"),
    ])
    func providerKeys(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("keys named by a word before a colon, in a query, or sent as a bearer token (holdout6's categories)", arguments: [
        ("Algolia key: 6be0576ff61c053d5f9a3225e2a90f76", "Algolia key: <API_KEY_1>"),
        ("GET /weather?q=oslo&appid=6be0576ff61c053d5f9a3225e2a90f76&units=metric", "GET /weather?q=oslo&appid=<API_KEY_1>&units=metric"),
        ("GET /v2/lookup?api_key=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 HTTP/1.1", "GET /v2/lookup?api_key=<API_KEY_1> HTTP/1.1"),
        ("Authorization: Bearer fc-3e9a1c7b5d2f4e6a8c0b1d3f5a7c9e2b", "Authorization: Bearer <API_KEY_1>"),
        ("chiave figd_41xQk2Lm_9RtZ7vBn-4Kw8ZpD6sF1gH5jY0cXe ok", "chiave <API_KEY_1> ok"),
        (#"{"databricks": "dapi3e9a1c7b5d2f4e6a8c0b1d3f5a7c9e2b"}"#, #"{"databricks": "<API_KEY_1>"}"#),
        ("VAULT_TOKEN: hvs.K7xQ2mLp9RtZ4vBn8Kw2ZpD6", "VAULT_TOKEN: <API_KEY_1>"),
    ])
    func labelledKeys(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("identifiers with underscores stay", arguments: [
        "call handle_Request_V2_Response_Body_Parser_2024_Final()",
        "Primary key: id",
    ])
    func identifierLookAlikes(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("their look-alikes stay: public Mapbox tokens, short uppercase ids, E words", arguments: [
        "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNsdjEyMzQ1In0.Zx8Qw2Er9Ty4Ui1Op6As3D",
        "EAAA is a prefix, EXAMPLE and EVENTS are words",
        "SHA-3e9a1c7b5d2f4e6a8c0b1d3f5a7c9e2b and TRACE-3e9a1c7b5d2f4e6a8c0b1d3f5a7c9e2b",
        "version-us2 and abc-us1",
    ])
    func providerKeyLookAlikes(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("a Telegram bot token inside its API URL")
    func telegramURL() {
        let text = "requests.get(f\"https://api.telegram.org/bot7712345678:AAHk3Zp9QwErTyUiOpAsDfGhJkLzXcVbNm1/getUpdates\")"
        #expect(redacted(text) == "requests.get(f\"https://api.telegram.org/bot<API_KEY_1>/getUpdates\")")
        #expect(redacted("see https://core.telegram.org/bots/api#getupdates") == "see https://core.telegram.org/bots/api#getupdates")
    }
}
