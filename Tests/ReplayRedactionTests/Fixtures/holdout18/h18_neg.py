"""holdout18 negatives: documentation/test values (n_policy) and look-alikes. No names, no passwords."""
import string
import h18_values as V
D = string.digits

def _d(r, n):
    return "".join(r.choice(D) for _ in range(n))

def n_policy(r):
    return r.choice([
        "Use the test card 4242 4242 4242 4242 with any future expiry and any CVC in Stripe test mode.",
        "For the sandbox, 4111 1111 1111 1111 always approves and 4000 0000 0000 0002 is declined.",
        "The docs example uses AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.",
        "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # from the Stripe docs quickstart",
        "Replace user@example.com with the address you want to test, e.g. admin@example.org.",
        "In the film the number on the billboard is (555) 010-%s, which is reserved for fiction." % r.choice(["0142", "0199", "0173"]),
        "Ofcom drama number for the script: 07700 900%s" % r.choice(["123", "461", "982"]),
        "The service listens on 10.0.%d.%d and the db on 192.168.1.%d" % (r.randint(0, 9), r.randint(2, 250), r.randint(2, 250)),
        "git remote add origin git@github.com:acme-tools/billing-service.git",
        "Co-Authored-By: Claude <noreply@anthropic.com>",
        "mail bounced: postmaster@localhost said mailbox full (test env)",
        "Call 555-0100 through 555-0199 only in examples, per the NANP fiction range.",
    ])

def n_order(r):
    while True:
        n = r.choice(["ORD-", "Invoice #", "Bestellnummer ", "N° de commande ", "Tracking: 1Z"]) 
        if n.endswith("1Z"):
            body = V.rs(r, string.ascii_uppercase + D, 16)
        else:
            body = _d(r, r.choice([14, 15, 16]))
            if V.luhn_ok(body):
                continue
        return r.choice(["where is my package? %s%s", "the supplier says %s%s was paid twice", "can you draft a reminder for %s%s"]) % (n, body)

def n_epoch(r):
    s = r.randint(1600000000, 1770000000)
    return r.choice(["created_at: %d" % s, "ts=%d%03d level=info msg=\"cache warmed\"" % (s, r.randint(0, 999)), "convert %d to a date in Tokyo time" % s])

def n_dates(r):
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    return r.choice(["Termin am %02d.%02d.%d um %02d:%02d Uhr" % (d, m, y, r.randint(8, 18), r.choice([0, 15, 30, 45])),
                     "le rendez-vous est le %02d/%02d/%d" % (d, m, y), "deadline %d-%02d-%02dT17:00:00+02:00" % (y, m, d),
                     "%d年%d月%d日に出発します" % (y, m, d), "reunión el %d de %s de %d" % (d, r.choice(["marzo", "julio", "octubre"]), y),
                     "between %d-%02d-%02d and %d-%02d-%02d, how many working days?" % (y, m, d, y, m, min(28, d + 9))])

def n_versions(r):
    return r.choice(["bumped to v%d.%d.%d (build %d)" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 40), r.randint(1000, 99999)),
                     "pip install torch==2.%d.%d+cu12%d" % (r.randint(0, 6), r.randint(0, 3), r.randint(1, 8)),
                     "Xcode %d.%d (%dE%d%s)" % (r.randint(14, 16), r.randint(0, 4), r.randint(14, 16), r.randint(100, 300), r.choice("abcd")),
                     "kernel 6.%d.%d-%d-generic" % (r.randint(1, 11), r.randint(0, 60), r.randint(10, 200))])

def n_hashes(r):
    return r.choice(["commit %s" % V.rs(r, V.HEX, 40), "sha256:%s" % V.rs(r, V.HEX, 64),
                     "integrity=\"sha384-%s\"" % V.rs(r, V.ALNUM + "+/", 64), "md5 %s  backup.tar.gz" % V.rs(r, V.HEX, 32),
                     "git cherry-pick %s" % V.rs(r, V.HEX, 12)])

def n_llm_ids(r):
    return r.choice(['"id": "msg_01%s"' % V.rs(r, V.ALNUM, 22), "tool_use_id toolu_01%s failed" % V.rs(r, V.ALNUM, 22),
                     "chatcmpl-%s finished with stop" % V.rs(r, V.ALNUM, 29), "request-id: req_011C%s" % V.rs(r, V.ALNUM, 20),
                     '"call_id": "call_%s"' % V.rs(r, V.ALNUM, 24), "resp_%s status=completed" % V.rs(r, V.HEX, 48),
                     "batch_%s is still validating" % V.rs(r, V.HEX, 32), "uploaded file-%s" % V.rs(r, V.ALNUM, 22)])

def n_masked(r):
    return r.choice(["card ending in %s" % _d(r, 4), "**** **** **** %s" % _d(r, 4), "sk-...%s" % V.rs(r, V.ALNUM, 4),
                     "j***@g****.com", "+49 *** *** %s" % _d(r, 2), "xxxx-xxxx-xxxx-%s" % _d(r, 4), "key: ****************%s" % V.rs(r, V.ALNUM, 4)])

