#!/usr/bin/env python3
"""Builds holdout.jsonl: a held-out labelled set for the redactor's recall and false positives.

Written without looking at the redactor's detectors or at the tuning set (labelled.jsonl /
make-labelled.py). Every value is synthetic (random, with valid checksums where the real thing
has one). Deterministic: fixed seed, no clock, no network.

Each output line: {"text": ..., "spans": [{"kind", "value", "shape"}], "known": {...}, "genre": ...}
- "value" is the exact substring that must be gone from the redacted text;
- "shape" (extra, ignored by LabelledSet) names the variant, for per-shape breakdowns;
- "known" (optional) holds the exporter's names / emails / ids (KnownIdentifiers);
- lines with no spans are hard negatives; their "genre" names the negative category.

Usage: python3 make-holdout.py > holdout.jsonl
"""
import base64
import json
import random
import string
import sys

SEED = 0x5EED_401D
R = random.Random(SEED)

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


class S:
    """A labelled span: kind, the exact value in the text, and its shape."""

    def __init__(self, kind, value, shape):
        self.kind, self.value, self.shape = kind, value, shape

    def __str__(self):
        return self.value


# ---------------------------------------------------------------- people, places, companies

FIRST = ["James", "Maria", "Wei", "Priya", "Lukas", "Camille", "Mateo", "Aisha", "Hiroshi", "Sofia",
         "Olusegun", "Ingrid", "Rafael", "Chloé", "Dmitri", "Fatima", "Liam", "Yuki", "Joana", "Arjun",
         "Emma", "Noah", "Léa", "Jonas", "Lucía", "Thiago", "Anika", "Kenji", "Zanele", "Mehmet",
         "Sven", "Aoife", "Kwame", "Ngozi", "Tomasz", "Elif", "Bruno", "Hannah", "Marco", "Nadia",
         "Oscar", "Beatriz", "Ravi", "Sakura", "Felix", "Amara", "Gustavo", "Isabelle", "Pedro", "Zoe"]
LAST = ["Okafor", "Schneider", "Nakamura", "Fernández", "Dubois", "Kowalski", "Chen", "Patel",
        "Andersson", "Rossi", "Silva", "Murphy", "Haddad", "Yılmaz", "Novak", "Lindqvist", "García",
        "Müller", "Tanaka", "Moreau", "Oliveira", "Kapoor", "Brennan", "Van der Berg", "Costa",
        "Nguyen", "Petrov", "Achebe", "Larsen", "Romano", "Iyer", "Hoffmann", "Sato", "Dias",
        "Fitzgerald", "Lefebvre", "Mendoza", "Kim", "Weber", "Bianchi", "Santos", "Ito", "Walsh",
        "Abara", "Horvat", "Jensen", "Ortega", "Rahman", "Fischer", "Duarte"]
CITIES = ["Berlin", "Lyon", "Madrid", "Porto", "Osaka", "Toronto", "Austin", "Leeds", "Milano",
          "Utrecht", "Pune", "Curitiba", "Brisbane", "Seattle", "Dublin"]
COMPANY_WORDS = ["acme", "globex", "initech", "northwind", "contoso", "fabrikam", "hooli", "vandelay",
                 "tyrell", "soylent", "umbrella", "stark", "wayne", "cyberdyne", "aperture", "massive",
                 "blueharbor", "redkite", "lumen", "quanta", "orbital", "tidewater", "pinecrest",
                 "brightpath", "silverline", "kestrel", "harbor", "nimbus", "cobalt", "meridian"]
COMPANY_SUFFIX = ["", "-labs", "-corp", "-group", "-systems", "-health", "-logistics", "hq", "-data", "-io"]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me",
            "protonmail.ch", "gmx.de", "web.de", "orange.fr", "free.fr", "laposte.net", "yahoo.es",
            "uol.com.br", "terra.com.br", "yahoo.co.jp", "naver.com", "live.nl", "libero.it", "fastmail.fm"]
TLDS = ["com", "io", "co", "net", "org", "de", "fr", "es", "it", "nl", "com.br", "co.uk", "co.jp",
        "com.au", "in", "ca", "ch", "at", "pt", "eu"]
NEW_TLDS = ["app", "dev", "ai", "tech", "shop", "xyz", "cloud", "berlin", "photography", "consulting",
            "agency", "studio", "health", "finance", "systems", "email", "site", "online", "store", "engineering"]
SUBDOMAINS = ["mail", "eng", "support", "billing", "eu", "us-east", "corp", "students", "alumni", "dept.cs",
              "notify", "em", "reply", "lists", "sales.emea"]


def ascii_fold(s):
    table = str.maketrans("áéíóúàèìòùâêîôûäëïöüçñãõåøıłşéÉ", "aeiouaeiouaeiouaeioucnaoaoilseE")
    return s.translate(table).replace(" ", "").replace("'", "")


def person():
    return pick(FIRST), pick(LAST)


def company_domain(tld=None):
    w = pick(COMPANY_WORDS) + pick(COMPANY_SUFFIX)
    if chance(0.3):
        w += str(R.randint(2, 99))
    return f"{w}.{tld or pick(TLDS)}"


# ---------------------------------------------------------------- email

def email_local(first, last):
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
    return pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}",
                 f"{l}.{f}", f"{f}-{l}", f"{f[0]}.{l}", f"{f}.{l}{R.randint(70, 99)}", f"{l}{f[0]}"])


EMAIL_SHAPES = ["plain", "plus", "subdomain", "newtld", "upper", "freemail", "digits", "cctld", "role"]


def email(shape=None):
    shape = shape or pick(EMAIL_SHAPES)
    first, last = person()
    local = email_local(first, last)
    if shape == "plain":
        v = f"{local}@{company_domain()}"
    elif shape == "plus":
        v = f"{local}+{pick(['invoices', 'github', 'test', 'news', 'replay', 'shop', 'work', '2024', 'spam', 'jira'])}@{pick(FREEMAIL + [company_domain()])}"
    elif shape == "subdomain":
        v = f"{local}@{pick(SUBDOMAINS)}.{company_domain()}"
    elif shape == "newtld":
        v = f"{local}@{pick(COMPANY_WORDS)}{pick(['', '-studio', '-works'])}.{pick(NEW_TLDS)}"
    elif shape == "upper":
        v = f"{local}@{pick(FREEMAIL + [company_domain()])}"
        if chance(0.6):
            v = v.upper()
        else:
            lp, dom = v.split("@")
            lp = ".".join(p.capitalize() for p in lp.split("."))
            v = lp + "@" + (dom[0].upper() + dom[1:] if chance(0.5) else dom)
    elif shape == "freemail":
        v = f"{local}@{pick(FREEMAIL)}"
    elif shape == "digits":
        v = f"{local}{R.randint(1960, 2009)}@{pick(FREEMAIL)}"
    elif shape == "cctld":
        v = f"{local}@{pick(COMPANY_WORDS)}.{pick(['co.uk', 'com.au', 'co.jp', 'com.br', 'co.in', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ch', 'at', 'be', 'se', 'pl'])}"
    else:  # role-ish but still a person's mailbox at a small company
        v = f"{pick(['hello', 'contact', 'kontakt', 'info', 'jobs', 'careers'])}.{ascii_fold(last).lower()}@{company_domain()}"
    return S("email", v, "email/" + shape)


# ---------------------------------------------------------------- phone

def d(n):
    return rs(DIGITS, n)


def nz(n):  # n digits, first not zero
    return str(R.randint(1, 9)) + d(n - 1)


US_AREA = ["212", "415", "312", "646", "617", "206", "503", "305", "404", "512", "702", "818", "919",
           "303", "602", "713", "214", "720", "971", "347"]
CA_AREA = ["416", "604", "514", "403", "613", "780", "902"]


