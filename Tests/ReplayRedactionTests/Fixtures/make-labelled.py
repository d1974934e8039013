#!/usr/bin/env python3
"""Writes labelled.jsonl: realistic texts with their personal data and secrets labelled, and hard negatives.

Each line: {"text": ..., "spans": [{"kind": ..., "value": ...}], "known": {...}?}. `known` holds the exporter's
names, e-mails and account ids when the line needs them. Lines with no spans are hard negatives. Every value is
synthetic (random digits, documentation-range addresses, made-up names); the seed is fixed so the output is stable.

    python3 make-labelled.py > labelled.jsonl
"""
import base64
import json
import random
import string
import sys

R = random.Random(20240611)
ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + "234567"


def rand(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar",
         "peggy", "rupert", "sybil", "trent", "victor", "wendy", "maria", "jose", "li", "wei", "aisha", "omar",
         "fatima", "yuki", "kenji", "sofia", "lucas", "emma", "noah", "olivia", "liam", "ava", "mateo", "chloe",
         "priya", "arjun", "nadia", "tomas", "ingrid", "lars", "elena", "dmitri", "chen", "hana", "kwame", "zainab"]
LAST = ["smith", "johnson", "garcia", "mueller", "rossi", "dubois", "tanaka", "kim", "nguyen", "okafor", "kowalski",
        "jensen", "silva", "novak", "haddad", "patel", "fernandez", "obrien", "schmidt", "lindqvist", "moreau",
        "yamamoto", "ivanova", "santos", "khan", "murphy", "weber", "costa", "bauer", "nakamura"]
DOMAINS = ["example.com", "gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "acme-corp.com", "mail.acme.io",
           "startup.dev", "uni-heidelberg.de", "company.fr", "eng.bigco.net", "fastmail.fm", "example.org",
           "consultancy.co", "research.ac.uk", "hospital.nhs.uk", "agency.gov.au", "shop.example.es", "icloud.com",
           "studio.design", "posteo.de", "web.de", "free.fr", "hey.com"]


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- values

def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}+{R.choice(['work', 'news', 'git'])}",
                      f"{f}{R.randint(1, 99)}", f"{l}.{f}", f"{f}-{l}", f"{f}.{l}{R.randint(70, 99)}", f"{f[0]}.{l}"])
    domain = R.choice(DOMAINS)
    if R.random() < 0.04:
        local = R.choice(["josé", "zoë", "björn", "müller", "françois", "øystein"]) + "." + l
    value = f"{local}@{domain}"
    roll = R.random()
    if roll < 0.1:
        value = f"{cap(local)}@{cap(domain)}"
    elif roll < 0.13:
        value = value.upper()
    return value


def nanp():
    return R.randint(2, 9) * 100 + R.randint(0, 99), R.randint(2, 9) * 100 + R.randint(0, 99), R.randint(0, 9999)


def phone():
    a, e, l = nanp()
    d = digits
    forms = [
        f"({a}) {e}-{l:04}", f"{a}-{e}-{l:04}", f"{a}.{e}.{l:04}", f"+1 {a} {e} {l:04}", f"+1-{a}-{e}-{l:04}",
        f"1-{a}-{e}-{l:04}", f"+1 ({a}) {e}-{l:04}", f"{a} {e} {l:04}", f"({a}){e}-{l:04}",
        f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}",
        f"+44 (0)20 {d(4)} {d(4)}", f"+44 121 {d(3)} {d(4)}", f"0121 {d(3)} {d(4)}",
        f"+49 30 {d(8)}", f"030 {d(8)}", f"+49 171 {d(7)}", f"0171 {d(7)}", f"030/{d(8)}", f"+49 (0)89 {d(7)}",
        f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
        f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+34 91{d(1)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
        f"+39 06 {d(4)} {d(4)}", f"06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"+31 20 {d(3)} {d(4)}",
        f"020-{d(3)} {d(4)}", f"+31 6 {d(8)}", f"+353 1 {d(3)} {d(4)}", f"+91 9{d(4)} {d(5)}",
        f"+61 2 {d(4)} {d(4)}", f"(02) {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"+81 3-{d(4)}-{d(4)}",
        f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+55 11 9{d(4)}-{d(4)}", f"+52 55 {d(4)} {d(4)}",
        f"+1{a}{e}{l:04}", f"+4420{d(8)}", f"+46 8 {d(3)} {d(3)} {d(2)}", f"+41 44 {d(3)} {d(2)} {d(2)}",
        f"0044 20 {d(4)} {d(4)}", f"0176 {d(8)}", f"0151 {d(4)} {d(4)}", f"+27 21 {d(3)} {d(4)}", f"+65 {d(4)} {d(4)}", f"+48 {d(3)} {d(3)} {d(3)}",
    ]
    return R.choice(forms)


def nbsp_phone():
    d = digits
    return R.choice([f"01\u00a0{d(2)}\u00a0{d(2)}\u00a0{d(2)}\u00a0{d(2)}", f"+33\u00a06\u00a0{d(2)}\u00a0{d(2)}\u00a0{d(2)}\u00a0{d(2)}",
                     f"+49\u00a030\u00a0{d(8)}"])


def bare_phone():
    """Ungrouped digits, only a phone because of the words around it."""
    a, e, l = nanp()
    return R.choice([f"{a}{e}{l:04}", f"0{R.randint(1, 9)}{digits(9)}"])


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def card_digits(valid=True):
    network = R.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "discover65"])
    prefix, length = {
        "visa": ("4", R.choice([16, 16, 16, 13, 19])), "mc": (str(R.randint(51, 55)), 16),
        "mc2": (str(R.randint(2221, 2720)), 16), "amex": (R.choice(["34", "37"]), 15),
        "discover": ("6011", 16), "discover65": ("65", 16),
    }[network]
    body = prefix + digits(length - len(prefix) - 1)
    check = luhn_check_digit(body)
    if not valid:
        check = str((int(check) + R.randint(1, 9)) % 10)
    return body + check


