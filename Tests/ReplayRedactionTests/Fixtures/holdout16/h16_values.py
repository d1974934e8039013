"""holdout16 value generators: cards, API keys, e-mail addresses (phones are in h16_phones)."""
from h16_common import (ALNUM, HEX, B64URL, luhn_check_digit, luhn_ok, crc_suffix, TEST_CARDS)

UPPER32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- cards
# (network, [IIN prefixes], [lengths], weight)
CARD_NETS = [
    ("visa", ["4"], [16, 16, 16, 16, 16, 16, 16, 16, 16, 13], 10),
    ("mc", ["51", "52", "53", "54", "55", "2221", "2300", "2470", "2610", "2720"], [16], 8),
    ("amex", ["34", "37"], [15], 5),
    ("discover", ["6011", "644", "645", "649", "65"], [16, 16, 19], 3),
    ("diners", ["300", "301", "305", "36", "38"], [14], 2),
    ("jcb", ["3528", "3530", "3548", "3566", "3569", "3589"], [16, 16, 19], 3),
    ("unionpay", ["621", "622", "623", "625", "628"], [16, 19], 3),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [16, 18, 19], 2),
    ("mir", ["2200", "2201", "2202", "2203", "2204"], [16], 2),
    ("rupay", ["6070", "6080", "6521", "6522", "8172", "5081"], [16], 2),
    ("elo", ["636368", "438935", "504175", "451416", "636297", "509066", "650031"], [16], 2),
    ("hipercard", ["606282", "384100"], [16], 1),
    ("troy", ["9792"], [16], 1),
    ("verve", ["5061", "6500"], [16, 19], 1),
    ("dankort", ["5019"], [16], 1),
]

GROUPS = {13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 18: [4, 4, 4, 4, 2], 19: [4, 4, 4, 4, 3]}


def draw_card_number(rng, net=None):
    if net is None:
        net = rng.choices([n[0] for n in CARD_NETS], weights=[n[3] for n in CARD_NETS])[0]
    for name, prefixes, lengths, _w in CARD_NETS:
        if name == net:
            break
    while True:
        p = rng.choice(prefixes)
        ln = rng.choice(lengths)
        body = p + rs(rng, "0123456789", ln - len(p) - 1)
        num = body + luhn_check_digit(body)
        if num in TEST_CARDS or "0000" in num[6:] or "1111" in num or len(set(num[6:])) < 5:
            continue
        assert luhn_ok(num)
        return net, num


def format_card(rng, num, style=None):
    if style is None:
        style = rng.choices(["spaced", "plain", "dashed"], weights=[5, 4, 2])[0]
    if style == "plain":
        return num, style
    groups = GROUPS[len(num)]
    if len(num) == 19 and rng.random() < 0.3:
        groups = [6, 13]
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    return (" " if style == "spaced" else "-").join(parts), style


def draw_card(rng, net=None, style=None):
    net, num = draw_card_number(rng, net)
    val, st = format_card(rng, num, style)
    return val, "%s%d_%s" % (net, len(num), st), num


def draw_expiry(rng):
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))


# ---------------------------------------------------------------- API keys
def _gh(prefix):
    def g(rng):
        body = rs(rng, ALNUM, 30)
        return prefix + body + crc_suffix(body)
    return g


def _npm(rng):
    body = rs(rng, ALNUM, 30)
    return "npm_" + body + crc_suffix(body)


def _oa(prefix, n):
    return lambda rng: prefix + rs(rng, B64URL, n) + "T3BlbkFJ" + rs(rng, B64URL, n)


def _ant(prefix):
    return lambda rng: prefix + rs(rng, B64URL, 93) + "AA"


def _slack_bot(rng):
    return "xoxb-%s-%s-%s" % (rs(rng, "0123456789", rng.choice([10, 11, 12])), rs(rng, "0123456789", 13), rs(rng, ALNUM, 24))


def _slack_user(rng):
    return "xoxp-%s-%s-%s-%s" % (rs(rng, "0123456789", 11), rs(rng, "0123456789", 11), rs(rng, "0123456789", 13), rs(rng, HEX, 32))


def _telegram(rng):
    return "%d%s:AA%s" % (rng.randint(5, 8), rs(rng, "0123456789", 9), rs(rng, B64URL, 33))


