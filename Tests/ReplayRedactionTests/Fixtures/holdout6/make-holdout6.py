#!/usr/bin/env python3
"""make-holdout6.py - sixth independent held-out set for ReplayRedaction.

Standard library only, fixed seed, deterministic under any PYTHONHASHSEED.

    python3 make-holdout6.py            # rewrite holdout6.jsonl
    python3 make-holdout6.py --check    # regenerate in memory, compare, validate
                                        # (uses python-stdnum / phonenumbers when installed)
"""
import base64, binascii, json, os, random, re, string, sys, unicodedata, urllib.parse

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout6.jsonl")
R = random.Random(SEED)

TARGET = {"email": 350, "phone": 400, "card": 350, "api_key": 400,
          "secret": 60, "gov_id": 40, "ip": 30, "user": 25, "account_id": 25, "name": 30}
N_NEG = 550
N_POLICY = 40

def pick(seq): return seq[R.randrange(len(seq))]
def chance(p): return R.random() < p
DIG = "0123456789"; HEX = "0123456789abcdef"; UP = string.ascii_uppercase; LO = string.ascii_lowercase
AN = string.ascii_letters + DIG; B64U = AN + "-_"; B64 = AN + "+/"
def rs(cs, n): return "".join(cs[R.randrange(len(cs))] for _ in range(n))
def digits(n): return rs(DIG, n)

# ---------------------------------------------------------------- people, places
NAMES = {
 "en": (["James","Olivia","Ethan","Grace","Noah","Chloe","Liam","Megan","Ryan","Hannah","Tyler","Abigail","Connor","Priya","Marcus","Tanya"],
        ["Whitfield","Okafor","Brennan","Hollis","Mercer","Ashworth","Dalton","Pryce","Kowalczyk","Nakamura","Fairbanks","Osei","Lindqvist","Carver","Patel","Reyes"]),
 "de": (["Lukas","Annika","Jonas","Friederike","Matthias","Svenja","Tobias","Katrin","Henrik","Lena"],
        ["Brandstetter","Hoffmann","Kühne","Wagner","Lindemann","Schröder","Vogt","Albrecht","Reuter","Böhm"]),
 "fr": (["Camille","Théo","Manon","Baptiste","Élodie","Julien","Margaux","Antoine","Inès","Hugo"],
        ["Lefèvre","Girard","Morel","Fontaine","Chevalier","Roussel","Lambert","Gauthier","Perrin","Mercier"]),
 "es": (["Lucía","Javier","Carmen","Alejandro","Nerea","Sergio","Paula","Diego","Marta","Iván"],
        ["García","Moreno","Navarro","Ortega","Delgado","Castillo","Romero","Herrera","Iglesias","Vidal"]),
 "it": (["Giulia","Matteo","Chiara","Lorenzo","Federica","Davide","Alessia","Simone"],
        ["Ferrari","Esposito","Colombo","Ricci","Marino","Greco","Bruno","Galli"]),
 "pt": (["João","Beatriz","Rafael","Mariana","Tiago","Larissa","Gustavo","Inês"],
        ["Silva","Oliveira","Santos","Pereira","Costa","Almeida","Ferreira","Carvalho"]),
 "nl": (["Daan","Sanne","Bram","Lotte","Jelle","Femke"], ["de Vries","Jansen","Bakker","Visser","Smit","Mulder"]),
 "pl": (["Katarzyna","Piotr","Agnieszka","Tomasz","Magdalena","Paweł"], ["Nowak","Wiśniewski","Wójcik","Kamiński","Lewandowska","Zieliński"]),
 "ja": (["Yuki","Haruto","Aoi","Sota","Mei","Ren"], ["Tanaka","Suzuki","Takahashi","Watanabe","Ito","Yamamoto"]),
 "ru": (["Dmitri","Anastasia","Sergei","Ekaterina","Alexei","Olga"], ["Ivanov","Smirnova","Kuznetsov","Popova","Volkov","Sokolova"]),
}
def person(lang="en"):
    fs, ls = NAMES.get(lang, NAMES["en"]) if lang in NAMES else NAMES[pick(["en","en","de","fr","es","it","pt"])]
    return pick(fs), pick(ls)
def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace(" ", "")

COMPANIES = ["harbourline", "kestrel-analytics", "brightmoor", "veldtstack", "tallow-labs", "orchardpay", "quillmetrics",
             "ferngrove", "lumenforge", "northgate-health", "copperleaf", "sablewire", "mistral-bau", "atelier-roussel",
             "nordwind-logistik", "blauwhaven", "rivaleste", "cobaltmill", "pinecrest-dental", "saltmarsh-legal"]
TLDS = {"en": ["com", "co.uk", "io", "com.au", "ca", "net", "ie"], "de": ["de", "at", "ch"], "fr": ["fr", "be"], "es": ["es", "com.mx", "com.ar"],
        "it": ["it"], "pt": ["pt", "com.br"], "nl": ["nl", "be"], "pl": ["pl"], "ja": ["co.jp", "jp"], "ru": ["ru"], "sv": ["se"], "tr": ["com.tr"],
        "ko": ["co.kr"], "zh": ["cn", "com.cn"], "cs": ["cz"], "da": ["dk"], "fi": ["fi"], "no": ["no"]}
FREEMAIL = {"en": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "hey.com", "aol.com", "fastmail.com", "live.co.uk", "btinternet.com"],
            "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch", "mailbox.org"],
            "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"], "es": ["hotmail.es", "yahoo.es", "telefonica.net"],
            "it": ["libero.it", "virgilio.it", "tiscali.it"], "pt": ["uol.com.br", "bol.com.br", "sapo.pt", "terra.com.br"],
            "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be"], "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
            "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"], "zh": ["qq.com", "163.com", "126.com", "sina.com"], "ko": ["naver.com", "daum.net", "kakao.com"],
            "tr": ["yandex.com.tr"], "sv": ["telia.com", "bredband.net"], "cs": ["seznam.cz", "centrum.cz"], "uk": ["ukr.net", "i.ua"]}
CITIES = ["Leeds", "Graz", "Lyon", "Valencia", "Porto", "Utrecht", "Gdańsk", "Osaka", "Austin", "Calgary", "Perth", "Malmö", "Bologna", "Curitiba"]

# ---------------------------------------------------------------- e-mail
def email(lang="en"):
    fn, ln = person(lang if lang in NAMES else "en")
    f, l = fold(fn).lower(), fold(ln).lower()
    dom_pool = FREEMAIL.get(lang, []) + FREEMAIL["en"][:4]
    company = pick(COMPANIES) + "." + pick(TLDS.get(lang, TLDS["en"]))
    st = pick(["first.last", "first.last", "flast", "first", "first_last", "firstlast99", "first.last+tag", "f.last", "last.first",
               "company", "company", "company_dept", "numeric", "upper", "first-last", "nick"])
    if st == "numeric" and lang in ("zh",):
        return digits(R.randint(6, 10)).lstrip("0") + "1@" + pick(FREEMAIL["zh"]), "numeric"
    if st == "numeric": st = "firstlast99"
    d = company if st.startswith("company") else pick(dom_pool)
    if st == "first.last": lp = f + "." + l
    elif st == "flast": lp = f[0] + l
    elif st == "first": lp = f + str(R.randint(1, 99)) if "." not in d[-8:] or chance(.5) else f
    elif st == "first_last": lp = f + "_" + l
    elif st == "firstlast99": lp = f + l + str(R.choice([R.randint(70, 99), R.randint(1990, 2008), R.randint(1, 9)]))
    elif st == "first.last+tag": lp = f + "." + l + "+" + pick(["amazon", "news", "dev", "bank", "2026", "github", "claude"])
    elif st == "f.last": lp = f[0] + "." + l
    elif st == "last.first": lp = l + "." + f
    elif st == "company": lp = pick([f + "." + l, f, f[0] + "." + l, f + l[0]])
    elif st == "company_dept":
        lp = f + "." + l; d = pick(["eng", "mail", "hr", "sales", "corp", "uk", "de"]) + "." + company
    elif st == "upper": lp = (f + "." + l).upper(); d = d.upper() if chance(.5) else d
    elif st == "first-last": lp = f + "-" + l
    else: lp = pick(["sunny", "pixel", "kiwi", "nomad", "raven", "dusty", "mango", "echo", "bluefox"]) + pick(["_", ".", ""]) + str(R.randint(7, 9999))
    return lp + "@" + d, st