def group_card(number, style):
    if style == "plain":
        return number
    sep = " " if style == "space" else "-"
    if len(number) == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


def card(valid=True):
    return group_card(card_digits(valid), R.choice(["plain", "space", "space", "dash"]))


def ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03}-{R.randint(1, 99):02}-{R.randint(1, 9999):04}"


def ni_number():
    first = R.choice([c for c in "ABCEGHJKLMNOPRSTWXYZ"])
    second = R.choice([c for c in "ABCEGHJKLMNPRSTWXYZ"])
    if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        first, second = "A", "B"
    body = [digits(2) for _ in range(3)]
    suffix = R.choice("ABCD")
    if R.random() < 0.6:
        return f"{first}{second} {' '.join(body)} {suffix}"
    return f"{first}{second}{''.join(body)}{suffix}"


IBAN_FORMATS = {  # country: BBAN pattern (n digit, a upper letter, c alphanumeric)
    "GB": "aaaa" + "n" * 14, "DE": "n" * 18, "FR": "n" * 10 + "c" * 11 + "nn", "NL": "aaaa" + "n" * 10,
    "ES": "n" * 20, "IT": "a" + "n" * 10 + "c" * 12, "BE": "n" * 12, "CH": "n" * 5 + "c" * 12, "AT": "n" * 16,
    "IE": "aaaa" + "n" * 14, "PL": "n" * 24, "SE": "n" * 20, "PT": "n" * 21, "DK": "n" * 14, "NO": "n" * 11,
}


def iban():
    country = R.choice(list(IBAN_FORMATS))
    bban = "".join({"n": R.choice(string.digits), "a": R.choice(string.ascii_uppercase),
                    "c": R.choice(string.ascii_uppercase + string.digits)}[k] for k in IBAN_FORMATS[country])
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02}{bban}"
    if R.random() < 0.6:
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def spanish_id():
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if R.random() < 0.5:
        number = R.randint(10000000, 99999999)
        return f"{number}{'-' if R.random() < 0.2 else ''}{letters[number % 23]}"
    prefix = R.choice("XYZ")
    body = R.randint(1000000, 9999999)
    return f"{prefix}{body}{letters[(('XYZ'.index(prefix)) * 10000000 + body) % 23]}"


def cpf():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for count in (9, 10):
        r = sum(d[i] * (count + 1 - i) for i in range(count)) * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def gov_id():
    return R.choice([ssn, ssn, ni_number, iban, iban, spanish_id, cpf])()


def ipv4():
    while True:
        first = R.choice([10, 172, 192, R.randint(11, 223)])
        if first != 127:
            break
    if first == 192:
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if first == 172:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    groups = [f"{R.randint(0, 0xffff):x}" for _ in range(8)]
    groups[0] = R.choice(["2001", "2a02", "2607", "fe80", "2400"])
    roll = R.random()
    if roll < 0.3:
        return ":".join(groups)
    if roll < 0.45:
        return ":".join(g.zfill(4) for g in groups)
    if roll < 0.6:
        return f"{groups[0]}:db8::{groups[5]}:{groups[6]}:{groups[7]}"
    if roll < 0.75:
        return f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}"
    if roll < 0.85:
        return f"{groups[0]}:{groups[1]}::{R.randint(1, 255)}"
    return f"::ffff:{ipv4()}"


def ip():
    return ipv4() if R.random() < 0.6 else ipv6()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt():
    header = b64url(json.dumps({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    payload = b64url(json.dumps({"sub": digits(10), "name": "Test User", "iat": 1700000000 + R.randint(0, 9999999),
                                 "scope": "read write"}).encode())
    return f"{header}.{payload}.{b64url(bytes(R.randrange(256) for _ in range(32)))}"


KEY_SHAPES = {
    "openai": lambda: "sk-" + rand(ALNUM, 48),
    "openai_proj": lambda: "sk-proj-" + rand(ALNUM + "-_", 74) + "T3BlbkFJ" + rand(ALNUM + "-_", 74),
    "openai_svc": lambda: "sk-svcacct-" + rand(ALNUM + "-_", 60),
    "anthropic": lambda: "sk-ant-api03-" + rand(ALNUM + "-_", 93) + "AA",
    "aws_id": lambda: "AKIA" + rand(UPPER_DIGITS, 16),
    "aws_session": lambda: "ASIA" + rand(UPPER_DIGITS, 16),
    "github": lambda: R.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + rand(ALNUM, 36),
    "github_pat": lambda: "github_pat_" + rand(ALNUM, 22) + "_" + rand(ALNUM, 59),
    "gitlab": lambda: "glpat-" + rand(ALNUM + "-_", 20),
    "slack": lambda: R.choice(["xoxb-", "xoxp-", "xoxa-2-", "xoxr-"]) + digits(11) + "-" + digits(13) + "-" + rand(ALNUM, 24),
    "google": lambda: "AIza" + rand(ALNUM + "-_", 35),
    "stripe": lambda: R.choice(["sk_live_", "rk_live_", "pk_live_", "sk_test_"]) + rand(ALNUM, R.choice([24, 34, 99])),
    "huggingface": lambda: "hf_" + rand(string.ascii_letters, 34),
    "jwt": jwt,
}


def generic_token():
    return R.choice([lambda: rand(ALNUM, 32), lambda: rand("0123456789abcdef", 40), lambda: rand(ALNUM + "_-", 43),
                     lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(24))).decode()])()


def aws_secret():
    while True:
        value = rand(ALNUM + "/+", 40)
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


def username():
    f, l = R.choice(FIRST), R.choice(LAST)
    if R.random() < 0.05:
        return f"{cap(f)} {cap(l)}"
    return R.choice([f, f"{f[0]}{l}", f"{f}.{l}", f"{f}_{l[:3]}", f"{f}{R.randint(1, 99)}", cap(f), f"{f}-dev"])


def password():
    words = ["hunter", "dragon", "sunshine", "Winter", "Summer", "coffee", "Spring", "monkey", "letmein", "tr0ub4dor"]
    return R.choice([f"{R.choice(words)}{R.randint(1, 2024)}", f"{R.choice(words)}{R.choice('!@#$%&*')}{R.randint(1, 99)}",
                     rand(ALNUM + "!@#%^*", 14), f"{cap(R.choice(words))}_{digits(4)}!"])


def url_password():
    """Passwords as they stand in URLs: characters that need no percent-encoding."""
    return R.choice([rand(ALNUM, 14), f"{R.choice(['hunter', 'dragon', 'coffee'])}{R.randint(1, 2024)}", rand(ALNUM + "-_.~", 18)])


def pem_block():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    body = base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([120, 240, 600])))).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----"


