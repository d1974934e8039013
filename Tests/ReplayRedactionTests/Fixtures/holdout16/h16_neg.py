"""holdout16 hard negatives: look-alikes (no personal data, no live secret, no names, no passwords) and policy lines."""
from h16_common import HEX, ALNUM, B64URL, luhn_ok

DIG = "0123456789"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def rs(r, a, n):
    return "".join(r.choice(a) for _ in range(n))


def digits_no_luhn(r, n, first="123456789"):
    """n digits in which no window of 13-19 consecutive digits passes Luhn."""
    out = r.choice(first)
    while len(out) < n:
        cands = [d for d in DIG if not any(len(out) + 1 - ln >= 0 and luhn_ok((out + d)[len(out) + 1 - ln:]) for ln in range(13, 20))]
        out += r.choice(cands)
    return out


def group(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def n_order(r):
    n = digits_no_luhn(r, r.choice([12, 13, 14, 15, 16, 18, 20, 22]))
    forms = [
        ("en", "Order #%s has shipped and should arrive Thursday." % group(n, [3, 7, 7], "-")),
        ("en", "USPS tracking: %s" % group(n, [4, 4, 4, 4, 4, 2])),
        ("en", "Invoice no. %s - due in 30 days" % n),
        ("de", "Ihre Bestellung %s wurde versandt. Sendungsnummer: %s" % (n[:10], digits_no_luhn(r, 14))),
        ("fr", "Votre colis n° %s est en cours de livraison." % n),
        ("es", "Número de pedido: %s. Gracias por su compra." % group(n, [4, 4, 4, 4], " ")),
        ("ja", "ご注文番号：%s　発送が完了しました。" % group(n, [3, 7, 7], "-")),
        ("pt", "Código de rastreio %s, previsão de entrega em 5 dias úteis" % n),
        ("en", "refund for order %s processed, ref %s" % (n[:12], digits_no_luhn(r, 16))),
        ("zh", "订单号 %s 已发货，运单号 %s" % (n, digits_no_luhn(r, 12))),
        ("it", "Il tuo ordine %s è stato spedito." % group(n, [4, 4, 4, 4, 4, 4], "-")),
    ]
    return r.choice(forms)


def n_epoch(r):
    s = r.randint(1500000000, 1790000000)
    ms = s * 1000 + r.randint(0, 999)
    return r.choice([
        ("en", '{"created": %d, "expires_at": %d, "object": "session"}' % (s, s + 3600)),
        ("en", "ts=%d level=info msg=\"cache warmed\" took_ms=%d" % (ms, r.randint(3, 900))),
        ("en", "What date is %d? It's from a log file" % s),
        ("de", "Kannst du den Zeitstempel %d in ein Datum umrechnen?" % ms),
        ("en", "Date.now() returned %d but the server says %d" % (ms, s)),
        ("ru", "переведи unix time %d в обычную дату" % s),
    ])


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def n_dates(r):
    y, m, d, hh, mm = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)
    return r.choice([
        ("en", "The meeting moved to %s %d, %d at %d:%02d PM." % (MONTHS_EN[m - 1], d, y, r.randint(1, 11), mm)),
        ("de", "Termin am %02d.%02d.%d um %02d:%02d Uhr, bitte bestätigen." % (d, m, y, hh, mm)),
        ("fr", "Livraison prévue le %d %s %d entre %dh et %dh." % (d, MONTHS_FR[m - 1], y, r.randint(8, 12), r.randint(13, 18))),
        ("ja", "%d年%d月%d日 %d時%02d分に再起動しました" % (y, m, d, hh, mm)),
        ("en", "backup window: %d-%02d-%02dT%02d:%02d:00Z to %d-%02d-%02dT%02d:%02d:00Z" % (y, m, d, hh, mm, y, m, d, (hh + 2) % 24, mm)),
        ("en", "cron: '%d %d * * 1-5'  # weekdays" % (mm, hh)),
        ("es", "La reunión es el %02d/%02d/%d a las %d:%02d." % (d, m, y, hh, mm)),
        ("zh", "%d-%02d-%02d %02d:%02d:%02d 任务完成" % (y, m, d, hh, mm, r.randint(0, 59))),
        ("en", "Last-Modified: %s, %02d %s %d %02d:%02d:%02d GMT" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), d, MONTHS_EN[m - 1][:3], y, hh, mm, r.randint(0, 59))),
        ("ko", "%d. %d. %d. 오후 %d:%02d 에 배포 완료" % (y, m, d, r.randint(1, 11), mm)),
        ("ru", "Встреча %02d.%02d.%d в %02d:%02d по Москве" % (d, m, y, hh, mm)),
    ])


