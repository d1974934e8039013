# -*- coding: utf-8 -*-
"""holdout17 developer-material templates, part A: configuration, code and HTTP.

Each template is fn(rng, d) -> (text, lang); d is an h17_draw.Draw that records the labelled values.
Nothing here holds a password or a signing secret.
"""

NAMES = ["Laura Becker", "Tom Hughes", "Ana Ribeiro", "Kenji Mori", "Priya Das", "Jakub Novak", "Sofia Lind", "Omar Haddad",
         "Chen Jing", "Mateo Ruiz", "Ewa Lis", "Ines Duarte", "Noah Fischer", "Zainab Musa", "Lea Martin", "Arjun Rao"]
ORGS = ["acme", "northwind", "blueorbit", "tidepool", "quarkbase", "lumenly", "helio-labs", "fernway", "datapike", "orbitly"]


def _env_filler(r, n):
    pool = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "APP_NAME=%s-api" % r.choice(ORGS), "TZ=Europe/Berlin",
            "REDIS_URL=redis://localhost:6379/0", "FEATURE_NEW_CHECKOUT=true", "MAX_WORKERS=4", "DEBUG=false",
            "S3_BUCKET=%s-uploads-prod" % r.choice(ORGS), "AWS_REGION=eu-central-1", "SENTRY_ENVIRONMENT=staging",
            "PUBLIC_BASE_URL=https://app.%s.io" % r.choice(ORGS), "CACHE_TTL_SECONDS=300", "RATE_LIMIT_PER_MIN=120",
            "OTEL_SERVICE_NAME=checkout", "# --- third party ---", "# local only, do not commit", "ENABLE_METRICS=1"]
    return r.sample(pool, n)


def t_env_file(r, d):
    lines = _env_filler(r, r.randint(2, 5))
    k = d.key()
    lines.insert(r.randint(0, len(lines)), "%s=%s" % (k["env"], k["value"]) if r.random() < 0.8 else '%s="%s"' % (k["env"], k["value"]))
    if r.random() < 0.35:
        e = d.email(r.choice(["en", "de", "fr", "es"]), "corp")
        lines.insert(r.randint(0, len(lines)), r.choice(["SUPPORT_EMAIL", "ADMIN_EMAIL", "ALERT_EMAIL_TO", "MAIL_FROM"]) + "=" + e)
    head = r.choice(["", "here's my .env, the app says unauthorized on startup:\n", "contents of .env.production\n",
                     "why isn't dotenv picking these up?\n\n", "$ cat .env\n"])
    return head + "\n".join(lines), "en"


def t_shell_export(r, d):
    k = d.key()
    cmd = r.choice(["python main.py", "npm run dev", "uv run agent.py", "node scripts/sync.js", "go run ./cmd/worker"])
    err = r.choice(["Error: 401 Unauthorized", "AuthenticationError: invalid api key", "Traceback (most recent call last): ...",
                    "FATAL: could not authenticate with upstream", "403 Forbidden"])
    prompt = r.choice(["$ ", "~/dev/%s $ " % r.choice(ORGS), "PS C:\\Users\\dev> ", "❯ "])
    if prompt.startswith("PS"):
        ex = '%s$env:%s="%s"' % (prompt, k["env"], k["value"])
    else:
        ex = "%sexport %s=%s" % (prompt, k["env"], k["value"])
    return "%s\n%s%s\n%s" % (ex, prompt, cmd, err), "en"


def t_curl(r, d):
    for _ in range(20):
        k = d.key()
        c = __import__("h17_keys").curl(k)
        if c:
            break
        d.spans.pop()
    intro = r.choice(["this works in postman but not from my server:\n", "", "getting 401 with this, what's wrong?\n\n",
                      "Curl from the docs, modified:\n", "why does this return an empty list?\n"])
    out = r.choice(['{"error":{"message":"Unauthorized","code":401}}', "HTTP/2 403", "[]", '{"detail":"Invalid token"}', ""])
    return intro + c + ("\n" + out if out else ""), "en"


def t_python_client(r, d):
    k = d.key(styles=("bearer", "header", "token"))
    var = r.choice(["API_KEY", "api_key", "TOKEN", k["env"], "KEY"])
    style = k["style"][0]
    if style == "bearer":
        hdr = 'headers = {"Authorization": f"Bearer {%s}"}' % var
    elif style in ("header", "token"):
        hdr = 'headers = {"%s": %s}' % (k["style"][1] if style == "header" else "Authorization", var)
    else:
        hdr = "params = {\"key\": %s}" % var
    host = k["host"] or "api.example-service.net/v1/ping"
    code = "import requests\n\n%s = \"%s\"  # %s\n%s\nresp = requests.get(\"https://%s\", %s, timeout=10)\nprint(resp.status_code, resp.text[:200])" % (
        var, k["value"], k["service"], hdr, host, "headers=headers" if "headers" in hdr else "params=params")
    intro = r.choice(["", "```python\n", "my script:\n", "can you add retries to this?\n\n"])
    tail = "\n```" if intro == "```python\n" else ""
    return intro + code + tail, "en"


