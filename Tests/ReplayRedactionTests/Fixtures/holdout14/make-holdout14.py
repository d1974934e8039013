#!/usr/bin/env python3
"""Generate holdout14.jsonl: an independent held-out set for the PII/secret redactor.

Python 3 standard library only. Deterministic: a fixed seed, no set iteration, dicts only in
insertion order. Usage:
  python3 make-holdout14.py           # rewrite holdout14.jsonl
  python3 make-holdout14.py --stats   # print composition
  python3 make-holdout14.py --check   # regenerate in memory, compare byte for byte, re-validate
"""
import json
import os
import random
import re
import sys
import zlib

SEED = 14052026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout14.jsonl")

R = random.Random(SEED)
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
B62 = DIG + UP + LO
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return seq[R.randrange(len(seq))]


# ---------------------------------------------------------------- Luhn / cards
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + rs(DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


TEST_PANS = ["4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556",
             "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
             "3530111333300000", "4012888888881881", "5200828282828210", "6200000000000005"]

# brand: (prefix generator, lengths)
BRANDS = {
    "visa": (lambda: "4" + rs(DIG, 5), [16]),
    "mc": (lambda: pick(["51", "52", "53", "54", "55"]) + rs(DIG, 4), [16]),
    "mc2": (lambda: str(R.randint(2221, 2720)) + rs(DIG, 2), [16]),
    "amex": (lambda: pick(["34", "37"]) + rs(DIG, 4), [15]),
    "discover": (lambda: "6011" + rs(DIG, 2), [16]),
    "jcb": (lambda: str(R.randint(3528, 3589)) + rs(DIG, 2), [16]),
    "unionpay": (lambda: "62" + pick(["2", "5", "8"]) + rs(DIG, 3), [16, 19]),
    "mir": (lambda: "220" + str(R.randint(0, 4)) + rs(DIG, 2), [16]),
    "rupay": (lambda: pick(["6521", "6522", "6070", "6080", "5085"]) + rs(DIG, 2), [16]),
    "elo": (lambda: pick(["636368", "504175", "451416", "650031"]), [16]),
    "hipercard": (lambda: "606282", [16]),
    "troy": (lambda: "9792" + rs(DIG, 2), [16]),
    "maestro": (lambda: pick(["6759", "6763", "5018", "5020"]) + rs(DIG, 2), [16, 19]),
    "cb": (lambda: pick(["4970", "4973", "5132"]) + rs(DIG, 2), [16]),
}

LANG_BRANDS = {
    "zh": ["unionpay", "unionpay", "visa", "mc"], "ja": ["jcb", "jcb", "visa", "mc"],
    "ru": ["mir", "mir", "visa", "mc"], "hi": ["rupay", "rupay", "visa", "mc"],
    "pt": ["elo", "hipercard", "visa", "mc"], "tr": ["troy", "visa", "mc", "mc"],
    "fr": ["cb", "visa", "mc"], "ko": ["visa", "mc", "jcb", "unionpay"],
    "en": ["visa", "visa", "mc", "mc2", "amex", "discover"],
    "de": ["visa", "mc", "maestro"], "nl": ["maestro", "visa", "mc"],
}


def card_for(lang):
    brand = pick(LANG_BRANDS.get(lang, ["visa", "mc", "mc2", "amex"]))
    gen, lens = BRANDS[brand]
    n = luhn_complete(gen(), pick(lens))
    while n in TEST_PANS or len(set(n[6:])) < 4:
        n = luhn_complete(gen(), pick(lens))
    style = pick(["sp", "sp", "plain", "dash"])
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    elif len(n) == 19:
        g = [n[:4], n[4:8], n[8:12], n[12:16], n[16:]] if R.random() < 0.5 else [n[:6], n[6:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    v = n if style == "plain" else (" " if style == "sp" else "-").join(g)
    return v, "%s_%d_%s" % (brand, len(n), style)


def exp_cvc():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), rs(DIG, 3)


# ---------------------------------------------------------------- phones
# country: (cc, [(nsn prefix, nsn length)], national patterns, international patterns)
# 'X' consumes the next digit of the national significant number; patterns whose X count
# differs from the NSN length are skipped.
PH = {
    "US": ("1", [(a, 10) for a in ["212", "415", "312", "617", "206", "512", "303", "404", "718", "646", "713", "305"]],
           ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX", "1-XXX-XXX-XXXX"], ["+1 XXX XXX XXXX", "+1-XXX-XXX-XXXX", "+1 (XXX) XXX-XXXX"]),
    "CA": ("1", [(a, 10) for a in ["416", "604", "514", "403", "613"]],
           ["(XXX) XXX-XXXX", "XXX-XXX-XXXX"], ["+1 XXX-XXX-XXXX"]),
    "GB": ("44", [("74", 10), ("75", 10), ("77", 10), ("79", 10), ("207", 10), ("208", 10), ("161", 10)],
           ["0XXXX XXXXXX", "0XXXXXXXXXX"], ["+44 XXXX XXXXXX", "+44 (0)XXXX XXXXXX", "+44XXXXXXXXXX"]),
    "AU": ("61", [("41", 9), ("40", 9), ("43", 9), ("29", 9), ("39", 9)], ["0XXX XXX XXX", "0XXXXXXXXX"], ["+61 XXX XXX XXX", "+61XXXXXXXXX"]),
    "IE": ("353", [("83", 9), ("85", 9), ("86", 9), ("87", 9)], ["0XX XXX XXXX"], ["+353 XX XXX XXXX"]),
    "IN": ("91", [("98", 10), ("99", 10), ("97", 10), ("88", 10), ("70", 10), ("63", 10)],
           ["XXXXX XXXXX", "0XXXXXXXXXX", "XXXXXXXXXX"], ["+91 XXXXX XXXXX", "+91-XXXXXXXXXX", "+91 XXXXXXXXXX"]),
    "DE": ("49", [("151", 11), ("152", 11), ("160", 10), ("170", 10), ("171", 11), ("176", 11), ("172", 10), ("30", 10), ("89", 10), ("40", 10)],
           ["0XXXX XXXXXXX", "0XXX XXXXXXXX", "0XXX/XXXXXXX", "0XXXXXXXXXX"], ["+49 XXX XXXXXXXX", "+49 (0)XXX XXXXXXX", "+49XXXXXXXXXX", "0049 XXX XXXXXXX"]),
    "AT": ("43", [("664", 10), ("676", 10), ("650", 10), ("699", 11)], ["0XXX XXXXXXX", "0XXX XXXXXXXX"], ["+43 XXX XXXXXXX", "+43 XXX XXXXXXXX"]),
    "CH": ("41", [("79", 9), ("78", 9), ("76", 9), ("44", 9)], ["0XX XXX XX XX"], ["+41 XX XXX XX XX", "+41XXXXXXXXX"]),
    "FR": ("33", [("61", 9), ("65", 9), ("67", 9), ("68", 9), ("75", 9), ("77", 9), ("78", 9), ("1", 9), ("47", 9)], ["0X XX XX XX XX", "0X.XX.XX.XX.XX", "0XXXXXXXXX"], ["+33 X XX XX XX XX", "+33 (0)X XX XX XX XX", "+33XXXXXXXXX"]),
    "BE": ("32", [("47", 9), ("48", 9), ("49", 9)], ["0XXX XX XX XX", "0XXX/XX.XX.XX"], ["+32 XXX XX XX XX"]),
    "ES": ("34", [("6", 9), ("91", 9), ("93", 9)], ["XXX XXX XXX", "XXX XX XX XX", "XXXXXXXXX"], ["+34 XXX XXX XXX", "+34 XXX XX XX XX", "0034 XXX XXX XXX"]),
    "MX": ("52", [("55", 10), ("33", 10), ("81", 10)], ["XX XXXX XXXX", "(XX) XXXX XXXX"], ["+52 XX XXXX XXXX", "+52 XX-XXXX-XXXX"]),
    "CO": ("57", [("310", 10), ("311", 10), ("300", 10), ("320", 10)], ["XXX XXX XXXX", "XXX XXXXXXX"], ["+57 XXX XXX XXXX"]),
    "AR": ("54", [("1145", 10), ("1147", 10), ("3514", 10)], ["0XX XXXX-XXXX"], ["+54 XX XXXX-XXXX"]),
    "IT": ("39", [("333", 10), ("347", 10), ("320", 10), ("339", 10), ("366", 10), ("02", 10), ("06", 10)],
           ["XXX XXXXXXX", "XXX XXX XXXX", "XXXXXXXXXX"], ["+39 XXX XXX XXXX", "+39 XXX XXXXXXX", "0039 XXXXXXXXXX"]),
    "BR": ("55", [("119", 11), ("219", 11), ("319", 11), ("119", 11)], ["(XX) XXXXX-XXXX", "XX XXXXX-XXXX"], ["+55 XX XXXXX-XXXX", "+55 (XX) XXXXX-XXXX", "+55XXXXXXXXXXX"]),
    "PT": ("351", [("91", 9), ("92", 9), ("93", 9), ("96", 9), ("21", 9)], ["XXX XXX XXX", "XXXXXXXXX"], ["+351 XXX XXX XXX"]),
    "NL": ("31", [("61", 9), ("62", 9), ("63", 9), ("64", 9), ("65", 9), ("20", 9), ("10", 9)], ["0X XXXXXXXX", "0X-XXXXXXXX", "0XX XXX XXXX"], ["+31 X XXXXXXXX", "+31 (0)X XXXXXXXX", "+31XXXXXXXXX"]),
    "PL": ("48", [("50", 9), ("60", 9), ("69", 9), ("79", 9), ("88", 9), ("22", 9)], ["XXX XXX XXX", "XXX-XXX-XXX", "XXXXXXXXX"], ["+48 XXX XXX XXX", "+48XXXXXXXXX"]),
    "SE": ("46", [("70", 9), ("72", 9), ("73", 9), ("76", 9)], ["0XX-XXX XX XX", "0XX XXX XX XX", "0XXXXXXXXX"], ["+46 XX XXX XX XX", "+46XXXXXXXXX"]),
    "TR": ("90", [("532", 10), ("533", 10), ("542", 10), ("505", 10), ("555", 10), ("212", 10)], ["0XXX XXX XX XX", "0 (XXX) XXX XX XX", "0XXXXXXXXXX"], ["+90 XXX XXX XX XX", "+90 (XXX) XXX XX XX"]),
    "RU": ("7", [("916", 10), ("903", 10), ("926", 10), ("985", 10), ("495", 10), ("812", 10)], ["8 (XXX) XXX-XX-XX", "8 XXX XXX XX XX", "8XXXXXXXXXX"], ["+7 (XXX) XXX-XX-XX", "+7 XXX XXX-XX-XX", "+7XXXXXXXXXX"]),
    "UA": ("380", [("50", 9), ("67", 9), ("63", 9), ("93", 9), ("97", 9), ("44", 9)], ["0XX XXX XX XX", "(0XX) XXX-XX-XX"], ["+380 XX XXX XX XX", "+380XXXXXXXXX"]),
    "SA": ("966", [("50", 9), ("53", 9), ("55", 9), ("56", 9)], ["0XX XXX XXXX", "0XXXXXXXXX"], ["+966 XX XXX XXXX", "+966XXXXXXXXX"]),
    "AE": ("971", [("50", 9), ("52", 9), ("55", 9), ("56", 9)], ["0XX XXX XXXX"], ["+971 XX XXX XXXX", "+971-XX-XXXXXXX"]),
    "EG": ("20", [("10", 10), ("11", 10), ("12", 10)], ["0XXX XXX XXXX", "0XXXXXXXXXX"], ["+20 XX XXXX XXXX"]),
    "IL": ("972", [("502", 9), ("505", 9), ("525", 9), ("528", 9), ("544", 9), ("547", 9)], ["0XX-XXX-XXXX", "0XX-XXXXXXX"], ["+972 XX-XXX-XXXX", "+972-XX-XXXXXXX"]),
    "CN": ("86", [("138", 11), ("139", 11), ("135", 11), ("186", 11), ("159", 11), ("177", 11)], ["XXX XXXX XXXX", "XXXXXXXXXXX", "XXX-XXXX-XXXX"], ["+86 XXX XXXX XXXX", "+86 XXXXXXXXXXX", "+86-XXX-XXXX-XXXX"]),
    "JP": ("81", [("903", 10), ("906", 10), ("908", 10), ("802", 10), ("809", 10), ("705", 10), ("35", 9), ("36", 9)], ["0XX-XXXX-XXXX", "0XXXXXXXXXX", "0X-XXXX-XXXX"], ["+81 XX-XXXX-XXXX", "+81 XX XXXX XXXX", "+81 X-XXXX-XXXX"]),
    "KR": ("82", [("10", 10)], ["0XX-XXXX-XXXX", "0XX XXXX XXXX"], ["+82 XX-XXXX-XXXX", "+82 XX XXXX XXXX"]),
    "VN": ("84", [("90", 9), ("91", 9), ("98", 9), ("97", 9), ("86", 9), ("35", 9)], ["0XXX XXX XXX", "0XX XXX XXXX", "0XXXXXXXXX"], ["+84 XX XXX XXXX", "+84 XXX XXX XXX"]),
    "ID": ("62", [("812", 10), ("813", 10), ("821", 10), ("852", 10), ("857", 10), ("812", 11)], ["0XXX-XXXX-XXXX", "0XXX XXXX XXXX", "0XXX-XXXX-XXX"], ["+62 XXX-XXXX-XXXX", "+62 XXX XXXX XXXX", "+62 XXX-XXXX-XXX"]),
    "TH": ("66", [("81", 9), ("89", 9), ("86", 9), ("61", 9)], ["0XX XXX XXXX", "0XX-XXX-XXXX"], ["+66 XX XXX XXXX"]),
    "GR": ("30", [("694", 10), ("697", 10), ("698", 10), ("210", 10)], ["XXX XXX XXXX", "XXXXXXXXXX"], ["+30 XXX XXX XXXX", "+30 XXXXXXXXXX"]),
    "CZ": ("420", [("603", 9), ("604", 9), ("724", 9), ("777", 9), ("608", 9)], ["XXX XXX XXX"], ["+420 XXX XXX XXX", "+420XXXXXXXXX"]),
}

LANG_COUNTRIES = {
    "en": ["US", "US", "US", "GB", "GB", "AU", "CA", "IE", "IN"], "de": ["DE", "DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "FR", "BE", "CH"], "es": ["ES", "ES", "MX", "CO", "AR"], "it": ["IT"],
    "pt": ["BR", "BR", "PT"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "tr": ["TR"],
    "ru": ["RU"], "uk": ["UA"], "ar": ["SA", "AE", "EG"], "he": ["IL"], "hi": ["IN"], "zh": ["CN"],
    "ja": ["JP"], "ko": ["KR"], "vi": ["VN"], "id": ["ID"], "th": ["TH"], "el": ["GR"], "cs": ["CZ"],
}


def fill(pat, nsn):
    it = iter(nsn)
    return "".join(next(it) if c == "X" else c for c in pat)


def phone_for(lang, country=None):
    c = country or pick(LANG_COUNTRIES[lang])
    cc, prefs, nat, intl = PH[c]
    pre, ln = pick(prefs)
    nsn = pre + rs(DIG, ln - len(pre))
    if c in ("US", "CA"):
        while nsn[3] in "01" or nsn[3:6] == "555" or nsn[4:6] == "11":
            nsn = pre + rs(DIG, ln - len(pre))
    form = "intl" if R.random() < 0.45 else "nat"
    pats = [p for p in (intl if form == "intl" else nat) if p.count("X") == ln]
    if not pats:
        form = "intl" if form == "nat" else "nat"
        pats = [p for p in (intl if form == "intl" else nat) if p.count("X") == ln]
    return fill(pick(pats), nsn), "%s_%s" % (c, form)


# ---------------------------------------------------------------- e-mails
FIRST = ["anna", "jonas", "maria", "luca", "sofia", "marco", "emma", "noah", "li.wei", "yuki", "minji", "ahmed",
         "fatima", "olga", "ivan", "pedro", "ana", "lars", "ingrid", "kemal", "ayse", "raj", "priya", "tomas",
         "eva", "jan", "piotr", "kasia", "nguyen", "dewi", "somchai", "giorgos", "dmytro", "yael", "chloe", "lucas",
         "sarah", "mike", "j.smith", "k.tanaka", "hannah", "felix", "marta", "diego", "elif", "arjun", "mei", "hoang"]
LAST = ["mueller", "schmidt", "rossi", "garcia", "silva", "dubois", "jansen", "kowalski", "andersson", "yilmaz",
        "petrov", "shevchenko", "cohen", "sharma", "zhang", "sato", "kim", "tran", "santoso", "wong", "papadopoulos",
        "novak", "brown", "oconnor", "martin", "fischer", "moreau", "bakker", "lindqvist", "demir", "ivanova", "levi"]
FREE = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me"],
        "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.at", "bluewin.ch"],
        "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "skynet.be"],
        "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "outlook.es"], "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
        "pt": ["gmail.com", "uol.com.br", "bol.com.br", "sapo.pt", "hotmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
        "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], "sv": ["telia.com", "gmail.com", "outlook.com"],
        "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"], "ru": ["mail.ru", "yandex.ru", "bk.ru", "gmail.com"],
        "uk": ["ukr.net", "gmail.com", "i.ua"], "ar": ["gmail.com", "hotmail.com", "yahoo.com"], "he": ["gmail.com", "walla.co.il"],
        "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "zh": ["qq.com", "163.com", "126.com", "sina.com"],
        "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"], "ko": ["naver.com", "daum.net", "gmail.com"],
        "vi": ["gmail.com", "yahoo.com.vn"], "id": ["gmail.com", "yahoo.co.id"], "th": ["gmail.com", "hotmail.com"],
        "el": ["gmail.com", "otenet.gr", "yahoo.gr"], "cs": ["seznam.cz", "email.cz", "centrum.cz"]}
CORP = ["acme-logistics.io", "brightwave.co", "nordlicht-gmbh.de", "atelier-lumiere.fr", "tecnored.es", "studio-verde.it",
        "kanpai-labs.jp", "hanbit-soft.kr", "vistula-it.pl", "dataforge.dev", "mail.univ-lyon2.fr", "cs.tum.de",
        "stanford.edu", "ox.ac.uk", "unimelb.edu.au", "hospital-sao-lucas.com.br", "fintrek.com", "greenleaf.org",
        "eng.bluepeak.ai", "corp.helios-energy.com", "uva.nl", "kth.se", "metu.edu.tr", "hse.ru", "iitb.ac.in"]


def email_for(lang, corp=False):
    f, l = pick(FIRST), pick(LAST)
    style = R.randrange(7)
    if style == 0:
        local = "%s.%s" % (f, l)
    elif style == 1:
        local = "%s%s" % (f, R.randint(1, 99))
    elif style == 2:
        local = "%s_%s%s" % (f, l, R.randint(70, 2005))
    elif style == 3:
        local = "%s%s" % (f[0], l)
    elif style == 4:
        local = "%s+%s" % (f, pick(["shop", "news", "github", "work", "bank"]))
    elif style == 5:
        local = "%s-%s" % (l, f)
    else:
        local = "%s.%s%s" % (l, f, R.randint(1, 9))
    local = local.replace("..", ".")
    if corp or R.random() < 0.3:
        dom = pick(CORP)
        shape = "corp"
    else:
        dom = pick(FREE[lang])
        shape = "free"
    return "%s@%s" % (local, dom), shape


# ---------------------------------------------------------------- keys
def b62crc(s):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def gh(prefix):
    body = rs(B62, 30)
    return prefix + body + b62crc(body)


KEYGENS = [
    ("openai_proj", lambda: "sk-proj-" + rs(B62 + "-_", 74) + "T3BlbkFJ" + rs(B62 + "-_", 74)),
    ("openai_legacy", lambda: "sk-" + rs(B62, 20) + "T3BlbkFJ" + rs(B62, 20)),
    ("openai_svcacct", lambda: "sk-svcacct-" + rs(B62 + "-_", 64) + "T3BlbkFJ" + rs(B62 + "-_", 64)),
    ("anthropic", lambda: "sk-ant-api03-" + rs(B62 + "-_", 93) + "AA"),
    ("anthropic_admin", lambda: "sk-ant-admin01-" + rs(B62 + "-_", 93) + "AA"),
    ("aws_akid", lambda: pick(["AKIA", "ASIA"]) + rs(UP + "234567", 16)),
    ("github_pat", lambda: gh("ghp_")),
    ("github_oauth", lambda: gh("gho_")),
    ("github_fine", lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(B62, 59)),
    ("npm", lambda: gh("npm_")),
    ("stripe_live", lambda: "sk_live_51" + rs(B62, 97)),
    ("stripe_rk", lambda: "rk_live_51" + rs(B62, 97)),
    ("slack_bot", lambda: "xoxb-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(B62, 24)),
    ("slack_user", lambda: "xoxp-" + rs(DIG, 12) + "-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(HEX, 32)),
    ("google_api", lambda: "AIza" + rs(B62 + "-_", 35)),
    ("huggingface", lambda: "hf_" + rs(UP + LO, 34)),
    ("gitlab", lambda: "glpat-" + rs(B62 + "-_", 20)),
    ("sendgrid", lambda: "SG." + rs(B62 + "-_", 22) + "." + rs(B62 + "-_", 43)),
    ("groq", lambda: "gsk_" + rs(B62, 52)),
    ("xai", lambda: "xai-" + rs(B62, 80)),
    ("shopify", lambda: pick(["shpat_", "shpss_"]) + rs(HEX, 32)),
    ("digitalocean", lambda: "dop_v1_" + rs(HEX, 64)),
    ("linear", lambda: "lin_api_" + rs(B62, 40)),
    ("replicate", lambda: "r8_" + rs(B62, 37)),
    ("perplexity", lambda: "pplx-" + rs(B62, 48)),
    ("postman", lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)),
    ("databricks", lambda: "dapi" + rs(HEX, 32)),
    ("twilio_sk", lambda: "SK" + rs(HEX, 32)),
    ("pypi", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B62 + "-_", 60)),
    ("doppler", lambda: "dp.st." + pick(["dev", "prd", "stg"]) + "." + rs(B62, 40)),
    ("notion", lambda: "ntn_" + rs(DIG, 11) + rs(B62, 35)),
    ("mailgun", lambda: "key-" + rs(HEX, 32)),
    ("openrouter", lambda: "sk-or-v1-" + rs(HEX, 64)),
    ("pinecone", lambda: "pcsk_" + rs(B62, 5) + "_" + rs(B62, 60)),
]
# label-only keys: opaque random strings recognisable only by the name beside them
NAMED = [("MISTRAL_API_KEY", "mistral", lambda: rs(B62, 32)), ("DEEPL_AUTH_KEY", "deepl", lambda: "%s-%s-%s-%s-%s:fx" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 4), rs(HEX, 4), rs(HEX, 12))),
         ("COHERE_API_KEY", "cohere", lambda: rs(B62, 40)), ("DATADOG_API_KEY", "datadog", lambda: rs(HEX, 32)),
         ("ALGOLIA_ADMIN_KEY", "algolia", lambda: rs(HEX, 32)), ("OPENWEATHER_API_KEY", "openweathermap", lambda: rs(HEX, 32)),
         ("MAPBOX_SECRET_TOKEN", "mapbox", lambda: "sk.eyJ1Ijoi" + rs(B62, 40) + "." + rs(B62 + "-_", 22)),
         ("ELEVENLABS_API_KEY", "elevenlabs", lambda: rs(HEX, 32)), ("AWS_SECRET_ACCESS_KEY", "aws secret", lambda: rs(B62 + "/+", 40)),
         ("PAYSTACK_SECRET", "paystack", lambda: "sk_live_" + rs(HEX, 40)), ("NEWSAPI_KEY", "newsapi", lambda: rs(HEX, 32)),
         ("TOGETHER_API_KEY", "together", lambda: rs(HEX, 64)), ("SENTRY_AUTH_TOKEN", "sentry", lambda: rs(HEX, 64)),
         ("ASSEMBLYAI_API_KEY", "assemblyai", lambda: rs(HEX, 32)), ("FIREWORKS_API_KEY", "fireworks", lambda: "fw_" + rs(B62, 24))]


