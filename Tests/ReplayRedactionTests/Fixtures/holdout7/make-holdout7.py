#!/usr/bin/env python3
"""make-holdout7.py: generate holdout7.jsonl, a seventh independent held-out set for ReplayRedaction.

Standard library only, fixed seed, deterministic under any PYTHONHASHSEED.

    python3 make-holdout7.py            # rewrite holdout7.jsonl
    python3 make-holdout7.py --check    # regenerate in memory, compare with the file, validate every value
                                        # (uses python-stdnum and phonenumbers when they are installed)

Only the four measured kinds are labelled: email, phone, card, api_key.
"""
import base64
import json
import os
import random
import re
import sys
import zlib

SEED = 20261223
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout7.jsonl")

R = random.Random(SEED)  # re-seeded in build()

DIG = "0123456789"
HEX = "0123456789abcdef"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UPPER + LOWER + DIG
LOWALNUM = LOWER + DIG
UPALNUM = UPPER + DIG
B64U = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = UPPER + "234567"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = ALNUM_B62[r] + s
    return s.rjust(width, "0")


ALNUM_B62 = DIG + UPPER + LOWER


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


# ----------------------------------------------------------------------------------------------------------
# Phones. The prefixes below were chosen once with libphonenumber 9.0.43 (outside this generator): for every
# prefix, random completions in every listed format are valid and attributed to the region. '#' in a template
# takes the next digit of the national significant number; everything else is literal.
# ----------------------------------------------------------------------------------------------------------
PHONES = {
    'AE': ('971', [(['50', '52', '54', '55', '56', '58'], ['0## ### ####'], ['+971 ## ### ####'])]),
    'AR': ('54', [(['9110', '9111', '9112', '9113', '9114', '9115', '9116', '9117', '9118'], [], ['+54 # ## ####-####', '+54 ###########'])]),
    'AT': ('43', [(['664', '660', '676', '699', '650'], ['0### #######', '0###/#######', '0### ### ####'], ['+43 ### #######', '+43 (0)### #######'])]),
    'AU': ('61', [(['40', '41', '43', '440', '447', '448', '450', '451', '454', '455', '457', '458', '46', '470', '473', '474', '476', '477', '480', '481', '484', '485', '487', '488'], ['0### ### ###'], ['+61 ### ### ###', '+61 (0)### ### ###']), (['29', '38'], ['(0#) #### ####', '0# #### ####'], ['+61 # #### ####'])]),
    'BD': ('880', [(['17', '18', '19', '15', '16', '13'], ['0####-######', '0##########'], ['+880 ####-######', '+880 ## #### ####'])]),
    'BE': ('32', [(['470', '471', '472', '473', '474', '475', '476', '477', '478', '479', '484', '485', '487', '488', '489', '490', '491', '492', '493', '494', '495', '496', '497', '498'], ['0### ## ## ##', '0###/##.##.##'], ['+32 ### ## ## ##'])]),
    'BR': ('55', [(['119', '219', '319', '419', '519', '619', '719', '819', '859', '489', '199'], ['(##) #####-####', '(##) # ####-####'], ['+55 ## #####-####', '+55 (##) #####-####', '+55 ## # ####-####'])]),
    'CA': ('1', [(['4162', '4164', '4167', '6472', '6476', '6478', '6043', '6046', '7782', '7784', '7787', '5142', '5146', '5148', '4383', '4386', '4032', '4034', '4037', '6132', '6136', '6138', '9053', '9056'], ['(###) ###-####', '###-###-####', '###.###.####', '1-###-###-####', '### ### ####'], ['+1 ###-###-####', '+1 (###) ###-####', '+1 ### ### ####', '+1.###.###.####'])]),
    'CH': ('41', [(['75', '76', '77', '78', '79'], ['0## ### ## ##'], ['+41 ## ### ## ##', '+41 (0)## ### ## ##'])]),
    'CL': ('56', [(['92', '93', '94', '95', '96', '98', '99'], ['# #### ####'], ['+56 # #### ####'])]),
    'CN': ('86', [(['130', '131', '132', '133', '135', '136', '138', '139', '150', '151', '152', '155', '157', '158', '159', '176', '177', '180', '182', '186', '187', '188', '189', '191'], ['### #### ####', '###-####-####', '###########'], ['+86 ### #### ####', '+86 ###########', '+86-###-####-####'])]),
    'CO': ('57', [(['300', '301', '310', '311', '312', '313', '315', '316', '317', '318', '320', '321', '350'], ['### #######', '### ### ####'], ['+57 ### #######', '+57 ### ### ####'])]),
    'CZ': ('420', [(['601', '602', '603', '605', '606', '608', '702', '720', '722', '723', '725', '728', '731', '732', '733', '736', '737', '770', '773', '774', '776', '777', '790', '797'], ['### ### ###'], ['+420 ### ### ###'])]),
    'DE': ('49', [(['151', '152', '157', '159', '162', '163', '172', '173', '174', '176', '177', '178', '179'], ['0### ########', '0###-########', '0###/########', '0### #### ####'], ['+49 ### ########', '+49 (0)### ########', '+49 ### #### ####']), (['30', '89', '40'], ['0## ########', '0##/########', '0## #### ####'], ['+49 ## ########', '+49 (0)## #### ####'])]),
    'DK': ('45', [(['201', '209', '218', '228', '237', '246', '256', '292', '302', '311', '319', '409', '418', '427', '507', '516', '526', '535', '604', '614', '713', '812', '912', '931'], ['## ## ## ##', '########'], ['+45 ## ## ## ##', '+45 ########'])]),
    'EG': ('20', [(['10', '11', '12', '15'], ['0### ### ####', '0##########'], ['+20 ### ### ####'])]),
    'ES': ('34', [(['6', '71', '72', '73', '74'], ['### ### ###', '### ## ## ##'], ['+34 ### ### ###', '+34 ### ## ## ##'])]),
    'FI': ('358', [(['40', '41', '44', '45', '50'], ['0## ### ####', '0##-### ####'], ['+358 ## ### ####', '+358 ## #######'])]),
    'FR': ('33', [(['60', '61', '62', '64', '65', '66', '67', '68', '73', '74', '75', '76', '77', '78', '79'], ['0# ## ## ## ##', '0#.##.##.##.##', '0#########', '0#-##-##-##-##'], ['+33 # ## ## ## ##', '+33 (0)# ## ## ## ##', '+33 #########']), (['1'], ['0# ## ## ## ##'], ['+33 # ## ## ## ##'])]),
    'GB': ('44', [(['74', '751', '752', '753', '754', '755', '756', '757', '758', '759', '77', '780', '781', '784', '785', '786', '787', '788', '789', '79'], ['0#### ######', '0#### ### ###'], ['+44 #### ######', '+44 (0)#### ######', '+44 #### ### ###']), (['203', '208'], ['0## #### ####'], ['+44 ## #### ####', '+44 (0)## #### ####'])]),
    'GR': ('30', [(['690', '693', '694', '695', '697', '698', '699'], ['### ### ####', '##########'], ['+30 ### ### ####'])]),
    'HK': ('852', [(['510', '517', '523', '530', '537', '543', '550', '557', '563', '61', '625', '65', '665', '672', '679', '685', '902', '908', '915', '930', '936', '952', '958', '983'], ['#### ####'], ['+852 #### ####', '+852-####-####'])]),
    'HU': ('36', [(['20', '30', '70'], ['06 ## ### ####', '06-##-###-####', '06/##/###-####'], ['+36 ## ### ####', '+36-##-###-####'])]),
    'ID': ('62', [(['812', '813', '821', '822', '852', '853', '811', '857', '856', '878', '896', '895', '838', '831'], ['0###-####-####', '0### #### ####'], ['+62 ###-####-####', '+62 ### #### ####'])]),
    'IE': ('353', [(['83', '85', '86', '87', '89'], ['0## ### ####'], ['+353 ## ### ####', '+353 (0)## ### ####'])]),
    'IL': ('972', [(['500', '502', '503', '505', '506', '507', '509', '520', '523', '524', '525', '527', '528', '529', '542', '543', '545', '546', '547', '549', '552', '583', '585', '586'], ['0##-###-####', '0##-#######'], ['+972 ##-###-####', '+972 ## ### ####'])]),
    'IN': ('91', [(['98', '97', '99', '96', '95', '94', '93', '91', '90', '88', '87', '89', '70', '63'], ['##### #####', '0##### #####', '##########'], ['+91 ##### #####', '+91-##########', '+91 ### ### ####'])]),
    'IT': ('39', [(['320', '328', '329', '333', '334', '335', '338', '339', '340', '345', '347', '348', '349', '351', '366', '380', '388', '392', '393'], ['### ### ####', '### #######', '###-#######'], ['+39 ### ### ####', '+39 ### #######'])]),
    'JP': ('81', [(['901', '902', '903', '904', '905', '906', '907', '908', '909', '80', '701', '702', '703', '704', '705', '706', '707', '708', '709'], ['0##-####-####', '0##########'], ['+81 ##-####-####', '+81 ## #### ####'])]),
    'KE': ('254', [(['70', '71', '72', '74', '79', '11'], ['0### ######', '0###-######'], ['+254 ### ######', '+254 ### ### ###'])]),
    'KR': ('82', [(['10'], ['0##-####-####', '0## #### ####'], ['+82 ##-####-####', '+82 ## #### ####'])]),
    'MX': ('52', [(['55', '33', '81'], ['## #### ####', '(##) ####-####'], ['+52 ## #### ####', '+52 (##) ####-####'])]),
    'MY': ('60', [(['12', '131', '132', '133', '134', '135', '136', '137', '138', '139', '16', '171', '172', '173', '174', '175', '176', '177', '178', '179', '19'], ['0##-### ####', '0##-#######'], ['+60 ##-### ####', '+60 ## ### ####'])]),
    'NG': ('234', [(['803', '806', '813', '816', '703', '706', '903', '805', '807', '802', '808', '810', '812'], ['0### ### ####'], ['+234 ### ### ####'])]),
    'NL': ('31', [(['61', '62', '63', '64', '65', '68'], ['0# ########', '0#-########', '0# ## ## ## ##'], ['+31 # ########', '+31 (0)# ########', '+31 # ## ## ## ##'])]),
    'NO': ('47', [(['40', '41', '45', '46', '47', '48', '9'], ['### ## ###', '## ## ## ##'], ['+47 ### ## ###', '+47 ## ## ## ##'])]),
    'NZ': ('64', [(['21', '22', '27'], ['0## ### ####'], ['+64 ## ### ####'])]),
    'PE': ('51', [(['9'], ['### ### ###'], ['+51 ### ### ###'])]),
    'PH': ('63', [(['917', '918', '919', '920', '921', '927', '928', '945', '955', '966', '977', '995', '998'], ['0### ### ####', '0###-###-####'], ['+63 ### ### ####'])]),
    'PK': ('92', [(['300', '301', '302', '303', '311', '312', '321', '333', '345'], ['0###-#######', '0### #######'], ['+92 ### #######', '+92-###-#######'])]),
    'PL': ('48', [(['50', '51', '53', '57', '60', '66', '69', '72', '78', '79', '88'], ['### ### ###', '###-###-###'], ['+48 ### ### ###', '+48 ###-###-###'])]),
    'PT': ('351', [(['91', '92', '93', '96'], ['### ### ###'], ['+351 ### ### ###'])]),
    'RO': ('40', [(['72', '73', '74', '75', '76', '77', '780', '783', '784', '785', '786', '787', '788'], ['0### ### ###', '0###.###.###'], ['+40 ### ### ###'])]),
    'RU': ('7', [(['903', '905', '906', '909', '915', '916', '917', '919', '925', '926', '929', '961', '962', '965', '977', '985', '999'], ['8 (###) ###-##-##', '8 ### ###-##-##', '8##########'], ['+7 ### ###-##-##', '+7 (###) ###-##-##', '+7 ### ### ## ##'])]),
    'SA': ('966', [(['50', '53', '54', '55', '56', '59'], ['0## ### ####'], ['+966 ## ### ####'])]),
    'SE': ('46', [(['70', '72', '73', '76', '79'], ['0##-### ## ##', '0## ### ## ##', '0##-#######'], ['+46 ## ### ## ##', '+46 (0)## ### ## ##'])]),
    'SG': ('65', [(['81', '82', '83', '84', '85', '86', '87', '88', '90', '91', '92', '93', '94', '96', '97', '98'], ['#### ####', '########'], ['+65 #### ####', '+65 ########'])]),
    'TH': ('66', [(['81', '82', '83', '84', '85', '86', '87', '88', '89', '61', '62', '63', '64', '65', '91', '92', '93', '94', '95', '96', '97', '98', '99'], ['0##-###-####', '0## ### ####'], ['+66 ## ### ####'])]),
    'TR': ('90', [(['530', '531', '532', '533', '535', '536', '537', '538', '539', '541', '542', '543', '544', '545', '546', '549', '551', '552', '553', '554', '555', '505', '506', '507'], ['0### ### ## ##', '0 (###) ### ## ##'], ['+90 ### ### ## ##', '+90 (###) ### ## ##'])]),
    'TW': ('886', [(['91', '92', '93', '95', '96', '97', '98'], ['0###-###-###', '0### ### ###'], ['+886 ### ### ###', '+886-###-###-###'])]),
    'UA': ('380', [(['50', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'], ['0## ### ## ##', '(0##) ###-##-##'], ['+380 ## ### ## ##', '+380 (##) ###-##-##'])]),
    'US': ('1', [(['4152', '4158', '2127', '3126', '6174', '2063', '5122', '5128', '3037', '4046', '7024', '5033', '6462', '6468', '7187', '2136', '3104', '4693', '7372', '7378', '3057', '6176', '7204', '9193'], ['(###) ###-####', '###-###-####', '###.###.####', '1-###-###-####', '### ### ####'], ['+1 ###-###-####', '+1 (###) ###-####', '+1 ### ### ####', '+1.###.###.####'])]),
    'VN': ('84', [(['90', '91', '93', '94', '97', '98', '32', '34', '35', '36', '37', '39', '70', '76', '78', '79', '81', '82', '84', '85', '86', '896', '897', '898'], ['0### ### ###', '0#########'], ['+84 ### ### ###', '+84 ## ### ## ##'])]),
    'ZA': ('27', [(['82', '83', '84', '72', '73', '76', '79', '81', '61', '71'], ['0## ### ####'], ['+27 ## ### ####'])]),
}

AU_DRAMA = ("491570", "491571", "491572", "491573", "491574", "491575", "491576", "491577", "491578", "491579")


def fill_tpl(t, nsn):
    it = iter(nsn)
    return "".join(next(it) if c == "#" else c for c in t)


def phone(region, style=None):
    """Return (value, shape, region, nsn). style: nat, intl, e164, 00, digits, nat_compact, intl_dash."""
    cc, entries = PHONES[region]
    prefixes, nat, intl = pick(entries)
    n = intl[0].count("#")
    while True:
        p = pick(prefixes)
        nsn = p + rs(DIG, n - len(p))
        if region == "AU" and nsn.startswith(AU_DRAMA):
            continue
        if region in ("US", "CA") and nsn[3:6] == "555":
            continue
        if region == "GB" and nsn.startswith("207946"):
            continue
        break
    if style is None:
        style = pick(["nat", "nat", "intl", "intl", "intl", "e164", "00", "nat_compact", "intl_dash"])
    if style.startswith("nat") and not nat:
        style = "intl"
    if style == "nat":
        t = pick(nat)
        v = fill_tpl(t, nsn)
    elif style == "nat_compact":
        v = re.sub(r"[^0-9]", "", fill_tpl(nat[0], nsn))
        if region in ("US", "CA"):
            v = nsn
    elif style == "intl":
        v = fill_tpl(pick(intl), nsn)
    elif style == "intl_dash":
        groups = re.findall(r"#+", intl[0].split(" ", 1)[1] if " " in intl[0] else intl[0][len(cc) + 1:])
        out, i = [], 0
        for g in groups:
            out.append(nsn[i:i + len(g)])
            i += len(g)
        if i < len(nsn):
            out.append(nsn[i:])
        v = "+" + cc + "-" + "-".join(out)
    elif style == "e164":
        v = "+" + cc + nsn
    elif style == "00":
        t = pick([t for t in intl if "(0)" not in t and t.startswith("+" + cc + " ")] or [intl[0]])
        v = "00" + fill_tpl(t, nsn)[1:]
    elif style == "digits":
        v = cc + nsn
    else:
        raise ValueError(style)
    return v, "%s_%s" % (region, style), region, nsn


LANG_REGIONS = {
    "en": ["US", "US", "GB", "GB", "CA", "AU", "NZ", "IE", "IN", "NG", "KE", "ZA", "SG", "PH"],
    "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"], "es": ["ES", "MX", "CO", "AR", "CL", "PE"],
    "it": ["IT"], "pt": ["PT", "BR", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"],
    "no": ["NO"], "fi": ["FI"], "cs": ["CZ"], "tr": ["TR"], "ru": ["RU"], "uk": ["UA"], "el": ["GR"],
    "ro": ["RO"], "hu": ["HU"], "ja": ["JP"], "zh": ["CN", "CN", "TW", "HK"], "ko": ["KR"],
    "ar": ["AE", "SA", "EG"], "he": ["IL"], "hi": ["IN"], "vi": ["VN"], "id": ["ID"], "th": ["TH"],
    "ms": ["MY"], "tl": ["PH"], "sw": ["KE"], "bn": ["BD"], "ur": ["PK"],
}

# ----------------------------------------------------------------------------------------------------------
# Cards: Luhn-valid, real network ranges, never a published test number.
# ----------------------------------------------------------------------------------------------------------
TEST_CARDS = {
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111",
    "4012888888881881", "4222222222222", "5431111111111111", "4000000000000002", "4000000000009995",
    "4000000000000077", "378734493671000", "6011000000000004", "30569309025904", "38520000023237",
    "3530111333300000", "5019717010103742", "6331101999990016", "4917610000000000", "4444333322221111",
    "5454545454545454", "6759649826438453", "4000000000003220", "4000002500003155", "4000000000000101",
}

NETWORKS = {
    # name: (prefix generator, lengths)
    "visa": (lambda: "4" + rs(DIG, 5), [16, 16, 16, 16, 19]),
    "mastercard": (lambda: pick(["51", "52", "53", "54", "55"]) + rs(DIG, 4), [16]),
    "mastercard2": (lambda: str(R.randint(2221, 2720)) + rs(DIG, 2), [16]),
    "amex": (lambda: pick(["34", "37"]) + rs(DIG, 4), [15]),
    "discover": (lambda: pick(["6011", "644" + pick("0123456789"), "65" + rs(DIG, 2)]) + rs(DIG, 2), [16]),
    "jcb": (lambda: str(R.randint(3528, 3589)) + rs(DIG, 2), [16]),
    "diners": (lambda: pick(["36", "300", "301", "305", "38"]) + rs(DIG, 3), [14]),
    "unionpay": (lambda: "62" + pick(["2", "4", "5", "8"]) + rs(DIG, 3), [16, 19]),
    "maestro": (lambda: pick(["6759", "5018", "5020", "5038", "6304"]) + rs(DIG, 2), [16, 19]),
    "mir": (lambda: "220" + pick("01234") + rs(DIG, 2), [16]),
    "rupay": (lambda: pick(["6521", "6522", "6080", "6081", "8172"]) + rs(DIG, 2), [16]),
    "elo": (lambda: pick(["636368", "438935", "504175", "451416", "509048", "650031"]), [16]),
    "troy": (lambda: "9792" + rs(DIG, 2), [16]),
    "verve": (lambda: pick(["506099", "506101", "650002"]), [19]),
    "bccard": (lambda: pick(["9410", "9420", "9490"]) + rs(DIG, 2), [16]),
}

LANG_NETWORKS = {"ru": "mir", "ja": "jcb", "zh": "unionpay", "hi": "rupay", "pt": "elo", "tr": "troy", "ko": "bccard"}


def card_digits(network):
    gen, lengths = NETWORKS[network]
    while True:
        n = pick(lengths)
        body = gen()
        body += rs(DIG, n - 1 - len(body))
        d = luhn_complete(body)
        if d not in TEST_CARDS:
            return d


def group_card(d, sep):
    n = len(d)
    if n == 15:
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 19:
        g = pick([[4, 4, 4, 4, 3], [6, 13]]) if sep != "-" else [4, 4, 4, 4, 3]
    else:
        g = [4, 4, 4, 4]
    out, i = [], 0
    for x in g:
        out.append(d[i:i + x])
        i += x
    return sep.join(out)


def card(lang="en", network=None, sep=None):
    if network is None:
        if lang in LANG_NETWORKS and chance(0.4):
            network = LANG_NETWORKS[lang]
        else:
            network = pick(["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "amex",
                            "discover", "jcb", "diners", "unionpay", "maestro", "mir", "rupay", "elo", "troy",
                            "verve", "bccard"])
    d = card_digits(network)
    if sep is None:
        sep = pick([" ", " ", " ", "", "", "-"])
    v = group_card(d, sep) if sep else d
    name = {" ": "space", "": "plain", "-": "dash"}[sep]
    return v, "%s_%d_%s" % (network, len(d), name), d


def expiry():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31))


def cvc(d):
    return rs(DIG, 4 if len(d) == 15 else 3)

# ----------------------------------------------------------------------------------------------------------
# E-mail addresses. Real free-mail domains, realistic company, university and ccTLD domains, never reserved.
# ----------------------------------------------------------------------------------------------------------
NAMES = {
    "en": (["james", "olivia", "ethan", "chloe", "marcus", "hannah", "liam", "grace", "noah", "ava", "connor", "megan"],
           ["walker", "bennett", "hughes", "carter", "foster", "reid", "murphy", "price", "ellis", "barnes", "doyle", "pratt"]),
    "de": (["lukas", "lena", "jonas", "miriam", "felix", "katrin", "tobias", "anja", "florian", "sabine"],
           ["schneider", "hoffmann", "becker", "wagner", "schulz", "krueger", "neumann", "zimmermann", "braun", "hartmann"]),
    "fr": (["camille", "julien", "manon", "mathieu", "chloe", "antoine", "elodie", "nicolas", "lea", "hugo"],
           ["lefebvre", "moreau", "girard", "fournier", "mercier", "blanc", "guerin", "faure", "rousseau", "bonnet"]),
    "es": (["alejandro", "lucia", "javier", "marta", "pablo", "carmen", "diego", "elena", "sergio", "ines"],
           ["garcia", "martinez", "lopez", "sanchez", "romero", "navarro", "torres", "dominguez", "ruiz", "ortega"]),
    "it": (["giulia", "matteo", "francesca", "lorenzo", "chiara", "davide", "alessia", "marco", "sara", "riccardo"],
           ["rossi", "bianchi", "esposito", "ricci", "marino", "greco", "bruno", "gallo", "conti", "colombo"]),
    "pt": (["joao", "ana", "pedro", "beatriz", "tiago", "mariana", "rafael", "carolina", "bruno", "larissa"],
           ["silva", "santos", "oliveira", "souza", "pereira", "costa", "ferreira", "almeida", "ribeiro", "carvalho"]),
    "nl": (["daan", "sanne", "bram", "lotte", "thijs", "femke", "jeroen", "anouk", "ruben", "eline"],
           ["dejong", "jansen", "devries", "vandijk", "bakker", "visser", "smit", "meijer", "bos", "mulder"]),
    "pl": (["jakub", "zuzanna", "kacper", "magdalena", "mateusz", "agnieszka", "piotr", "katarzyna", "tomasz", "ewa"],
           ["nowak", "kowalski", "wisniewski", "wojcik", "kaminska", "lewandowski", "zielinski", "szymanska", "wozniak", "dabrowski"]),
    "nordic": (["erik", "astrid", "oskar", "maja", "linnea", "johan", "elin", "anders", "klara", "mikko", "aino", "freja"],
               ["lindqvist", "johansson", "karlsson", "nilsson", "berg", "lund", "holm", "virtanen", "korhonen", "jensen", "hansen", "larsen"]),
    "ru": (["dmitry", "anna", "sergey", "olga", "alexei", "natalia", "ivan", "ekaterina", "mikhail", "irina", "oksana", "taras"],
           ["ivanov", "smirnova", "kuznetsov", "popova", "sokolov", "volkova", "morozov", "petrova", "shevchenko", "bondarenko"]),
    "tr": (["emre", "zeynep", "burak", "elif", "mert", "ayse", "can", "selin", "onur", "deniz"],
           ["yilmaz", "kaya", "demir", "sahin", "celik", "yildiz", "aydin", "ozturk", "arslan", "dogan"]),
    "ja": (["haruto", "yui", "sota", "aoi", "ren", "hina", "takumi", "sakura", "kenji", "misaki"],
           ["tanaka", "suzuki", "takahashi", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "sato", "kato"]),
    "zh": (["wei", "jing", "hao", "xiaoyu", "lei", "mei", "jun", "yan", "tao", "ling"],
           ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu"]),
    "ko": (["minjun", "seoyeon", "jiho", "haeun", "doyun", "jiwoo", "seojun", "yuna", "hyunwoo", "soyeon"],
           ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim"]),
    "hi": (["aarav", "ananya", "vivaan", "diya", "arjun", "isha", "rohan", "priya", "karan", "neha"],
           ["sharma", "patel", "gupta", "singh", "reddy", "iyer", "nair", "mehta", "joshi", "kapoor"]),
    "ar": (["omar", "layla", "youssef", "mariam", "khaled", "nour", "ahmed", "salma", "tariq", "huda", "noam", "yael"],
           ["haddad", "mansour", "khalil", "nasser", "saleh", "aziz", "farouk", "hamdan", "cohen", "levi"]),
    "sea": (["minh", "linh", "budi", "siti", "somchai", "nattaya", "aisyah", "hafiz", "maria", "jose"],
            ["nguyen", "tran", "pham", "santoso", "wijaya", "srisuk", "rahman", "ismail", "reyes", "delacruz"]),
    "misc": (["andrei", "ioana", "zoltan", "petra", "nikos", "eleni", "ondrej", "tereza", "amani", "baraka"],
             ["popescu", "ionescu", "nagy", "horvath", "papadopoulos", "georgiou", "novak", "svoboda", "wanjiru", "otieno"]),
}
LANG_NAMEPOOL = {"sv": "nordic", "da": "nordic", "no": "nordic", "fi": "nordic", "uk": "ru", "he": "ar", "vi": "sea",
                 "id": "sea", "th": "sea", "ms": "sea", "tl": "sea", "ro": "misc", "hu": "misc", "el": "misc",
                 "cs": "misc", "sw": "misc", "bn": "hi", "ur": "hi"}

FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "hey.com", "fastmail.com",
           "btinternet.com", "sky.com", "bigpond.com", "me.com", "aol.com", "pm.me", "zoho.com", "live.co.uk"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmx.at", "bluewin.ch", "gmail.com", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr", "wanadoo.fr", "skynet.be"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "yahoo.com.mx", "hotmail.com"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it", "hotmail.it"],
    "pt": ["gmail.com", "uol.com.br", "terra.com.br", "bol.com.br", "sapo.pt", "hotmail.com"],
    "nl": ["gmail.com", "ziggo.nl", "live.nl", "kpnmail.nl", "hotmail.nl", "telenet.be"],
    "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl", "gmail.com"],
    "nordic": ["gmail.com", "hotmail.se", "telia.com", "online.no", "outlook.dk", "jubii.dk", "elisanet.fi", "live.se"],
    "ru": ["mail.ru", "yandex.ru", "ukr.net", "gmail.com", "bk.ru", "rambler.ru", "i.ua"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp", "outlook.jp"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "yahoo.com.tw", "netvigator.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "walla.co.il", "outlook.sa"],
    "sea": ["gmail.com", "yahoo.com.vn", "yahoo.co.id", "hotmail.co.th", "yahoo.com.my", "yahoo.com.ph"],
    "misc": ["gmail.com", "yahoo.ro", "freemail.hu", "seznam.cz", "otenet.gr", "centrum.cz", "yahoo.com"],
}
COMPANY = ["northwind-logistics.de", "kestrelbio.com", "fjordline-consulting.no", "atelier-lumen.fr", "brightpath.io",
           "quantaledger.com", "hollowayandpartners.co.uk", "tanaka-seiki.co.jp", "sunmoon-trading.com.cn",
           "verdantlabs.ai", "orbitalforge.dev", "palmgrove.com.au", "mercadoazul.com.mx", "baltic-freight.pl",
           "nordlicht-medien.de", "studio-okapi.be", "arcadiahealth.org", "copperleaf.studio", "tidewater-eng.com",
           "helio-robotics.eu", "kanso-design.jp", "vinhphat-group.vn", "sapphire-retail.in", "mosaic-analytics.co",
           "alpenrose-hotel.at", "marea-ventures.es", "lumencraft.nl", "graniteworks.ca", "redkite.agency",
           "bluefinch.app", "oakhaven-law.com", "cedarpoint-dental.com", "zenitsu-systems.kr", "saltmarsh.coffee"]
UNIS = ["uni-heidelberg.de", "ethz.ch", "ucl.ac.uk", "tu-berlin.de", "kth.se", "u-tokyo.ac.jp", "usp.br", "uva.nl",
        "unimi.it", "uw.edu.pl", "mcgill.ca", "unimelb.edu.au", "snu.ac.kr", "tsinghua.edu.cn", "iitb.ac.in"]
IDN = ["müller-bau.de", "bäckerei-schön.de", "köln-events.de", "café-lumière.fr"]


def person(lang):
    pool = NAMES[LANG_NAMEPOOL.get(lang, lang if lang in NAMES else "en")]
    return pick(pool[0]), pick(pool[1])


def display_name(first, last):
    if last.startswith("de") and len(last) > 5 and last[2:3] in "jv":
        last = last[:2] + " " + last[2:]
    return first.capitalize() + " " + " ".join(w.capitalize() for w in last.split())


def email(lang="en", shape=None, first=None, last=None):
    if first is None:
        first, last = person(lang)
    pool = LANG_NAMEPOOL.get(lang, lang if lang in FREEMAIL else "en")
    free = FREEMAIL.get(pool, FREEMAIL["en"])
    shapes = ["first.last", "first.last", "flast", "f.last", "first_last", "first-last", "firstNN", "first.lastYY",
              "nickNN", "tag", "last.first", "company", "company", "company_f.last", "dept_sub", "uni", "upper",
              "numeric", "firstlast"]
    if shape is None:
        shape = pick(shapes)
    dom = pick(free)
    if shape == "first.last":
        loc = first + "." + last
    elif shape == "flast":
        loc = first[0] + last
    elif shape == "f.last":
        loc = first[0] + "." + last
    elif shape == "first_last":
        loc = first + "_" + last
    elif shape == "first-last":
        loc = first + "-" + last
    elif shape == "firstlast":
        loc = first + last
    elif shape == "firstNN":
        loc = first + str(R.randint(1, 99))
    elif shape == "first.lastYY":
        loc = first + "." + last + str(R.randint(1972, 2006))
    elif shape == "nickNN":
        loc = pick(["sunny", "blue", "kiwi", "rocket", "moon", "pixel", "tiger", "maple", "nova", "ember"]) + \
            pick(["_", ".", ""]) + first[:3] + str(R.randint(10, 999))
    elif shape == "tag":
        loc = first + "." + last + "+" + pick(["newsletters", "claude", "shop", "github", "work", "bank", "travel"])
    elif shape == "last.first":
        loc = last + "." + first
    elif shape == "company":
        loc = first + "." + last
        dom = pick(COMPANY)
    elif shape == "company_f.last":
        loc = first[0] + "." + last
        dom = pick(COMPANY)
    elif shape == "dept_sub":
        loc = first + "." + last
        dom = pick(["eng.", "finance.", "mail.", "corp.", "eu."]) + pick(COMPANY)
    elif shape == "uni":
        loc = pick([first + "." + last, first[0] + last, last + str(R.randint(1, 9))])
        dom = pick(["", "", "cs.", "students.", "stud."]) + pick(UNIS)
    elif shape == "upper":
        loc = (first + "." + last).upper()
        dom = dom.upper()
    elif shape == "numeric":
        loc = str(R.randint(10000000, 3999999999))
        dom = pick(["qq.com", "163.com", "126.com"])
    elif shape == "idn":
        loc = first
        dom = pick(IDN)
    else:
        raise ValueError(shape)
    return loc + "@" + dom, "email_" + shape

# ----------------------------------------------------------------------------------------------------------
# API keys: published prefixes, lengths and charsets. Label-only keys (no prefix) only appear right after a
# name that says what they are (an env name, a config key, a header, or "my <provider> key").
# ----------------------------------------------------------------------------------------------------------
def gh_token(prefix):
    body = rs(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def discord_bot():
    uid = str(R.randint(700000000000000000, 1399999999999999999))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(B64U, 6) + "." + rs(B64U, 38)


def mapbox_sk():
    user = pick(["kmoreau", "tidewater", "lhansen", "geo-team", "skyline"])
    head = base64.b64encode(json.dumps({"u": user, "a": rs(LOWALNUM, 25)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sk." + head + "." + rs(B64U, 22)


KEYS = [
    # id, generator, env name, human label, header style, host, prefixed
    ("openai_proj", lambda: "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74), "OPENAI_API_KEY", "OpenAI", "bearer", "api.openai.com", True, 9),
    ("openai_legacy", lambda: "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20), "OPENAI_API_KEY", "OpenAI", "bearer", "api.openai.com", True, 2),
    ("openai_svcacct", lambda: "sk-svcacct-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74), "OPENAI_API_KEY", "OpenAI service account", "bearer", "api.openai.com", True, 3),
    ("openai_admin", lambda: "sk-admin-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74), "OPENAI_ADMIN_KEY", "OpenAI admin", "bearer", "api.openai.com", True, 1),
    ("anthropic_api03", lambda: "sk-ant-api03-" + rs(B64U, 93) + "AA", "ANTHROPIC_API_KEY", "Anthropic", "x-api-key", "api.anthropic.com", True, 9),
    ("anthropic_oat01", lambda: "sk-ant-oat01-" + rs(B64U, 93) + "AA", "CLAUDE_CODE_OAUTH_TOKEN", "Claude Code OAuth", "bearer", "api.anthropic.com", True, 3),
    ("anthropic_ort01", lambda: "sk-ant-ort01-" + rs(B64U, 93) + "AA", "CLAUDE_REFRESH_TOKEN", "Claude refresh", "bearer", "console.anthropic.com", True, 1),
    ("anthropic_admin01", lambda: "sk-ant-admin01-" + rs(B64U, 93) + "AA", "ANTHROPIC_ADMIN_KEY", "Anthropic admin", "x-api-key", "api.anthropic.com", True, 1),
    ("google_aiza", lambda: "AIza" + rs(B64U, 35), "GEMINI_API_KEY", "Gemini", "x-goog-api-key", "generativelanguage.googleapis.com", True, 6),
    ("google_gocspx", lambda: "GOCSPX-" + rs(B64U, 28), "GOOGLE_CLIENT_SECRET", "Google OAuth client secret", None, "oauth2.googleapis.com", True, 2),
    ("google_ya29", lambda: "ya29.a0" + rs(B64U, 170), "GOOGLE_ACCESS_TOKEN", "Google access token", "bearer", "www.googleapis.com", True, 1),
    ("aws_akia", lambda: "AKIA" + rs(B32, 16), "AWS_ACCESS_KEY_ID", "AWS access key", None, "sts.amazonaws.com", True, 3),
    ("aws_secret", lambda: rs(ALNUM, 12) + pick("+/") + rs(ALNUM, 27), "AWS_SECRET_ACCESS_KEY", "AWS secret access key", None, "sts.amazonaws.com", False, 3),
    ("azure_storage", lambda: rs(B64, 86) + "==", "AZURE_STORAGE_KEY", "Azure storage account key", None, "blob.core.windows.net", False, 2),
    ("azure_openai", lambda: rs(HEX, 32), "AZURE_OPENAI_API_KEY", "Azure OpenAI", "api-key", "contoso-ai.openai.azure.com", False, 2),
    ("github_ghp", lambda: gh_token("ghp_"), "GITHUB_TOKEN", "GitHub", "token", "api.github.com", True, 5),
    ("github_gho", lambda: gh_token("gho_"), "GH_TOKEN", "GitHub OAuth", "bearer", "api.github.com", True, 2),
    ("github_ghs", lambda: gh_token("ghs_"), "GITHUB_TOKEN", "GitHub app installation", "bearer", "api.github.com", True, 1),
    ("github_ghr", lambda: gh_token("ghr_"), "GITHUB_REFRESH_TOKEN", "GitHub refresh", None, "github.com", True, 1),
    ("github_pat", lambda: "github_pat_11" + rs(UPALNUM, 20) + "_" + rs(ALNUM, 59), "GITHUB_PAT", "GitHub fine-grained", "bearer", "api.github.com", True, 4),
    ("gitlab_pat", lambda: "glpat-" + rs(B64U, 20), "GITLAB_TOKEN", "GitLab", "private-token", "gitlab.com", True, 3),
    ("gitlab_runner", lambda: "glrt-" + rs(B64U, 20), "CI_RUNNER_TOKEN", "GitLab runner", None, "gitlab.com", True, 1),
    ("gitlab_trigger", lambda: "glptt-" + rs(HEX, 40), "GITLAB_TRIGGER_TOKEN", "GitLab trigger", None, "gitlab.com", True, 1),
    ("slack_bot", lambda: "xoxb-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(ALNUM, 24), "SLACK_BOT_TOKEN", "Slack bot", "bearer", "slack.com", True, 3),
    ("slack_user", lambda: "xoxp-" + rs(DIG, 12) + "-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(HEX, 32), "SLACK_USER_TOKEN", "Slack user", "bearer", "slack.com", True, 1),
    ("slack_app", lambda: "xapp-1-A0" + rs(UPALNUM, 9) + "-" + rs(DIG, 13) + "-" + rs(HEX, 64), "SLACK_APP_TOKEN", "Slack app-level", None, "slack.com", True, 1),
    ("slack_webhook", lambda: "https://hooks.slack.com/services/T0" + rs(UPALNUM, 8) + "/B0" + rs(UPALNUM, 9) + "/" + rs(ALNUM, 24), "SLACK_WEBHOOK_URL", "Slack webhook", "url", "hooks.slack.com", True, 3),
    ("discord_webhook", lambda: "https://discord.com/api/webhooks/" + str(R.randint(1100000000000000000, 1399999999999999999)) + "/" + rs(B64U, 68), "DISCORD_WEBHOOK_URL", "Discord webhook", "url", "discord.com", True, 2),
    ("discord_bot", discord_bot, "DISCORD_BOT_TOKEN", "Discord bot", "bot", "discord.com", True, 2),
    ("telegram_bot", lambda: str(R.randint(1000000000, 8999999999)) + ":AA" + rs(B64U, 33), "TELEGRAM_BOT_TOKEN", "Telegram bot", "tgurl", "api.telegram.org", True, 3),
    ("stripe_sk", lambda: "sk_live_51" + rs(ALNUM, 97), "STRIPE_SECRET_KEY", "Stripe", "bearer", "api.stripe.com", True, 5),
    ("stripe_rk", lambda: "rk_live_51" + rs(ALNUM, 97), "STRIPE_RESTRICTED_KEY", "Stripe restricted", "bearer", "api.stripe.com", True, 1),
    ("sendgrid", lambda: "SG." + rs(B64U, 22) + "." + rs(B64U, 43), "SENDGRID_API_KEY", "SendGrid", "bearer", "api.sendgrid.com", True, 3),
    ("mailgun", lambda: rs(HEX, 32) + "-" + rs(HEX, 8) + "-" + rs(HEX, 8), "MAILGUN_API_KEY", "Mailgun", None, "api.mailgun.net", False, 1),
    ("mailchimp", lambda: rs(HEX, 32) + "-us" + str(R.randint(2, 21)), "MAILCHIMP_API_KEY", "Mailchimp", None, "us6.api.mailchimp.com", True, 1),
    ("huggingface", lambda: "hf_" + rs(UPPER + LOWER, 34), "HF_TOKEN", "Hugging Face", "bearer", "huggingface.co", True, 4),
    ("replicate", lambda: "r8_" + rs(ALNUM, 37), "REPLICATE_API_TOKEN", "Replicate", "bearer", "api.replicate.com", True, 2),
    ("groq", lambda: "gsk_" + rs(ALNUM, 52), "GROQ_API_KEY", "Groq", "bearer", "api.groq.com", True, 3),
    ("xai", lambda: "xai-" + rs(ALNUM, 80), "XAI_API_KEY", "xAI", "bearer", "api.x.ai", True, 2),
    ("openrouter", lambda: "sk-or-v1-" + rs(HEX, 64), "OPENROUTER_API_KEY", "OpenRouter", "bearer", "openrouter.ai", True, 4),
    ("perplexity", lambda: "pplx-" + rs(ALNUM, 48), "PERPLEXITY_API_KEY", "Perplexity", "bearer", "api.perplexity.ai", True, 2),
    ("deepseek", lambda: "sk-" + rs(HEX, 32), "DEEPSEEK_API_KEY", "DeepSeek", "bearer", "api.deepseek.com", True, 3),
    ("cerebras", lambda: "csk-" + rs(LOWALNUM, 48), "CEREBRAS_API_KEY", "Cerebras", "bearer", "api.cerebras.ai", True, 1),
    ("fireworks", lambda: "fw_" + rs(ALNUM, 24), "FIREWORKS_API_KEY", "Fireworks", "bearer", "api.fireworks.ai", True, 1),
    ("together", lambda: "tgp_v1_" + rs(B64U, 43), "TOGETHER_API_KEY", "Together", "bearer", "api.together.xyz", True, 1),
    ("mistral", lambda: rs(ALNUM, 32), "MISTRAL_API_KEY", "Mistral", "bearer", "api.mistral.ai", False, 3),
    ("cohere", lambda: rs(ALNUM, 40), "COHERE_API_KEY", "Cohere", "bearer", "api.cohere.com", False, 2),
    ("voyage", lambda: "pa-" + rs(B64U, 43), "VOYAGE_API_KEY", "Voyage", "bearer", "api.voyageai.com", True, 1),
    ("jina", lambda: "jina_" + rs(HEX, 32) + rs(ALNUM, 28), "JINA_API_KEY", "Jina", "bearer", "api.jina.ai", True, 1),
    ("elevenlabs", lambda: "sk_" + rs(HEX, 48), "ELEVENLABS_API_KEY", "ElevenLabs", "xi-api-key", "api.elevenlabs.io", True, 2),
    ("deepgram", lambda: rs(HEX, 40), "DEEPGRAM_API_KEY", "Deepgram", "token", "api.deepgram.com", False, 2),
    ("assemblyai", lambda: rs(HEX, 32), "ASSEMBLYAI_API_KEY", "AssemblyAI", "authorization", "api.assemblyai.com", False, 1),
    ("pinecone", lambda: "pcsk_" + rs(ALNUM, 6) + "_" + rs(ALNUM, 63), "PINECONE_API_KEY", "Pinecone", "api-key", "api.pinecone.io", True, 2),
    ("wandb", lambda: rs(HEX, 40), "WANDB_API_KEY", "Weights & Biases", None, "api.wandb.ai", False, 2),
    ("langsmith", lambda: "lsv2_" + pick(["pt", "sk"]) + "_" + rs(HEX, 32) + "_" + rs(HEX, 10), "LANGSMITH_API_KEY", "LangSmith", "x-api-key", "api.smith.langchain.com", True, 2),
    ("langfuse", lambda: "sk-lf-" + uuid4(), "LANGFUSE_SECRET_KEY", "Langfuse secret", None, "cloud.langfuse.com", True, 2),
    ("tavily", lambda: "tvly-" + pick(["dev-", "prod-", ""]) + rs(ALNUM, 32), "TAVILY_API_KEY", "Tavily", "bearer", "api.tavily.com", True, 2),
    ("firecrawl", lambda: "fc-" + rs(HEX, 32), "FIRECRAWL_API_KEY", "Firecrawl", "bearer", "api.firecrawl.dev", True, 2),
    ("exa", lambda: uuid4(), "EXA_API_KEY", "Exa", "x-api-key", "api.exa.ai", False, 1),
    ("brave", lambda: "BSA" + rs(ALNUM, 28), "BRAVE_API_KEY", "Brave Search", "x-subscription-token", "api.search.brave.com", True, 1),
    ("serpapi", lambda: rs(HEX, 64), "SERPAPI_API_KEY", "SerpApi", None, "serpapi.com", False, 1),
    ("notion", lambda: "ntn_" + rs(DIG, 12) + rs(ALNUM, 34), "NOTION_TOKEN", "Notion", "bearer", "api.notion.com", True, 3),
    ("linear", lambda: "lin_api_" + rs(ALNUM, 40), "LINEAR_API_KEY", "Linear", "authorization", "api.linear.app", True, 2),
    ("figma", lambda: "figd_" + rs(B64U, 40), "FIGMA_TOKEN", "Figma", "x-figma-token", "api.figma.com", True, 2),
    ("airtable", lambda: "pat" + rs(ALNUM, 14) + "." + rs(HEX, 64), "AIRTABLE_API_KEY", "Airtable", "bearer", "api.airtable.com", True, 2),
    ("atlassian", lambda: "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs(HEX.upper(), 8), "JIRA_API_TOKEN", "Atlassian", None, "yourteam.atlassian.net", True, 2),
    ("asana", lambda: "2/" + rs(DIG, 16) + "/" + rs(DIG, 16) + ":" + rs(HEX, 32), "ASANA_TOKEN", "Asana", "bearer", "app.asana.com", True, 1),
    ("shopify", lambda: "shpat_" + rs(HEX, 32), "SHOPIFY_ACCESS_TOKEN", "Shopify", "x-shopify-access-token", "kestrel-store.myshopify.com", True, 2),
    ("digitalocean", lambda: "dop_v1_" + rs(HEX, 64), "DIGITALOCEAN_TOKEN", "DigitalOcean", "bearer", "api.digitalocean.com", True, 2),
    ("netlify", lambda: "nfp_" + rs(ALNUM, 36), "NETLIFY_AUTH_TOKEN", "Netlify", "bearer", "api.netlify.com", True, 1),
    ("render", lambda: "rnd_" + rs(ALNUM, 28), "RENDER_API_KEY", "Render", "bearer", "api.render.com", True, 1),
    ("vercel", lambda: rs(ALNUM, 24), "VERCEL_TOKEN", "Vercel", "bearer", "api.vercel.com", False, 2),
    ("cloudflare", lambda: rs(B64U, 40), "CLOUDFLARE_API_TOKEN", "Cloudflare", "bearer", "api.cloudflare.com", False, 2),
    ("supabase_pat", lambda: "sbp_" + rs(HEX, 40), "SUPABASE_ACCESS_TOKEN", "Supabase", "bearer", "api.supabase.com", True, 2),
    ("supabase_secret", lambda: "sb_secret_" + rs(B64U, 31), "SUPABASE_SECRET_KEY", "Supabase secret", "apikey", "xyzcompany.supabase.co", True, 2),
    ("neon", lambda: "napi_" + rs(LOWALNUM, 64), "NEON_API_KEY", "Neon", "bearer", "console.neon.tech", True, 1),
    ("planetscale", lambda: "pscale_tkn_" + rs(B64U, 43), "PLANETSCALE_SERVICE_TOKEN", "PlanetScale", None, "api.planetscale.com", True, 1),
    ("doppler", lambda: "dp.st." + pick(["prd", "dev", "stg"]) + "." + rs(ALNUM, 40), "DOPPLER_TOKEN", "Doppler", "bearer", "api.doppler.com", True, 1),
    ("vault", lambda: "hvs.CAESI" + rs(B64U, 86), "VAULT_TOKEN", "Vault", "x-vault-token", "vault.internal", True, 2),
    ("terraform", lambda: rs(ALNUM, 14) + ".atlasv1." + rs(B64U, 67), "TF_TOKEN_app_terraform_io", "Terraform Cloud", "bearer", "app.terraform.io", True, 1),
    ("pulumi", lambda: "pul-" + rs(HEX, 40), "PULUMI_ACCESS_TOKEN", "Pulumi", "token", "api.pulumi.com", True, 1),
    ("npm", lambda: gh_token("npm_"), "NPM_TOKEN", "npm", "bearer", "registry.npmjs.org", True, 3),
    ("pypi", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 150), "PYPI_TOKEN", "PyPI", None, "upload.pypi.org", True, 2),
    ("dockerhub", lambda: "dckr_pat_" + rs(B64U, 27), "DOCKERHUB_TOKEN", "Docker Hub", None, "hub.docker.com", True, 2),
    ("sentry_user", lambda: "sntryu_" + rs(HEX, 64), "SENTRY_AUTH_TOKEN", "Sentry", "bearer", "sentry.io", True, 2),
    ("grafana", lambda: "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8), "GRAFANA_SERVICE_ACCOUNT_TOKEN", "Grafana", "bearer", "grafana.internal", True, 1),
    ("datadog_api", lambda: rs(HEX, 32), "DD_API_KEY", "Datadog", "dd-api-key", "api.datadoghq.eu", False, 2),
    ("datadog_app", lambda: rs(HEX, 40), "DD_APP_KEY", "Datadog application", "dd-application-key", "api.datadoghq.com", False, 1),
    ("newrelic", lambda: "NRAK-" + rs(UPALNUM, 27), "NEW_RELIC_API_KEY", "New Relic", "api-key", "api.newrelic.com", True, 1),
    ("posthog_personal", lambda: "phx_" + rs(ALNUM, 47), "POSTHOG_PERSONAL_API_KEY", "PostHog personal", "bearer", "eu.posthog.com", True, 1),
    ("square", lambda: "EAAA" + rs(B64U, 60), "SQUARE_ACCESS_TOKEN", "Square", "bearer", "connect.squareup.com", True, 1),
    ("braintree", lambda: "access_token$production$" + rs(LOWALNUM, 16) + "$" + rs(HEX, 32), "BRAINTREE_ACCESS_TOKEN", "Braintree", None, "api.braintreegateway.com", True, 1),
    ("flutterwave", lambda: "FLWSECK-" + rs(HEX, 32) + "-X", "FLW_SECRET_KEY", "Flutterwave", "bearer", "api.flutterwave.com", True, 1),
    ("paystack", lambda: "sk_live_" + rs(HEX, 40), "PAYSTACK_SECRET_KEY", "Paystack", "bearer", "api.paystack.co", True, 1),
    ("mapbox", mapbox_sk, "MAPBOX_SECRET_TOKEN", "Mapbox secret", None, "api.mapbox.com", True, 1),
    ("algolia_admin", lambda: rs(HEX, 32), "ALGOLIA_ADMIN_KEY", "Algolia admin", "x-algolia-api-key", "latency-dsn.algolia.net", False, 1),
    ("okta", lambda: "00" + rs(B64U, 40), "OKTA_API_TOKEN", "Okta", "ssws", "kestrel.okta.com", False, 1),
    ("databricks", lambda: "dapi" + rs(HEX, 32), "DATABRICKS_TOKEN", "Databricks", "bearer", "adb-4417.azuredatabricks.net", True, 2),
    ("postman", lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34), "POSTMAN_API_KEY", "Postman", "x-api-key", "api.getpostman.com", True, 1),
    ("contentful", lambda: "CFPAT-" + rs(B64U, 43), "CONTENTFUL_MANAGEMENT_TOKEN", "Contentful", "bearer", "api.contentful.com", True, 1),
    ("buildkite", lambda: "bkua_" + rs(HEX, 40), "BUILDKITE_API_TOKEN", "Buildkite", "bearer", "api.buildkite.com", True, 1),
    ("sourcegraph", lambda: "sgp_" + rs(HEX, 16) + "_" + rs(HEX, 40), "SRC_ACCESS_TOKEN", "Sourcegraph", "token", "sourcegraph.com", True, 1),
    ("hubspot", lambda: "pat-" + pick(["na1", "eu1"]) + "-" + uuid4(), "HUBSPOT_ACCESS_TOKEN", "HubSpot", "bearer", "api.hubapi.com", True, 1),
    ("twilio_auth", lambda: rs(HEX, 32), "TWILIO_AUTH_TOKEN", "Twilio auth token", None, "api.twilio.com", False, 2),
    ("e2b", lambda: "e2b_" + rs(HEX, 40), "E2B_API_KEY", "E2B", "x-api-key", "api.e2b.dev", True, 1),
    ("browserbase", lambda: "bb_live_" + rs(B64U, 27), "BROWSERBASE_API_KEY", "Browserbase", "x-bb-api-key", "api.browserbase.com", True, 1),
    ("resend", lambda: "re_" + rs(ALNUM, 8) + "_" + rs(ALNUM, 24), "RESEND_API_KEY", "Resend", "bearer", "api.resend.com", True, 2),
    ("modal_secret", lambda: "as-" + rs(ALNUM, 22), "MODAL_TOKEN_SECRET", "Modal token secret", None, "api.modal.com", True, 1),
    ("openweather", lambda: rs(HEX, 32), "OPENWEATHER_API_KEY", "OpenWeather", None, "api.openweathermap.org", False, 1),
    ("runpod", lambda: "rpa_" + rs(UPALNUM, 48), "RUNPOD_API_KEY", "RunPod", "bearer", "api.runpod.io", True, 1),
    ("sonar", lambda: "squ_" + rs(HEX, 40), "SONAR_TOKEN", "SonarQube", None, "sonarcloud.io", True, 1),
    ("circleci", lambda: "CCIPAT_" + rs(ALNUM, 22) + "_" + rs(HEX, 40), "CIRCLECI_TOKEN", "CircleCI", "circle-token", "circleci.com", True, 1),
    ("ngrok", lambda: "2" + rs(ALNUM, 26) + "_" + rs(ALNUM, 21), "NGROK_AUTHTOKEN", "ngrok authtoken", None, "ngrok.com", False, 1),
    ("heroku", lambda: uuid4(), "HEROKU_API_KEY", "Heroku", "bearer", "api.heroku.com", False, 1),
    ("linode", lambda: rs(HEX, 64), "LINODE_TOKEN", "Linode", "bearer", "api.linode.com", False, 1),
]
KEY_BY_ID = {k[0]: k for k in KEYS}
KEY_WEIGHTED = [k for k in KEYS for _ in range(k[7])]
URL_KEYS = ("slack_webhook", "discord_webhook")


def apikey(kid=None, prefixed_only=False):
    while True:
        k = KEY_BY_ID[kid] if kid else pick(KEY_WEIGHTED)
        if prefixed_only and not k[6]:
            kid = None
            continue
        return k, k[1](), "key_" + k[0]


def auth_header(k, v):
    """(header line) for a key; None if the provider has no header style."""
    style = k[4]
    if style == "bearer":
        return "Authorization: Bearer " + v
    if style == "token":
        return "Authorization: token " + v if k[0].startswith("github") or k[0] == "sourcegraph" else "Authorization: Token " + v
    if style == "bot":
        return "Authorization: Bot " + v
    if style == "ssws":
        return "Authorization: SSWS " + v
    if style == "authorization":
        return "Authorization: " + v
    if style in (None, "url", "tgurl"):
        return None
    return {"x-api-key": "x-api-key", "api-key": "api-key", "x-goog-api-key": "x-goog-api-key",
            "private-token": "PRIVATE-TOKEN", "xi-api-key": "xi-api-key", "x-figma-token": "X-Figma-Token",
            "x-shopify-access-token": "X-Shopify-Access-Token", "apikey": "apikey", "x-vault-token": "X-Vault-Token",
            "dd-api-key": "DD-API-KEY", "dd-application-key": "DD-APPLICATION-KEY", "x-algolia-api-key": "X-Algolia-API-Key",
            "x-subscription-token": "X-Subscription-Token", "x-bb-api-key": "X-BB-API-Key", "circle-token": "Circle-Token"}[style] + ": " + v

# ----------------------------------------------------------------------------------------------------------
# Line building
# ----------------------------------------------------------------------------------------------------------
def mk(tpl, vals, fills=None):
    text = tpl
    for name, s in (fills or {}).items():
        text = text.replace("⟪%s⟫" % name, s)
    spans = []
    for name, sp in vals.items():
        tok = "⟪%s⟫" % name
        n = text.count(tok)
        assert n >= 1, (name, tpl[:60])
        text = text.replace(tok, sp[1])
        spans += [sp] * n
    assert "⟪" not in text, text[:200]
    return text, spans


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfc_date():
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (pick(DAYS), R.randint(1, 28), pick(MONTHS[8:]), R.randint(7, 22),
                                                R.randint(0, 59), R.randint(0, 59), pick(["+0100", "+0000", "-0500", "+0900", "+0530"]))


def iso_ts():
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(9, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
                                                    R.randint(0, 59), R.randint(0, 999))


def hhmm():
    return "%02d:%02d" % (R.randint(7, 21), pick([0, 15, 30, 45]))


def E(lang="en", **kw):
    v, shape = email(lang, **kw)
    return ("email", v, shape)


def P(region, style=None):
    v, shape, _, _ = phone(region, style)
    return ("phone", v, shape)


def C(lang="en", **kw):
    v, shape, d = card(lang, **kw)
    return ("card", v, shape), d


def K(kid=None, prefixed_only=False):
    k, v, shape = apikey(kid, prefixed_only)
    return k, ("api_key", v, shape)


def region_for(lang):
    return pick(LANG_REGIONS.get(lang, LANG_REGIONS["en"]))


LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr", "ru", "uk", "el", "ro",
         "hu", "ja", "zh", "ko", "ar", "he", "hi", "vi", "id", "th", "ms", "tl", "sw", "bn", "ur"]

# Chat frames: ⟪V⟫ is the value; ⟪L⟫ the key's provider label.
CHAT = {
    "email": {
        "en": ["Can you write a short thank-you note to ⟪V⟫ for covering my shift on Saturday?",
               "pls add ⟪V⟫ to the invite, she's joining the Thursday sync",
               "what's a polite way to tell ⟪V⟫ we're pushing the launch by two weeks",
               "my landlord's email is ⟪V⟫, help me ask about the deposit without sounding rude",
               "forward the summary to ⟪V⟫ and cc me"],
        "de": ["Kannst du bitte eine kurze Absage an ⟪V⟫ formulieren? Danke!",
               "Schick die Zusammenfassung an ⟪V⟫, die braucht sie bis Freitag."],
        "fr": ["Peux-tu rédiger un mail de relance pour ⟪V⟫ ? Il n'a pas répondu depuis lundi.",
               "Mon adresse c'est ⟪V⟫, tu peux l'ajouter dans la signature ?"],
        "es": ["Redacta un correo para ⟪V⟫ pidiendo el presupuesto actualizado, porfa",
               "Mi correo es ⟪V⟫, ¿cómo lo pongo en el CV para que se vea profesional?"],
        "it": ["Scrivi una mail a ⟪V⟫ per spostare la riunione a giovedì",
               "Il mio indirizzo è ⟪V⟫, aggiornalo nel modulo per favore"],
        "pt": ["Me ajuda a responder ⟪V⟫ dizendo que o pagamento já foi feito?",
               "Escreve um e-mail para ⟪V⟫ a pedir a fatura de outubro"],
        "nl": ["Kun je een nette mail opstellen naar ⟪V⟫ over de verhuizing van het kantoor?"],
        "pl": ["Napisz krótką wiadomość do ⟪V⟫, że spotkanie przesuwamy na 15:00."],
        "sv": ["Skriv ett kort mejl till ⟪V⟫ och tacka för hjälpen med flytten."],
        "da": ["Skriv en høflig mail til ⟪V⟫ om at fakturaen er betalt."],
        "no": ["Kan du skrive en e-post til ⟪V⟫ om at vi flytter møtet til onsdag?"],
        "fi": ["Kirjoita lyhyt sähköposti osoitteeseen ⟪V⟫ ja kysy tarjouksen perään."],
        "cs": ["Napiš prosím e-mail na ⟪V⟫, že zásilka dorazila poškozená."],
        "tr": ["⟪V⟫ adresine toplantının ertelendiğini bildiren kısa bir e-posta yazar mısın?"],
        "ru": ["Составь вежливое письмо на ⟪V⟫ с просьбой прислать акт сверки.",
               "Мой адрес ⟪V⟫ — поменяй его в шаблоне договора."],
        "uk": ["Напиши листа на ⟪V⟫, що ми переносимо зустріч на понеділок."],
        "el": ["Γράψε ένα σύντομο email στο ⟪V⟫ για την αλλαγή της ημερομηνίας."],
        "ro": ["Scrie un e-mail scurt către ⟪V⟫ despre factura restantă."],
        "hu": ["Írj egy rövid e-mailt ide: ⟪V⟫, hogy a szállítás késik."],
        "ja": ["⟪V⟫に会議の日程変更をお知らせするメールを書いてください。", "返信先は⟪V⟫でお願いします、と一文追加して"],
        "zh": ["帮我给⟪V⟫写一封邮件，说明合同下周一寄出。", "我的邮箱是⟪V⟫，帮我填到报名表里"],
        "ko": ["⟪V⟫로 회의 일정 변경 안내 메일을 써 줘.", "제 이메일은 ⟪V⟫ 입니다. 이력서 상단에 넣어 주세요"],
        "ar": ["اكتب رسالة قصيرة إلى ⟪V⟫ لتأكيد موعد الاجتماع."],
        "he": ["תכתוב מייל קצר ל- ⟪V⟫ שהפגישה נדחתה."],
        "hi": ["⟪V⟫ को एक ईमेल लिखो कि मीटिंग कल 11 बजे है।"],
        "vi": ["Viết giúp mình email gửi ⟪V⟫ xin gia hạn deadline nhé."],
        "id": ["Tolong buatkan email ke ⟪V⟫ untuk konfirmasi jadwal rapat."],
        "th": ["ช่วยเขียนอีเมลถึง ⟪V⟫ เรื่องเลื่อนประชุมหน่อย"],
        "ms": ["Tolong tulis emel kepada ⟪V⟫ tentang pembayaran yuran."],
        "tl": ["Pakisulat ng email kay ⟪V⟫ na na-reschedule ang meeting."],
        "sw": ["Niandikie barua pepe kwa ⟪V⟫ kuhusu malipo ya mwezi huu."],
        "bn": ["⟪V⟫ ঠিকানায় একটা ছোট ইমেইল লিখে দাও, মিটিং পিছিয়েছে।"],
        "ur": ["⟪V⟫ پر ایک مختصر ای میل لکھ دیں کہ میٹنگ ملتوی ہو گئی ہے۔"],
    },
    "phone": {
        "en": ["remind me to call the plumber back at ⟪V⟫ tomorrow before 9",
               "can you turn this into a text for the babysitter? my number is ⟪V⟫ if anything comes up",
               "the clinic's number is ⟪V⟫, write a short voicemail script asking to reschedule",
               "my new cell is ⟪V⟫ - update it in the emergency contact section",
               "Whoever finds my dog please call ⟪V⟫ — make this into a nice flyer"],
        "de": ["Erinnere mich, morgen den Handwerker unter ⟪V⟫ zurückzurufen.",
               "Meine neue Handynummer ist ⟪V⟫, bitte im Lebenslauf ändern."],
        "fr": ["Rappelle-moi d'appeler le garage au ⟪V⟫ demain matin.",
               "Mon numéro c'est le ⟪V⟫, mets-le dans l'annonce stp"],
        "es": ["Recuérdame llamar al fontanero al ⟪V⟫ mañana temprano.",
               "Mi celular es ⟪V⟫, ponlo en la firma del correo"],
        "it": ["Ricordami di richiamare l'idraulico al ⟪V⟫ domani mattina."],
        "pt": ["Me lembra de ligar pro eletricista no ⟪V⟫ amanhã cedo.",
               "O meu número é ⟪V⟫, acrescenta no anúncio do apartamento"],
        "nl": ["Herinner me eraan om de loodgieter morgen terug te bellen op ⟪V⟫."],
        "pl": ["Przypomnij mi, żeby jutro oddzwonić do hydraulika pod ⟪V⟫."],
        "sv": ["Påminn mig att ringa rörmokaren på ⟪V⟫ i morgon."],
        "da": ["Mind mig om at ringe til VVS'eren på ⟪V⟫ i morgen."],
        "no": ["Minn meg på å ringe rørleggeren på ⟪V⟫ i morgen tidlig."],
        "fi": ["Muistuta minua soittamaan putkimiehelle numeroon ⟪V⟫ huomenna."],
        "cs": ["Připomeň mi zítra zavolat instalatérovi na ⟪V⟫."],
        "tr": ["Yarın tesisatçıyı ⟪V⟫ numarasından aramamı hatırlat."],
        "ru": ["Напомни завтра перезвонить сантехнику по номеру ⟪V⟫.",
               "Мой новый номер ⟪V⟫, добавь его в резюме"],
        "uk": ["Нагадай мені завтра зателефонувати майстру за номером ⟪V⟫."],
        "el": ["Θύμισέ μου να πάρω τον υδραυλικό στο ⟪V⟫ αύριο το πρωί."],
        "ro": ["Amintește-mi să-l sun mâine pe instalator la ⟪V⟫."],
        "hu": ["Emlékeztess, hogy holnap hívjam vissza a szerelőt a ⟪V⟫ számon."],
        "ja": ["明日の朝、⟪V⟫に折り返し電話するようリマインドして", "私の携帯は⟪V⟫です。名刺のデータに追加してください"],
        "zh": ["提醒我明天上午给⟪V⟫回个电话", "我的手机号是⟪V⟫，帮我写进简历里"],
        "ko": ["내일 아침에 ⟪V⟫로 다시 전화하라고 알려 줘", "제 번호 ⟪V⟫ 를 비상 연락처에 넣어 주세요"],
        "ar": ["ذكرني أن أتصل بالسباك على الرقم ⟪V⟫ غدًا صباحًا."],
        "he": ["תזכיר לי להתקשר לאינסטלטור במספר ⟪V⟫ מחר בבוקר."],
        "hi": ["कल सुबह प्लंबर को ⟪V⟫ पर वापस कॉल करना याद दिलाना।", "mera number ⟪V⟫ hai, isko resume me daal do"],
        "vi": ["Nhắc mình gọi lại cho thợ sửa ống nước số ⟪V⟫ sáng mai nhé."],
        "id": ["Ingatkan aku buat telepon tukang ledeng di ⟪V⟫ besok pagi."],
        "th": ["เตือนให้โทรกลับช่างประปาที่เบอร์ ⟪V⟫ พรุ่งนี้เช้า"],
        "ms": ["Ingatkan saya untuk telefon tukang paip di ⟪V⟫ esok pagi."],
        "tl": ["Paalalahanan mo akong tawagan ang tubero sa ⟪V⟫ bukas ng umaga."],
        "sw": ["Nikumbushe kumpigia fundi bomba kwa ⟪V⟫ kesho asubuhi."],
        "bn": ["কাল সকালে প্লাম্বারকে ⟪V⟫ নম্বরে ফোন করতে মনে করিয়ে দিও।"],
        "ur": ["کل صبح پلمبر کو ⟪V⟫ پر کال کرنا یاد دلانا۔"],
    },
    "card": {
        "en": ["checkout keeps saying my card ⟪V⟫ is invalid, but it works in the app. why?",
               "I was charged twice on ⟪V⟫ for the same order, help me write a dispute",
               "is ⟪V⟫ a debit or credit card? the bank app doesn't say",
               "write a note to my accountant that the hotel deposit went on card ⟪V⟫, exp ⟪X⟫"],
        "de": ["Meine Karte ⟪V⟫ wird im Shop ständig abgelehnt, woran kann das liegen?",
               "Bitte schreib eine Reklamation: doppelte Abbuchung auf ⟪V⟫ am Dienstag."],
        "fr": ["Ma carte ⟪V⟫ est refusée sur le site de la SNCF, que faire ?"],
        "es": ["Me cobraron dos veces en la tarjeta ⟪V⟫, ayúdame a redactar el reclamo"],
        "it": ["La mia carta ⟪V⟫ viene rifiutata, scadenza ⟪X⟫, cosa controllo?"],
        "pt": ["Meu cartão ⟪V⟫ foi recusado na compra do app, o que pode ser?"],
        "nl": ["Mijn kaart ⟪V⟫ wordt steeds geweigerd bij het afrekenen, hoe kan dat?"],
        "pl": ["Karta ⟪V⟫ jest odrzucana w sklepie internetowym, co sprawdzić?"],
        "sv": ["Mitt kort ⟪V⟫ nekas hela tiden i kassan, vad kan det bero på?"],
        "da": ["Mit kort ⟪V⟫ bliver afvist ved betaling, hvad gør jeg?"],
        "no": ["Kortet mitt ⟪V⟫ blir avvist i nettbutikken, hva kan være feil?"],
        "fi": ["Korttini ⟪V⟫ hylätään verkkokaupassa, mistä se voi johtua?"],
        "cs": ["Moje karta ⟪V⟫ je pořád zamítnutá, co s tím?"],
        "tr": ["⟪V⟫ numaralı kartımdan iki kez çekim yapıldı, itiraz metni yazar mısın?"],
        "ru": ["С карты ⟪V⟫ дважды списали оплату, помоги составить претензию."],
        "uk": ["З картки ⟪V⟫ двічі зняли гроші, допоможи написати скаргу."],
        "el": ["Η κάρτα μου ⟪V⟫ απορρίπτεται συνέχεια, τι να κάνω;"],
        "ro": ["Cardul meu ⟪V⟫ este refuzat la plată, ce pot verifica?"],
        "hu": ["A ⟪V⟫ kártyámat folyton elutasítja a webshop, mi lehet az oka?"],
        "ja": ["カード⟪V⟫で決済しようとするとエラーになります。原因は？", "⟪V⟫のカードで二重に請求されました。問い合わせ文を作って"],
        "zh": ["我的卡⟪V⟫付款一直失败，怎么回事？", "用⟪V⟫这张卡被扣了两次款，帮我写个申诉"],
        "ko": ["카드 ⟪V⟫ 로 결제하면 계속 거절돼요. 왜 그럴까요?"],
        "ar": ["بطاقتي ⟪V⟫ مرفوضة عند الدفع، ما السبب؟"],
        "he": ["הכרטיס שלי ⟪V⟫ נדחה כל הזמן באתר, מה לעשות?"],
        "hi": ["मेरा कार्ड ⟪V⟫ पेमेंट में बार-बार डिक्लाइन हो रहा है, क्या करूं?"],
        "vi": ["Thẻ ⟪V⟫ của mình cứ bị từ chối khi thanh toán, sao vậy?"],
        "id": ["Kartu ⟪V⟫ saya ditolak terus waktu checkout, kenapa ya?"],
        "th": ["บัตร ⟪V⟫ ของฉันจ่ายเงินไม่ผ่าน ต้องทำยังไง"],
        "ms": ["Kad saya ⟪V⟫ asyik ditolak semasa bayaran, kenapa?"],
        "tl": ["Laging declined ang card ko na ⟪V⟫ sa checkout, bakit kaya?"],
        "sw": ["Kadi yangu ⟪V⟫ inakataliwa kila ninapolipa, nifanye nini?"],
    },
    "api_key": {
        "en": ["my ⟪L⟫ key ⟪V⟫ keeps returning 401, what am I doing wrong?",
               "is this ⟪L⟫ token still valid? ⟪V⟫ — the dashboard says it was created yesterday",
               "how do I rotate this? I accidentally pushed my ⟪L⟫ key to a public repo: ⟪V⟫",
               "set up the script with my ⟪L⟫ key ⟪V⟫ and run it every hour"],
        "de": ["Mein ⟪L⟫-Key ⟪V⟫ gibt immer 401 zurück, was mache ich falsch?"],
        "fr": ["Ma clé ⟪L⟫ ⟪V⟫ renvoie toujours une 401, tu vois pourquoi ?"],
        "es": ["Mi clave de ⟪L⟫ ⟪V⟫ devuelve 401, ¿qué estoy haciendo mal?"],
        "it": ["La mia chiave ⟪L⟫ ⟪V⟫ restituisce sempre 401, perché?"],
        "pt": ["Minha chave do ⟪L⟫ ⟪V⟫ só dá erro 401, o que faço?"],
        "nl": ["Mijn ⟪L⟫-sleutel ⟪V⟫ geeft steeds 401, wat doe ik fout?"],
        "pl": ["Mój klucz ⟪L⟫ ⟪V⟫ ciągle zwraca 401, co robię źle?"],
        "sv": ["Min ⟪L⟫-nyckel ⟪V⟫ ger 401 hela tiden, vad är fel?"],
        "tr": ["⟪L⟫ anahtarım ⟪V⟫ sürekli 401 dönüyor, neyi yanlış yapıyorum?"],
        "ru": ["Мой ключ ⟪L⟫ ⟪V⟫ всё время отдаёт 401, что не так?"],
        "uk": ["Мій ключ ⟪L⟫ ⟪V⟫ постійно повертає 401, що не так?"],
        "ja": ["⟪L⟫のAPIキー⟪V⟫で401が返ってきます。何が間違っていますか？"],
        "zh": ["我的⟪L⟫密钥⟪V⟫一直返回401，哪里出错了？"],
        "ko": ["⟪L⟫ 키 ⟪V⟫ 를 쓰면 계속 401이 나와요. 뭐가 문제죠?"],
        "hi": ["मेरी ⟪L⟫ key ⟪V⟫ हमेशा 401 देती है, क्या गलत है?"],
        "vi": ["Key ⟪L⟫ của mình ⟪V⟫ cứ trả về 401, sai ở đâu vậy?"],
        "id": ["Key ⟪L⟫ saya ⟪V⟫ selalu kena 401, salahnya di mana?"],
        "ar": ["مفتاح ⟪L⟫ الخاص بي ⟪V⟫ يعيد 401 دائمًا، ما المشكلة؟"],
        "he": ["המפתח של ⟪L⟫ שלי ⟪V⟫ מחזיר 401 כל הזמן, מה לא בסדר?"],
        "cs": ["Můj klíč ⟪L⟫ ⟪V⟫ pořád vrací 401, co dělám špatně?"],
        "el": ["Το κλειδί ⟪L⟫ μου ⟪V⟫ επιστρέφει συνέχεια 401, τι φταίει;"],
        "ro": ["Cheia mea ⟪L⟫ ⟪V⟫ dă mereu 401, ce greșesc?"],
        "hu": ["A ⟪L⟫ kulcsom ⟪V⟫ mindig 401-et ad, mit rontok el?"],
        "th": ["คีย์ ⟪L⟫ ของฉัน ⟪V⟫ ขึ้น 401 ตลอด ผิดตรงไหน"],
        "fi": ["⟪L⟫-avaimeni ⟪V⟫ palauttaa aina 401, mikä on vialla?"],
        "da": ["Min ⟪L⟫-nøgle ⟪V⟫ giver 401 hele tiden, hvad gør jeg forkert?"],
        "no": ["⟪L⟫-nøkkelen min ⟪V⟫ gir 401 hele tiden, hva er feil?"],
    },
}

# ----------------------------------------------------------------------------------------------------------
# Positive templates. Each returns (genre, lang, text, spans, known_emails).
# ----------------------------------------------------------------------------------------------------------
def chat_lang(kind):
    return pick([l for l in LANGS if l in CHAT[kind]] + ["en"] * 4)


def t_chat(kind, lang=None):
    lang = lang or chat_lang(kind)
    frame = pick(CHAT[kind][lang])
    fills = {}
    known = []
    if kind == "email":
        sp = E(lang)
        if "Mon adresse" in frame or "Mi correo" in frame or "indirizzo" in frame or "Мой адрес" in frame \
                or "我的邮箱" in frame or "제 이메일" in frame:
            if chance(0.5):
                known = [sp[1]]
    elif kind == "phone":
        r = region_for(lang)
        sp = P(r, pick(["nat", "nat", "nat", "intl", "intl", "e164", "nat_compact", "00", "intl_dash"]))
    elif kind == "card":
        sp, d = C(lang)
        fills["X"] = expiry()
    else:
        k, sp = K()
        while k[0] in URL_KEYS:
            k, sp = K()
        fills["L"] = k[3]
    text, spans = mk(frame, {"V": sp}, fills)
    return "chat_" + kind, lang, text, spans, known


def t_chat_two():
    kinds = ["email", "phone", "card", "api_key"]
    a = pick(kinds)
    b = pick([k for k in kinds if k != a])
    langs = [l for l in LANGS if l in CHAT[a] and l in CHAT[b]]
    lang = pick(langs + ["en"] * 3)
    g1, _, t1, s1, k1 = t_chat(a, lang)
    g2, _, t2, s2, k2 = t_chat(b, lang)
    sep = pick([" ", "\n", " Also: ", "\n\nP.S. ", " — "]) if lang not in ("ja", "zh") else pick(["", "\n", "。"])
    if sep == " " and t1[-1] not in ".?!。？！":
        sep = ". "
    return "chat_%s+%s" % (a, b), lang, t1 + sep + t2, s1 + s2, k1 + k2


# ---------------- e-mail ----------------
REPLY_ATTRIB = {
    "en": "On ⟪D⟫, ⟪N⟫ <⟪E⟫> wrote:", "de": "Am ⟪D⟫ schrieb ⟪N⟫ <⟪E⟫>:", "fr": "Le ⟪D⟫, ⟪N⟫ <⟪E⟫> a écrit :",
    "es": "El ⟪D⟫, ⟪N⟫ (<⟪E⟫>) escribió:", "it": "Il giorno ⟪D⟫ ⟪N⟫ <⟪E⟫> ha scritto:", "nl": "Op ⟪D⟫ schreef ⟪N⟫ <⟪E⟫>:",
    "pt": "Em ⟪D⟫, ⟪N⟫ <⟪E⟫> escreveu:", "sv": "Den ⟪D⟫ skrev ⟪N⟫ <⟪E⟫>:", "pl": "W dniu ⟪D⟫ ⟪N⟫ <⟪E⟫> napisał(a):",
    "ru": "⟪D⟫, ⟪N⟫ <⟪E⟫> пишет:", "ja": "⟪D⟫ ⟪N⟫ <⟪E⟫> のメッセージ:", "da": "Den ⟪D⟫ skrev ⟪N⟫ <⟪E⟫>:",
    "tr": "⟪D⟫ tarihinde ⟪N⟫ <⟪E⟫> şunu yazdı:", "cs": "Dne ⟪D⟫ ⟪N⟫ <⟪E⟫> napsal(a):",
}
REPLY_BODY = {
    "en": ("Sounds good, see you then.", "Thanks, I'll confirm the numbers by Friday."),
    "de": ("Passt, bis dann.", "Danke, ich schicke die Zahlen bis Freitag."),
    "fr": ("Parfait, à jeudi.", "Merci, je confirme d'ici vendredi."),
    "es": ("Perfecto, nos vemos.", "Gracias, confirmo el viernes."),
    "it": ("Perfetto, a giovedì.", "Grazie, confermo entro venerdì."),
    "nl": ("Prima, tot dan.", "Dank je, ik bevestig vrijdag."),
    "pt": ("Combinado, até lá.", "Obrigado, confirmo até sexta."),
    "sv": ("Låter bra, vi ses.", "Tack, jag bekräftar på fredag."),
    "pl": ("Pasuje, do zobaczenia.", "Dzięki, potwierdzę do piątku."),
    "ru": ("Договорились, до встречи.", "Спасибо, подтвержу к пятнице."),
    "ja": ("承知しました。", "ありがとうございます。金曜までに確認します。"),
    "da": ("Det lyder godt.", "Tak, jeg bekræfter fredag."),
    "tr": ("Tamamdır, görüşürüz.", "Teşekkürler, cuma gününe kadar dönerim."),
    "cs": ("Platí, uvidíme se.", "Díky, potvrdím do pátku."),
}


def t_e_reply_attrib():
    lang = pick(list(REPLY_ATTRIB))
    f, l = person(lang)
    sp = E(lang, first=f, last=l)
    a, q = REPLY_BODY[lang]
    tpl = a + "\n\n" + REPLY_ATTRIB[lang] + "\n> " + q + "\n> \n> --\n> ⟪N⟫"
    text, spans = mk(tpl, {"E": sp}, {"D": rfc_date(), "N": display_name(f, l)})
    return "e_reply_attrib", lang, text, spans, []


def t_e_outlook_fwd():
    lang = pick(["en", "en", "de", "fr", "es", "nl"])
    lab = {"en": ("From", "Sent", "To", "Cc", "Subject"), "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
           "fr": ("De", "Envoyé", "À", "Cc", "Objet"), "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
           "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp")}[lang]
    f, l = person(lang)
    e1 = E(lang, first=f, last=l, shape=pick(["company", "company_f.last", "dept_sub"]))
    to = [E(lang) for _ in range(R.randint(1, 2))]
    cc = [E(lang) for _ in range(R.randint(0, 2))]
    vals = {"E1": e1}
    tos = []
    for i, s in enumerate(to):
        vals["T%d" % i] = s
        tos.append("⟪T%d⟫" % i)
    ccs = []
    for i, s in enumerate(cc):
        vals["C%d" % i] = s
        ccs.append("⟪C%d⟫" % i)
    tpl = "-----Original Message-----\n%s: %s <⟪E1⟫>\n%s: %s\n%s: %s\n" % (lab[0], display_name(f, l), lab[1], rfc_date(), lab[2], "; ".join(tos))
    if ccs:
        tpl += "%s: %s\n" % (lab[3], "; ".join(ccs))
    tpl += "%s: RE: %s\n\n%s" % (lab[4], pick(["Q4 invoice", "Angebot 2027", "contrat de maintenance", "handover notes"]),
                                 pick(["Please see below.", "Siehe unten.", "Voir ci-dessous.", "Ver abajo."]))
    text, spans = mk(tpl, vals)
    return "e_outlook_fwd", lang, text, spans, []


def t_e_dsn():
    sp = E(pick(LANGS))
    tpl = ("Reporting-MTA: dns; mx2.brightpath.io\nArrival-Date: %s\n\nFinal-Recipient: rfc822; ⟪E⟫\nAction: failed\n"
           "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <⟪E⟫>: Recipient address rejected: User unknown in virtual mailbox table") % rfc_date()
    text, spans = mk(tpl, {"E": sp})
    return "e_dsn_bounce", "en", text, spans, []


def t_e_smtp():
    a, b = E("en", shape="company"), E(pick(LANGS))
    tpl = ("$ swaks --to ⟪B⟫ --from ⟪A⟫ --server smtp.brightpath.io:587 -tls\n=== Trying smtp.brightpath.io:587...\n"
           " -> MAIL FROM:<⟪A⟫>\n<-  250 2.1.0 Ok\n -> RCPT TO:<⟪B⟫>\n<-  250 2.1.5 Ok\n -> DATA\n<-  354 End data with <CR><LF>.<CR><LF>")
    text, spans = mk(tpl, {"A": a, "B": b})
    return "e_swaks_transcript", "en", text, spans, []


def t_e_zendesk():
    lang = pick(LANGS)
    f, l = person(lang)
    sp = E(lang, first=f, last=l)
    obj = {"ticket": {"id": R.randint(40000, 99999), "subject": pick(["Refund not received", "Can't log in", "Wrong size delivered", "Invoice address"]),
                      "requester": {"name": display_name(f, l), "email": "⟪E⟫", "locale": lang}, "status": "open", "priority": "normal"}}
    text, spans = mk(json.dumps(obj, ensure_ascii=False, indent=pick([None, 2])), {"E": sp})
    return "e_zendesk_ticket_json", "en", text, spans, []


def t_e_firebase():
    sps = [E(pick(LANGS)) for _ in range(R.randint(1, 3))]
    users = []
    vals = {}
    for i, s in enumerate(sps):
        vals["E%d" % i] = s
        users.append({"localId": rs(ALNUM, 28), "email": "⟪E%d⟫" % i, "emailVerified": chance(0.7),
                      "passwordHash": rs(B64, 86) + "==", "salt": rs(B64, 12) + "==", "createdAt": str(R.randint(1690000000000, 1790000000000))})
    text, spans = mk(json.dumps({"users": users}, ensure_ascii=False), vals)
    return "e_firebase_auth_export", "en", text, spans, []


def t_e_segment():
    sp = E(pick(LANGS))
    tpl = pick(["analytics.identify('%s', {\n  email: '⟪E⟫',\n  plan: 'pro',\n  createdAt: '%s'\n});",
                "posthog.identify('%s', { email: '⟪E⟫', company: 'acme', signup_date: '%s' })",
                "mixpanel.people.set({ '$email': '⟪E⟫', 'user_ref': '%s', 'Sign up date': '%s' })"]) % ("usr_" + rs(LOWALNUM, 12), iso_ts())
    text, spans = mk(tpl, {"E": sp})
    return "e_analytics_identify", "en", text, spans, []


def t_e_sentry_user():
    sp = E(pick(LANGS))
    tpl = ('{"event_id":"%s","level":"error","platform":"javascript","user":{"id":"%d","email":"⟪E⟫","ip_address":"{{auto}}"},'
           '"exception":{"values":[{"type":"TypeError","value":"Cannot read properties of undefined (reading \'total\')"}]}}') % (rs(HEX, 32), R.randint(1000, 99999))
    text, spans = mk(tpl, {"E": sp})
    return "e_sentry_event", "en", text, spans, []


def t_e_gcloud():
    a, b = E("en", shape=pick(["company", "first.last"])), E("en", shape="company")
    tpl = ("$ gcloud auth list\n     Credentialed Accounts\nACTIVE  ACCOUNT\n*       ⟪A⟫\n        ⟪B⟫\n\n"
           "To set the active account, run:\n    $ gcloud config set account `ACCOUNT`")
    text, spans = mk(tpl, {"A": a, "B": b})
    return "e_gcloud_auth_list", "en", text, spans, [a[1]] if chance(0.4) else []


def t_e_az():
    sp = E("en", shape=pick(["company", "company_f.last", "dept_sub"]))
    obj = {"environmentName": "AzureCloud", "homeTenantId": uuid4(), "id": uuid4(), "isDefault": True, "name": "Pay-As-You-Go",
           "state": "Enabled", "tenantId": uuid4(), "user": {"name": "⟪E⟫", "type": "user"}}
    text, spans = mk("$ az account show\n" + json.dumps(obj, ensure_ascii=False, indent=2), {"E": sp})
    return "e_az_account_show", "en", text, spans, []


def t_e_pkg_maint():
    lang = pick(LANGS)
    f, l = person(lang)
    sp = E(lang, first=f, last=l)
    n = display_name(f, l)
    tpl = pick([
        "Source: libkestrel\nSection: libs\nPriority: optional\nMaintainer: %s <⟪E⟫>\nBuild-Depends: debhelper-compat (= 13), cmake\nStandards-Version: 4.7.0",
        "%%changelog\n* %s Nov %02d 2026 %%s <⟪E⟫> - 2.4.1-1\n- Rebuilt for Python 3.14\n- Fix FTBFS with GCC 15" % (pick(DAYS), R.randint(1, 28)),
        "FROM python:3.13-slim\nLABEL org.opencontainers.image.authors=\"⟪E⟫\"\nLABEL org.opencontainers.image.source=\"https://github.com/kestrel-bio/pipeline\"\nWORKDIR /app",
        "# Maintainer: %s <⟪E⟫>\npkgname=tidewater-cli\npkgver=0.9.3\npkgrel=1\narch=('x86_64')\nlicense=('MIT')",
    ])
    tpl = tpl.replace("%s", n) if "%s" in tpl else tpl
    text, spans = mk(tpl, {"E": sp})
    return "e_package_maintainer", "en", text, spans, []


def t_e_certbot():
    sp = E("en", shape=pick(["first.last", "company", "flast", "tag"]))
    tpl = pick(["$ sudo certbot certonly --nginx -d shop.copperleaf.studio -d www.copperleaf.studio --email ⟪E⟫ --agree-tos --no-eff-email\n"
                "Saving debug log to /var/log/letsencrypt/letsencrypt.log\nRequesting a certificate for shop.copperleaf.studio and www.copperleaf.studio",
                "apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: letsencrypt-prod\nspec:\n  acme:\n    email: ⟪E⟫\n"
                "    server: https://acme-v02.api.letsencrypt.org/directory\n    privateKeySecretRef:\n      name: letsencrypt-prod",
                "[entryPoints.websecure]\n  address = \":443\"\n[certificatesResolvers.le.acme]\n  email = \"⟪E⟫\"\n  storage = \"/letsencrypt/acme.json\""])
    text, spans = mk(tpl, {"E": sp})
    return "e_acme_config", "en", text, spans, []


def t_e_mysql_box():
    n = R.randint(2, 3)
    sps = [E(pick(LANGS)) for _ in range(n)]
    w = max(len(s[1]) for s in sps) + 2
    line = "+------+" + "-" * w + "+---------+"
    rows = [line, "| id   | email" + " " * (w - 6) + "| status  |", line]
    vals = {}
    for i, s in enumerate(sps):
        vals["E%d" % i] = s
        rows.append("| %-4d | ⟪E%d⟫%s| %-7s |" % (R.randint(100, 9999), i, " " * (w - 1 - len(s[1])), pick(["active", "pending", "banned"])))
    rows += [line, "%d rows in set (0.00 sec)" % n]
    text, spans = mk("mysql> SELECT id, email, status FROM users WHERE created_at > '2026-10-01';\n" + "\n".join(rows), vals)
    return "e_mysql_result", "en", text, spans, []


def t_e_mongo():
    sp = E(pick(LANGS))
    tpl = ("kestrel> db.customers.findOne({ email: '⟪E⟫' })\n{\n  _id: ObjectId('%s'),\n  email: '⟪E⟫',\n  tier: 'gold',\n"
           "  createdAt: ISODate('%s')\n}") % (rs(HEX, 24), iso_ts())
    text, spans = mk(tpl, {"E": sp})
    return "e_mongosh", "en", text, spans, []


def t_e_redis():
    sp = E(pick(LANGS))
    tpl = 'redis-cli> HGETALL session:%s\n1) "uid"\n2) "%d"\n3) "email"\n4) "⟪E⟫"\n5) "locale"\n6) "%s"' % (rs(HEX, 16), R.randint(100, 99999), pick(["de-DE", "en-GB", "fr-FR"]))
    text, spans = mk(tpl, {"E": sp})
    return "e_redis_hgetall", "en", text, spans, []


def t_e_orm_shell():
    sp = E(pick(LANGS))
    tpl = pick([">>> User.objects.filter(email__iexact='⟪E⟫').values('id', 'is_active')\n<QuerySet [{'id': %d, 'is_active': False}]>",
                "irb(main):001> User.find_by(email: \"⟪E⟫\")&.confirmed_at\n=> nil",
                "> App\\Models\\User::where('email', '⟪E⟫')->first()?->id\n= %d"]) 
    if "%d" in tpl:
        tpl = tpl % R.randint(10, 99999)
    text, spans = mk(tpl, {"E": sp})
    return "e_orm_console", "en", text, spans, []


def t_e_eventbrite_csv():
    n = R.randint(2, 4)
    rows = ["Order #,First Name,Last Name,Email,Ticket Type,Checked In"]
    vals = {}
    for i in range(n):
        lang = pick(LANGS)
        f, l = person(lang)
        vals["E%d" % i] = E(lang, first=f, last=l)
        rows.append("%d,%s,%s,⟪E%d⟫,%s,%s" % (R.randint(10 ** 9, 10 ** 10 - 1), f.capitalize(), l.capitalize(), i, pick(["Early Bird", "General", "Student"]), pick(["Yes", "No"])))
    text, spans = mk("\n".join(rows), vals)
    return "e_attendee_csv", "en", text, spans, []


def t_e_typeform():
    sp = E(pick(LANGS))
    obj = {"event_type": "form_response", "form_response": {"form_id": rs(ALNUM, 8), "submitted_at": iso_ts(), "answers": [
        {"type": "text", "text": pick(["Loved the workshop!", "More vegan options please", "Parking was hard"]), "field": {"ref": "feedback"}},
        {"type": "email", "email": "⟪E⟫", "field": {"ref": "contact_email"}}]}}
    text, spans = mk(json.dumps(obj, ensure_ascii=False), {"E": sp})
    return "e_typeform_webhook", "en", text, spans, []


def t_e_gdpr():
    lang = pick(["en", "de", "fr", "nl", "es"])
    sp = E(lang)
    tpl = {"en": "Subject: Data deletion request\n\nHello,\nunder Article 17 GDPR please erase all personal data linked to ⟪E⟫ and confirm to that address once done.\nRegards",
           "de": "Betreff: Löschung meiner Daten\n\nGuten Tag,\ngemäß Art. 17 DSGVO bitte ich um Löschung aller Daten zu ⟪E⟫. Bitte bestätigen Sie die Löschung an diese Adresse.",
           "fr": "Objet : Demande de suppression\n\nBonjour,\nconformément à l'article 17 du RGPD, merci d'effacer toutes les données associées à ⟪E⟫.",
           "nl": "Onderwerp: Verwijderverzoek\n\nBeste,\nop grond van artikel 17 AVG verzoek ik u alle gegevens gekoppeld aan ⟪E⟫ te wissen.",
           "es": "Asunto: Solicitud de supresión\n\nHola,\nen virtud del artículo 17 del RGPD, solicito borrar todos los datos asociados a ⟪E⟫."}[lang]
    text, spans = mk(tpl, {"E": sp})
    return "e_gdpr_request", lang, text, spans, [sp[1]] if chance(0.5) else []


def t_e_guests():
    n = R.randint(2, 4)
    vals = {}
    lines = ["%s %d – %s, %s–%s" % (pick(MONTHS[9:]), R.randint(1, 28), pick(["Design review", "1:1", "Offsite planning", "Kickoff"]), hhmm(), hhmm()), "Guests"]
    for i in range(n):
        vals["E%d" % i] = E(pick(LANGS))
        lines.append("⟪E%d⟫%s" % (i, " (organizer)" if i == 0 else pick(["", "", " – maybe", " – no"])))
    text, spans = mk("\n".join(lines), vals)
    return "e_calendar_guests", "en", text, spans, []


def t_e_mailto():
    sp = E(pick(LANGS))
    tpl = pick(['<p>Questions? Write to <a href="mailto:⟪E⟫?subject=Booking%20question">⟪E⟫</a></p>',
                "[⟪E⟫](mailto:⟪E⟫)", "Kontakt: <a href=\"mailto:⟪E⟫\">⟪E⟫</a>"])
    text, spans = mk(tpl, {"E": sp})
    return "e_mailto_link", "en", text, spans, []


def t_e_trailers():
    l1, l2 = pick(LANGS), pick(LANGS)
    f1, s1 = person(l1)
    f2, s2 = person(l2)
    a, b = E(l1, first=f1, last=s1), E(l2, first=f2, last=s2)
    n1, n2 = display_name(f1, s1), display_name(f2, s2)
    tpl = ("commit %s\nAuthor: %s <⟪A⟫>\nDate:   %s\n\n    fix(parser): handle CRLF in multipart bodies\n\n"
           "    Signed-off-by: %s <⟪A⟫>\n    Reviewed-by: %s <⟪B⟫>") % (rs(HEX, 40), n1, rfc_date(), n1, n2)
    text, spans = mk(tpl, {"A": a, "B": b})
    return "e_git_trailers", "en", text, spans, [a[1]] if chance(0.3) else []


def t_e_keycloak():
    sps = [E(pick(LANGS)) for _ in range(R.randint(1, 2))]
    arr = []
    vals = {}
    for i, s in enumerate(sps):
        vals["E%d" % i] = s
        arr.append({"id": uuid4(), "createdTimestamp": R.randint(1690000000000, 1790000000000), "enabled": True, "emailVerified": chance(0.5),
                    "email": "⟪E%d⟫" % i, "requiredActions": [], "notBefore": 0})
    text, spans = mk("GET /admin/realms/staff/users?max=20 → 200\n" + json.dumps(arr, ensure_ascii=False, indent=2), vals)
    return "e_keycloak_users", "en", text, spans, []


def t_e_pct_url():
    sp_raw = E(pick(LANGS), shape=pick(["first.last", "flast", "firstNN", "company"]))
    v = sp_raw[1].replace("@", "%40")
    sp = ("email", v, sp_raw[2] + "_pct40")
    tpl = pick(["https://app.brightpath.io/invite/accept?email=⟪E⟫&team=growth",
                "GET /api/v2/users/lookup?email=⟪E⟫ HTTP/1.1\" 404 57",
                "https://kestrel-store.myshopify.com/account/activate?email=⟪E⟫&utm_source=welcome"])
    text, spans = mk(tpl, {"E": sp})
    return "e_pct40_url", "en", text, spans, []


def t_e_sheet_tabs():
    lang = pick(["de", "fr", "es", "nl", "pl", "it", "en"])
    hdr = {"de": "Name\tAbteilung\tE-Mail", "fr": "Nom\tService\tCourriel", "es": "Nombre\tDepartamento\tCorreo",
           "nl": "Naam\tAfdeling\tE-mail", "pl": "Imię i nazwisko\tDział\tE-mail", "it": "Nome\tReparto\tEmail", "en": "Name\tTeam\tEmail"}[lang]
    rows = [hdr]
    vals = {}
    for i in range(R.randint(2, 4)):
        f, l = person(lang)
        vals["E%d" % i] = E(lang, first=f, last=l, shape=pick(["company", "company_f.last", "first.last"]))
        rows.append("%s\t%s\t⟪E%d⟫" % (display_name(f, l), pick(["Vertrieb", "IT", "HR", "Finance", "Ops"]), i))
    text, spans = mk("\n".join(rows), vals)
    return "e_sheet_paste", lang, text, spans, []


def t_e_idn():
    sp = E("de", shape="idn")
    tpl = pick(["Bitte schick die Rechnung an ⟪E⟫, die alte Adresse gibt es nicht mehr.",
                "Contact : ⟪E⟫ (réponse sous 48 h)"])
    text, spans = mk(tpl, {"E": sp})
    return "e_idn_domain", "de" if tpl.startswith("Bitte") else "fr", text, spans, []


# ---------------- phone ----------------
def t_p_sms_uri():
    r = region_for(pick(LANGS))
    v, shape, _, nsn = phone(r, "e164")
    sp = ("phone", v, shape)
    tpl = pick(['<a href="sms:⟪P⟫?body=Hi%20there">Text us</a>', '<a class="btn" href="sms:⟪P⟫&body=STOP">Unsubscribe by SMS</a>',
                "skype:⟪P⟫?call", "facetime-audio:⟪P⟫", "https://t.me/⟪P⟫", "viber://chat?number=⟪P⟫"])
    if "viber" in tpl:
        sp = ("phone", v.replace("+", "%2B"), shape + "_pct2B")
    text, spans = mk(tpl, {"P": sp})
    return "p_uri_scheme", "en", text, spans, []


def t_p_json_int():
    r = region_for(pick(LANGS))
    v, shape, _, _ = phone(r, "digits")
    tpl = pick(['{"customer_id": %d, "msisdn": ⟪P⟫, "opt_in": true}', '{"contact": {"phone": ⟪P⟫, "channel": "whatsapp"}}',
                '{"to": "⟪P⟫", "type": "template", "template": {"name": "order_shipped", "language": {"code": "en"}}}'])
    if "%d" in tpl:
        tpl = tpl % R.randint(1000, 99999)
    text, spans = mk(tpl, {"P": ("phone", v, shape)})
    return "p_json_digits", "en", text, spans, []


def t_p_excel_apos():
    lang = pick(["de", "fr", "nl", "pl", "it", "es"])
    rows = [{"de": "Name;Telefon;Ort", "fr": "Nom;Téléphone;Ville", "nl": "Naam;Telefoon;Plaats", "pl": "Nazwisko;Telefon;Miasto",
             "it": "Nome;Telefono;Città", "es": "Nombre;Teléfono;Ciudad"}[lang]]
    vals = {}
    for i in range(R.randint(2, 3)):
        f, l = person(lang)
        vals["P%d" % i] = P(region_for(lang), pick(["intl", "e164", "nat"]))
        rows.append("%s;'⟪P%d⟫;%s" % (display_name(f, l), i, pick(["Berlin", "Lyon", "Utrecht", "Kraków", "Torino", "Sevilla", "Graz"])))
    text, spans = mk("\n".join(rows), vals)
    return "p_csv_text_forced", lang, text, spans, []


def t_p_pnr():
    r = region_for(pick(LANGS))
    v, shape, _, _ = phone(r, "digits")
    al = pick(["LH", "AF", "BA", "KL", "TK", "QR", "SQ", "NH"])
    tpl = ("RP/%sB0%s/\n  1.%s/%s MR\n  2  %s %d Y %02dDEC 4 FRAMUC HK1  0715 0815  %s\n  3 AP FRA ⟪P⟫-M\n  4 SSR CTCM %s HK1/⟪P⟫/%s\n  5 TK OK%02dNOV/FRA%sB0%s") % (
        pick(["FRA", "PAR", "LON"]), rs(DIG, 2), person("en")[1].upper(), person("en")[0].upper(), al, R.randint(100, 999), R.randint(1, 28),
        rs(UPALNUM, 6), al, r, R.randint(1, 28), pick(["LH", "1A"]), rs(DIG, 2))
    text, spans = mk(tpl, {"P": ("phone", v, shape)})
    return "p_gds_pnr", "en", text, spans, []


def t_p_shop_order():
    lang = pick(LANGS)
    r = region_for(lang)
    sp = P(r, pick(["intl", "e164", "nat"]))
    obj = {"order": {"name": "#%d" % R.randint(1001, 99999), "financial_status": "paid", "shipping_address": {
        "city": pick(["Hamburg", "Lyon", "Osaka", "Porto", "Gdańsk", "Austin"]), "country_code": r, "phone": "⟪P⟫"},
        "shipping_lines": [{"title": pick(["DHL Express", "Colissimo", "Standard"]), "price": "%d.%02d" % (R.randint(3, 19), R.randint(0, 99))}]}}
    text, spans = mk(json.dumps(obj, ensure_ascii=False), {"P": sp})
    return "p_shop_order_json", "en", text, spans, []


def t_p_host_msg():
    lang = pick(["en", "de", "fr", "es", "it", "pt", "nl"])
    sp = P(region_for(lang), pick(["nat", "intl", "intl"]))
    tpl = {"en": "Hi! Check-in is from 3pm, the lockbox code comes the morning of arrival. If anything goes wrong just call or WhatsApp me on ⟪P⟫.",
           "de": "Hallo! Check-in ab 15 Uhr, den Code für die Schlüsselbox schicke ich am Anreisetag. Bei Problemen einfach unter ⟪P⟫ anrufen.",
           "fr": "Bonjour ! Arrivée à partir de 15h. En cas de souci, appelez-moi au ⟪P⟫.",
           "es": "¡Hola! El check-in es a partir de las 15:00. Cualquier cosa me llamas al ⟪P⟫.",
           "it": "Ciao! Il check-in è dalle 15. Per qualsiasi problema chiamami al ⟪P⟫.",
           "pt": "Olá! O check-in é a partir das 15h. Qualquer problema liga para ⟪P⟫.",
           "nl": "Hoi! Inchecken kan vanaf 15:00. Bel of app me op ⟪P⟫ als er iets is."}[lang]
    text, spans = mk(tpl, {"P": sp})
    return "p_host_message", lang, text, spans, []


def t_p_classified():
    lang = pick(["de", "fr", "ru", "pl", "pt", "es", "it", "tr"])
    sp = P(region_for(lang), pick(["nat", "nat", "intl"]))
    tpl = {"de": "Verkaufe Kinderfahrrad 20 Zoll, kaum benutzt, 80 € VB. Abholung in Leipzig. Tel./WhatsApp: ⟪P⟫ (ab 17 Uhr)",
           "fr": "Vends canapé 3 places, très bon état, 150 €. À récupérer sur place. Contact : ⟪P⟫ (SMS de préférence)",
           "ru": "Продаю зимнюю резину R16, 4 шт., 12 000 ₽. Самовывоз. Звонить: ⟪P⟫, Андрей",
           "pl": "Sprzedam rower górski, rama M, 1200 zł do negocjacji. Kontakt: ⟪P⟫",
           "pt": "Vendo geladeira frost free, 2 anos de uso, R$ 1.800. Zap: ⟪P⟫",
           "es": "Se vende mesa de comedor extensible, 120 €. Interesados llamar al ⟪P⟫",
           "it": "Vendo passeggino trio, ottime condizioni, 200 €. Chiamare ⟪P⟫ ore serali",
           "tr": "Satılık bulaşık makinesi, 1 yıllık, 9.000 TL. İletişim: ⟪P⟫"}[lang]
    text, spans = mk(tpl, {"P": sp})
    return "p_classified_ad", lang, text, spans, []


def t_p_emergency():
    lang = pick(["en", "en", "de", "fr", "es", "nl", "sv", "ja"])
    a = P(region_for(lang), "nat")
    b = P(region_for(lang), pick(["nat", "intl"]))
    tpl = {"en": "Emergency contact 1: mother – ⟪A⟫\nEmergency contact 2: partner – ⟪B⟫\nAllergies: penicillin",
           "de": "Notfallkontakt 1: Mutter – ⟪A⟫\nNotfallkontakt 2: Partner – ⟪B⟫\nAllergien: keine",
           "fr": "Personne à prévenir : mère – ⟪A⟫\nAutre contact : conjoint – ⟪B⟫",
           "es": "Contacto de emergencia: madre – ⟪A⟫\nOtro contacto: pareja – ⟪B⟫",
           "nl": "Noodcontact 1: moeder – ⟪A⟫\nNoodcontact 2: partner – ⟪B⟫",
           "sv": "Närmast anhörig: mamma – ⟪A⟫\nAnnan kontakt: sambo – ⟪B⟫",
           "ja": "緊急連絡先1：母 ⟪A⟫\n緊急連絡先2：夫 ⟪B⟫"}[lang]
    text, spans = mk(tpl, {"A": a, "B": b})
    return "p_emergency_contacts", lang, text, spans, []


def t_p_parent_table():
    lang = pick(["en", "de", "fr", "nl", "es"])
    hdr = {"en": "| Child | Parent | Phone |", "de": "| Kind | Elternteil | Telefon |", "fr": "| Enfant | Parent | Téléphone |",
           "nl": "| Kind | Ouder | Telefoon |", "es": "| Niño/a | Madre/Padre | Teléfono |"}[lang]
    rows = [hdr, "|---|---|---|"]
    vals = {}
    for i in range(R.randint(2, 4)):
        vals["P%d" % i] = P(region_for(lang), pick(["nat", "nat", "nat_compact", "intl"]))
        rows.append("| %s | %s | ⟪P%d⟫ |" % (person(lang)[0].capitalize(), person(lang)[0].capitalize(), i))
    text, spans = mk("\n".join(rows), vals)
    return "p_markdown_roster", lang, text, spans, []


def t_p_cdr():
    r1, r2 = region_for(pick(LANGS)), region_for(pick(LANGS))
    a = phone(r1, "e164")
    b = phone(r2, pick(["e164", "digits", "00"]))
    tpl = ('"%s","⟪A⟫","⟪B⟫","public","%s","%s","%s",%d,%d,"NORMAL_CLEARING","%s"') % (
        person("en")[0].capitalize(), iso_ts(), iso_ts(), iso_ts(), R.randint(5, 900), R.randint(3, 880), uuid4())
    text, spans = mk(tpl, {"A": ("phone", a[0], a[1]), "B": ("phone", b[0], b[1])})
    return "p_freeswitch_cdr", "en", text, spans, []


def t_p_twilio_err():
    sp = P(region_for(pick(LANGS)), "e164")
    tpl = pick(["[notify] %s WARN twilio 30003 Unreachable destination handset to=⟪P⟫ sid=SM%s",
                "[notify] %s ERROR twilio 30005 Unknown destination handset to=⟪P⟫ sid=SM%s retry=2"]) % (iso_ts(), rs(HEX, 32))
    text, spans = mk(tpl, {"P": sp})
    return "p_sms_worker_log", "en", text, spans, []


def t_p_yaml_contacts():
    vals = {}
    lines = ["contacts:"]
    for i, role in enumerate(pick([["landlord", "caretaker"], ["vet", "dog_sitter", "neighbour"], ["tax_advisor"], ["plumber", "electrician"]])):
        lang = pick(LANGS)
        vals["P%d" % i] = P(region_for(lang), pick(["intl", "e164", "nat", "00", "intl_dash"]))
        lines += ["  - role: %s" % role, "    phone: \"⟪P%d⟫\"" % i, "    notes: %s" % pick(["weekdays only", "prefers SMS", "speaks English", "after 18:00"])]
    text, spans = mk("\n".join(lines), vals)
    return "p_yaml_contacts", "en", text, spans, []


def t_p_call_log():
    lines = ["date,type,number,duration"]
    vals = {}
    for i in range(R.randint(2, 4)):
        lang = pick(LANGS)
        vals["P%d" % i] = P(region_for(lang), pick(["e164", "nat_compact", "intl", "00"]))
        lines.append("2026-%02d-%02d %s,%s,⟪P%d⟫,%d" % (R.randint(9, 12), R.randint(1, 28), hhmm(), pick(["INCOMING", "OUTGOING", "MISSED"]), i, R.randint(0, 900)))
    text, spans = mk("\n".join(lines), vals)
    return "p_call_log_csv", "en", text, spans, []


def t_p_ext():
    r = pick(["US", "CA", "GB", "AU", "DE"])
    sp = P(r, "nat" if r in ("US", "CA") else pick(["nat", "intl"]))
    tpl = pick(["Front desk: ⟪P⟫ ext. %d", "Direct line ⟪P⟫ x%d (ask for billing)", "Tel. ⟪P⟫, Durchwahl -%d"]) % R.randint(10, 899)
    text, spans = mk(tpl, {"P": sp})
    return "p_with_extension", "en", text, spans, []


def t_p_otp_log():
    sp = P(region_for(pick(LANGS)), pick(["e164", "e164", "intl"]))
    tpl = "%s INFO auth.otp sent code to ⟪P⟫ via sms provider=%s status=delivered latency_ms=%d" % (iso_ts(), pick(["vonage", "twilio", "messagebird", "sinch"]), R.randint(200, 3000))
    text, spans = mk(tpl, {"P": sp})
    return "p_otp_log", "en", text, spans, []


def t_p_sql_update():
    sp = P(region_for(pick(LANGS)), pick(["e164", "intl", "nat"]))
    tpl = pick(["UPDATE customers SET phone = '⟪P⟫', updated_at = now() WHERE id = %d;",
                "SELECT id, name FROM leads WHERE phone = '⟪P⟫' OR phone_alt = '⟪P⟫';"])
    if "%d" in tpl:
        tpl = tpl % R.randint(10, 99999)
    text, spans = mk(tpl, {"P": sp})
    return "p_sql", "en", text, spans, []


def t_p_tel_fax():
    lang = pick(["de", "fr", "it", "es", "nl", "ja", "pl"])
    a = P(region_for(lang), "nat")
    b = P(region_for(lang), "nat")
    lab = {"de": ("Tel.", "Fax"), "fr": ("Tél.", "Fax"), "it": ("Tel.", "Fax"), "es": ("Tel.", "Fax"), "nl": ("Tel.", "Fax"),
           "ja": ("TEL", "FAX"), "pl": ("Tel.", "Faks")}[lang]
    tpl = "%s: ⟪A⟫\n%s: ⟪B⟫" % lab
    text, spans = mk(tpl, {"A": a, "B": b})
    return "p_tel_fax", lang, text, spans, []


def t_p_api_contact():
    sp = P(region_for(pick(LANGS)), pick(["e164", "intl", "intl_dash"]))
    obj = {"data": {"id": "con_" + rs(LOWALNUM, 14), "type": "contact", "attributes": {"mobile": "⟪P⟫", "mobile_verified": True, "locale": pick(["de", "en", "fr"])}}}
    text, spans = mk(json.dumps(obj, ensure_ascii=False, indent=pick([None, 2])), {"P": sp})
    return "p_jsonapi_contact", "en", text, spans, []


def t_p_group_members():
    lang = pick(["de", "en", "es", "pt", "it"])
    vals = {}
    parts = []
    for i in range(R.randint(2, 4)):
        vals["P%d" % i] = P(region_for(lang), pick(["intl", "intl", "nat", "intl_dash"]))
        parts.append("⟪P%d⟫" % i)
    head = {"de": "Mitglieder der Gruppe „Hausverwaltung Süd“: ", "en": "Members of the 'Allotment committee' group: ",
            "es": "Miembros del grupo «Comunidad 3B»: ", "pt": "Membros do grupo \"Condomínio\": ", "it": "Membri del gruppo \"Condominio\": "}[lang]
    text, spans = mk(head + ", ".join(parts), vals)
    return "p_group_members", lang, text, spans, []


def t_p_doctor():
    lang = pick(["de", "fr", "en", "it", "es", "nl"])
    sp = P(region_for(lang), pick(["nat", "nat", "intl"]))
    tpl = {"de": "Ihr Termin: Do., %s Uhr, Praxis Dr. Weber. Absagen bitte bis 24 h vorher unter ⟪P⟫.",
           "fr": "Votre RDV : jeudi à %s, cabinet du Dr Martin. Pour annuler : ⟪P⟫.",
           "en": "Your appointment: Thu %s, Riverside Dental. To cancel call ⟪P⟫ at least 24h ahead.",
           "it": "Appuntamento: giovedì ore %s, Studio Dott. Rossi. Disdette al ⟪P⟫.",
           "es": "Su cita: jueves a las %s, Clínica Dental Sur. Para cancelar llame al ⟪P⟫.",
           "nl": "Uw afspraak: do %s, Tandartspraktijk Oost. Afzeggen via ⟪P⟫."}[lang] % hhmm()
    text, spans = mk(tpl, {"P": sp})
    return "p_appointment_note", lang, text, spans, []


# ---------------- card ----------------
GDS_NET = {"visa": "VI", "mastercard": "CA", "mastercard2": "CA", "amex": "AX", "diners": "DC", "jcb": "JC", "discover": "DS", "unionpay": "UP"}


def t_c_gds():
    net = pick(list(GDS_NET))
    d = card_digits(net)
    tpl = "  6 FP CC%s⟪C⟫/%s*CVV\n  7 FM *M*1\n  8 RM PAX PAID BY OWN CARD" % (GDS_NET[net], expiry().replace("/", ""))
    text, spans = mk(tpl, {"C": ("card", d, "%s_%d_plain" % (net, len(d)))})
    return "c_gds_fop", "en", text, spans, []


def t_c_1pux():
    sp, d = C(pick(LANGS), sep=pick(["", " "]))
    obj = {"item": {"title": pick(["Visa Debit", "Amex Gold", "Work card", "Travel card"]), "details": {"sections": [{"fields": [
        {"title": "number", "id": "ccnum", "value": {"creditCardNumber": "⟪C⟫"}},
        {"title": "expiry date", "id": "expiry", "value": {"monthYear": int("20%d%02d" % (R.randint(27, 31), R.randint(1, 12)))}}]}]}}}
    text, spans = mk(json.dumps(obj, ensure_ascii=False), {"C": sp})
    return "c_password_manager_export", "en", text, spans, []


def t_c_firefox():
    sp, d = C(pick(LANGS), sep="")
    obj = [{"guid": "{" + uuid4() + "}", "version": 3, "cc-number": "⟪C⟫", "cc-exp-month": R.randint(1, 12), "cc-exp-year": R.randint(2027, 2031),
            "cc-type": pick(["visa", "mastercard", "amex"]), "timeCreated": R.randint(1690000000000, 1790000000000)}]
    text, spans = mk(json.dumps(obj, ensure_ascii=False), {"C": sp})
    return "c_browser_autofill", "en", text, spans, []


def t_c_dashlane():
    vals = {}
    rows = ["type,account_name,cc_number,code,expiration_month,expiration_year,bank"]
    for i in range(R.randint(1, 2)):
        sp, d = C(pick(LANGS), sep="")
        vals["C%d" % i] = sp
        rows.append("payment_card,%s,⟪C%d⟫,%s,%02d,%d,%s" % (pick(["Everyday", "Groceries", "Joint"]), i, cvc(d), R.randint(1, 12), R.randint(2027, 2031),
                                                          pick(["N26", "Revolut", "Monzo", "ING", "Chase"])))
    text, spans = mk("\n".join(rows), vals)
    return "c_card_csv_export", "en", text, spans, []


def t_c_hotel():
    lang = pick(["en", "de", "fr", "es", "it"])
    sp, d = C(lang)
    tpl = {"en": "Guarantee: ⟪C⟫ exp %s — card holder = guest, no prepayment",
           "de": "Garantie: Kreditkarte ⟪C⟫, gültig bis %s – Karteninhaber ist der Gast",
           "fr": "Garantie : carte ⟪C⟫ exp. %s – titulaire = client",
           "es": "Garantía: tarjeta ⟪C⟫ cad. %s – titular = huésped",
           "it": "Garanzia: carta ⟪C⟫ scad. %s – titolare = ospite"}[lang] % expiry()
    text, spans = mk(tpl, {"C": sp})
    return "c_hotel_guarantee", lang, text, spans, []


def t_c_pan_scan():
    sp, d = C(pick(LANGS), sep=pick(["", "", " ", "-"]))
    tpl = "[pan-finder] %s /var/log/checkout/app-%s.log:%d possible PAN: ⟪C⟫ (luhn ok)" % (iso_ts(), rs(DIG, 8), R.randint(10, 99999))
    text, spans = mk(tpl, {"C": sp})
    return "c_pan_scanner", "en", text, spans, []


def t_c_logfmt():
    sp, d = C(pick(LANGS), sep="")
    tpl = pick(['%s level=error svc=payments msg="charge failed" card_number=⟪C⟫ amount=%d.%02d currency=EUR code=do_not_honor',
                '%s ERROR [payment-worker] CardDeclined pan=⟪C⟫ reason=insufficient_funds attempt=2 amount=%d.%02d']) % (iso_ts(), R.randint(5, 900), R.randint(0, 99))
    text, spans = mk(tpl, {"C": sp})
    return "c_logfmt_line", "en", text, spans, []


def t_c_kafka():
    sp, d = C(pick(LANGS), sep="")
    tpl = 'kcat -C -t payments.raw -o -1 -e\n{"order":"%s","pan":"⟪C⟫","exp":"%s","amount":%d}\n%% Reached end of topic payments.raw [0] at offset %d: exiting' % (
        "ord_" + rs(LOWALNUM, 10), expiry(), R.randint(100, 99999), R.randint(1000, 999999))
    text, spans = mk(tpl, {"C": sp})
    return "c_kafka_consumer", "en", text, spans, []


def t_c_expense():
    lang = pick(["en", "de", "fr", "nl"])
    hdr = {"en": "Date\tMerchant\tAmount\tPaid with", "de": "Datum\tHändler\tBetrag\tBezahlt mit", "fr": "Date\tMarchand\tMontant\tPayé avec",
           "nl": "Datum\tWinkel\tBedrag\tBetaald met"}[lang]
    sp, d = C(lang)
    rows = [hdr, "%02d.%02d.2026\t%s\t%d,%02d\t⟪C⟫" % (R.randint(1, 28), R.randint(9, 12), pick(["Lufthansa", "Hotel Adlon", "Uber", "SNCF", "Booking.com"]), R.randint(20, 900), R.randint(0, 99))]
    text, spans = mk("\n".join(rows), {"C": sp})
    return "c_expense_sheet", lang, text, spans, []


def t_c_console():
    sp, d = C(pick(LANGS), sep=pick(["", " "]))
    tpl = "> console.log('submit', form.values)\nsubmit { cardNumber: '⟪C⟫', expiry: '%s', cvc: '%s', saveCard: true }" % (expiry(), cvc(d))
    text, spans = mk(tpl, {"C": sp})
    return "c_devtools_console", "en", text, spans, []


def t_c_json_int():
    sp, d = C(pick(LANGS), sep="")
    tpl = pick(['{"card_number": ⟪C⟫, "exp_month": %d, "exp_year": %d}', "card = {'number': ⟪C⟫, 'exp_month': %d, 'exp_year': %d}"]) % (R.randint(1, 12), R.randint(2027, 2031))
    text, spans = mk(tpl, {"C": sp})
    return "c_number_literal", "en", text, spans, []


def t_c_support():
    lang = pick(["en", "de", "fr", "es", "pt", "it"])
    sp, d = C(lang)
    tpl = {"en": "Ticket #%d\nCustomer wrote: \"please refund to the card I paid with, ⟪C⟫, exp %s. thanks\"",
           "de": "Ticket #%d\nKunde schreibt: „Bitte auf die Karte ⟪C⟫ (gültig bis %s) zurückbuchen.“",
           "fr": "Ticket #%d\nLe client écrit : « remboursez sur la carte ⟪C⟫, exp %s svp »",
           "es": "Ticket #%d\nEl cliente escribe: \"devuélvanlo a la tarjeta ⟪C⟫, vence %s\"",
           "pt": "Ticket #%d\nCliente escreveu: \"estornem no cartão ⟪C⟫, validade %s\"",
           "it": "Ticket #%d\nIl cliente scrive: \"rimborsate sulla carta ⟪C⟫, scadenza %s\""}[lang] % (R.randint(10000, 999999), expiry())
    text, spans = mk(tpl, {"C": sp})
    return "c_support_ticket", lang, text, spans, []


def t_c_keepass():
    sp, d = C(pick(LANGS))
    tpl = "<Entry>\n  <String><Key>Title</Key><Value>%s</Value></String>\n  <String><Key>Card Number</Key><Value>⟪C⟫</Value></String>\n  <String><Key>Expires</Key><Value>%s</Value></String>\n</Entry>" % (
        pick(["Visa", "Credit card", "Amex Platinum"]), expiry())
    text, spans = mk(tpl, {"C": sp})
    return "c_keepass_xml", "en", text, spans, []


def t_c_two_cards():
    lang = pick(["en", "de", "fr", "es"])
    a, _ = C(lang)
    b, _ = C(lang)
    tpl = {"en": "Cards on file — personal: ⟪A⟫, business: ⟪B⟫. Use the business one for the AWS bill.",
           "de": "Hinterlegte Karten – privat: ⟪A⟫, Firma: ⟪B⟫. Für die Miete die private nehmen.",
           "fr": "Cartes enregistrées – perso : ⟪A⟫, pro : ⟪B⟫.",
           "es": "Tarjetas guardadas – personal: ⟪A⟫, empresa: ⟪B⟫."}[lang]
    text, spans = mk(tpl, {"A": a, "B": b})
    return "c_two_cards", lang, text, spans, []


def t_c_form_labels():
    lang = pick(["de", "fr", "es", "it", "pt", "nl", "pl", "ja", "ru", "tr"])
    sp, d = C(lang)
    lab = {"de": ("Kartennummer", "Gültig bis", "Prüfnummer"), "fr": ("Numéro de carte", "Date d'expiration", "Cryptogramme"),
           "es": ("Número de tarjeta", "Caducidad", "CVV"), "it": ("Numero carta", "Scadenza", "CVV"),
           "pt": ("Número do cartão", "Validade", "CVV"), "nl": ("Kaartnummer", "Vervaldatum", "CVC"),
           "pl": ("Numer karty", "Data ważności", "CVV"), "ja": ("カード番号", "有効期限", "セキュリティコード"),
           "ru": ("Номер карты", "Срок действия", "CVC"), "tr": ("Kart numarası", "Son kullanma", "CVV")}[lang]
    tpl = "%s: ⟪C⟫\n%s: %s\n%s: %s" % (lab[0], lab[1], expiry(), lab[2], cvc(d))
    text, spans = mk(tpl, {"C": sp})
    return "c_form_fields", lang, text, spans, []


def t_c_url():
    sp, d = C(pick(LANGS), sep="")
    tpl = '%s - - [%02d/Nov/2026:%s:%02d +0000] "GET /pay/confirm?cardnumber=⟪C⟫&exp=%s HTTP/1.1" 302 0 "-" "Mozilla/5.0"' % (
        "10.0.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), R.randint(1, 28), hhmm(), R.randint(0, 59), expiry().replace("/", ""))
    text, spans = mk(tpl, {"C": sp})
    return "c_access_log_query", "en", text, spans, []


def t_c_voice():
    sp, d = C("en", sep=" ")
    tpl = "Agent: Can I take the long number on the front of the card?\nCaller: Yeah it's ⟪C⟫.\nAgent: And the expiry?\nCaller: %s." % expiry()
    text, spans = mk(tpl, {"C": sp})
    return "c_call_transcript", "en", text, spans, []


def t_c_agent_fill():
    sp, d = C(pick(LANGS))
    tpl = ("I'll fill in the checkout form now.\n\nbrowser_type(selector=\"#card-number\", text=\"⟪C⟫\")\nbrowser_type(selector=\"#expiry\", text=\"%s\")\n"
           "browser_click(selector=\"button[type=submit]\")") % expiry()
    text, spans = mk(tpl, {"C": sp})
    return "c_agent_browser_action", "en", text, spans, []


# ---------------- api_key ----------------
ENV_FILLER = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=debug", "TZ=Europe/Berlin", "APP_URL=https://app.brightpath.io",
              "FEATURE_FLAGS=beta_ui,new_billing", "WORKERS=4", "REDIS_URL=redis://localhost:6379/0", "PYTHONUNBUFFERED=1",
              "NEXT_PUBLIC_SITE_NAME=Copperleaf", "MAX_UPLOAD_MB=25", "DEFAULT_MODEL=claude-sonnet-4-5"]


def non_url_key(prefixed_only=False):
    while True:
        k, sp = K(prefixed_only=prefixed_only)
        if k[0] not in URL_KEYS:
            return k, sp


def t_k_envfile():
    n = pick([1, 1, 2, 2, 3])
    lines = []
    vals = {}
    used = set()
    for i in range(n):
        k, sp = non_url_key()
        if k[2] in used:
            continue
        used.add(k[2])
        vals["K%d" % i] = sp
        lines.append("%s%s=%s" % (pick(["", "", "export "]), k[2], pick(["⟪K%d⟫", "\"⟪K%d⟫\"", "'⟪K%d⟫'"]) % i))
    for _ in range(R.randint(1, 3)):
        lines.insert(R.randint(0, len(lines)), pick(ENV_FILLER))
    head = pick(["# .env.local", "$ cat .env", "# ~/.zshrc (bottom)", "$ cat ~/.config/fish/conf.d/keys.env", ""])
    text, spans = mk((head + "\n" if head else "") + "\n".join(lines), vals)
    return "k_dotenv", "en", text, spans, []


def t_k_docker_inspect():
    k, sp = non_url_key()
    tpl = ('$ docker inspect --format \'{{json .Config.Env}}\' worker-1 | jq .\n[\n  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",\n'
           '  "%s=⟪K⟫",\n  "LANG=C.UTF-8",\n  "PYTHON_VERSION=3.13.1"\n]') % k[2]
    text, spans = mk(tpl, {"K": sp})
    return "k_docker_inspect_env", "en", text, spans, []


def t_k_ps():
    k, sp = non_url_key()
    flag = pick(["--api-key", "--token", "--api-key=", "--%s-key" % k[3].split()[0].lower()])
    sepc = "" if flag.endswith("=") else " "
    tpl = ("$ ps aux | grep worker\napp       %d  2.1  1.4 1184320 231452 ?      Ssl  %s   3:12 /usr/bin/python3 -m worker --queue default %s%s⟪K⟫\n"
           "app       %d  0.0  0.0   6480   2304 pts/0    S+   %s   0:00 grep worker") % (R.randint(300, 60000), hhmm(), flag, sepc, R.randint(300, 60000), hhmm())
    text, spans = mk(tpl, {"K": sp})
    return "k_ps_aux_args", "en", text, spans, []


def t_k_systemd():
    k, sp = non_url_key()
    tpl = "[Unit]\nDescription=ingest worker\nAfter=network-online.target\n\n[Service]\nUser=ingest\nEnvironment=\"%s=⟪K⟫\"\nExecStart=/opt/ingest/bin/run\nRestart=on-failure" % k[2]
    text, spans = mk(tpl, {"K": sp})
    return "k_systemd_unit", "en", text, spans, []


def header_key():
    while True:
        k, sp = non_url_key()
        if auth_header(k, "X"):
            return k, sp


def t_k_httpie():
    k, sp = header_key()
    h = auth_header(k, "⟪K⟫")
    name, val = h.split(": ", 1)
    tpl = pick(["$ http POST https://%s/v1/%s %s:\"%s\" input=='hello'" % (k[5], pick(["messages", "jobs", "items"]), name, val),
                "$ xh GET https://%s/v1/%s '%s:%s'" % (k[5], pick(["me", "models", "status"]), name, val),
                "$ wget -qO- --header=\"%s\" https://%s/v1/%s" % (h, k[5], pick(["me", "account", "usage"]))])
    text, spans = mk(tpl, {"K": sp})
    return "k_http_cli", "en", text, spans, []


def t_k_setx_trace():
    k, sp = header_key()
    h = auth_header(k, "⟪K⟫")
    tpl = ("Run ./scripts/smoke.sh\n+ set -euo pipefail\n+ curl -fsS -H '%s' -H 'Content-Type: application/json' https://%s/v1/%s\n"
           "curl: (22) The requested URL returned error: 401\nError: Process completed with exit code 22.") % (h, k[5], pick(["health", "me", "projects"]))
    text, spans = mk(tpl, {"K": sp})
    return "k_ci_xtrace", "en", text, spans, []


def t_k_gha_env():
    k, sp = non_url_key()
    tpl = ("name: nightly-eval\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  eval:\n    runs-on: ubuntu-latest\n    env:\n"
           "      %s: ⟪K⟫  # TODO move to secrets\n    steps:\n      - uses: actions/checkout@v4\n      - run: make eval") % k[2]
    text, spans = mk(tpl, {"K": sp})
    return "k_gha_workflow", "en", text, spans, []


def t_k_gitlab_ci():
    k, sp = non_url_key()
    tpl = "variables:\n  %s: \"⟪K⟫\"\n  GIT_DEPTH: \"10\"\n\ntest:\n  image: node:22\n  script:\n    - npm ci\n    - npm test" % k[2]
    text, spans = mk(tpl, {"K": sp})
    return "k_gitlab_ci", "en", text, spans, []


def t_k_helm():
    k, sp = non_url_key()
    sect = re.sub(r"[^a-z]", "", k[3].split()[0].lower()) or "provider"
    tpl = "replicaCount: 2\nimage:\n  repository: ghcr.io/tidewater/api\n  tag: \"1.8.2\"\n%s:\n  apiKey: \"⟪K⟫\"\n  timeoutSeconds: 30" % sect
    text, spans = mk(tpl, {"K": sp})
    return "k_helm_values", "en", text, spans, []


def t_k_cli_set():
    k, sp = non_url_key()
    e = k[2]
    tpl = pick(["$ heroku config:set %s=⟪K⟫ -a kestrel-api\nSetting %s and restarting ⬢ kestrel-api... done, v%d" % (e, e, R.randint(20, 400)),
                "$ railway variables --set \"%s=⟪K⟫\"" % e,
                "$ aws ssm put-parameter --name /prod/api/%s --type SecureString --value '⟪K⟫' --overwrite\n{\n    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}" % (e.lower(), R.randint(2, 30)),
                "$ az keyvault secret set --vault-name kv-tidewater-prod --name %s --value ⟪K⟫" % e.replace("_", "-"),
                "$ gcloud run deploy api --region europe-west1 --set-env-vars %s=⟪K⟫,LOG_LEVEL=info" % e,
                "$ flyctl secrets set %s=⟪K⟫ --app copperleaf-web\nUpdating existing machines in 'copperleaf-web' with rolling strategy" % e,
                "$ npx convex env set %s ⟪K⟫" % e,
                "$ launchctl setenv %s ⟪K⟫" % e,
                "PS> [Environment]::SetEnvironmentVariable(\"%s\", \"⟪K⟫\", \"User\")" % e])
    text, spans = mk(tpl, {"K": sp})
    return "k_cli_set_secret", "en", text, spans, []


PY_CLIENT = {"openai": "from openai import OpenAI\nclient = OpenAI(api_key=\"⟪K⟫\")", "anthropic": "import anthropic\nclient = anthropic.Anthropic(api_key=\"⟪K⟫\")",
             "google": "from google import genai\nclient = genai.Client(api_key=\"⟪K⟫\")", "groq": "from groq import Groq\nclient = Groq(api_key=\"⟪K⟫\")",
             "mistral": "from mistralai import Mistral\nclient = Mistral(api_key=\"⟪K⟫\")", "cohere": "import cohere\nco = cohere.ClientV2(api_key=\"⟪K⟫\")",
             "stripe": "import stripe\nstripe.api_key = \"⟪K⟫\"", "pinecone": "from pinecone import Pinecone\npc = Pinecone(api_key=\"⟪K⟫\")",
             "huggingface": "from huggingface_hub import login\nlogin(token=\"⟪K⟫\")", "replicate": "import replicate\nrc = replicate.Client(api_token=\"⟪K⟫\")",
             "elevenlabs": "from elevenlabs.client import ElevenLabs\nel = ElevenLabs(api_key=\"⟪K⟫\")", "tavily": "from tavily import TavilyClient\ntv = TavilyClient(api_key=\"⟪K⟫\")",
             "notion": "from notion_client import Client\nnotion = Client(auth=\"⟪K⟫\")", "slack": "from slack_sdk import WebClient\nslack = WebClient(token=\"⟪K⟫\")",
             "sendgrid": "import sendgrid\nsg = sendgrid.SendGridAPIClient(api_key=\"⟪K⟫\")", "github": "from github import Github, Auth\ngh = Github(auth=Auth.Token(\"⟪K⟫\"))"}


def py_family(kid):
    for fam in ["openai", "anthropic", "groq", "mistral", "cohere", "stripe", "pinecone", "huggingface", "replicate", "elevenlabs", "tavily", "notion", "sendgrid", "github"]:
        if kid.startswith(fam):
            return fam
    if kid == "google_aiza":
        return "google"
    if kid in ("slack_bot", "slack_user"):
        return "slack"
    return None


def t_k_python():
    k, sp = non_url_key()
    fam = py_family(k[0])
    if fam and chance(0.75):
        code = PY_CLIENT[fam]
    else:
        h = auth_header(k, "⟪K⟫")
        if h:
            name, val = h.split(": ", 1)
            code = "import httpx\nr = httpx.get(\"https://%s/v1/%s\", headers={\"%s\": \"%s\"}, timeout=20)\nr.raise_for_status()" % (k[5], pick(["me", "items", "usage"]), name, val)
        else:
            code = "import os\nos.environ[\"%s\"] = \"⟪K⟫\"  # quick test, remove before commit" % k[2]
    text, spans = mk(pick(["", "# notebook cell 3\n", ">>> "]) + code, {"K": sp})
    return "k_python_client", "en", text, spans, []


def t_k_other_lang():
    k, sp = non_url_key()
    e = k[2]
    tpl = pick([
        "const client = createOpenAICompatible({\n  name: '%s',\n  baseURL: 'https://%s/v1',\n  apiKey: '⟪K⟫',\n});" % (k[0].split("_")[0], k[5]),
        "func main() {\n\tapiKey := \"⟪K⟫\" // %s\n\treq, _ := http.NewRequest(\"GET\", \"https://%s/v1/me\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+apiKey)\n}" % (e, k[5]),
        "var client = HttpClient.newHttpClient();\nvar req = HttpRequest.newBuilder(URI.create(\"https://%s/v1/me\"))\n    .header(\"Authorization\", \"Bearer ⟪K⟫\").build();" % k[5],
        "client = Faraday.new(url: \"https://%s\") do |f|\n  f.request :authorization, \"Bearer\", \"⟪K⟫\"\nend" % k[5],
        "$http = new \\GuzzleHttp\\Client(['base_uri' => 'https://%s', 'headers' => ['Authorization' => 'Bearer ⟪K⟫']]);" % k[5],
        "let config = Config(%s: \"⟪K⟫\")  // TODO: read from Keychain" % pick(["apiKey", "token", "secret"]),
        "android {\n    defaultConfig {\n        buildConfigField \"String\", \"%s\", \"\\\"⟪K⟫\\\"\"\n    }\n}" % e,
        "#[tokio::main]\nasync fn main() {\n    let key = \"⟪K⟫\"; // %s\n    let client = reqwest::Client::new();\n}" % e,
    ])
    text, spans = mk(tpl, {"K": sp})
    return "k_code_literal", "en", text, spans, []


def t_k_netrc():
    k, sp = non_url_key()
    tpl = "$ cat ~/.netrc\nmachine %s\n  login %s\n  password ⟪K⟫" % (k[5], pick(["apikey", "token", "oauth2", "x-access-token", "deploy"]))
    text, spans = mk(tpl, {"K": sp})
    return "k_netrc", "en", text, spans, []


def t_k_agent_config():
    choice = pick(["claude_json", "opencode", "aider", "codex_auth", "goose", "mcp_env"])
    if choice == "claude_json":
        k, sp = K("anthropic_api03")
        tpl = '{\n  "numStartups": %d,\n  "primaryApiKey": "⟪K⟫",\n  "hasCompletedOnboarding": true,\n  "theme": "dark"\n}' % R.randint(3, 400)
    elif choice == "opencode":
        k, sp = K(pick(["anthropic_api03", "openai_proj", "openrouter", "groq", "xai", "deepseek"]))
        prov = {"anthropic": "anthropic", "openai": "openai", "openrouter": "openrouter", "groq": "groq", "xai": "xai", "deepseek": "deepseek"}[k[0].split("_")[0]]
        tpl = '$ cat ~/.local/share/opencode/auth.json\n{\n  "%s": {\n    "type": "api",\n    "key": "⟪K⟫"\n  }\n}' % prov
    elif choice == "aider":
        k, sp = K(pick(["openai_proj", "anthropic_api03", "deepseek", "openrouter"]))
        opt = "openai-api-key" if k[0].startswith("openai") else "anthropic-api-key" if k[0].startswith("anthropic") else "api-key"
        val = "⟪K⟫" if opt != "api-key" else "%s=⟪K⟫" % k[0].split("_")[0]
        tpl = "# .aider.conf.yml\nmodel: %s\n%s: %s\nauto-commits: false" % (pick(["sonnet", "gpt-5", "deepseek/deepseek-chat"]), opt, val)
    elif choice == "codex_auth":
        k, sp = K(pick(["openai_proj", "openai_svcacct"]))
        tpl = '$ cat ~/.codex/auth.json\n{\n  "OPENAI_API_KEY": "⟪K⟫",\n  "tokens": null,\n  "last_refresh": "%s"\n}' % iso_ts()
    elif choice == "goose":
        k, sp = non_url_key(prefixed_only=True)
        tpl = "# ~/.config/goose/config.yaml\nGOOSE_PROVIDER: %s\nGOOSE_MODEL: %s\n%s: ⟪K⟫" % (k[0].split("_")[0], pick(["gpt-4.1", "claude-sonnet-4-5", "llama-3.3-70b"]), k[2])
    else:
        k, sp = non_url_key()
        tpl = ('{\n  "mcpServers": {\n    "%s": {\n      "command": "npx",\n      "args": ["-y", "@%s/mcp-server"],\n      "env": { "%s": "⟪K⟫" }\n    }\n  }\n}') % (
            k[0].split("_")[0], k[0].split("_")[0], k[2])
    text, spans = mk(tpl, {"K": sp})
    return "k_agent_tool_config", "en", text, spans, []


def t_k_create_response():
    k, sp = non_url_key(prefixed_only=True)
    obj = {"id": "key_" + rs(LOWALNUM, 20), "name": pick(["ci-deploy", "laptop", "staging-bot", "eval-runner"]), "created_at": iso_ts(),
           "expires_at": None, pick(["secret", "token", "key", "value"]): "⟪K⟫", "scopes": pick([["read"], ["read", "write"], ["admin"]])}
    text, spans = mk("HTTP/1.1 201 Created\ncontent-type: application/json\n\n" + json.dumps(obj, ensure_ascii=False, indent=pick([None, 2])), {"K": sp})
    return "k_create_key_response", "en", text, spans, []


def t_k_inventory_csv():
    rows = ["service,environment,owner_team,key,rotated"]
    vals = {}
    for i in range(R.randint(1, 3)):
        k, sp = non_url_key()
        vals["K%d" % i] = sp
        rows.append("%s,%s,%s,⟪K%d⟫,2026-%02d-%02d" % (k[3], pick(["prod", "staging", "dev"]), pick(["platform", "ml", "growth", "payments"]), i, R.randint(1, 12), R.randint(1, 28)))
    text, spans = mk("\n".join(rows), vals)
    return "k_inventory_csv", "en", text, spans, []


def t_k_runbook():
    k, sp = non_url_key()
    tpl = pick(["## Incident runbook\n\n1. Page #oncall\n2. If the %s integration is down, test with the prod key: `⟪K⟫`\n3. Check status page",
                "| Service | Key |\n|---|---|\n| %s (prod) | `⟪K⟫` |",
                "**%s key (prod):** ⟪K⟫\n_do not share outside the team_"]) % k[3]
    text, spans = mk(tpl, {"K": sp})
    return "k_markdown_note", "en", text, spans, []


def t_k_http_error():
    k, sp = non_url_key()
    tpl = pick(["requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://%s/v1/search?api_key=⟪K⟫&q=weather",
                "WARN  fetch failed GET https://%s/v2/data?key=⟪K⟫&limit=50 -> 403 Forbidden",
                "│ ❱ 41 │   resp = client.get(url, headers=headers)\n│   headers = {'Authorization': 'Bearer ⟪K⟫', 'Accept': 'application/json'}\n│   url = 'https://%s/v1/me'"]) % k[5]
    text, spans = mk(tpl, {"K": sp})
    return "k_error_with_key", "en", text, spans, []


def t_k_git_remote():
    kid = pick(["github_ghp", "github_pat", "github_ghs", "gitlab_pat", "github_gho"])
    k, sp = K(kid)
    host = "gitlab.com" if kid.startswith("gitlab") else "github.com"
    user = "oauth2" if host == "gitlab.com" else pick(["x-access-token", "git", "token"])
    repo = pick(["tidewater/infra", "kestrel-bio/pipeline", "copperleaf/web"])
    tpl = pick(["$ git remote set-url origin https://%s:⟪K⟫@%s/%s.git" % (user, host, repo),
                "$ git clone https://⟪K⟫@%s/%s.git\nCloning into '%s'..." % (host, repo, repo.split("/")[1]),
                "[remote \"origin\"]\n\turl = https://%s:⟪K⟫@%s/%s.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*" % (user, host, repo)])
    text, spans = mk(tpl, {"K": sp})
    return "k_git_remote_url", "en", text, spans, []


def t_k_webhook():
    kid = pick(["slack_webhook", "slack_webhook", "discord_webhook"])
    k, sp = K(kid)
    tpl = pick(["$ curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy %s finished\"}' ⟪K⟫" % rs(HEX, 7),
                "receivers:\n  - name: team-alerts\n    %s:\n      - api_url: '⟪K⟫'\n        send_resolved: true" % ("slack_configs" if "slack" in kid else "discord_configs"),
                "requests.post(\"⟪K⟫\", json={\"content\": \"backup done\"}, timeout=5)",
                "NOTIFY_WEBHOOK=⟪K⟫"])
    text, spans = mk(tpl, {"K": sp})
    return "k_webhook_url", "en", text, spans, []


def t_k_telegram():
    k, sp = K("telegram_bot")
    tpl = pick(["$ curl -s \"https://api.telegram.org/bot⟪K⟫/sendMessage\" -d chat_id=%d -d text=\"backup ok\"" % -R.randint(1000000000000, 1009999999999),
                "bot = telebot.TeleBot(\"⟪K⟫\")",
                "Done! Congratulations on your new bot. You will find it at t.me/%s_bot.\n\nUse this token to access the HTTP API:\n⟪K⟫\nKeep your token secure and store it safely" % pick(["kestrel_alerts", "haus_monitor", "padel_booking"])])
    text, spans = mk(tpl, {"K": sp})
    return "k_telegram_bot", "en", text, spans, []


def t_k_compose():
    k, sp = non_url_key()
    tpl = "services:\n  worker:\n    image: ghcr.io/copperleaf/worker:2.3\n    environment:\n      - %s=⟪K⟫\n      - QUEUE=default\n    restart: unless-stopped" % k[2]
    text, spans = mk(tpl, {"K": sp})
    return "k_compose_env_list", "en", text, spans, []


def t_k_aws_pair():
    a = K("aws_akia")[1]
    b = K("aws_secret")[1]
    tpl = pick(["[default]\naws_access_key_id = ⟪A⟫\naws_secret_access_key = ⟪B⟫\nregion = eu-central-1",
                "$ aws configure\nAWS Access Key ID [None]: ⟪A⟫\nAWS Secret Access Key [None]: ⟪B⟫\nDefault region name [None]: us-east-1\nDefault output format [None]: json",
                "Access key ID,Secret access key\n⟪A⟫,⟪B⟫"])
    text, spans = mk(tpl, {"A": a, "B": b})
    return "k_aws_key_pair", "en", text, spans, []


def t_k_azure_conn():
    k, sp = K("azure_storage")
    tpl = "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=tidewaterprod;AccountKey=⟪K⟫;EndpointSuffix=core.windows.net"
    text, spans = mk(tpl, {"K": sp})
    return "k_azure_conn_string", "en", text, spans, []


# ---------------- several kinds ----------------
SIG_LABELS = {
    "en": ("M", "T", "E"), "de": ("Mobil", "Tel.", "E-Mail"), "fr": ("Portable", "Tél.", "Courriel"), "es": ("Móvil", "Tel.", "Correo"),
    "it": ("Cell.", "Tel.", "Email"), "pt": ("Celular", "Tel.", "E-mail"), "nl": ("Mobiel", "Tel.", "E-mail"), "pl": ("Kom.", "Tel.", "E-mail"),
    "sv": ("Mobil", "Tel", "E-post"), "ja": ("携帯", "TEL", "Mail"), "zh": ("手机", "电话", "邮箱"), "ko": ("휴대폰", "전화", "이메일"),
    "tr": ("Cep", "Tel", "E-posta"), "ru": ("Моб.", "Тел.", "Эл. почта"),
}


def t_m_signature():
    lang = pick(list(SIG_LABELS))
    f, l = person(lang)
    lab = SIG_LABELS[lang]
    e = E(lang, first=f, last=l, shape=pick(["company", "company_f.last", "dept_sub", "first.last"]))
    m = P(region_for(lang), pick(["intl", "intl", "nat", "intl_dash", "00"]))
    vals = {"E": e, "M": m}
    lines = ["--", display_name(f, l), pick(["Head of Operations", "Senior Engineer", "Account Manager", "Steuerberaterin", "Chargée de projet"]),
             "%s: ⟪M⟫" % lab[0]]
    if chance(0.5):
        vals["T"] = P(region_for(lang), pick(["intl", "nat"]))
        lines.append("%s: ⟪T⟫" % lab[1])
    lines.append("%s: ⟪E⟫" % lab[2])
    text, spans = mk("\n".join(lines), vals)
    return "m_signature_plain", lang, text, spans, []


def t_m_crm_csv():
    rows = [pick(["First Name,Last Name,Email,Mobile Phone Number,Lifecycle Stage", "first_name,last_name,email,phone,source", "Vorname,Nachname,E-Mail,Telefon,Status"])]
    vals = {}
    for i in range(R.randint(2, 3)):
        lang = pick(LANGS)
        f, l = person(lang)
        vals["E%d" % i] = E(lang, first=f, last=l)
        vals["P%d" % i] = P(region_for(lang), pick(["e164", "intl", "nat"]))
        ph = "⟪P%d⟫" % i
        rows.append("%s,%s,⟪E%d⟫,%s,%s" % (f.capitalize(), l.capitalize(), i, ph, pick(["lead", "customer", "subscriber", "webinar"])))
    text, spans = mk("\n".join(rows), vals)
    return "m_crm_export_csv", "en", text, spans, []




def t_m_order_mail():
    lang = pick(["en", "de", "fr", "es", "it", "nl"])
    e = E(lang)
    p = P(region_for(lang), pick(["intl", "nat"]))
    c, d = C(lang)
    tpl = {"en": "New order #%d\nCustomer email: ⟪E⟫\nPhone: ⟪P⟫\nPayment: card ⟪C⟫ (%s)\nNote: please call before delivery",
           "de": "Neue Bestellung #%d\nE-Mail: ⟪E⟫\nTelefon: ⟪P⟫\nZahlung: Karte ⟪C⟫ (%s)\nHinweis: bitte vor Lieferung anrufen",
           "fr": "Nouvelle commande #%d\nE-mail : ⟪E⟫\nTéléphone : ⟪P⟫\nPaiement : carte ⟪C⟫ (%s)",
           "es": "Nuevo pedido #%d\nCorreo: ⟪E⟫\nTeléfono: ⟪P⟫\nPago: tarjeta ⟪C⟫ (%s)",
           "it": "Nuovo ordine #%d\nEmail: ⟪E⟫\nTelefono: ⟪P⟫\nPagamento: carta ⟪C⟫ (%s)",
           "nl": "Nieuwe bestelling #%d\nE-mail: ⟪E⟫\nTelefoon: ⟪P⟫\nBetaling: kaart ⟪C⟫ (%s)"}[lang] % (R.randint(10000, 999999), expiry())
    text, spans = mk(tpl, {"E": e, "P": p, "C": c})
    return "m_phone_order_note", lang, text, spans, []


def t_m_profile_json():
    lang = pick(LANGS)
    e = E(lang)
    p = P(region_for(lang), pick(["e164", "intl"]))
    obj = {"data": {"user": {"id": rs(DIG, 7), "email": "⟪E⟫", "phone_number": "⟪P⟫", "phone_verified": chance(0.5), "locale": lang, "plan": pick(["free", "pro", "team"])}}}
    text, spans = mk("$ curl -s https://api.copperleaf.studio/v1/me | jq\n" + json.dumps(obj, ensure_ascii=False, indent=2), {"E": e, "P": p})
    return "m_profile_api_json", "en", text, spans, []


def t_m_env_smtp():
    e = E("en", shape=pick(["company", "first.last"]))
    k, sp = K(pick(["sendgrid", "resend", "mailgun", "mailchimp"]))
    tpl = "MAIL_FROM=⟪E⟫\nMAIL_HOST=%s\n%s=⟪K⟫" % (k[5], k[2])
    text, spans = mk(tpl, {"E": e, "K": sp})
    return "m_env_mailer", "en", text, spans, []


def t_m_agent_form():
    lang = pick(["en", "de", "fr", "es"])
    e = E(lang)
    p = P(region_for(lang), pick(["intl", "nat"]))
    c, d = C(lang)
    tpl = ("User: book the 7:40 ferry for me, use my usual details\nAssistant: Filling in the booking form.\n"
           "fill_form({\"email\": \"⟪E⟫\", \"phone\": \"⟪P⟫\", \"card\": \"⟪C⟫\", \"expiry\": \"%s\"})\nTool: {\"status\": \"ok\", \"booking_ref\": \"%s\"}") % (expiry(), rs(UPALNUM, 6))
    text, spans = mk(tpl, {"E": e, "P": p, "C": c})
    return "m_agent_form_fill", "en", text, spans, [e[1]] if chance(0.5) else []


def t_m_ci_log():
    e = E("en", shape=pick(["company", "first.last", "flast"]))
    k, sp = non_url_key()
    day = R.randint(1, 28)
    hm = hhmm()
    tpl = ("2026-11-%02dT%s:11.0000000Z ##[group]Run git config --global user.email \"⟪E⟫\"\n2026-11-%02dT%s:11.1000000Z ##[endgroup]\n"
           "2026-11-%02dT%s:12.2000000Z + export %s=⟪K⟫\n2026-11-%02dT%s:12.3000000Z + ./deploy.sh") % (day, hm, day, hm, day, hm, k[2], day, hm)
    text, spans = mk(tpl, {"E": e, "K": sp})
    return "m_ci_log", "en", text, spans, []


# ----------------------------------------------------------------------------------------------------------
# Hard negatives. Rule: a value is left alone when it identifies no person and grants no access.
# ----------------------------------------------------------------------------------------------------------
def luhn_bad_digits(n):
    while True:
        d = pick("123456789") + rs(DIG, n - 1)
        if not luhn_ok(d):
            return d


def n_order_numbers():
    lang = pick(["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "ja"])
    num = pick([luhn_bad_digits(pick([13, 14, 16])), "%03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
                "INV-2026-%06d" % R.randint(1, 999999), "%d" % R.randint(10 ** 9, 10 ** 10 - 1), "45%08d" % R.randint(0, 10 ** 8 - 1)])
    tpl = {"en": "Where is my order %s? It says shipped on Monday but nothing since.", "de": "Meine Bestellung %s ist immer noch nicht da, was soll ich schreiben?",
           "fr": "Ma commande n° %s n'est toujours pas arrivée.", "es": "Mi pedido %s sigue sin llegar, ¿cómo reclamo?",
           "it": "L'ordine %s risulta ancora in lavorazione.", "nl": "Bestelling %s is nog steeds niet geleverd.",
           "pl": "Zamówienie nr %s wciąż nie dotarło.", "pt": "O pedido %s ainda não chegou.", "sv": "Order %s har fortfarande inte kommit.",
           "ja": "注文番号%sの商品がまだ届きません。"}[lang]
    return "n_order_number", lang, tpl % num


def n_tracking():
    t = pick(["1Z" + rs(UPALNUM, 16), "JJD" + rs(DIG, 18), "00" + rs(DIG, 18), "LX%09dDE" % R.randint(0, 10 ** 9 - 1), "6A%011d" % R.randint(0, 10 ** 11 - 1),
              " ".join(rs(DIG, 4) for _ in range(5)) + " " + rs(DIG, 2)])
    return "n_tracking", "en", pick(["Tracking: %s — out for delivery", "Sendungsnummer %s, Zustellung heute", "Colis %s : en cours d'acheminement",
                                     "your parcel %s is held at the depot"]) % t


def llm_ids():
    return pick(["msg_01" + rs(ALNUM, 22), "toolu_01" + rs(ALNUM, 22), "srvtoolu_01" + rs(ALNUM, 22), "req_011C" + rs(ALNUM, 20),
                 "chatcmpl-" + rs(ALNUM, 29), "resp_" + rs(HEX, 48), "file-" + rs(ALNUM, 22), "asst_" + rs(ALNUM, 24), "thread_" + rs(ALNUM, 24),
                 "run_" + rs(ALNUM, 24), "batch_" + rs(HEX, 32), "call_" + rs(ALNUM, 24), "pi_3" + rs(ALNUM, 23), "ch_3" + rs(ALNUM, 23),
                 "evt_1" + rs(ALNUM, 23), "price_1" + rs(ALNUM, 23), "seti_1" + rs(ALNUM, 23), "SM" + rs(HEX, 32), "CA" + rs(HEX, 32),
                 "C0" + rs(UPALNUM, 9), uuid4(), "01J" + rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)])


def n_ids():
    a, b = llm_ids(), llm_ids()
    tpl = pick(["request_id=%s parent=%s status=200 dur=%dms", "Error: overloaded_error (request %s, retry of %s) after %dms",
                "traceparent: 00-" + rs(HEX, 32) + "-" + rs(HEX, 16) + "-01\nobject=%s related=%s elapsed=%dms", "ids: %s, %s (took %dms)"])
    return "n_object_ids", "en", tpl % (a, b, R.randint(20, 9000))


def n_hashes():
    return "n_hashes", "en", pick([
        "commit %s\nMerge: %s %s" % (rs(HEX, 40), rs(HEX, 7), rs(HEX, 7)),
        "Digest: sha256:%s\nStatus: Downloaded newer image for python:3.13-slim" % rs(HEX, 64),
        '"integrity": "sha512-%s=="' % rs(B64, 86),
        "golang.org/x/net v0.31.0 h1:%s=" % rs(B64, 43),
        "ETag: W/\"%s\"" % rs(HEX, 32),
        "%s  ubuntu-24.04.1-live-server-amd64.iso" % rs(HEX, 64),
        '<script src="/app.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % rs(B64, 64),
        'checksum = "%s"' % rs(HEX, 64),
    ])


def n_public():
    return "n_public_material", "en", pick([
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci-runner" % rs(B64, 43),
        "age1%s" % rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
        "const stripe = Stripe('pk_live_51%s');" % rs(ALNUM, 97),
        "posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })" % rs(ALNUM, 43),
        "GOOGLE_CLIENT_ID=%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12 - 1), rs(LOWALNUM, 32)),
        "mapboxgl.accessToken = 'pk.eyJ1I%s.%s';" % (rs(B64U, 60), rs(B64U, 22)),
        "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>" % rs(B64U, 14),
        "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_%s" % rs(B64U, 40),
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE%s\n%s==\n-----END PUBLIC KEY-----" % (rs(B64, 28), rs(B64, 58)),
    ])


def n_placeholders():
    return "n_placeholder", "en", pick([
        "OPENAI_API_KEY=<your-openai-key>\nANTHROPIC_API_KEY=<your-anthropic-key>",
        "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # replace with yours",
        "headers = {\"Authorization\": f\"Bearer {os.environ['STRIPE_SECRET_KEY']}\"}",
        "apiKey: {{ .Values.openai.apiKey | quote }}",
        "ANTHROPIC_API_KEY=op://Engineering/Anthropic/credential",
        "token: ${{ secrets.NPM_TOKEN }}",
        "api_key = \"sk-...\"  # paste your key here",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY:?missing}",
        "key = keyring.get_password(\"openai\", getpass.getuser())",
        "The key looks like sk-ant-api03-… followed by about a hundred characters.",
    ])


def n_masked():
    return "n_masked", pick(["en", "de", "fr"]), pick([
        "Paid with Visa •••• %s" % rs(DIG, 4), "Karte endet auf %s" % rs(DIG, 4), "**** **** **** %s (exp %s)" % (rs(DIG, 4), expiry()),
        "We sent a code to +49 1•• ••• ••%s" % rs(DIG, 2), "Code envoyé au 06 ** ** ** %s" % rs(DIG, 2),
        "key: sk-proj-…%s (created %s)" % (rs(ALNUM, 4), iso_ts()[:10]), "XXXX-XXXX-XXXX-%s" % rs(DIG, 4),
        "phone: +1 (***) ***-%s" % rs(DIG, 4), "Token ghp_****************************%s" % rs(ALNUM, 4),
    ])


def n_numbers():
    lang = pick(["en", "de", "fr", "es", "ja"])
    return "n_numbers", lang, pick([
        "Population of Germany: %s (2025 estimate)" % "{:,}".format(R.randint(83000000, 84999999)).replace(",", " "),
        "Umsatz Q3: %s,%02d €" % ("{:,}".format(R.randint(10 ** 6, 10 ** 8)).replace(",", "."), R.randint(0, 99)),
        "Coordinates: %.6f, %.6f" % (R.uniform(-60, 60), R.uniform(-170, 170)),
        "File size: %d bytes (%d blocks)" % (R.randint(10 ** 8, 10 ** 10), R.randint(10 ** 5, 10 ** 7)),
        "Réunion le 03.11.2026 de 09:00 à 17:30, salle 4.12",
        "ISBN 978-%d-%03d-%05d-%d" % (R.randint(0, 9), R.randint(0, 999), R.randint(0, 99999), R.randint(0, 9)),
        "doi:10.%d/%s.%d" % (R.randint(1000, 9999), pick(["nature", "s41586", "j.cell"]), R.randint(100000, 999999)),
        "arXiv:%d.%05d v2" % (R.randint(2301, 2611), R.randint(0, 99999)),
        "Lotto: %s" % " ".join(str(x) for x in sorted(R.sample(range(1, 50), 6))),
        "epoch %d → %s" % (R.randint(1700000000, 1799999999), iso_ts()),
        "PLZ 10115 Berlin, Paris 75008, ZIP 94107-%04d" % R.randint(0, 9999),
        "Build %d.%d, kernel 6.8.0-%d-generic" % (R.randint(22000, 26999), R.randint(100, 4999), R.randint(10, 99)),
        "Score: 3–1 (45+2', 67', 88')",
        "SWIFT/BIC: %s" % pick(["DEUTDEFFXXX", "BNPAFRPPXXX", "COBADEFFXXX", "INGBNL2A", "CHASUS33"]),
        "USt-IdNr. DE%09d · Amtsgericht Hamburg HRB %d" % (R.randint(0, 10 ** 9 - 1), R.randint(10000, 199999)),
        "Dosage 2 × 500 mg, every 8 h for 7 days",
        "%d年%d月%d日 %s〜%s 会議室B" % (2026, R.randint(1, 12), R.randint(1, 28), hhmm(), hhmm()),
        "Part no. %s-%s-%s, lot %s" % (rs(DIG, 4), rs(DIG, 3), rs(DIG, 3), rs(DIG, 6)),
    ])


def n_versions():
    return "n_versions", "en", pick([
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.%d.%d Safari/537.36" % (R.randint(6000, 6999), R.randint(10, 200)),
        "Linux version 5.15.%d.%d-microsoft-standard-WSL2" % (R.randint(100, 199), R.randint(1, 9)),
        "Microsoft Windows [Version 10.0.%d.%d]" % (R.randint(19041, 26200), R.randint(100, 5000)),
        "firmware 4.%d.%d.%d (build %d)" % (R.randint(0, 9), R.randint(0, 99), R.randint(0, 999), R.randint(1000, 9999)),
        "added @types/node@%d.%d.%d and typescript@5.%d.%d" % (R.randint(18, 22), R.randint(0, 19), R.randint(0, 20), R.randint(0, 9), R.randint(0, 9)),
        "go get github.com/stretchr/testify@v1.%d.%d" % (R.randint(8, 10), R.randint(0, 9)),
        "requests==2.32.%d\nurllib3==2.%d.%d\ncertifi==2026.%d.%d" % (R.randint(0, 5), R.randint(0, 4), R.randint(0, 9), R.randint(1, 12), R.randint(1, 28)),
    ])


def n_at_signs():
    return "n_at_signs", "en", pick([
        "dev@buildbox:~/src/api$ make test", "root@ip-%d-%d-%d-%d:/var/log# tail -f syslog" % (172, 31, R.randint(0, 255), R.randint(1, 254)),
        "@dataclass(frozen=True)\nclass Point:\n    x: float\n    y: float",
        "@media (max-width: 640px) { .nav { display: none } }", "image: ghcr.io/org/app@sha256:%s" % rs(HEX, 64),
        "result = weights @ inputs.T", "<button @click=\"save\">Save</button>", "meet @ 5pm by the fountain?",
        "@here deploy freeze starts Friday 18:00", "pip install \"mylib @ git+https://github.com/org/mylib@v2.1.0\"",
    ])


QUESTIONS = {
    "en": ["How many digits does a UK mobile number have?", "What does the Luhn check actually verify on a card number?",
           "Is it safe to log the last four digits of a card?", "How do I tell an OpenAI project key from a service account key?"],
    "de": ["Wie viele Stellen hat eine deutsche Handynummer?", "Darf ich die letzten vier Ziffern einer Karte speichern?"],
    "fr": ["Combien de chiffres compte un numéro de portable français ?", "Comment fonctionne l'algorithme de Luhn ?"],
    "es": ["¿Cuántos dígitos tiene un móvil en España?", "¿Cómo valido una dirección de correo con una expresión regular?"],
    "pt": ["Quantos dígitos tem um celular em São Paulo?", "Como funciona o dígito verificador do cartão?"],
    "it": ["Quante cifre ha un numero di cellulare italiano?"], "nl": ["Hoeveel cijfers heeft een Nederlands mobiel nummer?"],
    "pl": ["Ile cyfr ma polski numer komórkowy?"], "ru": ["Сколько цифр в российском мобильном номере?"],
    "ja": ["日本の携帯番号は何桁ですか？", "クレジットカード番号のチェックディジットの仕組みを教えて"], "zh": ["中国手机号是多少位？", "信用卡号的校验位是怎么算的？"],
    "ko": ["한국 휴대폰 번호는 몇 자리인가요?"], "tr": ["Türkiye'de cep telefonu numarası kaç hanelidir?"], "hi": ["भारत में मोबाइल नंबर कितने अंकों का होता है?"],
    "ar": ["كم رقمًا في رقم الجوال السعودي؟"], "vi": ["Số điện thoại di động Việt Nam có bao nhiêu chữ số?"],
}


def n_questions():
    lang = pick(list(QUESTIONS))
    return "n_format_question", lang, pick(QUESTIONS[lang])


def n_code():
    return "n_validation_code", "en", pick([
        "def luhn(num: str) -> bool:\n    total = 0\n    for i, ch in enumerate(reversed(num)):\n        d = int(ch) * (2 if i % 2 else 1)\n        total += d - 9 if d > 9 else d\n    return total % 10 == 0",
        "const mask = (pan) => pan.slice(0, 6) + '*'.repeat(pan.length - 10) + pan.slice(-4);",
        "EMAIL_RE = re.compile(r\"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$\", re.I)",
        "if !phonenumbers.IsValidNumber(num) { return ErrInvalidPhone }",
        "SECRET_PATTERNS = [r\"sk-ant-api03-[A-Za-z0-9_-]{93}AA\", r\"ghp_[A-Za-z0-9]{36}\", r\"AKIA[0-9A-Z]{16}\"]",
        "hashed = hashlib.sha256(api_key.encode()).hexdigest()[:12]  # log only the fingerprint",
    ])


def n_agent_meta():
    return "n_agent_metadata", "en", pick([
        json.dumps({"usage": {"input_tokens": R.randint(100, 200000), "cache_creation_input_tokens": R.randint(0, 50000),
                              "cache_read_input_tokens": R.randint(0, 900000), "output_tokens": R.randint(10, 32000)}, "stop_reason": "end_turn"}),
        "Total cost: $%d.%04d | Total duration (API): %dm %d.%ds | Total code changes: %d lines added, %d removed" % (
            R.randint(0, 40), R.randint(0, 9999), R.randint(0, 59), R.randint(0, 59), R.randint(0, 9), R.randint(0, 2000), R.randint(0, 900)),
        json.dumps({"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgoAAAANSUhEUgAA" + rs(B64, 120)}}),
        "⏺ Read(src/billing/invoice.ts)\n  ⎿ Read %d lines (ctrl+r to expand)" % R.randint(20, 900),
        "Context left until auto-compact: %d%%" % R.randint(1, 40),
        json.dumps({"model": "gpt-5", "created": R.randint(1760000000, 1799999999), "system_fingerprint": "fp_" + rs(HEX, 10)}),
    ])


EVERYDAY = {
    "en": ["Can you make this paragraph sound less formal?", "What's a good vegetarian lasagna recipe for 6 people?",
           "Summarize the meeting notes in three bullets.", "Explain the difference between TCP and UDP like I'm five."],
    "de": ["Kannst du den Text etwas freundlicher formulieren?", "Was koche ich heute mit Kartoffeln und Lauch?"],
    "fr": ["Peux-tu corriger les fautes dans ce paragraphe ?", "Donne-moi trois idées de sortie à Lyon ce week-end."],
    "es": ["¿Me ayudas a resumir este artículo?", "Dame ideas para un cumpleaños infantil."],
    "it": ["Mi traduci questa frase in inglese?"], "pt": ["Me explica o que é inflação de forma simples?"],
    "nl": ["Kun je deze tekst korter maken?"], "pl": ["Popraw proszę interpunkcję w tym zdaniu."],
    "sv": ["Kan du ge mig ett recept på kanelbullar?"], "tr": ["Bu e-postayı daha kibar yazar mısın?"],
    "ru": ["Объясни простыми словами, что такое Kubernetes."], "ja": ["この文章をもう少し丁寧にしてください。"],
    "zh": ["帮我把这段话翻译成英文。"], "ko": ["이 문장을 좀 더 자연스럽게 고쳐 줘."], "ar": ["لخص لي هذا المقال في ثلاث نقاط."],
    "hi": ["इस पैराग्राफ को आसान भाषा में लिखो।"], "vi": ["Tóm tắt bài viết này giúp mình."], "id": ["Tolong ringkas artikel ini."],
    "th": ["ช่วยแปลประโยคนี้เป็นภาษาอังกฤษหน่อย"], "uk": ["Поясни, як працює DNS."], "el": ["Μετάφρασε αυτό στα αγγλικά."],
}


def n_everyday():
    lang = pick(list(EVERYDAY))
    return "n_everyday", lang, pick(EVERYDAY[lang])


def n_key_prose():
    return "n_key_prose", "en", pick([
        "Anthropic keys start with sk-ant-api03- and OpenAI project keys with sk-proj-; rotate both if either leaks.",
        "GitHub classic tokens use the ghp_ prefix, fine-grained ones github_pat_, and both end in a CRC32 checksum.",
        "Stripe secret keys begin sk_live_ or sk_test_, publishable ones pk_live_ / pk_test_.",
        "AWS access key ids start with AKIA (long-term) or ASIA (temporary) and are 20 characters long.",
        "Slack bot tokens start with xoxb-, user tokens with xoxp-, app-level tokens with xapp-.",
    ])


def n_serials():
    d = luhn_bad_digits(16)
    return "n_serials", pick(["en", "de"]), pick([
        "Seriennummer: %s %s %s %s" % (d[:4], d[4:8], d[8:12], d[12:]), "S/N %s-%s-%s-%s" % (d[:4], d[4:8], d[8:12], d[12:]),
        "License: %s-%s-%s-%s-%s" % tuple(rs(UPALNUM, 5) for _ in range(5)), "Zoom meeting ID: %s %s %s" % (rs(DIG, 3), rs(DIG, 4), rs(DIG, 4)),
        "Aktenzeichen %d O %d/26" % (R.randint(1, 40), R.randint(100, 999)), "Case #%08d escalated to tier 2" % R.randint(0, 10 ** 8 - 1),
        "Kundennummer %s %s" % (rs(DIG, 4), rs(DIG, 6)), "EAN %s" % luhn_bad_digits(13),
    ])


def n_timestamps():
    while True:
        ms = str(R.randint(1760000000000, 1799999999999))
        if not luhn_ok(ms):
            break
    return "n_timestamps", "en", pick(["ts=%s level=info msg=\"cache warm\"" % ms, '{"ts": %s, "event": "page_view"}' % ms,
                                        "x-request-start: t=%s" % ms, "Last-Modified: %s" % rfc_date()])


def n_policy():
    return "n_policy", "en", pick([
        "Use the test card 4242 4242 4242 4242 with any future date and any CVC.",
        "Stripe test: 4000 0566 5566 5556 (Visa debit), 5555 5555 5555 4444 (Mastercard)",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "ssh admin@192.168.1.%d -p 2222" % R.randint(2, 254), "DATABASE_URL=postgres://app@10.0.%d.%d:5432/app" % (R.randint(0, 255), R.randint(1, 254)),
        "curl http://127.0.0.1:8080/healthz", "Co-Authored-By: Claude <noreply@anthropic.com>", "git clone git@github.com:tidewater/infra.git",
        "For the demo use jane.doe@example.com and the number (555) 010-%02d" % R.randint(0, 99) if False else "For the demo use jane.doe@example.com",
        "Call 555-01%02d in the script — it's the reserved fiction range." % R.randint(0, 99), "UK drama number: 07700 900%03d" % R.randint(0, 999),
        "nameserver 1.1.1.1\nnameserver 8.8.8.8", "4111 1111 1111 1111 is the classic test Visa.",
    ])


NEG_GENS = [(n_order_numbers, 8), (n_tracking, 4), (n_ids, 8), (n_hashes, 6), (n_public, 6), (n_placeholders, 7), (n_masked, 6), (n_numbers, 10),
            (n_versions, 5), (n_at_signs, 5), (n_questions, 6), (n_code, 4), (n_agent_meta, 5), (n_everyday, 8), (n_key_prose, 3), (n_serials, 6),
            (n_timestamps, 3)]
NEG_WEIGHTED = [g for g, w in NEG_GENS for _ in range(w)]


# ----------------------------------------------------------------------------------------------------------
# Wrappers (conversation-log shapes). Each returns (wrapped_text, escape) where escape(value) is how a value
# appears inside the wrapped text.
# ----------------------------------------------------------------------------------------------------------
def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def dumps(o, ea):
    return json.dumps(o, ensure_ascii=ea, separators=(",", ":"))


def tid():
    return "toolu_01" + rs(ALNUM, 22)


def w_cc_tool_result_blocks(text, ea):
    o = {"parentUuid": uuid4(), "isSidechain": False, "userType": "external", "cwd": "/workspace/app", "sessionId": uuid4(), "version": "2.1.%d" % R.randint(60, 120),
         "gitBranch": "main", "type": "user", "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid(), "content": [{"type": "text", "text": text}]}]},
         "uuid": uuid4(), "timestamp": iso_ts()}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_cc_drift_tool_result(text, ea):
    o = {"type": "tool_result", "sessionId": "ses_" + rs(LOWALNUM, 12), "name": pick(["bash", "read", "grep"]), "output": text, "uuid": "r" + rs(DIG, 3), "timestamp": iso_ts()}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_codex_web_search(text, ea):
    o = {"timestamp": iso_ts(), "type": "event_msg", "payload": {"type": "item_completed", "thread_id": uuid4(), "turn_id": str(R.randint(1, 40)),
         "item": {"type": "Extension", "kind": "web_search", "id": "ws_" + rs(HEX, 24), "query": pick(["contact", "pricing", "support hours"]),
                  "results": [{"type": "text_result", "domain": pick(["forum.copperleaf.studio", "community.tidewater-eng.com", "pastebin.com"]),
                               "ref_id": "turn0search%d" % R.randint(0, 9), "snippet": text, "title": pick(["Re: setup help", "Contact", "thread #%d" % R.randint(10, 9999)]),
                               "url": "https://example.org/t/%d" % R.randint(100, 99999)}]}}}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_codex_world_state(text, ea):
    o = {"timestamp": iso_ts(), "type": "world_state", "payload": {"full": True, "state": {"agents_md": {"directory": "/workspace/app", "text": "# AGENTS.md\n\n## Notes\n" + text},
         "collaboration_mode": "default", "environments": {"current_date": "2026-%02d-%02d" % (R.randint(9, 12), R.randint(1, 28)), "timezone": "UTC"}, "model": "gpt-5.6-luna"}}}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_anthropic_req_tool_result(text, ea):
    t = tid()
    o = {"model": pick(["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5-20251001"]), "max_tokens": 4096, "messages": [
        {"role": "user", "content": [{"type": "text", "text": pick(["check the output", "what went wrong here?", "continue"])}]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": t, "name": "bash", "input": {"command": pick(["cat notes.txt", "tail -n 50 app.log", "cat export.csv"])}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": t, "content": text}]}]}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_anthropic_sse_input_json(text, ea):
    inner = json.dumps({pick(["content", "text", "command"]): text}, ensure_ascii=ea)
    o = {"type": "content_block_delta", "index": R.randint(1, 3), "delta": {"type": "input_json_delta", "partial_json": inner}}
    return "event: content_block_delta\ndata: " + dumps(o, ea), lambda v: jesc(jesc(v, ea), ea)


def w_openai_resp_sse(text, ea):
    o = {"type": "response.output_text.delta", "sequence_number": R.randint(3, 900), "item_id": "msg_" + rs(HEX, 48), "output_index": 0, "content_index": 0,
         "delta": text, "logprobs": []}
    return "event: response.output_text.delta\ndata: " + dumps(o, ea), lambda v: jesc(v, ea)


def w_sharegpt(text, ea):
    o = {"id": "identity_%d" % R.randint(0, 99999), "conversations": [{"from": "human", "value": text},
                                                                     {"from": "gpt", "value": pick(["Sure, here you go.", "Done.", "Here's a draft:"])}]}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_claude_ai_attachment(text, ea):
    o = {"uuid": uuid4(), "text": pick(["", "see attached", "can you clean this up?"]), "sender": "human", "created_at": iso_ts(),
         "attachments": [{"file_name": pick(["notes.txt", "export.csv", "paste.txt", "config.txt"]), "file_type": "txt", "file_size": len(text.encode()), "extracted_content": text}],
         "files": []}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_chatgpt_exec_output(text, ea):
    o = {"id": uuid4(), "message": {"id": uuid4(), "author": {"role": "tool", "name": "python", "metadata": {}}, "create_time": round(R.uniform(1760000000, 1790000000), 3),
         "content": {"content_type": "execution_output", "text": text}, "status": "finished_successfully", "metadata": {"aggregate_result": {"status": "success"}}},
         "parent": uuid4(), "children": []}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_otel_legacy(text, ea):
    o = {"name": "chat gpt-4o", "context": {"trace_id": "0x" + rs(HEX, 32), "span_id": "0x" + rs(HEX, 16)}, "kind": "SpanKind.CLIENT",
         "attributes": {"gen_ai.system": "openai", "gen_ai.request.model": "gpt-4o", "gen_ai.prompt.0.role": "user", "gen_ai.prompt.0.content": text,
                        "gen_ai.usage.input_tokens": R.randint(10, 5000)}}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_gemini_cli_log(text, ea):
    o = {"sessionId": uuid4(), "messageId": R.randint(0, 60), "type": "user", "message": text, "timestamp": iso_ts()}
    return dumps(o, ea), lambda v: jesc(v, ea)


def w_openai_tool_args_delta(text, ea):
    args = json.dumps({pick(["note", "text", "body"]): text}, ensure_ascii=ea)
    o = {"id": "chatcmpl-" + rs(ALNUM, 29), "object": "chat.completion.chunk", "created": R.randint(1760000000, 1799999999), "model": "gpt-4.1",
         "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": "call_" + rs(ALNUM, 24), "type": "function",
                                                            "function": {"name": "save_note", "arguments": args}}]}, "finish_reason": None}]}
    return "data: " + dumps(o, ea), lambda v: jesc(jesc(v, ea), ea)


def w_mail_quote(text, ea):
    head = pick(["---------- Forwarded message ---------\nDate: %s\nSubject: Fwd: details\n\n" % rfc_date(), "Quoting the earlier message:\n"])
    return head + "\n".join("> " + l if l else ">" for l in text.split("\n")), lambda v: v


WRAPPERS = [("cc_tool_result_blocks", w_cc_tool_result_blocks), ("cc_drift_tool_result", w_cc_drift_tool_result), ("codex_web_search", w_codex_web_search),
            ("codex_world_state", w_codex_world_state), ("anthropic_req_tool_result", w_anthropic_req_tool_result),
            ("anthropic_sse_input_json", w_anthropic_sse_input_json), ("openai_responses_sse", w_openai_resp_sse), ("sharegpt_fastchat", w_sharegpt),
            ("claude_ai_attachment", w_claude_ai_attachment), ("chatgpt_exec_output", w_chatgpt_exec_output), ("otel_legacy_attrs", w_otel_legacy),
            ("gemini_cli_log", w_gemini_cli_log), ("openai_tool_args_delta", w_openai_tool_args_delta), ("mail_quote", w_mail_quote)]


# ----------------------------------------------------------------------------------------------------------
# Assembly and self-checks
# ----------------------------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
DIGITRUN_RE = re.compile(r"(?<![0-9])[0-9](?:[ \-]?[0-9]){12,18}(?![0-9])")
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".test", ".invalid", ".localhost", ".example")

POS_TEMPLATES = [
    (lambda: t_chat("email"), 22), (lambda: t_chat("phone"), 28), (lambda: t_chat("card"), 26), (lambda: t_chat("api_key"), 22), (t_chat_two, 14),
    (t_e_reply_attrib, 5), (t_e_outlook_fwd, 3), (t_e_dsn, 3), (t_e_smtp, 2), (t_e_zendesk, 3), (t_e_firebase, 2), (t_e_segment, 3), (t_e_sentry_user, 3),
    (t_e_gcloud, 2), (t_e_az, 2), (t_e_pkg_maint, 3), (t_e_certbot, 3), (t_e_mysql_box, 2), (t_e_mongo, 2), (t_e_redis, 2), (t_e_orm_shell, 3),
    (t_e_eventbrite_csv, 2), (t_e_typeform, 2), (t_e_gdpr, 3), (t_e_guests, 2), (t_e_mailto, 2), (t_e_trailers, 2), (t_e_keycloak, 2), (t_e_pct_url, 3),
    (t_e_sheet_tabs, 2), (t_e_idn, 3),
    (t_p_sms_uri, 5), (t_p_json_int, 5), (t_p_excel_apos, 3), (t_p_pnr, 4), (t_p_shop_order, 5), (t_p_host_msg, 5), (t_p_classified, 6), (t_p_emergency, 3),
    (t_p_parent_table, 2), (t_p_cdr, 3), (t_p_twilio_err, 4), (t_p_yaml_contacts, 3), (t_p_call_log, 2), (t_p_ext, 4), (t_p_otp_log, 4), (t_p_sql_update, 4),
    (t_p_tel_fax, 3), (t_p_api_contact, 4), (t_p_group_members, 2), (t_p_doctor, 5),
    (t_c_gds, 5), (t_c_1pux, 4), (t_c_firefox, 4), (t_c_dashlane, 3), (t_c_hotel, 5), (t_c_pan_scan, 4), (t_c_logfmt, 6), (t_c_kafka, 4), (t_c_expense, 4),
    (t_c_console, 4), (t_c_json_int, 5), (t_c_support, 6), (t_c_keepass, 3), (t_c_two_cards, 3), (t_c_form_labels, 7), (t_c_url, 4), (t_c_voice, 4),
    (t_c_agent_fill, 4),
    (t_k_envfile, 9), (t_k_docker_inspect, 4), (t_k_ps, 4), (t_k_systemd, 3), (t_k_httpie, 5), (t_k_setx_trace, 5), (t_k_gha_env, 4), (t_k_gitlab_ci, 3),
    (t_k_helm, 3), (t_k_cli_set, 7), (t_k_python, 7), (t_k_other_lang, 7), (t_k_netrc, 3), (t_k_agent_config, 7), (t_k_create_response, 4),
    (t_k_inventory_csv, 3), (t_k_runbook, 4), (t_k_http_error, 5), (t_k_git_remote, 4), (t_k_webhook, 5), (t_k_telegram, 3), (t_k_compose, 3),
    (t_k_aws_pair, 3), (t_k_azure_conn, 2),
    (t_m_signature, 8), (t_m_crm_csv, 3), (t_m_order_mail, 4), (t_m_profile_json, 4), (t_m_env_smtp, 3), (t_m_agent_form, 3), (t_m_ci_log, 3),
]
POS_WEIGHTED = [f for f, w in POS_TEMPLATES for _ in range(w)]
TARGET = {"email": 300, "phone": 350, "card": 300, "api_key": 350}
N_NEG = 400
N_POLICY = 30
WRAP_P = 0.33


def covered(text, start, end, spans_pos):
    return any(s <= start and end <= e for s, e in spans_pos)


def span_positions(text, values):
    pos = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            pos.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return pos


def line_ok(text, spans, policy=False):
    """Return None if fine, else a reason."""
    values = []
    for kind, v, shape in spans:
        if v not in values:
            values.append(v)
    for v in values:
        want = sum(1 for s in spans if s[1] == v)
        if text.count(v) != want:
            return "count %s" % v[:30]
        for w in values:
            if w != v and v in w:
                return "nested"
    pos = span_positions(text, values)
    if policy:
        return None
    for m in EMAIL_RE.finditer(text):
        if not covered(text, m.start(), m.end(), pos):
            return "stray email %s" % m.group(0)
    for m in DIGITRUN_RE.finditer(text):
        d = re.sub(r"[^0-9]", "", m.group(0))
        if luhn_ok(d) and not covered(text, m.start(), m.end(), pos):
            return "stray luhn %s" % m.group(0)
    return None


def make_line(text, spans, genre, lang, known, wrap):
    if wrap:
        wname, wf = pick(WRAPPERS)
        ea = chance(0.3) and any(ord(c) > 127 for c in text)
        text, esc = wf(text, ea)
        spans = [(k, esc(v), s) for k, v, s in spans]
        genre = "%s@%s%s" % (genre, wname, "+u" if ea else "")
        known = [esc(e) for e in known]
    return text, spans, genre, known


def record(text, spans, genre, lang, known):
    return json.dumps({"text": text, "spans": [{"kind": k, "value": v, "shape": s} for k, v, s in spans], "genre": genre, "lang": lang,
                       "known": {"names": [], "emails": known, "ids": []}}, ensure_ascii=False)


def build():
    global R
    R = random.Random(SEED)
    out = []
    have = {k: 0 for k in TARGET}
    while any(have[k] < TARGET[k] for k in TARGET):
        f = pick(POS_WEIGHTED)
        genre, lang, text, spans, known = f()
        kinds = {}
        for s in spans:
            kinds[s[0]] = kinds.get(s[0], 0) + 1
        if any(have[k] + n > TARGET[k] + 3 for k, n in kinds.items()):
            continue
        text, spans, genre, known = make_line(text, spans, genre, lang, known, chance(WRAP_P))
        if line_ok(text, spans):
            continue
        for k, n in kinds.items():
            have[k] += n
        out.append(record(text, spans, genre, lang, known))
    npol = 0
    nneg = 0
    seen = set()
    policy_slots = set(R.sample(range(N_NEG), N_POLICY))
    while nneg < N_NEG:
        policy = nneg in policy_slots
        if policy:
            genre, lang, text = n_policy()
        else:
            genre, lang, text = pick(NEG_WEIGHTED)()
            if chance(0.3):
                g2, l2, t2 = pick(NEG_WEIGHTED)()
                text = text + pick(["\n", "\n\n", " "]) + t2
                genre = genre + "+" + g2[2:]
                if l2 != "en" and lang == "en":
                    lang = l2
        text, _, genre, _ = make_line(text, [], genre, lang, [], chance(0.28))
        if line_ok(text, [], policy) or (not policy and text in seen):
            continue
        seen.add(text)
        nneg += 1
        npol += policy
        out.append(record(text, [], genre, lang, []))
    R.shuffle(out)
    return "\n".join(out) + "\n"


def check():
    fresh = build()
    problems = []
    try:
        with open(OUT, encoding="utf-8") as fh:
            cur = fh.read()
    except FileNotFoundError:
        cur = None
    if cur == fresh:
        print("holdout7.jsonl is identical to a fresh generation")
    else:
        problems.append("holdout7.jsonl differs from a fresh generation")
    try:
        import phonenumbers
    except ImportError:
        phonenumbers = None
    try:
        from stdnum import luhn as stdluhn
    except ImportError:
        stdluhn = None
    lines = [json.loads(l) for l in fresh.splitlines()]
    per_kind, validated, info = {}, {}, {}
    npos = nneg = nspans = multi = wrapped = 0
    langs = set()
    for ln in lines:
        t, spans = ln["text"], ln["spans"]
        langs.add(ln["lang"])
        if "@" in ln["genre"]:
            wrapped += 1
        if not spans:
            nneg += 1
            if ln["genre"].startswith("n_policy"):
                continue
            if EMAIL_RE.search(t):
                problems.append("negative with e-mail: " + t[:80])
            for m in DIGITRUN_RE.finditer(t):
                if luhn_ok(re.sub(r"[^0-9]", "", m.group(0))):
                    problems.append("negative with luhn run: " + m.group(0))
            if phonenumbers:
                for reg in ("US", "GB", "DE", "FR", "IN", "BR", "JP"):
                    for m in phonenumbers.PhoneNumberMatcher(t, reg, leniency=phonenumbers.Leniency.VALID):
                        info["neg_phone_like_%s" % reg] = info.get("neg_phone_like_%s" % reg, 0) + 1
            continue
        npos += 1
        nspans += len(spans)
        if len({s["kind"] for s in spans}) > 1:
            multi += 1
        r = line_ok(t, [(s["kind"], s["value"], s["shape"]) for s in spans])
        if r:
            problems.append("positive: %s" % r)
        for s in spans:
            k, v, shape = s["kind"], s["value"], s["shape"]
            per_kind[k] = per_kind.get(k, 0) + 1
            raw = v
            while "\\" in raw:
                raw = json.loads('"' + raw + '"')
            if k == "card":
                d = re.sub(r"[^0-9]", "", raw)
                if not luhn_ok(d) or d in TEST_CARDS or (stdluhn and not stdluhn.is_valid(d)):
                    problems.append("card " + v)
                validated["luhn"] = validated.get("luhn", 0) + 1
            elif k == "phone":
                region, style = shape.split("_", 1)
                raw = raw.replace("%2B", "+")
                if phonenumbers:
                    try:
                        if style.startswith("digits"):
                            n = phonenumbers.parse("+" + raw, None)
                        elif style == "00":
                            n = phonenumbers.parse(raw, "FR")
                        else:
                            n = phonenumbers.parse(raw, region)
                        ok = phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region
                    except phonenumbers.NumberParseException:
                        ok = False
                    if not ok:
                        problems.append("phone %s %s" % (shape, v))
                    validated["phone"] = validated.get("phone", 0) + 1
            elif k == "email":
                e = raw.replace("%40", "@").lower()
                if "@" not in e or e.endswith(RESERVED_DOMAINS):
                    problems.append("email " + v)
                validated["email_domain"] = validated.get("email_domain", 0) + 1
            elif k == "api_key":
                for p in ("ghp_", "gho_", "ghs_", "ghr_", "npm_"):
                    if raw.startswith(p) and len(raw) == 40:
                        body = raw[4:34]
                        if b62(zlib.crc32(body.encode()) & 0xffffffff, 6) != raw[34:]:
                            problems.append("crc " + v)
                        validated["crc"] = validated.get("crc", 0) + 1
    print("%d lines: %d with spans (%d spans, %d with more than one kind), %d hard negatives; %d wrapped; %d languages" % (
        len(lines), npos, nspans, multi, nneg, wrapped, len(langs)))
    print("spans per kind: " + ", ".join("%s %d" % kv for kv in sorted(per_kind.items())))
    print("validated: " + ", ".join("%s %d" % kv for kv in sorted(validated.items())))
    if info:
        print("negatives flagged (informational): " + ", ".join("%s %d" % kv for kv in sorted(info.items())))
    if not phonenumbers:
        print("phonenumbers not installed: phones not validated")
    for p in problems[:50]:
        print("PROBLEM", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    data = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %s (%d lines)" % (OUT, data.count("\n")))


if __name__ == "__main__":
    main()