def phone(country=None):
    country = country or pick(["US", "CA", "E164", "UK", "UKmob", "DE", "FR", "ES", "IT", "NL", "IN", "BR", "AU", "JP"])
    if country in ("US", "CA"):
        a = pick(US_AREA if country == "US" else CA_AREA)
        x = str(R.randint(2, 9)) + d(2)
        n = d(4)
        v = pick([f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"+1 {a} {x} {n}", f"+1-{a}-{x}-{n}",
                  f"+1 ({a}) {x}-{n}", f"1-{a}-{x}-{n}", f"{a} {x} {n}", f"+1.{a}.{x}.{n}", f"{a}{x}{n}"])
    elif country == "E164":
        v = pick([f"+1{pick(US_AREA)}{R.randint(2, 9)}{d(6)}", f"+447{R.randint(4, 9)}{d(8)}",
                  f"+4915{R.randint(1, 9)}{d(8)}", f"+336{d(8)}", f"+346{d(8)}", f"+393{d(9)}",
                  f"+316{d(8)}", f"+919{d(9)}", f"+55119{d(8)}", f"+614{d(8)}", f"+8190{d(8)}",
                  f"+353 8{R.randint(3, 9)}{d(7)}".replace(" ", ""), f"+4179{d(7)}", f"+467{d(8)}"])
    elif country == "UK":
        v = pick([f"020 7{d(3)} {d(4)}", f"+44 20 7{d(3)} {d(4)}", f"+44 (0)20 7{d(3)} {d(4)}",
                  f"0161 {nz(3)} {d(4)}", f"0113 {nz(3)} {d(4)}", f"+44 131 {nz(3)} {d(4)}", f"01632 {nz(6)}",
                  f"(0117) {nz(3)} {d(4)}"])
    elif country == "UKmob":
        m = f"7{R.randint(4, 9)}{d(2)}"
        r6 = d(6)
        v = pick([f"0{m} {r6}", f"+44 {m} {r6}", f"+44 (0){m} {r6}", f"0{m}{r6}", f"+44{m}{r6}",
                  f"0{m} {r6[:3]} {r6[3:]}", f"+44 {m[:4]} {r6}"])
    elif country == "DE":
        v = pick([f"+49 30 {nz(8)}", f"+49 (0)30 {nz(7)}", f"030 {nz(8)}", f"030/{nz(7)}", f"+49 89 {nz(7)}",
                  f"089 {nz(4)} {d(3)}", f"+49 151 {nz(8)}", f"0151 {nz(8)}", f"0171-{nz(7)}",
                  f"+49 (0) 171 {nz(7)}", f"+49 40 {nz(3)} {d(4)}-0", f"0221 {nz(3)} {d(2)} {d(2)}"])
    elif country == "FR":
        g = [f"{R.randint(1, 9)}"] + [d(2) for _ in range(4)]
        sep = pick([" ", ".", "", "-"])
        v = pick([f"0{g[0]}" + sep + sep.join(g[1:]) if sep else "0" + "".join(g),
                  f"+33 {g[0]} " + " ".join(g[1:]), f"+33 (0){g[0]} " + " ".join(g[1:]),
                  f"+33{g[0]}" + "".join(g[1:])])
        if chance(0.5):  # mobile
            g0 = pick(["6", "7"])
            v = pick([f"0{g0} " + " ".join(g[1:]), f"0{g0}." + ".".join(g[1:]), f"+33 {g0} " + " ".join(g[1:]),
                      f"+33 (0){g0} " + " ".join(g[1:])])
    elif country == "ES":
        m = R.choice("67") + d(2)
        v = pick([f"+34 {m} {d(3)} {d(3)}", f"{m} {d(2)} {d(2)} {d(2)}", f"91 {nz(3)} {d(2)} {d(2)}",
                  f"+34 91 {nz(3)} {d(2)} {d(2)}", f"+34{m}{d(6)}", f"{m} {d(3)} {d(3)}", f"93 {nz(3)} {d(4)}"])
    elif country == "IT":
        v = pick([f"+39 06 {nz(4)} {d(4)}", f"02 {nz(4)} {d(4)}", f"+39 3{R.randint(20, 99)} {d(3)} {d(4)}",
                  f"3{R.randint(20, 99)} {d(7)}", f"+39 3{R.randint(20, 99)}{d(7)}", f"+39 02 {nz(8)}",
                  f"055 {nz(6)}"])
    elif country == "NL":
        v = pick([f"+31 20 {nz(3)} {d(4)}", f"020-{nz(7)}", f"06-{nz(8)}", f"+31 6 {nz(8)}", f"06 {nz(4)} {d(4)}",
                  f"+31 (0)6 {nz(8)}", f"010 {nz(3)} {d(4)}", f"+316{nz(8)}"])
    elif country == "IN":
        m = pick(["98", "97", "99", "91", "88", "70", "63"]) + d(3)
        r = d(5)
        v = pick([f"+91 {m} {r}", f"+91-{m}{r}", f"+91 {m}{r}", f"0{m} {r}", f"+91 {m}-{r}", f"+91 80 {nz(4)} {d(4)}",
                  f"+91-22-{nz(4)}-{d(4)}", f"{m}{r}", f"(+91) {m} {r}"])
    elif country == "BR":
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48"])
        v = pick([f"+55 {ddd} 9{d(4)}-{d(4)}", f"({ddd}) 9{d(4)}-{d(4)}", f"+55 ({ddd}) {R.randint(2, 5)}{d(3)}-{d(4)}",
                  f"{ddd} 9{d(4)} {d(4)}", f"+55{ddd}9{d(8)}", f"({ddd}) {R.randint(2, 5)}{d(3)}-{d(4)}",
                  f"+55 {ddd} 9 {d(4)}-{d(4)}"])
    elif country == "AU":
        v = pick([f"+61 2 {nz(4)} {d(4)}", f"(02) {nz(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}",
                  f"+614{d(8)}", f"04 {d(4)} {d(4)}", f"(03) {nz(4)} {d(4)}", f"+61 7 {nz(4)} {d(4)}"])
    else:  # JP
        v = pick([f"+81 3-{d(4)}-{d(4)}", f"03-{nz(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}",
                  f"080-{d(4)}-{d(4)}", f"06-{nz(4)}-{d(4)}", f"+81-3-{nz(4)}-{d(4)}", f"070{d(8)}",
                  f"045-{nz(3)}-{d(4)}", f"+81 (0)90 {d(4)} {d(4)}"])
    return S("phone", v, "phone/" + country)


def ext():
    return pick([f" x{R.randint(10, 999)}", f" ext. {R.randint(2, 99)}", f" ext {R.randint(100, 9999)}",
                 f" (ext. {R.randint(2, 9)})", f";ext={R.randint(10, 999)}", f" Ext. {R.randint(10, 999)}",
                 f" x{R.randint(1000, 9999)}", f", ext. {R.randint(10, 99)}"])


# ---------------------------------------------------------------- card

def luhn_complete(prefix, length):
    body = prefix + d(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


def card(brand=None):
    brand = brand or pick(["visa16", "visa13", "mc5x", "mc2x", "amex", "discover", "jcb", "diners", "unionpay19"])
    if brand == "visa16":
        num = luhn_complete("4" + d(5), 16); sizes = [4, 4, 4, 4]
    elif brand == "visa13":
        num = luhn_complete("4" + d(5), 13); sizes = [4, 4, 5] if chance(0.3) else [13]
    elif brand == "mc5x":
        num = luhn_complete(str(R.randint(51, 55)) + d(4), 16); sizes = [4, 4, 4, 4]
    elif brand == "mc2x":
        num = luhn_complete(str(R.randint(2221, 2720)) + d(2), 16); sizes = [4, 4, 4, 4]
    elif brand == "amex":
        num = luhn_complete(pick(["34", "37"]) + d(4), 15); sizes = [4, 6, 5]
    elif brand == "discover":
        num = luhn_complete(pick(["6011", "65" + d(2), str(R.randint(644, 649)) + d(1)]) + d(2), 16); sizes = [4, 4, 4, 4]
    elif brand == "jcb":
        num = luhn_complete(str(R.randint(3528, 3589)) + d(2), 16); sizes = [4, 4, 4, 4]
    elif brand == "diners":
        num = luhn_complete(pick(["36", "38", "30" + str(R.randint(0, 5))]) + d(3), 14); sizes = [4, 6, 4]
    else:
        num = luhn_complete("62" + d(4), 19); sizes = pick([[4, 4, 4, 4, 3], [6, 13], [19]])
    assert luhn_ok(num)
    style = pick(["space", "space", "dash", "none"])
    if style == "none" or sizes == [13] or sizes == [19]:
        v = num
        style = "none"
    else:
        v = group(num, sizes, " " if style == "space" else "-")
    return S("card", v, f"card/{brand}/{style}")


def luhn_invalid_16():
    num = luhn_complete("4" + d(5), 16)
    last = (int(num[-1]) + R.randint(1, 9)) % 10
    bad = num[:-1] + str(last)
    assert not luhn_ok(bad)
    return bad


# ---------------------------------------------------------------- api keys

def jwt():
    header = pick([{"alg": "HS256", "typ": "JWT"}, {"alg": "RS256", "typ": "JWT", "kid": rs(HEX, 16)},
                   {"alg": "ES256", "kid": rs(ALNUM, 10)}])
    payload = {"sub": pick([str(R.randint(10 ** 8, 10 ** 12)), "user_" + rs(ALNUM, 12), "auth0|" + rs(HEX, 24)]),
               "iat": R.randint(1_650_000_000, 1_730_000_000)}
    payload["exp"] = payload["iat"] + pick([900, 3600, 86400])
    if chance(0.5):
        payload["scope"] = pick(["read:orders write:orders", "openid profile email", "admin"])
    if chance(0.4):
        payload["iss"] = pick(["https://auth.example-idp.com/", "https://accounts.google.com", "https://login.microsoftonline.com/" + rs(HEX, 8)])
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
    sig = base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(pick([32, 64, 256])))).rstrip(b"=").decode()
    return f"{enc(header)}.{enc(payload)}.{sig}"


def api_key(vendor=None):
    vendor = vendor or pick(["openai", "openai_proj", "openai_svcacct", "anthropic", "aws_akia", "aws_asia",
                             "ghp", "gho", "ghu", "ghs", "ghr", "github_pat", "glpat", "slack_xoxb", "slack_xoxp",
                             "google", "stripe_sk", "stripe_rk", "hf", "sendgrid", "twilio", "jwt"])
    if vendor == "openai":
        v = "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    elif vendor == "openai_proj":
        a = R.randint(56, 80)
        v = "sk-proj-" + rs(URLSAFE, a) + "T3BlbkFJ" + rs(URLSAFE, a) if chance(0.7) else "sk-proj-" + rs(URLSAFE, 48)
    elif vendor == "openai_svcacct":
        v = "sk-svcacct-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74)
    elif vendor == "anthropic":
        v = "sk-ant-api03-" + rs(URLSAFE, 93) + "AA"
    elif vendor == "aws_akia":
        v = "AKIA" + rs(UPPER + "234567", 16)
    elif vendor == "aws_asia":
        v = "ASIA" + rs(UPPER + "234567", 16)
    elif vendor in ("ghp", "gho", "ghu", "ghs", "ghr"):
        v = vendor + "_" + rs(ALNUM, 36)
    elif vendor == "github_pat":
        v = "github_pat_11" + rs(UPPER + DIGITS, 20) + "_" + rs(ALNUM, 59)
    elif vendor == "glpat":
        v = "glpat-" + rs(URLSAFE, 20)
    elif vendor == "slack_xoxb":
        v = f"xoxb-{nz(R.randint(10, 13))}-{nz(R.randint(10, 13))}-{rs(ALNUM, 24)}"
    elif vendor == "slack_xoxp":
        v = f"xoxp-{nz(R.randint(10, 13))}-{nz(R.randint(10, 13))}-{nz(R.randint(10, 13))}-{rs(HEX, 32)}"
    elif vendor == "google":
        v = "AIza" + rs(URLSAFE, 35)
    elif vendor == "stripe_sk":
        v = pick(["sk_live_", "sk_live_", "sk_test_"]) + rs(ALNUM, pick([24, 99]))
    elif vendor == "stripe_rk":
        v = "rk_live_" + rs(ALNUM, pick([24, 99]))
    elif vendor == "hf":
        v = "hf_" + rs(UPPER + LOWER, 34)
    elif vendor == "sendgrid":
        v = "SG." + rs(URLSAFE, 22) + "." + rs(URLSAFE, 43)
    elif vendor == "twilio":
        v = "SK" + rs(HEX, 32)
    elif vendor == "jwt":
        v = jwt()
    else:
        raise ValueError(vendor)
    return S("api_key", v, "api_key/" + vendor)


def generic_key():
    """A key with no vendor prefix; only its label says what it is."""
    v = pick([rs(HEX, 32), rs(HEX, 40), rs(ALNUM, 32), rs(ALNUM, 40), "key-" + rs(HEX, 32), rs(URLSAFE, 43),
              rs(HEX, 8) + "-" + rs(HEX, 4) + "-" + rs(HEX, 4) + "-" + rs(HEX, 4) + "-" + rs(HEX, 12)])
    return v


# ---------------------------------------------------------------- secrets

