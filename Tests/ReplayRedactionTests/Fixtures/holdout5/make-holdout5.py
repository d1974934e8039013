#!/usr/bin/env python3
"""Generate holdout5.jsonl: a fifth independent held-out set for ReplayRedaction.

Python 3 standard library only. Fixed seed; rerunning rewrites holdout5.jsonl byte for byte, under any
PYTHONHASHSEED (no set or hash order is ever used to choose anything).

    python3 make-holdout5.py            # rewrite holdout5.jsonl
    python3 make-holdout5.py --check    # regenerate in memory, compare, validate values
                                        # (uses python-stdnum and phonenumbers when importable)
"""
import base64
import hashlib
import html
import json
import os
import random
import string
import sys
import zlib

SEED = 20261215
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout5.jsonl")

R = random.Random(SEED)

DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
LOWNUM = LOW + DIG
UPNUM = UPP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPP + "234567"


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

PEOPLE = {
    "en": (["Megan", "Tyler", "Brandon", "Ashley", "Darnell", "Kayla", "Hunter", "Lauren", "Marcus", "Shannon"],
           ["Whitfield", "Okonkwo", "Delgado", "Brennan", "Hargrove", "Castellano", "Pruitt", "Vance", "Lindqvist", "Abernathy"]),
    "de": (["Jannik", "Friederike", "Torben", "Annika", "Mathis", "Svenja", "Lennart", "Henrike"],
           ["Brockmann", "Wittkowski", "Hollweg", "Kranich", "Steinmeier", "Lüdtke", "Oberländer", "Pfannkuch"]),
    "fr": (["Maëlle", "Baptiste", "Solène", "Gaspard", "Clémence", "Théo", "Apolline", "Mathéo"],
           ["Duvernois", "Lefranc", "Marchetti", "Bouchard", "Rivière", "Peyrat", "Castagné", "Lhermitte"]),
    "es": (["Ainhoa", "Iker", "Lucía", "Unai", "Ximena", "Rodrigo", "Nerea", "Santiago"],
           ["Etxeberria", "Zamora", "Villalobos", "Quintana", "Arrieta", "Solís", "Barroso", "Cifuentes"]),
    "it": (["Ginevra", "Tommaso", "Beatrice", "Edoardo", "Ludovica", "Pietro"],
           ["Bianchini", "Lombardo", "Ferraresi", "Galli", "Santangelo", "Righetti"]),
    "pt": (["Thiago", "Larissa", "Gustavo", "Beatriz", "Caio", "Juliana"],
           ["Figueiredo", "Carvalho", "Nogueira", "Albuquerque", "Sampaio", "Rezende"]),
    "nl": (["Sanne", "Joris", "Femke", "Bram", "Lotte", "Thijs"],
           ["van Dijk", "Verhoeven", "Bakker", "de Graaf", "Hoekstra", "Mulder"]),
    "pl": (["Zuzanna", "Bartosz", "Agnieszka", "Kacper", "Wiktoria", "Mateusz"],
           ["Wiśniewski", "Zielińska", "Kowalczyk", "Dąbrowski", "Pawlak", "Szymańska"]),
    "sv": (["Linnea", "Oskar", "Ebba", "Viktor", "Saga", "Hugo"],
           ["Lindgren", "Bergström", "Sjöberg", "Holmqvist", "Nyström", "Ekdahl"]),
    "tr": (["Elif", "Emre", "Zeynep", "Burak", "Ceren", "Mert"],
           ["Yıldırım", "Aydın", "Kaya", "Öztürk", "Şahin", "Demirci"]),
    "ru": (["Алексей", "Дарья", "Никита", "Ксения", "Павел", "Милана"],
           ["Воронцов", "Лебедева", "Громов", "Соколова", "Белоусов", "Фомина"]),
    "ja": (["陽翔", "結衣", "蓮", "さくら", "悠真", "美咲"],
           ["佐々木", "山本", "中村", "小林", "渡辺", "石川"]),
    "zh": (["伟", "静", "浩然", "雨桐", "子轩", "欣怡"],
           ["王", "李", "张", "刘", "陈", "杨"]),
    "ko": (["민준", "서연", "도윤", "지우", "하준", "수아"],
           ["김", "이", "박", "최", "정", "강"]),
    "ar": (["يوسف", "مريم", "عمر", "ليلى", "خالد", "نور"],
           ["الحسيني", "العتيبي", "المصري", "الزهراني", "حداد", "الخطيب"]),
    "hi": (["Aarav", "Ananya", "Vihaan", "Ishita", "Kabir", "Diya"],
           ["Sharma", "Iyer", "Chatterjee", "Reddy", "Malhotra", "Nair"]),
    "vi": (["Minh", "Linh", "Quang", "Thảo", "Huy", "Ngọc"],
           ["Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Đặng"]),
}
LATIN_LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "hi", "vi"]

ASCII_FOLD = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ê": "e", "à": "a", "â": "a",
    "ç": "c", "î": "i", "ï": "i", "ô": "o", "ù": "u", "û": "u", "í": "i", "ó": "o", "á": "a", "ú": "u",
    "ñ": "n", "ã": "a", "õ": "o", "ś": "s", "ń": "n", "ł": "l", "ą": "a", "ę": "e", "ż": "z", "ź": "z",
    "ı": "i", "ş": "s", "ğ": "g", "ă": "a", "ơ": "o", "ư": "u", "ả": "a", "ễ": "e", "đ": "d", "ạ": "a",
    "ọ": "o", "ế": "e", "ộ": "o", "ầ": "a", "ấ": "a", "ặ": "a", "ự": "u", "ứ": "u", "ờ": "o", "ị": "i",
    "å": "a", "ø": "o", "æ": "ae", " ": "",
})


def person(lang=None):
    if lang is None or lang not in PEOPLE:
        lang = pick(LATIN_LANGS)
    firsts, lasts = PEOPLE[lang]
    return pick(firsts), pick(lasts), lang


def ascii_part(s):
    return s.lower().translate(ASCII_FOLD)


def full_name(first, last, lang):
    if lang in ("ja", "zh", "ko"):
        return last + first
    return first + " " + last


ROMAJI = {"ja": (["haruto", "yui", "ren", "sakura", "yuma", "misaki"], ["sasaki", "yamamoto", "nakamura", "kobayashi", "watanabe", "ishikawa"]),
          "zh": (["wei", "jing", "haoran", "yutong", "zixuan", "xinyi"], ["wang", "li", "zhang", "liu", "chen", "yang"]),
          "ko": (["minjun", "seoyeon", "doyun", "jiwoo", "hajun", "sua"], ["kim", "lee", "park", "choi", "jung", "kang"]),
          "ru": (["aleksei", "darya", "nikita", "ksenia", "pavel", "milana"], ["vorontsov", "lebedeva", "gromov", "sokolova", "belousov", "fomina"]),
          "ar": (["youssef", "maryam", "omar", "layla", "khalid", "nour"], ["alhusseini", "alotaibi", "elmasry", "alzahrani", "haddad", "alkhatib"])}


def latin_handle(lang):
    if lang in ROMAJI:
        f, l = ROMAJI[lang]
        return pick(f), pick(l)
    f, l, _ = person(lang)
    return ascii_part(f), ascii_part(l.replace(" ", ""))


# ---------------------------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------------------------

FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me", "fastmail.com", "hey.com", "aol.com", "me.com"],
    "de": ["web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de", "mailbox.org", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "wanadoo.fr"],
    "es": ["hotmail.es", "yahoo.es", "telefonica.net", "gmail.com"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "home.nl", "hetnet.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "sv": ["telia.com", "bredband.net", "spray.se"],
    "tr": ["yandex.com.tr", "hotmail.com.tr", "mynet.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "inbox.ru"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "ar": ["gmail.com", "yahoo.com", "outlook.sa"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "vi": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
}
ORGS = ["halvorsen-bygg.no", "kestrel-analytics.com", "brightwater.health", "tanaka-shoji.co.jp", "studio-mirella.it",
        "nordlicht-energie.de", "quillfeather.io", "oakridge-dental.com", "cabinet-peyrat.fr", "lumenforge.dev",
        "andes-logistica.cl", "pixelmoss.studio", "harbourline.com.au", "fjellsport.se", "ravenbyte.ai",
        "greenleafcoop.org", "uni-tuebingen.de", "ox.ac.uk", "unsw.edu.au", "keio.ac.jp", "usp.br", "polimi.it",
        "mcgill.ca", "sciencespo.fr", "tkk-partners.pl", "istanbul-kargo.com.tr", "vinhphat.vn", "saffron-kitchen.in",
        "bluefin-marine.co.nz", "ardent-legal.co.uk"]


def email(lang=None, first=None, last=None, style=None):
    if lang is None:
        lang = pick(list(FREEMAIL))
    if first is None:
        f, l = latin_handle(lang)
    else:
        f, l = first, last
    styles = ["dot", "initial", "num", "under", "nick", "plus", "org_dot", "org_initial", "numeric_cn", "upper",
              "hyphen", "year", "sub"]
    style = style or pick(styles)
    dom = pick(FREEMAIL.get(lang, FREEMAIL["en"]))
    if style == "dot":
        local = f + "." + l
    elif style == "initial":
        local = f[0] + l
    elif style == "num":
        local = f + l + str(R.randint(2, 999))
    elif style == "under":
        local = f + "_" + l
    elif style == "nick":
        local = pick(["night", "blue", "moon", "pixel", "tiger", "rusty", "sunny", "kiwi", "mango", "echo"]) + pick(["owl", "fox", "rider", "coder", "cat", "wave"]) + str(R.randint(10, 99))
    elif style == "plus":
        local = f + "." + l + "+" + pick(["claude", "shop", "news", "github", "bank", "cursor", "agents", "receipts"])
    elif style == "org_dot":
        local, dom = f + "." + l, pick(ORGS)
    elif style == "org_initial":
        local, dom = f[0] + "." + l, pick(ORGS)
    elif style == "numeric_cn":
        local, dom = str(R.randint(10000000, 3999999999)), pick(["qq.com", "163.com", "139.com"])
    elif style == "upper":
        local, dom = (f + "." + l).upper(), dom.upper()
    elif style == "hyphen":
        local = f + "-" + l
    elif style == "year":
        local = f + l[0] + str(R.randint(1962, 2006))
    else:  # sub
        local, dom = f, pick(["mail.", "corp.", "eu.", "hq."]) + pick(ORGS)
    return local + "@" + dom, "email_" + style


# ---------------------------------------------------------------------------------------------
# Phones: (region, builder) -> digits of the national significant number and formatters
# ---------------------------------------------------------------------------------------------

def d(n):
    return "".join(R.choice(DIG) for _ in range(n))


def d1(n):  # no leading zero
    return R.choice("23456789") + d(n - 1)


# Mobile prefixes for which every completion was valid in libphonenumber 9.0.43 (checked outside this script;
# the generator itself does not import it). Region: (length of the national significant number, prefixes).
VERIFIED_PREFIXES = {
    "GB": (10, ["7416", "7442", "7462", "7480", "7495", "7561", "7593", "7777", "7835", "7848", "7860", "7864", "7930", "7989"]),
    "FR": (9, ["6007", "6200", "6488", "6563", "6760", "6852", "6899", "7541", "7581", "7739", "7781", "7859", "7885", "7968"]),
    "NO": (8, ["4024", "4065", "4079", "4080", "4081", "4730", "9058", "9178", "9249", "9463", "9482", "9685", "9755", "9828"]),
    "DK": (8, ["2035", "2284", "2285", "2297", "2298", "2371", "2447", "2557", "2588", "2630", "2683", "2817", "2927", "2933"]),
    "CZ": (9, ["6089", "7213", "7257", "7259", "7331", "7335", "7355", "7717", "7720", "7775", "7780", "7924", "7971", "7982"]),
    "RO": (9, ["7231", "7354", "7428", "7463", "7554", "7561", "7571", "7619", "7635", "7640", "7714", "7715", "7777", "7866"]),
    "IL": (9, ["5036", "5044", "5243", "5246", "5271", "5294", "5433", "5472", "5482", "5492", "5521", "5550", "5551", "5846"]),
    "KR": (10, ["1023", "1025", "1040", "1041", "1049", "1060", "1068", "1071", "1081", "1083", "1085", "1087", "1089", "1097"]),
    "HK": (8, ["5118", "5401", "5439", "6199", "6209", "6266", "6332", "6387", "6411", "6424", "6481", "9335", "9424", "9441"]),
    "MY": (9, ["1205", "1250", "1322", "1392", "1475", "1678", "1725", "1775", "1823", "1831", "1871", "1895", "1941", "1984"]),
    "AU": (9, ["4000", "4224", "4400", "4449", "4479", "4542", "4543", "4630", "4643", "4683", "4684", "4700", "4709", "4787"]),
    "CO": (10, ["3008", "3028", "3050", "3053", "3109", "3116", "3138", "3182", "3208", "3209", "3218", "3222", "3225", "3232"]),
    "CL": (9, ["9411", "9413", "9426", "9452", "9459", "9483", "9542", "9595", "9612", "9621", "9672", "9770", "9900", "9936"]),
}

def phone_nsn(region):
    """National significant number for a mobile (or landline) in region, as a digit string."""
    if region in ("US", "CA"):
        area = pick(["212", "312", "415", "617", "646", "713", "206", "303", "404", "512", "602", "702", "818",
                     "917", "929", "971", "385", "480", "628", "737"] if region == "US" else
                    ["416", "604", "514", "403", "613", "778", "647", "587", "902"])
        while True:
            exch = R.choice("2346789") + d(2)
            if exch[1:] != "11" and exch != "555":
                break
        return area + exch + d(4)
    if region in VERIFIED_PREFIXES:
        n, prefixes = VERIFIED_PREFIXES[region]
        return pick(prefixes) + d(n - 4)
    table = {
        "GB": lambda: "7" + pick(["4", "5", "7", "8", "9"]) + d(8),
        "DE": lambda: pick(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"]),
        "FR": lambda: pick(["6", "7"]) + d(8),
        "ES": lambda: "6" + d(8),
        "IT": lambda: "3" + pick(["20", "28", "29", "33", "34", "35", "38", "39", "40", "45", "47", "48", "49", "66", "77", "80", "88", "93"]) + d(7),
        "NL": lambda: "6" + R.choice("12345") + d(7),
        "BE": lambda: "4" + pick(["70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + d(6),
        "CH": lambda: "7" + R.choice("6789") + d(7),
        "AT": lambda: pick(["664", "676", "650", "699", "660"]) + d(7),
        "SE": lambda: "7" + R.choice("0236") + d(7),
        "NO": lambda: R.choice("49") + d(7),
        "DK": lambda: R.choice("2") + d(7),
        "FI": lambda: pick(["40", "44", "45", "50"]) + d(7),
        "PL": lambda: pick(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + d(7),
        "CZ": lambda: pick(["60", "72", "73", "77", "79"]) + d(7),
        "PT": lambda: "9" + R.choice("1236") + d(7),
        "IE": lambda: "8" + R.choice("35679") + d(7),
        "GR": lambda: "69" + R.choice("3456789") + d(7),
        "RO": lambda: "7" + R.choice("2345678") + d(7),
        "HU": lambda: pick(["20", "30", "70"]) + d(7),
        "TR": lambda: "5" + R.choice("0345") + d(8),
        "RU": lambda: "9" + pick(["03", "05", "06", "09", "15", "16", "17", "19", "25", "26", "29", "52", "62", "77", "85", "99"]) + d(7),
        "UA": lambda: pick(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + d(7),
        "IL": lambda: "5" + R.choice("02458") + d(7),
        "SA": lambda: "5" + R.choice("0345") + d(7),
        "AE": lambda: "5" + R.choice("02568") + d(7),
        "EG": lambda: "1" + R.choice("0125") + d(8),
        "NG": lambda: pick(["803", "806", "813", "816", "703", "706", "810", "902", "905", "907"]) + d(7),
        "KE": lambda: "7" + pick(["0", "1", "2", "9"]) + d(7),
        "ZA": lambda: pick(["72", "73", "74", "76", "79", "82", "83", "84", "61", "71"]) + d(7),
        "IN": lambda: pick(["98", "99", "97", "96", "94", "70", "81", "88", "90", "63"]) + d(8),
        "PK": lambda: "3" + R.choice("0123") + R.choice("0123456") + d(7),
        "BD": lambda: "1" + R.choice("3789") + d(8),
        "CN": lambda: "1" + pick(["38", "39", "35", "36", "37", "50", "51", "58", "59", "86", "87", "88", "89", "77", "98"]) + d(8),
        "JP": lambda: pick(["90", "80", "70"]) + R.choice("123456789") + d(7),
        "KR": lambda: "10" + R.choice("23456789") + d(7),
        "TW": lambda: "9" + R.choice("1235678") + d(7),
        "HK": lambda: R.choice("569") + R.choice("1234") + d(6),
        "SG": lambda: R.choice("89") + R.choice("1234567") + d(6),
        "MY": lambda: "1" + R.choice("2346789") + d(7),
        "TH": lambda: R.choice("689") + R.choice("1") + d(7),
        "VN": lambda: pick(["90", "91", "93", "94", "96", "97", "98", "86", "88", "32", "33", "35", "70", "77"]) + d(7),
        "PH": lambda: "9" + pick(["05", "06", "15", "16", "17", "26", "27", "35", "36", "55", "56", "77", "78", "95", "96", "97", "98"]) + d(7),
        "ID": lambda: "8" + R.choice("123") + R.choice("123456789") + d(7),
        "AU": lambda: "4" + R.choice("0123456789") + d(7),
        "NZ": lambda: "2" + R.choice("17") + d(7),
        "BR": lambda: pick(["11", "21", "31", "41", "51", "61", "71", "81", "19", "47"]) + "9" + R.choice("6789") + d(7),
        "MX": lambda: pick(["55", "33", "81"]) + R.choice("123456789") + d(7),
        "AR": lambda: "11" + R.choice("2345") + d(7),
        "CO": lambda: "3" + R.choice("012") + d(8),
        "CL": lambda: "9" + R.choice("456789") + d(7),
        "PE": lambda: "9" + d(8),
    }
    if region == "DE":
        p = table["DE"]()
        rest = 8 if p in ("151", "152", "157", "159", "176", "160") else 7
        return p + d(rest) if p != "160" else p + d(7)
    if region == "GB":
        while True:
            n = table["GB"]()
            if not n.startswith("7700900") and not n.startswith("7624"):
                return n
    if region == "AU":
        while True:
            n = table["AU"]()
            if not n.startswith("491570"):
                return n
    return table[region]()


CC = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "BE": "32",
      "CH": "41", "AT": "43", "SE": "46", "NO": "47", "DK": "45", "FI": "358", "PL": "48", "CZ": "420", "PT": "351",
      "IE": "353", "GR": "30", "RO": "40", "HU": "36", "TR": "90", "RU": "7", "UA": "380", "IL": "972", "SA": "966",
      "AE": "971", "EG": "20", "NG": "234", "KE": "254", "ZA": "27", "IN": "91", "PK": "92", "BD": "880", "CN": "86",
      "JP": "81", "KR": "82", "TW": "886", "HK": "852", "SG": "65", "MY": "60", "TH": "66", "VN": "84", "PH": "63",
      "ID": "62", "AU": "61", "NZ": "64", "BR": "55", "MX": "52", "AR": "54", "CO": "57", "CL": "56", "PE": "51"}
TRUNK_0 = {"GB", "DE", "AT", "CH", "NL", "BE", "FR", "IE", "AU", "NZ", "SE", "FI", "ZA", "IL", "TR", "JP", "KR", "IN", "MY", "TH", "ID", "PH", "VN", "NG", "KE", "EG", "UA", "RO", "PK", "BD", "SA", "AE", "TW", "CN"}


def groups(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def national(region, n):
    """The usual national written form."""
    if region in ("US", "CA"):
        return pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (n[:3], n[3:6], n[6:])
    if region == "GB":
        return "0" + groups(n, [4, 6]) if chance(0.6) else "0" + groups(n, [4, 3, 3])
    if region == "DE":
        return pick(["0%s %s", "0%s/%s", "0%s-%s", "(0%s) %s"]) % (n[:3], n[3:])
    if region == "FR":
        return pick([" ", ".", "-", ""]).join(["0" + n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if region == "ES":
        return pick([groups(n, [3, 3, 3]), groups(n, [3, 2, 2, 2])])
    if region == "IT":
        return pick([groups(n, [3, 7]), groups(n, [3, 3, 4]), n[:3] + "/" + n[3:]])
    if region == "NL":
        return pick(["06-" + n[1:], "06 " + groups(n[1:], [2, 2, 2, 2]), "06 " + n[1:]])
    if region == "BE":
        return "0" + groups(n, [3, 2, 2, 2])
    if region == "CH":
        return "0" + groups(n, [2, 3, 2, 2])
    if region == "AT":
        return "0" + n[:3] + pick([" ", "/"]) + n[3:]
    if region == "SE":
        return "0" + n[:2] + "-" + groups(n[2:], [3, 2, 2])
    if region in ("NO", "DK"):
        return groups(n, [3, 2, 3]) if region == "NO" else groups(n, [2, 2, 2, 2])
    if region == "FI":
        return "0" + groups(n, [2, 3, 4])
    if region in ("PL", "CZ", "PT"):
        return groups(n, [3, 3, 3])
    if region == "IE":
        return "0" + groups(n, [2, 3, 4])
    if region == "GR":
        return groups(n, [3, 3, 4])
    if region == "RO":
        return "0" + groups(n, [3, 3, 3])
    if region == "HU":
        return "06 " + groups(n, [2, 3, 4])
    if region == "TR":
        return "0" + groups(n, [3, 3, 2, 2])
    if region == "RU":
        return "8 (" + n[:3] + ") " + n[3:6] + "-" + n[6:8] + "-" + n[8:]
    if region == "UA":
        return "0" + n[:2] + " " + groups(n[2:], [3, 2, 2])
    if region == "IL":
        return "0" + n[:2] + "-" + n[2:5] + "-" + n[5:]
    if region in ("SA", "AE"):
        return "0" + groups(n, [2, 3, 4])
    if region == "EG":
        return "0" + groups(n, [3, 3, 4])
    if region == "NG":
        return "0" + groups(n, [3, 3, 4])
    if region == "KE":
        return "0" + groups(n, [3, 6])
    if region == "ZA":
        return "0" + groups(n, [2, 3, 4])
    if region == "IN":
        return pick([groups(n, [5, 5]), "0" + n, groups(n, [3, 3, 4])])
    if region == "PK":
        return "0" + n[:3] + pick(["-", " "]) + n[3:]
    if region == "BD":
        return "0" + n[:4] + "-" + n[4:]
    if region == "CN":
        return pick([groups(n, [3, 4, 4]), groups(n, [3, 4, 4], "-"), n])
    if region == "JP":
        return "0" + n[:2] + "-" + n[2:6] + "-" + n[6:]
    if region == "KR":
        return "0" + n[:2] + "-" + n[2:6] + "-" + n[6:]
    if region == "TW":
        return "0" + groups(n, [3, 3, 3])
    if region in ("HK", "SG"):
        return groups(n, [4, 4])
    if region == "MY":
        return "0" + n[:2] + "-" + groups(n[2:], [3, 4])
    if region == "TH":
        return "0" + groups(n, [2, 3, 4])
    if region == "VN":
        return "0" + groups(n, [2, 3, 4])
    if region == "PH":
        return "0" + groups(n, [3, 3, 4])
    if region == "ID":
        return "0" + n[:3] + "-" + n[3:7] + "-" + n[7:]
    if region == "AU":
        return "0" + groups(n, [3, 3, 3])
    if region == "NZ":
        return "0" + groups(n, [2, 3, 4])
    if region == "BR":
        return "(" + n[:2] + ") " + n[2:7] + "-" + n[7:]
    if region == "MX":
        return groups(n, [2, 4, 4])
    if region == "AR":
        return "011 15-" + n[2:6] + "-" + n[6:]
    if region == "CO":
        return groups(n, [3, 3, 4])
    if region == "CL":
        return "9 " + groups(n[1:], [4, 4])
    if region == "PE":
        return groups(n, [3, 3, 3])
    raise KeyError(region)


def intl(region, n):
    cc = CC[region]
    if region in ("US", "CA"):
        return pick(["+1 (%s) %s-%s", "+1 %s %s %s", "+1-%s-%s-%s", "1 %s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if region == "AR":
        return "+54 9 11 " + n[2:6] + "-" + n[6:]
    if region == "RU":
        return "+7 " + n[:3] + " " + n[3:6] + "-" + n[6:8] + "-" + n[8:]
    if region == "BR":
        return "+55 " + n[:2] + " " + n[2:7] + "-" + n[7:]
    if region == "FR":
        return "+33 " + n[0] + " " + groups(n[1:], [2, 2, 2, 2])
    if region == "DE":
        return "+49 " + n[:3] + " " + n[3:]
    if region == "GB":
        return "+44 " + groups(n, [4, 6])
    if region == "JP":
        return "+81 " + n[:2] + "-" + n[2:6] + "-" + n[6:]
    if region == "CN":
        return "+86 " + groups(n, [3, 4, 4])
    if region == "IN":
        return "+91 " + groups(n, [5, 5])
    sizes = {"ES": [3, 3, 3], "IT": [3, 3, 4], "NL": [1, 4, 4], "BE": [3, 2, 2, 2], "CH": [2, 3, 2, 2],
             "AT": [3, 7], "SE": [2, 3, 2, 2], "NO": [3, 2, 3], "DK": [2, 2, 2, 2], "FI": [2, 3, 4], "PL": [3, 3, 3],
             "CZ": [3, 3, 3], "PT": [3, 3, 3], "IE": [2, 3, 4], "GR": [3, 3, 4], "RO": [3, 3, 3], "HU": [2, 3, 4],
             "TR": [3, 3, 2, 2], "UA": [2, 3, 2, 2], "IL": [2, 3, 4], "SA": [2, 3, 4], "AE": [2, 3, 4],
             "EG": [2, 4, 4], "NG": [3, 3, 4], "KE": [3, 6], "ZA": [2, 3, 4], "PK": [3, 7], "BD": [4, 6],
             "KR": [2, 4, 4], "TW": [3, 3, 3], "HK": [4, 4], "SG": [4, 4], "MY": [2, 3, 4], "TH": [2, 3, 4],
             "VN": [2, 3, 4], "PH": [3, 3, 4], "ID": [3, 4, 4], "AU": [3, 3, 3], "NZ": [2, 3, 4], "MX": [2, 4, 4],
             "CO": [3, 3, 4], "CL": [1, 4, 4], "PE": [3, 3, 3]}[region]
    return "+" + cc + " " + groups(n, sizes)


FW = str.maketrans("0123456789+-() ", "０１２３４５６７８９＋－（）\u3000")


def phone(region=None, style=None):
    """Returns (value, shape, meta)."""
    region = region or pick(list(CC))
    n = phone_nsn(region)
    cc = CC[region]
    styles = ["national", "national", "intl", "intl", "e164", "00", "trunk_paren", "dash_intl", "endash", "nbhyphen", "nbsp"]
    style = style or pick(styles)
    if style == "national":
        v = national(region, n)
    elif style == "intl":
        v = intl(region, n)
    elif style == "e164":
        v = "+" + cc + n
    elif style == "00":
        v = "00" + cc + " " + intl(region, n).split(" ", 1)[1] if region not in ("US", "CA") else "001 " + n[:3] + " " + n[3:6] + " " + n[6:]
    elif style == "trunk_paren":
        if region not in TRUNK_0:
            v = "(+" + cc + ") " + intl(region, n).split(" ", 1)[1]
            style = "paren_cc"
        else:
            v = "+" + cc + " (0)" + intl(region, n).split(" ", 1)[1]
    elif style == "dash_intl":
        v = "+" + cc + "-" + intl(region, n).split(" ", 1)[1].replace(" ", "-").replace("(", "").replace(")", "")
        while "--" in v:
            v = v.replace("--", "-")
    elif style == "endash":  # pasted from a word processor: en dashes
        v = intl(region, n).replace("-", "\u2013")
        if "\u2013" not in v:
            v = v.replace(" ", "\u2013").replace("+" + cc + "\u2013", "+" + cc + " ")
    elif style == "nbhyphen":  # non-breaking hyphens between groups of a national form
        v = national(region, n).replace("-", "\u2011").replace(" ", "\u2011") if region not in ("US", "CA") else "%s\u2011%s\u2011%s" % (n[:3], n[3:6], n[6:])
        v = v.replace("(\u2011", "(").replace(")\u2011", ") ")
    elif style == "nbsp":
        v = intl(region, n).replace(" ", "\u00a0")
    elif style == "fullwidth":
        v = national(region, n).translate(FW)
    elif style == "digits":
        v = cc + n
    else:
        raise ValueError(style)
    return v, region.lower() + "_" + style, {"region": region}


# ---------------------------------------------------------------------------------------------
# Cards
# ---------------------------------------------------------------------------------------------

TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111",
              "4012888888881881", "4000000000000002", "5431111111111111", "6011601160116611", "4917610000000000003"}


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_fill(prefix, length):
    while True:
        body = prefix + d(length - len(prefix) - 1)
        for c in DIG:
            if luhn_ok(body + c):
                num = body + c
                break
        if num not in TEST_CARDS and len(set(num[len(prefix):])) > 3:
            return num


NETWORKS = [
    ("visa", lambda: "4" + pick(["53", "91", "70", "85", "14", "26", "64", "02", "39", "76"]), [16], 24),
    ("visa19", lambda: "4" + pick(["65", "21", "84"]), [19], 2),
    ("mastercard", lambda: "5" + R.choice("12345") + d(1), [16], 20),
    ("mastercard2", lambda: "2" + pick(["221", "3", "4", "5", "6", "70", "720"]), [16], 6),
    ("amex", lambda: pick(["34", "37"]), [15], 9),
    ("discover", lambda: pick(["6011", "644", "645", "649", "65"]), [16], 5),
    ("jcb", lambda: "35" + str(R.randint(28, 89)), [16], 5),
    ("diners", lambda: pick(["36", "300", "305", "38"]), [14], 3),
    ("unionpay", lambda: "62" + pick(["12", "22", "28", "58", "84"]), [16, 19], 5),
    ("maestro", lambda: pick(["6759", "5018", "5020", "6304"]), [16, 18, 19], 3),
    ("mir", lambda: "220" + R.choice("01234"), [16], 4),
    ("rupay", lambda: pick(["6521", "6522", "6081", "508"]), [16], 3),
    ("elo", lambda: pick(["636368", "438935", "504175", "451416", "509067", "650485"]), [16], 2),
    ("troy", lambda: "9792", [16], 2),
    ("verve", lambda: pick(["506099", "507865", "650002"]), [16, 19], 2),
    ("hipercard", lambda: "606282", [16], 1),
    ("bccard", lambda: "94" + R.choice("0123456789"), [16], 1),
    ("uatp", lambda: "1" + d(1), [15], 1),
]
NET_W = [w for *_, w in NETWORKS]


def card_digits(network=None):
    if network:
        net = [x for x in NETWORKS if x[0] == network][0]
    else:
        net = R.choices(NETWORKS, NET_W)[0]
    name, pfx, lens, _ = net
    return luhn_fill(pfx(), pick(lens)), name


def card_format(num, sep=" "):
    n = len(num)
    if n == 15 and num[0] == "3":
        return groups(num, [4, 6, 5], sep)
    if n == 15:
        return groups(num, [4, 5, 6], sep)
    if n == 14:
        return groups(num, [4, 6, 4], sep)
    if n == 19:
        return groups(num, [4, 4, 4, 4, 3], sep) if chance(0.7) else groups(num, [6, 13], sep)
    if n == 18:
        return groups(num, [4, 4, 4, 6], sep)
    return groups(num, [4, 4, 4, 4], sep)


def card(network=None, style=None):
    num, net = card_digits(network)
    style = style or R.choices(["space", "plain", "dash", "dot", "slash", "nbsp", "double_space", "narrow_nbsp"],
                               [40, 25, 15, 4, 2, 5, 3, 3])[0]
    if style == "plain":
        v = num
    else:
        v = card_format(num, {"space": " ", "dash": "-", "dot": ".", "slash": "/", "nbsp": "\u00a0",
                              "double_space": "  ", "narrow_nbsp": "\u202f"}[style])
    return v, net + "_" + style, {"digits": num}


# ---------------------------------------------------------------------------------------------
# API keys
# ---------------------------------------------------------------------------------------------

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix):
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt_like(payload, alg="HS256"):
    h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).rstrip(b"=").decode()
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).rstrip(b"=").decode()
    s = base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(32 if alg == "HS256" else 64))).rstrip(b"=").decode()
    return h + "." + p + "." + s


def b64bytes(n, url=False):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


def uuid4():
    h = rs(32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# name, env var, generator, label-only?
API_KEYS = [
    ("openai_proj", "OPENAI_API_KEY", lambda: "sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL), 30),
    ("openai_svcacct", "OPENAI_API_KEY", lambda: "sk-svcacct-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL), 6),
    ("openai_legacy", "OPENAI_API_KEY", lambda: "sk-" + rs(20) + "T3BlbkFJ" + rs(20), 5),
    ("anthropic_api03", "ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + rs(93, B64URL) + "AA", 30),
    ("anthropic_oat01", "CLAUDE_CODE_OAUTH_TOKEN", lambda: "sk-ant-oat01-" + rs(93, B64URL) + "AA", 6),
    ("anthropic_admin01", "ANTHROPIC_ADMIN_KEY", lambda: "sk-ant-admin01-" + rs(93, B64URL) + "AA", 3),
    ("google_aiza", "GEMINI_API_KEY", lambda: "AIza" + rs(35, B64URL), 20),
    ("github_ghp", "GITHUB_TOKEN", lambda: gh_token("ghp_"), 16),
    ("github_pat", "GH_TOKEN", lambda: "github_pat_11" + rs(20, UPNUM) + "0" + rs(1, UPNUM) + "_" + rs(59), 14),
    ("github_gho", "GITHUB_TOKEN", lambda: gh_token("gho_"), 4),
    ("github_ghs", "GITHUB_TOKEN", lambda: gh_token("ghs_"), 3),
    ("gitlab_glpat", "GITLAB_TOKEN", lambda: "glpat-" + rs(20, B64URL), 8),
    ("gitlab_glrt", "CI_RUNNER_TOKEN", lambda: "glrt-" + rs(20, B64URL), 2),
    ("slack_xoxb", "SLACK_BOT_TOKEN", lambda: "xoxb-" + d1(11) + "-" + d1(13) + "-" + rs(24), 8),
    ("slack_xoxp", "SLACK_USER_TOKEN", lambda: "xoxp-" + d1(11) + "-" + d1(11) + "-" + d1(13) + "-" + rs(32, HEX), 4),
    ("slack_xapp", "SLACK_APP_TOKEN", lambda: "xapp-1-A" + rs(10, UPNUM) + "-" + d1(13) + "-" + rs(64, HEX), 3),
    ("slack_webhook", "SLACK_WEBHOOK_URL", lambda: "https://hooks.slack.com/services/T" + rs(10, UPNUM) + "/B" + rs(10, UPNUM) + "/" + rs(24), 5),
    ("discord_webhook", "DISCORD_WEBHOOK", lambda: "https://discord.com/api/webhooks/1" + d(18) + "/" + rs(68, B64URL), 3),
    ("stripe_sk_live", "STRIPE_SECRET_KEY", lambda: "sk_live_51" + rs(22) + rs(75), 14),
    ("stripe_rk_live", "STRIPE_RESTRICTED_KEY", lambda: "rk_live_51" + rs(22) + rs(75), 4),
    ("aws_akia", "AWS_ACCESS_KEY_ID", lambda: "AKIA" + rs(16, B32), 12),
    ("aws_secret", "AWS_SECRET_ACCESS_KEY", lambda: rs(40, B64), 10),
    ("sendgrid", "SENDGRID_API_KEY", lambda: "SG." + rs(22, B64URL) + "." + rs(43, B64URL), 6),
    ("hf", "HF_TOKEN", lambda: "hf_" + rs(34, string.ascii_letters), 10),
    ("replicate", "REPLICATE_API_TOKEN", lambda: "r8_" + rs(37), 4),
    ("groq", "GROQ_API_KEY", lambda: "gsk_" + rs(52), 6),
    ("xai", "XAI_API_KEY", lambda: "xai-" + rs(80), 5),
    ("openrouter", "OPENROUTER_API_KEY", lambda: "sk-or-v1-" + rs(64, HEX), 8),
    ("perplexity", "PERPLEXITY_API_KEY", lambda: "pplx-" + rs(48), 3),
    ("deepseek", "DEEPSEEK_API_KEY", lambda: "sk-" + rs(32, HEX), 4),
    ("mistral", "MISTRAL_API_KEY", lambda: rs(32), 4),
    ("cohere", "COHERE_API_KEY", lambda: rs(40), 3),
    ("together", "TOGETHER_API_KEY", lambda: "tgp_v1_" + rs(43, B64URL), 3),
    ("fireworks", "FIREWORKS_API_KEY", lambda: "fw_" + rs(24), 2),
    ("cerebras", "CEREBRAS_API_KEY", lambda: "csk-" + rs(48, LOWNUM), 2),
    ("voyage", "VOYAGE_API_KEY", lambda: "pa-" + rs(43, B64URL), 2),
    ("elevenlabs", "ELEVENLABS_API_KEY", lambda: "sk_" + rs(48, HEX), 3),
    ("deepgram", "DEEPGRAM_API_KEY", lambda: rs(40, HEX), 2),
    ("pinecone", "PINECONE_API_KEY", lambda: "pcsk_" + rs(5) + "_" + rs(64), 3),
    ("supabase_sbp", "SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + rs(40, HEX), 3),
    ("supabase_secret", "SUPABASE_SECRET_KEY", lambda: "sb_secret_" + rs(22, B64URL) + "_" + rs(8, B64URL), 3),
    ("vercel", "VERCEL_TOKEN", lambda: "vcp_" + rs(56), 2),
    ("netlify", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + rs(36), 2),
    ("render", "RENDER_API_KEY", lambda: "rnd_" + rs(28), 2),
    ("digitalocean", "DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + rs(64, HEX), 3),
    ("cloudflare", "CLOUDFLARE_API_TOKEN", lambda: rs(40, B64URL), 3),
    ("heroku", "HEROKU_API_KEY", lambda: "HRKU-AA" + rs(58, B64URL), 2),
    ("npm", "NPM_TOKEN", lambda: gh_token("npm_"), 5),
    ("pypi", "PYPI_TOKEN", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(60, B64URL), 3),
    ("dockerhub", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + rs(27, B64URL), 3),
    ("linear", "LINEAR_API_KEY", lambda: "lin_api_" + rs(40), 3),
    ("notion", "NOTION_TOKEN", lambda: "ntn_" + d(11) + rs(35), 3),
    ("airtable", "AIRTABLE_TOKEN", lambda: "pat" + rs(14) + "." + rs(64, HEX), 2),
    ("figma", "FIGMA_TOKEN", lambda: "figd_" + rs(40, B64URL), 2),
    ("atlassian", "JIRA_API_TOKEN", lambda: "ATATT3xFfGF0" + rs(171, B64URL) + "=" + rs(8, HEX.upper()), 3),
    ("shopify", "SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + rs(32, HEX), 3),
    ("twilio_token", "TWILIO_AUTH_TOKEN", lambda: rs(32, HEX), 3),
    ("mailgun", "MAILGUN_API_KEY", lambda: rs(32, HEX) + "-" + rs(8, HEX) + "-" + rs(8, HEX), 2),
    ("mailchimp", "MAILCHIMP_API_KEY", lambda: rs(32, HEX) + "-us" + str(R.randint(2, 21)), 2),
    ("postmark", "POSTMARK_SERVER_TOKEN", lambda: uuid4(), 2),
    ("resend", "RESEND_API_KEY", lambda: "re_" + rs(8) + "_" + rs(24), 3),
    ("langsmith", "LANGSMITH_API_KEY", lambda: "lsv2_pt_" + rs(32, HEX) + "_" + rs(10, HEX), 3),
    ("langfuse", "LANGFUSE_SECRET_KEY", lambda: "sk-lf-" + uuid4(), 2),
    ("tavily", "TAVILY_API_KEY", lambda: "tvly-dev-" + rs(32), 3),
    ("firecrawl", "FIRECRAWL_API_KEY", lambda: "fc-" + rs(32, HEX), 2),
    ("exa", "EXA_API_KEY", lambda: uuid4(), 1),
    ("e2b", "E2B_API_KEY", lambda: "e2b_" + rs(40, HEX), 2),
    ("browserbase", "BROWSERBASE_API_KEY", lambda: "bb_live_" + rs(27, B64URL), 2),
    ("sentry_user", "SENTRY_AUTH_TOKEN", lambda: "sntryu_" + rs(64, HEX), 2),
    ("datadog", "DD_API_KEY", lambda: rs(32, HEX), 3),
    ("newrelic", "NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(27, UPNUM), 2),
    ("grafana", "GRAFANA_TOKEN", lambda: "glsa_" + rs(32) + "_" + rs(8, HEX), 2),
    ("posthog_personal", "POSTHOG_PERSONAL_API_KEY", lambda: "phx_" + rs(47), 2),
    ("google_oauth_secret", "GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + rs(28, B64URL), 3),
    ("telegram_bot", "TELEGRAM_BOT_TOKEN", lambda: d1(10) + ":AA" + rs(33, B64URL), 4),
    ("mapbox_secret", "MAPBOX_SECRET_TOKEN", lambda: "sk.eyJ1Ijoi" + rs(40, B64URL) + "." + rs(22, B64URL), 2),
    ("doppler", "DOPPLER_TOKEN", lambda: "dp.st.prd." + rs(43), 2),
    ("vault", "VAULT_TOKEN", lambda: "hvs.CAESI" + rs(86, B64URL), 2),
    ("tailscale", "TS_API_KEY", lambda: "tskey-api-k" + rs(16) + "CNTRL-" + rs(33), 2),
    ("ngrok", "NGROK_AUTHTOKEN", lambda: "2" + rs(26) + "_" + rs(21), 2),
    ("postman", "POSTMAN_API_KEY", lambda: "PMAK-" + rs(24, HEX) + "-" + rs(34, HEX), 2),
    ("square", "SQUARE_ACCESS_TOKEN", lambda: "EAAA" + rs(60, B64URL), 2),
    ("razorpay", "RAZORPAY_KEY_SECRET", lambda: rs(24), 1),
    ("paystack", "PAYSTACK_SECRET_KEY", lambda: "sk_live_" + rs(40, HEX), 2),
    ("flutterwave", "FLW_SECRET_KEY", lambda: "FLWSECK-" + rs(32, HEX) + "-X", 1),
    ("mollie", "MOLLIE_API_KEY", lambda: "live_" + rs(30), 1),
    ("clerk", "CLERK_SECRET_KEY", lambda: "sk_live_" + rs(40), 2),
    ("infura", "INFURA_API_KEY", lambda: rs(32, HEX), 1),
    ("alchemy", "ALCHEMY_API_KEY", lambda: rs(32, B64URL), 1),
    ("wandb", "WANDB_API_KEY", lambda: rs(40, HEX), 2),
    ("azure_openai", "AZURE_OPENAI_API_KEY", lambda: rs(84), 2),
    ("bitbucket", "BITBUCKET_TOKEN", lambda: "ATBB" + rs(32) + rs(8, HEX.upper()), 1),
    ("sonarqube", "SONAR_TOKEN", lambda: "squ_" + rs(40, HEX), 1),
    ("cursor", "CURSOR_API_KEY", lambda: "key_" + rs(64, HEX), 2),
    ("modal", "MODAL_TOKEN_SECRET", lambda: "as-" + rs(22), 1),
]
KEY_W = [w for *_, w in API_KEYS]
LABEL_ONLY = {"aws_secret", "mistral", "cohere", "deepgram", "cloudflare", "twilio_token", "mailgun", "mailchimp",
              "postmark", "exa", "datadog", "razorpay", "infura", "alchemy", "wandb", "azure_openai"}


def api_key(name=None, require_prefix=False):
    while True:
        if name:
            k = [x for x in API_KEYS if x[0] == name][0]
        else:
            k = R.choices(API_KEYS, KEY_W)[0]
        if require_prefix and k[0] in LABEL_ONLY:
            continue
        return k[2](), "key_" + k[0], {"env": k[1], "provider": k[0]}


# ---------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------

WORDS = ["harbor", "velvet", "cactus", "ember", "quartz", "lantern", "meadow", "pepper", "falcon", "orbit", "tundra",
         "walnut", "saffron", "copper", "glacier", "marble", "nectar", "pixel", "thistle", "voyage", "zephyr", "bamboo"]
PETWORDS = ["Bella", "Luna", "Chelsea", "Arsenal", "Porto", "Milano", "Kopenhagen", "Sakura", "Nadia", "Barca",
            "Galata", "Spartak", "Boca", "Fenerbahce", "Lakers", "Munchen", "Valencia", "Hamburg", "Oslo", "Krakow"]


def password(style=None):
    style = style or pick(["word_digits", "random", "passphrase", "symbolic", "leet"])
    if style == "word_digits":
        v = pick(PETWORDS) + str(R.randint(1, 2026)) + pick("!@#$%&*?")
    elif style == "random":
        while True:
            v = rs(R.randint(14, 22), ALNUM + "!#%&*+-=?@^_")
            if any(c.isdigit() for c in v) and any(c.isupper() for c in v):
                break
    elif style == "passphrase":
        v = pick(["-", ".", "_"]).join(R.sample(WORDS, 4)) + str(R.randint(1, 99))
    elif style == "symbolic":
        v = rs(3, UPP) + pick("#$%") + rs(4, LOW) + pick("!?&") + d(3) + pick("*^~")
    else:
        w = pick(WORDS)
        v = w.capitalize().replace("a", "@").replace("e", "3").replace("o", "0") + d(2) + pick("!$")
    return v, "pw_" + style


def pem_key():
    kind = pick(["openssh", "rsa", "ec", "pkcs8"])
    if kind == "openssh":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(70 * 5 - 70, B64)
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
        v = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    elif kind == "rsa":
        body = "MIIEpAIBAAKCAQEA" + rs(64 * 6 - 16, B64)
        v = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END RSA PRIVATE KEY-----"
    elif kind == "ec":
        body = "MHcCAQEEI" + rs(64 * 3 - 9 - 4, B64) + "==" + "" 
        body = body[:-2] + "=="
        v = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END EC PRIVATE KEY-----"
    else:
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(64 * 5 - 32, B64)
        v = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PRIVATE KEY-----"
    return v, "pem_" + kind


def secret_token(kind=None):
    kind = kind or pick(["jwt", "whsec", "django", "nextauth", "wg_private", "totp", "session", "basic", "app_password",
                         "recovery", "laravel", "rails"])
    if kind == "jwt":
        v = jwt_like({"sub": str(R.randint(10000, 999999)), "role": pick(["admin", "user", "service_role"]),
                      "iat": R.randint(1767000000, 1790000000), "exp": R.randint(1790000001, 1800000000)})
    elif kind == "whsec":
        v = "whsec_" + rs(32)
    elif kind == "django":
        v = rs(50, LOWNUM + "!@#%^&*(-_=+)")
    elif kind == "nextauth":
        v = b64bytes(32)
    elif kind == "wg_private":
        raw = bytearray(R.getrandbits(8) for _ in range(32))
        raw[0] &= 248
        raw[31] = (raw[31] & 127) | 64
        v = base64.b64encode(bytes(raw)).decode()
    elif kind == "totp":
        v = rs(32, B32)
    elif kind == "session":
        v = rs(32, LOWNUM)
    elif kind == "basic":
        f, l = latin_handle(pick(LATIN_LANGS))
        v = base64.b64encode((f + ":" + password()[0]).encode()).decode()
    elif kind == "app_password":
        v = " ".join(rs(4, LOW) for _ in range(4))
    elif kind == "recovery":
        v = rs(5, LOWNUM) + "-" + rs(5, LOWNUM)
    elif kind == "laravel":
        v = "base64:" + b64bytes(32)
    else:
        v = rs(128, HEX)
    return v, "tok_" + kind


# ---------------------------------------------------------------------------------------------
# Government ids and IBANs
# ---------------------------------------------------------------------------------------------

def verhoeff_check(num):
    dt = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
          [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
          [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
          [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    pt = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
          [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
          [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = dt[c][pt[(i + 1) % 8][int(ch)]]
    return str(inv[c])


def mod97_iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return cc + "%02d" % (98 - n % 97) + bban


def gov_id(kind=None):
    kind = kind or pick(["us_ssn", "gb_nino", "nl_bsn", "es_dni", "es_nie", "br_cpf", "pl_pesel", "it_cf", "de_idnr",
                         "fr_nir", "in_aadhaar", "in_pan", "ca_sin", "au_tfn", "sg_nric", "kr_rrn", "cn_ric",
                         "jp_mynumber", "iban_de", "iban_gb", "iban_nl", "iban_at", "iban_ch", "iban_ie"])
    if kind == "us_ssn":
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        v = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if v in ("123-45-6789", "078-05-1120", "219-09-9999"):
            return gov_id(kind)
    elif kind == "gb_nino":
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = R.choice(first) + R.choice(second)
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        dd = d(6)
        v = pick([p + dd + R.choice("ABCD"), p + " " + groups(dd, [2, 2, 2]) + " " + R.choice("ABCD")])
    elif kind == "nl_bsn":
        while True:
            ds = d1(8)
            s = sum(int(ds[i]) * (9 - i) for i in range(8))
            c = s % 11
            if c < 10:
                v = ds + str(c)
                break
    elif kind == "es_dni":
        n = R.randint(10000000, 79999999)
        v = "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])
        if chance(0.3):
            v = v[:8] + "-" + v[8]
    elif kind == "es_nie":
        p = R.choice("XYZ")
        n = d(7)
        v = p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]
    elif kind == "br_cpf":
        while True:
            ds = [int(c) for c in d(9)]
            if len(set(ds)) > 1:
                break
        for k in (10, 11):
            s = sum(x * w for x, w in zip(ds, range(k, 1, -1)))
            ds.append((s * 10) % 11 % 10)
        s = "".join(map(str, ds))
        v = s[:3] + "." + s[3:6] + "." + s[6:9] + "-" + s[9:] if chance(0.75) else s
    elif kind == "pl_pesel":
        y, m, dd = R.randint(1950, 2008), R.randint(1, 12), R.randint(1, 28)
        mm = m + (20 if y >= 2000 else 0)
        base = "%02d%02d%02d" % (y % 100, mm, dd) + d(4)
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        v = base + str((10 - sum(int(c) * x for c, x in zip(base, w)) % 10) % 10)
    elif kind == "it_cf":
        cons = "BCDFGLMNPRSTVZ"
        y, m, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28) + (40 if chance(0.5) else 0)
        base = rs(3, cons) + rs(3, cons) + "%02d" % y + "ABCDEHLMPRST"[m - 1] + "%02d" % dd + pick(["H501", "F205", "L219", "G273", "A662", "D612"])
        odd = {c: v for c, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                     [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}
        even = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
        s = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(base))
        v = base + chr(65 + s % 26)
    elif kind == "de_idnr":
        while True:
            digs = R.sample(range(10), 9)
            digs.append(R.choice(digs))
            R.shuffle(digs)
            if digs[0] != 0:
                break
        ds = "".join(map(str, digs))
        p = 10
        for ch in ds:
            s = (int(ch) + p) % 10 or 10
            p = (2 * s) % 11
        c = (11 - p) % 10
        v = ds + str(c)
        v = pick([v, groups(v, [2, 3, 3, 3])])
    elif kind == "fr_nir":
        base = R.choice("12") + "%02d" % R.randint(50, 99) + "%02d" % R.randint(1, 12) + "%02d" % R.randint(1, 95) + d(3) + d(3)
        if base[5:7] == "20":
            base = base[:5] + "75" + base[7:]
        key = 97 - int(base) % 97
        v = pick([base + "%02d" % key, " ".join([base[0], base[1:3], base[3:5], base[5:7], base[7:10], base[10:13], "%02d" % key])])
    elif kind == "in_aadhaar":
        while True:
            b = R.choice("23456789") + d(10)
            v = b + verhoeff_check(b)
            if v != v[::-1]:
                break
        v = pick([groups(v, [4, 4, 4]), v])
    elif kind == "in_pan":
        v = rs(3, UPP) + "P" + rs(1, UPP) + d(4) + rs(1, UPP)
    elif kind == "ca_sin":
        v = luhn_fill(R.choice("1234567"), 9)
        v = pick([groups(v, [3, 3, 3]), groups(v, [3, 3, 3], "-")])
    elif kind == "au_tfn":
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            ds = d1(8)
            for c in DIG:
                if sum(int(x) * y for x, y in zip(ds + c, w)) % 11 == 0:
                    v = groups(ds + c, [3, 3, 3])
                    break
            else:
                continue
            break
    elif kind == "sg_nric":
        p = R.choice("ST")
        ds = d(7)
        s = sum(int(c) * w for c, w in zip(ds, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
        v = p + ds + "JZIHGFEDCBA"[s % 11]
    elif kind == "kr_rrn":
        y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
        base = "%02d%02d%02d" % (y, m, dd) + R.choice("12") + "%02d" % R.randint(0, 12) + d(3)
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(a) * b for a, b in zip(base, w)) % 11) % 10
        v = base[:6] + "-" + base[6:] + str(c)
    elif kind == "cn_ric":
        area = pick(["110101", "110105", "310101", "310115", "440305", "440106", "330106", "510104", "320102"])
        y, m, dd = R.randint(1960, 2004), R.randint(1, 12), R.randint(1, 28)
        base = area + "%04d%02d%02d" % (y, m, dd) + d(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        v = base + "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]
    elif kind == "jp_mynumber":
        ds = d(11)
        s = 0
        for n in range(1, 12):
            q = n + 1 if n <= 6 else n - 5
            s += int(ds[11 - n]) * q
        r = s % 11
        v = ds + str(0 if r <= 1 else 11 - r)
        v = pick([v, groups(v, [4, 4, 4])])
    elif kind.startswith("iban_"):
        cc = kind[5:].upper()
        bban = {"DE": lambda: d(8) + d(10), "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + d(6) + d(8),
                "NL": lambda: pick(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "BUNQ"]) + d(10), "AT": lambda: d(16),
                "CH": lambda: d(5) + d(12), "IE": lambda: pick(["AIBK", "BOFI"]) + d(6) + d(8)}[cc]
        bban = bban()
        v = mod97_iban(cc, bban)
        v = pick([v, groups(v, [4] * 9)])
    else:
        raise ValueError(kind)
    return v, kind, {"idtype": kind}


# ---------------------------------------------------------------------------------------------
# IPs, users, account ids
# ---------------------------------------------------------------------------------------------

PUB4 = [(24, 0, 255), (31, 0, 255), (37, 0, 255), (46, 0, 255), (62, 0, 255), (73, 0, 255), (77, 0, 255), (79, 0, 255),
        (81, 0, 255), (84, 0, 255), (86, 0, 255), (88, 0, 255), (91, 0, 255), (94, 0, 255), (98, 0, 255), (109, 0, 255),
        (112, 0, 255), (125, 0, 255), (139, 0, 255), (151, 0, 255), (176, 0, 255), (178, 0, 255), (185, 0, 255),
        (187, 0, 255), (189, 0, 255), (201, 0, 255), (212, 0, 255), (217, 0, 255), (41, 0, 255), (49, 0, 255)]
PUB6 = ["2a02:810d", "2a01:cb08", "2003:e4", "2a00:23c7", "2601:646", "2600:1700", "2405:6580", "2400:4150",
        "2a02:a466", "2001:1c02", "2804:14c", "2a0a:a541"]


def ip(v6=None):
    if v6 is None:
        v6 = chance(0.2)
    if v6:
        p = pick(PUB6)
        parts = p.split(":") + [rs(R.randint(1, 4), HEX).lstrip("0") or "1" for _ in range(6 - len(p.split(":")) + 2)]
        if chance(0.5):
            v = ":".join(parts[:4]) + "::" + ":".join(parts[-2:])
            return v, "ipv6_compressed"
        return ":".join(parts[:8]), "ipv6_full"
    a, lo, hi = pick(PUB4)
    v = "%d.%d.%d.%d" % (a, R.randint(lo, hi), R.randint(0, 255), R.randint(1, 254))
    return v, "ipv4"


def username():
    f, l = latin_handle(pick(LATIN_LANGS + ["ja", "zh", "ko", "ru"]))
    return pick([f, f + l[0], f[0] + l, f + "." + l, f + "_" + l[:3], f + str(R.randint(1, 99)), l + f[0]])


# ---------------------------------------------------------------------------------------------
# Wrappers
# ---------------------------------------------------------------------------------------------

def jesc(ascii_only):
    return lambda s: json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def compose(f, g):
    return lambda s: f(g(s))


def ts():
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(8, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def jd(o, ea):
    return json.dumps(o, ensure_ascii=ea, separators=(",", ":"))


def w_codex_custom_out(text, ea):
    o = {"timestamp": ts(), "type": "response_item", "payload": {"type": "custom_tool_call_output", "id": "fco-" + rs(8, HEX),
                                                              "call_id": "call_" + rs(24), "output": [{"type": "input_text", "text": text}]}}
    return jd(o, ea), jesc(ea)


def w_codex_agent_message(text, ea):
    o = {"timestamp": ts(), "type": "event_msg", "payload": {"type": "agent_message", "message": text, "phase": "output"}}
    return jd(o, ea), jesc(ea)


def w_codex_exec_end(text, ea):
    o = {"timestamp": ts(), "type": "event_msg", "payload": {"type": "exec_command_end", "call_id": "call_" + rs(24),
                                                          "command": ["bash", "-lc", pick(["cat .env", "./run.sh", "python main.py", "npm run dev", "make test"])],
                                                          "cwd": "/workspace/app", "exit_code": pick([0, 1]), "aggregated_output": text}}
    return jd(o, ea), jesc(ea)


def w_codex_mcp_end(text, ea):
    o = {"timestamp": ts(), "type": "event_msg", "payload": {"type": "mcp_tool_call_end", "call_id": "call_" + rs(24),
                                                          "invocation": {"server": pick(["gmail", "notion", "crm", "filesystem", "hubspot"]), "tool": pick(["read_message", "get_page", "lookup_contact", "read_file"]), "arguments": {}},
                                                          "result": {"Ok": {"content": [{"type": "text", "text": text}], "isError": False}}}}
    return jd(o, ea), jesc(ea)


def w_codex_spawn(text, ea):
    o = {"timestamp": ts(), "type": "event_msg", "payload": {"type": "collab_agent_spawn_end", "call_id": "call_" + rs(24),
                                                          "new_agent_nickname": pick(["scout", "fixer", "reviewer"]), "new_agent_role": "worker", "prompt": text, "model": "gpt-5.5"}}
    return jd(o, ea), jesc(ea)


def w_chat_sse(text, ea):
    o = {"id": "chatcmpl-" + rs(29), "object": "chat.completion.chunk", "created": R.randint(1780000000, 1795000000),
         "model": pick(["gpt-5.1-mini", "moonshotai/kimi-k2", "qwen3-coder"]), "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}
    return "data: " + jd(o, ea), jesc(ea)


def w_chat_tool_msg(text, ea):
    o = {"model": "gpt-5.1", "messages": [{"role": "user", "content": pick(["Check the record.", "Run it.", "What does the log say?"])},
                                          {"role": "tool", "tool_call_id": "call_" + rs(24), "content": text}]}
    return jd(o, ea), jesc(ea)


def w_glaive_obs(text, ea):
    inner = json.dumps({"status": "ok", "result": text}, ensure_ascii=ea)
    o = {"conversations": [{"from": "human", "value": pick(["Look this up please.", "Fetch the record.", "Can you pull it?"])},
                           {"from": "function_call", "value": "{\"name\": \"lookup\", \"arguments\": {}}"},
                           {"from": "observation", "value": inner}]}
    return json.dumps(o, ensure_ascii=ea), compose(jesc(ea), jesc(ea))


def w_cc_sidechain(text, ea):
    o = {"parentUuid": None, "isSidechain": True, "userType": "external", "cwd": "/Users/dev/project", "sessionId": uuid4(),
         "agentId": rs(17, HEX), "version": "2.1.2" + d(2), "gitBranch": "main", "type": "user",
         "message": {"role": "user", "content": text}, "uuid": uuid4(), "timestamp": ts()}
    return jd(o, ea), jesc(ea)


def w_cc_edit(text, ea):
    o = {"parentUuid": uuid4(), "isSidechain": False, "type": "assistant", "message": {"id": "msg_01" + rs(22), "role": "assistant",
         "content": [{"type": "tool_use", "id": "toolu_01" + rs(22), "name": "Edit",
                      "input": {"file_path": "/srv/app/" + pick(["config.py", ".env.production", "settings.yaml", "notes.md"]), "old_string": "TODO", "new_string": text}}]},
         "uuid": uuid4(), "timestamp": ts()}
    return jd(o, ea), jesc(ea)


def w_cc_thinking(text, ea):
    o = {"type": "assistant", "message": {"id": "msg_01" + rs(22), "role": "assistant",
         "content": [{"type": "thinking", "thinking": text, "signature": rs(96, B64)}]}, "uuid": uuid4(), "timestamp": ts()}
    return jd(o, ea), jesc(ea)


def w_claudeai_blocks(text, ea):
    o = {"uuid": uuid4(), "text": "", "content": [{"type": "text", "text": text, "start_timestamp": ts(), "citations": []}],
         "sender": "human", "created_at": ts(), "attachments": [], "files": [], "parent_message_uuid": uuid4()}
    return jd(o, ea), jesc(ea)


def w_chatgpt_multimodal(text, ea):
    o = {"id": uuid4(), "message": {"id": uuid4(), "author": {"role": "user", "name": None, "metadata": {}},
         "content": {"content_type": "multimodal_text", "parts": [{"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-" + rs(22), "width": 1170, "height": 2532}, text]},
         "status": "finished_successfully"}, "parent": uuid4(), "children": []}
    return jd(o, ea), jesc(ea)


def w_gemini(text, ea):
    o = {"contents": [{"role": "user", "parts": [{"text": text}]}], "generationConfig": {"temperature": 0.2}}
    return jd(o, ea), jesc(ea)


def w_ollama(text, ea):
    o = {"model": pick(["qwen3:14b", "llama3.3:70b", "gemma3:12b"]), "created_at": ts(), "message": {"role": "user", "content": text}, "done": False}
    return jd(o, ea), jesc(ea)


def w_vcr_yaml(text, ea):
    body = jd({"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": text}]}, ea)
    j = jesc(ea)
    return "- request:\n    body: '" + body.replace("'", "''") + "'\n    method: POST\n    uri: https://api.anthropic.com/v1/messages", (lambda s: j(s).replace("'", "''"))


def w_html_transcript(text, ea):
    return ('<div class="message user" data-ts="%s"><div class="content"><p>' % ts()) + html.escape(text, quote=True) + "</p></div></div>", (lambda s: html.escape(s, quote=True))


WRAPPERS = [("codex_custom_out", w_codex_custom_out), ("codex_agent_message", w_codex_agent_message),
            ("codex_exec_end", w_codex_exec_end), ("codex_mcp_end", w_codex_mcp_end), ("codex_spawn", w_codex_spawn),
            ("chat_sse", w_chat_sse), ("chat_tool_msg", w_chat_tool_msg), ("glaive_observation", w_glaive_obs),
            ("cc_sidechain", w_cc_sidechain), ("cc_edit", w_cc_edit), ("cc_thinking", w_cc_thinking),
            ("claudeai_blocks", w_claudeai_blocks), ("chatgpt_multimodal", w_chatgpt_multimodal),
            ("gemini_request", w_gemini), ("ollama_ndjson", w_ollama), ("vcr_yaml", w_vcr_yaml),
            ("html_transcript", w_html_transcript)]


# ---------------------------------------------------------------------------------------------
# Span markers and line building
# ---------------------------------------------------------------------------------------------

class Span:
    __slots__ = ("kind", "value", "shape", "meta")

    def __init__(self, kind, value, shape, meta=None):
        self.kind, self.value, self.shape, self.meta = kind, value, shape, meta or {}


def EM(**kw):
    v, sh = email(**kw)
    return Span("email", v, sh)


def PH(region=None, style=None):
    v, sh, m = phone(region, style)
    return Span("phone", v, sh, m)


def CD(network=None, style=None):
    v, sh, m = card(network, style)
    return Span("card", v, sh, m)


def AK(name=None, require_prefix=False):
    v, sh, m = api_key(name, require_prefix)
    return Span("api_key", v, sh, m), m["env"]


def PW(style=None):
    v, sh = password(style)
    return Span("secret", v, sh)


def ST(kind=None):
    v, sh = secret_token(kind)
    return Span("secret", v, sh)


def GV(kind=None):
    v, sh, m = gov_id(kind)
    return Span("gov_id", v, sh, m)


def IPS(v6=None):
    v, sh = ip(v6)
    return Span("ip", v, sh)


def US(u=None, shape="user"):
    return Span("user", u or username(), shape)


def NM(v, shape):
    return Span("name", v, shape)


def AC(v, shape):
    return Span("account_id", v, shape)


LANG_REGION = {"en": ["US", "GB", "CA", "AU", "IE", "NZ", "ZA", "NG", "KE", "SG", "IN", "PH"], "de": ["DE", "AT", "CH"],
               "fr": ["FR", "BE", "CH"], "es": ["ES", "MX", "AR", "CO", "CL", "PE"], "it": ["IT", "CH"],
               "pt": ["BR", "PT"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE", "FI"], "tr": ["TR"], "ru": ["RU"],
               "uk": ["UA"], "ja": ["JP"], "zh": ["CN", "TW", "HK"], "ko": ["KR"], "ar": ["SA", "AE", "EG"],
               "he": ["IL"], "hi": ["IN"], "vi": ["VN"], "id": ["ID"], "th": ["TH"], "cs": ["CZ"], "ro": ["RO"],
               "hu": ["HU"], "el": ["GR"], "fi": ["FI"], "da": ["DK"], "no": ["NO"], "fa": ["AE"], "sw": ["KE"],
               "tl": ["PH"], "ms": ["MY"], "bn": ["BD"], "ur": ["PK"]}
LANG_NET = {"ru": "mir", "ja": "jcb", "zh": "unionpay", "hi": "rupay", "pt": "elo", "tr": "troy", "ko": "bccard"}

# Chat sentences per language: email, phone, card, password, key
CHAT = {
    "en": [["Can you draft a polite follow-up to {v}? They've ignored my last two messages.",
            "The reset link never shows up at {v}, spam folder is empty. What else can I check?",
            "Rewrite this intro so it ends with 'reach me at {v}' and sounds less stiff."],
           ["Write a two-line SMS reminder for the plumber, his number is {v}.",
            "My landlord's number is {v} — help me word a text asking to fix the boiler.",
            "Add {v} as the emergency contact in the onboarding form JSON you made."],
           ["I got charged twice on {v} yesterday, help me write the dispute to the bank.",
            "Which fields go where? card {v}, exp 11/29, the form keeps rejecting it",
            "The checkout says 'card declined' for {v} but my balance is fine. Ideas?"],
           ["our wifi password is {v} — make a little printable card for guests",
            "I keep typing {v} and the router admin page says wrong password, is there a length limit?",
            "Store this in the password manager note: VPN login, password {v}"],
           ["why does this return 401? I'm using {v} as the key",
            "I rotated the key yesterday, the new one is {v}, but the old errors continue",
            "Set the key to {v} in the example and show me the curl call"]],
    "de": [["Kannst du eine kurze Absage an {v} formulieren?", "Der Reset-Link an {v} kommt einfach nicht an."],
           ["Schreib eine SMS an meinen Vermieter, Nummer {v}, wegen der Heizung.", "Bitte trag {v} als Notfallkontakt ein."],
           ["Meine Karte {v} wurde doppelt belastet, hilf mir beim Widerspruch.", "Zahlung mit {v} schlägt immer fehl, warum?"],
           ["Das WLAN-Passwort ist {v}, mach mir bitte einen Aushang für Gäste.", "Mein Passwort {v} wird vom Router abgelehnt."],
           ["Warum kriege ich 401 mit dem Schlüssel {v}?", "Hier der neue API-Key: {v} — bau ihn ins Skript ein."]],
    "fr": [["Peux-tu rédiger une relance pour {v} ? Aucune réponse depuis lundi.", "Je ne reçois pas le code sur {v}."],
           ["Rédige un SMS pour le plombier, son numéro : {v}.", "Ajoute {v} comme contact d'urgence."],
           ["Ma carte {v} a été débitée deux fois, aide-moi à contester.", "Le paiement avec la carte {v} est refusé."],
           ["Le mot de passe du wifi est {v}, fais-moi une affichette.", "Mon mot de passe {v} ne marche plus sur la box."],
           ["Pourquoi j'ai une 401 avec la clé {v} ?", "Voici ma clé API : {v}, intègre-la dans le script."]],
    "es": [["¿Me escribes un correo para {v} pidiendo la factura?", "No me llega la verificación a {v}."],
           ["Escribe un SMS para el casero, su número es {v}.", "Pon {v} como contacto de emergencia."],
           ["Me cobraron dos veces en la tarjeta {v}, ayúdame con la reclamación.", "La tarjeta {v} sale rechazada."],
           ["La contraseña del wifi es {v}, hazme un cartelito.", "Mi contraseña {v} no funciona en el router."],
           ["¿Por qué me da 401 con la clave {v}?", "Esta es mi API key: {v}, ponla en el ejemplo."]],
    "it": [["Scrivimi una mail formale per {v}, devo disdire il contratto.", "Non ricevo il codice su {v}."],
           ["Scrivi un SMS all'idraulico, il numero è {v}.", "Metti {v} come contatto di emergenza."],
           ["Mi hanno addebitato due volte sulla carta {v}.", "La carta {v} viene rifiutata al checkout."],
           ["La password del wifi è {v}, fammi un cartello.", "La mia password {v} non va più."],
           ["Perché ricevo 401 con la chiave {v}?", "Ecco la mia chiave API: {v}"]],
    "pt": [["Pode escrever um e-mail para {v} cobrando o orçamento?", "O código não chega no {v}."],
           ["Manda um SMS pro encanador, o número é {v}.", "Coloca {v} como contato de emergência."],
           ["Fui cobrado duas vezes no cartão {v}, me ajuda a contestar.", "O cartão {v} está sendo recusado."],
           ["A senha do wi-fi é {v}, faz um cartaz pros hóspedes.", "Minha senha {v} não funciona no roteador."],
           ["Por que dá 401 com a chave {v}?", "Essa é minha chave de API: {v}"]],
    "nl": [["Kun je een mailtje opstellen naar {v} over de huurverhoging?", "De code komt niet aan op {v}."],
           ["Stuur een sms naar de loodgieter, nummer {v}.", "Zet {v} als noodcontact."],
           ["Mijn kaart {v} is twee keer belast.", "Betalen met {v} lukt niet."],
           ["Het wifi-wachtwoord is {v}, maak er een kaartje van.", "Mijn wachtwoord {v} werkt niet meer."],
           ["Waarom krijg ik 401 met sleutel {v}?", "Dit is mijn API-sleutel: {v}"]],
    "pl": [["Napisz proszę maila do {v} z prośbą o fakturę.", "Kod nie dochodzi na {v}."],
           ["Napisz SMS do hydraulika, numer {v}.", "Dodaj {v} jako kontakt awaryjny."],
           ["Z karty {v} pobrano dwa razy.", "Karta {v} jest odrzucana."],
           ["Hasło do wifi to {v}, zrób kartkę dla gości.", "Moje hasło {v} nie działa."],
           ["Czemu dostaję 401 z kluczem {v}?", "Oto mój klucz API: {v}"]],
    "sv": [["Kan du skriva ett mejl till {v} om flytten?", "Koden kommer aldrig till {v}."],
           ["Skriv ett sms till rörmokaren, nummer {v}.", "Lägg in {v} som nödkontakt."],
           ["Mitt kort {v} drogs två gånger.", "Kortet {v} nekas i kassan."],
           ["Wifi-lösenordet är {v}, gör en lapp till gästerna.", "Lösenordet {v} funkar inte."],
           ["Varför får jag 401 med nyckeln {v}?", "Här är min API-nyckel: {v}"]],
    "tr": [["{v} adresine kibar bir hatırlatma maili yazar mısın?", "Doğrulama kodu {v} adresine gelmiyor."],
           ["Tesisatçıya SMS yaz, numarası {v}.", "{v} numarasını acil durum kişisi yap."],
           ["{v} numaralı kartımdan iki kez çekim yapıldı.", "{v} kartı reddediliyor."],
           ["Wifi şifresi {v}, misafirler için kart hazırla.", "Şifrem {v} çalışmıyor."],
           ["{v} anahtarıyla neden 401 alıyorum?", "API anahtarım: {v}"]],
    "ru": [["Напиши письмо на {v} — нужно перенести встречу.", "Код не приходит на {v}."],
           ["Напиши СМС сантехнику, номер {v}.", "Добавь {v} как экстренный контакт."],
           ["С карты {v} списали дважды, помоги составить претензию.", "Карту {v} не принимает сайт."],
           ["Пароль от вайфая {v}, сделай табличку для гостей.", "Мой пароль {v} не подходит."],
           ["Почему 401 с ключом {v}?", "Вот мой API-ключ: {v}"]],
    "uk": [["Склади лист на {v} щодо повернення коштів.", "Код не приходить на {v}."],
           ["Напиши СМС сантехніку, номер {v}.", "Додай {v} як екстрений контакт."],
           ["З картки {v} списали двічі.", "Картку {v} відхиляє магазин."],
           ["Пароль від wifi {v}, зроби табличку.", "Мій пароль {v} не працює."],
           ["Чому 401 з ключем {v}?", "Ось мій API-ключ: {v}"]],
    "ja": [["{v}宛てにお詫びのメールを書いてください。", "確認コードが{v}に届きません。"],
           ["大家さんの電話番号は{v}です。SMSの文面を考えて。", "緊急連絡先に{v}を追加して。"],
           ["カード{v}で二重に請求されました。", "{v}のカードが決済で弾かれます。"],
           ["Wi-Fiのパスワードは{v}です。来客用のカードを作って。", "パスワード{v}が通りません。"],
           ["APIキー{v}で401になるのはなぜ？", "新しいキーは{v}です。スクリプトに入れて。"]],
    "zh": [["帮我给{v}写一封催款邮件。", "验证码一直发不到{v}。"],
           ["给房东发个短信，他的电话是{v}。", "把{v}设为紧急联系人。"],
           ["我的卡{v}被重复扣款了，帮我写申诉。", "卡号{v}支付一直失败。"],
           ["WiFi密码是{v}，帮我做个给客人的卡片。", "密码{v}登录不上路由器。"],
           ["为什么用密钥{v}会返回401？", "这是我的API key：{v}"]],
    "ko": [["{v}로 회의 일정 변경 메일 좀 써줘.", "인증 코드가 {v}로 안 와요."],
           ["집주인 번호가 {v}인데 문자 좀 써줘.", "{v}를 비상 연락처로 넣어줘."],
           ["{v} 카드로 두 번 결제됐어요.", "{v} 카드가 결제 거절돼요."],
           ["와이파이 비밀번호는 {v}야, 손님용 카드 만들어줘.", "비밀번호 {v}가 안 먹혀요."],
           ["API 키 {v}로 왜 401이 나와?", "새 키는 {v}야."]],
    "ar": [["اكتب رسالة إلى {v} لطلب استرداد المبلغ.", "رمز التحقق لا يصل إلى {v}."],
           ["اكتب رسالة قصيرة للسباك، رقمه {v}.", "أضف {v} كجهة اتصال للطوارئ."],
           ["تم خصم المبلغ مرتين من بطاقتي {v}.", "البطاقة {v} مرفوضة."],
           ["كلمة سر الواي فاي هي {v}، اعمل لي بطاقة للضيوف.", "كلمة المرور {v} لا تعمل."],
           ["لماذا أحصل على 401 مع المفتاح {v}؟", "هذا مفتاح الـ API الخاص بي: {v}"]],
    "he": [["תכתוב מייל ל-{v} ותבקש דחייה של הפגישה.", "הקוד לא מגיע ל-{v}."],
           ["תנסח הודעה לאינסטלטור, המספר שלו {v}.", "תוסיף את {v} כאיש קשר לחירום."],
           ["חייבו אותי פעמיים בכרטיס {v}.", "הכרטיס {v} נדחה."],
           ["הסיסמה של הוויפי היא {v}.", "הסיסמה {v} לא עובדת."],
           ["למה אני מקבל 401 עם המפתח {v}?", "זה מפתח ה-API שלי: {v}"]],
    "hi": [["{v} को एक ईमेल लिखो कि मीटिंग कल होगी।", "OTP {v} पर नहीं आ रहा।"],
           ["प्लंबर को SMS लिखो, नंबर {v} है।", "{v} को इमरजेंसी कॉन्टैक्ट बनाओ।"],
           ["मेरे कार्ड {v} से दो बार पैसे कटे।", "कार्ड {v} रिजेक्ट हो रहा है।"],
           ["वाईफाई पासवर्ड {v} है।", "पासवर्ड {v} काम नहीं कर रहा।"],
           ["की {v} से 401 क्यों आ रहा है?", "मेरी API key: {v}"]],
    "vi": [["Viết giúp mình email gửi {v} để hỏi về hợp đồng.", "Mã xác minh không về {v}."],
           ["Soạn tin nhắn cho thợ sửa ống nước, số {v}.", "Thêm {v} làm liên hệ khẩn cấp."],
           ["Thẻ {v} của tôi bị trừ tiền hai lần.", "Thẻ {v} bị từ chối."],
           ["Mật khẩu wifi là {v}.", "Mật khẩu {v} không đăng nhập được."],
           ["Sao dùng key {v} lại bị 401?", "Đây là API key của mình: {v}"]],
    "id": [["Tolong buatkan email ke {v} soal tagihan bulan ini.", "Kode verifikasi tidak masuk ke {v}."],
           ["Buatkan SMS ke tukang ledeng, nomornya {v}.", "Jadikan {v} kontak darurat."],
           ["Kartu saya {v} kena tagih dua kali.", "Kartu {v} ditolak terus."],
           ["Password wifi-nya {v}.", "Password {v} tidak bisa dipakai."],
           ["Kenapa 401 pakai key {v}?", "Ini API key saya: {v}"]],
    "th": [["ช่วยเขียนอีเมลถึง {v} เรื่องเลื่อนนัดหน่อย", "รหัสยืนยันไม่ส่งมาที่ {v}"],
           ["ช่วยเขียน SMS ถึงช่างประปา เบอร์ {v}", "เพิ่ม {v} เป็นผู้ติดต่อฉุกเฉิน"],
           ["บัตร {v} โดนตัดเงินสองครั้ง", "บัตร {v} ถูกปฏิเสธ"],
           ["รหัสวายฟายคือ {v}", "รหัสผ่าน {v} ใช้ไม่ได้"],
           ["ทำไมใช้คีย์ {v} แล้วได้ 401", "นี่คือ API key ของผม: {v}"]],
    "cs": [["Napiš e-mail na {v} ohledně reklamace.", "Kód mi nechodí na {v}."],
           ["Napiš SMS instalatérovi, číslo {v}.", "Přidej {v} jako nouzový kontakt."],
           ["Z karty {v} mi strhli platbu dvakrát.", "Karta {v} je zamítnutá."],
           ["Heslo k wifi je {v}.", "Heslo {v} nefunguje."],
           ["Proč dostávám 401 s klíčem {v}?", "Tady je můj API klíč: {v}"]],
    "ro": [["Scrie-mi un e-mail către {v} despre factură.", "Codul nu ajunge pe {v}."],
           ["Scrie un SMS instalatorului, numărul {v}.", "Adaugă {v} ca contact de urgență."],
           ["Mi s-a retras de două ori de pe cardul {v}.", "Cardul {v} e respins."],
           ["Parola de wifi e {v}.", "Parola {v} nu merge."],
           ["De ce primesc 401 cu cheia {v}?", "Asta e cheia mea API: {v}"]],
    "hu": [["Írj egy e-mailt a(z) {v} címre a számláról.", "A kód nem jön meg a(z) {v} címre."],
           ["Írj SMS-t a vízszerelőnek, a száma {v}.", "Add hozzá a(z) {v} számot vészhelyzeti kontaktként."],
           ["A {v} kártyámról kétszer vonták le.", "A {v} kártyát elutasítják."],
           ["A wifi jelszó {v}.", "A jelszó {v} nem működik."],
           ["Miért kapok 401-et a(z) {v} kulccsal?", "Az API kulcsom: {v}"]],
    "el": [["Γράψε ένα email στο {v} για την ακύρωση.", "Ο κωδικός δεν έρχεται στο {v}."],
           ["Γράψε SMS στον υδραυλικό, το νούμερο είναι {v}.", "Βάλε το {v} ως επαφή έκτακτης ανάγκης."],
           ["Η κάρτα μου {v} χρεώθηκε δύο φορές.", "Η κάρτα {v} απορρίπτεται."],
           ["Ο κωδικός του wifi είναι {v}.", "Ο κωδικός {v} δεν δουλεύει."],
           ["Γιατί παίρνω 401 με το κλειδί {v};", "Αυτό είναι το API key μου: {v}"]],
    "fi": [["Kirjoita sähköposti osoitteeseen {v} laskusta.", "Koodi ei tule osoitteeseen {v}."],
           ["Kirjoita tekstiviesti putkimiehelle, numero {v}.", "Lisää {v} hätäyhteystiedoksi."],
           ["Korttiani {v} veloitettiin kahdesti.", "Kortti {v} hylätään."],
           ["Wifin salasana on {v}.", "Salasana {v} ei toimi."],
           ["Miksi saan 401 avaimella {v}?", "Tässä API-avaimeni: {v}"]],
    "da": [["Skriv en mail til {v} om opsigelsen.", "Koden kommer ikke til {v}."],
           ["Skriv en sms til VVS-manden, nummer {v}.", "Tilføj {v} som nødkontakt."],
           ["Mit kort {v} blev trukket to gange.", "Kortet {v} bliver afvist."],
           ["Wifi-koden er {v}.", "Adgangskoden {v} virker ikke."],
           ["Hvorfor får jeg 401 med nøglen {v}?", "Her er min API-nøgle: {v}"]],
    "no": [["Skriv en e-post til {v} om flyttingen.", "Koden kommer ikke til {v}."],
           ["Skriv en sms til rørleggeren, nummer {v}.", "Legg inn {v} som nødkontakt."],
           ["Kortet mitt {v} ble belastet to ganger.", "Kortet {v} blir avvist."],
           ["Wifi-passordet er {v}.", "Passordet {v} virker ikke."],
           ["Hvorfor får jeg 401 med nøkkelen {v}?", "Her er API-nøkkelen min: {v}"]],
    "fa": [["یک ایمیل به {v} بنویس درباره قرارداد.", "کد تأیید به {v} نمی‌رسد."],
           ["یک پیامک برای لوله‌کش بنویس، شماره‌اش {v} است.", "شماره {v} را به عنوان تماس اضطراری اضافه کن."],
           ["از کارت {v} دو بار برداشت شد.", "کارت {v} رد می‌شود."],
           ["رمز وای‌فای {v} است.", "رمز {v} کار نمی‌کند."],
           ["چرا با کلید {v} خطای 401 می‌گیرم؟", "این کلید API من است: {v}"]],
    "sw": [["Niandikie barua pepe kwa {v} kuhusu malipo.", "Nambari ya uthibitisho haifiki {v}."],
           ["Mwandikie fundi bomba SMS, namba yake ni {v}.", "Weka {v} kama mawasiliano ya dharura."],
           ["Kadi yangu {v} imetozwa mara mbili.", "Kadi {v} inakataliwa."],
           ["Nenosiri la wifi ni {v}.", "Nenosiri {v} halifanyi kazi."],
           ["Kwa nini napata 401 na ufunguo {v}?", "Huu ni ufunguo wangu wa API: {v}"]],
    "tl": [["Pakisulat ng email para kay {v} tungkol sa bayad.", "Hindi dumarating ang code sa {v}."],
           ["Gawan mo ng text ang tubero, number niya ay {v}.", "Gawing emergency contact ang {v}."],
           ["Dalawang beses akong siningil sa card {v}.", "Na-decline ang card {v}."],
           ["Ang password ng wifi ay {v}.", "Hindi gumagana ang password na {v}."],
           ["Bakit 401 gamit ang key {v}?", "Ito ang API key ko: {v}"]],
    "ms": [["Tolong tulis e-mel kepada {v} tentang bil.", "Kod tidak sampai ke {v}."],
           ["Tulis SMS kepada tukang paip, nombornya {v}.", "Letak {v} sebagai kenalan kecemasan."],
           ["Kad saya {v} dicaj dua kali.", "Kad {v} ditolak."],
           ["Kata laluan wifi ialah {v}.", "Kata laluan {v} tidak berfungsi."],
           ["Kenapa 401 dengan kunci {v}?", "Ini kunci API saya: {v}"]],
}
CHAT_LANGS = list(CHAT)
KIND_IDX = {"email": 0, "phone": 1, "card": 2, "secret": 3, "api_key": 4}
NOSPACE = {"ja", "zh", "th"}


def value_for(kind, lang):
    if kind == "email":
        return EM(lang=lang if lang in FREEMAIL else None)
    if kind == "phone":
        reg = pick(LANG_REGION.get(lang, ["US"]))
        st = None
        if lang == "ja" and chance(0.15):
            st = "fullwidth"
        return PH(reg, st)
    if kind == "card":
        net = LANG_NET.get(lang) if chance(0.5) else None
        st = "fullwidth" if lang == "ja" and chance(0.1) else None
        if st == "fullwidth":
            num, n = card_digits(net)
            return Span("card", card_format(num).translate(FW), n + "_fullwidth", {"digits": num})
        return CD(net)
    if kind == "secret":
        return PW()
    if kind == "api_key":
        return AK(require_prefix=chance(0.7))[0]
    raise ValueError(kind)


def chat_line(kind, lang=None):
    lang = lang or R.choices(CHAT_LANGS, [30 if l == "en" else 2 for l in CHAT_LANGS])[0]
    tpl = pick(CHAT[lang][KIND_IDX[kind]])
    sp = value_for(kind, lang)
    a, b = tpl.split("{v}")
    return [a, sp, b], lang


def chat_mix(k1, k2):
    lang = R.choices(CHAT_LANGS, [20 if l == "en" else 2 for l in CHAT_LANGS])[0]
    p1, _ = chat_line(k1, lang)
    p2, _ = chat_line(k2, lang)
    sep = "" if lang in ("ja", "zh") else pick([" ", " Also: ", "\n", " — "])
    return p1 + [sep] + p2, lang


# ---------------------------------------------------------------------------------------------
# Templates: each returns (parts, lang[, known])
# ---------------------------------------------------------------------------------------------

def dt_str():
    return "2026-%02d-%02d %02d:%02d:%02d" % (R.randint(8, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


# --- e-mail ---

def t_email_headers():
    f, l, lang = person()
    fe = EM(lang=lang, first=ascii_part(f), last=ascii_part(l.replace(" ", "")))
    te = EM()
    return ["Here's the thread, summarize what they want from me:\n\nFrom: ", f + " " + l, " <", fe, ">\nTo: ", te,
            "\nDate: Tue, 1%d Nov 2026 09:%02d:11 +0100\nSubject: Re: Angebot Q1\n\n> Bitte bis Freitag bestätigen." % (R.randint(0, 9), R.randint(0, 59))], "en"


def t_email_git_log():
    f, l, lang = person()
    e = EM(lang=lang, first=ascii_part(f), last=ascii_part(l.replace(" ", "")), style=pick(["dot", "initial", "org_dot", "under"]))
    return ["$ git log -3 --format='%h %an <%ae> %s'\n", rs(7, HEX), " ", full_name(f, l, lang), " <", e, "> fix flaky retry test\n",
            rs(7, HEX), " dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> bump vite from 7.1.2 to 7.1.5\n"], "en"


def t_email_package():
    f, l, lang = person()
    e = EM(lang=lang, first=ascii_part(f), last=ascii_part(l.replace(" ", "")))
    fmt = pick(["pkg", "cargo", "pyproject", "composer"])
    if fmt == "pkg":
        return ['{\n  "name": "@', ascii_part(l.replace(" ", "")), '/tiny-queue",\n  "version": "0.4.1",\n  "author": "', full_name(f, l, lang), ' <', e, '>",\n  "license": "MIT"\n}'], "en"
    if fmt == "cargo":
        return ['[package]\nname = "ringbuf-lite"\nversion = "0.3.0"\nedition = "2024"\nauthors = ["', full_name(f, l, lang), ' <', e, '>"]\n'], "en"
    if fmt == "pyproject":
        return ['[project]\nname = "tidy-csv"\nversion = "1.2.0"\nauthors = [{ name = "', full_name(f, l, lang), '", email = "', e, '" }]\n'], "en"
    return ['{\n    "name": "acme/invoice-pdf",\n    "authors": [{"name": "', full_name(f, l, lang), '", "email": "', e, '", "role": "Developer"}]\n}'], "en"


def t_email_json_users():
    rows = []
    parts = ["Tool output from `SELECT id, email, plan FROM users ORDER BY created_at DESC LIMIT 3`:\n"]
    for i in range(R.randint(2, 3)):
        parts += [" %5d | " % R.randint(1000, 99999), EM(), " | " + pick(["pro", "free", "team"]) + "\n"]
    return parts, "en"


def t_email_mailto():
    e = EM()
    return ['<p>Questions? Write to <a href="mailto:', e, '?subject=Booking">', Span("email", e.value, e.shape), '</a></p>\nwhy is the link not clickable in Outlook?'], "en"


def t_email_cc_list():
    parts = ["Send the minutes to "]
    n = R.randint(2, 3)
    for i in range(n):
        parts.append(EM())
        parts.append(", " if i < n - 2 else (" and " if i == n - 2 else ""))
    parts.append(" but not to the whole list.")
    return parts, "en"


def t_email_signup_log():
    return ["[", dt_str(), "] INFO auth.signup new user email=", EM(), " plan=trial referrer=producthunt"], "en"


def t_email_calendly():
    f, l, lang = person()
    return ['{"event":"invitee.created","payload":{"name":"', NM(f + " " + l, "unknown_full_json"), '","email":"', EM(lang=lang, first=ascii_part(f), last=ascii_part(l.replace(" ", ""))), '","timezone":"Europe/Berlin","questions_and_answers":[]}}'], "en"


def t_email_csv():
    parts = ["Dedupe this list:\nname;email;newsletter\n"]
    for _ in range(R.randint(2, 3)):
        f, l, lang = person()
        parts += [f + " " + l + ";", EM(lang=lang, first=ascii_part(f), last=ascii_part(l.replace(" ", ""))), ";" + pick(["ja", "nein", "yes", "no"]) + "\n"]
    return parts, "en"


def t_email_python():
    return ['send_mail(\n    "Your export is ready",\n    body,\n    "reports@', pick(ORGS), '",\n    ["', EM(), '"],\n)'], "en"


def t_email_obfuscated():
    f, l = latin_handle(pick(LATIN_LANGS))
    dom = pick(FREEMAIL["en"])
    v = pick([f + "." + l + " [at] " + dom.replace(".", " [dot] "), f + " at " + dom.split(".")[0] + " dot " + dom.split(".", 1)[1],
              f + "." + l + "(at)" + dom])
    return ["My contact on the forum is ", Span("email", v, "email_obfuscated"), " — can you turn that into a proper mailto link?"], "en"


def t_email_gitconfig():
    f, l, lang = person()
    e = EM(lang=lang, first=ascii_part(f), last=ascii_part(l.replace(" ", "")))
    nm = full_name(f, l, lang)
    return (["$ git config --global --list\nuser.name=", NM(nm, "known_gitconfig"), "\nuser.email=", e, "\ncore.editor=nvim\ninit.defaultbranch=main"], "en",
            {"names": [nm], "emails": [e.value], "ids": []})


def t_email_mailmap():
    f, l, lang = person()
    fa, la = ascii_part(f), ascii_part(l.replace(" ", ""))
    e1 = EM(lang=lang, first=fa, last=la, style="org_dot")
    e2 = EM(lang=lang, first=fa, last=la, style="num")
    return ["# .mailmap\n", full_name(f, l, lang), " <", e1, "> <", e2, ">\n"], "en"


EMAIL_T = [(t_email_headers, 3), (t_email_git_log, 3), (t_email_package, 3), (t_email_json_users, 2), (t_email_mailto, 2),
           (t_email_cc_list, 2), (t_email_signup_log, 3), (t_email_calendly, 2), (t_email_csv, 2), (t_email_python, 2),
           (t_email_obfuscated, 1), (t_email_gitconfig, 2), (t_email_mailmap, 1)]


# --- phone ---

def t_phone_vcard():
    f, l, lang = person()
    reg = pick(LANG_REGION.get(lang, ["US"]))
    return ["BEGIN:VCARD\nVERSION:3.0\nN:", l, ";", f, ";;;\nTEL;TYPE=CELL:", PH(reg, pick(["intl", "e164", "national"])),
            "\nEND:VCARD\n\nwhy does iOS import this without the name?"], "en"


def t_phone_sms_log():
    reg = pick(list(CC))
    return [dt_str(), " sms.dispatch provider=", pick(["twilio", "vonage", "messagebird", "sinch"]), " to=", PH(reg, "e164"),
            " template=otp_login status=", pick(["queued", "delivered", "undelivered"]), " segments=1"], "en"


def t_phone_sip():
    reg = pick(["DE", "FR", "NL", "GB", "IT", "ES", "SE"])
    p = PH(reg, "e164")
    return ["INVITE sip:", p, "@sip.", pick(["easybell.de", "ovh.net", "voys.nl", "sipgate.co.uk"]), " SIP/2.0\nVia: SIP/2.0/UDP pbx.local:5060;branch=z9hG4bK", rs(10, LOWNUM),
            "\nthe trunk returns 404 for this number, what's wrong with the request URI?"], "en"


def t_phone_crm_json():
    f, l, lang = person()
    reg = pick(LANG_REGION.get(lang, ["US"]))
    return ['{"contact":{"firstName":"', f, '","lastName":"', l, '","mobile":"', PH(reg), '","source":"webform","consent":true}}'], "en"


def t_phone_signature():
    f, l, lang = person()
    reg = pick(LANG_REGION.get(lang, ["US"]))
    return ["Make this signature HTML-safe:\n\n--\n", NM(f + " " + l, "unknown_signature"), "\n", pick(["Head of Ops", "Projektleitung", "Account Manager", "Responsable RH"]),
            "\n", pick(["M: ", "Mob. ", "Tel.: ", "Cell "]), PH(reg, pick(["intl", "trunk_paren", "nbsp", "national"])), "\n"], "en"


def t_phone_markdown_table():
    parts = ["| Name | Role | Phone |\n|---|---|---|\n"]
    for _ in range(R.randint(2, 3)):
        f, l, lang = person()
        parts += ["| " + f + " " + l[0] + ". | " + pick(["on-call", "backup", "lead"]) + " | ", PH(pick(LANG_REGION.get(lang, ["US"]))), " |\n"]
    parts.append("\nturn this into a PagerDuty import CSV")
    return parts, "en"


def t_phone_twilio_curl():
    reg = pick(["US", "CA", "GB", "AU"])
    return ['curl -X POST https://api.twilio.com/2010-04-01/Accounts/$TWILIO_SID/Messages.json \\\n  --data-urlencode "To=', PH(reg, "e164"),
            '" \\\n  --data-urlencode "From=$TWILIO_FROM" \\\n  --data-urlencode "Body=Your code is 482913" -u "$TWILIO_SID:$TWILIO_TOKEN"'], "en"


def t_phone_delivery_note():
    lang = pick(["de", "fr", "nl", "it", "es", "pl"])
    reg = LANG_REGION[lang][0]
    note = {"de": "Lieferhinweis: bitte vorher anrufen ", "fr": "Instructions de livraison : appeler avant au ",
            "nl": "Bezorginstructie: eerst bellen naar ", "it": "Note consegna: chiamare prima il ",
            "es": "Nota de entrega: llamar antes al ", "pl": "Uwagi do dostawy: proszę dzwonić pod "}[lang]
    return ['{"order":"', "#" + d(6), '","shipping_note":"', note, PH(reg, pick(["national", "nbhyphen", "national"])), '"}'], lang


def t_phone_otp_msg():
    reg = pick(list(CC))
    return ["We sent a 6-digit code to ", PH(reg, pick(["intl", "e164"])), ". Didn't get it? Resend in 30s — it's been 10 minutes, is the number format wrong?"], "en"


def t_phone_sql():
    f, l, lang = person()
    reg = pick(LANG_REGION.get(lang, ["US"]))
    return ["INSERT INTO customers (first_name, last_name, phone) VALUES ('", f.replace("'", "''"), "', '", l.replace("'", "''"), "', '", PH(reg), "');\n-- this fails with 'value too long', what column size?"], "en"


def t_phone_yaml_oncall():
    parts = ["oncall:\n"]
    for _ in range(R.randint(2, 3)):
        u = username()
        parts += ["  - handle: ", u.replace(".", "-"), "\n    phone: \"", PH(pick(list(CC)), pick(["e164", "intl", "dash_intl"])), "\"\n"]
    return parts, "en"


def t_phone_meeting():
    reg = pick(["DE", "GB", "US", "FR", "NL"])
    return ["Join by phone: ", PH(reg, "intl"), " (PIN ", d(6), "#) — can you put this in the invite template?"], "en"


def t_phone_ext():
    reg = pick(["US", "CA"])
    return ["Support line ", PH(reg, "national"), " ext. ", str(R.randint(100, 999)), " is the one in the footer; make the footer two columns."], "en"


def t_phone_whatsapp_link():
    reg = pick(list(CC))
    n = phone_nsn(reg)
    v = CC[reg] + n
    return ['<a class="wa" href="https://wa.me/', Span("phone", v, reg.lower() + "_digits", {"region": reg}), '?text=Hallo">Chat</a>'], "en"


def t_phone_telegram_export():
    f, l, lang = person(pick(["ru", "en", "de", "es"]))
    reg = pick(LANG_REGION.get(lang, ["US"]))
    return ['{"type":"message","date":"2026-10-0', str(R.randint(1, 9)), 'T11:22:33","from":"', full_name(f, l, lang), '","text":"мой новый номер ' if lang == "ru" else '","text":"new number: ',
            PH(reg, pick(["intl", "national"])), '"}'], lang if lang == "ru" else "en"


PHONE_T = [(t_phone_vcard, 3), (t_phone_sms_log, 3), (t_phone_sip, 1), (t_phone_crm_json, 3), (t_phone_signature, 3),
           (t_phone_markdown_table, 2), (t_phone_twilio_curl, 2), (t_phone_delivery_note, 3), (t_phone_otp_msg, 2),
           (t_phone_sql, 2), (t_phone_yaml_oncall, 2), (t_phone_meeting, 1), (t_phone_ext, 1), (t_phone_whatsapp_link, 1),
           (t_phone_telegram_export, 2)]


# --- card ---

def t_card_gateway_log():
    c = CD(style="plain")
    return [dt_str(), " DEBUG payments.adapter request={\"amount\":", str(R.randint(500, 99000)), ",\"currency\":\"EUR\",\"source\":{\"number\":\"", c,
            "\",\"exp_month\":", str(R.randint(1, 12)), ",\"exp_year\":20", str(R.randint(27, 31)), "}}"], "en"


def t_card_json_int():
    c = CD(style="plain")
    return ["pydantic says 'Input should be a valid string' for this body:\n{\"card_number\": ", c, ", \"cvc\": \"", d(3), "\"}"], "en"


def t_card_three_lines():
    f, l, lang = person()
    return ["Fill the hotel form with this:\nCard: ", CD(), "\nExp: ", "%02d/%d" % (R.randint(1, 12), R.randint(27, 31)), "\nName on card: ",
            NM((f + " " + l).upper(), "unknown_cardholder_upper"), "\n"], "en"


def t_card_csv_export():
    parts = ["txn_id,card,amount,status\n"]
    for _ in range(R.randint(2, 3)):
        parts += ["T" + d(8) + ",", CD(style=pick(["plain", "space", "dash"])), "," + str(R.randint(1, 900)) + "." + d(2) + "," + pick(["settled", "declined", "refunded"]) + "\n"]
    parts.append("why does Excel turn the card column into 4.53915E+15?")
    return parts, "en"


def t_card_python_test():
    return ["def test_charge_declined():\n    # my own card, the sandbox kept rejecting test numbers\n    resp = client.charge(number=\"", CD(), "\", exp=\"0", str(R.randint(1, 9)), "/2", str(R.randint(7, 9)), "\")\n    assert resp.status == 402"], "en"


def t_card_ocr():
    f, l, lang = person()
    return ["Tool result (ocr_image):\n", pick(["VISA", "BANK", "DEBIT", "PLATINUM"]), "\n", CD(style="space"), "\nVALID THRU ", "%02d/%d" % (R.randint(1, 12), R.randint(27, 31)), "\n",
            NM((f + " " + l).upper(), "unknown_cardholder_ocr"), "\n"], "en"


def t_card_call_transcript():
    c = CD(style=pick(["space", "plain"]))
    return ["Agent: Can I take the long number on the card?\nCustomer: yes it's ", c, "\nAgent: And the expiry?\n\nSummarize this call for the CRM."], "en"


def t_card_url():
    num, n = card_digits()
    v = pick([num, card_format(num, "%20"), card_format(num, "+")])
    return ["GET /checkout/confirm?cc=", Span("card", v, n + "_urlenc", {"digits": num}), "&exp=1128&amt=49.00 HTTP/1.1\nHost: shop.", pick(ORGS), "\n\nwhy is this in my access log??"], "en"


def t_card_keyvalue():
    return ["paymentMethod[card][number]=", CD(style="plain"), "&paymentMethod[card][cvc]=", d(3), "&paymentMethod[type]=card"], "en"


def t_card_spreadsheet():
    f, l, lang = person()
    return ["Kartenübersicht (aus Excel kopiert):\n", f + " " + l, "\t", CD(style=pick(["space", "plain"])), "\t", "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "\tGeschäftlich\n"], "de"


def t_card_ja_form():
    c = value_for("card", "ja")
    return ["カード番号：", c, "\n有効期限：", "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "\nこの内容でフォームに入力するスクリプトを書いて"], "ja"


CARD_T = [(t_card_gateway_log, 3), (t_card_json_int, 2), (t_card_three_lines, 3), (t_card_csv_export, 2), (t_card_python_test, 2),
          (t_card_ocr, 2), (t_card_call_transcript, 2), (t_card_url, 2), (t_card_keyvalue, 2), (t_card_spreadsheet, 2), (t_card_ja_form, 1)]


# --- api keys ---

def t_key_powershell():
    k, env = AK()
    return ["PS C:\\Users\\dev> $env:", env, " = \"", k, "\"\nPS C:\\Users\\dev> python .\\agent.py\nTraceback (most recent call last):"], "en"


def t_key_fish():
    k, env = AK()
    return ["set -gx ", env, " ", k, "\n# in ~/.config/fish/config.fish — is that the right place?"], "en"


def t_key_setx():
    k, env = AK()
    return ["setx ", env, " \"", k, "\"\n\nSUCCESS: Specified value was saved.\n\nbut VS Code terminal still doesn't see it"], "en"


def t_key_k8s_literal():
    k, env = AK()
    return ["kubectl create secret generic app-secrets -n prod --from-literal=", env, "=", k, " --dry-run=client -o yaml"], "en"


def t_key_gh_secret():
    k, env = AK()
    return ["gh secret set ", env, " --repo ", username(), "/deploy-bot --body \"", k, "\""], "en"


def t_key_litellm():
    k, env = AK(pick(["openai_proj", "anthropic_api03", "groq", "openrouter", "xai", "mistral", "together", "deepseek", "google_aiza"]))
    return ["model_list:\n  - model_name: default\n    litellm_params:\n      model: ", pick(["openai/gpt-5.1", "anthropic/claude-sonnet-4-5", "groq/llama-4-scout"]), "\n      api_key: ", k, "\n"], "en"


def t_key_aider():
    k, env = AK(pick(["openai_proj", "anthropic_api03", "openrouter", "deepseek"]))
    prov = {"openai_proj": "openai", "anthropic_api03": "anthropic", "openrouter": "openrouter", "deepseek": "deepseek"}[k.meta["provider"]]
    return ["aider --model sonnet --api-key ", prov, "=", k, " --no-auto-commits"], "en"


def t_key_langchain():
    prov = pick(["openai_proj", "anthropic_api03", "google_aiza", "groq", "cohere", "mistral"])
    k, env = AK(prov)
    mod, cls, model = {"openai_proj": ("langchain_openai", "ChatOpenAI", "gpt-5.1-mini"), "anthropic_api03": ("langchain_anthropic", "ChatAnthropic", "claude-haiku-4-5"),
                       "google_aiza": ("langchain_google_genai", "ChatGoogleGenerativeAI", "gemini-2.5-flash"), "groq": ("langchain_groq", "ChatGroq", "llama-4-scout"),
                       "cohere": ("langchain_cohere", "ChatCohere", "command-a"), "mistral": ("langchain_mistralai", "ChatMistralAI", "mistral-medium-latest")}[prov]
    return ["from " + mod + " import " + cls + "\n\nllm = " + cls + "(model=\"" + model + "\", api_key=\"", k, "\", temperature=0)\n"], "en"


def t_key_curl_header():
    k, env = AK()
    h = pick(["x-api-key: ", "Authorization: Bearer ", "X-Goog-Api-Key: ", "api-key: ", "Authorization: Token "])
    return ["curl -sS https://api.", pick(["anthropic.com/v1/messages", "openai.com/v1/responses", "example-saas.io/v2/items"]).replace("example-saas.io", "notion.com"),
            " -H \"", h, k, "\" -H 'content-type: application/json' -d @req.json\n{\"error\":{\"type\":\"authentication_error\"}}"], "en"


def t_key_http_file():
    k, env = AK()
    return ["### requests.http (VS Code REST Client)\n@token = ", k, "\n\nGET https://api.linear.app/graphql\nAuthorization: {{token}}\n"], "en"


def t_key_bruno():
    k, env = AK()
    return ["vars:secret [\n  apiKey\n]\n\n# environments/prod.bru\nvars {\n  baseUrl: https://api.", pick(["resend.com", "tavily.com", "firecrawl.dev"]), "\n  apiKey: ", k, "\n}"], "en"


def t_key_postman_env():
    k, env = AK()
    return ['{"id":"', uuid4(), '","name":"prod","values":[{"key":"api_key","value":"', k, '","type":"secret","enabled":true}],"_postman_variable_scope":"environment"}'], "en"


def t_key_zsh_history():
    k, env = AK()
    return [": ", str(R.randint(1767000000, 1790000000)), ":0;export ", env, "=", k, "\n: ", str(R.randint(1767000000, 1790000000)), ":0;npm run dev"], "en"


def t_key_error_msg():
    k, env = AK(require_prefix=True)
    return ["openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ", k, ". You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error'}}"], "en"


def t_key_requests_debug():
    k, env = AK()
    return ["send: b'POST /v1/chat/completions HTTP/1.1\\r\\nHost: api.", pick(["groq.com", "x.ai", "openrouter.ai", "together.xyz"]), "\\r\\nAuthorization: Bearer ", k, "\\r\\nContent-Type: application/json\\r\\n\\r\\n'"], "en"


def t_key_git_remote_token():
    tok = pick(["github_ghp", "github_pat", "gitlab_glpat", "github_ghs"])
    k, env = AK(tok)
    host = "gitlab.com" if tok.startswith("gitlab") else "github.com"
    user = "oauth2" if host == "gitlab.com" else pick(["x-access-token", username()])
    return ["git clone https://", user, ":", k, "@", host, "/", pick(["acme", "northwind", "kestrel"]), "/infra.git\nCloning into 'infra'...\nremote: Repository not found."], "en"


def t_key_npmrc():
    k, env = AK("npm")
    return ["npm config set //registry.npmjs.org/:_authToken=", k, "\nnpm publish --access public\nnpm error code E403"], "en"


def t_key_rust_const():
    k, env = AK()
    return ["const ", env, ": &str = \"", k, "\";\n\nfn client() -> reqwest::Client { /* ... */ }\n// clippy doesn't complain but is this ok?"], "en"


def t_key_elixir():
    k, env = AK()
    return ["# config/runtime.exs\nconfig :my_app, MyApp.Mailer,\n  adapter: Swoosh.Adapters.Sendgrid,\n  api_key: \"", k, "\"\n"], "en"


def t_key_cursor_mcp():
    k, env = AK()
    app = pick([".cursor/mcp.json", "claude_desktop_config.json", "~/.codeium/windsurf/mcp_config.json", "cline_mcp_settings.json"])
    return ["// ", app, "\n{\n  \"mcpServers\": {\n    \"", pick(["brave-search", "linear", "stripe", "github", "sentry", "tavily"]), "\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@modelcontextprotocol/server\"],\n      \"env\": { \"", env, "\": \"", k, "\" }\n    }\n  }\n}"], "en"


def t_key_docker_run():
    k, env = AK()
    return ["docker run -d --name worker -e ", env, "=", k, " -p 8080:8080 ghcr.io/", pick(["acme", "openwebui", "n8n-io"]), "/worker:latest"], "en"


def t_key_assistant_found():
    k, env = AK()
    return ["I found the cause: `.env.local` sets `", env, "=", k, "` but `next.config.ts` reads a different variable name. I'll rename it in the config."], "en"


def t_key_jupyter():
    k, env = AK()
    return ["%env ", env, "=", k, "\nenv: ", env, "=", Span("api_key", k.value, k.shape, k.meta)], "en"


def t_key_url_param():
    k, env = AK(pick(["google_aiza", "mapbox_secret", "infura", "alchemy", "datadog"]))
    url = {"google_aiza": "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=",
           "mapbox_secret": "https://api.mapbox.com/uploads/v1/acme?access_token=",
           "infura": "https://mainnet.infura.io/v3/", "alchemy": "https://eth-mainnet.g.alchemy.com/v2/",
           "datadog": "https://api.datadoghq.eu/api/v1/validate?api_key="}[k.meta["provider"]]
    return ["fetch failed for ", url, k, " — CORS or something else?"], "en"


def t_key_telegram_url():
    k, env = AK("telegram_bot")
    return ["requests.post(\"https://api.telegram.org/bot", k, "/sendMessage\", json={\"chat_id\": chat_id, \"text\": msg})"], "en"


def t_key_aws_pair():
    a, _ = AK("aws_akia")
    s, _ = AK("aws_secret")
    return ["[default]\naws_access_key_id = ", a, "\naws_secret_access_key = ", s, "\nregion = eu-central-1\n"], "en"


def t_key_table():
    parts = ["| service | env | key |\n|---|---|---|\n"]
    for _ in range(R.randint(2, 3)):
        k, env = AK(require_prefix=True)
        parts += ["| " + k.meta["provider"].split("_")[0] + " | prod | `", k, "` |\n"]
    parts.append("\nmove these into Doppler and give me the CLI commands")
    return parts, "en"


def t_key_dotenv_multi():
    parts = ["# .env\nNODE_ENV=production\n"]
    for _ in range(R.randint(2, 3)):
        k, env = AK()
        parts += [env, "=", k, "\n"]
    parts.append("PORT=3000\n")
    return parts, "en"


KEY_T = [(t_key_powershell, 2), (t_key_fish, 1), (t_key_setx, 1), (t_key_k8s_literal, 2), (t_key_gh_secret, 2), (t_key_litellm, 2),
         (t_key_aider, 1), (t_key_langchain, 2), (t_key_curl_header, 3), (t_key_http_file, 1), (t_key_bruno, 1),
         (t_key_postman_env, 2), (t_key_zsh_history, 2), (t_key_error_msg, 2), (t_key_requests_debug, 2),
         (t_key_git_remote_token, 2), (t_key_npmrc, 1), (t_key_rust_const, 1), (t_key_elixir, 1), (t_key_cursor_mcp, 2),
         (t_key_docker_run, 2), (t_key_assistant_found, 2), (t_key_jupyter, 1), (t_key_url_param, 2), (t_key_telegram_url, 1),
         (t_key_aws_pair, 2), (t_key_table, 2), (t_key_dotenv_multi, 3)]


# --- secrets ---

def t_sec_conn_string():
    p = PW(pick(["random", "word_digits", "symbolic"]))
    u = pick(["app", "svc_orders", "analytics_ro", "postgres"])
    host = pick(["orders-db.c" + rs(12, LOWNUM) + ".eu-west-1.rds.amazonaws.com", "ep-" + pick(["cool", "misty", "bold"]) + "-" + rs(8, LOWNUM) + ".eu-central-1.aws.neon.tech", "db." + rs(20, LOW) + ".supabase.co"])
    if any(ch in p.value for ch in "@:/?#%"):
        p = PW("passphrase")
    return ["DATABASE_URL=postgresql://", u, ":", p, "@", host, ":5432/app?sslmode=require"], "en"


def t_sec_pem():
    v, sh = pem_key()
    return ["my deploy key stopped working, here it is, what's wrong with the format?\n\n", Span("secret", v, sh), "\n"], "en"


def t_sec_jwt():
    return ["decode this for me: ", ST("jwt"), " — why does the API say expired?"], "en"


def t_sec_wg():
    return ["[Interface]\nPrivateKey = ", ST("wg_private"), "\nAddress = 10.66.0.2/32\nDNS = 10.66.0.1\n"], "en"


def t_sec_totp():
    f, l = latin_handle("en")
    return ["otpauth://totp/", pick(["GitHub", "Hetzner", "Proton", "Bitwarden"]), ":", f, "?secret=", ST("totp"), "&issuer=", pick(["GitHub", "Hetzner", "Proton", "Bitwarden"])], "en"


def t_sec_django():
    return ["# settings/prod.py\nDEBUG = False\nSECRET_KEY = '", ST("django"), "'\nALLOWED_HOSTS = ['*']\n"], "en"


def t_sec_nextauth():
    return ["AUTH_SECRET=\"", ST("nextauth"), "\" # added by npx auth secret\n"], "en"


def t_sec_whsec():
    return ["stripe listen --forward-to localhost:3000/api/webhooks\n> Ready! Your webhook signing secret is ", ST("whsec"), " (^C to quit)"], "en"


def t_sec_smtp():
    e = EM(lang="en", style=pick(["dot", "num"]))
    return (["EMAIL_HOST=smtp.gmail.com\nEMAIL_HOST_USER=", e, "\nEMAIL_HOST_PASSWORD=", ST("app_password"), "\n"], "en",
            {"names": [], "emails": [e.value], "ids": []})


def t_sec_recovery():
    parts = ["Save these somewhere safe? GitHub recovery codes:\n"]
    for _ in range(R.randint(2, 4)):
        parts += [ST("recovery"), "\n"]
    return parts, "en"


def t_sec_basic():
    return ["Authorization: Basic ", ST("basic"), "\n(from the browser devtools — why does the proxy strip it?)"], "en"


def t_sec_htaccess_like():
    p = PW()
    return ["mysql -u root -p'", p, "' -h 127.0.0.1 shop < dump.sql\nERROR 1045 (28000): Access denied"], "en"


def t_sec_laravel():
    return ["APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=", ST("laravel"), "\nAPP_DEBUG=false\n"], "en"


def t_sec_rails():
    return ["SECRET_KEY_BASE=", ST("rails"), "\nRAILS_ENV=production\n"], "en"


def t_sec_session_cookie():
    return ["Cookie: theme=dark; lang=en; sessionid=", ST("session"), "\nwhy does Django log me out on every deploy?"], "en"


SECRET_T = [(t_sec_conn_string, 3), (t_sec_pem, 2), (t_sec_jwt, 2), (t_sec_wg, 1), (t_sec_totp, 1), (t_sec_django, 1),
            (t_sec_nextauth, 1), (t_sec_whsec, 1), (t_sec_smtp, 1), (t_sec_recovery, 1), (t_sec_basic, 1),
            (t_sec_htaccess_like, 2), (t_sec_laravel, 1), (t_sec_rails, 1), (t_sec_session_cookie, 1)]


# --- gov ids ---

GOV_LABEL = {"us_ssn": ("en", "SSN: "), "gb_nino": ("en", "National Insurance number: "), "nl_bsn": ("nl", "BSN: "),
             "es_dni": ("es", "DNI: "), "es_nie": ("es", "NIE: "), "br_cpf": ("pt", "CPF: "), "pl_pesel": ("pl", "PESEL: "),
             "it_cf": ("it", "Codice fiscale: "), "de_idnr": ("de", "Steuer-ID: "), "fr_nir": ("fr", "N° de sécurité sociale : "),
             "in_aadhaar": ("hi", "आधार नंबर: "), "in_pan": ("en", "PAN: "), "ca_sin": ("en", "SIN: "), "au_tfn": ("en", "TFN: "),
             "sg_nric": ("en", "NRIC: "), "kr_rrn": ("ko", "주민등록번호: "), "cn_ric": ("zh", "身份证号："),
             "jp_mynumber": ("ja", "マイナンバー："), "iban_de": ("de", "IBAN: "), "iban_gb": ("en", "IBAN: "), "iban_nl": ("nl", "IBAN: "),
             "iban_at": ("de", "IBAN: "), "iban_ch": ("de", "IBAN: "), "iban_ie": ("en", "IBAN: ")}


def t_gov_form():
    g = GV()
    lang, label = GOV_LABEL[g.shape]
    f, l, _ = person(lang if lang in PEOPLE else None)
    return ["Check this form before I submit it:\nName: ", NM(full_name(f, l, lang if lang in PEOPLE else "en"), "unknown_form"), "\n", label, g, "\n"], lang


def t_gov_json():
    g = GV()
    key = {"us_ssn": "ssn", "gb_nino": "ni_number", "nl_bsn": "bsn", "es_dni": "dni", "es_nie": "nie", "br_cpf": "cpf",
           "pl_pesel": "pesel", "it_cf": "codiceFiscale", "de_idnr": "steuerId", "fr_nir": "nir", "in_aadhaar": "aadhaar",
           "in_pan": "pan", "ca_sin": "sin", "au_tfn": "tfn", "sg_nric": "nric", "kr_rrn": "rrn", "cn_ric": "idCard",
           "jp_mynumber": "myNumber"}.get(g.shape, "iban")
    return ['{"employee":{"id":', str(R.randint(100, 9999)), ',"', key, '":"', g, '","start":"2027-01-05"}}\nvalidate this against our schema'], "en"


def t_gov_chat():
    g = GV()
    lang, label = GOV_LABEL[g.shape]
    s = {"en": "Is this number valid? {l}{v}", "nl": "Klopt dit nummer? {l}{v}", "es": "¿Es válido? {l}{v}", "pt": "Esse número está certo? {l}{v}",
         "pl": "Czy ten numer jest poprawny? {l}{v}", "it": "È giusto? {l}{v}", "de": "Ist die Nummer korrekt? {l}{v}",
         "fr": "Ce numéro est-il valide ? {l}{v}", "hi": "क्या यह सही है? {l}{v}", "ko": "이 번호 맞아? {l}{v}",
         "zh": "这个号码对吗？{l}{v}", "ja": "この番号は正しい？{l}{v}"}[lang]
    a, b = s.split("{v}")
    return [a.replace("{l}", label), g, b], lang


GOV_T = [(t_gov_form, 3), (t_gov_json, 2), (t_gov_chat, 3)]


# --- ip ---

def t_ip_nginx():
    return [IPS(False), " - - [1", str(R.randint(0, 9)), "/Nov/2026:0", str(R.randint(0, 9)), ":12:44 +0000] \"POST /wp-login.php HTTP/1.1\" 200 4523 \"-\" \"Mozilla/5.0\""], "en"


def t_ip_fail2ban():
    return [dt_str(), ",", d(3), " fail2ban.actions [", d(4), "]: NOTICE [sshd] Ban ", IPS()], "en"


def t_ip_ssh():
    return ["ssh -i ~/.ssh/id_ed25519 ", pick(["deploy", "admin", "ec2-user"]), "@", IPS(False), "\nConnection timed out — security group or key?"], "en"


def t_ip_xff():
    return ["X-Forwarded-For: ", IPS(), ", ", IPS(False), "\nwhich one is the client and which is the CDN edge?"], "en"


def t_ip_home():
    return ["My home IP is ", IPS(), " — write the ufw rule so only I can reach port 22."], "en"


def t_ip_postfix():
    return ["postfix/smtpd[", d(5), "]: connect from unknown[", IPS(False), "]\nis this a spam bot?"], "en"


IP_T = [(t_ip_nginx, 2), (t_ip_fail2ban, 2), (t_ip_ssh, 2), (t_ip_xff, 1), (t_ip_home, 2), (t_ip_postfix, 1)]


# --- user ---

def t_user_paths():
    u = username()
    shape, tpl = pick([
        ("mac_traceback", ["Traceback (most recent call last):\n  File \"/Users/", "@", "/code/scraper/main.py\", line 42, in <module>\n    run()"]),
        ("linux_pip", ["Defaulting to user installation because normal site-packages is not writeable\nRequirement already satisfied: httpx in /home/", "@", "/.local/lib/python3.12/site-packages"]),
        ("win_onedrive", ["PS C:\\Users\\", "@", "\\OneDrive - Contoso\\Desktop\\bot> node index.js\nError: Cannot find module 'dotenv'"]),
        ("wsl_mnt", ["cd /mnt/c/Users/", "@", "/Documents/thesis && latexmk -pdf main.tex"]),
        ("icloud", ["/Users/", "@", "/Library/Mobile Documents/com~apple~CloudDocs/Taxes/2026.xlsx can't be opened by pandas"]),
        ("xcode", ["error: /Users/", "@", "/Library/Developer/Xcode/DerivedData/App-abc/Build/Intermediates.noindex: No such file"]),
        ("npm_log", ["npm error A complete log of this run can be found in: /Users/", "@", "/.npm/_logs/2026-11-04T10_11_12_000Z-debug-0.log"]),
        ("vscode_remote", ["vscode-remote://ssh-remote+gpu-box/home/", "@", "/projects/llm-eval keeps reconnecting"]),
        ("prompt", ["", "@", "@thinkpad-x1:~/src/api$ cargo build\n   Compiling api v0.1.0"]),
        ("json_escaped", ["{\"cwd\":\"C:\\\\Users\\\\", "@", "\\\\projects\\\\site\",\"exitCode\":1}"]),
        ("ls_owner", ["-rw-r--r--  1 ", "@", "  staff  2301 Nov  4 10:12 notes.md"]),
        ("wsl_unc", ["\\\\wsl.localhost\\Ubuntu-24.04\\home\\", "@", "\\repo is not a trusted folder"]),
    ])
    parts = []
    for t in tpl:
        parts.append(US(u, "user_" + shape) if t == "@" else t)
    return parts, "en"


USER_T = [(t_user_paths, 1)]


# --- account ids ---

def t_acct_known_chatgpt():
    uid = "user-" + rs(24)
    return ['{"id":"', uuid4(), '","user_id":"', AC(uid, "chatgpt_user_known"), '","title":"Budget 2027","create_time":', str(R.randint(1767000000, 1790000000)), '.0}'], "en", {"names": [], "emails": [], "ids": [uid]}


def t_acct_known_claude():
    aid = uuid4()
    return ['{"uuid":"', uuid4(), '","name":"Trip planning","account":{"uuid":"', AC(aid, "claude_account_known"), '"},"chat_messages":[]}'], "en", {"names": [], "emails": [], "ids": [aid]}


def t_acct_aws():
    a = d1(12)
    return ["aws sts get-caller-identity\n{\n    \"UserId\": \"AIDA", rs(17, UPNUM), "\",\n    \"Account\": \"", AC(a, "aws_account"), "\",\n    \"Arn\": \"arn:aws:iam::", AC(a, "aws_account"), ":user/", US(username(), "user_iam"), "\"\n}"], "en"


def t_acct_stripe_cus():
    return ['stripe customers retrieve ', AC("cus_" + rs(14), "stripe_customer"), '\n{"id": "(see above)", "object": "customer", "delinquent": false}'], "en"


def t_acct_slack_member():
    return ["<@", AC("U0" + rs(9, UPNUM), "slack_member"), "> can you approve the deploy?"], "en"


def t_acct_telegram():
    return ['{"update_id":', d1(9), ',"message":{"message_id":', str(R.randint(1, 9999)), ',"from":{"id":', AC(d1(10), "telegram_user"), ',"is_bot":false,"first_name":"', person()[0], '"}}}'], "en"


ACCT_T = [(t_acct_known_chatgpt, 3), (t_acct_known_claude, 2), (t_acct_aws, 2), (t_acct_stripe_cus, 1), (t_acct_slack_member, 1), (t_acct_telegram, 1)]


# --- names ---

NAME_CUES = {
    "en": ["Sign the letter as {v}.", "Rewrite my bio, I'm {v}, a nurse turned data analyst.", "Address it from {v}, not from the company."],
    "de": ["Unterschreib den Brief mit {v}.", "Ich bin {v} und brauche ein Anschreiben."],
    "fr": ["Signe la lettre au nom de {v}.", "Je m'appelle {v}, écris ma bio."],
    "es": ["Firma la carta como {v}.", "Me llamo {v}, escribe mi presentación."],
    "it": ["Firma la lettera come {v}.", "Mi chiamo {v}, scrivi la mia bio."],
    "pt": ["Assina a carta como {v}.", "Meu nome é {v}, escreve minha bio."],
    "pl": ["Podpisz list jako {v}.", "Nazywam się {v}, napisz moje bio."],
    "ru": ["Подпиши письмо: {v}.", "Меня зовут {v}, напиши резюме."],
    "ja": ["署名は{v}でお願いします。", "私は{v}です。自己紹介文を書いて。"],
    "zh": ["落款写{v}。", "我叫{v}，帮我写简历。"],
    "ko": ["서명은 {v}로 해줘.", "저는 {v}입니다. 자기소개서 써줘."],
    "tr": ["Mektubu {v} olarak imzala.", "Adım {v}, biyografimi yaz."],
    "sv": ["Skriv under brevet med {v}.", "Jag heter {v}, skriv min bio."],
    "nl": ["Onderteken de brief met {v}.", "Ik ben {v}, schrijf mijn bio."],
    "vi": ["Ký tên {v} nhé.", "Tôi là {v}, viết giúp tiểu sử."],
    "hi": ["पत्र पर {v} के नाम से हस्ताक्षर करो।", "मेरा नाम {v} है, मेरा बायो लिखो।"],
    "ar": ["وقّع الرسالة باسم {v}.", "اسمي {v}، اكتب نبذة عني."],
}


def t_name_known():
    lang = pick(list(NAME_CUES))
    f, l, _ = person(lang)
    full = full_name(f, l, lang)
    form = pick(["full", "full", "first", "upper", "last_first"]) if lang not in ("ja", "zh", "ko", "ar", "hi", "ru") else pick(["full", "full", "first"])
    if lang == "ru" and form == "full" and chance(0.3):
        form = "upper"
    v = {"full": full, "first": f, "upper": full.upper(), "last_first": l + ", " + f}[form]
    a, b = pick(NAME_CUES[lang]).split("{v}")
    return [a, NM(v, "known_" + form), b], lang, {"names": [full], "emails": [], "ids": []}


def t_name_cv():
    f, l, lang = person()
    e = EM(lang=lang, first=ascii_part(f), last=ascii_part(l.replace(" ", "")))
    return ["# ", NM(f + " " + l, "unknown_cv_heading"), "\n", pick(["Backend Engineer", "UX Researcher", "Data Scientist"]), " · ", pick(["Berlin", "Lyon", "Porto", "Toronto"]), " · ", e, "\n\n## Experience\n"], "en"


def t_name_ics():
    f, l, lang = person()
    e = EM(lang=lang, first=ascii_part(f), last=ascii_part(l.replace(" ", "")), style="org_dot")
    return ["ATTENDEE;CN=", NM(f + " " + l, "unknown_ics_cn"), ";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:", e, "\n"], "en"


NAME_T = [(t_name_known, 3), (t_name_cv, 1), (t_name_ics, 1)]


# ---------------------------------------------------------------------------------------------
# Hard negatives: nothing in them identifies a person or grants access
# ---------------------------------------------------------------------------------------------

def nonluhn(n, first="123456789"):
    while True:
        s = R.choice(first) + d(n - 1)
        if not luhn_ok(s):
            return s


def n_order_numbers():
    return pick([
        "Where is my order " + d(3) + "-" + d(7) + "-" + d(7) + "? The tracking page shows nothing since Monday.",
        "Rechnungsnummer RE-2026-" + d(5) + " wurde doppelt vergeben, wie baue ich einen eindeutigen Zähler in Postgres?",
        "Ticket INC" + d(7) + " is still open; summarize the last three comments.",
        "Booking reference " + rs(6, UPP) + " — can the agent rebook to the 14:05 flight?",
        "Numéro de commande : " + nonluhn(16) + " — le client dit qu'il n'a rien reçu.",
        "Purchase order PO-" + d(6) + " / line " + str(R.randint(1, 40)) + " has the wrong unit price.",
    ]), "en"


def n_tracking():
    return pick(["UPS 1Z" + rs(6, UPNUM) + d(10) + " stuck in Köln since Friday",
                 "DHL Sendungsnummer JJD" + nonluhn(18) + " — wie frage ich die API ab?",
                 "USPS tracking " + nonluhn(22) + " shows 'label created' only"]), "en"


def n_ids():
    k = pick(["uuid", "trace", "msg", "toolu", "chatcmpl", "resp", "req", "ulid", "pod", "stripe_obj"])
    v = {"uuid": uuid4(), "trace": "trace_id=" + rs(32, HEX) + " span_id=" + rs(16, HEX),
         "msg": "msg_01" + rs(22), "toolu": "toolu_01" + rs(22), "chatcmpl": "chatcmpl-" + rs(29),
         "resp": "resp_" + rs(48, HEX), "req": "req_011C" + rs(18), "ulid": "01J" + rs(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
         "pod": "api-" + rs(9, LOWNUM) + "-" + rs(5, LOWNUM), "stripe_obj": pick(["pi_3", "ch_3", "evt_1", "price_1", "prod_"]) + rs(24)}[k]
    return pick(["The request failed with id " + v + ", what does that tell support?",
                 "Logs show `" + v + "` twice. Is the retry duplicating work?",
                 "grep for " + v + " returned nothing in the other region."]), "en"


def n_hashes():
    return pick(["commit " + rs(40, HEX) + "\nAuthor: CI Bot\nDate:   Tue Nov 4 10:12:00 2026\n\n    chore: release 3.2.0",
                 "sha256:" + rs(64, HEX) + " is the digest of the image we deployed; how do I pin it in the compose file?",
                 "\"integrity\": \"sha512-" + rs(86, B64) + "==\"",
                 "git bisect says " + rs(40, HEX) + " is the first bad commit",
                 "ETag: W/\"" + rs(32, HEX) + "\""]), "en"


def n_versions():
    return pick(["Windows 11 build 10.0.26100." + str(R.randint(1000, 4999)) + " breaks the driver",
                 "Chrome " + str(R.randint(128, 140)) + ".0." + str(R.randint(6000, 7400)) + "." + str(R.randint(10, 199)) + " fixed the rendering",
                 "OID 1.3.6.1.4.1." + str(R.randint(300, 60000)) + ".1.2 is not in the MIB",
                 "Upgraded from 4.2." + str(R.randint(0, 9)) + " to 5.0." + str(R.randint(0, 9)) + ", now the plugin fails",
                 "Kernel 6.11.0-" + str(R.randint(10, 30)) + "-generic and the Wi-Fi is gone"]), "en"


def n_numbers():
    return pick(["The invoice total is €" + str(R.randint(1, 9)) + "." + d(3) + "," + d(2) + " incl. 19% VAT; check my math.",
                 "Resize to " + pick(["1920x1080", "2560x1440", "1080x1920"]) + " and keep " + str(R.randint(60, 95)) + "% quality",
                 "Coordinates 52." + d(4) + ", 13." + d(4) + " are off by a few meters",
                 "Epoch " + str(R.randint(1767000000, 1799999999)) + " to ISO date please",
                 "Timestamp in ms: " + nonluhn(13, "1") + " — convert to Europe/Paris",
                 "Population grew from " + "{:,}".format(R.randint(1000000, 99999999)) + " to " + "{:,}".format(R.randint(1000000, 99999999)),
                 "Die Messreihe: 0," + d(4) + " / 0," + d(4) + " / 0," + d(4) + " mm — Mittelwert?",
                 "Call 112 in the EU, 911 in the US, 119 in Japan — make a table.",
                 "Score was " + str(R.randint(60, 130)) + "–" + str(R.randint(60, 130)) + " after overtime"]), "en"


def n_masked():
    return pick(["Your Visa ending in " + d(4) + " was charged $" + str(R.randint(5, 300)) + "." + d(2),
                 "Karte •••• •••• •••• " + d(4) + " läuft bald ab",
                 "Authorization: Bearer [REDACTED]",
                 "OPENAI_API_KEY=sk-proj-****************************" + rs(4),
                 "Phone on file: +** *** *** **" + d(2),
                 "IBAN DE** **** **** **** **** " + d(2),
                 "SSN ***-**-" + d(4) + " verified",
                 "password: ********"]), "en"


def n_placeholders():
    return pick(["export OPENAI_API_KEY=<your-api-key>", "STRIPE_SECRET_KEY=${{ secrets.STRIPE_SECRET_KEY }}",
                 "const key = process.env.ANTHROPIC_API_KEY ?? throwMissing('ANTHROPIC_API_KEY')",
                 "api_key = os.environ[\"GROQ_API_KEY\"]", "token: op://Engineering/GitHub/credential",
                 "\"apiKey\": \"${input:tavily_key}\"", "password: {{ .Values.db.password | quote }}",
                 "Authorization: Bearer $TOKEN", "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB",
                 "curl -H \"x-api-key: $ANTHROPIC_API_KEY\" https://api.anthropic.com/v1/models",
                 "Set `GITHUB_TOKEN` to a fine-grained PAT with `contents:read` only."]), "en"


def n_public_keys():
    return pick(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " ci-deploy-key",
                 "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
                 "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51" + rs(22) + rs(75),
                 "posthog.init('phc_" + rs(43) + "', { api_host: 'https://eu.i.posthog.com' })",
                 "GOOGLE_CLIENT_ID=" + d(12) + "-" + rs(32, LOWNUM) + ".apps.googleusercontent.com",
                 "mapboxgl.accessToken = 'pk.eyJ1Ijoi" + rs(40, B64URL) + "." + rs(22, B64URL) + "';",
                 "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA" + rs(44, B64) + "\n-----END PUBLIC KEY-----"]), "en"


def n_company_ids():
    return pick(["Our VAT ID is DE" + d(9) + ", put it in the invoice footer.",
                 "BIC " + pick(["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "NWBKGB2L"]) + " goes in the second field",
                 "EIN " + d(2) + "-" + d(7) + " for the LLC, W-9 attached",
                 "LEI " + rs(18, UPNUM) + d(2) + " — which registry issues these?",
                 "CNPJ " + d(2) + "." + d(3) + "." + d(3) + "/0001-" + d(2) + " da empresa",
                 "Companies House number " + d(8) + " for the Ltd",
                 "ABN " + d(2) + " " + d(3) + " " + d(3) + " " + d(3) + " on the quote"]), "en"


def n_refs():
    return pick(["ISBN 978-" + d(1) + "-" + d(3) + "-" + d(5) + "-" + d(1) + " — is this the 2nd edition?",
                 "doi:10." + d(4) + "/" + rs(8, LOWNUM), "arXiv:" + "25" + "%02d" % R.randint(1, 12) + "." + d(5) + "v2",
                 "PMID " + d(8), "CAS " + d(5) + "-" + d(2) + "-" + d(1)]), "en"


FORMAT_QUESTIONS = [
    ("en", "What's the regex for a UK National Insurance number, and how strict should it be?"),
    ("de", "Wie ist eine deutsche IBAN aufgebaut und wie prüfe ich die Prüfziffer?"),
    ("fr", "Comment valider un numéro de téléphone français en JavaScript ?"),
    ("es", "¿Cómo se calcula la letra del DNI?"),
    ("it", "Come si calcola il carattere di controllo del codice fiscale?"),
    ("pt", "Qual é o algoritmo de validação do CPF?"),
    ("pl", "Jak sprawdzić sumę kontrolną numeru PESEL?"),
    ("ja", "マイナンバーのチェックデジットの計算方法を教えて"),
    ("zh", "身份证号最后一位校验码怎么算？"),
    ("ko", "주민등록번호 검증 로직을 파이썬으로 써줘"),
    ("ru", "Как проверить номер карты по алгоритму Луна?"),
    ("ar", "ما هو الشكل الصحيح لرقم الهاتف الدولي؟"),
    ("hi", "आधार नंबर का Verhoeff चेक कैसे काम करता है?"),
    ("tr", "TC Kimlik numarası nasıl doğrulanır?"),
    ("nl", "Hoe werkt de elfproef voor een BSN?"),
    ("sv", "Hur räknar man kontrollsiffran i ett personnummer?"),
    ("vi", "Làm sao kiểm tra số thẻ tín dụng hợp lệ?"),
    ("id", "Bagaimana format nomor HP Indonesia yang benar?"),
    ("he", "איך בודקים ספרת ביקורת של תעודת זהות?"),
    ("th", "เลขบัตรประชาชนไทยตรวจสอบหลักสุดท้ายยังไง"),
    ("en", "Which prefixes do OpenAI, Anthropic and GitHub use for their keys, so I can add secret scanning?"),
    ("en", "How long is an AWS access key id and what charset does it use?"),
    ("de", "Welche Felder muss ein Impressum enthalten?"),
    ("es", "¿Qué datos personales puedo guardar según el RGPD?"),
    ("fr", "Quelle est la différence entre une clé publiable et une clé secrète chez Stripe ?"),
]


def n_format_question():
    lang, text = pick(FORMAT_QUESTIONS)
    return text, lang


def n_code():
    return pick(["def luhn(num: str) -> bool:\n    total = 0\n    for i, ch in enumerate(reversed(num)):\n        n = int(ch) * (2 if i % 2 else 1)\n        total += n - 9 if n > 9 else n\n    return total % 10 == 0",
                 "const EMAIL_RE = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;\nif (!EMAIL_RE.test(input)) throw new Error('bad email');",
                 "hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))",
                 "if not re.fullmatch(r\"sk-(proj-)?[A-Za-z0-9_-]{20,}\", key):\n    raise ValueError(\"not an OpenAI key\")",
                 "func mask(_ s: String) -> String { String(repeating: \"•\", count: max(0, s.count - 4)) + s.suffix(4) }",
                 "SELECT COUNT(*) FROM users WHERE email LIKE '%@%' AND phone IS NOT NULL;",
                 "phone = phonenumbers.parse(raw, \"DE\")\nif not phonenumbers.is_valid_number(phone): ..."]), "en"


def n_people_public():
    return pick(["Explain Dijkstra's algorithm like Edsger Dijkstra would.", "Did Ada Lovelace really write the first program?",
                 "Why did Linus Torvalds choose the GPL v2?", "Summarize Grace Hopper's work on COBOL.",
                 "What did Claude Shannon mean by channel capacity?", "Was Tim Berners-Lee the first to propose hypertext?",
                 "Knuth says premature optimization is the root of all evil — context?"]), "en"


def n_agent_meta():
    return pick(['{"type":"event_msg","payload":{"type":"token_count","info":{"total_token_usage":{"input_tokens":' + str(R.randint(1000, 90000)) + ',"output_tokens":' + str(R.randint(10, 9000)) + '}}}}',
                 '{"type":"summary","summary":"Refactor payment retry logic","leafUuid":"' + uuid4() + '"}',
                 '{"usage":{"input_tokens":' + str(R.randint(10, 9000)) + ',"cache_read_input_tokens":' + str(R.randint(0, 90000)) + ',"output_tokens":' + str(R.randint(1, 4000)) + '},"stop_reason":"end_turn"}',
                 "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + rs(120, B64),
                 '"encrypted_content":"gAAAAAB' + rs(160, B64URL) + '"']), "en"


DAILY = [("en", "Give me a 3-day itinerary for Lisbon with a budget of 600 euros."),
         ("de", "Wie lange muss ein 2,5-kg-Braten bei 160 °C in den Ofen?"),
         ("fr", "Traduis « la réunion est décalée à 15 h 30 » en anglais."),
         ("es", "Receta de tortilla para 6 personas con 8 huevos."),
         ("it", "Quanti giorni servono per visitare Roma con calma?"),
         ("pt", "Qual a diferença entre 4G e 5G em bateria?"),
         ("ja", "明日の会議を15時から16時半に変更する文面を書いて"),
         ("zh", "帮我把这段话改得更正式一点，下周三下午三点开会。"),
         ("ko", "3박 4일 제주도 여행 일정 짜줘"),
         ("ru", "Сколько стоит поездка из Москвы в Казань на поезде?"),
         ("ar", "اقترح خطة تمارين لمدة 4 أسابيع"),
         ("hi", "5 किलो वजन कम करने के लिए डाइट प्लान बताओ"),
         ("tr", "Yarın saat 14:00'teki toplantı için gündem hazırla"),
         ("pl", "Ile kosztuje bilet z Krakowa do Gdańska w 2026?"),
         ("vi", "Gợi ý 5 món ăn sáng dưới 30 nghìn đồng"),
         ("nl", "Maak een boodschappenlijst voor 4 personen, 5 dagen."),
         ("sv", "Hur många kalorier har 250 g kokt pasta?"),
         ("el", "Πόσα χιλιόμετρα είναι από την Αθήνα στη Θεσσαλονίκη;"),
         ("uk", "Склади план підготовки до іспиту за 14 днів"),
         ("th", "แนะนำร้านกาแฟในเชียงใหม่ 5 ร้าน"),
         ("id", "Berapa lama perjalanan Jakarta–Bandung naik kereta cepat?"),
         ("fa", "یک برنامه مطالعه ۳۰ روزه برای آیلتس بنویس"),
         ("sw", "Nipe mapishi ya pilau kwa watu 6"),
         ("cs", "Kolik stojí jízdenka Praha–Brno?"),
         ("hu", "Hány perc alatt fő meg a lágy tojás?"),
         ("ro", "Ce să vizitez în Cluj în 2 zile?"),
         ("fi", "Tee viikon ruokalista kasvissyöjälle"),
         ("da", "Hvor lang tid tager det at cykle 25 km?"),
         ("no", "Lag en pakkeliste for fjelltur i oktober"),
         ("he", "תן לי רעיונות לארוחת ערב צמחונית"),
         ("tl", "Paano magluto ng adobo para sa 5 tao?"),
         ("ms", "Cadangkan 3 tempat makan di Penang")]


def n_daily():
    lang, text = pick(DAILY)
    return text, lang


def n_ip_lookalike():
    return pick(["sysDescr OID 1.3.6.1.2.1.1." + str(R.randint(1, 9)) + ".0 returns nothing",
                 "Version 3." + str(R.randint(10, 99)) + "." + str(R.randint(100, 999)) + "." + str(R.randint(1000, 9999)) + " of the firmware",
                 "netmask 255.255.255.0 and broadcast are wrong in my config",
                 "0.0.0.0/0 in the security group is too open, what should it be?",
                 "listen on 0.0.0.0:8080 or 127.0.0.1:8080 for local dev?"]), "en"


def n_git_noreply():  # policy: service addresses that name nobody
    return pick(["    Co-Authored-By: Claude <noreply@anthropic.com>",
                 "Merge pull request #" + str(R.randint(10, 9999)) + " from dependabot/npm_and_yarn/vite-7.1.5\n\nSigned-off-by: dependabot[bot] <support@github.com>",
                 "git@github.com:" + pick(["acme", "kestrel-labs"]) + "/infra.git"]), "en"


def n_policy():  # published examples, test data, reserved ranges: a policy question, kept rare
    return pick(["DB_HOST=10." + str(R.randint(0, 255)) + "." + str(R.randint(0, 255)) + "." + str(R.randint(1, 254)) + " and it times out from the pod",
                 "inet 192.168." + str(R.randint(0, 255)) + "." + str(R.randint(2, 254)) + "/24 brd 192.168.1.255 scope global wlan0",
                 "Use 4242 4242 4242 4242 with any future expiry in Stripe test mode.",
                 "Test card 5555 5555 5555 4444 keeps failing in sandbox",
                 "Example: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                 "Replace jane.doe@example.com with your address in the sample config.",
                 "Call us at 555-01" + d(2) + " (the number is fictional, it's for the screenplay).",
                 "Tailscale gave the laptop 100." + str(R.randint(64, 127)) + "." + str(R.randint(0, 255)) + "." + str(R.randint(1, 254)),
                 "The doc example uses 203.0.113." + str(R.randint(1, 254)) + " and 2001:db8::" + rs(2, HEX) + " — fine for the README?",
                 "DNS is 1.1.1.1 and 9.9.9.9 as fallback"]), "en"


NEG_T = [(n_order_numbers, 6), (n_tracking, 3), (n_ids, 7), (n_hashes, 5), (n_versions, 4), (n_numbers, 7), (n_masked, 5),
         (n_placeholders, 6), (n_public_keys, 4), (n_company_ids, 4), (n_refs, 3), (n_format_question, 6), (n_code, 5),
         (n_people_public, 2), (n_agent_meta, 3), (n_daily, 8), (n_ip_lookalike, 3)]


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

QUOTA = [("email", 262, EMAIL_T, 0.3), ("phone", 340, PHONE_T, 0.35), ("card", 270, CARD_T, 0.35), ("api_key", 322, KEY_T, 0.15),
         ("secret", 55, SECRET_T, 0.3), ("gov_id", 75, GOV_T, 0.0), ("ip", 50, IP_T, 0.0), ("user", 45, USER_T, 0.0),
         ("account_id", 40, ACCT_T, 0.0), ("name", 15, NAME_T, 0.0)]
MIX_SHARE = 0.25
WRAP_POS = 0.30
WRAP_NEG = 0.25
N_NEG = 600
N_NEG_POLICY = 40
N_NEG_SERVICE = 8


def render(parts, wrapper):
    """parts -> (text, [(Span, value-as-in-text)], genre suffix)"""
    raw = "".join(p.value if isinstance(p, Span) else p for p in parts)
    spans = [p for p in parts if isinstance(p, Span)]
    if wrapper is None:
        return raw, [(s, s.value) for s in spans], ""
    name, fn = wrapper
    ea = (not raw.isascii()) and chance(0.35)
    text, esc = fn(raw, ea)
    return text, [(s, esc(s.value)) for s in spans], "@" + name + ("+u" if ea else "")


def consistent(text, spans):
    vals = [v for _, v in spans]
    if any(not v for v in vals):
        return False
    for v in dict.fromkeys(vals):
        if text.count(v) != vals.count(v):
            return False
        for w in dict.fromkeys(vals):
            if w != v and v in w:
                return False
    return True



def has_luhn_run(text):
    import re
    for mm in re.finditer(r"\d(?:[ -]?\d){12,18}", text):
        digs = re.sub(r"\D", "", mm.group())
        if 13 <= len(digs) <= 19 and luhn_ok(digs) and digs not in TEST_CARDS:
            return True
    return False


def make_line(gen, genre, wrap_p):
    for _ in range(100):
        out = gen()
        parts, lang = out[0], out[1]
        known = out[2] if len(out) > 2 else {"names": [], "emails": [], "ids": []}
        wrapper = pick(WRAPPERS) if chance(wrap_p) else None
        text, spans, suffix = render(parts, wrapper)
        if not spans and has_luhn_run(text):
            continue
        if consistent(text, spans):
            line = {"text": text,
                    "spans": [{"kind": s.kind, "value": v, "shape": s.shape} for s, v in spans],
                    "genre": genre + suffix, "lang": lang, "known": known}
            meta = [(s.kind, s.shape, s.value, s.meta) for s, _ in spans]
            return line, meta
    raise RuntimeError("could not place values for " + genre)


def generate():
    R.seed(SEED)
    lines = []
    for kind, n, temps, chat_share in QUOTA:
        fns = [f for f, _ in temps]
        ws = [w for _, w in temps]
        for i in range(n):
            r = R.random()
            if kind in KIND_IDX and r < chat_share:
                gen, genre = (lambda k=kind: chat_line(k)), "chat_" + kind
            elif kind in KIND_IDX and r < chat_share + MIX_SHARE:
                other = R.choices([k for k in KIND_IDX if k != kind], [{"email": 4, "phone": 5, "card": 4, "api_key": 5, "secret": 2}[k] for k in KIND_IDX if k != kind])[0]
                gen, genre = (lambda k=kind, o=other: chat_mix(k, o)), "chat_" + kind + "+" + other
            else:
                f = R.choices(fns, ws)[0]
                gen, genre = f, f.__name__[2:]
            lines.append(make_line(gen, genre, WRAP_POS))
    neg_fns = [f for f, _ in NEG_T]
    neg_ws = [w for _, w in NEG_T]
    for i in range(N_NEG):
        if i < N_NEG_POLICY:
            f = n_policy
        elif i < N_NEG_POLICY + N_NEG_SERVICE:
            f = n_git_noreply
        else:
            f = R.choices(neg_fns, neg_ws)[0]
        if chance(0.2) and f not in (n_policy, n_git_noreply):
            g = R.choices(neg_fns, neg_ws)[0]

            def gen(f=f, g=g):
                (t1, l1), (t2, _) = f(), g()
                return [t1 + "\n\n" + t2], l1
            genre = "neg_" + f.__name__[2:] + "+" + g.__name__[2:]
        else:
            def gen(f=f):
                t, l = f()
                return [t], l
            genre = "neg_" + f.__name__[2:]
        lines.append(make_line(gen, genre, WRAP_NEG))
    R.shuffle(lines)
    body = "".join(json.dumps(l, ensure_ascii=False, separators=(", ", ": ")) + "\n" for l, _ in lines)
    return body, lines


# ---------------------------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------------------------

NORM = str.maketrans({"\u2011": "-", "\u2013": "-", "\u00a0": " ", "\u202f": " ", "\u3000": " ", "＋": "+", "－": "-", "（": "(", "）": ")",
                      **{chr(0xFF10 + i): str(i) for i in range(10)}})


def check(body, lines):
    import collections
    import ipaddress
    import re
    problems = []
    try:
        import phonenumbers
    except ImportError:
        phonenumbers = None
    try:
        import stdnum  # noqa: F401
        from stdnum import iban as s_iban
        from stdnum.us import ssn
        from stdnum.nl import bsn
        from stdnum.es import dni, nie
        from stdnum.br import cpf
        from stdnum.pl import pesel
        from stdnum.it import codicefiscale
        from stdnum.de import idnr
        from stdnum.fr import nir
        from stdnum.in_ import aadhaar, pan
        from stdnum.ca import sin
        from stdnum.au import tfn
        from stdnum.kr import rrn
        from stdnum.cn import ric
        from stdnum.jp import in_ as mynumber
        sv = {"us_ssn": ssn, "nl_bsn": bsn, "es_dni": dni, "es_nie": nie, "br_cpf": cpf, "pl_pesel": pesel,
              "it_cf": codicefiscale, "de_idnr": idnr, "fr_nir": nir, "in_aadhaar": aadhaar, "in_pan": pan,
              "ca_sin": sin, "au_tfn": tfn, "kr_rrn": rrn, "cn_ric": ric, "jp_mynumber": mynumber}
    except ImportError:
        sv, s_iban = None, None
    counts = collections.Counter()
    per_kind = collections.Counter()
    resolvers = {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222"}
    for line, meta in lines:
        for kind, shape, raw, m in meta:
            per_kind[kind] += 1
            if kind == "card":
                digits = re.sub(r"\D", "", raw.translate(NORM).replace("%20", ""))
                if digits != m["digits"] or not luhn_ok(digits) or digits in TEST_CARDS:
                    problems.append(("card", raw))
                counts["luhn"] += 1
            elif kind == "phone" and phonenumbers:
                v = raw.translate(NORM)
                if shape.endswith("_digits"):
                    v = "+" + v
                origin = "FR" if shape.endswith("_00") else m["region"]
                try:
                    pn = phonenumbers.parse(v, origin)
                    ok = phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == m["region"]
                except Exception:
                    ok = False
                if not ok:
                    problems.append(("phone", m["region"], raw))
                counts["phone"] += 1
            elif kind == "gov_id":
                t = m["idtype"]
                if t == "gb_nino":
                    c = raw.replace(" ", "")
                    ok = bool(re.fullmatch(r"[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]", c)) and c[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
                elif t == "sg_nric":
                    s = sum(int(c) * w for c, w in zip(raw[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if raw[0] == "T" else 0)
                    ok = raw[8] == "JZIHGFEDCBA"[s % 11]
                elif t.startswith("iban"):
                    ok = s_iban.is_valid(raw) if s_iban else True
                else:
                    ok = sv[t].is_valid(raw) if sv else True
                if not ok:
                    problems.append(("gov_id", t, raw))
                counts["gov_id"] += 1
            elif kind == "ip":
                a = ipaddress.ip_address(raw)
                if not a.is_global or raw in resolvers:
                    problems.append(("ip", raw))
                counts["ip"] += 1
            elif kind == "api_key" and shape in ("key_github_ghp", "key_github_gho", "key_github_ghs", "key_npm"):
                body_, crc = raw[4:-6], raw[-6:]
                if b62(zlib.crc32(body_.encode()) & 0xFFFFFFFF, 6) != crc:
                    problems.append(("api_key_crc", raw))
                counts["crc"] += 1
    # negatives scan
    neg_flags = collections.Counter()
    email_re = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
    allowed_mail = ("example.com", "noreply@anthropic.com", "support@github.com", "git@github.com")
    for line, meta in lines:
        if line["spans"]:
            continue
        t = line["text"]
        for mm in re.finditer(r"\d(?:[ -]?\d){12,18}", t):
            digs = re.sub(r"\D", "", mm.group())
            if 13 <= len(digs) <= 19 and luhn_ok(digs) and digs not in TEST_CARDS:
                problems.append(("neg_luhn", digs, line["genre"]))
        for mm in email_re.finditer(t):
            if not any(a in mm.group() for a in allowed_mail):
                problems.append(("neg_email", mm.group(), line["genre"]))
        for mm in re.finditer(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", t):
            try:
                a = ipaddress.ip_address(mm.group(1))
            except ValueError:
                continue
            if a.is_global and mm.group(1) not in resolvers and line["genre"].split("@")[0] != "neg_policy":
                neg_flags["public_ipv4"] += 1
                problems.append(("neg_ip", mm.group(1), line["genre"]))
        if phonenumbers:
            for reg in ("US", "DE", "GB", "FR"):
                for mt in phonenumbers.PhoneNumberMatcher(t, reg, leniency=phonenumbers.Leniency.VALID):
                    if line["genre"].split("@")[0] != "neg_policy":
                        neg_flags["valid_phone_" + reg] += 1
    return problems, counts, per_kind, neg_flags


def main():
    body, lines = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            same = fh.read() == body
        print("holdout5.jsonl is identical to a fresh generation" if same else "holdout5.jsonl DIFFERS from a fresh generation")
        pos = [l for l, _ in lines if l["spans"]]
        nspans = sum(len(l["spans"]) for l in pos)
        multi = sum(1 for l in pos if len({s["kind"] for s in l["spans"]}) > 1)
        wrapped = sum(1 for l, _ in lines if "@" in l["genre"])
        print("%d lines: %d with spans (%d spans, %d with more than one kind), %d hard negatives; %d wrapped"
              % (len(lines), len(pos), nspans, multi, len(lines) - len(pos), wrapped))
        problems, counts, per_kind, neg_flags = check(body, lines)
        print("spans per kind: " + ", ".join("%s %d" % (k, per_kind[k]) for k in sorted(per_kind)))
        print("validated: " + ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)))
        print("negatives flagged (informational): " + (", ".join("%s %d" % kv for kv in sorted(neg_flags.items())) or "none"))
        for p in problems[:50]:
            print("PROBLEM", p)
        print("%d problems" % len(problems))
        sys.exit(0 if same and not problems else 1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(body)
    print("wrote %d lines to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