def key_real():
    name, g = pick(KEYGENS)
    return g(), name


def key_named():
    var, prov, g = pick(NAMED)
    v = g()
    while not re.search(r"\d", v) or not re.search(r"[A-Za-z]", v):
        v = g()
    return v, var, prov


# ---------------------------------------------------------------- chat templates
# {v} is the value. One template list per language and kind.
CHAT = {
 "en": {"email": ["can you write a short reply to the landlord and tell him to contact me at {v} instead of my work address", "my email is {v}, please put it in the footer of the newsletter", "Draft a polite follow-up to the recruiter. Mention they can reach me on {v}.", "fix the grammar: 'Hi, pls send the invoice to {v} thank you'"],
        "phone": ["Write a text message to my neighbour asking her to call me back on {v} about the parcel", "can you format this for my business card: Sam Porter, plumber, {v}", "my number changed to {v}, write a short message to send to my contacts", "the dentist said to ring {v} to reschedule, what should I say?"],
        "card": ["my card {v} was charged twice for the same order, help me write a complaint to the shop", "I need to dispute a charge on card {v} exp {e}, what info does the bank need?", "Write an email to the hotel: please use card {v} for the deposit, not the one on file"],
        "key": ["why does this fail? I'm passing {v} as the bearer token and get 401", "here's my key {v} - is it the right format for the python client?", "rotate this? I accidentally pasted {v} in a public gist yesterday"]},
 "de": {"email": ["Kannst du eine kurze Antwort an den Vermieter schreiben? Er soll mich unter {v} erreichen.", "Meine E-Mail-Adresse ist {v}, bitte in die Signatur übernehmen.", "Schreib eine Absage an den Verein, Rückfragen bitte an {v}"],
        "phone": ["Bitte formuliere eine SMS an den Handwerker: Rückruf unter {v}, am besten nach 17 Uhr.", "Meine neue Handynummer ist {v}, schreib eine kurze Nachricht an alle Kollegen.", "Die Praxis hat die Nummer {v}, wie sage ich am Telefon den Termin ab?"],
        "card": ["Auf meiner Kreditkarte {v} ist eine Abbuchung, die ich nicht kenne. Wie formuliere ich den Widerspruch?", "Schreib der Autovermietung, dass sie die Kaution von der Karte {v} nehmen sollen."],
        "key": ["Der Aufruf schlägt fehl, obwohl ich den Schlüssel {v} im Header mitschicke. Warum?"]},
 "fr": {"email": ["Peux-tu rédiger une réponse au propriétaire ? Il peut me joindre à {v}.", "mon adresse mail c'est {v}, ajoute-la en bas du CV stp", "Écris un mail de relance, ils doivent répondre à {v} avant vendredi"],
        "phone": ["Rédige un SMS pour la nounou : rappelle-moi au {v} dès que possible.", "Mon nouveau numéro est le {v}, fais un message court pour mes amis.", "Le garage m'a dit d'appeler le {v}, comment je demande un devis ?"],
        "card": ["Ma carte {v} a été débitée deux fois, aide-moi à écrire à la banque.", "Écris à l'hôtel de prélever l'acompte sur la carte {v} (exp {e})."],
        "key": ["L'API me renvoie 403 avec la clé {v}, qu'est-ce qui cloche ?"]},
 "es": {"email": ["¿Me ayudas a responder al casero? Que me escriba a {v}.", "mi correo es {v}, ponlo al final de la carta de presentación", "Redacta un correo al colegio diciendo que usen {v} para avisos"],
        "phone": ["Escribe un whatsapp para el fontanero: llámame al {v} por la tarde.", "Cambié de número, ahora es {v}. Hazme un mensaje para mis contactos.", "el médico dijo que llame al {v}, ¿cómo pido la cita?"],
        "card": ["Me cobraron dos veces en la tarjeta {v}, ayúdame con la reclamación.", "Escribe al hotel que carguen la fianza a la tarjeta {v}, caduca {e}."],
        "key": ["me da error 401 con la clave {v}, ¿está mal el formato?"]},
 "it": {"email": ["Mi scrivi una risposta al padrone di casa? Può contattarmi a {v}.", "la mia mail è {v}, mettila nella firma per favore"],
        "phone": ["Scrivi un messaggio all'idraulico: richiamami al {v} dopo le 18.", "il mio numero nuovo è {v}, fammi un messaggio da mandare a tutti", "Il medico ha detto di chiamare il {v}, come chiedo l'appuntamento?"],
        "card": ["Sulla carta {v} c'è un addebito doppio, aiutami a scrivere alla banca."],
        "key": ["Con la chiave {v} ottengo sempre 401, cosa sbaglio?"]},
 "pt": {"email": ["Pode escrever uma resposta pro proprietário? Ele pode me mandar e-mail em {v}.", "meu email é {v}, coloca no rodapé do currículo"],
        "phone": ["Escreve uma mensagem pro eletricista: me liga no {v} depois das 18h.", "meu número novo é {v}, faz uma mensagem pros meus contatos", "O consultório pediu pra ligar no {v}, como remarco?"],
        "card": ["Cobraram duas vezes no cartão {v}, me ajuda a escrever a reclamação.", "Escreve pro hotel debitar a caução no cartão {v} validade {e}."],
        "key": ["tá dando 401 com a chave {v}, o que pode ser?"]},
 "nl": {"email": ["Kun je een antwoord aan de verhuurder schrijven? Hij kan mailen naar {v}.", "mijn e-mailadres is {v}, zet het onder de brief"],
        "phone": ["Schrijf een appje voor de loodgieter: bel me terug op {v}.", "Mijn nieuwe nummer is {v}, maak een kort berichtje voor iedereen."],
        "card": ["Er is twee keer afgeschreven van mijn kaart {v}, help me met een klacht."],
        "key": ["Ik krijg 401 met sleutel {v}, klopt het formaat?"]},
 "pl": {"email": ["Napisz odpowiedź do właściciela mieszkania, niech pisze na {v}.", "mój e-mail to {v}, dodaj go do stopki"],
        "phone": ["Napisz SMS do hydraulika: proszę oddzwonić na {v}.", "Mój nowy numer to {v}, przygotuj wiadomość do znajomych."],
        "card": ["Z karty {v} pobrano dwa razy tę samą kwotę, pomóż napisać reklamację."], "key": ["Dostaję 401 z kluczem {v}, co jest nie tak?"]},
 "sv": {"email": ["Kan du skriva ett svar till hyresvärden? Han kan nå mig på {v}.", "min mejl är {v}, lägg den i signaturen"],
        "phone": ["Skriv ett sms till rörmokaren: ring mig på {v} efter lunch.", "Mitt nya nummer är {v}, skriv ett kort meddelande till alla."],
        "card": ["Mitt kort {v} har dragits två gånger, hjälp mig skriva till banken."], "key": ["Jag får 401 med nyckeln {v}, varför?"]},
 "tr": {"email": ["Ev sahibine bir cevap yazar mısın? Bana {v} adresinden ulaşabilir.", "e-posta adresim {v}, özgeçmişin altına ekle"],
        "phone": ["Tesisatçıya bir mesaj yaz: beni {v} numarasından arasın.", "Yeni numaram {v}, herkese gönderilecek kısa bir mesaj yaz."],
        "card": ["{v} numaralı kartımdan iki kez çekim yapıldı, şikayet yazmama yardım et."], "key": ["{v} anahtarıyla 401 alıyorum, neden?"]},
 "ru": {"email": ["Напиши ответ арендодателю, пусть пишет мне на {v}.", "моя почта {v}, добавь её в подпись"],
        "phone": ["Напиши сообщение сантехнику: перезвоните мне по номеру {v}.", "Мой новый номер {v}, составь короткое сообщение для друзей.", "В поликлинике сказали звонить по {v}, как записаться?"],
        "card": ["С карты {v} списали деньги дважды, помоги написать претензию в банк.", "Напиши в отель, чтобы депозит списали с карты {v}."], "key": ["С ключом {v} получаю 401, что не так?"]},
 "uk": {"email": ["Напиши відповідь орендодавцю, хай пише мені на {v}.", "моя пошта {v}, додай у підпис"],
        "phone": ["Напиши повідомлення сантехніку: передзвоніть мені на {v}.", "Мій новий номер {v}, склади коротке повідомлення для друзів."],
        "card": ["З картки {v} двічі списали кошти, допоможи написати скаргу."], "key": ["З ключем {v} отримую 401, чому?"]},
 "ar": {"email": ["اكتب ردًا على المالك، يمكنه مراسلتي على {v}", "بريدي الإلكتروني هو {v} أضفه في التوقيع من فضلك"],
        "phone": ["اكتب رسالة للسباك: اتصل بي على الرقم {v} بعد العصر", "رقمي الجديد {v}، اكتب رسالة قصيرة لأصدقائي"],
        "card": ["تم خصم المبلغ مرتين من بطاقتي {v}، ساعدني في كتابة شكوى للبنك"], "key": ["أحصل على خطأ 401 مع المفتاح {v}، لماذا؟"]},
 "he": {"email": ["תכתוב תשובה לבעל הדירה, שיכתוב לי ל-{v}", "המייל שלי הוא {v}, תוסיף אותו לחתימה"],
        "phone": ["תכתוב הודעה לאינסטלטור: תחזור אליי למספר {v}", "המספר החדש שלי {v}, תנסח הודעה קצרה לחברים"],
        "card": ["חייבו אותי פעמיים בכרטיס {v}, תעזור לי לכתוב תלונה"], "key": ["אני מקבל 401 עם המפתח {v}, למה?"]},
 "hi": {"email": ["मकान मालिक को जवाब लिख दो, वो मुझे {v} पर मेल कर सकते हैं", "मेरा ईमेल {v} है, इसे सिग्नेचर में जोड़ दो"],
        "phone": ["प्लंबर को मैसेज लिखो: मुझे {v} पर कॉल करें", "मेरा नया नंबर {v} है, दोस्तों के लिए छोटा मैसेज बना दो", "my number is {v}, please add it to the wedding invite card"],
        "card": ["मेरे कार्ड {v} से दो बार पैसे कट गए, बैंक को शिकायत लिखने में मदद करो"], "key": ["{v} key से 401 error आ रहा है, क्यों?"]},
 "zh": {"email": ["帮我给房东写个回复，让他发邮件到 {v}", "我的邮箱是 {v}，请加到简历最下面"],
        "phone": ["帮我给快递员写条短信：到了打我电话 {v}", "我换号了，新号码是{v}，帮我写个通知", "医院说打 {v} 预约，我该怎么说？"],
        "card": ["我的卡 {v} 被重复扣款了，帮我写一封投诉信给银行", "帮我写邮件给酒店，押金从卡号 {v} 扣"], "key": ["用这个key {v} 调接口一直返回401，是格式不对吗？"]},
 "ja": {"email": ["大家さんへの返信を書いてください。連絡先は {v} です。", "私のメールアドレスは{v}です。署名に入れてください。"],
        "phone": ["配達の人に「着いたら {v} に電話してください」と伝えるメッセージを作って", "電話番号が{v}に変わりました。友達へのお知らせ文を書いて", "病院の予約は{v}に電話するように言われました。何と言えばいい？"],
        "card": ["カード {v} で二重に請求されました。カード会社への問い合わせ文を書いて", "ホテルに、デポジットはカード{v}から引き落とすよう伝えるメールを書いて"], "key": ["APIキー {v} で401が返ってきます。形式が違いますか？"]},
 "ko": {"email": ["집주인에게 답장 좀 써줘. {v} 로 연락하라고", "제 이메일은 {v} 입니다. 서명에 넣어 주세요"],
        "phone": ["택배 기사님께 도착하면 {v} 로 전화 달라고 문자 써줘", "번호 바뀌었어요 {v} 친구들한테 보낼 메시지 써줘"],
        "card": ["카드 {v} 에서 두 번 결제됐어요. 카드사에 보낼 민원 좀 써줘"], "key": ["키 {v} 로 호출하면 401이 나와요. 왜 그럴까요?"]},
 "vi": {"email": ["Viết giúp mình thư trả lời chủ nhà, liên hệ mình qua {v}", "email của mình là {v}, thêm vào cuối CV nhé"],
        "phone": ["Viết tin nhắn cho thợ sửa ống nước: gọi lại cho mình số {v}", "Số mới của mình là {v}, viết tin nhắn báo bạn bè giúp"],
        "card": ["Thẻ {v} của mình bị trừ tiền hai lần, giúp mình viết khiếu nại"], "key": ["Mình bị lỗi 401 với key {v}, sai ở đâu?"]},
 "id": {"email": ["Tolong tulis balasan ke pemilik kos, dia bisa email ke {v}", "email saya {v}, tambahkan di bawah CV ya"],
        "phone": ["Buatkan pesan WA buat tukang ledeng: telepon saya di {v}", "Nomor baru saya {v}, buatkan pesan singkat untuk teman-teman"],
        "card": ["Kartu {v} saya kena tagihan dua kali, bantu tulis komplain ke bank"], "key": ["Dapat 401 pakai key {v}, kenapa ya?"]},
 "th": {"email": ["ช่วยเขียนตอบเจ้าของห้องหน่อย ให้ติดต่อทาง {v}", "อีเมลของฉันคือ {v} ใส่ไว้ท้ายจดหมายด้วย"],
        "phone": ["เขียนข้อความถึงช่างประปา ให้โทรกลับที่ {v}", "เบอร์ใหม่ของฉันคือ {v} ช่วยเขียนข้อความแจ้งเพื่อน ๆ"],
        "card": ["บัตร {v} ถูกตัดเงินซ้ำสองครั้ง ช่วยเขียนร้องเรียนธนาคาร"], "key": ["ใช้คีย์ {v} แล้วได้ 401 ทำไม"]},
 "el": {"email": ["Γράψε μια απάντηση στον ιδιοκτήτη, να μου στείλει στο {v}", "το email μου είναι {v}, βάλ' το στην υπογραφή"],
        "phone": ["Γράψε μήνυμα στον υδραυλικό: πάρε με στο {v}", "Ο νέος μου αριθμός είναι {v}, γράψε ένα σύντομο μήνυμα για φίλους"],
        "card": ["Η κάρτα {v} χρεώθηκε δύο φορές, βοήθησέ με να γράψω παράπονο"], "key": ["Παίρνω 401 με το κλειδί {v}, γιατί;"]},
 "cs": {"email": ["Napiš odpověď pronajímateli, ať mi píše na {v}", "můj e-mail je {v}, přidej ho do podpisu"],
        "phone": ["Napiš SMS instalatérovi: zavolejte mi na {v}", "Moje nové číslo je {v}, napiš krátkou zprávu kamarádům"],
        "card": ["Z karty {v} mi strhli peníze dvakrát, pomoz mi napsat reklamaci"], "key": ["S klíčem {v} dostávám 401, proč?"]},
}
LANGS = list(CHAT.keys())
LANG_W = {"en": 4, "de": 3, "fr": 3, "es": 3, "pt": 2, "zh": 2, "ja": 2, "ru": 2, "it": 2}