def password():
    words = ["Summer", "Winter", "Tiger", "Falcon", "Monkey", "Dragon", "Sunset", "Coffee", "Purple", "Rocket",
             "Banana", "Orange", "Galaxy", "Maple", "Harbor"]
    return pick([pick(words) + str(R.randint(10, 2024)) + pick(["!", "$", "*", "_", ".", ""]),
                 rs(ALNUM, R.randint(12, 24)),
                 rs(ALNUM + "!*_-.~", R.randint(14, 28)),
                 pick(words).lower() + "-" + pick(words).lower() + "-" + pick(words).lower() + str(R.randint(1, 99)),
                 "P@ss" + rs(ALNUM, 8), rs(LOWER, 4) + rs(DIGITS, 4) + rs(UPPER, 4)])


def url_password():
    return pick([rs(ALNUM, R.randint(12, 32)), pick(["Summer", "Tiger", "Kestrel"]) + str(R.randint(10, 2024)) + pick(["!", "*", "_", ""]),
                 rs(ALNUM + "-_.~", R.randint(16, 30))])


def bearer_token():
    return pick([rs(URLSAFE, R.randint(32, 64)), "ya29.a0" + rs(URLSAFE, R.randint(100, 160)),
                 rs(HEX, 40), "gho" + rs(ALNUM, 20) + "." + rs(ALNUM, 30), "EAAB" + rs(ALNUM, 120),
                 rs(ALNUM, 22) + "." + rs(ALNUM, 27)])


def pem(kind):
    header = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY",
              "pkcs8": "PRIVATE KEY", "enc": "ENCRYPTED PRIVATE KEY"}[kind]
    nlines = {"rsa": 25, "ec": 3, "openssh": 7, "pkcs8": 26, "enc": 28}[kind]
    first = {"rsa": "MIIEow" + rs(B64, 58), "ec": "MHcCAQEEI" + rs(B64, 55), "openssh": "b3BlbnNzaC1rZXktdjEAAAAA" + rs(B64, 46),
             "pkcs8": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(B64, 32), "enc": "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG" + rs(B64, 28)}[kind]
    width = 70 if kind == "openssh" else 64
    body = [first[:width]] + [rs(B64, width) for _ in range(nlines - 2)] + [rs(B64, R.randint(8, 40)) + pick(["==", "=", ""])]
    return header, body


# ---------------------------------------------------------------- government ids

def ssn():
    area = R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p, d(6), R.choice("ABCD")


IBAN_BBAN = {
    "DE": lambda: d(18), "GB": lambda: rs(UPPER, 4) + d(14), "FR": lambda: d(10) + rs(UPPER + DIGITS, 11) + d(2),
    "ES": lambda: d(20), "IT": lambda: R.choice(UPPER) + d(10) + rs(UPPER + DIGITS, 12), "NL": lambda: rs(UPPER, 4) + d(10),
    "BE": lambda: d(12), "CH": lambda: d(5) + rs(UPPER + DIGITS, 12), "AT": lambda: d(16), "PL": lambda: d(24),
    "PT": lambda: d(21), "IE": lambda: rs(UPPER, 4) + d(14),
}


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(country=None):
    country = country or pick(list(IBAN_BBAN))
    bban = IBAN_BBAN[country]()
    compact = country + iban_check(country, bban) + bban
    assert iban_valid(compact)
    grouped = chance(0.6)
    v = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if grouped else compact
    return S("gov_id", v, f"gov_id/iban/{country}/{'grouped' if grouped else 'compact'}")


def dni():
    n = R.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def cpf():
    ds = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(ds, range(k, 1, -1)))
        r = (s * 10) % 11
        ds.append(0 if r == 10 else r)
    t = "".join(map(str, ds))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


def bsn():
    while True:
        ds = [R.randint(0, 9) for _ in range(9)]
        ds[0] = R.randint(1, 9)
        if (sum(x * w for x, w in zip(ds[:8], range(9, 1, -1))) - ds[8]) % 11 == 0:
            return "".join(map(str, ds))


def sin():
    n = luhn_complete(str(R.randint(1, 7)) + d(2), 9)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    body = str(R.randint(2, 9)) + d(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    n = body + str(VERHOEFF_INV[c])
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def nir():
    body = f"{R.randint(1, 2)}{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


# ---------------------------------------------------------------- ip

def public_ipv4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6(style=None):
    style = style or pick(["full", "compressed", "compressed", "mixedcase"])
    prefix = pick(["2a01:4f8", "2606:4700", "2600:1f18", "2a03:2880", "2001:4860", "2a00:1450", "2604:a880",
                   "2a02:c207", "2401:db00", "2804:14c", "2405:200"])
    groups = prefix.split(":") + [f"{R.randint(0, 0xffff):x}" for _ in range(6)]
    if style == "full":
        return ":".join(g.zfill(4) for g in groups), style
    if style == "mixedcase":
        return ":".join(groups).upper(), style
    keep_head = R.randint(2, 4)
    keep_tail = R.randint(1, 3)
    return ":".join(groups[:keep_head]) + "::" + ":".join(groups[-keep_tail:]), style


# ---------------------------------------------------------------- users, known identities

USERNAMES = ["mkowalski", "sarah.chen", "priya_r", "jdoe", "lukas.schneider", "camille", "tnakamura", "aokafor",
             "rfernandez", "dmitri.petrov", "fhaddad", "yuki-t", "joana.silva", "arjunk", "emma.w", "ngozi",
             "tomaszn", "elif.yilmaz", "bruno.dias", "hfischer", "marcor", "nadia.rahman", "oscar.l", "bsantos",
             "ravi.iyer", "ssato", "felixw", "amara.a", "gmendoza", "isa.lefebvre", "pedroc", "zoe.walsh",
             "JDoe", "SChen", "MKowalski", "Priya.Raman", "kenji", "ingrid.l", "mehmet", "svenj"]


def known_id():
    return pick(["user-" + rs(ALNUM, 24), "org-" + rs(ALNUM, 24), "cus_" + rs(ALNUM, 14), "U0" + rs(UPPER + DIGITS, 9),
                 "acct_" + rs(ALNUM, 16), f"{R.randint(10 ** 9, 10 ** 12)}", rs(HEX, 8) + "-" + rs(HEX, 4) + "-4" + rs(HEX, 3)
                 + "-" + R.choice("89ab") + rs(HEX, 3) + "-" + rs(HEX, 12), "usr_" + rs(LOWER + DIGITS, 20),
                 "AIDA" + rs(UPPER + "234567", 17), "auth0|" + rs(HEX, 24), f"{R.randint(100000, 999999)}-{rs(UPPER, 3)}"])


# ================================================================ contexts
# Each context returns (text, [S...]). Values are planted verbatim.

def ts():
    return f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}" + pick(["Z", ".123Z", "+02:00", ""])


def log_time():
    return f"{R.randint(1, 28):02d}/{pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}/2024:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000"


def sig_block(name_s=None, email_s=None, phone_s=None, lang="en"):
    first, last = person()
    name = str(name_s) if name_s else f"{first} {last}"
    title = pick(["Account Manager", "Head of Operations", "Senior Engineer", "Customer Success Lead", "CFO",
                  "Office Manager", "Product Owner", "Recruiter"])
    lines = ["--", name, title + " | " + pick(COMPANY_WORDS).capitalize() + " " + pick(["GmbH", "Inc.", "Ltd", "SAS", "S.L.", "BV"])]
    lab = {"en": ("T:", "E:"), "de": ("Tel.:", "E-Mail:"), "fr": ("Tél :", "Courriel :"), "es": ("Tel.:", "Correo:"),
           "pt": ("Tel.:", "E-mail:")}[lang]
    if phone_s:
        lines.append(f"{lab[0]} {phone_s}")
    if email_s:
        lines.append(f"{lab[1]} {email_s}")
    return "\n".join(lines)


# ---- email contexts

def email_ctx(e):
    first, last = person()
    name = f"{first} {last}"
    v = e.value
    sp = [e]
    c = R.randint(0, 27)
    if c == 0:
        t = f"Hi team,\n\nplease add {v} to the billing contact list for the Q3 renewal. Thanks!\n\n{sig_block()}"
    elif c == 1:
        t = f"From: {name} <{v}>\nTo: support@{company_domain()}\nSubject: Re: Ticket #{R.randint(10000, 99999)} login loop\n\nStill seeing the issue after clearing cookies."
        sp = [e, S("email", t.split("To: ")[1].split("\n")[0], "email/role")]
    elif c == 2:
        t = f"Contact me at <a href=\"mailto:{v}\">{v}</a> if the PDF doesn't open."
    elif c == 3:
        t = json.dumps({"id": R.randint(1000, 99999), "name": name, "email": v, "plan": pick(["pro", "team", "free"]),
                        "created_at": ts()}, ensure_ascii=False)
    elif c == 4:
        t = f"customer_id,full_name,email,country,signup_date\n{R.randint(1000, 9999)},{name},{v},{pick(['DE', 'FR', 'US', 'BR', 'JP'])},2024-0{R.randint(1, 9)}-1{R.randint(0, 9)}"
    elif c == 5:
        t = f"{ts()} WARN  [mailer] bounce for recipient={v} code=550 reason=\"mailbox full\""
    elif c == 6:
        t = f"can u resend the invite to {v}{pick(['.', ',', '?', '!', ';', ':', ')', '...'])} i never got it lol"
    elif c == 7:
        t = f"| Name | Email | Role |\n|---|---|---|\n| {name} | {v} | {pick(['Admin', 'Editor', 'Viewer'])} |"
    elif c == 8:
        t = f"$ git log -1\ncommit {rs(HEX, 40)}\nAuthor: {name} <{v}>\nDate:   Tue Jun 11 14:02:11 2024 +0200\n\n    Fix off-by-one in pagination"
    elif c == 9:
        t = f"git config --global user.email \"{v}\""
    elif c == 10:
        t = f"users = [\n    {{\"name\": \"{name}\", \"email\": \"{v}\", \"active\": True}},\n]"
    elif c == 11:
        t = f"INSERT INTO users (name, email, created_at) VALUES ('{name}', '{v}', NOW());"
    elif c == 12:
        t = f"Sehr geehrte Damen und Herren,\n\nbitte senden Sie die Rechnung an {v}. Vielen Dank im Voraus.\n\nMit freundlichen Grüßen\n{name}"
    elif c == 13:
        t = f"Bonjour,\nvous pouvez m'écrire à l'adresse {v} ou passer à l'agence de {pick(CITIES)}. Merci d'avance !"
    elif c == 14:
        t = f"Hola, mi correo es {v}, ¿me pueden mandar la factura otra vez?"
    elif c == 15:
        t = f"Olá! Meu e-mail é {v} — podem confirmar o cadastro?"
    elif c == 16:
        t = f"お世話になっております。担当者のメールアドレスは{v}です。よろしくお願いいたします。"
    elif c == 17:
        t = f"連絡先：{v}（営業部）"
    elif c == 18:
        t = f"https://app.{company_domain()}/invite/accept?email={v}&team={R.randint(100, 999)}&ref=welcome"
    elif c == 19:
        t = f"curl -X POST https://api.{company_domain()}/v1/users -H 'Content-Type: application/json' -d '{{\"email\":\"{v}\",\"role\":\"member\"}}'"
    elif c == 20:
        t = f"  File \"/srv/app/handlers.py\", line {R.randint(10, 400)}, in send_welcome\n    raise SMTPRecipientsRefused({{'{v}': (550, b'5.1.1 User unknown')}})"
    elif c == 21:
        t = f"const owner = {{ name: '{name}', email: '{v}' }};"
    elif c == 22:
        t = f"Reply-To: \"{name}\" <{v}>"
    elif c == 23:
        t = f"on {pick(['Mon', 'Tue', 'Wed'])}, {name} ({v}) wrote:\n> can we move the call to thursday?"
    elif c == 24:
        t = f"Send to: {v}"
    elif c == 25:
        t = f"maintainers:\n  - name: {name}\n    email: {v}\n    github: {ascii_fold(first).lower()}{R.randint(1, 99)}"
    elif c == 26:
        t = f"[{ts()}] user.login.failed email=\"{v}\" attempts={R.randint(2, 9)}"
    else:
        t = f"Cc: {v}; {pick(['finance', 'legal', 'ops'])}@{company_domain()}"
        sp = [e, S("email", t.split("; ")[1], "email/role")]
    return t, sp