def t_node_fetch(r, d):
    k = d.key(styles=("bearer", "header", "token"))
    h = "Authorization" if k["style"][0] in ("bearer", "token") else (k["style"][1] if k["style"][0] == "header" else "Authorization")
    pre = "Bearer " if k["style"][0] == "bearer" else ("%s " % k["style"][1] if k["style"][0] == "token" else "")
    host = k["host"] or "api.internal.%s.dev/v1/health" % r.choice(ORGS)
    code = ("const %s = '%s';\n\nconst res = await fetch('https://%s', {\n  headers: { '%s': `%s${%s}` },\n});\n"
            "if (!res.ok) throw new Error(`HTTP ${res.status}`);") % (
        r.choice(["apiKey", "API_KEY", "token"]), k["value"], host, h, pre, r.choice(["apiKey", "API_KEY", "token"]))
    # keep the variable consistent
    name = code.split(" = ")[0].replace("const ", "")
    code = code.replace("${apiKey}", "${%s}" % name).replace("${API_KEY}", "${%s}" % name).replace("${token}", "${%s}" % name)
    return r.choice(["", "TypeError when I run this in edge runtime:\n", "```js\n"]) + code, "en"


def t_k8s_secret(r, d):
    k = d.key()
    k2 = d.key() if r.random() < 0.2 else None
    name = r.choice(ORGS) + "-" + r.choice(["api", "worker", "gateway", "bot"])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-secrets" % name, "  namespace: %s" % r.choice(["prod", "default", "staging", "apps"]),
             "type: Opaque", "stringData:", "  %s: %s" % (k["env"], k["value"] if r.random() < 0.6 else '"%s"' % k["value"])]
    if k2 and k2["env"] != k["env"]:
        lines.append("  %s: \"%s\"" % (k2["env"], k2["value"]))
    elif k2:
        d.spans.pop()
    return r.choice(["", "kubectl apply fails with this secret:\n", "---\n"]) + "\n".join(lines), "en"


def t_compose(r, d):
    k = d.key()
    svc = r.choice(["api", "worker", "bot", "backend"])
    lines = ["services:", "  %s:" % svc, "    image: ghcr.io/%s/%s:%s" % (r.choice(ORGS), svc, r.choice(["latest", "1.4.2", "main"])),
             "    environment:", "      - NODE_ENV=production", "      - %s=%s" % (k["env"], k["value"]), "    ports:", '      - "8080:8080"']
    return "\n".join(lines), "en"


def t_npmrc(r, d):
    k = d.key(shape="npm")
    scope = r.choice(["", "@%s:registry=https://registry.npmjs.org/\n" % r.choice(ORGS)])
    return r.choice(["my .npmrc:\n", "", "npm publish says 403, here is ~/.npmrc\n"]) + scope + "//registry.npmjs.org/:_authToken=%s\nalways-auth=true" % k["value"], "en"


def t_pypirc(r, d):
    k = d.key(shape="pypi")
    return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s" % k["value"], "en"


def t_aws_credentials(r, d):
    a = d.key(shape="aws_akid")
    s = d.key(shape="opaque_aws_secret")
    prof = r.choice(["default", "prod", "deploy"])
    return "~/.aws/credentials\n[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s" % (
        prof, a["value"], s["value"], r.choice(["us-east-1", "eu-west-1", "ap-southeast-2"])), "en"


def t_settings_py(r, d):
    k = d.key()
    e = d.email(r.choice(["en", "de", "es"]), "corp") if r.random() < 0.5 else None
    lines = ["# settings/production.py", "DEBUG = False", "ALLOWED_HOSTS = [\"api.%s.io\"]" % r.choice(ORGS)]
    if e:
        lines.append("DEFAULT_FROM_EMAIL = \"%s\"" % e)
    lines.append("%s = \"%s\"" % (k["env"], k["value"]))
    lines.append("CELERY_BROKER_URL = \"redis://localhost:6379/1\"")
    return "\n".join(lines), "en"


def t_appsettings(r, d):
    k = d.key()
    svc = k["service"].replace(" ", "")
    return ('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "%s": {\n    "ApiKey": "%s",\n    "TimeoutSeconds": 30\n  },\n'
            '  "AllowedHosts": "*"\n}') % (svc, k["value"]), "en"


def t_spring(r, d):
    k = d.key()
    prop = k["service"].lower().replace(" ", "-") + r.choice([".api-key", ".api.key", ".token"])
    return "server.port=8081\nspring.application.name=%s\n%s=%s\nmanagement.endpoints.web.exposure.include=health" % (
        r.choice(ORGS), prop, k["value"]), "en"


def t_tfvars(r, d):
    k = d.key()
    var = k["env"].lower()
    return 'region      = "eu-west-1"\nenvironment = "prod"\n%s = "%s"\ninstance_count = 3' % (var, k["value"]), "en"


