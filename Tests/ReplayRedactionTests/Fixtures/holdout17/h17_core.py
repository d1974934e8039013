"""holdout17 core: value generators (cards, API keys, e-mails, phones) and validators.

Standard library only. Every function takes an explicit random.Random; nothing iterates a set
or relies on hash order.
"""
import re
import zlib

DIG = "0123456789"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
URLSAFE = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LETTERS = UPPER + LOWER
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = ALNUM + "+/"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def varied(rng, alphabet, n, need=("upper", "lower", "digit")):
    """Random string that contains every required class (real random keys almost always do)."""
    while True:
        s = rs(rng, alphabet, n)
        ok = True
        if "upper" in need and not re.search(r"[A-Z]", s):
            ok = False
        if "lower" in need and not re.search(r"[a-z]", s):
            ok = False
        if "digit" in need and not re.search(r"[0-9]", s):
            ok = False
        # no long runs of one character, nothing that reads as a placeholder
        if re.search(r"(.)\1\1\1", s) or re.search(r"(?i)x{4}|your|example|test|dummy|fake|sample", s):
            ok = False
        if ok:
            return s


# ----------------------------------------------------------------------------- Luhn / cards

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


# Published test numbers (processor documentation); never emitted as a positive.
PUBLISHED_TEST_CARDS = [
    "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881", "4222222222222",
    "4000000000000002", "4000000000009995", "4000002500003155", "4000000000003220", "4000002760003184",
    "5555555555554444", "5200828282828210", "5105105105105100", "2223003122003222", "5454545454545454",
    "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
    "6011981111111113", "3056930009020004", "36227206271667", "30569309025904", "38520000023237",
    "3566002020360505", "3530111333300000", "3566111111111113", "6200000000000005", "6200000000000047",
    "6205500000000000004", "5019717010103742", "6759649826438453", "6304000000000000", "4917610000000000003",
    "4571000000000001", "4000000760000002", "2222400070000005", "5500000000000004", "340000000000009",
    "30000000000004", "6011000000000004", "3530111333300000", "4000000000000077", "4000000000000010",
]

# network, IIN prefixes, lengths, allowed groupings
CARD_NETWORKS = [
    ("visa", ["4147", "4266", "4485", "4539", "4556", "4716", "4929", "4024", "4532", "4916", "4381", "4599"], [16]),
    ("visa13", ["4556", "4532", "4916"], [13]),
    ("visa19", ["4147", "4539"], [19]),
    ("mastercard", ["51", "52", "53", "54", "55"], [16]),
    ("mastercard2", ["2221", "2223", "2290", "2345", "2491", "2630", "2701", "2720"], [16]),
    ("amex", ["34", "37"], [15]),
    ("discover", ["6011", "644", "645", "646", "647", "648", "649", "65"], [16]),
    ("diners", ["300", "301", "302", "303", "304", "305", "36", "38", "39"], [14]),
    ("jcb", ["3528", "3530", "3540", "3566", "3569", "3580", "3589"], [16]),
    ("unionpay", ["6212", "6221", "6228", "6250", "6260", "6282"], [16, 19]),
    ("maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"], [16, 19]),
    ("mir", ["2200", "2201", "2202", "2203", "2204"], [16]),
    ("rupay", ["6070", "6080", "6521", "6522", "8172", "5085"], [16]),
    ("elo", ["636368", "504175", "438935", "451416", "509048", "506699"], [16]),
    ("hipercard", ["606282"], [16]),
    ("troy", ["9792"], [16]),
    ("verve", ["506099", "506107", "650002"], [16, 19]),
    ("dankort", ["5019"], [16]),
]

CARD_NET_WEIGHTS = {
    "visa": 30, "visa13": 1, "visa19": 2, "mastercard": 20, "mastercard2": 6, "amex": 10, "discover": 5,
    "diners": 3, "jcb": 5, "unionpay": 6, "maestro": 4, "mir": 4, "rupay": 3, "elo": 3, "hipercard": 1,
    "troy": 2, "verve": 2, "dankort": 1,
}


def groups_for(length, network):
    if length == 15:
        return [[4, 6, 5]]
    if length == 14:
        return [[4, 6, 4]]
    if length == 13:
        return [[4, 4, 5], [4, 3, 3, 3]]
    if length == 19:
        return [[4, 4, 4, 4, 3], [6, 13]]
    if length == 18:
        return [[4, 4, 4, 6]]
    return [[4, 4, 4, 4]]