def _uuid(rng):
    h = rs(rng, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


# (shape, provider, env var, generator, auth usage, endpoint, label_only)
#   auth: "bearer" | "h:<Header-Name>" | "q:<param>" | "basic" (key as user) | "token" (Authorization: Token)
KEY_SPECS = [
    ("openai_proj", "OpenAI", "OPENAI_API_KEY", _oa("sk-proj-", 74), "bearer", "https://api.openai.com/v1/chat/completions", False),
    ("openai_svcacct", "OpenAI", "OPENAI_API_KEY", _oa("sk-svcacct-", 74), "bearer", "https://api.openai.com/v1/responses", False),
    ("openai_legacy", "OpenAI", "OPENAI_API_KEY", _oa("sk-", 20), "bearer", "https://api.openai.com/v1/embeddings", False),
    ("anthropic_api03", "Anthropic", "ANTHROPIC_API_KEY", _ant("sk-ant-api03-"), "h:x-api-key", "https://api.anthropic.com/v1/messages", False),
    ("anthropic_admin01", "Anthropic", "ANTHROPIC_ADMIN_KEY", _ant("sk-ant-admin01-"), "h:x-api-key", "https://api.anthropic.com/v1/organizations/api_keys", False),
    ("github_ghp", "GitHub", "GITHUB_TOKEN", _gh("ghp_"), "bearer", "https://api.github.com/user/repos", False),
    ("github_gho", "GitHub", "GH_TOKEN", _gh("gho_"), "bearer", "https://api.github.com/user", False),
    ("github_ghs", "GitHub", "GITHUB_TOKEN", _gh("ghs_"), "bearer", "https://api.github.com/repos/acme-tools/infra/issues", False),
    ("github_ghu", "GitHub", "GITHUB_TOKEN", _gh("ghu_"), "bearer", "https://api.github.com/user/installations", False),
    ("github_pat", "GitHub", "GITHUB_PAT", lambda r: "github_pat_11" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20) + "_" + rs(r, ALNUM, 59), "bearer", "https://api.github.com/repos", False),
    ("gitlab_glpat", "GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, B64URL, 20), "h:PRIVATE-TOKEN", "https://gitlab.com/api/v4/projects", False),
    ("slack_xoxb", "Slack", "SLACK_BOT_TOKEN", _slack_bot, "bearer", "https://slack.com/api/chat.postMessage", False),
    ("slack_xoxp", "Slack", "SLACK_USER_TOKEN", _slack_user, "bearer", "https://slack.com/api/conversations.list", False),
    ("stripe_sk_live", "Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, ALNUM, 97), "basic", "https://api.stripe.com/v1/charges", False),
    ("stripe_rk_live", "Stripe", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + rs(r, ALNUM, 97), "basic", "https://api.stripe.com/v1/customers", False),
    ("aws_akia", "AWS", "AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rs(r, UPPER32, 16), "aws", "https://sts.amazonaws.com/", False),
    ("aws_asia", "AWS", "AWS_ACCESS_KEY_ID", lambda r: "ASIA" + rs(r, UPPER32, 16), "aws", "https://sts.amazonaws.com/", False),
    ("google_aiza", "Google Maps", "GOOGLE_MAPS_API_KEY", lambda r: "AIza" + rs(r, B64URL, 35), "q:key", "https://maps.googleapis.com/maps/api/geocode/json", False),
    ("gemini_aiza", "Gemini", "GEMINI_API_KEY", lambda r: "AIza" + rs(r, B64URL, 35), "h:x-goog-api-key", "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent", False),
    ("google_ya29", "Google", "GOOGLE_ACCESS_TOKEN", lambda r: "ya29.a0" + rs(r, B64URL, 150), "bearer", "https://www.googleapis.com/drive/v3/files", False),
    ("sendgrid", "SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), "bearer", "https://api.sendgrid.com/v3/mail/send", False),
    ("mailgun_key", "Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + rs(r, HEX, 32), "basic", "https://api.mailgun.net/v3/mg.example.net/messages", False),
    ("mailchimp", "Mailchimp", "MAILCHIMP_API_KEY", lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(2, 21)), "basic", "https://us6.api.mailchimp.com/3.0/lists", False),
    ("huggingface", "Hugging Face", "HF_TOKEN", lambda r: "hf_" + rs(r, LETTERS, 34), "bearer", "https://huggingface.co/api/whoami-v2", False),
    ("npm", "npm", "NPM_TOKEN", _npm, "npmrc", "https://registry.npmjs.org/", False),
    ("pypi", "PyPI", "PYPI_TOKEN", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 160), "pypirc", "https://upload.pypi.org/legacy/", False),
    ("shopify_shpat", "Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32), "h:X-Shopify-Access-Token", "https://my-store.myshopify.com/admin/api/2024-10/orders.json", False),
    ("digitalocean", "DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, HEX, 64), "bearer", "https://api.digitalocean.com/v2/droplets", False),
    ("groq", "Groq", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, ALNUM, 52), "bearer", "https://api.groq.com/openai/v1/chat/completions", False),
    ("replicate", "Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, ALNUM, 37), "bearer", "https://api.replicate.com/v1/predictions", False),
    ("perplexity", "Perplexity", "PERPLEXITY_API_KEY", lambda r: "pplx-" + rs(r, ALNUM, 48), "bearer", "https://api.perplexity.ai/chat/completions", False),
    ("xai", "xAI", "XAI_API_KEY", lambda r: "xai-" + rs(r, ALNUM, 80), "bearer", "https://api.x.ai/v1/chat/completions", False),
    ("linear", "Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, ALNUM, 40), "rawauth", "https://api.linear.app/graphql", False),
    ("notion_ntn", "Notion", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, ALNUM, 46), "bearer", "https://api.notion.com/v1/databases", False),
    ("telegram_bot", "Telegram", "TELEGRAM_BOT_TOKEN", _telegram, "tgurl", "https://api.telegram.org", False),
    ("atlassian", "Jira", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, "0123456789ABCDEF", 8), "basicpw", "https://acme-tools.atlassian.net/rest/api/3/search", False),
    ("postman", "Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34), "h:X-Api-Key", "https://api.getpostman.com/collections", False),
    ("figma", "Figma", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, B64URL, 40), "h:X-Figma-Token", "https://api.figma.com/v1/files/k3Jd8QvP2mX", False),
    ("airtable", "Airtable", "AIRTABLE_API_KEY", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64), "bearer", "https://api.airtable.com/v0/appQ3x9LmN2pR7tV1/Tasks", False),
    ("sentry_user", "Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + rs(r, HEX, 64), "bearer", "https://sentry.io/api/0/projects/", False),
    ("supabase_sbp", "Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + rs(r, HEX, 40), "bearer", "https://api.supabase.com/v1/projects", False),
    ("openrouter", "OpenRouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + rs(r, HEX, 64), "bearer", "https://openrouter.ai/api/v1/chat/completions", False),
    ("langsmith", "LangSmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10), "h:x-api-key", "https://api.smith.langchain.com/runs", False),
    ("tavily", "Tavily", "TAVILY_API_KEY", lambda r: "tvly-dev-" + rs(r, ALNUM, 32), "bearer", "https://api.tavily.com/search", False),
    ("firecrawl", "Firecrawl", "FIRECRAWL_API_KEY", lambda r: "fc-" + rs(r, HEX, 32), "bearer", "https://api.firecrawl.dev/v1/scrape", False),
    ("resend", "Resend", "RESEND_API_KEY", lambda r: "re_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24), "bearer", "https://api.resend.com/emails", False),
    ("pinecone", "Pinecone", "PINECONE_API_KEY", lambda r: "pcsk_" + rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 63), "h:Api-Key", "https://api.pinecone.io/indexes", False),
    ("newrelic", "New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27), "h:API-Key", "https://api.newrelic.com/graphql", False),
    ("together", "Together AI", "TOGETHER_API_KEY", lambda r: "tgp_v1_" + rs(r, B64URL, 43), "bearer", "https://api.together.xyz/v1/chat/completions", False),
    ("cerebras", "Cerebras", "CEREBRAS_API_KEY", lambda r: "csk-" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 48), "bearer", "https://api.cerebras.ai/v1/chat/completions", False),
    ("deepseek", "DeepSeek", "DEEPSEEK_API_KEY", lambda r: "sk-" + rs(r, HEX, 32), "bearer", "https://api.deepseek.com/chat/completions", False),
    # identifiable only from the name / header / sentence around them
    ("label_mistral", "Mistral", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32), "bearer", "https://api.mistral.ai/v1/chat/completions", True),
    ("label_cohere", "Cohere", "COHERE_API_KEY", lambda r: rs(r, ALNUM, 40), "bearer", "https://api.cohere.com/v2/chat", True),
    ("label_cloudflare", "Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, B64URL, 40), "bearer", "https://api.cloudflare.com/client/v4/zones", True),
    ("label_datadog", "Datadog", "DD_API_KEY", lambda r: rs(r, HEX, 32), "h:DD-API-KEY", "https://api.datadoghq.eu/api/v2/logs", True),
    ("label_vercel", "Vercel", "VERCEL_TOKEN", lambda r: rs(r, ALNUM, 24), "bearer", "https://api.vercel.com/v9/projects", True),
    ("label_azure_openai", "Azure OpenAI", "AZURE_OPENAI_API_KEY", lambda r: rs(r, HEX, 32), "h:api-key", "https://contoso-ai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", True),
    ("label_openweather", "OpenWeather", "OPENWEATHER_API_KEY", lambda r: rs(r, HEX, 32), "q:appid", "https://api.openweathermap.org/data/2.5/weather", True),
    ("label_algolia", "Algolia", "ALGOLIA_ADMIN_API_KEY", lambda r: rs(r, HEX, 32), "h:X-Algolia-API-Key", "https://QX7RT2PLM4.algolia.net/1/indexes/products/query", True),
    ("label_deepl", "DeepL", "DEEPL_AUTH_KEY", lambda r: _uuid(r) + ":fx", "deepl", "https://api-free.deepl.com/v2/translate", True),
    ("label_rapidapi", "RapidAPI", "RAPIDAPI_KEY", lambda r: rs(r, ALNUM, 50), "h:x-rapidapi-key", "https://weatherapi-com.p.rapidapi.com/current.json", True),
    ("label_serpapi", "SerpApi", "SERPAPI_API_KEY", lambda r: rs(r, HEX, 64), "q:api_key", "https://serpapi.com/search.json", True),
    ("label_elevenlabs", "ElevenLabs", "ELEVENLABS_API_KEY", lambda r: "sk_" + rs(r, HEX, 48), "h:xi-api-key", "https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM", True),
    ("label_trello", "Trello", "TRELLO_API_KEY", lambda r: rs(r, HEX, 32), "q:key", "https://api.trello.com/1/members/me/boards", True),
    ("label_pipedrive", "Pipedrive", "PIPEDRIVE_API_TOKEN", lambda r: rs(r, HEX, 40), "q:api_token", "https://api.pipedrive.com/v1/deals", True),
    ("label_internal", "internal billing API", "BILLING_API_KEY", lambda r: rs(r, ALNUM, 36), "h:X-API-Key", "https://billing.internal.acme-tools.io/v2/invoices", True),
    ("label_drf_token", "Readwise", "READWISE_TOKEN", lambda r: rs(r, ALNUM, 50), "token", "https://readwise.io/api/v2/highlights/", True),
]


# the keys people paste most often are drawn more often
KEY_WEIGHT = {"openai_proj": 6, "openai_svcacct": 1.5, "anthropic_api03": 4, "github_ghp": 3, "github_pat": 2, "aws_akia": 2.5,
              "google_aiza": 2, "gemini_aiza": 2, "stripe_sk_live": 2, "slack_xoxb": 2, "huggingface": 2, "sendgrid": 1.5,
              "openrouter": 1.5, "groq": 1.5, "label_mistral": 2, "label_azure_openai": 2, "label_cohere": 1.5}


def key_spec(shape):
    for s in KEY_SPECS:
        if s[0] == shape:
            return s
    raise KeyError(shape)


def draw_key(rng, label_only=None):
    if label_only is None:
        label_only = rng.random() < 0.22
    cands = [s for s in KEY_SPECS if s[6] == label_only]
    spec = rng.choices(cands, weights=[KEY_WEIGHT.get(s[0], 1) for s in cands])[0]
    while True:
        v = spec[3](rng)
        # a label-only key must look like an opaque token, not like a word or a number
        if spec[6] and not (any(c.isdigit() for c in v) and any(c.isalpha() for c in v)):
            continue
        return v, spec


# ---------------------------------------------------------------- e-mail
FIRST = {
    "en": ["emma", "liam", "olivia", "noah", "ava", "james", "sophie", "jack", "chloe", "daniel", "grace", "ryan", "megan", "tom", "hannah", "aiden"],
    "de": ["lena", "jonas", "anna", "lukas", "marie", "felix", "laura", "tobias", "katrin", "stefan", "julia", "matthias", "sabine", "jan"],
    "fr": ["camille", "lucas", "chloe", "hugo", "manon", "theo", "ines", "julien", "claire", "nicolas", "lea", "mathieu", "sarah", "antoine"],
    "es": ["lucia", "pablo", "sofia", "javier", "maria", "alejandro", "carmen", "diego", "laura", "sergio", "valentina", "mateo", "ana"],
    "pt": ["joao", "ana", "pedro", "beatriz", "lucas", "mariana", "rafael", "camila", "tiago", "larissa", "bruno", "ines", "gabriel"],
    "it": ["giulia", "marco", "francesca", "luca", "chiara", "alessandro", "sara", "matteo", "elena", "davide", "martina", "andrea"],
    "nl": ["daan", "sanne", "bram", "lotte", "thijs", "femke", "joris", "anouk", "ruben", "iris", "sem", "eva"],
    "pl": ["kasia", "piotr", "agnieszka", "tomasz", "magda", "pawel", "ola", "krzysztof", "marta", "michal", "ewa"],
    "sv": ["erik", "anna", "johan", "sara", "oskar", "elin", "karin", "lars", "maja", "anders"],
    "da": ["mads", "freja", "rasmus", "ida", "mikkel", "sofie", "jens", "mette"],
    "nb": ["ola", "ingrid", "henrik", "kari", "magnus", "nora", "sindre", "silje"],
    "fi": ["mikko", "laura", "juha", "anna", "ville", "sanna", "antti", "heidi"],
    "tr": ["mehmet", "ayse", "emre", "zeynep", "burak", "elif", "can", "merve", "kerem", "selin"],
    "ru": ["dmitry", "anna", "sergey", "olga", "alexey", "natalia", "ivan", "ekaterina", "maxim", "irina"],
    "uk": ["oleksandr", "olena", "andriy", "iryna", "taras", "natalia", "bohdan", "oksana"],
    "ar": ["ahmed", "fatima", "omar", "layla", "khalid", "noura", "youssef", "mariam", "abdullah", "sara"],
    "he": ["noa", "yonatan", "tamar", "itai", "maya", "omer", "shira", "daniel", "yael"],
    "hi": ["rahul", "priya", "amit", "neha", "vikram", "anjali", "rohit", "pooja", "arjun", "sneha"],
    "ja": ["yuki", "haruto", "sakura", "takumi", "aoi", "kenta", "misaki", "ren", "yui", "daiki"],
    "ko": ["minjun", "seoyeon", "jiwoo", "hayoon", "dohyun", "jiyoung", "sungmin", "eunji"],
    "zh": ["wei", "fang", "jing", "lei", "xiaoming", "yan", "hao", "li", "ting", "jun"],
    "th": ["somchai", "nattaya", "kittisak", "ploy", "anan", "siriporn", "thanawat", "pim"],
    "vi": ["minh", "lan", "tuan", "huong", "duc", "thao", "quang", "linh"],
    "id": ["budi", "siti", "agus", "dewi", "rizky", "putri", "andi", "ayu"],
    "el": ["giorgos", "maria", "nikos", "eleni", "kostas", "katerina", "dimitris", "sofia"],
    "cs": ["jan", "petra", "tomas", "lucie", "martin", "jana", "jakub", "tereza"],
    "hu": ["bence", "anna", "mate", "zsofia", "gabor", "eszter", "adam", "reka"],
    "ro": ["andrei", "ioana", "mihai", "elena", "alexandru", "maria", "radu", "ana"],
    "tl": ["miguel", "angela", "joshua", "kristine", "mark", "jasmine", "paolo", "bea"],
}
LAST = {
    "en": ["smith", "johnson", "brown", "taylor", "wilson", "walsh", "patel", "murphy", "clarke", "evans", "okafor", "nguyen", "harris", "kelly"],
    "de": ["mueller", "schmidt", "schneider", "fischer", "weber", "hoffmann", "becker", "wagner", "koch", "richter", "wolf", "brandt"],
    "fr": ["martin", "bernard", "dubois", "lefebvre", "moreau", "laurent", "girard", "roux", "fournier", "mercier", "dupont", "lambert"],
    "es": ["garcia", "rodriguez", "martinez", "lopez", "sanchez", "perez", "gomez", "fernandez", "ruiz", "diaz", "moreno", "castro"],
    "pt": ["silva", "santos", "oliveira", "souza", "pereira", "costa", "ferreira", "almeida", "rodrigues", "carvalho", "lima"],
    "it": ["rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci", "marino", "greco", "conti"],
    "nl": ["dejong", "jansen", "devries", "bakker", "visser", "smit", "meijer", "mulder", "bos", "vandijk"],
    "pl": ["nowak", "kowalski", "wisniewska", "wojcik", "kaminski", "lewandowska", "zielinski", "szymanska"],
    "sv": ["andersson", "johansson", "karlsson", "nilsson", "eriksson", "larsson", "lindqvist", "berg"],
    "da": ["nielsen", "jensen", "hansen", "pedersen", "andersen", "christensen", "larsen"],
    "nb": ["hansen", "johansen", "olsen", "larsen", "berg", "haugen", "bakken"],
    "fi": ["korhonen", "virtanen", "makinen", "nieminen", "heikkinen", "laine", "koskinen"],
    "tr": ["yilmaz", "kaya", "demir", "sahin", "celik", "yildiz", "aydin", "ozturk", "arslan"],
    "ru": ["ivanov", "smirnova", "kuznetsov", "popova", "sokolov", "volkova", "morozov", "petrova"],
    "uk": ["shevchenko", "kovalenko", "bondarenko", "tkachenko", "kravchenko", "melnyk", "boyko"],
    "ar": ["alharbi", "alotaibi", "hassan", "mansour", "elsayed", "alqahtani", "nasser", "haddad"],
    "he": ["cohen", "levi", "mizrahi", "peretz", "biton", "friedman", "katz", "avraham"],
    "hi": ["sharma", "verma", "gupta", "singh", "iyer", "reddy", "nair", "mehta", "joshi", "kulkarni"],
    "ja": ["sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi"],
    "ko": ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon"],
    "zh": ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "lin"],
    "th": ["srisuk", "wongsa", "chaiyaporn", "rattanakul", "saetang", "boonmee"],
    "vi": ["nguyen", "tran", "le", "pham", "hoang", "vu", "dang"],
    "id": ["santoso", "wijaya", "pratama", "saputra", "hidayat", "kusuma", "nugroho"],
    "el": ["papadopoulos", "georgiou", "nikolaou", "dimitriou", "papadaki", "konstantinou"],
    "cs": ["novak", "svoboda", "dvorak", "cerna", "prochazka", "kucerova", "vesely"],
    "hu": ["nagy", "kovacs", "toth", "szabo", "horvath", "varga", "kiss"],
    "ro": ["popescu", "ionescu", "popa", "stan", "dumitru", "constantin", "marin"],
    "tl": ["santos", "reyes", "cruz", "bautista", "ocampo", "garcia", "mendoza", "dela.cruz"],
}
FREEMAIL = {
    "en": ["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "aol.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "eircom.net", "yahoo.com.sg", "ymail.com", "me.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmx.net", "freenet.de", "posteo.de", "gmx.at", "bluewin.ch", "gmail.com", "outlook.de", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "hotmail.fr", "gmail.com", "yahoo.fr", "skynet.be", "bluewin.ch", "live.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx", "yahoo.com.ar", "hotmail.com.ar", "gmail.com"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com", "yahoo.com.br", "sapo.pt", "outlook.pt", "ig.com.br", "gmail.com"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it", "tim.it", "icloud.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "planet.nl", "xs4all.nl", "telenet.be", "live.nl", "outlook.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl", "poczta.fm", "onet.eu"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net", "live.se", "icloud.com"],
    "da": ["gmail.com", "hotmail.dk", "live.dk", "mail.dk", "outlook.dk", "jubii.dk"],
    "nb": ["online.no", "gmail.com", "hotmail.no", "live.no", "outlook.com"],
    "fi": ["gmail.com", "luukku.com", "hotmail.fi", "kolumbus.fi", "outlook.com", "elisanet.fi"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr", "mynet.com", "hotmail.com.tr"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru", "bk.ru", "list.ru", "inbox.ru", "ya.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa", "outlook.com", "icloud.com"],
    "he": ["gmail.com", "walla.co.il", "walla.com", "012.net.il", "bezeqint.net", "hotmail.com"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com", "gmail.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "outlook.jp", "nifty.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "naver.com"],
    "zh": ["qq.com", "163.com", "126.com", "gmail.com", "sina.com", "foxmail.com", "outlook.com", "yahoo.com.tw", "netvigator.com", "qq.com"],
    "th": ["gmail.com", "hotmail.com", "hotmail.co.th", "yahoo.co.th", "outlook.co.th"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "gmail.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com", "outlook.co.id", "gmail.com"],
    "el": ["gmail.com", "hotmail.gr", "yahoo.gr", "otenet.gr"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz", "atlas.cz"],
    "hu": ["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro"],
    "tl": ["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com"],
}
ORG = {
    "en": ["mit.edu", "stanford.edu", "ox.ac.uk", "ucl.ac.uk", "unimelb.edu.au", "utoronto.ca", "nus.edu.sg", "brightwave-analytics.com", "northfieldlogistics.co.uk", "harborlane.io", "kestrelhealth.com", "pinecrest-dental.com", "lumenfield.ai", "coastaltitle.com"],
    "de": ["tum.de", "uni-heidelberg.de", "hu-berlin.de", "ethz.ch", "univie.ac.at", "nordlicht-logistik.de", "kraemer-bau.de", "alpensoft.at", "stadtwerke-kiel.de", "praxis-am-markt.de"],
    "fr": ["sorbonne-universite.fr", "univ-lyon1.fr", "epfl.ch", "ulb.be", "atelier-lumiere.fr", "groupe-vernier.fr", "cabinet-roussel.fr", "mairie-annecy.fr"],
    "es": ["ucm.es", "unam.mx", "uba.ar", "uc.cl", "upv.es", "grupo-iberluz.es", "construcciones-alba.com", "tecnosur.com.mx", "uniandes.edu.co"],
    "pt": ["usp.br", "unicamp.br", "ulisboa.pt", "up.pt", "ufmg.br", "construtora-horizonte.com.br", "nortevia.pt", "agrotech.com.br"],
    "it": ["polimi.it", "unibo.it", "uniroma1.it", "studiolegale-ferri.it", "officine-lombarde.it", "unipd.it"],
    "nl": ["uva.nl", "tudelft.nl", "kuleuven.be", "rug.nl", "vandermeer-installatie.nl", "groenhuys.nl"],
    "pl": ["uw.edu.pl", "pw.edu.pl", "uj.edu.pl", "budmax.pl", "kancelaria-nowicki.pl"],
    "sv": ["kth.se", "lu.se", "uu.se", "nordbygg.se", "skargardsel.se"],
    "da": ["ku.dk", "dtu.dk", "aarhus-tandlaege.dk"],
    "nb": ["uio.no", "ntnu.no", "fjordkraft-service.no"],
    "fi": ["helsinki.fi", "aalto.fi", "tampere-rakennus.fi"],
    "tr": ["boun.edu.tr", "itu.edu.tr", "metu.edu.tr", "anadolu-lojistik.com.tr"],
    "ru": ["msu.ru", "hse.ru", "spbu.ru", "stroytrest.ru", "uralmash-service.ru"],
    "uk": ["knu.ua", "lpnu.ua", "kpi.ua", "agrofirma-kolos.com.ua"],
    "ar": ["ksu.edu.sa", "kau.edu.sa", "aucegypt.edu", "uaeu.ac.ae", "gulfbridge.ae", "nilecontracting.com.eg"],
    "he": ["tau.ac.il", "huji.ac.il", "technion.ac.il", "galil-tech.co.il"],
    "hi": ["iitb.ac.in", "iitd.ac.in", "du.ac.in", "sharma-associates.in", "vasudha-textiles.co.in"],
    "ja": ["u-tokyo.ac.jp", "kyoto-u.ac.jp", "waseda.jp", "keio.jp", "sakura-kogyo.co.jp", "minato-design.jp"],
    "ko": ["snu.ac.kr", "kaist.ac.kr", "yonsei.ac.kr", "hanbit-soft.co.kr", "korea.ac.kr"],
    "zh": ["tsinghua.edu.cn", "pku.edu.cn", "fudan.edu.cn", "ntu.edu.tw", "hku.hk", "huaxin-tech.com.cn", "zju.edu.cn"],
    "th": ["chula.ac.th", "mahidol.ac.th", "siam-agro.co.th"],
    "vi": ["hust.edu.vn", "vnu.edu.vn", "saigontech.com.vn"],
    "id": ["ui.ac.id", "itb.ac.id", "ugm.ac.id", "nusantara-logistik.co.id"],
    "el": ["uoa.gr", "auth.gr", "ntua.gr", "aegean-shipping.gr"],
    "cs": ["cuni.cz", "cvut.cz", "muni.cz", "stavby-brno.cz"],
    "hu": ["elte.hu", "bme.hu", "u-szeged.hu", "dunaprint.hu"],
    "ro": ["unibuc.ro", "ubbcluj.ro", "upb.ro", "carpati-logistic.ro"],
    "tl": ["up.edu.ph", "ateneo.edu", "dlsu.edu.ph", "islandprime.ph"],
}


def person(rng, lang):
    return rng.choice(FIRST[lang]), rng.choice(LAST[lang])


def localpart(rng, first, last, org=False):
    if org:
        style = rng.choice(["f.l", "f.l", "fl_init", "f", "f_l", "l"])
    else:
        style = rng.choice(["f.l", "fl", "f.lNN", "f_l", "fNN", "flYYYY", "lf", "f-l", "f.l", "fl.NN"])
    nn = str(rng.randint(1, 99))
    yyyy = str(rng.randint(1968, 2004))
    last = last.replace(".", "")
    return {
        "f.l": first + "." + last, "fl": first + last, "f.lNN": first + "." + last + nn, "f_l": first + "_" + last,
        "fNN": first + nn, "flYYYY": first + last + yyyy, "lf": last + first, "f-l": first + "-" + last,
        "fl.NN": first[0] + last + "." + nn, "fl_init": first[0] + "." + last, "f": first, "l": last,
    }[style]


def draw_email(rng, lang, kind=None, who=None):
    """kind: 'free' | 'org' | None (random, mostly free); who: (first, last) of the person it belongs to."""
    if kind is None:
        kind = "free" if rng.random() < 0.68 else "org"
    first, last = who if who else person(rng, lang)
    if kind == "free":
        dom = rng.choice(FREEMAIL[lang])
        if dom in ("qq.com",) and rng.random() < 0.6:
            return rs(rng, "123456789", 1) + rs(rng, "0123456789", rng.randint(7, 9)) + "@" + dom, "free_qqnum", (first, last)
        return localpart(rng, first, last) + "@" + dom, "free_" + lang, (first, last)
    dom = rng.choice(ORG[lang])
    shape = "univ" if any(t in dom for t in (".edu", ".ac.", "uni", "kth.se", "lu.se", "uu.se", "ethz", "epfl", "tum.de",
                                               "usp.br", "ulisboa", "up.pt", "ufmg", "polimi", "uva.nl", "tudelft", "kuleuven",
                                               "rug.nl", "msu.ru", "hse.ru", "spbu", "knu.ua", "kpi.ua", "lpnu", "helsinki",
                                               "aalto", "cuni", "cvut", "muni.cz", "elte", "bme.hu", "ubbcluj", "upb.ro",
                                               "waseda", "keio", "yonsei", "hku.hk", "auth.gr", "ntua", "uoa.gr", "uba.ar",
                                               "uc.cl", "ucm.es", "upv.es", "unam", "ku.dk", "dtu.dk", "uio.no", "ntnu",
                                               "ksu.edu", "kau.edu", "aucegypt", "uaeu", "tau.ac", "huji", "technion",
                                               "iit", "du.ac", "chula", "mahidol", "hust", "vnu", "ui.ac", "itb.ac", "ugm",
                                               "ateneo", "dlsu", "uniandes", "utoronto", "nus.edu", "unimelb", "ucl.ac",
                                               "ox.ac", "mit.edu", "stanford", "boun", "itu.edu", "metu", "pw.edu", "uw.edu",
                                               "uj.edu", "fudan", "zju", "pku", "tsinghua", "ntu.edu", "snu", "kaist", "korea.ac",
                                               "u-tokyo", "kyoto-u", "unibuc", "u-szeged", "unipd", "uniroma", "unibo",
                                               "sorbonne", "univ-lyon", "ulb.be", "hu-berlin", "univie", "unicamp")) else "corp"
    return localpart(rng, first, last, org=True) + "@" + dom, shape + "_" + lang, (first, last)