NAMED_CHAT = ["my {p} key is {v} - why does the client say unauthorized?", "here is my {p} api key {v}, can you write the curl for me",
              "I set {var}={v} in .env but the SDK says the key is missing", "mein {p} API-Key ist {v}, wie binde ich ihn ein?",
              "ma clé {p} est {v}, tu peux écrire le script python ?", "mi API key de {p} es {v}, ¿cómo la uso en node?"]


def wlang():
    pool = []
    for l in LANGS:
        pool += [l] * LANG_W.get(l, 1)
    return pick(pool)


def sp(kind, v, shape):
    return {"kind": kind, "value": v, "shape": shape}


def gen_value(kind, lang):
    if kind == "email":
        v, s = email_for(lang)
        return v, s, {}
    if kind == "phone":
        v, s = phone_for(lang)
        return v, s, {}
    if kind == "card":
        v, s = card_for(lang)
        e, _ = exp_cvc()
        return v, s, {"e": e}
    v, s = key_real()
    return v, s, {}


def chat_line(kind, lang):
    if kind == "api_key" and R.random() < 0.3:
        v, var, prov = key_named()
        t = pick(NAMED_CHAT).format(p=prov, v=v, var=var)
        return t, [sp("api_key", v, "named_" + prov)], "en" if t.startswith(("my", "here", "I set")) else {"mein": "de", "ma c": "fr", "mi A": "es"}[t[:4]]
    v, s, extra = gen_value(kind, lang)
    t = pick(CHAT[lang]["key" if kind == "api_key" else kind]).format(v=v, **extra)
    return t, [sp(kind, v, s)], lang