def account_id():
    return R.choice([lambda: "user-" + rand(ALNUM, R.choice([6, 12, 24])), lambda: "org-" + rand(ALNUM, 24),
                     lambda: "acct_" + rand(ALNUM, 16), lambda: "U0" + rand(string.ascii_uppercase + string.digits, 9),
                     lambda: "cus_" + rand(ALNUM, 14), lambda: "proj_" + rand(ALNUM, 20)])()


# ---------------------------------------------------------------- non-PII fillers (hard negatives)

def date():
    y, m, d = R.randint(2015, 2025), R.randint(1, 12), R.randint(1, 28)
    return R.choice([f"{y}-{m:02}-{d:02}", f"{d:02}/{m:02}/{y}", f"{m}/{d}/{y}", f"{d:02}.{m:02}.{y}",
                     f"{y}/{m:02}/{d:02}", f"{y}-{m:02}-{d:02}T{R.randint(0, 23):02}:{R.randint(0, 59):02}:{R.randint(0, 59):02}Z",
                     f"{R.choice(['Jan', 'Feb', 'Mar', 'Oct', 'Nov'])} {d}, {y}", f"{y}{m:02}{d:02}"])


def time():
    h, m, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return R.choice([f"{h:02}:{m:02}", f"{h:02}:{m:02}:{s:02}", f"{R.randint(1, 12)}:{m:02} {R.choice(['AM', 'PM'])}",
                     f"{h:02}:{m:02}:{s:02}.{R.randint(0, 999):03}", f"{h}h{m:02}"])


def version():
    a, b, c = R.randint(0, 20), R.randint(0, 40), R.randint(0, 200)
    return R.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}-beta.{R.randint(1, 9)}",
                     f"10.0.{R.randint(10000, 22631)}.{R.randint(1, 3000)}", f"{a}.{b}.{c}rc{R.randint(1, 4)}",
                     f"version {a}.{b}.{c}", f"{a}.{b}.{c}+build.{R.randint(100, 999)}"])


def price():
    return R.choice([f"${R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(0, 99):02}", f"€{R.randint(1, 999)}.{R.randint(0, 99):02}",
                     f"£{R.randint(1, 99)}.{R.randint(0, 9)}m", f"USD {R.randint(1, 999)} {R.randint(100, 999)} {R.randint(100, 999)}",
                     f"{R.randint(1, 9)}.{R.randint(100, 999)},{R.randint(0, 99):02} €", f"{R.randint(10, 9999)} JPY",
                     f"${R.randint(1, 999)}k"])


def order_number():
    return R.choice([f"#{digits(R.choice([6, 8, 10]))}", f"ORD-{R.randint(2019, 2025)}-{digits(6)}", f"A-{digits(7)}",
                     f"{digits(3)}-{digits(7)}-{digits(7)}", f"PO{digits(8)}", f"INV-{digits(5)}",
                     f"order {R.randint(1, 9)}{digits(9)}", f"#{R.randint(1, 9)}{digits(2)}-{digits(3)}-{digits(4)}",
                     f"1Z{rand(string.ascii_uppercase + string.digits, 16)}", f"{digits(4)}-{digits(4)}-{digits(4)}"])


def isbn():
    core = "978" + str(R.randint(0, 1)) + digits(8)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    isbn13 = core + str((10 - total % 10) % 10)
    core10 = digits(9)
    check10 = (11 - sum((10 - i) * int(c) for i, c in enumerate(core10)) % 11) % 11
    isbn10 = core10 + ("X" if check10 == 10 else str(check10))
    return R.choice([f"{isbn13[:3]}-{isbn13[3]}-{isbn13[4:6]}-{isbn13[6:12]}-{isbn13[12]}", isbn13,
                     f"{isbn10[0]}-{isbn10[1:4]}-{isbn10[4:9]}-{isbn10[9]}", f"ISBN {isbn13}", f"ISBN-10 {isbn10}"])


