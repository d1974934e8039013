# -*- coding: utf-8 -*-
"""holdout17 hard negatives: no personal data, no live secret, no person names, no passwords.

Each generator is fn(rng) -> (text, lang). The generator script redraws a non-policy line that holds an
e-mail-shaped string or a Luhn-valid 13-19 digit window.
"""
import h17_core as C

D = C.DIG


def _d(r, n, first="123456789"):
    return r.choice(first) + C.rs(r, D, n - 1)


# ------------------------------------------------------------------ policy (documentation / test values)

def n_policy(r):
    opts = [
        ("Stripe test mode: use card 4242 4242 4242 4242, any future expiry and any CVC. Why does the charge still fail?", "en"),
        ("for the 3DS flow test with 4000 0027 6000 3184 and for declines 4000 0000 0000 0002 (from stripe docs)", "en"),
        ("Testkarte aus der Doku: 5555 5555 5555 4444, Ablauf 12/34 – funktioniert im Sandbox-Modus nicht", "de"),
        ("curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d amount=2000 -d currency=usd", "en"),
        ("the AWS docs use AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY - is that format right for my config?", "en"),
        ("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "en"),
        ("Replace the sender with something like noreply@example.com and the recipient with user@example.org for the unit test", "en"),
        ("assert validate_email('jane.doe@example.com') is True\nassert validate_email('john@example.net') is True", "en"),
        ("In the screenplay the hero calls (212) 555-0147 — is 555-01xx really reserved for fiction?", "en"),
        ("Use 07700 900461 in the TV script, Ofcom keeps that block for drama.", "en"),
        ("for the radio ad we were told to use 020 7946 0018 since it's an Ofcom drama number", "en"),
        ("Our office router is 192.168.1.1 and the NAS sits on 10.0.0.24, the printer on 172.16.4.10", "en"),
        ("git remote add origin git@github.com:acme-tools/deploy-scripts.git\ngit push -u origin main", "en"),
        ("feat: add retry to uploader\n\nCo-Authored-By: Claude <noreply@anthropic.com>", "en"),
        ("Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", "en"),
        ("ssh deploy@localhost -p 2222 works but the key is rejected on 10.20.0.7", "en"),
        ("Le numéro de test Visa 4111 1111 1111 1111 passe en recette mais pas en production", "fr"),
        ("tarjeta de prueba 3782 822463 10005 (Amex, documentación de Stripe)", "es"),
        ("Australian docs say 0491 570 156 is fictional, ok to put in the app store screenshots?", "en"),
        ("The OpenAPI example shows `Authorization: Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc`", "en"),
        ("mailto:someone@example.com does nothing on iOS Safari, any idea?", "en"),
        ("Write a test fixture with user@example.com, +1 202-555-0173 and card 4242424242424242", "en"),
        ("git clone git@github.com:openai/openai-python.git fails with permission denied (publickey)", "en"),
        ("Beispiel aus der Doku: max.mustermann@example.de – wird vom Validator abgelehnt", "de"),
    ]
    return r.choice(opts)


# ------------------------------------------------------------------ look-alikes

def n_order(r):
    k = r.randrange(8)
    if k == 0:
        v = "%s-%s-%s" % (_d(r, 3), _d(r, 7), _d(r, 7))
        t, lang = r.choice([("Order #%s hasn't shipped after 9 days, what should I write to the seller?", "en"),
                            ("Bestellnummer %s – Paket als zugestellt markiert, aber nicht angekommen", "de"),
                            ("Número de pedido %s, quiero devolver los auriculares", "es")])
        return t % v, lang
    if k == 1:
        v = "1Z%s%s" % (C.rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6), _d(r, 10))
        return "UPS tracking %s shows exception: address correction needed" % v, "en"
    if k == 2:
        v = " ".join([_d(r, 4, "9")] + [C.rs(r, D, 4) for _ in range(4)] + [C.rs(r, D, 2)])
        return "USPS says label created for %s but no movement since Monday" % v, "en"
    if k == 3:
        v = "INV-%d-%s" % (r.randint(2021, 2025), C.rs(r, D, 6))
        t, lang = r.choice([("Rechnung %s: bitte Zahlungsziel auf 30 Tage ändern", "de"), ("Invoice %s is showing twice in the ledger", "en"),
                            ("Facture %s : montant HT incorrect", "fr")])
        return t % v, lang
    if k == 4:
        v = _d(r, 16)
        t, lang = r.choice([("Sendungsnummer %s (DHL), Status: in Zustellung", "de"), ("tracking number %s from Cainiao, stuck at customs for 2 weeks", "en"),
                            ("código de rastreio %s, parado em Curitiba", "pt")])
        return t % v, lang
    if k == 5:
        v = "%s %s %s" % (_d(r, 4), C.rs(r, D, 4), C.rs(r, D, 4))
        return "FedEx %s — delivery rescheduled" % v, "en"
    if k == 6:
        v = _d(r, 14)
        return "注文番号 %s の配送状況を確認したい" % v, "ja"
    v = "%s-%s" % (_d(r, 8), _d(r, 7))
    return "Ozon заказ %s, курьер не приехал" % v, "ru"