def chat_two(lang):
    k1, k2 = pick([("email", "phone"), ("phone", "email"), ("email", "card"), ("phone", "card")])
    v1, s1, _ = gen_value(k1, lang)
    v2, s2, _ = gen_value(k2, lang)
    joins = {"en": "Also put {a} and {b} in the signature please", "de": "Bitte {a} und {b} in die Signatur übernehmen",
             "fr": "Mets {a} et {b} dans la signature stp", "es": "Pon {a} y {b} en la firma por favor",
             "it": "Metti {a} e {b} nella firma", "pt": "Coloca {a} e {b} na assinatura", "ja": "署名に {a} と {b} を入れてください",
             "zh": "签名里加上 {a} 和 {b}", "ru": "Добавь {a} и {b} в подпись", "pl": "Dodaj {a} i {b} do podpisu"}
    if "card" in (k1, k2):
        joins = {"en": "Book the room for me, contact {a}, pay with card {b}", "de": "Buch das Zimmer, Kontakt {a}, Zahlung mit Karte {b}",
                 "fr": "Réserve la chambre, contact {a}, paiement carte {b}", "es": "Reserva la habitación, contacto {a}, tarjeta {b}"}
    if lang not in joins:
        lang = "en"
    return joins[lang].format(a=v1, b=v2), [sp(k1, v1, s1), sp(k2, v2, s2)], lang