def email_special():
    """Shapes that depend on surroundings: url-encoded, uppercase in chat, etc."""
    c = R.randint(0, 3)
    e = email(pick(["plain", "freemail", "plus"]))
    if c == 0:
        enc = e.value.replace("@", "%40").replace("+", "%2B")
        s = S("email", enc, "email/urlencoded")
        return f"GET /unsubscribe?email={enc}&list=weekly HTTP/1.1", [s]
    if c == 1:
        s = S("email", e.value.upper(), "email/upper")
        return f"MY EMAIL IS {s.value} PLEASE CALL BACK", [s]
    if c == 2:
        return f"Email:{e.value}", [S("email", e.value, "email/labelled-nospace")]
    return f"\"{e.value}\",\"{R.randint(1, 5)}\",\"{pick(['yes', 'no'])}\"", [S("email", e.value, "email/csv-quoted")]


# ---- phone contexts

def phone_ctx(p):
    v = p.value
    c = R.randint(0, 24)
    first, last = person()
    if c == 0:
        t = f"Best regards,\n{first} {last}\n{pick(['Mobile', 'Cell', 'Phone', 'M'])}: {v}"
    elif c == 1:
        t = json.dumps({"customer": {"name": f"{first} {last}", "phone": v, "city": pick(CITIES)}}, ensure_ascii=False)
    elif c == 2:
        t = f"hey its {first.lower()}, call me back on {v} when ur free{pick(['', ' pls', '!!', ' thx'])}"
    elif c == 3:
        t = f"id;name;phone;status\n{R.randint(100, 999)};{first} {last};{v};{pick(['lead', 'customer', 'churned'])}"
    elif c == 4:
        t = f"Tel.: {v}\nFax: —\nÖffnungszeiten Mo–Fr 9–17 Uhr"
    elif c == 5:
        t = f"Vous pouvez me joindre au {v} du lundi au vendredi."
    elif c == 6:
        t = f"Mi número es {v}, llámame después de las 6."
    elif c == 7:
        t = f"Pode me ligar no {v}? Obrigado!"
    elif c == 8:
        t = f"電話番号は{v}です。"
    elif c == 9:
        t = f"{ts()} INFO sms.send to={v} template=otp status=queued"
    elif c == 10:
        t = f"| Contact | Phone |\n|---|---|\n| {first} {last} | {v} |"
    elif c == 11:
        t = f"BEGIN:VCARD\nVERSION:3.0\nFN:{first} {last}\nTEL;TYPE=CELL:{v}\nEND:VCARD"
    elif c == 12:
        t = f"contact = Contact(name=\"{first} {last}\", phone=\"{v}\")"
    elif c == 13:
        t = f"Please call {v} to reschedule the delivery."
    elif c == 14:
        t = f"WhatsApp: {v}"
    elif c == 15:
        t = f"Telefon: {v} (tagsüber)"
    elif c == 16:
        t = f"Numéro de téléphone : {v}"
    elif c == 17:
        t = f"Emergency contact: {first} {last} ({pick(['wife', 'brother', 'mother', 'partner'])}) - {v}"
    elif c == 18:
        t = f"customer says the number on file ({v}) is wrong, update pls"
    elif c == 19:
        t = f"phone: \"{v}\""
    elif c == 20:
        t = f"ERROR twilio: Unable to create record: The 'To' number {v} is not a valid phone number."
    elif c == 21:
        t = f"Ring me: {v}."
    elif c == 22:
        t = f"担当：{last}　携帯：{v}"
    elif c == 23:
        t = f"Teléfono: {v}\nHorario: 9:00–18:00"
    else:
        t = f"  \"mobile\": \"{v}\",\n  \"verified\": true"
    return t, [p]


def phone_special():
    c = R.randint(0, 4)
    if c == 0:
        p = phone(pick(["US", "UK", "CA", "E164"]))
        e = ext()
        return f"Main line: {p.value}{e}", [S("phone", p.value, p.shape + "+ext")]
    if c == 1:
        p = phone("E164")
        return f"<a href=\"tel:{p.value}\">Call us</a>", [S("phone", p.value, "phone/tel-link")]
    if c == 2:
        p = phone("E164")
        return f"tel:{p.value}", [S("phone", p.value, "phone/tel-uri")]
    if c == 3:
        p = phone(pick(["US", "UK", "DE", "FR"]))
        e = ext()
        return f"Direct: {p.value}{e} | Reception: ask for {pick(FIRST)}", [S("phone", p.value, p.shape + "+ext")]
    num = phone("E164").value
    if not num.startswith("+1"):
        num = f"+1{pick(US_AREA)}{R.randint(2, 9)}{d(6)}"
    to = f"1{pick(US_AREA)}{R.randint(2, 9)}{d(6)}"
    return f"POST /twilio/inbound From=%2B{num[1:]}&To=%2B{to}&Body=STOP", [S("phone", num[1:], "phone/urlencoded-plus"), S("phone", to, "phone/urlencoded-plus")]


# ---- card contexts

def card_ctx(cs):
    v = cs.value
    c = R.randint(0, 17)
    first, last = person()
    exp = f"{R.randint(1, 12):02d}/{R.randint(25, 31)}"
    if c == 0:
        t = f"my card is {v} exp {exp} can you check why it was declined?"
    elif c == 1:
        t = json.dumps({"payment_method": {"type": "card", "number": v, "exp": exp, "holder": f"{first} {last}"}}, ensure_ascii=False)
    elif c == 2:
        t = f"{ts()} ERROR payments: charge failed card={v} amount=49.00 EUR reason=insufficient_funds"
    elif c == 3:
        t = f"order_id,card_number,amount\nORD-{R.randint(10000, 99999)},{v},{R.randint(5, 900)}.{R.randint(0, 99):02d}"
    elif c == 4:
        t = f"Kreditkarte: {v}, gültig bis {exp}"
    elif c == 5:
        t = f"Numéro de carte : {v} — expiration {exp}"
    elif c == 6:
        t = f"TEST_CARD = \"{v}\"  # from the customer's ticket, delete later"
    elif c == 7:
        t = f"| Holder | Card | Exp |\n|---|---|---|\n| {first} {last} | {v} | {exp} |"
    elif c == 8:
        t = f"Tarjeta: {v} (vence {exp})"
    elif c == 9:
        t = f"Cartão de crédito {v}, validade {exp}"
    elif c == 10:
        t = f"カード番号：{v}"
    elif c == 11:
        t = f"curl https://api.{company_domain()}/charges -d amount=2000 -d \"card[number]={v}\" -d \"card[exp]={exp}\""
    elif c == 12:
        t = f"paid with {v} last week but the invoice still says unpaid??"
    elif c == 13:
        t = f"cc: {v}"
    elif c == 14:
        t = f"Traceback (most recent call last):\n  File \"billing/charge.py\", line 88, in charge\nValueError: card {v} rejected by issuer"
    elif c == 15:
        t = f"INSERT INTO payments (card, exp) VALUES ('{v}', '{exp}');"
    elif c == 16:
        t = f"Card number: {v}\nCVV: {R.randint(100, 999)}"
    else:
        t = f"<input name=\"cc\" value=\"{v}\">"
    return t, [cs]


# ---- api key contexts

ENV_LABEL = {"openai": "OPENAI_API_KEY", "openai_proj": "OPENAI_API_KEY", "openai_svcacct": "OPENAI_API_KEY",
             "anthropic": "ANTHROPIC_API_KEY", "aws_akia": "AWS_ACCESS_KEY_ID", "aws_asia": "AWS_ACCESS_KEY_ID",
             "ghp": "GITHUB_TOKEN", "gho": "GH_TOKEN", "ghu": "GITHUB_TOKEN", "ghs": "GITHUB_TOKEN", "ghr": "GH_REFRESH_TOKEN",
             "github_pat": "GITHUB_PAT", "glpat": "GITLAB_TOKEN", "slack_xoxb": "SLACK_BOT_TOKEN",
             "slack_xoxp": "SLACK_USER_TOKEN", "google": "GOOGLE_API_KEY", "stripe_sk": "STRIPE_SECRET_KEY",
             "stripe_rk": "STRIPE_RESTRICTED_KEY", "hf": "HF_TOKEN", "sendgrid": "SENDGRID_API_KEY",
             "twilio": "TWILIO_API_KEY", "jwt": "SERVICE_JWT"}