def n_versions(r):
    a, b, c = r.randint(0, 24), r.randint(0, 40), r.randint(0, 120)
    return r.choice([
        ("en", "upgrading from v%d.%d.%d to v%d.%d.%d broke the build" % (a, b, c, a, b + 1, 0)),
        ("en", "Chrome %d.0.%d.%d (Official Build) (arm64)" % (r.randint(110, 140), r.randint(5000, 7300), r.randint(10, 220))),
        ("en", "Xcode 16.%d (16%s%d%s)" % (r.randint(0, 4), r.choice("ABCDE"), r.randint(100, 5999), r.choice("abc"))),
        ("en", "Linux build-07 6.%d.0-%d-generic #%d-Ubuntu SMP x86_64" % (r.randint(1, 11), r.randint(10, 60), r.randint(10, 90))),
        ("de", "Nach dem Update auf iOS 18.%d.%d (22%s%d) stürzt die App ab" % (r.randint(0, 6), r.randint(0, 3), r.choice("ABCDEF"), r.randint(10, 999))),
        ("en", "requirements: numpy==%d.%d.%d torch==2.%d.%d+cu121 transformers>=4.%d" % (r.randint(1, 2), r.randint(20, 26), r.randint(0, 5), r.randint(0, 6), r.randint(0, 3), r.randint(30, 48))),
        ("en", "Build %d.%d.%d.%d (%s)" % (a, b, c, r.randint(1000, 99999), rs(r, HEX, 7))),
        ("ja", "バージョン %d.%d.%d にアップデートしたら動かなくなった" % (a, b, c)),
    ])