# ---------------------------------------------------------------- developer material
SVC = ["billing", "auth", "notifier", "checkout", "crm-sync", "mailer", "ingest"]


def dev_env():
    spans, lines = [], ["# .env.production", "NODE_ENV=production", "PORT=%d" % pick([3000, 8080, 5000])]
    for _ in range(R.randint(1, 3)):
        if R.random() < 0.3:
            v, var, prov = key_named()
            lines.append("%s=%s" % (var, v))
            spans.append(sp("api_key", v, "named_" + prov))
        else:
            v, s = key_real()
            var = {"openai": "OPENAI_API_KEY", "anthro": "ANTHROPIC_API_KEY", "aws_ak": "AWS_ACCESS_KEY_ID", "github": "GITHUB_TOKEN", "stripe": "STRIPE_SECRET_KEY", "slack_": "SLACK_BOT_TOKEN", "huggin": "HF_TOKEN", "npm": "NPM_TOKEN"}.get(s[:6] if s[:3] != "npm" else "npm", s.upper() + "_KEY")
            lines.append("%s=%s" % (var, v) if R.random() < 0.6 else '%s="%s"' % (var, v))
            spans.append(sp("api_key", v, s))
    if R.random() < 0.4:
        e, s = email_for("en", corp=True)
        lines.append("SMTP_FROM=%s" % e)
        spans.append(sp("email", e, s))
    lines.append("LOG_LEVEL=info")
    return "\n".join(lines), spans, "dev_env"


def dev_curl():
    v, s = key_real()
    hdr = "Authorization: Bearer %s" % v if not s.startswith("anthropic") else "x-api-key: %s" % v
    url = pick(["https://api.openai.com/v1/chat/completions", "https://api.anthropic.com/v1/messages", "https://api.stripe.com/v1/charges", "https://api.github.com/user/repos"])
    t = "$ curl -s %s \\\n  -H \"%s\" \\\n  -H \"Content-Type: application/json\" -d @body.json\n{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}\nwhy am I rate limited already?" % (url, hdr)
    return t, [sp("api_key", v, s)], "dev_curl"


def dev_named_header():
    v, var, prov = key_named()
    t = pick(["const client = new Client({ apiKey: \"%s\" }) // %s\nthrows 'invalid api key' on first call", "headers = {\"X-Api-Key\": \"%s\"}  # %s\nresp = requests.get(url, headers=headers, timeout=10)", "config.yaml:\n  %s:\n    api_key: %s\n    timeout: 30"])
    if t.startswith("config"):
        t = t % (prov, v)
    else:
        t = t % (v, var)
    return t, [sp("api_key", v, "named_" + prov)], "dev_named"


