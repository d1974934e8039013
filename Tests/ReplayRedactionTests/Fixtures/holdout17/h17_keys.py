"""holdout17 key catalogue: for every key shape, the service, the variable name people give it, and how it is sent."""
import h17_core as C

# shape, service, env var, generator, how it is sent (style, detail), API host
PROVIDER = [
    ("openai_proj", "OpenAI", "OPENAI_API_KEY", C.k_openai_proj, ("bearer", ""), "api.openai.com/v1/models"),
    ("openai_legacy", "OpenAI", "OPENAI_API_KEY", C.k_openai_legacy, ("bearer", ""), "api.openai.com/v1/chat/completions"),
    ("openai_svcacct", "OpenAI", "OPENAI_API_KEY", C.k_openai_svc, ("bearer", ""), "api.openai.com/v1/responses"),
    ("anthropic", "Anthropic", "ANTHROPIC_API_KEY", C.k_anthropic, ("header", "x-api-key"), "api.anthropic.com/v1/messages"),
    ("anthropic_admin", "Anthropic", "ANTHROPIC_ADMIN_KEY", C.k_anthropic_admin, ("header", "x-api-key"), "api.anthropic.com/v1/organizations/users"),
    ("github_ghp", "GitHub", "GITHUB_TOKEN", lambda r: C.gh_token(r, "ghp_"), ("bearer", ""), "api.github.com/user/repos"),
    ("github_gho", "GitHub", "GH_TOKEN", lambda r: C.gh_token(r, "gho_"), ("token", "token"), "api.github.com/user"),
    ("github_ghs", "GitHub", "GITHUB_TOKEN", lambda r: C.gh_token(r, "ghs_"), ("bearer", ""), "api.github.com/repos/acme/infra/actions/runs"),
    ("github_ghu", "GitHub", "GH_TOKEN", lambda r: C.gh_token(r, "ghu_"), ("bearer", ""), "api.github.com/user/installations"),
    ("github_pat", "GitHub", "GITHUB_PAT", C.k_github_pat, ("bearer", ""), "api.github.com/repos/acme/web/issues"),
    ("gitlab", "GitLab", "GITLAB_TOKEN", C.k_gitlab, ("header", "PRIVATE-TOKEN"), "gitlab.com/api/v4/projects"),
    ("slack_bot", "Slack", "SLACK_BOT_TOKEN", C.k_slack_bot, ("bearer", ""), "slack.com/api/chat.postMessage"),
    ("slack_user", "Slack", "SLACK_USER_TOKEN", C.k_slack_user, ("bearer", ""), "slack.com/api/users.list"),
    ("stripe_live", "Stripe", "STRIPE_SECRET_KEY", C.k_stripe_live, ("basic", ""), "api.stripe.com/v1/charges"),
    ("stripe_rk", "Stripe", "STRIPE_RESTRICTED_KEY", C.k_stripe_restricted, ("basic", ""), "api.stripe.com/v1/customers"),
    ("google", "Google Maps", "GOOGLE_MAPS_API_KEY", C.k_google, ("query", "key"), "maps.googleapis.com/maps/api/geocode/json?address=Berlin"),
    ("huggingface", "Hugging Face", "HF_TOKEN", C.k_hf, ("bearer", ""), "huggingface.co/api/whoami-v2"),
    ("sendgrid", "SendGrid", "SENDGRID_API_KEY", C.k_sendgrid, ("bearer", ""), "api.sendgrid.com/v3/mail/send"),
    ("mailchimp", "Mailchimp", "MAILCHIMP_API_KEY", C.k_mailchimp, ("basic_any", ""), "us6.api.mailchimp.com/3.0/lists"),
    ("shopify", "Shopify", "SHOPIFY_ACCESS_TOKEN", C.k_shopify, ("header", "X-Shopify-Access-Token"), "acme-store.myshopify.com/admin/api/2024-07/orders.json"),
    ("digitalocean", "DigitalOcean", "DIGITALOCEAN_TOKEN", C.k_digitalocean, ("bearer", ""), "api.digitalocean.com/v2/droplets"),
    ("groq", "Groq", "GROQ_API_KEY", C.k_groq, ("bearer", ""), "api.groq.com/openai/v1/chat/completions"),
    ("replicate", "Replicate", "REPLICATE_API_TOKEN", C.k_replicate, ("bearer", ""), "api.replicate.com/v1/predictions"),
    ("perplexity", "Perplexity", "PERPLEXITY_API_KEY", C.k_perplexity, ("bearer", ""), "api.perplexity.ai/chat/completions"),
    ("xai", "xAI", "XAI_API_KEY", C.k_xai, ("bearer", ""), "api.x.ai/v1/chat/completions"),
    ("linear", "Linear", "LINEAR_API_KEY", C.k_linear, ("header", "Authorization"), "api.linear.app/graphql"),
    ("notion", "Notion", "NOTION_TOKEN", C.k_notion, ("bearer", ""), "api.notion.com/v1/search"),
    ("postman", "Postman", "POSTMAN_API_KEY", C.k_postman, ("header", "X-Api-Key"), "api.getpostman.com/collections"),
    ("airtable", "Airtable", "AIRTABLE_TOKEN", C.k_airtable, ("bearer", ""), "api.airtable.com/v0/meta/bases"),
    ("telegram_bot", "Telegram", "TELEGRAM_BOT_TOKEN", C.k_telegram, ("telegram", ""), "api.telegram.org"),
    ("openrouter", "OpenRouter", "OPENROUTER_API_KEY", C.k_openrouter, ("bearer", ""), "openrouter.ai/api/v1/chat/completions"),
    ("deepseek", "DeepSeek", "DEEPSEEK_API_KEY", C.k_deepseek, ("bearer", ""), "api.deepseek.com/chat/completions"),
    ("supabase", "Supabase", "SUPABASE_ACCESS_TOKEN", C.k_supabase, ("bearer", ""), "api.supabase.com/v1/projects"),
    ("langsmith", "LangSmith", "LANGSMITH_API_KEY", C.k_langsmith, ("header", "x-api-key"), "api.smith.langchain.com/api/v1/sessions"),
    ("tavily", "Tavily", "TAVILY_API_KEY", C.k_tavily, ("bearer", ""), "api.tavily.com/search"),
    ("elevenlabs", "ElevenLabs", "ELEVENLABS_API_KEY", C.k_elevenlabs, ("header", "xi-api-key"), "api.elevenlabs.io/v1/voices"),
    ("resend", "Resend", "RESEND_API_KEY", C.k_resend, ("bearer", ""), "api.resend.com/emails"),
    ("brevo", "Brevo", "BREVO_API_KEY", C.k_brevo, ("header", "api-key"), "api.brevo.com/v3/account"),
    ("sentry_user", "Sentry", "SENTRY_AUTH_TOKEN", C.k_sentry_user, ("bearer", ""), "sentry.io/api/0/projects/"),
    ("figma", "Figma", "FIGMA_TOKEN", C.k_figma, ("header", "X-Figma-Token"), "api.figma.com/v1/me"),
    ("square", "Square", "SQUARE_ACCESS_TOKEN", C.k_square, ("bearer", ""), "connect.squareup.com/v2/locations"),
    ("planetscale", "PlanetScale", "PLANETSCALE_SERVICE_TOKEN", C.k_planetscale, ("none", ""), ""),
    ("fireworks", "Fireworks", "FIREWORKS_API_KEY", C.k_fireworks, ("bearer", ""), "api.fireworks.ai/inference/v1/chat/completions"),
    ("mapbox_sk", "Mapbox", "MAPBOX_SECRET_TOKEN", C.k_mapbox, ("query", "access_token"), "api.mapbox.com/styles/v1/acme/streets"),
    ("discord_bot", "Discord", "DISCORD_BOT_TOKEN", C.k_discord, ("token", "Bot"), "discord.com/api/v10/users/@me"),
    ("aws_akid", "AWS", "AWS_ACCESS_KEY_ID", C.k_aws_id, ("none", ""), ""),
    ("npm", "npm", "NPM_TOKEN", C.k_npm, ("none", ""), ""),
    ("pypi", "PyPI", "PYPI_API_TOKEN", C.k_pypi, ("none", ""), ""),
]