def n_hashes(r):
    return r.choice([
        ("en", "commit %s\nMerge: %s %s" % (rs(r, HEX, 40), rs(r, HEX, 7), rs(r, HEX, 7))),
        ("en", "sha256sum: %s  release.tar.gz" % rs(r, HEX, 64)),
        ("en", '<script src="/static/app.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % rs(r, ALNUM + "+/", 64)),
        ("en", "docker pull ghcr.io/acme-tools/api@sha256:%s" % rs(r, HEX, 64)),
        ("en", "md5 mismatch: expected %s got %s" % (rs(r, HEX, 32), rs(r, HEX, 32))),
        ("de", "Der Commit %s hat den Fehler eingeführt, oder?" % rs(r, HEX, 12)),
        ("en", '"resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", "integrity": "sha512-%s=="' % rs(r, ALNUM + "+/", 86)),
        ("en", "ETag: W/\"%s\"" % rs(r, HEX, 40)),
    ])


def n_llm_ids(r):
    return r.choice([
        ("en", '{"id": "msg_01%s", "type": "message", "role": "assistant", "stop_reason": "end_turn"}' % rs(r, ALNUM, 22)),
        ("en", '{"type": "tool_use", "id": "toolu_01%s", "name": "bash"}' % rs(r, ALNUM, 22)),
        ("en", '"id": "chatcmpl-%s", "object": "chat.completion", "created": %d' % (rs(r, ALNUM, 29), r.randint(1700000000, 1760000000))),
        ("en", "request-id: req_011C%s" % rs(r, ALNUM, 18)),
        ("en", '{"type": "function_call", "call_id": "call_%s", "name": "get_weather"}' % rs(r, ALNUM, 24)),
        ("en", "response id resp_%s finished with status completed" % rs(r, HEX, 48)),
        ("en", "batch_%s is still in_progress, input file file-%s" % (rs(r, HEX, 32), rs(r, ALNUM, 22))),
        ("en", "thread_%s / run_%s / asst_%s" % (rs(r, ALNUM, 24), rs(r, ALNUM, 24), rs(r, ALNUM, 24))),
        ("de", "Warum ist die id msg_01%s doppelt im Log?" % rs(r, ALNUM, 22)),
        ("en", "x-request-id: %s-%s-%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12))),
    ])


def n_masked(r):
    last4 = rs(r, DIG, 4)
    return r.choice([
        ("en", "Payment method: Visa •••• %s, expires %02d/%02d" % (last4, r.randint(1, 12), r.randint(26, 31))),
        ("en", "card ending in %s was charged $%d.%02d" % (last4, r.randint(5, 400), r.randint(0, 99))),
        ("en", "OPENAI_API_KEY=sk-proj-****************************************%s" % rs(r, ALNUM, 4)),
        ("de", "Karte: **** **** **** %s" % last4),
        ("en", "We sent a code to +1 (***) ***-%s" % last4),
        ("en", "Verification email sent to j***@g****.com"),
        ("fr", "Carte bancaire XXXX XXXX XXXX %s" % last4),
        ("en", "Authorization: Bearer [REDACTED]"),
        ("en", "token: ghp_****%s (last used 3 days ago)" % rs(r, ALNUM, 4)),
        ("es", "Tu número terminado en ***%s ya está verificado" % last4[:3]),
        ("en", "api_key=<redacted> status=401"),
    ])


def n_placeholders(r):
    return r.choice([
        ("en", "export OPENAI_API_KEY=sk-..."),
        ("en", 'client = Anthropic(api_key="<your-api-key>")'),
        ("en", "      - run: deploy --token ${{ secrets.DEPLOY_TOKEN }}"),
        ("en", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ("en", 'headers = {"x-api-key": os.environ["ANTHROPIC_API_KEY"]}'),
        ("en", "STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"),
        ("de", "Trag hier deinen Key ein: API_KEY=DEIN_API_KEY_HIER"),
        ("en", "Phone: (XXX) XXX-XXXX   Email: [your email]"),
        ("en", "Card number: XXXX-XXXX-XXXX-XXXX"),
        ("fr", "Remplacez YOUR_TOKEN par votre jeton personnel."),
        ("en", "const key = process.env.GEMINI_API_KEY ?? '';"),
        ("en", "Authorization: Bearer $TOKEN"),
        ("ja", "ここに APIキー（sk-xxxx...）を入れてください"),
    ])


def n_coords(r):
    lat, lon = r.uniform(-60, 70), r.uniform(-170, 170)
    return r.choice([
        ("en", "%.6f, %.6f" % (lat, lon)),
        ("en", '{"lat": %.7f, "lng": %.7f, "accuracy": %d}' % (lat, lon, r.randint(3, 60))),
        ("en", "POINT(%.5f %.5f)" % (lon, lat)),
        ("de", "Treffpunkt: %.4f° N, %.4f° E" % (abs(lat), abs(lon))),
        ("en", "bbox=%.4f,%.4f,%.4f,%.4f" % (lon, lat, lon + 0.05, lat + 0.05)),
        ("es", "Las coordenadas son %.5f, %.5f, ¿qué ciudad es?" % (lat, lon)),
    ])


def _isbn13(r):
    b = "978" + rs(r, DIG, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def n_isbn(r):
    i = _isbn13(r)
    return r.choice([
        ("en", "ISBN %s-%s-%s-%s-%s" % (i[:3], i[3], i[4:8], i[8:12], i[12])),
        ("de", "Das Buch hat die ISBN %s, gibt es das als E-Book?" % i),
        ("en", "EAN: %s  SKU: %s-%s" % (i.replace("978", "40", 1)[:13], rs(r, UP, 3), rs(r, DIG, 5))),
        ("fr", "Référence ISBN : %s" % i),
        ("en", "barcode %s scanned twice" % i),
    ])


def n_company(r):
    return r.choice([
        ("de", "Amtsgericht München HRB %d, USt-IdNr. DE%s" % (r.randint(10000, 299999), rs(r, DIG, 9))),
        ("nl", "KvK %s, BTW NL%sB01" % (rs(r, DIG, 8), rs(r, DIG, 9))),
        ("en", "Registered in England and Wales, company no. %s. VAT GB %s %s %s" % (rs(r, DIG, 8), rs(r, DIG, 3), rs(r, DIG, 4), rs(r, DIG, 2))),
        ("fr", "SAS au capital de 10 000 €, SIREN %s %s %s, RCS Lyon" % (rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3))),
        ("pt", "CNPJ %s.%s.%s/0001-%s" % (rs(r, DIG, 2), rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 2))),
        ("en", "ABN %s %s %s %s" % (rs(r, DIG, 2), rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3))),
        ("es", "CIF B%s" % rs(r, DIG, 8)),
        ("en", "DUNS %s-%s-%s" % (rs(r, DIG, 2), rs(r, DIG, 3), rs(r, DIG, 4))),
    ])


def n_at(r):
    return r.choice([
        ("en", "npm i lodash@4.17.21 @types/node@20.%d.%d" % (r.randint(0, 17), r.randint(0, 30))),
        ("en", "deploy@build-%02d:~$ systemctl restart api" % r.randint(1, 40)),
        ("en", "ping @oncall-infra in #alerts if this fires again"),
        ("en", "@dataclass(frozen=True)\nclass Config:\n    retries: int = 3"),
        ("en", "@media (max-width: 600px) { .nav { display: none; } }"),
        ("en", "FROM python:3.12-slim@sha256:%s" % rs(r, HEX, 64)),
        ("de", "Treffen @ 15 Uhr im Raum 4.12"),
        ("en", "pip install 'httpx[http2]' && uv add ruff@latest"),
        ("en", "@Override\npublic String toString() { return name; }"),
        ("es", "sigue a @nasa y @esa para ver el lanzamiento"),
        ("en", "git log origin/main@{1}..origin/main"),
        ("en", "SELECT * FROM t WHERE ts > @since AND tenant = @tenant_id"),
    ])


def n_metrics(r):
    return r.choice([
        ("en", "p50 %d ms, p99 %d ms, error rate %.2f%%" % (r.randint(20, 200), r.randint(300, 4000), r.uniform(0, 3))),
        ("en", "usage: input_tokens=%d output_tokens=%d cache_read=%d" % (r.randint(100, 200000), r.randint(10, 8000), r.randint(0, 90000))),
        ("en", "Processed %s rows in %.1fs" % (format(r.randint(1000000, 90000000), ","), r.uniform(1, 300))),
        ("de", "Umsatz Q%d: %s €" % (r.randint(1, 4), format(r.randint(100000, 9000000), ",").replace(",", "."))),
        ("en", "disk: %d bytes free of %d" % (r.randint(10 ** 9, 9 * 10 ** 11), 10 ** 12)),
        ("en", "population %s (2024 est.)" % format(r.randint(100000, 1400000000), ",")),
        ("en", "mem 0x%s-0x%s rw-p" % (rs(r, HEX, 12), rs(r, HEX, 12))),
    ])


def _uuid(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def n_misc_ids(r):
    return r.choice([
        ("en", "trace_id=%s span_id=%s" % (rs(r, HEX, 32), rs(r, HEX, 16))),
        ("en", "booking reference %s, flight LH%d" % (rs(r, UP, 6), r.randint(100, 2999))),
        ("en", "pod api-%s-%s restarted (OOMKilled)" % (rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 10), rs(r, "bcdfghjklmnpqrstvwxz2456789", 5))),
        ("en", "container %s exited with code 137" % rs(r, HEX, 12)),
        ("en", "session %s expired" % _uuid(r)),
        ("en", "PaymentIntent pi_%s succeeded for customer cus_%s" % (rs(r, ALNUM, 24), rs(r, ALNUM, 14))),
        ("en", "arn:aws:lambda:eu-west-1:function:%s" % r.choice(["resize-images", "ingest-events", "nightly-report"])),
        ("de", "Ticket #%d wurde geschlossen" % r.randint(1000, 99999)),
        ("en", "job %s queued (priority %d)" % (_uuid(r), r.randint(1, 9))),
        ("en", "Serial: C02%s, Model A%d" % (rs(r, UP + DIG, 8), r.randint(1900, 3200))),
    ])


def n_meeting(r):
    mid = rs(r, "123456789", 1) + rs(r, DIG, r.choice([9, 10]))
    return r.choice([
        ("en", "Join Zoom Meeting\nhttps://us06web.zoom.us/j/%s\nMeeting ID: %s %s %s" % (mid, mid[:3], mid[3:7], mid[7:])),
        ("en", "Microsoft Teams meeting\nMeeting ID: %s %s %s %s" % (rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3))),
        ("de", "Webex-Meeting-Kennnummer: %s %s %s" % (rs(r, DIG, 4), rs(r, DIG, 3), rs(r, DIG, 4))),
        ("en", "meet.google.com/%s-%s-%s" % (rs(r, "abcdefghijkmnopqrstuvwxyz", 3), rs(r, "abcdefghijkmnopqrstuvwxyz", 4), rs(r, "abcdefghijkmnopqrstuvwxyz", 3))),
    ])