def t_http_dump(r, d):
    k = d.key(styles=("bearer", "header", "token"))
    st = k["style"]
    if st[0] in ("bearer",):
        h = "Authorization: Bearer %s" % k["value"]
    elif st[0] == "header":
        h = "%s: %s" % (st[1], k["value"])
    elif st[0] == "token":
        h = "Authorization: %s %s" % (st[1], k["value"])
    else:
        h = "X-Api-Key: %s" % k["value"]
    host = (k["host"] or "api.%s.io/v1/status" % r.choice(ORGS)).split("/", 1)
    return "%s /%s HTTP/1.1\nHost: %s\nUser-Agent: %s\nAccept: application/json\n%s\nContent-Length: 0" % (
        r.choice(["GET", "POST"]), host[1] if len(host) > 1 else "", host[0],
        r.choice(["python-requests/2.32.3", "axios/1.7.2", "curl/8.5.0", "okhttp/4.12.0"]), h), "en"


def t_yaml_config(r, d):
    k = d.key()
    sect = k["service"].lower().replace(" ", "_")
    return "# config.yaml\nserver:\n  host: 0.0.0.0\n  port: 9000\n%s:\n  %s: %s\n  timeout: 15s\nlogging:\n  level: debug" % (
        sect, r.choice(["api_key", "token", "key"]), k["value"]), "en"


def t_jupyter(r, d):
    k = d.key()
    return "In [3]: import os\n   ...: os.environ[\"%s\"] = \"%s\"\n\nIn [4]: client = make_client()\nOut[4]: <Client ok>" % (k["env"], k["value"]), "en"


def t_go_snippet(r, d):
    k = d.key(styles=("bearer",))
    return ('package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst apiKey = "%s"\n\nfunc main() {\n\treq, _ := http.NewRequest("GET", os.Args[1], nil)\n'
            '\treq.Header.Set("Authorization", "Bearer "+apiKey)\n\thttp.DefaultClient.Do(req)\n}') % k["value"], "en"


def t_swift_snippet(r, d):
    k = d.key(styles=("bearer",))
    parts = k["env"].lower().split("_")
    ident = parts[0] + "".join(x.title() for x in parts[1:])
    return ('enum Secrets {\n    static let %s = "%s"\n}\n\nvar request = URLRequest(url: url)\nrequest.setValue("Bearer \\(Secrets.%s)", forHTTPHeaderField: "Authorization")') % (
        ident, k["value"], ident), "en"


def t_traceback_query(r, d):
    k = d.key(service=r.choice(["Google Maps", "Mapbox", "Etherscan", "OpenWeatherMap"]))
    st = k["style"]
    url = "https://" + k["host"] + ("&" if "?" in k["host"] else "?") + st[1] + "=" + k["value"]
    return ("Traceback (most recent call last):\n  File \"/app/jobs/refresh.py\", line %d, in run\n    resp.raise_for_status()\n"
            "  File \"/usr/lib/python3.11/site-packages/requests/models.py\", line 1024, in raise_for_status\n"
            "    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: %d Client Error: %s for url: %s") % (
        r.randint(20, 300), r.choice([401, 403, 429]), r.choice(["Unauthorized", "Forbidden", "Too Many Requests"]), url), "en"


def t_twilio_script(r, d):
    reg = r.choice(["US", "GB", "DE", "AU", "BR", "IN", "FR", "ES", "NL", "MX"])
    to = d.phone(reg, plus=True)
    return ("from twilio.rest import Client\n\nclient = Client(account_sid, auth_token)\nmsg = client.messages.create(\n"
            "    to=\"%s\",\n    from_=TWILIO_NUMBER,\n    body=\"Your appointment is confirmed for tomorrow 10:30\",\n)\nprint(msg.sid)") % to, "en"


def t_telegram_bot(r, d):
    k = d.key(shape="telegram_bot")
    return ("import telebot\n\nbot = telebot.TeleBot(\"%s\")\n\n@bot.message_handler(commands=['start'])\ndef start(m):\n    bot.reply_to(m, 'hi')\n\nbot.infinity_polling()" % k["value"]), "en"


DEV_A = [
    ("env_file", t_env_file, 9), ("shell_export", t_shell_export, 5), ("curl", t_curl, 8), ("python_client", t_python_client, 6),
    ("node_fetch", t_node_fetch, 4), ("k8s_secret", t_k8s_secret, 4), ("compose", t_compose, 3), ("npmrc", t_npmrc, 2),
    ("pypirc", t_pypirc, 1), ("aws_credentials", t_aws_credentials, 2), ("settings_py", t_settings_py, 3), ("appsettings", t_appsettings, 2),
    ("spring_props", t_spring, 2), ("tfvars", t_tfvars, 2), ("http_dump", t_http_dump, 3), ("yaml_config", t_yaml_config, 3),
    ("jupyter", t_jupyter, 2), ("go_snippet", t_go_snippet, 2), ("swift_snippet", t_swift_snippet, 1), ("traceback_query", t_traceback_query, 3),
    ("twilio_script", t_twilio_script, 2), ("telegram_bot", t_telegram_bot, 1),
]
