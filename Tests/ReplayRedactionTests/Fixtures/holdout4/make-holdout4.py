#!/usr/bin/env python3
"""Generates holdout4.jsonl, a held-out evaluation set for ReplayRedaction. Python 3 stdlib only, deterministic.

python3 make-holdout4.py            # rewrite holdout4.jsonl
python3 make-holdout4.py --check    # regenerate in memory, compare byte for byte, validate values (needs python-stdnum, phonenumbers)
"""
# ---------------------------------------------------------------- value generators
import json, random, string, zlib, base64, hashlib, sys, os

SEED = 20261104
R = random.Random(SEED)

DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = DIG + LOW + UP
B62 = DIG + UP + LOW
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = UP + "234567"


def rs(n, alphabet=ALNUM, r=None):
    r = r or R
    return "".join(r.choice(alphabet) for _ in range(n))


def rd(n):
    return "".join(R.choice(DIG) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def group(s, sizes, sep):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g]); i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


FW = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")

# ---------------------------------------------------------------- Luhn


def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

# ---------------------------------------------------------------- cards

TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
              "5200828282828210", "5105105105105100", "378282246310005", "371449635398431",
              "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
              "3566002020360505", "6200000000000005", "4111111111111111", "4012888888881881",
              "5454545454545454", "4000000000000002", "4000002500003155", "4000000000009995"}

CARD_NETWORKS = [
    # name, prefixes, length, weight
    ("visa", ["4"], 16, 18), ("visa19", ["4"], 19, 2),
    ("mastercard", ["51", "52", "53", "54", "55"], 16, 10),
    ("mastercard2", [str(x) for x in range(2221, 2721, 7)], 16, 6),
    ("amex", ["34", "37"], 15, 8), ("discover", ["6011", "644", "645", "647", "649", "65"], 16, 4),
    ("jcb", [str(x) for x in range(3528, 3590, 3)], 16, 4), ("diners", ["36", "300", "301", "305", "38"], 14, 3),
    ("unionpay", ["622126", "6221", "623", "624", "625", "626"], 16, 4), ("unionpay19", ["6212", "6258"], 19, 2),
    ("maestro", ["6759", "5018", "5020", "6304"], 16, 2), ("mir", ["2200", "2201", "2202", "2203", "2204"], 16, 3),
    ("rupay", ["6522", "6080", "5085"], 16, 3), ("elo", ["636368", "504175", "451416", "509091"], 16, 2),
    ("troy", ["9792"], 16, 2), ("verve", ["5061", "6500"], 19, 1), ("hipercard", ["606282"], 16, 1),
    ("dankort", ["5019"], 16, 1), ("interpayment", ["636"], 16, 1),
]


def card_number(network=None):
    nets = CARD_NETWORKS if network is None else [n for n in CARD_NETWORKS if n[0] == network]
    name, prefixes, length, _ = R.choices(nets, weights=[n[3] for n in nets])[0]
    while True:
        p = pick(prefixes)
        body = p + rd(length - len(p) - 1)
        num = body + luhn_check_digit(body)
        if num not in TEST_CARDS and len(set(num[len(p):])) > 3:
            return name, num


def card_groups(name, num):
    n = len(num)
    if name == "amex" or (n == 15):
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 19:
        return pick([[4, 4, 4, 4, 3], [6, 13], [4, 4, 4, 7]])
    return [4, 4, 4, 4]

# ---------------------------------------------------------------- phones
# iso, cc, trunk, [(prefix choices, nsn_len)], national grouping (of trunk+nsn), intl grouping (of nsn)
US_NPA = ["212", "213", "224", "248", "267", "303", "305", "310", "312", "347", "404", "408", "415", "425", "469",
          "503", "512", "617", "619", "646", "678", "702", "713", "718", "720", "773", "786", "801", "832", "917",
          "929", "971"]
CA_NPA = ["416", "437", "514", "604", "613", "647", "778", "403", "587", "905"]

PHONE_PLANS = {
    "US": ("1", "", None, None, None), "CA": ("1", "", None, None, None),
    "GB": ("44", "0", [(["7400","7412","7425","7438","7447","7460","7472","7484","7491","7501","7515","7530","7548","7552","7564","7577","7586","7595","7703","7712","7725","7734","7748","7752","7766","7775","7788","7790","7801","7812","7824","7835","7846","7851","7866","7873","7888","7894","7903","7914","7921","7932","7944","7956","7960","7971","7983","7999"], 10)], [5, 6], [4, 6]),
    "DE": ("49", "0", [(["151", "152", "157", "176"], 11), (["160", "170", "171", "172", "175", "177", "178", "179"], 10)], [4, 99], [3, 99]),
    "FR": ("33", "0", [(["60","61","62","64","65","66","67","68","73","75","76","77","78"], 9)], [2, 2, 2, 2, 2], [1, 2, 2, 2, 2]),
    "ES": ("34", "", [(["6", "71", "72"], 9)], [3, 3, 3], [3, 3, 3]),
    "IT": ("39", "", [(["320", "328", "329", "333", "334", "338", "339", "340", "345", "347", "348", "349", "366", "388", "392"], 10)], [3, 7], [3, 7]),
    "NL": ("31", "0", [(["61", "62", "63", "64", "65"], 9)], [2, 8], [1, 8]),
    "PL": ("48", "", [(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9)], [3, 3, 3], [3, 3, 3]),
    "SE": ("46", "0", [(["70", "72", "73", "76", "79"], 9)], [3, 3, 2, 2], [2, 3, 2, 2]),
    "NO": ("47", "", [(["40","41","46","47","48","90","91","92","93","94","95","96","97","98","99"], 8)], [3, 2, 3], [3, 2, 3]),
    "DK": ("45", "", [(["201","214","226","232","245","251","262","273","281","296","301","315","322","342","353","404","417","426","438","442","461","474","487","502","519","527","535","548","553","571","586","604","612","627","638","641","655","667","681","693"], 8)], [2, 2, 2, 2], [2, 2, 2, 2]),
    "FI": ("358", "0", [(["40", "41", "44", "45", "50"], 9)], [3, 3, 4], [2, 3, 4]),
    "CZ": ("420", "", [(["601", "602", "603", "604", "605", "606", "607", "608", "72", "73", "77", "79"], 9)], [3, 3, 3], [3, 3, 3]),
    "HU": ("36", "06", [(["20", "30", "70"], 9)], [2, 2, 3, 4], [2, 3, 4]),
    "RO": ("40", "0", [(["72", "73", "74", "75", "76"], 9)], [4, 3, 3], [3, 3, 3]),
    "GR": ("30", "", [(["690", "693", "694", "695", "697", "698", "699"], 10)], [3, 3, 4], [3, 3, 4]),
    "UA": ("380", "0", [(["50", "66", "67", "68", "93", "95", "96", "97", "98", "99"], 9)], [3, 3, 2, 2], [2, 3, 2, 2]),
    "RU": ("7", "8", [(["903", "905", "909", "910", "915", "916", "917", "925", "926", "929", "985", "999"], 10)], None, None),
    "TR": ("90", "0", [(["501", "505", "530", "532", "533", "535", "536", "538", "541", "542", "544", "545", "549", "552", "555"], 10)], [4, 3, 2, 2], [3, 3, 2, 2]),
    "IL": ("972", "0", [(["500","502","503","504","505","506","507","508","509","520","522","523","524","525","526","527","528","529","530","531","532","533","534","535","536","537","538","539","542","543","544","545","546","547","548","549","552","583","584","585","586","587"], 9)], [3, 3, 4], [2, 3, 4]),
    "AE": ("971", "0", [(["50", "52", "54", "55", "56", "58"], 9)], [3, 3, 4], [2, 3, 4]),
    "SA": ("966", "0", [(["50", "53", "54", "55", "56", "58", "59"], 9)], [3, 3, 4], [2, 3, 4]),
    "EG": ("20", "0", [(["10", "11", "12", "15"], 10)], [3, 4, 4], [2, 4, 4]),
    "NG": ("234", "0", [(["803", "806", "813", "816", "703", "706", "905", "802", "808", "812"], 10)], [4, 3, 4], [3, 3, 4]),
    "KE": ("254", "0", [(["70", "71", "72", "74", "79"], 9)], [4, 6], [3, 6]),
    "ZA": ("27", "0", [(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84"], 9)], [3, 3, 4], [2, 3, 4]),
    "IN": ("91", "0", [(["98", "99", "97", "94", "93", "90", "70", "80", "88", "63"], 10)], [5, 5], [5, 5]),
    "PK": ("92", "0", [(["300", "301", "302", "303", "321", "333", "345"], 10)], [4, 7], [3, 7]),
    "BD": ("880", "0", [(["17", "18", "19", "15", "16", "13"], 10)], [5, 6], [4, 6]),
    "ID": ("62", "0", [(["812", "813", "821", "822", "852", "853", "857", "858", "877", "878"], 11)], [4, 4, 4], [3, 4, 4]),
    "PH": ("63", "0", [(["905", "906", "915", "917", "918", "927", "939", "998"], 10)], [4, 3, 4], [3, 3, 4]),
    "VN": ("84", "0", [(["91", "94", "98", "97", "96", "32", "35", "70", "77", "83", "88"], 9)], [4, 3, 3], [3, 3, 3]),
    "TH": ("66", "0", [(["81", "82", "84", "86", "89", "91", "92", "95", "61", "63"], 9)], [3, 3, 4], [2, 3, 4]),
    "MY": ("60", "0", [(["121","122","123","124","125","126","127","128","129","131","132","133","134","135","136","137","138","139","161","162","163","164","165","166","167","168","169","171","172","173","174","175","176","177","178","179","191","192","193","194","195","196","197","198","199"], 9)], [3, 3, 4], [2, 3, 4]),
    "SG": ("65", "", [(["81", "82", "83", "85", "87", "88", "90", "91", "92", "93", "96", "97", "98"], 8)], [4, 4], [4, 4]),
    "JP": ("81", "0", [(["901","902","903","904","905","906","907","908","909","801","802","803","804","805","806","807","808","809","701","702","703","704","705","706","707","708","709"], 10)], [3, 4, 4], [2, 4, 4]),
    "KR": ("82", "0", [(["102","103","104","106","107","108","109"], 10)], [3, 4, 4], [2, 4, 4]),
    "CN": ("86", "", [(["138", "139", "135", "136", "150", "151", "158", "159", "186", "187", "188", "189", "177", "199", "181"], 11)], [3, 4, 4], [3, 4, 4]),
    "TW": ("886", "0", [(["91", "92", "93", "95", "96", "97", "98"], 9)], [4, 3, 3], [3, 3, 3]),
    "HK": ("852", "", [(["510","512","523","531","548","552","560","571","590","597","601","613","622","634","641","656","663","672","684","691","698","902","913","925","934","947","951","963","970","982","988"], 8)], [4, 4], [4, 4]),
    "AU": ("61", "0", [(["40","41","42","43","46","450","451","452","470","473","474","475","476","477","478","488","490","491","492","493","494","497","498","499"], 9)], [4, 3, 3], [3, 3, 3]),
    "NZ": ("64", "0", [(["21", "22", "27"], 9)], [3, 3, 4], [2, 3, 4]),
    "BR": ("55", "", None, None, None),
    "MX": ("52", "", [(["55", "33", "81"], 10)], [2, 4, 4], [2, 4, 4]),
    "AR": ("54", "0", None, None, None),
    "CO": ("57", "", [(["300", "301", "304", "310", "311", "312", "313", "314", "315", "316", "317", "318", "320", "321"], 10)], [3, 3, 4], [3, 3, 4]),
    "CL": ("56", "", [(["92","94","95","930","931","932","933","934","935","937","938","939","960","961","962","963","964","965","966","967","968","98","990","993","994","995","996","997","998","999"], 9)], [1, 4, 4], [1, 4, 4]),
    "PE": ("51", "", [(["9"], 9)], [3, 3, 3], [3, 3, 3]),
    "PT": ("351", "", [(["91", "92", "93", "96"], 9)], [3, 3, 3], [3, 3, 3]),
    "IE": ("353", "0", [(["83", "85", "86", "87", "89"], 9)], [3, 3, 4], [2, 3, 4]),
    "BE": ("32", "0", [(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "483", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"], 9)], [4, 2, 2, 2], [3, 2, 2, 2]),
    "CH": ("41", "0", [(["75", "76", "77", "78", "79"], 9)], [3, 3, 2, 2], [2, 3, 2, 2]),
    "AT": ("43", "0", [(["664", "660", "676", "699", "650"], 10)], [4, 99], [3, 99]),
    "IR": ("98", "0", [(["912", "913", "919", "935", "936", "937", "938", "939", "990", "991", "901"], 10)], [4, 3, 4], [3, 3, 4]),
}


def phone_nsn(iso):
    cc, trunk, plans, _, _ = PHONE_PLANS[iso]
    if iso in ("US", "CA"):
        npa = pick(US_NPA if iso == "US" else CA_NPA)
        while True:
            nxx = str(R.randint(2, 9)) + rd(2)
            if nxx[1:] != "11" and nxx != "555" and nxx != "958" and nxx != "959":
                break
        return npa + nxx + rd(4)
    if iso == "BR":
        return pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "47", "48", "27", "19"]) + "9" + str(R.randint(6, 9)) + rd(7)
    if iso == "AR":
        return "911" + str(R.randint(2, 7)) + rd(7)
    pref, n = pick(plans)
    p = pick(pref)
    return p + rd(n - len(p))


def phone(iso=None, style=None):
    """Returns (value, shape). style in nat, intl, e164, 00, ccdigits, dash_intl, dot_intl, paren_cc."""
    if iso is None:
        iso = pick(list(PHONE_PLANS))
    cc, trunk, plans, ng, ig = PHONE_PLANS[iso]
    nsn = phone_nsn(iso)
    if style is None:
        style = R.choices(["nat", "intl", "e164", "00", "ccdigits", "dash_intl", "dot_intl", "paren_cc"],
                          weights=[40, 30, 10, 5, 4, 5, 3, 3])[0]
    if iso in ("US", "CA"):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        nat = pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}"])
        intl = pick([f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}", f"+1.{a}.{b}.{c}"])
    elif iso == "RU":
        a, b, c, d = nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]
        nat = pick([f"8 ({a}) {b}-{c}-{d}", f"8-{a}-{b}-{c}-{d}", f"8{a}{b}{c}{d}", f"8 {a} {b} {c} {d}"])
        intl = pick([f"+7 {a} {b}-{c}-{d}", f"+7 ({a}) {b}-{c}-{d}", f"+7 {a} {b} {c} {d}"])
    elif iso == "BR":
        ddd, rest = nsn[:2], nsn[2:]
        nat = pick([f"({ddd}) {rest[:5]}-{rest[5:]}", f"{ddd} {rest[:5]}-{rest[5:]}", f"({ddd}) {rest[:5]} {rest[5:]}", f"0{ddd} {rest[:5]}-{rest[5:]}"])
        intl = pick([f"+55 {ddd} {rest[:5]}-{rest[5:]}", f"+55 ({ddd}) {rest[:5]}-{rest[5:]}", f"+55 {ddd} {rest}"])
    elif iso == "AR":
        area, sub = nsn[1:3], nsn[3:]
        nat = pick([f"011 15-{sub[:4]}-{sub[4:]}", f"(011) 15 {sub[:4]}-{sub[4:]}", f"11 {sub[:4]}-{sub[4:]}"])
        intl = pick([f"+54 9 {area} {sub[:4]}-{sub[4:]}", f"+54 9 {area} {sub}", f"+549{area}{sub}"])
    else:
        full = trunk + nsn
        seps = [" ", " ", "-", ".", ""] if iso not in ("FR", "GB") else ([" ", " ", ".", "-", ""] if iso == "FR" else [" ", " ", "-", ""])
        if iso in ("JP", "KR", "TW", "TH", "IL"):
            seps = ["-", "-", " ", ""]
        sep = pick(seps)
        if iso == "HU":
            nat = pick([f"06 {nsn[:2]} {nsn[2:5]} {nsn[5:]}", f"06-{nsn[:2]}-{nsn[2:5]}-{nsn[5:]}", f"06{nsn[:2]}/{nsn[2:5]}-{nsn[5:]}"])
        elif iso == "AT" and chance(0.5):
            nat = f"0{nsn[:3]}/{nsn[3:]}"
        elif iso == "IN" and chance(0.6):
            nat = group(nsn, [5, 5], pick([" ", "-", ""]))
        else:
            nat = group(full, ng, sep)
        isep = pick([" ", " ", "-"]) if sep == "" else sep
        if iso in ("DE", "AT") and chance(0.3):
            intl = f"+{cc} (0){nsn[:len(nsn) - 7 if iso == 'DE' else 3]} {nsn[len(nsn) - 7 if iso == 'DE' else 3:]}"
        elif iso in ("GB", "IE", "CH", "NL", "BE") and chance(0.2):
            intl = f"+{cc} (0){group(nsn, ig, ' ')}"
        else:
            intl = f"+{cc} " + group(nsn, ig, isep)
    if style == "nat":
        return nat, f"{iso.lower()}_nat"
    if style == "intl":
        return intl, f"{iso.lower()}_intl"
    if style == "e164":
        return f"+{cc}{nsn}", f"{iso.lower()}_e164"
    if style == "00":
        return "00" + intl[1:] if not intl.startswith("+1") else f"001 {nsn}", f"{iso.lower()}_00"
    if style == "ccdigits":
        return f"{cc}{nsn}", f"{iso.lower()}_ccdigits"
    if style == "dash_intl":
        return f"+{cc}-" + group(nsn, ig or [3, 3, 4], "-"), f"{iso.lower()}_dash_intl"
    if style == "dot_intl":
        return f"+{cc}.{nsn}", f"{iso.lower()}_dot_intl"
    if style == "paren_cc":
        return f"(+{cc}) " + group(nsn, ig or [3, 3, 4], " "), f"{iso.lower()}_paren_cc"
    raise ValueError(style)


def phone_digits_only(v):
    return "".join(c for c in v if c.isdigit())

# ---------------------------------------------------------------- government ids (each returns (value, shape))


def rdate(y0=1950, y1=2004):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    return y, m, d


def gid_us_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    v = f"{a:03d}{g:02d}{s:04d}"
    if v in ("078051120", "123456789", "219099999"):
        return gid_us_ssn()
    st = R.choices(["dash", "space", "plain"], weights=[6, 2, 2])[0]
    return {"dash": f"{v[:3]}-{v[3:5]}-{v[5:]}", "space": f"{v[:3]} {v[3:5]} {v[5:]}", "plain": v}[st], "us_ssn_" + st


def gid_uk_nino():
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a, b = pick(UP), pick(UP)
        if a not in bad1 and b not in bad2 and a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = rd(6); suf = pick("ABCD")
    if chance(0.5):
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {suf}", "uk_nino_spaced"
    return f"{a}{b}{d}{suf}", "uk_nino"


def gid_uk_nhs():
    while True:
        d = str(R.randint(4, 6)) + rd(8)
        s = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            v = d + str(c)
            return (f"{v[:3]} {v[3:6]} {v[6:]}", "uk_nhs_spaced") if chance(0.7) else (v, "uk_nhs")


def gid_de_idnr():
    while True:
        digits = [str(R.randint(1, 9))] + [pick(DIG) for _ in range(9)]
        counts = {c: digits.count(c) for c in set(digits)}
        multi = [c for c, n in counts.items() if n > 1]
        if len(multi) != 1 or counts[multi[0]] not in (2, 3):
            continue
        s = "".join(digits)
        if counts[multi[0]] == 3 and multi[0] * 3 in s:
            continue
        product = 10
        for c in s:
            t = (int(c) + product) % 10 or 10
            product = (2 * t) % 11
        chk = (11 - product) % 10
        v = s + str(chk)
        return (f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "de_idnr_spaced") if chance(0.4) else (v, "de_idnr")


def gid_fr_nir():
    sex = pick("12"); y, m, d = rdate()
    dept = f"{R.randint(1, 95):02d}"
    if dept == "20":
        dept = "21"
    com, order = f"{R.randint(1, 990):03d}", f"{R.randint(1, 999):03d}"
    body = f"{sex}{y % 100:02d}{m:02d}{dept}{com}{order}"
    key = 97 - int(body) % 97
    v = body + f"{key:02d}"
    if chance(0.6):
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "fr_nir_spaced"
    return v, "fr_nir"


def gid_es_dni():
    L = "TRWAGMYFPDXBNJZSQVHLCKE"
    if chance(0.3):
        p = pick("XYZ"); n = rd(7)
        return f"{p}{n}{L[int('XYZ'.index(p).__str__() + n) % 23]}", "es_nie"
    n = f"{R.randint(10000000, 99999999)}"
    v = n + L[int(n) % 23]
    return (f"{n[:2]}.{n[2:5]}.{n[5:]}-{v[-1]}", "es_dni_dotted") if chance(0.2) else (v, "es_dni")


CF_ODD = {c: v for c, v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])}
CF_ODD.update({c: v for c, v in zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])})


def gid_it_cf():
    cons = "BCDFGLMNPRSTVZ"
    y, m, d = rdate()
    if chance(0.5):
        d += 40
    s = (pick(cons) + pick(cons) + pick(cons + "AEIO") + pick(cons) + pick(cons) + pick(cons) + f"{y % 100:02d}" +
         "ABCDEHLMPRST"[m - 1] + f"{d:02d}" + pick(["H501", "F205", "L219", "A944", "G273", "F839", "D612", "L736", "C351", "B157"]))
    tot = 0
    for i, c in enumerate(s):
        tot += CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return s + chr(65 + tot % 26), "it_cf"


def gid_nl_bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            v = "".join(map(str, d)) + str(c)
            return (f"{v[:4]}.{v[4:6]}.{v[6:]}", "nl_bsn_dotted") if chance(0.25) else (v, "nl_bsn")