def n_code(r):
    return r.choice([
        ("en", "EMAIL_RE = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$\")\nif not EMAIL_RE.match(value):\n    raise ValueError(\"invalid email\")"),
        ("en", "def luhn(num: str) -> bool:\n    digits = [int(d) for d in num][::-1]\n    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])\n    return total % 10 == 0"),
        ("en", "const phoneOk = /^\\+?[1-9]\\d{7,14}$/.test(input.replace(/[\\s()-]/g, ''));"),
        ("en", "z.object({ email: z.string().email(), phone: z.string().min(8).max(20) })"),
        ("en", "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT UNIQUE NOT NULL,\n  phone VARCHAR(20),\n  card_last4 CHAR(4)\n);"),
        ("de", "Wie validiere ich eine IBAN oder Kreditkartennummer in Swift? Ich hab schon `isValidLuhn()` geschrieben."),
        ("en", "<input type=\"email\" name=\"email\" autocomplete=\"email\" required>\n<input type=\"tel\" name=\"phone\" pattern=\"[0-9 +()-]{7,20}\">"),
        ("en", "if api_key.startswith((\"sk-\", \"sk-ant-\")):\n    provider = detect(api_key)"),
    ])


def n_math(r):
    a, b = r.randint(10 ** 5, 10 ** 8), r.randint(10 ** 3, 10 ** 6)
    return r.choice([
        ("en", "what is %d * %d?" % (a, b)),
        ("en", "2^53 = 9007199254740992, so ids above that lose precision in JS"),
        ("de", "Rechne bitte %d / %d auf 4 Nachkommastellen" % (a, b)),
        ("en", "factorial(20) = 2432902008176640000"),
        ("fr", "Combien font %d + %d + %d ?" % (a, b, r.randint(100, 9999))),
        ("en", "int64 max is 9223372036854775807"),
    ])


