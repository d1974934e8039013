"""holdout16 developer-material templates. Each template is f(L) -> text, where L draws and records values."""
import h16_phones as PH
import h16_values as V
from h16_common import HEX, ALNUM

REGIONS_BY_LANG = {
    "en": ["US", "US", "US", "GB", "GB", "CA", "AU", "IE", "IN", "NG", "KE", "ZA", "SG", "NZ"],
    "de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE", "CH"], "es": ["ES", "ES", "MX", "AR", "CO", "CL", "PE"],
    "pt": ["BR", "BR", "PT"], "it": ["IT"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "nb": ["NO"],
    "fi": ["FI"], "tr": ["TR"], "ru": ["RU"], "uk": ["UA"], "ar": ["SA", "AE", "EG"], "he": ["IL"], "hi": ["IN"],
    "ja": ["JP"], "ko": ["KR"], "zh": ["CN", "CN", "TW", "HK"], "th": ["TH"], "vi": ["VN"], "id": ["ID"], "el": ["GR"],
    "cs": ["CZ"], "hu": ["HU"], "ro": ["RO"], "tl": ["PH"],
}
CARD_BIAS = {"ru": "mir", "hi": "rupay", "pt": "elo", "tr": "troy", "zh": "unionpay", "ja": "jcb", "da": "dankort"}


class Line:
    def __init__(self, rng, lang="en"):
        self.rng = rng
        self.lang = lang
        self.spans = []
        self.who = None

    def add(self, kind, value, shape):
        self.spans.append({"kind": kind, "value": value, "shape": shape})
        return value

    def phone(self, lang=None, region=None, typ=None, form=None):
        region = region or self.rng.choice(REGIONS_BY_LANG[lang or self.lang])
        v, shape = PH.draw_phone(self.rng, region, typ, form)
        return self.add("phone", v, shape)

    def email(self, lang=None, kind=None):
        who = self.who if self.who and self.rng.random() < 0.85 else None
        v, shape, person = V.draw_email(self.rng, lang or self.lang, kind, who)
        self.last_person = person
        return self.add("email", v, shape)

    def card(self, lang=None, style=None, net=None):
        lang = lang or self.lang
        if net is None and lang in CARD_BIAS and self.rng.random() < 0.4:
            net = CARD_BIAS[lang]
        v, shape, _ = V.draw_card(self.rng, net, style)
        return self.add("card", v, shape)

    def key(self, label_only=None, shapes=None):
        if shapes:
            spec = V.key_spec(self.rng.choice(shapes))
            v = spec[3](self.rng)
        else:
            v, spec = V.draw_key(self.rng, label_only)
        self.add("api_key", v, spec[0])
        return v, spec

    def person(self, lang=None):
        f, l = V.person(self.rng, lang or self.lang)
        self.who = (f, l)
        return f.capitalize() + " " + l.replace(".", " ").title()