def rs_upper_alnum(r, n):
    return C.varied(r, C.UPPER + C.DIG, n, need=("upper", "digit"))


# label-only keys: nothing in the value says what it is; the name around it does
OPAQUE = [
    ("opaque_alnum32", "Mistral", "MISTRAL_API_KEY", C.o_alnum32, ("bearer", ""), "api.mistral.ai/v1/chat/completions"),
    ("opaque_alnum40", "Cohere", "COHERE_API_KEY", C.o_alnum40, ("bearer", ""), "api.cohere.com/v2/chat"),
    ("opaque_hex32", "Datadog", "DD_API_KEY", C.o_hex32, ("header", "DD-API-KEY"), "api.datadoghq.com/api/v1/validate"),
    ("opaque_urlsafe40", "Cloudflare", "CLOUDFLARE_API_TOKEN", C.o_urlsafe40, ("bearer", ""), "api.cloudflare.com/client/v4/user/tokens/verify"),
    ("opaque_aws_secret", "AWS", "AWS_SECRET_ACCESS_KEY", C.o_aws_secret, ("none", ""), ""),
    ("opaque_uuid", "Heroku", "HEROKU_API_KEY", C.o_uuid, ("bearer", ""), "api.heroku.com/apps"),
    ("opaque_hex32", "Algolia", "ALGOLIA_ADMIN_API_KEY", C.o_hex32, ("header", "X-Algolia-API-Key"), "acme-dsn.algolia.net/1/indexes"),
    ("opaque_hex32", "Azure OpenAI", "AZURE_OPENAI_API_KEY", C.o_hex32, ("header", "api-key"), "acme-eastus.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01"),
    ("opaque_hex32", "Twilio", "TWILIO_AUTH_TOKEN", C.o_hex32, ("none", ""), ""),
    ("opaque_hex40", "Deepgram", "DEEPGRAM_API_KEY", C.o_hex40, ("token", "Token"), "api.deepgram.com/v1/listen"),
    ("opaque_hex32", "AssemblyAI", "ASSEMBLYAI_API_KEY", C.o_hex32, ("header", "authorization"), "api.assemblyai.com/v2/transcript"),
    ("opaque_hex64", "Together AI", "TOGETHER_API_KEY", C.o_hex64, ("bearer", ""), "api.together.xyz/v1/chat/completions"),
    ("opaque_uuid", "Pinecone", "PINECONE_API_KEY", C.o_uuid, ("header", "Api-Key"), "api.pinecone.io/indexes"),
    ("opaque_hex32", "OpenWeatherMap", "OPENWEATHER_API_KEY", C.o_hex32, ("query", "appid"), "api.openweathermap.org/data/2.5/weather?q=Lisbon"),
    ("opaque_hex32", "NewsAPI", "NEWS_API_KEY", C.o_hex32, ("header", "X-Api-Key"), "newsapi.org/v2/top-headlines?country=us"),
    ("opaque_etherscan", "Etherscan", "ETHERSCAN_API_KEY", lambda r: rs_upper_alnum(r, 34), ("query", "apikey"), "api.etherscan.io/api?module=account&action=balance"),
    ("opaque_hex40", "CircleCI", "CIRCLECI_TOKEN", C.o_hex40, ("header", "Circle-Token"), "circleci.com/api/v2/me"),
    ("opaque_alnum24", "Vercel", "VERCEL_TOKEN", lambda r: C.varied(r, C.ALNUM, 24), ("bearer", ""), "api.vercel.com/v9/projects"),
    ("opaque_b64", "Internal API", "INTERNAL_API_KEY", C.o_b64_48, ("header", "X-API-Key"), "api.internal.acme-corp.net/v2/orders"),
    ("mailgun_legacy", "Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + C.o_hex32(r), ("basic_api", ""), "api.mailgun.net/v3/domains"),
]


def draw(rng, opaque=None, shape=None, service=None, styles=None):
    """Returns dict(value, shape, service, env, style, host)."""
    if opaque is None:
        rows = PROVIDER + OPAQUE
    else:
        rows = OPAQUE if opaque else PROVIDER
    if shape is not None:
        rows = [r for r in PROVIDER + OPAQUE if r[0] == shape]
    if service is not None:
        rows = [r for r in rows if r[1] == service]
    if styles is not None:
        rows = [r for r in rows if r[4][0] in styles]
    row = rng.choice(rows)
    return {"value": row[3](rng), "shape": row[0], "service": row[1], "env": row[2], "style": row[4], "host": row[5]}


def curl(k, method_body=""):
    """A curl command line that sends key k the way its service expects."""
    v, style, host = k["value"], k["style"], k["host"]
    url = "https://" + host
    if style[0] == "bearer":
        return 'curl -s %s -H "Authorization: Bearer %s"%s' % (url, v, method_body)
    if style[0] == "header":
        return 'curl -s %s -H "%s: %s"%s' % (url, style[1], v, method_body)
    if style[0] == "token":
        return 'curl -s %s -H "Authorization: %s %s"%s' % (url, style[1], v, method_body)
    if style[0] == "basic":
        return "curl %s -u %s:%s" % (url, v, method_body)
    if style[0] == "basic_any":
        return "curl -s %s --user anystring:%s%s" % (url, v, method_body)
    if style[0] == "basic_api":
        return "curl -s --user api:%s %s%s" % (v, url, method_body)
    if style[0] == "query":
        sep = "&" if "?" in url else "?"
        return 'curl -s "%s%s%s=%s"%s' % (url, sep, style[1], v, method_body)
    if style[0] == "telegram":
        return 'curl -s "https://api.telegram.org/bot%s/getUpdates"' % v
    return None