def n_epoch(r):
    s = r.randint(1600000000, 1767225599)
    k = r.randrange(5)
    if k == 0:
        return '{"created": %d, "object": "chat.completion", "usage": {"prompt_tokens": %d}}' % (s, r.randint(10, 4000)), "en"
    if k == 1:
        return "convert %d%03d (ms) to a readable date in UTC" % (s, r.randint(0, 999)), "en"
    if k == 2:
        return "exp: %d, iat: %d — why is my token already expired?" % (s + 3600, s), "en"
    if k == 3:
        return "Date.now() gives %d%03d but the server expects seconds" % (s, r.randint(0, 999)), "en"
    return "Zeitstempel %d in Datum umrechnen (Europe/Berlin)" % s, "de"


def n_dates(r):
    y, m, dd, hh, mi = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)
    opts = [
        ("the cron ran at %04d-%02d-%02dT%02d:%02d:%02d+02:00 instead of midnight" % (y, m, dd, hh, mi, r.randint(0, 59)), "en"),
        ("Termin am %02d.%02d.%04d um %02d:%02d Uhr – bitte in den Kalender" % (dd, m, y, hh, mi), "de"),
        ("rdv le %02d/%02d/%04d à %02dh%02d, tu peux rédiger la confirmation ?" % (dd, m, y, hh, mi), "fr"),
        ("la cita es el %d de %s de %d a las %d:%02d" % (dd, r.choice(["enero", "marzo", "junio", "octubre"]), y, hh, mi), "es"),
        ("会議は%d年%d月%d日 %d時%02d分からです" % (y, m, dd, hh, mi), "ja"),
        ("%d년 %d월 %d일 오후 %d시에 회의 있어요" % (y, m, dd, r.randint(1, 11)), "ko"),
        ("встреча %02d.%02d.%04d в %02d:%02d по Москве" % (dd, m, y, hh, mi), "ru"),
        ("%d年%d月%d日 %02d:%02d 的航班延误了" % (y, m, dd, hh, mi), "zh"),
        ("log window: %04d%02d%02d %02d%02d%02d - %04d%02d%02d %02d%02d%02d" % (y, m, dd, hh, mi, 0, y, m, dd, (hh + 1) % 24, mi, 0), "en"),
        ("Between %02d/%02d/%04d and %02d/%02d/%04d how many business days?" % (m, dd, y, m, min(dd + 9, 28), y), "en"),
    ]
    return r.choice(opts)


def n_versions(r):
    a, b, c = r.randint(0, 30), r.randint(0, 99), r.randint(0, 400)
    opts = [
        "upgraded from v%d.%d.%d to v%d.%d.%d and now the build fails" % (a, b, c, a, b + 1, 0),
        "Chrome/%d.0.%d.%d Safari/537.36 — the layout breaks only there" % (r.randint(110, 131), r.randint(5000, 6999), r.randint(10, 250)),
        "iOS %d.%d.%d (%d%s%d) crash on launch" % (r.randint(15, 18), r.randint(0, 6), r.randint(0, 3), r.randint(19, 22), r.choice("ABCDEFG"), r.randint(10, 999)),
        "build %04d%02d%02d.%d failed on the arm64 runner" % (r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(1, 9)),
        "Linux 6.%d.0-%d-generic #%d-Ubuntu SMP PREEMPT_DYNAMIC x86_64" % (r.randint(1, 11), r.randint(10, 60), r.randint(30, 70)),
        "node v%d.%d.%d, npm %d.%d.%d, pnpm %d.%d.%d" % (r.randint(16, 22), r.randint(0, 19), r.randint(0, 9), r.randint(8, 10), r.randint(0, 9), r.randint(0, 9), r.randint(7, 9), r.randint(0, 15), r.randint(0, 9)),
        "Version %d.%d (Build %d) — Xcode says the bundle version must be higher" % (r.randint(1, 9), r.randint(0, 20), r.randint(100, 99999)),
        "requirements: torch==2.%d.%d, transformers==4.%d.%d, numpy<2" % (r.randint(0, 5), r.randint(0, 3), r.randint(30, 46), r.randint(0, 3)),
    ]
    return r.choice(opts), "en"