def dev_log():
    e, s = email_for(pick(LANGS))
    ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    t = pick(["%s ERROR [%s] SMTP 550 5.1.1 <%s>: Recipient address rejected: User unknown",
              "%s WARN  [%s] password reset requested for user=%s ip=203.0.113.%d",
              "%s INFO  [%s] sent receipt to %s (template=order_confirmation)"])
    spans = [sp("email", e, s)]
    if "%d" in t:
        t = t % (ts, pick(SVC), e, R.randint(2, 250))
    else:
        t = t % (ts, pick(SVC), e)
    return t, spans, "dev_log"


def dev_trace():
    e, s = email_for("en")
    t = ("Traceback (most recent call last):\n  File \"app/signup.py\", line %d, in create_user\n    send_welcome(user)\n"
         "  File \"app/mail.py\", line %d, in send_welcome\n    raise DeliveryError(f\"bounce for {addr}\")\nDeliveryError: bounce for %s\ncan you explain this?") % (R.randint(20, 300), R.randint(10, 90), e)
    return t, [sp("email", e, s)], "dev_trace"


def dev_sql():
    lang = pick(LANGS)
    e, s = email_for(lang)
    p, ps = phone_for(lang)
    t = "INSERT INTO customers (id, email, phone, created_at) VALUES (%d, '%s', '%s', '2024-%02d-%02d');\nERROR:  duplicate key value violates unique constraint \"customers_email_key\"" % (R.randint(100, 99999), e, p, R.randint(1, 12), R.randint(1, 28))
    return t, [sp("email", e, s), sp("phone", p, ps)], "dev_sql"


def dev_csv():
    lang = pick(["en", "de", "fr", "es", "nl", "pl", "it", "pt", "sv"])
    hdr = {"en": "name,email,phone,city", "de": "Name;E-Mail;Telefon;Ort", "fr": "nom;courriel;téléphone;ville", "es": "nombre,correo,teléfono,ciudad",
           "nl": "naam;e-mail;telefoon;plaats", "pl": "imię;email;telefon;miasto", "it": "nome;email;telefono;città", "pt": "nome,email,telefone,cidade", "sv": "namn;e-post;telefon;ort"}[lang]
    sep = ";" if ";" in hdr else ","
    rows, spans = [hdr], []
    for _ in range(R.randint(1, 2)):
        e, s = email_for(lang)
        p, ps = phone_for(lang)
        rows.append(sep.join([pick(FIRST).split(".")[0].title() + " " + pick(LAST).title(), e, p, pick(["Lyon", "Köln", "Madrid", "Porto", "Gdańsk", "Utrecht", "Malmö", "Bologna", "Leeds"])]))
        spans += [sp("email", e, s), sp("phone", p, ps)]
    return "clean up this export, remove duplicates:\n" + "\n".join(rows), spans, "dev_csv"


def dev_json_order():
    lang = pick(["en", "de", "fr", "ja", "zh", "pt", "es"])
    c, cs = card_for(lang)
    e, s = email_for(lang)
    ex, cvc = exp_cvc()
    t = ('POST /v2/payments returned 422, body was:\n{"amount": %d, "currency": "%s", "customer": {"email": "%s"}, '
         '"source": {"number": "%s", "exp": "%s", "cvc": "%s"}}\nwhat field is wrong?') % (R.randint(500, 90000), pick(["EUR", "USD", "JPY", "BRL", "CNY"]), e, c, ex, cvc)
    return t, [sp("email", e, s), sp("card", c, cs)], "dev_json"


def dev_card_log():
    c, cs = card_for(pick(["en", "de", "fr", "nl"]))
    t = pick(["[pos-terminal] %s txn declined code=05 pan=%s amount=%d.%02d",
              "payment_worker | %s | retry 2/3 card_number=%s amount_cents=%d%02d"]) % ("2025-03-%02d %02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), c, R.randint(1, 900), R.randint(0, 99))
    return t + "\nis this PCI compliant logging? how do I mask it?", [sp("card", c, cs)], "dev_cardlog"


def dev_signature():
    lang = pick(["en", "de", "fr", "es", "nl", "it", "pl", "pt"])
    e, s = email_for(lang, corp=True)
    p, ps = phone_for(lang)
    label = {"en": ("Tel", "Email"), "de": ("Tel.", "E-Mail"), "fr": ("Tél.", "Courriel"), "es": ("Tel.", "Correo"), "nl": ("Tel.", "E-mail"), "it": ("Tel.", "Email"), "pl": ("Tel.", "E-mail"), "pt": ("Tel.", "E-mail")}[lang]
    t = "translate this email to English:\n...\n--\n%s %s\n%s\n%s: %s\n%s: %s" % (pick(FIRST).split(".")[0].title(), pick(LAST).title(), pick(["Head of Sales", "Einkauf", "Responsable RH", "Office Manager"]), label[0], p, label[1], e)
    return t, [sp("phone", p, ps), sp("email", e, s)], "dev_signature"


def dev_gitconfig():
    e, s = email_for("en")
    t = pick(["$ git config --global user.email \"%s\"\n$ git commit -m 'init'\n[main (root-commit) %s] init", "commit %s\nAuthor: dev <%s>\nDate:   Tue Mar 4 10:12:33 2025 +0100\n\n    fix build"])
    if t.startswith("$"):
        t = t % (e, rs(HEX, 7))
    else:
        t = t % (rs(HEX, 40), e)
    return t, [sp("email", e, s)], "dev_git"


def dev_phone_json():
    lang = pick(LANGS)
    p, ps = phone_for(lang)
    t = pick(['the twilio webhook sent {"From": "%s", "Body": "STOP", "NumMedia": "0"} - how do I unsubscribe them?',
              'validate this contact before saving: {"mobile": "%s", "country": "%s", "opt_in": true}'])
    t = t % ((p,) if t.count("%s") == 1 else (p, ps[:2]))
    return t, [sp("phone", p, ps)], "dev_phone_json"


def dev_k8s():
    v, s = key_real()
    t = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-secrets\nstringData:\n  API_TOKEN: %s\n" % (pick(SVC), v)
    return t + "kubectl apply says it's fine but the pod can't auth", [sp("api_key", v, s)], "dev_k8s"


DEV = [(dev_env, 10), (dev_curl, 8), (dev_named_header, 6), (dev_log, 5), (dev_trace, 3), (dev_sql, 5), (dev_csv, 5),
       (dev_json_order, 7), (dev_card_log, 9), (dev_signature, 5), (dev_gitconfig, 2), (dev_phone_json, 5), (dev_k8s, 4)]

# ---------------------------------------------------------------- wrappers
def uid():
    return "%s-%s-4%s-%s%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 3), pick("89ab"), rs(HEX, 3), rs(HEX, 12))


def iso():
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def dj(o, ascii_=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":"))


def w_claude_code(t):
    return dj({"parentUuid": uid(), "isSidechain": False, "userType": "external", "cwd": "/Users/dev/project", "sessionId": uid(),
               "version": "2.1.%d" % R.randint(1, 30), "gitBranch": "main", "type": "user", "message": {"role": "user", "content": t},
               "uuid": uid(), "timestamp": iso()})


def w_claude_code_tool(t):
    return dj({"type": "user", "timestamp": iso(), "sessionId": uid(), "message": {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "toolu_01" + rs(B62, 22), "content": t}]}, "uuid": uid()})


def w_codex(t):
    return dj({"timestamp": iso(), "type": "event_msg", "payload": {"type": "user_message", "message": t, "images": []}})


def w_codex_out(t):
    return dj({"timestamp": iso(), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + rs(B62, 24), "output": dj({"output": t, "metadata": {"exit_code": 0, "duration_seconds": 0.4}})}})


def w_chatgpt(t):
    nid = uid()
    return dj({nid: {"id": nid, "message": {"id": nid, "author": {"role": "user", "name": None, "metadata": {}}, "create_time": round(R.uniform(1.70e9, 1.75e9), 3),
               "content": {"content_type": "text", "parts": [t]}, "status": "finished_successfully", "metadata": {}}, "parent": uid(), "children": [uid()]}}, ascii_=True)


def w_claude_ai(t):
    return dj({"uuid": uid(), "text": t, "sender": "human", "created_at": iso(), "updated_at": iso(), "attachments": [], "files": []}, ascii_=R.random() < 0.3)


def w_anthropic(t):
    return dj({"model": pick(["claude-sonnet-4-5", "claude-3-5-sonnet-20241022", "claude-opus-4-1"]), "max_tokens": 4096,
               "messages": [{"role": "user", "content": [{"type": "text", "text": t}]}]}, ascii_=R.random() < 0.5)


def w_openai_chat(t):
    return dj({"model": pick(["gpt-4o", "gpt-4o-mini", "gpt-4.1"]), "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": t}], "temperature": 0.7})


def w_responses(t):
    return dj({"model": "gpt-5", "input": [{"role": "user", "content": [{"type": "input_text", "text": t}]}], "store": False})