def rhex(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def ralnum(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def host_of(url):
    return url.split("/")[2]


def path_of(url):
    return "/" + "/".join(url.split("/")[3:])


def auth_header(spec, key):
    """(header line text, or None when the key goes into the URL)"""
    a = spec[4]
    if a == "bearer":
        return "Authorization: Bearer " + key
    if a.startswith("h:"):
        return a[2:] + ": " + key
    if a == "token":
        return "Authorization: Token " + key
    if a == "deepl":
        return "Authorization: DeepL-Auth-Key " + key
    if a == "rawauth":
        return "Authorization: " + key
    return None


FILLER_ENV = ["NODE_ENV=production", "PORT=3000", "LOG_LEVEL=debug", "APP_URL=https://app.lumenfield.ai",
              "REDIS_URL=redis://localhost:6379/0", "TZ=Europe/Berlin", "SENTRY_ENVIRONMENT=staging",
              "FEATURE_NEW_CHECKOUT=true", "MAX_WORKERS=4", "DEBUG=false", "RATE_LIMIT_PER_MIN=120",
              "S3_BUCKET=invoices-prod-eu", "AWS_REGION=eu-central-1", "OPENAI_MODEL=gpt-4o-mini",
              "ANTHROPIC_MODEL=claude-sonnet-4-5", "CACHE_TTL=900", "NEXT_PUBLIC_SITE_NAME=Northwind Docs"]


def t_env(L):
    r = L.rng
    lines = r.sample(FILLER_ENV, r.randint(2, 5))
    k, spec = L.key()
    lines.insert(r.randint(0, len(lines)), "%s=%s" % (spec[2], k if r.random() < 0.7 else '"%s"' % k))
    if r.random() < 0.3:
        k2, spec2 = L.key()
        if spec2[2] != spec[2]:
            lines.insert(r.randint(0, len(lines)), "%s=%s" % (spec2[2], k2))
        else:
            L.spans.pop()
    head = r.choice(["", "# .env\n", "# local dev only\n", "$ cat .env\n", ".env.local:\n"])
    return head + "\n".join(lines)


MODELS = [("openai.com", "gpt-4o-mini"), ("anthropic.com", "claude-sonnet-4-5"), ("groq.com", "llama-3.3-70b-versatile"),
          ("mistral.ai", "mistral-small-latest"), ("perplexity.ai", "sonar"), ("x.ai", "grok-3-mini"), ("openrouter.ai", "openai/gpt-4o"),
          ("together.xyz", "meta-llama/Llama-3.3-70B-Instruct-Turbo"), ("cerebras.ai", "llama3.1-8b"), ("deepseek.com", "deepseek-chat"),
          ("cohere.com", "command-r-plus"), ("azure.com", "gpt-4o")]


def model_for(url):
    for host, model in MODELS:
        if host in url:
            return model
    return "gpt-4o-mini"


def t_curl(L):
    r = L.rng
    while True:
        k, spec = L.key()
        if spec[4] not in ("npmrc", "pypirc", "aws"):
            break
        L.spans.pop()
    url = spec[5]
    h = auth_header(spec, k)
    parts = ["curl"]
    if spec[4] == "basic":
        parts.append("-u %s:" % k)
    elif spec[4].startswith("q:"):
        url = url + ("&" if "?" in url else "?") + "%s=%s" % (spec[4][2:], k) + r.choice(["&q=Lisbon", "&units=metric", "&limit=5", ""])
        url = '"%s"' % url
    elif spec[4] == "tgurl":
        url = "https://api.telegram.org/bot%s/getUpdates" % k
    elif spec[4] == "basicpw":
        parts.append("-u %s:%s" % (L.email(kind="org"), k))
    if h:
        parts.append("-H '%s'" % h if r.random() < 0.5 else '-H "%s"' % h)
    body = ""
    if "chat/completions" in spec[5] or "messages" in spec[5] or "responses" in spec[5]:
        body = " -H 'Content-Type: application/json' -d '{\"model\": \"%s\", \"messages\": [{\"role\": \"user\", \"content\": \"ping\"}]}'" % model_for(spec[5])
    elif "mail/send" in spec[5] or "emails" in spec[5]:
        to = L.email()
        body = " -H 'Content-Type: application/json' -d '{\"to\": \"%s\", \"subject\": \"Your receipt\", \"html\": \"<p>Thanks!</p>\"}'" % to
    sep = r.choice([" ", " \\\n  "])
    cmd = sep.join(parts + [url]) + body
    if r.random() < 0.4:
        cmd = "$ " + cmd + "\n" + r.choice(['{"error":{"message":"Unauthorized","type":"invalid_request_error"}}',
                                             "HTTP/2 401", "curl: (6) Could not resolve host", '{"status":"ok"}', "HTTP/1.1 403 Forbidden"])
    return cmd


def t_python(L):
    r = L.rng
    k, spec = L.key()
    shape = spec[0]
    if shape.startswith("openai"):
        return "from openai import OpenAI\n\nclient = OpenAI(api_key=\"%s\")\nresp = client.chat.completions.create(model=\"gpt-4o\", messages=[{\"role\": \"user\", \"content\": prompt}])" % k
    if shape.startswith("anthropic"):
        return "import anthropic\nclient = anthropic.Anthropic(api_key='%s')\nmsg = client.messages.create(model='claude-sonnet-4-5', max_tokens=1024, messages=msgs)" % k
    if spec[4] == "basic":
        return "import requests\nr = requests.get(\"%s\", auth=(\"%s\", \"\"))\nprint(r.status_code, r.json())" % (spec[5], k)
    if spec[4].startswith("q:"):
        return "import requests\nparams = {\"%s\": \"%s\", \"q\": city}\nr = requests.get(\"%s\", params=params, timeout=10)\nr.raise_for_status()" % (spec[4][2:], k, spec[5])
    h = auth_header(spec, k)
    if h is None:
        return "import os\nos.environ[\"%s\"] = \"%s\"\n# then run the uploader" % (spec[2], k)
    name, val = h.split(": ", 1)
    if val.startswith("Bearer ") and r.random() < 0.6:
        return "import requests\n\n%s = \"%s\"\nheaders = {\"%s\": f\"Bearer {%s}\"}\nresp = requests.post(\"%s\", headers=headers, json=payload)\nprint(resp.status_code)" % (
            spec[2], k, name, spec[2], spec[5])
    return "import requests\nheaders = {\"%s\": \"%s\"}\nresp = requests.get(\"%s\", headers=headers)\nprint(resp.json())" % (name, val, spec[5])


def t_node(L):
    r = L.rng
    k, spec = L.key()
    shape = spec[0]
    if shape.startswith("anthropic"):
        return "import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic({ apiKey: '%s' });\nconst msg = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages });" % k
    if shape.startswith("openai"):
        return "const openai = new OpenAI({\n  apiKey: \"%s\",\n});\nconst res = await openai.responses.create({ model: \"gpt-4.1\", input });" % k
    h = auth_header(spec, k)
    if h is None or spec[4] == "basic":
        return "// config.js\nmodule.exports = {\n  %s: '%s',\n  timeoutMs: 8000,\n};" % (r.choice(["apiKey", "token", "accessToken"]), k)
    name, val = h.split(": ", 1)
    return "const res = await fetch('%s', {\n  method: 'POST',\n  headers: {\n    '%s': '%s',\n    'Content-Type': 'application/json',\n  },\n  body: JSON.stringify(body),\n});" % (spec[5], name, val)


def t_k8s(L):
    r = L.rng
    k, spec = L.key()
    name = r.choice(["api-credentials", "app-secrets", "llm-gateway-env", "worker-config"])
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: Opaque\nstringData:\n  %s: \"%s\"" % (
        name, r.choice(["default", "prod", "staging", "ml-platform"]), spec[2], k)


def t_compose(L):
    r = L.rng
    k, spec = L.key()
    svc = r.choice(["api", "worker", "bot", "ingest"])
    return "services:\n  %s:\n    image: ghcr.io/acme-tools/%s:1.8.2\n    environment:\n      - LOG_LEVEL=info\n      - %s=%s\n    ports:\n      - \"8080:8080\"" % (svc, svc, spec[2], k)


def t_mcp(L):
    r = L.rng
    opts = [("github", "GITHUB_PERSONAL_ACCESS_TOKEN", ["github_ghp", "github_pat"], "@modelcontextprotocol/server-github"),
            ("brave", "BRAVE_API_KEY", None, "@modelcontextprotocol/server-brave-search"),
            ("slack", "SLACK_BOT_TOKEN", ["slack_xoxb"], "@modelcontextprotocol/server-slack"),
            ("linear", "LINEAR_API_KEY", ["linear"], "mcp-linear"),
            ("notion", "NOTION_TOKEN", ["notion_ntn"], "@notionhq/notion-mcp-server"),
            ("firecrawl", "FIRECRAWL_API_KEY", ["firecrawl"], "firecrawl-mcp"),
            ("tavily", "TAVILY_API_KEY", ["tavily"], "tavily-mcp")]
    name, var, shapes, pkg = r.choice(opts)
    if shapes is None:
        k = "BSA" + ralnum(r, 28)
        L.add("api_key", k, "label_brave")
    else:
        k, _ = L.key(shapes=shapes)
    return '{\n  "mcpServers": {\n    "%s": {\n      "command": "npx",\n      "args": ["-y", "%s"],\n      "env": {\n        "%s": "%s"\n      }\n    }\n  }\n}' % (name, pkg, var, k)


def t_traceback(L):
    r = L.rng
    k, spec = L.key()
    line = r.randint(12, 240)
    if spec[4].startswith("q:"):
        url = spec[5] + "?%s=%s" % (spec[4][2:], k)
        return ("Traceback (most recent call last):\n  File \"/app/weather.py\", line %d, in fetch\n    r.raise_for_status()\n"
                "  File \"/usr/local/lib/python3.12/site-packages/requests/models.py\", line 1024, in raise_for_status\n"
                "    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: %s" % (line, url))
    return ("Traceback (most recent call last):\n  File \"/home/dev/proj/main.py\", line %d, in <module>\n    client = make_client(api_key=\"%s\")\n"
            "  File \"/home/dev/proj/client.py\", line 31, in make_client\n    raise AuthError(resp.status_code)\nclient.AuthError: 401" % (line, k))


def t_http_raw(L):
    r = L.rng
    while True:
        k, spec = L.key()
        h = auth_header(spec, k)
        if h:
            break
        L.spans.pop()
    return "%s %s HTTP/1.1\nHost: %s\n%s\nUser-Agent: python-httpx/0.27.2\nAccept: application/json\nContent-Length: %d" % (
        r.choice(["GET", "POST"]), path_of(spec[5]), host_of(spec[5]), h, r.randint(40, 900))


def t_yaml(L):
    r = L.rng
    k, spec = L.key()
    return "# config.yaml\nservice:\n  name: %s\n  region: %s\nproviders:\n  %s:\n    base_url: %s\n    api_key: %s\n    timeout: 30" % (
        r.choice(["summarizer", "ticket-router", "search-api"]), r.choice(["eu-west-1", "us-east-1"]),
        spec[1].lower().replace(" ", "_"), "https://" + host_of(spec[5]), k)


def t_terraform(L):
    r = L.rng
    k, spec = L.key(shapes=["label_cloudflare", "digitalocean", "label_datadog", "github_ghp", "label_vercel", "newrelic"])
    prov = {"label_cloudflare": ("cloudflare", "api_token"), "digitalocean": ("digitalocean", "token"),
            "label_datadog": ("datadog", "api_key"), "github_ghp": ("github", "token"), "label_vercel": ("vercel", "api_token"),
            "newrelic": ("newrelic", "api_key")}[spec[0]]
    return 'provider "%s" {\n  %s = "%s"\n}\n\nresource "%s_%s" "main" {\n  name = "prod"\n}' % (prov[0], prov[1], k, prov[0], r.choice(["record", "project", "monitor"]))


def t_npmrc(L):
    r = L.rng
    k, _ = L.key(shapes=["npm"])
    return r.choice(["$ cat ~/.npmrc\n", "# .npmrc\n", ""]) + "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true" % k


def t_pypirc(L):
    k, _ = L.key(shapes=["pypi"])
    return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s" % k


def t_aws(L):
    r = L.rng
    k, _ = L.key(shapes=["aws_akia", "aws_asia"])
    d = "%d-%02d-%02dT%02d:%02d:%02d+00:00" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    if k.startswith("AKIA") and r.random() < 0.6:
        return '$ aws iam list-access-keys --user-name ci-deployer\n{\n    "AccessKeyMetadata": [\n        {\n            "UserName": "ci-deployer",\n            "AccessKeyId": "%s",\n            "Status": "Active",\n            "CreateDate": "%s"\n        }\n    ]\n}' % (k, d)
    return "botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n[debug] using access key id %s from environment" % k


def t_shell_history(L):
    r = L.rng
    k, spec = L.key()
    n = r.randint(300, 1900)
    return "  %d  cd ~/code/%s\n  %d  export %s=%s\n  %d  python run_eval.py --limit 20\n  %d  git status" % (
        n, r.choice(["agent", "rag-demo", "infra", "scraper"]), n + 1, spec[2], k, n + 2, n + 3)


def t_notebook(L):
    k, spec = L.key()
    return "In [3]: import os\n   ...: os.environ[\"%s\"] = \"%s\"\n\nIn [4]: from langchain_community.llms import *" % (spec[2], k)


def t_telegram(L):
    r = L.rng
    k, _ = L.key(shapes=["telegram_bot"])
    chat = "-100" + "".join(r.choice("0123456789") for _ in range(10))
    return "requests.post(f\"https://api.telegram.org/bot%s/sendMessage\", data={\"chat_id\": \"%s\", \"text\": msg})" % (k, chat)


def t_gha(L):
    r = L.rng
    k, spec = L.key()
    return "name: nightly\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  run:\n    runs-on: ubuntu-latest\n    env:\n      %s: %s\n    steps:\n      - uses: actions/checkout@v4\n      - run: python scripts/nightly.py" % (spec[2], k)


# ---------------------------------------------------------------- personal-data material
CSV_HEAD = {
    "en": ("name", "email", "phone", "city"), "de": ("Name", "E-Mail", "Telefon", "Ort"), "fr": ("Nom", "Courriel", "Téléphone", "Ville"),
    "es": ("Nombre", "Correo", "Teléfono", "Ciudad"), "pt": ("Nome", "E-mail", "Telefone", "Cidade"), "it": ("Nome", "Email", "Telefono", "Città"),
    "nl": ("Naam", "E-mail", "Telefoon", "Plaats"), "pl": ("Imię i nazwisko", "E-mail", "Telefon", "Miasto"),
    "sv": ("Namn", "E-post", "Telefon", "Ort"), "tr": ("Ad Soyad", "E-posta", "Telefon", "Şehir"), "ru": ("ФИО", "Email", "Телефон", "Город"),
    "ja": ("氏名", "メール", "電話番号", "都市"), "ko": ("이름", "이메일", "전화번호", "도시"), "zh": ("姓名", "邮箱", "电话", "城市"),
}
CITIES = {"en": ["Leeds", "Austin", "Toronto", "Dublin", "Perth", "Pune"], "de": ["Köln", "Leipzig", "Graz", "Basel"], "fr": ["Lyon", "Nantes", "Liège", "Lausanne"],
          "es": ["Sevilla", "Valencia", "Guadalajara", "Rosario"], "pt": ["Campinas", "Porto", "Recife"], "it": ["Bologna", "Torino", "Bari"],
          "nl": ["Utrecht", "Gent", "Zwolle"], "pl": ["Kraków", "Gdańsk", "Poznań"], "sv": ["Malmö", "Uppsala"], "tr": ["İzmir", "Bursa"],
          "ru": ["Казань", "Пермь"], "ja": ["大阪", "福岡"], "ko": ["부산", "대구"], "zh": ["杭州", "成都"]}


def t_csv(L):
    r = L.rng
    lang = L.lang if L.lang in CSV_HEAD else "en"
    L.lang = lang
    head = CSV_HEAD[lang]
    sep = r.choice([",", ";", "\t"]) if lang != "en" else r.choice([",", ",", "\t"])
    rows = [sep.join(head)]
    nrows = r.choice([1, 1, 2])
    for i in range(nrows):
        who = L.person()
        if nrows == 2:
            e = L.email() if i == 0 or r.random() < 0.5 else ""
            p = L.phone() if e == "" else ""
        else:
            e = L.email() if r.random() < 0.7 else ""
            p = L.phone() if (e == "" or r.random() < 0.4) else ""
        rows.append(sep.join([who, e, p, r.choice(CITIES[lang])]))
    return "\n".join(rows)


SIG_TITLES = {"en": ["Account Manager", "Senior Data Engineer", "Office Manager", "Head of Operations"],
              "de": ["Projektleiterin", "Vertrieb Innendienst", "Geschäftsführer", "Teamleitung Buchhaltung"],
              "fr": ["Chargée de clientèle", "Responsable RH", "Chef de projet"], "es": ["Directora comercial", "Jefe de proyecto"],
              "pt": ["Gerente de contas", "Analista de dados"], "it": ["Responsabile acquisti", "Project manager"],
              "nl": ["Accountmanager", "Projectleider"], "ja": ["営業部 課長", "開発部"], "zh": ["销售经理", "项目经理"]}
SIG_WORDS = {"en": ("Mobile", "Tel", "Email"), "de": ("Mobil", "Tel.", "E-Mail"), "fr": ("Port.", "Tél.", "Courriel"),
             "es": ("Móvil", "Tel.", "Correo"), "pt": ("Celular", "Tel.", "E-mail"), "it": ("Cell.", "Tel.", "Email"),
             "nl": ("Mobiel", "Tel.", "E-mail"), "ja": ("携帯", "TEL", "Mail"), "zh": ("手机", "电话", "邮箱")}
EXT = {"en": [" ext. %d", " x%d", " Ext %d"], "de": [" (Durchwahl %d)", " DW %d"], "fr": [" poste %d"], "es": [" ext. %d"],
       "pt": [" ramal %d"], "it": [" int. %d"], "nl": [" toestel %d"], "ja": [" 内線%d"], "zh": [" 转%d"]}


CLOSING = {"en": "Best regards,", "de": "Mit freundlichen Grüßen", "fr": "Cordialement,", "es": "Saludos,", "pt": "Atenciosamente,",
           "it": "Cordiali saluti,", "nl": "Met vriendelijke groet,", "ja": "よろしくお願いいたします。", "zh": "此致"}
COMPANIES = ["Northwind Logistics", "Kestrel Health", "Alpensoft GmbH", "Atelier Lumière", "Brightwave Analytics", "Sakura Kogyo", "Groenhuys BV"]


def t_signature(L):
    r = L.rng
    lang = L.lang if L.lang in SIG_TITLES else "en"
    L.lang = lang
    mob, tel, mail = SIG_WORDS[lang]
    lines = [r.choice(["--", CLOSING[lang], CLOSING[lang]]), L.person(), r.choice(SIG_TITLES[lang]) + " | " + r.choice(COMPANIES)]
    what = r.choice(["phone", "phone+email", "phone+email", "email", "fix"])
    if what == "fix":
        lines.append("%s %s%s" % (tel, L.phone(typ="fix"), r.choice(EXT[lang]) % r.randint(10, 480)))
    elif "phone" in what:
        lines.append("%s %s" % (mob, L.phone(typ="mob")))
    if "email" in what:
        lines.append("%s: %s" % (mail, L.email(kind="org")))
    return "\n".join(lines)


def t_vcard(L):
    r = L.rng
    who = L.person()
    out = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + who, "N:%s;%s;;;" % (who.split(" ")[-1], who.split(" ")[0])]
    out.append("TEL;TYPE=CELL:" + L.phone(typ="mob"))
    if r.random() < 0.6:
        out.append("EMAIL;TYPE=INTERNET:" + L.email())
    out.append("END:VCARD")
    return "\n".join(out)


def t_sql(L):
    r = L.rng
    who = L.person()
    cid = r.randint(1000, 99999)
    if r.random() < 0.5:
        e = L.email()
        p = L.phone() if r.random() < 0.5 else None
        return "INSERT INTO customers (id, full_name, email, phone, created_at)\nVALUES (%d, '%s', '%s', %s, NOW());" % (cid, who.replace("'", "''"), e, "'%s'" % p if p else "NULL")
    e = L.email()
    return "mysql> SELECT id, email, status FROM users WHERE email LIKE '%%%s%%';\n+-------+%s+--------+\n| id    | email%s| status |\n+-------+%s+--------+\n| %-5d | %s | active |\n+-------+%s+--------+\n1 row in set (0.01 sec)" % (
        e.split("@")[1], "-" * (len(e) + 2), " " * (len(e) - 4), "-" * (len(e) + 2), cid, e, "-" * (len(e) + 2))


def t_applog(L):
    r = L.rng
    ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
    kind = r.choice(["email", "email", "phone", "phone", "both"])
    rid = rhex(r, 12)
    if kind == "email":
        return "%s INFO  [auth] signup ok user_id=%d email=%s plan=free request_id=%s" % (ts, r.randint(10000, 999999), L.email(), rid)
    if kind == "phone":
        return "%s WARN  [notify] sms delivery failed to=%s provider=twilio code=30003 request_id=%s" % (ts, L.phone(form="intl"), rid)
    return "%s DEBUG [crm] upsert contact {email: %s, phone: %s, source: web_form} request_id=%s" % (ts, L.email(), L.phone(), rid)


def t_payment_log(L):
    r = L.rng
    c = L.card()
    amt = r.randint(500, 250000)
    return r.choice([
        "DEBUG checkout.payload {\"amount\": %d, \"currency\": \"%s\", \"card_number\": \"%s\", \"exp\": \"%s\"}" % (amt, r.choice(["EUR", "USD", "GBP", "BRL"]), c, V.draw_expiry(r)),
        "[payment] tokenize request pan=%s exp_month=%d exp_year=%d -> gateway timeout after 30s" % (c, r.randint(1, 12), r.randint(2026, 2031)),
        "order %s: charge failed for card %s (do_not_honor)" % ("ORD-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + "-" + str(r.randint(100, 999)), c),
    ])


def t_webhook(L):
    r = L.rng
    cus = "cus_" + ralnum(r, 14)
    e = L.email()
    p = L.phone(form="intl") if r.random() < 0.5 else None
    return '{\n  "id": "evt_%s",\n  "type": "customer.created",\n  "data": {\n    "object": {\n      "id": "%s",\n      "email": "%s",\n      "phone": %s,\n      "currency": "eur"\n    }\n  }\n}' % (
        ralnum(r, 24), cus, e, '"%s"' % p if p else "null")


def t_crm_json(L):
    r = L.rng
    who = L.person()
    p = L.phone()
    e = L.email(kind="org") if r.random() < 0.5 else None
    return '{"contact": {"name": "%s", "phone": "%s"%s, "owner_id": %d, "stage": "%s"}}' % (
        who, p, (', "email": "%s"' % e) if e else "", r.randint(100, 999), r.choice(["lead", "qualified", "customer"]))


EXPENSE_HEAD = {"en": "Date\tMerchant\tAmount\tCard", "de": "Datum\tHändler\tBetrag\tKarte", "fr": "Date\tCommerçant\tMontant\tCarte",
                "es": "Fecha\tComercio\tImporte\tTarjeta", "nl": "Datum\tWinkel\tBedrag\tKaart", "pt": "Data\tEstabelecimento\tValor\tCartão"}


def t_expense(L):
    r = L.rng
    lang = L.lang if L.lang in EXPENSE_HEAD else "en"
    L.lang = lang
    c = L.card()
    d = "%02d.%02d.2025" % (r.randint(1, 28), r.randint(1, 12)) if lang in ("de", "nl") else "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    return "%s\n%s\t%s\t%d,%02d\t%s" % (EXPENSE_HEAD[lang], d, r.choice(["Deutsche Bahn", "Lufthansa", "Hotel Ibis", "Uber", "Renfe", "SNCF"]), r.randint(12, 900), r.randint(0, 99), c)


def t_gitconfig(L):
    who = L.person()
    return "[user]\n\tname = %s\n\temail = %s\n[core]\n\teditor = nvim\n[pull]\n\trebase = true" % (who, L.email())


def t_form_dump(L):
    r = L.rng
    who = L.person()
    parts = ["name=" + who.replace(" ", "+"), "email=" + L.email()]
    if r.random() < 0.5:
        for _ in range(6):
            p = L.phone(form="nat")
            if all(c.isdigit() or c in "-." for c in p):
                parts.append("tel=" + p)
                break
            L.spans.pop()
    parts.append("consent=on")
    return "POST /contact HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n" + "&".join(parts)


KEY_TEMPLATES = [("env", t_env, 10), ("curl", t_curl, 10), ("python", t_python, 7), ("node", t_node, 6), ("k8s_secret", t_k8s, 4),
                 ("compose", t_compose, 3), ("mcp_config", t_mcp, 4), ("traceback", t_traceback, 4), ("http_raw", t_http_raw, 3),
                 ("yaml", t_yaml, 3), ("terraform", t_terraform, 2), ("npmrc", t_npmrc, 1), ("pypirc", t_pypirc, 1), ("aws", t_aws, 3),
                 ("shell_history", t_shell_history, 2), ("notebook", t_notebook, 2), ("telegram", t_telegram, 1), ("gha", t_gha, 2)]
PII_TEMPLATES = [("csv", t_csv, 6), ("signature", t_signature, 7), ("vcard", t_vcard, 3), ("sql", t_sql, 5), ("applog", t_applog, 7),
                 ("payment_log", t_payment_log, 9), ("webhook", t_webhook, 4), ("crm_json", t_crm_json, 4), ("expense", t_expense, 6),
                 ("gitconfig", t_gitconfig, 2), ("form_dump", t_form_dump, 2)]

# short human lead-ins pasted above dev material (lang, text)
LEADINS = [
    ("en", "why is this failing?"), ("en", "can you clean this up"), ("en", "what's wrong here"), ("en", "convert this to json pls"),
    ("de", "warum geht das nicht?"), ("de", "kannst du das aufräumen?"), ("fr", "pourquoi ça plante ?"), ("fr", "tu peux reformater ça ?"),
    ("es", "¿por qué falla esto?"), ("es", "ordena esto porfa"), ("pt", "por que isso não funciona?"), ("pt", "organiza isso pra mim"),
    ("it", "perché non funziona?"), ("nl", "waarom werkt dit niet?"), ("pl", "czemu to nie działa?"), ("ru", "почему это не работает?"),
    ("ru", "приведи в порядок"), ("ja", "これ動かないんだけどなんで？"), ("ja", "整形して"), ("zh", "这个为什么报错？"), ("zh", "帮我整理一下"),
    ("ko", "이거 왜 안 돼?"), ("tr", "bu neden çalışmıyor?"), ("uk", "чому це не працює?"), ("id", "kenapa ini error?"),
    ("vi", "sao cái này lỗi vậy?"), ("hi", "ye kaam kyun nahi kar raha?"), ("ar", "ليش هذا ما يشتغل؟"), ("he", "למה זה לא עובד?"),
    ("sv", "varför funkar inte det här?"), ("cs", "proč to nefunguje?"), ("el", "γιατί δεν δουλεύει αυτό;"), ("th", "ทำไมอันนี้ error"),
]