def n_hashes(r):
    h40 = C.rs(r, C.HEX, 40)
    h64 = C.rs(r, C.HEX, 64)
    opts = [
        "git checkout %s fails with 'reference is not a tree'" % h40,
        "sha256sum says %s but the release page lists a different hash" % h64,
        "FROM python:3.12-slim@sha256:%s" % h64,
        "<script src=\"https://cdn.jsdelivr.net/npm/chart.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % C.rs(r, C.ALNUM + "+/", 64),
        "md5 of the file: %s" % C.rs(r, C.HEX, 32),
        "Cherry-pick %s onto release/%d.%d please" % (h40[:12], r.randint(1, 5), r.randint(0, 20)),
        "ETag: \"%s\"" % C.rs(r, C.HEX, 32),
        "ipfs://bafybei%s" % C.rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52),
    ]
    return r.choice(opts), "en"


def n_llm_ids(r):
    opts = [
        "msg_01%s" % C.rs(r, C.ALNUM, 22), "toolu_01%s" % C.rs(r, C.ALNUM, 22), "chatcmpl-%s" % C.rs(r, C.ALNUM, 29),
        "req_011C%s" % C.rs(r, C.ALNUM, 18), "call_%s" % C.rs(r, C.ALNUM, 24), "resp_%s" % C.rs(r, C.HEX, 48),
        "batch_%s" % C.rs(r, C.HEX, 32), "file-%s" % C.rs(r, C.ALNUM, 22), "run_%s" % C.rs(r, C.ALNUM, 24),
        "thread_%s" % C.rs(r, C.ALNUM, 24), "asst_%s" % C.rs(r, C.ALNUM, 24), "ft:gpt-4o-mini-2024-07-18:%s::%s" % (C.rs(r, C.LOWER, 6), C.rs(r, C.ALNUM, 8)),
    ]
    i = r.choice(opts)
    return r.choice(["the API returned id %s but I can't find it in the dashboard", "request id: %s (please include this when contacting support)",
                     "{\"id\": \"%s\", \"type\": \"message\", \"role\": \"assistant\"}", "retrieve %s gives 404"]) % i, "en"


def n_masked(r):
    last4 = C.rs(r, D, 4)
    opts = [
        ("charged on card ending %s, can I get a refund?" % last4, "en"),
        ("Karte **** **** **** %s wurde belastet" % last4, "de"),
        ("VISA •••• %s exp %02d/%02d" % (last4, r.randint(1, 12), r.randint(26, 31)), "en"),
        ("XXXX-XXXX-XXXX-%s" % last4, "en"),
        ("key: sk-proj-****************************%s" % C.rs(r, C.ALNUM, 4), "en"),
        ("the confirmation went to m*****@g****.com apparently", "en"),
        ("tel. +49 *** *** **%s" % C.rs(r, D, 2), "de"),
        ("ghp_****************************%s (redacted in logs)" % C.rs(r, C.ALNUM, 4), "en"),
        ("Tarjeta terminada en %s rechazada" % last4, "es"),
        ("カード下4桁 %s の利用明細" % last4, "ja"),
        ("API key sk-ant-...%s is shown in the console as active" % C.rs(r, C.ALNUM, 4), "en"),
    ]
    return r.choice(opts)


