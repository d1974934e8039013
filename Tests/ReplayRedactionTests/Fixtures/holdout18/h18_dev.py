"""holdout18 developer templates. Each returns (text, [(kind, value, shape)])."""
import string
import h18_values as V

def _key(r):
    shape = r.choice(list(V.KEYS))
    v, svc = V.api_key(r, shape)
    return v, svc, shape

ENV_NAME = {"OpenAI": "OPENAI_API_KEY", "Anthropic": "ANTHROPIC_API_KEY", "AWS": "AWS_ACCESS_KEY_ID", "Google": "GOOGLE_API_KEY",
            "Stripe": "STRIPE_SECRET_KEY", "Slack": "SLACK_BOT_TOKEN", "GitHub": "GITHUB_TOKEN", "npm": "NPM_TOKEN",
            "SendGrid": "SENDGRID_API_KEY", "Hugging Face": "HF_TOKEN", "GitLab": "GITLAB_TOKEN", "Shopify": "SHOPIFY_ACCESS_TOKEN",
            "DigitalOcean": "DIGITALOCEAN_TOKEN", "Groq": "GROQ_API_KEY", "Replicate": "REPLICATE_API_TOKEN", "Perplexity": "PPLX_API_KEY",
            "xAI": "XAI_API_KEY", "OpenRouter": "OPENROUTER_API_KEY", "Notion": "NOTION_TOKEN", "Linear": "LINEAR_API_KEY",
            "Atlassian": "JIRA_API_TOKEN", "PyPI": "TWINE_PASSWORD", "Postman": "POSTMAN_API_KEY", "Figma": "FIGMA_TOKEN",
            "Airtable": "AIRTABLE_TOKEN", "Telegram": "TELEGRAM_BOT_TOKEN", "Supabase": "SUPABASE_SERVICE_ROLE_KEY",
            "New Relic": "NEW_RELIC_API_KEY", "Sentry": "SENTRY_AUTH_TOKEN", "Grafana": "GRAFANA_TOKEN", "Mapbox": "MAPBOX_SECRET_TOKEN",
            "Square": "SQUARE_ACCESS_TOKEN", "Brevo": "BREVO_API_KEY", "Doppler": "DOPPLER_TOKEN", "Mailgun": "MAILGUN_API_KEY",
            "Netlify": "NETLIFY_AUTH_TOKEN", "DeepSeek": "DEEPSEEK_API_KEY", "ElevenLabs": "ELEVENLABS_API_KEY"}

FILLER_ENV = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "REDIS_URL=redis://localhost:6379/0", "APP_REGION=eu-west-1",
              "FEATURE_NEW_CHECKOUT=false", "TZ=Europe/Berlin", "MAX_WORKERS=4", "CACHE_TTL=300"]


def dev_env(r):
    spans, lines = [], []
    for _ in range(r.choice([1, 1, 2])):
        v, svc, shape = _key(r)
        if any(s[1] == v for s in spans):
            continue
        lines.append("%s=%s" % (ENV_NAME[svc], v)); spans.append(("api_key", v, shape))
    if r.random() < 0.3:
        v, svc, env, hdr = V.opaque_key(r)
        lines.append("%s=%s" % (env, v)); spans.append(("api_key", v, "opaque_" + svc.lower().replace(" ", "_")))
    for f in r.sample(FILLER_ENV, r.randint(1, 3)):
        lines.insert(r.randint(0, len(lines)), f)
    pre = r.choice(["", "# .env\n", "here's my .env, why does the app still say the key is missing?\n\n", "$ cat .env.local\n"])
    return pre + "\n".join(lines), spans


def dev_aws(r):
    akid = "AKIA" + V.rs(r, V.B32, 16)
    sec = V.rs(r, string.ascii_letters + string.digits + "+/", 40)
    t = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s" % (akid, sec, r.choice(["us-east-1", "eu-central-1", "ap-southeast-2"]))
    if r.random() < 0.5:
        t = "~/.aws/credentials looks like this and boto3 still says InvalidClientTokenId:\n" + t
    return t, [("api_key", akid, "aws_akid"), ("api_key", sec, "aws_secret")]


def dev_curl(r):
    if r.random() < 0.7:
        v, svc, shape = _key(r)
        hdr = r.choice(["Authorization: Bearer %s", "Authorization: Bearer %s"]) % v
        if svc == "Anthropic":
            hdr = "x-api-key: " + v
    else:
        v, svc, env, h = V.opaque_key(r)
        shape = "opaque_" + svc.lower().replace(" ", "_")
        hdr = (h + ": " + v) if h else "Authorization: Bearer " + v
    url = r.choice(["https://api.%s.com/v1/models" % svc.lower().replace(" ", ""), "https://api.%s.io/v2/items?limit=20" % svc.lower().replace(" ", "")])
    t = "curl -sS %s \\\n  -H \"%s\" \\\n  -H \"Content-Type: application/json\"" % (url, hdr)
    if r.random() < 0.5:
        t = r.choice(["this returns 401, what am I missing?\n", "works in Postman but not in bash:\n", ""]) + t
    return t, [("api_key", v, shape)]