def n_units(r):
    return r.choice([
        ("en", "Dimensions: %d x %d x %d mm, weight %.1f kg" % (r.randint(100, 900), r.randint(100, 900), r.randint(10, 300), r.uniform(0.2, 30))),
        ("en", "Resolution %dx%d @ %d Hz" % (r.choice([1920, 2560, 3840]), r.choice([1080, 1440, 2160]), r.choice([60, 120, 144]))),
        ("de", "Verbrauch: %.1f kWh auf %d km" % (r.uniform(5, 30), r.randint(50, 900))),
        ("en", "part no. %s-%s-%s rev %s" % (rs(r, UP, 2), rs(r, DIG, 4), rs(r, DIG, 3), rs(r, UP, 1))),
        ("ja", "サイズは %d×%d mm、重さ %d g です" % (r.randint(50, 400), r.randint(50, 400), r.randint(20, 2000))),
    ])


NEG_GENERATORS = [("order", n_order, 22), ("epoch", n_epoch, 16), ("dates", n_dates, 22), ("versions", n_versions, 18),
                  ("hashes", n_hashes, 18), ("llm_ids", n_llm_ids, 22), ("masked", n_masked, 18), ("placeholders", n_placeholders, 20),
                  ("coords", n_coords, 14), ("isbn", n_isbn, 12), ("company", n_company, 14), ("at", n_at, 18),
                  ("metrics", n_metrics, 14), ("misc_ids", n_misc_ids, 20), ("meeting", n_meeting, 10), ("code", n_code, 16),
                  ("math", n_math, 8), ("units", n_units, 8)]

POLICY = [
    ("en", "For testing use card 4242 4242 4242 4242 with any future expiry and any CVC."),
    ("en", "Stripe test mode: 4000 0566 5566 5556 (Visa debit) should succeed, 4000 0000 0000 0002 should decline."),
    ("en", "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # from the Stripe docs"),
    ("en", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("en", "git remote add origin git@github.com:acme-tools/infra.git"),
    ("en", "Co-Authored-By: Claude <noreply@anthropic.com>"),
    ("en", "send a test to user@example.com and admin@example.org"),
    ("en", "In the movie he calls 555-0199 from a payphone."),
    ("en", "UK drama numbers look like 07700 900461 or 020 7946 0018."),
    ("en", "ssh ubuntu@192.168.1.20 -p 2222"),
    ("en", "DATABASE_HOST=10.0.4.17\nREDIS_HOST=172.16.0.9"),
    ("de", "Testkarte laut Doku: 5555 5555 5555 4444, Ablauf beliebig in der Zukunft"),
    ("en", "Use jane.doe@example.com as the placeholder in the signup form mockup."),
    ("en", "Example: +1 (555) 010-0142 is reserved for fiction, right?"),
    ("fr", "Pour les tests, utilisez la carte 4000 0025 0000 3155 (3-D Secure)."),
    ("en", "Signed-off-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"),
    ("en", "amex test number 378282246310005 works in sandbox only"),
    ("es", "En el entorno de pruebas usa test@example.net como remitente."),
    ("en", "curl http://127.0.0.1:8080/health && curl http://10.10.0.5:9090/metrics"),
    ("en", "const STRIPE_KEY = 'pk_test_TYooMQauvdEDq54NiTphI7jx';"),
    ("en", "contact: support@example.com / +44 20 7946 0321 (Ofcom drama range)"),
    ("ja", "テスト用カード 4242424242424242 を使ってください"),
    ("en", "Reserved docs IPs: 192.0.2.15, 198.51.100.7, 203.0.113.42"),
    ("en", "git clone git@gitlab.com:group/project.git"),
]