def n_placeholders(r):
    opts = [
        "export OPENAI_API_KEY=<your-api-key>",
        "Authorization: Bearer <YOUR_TOKEN>",
        "api_key: ${{ secrets.ANTHROPIC_API_KEY }}",
        "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "STRIPE_SECRET_KEY=sk_live_...",
        "const key = process.env.MISTRAL_API_KEY ?? '';",
        "curl -H \"x-api-key: $ANTHROPIC_API_KEY\" https://api.anthropic.com/v1/models",
        "HF_TOKEN=hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "AWS_ACCESS_KEY_ID=REPLACE_ME\nAWS_SECRET_ACCESS_KEY=REPLACE_ME",
        "token = \"{{ vault_slack_token }}\"",
        "DD_API_KEY=%(dd_api_key)s  # filled in by the deploy script",
        "api_key = getpass.getpass('API key: ')",
        "Ersetze <DEIN_API_SCHLUESSEL> durch deinen eigenen Schlüssel",
        "phone: +XX XXX XXX XXXX / email: <email>",
    ]
    return r.choice(opts), "en"


def n_coords(r):
    lat, lon = r.uniform(-60, 70), r.uniform(-170, 170)
    opts = [
        "%.6f, %.6f" % (lat, lon),
        "{\"type\": \"Point\", \"coordinates\": [%.7f, %.7f]}" % (lon, lat),
        "Koordinaten %.5f N, %.5f E – wie weit ist das vom Bahnhof?" % (abs(lat), abs(lon)),
        "%d°%02d′%02d″N %d°%02d′%02d″W" % (r.randint(0, 70), r.randint(0, 59), r.randint(0, 59), r.randint(0, 170), r.randint(0, 59), r.randint(0, 59)),
        "geo:%.5f,%.5f?z=15" % (lat, lon),
        "bbox=%.4f,%.4f,%.4f,%.4f" % (lon, lat, lon + 0.05, lat + 0.05),
    ]
    return "where is " + r.choice(opts) if r.random() < 0.3 else r.choice(opts), "en"


def _isbn13(r):
    head = r.choice(["978", "978", "978", "9798", "97910", "97911", "97912"])
    body = head + C.rs(r, D, 12 - len(head))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def n_isbn(r):
    b = _isbn13(r)
    opts = [
        "ISBN %s-%s-%s-%s-%s" % (b[:3], b[3], b[4:7], b[7:12], b[12]),
        "ISBN-13: %s" % b,
        "EAN %s (Karton à 12 Stück)" % (r.choice(["40", "42", "50", "87", "76"]) + C.rs(r, D, 11)),
        "barcode %s scanned twice at checkout" % (r.choice(["0", "6", "8"]) + C.rs(r, D, 12)),
    ]
    return "cite this book: " + r.choice(opts) if r.random() < 0.3 else r.choice(opts), "en"


def n_company(r):
    opts = [
        ("Amtsgericht Charlottenburg HRB %d B, USt-IdNr. DE%s" % (r.randint(10000, 250000), _d(r, 9)), "de"),
        ("KvK %s · BTW NL%sB0%d" % (_d(r, 8), _d(r, 9), r.randint(1, 9)), "nl"),
        ("Registered in England and Wales No. %08d. VAT GB %s %s %s" % (r.randint(1000000, 15999999), _d(r, 3), C.rs(r, D, 4), C.rs(r, D, 2)), "en"),
        ("SIREN %s %s %s – RCS Lyon" % (_d(r, 3), C.rs(r, D, 3), C.rs(r, D, 3)), "fr"),
        ("CNPJ %s.%s.%s/0001-%s" % (_d(r, 2), C.rs(r, D, 3), C.rs(r, D, 3), C.rs(r, D, 2)), "pt"),
        ("ABN %s %s %s %s" % (_d(r, 2), C.rs(r, D, 3), C.rs(r, D, 3), C.rs(r, D, 3)), "en"),
        ("CIF B%s, inscrita en el Registro Mercantil de Madrid" % C.rs(r, D, 8), "es"),
        ("GSTIN %d%s%s1Z%s" % (r.randint(10, 37), C.rs(r, C.UPPER, 5), C.rs(r, D, 4) + C.rs(r, C.UPPER, 1), C.rs(r, C.ALNUM, 1).upper()), "en"),
        ("统一社会信用代码 91%s%s" % (C.rs(r, D, 6), C.rs(r, "0123456789ABCDEFGHJKLMNPQRTUWXY", 10)), "zh"),
    ]
    return r.choice(opts)


