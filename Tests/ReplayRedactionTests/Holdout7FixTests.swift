/// One test per fix made from the miss categories holdout6 and holdout7 report in their READMEs, with examples
/// of our own (none is taken from their lines): what each rule now finds, and the look-alikes it must leave alone.
import Testing
@testable import ReplayRedaction

private func redacted(_ text: String) -> String { redactedText(text, keyByte: 9) }

@Suite struct Holdout7FixTests {
    @Test("keys named in a sentence, not by a label: after key or token words in several languages", arguments: [
        ("my Algolia admin api key is 7f3c9a21be4d8e06f5a1c2b3d4e5f6a7, can you check it?",
         "my Algolia admin api key is <API_KEY_1>, can you check it?"),
        ("ecco il token q8ZrT2mWx4Lp9NvB7cYd3KfH per Vercel", "ecco il token <API_KEY_1> per Vercel"),
        ("Mein Cohere key lautet 4hTqB8yWm2ZkR9xLc6VnD3pJf7GsA1eUo5iKwQ0r", "Mein Cohere key lautet <API_KEY_1>"),
        ("use this token: \"Xk29vLmP0qRt7WzY4bNc8DfG\" for the deploy", "use this token: \"<API_KEY_1>\" for the deploy"),
        ("my exa api key is 3b1f2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "my exa api key is <API_KEY_1>"),
        ("{\"text\":\"hi\\nmy key is Zq7Wm2Lx9Pv4Nb8Tc3Rk6Hd1\"}", "{\"text\":\"hi\\nmy key is <API_KEY_1>\"}"),
        ("APIキーは Zq7Wm2Lx9Pv4Nb8Tc3Rk6Hd1 です", "APIキーは <API_KEY_1> です"),
    ])
    func keySentences(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("key sentences that name no secret stay: licence and product keys, hashes, commits, ids, plural words, paths", arguments: [
        "the license key is X7K2M-9PQ4R-T8WZ3-B6NC5-LD1FH and works offline",
        "my product key is 4HJ8K2M9PQ4RT8WZ3B6NC5LD for windows",
        "the commit for the key rotation is 4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39",
        "the idempotency key is 6f2b8c1d4e9a7f3b5c0d2e8a1f4b7c9d, reuse it on retry",
        "the public key is AAAAC3NzaC1lZDI1NTE5AAAAIGk2m3x9Pq7",
        "tokens used: 48213 prompt, 1932 completion in run 8f3e2a1b9c7d6e5f4a3b",
        "the key file is at /etc/ssl/private/server2048key.pem",
        "store the key, then run 7f3c9a21be4d8e06f5a1c2b3d4e5f6a7 as the job id",
        "keyboard model 7f3c9a21be4d8e06f5a1c2b3d4e5f6a7",
    ])
    func keySentenceLookAlikes(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("a HubSpot private app token (pat-<region>-<UUID>)")
    func hubSpot() {
        #expect(redacted("HUBSPOT_TOKEN pat-na1-2f6a9c3e-81b4-4d7e-9f20-5c1a7b3e8d64 in the header")
                == "HUBSPOT_TOKEN <API_KEY_1> in the header")
        #expect(redacted("curl -H 'Authorization: Bearer pat-eu1-0b9e4d2a-7c13-4f58-a6e1-93d2c8b5f047'")
                == "curl -H 'Authorization: Bearer <API_KEY_1>'")
        // Not a token: another word before the UUID, or a shorter region.
        #expect(redacted("pattern-na1-2f6a9c3e-81b4-4d7e-9f20-5c1a7b3e8d64") == "pattern-na1-2f6a9c3e-81b4-4d7e-9f20-5c1a7b3e8d64")
    }

    @Test("a card glued to its network code in a GDS form of payment")
    func gdsCards() {
        #expect(redacted("FP CCVI4556291417776312/1228") == "FP CCVI<CARD_1>/1228")
        #expect(redacted("FOP/CCCA5290011524493900") == "FOP/CCCA<CARD_1>")
        // A Luhn-invalid number, or letters that are no network code, stay.
        #expect(redacted("FP CCVI4556291417776313/1228") == "FP CCVI4556291417776313/1228")
        #expect(redacted("ACCVI4556291417776312") == "ACCVI4556291417776312")
    }

    @Test("mobile numbers as written at home, with no country code and no cue word", arguments: [
        ("Jak coś, 512 345 678 po 18.", "Jak coś, <PHONE_1> po 18."),
        ("Qualquer coisa: 912-345-678", "Qualquer coisa: <PHONE_1>"),
        ("Scrivimi al 347 1234567 dopo cena", "Scrivimi al <PHONE_1> dopo cena"),
        ("Rappelle-moi au 0612345678 demain", "Rappelle-moi au <PHONE_1> demain"),
        ("text me on 07911123456 when you land", "text me on <PHONE_1> when you land"),
        ("Akşam 05321234567 numarasından ulaşabilirsin", "Akşam <PHONE_1> numarasından ulaşabilirsin"),
        // A dash or an ellipsis after the number is no currency sign, though it shares a lead byte with €.
        ("Jak coś, 512 345 678 — po 18.", "Jak coś, <PHONE_1> — po 18."),
        ("Qualquer coisa 912 345 678… obrigado", "Qualquer coisa <PHONE_1>… obrigado"),
    ])
    func nationalMobiles(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("numbers of those shapes that are amounts, counts, orders or other numbers stay", arguments: [
        "Przychody wyniosły 512 345 678 zł w 2025 roku.",
        "Le budget atteint 612 345 678 € cette année.",
        "Бюджет 612 345 678₽ на год", "Gasto total: £ 512 345 678", "Ciro 612 345 678 ₺ oldu", "¥512 345 678 の売上",
        "La ciudad tiene 912 345 678 habitantes según el censo.",
        "order 912-345-678 shipped yesterday",
        "Zamówienie nr 512 345 678 zostało wysłane",
        "rows 125 345 678 processed",
        "timestamp 1712345678 in the log",
        "build 0412345678 is green",
    ])
    func nationalMobileLookAlikes(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("bare international digits as the addressee of a messaging payload")
    func messagingAddressees() {
        #expect(redacted(#"{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "4915123456789", "type": "text"}"#)
                == #"{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "<PHONE_1>", "type": "text"}"#)
        #expect(redacted(#"{"channel":"sms","body":"Your code is ready","from":447700123456}"#)
                == #"{"channel":"sms","body":"Your code is ready","from":<PHONE_1>}"#)
        // No messaging word before it, or another key: left alone.
        #expect(redacted(#"{"job": "export", "from": "4915123456789"}"#) == #"{"job": "export", "from": "4915123456789"}"#)
        #expect(redacted(#"{"messaging_product": "whatsapp", "timestamp": "1712345678901"}"#)
                == #"{"messaging_product": "whatsapp", "timestamp": "1712345678901"}"#)
    }

    @Test("the answers to aws configure's prompts")
    func awsConfigurePrompts() {
        #expect(redacted("AWS Access Key ID [None]: AKIAZ7QW3ERT5YUI8OPL\nAWS Secret Access Key [None]: q8Zr7T2mWx4Lp9NvB7cYd3KfH1sJ0aGeRtYuIoPz\nDefault region name [None]: eu-west-1")
                == "AWS Access Key ID [None]: <API_KEY_1>\nAWS Secret Access Key [None]: <API_KEY_2>\nDefault region name [None]: eu-west-1")
        #expect(redacted("Default output format [None]: json") == "Default output format [None]: json")
    }

    @Test("holdout8's categories: cue words in more languages, numbers glued to \\u escapes, PBX dial strings, Indian and Mexican groupings, Arabic punctuation after a card, keys named after the value", arguments: [
        ("Mój numer to 612409337, zadzwoń wieczorem", "Mój numer to <PHONE_1>, zadzwoń wieczorem"),
        ("στείλτε μου μήνυμα στο 6981234567 αύριο", "στείλτε μου μήνυμα στο <PHONE_1> αύριο"),
        ("Nummeret mitt er 412 55 987, ring etter fem", "Nummeret mitt er <PHONE_1>, ring etter fem"),
        ("Mit nummer er 28 44 19 05.", "Mit nummer er <PHONE_1>."),
        ("제 번호는 01098765432이에요", "제 번호는 <PHONE_1>이에요"),
        (#"{"text":"\u756a\u53f709012345678\u3067\u3059"}"#, #"{"text":"\u756a\u53f7<PHONE_1>\u3067\u3059"}"#),
        (#"{"text":"\u756a\u53f7+81312345678"}"#, #"{"text":"\u756a\u53f7<PHONE_1>"}"#),
        ("Dial(\"PJSIP/447911123456@trunk-out,300\")", "Dial(\"PJSIP/<PHONE_1>@trunk-out,300\")"),
        ("2025-03-02,outgoing,98450 12873,00:04:12", "2025-03-02,outgoing,<PHONE_1>,00:04:12"),
        ("Oficina: 55 2841 7730", "Oficina: <PHONE_1>"),
        ("تم خصم المبلغ من بطاقتي 4556291417776312، شكرا", "تم خصم المبلغ من بطاقتي <CARD_1>، شكرا"),
        ("I pushed 9f8e7d6c5b4a39281726354afbecd0123 to GitHub by mistake, how do I revoke the Twilio key?",
         "I pushed <API_KEY_1> to GitHub by mistake, how do I revoke the Twilio key?"),
        ("Ho pushato Zq7Wm2Lx9Pv4Nb8Tc3Rk6Hd1 su GitHub, come revoco la chiave?", "Ho pushato <API_KEY_1> su GitHub, come revoco la chiave?"),
        ("API key Weights & Biases saya 9d2c4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d selalu 401", "API key Weights & Biases saya <API_KEY_1> selalu 401"),
    ])
    func holdout8Categories(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("their look-alikes stay: dates, order and tracking numbers, ISBNs, amounts after a currency code, SSH keys, numeric e-mail addresses", arguments: [
        "Call on 20251012 at 7:24 PM with the vendor.",
        "ご注文番号 264-8413443-0847181 の商品は発送されました。追跡番号：512345678901",
        "The book's ISBN is ISBN-10 3637324636.",
        "total USD 753 713 498 for the year",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk2m3x9Pq7Lw8Zr2Tb5Yc4Vn deploy-key",
        "Case number 612 345 789 was closed",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        #"{"user_id": 3346891588, "chatId": "0612345678", "id": 07911123456}"#,
        "Telegram chat id 3521987654 is the group",
    ])
    func holdout8LookAlikes(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("digits before an @ are an address, not a phone")
    func numericEmails() {
        #expect(redacted("send it to 3745749679@163.com please") == "send it to <EMAIL_1> please")
    }

    @Test("an opaque bearer token sent to a model provider's API is an API key; elsewhere a secret")
    func bearerTokensToModelAPIs() {
        #expect(redacted("curl https://api.mistral.ai/v1/chat/completions -H \"Authorization: Bearer Q7xWm2Lp9Zr4Tb8Nc3Yk6Hd1Vf5Js0Ga\"")
                == "curl https://api.mistral.ai/v1/chat/completions -H \"Authorization: Bearer <API_KEY_1>\"")
        #expect(redacted("curl https://intranet.acme.test/api -H \"Authorization: Bearer Q7xWm2Lp9Zr4Tb8Nc3Yk6Hd1Vf5Js0Ga\"")
                == "curl https://intranet.acme.test/api -H \"Authorization: Bearer <SECRET_1>\"")
    }

    @Test("full-width, Arabic-Indic and Persian digits are read as digits; what is found is replaced as written", arguments: [
        ("ケータイ：０９０－１２３４－５６７８まで", "ケータイ：<PHONE_1>まで"),
        ("電話番号は０９０ー１２３４ー５６７８です。データはあとで", "電話番号は<PHONE_1>です。データはあとで"),
        ("رقم جوالي ٠٥٠١٢٣٤٥٦٧ اتصل بي", "رقم جوالي <PHONE_1> اتصل بي"),
        ("شماره من ۰۹۱۲۳۴۵۶۷۸۹ است", "شماره من <PHONE_1> است"),
        ("カード番号 ４５５６　２９１４　１７７７　６３１２", "カード番号 <CARD_1>"),
    ])
    func wideDigits(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("the same number written in full-width and ASCII digits gets the same placeholder; text without them is untouched")
    func wideDigitsShareThePlaceholder() {
        #expect(redacted("ケータイ ０９０－１２３４－５６７８ / 090-1234-5678") == "ケータイ <PHONE_1> / <PHONE_1>")
        #expect(redacted("データベース ２０２６年１１月２９日") == "データベース ２０２６年１１月２９日")
    }
}