def api_ctx(k):
    v = k.value
    vendor = k.shape.split("/")[1]
    label = ENV_LABEL[vendor]
    c = R.randint(0, 21)
    if c == 0:
        t = f"# .env\nNODE_ENV=production\nPORT=3000\n{label}={v}\nLOG_LEVEL=info"
    elif c == 1:
        t = f"export {label}=\"{v}\""
    elif c == 2:
        t = f"services:\n  worker:\n    image: ghcr.io/{pick(COMPANY_WORDS)}/worker:1.4.2\n    environment:\n      - {label}={v}\n      - REDIS_URL=redis://redis:6379/0"
    elif c == 3:
        if vendor.startswith("openai"):
            t = f"curl https://api.openai.com/v1/chat/completions \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer {v}\" \\\n  -d '{{\"model\": \"gpt-4o-mini\", \"messages\": [{{\"role\": \"user\", \"content\": \"hi\"}}]}}'"
        elif vendor == "anthropic":
            t = f"curl https://api.anthropic.com/v1/messages \\\n  -H \"x-api-key: {v}\" \\\n  -H \"anthropic-version: 2023-06-01\" \\\n  -H \"content-type: application/json\""
        else:
            t = f"curl -s https://api.{company_domain()}/v2/items -H \"X-API-Key: {v}\" | jq '.items[0]'"
    elif c == 4:
        t = f"client = {pick(['OpenAI', 'Anthropic', 'Client', 'Github', 'Stripe'])}(api_key=\"{v}\")"
    elif c == 5:
        t = f"why does this fail?? i pasted my key {v} and it says 401 unauthorized"
    elif c == 6:
        t = json.dumps({"provider": vendor.split("_")[0], "api_key": v, "timeout": 30})
    elif c == 7:
        t = f"const config = {{\n  apiKey: '{v}',\n  baseURL: 'https://api.{company_domain()}/v1',\n}};"
    elif c == 8:
        t = f"api_key: \"{v}\"\nmodel: gpt-4o\ntemperature: 0.2"
    elif c == 9:
        t = f"$ {label}={v} python run_eval.py --limit 50\nLoaded 50 cases\nError: rate limited (429)"
    elif c == 10:
        t = f"{ts()} DEBUG http: request headers={{'Authorization': 'token {v}', 'User-Agent': 'octo/2.1'}}"
    elif c == 11:
        t = f"[default]\naws_access_key_id = {v}\nregion = eu-central-1" if vendor.startswith("aws") else f"[auth]\ntoken = {v}"
    elif c == 12:
        t = f"Hallo, mein API-Schlüssel {v} funktioniert seit gestern nicht mehr."
    elif c == 13:
        t = f"Ma clé d'API ({v}) a été révoquée ?"
    elif c == 14:
        t = f"APIキーは {v} です。"
    elif c == 15:
        t = f"let token = \"{v}\"\nvar request = URLRequest(url: url)\nrequest.setValue(\"Bearer \\(token)\", forHTTPHeaderField: \"Authorization\")"
    elif c == 16:
        t = f"- name: Deploy\n  env:\n    {label}: {v}\n  run: ./deploy.sh"
    elif c == 17:
        t = f"os.environ[\"{label}\"] = \"{v}\""
    elif c == 18:
        t = f"https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={v}" if vendor == "google" else f"GET /v1/export?format=csv&token={v} 200 {R.randint(5, 900)}ms"
    elif c == 19:
        t = f"| env | key |\n|---|---|\n| prod | `{v}` |"
    elif c == 20:
        t = f"Mi clave es {v}, ¿está bien configurada?"
    else:
        t = f"{label}: {v}"
    return t, [k]


def labelled_generic_key():
    v = generic_key()
    c = R.randint(0, 9)
    label = pick(["API_KEY", "DATADOG_API_KEY", "MAILGUN_API_KEY", "ALGOLIA_API_KEY", "OPENWEATHER_API_KEY",
                  "NEW_RELIC_LICENSE_KEY", "MAPBOX_KEY", "X_API_KEY", "SEGMENT_WRITE_KEY", "PAGERDUTY_API_KEY"])
    if c == 0:
        t = f"{label}={v}"
    elif c == 1:
        t = f"api_key: \"{v}\""
    elif c == 2:
        t = json.dumps({"apiKey": v, "region": "eu"})
    elif c == 3:
        t = f"curl -H \"X-Api-Key: {v}\" https://api.{company_domain()}/v1/ping"
    elif c == 4:
        t = f"export {label}='{v}'"
    elif c == 5:
        t = f"settings.API_KEY = \"{v}\""
    elif c == 6:
        t = f"      - {label}={v}"
    elif c == 7:
        t = f"apikey={v}"
    elif c == 8:
        t = f"\"api-key\": \"{v}\","
    else:
        t = f"{label.lower()} = \"{v}\""
    return t, [S("api_key", v, "api_key/labelled-generic")]


# ---- secret contexts