def n_placeholders(r):
    return r.choice(["OPENAI_API_KEY=sk-...", "Authorization: Bearer <your-api-key>", "api_key: ${{ secrets.API_KEY }}",
                     "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "export ANTHROPIC_API_KEY=\"your-key-here\"",
                     "STRIPE_SECRET_KEY=sk_live_REPLACE_ME", "phone: +1 (XXX) XXX-XXXX", "email: <you@your-domain>", "token = os.environ[\"HF_TOKEN\"]"])

def n_coords(r):
    return r.choice(["%.6f, %.6f" % (r.uniform(-60, 70), r.uniform(-170, 170)), "lat=%.5f&lon=%.5f" % (r.uniform(30, 60), r.uniform(-10, 30)),
                     "GPS %d°%d'%d\"N %d°%d'%d\"E" % (r.randint(0, 89), r.randint(0, 59), r.randint(0, 59), r.randint(0, 179), r.randint(0, 59), r.randint(0, 59))])

def n_isbn(r):
    b = "978" + _d(r, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    isbn = b + str((10 - s % 10) % 10)
    return r.choice(["ISBN %s-%s-%s-%s-%s" % (isbn[:3], isbn[3], isbn[4:8], isbn[8:12], isbn[12]), "EAN %s on the shelf label" % isbn, "cite the book with ISBN %s" % isbn])

def n_company(r):
    return r.choice(["Amtsgericht München HRB %d, USt-IdNr. DE%s" % (r.randint(10000, 299999), _d(r, 9)), "KvK %s, BTW NL%sB01" % (_d(r, 8), _d(r, 9)),
                     "Companies House no. %s" % _d(r, 8), "SIRET %s %s %s %s" % (_d(r, 3), _d(r, 3), _d(r, 3), _d(r, 5)), "CNPJ %s.%s.%s/0001-%s" % (_d(r, 2), _d(r, 3), _d(r, 3), _d(r, 2)),
                     "ABN %s %s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 3), _d(r, 3))])

def n_at(r):
    return r.choice(["@channel deploy at 5pm", "npm i @types/node@20.%d.%d" % (r.randint(0, 17), r.randint(0, 9)), "@Override public String toString()",
                     "meet @ 3pm near gate B%d" % r.randint(1, 40), "* @param limit max rows", "@media (max-width: 768px) { .nav { display: none } }",
                     "docker pull python@sha256:%s" % V.rs(r, V.HEX, 64), "ping @oncall-infra in the thread", "2 kg @ €%d.%02d" % (r.randint(1, 20), r.randint(0, 99))])

def n_metrics(r):
    return r.choice(["p99 latency %d ms, throughput %d req/s, errors %.2f%%" % (r.randint(80, 900), r.randint(1000, 90000), r.uniform(0, 3)),
                     "total_tokens=%d prompt_tokens=%d" % (r.randint(1000, 90000), r.randint(100, 900)),
                     "revenue Q%d: %d %03d %03d EUR" % (r.randint(1, 4), r.randint(1, 99), r.randint(0, 999), r.randint(0, 999)),
                     "bytes_sent=%d bytes_recv=%d" % (r.randint(10**9, 10**12), r.randint(10**9, 10**12))])

def n_misc_ids(r):
    return r.choice(["trace_id=%s span_id=%s" % (V.rs(r, V.HEX, 32), V.rs(r, V.HEX, 16)), "session %s-%s-4%s-a%s-%s" % (V.rs(r, V.HEX, 8), V.rs(r, V.HEX, 4), V.rs(r, V.HEX, 3), V.rs(r, V.HEX, 3), V.rs(r, V.HEX, 12)),
                     "booking reference %s" % V.rs(r, string.ascii_uppercase + "23456789", 6), "container %s exited with code 137" % V.rs(r, V.HEX, 12),
                     "Zoom meeting ID: %s %s %s" % (_d(r, 3), _d(r, 4), _d(r, 4)), "IBAN check failed for row %d" % r.randint(2, 900)])

def n_code(r):
    return r.choice(["EMAIL_RE = re.compile(r\"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$\")", "func isValidPhone(_ s: String) -> Bool { s.filter(\\.isNumber).count >= 7 }",
                     "def luhn(n): return sum(digits(n)[-1::-2]) % 10 == 0  # incomplete", "if !cardRegex.test(input) { showError('invalid card') }",
                     "validates :email, format: { with: URI::MailTo::EMAIL_REGEXP }"])

NEG = [("n_order", n_order, 16), ("n_epoch", n_epoch, 13), ("n_dates", n_dates, 16), ("n_versions", n_versions, 13), ("n_hashes", n_hashes, 15),
       ("n_llm_ids", n_llm_ids, 17), ("n_masked", n_masked, 14), ("n_placeholders", n_placeholders, 15), ("n_coords", n_coords, 11),
       ("n_isbn", n_isbn, 10), ("n_company", n_company, 12), ("n_at", n_at, 13), ("n_metrics", n_metrics, 11), ("n_misc_ids", n_misc_ids, 15), ("n_code", n_code, 10)]