def uuid():
    h = rand("0123456789abcdef", 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def sha(n=40):
    return rand("0123456789abcdef", n)


def hex_color():
    return "#" + R.choice([rand("0123456789abcdef", 6), rand("0123456789ABCDEF", 3), rand("0123456789abcdef", 8)])


def plain_path():
    return R.choice(["/usr/local/bin/python3", "/var/log/nginx/access.log", "/etc/ssl/certs/ca-certificates.crt",
                     "~/projects/app/src/main.rs", "./src/components/Header.tsx", "C:\\Program Files\\Git\\bin\\git.exe",
                     "/opt/homebrew/bin/brew", "/Users/Shared/Data/report.csv", "/home/user/app/config.yaml",
                     "/tmp/pytest-of-runner/pytest-3/test0", "src/home/HomePage.tsx", "/srv/www/html/index.php",
                     "/home/", "D:\\data\\exports\\2024\\q1.xlsx", "/proc/self/status", "/mnt/data/models/llama.gguf",
                     "../../lib/utils.js", "/api/v2/users/42/orders", "%APPDATA%\\Code\\settings.json",
                     "/home/$USER/.config", "C:\\Users\\%USERNAME%\\Desktop", "/home/<user>/code"])


def luhn_invalid():
    return card(valid=False)


# ---------------------------------------------------------------- composition

class Line:
    def __init__(self):
        self.spans = []
        self.known = None

    def add(self, kind, value):
        self.spans.append({"kind": kind, "value": value})
        return value


def fill(template, line, **slots):
    """Fills {slot} placeholders; a slot given as (kind, value) is labelled, a plain string is not."""
    out = template
    for name, value in slots.items():
        if isinstance(value, tuple):
            kind, text = value
            line.add(kind, text)
            value = text
        out = out.replace("{" + name + "}", value)
    return out


EMAIL_CONTEXTS = [
    "You can reach me at {v} if anything breaks over the weekend.",
    "Please forward the signed contract to {v} and cc legal.",
    "```python\nADMIN_EMAIL = \"{v}\"\nSMTP_PORT = 587\n```",
    "{\"user\": {\"email\": \"{v}\", \"plan\": \"pro\", \"seats\": 3}}",
    "2024-03-11T09:14:22Z INFO auth.login ok user={v} latency_ms=41",
    "| Role | Contact |\n|------|---------|\n| Support | {v} |\n| Billing | see wiki |",
    "Why does my regex reject {v}? It looks valid to me.",
    "From: {v}\nSubject: Re: quarterly numbers\n\nThanks, see attached.",
    "git config --global user.email \"{v}\"",
    "mailto:{v}?subject=Feedback",
    "<a href=\"mailto:{v}\">Email us</a>",
    "Send the invite to <{v}> before 5pm.",
    "The customer ({v}) says the export is empty.",
    "- owner: {v}\n- reviewers: 2\n- due: next sprint",
    "Author: Build Bot <{v}>\nDate:   Mon Mar 11 09:14:22 2024 +0100",
    "Can you rewrite this email to {v} so it sounds less passive-aggressive?",
    "电子邮件：{v}", "Adresse e-mail : {v}", "« {v} » ne reçoit plus rien.", "“{v}” bounced twice.",
    "Kontakt:\u00a0{v}", "Почта: {v}", "mail={v}&ref=newsletter",
]

PHONE_CONTEXTS = [
    "Call me on {v} after 6pm, I'm in meetings until then.",
    "--\nJane Doe\nSales Manager\nTel: {v}\nwww.example.com",
    "{\"contact\": {\"phone\": \"{v}\", \"preferred\": \"sms\"}}",
    "TEL;TYPE=CELL:{v}",
    "2024-05-02 14:01:33 sms.send to={v} status=delivered",
    "| Office | Phone |\n|---|---|\n| London | {v} |",
    "The hotline number is {v} (open 9-17).",
    "Please update my number to {v} in the CRM.",
    "customer_phone = \"{v}\"",
    "If the pager fails, ring {v} and ask for the on-call engineer.",
    "My mobile: {v}",
    "Whatsapp me at {v} when you land.",
    "The form rejects {v} as invalid, why?",
    "Support: {v} ext. 214", "id,name,phone\n17,J. Smith,{v}\n18,K. Obi,", "Numéro de téléphone : {v}",
    "<td>{v}</td>", "- phone: \"{v}\"",
]

BARE_PHONE_CONTEXTS = [
    "call me at {v} tomorrow", "Phone: {v}", "tel:{v}", "mobile {v}", "my cell is {v}, text anytime",
    "Fax {v}", "Contact number {v}",
]

CARD_CONTEXTS = [
    "My card number is {v}, exp 09/27, and the charge still fails.",
    "Charge {v} for the annual plan please.",
    "{\"card_number\": \"{v}\", \"exp_month\": 12, \"exp_year\": 2026}",
    "2024-01-17 10:22:01 WARN payment.declined card={v} amount=49.99 currency=EUR",
    "| Field | Value |\n|---|---|\n| PAN | {v} |\n| Expiry | 11/28 |",
    "Test with {v} in the sandbox and tell me what the gateway says.",
    "```\nstripe.charge(card=\"{v}\", cvc=\"123\")\n```",
    "Why does Luhn validation fail for {v}?",
    "I paid with {v} but the invoice shows another card.",
    "card: {v}\nholder: on file\nbilling_zip: 94103",
]

KEY_CONTEXTS = [
    "OPENAI_API_KEY={v}",
    "client = Client(api_key=\"{v}\")",
    "curl https://api.example.com/v1/models -H \"x-api-key: {v}\"",
    "{\"apiKey\": \"{v}\", \"timeout\": 30}",
    "I accidentally committed {v} to the repo, how do I rotate it?",
    "  token: {v}\n  retries: 3",
    "2024-02-09 18:30:12 DEBUG using credential {v} for request 42",
    "export TOKEN='{v}'",
    "```bash\nexport SERVICE_KEY={v}\n./deploy.sh --env prod\n```",
    "Here is my key: {v} - why do I get 401?",
    "headers = {\"Authorization\": \"Bearer {v}\"}",
    "| name | value |\n|---|---|\n| key | `{v}` |",
]

GENERIC_KEY_CONTEXTS = [
    "api_key={v}", "\"token\": \"{v}\"", "secret: {v}", "--api-key {v}", "HF_TOKEN=\"{v}\"", "API_KEY = \"{v}\"", "X-Api-Key: {v}",
    "client_secret={v}", "--auth-token {v}", "SLACK_SIGNING_SECRET={v}", "access_token: \"{v}\"",
    "{\"private_key_id\": \"x\", \"secret_key\": \"{v}\"}",
]

GOV_CONTEXTS = [
    "My SSN is {v}, do I put it on the W-4?", "SSN: {v}", "Applicant national insurance number {v}.",
    "Please transfer the deposit to IBAN {v} (BIC DEUTDEFFXXX).", "{\"iban\": \"{v}\", \"currency\": \"EUR\"}",
    "| Employee | ID |\n|---|---|\n| contractor | {v} |", "Is {v} a valid format?",
    "Bank details: {v}, reference invoice 2291.", "tax_id = \"{v}\"", "DNI/NIE: {v}",
]

IP_CONTEXTS = [
    "ssh deploy@{v} -p 22", "Failed password for invalid user admin from {v} port 51122 ssh2",
    "{v} - - [10/Oct/2023:13:55:36 +0000] \"GET /index.html HTTP/1.1\" 200 2326",
    "The database listens on {v}, but the app can't connect.", "{\"client_ip\": \"{v}\", \"status\": 403}",
    "Add {v} to the allowlist.", "ping {v}\nRequest timed out.", "server {v}:8443 weight=5;",
    "My home IP is {v}, why is it blocked?", "X-Forwarded-For: {v}", "http://{v}:8080/metrics",
    "allow from {v}/32;", "connect to {v}: Connection refused",
]

SECRET_BUILDERS = [
    lambda L: fill("curl -H 'Authorization: Bearer {s}' https://api.internal.example/v2/jobs", L, s=("secret", rand(ALNUM, R.choice([32, 40, 64])))),
    lambda L: fill("Authorization: Basic {s}", L, s=("secret", base64.b64encode(f"{R.choice(FIRST)}:{password()}".encode()).decode())),
    lambda L: fill("requests.get(url, headers={\"Authorization\": \"Bearer {s}\"})", L, s=("secret", rand(ALNUM + "._-", 48))),
    lambda L: fill("Here is the key file:\n{s}\nWhy does ssh say bad permissions?", L, s=("secret", pem_block())),
    lambda L: fill("```\n{s}\n```", L, s=("secret", pem_block())),
    lambda L: fill("key = \"\"\"{s}\"\"\"", L, s=("secret", pem_block())),
    lambda L: fill("DATABASE_URL=postgres://{s}@db.internal:5432/app", L, s=("secret", f"{R.choice(FIRST)}:{url_password()}")),
    lambda L: fill("git clone https://{s}@gitlab.example.com/team/repo.git", L, s=("secret", f"{R.choice(FIRST)}:{rand(ALNUM, 16)}")),
    lambda L: fill("Open https://files.example.com/report.pdf?token={s}&download=1 to get it.", L, s=("secret", rand(ALNUM, 24))),
    lambda L: fill("https://bucket.s3.amazonaws.com/a.png?X-Amz-Expires=3600&signature={s}", L, s=("secret", rand("0123456789abcdef", 64))),
    lambda L: fill("GET /api/export?user=7&api_key={s} HTTP/1.1", L, s=("secret", rand(ALNUM, 32))),
    lambda L: fill("webhook: https://hooks.example.com/in?sig={s}", L, s=("secret", rand(ALNUM + "-_", 43))),
    lambda L: fill("password={s}", L, s=("secret", password())),
    lambda L: fill("DB_PASSWORD: \"{s}\"", L, s=("secret", password())),
    lambda L: fill("mysql -u root --password={s} shop", L, s=("secret", password())),
    lambda L: fill("{\"username\": \"svc\", \"password\": \"{s}\"}", L, s=("secret", password())),
    lambda L: fill("redis://:{s}@cache.internal:6379/0", L, s=("secret", rand(ALNUM, 20))),
    lambda L: fill("psql --host db --password {s} --dbname app", L, s=("secret", password())),
    lambda L: fill("Authorization: token {s}", L, s=("secret", rand("0123456789abcdef", 40))),
    lambda L: fill("Proxy-Authorization: Basic {s}", L, s=("secret", base64.b64encode(f"{R.choice(FIRST)}:{rand(ALNUM, 12)}".encode()).decode())),
]

USER_CONTEXTS = [
    "Traceback (most recent call last):\n  File \"/home/{u}/projects/app/main.py\", line 42, in <module>\n    run()",
    "cd /Users/{u}/Documents/work && npm test", "PS C:\\Users\\{u}> python --version",
    "Error: ENOENT: no such file or directory, open '/Users/{u}/code/site/package.json'",
    "{\"cwd\": \"C:\\\\Users\\\\{u}\\\\source\\\\repos\\\\App\"}", "cp /mnt/c/Users/{u}/Downloads/data.csv .",
    "export PATH=/home/{u}/.local/bin:$PATH", "open file:///home/{u}/notes/todo.md",
    "warning: unable to access '/home/{u}/.config/git/attributes': Permission denied",
    "C:/Users/{u}/AppData/Local/Programs/Python/Python312/python.exe",
    "(venv) {u}@laptop:/home/{u}/work$ make", "Saved to “/Users/{u}/Desktop/Screenshot 2024-03-11.png”",
]


def make_email(L):
    return fill(R.choice(EMAIL_CONTEXTS), L, v=("email", email()))


def make_phone(L):
    if R.random() < 0.06:
        return fill(R.choice(PHONE_CONTEXTS), L, v=("phone", nbsp_phone()))
    if R.random() < 0.12:
        return fill(R.choice(BARE_PHONE_CONTEXTS), L, v=("phone", bare_phone()))
    return fill(R.choice(PHONE_CONTEXTS), L, v=("phone", phone()))


def make_card(L):
    return fill(R.choice(CARD_CONTEXTS), L, v=("card", card()))


def make_key(L, shape=None):
    if shape == "aws_secret":
        return _aws_secret_line(L)
    if shape == "generic":
        # A value under a label that names a secret (client_secret, secret_key) is a secret; keys and tokens are api_keys.
        template = R.choice(GENERIC_KEY_CONTEXTS)
        return fill(template, L, v=("secret" if "secret" in template.lower() else "api_key", generic_token()))
    return fill(R.choice(KEY_CONTEXTS), L, v=("api_key", KEY_SHAPES[shape]()))


def _aws_secret_line(L):
    template = R.choice([
        "[default]\naws_access_key_id = {i}\naws_secret_access_key = {v}\nregion = eu-west-1",
        "AWS_SECRET_ACCESS_KEY={v}", "aws_secret_access_key: {v}", "{\"SecretAccessKey\": \"{v}\"}",
    ])
    if "{i}" in template:
        return fill(template, L, i=("api_key", KEY_SHAPES["aws_id"]()), v=("secret", aws_secret()))
    return fill(template, L, v=("secret", aws_secret()))


def make_gov(L):
    value = gov_id()
    template = R.choice(GOV_CONTEXTS)
    if value.replace("-", "").isdigit() and "IBAN" in template:
        template = "SSN: {v}"
    return fill(template, L, v=("gov_id", value))


def make_ip(L):
    return fill(R.choice(IP_CONTEXTS), L, v=("ip", ip()))


def make_secret(L):
    return R.choice(SECRET_BUILDERS)(L)


def make_user(L):
    name = username()
    if " " in name:
        return fill("PS C:\\Users\\{u}\\Documents> dir", L, u=("user", name))
    return fill(R.choice(USER_CONTEXTS), L, u=("user", name))


def make_account(L):
    ident = account_id()
    L.known = {"ids": [ident]}
    template = R.choice([
        "Exported for account {v} on 2024-01-02.", "{\"user_id\": \"{v}\", \"plan\": \"plus\"}",
        "org {v} has 3 seats left", "https://platform.example.com/orgs/{v}/settings",
        "Conversation owner: {v}\nModel: gpt-4o", "metadata: {owner: {v}, region: eu}",
        "Why can't {v} see the shared project?",
    ])
    return fill(template, L, v=("account_id", ident))


def make_name(L):
    first, last = cap(R.choice(FIRST)), cap(R.choice(LAST))
    if len(first) < 3:
        first = "Lina"
    full = f"{first} {last}"
    L.known = {"names": [full.upper() if R.random() < 0.1 else full]}
    if R.random() < 0.3:
        address = f"{first.lower()}.{last.lower()}@{R.choice(DOMAINS)}"
        L.known["emails"] = [address.upper() if R.random() < 0.5 else address]
        return fill("Author: {n} <{e}>\nDate: Tue Feb 6 10:02:11 2024", L, n=("name", full), e=("email", address))
    template, value = R.choice([
        ("Thanks, {n}! That fixed it.", first), ("Dear Ms. {n},\nplease find the report attached.", last),
        ("Signed: {n}", full), ("{\"author\": \"{n}\", \"words\": 812}", full), ("Rewrite this bio of {n} in the third person.", full),
        ("Cover letter for {n}, senior engineer", full), ("{n} will present the roadmap on Monday.", first),
        ("cc {n} on the thread", last), ("My name is {n} and I need help with my visa form.", full.upper()),
        ("Is this {n}’s final draft?", first), ("Attendees: Ortiz, {n}, Baker", last),
    ])
    return fill(template, L, n=("name", value))


def make_mixed(L):
    """Several kinds in one text, as in signatures, tickets and configs."""
    builders = [
        lambda: fill("--\n{n}\n{e}\n{p}", L, n="Support Team", e=("email", email()), p=("phone", phone())),
        lambda: fill("Customer {e} paid with {c} from {i}.", L, e=("email", email()), c=("card", card()), i=("ip", ipv4())),
        lambda: fill("```yaml\nsmtp:\n  user: {e}\n  password: \"{s}\"\n  host: {i}\n```", L, e=("email", email()), s=("secret", password()), i=("ip", ipv4())),
        lambda: fill("Ticket 4471: {e} (tel {p}) reports charge on {c} twice.", L, e=("email", email()), p=("phone", phone()), c=("card", card())),
        lambda: fill("File \"/home/{u}/bot.py\", line 3\n    TOKEN = \"{k}\"", L, u=("user", username()), k=("api_key", KEY_SHAPES["github"]())),
        lambda: fill("{\"email\": \"{e}\", \"ssn\": \"{g}\", \"phone\": \"{p}\"}", L, e=("email", email()), g=("gov_id", ssn()), p=("phone", phone())),
    ]
    return R.choice(builders)()


def positives():
    lines = []

    def emit(maker, count, *args):
        made = 0
        while made < count:
            L = Line()
            text = maker(L, *args)
            rest = text
            for span in sorted(L.spans, key=lambda s: -len(s["value"])):
                rest = rest.replace(span["value"], "\0")
            if any(span["value"] in rest for span in L.spans):
                continue
            lines.append(record(text, L))
            made += 1

    emit(make_email, 330)
    emit(make_phone, 360)
    emit(make_card, 330)
    for shape in KEY_SHAPES:
        emit(make_key, 24, shape)
    emit(make_key, 24, "aws_secret")
    emit(make_key, 40, "generic")
    emit(make_gov, 170)
    emit(make_ip, 170)
    emit(make_secret, 200)
    emit(make_user, 130)
    emit(make_account, 110)
    emit(make_name, 130)
    emit(make_mixed, 120)
    return lines


NEGATIVES = [
    lambda: f"Order {order_number()} shipped on {date()}; total {price()}.",
    lambda: f"Version {version()} fixes the crash introduced in {version()}.",
    lambda: f"Build {R.randint(100, 9999)} finished in {R.randint(1, 59)}:{R.randint(0, 59):02} at {time()}.",
    lambda: f"The book's ISBN is {isbn()}.",
    lambda: f"Reference number {luhn_invalid()} does not match our records.",
    lambda: f"tracking id {luhn_invalid()}",
    lambda: f"{{\"id\": \"{luhn_invalid().replace(' ', '')}\", \"status\": \"queued\"}}",
    lambda: f"request_id={uuid()} trace_id={sha(32)} span={sha(16)}",
    lambda: f"commit {sha()}\nAuthor: CI\n\n    Bump deps to {version()}",
    lambda: f"Fixed in {sha(7)}, see also {sha(12)}.",
    lambda: f".btn-primary {{ color: {hex_color()}; background: {hex_color()}; }}",
    lambda: f"Edit {plain_path()} and restart the service.",
    lambda: f"ls -la {plain_path()}",
    lambda: f"Run task-sk-{rand(string.ascii_lowercase + string.digits, 24)} in the pipeline.",
    lambda: R.choice(["Put the monitor on the desk-top stand.", "It's a risk-free trial.", "Use the sk-learn alias.",
                      "whisk-sk-batter is the CSS class", "the task-sk-main-loop job timed out",
                      "Install scikit-learn, not sk-learn-extra-plugins-for-legacy-pipelines."]),
    lambda: f"We met at {time()} on {date()} to plan the release.",
    lambda: f"Call on {date()} at {time()} with the vendor.",
    lambda: f"The price went from {price()} to {price()} in {R.randint(2015, 2025)}.",
    lambda: f"pi is about 3.14159, e is 2.71828, and 2^32 = 4294967296.",
    lambda: f"ts={R.randint(1600000000000, 1800000000000)} level=info msg=\"flush done\" bytes={R.randint(1000, 99999999)}",
    lambda: f"Listening on port {R.randint(1024, 65535)} (pid {R.randint(100, 99999)}).",
    lambda: f"Coordinates: {R.uniform(-90, 90):.4f}, {R.uniform(-180, 180):.4f}",
    lambda: f"npm install react@{version().lstrip('v')} @types/node@{R.randint(16, 22)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
    lambda: f"pip install numpy=={R.randint(1, 2)}.{R.randint(0, 26)}.{R.randint(0, 9)} pandas>={R.randint(1, 2)}.{R.randint(0, 3)}",
    lambda: R.choice(["Use @property for computed fields.", "@media (max-width: 600px) { .nav { display: none; } }",
                      "Add the @Override annotation.", "Mention @channel in the announcement.",
                      "Import from @angular/core@17.0.1 only.", "Use icon@2x.png for retina screens.",
                      "git remote add origin git@github.com:acme/widgets.git", "user@localhost is rejected",
                      "docker pull nginx@sha256:" + sha(64)]),
    lambda: R.choice([f"Bind to 127.0.0.1:{R.randint(3000, 9000)} locally.", "Listen on 0.0.0.0:8000.",
                      "netmask 255.255.255.0", "curl http://[::1]:8080/health", "std::vector<int> v; v.push_back(1);",
                      "let v = Vec::new(); map.insert(k, v);", "SELECT a::text FROM t;", "Time: 12:30:45 elapsed"]),
    lambda: R.choice(["max_tokens: 4096", "token_count = 1534", "tokenizer: cl100k_base", "num_tokens=512",
                      "password: ********", "password = os.environ['DB_PASSWORD']", "api_key=os.getenv(\"OPENAI_API_KEY\")",
                      "api_key: ${OPENAI_API_KEY}", "token: <your-token>", "Authorization: Bearer <token>",
                      "Use Bearer token auth for the API.", "Basic auth is disabled.", "secret: my-app-v2-production-config",
                      "password_hash = bcrypt.hashpw(pw, salt)", "password: str = Field(min_length=12)",
                      "token: ${{ secrets.GITHUB_TOKEN }}", "export OPENAI_API_KEY=your-api-key-here",
                      "Forgot password? Click reset.", "api_key = \"YOUR_API_KEY\"", "secret = None",
                      "Authorization: Bearer $TOKEN", "passwordless login is enabled", "AUTH_TOKEN=changeme"]),
    lambda: R.choice([f"ZIP {R.randint(10000, 99999)}-{R.randint(1000, 9999)}", f"Scores were {R.randint(0, 9)}-{R.randint(0, 9)} and {R.randint(0, 9)}-{R.randint(0, 9)}.",
                      f"Resolution {R.choice(['1920x1080', '2560x1440', '3840x2160'])}", f"Error code 0x{sha(8)}",
                      f"Rows {R.randint(100, 999)}-{R.randint(1000, 9999)} were skipped.", f"Call stack depth {R.randint(100, 5000)}",
                      f"Population {R.randint(1, 9)},{R.randint(100, 999)},{R.randint(100, 999)},{R.randint(100, 999)}",
                      f"Invalid SSN-like ids: 000-{R.randint(10, 99)}-{R.randint(1000, 9999)}, 666-{R.randint(10, 99)}-{R.randint(1000, 9999)}, 9{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"]),
    lambda: f"AWS resources: ami-0{sha(16)}, i-0{sha(16)}, subnet-{sha(8)}, sg-{sha(17)}",
    lambda: f"| Metric | Q1 | Q2 |\n|---|---|---|\n| Revenue | {R.randint(100, 999)} {R.randint(100, 999)} | {R.randint(100, 999)} {R.randint(100, 999)} |\n| Growth | {R.randint(1, 30)}% | {R.randint(1, 30)}% |",
    lambda: f"```python\nfor i in range({R.randint(10, 1000)}):\n    total += values[i] * {R.uniform(0, 2):.3f}\n```",
    lambda: f"data:image/png;base64,{base64.b64encode(bytes(R.randrange(256) for _ in range(30))).decode()}",
    lambda: f"The hash is sha256:{sha(64)}",
    lambda: f"Dimensions: {R.randint(10, 200)} x {R.randint(10, 200)} x {R.randint(10, 200)} cm, weight {R.randint(1, 40)}.{R.randint(0, 9)} kg",
    lambda: f"Invoice INV-{R.randint(2020, 2025)}-{digits(5)} due {date()}, amount {price()}",
    lambda: f"Sort code {digits(2)}-{digits(2)}-{digits(2)}, account ending {digits(4)}",
    lambda: R.choice(["navigate('/home/dashboard')", "GET /Users/123/profile HTTP/1.1", "router.push(\"/home/settings\")",
                      f"evens = xs[::2]; odds = xs[1::2]; tail = xs[{R.randint(2, 9)}::{R.randint(2, 9)}]",
                      "Basic understanding of Basic Configuration is assumed.", "Bearer of bad news, sorry.",
                      f"pip install requests=={R.randint(1, 3)}.{R.randint(0, 31)}.{R.randint(0, 9)}.{R.randint(0, 9)}",
                      f"Upgrade the firmware to release {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}",
                      f"arn:aws:s3:::my-bucket-{R.randint(100, 999)}/logs/*", "x-ratelimit-remaining: 4999",
                      f"The token limit is {R.randint(4, 200)}k tokens; secret sauce is caching.",
                      f"Meeting room {R.randint(100, 999)}, floor {R.randint(1, 40)}, building {R.choice('ABCDE')}",
                      f"Call stack: frame #{R.randint(0, 30)} at 0x{sha(12)}",
                      f"Use {R.choice(['sk-', 'ghp_', 'AKIA', 'xoxb-', 'hf_'])}... as the prefix when you paste your key.",
                      "mailto: links need an address after the colon", "See https://example.com/users/alice/posts for her blog.",
                      "The meeting is at 3:30pm in room 4.12; bring pages 12-18.", "macOS 14.2.1 (build 23C71)",
                      "In Excel, =SUM(A1:A10) and =VLOOKUP(B2,Sheet2!A:B,2,FALSE) both fail.",
                      f"Price list: item A 19.99, bundle 1 234.50 — total 1 {R.randint(100, 999)}.49",
                      "The invoice #INV-2024-00123 was paid via card ending 4242.", "POSTGRES_PASSWORD: example"]),
    lambda: R.choice(["The Grand Hotel is on 5th Avenue.", "See chapter 12, section 4.3, page 187.",
                      "Hello world, this is a plain sentence with nothing to hide.", "RFC 7231 section 6.5.1",
                      "Apollo 11 landed on July 20, 1969 at 20:17 UTC.", "The 2024-2025 season starts in August.",
                      "Set the timeout to 30s and the retries to 5.", "Gene BRCA1 and the p53 protein.",
                      "Windows 10.0.19045 build 3693", "The model scored 87.5% on MMLU and 92.1 on GSM8K."]),
]

KNOWN_NAME_NEGATIVES = [
    ({"names": ["Mark Green"]}, "Please mark the green checkbox and save."),
    ({"names": ["Rose Hill"]}, "the rose bush on the hill needs water"),
    ({"names": ["Will Summer"]}, "we will ship in summer"),
    ({"names": ["Grace Bell"]}, "the bell rang with grace"),
    ({"names": ["Jo Li"]}, "Jo and Li are too short to match alone, see the jolly list."),
    ({"ids": ["user-Zz91Q"]}, "the user-Zz91Qx account is someone else's"),
]


def negatives(count):
    lines = []
    for known, text in KNOWN_NAME_NEGATIVES:
        lines.append({"text": text, "spans": [], "known": known})
    while len(lines) < count:
        lines.append({"text": R.choice(NEGATIVES)(), "spans": []})
    return lines


def record(text, L):
    for span in L.spans:
        assert span["value"] in text, (span, text)
    out = {"text": text, "spans": L.spans}
    if L.known:
        out["known"] = L.known
    return out


def main():
    lines = positives() + negatives(620)
    R.shuffle(lines)
    for line in lines:
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
