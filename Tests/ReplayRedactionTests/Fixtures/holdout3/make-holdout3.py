#!/usr/bin/env python3
"""Builds holdout3.jsonl: the THIRD independent held-out set for ReplayRedaction.

Written without reading the detectors, the scanner, any other fixture or generator (see README.md).
Stdlib only, fixed seed, deterministic: `python3 make-holdout3.py` rewrites holdout3.jsonl byte for byte.
`python3 make-holdout3.py --check` regenerates in memory, compares with the file on disk and validates every
card (Luhn), IBAN and government id (python-stdnum) and phone (libphonenumber, per country), and checks that
the "looks like but is not" values in the negatives are what they claim (Luhn-invalid, reserved IP ranges, ...).
It needs `pip install python-stdnum phonenumbers`; generation does not.

Line format (one JSON object per line):
  {"text": ..., "spans": [{"kind", "value", "shape"}], "genre": ..., "lang": ..., "known": {"names", "emails", "ids"}}
`value` is the value exactly as it occurs in `text` (JSON-escaped inside chat-export JSON, %-encoded in URLs) and
occurs in `text` exactly as many times as it is labelled. A line without spans is a hard negative: nothing in it
should be replaced.
"""
import base64
import json
import os
import random
import string
import sys
import urllib.parse
import zlib

SEED = 0x4C0D3_3
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout3.jsonl")

# Targets per kind (spans), and for hard-negative lines.
TARGETS = {
    "email": 400, "phone": 400, "card": 350, "api_key": 400, "secret": 200,
    "gov_id": 200, "ip": 100, "user": 100, "account_id": 100, "name": 100,
}
NEGATIVE_LINES = 600

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = DIGITS + UPPER + LOWER
HEXL = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
BASE62 = DIGITS + UPPER + LOWER


class Retry(Exception):
    """A template drew values that collide in its text; draw again."""


def ch(seq):
    return seq[R.randrange(len(seq))]


def rs(alphabet, n):
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


def rd(n, first="123456789"):
    """n random digits, the first one from `first`."""
    return ch(first) + rs(DIGITS, n - 1) if n > 0 else ""


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def maybe(p):
    return R.random() < p


def mixed_token(alphabet, n, need=(DIGITS, UPPER, LOWER)):
    """A random token that contains at least one character of each class that the alphabet allows."""
    while True:
        t = rs(alphabet, n)
        if all(any(c in cls for c in t) for cls in need if any(c in alphabet for c in cls)):
            return t


# ----------------------------------------------------------------------------------------------------------
# Checksums
# ----------------------------------------------------------------------------------------------------------

def luhn_ok(digits):
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in DIGITS:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def luhn_break(digits):
    """The same digits with the last one changed so that Luhn fails."""
    last = int(digits[-1])
    for delta in (1, 3, 7, 2):
        cand = digits[:-1] + str((last + delta) % 10)
        if not luhn_ok(cand):
            return cand
    raise AssertionError


def mod97_iban(country, bban):
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iso7064_mod11_10(digits):
    p = 10
    for c in digits:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def iso7064_mod11_2(digits):
    s = 0
    for c in digits:
        s = (s + int(c)) * 2 % 11
    return "0123456789X"[(12 - s) % 11]


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(digits):
    c = 0
    for i, d in enumerate(reversed(digits)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(d)]]
    return str(VERHOEFF_INV[c])


def crc32_base62(s, width=6):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def b64(s):
    return base64.b64encode(s if isinstance(s, bytes) else s.encode()).decode()


def b64url(s):
    return base64.urlsafe_b64encode(s if isinstance(s, bytes) else s.encode()).decode().rstrip("=")


def rand_date(y0=1950, y1=2004):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


# ----------------------------------------------------------------------------------------------------------
# People: names per locale (given, family). Native script where the locale has one.
# ----------------------------------------------------------------------------------------------------------

NAMES = {
    "en": (["Olivia", "Liam", "Harper", "Ethan", "Madison", "Caleb", "Brianna", "Tyler", "Courtney", "Dwayne",
            "Shanice", "Marcus", "Kayla", "Logan", "Brooke", "Trevor", "Jasmine", "Austin", "Megan", "Darnell"],
           ["Whitfield", "Okafor", "Brennan", "Castillo", "Nakamura", "Holloway", "Fitzgerald", "Pruitt",
            "Delacroix", "Sorensen", "McAllister", "Washington", "Kowalczyk", "Abernathy", "Reyes", "Lindqvist",
            "Donovan", "Achterberg", "Mwangi", "Thibodeaux"]),
    "de": (["Jürgen", "Sabine", "Lukas", "Annika", "Torsten", "Franziska", "Maximilian", "Dörte", "Henrik",
            "Katharina", "Ulrike", "Moritz", "Birgit", "Sönke", "Leonie"],
           ["Schäfer", "Weißmann", "Kühn", "Brandstätter", "Hoffmann", "Zimmermann", "Oberländer", "Krüger",
            "Vogt", "Lindemann", "Grünewald", "Baumgärtner", "Eichhorn", "Pfeiffer", "Rößler"]),
    "fr": (["Élodie", "Mathieu", "Céline", "Jérôme", "Aurélie", "Benoît", "Maëlle", "Grégoire", "Solène",
            "François", "Inès", "Thibault"],
           ["Lefèvre", "Moreau", "Girard", "Chevalier", "Dubois-Laurent", "Fontaine", "Rousseau", "Garnier",
            "Bonnet", "Mercier", "Lemaître", "Faure"]),
    "es": (["Lucía", "Alejandro", "Nerea", "Íñigo", "Marisol", "Rodrigo", "Ainhoa", "Sebastián", "Pilar",
            "Joaquín"],
           ["García Márquez", "Fernández", "Ruiz", "Etxeberria", "Sánchez", "Domínguez", "Iglesias", "Navarro",
            "Ortega", "Castaño"]),
    "it": (["Giulia", "Alessandro", "Chiara", "Lorenzo", "Federica", "Matteo", "Ilaria", "Niccolò", "Beatrice"],
           ["Esposito", "Bianchi", "Colombo", "Ricci", "De Luca", "Marchetti", "Gallo", "Fontana", "Caruso"]),
    "pt": (["João", "Beatriz", "Gonçalo", "Mariana", "Thiago", "Letícia", "Vinícius", "Conceição"],
           ["Carvalho", "Gonçalves", "Araújo", "Nascimento", "Magalhães", "Brandão", "Sousa", "Figueiredo"]),
    "nl": (["Sanne", "Joris", "Femke", "Bram", "Lotte", "Sjoerd", "Marieke", "Thijs"],
           ["van der Berg", "de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "de Jong"]),
    "pl": (["Agnieszka", "Paweł", "Małgorzata", "Krzysztof", "Zofia", "Grzegorz", "Joanna", "Łukasz"],
           ["Wiśniewska", "Kowalski", "Zieliński", "Wójcik", "Kamińska", "Lewandowski", "Dąbrowska", "Szymański"]),
    "sv": (["Linnea", "Oskar", "Ebba", "Viktor", "Maja", "Axel"],
           ["Lindström", "Bergqvist", "Söderberg", "Åkesson", "Nyström", "Hällgren"]),
    "tr": (["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak"],
           ["Yılmaz", "Öztürk", "Kaya", "Şahin", "Demir", "Çelik"]),
    "ru": (["Анастасия", "Дмитрий", "Екатерина", "Сергей", "Ольга", "Алексей"],
           ["Смирнова", "Иванов", "Кузнецова", "Попов", "Волкова", "Соколов"]),
    "ja": (["陽菜", "蓮", "結衣", "大翔", "美咲", "拓海"],
           ["高橋", "渡辺", "伊藤", "中村", "小林", "加藤"]),
    "zh": (["伟", "芳", "秀英", "志强", "丽娟", "建华"],
           ["王", "李", "张", "刘", "陈", "杨"]),
    "ko": (["지훈", "서연", "민준", "하은", "도윤", "수빈"],
           ["김", "이", "박", "최", "정", "강"]),
    "ar": (["محمد", "فاطمة", "أحمد", "مريم", "يوسف", "ليلى"],
           ["العتيبي", "الحسن", "منصور", "الشمري", "حداد", "عبد الله"]),
    "he": (["נועה", "איתי", "תמר", "יונתן"], ["כהן", "לוי", "מזרחי", "פרץ"]),
    "hi": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram"],
           ["Sharma", "Iyer", "Chatterjee", "Reddy", "Nair", "Deshpande"]),
    "vi": (["Nguyễn Thị", "Trần Văn", "Lê Thị", "Phạm Minh"], ["Hoa", "Nam", "Lan", "Tuấn"]),
}

# Latin transliterations, used to derive e-mail local parts and user names.
ROMAN = {
    "Анастасия": "anastasia", "Дмитрий": "dmitry", "Екатерина": "ekaterina", "Сергей": "sergey", "Ольга": "olga",
    "Алексей": "alexey", "Смирнова": "smirnova", "Иванов": "ivanov", "Кузнецова": "kuznetsova", "Попов": "popov",
    "Волкова": "volkova", "Соколов": "sokolov",
    "陽菜": "hina", "蓮": "ren", "結衣": "yui", "大翔": "hiroto", "美咲": "misaki", "拓海": "takumi",
    "高橋": "takahashi", "渡辺": "watanabe", "伊藤": "ito", "中村": "nakamura", "小林": "kobayashi", "加藤": "kato",
    "伟": "wei", "芳": "fang", "秀英": "xiuying", "志强": "zhiqiang", "丽娟": "lijuan", "建华": "jianhua",
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang",
    "지훈": "jihoon", "서연": "seoyeon", "민준": "minjun", "하은": "haeun", "도윤": "doyun", "수빈": "subin",
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
    "محمد": "mohammed", "فاطمة": "fatima", "أحمد": "ahmed", "مريم": "maryam", "يوسف": "youssef", "ليلى": "layla",
    "العتيبي": "alotaibi", "الحسن": "alhassan", "منصور": "mansour", "الشمري": "alshammari", "حداد": "haddad",
    "عبد الله": "abdullah",
    "נועה": "noa", "איתי": "itai", "תמר": "tamar", "יונתן": "yonatan", "כהן": "cohen", "לוי": "levi",
    "מזרחי": "mizrahi", "פרץ": "peretz",
}

ASCII_FOLD = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "é": "e", "è": "e", "ê": "e",
    "ë": "e", "É": "E", "à": "a", "â": "a", "ç": "c", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "ñ": "n",
    "á": "a", "í": "i", "ó": "o", "ú": "u", "Í": "I", "ã": "a", "õ": "o", "ł": "l", "Ł": "L", "ś": "s", "ń": "n",
    "ą": "a", "ę": "e", "ż": "z", "ź": "z", "ć": "c", "å": "a", "Å": "A", "ı": "i", "ş": "s", "Ş": "S", "ğ": "g",
    "Ç": "C", "Ö": "O", "ø": "o", "ễ": "e", "ị": "i", "ầ": "a", "ă": "a", "ạ": "a", "ơ": "o", "ư": "u",
    "ấ": "a", "ố": "o", "ọ": "o", "ữ": "u", "ậ": "a", "ệ": "e", "ô": "o", "ð": "d", "ñ": "n", "Ñ": "N",
})


def roman(part):
    if part in ROMAN:
        return ROMAN[part]
    return part.translate(ASCII_FOLD)


def slug(part):
    s = roman(part).lower()
    return "".join(c for c in s if c.isalnum())


class Person:
    def __init__(self, lang=None):
        self.lang = lang or weighted([(k, 3 if k in ("en", "de", "fr", "es") else 1) for k in NAMES])
        given, family = NAMES[self.lang]
        self.first = ch(given)
        self.last = ch(family)

    @property
    def full(self):
        if self.lang in ("zh", "ja", "ko"):
            return self.last + self.first
        if self.lang == "vi":
            return f"{self.first} {self.last}"
        return f"{self.first} {self.last}"

    @property
    def latin(self):
        return f"{roman(self.first)} {roman(self.last)}".title() if self.lang in ROMAN_LANGS else self.full

    def fl(self):
        return slug(self.first), slug(self.last)


ROMAN_LANGS = ("ru", "ja", "zh", "ko", "ar", "he")


# ----------------------------------------------------------------------------------------------------------
# Values. Each generator returns a Val: the value as written, its shape, and what --check validates.
# ----------------------------------------------------------------------------------------------------------

class Val:
    def __init__(self, kind, value, shape, check=None):
        self.kind, self.value, self.shape, self.check = kind, value, shape, check

    def __str__(self):
        return self.value