def n_at(r):
    opts = [
        "@here deploy is done, please re-test checkout",
        "@app.route('/api/v1/users/<int:user_id>', methods=['GET'])",
        "npm i @types/node@20 @tanstack/react-query@5",
        "@media (max-width: 768px) { .nav { display: none; } }",
        "@Override\npublic void onCreate(Bundle savedInstanceState) {",
        "meet @ 5pm at the usual place?",
        "pip install 'httpx @ git+https://github.com/encode/httpx'",
        "docker pull nginx@sha256:%s" % C.rs(r, C.HEX, 64),
        "@Column(name = \"created_at\", nullable = false)",
        "git log --since=@{2.weeks.ago} --oneline",
        "in the DNS zone: @ IN MX 10 mx1 and @ IN TXT \"v=spf1 include:_spf.google.com ~all\"",
        "@dataclass(frozen=True)\nclass Point:\n    x: float\n    y: float",
        "Price: 3 @ 4.99 each",
        "@everyone standup moved to 10:30",
    ]
    return r.choice(opts), "en"


def n_metrics(r):
    opts = [
        "p50 %d ms, p95 %d ms, p99 %d ms over %d requests" % (r.randint(20, 90), r.randint(100, 400), r.randint(400, 2000), r.randint(100000, 9999999)),
        "Revenue Q%d: $%d,%03d,%03d.%02d (+%d.%d%% YoY)" % (r.randint(1, 4), r.randint(1, 99), r.randint(0, 999), r.randint(0, 999), r.randint(0, 99), r.randint(1, 40), r.randint(0, 9)),
        "Einwohner: %d %03d %03d (Stand %d)" % (r.randint(1, 80), r.randint(0, 999), r.randint(0, 999), r.randint(2018, 2024)),
        "tokens in: %d, out: %d, cache read: %d" % (r.randint(1000, 200000), r.randint(10, 8000), r.randint(0, 150000)),
        "disk: %d blocks, %d used, %d available" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8)),
        "memory usage climbed to %d bytes before the OOM kill" % r.randint(10 ** 9, 10 ** 10),
        "%d rows affected (%d.%02d sec)" % (r.randint(1, 90000), r.randint(0, 9), r.randint(0, 99)),
    ]
    return r.choice(opts), "en"


def n_misc_ids(r):
    u = C.o_uuid(r)
    opts = [
        "trace_id=%s span_id=%s" % (C.rs(r, C.HEX, 32), C.rs(r, C.HEX, 16)),
        "pod/%s-%s-%s CrashLoopBackOff" % (r.choice(["api", "worker", "web"]), C.rs(r, C.HEX, 10), C.rs(r, "bcdfghjklmnpqrstvwxz2456789", 5)),
        "container %s exited with code 137" % C.rs(r, C.HEX, 12),
        "Booking reference %s, flight LH%d" % (C.rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), r.randint(100, 2999)),
        "arn:aws:iam::%s:role/%s-deploy" % (_d(r, 12), r.choice(["ci", "github", "prod"])),
        "request-id: %s" % u,
        "fixed in JIRA %s-%d" % (r.choice(["PAY", "CORE", "WEB", "OPS"]), r.randint(10, 9999)),
        "Stripe customer cus_%s has two subscriptions, pi_%s failed" % (C.rs(r, C.ALNUM, 14), C.rs(r, C.ALNUM, 24)),
        "Discord message id %s" % _d(r, 18),
        "device id %s-%s" % (C.rs(r, C.HEXU, 8), C.rs(r, C.HEXU, 4)),
        "S3 x-amz-request-id: %s" % C.rs(r, C.HEXU + "GHJKLMNPQRSTVWXYZ", 16),
    ]
    return r.choice(opts), "en"


def n_code(r):
    opts = [
        "EMAIL_RE = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$\")\nif not EMAIL_RE.match(value): raise ValueError('bad email')",
        "def luhn(num: str) -> bool:\n    digits = [int(d) for d in num][::-1]\n    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])\n    return total % 10 == 0",
        "const phoneRe = /^\\+?[1-9]\\d{7,14}$/;  // E.164",
        "z.string().email().max(254)",
        "if (!/^\\d{13,19}$/.test(pan)) return 'invalid card number';",
        "phonenumbers.parse(raw, 'DE') raises NumberParseException for short input",
        "CHECK (email ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+[.][A-Za-z]+$')",
        "<input type=\"tel\" pattern=\"[0-9]{3}-[0-9]{3}-[0-9]{4}\" required>",
        "mask = lambda s: s[:4] + '*' * (len(s) - 8) + s[-4:]",
        "validates :email, format: { with: URI::MailTo::EMAIL_REGEXP }",
    ]
    return r.choice(opts), "en"