# ---------------------------------------------------------------- phone
PFX = {
    'US': (1, '2122:6 4152:6 3122:6 6172:6 2062:6 5122:6 3032:6 4042:6 7022:6 9192:6 6462:6 7132:6 3052:6 5032:6'),
    'CA': (1, '4162:6 4165:6 4168:6 6043:6 6046:6 6049:6 5144:6 5147:6 4032:6 4035:6 4038:6 6133:6 6136:6 6139:6'),
    'GB': (44, '7701:6 771:7 7783:6 7792:6 7820:6 7830:6 784:7 7913:6 7931:6 795:7 7504:6 7523:6 756:7 207:7'),
    'DE': (49, '151:8 152:8 157:8 159:8 160:7 162:7 170:7 171:7 172:7 173:7 174:7 175:7 176:8 177:8'),
    'FR': (33, '60:7 62:7 631:6 633:6 635:6 637:6 64:7 66:7 68:7 698:6 73:7 75:7 77:7 79:7'),
    'ES': (34, '6:8 71:7 72:7 73:7 74:7 91:7'),
    'IT': (39, '31:8 32:8 33:8 34:8 35:8 36:8 37:8 38:8 39:8 320:7 333:7 347:7 348:7 349:7'),
    'NL': (31, '61:7 62:7 63:7 64:7 65:7 66:7 68:7 20:7'),
    'BE': (32, '45:7 46:7 47:7 48:7 49:7'),
    'CH': (41, '75:7 76:7 77:7 78:7 79:7'),
    'AT': (43, '664:7 660:7 676:7 650:7 699:8'),
    'SE': (46, '70:7 72:7 73:7 76:7 79:7'),
    'PL': (48, '50:7 51:7 53:7 57:7 60:7 66:7 69:7 72:7 73:7 78:7 79:7 88:7'),
    'PT': (351, '91:7 92:7 93:7 96:7'),
    'IE': (353, '83:7 85:7 86:7 87:7 89:7'),
    'BR': (55, '119:8 219:8 319:8 419:8 519:8 619:8 719:8 819:8'),
    'MX': (52, '55:8 33:8 81:8'),
    'AR': (54, '9110:7 9111:7 9112:7 9113:7 9114:7 9115:7 9116:7 9117:7 9118:7 93512:6 93513:6 93514:6 93515:6 93516:6'),
    'IN': (91, '98:8 99:8 97:8 96:8 94:8 93:8 91:8 90:8 88:8 87:8 80:8 70:8 62:8 63:8'),
    'JP': (81, '901:7 903:7 905:7 907:7 909:7 701:7 703:7 705:7 707:7 709:7 32:7 34:7 36:7 38:7'),
    'KR': (82, '10:8'),
    'CN': (86, '13:9 151:8 153:8 156:8 158:8 18:9 171:8 173:8 176:8 178:8 191:8 193:8 196:8 198:8'),
    'AU': (61, '40:7 448:6 456:6 473:6 481:6 489:6 498:6 232:6 240:6 248:6 257:6 30:7 343:6 362:6'),
    'NZ': (64, '21:7 22:7 27:7'),
    'ZA': (27, '82:7 83:7 72:7 73:7 76:7 79:7 61:7 81:7'),
    'NG': (234, '803:7 806:7 813:7 816:7 703:7 706:7 802:7 808:7 812:7 902:7 905:7'),
    'KE': (254, '71:7 72:7 70:7 79:7 11:7'),
    'EG': (20, '10:8 11:8 12:8 15:8'),
    'SA': (966, '50:7 53:7 54:7 55:7 56:7 59:7'),
    'AE': (971, '50:7 52:7 54:7 55:7 56:7 58:7'),
    'IL': (972, '500:6 503:6 505:6 507:6 509:6 522:6 524:6 526:6 528:6 53:7 543:6 545:6 547:6 549:6'),
    'TR': (90, '53:8 54:8 50:8 55:8'),
    'RU': (7, '91:8 92:8 98:8 90:8 95:8'),
    'UA': (380, '67:7 50:7 63:7 66:7 68:7 73:7 93:7 95:7 96:7 97:7 98:7 99:7'),
    'SG': (65, '801:5 802:5 803:5 804:5 805:5 806:5 807:5 808:5 809:5 81:6 82:6 83:6 84:6 85:6'),
    'PH': (63, '917:7 918:7 915:7 927:7 998:7 905:7 906:7 926:7'),
    'ID': (62, '812:8 813:8 821:8 822:8 852:8 857:8 878:8 896:8 811:8'),
    'VN': (84, '90:7 92:7 94:7 96:7 98:7 991:6 994:6 996:6 998:6 3:8 76:7 78:7 81:7 83:7'),
    'TH': (66, '8:8 9:8 60:7 61:7 62:7 63:7 64:7 65:7 66:7 68:7'),
    'MY': (60, '12:7 132:6 134:6 136:6 138:6 16:7 172:6 174:6 176:6 178:6 19:7 112:7 114:7 1161:6'),
    'PK': (92, '30:8 31:8 32:8 330:7 331:7 332:7 333:7 334:7 335:7 336:7 337:7 339:7 34:8'),
    'CO': (57, '300:7 301:7 302:7 303:7 304:7 305:7 31:8 320:7 321:7 322:7 323:7 3241:6 3242:6 3243:6'),
    'CL': (56, '92:7 94:7 960:6 962:6 964:6 966:6 968:6 972:6 974:6 976:6 978:6 98:7 993:6 995:6'),
    'DK': (45, '201:5 248:5 323:5 381:5 428:5 476:5 524:5 572:5 619:5 667:5 733:5 781:5 867:5 924:5'),
    'NO': (47, '40:6 41:6 450:5 451:5 452:5 454:5 455:5 456:5 457:5 458:5 459:5 46:6 47:6 48:6'),
    'FI': (358, '40:7 44:7 45:7 50:7 41:7 46:7'),
    'GR': (30, '69:8'),
    'CZ': (420, '601:6 602:6 603:6 604:6 605:6 606:6 607:6 608:6 72:7 73:7 77:7 79:7'),
    'HU': (36, '20:7 30:7 70:7'),
    'RO': (40, '72:7 74:7 75:7 76:7 780:6 783:6 784:6 785:6 786:6 787:6 788:6'),
}
LANG_REG = {"en": ["US", "US", "GB", "GB", "CA", "AU", "IE", "NZ", "IN", "ZA", "NG", "SG", "PH", "KE"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"],
            "es": ["ES", "MX", "AR", "CO", "CL"], "it": ["IT"], "pt": ["PT", "BR", "BR"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE"], "tr": ["TR"], "ru": ["RU"],
            "uk": ["UA"], "ja": ["JP"], "zh": ["CN"], "ko": ["KR"], "ar": ["SA", "AE", "EG"], "he": ["IL"], "hi": ["IN"], "id": ["ID"], "vi": ["VN"], "th": ["TH"],
            "ms": ["MY"], "tl": ["PH"], "cs": ["CZ"], "hu": ["HU"], "ro": ["RO"], "el": ["GR"], "fi": ["FI"], "da": ["DK"], "no": ["NO"], "sw": ["KE"], "ur": ["PK"]}
# region: (national trunk, national groups, national separator, international groups); -1 = the rest
FMT = {"US": ("", [3, 3, 4], "-", [3, 3, 4]), "CA": ("", [3, 3, 4], "-", [3, 3, 4]), "GB": ("0", [4, -1], " ", [4, -1]),
       "DE": ("0", [3, -1], " ", [3, -1]), "FR": ("0", [1, 2, 2, 2, 2], " ", [1, 2, 2, 2, 2]), "ES": ("", [3, 3, 3], " ", [3, 2, 2, 2]),
       "IT": ("", [3, -1], " ", [3, 3, 4]), "NL": ("0", [1, -1], "-", [1, -1]), "BE": ("0", [3, 2, 2, 2], " ", [3, 2, 2, 2]),
       "CH": ("0", [2, 3, 2, 2], " ", [2, 3, 2, 2]), "AT": ("0", [3, -1], " ", [3, -1]), "SE": ("0", [2, 3, 2, 2], " ", [2, 3, 2, 2]),
       "PL": ("", [3, 3, 3], " ", [3, 3, 3]), "PT": ("", [3, 3, 3], " ", [3, 3, 3]), "IE": ("0", [2, 3, 4], " ", [2, 3, 4]),
       "BR": ("", [2, 5, 4], " ", [2, 5, 4]), "MX": ("", [2, 4, 4], " ", [2, 4, 4]), "AR": ("", [1, 2, 4, 4], " ", [1, 2, 4, 4]),
       "IN": ("", [5, 5], " ", [5, 5]), "JP": ("0", [2, 4, 4], "-", [2, 4, 4]), "KR": ("0", [2, 4, 4], "-", [2, 4, 4]),
       "CN": ("", [3, 4, 4], " ", [3, 4, 4]), "AU": ("0", [3, 3, 3], " ", [3, 3, 3]), "NZ": ("0", [2, 3, 4], " ", [2, 3, 4]),
       "ZA": ("0", [2, 3, 4], " ", [2, 3, 4]), "NG": ("0", [3, 3, 4], " ", [3, 3, 4]), "KE": ("0", [3, 6], " ", [3, 6]),
       "EG": ("0", [2, 4, 4], " ", [2, 4, 4]), "SA": ("0", [2, 3, 4], " ", [2, 3, 4]), "AE": ("0", [2, 3, 4], " ", [2, 3, 4]),
       "IL": ("0", [2, 3, 4], "-", [2, 3, 4]), "TR": ("0", [3, 3, 2, 2], " ", [3, 3, 2, 2]), "RU": ("8", [3, 3, 2, 2], " ", [3, 3, 2, 2]),
       "UA": ("0", [2, 3, 2, 2], " ", [2, 3, 2, 2]), "SG": ("", [4, 4], " ", [4, 4]), "PH": ("0", [3, 3, 4], " ", [3, 3, 4]),
       "ID": ("0", [3, 4, -1], "-", [3, 4, -1]), "VN": ("0", [3, 3, 3], " ", [3, 3, 3]), "TH": ("0", [2, 3, 4], " ", [2, 3, 4]),
       "MY": ("0", [2, 3, -1], "-", [2, 3, -1]), "PK": ("0", [3, 7], " ", [3, 7]), "CO": ("", [3, 3, 4], " ", [3, 3, 4]),
       "CL": ("", [1, 4, 4], " ", [1, 4, 4]), "DK": ("", [2, 2, 2, 2], " ", [2, 2, 2, 2]), "NO": ("", [3, 2, 3], " ", [3, 2, 3]),
       "FI": ("0", [2, 3, -1], " ", [2, 3, -1]), "GR": ("", [3, 3, 4], " ", [3, 3, 4]), "CZ": ("", [3, 3, 3], " ", [3, 3, 3]),
       "HU": ("06", [2, 3, 4], " ", [2, 3, 4]), "RO": ("0", [3, 3, 3], " ", [3, 3, 3])}

def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        if n == -1 or i + n >= len(s): out.append(s[i:]); i = len(s); break
        out.append(s[i:i + n]); i += n
    if i < len(s): out[-1] += s[i:]
    return [g for g in out if g]

def nsn_for(reg):
    cc, spec = PFX[reg]
    while True:
        p, n = pick([x.split(":") for x in spec.split()])
        nsn = p + digits(int(n))
        if reg in ("US", "CA") and (nsn[3:6] == "555" or nsn[4:6] == "11"): continue
        if reg == "GB" and (nsn.startswith("2079460") or nsn.startswith("7700900")): continue
        if len(set(nsn[-6:])) < 3: continue
        return cc, nsn

def phone(lang="en", reg=None, styles=None):
    reg = reg or pick(LANG_REG.get(lang, LANG_REG["en"]))
    cc, nsn = nsn_for(reg)
    trunk, ng, sep, ig = FMT[reg]
    style = pick(styles or ["nat", "nat", "nat", "intl", "intl", "intl", "e164", "00", "intl_dash", "nat_compact"])
    if reg in ("US", "CA"):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        v = {"nat": pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}"]), "intl": pick([f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1 {a}-{b}-{c}"]),
             "e164": f"+1{nsn}", "00": f"001 {a} {b} {c}", "intl_dash": f"+1-{a}-{b}-{c}", "nat_compact": pick([f"1-{a}-{b}-{c}", f"({a}){b}-{c}"])}[style]
        return v, f"{reg}_{style}"
    if reg == "AR":
        # nsn = 9 + area + subscriber
        area = "11" if nsn[1:3] == "11" else nsn[1:4]
        sub = nsn[1 + len(area):]
        sub_f = f"{sub[:-4]}-{sub[-4:]}"
        v = {"nat": f"0{area} 15-{sub_f}", "intl": f"+54 9 {area} {sub_f}", "e164": f"+{cc}{nsn}", "00": f"0054 9 {area} {sub_f}",
             "intl_dash": f"+54-9-{area}-{sub_f}", "nat_compact": f"+54 9 {area} {sub}"}[style]
        return v, f"{reg}_{style}"
    if reg == "BR":
        g = [nsn[:2], nsn[2:7], nsn[7:]]
        v = {"nat": pick([f"({g[0]}) {g[1]}-{g[2]}", f"({g[0]}) {g[1]}{g[2]}"]), "intl": f"+55 {g[0]} {g[1]}-{g[2]}", "e164": f"+{cc}{nsn}",
             "00": f"0055 {g[0]} {g[1]}-{g[2]}", "intl_dash": f"+55-{g[0]}-{g[1]}-{g[2]}", "nat_compact": f"{g[0]} {g[1]}-{g[2]}"}[style]
        return v, f"{reg}_{style}"
    if reg == "RU" and style in ("nat", "nat_compact"):
        g = grp(nsn, [3, 3, 2, 2])
        return (f"8 ({g[0]}) {g[1]}-{g[2]}-{g[3]}" if style == "nat" else f"8{nsn}"), f"{reg}_{style}"
    if reg == "RU" and style == "intl":
        g = grp(nsn, [3, 3, 2, 2]); return f"+7 {g[0]} {g[1]}-{g[2]}-{g[3]}", "RU_intl"
    if style == "nat":
        g = grp(nsn, ng); g[0] = trunk + g[0]
        if reg == "SE": v = g[0] + "-" + " ".join(g[1:])
        elif reg == "AU" and nsn[0] in "23": v = f"(0{nsn[0]}) {nsn[1:5]} {nsn[5:]}"
        elif reg == "GB" and nsn.startswith("20"): v = f"020 {nsn[2:6]} {nsn[6:]}"
        elif reg == "DE" and chance(.3): v = g[0] + "/" + "".join(g[1:])
        elif reg == "FR" and chance(.3): v = ".".join(g)
        elif reg == "MY": v = g[0] + "-" + " ".join(g[1:])
        else: v = sep.join(g)
        return v, f"{reg}_nat"
    if style == "nat_compact":
        if not trunk and reg not in ("CN", "IN", "SG", "MX", "IT"):
            style = "intl"
        else:
            return trunk + nsn, f"{reg}_nat_compact"
    g = grp(nsn, ig)
    if reg == "GB" and nsn.startswith("20"): g = [nsn[:2], nsn[2:6], nsn[6:]]
    if style == "intl":
        if reg == "MY": v = f"+{cc} {g[0]}-{' '.join(g[1:])}"
        elif reg in ("JP", "KR", "IL"): v = f"+{cc} " + "-".join(g)
        elif reg in ("GB", "DE", "AT", "CH") and trunk and chance(.25): v = f"+{cc} (0){' '.join(g)}"
        else: v = f"+{cc} " + " ".join(g)
    elif style == "e164": v = f"+{cc}{nsn}"
    elif style == "00": v = f"00{cc} " + " ".join(g)
    else: v = f"+{cc}-" + "-".join(g)
    return v, f"{reg}_{style}"

# ---------------------------------------------------------------- card
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        s += x
    return s % 10 == 0
def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c): return body + c
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
              "3566002020360505", "6200000000000005", "4111111111111111", "4012888888881881", "4000000000000002", "4000000000009995",
              "5425233430109903", "2222420000001113", "4917610000000000", "4263982640269299", "6250941006528599", "6555900000604105"}
NETS = [  # name, prefixes, length, grouping, weight
    ("visa", ["4"], 16, [4, 4, 4, 4], 30), ("mc", ["51", "52", "53", "54", "55"], 16, [4, 4, 4, 4], 18), ("mc2", ["2221", "2300", "2499", "2630", "2720"], 16, [4, 4, 4, 4], 5),
    ("amex", ["34", "37"], 15, [4, 6, 5], 10), ("discover", ["6011", "644", "645", "65"], 16, [4, 4, 4, 4], 5), ("jcb", ["3528", "3540", "3566", "3589"], 16, [4, 4, 4, 4], 4),
    ("diners", ["36", "300", "305"], 14, [4, 6, 4], 2), ("unionpay", ["622126", "6228", "6212", "6259"], 16, [4, 4, 4, 4], 4),
    ("unionpay19", ["6217", "6222"], 19, [4, 4, 4, 4, 3], 1), ("maestro", ["6759", "5018", "5020", "6304"], 16, [4, 4, 4, 4], 2),
    ("mir", ["2200", "2202", "2204"], 16, [4, 4, 4, 4], 3), ("rupay", ["6521", "6522", "6070"], 16, [4, 4, 4, 4], 2),
    ("elo", ["636368", "504175", "509048"], 16, [4, 4, 4, 4], 2), ("hipercard", ["606282"], 16, [4, 4, 4, 4], 1), ("troy", ["9792"], 16, [4, 4, 4, 4], 1),
    ("visa19", ["4"], 19, [4, 4, 4, 4, 3], 1), ("bccard", ["9410", "9420"], 16, [4, 4, 4, 4], 1)]
LANG_NET = {"ru": "mir", "ja": "jcb", "zh": "unionpay", "hi": "rupay", "pt": "elo", "tr": "troy", "ko": "bccard"}
def card(lang="en", seps=None, net=None):
    if net is None:
        if lang in LANG_NET and chance(.35): net = LANG_NET[lang]
        else:
            tot = sum(n[4] for n in NETS); x = R.uniform(0, tot)
            for n in NETS:
                x -= n[4]
                if x <= 0: net = n[0]; break
    name, pfx, ln, g, _ = next(n for n in NETS if n[0] == net)
    while True:
        p = pick(pfx); num = luhn_complete(p + digits(ln - len(p) - 1))
        if num not in TEST_CARDS and len(set(num[4:])) > 3: break
    sep = pick(seps or [" ", " ", " ", " ", "", "", "-", "-"])
    parts = grp(num, g)
    return sep.join(parts), f"{name}_" + {" ": "space", "": "plain", "-": "dash", ".": "dot", "\u00a0": "nbsp"}.get(sep, "other")

# ---------------------------------------------------------------- api keys
B62 = DIG + UP + LO
def b62(n, width):
    s = ""
    while n: n, r = divmod(n, 62); s = B62[r] + s
    return s.rjust(width, "0")
def gh_token(prefix):
    body = rs(AN, 30)
    return prefix + body + b62(binascii.crc32(body.encode()) & 0xffffffff, 6)
def npm_token():
    body = rs(AN, 30)
    return "npm_" + body + b62(binascii.crc32(body.encode()) & 0xffffffff, 6)
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")