def weighted(rng, table):
    keys = list(table.keys())  # insertion order
    total = sum(table[k] for k in keys)
    x = rng.randrange(total)
    for k in keys:
        x -= table[k]
        if x < 0:
            return k
    raise AssertionError


def make_card(rng, network=None, sep=None):
    """Returns (value, shape). sep in {'plain','space','dash'}"""
    if network is None:
        network = weighted(rng, CARD_NET_WEIGHTS)
    row = [r for r in CARD_NETWORKS if r[0] == network][0]
    while True:
        prefix = rng.choice(row[1])
        length = rng.choice(row[2])
        body = prefix + rs(rng, DIG, length - len(prefix) - 1)
        num = luhn_complete(body)
        if num in PUBLISHED_TEST_CARDS or re.search(r"(\d)\1\1\1\1", num):
            continue
        break
    if sep is None:
        sep = rng.choice(["space", "space", "space", "plain", "plain", "dash"])
    if sep == "plain":
        value = num
    else:
        g = rng.choice(groups_for(length, network))
        parts, i = [], 0
        for n in g:
            parts.append(num[i:i + n])
            i += n
        value = (" " if sep == "space" else "-").join(parts)
    return value, "%s%d_%s" % (network.rstrip("0123456789") if network in ("visa13", "visa19", "mastercard2") else network, length, sep)


# ----------------------------------------------------------------------------- API keys

def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_checksum(body30):
    return b62(zlib.crc32(body30.encode()) & 0xFFFFFFFF, 6)


def gh_token(rng, prefix):
    body = varied(rng, ALNUM, 30)
    return prefix + body + gh_checksum(body)