def gid_be_nn():
    y, m, d = rdate(1950, 2010)
    body = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 997):03d}"
    base = int(("2" if y >= 2000 else "") + body)
    v = body + f"{97 - base % 97:02d}"
    return (f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", "be_nn_dotted") if chance(0.6) else (v, "be_nn")


def gid_pl_pesel():
    y, m, d = rdate(1950, 2008)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{rd(4)}"
    s = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return body + str((10 - s % 10) % 10), "pl_pesel"


def gid_se_pnr():
    y, m, d = rdate()
    body = f"{y % 100:02d}{m:02d}{d:02d}{rd(3)}"
    v = body + luhn_check_digit(body)[0] if False else body + str((10 - sum((lambda x: x - 9 if x > 9 else x)(int(c) * (2 if i % 2 == 0 else 1)) for i, c in enumerate(body)) % 10) % 10)
    if chance(0.4):
        return f"{y}{v[2:6]}-{v[6:]}", "se_pnr_long"
    return f"{v[:6]}-{v[6:]}", "se_pnr"


def gid_no_fnr():
    while True:
        y, m, d = rdate(1950, 1999)
        body = f"{d:02d}{m:02d}{y % 100:02d}{R.randint(0, 499):03d}"
        k1 = 11 - sum(int(c) * w for c, w in zip(body, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = body + str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(b2, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        v = b2 + str(k2)
        return (f"{v[:6]} {v[6:]}", "no_fnr_spaced") if chance(0.3) else (v, "no_fnr")


def gid_fi_hetu():
    y, m, d = rdate(1950, 2010)
    n = f"{R.randint(2, 899):03d}"
    sign = ("-" if chance(0.7) else pick("YXWVU")) if y < 2000 else ("A" if chance(0.7) else pick("BCDEF"))
    chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{n}") % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{n}{chk}", ("fi_hetu_newsign" if sign not in "-A" else "fi_hetu")


def gid_dk_cpr():
    y, m, d = rdate(1950, 1999)
    v = f"{d:02d}{m:02d}{y % 100:02d}{R.randint(0, 3)}{rd(3)}"
    return f"{v[:6]}-{v[6:]}", "dk_cpr"


def gid_pt_nif():
    d = pick("123") + rd(7)
    s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1)))
    c = 11 - s % 11
    return d + str(0 if c >= 10 else c), "pt_nif"


def gid_br_cpf():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        c = (s * 10) % 11 % 10
        d.append(c)
    v = "".join(map(str, d))
    return (f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "br_cpf_fmt") if chance(0.75) else (v, "br_cpf")


def gid_ar_cuil():
    while True:
        b = pick(["20", "23", "27"]) + f"{R.randint(10000000, 45000000)}"
        c = 11 - sum(int(x) * w for x, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 10:
            continue
        v = b + str(0 if c == 11 else c)
        return f"{v[:2]}-{v[2:10]}-{v[10]}", "ar_cuil"


CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def gid_mx_curp():
    cons = "BCDFGHJLMNPRSTVZ"
    y, m, d = rdate(1955, 2005)
    s = (pick(cons) + pick("AEIOU") + pick(cons) + pick(cons) + f"{y % 100:02d}{m:02d}{d:02d}" + pick("HM") +
         pick(["DF", "JC", "NL", "MC", "PL", "GT", "VZ", "YN", "BC", "SL"]) + pick(cons) + pick(cons) + pick(cons) +
         (pick(DIG) if y < 2000 else pick(UP)))
    tot = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10), "mx_curp"


def gid_cl_rut():
    n = R.randint(5000000, 25999999)
    s, w = 0, 2
    for c in reversed(str(n)):
        s += int(c) * w; w = 2 if w == 7 else w + 1
    dv = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(dv, str(dv))
    ns = f"{n:,}".replace(",", ".")
    return (f"{ns}-{dv}", "cl_rut_fmt") if chance(0.7) else (f"{n}-{dv}", "cl_rut")


def gid_ca_sin():
    body = pick("1234567") + rd(7)
    v = body + luhn_check_digit(body)
    return (f"{v[:3]} {v[3:6]} {v[6:]}", "ca_sin_spaced") if chance(0.6) else (f"{v[:3]}-{v[3:6]}-{v[6:]}", "ca_sin_dash")


def gid_au_tfn():
    while True:
        d = rd(8)
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        s = sum(int(c) * x for c, x in zip(d, w))
        for last in range(10):
            if (s + last * 10) % 11 == 0:
                v = d + str(last)
                return f"{v[:3]} {v[3:6]} {v[6:]}", "au_tfn"


VER_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
         [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
         [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VER_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
         [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VER_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VER_D[c][VER_P[(i + 1) % 8][int(ch)]]
    return str(VER_INV[c])


def gid_in_aadhaar():
    while True:
        b = str(R.randint(2, 9)) + rd(10)
        v = b + verhoeff_digit(b)
        if v != v[::-1]:
            st = R.choices(["spaced", "plain", "dash"], weights=[6, 3, 1])[0]
            return {"spaced": f"{v[:4]} {v[4:8]} {v[8:]}", "plain": v, "dash": f"{v[:4]}-{v[4:8]}-{v[8:]}"}[st], "in_aadhaar_" + st


def gid_in_pan():
    return rs(3, UP) + "P" + rs(1, UP) + rd(4) + rs(1, UP), "in_pan"


def gid_cn_ric():
    y, m, d = rdate(1960, 2005)
    b = pick(["110101", "110102", "110105", "110106", "110108", "310101", "310104", "310105", "310106", "310107", "310110", "120101"]) + f"{y}{m:02d}{d:02d}" + rd(3)
    s = sum(int(c) * w for c, w in zip(b, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))
    return b + "10X98765432"[s % 11], "cn_ric"


def gid_jp_mynumber():
    b = rd(11)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n]); q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    v = b + str(0 if r <= 1 else 11 - r)
    return (f"{v[:4]} {v[4:8]} {v[8:]}", "jp_mynumber_spaced") if chance(0.5) else (v, "jp_mynumber")


def gid_kr_rrn():
    y, m, d = rdate(1960, 2005)
    g = pick("12") if y < 2000 else pick("34")
    b = f"{y % 100:02d}{m:02d}{d:02d}{g}{R.randint(0, 95):02d}{rd(3)}"
    s = sum(int(c) * w for c, w in zip(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    v = b + str((11 - s % 11) % 10)
    return f"{v[:6]}-{v[6:]}", "kr_rrn"


def gid_sg_nric():
    p = pick("ST"); d = rd(7)
    s = sum(int(c) * w for c, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + d + "JZIHGFEDCBA"[s % 11], "sg_nric"


TW_L = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def gid_tw_id():
    L = pick("ABCDEFGHJKLMNPQRTUVXYWZ")
    d = pick("12") + rd(7)
    code = TW_L[L]
    s = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + d + str((10 - s % 10) % 10), "tw_id"


def gid_za_id():
    y, m, d = rdate(1955, 2004)
    b = f"{y % 100:02d}{m:02d}{d:02d}{rd(4)}{pick('01')}8"
    return b + luhn_check_digit(b), "za_id"


def gid_il_tz():
    b = rd(8)
    s = 0
    for i, c in enumerate(b):
        x = int(c) * (1 if i % 2 == 0 else 2)
        s += x - 9 if x > 9 else x
    return b + str((10 - s % 10) % 10), "il_tz"


def gid_tr_tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10); d.append(sum(d) % 10)
    return "".join(map(str, d)), "tr_tckn"


def gid_gr_amka():
    y, m, d = rdate()
    b = f"{d:02d}{m:02d}{y % 100:02d}{rd(4)}"
    return b + luhn_check_digit(b), "gr_amka"


def gid_ro_cnp():
    y, m, d = rdate(1950, 2005)
    s = pick("12") if y < 2000 else pick("56")
    b = f"{s}{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 46):02d}{R.randint(1, 999):03d}"
    c = sum(int(x) * w for x, w in zip(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
    return b + str(1 if c == 10 else c), "ro_cnp"


def gid_cz_rc():
    while True:
        y, m, d = rdate(1960, 2003)
        mm = m + (50 if chance(0.5) else 0)
        b = f"{y % 100:02d}{mm:02d}{d:02d}{rd(3)}"
        c = int(b) % 11
        if c == 10:
            continue
        v = b + str(c)
        return f"{v[:6]}/{v[6:]}", "cz_rc"


def gid_ua_rntrc():
    while True:
        b = str(R.randint(1, 4)) + rd(8)
        c = sum(int(x) * w for x, w in zip(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7])) % 11 % 10
        return b + str(c), "ua_rntrc"


def gid_ru_inn():
    b = pick(["77", "78", "50", "66", "54", "16"]) + rd(8)
    c1 = sum(int(x) * w for x, w in zip(b, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    b1 = b + str(c1)
    c2 = sum(int(x) * w for x, w in zip(b1, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return b1 + str(c2), "ru_inn"


def gid_my_nric():
    y, m, d = rdate(1960, 2005)
    return f"{y % 100:02d}{m:02d}{d:02d}-{pick(['01','02','05','07','08','10','11','14','12','13'])}-{rd(4)}", "my_nric"


def gid_ie_pps():
    d = rd(7)
    s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23], "ie_pps"


def gid_th_pin():
    b = str(R.randint(1, 8)) + rd(11)
    s = sum(int(c) * w for c, w in zip(b, range(13, 1, -1)))
    v = b + str((11 - s % 11) % 10)
    return (f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "th_pin_dash") if chance(0.6) else (v, "th_pin")


def mod97_check(country, bban):
    conv = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return f"{98 - int(conv) % 97:02d}"


def iban(country=None):
    country = country or pick(["DE", "NL", "GB", "IE", "AT", "CH", "BE", "FR", "ES", "IT", "PT", "PL", "FI", "LU", "SA", "AE", "TR", "NO"])
    if country == "DE":
        bban = rd(8) + rd(10)
    elif country == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB"]) + rd(10)
    elif country == "GB":
        bban = pick(["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "MONZ", "REVO"]) + rd(6) + rd(8)
    elif country == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + rd(6) + rd(8)
    elif country == "AT":
        bban = rd(5) + rd(11)
    elif country == "CH":
        bban = rd(5) + rs(12, DIG)
    elif country == "BE":
        b = f"{pick([R.randint(1, 99), R.randint(140, 149), R.randint(103, 108)]):03d}" + rd(7); bban = b + f"{int(b) % 97 or 97:02d}"
    elif country == "FR":
        bank, guichet, acct = rd(5), rd(5), rd(11)
        key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
        bban = bank + guichet + acct + f"{key:02d}"
    elif country == "ES":
        bank, branch, acct = rd(4), rd(4), rd(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        def dc(s):
            c = 11 - sum(int(x) * y for x, y in zip(s.zfill(10), w)) % 11
            return {11: 0, 10: 1}.get(c, c)
        bban = bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct
    elif country == "IT":
        abi, cab, acct = rd(5), rd(5), rd(12)
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
        s = abi + cab + acct
        tot = sum(odd[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(s))
        bban = chr(65 + tot % 26) + s
    elif country == "PT":
        s = rd(19)
        chk = 98 - int(s + "00") % 97
        bban = s + f"{chk:02d}"
    elif country == "PL":
        bank = rd(7)
        w = [3, 9, 7, 1, 3, 9, 7]
        c = (10 - sum(int(x) * y for x, y in zip(bank, w)) % 10) % 10
        bban = bank + str(c) + rd(16)
    elif country == "FI":
        b = rd(13); bban = b + luhn_check_digit(b)
    elif country == "LU":
        bban = rd(3) + rd(13)
    elif country == "SA":
        bban = rd(2) + rd(18)
    elif country == "AE":
        bban = rd(3) + rd(16)
    elif country == "TR":
        bban = rd(5) + "0" + rd(16)
    elif country == "NO":
        while True:
            b = rd(10)
            c = 11 - sum(int(x) * y for x, y in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if c == 10:
                continue
            bban = b + str(0 if c == 11 else c); break
    raw = country + mod97_check(country, bban) + bban
    if raw in ("DE89370400440532013000", "GB82WEST12345698765432"):
        return iban(country)
    st = R.choices(["grouped", "compact"], weights=[6, 4])[0]
    return (group(raw, [4] * 10, " ") if st == "grouped" else raw), f"iban_{country.lower()}_{st}"


GOV_GENS = [  # (fn, weight, language hint)
    (gid_us_ssn, 14, "en"), (gid_uk_nino, 6, "en"), (gid_uk_nhs, 4, "en"), (gid_de_idnr, 6, "de"), (gid_fr_nir, 6, "fr"),
    (gid_es_dni, 6, "es"), (gid_it_cf, 6, "it"), (gid_nl_bsn, 5, "nl"), (gid_be_nn, 3, "nl"), (gid_pl_pesel, 5, "pl"),
    (gid_se_pnr, 4, "sv"), (gid_no_fnr, 3, "no"), (gid_fi_hetu, 4, "fi"), (gid_dk_cpr, 3, "da"), (gid_pt_nif, 3, "pt"),
    (gid_br_cpf, 6, "pt"), (gid_ar_cuil, 3, "es"), (gid_mx_curp, 4, "es"), (gid_cl_rut, 3, "es"), (gid_ca_sin, 4, "en"),
    (gid_au_tfn, 3, "en"), (gid_in_aadhaar, 6, "hi"), (gid_in_pan, 4, "hi"), (gid_cn_ric, 5, "zh"), (gid_jp_mynumber, 4, "ja"),
    (gid_kr_rrn, 4, "ko"), (gid_sg_nric, 3, "en"), (gid_tw_id, 3, "zh"), (gid_za_id, 3, "en"), (gid_il_tz, 3, "he"),
    (gid_tr_tckn, 4, "tr"), (gid_gr_amka, 2, "el"), (gid_ro_cnp, 3, "ro"), (gid_cz_rc, 3, "cs"), (gid_ua_rntrc, 3, "uk"),
    (gid_ru_inn, 3, "ru"), (gid_my_nric, 3, "ms"), (gid_ie_pps, 2, "en"), (gid_th_pin, 3, "th"), (iban, 22, None),
]

# ---------------------------------------------------------------- people, e-mail

NAMES = {  # lang: (given names, family names)
    "en": (["Olivia", "Liam", "Harper", "Mason", "Avery", "Caleb", "Nora", "Ethan", "Maya", "Owen", "Priya", "Jamal", "Keisha", "Connor", "Siobhan", "Declan"],
           ["Whitfield", "Okafor", "Brennan", "Castillo", "Huang", "Lindqvist", "Patel", "Donnelly", "Reyes", "Abernathy", "Kowalczyk", "Fairbanks", "Nakamura", "Osei"]),
    "de": (["Jonas", "Lea", "Felix", "Hannah", "Lukas", "Marie", "Jürgen", "Sabine", "Tobias", "Katrin"], ["Becker", "Hoffmann", "Schröder", "Neumann", "Zimmermann", "Krüger", "Wagner", "Lehmann"]),
    "fr": (["Camille", "Théo", "Manon", "Hugo", "Inès", "Louis", "Chloé", "Gaël"], ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Bonnet", "Mercier"]),
    "es": (["Lucía", "Mateo", "Valentina", "Santiago", "Carmen", "Diego", "Ximena", "Álvaro"], ["García", "Fernández", "Ortega", "Navarro", "Ramírez", "Iglesias", "Vargas", "Medina"]),
    "it": (["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca", "Davide"], ["Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"]),
    "pt": (["João", "Beatriz", "Gabriel", "Larissa", "Thiago", "Mariana"], ["Oliveira", "Souza", "Carvalho", "Pereira", "Almeida", "Ribeiro", "Costa"]),
    "nl": (["Daan", "Sanne", "Bram", "Fleur", "Ruben", "Lotte"], ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "van Dijk"]),
    "pl": (["Zofia", "Jakub", "Małgorzata", "Piotr", "Agnieszka", "Krzysztof"], ["Wiśniewska", "Nowak", "Kamiński", "Lewandowski", "Zielińska", "Wójcik"]),
    "cs": (["Tereza", "Jan", "Lucie", "Ondřej", "Petra", "Tomáš"], ["Dvořák", "Novotná", "Procházka", "Černý", "Veselá", "Horák"]),
    "sv": (["Astrid", "Oskar", "Elsa", "Viktor", "Ingrid"], ["Lindgren", "Johansson", "Bergström", "Nyberg", "Sjöberg"]),
    "fi": (["Aino", "Eetu", "Venla", "Juho"], ["Virtanen", "Mäkinen", "Korhonen", "Heikkinen"]),
    "da": (["Freja", "Mikkel", "Ida", "Rasmus"], ["Jørgensen", "Nielsen", "Mortensen", "Kristensen"]),
    "no": (["Sigrid", "Håkon", "Ingeborg", "Eirik"], ["Solberg", "Haugen", "Bakken", "Strand"]),
    "tr": (["Elif", "Emre", "Zeynep", "Burak", "Ayşe"], ["Yılmaz", "Demir", "Kaya", "Şahin", "Öztürk"]),
    "ru": (["Анна", "Дмитрий", "Ольга", "Сергей"], ["Кузнецова", "Волков", "Морозова", "Лебедев"]),
    "uk": (["Оксана", "Тарас", "Ірина", "Богдан"], ["Шевченко", "Коваленко", "Бондаренко", "Ткачук"]),
    "el": (["Ελένη", "Γιώργος", "Κατερίνα", "Νίκος"], ["Παπαδοπούλου", "Οικονόμου", "Γεωργίου", "Νικολάου"]),
    "ro": (["Ioana", "Andrei", "Elena", "Mihai"], ["Popescu", "Ionescu", "Dumitrescu", "Stan"]),
    "hu": (["Réka", "Bence", "Zsófia", "Máté"], ["Nagy", "Kovács", "Tóth", "Szabó"]),
    "ja": (["陽菜", "蓮", "結衣", "湊"], ["佐藤", "鈴木", "渡辺", "伊藤"]),
    "zh": (["婷", "浩然", "欣怡", "子轩"], ["王", "李", "张", "刘"]),
    "ko": (["서연", "민준", "지우", "도윤"], ["김", "이", "박", "최"]),
    "ar": (["ليلى", "عمر", "نور", "يوسف"], ["الحسن", "العلي", "منصور", "الخطيب"]),
    "he": (["נועה", "איתי", "מאיה", "יונתן"], ["כהן", "לוי", "מזרחי", "פרץ"]),
    "hi": (["Aarav", "Ananya", "Rohan", "Diya", "Vikram"], ["Sharma", "Iyer", "Reddy", "Banerjee", "Kulkarni"]),
    "vi": (["Linh", "Minh", "Thảo", "Quang"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
    "id": (["Putri", "Budi", "Sari", "Agus"], ["Santoso", "Wijaya", "Hidayat", "Pratama"]),
    "th": (["สมชาย", "นภา", "กิตติ"], ["ศรีสุข", "วงศ์ใหญ่", "ทองดี"]),
    "sw": (["Amani", "Baraka", "Zawadi"], ["Mwangi", "Otieno", "Wanjiru"]),
    "tl": (["Maricel", "Jomar", "Angelica"], ["Dela Cruz", "Santos", "Bautista"]),
    "fa": (["سارا", "علی", "مریم"], ["حسینی", "رضایی", "کریمی"]),
}
LATIN_NAMES = {k: v for k, v in NAMES.items() if k in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "fi", "da", "no", "tr", "ro", "hu", "hi", "vi", "id", "sw", "tl")}

_SRC, _DST = "äöüéèêëáàâãíìîóòôõúùûñçłśźżąęćńřšžčďťňůýåøğışőűăâșțđễảạịọụ", "aoueeeeaaaaiiioooouuuncszzzaecnrszcdtnuyaogisouaastdeaaiou"
FOLD = str.maketrans(dict({a: b for a, b in zip(_SRC, _DST)}, **{"ß": "ss", "æ": "ae"}))


def ascii_fold(s):
    return s.lower().translate(FOLD).replace(" ", "")


def person(lang=None):
    lang = lang or pick(list(LATIN_NAMES))
    g, f = NAMES.get(lang, NAMES["en"])
    return pick(g), pick(f), lang


FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk", "fastmail.com", "hey.com", "aol.com", "pm.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"], "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"], "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "telenet.be"], "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"], "sv": ["telia.com", "bredband.net"], "fi": ["elisanet.fi", "luukku.com"],
    "da": ["mail.dk", "stofanet.dk"], "no": ["online.no", "broadpark.no"], "tr": ["yandex.com.tr", "hotmail.com.tr"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "rambler.ru"], "uk": ["ukr.net", "i.ua", "meta.ua"],
    "el": ["otenet.gr", "yahoo.gr"], "ro": ["yahoo.ro", "rdslink.ro"], "hu": ["freemail.hu", "citromail.hu"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "nifty.com"], "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com"], "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
    "he": ["walla.co.il", "gmail.com"], "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "vi": ["gmail.com", "yahoo.com.vn"],
    "id": ["yahoo.co.id", "gmail.com"], "th": ["hotmail.com", "gmail.com"], "sw": ["gmail.com", "yahoo.com"], "tl": ["yahoo.com.ph", "gmail.com"],
    "fa": ["gmail.com", "chmail.ir"],
}
COMPANY_DOMAINS = ["northwind-labs.io", "brightpath.health", "kestrel.dev", "acmelogistics.de", "finleap-partners.com", "tidewater.co.uk",
                   "orbitra.ai", "quillon.app", "harbourcrm.com", "verdant-energy.nl", "mosaic-studio.fr", "ridgeline.tech", "lumenhq.co",
                   "paperplane.xyz", "sakura-soft.co.jp", "hanbit-tech.co.kr", "pampa.com.ar", "rotterdam-shipping.nl", "nordlys.no",
                   "vistula-it.pl", "helix-bio.ch", "saltmarsh.org.uk", "cobaltpay.com", "fieldnotes.cloud"]


def email(lang=None, name=None, style=None):
    if name:
        g, f = name; lang = lang or "en"
    else:
        g, f, lang = person(lang if lang in LATIN_NAMES else None)
    gl, fl = ascii_fold(g), ascii_fold(f)
    style = style or R.choices(["first.last", "flast", "first_last", "firstNN", "first.last+tag", "nick", "numeric", "company", "upper", "subdomain", "noreply_gh", "relay"],
                               weights=[20, 8, 5, 10, 6, 8, 4, 18, 3, 3, 2, 2])[0]
    dom = pick(FREEMAIL.get(lang, FREEMAIL["en"]))
    if style == "first.last":
        v = f"{gl}.{fl}@{dom}"
    elif style == "flast":
        v = f"{gl[0]}{fl}@{pick(COMPANY_DOMAINS)}"
    elif style == "first_last":
        v = f"{gl}_{fl}{R.randint(1, 99)}@{dom}"
    elif style == "firstNN":
        v = f"{gl}{fl[:1]}{R.randint(70, 2005)}@{dom}"
    elif style == "first.last+tag":
        v = f"{gl}.{fl}+{pick(['claude', 'agent', 'stripe', 'shopping', 'github', 'news', 'ci', 'bills'])}@{pick(['gmail.com', 'fastmail.com', 'proton.me', 'outlook.com'])}"
    elif style == "nick":
        v = f"{pick(['mr', 'the', 'real', 'its', 'x', 'dr', ''])}{gl}{pick(['-dev', '.codes', 'bytes', '_ok', 'xo', '404', '.builds'])}@{dom}"
    elif style == "numeric":
        dom = pick(["qq.com", "163.com", "naver.com", "yahoo.co.jp", "mail.ru"])
        v = f"{R.randint(10000000, 3999999999)}@{dom}" if dom in ("qq.com", "163.com") else f"{gl}{rd(4)}@{dom}"
    elif style == "company":
        v = f"{pick([gl, gl + '.' + fl, gl[0] + '.' + fl, fl])}@{pick(COMPANY_DOMAINS)}"
    elif style == "upper":
        v = f"{g.translate(FOLD).upper()}.{f.translate(FOLD).upper().replace(' ', '')}@{dom.upper()}"
    elif style == "subdomain":
        v = f"{gl}@{pick(['eng', 'mail', 'corp', 'ops', 'research'])}.{pick(COMPANY_DOMAINS)}"
    elif style == "noreply_gh":
        v = f"{R.randint(1000000, 219999999)}+{gl}{fl[:3]}@users.noreply.github.com"
    elif style == "relay":
        v = f"{rs(10, LOW + DIG)}@privaterelay.appleid.com"
    return v, "email_" + style.replace(".", "_").replace("+", "_")


def handle(name=None):
    g, f, _ = person() if name is None else (name[0], name[1], None)
    gl, fl = ascii_fold(g), ascii_fold(f)
    return pick([gl + fl[:1], gl[0] + fl, gl + "." + fl, gl + str(R.randint(1, 99)), fl + gl[0], gl, gl + "_" + fl[:4], gl + fl])[:16]


# ---------------------------------------------------------------- API keys (value, shape)


def b62crc(payload):
    n = zlib.crc32(payload.encode()) & 0xffffffff
    out = ""
    while n:
        n, r = divmod(n, 62); out = B62[r] + out
    return out.rjust(6, "0")


def k_openai_proj():
    return "sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL), "openai_proj"


def k_openai_svc():
    return "sk-svcacct-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL), "openai_svcacct"


def k_openai_admin():
    return "sk-admin-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL), "openai_admin"


def k_anthropic():
    return "sk-ant-api03-" + rs(93, B64URL) + "AA", "anthropic_api03"


def k_anthropic_oat():
    return "sk-ant-oat01-" + rs(93, B64URL) + "AA", "anthropic_oat01"


def k_anthropic_admin():
    return "sk-ant-admin01-" + rs(93, B64URL) + "AA", "anthropic_admin01"


def k_google():
    return "AIza" + rs(35, B64URL), "google_aiza"


def k_aws_akid():
    return pick(["AKIA", "ASIA"]) + rs(16, UP + "234567"), "aws_access_key_id"


def k_aws_secret():
    return rs(40, ALNUM + "+/"), "aws_secret_access_key"


def k_gh(prefix="ghp_"):
    body = rs(30, B62)
    return prefix + body + b62crc(body), "github_" + prefix.rstrip("_")


def k_gh_fine():
    return "github_pat_11" + rs(20, UP + DIG) + "_" + rs(59, B62), "github_pat_fine"


def k_glpat():
    return "glpat-" + rs(20, B64URL), "gitlab_pat"


def k_slack_bot():
    return f"xoxb-{rd(12)}-{rd(13)}-{rs(24, ALNUM)}", "slack_xoxb"


def k_slack_user():
    return f"xoxp-{rd(12)}-{rd(12)}-{rd(13)}-{rs(32, HEX)}", "slack_xoxp"


def k_slack_rotating():
    return f"xoxe.xoxp-1-{rs(150, B62)}", "slack_xoxe_rotating"


def k_stripe():
    return pick(["sk_live_", "rk_live_"]) + "51" + rs(22, B62) + rs(73, B62), "stripe_live"


def k_sendgrid():
    return "SG." + rs(22, B64URL) + "." + rs(43, B64URL), "sendgrid"


def k_hf():
    return "hf_" + rs(34, ALNUM), "huggingface"


def k_replicate():
    return "r8_" + rs(37, ALNUM), "replicate"


def k_groq():
    return "gsk_" + rs(52, ALNUM), "groq"


def k_xai():
    return "xai-" + rs(80, ALNUM), "xai"


def k_openrouter():
    return "sk-or-v1-" + rs(64, HEX), "openrouter"


def k_perplexity():
    return "pplx-" + rs(48, ALNUM), "perplexity"


def k_deepseek():
    return "sk-" + rs(32, HEX), "deepseek"


def k_npm():
    body = rs(30, B62)
    return "npm_" + body + b62crc(body), "npm"


def k_pypi():
    return "pypi-AgEIcHlwaS5vcmc" + rs(R.randint(140, 170), B64URL), "pypi"


def k_dockerhub():
    return "dckr_pat_" + rs(27, B64URL), "dockerhub"


def k_shopify():
    return pick(["shpat_", "shpca_", "shppa_"]) + rs(32, HEX), "shopify"


def k_digitalocean():
    return pick(["dop_v1_", "doo_v1_"]) + rs(64, HEX), "digitalocean"


def k_linear():
    return "lin_api_" + rs(40, ALNUM), "linear"


def k_notion():
    return "ntn_" + rd(11) + rs(35, ALNUM), "notion"


def k_figma():
    return "figd_" + rs(40, B64URL), "figma"


def k_postman():
    return "PMAK-" + rs(24, HEX) + "-" + rs(34, HEX), "postman"


def k_atlassian():
    body = rs(180, B64URL)
    return "ATATT3xFfGF0" + body + "=" + rs(8, HEX.upper()), "atlassian"


def k_resend():
    return "re_" + rs(8, ALNUM) + "_" + rs(24, ALNUM), "resend"


def k_langsmith():
    return "lsv2_" + pick(["pt_", "sk_"]) + rs(32, HEX) + "_" + rs(10, HEX), "langsmith"


def k_langfuse():
    return f"sk-lf-{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}", "langfuse_secret"


def k_e2b():
    return "e2b_" + rs(40, HEX), "e2b"


def k_neon():
    return "napi_" + rs(64, LOW + DIG), "neon"


def k_supabase_pat():
    return "sbp_" + rs(40, HEX), "supabase_pat"


def k_firecrawl():
    return "fc-" + rs(32, HEX), "firecrawl"


def k_brave():
    return "BSA" + rs(28, ALNUM), "brave_search"


def k_tavily():
    return "tvly-" + pick(["dev-", "prod-", ""]) + rs(32, ALNUM), "tavily"


def k_mistral():
    return rs(32, ALNUM), "mistral_bare"


def k_cohere():
    return rs(40, ALNUM), "cohere_bare"


def k_hex32():
    return rs(32, HEX), "hex32_bare"


def k_telegram():
    return f"{R.randint(5000000000, 8299999999)}:AA{rs(33, B64URL)}", "telegram_bot"


def k_discord_bot():
    uid = str(R.randint(1100000000000000000, 1399999999999999999))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(6, B64URL) + "." + rs(38, B64URL), "discord_bot"


def k_slack_webhook():
    return f"https://hooks.slack.com/services/T{rs(10, UP + DIG)}/B{rs(10, UP + DIG)}/{rs(24, ALNUM)}", "slack_webhook"


def k_discord_webhook():
    return f"https://discord.com/api/webhooks/{R.randint(1100000000000000000, 1399999999999999999)}/{rs(68, B64URL)}", "discord_webhook"


def k_vault():
    return "hvs." + rs(R.randint(90, 100), B64URL), "vault_hvs"


def k_terraform():
    return rs(14, ALNUM) + ".atlasv1." + rs(67, ALNUM), "terraform_cloud"


def k_doppler():
    return "dp.st." + pick(["prd.", "dev.", "stg."]) + rs(43, ALNUM), "doppler_st"


def k_okta():
    return "00" + rs(40, B64URL), "okta_ssws"


def k_mapbox():
    return "sk.eyJ1Ijoi" + rs(40, B64URL) + "." + rs(22, B64URL), "mapbox_sk"


def k_sentry_user():
    return "sntryu_" + rs(64, HEX), "sentry_user"


def k_grafana_sa():
    return "glsa_" + rs(32, ALNUM) + "_" + rs(8, HEX), "grafana_sa"


def k_cloudflare():
    return rs(40, B64URL), "cloudflare_token_bare"


def k_azure_openai():
    return rs(84, ALNUM) if chance(0.5) else rs(32, HEX), "azure_ai_key"


def k_gcp_sa_keyid():
    return rs(40, HEX), "gcp_private_key_id"


def k_twilio_auth():
    return rs(32, HEX), "twilio_auth_token"


def k_square():
    return "EAAA" + rs(60, B64URL), "square_access"


def k_pinecone():
    return "pcsk_" + rs(5, ALNUM) + "_" + rs(63, ALNUM), "pinecone"


def k_elevenlabs():
    return "sk_" + rs(48, HEX), "elevenlabs"


def k_modal():
    return "as-" + rs(22, ALNUM), "modal_token_secret"


def k_browserbase():
    return "bb_live_" + rs(27, B64URL), "browserbase"


def k_fly():
    return "FlyV1 fm2_" + rs(R.randint(180, 220), B64URL + "=,"), "flyio_macaroon"


def k_cursor():
    return "key_" + rs(64, HEX), "cursor_api"


def k_gemini_bare():
    return "AIza" + rs(35, B64URL), "gemini_aiza"


API_KEY_GENS = [(k_openai_proj, 10), (k_openai_svc, 3), (k_openai_admin, 2), (k_anthropic, 10), (k_anthropic_oat, 3), (k_anthropic_admin, 2),
                (k_google, 5), (k_gemini_bare, 4), (k_aws_akid, 6), (k_aws_secret, 5), (lambda: k_gh("ghp_"), 5), (lambda: k_gh("gho_"), 2),
                (lambda: k_gh("ghs_"), 2), (lambda: k_gh("ghu_"), 1), (k_gh_fine, 4), (k_glpat, 3), (k_slack_bot, 3), (k_slack_user, 2),
                (k_slack_rotating, 1), (k_stripe, 5), (k_sendgrid, 2), (k_hf, 4), (k_replicate, 2), (k_groq, 3), (k_xai, 2),
                (k_openrouter, 4), (k_perplexity, 2), (k_deepseek, 2), (k_npm, 3), (k_pypi, 2), (k_dockerhub, 2), (k_shopify, 2),
                (k_digitalocean, 2), (k_linear, 2), (k_notion, 2), (k_figma, 2), (k_postman, 1), (k_atlassian, 2), (k_resend, 2),
                (k_langsmith, 2), (k_langfuse, 2), (k_e2b, 1), (k_neon, 2), (k_supabase_pat, 3), (k_firecrawl, 2), (k_brave, 2),
                (k_tavily, 2), (k_telegram, 2), (k_discord_bot, 1), (k_slack_webhook, 2), (k_discord_webhook, 1), (k_vault, 1),
                (k_terraform, 1), (k_doppler, 1), (k_mapbox, 1), (k_sentry_user, 1), (k_grafana_sa, 1), (k_square, 1),
                (k_pinecone, 2), (k_elevenlabs, 1), (k_browserbase, 1), (k_cursor, 1)]

# env var names / labels for label-only keys
BARE_KEYS = [(k_mistral, "MISTRAL_API_KEY"), (k_cohere, "CO_API_KEY"), (k_hex32, "DD_API_KEY"), (k_hex32, "ALGOLIA_ADMIN_KEY"),
             (k_cloudflare, "CLOUDFLARE_API_TOKEN"), (k_azure_openai, "AZURE_OPENAI_API_KEY"), (k_twilio_auth, "TWILIO_AUTH_TOKEN"),
             (k_okta, "OKTA_API_TOKEN"), (k_hex32, "OPENWEATHERMAP_API_KEY"), (k_hex32, "NEWRELIC_LICENSE_KEY"), (k_modal, "MODAL_TOKEN_SECRET"),
             (k_hex32, "MAILGUN_API_KEY"), (k_cohere, "JINA_API_KEY"), (k_hex32, "EXA_API_KEY")]


def api_key():
    fn = R.choices([g[0] for g in API_KEY_GENS], weights=[g[1] for g in API_KEY_GENS])[0]
    return fn()


def env_name_for(shape):
    return {"openai_proj": "OPENAI_API_KEY", "openai_svcacct": "OPENAI_API_KEY", "openai_admin": "OPENAI_ADMIN_KEY", "anthropic_api03": "ANTHROPIC_API_KEY",
            "anthropic_oat01": "CLAUDE_CODE_OAUTH_TOKEN", "anthropic_admin01": "ANTHROPIC_ADMIN_KEY", "google_aiza": "GOOGLE_API_KEY",
            "gemini_aiza": "GEMINI_API_KEY", "aws_access_key_id": "AWS_ACCESS_KEY_ID", "aws_secret_access_key": "AWS_SECRET_ACCESS_KEY",
            "github_ghp": "GITHUB_PERSONAL_ACCESS_TOKEN", "github_gho": "GH_TOKEN", "github_ghs": "GITHUB_APP_TOKEN", "github_ghu": "GH_USER_TOKEN",
            "github_pat_fine": "GITHUB_TOKEN", "gitlab_pat": "GITLAB_TOKEN", "slack_xoxb": "SLACK_BOT_TOKEN", "slack_xoxp": "SLACK_USER_TOKEN",
            "slack_xoxe_rotating": "SLACK_REFRESH_TOKEN", "stripe_live": "STRIPE_SECRET_KEY", "sendgrid": "SENDGRID_API_KEY", "huggingface": "HF_TOKEN",
            "replicate": "REPLICATE_API_TOKEN", "groq": "GROQ_API_KEY", "xai": "XAI_API_KEY", "openrouter": "OPENROUTER_API_KEY",
            "perplexity": "PERPLEXITY_API_KEY", "deepseek": "DEEPSEEK_API_KEY", "npm": "NPM_TOKEN", "pypi": "TWINE_PASSWORD",
            "dockerhub": "DOCKERHUB_TOKEN", "shopify": "SHOPIFY_ACCESS_TOKEN", "digitalocean": "DIGITALOCEAN_TOKEN", "linear": "LINEAR_API_KEY",
            "notion": "NOTION_TOKEN", "figma": "FIGMA_TOKEN", "postman": "POSTMAN_API_KEY", "atlassian": "JIRA_API_TOKEN", "resend": "RESEND_API_KEY",
            "langsmith": "LANGSMITH_API_KEY", "langfuse_secret": "LANGFUSE_SECRET_KEY", "e2b": "E2B_API_KEY", "neon": "NEON_API_KEY",
            "supabase_pat": "SUPABASE_ACCESS_TOKEN", "firecrawl": "FIRECRAWL_API_KEY", "brave_search": "BRAVE_API_KEY", "tavily": "TAVILY_API_KEY",
            "telegram_bot": "TELEGRAM_BOT_TOKEN", "discord_bot": "DISCORD_TOKEN", "slack_webhook": "SLACK_WEBHOOK_URL", "discord_webhook": "DISCORD_WEBHOOK_URL",
            "vault_hvs": "VAULT_TOKEN", "terraform_cloud": "TF_TOKEN_app_terraform_io", "doppler_st": "DOPPLER_TOKEN", "mapbox_sk": "MAPBOX_SECRET_TOKEN",
            "sentry_user": "SENTRY_AUTH_TOKEN", "grafana_sa": "GRAFANA_SERVICE_ACCOUNT_TOKEN", "square_access": "SQUARE_ACCESS_TOKEN",
            "pinecone": "PINECONE_API_KEY", "elevenlabs": "ELEVENLABS_API_KEY", "browserbase": "BROWSERBASE_API_KEY", "cursor_api": "CURSOR_API_KEY",
            "flyio_macaroon": "FLY_API_TOKEN"}.get(shape, "API_KEY")

# ---------------------------------------------------------------- secrets (value, shape)

WORDS = ["maple", "harbor", "falcon", "quartz", "tundra", "velvet", "cobalt", "ember", "saffron", "glacier", "orchid", "nimbus", "pepper",
         "lantern", "meadow", "raven", "copper", "willow", "cactus", "zephyr", "marble", "juniper", "sparrow", "thistle", "anchor", "bison"]


def password(kind=None):
    kind = kind or R.choices(["human", "random", "passphrase", "symbolic"], weights=[4, 4, 2, 2])[0]
    if kind == "human":
        w = pick(WORDS)
        v = pick([w.capitalize(), w, w.upper()[:1] + w[1:]]) + str(R.randint(1, 2026)) + pick("!#$%&*?.@")
    elif kind == "random":
        v = rs(R.randint(14, 28), ALNUM + "!#%^*-_=+")
    elif kind == "passphrase":
        v = "-".join(pick(WORDS) for _ in range(R.randint(3, 5)))
    else:
        v = rs(3, UP) + pick("!@#$%") + rs(5, LOW) + rd(3) + pick(")(][}{") + rs(2, UP)
    return v, "password_" + kind


def jwt_token(claims=None):
    header = base64.urlsafe_b64encode(json.dumps({"alg": pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    c = claims or {"sub": str(R.randint(10000, 9999999)), "iat": R.randint(1760000000, 1790000000), "exp": R.randint(1790000000, 1799999999),
                   "scope": pick(["read write", "admin", "openid profile email", "orders:write"])}
    payload = base64.urlsafe_b64encode(json.dumps(c, separators=(",", ":")).encode()).decode().rstrip("=")
    return header + "." + payload + "." + rs(43 if "HS" in header else 86, B64URL)


def pem_body(kind):
    if kind == "openssh":
        head, n = "OPENSSH PRIVATE KEY", 5
        first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    elif kind == "ec":
        head, n, first = "EC PRIVATE KEY", 3, "MHcCAQEEI"
    elif kind == "pkcs8":
        head, n, first = "PRIVATE KEY", 6, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    else:
        head, n, first = "RSA PRIVATE KEY", 8, "MIIEpAIBAAKCAQEA"
    lines = [first + rs(64 - len(first), B64)] + [rs(64, B64) for _ in range(n - 1)] + [rs(R.randint(20, 60), B64) + pick(["", "=", "=="])]
    return head, lines

# ---------------------------------------------------------------- line building


class Redraw(Exception):
    pass


def fill(tpl, **slots):
    """tpl has ⟪name⟫ markers; a slot is a str or a (kind, value, shape) tuple. Returns (text, spans)."""
    out, spans, i = [], [], 0
    while True:
        j = tpl.find("⟪", i)
        if j < 0:
            out.append(tpl[i:]); break
        k = tpl.index("⟫", j)
        out.append(tpl[i:j])
        s = slots[tpl[j + 1:k]]
        if isinstance(s, tuple):
            out.append(s[1]); spans.append({"kind": s[0], "value": s[1], "shape": s[2]})
        else:
            out.append(s)
        i = k + 1
    return "".join(out), spans


def P(kind, vs):
    return (kind, vs[0], vs[1])


def mk(text, spans, genre, lang="en", known=None):
    return {"text": text, "spans": spans, "genre": genre, "lang": lang,
            "known": known or {"names": [], "emails": [], "ids": []}}


def jesc(s, ascii_only=False):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def iso_ts():
    return f"2026-{R.randint(1, 11):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{rd(3)}Z"


def uuid7():
    h = rs(32, HEX)
    return f"019{h[:5]}-{h[8:12]}-7{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"

# ---------------------------------------------------------------- chat-export wrappers (new shapes: none of holdout3's seven)


def w_codex_response_item(t):
    return ('{"timestamp":"%s","type":"response_item","payload":{"type":"message","role":"user","content":[{"type":"input_text","text":"%s"}]}}'
            % (iso_ts(), t))


def w_codex_fn_output(t):
    return ('{"timestamp":"%s","type":"response_item","payload":{"type":"function_call_output","call_id":"call_%s","output":"%s"}}'
            % (iso_ts(), rs(24, ALNUM), t))


def w_cc_bash_input(t):
    return ('{"parentUuid":"%s","isSidechain":false,"type":"assistant","message":{"role":"assistant","content":[{"type":"tool_use","id":"toolu_01%s","name":"Bash","input":{"command":"%s","description":"Run command"}}]},"uuid":"%s","timestamp":"%s"}'
            % (uuid4(), rs(22, ALNUM), t, uuid4(), iso_ts()))


def w_cc_write_input(t):
    return ('{"type":"assistant","message":{"role":"assistant","content":[{"type":"tool_use","id":"toolu_01%s","name":"Write","input":{"file_path":"/workspace/app/config.local","content":"%s"}}]},"uuid":"%s","timestamp":"%s"}'
            % (rs(22, ALNUM), t, uuid4(), iso_ts()))


def w_cc_tooluseresult(t):
    return ('{"type":"user","toolUseResult":{"stdout":"%s","stderr":"","interrupted":false,"isImage":false},"message":{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01%s","content":"(output shown above)"}]},"uuid":"%s","timestamp":"%s"}'
            % (t, rs(22, ALNUM), uuid4(), iso_ts()))


def w_anthropic_request(t):
    return ('{"model":"%s","max_tokens":%d,"messages":[{"role":"user","content":[{"type":"text","text":"%s"}]}]}'
            % (pick(["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"]), pick([1024, 4096, 8192]), t))


def w_anthropic_sse(t):
    return 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"%s"}}' % t


def w_llm_logs(t):
    return ('{"id":"01k%s","model":"%s","prompt":"%s","system":null,"response":"Sure - here is a cleaned-up version.","conversation_id":"01k%s","datetime_utc":"%s"}'
            % (rs(23, LOW + DIG), pick(["gpt-4o-mini", "claude-3.5-haiku", "gemini-2.5-flash"]), t, rs(23, LOW + DIG), iso_ts()[:-1]))


def w_otel_parts(t):
    return '{"role":"user","parts":[{"type":"text","content":"%s"}]}' % t


def w_llamafactory(t):
    return '{"messages": [{"role": "user", "content": [{"type": "text", "value": "%s"}], "loss_weight": 0.0}]}' % t


def w_openai_responses(t):
    return ('{"model":"gpt-5","input":[{"role":"user","content":[{"type":"input_text","text":"%s"}]}],"store":false}' % t)


def w_codex_fn_args(t):
    # the text is a shell command inside a JSON string inside a JSON string (double escaped)
    return ('{"timestamp":"%s","type":"response_item","payload":{"type":"function_call","name":"shell","arguments":"%s","call_id":"call_%s"}}'
            % (iso_ts(), t, rs(24, ALNUM)))


WRAPPERS = [("codex_response_item", w_codex_response_item, 1), ("codex_fn_output", w_codex_fn_output, 1),
            ("cc_bash_input", w_cc_bash_input, 1), ("cc_write_input", w_cc_write_input, 1), ("cc_tooluseresult", w_cc_tooluseresult, 1),
            ("anthropic_request", w_anthropic_request, 1), ("anthropic_sse", w_anthropic_sse, 1), ("llm_logs", w_llm_logs, 1),
            ("otel_parts", w_otel_parts, 1), ("llamafactory", w_llamafactory, 1), ("openai_responses", w_openai_responses, 1),
            ("codex_fn_args", w_codex_fn_args, 1)]


def wrap(line, wname=None):
    if wname is None:
        wname = pick([w[0] for w in WRAPPERS])
    fn = {w[0]: w[1] for w in WRAPPERS}[wname]
    asc = chance(0.15)
    text = line["text"]
    if wname == "codex_fn_args":
        inner = json.dumps({"command": ["bash", "-lc", text]}, ensure_ascii=asc)
        enc = lambda v: jesc(jesc(v, asc), asc)
        line["text"] = fn(jesc(inner, asc))
    else:
        enc = lambda v: jesc(v, asc)
        line["text"] = fn(jesc(text, asc))
    for s in line["spans"]:
        s["value"] = enc(s["value"])
    line["genre"] = f"{line['genre']}@{wname}" + ("+u" if asc else "")
    return line


def valid_line(line):
    counts = {}
    for s in line["spans"]:
        counts[s["value"]] = counts.get(s["value"], 0) + 1
    for v, n in counts.items():
        if not v or line["text"].count(v) != n:
            return False
    # a labelled value must not sit inside another labelled value
    vals = list(counts)
    for a in vals:
        for b in vals:
            if a != b and a in b:
                return False
    return True

# ---------------------------------------------------------------- language helpers

LANG_PHONE = {"en": ["US", "GB", "CA", "AU", "IE", "NZ", "SG", "ZA", "NG", "KE", "PH", "IN"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"],
              "es": ["ES", "MX", "AR", "CO", "CL", "PE"], "it": ["IT"], "pt": ["BR", "PT"], "nl": ["NL", "BE"], "pl": ["PL"], "cs": ["CZ"],
              "sv": ["SE"], "fi": ["FI"], "da": ["DK"], "no": ["NO"], "tr": ["TR"], "ru": ["RU"], "uk": ["UA"], "el": ["GR"], "ro": ["RO"],
              "hu": ["HU"], "ja": ["JP"], "zh": ["CN", "TW", "HK"], "ko": ["KR"], "ar": ["AE", "SA", "EG"], "he": ["IL"], "hi": ["IN"],
              "vi": ["VN"], "id": ["ID"], "th": ["TH"], "ms": ["MY"], "sw": ["KE"], "tl": ["PH"], "fa": ["IR"]}


def phone_for(lang, style=None):
    iso = pick(LANG_PHONE.get(lang, ["US"]))
    v, shape = phone(iso, style)
    if lang == "ja" and chance(0.25):
        v, shape = v.translate(FW), shape + "_fullwidth"
    elif lang == "ar" and chance(0.35):
        v, shape = v.translate(ARABIC_INDIC), shape + "_arabic_indic"
    elif lang == "fa" and chance(0.5):
        v, shape = v.translate(PERSIAN), shape + "_persian_digits"
    elif lang == "fr" and " " in v and chance(0.3):
        v, shape = v.replace(" ", "\u00a0"), shape + "_nbsp"
    return v, shape


def gov_for(lang):
    cands = [g for g in GOV_GENS if g[2] == lang]
    if not cands or chance(0.2):
        cands = [g for g in GOV_GENS if g[2] is None or g[2] == "en"]
    fn = R.choices([c[0] for c in cands], weights=[c[1] for c in cands])[0]
    return fn()


LANG_CARDNET = {"ru": "mir", "ja": "jcb", "zh": "unionpay", "hi": "rupay", "pt": "elo", "tr": "troy", "da": "dankort"}


def card_for(lang, sep=None):
    net = LANG_CARDNET.get(lang) if chance(0.5) else None
    name, num = card_number(net)
    if sep is None:
        sep = R.choices([" ", "-", "", "\u00a0", "\u2009", "."], weights=[45, 20, 20, 5, 3, 4])[0]
    v = group(num, card_groups(name, num), sep) if sep else num
    shape = f"{name}_{ {' ': 'space', '-': 'dash', '': 'plain', chr(160): 'nbsp', chr(8201): 'thinspace', '.': 'dot'}[sep] }"
    if lang == "ja" and chance(0.3):
        v = group(num, card_groups(name, num), "\u3000").translate(FW); shape = f"{name}_fullwidth"
    return v, shape


# ---------------------------------------------------------------- multilingual chat sentences

CHAT = {
 "phone": {
  "en": ["Draft a polite text to the daycare saying they can reach me on ⟪v⟫ instead of my husband today.",
         "my dentist keeps calling from ⟪v⟫ - is there a way to find out who it actually is?",
         "Put this into the shared family contact sheet: Grandpa (mobile) ⟪v⟫",
         "Can you turn this into a calendar note: call the garage back at ⟪v⟫ after 3pm about the brake pads"],
  "de": ["Schreib bitte eine kurze Nachricht an die Kita: heute bin ich unter ⟪v⟫ erreichbar, nicht mein Mann.",
         "Die Werkstatt hat mir eine SMS von ⟪v⟫ geschickt, ist das seriös?"],
  "fr": ["Rédige un SMS pour la nounou : en cas de souci, appeler le ⟪v⟫ (c'est mon portable pro).",
         "Le garagiste m'a laissé un message depuis le ⟪v⟫, tu peux m'aider à lui répondre ?"],
  "es": ["Escríbele a la guardería que hoy me localizan en el ⟪v⟫, no en el de mi marido.",
         "Me llamaron del ⟪v⟫ diciendo que eran del banco, ¿será estafa?"],
  "it": ["Scrivi un messaggio all'asilo: oggi sono raggiungibile al ⟪v⟫.", "Mi ha chiamato il ⟪v⟫ dicendo di essere del corriere, rispondo?"],
  "pt": ["Escreve uma mensagem pra escola dizendo que hoje é pra ligar no ⟪v⟫.", "Recebi um pix estranho e pediram pra ligar no ⟪v⟫, é golpe?"],
  "nl": ["Schrijf een appje naar de opvang: vandaag ben ik bereikbaar op ⟪v⟫.", "Ik werd gebeld door ⟪v⟫, ze zeiden dat ze van de bank waren."],
  "pl": ["Napisz SMS do przedszkola, że dziś jestem pod numerem ⟪v⟫.", "Dzwonili do mnie z ⟪v⟫ podając się za kuriera, co robić?"],
  "cs": ["Napiš zprávu do školky, že dnes jsem k zastižení na ⟪v⟫."],
  "sv": ["Skriv ett sms till förskolan att jag nås på ⟪v⟫ i dag."],
  "fi": ["Kirjoita päiväkotiin viesti, että tänään minut tavoittaa numerosta ⟪v⟫."],
  "da": ["Skriv en besked til børnehaven om at jeg kan nås på ⟪v⟫ i dag."],
  "no": ["Skriv en melding til barnehagen om at jeg kan nås på ⟪v⟫ i dag."],
  "tr": ["Kreşe bugün bana ⟪v⟫ numarasından ulaşabileceklerini yazar mısın?"],
  "ru": ["Напиши воспитателю, что сегодня со мной можно связаться по номеру ⟪v⟫.", "Мне звонили с ⟪v⟫ и представились службой безопасности банка — это мошенники?"],
  "uk": ["Напиши вихователці, що сьогодні мене можна набрати за номером ⟪v⟫."],
  "el": ["Γράψε ένα μήνυμα στον παιδικό σταθμό ότι σήμερα είμαι στο ⟪v⟫."],
  "ro": ["Scrie-i educatoarei că azi sunt de găsit la ⟪v⟫."],
  "hu": ["Írj az óvodának, hogy ma a ⟪v⟫ számon érnek el."],
  "ja": ["保育園に「今日は⟪v⟫に連絡してください」と伝える文面を作って。", "知らない番号（⟪v⟫）から何度も着信があります。折り返すべき？"],
  "zh": ["帮我给幼儿园老师发个消息，今天有事打我电话⟪v⟫。", "有个号码⟪v⟫一直给我打电话说是快递，靠谱吗？"],
  "ko": ["어린이집에 오늘은 ⟪v⟫로 연락 달라고 문자 써줘.", "⟪v⟫ 번호로 택배 왔다고 연락 왔는데 스미싱이야?"],
  "ar": ["اكتب رسالة للحضانة أن رقمي اليوم هو ⟪v⟫ وليس رقم زوجي."],
  "he": ["תנסח הודעה לגן שהיום אפשר להשיג אותי ב-⟪v⟫."],
  "hi": ["स्कूल को मैसेज लिख दो कि आज मुझे ⟪v⟫ पर कॉल करें।"],
  "vi": ["Soạn giúp tin nhắn cho cô giáo: hôm nay gọi mình số ⟪v⟫ nhé."],
  "id": ["Tolong tulis pesan ke sekolah, hari ini hubungi aku di ⟪v⟫ ya."],
  "th": ["ช่วยเขียนข้อความถึงครูว่าวันนี้ให้โทรหาเบอร์ ⟪v⟫ แทน"],
  "ms": ["Tolong tulis mesej kepada taska, hari ini hubungi saya di ⟪v⟫."],
  "sw": ["Niandikie ujumbe kwa shule kwamba leo wanipigie kwa ⟪v⟫."],
  "tl": ["Pakisulat ng text sa daycare na tawagan ako sa ⟪v⟫ ngayon."],
  "fa": ["یک پیام برای مهدکودک بنویس که امروز با شماره ⟪v⟫ تماس بگیرند."],
 },
 "email": {
  "en": ["Please write a follow-up to the recruiter, her address is ⟪v⟫ - keep it short.", "Is ⟪v⟫ a safe address to give to this online shop or should I make an alias?",
         "forward the lease PDF to ⟪v⟫ and cc me"],
  "de": ["Formuliere eine Antwort an die Vermieterin (⟪v⟫), dass die Kaution noch fehlt.", "Bitte schick die Rechnung an ⟪v⟫, nicht an die alte Adresse."],
  "fr": ["Écris une relance à ⟪v⟫ pour le devis de la cuisine.", "Mon adresse perso c'est ⟪v⟫, mets-la dans le CV."],
  "es": ["Redacta un correo para ⟪v⟫ pidiendo la factura de octubre.", "Mándale el presupuesto a ⟪v⟫ porfa."],
  "it": ["Scrivi una mail a ⟪v⟫ per chiedere lo spostamento dell'appuntamento."],
  "pt": ["Responde pro cliente no ⟪v⟫ dizendo que o pedido atrasou.", "Coloca meu e-mail ⟪v⟫ no rodapé do currículo."],
  "nl": ["Stuur een herinnering naar ⟪v⟫ over de openstaande factuur."],
  "pl": ["Napisz maila do ⟪v⟫ z prośbą o fakturę korygującą."],
  "cs": ["Napiš e-mail na ⟪v⟫ ohledně reklamace."],
  "sv": ["Skriv ett mejl till ⟪v⟫ och be om kvitto."],
  "fi": ["Kirjoita sähköposti osoitteeseen ⟪v⟫ ja pyydä laskua."],
  "tr": ["⟪v⟫ adresine fatura için kibar bir e-posta yaz."],
  "ru": ["Составь письмо на ⟪v⟫ с просьбой выслать акт сверки."],
  "uk": ["Напиши листа на ⟪v⟫ щодо повернення коштів."],
  "el": ["Γράψε ένα email στο ⟪v⟫ για την επιστροφή χρημάτων."],
  "ro": ["Scrie un e-mail către ⟪v⟫ pentru factura din octombrie."],
  "hu": ["Írj egy e-mailt a ⟪v⟫ címre a számla miatt."],
  "ja": ["⟪v⟫宛てに請求書の再送をお願いするメールを書いてください。"],
  "zh": ["帮我写封邮件发到⟪v⟫，催一下发票。"],
  "ko": ["⟪v⟫로 세금계산서 재발행 요청 메일 써줘."],
  "ar": ["اكتب بريدًا إلى ⟪v⟫ أطلب فيه الفاتورة."],
  "he": ["תכתוב מייל ל-⟪v⟫ ותבקש חשבונית."],
  "hi": ["⟪v⟫ पर बिल के लिए ईमेल लिख दो।"],
  "vi": ["Viết email gửi ⟪v⟫ xin lại hóa đơn giúp mình."],
  "id": ["Tolong buatkan email ke ⟪v⟫ minta invoice bulan ini."],
 },
 "card": {
  "en": ["I got charged twice on ⟪v⟫ for the same flight, help me write a dispute to the airline.",
         "which bank issued ⟪v⟫? a stranger sent it to me by mistake",
         "Use ⟪v⟫ for the hotel booking, it's the company card, and put the receipt in the expenses sheet"],
  "de": ["Mir wurde auf der Karte ⟪v⟫ zweimal abgebucht, hilf mir bei der Reklamation."],
  "fr": ["On m'a débité deux fois sur la carte ⟪v⟫, aide-moi à rédiger la contestation."],
  "es": ["Me cobraron dos veces en la tarjeta ⟪v⟫, ayúdame con la reclamación."],
  "it": ["Mi hanno addebitato due volte sulla carta ⟪v⟫, scrivimi il reclamo."],
  "pt": ["Cobraram duas vezes no meu cartão ⟪v⟫, me ajuda a contestar?"],
  "nl": ["Er is twee keer afgeschreven van kaart ⟪v⟫, help me met een bezwaar."],
  "pl": ["Pobrano dwa razy z karty ⟪v⟫, pomóż napisać reklamację."],
  "tr": ["⟪v⟫ numaralı kartımdan iki kez çekim yapılmış, itiraz yazısı yazar mısın?"],
  "ru": ["С карты ⟪v⟫ дважды списали оплату, помоги составить претензию."],
  "uk": ["З картки ⟪v⟫ двічі списали гроші, допоможи написати скаргу."],
  "ja": ["カード番号⟪v⟫で二重請求されました。問い合わせ文を作ってください。"],
  "zh": ["我的卡⟪v⟫被重复扣款了，帮我写个申诉。"],
  "ko": ["카드 ⟪v⟫로 두 번 결제됐어. 환불 요청 글 써줘."],
  "hi": ["मेरे कार्ड ⟪v⟫ से दो बार पैसे कट गए, शिकायत लिख दो।"],
  "da": ["Der er trukket to gange på kortet ⟪v⟫, hjælp mig med en klage."],
  "el": ["Μου χρέωσαν δύο φορές την κάρτα ⟪v⟫, γράψε μου μια καταγγελία."],
  "ar": ["تم خصم المبلغ مرتين من بطاقتي ⟪v⟫، ساعدني في كتابة شكوى."],
 },
 "secret": {
  "en": ["Is ⟪v⟫ strong enough for my password manager master password, or should I change it?",
         "the shared login for the school portal is parent2026 / ⟪v⟫, add it to the family notes doc",
         "I keep forgetting - the NAS admin password is ⟪v⟫, write me a mnemonic for it"],
  "de": ["Ist ⟪v⟫ als Passwort für mein Online-Banking sicher genug?", "Das WLAN-Passwort im Ferienhaus lautet ⟪v⟫, schreib es bitte in die Gästeinfo."],
  "fr": ["Est-ce que ⟪v⟫ est un mot de passe assez solide pour ma boîte mail ?"],
  "es": ["¿Es segura la contraseña ⟪v⟫ para mi cuenta del banco?"],
  "it": ["La password ⟪v⟫ va bene per l'home banking o è troppo debole?"],
  "pt": ["A senha ⟪v⟫ é forte o suficiente pro meu e-mail?"],
  "nl": ["Is ⟪v⟫ een sterk genoeg wachtwoord voor DigiD?"],
  "pl": ["Czy hasło ⟪v⟫ jest wystarczająco silne do bankowości?"],
  "cs": ["Je heslo ⟪v⟫ dost silné na internetové bankovnictví?"],
  "sv": ["Är ⟪v⟫ ett tillräckligt starkt lösenord för BankID-appen?"],
  "fi": ["Onko ⟪v⟫ tarpeeksi vahva salasana verkkopankkiin?"],
  "da": ["Er ⟪v⟫ en stærk nok adgangskode til MitID?"],
  "no": ["Er ⟪v⟫ et sterkt nok passord for nettbanken?"],
  "tr": ["⟪v⟫ e-posta şifresi olarak yeterince güçlü mü?"],
  "ru": ["Надёжный ли пароль ⟪v⟫ для Госуслуг?"],
  "uk": ["Чи надійний пароль ⟪v⟫ для Дії?"],
  "el": ["Είναι αρκετά ισχυρός ο κωδικός ⟪v⟫ για το e-banking;"],
  "ro": ["Este parola ⟪v⟫ destul de sigură pentru contul de bancă?"],
  "hu": ["Elég erős a ⟪v⟫ jelszó az ügyfélkapuhoz?"],
  "ja": ["「⟪v⟫」ってネットバンキングのパスワードとして安全？"],
  "zh": ["⟪v⟫这个密码用在网银上够安全吗？"],
  "ko": ["⟪v⟫ 이 비밀번호 인터넷뱅킹용으로 괜찮아?"],
  "ar": ["هل كلمة السر ⟪v⟫ قوية بما يكفي لحسابي البنكي؟"],
  "he": ["הסיסמה ⟪v⟫ מספיק חזקה לחשבון הבנק?"],
  "hi": ["क्या ⟪v⟫ नेट बैंकिंग के लिए मजबूत पासवर्ड है?"],
  "vi": ["Mật khẩu ⟪v⟫ có đủ mạnh cho tài khoản ngân hàng không?"],
  "id": ["Password ⟪v⟫ udah cukup kuat buat m-banking belum?"],
  "th": ["รหัสผ่าน ⟪v⟫ ปลอดภัยพอสำหรับแอปธนาคารไหม"],
 },
 "gov": {
  "en": ["Fill in the tax form for me - my number is ⟪v⟫ and I moved in March.", "The benefits office wants my ID number in the subject line: ⟪v⟫. Draft the email."],
  "de": ["Trag bitte meine Steuer-ID ⟪v⟫ in das Formular für den Arbeitgeber ein.", "Für die Überweisung an den Vermieter: IBAN ⟪v⟫, Verwendungszweck Miete November."],
  "fr": ["Complète le formulaire de la mutuelle, mon numéro de sécu est ⟪v⟫.", "Voici le RIB pour le virement du loyer : IBAN ⟪v⟫."],
  "es": ["Rellena la solicitud con mi documento ⟪v⟫, por favor.", "Pon en el correo mi IBAN ⟪v⟫ para que me devuelvan la fianza."],
  "it": ["Compila il modulo dell'ASL, il mio codice fiscale è ⟪v⟫."],
  "pt": ["Preenche o cadastro da farmácia com meu CPF ⟪v⟫.", "O meu NIF é ⟪v⟫, põe na fatura."],
  "nl": ["Vul het formulier van de gemeente in, mijn BSN is ⟪v⟫.", "Zet mijn rekeningnummer ⟪v⟫ in de mail voor de terugbetaling."],
  "pl": ["Uzupełnij wniosek, mój PESEL to ⟪v⟫."],
  "cs": ["Vyplň žádost, moje rodné číslo je ⟪v⟫."],
  "sv": ["Fyll i blanketten åt mig, mitt personnummer är ⟪v⟫."],
  "fi": ["Täytä hakemus, henkilötunnukseni on ⟪v⟫."],
  "da": ["Udfyld skemaet, mit CPR-nummer er ⟪v⟫."],
  "no": ["Fyll ut skjemaet, fødselsnummeret mitt er ⟪v⟫."],
  "tr": ["Başvuru formunu doldur, TC kimlik numaram ⟪v⟫."],
  "ru": ["Заполни заявление, мой ИНН ⟪v⟫."],
  "uk": ["Заповни заяву, мій РНОКПП ⟪v⟫."],
  "el": ["Συμπλήρωσε την αίτηση, ο ΑΜΚΑ μου είναι ⟪v⟫."],
  "ro": ["Completează cererea, CNP-ul meu este ⟪v⟫."],
  "ja": ["この申請書を埋めてください。マイナンバーは⟪v⟫です。"],
  "zh": ["帮我填一下这个表，身份证号是⟪v⟫。", "帮我填这张表，身分證字號⟪v⟫。"],
  "ko": ["이 신청서 좀 채워줘. 주민등록번호는 ⟪v⟫야."],
  "he": ["תמלא את הטופס, מספר תעודת הזהות שלי ⟪v⟫."],
  "hi": ["यह फॉर्म भर दो, मेरा नंबर ⟪v⟫ है।"],
  "th": ["ช่วยกรอกแบบฟอร์มให้หน่อย เลขบัตรประชาชน ⟪v⟫"],
  "ms": ["Tolong isi borang ini, nombor IC saya ⟪v⟫."],
 },
 "api_key": {
  "en": ["why does this key give me 401 all of a sudden? ⟪v⟫", "here's the key for the staging project, wire it into the script: ⟪v⟫"],
  "de": ["Warum bekomme ich mit diesem Schlüssel einen 401? ⟪v⟫"],
  "fr": ["Pourquoi cette clé renvoie 401 ? ⟪v⟫"],
  "es": ["¿Por qué esta key me da 401? ⟪v⟫"],
  "pt": ["Por que essa chave tá dando 401? ⟪v⟫"],
  "ja": ["このキーで401になるのはなぜ？ ⟪v⟫"],
  "zh": ["这个key为什么报401？⟪v⟫"],
  "ko": ["이 키로 401이 떠. 왜 그래? ⟪v⟫"],
  "ru": ["Почему с этим ключом 401? ⟪v⟫"],
  "pl": ["Czemu ten klucz zwraca 401? ⟪v⟫"],
  "tr": ["Bu anahtar neden 401 veriyor? ⟪v⟫"],
  "vi": ["Sao key này bị 401 vậy? ⟪v⟫"],
 },
}


def chat_sentence(kind, lang):
    tpl = pick(CHAT[kind][lang])
    if kind == "phone":
        s = P("phone", phone_for(lang))
    elif kind == "email":
        s = P("email", email(lang))
    elif kind == "card":
        s = P("card", card_for(lang))
    elif kind == "secret":
        s = P("secret", password())
    elif kind == "api_key":
        s = P("api_key", api_key())
    elif "IBAN" in tpl or "RIB" in tpl or "rekeningnummer" in tpl:
        s = P("gov_id", iban({"de": "DE", "fr": "FR", "es": "ES", "nl": "NL"}[lang]))
    elif lang == "zh" and "身分證" in tpl:
        s = P("gov_id", gid_tw_id())
    elif lang == "zh":
        s = P("gov_id", gid_cn_ric())
    elif lang == "pt":
        s = P("gov_id", gid_br_cpf() if "CPF" in tpl else gid_pt_nif())
    elif lang == "es":
        s = P("gov_id", pick([gid_es_dni, gid_mx_curp, gid_ar_cuil, gid_cl_rut])())
    elif lang == "hi":
        s = P("gov_id", pick([gid_in_aadhaar, gid_in_pan])())
    elif lang == "en":
        s = P("gov_id", pick([gid_us_ssn, gid_uk_nino, gid_ca_sin, gid_au_tfn, gid_ie_pps, gid_sg_nric, gid_za_id])())
    else:
        s = P("gov_id", {"de": gid_de_idnr, "fr": gid_fr_nir, "it": gid_it_cf, "nl": gid_nl_bsn, "pl": gid_pl_pesel, "cs": gid_cz_rc,
                         "sv": gid_se_pnr, "fi": gid_fi_hetu, "da": gid_dk_cpr, "no": gid_no_fnr, "tr": gid_tr_tckn, "ru": gid_ru_inn,
                         "uk": gid_ua_rntrc, "el": gid_gr_amka, "ro": gid_ro_cnp, "ja": gid_jp_mynumber, "ko": gid_kr_rrn,
                         "he": gid_il_tz, "th": gid_th_pin, "ms": gid_my_nric}[lang]())
    return fill(tpl, v=s)


def t_chat(kind):
    def gen():
        lang = pick(sorted(CHAT[kind]))
        t, sp = chat_sentence(kind, lang)
        genre = "chat_" + kind
        if chance(0.4):
            others = [k for k in ("phone", "email", "card", "secret", "gov", "api_key") if k != kind and lang in CHAT[k]]
            if others:
                k2 = pick(others)
                t2, sp2 = chat_sentence(k2, lang)
                sep = "" if lang in ("ja", "zh") else pick([" ", "\n", " — ", "\n\n"])
                if sep == " " and t[-1] not in ".?!。？！":
                    sep = ". "
                t, sp = t + sep + t2, sp + sp2
                genre += "+" + k2
        return mk(t, sp, genre, lang)
    return gen

# ---------------------------------------------------------------- technical positive templates
TPL = {}  # primary kind -> list of (fn, weight)


def reg(kind, w=1):
    def deco(fn):
        TPL.setdefault(kind, []).append((fn, w))
        return fn
    return deco


def full_name(lang=None):
    g, f, lang = person(lang)
    return g, f, lang


# ----- email-primary


@reg("email", 2)
def t_ics_invite():
    g1, f1, _ = full_name(); g2, f2, _ = full_name()
    e1, e2 = email(name=(g1, f1)), email(name=(g2, f2))
    t, sp = fill("BEGIN:VEVENT\nDTSTART:20261112T150000Z\nSUMMARY:Quarterly review\nORGANIZER" + (";CN=⟪n1⟫" if chance(0.5) else "") + ":mailto:⟪e1⟫\n"
                 "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:⟪e2⟫\nEND:VEVENT\n\nwhy does Outlook show this invite as \"not supported calendar message\"?",
                 n1=("name", f"{g1} {f1}", "ics_cn"), e1=P("email", e1), e2=P("email", e2))
    return mk(t, sp, "ics_invite")


@reg("email", 2)
def t_ldif():
    g, f, lang = full_name(); uid = handle((g, f))
    e = email(lang, (g, f), pick(["company", "flast", "subdomain"]))
    ph = phone_for(lang if lang in LANG_PHONE else "en", pick(["intl", "e164"]))
    t, sp = fill(f"dn: uid=⟪u⟫,ou=people,dc=corp,dc=internal\nobjectClass: inetOrgPerson\ncn: ⟪n⟫\nmail: ⟪e⟫\ntelephoneNumber: ⟪p⟫\n\nldapadd fails with 'Invalid syntax' on this entry, what's wrong?",
                 u=("user", uid, "ldap_uid"), n=("name", f"{g} {f}", "ldif_cn"), e=P("email", e), p=P("phone", ph))
    return mk(t, sp, "ldif")


@reg("email", 3)
def t_pkg_author():
    g, f, _ = full_name(); e = email(name=(g, f), style=pick(["first.last", "nick", "noreply_gh", "company"]))
    kind = pick(["npm", "pyproject", "cargo", "gemspec"])
    if kind == "npm":
        tpl = '{\n  "name": "@%s/cli",\n  "version": "0.9.3",\n  "author": "⟪n⟫ <⟪e⟫>",\n  "license": "MIT"\n}' % rs(6, LOW)
    elif kind == "pyproject":
        tpl = '[project]\nname = "tinyq"\nversion = "2.1.0"\nauthors = [{ name = "⟪n⟫", email = "⟪e⟫" }]\nrequires-python = ">=3.10"'
    elif kind == "cargo":
        tpl = '[package]\nname = "tidy-logs"\nversion = "0.4.2"\nauthors = ["⟪n⟫ <⟪e⟫>"]\nedition = "2021"'
    else:
        tpl = 'Gem::Specification.new do |s|\n  s.name = "slugify_plus"\n  s.authors = ["⟪n⟫"]\n  s.email = ["⟪e⟫"]\nend'
    t, sp = fill(tpl + "\n\nthe publish step says the manifest is invalid", n=("name", f"{g} {f}", "manifest_author"), e=P("email", e))
    return mk(t, sp, "manifest_" + kind)


@reg("email", 3)
def t_gmail_mcp_result():
    g1, f1, l1 = full_name(); g2, f2, l2 = full_name()
    e1, e2 = email(l1, (g1, f1)), email(l2, (g2, f2))
    t, sp = fill('{"messages":[{"id":"19a%s","threadId":"19a%s","from":"⟪e1⟫","to":["⟪e2⟫"],"subject":"Re: contract draft v3","snippet":"Attached the signed copy, see you Thursday","labelIds":["INBOX","UNREAD"]}],"resultSizeEstimate":1}' % (rs(13, HEX), rs(13, HEX)),
                 e1=P("email", e1), e2=P("email", e2))
    return mk(t, sp, "mcp_gmail_result")


@reg("email", 2)
def t_obfuscated_email():
    g, f, lang = full_name()
    gl, fl = ascii_fold(g), ascii_fold(f)
    dom = pick(FREEMAIL.get(lang, FREEMAIL["en"]))
    name, tld = dom.rsplit(".", 1)
    st = pick(["paren", "defang", "fullwidth_at", "spaced_words"])
    if st == "paren":
        v = f"{gl}.{fl} (at) {name} (dot) {tld}"
    elif st == "defang":
        v = f"{gl}.{fl}@{name}[.]{tld}"
    elif st == "fullwidth_at":
        v = f"{gl}{fl[:1]}＠{dom}"
    else:
        v = f"{gl} at {name} dot {tld}"
    tpl = pick(["Forum post I want to rewrite: 'PM me or write to ⟪v⟫, no spam pls'", "連絡先：⟪v⟫（＠を半角に変えてください）",
                "copied from the club newsletter -> contact: ⟪v⟫", "Bio draft: 'Freelance translator. Reach me at ⟪v⟫'"])
    t, sp = fill(tpl, v=("email", v, "email_obfuscated_" + st))
    return mk(t, sp, "obfuscated_contact", "ja" if "連絡先" in tpl else "en")


@reg("email", 3)
def t_mailchimp_csv():
    rows, slots = [], {}
    hdr = "Email Address,MEMBER_RATING,OPTIN_TIME,TAGS"
    for i in range(R.randint(2, 3)):
        g, f, lang = full_name()
        slots[f"e{i}"] = P("email", email(lang, (g, f)))
        rows.append(f"⟪e{i}⟫,{R.randint(1, 5)},2025-0{R.randint(1, 9)}-1{R.randint(0, 9)} 08:1{R.randint(0, 9)}:00,\"{pick(['vip', 'newsletter', 'beta'])}\"")
    t, sp = fill(hdr + "\n" + "\n".join(rows) + "\n\ndedupe this list by domain and tell me which tags are most common", **slots)
    return mk(t, sp, "mailchimp_csv")


@reg("email", 2)
def t_exim_log():
    e1, e2 = email(), email(style=pick(["company", "flast"]))
    mid = rs(6, ALNUM) + "-" + rs(6, ALNUM) + "-" + rs(2, ALNUM)
    t, sp = fill(f"2026-10-0{R.randint(1, 9)} 07:4{R.randint(0, 9)}:1{R.randint(0, 9)} {mid} <= ⟪a⟫ H=mail-{rs(4, LOW)}.outbound.protection.outlook.com P=esmtps S={R.randint(3000, 90000)}\n"
                 f"2026-10-0{R.randint(1, 9)} 07:4{R.randint(0, 9)}:1{R.randint(0, 9)} {mid} => ⟪b⟫ R=dnslookup T=remote_smtp\nwhy is the second hop taking 40s?",
                 a=P("email", e1), b=P("email", e2))
    return mk(t, sp, "exim_log")


@reg("email", 2)
def t_ses_bounce():
    e = email()
    t, sp = fill('{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"⟪e⟫","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]},"mail":{"source":"no-reply@mail.%s"}}' % pick(COMPANY_DOMAINS),
                 e=P("email", e))
    return mk(t, sp, "ses_bounce_json")


@reg("email", 2)
def t_oauth_login_hint():
    e = email()
    enc = e[0].replace("@", "%40").replace("+", "%2B")
    t, sp = fill(f"GET /authorize?client_id={rs(24, ALNUM)}&response_type=code&login_hint=⟪e⟫&redirect_uri=https%3A%2F%2Fapp.{pick(COMPANY_DOMAINS)}%2Fcb HTTP/2 302",
                 e=("email", enc, e[1] + "_urlenc"))
    return mk(t, sp, "oauth_redirect_log")


@reg("email", 2)
def t_git_config():
    g, f, _ = full_name(); e = email(name=(g, f))
    t, sp = fill("$ git config --list --show-origin | grep user\nfile:/etc/gitconfig\tuser.useconfigonly=true\nfile:.git/config\tuser.name=⟪n⟫\nfile:.git/config\tuser.email=⟪e⟫\n\ncommits still show the wrong author on GitHub",
                 n=("name", f"{g} {f}", "git_config_name"), e=P("email", e))
    return mk(t, sp, "git_config_list")


@reg("email", 2)
def t_supabase_auth_users():
    rows, sl = [], {}
    for i in range(R.randint(1, 3)):
        sl[f"e{i}"] = P("email", email())
        rows.append(f"{uuid4()} | ⟪e{i}⟫ | 2026-0{R.randint(1, 9)}-{R.randint(10, 28)} {R.randint(10, 23)}:0{R.randint(0, 9)}:11+00 | {pick(['email', 'google', 'github'])}")
    t, sp = fill("select id, email, created_at, raw_app_meta_data->>'provider' from auth.users order by created_at desc limit 3;\n"
                 "                  id                  |           email           |       created_at       | provider\n" + "\n".join(rows), **sl)
    return mk(t, sp, "psql_auth_users")


@reg("email", 2)
def t_known_email():
    g, f, lang = full_name()
    e = email(lang, (g, f), pick(["first.last", "firstNN", "first.last+tag"]))
    tpl = pick(["Reply from ⟪e⟫ to the landlord, keep my tone.", "My Apple ID is ⟪e⟫ but the family sharing invite went to an old address",
                "set git author to ⟪e⟫ for this repo only"])
    t, sp = fill(tpl, e=P("email", e))
    return mk(t, sp, "known_email_chat", "en", {"names": [f"{g} {f}"], "emails": [e[0]], "ids": []})

# ----- phone-primary


@reg("phone", 3)
def t_whatsapp_webhook():
    iso = pick(["BR", "IN", "MX", "DE", "ID", "NG", "ES", "IT", "ZA", "CO", "TR", "GB"])
    ph = phone(iso, "ccdigits")
    g, f, _ = full_name()
    t, sp = fill('{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"value":{"messaging_product":"whatsapp","contacts":[{"profile":{"name":"%s"},"wa_id":"⟪w⟫"}],"messages":[{"from":"⟪f⟫","id":"wamid.%s","timestamp":"%d","type":"text","text":{"body":"quero remarcar"}}]}}]}]}'
                 % (rd(15), "⟪n⟫" if chance(0.4) else pick(["🌻", "Loja Centro", "~", "."]), rs(48, ALNUM + "="), R.randint(1760000000, 1790000000)),
                 n=("name", f"{g} {f}", "wa_profile_name"), w=P("phone", ph), f=P("phone", ph))
    return mk(t, sp, "whatsapp_cloud_webhook")


@reg("phone", 2)
def t_wa_me_link():
    lang = pick(["pt", "es", "en", "hi", "id", "de", "it"])
    ph = phone_for(lang, "ccdigits")
    tpl = pick(['<a class="btn" href="https://wa.me/⟪v⟫?text=Ol%C3%A1%2C%20vim%20pelo%20site">Chat on WhatsApp</a>\nthe button opens the wrong chat on iOS',
                "Link in bio: https://wa.me/⟪v⟫ - can you make a QR code for it?", "api.whatsapp.com/send?phone=⟪v⟫&text=hi is what the footer uses"])
    t, sp = fill(tpl, v=P("phone", ph))
    return mk(t, sp, "wa_me_link", lang)


@reg("phone", 2)
def t_google_contacts_csv():
    rows, sl = [], {}
    hdr = "Name,Phone 1 - Label,Phone 1 - Value,E-mail 1 - Value,Labels"
    for i in range(R.randint(1, 2)):
        lang = pick(["en", "de", "fr", "es", "pt", "it", "nl", "pl"])
        g, f, _ = full_name(lang)
        sl[f"g{i}"] = ("name", f"{g} {f}", "csv_full_name") if chance(0.5) else pick(["Mama", "Plumber (Kowalski)", "Dentist", "Landlord", "Babysitter", "Kita Sonnenschein"])
        sl[f"p{i}"] = P("phone", phone_for(lang, pick(["intl", "nat", "e164"])))
        sl[f"e{i}"] = P("email", email(lang, (g, f)))
        rows.append(f"⟪g{i}⟫,Mobile,⟪p{i}⟫,⟪e{i}⟫,* myContacts")
    t, sp = fill(hdr + "\n" + "\n".join(rows) + "\n\nimport into iCloud drops the phone column - why?", **sl)
    return mk(t, sp, "google_contacts_csv")


@reg("phone", 3)
def t_twilio_json_log():
    iso = pick(["US", "CA", "GB", "AU", "DE", "FR", "MX", "BR", "IN", "NL"])
    a, b = phone(iso, "e164"), phone(pick(["US", "GB", "DE"]), "e164")
    t, sp = fill('{"sid":"SM%s","date_created":"Tue, 04 Nov 2026 09:1%d:22 +0000","to":"⟪a⟫","from":"⟪b⟫","body":"Your code is %s","status":"undelivered","error_code":30007}'
                 % (rs(32, HEX), R.randint(0, 9), rd(6)), a=P("phone", a), b=P("phone", b))
    return mk(t, sp, "twilio_message_json")


@reg("phone", 2)
def t_asterisk_log():
    p1 = phone(pick(["DE", "AT", "CH", "NL", "GB", "FR"]), pick(["e164", "00"]))
    v = p1[0].replace(" ", "")
    t, sp = fill(f"[2026-11-0{R.randint(1, 9)} 14:2{R.randint(0, 9)}:0{R.randint(0, 9)}] VERBOSE[{R.randint(1000, 9999)}][C-0000{rs(4, HEX)}] pbx.c: Executing [⟪p⟫@from-trunk:1] Dial(\"PJSIP/trunk-000001a\", \"PJSIP/201,30\") in new stack",
                 p=("phone", v, p1[1] + "_compact"))
    return mk(t, sp, "asterisk_verbose")


@reg("phone", 2)
def t_adb_contacts():
    lang = pick(["en", "de", "ru", "pt", "ko", "ja", "vi"])
    p1, p2 = phone_for(lang, "nat"), phone_for(lang, "intl")
    t, sp = fill("$ adb shell content query --uri content://com.android.contacts/data/phones --projection display_name:data1\n"
                 "Row: 0 display_name=Mama, data1=⟪a⟫\nRow: 1 display_name=Work, data1=⟪b⟫\n", a=P("phone", p1), b=P("phone", p2))
    return mk(t, sp, "adb_content_query", lang)


@reg("phone", 2)
def t_pagerduty_contact():
    ph = phone("US", "nat")
    nsn = phone_digits_only(ph[0])[-10:]
    t, sp = fill('{"contact_method":{"type":"phone_contact_method","summary":"Mobile","label":"Mobile","address":"⟪a⟫","country_code":1,"send_short_email":false}}', a=("phone", nsn, "us_nsn_digits"))
    return mk(t, sp, "pagerduty_contact_json")


@reg("phone", 2)
def t_shopify_order_phone():
    lang = pick(["en", "de", "fr", "nl", "it", "es", "sv", "da"])
    g, f, _ = full_name(lang if lang in LATIN_NAMES else "en")
    ph = phone_for(lang, pick(["intl", "e164", "nat"]))
    t, sp = fill('"shipping_address": {"company": "%s", "address1": "%s %d", "phone": "⟪p⟫", "country_code": "%s"}'
                 % (pick(["", "Studio Nord", "Atelier 9"]), pick(["Main St", "Hauptstraße", "Rue de la Paix", "Kerkstraat", "Via Roma"]), R.randint(1, 200), pick(LANG_PHONE[lang])),
                 p=P("phone", ph))
    return mk(t, sp, "shopify_order_json", lang)


@reg("phone", 2)
def t_html_signature():
    g, f, lang = full_name()
    ph = phone_for(lang, "intl")
    tel = "".join(c for c in ph[0] if c.isdigit() or c == "+")
    t, sp = fill('<table><tr><td><b>⟪n⟫</b><br>Account Manager<br><a href="tel:⟪t⟫">⟪p⟫</a></td></tr></table>\nmake this signature render in Gmail dark mode',
                 n=("name", f"{g} {f}", "html_signature"), t=("phone", tel, ph[1] + "_tel_href"), p=P("phone", ph))
    return mk(t, sp, "html_email_signature")


@reg("phone", 3)
def t_sms_export_xml():
    lang = pick(["en", "de", "es", "pt", "fr", "it", "pl", "tr"])
    ph = phone_for(lang, pick(["intl", "e164", "nat"]))
    t, sp = fill(f'<sms protocol="0" address="⟪p⟫" date="{R.randint(1760000000000, 1790000000000)}" type="1" body="{pick(["On my way", "Call me back pls", "Parcel at door"])}" read="1" status="-1" locked="0" />',
                 p=P("phone", ph))
    return mk(t, sp, "sms_backup_xml", lang)


@reg("phone", 1)
def t_phone_in_yaml_oncall():
    sl, lines = {}, []
    for i in range(2):
        g, f, lang = full_name("en")
        sl[f"n{i}"] = pick(["primary-eu", "secondary-eu", "primary-us", "db-escalation", "security"])
        sl[f"p{i}"] = P("phone", phone(pick(["US", "GB", "IE", "CA"]), pick(["intl", "e164"])))
        lines.append(f"  - name: ⟪n{i}⟫\n    phone: \"⟪p{i}⟫\"\n    shift: {pick(['primary', 'secondary'])}")
    t, sp = fill("oncall:\n" + "\n".join(lines) + "\n# alertmanager webhook should page these", **sl)
    return mk(t, sp, "oncall_yaml")

# ----- card-primary


@reg("card", 3)
def t_gateway_debug():
    nm, num = card_number()
    g, f, _ = full_name()
    t, sp = fill('DEBUG payment.adapter request={"amount":{"value":%d,"currency":"EUR"},"paymentMethod":{"type":"scheme","number":"⟪c⟫","expiryMonth":"%02d","expiryYear":"20%d"%s}}'
                 % (R.randint(500, 99999), R.randint(1, 12), R.randint(27, 31), ',"holderName":"⟪h⟫"' if chance(0.25) else ""), c=("card", num, nm + "_json_plain"), h=("name", f"{g} {f}", "card_holder"))
    return mk(t, sp, "payment_debug_log")


@reg("card", 3)
def t_ocr_card():
    nm, num = card_number(pick(["visa", "mastercard", "amex", "discover", None]))
    g, f, _ = full_name()
    v = group(num, card_groups(nm, num), " ")
    t, sp = fill(("Tool result (ocr_image): \"⟪b⟫\\n⟪c⟫\\nVALID THRU %02d/%d" % (R.randint(1, 12), R.randint(27, 31))) + ("\\n⟪h⟫" if chance(0.5) else "") + "\"\nAssistant: I can read the card but I won't store it.",
                 b=pick(["VISA", "mastercard", "BANK OF THE WEST", "Revolut"]), c=("card", v, nm + "_ocr"), h=("name", f"{g} {f}".upper(), "card_holder_upper"))
    return mk(t, sp, "ocr_card_photo")


@reg("card", 3)
def t_form_encoded_card():
    nm, num = card_number()
    sep = pick(["", "%20", "+"])
    v = group(num, card_groups(nm, num), sep) if sep else num
    t, sp = fill(f"POST /v1/tokens\ncard[number]=⟪c⟫&card[exp_month]={R.randint(1, 12)}&card[exp_year]={R.randint(2027, 2031)}&card[cvc]=***\n-> 402 card_declined",
                 c=("card", v, nm + "_form_" + {"": "plain", "%20": "pct20", "+": "plus"}[sep]))
    return mk(t, sp, "form_encoded_payment")


@reg("card", 3)
def t_orders_csv_card():
    rows, sl = [], {}
    for i in range(R.randint(1, 4)):
        sl[f"c{i}"] = P("card", card_for("en", pick(["", " ", "-"])))
        rows.append(f"{R.randint(10000, 99999)};2026-10-{R.randint(10, 31)};⟪c{i}⟫;{R.randint(10, 900)},{rd(2)};{pick(['OK', 'DECLINED', 'REFUND'])}")
    t, sp = fill("order_id;date;pan;amount;status\n" + "\n".join(rows) + "\nlegacy export from the old POS - which rows failed?", **sl)
    return mk(t, sp, "pos_export_csv")


@reg("card", 2)
def t_card_test_fixture():
    nm, num = card_number()
    t, sp = fill(f"def test_charge_real_card():\n    # TODO remove before merge - my personal card\n    resp = client.charge(number=\"⟪c⟫\", exp=\"{R.randint(1, 12):02d}/{R.randint(27, 31)}\", amount=100)\n    assert resp.ok",
                 c=("card", num, nm + "_code_plain"))
    return mk(t, sp, "pytest_fixture")


@reg("card", 2)
def t_card_sql():
    nm, num = card_number()
    g, f, _ = full_name()
    sep = pick(["", " ", "-"])
    v = group(num, card_groups(nm, num), sep) if sep else num
    t, sp = fill(f"INSERT INTO payment_methods (customer_id, holder, pan, exp) VALUES ({R.randint(100, 99999)}, '" + ("⟪h⟫" if chance(0.5) else "") + f"', '⟪c⟫', '{R.randint(1, 12):02d}/{R.randint(27, 31)}');",
                 h=("name", f"{g} {f}", "sql_holder"), c=("card", v, nm + "_sql"))
    return mk(t, sp, "sql_insert_card")


@reg("card", 2)
def t_card_voice_transcript():
    nm, num = card_number(pick(["visa", "mastercard", None]))
    v = " ".join(group(num, card_groups(nm, num), " ").split(" "))
    mm = R.randint(1, 9)
    t, sp = fill(f"[00:0{mm}:1{R.randint(0, 9)}] Agent: And the long number on the card?\n[00:0{mm}:2{R.randint(0, 9)}] Customer: ⟪c⟫, expiry {R.randint(1, 12)} {R.randint(27, 31)}.\nsummarise this call for the CRM but keep it PCI compliant",
                 c=("card", v, nm + "_transcript"))
    return mk(t, sp, "call_transcript")

# ----- api_key-primary


def key_with_env():
    v, shape = api_key()
    return v, shape, env_name_for(shape)


@reg("api_key", 6)
def t_dotenv():
    n = R.randint(1, 4); sl, lines = {}, []
    for i in range(n):
        v, shape, env = key_with_env()
        q = pick(["", '"', "'"])
        sl[f"k{i}"] = ("api_key", v, shape + "_dotenv")
        lines.append(f"{env}={q}⟪k{i}⟫{q}")
    lines.insert(R.randint(0, len(lines)), pick(["NODE_ENV=production", "PORT=3000", "LOG_LEVEL=debug", "# keys rotated 2026-10"]))
    t, sp = fill(pick(["cat .env.local\n", "here's my .env:\n", ""]) + "\n".join(lines), **sl)
    return mk(t, sp, "dotenv")


@reg("api_key", 6)
def t_mcp_config():
    v, shape, env = key_with_env()
    srv = env.lower().replace("_personal_access_token", "").replace("_api_key", "").replace("_access_token", "").replace("_secret_key", "").replace("_token", "").replace("_key", "").replace("_", "-")
    style = pick(["vscode", "zed", "codex_toml", "claude_cli", "opencode", "gemini_settings", "goose"])
    if style == "vscode":
        tpl = '// .vscode/mcp.json\n{\n  "servers": {\n    "%s": {\n      "type": "stdio",\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-%s"],\n      "env": { "%s": "⟪k⟫" }\n    }\n  }\n}' % (srv, srv, env)
    elif style == "zed":
        tpl = '"context_servers": {\n  "%s": {\n    "command": { "path": "npx", "args": ["-y", "%s-mcp"], "env": { "%s": "⟪k⟫" } }\n  }\n}' % (srv, srv, env)
    elif style == "codex_toml":
        tpl = '# ~/.codex/config.toml\nmodel = "gpt-5-codex"\n\n[mcp_servers.%s]\ncommand = "npx"\nargs = ["-y", "%s-mcp-server"]\nenv = { "%s" = "⟪k⟫" }' % (srv, srv, env)
    elif style == "claude_cli":
        tpl = "claude mcp add %s --scope user --env %s=⟪k⟫ -- npx -y %s-mcp" % (srv, env, srv)
    elif style == "opencode":
        tpl = '{\n  "$schema": "https://opencode.ai/config.json",\n  "mcp": {\n    "%s": { "type": "local", "command": ["npx", "-y", "%s-mcp"], "environment": { "%s": "⟪k⟫" } }\n  }\n}' % (srv, srv, env)
    elif style == "gemini_settings":
        tpl = '// ~/.gemini/settings.json\n{ "mcpServers": { "%s": { "httpUrl": "https://mcp.%s.example/mcp", "headers": { "Authorization": "Bearer ⟪k⟫" } } } }' % (srv, srv)
    else:
        tpl = 'extensions:\n  %s:\n    type: stdio\n    cmd: npx\n    args: ["-y", "%s-mcp"]\n    envs:\n      %s: ⟪k⟫' % (srv, srv, env)
    t, sp = fill(tpl + pick(["", "\n\nthe server shows 'failed' in /mcp, why?", "\nit worked yesterday"]), k=("api_key", v, shape + "_mcp_" + style))
    return mk(t, sp, "mcp_config_" + style)


@reg("api_key", 4)
def t_client_code():
    v, shape, env = key_with_env()
    lang = pick(["py_openai", "ts_anthropic", "go", "rust", "py_langchain", "swift", "kotlin", "csharp"])
    tpl = {"py_openai": 'from openai import OpenAI\nclient = OpenAI(api_key="⟪k⟫", base_url="https://openrouter.ai/api/v1")',
           "ts_anthropic": 'import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic({ apiKey: "⟪k⟫" });',
           "go": 'client := openai.NewClient(option.WithAPIKey("⟪k⟫"))',
           "rust": 'let client = Client::new().with_api_key("⟪k⟫");',
           "py_langchain": 'llm = ChatGroq(model="llama-3.3-70b-versatile", api_key="⟪k⟫", temperature=0)',
           "swift": 'let config = Configuration(apiKey: "⟪k⟫")\nlet service = LLMService(config: config)',
           "kotlin": 'val api = ApiClient(apiKey = "⟪k⟫", timeout = 30.seconds)',
           "csharp": 'var client = new ChatClient(model: "gpt-4.1", apiKey: "⟪k⟫");'}[lang]
    t, sp = fill(tpl + "\n" + pick(["# works locally but not in Lambda", "// why is this slow", "# refactor to read from env", ""]), k=("api_key", v, shape + "_code_" + lang))
    return mk(t, sp, "code_" + lang)


@reg("api_key", 4)
def t_curl_header():
    v, shape, env = key_with_env()
    hdr = pick(["Authorization: Bearer ⟪k⟫", "x-api-key: ⟪k⟫", "api-key: ⟪k⟫", "X-Goog-Api-Key: ⟪k⟫", "xi-api-key: ⟪k⟫"])
    t, sp = fill(f"curl -sS https://api.{pick(['openai.com', 'anthropic.com', 'groq.com', 'mistral.ai', 'elevenlabs.io', 'x.ai'])}/v1/{pick(['models', 'messages', 'chat/completions'])} \\\n  -H \"{hdr}\" \\\n  -H \"content-type: application/json\" | jq .",
                 k=("api_key", v, shape + "_header"))
    return mk(t, sp, "curl_command")


@reg("api_key", 3)
def t_notebook_cell():
    v, shape, env = key_with_env()
    t, sp = fill('{\n "cell_type": "code",\n "execution_count": 3,\n "metadata": {},\n "source": [\n  "import os\\n",\n  "os.environ[\\"%s\\"] = \\"⟪k⟫\\"\\n"\n ]\n}' % env,
                 k=("api_key", v, shape + "_ipynb"))
    return mk(t, sp, "ipynb_cell")


@reg("api_key", 3)
def t_gh_actions_log():
    v, shape, env = key_with_env()
    ts = f"2026-{R.randint(1, 11):02d}-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{rd(7)}Z"
    t, sp = fill(f"{ts} ##[group]Run echo \"{env}=$KEY\" >> $GITHUB_ENV\n{ts} echo \"{env}=$KEY\" >> $GITHUB_ENV\n{ts} shell: /usr/bin/bash -e {{0}}\n{ts} env:\n{ts}   KEY: ⟪k⟫\n{ts} ##[endgroup]\nwhy isn't this masked?",
                 k=("api_key", v, shape + "_ci_log"))
    return mk(t, sp, "github_actions_log")


@reg("api_key", 3)
def t_git_remote_token():
    kind = pick(["gh", "gl", "hf"])
    if kind == "gh":
        v, shape = pick([lambda: k_gh("ghp_"), lambda: k_gh("ghs_"), k_gh_fine])()
        url = f"https://x-access-token:{{}}@github.com/{rs(7, LOW)}/{rs(6, LOW)}.git"
    elif kind == "gl":
        v, shape = k_glpat(); url = f"https://oauth2:{{}}@gitlab.com/{rs(6, LOW)}/{rs(8, LOW)}.git"
    else:
        v, shape = k_hf(); url = f"https://{rs(6, LOW)}:{{}}@huggingface.co/spaces/{rs(6, LOW)}/demo"
    t, sp = fill("$ git remote -v\norigin\t" + url.format("⟪a⟫") + " (fetch)\norigin\t" + url.format("⟪b⟫") + " (push)",
                 a=("api_key", v, shape + "_remote_url"), b=("api_key", v, shape + "_remote_url"))
    return mk(t, sp, "git_remote_v")


@reg("api_key", 2)
def t_npmrc_pypirc():
    if chance(0.5):
        v, shape = k_npm()
        tpl = "; ~/.npmrc\n@myorg:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=⟪k⟫\nalways-auth=true"
    else:
        v, shape = k_pypi()
        tpl = "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ⟪k⟫"
    t, sp = fill(tpl, k=("api_key", v, shape + "_rcfile"))
    return mk(t, sp, "registry_rcfile")


@reg("api_key", 3)
def t_printenv():
    sl, lines = {}, ["SHELL=/bin/zsh", "LANG=en_US.UTF-8", "TERM_PROGRAM=ghostty"]
    for i in range(R.randint(1, 3)):
        v, shape, env = key_with_env()
        sl[f"k{i}"] = ("api_key", v, shape + "_printenv")
        lines.append(f"{env}=⟪k{i}⟫")
    R.shuffle(lines)
    t, sp = fill("$ printenv | sort | grep -v PATH\n" + "\n".join(lines), **sl)
    return mk(t, sp, "printenv")


@reg("api_key", 2)
def t_har_entry():
    v, shape, env = key_with_env()
    t, sp = fill('{"request":{"method":"POST","url":"https://api.%s/v1/chat/completions","headers":[{"name":"content-type","value":"application/json"},{"name":"authorization","value":"Bearer ⟪k⟫"}]},"response":{"status":429}}' % pick(["openai.com", "groq.com", "together.xyz", "deepseek.com"]),
                 k=("api_key", v, shape + "_har"))
    return mk(t, sp, "har_entry")


@reg("api_key", 2)
def t_python_repr_config():
    v, shape, env = key_with_env()
    t, sp = fill(f"INFO agent.config loaded: {{'model': 'gpt-4.1-mini', 'temperature': 0.2, 'api_key': '⟪k⟫', 'max_retries': 3}}", k=("api_key", v, shape + "_pyrepr"))
    return mk(t, sp, "agent_log_repr")


@reg("api_key", 2)
def t_terraform_tfvars():
    v, shape = pick([k_cloudflare, k_digitalocean, k_terraform, k_aws_secret])()
    t, sp = fill(f'# terraform.tfvars\nregion      = "eu-central-1"\napi_token   = "⟪k⟫"\nzone_name   = "{pick(COMPANY_DOMAINS)}"', k=("api_key", v, shape + "_tfvars"))
    return mk(t, sp, "terraform_tfvars")


@reg("api_key", 2)
def t_aws_credentials():
    a, s = k_aws_akid(), k_aws_secret()
    t, sp = fill("[default]\naws_access_key_id = ⟪a⟫\naws_secret_access_key = ⟪s⟫\nregion = eu-west-1", a=("api_key", a[0], a[1] + "_ini"), s=("api_key", s[0], s[1] + "_ini"))
    return mk(t, sp, "aws_credentials_file")


@reg("api_key", 2)
def t_telegram_url():
    v, shape = k_telegram()
    t, sp = fill(f"requests.post(f\"https://api.telegram.org/bot⟪k⟫/sendMessage\", json={{\"chat_id\": {R.randint(100000000, 999999999)}, \"text\": msg}})", k=("api_key", v, shape + "_url"))
    return mk(t, sp, "telegram_bot_code")


@reg("api_key", 2)
def t_label_only_key():
    fn, envn = pick(BARE_KEYS)
    v, shape = fn()
    tpl = pick([f"{envn}=⟪k⟫", f'export {envn}="⟪k⟫"', f"{envn}: ⟪k⟫", f'"{envn.lower()}": "⟪k⟫"', f"set {envn}=⟪k⟫", f"$env:{envn} = \"⟪k⟫\""])
    t, sp = fill(tpl, k=("api_key", v, shape + "_labelled"))
    return mk(t, sp, "label_only_key")


@reg("api_key", 2)
def t_gh_auth_status():
    v, shape = k_gh("gho_")
    t, sp = fill(f"$ gh auth status -t\ngithub.com\n  ✓ Logged in to github.com account {rs(7, LOW)} (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: ⟪k⟫\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'",
                 k=("api_key", v, shape + "_gh_status"))
    return mk(t, sp, "gh_auth_status")


@reg("api_key", 2)
def t_claude_settings_env():
    v, shape, env = key_with_env()
    t, sp = fill('// ~/.claude/settings.json\n{\n  "permissions": { "allow": ["Bash(npm run test:*)"] },\n  "env": {\n    "%s": "⟪k⟫",\n    "DISABLE_TELEMETRY": "1"\n  }\n}' % env,
                 k=("api_key", v, shape + "_claude_settings"))
    return mk(t, sp, "claude_settings_json")


@reg("api_key", 2)
def t_k8s_secret_string():
    v, shape, env = key_with_env()
    t, sp = fill(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: llm-gateway\ntype: Opaque\nstringData:\n  {env}: \"⟪k⟫\"", k=("api_key", v, shape + "_k8s_stringdata"))
    return mk(t, sp, "k8s_secret_yaml")

# ----- secret-primary


@reg("secret", 3)
def t_pgpass():
    pw = password(pick(["random", "human", "symbolic"]))
    pw = (pw[0].replace(":", "").replace("\\", ""), pw[1])
    t, sp = fill(f"# ~/.pgpass (chmod 600)\n{pick(['db.internal', 'localhost', 'pg-prod-1.' + pick(COMPANY_DOMAINS)])}:5432:{pick(['app', 'analytics', '*'])}:{pick(['app_rw', 'postgres', 'reporting'])}:⟪p⟫",
                 p=("secret", pw[0], pw[1] + "_pgpass"))
    return mk(t, sp, "pgpass")


@reg("secret", 3)
def t_conn_string_ado():
    pw = password()
    pw = (pw[0].replace(";", "").replace("'", ""), pw[1])
    tpl = pick(['"ConnectionStrings": { "Default": "Server=tcp:sql-%s.database.windows.net,1433;Initial Catalog=app;User ID=appadmin;Password=⟪p⟫;Encrypt=True;" }' % rs(5, LOW),
                "Driver={ODBC Driver 18 for SQL Server};Server=10.0.4.12;Database=erp;Uid=svc_erp;Pwd=⟪p⟫;TrustServerCertificate=yes",
                "jdbc:mysql://db.%s:3306/shop?user=shop_app&password=⟪p⟫&useSSL=true" % pick(COMPANY_DOMAINS)])
    t, sp = fill(tpl, p=("secret", pw[0], pw[1] + "_connstring"))
    return mk(t, sp, "connection_string")


@reg("secret", 3)
def t_ansible_inventory():
    p1 = password(); p2 = password()
    t, sp = fill(f"[web]\nweb01 ansible_host=10.20.0.11 ansible_user=deploy ansible_password=⟪a⟫ ansible_become_pass=⟪b⟫\n# ansible -i hosts web -m ping hangs",
                 a=("secret", p1[0], p1[1] + "_ansible"), b=("secret", p2[0], p2[1] + "_ansible_become"))
    return mk(t, sp, "ansible_inventory")


@reg("secret", 3)
def t_compose_password():
    pw = password()
    var = pick(["POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "MARIADB_PASSWORD", "RABBITMQ_DEFAULT_PASS", "MINIO_ROOT_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD", "GF_SECURITY_ADMIN_PASSWORD"])
    t, sp = fill(f"services:\n  db:\n    image: {pick(['postgres:17', 'mysql:8.4', 'mariadb:11', 'rabbitmq:4-management', 'minio/minio', 'grafana/grafana:12.1.0'])}\n    environment:\n      {var}: \"⟪p⟫\"\n    restart: unless-stopped",
                 p=("secret", pw[0], pw[1] + "_compose"))
    return mk(t, sp, "docker_compose")


@reg("secret", 2)
def t_sql_create_user():
    pw = password(); pw = (pw[0].replace("'", ""), pw[1])
    tpl = pick(["CREATE USER 'report'@'%' IDENTIFIED BY '⟪p⟫';", "ALTER ROLE app_rw WITH LOGIN PASSWORD '⟪p⟫';", "CREATE LOGIN etl_runner WITH PASSWORD = '⟪p⟫';"])
    t, sp = fill(tpl + "\n-- run on prod, then revoke the old one", p=("secret", pw[0], pw[1] + "_sql"))
    return mk(t, sp, "sql_user_ddl")


@reg("secret", 3)
def t_browser_pw_export():
    rows, sl = [], {}
    for i in range(R.randint(1, 3)):
        site = pick(["accounts.google.com", "www.amazon.de", "github.com", "login.microsoftonline.com", "app.revolut.com", "www.netflix.com", "id.atlassian.com"])
        sl[f"u{i}"] = P("email", email())
        pw = password(); sl[f"p{i}"] = ("secret", pw[0].replace(",", ""), pw[1] + "_browser_csv")
        rows.append(f"{site.split('.')[-2]},https://{site}/,⟪u{i}⟫,⟪p{i}⟫,")
    t, sp = fill("name,url,username,password,note\n" + "\n".join(rows) + "\nhow do I import this into Bitwarden?", **sl)
    return mk(t, sp, "chrome_password_csv")


@reg("secret", 2)
def t_otpauth():
    seed = rs(pick([16, 32]), B32)
    e = email()
    issuer = pick(["GitHub", "AWS", "Coinbase", "Proton", "Cloudflare"])
    t, sp = fill(f"otpauth://totp/{issuer}:⟪e⟫?secret=⟪s⟫&issuer={issuer}&algorithm=SHA1&digits=6&period=30\nthe QR decoder gave me this, how do I add it to 1Password?",
                 e=("email", e[0].replace("@", "%40") if chance(0.5) else e[0], e[1]), s=("secret", seed, "totp_seed_base32"))
    return mk(t, sp, "otpauth_uri")


@reg("secret", 3)
def t_app_password():
    st = pick(["google", "apple"])
    if st == "google":
        v = " ".join(rs(4, LOW) for _ in range(4)); shape = "google_app_password"
        tpl = pick(["SMTP_USER=⟪e⟫\nSMTP_PASS=⟪p⟫", "Gmail gave me this app password for Thunderbird: ⟪p⟫ - do I type the spaces?"])
    else:
        v = "-".join(rs(4, LOW) for _ in range(4)); shape = "apple_app_specific_password"
        tpl = pick(["xcrun notarytool store-credentials \"AC_PASSWORD\" --apple-id ⟪e⟫ --team-id %s --password ⟪p⟫" % rs(10, UP + DIG),
                    "app-specific password for the calendar sync: ⟪p⟫"])
    t, sp = fill(tpl, p=("secret", v, shape), e=P("email", email(style=pick(["first.last", "firstNN", "company"]))))
    return mk(t, sp, "app_password")


@reg("secret", 4)
def t_app_secret_env():
    var, gen, shape = pick([("NEXTAUTH_SECRET", lambda: rs(43, B64) + "=", "nextauth_secret"), ("AUTH_SECRET", lambda: rs(43, B64) + "=", "authjs_secret"),
                            ("BETTER_AUTH_SECRET", lambda: rs(32, ALNUM), "better_auth_secret"), ("SECRET_KEY_BASE", lambda: rs(128, HEX), "rails_secret_key_base"),
                            ("APP_KEY", lambda: "base64:" + rs(43, B64) + "=", "laravel_app_key"), ("JWT_SECRET", lambda: rs(64, HEX), "jwt_secret"),
                            ("SESSION_SECRET", lambda: rs(48, B64URL), "session_secret"), ("ENCRYPTION_KEY", lambda: rs(64, HEX), "encryption_key"),
                            ("DJANGO_SECRET_KEY", lambda: "django-insecure-" + rs(50, LOW + DIG + "!@#%^&*(-_=+)"), "django_insecure_key"),
                            ("STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + rs(32, ALNUM), "stripe_whsec"), ("GITHUB_WEBHOOK_SECRET", lambda: rs(40, HEX), "github_webhook_secret"),
                            ("SHOPIFY_API_SECRET", lambda: "shpss_" + rs(32, HEX), "shopify_api_secret"), ("PAYLOAD_SECRET", lambda: rs(24, HEX), "payload_secret")])
    v = gen()
    t, sp = fill(pick([f"{var}=⟪s⟫", f"{var}=\"⟪s⟫\"", f"fly secrets set {var}=⟪s⟫", f"vercel env add {var} production <<< '⟪s⟫'", f"wrangler secret put {var}\n✔ Enter a secret value: … ⟪s⟫"]),
                 s=("secret", v, shape))
    return mk(t, sp, "app_secret")


@reg("secret", 3)
def t_pem_key():
    kind = pick(["openssh", "ec", "pkcs8", "rsa"])
    head, lines = pem_body(kind)
    block = f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"
    ctx = pick(["gcp_sa_json", "paste", "k8s"])
    if ctx == "gcp_sa_json" and kind == "pkcs8":
        val = block.replace("\n", "\\n") + "\\n"
        t, sp = fill('{\n  "type": "service_account",\n  "project_id": "%s-%d",\n  "private_key_id": "⟪i⟫",\n  "private_key": "⟪k⟫",\n  "client_email": "deployer@%s-%d.iam.gserviceaccount.com"\n}'
                     % ("acme", 42, "acme", 42), i=("api_key", rs(40, HEX), "gcp_private_key_id"), k=("secret", val, "pem_pkcs8_json_escaped"))
        return mk(t, sp, "gcp_service_account_json")
    t, sp = fill(pick(["cat ~/.ssh/id_ed25519\n", "this is the deploy key from the old server, which format is it?\n", "tls.key:\n"]) + "⟪k⟫", k=("secret", block, f"pem_{kind}"))
    return mk(t, sp, "pem_paste")


@reg("secret", 3)
def t_basic_auth_header():
    user = pick(["admin", "api", "deploy", "jenkins", handle()])
    pw = password()
    b = base64.b64encode(f"{user}:{pw[0]}".encode()).decode()
    t, sp = fill(pick(["> GET /metrics HTTP/1.1\n> Host: prom.internal:9090\n> Authorization: Basic ⟪b⟫\n> User-Agent: curl/8.11.1\n< HTTP/1.1 403 Forbidden",
                       '"headers": {"Authorization": "Basic ⟪b⟫", "Accept": "application/json"}']), b=("secret", b, "basic_auth_b64"))
    return mk(t, sp, "basic_auth")


@reg("secret", 3)
def t_jwt_bearer():
    tok = jwt_token()
    t, sp = fill(pick(["[axios] request failed 401 {\"headers\":{\"Authorization\":\"Bearer ⟪t⟫\"}}",
                       "Cookie: theme=dark; __Secure-authjs.session-token=⟪t⟫; _ga=GA1.1.%d.%d" % (R.randint(10 ** 8, 10 ** 9), R.randint(1700000000, 1790000000)),
                       "localStorage.getItem('access_token')\n'⟪t⟫'"]), t=("secret", tok, "jwt"))
    return mk(t, sp, "jwt_token")


@reg("secret", 2)
def t_docker_config_auth():
    user = handle(); pw = password()
    b = base64.b64encode(f"{user}:{pw[0]}".encode()).decode()
    t, sp = fill('{\n  "auths": {\n    "ghcr.io": { "auth": "⟪a⟫" }\n  },\n  "credsStore": ""\n}', a=("secret", b, "docker_config_auth_b64"))
    return mk(t, sp, "docker_config_json")


@reg("secret", 2)
def t_maven_nuget():
    pw = password(); pw = (pw[0].replace("<", "").replace("&", "").replace(">", "").replace('"', ""), pw[1])
    tpl = pick(["<servers>\n  <server>\n    <id>nexus-releases</id>\n    <username>ci-bot</username>\n    <password>⟪p⟫</password>\n  </server>\n</servers>",
                '<packageSourceCredentials>\n  <internal>\n    <add key="Username" value="build" />\n    <add key="ClearTextPassword" value="⟪p⟫" />\n  </internal>\n</packageSourceCredentials>'])
    t, sp = fill(tpl, p=("secret", pw[0], pw[1] + "_xml"))
    return mk(t, sp, "build_tool_xml")


@reg("secret", 2)
def t_netsh_wifi():
    pw = password(pick(["human", "passphrase", "random"]))
    t, sp = fill(f"PS C:\\> netsh wlan show profile name=\"{pick(['FRITZ!Box 7590 XQ', 'Vodafone-3A1C', 'Livebox-8F20', 'TP-Link_5G_2E'])}\" key=clear\n...\nSecurity settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : ⟪p⟫",
                 p=("secret", pw[0], pw[1] + "_netsh"))
    return mk(t, sp, "netsh_wlan")


@reg("secret", 2)
def t_git_credential_fill():
    v = pick([lambda: (password()[0], "password_git_credential"), lambda: (k_gh("gho_")[0], None)])()
    kind = "secret" if v[1] else "api_key"
    t, sp = fill("$ printf 'protocol=https\\nhost=github.com\\n' | git credential fill\nprotocol=https\nhost=github.com\nusername=⟪u⟫\npassword=⟪p⟫",
                 u=("user", handle(), "git_credential_username"), p=(kind, v[0], v[1] or "github_gho_git_credential"))
    return mk(t, sp, "git_credential_fill")


@reg("secret", 2)
def t_eth_private_key():
    v = "0x" + rs(64, HEX)
    t, sp = fill(pick(['networks: {\n  sepolia: { url: process.env.RPC_URL, accounts: ["⟪k⟫"] }\n}', "PRIVATE_KEY=⟪k⟫\n# deployer wallet, funded with 0.2 ETH"]), k=("secret", v, "eth_private_key"))
    return mk(t, sp, "wallet_key")


@reg("secret", 2)
def t_redis_mosquitto():
    pw = password()
    t, sp = fill(pick(["# /etc/redis/redis.conf\nbind 127.0.0.1 -::1\nrequirepass ⟪p⟫\nmaxmemory 2gb", "mosquitto_pub -h broker.local -u sensor -P '⟪p⟫' -t home/temp -m 21.5",
                       "[client]\nuser=backup\npassword=\"⟪p⟫\"\nhost=127.0.0.1"]), p=("secret", pw[0].replace("'", ""), pw[1] + "_service_conf"))
    return mk(t, sp, "service_conf")


@reg("secret", 2)
def t_op_item_json():
    pw = password()
    t, sp = fill('{"id":"%s","title":"Router admin","category":"LOGIN","fields":[{"id":"username","type":"STRING","label":"username","value":"admin"},{"id":"password","type":"CONCEALED","label":"password","value":"⟪p⟫"}]}' % rs(26, LOW + DIG),
                 p=("secret", pw[0], pw[1] + "_op_json"))
    return mk(t, sp, "op_item_get_json")

# ----- gov_id-primary


@reg("gov_id", 4)
def t_hr_onboarding_json():
    fn, _, lang = pick([g for g in GOV_GENS if g[0] is not iban])
    v = fn()
    lang = lang or "en"
    g, f, _ = full_name(lang if lang in LATIN_NAMES else "en")
    field = pick(["national_id", "tax_id", "nationalIdentifier", "social_security_number", "idNumber"])
    if chance(0.4):
        t, sp = fill('{"employee":{"fullName":"⟪g⟫","%s":"⟪v⟫","startDate":"2026-12-01","department":"%s"}}' % (field, pick(["Finance", "R&D", "Ops"])),
                     g=("name", f"{g} {f}", "hr_json_full_name"), v=("gov_id", v[0], v[1] + "_hr_json"))
    else:
        t, sp = fill('{"employee":{"employeeId":"E%s","%s":"⟪v⟫","startDate":"2026-12-01","department":"%s"}}' % (rd(5), field, pick(["Finance", "R&D", "Ops"])),
                     v=("gov_id", v[0], v[1] + "_hr_json"))
    return mk(t, sp, "hris_onboarding_json", lang)


@reg("gov_id", 4)
def t_payroll_tsv():
    rows, sl = [], {}
    gen = pick([gid_us_ssn, gid_uk_nino, gid_de_idnr, gid_nl_bsn, gid_fr_nir, gid_ca_sin, gid_se_pnr, gid_pl_pesel])
    for i in range(R.randint(2, 4)):
        sl[f"v{i}"] = P("gov_id", gen())
        rows.append(f"{R.randint(1000, 9999)}\t⟪v{i}⟫\t{R.randint(2800, 9800)}.{rd(2)}\t{pick(['A', 'B', 'M'])}")
    t, sp = fill("emp_no\tid\tgross\tband\n" + "\n".join(rows) + "\n\npivot this by band", **sl)
    return mk(t, sp, "payroll_tsv")


@reg("gov_id", 3)
def t_epc_qr():
    ib = iban(pick(["DE", "AT", "NL", "BE", "FR", "IE", "FI"]))
    g, f, _ = full_name(pick(["de", "nl", "fr", "en"]))
    compact = ib[0].replace(" ", "")
    t, sp = fill(f"BCD\\n002\\n1\\nSCT\\n\\n" + ("⟪n⟫" if chance(0.5) else pick(["Stadtwerke Nord GmbH", "Hausverwaltung Ost KG", "Zahnarztpraxis am Markt"])) + f"\\n⟪i⟫\\nEUR{R.randint(5, 900)}.{rd(2)}\\n\\n\\nRechnung {R.randint(1000, 9999)}\n^ decoded from the Girocode on the invoice - is the format right?",
                 n=("name", f"{g} {f}", "epc_beneficiary"), i=("gov_id", compact, ib[1].replace("grouped", "compact") + "_epc"))
    return mk(t, sp, "epc_qr_payload")


@reg("gov_id", 2)
def t_wise_recipient():
    ib = iban()
    g, f, _ = full_name()
    t, sp = fill('{"currency":"EUR","type":"iban","accountHolderName":"⟪n⟫","details":{"legalType":"PRIVATE","iban":"⟪i⟫"}}', n=("name", f"{g} {f}", "json_holder"), i=P("gov_id", ib))
    return mk(t, sp, "payout_recipient_json")


@reg("gov_id", 3)
def t_kyc_persona():
    fn = pick([gid_us_ssn, gid_br_cpf, gid_mx_curp, gid_in_aadhaar, gid_za_id, gid_sg_nric, gid_my_nric, gid_kr_rrn, gid_tw_id, gid_th_pin, gid_tr_tckn, gid_cl_rut, gid_ar_cuil])
    v = fn()
    t, sp = fill('{"data":{"type":"inquiry","attributes":{"status":"needs_review","fields":{"identification-number":{"type":"string","value":"⟪v⟫"},"birthdate":{"value":"19%d-%02d-%02d"}}}}}'
                 % (R.randint(55, 99), R.randint(1, 12), R.randint(1, 28)), v=("gov_id", v[0], v[1] + "_kyc"))
    return mk(t, sp, "kyc_inquiry_webhook")


@reg("gov_id", 1)
def t_nhs_referral():
    v = gid_uk_nhs(); g, f, _ = full_name("en")
    t, sp = fill(f"Referral letter\nPatient: ⟪n⟫\nNHS No: ⟪v⟫\nDOB: {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/19{R.randint(50, 99)}\nReason: persistent cough, 6 weeks\n-- tidy up the wording please",
                 n=("name", f"{g} {f}", "patient_name"), v=P("gov_id", v))
    return mk(t, sp, "medical_referral")


@reg("gov_id", 3)
def t_pydict_fixture():
    fn, field = pick([(gid_br_cpf, "cpf"), (gid_it_cf, "codice_fiscale"), (gid_es_dni, "dni"), (gid_cn_ric, "id_card"), (gid_jp_mynumber, "my_number"),
                      (gid_be_nn, "rijksregisternummer"), (gid_ro_cnp, "cnp"), (gid_cz_rc, "rodne_cislo"), (gid_gr_amka, "amka"), (gid_ua_rntrc, "rnokpp"),
                      (gid_fi_hetu, "hetu"), (gid_no_fnr, "fodselsnummer"), (gid_dk_cpr, "cpr"), (gid_ie_pps, "pps"), (gid_il_tz, "teudat_zehut")])
    v = fn()
    t, sp = fill(f"SAMPLE_USER = {{\n    \"{field}\": \"⟪v⟫\",\n    \"plan\": \"pro\",\n}}\n# copied from prod to reproduce the bug", v=("gov_id", v[0], v[1] + "_pydict"))
    return mk(t, sp, "python_fixture")


@reg("gov_id", 2)
def t_iban_invoice_footer():
    ib = iban()
    t, sp = fill(pick(["Bankverbindung: Sparkasse · IBAN ⟪i⟫ · BIC %s" % pick(["COLSDE33XXX", "BYLADEM1001", "HELADEF1822"]),
                       "Payment details | IBAN: ⟪i⟫ | Ref INV-%d" % R.randint(2026000, 2026999),
                       "Coordonnées bancaires — IBAN : ⟪i⟫ — échéance 30 jours"]), i=P("gov_id", ib))
    return mk(t, sp, "invoice_footer")


@reg("gov_id", 2)
def t_tax_form_ocr():
    fn, lbl, lang, yr = pick([(gid_de_idnr, "Identifikationsnummer", "de", "Einkommensteuererklärung 2025"), (gid_fr_nir, "N° de sécurité sociale", "fr", "Attestation de droits 2026"),
                              (gid_us_ssn, "Your social security number", "en", "Form W-4 (2026)"), (gid_ca_sin, "Social insurance number", "en", "TD1 2026 Personal Tax Credits Return"),
                              (gid_au_tfn, "Tax file number", "en", "Tax file number declaration"), (gid_se_pnr, "Personnummer", "sv", "Inkomstdeklaration 1, inkomstår 2025"),
                              (gid_pt_nif, "NIF", "pt", "Declaração Modelo 3 IRS 2025")])
    v = fn()
    t, sp = fill(f"OCR (page 1):\n{yr}\n{lbl}\n⟪v⟫", v=P("gov_id", v))
    return mk(t, sp, "tax_form_ocr", lang)

# ----- ip-primary


def public_ipv4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0, 224):
            continue
        ip = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if ip not in ("8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220", "4.2.2.2"):
            return ip, "ipv4_public"


def public_ipv6():
    pre = pick(["2a02:8109", "2a01:cb00", "2003:e5", "2a00:23c7", "2601:645", "2607:fb90", "2804:14d", "2409:4040", "240e:3b4", "2001:1c00"])
    groups = pre.split(":") + [rs(R.randint(1, 4), HEX) for _ in range(8 - len(pre.split(":")))]
    v = ":".join(groups)
    if chance(0.3):
        v = ":".join(groups[:4]) + "::" + groups[-1]
    return v, "ipv6_residential"


def any_ip():
    return public_ipv6() if chance(0.25) else public_ipv4()


@reg("ip", 2)
def t_caddy_json_log():
    ip = any_ip()
    t, sp = fill('{"level":"info","ts":%d.%s,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"⟪i⟫","remote_port":"%d","proto":"HTTP/2.0","method":"POST","host":"api.%s","uri":"/v1/login"},"status":401}'
                 % (R.randint(1760000000, 1790000000), rd(4), R.randint(1025, 65000), pick(COMPANY_DOMAINS)), i=P("ip", ip))
    return mk(t, sp, "caddy_access_json")


@reg("ip", 2)
def t_ssh_auth():
    ip = public_ipv4()
    u = handle()
    t, sp = fill(f"Nov  {R.randint(1, 9)} 0{R.randint(1, 9)}:1{R.randint(0, 9)}:4{R.randint(0, 9)} vps sshd[{R.randint(1000, 99999)}]: Accepted publickey for ⟪u⟫ from ⟪i⟫ port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{rs(43, B64)}",
                 u=("user", u, "sshd_login_user"), i=P("ip", ip))
    return mk(t, sp, "sshd_auth_log")


@reg("ip", 2)
def t_wireguard_peer():
    ip = public_ipv4()
    t, sp = fill(f"[Peer]\nPublicKey = {rs(43, B64)}=\nEndpoint = ⟪i⟫:51820\nAllowedIPs = 10.66.0.0/24\nPersistentKeepalive = 25", i=P("ip", ip))
    return mk(t, sp, "wireguard_conf")


@reg("ip", 2)
def t_stripe_radar_ip():
    ip = any_ip(); e = email()
    t, sp = fill('{"object":"charge","outcome":{"risk_level":"elevated","risk_score":%d},"billing_details":{"email":"⟪e⟫"},"metadata":{"client_ip":"⟪i⟫"}}' % R.randint(60, 90),
                 e=P("email", e), i=P("ip", ip))
    return mk(t, sp, "stripe_charge_json")


@reg("ip", 2)
def t_ssh_command():
    ip = public_ipv4(); u = pick(["root", "ubuntu", "admin", "ec2-user"])
    t, sp = fill(f"ssh -i ~/.ssh/hetzner {u}@⟪i⟫ -p 22 'docker ps'\nConnection timed out - did the firewall change?", i=P("ip", ip))
    return mk(t, sp, "ssh_command")

# ----- user-primary


@reg("user", 2)
def t_claude_projects_path():
    u = handle()
    t, sp = fill(f"ls ~/.claude/projects/\n-Users-⟪u1⟫-code-{rs(6, LOW)}\n\n$ du -sh /Users/⟪u2⟫/.claude/projects\n412M\t/Users/⟪u3⟫/.claude/projects",
                 u1=("user", u, "claude_projects_slug"), u2=("user", u, "macos_home"), u3=("user", u, "macos_home"))
    return mk(t, sp, "claude_projects_ls")


@reg("user", 3)
def t_win_appdata_trace():
    u = pick([handle(), full_name()[0]])
    t, sp = fill(pick(["Traceback (most recent call last):\n  File \"C:\\Users\\⟪u⟫\\AppData\\Local\\Programs\\Python\\Python313\\Lib\\site-packages\\httpx\\_client.py\", line 1014, in send\nhttpx.ConnectTimeout",
                       "Error: Cannot find module 'C:/Users/⟪u⟫/projects/api/node_modules/esbuild/bin/esbuild'",
                       "file:///C:/Users/⟪u⟫/Documents/report.html could not be opened"]), u=("user", u, "windows_home"))
    return mk(t, sp, "windows_path_error")


@reg("user", 2)
def t_etc_passwd():
    u = handle(); g, f, _ = full_name("en")
    t, sp = fill(f"⟪u1⟫:x:1001:1001:⟪n⟫,,,:/home/⟪u2⟫:/bin/bash", u1=("user", u, "etc_passwd_login"), n=("name", f"{g} {f}", "gecos_name"), u2=("user", u, "linux_home"))
    return mk(t, sp, "etc_passwd")


@reg("user", 2)
def t_ssh_config_user():
    u = handle(); ip = public_ipv4()
    t, sp = fill(f"Host homelab\n    HostName ⟪i⟫\n    User ⟪u⟫\n    IdentityFile ~/.ssh/id_ed25519", i=P("ip", ip), u=("user", u, "ssh_config_user"))
    return mk(t, sp, "ssh_config")


@reg("user", 2)
def t_conda_prompt():
    u = handle()
    t, sp = fill(pick(["(base) PS C:\\Users\\⟪u⟫> conda activate torch\n(torch) PS C:\\Users\\⟪w⟫> python -c \"import torch; print(torch.cuda.is_available())\"\nFalse",
                       "/home/⟪u⟫/miniforge3/envs/rag/lib/python3.12/site-packages/torch/cuda/__init__.py:129: UserWarning: CUDA initialization: no NVIDIA driver",
                       "pip install -e . -> Obtaining file:///Users/⟪u⟫/src/evals\n  Installing build dependencies ... done"]), u=("user", u, "conda_home"), w=("user", u, "conda_home"))
    sp_vals = [s for s in sp]
    return mk(t, sp_vals, "python_env_path")


@reg("user", 2)
def t_docker_volume_home():
    u = handle()
    t, sp = fill(f"docker run --rm -v /home/⟪u⟫/models:/models -p 8080:8080 ghcr.io/ggml-org/llama.cpp:server -m /models/qwen2.5-7b-q4.gguf", u=("user", u, "linux_home"))
    return mk(t, sp, "docker_run")

# ----- account_id-primary


@reg("account_id", 2)
def t_aws_sts():
    acct = str(R.randint(100000000000, 999999999999))
    if acct == "123456789012":
        acct = "210987654321"
    u = handle()
    t, sp = fill('{\n    "UserId": "AIDA%s",\n    "Account": "⟪a⟫",\n    "Arn": "arn:aws:iam::⟪b⟫:user/⟪u⟫"\n}' % rs(17, UP + "234567"),
                 a=("account_id", acct, "aws_account"), b=("account_id", acct, "aws_account_arn"), u=("user", u, "iam_user"))
    return mk(t, sp, "aws_sts_identity")


@reg("account_id", 2)
def t_stripe_customer_event():
    cus = "cus_" + rs(14, ALNUM); e = email()
    t, sp = fill('{"id":"evt_%s","type":"customer.subscription.deleted","data":{"object":{"id":"sub_%s","customer":"⟪c⟫","status":"canceled"}}}\ncustomer email on file: ⟪e⟫' % (rs(24, ALNUM), rs(24, ALNUM)),
                 c=("account_id", cus, "stripe_customer"), e=P("email", e))
    return mk(t, sp, "stripe_event")


@reg("account_id", 2)
def t_discord_export():
    uid = str(R.randint(150000000000000000, 1399999999999999999))
    nm = handle()
    t, sp = fill(f'{{"id":"{R.randint(10 ** 18, 2 * 10 ** 18)}","type":"Default","timestamp":"{iso_ts()}","content":"<@⟪m⟫> can you re-run the eval?","author":{{"id":"⟪a⟫","name":"⟪u⟫"}}}}',
                 m=("account_id", uid, "discord_user_mention"), a=("account_id", str(R.randint(150000000000000000, 1399999999999999999)), "discord_user_id"), u=("user", nm, "discord_username"))
    return mk(t, sp, "discord_chat_export_json")


@reg("account_id", 2)
def t_auth_provider_ids():
    v = pick([lambda: ("user_2" + rs(25, ALNUM), "clerk_user_id"), lambda: ("auth0|" + rs(24, HEX), "auth0_user_id"), lambda: ("google-oauth2|" + rd(21), "auth0_google_user_id"),
              lambda: ("00u" + rs(17, ALNUM), "okta_user_id"), lambda: ("gid://shopify/Customer/" + rd(13), "shopify_customer_gid"),
              lambda: ("003" + rs(15, ALNUM), "salesforce_contact_id")])()
    t, sp = fill(pick(["SELECT * FROM sessions WHERE user_id = '⟪v⟫' ORDER BY created_at DESC LIMIT 5;", "webhook payload user: ⟪v⟫ - deleted their account but rows remain",
                       "console.log(session.user.id) // ⟪v⟫"]), v=("account_id", v[0], v[1]))
    return mk(t, sp, "auth_user_id")


@reg("account_id", 2)
def t_known_account():
    if chance(0.5):
        kid = "user-" + rs(24, ALNUM)
        tpl = pick(["My account id from the export is ⟪i⟫ - does support need it?", '"user": {"id": "⟪i⟫", "chatgpt_plus_user": true}', "OpenAI says the org owner is ⟪i⟫, is that me?"])
    else:
        kid = uuid4()
        tpl = pick(['"account": {"uuid": "⟪i⟫"}', "Account ID: ⟪i⟫ (copied from Settings > Account)", "the claude.ai export lists my account as ⟪i⟫"])
    t, sp = fill(tpl,
                 i=("account_id", kid, "known_export_id"))
    return mk(t, sp, "known_account_id", "en", {"names": [], "emails": [], "ids": [kid]})


@reg("account_id", 1)
def t_bank_account_us():
    acct = rd(R.randint(10, 12))
    t, sp = fill(f"Direct deposit form: routing {pick(['021000021', '026009593', '121000248', '011000015'])}, account ⟪a⟫ (checking)", a=("account_id", acct, "us_bank_account"))
    return mk(t, sp, "direct_deposit")

# ----- name-primary


@reg("name", 3)
def t_known_name():
    lang = pick(["en", "de", "fr", "es", "pl", "ru", "el", "he", "ar", "ja", "ko", "zh", "tr", "pt", "uk"])
    g, f, _ = full_name(lang)
    cjk = lang in ("ja", "zh", "ko")
    full = f + g if cjk else f"{g} {f}"
    form = pick(["full", "given", "last_first", "upper", "lower", "initial"])
    if cjk or lang in ("ru", "el", "he", "ar", "uk"):
        form = pick(["full", "given"])
    v = {"full": full, "given": g, "last_first": f"{f}, {g}", "upper": full.upper(), "lower": full.lower(), "initial": f"{g[0]}. {f}"}[form]
    tpl = pick(["Sign the letter as ⟪n⟫ and keep it formal.", "Rewrite my bio in third person: ⟪n⟫ is a data engineer based in Lisbon.",
                "Please add ⟪n⟫ as the contact person on the grant form.", "署名は⟪n⟫でお願いします。" if lang == "ja" else "Signature: ⟪n⟫"])
    t, sp = fill(tpl, n=("name", v, "known_name_" + form))
    return mk(t, sp, "known_name", lang, {"names": [full], "emails": [], "ids": []})


@reg("name", 2)
def t_cv_header():
    g, f, lang = full_name()
    e = email(lang, (g, f), "first.last"); ph = phone_for(lang if lang in LANG_PHONE else "en", "intl")
    t, sp = fill("# ⟪n⟫\n⟪p⟫ · ⟪e⟫ · linkedin.com/in/⟪l⟫\n\n## Experience\n- Senior Backend Engineer, 2022-now\n\nmake this CV one page", n=("name", f"{g} {f}", "cv_heading"),
                 p=P("phone", ph), e=P("email", e), l=("account_id", ascii_fold(g) + "-" + ascii_fold(f) + "-" + rs(4, LOW + DIG), "linkedin_slug"))
    return mk(t, sp, "cv_markdown", lang)

# ---------------------------------------------------------------- hard negatives
NEG = []


def neg(w=1):
    def deco(fn):
        NEG.append((fn, w))
        return fn
    return deco


def luhn_invalid_digits(n):
    while True:
        s = str(R.randint(1, 9)) + rd(n - 1)
        if not luhn_ok(s):
            return s


@neg(3)
def n_versions():
    return pick([f"Linux version 5.15.{R.randint(100, 180)}.1-microsoft-standard-WSL2 (root@{rs(12, HEX)}) #1 SMP",
                 f"Microsoft Windows [Version 10.0.{pick(['22631', '26100', '19045'])}.{R.randint(1000, 6000)}]",
                 f"User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{R.randint(128, 142)}.0.{R.randint(6000, 7400)}.{R.randint(10, 200)} Safari/537.36",
                 f"Upgraded ESP32 firmware {R.randint(1, 4)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(0, 255)} -> {R.randint(4, 6)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(0, 255)}, bootloop since",
                 f"npm warn deprecated inflight@1.0.6; node v{R.randint(20, 24)}.{R.randint(0, 12)}.{R.randint(0, 9)}, npm {R.randint(10, 11)}.{R.randint(0, 9)}.{R.randint(0, 9)}",
                 f"Xcode {R.randint(16, 26)}.{R.randint(0, 4)} (17A{R.randint(300, 400)}), iOS Simulator 26.{R.randint(0, 2)}, build {R.randint(20, 24)}{pick('ABCDEFG')}{R.randint(1000, 9999)}"])


@neg(3)
def n_hashes():
    return pick([f"commit {rs(40, HEX)}\nMerge: {rs(7, HEX)} {rs(7, HEX)}\n\n    chore: bump deps",
                 f"\"integrity\": \"sha512-{rs(86, B64)}==\"",
                 f"Digest: sha256:{rs(64, HEX)}\nStatus: Downloaded newer image for node:22-alpine",
                 f"<script src=\"https://cdn.jsdelivr.net/npm/htmx.org@2.0.4\" integrity=\"sha384-{rs(64, B64)}\" crossorigin=\"anonymous\"></script>",
                 f"{rs(64, HEX)}  dist/app-{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}-linux-amd64.tar.gz",
                 f"git rebase --onto {rs(7, HEX)} {rs(7, HEX)}^ feature/{pick(['retry', 'cache', 'auth-refactor'])}"])


@neg(3)
def n_ids():
    return pick([f"trace_id={rs(32, HEX)} span_id={rs(16, HEX)} service.name=checkout",
                 f"x-request-id: {uuid4()}\nx-amzn-trace-id: Root=1-{rs(8, HEX)}-{rs(24, HEX)}",
                 f"{{\"id\":\"msg_01{rs(22, ALNUM)}\",\"type\":\"message\",\"role\":\"assistant\",\"stop_reason\":\"tool_use\"}}",
                 f"{{\"type\":\"tool_use\",\"id\":\"toolu_01{rs(22, ALNUM)}\",\"name\":\"read_file\"}}",
                 f"request-id: req_011C{rs(20, ALNUM)}", f"\"id\": \"chatcmpl-{rs(29, ALNUM)}\", \"object\": \"chat.completion\"",
                 f"\"id\": \"resp_{rs(48, HEX)}\", \"status\": \"completed\"", f"\"call_id\": \"call_{rs(24, ALNUM)}\"",
                 f"pod/api-{rs(10, LOW + DIG)}-{rs(5, LOW + DIG)} restarted", f"ULID {rs(26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')} sorted before the UUIDv7 {uuid7()}",
                 f"\"file_id\": \"file-{rs(22, ALNUM)}\", \"batch_id\": \"batch_{rs(32, HEX)}\"", f"payment_intent pi_3{rs(23, ALNUM)} succeeded, charge ch_3{rs(23, ALNUM)}"])


@neg(3)
def n_orders_tracking():
    return pick([f"Order #{R.randint(100, 999)}-{rd(7)}-{rd(7)} shipped", f"UPS tracking 1Z{rs(6, UP + DIG)}{rd(10)} - stuck in Louisville since Monday",
                 f"DHL Sendungsnummer JJD{rd(18)}", f"Invoice INV-2026-{rd(5)} due {R.randint(1, 28)} Dec", f"Booking ref {rs(6, UP)}, flight LH{R.randint(100, 2999)} seat {R.randint(1, 40)}{pick('ABCDEF')}",
                 f"Ticket #{R.randint(10000, 999999)} reopened by customer", f"Case {rd(4)}-{rd(4)}-{rd(4)} escalated (Luhn-invalid case id)",
                 f"PO {rd(10)} line 3: qty {R.randint(1, 50)}", f"Claim no. {rs(2, UP)}{rd(9)} acknowledged"])


@neg(3)
def n_dates_numbers():
    return pick([f"cron: '{R.randint(0, 59)} {R.randint(0, 23)} * * 1-5'  # weekdays", f"epoch_ms={R.randint(1760000000000, 1790000000000)} -> which date is this?",
                 f"Total: {R.randint(1, 9)} {R.randint(100, 999)} {R.randint(100, 999)},{rd(2)} € TTC", f"ETA 2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(10, 59)}:00+05:30",
                 f"Bench: p50={R.randint(10, 99)}ms p99={R.randint(100, 999)}ms over {R.randint(10000, 99999)} req", f"Coordinates {R.uniform(-60, 60):.6f}, {R.uniform(-170, 170):.6f}",
                 f"Price went from ${R.randint(1, 9)},{rd(3)}.{rd(2)} to ${R.randint(1, 9)},{rd(3)}.{rd(2)} - {R.randint(2, 30)}% up", f"Dimensions {R.randint(100, 900)} x {R.randint(100, 900)} x {R.randint(10, 90)} mm, {R.randint(1, 30)}.{R.randint(0, 9)} kg",
                 f"ISO week 2026-W{R.randint(1, 52):02d}, sprint {R.randint(100, 300)}", f"Wavelength {R.randint(400, 700)}.{rd(3)} nm at {R.randint(1, 99)}.{rd(2)} °C"])


def isbn13():
    while True:
        b = "978" + rd(9)
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
        v = b + str(c)
        if not luhn_ok(v):
            return v


@neg(2)
def n_catalogue_ids():
    return pick([f"ISBN {isbn13()}", f"ISBN-13: {(lambda v: v[:3] + '-' + v[3] + '-' + v[4:8] + '-' + v[8:12] + '-' + v[12])(isbn13())}", f"ASIN B0{rs(8, UP + DIG)}",
                 f"doi:10.{R.randint(1000, 9999)}/{rs(3, LOW)}.{R.randint(2020, 2026)}.{rd(5)}", f"arXiv:{R.randint(23, 26)}{R.randint(1, 12):02d}.{rd(5)}v{R.randint(1, 3)}",
                 f"PMID: {R.randint(30000000, 41000000)}", f"CAS {R.randint(50, 9999)}-{rd(2)}-{R.randint(0, 9)}", f"SKU {rs(3, UP)}-{rd(4)}-{rs(2, UP)}",
                 f"Serial: {rs(4, UP)}{rd(4)}{rs(4, UP)}", f"EAN {isbn13().replace('978', '40', 1)[:13]}"])


@neg(3)
def n_company_ids():
    return pick([f"USt-IdNr.: DE{rd(9)}", f"TVA intracommunautaire FR{rd(2)}{rd(9)}", f"CNPJ {rd(2)}.{rd(3)}.{rd(3)}/0001-{rd(2)}", f"EIN {rd(2)}-{rd(7)} (company)",
                 f"ABA routing {pick(['021000021', '026009593', '121000248', '011000015', '322271627'])} (Chase/BofA/Wells public routing numbers)",
                 f"BIC {pick(['DEUTDEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'CHASUS33', 'NWBKGB2L', 'UBSWCHZH80A'])}", f"LEI {rs(18, UP + DIG)}{rd(2)}",
                 f"KvK {rd(8)}, vestiging {rd(12)}", f"D-U-N-S {rd(9)}", f"ABN {rd(2)} {rd(3)} {rd(3)} {rd(3)}", f"Companies House no. {rd(8)}",
                 f"UEN {R.randint(2000, 2026)}{rd(5)}{pick(UP)}", f"sort code {R.randint(10, 99)}-{rd(2)}-{rd(2)} (bank branch)"])


@neg(4)
def n_private_ips():
    return pick([f"DB_HOST=10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", f"inet 192.168.{R.randint(0, 255)}.{R.randint(2, 254)}/24 brd 192.168.{R.randint(0, 255)}.255 scope global wlan0",
                 f"listening on 127.0.0.1:{R.randint(3000, 9000)} and [::1]:{R.randint(3000, 9000)}", f"tailscale ip: 100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"link-local 169.254.{R.randint(0, 255)}.{R.randint(1, 254)} assigned, DHCP failed", f"docker0: 172.17.0.1/16, br-{rs(12, HEX)}: 172.{R.randint(18, 31)}.0.1/16",
                 f"resolvers: 8.8.8.8, 1.1.1.1 and 9.9.9.9", f"mDNS 224.0.0.251:5353, SSDP 239.255.255.250:1900", f"example uses 192.0.2.{R.randint(1, 254)} and 2001:db8::{rs(4, HEX)}",
                 f"AllowedIPs = 0.0.0.0/0, ::/0", f"netmask 255.255.255.0, gateway 192.168.1.1", f"fe80::{rs(4, HEX)}:{rs(4, HEX)}:{rs(4, HEX)}:{rs(4, HEX)}%en0",
                 f"OID 1.2.840.113549.1.1.11 (sha256WithRSAEncryption)", f"server 0.0.0.0:{R.randint(3000, 9000)}; upstream 198.51.100.{R.randint(1, 254)}",
                 f"OpenDNS 208.67.222.222 / 208.67.220.220 in the router DNS fields"])


@neg(4)
def n_placeholders():
    return pick(["OPENAI_API_KEY=<your-api-key>", "ANTHROPIC_API_KEY=${{ secrets.ANTHROPIC_API_KEY }}", 'api_key=os.environ["OPENAI_API_KEY"]',
                 "export GITHUB_TOKEN=$(gh auth token)", "op run --env-file=.env.tpl -- npm start  # .env.tpl: STRIPE_KEY=op://Prod/Stripe/secret_key",
                 '"env": { "BRAVE_API_KEY": "${input:brave_key}" }', "password: {{ .Values.db.password | quote }}", "DATABASE_URL=postgres://user:password@localhost:5432/mydb",
                 "sk-proj-...XXXX (redacted)", "Authorization: Bearer <token>", "AWS_SECRET_ACCESS_KEY=****************", "TOKEN=[REDACTED]",
                 'const key = process.env.GEMINI_API_KEY ?? "";', "ssh user@your-server-ip", "mongodb+srv://<username>:<password>@cluster0.mongodb.net/",
                 "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Card: **** **** **** " + rd(4), "SSN: XXX-XX-" + rd(4), "Phone: +49 151 ****" + rd(4),
                 "IBAN: DE** **** **** **** **" + rd(2) + " " + rd(2), "sk-ant-api03-…" + rs(4, ALNUM) + " (last 4 shown in console)",
                 "vault kv get -field=token secret/ci/github", "$env:OPENAI_API_KEY = Read-Host -AsSecureString"])


@neg(4)
def n_examples():
    return pick([f"{pick(['jane.doe', 'john', 'alice', 'bob', 'you', 'admin', 'test'])}@{pick(['example.com', 'example.org', 'example.net', 'test.example', 'mail.invalid', 'localhost'])}",
                 "Use 4242 4242 4242 4242 with any future date and any CVC", "Stripe test cards: 4000 0566 5566 5556 (debit), 5555 5555 5555 4444 (MC)",
                 "AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                 f"Call 202-555-01{R.randint(0, 99):02d} in the demo script",
                 f"UK drama number 07700 900{rd(3)}", f"Test IBAN DE89 3704 0044 0532 0130 00 from the docs", "4111 1111 1111 1111 is the classic test Visa",
                 f"Australian fictional 0491 570 {R.randint(110, 159)}", "tok_visa / pm_card_visa in test mode", "378282246310005 (Amex test)",
                 "ssh-keygen -t ed25519 -C \"your_email@example.com\"", "SSN 123-45-6789 appears in every tutorial"])


@neg(3)
def n_public_keys():
    return pick([f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, B64)} deploy@ci", f"age1{rs(58, '023456789acdefghjklmnpqrstuvwxyz')}",
                 f"PublicKey = {rs(43, B64)}=", f"-----BEGIN CERTIFICATE-----\nMIID{rs(60, B64)}\n{rs(64, B64)}\n-----END CERTIFICATE-----",
                 f"-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{rs(28, B64)}\n{rs(24, B64)}==\n-----END PUBLIC KEY-----",
                 f"NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51{rs(22, B62)}{rs(73, B62)}", f"SUPABASE_PUBLISHABLE_KEY=sb_publishable_{rs(22, B64URL)}_{rs(8, B64URL)}",
                 f"LANGFUSE_PUBLIC_KEY=pk-lf-{uuid4()}", f"GOOGLE_CLIENT_ID={R.randint(10 ** 11, 10 ** 12)}-{rs(32, LOW + DIG)}.apps.googleusercontent.com",
                 f"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ{rs(59, B64)}\n={rs(4, B64)}\n-----END PGP PUBLIC KEY BLOCK-----"])


@neg(3)
def n_system_paths():
    return pick([f"/home/runner/work/{rs(6, LOW)}/{rs(6, LOW)}/node_modules/.bin/vitest", f"/home/ubuntu/.cache/pip/wheels/{rs(2, HEX)}", "/root/.cargo/bin/cargo build --release",
                 f"C:\\Users\\Public\\Documents\\setup.log", f"/home/node/app/dist/index.js:{R.randint(1, 400)}", f"/home/vscode/.vscode-server/bin/{rs(40, HEX)}/node",
                 "C:\\Users\\runneradmin\\AppData\\Local\\Temp\\", "/Users/Shared/Epic Games/", "%USERPROFILE%\\.aws\\credentials", "$HOME/.config/gh/hosts.yml",
                 f"/home/circleci/project/.venv/bin/pytest", "/home/linuxbrew/.linuxbrew/bin/brew", "C:\\Users\\Default\\NTUSER.DAT", f"/home/codespace/.local/share/{rs(5, LOW)}",
                 "C:\\Users\\ContainerAdministrator\\AppData\\Local\\NuGet", "/var/lib/postgresql/17/main/postgresql.auto.conf", "/home/coder/workspace/.git/config"])


@neg(2)
def n_base64_blobs():
    return pick([f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{rs(120, B64)}==", f"\"encrypted_content\": \"gAAAAAB{rs(140, B64URL)}\"",
                 f"font-src url(data:font/woff2;base64,d09GMgABAAAAA{rs(90, B64)})", f"sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpb{rs(80, B64)}"])


@neg(2)
def n_public_figures():
    return pick(["Dijkstra's algorithm vs A* for grid maps?", "Explain Ada Lovelace's note G like I'm 12", "Is the Turing test still meaningful in 2026?",
                 "Summarise Linus Torvalds' 2005 email about git's design", "What did Grace Hopper mean by 'it's easier to ask forgiveness'?",
                 "Compare Knuth's TAOCP vol 4B with Sedgewick", "Tim Berners-Lee proposed the web in March 1989 - give me a timeline"])


@neg(2)
def n_service_addresses():
    return pick(["Co-Authored-By: Claude <noreply@anthropic.com>", "git clone git@github.com:" + rs(6, LOW) + "/" + rs(8, LOW) + ".git",
                 "git@gitlab.com: Permission denied (publickey).", "Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>",
                 "From: GitHub <noreply@github.com>\nSubject: [org/repo] Run failed: CI - main", "Signed-off-by: dependabot[bot] <support@github.com>"])


@neg(2)
def n_numbers_lookalike():
    cands = [f"Error 0x{rs(8, '0123456789ABCDEF')}", f"HRESULT 0x8007{rs(4, '0123456789ABCDEF')}", f"ZIP {R.randint(10000, 99999)}-{rd(4)}",
             f"Postleitzahl {R.randint(10000, 99999)}, Hausnummer {R.randint(1, 200)}", f"RGB #{rs(6, HEX)} / #{rs(6, HEX)}", f"port range {R.randint(1024, 5000)}-{R.randint(5001, 65535)}",
             f"chmod 0{R.randint(600, 777)}", f"MAC aa:bb:cc:{rs(2, HEX)}:{rs(2, HEX)}:{rs(2, HEX)} (locally administered placeholder)",
             f"2^64 = 18446744073709551616", f"resolution {R.randint(1000, 4000)}x{R.randint(700, 3000)} @ {R.randint(60, 240)}Hz",
             f"build {R.randint(2026, 2026)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}.{R.randint(1, 9)}", f"TOTP code {rd(6)} expired"]
    return pick(cands)


@neg(3)
def n_luhn_invalid_long():
    n = pick([13, 14, 15, 16, 16, 19])
    v = luhn_invalid_digits(n)
    sep = pick([" ", "-", ""])
    g = group(v, [4] * 5, sep) if sep else v
    return pick([f"Shipment reference {g} created", f"Gift card serial {g} (no PIN)", f"Meter reading ID {g}", f"Tx hash prefix {g} in block explorer",
                 f"Batch {g} ingested {R.randint(10, 999)} rows"])


@neg(3)
def n_code_misc():
    return pick([f"for i in range({R.randint(10, 1000)}):\n    hash_val = (hash_val * 31 + i) % {pick(['1000000007', '998244353', '2147483647'])}",
                 "const PHONE_RE = /^\\+?[1-9]\\d{1,14}$/;  // E.164 validator", "EMAIL_REGEX = r\"[^@\\s]+@[^@\\s]+\\.[^@\\s]+\"",
                 "def luhn(num: str) -> bool:\n    digits = [int(d) for d in num][::-1]", f"SELECT count(*) FROM users WHERE created_at > now() - interval '{R.randint(1, 30)} days';",
                 "password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))", "if (!apiKey) throw new Error('Missing API key');",
                 "kubectl create secret generic app --from-env-file=.env --dry-run=client -o yaml", "# TODO: rotate secrets quarterly", "pip install python-dotenv phonenumbers"])


@neg(2)
def n_agent_meta():
    return pick([f"{{\"type\":\"session_meta\",\"payload\":{{\"id\":\"{uuid7()}\",\"cwd\":\"/workspace/app\",\"cli_version\":\"0.{R.randint(40, 160)}.0\",\"model_provider\":\"openai\"}}}}",
                 f"{{\"type\":\"summary\",\"summary\":\"Refactor retry logic\",\"leafUuid\":\"{uuid4()}\"}}", f"{{\"usage\":{{\"input_tokens\":{R.randint(100, 90000)},\"cache_read_input_tokens\":{R.randint(0, 90000)},\"output_tokens\":{R.randint(10, 4000)}}}}}",
                 f"turn.completed input_tokens={R.randint(100, 9000)} cached_input_tokens={R.randint(0, 9000)} output_tokens={R.randint(10, 900)}",
                 f"[tool] Read(file_path=\"/workspace/app/src/{rs(6, LOW)}.ts\", offset={R.randint(1, 500)}, limit=200)"])


NEG_CHAT = ["Can you explain what a Luhn check is and why 16-digit numbers fail it?", "Wie formatiere ich Telefonnummern nach E.164 in Python?",
            "¿Cuál es la diferencia entre un NIE y un DNI?", "Comment générer un UUID v7 en TypeScript ?", "IBAN nasıl doğrulanır, mod 97 nedir?",
            "Jak nazwać zmienną przechowującą numer PESEL w kodzie?", "パスワードのハッシュ化にはbcryptとargon2どちらが良い？", "用正则校验手机号要注意什么？",
            "API 키를 .env에 두는 게 안전한가요?", "Какой формат у ИНН физлица?", "Hoe werkt de elfproef voor een BSN?", "Qual a diferença entre CPF e CNPJ?",
            "Mikä on henkilötunnuksen tarkistusmerkki?", "Wat is het verschil tussen een API-sleutel en een OAuth-token?", "Πώς ελέγχω αν ένας ΑΜΚΑ είναι έγκυρος;",
            "Care e formatul CNP-ului?", "Jak funguje kontrolní číslice rodného čísla?", "مفتاح API الخاص بي تسرّب، ماذا أفعل؟", "איך מאמתים מספר תעודת זהות?",
            "API key को environment variable में कैसे रखें?", "Làm sao để ẩn số thẻ trong log?", "Bagaimana cara menyimpan password dengan aman?"]


@neg(3)
def n_meta_chat():
    return pick(NEG_CHAT)


NEG_LANG = {}


def neg_line():
    parts = []
    k = 2 if chance(0.3) else 1
    names = []
    for _ in range(k):
        fn = R.choices([n[0] for n in NEG], weights=[n[1] for n in NEG])[0]
        parts.append(fn()); names.append(fn.__name__[2:])
    text = "\n".join(parts)
    lang = "en"
    for p in parts:
        if p in NEG_CHAT:
            lang = {0: "en", 1: "de", 2: "es", 3: "fr", 4: "tr", 5: "pl", 6: "ja", 7: "zh", 8: "ko", 9: "ru", 10: "nl", 11: "pt", 12: "fi", 13: "nl", 14: "el",
                    15: "ro", 16: "cs", 17: "ar", 18: "he", 19: "hi", 20: "vi", 21: "id"}[NEG_CHAT.index(p)]
    return mk(text, [], "neg_" + "+".join(names), lang)

# ---------------------------------------------------------------- assembly

TARGETS = {"email": 320, "phone": 320, "card": 280, "api_key": 400, "secret": 280, "gov_id": 250, "ip": 60, "user": 60, "account_id": 60, "name": 60}
N_NEG = 600
WRAP_P = 0.22

for _k, _w in (("phone", 14), ("email", 12), ("card", 10), ("secret", 12), ("gov", 12), ("api_key", 5)):
    TPL.setdefault("gov_id" if _k == "gov" else _k, []).append((t_chat(_k), _w))

TEST_VALUES_OK = {"4242424242424242", "4000056655665556", "5555555555554444", "4111111111111111", "378282246310005"}
EMAIL_RE = None


def neg_ok(line):
    import re
    t = line["text"]
    for m in re.finditer(r"\d(?:[ \-]?\d){12,18}", t):
        d = re.sub(r"\D", "", m.group())
        for n in range(13, 20):
            for i in range(0, len(d) - n + 1):
                if luhn_ok(d[i:i + n]) and d[i:i + n] not in TEST_VALUES_OK and "Luhn" not in t and "test" not in t.lower():
                    return False
    for m in re.finditer(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", t):
        dom = m.group(1).lower()
        if not (dom.startswith("example.") or dom.endswith(".example") or dom.endswith(".invalid") or dom in ("anthropic.com", "github.com", "gitlab.com")):
            return False
    return True


def build():
    R.seed(SEED)
    counts = {k: 0 for k in TARGETS}
    pos = []
    forced = [fn for fn, n in ((t_known_name, 45), (t_cv_header, 12), (t_known_email, 15), (t_known_account, 12)) for _ in range(n)]
    while forced or any(counts[k] < TARGETS[k] for k in TARGETS):
        if forced:
            fn = forced.pop(0)
        else:
            k = max(TARGETS, key=lambda x: (TARGETS[x] - counts[x]) / TARGETS[x])
            fns = TPL[k]
            fn = R.choices([f[0] for f in fns], weights=[f[1] for f in fns])[0]
        for _ in range(200):
            line = fn()
            for s in line["spans"]:
                s["_raw"] = s["value"]
            if chance(WRAP_P):
                wrap(line)
            if valid_line(line):
                break
        else:
            raise RuntimeError("could not draw a valid line from " + fn.__name__)
        pos.append(line)
        for s in line["spans"]:
            counts[s["kind"]] += 1
    negs = []
    while len(negs) < N_NEG:
        line = neg_line()
        if chance(0.15):
            wrap(line)
        if neg_ok(line):
            negs.append(line)
    allx = pos + negs
    R.shuffle(allx)
    return allx


def dump(lines):
    out = []
    for l in lines:
        o = {"text": l["text"], "spans": [{"kind": s["kind"], "value": s["value"], "shape": s["shape"]} for s in l["spans"]],
             "genre": l["genre"], "lang": l["lang"], "known": l["known"]}
        out.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(out) + "\n"


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout4.jsonl")


def summary(lines):
    from collections import Counter
    kinds, shapes, genres, langs = Counter(), Counter(), Counter(), Counter()
    pos = [l for l in lines if l["spans"]]
    multi = sum(1 for l in pos if len({s["kind"] for s in l["spans"]}) > 1)
    wrapped = sum(1 for l in lines if "@" in l["genre"])
    for l in lines:
        langs[l["lang"]] += 1
        genres[l["genre"].split("@")[0]] += 1
        for s in l["spans"]:
            kinds[s["kind"]] += 1; shapes[(s["kind"], s["shape"])] += 1
    print(f"{len(lines)} lines: {len(pos)} with spans ({sum(kinds.values())} spans, {multi} with more than one kind), {len(lines) - len(pos)} hard negatives; {wrapped} wrapped")
    print("spans per kind:", ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print("distinct shapes per kind:", ", ".join(f"{k} {len([1 for (kk, _) in shapes if kk == k])}" for k in sorted(kinds)))
    print("languages:", len(langs), dict(sorted(langs.items(), key=lambda x: -x[1])))
    print("genres (before wrapping):", len({g for g in genres if not g.startswith('neg_')}), "positive,", len({g for g in genres if g.startswith('neg_')}), "negative combos")


def check(lines):
    """Validates every labelled value with python-stdnum and phonenumbers (pip install python-stdnum phonenumbers)."""
    import ipaddress, importlib, unicodedata
    import phonenumbers
    from stdnum import iban as siban
    mods = {"us_ssn": "us.ssn", "uk_nino": None, "uk_nhs": "gb.nhs", "de_idnr": "de.idnr", "fr_nir": "fr.nir", "es_dni": "es.dni", "es_nie": "es.nie",
            "it_cf": "it.codicefiscale", "nl_bsn": "nl.bsn", "be_nn": "be.nn", "pl_pesel": "pl.pesel", "se_pnr": "se.personnummer", "no_fnr": "no.fodselsnummer",
            "fi_hetu": "fi.hetu", "dk_cpr": "dk.cpr", "pt_nif": "pt.nif", "br_cpf": "br.cpf", "ar_cuil": "ar.cuit", "mx_curp": "mx.curp", "cl_rut": "cl.rut",
            "ca_sin": "ca.sin", "au_tfn": "au.tfn", "in_aadhaar": "in_.aadhaar", "in_pan": "in_.pan", "cn_ric": "cn.ric", "jp_mynumber": "jp.in_",
            "kr_rrn": "kr.rrn", "za_id": "za.idnr", "il_tz": "il.idnr", "tr_tckn": "tr.tckimlik", "gr_amka": "gr.amka", "ro_cnp": "ro.cnp", "cz_rc": "cz.rc",
            "ua_rntrc": "ua.rntrc", "ru_inn": "ru.inn", "my_nric": "my.nric", "ie_pps": "ie.pps", "th_pin": "th.pin", "sg_nric": None, "tw_id": None}
    bad, n = [], {}
    for l in lines:
        for s in l["spans"]:
            v, sh, k = s["_raw"], s["shape"], s["kind"]
            if k == "card":
                d = "".join(str(unicodedata.digit(c)) for c in v.replace("%20", "") if unicodedata.category(c) == "Nd")
                ok = luhn_ok(d) and 13 <= len(d) <= 19 and d not in TEST_CARDS
                n["luhn"] = n.get("luhn", 0) + 1
            elif k == "phone":
                iso = sh.split("_")[0].upper()
                p = v
                if "ccdigits" in sh:
                    p = "+" + v
                elif sh.endswith("_00") or "_00_" in sh:
                    p = "+" + v.strip()[2:]
                num = phonenumbers.parse(p, iso)
                ok = phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == iso
                n["phone"] = n.get("phone", 0) + 1
            elif k == "gov_id":
                if sh.startswith("iban_"):
                    ok = siban.is_valid(v)
                else:
                    key = next((m for m in mods if sh.startswith(m)), None)
                    if key is None:
                        raise RuntimeError(sh)
                    vv = v.replace(" ", "") if key == "us_ssn" else v
                    if key == "uk_nino":
                        c = v.replace(" ", "")
                        ok = len(c) == 9 and c[0] not in "DFIQUV" and c[1] not in "DFIOQUV" and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and c[2:8].isdigit() and c[8] in "ABCD"
                    elif key == "sg_nric":
                        s_ = sum(int(c) * w for c, w in zip(v[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if v[0] == "T" else 0)
                        ok = v[8] == "JZIHGFEDCBA"[s_ % 11]
                    elif key == "tw_id":
                        code = TW_L[v[0]]
                        s_ = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(v[1:], [8, 7, 6, 5, 4, 3, 2, 1, 1]))
                        ok = s_ % 10 == 0
                    else:
                        ok = importlib.import_module("stdnum." + mods[key]).is_valid(vv)
                n["gov_id"] = n.get("gov_id", 0) + 1
            elif k == "ip":
                ok = ipaddress.ip_address(v).is_global and v not in ("8.8.8.8", "1.1.1.1", "9.9.9.9")
                n["ip"] = n.get("ip", 0) + 1
            else:
                continue
            if not ok:
                bad.append((k, sh, v))
    print("validated:", n)
    for b in bad:
        print("INVALID", b)
    return not bad


if __name__ == "__main__":
    lines = build()
    text = dump(lines)
    if "--check" in sys.argv:
        same = open(OUT, encoding="utf-8").read() == text
        print("holdout4.jsonl is identical to a fresh generation" if same else "holdout4.jsonl DIFFERS from a fresh generation")
        summary(lines)
        ok = check(lines)
        sys.exit(0 if same and ok else 1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    summary(lines)