def secret_case():
    c = R.randint(0, 13)
    if c == 0:
        tok = bearer_token()
        t = pick([f"Authorization: Bearer {tok}",
                  f"curl -H 'Authorization: Bearer {tok}' https://api.{company_domain()}/v1/me",
                  f"{ts()} DEBUG outgoing headers: {{\"authorization\": \"Bearer {tok}\", \"accept\": \"application/json\"}}",
                  f"fetch(url, {{ headers: {{ Authorization: `Bearer {tok}` }} }})",
                  f"> GET /api/orders HTTP/1.1\n> Host: api.{company_domain()}\n> Authorization: Bearer {tok}\n> Accept: */*"])
        return t, [S("secret", tok, "secret/bearer")]
    if c == 1:
        user = pick(USERNAMES + ["admin", "deploy", "svc-backup"])
        pw = url_password()
        b = base64.b64encode(f"{user}:{pw}".encode()).decode()
        t = pick([f"Authorization: Basic {b}", f"curl -H \"Authorization: Basic {b}\" https://registry.{company_domain()}/v2/_catalog",
                  f"proxy-authorization: Basic {b}"])
        return t, [S("secret", b, "secret/basic")]
    if c in (2, 3):
        kind = pick(["rsa", "ec", "openssh", "pkcs8", "enc"])
        header, body = pem(kind)
        mid = body[len(body) // 2]
        if chance(0.3):
            escaped = "\\n".join([f"-----BEGIN {header}-----"] + body + [f"-----END {header}-----", ""])
            t = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + pick(COMPANY_WORDS) + "-prod\",\n  \"private_key_id\": \"" + rs(HEX, 40) + "\",\n  \"private_key\": \"" + escaped + "\"\n}"
            return t, [S("secret", mid, f"secret/pem/{kind}/json-escaped")]
        block = "\n".join([f"-----BEGIN {header}-----"] + body + [f"-----END {header}-----"])
        t = pick([f"here's the key from the server, why won't ssh accept it?\n\n{block}\n",
                  f"$ cat ~/.ssh/id_ed25519\n{block}",
                  f"tls:\n  key: |\n" + "\n".join("    " + line for line in block.split("\n")),
                  block])
        return t, [S("secret", mid, f"secret/pem/{kind}")]
    if c in (4, 5):
        pw = url_password()
        u = pick(["app", "postgres", "admin", "root", "svc_etl", "api", "deploy"])
        host = pick([f"db.{company_domain()}", f"{pick(COMPANY_WORDS)}-prod.cluster-{rs(LOWER + DIGITS, 12)}.eu-west-1.rds.amazonaws.com",
                     "10.0.3.17", "localhost", f"cluster0.{rs(LOWER + DIGITS, 5)}.mongodb.net"])
        url = pick([f"postgres://{u}:{pw}@{host}:5432/prod", f"postgresql://{u}:{pw}@{host}/analytics?sslmode=require",
                    f"mysql://{u}:{pw}@{host}:3306/shop", f"mongodb+srv://{u}:{pw}@{host}/?retryWrites=true",
                    f"redis://:{pw}@{host}:6379/0", f"amqp://{u}:{pw}@{host}:5672/%2F",
                    f"https://{u}:{pw}@git.{company_domain()}/team/repo.git", f"ftp://{u}:{pw}@{host}/uploads"])
        t = pick([f"DATABASE_URL={url}", f"sqlalchemy.exc.OperationalError: could not connect to {url}",
                  f"  db:\n    url: \"{url}\"", f"git clone {url}" if url.startswith("https") else f"psql \"{url}\"",
                  f"connection string: {url}"])
        return t, [S("secret", pw, "secret/url-password")]
    if c in (6, 7, 8):
        pw = password()
        t = pick([f"password={pw}", f"DB_PASSWORD={pw}", f"\"password\": \"{pw}\"", f"PASSWORD: {pw}",
                  f"mysql -u root -p'{pw}' -h 127.0.0.1", f"login: admin / password: {pw}",
                  f"spring.datasource.password={pw}", f"Passwort: {pw}", f"mot de passe : {pw}",
                  f"contraseña: {pw}", f"senha: {pw}", f"パスワード：{pw}", f"pwd={pw};", f"--password {pw}",
                  f"my wifi password is {pw} lol dont share", f"POSTGRES_PASSWORD: \"{pw}\"",
                  f"<add key=\"SmtpPassword\" value=\"{pw}\" />", f"passwd: {pw}"])
        return t, [S("secret", pw, "secret/password-label")]
    if c in (9, 10):
        val = pick([rs(URLSAFE, R.randint(24, 48)), rs(HEX, 64), rs(ALNUM, 32)])
        param = pick(["client_secret", "access_token", "refresh_token", "sig", "X-Amz-Signature", "token", "secret",
                      "auth_token", "signature", "code_verifier"])
        if param == "sig":
            val = rs(ALNUM + "%", 44)
            val = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        if param == "X-Amz-Signature":
            val = rs(HEX, 64)
        url = pick([f"https://{pick(COMPANY_WORDS)}.blob.core.windows.net/exports/report.csv?sv=2022-11-02&se=2024-07-01T00%3A00%3A00Z&sr=b&sp=r&{param}={val}",
                    f"https://oauth.{company_domain()}/token?grant_type=refresh_token&client_id={rs(DIGITS, 12)}&{param}={val}",
                    f"https://{pick(COMPANY_WORDS)}.s3.amazonaws.com/backup.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&{param}={val}",
                    f"https://hooks.{company_domain()}/callback?{param}={val}&state={rs(ALNUM, 8)}"])
        t = pick([url, f"the link {url} gives 403 forbidden", f"curl -L \"{url}\" -o out"])
        return t, [S("secret", val, "secret/query-param")]
    if c == 11:
        v = pick([rs(ALNUM + "!@#%^&*(-_=+)", 50), rs(URLSAFE, 64), rs(HEX, 64)])
        label = pick(["SECRET_KEY", "JWT_SECRET", "SESSION_SECRET", "NEXTAUTH_SECRET", "APP_SECRET", "WEBHOOK_SECRET"])
        v = v.replace("\"", "").replace("'", "")
        t = pick([f"{label}={v}", f"{label} = '{v}'", f"  {label}: \"{v}\""])
        return t, [S("secret", v, "secret/secret-label")]
    if c == 12:
        v = rs(URLSAFE, R.randint(30, 40))
        t = pick([f"client_secret: {v}", f"\"client_secret\": \"{v}\"", f"OAUTH_CLIENT_SECRET={v}"])
        return t, [S("secret", v, "secret/client-secret")]
    v = base64.b64encode(bytes(R.getrandbits(8) for _ in range(30))).decode()
    t = pick([f"aws_secret_access_key = {v.replace('+', 'x')[:40]}", f"AWS_SECRET_ACCESS_KEY={v.replace('+', 'x')[:40]}"])
    vv = v.replace('+', 'x')[:40]
    return t, [S("secret", vv, "secret/aws-secret-access-key")]


# ---- gov id contexts

def gov_case():
    c = R.randint(0, 11)
    first, last = person()
    if c in (0, 1, 2):
        a, g, s = ssn()
        style = pick(["dash", "dash", "space", "compact"])
        v = {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "compact": f"{a}{g}{s}"}[style]
        t = pick([f"SSN: {v}", f"Employee: {first} {last}, SSN {v}, start date 2024-07-01",
                  json.dumps({"first_name": first, "last_name": last, "ssn": v}, ensure_ascii=False),
                  f"my social is {v} do u need anything else for the W-2?",
                  f"emp_id,name,ssn,dept\n{R.randint(100, 999)},{first} {last},{v},{pick(['ENG', 'OPS', 'HR'])}",
                  f"| Name | SSN |\n|---|---|\n| {first} {last} | {v} |", f"Social Security Number: {v}"])
        return t, [S("gov_id", v, f"gov_id/ssn/{style}")]
    if c in (3, 4):
        p, n6, sfx = ni()
        style = pick(["spaced", "compact"])
        v = f"{p} {n6[:2]} {n6[2:4]} {n6[4:]} {sfx}" if style == "spaced" else f"{p}{n6}{sfx}"
        t = pick([f"NI number: {v}", f"National Insurance No. {v}", f"Name: {first} {last}\nNINO: {v}\nTax code: 1257L",
                  f"my NI is {v}, is that what payroll needs?", json.dumps({"ni_number": v, "employee": f"{first} {last}"}, ensure_ascii=False)])
        return t, [S("gov_id", v, f"gov_id/uk-ni/{style}")]
    if c in (5, 6, 7, 8):
        s = iban()
        v = s.value
        t = pick([f"IBAN: {v}\nBIC: {rs(UPPER, 6)}{rs(UPPER + DIGITS, 2)}", f"Bitte überweisen Sie den Betrag auf {v}.",
                  f"Merci de virer le montant sur l'IBAN {v} avant le 15.", f"Cuenta: {v}",
                  json.dumps({"beneficiary": f"{first} {last}", "iban": v, "amount": "1250.00"}, ensure_ascii=False),
                  f"payout failed: invalid account {v}?", f"Bankverbindung: {first} {last}, {v}",
                  f"| Beneficiary | IBAN |\n|---|---|\n| {first} {last} | {v} |", f"IBAN {v}"])
        return t, [s]
    which = pick(["dni", "cpf", "bsn", "sin", "aadhaar", "nir"])
    v = {"dni": dni, "cpf": cpf, "bsn": bsn, "sin": sin, "aadhaar": aadhaar, "nir": nir}[which]()
    t = {"dni": pick([f"DNI: {v}", f"Mi DNI es {v}."]), "cpf": pick([f"CPF: {v}", f"Meu CPF é {v}."]),
         "bsn": pick([f"BSN: {v}", f"Mijn burgerservicenummer is {v}."]), "sin": pick([f"SIN: {v}", f"Social Insurance Number {v}"]),
         "aadhaar": pick([f"Aadhaar: {v}", f"My Aadhaar number is {v}"]),
         "nir": pick([f"N° de sécurité sociale : {v}", f"NIR {v}"])}[which]
    return t, [S("gov_id", v, f"gov_id/other/{which}")]


# ---- ip contexts

def ip_case():
    c = R.randint(0, 11)
    if c <= 7:
        v = public_ipv4()
        shape = "ip/v4"
        if c == 0:
            t = f"{v} - - [{log_time()}] \"GET /api/v1/orders?page=2 HTTP/1.1\" 200 {R.randint(200, 9000)} \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\""
        elif c == 1:
            t = f"Jun {R.randint(1, 28)} 03:{R.randint(10, 59)}:{R.randint(10, 59)} web-1 sshd[{R.randint(1000, 99999)}]: Failed password for invalid user admin from {v} port {R.randint(30000, 65000)} ssh2"
        elif c == 2:
            t = json.dumps({"event": "login", "client_ip": v, "ua": "okhttp/4.12.0", "ts": ts()})
        elif c == 3:
            t = f"X-Forwarded-For: {v}, 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}"
        elif c == 4:
            t = f"{ts()} WARN rate-limit exceeded ip={v} route=/login"
        elif c == 5:
            t = f"$ ssh deploy@{v}\nPermission denied (publickey)."
        elif c == 6:
            t = f"connect to {v}:{pick([443, 5432, 8443, 22])} failed: Connection timed out"
            shape = "ip/v4+port"
        else:
            t = f"my home ip is {v} can you whitelist it?"
        return t, [S("ip", v, shape)]
    v, style = ipv6()
    if c == 8:
        t = f"{v} - - [{log_time()}] \"POST /graphql HTTP/2.0\" 200 {R.randint(200, 9000)}"
    elif c == 9:
        t = f"curl -6 'http://[{v}]:8080/health'"
        style += "+brackets"
    elif c == 10:
        t = json.dumps({"remote_addr": v, "status": 401})
    else:
        t = f"inet6 {v}/64 scope global dynamic"
    return t, [S("ip", v, "ip/v6-" + style)]


# ---- user contexts

def user_case():
    u = pick(USERNAMES)
    c = R.randint(0, 11)
    if c == 0:
        t = f"Traceback (most recent call last):\n  File \"/home/{u}/projects/api/app/main.py\", line {R.randint(10, 300)}, in <module>\n    from app.routes import router\nModuleNotFoundError: No module named 'app.routes'"
        shape = "home"
    elif c == 1:
        t = f"error[E0432]: unresolved import `crate::db`\n --> /Users/{u}/code/ledger/src/main.rs:3:5"
        shape = "Users"
    elif c == 2:
        t = f"Unhandled exception. System.IO.FileNotFoundException: Could not find file 'C:\\Users\\{u}\\AppData\\Local\\Temp\\report.xlsx'."
        shape = "windows"
    elif c == 3:
        t = json.dumps({"cwd": f"C:\\Users\\{u}\\source\\repos\\Billing", "exitCode": 1})
        shape = "windows-json-escaped"
    elif c == 4:
        t = f"$ ls /home/{u}/.config/\nCode  gh  htop  nvim"
        shape = "home"
    elif c == 5:
        t = f"    at Object.<anonymous> (/Users/{u}/dev/site/node_modules/next/dist/server/next.js:142:12)"
        shape = "Users"
    elif c == 6:
        t = f"npm ERR! A complete log of this run can be found in: /Users/{u}/.npm/_logs/2024-06-11T09_12_44_101Z-debug-0.log"
        shape = "Users"
    elif c == 7:
        t = f"PS C:\\Users\\{u}\\Documents> python .\\sync.py\nPermissionError: [Errno 13] Permission denied"
        shape = "windows"
    elif c == 8:
        t = f"warning: could not open directory '/home/{u}/snap/': Permission denied"
        shape = "home"
    elif c == 9:
        t = f"{u}@thinkpad:~/src/replay$ swift build\nerror: no such module 'Yams'\n/home/{u}/src/replay/Sources/App/main.swift:2:8"
        shape = "home+prompt"
    elif c == 10:
        t = f"\"python.defaultInterpreterPath\": \"/Users/{u}/.pyenv/versions/3.11.7/bin/python\""
        shape = "Users"
    else:
        t = f"export PATH=\"/home/{u}/.cargo/bin:$PATH\""
        shape = "home"
    return t, [S("user", u, "user/" + shape)]


# ---- known identities (name, account_id, known email)

def known_case():
    first, last = person()
    full = f"{first} {last}"
    kid = known_id()
    kemail = f"{email_local(first, last)}@{pick(FREEMAIL + [company_domain()])}"
    known = {"names": [full], "emails": [kemail], "ids": [kid]}
    c = R.randint(0, 13)
    spans = []
    if c == 0:
        t = f"Hi, I'm {full} and I can't log into my account {kid} since the update."
        spans = [S("name", full, "name/full"), S("account_id", kid, "account_id/prose")]
    elif c == 1:
        t = json.dumps({"user": {"id": kid, "name": full, "email": kemail}, "plan": "plus"}, ensure_ascii=False)
        spans = [S("account_id", kid, "account_id/json"), S("name", full, "name/json"), S("email", kemail, "email/known")]
    elif c == 2:
        t = f"GET https://app.{company_domain()}/api/users/{kid}/settings 403"
        spans = [S("account_id", kid, "account_id/url-path")]
    elif c == 3:
        t = f"Thanks {first}! I'll forward this to billing.\n\n> On Monday, {full} <{kemail}> wrote:\n> My workspace id is {kid}."
        known["names"] = [full, first] if chance(0.5) else [full]
        spans = [S("name", full, "name/full"), S("email", kemail, "email/known"), S("account_id", kid, "account_id/prose")]
        if len(known["names"]) == 2:
            spans.append(S("name", first, "name/first-known"))
    elif c == 4:
        t = f"Hi {first},\n\nyour order has shipped and should arrive {pick(['Tuesday', 'tomorrow', 'next week'])}."
        spans = [S("name", first, "name/first-only")]  # only the full name is known
    elif c == 5:
        t = f"NAME: {full.upper()}\nACCOUNT: {kid}"
        spans = [S("name", full.upper(), "name/upper"), S("account_id", kid, "account_id/labelled")]
    elif c == 6:
        t = f"{last}, {first} — customer since 2019, id {kid}"
        spans = [S("name", f"{last}, {first}", "name/reversed"), S("account_id", kid, "account_id/prose")]
    elif c == 7:
        t = f"Signed,\n{full}"
        spans = [S("name", full, "name/full")]
    elif c == 8:
        t = f"user_id={kid} session started"
        spans = [S("account_id", kid, "account_id/kv")]
    elif c == 9:
        t = f"Meeting notes (attendees: {full}, {pick(FIRST)} {pick(LAST)}): ship v2 by Friday."
        spans = [S("name", full, "name/full")]
        other = t.split("attendees: ")[1].split(", ")[1].split(")")[0]
        if first in other or last in other:
            return known_case()
    elif c == 10:
        t = f"{full.lower()} asked about the refund"
        spans = [S("name", full.lower(), "name/lower")]
    elif c == 11:
        t = f"Je m'appelle {full}, mon identifiant client est {kid}."
        spans = [S("name", full, "name/full"), S("account_id", kid, "account_id/prose")]
    elif c == 12:
        t = f"| field | value |\n|---|---|\n| owner | {full} |\n| account | `{kid}` |"
        spans = [S("name", full, "name/full"), S("account_id", kid, "account_id/markdown")]
    else:
        t = f"{full}'s workspace ({kid}) exceeded the quota"
        spans = [S("name", full, "name/possessive"), S("account_id", kid, "account_id/prose")]
    return t, spans, known


# ---- documents with several kinds at once

def mixed_case():
    c = R.randint(0, 5)
    if c == 0:
        e, p = email(), phone()
        lang = pick(["en", "de", "fr", "es", "pt"])
        intro = {"en": "Thanks for getting back to me so quickly. The replacement part works.",
                 "de": "Vielen Dank für die schnelle Rückmeldung. Das Ersatzteil funktioniert.",
                 "fr": "Merci pour votre retour rapide. La pièce de rechange fonctionne.",
                 "es": "Gracias por la respuesta tan rápida. La pieza de repuesto funciona.",
                 "pt": "Obrigado pelo retorno rápido. A peça de reposição funciona."}[lang]
        return intro + "\n\n" + sig_block(email_s=e.value, phone_s=p.value, lang=lang), [e, p]
    if c == 1:
        rows, spans = ["id,name,email,phone,card_last_used"], []
        for i in range(R.randint(2, 4)):
            first, last = person()
            e, p = email(pick(["plain", "freemail", "plus", "cctld"])), phone()
            rows.append(f"{R.randint(1000, 9999)},\"{last}, {first}\",{e.value},\"{p.value}\",{R.randint(1000, 9999)}")
            spans += [e, p]
        return "\n".join(rows), spans
    if c == 2:
        ip = public_ipv4()
        e = email()
        t = f"{ts()} INFO auth: login ok user={e.value} ip={ip} mfa=totp"
        return t, [e, S("ip", ip, "ip/v4")]
    if c == 3:
        k, e = api_key(), email()
        t = f"# .env.local\nADMIN_EMAIL={e.value}\n{ENV_LABEL[k.shape.split('/')[1]]}={k.value}\nDEBUG=false"
        return t, [e, k]
    if c == 4:
        cs, e = card(), email()
        t = json.dumps({"object": "charge", "receipt_email": e.value, "source": {"number": cs.value, "cvc_check": "pass"}})
        return t, [e, cs]
    u = pick(USERNAMES)
    pw = url_password()
    t = f"{u}@laptop:~$ cat /home/{u}/app/.env\nDATABASE_URL=postgres://app:{pw}@db.internal:5432/app"
    return t, [S("user", u, "user/home+prompt"), S("secret", pw, "secret/url-password")]


# ================================================================ hard negatives

def negative():
    cats = ["order", "invoice", "tracking", "date", "price", "version", "semver", "build", "isbn", "uuid", "gitsha",
            "hexcolor", "luhn_invalid", "timestamp", "port", "path", "sk_word", "math", "chess", "product", "latlong",
            "currency", "ipver", "digest", "memaddr", "misc", "code", "table", "localhost"]
    cat = pick(cats)
    if cat == "order":
        t = pick([f"Order #{R.randint(100000, 9999999)} has shipped.", f"order_id={R.randint(10 ** 8, 10 ** 10)} status=PAID",
                  f"Your order ORD-{R.randint(2020, 2024)}-{R.randint(100000, 999999)} is confirmed.",
                  f"Bestellnummer: {R.randint(10 ** 8, 10 ** 9)}", f"Commande n° {R.randint(10 ** 6, 10 ** 7)} expédiée le {R.randint(1, 28)}/06",
                  f"Pedido {R.randint(10 ** 6, 10 ** 8)} entregado.", f"注文番号：{R.randint(10 ** 7, 10 ** 9)}"])
    elif cat == "invoice":
        t = pick([f"Invoice INV-{R.randint(2023, 2024)}-{R.randint(1000, 99999):05d} is due on 2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}.",
                  f"Rechnung Nr. {R.randint(10000, 999999)} vom {R.randint(1, 28):02d}.{R.randint(1, 12):02d}.2024",
                  f"Facture F{R.randint(100000, 999999)} — total TTC 1 234,56 €",
                  f"PO number {R.randint(4500000000, 4599999999)} approved"])
    elif cat == "tracking":
        t = pick([f"Tracking: 1Z{rs(UPPER + DIGITS, 6)}{d(10)}", f"USPS tracking 9400 1{d(3)} {d(4)} {d(4)} {d(4)} {d(2)}",
                  f"DHL Sendungsnummer {d(10)}", f"FedEx tracking number {d(12)}", f"Colissimo : 6A{d(11)}"])
    elif cat == "date":
        t = pick([f"Deployed at {ts()}", f"Meeting moved to 2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(8, 18)}:{pick(['00', '30'])}",
                  f"Last modified: {pick(['Mon', 'Tue', 'Fri'])}, {R.randint(1, 28)} Jun 2024 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} GMT",
                  f"Zeitraum: {R.randint(1, 28):02d}.{R.randint(1, 12):02d}.2024 – {R.randint(1, 28):02d}.{R.randint(1, 12):02d}.2024",
                  f"cron: {R.randint(0, 59)} {R.randint(0, 23)} * * 1-5", f"took {R.randint(1, 59)}m{R.randint(0, 59)}s (from 09:14:03 to 09:{R.randint(15, 59)}:{R.randint(10, 59)})"])
    elif cat == "price":
        t = pick([f"Total: ${R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(0, 99):02d} (incl. tax)", f"Preis: {R.randint(10, 9999)},{R.randint(0, 99):02d} €",
                  f"The Pro plan is $20/month or $200/year.", f"Prix : {R.randint(10, 999)},99 € HT", f"subtotal={R.randint(100, 99999)}.{R.randint(0, 99):02d} currency=USD",
                  f"¥{R.randint(1000, 99999):,}（税込）"])
    elif cat == "version":
        t = pick([f"Python {R.randint(2, 3)}.{R.randint(6, 12)}.{R.randint(0, 18)}", f"node v{R.randint(14, 22)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                  f"Chrome/{R.randint(100, 126)}.0.{R.randint(1000, 6999)}.{R.randint(10, 199)}", f"Swift version 6.{R.randint(0, 3)}.{R.randint(0, 2)} (swift-6.{R.randint(0, 3)}-RELEASE)",
                  f"openssl 3.0.{R.randint(2, 14)} {R.randint(1, 28)} Jun 2024", f"Build 10.0.{R.randint(17000, 26100)}.{R.randint(100, 4000)}"])
    elif cat == "semver":
        t = pick([f"bump version {R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 20)} -> {R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 20)}",
                  f"\"version\": \"{R.randint(0, 5)}.{R.randint(0, 30)}.{R.randint(0, 20)}-beta.{R.randint(1, 9)}+build.{R.randint(1, 999)}\"",
                  f"requests>={R.randint(2, 2)}.{R.randint(25, 32)}.0,<3", f".package(url: \"https://github.com/apple/swift-nio\", from: \"2.{R.randint(50, 70)}.0\")"])
    elif cat == "build":
        t = pick([f"Build #{R.randint(1000, 99999)} passed in {R.randint(2, 59)}m", f"build {R.randint(2023, 2024)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}.{R.randint(1, 9)}",
                  f"CI run {R.randint(10 ** 9, 10 ** 10)} attempt 2", f"Job {R.randint(10 ** 9, 10 ** 10 - 1)} failed at step 'test'"])
    elif cat == "isbn":
        body = "978" + d(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        isbn = body + str((10 - s % 10) % 10)
        t = pick([f"ISBN {isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}", f"isbn13: {isbn}", f"ISBN-13: {isbn}"])
    elif cat == "uuid":
        u = f"{rs(HEX, 8)}-{rs(HEX, 4)}-4{rs(HEX, 3)}-{R.choice('89ab')}{rs(HEX, 3)}-{rs(HEX, 12)}"
        t = pick([f"request_id={u}", f"{{\"trace_id\": \"{u}\", \"status\": \"ok\"}}", f"Created resource {u}", f"migration {u}.sql applied"])
    elif cat == "gitsha":
        t = pick([f"commit {rs(HEX, 40)}", f"Merge pull request #{R.randint(100, 9999)} from feature/pagination ({rs(HEX, 7)})",
                  f"HEAD is now at {rs(HEX, 7)} Fix flaky test", f"git cherry-pick {rs(HEX, 40)}", f"revert {rs(HEX, 12)}..{rs(HEX, 12)}"])
    elif cat == "hexcolor":
        t = pick([f"color: #{rs(HEX, 6)};", f"--brand-primary: #{rs(HEX, 6)}; --brand-accent: #{rs(HEX, 3)};", f"background: linear-gradient(#{rs(HEX, 6)}, #{rs(HEX, 6)})",
                  f"fill=\"#{rs(HEX, 6).upper()}\""])
    elif cat == "luhn_invalid":
        bad = luhn_invalid_16()
        t = pick([f"Reference {group(bad, [4, 4, 4, 4], ' ')}", f"ref={bad}", f"Transaction id {bad}", f"Policy number {group(bad, [4, 4, 4, 4], '-')}"])
    elif cat == "timestamp":
        t = pick([f"\"created\": {R.randint(1_600_000_000, 1_730_000_000)}", f"exp={R.randint(1_600_000_000, 1_730_000_000)}",
                  f"ts={R.randint(1_600_000_000, 1_730_000_000)}{R.randint(100, 999)} ms", f"Last-Modified-Epoch: {R.randint(1_600_000_000, 1_730_000_000)}"])
    elif cat == "port":
        t = pick([f"Listening on port {R.randint(1024, 65535)}", f"ports:\n  - \"{R.randint(3000, 9000)}:{R.randint(3000, 9000)}\"",
                  f"EXPOSE {pick([80, 443, 8080, 5432, 6379])}", f"bind: address already in use (port {R.randint(1024, 65535)})"])
    elif cat == "path":
        t = pick([f"/usr/local/lib/python3.11/site-packages/requests/adapters.py", f"See /var/log/nginx/error.log line {R.randint(1, 9999)}",
                  f"cp ./dist/bundle.{rs(HEX, 8)}.js /opt/app/static/", f"C:\\Program Files\\Microsoft VS Code\\Code.exe", f"/etc/ssl/certs/ca-certificates.crt",
                  f"src/components/{pick(['Button', 'Modal', 'Table'])}.tsx:{R.randint(1, 300)}:{R.randint(1, 80)}", f"~/projects/site/README.md", f"/tmp/pytest-of-ci/pytest-{R.randint(1, 99)}/test_x0"])
    elif cat == "sk_word":
        t = pick(["We mitigated the risk-based alerts by moving the task-runner to a separate queue.",
                  "The desk-lamp SKU is out of stock; try the kiosk-mode display.", "Run the disk-usage report before the task-scheduler restarts.",
                  "Use a risk-free trial, then ask-me-anything on Friday.", "task-1234: whisk-away animation flickers", "mask-image: url(#gradient)",
                  "husk-v2 and tusk-cli are internal tool names", "flask-login==0.6.3", "asterisk-16 config reload", "brisk-walk pace detected"])
    elif cat == "math":
        t = pick([f"{R.randint(10, 999)} * {R.randint(10, 999)} = ?", "e^(iπ) + 1 = 0", f"x = {R.randint(1, 99)}.{R.randint(0, 999)}, y = -{R.randint(1, 99)}.{R.randint(0, 999)}",
                  f"The determinant is {R.randint(-999, 999)} and the trace is {R.randint(-99, 99)}.", "f(x) = 3x² − 2x + 7; f'(2) = 10",
                  f"{R.randint(1000, 9999)} / {R.randint(10, 99)} ≈ {R.randint(10, 999)}.{R.randint(0, 99):02d}", "sqrt(2) = 1.41421356237"])
    elif cat == "chess":
        t = pick(["1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7", "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 4. Qc2 O-O",
                  "Position after 23...Rxe4 24. Qh5+ Kg8 25. Rf3 is winning for white.", "[FEN \"rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1\"]"])
    elif cat == "product":
        t = pick([f"SKU-{R.randint(10, 99)}-{R.randint(1000, 9999)}-{pick(['S', 'M', 'L', 'XL'])}", f"Part no. {rs(UPPER, 3)}-{R.randint(10000, 99999)}-{rs(UPPER, 2)}",
                  f"Model {rs(UPPER, 2)}{R.randint(100, 999)}{rs(UPPER, 1)} firmware 4.{R.randint(0, 9)}.{R.randint(0, 9)}", f"EAN {d(13)}",
                  f"ASIN B0{rs(UPPER + DIGITS, 8)}"])
    elif cat == "latlong":
        t = pick([f"lat={R.uniform(-60, 70):.6f}, lng={R.uniform(-170, 170):.6f}", f"{R.uniform(-60, 70):.4f}° N, {R.uniform(0, 170):.4f}° E",
                  f"\"location\": {{\"type\": \"Point\", \"coordinates\": [{R.uniform(-170, 170):.5f}, {R.uniform(-60, 70):.5f}]}}"])
    elif cat == "currency":
        t = pick([f"EUR/USD 1.{R.randint(0, 1)}{R.randint(0, 9999):04d}", f"Revenue grew from €{R.randint(1, 99)}.{R.randint(1, 9)}M to €{R.randint(100, 199)}.{R.randint(1, 9)}M",
                  f"R$ {R.randint(1, 99)}.{R.randint(100, 999)},{R.randint(0, 99):02d}", f"₹{R.randint(1, 99)},{R.randint(10, 99)},{R.randint(100, 999)}",
                  f"amount_cents: {R.randint(100, 10 ** 7)}"])
    elif cat == "ipver":
        t = pick([f"firmware 1.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}.{R.randint(0, 999)}", f"version {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 20)}.{R.randint(0, 300)}.{R.randint(0, 9)}",
                  f"OID 1.3.6.1.4.1.{R.randint(1000, 60000)}.{R.randint(1, 9)}", f"section 4.2.1.3.7 of the spec"])
    elif cat == "digest":
        t = pick([f"image: ghcr.io/acme/api@sha256:{rs(HEX, 64)}", f"md5: {rs(HEX, 32)}", f"\"integrity\": \"sha512-{base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()}\"",
                  f"SHA1 ({pick(['setup.exe', 'release.zip'])}) = {rs(HEX, 40)}"])
    elif cat == "memaddr":
        t = pick([f"Segmentation fault at 0x{rs(HEX, 12)}", f"#{R.randint(0, 9)} 0x0000{rs(HEX, 12)} in main () at main.c:{R.randint(1, 300)}",
                  f"goroutine {R.randint(1, 999)} [running]:\nmain.handler(0xc000{rs(HEX, 6)})\n\t/app/cmd/server/main.go:{R.randint(10, 300)} +0x{rs(HEX, 3)}"])
    elif cat == "misc":
        t = pick(["Resolution 1920x1080 @ 144Hz", "HTTP/1.1 404 Not Found", "RFC 5322 section 3.4.1", "ISO 8601 and ISO 4217",
                  f"Estimated 10-15 minutes, {R.randint(2, 99)}% done", f"{R.randint(75000, 75020)} Paris, France", f"PID {R.randint(100, 99999)} exited with code {R.randint(0, 2)}",
                  f"Room 4.{R.randint(10, 99)}, building B", f"+1 for this approach, it's much simpler", "Steps: 1) clone 2) npm ci 3) npm test",
                  f"Release notes for Q{R.randint(1, 4)} 2024: {R.randint(12, 60)} fixes, {R.randint(2, 9)} features", "The meeting is at 10:30-11:15 in room 2.041",
                  f"Temperature: {R.randint(-10, 35)}°C, humidity {R.randint(20, 99)}%", f"Lot {R.randint(1000, 9999)}/{R.randint(10, 99)}, exp. 2026-0{R.randint(1, 9)}"])
    elif cat == "code":
        t = pick(["for (int i = 0; i < 1024; i += 16) { sum += buf[i]; }", "let re = /^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$/i;",
                  "def luhn(n: str) -> bool:\n    return sum(map(int, n)) % 10 == 0", "SELECT id, created_at FROM orders WHERE total > 100 ORDER BY 2 DESC LIMIT 50;",
                  "const TIMEOUT_MS = 30_000; const RETRIES = 3;", "if err != nil { return fmt.Errorf(\"open: %w\", err) }",
                  "matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]", "private let maxBatch = 4096 // bytes", "user_email = request.form.get(\"email\")",
                  "password_field = forms.CharField(widget=forms.PasswordInput)", "API_KEY = os.environ[\"API_KEY\"]", "token = get_token(scope=\"read\")",
                  "Authorization: Bearer $TOKEN", "export OPENAI_API_KEY=\"$(op read op://vault/openai/key)\"", "password: ${DB_PASSWORD}",
                  "curl -u \"$USER:$PASS\" https://example.org/api"])
    elif cat == "table":
        t = pick([f"| Metric | Value |\n|---|---|\n| p50 | {R.randint(10, 99)} ms |\n| p99 | {R.randint(100, 999)} ms |",
                  f"region,requests,errors\neu-west-1,{R.randint(10000, 99999)},{R.randint(0, 99)}\nus-east-1,{R.randint(10000, 99999)},{R.randint(0, 99)}",
                  f"| Version | Date | Notes |\n|---|---|---|\n| 2.{R.randint(0, 9)}.0 | 2024-0{R.randint(1, 9)}-1{R.randint(0, 9)} | faster sync |"])
    else:
        t = pick([f"Server running at http://127.0.0.1:{R.randint(3000, 9000)}/", f"listening on 0.0.0.0:{R.randint(3000, 9000)}",
                  f"curl http://localhost:{R.randint(3000, 9000)}/healthz"])
    return t, cat


# ================================================================ assembling the set

def main():
    lines = []

    def add(text, spans, genre, known=None):
        for s in spans:
            assert s.value and s.value in text, (s.kind, s.value, text)
        row = {"text": text, "spans": [{"kind": s.kind, "value": s.value, "shape": s.shape} for s in spans]}
        if known:
            row["known"] = known
        row["genre"] = genre
        lines.append(row)

    for _ in range(260):
        t, sp = email_ctx(email())
        add(t, sp, "email")
    for _ in range(50):
        t, sp = email_special()
        add(t, sp, "email-special")
    countries = ["US", "CA", "E164", "UK", "UKmob", "DE", "FR", "ES", "IT", "NL", "IN", "BR", "AU", "JP"]
    for i in range(308):
        t, sp = phone_ctx(phone(countries[i % len(countries)]))
        add(t, sp, "phone")
    for _ in range(60):
        t, sp = phone_special()
        add(t, sp, "phone-special")
    brands = ["visa16", "visa13", "mc5x", "mc2x", "amex", "discover", "jcb", "diners", "unionpay19"]
    for i in range(306):
        t, sp = card_ctx(card(brands[i % len(brands)]))
        add(t, sp, "card")
    vendors = list(ENV_LABEL)
    for i in range(352):
        t, sp = api_ctx(api_key(vendors[i % len(vendors)]))
        add(t, sp, "api_key")
    for _ in range(40):
        t, sp = labelled_generic_key()
        add(t, sp, "api_key-generic")
    for _ in range(170):
        t, sp = secret_case()
        add(t, sp, "secret")
    for _ in range(140):
        t, sp = gov_case()
        add(t, sp, "gov_id")
    for _ in range(130):
        t, sp = ip_case()
        add(t, sp, "ip")
    for _ in range(100):
        t, sp = user_case()
        add(t, sp, "user")
    for _ in range(150):
        t, sp, known = known_case()
        add(t, sp, "known", known)
    for _ in range(80):
        t, sp = mixed_case()
        add(t, sp, "mixed")
    seen = set()
    negatives = 0
    while negatives < 520:
        t, cat = negative()
        if t in seen:
            continue
        seen.add(t)
        add(t, [], "negative/" + cat)
        negatives += 1

    R.shuffle(lines)
    out = sys.stdout
    for row in lines:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")

    counts = {}
    for row in lines:
        for s in row["spans"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    print(counts, "negatives:", negatives, "lines:", len(lines), file=sys.stderr)


if __name__ == "__main__":
    main()