def gh_token_ok(tok):
    m = re.fullmatch(r"(ghp|gho|ghu|ghs|ghr|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    return bool(m) and gh_checksum(m.group(2)) == m.group(3)


def k_openai_proj(rng):
    return "sk-proj-" + varied(rng, URLSAFE, 74) + "T3BlbkFJ" + varied(rng, URLSAFE, 74)


def k_openai_legacy(rng):
    return "sk-" + varied(rng, ALNUM, 20) + "T3BlbkFJ" + varied(rng, ALNUM, 20)


def k_openai_svc(rng):
    return "sk-svcacct-" + varied(rng, URLSAFE, 74) + "T3BlbkFJ" + varied(rng, URLSAFE, 74)


def k_anthropic(rng):
    return "sk-ant-api03-" + varied(rng, URLSAFE, 93) + "AA"


def k_anthropic_admin(rng):
    return "sk-ant-admin01-" + varied(rng, URLSAFE, 93) + "AA"


def k_github_pat(rng):
    return "github_pat_11" + varied(rng, UPPER + DIG, 9, need=("upper", "digit")) + "0" + varied(rng, ALNUM, 12) + "_" + varied(rng, ALNUM, 59)


def k_gitlab(rng):
    return "glpat-" + varied(rng, URLSAFE, 20)


def k_slack_bot(rng):
    return "xoxb-%s-%s-%s" % (rs(rng, "123456789", 1) + rs(rng, DIG, 11), rs(rng, "123456789", 1) + rs(rng, DIG, 12), varied(rng, ALNUM, 24))


def k_slack_user(rng):
    return "xoxp-%s-%s-%s-%s" % (rs(rng, "123456789", 1) + rs(rng, DIG, 11), rs(rng, "123456789", 1) + rs(rng, DIG, 11),
                                 rs(rng, "123456789", 1) + rs(rng, DIG, 12), varied(rng, HEX, 32, need=("digit",)))


def k_stripe_live(rng):
    return "sk_live_51" + varied(rng, ALNUM, 97)


def k_stripe_restricted(rng):
    return "rk_live_51" + varied(rng, ALNUM, 97)


def k_aws_id(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + varied(rng, B32, 16, need=("upper", "digit"))


def k_google(rng):
    return "AIza" + "Sy" + varied(rng, URLSAFE, 33)


def k_hf(rng):
    return "hf_" + varied(rng, LETTERS, 34, need=("upper", "lower"))


def k_npm(rng):
    return gh_token(rng, "npm_")


def k_sendgrid(rng):
    return "SG." + varied(rng, URLSAFE, 22) + "." + varied(rng, URLSAFE, 43)


def k_mailchimp(rng):
    return varied(rng, HEX, 32, need=("digit", "lower")) + "-us" + str(rng.randint(2, 21))


def k_shopify(rng):
    return "shpat_" + varied(rng, HEX, 32, need=("digit", "lower"))


def k_digitalocean(rng):
    return "dop_v1_" + varied(rng, HEX, 64, need=("digit", "lower"))


def k_groq(rng):
    return "gsk_" + varied(rng, ALNUM, 52)


def k_replicate(rng):
    return "r8_" + varied(rng, ALNUM, 37)


def k_perplexity(rng):
    return "pplx-" + varied(rng, ALNUM, 48)


def k_xai(rng):
    return "xai-" + varied(rng, ALNUM, 80)


def k_linear(rng):
    return "lin_api_" + varied(rng, ALNUM, 40)


def k_notion(rng):
    return "ntn_" + rs(rng, DIG, 11) + varied(rng, ALNUM, 35)


def k_pypi(rng):
    return "pypi-AgEIcHlwaS5vcmc" + varied(rng, URLSAFE, 150)


def k_postman(rng):
    return "PMAK-" + varied(rng, HEX, 24, need=("digit", "lower")) + "-" + varied(rng, HEX, 34, need=("digit", "lower"))


def k_airtable(rng):
    return "pat" + varied(rng, ALNUM, 14) + "." + varied(rng, HEX, 64, need=("digit", "lower"))


def k_telegram(rng):
    return rs(rng, "123456789", 1) + rs(rng, DIG, 9) + ":AA" + varied(rng, URLSAFE, 33)


def k_openrouter(rng):
    return "sk-or-v1-" + varied(rng, HEX, 64, need=("digit", "lower"))


def k_deepseek(rng):
    return "sk-" + varied(rng, HEX, 32, need=("digit", "lower"))


def k_supabase(rng):
    return "sbp_" + varied(rng, HEX, 40, need=("digit", "lower"))


def k_langsmith(rng):
    return "lsv2_pt_" + varied(rng, HEX, 32, need=("digit", "lower")) + "_" + varied(rng, HEX, 10, need=("digit", "lower"))


def k_tavily(rng):
    return "tvly-" + rng.choice(["", "dev-"]) + varied(rng, ALNUM, 32)


def k_elevenlabs(rng):
    return "sk_" + varied(rng, HEX, 48, need=("digit", "lower"))


def k_resend(rng):
    return "re_" + varied(rng, ALNUM, 8) + "_" + varied(rng, ALNUM, 24)


def k_brevo(rng):
    return "xkeysib-" + varied(rng, HEX, 64, need=("digit", "lower")) + "-" + varied(rng, ALNUM, 16)


def k_sentry_user(rng):
    return "sntryu_" + varied(rng, HEX, 64, need=("digit", "lower"))


def k_figma(rng):
    return "figd_" + varied(rng, URLSAFE, 40)


def k_square(rng):
    return "EAAA" + varied(rng, URLSAFE, 60)


def k_planetscale(rng):
    return "pscale_tkn_" + varied(rng, URLSAFE, 43)


def k_fireworks(rng):
    return "fw_" + varied(rng, ALNUM, 24)


def k_mapbox(rng):
    # secret Mapbox token: sk.eyJ1Ijoi... (base64url JSON header) . 22
    user = rng.choice(["a2xpbWFn", "bWFwc3Rk", "Z2VvZGV2", "dHJhY2tp"])
    return "sk.eyJ1IjoiZ" + user + "IiwiYSI6ImN" + varied(rng, URLSAFE, 26) + "In0." + varied(rng, URLSAFE, 22)


def k_discord(rng):
    # base64 of a snowflake id . 6 . 38
    first = rng.choice(["MTA", "MTE", "MTI", "OTk", "ODc"])
    return first + varied(rng, ALNUM, 23) + "." + varied(rng, URLSAFE, 6) + "." + varied(rng, URLSAFE, 38)


# label-only (opaque) shapes
def o_hex32(rng):
    return varied(rng, HEX, 32, need=("digit", "lower"))


def o_hex40(rng):
    return varied(rng, HEX, 40, need=("digit", "lower"))


def o_hex64(rng):
    return varied(rng, HEX, 64, need=("digit", "lower"))


def o_alnum32(rng):
    return varied(rng, ALNUM, 32)


def o_alnum40(rng):
    return varied(rng, ALNUM, 40)


def o_urlsafe40(rng):
    return varied(rng, URLSAFE, 40)


def o_aws_secret(rng):
    return varied(rng, ALNUM + "/+", 40)


def o_uuid(rng):
    h = varied(rng, HEX, 32, need=("digit", "lower"))
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def o_b64_48(rng):
    return varied(rng, ALNUM, 46) + "=="


PROVIDER_KEYS = [
    ("openai_proj", k_openai_proj), ("openai_legacy", k_openai_legacy), ("openai_svcacct", k_openai_svc),
    ("anthropic", k_anthropic), ("anthropic_admin", k_anthropic_admin),
    ("github_ghp", lambda r: gh_token(r, "ghp_")), ("github_gho", lambda r: gh_token(r, "gho_")),
    ("github_ghs", lambda r: gh_token(r, "ghs_")), ("github_ghu", lambda r: gh_token(r, "ghu_")),
    ("github_pat", k_github_pat), ("gitlab", k_gitlab), ("slack_bot", k_slack_bot), ("slack_user", k_slack_user),
    ("stripe_live", k_stripe_live), ("stripe_rk", k_stripe_restricted), ("aws_akid", k_aws_id), ("google", k_google),
    ("huggingface", k_hf), ("npm", k_npm), ("sendgrid", k_sendgrid),
    ("mailchimp", k_mailchimp), ("shopify", k_shopify), ("digitalocean", k_digitalocean), ("groq", k_groq),
    ("replicate", k_replicate), ("perplexity", k_perplexity), ("xai", k_xai), ("linear", k_linear),
    ("notion", k_notion), ("pypi", k_pypi), ("postman", k_postman), ("airtable", k_airtable),
    ("telegram_bot", k_telegram), ("openrouter", k_openrouter), ("deepseek", k_deepseek), ("supabase", k_supabase),
    ("langsmith", k_langsmith), ("tavily", k_tavily), ("elevenlabs", k_elevenlabs), ("resend", k_resend),
    ("brevo", k_brevo), ("sentry_user", k_sentry_user), ("figma", k_figma), ("square", k_square),
    ("planetscale", k_planetscale), ("fireworks", k_fireworks), ("mapbox_sk", k_mapbox), ("discord_bot", k_discord),
]

OPAQUE_KEYS = [
    ("opaque_hex32", o_hex32), ("opaque_hex40", o_hex40), ("opaque_hex64", o_hex64), ("opaque_alnum32", o_alnum32),
    ("opaque_alnum40", o_alnum40), ("opaque_urlsafe40", o_urlsafe40), ("opaque_aws_secret", o_aws_secret),
    ("opaque_uuid", o_uuid), ("opaque_b64", o_b64_48),
]


def provider_key(rng, name=None):
    if name is None:
        name, fn = rng.choice(PROVIDER_KEYS)
    else:
        fn = [f for n, f in PROVIDER_KEYS if n == name][0]
    return fn(rng), name


def opaque_key(rng, name=None):
    if name is None:
        name, fn = rng.choice(OPAQUE_KEYS)
    else:
        fn = [f for n, f in OPAQUE_KEYS if n == name][0]
    return fn(rng), name


# ----------------------------------------------------------------------------- e-mails

EMAIL_RE = re.compile(r"[\w.%+\-'!#$&*/=?^`{|}~]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")

FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "aol.com", "mail.com",
           "comcast.net", "btinternet.com", "sky.com", "hotmail.co.uk", "bigpond.com", "optusnet.com.au", "xtra.co.nz",
           "rogers.com", "shaw.ca", "yahoo.co.in", "rediffmail.com", "yahoo.com.sg", "mweb.co.za"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.at", "bluewin.ch", "posteo.de", "freenet.de", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "gmail.com", "wanadoo.fr", "skynet.be", "bluewin.ch"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "hotmail.com", "yahoo.com.mx", "live.com.mx", "yahoo.com.ar", "gmail.com"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com", "sapo.pt", "outlook.pt", "yahoo.com.br"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it", "yahoo.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "live.nl", "telenet.be", "outlook.com"],
    "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl", "gmail.com", "op.pl"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "outlook.com", "bredband.net"],
    "da": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk"],
    "fi": ["gmail.com", "elisanet.fi", "outlook.com", "luukku.com"],
    "nb": ["online.no", "gmail.com", "hotmail.no", "getmail.no"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "inbox.ru", "gmail.com", "list.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa", "outlook.com"],
    "he": ["gmail.com", "walla.co.il", "walla.com", "012.net.il"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "softbank.ne.jp", "nifty.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "yahoo.com.tw", "netvigator.com", "foxmail.com"],
    "th": ["gmail.com", "hotmail.com", "outlook.co.th"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "ms": ["gmail.com", "yahoo.com.my", "hotmail.my"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro"],
    "hu": ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"],
}

CORPORATE = {
    "en": ["brightwell-partners.com", "harbourline.co.uk", "northgate-analytics.io", "kestrel-health.org", "maplecrest.ca",
           "tidewater-logistics.com", "ox.ac.uk", "ucl.ac.uk", "mit.edu", "umich.edu", "unimelb.edu.au", "iitb.ac.in",
           "bluefern.co.nz", "ashgrove-legal.com", "redgumdigital.com.au", "cs.stanford.edu"],
    "de": ["nordwind-logistik.de", "tum.de", "uni-heidelberg.de", "stadtwerke-eberbach.de", "kanzlei-roth.de",
           "ethz.ch", "univie.ac.at", "huber-elektro.at", "student.kit.edu"],
    "fr": ["cabinet-morel.fr", "sorbonne-universite.fr", "atelier-lumiere.fr", "univ-lyon1.fr", "groupe-vialis.fr", "ulb.be", "epfl.ch"],
    "es": ["grupo-alcala.es", "ucm.es", "unam.mx", "uba.ar", "constructora-andina.co", "uc.cl", "despacho-ferrer.es"],
    "pt": ["usp.br", "unicamp.br", "construtora-horizonte.com.br", "ulisboa.pt", "farmaciasol.pt"],
    "it": ["unimi.it", "polimi.it", "studio-bianchi.it", "ferramenta-rossi.it"],
    "nl": ["uva.nl", "tudelft.nl", "bakkerij-devries.nl", "kuleuven.be"],
    "pl": ["uw.edu.pl", "agh.edu.pl", "biuro-nowak.pl"],
    "sv": ["kth.se", "su.se", "bergstrom-bygg.se"],
    "da": ["ku.dk", "dtu.dk"], "fi": ["helsinki.fi", "aalto.fi"], "nb": ["uio.no", "ntnu.no"],
    "tr": ["boun.edu.tr", "metu.edu.tr", "yildiz-insaat.com.tr"],
    "ru": ["msu.ru", "hse.ru", "stroytech-group.ru"], "uk": ["knu.ua", "kpi.ua"],
    "ar": ["aucegypt.edu", "kau.edu.sa", "aldhahab-trading.ae"], "he": ["tau.ac.il", "huji.ac.il", "technion.ac.il"],
    "hi": ["iitd.ac.in", "du.ac.in", "sharma-associates.in"], "ja": ["u-tokyo.ac.jp", "kyoto-u.ac.jp", "sakura-shoji.co.jp"],
    "ko": ["snu.ac.kr", "kaist.ac.kr", "hanbit-soft.co.kr"], "zh": ["tsinghua.edu.cn", "pku.edu.cn", "ntu.edu.tw", "hku.hk"],
    "th": ["chula.ac.th", "mahidol.ac.th"], "vi": ["hust.edu.vn", "vnu.edu.vn"], "id": ["ui.ac.id", "itb.ac.id"],
    "ms": ["um.edu.my", "utm.my"], "el": ["uoa.gr", "auth.gr"], "cs": ["cuni.cz", "cvut.cz"], "ro": ["unibuc.ro", "ubbcluj.ro"],
    "hu": ["elte.hu", "bme.hu"],
}

LOCALS = {
    "en": [("james", "whitfield"), ("sarah", "okafor"), ("priya", "natarajan"), ("tom", "brennan"), ("emily", "chen"),
           ("daniel", "mcallister"), ("grace", "adeyemi"), ("liam", "oconnor"), ("chloe", "harding"), ("ravi", "menon"),
           ("hannah", "kowalczyk"), ("marcus", "reid"), ("olivia", "tran"), ("ben", "sutherland"), ("aisha", "bello")],
    "de": [("lukas", "brandt"), ("anna", "schreiber"), ("jonas", "hoffmann"), ("lea", "krueger"), ("matthias", "vogel"),
           ("sabine", "mueller"), ("felix", "wagner"), ("julia", "zimmermann"), ("stefan", "gruber"), ("katrin", "lehmann")],
    "fr": [("camille", "dubois"), ("julien", "moreau"), ("manon", "lefevre"), ("thomas", "girard"), ("sophie", "bernard"),
           ("nicolas", "fontaine"), ("chloe", "mercier"), ("antoine", "rousseau")],
    "es": [("lucia", "fernandez"), ("javier", "morales"), ("sofia", "ramirez"), ("diego", "castillo"), ("carmen", "ortega"),
           ("pablo", "navarro"), ("valentina", "gomez"), ("mateo", "herrera")],
    "pt": [("joao", "pereira"), ("ana", "carvalho"), ("lucas", "oliveira"), ("mariana", "souza"), ("rafael", "almeida"),
           ("beatriz", "santos"), ("tiago", "rodrigues")],
    "it": [("giulia", "ricci"), ("marco", "esposito"), ("francesca", "romano"), ("luca", "colombo"), ("chiara", "greco")],
    "nl": [("sanne", "jansen"), ("daan", "vandijk"), ("femke", "bakker"), ("thijs", "visser"), ("lotte", "smit")],
    "pl": [("katarzyna", "wisniewska"), ("piotr", "kaminski"), ("agnieszka", "lewandowska"), ("tomasz", "zielinski")],
    "sv": [("erik", "lindqvist"), ("elin", "johansson"), ("oskar", "nystrom")], "da": [("mette", "kristensen"), ("rasmus", "poulsen")],
    "fi": [("aino", "virtanen"), ("mikko", "korhonen")], "nb": [("ingrid", "haugen"), ("sindre", "berg")],
    "tr": [("elif", "yilmaz"), ("mehmet", "demir"), ("zeynep", "kaya"), ("emre", "celik")],
    "ru": [("dmitry", "sokolov"), ("anna", "kuznetsova"), ("sergey", "volkov"), ("olga", "morozova"), ("ivan", "petrov")],
    "uk": [("oksana", "kovalenko"), ("andriy", "shevchuk"), ("iryna", "bondarenko")],
    "ar": [("ahmed", "hassan"), ("fatima", "alzahrani"), ("omar", "khalil"), ("mariam", "saeed"), ("youssef", "mansour")],
    "he": [("noa", "levi"), ("yonatan", "cohen"), ("tamar", "mizrahi")],
    "hi": [("rahul", "sharma"), ("ananya", "iyer"), ("vikram", "singh"), ("pooja", "gupta"), ("arjun", "reddy")],
    "ja": [("yuki", "tanaka"), ("haruto", "sato"), ("aoi", "suzuki"), ("kenji", "watanabe"), ("misaki", "ito")],
    "ko": [("minji", "kim"), ("jihoon", "park"), ("seoyeon", "lee"), ("hyunwoo", "choi")],
    "zh": [("wei", "zhang"), ("xiaoming", "li"), ("jing", "wang"), ("yuting", "chen"), ("haoran", "liu")],
    "th": [("somchai", "wongsa"), ("nattaya", "srisuk")], "vi": [("minh", "nguyen"), ("thu", "tran"), ("duc", "pham")],
    "id": [("budi", "santoso"), ("siti", "rahmawati"), ("agus", "wijaya")], "ms": [("nurul", "aziz"), ("hafiz", "ismail")],
    "el": [("giorgos", "papadopoulos"), ("eleni", "nikolaou")], "cs": [("jan", "novak"), ("petra", "svobodova")],
    "ro": [("andrei", "popescu"), ("ioana", "ionescu")], "hu": [("bence", "nagy"), ("reka", "toth")],
}


def make_email(rng, lang, kind=None):
    """kind: 'free' or 'corp'. Returns (value, shape)."""
    if kind is None:
        kind = "free" if rng.random() < 0.62 else "corp"
    first, last = rng.choice(LOCALS.get(lang, LOCALS["en"]))
    if kind == "free":
        dom = rng.choice(FREEMAIL.get(lang, FREEMAIL["en"]))
        style = rng.randrange(9)
        yy = str(rng.choice([rng.randint(70, 99), rng.randint(0, 24)])).zfill(2)
        local = [first + "." + last, first + last + yy, first[0] + last, first + "_" + last, last + "." + first,
                 first + "." + last + str(rng.randint(1, 99)), first + "+" + rng.choice(["shop", "news", "bank", "travel"]),
                 first + rng.choice(["", "."]) + last[0] + str(rng.randint(1970, 2004)), last + first[0] + yy][style]
    else:
        dom = rng.choice(CORPORATE.get(lang, CORPORATE["en"]))
        style = rng.randrange(5)
        local = [first + "." + last, first[0] + "." + last, first, last, first[0] + last][style]
        if rng.random() < 0.12:
            first = last = None
            local = rng.choice(["info", "kontakt", "office", "billing", "support", "admin", "hr", "sales", "reservas", "contact"])
    return local + "@" + dom, "%s_%s" % (kind, lang), (first, last)