PERSONAL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "aol.com",
           "comcast.net", "proton.me", "fastmail.com", "hey.com", "sky.com", "bigpond.com", "xtra.co.nz",
           "rogers.com", "shaw.ca"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch", "mailbox.org", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "skynet.be"],
    "es": ["hotmail.es", "telefonica.net", "yahoo.es", "gmail.com", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "fastwebnet.it"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "telenet.be", "xs4all.nl"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gazeta.pl"],
    "sv": ["telia.com", "bredband.net", "spray.se", "outlook.com"],
    "tr": ["yandex.com.tr", "hotmail.com", "gmail.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "inbox.ru"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "nifty.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "ar": ["hotmail.com", "gmail.com", "yahoo.com"],
    "he": ["walla.co.il", "gmail.com", "012.net.il"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}

COMPANY_DOMAINS = [
    "nordwind-logistik.de", "brightpath.io", "kestrel-analytics.com", "valmont-avocats.fr", "grupo-arnedo.es",
    "studio-bellavista.it", "kuehn-haustechnik.de", "tidewater-health.org", "ferrovia-sul.com.br",
    "hollandbouw.nl", "polmax.com.pl", "fjordline-consult.no", "marlowe.co.uk", "quantalis.ai", "oakridge-dental.com",
    "sakura-shoji.co.jp", "hanbit-soft.co.kr", "lumenfield.dev", "eng.tessellate.app", "mail.uni-hamburg.de",
    "students.ucl.ac.uk", "alumni.epfl.ch", "ops.brightpath.io", "dept.kth.se", "cs.tsinghua.edu.cn",
    "bakerei-sommer.de", "clinica-dental-sol.es", "atelier-vermeer.photography", "greenleaf.consulting",
    "harbourview.legal", "redwood-ventures.capital", "muller-bau.ch", "tarsier.agency", "loop.studio",
]

IDN_EMAILS = [("jürgen.schäfer", "gmx.de"), ("zoë", "brightpath.io"), ("françois.lefèvre", "orange.fr"),
              ("josé.ruiz", "telefonica.net"), ("anke", "bäckerei-kühn.de"), ("lukas.keller", "müller-bau.ch"),
              ("андрей.смирнов", "почта.рф"), ("søren", "fjordline-consult.no"), ("marie-hélène", "valmont-avocats.fr")]


def email_val(p=None, style=None, domain=None):
    p = p or Person()
    f, l = p.fl()
    if not f or not l:
        raise Retry
    dom = domain or (ch(COMPANY_DOMAINS) if maybe(0.35) else ch(PERSONAL_DOMAINS[p.lang]))
    style = style or weighted([("first.last", 5), ("flast", 3), ("first_last", 2), ("firstlast_digits", 3),
                               ("first_digits", 2), ("plus_tag", 2), ("last.first", 1), ("f.last", 2),
                               ("hyphen", 1), ("upper", 1), ("mixed_case", 1), ("numeric_local", 1),
                               ("long", 1)])
    if style == "first.last":
        local = f"{f}.{l}"
    elif style == "flast":
        local = f"{f[0]}{l}"
    elif style == "first_last":
        local = f"{f}_{l}"
    elif style == "firstlast_digits":
        local = f"{f}{l}{R.randint(1, 99)}" if maybe(0.5) else f"{f}{l}{R.randint(1960, 2006)}"
    elif style == "first_digits":
        local = f"{f}{rs(DIGITS, R.randint(2, 4))}"
    elif style == "plus_tag":
        local = f"{f}.{l}+{ch(['newsletter', 'amazon', 'github', 'spam', 'bank', 'jobs', 'shopping', 'test2'])}"
    elif style == "last.first":
        local = f"{l}.{f}"
    elif style == "f.last":
        local = f"{f[0]}.{l}"
    elif style == "hyphen":
        local = f"{f}-{l}"
    elif style == "upper":
        local = f"{f}.{l}".upper()
        dom = dom.upper()
    elif style == "mixed_case":
        local = f"{f.title()}.{l.title()}"
    elif style == "numeric_local":
        dom = ch(["qq.com", "163.com", "126.com", "naver.com"])
        local = rd(R.randint(8, 10)) if dom == "qq.com" else ("1" + ch("3456789") + rs(DIGITS, 9))
    else:
        local = f"{f}.{l}.{ch(['work', 'office', 'private', 'home'])}"
    return Val("email", f"{local}@{dom}", style)


def email_idn():
    local, dom = ch(IDN_EMAILS)
    return Val("email", f"{local}@{dom}", "idn")


# Phones ---------------------------------------------------------------------------------------------------

US_AREAS = [201, 206, 212, 213, 303, 305, 310, 312, 347, 404, 408, 415, 425, 469, 480, 503, 510, 512, 571, 602,
            617, 619, 646, 650, 702, 703, 713, 714, 718, 720, 727, 732, 757, 770, 773, 786, 805, 813, 818, 832,
            847, 858, 904, 917, 925, 929, 949, 972, 973]
CA_AREAS = [204, 289, 306, 403, 416, 437, 438, 506, 514, 587, 604, 613, 647, 709, 778, 780, 902, 905]


def _nanp(areas):
    a = ch(areas)
    while True:
        e = ch("23456789") + rs(DIGITS, 2)
        if e[1:] != "11" and e != "555" and e != "950" and e != "958" and e != "959":
            break
    return str(a), e, rs(DIGITS, 4)


def _fmt(groups, sep=" "):
    return sep.join(groups)


class Phone(Val):
    def __init__(self, value, shape, region, plain):
        super().__init__("phone", value, shape, ("phone", region, plain))
        self.region = region
        self.plain = plain  # the number as libphonenumber should parse it for `region`


def phone_nanp(region):
    a, e, l = _nanp(US_AREAS if region == "US" else CA_AREAS)
    fmt = weighted([("paren", 4), ("dash", 4), ("dot", 2), ("intl_space", 3), ("intl_dash", 2), ("trunk", 1),
                    ("e164", 2), ("bare", 1), ("intl_paren", 1)])
    v = {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "intl_space": f"+1 {a} {e} {l}",
         "intl_dash": f"+1-{a}-{e}-{l}", "trunk": f"1-{a}-{e}-{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
         "intl_paren": f"+1 ({a}) {e}-{l}"}[fmt]
    return Phone(v, f"{region.lower()}_{fmt}", region, v)


def _intl_or_national(cc, nat_groups, intl_groups, region, national_fmts, intl_fmts, p_intl=0.45):
    if maybe(p_intl):
        name, joiner = ch(intl_fmts)
        v = joiner(cc, intl_groups)
        return Phone(v, f"{region.lower()}_{name}", region, v)
    name, joiner = ch(national_fmts)
    v = joiner(nat_groups)
    return Phone(v, f"{region.lower()}_{name}", region, v)


SP = lambda g: " ".join(g)
DASH = lambda g: "-".join(g)
DOT = lambda g: ".".join(g)
NOSEP = lambda g: "".join(g)
I_SP = lambda cc, g: f"+{cc} " + " ".join(g)
I_DASH = lambda cc, g: f"+{cc}-" + "-".join(g)
I_NOSEP = lambda cc, g: f"+{cc}" + "".join(g)
I_00 = lambda cc, g: f"00{cc} " + " ".join(g)
I_SPDASH = lambda cc, g: f"+{cc} " + "-".join(g)


def phone_gb():
    if maybe(0.75):
        pre = ch(["740", "741", "742", "743", "746", "747", "748", "749", "751", "753", "754", "756", "757", "758",
                  "759", "771", "772", "773", "774", "775", "776", "777", "780", "784", "785", "786", "787", "788",
                  "789", "790", "792", "794", "795", "796", "797", "798", "799"])
        sub = rs(DIGITS, 1) + rs(DIGITS, 6)
        n = "7" + pre[1:] + sub  # 10 digits after 0
        nat = ["0" + n[:4], n[4:]]
        intl = [n[:4], n[4:7], n[7:]]
        return _intl_or_national("44", nat, intl, "GB",
                                 [("mobile", SP), ("mobile_3", lambda g: f"{g[0]} {g[1][:3]} {g[1][3:]}"),
                                  ("mobile_nosep", NOSEP)],
                                 [("intl", lambda cc, g: f"+44 {g[0]} {g[1]}{g[2]}"),
                                  ("intl_0", lambda cc, g: f"+44 (0){g[0]} {g[1]} {g[2]}"),
                                  ("intl_3", I_SP), ("e164", I_NOSEP)])
    area, rest = ch([("20", 8), ("161", 7), ("121", 7), ("131", 7), ("141", 7), ("113", 7), ("117", 7)])
    first = {"20": ch("378"), "161": ch("2378"), "121": ch("2347"), "131": ch("2345"), "141": ch("2345"),
             "113": ch("2345"), "117": ch("9")}[area]
    sub = first + rs(DIGITS, rest - 1)
    if area == "20":
        nat = ["020", sub[:4], sub[4:]]
        intl = ["20", sub[:4], sub[4:]]
    else:
        nat = ["0" + area, sub[:3], sub[3:]]
        intl = [area, sub[:3], sub[3:]]
    return _intl_or_national("44", nat, intl, "GB", [("landline", SP), ("landline_paren",
                             lambda g: f"({g[0]}) {g[1]} {g[2]}")], [("intl_landline", I_SP)])


def phone_de():
    if maybe(0.7):
        pre = ch(["151", "152", "155", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175",
                  "176", "177", "178", "179"])
        ln = 8 if pre[:2] == "15" or pre in ("176", "179") else ch([7, 8])
        if pre == "160" or pre == "162":
            ln = 7
        sub = rs(DIGITS, ln)
        nat = ["0" + pre, sub]
        return _intl_or_national("49", nat, [pre, sub], "DE",
                                 [("mobile", SP), ("mobile_slash", lambda g: f"{g[0]}/{g[1]}"),
                                  ("mobile_dash", DASH), ("mobile_grouped", lambda g: f"{g[0]} {g[1][:4]} {g[1][4:]}"),
                                  ("mobile_nosep", NOSEP)],
                                 [("intl", I_SP), ("intl_0", lambda cc, g: f"+49 (0){g[0]} {g[1]}"),
                                  ("intl_00", I_00), ("e164", I_NOSEP),
                                  ("intl_grouped", lambda cc, g: f"+49 {g[0]} {g[1][:4]} {g[1][4:]}")])
    area, ln = ch([("30", 8), ("89", 8), ("40", 8), ("221", 7), ("69", 8), ("711", 7), ("211", 7), ("351", 7),
                   ("511", 7), ("911", 7)])
    sub = ch("2345789") + rs(DIGITS, ln - 1)
    return _intl_or_national("49", ["0" + area, sub], [area, sub], "DE",
                             [("landline", SP), ("landline_slash", lambda g: f"{g[0]}/{g[1]}"),
                              ("landline_paren", lambda g: f"({g[0]}) {g[1]}"),
                              ("landline_din", lambda g: f"{g[0]} {g[1][:-2]}-{g[1][-2:]}")],
                             [("intl_landline", I_SP)])


def phone_fr():
    if maybe(0.7):
        n = ch(["6", "7"]) + ch("345678") + rs(DIGITS, 7)
        if n[:3] == "639":
            n = "638" + n[3:]
    else:
        n = ch("1234") + ch("2345") + rs(DIGITS, 7)
    pairs = [n[1:3], n[3:5], n[5:7], n[7:9]]
    return _intl_or_national("33", ["0" + n[0]] + pairs, [n[0]] + pairs, "FR",
                             [("pairs", SP), ("pairs_dot", DOT), ("nosep", NOSEP), ("pairs_dash", DASH),
                              ("pairs_nbsp", lambda g: "\u00a0".join(g))],
                             [("intl", I_SP), ("intl_0", lambda cc, g: f"+33 (0){g[0]} " + " ".join(g[1:])),
                              ("intl_00", I_00), ("e164", I_NOSEP)])


def phone_es():
    if maybe(0.7):
        n = "6" + rs(DIGITS, 8) if maybe(0.8) else "7" + ch("1234") + rs(DIGITS, 7)
        nat = [n[:3], n[3:6], n[6:]]
    else:
        n = ch(["91", "93", "96", "95", "94"]) + ch("2345") + rs(DIGITS, 6)
        nat = [n[:2], n[2:5], n[5:7], n[7:]]
    return _intl_or_national("34", nat, nat, "ES", [("groups", SP), ("nosep", NOSEP), ("dots", DOT)],
                             [("intl", I_SP), ("e164", I_NOSEP), ("intl_00", I_00)])


def phone_it():
    if maybe(0.75):
        n = ch(["320", "324", "327", "328", "329", "330", "333", "334", "335", "336", "338", "339", "340", "342",
                "345", "346", "347", "348", "349", "366", "380", "388", "389", "391", "392", "393"]) + rs(DIGITS, 7)
        nat = [n[:3], n[3:6], n[6:]]
        return _intl_or_national("39", nat, nat, "IT",
                                 [("mobile", SP), ("mobile_dash", lambda g: f"{g[0]}-{g[1]}{g[2]}"),
                                  ("mobile_slash", lambda g: f"{g[0]}/{g[1]}{g[2]}"), ("nosep", NOSEP)],
                                 [("intl", I_SP), ("intl_compact", lambda cc, g: f"+39 {g[0]} {g[1]}{g[2]}"),
                                  ("e164", I_NOSEP)])
    area = ch(["02", "06", "011", "055", "081", "051"])
    sub = ch("2345678") + rs(DIGITS, 9 - len(area))
    return _intl_or_national("39", [area, sub[:4], sub[4:]], [area, sub[:4], sub[4:]], "IT",
                             [("landline", SP), ("landline_slash", lambda g: f"{g[0]}/{g[1]}{g[2]}")],
                             [("intl_landline", I_SP)])


def phone_nl():
    if maybe(0.75):
        sub = ch("123456") + rs(DIGITS, 7)
        return _intl_or_national("31", ["06", sub], ["6", sub], "NL",
                                 [("mobile_dash", DASH), ("mobile", lambda g: f"{g[0]} {g[1][:4]} {g[1][4:]}"),
                                  ("mobile_nosep", NOSEP), ("mobile_pairs", lambda g: f"{g[0]} {g[1][:2]} {g[1][2:4]} {g[1][4:6]} {g[1][6:]}")],
                                 [("intl", I_SP), ("intl_0", lambda cc, g: f"+31 (0){g[0]} {g[1]}"), ("e164", I_NOSEP)])
    area = ch(["20", "10", "70", "30", "40", "50"])
    sub = ch("23456789") + rs(DIGITS, 6)
    return _intl_or_national("31", ["0" + area, sub[:3], sub[3:]], [area, sub[:3], sub[3:]], "NL",
                             [("landline", lambda g: f"{g[0]}-{g[1]} {g[2]}"), ("landline_sp", SP)],
                             [("intl_landline", I_SP)])


def phone_be():
    sub = ch(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "487",
              "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"]) + rs(DIGITS, 6)
    g = [sub[:3], sub[3:5], sub[5:7], sub[7:]]
    return _intl_or_national("32", ["0" + g[0]] + g[1:], g, "BE",
                             [("mobile", SP), ("mobile_slash", lambda g: f"{g[0]}/{g[1]}.{g[2]}.{g[3]}"),
                              ("mobile_dots", DOT)],
                             [("intl", I_SP), ("intl_0", lambda cc, g: f"+32 (0){g[0]} " + " ".join(g[1:]))])


def phone_ch():
    if maybe(0.75):
        pre = ch(["76", "77", "78", "79", "75"])
    else:
        pre = ch(["44", "43", "22", "31", "61", "21", "41"])
    sub = ch("2345678") + rs(DIGITS, 6)
    g = [pre, sub[:3], sub[3:5], sub[5:]]
    return _intl_or_national("41", ["0" + pre] + g[1:], g, "CH",
                             [("std", SP)], [("intl", I_SP), ("intl_0", lambda cc, g: f"+41 (0){g[0]} " + " ".join(g[1:])),
                                             ("intl_00", I_00), ("e164", I_NOSEP)])


def phone_at():
    pre = ch(["664", "660", "676", "699", "650", "681", "688", "677"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("43", ["0" + pre, sub], [pre, sub], "AT",
                             [("mobile", SP), ("mobile_slash", lambda g: f"{g[0]}/{g[1]}"),
                              ("mobile_grouped", lambda g: f"{g[0]} {g[1][:3]} {g[1][3:]}")],
                             [("intl", lambda cc, g: f"+43 {g[0]} {g[1][:3]} {g[1][3:]}"), ("e164", I_NOSEP)])


def phone_pl():
    if maybe(0.75):
        n = ch(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + rs(DIGITS, 7)
        g = [n[:3], n[3:6], n[6:]]
    else:
        n = ch(["22", "12", "61", "71", "58"]) + ch("2345678") + rs(DIGITS, 6)
        g = [n[:2], n[2:5], n[5:7], n[7:]]
    return _intl_or_national("48", g, g, "PL", [("groups", SP), ("dash", DASH), ("nosep", NOSEP)],
                             [("intl", I_SP), ("e164", I_NOSEP), ("intl_00", I_00)])


def phone_se():
    pre = ch(["70", "72", "73", "76", "79"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("46", ["0" + pre, sub], [pre, sub], "SE",
                             [("mobile", lambda g: f"{g[0]}-{g[1][:3]} {g[1][3:5]} {g[1][5:]}"),
                              ("mobile_sp", lambda g: f"{g[0]} {g[1][:3]} {g[1][3:5]} {g[1][5:]}"),
                              ("mobile_nosep", NOSEP)],
                             [("intl", lambda cc, g: f"+46 {g[0]} {g[1][:3]} {g[1][3:5]} {g[1][5:]}"),
                              ("e164", I_NOSEP)])


def phone_no():
    n = ch(["40", "41", "46", "47", "48", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + rs(DIGITS, 6)
    g = [n[:3], n[3:5], n[5:]]
    return _intl_or_national("47", g, g, "NO", [("groups", SP), ("pairs", lambda g: f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}")],
                             [("intl", I_SP), ("e164", I_NOSEP)])


def phone_dk():
    n = ch(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "42", "50", "51", "52",
            "53", "60", "61", "71", "81"]) + ch("123456789") + rs(DIGITS, 5)
    g = [n[:2], n[2:4], n[4:6], n[6:]]
    return _intl_or_national("45", g, g, "DK", [("pairs", SP), ("nosep", NOSEP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_fi():
    pre = ch(["40", "41", "44", "45", "46", "50"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("358", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "FI",
                             [("mobile", SP), ("mobile_dash", lambda g: f"{g[0]}-{g[1]} {g[2]}")],
                             [("intl", I_SP), ("e164", I_NOSEP)])


def phone_ie():
    pre = ch(["83", "85", "86", "87", "89"])
    sub = ch("23456789") + rs(DIGITS, 6)
    return _intl_or_national("353", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "IE",
                             [("mobile", SP), ("mobile_compact", lambda g: f"{g[0]} {g[1]}{g[2]}")],
                             [("intl", I_SP), ("intl_0", lambda cc, g: f"+353 (0){g[0]} {g[1]} {g[2]}")])


def phone_pt():
    n = ch(["91", "92", "93", "96"]) + rs(DIGITS, 7)
    g = [n[:3], n[3:6], n[6:]]
    return _intl_or_national("351", g, g, "PT", [("groups", SP), ("nosep", NOSEP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_br():
    ddd = ch(["11", "21", "31", "41", "51", "61", "71", "81", "19", "48", "85", "62"])
    if maybe(0.8):
        sub = "9" + ch("6789") + rs(DIGITS, 7)
        a, b = sub[:5], sub[5:]
    else:
        sub = ch("2345") + rs(DIGITS, 7)
        a, b = sub[:4], sub[4:]
    fmt = weighted([("paren", 4), ("intl", 3), ("intl_paren", 2), ("e164", 1), ("nosep_paren", 1)])
    v = {"paren": f"({ddd}) {a}-{b}", "intl": f"+55 {ddd} {a}-{b}", "intl_paren": f"+55 ({ddd}) {a}-{b}",
         "e164": f"+55{ddd}{a}{b}", "nosep_paren": f"({ddd}){a}{b}"}[fmt]
    return Phone(v, f"br_{fmt}", "BR", v)


def phone_mx():
    area = ch(["55", "33", "81"])
    sub = rs(DIGITS, 8)
    g = [area, sub[:4], sub[4:]]
    return _intl_or_national("52", g, g, "MX", [("groups", SP), ("nosep", NOSEP)],
                             [("intl", I_SP), ("e164", I_NOSEP)])


def phone_ar():
    sub = "15" + rs(DIGITS, 6)
    fmt = weighted([("intl_mobile", 3), ("national_15", 2), ("landline", 1)])
    if fmt == "intl_mobile":
        v = f"+54 9 11 {ch('2345678')}{rs(DIGITS, 3)}-{rs(DIGITS, 4)}"
    elif fmt == "national_15":
        v = f"011 15-{ch('2345678')}{rs(DIGITS, 3)}-{rs(DIGITS, 4)}"
    else:
        v = f"011 4{rs(DIGITS, 3)}-{rs(DIGITS, 4)}"
    return Phone(v, f"ar_{fmt}", "AR", v)


def phone_co():
    n = ch(["300", "301", "302", "304", "305", "310", "311", "312", "313", "314", "315", "316", "317", "318",
            "319", "320", "321", "322", "323", "350", "351"]) + rs(DIGITS, 7)
    g = [n[:3], n[3:6], n[6:]]
    return _intl_or_national("57", g, g, "CO", [("groups", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_cl():
    n = "9" + ch(["3" + ch("01234579"), "7" + ch("123456789"), "9" + ch("03456789")]) + rs(DIGITS, 6)
    g = [n[0], n[1:5], n[5:]]
    return _intl_or_national("56", g, g, "CL", [("groups", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_in():
    if maybe(0.8):
        n = ch("6789") + rs(DIGITS, 9)
        g = [n[:5], n[5:]]
        return _intl_or_national("91", g, g, "IN",
                                 [("mobile", SP), ("mobile_nosep", NOSEP), ("mobile_0", lambda g: "0" + g[0] + g[1])],
                                 [("intl", I_SP), ("intl_dash", lambda cc, g: f"+91-{g[0]}{g[1]}"), ("e164", I_NOSEP)])
    area = ch(["11", "22", "80", "44", "33", "40"])
    sub = ch("2345") + rs(DIGITS, 7)
    return _intl_or_national("91", ["0" + area, sub[:4], sub[4:]], [area, sub[:4], sub[4:]], "IN",
                             [("landline", SP), ("landline_dash", lambda g: f"{g[0]}-{g[1]}{g[2]}")],
                             [("intl_landline", I_SP)])


def phone_cn():
    if maybe(0.8):
        n = "1" + ch(["30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "51", "52", "55", "56", "57", "58",
                      "59", "80", "81", "82", "85", "86", "87", "88", "89", "77", "76"]) + rs(DIGITS, 8)
        g = [n[:3], n[3:7], n[7:]]
        return _intl_or_national("86", g, g, "CN",
                                 [("mobile", SP), ("mobile_nosep", NOSEP), ("mobile_dash", DASH)],
                                 [("intl", I_SP), ("e164", I_NOSEP), ("intl_nosep", lambda cc, g: "+86 " + "".join(g))])
    area = ch(["10", "21", "20", "755", "571", "28"])
    sub = ch("2345678") + rs(DIGITS, 7)
    return _intl_or_national("86", ["0" + area, sub], [area, sub], "CN",
                             [("landline", DASH), ("landline_paren", lambda g: f"({g[0]}) {g[1]}")],
                             [("intl_landline", I_SP)])


def phone_jp():
    if maybe(0.75):
        pre = ch(["90", "80", "70"])
        sub = ch("123456789") + rs(DIGITS, 7)
        return _intl_or_national("81", ["0" + pre, sub[:4], sub[4:]], [pre, sub[:4], sub[4:]], "JP",
                                 [("mobile", DASH), ("mobile_nosep", NOSEP), ("mobile_paren",
                                  lambda g: f"{g[0]}({g[1]}){g[2]}")],
                                 [("intl", I_SPDASH), ("intl_sp", I_SP), ("e164", I_NOSEP)])
    area = ch(["3", "6", "52", "92", "75", "11"])
    sub = (ch("235678") if area == "11" else ch("2345679")) + rs(DIGITS, 8 - len(area))
    g = [sub[:-4], sub[-4:]]
    return _intl_or_national("81", ["0" + area] + g, [area] + g, "JP",
                             [("landline", DASH), ("landline_paren", lambda g: f"{g[0]}({g[1]}){g[2]}")],
                             [("intl_landline", I_SPDASH)])


def phone_kr():
    if maybe(0.8):
        sub = ch("234789") + rs(DIGITS, 7)
        return _intl_or_national("82", ["010", sub[:4], sub[4:]], ["10", sub[:4], sub[4:]], "KR",
                                 [("mobile", DASH), ("mobile_sp", SP), ("mobile_nosep", NOSEP)],
                                 [("intl", I_SPDASH), ("intl_sp", I_SP), ("e164", I_NOSEP)])
    sub = ch("2345678") + rs(DIGITS, 7)
    return _intl_or_national("82", ["02", sub[:4], sub[4:]], ["2", sub[:4], sub[4:]], "KR",
                             [("landline", DASH)], [("intl_landline", I_SPDASH)])


def phone_tw():
    n = "9" + rs(DIGITS, 8)
    return _intl_or_national("886", ["0" + n[:3], n[3:6], n[6:]], [n[:3], n[3:6], n[6:]], "TW",
                             [("mobile", DASH), ("mobile_sp", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_hk():
    n = ch(["94", "96", "97", "61", "63", "64", "65", "69"]) + rs(DIGITS, 6)
    g = [n[:4], n[4:]]
    return _intl_or_national("852", g, g, "HK", [("groups", SP)], [("intl", I_SP), ("e164", I_NOSEP)], p_intl=0.6)


def phone_sg():
    n = ch(["8", "9"]) + ch("1234678") + rs(DIGITS, 6)
    g = [n[:4], n[4:]]
    return _intl_or_national("65", g, g, "SG", [("groups", SP)], [("intl", I_SP), ("e164", I_NOSEP)], p_intl=0.6)


def phone_au():
    if maybe(0.75):
        n = "4" + ch(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
                      "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29",
                      "30", "31", "32", "33", "34", "35", "38", "39", "47", "48", "49"]) + rs(DIGITS, 6)
        return _intl_or_national("61", ["0" + n[:3], n[3:6], n[6:]], [n[:3], n[3:6], n[6:]], "AU",
                                 [("mobile", SP), ("mobile_nosep", NOSEP)],
                                 [("intl", I_SP), ("intl_0", lambda cc, g: f"+61 (0){g[0]} {g[1]} {g[2]}"),
                                  ("e164", I_NOSEP)])
    area = ch(["2", "3", "7", "8"])
    sub = {"2": ch("89"), "3": ch("89"), "7": "3", "8": ch("89")}[area] + rs(DIGITS, 7)
    return _intl_or_national("61", ["0" + area, sub[:4], sub[4:]], [area, sub[:4], sub[4:]], "AU",
                             [("landline_paren", lambda g: f"({g[0]}) {g[1]} {g[2]}"), ("landline", SP)],
                             [("intl_landline", I_SP)])


def phone_nz():
    pre = ch(["21", "22", "27"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("64", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "NZ",
                             [("mobile", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_za():
    pre = ch(["60", "61", "62", "63", "64", "65", "66", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83",
              "84"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("27", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "ZA",
                             [("mobile", SP), ("mobile_nosep", NOSEP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_ng():
    pre = ch(["803", "806", "813", "816", "703", "706", "805", "807", "815", "905", "802", "808", "812", "701",
              "902", "809", "817", "818", "909"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("234", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "NG",
                             [("mobile", SP), ("mobile_nosep", NOSEP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_ke():
    pre = "7" + ch(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "20",
                    "21", "22", "23", "24", "25", "26", "27", "28", "29", "90", "91", "92", "93", "94"])
    sub = rs(DIGITS, 6)
    return _intl_or_national("254", ["0" + pre, sub], [pre, sub], "KE",
                             [("mobile", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_eg():
    pre = ch(["10", "11", "12", "15"])
    sub = rs(DIGITS, 8)
    return _intl_or_national("20", ["0" + pre, sub[:4], sub[4:]], [pre, sub[:4], sub[4:]], "EG",
                             [("mobile", SP), ("mobile_nosep", NOSEP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_ae():
    pre = ch(["50", "52", "54", "55", "56", "58"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("971", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "AE",
                             [("mobile", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_sa():
    pre = ch(["50", "53", "54", "55", "56", "58", "59"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("966", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "SA",
                             [("mobile", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_il():
    pre = ch(["50", "52", "53", "54", "58"])
    sub = ch("34567") + rs(DIGITS, 6)
    return _intl_or_national("972", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "IL",
                             [("mobile", DASH), ("mobile_sp", SP)], [("intl", I_SPDASH), ("e164", I_NOSEP)])


def phone_tr():
    pre = ch(["530", "531", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545",
              "505", "506", "507", "551", "552", "553", "554", "555"])
    sub = rs(DIGITS, 7)
    g = [pre, sub[:3], sub[3:5], sub[5:]]
    return _intl_or_national("90", ["0" + pre] + g[1:], g, "TR", [("mobile", SP), ("mobile_paren",
                             lambda g: f"0 ({g[0][1:]}) {g[1]} {g[2]} {g[3]}")], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_ru():
    pre = ch(["903", "905", "906", "909", "910", "912", "915", "916", "917", "919", "925", "926", "929", "950",
              "960", "961", "977", "985", "999"])
    sub = rs(DIGITS, 7)
    fmt = weighted([("intl", 3), ("trunk8", 3), ("trunk8_sp", 1), ("e164", 1)])
    v = {"intl": f"+7 {pre} {sub[:3]}-{sub[3:5]}-{sub[5:]}", "trunk8": f"8 ({pre}) {sub[:3]}-{sub[3:5]}-{sub[5:]}",
         "trunk8_sp": f"8 {pre} {sub[:3]} {sub[3:5]} {sub[5:]}", "e164": f"+7{pre}{sub}"}[fmt]
    return Phone(v, f"ru_{fmt}", "RU", v)


def phone_ua():
    pre = ch(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("380", ["0" + pre, sub[:3], sub[3:5], sub[5:]], [pre, sub[:3], sub[3:5], sub[5:]], "UA",
                             [("mobile", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_cz():
    n = ch(["601", "602", "603", "604", "605", "606", "607", "608", "702", "720", "721", "722", "723", "724",
            "725", "730", "731", "732", "733", "734", "736", "737", "739", "774", "775", "776", "777", "778"]) + rs(DIGITS, 6)
    g = [n[:3], n[3:6], n[6:]]
    return _intl_or_national("420", g, g, "CZ", [("groups", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_gr():
    n = "69" + ch("0345789") + rs(DIGITS, 7)
    g = [n[:3], n[3:6], n[6:]]
    return _intl_or_national("30", g, g, "GR", [("groups", SP), ("nosep", NOSEP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_ro():
    n = "7" + ch(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "40", "41", "42", "44", "45", "46",
                  "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
                  "64", "65", "66", "67", "68", "69"]) + rs(DIGITS, 6)
    return _intl_or_national("40", ["0" + n[:3], n[3:6], n[6:]], [n[:3], n[3:6], n[6:]], "RO",
                             [("mobile", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_hu():
    pre = ch(["20", "30", "31", "50", "70"])
    sub = ch("2345678") + rs(DIGITS, 6)
    fmt = weighted([("intl", 2), ("trunk06", 2), ("trunk06_slash", 1)])
    v = {"intl": f"+36 {pre} {sub[:3]} {sub[3:]}", "trunk06": f"06 {pre} {sub[:3]} {sub[3:]}",
         "trunk06_slash": f"06-{pre}/{sub[:3]}-{sub[3:]}"}[fmt]
    return Phone(v, f"hu_{fmt}", "HU", v)


def phone_ph():
    pre = ch(["917", "918", "919", "920", "921", "927", "928", "929", "935", "936", "945", "955", "956", "966",
              "977", "995", "998", "999"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("63", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "PH",
                             [("mobile", SP), ("mobile_nosep", NOSEP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_id():
    pre = ch(["811", "812", "813", "821", "822", "852", "853", "815", "816", "855", "856", "857", "858", "817",
              "818", "819", "859", "877", "878", "895", "896", "897", "898", "899"])
    sub = rs(DIGITS, 4) + rs(DIGITS, 4)
    return _intl_or_national("62", ["0" + pre, sub[:4], sub[4:]], [pre, sub[:4], sub[4:]], "ID",
                             [("mobile", DASH), ("mobile_sp", SP)], [("intl", I_SPDASH), ("e164", I_NOSEP)])


def phone_th():
    pre = ch(["81", "82", "83", "84", "85", "86", "87", "88", "89", "61", "62", "63", "64", "65", "91", "92", "93",
              "94", "95", "96", "97", "98", "99"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("66", ["0" + pre, sub[:3], sub[3:]], [pre, sub[:3], sub[3:]], "TH",
                             [("mobile", SP), ("mobile_dash", DASH)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_vn():
    pre = ch(["90", "91", "93", "94", "96", "97", "98", "86", "88", "32", "33", "34", "35", "36", "37", "38",
              "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("84", ["0" + pre, sub[:3], sub[3:5], sub[5:]], [pre, sub[:3], sub[3:]], "VN",
                             [("mobile", SP)], [("intl", I_SP), ("e164", I_NOSEP)])


def phone_my():
    pre = ch(["12", "16", "19", "17"])
    sub = ch("123456789") + rs(DIGITS, 6)
    return _intl_or_national("60", ["0" + pre, sub[:3] + " " + sub[3:]], [pre, sub[:3] + " " + sub[3:]], "MY",
                             [("mobile", DASH)], [("intl", I_SPDASH)])


def phone_pk():
    pre = "3" + ch(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "11", "12", "13", "14", "15", "21",
                    "22", "23", "24", "25", "31", "32", "33", "34", "35", "36", "45", "46", "47"])
    sub = rs(DIGITS, 7)
    return _intl_or_national("92", ["0" + pre, sub], [pre, sub], "PK", [("mobile", SP), ("mobile_dash", DASH)],
                             [("intl", I_SP), ("e164", I_NOSEP)])


PHONE_BY_LANG = {
    "en": [(lambda: phone_nanp("US"), 6), (lambda: phone_nanp("CA"), 2), (phone_gb, 4), (phone_au, 2),
           (phone_ie, 1), (phone_nz, 1), (phone_za, 1), (phone_ng, 1), (phone_ke, 1), (phone_sg, 1), (phone_ph, 1)],
    "de": [(phone_de, 6), (phone_at, 2), (phone_ch, 2)],
    "fr": [(phone_fr, 6), (phone_be, 2), (phone_ch, 1)],
    "es": [(phone_es, 4), (phone_mx, 2), (phone_ar, 2), (phone_co, 1), (phone_cl, 1)],
    "it": [(phone_it, 1)], "pt": [(phone_br, 3), (phone_pt, 2)], "nl": [(phone_nl, 4), (phone_be, 1)],
    "pl": [(phone_pl, 1)], "sv": [(phone_se, 3), (phone_no, 1), (phone_dk, 1), (phone_fi, 1)],
    "tr": [(phone_tr, 1)], "ru": [(phone_ru, 3), (phone_ua, 1)], "ja": [(phone_jp, 1)],
    "zh": [(phone_cn, 4), (phone_tw, 1), (phone_hk, 1)], "ko": [(phone_kr, 1)],
    "ar": [(phone_ae, 2), (phone_sa, 2), (phone_eg, 2)], "he": [(phone_il, 1)], "hi": [(phone_in, 1)],
    "vi": [(phone_vn, 1)], "cs": [(phone_cz, 1)], "el": [(phone_gr, 1)], "ro": [(phone_ro, 1)],
    "hu": [(phone_hu, 1)], "id": [(phone_id, 1)], "th": [(phone_th, 1)], "ms": [(phone_my, 1)], "ur": [(phone_pk, 1)],
}


def phone_val(lang=None):
    lang = lang or ch(list(PHONE_BY_LANG))
    return weighted(PHONE_BY_LANG.get(lang, PHONE_BY_LANG["en"]))()


# Cards ----------------------------------------------------------------------------------------------------

CARD_NETWORKS = [
    # (network, prefixes, length, weight)
    ("visa", ["4"], 16, 10), ("visa19", ["4"], 19, 1),
    ("visa_electron", ["4026", "417500", "4508", "4844", "4913", "4917"], 16, 1),
    ("mastercard", ["51", "52", "53", "54", "55"], 16, 8),
    ("mastercard_2series", [str(x) for x in range(2221, 2721, 37)], 16, 3),
    ("amex", ["34", "37"], 15, 5), ("discover", ["6011", "644", "645", "646", "647", "648", "649", "65"], 16, 3),
    ("jcb", [str(x) for x in range(3528, 3590, 7)], 16, 3), ("diners", ["36", "300", "301", "302", "303", "305"], 14, 2),
    ("unionpay", ["62"], 16, 3), ("unionpay19", ["62"], 19, 2),
    ("maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"], 16, 2),
    ("maestro19", ["6759", "5018", "6761"], 19, 1),
    ("mir", ["2200", "2201", "2202", "2203", "2204"], 16, 3),
    ("rupay", ["6073", "6521", "6522", "8172", "5081"], 16, 2),
    ("elo", ["636368", "438935", "504175", "451416", "636297", "506699", "509048"], 16, 2),
    ("hipercard", ["606282"], 16, 1), ("troy", ["9792"], 16, 1),
    ("verve", ["5061", "5078", "6500"], 19, 1), ("dankort", ["5019"], 16, 1), ("uatp", ["1"], 15, 1),
    ("bc_card", ["9410", "9430"], 16, 1),
]


class Card(Val):
    def __init__(self, value, shape, digits):
        super().__init__("card", value, shape, ("luhn", digits))
        self.digits = digits


def card_digits(network=None):
    if network:
        spec = next(s for s in CARD_NETWORKS if s[0] == network)
    else:
        spec = weighted([(s, s[3]) for s in CARD_NETWORKS])
    net, prefixes, length, _ = spec
    pre = ch(prefixes)
    body = pre + rs(DIGITS, length - len(pre) - 1)
    return net, luhn_complete(body)


def group_card(d, net, style):
    n = len(d)
    if style == "plain":
        return d
    sep = {"space": " ", "dash": "-", "nbsp": "\u00a0", "dot": ".", "narrow": "\u202f"}.get(style, " ")
    if n == 15 and net == "amex":
        parts = [d[:4], d[4:10], d[10:]]
    elif n == 15:
        parts = [d[:4], d[4:9], d[9:]]
    elif n == 14:
        parts = [d[:4], d[4:10], d[10:]]
    elif n == 19 and maybe(0.35):
        parts = [d[:6], d[6:]]
    else:
        parts = [d[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


FULLWIDTH = str.maketrans("0123456789-+ ", "０１２３４５６７８９－＋\u3000")


def card_val(network=None, style=None):
    net, d = card_digits(network)
    style = style or weighted([("space", 8), ("plain", 5), ("dash", 3), ("nbsp", 1), ("dot", 1)])
    v = group_card(d, net, style)
    return Card(v, f"{net}_{style}", d)


# IBANs ----------------------------------------------------------------------------------------------------

def _es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        c = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(c, c)
    return f"{dc('00' + bank + branch)}{dc(acct)}"


def _be_check(ten):
    c = int(ten) % 97
    return f"{c or 97:02d}"


def _no_check(ten):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    if c == 10:
        return None
    return "0" if c == 11 else str(c)


def _fr_rib(bank, branch, acct):
    conv = {c: str(v) for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")}
    a = "".join(conv.get(c, c) for c in acct)
    k = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97
    return f"{k:02d}"


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _odd_even_value(c, odd):
    idx = int(c) if c.isdigit() else ord(c) - 65
    return CIN_ODD[idx] if odd else idx


def _it_cin(abi, cab, acct):
    s = abi + cab + acct
    total = sum(_odd_even_value(c, i % 2 == 0) for i, c in enumerate(s))
    return chr(65 + total % 26)


def _pt_nib(bank, branch, acct):
    return f"{98 - int(bank + branch + acct + '00') % 97:02d}"


def iban_bban(cc):
    if cc == "DE":
        return rd(8, "1234567") + rs(DIGITS, 10)
    if cc == "AT":
        return rd(5) + rs(DIGITS, 11)
    if cc == "CH":
        return "00" + rd(3) + rs(DIGITS, 12)
    if cc == "FR":
        bank, branch, acct = rd(5, "1234"), rs(DIGITS, 5), rs(DIGITS, 11)
        return bank + branch + acct + _fr_rib(bank, branch, acct)
    if cc == "ES":
        bank, branch, acct = ch(["0049", "0075", "0081", "0128", "0182", "2100", "2038", "0487"]), rs(DIGITS, 4), rs(DIGITS, 10)
        return bank + branch + _es_ccc(bank, branch, acct) + acct
    if cc == "IT":
        abi, cab, acct = ch(["03069", "02008", "05034", "03062", "01030"]), rd(5), rs(DIGITS, 12)
        return _it_cin(abi, cab, acct) + abi + cab + acct
    if cc == "NL":
        return ch(["INGB", "ABNA", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + rs(DIGITS, 10)
    if cc == "BE":
        ten = ch(["001", "035", "063", "068", "096", "143", "310", "363", "377", "390", "630", "645", "679", "732",
                  "735", "738", "742", "750", "777", "850", "973", "979", "000", "050", "083", "103"]) + rs(DIGITS, 7)
        return ten + _be_check(ten)
    if cc == "GB":
        return ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]) + rs(DIGITS, 14)
    if cc == "IE":
        return ch(["AIBK", "BOFI", "IPBS"]) + rs(DIGITS, 14)
    if cc == "PL":
        return rd(8) + rs(DIGITS, 16)
    if cc == "PT":
        bank, branch, acct = ch(["0033", "0035", "0007", "0010", "0036"]), rs(DIGITS, 4), rs(DIGITS, 11)
        return bank + branch + acct + _pt_nib(bank, branch, acct)
    if cc == "SE":
        return rd(3) + rs(DIGITS, 17)
    if cc == "NO":
        while True:
            ten = rd(4) + rs(DIGITS, 6)
            c = _no_check(ten)
            if c is not None:
                return ten + c
    if cc == "DK":
        return rd(4) + rs(DIGITS, 10)
    if cc == "FI":
        return rd(6) + rs(DIGITS, 8)
    if cc == "CZ":
        return ch(["0800", "0100", "0300", "2010", "5500"]) + rs(DIGITS, 16)
    if cc == "HU":
        return rd(24)
    if cc == "RO":
        return ch(["BTRL", "RNCB", "INGB", "BRDE"]) + rs(ALNUM[:36], 16)
    if cc == "GR":
        return rd(7) + rs(DIGITS, 16)
    if cc == "TR":
        return rd(5) + "0" + rs(DIGITS, 16)
    if cc == "SA":
        return rd(2) + rs(DIGITS, 18)
    if cc == "AE":
        return rd(3) + rs(DIGITS, 16)
    if cc == "BR":
        return rs(DIGITS, 8) + rs(DIGITS, 5) + rs(DIGITS, 10) + "C" + "1"
    if cc == "IL":
        return rd(3) + rs(DIGITS, 16)
    if cc == "LU":
        return rd(3) + rs(DIGITS, 13)
    if cc == "HR":
        return rd(7) + rs(DIGITS, 10)
    raise KeyError(cc)


IBAN_COUNTRIES = [("DE", 8), ("FR", 5), ("ES", 5), ("IT", 4), ("NL", 4), ("BE", 3), ("AT", 2), ("CH", 2), ("GB", 3),
                  ("IE", 1), ("PL", 2), ("PT", 2), ("SE", 1), ("NO", 1), ("DK", 1), ("FI", 1), ("CZ", 1), ("HU", 1),
                  ("RO", 1), ("GR", 1), ("TR", 1), ("SA", 1), ("AE", 1), ("BR", 1), ("IL", 1), ("LU", 1), ("HR", 1)]


def iban_val(cc=None, style=None):
    cc = cc or weighted(IBAN_COUNTRIES)
    compact = mod97_iban(cc, iban_bban(cc))
    style = style or weighted([("print", 6), ("compact", 4), ("lower_print", 0.3)])
    if style == "print":
        v = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    elif style == "lower_print":
        v = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)).lower()
    else:
        v = compact
    return Val("gov_id", v, f"iban_{cc.lower()}_{style}", ("stdnum", "iban", compact))


# Government and social-security ids (all with valid check digits) -----------------------------------------

def gid(value, shape, module, compact=None):
    return Val("gov_id", value, shape, ("stdnum", module, compact if compact is not None else value))


def id_us_ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    d = f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"
    style = weighted([("dash", 5), ("space", 1), ("plain", 1)])
    v = {"dash": f"{d[:3]}-{d[3:5]}-{d[5:]}", "space": f"{d[:3]} {d[3:5]} {d[5:]}", "plain": d}[style]
    return gid(v, f"us_ssn_{style}", "us.ssn", d)


def id_us_itin():
    g = ch(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    d = f"9{R.randint(0, 99):02d}{g}{R.randint(1, 9999):04d}"
    return gid(f"{d[:3]}-{d[3:5]}-{d[5:]}", "us_itin", "us.itin", d)


def id_uk_nino():
    first = ch("ABCEGHJKLMNOPRSTWXYZ")
    second = ch("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = "A"
    d = rs(DIGITS, 6)
    suffix = ch("ABCD")
    style = weighted([("spaced", 3), ("compact", 2), ("pairs", 1)])
    v = {"spaced": f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}", "compact": f"{first}{second}{d}{suffix}",
         "pairs": f"{first}{second}{d[:2]} {d[2:4]} {d[4:]}{suffix}"}[style]
    return Val("gov_id", v, f"uk_nino_{style}", ("nino", f"{first}{second}{d}{suffix}"))


def id_uk_nhs():
    while True:
        d = rd(9, "4")
        c = 11 - sum(int(a) * w for a, w in zip(d, range(10, 1, -1))) % 11
        if c == 10:
            continue
        d += "0" if c == 11 else str(c)
        break
    return gid(f"{d[:3]} {d[3:6]} {d[6:]}", "uk_nhs", "gb.nhs", d)


def id_de_steuer():
    while True:
        digits = R.sample(list("0123456789"), 9)
        if digits[0] == "0":
            continue
        rep = ch(digits)
        pos = R.randrange(1, 10)
        ten = digits[:]
        ten.insert(pos, rep)
        ten = "".join(ten)
        if any(ten[i] == ten[i + 1] == ten[i + 2] for i in range(8)):
            continue
        num = ten + iso7064_mod11_10(ten)
        break
    style = weighted([("plain", 3), ("grouped", 2)])
    v = num if style == "plain" else f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}"
    return gid(v, f"de_steuerid_{style}", "de.idnr", num)


def id_fr_nir():
    sex = ch("12")
    y, m, _ = rand_date(1950, 2003)
    dept = f"{R.randint(1, 95):02d}"
    if dept == "20":
        dept = "21"
    commune = f"{R.randint(1, 990):03d}"
    order = f"{R.randint(1, 999):03d}"
    base = f"{sex}{y % 100:02d}{m:02d}{dept}{commune}{order}"
    key = f"{97 - int(base) % 97:02d}"
    style = weighted([("spaced", 3), ("plain", 2)])
    v = f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:]} {key}" if style == "spaced" else base + key
    return gid(v, f"fr_nir_{style}", "fr.nir", base + key)


def id_es_dni():
    n = R.randint(1000000, 99999999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    style = weighted([("plain", 3), ("dash", 1)])
    v = f"{n:08d}{letter}" if style == "plain" else f"{n:08d}-{letter}"
    return gid(v, f"es_dni_{style}", "es.dni", f"{n:08d}{letter}")


def id_es_nie():
    p = ch("XYZ")
    n = R.randint(0, 9999999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + f"{n:07d}") % 23]
    return gid(f"{p}{n:07d}{letter}", "es_nie", "es.nie")


CF_MONTHS = "ABCDEHLMPRST"
CF_EVEN = {c: i for i, c in enumerate(DIGITS)}
CF_EVEN.update({c: i for i, c in enumerate(UPPER)})
CF_ODD_DIGIT = {str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])}
CF_ODD_LETTER = {c: CIN_ODD[i] for i, c in enumerate(UPPER)}


def _cf_part(name, is_first):
    up = roman(name).upper()
    cons = [c for c in up if c.isalpha() and c not in "AEIOU"]
    vows = [c for c in up if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    s = "".join(cons + vows)[:3]
    return s.ljust(3, "X")


def id_it_cf():
    p = Person("it")
    y, m, d = rand_date(1950, 2003)
    female = maybe(0.5)
    day = d + (40 if female else 0)
    comune = ch(["H501", "F205", "L219", "F839", "A944", "D612", "G273", "L736", "C351", "B157"])
    base = f"{_cf_part(p.last, False)}{_cf_part(p.first, True)}{y % 100:02d}{CF_MONTHS[m - 1]}{day:02d}{comune}"
    total = 0
    for i, c in enumerate(base):
        if i % 2 == 0:
            total += CF_ODD_DIGIT[c] if c.isdigit() else CF_ODD_LETTER[c]
        else:
            total += CF_EVEN[c]
    cf = base + chr(65 + total % 26)
    style = weighted([("upper", 5), ("lower", 1)])
    return gid(cf if style == "upper" else cf.lower(), f"it_cf_{style}", "it.codicefiscale", cf)


def id_nl_bsn():
    while True:
        d = rd(8, "1234567") 
        s = sum(int(a) * w for a, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            num = d + str(last)
            break
    style = weighted([("plain", 3), ("dotted", 1)])
    v = num if style == "plain" else f"{num[:4]}.{num[4:6]}.{num[6:]}"
    return gid(v, f"nl_bsn_{style}", "nl.bsn", num)


def id_pl_pesel():
    y, m, d = rand_date(1950, 2008)
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{d:02d}{rs(DIGITS, 4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return gid(base + str(c), "pl_pesel", "pl.pesel")


def id_pt_nif():
    d = ch("123") + rs(DIGITS, 7)
    c = 11 - sum(int(a) * w for a, w in zip(d, range(9, 1, -1))) % 11
    num = d + ("0" if c >= 10 else str(c))
    style = weighted([("plain", 3), ("spaced", 1)])
    return gid(num if style == "plain" else f"{num[:3]} {num[3:6]} {num[6:]}", f"pt_nif_{style}", "pt.nif", num)


def id_be_nn():
    y, m, d = rand_date(1950, 2010)
    serial = f"{R.randint(1, 997):03d}"
    base = f"{y % 100:02d}{m:02d}{d:02d}{serial}"
    n = int(("2" + base) if y >= 2000 else base)
    c = 97 - n % 97
    num = base + f"{c:02d}"
    return gid(f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}", "be_nn", "be.nn", num)


def id_se_pnr():
    y, m, d = rand_date(1950, 2005)
    base = f"{y % 100:02d}{m:02d}{d:02d}{rs(DIGITS, 3)}"
    num = luhn_complete(base)
    style = weighted([("dash", 3), ("century", 1)])
    v = f"{num[:6]}-{num[6:]}" if style == "dash" else f"{y // 100}{num[:6]}-{num[6:]}"
    return gid(v, f"se_pnr_{style}", "se.personnummer", v)


def id_fi_hetu():
    y, m, d = rand_date(1950, 2010)
    sep = "-" if y < 2000 else "A"
    n = R.randint(2, 899)
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{n:03d}") % 31]
    return gid(f"{d:02d}{m:02d}{y % 100:02d}{sep}{n:03d}{c}", "fi_hetu", "fi.hetu")


def id_no_fnr():
    while True:
        y, m, d = rand_date(1950, 1999)
        ind = f"{R.randint(0, 499):03d}"
        base = f"{d:02d}{m:02d}{y % 100:02d}{ind}"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(base, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b for a, b in zip(base + str(k1), w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        num = base + str(k1) + str(k2)
        style = weighted([("plain", 2), ("spaced", 1)])
        return gid(num if style == "plain" else f"{num[:6]} {num[6:]}", f"no_fnr_{style}", "no.fodselsnummer", num)


def id_dk_cpr():
    y, m, d = rand_date(1950, 2005)
    seq = rs(DIGITS, 4)
    if y >= 2000:
        seq = ch("4") + seq[1:]
    elif y < 1937:
        seq = ch("0123") + seq[1:]
    else:
        seq = ch("0123") + seq[1:]
    return gid(f"{d:02d}{m:02d}{y % 100:02d}-{seq}", "dk_cpr", "dk.cpr")


def id_ch_ahv():
    base = "756" + rs(DIGITS, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base))
    num = base + str((10 - s % 10) % 10)
    return gid(f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}", "ch_ahv", "ch.ssn", num)


def id_ie_pps():
    d = rs(DIGITS, 7)
    second = ch(["", "", "W", "A"])
    s = sum(int(a) * w for a, w in zip(d, range(8, 1, -1)))
    if second:
        s += 9 * ("WABCDEFGHI".index(second) if second != "W" else 0)
    c = "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]
    return gid(f"{d}{c}{second}", "ie_pps", "ie.pps")


def id_ca_sin():
    base = ch("1234567") + rs(DIGITS, 7)
    num = luhn_complete(base)
    style = weighted([("spaced", 2), ("dash", 2), ("plain", 1)])
    v = {"spaced": f"{num[:3]} {num[3:6]} {num[6:]}", "dash": f"{num[:3]}-{num[3:6]}-{num[6:]}", "plain": num}[style]
    return gid(v, f"ca_sin_{style}", "ca.sin", num)


def id_au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rd(8) + "0"
        for last in DIGITS:
            cand = d[:8] + last
            if sum(int(a) * b for a, b in zip(cand, w)) % 11 == 0:
                return gid(f"{cand[:3]} {cand[3:6]} {cand[6:]}", "au_tfn", "au.tfn", cand)


CN_REGIONS = ["110101", "110105", "310104", "310115", "440106", "440305", "330106", "510107", "420111", "320102",
              "500103", "610113", "210102", "370202"]


def id_cn_ric():
    y, m, d = rand_date(1998, 2005)
    base = f"{ch(CN_REGIONS)}{y}{m:02d}{d:02d}{rs(DIGITS, 3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]
    return gid(base + c, "cn_ric", "cn.ric")


def id_jp_mynumber():
    base = rs(DIGITS, 11)
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(base, w)) % 11
    c = 0 if s <= 1 else 11 - s
    num = base + str(c)
    style = weighted([("spaced", 2), ("plain", 2)])
    return gid(num if style == "plain" else f"{num[:4]} {num[4:8]} {num[8:]}", f"jp_mynumber_{style}", "jp.in_", num)


def id_kr_rrn():
    y, m, d = rand_date(1955, 2005)
    g = ch("12") if y < 2000 else ch("34")
    base = f"{y % 100:02d}{m:02d}{d:02d}{g}{R.randint(0, 96):02d}{rs(DIGITS, 3)}"
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    c = str((11 - sum(a * int(b) for a, b in zip(w, base)) % 11) % 10)
    num = base + c
    return gid(f"{num[:6]}-{num[6:]}", "kr_rrn", "kr.rrn", num)


def id_tr_tckimlik():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return gid("".join(map(str, d)) + str(d10) + str(d11), "tr_tckimlik", "tr.tckimlik")


def id_il_idnr():
    base = rs(DIGITS, 8)
    for c in DIGITS:
        cand = base + c
        s = 0
        for i, ch_ in enumerate(cand):
            x = int(ch_) * (1 if i % 2 == 0 else 2)
            s += x if x < 10 else x - 9
        if s % 10 == 0:
            return gid(cand, "il_teudat_zehut", "il.idnr")


def id_za_idnr():
    y, m, d = rand_date(1955, 2004)
    base = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 9999):04d}{ch('01')}8"
    num = luhn_complete(base)
    style = weighted([("plain", 3), ("spaced", 1)])
    return gid(num if style == "plain" else f"{num[:6]} {num[6:10]} {num[10:]}", f"za_id_{style}", "za.idnr", num)


def id_br_cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    if len(set(d)) == 1:
        d[0] = (d[0] + 1) % 10
    s1 = sum(a * b for a, b in zip(d, range(10, 1, -1)))
    c1 = (s1 * 10) % 11 % 10
    s2 = sum(a * b for a, b in zip(d + [c1], range(11, 1, -1)))
    c2 = (s2 * 10) % 11 % 10
    num = "".join(map(str, d)) + f"{c1}{c2}"
    style = weighted([("formatted", 4), ("plain", 1)])
    v = f"{num[:3]}.{num[3:6]}.{num[6:9]}-{num[9:]}" if style == "formatted" else num
    return gid(v, f"br_cpf_{style}", "br.cpf", num)


def id_ar_cuil():
    while True:
        pre = ch(["20", "27", "23"])
        dni = f"{R.randint(10000000, 45999999)}"
        base = pre + dni
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(a) * b for a, b in zip(base, w)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        num = base + str(c)
        return gid(f"{num[:2]}-{num[2:10]}-{num[10]}", "ar_cuil", "ar.cuit", num)


def id_cl_rut():
    n = R.randint(5000000, 25999999)
    s, m = 0, 2
    for c in reversed(str(n)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(r, str(r))
    body = f"{n:,}".replace(",", ".")
    return gid(f"{body}-{dv}", "cl_rut", "cl.rut", f"{n}{dv}")


def id_mx_curp():
    p = Person("es")
    last = roman(p.last.split()[0]).upper()
    second = roman(ch(NAMES["es"][1]).split()[0]).upper()
    first = roman(p.first).upper()
    vowels = [c for c in last[1:] if c in "AEIOU"]
    y, m, d = rand_date(1955, 2004)

    def inner_cons(s):
        for c in s[1:]:
            if c.isalpha() and c not in "AEIOU":
                return c
        return "X"
    head = last[0] + (vowels[0] if vowels else "X") + second[0] + first[0]
    if head in ("BUEI", "CACA", "CAGA", "COGE", "CULO", "FETO", "GUEY", "JOTO", "KACA", "KAKA", "MAME", "MEAR",
                "MION", "MOCO", "MULA", "PEDA", "PEDO", "PENE", "PUTA", "PUTO", "QULO", "RATA", "RUIN"):
        raise Retry
    state = ch(["DF", "JC", "NL", "MC", "PL", "VZ", "GT", "YN", "BC", "SR"])
    body = (f"{head}{y % 100:02d}{m:02d}{d:02d}{ch('HM')}{state}{inner_cons(last)}{inner_cons(second)}"
            f"{inner_cons(first)}{'0' if y < 2000 else ch('ABC')}")
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body))
    return gid(body + str((10 - s % 10) % 10), "mx_curp", "mx.curp")


def id_in_aadhaar():
    while True:
        base = rd(11, "23456789")
        num = base + verhoeff_digit(base)
        if num != num[::-1]:
            break
    style = weighted([("spaced", 3), ("plain", 1)])
    return gid(num if style == "plain" else f"{num[:4]} {num[4:8]} {num[8:]}", f"in_aadhaar_{style}", "in_.aadhaar", num)


def id_in_pan():
    v = rs(UPPER, 3) + "P" + rs(UPPER, 1) + rs(DIGITS, 4) + rs(UPPER, 1)
    return gid(v, "in_pan", "in_.pan")


def id_ee_ik():
    y, m, d = rand_date(1950, 2005)
    g = (ch("34") if y < 2000 else ch("56"))
    base = f"{g}{y % 100:02d}{m:02d}{d:02d}{rs(DIGITS, 3)}"
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    c = sum(int(a) * b for a, b in zip(base, w1)) % 11
    if c == 10:
        c = sum(int(a) * b for a, b in zip(base, w2)) % 11
        if c == 10:
            c = 0
    return gid(base + str(c), "ee_isikukood", "ee.ik")


def id_ro_cnp():
    y, m, d = rand_date(1950, 2005)
    s = (ch("12") if y < 2000 else ch("56"))
    base = f"{s}{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 46):02d}{R.randint(1, 999):03d}"
    w = "279146358279"
    c = sum(int(a) * int(b) for a, b in zip(base, w)) % 11
    return gid(base + ("1" if c == 10 else str(c)), "ro_cnp", "ro.cnp")


def id_bg_egn():
    y, m, d = rand_date(1950, 2005)
    mm = m + (40 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{d:02d}{rs(DIGITS, 3)}"
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    c = sum(int(a) * b for a, b in zip(base, w)) % 11
    return gid(base + ("0" if c == 10 else str(c)), "bg_egn", "bg.egn")


def id_cz_rc():
    while True:
        y, m, d = rand_date(1955, 2003)
        mm = m + (50 if maybe(0.5) else 0)
        base = f"{y % 100:02d}{mm:02d}{d:02d}{rs(DIGITS, 3)}"
        c = int(base) % 11
        if c == 10:
            continue
        num = base + str(c)
        return gid(f"{num[:6]}/{num[6:]}", "cz_rodne_cislo", "cz.rc", num)


def id_hr_oib():
    base = rd(10)
    return gid(base + iso7064_mod11_10(base), "hr_oib", "hr.oib")


def id_gr_amka():
    y, m, d = rand_date(1950, 2005)
    base = f"{d:02d}{m:02d}{y % 100:02d}{rs(DIGITS, 4)}"
    return gid(luhn_complete(base), "gr_amka", "gr.amka")


def id_is_kennitala():
    while True:
        y, m, d = rand_date(1950, 2005)
        base = f"{d:02d}{m:02d}{y % 100:02d}{R.randint(20, 99):02d}"
        w = [3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(a) * b for a, b in zip(base, w)) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        num = base + str(c) + ("9" if y < 2000 else "0")
        return gid(f"{num[:6]}-{num[6:]}", "is_kennitala", "is_.kennitala", num)


def id_at_svnr():
    while True:
        y, m, d = rand_date(1950, 2005)
        serial = rd(3)
        dob = f"{d:02d}{m:02d}{y % 100:02d}"
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        digits = serial + dob
        c = sum(int(a) * b for a, b in zip(digits, w)) % 11
        if c == 10:
            continue
        num = serial + str(c) + dob
        return gid(f"{num[:4]} {num[4:]}", "at_svnr", "at.vnr", num)


def id_th_pin():
    base = ch("12345678") + rs(DIGITS, 11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(base)) % 11) % 10
    num = base + str(c)
    return gid(f"{num[0]}-{num[1:5]}-{num[5:10]}-{num[10:12]}-{num[12]}", "th_pin", "th.pin", num)


def id_pk_cnic():
    num = ch("1234567") + rs(DIGITS, 11) + ch("123456789")
    return gid(f"{num[:5]}-{num[5:12]}-{num[12]}", "pk_cnic", "pk.cnic", num)


def id_lt_asmens():
    v = id_ee_ik()
    return gid(v.value, "lt_asmens_kodas", "lt.asmens")


GOV_IDS = [
    (id_us_ssn, 12), (id_us_itin, 2), (id_uk_nino, 8), (id_uk_nhs, 3), (id_de_steuer, 6), (id_fr_nir, 6),
    (id_es_dni, 6), (id_es_nie, 3), (id_it_cf, 5), (id_nl_bsn, 5), (id_pl_pesel, 5), (id_pt_nif, 3),
    (id_be_nn, 3), (id_se_pnr, 4), (id_fi_hetu, 3), (id_no_fnr, 3), (id_dk_cpr, 3), (id_ch_ahv, 4),
    (id_ie_pps, 3), (id_ca_sin, 4), (id_au_tfn, 3), (id_cn_ric, 4), (id_jp_mynumber, 3), (id_kr_rrn, 4),
    (id_tr_tckimlik, 3), (id_il_idnr, 2), (id_za_idnr, 3), (id_br_cpf, 5), (id_ar_cuil, 2), (id_cl_rut, 2),
    (id_mx_curp, 3), (id_in_aadhaar, 4), (id_in_pan, 3), (id_ee_ik, 1), (id_ro_cnp, 2), (id_bg_egn, 1),
    (id_cz_rc, 2), (id_hr_oib, 1), (id_gr_amka, 1), (id_is_kennitala, 1), (id_at_svnr, 2), (id_th_pin, 2),
    (id_pk_cnic, 2), (id_lt_asmens, 1),
]

GOV_ID_LABELS = {
    "us_ssn": ["SSN", "Social Security Number", "SSN#", "social"], "us_itin": ["ITIN"],
    "uk_nino": ["NI number", "National Insurance No.", "NINO"], "uk_nhs": ["NHS number", "NHS No"],
    "de_steuerid": ["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr.", "Steuer-IdNr"],
    "fr_nir": ["N° de sécurité sociale", "NIR", "numéro de sécu"], "es_dni": ["DNI", "NIF"], "es_nie": ["NIE"],
    "it_cf": ["Codice Fiscale", "C.F.", "CF"], "nl_bsn": ["BSN", "burgerservicenummer"], "pl_pesel": ["PESEL"],
    "pt_nif": ["NIF", "contribuinte n.º"], "be_nn": ["Rijksregisternummer", "numéro de registre national", "NN"],
    "se_pnr": ["personnummer", "pnr"], "fi_hetu": ["henkilötunnus", "HETU"], "no_fnr": ["fødselsnummer", "fnr."],
    "dk_cpr": ["CPR-nr.", "CPR"], "ch_ahv": ["AHV-Nr.", "AVS", "AHV"], "ie_pps": ["PPS number", "PPSN"],
    "ca_sin": ["SIN", "Social Insurance Number", "NAS"], "au_tfn": ["TFN", "Tax File Number"],
    "cn_ric": ["身份证号", "身份证号码", "居民身份证"], "jp_mynumber": ["マイナンバー", "個人番号"],
    "kr_rrn": ["주민등록번호", "주민번호"], "tr_tckimlik": ["TC Kimlik No", "T.C. Kimlik Numarası"],
    "il_teudat_zehut": ["מספר תעודת זהות", "ת.ז."], "za_id": ["ID number", "SA ID"], "br_cpf": ["CPF"],
    "ar_cuil": ["CUIL"], "cl_rut": ["RUT"], "mx_curp": ["CURP"], "in_aadhaar": ["Aadhaar", "Aadhaar No."],
    "in_pan": ["PAN", "PAN card"], "ee_isikukood": ["isikukood"], "ro_cnp": ["CNP"], "bg_egn": ["ЕГН", "EGN"],
    "cz_rodne_cislo": ["rodné číslo", "RČ"], "hr_oib": ["OIB"], "gr_amka": ["ΑΜΚΑ", "AMKA"],
    "is_kennitala": ["kennitala", "kt."], "at_svnr": ["SV-Nummer", "Sozialversicherungsnummer"],
    "th_pin": ["เลขประจำตัวประชาชน", "Thai ID"], "pk_cnic": ["CNIC"], "lt_asmens_kodas": ["asmens kodas"],
}


def gov_label(v):
    for key, labels in GOV_ID_LABELS.items():
        if v.shape.startswith(key):
            return ch(labels)
    if v.shape.startswith("iban"):
        return ch(["IBAN", "IBAN:", "Bankverbindung", "RIB/IBAN", "IBAN No."])
    return "ID"


def gov_val():
    if maybe(0.33):
        return iban_val()
    return weighted(GOV_IDS)()


# API keys: provider formats (prefixes and lengths as documented by the providers or by public secret scanners
# in 2025) ---------------------------------------------------------------------------------------------------

AN = ALNUM
ANU = ALNUM + "_-"


def gh_classic(prefix):
    body = mixed_token(AN, 30)
    return prefix + body + crc32_base62(body)


def jwt_like(payload, alg="HS256", sig_len=43):
    header = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{header}.{body}.{rs(B64URL, sig_len)}"


def discord_token():
    uid = str(R.randint(10 ** 17, 13 * 10 ** 17))
    return f"{b64url(uid)}.{rs(B64URL, 6)}.{rs(B64URL, 38)}"


def sentry_org_token():
    payload = {"iat": R.randint(1700000000, 1760000000) + R.random(), "url": "https://sentry.io",
               "region_url": "https://us.sentry.io", "org": ch(["brightpath", "kestrel", "lumenfield", "tidewater"])}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":"))).rstrip("=") + "_" + rs(B64[:-2], 43)


def onepassword_token():
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": rs(B64URL, 22)}, "email": f"{rs(LOWER, 26)}@1passwordserviceaccounts.com",
               "srpX": rs(HEXL, 64), "muk": {"alg": "A256GCM", "ext": True, "k": rs(B64URL, 43), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(UPPER + DIGITS, 6) + "-" + rs(UPPER + DIGITS, 6),
               "throttleSecret": {"seed": rs(HEXL, 64), "uuid": rs(UPPER + DIGITS, 26)}, "deviceUuid": rs(LOWER + DIGITS, 26)}
    return "ops_" + b64(json.dumps(payload, separators=(",", ":"))).rstrip("=")


def azure_new_key():
    return mixed_token(AN, 52) + "JQQJ99" + ch(["BAAC", "BFAC", "AAAC"]) + rs(AN, 8) + "AAA" + ch(["ACOG", "AZSe", "AZFu"]) + rs(AN, 7)


def aws_session_token():
    return "IQoJb3JpZ2luX2VjE" + rs(B64[:-1] + "/", 340) + "=="


def atlassian_token():
    return "ATATT3xFfGF0" + rs(ANU, 171) + "=" + rs("0123456789ABCDEF", 8)


# provider -> (generator, env names, how it is sent over HTTP)
API_KEYS = {
    "openai_proj": (lambda: "sk-proj-" + rs(ANU, 74) + "T3BlbkFJ" + rs(ANU, 74), ["OPENAI_API_KEY"], "bearer"),
    "openai_svcacct": (lambda: "sk-svcacct-" + rs(ANU, 74) + "T3BlbkFJ" + rs(ANU, 74), ["OPENAI_API_KEY"], "bearer"),
    "openai_admin": (lambda: "sk-admin-" + rs(ANU, 58) + "T3BlbkFJ" + rs(ANU, 58), ["OPENAI_ADMIN_KEY"], "bearer"),
    "openai_legacy": (lambda: "sk-" + mixed_token(AN, 20) + "T3BlbkFJ" + mixed_token(AN, 20), ["OPENAI_API_KEY"], "bearer"),
    "anthropic_api03": (lambda: "sk-ant-api03-" + rs(ANU, 93) + "AA", ["ANTHROPIC_API_KEY"], "x-api-key"),
    "anthropic_admin01": (lambda: "sk-ant-admin01-" + rs(ANU, 93) + "AA", ["ANTHROPIC_ADMIN_KEY"], "x-api-key"),
    "anthropic_oat01": (lambda: "sk-ant-oat01-" + rs(ANU, 93) + "AA", ["CLAUDE_CODE_OAUTH_TOKEN"], "bearer"),
    "google_aiza": (lambda: "AIza" + mixed_token(ANU, 35), ["GOOGLE_API_KEY", "GEMINI_API_KEY", "MAPS_API_KEY",
                    "FIREBASE_API_KEY", "YOUTUBE_API_KEY"], "query:key"),
    "google_oauth_secret": (lambda: "GOCSPX-" + mixed_token(ANU, 28), ["GOOGLE_CLIENT_SECRET"], "form"),
    "google_ya29": (lambda: "ya29.a0A" + rs(ANU, 150), ["GOOGLE_ACCESS_TOKEN"], "bearer"),
    "aws_akia": (lambda: "AKIA" + rs(UPPER + "234567", 16), ["AWS_ACCESS_KEY_ID"], "aws"),
    "aws_asia": (lambda: "ASIA" + rs(UPPER + "234567", 16), ["AWS_ACCESS_KEY_ID"], "aws"),
    "aws_secret": (lambda: mixed_token(AN + "/+", 40), ["AWS_SECRET_ACCESS_KEY"], "aws"),
    "aws_session": (aws_session_token, ["AWS_SESSION_TOKEN"], "aws"),
    "azure_storage_key": (lambda: rs(B64, 86) + "==", ["AZURE_STORAGE_KEY"], "azure_conn"),
    "azure_openai_hex": (lambda: rs(HEXL, 32), ["AZURE_OPENAI_API_KEY"], "api-key"),
    "azure_openai_84": (azure_new_key, ["AZURE_OPENAI_API_KEY", "AZURE_AI_SEARCH_KEY"], "api-key"),
    "azure_ad_secret": (lambda: rs(AN, 3) + ch(DIGITS) + "Q~" + rs(AN + "_~.-", 34), ["AZURE_CLIENT_SECRET"], "form"),
    "github_ghp": (lambda: gh_classic("ghp_"), ["GITHUB_TOKEN", "GH_TOKEN"], "token"),
    "github_gho": (lambda: gh_classic("gho_"), ["GITHUB_TOKEN"], "bearer"),
    "github_ghs": (lambda: gh_classic("ghs_"), ["GITHUB_TOKEN"], "bearer"),
    "github_ghu": (lambda: gh_classic("ghu_"), ["GITHUB_TOKEN"], "bearer"),
    "github_ghr": (lambda: gh_classic("ghr_"), ["GITHUB_REFRESH_TOKEN"], "form"),
    "github_fine_grained": (lambda: "github_pat_11" + rs(UPPER + DIGITS, 20) + "_" + mixed_token(AN, 59),
                            ["GITHUB_TOKEN", "GH_PAT"], "bearer"),
    "gitlab_glpat": (lambda: "glpat-" + mixed_token(ANU, 20), ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE"], "private-token"),
    "gitlab_glpat_routable": (lambda: "glpat-" + mixed_token(ANU, 38) + ".01." + rs(LOWER + DIGITS, 7),
                              ["GITLAB_TOKEN"], "private-token"),
    "gitlab_gldt": (lambda: "gldt-" + mixed_token(ANU, 20), ["GITLAB_DEPLOY_TOKEN"], "basic"),
    "gitlab_glrt": (lambda: "glrt-t1_" + mixed_token(ANU, 27) + ".01." + rs(LOWER + DIGITS, 7), ["RUNNER_TOKEN"], "form"),
    "gitlab_glptt": (lambda: "glptt-" + rs(HEXL, 40), ["TRIGGER_TOKEN"], "form"),
    "slack_xoxb": (lambda: f"xoxb-{rd(12)}-{rd(13)}-{mixed_token(AN, 24)}", ["SLACK_BOT_TOKEN"], "bearer"),
    "slack_xoxp": (lambda: f"xoxp-{rd(12)}-{rd(12)}-{rd(13)}-{rs(HEXL, 32)}", ["SLACK_USER_TOKEN"], "bearer"),
    "slack_xapp": (lambda: f"xapp-1-A{rs(UPPER + DIGITS, 10)}-{rd(13)}-{rs(HEXL, 64)}", ["SLACK_APP_TOKEN"], "bearer"),
    "slack_webhook": (lambda: f"https://hooks.slack.com/services/T{rs(UPPER + DIGITS, 10)}/B{rs(UPPER + DIGITS, 10)}/{mixed_token(AN, 24)}",
                      ["SLACK_WEBHOOK_URL"], "url"),
    "stripe_sk_live": (lambda: "sk_live_51" + mixed_token(AN, 97), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], "bearer"),
    "stripe_rk_live": (lambda: "rk_live_51" + mixed_token(AN, 97), ["STRIPE_RESTRICTED_KEY"], "bearer"),
    "stripe_sk_live_short": (lambda: "sk_live_" + mixed_token(AN, 24), ["STRIPE_SECRET_KEY"], "bearer"),
    "twilio_api_key_sid": (lambda: "SK" + rs(HEXL, 32), ["TWILIO_API_KEY"], "basic"),
    "sendgrid": (lambda: "SG." + mixed_token(ANU, 22) + "." + mixed_token(ANU, 43), ["SENDGRID_API_KEY"], "bearer"),
    "mailgun_key": (lambda: "key-" + rs(HEXL, 32), ["MAILGUN_API_KEY"], "basic"),
    "mailgun_new": (lambda: f"{rs(HEXL, 32)}-{rs(HEXL, 8)}-{rs(HEXL, 8)}", ["MAILGUN_API_KEY"], "basic"),
    "mailchimp": (lambda: f"{rs(HEXL, 32)}-us{R.randint(1, 21)}", ["MAILCHIMP_API_KEY"], "basic"),
    "shopify_shpat": (lambda: "shpat_" + rs(HEXL, 32), ["SHOPIFY_ACCESS_TOKEN"], "x-shopify"),
    "shopify_shpss": (lambda: "shpss_" + rs(HEXL, 32), ["SHOPIFY_API_SECRET"], "form"),
    "shopify_shpca": (lambda: "shpca_" + rs(HEXL, 32), ["SHOPIFY_ACCESS_TOKEN"], "x-shopify"),
    "digitalocean_dop": (lambda: "dop_v1_" + rs(HEXL, 64), ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"], "bearer"),
    "digitalocean_doo": (lambda: "doo_v1_" + rs(HEXL, 64), ["DIGITALOCEAN_ACCESS_TOKEN"], "bearer"),
    "notion_ntn": (lambda: "ntn_" + rd(11) + mixed_token(AN, 35), ["NOTION_TOKEN", "NOTION_API_KEY"], "bearer"),
    "notion_secret_legacy": (lambda: "secret_" + mixed_token(AN, 43), ["NOTION_TOKEN"], "bearer"),
    "airtable_pat": (lambda: "pat" + mixed_token(AN, 14) + "." + rs(HEXL, 64), ["AIRTABLE_API_KEY", "AIRTABLE_PAT"], "bearer"),
    "linear": (lambda: "lin_api_" + mixed_token(AN, 40), ["LINEAR_API_KEY"], "authorization-raw"),
    "vercel_vcp": (lambda: "vcp_" + mixed_token(AN, 48), ["VERCEL_TOKEN"], "bearer"),
    "vercel_legacy": (lambda: mixed_token(AN, 24), ["VERCEL_TOKEN"], "bearer"),
    "netlify_nfp": (lambda: "nfp_" + mixed_token(AN, 36), ["NETLIFY_AUTH_TOKEN"], "bearer"),
    "heroku_hrku": (lambda: "HRKU-AA" + mixed_token(ANU, 58), ["HEROKU_API_KEY"], "bearer"),
    "heroku_uuid": (lambda: f"{rs(HEXL, 8)}-{rs(HEXL, 4)}-4{rs(HEXL, 3)}-{ch('89ab')}{rs(HEXL, 3)}-{rs(HEXL, 12)}",
                    ["HEROKU_API_KEY"], "bearer"),
    "datadog_api": (lambda: rs(HEXL, 32), ["DD_API_KEY", "DATADOG_API_KEY"], "dd-api-key"),
    "datadog_ddapp": (lambda: "ddapp_" + mixed_token(AN, 34), ["DD_APP_KEY"], "dd-application-key"),
    "datadog_app_hex": (lambda: rs(HEXL, 40), ["DD_APPLICATION_KEY", "DATADOG_APP_KEY"], "dd-application-key"),
    "newrelic_nrak": (lambda: "NRAK-" + rs(UPPER + DIGITS, 27), ["NEW_RELIC_API_KEY"], "api-key"),
    "newrelic_license": (lambda: rs(HEXL, 36) + "NRAL", ["NEW_RELIC_LICENSE_KEY"], "api-key"),
    "newrelic_nrii": (lambda: "NRII-" + mixed_token(AN + "-_", 32), ["NEW_RELIC_INSERT_KEY"], "x-insert-key"),
    "sentry_dsn": (lambda: f"https://{rs(HEXL, 32)}@o{rd(6)}.ingest.{ch(['', 'us.', 'de.'])}sentry.io/{rd(7)}",
                   ["SENTRY_DSN", "NEXT_PUBLIC_SENTRY_DSN"], "url"),
    "sentry_sntryu": (lambda: "sntryu_" + rs(HEXL, 64), ["SENTRY_AUTH_TOKEN"], "bearer"),
    "sentry_sntrys": (sentry_org_token, ["SENTRY_AUTH_TOKEN"], "bearer"),
    "telegram_bot": (lambda: f"{rd(R.choice([9, 10]), '5678')}:AA{mixed_token(ANU, 33)}", ["TELEGRAM_BOT_TOKEN", "BOT_TOKEN"], "telegram"),
    "discord_bot": (discord_token, ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"], "discord"),
    "discord_webhook": (lambda: f"https://discord.com/api/webhooks/{rd(19, '1')}/{mixed_token(ANU, 68)}",
                        ["DISCORD_WEBHOOK_URL"], "url"),
    "npm": (lambda: gh_classic("npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "npmrc"),
    "pypi": (lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, 150), ["PYPI_TOKEN", "TWINE_PASSWORD"], "pypirc"),
    "dockerhub_pat": (lambda: "dckr_pat_" + mixed_token(ANU, 27), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], "docker"),
    "huggingface": (lambda: "hf_" + mixed_token(UPPER + LOWER, 34, (UPPER, LOWER)), ["HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN"], "bearer"),
    "huggingface_org": (lambda: "api_org_" + mixed_token(UPPER + LOWER, 34, (UPPER, LOWER)), ["HF_ORG_TOKEN"], "bearer"),
    "replicate": (lambda: "r8_" + mixed_token(AN, 37), ["REPLICATE_API_TOKEN"], "bearer"),
    "groq": (lambda: "gsk_" + mixed_token(AN, 52), ["GROQ_API_KEY"], "bearer"),
    "mistral": (lambda: mixed_token(AN, 32), ["MISTRAL_API_KEY"], "bearer"),
    "cohere": (lambda: mixed_token(AN, 40), ["COHERE_API_KEY", "CO_API_KEY"], "bearer"),
    "perplexity": (lambda: "pplx-" + mixed_token(AN, 48), ["PERPLEXITY_API_KEY", "PPLX_API_KEY"], "bearer"),
    "openrouter": (lambda: "sk-or-v1-" + rs(HEXL, 64), ["OPENROUTER_API_KEY"], "bearer"),
    "xai": (lambda: "xai-" + mixed_token(AN, 80), ["XAI_API_KEY"], "bearer"),
    "deepseek": (lambda: "sk-" + rs(HEXL, 32), ["DEEPSEEK_API_KEY"], "bearer"),
    "fireworks": (lambda: "fw_" + mixed_token(AN, 24), ["FIREWORKS_API_KEY"], "bearer"),
    "together": (lambda: rs(HEXL, 64), ["TOGETHER_API_KEY"], "bearer"),
    "elevenlabs": (lambda: "sk_" + rs(HEXL, 48), ["ELEVENLABS_API_KEY", "XI_API_KEY"], "xi-api-key"),
    "pinecone": (lambda: "pcsk_" + rs(AN, 5) + "_" + mixed_token(AN, 64), ["PINECONE_API_KEY"], "api-key"),
    "langsmith": (lambda: "lsv2_pt_" + rs(HEXL, 32) + "_" + rs(HEXL, 10), ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], "x-api-key"),
    "tavily": (lambda: "tvly-" + ch(["", "dev-", "prod-"]) + mixed_token(AN, 32), ["TAVILY_API_KEY"], "bearer"),
    "resend": (lambda: "re_" + mixed_token(AN, 8) + "_" + mixed_token(AN, 24), ["RESEND_API_KEY"], "bearer"),
    "postmark": (lambda: f"{rs(HEXL, 8)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 12)}",
                 ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN"], "x-postmark-server-token"),
    "square_eaaa": (lambda: "EAAA" + mixed_token(ANU, 60), ["SQUARE_ACCESS_TOKEN"], "bearer"),
    "square_sq0csp": (lambda: "sq0csp-" + mixed_token(ANU, 43), ["SQUARE_APPLICATION_SECRET"], "form"),
    "braintree": (lambda: f"access_token$production${rs(LOWER + DIGITS, 16)}${rs(HEXL, 32)}",
                  ["BRAINTREE_ACCESS_TOKEN", "PAYPAL_ACCESS_TOKEN"], "bearer"),
    "doppler_st": (lambda: f"dp.st.{ch(['prd', 'dev', 'stg'])}." + mixed_token(AN, 40), ["DOPPLER_TOKEN"], "bearer"),
    "doppler_pt": (lambda: "dp.pt." + mixed_token(AN, 43), ["DOPPLER_TOKEN"], "bearer"),
    "doppler_sa": (lambda: "dp.sa." + mixed_token(AN, 43), ["DOPPLER_TOKEN"], "bearer"),
    "onepassword_sa": (onepassword_token, ["OP_SERVICE_ACCOUNT_TOKEN"], "env_only"),
    "vault_hvs": (lambda: "hvs.CAESI" + mixed_token(ANU, 86), ["VAULT_TOKEN"], "x-vault-token"),
    "vault_hvb": (lambda: "hvb.AAAAAQ" + mixed_token(ANU, 140), ["VAULT_TOKEN"], "x-vault-token"),
    "terraform_cloud": (lambda: mixed_token(LOWER + DIGITS, 14) + ".atlasv1." + rs(LOWER + DIGITS + "_-", 67), ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], "bearer"),
    "cloudflare_cfut": (lambda: "cfut_" + mixed_token(AN, 40) + rs(HEXL, 8), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "bearer"),
    "cloudflare_cfat": (lambda: "cfat_" + mixed_token(AN, 40) + rs(HEXL, 8), ["CLOUDFLARE_API_TOKEN"], "bearer"),
    "cloudflare_legacy_token": (lambda: mixed_token(ANU, 40), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "bearer"),
    "cloudflare_global_key": (lambda: rs(HEXL, 37), ["CLOUDFLARE_API_KEY", "CF_API_KEY"], "x-auth-key"),
    "supabase_secret": (lambda: "sb_secret_" + mixed_token(AN + "-", 22) + "_" + mixed_token(AN, 8), ["SUPABASE_SECRET_KEY"], "apikey"),
    "supabase_service_role_jwt": (lambda: jwt_like({"iss": "supabase", "ref": rs(LOWER, 20), "role": "service_role",
                                  "iat": R.randint(1690000000, 1740000000), "exp": R.randint(2000000000, 2060000000)}),
                                  ["SUPABASE_SERVICE_ROLE_KEY"], "apikey"),
    "firebase_fcm_server": (lambda: f"AAAA{rs(ANU, 7)}:APA91b{rs(ANU, 134)}", ["FCM_SERVER_KEY"], "key="),
    "atlassian": (atlassian_token, ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_TOKEN"], "basic"),
    "okta_ssws": (lambda: "00" + mixed_token(ANU, 40), ["OKTA_API_TOKEN"], "ssws"),
    "pulumi": (lambda: "pul-" + rs(HEXL, 40), ["PULUMI_ACCESS_TOKEN"], "token"),
    "databricks": (lambda: "dapi" + rs(HEXL, 32), ["DATABRICKS_TOKEN"], "bearer"),
    "grafana_glsa": (lambda: "glsa_" + mixed_token(AN, 32) + "_" + rs(HEXL, 8), ["GRAFANA_SERVICE_ACCOUNT_TOKEN"], "bearer"),
    "grafana_glc": (lambda: "glc_" + b64(json.dumps({"o": rd(6), "n": "stack-" + rd(6) + "-hm-read", "k": mixed_token(AN, 24),
                    "m": {"r": ch(["prod-eu-west-2", "prod-us-east-0"])}}, separators=(",", ":"))).rstrip("="),
                    ["GRAFANA_CLOUD_TOKEN"], "bearer"),
    "buildkite": (lambda: "bkua_" + rs(HEXL, 40), ["BUILDKITE_API_TOKEN"], "bearer"),
    "postman": (lambda: "PMAK-" + rs(HEXL, 24) + "-" + rs(HEXL, 34), ["POSTMAN_API_KEY"], "x-api-key"),
    "contentful": (lambda: "CFPAT-" + mixed_token(ANU, 43), ["CONTENTFUL_MANAGEMENT_TOKEN"], "bearer"),
    "dynatrace": (lambda: "dt0c01." + rs(UPPER + DIGITS, 24) + "." + rs(UPPER + DIGITS, 64), ["DT_API_TOKEN"], "api-token"),
    "rubygems": (lambda: "rubygems_" + rs(HEXL, 48), ["GEM_HOST_API_KEY"], "authorization-raw"),
    "alibaba_ltai": (lambda: "LTAI" + mixed_token(AN, 20), ["ALIBABA_CLOUD_ACCESS_KEY_ID"], "env_only"),
    "tailscale": (lambda: f"tskey-{ch(['api', 'auth'])}-k{rs(AN, 10)}CNTRL-{mixed_token(AN, 32)}", ["TS_AUTHKEY", "TAILSCALE_API_KEY"], "bearer"),
    "figma": (lambda: "figd_" + mixed_token(ANU, 40), ["FIGMA_TOKEN"], "x-figma-token"),
    "prefect": (lambda: "pnu_" + mixed_token(AN, 36), ["PREFECT_API_KEY"], "bearer"),
    "planetscale": (lambda: "pscale_tkn_" + mixed_token(ANU, 43), ["PLANETSCALE_SERVICE_TOKEN"], "authorization-raw"),
    "flyio": (lambda: "fo1_" + mixed_token(ANU, 43), ["FLY_API_TOKEN"], "bearer"),
    "sourcegraph": (lambda: "sgp_" + rs(HEXL, 16) + "_" + rs(HEXL, 40), ["SRC_ACCESS_TOKEN"], "token"),
    "sonarqube": (lambda: "squ_" + rs(HEXL, 40), ["SONAR_TOKEN"], "bearer"),
    "infracost": (lambda: "ico-" + mixed_token(AN, 32), ["INFRACOST_API_KEY"], "x-api-key"),
    "typeform": (lambda: "tfp_" + mixed_token(ANU, 44) + "_" + mixed_token(AN, 14), ["TYPEFORM_TOKEN"], "bearer"),
    "mapbox_secret": (lambda: "sk." + b64url(json.dumps({"u": ch(["geo-team", "fieldops", "maps-prod"]), "a": "cl" + rs(LOWER + DIGITS, 23)}, separators=(",", ":"))) + "." + rs(ANU, 22),
                      ["MAPBOX_SECRET_TOKEN"], "query:access_token"),
    "lob": (lambda: "live_" + rs(HEXL, 35), ["LOB_API_KEY"], "basic"),
    "mollie": (lambda: "live_" + mixed_token(AN, 30), ["MOLLIE_API_KEY"], "bearer"),
    "shippo": (lambda: "shippo_live_" + rs(HEXL, 40), ["SHIPPO_API_TOKEN"], "shippotoken"),
    "easypost": (lambda: "EZAK" + rs(HEXL, 54), ["EASYPOST_API_KEY"], "basic"),
    "readme": (lambda: "rdme_" + rs(LOWER + DIGITS, 70), ["README_API_KEY"], "basic"),
    "age_like_clickhouse": (lambda: "4b1d" + mixed_token(AN, 38), ["CLICKHOUSE_SECRET_KEY"], "basic"),
    "artifactory": (lambda: "AKCp" + mixed_token(AN, 69), ["ARTIFACTORY_API_KEY"], "x-jfrog-art-api"),
    "harness": (lambda: f"pat.{mixed_token(ANU, 22)}.{mixed_token(AN, 24)}.{mixed_token(AN, 20)}", ["HARNESS_API_KEY"], "x-api-key"),
    "scalingo": (lambda: "tk-us-" + mixed_token(ANU, 48), ["SCALINGO_API_TOKEN"], "basic"),
    "adafruit_io": (lambda: "aio_" + mixed_token(AN, 28), ["ADAFRUIT_IO_KEY"], "x-aio-key"),
    "intercom": (lambda: "dG9rOj" + b64(f"{rs(HEXL, 8)}_{rs(HEXL, 4)}_{rs(HEXL, 4)}_{rs(HEXL, 4)}_{rs(HEXL, 12)}:1:0")[6:], ["INTERCOM_ACCESS_TOKEN"], "bearer"),
}

# Keys with no recognisable prefix, identified only by their label.
LABEL_ONLY = {
    "label_openweather": (lambda: rs(HEXL, 32), ["OPENWEATHER_API_KEY", "OWM_KEY"], "query:appid"),
    "label_algolia_admin": (lambda: rs(HEXL, 32), ["ALGOLIA_ADMIN_API_KEY"], "x-algolia-api-key"),
    "label_deepgram": (lambda: rs(HEXL, 40), ["DEEPGRAM_API_KEY"], "token"),
    "label_assemblyai": (lambda: rs(HEXL, 32), ["ASSEMBLYAI_API_KEY"], "authorization-raw"),
    "label_newsapi": (lambda: rs(HEXL, 32), ["NEWSAPI_KEY"], "x-api-key"),
    "label_zendesk": (lambda: mixed_token(AN, 40), ["ZENDESK_API_TOKEN"], "basic"),
    "label_plaid_secret": (lambda: rs(HEXL, 30), ["PLAID_SECRET"], "json"),
    "label_trello": (lambda: "ATTA" + rs(HEXL, 64) + rs("0123456789ABCDEF", 8), ["TRELLO_TOKEN"], "query:token"),
    "label_bitly": (lambda: rs(HEXL, 40), ["BITLY_ACCESS_TOKEN"], "bearer"),
    "label_twilio_auth": (lambda: rs(HEXL, 32), ["TWILIO_AUTH_TOKEN"], "basic"),
    "label_snyk": (lambda: f"{rs(HEXL, 8)}-{rs(HEXL, 4)}-4{rs(HEXL, 3)}-{ch('89ab')}{rs(HEXL, 3)}-{rs(HEXL, 12)}", ["SNYK_TOKEN"], "token"),
    "label_generic_hex40": (lambda: rs(HEXL, 40), ["API_KEY", "APIKEY", "SERVICE_API_KEY"], "x-api-key"),
    "label_generic_b62_32": (lambda: mixed_token(AN, 32), ["API_KEY", "X_API_KEY", "PARTNER_API_KEY"], "x-api-key"),
    "label_generic_token_48": (lambda: mixed_token(ANU, 48), ["ACCESS_TOKEN", "AUTH_TOKEN", "API_TOKEN"], "bearer"),
    "label_rapidapi": (lambda: rs(HEXL, 10) + "msh" + rs(HEXL, 14) + "p1" + rs(HEXL, 6) + "jsn" + rs(HEXL, 12), ["RAPIDAPI_KEY"], "x-rapidapi-key"),
    "label_serpapi": (lambda: rs(HEXL, 64), ["SERPAPI_API_KEY"], "query:api_key"),
    "label_coinmarketcap": (lambda: f"{rs(HEXL, 8)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 12)}", ["CMC_PRO_API_KEY"], "x-cmc_pro_api_key"),
    "label_hubspot_pat": (lambda: f"pat-{ch(['na1', 'eu1'])}-{rs(HEXL, 8)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 12)}", ["HUBSPOT_ACCESS_TOKEN"], "bearer"),
    "label_asana": (lambda: f"2/{rd(16)}/{rd(16)}:{rs(HEXL, 32)}", ["ASANA_PAT"], "bearer"),
    "label_clerk": (lambda: "sk_live_" + mixed_token(AN, 42), ["CLERK_SECRET_KEY"], "bearer"),
    "label_unsplash": (lambda: mixed_token(ANU, 43), ["UNSPLASH_ACCESS_KEY"], "client-id"),
}


def api_key_val(provider=None, label_only=False):
    table = LABEL_ONLY if label_only else API_KEYS
    provider = provider or ch(list(table))
    gen, envs, how = table[provider]
    v = Val("api_key", gen(), provider)
    v.envs, v.how = envs, how
    return v


# Secrets ----------------------------------------------------------------------------------------------------

WORDS = ["Sommer", "Winter", "Bayern", "Schalke", "Mercedes", "Hamburg", "Sunshine", "Dragon", "Monkey", "Football",
         "Liverpool", "Princess", "Charlie", "Soleil", "Chocolat", "Barcelona", "Madrid", "Amore", "Juventus",
         "Brasil", "Flamengo", "Tulpen", "Kasztan", "Stockholm", "Galatasaray", "Sakura", "Tiger", "Kangaroo",
         "Maple", "Harley", "Bluebird", "Oceano", "Paprika", "Zebra", "Marmelade", "Falcon", "Cappuccino"]
SYMBOLS = "!@#$%&*?"
BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
         "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
         "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
         "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always "
         "amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce "
         "annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic "
         "area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork "
         "ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit "
         "august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis baby "
         "bachelor bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic "
         "basket battle beach bean beauty because become beef before begin behave behind believe below belt "
         "bench benefit best betray better between beyond bicycle bid bike bind biology bird birth bitter black "
         "blade blame blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil "
         "bomb bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass "
         "brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother brown "
         "brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus "
         "business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp canal "
         "cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo carpet carry "
         "cart case cash casino castle casual catalog catch category cattle caught cause caution cave ceiling "
         "celery cement census century cereal certain chair chalk champion change chaos chapter charge chase").split()


def password_val(style=None, url_safe=False):
    style = style or weighted([("human", 4), ("generated", 4), ("passphrase", 1), ("leet", 1), ("pin_like", 0.5)])
    if style == "human":
        v = ch(WORDS) + str(R.randint(1, 2025)) + ch(SYMBOLS + "!!")
    elif style == "generated":
        alphabet = AN + ("-_.~" if url_safe else SYMBOLS + "-_")
        v = mixed_token(alphabet, R.randint(14, 24))
    elif style == "passphrase":
        v = "-".join(ch(BIP39) for _ in range(4)) + str(R.randint(1, 99))
    elif style == "leet":
        w = ch(WORDS).translate(str.maketrans("aeiosAEIOS", "4310$4310$"))
        v = w + ch("!#*") + str(R.randint(10, 99))
    else:
        v = ch(WORDS).lower() + rs(DIGITS, 6)
    if url_safe:
        v = "".join(c for c in v if c.isalnum() or c in "-_.~")
        if len(v) < 8:
            v += rs(AN, 8)
    if "#" in v and maybe(0.5):
        v = v.replace("#", "!")
    return Val("secret", v, f"password_{style}")


def bearer_opaque():
    return Val("secret", mixed_token(ANU, R.choice([32, 40, 48, 64])), "bearer_opaque")


def jwt_secret_val():
    uid = rd(6)
    payload = {"sub": uid, "iat": R.randint(1700000000, 1760000000), "exp": R.randint(1760000000, 1800000000),
               "scope": ch(["read write", "openid profile email", "admin", "api:read"]),
               "iss": ch(["https://auth.brightpath.io/", "https://login.kestrel-analytics.com", "https://id.lumenfield.dev"])}
    return Val("secret", jwt_like(payload, ch(["HS256", "RS256", "ES256"]), R.choice([43, 86, 342])), "jwt")


def basic_auth_val(user, pw):
    return Val("secret", b64(f"{user}:{pw}"), "basic_auth_b64")


def session_cookie_val():
    style = ch(["express", "php", "laravel", "django", "rails", "generic"])
    if style == "express":
        v = "s%3A" + rs(ANU, 32) + "." + rs(B64[:-2], 43)
    elif style == "php":
        v = rs(LOWER + DIGITS, 26)
    elif style == "laravel":
        v = "eyJpdiI6I" + rs(B64URL, 180) + "%3D"
    elif style == "django":
        v = rs(LOWER + DIGITS, 32)
    elif style == "rails":
        v = rs(B64URL, 120) + "--" + rs(HEXL, 40)
    else:
        v = rs(HEXL, 48)
    names = {"express": "connect.sid", "php": "PHPSESSID", "laravel": "laravel_session", "django": "sessionid",
             "rails": "_myapp_session", "generic": "session_token"}
    val = Val("secret", v, f"cookie_{style}")
    val.cookie = names[style]
    return val


def pem_val(kind=None):
    kind = kind or weighted([("ec", 3), ("openssh", 3), ("rsa_pkcs1", 1), ("rsa_pkcs8", 1), ("pgp", 0.5), ("ec_pkcs8", 1)])

    def lines(prefix, total, width=64):
        body = prefix + rs(B64, total - len(prefix))
        return [body[i:i + width] for i in range(0, len(body), width)]
    if kind == "ec":
        head, foot = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----"
        body = lines("MHcCAQEEI", 160)
        body[-1] = body[-1][:-2] + "=="
    elif kind == "ec_pkcs8":
        head, foot = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
        body = lines("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 184)
    elif kind == "openssh":
        head, foot = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
        body = lines("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                     "QyNTUxOQAAACB", 400, 70)
    elif kind == "rsa_pkcs1":
        head, foot = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"
        body = lines("MIIEpAIBAAKCAQEA", 1588)
    elif kind == "rsa_pkcs8":
        head, foot = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
        body = lines("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1624)
    else:
        head, foot = "-----BEGIN PGP PRIVATE KEY BLOCK-----", "-----END PGP PRIVATE KEY BLOCK-----"
        body = [""] + lines("lQVYBG", 1200) + ["=" + rs(B64[:-2], 4)]
    value = "\n".join(b for b in body if b)
    v = Val("secret", value, f"pem_{kind}")
    v.head, v.foot, v.body_lines = head, foot, body
    return v


def app_secret_val(kind=None):
    kind = kind or ch(["django", "rails", "flask", "nextauth", "jwt_secret", "laravel_app_key", "session_secret",
                       "encryption_key"])
    if kind == "django":
        v = "django-insecure-" + rs(LOWER + DIGITS + "!@#$%^&*(-_=+)", 50) if maybe(0.3) else rs(LOWER + DIGITS + "!@$%^&*(-_=+)", 50)
    elif kind == "rails":
        v = rs(HEXL, 128)
    elif kind == "flask":
        v = rs(HEXL, 64) if maybe(0.5) else rs(B64URL, 43)
    elif kind == "nextauth":
        v = rs(B64[:-2], 43) + "="
    elif kind == "jwt_secret":
        v = mixed_token(AN, R.choice([32, 48, 64]))
    elif kind == "laravel_app_key":
        v = "base64:" + rs(B64[:-2], 43) + "="
    elif kind == "session_secret":
        v = mixed_token(AN + "-_", 40)
    else:
        v = rs(HEXL, 64)
    return Val("secret", v, f"appsecret_{kind}")


def totp_seed_val():
    return Val("secret", rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32), "totp_seed")


def seed_phrase_val():
    return Val("secret", " ".join(ch(BIP39) for _ in range(12)), "bip39_seed_phrase")


def recovery_codes_val():
    return [Val("secret", f"{rs(LOWER + DIGITS, 5)}-{rs(LOWER + DIGITS, 5)}", "recovery_code") for _ in range(R.randint(2, 4))]


def wireguard_key_val():
    return Val("secret", rs(B64, 42) + ch("AEIMQUYcgkosw048") + "=", "wireguard_private_key")


def age_key_val():
    return Val("secret", "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), "age_secret_key")


def eth_key_val():
    return Val("secret", "0x" + rs(HEXL, 64), "eth_private_key")


def signing_secret_val(kind=None):
    kind = kind or ch(["stripe_whsec", "slack_signing", "github_webhook", "svix"])
    v = {"stripe_whsec": lambda: "whsec_" + mixed_token(AN, 32), "slack_signing": lambda: rs(HEXL, 32),
         "github_webhook": lambda: mixed_token(AN, 40), "svix": lambda: "whsec_" + rs(B64[:-2], 32)}[kind]()
    return Val("secret", v, f"signing_{kind}")


# IPs --------------------------------------------------------------------------------------------------------

import ipaddress

WELL_KNOWN_PUBLIC = {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "208.67.222.222"}


def ipv4_public():
    while True:
        s = f"{R.randint(2, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        a = ipaddress.ip_address(s)
        if a.is_global and not a.is_multicast and s not in WELL_KNOWN_PUBLIC and not s.startswith("100."):
            return s


V6_PREFIXES = ["2a02:8108", "2a02:810d", "2003:e8", "2003:c1", "2a01:cb00", "2a01:cb1c", "2600:1700", "2601:645",
               "2a00:23c5", "2a00:23c7", "240e:3b2", "2409:8a1e", "2405:6586", "2a01:e0a", "2804:14d", "2a0a:a544",
               "2001:1c02", "2a02:a45f", "2602:306", "2a04:4a43"]


def ipv6_public(style=None):
    pre = ch(V6_PREFIXES)
    head = pre.split(":")
    groups = head + [format(R.randint(0, 0xFFFF), "x") for _ in range(8 - len(head))]
    style = style or weighted([("full", 3), ("compressed", 3), ("upper", 1), ("padded", 1)])
    if style == "compressed":
        groups = groups[:4] + ["0", "0"] + groups[6:]
        s = str(ipaddress.ip_address(":".join(groups)))
    elif style == "upper":
        s = ":".join(groups).upper()
    elif style == "padded":
        s = ":".join(g.zfill(4) for g in groups)
    else:
        s = ":".join(groups)
    assert ipaddress.ip_address(s).is_global
    return s, style


def ip_val(v6=None):
    v6 = maybe(0.25) if v6 is None else v6
    if v6:
        s, style = ipv6_public()
        return Val("ip", s, f"ipv6_{style}", ("ip", s))
    s = ipv4_public()
    return Val("ip", s, "ipv4", ("ip", s))


# User names (in home paths, prompts, file listings) ---------------------------------------------------------

GENERIC_USERS = {"runner", "ubuntu", "root", "admin", "user", "node", "vscode", "jovyan", "ec2-user", "shared",
                 "public", "default", "app", "www-data", "postgres", "git", "build", "ci", "test", "guest", "dev",
                 "docker", "deploy", "jenkins", "nobody", "home", "users", "local", "max", "src", "data", "code"}


def username_val(p=None, style=None):
    p = p or Person(weighted([(k, 1) for k in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ru",
                                                 "ja", "zh", "ko", "hi")]))
    f, l = p.fl()
    style = style or weighted([("first", 3), ("flast", 3), ("first.last", 2), ("firstlast", 1), ("first_l", 1),
                               ("display_name", 1), ("first_digits", 1), ("title_first", 1)])
    u = {"first": f, "flast": f[0] + l, "first.last": f"{f}.{l}", "firstlast": f + l, "first_l": f"{f}_{l[0]}",
         "display_name": f"{roman(p.first).title()} {roman(p.last).title()}", "first_digits": f + str(R.randint(1, 99)),
         "title_first": roman(p.first).title()}[style]
    if len(u) < 4 or u.lower() in GENERIC_USERS:
        raise Retry
    v = Val("user", u, style)
    v.person = p
    return v


# Account ids -------------------------------------------------------------------------------------------------

def acct(value, shape):
    return Val("account_id", value, shape)


def uuid4():
    return f"{rs(HEXL, 8)}-{rs(HEXL, 4)}-4{rs(HEXL, 3)}-{ch('89ab')}{rs(HEXL, 3)}-{rs(HEXL, 12)}"


ACCOUNT_IDS = {
    "chatgpt_user": lambda: acct("user-" + mixed_token(AN, 24), "chatgpt_user"),
    "openai_org": lambda: acct("org-" + mixed_token(AN, 24), "openai_org"),
    "anthropic_org_uuid": lambda: acct(uuid4(), "anthropic_org_uuid"),
    "stripe_customer": lambda: acct("cus_" + mixed_token(AN, 14), "stripe_customer"),
    "stripe_account": lambda: acct("acct_1" + mixed_token(AN, 15), "stripe_account"),
    "aws_account": lambda: acct(rd(12), "aws_account"),
    "slack_member": lambda: acct("U0" + rs(UPPER + DIGITS, 9), "slack_member"),
    "discord_user": lambda: acct(rd(18, "1234"), "discord_user"),
    "telegram_user": lambda: acct(rd(R.choice([9, 10]), "1234567"), "telegram_user"),
    "azure_subscription": lambda: acct(uuid4(), "azure_subscription"),
    "twilio_account_sid": lambda: acct("AC" + rs(HEXL, 32), "twilio_account_sid"),
    "google_ads_customer": lambda: acct(f"{rd(3)}-{rd(3, DIGITS)}-{rd(4, DIGITS)}", "google_ads_customer"),
    "paypal_payer": lambda: acct(rs(UPPER + DIGITS, 13), "paypal_payer"),
    "steam_id": lambda: acct("7656119" + rd(10, "0123456789"), "steam_id64"),
    "customer_number": lambda: acct(ch([f"{rd(8)}", f"C-{rd(6)}", f"KD{rd(7)}", f"{rd(4)}-{rd(4, DIGITS)}-{rd(2, DIGITS)}"]), "customer_number"),
    "github_user_id": lambda: acct(rd(8), "github_user_id"),
    "gcp_billing": lambda: acct(f"{rs('0123456789ABCDEF', 6)}-{rs('0123456789ABCDEF', 6)}-{rs('0123456789ABCDEF', 6)}", "gcp_billing_account"),
}


def account_val(kind=None):
    return ACCOUNT_IDS[kind or ch(list(ACCOUNT_IDS))]()


# Names ------------------------------------------------------------------------------------------------------

def name_variants(p):
    """(value, shape) variants a known full name can take in text."""
    out = [(p.full, "full"), (p.first, "first_only"), (p.full.upper(), "upper"), (p.full.lower(), "lower")]
    if p.lang not in ("zh", "ja", "ko", "ar", "he", "ru", "vi"):
        out += [(f"{p.last}, {p.first}", "last_comma_first"), (p.last, "last_only"),
                (f"{p.first[0]}. {p.last}", "initial_last")]
        folded = p.full.translate(ASCII_FOLD)
        if folded != p.full:
            out.append((folded, "ascii_folded"))
    return out


# ----------------------------------------------------------------------------------------------------------
# Templates. Each returns a T with text and spans. The driver may wrap the text in a chat-export JSON line.
# ----------------------------------------------------------------------------------------------------------

COUNTS = {k: 0 for k in TARGETS}


CURRENT = [None]  # the kind the driver is filling
CAPS = dict(TARGETS)  # kinds filled later get a lower cap, so that their own templates supply most of them


def want(kind, p=1.0):
    """Whether a template should add an optional value of `kind` (keeps the per-kind totals near target)."""
    return COUNTS[kind] < CAPS[kind] and maybe(p)


def need(kind):
    """Whether a template should include a value of `kind` the line is otherwise built around."""
    return kind == CURRENT[0] or want(kind)


class T:
    def __init__(self, genre, lang="en", wrap=0.0):
        self.genre, self.lang, self.wrap = genre, lang, wrap
        self.spans = []
        self.known = {"names": [], "emails": [], "ids": []}
        self.text = None

    def add(self, v, times=1):
        for _ in range(times):
            self.spans.append(v)
        return v.value

    def done(self, text):
        self.text = text
        return self


def enc_url(v, shape_suffix="urlenc"):
    nv = Val(v.kind, urllib.parse.quote(v.value, safe=""), f"{v.shape}_{shape_suffix}", v.check)
    if nv.value == v.value:
        nv.shape = v.shape
    return nv


def enc_json(v, suffix="json_escaped"):
    s = json.dumps(v.value, ensure_ascii=False)[1:-1]
    return Val(v.kind, s, v.shape if s == v.value else f"{v.shape}_{suffix}", v.check)


def enc_fullwidth(v):
    return Val(v.kind, v.value.translate(FULLWIDTH), f"{v.shape}_fullwidth", v.check)


def lang_phone(lang):
    return phone_val(lang if lang in PHONE_BY_LANG else "en")


def person_for(lang):
    return Person(lang if lang in NAMES else "en")


def ts(fmt="iso"):
    y, mo, d = R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28)
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    if fmt == "iso":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{R.randint(0, 999):03d}Z"
    if fmt == "clf":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        return f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
    if fmt == "syslog":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        return f"{mon} {d:2d} {h:02d}:{mi:02d}:{s:02d}"
    if fmt == "space":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
    return f"{d:02d}.{mo:02d}.{y}"


def order_no():
    return ch([f"{rd(3)}-{rd(7, DIGITS)}-{rd(7, DIGITS)}", f"#{rd(6)}", f"ORD-{R.randint(2022, 2025)}-{rd(5, DIGITS)}",
               f"{rs(UPPER, 2)}{rd(8)}", f"#{R.randint(1000, 99999)}"])


CONTACT = {
    "en": ["Hi, please update my contact details: phone {phone}, email {email}.",
           "You can reach me at {phone} or {email} — whichever is easier.",
           "My new number is {phone}, the old one is disconnected.",
           "Send the signed contract to {email} please, I'm travelling this week.",
           "call me back on {phone} after 5pm",
           "Can you change the account email to {email}? I no longer use the old one.",
           "For the delivery, the driver can call {phone}. Backup email: {email}"],
    "de": ["Hallo, bitte aktualisieren Sie meine Kontaktdaten: Telefon {phone}, E-Mail {email}.",
           "Sie erreichen mich unter {phone} oder per Mail an {email}.",
           "Meine neue Handynummer lautet {phone}.",
           "Bitte schick die Unterlagen an {email}, danke!",
           "Ruf mich einfach zurück: {phone}",
           "Rückfragen gerne an {email} oder telefonisch ({phone})."],
    "fr": ["Bonjour, voici mes coordonnées : tél. {phone}, e-mail {email}.",
           "Vous pouvez me joindre au {phone} ou par mail : {email}",
           "Mon nouveau numéro est le {phone}.",
           "Merci d'envoyer la facture à {email}.",
           "Le livreur peut m'appeler au {phone}."],
    "es": ["Hola, mis datos de contacto: teléfono {phone}, correo {email}.",
           "Me puedes llamar al {phone} o escribir a {email}.",
           "Mi nuevo número es {phone}.",
           "Envía la factura a {email}, por favor."],
    "it": ["Ciao, i miei recapiti: cell. {phone}, email {email}.",
           "Potete contattarmi al {phone} oppure scrivere a {email}.",
           "Il mio nuovo numero è {phone}."],
    "pt": ["Olá, meus contatos: celular {phone}, e-mail {email}.",
           "Pode me ligar no {phone} ou mandar e-mail para {email}.",
           "Meu número novo é {phone}, salva aí."],
    "nl": ["Hoi, mijn gegevens: tel. {phone}, e-mail {email}.",
           "Je kunt me bereiken op {phone} of via {email}.",
           "Mijn nieuwe nummer is {phone}."],
    "pl": ["Dzień dobry, moje dane kontaktowe: tel. {phone}, e-mail {email}.",
           "Proszę dzwonić na {phone} lub pisać na {email}."],
    "sv": ["Hej! Mina kontaktuppgifter: tel {phone}, e-post {email}.", "Ring mig på {phone} eller mejla {email}."],
    "tr": ["Merhaba, iletişim bilgilerim: telefon {phone}, e-posta {email}.",
           "Bana {phone} numarasından ya da {email} adresinden ulaşabilirsiniz."],
    "ru": ["Здравствуйте! Мои контакты: тел. {phone}, почта {email}.",
           "Свяжитесь со мной по номеру {phone} или по адресу {email}."],
    "ja": ["お世話になっております。連絡先は電話：{phone}、メール：{email}です。", "携帯番号が{phone}に変わりました。",
           "請求書は{email}宛にお送りください。", "折り返しは{phone}までお願いします（平日18時以降）。"],
    "zh": ["你好，我的联系方式：手机{phone}，邮箱：{email}。", "请打我电话{phone}，或者发邮件到{email}。",
           "我的新号码是{phone}，谢谢！", "发票请寄到{email}（工作日都在）。"],
    "ko": ["안녕하세요. 제 연락처는 {phone}, 이메일은 {email} 입니다.", "휴대폰 번호가 {phone}(으)로 바뀌었습니다."],
    "ar": ["مرحبا، رقم هاتفي هو {phone} وبريدي الإلكتروني {email}", "يمكنك التواصل معي على الرقم {phone}"],
    "he": ["שלום, הטלפון שלי {phone} והמייל {email}", "אפשר להתקשר אליי ל-{phone}"],
    "hi": ["नमस्ते, मेरा मोबाइल नंबर {phone} है और ईमेल {email} है।", "Bhai mera number {phone} hai, WhatsApp kar dena"],
    "vi": ["Chào anh, số điện thoại của em là {phone}, email {email}.", "Gọi cho mình qua số {phone} nhé."],
}


def fill(template, t, **vals):
    """Fill {placeholders} with labelled values (Val) or plain strings; labels each Val once per occurrence."""
    out = template
    for key, v in vals.items():
        token = "{" + key + "}"
        n = out.count(token)
        if n == 0:
            continue
        if isinstance(v, Val):
            t.add(v, n)
            out = out.replace(token, v.value)
        else:
            out = out.replace(token, str(v))
    return out


def t_chat_contact():
    lang = ch(list(CONTACT))
    t = T("chat_contact", lang, wrap=0.3)
    ok = [s for s in CONTACT[lang] if all(need(k) for k in ("phone", "email") if "{" + k + "}" in s)]
    s = ch(ok or [s for s in CONTACT[lang] if "{" + CURRENT[0] + "}" in s] or CONTACT[lang])
    p = person_for(lang if lang in NAMES else "en")
    email = email_val(p) if maybe(0.93) else email_idn()
    phone = lang_phone(lang)
    if lang in ("ar", "he") and maybe(0.3):
        s = s.replace("{phone}", "\u200e{phone}\u200e")
    if lang == "ja" and maybe(0.2):
        phone = enc_fullwidth(phone)
    return t.done(fill(s, t, phone=phone, email=email))


SIG_TITLES = {
    "en": ["Senior Account Manager", "Head of Procurement", "Project Lead", "Office Manager", "Freelance Designer"],
    "de": ["Teamleiterin Vertrieb", "Geschäftsführer", "Projektleitung", "Sachbearbeiterin Buchhaltung"],
    "fr": ["Chargée de clientèle", "Directeur technique", "Responsable RH"],
    "es": ["Jefa de compras", "Director comercial", "Responsable de logística"],
    "it": ["Responsabile acquisti", "Amministratore"], "pt": ["Gerente de contas", "Analista financeira"],
    "nl": ["Projectmanager", "Inkoper"], "pl": ["Kierownik projektu", "Księgowa"], "sv": ["Projektledare"],
    "ja": ["営業部 課長", "総務部"], "zh": ["销售经理", "采购部主管"], "ko": ["영업팀 과장"],
}
SIG_CLOSINGS = {"en": ["Best regards,", "Kind regards,", "Thanks,", "Cheers,"], "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
                "fr": ["Cordialement,", "Bien à vous,"], "es": ["Saludos cordiales,", "Un saludo,"], "it": ["Cordiali saluti,"],
                "pt": ["Atenciosamente,", "Abraços,"], "nl": ["Met vriendelijke groet,"], "pl": ["Pozdrawiam,"],
                "sv": ["Vänliga hälsningar,"], "ja": ["よろしくお願いいたします。"], "zh": ["此致敬礼"], "ko": ["감사합니다."]}
SIG_LABELS = {"en": ("Tel", "Mobile", "Email"), "de": ("Tel.", "Mobil", "E-Mail"), "fr": ("Tél.", "Portable", "Courriel"),
              "es": ("Tel.", "Móvil", "Correo"), "it": ("Tel.", "Cell.", "Email"), "pt": ("Tel.", "Celular", "E-mail"),
              "nl": ("Tel.", "Mobiel", "E-mail"), "pl": ("Tel.", "Kom.", "E-mail"), "sv": ("Tel", "Mobil", "E-post"),
              "ja": ("TEL", "携帯", "E-mail"), "zh": ("电话", "手机", "邮箱"), "ko": ("전화", "휴대폰", "이메일")}


def t_email_signature():
    lang = ch(list(SIG_TITLES))
    t = T("email_signature", lang, wrap=0.2)
    p = person_for(lang)
    company_dom = ch(COMPANY_DOMAINS)
    company = company_dom.split(".")[0].replace("-", " ").title()
    lines = []
    body = {"en": "Please find the revised quote attached.", "de": "anbei das überarbeitete Angebot.",
            "fr": "Veuillez trouver ci-joint le devis révisé.", "es": "Adjunto el presupuesto revisado.",
            "it": "In allegato il preventivo aggiornato.", "pt": "Segue em anexo a proposta revisada.",
            "nl": "In de bijlage vindt u de aangepaste offerte.", "pl": "W załączniku przesyłam poprawioną ofertę.",
            "sv": "Bifogar den uppdaterade offerten.", "ja": "修正版のお見積書を添付いたします。", "zh": "附件是修改后的报价单。",
            "ko": "수정된 견적서를 첨부합니다."}[lang]
    lines.append(body)
    lines.append("")
    lines.append(ch(SIG_CLOSINGS[lang]))
    if want("name", 0.7):
        known = maybe(0.4)
        if known:
            t.known["names"].append(p.full)
        lines.append(t.add(Val("name", p.full, "signature_known" if known else "signature_unknown")))
    else:
        lines.append(p.first[0] + ".")
    lines.append(ch(SIG_TITLES[lang]) + (" | " if maybe(0.5) else "\n") + company)
    tel, mob, mail = SIG_LABELS[lang]
    sep = ch([": ", " ", " | ", ":\t"]) if lang not in ("ja", "zh") else "："
    if want("phone", 0.5):
        lines.append(f"{tel}{sep}{t.add(lang_phone(lang))}")
    if need("phone"):
        lines.append(f"{mob}{sep}{t.add(lang_phone(lang))}")
    if need("email") or not t.spans:
        em = email_val(p, domain=company_dom)
        if p.full in t.known["names"] and maybe(0.6):
            t.known["emails"].append(em.value)
            em.shape = "signature_known_" + em.shape
        lines.append(f"{mail}{sep}{t.add(em)}" if maybe(0.8) else t.add(em))
    if maybe(0.3):
        lines.append(f"www.{company_dom}")
    return t.done("\n".join(lines))


def t_email_headers():
    lang = ch(["en", "de", "fr", "es", "nl", "it"])
    t = T("email_headers", lang, wrap=0.15)
    a, b = person_for(lang), person_for(lang)
    ea, eb = email_val(a), email_val(b)
    style = ch(["quoted", "plain", "angle_only"])
    def addr(p, e):
        if style == "quoted":
            return f'"{t.add(Val("name", p.full, "header_display_name")) if want("name", 0.5) else p.first}" <{t.add(e)}>'
        if style == "plain":
            return f"{p.first} {p.last[0]}. <{t.add(e)}>"
        return f"<{t.add(e)}>"
    lines = [f"From: {addr(a, ea)}", f"To: {addr(b, eb)}"]
    if maybe(0.4):
        c = email_val()
        lines.append(f"Cc: {t.add(c)}")
    lines += [f"Date: {ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {R.randint(1, 28)} {ch(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} 2024 {R.randint(8, 18):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0{ch('12')}00",
              f"Subject: {ch(['Re: Angebot', 'Fwd: invoice', 'RE: Terminbestätigung', 'Re: onboarding docs', 'TR: devis'])} {R.randint(100, 999)}",
              f"Message-ID: <{rs(HEXL, 16)}.{rd(10)}@{ch(['mail.gmail.com', 'eurprd04.prod.outlook.com', 'mx.web.de'])}>"]
    if maybe(0.4):
        lines.insert(1, f"Reply-To: {t.add(email_val(a, style='plus_tag'))}")
    return t.done("\n".join(lines))


def t_vcard():
    lang = ch(["en", "de", "fr", "es", "nl", "ja", "pt"])
    t = T("vcard", lang, wrap=0.2)
    p = person_for(lang)
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    if want("name", 0.6):
        nm = Val("name", p.full, "vcard_fn")
        lines.append(f"FN:{t.add(nm)}")
    lines.append(f"TEL;TYPE=CELL:{t.add(lang_phone(lang))}")
    if maybe(0.5):
        lines.append(f"TEL;TYPE=WORK,VOICE:{t.add(lang_phone(lang))}")
    if need("email"):
        lines.append(f"EMAIL;TYPE=INTERNET:{t.add(email_val(p))}")
    lines.append(f"ORG:{ch(COMPANY_DOMAINS).split('.')[0].title()}")
    lines.append("END:VCARD")
    return t.done("\n".join(lines))


def t_csv_contacts():
    lang = ch(["en", "de", "fr", "es", "pt", "nl", "it", "pl"])
    t = T("csv_export", lang, wrap=0.15)
    sep = ch([",", ";", ",", "\t"])
    cols = ["id", "name", "email", "phone", "signup_ip", "created_at"] if lang == "en" else \
        {"de": ["Kd-Nr", "Name", "E-Mail", "Telefon", "IP", "Angelegt"], "fr": ["id", "nom", "courriel", "téléphone", "ip", "créé_le"],
         "es": ["id", "nombre", "correo", "teléfono", "ip", "alta"], "pt": ["id", "nome", "email", "telefone", "ip", "criado_em"],
         "nl": ["klantnr", "naam", "e-mail", "telefoon", "ip", "aangemaakt"], "it": ["id", "nome", "email", "telefono", "ip", "creato"],
         "pl": ["id", "imie_nazwisko", "email", "telefon", "ip", "utworzono"]}[lang]
    use_ip = want("ip", 0.6)
    use_name = want("name", 0.3)
    use_email = need("email")
    if not use_ip:
        cols = cols[:4] + cols[5:]
    if not use_email:
        cols = cols[:2] + cols[3:]
    rows = [sep.join(cols)]
    for _ in range(R.randint(2, 3)):
        p = person_for(lang)
        cells = [str(R.randint(10000, 99999))]
        cells.append(t.add(Val("name", p.full, "csv_cell")) if use_name else p.first[0] + ". " + p.last[0] + ".")
        if use_email:
            cells.append(t.add(email_val(p)))
        ph = lang_phone(lang)
        if sep in ph.value:
            cells.append('"' + t.add(ph) + '"')
        else:
            cells.append(t.add(ph))
        if use_ip:
            cells.append(t.add(ip_val()))
        cells.append(ts("space"))
        rows.append(sep.join(cells))
    return t.done("\n".join(rows))


def t_markdown_contacts():
    lang = ch(["en", "de", "fr", "es"])
    t = T("markdown_table", lang, wrap=0.25)
    head = {"en": "| Name | Role | Email | Phone |", "de": "| Name | Rolle | E-Mail | Telefon |",
            "fr": "| Nom | Rôle | E-mail | Téléphone |", "es": "| Nombre | Rol | Correo | Teléfono |"}[lang]
    rows = [head, "|---|---|---|---|"]
    for _ in range(R.randint(2, 3)):
        p = person_for(lang)
        nm = t.add(Val("name", p.full, "markdown_cell")) if want("name", 0.35) else p.first
        em = t.add(email_val(p)) if need("email") else "—"
        rows.append(f"| {nm} | {ch(['PM', 'Dev', 'QA', 'Sales', 'Support', 'Finance'])} | {em} | {t.add(lang_phone(lang)) if need('phone') else 'ext. ' + rd(3)} |")
    intro = {"en": "Here's the on-call list, can you turn it into a rota?", "de": "Hier die Rufbereitschaftsliste, mach bitte einen Dienstplan draus:",
             "fr": "Voici la liste d'astreinte, peux-tu en faire un planning ?", "es": "Esta es la lista de guardias, ¿puedes hacer un calendario?"}[lang]
    return t.done(intro + "\n\n" + "\n".join(rows))


def t_json_user_record():
    lang = ch(["en", "de", "fr", "es", "pt", "ja", "zh", "ko"])
    t = T("json_api_response", lang, wrap=0.2)
    p = person_for(lang)
    rec = {"id": R.randint(1000, 999999)}
    parts = [f'"id": {rec["id"]}']
    if want("name", 0.4):
        parts.append(f'"full_name": "{t.add(Val("name", p.full, "json_field"))}"')
    if need("email"):
        parts.append(f'"email": "{t.add(email_val(p))}"')
    if need("phone") and maybe(0.8):
        parts.append(f'"phone": "{t.add(lang_phone(lang))}"')
    if want("ip", 0.3):
        parts.append(f'"last_login_ip": "{t.add(ip_val())}"')
    parts.append(f'"created_at": "{ts()}"')
    parts.append(f'"plan": "{ch(["free", "pro", "team"])}"')
    body = "{\n  " + ",\n  ".join(parts) + "\n}"
    intro = ch(["GET /api/v2/users/me returned this, why is the plan wrong?\n", "Response body:\n", "```json\n", ""])
    return t.done(intro + body + ("\n```" if intro.startswith("```") else ""))


def t_sql_insert():
    lang = ch(["en", "de", "fr", "es", "it", "pl"])
    t = T("sql_dump", lang, wrap=0.1)
    rows = []
    for _ in range(R.randint(1, 2)):
        p = person_for(lang)
        vals = [str(R.randint(1, 9999))]
        vals.append("'" + (t.add(Val("name", p.full.replace("'", "''"), "sql_value")) if want("name", 0.25) else p.first[0]) + "'")
        vals.append("'" + t.add(email_val(p)) + "'" if need("email") else "NULL")
        vals.append("'" + t.add(lang_phone(lang)) + "'" if need("phone") else "NULL")
        vals.append(f"'{ts('space')}'")
        rows.append("(" + ", ".join(vals) + ")")
    return t.done("INSERT INTO `customers` (`id`, `name`, `email`, `phone`, `created_at`) VALUES\n" + ",\n".join(rows) + ";")


def t_git_log():
    t = T("git_log", "en", wrap=0.2)
    out = []
    for _ in range(R.randint(1, 2)):
        p = person_for(ch(["en", "de", "fr", "es", "pl", "nl", "sv"]))
        e = email_val(p, style=ch(["first.last", "flast", "plus_tag", "first_digits"]))
        nm = t.add(Val("name", p.full, "git_author")) if want("name", 0.4) else p.first.lower()
        out.append(f"commit {rs(HEXL, 40)}\nAuthor: {nm} <{t.add(e)}>\nDate:   {ch(['Mon', 'Tue', 'Wed'])} {ch(['Mar', 'Apr'])} {R.randint(1, 28)} {R.randint(8, 22)}:{R.randint(10, 59)}:{R.randint(10, 59)} 2024 +0{ch('12')}00\n\n    {ch(['fix: handle empty cart', 'chore(deps): bump axios', 'feat: add SEPA export', 'refactor auth middleware'])}")
    if maybe(0.4):
        p = person_for("en")
        out.append(f"    Co-authored-by: {p.first} <{t.add(email_val(p))}>")
    return t.done("\n\n".join(out))


def t_git_config():
    t = T("git_config", "en", wrap=0.2)
    p = person_for(ch(["en", "de", "fr", "es", "it", "pt"]))
    e = email_val(p)
    if maybe(0.5):
        text = f"$ git config --global user.email \"{t.add(e)}\"\n$ git config --global user.name \"{p.first}\"\n$ git commit -m 'init'\nAuthor identity unknown? no — committed as {t.add(e)}"
    else:
        text = f"[user]\n\tname = {p.first}\n\temail = {t.add(e)}\n[core]\n\teditor = nvim\n[pull]\n\trebase = true"
    return t.done(text)


def t_mail_log():
    t = T("postfix_log", "en", wrap=0.1)
    a, b = email_val(), email_val()
    qid = rs("0123456789ABCDEF", 10)
    ip = ip_val(False) if want("ip", 0.5) else None
    host = f"{ch(['mail', 'smtp', 'mx'])}{R.randint(1, 9)}.{ch(['web.de', 'gmx.net', 'outlook.com', 'orange.fr'])}"
    client = f"{host}[{t.add(ip)}]" if ip else f"{host}[10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}]"
    text = (f"{ts('syslog')} mx1 postfix/smtpd[{R.randint(1000, 40000)}]: {qid}: client={client}\n"
            f"{ts('syslog')} mx1 postfix/qmgr[{R.randint(1000, 40000)}]: {qid}: from=<{t.add(a)}>, size={R.randint(2000, 90000)}, nrcpt=1 (queue active)\n"
            f"{ts('syslog')} mx1 postfix/smtp[{R.randint(1000, 40000)}]: {qid}: to=<{t.add(b)}>, relay={ch(['gmail-smtp-in.l.google.com', 'mx00.web.de'])}[{ch(['142.250.27.26', '212.227.15.41'])}]:25, delay=1.2, status=sent (250 2.0.0 OK)")
    return t.done(text)


def t_whatsapp_export():
    lang = ch(["en", "de", "es", "pt", "it", "hi", "nl"])
    t = T("whatsapp_export", lang, wrap=0.1)
    msgs = {"en": ["Running 10 min late", "can you send me the address again?", "ok see you there"],
            "de": ["Bin gleich da", "Schick mir nochmal die Adresse?", "Passt, bis später"],
            "es": ["Llego en 10 minutos", "¿me mandas la dirección?", "vale, nos vemos"],
            "pt": ["Tô chegando", "me manda o endereço de novo?", "beleza"], "it": ["Arrivo tra 10 minuti", "mi rimandi l'indirizzo?"],
            "hi": ["bas 10 min", "address bhej do please"], "nl": ["Ik ben er zo", "stuur je het adres nog een keer?"]}[lang]
    lines = []
    sender = lang_phone(lang)
    n = R.randint(2, 3)
    for i in range(n):
        d = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/24, {R.randint(7, 22):02d}:{R.randint(0, 59):02d}"
        who = sender.value if i % 2 == 0 else ch(["Me", "Ich", "Yo", "Eu", "Io"])
        lines.append(f"[{d}] {who}: {ch(msgs)}")
    sender_count = sum(1 for i in range(n) if i % 2 == 0)
    t.add(sender, sender_count)
    return t.done("\n".join(lines))


def t_url_form():
    lang = ch(["en", "de", "fr", "es", "it", "nl"])
    t = T("url_encoded", lang, wrap=0.1)
    p = person_for(lang)
    e = enc_url(email_val(p))
    ph = enc_url(lang_phone(lang))
    fields = [f"newsletter={ch(['on', 'off'])}", f"utm_source={ch(['google', 'newsletter'])}"]
    if need("email"):
        fields.append(f"email={t.add(e)}")
    if need("phone"):
        fields.append(f"phone={t.add(ph)}")
    if want("name", 0.3):
        fields.insert(0, "name=" + t.add(enc_url(Val("name", p.full, "form_field"))))
    R.shuffle(fields)
    body = "&".join(fields)
    kind = ch(["post", "get", "log"])
    if kind == "post":
        text = f"POST /api/leads HTTP/1.1\nHost: www.{ch(COMPANY_DOMAINS)}\nContent-Type: application/x-www-form-urlencoded\nContent-Length: {len(body)}\n\n{body}"
    elif kind == "get":
        text = f"https://{ch(COMPANY_DOMAINS)}/signup/confirm?{body}"
    else:
        text = f'{ts("space")} INFO  [webhook] received form submission: "{body}"'
    return t.done(text)


def t_mailto_tel_links():
    lang = ch(["en", "de", "fr", "es"])
    t = T("html_markdown_links", lang, wrap=0.2)
    e, ph = email_val(), lang_phone(lang)
    tel = "".join(c for c in ph.value if c.isdigit() or c == "+")
    telv = Phone(tel, ph.shape + "_tel_uri", ph.region, ph.plain)
    if maybe(0.5):
        text = f'<p>Kontakt: <a href="mailto:{t.add(e)}">{t.add(e)}</a> · <a href="tel:{t.add(telv)}">{t.add(ph)}</a></p>'
    else:
        text = f"- 📧 [{t.add(e)}](mailto:{t.add(e)})\n- 📞 [{t.add(ph)}](tel:{t.add(telv)})"
    if telv.value == ph.value:
        raise Retry
    return t.done(text)


def t_obfuscated_email():
    t = T("forum_post", "en", wrap=0.2)
    p = person_for(ch(["en", "de", "fr"]))
    e = email_val(p, style=ch(["first.last", "flast", "first_digits"]))
    local, dom = e.value.split("@")
    style = ch(["at_dot", "paren", "spaces"])
    if style == "at_dot":
        v = f"{local} [at] {dom.replace('.', ' [dot] ')}"
    elif style == "paren":
        v = f"{local}(at){dom}"
    else:
        v = f"{local} at {dom.split('.')[0]} dot {'.'.join(dom.split('.')[1:])}"
    ov = Val("email", v, f"obfuscated_{style}")
    return t.done(ch(["PM me or write to ", "Interested buyers: ", "Contact: "]) + t.add(ov) + ch([" (no spam pls)", "", " — cheers"]))


def t_sms_log():
    t = T("sms_gateway_log", "en", wrap=0.1)
    to = lang_phone(ch(["en", "de", "fr", "es", "pt", "it", "nl"]))
    e164 = Phone("+" + "".join(c for c in to.value if c.isdigit()) if to.value.startswith(("+", "00")) else to.value, to.shape, to.region, to.plain)
    if e164.value.startswith("+00"):
        e164 = Phone("+" + e164.value[3:], to.shape + "_00", to.region, to.plain)
    kind = ch(["twilio_error", "json"])
    if kind == "twilio_error":
        text = f"twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number {t.add(e164)} is not a valid phone number.\n  code: 21211\n  more_info: https://www.twilio.com/docs/errors/21211"
    else:
        text = json.dumps({"event": "sms.delivered", "to": "@@TO@@", "segments": 1, "provider": ch(["vonage", "messagebird", "sinch"]), "ts": ts()})
        text = text.replace("@@TO@@", t.add(e164))
    return t.done(text)


EMAIL_TASKS = {
    "en": ["Write a polite reply to {email} saying we can't make Friday.", "Forward the last invoice to {email} and cc {email2}.",
           "my login {email} is locked after too many attempts, how do I reset it?", "Is {email} a valid address? The signup form rejects it.",
           "Draft an intro email: me → {email}, subject 'quick intro'."],
    "de": ["Schreib eine freundliche Absage an {email}.", "Mein Login {email} ist nach zu vielen Versuchen gesperrt.",
           "Leite die Rechnung bitte an {email} weiter, in Kopie {email2}."],
    "fr": ["Écris une réponse à {email} pour décaler la réunion.", "Mon identifiant {email} est bloqué, que faire ?"],
    "es": ["Escribe un correo a {email} para confirmar la cita.", "Mi usuario {email} está bloqueado."],
    "it": ["Scrivi una mail a {email} per spostare l'appuntamento."], "pt": ["Escreve um e-mail para {email} confirmando a reunião."],
    "nl": ["Schrijf een mail naar {email} om de afspraak te verzetten."], "pl": ["Napisz maila do {email}, że przesuwamy spotkanie."],
    "ja": ["{email}宛に、打ち合わせの日程変更をお願いするメールを書いてください。"], "zh": ["帮我给{email}写一封邮件，说明会议改期。"],
    "ko": ["{email}에게 회의 일정 변경 메일을 써 주세요."], "ru": ["Напиши письмо на {email} с переносом встречи."],
    "tr": ["{email} adresine toplantıyı ertelediğimizi yazan bir e-posta yaz."], "ar": ["اكتب رسالة إلى {email} لتأجيل الاجتماع"],
    "he": ["תכתוב מייל ל-{email} שהפגישה נדחית"],
}


def t_chat_email_tasks():
    lang = ch(list(EMAIL_TASKS))
    t = T("chat_email_task", lang, wrap=0.4)
    return t.done(fill(ch(EMAIL_TASKS[lang]), t, email=email_val(person_for(lang)), email2=email_val()))


PHONE_TASKS = {
    "en": ["Format these as E.164: {p1}, {p2}", "Remind me to call the plumber at {p1} tomorrow at 9.", "text {p1}: running 10 min late",
           "Which country is {p1} from?"],
    "de": ["Erinner mich morgen, den Handwerker unter {p1} anzurufen.", "Bring die Nummern ins internationale Format: {p1}; {p2}"],
    "fr": ["Rappelle-moi d'appeler le plombier au {p1} demain.", "Mets ces numéros au format international : {p1}, {p2}"],
    "es": ["Recuérdame llamar al fontanero al {p1} mañana.", "¿De qué país es el número {p1}?"],
    "it": ["Ricordami di chiamare l'idraulico al {p1} domani."], "pt": ["Me lembra de ligar pro encanador no {p1} amanhã."],
    "nl": ["Herinner me eraan de loodgieter te bellen op {p1}."], "pl": ["Przypomnij mi, żeby zadzwonić do hydraulika pod {p1}."],
    "ja": ["明日9時に{p1}へ電話するようリマインドして。"], "zh": ["明天提醒我给{p1}回电话。"], "ko": ["내일 {p1}로 전화하라고 알려 줘."],
    "ru": ["Напомни завтра позвонить сантехнику по номеру {p1}."], "tr": ["Yarın {p1} numarasını aramamı hatırlat."],
    "hi": ["kal subah {p1} pe call karna yaad dilana"], "ar": ["ذكرني أن أتصل بالرقم {p1} غدا"], "sv": ["Påminn mig att ringa {p1} i morgon."],
    "vi": ["Nhắc tôi gọi cho số {p1} vào sáng mai."],
}


def t_chat_phone_tasks():
    lang = ch(list(PHONE_TASKS))
    t = T("chat_phone_task", lang, wrap=0.4)
    return t.done(fill(ch(PHONE_TASKS[lang]), t, p1=lang_phone(lang), p2=lang_phone(lang)))


def t_phone_no_cue():
    lang = ch(["de", "en", "fr", "es", "it", "nl", "pt"])
    t = T("chat_phone_bare", lang, wrap=0.3)
    a, b = lang_phone(lang), lang_phone(lang)
    frames = {"de": ["Schichtplan: {a} (früh), {b} (spät)", "{a} — bitte nach 18 Uhr", "Falls zu: {a}"],
              "en": ["Shift cover: {a} (early), {b} (late)", "{a} — after 6pm please", "if the gate is locked: {a}"],
              "fr": ["Astreinte : {a} (matin), {b} (soir)", "{a} après 18h"], "es": ["Guardia: {a} (mañana), {b} (tarde)", "{a} después de las 18h"],
              "it": ["Reperibilità: {a} (mattina), {b} (sera)"], "nl": ["Dienst: {a} (vroeg), {b} (laat)"], "pt": ["Plantão: {a} (manhã), {b} (noite)"]}[lang]
    return t.done(fill(ch(frames), t, a=a, b=b))


def t_cv_header():
    lang = ch(["en", "de", "fr", "es", "it", "pt", "nl", "pl"])
    t = T("cv_resume", lang, wrap=0.3)
    p = person_for(lang)
    city = {"en": "Manchester, UK", "de": "10999 Berlin", "fr": "69003 Lyon", "es": "28013 Madrid", "it": "20121 Milano", "pt": "1200-195 Lisboa",
            "nl": "3011 Rotterdam", "pl": "00-001 Warszawa"}[lang]
    title = {"en": "Curriculum Vitae", "de": "Lebenslauf", "fr": "CV", "es": "Currículum", "it": "Curriculum Vitae", "pt": "Currículo", "nl": "Curriculum vitae", "pl": "CV"}[lang]
    lines = [title, ""]
    if want("name", 0.8):
        known = maybe(0.5)
        if known:
            t.known["names"].append(p.full)
        lines.append(t.add(Val("name", p.full, "cv_header_known" if known else "cv_header_unknown")))
    else:
        lines.append("[Name]")
    lines.append(city)
    if need("phone"):
        lines.append(f"{ch(['☎ ', 'Tel: ', 'Mobile: ', '📱 ', ''])}{t.add(lang_phone(lang))}")
    if need("email"):
        lines.append(f"{ch(['✉ ', 'E-Mail: ', 'Email: ', ''])}{t.add(email_val(p))}")
    lines.append(ch(["github.com/" + ch(["dev-notes", "dataviz-lab", "side-projects"]), "Portfolio: behance.net/gallery", ""]))
    profile = {"en": ("Profile", "Data analyst with 6 years of experience in SQL and Python."), "de": ("Profil", "Projektmanagerin mit Schwerpunkt IT-Infrastruktur."),
               "fr": ("Profil", "Ingénieur logiciel, 8 ans d'expérience."), "es": ("Perfil", "Diseñadora UX con experiencia en fintech."),
               "it": ("Profilo", "Contabile con esperienza in ambito PMI."), "pt": ("Perfil", "Engenheira de dados com foco em cloud."),
               "nl": ("Profiel", "Verpleegkundige met 10 jaar ervaring."), "pl": ("Profil", "Programista Java z 5-letnim doświadczeniem.")}[lang]
    lines += ["", profile[0], profile[1]]
    return t.done("Please improve the wording of my CV:\n\n" + "\n".join(lines) if maybe(0.5) else "\n".join(lines))


def t_support_ticket_full():
    lang = ch(["en", "de", "fr", "es", "nl"])
    t = T("support_ticket", lang, wrap=0.3)
    p = person_for(lang)
    labels = {"en": ("Requester", "Email", "Phone", "Order", "Message", "My parcel never arrived, tracking shows delivered."),
              "de": ("Anfragender", "E-Mail", "Telefon", "Bestellung", "Nachricht", "Mein Paket ist nie angekommen."),
              "fr": ("Demandeur", "E-mail", "Téléphone", "Commande", "Message", "Mon colis n'est jamais arrivé."),
              "es": ("Solicitante", "Correo", "Teléfono", "Pedido", "Mensaje", "Mi paquete nunca llegó."),
              "nl": ("Aanvrager", "E-mail", "Telefoon", "Bestelling", "Bericht", "Mijn pakket is nooit aangekomen.")}[lang]
    lines = [f"#{rd(6)} · {ch(['Open', 'Pending', 'Offen', 'Ouvert'])}"]
    lines.append(f"{labels[0]}: {t.add(Val('name', p.full, 'ticket_field')) if want('name', 0.6) else p.first}")
    if need("email"):
        lines.append(f"{labels[1]}: {t.add(email_val(p))}")
    if need("phone"):
        lines.append(f"{labels[2]}: {t.add(lang_phone(lang))}")
    lines.append(f"{labels[3]}: {order_no()}")
    lines.append(f"{labels[4]}: {labels[5]}")
    return t.done("\n".join(lines))


def t_known_name_chat():
    lang = ch(["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ja", "zh", "ko", "ru", "sv", "tr"])
    t = T("chat_known_identity", lang, wrap=0.5)
    p = person_for(lang)
    t.known["names"].append(p.full)
    variants = [v for v in name_variants(p) if v[0] != p.full or v[1] == "full"]
    variants = [v for v in variants if not (v[1] in ("upper", "lower") and v[0] == p.full)]
    value, shape = ch(variants)
    nv = Val("name", value, "known_" + shape)
    frames = {
        "en": ["Draft a cover letter for me, {n}, applying to the data analyst role.", "Sign it as {n}.", "Hi, I'm {n} — summarise this thread for me?",
               "Please write it from {n}'s perspective, first person.", "Update the footer: 'Prepared by {n}, March 2024'.",
               "In the meeting notes, replace 'me' with {n} and send me the final version.", "My landlord keeps misspelling my name — it's {n}. Write a firm but polite email.",
               "Make a LinkedIn headline for {n}, senior backend engineer, Rust and Go."],
        "de": ["Schreib ein Anschreiben für mich ({n}) auf die Stelle als Projektleiterin.", "Unterschreib bitte mit {n}.",
               "Im Protokoll bitte 'ich' durch {n} ersetzen.", "Mein Vermieter schreibt meinen Namen immer falsch – richtig ist {n}."],
        "fr": ["Rédige une lettre de motivation pour moi, {n}.", "Signe avec « {n} » à la fin.", "Dans le compte rendu, remplace « moi » par {n}."],
        "es": ["Escribe una carta de presentación para mí, {n}.", "Fírmalo como {n}."],
        "it": ["Scrivi una lettera di presentazione per me, {n}.", "Firma come {n}."],
        "pt": ["Escreva uma carta de apresentação para mim, {n}.", "Assine como {n}."],
        "nl": ["Schrijf een sollicitatiebrief voor mij, {n}.", "Onderteken met {n}."],
        "pl": ["Napisz list motywacyjny dla mnie, {n}.", "Podpisz jako {n}."],
        "sv": ["Skriv ett personligt brev åt mig, {n}.", "Signera med {n}."],
        "tr": ["Benim için bir ön yazı yaz, adım {n}.", "{n} olarak imzala."],
        "ru": ["Напиши сопроводительное письмо от моего имени: {n}.", "Подпиши: {n}."],
        "ja": ["私（{n}）の職務経歴書の自己PRを書いてください。", "署名は「{n}」でお願いします。"],
        "zh": ["帮我（{n}）写一封求职信。", "落款写{n}。"],
        "ko": ["저({n})의 자기소개서를 써 주세요.", "서명은 {n}(으)로 해 주세요."],
    }[lang]
    return t.done(fill(ch(frames), t, n=nv))


def t_unknown_name_cue():
    lang = ch(["en", "de", "fr", "es", "it", "nl", "pt"])
    t = T("support_ticket", lang, wrap=0.3)
    p = person_for(lang)
    nv = Val("name", p.full, "unknown_with_cue")
    frames = {"en": ["Ticket #{o}\nCustomer name: {n}\nIssue: parcel marked delivered but never arrived.",
                     "Patient: {n}\nDOB: {dob}\nReason for visit: follow-up", "Passenger: {n} — seat 14C, booking {pnr}"],
              "de": ["Ticket {o}\nKundenname: {n}\nProblem: Paket als zugestellt markiert, aber nie angekommen.",
                     "Patientin: {n}, geb. {dob}"],
              "fr": ["Dossier {o}\nNom du client : {n}\nMotif : remboursement non reçu."],
              "es": ["Caso {o}\nNombre del cliente: {n}\nMotivo: pedido incompleto."],
              "it": ["Pratica {o}\nNominativo: {n}"], "nl": ["Melding {o}\nNaam klant: {n}"],
              "pt": ["Chamado {o}\nNome do cliente: {n}"]}[lang]
    return t.done(fill(ch(frames), t, n=nv, o=order_no(), dob=f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.{R.randint(1950, 2004)}", pnr=rs(UPPER, 6)))


# Cards ------------------------------------------------------------------------------------------------------

CARD_TEXT = {
    "en": ["My card {card} got charged twice for order {o}, can you refund one?", "Card number: {card} exp {exp} CVV {cvv}",
           "I tried paying with {card} but checkout keeps saying 'card declined'.", "use the company card {card} ({exp}) for the AWS bill"],
    "de": ["Meine Karte {card} wurde doppelt belastet (Bestellung {o}).", "Kartennummer: {card}, gültig bis {exp}, Prüfnummer {cvv}",
           "Kreditkarte {card} läuft {exp} ab, bitte ersetzen."],
    "fr": ["Ma carte {card} a été débitée deux fois pour la commande {o}.", "Numéro de carte : {card} exp. {exp} cryptogramme {cvv}"],
    "es": ["Me cobraron dos veces en la tarjeta {card}.", "Número de tarjeta: {card} vence {exp} CVV {cvv}"],
    "it": ["Mi hanno addebitato due volte sulla carta {card}.", "Numero carta: {card} scad. {exp} CVV {cvv}"],
    "pt": ["Cobraram duas vezes no meu cartão {card}.", "Número do cartão: {card} validade {exp} CVV {cvv}"],
    "nl": ["Mijn kaart {card} is twee keer afgeschreven.", "Kaartnummer: {card} geldig tot {exp}"],
    "pl": ["Z karty {card} pobrano opłatę dwa razy.", "Numer karty: {card}, ważna do {exp}"],
    "ru": ["С карты {card} списали деньги дважды.", "Номер карты: {card}, срок {exp}, CVC {cvv}"],
    "tr": ["{card} numaralı kartımdan iki kez çekim yapıldı.", "Kart numarası: {card} SKT {exp}"],
    "ja": ["カード番号：{card}　有効期限：{exp}", "{card}のカードで二重に請求されています。"],
    "zh": ["我的卡号：{card}，有效期{exp}。", "用卡{card}付款失败了，怎么回事？"],
    "ko": ["카드번호: {card} 유효기간 {exp}", "{card} 카드로 결제가 두 번 됐어요."],
    "ar": ["رقم البطاقة: {card} تاريخ الانتهاء {exp}", "تم خصم المبلغ مرتين من بطاقتي {card}"],
    "he": ["מספר כרטיס: {card} תוקף {exp}"], "sv": ["Kortnummer: {card}, giltigt till {exp}"],
    "hi": ["mera card {card} se do baar paise kat gaye", "कार्ड नंबर: {card} एक्सपायरी {exp}"],
}
CARD_NET_BY_LANG = {"ru": ["mir", "mir", "visa", "mastercard"], "ja": ["jcb", "jcb", "visa"], "zh": ["unionpay", "unionpay19", "unionpay"],
                    "tr": ["troy", "mastercard", "visa"], "hi": ["rupay", "rupay", "visa"], "pt": ["elo", "hipercard", "visa", "mastercard"],
                    "ko": ["bc_card", "visa", "mastercard"], "sv": ["dankort", "visa", "mastercard"], "en": [None, None, None, "verve", "uatp"]}


def card_for(lang):
    net = ch(CARD_NET_BY_LANG.get(lang, [None]))
    return card_val(net)


def exp_str():
    return ch([f"{R.randint(1, 12):02d}/{R.randint(25, 31)}", f"{R.randint(1, 12):02d}/20{R.randint(25, 31)}", f"{R.randint(1, 12):02d}-{R.randint(25, 31)}"])


def t_chat_card():
    lang = ch(list(CARD_TEXT))
    t = T("chat_payment", lang, wrap=0.3)
    c = card_for(lang)
    if lang == "ja" and maybe(0.3):
        c = enc_fullwidth(c)
    return t.done(fill(ch(CARD_TEXT[lang]), t, card=c, exp=exp_str(), cvv=rd(3), o=order_no()))


def t_card_payload():
    t = T("payment_debug_log", "en", wrap=0.15)
    c = card_val(style="plain") if maybe(0.7) else card_val()
    style = ch(["json", "form", "log", "python_dict"])
    if style == "json":
        text = ('{"amount": %d, "currency": "%s", "source": {"object": "card", "number": "%s", "exp_month": %d, "exp_year": %d, "cvc": "%s"}}'
                % (R.randint(500, 99999), ch(["eur", "usd", "gbp"]), t.add(c), R.randint(1, 12), R.randint(2025, 2031), rd(3)))
        text = ch(["request payload that fails validation:\n", "POST /v1/charges\n", ""]) + text
    elif style == "form":
        text = f"card[number]={t.add(c)}&card[exp_month]={R.randint(1, 12)}&card[exp_year]={R.randint(2025, 2031)}&card[cvc]={rd(3)}&amount={R.randint(100, 9999)}"
    elif style == "log":
        text = f"{ts('space')} DEBUG PaymentService - tokenize request pan={t.add(c)} expiry={exp_str()} merchant=MID{rd(8)}"
    else:
        text = f">>> payload\n{{'card_number': '{t.add(c)}', 'holder': '{ch(['J SMITH', 'M MUELLER', 'A ROSSI'])}', 'exp': '{exp_str()}'}}"
    return t.done(text)


def t_card_table():
    lang = ch(["en", "de", "fr", "es"])
    t = T("spreadsheet_paste", lang, wrap=0.15)
    head = {"en": "Cardholder\tCard number\tLimit\tCost centre", "de": "Karteninhaber\tKartennummer\tLimit\tKostenstelle",
            "fr": "Titulaire\tNuméro de carte\tPlafond\tCentre de coût", "es": "Titular\tNúmero de tarjeta\tLímite\tCentro de coste"}[lang]
    rows = [head]
    for _ in range(R.randint(2, 3)):
        p = person_for(lang)
        holder = t.add(Val("name", p.full, "spreadsheet_cell")) if want("name", 0.3) else p.last.upper()[:3] + "***"
        rows.append(f"{holder}\t{t.add(card_val())}\t{R.randint(1, 20)}000\tKST-{rd(4)}")
    return t.done(ch(["Can you sum the limits per cost centre?\n", "Bitte als Tabelle formatieren:\n", ""]) + "\n".join(rows))


def t_card_sql_csv():
    t = T("sql_dump", "en", wrap=0.1)
    rows = []
    for _ in range(R.randint(1, 3)):
        c = card_val(style=ch(["plain", "plain", "space"]))
        rows.append(f"({R.randint(1, 99999)}, '{t.add(c)}', '{exp_str()}', {R.randint(1, 500)}.{R.randint(0, 99):02d}, '{ts('space')}')")
    if maybe(0.5):
        text = "-- legacy table, found while migrating\nINSERT INTO payments (id, card_no, expiry, amount, created) VALUES\n" + ",\n".join(rows) + ";"
    else:
        text = "id,card_no,expiry,amount,created\n" + "\n".join(r.strip("()").replace("'", "").replace(", ", ",") for r in rows)
    return t.done(text)


def t_card_transcript():
    lang = ch(["en", "de", "es", "fr"])
    t = T("call_transcript", lang, wrap=0.3)
    c = card_for(lang)
    digits_spoken = ch([True, False])
    lines = {"en": ["Agent: For verification, can you read me the long number on the card?", "Caller: Sure, it's {card}.", "Agent: And the expiry? Caller: {exp}."],
             "de": ["Mitarbeiter: Können Sie mir die Kartennummer nennen?", "Anrufer: Ja, {card}.", "Mitarbeiter: Ablaufdatum? Anrufer: {exp}."],
             "es": ["Agente: ¿Me indica el número de la tarjeta?", "Cliente: Claro, {card}.", "Agente: ¿Y la caducidad? Cliente: {exp}."],
             "fr": ["Conseiller : Pouvez-vous me donner le numéro de la carte ?", "Client : Oui, {card}.", "Conseiller : Date d'expiration ? Client : {exp}."]}[lang]
    return t.done(fill("\n".join(lines), t, card=c, exp=exp_str()) + ("\n[auto-transcribed]" if digits_spoken else ""))


# Government ids and IBANs -------------------------------------------------------------------------------------

GOV_LANG = {"us_": "en", "uk_": "en", "de_": "de", "fr_": "fr", "es_": "es", "it_": "it", "nl_": "nl", "pl_": "pl", "pt_": "pt",
            "be_": "fr", "se_": "sv", "fi_": "en", "no_": "en", "dk_": "en", "ch_": "de", "ie_": "en", "ca_": "en",
            "au_": "en", "cn_": "zh", "jp_": "ja", "kr_": "ko", "tr_": "tr", "il_": "he", "za_": "en", "br_": "pt",
            "ar_": "es", "cl_": "es", "mx_": "es", "in_": "en", "ee_": "en", "lt_": "en", "ro_": "en", "bg_": "en",
            "cz_": "en", "hr_": "en", "gr_": "en", "is_": "en", "at_": "de", "th_": "en", "pk_": "en"}
GOV_FRAMES = {
    "en": ["My {label} is {id}.", "{label}: {id}", "here's my {label} {id} for the background check form",
           "Can you check if this {label} looks right? {id}", "Applicant details — {label} {id}, start date next Monday."],
    "de": ["Meine {label} lautet {id}.", "{label}: {id}", "Für die Lohnabrechnung: {label} {id}"],
    "fr": ["Mon {label} est {id}.", "{label} : {id}", "Pour le dossier : {label} {id}"],
    "es": ["Mi {label} es {id}.", "{label}: {id}", "Datos para el contrato — {label} {id}"],
    "it": ["Il mio {label} è {id}.", "{label}: {id}"], "pt": ["Meu {label} é {id}.", "{label}: {id}"],
    "nl": ["Mijn {label} is {id}.", "{label}: {id}"], "pl": ["Mój numer {label} to {id}.", "{label}: {id}"],
    "sv": ["Mitt {label} är {id}.", "{label}: {id}"], "tr": ["{label}: {id}", "{label} numaram {id}."],
    "zh": ["我的{label}：{id}，请帮忙核对。", "{label}是{id}。"], "ja": ["{label}：{id}（通知カードの番号です）", "私の{label}は{id}です。"],
    "ko": ["{label}: {id}", "제 {label}는 {id}입니다."], "he": ["{label}: {id}", "מספר הזהות שלי {id}"],
}


def gov_lang(v):
    for pre, lang in GOV_LANG.items():
        if v.shape.startswith(pre):
            return lang
    return "en"


def t_chat_gov_id():
    v = weighted(GOV_IDS)()
    lang = gov_lang(v)
    t = T("chat_identity_document", lang, wrap=0.3)
    frame = ch(GOV_FRAMES.get(lang, GOV_FRAMES["en"]))
    if lang == "he" and "מספר הזהות" in frame:
        return t.done(fill(frame, t, id=v))
    return t.done(fill(frame, t, label=gov_label(v), id=v))


IBAN_TEXT = {
    "en": ["Please pay the invoice to IBAN {iban} (BIC {bic}).", "bank details: {iban}", "refund to my account {iban} please"],
    "de": ["Bitte überweisen Sie den Betrag auf mein Konto: IBAN {iban}, BIC {bic}.", "Bankverbindung: {iban}", "Erstattung bitte auf {iban}"],
    "fr": ["Merci de virer le remboursement sur mon compte : IBAN {iban}", "RIB : {iban} — BIC {bic}"],
    "es": ["Por favor, haz la transferencia a mi cuenta {iban}.", "IBAN: {iban}"],
    "it": ["Potete fare il bonifico sull'IBAN {iban}?", "Coordinate bancarie: {iban}"],
    "nl": ["Het bedrag graag overmaken naar {iban} t.n.v. mij.", "Rekeningnummer (IBAN): {iban}"],
    "pl": ["Proszę o przelew na konto {iban}.", "Nr rachunku: {iban}"], "pt": ["Transferência para o IBAN {iban}, obrigado."],
    "ja": ["口座（IBAN）：{iban}へお振込みください。"], "zh": ["收款账户IBAN：{iban}，谢谢。"],
}
IBAN_LANG = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "LU": "fr", "ES": "es", "IT": "it", "NL": "nl", "PL": "pl", "PT": "pt", "BR": "pt"}


def bic():
    return rs(UPPER, 4) + ch(["DE", "FR", "ES", "IT", "NL", "GB", "BE", "AT"]) + rs(UPPER + DIGITS, 2) + ch(["", "XXX"])


def t_chat_iban():
    v = iban_val()
    cc = v.check[2][:2]
    lang = IBAN_LANG.get(cc, ch(["en", "en", "ja", "zh"]))
    t = T("chat_bank_details", lang, wrap=0.3)
    return t.done(fill(ch(IBAN_TEXT[lang]), t, iban=v, bic=bic()))


def t_hr_form():
    lang = ch(["en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv"])
    t = T("hr_onboarding_form", lang, wrap=0.2)
    p = person_for(lang)
    labels = {"en": ("Full name", "Date of birth", "Private email", "Mobile", "Bank (IBAN)"),
              "de": ("Name", "Geburtsdatum", "Private E-Mail", "Handy", "IBAN"),
              "fr": ("Nom complet", "Date de naissance", "E-mail perso", "Portable", "IBAN"),
              "es": ("Nombre completo", "Fecha de nacimiento", "Correo personal", "Móvil", "IBAN"),
              "nl": ("Naam", "Geboortedatum", "Privé e-mail", "Mobiel", "IBAN"),
              "it": ("Nome e cognome", "Data di nascita", "Email personale", "Cellulare", "IBAN"),
              "pt": ("Nome completo", "Data de nascimento", "E-mail pessoal", "Celular", "IBAN"),
              "pl": ("Imię i nazwisko", "Data urodzenia", "E-mail prywatny", "Telefon", "IBAN"),
              "sv": ("Namn", "Födelsedatum", "Privat e-post", "Mobil", "IBAN")}[lang]
    nat = {"en": ch([id_us_ssn, id_uk_nino, id_ca_sin, id_au_tfn, id_ie_pps]), "de": ch([id_de_steuer, id_at_svnr, id_ch_ahv]),
           "fr": ch([id_fr_nir, id_be_nn]), "es": ch([id_es_dni, id_es_nie]), "nl": id_nl_bsn, "it": id_it_cf,
           "pt": ch([id_pt_nif, id_br_cpf]), "pl": id_pl_pesel, "sv": id_se_pnr}[lang]()
    iban_cc = {"en": ch(["GB", "IE"]), "de": ch(["DE", "AT", "CH"]), "fr": ch(["FR", "BE"]), "es": "ES", "nl": "NL", "it": "IT",
               "pt": "PT", "pl": "PL", "sv": "SE"}[lang]
    sep = ch([": ", ":\t", " | "])
    rows = []
    rows.append(f"{labels[0]}{sep}{t.add(Val('name', p.full, 'form_field')) if want('name', 0.6) else p.first + ' ' + p.last[0] + '.'}")
    rows.append(f"{labels[1]}{sep}{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.{R.randint(1960, 2003)}")
    rows.append(f"{gov_label(nat)}{sep}{t.add(nat)}")
    if want("email", 0.7):
        rows.append(f"{labels[2]}{sep}{t.add(email_val(p))}")
    if want("phone", 0.7):
        rows.append(f"{labels[3]}{sep}{t.add(lang_phone(lang))}")
    if want("gov_id", 0.8):
        rows.append(f"{labels[4]}{sep}{t.add(iban_val(iban_cc))}")
    intro = {"en": "Can you check this onboarding sheet for missing fields?", "de": "Bitte prüf das Personalblatt auf fehlende Angaben:",
             "fr": "Peux-tu vérifier cette fiche d'embauche ?", "es": "¿Puedes revisar esta ficha de alta?", "nl": "Kun je dit formulier controleren?",
             "it": "Puoi controllare questa scheda?", "pt": "Pode revisar esta ficha?", "pl": "Sprawdź proszę ten formularz:",
             "sv": "Kan du kolla formuläret?"}[lang]
    return t.done(intro + "\n\n" + "\n".join(rows))


def t_payroll_csv():
    lang = ch(["de", "fr", "es", "nl", "en", "it"])
    t = T("payroll_csv", lang, wrap=0.1)
    sep = ";" if lang != "en" else ","
    rows = [sep.join(["personal_nr", "name", "iban", "brutto" if lang == "de" else "gross"])]
    for _ in range(R.randint(2, 3)):
        p = person_for(lang)
        nm = t.add(Val("name", p.full, "csv_cell")) if want("name", 0.25) else p.last[:1] + "."
        cc = {"de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "en": "GB", "it": "IT"}[lang]
        rows.append(sep.join([rd(5), nm, t.add(iban_val(cc, "compact")), f"{R.randint(2500, 9000)},{R.randint(0, 99):02d}"]))
    return t.done("\n".join(rows))


def t_sepa_xml():
    t = T("sepa_xml", "de", wrap=0.1)
    p = person_for(ch(["de", "fr", "nl", "es", "it"]))
    nm = t.add(Val("name", p.full, "xml_element")) if want("name", 0.4) else "Mitglied " + rd(4)
    iban = iban_val(ch(["DE", "FR", "NL", "AT", "ES", "IT", "BE"]), "compact")
    text = (f"<DrctDbtTxInf>\n  <PmtId><EndToEndId>{rs(UPPER + DIGITS, 16)}</EndToEndId></PmtId>\n  <InstdAmt Ccy=\"EUR\">{R.randint(5, 300)}.00</InstdAmt>\n"
            f"  <DrctDbtTx><MndtRltdInf><MndtId>MANDAT-{rd(6)}</MndtId><DtOfSgntr>2023-0{R.randint(1, 9)}-1{R.randint(0, 9)}</DtOfSgntr></MndtRltdInf></DrctDbtTx>\n"
            f"  <Dbtr><Nm>{nm}</Nm></Dbtr>\n  <DbtrAcct><Id><IBAN>{t.add(iban)}</IBAN></Id></DbtrAcct>\n</DrctDbtTxInf>")
    return t.done(ch(["Warum lehnt die Bank diese Lastschrift ab?\n", ""]) + text)


def t_kyc_json():
    t = T("kyc_payload", "en", wrap=0.2)
    v = weighted(GOV_IDS)()
    fields = [f'"document_type": "{v.shape.split("_")[0] + "_" + v.shape.split("_")[1]}"', f'"document_number": "{t.add(v)}"',
              f'"country": "{v.shape[:2].upper()}"', f'"verified": {ch(["true", "false"])}']
    if maybe(0.5):
        fields.append(f'"email": "{t.add(email_val())}"')
    return t.done("{" + ", ".join(fields) + "}")


# IP addresses -------------------------------------------------------------------------------------------------

UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "curl/8.5.0", "python-requests/2.31.0", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"]


def t_access_log():
    t = T("nginx_access_log", "en", wrap=0.1)
    lines = []
    for _ in range(R.randint(1, 3)):
        ip = ip_val()
        path = ch(["/api/v1/login", "/wp-login.php", "/checkout", "/static/app.js", "/.env", "/api/orders?page=2"])
        lines.append(f'{t.add(ip)} - - [{ts("clf")}] "{ch(["GET", "POST"])} {path} HTTP/1.1" {ch(["200", "302", "401", "404", "499"])} {R.randint(100, 9000)} "-" "{ch(UA)}"')
    return t.done("\n".join(lines))


def t_auth_log():
    t = T("sshd_auth_log", "en", wrap=0.1)
    ip = ip_val(False) if maybe(0.8) else ip_val(True)
    pid = R.randint(1000, 90000)
    user = ch(["root", "admin", "oracle", "test", "ubuntu", "git"])
    kind = ch(["failed", "accepted", "invalid"])
    if kind == "failed":
        text = f"{ts('syslog')} web-01 sshd[{pid}]: Failed password for {user} from {t.add(ip)} port {R.randint(30000, 65000)} ssh2"
    elif kind == "invalid":
        text = f"{ts('syslog')} web-01 sshd[{pid}]: Invalid user {user} from {t.add(ip)} port {R.randint(30000, 65000)}"
    else:
        text = f"{ts('syslog')} bastion sshd[{pid}]: Accepted publickey for deploy from {t.add(ip)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{rs(B64[:-2], 43)}"
    if maybe(0.4):
        text += f"\n{ts('syslog')} web-01 fail2ban.actions[{R.randint(100, 999)}]: NOTICE [sshd] Ban {ip.value}"
        t.add(ip)
    return t.done(text)


def t_xff_header():
    t = T("http_request_dump", "en", wrap=0.15)
    ip = ip_val()
    lines = [f"{ch(['GET', 'POST'])} /api/session HTTP/1.1", f"Host: api.{ch(COMPANY_DOMAINS)}",
             f"X-Forwarded-For: {t.add(ip)}, 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}", f"X-Real-IP: {t.add(ip)}",
             f"User-Agent: {ch(UA)}", f"X-Request-Id: {uuid4()}"]
    if maybe(0.3):
        lines.insert(3, f"CF-Connecting-IP: {t.add(ip)}")
    return t.done("\n".join(lines))


IP_CHAT = {"en": ["My home IP is {ip}, can you add it to the allowlist?", "the VPN shows {ip} as my public address, is that right?",
                  "whitelist {ip} in the security group please"],
           "de": ["Meine öffentliche IP ist {ip}, bitte freischalten.", "Kannst du {ip} in der Firewall erlauben?"],
           "fr": ["Mon IP publique est {ip}, tu peux l'ajouter à la liste blanche ?"],
           "es": ["Mi IP pública es {ip}, ¿la añades a la lista blanca?"], "ja": ["自宅のグローバルIPは{ip}です。許可リストに追加してください。"],
           "zh": ["我家的公网IP是{ip}，麻烦加白名单。"], "pt": ["Meu IP público é {ip}, pode liberar?"]}


def t_chat_ip():
    lang = ch(list(IP_CHAT))
    t = T("chat_network", lang, wrap=0.3)
    return t.done(fill(ch(IP_CHAT[lang]), t, ip=ip_val()))


def t_firewall_config():
    t = T("firewall_config", "en", wrap=0.1)
    ip = ip_val(False)
    style = ch(["ufw", "pg_hba", "nginx_allow", "aws_cli", "wireguard", "ssh_config"])
    if style == "ufw":
        text = f"$ sudo ufw allow from {t.add(ip)} to any port 22 proto tcp\nRule added"
    elif style == "pg_hba":
        text = f"# TYPE  DATABASE  USER  ADDRESS            METHOD\nhost    all       all   {t.add(ip)}/32   scram-sha-256"
    elif style == "nginx_allow":
        text = f"location /admin {{\n    allow {t.add(ip)};\n    deny all;\n}}"
    elif style == "aws_cli":
        text = f"aws ec2 authorize-security-group-ingress --group-id sg-{rs(HEXL, 17)} --protocol tcp --port 5432 --cidr {t.add(ip)}/32"
    elif style == "wireguard":
        text = f"[Peer]\nPublicKey = {rs(B64, 43)}=\nEndpoint = {t.add(ip)}:51820\nAllowedIPs = 10.8.0.0/24"
    else:
        text = f"Host homelab\n    HostName {t.add(ip)}\n    User pi\n    Port 2222"
    return t.done(text)


def t_ipv6_log():
    t = T("app_log_json", "en", wrap=0.1)
    s, style = ipv6_public()
    v = Val("ip", s, f"ipv6_{style}", ("ip", s))
    kind = ch(["json", "bracket_port", "mapped"])
    if kind == "json":
        text = json.dumps({"ts": ts(), "level": "warn", "msg": "rate limit exceeded", "remote_addr": "@@", "route": "/api/search"}).replace("@@", t.add(v))
    elif kind == "bracket_port":
        text = f"{ts('space')} [info] connection accepted from [{t.add(v)}]:{R.randint(30000, 65000)}"
    else:
        v4 = ipv4_public()
        mv = Val("ip", "::ffff:" + v4, "ipv4_mapped_v6", ("ip", v4))
        text = f"{ts('space')} WARN  too many login attempts client={t.add(mv)} user_agent=\"{ch(UA)}\""
    return t.done(text)


# User names in paths, prompts and listings ---------------------------------------------------------------------

def home_path(u, os_=None):
    os_ = os_ or ch(["linux", "mac", "win", "win", "wsl_mnt", "gitbash"])
    proj = ch(["src/shop-api", "dev/ml-pipeline", "projects/thesis", "code/infra", "work/dashboard", "repos/mobile-app"])
    if os_ == "linux":
        return f"/home/{u}/{proj}", "linux_home", "/"
    if os_ == "mac":
        return f"/Users/{u}/{proj}", "macos_users", "/"
    if os_ == "win":
        return "C:\\Users\\" + u + "\\" + proj.replace("/", "\\"), "windows_users", "\\"
    if os_ == "wsl_mnt":
        return f"/mnt/c/Users/{u}/{proj}", "wsl_mnt", "/"
    return f"/c/Users/{u}/{proj}", "gitbash", "/"


def t_stack_trace_user():
    t = T("stack_trace", "en", wrap=0.25)
    u = username_val()
    if " " in u.value and maybe(0.7):
        os_ = "win"
    else:
        os_ = ch(["linux", "mac", "win", "wsl_mnt", "gitbash"]) if " " not in u.value else "win"
    base, shape, sep = home_path(u.value, os_)
    uv = Val("user", u.value, f"{shape}_{u.shape}")
    lang = ch(["python", "node", "java", "rust", "go", "dotnet"])
    if lang == "python":
        lines = ["Traceback (most recent call last):",
                 f'  File "{base}{sep}app{sep}main.py", line {R.randint(10, 300)}, in <module>', "    main()",
                 f'  File "{base}{sep}app{sep}db.py", line {R.randint(10, 300)}, in connect',
                 "    conn = psycopg2.connect(dsn)", "psycopg2.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused"]
        n = 2
    elif lang == "node":
        lines = ["TypeError: Cannot read properties of undefined (reading 'map')",
                 f"    at renderList ({base}{sep}src{sep}components{sep}List.tsx:{R.randint(10, 99)}:{R.randint(5, 40)})",
                 f"    at processChild ({base}{sep}node_modules{sep}react-dom{sep}cjs{sep}react-dom-server.node.development.js:{R.randint(1000, 9000)}:{R.randint(5, 40)})",
                 "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"]
        n = 2
    elif lang == "java":
        lines = ["Exception in thread \"main\" java.io.FileNotFoundException: " + base + sep + "config" + sep + "application-local.yml (No such file or directory)",
                 "\tat java.base/java.io.FileInputStream.open0(Native Method)", "\tat com.acme.Boot.main(Boot.java:27)"]
        n = 1
    elif lang == "rust":
        lines = [f"thread 'main' panicked at {base}{sep}src{sep}parser.rs:{R.randint(10, 400)}:{R.randint(5, 60)}:",
                 "called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }",
                 "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"]
        n = 1
    elif lang == "go":
        lines = ["panic: runtime error: invalid memory address or nil pointer dereference", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a5b2c]",
                 "", "goroutine 1 [running]:", "main.(*Server).Start(0x0)", f"\t{base}{sep}cmd{sep}server{sep}main.go:{R.randint(10, 200)} +0x2c"]
        n = 1
    else:
        lines = ["Unhandled exception. System.IO.DirectoryNotFoundException: Could not find a part of the path '" + base + sep + "appsettings.Local.json'.",
                 "   at System.IO.FileSystem.OpenHandle(String fullPath)", f"   at Program.<Main>$(String[] args) in {base}{sep}Program.cs:line {R.randint(5, 80)}"]
        n = 2
    text = "\n".join(lines)
    t.add(uv, text.count(base))
    return t.done(text)


def t_shell_prompt_user():
    t = T("terminal_session", "en", wrap=0.25)
    u = username_val(style=ch(["first", "flast", "firstlast", "first_digits"]))
    host = ch([f"{u.value}-mbp", f"{u.value}-laptop", "DESKTOP-" + rs(UPPER + DIGITS, 7), "fedora", "MacBook-Pro", "thinkpad"])
    style = ch(["bash", "zsh_mac", "ls", "ps", "whoami"])
    if style == "bash":
        text = f"{u.value}@{host}:~/projects/api$ npm run build\n> api@1.4.2 build\n> tsc -p .\n\nsrc/index.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'."
    elif style == "zsh_mac":
        text = f"{u.value}@{host} ~ % brew install postgresql@16\n==> Downloading https://ghcr.io/v2/homebrew/core/postgresql/16/manifests/16.2\n==> Pouring postgresql@16--16.2.arm64_sonoma.bottle.tar.gz\n🍺  /opt/homebrew/Cellar/postgresql@16/16.2: 3,798 files, 67.8MB"
    elif style == "ls":
        host = "x"
        text = (f"$ ls -l docker-compose.yml .env\n-rw-r--r--   1 {u.value}  staff   412 Mar  3 11:02 .env\n"
                f"-rw-r--r--   1 root  wheel  1203 Feb 27 09:15 docker-compose.yml")
    elif style == "ps":
        host = "x"
        text = (f"$ ps aux | grep node\n{u.value}   {R.randint(1000, 60000)}   2.1  1.3 409876 105432 s003  S+   10:22AM   0:03.41 node server.js\n"
                f"root   {R.randint(1000, 60000)}   0.0  0.0 408112   1328 s004  S+   10:25AM   0:00.00 /usr/sbin/cron")
    else:
        host = "x"
        text = ch([f"$ whoami\n{u.value}\n$ groups\nadm sudo docker", f"$ id\nuid=1000({u.value}) gid=1000(staff) groups=1000(staff),27(sudo),999(docker)"])
    n = text.count(u.value)
    uv = Val("user", u.value, f"{style}_{u.shape}")
    t.add(uv, n)
    return t.done(text)


def t_powershell_user():
    t = T("powershell", "en", wrap=0.2)
    u = username_val(style=ch(["display_name", "first", "flast", "title_first"]))
    prompt = f"PS C:\\Users\\{u.value}\\Documents\\scripts>"
    text = (f"{prompt} .\\deploy.ps1 -Environment staging\n.\\deploy.ps1 : File C:\\Users\\{u.value}\\Documents\\scripts\\deploy.ps1 cannot be loaded because running scripts is disabled on this system.\n"
            "    + CategoryInfo          : SecurityError: (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess")
    t.add(Val("user", u.value, f"powershell_{u.shape}"), text.count(u.value))
    return t.done(text)


def t_config_path_user():
    t = T("editor_config", "en", wrap=0.3)
    u = username_val(style=ch(["first", "flast", "first.last", "firstlast"]))
    os_ = ch(["mac", "linux", "win"])
    if os_ == "win":
        esc = "C:\\\\Users\\\\" + u.value + "\\\\AppData\\\\Local\\\\Programs\\\\Python\\\\Python312\\\\python.exe"
        text = '{\n  "python.defaultInterpreterPath": "' + esc + '",\n  "editor.formatOnSave": true\n}'
        shape = "windows_json_escaped"
    elif os_ == "mac":
        text = f'{{\n  "python.defaultInterpreterPath": "/Users/{u.value}/.pyenv/versions/3.12.2/bin/python",\n  "terminal.integrated.cwd": "/Users/{u.value}/work"\n}}'
        shape = "macos_users"
    else:
        text = f"[tool.mypy]\ncache_dir = \"/home/{u.value}/.cache/mypy\"\n\n[tool.pytest.ini_options]\ncache_dir = \"/home/{u.value}/.cache/pytest\""
        shape = "linux_home"
    t.add(Val("user", u.value, f"{shape}_{u.shape}"), text.count(u.value))
    return t.done(text)


def t_agent_cwd_user():
    t = T("agent_session_jsonl", "en", wrap=0.0)
    u = username_val(style=ch(["first", "flast", "first.last", "firstlast", "first_digits"]))
    os_ = ch(["mac", "linux"])
    cwd = f"/Users/{u.value}/src/{ch(['checkout', 'api', 'infra', 'site'])}" if os_ == "mac" else f"/home/{u.value}/code/{ch(['bot', 'etl', 'web'])}"
    line = json.dumps({"type": "user", "message": {"role": "user", "content": "run the tests and fix what fails"}, "uuid": uuid4(),
                       "timestamp": ts(), "cwd": cwd, "sessionId": uuid4(), "version": "2.1.4", "gitBranch": "main"})
    t.add(Val("user", u.value, f"claude_code_cwd_{u.shape}"), line.count(u.value))
    return t.done(line)


def t_misc_paths_user():
    t = T("tool_output", "en", wrap=0.2)
    u = username_val(style=ch(["first", "flast", "first.last", "display_name"]))
    style = ch(["wsl_unc", "file_url", "urlenc", "docker_volume", "npm_log", "pip", "conda", "cygwin", "var_home"])
    v = u.value
    if " " in v and style not in ("wsl_unc", "npm_log", "urlenc", "file_url"):
        style = "npm_log"
    if style == "wsl_unc":
        text = f"Opening \\\\wsl$\\Ubuntu-22.04\\home\\{v.replace(' ', '')}\\projects in Explorer" if " " not in v else f"Copied to C:\\Users\\{v}\\Downloads\\export.csv"
        v = v.replace(" ", "") if " " not in u.value else v
    elif style == "file_url":
        enc = urllib.parse.quote(v)
        text = f"Open file:///Users/{enc}/Desktop/report.html in a browser to view the coverage."
        v = enc
    elif style == "urlenc":
        enc = urllib.parse.quote(f"/Users/{v}/Documents/notes.md", safe="")
        text = f"vscode://file{urllib.parse.quote('/')}?path={enc}&line=12"
        v = urllib.parse.quote(v, safe="")
    elif style == "docker_volume":
        text = f"docker run --rm -v /home/{v}/data:/data -p 8080:80 nginx:1.25"
    elif style == "npm_log":
        text = f"npm ERR! A complete log of this run can be found in: C:\\Users\\{v}\\AppData\\Local\\npm-cache\\_logs\\2024-03-0{R.randint(1, 9)}T10_22_{R.randint(10, 59)}_{R.randint(100, 999)}Z-debug-0.log"
    elif style == "pip":
        text = f"Defaulting to user installation because normal site-packages is not writeable\nRequirement already satisfied: numpy in /home/{v}/.local/lib/python3.11/site-packages (1.26.4)"
    elif style == "conda":
        text = f"# packages in environment at /Users/{v}/miniconda3/envs/torch:\n#\n# Name                    Version                   Build  Channel\npytorch                   2.2.1                  py3.11_0    pytorch"
    elif style == "cygwin":
        text = f"$ cd /cygdrive/c/Users/{v}/Downloads && ./configure --prefix=/usr/local"
    else:
        text = f"Flatpak: installing runtime to /var/home/{v}/.local/share/flatpak (Silverblue)"
    if v not in text:
        raise Retry
    t.add(Val("user", v, f"{style}_{u.shape}"), text.count(v))
    return t.done(text)


# Account ids ------------------------------------------------------------------------------------------------------

def t_chatgpt_export_meta():
    t = T("chat_export_metadata", "en", wrap=0.0)
    uid = account_val("chatgpt_user")
    t.known["ids"].append(uid.value)
    msg = {"id": uuid4(), "message": {"id": uuid4(), "author": {"role": "user", "name": None, "metadata": {}},
           "create_time": R.randint(1700000000, 1750000000) + 0.123, "content": {"content_type": "text", "parts": ["hey, quick question about pandas groupby"]},
           "metadata": {"user_id": "@@UID@@", "request_id": rs(HEXL, 16) + "-" + ch(["FRA", "AMS", "IAD"]), "timestamp_": "absolute"}},
           "parent": uuid4(), "children": [uuid4()]}
    text = json.dumps(msg).replace("@@UID@@", t.add(uid))
    if want("account_id", 0.4):
        org = account_val("openai_org")
        text = text[:-1] + ', "workspace": {"organization_id": "' + t.add(org) + '"}}'
    return t.done(text)


def t_aws_arn_account():
    t = T("aws_cli_output", "en", wrap=0.15)
    a = account_val("aws_account")
    role = ch(["OrganizationAccountAccessRole", "github-actions-deploy", "lambda-exec", "ReadOnly"])
    style = ch(["sts", "error", "policy"])
    if style == "sts":
        text = f'$ aws sts get-caller-identity\n{{\n    "UserId": "AROA{rs(UPPER + "234567", 17)}:botocore-session-{rd(10)}",\n    "Account": "{a.value}",\n    "Arn": "arn:aws:sts::{a.value}:assumed-role/{role}/botocore-session-{rd(10)}"\n}}'
    elif style == "error":
        text = f"An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::{a.value}:user/ci-bot is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{a.value}:role/{role}"
    else:
        text = f'"Principal": {{ "AWS": "arn:aws:iam::{a.value}:root" }},\n"Action": "s3:GetObject",\n"Resource": "arn:aws:s3:::{ch(["invoices-prod", "ml-datasets", "backups-eu"])}/*"'
    t.add(Val("account_id", a.value, f"aws_account_{style}"), text.count(a.value))
    return t.done(text)


def t_stripe_ids():
    t = T("webhook_event_json", "en", wrap=0.15)
    cus = account_val("stripe_customer")
    parts = ['"id": "evt_' + mixed_token(AN, 24) + '"', '"type": "invoice.payment_failed"',
             '"data": {"object": {"id": "in_' + mixed_token(AN, 24) + '", "customer": "' + t.add(cus) + '"']
    if want("email", 0.6):
        parts[-1] += ', "customer_email": "' + t.add(email_val()) + '"'
    parts[-1] += ', "amount_due": ' + str(R.randint(500, 50000)) + "}}"
    if want("account_id", 0.5):
        parts.insert(1, '"account": "' + t.add(account_val("stripe_account")) + '"')
    return t.done("{" + ", ".join(parts) + "}")


def t_slack_ids():
    t = T("slack_export_json", "en", wrap=0.0)
    u = account_val("slack_member")
    p = person_for("en")
    text = json.dumps({"type": "message", "user": "@@U@@", "text": f"<@@@U@@> can you look at the failing deploy?",
                       "ts": f"{R.randint(1700000000, 1750000000)}.{rd(6)}", "team": "T0" + rs(UPPER + DIGITS, 9),
                       "user_profile": {"real_name": "@@N@@" if want("name", 0.5) else p.first, "display_name": p.first.lower()}})
    text = text.replace("@@U@@", u.value)
    t.add(u, text.count(u.value))
    if "@@N@@" in text:
        text = text.replace("@@N@@", t.add(Val("name", p.full, "slack_real_name")))
    return t.done(text)


def t_bot_user_ids():
    t = T("bot_log", "en", wrap=0.1)
    kind = ch(["telegram", "discord"])
    if kind == "telegram":
        uid = account_val("telegram_user")
        p = person_for(ch(["en", "ru", "de", "es"]))
        upd = {"update_id": R.randint(100000000, 999999999), "message": {"message_id": R.randint(1, 9999),
               "from": {"id": int(uid.value), "is_bot": False, "first_name": p.first, "language_code": p.lang},
               "chat": {"id": int(uid.value), "type": "private"}, "date": R.randint(1700000000, 1750000000), "text": "/start"}}
        text = "DEBUG:telegram.ext.Application:Processing update " + json.dumps(upd, ensure_ascii=False)
    else:
        uid = account_val("discord_user")
        text = f"[{ts('space')}] [INFO] discord.client: Command /verify invoked by user_id={uid.value} in guild {rd(18, '9')} — user id {uid.value} already linked"
    t.add(uid, text.count(uid.value))
    return t.done(text)


CUSTOMER_NO = {"en": ["Customer ID: {a}", "my account number is {a}", "Account #{a} — please close it"],
               "de": ["Kundennummer: {a}", "Meine Kundennummer lautet {a}.", "Vertragskonto {a}"],
               "fr": ["N° client : {a}", "Mon numéro de client est le {a}."], "es": ["Nº de cliente: {a}", "Mi número de cliente es {a}."],
               "it": ["Codice cliente: {a}"], "nl": ["Klantnummer: {a}"], "pl": ["Numer klienta: {a}"], "ja": ["お客様番号：{a}"],
               "zh": ["客户编号：{a}"]}


def t_customer_number():
    lang = ch(list(CUSTOMER_NO))
    t = T("support_ticket", lang, wrap=0.3)
    return t.done(fill(ch(CUSTOMER_NO[lang]), t, a=account_val("customer_number")))


def t_cloud_account_ids():
    t = T("cloud_cli_output", "en", wrap=0.15)
    kind = ch(["azure", "twilio", "google_ads", "gcp_billing", "github", "paypal", "steam"])
    if kind == "azure":
        sub, ten = account_val("azure_subscription"), account_val("azure_subscription")
        text = (f'$ az account show\n{{\n  "environmentName": "AzureCloud",\n  "id": "{t.add(sub)}",\n  "isDefault": true,\n  "name": "Pay-As-You-Go",\n'
                f'  "tenantId": "{t.add(Val("account_id", ten.value, "azure_tenant"))}",\n  "user": {{ "name": "{t.add(email_val())}", "type": "user" }}\n}}')
    elif kind == "twilio":
        sid = account_val("twilio_account_sid")
        text = f"client = Client(\"{t.add(sid)}\", os.environ[\"TWILIO_AUTH_TOKEN\"])  # account SID from console"
    elif kind == "google_ads":
        a = account_val("google_ads_customer")
        text = f"google.ads.googleads.errors.GoogleAdsException: Request made: ClientCustomerId: {a.value.replace('-', '')}, Host: googleads.googleapis.com\nCustomer ID: {t.add(a)} is not enabled."
        if a.value.replace("-", "") in text:
            t.add(Val("account_id", a.value.replace("-", ""), "google_ads_customer_plain"))
    elif kind == "gcp_billing":
        a = account_val("gcp_billing")
        text = f"$ gcloud billing projects link ml-sandbox --billing-account={t.add(a)}\nbillingAccountName: billingAccounts/{t.add(a)}\nbillingEnabled: true"
    elif kind == "github":
        a = account_val("github_user_id")
        u = username_val(style=ch(["flast", "firstlast", "first_digits"]))
        text = f'{{"login": "{t.add(Val("user", u.value, "github_login"))}", "id": {t.add(a)}, "node_id": "MDQ6VXNlcj{rs(AN, 8)}", "type": "User", "site_admin": false}}'
    elif kind == "paypal":
        a = account_val("paypal_payer")
        text = f"IPN received: txn_type=cart payer_id={t.add(a)} payer_status=verified mc_gross={R.randint(5, 400)}.00 payer_email={t.add(enc_url(email_val()))}"
    else:
        a = account_val("steam_id")
        text = f"Steam profile: https://steamcommunity.com/profiles/{t.add(a)} (SteamID64 {t.add(a)})"
    return t.done(text)


# API keys in context --------------------------------------------------------------------------------------------

HEADER_NAMES = {"x-api-key": "x-api-key", "api-key": "api-key", "dd-api-key": "DD-API-KEY", "dd-application-key": "DD-APPLICATION-KEY",
                "x-insert-key": "X-Insert-Key", "xi-api-key": "xi-api-key", "x-postmark-server-token": "X-Postmark-Server-Token",
                "x-vault-token": "X-Vault-Token", "x-auth-key": "X-Auth-Key", "apikey": "apikey", "x-figma-token": "X-Figma-Token",
                "x-shopify": "X-Shopify-Access-Token", "private-token": "PRIVATE-TOKEN", "api-token": "Authorization: Api-Token",
                "x-jfrog-art-api": "X-JFrog-Art-Api", "x-aio-key": "X-AIO-Key", "x-algolia-api-key": "X-Algolia-API-Key",
                "x-rapidapi-key": "X-RapidAPI-Key", "x-cmc_pro_api_key": "X-CMC_PRO_API_KEY", "client-id": "Authorization: Client-ID",
                "shippotoken": "Authorization: ShippoToken"}


def any_key(label_only_p=0.18):
    if maybe(label_only_p):
        return api_key_val(label_only=True)
    return api_key_val()


def http_usage(v, t):
    """How key v is sent over HTTP: ("header", line) | ("url", url) | ("user", "-u api:KEY") | ("post_url", url) | ("data", body)."""
    how = v.how
    k = t.add(v)
    host = ch(["api.example-vendor.com", "api.internal.brightpath.io", "api.partner-gateway.net"])
    if how == "url":
        return "post_url", k
    if how == "telegram":
        return "url", f"https://api.telegram.org/bot{k}/getUpdates"
    if how in ("bearer", "npmrc", "pypirc", "docker"):
        return "header", f"Authorization: Bearer {k}"
    if how == "discord":
        return "header", f"Authorization: Bot {k}"
    if how == "token":
        return "header", f"Authorization: token {k}"
    if how == "authorization-raw":
        return "header", f"Authorization: {k}"
    if how == "basic":
        return "user", f"-u api:{k}"
    if how == "ssws":
        return "header", f"Authorization: SSWS {k}"
    if how == "key=":
        return "header", f"Authorization: key={k}"
    if how in ("form", "json"):
        return "data", f"client_secret={k}&grant_type=client_credentials" if how == "form" else '{"secret": "' + k + '"}'
    if how in ("aws", "azure_conn", "env_only"):
        raise Retry
    if how.startswith("query:"):
        return "url", f"https://{host}/v1/data?{how.split(':')[1]}={k}"
    name = HEADER_NAMES.get(how, "X-API-Key")
    if name.startswith("Authorization:"):
        return "header", f"{name} {k}"
    return "header", f"{name}: {k}"


def t_dotenv():
    t = T("dotenv_file", "en", wrap=0.25)
    lines = [ch(["# .env.production", "# .env", "# copied from the server, do not commit", "# local dev"])]
    lines.append(f"NODE_ENV={ch(['production', 'development'])}")
    lines.append(f"PORT={ch(['3000', '8080', '8000'])}")
    for _ in range(R.randint(2, 4)):
        v = any_key()
        env = ch(v.envs)
        q = ch(["", "", '"', "'"])
        lines.append(f"{env}={q}{t.add(v)}{q}")
    if want("secret", 0.6):
        pw = password_val(url_safe=True)
        lines.append(f"DATABASE_URL=postgres://app:{t.add(pw)}@db.{ch(COMPANY_DOMAINS)}:5432/app")
    if want("secret", 0.4):
        s = app_secret_val()
        lines.append(f"{ch(['SECRET_KEY', 'JWT_SECRET', 'SESSION_SECRET', 'APP_KEY', 'NEXTAUTH_SECRET'])}={t.add(s)}")
    if want("email", 0.3):
        lines.append(f"ADMIN_EMAIL={t.add(email_val())}")
    lines.append(f"LOG_LEVEL={ch(['debug', 'info'])}")
    intro = ch(["", "why does my app not pick these up?\n\n", "```\n"])
    return t.done(intro + "\n".join(lines) + ("\n```" if intro == "```\n" else ""))


def t_shell_export():
    t = T("terminal_session", "en", wrap=0.2)
    v = any_key(0.1)
    env = ch(v.envs)
    cmd = ch(["python app.py", "npm run dev", "node scripts/seed.js", "uv run main.py", "go run ./cmd/server"])
    q = ch(["", '"', "'"])
    text = f"$ export {env}={q}{t.add(v)}{q}\n$ {cmd}\n{ch(['Error: 401 Unauthorized', 'listening on :8080', 'Traceback (most recent call last): ...', 'OK'])}"
    if maybe(0.3):
        text = f"$ {env}={t.add(v)} {cmd}\n" + text
    return t.done(text)


CODE_SNIPPETS = {
    "openai_proj": ['from openai import OpenAI\nclient = OpenAI(api_key="{k}")\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{{"role": "user", "content": "hi"}}])',
                    "import OpenAI from 'openai';\nconst openai = new OpenAI({{ apiKey: '{k}' }});"],
    "anthropic_api03": ['import anthropic\nclient = anthropic.Anthropic(api_key="{k}")\nmsg = client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=[{{"role": "user", "content": "Hello"}}])',
                        "const client = new Anthropic({{ apiKey: \"{k}\" }});"],
    "stripe_sk_live": ["import stripe\nstripe.api_key = \"{k}\"\nstripe.Refund.create(payment_intent=\"pi_3P{r}\")", "const stripe = require('stripe')('{k}');",
                       "Stripe.api_key = '{k}'", "\\Stripe\\Stripe::setApiKey('{k}');"],
    "google_aiza": ['const firebaseConfig = {{\n  apiKey: "{k}",\n  authDomain: "my-app-{r}.firebaseapp.com",\n  projectId: "my-app-{r}",\n}};',
                    '<script async src="https://maps.googleapis.com/maps/api/js?key={k}&callback=initMap"></script>',
                    'genai.configure(api_key="{k}")\nmodel = genai.GenerativeModel("gemini-1.5-flash")'],
    "sendgrid": ['sg = SendGridAPIClient("{k}")\nresponse = sg.send(message)', "sgMail.setApiKey('{k}');"],
    "slack_xoxb": ['client = WebClient(token="{k}")\nclient.chat_postMessage(channel="#alerts", text="deploy done")', "const app = new App({{ token: '{k}', signingSecret: process.env.SLACK_SIGNING_SECRET }});"],
    "sentry_dsn": ['Sentry.init({{\n  dsn: "{k}",\n  tracesSampleRate: 1.0,\n}});', 'sentry_sdk.init(dsn="{k}", traces_sample_rate=0.2)'],
    "telegram_bot": ['bot = telebot.TeleBot("{k}")\n\n@bot.message_handler(commands=["start"])\ndef start(m):\n    bot.reply_to(m, "hi")',
                     "requests.post(f\"https://api.telegram.org/bot{k}/sendMessage\", json={{\"chat_id\": chat_id, \"text\": msg}})"],
    "discord_bot": ['client.run("{k}")', "client.login('{k}');"],
    "discord_webhook": ['requests.post("{k}", json={{"content": "Build failed on main"}})'],
    "slack_webhook": ["curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"Hello, World!\"}}' {k}", 'SLACK_WEBHOOK = "{k}"'],
    "supabase_secret": ["const supabase = createClient('https://{r}.supabase.co', '{k}')", "supabase = create_client(\"https://{r}.supabase.co\", \"{k}\")"],
    "supabase_service_role_jwt": ["const supabaseAdmin = createClient(process.env.SUPABASE_URL, '{k}')"],
    "huggingface": ["$ huggingface-cli login --token {k}", "from huggingface_hub import login\nlogin(token=\"{k}\")"],
    "github_ghp": ["$ echo {k} | gh auth login --with-token", "$ git remote set-url origin https://{k}@github.com/{org}/{repo}.git",
                   "const octokit = new Octokit({{ auth: '{k}' }});"],
    "github_ghs": ["$ git clone https://x-access-token:{k}@github.com/{org}/{repo}.git"],
    "github_fine_grained": ['g = Github(auth=Auth.Token("{k}"))', "$ git clone https://oauth2:{k}@github.com/{org}/{repo}.git"],
    "gitlab_glpat": ["$ git clone https://oauth2:{k}@gitlab.com/{org}/{repo}.git", 'gl = gitlab.Gitlab("https://gitlab.com", private_token="{k}")'],
    "npm": ["//registry.npmjs.org/:_authToken={k}\nalways-auth=true", "$ npm config set //registry.npmjs.org/:_authToken {k}"],
    "pypi": ["[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {k}", "$ twine upload -u __token__ -p {k} dist/*"],
    "dockerhub_pat": ["$ echo \"{k}\" | docker login -u acmeci --password-stdin\nLogin Succeeded", "$ docker login -u acmeci -p {k}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin."],
    "aws_akia": ["[default]\naws_access_key_id = {k}\naws_secret_access_key = {k2}\nregion = eu-central-1",
                 "s3 = boto3.client(\"s3\", aws_access_key_id=\"{k}\", aws_secret_access_key=\"{k2}\")"],
    "azure_storage_key": ['AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=st{r};AccountKey={k};EndpointSuffix=core.windows.net"',
                          '"ConnectionStrings": {{ "Blob": "DefaultEndpointsProtocol=https;AccountName=st{r};AccountKey={k};EndpointSuffix=core.windows.net" }}'],
    "azure_openai_84": ['client = AzureOpenAI(api_key="{k}", api_version="2024-10-21", azure_endpoint="https://{r}.openai.azure.com/")'],
    "azure_openai_hex": ['client = AzureOpenAI(api_key="{k}", api_version="2024-02-01", azure_endpoint="https://{r}.openai.azure.com/")'],
    "vault_hvs": ["$ export VAULT_ADDR=https://vault.{r}.internal:8200\n$ export VAULT_TOKEN={k}\n$ vault kv get secret/app"],
    "terraform_cloud": ['credentials "app.terraform.io" {{\n  token = "{k}"\n}}'],
    "onepassword_sa": ["$ export OP_SERVICE_ACCOUNT_TOKEN={k}\n$ op vault list"],
    "mailgun_key": ["$ curl -s --user 'api:{k}' https://api.eu.mailgun.net/v3/mg.{r}.com/messages -F to=test@mailgun.org"],
    "okta_ssws": ["$ curl -H \"Authorization: SSWS {k}\" https://{r}.okta.com/api/v1/users?limit=25"],
    "atlassian": ["$ curl -u {email}:{k} -H 'Accept: application/json' https://{r}.atlassian.net/rest/api/3/myself"],
    "cloudflare_global_key": ["$ curl -H 'X-Auth-Email: {email}' -H 'X-Auth-Key: {k}' https://api.cloudflare.com/client/v4/zones"],
    "firebase_fcm_server": ["curl -X POST -H \"Authorization: key={k}\" -H \"Content-Type: application/json\" https://fcm.googleapis.com/fcm/send -d @payload.json"],
    "mapbox_secret": ["$ curl \"https://api.mapbox.com/tokens/v2?access_token={k}\""],
    "braintree": ["gateway = braintree.BraintreeGateway(access_token=\"{k}\")"],
    "twilio_api_key_sid": ["client = Client(\"{k}\", \"{k2}\", account_sid)"],
}


def t_code_key():
    provider = ch(list(CODE_SNIPPETS))
    t = T("code_snippet", "en", wrap=0.25)
    v = api_key_val(provider)
    snippet = ch(CODE_SNIPPETS[provider])
    k2 = None
    if "{k2}" in snippet:
        if provider == "aws_akia":
            k2 = api_key_val("aws_secret")
        else:
            k2 = Val("api_key", rs(AN, 32), "label_twilio_api_secret")
    vals = {"k": v, "r": rs(LOWER + DIGITS, 8), "org": ch(["acme", "brightpath-io", "kestrel-labs"]), "repo": ch(["api", "infra", "site"])}
    if k2:
        vals["k2"] = k2
    if "{email}" in snippet:
        vals["email"] = email_val()
    text = fill(snippet.replace("{{", "\x00").replace("}}", "\x01"), t, **vals).replace("\x00", "{").replace("\x01", "}")
    intro = ch(["", "This works locally but fails in CI:\n", "Why is this returning 401?\n\n", "can you convert this to TypeScript?\n\n"])
    return t.done(intro + text)


def t_curl_key():
    t = T("curl_command", "en", wrap=0.2)
    v = any_key(0.3)
    kind, usage = http_usage(v, t)
    host = ch(["api.example-vendor.com", "api.openai.com", "api.anthropic.com", "api.stripe.com", "api.partner-gateway.net"])
    if kind == "url":
        text = f"$ curl -s '{usage}' | jq ."
    elif kind == "user":
        text = f"$ curl -s {usage} https://{host}/v3/domains"
    elif kind == "post_url":
        text = f"$ curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy finished\"}}' {usage}"
    elif kind == "data":
        text = f"$ curl -X POST https://{host}/oauth/token -d '{usage}'"
    else:
        text = f"$ curl https://{host}/v1/{ch(['models', 'messages', 'charges', 'events'])} \\\n  -H \"{usage}\" \\\n  -H \"Content-Type: application/json\""
    if maybe(0.4):
        text += "\n" + ch(['{"error":{"type":"authentication_error","message":"invalid x-api-key"}}', '{"data": []}', "curl: (22) The requested URL returned error: 403"])
    return t.done(text)


def t_http_dump_key():
    t = T("http_request_dump", "en", wrap=0.2)
    v = any_key(0.3)
    kind, usage = http_usage(v, t)
    if kind == "url":
        u = urllib.parse.urlparse(usage)
        lines = [f"GET {u.path}?{u.query} HTTP/1.1", f"Host: {u.netloc}"]
    elif kind == "header":
        lines = [f"POST /v1/{ch(['messages', 'chat/completions', 'events', 'send'])} HTTP/2", f"Host: api.{ch(['example-vendor.com', 'anthropic.com', 'openai.com'])}", usage]
    else:
        raise Retry
    lines += ["Content-Type: application/json", f"User-Agent: {ch(['python-httpx/0.27.0', 'axios/1.6.8', 'Go-http-client/2.0'])}", "Accept-Encoding: gzip, deflate"]
    if maybe(0.4):
        lines.insert(2, f"X-Request-ID: {uuid4()}")
    return t.done(ch(["> ", ""]) + "\n".join(lines))


MCP_SERVERS = [("github", "@modelcontextprotocol/server-github", "GITHUB_PERSONAL_ACCESS_TOKEN", "github_fine_grained"),
               ("slack", "@modelcontextprotocol/server-slack", "SLACK_BOT_TOKEN", "slack_xoxb"),
               ("brave-search", "@modelcontextprotocol/server-brave-search", "BRAVE_API_KEY", None),
               ("notion", "@notionhq/notion-mcp-server", "NOTION_TOKEN", "notion_ntn"),
               ("linear", "linear-mcp-server", "LINEAR_API_KEY", "linear"),
               ("stripe", "@stripe/mcp", "STRIPE_SECRET_KEY", "stripe_rk_live"),
               ("sentry", "@sentry/mcp-server", "SENTRY_AUTH_TOKEN", "sentry_sntryu"),
               ("supabase", "@supabase/mcp-server-supabase", "SUPABASE_ACCESS_TOKEN", None),
               ("gitlab", "@modelcontextprotocol/server-gitlab", "GITLAB_PERSONAL_ACCESS_TOKEN", "gitlab_glpat"),
               ("airtable", "airtable-mcp-server", "AIRTABLE_API_KEY", "airtable_pat"),
               ("perplexity", "perplexity-mcp", "PERPLEXITY_API_KEY", "perplexity")]


def t_mcp_config():
    t = T("mcp_config_json", "en", wrap=0.2)
    servers = R.sample(MCP_SERVERS, R.randint(1, 3))
    blocks = []
    for name, pkg, env, provider in servers:
        if provider:
            v = api_key_val(provider)
        else:
            v = Val("api_key", ("sbp_" + rs(HEXL, 40)) if name == "supabase" else ("BSA" + mixed_token(AN, 28)), f"mcp_{name}")
        blocks.append(f'    "{name}": {{\n      "command": "npx",\n      "args": ["-y", "{pkg}"],\n      "env": {{\n        "{env}": "{t.add(v)}"\n      }}\n    }}')
    text = '{\n  "mcpServers": {\n' + ",\n".join(blocks) + "\n  }\n}"
    intro = ch(["My claude_desktop_config.json — the github server won't start:\n", ".cursor/mcp.json:\n", ""])
    return t.done(intro + text)


def t_yaml_key():
    t = T("yaml_config", "en", wrap=0.2)
    style = ch(["compose", "k8s_secret", "gha", "helm", "app_config"])
    v = any_key(0.2)
    env = ch(v.envs)
    if style == "compose":
        text = f"services:\n  worker:\n    image: ghcr.io/acme/worker:1.8.0\n    environment:\n      - {env}={t.add(v)}\n      - REDIS_URL=redis://redis:6379/0"
    elif style == "k8s_secret":
        text = f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  {env.lower().replace('_', '-')}: \"{t.add(v)}\""
    elif style == "gha":
        text = f"jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {env}: {t.add(v)}   # TODO move to secrets\n    steps:\n      - uses: actions/checkout@v4"
    elif style == "helm":
        text = f"# values-prod.yaml\nintegrations:\n  {ch(['vendor', 'search', 'llm', 'mail'])}:\n    enabled: true\n    apiKey: {t.add(v)}\n  timeoutSeconds: 30"
    else:
        text = f"llm:\n  provider: {v.shape.split('_')[0]}\n  api_key: \"{t.add(v)}\"\n  model: {ch(['gpt-4o', 'claude-3-5-sonnet', 'mistral-large'])}\n  temperature: 0.2"
    return t.done(text)


KEY_CHAT = {"en": ["I keep getting 401 with this key: {k} — is it the wrong format?", "here's the api key {k}, can you write the fetch call?",
                   "key is {k} (test project, I'll rotate it later)"],
            "de": ["Mit diesem Schlüssel bekomme ich immer 401: {k}", "API-Schlüssel: {k} – kannst du den Request bauen?"],
            "fr": ["J'ai toujours une erreur 401 avec cette clé : {k}", "clé API : {k}, tu peux écrire l'appel ?"],
            "es": ["Me da 401 con esta clave: {k}", "la API key es {k}, ¿me haces el script?"],
            "it": ["Con questa chiave ricevo sempre 401: {k}"], "pt": ["Tá dando 401 com essa chave: {k}"],
            "ja": ["このAPIキー：{k}で401エラーになります。", "APIキーは{k}です。"], "zh": ["用这个API密钥：{k}一直报401，为什么？"],
            "ko": ["이 API 키로 계속 401이 나요: {k}"], "ru": ["С этим ключом постоянно 401: {k}"], "nl": ["Ik krijg steeds 401 met deze sleutel: {k}"],
            "pl": ["Ciągle dostaję 401 z tym kluczem: {k}"], "tr": ["Bu API anahtarıyla sürekli 401 alıyorum: {k}"]}


def t_chat_key():
    lang = ch(list(KEY_CHAT))
    t = T("chat_api_key", lang, wrap=0.35)
    v = api_key_val()
    return t.done(fill(ch(KEY_CHAT[lang]), t, k=v))


def t_log_key_echo():
    t = T("app_log", "en", wrap=0.15)
    v = any_key(0.3)
    style = ch(["urllib3", "requests_debug", "custom"])
    if style == "urllib3":
        v = api_key_val(ch(["google_aiza", "mapbox_secret"]))
        if v.shape == "google_aiza":
            text = f'DEBUG:urllib3.connectionpool:https://maps.googleapis.com:443 "GET /maps/api/geocode/json?address=Berlin&key={t.add(v)} HTTP/1.1" 200 None'
        else:
            text = f'DEBUG:urllib3.connectionpool:https://api.mapbox.com:443 "GET /geocoding/v5/mapbox.places/Berlin.json?access_token={t.add(v)} HTTP/1.1" 200 1834'
    elif style == "requests_debug":
        text = f"send: b'POST /v1/embeddings HTTP/1.1\\r\\nHost: api.openai.com\\r\\nAuthorization: Bearer {t.add(v)}\\r\\nContent-Type: application/json\\r\\n\\r\\n'"
    else:
        text = f"{ts('space')} ERROR vendor_client.py:88 request failed status=403 api_key={t.add(v)} endpoint=/v2/search"
    return t.done(text)


def t_aws_credentials():
    t = T("aws_credentials", "en", wrap=0.2)
    kid = api_key_val(ch(["aws_akia", "aws_akia", "aws_asia"]))
    sec = api_key_val("aws_secret")
    text = f"[default]\naws_access_key_id = {t.add(kid)}\naws_secret_access_key = {t.add(sec)}\n"
    if kid.shape == "aws_asia":
        text += f"aws_session_token = {t.add(api_key_val('aws_session'))}\n"
    text += "region = eu-west-1"
    if maybe(0.3):
        text = "$ aws configure list\n" + text
    return t.done(text)


def t_key_table():
    t = T("markdown_table", "en", wrap=0.2)
    rows = ["| Service | Environment | Key | Owner |", "|---|---|---|---|"]
    for _ in range(R.randint(2, 3)):
        v = any_key(0.15)
        owner = t.add(email_val()) if want("email", 0.4) else ch(["platform", "data", "growth"])
        rows.append(f"| {v.shape.split('_')[0].title()} | {ch(['prod', 'staging', 'dev'])} | `{t.add(v)}` | {owner} |")
    return t.done(ch(["Keys we need to rotate after the laptop was stolen:\n\n", "Inventory for the audit:\n\n"]) + "\n".join(rows))


def t_label_key_other_langs():
    t = T("chat_api_key", "en", wrap=0.3)
    v = api_key_val(label_only=True)
    lang, frame = ch([("de", "Hier der API-Schlüssel für den Wetterdienst: {k}"), ("fr", "Clé d'API du service : {k}"),
                      ("es", "Clave de API del proveedor: {k}"), ("ja", "APIキー：{k}"), ("zh", "接口密钥：{k}"),
                      ("en", "X-API-Key: {k}"), ("en", '"api_key": "{k}"'), ("en", "apikey={k}"), ("en", "token: {k}"),
                      ("pt", "chave da API: {k}"), ("it", "chiave API: {k}"), ("ko", "API 키: {k}")])
    t.lang = lang
    return t.done(fill(frame, t, k=v))


# Secrets in context ----------------------------------------------------------------------------------------------

PW_CHAT = {"en": ["The admin password for the NAS is {pw}", "wifi password: {pw}", "my login is jsmith / {pw} — why does it say locked?",
                  "password for the shared mailbox is {pw}, don't forward it"],
           "de": ["Das Passwort für den Router ist {pw}", "WLAN-Passwort: {pw}", "Zugangsdaten: Benutzer admin, Passwort {pw}"],
           "fr": ["Le mot de passe du wifi est {pw}", "identifiant : admin / mot de passe : {pw}"],
           "es": ["La contraseña del wifi es {pw}", "usuario admin, contraseña: {pw}"], "it": ["La password del router è {pw}"],
           "pt": ["A senha do wi-fi é {pw}", "senha: {pw}"], "nl": ["Het wachtwoord is {pw}"], "pl": ["Hasło do wifi: {pw}"],
           "sv": ["Lösenordet är {pw}"], "tr": ["Şifre: {pw}"], "ru": ["Пароль от роутера: {pw}"], "ja": ["パスワード：{pw}"],
           "zh": ["密码：{pw}，别外传。"], "ko": ["비밀번호: {pw}"], "ar": ["كلمة المرور: {pw}"], "he": ["הסיסמה היא {pw}"]}


def t_chat_password():
    lang = ch(list(PW_CHAT))
    t = T("chat_credentials", lang, wrap=0.3)
    return t.done(fill(ch(PW_CHAT[lang]), t, pw=password_val()))


def t_db_url():
    t = T("connection_string", "en", wrap=0.2)
    pw = password_val(url_safe=True)
    if maybe(0.15):
        raw = pw.value[:6] + "@" + pw.value[6:]
        pw = Val("secret", urllib.parse.quote(raw, safe=""), "password_urlencoded")
    user = ch(["app", "postgres", "admin", "svc_reporting", "root"])
    host = ch([f"db.{ch(COMPANY_DOMAINS)}", "localhost", f"cluster0.{rs(LOWER + DIGITS, 5)}.mongodb.net", "10.0.3.12", f"{rs(LOWER, 8)}.rds.amazonaws.com"])
    scheme = ch(["postgresql", "postgres", "mysql", "mongodb+srv", "redis", "amqp", "mssql"])
    if scheme == "redis":
        url = f"redis://:{t.add(pw)}@{host}:6379/0"
    elif scheme == "mongodb+srv":
        url = f"mongodb+srv://{user}:{t.add(pw)}@{host}/?retryWrites=true&w=majority"
    else:
        url = f"{scheme}://{user}:{t.add(pw)}@{host}/{ch(['app', 'prod', 'analytics'])}"
    style = ch(["env", "python", "error", "yaml"])
    if scheme not in ("postgresql", "postgres", "mysql") and style in ("python", "yaml"):
        style = "env"
    if style == "env":
        text = f"DATABASE_URL={url}"
    elif style == "python":
        text = f'engine = create_engine("{url}")'
    elif style == "error":
        text = f"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server\n[SQL: SELECT 1]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\nURL was: {url}"
    else:
        text = f"spring:\n  datasource:\n    url: jdbc:{url.split('://')[0]}://{host}/app\n    username: {user}\n    password: {t.add(pw)}"
    return t.done(text)


def t_config_password():
    t = T("config_file", "en", wrap=0.2)
    pw = password_val()
    style = ch(["ini", "properties", "xml", "php", "json", "settings_py", "toml", "smtp_yaml"])
    if style == "ini":
        text = f"[database]\nhost = 127.0.0.1\nuser = wp_admin\npassword = {t.add(pw)}\nname = wordpress"
    elif style == "properties":
        text = f"spring.mail.host=smtp.{ch(['office365.com', 'gmail.com', 'mailgun.org'])}\nspring.mail.port=587\nspring.mail.username=noreply\nspring.mail.password={t.add(pw)}"
    elif style == "xml":
        text = f'<connectionStrings>\n  <add name="Default" connectionString="Server=sql01;Database=Crm;User Id=crm_app;Password={t.add(pw)};" />\n</connectionStrings>'
    elif style == "php":
        text = f"define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '{t.add(pw)}' );\ndefine( 'DB_HOST', 'localhost' );"
    elif style == "json":
        text = f'{{\n  "smtp": {{ "host": "mail.{ch(COMPANY_DOMAINS)}", "port": 465, "user": "alerts", "pass": "{t.add(pw)}" }}\n}}'
    elif style == "settings_py":
        text = f"DATABASES = {{\n    'default': {{\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n        'USER': 'shop',\n        'PASSWORD': '{t.add(pw)}',\n        'HOST': 'db',\n    }}\n}}"
    elif style == "toml":
        text = f"[redis]\nurl = \"redis://cache:6379\"\npassword = \"{t.add(pw)}\""
    else:
        text = f"mail:\n  smtp_host: smtp.{ch(['gmail.com', 'web.de', 'ionos.de'])}\n  smtp_user: {t.add(email_val())}\n  smtp_password: \"{t.add(pw)}\""
    return t.done(text)


def t_auth_header_secret():
    t = T("http_request_dump", "en", wrap=0.2)
    style = ch(["basic", "bearer_jwt", "bearer_opaque"])
    if style == "basic":
        user = ch(["admin", "api", "jenkins", "grafana", "elastic"])
        v = basic_auth_val(user, password_val().value)
        line = f"Authorization: Basic {t.add(v)}"
    elif style == "bearer_jwt":
        line = f"Authorization: Bearer {t.add(jwt_secret_val())}"
    else:
        line = f"Authorization: Bearer {t.add(bearer_opaque())}"
    lines = [f"GET /api/{ch(['v1/me', 'admin/users', 'reports/daily'])} HTTP/1.1", f"Host: {ch(['localhost:8080', 'app.' + ch(COMPANY_DOMAINS)])}", line,
             "Accept: application/json"]
    return t.done(ch(["", "Request copied from DevTools:\n", "curl equivalent fails, raw request:\n"]) + "\n".join(lines))


def t_cookie_secret():
    t = T("http_request_dump", "en", wrap=0.2)
    c = session_cookie_val()
    if maybe(0.5):
        text = f"Cookie: _ga=GA1.2.{rd(9)}.{rd(10)}; theme=dark; {c.cookie}={t.add(c)}; cookie_consent=1"
    else:
        text = f"HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: {c.cookie}={t.add(c)}; Path=/; HttpOnly; Secure; SameSite=Lax"
    return t.done(ch(["", "devtools shows this, is my session cookie set correctly?\n"]) + text)


def t_pem_secret():
    t = T("private_key_paste", "en", wrap=0.2)
    v = pem_val()
    block = v.head + "\n" + v.value + "\n" + v.foot
    t.add(v)
    intro = ch(["I generated this key but ssh says 'invalid format':\n", "is this the right format for the JWT signing key?\n", "",
                "Contents of id_ed25519:\n"])
    return t.done(intro + block)


def t_app_secret():
    t = T("settings_file", "en", wrap=0.2)
    s = app_secret_val()
    name = {"appsecret_django": "SECRET_KEY", "appsecret_rails": "secret_key_base", "appsecret_flask": "app.config['SECRET_KEY']",
            "appsecret_nextauth": "NEXTAUTH_SECRET", "appsecret_jwt_secret": "JWT_SECRET", "appsecret_laravel_app_key": "APP_KEY",
            "appsecret_session_secret": "SESSION_SECRET", "appsecret_encryption_key": "ENCRYPTION_KEY"}[s.shape]
    if name == "SECRET_KEY":
        text = f"# settings.py\nDEBUG = False\nSECRET_KEY = '{t.add(s)}'\nALLOWED_HOSTS = ['*']"
    elif name == "secret_key_base":
        text = f"production:\n  secret_key_base: {t.add(s)}"
    elif name.startswith("app.config"):
        text = f"app = Flask(__name__)\n{name} = '{t.add(s)}'"
    else:
        text = f"{name}={t.add(s)}"
    return t.done(text)


def t_signing_secret():
    t = T("dotenv_file", "en", wrap=0.2)
    s = signing_secret_val()
    name = {"signing_stripe_whsec": "STRIPE_WEBHOOK_SECRET", "signing_slack_signing": "SLACK_SIGNING_SECRET",
            "signing_github_webhook": "GITHUB_WEBHOOK_SECRET", "signing_svix": "SVIX_WEBHOOK_SECRET"}[s.shape]
    if maybe(0.5):
        text = f"{name}={t.add(s)}"
    else:
        text = f"endpoint_secret = '{t.add(s)}'\nevent = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)" if "whsec" in s.value else f"verifier = SignatureVerifier(signing_secret=\"{t.add(s)}\")"
    return t.done(text)


def t_2fa_secret():
    t = T("account_recovery", "en", wrap=0.3)
    style = ch(["totp", "recovery", "seed"])
    if style == "totp":
        s = totp_seed_val()
        issuer = ch(["GitHub", "AWS", "Google", "Binance"])
        text = f"QR code didn't scan, so I copied the setup key: otpauth://totp/{issuer}:acct?secret={t.add(s)}&issuer={issuer}&algorithm=SHA1&digits=6&period=30"
    elif style == "recovery":
        codes = recovery_codes_val()
        text = "GitHub recovery codes (keep these safe):\n" + "\n".join(t.add(c) for c in codes)
    else:
        s = seed_phrase_val()
        text = ch(["my wallet seed phrase is: ", "Recovery phrase: ", "Seed-Phrase (12 Wörter): "]) + t.add(s) + ch([" — is it valid?", "", ". Kannst du prüfen ob die Wörter BIP39 sind?"])
    return t.done(text)


def t_cli_password():
    t = T("terminal_session", "en", wrap=0.2)
    pw = password_val(url_safe=maybe(0.5))
    if "'" in pw.value:
        raise Retry
    style = ch(["mysql", "sshpass", "pgpassword", "htpasswd", "docker", "netuse", "sudo", "smbclient"])
    text = {"mysql": f"$ mysql -u root -p'{pw.value}' -h 127.0.0.1 shop\nERROR 1045 (28000): Access denied for user 'root'@'172.18.0.1' (using password: YES)",
            "sshpass": f"$ sshpass -p '{pw.value}' ssh -o StrictHostKeyChecking=no pi@raspberrypi.local",
            "pgpassword": f"$ PGPASSWORD='{pw.value}' psql -h localhost -U postgres -c '\\l'",
            "htpasswd": f"$ htpasswd -b -c /etc/nginx/.htpasswd admin '{pw.value}'\nAdding password for user admin",
            "docker": f"$ docker login registry.gitlab.com -u deploy -p '{pw.value}'",
            "netuse": f"C:\\> net use Z: \\\\fileserver\\projekte /user:DOMAIN\\buchhaltung {pw.value}",
            "sudo": f"$ echo '{pw.value}' | sudo -S apt-get update",
            "smbclient": f"$ smbclient //nas/backup -U admin%'{pw.value}'"}[style]
    t.add(pw, text.count(pw.value))
    return t.done(text)


def t_wifi_secret():
    t = T("network_config", "en", wrap=0.2)
    pw = password_val(style=ch(["human", "generated", "passphrase"]))
    if ";" in pw.value or '"' in pw.value:
        raise Retry
    ssid = ch(["FRITZ!Box 7590 XY", "Vodafone-5G-2F1A", "Livebox-8C3D", "MOVISTAR_7A21", "TP-Link_Home", "Casa Rossi"])
    style = ch(["qr", "nmcli", "wpa"])
    if style == "qr":
        text = f"WIFI:T:WPA;S:{ssid};P:{t.add(pw)};;"
    elif style == "nmcli":
        text = f"$ nmcli dev wifi connect \"{ssid}\" password \"{t.add(pw)}\""
    else:
        text = f"network={{\n    ssid=\"{ssid}\"\n    psk=\"{t.add(pw)}\"\n    key_mgmt=WPA-PSK\n}}"
    return t.done(text)


def t_presigned_url():
    t = T("signed_url", "en", wrap=0.2)
    if maybe(0.6):
        kid = api_key_val("aws_akia")
        sig = Val("secret", rs(HEXL, 64), "s3_presigned_signature")
        url = (f"https://{ch(['invoices-prod', 'user-uploads', 'exports'])}.s3.eu-central-1.amazonaws.com/{rd(6)}/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
               f"&X-Amz-Credential={t.add(kid)}%2F2024031{R.randint(0, 9)}%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=2024031{R.randint(0, 9)}T1{R.randint(0, 9)}2233Z"
               f"&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={t.add(sig)}")
    else:
        sig = Val("secret", urllib.parse.quote(rs(B64[:-2], 43) + "=", safe=""), "azure_sas_signature")
        url = (f"https://st{rs(LOWER + DIGITS, 10)}.blob.core.windows.net/exports/data.csv?sp=r&st=2024-03-01T09:00:00Z&se=2024-12-31T17:00:00Z"
               f"&spr=https&sv=2022-11-02&sr=b&sig={t.add(sig)}")
    return t.done(ch(["Download link for the client: ", "This link expired? ", ""]) + url)


def t_k8s_secret_data():
    t = T("yaml_config", "en", wrap=0.15)
    pw = password_val()
    enc = Val("secret", b64(pw.value), "k8s_secret_base64")
    text = f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ndata:\n  username: {b64('app')}\n  password: {t.add(enc)}"
    return t.done(text)


def t_netrc():
    t = T("netrc", "en", wrap=0.15)
    if maybe(0.5):
        k = api_key_val(ch(["github_ghp", "github_fine_grained", "gitlab_glpat"]))
        text = f"machine {ch(['github.com', 'api.github.com']) if 'gl' not in k.shape else 'gitlab.com'}\n  login {ch(['ci-bot', 'deploy'])}\n  password {t.add(k)}"
    else:
        pw = password_val(url_safe=True)
        text = f"machine ftp.{ch(COMPANY_DOMAINS)}\n  login backup\n  password {t.add(pw)}"
        if maybe(0.4):
            text = f"https://backup:{pw.value}@git.{ch(COMPANY_DOMAINS)}\n" + text
            t.add(pw)
    return t.done(text)


def t_crypto_keys():
    t = T("key_material", "en", wrap=0.2)
    style = ch(["wireguard", "age", "eth"])
    if style == "wireguard":
        text = f"[Interface]\nPrivateKey = {t.add(wireguard_key_val())}\nAddress = 10.8.0.2/24\nDNS = 1.1.1.1"
    elif style == "age":
        text = f"# created: 2024-0{R.randint(1, 9)}-1{R.randint(0, 9)}T10:12:44+01:00\n# public key: age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n{t.add(age_key_val())}"
    else:
        text = f"PRIVATE_KEY={t.add(eth_key_val())}\nRPC_URL=https://mainnet.infura.io/v3/{t.add(Val('api_key', rs(HEXL, 32), 'label_infura_project_id'))}"
    return t.done(text)


# ----------------------------------------------------------------------------------------------------------
# Hard negatives: realistic lines with NO personal data or secrets, full of things that look like them.
# Rule (see README): a value is left alone when it identifies no person and grants no access — order,
# tracking, invoice, case and build numbers; dates, times, prices, versions, coordinates and measurements;
# hashes, digests, UUIDs, request/trace/message ids of services; company, bank and product identifiers;
# private, loopback, link-local, documentation and well-known public resolver addresses; system accounts'
# paths; public keys and certificates; placeholders, masked and truncated values; and values published as
# examples or test data by a standard or a provider's documentation.
# ----------------------------------------------------------------------------------------------------------

NEG = []


def negative(weight=1):
    def deco(f):
        NEG.append((f, weight))
        return f
    return deco


def luhn_invalid_digits(n, first="3456"):
    d = ch(first) + rs(DIGITS, n - 1)
    return d if not luhn_ok(d) else luhn_break(d)


@negative(2)
def n_amazon_order():
    o = f"{rd(3)}-{rd(7, DIGITS)}-{rd(7, DIGITS)}"
    lang, s = ch([("en", f"Your Amazon order #{o} has shipped and will arrive {ch(['Tuesday', 'tomorrow', 'by 9pm'])}."),
                  ("de", f"Deine Bestellung Nr. {o} wurde versandt."), ("fr", f"Votre commande n° {o} a été expédiée."),
                  ("es", f"Tu pedido {o} ya está en camino."), ("it", f"Il tuo ordine n. {o} è stato spedito."),
                  ("ja", f"ご注文番号：{o}の商品を発送しました。")])
    return s, "order_confirmation", lang


@negative(2)
def n_tracking():
    kind = ch(["ups", "usps", "dhl", "royal", "postnl", "china", "dpd", "fedex"])
    num = {"ups": f"1Z{rs(UPPER + DIGITS, 6)}{rd(2, DIGITS)}{rd(8, DIGITS)}", "usps": f"9400 1{rd(3, DIGITS)} {rd(4, DIGITS)} {rd(4, DIGITS)} {rd(4, DIGITS)} {rd(2, DIGITS)}",
           "dhl": f"JJD{rd(18, '0')}", "royal": f"{rs(UPPER, 2)}{rd(9, DIGITS)}GB", "postnl": f"3S{rs(UPPER, 4)}{rd(7, DIGITS)}",
           "china": f"LZ{rd(9, DIGITS)}CN", "dpd": f"{rd(14, '0')}", "fedex": f"{rd(4)} {rd(4, DIGITS)} {rd(4, DIGITS)}"}[kind]
    lang, s = ch([("en", f"Tracking number: {num} — status: in transit"), ("de", f"Sendungsnummer {num}: Zustellung heute zwischen 10:00 und 14:00 Uhr"),
                  ("fr", f"Numéro de suivi : {num}"), ("es", f"Número de seguimiento: {num}"), ("nl", f"Track & trace: {num}")])
    return s, "shipping_notification", lang


@negative(2)
def n_invoice_refs():
    y = R.randint(2021, 2025)
    lang, s = ch([("en", f"Invoice INV-{y}-{rd(5, DIGITS)} dated {y}-0{R.randint(1, 9)}-1{R.randint(0, 9)}, PO {rd(10, '4')}, due in 30 days. Total: €{R.randint(100, 9999)},{R.randint(0, 99):02d}"),
                  ("de", f"Rechnung Nr. RE-{y}-{rd(5, DIGITS)} vom {R.randint(1, 28)}.{R.randint(1, 12)}.{y}, Bestellnummer {rd(10, '4')}, zahlbar innerhalb von 14 Tagen."),
                  ("fr", f"Facture n° F{y}{rd(6, DIGITS)} – bon de commande {rd(8)} – montant TTC : {R.randint(100, 9999)},{R.randint(0, 99):02d} €"),
                  ("es", f"Factura {y}/{rd(4, DIGITS)} — pedido {rd(8)} — total {R.randint(100, 999)},{R.randint(0, 99):02d} €")])
    return s, "invoice", lang


@negative(3)
def n_dates_times():
    y, m, d = R.randint(2020, 2026), R.randint(1, 12), R.randint(1, 28)
    h, mi = R.randint(0, 23), R.randint(0, 59)
    lang, s = ch([("en", f"Meeting moved to {m:02d}/{d:02d}/{y} at {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'} EST, dial-in details to follow."),
                  ("de", f"Termin verschoben auf {d:02d}.{m:02d}.{y}, {h:02d}:{mi:02d} Uhr (Raum 3.14)."),
                  ("fr", f"Rendez-vous le {d} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]} {y} à {h:02d}h{mi:02d}."),
                  ("ja", f"{y}年{m}月{d}日（{ch('月火水木金')}）{h:02d}:{mi:02d}〜{(h + 1) % 24:02d}:{mi:02d}に変更になりました。"),
                  ("zh", f"会议改到{y}年{m}月{d}日 {h:02d}:{mi:02d}，地点不变。"),
                  ("en", f"Deploy window: {y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z – {y}-{m:02d}-{d:02d}T{(h + 2) % 24:02d}:{mi:02d}:00Z"),
                  ("ko", f"{y}년 {m}월 {d}일 오후 {h % 12 or 12}시 {mi}분에 회의가 있습니다."),
                  ("es", f"La reunión es el {d:02d}/{m:02d}/{y} a las {h:02d}:{mi:02d}."),
                  ("en", f"Backup completed {ch(['Mon', 'Tue', 'Wed'])}, {d} {ch(['Mar', 'Apr', 'May'])} {y} {h:02d}:{mi:02d}:{R.randint(10, 59)} +0100 in {R.randint(2, 59)}m{R.randint(10, 59)}s")])
    return s, "calendar", lang


@negative(2)
def n_epochs():
    e = R.randint(1600000000, 1760000000)
    s = json.dumps({"created": e, "created_ms": e * 1000 + R.randint(0, 999), "expires_at": e + 3600, "ttl": 3600, "seq": R.randint(1, 10 ** 9)})
    return ch(["", "what date is this? ", "jq output:\n"]) + s, "json_log", "en"


@negative(3)
def n_versions():
    s = ch([f"Chrome/{R.randint(110, 126)}.0.{R.randint(5000, 6500)}.{R.randint(50, 200)} on Windows 10.0.{ch(['19045', '22631'])}.{R.randint(3000, 4500)}",
            f"pip install torch=={R.randint(1, 2)}.{R.randint(0, 5)}.{R.randint(0, 3)} torchvision==0.{R.randint(15, 20)}.{R.randint(0, 2)} --index-url https://download.pytorch.org/whl/cu121",
            f"Upgraded firmware from {R.randint(1, 7)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(0, 255)} to {R.randint(1, 7)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(0, 255)}; bootloader version {R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}",
            f"kernel 6.{R.randint(1, 9)}.0-{R.randint(1000, 1100)}-azure, glibc 2.{R.randint(31, 39)}, node v{R.randint(18, 22)}.{R.randint(0, 15)}.{R.randint(0, 9)}",
            f"\"version\": \"{R.randint(0, 5)}.{R.randint(0, 30)}.{R.randint(0, 30)}-beta.{R.randint(1, 9)}+build.{R.randint(1000, 9999)}\"",
            f"Microsoft Windows [Version 10.0.{ch(['19045', '22631', '26100'])}.{R.randint(1000, 4999)}]",
            f"Assembly version 4.{R.randint(0, 8)}.{R.randint(0, 9)}.{R.randint(0, 9)}, file version 4.{R.randint(0, 8)}.{R.randint(1000, 9999)}.{R.randint(0, 99)}"])
    return s, "version_info", "en"


@negative(3)
def n_hashes():
    s = ch([f"commit {rs(HEXL, 40)}\nMerge: {rs(HEXL, 7)} {rs(HEXL, 7)}",
            f"sha256sum: {rs(HEXL, 64)}  ubuntu-24.04-live-server-amd64.iso",
            f"docker pull postgres@sha256:{rs(HEXL, 64)}",
            f"\"integrity\": \"sha512-{rs(B64, 86)}==\"",
            f"<script src=\"/assets/app.{rs(HEXL, 8)}.js\" integrity=\"sha384-{rs(B64, 64)}\" crossorigin=\"anonymous\"></script>",
            f"MD5 ({ch(['installer.dmg', 'backup.tar.gz', 'firmware.bin'])}) = {rs(HEXL, 32)}",
            f"ETag: W/\"{rs(HEXL, 8)}-{rs(HEXL, 4)}\"\nLast-Modified: Tue, 12 Mar 2024 09:12:44 GMT",
            f"git cherry-pick {rs(HEXL, 7)}..{rs(HEXL, 7)}", f"Image ID: sha256:{rs(HEXL, 12)}   Created: 3 days ago   Size: 412MB",
            f"checksum mismatch: expected {rs(HEXL, 40)}, got {rs(HEXL, 40)}"])
    return s, "hashes", "en"


@negative(3)
def n_ids():
    s = ch([f"X-Request-Id: {uuid4()}\ntraceparent: 00-{rs(HEXL, 32)}-{rs(HEXL, 16)}-01",
            f"{{\"trace_id\": \"{rs(HEXL, 32)}\", \"span_id\": \"{rs(HEXL, 16)}\", \"parent_span_id\": \"{rs(HEXL, 16)}\", \"duration_ms\": {R.randint(1, 900)}}}",
            f"correlation-id={uuid4()} job={rs('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26)} (ULID) attempt=2",
            f"Created resource group rg-{rs(LOWER, 6)}-prod with id /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-demo",
            f"idempotency_key={uuid4()}", f"Batch {uuid4()} finished: {R.randint(10, 900)} succeeded, 0 failed"])
    return s, "ids", "en"


@negative(3)
def n_llm_object_ids():
    s = ch([json.dumps({"id": "msg_01" + mixed_token(AN, 22), "type": "message", "role": "assistant", "model": "claude-sonnet-4-5-20250929",
                        "content": [{"type": "tool_use", "id": "toolu_01" + mixed_token(AN, 22), "name": "Bash", "input": {"command": "ls"}}],
                        "stop_reason": "tool_use", "usage": {"input_tokens": R.randint(10, 9000), "output_tokens": R.randint(5, 900), "cache_read_input_tokens": R.randint(0, 40000)}}),
            f"request-id: req_011C{mixed_token(AN, 18)}\nanthropic-ratelimit-requests-remaining: {R.randint(1, 999)}",
            json.dumps({"id": "chatcmpl-" + mixed_token(AN, 29), "object": "chat.completion", "created": R.randint(1700000000, 1750000000), "model": "gpt-4o-2024-08-06",
                        "system_fingerprint": "fp_" + rs(HEXL, 10), "choices": [{"index": 0, "message": {"role": "assistant", "content": "Sure!", "tool_calls": [{"id": "call_" + mixed_token(AN, 24), "type": "function"}]}}]}),
            f"resp_{rs(HEXL, 48)} completed; file-{mixed_token(AN, 22)} attached; batch_{rs(HEXL, 32)} queued",
            f"asst_{mixed_token(AN, 24)} / thread_{mixed_token(AN, 24)} / run_{mixed_token(AN, 24)}",
            f"ftjob-{mixed_token(AN, 24)} status=succeeded fine_tuned_model=ft:gpt-4o-mini-2024-07-18:acme::{mixed_token(AN, 8)}"])
    return s, "llm_api_trace", "en"


@negative(2)
def n_agent_jsonl():
    s = json.dumps({"type": "assistant", "timestamp": ts(), "parentUuid": uuid4(), "isSidechain": False, "userType": "external",
                    "cwd": ch(["/workspace/app", "/tmp/repo", "/app", "/home/runner/work/site/site"]), "sessionId": uuid4(), "version": f"2.{R.randint(0, 2)}.{R.randint(0, 30)}",
                    "message": {"id": "msg_01" + mixed_token(AN, 22), "role": "assistant", "content": [{"type": "text", "text": ch(["All 42 tests pass now.", "I updated the migration and reran `make test`.", "Done — the build is green."])}]},
                    "requestId": "req_011C" + mixed_token(AN, 18), "uuid": uuid4()})
    return s, "agent_session_jsonl", "en"


@negative(3)
def n_luhn_invalid_numbers():
    d = luhn_invalid_digits(16)
    g = " ".join(d[i:i + 4] for i in range(0, 16, 4)) if maybe(0.5) else d
    lang, s = ch([("en", f"Reference number {g} — keep it for your records."), ("de", f"Vorgangsnummer {g}"), ("fr", f"Numéro de dossier : {g}"),
                  ("es", f"Número de expediente {g}"), ("en", f"Serial: {g}"), ("nl", f"Referentie {g}"),
                  ("en", f"Gift order confirmation code {g} (not a payment card)"), ("it", f"Numero pratica {g}")])
    assert not luhn_ok(d)
    return s, "reference_numbers", lang


@negative(2)
def n_masked_cards():
    last4 = rd(4, DIGITS)
    s = ch([f"Visa •••• {last4}", f"Card ending in {last4} was charged €{R.randint(5, 300)},00", f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}",
            f"{ch(['411111', '550000', '378282'])}******{last4}", f"Mastercard (endet auf {last4}), gültig bis {R.randint(1, 12):02d}/{R.randint(26, 30)}",
            f"PAN: ************{last4}", f"Amex ending {rd(5, DIGITS)}"])
    return s, "masked_card", "en"


TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117",
              "4111 1111 1111 1111", "4000 0000 0000 0002", "4000 0027 6000 3184"]


@negative(1)
def n_test_cards():
    c = ch(TEST_CARDS)
    s = ch([f"For Stripe test mode use {c} with any future expiry and any CVC.", f"Test card (declines): {c}",
            f"# test fixtures\nTEST_CARD = \"{c.replace(' ', '')}\"  # from the Stripe docs, test mode only",
            f"In der Sandbox die Testkarte {c} verwenden."])
    return s, "test_fixture", "en"


@negative(2)
def n_prices():
    lang, s = ch([("de", f"Gesamtbetrag: {R.randint(1, 9)}.{R.randint(100, 999)},{R.randint(0, 99):02d} € inkl. 19 % MwSt."), ("en", f"Total: ${R.randint(1, 99)},{R.randint(100, 999)}.{R.randint(0, 99):02d} (incl. tax)"),
                  ("ja", f"合計：¥{R.randint(1, 999)},{R.randint(100, 999)}（税込）"), ("pl", f"Razem: {R.randint(1, 9)} {R.randint(100, 999)},{R.randint(0, 99):02d} zł"),
                  ("pt", f"Total: R$ {R.randint(1, 9)}.{R.randint(100, 999)},{R.randint(0, 99):02d}"), ("hi", f"कुल: ₹{R.randint(1, 9)},{R.randint(10, 99)},{R.randint(100, 999)}"),
                  ("fr", f"Montant : {R.randint(1, 99)} {R.randint(100, 999)},{R.randint(0, 99):02d} € HT"), ("en", f"£{R.randint(10, 999)}.{R.randint(0, 99):02d} per month, billed annually (£{R.randint(1000, 9999)}.00)")])
    return s, "prices", lang


@negative(2)
def n_coordinates():
    la, lo = R.uniform(-60, 70), R.uniform(-170, 170)
    s = ch([f"Coordinates: {la:.6f}, {lo:.6f}", f"geo:{la:.5f},{lo:.5f}?z=17", f"https://www.openstreetmap.org/#map=17/{la:.5f}/{lo:.5f}",
            f"{abs(int(la))}°{R.randint(0, 59)}′{R.randint(0, 59)}″{'N' if la > 0 else 'S'} {abs(int(lo))}°{R.randint(0, 59)}′{R.randint(0, 59)}″{'E' if lo > 0 else 'W'}",
            f"{{\"type\": \"Point\", \"coordinates\": [{lo:.6f}, {la:.6f}]}}"])
    return s + ch(["", " (the Eiffel Tower)", " — summit of the trail", " is the warehouse"]), "coordinates", "en"


@negative(4)
def n_placeholders():
    s = ch(["OPENAI_API_KEY=<your-api-key>", "export ANTHROPIC_API_KEY=sk-ant-...", "Authorization: Bearer <token>", "api_key = \"YOUR_API_KEY_HERE\"",
            "STRIPE_SECRET_KEY=${{ secrets.STRIPE_SECRET_KEY }}", "password: ${DB_PASSWORD}", "apiKey: {{ .Values.apiKey | quote }}", "token: \"***\"",
            "DATABASE_URL=postgres://user:password@localhost:5432/mydb", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "Incorrect API key provided: sk-proj-********************************************tA9c. You can find your API key at https://platform.openai.com/account/api-keys.",
            "const key = process.env.GEMINI_API_KEY;", "$env:OPENAI_API_KEY = Read-Host -AsSecureString", "AWS_SECRET_ACCESS_KEY=<redacted>",
            "curl -u \"$USER:$API_TOKEN\" https://api.example.com", "client = OpenAI()  # reads OPENAI_API_KEY from the environment",
            "Set SENDGRID_API_KEY to the value from Settings → API Keys (it starts with SG.)", "password = os.environ[\"SMTP_PASSWORD\"]",
            "token: REPLACE_ME", "SECRET_KEY=changeme-in-production", "x-api-key: [REDACTED]", "slack_token: xoxb-your-bot-token",
            "Your key ends in …7Qk2; generate a new one if you lost it.", "sk-ant-api03-…AA (truncated)", "AZURE_OPENAI_API_KEY=%AZURE_OPENAI_API_KEY%",
            "mysql -u root -p   # you will be prompted for the password", "echo \"$DOCKERHUB_TOKEN\" | docker login -u \"$DOCKERHUB_USER\" --password-stdin"])
    return s, "placeholder_config", "en"


@negative(2)
def n_documented_examples():
    s = ch(["aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY  # from the AWS docs",
            "Example from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            "Format example: DE89 3704 0044 0532 0130 00 (the standard sample IBAN)", "UK sample IBAN from the ECBS docs: GB82 WEST 1234 5698 7654 32",
            "KMS client setup key for Windows 10/11 Pro: W269N-WFGWX-YVC9B-4J6C9-T83GX (public, from Microsoft Learn)",
            "Fictional numbers for the screenplay: ({0}) 555-01{1}, 555-01{2}".format(ch(["212", "312", "415"]), rd(2, DIGITS), rd(2, DIGITS)),
            "Ofcom drama range, safe for the ad: 07700 900{0}".format(rd(3, DIGITS)),
            "SSN: 000-00-0000 (placeholder, leave blank if not applicable)", "SSN ***-**-{0}".format(rd(4, DIGITS))])
    return s, "documentation_example", "en"


@negative(2)
def n_example_emails():
    s = ch([f"Use an address like jane.doe@example.com or user+test@example.org in the docs.", "From: Alice <alice@example.net>\nTo: Bob <bob@example.com>",
            f"assert validate_email(\"{ch(['foo', 'bar', 'test.user'])}@example.com\")", "Reply-To: noreply@invalid.invalid (RFC 2606 reserved)",
            "seed users: admin@test.example, editor@test.example, viewer@test.example", "git config user.email \"you@example.com\"",
            "Max Mustermann, max.mustermann@example.com, Musterstraße 1, 12345 Musterstadt (Beispieldaten)"])
    return s, "documentation_example", "en"


@negative(3)
def n_public_keys():
    s = ch([f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(B64, 43)} deploy-key-{R.randint(2020, 2025)}",
            f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{rs(B64, 300)}= ci@build-agent",
            "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(B64, 28) + "\n" + rs(B64, 64)[:56] + "==\n-----END PUBLIC KEY-----",
            "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + rs(B64, 44) + "\n" + rs(B64, 64) + "\n" + rs(B64, 64) + "\n-----END CERTIFICATE-----",
            f"# public key: age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}", f"[Peer]\nPublicKey = {rs(B64, 43)}=\nAllowedIPs = 10.8.0.0/24",
            f"{{\"kty\": \"RSA\", \"e\": \"AQAB\", \"use\": \"sig\", \"kid\": \"{rs(HEXL, 16)}\", \"n\": \"{rs(B64URL, 342)}\"}}",
            f"pk_live_{mixed_token(AN, 99)}  # Stripe publishable key, safe to ship in the frontend",
            f"NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_{mixed_token(AN, 22)}_{mixed_token(AN, 8)}"])
    return s, "public_key_material", "en"


@negative(4)
def n_reserved_ips():
    s = ch([f"listening on 0.0.0.0:{ch(['3000', '8080', '5432'])} and [::]:{ch(['3000', '8080'])}", f"inet 192.168.{R.randint(0, 255)}.{R.randint(2, 254)}/24 brd 192.168.1.255 scope global wlan0",
            f"DB_HOST=10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}", f"docker0: 172.17.0.1, container at 172.{R.randint(16, 31)}.0.{R.randint(2, 20)}",
            "ping 127.0.0.1 -c 3", "inet6 fe80::1c2b:3dff:fe4a:5b6c%en0 prefixlen 64 scopeid 0x6", f"netmask 255.255.{ch(['255.0', '240.0', '0.0'])}",
            f"ssh admin@203.0.113.{R.randint(1, 254)}  # documentation address", f"Use 198.51.100.{R.randint(1, 254)} or 2001:db8::{rs(HEXL, 3)} in examples",
            f"nameserver 8.8.8.8\nnameserver 1.1.1.1", "DNS = 9.9.9.9, 149.112.112.112", f"Tailscale IP 100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
            "mDNS multicast to 224.0.0.251:5353", f"link-local fallback 169.254.{R.randint(1, 254)}.{R.randint(1, 254)}", "server_name localhost; listen [::1]:443 ssl;",
            f"route add -net 10.0.0.0/8 gw 10.8.0.1"])
    return s, "network_config", "en"


@negative(3)
def n_system_paths():
    s = ch(["/home/runner/work/api/api/node_modules/.bin/jest --ci", "Run actions/checkout@v4 in /home/runner/work/site/site",
            "cp config.yml /home/ubuntu/app/config.yml", "/home/ec2-user/.aws/config", "sudo cat /root/.bash_history", "WORKDIR /home/node/app",
            "/home/vscode/.vscode-server/extensions", "jupyter notebook --notebook-dir=/home/jovyan/work", "C:\\Users\\Public\\Documents\\setup.log",
            "C:\\Users\\Default\\AppData\\Local", "/Users/Shared/Adobe/", "%USERPROFILE%\\.ssh\\config", "$HOME/.config/nvim/init.lua", "~/.npmrc",
            "C:\\Program Files\\Git\\bin\\bash.exe", "/usr/local/lib/python3.11/site-packages/requests/adapters.py", "/var/lib/docker/volumes/pgdata/_data",
            "/opt/homebrew/Cellar/node/21.7.1", "/etc/nginx/sites-available/default", "C:\\Windows\\System32\\drivers\\etc\\hosts"])
    return ch(["", "$ ls ", "path: ", "Error reading "]) + s, "system_paths", "en"


@negative(2)
def n_at_signs():
    s = ch(["git@github.com:acme/payments-api.git", "npm i @types/node@20.11.30 @tanstack/react-query@5.28.4", "@app.route('/health')\ndef health():\n    return 'ok'",
            "@media (max-width: 600px) { .nav { display: none; } }", "docker pull ghcr.io/acme/api@sha256:" + rs(HEXL, 64), "@Override\npublic String toString() {",
            "pnpm add -D vitest@^1.4.0", "ssh -T git@gitlab.com", "uses: actions/setup-node@v4", "brew install postgresql@16"])
    return s, "code_snippet", "en"


@negative(2)
def n_publication_ids():
    s = ch([f"ISBN 978-3-16-148410-0", f"doi:10.{R.randint(1000, 9999)}/s{rd(5)}-0{R.randint(10, 24)}-{rd(5)}-{R.randint(0, 9)}", f"arXiv:{R.randint(2301, 2412)}.{rd(5)}v{R.randint(1, 3)}",
            f"PMID: {rd(8)}", f"ISSN 0028-0836", f"RFC {R.randint(791, 9700)}", f"CVE-{R.randint(2019, 2025)}-{rd(5)}", f"GHSA-{rs('23456789cfghjmpqrvwx', 4)}-{rs('23456789cfghjmpqrvwx', 4)}-{rs('23456789cfghjmpqrvwx', 4)}",
            f"KB{rd(7, '5')}", f"ISO 27001:2022, ISO 8601, IEC 62443-3-3"])
    return ch(["See ", "Ref: ", "", "Cited as "]) + s, "references", "en"


@negative(2)
def n_product_codes():
    ean = "400" + rs(DIGITS, 9)
    ean = ean + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean)) % 10) % 10)
    if luhn_ok(ean):
        ean = ean[:-2] + str((int(ean[-2]) + 1) % 10) + ean[-1]
    s = ch([f"EAN {ean}", f"ASIN: B0{rs(UPPER + DIGITS, 8)}", f"SKU {rs(UPPER, 3)}-{rd(5)}-{ch(['BLK', 'WHT', 'RED'])}", f"Serial No.: C02{rs(UPPER + DIGITS, 9)}",
            f"Part number {rd(3)}-{rd(4)}-{rd(2)}", f"Model A{rd(4)}, firmware 17.{R.randint(0, 5)}.{R.randint(0, 9)}", f"GTIN-14: 1{ean}"[:-1]])
    return s, "product_codes", "en"


@negative(2)
def n_company_ids():
    s = ch(["USt-IdNr.: DE129273398", "SIREN 552 100 554 — SIRET 552 100 554 00025", "Org.nr 556036-0793 (AB Volvo)", "LEI 5493001KJTIIGC8Y1R12",
            "BIC/SWIFT: DEUTDEFFXXX", "ABA routing number 021000021 (JPMorgan Chase)", "Handelsregister: HRB 86891, Amtsgericht München", "D-U-N-S 15-048-3782",
            "VAT GB 123 4567 89 (sample)", "KvK-nummer 33014286", "CIF B-12345678 (empresa)", "EORI DE1234567890123"])
    return s, "company_identifiers", "en"


@negative(3)
def n_math_science():
    s = ch(["π ≈ 3.14159265358979323846264338327950288", "c = 299 792 458 m/s", "N_A = 6.02214076 × 10^23 mol⁻¹", f"p < 0.00{R.randint(1, 9)}, n = {R.randint(100, 9999)}, r = 0.{rd(3)}",
            f"Solve 3x + {R.randint(2, 99)} = {R.randint(100, 999)} and 12x − {R.randint(2, 99)}y = {R.randint(100, 999)}", f"2^64 = 18 446 744 073 709 551 616",
            f"The population grew from {R.randint(10, 90)} {rd(3, DIGITS)} {rd(3, DIGITS)} to {R.randint(10, 90)} {rd(3, DIGITS)} {rd(3, DIGITS)} between 2011 and 2021.",
            f"Matrix A = [[{R.randint(1, 9)}, {R.randint(1, 9)}], [{R.randint(1, 9)}, {R.randint(1, 9)}]], det(A) = {R.randint(-50, 50)}",
            "e = 2.718281828459045235360287471352662497757", f"Distance: {R.randint(1000, 40000):,} km; altitude {R.randint(100, 8848)} m", "Fibonacci: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233"])
    return s, "math_science", "en"


@negative(2)
def n_code_constants():
    s = ch([f"#define POLY 0xEDB88320\nuint32_t seed = 0x{rs('0123456789ABCDEF', 8)};", f"color: #{rs(HEXL, 6)}; background: rgba({R.randint(0, 255)}, {R.randint(0, 255)}, {R.randint(0, 255)}, 0.{R.randint(1, 9)});",
            f"segfault at 0x{rs(HEXL, 12)} ip 0x{rs(HEXL, 12)} sp 0x7ffe{rs(HEXL, 8)}", f"const MAGIC: u64 = 0x{rs(HEXL, 16)};",
            f"mov eax, 0x{rs(HEXL, 8)}\nxor ebx, ebx", f"UUID_NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'"])
    return s, "code_snippet", "en"


@negative(3)
def n_infra_ids():
    s = ch([f"pod/api-{rs(LOWER + DIGITS, 10)}-{rs(LOWER + DIGITS, 5)}   1/1   Running   0   3d", f"container {rs(HEXL, 12)} exited with code 137 (OOMKilled)",
            f"Instance i-0{rs(HEXL, 16)} in vpc-0{rs(HEXL, 16)}, subnet-0{rs(HEXL, 16)}, sg-0{rs(HEXL, 16)}", f"ami-0{rs(HEXL, 16)} (Amazon Linux 2023)",
            "arn:aws:iam::aws:policy/AdministratorAccess", f"arn:aws:s3:::{ch(['static-assets-eu', 'logs-archive'])}/*", f"Job {rd(10)} triggered by pipeline {rd(7)} on runner #{R.randint(1, 99)}",
            f"Run #{R.randint(1000, 99999)} succeeded in {R.randint(1, 59)}m {R.randint(0, 59)}s", f"projects/my-project/locations/europe-west1/functions/resize-image"])
    return s, "infrastructure", "en"


@negative(3)
def n_clean_stack_traces():
    s = ch(["Traceback (most recent call last):\n  File \"/usr/lib/python3.11/json/decoder.py\", line 355, in raw_decode\n    raise JSONDecodeError(\"Expecting value\", s, err.value) from None\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
            "Error: Cannot find module 'express'\nRequire stack:\n- /app/server.js\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1134:15)\n    at Module._load (node:internal/modules/cjs/loader:975:27)",
            "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null\n\tat com.acme.util.Strings.pad(Strings.java:42)\n\tat com.acme.Main.main(Main.java:17)",
            f"thread 'main' panicked at /rustc/{rs(HEXL, 40)}/library/core/src/slice/index.rs:{R.randint(50, 300)}:{R.randint(5, 30)}:\nrange end index 12 out of range for slice of length 8",
            "goroutine 1 [running]:\nruntime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e\nmain.main()\n\t/src/cmd/api/main.go:31 +0x1d"])
    return s, "stack_trace", "en"


@negative(2)
def n_sql_clean():
    s = ch(["CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL UNIQUE,\n  phone VARCHAR(32),\n  created_at TIMESTAMPTZ DEFAULT now()\n);",
            "SELECT country, COUNT(*) AS n, AVG(order_total) FROM orders WHERE created_at >= '2024-01-01' GROUP BY country ORDER BY n DESC LIMIT 20;",
            "EXPLAIN ANALYZE SELECT * FROM events WHERE tenant_id = 42 AND ts > now() - interval '7 days';",
            f"UPDATE inventory SET qty = qty - {R.randint(1, 9)} WHERE sku = 'SKU-{rd(5)}' RETURNING qty;", "ALTER TABLE users ADD COLUMN phone_verified_at TIMESTAMPTZ;"])
    return s, "sql", "en"


@negative(2)
def n_http_clean():
    s = "\n".join([f"HTTP/2 {ch(['200', '304', '429'])}", f"date: Tue, 12 Mar 2024 {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)} GMT", "content-type: application/json; charset=utf-8",
                   f"content-length: {R.randint(20, 90000)}", f"x-request-id: {uuid4()}", f"cf-ray: {rs(HEXL, 16)}-{ch(['FRA', 'AMS', 'CDG'])}", "cache-control: private, max-age=0",
                   f"set-cookie: theme=dark; Path=/; Max-Age={R.randint(1000, 9999999)}", f"x-ratelimit-remaining: {R.randint(0, 5000)}", "strict-transport-security: max-age=63072000"])
    return s, "http_response", "en"


@negative(2)
def n_k8s_tf_clean():
    s = ch([f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: {R.randint(2, 6)}\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:{R.randint(1, 3)}.{R.randint(0, 20)}.{R.randint(0, 9)}\n          envFrom:\n            - secretRef:\n                name: api-secrets",
            f"resource \"aws_instance\" \"web\" {{\n  ami           = \"ami-0{rs(HEXL, 16)}\"\n  instance_type = \"t3.micro\"\n  tags = {{ Name = \"web-{R.randint(1, 9)}\" }}\n}}",
            "env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm\n        key: openai-api-key"])
    return s, "infrastructure_as_code", "en"


@negative(2)
def n_sports_misc_numbers():
    lang, s = ch([("en", f"Final score {R.randint(0, 5)}–{R.randint(0, 5)}, attendance {R.randint(20, 80)},{rd(3, DIGITS)}."), ("de", f"Endstand {R.randint(0, 5)}:{R.randint(0, 5)}, {R.randint(20, 80)}.{rd(3, DIGITS)} Zuschauer."),
                  ("en", f"Flight LH {R.randint(100, 2999)} departs 14:25 from gate B{R.randint(1, 60)}, seat {R.randint(1, 40)}{ch('ACDF')}."), ("de", f"ICE {R.randint(500, 1999)} fällt heute aus, Ersatz: IC {R.randint(2000, 2999)} ab Gleis {R.randint(1, 20)}."),
                  ("en", f"Opening hours: Mon–Fri 09:00–17:30, Sat 10:00–14:00"), ("fr", f"Ouvert du lundi au vendredi de 9 h à 18 h, fermé le 14/07."),
                  ("en", f"Room {R.randint(100, 999)}, floor {R.randint(1, 9)}, building {ch('ABCD')} — capacity {R.randint(4, 40)}")])
    return s, "everyday_numbers", lang


@negative(2)
def n_urls_with_ids():
    s = ch([f"https://www.youtube.com/watch?v={rs(B64URL, 11)}&t={R.randint(10, 999)}s", f"https://x.com/{ch(['nasa', 'github', 'vercel'])}/status/{rd(19, '1')}",
            f"https://stackoverflow.com/questions/{rd(8)}/how-to-parse-iso-8601-dates", f"https://github.com/{ch(['rust-lang/rust', 'python/cpython', 'vercel/next.js'])}/issues/{R.randint(1000, 99999)}",
            f"https://www.google.com/search?q=%E6%9D%B1%E4%BA%AC+%E5%A4%A9%E6%B0%97&hl=ja", f"https://en.wikipedia.org/wiki/Special:Search?search=luhn+algorithm",
            f"https://www.ebay.de/itm/{rd(12)}", f"https://docs.python.org/3/library/ipaddress.html#ipaddress.IPv4Address.is_global"])
    return s, "urls", "en"


@negative(2)
def n_data_uri():
    s = ch([f"<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA{rs(B64, 120)}==\" alt=\"logo\">", f"echo -n 'hello world' | base64\naGVsbG8gd29ybGQ=",
            f"font-face src: url(data:font/woff2;base64,d09GMgABAAAAA{rs(B64, 90)}) format('woff2');", f"Content-Transfer-Encoding: base64\n\nPGh0bWw+PGJvZHk+SGVsbG8hPC9ib2R5PjwvaHRtbD4="])
    return s, "encoded_content", "en"


@negative(2)
def n_windows_events():
    s = ch([f"Event ID 4624: An account was successfully logged on. Security ID: S-1-5-18, Logon Type: 5, Logon Process: Advapi", f"Event ID 7036: The Windows Update service entered the running state.",
            "whoami /groups → BUILTIN\\Administrators S-1-5-32-544, NT AUTHORITY\\Authenticated Users S-1-5-11", f"Faulting application name: explorer.exe, version: 10.0.22621.{R.randint(1000, 3999)}, exception code: 0xc0000005"])
    return s, "windows_event_log", "en"


@negative(2)
def n_excel():
    s = ch(["=SUMIFS(C2:C500;A2:A500;\"DE*\";B2:B500;\">=01.01.2024\")", "=VLOOKUP(A2,Sheet2!$A$1:$D$1000,4,FALSE)", "=TEXT(A2,\"0000-0000-0000\")",
            "Q1\t12 480\t13 102\t+5,0 %\nQ2\t11 930\t12 874\t+7,9 %", "Region;Umsatz 2023;Umsatz 2024\nNord;1.240.500;1.318.220\nSüd;980.340;1.004.117"])
    return s, "spreadsheet", "en"


@negative(2)
def n_country_codes():
    s = ch(["Calling codes: +1 US/CA, +44 UK, +49 Germany, +33 France, +81 Japan, +86 China", "Phone field must match ^\\+?[1-9]\\d{1,14}$ (E.164)",
            "format: +CC NNN NNN NNNN — no spaces in the stored value", "Telefonnummern bitte im Format +49 (0)XXX XXXXXXX angeben."])
    return s, "format_spec", "en"


@negative(2)
def n_llm_usage_stats():
    s = json.dumps({"model": ch(["gpt-4o-mini", "claude-3-5-haiku-20241022", "gemini-1.5-pro"]), "usage": {"prompt_tokens": R.randint(10, 90000), "completion_tokens": R.randint(1, 9000),
                    "total_tokens": R.randint(1000, 99000)}, "latency_ms": R.randint(100, 30000), "cost_usd": round(R.random(), 6), "cache_hit_ratio": round(R.random(), 3)})
    return s, "metrics", "en"


@negative(3)
def n_multilingual_chat_clean():
    lang, s = ch([("de", "Kannst du mir erklären, wie man in Python eine Liste nach zwei Schlüsseln sortiert?"), ("fr", "Peux-tu résumer ce texte en trois points ?"),
                  ("es", "¿Cuál es la diferencia entre TCP y UDP? Explícalo con un ejemplo."), ("ja", "この関数の計算量はO(n log n)ですか？理由も教えてください。"),
                  ("zh", "请把下面的句子翻译成英文：今天天气很好，我们去公园散步吧。"), ("ko", "리액트에서 useEffect가 두 번 실행되는 이유가 뭔가요?"),
                  ("ar", "ما الفرق بين الذكاء الاصطناعي والتعلم الآلي؟"), ("he", "איך מחשבים ממוצע משוקלל באקסל?"), ("ru", "Объясни, пожалуйста, как работает сборщик мусора в Java."),
                  ("pt", "Como faço para converter uma string em data no JavaScript?"), ("it", "Qual è la differenza tra let e const in JavaScript?"),
                  ("tr", "Docker imajının boyutunu nasıl küçültebilirim?"), ("pl", "Jak skonfigurować CI w GitLabie dla projektu w Go?"),
                  ("hi", "मुझे SQL में JOIN के प्रकार समझाइए।"), ("vi", "Làm sao để đổi múi giờ trong PostgreSQL?"), ("nl", "Hoe schrijf ik een unit test voor een async functie?")])
    return s, "chat_question", lang


@negative(2)
def n_order_chat_cjk():
    lang, s = ch([("ja", f"注文番号：{rd(3)}-{rd(7, DIGITS)}の配送状況を教えてください。金額は¥{R.randint(1, 99)},{rd(3, DIGITS)}でした。"),
                  ("zh", f"订单号：{rd(18, '2')}，金额￥{R.randint(10, 9999)}.{R.randint(0, 99):02d}，什么时候发货？"),
                  ("ko", f"주문번호 {rd(14, '2')} 배송 조회 부탁드립니다."), ("ar", f"رقم الطلب {rd(9)} بتاريخ {R.randint(1, 28)}/{R.randint(1, 12)}/2024")])
    return s, "order_chat", lang


@negative(1)
def n_placeholder_names():
    s = ch(["Dear John Doe, this is a template — replace the name before sending.", "Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt",
            "Exemple : Jean Dupont, 1 rue de l'Exemple, 75000 Paris", "山田太郎（記入例）", "例：张三，李四", "Fulano de Tal (exemplo)", "Mario Rossi (esempio di compilazione)"])
    return s, "form_template", "en"


@negative(2)
def n_env_no_secrets():
    s = "\n".join([f"NODE_ENV=production", f"PORT={R.randint(3000, 9000)}", f"LOG_LEVEL={ch(['info', 'warn'])}", f"API_BASE_URL=https://api.{ch(['brightpath.io', 'kestrel-analytics.com'])}/v{R.randint(1, 3)}",
                   f"FEATURE_FLAGS=search,checkout_v2", f"MAX_UPLOAD_MB={R.randint(5, 200)}", f"TZ=Europe/Berlin", f"REDIS_URL=redis://redis:6379/0", f"S3_BUCKET=acme-assets-{rs(LOWER, 4)}"])
    return s, "dotenv_file", "en"


@negative(1)
def n_gov_like_non_ids():
    s = ch([f"Aktenzeichen: {R.randint(1, 9)} O {R.randint(100, 999)}/{R.randint(20, 25)}", f"Court case No. {R.randint(1, 9)}:{R.randint(20, 25)}-cv-{rd(5)}",
            f"Patent US {R.randint(10, 11)},{rd(3, DIGITS)},{rd(3, DIGITS)} B2", f"EP {R.randint(1, 4)} {rd(3, DIGITS)} {rd(3, DIGITS)} A1", f"Form W-9 (Rev. March 2024), Cat. No. 10231X",
            f"Drucksache 20/{rd(5)}", "Regulation (EU) 2016/679 (GDPR), Article 4(1)"])
    return s, "legal_references", "en"


@negative(2)
def n_phone_like_non_phones():
    s = ch([f"Case number {rd(11, '0')}", f"Ticket #{rd(7)}", f"Auftragsnummer {rd(10, '4')}", f"Customer service hours 8–20, menu option {R.randint(1, 9)}",
            f"Build 2024{R.randint(1, 12):02d}{R.randint(1, 28):02d}.{rd(4, DIGITS)}", f"Modbus register 4{rd(4, DIGITS)}", f"OID 1.3.6.1.4.1.{R.randint(1000, 60000)}.{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)}",
            f"Conference ID {rd(3)} {rd(3, DIGITS)} {rd(3, DIGITS)}#", f"Postleitzahl {rd(5, '0123456789')} {ch(['Berlin', 'Hamburg', 'Köln'])}", f"ZIP {rd(5)}-{rd(4, DIGITS)}"])
    return s, "numbers", "en"


@negative(2)
def n_ci_masked():
    s = ch(["Run echo \"Deploying with token ***\"\nDeploying with token ***", "##[debug]Evaluating: secrets.NPM_TOKEN\n##[debug]Result: '***'",
            "Error: Input required and not supplied: github-token", "•••••••••••••••• (hidden) — click to reveal", "Password: ********", "token=xxxx-xxxx-xxxx"])
    return s, "ci_log", "en"


@negative(2)
def n_otel_clean():
    s = json.dumps({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": ch(["checkout", "search", "llm-gateway"])}}]},
                    "scopeSpans": [{"spans": [{"traceId": rs(HEXL, 32), "spanId": rs(HEXL, 16), "name": "chat gpt-4o", "kind": 3,
                                               "startTimeUnixNano": str(R.randint(1700000000, 1750000000) * 10 ** 9), "attributes": [{"key": "gen_ai.usage.input_tokens", "value": {"intValue": str(R.randint(1, 9999))}}]}]}]}]})
    return s, "otel_trace", "en"


@negative(1)
def n_keyboard_license():
    s = ch([f"License: MIT — Copyright (c) {R.randint(2015, 2025)} Acme Inc.", "SPDX-License-Identifier: Apache-2.0", "Product key format: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
            "© 2024 Brightpath GmbH · Impressum · Datenschutz"])
    return s, "license_text", "en"


# ----------------------------------------------------------------------------------------------------------
# Chat-export wrappers (shapes from the real samples in /work/shared/fixtures/logs): the text becomes a JSON
# string, so quotes, backslashes and newlines in it (and in the labelled values) are escaped.
# ----------------------------------------------------------------------------------------------------------

def _js(text, ascii_only):
    return json.dumps(text, ensure_ascii=ascii_only)


WRAPPERS = {
    "claude_code_user": lambda s: '{"type":"user","message":{"role":"user","content":' + s + '},"uuid":"' + uuid4() + '","timestamp":"' + ts() + '","sessionId":"' + uuid4() + '","cwd":"/workspace/app","version":"2.1.4"}',
    "claude_code_tool_result": lambda s: '{"type":"user","message":{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01' + mixed_token(AN, 22) + '","content":' + s + ',"is_error":false}]},"uuid":"' + uuid4() + '","timestamp":"' + ts() + '"}',
    "codex_user_message": lambda s: '{"timestamp":"' + ts() + '","type":"event_msg","payload":{"type":"user_message","message":' + s + ',"images":[]}}',
    "claude_ai_export": lambda s: '{"uuid": "' + uuid4() + '", "text": ' + s + ', "sender": "human", "created_at": "' + ts() + '", "attachments": [], "files": []}',
    "sharegpt": lambda s: '{"from": "human", "value": ' + s + '}',
    "openai_request": lambda s: '{"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": ' + s + '}], "temperature": 0.2}',
    "chatgpt_mapping_node": lambda s: '{"id": "' + uuid4() + '", "message": {"author": {"role": "user"}, "create_time": ' + str(R.randint(1700000000, 1750000000)) + '.' + rd(6, DIGITS) + ', "content": {"content_type": "text", "parts": [' + s + ']}}, "parent": "' + uuid4() + '"}',
}


def wrap(text, spans):
    name = ch(list(WRAPPERS))
    ascii_only = maybe(0.12)
    new_text = WRAPPERS[name](_js(text, ascii_only))
    new_spans = []
    for v in spans:
        esc = json.dumps(v.value, ensure_ascii=ascii_only)[1:-1]
        shape = v.shape if esc == v.value else v.shape + ("_json_u_escaped" if ascii_only and any(ord(c) > 127 for c in v.value) else "_json_escaped")
        new_spans.append(Val(v.kind, esc, shape, v.check))
    return new_text, new_spans, name


# ----------------------------------------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------------------------------------

POSITIVE = [
    # (template, kinds it is chosen for, weight)
    (t_chat_contact, ("email", "phone"), 16), (t_email_signature, ("email", "phone", "name"), 6), (t_email_headers, ("email", "name"), 1.5),
    (t_vcard, ("phone", "email", "name"), 2), (t_csv_contacts, ("email", "phone", "ip", "name"), 1.5), (t_markdown_contacts, ("email", "phone"), 2),
    (t_json_user_record, ("email", "phone", "ip"), 3), (t_sql_insert, ("email", "phone"), 2), (t_git_log, ("email", "name"), 2),
    (t_git_config, ("email",), 1), (t_mail_log, ("email", "ip"), 2), (t_whatsapp_export, ("phone",), 3), (t_url_form, ("email", "phone"), 3),
    (t_mailto_tel_links, ("email", "phone"), 2), (t_obfuscated_email, ("email",), 1), (t_sms_log, ("phone",), 2),
    (t_chat_email_tasks, ("email",), 8), (t_chat_phone_tasks, ("phone",), 8), (t_phone_no_cue, ("phone",), 3), (t_cv_header, ("email", "phone", "name"), 3),
    (t_support_ticket_full, ("email", "phone", "name"), 3),
    (t_known_name_chat, ("name",), 12), (t_unknown_name_cue, ("name",), 3),
    (t_chat_card, ("card",), 10), (t_card_payload, ("card",), 5), (t_card_table, ("card",), 3), (t_card_sql_csv, ("card",), 2), (t_card_transcript, ("card",), 3),
    (t_chat_gov_id, ("gov_id",), 10), (t_chat_iban, ("gov_id",), 5), (t_hr_form, ("gov_id",), 4), (t_payroll_csv, ("gov_id",), 2),
    (t_sepa_xml, ("gov_id",), 1), (t_kyc_json, ("gov_id",), 2),
    (t_access_log, ("ip",), 3), (t_auth_log, ("ip",), 3), (t_xff_header, ("ip",), 2), (t_chat_ip, ("ip",), 2), (t_firewall_config, ("ip",), 3),
    (t_ipv6_log, ("ip",), 2),
    (t_stack_trace_user, ("user",), 6), (t_shell_prompt_user, ("user",), 4), (t_powershell_user, ("user",), 2), (t_config_path_user, ("user",), 2),
    (t_agent_cwd_user, ("user",), 2), (t_misc_paths_user, ("user",), 4),
    (t_chatgpt_export_meta, ("account_id",), 3), (t_aws_arn_account, ("account_id",), 3), (t_stripe_ids, ("account_id",), 2), (t_slack_ids, ("account_id",), 2),
    (t_bot_user_ids, ("account_id",), 2), (t_customer_number, ("account_id",), 3), (t_cloud_account_ids, ("account_id",), 4),
    (t_dotenv, ("api_key", "secret"), 6), (t_shell_export, ("api_key",), 4), (t_code_key, ("api_key",), 8), (t_curl_key, ("api_key",), 5),
    (t_http_dump_key, ("api_key",), 3), (t_mcp_config, ("api_key",), 3), (t_yaml_key, ("api_key",), 5), (t_chat_key, ("api_key",), 6),
    (t_log_key_echo, ("api_key",), 3), (t_aws_credentials, ("api_key",), 2), (t_key_table, ("api_key",), 2), (t_label_key_other_langs, ("api_key",), 3),
    (t_chat_password, ("secret",), 6), (t_db_url, ("secret",), 5), (t_config_password, ("secret",), 5), (t_auth_header_secret, ("secret",), 4),
    (t_cookie_secret, ("secret",), 3), (t_pem_secret, ("secret",), 3), (t_app_secret, ("secret",), 3), (t_signing_secret, ("secret",), 2),
    (t_2fa_secret, ("secret",), 2), (t_cli_password, ("secret",), 3), (t_wifi_secret, ("secret",), 2), (t_presigned_url, ("secret",), 2),
    (t_k8s_secret_data, ("secret",), 1), (t_netrc, ("secret", "api_key"), 1), (t_crypto_keys, ("secret",), 2),
]

FILL_ORDER = ["name", "account_id", "user", "ip", "gov_id", "secret", "card", "api_key", "email", "phone"]
DIGIT_RUN = __import__("re").compile(r"\d(?:[ \-\u00a0]?\d){12,22}")


def validate_line(text, spans):
    counts = {}
    for v in spans:
        if not v.value:
            raise Retry
        counts[v.value] = counts.get(v.value, 0) + 1
    for value, n in counts.items():
        if text.count(value) != n:
            raise Retry


def negative_ok(text):
    """A negative must not contain a Luhn-valid 13-19 digit number (that could fairly be taken for a card)."""
    for m in DIGIT_RUN.finditer(text):
        d = "".join(c for c in m.group(0) if c.isdigit())
        if 13 <= len(d) <= 19 and luhn_ok(d) and m.group(0).replace(" ", "").replace("-", "") not in [c.replace(" ", "") for c in TEST_CARDS]:
            return False
    return True


def run_template(f):
    for _ in range(200):
        try:
            t = f()
            text, spans = t.text, t.spans
            if not spans:
                raise Retry
            validate_line(text, spans)
            if text in SEEN_NEGATIVES:
                raise Retry
            SEEN_NEGATIVES.add(text)
            genre = t.genre
            if maybe(t.wrap):
                text, spans, wname = wrap(text, spans)
                validate_line(text, spans)
                genre = f"{genre}@{wname}"
            return text, spans, genre, t.lang, t.known
        except Retry:
            continue
    raise RuntimeError(f"{f.__name__}: could not draw a consistent line")


SEEN_NEGATIVES = set()


def run_negative(f):
    for _ in range(200):
        try:
            text, genre, lang = f()
            if maybe(0.3):
                text2, genre2, _ = weighted(NEG)()
                text = text + ch(["\n\n", "\n", "\n---\n"]) + text2
                genre = f"{genre}+{genre2}"
            if text in SEEN_NEGATIVES:
                raise Retry
            SEEN_NEGATIVES.add(text)
            if maybe(0.15):
                text, _, wname = wrap(text, [])
                genre = f"{genre}@{wname}"
            if not negative_ok(text):
                raise Retry
            return text, genre, lang
        except Retry:
            continue
    raise RuntimeError(f"{f.__name__}: could not draw a valid negative")


CHECKS = []  # (line index, Val) for --check


def build():
    lines = []
    for i, kind in enumerate(FILL_ORDER):
        CURRENT[0] = kind
        for j, other in enumerate(FILL_ORDER):
            CAPS[other] = TARGETS[other] if j <= i else int(TARGETS[other] * 0.4)
        cands = [(f, w) for f, kinds, w in POSITIVE if kind in kinds]
        while COUNTS[kind] < TARGETS[kind]:
            f = weighted(cands)
            text, spans, genre, lang, known = run_template(f)
            for v in spans:
                COUNTS[v.kind] += 1
            lines.append({"text": text, "spans": spans, "genre": genre, "lang": lang, "known": known})
    n_neg = 0
    while n_neg < NEGATIVE_LINES:
        f = weighted(NEG)
        text, genre, lang = run_negative(f)
        lines.append({"text": text, "spans": [], "genre": genre, "lang": lang, "known": {"names": [], "emails": [], "ids": []}})
        n_neg += 1
    R.shuffle(lines)
    out = []
    for i, line in enumerate(lines):
        for v in line["spans"]:
            if v.check:
                CHECKS.append((i + 1, v))
        obj = {"text": line["text"], "spans": [{"kind": v.kind, "value": v.value, "shape": v.shape} for v in line["spans"]],
               "genre": line["genre"], "lang": line["lang"], "known": line["known"]}
        out.append(json.dumps(obj, ensure_ascii=False, separators=(", ", ": ")))
    return "\n".join(out) + "\n"


def summary(data):
    rows = [json.loads(l) for l in data.splitlines()]
    kinds, shapes, genres, langs = {}, {}, {}, {}
    multi = 0
    for r in rows:
        ks = {s["kind"] for s in r["spans"]}
        if len(ks) > 1:
            multi += 1
        for s in r["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
            shapes.setdefault(s["kind"], set()).add(s["shape"])
        genres[r["genre"].split("@")[0]] = genres.get(r["genre"].split("@")[0], 0) + 1
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    neg = sum(1 for r in rows if not r["spans"])
    print(f"{len(rows)} lines: {len(rows) - neg} with spans ({sum(kinds.values())} spans, {multi} with more than one kind), {neg} hard negatives")
    print("spans per kind:", ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print("distinct shapes per kind:", ", ".join(f"{k} {len(shapes[k])}" for k in sorted(shapes)))
    print(f"genres: {len(genres)}, languages: {len(langs)} ({', '.join(sorted(langs))}), wrapped in chat-export JSON: {sum(1 for r in rows if '@' in r['genre'])}")


# ----------------------------------------------------------------------------------------------------------
# --check
# ----------------------------------------------------------------------------------------------------------

import re

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RESERVED_EMAIL_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".invalid", ".test")
NEGATIVE_PUBLIC_OK = WELL_KNOWN_PUBLIC | {"149.112.112.112"}


def check(data):
    import importlib
    try:
        import phonenumbers
        from stdnum import luhn
    except ImportError:
        sys.exit("--check needs: pip install python-stdnum phonenumbers")
    problems = []
    counts = {}
    for line_no, v in CHECKS:
        what = v.check[0]
        ok = True
        if what == "luhn":
            ok = luhn.is_valid(v.check[1])
        elif what == "stdnum":
            ok = importlib.import_module("stdnum." + v.check[1]).is_valid(v.check[2])
        elif what == "nino":
            ok = re.fullmatch(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v.check[1]) is not None
        elif what == "phone":
            plain = v.check[2].translate({ord(c): None for c in "\u200e\u200f"})
            plain = plain.translate(str.maketrans("０１２３４５６７８９－＋\u3000", "0123456789-+ "))
            try:
                n = phonenumbers.parse(plain, v.check[1])
                ok = phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == v.check[1]
            except phonenumbers.NumberParseException:
                ok = False
        elif what == "ip":
            a = ipaddress.ip_address(v.check[1])
            ok = a.is_global and v.check[1] not in WELL_KNOWN_PUBLIC
        counts[what] = counts.get(what, 0) + 1
        if not ok:
            problems.append(f"line {line_no}: {v.kind} {v.shape} {v.value!r} fails {what} check")
    rows = [json.loads(l) for l in data.splitlines()]
    negative_checks = 0
    for i, r in enumerate(rows, 1):
        if r["spans"]:
            continue
        text = r["text"]
        for m in EMAIL_RE.finditer(text):
            negative_checks += 1
            dom = m.group(0).split("@")[1].lower()
            if not (dom.endswith(RESERVED_EMAIL_DOMAINS) or dom in ("github.com", "gitlab.com")):
                problems.append(f"line {i}: negative contains an e-mail address with a real domain: {m.group(0)}")
        for m in IPV4_RE.finditer(text):
            try:
                a = ipaddress.ip_address(m.group(0))
            except ValueError:
                continue
            negative_checks += 1
            if a.is_global and not a.is_multicast and m.group(0) not in NEGATIVE_PUBLIC_OK:
                ctx = text[max(0, m.start() - 40):m.start()]
                if not re.search(r"(version|firmware|bootloader|Version|Chrome/|OID|build)", ctx, re.I):
                    problems.append(f"line {i}: negative contains a public IPv4 address: {m.group(0)}")
        for m in DIGIT_RUN.finditer(text):
            d = "".join(c for c in m.group(0) if c.isdigit())
            if 13 <= len(d) <= 19:
                negative_checks += 1
                if luhn.is_valid(d) and not any(d == c.replace(" ", "") for c in TEST_CARDS):
                    problems.append(f"line {i}: negative contains a Luhn-valid number: {m.group(0)}")
    print(f"validated {len(CHECKS)} labelled values: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    print(f"checked {negative_checks} e-mail-, IP- and card-like strings in the negatives")
    for p in problems:
        print("PROBLEM", p)
    return not problems


def main():
    data = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            on_disk = fh.read()
        same = on_disk == data
        print("holdout3.jsonl is " + ("identical to" if same else "DIFFERENT from") + " a fresh generation")
        summary(data)
        ok = check(data)
        sys.exit(0 if same and ok else 1)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    summary(data)


if __name__ == "__main__":
    main()