def n_meeting(r):
    opts = [
        ("Zoom meeting ID: %s %s %s" % (_d(r, 3), C.rs(r, D, 4), C.rs(r, D, 4)), "en"),
        ("Teams Konferenz-ID: %s %s %s#" % (_d(r, 3), C.rs(r, D, 3), C.rs(r, D, 3)), "de"),
        ("Webex access code %s %s %s" % (_d(r, 4), C.rs(r, D, 3), C.rs(r, D, 4)), "en"),
        ("Google Meet: meet.google.com/%s-%s-%s" % (C.rs(r, C.LOWER, 3), C.rs(r, C.LOWER, 4), C.rs(r, C.LOWER, 3)), "en"),
    ]
    return r.choice(opts)


def n_units(r):
    opts = [
        ("%d × %d = ?" % (r.randint(1000, 99999), r.randint(1000, 99999)), "en"),
        ("convert %d %s to %s" % (r.randint(100, 99999), r.choice(["km", "lbs", "kWh", "GB"]), r.choice(["miles", "kg", "MJ", "GiB"])), "en"),
        ("the dimensions are %d x %d x %d mm, weight %d g" % (r.randint(50, 900), r.randint(50, 900), r.randint(5, 300), r.randint(100, 9000)), "en"),
        ("Kaufpreis %d.%03d,00 €, Grunderwerbsteuer %d,%d %%" % (r.randint(100, 900), r.randint(0, 999), r.randint(3, 6), r.randint(0, 5)), "de"),
        ("final score %d-%d, attendance %d,%03d" % (r.randint(0, 5), r.randint(0, 5), r.randint(10, 90), r.randint(0, 999)), "en"),
        ("resolution %dx%d at %d Hz" % (r.choice([1920, 2560, 3840]), r.choice([1080, 1440, 2160]), r.choice([60, 120, 144])), "en"),
        ("PT%dH%dM%dS in seconds?" % (r.randint(0, 9), r.randint(0, 59), r.randint(0, 59)), "en"),
    ]
    return r.choice(opts)


def n_cli(r):
    opts = [
        "Filesystem      Size  Used Avail Use%% Mounted on\n/dev/nvme0n1p2  %dG  %dG  %dG  %d%% /" % (r.randint(200, 999), r.randint(50, 199), r.randint(10, 199), r.randint(10, 95)),
        "PID   USER  %%CPU %%MEM COMMAND\n%d  www   %d.%d  %d.%d  gunicorn" % (r.randint(1000, 99999), r.randint(0, 99), r.randint(0, 9), r.randint(0, 40), r.randint(0, 9)),
        "-rw-r--r--  1 dev  staff  %d %s %d %02d:%02d data.parquet" % (r.randint(10 ** 5, 10 ** 9), r.choice(["Jan", "Mar", "Jul"]), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
        "Received %d bytes in %d.%d s (%d.%d MB/s)" % (r.randint(10 ** 6, 10 ** 9), r.randint(0, 99), r.randint(0, 9), r.randint(1, 900), r.randint(0, 9)),
        "inode %d, blocks %d" % (r.randint(10 ** 6, 10 ** 8), r.randint(100, 99999)),
    ]
    return r.choice(opts), "en"


NEG_GENERATORS = [
    ("order", n_order, 22), ("epoch", n_epoch, 16), ("dates", n_dates, 20), ("versions", n_versions, 16), ("hashes", n_hashes, 18),
    ("llm_ids", n_llm_ids, 20), ("masked", n_masked, 18), ("placeholders", n_placeholders, 18), ("coords", n_coords, 14),
    ("isbn", n_isbn, 12), ("company", n_company, 16), ("at", n_at, 16), ("metrics", n_metrics, 14), ("misc_ids", n_misc_ids, 20),
    ("code", n_code, 14), ("meeting", n_meeting, 10), ("units", n_units, 12), ("cli", n_cli, 10),
]