def dev_code(r):
    v, svc, shape = _key(r)
    t = r.choice([
        'import os\nfrom client import Client\n\nclient = Client(api_key=os.getenv("%s", "%s"))\nprint(client.ping())',
        'const client = new Client({\n  apiKey: "%s", // TODO move to env\n  timeout: 30_000,\n});',
        'let apiKey = "%s"\nvar request = URLRequest(url: endpoint)\nrequest.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")',
        'cfg := Config{\n\tToken:   "%s",\n\tBaseURL: baseURL,\n}',
    ])
    if t.count("%s") == 2:
        t = t % (ENV_NAME[svc], v)
    else:
        t = t % v
    return t, [("api_key", v, shape)]


def dev_opaque_cfg(r):
    v, svc, env, hdr = V.opaque_key(r)
    shape = "opaque_" + svc.lower().replace(" ", "_")
    slug = svc.lower().replace(" ", "_")
    t = r.choice([
        "%s:\n  enabled: true\n  api_key: %s\n  timeout_s: 10" % (slug, v),
        '{\n  "%s": {\n    "apiKey": "%s",\n    "region": "eu"\n  }\n}' % (slug, v),
        "export %s=%s" % (env, v),
        "[%s]\napi_token = \"%s\"\nretries = 3" % (slug, v),
        "settings.%s_API_KEY = '%s'" % (slug.upper(), v),
        "the %s dashboard gave me this key: %s - where do I put it in the config?" % (svc, v),
    ])
    return t, [("api_key", v, shape)]


def dev_k8s(r):
    v, svc, shape = _key(r)
    name = ENV_NAME[svc]
    t = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\n  namespace: %s\ntype: Opaque\nstringData:\n  %s: %s" % (
        svc.lower().replace(" ", "-"), r.choice(["default", "prod", "payments", "ml"]), name, v)
    return t, [("api_key", v, shape)]


def _person(r, lang="en"):
    b = lang if lang in V.NAMES else "en"
    return r.choice(V.NAMES[b]).capitalize(), r.choice(V.NAMES[b + "_last"]).capitalize()


def _phone_any(r):
    return V.phone(r, r.choice(list(V.PHONES)))


def dev_log(r):
    e, es = V.email(r, r.choice(["en", "de", "fr", "es", "pt_br"]))
    ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
    spans = [("email", e, es)]
    if r.random() < 0.5:
        p, ps = _phone_any(r)
        t = '%s INFO  [auth] otp sent channel=sms to="%s" user=%s attempt=1' % (ts, p, e)
        spans.append(("phone", p, ps))
    else:
        t = "%s WARN  mailer: bounce for <%s> (550 5.1.1 mailbox unavailable) msg_id=%s" % (ts, e, V.rs(r, V.HEX, 16))
    return t, spans


def dev_traceback(r):
    e, es = V.email(r, "en")
    t = ('Traceback (most recent call last):\n  File "/srv/app/signup.py", line %d, in register\n    send_welcome(user)\n'
         '  File "/srv/app/mail.py", line %d, in send_welcome\n    raise DeliveryError(f"rejected recipient {addr}")\n'
         'mail.DeliveryError: rejected recipient %s') % (r.randint(20, 300), r.randint(20, 200), e)
    return t, [("email", e, es)]


def dev_sql(r):
    lang = r.choice(["en", "de", "fr", "es", "it", "pl"])
    e, es = V.email(r, lang)
    p, ps = V.phone(r, r.choice(C_REG[lang]))
    f, l = _person(r, lang)
    t = "INSERT INTO customers (first_name, last_name, email, phone, created_at)\nVALUES ('%s', '%s', '%s', '%s', NOW());" % (f, l, e, p)
    return t, [("email", e, es), ("phone", p, ps)]


C_REG = {"en": ["US", "GB", "AU"], "de": ["DE", "AT"], "fr": ["FR", "BE"], "es": ["ES", "MX"], "it": ["IT"], "pl": ["PL"], "nl": ["NL"], "pt_br": ["BR"]}
CSV_HDR = {"en": "name,email,phone,plan", "de": "Name;E-Mail;Telefon;Tarif", "fr": "nom;courriel;téléphone;formule", "es": "nombre,correo,teléfono,plan",
           "it": "nome;email;telefono;piano", "pl": "imię;e-mail;telefon;pakiet", "nl": "naam;e-mail;telefoon;abonnement", "pt_br": "nome;email;telefone;plano"}