KEYS = {  # name: (generator, env var, provider label)
 "openai_proj": (lambda: "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74), "OPENAI_API_KEY", "OpenAI"),
 "openai_svc": (lambda: "sk-svcacct-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74), "OPENAI_API_KEY", "OpenAI"),
 "openai_admin": (lambda: "sk-admin-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74), "OPENAI_ADMIN_KEY", "OpenAI"),
 "anthropic": (lambda: "sk-ant-api03-" + rs(B64U, 93) + "AA", "ANTHROPIC_API_KEY", "Anthropic"),
 "anthropic_admin": (lambda: "sk-ant-admin01-" + rs(B64U, 93) + "AA", "ANTHROPIC_ADMIN_KEY", "Anthropic"),
 "anthropic_oat": (lambda: "sk-ant-oat01-" + rs(B64U, 93) + "AA", "CLAUDE_CODE_OAUTH_TOKEN", "Claude Code"),
 "google": (lambda: "AIza" + rs(B64U, 35), "GEMINI_API_KEY", "Gemini"),
 "aws_akid": (lambda: pick(["AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16), "AWS_ACCESS_KEY_ID", "AWS"),
 "github_classic": (lambda: gh_token("ghp_"), "GITHUB_TOKEN", "GitHub"),
 "github_oauth": (lambda: gh_token("gho_"), "GH_TOKEN", "GitHub"),
 "github_fg": (lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(AN, 59), "GITHUB_PAT", "GitHub"),
 "gitlab": (lambda: "glpat-" + rs(B64U, 20), "GITLAB_TOKEN", "GitLab"),
 "slack_bot": (lambda: f"xoxb-{digits(11)}-{digits(13)}-{rs(AN, 24)}", "SLACK_BOT_TOKEN", "Slack"),
 "slack_user": (lambda: f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{rs(HEX, 32)}", "SLACK_USER_TOKEN", "Slack"),
 "stripe_live": (lambda: "sk_live_51" + rs(AN, 97), "STRIPE_SECRET_KEY", "Stripe"),
 "stripe_rk": (lambda: "rk_live_51" + rs(AN, 97), "STRIPE_RESTRICTED_KEY", "Stripe"),
 "sendgrid": (lambda: "SG." + rs(B64U, 22) + "." + rs(B64U, 43), "SENDGRID_API_KEY", "SendGrid"),
 "mailchimp": (lambda: rs(HEX, 32) + "-us" + str(R.randint(2, 21)), "MAILCHIMP_API_KEY", "Mailchimp"),
 "shopify": (lambda: "shpat_" + rs(HEX, 32), "SHOPIFY_ACCESS_TOKEN", "Shopify"),
 "digitalocean": (lambda: "dop_v1_" + rs(HEX, 64), "DIGITALOCEAN_TOKEN", "DigitalOcean"),
 "huggingface": (lambda: "hf_" + rs(string.ascii_letters, 34), "HF_TOKEN", "Hugging Face"),
 "replicate": (lambda: "r8_" + rs(AN, 37), "REPLICATE_API_TOKEN", "Replicate"),
 "groq": (lambda: "gsk_" + rs(AN, 52), "GROQ_API_KEY", "Groq"),
 "openrouter": (lambda: "sk-or-v1-" + rs(HEX, 64), "OPENROUTER_API_KEY", "OpenRouter"),
 "xai": (lambda: "xai-" + rs(AN, 80), "XAI_API_KEY", "xAI"),
 "perplexity": (lambda: "pplx-" + rs(AN, 48), "PERPLEXITY_API_KEY", "Perplexity"),
 "deepseek": (lambda: "sk-" + rs(HEX, 32), "DEEPSEEK_API_KEY", "DeepSeek"),
 "cerebras": (lambda: "csk-" + rs(LO + DIG, 48), "CEREBRAS_API_KEY", "Cerebras"),
 "notion": (lambda: "ntn_" + digits(11) + rs(AN, 35), "NOTION_TOKEN", "Notion"),
 "linear": (lambda: "lin_api_" + rs(AN, 40), "LINEAR_API_KEY", "Linear"),
 "npm": (npm_token, "NPM_TOKEN", "npm"),
 "pypi": (lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 120), "PYPI_TOKEN", "PyPI"),
 "dockerhub": (lambda: "dckr_pat_" + rs(B64U, 27), "DOCKERHUB_TOKEN", "Docker Hub"),
 "telegram": (lambda: f"{R.randint(5000000000, 8299999999)}:AA{rs(B64U, 33)}", "TELEGRAM_BOT_TOKEN", "Telegram"),
 "figma": (lambda: "figd_" + rs(B64U, 40), "FIGMA_TOKEN", "Figma"),
 "postman": (lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34), "POSTMAN_API_KEY", "Postman"),
 "pulumi": (lambda: "pul-" + rs(HEX, 40), "PULUMI_ACCESS_TOKEN", "Pulumi"),
 "vault": (lambda: "hvs." + rs(B64U, 24), "VAULT_TOKEN", "Vault"),
 "databricks": (lambda: "dapi" + rs(HEX, 32), "DATABRICKS_TOKEN", "Databricks"),
 "grafana": (lambda: "glsa_" + rs(AN, 32) + "_" + rs(HEX, 8), "GRAFANA_SERVICE_ACCOUNT_TOKEN", "Grafana"),
 "sentry_user": (lambda: "sntryu_" + rs(HEX, 64), "SENTRY_AUTH_TOKEN", "Sentry"),
 "elevenlabs": (lambda: "sk_" + rs(HEX, 48), "ELEVENLABS_API_KEY", "ElevenLabs"),
 "resend": (lambda: "re_" + rs(AN, 8) + "_" + rs(AN, 24), "RESEND_API_KEY", "Resend"),
 "tavily": (lambda: "tvly-" + pick(["", "dev-", "prod-"]) + rs(AN, 32), "TAVILY_API_KEY", "Tavily"),
 "pinecone": (lambda: "pcsk_" + rs(AN, 5) + "_" + rs(AN, 63), "PINECONE_API_KEY", "Pinecone"),
 "langsmith": (lambda: "lsv2_" + pick(["pt", "sk"]) + "_" + rs(HEX, 32) + "_" + rs(HEX, 10), "LANGSMITH_API_KEY", "LangSmith"),
 "firecrawl": (lambda: "fc-" + rs(HEX, 32), "FIRECRAWL_API_KEY", "Firecrawl"),
 "supabase_secret": (lambda: "sb_secret_" + rs(B64U, 31), "SUPABASE_SECRET_KEY", "Supabase"),
 "airtable": (lambda: "pat" + rs(AN, 14) + "." + rs(HEX, 64), "AIRTABLE_API_KEY", "Airtable"),
 "square": (lambda: "EAAA" + rs(B64U, 60), "SQUARE_ACCESS_TOKEN", "Square"),
 "neon": (lambda: "napi_" + rs(LO + DIG, 64), "NEON_API_KEY", "Neon"),
 "planetscale": (lambda: "pscale_tkn_" + rs(B64U, 43), "PLANETSCALE_SERVICE_TOKEN", "PlanetScale"),
 "sourcegraph": (lambda: "sgp_" + rs(HEX, 16) + "_" + rs(HEX, 40), "SRC_ACCESS_TOKEN", "Sourcegraph"),
 "buildkite": (lambda: "bkua_" + rs(HEX, 40), "BUILDKITE_API_TOKEN", "Buildkite"),
 "circleci": (lambda: "CCIPAT_" + rs(AN, 22) + "_" + rs(HEX, 40), "CIRCLECI_TOKEN", "CircleCI"),
 "contentful": (lambda: "CFPAT-" + rs(B64U, 43), "CONTENTFUL_MANAGEMENT_TOKEN", "Contentful"),
 "newrelic": (lambda: "NRAK-" + rs(UP + DIG, 27), "NEW_RELIC_API_KEY", "New Relic"),
 "hubspot": (lambda: "pat-" + pick(["na1", "eu1", "na2"]) + "-" + "-".join(rs(HEX, n) for n in (8, 4, 4, 4, 12)), "HUBSPOT_ACCESS_TOKEN", "HubSpot"),
 "asana": (lambda: f"2/{digits(16)}/{digits(16)}:{rs(HEX, 32)}", "ASANA_PAT", "Asana"),
 "dropbox": (lambda: "sl.u." + rs(B64U, 140), "DROPBOX_ACCESS_TOKEN", "Dropbox"),
 "mapbox_sk": (lambda: "sk.eyJ1Ijoi" + rs(AN, 40) + "." + rs(B64U, 22), "MAPBOX_SECRET_TOKEN", "Mapbox"),
 "twilio_sk": (lambda: "SK" + rs(HEX, 32), "TWILIO_API_KEY", "Twilio"),
 "doppler": (lambda: "dp.st." + pick(["prd", "dev", "stg"]) + "." + rs(AN, 40), "DOPPLER_TOKEN", "Doppler"),
 "netlify": (lambda: "nfp_" + rs(AN, 36), "NETLIFY_AUTH_TOKEN", "Netlify"),
 "render": (lambda: "rnd_" + rs(AN, 32), "RENDER_API_KEY", "Render"),
 "jina": (lambda: "jina_" + rs(HEX, 32) + rs(AN, 28), "JINA_API_KEY", "Jina"),
 "voyage": (lambda: "pa-" + rs(B64U, 43), "VOYAGE_API_KEY", "Voyage AI"),
 "fireworks": (lambda: "fw_" + rs(AN, 24), "FIREWORKS_API_KEY", "Fireworks"),
 "slack_webhook": (lambda: f"https://hooks.slack.com/services/T{rs(UP + DIG, 10)}/B{rs(UP + DIG, 10)}/{rs(AN, 24)}", "SLACK_WEBHOOK_URL", "Slack webhook"),
 "discord_webhook": (lambda: f"https://discord.com/api/webhooks/{digits(19)}/{rs(B64U, 68)}", "DISCORD_WEBHOOK_URL", "Discord webhook"),
 # label-only formats (no distinctive prefix)
 "aws_secret": (lambda: rs(B64, 40), "AWS_SECRET_ACCESS_KEY", "AWS"),
 "azure_openai": (lambda: rs(HEX, 32), "AZURE_OPENAI_API_KEY", "Azure OpenAI"),
 "mistral": (lambda: rs(AN, 32), "MISTRAL_API_KEY", "Mistral"),
 "cohere": (lambda: rs(AN, 40), "COHERE_API_KEY", "Cohere"),
 "datadog": (lambda: rs(HEX, 32), "DD_API_KEY", "Datadog"),
 "cloudflare": (lambda: rs(B64U, 40), "CLOUDFLARE_API_TOKEN", "Cloudflare"),
 "deepgram": (lambda: rs(HEX, 40), "DEEPGRAM_API_KEY", "Deepgram"),
 "together": (lambda: rs(HEX, 64), "TOGETHER_API_KEY", "Together AI"),
 "algolia_admin": (lambda: rs(HEX, 32), "ALGOLIA_ADMIN_KEY", "Algolia"),
 "openweather": (lambda: rs(HEX, 32), "OPENWEATHER_API_KEY", "OpenWeather"),
}
LABEL_ONLY = ["aws_secret", "azure_openai", "mistral", "cohere", "datadog", "cloudflare", "deepgram", "together", "algolia_admin", "openweather"]
PREFIXED = [k for k in KEYS if k not in LABEL_ONLY]
def key(kind=None, prefixed=None):
    if kind is None:
        kind = pick(PREFIXED) if (prefixed if prefixed is not None else chance(.85)) else pick(LABEL_ONLY)
    while True:
        v = KEYS[kind][0]()
        if kind in LABEL_ONLY and (sum(c.isdigit() for c in v) < 3 or sum(c.isalpha() for c in v) < 6): continue
        return v, kind, KEYS[kind][1], KEYS[kind][2]

# ---------------------------------------------------------------- other kinds
def password():
    st = pick(["word", "random", "phrase", "symbol"])
    if st == "word": return pick(["Sommer", "Winter", "Falcon", "Maple", "Orchid", "Tiger", "Lisbon", "Rocket", "Marmot", "Velvet"]) + str(R.randint(10, 2026)) + pick("!#$%?*"), "pw_word"
    if st == "random": return rs(AN + "!#%&*@^", R.randint(14, 22)), "pw_random"
    if st == "phrase": return "-".join(pick(["copper", "lantern", "willow", "ferry", "quartz", "meadow", "saddle", "orbit", "plume", "tundra"]) for _ in range(4)), "pw_phrase"
    return rs(AN, 6) + pick("#$%&") + rs(AN, 4) + pick("!?") + digits(3), "pw_symbol"
def jwt():
    h = b64u(json.dumps({"alg": pick(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": rs(HEX, 24), "iat": 1780000000 + R.randint(0, 9000000), "exp": 1790000000 + R.randint(0, 9000000), "scope": "read write"}, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(B64U, 43)
def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if v not in ("078-05-1120", "219-09-9999", "123-45-6789"): return v, "us_ssn"
def nino():
    bad1, bad2 = "DFIQUV", "DFIOQUV"
    while True:
        a, b = pick(UP), pick(UP)
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"): continue
        d = digits(6)
        return pick([f"{a}{b}{d}{pick('ABCD')}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {pick('ABCD')}"]), "gb_nino"
def dni():
    n = R.randint(10000000, 99999999); return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}", "es_dni"
def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        s = sum((9 - i) * d[i] for i in range(8)) % 11
        if s < 10: return "".join(map(str, d + [s])), "nl_bsn"
def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d)) % 11
        d.append(0 if s < 2 else 11 - s)
    s = "".join(map(str, d)); return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", "br_cpf"
def pesel():
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    d = [int(c) for c in f"{y:02d}{m:02d}{dd:02d}{digits(4)}"]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return "".join(map(str, d)) + str((10 - sum(a * b for a, b in zip(d, w)) % 10) % 10), "pl_pesel"
def sin():
    while True:
        num = luhn_complete(str(pick([1, 2, 3, 4, 5, 6, 7, 9])) + digits(7))
        return f"{num[:3]} {num[3:6]} {num[6:]}", "ca_sin"
def iban():
    c = pick(["DE", "AT", "NL", "FR", "ES", "IT", "BE"])
    if c == "DE": bban = digits(8) + digits(10)
    elif c == "AT": bban = digits(5) + digits(11)
    elif c == "NL": bban = pick(["INGB", "RABO", "ABNA", "TRIO"]) + digits(10)
    elif c == "FR":
        bank, branch, acc = digits(5), digits(5), digits(11)
        key_ = 97 - (int(bank) * 89 + int(branch) * 15 + int(acc) * 3) % 97
        bban = bank + branch + acc + f"{key_:02d}"
    elif c == "ES":
        bank, branch, acc = digits(4), digits(4), digits(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        def cd(s):
            r = 11 - sum(int(x) * y for x, y in zip(s, w)) % 11
            return {10: 1, 11: 0}.get(r, r)
        bban = bank + branch + str(cd("00" + bank + branch)) + str(cd(acc)) + acc
    elif c == "IT":
        bban = None
    else:
        acc = pick(["001", "050", "063", "068", "091", "103", "143", "310", "363", "377", "630", "645", "732", "750", "973"]) + digits(7); chk = int(acc) % 97 or 97
        bban = acc + f"{chk:02d}"
    if c == "IT":
        return iban()
    num = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    chk = 98 - int(num) % 97
    raw = f"{c}{chk:02d}{bban}"
    if raw.startswith("DE89370400440532013000"): return iban()
    return (" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if chance(.6) else raw), f"iban_{c.lower()}"
GOV = [ssn, ssn, nino, dni, bsn, cpf, pesel, sin, iban, iban, iban]
def gov(): return pick(GOV)()
IPV4_FIRST = [24, 31, 37, 46, 62, 68, 71, 73, 76, 77, 79, 81, 82, 84, 86, 87, 88, 89, 90, 91, 93, 94, 95, 98, 107, 109, 151, 176, 178, 188, 212, 213, 217]
def ip():
    if chance(.75):
        return f"{pick(IPV4_FIRST)}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(2, 254)}", "ipv4"
    pre = pick(["2a02:810d", "2003:e5", "2601:1c0", "2a01:cb19", "2a00:23c6", "2604:3d08", "2001:1c05", "2a02:a46f"])
    groups = [format(R.randint(1, 0xffff), "x") for _ in range(8 - pre.count(":") - 1)]
    v = pre + ":" + ":".join(groups)
    if chance(.4):
        parts = v.split(":"); i = R.randint(3, 5); v = ":".join(parts[:i]) + "::" + ":".join(parts[i + 2:])
    return v, "ipv6"
def username():
    fn, ln = person(pick(["en", "de", "fr", "es", "pt", "nl", "pl", "it"]))
    return pick([fold(fn).lower(), fold(fn).lower() + fold(ln).lower()[0], fold(fn).lower()[0] + fold(ln).lower(), fold(fn).lower() + "." + fold(ln).lower(), fold(fn)]), fn, ln

# ---------------------------------------------------------------- chat sentences ({v} = the value)
CHAT = {
 "en": {"email": ["can you write a polite follow-up to {v}? they haven't answered since Tuesday", "pls add {v} to the beta testers list and send the invite", "my old login was {v} but I can't get the reset mail"],
        "phone": ["remind me to call the landlord at {v} tomorrow morning", "the courier said to text {v} when I'm home", "is {v} a mobile or a landline? need to know for the SMS campaign"],
        "card": ["why does the checkout say my card {v} is invalid?? it worked yesterday", "I was charged twice on {v}, help me write the dispute", "Netflix keeps declining {v}, exp 09/29"],
        "key": ["this key keeps giving 401: {v} what am I doing wrong", "ok here's the token {v} – can you test the endpoint", "I rotated it, new one is {v}"]},
 "de": {"email": ["Schreib bitte eine kurze Absage an {v}, freundlich aber bestimmt.", "Kannst du {v} in den Verteiler für den Newsletter aufnehmen?"],
        "phone": ["Der Handwerker ist unter {v} erreichbar, formulier mir bitte eine SMS.", "Meine neue Handynummer: {v} – bitte in die Signatur einbauen."],
        "card": ["Die Zahlung mit der Karte {v} wurde abgelehnt, woran kann das liegen?", "Bitte kündige das Abo, abgebucht wird von {v}."],
        "key": ["Mein API-Schlüssel {v} funktioniert plötzlich nicht mehr.", "Hier der Token: {v} – kannst du den curl-Aufruf bauen?"]},
 "fr": {"email": ["Peux-tu rédiger un mail de relance pour {v} ?", "Ajoute {v} en copie de la réponse, merci."],
        "phone": ["Mon numéro a changé, c'est désormais le {v}.", "Appelle le cabinet au {v} pour décaler le rendez-vous."],
        "card": ["Ma carte {v} est refusée sur le site, tu sais pourquoi ?", "J'ai été débité deux fois sur {v}, aide-moi à écrire la réclamation."],
        "key": ["Voici ma clé API : {v} — le script renvoie toujours 403.", "J'ai régénéré le jeton, le nouveau est {v}."]},
 "es": {"email": ["¿Me ayudas a escribirle a {v} para pedir la factura?", "Mi correo es {v}, ponlo en el formulario."],
        "phone": ["Llámame al {v} cuando llegues.", "El número del dentista es {v}, ¿me haces un recordatorio?"],
        "card": ["Me rechazan la tarjeta {v} en la web de la aerolínea.", "Cargaron dos veces a la tarjeta {v}, redacta la reclamación."],
        "key": ["Esta es mi clave de API: {v}, ¿por qué da error 401?", "Te paso el token {v} para probar."]},
 "it": {"email": ["Scrivi una mail a {v} per spostare la riunione.", "La mia email è {v}, aggiornala nel CV."],
        "phone": ["Il mio cellulare è {v}, mettilo nella firma.", "Chiama il tecnico al {v} domattina."],
        "card": ["La carta {v} viene rifiutata su Amazon, perché?", "Mi hanno addebitato due volte sulla carta {v}."],
        "key": ["La mia chiave API è {v} ma ricevo 401.", "Ecco il token {v}, prova la chiamata."]},
 "pt": {"email": ["Escreve um e-mail para {v} pedindo o orçamento.", "Meu e-mail é {v}, coloca no cadastro."],
        "phone": ["Meu WhatsApp é {v}, me chama lá.", "Liga para o {v} e confirma a entrega."],
        "card": ["Meu cartão {v} foi recusado no app, o que faço?", "Fui cobrado duas vezes no cartão {v}."],
        "key": ["Minha chave da API é {v} e dá erro 401.", "Segue o token {v} pra testar."]},
 "nl": {"email": ["Kun je een mailtje aan {v} schrijven over de offerte?", "Mijn e-mailadres is {v}."],
        "phone": ["Bel me even op {v} als je er bent.", "Het nummer van de huisarts is {v}."],
        "card": ["Mijn creditcard {v} wordt geweigerd bij de webshop.", "Er is twee keer afgeschreven van {v}."],
        "key": ["Mijn API-sleutel {v} geeft steeds 401.", "Hier is het token: {v}"]},
 "pl": {"email": ["Napisz proszę maila do {v} w sprawie faktury.", "Mój adres to {v}, wpisz go w formularz."],
        "phone": ["Zadzwoń do mnie na {v} po 17.", "Numer do kuriera: {v}, napisz SMS-a."],
        "card": ["Karta {v} została odrzucona przy płatności.", "Pobrano dwa razy z karty {v}, pomóż napisać reklamację."],
        "key": ["Mój klucz API {v} zwraca 401.", "Oto token: {v}"]},
 "sv": {"email": ["Skriv ett mejl till {v} om mötet.", "Min mejl är {v}."], "phone": ["Ring mig på {v} när du är framme.", "Hantverkaren nås på {v}."],
        "card": ["Kortet {v} nekas i kassan, varför?", "Jag drogs två gånger på kortet {v}."], "key": ["Min API-nyckel {v} ger 401.", "Här är token: {v}"]},
 "tr": {"email": ["{v} adresine kibar bir hatırlatma maili yaz.", "E-postam {v}, forma ekle."], "phone": ["Beni {v} numarasından ara.", "Kuryenin numarası {v}."],
        "card": ["{v} numaralı kartım reddediliyor.", "{v} kartımdan iki kez çekim yapıldı."], "key": ["API anahtarım {v} ama 401 alıyorum.", "Token şu: {v}"]},
 "ru": {"email": ["Напиши письмо на {v} с просьбой перенести встречу.", "Моя почта {v}, добавь в анкету."], "phone": ["Позвони мне на {v} вечером.", "Номер курьера {v}, напиши ему СМС."],
        "card": ["Карта {v} не проходит при оплате, почему?", "С карты {v} списали дважды."], "key": ["Мой API-ключ {v} возвращает 401.", "Вот токен: {v}"]},
 "uk": {"email": ["Напиши листа на {v} щодо рахунку.", "Моя пошта {v}."], "phone": ["Мій номер {v}, додай у підпис.", "Подзвони майстру на {v}."],
        "card": ["Картку {v} відхиляють на сайті.", "З картки {v} списали двічі."], "key": ["Мій ключ API {v} дає 401.", "Ось токен: {v}"]},
 "ja": {"email": ["{v}宛てに打ち合わせ変更のメールを書いて。", "私のメールアドレスは{v}です。"], "phone": ["電話番号は{v}です。署名に入れてください。", "明日{v}に電話するようリマインドして。"],
        "card": ["カード番号{v}で決済できません。", "{v}のカードで二重請求されました。"], "key": ["APIキー{v}で401エラーになります。", "トークンは{v}です、試してみて。"]},
 "zh": {"email": ["帮我给{v}写一封催款邮件。", "我的邮箱是{v}，请填到表里。"], "phone": ["我的手机号是{v}，加到签名里。", "快递员电话{v}，帮我写条短信。"],
        "card": ["银行卡{v}支付失败，怎么回事？", "我的卡{v}被扣了两次款。"], "key": ["我的API密钥{v}一直报401。", "令牌是{v}，帮我测一下接口。"]},
 "ko": {"email": ["{v}에게 회의 일정 변경 메일 좀 써줘.", "제 이메일은 {v}입니다."], "phone": ["제 번호는 {v}이에요.", "내일 {v}로 전화하라고 알려줘."],
        "card": ["카드 {v} 결제가 계속 거절돼요.", "{v} 카드로 두 번 결제됐어요."], "key": ["API 키 {v}가 401 에러를 내요.", "토큰은 {v}입니다."]},
 "ar": {"email": ["اكتب رسالة إلى {v} لتأكيد الموعد.", "بريدي الإلكتروني هو {v}"], "phone": ["رقم جوالي {v}", "اتصل بالفني على {v} صباحاً."],
        "card": ["بطاقتي {v} مرفوضة في الموقع.", "تم الخصم مرتين من البطاقة {v}"], "key": ["مفتاح API الخاص بي {v} يعطي خطأ 401", "هذا هو الرمز: {v}"]},
 "he": {"email": ["תכתוב מייל ל-{v} על הפגישה.", "המייל שלי הוא {v}"], "phone": ["המספר שלי {v}", "תתקשר לטכנאי ב-{v}"],
        "card": ["הכרטיס {v} נדחה באתר.", "חייבו אותי פעמיים בכרטיס {v}"], "key": ["מפתח ה-API שלי {v} מחזיר 401", "הנה הטוקן: {v}"]},
 "hi": {"email": ["{v} को मीटिंग के बारे में मेल लिखो।", "मेरा ईमेल {v} है।"], "phone": ["मेरा नंबर {v} है, सिग्नेचर में डाल दो।", "कूरियर वाले का नंबर {v} है।"],
        "card": ["मेरा कार्ड {v} पेमेंट में फेल हो रहा है।", "कार्ड {v} से दो बार पैसे कटे।"], "key": ["मेरी API key {v} से 401 आ रहा है।", "टोकन यह है: {v}"]},
 "id": {"email": ["Tolong tulis email ke {v} soal tagihan.", "Email saya {v}."], "phone": ["Nomor WA saya {v}.", "Telepon kurirnya di {v}."],
        "card": ["Kartu {v} saya ditolak terus.", "Saya ditagih dua kali di kartu {v}."], "key": ["API key saya {v} kena 401.", "Ini tokennya: {v}"]},
 "vi": {"email": ["Viết giúp mình email gửi {v} về hợp đồng.", "Email của mình là {v}."], "phone": ["Số điện thoại của mình là {v}.", "Gọi cho thợ sửa ở số {v}."],
        "card": ["Thẻ {v} bị từ chối khi thanh toán.", "Thẻ {v} bị trừ tiền hai lần."], "key": ["API key {v} của mình bị lỗi 401.", "Token đây: {v}"]},
 "th": {"email": ["ช่วยเขียนอีเมลถึง {v} เรื่องนัดประชุม", "อีเมลของฉันคือ {v}"], "phone": ["เบอร์ของฉันคือ {v}", "โทรหาช่างที่เบอร์ {v}"],
        "card": ["บัตร {v} จ่ายเงินไม่ผ่าน", "บัตร {v} โดนตัดเงินสองครั้ง"], "key": ["API key {v} ขึ้น 401", "นี่คือโทเค็น: {v}"]},
 "ms": {"email": ["Tolong tulis emel kepada {v} tentang invois.", "Emel saya {v}."], "phone": ["Nombor telefon saya {v}.", "Hubungi juruteknik di {v}."],
        "card": ["Kad {v} saya ditolak.", "Saya dicaj dua kali pada kad {v}."], "key": ["Kunci API {v} saya dapat 401.", "Ini token: {v}"]},
 "cs": {"email": ["Napiš e-mail na {v} ohledně faktury.", "Můj e-mail je {v}."], "phone": ["Moje číslo je {v}.", "Zavolej technikovi na {v}."],
        "card": ["Karta {v} je zamítnutá.", "Z karty {v} se strhlo dvakrát."], "key": ["Můj API klíč {v} vrací 401.", "Tady je token: {v}"]},
 "hu": {"email": ["Írj egy levelet {v} címre a számláról.", "Az e-mailem {v}."], "phone": ["A számom {v}.", "Hívd fel a szerelőt: {v}."],
        "card": ["A {v} kártyámat elutasítják.", "Kétszer terhelték a {v} kártyát."], "key": ["Az API kulcsom {v} 401-et ad.", "Itt a token: {v}"]},
 "ro": {"email": ["Scrie un e-mail către {v} despre factură.", "E-mailul meu este {v}."], "phone": ["Numărul meu este {v}.", "Sună-l pe instalator la {v}."],
        "card": ["Cardul {v} este respins.", "Am fost taxat de două ori pe cardul {v}."], "key": ["Cheia mea API {v} dă 401.", "Uite tokenul: {v}"]},
 "el": {"email": ["Γράψε ένα email στο {v} για το ραντεβού.", "Το email μου είναι {v}."], "phone": ["Το κινητό μου είναι {v}.", "Πάρε τον τεχνικό στο {v}."],
        "card": ["Η κάρτα {v} απορρίπτεται.", "Χρεώθηκα δύο φορές στην κάρτα {v}."], "key": ["Το API key μου {v} δίνει 401.", "Ορίστε το token: {v}"]},
 "fi": {"email": ["Kirjoita sähköposti osoitteeseen {v} laskusta.", "Sähköpostini on {v}."], "phone": ["Numeroni on {v}.", "Soita asentajalle numeroon {v}."],
        "card": ["Korttini {v} hylätään.", "Kortilta {v} veloitettiin kahdesti."], "key": ["API-avaimeni {v} antaa 401.", "Tässä token: {v}"]},
 "da": {"email": ["Skriv en mail til {v} om mødet.", "Min mail er {v}."], "phone": ["Mit nummer er {v}.", "Ring til håndværkeren på {v}."],
        "card": ["Mit kort {v} bliver afvist.", "Jeg blev trukket to gange på kortet {v}."], "key": ["Min API-nøgle {v} giver 401.", "Her er tokenet: {v}"]},
 "no": {"email": ["Skriv en e-post til {v} om fakturaen.", "E-posten min er {v}."], "phone": ["Nummeret mitt er {v}.", "Ring rørleggeren på {v}."],
        "card": ["Kortet {v} blir avvist.", "Jeg ble trukket to ganger på kortet {v}."], "key": ["API-nøkkelen min {v} gir 401.", "Her er tokenet: {v}"]},
 "sw": {"email": ["Niandikie barua pepe kwa {v} kuhusu ankara.", "Barua pepe yangu ni {v}."], "phone": ["Namba yangu ni {v}.", "Mpigie fundi kwa {v}."],
        "card": ["Kadi yangu {v} imekataliwa.", "Nimekatwa mara mbili kwenye kadi {v}."], "key": ["Ufunguo wangu wa API {v} unaleta 401.", "Hii ni tokeni: {v}"]},
 "tl": {"email": ["Pakisulat ng email kay {v} tungkol sa bill.", "Ang email ko ay {v}."], "phone": ["Ang number ko ay {v}.", "Tawagan mo ang technician sa {v}."],
        "card": ["Na-decline ang card ko na {v}.", "Dalawang beses akong na-charge sa card {v}."], "key": ["Ang API key ko na {v} ay nag-401.", "Eto ang token: {v}"]},
}
CHAT_LANGS = list(CHAT)
def chat_lang():
    return "en" if chance(.3) else pick(CHAT_LANGS)

# ---------------------------------------------------------------- line machinery
class Redraw(Exception): pass
class L:
    def __init__(self, lang="en"):
        self.spans = []; self.lang = lang; self.known = {"names": [], "emails": [], "ids": []}
    def add(self, kind, vs):
        v, shape = vs[0], vs[1]
        self.spans.append([kind, v, shape]); return v
    def email(self, lang=None): return self.add("email", email(lang or self.lang))
    def phone(self, lang=None, reg=None, styles=None): return self.add("phone", phone(lang or self.lang, reg, styles))
    def card(self, lang=None, seps=None, net=None): return self.add("card", card(lang or self.lang, seps, net))
    def key(self, kind=None, prefixed=None):
        v, k, env, prov = key(kind, prefixed); self.add("api_key", (v, k)); return v, env, prov
D = lambda: f"2026-{R.randint(7, 12):02d}-{R.randint(1, 28):02d}"
T = lambda: f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
def co(): return pick(COMPANIES).replace("-", " ").title()
def fullname(lang="en"):
    f, l = person(lang if lang in NAMES else "en"); return f"{f} {l}"

# ---- chat
def t_chat(kind):
    def f(x):
        lang = chat_lang(); x.lang = lang
        s = pick(CHAT[lang][{"api_key": "key"}.get(kind, kind)])
        if kind == "email": v = x.email(lang)
        elif kind == "phone": v = x.phone(lang)
        elif kind == "card": v = x.card(lang)
        else: v = x.key(prefixed=chance(.8))[0]
        return s.replace("{v}", v)
    return f
def t_chat_pair(x):
    lang = chat_lang(); x.lang = lang
    k1, k2 = R.sample(["email", "phone", "card", "key"], 2)
    parts = []
    for k in (k1, k2):
        s = pick(CHAT[lang][k])
        v = {"email": lambda: x.email(lang), "phone": lambda: x.phone(lang), "card": lambda: x.card(lang), "key": lambda: x.key()[0]}[k]()
        parts.append(s.replace("{v}", v))
    return pick([" ", "\n", " Also: ", "\n\nP.S. "]) .join(parts) if lang == "en" else (" " if lang not in ("ja", "zh") else "").join(parts)

# ---- e-mail genres
def t_signature(x):
    lang = pick(["en", "en", "de", "fr", "es", "nl", "it", "pt"]); x.lang = lang
    n = fullname(lang); e = x.email(lang); p = x.phone(lang)
    role = pick(["Head of Operations", "Senior Accountant", "Product Designer", "Leiterin Einkauf", "Responsable RH", "Jefe de Proyecto", "Office Manager"])
    lab = pick([("M: ", "E: "), ("Mobile ", "Email "), ("Tel. ", "Mail: "), ("📱 ", "✉️ "), ("T +", None)])
    if lab[1] is None: return f"Can you tidy up my email signature?\n\n--\n{n} | {role}\n{co()}\n{p} | {e}"
    return pick(["Make this signature look more professional:\n\n", "Translate my signature to English:\n\n", ""]) + f"{pick(['Best,', 'Kind regards,', 'Viele Grüße', 'Cordialement,', 'Saludos,'])}\n{n}\n{role}, {co()}\n{lab[0]}{p}\n{lab[1]}{e}"
def t_csv_contacts(x):
    sep = pick([",", ";", "\t"]); rows = []
    hdr = pick([["name", "email", "phone"], ["Full Name", "E-mail Address", "Mobile Phone"], ["Nachname", "Vorname", "E-Mail", "Telefon"], ["nom", "courriel", "tel"]])
    for _ in range(R.randint(2, 4)):
        lang = pick(["en", "de", "fr", "es", "nl", "pl", "it"]); f, l = person(lang)
        e = x.email(lang); p = x.phone(lang, styles=["intl", "e164", "nat"]) if chance(.8) else ""
        rows.append(sep.join([l, f, e, p] if len(hdr) == 4 else [f"{f} {l}", e, p]))
    return pick(["Dedupe this list and tell me who is missing a phone:\n", "Import into HubSpot fails on this CSV, why?\n", "Sort by surname:\n", ""]) + sep.join(hdr) + "\n" + "\n".join(rows)
def t_forward(x):
    n1, n2 = fullname(), fullname(); e1 = x.email(); e2 = x.email()
    return (f"summarise this thread for me\n\n---------- Forwarded message ---------\nFrom: {n1} <{e1}>\nDate: {pick(['Mon', 'Tue', 'Wed', 'Thu'])}, {R.randint(1, 28)} Nov 2026 at {R.randint(8, 18)}:{R.randint(10, 59)}\n"
            f"Subject: Re: {pick(['Q4 invoice', 'renewal quote', 'site visit', 'onboarding docs'])}\nTo: {n2} <{e2}>\n\nHi {n2.split()[0]}, see attached.")
def t_json_user(x):
    e = x.email(pick(["en", "de", "fr", "ja", "pt", "ko", "zh"]))
    obj = {"id": R.randint(10000, 999999), "email": e, "email_verified": chance(.5), "plan": pick(["pro", "team", "free"]), "created_at": D() + "T" + T() + "Z"}
    if chance(.4): obj["phone_number"] = x.phone(styles=["e164"])
    return pick(["GET /api/v2/users/me returns this, why is plan null in the UI?\n", "the webhook payload:\n", ""]) + json.dumps(obj, indent=pick([None, 2]), ensure_ascii=False)
def t_authlog(x):
    e = x.email(); lines = []; x.add("email", (e, x.spans[-1][2]))
    lines.append(f"{D()}T{T()}.{digits(3)}Z INFO  auth: login succeeded user={e} method=password")
    if chance(.5):
        i = x.add("ip", ip()); lines.append(f"{D()}T{T()}.{digits(3)}Z WARN  auth: 3 failed attempts for {e} from {i}")
    else:
        lines.append(f"{D()}T{T()}.{digits(3)}Z WARN  auth: password reset requested for {e}")
    return "why does the second line happen right after the login?\n```\n" + "\n".join(lines) + "\n```"
def t_git(x):
    n = fullname(pick(["en", "de", "fr", "es", "pl"])); e = x.email()
    return pick([f"commit {rs(HEX, 40)}\nAuthor: {n} <{e}>\nDate:   {pick(['Tue', 'Fri'])} Nov {R.randint(1, 28)} {T()} 2026 +0100\n\n    fix: handle empty cart",
                 f"git shortlog -sne output, make a contributors section from it:\n   {R.randint(10, 300)}\t{n} <{e}>\n   {R.randint(1, 9)}\t{fullname()} <{x.email()}>",
                 f"[user]\n\tname = {n}\n\temail = {e}\n[core]\n\teditor = nvim"])
def t_recipients(x):
    k = R.randint(2, 4); parts = []
    for _ in range(k):
        e = x.email(); parts.append(pick([f"{fullname()} <{e}>", e, f"\"{fullname()}\" <{e}>"]))
    return pick(["To: ", "Cc: ", "Bcc these people: ", "Send the minutes to "]) + pick(["; ", ", "]).join(parts)
def t_mailto_html(x):
    e = x.email(); return f'<p>Questions? Write to <a href="mailto:{e}">{e}</a> or call us.</p>' if False else f'<footer><a href="mailto:{e}?subject=Support">Contact support</a></footer>\nwhy is the link blue on mobile only?'
def t_urlenc(x):
    e, shape = email(); enc = e.replace("@", "%40").replace("+", "%2B")
    x.add("email", (enc, shape + "_pctenc"))
    return f"{pick(['GET', 'POST'])} /newsletter/confirm?email={enc}&token={rs(HEX, 16)} HTTP/1.1\" 302 0 - is this redirect loop my fault?"
def t_mdtable(x):
    rows = []
    for _ in range(R.randint(2, 3)):
        lang = pick(["en", "de", "fr", "es"]); rows.append(f"| {fullname(lang)} | {pick(['On-call', 'Backup', 'Lead'])} | {x.email(lang)} | {x.phone(lang)} |")
    return "| Name | Role | Email | Phone |\n|---|---|---|---|\n" + "\n".join(rows) + "\n\nturn this into a YAML on-call rota"
def t_sql_email(x):
    e = x.email(); return f"SELECT id, created_at FROM customers WHERE lower(email) = '{e.lower()}';" if e == e.lower() else f"UPDATE accounts SET email = '{e}' WHERE id = {R.randint(100, 99999)};"
def t_bounce(x):
    e = x.email(); return f"{D()} {T()} {rs(UP + DIG, 10)}: to=<{e}>, relay=none, delay={R.randint(1, 9)}.{digits(1)}, status=bounced (550 5.1.1 user unknown)\nwhat does this mean?"
def t_pyproject(x):
    n = fullname(); e = x.email()
    return pick([f'[project]\nname = "{pick(["tinyq", "pdfsplit", "mdlint-lite", "geoparse"])}"\nauthors = [{{ name = "{n}", email = "{e}" }}]',
                 f'{{\n  "name": "@{pick(["acme", "kestrel", "tallow"])}/ui",\n  "author": "{n} <{e}>",\n  "license": "MIT"\n}}'])

# ---- phone genres
def t_contact_block(x):
    lang = pick(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "ja"]); x.lang = lang
    lab = {"en": ("Mobile", "Office"), "de": ("Mobil", "Büro"), "fr": ("Portable", "Bureau"), "es": ("Móvil", "Oficina"), "it": ("Cellulare", "Ufficio"),
           "nl": ("Mobiel", "Kantoor"), "pt": ("Celular", "Escritório"), "pl": ("Komórka", "Biuro"), "ja": ("携帯", "会社")}[lang]
    p1 = x.phone(lang); s = f"{lab[0]}: {p1}"
    if chance(.5): s += f"\n{lab[1]}: {x.phone(lang)}"
    return pick(["Save this contact:\n", "Format this for my phone's address book:\n", ""]) + s
def t_json_phone(x):
    lang = pick(["en", "de", "fr", "es", "pt", "ja", "ko", "ar", "tr", "id"])
    p = x.phone(lang); k = pick(["phone", "phoneNumber", "mobile", "contact_phone", "msisdn", "tel"])
    return pick(["Why does the API reject this body with 422?\n", "customer record from the CRM:\n", ""]) + json.dumps({"customer_id": f"c_{digits(6)}", k: p, "country": pick(["DE", "FR", "US", "BR", "JP"]), "opt_in": True}, ensure_ascii=False)
def t_sms_log(x):
    p = x.phone(styles=["e164", "e164", "intl"])
    return f"[{D()} {T()}] sms.send to={p} template=otp_login status={pick(['delivered', 'failed', 'queued'])} provider={pick(['twilio', 'vonage', 'messagebird'])}\nthe OTP never arrives, what could be wrong?"
def t_signal(x):
    lang = chat_lang(); x.lang = lang; p = x.phone(lang, styles=["intl", "e164"])
    return pick([f"add me on Signal: {p}", f"WhatsApp: {p} (only messages pls)", f"Telegram {p}, or just email"])
def t_reminder(x):
    lang = pick(["de", "fr", "nl", "it", "es", "en"]); x.lang = lang
    p = x.phone(lang, styles=["nat", "nat", "intl"])
    s = {"de": f"Ihr Termin am {R.randint(1, 28)}.11. um {R.randint(8, 17)}:00 Uhr. Absagen bitte unter {p}.",
         "fr": f"Rappel : RDV le {R.randint(1, 28)}/11 à {R.randint(8, 17)}h. Pour annuler : {p}",
         "nl": f"Herinnering: afspraak op {R.randint(1, 28)} nov om {R.randint(8, 17)}:00. Verzetten? Bel {p}.",
         "it": f"Promemoria: appuntamento il {R.randint(1, 28)}/11 alle {R.randint(8, 17)}:00. Per disdire chiamare il {p}.",
         "es": f"Recordatorio: cita el {R.randint(1, 28)}/11 a las {R.randint(8, 17)}:00. Para cancelar llame al {p}.",
         "en": f"Reminder: your appointment is on Nov {R.randint(1, 28)} at {R.randint(8, 17)}:00. To reschedule call {p}."}[lang]
    return pick(["Translate this SMS to English: ", "is this SMS a scam? ", "I got this: "]) + s
def t_form_phone(x):
    lang = pick(["en", "de", "fr", "es", "pt", "ja", "zh", "ko", "pl", "tr", "ru", "it"]); x.lang = lang
    lab = {"en": "Phone", "de": "Telefon", "fr": "Téléphone", "es": "Teléfono", "pt": "Telefone", "ja": "電話番号", "zh": "联系电话", "ko": "전화번호",
           "pl": "Telefon", "tr": "Telefon", "ru": "Телефон", "it": "Telefono"}[lang]
    p = x.phone(lang); sep = "：" if lang in ("ja", "zh") else ": "
    return f"{lab}{sep}{p}" + pick(["", "\n" + ("Adresse" if lang == "de" else "Address") + f": {R.randint(1, 120)} {pick(['Hauptstr.', 'Rue Victor Hugo', 'Elm St', 'Calle Mayor'])}"])
def t_yaml_phone(x):
    p = x.phone(styles=["e164", "intl"]); p2 = x.phone(styles=["e164", "intl"])
    return f"escalation:\n  primary:\n    name: {fullname()}\n    phone: \"{p}\"\n  secondary:\n    phone: \"{p2}\"\nlint this yaml please"
def t_pyfixture(x):
    p = x.phone(styles=["intl", "nat", "intl_dash"]); q = p.replace(" ", "").replace("-", "")
    if q == p: raise Redraw()
    x.add("phone", (q, x.spans[-1][2] + "_stripped"))
    return f"def test_normalise():\n    assert normalise({p!r}) == {q!r}\n\nthis is my own number, why does it fail?"
def t_calllog(x):
    p = x.phone(styles=["intl", "nat", "e164"])
    return pick([f"Missed call from {p} at {R.randint(8, 22)}:{R.randint(10, 59)}. Who could that be?", f"{D()} {T()}  OUTGOING  {p}  00:0{R.randint(1, 9)}:{R.randint(10, 59)}",
                 f"Anruf in Abwesenheit: {p}", f"Appel manqué : {p}"])

# ---- card genres
def t_payform(x):
    lang = pick(["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ja", "ru"]); x.lang = lang
    lab = {"en": "Card number", "de": "Kartennummer", "fr": "Numéro de carte", "es": "Número de tarjeta", "it": "Numero carta", "pt": "Número do cartão",
           "nl": "Kaartnummer", "pl": "Numer karty", "ja": "カード番号", "ru": "Номер карты"}[lang]
    c = x.card(lang)
    return pick(["Fill in the booking form with my details:\n", "is this enough to pay the invoice?\n", ""]) + f"{lab}: {c}\n{'Expiry' if lang == 'en' else 'MM/YY'}: {R.randint(1, 12):02d}/{R.randint(27, 31)}\nCVC: {digits(3)}"
def t_json_card(x):
    c = x.card(seps=["", "", " "])
    return json.dumps({"amount": R.randint(500, 99999), "currency": pick(["eur", "usd", "gbp"]), "payment_method": {"card": {"number": c, "exp_month": R.randint(1, 12), "exp_year": R.randint(2027, 2031)}}}) + "\n^ my request body, API says card_declined"
def t_csv_card(x):
    rows = []
    for _ in range(R.randint(2, 3)):
        rows.append(f"{D()},{pick(['REFUND', 'SALE', 'CHARGEBACK'])},{x.card(seps=['', ' '])},{R.randint(5, 900)}.{digits(2)}")
    return "date,type,card_number,amount\n" + "\n".join(rows) + "\n\nwhy is the chargeback total off?"
def t_paylog(x):
    c = x.card(seps=["", "", "-"])
    return f"{D()} {T()} DEBUG PaymentService - authorize(pan={c}, amount={R.randint(1, 999)}.{digits(2)}, merchant={rs(UP, 3)}{digits(4)}) -> {pick(['DECLINED 05', 'APPROVED', 'TIMEOUT'])}"
def t_bitwarden(x):
    c = x.card(seps=[""]); n = fullname().upper()
    return json.dumps({"type": 3, "name": pick(["Visa Daily", "Travel card", "Amex"]), "card": {"cardholderName": n, "brand": "Visa", "number": c, "expMonth": str(R.randint(1, 12)), "expYear": str(R.randint(2027, 2031)), "code": digits(3)}}, indent=2) + "\nhow do I import this one item into 1Password?"
def t_sql_card(x):
    c = x.card(seps=["", " "])
    return f"INSERT INTO payment_methods (user_id, pan, exp) VALUES ({R.randint(1, 9999)}, '{c}', '{R.randint(1, 12):02d}/{R.randint(27, 31)}');\n-- this is prod, how do I encrypt that column"
def t_card_ocr(x):
    c = x.card(seps=[" "])
    return f"Transcribed from the photo:\n{c}\nVALID THRU {R.randint(1, 12):02d}/{R.randint(27, 31)}\n{fullname().upper()}"
def t_card_phone_order(x):
    lang = pick(["en", "de", "fr", "es"]); x.lang = lang
    c = x.card(lang); p = x.phone(lang)
    return f"Order by phone — caller {p}, paid with {c}, delivery Friday. Write a confirmation email."

# ---- api key genres
def t_env(x):
    lines = []
    for _ in range(R.randint(1, 3)):
        v, env, _ = x.key()
        lines.append(pick([f"{env}={v}", f'{env}="{v}"', f"export {env}={v}"]))
    lines.insert(R.randint(0, len(lines)), pick(["NODE_ENV=production", "LOG_LEVEL=debug", "PORT=3000", "DEBUG=false"]))
    return pick(["my .env.local:\n", ".envrc:\n", "why does dotenv not load these?\n", ""]) + "\n".join(lines)
def t_curl(x):
    v, env, prov = x.key()
    hdr = pick([f"Authorization: Bearer {v}", f"x-api-key: {v}", f"Authorization: Token {v}", f"api-key: {v}"])
    return f"curl -sS https://api.{pick(['service', 'vendor', 'internal'])}.{pick(['io', 'com', 'dev'])}/v1/{pick(['models', 'chat', 'jobs', 'usage'])} \\\n  -H \"{hdr}\" \\\n  -H 'Content-Type: application/json'\nreturns 401, why?"
def t_pyclient(x):
    v, env, prov = x.key()
    return pick([f'import os\nos.environ["{env}"] = "{v}"\n', f'client = Client(api_key="{v}", timeout=30)\n', f'{env.lower()} = "{v}"  # TODO move to env\n']) + pick(["it works locally but not on Render", "can you refactor this", ""])
def t_jsconfig(x):
    v, env, prov = x.key()
    return f"export default defineConfig({{\n  {pick(['apiKey', 'token', 'secretKey', 'authToken'])}: process.env.{env} ?? '{v}',\n}})\n// fallback so it works in preview builds"
def t_keys_json(x):
    d = {}
    for _ in range(R.randint(1, 3)):
        v, env, prov = x.key(prefixed=True); d[prov.lower().split()[0]] = v
    return "cat ~/.config/llm/keys.json\n" + json.dumps(d, indent=2) + "\nwhich one is the openai one?"
def t_toml(x):
    v, env, prov = x.key()
    return pick([f'[vars]\n{env} = "{v}"\n# wrangler.toml', f'# .streamlit/secrets.toml\n{env.lower()} = "{v}"', f'[default]\napi_key = "{v}"\nregion = "{pick(["eu", "us"])}"'])
def t_yaml_key(x):
    v, env, prov = x.key()
    return pick([f"provider:\n  name: aws\n  environment:\n    {env}: {v}\n# serverless.yml", f"models:\n  - name: main\n    provider: {prov.lower().split()[0]}\n    apiKey: {v}\n# .continue/config.yaml",
                 f"env:\n  - name: {env}\n    value: \"{v}\""])
def t_ghactions(x):
    v, env, prov = x.key()
    return f"{D()}T{T()}.{digits(7)}Z ##[group]Run ./deploy.sh\n{D()}T{T()}.{digits(7)}Z + export {env}={v}\n{D()}T{T()}.{digits(7)}Z ##[endgroup]\nwhy isn't this masked in the log?"
def t_dockerrun(x):
    v, env, prov = x.key()
    return f"docker run -d --name worker -e {env}={v} -p 8080:8080 ghcr.io/{pick(['acme', 'tallow-labs'])}/worker:{R.randint(1, 4)}.{R.randint(0, 20)}"
def t_misc_config(x):
    v, env, prov = x.key()
    return pick([f"# gradle.properties\norg.gradle.jvmargs=-Xmx2g\n{env.lower().replace('_', '.')}={v}",
                 f"<key>{env}</key>\n<string>{v}</string>\n(from Info.plist, the app crashes on launch)",
                 f'{{\n  "Logging": {{ "LogLevel": {{ "Default": "Information" }} }},\n  "{prov.replace(" ", "")}": {{ "ApiKey": "{v}" }}\n}}',
                 f"set {env}={v}\r\npython run.py", f"define('{env}', '{v}');", f'ENV["{env}"] ||= "{v}"', f'os.Setenv("{env}", "{v}")',
                 f"*/15 * * * * {env}={v} /usr/local/bin/sync.sh >> /var/log/sync.log 2>&1"])
def t_key_url(x):
    kind = pick(["google", "openweather", "tavily", "firecrawl", "mapbox_sk", "datadog"])
    v, env, prov = x.key(kind)
    q = {"google": "key", "openweather": "appid", "tavily": "api_key", "firecrawl": "token", "mapbox_sk": "access_token", "datadog": "api_key"}[kind]
    return f"https://api.{pick(['vendor', 'geo', 'search'])}.{pick(['com', 'io'])}/v2/lookup?q={pick(['berlin', 'tokyo', 'lisbon'])}&{q}={v}&units=metric  <- gives 403 in the browser but not in Postman"
def t_key_table(x):
    rows = []
    for _ in range(R.randint(2, 3)):
        v, env, prov = x.key(); rows.append(f"| {prov} | `{env}` | `{v}` |")
    return "| Service | Env | Value |\n|---|---|---|\n" + "\n".join(rows) + "\n\n(from our Notion page, clean this up)"
def t_key_labelonly(x):
    v, env, prov = x.key(pick(LABEL_ONLY))
    return pick([f"{prov} key: {v}", f"{env}={v}", f"my {prov} api key is {v}, is it the right length?", f'"{env.lower()}": "{v}"'])
def t_mcp_http(x):
    v, env, prov = x.key()
    return json.dumps({"mcpServers": {pick(["linear", "notion", "sentry", "github", "search"]): {"type": "http", "url": f"https://mcp.{pick(['vendor', 'tools'])}.com/mcp", "headers": {"Authorization": f"Bearer {v}"}}}}, indent=2)

# ---- secondary kinds
def t_secret(x):
    pw, sh = password()
    st = pick(["url", "label", "label", "jwt", "wifi", "label_lang"])
    if st == "url":
        u = x.add("secret", (pw.replace("@", "%40").replace("#", "%23").replace("%", "%25") if False else rs(AN, 18), "db_url_password"))
        return f"DATABASE_URL=postgresql://app_{rs(LO, 4)}:{u}@db.{rs(LO, 12)}.eu-central-1.rds.amazonaws.com:5432/prod"
    if st == "jwt":
        j = x.add("secret", (jwt(), "bearer_jwt")); return f"Authorization: Bearer {j}\nwhy does the backend say token expired?"
    if st == "wifi":
        v = x.add("secret", (pw, "wifi_" + sh)); return pick([f"WIFI:T:WPA;S:{pick(['FRITZ!Box 7590 XY', 'Vodafone-4C21', 'HomeNet'])};P:{v};;", f"wifi pw for guests: {v}"])
    if st == "label_lang":
        v = x.add("secret", (pw, sh))
        return pick([f"Passwort: {v}", f"mot de passe : {v}", f"contraseña: {v}", f"пароль: {v}", f"パスワード：{v}", f"senha: {v}", f"hasło: {v}"])
    v = x.add("secret", (pw, sh))
    return pick([f"my login is fine but the password {v} gets rejected", f"DB_PASSWORD={v}", f"spring.datasource.password={v}", f"mysql -u root -p'{v}' -h 127.0.0.1"])
def t_gov(x):
    v, sh = gov(); x.add("gov_id", (v, sh))
    lab = {"us_ssn": "SSN", "gb_nino": "NI number", "es_dni": "DNI", "nl_bsn": "BSN", "br_cpf": "CPF", "pl_pesel": "PESEL", "ca_sin": "SIN"}.get(sh, "IBAN")
    return pick([f"Fill the form: {lab} {v}", f"{lab}: {v}\nis this the right format for the portal?", f"my {lab} is {v} — where does it go on the tax form?"])
def t_ip(x):
    v = x.add("ip", ip())
    return pick([f'{v} - - [{R.randint(1, 28)}/Nov/2026:{T()} +0000] "GET /wp-login.php HTTP/1.1" 404 153', f"sshd[{R.randint(1000, 99999)}]: Failed password for invalid user admin from {v} port {R.randint(1024, 65535)} ssh2",
                 f"my home IP is {v}, add it to the allowlist", f"X-Forwarded-For: {v}"])
def t_user(x):
    u, fn, ln = username(); x.add("user", (u, "home_dir"))
    return pick([f"Traceback (most recent call last):\n  File \"/Users/{u}/projects/app/main.py\", line {R.randint(3, 300)}, in <module>\nModuleNotFoundError: No module named 'yaml'",
                 f"PS C:\\Users\\{u}\\source\\repos> dotnet build", f"error: could not open '/home/{u}/.config/app/settings.toml'"])
def t_account(x):
    st = pick(["aws", "stripe", "slack", "known"])
    if st == "aws":
        a = x.add("account_id", (str(R.randint(100000000000, 999999999999)), "aws_account")); return f"arn:aws:iam::{a}:role/{pick(['deploy', 'ci-runner', 'lambda-exec'])} is not authorized to perform: s3:PutObject"
    if st == "stripe":
        a = x.add("account_id", ("cus_" + rs(AN, 14), "stripe_customer")); return f"customer {a} can't update their card, what does resource_missing mean?"
    if st == "slack":
        a = x.add("account_id", ("U0" + rs(UP + DIG, 9), "slack_member")); return f"<@{a}> can you approve the deploy?"
    a = "user-" + rs(AN, 24); x.known["ids"].append(a); x.add("account_id", (a, "chatgpt_user_known"))
    return f'{{"user_id": "{a}", "title": "Trip planning", "create_time": 1790{digits(6)}.{digits(3)}}}'
def t_name(x):
    lang = pick(["en", "de", "fr", "es", "pt", "ja", "ru"]); f, l = person(lang)
    if chance(.6):
        x.known["names"].append(f"{f} {l}"); st = pick(["full", "first", "full"])
        v = x.add("name", (f"{f} {l}" if st == "full" else f, "known_" + st))
        return pick([f"Hi, I'm {v} — help me write a cover letter.", f"Sign the email as {v}.", f"Rewrite my bio: {v} is a product designer based in {pick(CITIES)}."])
    v = x.add("name", (f"{f} {l}", "cue_unknown"))
    return pick([f"Patient name: {v}\nDOB: {R.randint(1, 28)}.{R.randint(1, 12)}.{R.randint(1950, 2005)}", f"Account holder: {v}", f"Name: {v}\nRoom: {R.randint(100, 499)}"])
def t_known_email(x):
    e = x.email(); x.known["emails"].append(e)
    return pick([f"I'm logged in as {e}, why can't I see the team workspace?", f"forward the receipt to {e} please"])

POS = {
 "email": [(t_chat("email"), 18), (t_signature, 6), (t_csv_contacts, 5), (t_forward, 5), (t_json_user, 5), (t_authlog, 4), (t_git, 5), (t_recipients, 4),
           (t_mailto_html, 2), (t_urlenc, 2), (t_mdtable, 2), (t_sql_email, 3), (t_bounce, 3), (t_pyproject, 3), (t_known_email, 2), (t_chat_pair, 4)],
 "phone": [(t_chat("phone"), 20), (t_signature, 4), (t_contact_block, 8), (t_json_phone, 6), (t_sms_log, 5), (t_signal, 5), (t_reminder, 6), (t_form_phone, 8),
           (t_yaml_phone, 3), (t_pyfixture, 3), (t_calllog, 5), (t_csv_contacts, 3), (t_chat_pair, 4), (t_card_phone_order, 2)],
 "card": [(t_chat("card"), 24), (t_payform, 10), (t_json_card, 6), (t_csv_card, 4), (t_paylog, 6), (t_bitwarden, 4), (t_sql_card, 4), (t_card_ocr, 4),
          (t_card_phone_order, 3), (t_chat_pair, 4)],
 "api_key": [(t_chat("api_key"), 16), (t_env, 10), (t_curl, 7), (t_pyclient, 7), (t_jsconfig, 5), (t_keys_json, 3), (t_toml, 5), (t_yaml_key, 5), (t_ghactions, 4),
             (t_dockerrun, 4), (t_misc_config, 8), (t_key_url, 3), (t_key_table, 2), (t_key_labelonly, 6), (t_mcp_http, 4), (t_chat_pair, 3)],
 "secret": [(t_secret, 1)], "gov_id": [(t_gov, 1)], "ip": [(t_ip, 1)], "user": [(t_user, 1)], "account_id": [(t_account, 1)], "name": [(t_name, 1)],
}

# ---------------------------------------------------------------- wrappers (none used by holdout3-5)
def uid(): return "-".join(rs(HEX, n) for n in (8, 4, 4, 4, 12))
def ts(): return f"{D()}T{T()}.{digits(3)}Z"
def jd(o, asc): return json.dumps(o, ensure_ascii=asc, separators=(",", ":"))
def w_cc_queued(t, a): return jd({"parentUuid": uid(), "isSidechain": False, "attachment": {"type": "queued_command", "prompt": t, "commandMode": "prompt", "timestamp": ts()}, "type": "attachment", "uuid": uid(), "timestamp": ts(), "userType": "external", "entrypoint": "cli", "cwd": "/tmp/work", "sessionId": uid(), "version": "2.1.230", "gitBranch": "main"}, a)
def w_cc_hook(t, a): return jd({"isSidechain": False, "userType": "external", "cwd": "/tmp/work", "sessionId": uid(), "version": "2.1.230", "type": "attachment", "parentUuid": uid(), "uuid": uid(), "timestamp": ts(), "attachment": {"type": "hook_additional_context", "hookName": "context-loader", "hookEvent": "UserPromptSubmit", "toolUseID": "toolu_01" + rs(AN, 22), "content": t}}, a)
def w_cc_edited(t, a): return jd({"isSidechain": False, "userType": "external", "cwd": "/tmp/work", "sessionId": uid(), "type": "attachment", "uuid": uid(), "timestamp": ts(), "attachment": {"type": "edited_text_file", "filename": "/tmp/work/" + pick(["notes.md", "config.txt", "draft.txt", ".env.example"]), "snippet": t}}, a)
def w_cc_summary(t, a): return jd({"type": "summary", "summary": t, "leafUuid": uid()}, a)
def w_cc_assistant_text(t, a): return jd({"parentUuid": uid(), "isSidechain": False, "userType": "external", "cwd": "/tmp/work", "sessionId": uid(), "version": "2.1.230", "type": "assistant", "uuid": uid(), "timestamp": ts(), "message": {"id": "msg_01" + rs(AN, 22), "type": "message", "role": "assistant", "model": "claude-opus-4-6", "content": [{"type": "text", "text": "You wrote:\n\n" + t}], "stop_reason": "end_turn"}}, a)
def w_codex_compacted(t, a): return jd({"timestamp": ts(), "type": "compacted", "payload": {"message": "", "replacement_history": [{"type": "message", "role": "user", "content": [{"type": "input_text", "text": t}]}]}}, a)
def w_codex_item_user(t, a): return jd({"timestamp": ts(), "type": "event_msg", "payload": {"type": "item_completed", "thread_id": uid(), "turn_id": uid(), "item": {"type": "UserMessage", "id": uid(), "content": [{"type": "text", "text": t, "text_elements": []}]}, "completed_at_ms": 0}}, a)
def w_codex_item_cmd(t, a): return jd({"timestamp": ts(), "type": "event_msg", "payload": {"type": "item_completed", "thread_id": uid(), "turn_id": uid(), "item": {"type": "CommandExecution", "id": uid(), "command": ["bash", "-lc", "cat notes.txt"], "cwd": "/tmp/work", "status": "completed", "aggregated_output": t, "exit_code": 0}}}, a)
def w_codex_patch(t, a): return jd({"timestamp": ts(), "type": "event_msg", "payload": {"type": "patch_apply_end", "call_id": "call_" + rs(AN, 24), "success": True, "status": "completed", "stdout": "", "stderr": "", "changes": {"/tmp/work/notes.txt": {"type": "add", "content": t}}}}, a)
def w_codex_reasoning(t, a): return jd({"timestamp": ts(), "type": "event_msg", "payload": {"type": "agent_reasoning", "text": "**Reviewing the pasted text**\n\nThe user pasted:\n" + t}}, a)
def w_llm_response(t, a): return jd({"id": rs(LO + DIG, 26), "model": pick(["gpt-5.2", "claude-sonnet-4.6", "gemini-3-pro"]), "conversation_id": rs(LO + DIG, 26), "datetime_utc": D() + "T" + T() + ".000000+00:00", "prompt": "Repeat back exactly what I pasted.", "response": t, "system": None}, a)
def w_openai_batch(t, a): return jd({"custom_id": f"req-{R.randint(1, 99999)}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-5-mini", "messages": [{"role": "user", "content": t}]}}, a)
def w_anthropic_batch(t, a): return jd({"custom_id": f"row-{R.randint(1, 99999)}", "params": {"model": "claude-haiku-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": t}]}}, a)
def w_chatgpt_custom(t, a): return jd({"id": uid(), "message": {"id": uid(), "author": {"role": "user"}, "content": {"content_type": "user_editable_context", "user_profile": "About me: " + t, "user_instructions": "Be brief."}, "metadata": {"is_visually_hidden_from_conversation": True}}, "parent": uid(), "children": [uid()]}, a)
def w_markdown(t, a): return f"### User ({D()} {T()[:5]})\n\n{t}\n\n### Assistant\n\nSure, here you go."
def w_csv_export(t, a): return f'{uid()},user,{D()}T{T()}Z,"' + t.replace('"', '""') + '"'
JSON_WRAPS = [w_cc_queued, w_cc_hook, w_cc_edited, w_cc_summary, w_cc_assistant_text, w_codex_compacted, w_codex_item_user, w_codex_item_cmd, w_codex_patch,
              w_codex_reasoning, w_llm_response, w_openai_batch, w_anthropic_batch, w_chatgpt_custom]
TEXT_WRAPS = [w_markdown, w_csv_export]
def esc(v, wrap, asc):
    if wrap in TEXT_WRAPS: return v.replace('"', '""') if wrap is w_csv_export else v
    return json.dumps(v, ensure_ascii=asc)[1:-1]

# ---------------------------------------------------------------- hard negatives
def luhn_runs(text):
    out = []
    for m in re.finditer(r"\d(?:[ \-\u00a0.]?\d){12,18}", text):
        d = re.sub(r"\D", "", m.group())
        for n in range(13, 20):
            for i in range(0, len(d) - n + 1):
                sub = d[i:i + n]
                if luhn_ok(sub) and (i == 0 and i + n == len(d)): out.append(sub)
    return out
def no_luhn(n, first=None):
    while True:
        s = (first or str(R.randint(1, 9))) + digits(n - 1)
        if not luhn_ok(s): return s
def n_order(_):
    lang = pick(["en", "de", "fr", "es", "nl", "it", "pl", "ja"])
    num = pick([f"{digits(3)}-{digits(7)}-{digits(7)}", no_luhn(16), f"#{R.randint(100000, 9999999)}", f"INV-2026-{digits(5)}", f"{rs(UP, 2)}{digits(9)}{rs(UP, 2)}", no_luhn(13)])
    return {"en": f"order {num} still says processing after 5 days, write a complaint", "de": f"Bestellnummer {num} – Lieferung fehlt, bitte Beschwerde formulieren",
            "fr": f"Ma commande n° {num} n'est jamais arrivée.", "es": f"El pedido {num} sigue sin llegar.", "nl": f"Bestelling {num} is nog niet verzonden.",
            "it": f"L'ordine {num} risulta ancora in lavorazione.", "pl": f"Zamówienie nr {num} wciąż nie dotarło.", "ja": f"注文番号{num}の商品が届きません。"}[lang]
def n_tracking(_):
    return pick([f"tracking 1Z{rs(UP + DIG, 6)}{digits(10)} shows 'exception', what now?", f"DHL Sendungsnummer JJD{digits(18)}", f"USPS {no_luhn(22, '9')} stuck in transit",
                 f"Colissimo 6A{digits(11)} – livré ?"])
def n_ids(_):
    return pick([f"request_id={uid()} trace_id={rs(HEX, 32)} span_id={rs(HEX, 16)} status=500", f"job {uid()} failed after {R.randint(2, 90)}s",
                 f"x-request-id: req_011C{rs(AN, 18)}", f'{{"id": "msg_01{rs(AN, 22)}", "type": "message", "stop_reason": "tool_use"}}',
                 f'"tool_use_id": "toolu_01{rs(AN, 22)}"', f"chatcmpl-{rs(AN, 29)} finished with reason length", f"resp_{rs(HEX, 48)} status=incomplete",
                 f"file-{rs(AN, 22)} uploaded, vector store vs_{rs(AN, 24)}", f"pod/api-{rs(LO + DIG, 10)}-{rs(LO + DIG, 5)} CrashLoopBackOff", f"instance i-0{rs(HEX, 16)} in sg-0{rs(HEX, 16)}"])
def n_hashes(_):
    return pick([f"commit {rs(HEX, 40)} broke the build", f"sha256:{rs(HEX, 64)}", f'"integrity": "sha512-{rs(B64, 86)}=="', f"ETag: W/\"{rs(HEX, 32)}\"",
                 f"main.{rs(HEX, 8)}.js 404 after deploy", f"git checkout {rs(HEX, 7)} -- src/", f"md5sum: {rs(HEX, 32)}  backup.tar.gz", f"cache key node-modules-{rs(HEX, 64)}"])
def n_versions(_):
    return pick([f"upgraded to {R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}.{R.randint(0, 200)} and the plugin vanished", f"Chrome {R.randint(120, 142)}.0.{R.randint(6000, 7600)}.{R.randint(10, 200)}",
                 f"Windows 11 build 10.0.{R.randint(22000, 26200)}.{R.randint(1000, 6000)}", f"requests=={R.randint(2, 2)}.{R.randint(28, 32)}.{R.randint(0, 5)}", f"node v{R.randint(18, 24)}.{R.randint(0, 20)}.{R.randint(0, 9)} npm {R.randint(9, 11)}.{R.randint(0, 9)}.{R.randint(0, 9)}",
                 f"go get github.com/{pick(['spf13', 'gin-gonic'])}/{pick(['cobra', 'gin'])}@v1.{R.randint(5, 12)}.{R.randint(0, 9)}", f"npm i @{pick(['types', 'tanstack'])}/{pick(['node', 'query'])}@{R.randint(5, 22)}.{R.randint(0, 9)}.{R.randint(0, 40)}",
                 f"docker pull python:3.{R.randint(10, 14)}-slim@sha256:{rs(HEX, 64)}", f"firmware {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}.{R.randint(0, 999)} on the router"])
def n_time(_):
    return pick([f"epoch {R.randint(1760000000, 1800000000)} to local time?", f"ts_ms={R.randint(1760000000000, 1799999999999)}", f"{D()} {T()},{digits(3)} took {R.randint(100, 9000)}ms",
                 f"{R.randint(1, 28)}.{R.randint(1, 12)}.2026 um {R.randint(8, 20)}:{R.randint(10, 59)}", f"2026年{R.randint(1, 12)}月{R.randint(1, 28)}日 {R.randint(8, 20)}時", f"uptime {R.randint(1, 300)} days, {R.randint(0, 23)}:{R.randint(10, 59)}"])
def n_numbers(_):
    return pick([f"Total: {R.randint(1, 99)} {digits(3)},{digits(2)} €", f"population {R.randint(1, 9)},{digits(3)},{digits(3)},{digits(3)}", f"lat {R.uniform(-60, 70):.6f}, lon {R.uniform(-170, 170):.6f}",
                 f"{R.randint(1, 999)} {digits(3)} {digits(3)} bytes transferred", f"the room is {R.randint(10, 90)}.{digits(1)} m², rent {R.randint(600, 3000)} EUR", f"ISBN 978-{R.randint(0, 9)}-{digits(3)}-{digits(5)}-{R.randint(0, 9)}",
                 f"doi:10.{R.randint(1000, 9999)}/{rs(LO, 4)}.{R.randint(2020, 2026)}.{digits(5)}", f"arXiv:{R.randint(2301, 2611)}.{digits(5)}", f"{R.randint(1, 9)}.{digits(3)}e{R.randint(10, 30)} joules",
                 f"call 112 or 911 in an emergency", f"the train leaves at {R.randint(6, 22)}:{R.randint(10, 59)} from platform {R.randint(1, 19)}"])
def n_masked(_):
    v, k, env, prov = key(prefixed=True)
    return pick([f"card ending in {digits(4)}", f"**** **** **** {digits(4)}", f"Visa •••• {digits(4)} expires {R.randint(1, 12):02d}/{R.randint(27, 31)}", f"{v[:7]}...{v[-4:]}",
                 f"Incorrect API key provided: {v[:8]}****{v[-4:]}", f"+49 151 ***** {digits(2)}", f"IBAN DE** **** **** **** **{digits(2)} {digits(2)}", f"SSN ***-**-{digits(4)}",
                 f"{env}=****************"])
def n_placeholder(_):
    v, k, env, prov = key(prefixed=True)
    return pick([f'{env}="<your-{prov.lower().replace(" ", "-")}-key>"', f"export {env}=${{{{ secrets.{env} }}}}", f'api_key=os.environ["{env}"]', f"{env}=op://Private/{prov}/credential",
                 f"apiKey: {{{{ .Values.{env.lower()} }}}}", f"Authorization: Bearer $TOKEN", f"{env}=your_key_here", f"{env}=sk-...", f"password: ${{DB_PASSWORD:?missing}}",
                 f"mongodb://USER:PASSWORD@HOST:27017/db", f"Enter your card number (16 digits) and the CVC on the back."])
def n_public(_):
    return pick([f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(B64, 43)} laptop", f"pk_live_51{rs(AN, 97)} goes in the frontend, right?",
                 f"clientId: '{digits(12)}-{rs(LO + DIG, 32)}.apps.googleusercontent.com'", f"appId: \"1:{digits(12)}:web:{rs(HEX, 22)}\"", f"phc_{rs(AN, 43)} is the posthog project key",
                 f"age1{rs(LO + DIG, 58)}", f"NEXT_PUBLIC_SUPABASE_URL=https://{rs(LO, 20)}.supabase.co"])
def n_company(_):
    return pick([f"VAT number DE{no_luhn(9)} on the invoice", f"BIC {pick(['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A'])}", f"EIN {digits(2)}-{digits(7)}", f"LEI {rs(UP + DIG, 18)}{digits(2)}",
                 f"routing number {digits(9)}", f"Companies House no. {digits(8)}", f"SIRET {no_luhn(14)}", f"ABN {digits(2)} {digits(3)} {digits(3)} {digits(3)}"])
def n_question(_):
    return pick(["How many digits does an IBAN have in Germany?", "Wie lang ist eine Steuer-ID?", "Quel est le format d'un numéro de téléphone belge ?", "¿Cómo valido un DNI en JavaScript?",
                 "What's the regex for an e-mail address that allows plus tags?", "クレジットカード番号のチェックディジットの計算方法は？", "如何在Python里校验手机号？", "Why do Stripe keys start with sk_live?",
                 "Is it safe to paste my API key into a chat?", "Come funziona l'algoritmo di Luhn?", "Как отличить токен GitHub от токена GitLab?", "Wat is het verschil tussen een BSN en een IBAN?",
                 "How do I rotate an AWS access key without downtime?", "Explain E.164 like I'm five.", "O que é um CPF e como ele é calculado?", "Ποια είναι η μορφή του ΑΜΚΑ;"])
def n_code(_):
    return pick(["EMAIL_RE = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$\")", "def luhn(n: str) -> bool:\n    return sum(int(d) for d in n[-1::-2]) % 10 == 0  # wrong?",
                 "const masked = pan.replace(/\\d(?=\\d{4})/g, '•');", "if (!/^sk-(proj|svcacct)-/.test(key)) throw new Error('bad key')", "hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(12))",
                 "phone = phonenumbers.parse(raw, region)\nif not phonenumbers.is_valid_number(phone): raise ValueError", "@app.route('/users/<int:user_id>')\ndef show(user_id): ...", "@media (max-width: 600px) { .card { padding: 8px } }"])
def n_meta(_):
    return pick([f'"usage": {{"input_tokens": {R.randint(100, 200000)}, "output_tokens": {R.randint(10, 9000)}, "cache_read_input_tokens": {R.randint(0, 90000)}}}', f"cost ${R.randint(0, 9)}.{digits(4)} · {R.randint(1, 50)} turns · {R.randint(1, 59)}m {R.randint(1, 59)}s",
                 f"data:image/png;base64,iVBORw0KGgo{rs(B64, 60)}", f"color: #{rs(HEX, 6)}; background: #{rs(HEX, 6)}", f"Zoom meeting ID {digits(3)} {digits(4)} {digits(4)}", f"SKU {rs(UP, 3)}-{digits(5)}-{rs(UP, 2)}",
                 f"EAN {no_luhn(13, '4')}", f"serial {rs(UP + DIG, 12)}"])
def n_everyday(_):
    return pick(["Write a haiku about autumn in Lisbon.", "Kannst du mir ein Rezept für Linsensuppe geben?", "Résume cet article en trois points.", "¿Qué película me recomiendas para esta noche?",
                 "今日の東京の天気は？", "帮我把这段话翻译成英文：我们下周再讨论。", "Jak napisać podanie o urlop?", "Make this paragraph sound less formal.", "Bir toplantı daveti yazar mısın?",
                 "Напиши поздравление коллеге с днём рождения.", "Quais são os melhores livros de ficção científica?", "Fix the grammar: 'me and him goes to the store'.", "ช่วยแนะนำร้านอาหารในเชียงใหม่",
                 "Geef me drie ideeën voor een teamuitje.", "Hãy viết một đoạn giới thiệu bản thân ngắn.", "Skriv en kort tack-hälsning till grannen."])
def n_lookalike_key(_):
    return pick([f"the sk-proj- prefix means project key, and sk-ant- is Anthropic", f"AKIA vs ASIA: which one is temporary?", f"scikit-learn==1.{R.randint(3, 7)}.{R.randint(0, 3)}",
                 f"ghp_ tokens are classic PATs; github_pat_ are fine-grained", f"model = \"claude-opus-4-6-{digits(8)}\"", f"run id run_{rs(AN, 24)} in thread_{rs(AN, 24)}",
                 f"AIza is the prefix for Google browser keys", f"arn:aws:s3:::my-bucket-{rs(LO, 6)}/logs/", f"tokenizer vocab size {R.randint(30000, 260000)}"])
def n_policy(_):
    return pick([f"my router is at 192.168.{R.randint(0, 2)}.1 and the NAS at 192.168.{R.randint(0, 2)}.{R.randint(10, 250)}", f"curl http://127.0.0.1:{R.randint(3000, 9000)}/health", f"nameserver 8.8.8.8\nnameserver 1.1.1.1",
                 f"test with 4242 4242 4242 4242, any future date and any CVC", f"aws_access_key_id = AKIAIOSFODNN7EXAMPLE", f"send the test mail to jane.doe@example.com",
                 f"in the film they call (310) 555-01{R.randint(0, 99):02d}", f"docs use 203.0.113.{R.randint(1, 254)} as the client address", f"ping 10.0.{R.randint(0, 9)}.{R.randint(1, 254)}",
                 f"Co-Authored-By: Claude <noreply@anthropic.com>", f"git@github.com:acme/infra.git"])
NEG = [(n_order, 6), (n_tracking, 3), (n_ids, 8), (n_hashes, 6), (n_versions, 6), (n_time, 5), (n_numbers, 7), (n_masked, 6), (n_placeholder, 6),
       (n_public, 4), (n_company, 4), (n_question, 5), (n_code, 4), (n_meta, 5), (n_everyday, 6), (n_lookalike_key, 4)]

# ---------------------------------------------------------------- assembly
def wpick(pool):
    tot = sum(w for _, w in pool); x = R.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0: return f
    return pool[-1][0]
def finish(text, spans, wrap_p, neg=False):
    """Optionally wrap; return (text, spans, wrapper name) or raise Redraw."""
    wname = None
    if chance(wrap_p):
        wrap = pick(JSON_WRAPS + JSON_WRAPS[:4] + TEXT_WRAPS)
        asc = wrap in JSON_WRAPS and chance(.15) and any(ord(c) > 127 for c in text)
        text = wrap(text, asc); spans = [[k, esc(v, wrap, asc), s] for k, v, s in spans]
        wname = wrap.__name__[2:] + ("+u" if asc else "")
    return text, spans, wname
def valid(text, spans):
    vals = [v for _, v, _ in spans]
    for v in set(vals):
        if not v or text.count(v) != vals.count(v): return False
        for w in set(vals):
            if w != v and v in w: return False
    return True
def neg_ok(text, policy):
    if policy: return True
    if re.search(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}", text): return False
    if luhn_runs(text): return False
    return True
def build():
    counts = {k: 0 for k in TARGET}; pos = []
    while any(counts[k] < TARGET[k] for k in TARGET):
        need = [(k, TARGET[k] - counts[k]) for k in TARGET if counts[k] < TARGET[k]]
        kind = wpick(need)
        tpl = wpick(POS[kind])
        for _ in range(50):
            x = L()
            try: text = tpl(x)
            except Redraw: continue
            if not x.spans or not valid(text, x.spans): continue
            t2, sp2, wname = finish(text, x.spans, .28)
            if not valid(t2, sp2): continue
            break
        else:
            raise SystemExit("could not draw " + tpl.__name__)
        for k, _, _ in x.spans: counts[k] += 1
        genre = tpl.__name__[2:] if tpl.__name__ != "f" else "chat_" + kind
        pos.append({"text": t2, "spans": [{"kind": k, "value": v, "shape": s} for k, v, s in sp2],
                    "genre": genre + ("@" + wname if wname else ""), "lang": x.lang, "known": x.known})
    negs = []
    pol = 0
    while len(negs) < N_NEG:
        policy = pol < N_POLICY and chance(N_POLICY / N_NEG * 1.3)
        for _ in range(50):
            if policy: g = [n_policy]; parts = [n_policy(None)]
            else:
                g = [wpick(NEG)]
                if chance(.3): g.append(wpick(NEG))
                parts = [f(None) for f in g]
            text = "\n".join(parts)
            if not neg_ok(text, policy): continue
            t2, _, wname = finish(text, [], .25, neg=True)
            if not neg_ok(t2, policy): continue
            break
        if policy: pol += 1
        lang = "en"
        if any(ord(c) > 0x2e80 for c in text): lang = "ja" if re.search("[\u3040-\u30ff]", text) else ("zh" if re.search("[\u4e00-\u9fff]", text) else ("th" if re.search("[\u0e00-\u0e7f]", text) else "en"))
        negs.append({"text": t2, "spans": [], "genre": "+".join(f.__name__ for f in g) + ("@" + wname if wname else ""), "lang": lang, "known": {"names": [], "emails": [], "ids": []}})
    lines = pos + negs
    R.shuffle(lines)
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)

# ---------------------------------------------------------------- --check
def check(data):
    problems = []; stats = {}
    def bump(k): stats[k] = stats.get(k, 0) + 1
    try: import phonenumbers
    except ImportError: phonenumbers = None
    try:
        from stdnum import iban as s_iban
        from stdnum.us import ssn as s_ssn
        from stdnum.es import dni as s_dni
        from stdnum.nl import bsn as s_bsn
        from stdnum.br import cpf as s_cpf
        from stdnum.pl import pesel as s_pesel
        from stdnum.ca import sin as s_sin
        STD = {"us_ssn": s_ssn, "es_dni": s_dni, "nl_bsn": s_bsn, "br_cpf": s_cpf, "pl_pesel": s_pesel, "ca_sin": s_sin}
    except ImportError:
        s_iban = None; STD = {}
    import ipaddress
    kinds = {}; npos = nneg = 0; wrapped = 0
    for n, line in enumerate(data.splitlines(), 1):
        o = json.loads(line); t = o["text"]
        if "@" in o["genre"]: wrapped += 1
        if not o["spans"]:
            nneg += 1
            if "n_policy" not in o["genre"]:
                if re.search(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}", t): problems.append(f"{n}: email-like in negative")
                if luhn_runs(t): problems.append(f"{n}: Luhn-valid run in negative")
                if phonenumbers:
                    for m in phonenumbers.PhoneNumberMatcher(t, "US"): bump("neg_phone_like_info")
            continue
        npos += 1
        vals = [s["value"] for s in o["spans"]]
        for s in o["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
            v = s["value"]
            if t.count(v) != vals.count(v): problems.append(f"{n}: count mismatch {v!r}")
            raw = v
            if "@" in o["genre"] and not o["genre"].split("@")[1].startswith(("markdown", "csv_export")):
                raw = json.loads('"' + v + '"')
            raw = urllib.parse.unquote(raw) if "%" in raw and s["kind"] == "email" else raw
            k, sh = s["kind"], s["shape"]
            if k == "card":
                d = re.sub(r"\D", "", unicodedata.normalize("NFKC", raw))
                if not luhn_ok(d) or d in TEST_CARDS: problems.append(f"{n}: bad card {raw}")
                bump("luhn")
            elif k == "phone" and phonenumbers:
                reg = sh.split("_")[0]
                try:
                    pn = phonenumbers.parse(raw, "FR" if sh.endswith("_00") else reg)  # 00 forms: dialled from Europe
                    ok = phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == reg
                except Exception: ok = False
                if not ok: problems.append(f"{n}: bad phone {raw} {sh}")
                bump("phone")
            elif k == "gov_id" and STD:
                if sh.startswith("iban"):
                    if not s_iban.is_valid(raw): problems.append(f"{n}: bad iban {raw}")
                elif sh == "gb_nino":
                    c = raw.replace(" ", "")
                    if c[0] in "DFIQUV" or c[1] in "DFIOQUV" or c[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") or c[-1] not in "ABCD": problems.append(f"{n}: bad nino")
                elif not STD[sh].is_valid(raw): problems.append(f"{n}: bad {sh} {raw}")
                bump("gov_id")
            elif k == "ip":
                a = ipaddress.ip_address(raw)
                if not a.is_global or str(a) in ("8.8.8.8", "1.1.1.1", "9.9.9.9"): problems.append(f"{n}: bad ip {raw}")
                bump("ip")
            elif k == "api_key" and sh in ("github_classic", "github_oauth", "npm"):
                body = raw[4:-6]
                if b62(binascii.crc32(body.encode()) & 0xffffffff, 6) != raw[-6:]: problems.append(f"{n}: bad crc {raw}")
                bump("crc")
            elif k == "email":
                if re.search(r"@(example\.(com|org|net)|.*\.(test|example|invalid|localhost))$", raw, re.I): problems.append(f"{n}: reserved email domain")
    print(f"{npos + nneg} lines: {npos} with spans ({sum(kinds.values())} spans), {nneg} hard negatives; {wrapped} wrapped")
    print("spans per kind: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print("validated: " + ", ".join(f"{k} {stats[k]}" for k in sorted(stats)))
    if not phonenumbers or not STD: print("(phonenumbers / python-stdnum not installed: those checks skipped)")
    for p in problems[:50]: print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return not problems

if __name__ == "__main__":
    data = build()
    if "--check" in sys.argv:
        same = os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == data
        print("holdout6.jsonl is identical to a fresh generation" if same else "holdout6.jsonl DIFFERS from a fresh generation")
        sys.exit(0 if check(data) and same else 1)
    with open(OUT, "w", encoding="utf-8") as fh: fh.write(data)
    print(f"wrote {data.count(chr(10))} lines to {OUT}")