def w_llm_logs(t):
    return dj({"id": rs("0123456789abcdefghjkmnpqrstvwxyz", 26), "model": pick(["gpt-4o-mini", "claude-3.5-haiku"]), "prompt": t, "system": None,
               "response": "Sure, here is a draft.", "datetime_utc": iso().replace("Z", "+00:00"), "conversation_id": rs("0123456789abcdefghjkmnpqrstvwxyz", 26)})


def w_otel(t):
    inner = dj([{"role": "user", "parts": [{"type": "text", "content": t}]}])
    return dj({"name": "chat gpt-4o", "context": {"trace_id": rs(HEX, 32), "span_id": rs(HEX, 16)}, "kind": "SPAN_KIND_CLIENT",
               "attributes": {"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o", "gen_ai.input.messages": inner}})


def w_sharegpt(t):
    return dj({"id": "identity_%d" % R.randint(0, 9999), "conversations": [{"from": "human", "value": t}, {"from": "gpt", "value": "Here you go."}]})


WRAPS = [("claude_code", w_claude_code), ("claude_code_tool", w_claude_code_tool), ("codex", w_codex), ("codex_out", w_codex_out),
         ("chatgpt_node", w_chatgpt), ("claude_ai", w_claude_ai), ("anthropic_request", w_anthropic), ("openai_chat", w_openai_chat),
         ("openai_responses", w_responses), ("llm_logs", w_llm_logs), ("otel", w_otel), ("sharegpt", w_sharegpt)]
TOOL_WRAPS = ("claude_code_tool", "codex_out")

# ---------------------------------------------------------------- negatives
def luhn_bad(n):
    while True:
        d = rs(DIG, n)
        if d[0] != "0" and not any(luhn_ok(d[a:a + k]) for k in range(13, n + 1) for a in range(n - k + 1)):
            return d


def neg_order():
    return pick(["Order #%s hasn't shipped yet, write a complaint to the store" % luhn_bad(R.randint(13, 16)),
                 "UPS tracking 1Z%s%s says delivered but nothing arrived. Draft a message." % (rs(UP + DIG, 6), luhn_bad(10)),
                 "Rechnungsnummer %s-%s, bitte eine Mahnung formulieren" % (R.randint(2023, 2025), luhn_bad(14)),
                 "mon numéro de commande est %s, je n'ai rien reçu" % luhn_bad(R.randint(13, 17)),
                 "订单号 %s 一直没发货，帮我催一下" % luhn_bad(R.randint(16, 19))])


def neg_epoch():
    return pick(["convert %d to a human date" % R.randint(1600000000, 1760000000),
                 "the log says ts=%d%03d, what timezone is that in?" % (R.randint(1600000000, 1760000000), R.randint(0, 999)),
                 "why does Date(%d) show 1970 in my app?" % R.randint(1600000000, 1760000000)])


def neg_dates():
    return pick(["meeting moved to 2025-%02d-%02d 14:30, update the invite text" % (R.randint(1, 12), R.randint(1, 28)),
                 "Termin am %02d.%02d.2025 um 09:15 Uhr bestätigen" % (R.randint(1, 28), R.randint(1, 12)),
                 "le rendez-vous du %02d/%02d/2025 à 10h est annulé" % (R.randint(1, 28), R.randint(1, 12)),
                 "2025年%d月%d日 15:00 的会议改到下午" % (R.randint(1, 12), R.randint(1, 28)),
                 "deploy window: %s to %s" % (iso(), iso())])


def neg_versions():
    return pick(["upgrading from node %d.%d.%d to %d.%d.%d breaks the build" % (R.randint(16, 22), R.randint(0, 20), R.randint(0, 9), R.randint(18, 23), R.randint(0, 20), R.randint(0, 9)),
                 "Xcode %d.%d (build %dE%d) fails to sign the app" % (R.randint(14, 16), R.randint(0, 4), R.randint(14, 16), R.randint(100, 300)),
                 "pip install torch==2.%d.%d+cu%d failed" % (R.randint(0, 5), R.randint(0, 3), pick([118, 121, 124])),
                 "iOS %d.%d.%d build %d%s%d" % (R.randint(16, 18), R.randint(0, 6), R.randint(0, 3), R.randint(20, 22), pick(UP), R.randint(100, 9999))])


def neg_hashes():
    return pick(["git checkout %s fails with 'reference is not a tree'" % rs(HEX, 40),
                 "sha256sum says %s but the site lists a different one" % rs(HEX, 64),
                 "image digest sha256:%s not found in registry" % rs(HEX, 64),
                 "integrity=\"sha384-%s\" mismatch on the CDN script" % rs(B62 + "+/", 64),
                 "md5 of the upload is %s, is that ok?" % rs(HEX, 32)])


def neg_llm_ids():
    return pick(["the response id was msg_01%s and it got cut off" % rs(B62, 22), "tool_use id toolu_01%s returned an error" % rs(B62, 22),
                 "chatcmpl-%s has finish_reason=length, how do I continue?" % rs(B62, 29), "support asked for the request id: req_011C%s" % rs(B62, 18),
                 "function call call_%s never got an output" % rs(B62, 24), "resp_%s keeps failing with 500" % rs(HEX, 48),
                 "batch_%s is stuck in validating" % rs(HEX, 32), "uploaded file-%s but the assistant can't see it" % rs(B62, 22)])


def neg_masked():
    return pick(["the receipt shows card **** **** **** %s, is that my Visa?" % rs(DIG, 4), "Karte endet auf %s, ist das meine?" % rs(DIG, 4),
                 "the dashboard shows sk-...%s for the key, which project is it?" % rs(B62, 4), "call me at +44 7*** ***%s" % rs(DIG, 3),
                 "email j***@g****.com is on the account, is that safe?", "card ending XXXX-XXXX-XXXX-%s was declined" % rs(DIG, 4),
                 "the token looks like ghp_************************%s" % rs(B62, 4)])


def neg_placeholders():
    return pick(["export OPENAI_API_KEY=<your-api-key>", "set ANTHROPIC_API_KEY=sk-ant-... in your shell profile", "env:\n  STRIPE_KEY: ${{ secrets.STRIPE_KEY }}",
                 "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "replace YOUR_API_KEY_HERE with the key from the dashboard",
                 "api_key: \"${MISTRAL_API_KEY}\"", "Authorization: Bearer $TOKEN", "phone: +1 (XXX) XXX-XXXX", "email: {{user.email}}",
                 "card_number: %{CARD}", "AWS_ACCESS_KEY_ID=AKIA****************", "password = os.environ[\"DB_PASSWORD\"]"])


def neg_coords():
    return pick(["the pin is at %.6f, %.6f, is that near the station?" % (R.uniform(-60, 60), R.uniform(-170, 170)),
                 "lat=%.7f lon=%.7f accuracy=%.1fm" % (R.uniform(-60, 60), R.uniform(-170, 170), R.uniform(2, 40)),
                 "Koordinaten %.5f° N, %.5f° E" % (R.uniform(45, 55), R.uniform(5, 15))])


def isbn13():
    d = "978" + rs(DIG, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def neg_isbn():
    i = isbn13()
    return pick(["Summarise the book ISBN %s for me" % i, "ISBN %s-%s-%s-%s-%s citation in APA please" % (i[:3], i[3], i[4:8], i[8:12], i[12]),
                 "EAN %s on the package, what product is it?" % ("40" + isbn13()[2:])])


def neg_company():
    return pick(["Impressum: Amtsgericht München HRB %d, USt-IdNr. DE%s" % (R.randint(10000, 299999), rs(DIG, 9)),
                 "KvK %s, BTW NL%sB01 – zet dit onder de factuur" % (rs(DIG, 8), rs(DIG, 9)), "Companies House number %s, is this company active?" % rs(DIG, 8),
                 "SIRET %s %s %s %s sur la facture" % (rs(DIG, 3), rs(DIG, 3), rs(DIG, 3), rs(DIG, 5)),
                 "CNPJ %s.%s.%s/0001-%s da empresa" % (rs(DIG, 2), rs(DIG, 3), rs(DIG, 3), rs(DIG, 2)), "ABN %s %s %s %s on the invoice" % (rs(DIG, 2), rs(DIG, 3), rs(DIG, 3), rs(DIG, 3))])


def neg_at():
    return pick(["@%s can you review the PR?" % pick(LAST), "from pandas import *; df.loc[df.a > 3] @ weights", "meet @ 5pm at the cafe",
                 "npm install @types/node@%d.%d.%d" % (R.randint(18, 22), R.randint(0, 20), R.randint(0, 9)), "use @Published var count = 0 in SwiftUI",
                 "git clone ssh://git@%s/team/app.git failed" % pick(["gitlab.internal", "bitbucket.org"]), "the decorator @app.route('/login') returns 405",
                 "price is 3 @ $4.99 each", "docker pull nginx@sha256:%s" % rs(HEX, 64)])


def neg_metrics():
    return pick(["we had %d,%03d,%03d page views and %d,%03d signups last quarter, write a summary" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 999), R.randint(1, 99), R.randint(0, 999)),
                 "total tokens: %d prompt / %d completion, cost $%d.%02d" % (R.randint(1000, 900000), R.randint(100, 90000), R.randint(0, 90), R.randint(0, 99)),
                 "benchmark: %d ops/sec ±%d.%02d%% (%d runs sampled)" % (R.randint(10000, 9000000), R.randint(0, 5), R.randint(0, 99), R.randint(50, 99))])