def dev_csv(r):
    lang = r.choice(list(CSV_HDR))
    hdr = CSV_HDR[lang]
    sep = "," if "," in hdr else ";"
    if r.random() < 0.3:
        hdr = hdr.replace(sep, "\t"); sep = "\t"
    e, es = V.email(r, lang)
    p, ps = V.phone(r, r.choice(C_REG[lang]))
    f, l = _person(r, lang.split("_")[0] if lang != "pt_br" else "pt")
    row = sep.join([f + " " + l, e, p, r.choice(["pro", "basic", "team"])])
    other = sep.join(["(empty)", "", "", "basic"]) if r.random() < 0.3 else None
    t = hdr + "\n" + row + ("\n" + other if other else "")
    t = r.choice(["", "dedupe this export please:\n", "why does Excel break this file?\n"]) + t
    return t, [("email", e, es), ("phone", p, ps)]


def dev_json(r):
    lang = r.choice(["en", "de", "fr", "es", "it", "pt_br", "nl"])
    e, es = V.email(r, lang)
    p, ps = V.phone(r, r.choice(C_REG.get(lang, ["US"])))
    t = '{\n  "customer": {\n    "id": "cus_%s",\n    "email": "%s",\n    "phone": "%s",\n    "locale": "%s"\n  },\n  "items": %d\n}' % (
        V.rs(r, V.ALNUM, 14), e, p, lang.replace("_", "-"), r.randint(1, 9))
    t = r.choice(["", "POST /api/orders body that fails validation:\n", "response from staging:\n"]) + t
    return t, [("email", e, es), ("phone", p, ps)]


def dev_signature(r):
    lang = r.choice(["en", "de", "fr", "es", "it", "nl", "pl"])
    f, l = _person(r, lang)
    e, es = V.email(r, lang, "org")
    p, ps = V.phone(r, r.choice(C_REG[lang]), intl=True)
    lab = {"en": ("Mobile", "Email"), "de": ("Mobil", "E-Mail"), "fr": ("Port.", "Courriel"), "es": ("Móvil", "Correo"),
           "it": ("Cell.", "Email"), "nl": ("Mobiel", "E-mail"), "pl": ("Tel. kom.", "E-mail")}[lang]
    t = "--\n%s %s\n%s\n%s: %s\n%s: %s" % (f, l, r.choice(["Head of Operations", "Senior Engineer", "Account Manager", "Projektleitung"]), lab[0], p, lab[1], e)
    t = r.choice(["make this signature look more professional:\n", "shorten my signature:\n", ""]) + t
    return t, [("phone", p, ps), ("email", e, es)], lang


def dev_webhook(r):
    e, es = V.email(r, r.choice(["en", "de", "fr", "es"]))
    t = ('{"type":"customer.updated","created":%d,"data":{"object":{"id":"cus_%s","email":"%s","livemode":true}}}'
         % (r.randint(1700000000, 1760000000), V.rs(r, V.ALNUM, 14), e))
    t = r.choice(["webhook handler crashes on this payload:\n", "", "got this from the queue, is the shape right?\n"]) + t
    return t, [("email", e, es)]


def dev_cardlog(r):
    net = r.choice(["visa", "mastercard", "amex", "discover", "jcb", "mastercard2"])
    c, cs = V.card(r, net, "plain")
    t = r.choice([
        "DEBUG payment.request pan=%s exp=%02d/%02d amount=%d.%02d currency=EUR",
        '{"level":"debug","msg":"tokenize","card_number":"%s","exp_month":%d,"exp_year":20%d,"amount":%d,"currency":"usd"}',
    ])
    if t.startswith("DEBUG"):
        t = t % (c, r.randint(1, 12), r.randint(26, 31), r.randint(5, 900), r.randint(0, 99))
    else:
        t = t % (c, r.randint(1, 12), r.randint(26, 31), r.randint(500, 90000))
    t = r.choice(["our logs contain this, how bad is it?\n", "found in prod logs:\n", ""]) + t
    return t, [("card", c, cs)]


DEV = [("dev_env", dev_env, 9), ("dev_aws", dev_aws, 2), ("dev_curl", dev_curl, 7), ("dev_code", dev_code, 6), ("dev_opaque_cfg", dev_opaque_cfg, 8),
       ("dev_k8s", dev_k8s, 3), ("dev_log", dev_log, 5), ("dev_traceback", dev_traceback, 3), ("dev_sql", dev_sql, 3), ("dev_csv", dev_csv, 4),
       ("dev_json", dev_json, 4), ("dev_signature", dev_signature, 3), ("dev_webhook", dev_webhook, 3), ("dev_cardlog", dev_cardlog, 3)]
