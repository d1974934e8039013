/// Passwords and secrets in code and config, session cookies, national phone numbers written in more ways, and
/// values at the boundaries the scan must see (full-width colons, CJK text, JSON-escaped line breaks, CSV cells,
/// url-encoding); each with look-alikes that must stay. Examples are our own.
import Testing
@testable import ReplayRedaction

private func redacted(_ text: String, names: [String] = [], ids: [String] = []) -> String {
    var redactor = Redactor(key: RedactionKey(bytes: Array(repeating: 13, count: 32)),
                            known: KnownIdentifiers(names: names, emails: [], ids: ids))
    return redactor.redact(text)
}

@Suite struct SecretAndBoundaryTests {
    @Test("Passwords and secrets assigned in code and config", arguments: [
        ("cfg := Config{\n\tSMTPPass:   \"Tq8#wLm2vZ\",\n}", "cfg := Config{\n\tSMTPPass:   \"<SECRET_1>\",\n}"),
        ("DB_PASS=Vx7!pQ2zK", "DB_PASS=<SECRET_1>"),
        (#"db_pwd: "Xc9$rT4wQ""#, #"db_pwd: "<SECRET_1>""#),
        (#""PASSWORD": "%Rt5!kM8qZ","#, #""PASSWORD": "<SECRET_1>","#),
        (#"EMAIL_HOST_PASSWORD = "plonk_triva_mesko_dunfar""#, #"EMAIL_HOST_PASSWORD = "<SECRET_1>""#),
        ("stringData:\n  SMTP_PASSWORD: grell.tovic.wamph.sordel\n", "stringData:\n  SMTP_PASSWORD: <SECRET_1>\n"),
        (#"SECRET_KEY = "django-insecure-0cub1!^@d5!7ch)0!(z2ea*y#@&j4)09gf^4nj%a1aa*&hfnhi""#, #"SECRET_KEY = "<SECRET_1>""#),
        ("secret_key_base: 79c7ce65426f74bde94fb78c8d5f08b79affd2b49c12a4b0062983475eb46c5296f62e338d74ff1fe4f7f505aef9ebdd25b001a3ff416d4a3baf69dad8199bfc",
         "secret_key_base: <SECRET_1>"),
        ("encryption_key: 8c07dd7753eda83d7c58dfe0d5a0cf318656b3e6f0bade65c3b188cc102ddb83", "encryption_key: <SECRET_1>"),
        ("db.internal:5432:orders:app:Wq7!zLp3x", "db.internal:5432:orders:app:<SECRET_1>"),
        ("curl -u deploy:Wq7!zLp3x -T a.tgz https://x.example", "curl -u deploy:<SECRET_1> -T a.tgz https://x.example"),
        ("curl --user 'ops:Zr8#kLm2q' https://x.example", "curl --user 'ops:<SECRET_1>' https://x.example"),
        ("URI = 'postgresql+psycopg2://etl:Wq7zLp3x@db:5432/dw'", "URI = 'postgresql+psycopg2://<SECRET_1>@db:5432/dw'"),
    ])
    func codeAndConfig(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Passwords in sentences and phrases in more languages", arguments: [
        ("Password dell'amministratore: Wq7!zLp3", "Password dell'amministratore: <SECRET_1>"),
        ("password for the admin account: Wq7!zLp3", "password for the admin account: <SECRET_1>"),
        ("A senha do servidor é Jm4#tRq9", "A senha do servidor é <SECRET_1>"),
        ("hasło to Pk3$wLm8", "hasło to <SECRET_1>"),
        ("the password for the router is Qz5%vB8n", "the password for the router is <SECRET_1>"),
        ("Your password reset link was sent to: jane@example.com", "Your password reset link was sent to: <EMAIL_1>"),
    ])
    func sentences(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Session cookies", arguments: [
        ("Set-Cookie: sid=QISA-pQyOMqlfZZgZMnafy8hWskBf6wmxe1mbVrNHMx; Path=/", "Set-Cookie: sid=<SECRET_1>; Path=/"),
        ("< set-cookie: session=Zk4xM9pQ2wL7vN3rT8cY5bJ6; HttpOnly", "< set-cookie: session=<SECRET_1>; HttpOnly"),
        ("Cookie: sessionid=tq0j794t3d2tjyfcs9t4jgomodydd1; lang=de", "Cookie: sessionid=<SECRET_1>; lang=de"),
        ("connect.sid=s%3AkP2vQ9xR7mL4nT8w.Zk4xM9pQ2wL7vN3rT8cY5bJ6hG1fD0sA", "connect.sid=<SECRET_1>"),
        ("Set-Cookie: __Host-next-auth.session-token=Zk4xM9pQ2wL7vN3rT8cY5bJ6; Path=/",
         "Set-Cookie: __Host-next-auth.session-token=<SECRET_1>; Path=/"),
    ])
    func cookies(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("An address in a signed URL's credential is an e-mail, the rest of it stays")
    func signedURLCredential() {
        let input = "?X-Goog-Credential=uploader%40proj-123.iam.gserviceaccount.com%2F20240101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=1"
        #expect(redacted(input) == "?X-Goog-Credential=<EMAIL_1>%2F20240101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=1")
    }

    @Test("Labels and values that are not secrets stay", arguments: [
        "bypass: true", "compass=270deg2", "OLDPWD=/srv/app2", "password: get_password_from_vault()",
        #""PASSWORD": "%(db_password)s""#, "password = settings.database.password", "password for the admin account: see the vault",
        "Cookie: theme=dark; lang=de-DE", "session=3", "sid=12345", "Cookie: sid=abc", "at 10:30:45:12 sharp",
        "localhost:5432:*:*:*", "curl -u $USER:$TOKEN https://x.example", "curl -u admin: https://x.example",
        "tar -u foo:Bar12345x", "The password was reset to 2024-01-05 defaults", "SECRET_NAME: app-env-2024-prod-secrets",
        "stringData:\n  SMTP_HOST: smtp.mail.example.org\n",
    ])
    func leftAlone(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("National phones in more forms: Brazilian, Chinese, Belgian, with a Spanish or Polish cue", arguments: [
        ("the courier tried 11 98765-4321 twice", "the courier tried <PHONE_1> twice"),
        ("Llámame al 612 345 678 mañana", "Llámame al <PHONE_1> mañana"),
        ("备用 139-1234-5678", "备用 <PHONE_1>"),
        ("Reception: 22 657 57 29 (int. 12)", "Reception: <PHONE_1> (int. 12)"),
        ("Graag terugbellen op 0471/23.45.67.", "Graag terugbellen op <PHONE_1>."),
    ])
    func phones(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Phones in JSON strings, url-encoded queries and CSV rows", arguments: [
        (#"{"content": "customer_phone;order_total\n07700 900123;12.50"}"#, #"{"content": "customer_phone;order_total\n<PHONE_1>;12.50"}"#),
        (#"{"content": "phone\n+1.415.555.0132"}"#, #"{"content": "phone\n<PHONE_1>"}"#),
        ("phone=0049%20171%2012345678&x=1", "phone=<PHONE_1>&x=1"),
        ("phone=%2B33%20%280%291%2023%2045%2067%2089&x=1", "phone=<PHONE_1>&x=1"),
        ("ann@mail.example,+44 20 7946 0958,81.2.69.160,2024-01-05", "<EMAIL_1>,<PHONE_1>,<IP_1>,2024-01-05"),
        ("7,81.2.69.160", "7,<IP_1>"),
    ])
    func phoneContexts(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Order numbers, prices and dates near the same shapes stay", arguments: [
        "Pedido 091-2345678 enviado", "Número de pedido 091-2345678", "Preis: 12 345,50 €", "ref 159-7381",
        "v2024.01.05", "Tracking 0483/23.45.67", "ratio 11 12345-6789", "x=1,299,000",
    ])
    func phonesLeftAlone(input: String) {
        #expect(!redacted(input).contains("<PHONE_"))
    }

    @Test("Full-width separators and CJK text around values", arguments: [
        ("パスワード：Xk9#mQ2w", "パスワード：<SECRET_1>"),
        ("密码＝Tz8!kP3q", "密码＝<SECRET_1>"),
        ("口座（IBAN）はDE89370400440532013000です。", "口座（IBAN）は<GOV_ID_1>です。"),
    ])
    func fullWidth(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Known names and ids after full-width colons, in CJK sentences and after an escaped line break")
    func knownBoundaries() {
        #expect(redacted("我叫王芳，请帮我写信。", names: ["王芳"]) == "我叫<NAME_1>，请帮我写信。")
        #expect(redacted("氏名：佐藤花子", names: ["佐藤花子"]) == "氏名：<NAME_1>")
        #expect(redacted("アカウントID：acct_1Hx9Kq2Lm", ids: ["acct_1Hx9Kq2Lm"]) == "アカウントID：<ACCOUNT_ID_1>")
        #expect(redacted(#""Un saludo,\nAna Ruiz""#, names: ["Ana Ruiz"]) == #""Un saludo,\n<NAME_1>""#)
        #expect(redacted(#""email\nnora.li@mail.example""#) == #""email\n<EMAIL_1>""#)
        // One character of a two-character name is not the name; a Latin name inside a word is not either.
        #expect(redacted("王先生", names: ["王芳"]) == "王先生")
        #expect(redacted("Anaheim", names: ["Ana Ruiz"]) == "Anaheim")
    }

    @Test("CJK labels without secrets after them stay", arguments: ["时间：10:30", "価格：12,800円", "ステータス：OK", "メモ：see docs"])
    func fullWidthLeftAlone(input: String) {
        #expect(redacted(input) == input)
    }

    @Test("Home paths: Fedora's /var/home, url-encoded paths", arguments: [
        ("/var/home/jdoe/.local/share", "/var/home/<USER_1>/.local/share"),
        ("open?path=%2FUsers%2Fjane.doe%2FDocuments", "open?path=%2FUsers%2F<USER_1>%2FDocuments"),
        ("/var/home/user/app and q=%2Fhome%2Fdashboard", "/var/home/user/app and q=%2Fhome%2Fdashboard"),
    ])
    func homePaths(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }
}