def neg_misc_ids():
    return pick(["trace id %s shows 3s in the db span" % rs(HEX, 32), "container %s exited with code 137" % rs(HEX, 12),
                 "booking reference %s, flight LH%d" % (rs(UP, 6), R.randint(100, 1999)), "session %s expired" % uid(),
                 "Zoom meeting ID %s %s %s, passcode %s" % (rs(DIG, 3), rs(DIG, 4), rs(DIG, 4), rs(DIG, 6)),
                 "PID %d was OOM killed" % R.randint(1000, 65000)])


def neg_code():
    return pick(["const EMAIL_RE = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/; why does it accept a@b.c?",
                 "def luhn(n): return sum(...) % 10 == 0  # how to validate card numbers?", "phone = re.compile(r'^\\+?[1-9]\\d{1,14}$')  # E.164 ok?",
                 "if !key.hasPrefix(\"sk-\") { throw ConfigError.invalidKey }"])


NEGS = [(neg_order, 24), (neg_epoch, 18), (neg_dates, 24), (neg_versions, 20), (neg_hashes, 22), (neg_llm_ids, 26), (neg_masked, 20),
        (neg_placeholders, 24), (neg_coords, 18), (neg_isbn, 14), (neg_company, 18), (neg_at, 20), (neg_metrics, 14), (neg_misc_ids, 20), (neg_code, 10)]


def neg_policy():
    return pick(["for local testing use card 4242 4242 4242 4242, any CVC, any future date", "Stripe test card 4000 0566 5566 5556 keeps failing in test mode",
                 "the docs use AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY - is that real?",
                 "send the test mail to alice@example.com and bob@example.org", "the form says enter a phone like (555) 010-%04d" % R.randint(0, 99),
                 "UK drama number 07700 900%03d for the screenplay" % R.randint(0, 999), "server listens on 192.168.%d.%d and 10.0.%d.%d" % (R.randint(0, 255), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)),
                 "git remote add origin git@github.com:acme/app.git", "Co-Authored-By: Claude <noreply@anthropic.com>",
                 "test with 4111 1111 1111 1111 in sandbox", "ping user@localhost from cron", "curl -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: https://api.stripe.com/v1/charges"])


# ---------------------------------------------------------------- validation helpers
EMAIL_RX = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
DIGRUN_RX = re.compile(r"\d(?:[ -]?\d){12,}")


def stray(text, spans):
    """An e-mail or Luhn-valid 13-19 digit run outside the labelled spans."""
    cover = []
    for s in spans:
        i = text.find(s["value"])
        while i >= 0:
            cover.append((i, i + len(s["value"])))
            i = text.find(s["value"], i + 1)

    def inside(a, b):
        return any(a < y and x < b for x, y in cover)
    for m in EMAIL_RX.finditer(text):
        if not inside(m.start(), m.end()):
            return True
    for m in DIGRUN_RX.finditer(text):
        if inside(m.start(), m.end()):
            continue
        g = m.group()
        digits = re.sub(r"\D", "", g)
        for n in range(13, 20):
            for a in range(0, len(digits) - n + 1):
                if luhn_ok(digits[a:a + n]):
                    return True
    return False


def counts_ok(text, spans):
    vals = [s["value"] for s in spans]
    for v in vals:
        if text.count(v) != vals.count(v):
            return False
        if any(v != w and v in w for w in vals):
            return False
        if json.dumps(v)[1:-1] != v:
            return False
    return True


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for f, w in pairs:
        x -= w
        if x < 0:
            return f
    return pairs[-1][0]


def wrap(text, genre, tool=False):
    names = [n for n, _ in WRAPS if (n in TOOL_WRAPS) == tool] if tool else [n for n, _ in WRAPS if n not in TOOL_WRAPS]
    n = pick(names)
    return dict(WRAPS)[n](text), genre + "@" + n


def build():
    out = []
    # positives
    target_chat1, target_chat2, target_dev = 470, 70, 270
    plan = ["c1"] * target_chat1 + ["c2"] * target_chat2 + ["dev"] * target_dev
    kinds = ["email", "phone", "card", "api_key"]
    for i, kind in enumerate(plan):
        while True:
            if kind == "c1":
                k = kinds[i % 4] if i % 7 else pick(["card", "phone", "card"])
                lang = wlang()
                text, spans, lang = chat_line(k, lang)
                genre = "chat_" + k
            elif kind == "c2":
                lang = wlang()
                text, spans, lang = chat_two(lang)
                genre = "chat_" + "+".join(s["kind"] for s in spans)
            else:
                text, spans, genre = weighted(DEV)()
                lang = "en"
            r = R.random()
            if r < 0.34:
                text, genre = wrap(text, genre, tool=(genre.startswith("dev") and R.random() < 0.5))
            if counts_ok(text, spans) and not stray(text, spans):
                break
        out.append({"text": text, "spans": spans, "genre": genre, "lang": lang, "known": {"names": [], "emails": [], "ids": []}})
    # negatives
    for i in range(300):
        while True:
            if i < 21:
                text, genre = neg_policy(), "n_policy"
            else:
                f = weighted(NEGS)
                text, genre = f(), "n_" + f.__name__[4:]
            lang = "de" if ("Termin" in text or "Karte" in text or "Amtsgericht" in text or "Rechnungs" in text or "Koordinaten" in text) else \
                   "fr" if ("rendez" in text or "commande" in text or "SIRET" in text) else "zh" if ("订单" in text or "会议" in text) else \
                   "nl" if "KvK" in text else "pt" if "CNPJ" in text else "en"
            if R.random() < 0.3:
                text, genre = wrap(text, genre)
            if genre.startswith("n_policy") or not stray(text, []):
                break
        out.append({"text": text, "spans": [], "genre": genre, "lang": lang, "known": {"names": [], "emails": [], "ids": []}})
    # interleave deterministically
    R.shuffle(out)
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def validate(data):
    bad = 0
    for ln, line in enumerate(data.splitlines(), 1):
        o = json.loads(line)
        t, spans = o["text"], o["spans"]
        for s in spans:
            assert s["kind"] in ("email", "phone", "card", "api_key"), ln
            if s["kind"] == "card":
                d = re.sub(r"\D", "", s["value"])
                if not (13 <= len(d) <= 19 and luhn_ok(d)) or d in TEST_PANS:
                    print("bad card line", ln); bad += 1
            if s["kind"] == "api_key" and s["value"][:4] in ("ghp_", "gho_", "npm_"):
                b = s["value"][4:]
                if b62crc(b[:30]) != b[30:]:
                    print("bad checksum line", ln); bad += 1
        if not counts_ok(t, spans):
            print("count/escape problem line", ln); bad += 1
        if (spans or o["genre"] != "n_policy" and not o["genre"].startswith("n_policy@")) and stray(t, spans):
            print("stray e-mail/card line", ln); bad += 1
    return bad


def stats(data):
    lines = [json.loads(l) for l in data.splitlines()]
    pos = [o for o in lines if o["spans"]]
    print("lines %d  positives %d  negatives %d" % (len(lines), len(pos), len(lines) - len(pos)))
    kc = {}
    for o in pos:
        for s in o["spans"]:
            kc[s["kind"]] = kc.get(s["kind"], 0) + 1
    print("spans %d  %s" % (sum(kc.values()), "  ".join("%s %d" % (k, kc[k]) for k in sorted(kc))))
    named = sum(1 for o in pos for s in o["spans"] if s["shape"].startswith("named_"))
    keys = kc.get("api_key", 0)
    print("api_key label-only (named_) %d of %d" % (named, keys))
    wrapped = sum(1 for o in lines if "@" in o["genre"])
    print("wrapped %d (%.0f%%)" % (wrapped, 100.0 * wrapped / len(lines)))
    for title, key in (("lang", lambda o: o["lang"]), ("genre (base)", lambda o: o["genre"].split("@")[0]), ("wrapper", lambda o: o["genre"].split("@")[1] if "@" in o["genre"] else "-")):
        c = {}
        for o in lines:
            c[key(o)] = c.get(key(o), 0) + 1
        print(title + ": " + ", ".join("%s %d" % (k, c[k]) for k in sorted(c, key=lambda k: (-c[k], k))))
    c = {}
    for o in pos:
        for s in o["spans"]:
            k = s["kind"] + ":" + s["shape"].split("_")[0]
            c[k] = c.get(k, 0) + 1
    print("shapes: " + ", ".join("%s %d" % (k, c[k]) for k in sorted(c)))


def main():
    data = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        same = cur == data
        print("byte-identical:", same)
        bad = validate(cur)
        print("validation problems:", bad)
        sys.exit(0 if same and bad == 0 else 1)
    if "--stats" in sys.argv:
        stats(data)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
