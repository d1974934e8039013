#!/usr/bin/env python3
"""holdout11: an independent held-out set for the ReplayRedaction redactor.

Python 3 standard library only, fixed seed, deterministic (no set or hash-ordered
container is ever iterated; dicts are used in insertion order only).

    python3 make-holdout11.py           rewrite holdout11.jsonl
    python3 make-holdout11.py --stats   print the composition
    python3 make-holdout11.py --check   regenerate in memory, compare byte for byte, re-validate
"""
import base64
import hashlib
import json
import os
import random
import re
import sys
import zlib

SEED = 20261147
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout11.jsonl")

R = random.Random(SEED)

DIG = "0123456789"
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
ALNUM = DIG + UP + LOW
B62 = DIG + UP + LOW  # base62 alphabet 0-9A-Za-z (GitHub checksum alphabet)
URLSAFE = ALNUM + "-_"
B32 = UP + "234567"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------------------------
# cards
# ----------------------------------------------------------------------------------------------

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


PUBLISHED_TEST_CARDS = [
    "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881", "4222222222222",
    "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "2221000000000009",
    "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
    "6011000400000000", "3530111333300000", "3566002020360505", "3566111111111113", "30569309025904",
    "38520000023237", "36227206271667", "6200000000000005", "6200000000000047", "4000002500003155",
    "4000000000003220", "4000000000009995", "4000000000000002", "5425233430109903", "4917610000000000",
    "6759649826438453", "6799990100000000019", "2200000000000004", "4000000000000077", "4000003720000278",
]

# network, shape name, IIN prefixes, lengths, groupings by length
CARD_NETS = [
    ("visa", ["4"], [16], None),
    ("visa13", ["4"], [13], None),
    ("mastercard", ["51", "52", "53", "54", "55"], [16], None),
    ("mc2series", ["2221", "2236", "2298", "2345", "2411", "2567", "2690", "2720"], [16], None),
    ("amex", ["34", "37"], [15], None),
    ("discover", ["6011", "644", "645", "646", "647", "648", "649", "65"], [16], None),
    ("jcb", ["3528", "3530", "3540", "3550", "3566", "3569", "3575", "3589"], [16], None),
    ("diners", ["300", "301", "302", "303", "304", "305", "36", "38"], [14], None),
    ("unionpay", ["621", "622", "623", "624", "625", "626", "628"], [16, 19], None),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [16, 18, 19], None),
    ("mir", ["2200", "2201", "2202", "2203", "2204"], [16], None),
    ("rupay", ["6071", "6521", "6522", "6528", "8172", "5085", "5088"], [16], None),
    ("troy", ["9792"], [16], None),
    ("elo", ["636368", "438935", "504175", "451416", "636297", "506699", "509048"], [16], None),
    ("hipercard", ["606282"], [16], None),
    ("verve", ["506099", "506105", "507865", "650002"], [16, 19], None),
    ("dankort", ["5019"], [16], None),
    ("bancontact", ["6703"], [17, 19], None),
    ("uzcard", ["8600"], [16], None),
    ("humo", ["9860"], [16], None),
    ("interpayment", ["636"], [16], None),
    ("instapayment", ["637", "638", "639"], [16], None),
]
CARD_NET = {n[0]: n for n in CARD_NETS}


def card_digits(net):
    name, iins, lens, _ = CARD_NET[net]
    while True:
        n = pick(lens)
        p = pick(iins)
        body = p + rs(DIG, n - len(p) - 1)
        full = luhn_complete(body)
        if full in PUBLISHED_TEST_CARDS:
            continue
        if re.search(r"(\d)\1{5}", full):
            continue
        return full


def group(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def card_format(d, style=None):
    n = len(d)
    if style is None:
        style = pick(["sp", "sp", "sp", "dash", "none", "none"])
    sep = {"sp": " ", "dash": "-", "none": ""}[style]
    if sep == "":
        return d, "plain"
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = [4, 6, 4]
    elif n == 13:
        sizes = [4, 3, 3, 3]
    elif n == 19 and chance(0.4):
        sizes = [6, 13]
    else:
        sizes = [4] * (n // 4)
    return group(d, sizes, sep), style


def card(net=None, style=None):
    if net is None:
        net = pick(["visa", "visa", "visa", "mastercard", "mastercard", "mc2series", "amex", "amex", "discover",
                    "jcb", "diners", "unionpay", "maestro", "mir", "rupay", "elo", "troy", "verve", "visa13",
                    "hipercard", "dankort", "bancontact", "uzcard", "humo", "interpayment", "instapayment"])
    d = card_digits(net)
    v, st = card_format(d, style)
    return v, net + "_" + st


def card_expiry():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))


# ----------------------------------------------------------------------------------------------
# phones: region, cc, trunk, type, prefixes (national significant number), nsn length, national
# patterns (X = next NSN digit; literals kept), international patterns.
# ----------------------------------------------------------------------------------------------

PHONES = [
    ("US", "1", "", "any", ["212", "415", "312", "617", "206", "303", "512", "404", "702", "646", "718", "305", "713", "619", "971", "248", "801", "919"], 10,
     ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX", "XXX XXX XXXX", "1-XXX-XXX-XXXX"], ["+1 XXX-XXX-XXXX", "+1 (XXX) XXX-XXXX", "+1 XXX XXX XXXX", "+1.XXX.XXX.XXXX"]),
    ("CA", "1", "", "any", ["416", "604", "514", "403", "613", "647", "778", "780", "902"], 10,
     ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX XXX XXXX"], ["+1 XXX-XXX-XXXX", "+1 (XXX) XXX-XXXX"]),
    ("GB", "44", "0", "mob", ["7912", "7931", "7946", "7958", "7723", "7802", "7809", "7817", "7887", "7480", "7535", "7398", "7825", "7766"], 10,
     ["0XXXX XXXXXX", "0XXXX XXX XXX", "0XXXXXXXXXX"], ["+44 XXXX XXXXXX", "+44 (0)XXXX XXXXXX", "+44 XXXX XXX XXX"]),
    ("GB", "44", "0", "land", ["207", "203", "208"], 10, ["0XX XXXX XXXX", "(0XX) XXXX XXXX"], ["+44 XX XXXX XXXX", "+44 (0)XX XXXX XXXX"]),
    ("GB", "44", "0", "land", ["1612", "1314", "1214", "1179", "1132", "1415"], 10, ["0XXX XXX XXXX", "(0XXX) XXX XXXX"], ["+44 XXX XXX XXXX"]),
    ("DE", "49", "0", "mob", ["151", "152", "157", "176", "162", "163"], 11,
     ["0XXX XXXXXXXX", "0XXX XXXX XXXX", "0XXX/XXXXXXXX", "0XXX-XXXXXXXX"], ["+49 XXX XXXXXXXX", "+49 XXX XXXX XXXX", "+49 (0)XXX XXXXXXXX"]),
    ("DE", "49", "0", "mob", ["170", "171", "172", "173", "174", "175"], 10,
     ["0XXX XXXXXXX", "0XXX/XXXXXXX", "0XXX - XXX XX XX"], ["+49 XXX XXXXXXX", "+49 XXX XXX XXXX"]),
    ("DE", "49", "0", "land", ["302", "303", "304", "893", "894", "402", "404", "697", "692"], 10,
     ["0XX XXXXXXXX", "0XX/XXXX XXXX", "(0XX) XXXXXXXX", "0XX-XXXX XXXX"], ["+49 XX XXXXXXXX", "+49 XX XXXX XXXX", "+49 (0)XX XXXXXXXX"]),
    ("DE", "49", "0", "land", ["2214", "2215", "7112", "2115"], 10, ["0XXX XXXXXXX", "0XXX/XXX XX XX"], ["+49 XXX XXXXXXX"]),
    ("AT", "43", "0", "mob", ["664", "660", "676", "650", "699"], 10, ["0XXX XXXXXXX", "0XXX/XXXXXXX", "0XXX XXX XX XX"], ["+43 XXX XXXXXXX", "+43 XXX XXX XX XX"]),
    ("CH", "41", "0", "mob", ["76", "77", "78", "79"], 9, ["0XX XXX XX XX", "0XXXXXXXXX"], ["+41 XX XXX XX XX", "+41 (0)XX XXX XX XX"]),
    ("CH", "41", "0", "land", ["442", "443", "313", "223", "612"], 9, ["0XX XXX XX XX"], ["+41 XX XXX XX XX"]),
    ("FR", "33", "0", "mob", ["61", "62", "64", "65", "66", "67", "68", "75", "76", "77", "78"], 9,
     ["0X XX XX XX XX", "0X.XX.XX.XX.XX", "0XXXXXXXXX", "0X-XX-XX-XX-XX", "0XXX XX XX XX"], ["+33 X XX XX XX XX", "+33 (0)X XX XX XX XX", "+33 XXX XX XX XX"]),
    ("FR", "33", "0", "land", ["14", "15", "42", "47", "56", "38", "29", "31"], 9, ["0X XX XX XX XX", "0X.XX.XX.XX.XX"], ["+33 X XX XX XX XX"]),
    ("BE", "32", "0", "mob", ["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "494", "495", "496", "497", "498", "499"], 9,
     ["0XXX XX XX XX", "0XXX/XX.XX.XX", "0XXX XXX XXX"], ["+32 XXX XX XX XX", "+32 (0)XXX XX XX XX"]),
    ("BE", "32", "0", "land", ["25", "26", "27"], 8, ["0X XXX XX XX", "0X/XXX.XX.XX"], ["+32 X XXX XX XX"]),
    ("NL", "31", "0", "mob", ["61", "62", "63", "64", "65"], 9, ["0X-XXXXXXXX", "0X XX XX XX XX", "0X XXXX XXXX", "0XXXXXXXXX"], ["+31 X XXXXXXXX", "+31 (0)X XXXXXXXX", "+31 X XX XX XX XX"]),
    ("NL", "31", "0", "land", ["205", "206", "104", "703", "302"], 9, ["0XX-XXX XXXX", "0XX XXX XXXX", "(0XX) XXX XX XX"], ["+31 XX XXX XXXX"]),
    ("ES", "34", "", "mob", ["6", "71", "72", "73", "74"], 9, ["XXX XXX XXX", "XXX XX XX XX", "XXXXXXXXX", "XXX-XXX-XXX"], ["+34 XXX XX XX XX", "+34 XXX XXX XXX", "(+34) XXX XXX XXX"]),
    ("ES", "34", "", "land", ["91", "93", "95", "96", "94"], 9, ["XX XXX XX XX", "XXX XX XX XX"], ["+34 XX XXX XX XX"]),
    ("IT", "39", "", "mob", ["320", "328", "329", "330", "333", "334", "335", "338", "339", "340", "345", "346", "347", "348", "349", "366", "380", "388", "389", "391", "392", "393"], 10,
     ["XXX XXX XXXX", "XXX XXXXXXX", "XXX-XXXXXXX", "XXX.XXX.XXXX", "XXX/XXXXXXX"], ["+39 XXX XXX XXXX", "+39 XXX XXXXXXX"]),
    ("IT", "39", "", "land", ["022", "023", "024", "027", "028", "063", "064", "065", "068"], 10, ["XX XXXX XXXX", "XX XXXXXXXX", "XX-XXXXXXXX"], ["+39 XX XXXX XXXX", "+39 XX XXXXXXXX"]),
    ("PT", "351", "", "mob", ["91", "92", "93", "96"], 9, ["XXX XXX XXX", "XXXXXXXXX"], ["+351 XXX XXX XXX", "+351 XXXXXXXXX"]),
    ("PT", "351", "", "land", ["21", "22"], 9, ["XX XXX XXXX", "XXX XXX XXX"], ["+351 XX XXX XXXX"]),
    ("BR", "55", "", "mob", ["1196", "1197", "1198", "1199", "2199", "2198", "3199", "4199", "4898", "5199", "6198", "7199", "8199", "8598", "9198"], 11,
     ["(XX) XXXXX-XXXX", "XX XXXXX-XXXX", "(XX) X XXXX-XXXX", "(XX)XXXXX-XXXX"], ["+55 XX XXXXX-XXXX", "+55 (XX) XXXXX-XXXX", "+55 XX X XXXX XXXX"]),
    ("BR", "55", "", "land", ["113", "112", "213", "313", "413", "513", "613"], 10, ["(XX) XXXX-XXXX", "XX XXXX-XXXX"], ["+55 XX XXXX-XXXX", "+55 (XX) XXXX-XXXX"]),
    ("PL", "48", "", "mob", ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9, ["XXX XXX XXX", "XXX-XXX-XXX", "XXXXXXXXX"], ["+48 XXX XXX XXX", "+48 XXX-XXX-XXX"]),
    ("PL", "48", "", "land", ["22", "12", "58", "71", "61"], 9, ["XX XXX XX XX", "(XX) XXX XX XX"], ["+48 XX XXX XX XX"]),
    ("SE", "46", "0", "mob", ["70", "72", "73", "76"], 9, ["0XX-XXX XX XX", "0XX XXX XX XX", "0XXXXXXXXX", "0XX-XXXXXXX"], ["+46 XX XXX XX XX", "+46 (0)XX XXX XX XX"]),
    ("SE", "46", "0", "land", ["85", "86", "87"], 9, ["0X-XXX XXX XX", "0X XXX XXX XX"], ["+46 X XXX XXX XX"]),
    ("NO", "47", "", "mob", ["41", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98", "99"], 8, ["XXX XX XXX", "XX XX XX XX", "XXXXXXXX"], ["+47 XXX XX XXX", "+47 XX XX XX XX"]),
    ("DK", "45", "", "mob", ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"], 8,
     ["XX XX XX XX", "XXXX XXXX", "XXXXXXXX"], ["+45 XX XX XX XX", "+45 XXXX XXXX"]),
    ("FI", "358", "0", "mob", ["40", "41", "44", "45", "50"], 9, ["0XX XXX XXXX", "0XX-XXX XXXX", "0XXXXXXXXX", "0XX XXXXXXX"], ["+358 XX XXX XXXX", "+358 XX XXXXXXX"]),
    ("CZ", "420", "", "mob", ["72", "73", "77", "79"], 9, ["XXX XXX XXX", "XXXXXXXXX"], ["+420 XXX XXX XXX", "+420XXX XXX XXX"]),
    ("CZ", "420", "", "land", ["22", "23", "24", "25", "26", "27", "28"], 9, ["XXX XXX XXX"], ["+420 XXX XXX XXX"]),
    ("HU", "36", "06", "mob", ["20", "30", "70"], 9, ["06 XX XXX XXXX", "06-XX-XXX-XXXX", "06 XX/XXX-XXXX", "(06 XX) XXX XXXX"], ["+36 XX XXX XXXX", "+36-XX-XXX-XXXX", "+36 XX XXX-XXXX"]),
    ("HU", "36", "06", "land", ["12", "13", "14", "17"], 8, ["06 X XXX XXXX", "(06 X) XXX-XXXX"], ["+36 X XXX XXXX"]),
    ("RO", "40", "0", "mob", ["721", "722", "723", "724", "726", "727", "728", "730", "731", "740", "741", "742", "744", "745", "746", "747", "748", "749", "751", "752", "753", "754", "755", "756", "757", "758", "760", "761", "762", "763", "764", "765", "766", "767", "768", "769", "770", "771", "772", "773", "774", "775", "776", "777", "778", "779", "785", "786", "787", "788"], 9,
     ["0XXX XXX XXX", "0XXX.XXX.XXX", "0XXXXXXXXX", "0XXX-XXX-XXX"], ["+40 XXX XXX XXX", "+40 XXX-XXX-XXX", "+40 (0)XXX XXX XXX"]),
    ("RO", "40", "0", "land", ["212", "213", "214", "216"], 9, ["0XX XXX XXXX", "0XX.XXX.XX.XX"], ["+40 XX XXX XXXX"]),
    ("TR", "90", "0", "mob", ["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"], 10,
     ["0XXX XXX XX XX", "0 (XXX) XXX XX XX", "0XXX XXX XXXX", "0XXXXXXXXXX", "0(XXX) XXX XX XX"], ["+90 XXX XXX XX XX", "+90 (XXX) XXX XX XX", "+90 XXX XXX XXXX"]),
    ("TR", "90", "0", "land", ["212", "216", "312", "232"], 10, ["0XXX XXX XX XX", "(0XXX) XXX XX XX"], ["+90 XXX XXX XX XX"]),
    ("RU", "7", "8", "mob", ["903", "905", "906", "909", "910", "911", "912", "915", "916", "917", "919", "921", "925", "926", "929", "950", "951", "952", "960", "961", "962", "965", "977", "985", "999"], 10,
     ["8 (XXX) XXX-XX-XX", "8 XXX XXX-XX-XX", "8XXXXXXXXXX", "8-XXX-XXX-XX-XX", "8 XXX XXX XX XX"], ["+7 (XXX) XXX-XX-XX", "+7 XXX XXX-XX-XX", "+7 XXX XXX XX XX", "+7-XXX-XXX-XX-XX"]),
    ("RU", "7", "8", "land", ["495", "499", "812"], 10, ["8 (XXX) XXX-XX-XX", "8 XXX XXX-XX-XX"], ["+7 (XXX) XXX-XX-XX", "+7 XXX XXX-XX-XX"]),
    ("UA", "380", "0", "mob", ["50", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99", "63"], 9,
     ["0XX XXX XX XX", "0XX-XXX-XX-XX", "(0XX) XXX-XX-XX", "0XXXXXXXXX"], ["+380 XX XXX XX XX", "+380 (XX) XXX-XX-XX", "+380XX XXX XXXX"]),
    ("UA", "380", "0", "land", ["44"], 9, ["0XX XXX XX XX", "(0XX) XXX-XX-XX"], ["+380 XX XXX XX XX"]),
    ("GR", "30", "", "mob", ["690", "693", "694", "695", "697", "698", "699"], 10, ["XXX XXX XXXX", "XXX XXXXXXX", "XXXXXXXXXX", "XXX-XXX-XXXX"], ["+30 XXX XXX XXXX", "+30 XXXXXXXXXX"]),
    ("GR", "30", "", "land", ["210", "231"], 10, ["XXX XXX XXXX", "XXX-XXXXXXX"], ["+30 XXX XXX XXXX"]),
    ("IL", "972", "0", "mob", ["50", "52", "53", "54"], 9, ["0XX-XXX-XXXX", "0XX-XXXXXXX", "0XX XXX XXXX"], ["+972 XX-XXX-XXXX", "+972 XX XXX XXXX", "+972-XX-XXXXXXX"]),
    ("IL", "972", "0", "land", ["3"], 8, ["0X-XXX-XXXX", "0X-XXXXXXX"], ["+972 X-XXX-XXXX"]),
    ("SA", "966", "0", "mob", ["50", "53", "54", "55", "56", "58", "59"], 9, ["0XX XXX XXXX", "0XXXXXXXXX", "0XX-XXX-XXXX"], ["+966 XX XXX XXXX", "+966XXXXXXXXX"]),
    ("AE", "971", "0", "mob", ["50", "52", "54", "55", "56", "58"], 9, ["0XX XXX XXXX", "0XX-XXX-XXXX", "0XX-XXXXXXX"], ["+971 XX XXX XXXX", "+971-XX-XXX-XXXX"]),
    ("EG", "20", "0", "mob", ["10", "11", "12", "15"], 10, ["0XXX XXX XXXX", "0XXXXXXXXXX", "0XXX-XXX-XXXX"], ["+20 XXX XXX XXXX", "+20 XX XXXX XXXX"]),
    ("IN", "91", "0", "mob", ["98", "99", "97", "96", "95", "94", "93", "91", "90", "88", "87", "86", "85", "84", "83", "82", "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62"], 10,
     ["XXXXX XXXXX", "XXXXXXXXXX", "0XXXXX XXXXX", "XXX-XXX-XXXX", "XXXXX-XXXXX"], ["+91 XXXXX XXXXX", "+91-XXXXXXXXXX", "+91 XXXXXXXXXX", "+91 XXX XXX XXXX"]),
    ("IN", "91", "0", "land", ["112", "113", "114", "222", "224", "226"], 10, ["0XX XXXX XXXX", "0XX-XXXXXXXX"], ["+91 XX XXXX XXXX", "+91-XX-XXXXXXXX"]),
    ("PK", "92", "0", "mob", ["300", "301", "302", "303", "305", "306", "307", "308", "310", "311", "312", "313", "314", "315", "320", "321", "322", "323", "331", "332", "333", "334", "335", "336", "340", "341", "342", "343", "344", "345", "346", "347"], 10,
     ["0XXX-XXXXXXX", "0XXX XXXXXXX", "0XXXXXXXXXX"], ["+92 XXX XXXXXXX", "+92-XXX-XXXXXXX", "+92 XXX XXX XXXX"]),
    ("BD", "880", "0", "mob", ["171", "172", "173", "174", "175", "176", "177", "178", "179", "181", "182", "183", "191", "192", "193", "151", "152", "161", "162", "131", "141"], 10,
     ["0XXXX-XXXXXX", "0XXXX XXXXXX", "0XXXXXXXXXX"], ["+880 XXXX-XXXXXX", "+880 XXXX XXXXXX", "+880-XXXX-XXXXXX"]),
    ("JP", "81", "0", "mob", ["90", "80", "70"], 10, ["0XX-XXXX-XXXX", "0XX XXXX XXXX", "0XXXXXXXXXX", "0XX(XXXX)XXXX"], ["+81 XX-XXXX-XXXX", "+81 XX XXXX XXXX", "+81-XX-XXXX-XXXX"]),
    ("JP", "81", "0", "land", ["35", "36", "33", "64", "66"], 9, ["0X-XXXX-XXXX", "0X XXXX XXXX", "0X(XXXX)XXXX"], ["+81 X-XXXX-XXXX", "+81 X XXXX XXXX"]),
    ("KR", "82", "0", "mob", ["102", "103", "104", "106", "107", "108", "109"], 10, ["0XX-XXXX-XXXX", "0XX XXXX XXXX", "0XXXXXXXXXX", "0XX.XXXX.XXXX"], ["+82 XX-XXXX-XXXX", "+82 XX XXXX XXXX", "+82-XX-XXXX-XXXX"]),
    ("KR", "82", "0", "land", ["22", "23", "25", "27"], 9, ["0X-XXXX-XXXX", "0X XXXX XXXX"], ["+82 X-XXXX-XXXX"]),
    ("CN", "86", "0", "mob", ["138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186", "187", "188", "189", "177", "199", "166", "133", "153", "180"], 11,
     ["XXX XXXX XXXX", "XXX-XXXX-XXXX", "XXXXXXXXXXX"], ["+86 XXX XXXX XXXX", "+86-XXX-XXXX-XXXX", "+86 XXXXXXXXXXX"]),
    ("CN", "86", "0", "land", ["106", "108", "215", "216"], 10, ["0XX-XXXXXXXX", "(0XX) XXXX XXXX", "0XX XXXX XXXX"], ["+86 XX XXXX XXXX", "+86-XX-XXXXXXXX"]),
    ("TW", "886", "0", "mob", ["91", "92", "93", "95", "96", "97", "98"], 9, ["0XXX-XXX-XXX", "0XXX XXX XXX", "0XXXXXXXXX", "0XXX-XXXXXX"], ["+886 XXX XXX XXX", "+886-XXX-XXX-XXX", "+886 XXXXXXXXX"]),
    ("TW", "886", "0", "land", ["22", "27", "28"], 9, ["(0X) XXXX-XXXX", "0X-XXXX-XXXX"], ["+886 X XXXX XXXX", "+886-X-XXXX-XXXX"]),
    ("HK", "852", "", "mob", ["61", "63", "64", "65", "69", "90", "91", "94", "96", "97"], 8,
     ["XXXX XXXX", "XXXX-XXXX", "XXXXXXXX"], ["+852 XXXX XXXX", "(+852) XXXX XXXX", "+852-XXXX-XXXX"]),
    ("SG", "65", "", "mob", ["81", "82", "83", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "96", "97", "98"], 8,
     ["XXXX XXXX", "XXXX-XXXX", "XXXXXXXX"], ["+65 XXXX XXXX", "+65-XXXX-XXXX", "(+65) XXXX XXXX"]),
    ("SG", "65", "", "land", ["61", "62", "63", "64", "65", "67", "68"], 8, ["XXXX XXXX"], ["+65 XXXX XXXX"]),
    ("TH", "66", "0", "mob", ["81", "82", "83", "84", "85", "86", "87", "89", "91", "92", "95", "96", "98", "61", "62", "63", "64", "65"], 9,
     ["0XX-XXX-XXXX", "0XX XXX XXXX", "0XXXXXXXXX"], ["+66 XX XXX XXXX", "+66-XX-XXX-XXXX", "+66 (0)XX XXX XXXX"]),
    ("TH", "66", "0", "land", ["22", "23", "26"], 8, ["0X-XXX-XXXX", "0X XXX XXXX"], ["+66 X XXX XXXX"]),
    ("VN", "84", "0", "mob", ["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88"], 9,
     ["0XXX XXX XXX", "0XXX.XXX.XXX", "0XXXXXXXXX", "0XX XXX XXXX", "0XXX-XXX-XXX"], ["+84 XX XXX XXXX", "+84 XXX XXX XXX", "+84XXXXXXXXX"]),
    ("VN", "84", "0", "land", ["243", "283", "246", "287"], 10, ["0XX XXXX XXXX", "(0XX) XXXX XXXX"], ["+84 XX XXXX XXXX"]),
    ("ID", "62", "0", "mob", ["811", "812", "813", "821", "822", "852", "853", "857", "858", "878", "877", "895", "896", "897", "898", "899", "881", "882", "838", "831"], 11,
     ["0XXX-XXXX-XXXX", "0XXX XXXX XXXX", "0XXXXXXXXXXX", "0XXX XXXX XXX X"], ["+62 XXX-XXXX-XXXX", "+62 XXX XXXX XXXX", "+62XXXXXXXXXXX"]),
    ("ID", "62", "0", "land", ["215", "217", "218"], 10, ["(0XX) XXXX XXXX", "0XX-XXXXXXXX", "0XX XXXX XXXX"], ["+62 XX XXXX XXXX"]),
    ("MY", "60", "0", "mob", ["12", "13", "16", "17", "19"], 9, ["0XX-XXX XXXX", "0XX XXX XXXX", "0XX-XXXXXXX"], ["+60 XX-XXX XXXX", "+60 XX XXX XXXX", "+60XXXXXXXXX"]),
    ("PH", "63", "0", "mob", ["917", "918", "919", "920", "921", "927", "928", "939", "945", "947", "949", "955", "956", "966", "977", "995", "998", "999"], 10,
     ["0XXX XXX XXXX", "0XXX-XXX-XXXX", "0XXXXXXXXXX"], ["+63 XXX XXX XXXX", "+63 XXX-XXX-XXXX", "+63XXXXXXXXXX"]),
    ("PH", "63", "0", "land", ["28"], 9, ["(0X) XXXX XXXX", "0X XXXX XXXX", "(0X) XXXX-XXXX"], ["+63 X XXXX XXXX"]),
    ("MX", "52", "", "any", ["5512", "5523", "5534", "5541", "5567", "3312", "3336", "8112", "8183"], 10,
     ["XX XXXX XXXX", "XX-XXXX-XXXX", "(XX) XXXX XXXX", "XXXXXXXXXX", "XX.XXXX.XXXX"], ["+52 XX XXXX XXXX", "+52 (XX) XXXX XXXX", "+52XXXXXXXXXX"]),
    ("AR", "54", "0", "mob", ["9112", "9113", "9114", "9115", "9116"], 11, [], ["+54 X XX XXXX-XXXX", "+54 X XX XXXX XXXX", "+54 X XX XXXX XXXX"]),
    ("AR", "54", "0", "land", ["114", "113", "115", "116"], 10, ["(0XX) XXXX-XXXX", "0XX XXXX-XXXX", "0XX-XXXX-XXXX"], ["+54 XX XXXX-XXXX", "+54 XX XXXX XXXX"]),
    ("CO", "57", "", "mob", ["300", "301", "310", "311", "312", "313", "315", "316", "317", "318", "320", "321", "350"], 10,
     ["XXX XXX XXXX", "XXX XXXXXXX", "XXX-XXX-XXXX", "XXX XXX XX XX"], ["+57 XXX XXX XXXX", "+57 XXX XXXXXXX", "(+57) XXX XXX XXXX"]),
    ("CO", "57", "", "land", ["6012", "6013", "6014", "6044"], 10, ["(XXX) XXX XXXX", "XXX XXX XXXX"], ["+57 XXX XXX XXXX"]),
    ("CL", "56", "", "mob", ["98", "95", "94", "92"], 9, ["X XXXX XXXX", "XXXXXXXXX"], ["+56 X XXXX XXXX", "+56 XXXXXXXXX", "+56X XXXX XXXX"]),
    ("CL", "56", "", "land", ["222", "223", "224", "227"], 9, ["XX XXX XXXX", "(XX) XXX XXXX"], ["+56 XX XXX XXXX"]),
    ("ZA", "27", "0", "mob", ["82", "83", "84", "72", "73", "74", "76", "79", "81", "71", "60", "61", "62", "63", "64", "65", "66"], 9,
     ["0XX XXX XXXX", "0XXXXXXXXX", "0XX-XXX-XXXX"], ["+27 XX XXX XXXX", "+27XXXXXXXXX", "+27 (0)XX XXX XXXX"]),
    ("ZA", "27", "0", "land", ["11", "21"], 9, ["0XX XXX XXXX", "(0XX) XXX-XXXX"], ["+27 XX XXX XXXX"]),
    ("NG", "234", "0", "mob", ["803", "806", "813", "816", "703", "706", "810", "814", "903", "805", "807", "815", "905", "802", "808", "812", "701", "902", "809", "817", "818", "909"], 10,
     ["0XXX XXX XXXX", "0XXXXXXXXXX", "0XXX-XXX-XXXX"], ["+234 XXX XXX XXXX", "+234 XXXXXXXXXX", "+234-XXX-XXX-XXXX"]),
    ("KE", "254", "0", "mob", ["701", "702", "710", "711", "712", "720", "721", "722", "723", "724", "725", "726", "727", "728", "729", "740", "741", "745", "746", "790", "791", "792", "757", "768", "769", "110", "111"], 9,
     ["0XXX XXX XXX", "0XXXXXXXXX", "0XXX-XXXXXX", "0XXX XXXXXX"], ["+254 XXX XXX XXX", "+254 XXXXXXXXX", "+254-XXX-XXXXXX"]),
    ("AU", "61", "0", "mob", ["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413", "414", "415", "416", "417", "418", "419", "420", "421", "422", "423", "424", "425", "426", "427", "428", "429", "430", "431", "432", "433", "434", "435", "437", "438", "439", "447", "448", "449", "450", "451", "452", "455", "456", "457", "458", "459", "466", "467", "468", "469", "470", "477", "478", "481", "487", "488", "490", "497", "498", "499"], 9,
     ["0XXX XXX XXX", "0XXXXXXXXX", "0XXX-XXX-XXX"], ["+61 XXX XXX XXX", "+61 X XXXX XXXX", "+61XXXXXXXXX"]),
    ("AU", "61", "0", "land", ["29", "28", "39", "38", "73"], 9, ["(0X) XXXX XXXX", "0X XXXX XXXX"], ["+61 X XXXX XXXX"]),
    ("NZ", "64", "0", "mob", ["21", "22", "27"], 9, ["0XX XXX XXXX", "0XX-XXX XXXX"], ["+64 XX XXX XXXX", "+64 XX-XXX XXXX"]),
    ("NZ", "64", "0", "land", ["93", "94", "95", "96", "98"], 8, ["(0X) XXX XXXX", "0X-XXX XXXX", "0X XXX XXXX"], ["+64 X XXX XXXX"]),
    ("IE", "353", "0", "mob", ["83", "85", "86", "87", "89"], 9, ["0XX XXX XXXX", "0XX-XXXXXXX", "0XXXXXXXXX"], ["+353 XX XXX XXXX", "+353 (0)XX XXX XXXX"]),
    ("IE", "353", "0", "land", ["16", "18", "14", "12"], 8, ["(0X) XXX XXXX", "0X XXX XXXX"], ["+353 X XXX XXXX"]),
    ("IR", "98", "0", "mob", ["912", "913", "914", "915", "916", "917", "918", "919", "901", "902", "903", "905", "930", "933", "935", "936", "937", "938", "939", "990", "991", "921", "922"], 10,
     ["0XXX XXX XXXX", "0XXX-XXX-XXXX", "0XXXXXXXXXX"], ["+98 XXX XXX XXXX", "+98XXXXXXXXXX", "+98 XXX-XXX-XXXX"]),
    ("IR", "98", "0", "land", ["2122", "2144", "2166", "2188"], 10, ["0XX-XXXX-XXXX", "0XX XXXX XXXX"], ["+98 XX XXXX XXXX"]),
]

REGION_LANG = {
    "US": "en", "CA": "en", "GB": "en", "IE": "en", "AU": "en", "NZ": "en", "SG": "en", "ZA": "en", "NG": "en",
    "KE": "sw", "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "NL": "nl", "ES": "es", "MX": "es",
    "AR": "es", "CO": "es", "CL": "es", "IT": "it", "PT": "pt", "BR": "pt", "PL": "pl", "SE": "sv", "NO": "no",
    "DK": "da", "FI": "fi", "CZ": "cs", "HU": "hu", "RO": "ro", "TR": "tr", "RU": "ru", "UA": "uk", "GR": "el",
    "IL": "he", "SA": "ar", "AE": "ar", "EG": "ar", "IN": "hi", "PK": "ur", "BD": "bn", "JP": "ja", "KR": "ko",
    "CN": "zh", "TW": "zh", "HK": "zh", "TH": "th", "VN": "vi", "ID": "id", "MY": "ms", "PH": "tl", "IR": "fa",
}
LANG_REGIONS = {}
for _reg, _lang in REGION_LANG.items():
    LANG_REGIONS.setdefault(_lang, []).append(_reg)


def fill_pattern(pat, nsn):
    out, i = [], 0
    for ch in pat:
        if ch == "X":
            out.append(nsn[i])
            i += 1
        else:
            out.append(ch)
    assert i == len(nsn), (pat, nsn)
    return "".join(out)


def nsn_for(row):
    reg, cc, trunk, typ, prefixes, n, nat, intl = row
    while True:
        p = pick(prefixes)
        rest = n - len(p)
        if reg in ("US", "CA"):
            ex = pick("23456789") + rs(DIG, 2)
            if ex == "555" or ex[1:] == "11":
                continue
            nsn = p + ex + rs(DIG, 4)
        elif reg in ("CZ",) and typ == "land":
            nsn = p + rs(DIG, rest)
        else:
            nsn = p + pick("23456789") + rs(DIG, rest - 1) if rest > 0 else p
        if re.search(r"(\d)\1{4}", nsn):
            continue
        return nsn


def phone(region=None, typ=None, fmt=None):
    rows = [r for r in PHONES if (region is None or r[0] == region) and (typ is None or r[3] == typ or r[3] == "any")]
    row = pick(rows)
    reg, cc, trunk, t, prefixes, n, nat, intl = row
    nsn = nsn_for(row)
    if fmt is None:
        choices = ["nat", "nat", "nat", "intl", "intl", "00", "e164", "digits"] if nat else ["intl", "intl", "e164", "00"]
        fmt = pick(choices)
    if not nat and fmt in ("nat", "digits"):
        fmt = "intl"
    if fmt == "nat":
        v = fill_pattern(pick(nat), nsn)
    elif fmt == "intl":
        v = fill_pattern(pick(intl), nsn)
    elif fmt == "00":
        v = fill_pattern(pick(intl), nsn)
        if v.startswith("(+"):
            v = "+" + v[2:].replace(")", "", 1)
        v = v.replace(" (0)", " ")
        v = "00" + v[1:] if v.startswith("+") else "00" + cc + nsn
    elif fmt == "e164":
        v = "+" + cc + nsn
    else:
        v = (trunk if trunk != "06" else "06") + nsn
    return v, "%s_%s_%s" % (reg, t, fmt), reg


# ----------------------------------------------------------------------------------------------
# people and e-mail addresses (ASCII only)
# ----------------------------------------------------------------------------------------------

NAMES = {
    "en": [("James", "Whitaker"), ("Olivia", "Brennan"), ("Priya", "Raman"), ("Marcus", "Doyle"), ("Hannah", "Okafor"), ("Liam", "Fitzgerald"), ("Chloe", "Harrington"), ("Ethan", "Caldwell"), ("Aisha", "Bello"), ("Grace", "Nkemelu"), ("Tom", "Ashworth"), ("Megan", "Sullivan")],
    "de": [("Jonas", "Bergmann"), ("Lea", "Hoffmann"), ("Matthias", "Krüger"), ("Sabine", "Lehmann"), ("Felix", "Schäfer"), ("Anke", "Vogt")],
    "fr": [("Camille", "Lefèvre"), ("Julien", "Moreau"), ("Élodie", "Garnier"), ("Thibault", "Rousseau"), ("Manon", "Girard")],
    "es": [("Lucía", "Fernández"), ("Javier", "Morales"), ("Carmen", "Ibáñez"), ("Diego", "Castillo"), ("Valentina", "Rojas")],
    "it": [("Giulia", "Bianchi"), ("Marco", "Esposito"), ("Francesca", "Ricci"), ("Davide", "Colombo")],
    "pt": [("João", "Carvalho"), ("Mariana", "Souza"), ("Thiago", "Almeida"), ("Beatriz", "Pereira")],
    "nl": [("Sanne", "de Vries"), ("Daan", "Janssen"), ("Femke", "van Dijk"), ("Bram", "Bakker")],
    "pl": [("Katarzyna", "Wójcik"), ("Piotr", "Kowalczyk"), ("Zofia", "Mazur")],
    "sv": [("Linnea", "Lindqvist"), ("Oskar", "Nyström")], "no": [("Ingrid", "Haugen"), ("Sindre", "Berge")],
    "da": [("Mette", "Kjær"), ("Rasmus", "Lund")], "fi": [("Aino", "Virtanen"), ("Mikko", "Lahtinen")],
    "cs": [("Tereza", "Dvořáková"), ("Jakub", "Novotný")], "hu": [("Eszter", "Nagy"), ("Bence", "Tóth")],
    "ro": [("Ioana", "Popescu"), ("Andrei", "Dumitrescu")], "tr": [("Elif", "Yılmaz"), ("Mehmet", "Demir"), ("Zeynep", "Kaya")],
    "ru": [("Анна", "Смирнова"), ("Дмитрий", "Козлов"), ("Ольга", "Морозова")], "uk": [("Олена", "Шевченко"), ("Тарас", "Бондаренко")],
    "el": [("Μαρία", "Παπαδοπούλου"), ("Νίκος", "Γεωργίου")], "he": [("נועה", "כהן"), ("יונתן", "לוי")],
    "ar": [("ليلى", "حسن"), ("عمر", "الخطيب"), ("سارة", "منصور")], "fa": [("مریم", "احمدی"), ("رضا", "کریمی")],
    "hi": [("अनन्या", "शर्मा"), ("राहुल", "वर्मा")], "ur": [("عائشہ", "خان"), ("بلال", "احمد")], "bn": [("তানিয়া", "রহমান"), ("সাকিব", "হোসেন")],
    "ja": [("佐藤", "美咲"), ("田中", "翔太"), ("鈴木", "陽菜")], "ko": [("김", "민지"), ("이", "준호"), ("박", "서연")],
    "zh": [("王", "芳"), ("李", "伟"), ("陈", "静")], "th": [("สมชาย", "ใจดี"), ("นภา", "ศรีสุข")],
    "vi": [("Nguyễn", "Thu Trang"), ("Trần", "Minh Khoa")], "id": [("Putri", "Wulandari"), ("Agus", "Setiawan")],
    "ms": [("Nurul", "Aisyah"), ("Hafiz", "Rahman")], "tl": [("Maria", "Santos"), ("Jose", "Dela Cruz")],
    "sw": [("Amani", "Wanjiku"), ("Baraka", "Otieno")],
}
# ASCII transliterations used for mailbox names
TRANSLIT = {
    "en": ["james.whitaker", "olivia.b", "priya.raman", "mdoyle", "h.okafor", "liamfitz", "chloe_harrington", "ethan.caldwell", "aisha.bello", "grace.nkemelu", "tom.ashworth", "megsullivan"],
    "de": ["jonas.bergmann", "lea.hoffmann", "m.krueger", "sabine.lehmann", "felix.schaefer", "anke.vogt"],
    "fr": ["camille.lefevre", "julien.moreau", "elodie.garnier", "t.rousseau", "manon.girard"],
    "es": ["lucia.fernandez", "jmorales", "carmen.ibanez", "diego.castillo", "valen.rojas"],
    "it": ["giulia.bianchi", "marco.esposito", "f.ricci", "davide.colombo"],
    "pt": ["joao.carvalho", "mariana.souza", "thiago.almeida", "bia.pereira"],
    "nl": ["sanne.devries", "daan.janssen", "femke.vandijk", "bram.bakker"],
    "pl": ["katarzyna.wojcik", "piotr.kowalczyk", "zosia.mazur"], "sv": ["linnea.lindqvist", "oskar.nystrom"],
    "no": ["ingrid.haugen", "sindre.berge"], "da": ["mette.kjaer", "rasmus.lund"], "fi": ["aino.virtanen", "mikko.lahtinen"],
    "cs": ["tereza.dvorakova", "jakub.novotny"], "hu": ["eszter.nagy", "bence.toth"], "ro": ["ioana.popescu", "andrei.dumitrescu"],
    "tr": ["elif.yilmaz", "mehmet.demir", "zeynepkaya"], "ru": ["anna.smirnova", "d.kozlov", "olga.morozova"],
    "uk": ["olena.shevchenko", "taras.bondarenko"], "el": ["maria.papadopoulou", "nikos.georgiou"], "he": ["noa.cohen", "yonatan.levi"],
    "ar": ["layla.hassan", "omar.alkhatib", "sara.mansour"], "fa": ["maryam.ahmadi", "reza.karimi"], "hi": ["ananya.sharma", "rahul.verma"],
    "ur": ["ayesha.khan", "bilal.ahmed"], "bn": ["tania.rahman", "sakib.hossain"], "ja": ["misaki.sato", "shota.tanaka", "hina.suzuki"],
    "ko": ["minji.kim", "junho.lee", "seoyeon.park"], "zh": ["wangfang", "li.wei", "chenjing"], "th": ["somchai.j", "napha.s"],
    "vi": ["thutrang.nguyen", "minhkhoa.tran"], "id": ["putri.wulandari", "agus.setiawan"], "ms": ["nurul.aisyah", "hafiz.rahman"],
    "tl": ["maria.santos", "jose.delacruz"], "sw": ["amani.wanjiku", "baraka.otieno"],
}
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me", "fastmail.com", "aol.com", "btinternet.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "skynet.be"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "prodigy.net.mx"], "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com"],
    "pt": ["uol.com.br", "bol.com.br", "sapo.pt", "gmail.com", "terra.com.br"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "telenet.be"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "sv": ["telia.com", "gmail.com"], "no": ["online.no", "gmail.com"],
    "da": ["mail.dk", "gmail.com"], "fi": ["elisanet.fi", "gmail.com"], "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "hu": ["freemail.hu", "citromail.hu", "gmail.com"], "ro": ["yahoo.ro", "gmail.com"], "tr": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "inbox.ru"], "uk": ["ukr.net", "i.ua", "gmail.com"], "el": ["otenet.gr", "gmail.com"],
    "he": ["walla.co.il", "gmail.com"], "ar": ["gmail.com", "hotmail.com", "yahoo.com"], "fa": ["gmail.com", "chmail.ir"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "ur": ["gmail.com", "yahoo.com"], "bn": ["gmail.com", "yahoo.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com", "icloud.com"], "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "yahoo.com.tw"], "th": ["hotmail.com", "gmail.com"],
    "vi": ["gmail.com", "yahoo.com.vn"], "id": ["gmail.com", "yahoo.co.id"], "ms": ["gmail.com", "yahoo.com.my"],
    "tl": ["gmail.com", "yahoo.com.ph"], "sw": ["gmail.com", "yahoo.com"],
}
ORG_DOMAINS = ["northwind-logistics.de", "kestrel-analytics.io", "bluefjord.no", "harbourline.co.uk", "verdant-labs.dev", "quillstack.ai",
               "mercado-andino.com.co", "atelier-lumiere.fr", "studio-nube.es", "ricambi-ferrari.it", "tecnoponte.com.br", "vanderlaan-bouw.nl",
               "polarcode.fi", "kubik-soft.cz", "anadolu-yazilim.com.tr", "severstroy.ru", "sakura-trading.co.jp", "hanbit-tech.co.kr",
               "jadeport.com.cn", "siamfresh.co.th", "mekong-digital.vn", "nusantara-cloud.id", "acacia-health.co.ke", "lagoslink.ng",
               "outback-solar.com.au", "kiwi-freight.co.nz", "cedar-ventures.ae", "pinecrest-dental.com", "orbitalyard.tech", "mosaic-ed.org",
               "fernhill.ac.uk", "cs.uni-kiel.de", "student.uva.nl", "mail.tsinghua.edu.cn", "alumni.iitb.ac.in", "eng.cam.ac.uk",
               "hq.brightwave.app", "support.parcelpilot.co", "ops.fjellnett.no", "billing.cirrusmint.com"]


def email(lang="en", org=False, known=False):
    base = pick(TRANSLIT.get(lang, TRANSLIT["en"]))
    form = R.randrange(9)
    parts = base.split(".")
    if form == 1 and len(parts) == 2:
        base = parts[0][0] + parts[1]
    elif form == 2:
        base = base.replace(".", "_")
    elif form == 3:
        base = base + str(R.randint(1, 99))
    elif form == 4:
        base = base.replace(".", "") + str(R.choice([78, 84, 91, 93, 95, 1988, 2001, 2003]))
    elif form == 5:
        base = base + "+" + pick(["work", "shop", "news", "github", "bank", "travel", "receipts", "ai"])
    elif form == 6 and len(parts) == 2:
        base = parts[0] + "-" + parts[1]
    if org or chance(0.35):
        dom = pick(ORG_DOMAINS)
        shape = "org"
    else:
        dom = pick(FREEMAIL.get(lang, FREEMAIL["en"]))
        shape = "free"
    if chance(0.06):
        base = base.capitalize()
        shape += "_case"
    if "+" in base:
        shape += "_tag"
    return base + "@" + dom, "email_" + shape


def role_email():
    return pick(["info", "billing", "support", "hr", "sales", "kontakt", "contacto", "noreply-payroll", "accounts", "admin", "jobs", "press"]) + "@" + pick(ORG_DOMAINS), "email_role"


def person(lang):
    f, l = pick(NAMES.get(lang, NAMES["en"]))
    if lang in ("ja", "ko", "zh"):
        return f + l
    return f + " " + l


# ----------------------------------------------------------------------------------------------
# API keys
# ----------------------------------------------------------------------------------------------

def b62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix):
    body = rs(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def crc_token_ok(tok):
    pre, _, rest = tok.partition("_")
    body, cs = rest[:30], rest[30:]
    return len(rest) == 36 and b62(zlib.crc32(body.encode()) & 0xFFFFFFFF) == cs


def mixed(alpha, n):
    """random string that has at least one digit, one upper and one lower where the alphabet allows"""
    while True:
        v = rs(alpha, n)
        if (any(c.isdigit() for c in v) or not any(c.isdigit() for c in alpha)) and \
           (any(c.isupper() for c in v) or not any(c.isupper() for c in alpha)) and \
           (any(c.islower() for c in v) or not any(c.islower() for c in alpha)):
            return v


def k_openai():
    f = R.randrange(5)
    if f == 0:
        return "sk-" + mixed(ALNUM, 20) + "T3BlbkFJ" + mixed(ALNUM, 20), "openai_legacy"
    if f in (1, 2):
        return "sk-proj-" + mixed(URLSAFE, 74) + "T3BlbkFJ" + mixed(URLSAFE, 74), "openai_proj"
    if f == 3:
        return "sk-svcacct-" + mixed(URLSAFE, 74) + "T3BlbkFJ" + mixed(URLSAFE, 74), "openai_svcacct"
    return "sk-admin-" + mixed(URLSAFE, 58) + "T3BlbkFJ" + mixed(URLSAFE, 58), "openai_admin"


KEYGENS = [
    ("openai", k_openai),
    ("anthropic", lambda: ("sk-ant-api03-" + mixed(URLSAFE, 93) + "AA", "anthropic_api03")),
    ("anthropic_admin", lambda: ("sk-ant-admin01-" + mixed(URLSAFE, 93) + "AA", "anthropic_admin01")),
    ("anthropic_oat", lambda: ("sk-ant-oat01-" + mixed(URLSAFE, 93) + "AA", "anthropic_oat01")),
    ("github", lambda: (crc_token(pick(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"])), "github_classic")),
    ("github_pat", lambda: ("github_pat_11" + mixed(UP + DIG, 20) + "_" + mixed(ALNUM, 59), "github_fine")),
    ("npm", lambda: (crc_token("npm_"), "npm")),
    ("aws", lambda: (pick(["AKIA", "AKIA", "ASIA"]) + mixed(B32, 16), "aws_akid")),
    ("google", lambda: ("AIza" + "Sy" + mixed(URLSAFE, 33), "google_aiza")),
    ("stripe", lambda: (pick(["sk_live_", "rk_live_"]) + mixed(ALNUM, pick([24, 99])), "stripe_live")),
    ("slack_bot", lambda: ("xoxb-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + mixed(ALNUM, 24), "slack_xoxb")),
    ("slack_user", lambda: ("xoxp-" + rs(DIG, 12) + "-" + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(HEX, 32), "slack_xoxp")),
    ("slack_app", lambda: ("xapp-1-A0" + mixed(UP + DIG, 9) + "-" + rs(DIG, 13) + "-" + rs(HEX, 64), "slack_xapp")),
    ("sendgrid", lambda: ("SG." + mixed(URLSAFE, 22) + "." + mixed(URLSAFE, 43), "sendgrid")),
    ("mailgun", lambda: ("key-" + rs(HEX, 32), "mailgun")),
    ("huggingface", lambda: ("hf_" + mixed(UP + LOW, 34), "huggingface")),
    ("gitlab", lambda: ("glpat-" + mixed(URLSAFE, 20), "gitlab_pat")),
    ("shopify", lambda: (pick(["shpat_", "shpss_", "shpca_"]) + rs(HEX, 32), "shopify")),
    ("digitalocean", lambda: (pick(["dop_v1_", "doo_v1_"]) + rs(HEX, 64), "digitalocean")),
    ("groq", lambda: ("gsk_" + mixed(ALNUM, 52), "groq")),
    ("replicate", lambda: ("r8_" + mixed(ALNUM, 37), "replicate")),
    ("perplexity", lambda: ("pplx-" + mixed(ALNUM, 48), "perplexity")),
    ("xai", lambda: ("xai-" + mixed(ALNUM, 80), "xai")),
    ("openrouter", lambda: ("sk-or-v1-" + rs(HEX, 64), "openrouter")),
    ("notion", lambda: (pick(["secret_", "ntn_"]) + mixed(ALNUM, 43), "notion")),
    ("linear", lambda: ("lin_api_" + mixed(ALNUM, 40), "linear")),
    ("postman", lambda: ("PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34), "postman")),
    ("doppler", lambda: (pick(["dp.st.", "dp.pt.", "dp.sa."]) + mixed(ALNUM, 43), "doppler")),
    ("databricks", lambda: ("dapi" + rs(HEX, 32), "databricks")),
    ("pypi", lambda: ("pypi-AgEIcHlwaS5vcmc" + mixed(URLSAFE, 150), "pypi")),
    ("atlassian", lambda: ("ATATT3xFfGF0" + mixed(URLSAFE, 170) + "=" + rs(UHEX, 8), "atlassian")),
    ("figma", lambda: ("figd_" + mixed(URLSAFE, 40), "figma")),
    ("telegram", lambda: (str(R.randint(600000000, 7999999999)) + ":AA" + mixed(URLSAFE, 33), "telegram_bot")),
    ("mapbox", lambda: ("sk.eyJ1Ijoi" + mixed(ALNUM, 30) + "." + mixed(URLSAFE, 22), "mapbox_sk")),
    ("tavily", lambda: (pick(["tvly-", "tvly-dev-"]) + mixed(ALNUM, 32), "tavily")),
    ("langsmith", lambda: (pick(["lsv2_pt_", "lsv2_sk_"]) + rs(HEX, 32) + "_" + rs(HEX, 10), "langsmith")),
    ("pinecone", lambda: ("pcsk_" + mixed(ALNUM, 5) + "_" + mixed(ALNUM, 63), "pinecone")),
    ("square", lambda: (pick(["sq0atp-", "sq0csp-"]) + mixed(URLSAFE, 22), "square")),
    ("airtable", lambda: ("pat" + mixed(ALNUM, 14) + "." + rs(HEX, 64), "airtable")),
    ("netlify", lambda: ("nfp_" + mixed(ALNUM, 36), "netlify")),
    ("newrelic", lambda: ("NRAK-" + mixed(UP + DIG, 27), "newrelic")),
    ("supabase", lambda: ("sbp_" + rs(HEX, 40), "supabase_pat")),
    ("jina", lambda: ("jina_" + rs(HEX, 32) + mixed(ALNUM, 28), "jina")),
    ("voyage", lambda: ("pa-" + mixed(URLSAFE, 43), "voyage")),
    ("firecrawl", lambda: ("fc-" + rs(HEX, 32), "firecrawl")),
    ("sentry", lambda: ("sntrys_eyJpYXQiOj" + mixed(ALNUM, 120), "sentry_org")),
    ("deepl", lambda: ("%s-%s-%s-%s-%s:fx" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 4), rs(HEX, 4), rs(HEX, 12)), "deepl_free")),
    ("mailchimp", lambda: (rs(HEX, 32) + "-us" + str(R.randint(2, 21)), "mailchimp")),
    ("grafana", lambda: ("glsa_" + mixed(ALNUM, 32) + "_" + rs(HEX, 8), "grafana_sa")),
    ("hashicorp", lambda: (mixed(ALNUM, 14) + ".atlasv1." + mixed(ALNUM, 67), "terraform_cloud")),
    ("twilio", lambda: ("SK" + rs(HEX, 32), "twilio_sk")),
    ("elevenlabs", lambda: ("sk_" + rs(HEX, 48), "elevenlabs")),
]
KEYGEN = {k: f for k, f in KEYGENS}

# label-only keys: no recognisable prefix; the name of the variable / header / phrase is the only cue
LABEL_KEYS = [
    ("MISTRAL_API_KEY", lambda: mixed(ALNUM, 32), "mistral"),
    ("COHERE_API_KEY", lambda: mixed(ALNUM, 40), "cohere"),
    ("TOGETHER_API_KEY", lambda: rs(HEX, 64), "together"),
    ("DATADOG_API_KEY", lambda: rs(HEX, 32), "datadog"),
    ("OPENWEATHER_API_KEY", lambda: rs(HEX, 32), "openweather"),
    ("TMDB_API_KEY", lambda: rs(HEX, 32), "tmdb"),
    ("ETHERSCAN_API_KEY", lambda: mixed(UP + DIG, 34), "etherscan"),
    ("ALPHAVANTAGE_API_KEY", lambda: mixed(UP + DIG, 16), "alphavantage"),
    ("FINNHUB_API_KEY", lambda: mixed(LOW + DIG, 20), "finnhub"),
    ("SERPER_API_KEY", lambda: rs(HEX, 40), "serper"),
    ("SERPAPI_KEY", lambda: rs(HEX, 64), "serpapi"),
    ("AZURE_OPENAI_API_KEY", lambda: rs(HEX, 32), "azure_openai"),
    ("ALGOLIA_ADMIN_KEY", lambda: rs(HEX, 32), "algolia"),
    ("CLOUDFLARE_API_TOKEN", lambda: mixed(URLSAFE, 40), "cloudflare"),
    ("VERCEL_TOKEN", lambda: mixed(ALNUM, 24), "vercel"),
    ("DEEPGRAM_API_KEY", lambda: rs(HEX, 40), "deepgram"),
    ("ASSEMBLYAI_API_KEY", lambda: rs(HEX, 32), "assemblyai"),
    ("RAPIDAPI_KEY", lambda: mixed(ALNUM, 50), "rapidapi"),
    ("NEWSAPI_KEY", lambda: rs(HEX, 32), "newsapi"),
    ("HEROKU_API_KEY", lambda: "%s-%s-%s-%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 4), rs(HEX, 4), rs(HEX, 12)), "heroku"),
    ("PLAUSIBLE_API_KEY", lambda: mixed(URLSAFE, 64), "plausible"),
    ("BREVO_API_KEY", lambda: mixed(ALNUM, 48), "brevo"),
    ("QDRANT_API_KEY", lambda: mixed(URLSAFE, 36), "qdrant"),
    ("WEAVIATE_API_KEY", lambda: mixed(ALNUM, 40), "weaviate"),
    ("IPINFO_TOKEN", lambda: rs(HEX, 14), "ipinfo"),
    ("GEMINI_API_KEY", lambda: mixed(ALNUM, 39), "gemini_nonstd"),
]
LABEL_PHRASES = {
    "mistral": "Mistral API key", "cohere": "Cohere API key", "together": "Together AI key", "datadog": "Datadog API key",
    "openweather": "OpenWeatherMap API key", "tmdb": "TMDB api key", "etherscan": "Etherscan API key",
    "alphavantage": "Alpha Vantage key", "finnhub": "Finnhub token", "serper": "Serper API key", "serpapi": "SerpApi key",
    "azure_openai": "Azure OpenAI key", "algolia": "Algolia admin API key", "cloudflare": "Cloudflare API token",
    "vercel": "Vercel token", "deepgram": "Deepgram API key", "assemblyai": "AssemblyAI key", "rapidapi": "RapidAPI key",
    "newsapi": "NewsAPI key", "heroku": "Heroku API key", "plausible": "Plausible API key", "brevo": "Brevo API key",
    "qdrant": "Qdrant API key", "weaviate": "Weaviate API key", "ipinfo": "ipinfo token", "gemini_nonstd": "Gemini key",
}


def apikey(provider=None):
    if provider is None:
        provider = pick([k for k, _ in KEYGENS] + ["openai", "openai", "openai", "anthropic", "anthropic", "github", "github", "aws", "google", "stripe", "huggingface", "github_pat"])
    v, shape = KEYGEN[provider]()
    return v, "key_" + shape, provider


def labelkey():
    var, f, shape = pick(LABEL_KEYS)
    return f(), "labelkey_" + shape, var, LABEL_PHRASES[shape]


ENVVAR = {
    "openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "anthropic_admin": "ANTHROPIC_ADMIN_KEY", "anthropic_oat": "CLAUDE_CODE_OAUTH_TOKEN",
    "github": "GITHUB_TOKEN", "github_pat": "GH_TOKEN", "npm": "NPM_TOKEN", "aws": "AWS_ACCESS_KEY_ID", "google": "GOOGLE_API_KEY",
    "stripe": "STRIPE_SECRET_KEY", "slack_bot": "SLACK_BOT_TOKEN", "slack_user": "SLACK_USER_TOKEN", "slack_app": "SLACK_APP_TOKEN",
    "sendgrid": "SENDGRID_API_KEY", "mailgun": "MAILGUN_API_KEY", "huggingface": "HF_TOKEN", "gitlab": "GITLAB_TOKEN",
    "shopify": "SHOPIFY_ACCESS_TOKEN", "digitalocean": "DIGITALOCEAN_TOKEN", "groq": "GROQ_API_KEY", "replicate": "REPLICATE_API_TOKEN",
    "perplexity": "PERPLEXITY_API_KEY", "xai": "XAI_API_KEY", "openrouter": "OPENROUTER_API_KEY", "notion": "NOTION_TOKEN",
    "linear": "LINEAR_API_KEY", "postman": "POSTMAN_API_KEY", "doppler": "DOPPLER_TOKEN", "databricks": "DATABRICKS_TOKEN",
    "pypi": "TWINE_PASSWORD", "atlassian": "JIRA_API_TOKEN", "figma": "FIGMA_TOKEN", "telegram": "TELEGRAM_BOT_TOKEN",
    "mapbox": "MAPBOX_SECRET_TOKEN", "tavily": "TAVILY_API_KEY", "langsmith": "LANGSMITH_API_KEY", "pinecone": "PINECONE_API_KEY",
    "square": "SQUARE_ACCESS_TOKEN", "airtable": "AIRTABLE_TOKEN", "netlify": "NETLIFY_AUTH_TOKEN", "newrelic": "NEW_RELIC_API_KEY",
    "supabase": "SUPABASE_ACCESS_TOKEN", "jina": "JINA_API_KEY", "voyage": "VOYAGE_API_KEY", "firecrawl": "FIRECRAWL_API_KEY",
    "sentry": "SENTRY_AUTH_TOKEN", "deepl": "DEEPL_AUTH_KEY", "mailchimp": "MAILCHIMP_API_KEY", "grafana": "GRAFANA_TOKEN",
    "hashicorp": "TF_TOKEN_app_terraform_io", "twilio": "TWILIO_API_KEY", "elevenlabs": "ELEVENLABS_API_KEY",
}
PROVIDER_NAME = {
    "openai": "OpenAI", "anthropic": "Anthropic", "anthropic_admin": "Anthropic admin", "anthropic_oat": "Claude Code OAuth", "github": "GitHub",
    "github_pat": "GitHub", "npm": "npm", "aws": "AWS", "google": "Google Maps", "stripe": "Stripe", "slack_bot": "Slack bot",
    "slack_user": "Slack", "slack_app": "Slack app", "sendgrid": "SendGrid", "mailgun": "Mailgun", "huggingface": "Hugging Face",
    "gitlab": "GitLab", "shopify": "Shopify", "digitalocean": "DigitalOcean", "groq": "Groq", "replicate": "Replicate",
    "perplexity": "Perplexity", "xai": "xAI", "openrouter": "OpenRouter", "notion": "Notion", "linear": "Linear", "postman": "Postman",
    "doppler": "Doppler", "databricks": "Databricks", "pypi": "PyPI", "atlassian": "Jira", "figma": "Figma", "telegram": "Telegram bot",
    "mapbox": "Mapbox", "tavily": "Tavily", "langsmith": "LangSmith", "pinecone": "Pinecone", "square": "Square", "airtable": "Airtable",
    "netlify": "Netlify", "newrelic": "New Relic", "supabase": "Supabase", "jina": "Jina", "voyage": "Voyage", "firecrawl": "Firecrawl",
    "sentry": "Sentry", "deepl": "DeepL", "mailchimp": "Mailchimp", "grafana": "Grafana", "hashicorp": "Terraform Cloud", "twilio": "Twilio",
    "elevenlabs": "ElevenLabs",
}


# ----------------------------------------------------------------------------------------------
# everyday chat turns, 34 languages.  {P} phone, {E} e-mail, {C} card, {X} expiry, {K} key,
# {PROV} provider name, {N} a person's name
# ----------------------------------------------------------------------------------------------

CHAT = {
    "en": {
        "p": ["can you add my number {P} to the footer of this cover letter?", "Rewrite this voicemail greeting: 'You've reached {N}, leave a message or call me back on {P}'",
              "SMS forward >> From: {P} >> 'Your parcel is waiting, reply YES to reschedule' << is this a scam?", "my landlord's number is {P}, draft a polite text asking about the boiler",
              "transcribe: uh hi it's {N} from the dental clinic, please call us back at {P} to confirm tuesday"],
        "e": ["please proofread my signature: best, {N} | {E}", "I keep getting bounce errors sending to {E}, what does 550 5.1.1 mean?",
              "write a short email to {E} asking to move our call to Friday", "is {E} a professional enough address for job applications?"],
        "c": ["my card {C} was charged twice by the gym, help me write a dispute", "Card ending... actually full number {C} exp {X} got declined at checkout, why?",
              "I typed {C} into a sketchy site, what should I do now?"],
        "k": ["my {PROV} key {K} stopped working overnight, 401 everywhere", "is it safe that I pasted {K} into a public gist? it's my {PROV} token",
              "quick q: does {K} look like a valid {PROV} key format?"],
        "pe": ["update my CV contact line: {E} · {P}", "Hi, this is {N} — reach me at {P} or {E} whenever works"],
    },
    "de": {
        "p": ["Kannst du meine Nummer {P} in die Signatur einbauen?", "Schreib eine kurze SMS an den Vermieter, er soll mich unter {P} zurückrufen",
              "Mailbox-Abschrift: Hallo, hier ist {N}, bitte rufen Sie mich unter {P} zurück, danke."],
        "e": ["Meine E-Mail-Adresse lautet {E}, bitte in das Bewerbungsschreiben einfügen.", "Schreib eine Mail an {E}, dass ich den Termin absagen muss"],
        "c": ["Meine Kreditkarte {C} wurde doppelt belastet, wie formuliere ich die Reklamation?", "Karte {C}, gültig bis {X} – warum wird sie bei Amazon abgelehnt?"],
        "k": ["Mein {PROV}-Schlüssel {K} geht nicht mehr, was tun?", "Ich habe aus Versehen {K} ins Repo gepusht, wie widerrufe ich das?"],
        "pe": ["Kontakt für das Impressum: Tel. {P}, E-Mail {E}"],
    },
    "fr": {
        "p": ["Tu peux ajouter mon numéro {P} à la fin de la lettre de motivation ?", "Mon propriétaire m'a laissé ce numéro : {P}, rédige un SMS poli pour la fuite d'eau",
              "Transcription du répondeur : « Bonjour c'est {N}, rappelez-moi au {P} »"],
        "e": ["Mon adresse mail c'est {E}, corrige la formule de politesse stp", "Écris un mail à {E} pour décaler la réunion à jeudi"],
        "c": ["Ma carte {C} a été débitée deux fois, aide-moi à écrire à la banque", "Paiement refusé avec la carte {C} (exp. {X}), pourquoi ?"],
        "k": ["ma clé {PROV} {K} renvoie une erreur 401 depuis ce matin", "j'ai collé {K} dans un ticket public, c'est grave ?"],
        "pe": ["Coordonnées pour le CV : {P} — {E}"],
    },
    "es": {
        "p": ["¿Puedes poner mi número {P} en la firma del correo?", "Mi casero me dio este número {P}, escríbele un WhatsApp educado por la calefacción",
              "Transcribe el audio: hola soy {N}, llámame al {P} cuando puedas"],
        "e": ["mi correo es {E}, ¿me ayudas a redactar la carta de presentación?", "Escribe un email a {E} pidiendo la factura de marzo"],
        "c": ["Me cobraron dos veces en la tarjeta {C}, ¿cómo reclamo?", "La tarjeta {C} vence {X} y la rechazan en la web del banco"],
        "k": ["mi clave de {PROV} {K} ya no funciona", "subí sin querer {K} a GitHub, ¿qué hago?"],
        "pe": ["Datos de contacto: tel. {P} / correo {E}"],
    },
    "it": {
        "p": ["il mio cellulare è {P}, aggiungilo in fondo al curriculum", "Scrivi un messaggio all'idraulico, il suo numero è {P}"],
        "e": ["la mia mail è {E}, puoi controllare la lettera?", "Manda una mail a {E} per disdire l'abbonamento"],
        "c": ["Mi hanno addebitato due volte sulla carta {C}, come faccio il reclamo?", "carta {C} scadenza {X} rifiutata, perché?"],
        "k": ["la mia chiave {PROV} {K} non funziona più", "ho incollato {K} in un forum pubblico, devo revocarla?"],
        "pe": ["Contatti: {P} · {E}"],
    },
    "pt": {
        "p": ["Coloca meu número {P} na assinatura do e-mail, por favor", "Meu WhatsApp é {P}, escreve uma mensagem de apresentação pro cliente",
              "Transcrição do áudio: oi, aqui é {N}, me liga no {P}"],
        "e": ["meu e-mail é {E}, revisa essa carta de apresentação?", "Escreve um e-mail para {E} pedindo o boleto de abril"],
        "c": ["Fui cobrado duas vezes no cartão {C}, como contesto?", "O cartão {C} validade {X} foi recusado no app"],
        "k": ["minha chave da {PROV} {K} parou de funcionar", "vazei {K} num repositório público, e agora?"],
        "pe": ["Contato: {P} | {E}"],
    },
    "nl": {
        "p": ["Kun je mijn nummer {P} onder de sollicitatiebrief zetten?", "Schrijf een appje naar de verhuurder, zijn nummer is {P}"],
        "e": ["mijn mailadres is {E}, kun je de brief nakijken?", "Stuur een mail naar {E} dat ik morgen later ben"],
        "c": ["Mijn creditcard {C} is twee keer belast, hoe dien ik bezwaar in?"],
        "k": ["mijn {PROV}-sleutel {K} werkt niet meer", "per ongeluk {K} gecommit, hoe trek ik die in?"],
        "pe": ["Contactgegevens: {P}, {E}"],
    },
    "pl": {
        "p": ["Dodaj mój numer {P} do stopki CV", "Napisz SMS do właściciela mieszkania, numer {P}"],
        "e": ["mój e-mail to {E}, popraw list motywacyjny", "Napisz maila do {E} z prośbą o fakturę"],
        "c": ["Karta {C} została obciążona dwa razy, jak złożyć reklamację?"],
        "k": ["mój klucz {PROV} {K} przestał działać"],
        "pe": ["Kontakt: tel. {P}, e-mail {E}"],
    },
    "sv": {"p": ["Lägg till mitt nummer {P} i signaturen", "Skriv ett sms till hyresvärden, numret är {P}"], "e": ["min mejl är {E}, kan du rätta brevet?"],
           "c": ["Mitt kort {C} drogs två gånger, hur reklamerar jag?"], "k": ["min {PROV}-nyckel {K} slutade fungera"], "pe": ["Kontakt: {P} / {E}"]},
    "no": {"p": ["Legg inn nummeret mitt {P} i signaturen", "Skriv en melding til utleier, nummeret er {P}"], "e": ["e-posten min er {E}, kan du sjekke søknaden?"],
           "c": ["Kortet {C} ble belastet to ganger, hva gjør jeg?"], "k": ["{PROV}-nøkkelen min {K} virker ikke lenger"], "pe": ["Kontakt: {P}, {E}"]},
    "da": {"p": ["Tilføj mit nummer {P} til signaturen", "Skriv en sms til udlejeren på {P}"], "e": ["min mail er {E}, ret lige ansøgningen"],
           "c": ["Mit kort {C} er trukket to gange"], "k": ["min {PROV}-nøgle {K} virker ikke"], "pe": ["Kontakt: {P} – {E}"]},
    "fi": {"p": ["Lisää numeroni {P} allekirjoitukseen", "Kirjoita vuokranantajalle tekstiviesti, numero on {P}"], "e": ["sähköpostini on {E}, tarkista hakemus"],
           "c": ["Korttiani {C} veloitettiin kahdesti"], "k": ["{PROV}-avaimeni {K} lakkasi toimimasta"], "pe": ["Yhteystiedot: {P}, {E}"]},
    "cs": {"p": ["Přidej moje číslo {P} do podpisu", "Napiš SMS pronajímateli na číslo {P}"], "e": ["můj e-mail je {E}, oprav prosím motivační dopis"],
           "c": ["Z karty {C} mi strhli platbu dvakrát"], "k": ["můj klíč {PROV} {K} přestal fungovat"], "pe": ["Kontakt: {P}, {E}"]},
    "hu": {"p": ["Tedd bele a számomat ({P}) az aláírásba", "Írj SMS-t a főbérlőnek, a száma {P}"], "e": ["az e-mail címem {E}, nézd át a levelet"],
           "c": ["A {C} kártyámról kétszer vonták le az összeget"], "k": ["a {PROV} kulcsom ({K}) nem működik"], "pe": ["Elérhetőség: {P}, {E}"]},
    "ro": {"p": ["Adaugă numărul meu {P} în semnătură", "Scrie un SMS proprietarului la {P}"], "e": ["adresa mea de e-mail este {E}, corectează scrisoarea"],
           "c": ["Cardul {C} a fost debitat de două ori"], "k": ["cheia mea {PROV} {K} nu mai merge"], "pe": ["Contact: {P} / {E}"]},
    "tr": {"p": ["Numaramı {P} imzaya ekler misin?", "Ev sahibine mesaj yaz, numarası {P}", "Sesli mesaj dökümü: Merhaba ben {N}, beni {P} numarasından arayın"],
           "e": ["e-posta adresim {E}, ön yazıyı düzeltir misin?", "{E} adresine faturayı isteyen bir e-posta yaz"],
           "c": ["{C} numaralı kartımdan iki kez çekim yapılmış", "Troy kartım {C} son kullanma {X} reddedildi"], "k": ["{PROV} anahtarım {K} çalışmıyor"], "pe": ["İletişim: {P} – {E}"]},
    "ru": {"p": ["Добавь мой номер {P} в подпись письма", "Напиши арендодателю, его телефон {P}", "Расшифровка голосового: Здравствуйте, это {N}, перезвоните мне по номеру {P}"],
           "e": ["моя почта {E}, проверь сопроводительное письмо", "Напиши письмо на {E} с просьбой выслать счёт"],
           "c": ["С карты Мир {C} списали дважды, как оспорить?", "Карта {C} срок {X} не проходит оплату"], "k": ["мой ключ {PROV} {K} перестал работать", "случайно закоммитил {K}, что делать?"],
           "pe": ["Контакты: тел. {P}, почта {E}"]},
    "uk": {"p": ["Додай мій номер {P} у підпис", "Напиши власнику квартири, його номер {P}"], "e": ["моя пошта {E}, перевір лист"],
           "c": ["З картки {C} двічі зняли гроші"], "k": ["мій ключ {PROV} {K} не працює"], "pe": ["Контакти: {P}, {E}"]},
    "el": {"p": ["Πρόσθεσε το κινητό μου {P} στην υπογραφή", "Γράψε μήνυμα στον ιδιοκτήτη, το τηλέφωνό του είναι {P}"], "e": ["το email μου είναι {E}, διόρθωσε την επιστολή"],
           "c": ["Η κάρτα {C} χρεώθηκε δύο φορές"], "k": ["το κλειδί {PROV} {K} σταμάτησε να λειτουργεί"], "pe": ["Επικοινωνία: {P}, {E}"]},
    "he": {"p": ["תוסיף את המספר שלי {P} לחתימה", "תכתוב הודעה לבעל הדירה, המספר שלו {P}"], "e": ["המייל שלי הוא {E}, תבדוק את המכתב"],
           "c": ["חייבו אותי פעמיים בכרטיס {C}"], "k": ["המפתח שלי ל-{PROV} {K} הפסיק לעבוד"], "pe": ["פרטי קשר: {P} | {E}"]},
    "ar": {"p": ["أضف رقمي {P} إلى التوقيع من فضلك", "اكتب رسالة لصاحب الشقة، رقمه {P}", "تفريغ الرسالة الصوتية: مرحبا أنا {N}، اتصل بي على {P}"],
           "e": ["بريدي الإلكتروني {E}، راجع الرسالة من فضلك", "اكتب رسالة إلى {E} لطلب الفاتورة"],
           "c": ["تم خصم المبلغ مرتين من بطاقتي {C}", "البطاقة {C} تنتهي {X} ومرفوضة"], "k": ["مفتاح {PROV} الخاص بي {K} توقف عن العمل"], "pe": ["للتواصل: {P} - {E}"]},
    "fa": {"p": ["شماره من {P} را به امضا اضافه کن", "به صاحبخانه پیام بده، شماره‌اش {P} است"], "e": ["ایمیل من {E} است، نامه را بررسی کن"],
           "c": ["از کارت {C} دو بار برداشت شده"], "k": ["کلید {PROV} من {K} کار نمی‌کند"], "pe": ["تماس: {P} ، {E}"]},
    "hi": {"p": ["मेरा नंबर {P} सिग्नेचर में जोड़ दो", "मकान मालिक को मैसेज लिखो, उनका नंबर {P} है", "वॉइसमेल: नमस्ते, मैं {N} बोल रही हूँ, कृपया {P} पर कॉल करें"],
           "e": ["मेरा ईमेल {E} है, कवर लेटर ठीक कर दो", "{E} को बिल के लिए ईमेल लिखो"],
           "c": ["मेरे RuPay कार्ड {C} से दो बार पैसे कट गए", "कार्ड {C} एक्सपायरी {X} रिजेक्ट हो रहा है"], "k": ["मेरी {PROV} key {K} काम नहीं कर रही"], "pe": ["संपर्क: {P}, {E}"]},
    "ur": {"p": ["میرا نمبر {P} دستخط میں شامل کر دیں", "مالک مکان کو پیغام لکھیں، ان کا نمبر {P} ہے"], "e": ["میرا ای میل {E} ہے، خط درست کر دیں"],
           "c": ["میرے کارڈ {C} سے دو بار رقم کٹ گئی"], "k": ["میری {PROV} کی {K} کام نہیں کر رہی"], "pe": ["رابطہ: {P} ، {E}"]},
    "bn": {"p": ["আমার নম্বর {P} স্বাক্ষরে যোগ করো", "বাড়িওয়ালাকে মেসেজ লেখো, নম্বর {P}"], "e": ["আমার ইমেইল {E}, চিঠিটা ঠিক করে দাও"],
           "c": ["আমার কার্ড {C} থেকে দুবার টাকা কেটেছে"], "k": ["আমার {PROV} কী {K} কাজ করছে না"], "pe": ["যোগাযোগ: {P}, {E}"]},
    "ja": {"p": ["署名に電話番号{P}を追加してください", "大家さんに連絡したいです。番号は{P}です。丁寧なメッセージを書いて", "留守電の文字起こし：{N}です。{P}まで折り返しお願いします"],
           "e": ["メールアドレスは{E}です。自己PRを添削してください", "{E}宛に請求書を依頼するメールを書いて"],
           "c": ["JCBカード{C}で二重請求されました", "カード番号{C}有効期限{X}が使えません"], "k": ["{PROV}のAPIキー{K}が急に使えなくなった", "{K}を公開リポジトリに上げてしまいました"],
           "pe": ["連絡先：{P} / {E}"]},
    "ko": {"p": ["서명에 제 번호 {P} 넣어 주세요", "집주인에게 보낼 문자 써줘, 번호는 {P}", "음성메시지 받아쓰기: 안녕하세요 {N}입니다, {P}로 연락 주세요"],
           "e": ["제 이메일은 {E}입니다. 자기소개서 검토해 주세요", "{E}로 견적 요청 메일 써줘"],
           "c": ["카드 {C}에서 두 번 결제됐어요", "카드 {C} 유효기간 {X} 결제 거절"], "k": ["{PROV} 키 {K}가 작동을 안 해요"], "pe": ["연락처: {P} / {E}"]},
    "zh": {"p": ["把我的手机号{P}加到简历上", "帮我给房东发条短信，他的电话是{P}", "语音留言转写：你好我是{N}，请回电{P}"],
           "e": ["我的邮箱是{E}，帮我改一下求职信", "给{E}写封邮件要发票"],
           "c": ["银联卡{C}被扣了两次款", "信用卡{C}有效期{X}付款失败"], "k": ["我的{PROV}密钥{K}突然不能用了", "不小心把{K}提交到GitHub了怎么办"], "pe": ["联系方式：{P}，{E}"]},
    "th": {"p": ["ช่วยใส่เบอร์ {P} ในลายเซ็นอีเมลหน่อย", "เขียนข้อความถึงเจ้าของห้อง เบอร์ {P}"], "e": ["อีเมลของฉันคือ {E} ช่วยตรวจจดหมายสมัครงาน"],
           "c": ["บัตร {C} ถูกตัดเงินสองครั้ง"], "k": ["คีย์ {PROV} ของฉัน {K} ใช้ไม่ได้"], "pe": ["ติดต่อ: {P} / {E}"]},
    "vi": {"p": ["Thêm số của tôi {P} vào chữ ký nhé", "Viết tin nhắn cho chủ nhà, số của anh ấy là {P}"], "e": ["email của tôi là {E}, sửa giúp thư xin việc"],
           "c": ["Thẻ {C} bị trừ tiền hai lần"], "k": ["khóa {PROV} của tôi {K} không hoạt động"], "pe": ["Liên hệ: {P} - {E}"]},
    "id": {"p": ["Tambahkan nomor saya {P} ke tanda tangan", "Tulis pesan WA ke pemilik kos, nomornya {P}"], "e": ["email saya {E}, tolong periksa surat lamaran"],
           "c": ["Kartu {C} saya terpotong dua kali"], "k": ["kunci {PROV} saya {K} tidak berfungsi"], "pe": ["Kontak: {P} / {E}"]},
    "ms": {"p": ["Tambah nombor saya {P} dalam tandatangan", "Tulis mesej kepada tuan rumah, nombornya {P}"], "e": ["emel saya {E}, semak surat permohonan"],
           "c": ["Kad {C} saya dicaj dua kali"], "k": ["kunci {PROV} saya {K} tak berfungsi"], "pe": ["Hubungi: {P} / {E}"]},
    "tl": {"p": ["Pakilagay ang number ko {P} sa signature", "Gumawa ng text para sa landlord, number niya {P}"], "e": ["ang email ko ay {E}, pakicheck ang cover letter"],
           "c": ["Dalawang beses na-charge ang card ko {C}"], "k": ["hindi gumagana ang {PROV} key ko {K}"], "pe": ["Contact: {P} / {E}"]},
    "sw": {"p": ["Ongeza namba yangu {P} kwenye sahihi", "Mwandikie mwenye nyumba ujumbe, namba yake ni {P}"], "e": ["barua pepe yangu ni {E}, hakiki barua ya maombi"],
           "c": ["Kadi yangu {C} imekatwa mara mbili"], "k": ["ufunguo wangu wa {PROV} {K} haufanyi kazi"], "pe": ["Mawasiliano: {P} / {E}"]},
}
LANG_CARD_NETS = {"ru": ["mir", "mir", "visa"], "tr": ["troy", "troy", "mastercard"], "hi": ["rupay", "rupay", "visa"], "zh": ["unionpay", "unionpay"],
                  "ja": ["jcb", "jcb", "visa"], "pt": ["elo", "hipercard", "mastercard", "visa"], "da": ["dankort", "dankort", "visa"],
                  "nl": ["maestro", "bancontact", "visa"], "fr": ["bancontact", "visa", "mastercard", "mc2series"], "en": ["visa", "amex", "mastercard", "discover", "verve", "diners", "mc2series"],
                  "ko": ["visa", "mastercard", "jcb"], "uk": ["mastercard", "visa", "mir"], "ar": ["visa", "mastercard", "mc2series"], "de": ["mastercard", "visa", "maestro", "amex"],
                  "es": ["visa", "mastercard", "amex"], "it": ["visa", "mastercard", "maestro"], "pl": ["visa", "mastercard"], "sw": ["visa", "mastercard"],
                  "ur": ["visa", "unionpay"], "bn": ["visa", "mastercard"], "fa": ["visa", "mastercard"], "el": ["visa", "mastercard"], "he": ["visa", "mastercard", "diners"],
                  "vi": ["visa", "jcb", "mastercard"], "id": ["visa", "mastercard", "jcb"], "th": ["visa", "unionpay", "jcb"]}
CHAT_KEY_PROVIDERS = ["openai", "openai", "anthropic", "anthropic", "github", "google", "huggingface", "groq", "stripe", "telegram", "openrouter", "replicate", "perplexity", "npm", "github_pat", "xai", "deepl", "mistral_label"]


# ----------------------------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------------------------

class B:
    def __init__(self):
        self.spans = []
        self.known = []

    def add(self, kind, value, shape):
        self.spans.append({"kind": kind, "value": value, "shape": shape})
        return value

    def ph(self, region=None, typ=None, fmt=None):
        if region is None:
            # no language context: an English-speaking region in any form, or any region written internationally
            if chance(0.5):
                region = pick(["US", "US", "GB", "CA", "AU", "IE", "NZ", "SG", "ZA", "NG"])
            elif fmt is None:
                fmt = pick(["intl", "intl", "e164", "00"])
        v, shape, reg = phone(region, typ, fmt)
        return self.add("phone", v, shape)

    def em(self, lang="en", org=False):
        v, shape = email(lang, org)
        return self.add("email", v, shape)

    def role(self):
        v, shape = role_email()
        return self.add("email", v, shape)

    def cd(self, net=None, style=None):
        v, shape = card(net, style)
        return self.add("card", v, shape)

    def key(self, provider=None):
        v, shape, prov = apikey(provider)
        self.add("api_key", v, shape)
        return v, prov

    def lkey(self):
        v, shape, var, phrase = labelkey()
        self.add("api_key", v, shape)
        return v, var, phrase


def label_prov(phrase):
    for suf in (" admin API key", " API key", " api key", " API token", " AI key", " key", " token"):
        if phrase.endswith(suf):
            return phrase[: -len(suf)]
    return phrase


CHAT_LANG_WEIGHTS = ["en"] * 10 + ["de"] * 4 + ["fr"] * 4 + ["es"] * 4 + ["pt"] * 3 + ["it"] * 3 + ["ja"] * 3 + ["zh"] * 3 + ["ru"] * 3 + ["ko"] * 2 + \
    ["nl", "nl", "pl", "pl", "tr", "tr", "ar", "ar", "hi", "hi", "sv", "no", "da", "fi", "cs", "hu", "ro", "uk", "el", "he", "fa", "ur", "bn", "th", "vi", "id", "ms", "tl", "sw"]


def chat(key, lang=None):
    b = B()
    if lang is None:
        lang = pick(CHAT_LANG_WEIGHTS)
    text = pick(CHAT[lang][key])
    if "{N}" in text:
        text = text.replace("{N}", person(lang))
    if "{P}" in text:
        reg = pick(LANG_REGIONS[lang])
        text = text.replace("{P}", b.ph(reg))
    if "{E}" in text:
        v = b.em(lang)
        if chance(0.15):
            b.known.append(v)
        text = text.replace("{E}", v)
    if "{C}" in text:
        nets = LANG_CARD_NETS.get(lang, ["visa", "mastercard"])
        text = text.replace("{C}", b.cd(pick(nets)))
        text = text.replace("{X}", card_expiry())
    if "{K}" in text:
        prov = pick(CHAT_KEY_PROVIDERS)
        if prov == "mistral_label" or chance(0.12):
            v, var, phrase = b.lkey()
            name = label_prov(phrase)
        else:
            v, prov = b.key(prov)
            name = PROVIDER_NAME[prov]
        text = text.replace("{K}", v).replace("{PROV}", name)
    genre = "chat_" + {"p": "phone", "e": "email", "c": "card", "k": "api_key", "pe": "phone+email"}[key]
    return text, b, genre, lang


# ----------------------------------------------------------------------------------------------
# technical pastes.  Each returns (text, lang); spans go into the builder.
# ----------------------------------------------------------------------------------------------

def _kv_key(b, label_p=0.22):
    """(VAR, value) using a prefixed key, or a label-only key"""
    if chance(label_p):
        v, var, phrase = b.lkey()
        return var, v
    v, prov = b.key()
    return ENVVAR[prov], v


def t_env_file(b):
    lines = ["# .env.local  (do not commit)", "NODE_ENV=development", "PORT=%d" % pick([3000, 5173, 8000, 8080])]
    for _ in range(R.randint(1, 3)):
        var, v = _kv_key(b)
        lines.append("%s=%s" % (var, v) if chance(0.7) else '%s="%s"' % (var, v))
    if chance(0.4):
        lines.append("SMTP_USER=" + b.em(org=True))
    if chance(0.25):
        lines.append("TWILIO_FROM_NUMBER=" + b.ph(pick(["US", "GB", "CA", "AU"]), fmt="e164"))
    lines.append("LOG_LEVEL=debug")
    return "my app can't read the env vars, here's the file:\n```\n" + "\n".join(lines) + "\n```", "en"


def t_yaml_config(b):
    var, v = _kv_key(b)
    txt = ("# config/settings.yaml\napp:\n  name: parcel-pilot\n  region: eu-central-1\nproviders:\n  %s:\n    api_key: %s\n    timeout: 30\n"
           "notifications:\n  support_email: %s\n  escalation_phone: \"%s\"\n") % (var.lower().replace("_api_key", "").replace("_token", ""), v, b.em(org=True), b.ph())
    return "why does the loader say 'mapping values are not allowed here'?\n\n" + txt, "en"


def t_toml(b):
    v, prov = b.key(pick(["pypi", "github", "openai", "anthropic", "huggingface"]))
    n = person(pick(["en", "de", "fr", "es", "nl"]))
    e = b.em(pick(["en", "de", "fr", "es", "nl"]))
    return ('[project]\nname = "tidy-receipts"\nversion = "0.4.2"\nauthors = [{ name = "%s", email = "%s" }]\n\n[tool.publish]\n'
            'token = "%s"\nrepository = "pypi"\n') % (n, e, v), "en"


def t_compose(b):
    var, v = _kv_key(b)
    var2, v2 = _kv_key(b)
    return ("services:\n  worker:\n    image: ghcr.io/acme/worker:2.3\n    environment:\n      - %s=%s\n      - %s=%s\n      - REDIS_URL=redis://cache:6379/0\n"
            "    restart: unless-stopped\n") % (var, v, var2, v2), "en"


def t_dockerfile(b):
    var, v = _kv_key(b)
    return ('FROM python:3.12-slim\nLABEL maintainer="%s"\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n'
            'ENV %s=%s\nCOPY . .\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0"]') % (b.em(org=True), var, v), "en"


def t_k8s_secret(b):
    var, v = _kv_key(b)
    var2, v2 = _kv_key(b, 0.3)
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: llm-gateway\n  namespace: prod\ntype: Opaque\nstringData:\n  %s: %s\n  %s: %s\n") % (var, v, var2, v2), "en"


def t_shell_history(b):
    v, prov = b.key(pick(["openai", "anthropic", "groq", "xai", "openrouter", "perplexity", "mistral_skip"][:6]))
    host = {"openai": "api.openai.com/v1/chat/completions", "anthropic": "api.anthropic.com/v1/messages", "groq": "api.groq.com/openai/v1/models",
            "xai": "api.x.ai/v1/chat/completions", "openrouter": "openrouter.ai/api/v1/models", "perplexity": "api.perplexity.ai/chat/completions"}[prov]
    hdr = "x-api-key: " + v if prov == "anthropic" else "Authorization: Bearer " + v
    n = R.randint(1200, 1900)
    return ("$ history | tail -4\n %d  cd ~/src/agent\n %d  export %s=%s\n %d  curl -s https://%s -H \"%s\" | jq .\n %d  history | tail -4"
            % (n, n + 1, ENVVAR[prov], "$(pbpaste)", n + 2, host, hdr, n + 3)), "en"


def t_curl_verbose(b):
    if chance(0.35):
        v, var, phrase = b.lkey()
        hdr = pick(["X-API-Key", "X-RapidAPI-Key", "Ocp-Apim-Subscription-Key", "api-key", "X-Auth-Token"]) + ": " + v
    else:
        v, prov = b.key()
        hdr = "Authorization: Bearer " + v
    return ("* Connected to api.internal.example (10.0.4.17) port 443\n> GET /v2/usage?month=2024-11 HTTP/2\n> Host: api.internal\n> user-agent: curl/8.5.0\n"
            "> accept: */*\n> %s\n>\n< HTTP/2 403\n< content-type: application/json\n<\n{\"error\":\"forbidden\",\"hint\":\"key lacks scope usage.read\"}") % hdr, "en"


def t_http_dump(b):
    v, var, phrase = b.lkey() if chance(0.3) else (None, None, None)
    if v is None:
        v, prov = b.key()
        h = "Authorization: Bearer " + v
    else:
        h = "X-Api-Key: " + v
    body = json.dumps({"customer": {"name": person("en"), "email": b.em(), "phone": b.ph()}, "plan": "pro", "seats": R.randint(2, 40)})
    return "POST /api/v1/signups HTTP/1.1\nHost: billing.local\nContent-Type: application/json\n%s\nContent-Length: %d\n\n%s" % (h, len(body), body), "en"


def t_py_traceback(b):
    var, v = _kv_key(b, 0.3)
    f = R.randrange(3)
    if f == 0:
        return ("Traceback (most recent call last):\n  File \"/srv/app/jobs/summarise.py\", line 88, in run\n    resp = client.chat(messages=msgs)\n"
                "  File \"/srv/app/.venv/lib/python3.11/site-packages/httpx/_client.py\", line 1574, in send\n    raise exc\n"
                "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://api.provider.io/v1/chat'\n\nLocals at frame run:\n"
                "    api_key = '%s'\n    model = 'large-latest'\n    retries = 3") % v, "en"
    if f == 1:
        return ("  File \"settings.py\", line 12\n    %s = %s\n    %s^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?" % (var, v, " " * len(var))), "en"
    return ("KeyError: 'choices'\n>>> print(config)\n{'model': 'gpt-4o-mini', 'api_key': '%s', 'temperature': 0.2, 'owner': '%s'}" % (v, b.em())), "en"


def t_axios_error(b):
    v, prov = b.key()
    return ("AxiosError: Request failed with status code 429\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n"
            "    url: 'https://api.vendor.io/v1/embeddings',\n    method: 'post',\n    headers: Object [AxiosHeaders] {\n"
            "      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer %s',\n"
            "      'User-Agent': 'axios/1.7.2'\n    },\n    timeout: 0\n  },\n  code: 'ERR_BAD_REQUEST'") % v, "en"


def t_ci_log(b):
    v, prov = b.key(pick(["npm", "github", "pypi", "digitalocean", "gitlab", "netlify", "supabase", "sentry"]))
    step = {"npm": "npm config set //registry.npmjs.org/:_authToken=%s", "github": "git remote set-url origin https://x-access-token:%s@github.com/acme/site.git",
            "pypi": "twine upload -u __token__ -p %s dist/*", "digitalocean": "doctl auth init --access-token %s", "gitlab": "git clone https://oauth2:%s@gitlab.com/acme/infra.git",
            "netlify": "netlify deploy --prod --auth %s", "supabase": "supabase login --token %s", "sentry": "sentry-cli --auth-token %s releases new 2.14.0"}[prov] % v
    return ("2024-06-02T09:14:%02d.1182731Z ##[group]Run %s\n2024-06-02T09:14:%02d.1190044Z shell: /usr/bin/bash -e {0}\n2024-06-02T09:14:%02d.1190511Z ##[endgroup]\n"
            "2024-06-02T09:14:%02d.4410297Z Error: Process completed with exit code 1.") % (R.randint(10, 19), step, R.randint(20, 29), R.randint(30, 39), R.randint(40, 59)), "en"


def t_rc_files(b):
    f = R.randrange(4)
    if f == 0:
        v, _ = b.key("npm")
        return "cat ~/.npmrc\n//registry.npmjs.org/:_authToken=%s\n@acme:registry=https://npm.pkg.github.com\nsave-exact=true" % v, "en"
    if f == 1:
        v, _ = b.key("pypi")
        return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s" % v, "en"
    if f == 2:
        v, _ = b.key("github")
        return "# ~/.netrc\nmachine api.github.com\n  login %s\n  password %s" % (b.em(), v), "en"
    v, _ = b.key(pick(["openai", "anthropic", "groq", "openrouter"]))
    return "$ cat ~/.config/io.datasette.llm/keys.json\n{\n  \"// Note\": \"This file stores secret API credentials. Do not share!\",\n  \"default\": \"%s\"\n}" % v, "en"


def t_git(b):
    lang = pick(["en", "de", "fr", "nl", "pl", "es", "pt", "it", "sv", "fi"])
    if chance(0.5):
        return ("commit %s\nAuthor: %s <%s>\nDate:   Tue Mar %d 14:%02d:11 2024 +0100\n\n    fix: retry on 529 overloaded\n\n    Co-authored-by: %s <%s>"
                % (rs(HEX, 40), person(lang), b.em(lang), R.randint(1, 28), R.randint(0, 59), person(lang), b.em(lang))), lang
    return "$ git config --global --list\nuser.name=%s\nuser.email=%s\ncore.editor=nvim\ninit.defaultbranch=main\npull.rebase=true" % (person(lang), b.em(lang)), lang


CSV_HEAD = {"en": ("name", "email", "phone", "city"), "de": ("Name", "E-Mail", "Telefon", "Ort"), "fr": ("nom", "courriel", "téléphone", "ville"),
            "es": ("nombre", "correo", "teléfono", "ciudad"), "pt": ("nome", "email", "telefone", "cidade"), "nl": ("naam", "e-mail", "telefoon", "plaats"),
            "it": ("nome", "email", "telefono", "città"), "pl": ("imię i nazwisko", "e-mail", "telefon", "miasto"), "ja": ("氏名", "メール", "電話番号", "市区町村"),
            "ko": ("이름", "이메일", "전화", "도시"), "tr": ("ad", "e-posta", "telefon", "şehir"), "ru": ("ФИО", "почта", "телефон", "город")}
CITIES = {"en": ["Leeds", "Austin", "Toronto", "Perth"], "de": ["Köln", "Leipzig", "Graz"], "fr": ["Lyon", "Nantes", "Liège"], "es": ["Sevilla", "Bogotá", "Puebla"],
          "pt": ["Porto", "Recife", "Curitiba"], "nl": ["Utrecht", "Gent"], "it": ["Bologna", "Torino"], "pl": ["Kraków", "Gdańsk"], "ja": ["横浜", "福岡"],
          "ko": ["부산", "인천"], "tr": ["İzmir", "Bursa"], "ru": ["Казань", "Самара"]}


def t_csv(b):
    lang = pick(list(CSV_HEAD))
    sep = pick([",", ";", ",", "\t"])
    h = CSV_HEAD[lang]
    rows = [sep.join(h)]
    for _ in range(R.randint(2, 3)):
        reg = pick(LANG_REGIONS[lang])
        rows.append(sep.join([person(lang), b.em(lang), b.ph(reg), pick(CITIES[lang])]))
    intro = {"\t": "pasted from the sheet, tabs got kept:", ",": "contacts.csv:", ";": "Export aus Excel (Semikolon):"}[sep]
    return intro + "\n" + "\n".join(rows) + "\n\ndedupe these by email please", lang


def t_sql(b):
    rows = []
    for i in range(R.randint(2, 3)):
        lang = pick(["en", "de", "fr", "es", "pt", "it", "nl"])
        rows.append("(%d, '%s', '%s', '%s', '2023-%02d-%02d')" % (R.randint(1000, 9999), person(lang).replace("'", "''"), b.em(lang), b.ph(pick(LANG_REGIONS[lang])), R.randint(1, 12), R.randint(1, 28)))
    return "-- pg_dump excerpt\nINSERT INTO public.customers (id, full_name, email, phone, created_at) VALUES\n" + ",\n".join(rows) + ";", "en"


def t_sql_payments(b):
    rows = []
    for i in range(R.randint(1, 3)):
        rows.append("(%d, %d, '%s', '%s', %s)" % (R.randint(50000, 99999), R.randint(100, 999), b.cd(style=pick(["none", "none", "sp"])), card_expiry(), pick(["'captured'", "'failed'", "'refunded'"])))
    return ("legacy table from 2016, before we moved to tokenisation. how do I null these columns safely?\n\nINSERT INTO payments (id, order_id, card_number, card_exp, status) VALUES\n"
            + ",\n".join(rows) + ";"), "en"


def t_mongo(b):
    lang = pick(["en", "es", "pt", "de", "fr"])
    return ('{ "_id": ObjectId("%s"), "profile": { "displayName": "%s", "contact": { "email": "%s", "mobile": "%s" } }, "roles": ["member"], "createdAt": ISODate("2022-0%d-1%dT08:00:00Z") }'
            % (rs(HEX, 24), person(lang), b.em(lang), b.ph(pick(LANG_REGIONS[lang])), R.randint(1, 9), R.randint(0, 9))), lang


def t_vcard(b):
    lang = pick(["en", "de", "fr", "es", "it", "nl", "ja", "pt", "sv", "pl"])
    reg = pick(LANG_REGIONS[lang])
    n = person(lang)
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + n, "ORG:" + pick(["Harbourline Ltd", "Kestrel GmbH", "Atelier Lumière", "Nube S.L."]),
             "TEL;TYPE=CELL:" + b.ph(reg), "TEL;TYPE=WORK,VOICE:" + b.ph(reg), "EMAIL;TYPE=INTERNET:" + b.em(lang), "END:VCARD"]
    if chance(0.4):
        del lines[5]
    return "\n".join(lines), lang


def t_ics(b):
    lang = pick(["en", "de", "fr", "es", "nl"])
    reg = pick(LANG_REGIONS[lang])
    return ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2024%02d%02dT%02d0000Z\nSUMMARY:Quarterly review\nORGANIZER;CN=%s:mailto:%s\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=%s:mailto:%s\n"
            "DESCRIPTION:Join by phone: %s (PIN 4471#)\\nAgenda attached.\nEND:VEVENT\nEND:VCALENDAR") % (
        R.randint(1, 12), R.randint(1, 28), R.randint(7, 16), person(lang), b.em(lang, org=True), person(lang), b.em(lang), b.ph(reg)), lang


def t_email_headers(b):
    lang = pick(["en", "de", "fr", "es", "it", "pt", "nl"])
    return ("From: %s <%s>\nTo: %s\nReply-To: %s\nSubject: Re: invoice 2024-%04d\nDate: Mon, %d Apr 2024 10:%02d:00 +0200\n\nHi, please call me on %s when you get this.\n"
            % (person(lang), b.em(lang), b.em(lang, org=True), b.role(), R.randint(1, 9999), R.randint(1, 28), R.randint(0, 59), b.ph(pick(LANG_REGIONS[lang])))), lang


def t_signature(b):
    lang = pick(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "ja", "ko", "zh", "tr"])
    reg = pick(LANG_REGIONS[lang])
    lab = {"de": ("Tel.", "Mobil", "E-Mail"), "fr": ("Tél.", "Port.", "Courriel"), "es": ("Tel.", "Móvil", "Correo"), "it": ("Tel.", "Cell.", "Email"),
           "nl": ("T", "M", "E"), "pt": ("Tel.", "Cel.", "E-mail"), "pl": ("tel.", "kom.", "e-mail"), "sv": ("Tel", "Mobil", "E-post"), "da": ("Tlf.", "Mobil", "E-mail"),
           "ja": ("TEL", "携帯", "Mail"), "ko": ("전화", "휴대폰", "이메일"), "zh": ("电话", "手机", "邮箱"), "tr": ("Tel", "Cep", "E-posta")}.get(lang, ("T:", "M:", "E:"))
    typ_land = [r for r in PHONES if r[0] == reg and r[3] in ("land", "any")]
    land = b.ph(reg, "land") if typ_land and chance(0.5) else None
    parts = ["--", person(lang), pick(["Head of Operations", "Senior Accountant", "Product Designer", "Sales Manager", "Projektleiter"])]
    if land:
        parts.append("%s %s" % (lab[0], land))
    parts.append("%s %s | %s %s" % (lab[1], b.ph(reg, "mob" if reg not in ("US", "CA", "MX", "DK") else None), lab[2], b.em(lang, org=True)))
    return "Can you make this signature look cleaner?\n\n" + "\n".join(parts), lang


def t_invoice(b):
    lang = pick(["en", "de", "fr", "es", "nl"])
    return ("INVOICE INV-%d-%04d\nBill to: %s\n%s\nPhone: %s\n\nItem                     Qty   Amount\nConsulting (May)          12   1,440.00\nVAT 20%%                          288.00\n"
            "Total due                       1,728.00\n\nQuestions? %s" % (R.randint(2022, 2025), R.randint(1, 9999), person(lang), b.em(lang), b.ph(pick(LANG_REGIONS[lang])), b.role())), lang


def t_ticket(b):
    lang = pick(["en", "en", "de", "es", "fr", "pt"])
    c = b.cd()
    return ("[Zendesk] Ticket #%d — Priority: High\nRequester: %s <%s>\nCallback: %s\n---\nCustomer says card %s keeps failing at checkout with 'do_not_honor'. "
            "Please check the gateway logs." % (R.randint(100000, 999999), person(lang), b.em(lang), b.ph(pick(LANG_REGIONS[lang])), c)), lang


def t_crm_note(b):
    lang = pick(["en", "de", "es", "fr", "it", "nl", "pt", "pl"])
    reg = pick(LANG_REGIONS[lang])
    return ("CRM note %s: spoke with %s (%s), wants the revised quote by Thursday. Send to %s, cc procurement. Follow-up call booked."
            % ("2024-0%d-%02d" % (R.randint(1, 9), R.randint(1, 28)), person(lang), b.ph(reg), b.em(lang, org=True))), lang


def t_ocr_card(b):
    net = pick(["visa", "mastercard", "amex", "discover", "jcb", "unionpay", "mir", "elo", "troy", "rupay"])
    c = b.cd(net, "sp")
    return ("OCR result (IMG_%d.HEIC):\n%s\n%s\nVALID\nTHRU %s\n%s\n\nis this readable enough to type into the form?" % (
        R.randint(1000, 9999), pick(["VISA", "mastercard", "AMERICAN EXPRESS", "DISCOVER", "JCB", "UnionPay 银联", "МИР", "elo", "troy", "RuPay"]), c, card_expiry(),
        person("en").upper())), "en"


def t_ocr_bizcard(b):
    lang = pick(["en", "de", "ja", "ko", "zh", "fr", "es", "it"])
    reg = pick(LANG_REGIONS[lang])
    return ("Text extracted from photo:\n%s\n%s\nMob %s\n%s\nwww.%s\n\nturn this into a contact entry" % (
        person(lang), pick(["Managing Director", "CTO", "Architect", "営業部 部長", "대표이사", "总经理"]), b.ph(reg), b.em(lang, org=True), pick(ORG_DOMAINS))), lang


def t_payment_log(b):
    c = b.cd(style="none")
    return ("%s DEBUG [payment-svc] c.a.p.GatewayClient - request={\"amount\":%d,\"currency\":\"%s\",\"pan\":\"%s\",\"exp\":\"%s\",\"cvv\":\"***\"}\n"
            "%s WARN  [payment-svc] c.a.p.GatewayClient - response code=05 (do not honor)" % (
                "2023-11-%02d 08:%02d:%02d.%03d" % (R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), R.randint(500, 99000),
                pick(["EUR", "USD", "GBP", "BRL", "INR"]), c, card_expiry(), "2023-11-%02d 08:%02d:%02d.%03d" % (R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)))), "en"


def t_logcat(b):
    if chance(0.5):
        return ("%02d-%02d 14:%02d:%02d.%03d  %d  %d I ActivityTaskManager: START u0 {act=android.intent.action.DIAL dat=tel:%s flg=0x10000000 cmp=com.google.android.dialer/.extensions.GoogleDialtactsActivity}"
                % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), R.randint(800, 3000), R.randint(800, 3000), b.ph(fmt=pick(["e164", "digits"])))), "en"
    return ("FATAL EXCEPTION: main\nProcess: com.acme.shop, PID: %d\njava.lang.IllegalStateException: checkout failed for user=%s\n\tat com.acme.shop.cart.CheckoutViewModel.submit(CheckoutViewModel.kt:212)\n"
            "\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)" % (R.randint(1000, 32000), b.em())), "en"


def t_ios_crash(b):
    return ("Incident Identifier: %s\nHardware Model:      iPhone15,2\nProcess:             Wallet Sync [%d]\nException Type:  EXC_CRASH (SIGABRT)\n"
            "Last Exception Backtrace: *** -[CNContactStore unifiedContactWithPhone:] phone=%s email=%s not unique" % (
                "-".join([rs(UHEX, 8), rs(UHEX, 4), rs(UHEX, 4), rs(UHEX, 4), rs(UHEX, 12)]), R.randint(300, 9000), b.ph(), b.em())), "en"


def t_access_log(b):
    return ('%d.%d.%d.%d - - [12/Feb/2024:06:%02d:%02d +0000] "GET /newsletter/unsubscribe?email=%s&src=footer HTTP/1.1" 200 512 "-" "Mozilla/5.0"'
            % (R.randint(31, 220), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254), R.randint(0, 59), R.randint(0, 59), b.em())), "en"


def t_sentry(b):
    return json.dumps({"event_id": rs(HEX, 32), "level": "error", "platform": "python", "user": {"id": str(R.randint(10000, 99999)), "email": b.em(), "ip_address": "{{auto}}"},
                       "exception": {"values": [{"type": "ValidationError", "value": "phone %s rejected by carrier lookup" % b.ph()}]}}, indent=1), "en"


def t_json_body(b):
    lang = pick(["en", "de", "fr", "es", "pt", "it", "ja"])
    d = {"order": "ORD-%d" % R.randint(100000, 999999), "customer": {"email": b.em(lang), "phone": b.ph(pick(LANG_REGIONS[lang]))},
         "payment": {"type": "card", "card": {"number": b.cd(style="none"), "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031)}}}
    return "the sandbox returns 422 on this body, what's wrong?\n" + json.dumps(d, indent=2), lang


def t_stripe_curl(b):
    v, _ = b.key("stripe")
    return "curl https://api.stripe.com/v1/charges \\\n  -u %s: \\\n  -d amount=2000 \\\n  -d currency=eur \\\n  -d source=tok_visa" % v, "en"


def t_py_code(b):
    f = R.randrange(4)
    if f == 0:
        v, _ = b.key(pick(["openai", "openai", "openrouter"]))
        return "from openai import OpenAI\n\nclient = OpenAI(api_key=\"%s\")\nresp = client.responses.create(model=\"gpt-4.1\", input=\"ping\")\nprint(resp.output_text)" % v, "en"
    if f == 1:
        v, _ = b.key("google")
        return "import googlemaps\ngmaps = googlemaps.Client(key='%s')\nprint(gmaps.geocode('Kurfürstendamm 21, Berlin'))" % v, "en"
    if f == 2:
        v, _ = b.key("anthropic")
        return "import anthropic\nc = anthropic.Anthropic(api_key='%s')\nmsg = c.messages.create(model='claude-sonnet-4-5', max_tokens=512, messages=[{'role': 'user', 'content': 'hi'}])" % v, "en"
    v, var, phrase = b.lkey()
    return "import requests\n\nAPI_KEY = \"%s\"  # %s\nr = requests.get(URL, params={\"apikey\": API_KEY, \"q\": query}, timeout=10)" % (v, phrase), "en"


def t_js_code(b):
    if chance(0.4):
        v, var, phrase = b.lkey()
        return "// %s\nconst client = new Client({\n  apiKey: '%s',\n  baseURL: process.env.BASE_URL,\n});\nexport default client;" % (phrase, v), "en"
    v, prov = b.key()
    return "const headers = {\n  'Content-Type': 'application/json',\n  Authorization: `Bearer %s`,\n};\nconst res = await fetch(url, { method: 'POST', headers, body });" % v, "en"


def t_tfvars(b):
    v, var, phrase = b.lkey()
    var2, v2 = _kv_key(b, 0.5)
    return "# terraform.tfvars\nregion          = \"eu-west-1\"\n%s = \"%s\"\n%s = \"%s\"\nalert_email     = \"%s\"" % (var.lower(), v, var2.lower(), v2, b.em(org=True)), "en"


def t_mcp_config(b):
    v, prov = b.key(pick(["github", "github_pat", "notion", "linear", "tavily", "firecrawl", "slack_bot", "atlassian", "figma", "supabase", "airtable", "postman"]))
    d = {"mcpServers": {prov: {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-%s" % prov.split("_")[0]], "env": {ENVVAR[prov]: v}}}}
    return "claude_desktop_config.json — the server won't start:\n" + json.dumps(d, indent=2), "en"


def t_litellm(b):
    v1, p1 = b.key(pick(["openai", "anthropic", "groq", "xai"]))
    v2, var, phrase = b.lkey()
    return ("model_list:\n  - model_name: fast\n    litellm_params:\n      model: %s/latest\n      api_key: %s\n  - model_name: backup\n    litellm_params:\n"
            "      model: azure/gpt-4o\n      api_base: https://acme-eu.openai.azure.com\n      api_key: %s\n") % (p1, v1, v2), "en"


def t_printenv(b):
    lines = ["HOME=/home/dev", "LANG=en_US.UTF-8", "SHELL=/bin/zsh"]
    for _ in range(R.randint(2, 3)):
        var, v = _kv_key(b)
        lines.insert(R.randint(0, len(lines)), "%s=%s" % (var, v))
    lines.append("TERM=xterm-256color")
    return "$ printenv | sort\n" + "\n".join(lines), "en"


def t_jupyter(b):
    v, prov = b.key()
    return "In [4]: os.environ\nOut[4]: environ({'PATH': '/opt/conda/bin:/usr/bin', '%s': '%s', 'JPY_PARENT_PID': '%d'})" % (ENVVAR[prov], v, R.randint(100, 9999)), "en"


def t_md_table(b):
    lang = pick(["en", "de", "es", "fr", "pt", "nl"])
    rows = ["| Name | Role | Email | Phone |", "|---|---|---|---|"]
    for r in ["Lead", "Backup", "On-call"][:R.randint(2, 3)]:
        rows.append("| %s | %s | %s | %s |" % (person(lang), r, b.em(lang, org=True), b.ph(pick(LANG_REGIONS[lang]))))
    return "Escalation contacts for the runbook:\n\n" + "\n".join(rows), lang


def t_sms_export(b):
    lang = pick(["en", "de", "es", "pt", "fr", "it", "tr", "id", "hi"])
    reg = pick(LANG_REGIONS[lang])
    rows = ["date,address,type,body"]
    for _ in range(R.randint(1, 2)):
        rows.append('2024-0%d-%02d %02d:%02d:%02d,%s,%s,"%s"' % (R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                                                              b.ph(reg, fmt=pick(["e164", "e164", "nat", "digits"])), pick(["inbox", "sent"]), pick(["ok see you at 7", "running late", "can you call me?", "👍"])))
    return "SMS Backup & Restore export, summarise who I texted most:\n" + "\n".join(rows), lang


def t_whatsapp(b):
    lang = pick(["en", "de", "es", "pt", "it", "nl", "id", "hi", "ar", "tr"])
    reg = pick(LANG_REGIONS[lang])
    return ("[%02d/%02d/2024, %02d:%02d:%02d] %s: %s\n[%02d/%02d/2024, %02d:%02d:%02d] %s: %s" % (
        R.randint(1, 28), R.randint(1, 12), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), b.ph(reg, fmt="intl"), pick(["Who added me here?", "Hola a todos", "Bom dia!", "Thanks for the invite"]),
        R.randint(1, 28), R.randint(1, 12), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), person(lang), "welcome!")), lang


def t_bitwarden(b):
    n = person("en")
    c = b.cd(style="none")
    return json.dumps({"items": [{"type": 3, "name": pick(["Personal Visa", "Work Amex", "Travel card", "Groceries MC"]), "card": {
        "cardholderName": n, "brand": "Visa", "number": c, "expMonth": str(R.randint(1, 12)), "expYear": str(R.randint(2026, 2031)), "code": None}}]}, indent=2), "en"


def t_booking(b):
    lang = pick(["en", "de", "fr", "es", "it", "ja", "ko", "zh", "th", "vi"])
    reg = pick(LANG_REGIONS[lang])
    return ("Booking confirmation %s\nGuest: %s\nContact: %s / %s\nCheck-in: 2024-%02d-%02d  Nights: %d\nGuaranteed with card %s" % (
        rs(UP + DIG, 8), person(lang), b.ph(reg), b.em(lang), R.randint(1, 12), R.randint(1, 28), R.randint(1, 7), b.cd())), lang


def t_phone_list(b):
    lang = pick(list(LANG_REGIONS))
    reg = pick(LANG_REGIONS[lang])
    lines = ["%s: %s" % (pick(["Mum", "Office", "Plumber", "Dr.", "Kita", "Taxi", "Vet"]), b.ph(reg)) for _ in range(R.randint(2, 3))]
    return "Sort these contacts alphabetically:\n" + "\n".join(lines), lang


def t_voicemail(b):
    lang = pick(["en", "en", "de", "es", "fr", "it", "pt"])
    reg = pick(LANG_REGIONS[lang])
    return ("Voicemail from %s · %ds\nTranscript (low confidence): \"hey it's %s um about the flat viewing, can you call me back on %s, that's my mobile, thanks\"" % (
        b.ph(reg, fmt="e164"), R.randint(12, 80), person(lang).split()[0], b.ph(reg))), lang


def t_keys_chat_label(b):
    v, var, phrase = b.lkey()
    return pick(["my %s is %s — can you write the python call for me?", "here's the %s I got: %s. which endpoint do I use for batch?",
                 "I set %s to %s but the dashboard still says no requests"]) % (phrase if "%s is" else var, v), "en"


def t_webhook_payload(b):
    lang = pick(["en", "es", "pt", "de"])
    return json.dumps({"type": "customer.created", "data": {"object": {"email": b.em(lang), "phone": b.ph(pick(LANG_REGIONS[lang]), fmt="e164"), "name": person(lang), "metadata": {"source": "checkout"}}}}), lang


def t_telegram_bot(b):
    v, _ = b.key("telegram")
    return "https://api.telegram.org/bot%s/sendMessage?chat_id=%d&text=deploy%%20ok\n\nwhy does this return 404?" % (v, R.randint(10000000, 999999999)), "en"


def t_form_html(b):
    return ('<form action="/contact" method="post">\n  <input type="email" name="email" value="%s">\n  <input type="tel" name="phone" value="%s">\n  <button>Send</button>\n</form>'
            % (b.em(), b.ph())), "en"


def t_mailto(b):
    return '<a href="mailto:%s?subject=Support">Contact us</a> · <a href="tel:%s">Call</a>' % (b.em(org=True), b.ph(fmt="e164")), "en"


def t_aws_cli(b):
    v, _ = b.key("aws")
    return ("$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n"
            "   profile                <not set>             None    None\naccess_key     %s shared-credentials-file\nsecret_key     ****************%s shared-credentials-file\n"
            "    region                eu-west-2      config-file    ~/.aws/config" % (v, rs(ALNUM, 4))), "en"


def t_slack_manifest(b):
    v, _ = b.key(pick(["slack_bot", "slack_app", "slack_user"]))
    return "Bolt app crashes on start:\n```\n[ERROR]  socket-mode:SocketModeClient:0 Failed to retrieve a new WSS URL for reconnection (error: Error: An API error occurred: invalid_auth)\ntoken used: %s\n```" % v, "en"


TECH = [
    (t_env_file, 16), (t_yaml_config, 14), (t_toml, 10), (t_compose, 8), (t_dockerfile, 10), (t_k8s_secret, 8), (t_shell_history, 12), (t_curl_verbose, 14),
    (t_http_dump, 8), (t_py_traceback, 14), (t_axios_error, 9), (t_ci_log, 14), (t_rc_files, 12), (t_git, 10), (t_csv, 10), (t_sql, 5), (t_sql_payments, 18),
    (t_mongo, 7), (t_vcard, 9), (t_ics, 7), (t_email_headers, 8), (t_signature, 12), (t_invoice, 10), (t_ticket, 14), (t_crm_note, 10), (t_ocr_card, 36),
    (t_ocr_bizcard, 10), (t_payment_log, 32), (t_logcat, 12), (t_ios_crash, 4), (t_access_log, 8), (t_sentry, 6), (t_json_body, 14), (t_stripe_curl, 7),
    (t_py_code, 16), (t_js_code, 12), (t_tfvars, 6), (t_mcp_config, 14), (t_litellm, 6), (t_printenv, 5), (t_jupyter, 7), (t_md_table, 6), (t_sms_export, 8),
    (t_whatsapp, 8), (t_bitwarden, 16), (t_booking, 14), (t_phone_list, 10), (t_voicemail, 9), (t_keys_chat_label, 12), (t_webhook_payload, 6),
    (t_telegram_bot, 6), (t_form_html, 4), (t_mailto, 6), (t_aws_cli, 6), (t_slack_manifest, 6),
]


# ----------------------------------------------------------------------------------------------
# hard negatives
# ----------------------------------------------------------------------------------------------

def luhn_invalid_digits(n, prefix=""):
    while True:
        d = prefix + rs(DIG, n - len(prefix))
        if not luhn_ok(d):
            return d


def n_policy():
    f = R.randrange(12)
    if f == 0:
        return "Stripe test mode: use %s with any future expiry and any CVC; %s triggers a decline." % (pick(["4242 4242 4242 4242", "4242424242424242"]), pick(["4000 0000 0000 0002", "4000000000000002"])), "en"
    if f == 1:
        return "From the AWS docs: aws configure → AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE, AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "en"
    if f == 2:
        return "Replace user@example.com and admin@example.org in the README with your own values before running the seed script.", "en"
    if f == 3:
        return "For the TV script, use a fictional number like (555) 01%02d or 555-01%02d so nobody gets prank calls." % (R.randint(0, 99), R.randint(0, 99)), "en"
    if f == 4:
        return "Ofcom reserves 07700 900%03d for drama; that's what we print on the mock poster." % R.randint(0, 999), "en"
    if f == 5:
        return "The container can reach the DB at 10.%d.%d.%d and the cache at 192.168.%d.%d; nothing is exposed on a public IP." % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)), "en"
    if f == 6:
        return "Test cards for Adyen sandbox: 4111 1111 1111 1111 (Visa), 5555 5555 5555 4444 (Mastercard), 3782 822463 10005 (Amex).", "en"
    if f == 7:
        return "Docs snippet: curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d amount=999", "en"
    if f == 8:
        return "git log shows 'Co-Authored-By: Claude <noreply@anthropic.com>' on every commit; is that normal for Claude Code?", "en"
    if f == 9:
        return "Our placeholder in the onboarding form is name@example.net, and the phone hint reads +1 555 0100.", "en"
    if f == 10:
        return "ssh -T git@github.com returns 'Hi! You've successfully authenticated' so the deploy key works.", "en"
    return "Mock data: jane.doe@example.com, 4012 8888 8888 1881, 192.168.0.10 — all from the sandbox fixtures.", "en"


def n_order():
    f = R.randrange(5)
    if f == 0:
        return "Bestellnummer %s – Lieferung verzögert sich, Sendungsverfolgung zeigt nichts an." % luhn_invalid_digits(16, "30"), "de"
    if f == 1:
        return "Order #%s shipped via UPS 1Z%s, ETA Thursday." % (luhn_invalid_digits(15, "11"), rs(UP + DIG, 16)), "en"
    if f == 2:
        d = luhn_invalid_digits(16)
        return "Numéro de commande : %s %s %s %s, la facture n'est pas arrivée." % (d[:4], d[4:8], d[8:12], d[12:]), "fr"
    if f == 3:
        return "Rastreio %s%sBR e pedido %s — alguém sabe quanto demora?" % (rs(UP, 2), rs(DIG, 9), luhn_invalid_digits(14)), "pt"
    d = luhn_invalid_digits(18)
    return "注文番号 %s-%s-%s の配送状況を教えてください" % (d[:6], d[6:12], d[12:]), "ja"


def n_epoch():
    s = R.randint(1500000000, 1760000000)
    return pick(["created_at=%d updated_at=%d (unix seconds)", "ts_ms: %d%03d — convert to local time?"]) % ((s, s + R.randint(10, 9999)) if chance(0.5) else (s, R.randint(0, 999))), "en"


def n_dates():
    y, m, d = R.randint(2015, 2026), R.randint(1, 12), R.randint(1, 28)
    f = R.randrange(8)
    if f == 0:
        return "Meeting moved to %04d-%02d-%02d %02d:%02d:%02d UTC, see you then" % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "en"
    if f == 1:
        return "Termin am %02d.%02d.%04d um %02d:%02d Uhr, bitte bestätigen." % (d, m, y, R.randint(8, 18), R.randint(0, 59)), "de"
    if f == 2:
        return "%04d年%d月%d日 %d時%02d分に到着予定です。" % (y, m, d, R.randint(1, 23), R.randint(0, 59)), "ja"
    if f == 3:
        return "Rendez-vous le %02d/%02d/%04d à %02dh%02d, salle 204." % (d, m, y, R.randint(8, 18), R.randint(0, 59)), "fr"
    if f == 4:
        return "Log window: %04d%02d%02dT%02d%02d%02dZ – %04d%02d%02dT%02d%02d%02dZ" % (y, m, d, R.randint(0, 11), R.randint(0, 59), R.randint(0, 59), y, m, d, R.randint(12, 23), R.randint(0, 59), R.randint(0, 59)), "en"
    if f == 5:
        return "Срок сдачи: %02d.%02d.%04d, %02d:%02d по Москве" % (d, m, y, R.randint(8, 20), R.randint(0, 59)), "ru"
    if f == 6:
        return "%04d년 %d월 %d일 오후 %d시 회의" % (y, m, d, R.randint(1, 11)), "ko"
    return "La fecha límite es el %d de %s de %d a las %d:%02d" % (d, pick(["enero", "marzo", "julio", "octubre"]), y, R.randint(8, 20), R.randint(0, 59)), "es"


def n_versions():
    return pick(["Upgraded from node %d.%d.%d to %d.%d.%d and now esbuild fails" % tuple(R.randint(0, 24) for _ in range(6)),
                 "Build %d.%d.%d.%d (arm64) crashes on launch" % (R.randint(1, 20), R.randint(0, 9), R.randint(0, 99), R.randint(1000, 99999)),
                 "pip: requires numpy>=1.%d.%d but 1.%d.%d is installed; also torch==2.%d.%d+cu%d" % (R.randint(20, 26), R.randint(0, 5), R.randint(17, 19), R.randint(0, 5), R.randint(0, 5), R.randint(0, 3), pick([118, 121, 124])),
                 "macOS %d.%d.%d (Build %dA%d%s) Xcode %d.%d" % (R.randint(12, 15), R.randint(0, 7), R.randint(0, 3), R.randint(21, 24), R.randint(100, 999), pick(["a", "b", "c", ""]), R.randint(14, 16), R.randint(0, 4)),
                 "kernel 6.%d.%d-%d-generic, glibc 2.%d, openssl 3.%d.%d" % (R.randint(1, 11), R.randint(0, 60), R.randint(10, 120), R.randint(31, 40), R.randint(0, 4), R.randint(0, 15))]), "en"


def n_hashes():
    return pick(["commit %s\nMerge: %s %s" % (rs(HEX, 40), rs(HEX, 7), rs(HEX, 7)),
                 "sha256:%s  app.tar.gz" % rs(HEX, 64),
                 'integrity="sha384-%s"' % base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode(),
                 "docker pull ghcr.io/acme/api@sha256:%s" % rs(HEX, 64),
                 "md5sum: %s  backup-2024.zip" % rs(HEX, 32),
                 "etag: W/\"%s\"" % rs(HEX, 32)]), "en"


def n_llm_ids():
    return pick(["request id req_011C%s, message id msg_01%s" % (rs(ALNUM, 18), rs(ALNUM, 22)),
                 "tool_use id toolu_01%s returned is_error=true" % rs(ALNUM, 22),
                 "chatcmpl-%s finished with finish_reason=length" % rs(ALNUM, 29),
                 "call_%s → function get_weather" % rs(ALNUM, 24),
                 "resp_%s (status: incomplete)" % rs(HEX, 48),
                 "batch_%s is in_progress, input file file-%s" % (rs(HEX, 32), rs(ALNUM, 22)),
                 "asst_%s / thread_%s / run_%s" % (rs(ALNUM, 24), rs(ALNUM, 24), rs(ALNUM, 24))]), "en"


def n_masked():
    return pick(["Card on file: **** **** **** %s (exp %s)" % (rs(DIG, 4), card_expiry()), "Your key sk-proj-...%s was rotated" % rs(ALNUM, 4),
                 "Phone: +49 *** *** %s" % rs(DIG, 3), "Payment method: Visa •••• %s" % rs(DIG, 4), "Email j***@g****.com verified",
                 "API key: ghp_****************************%s" % rs(ALNUM, 4), "XXXX-XXXX-XXXX-%s" % rs(DIG, 4), "Kontonummer endet auf ...%s" % rs(DIG, 4)]), "en"


def n_placeholders():
    return pick(["export OPENAI_API_KEY=sk-...", "Authorization: Bearer <your-api-key>", "api_key: ${{ secrets.ANTHROPIC_API_KEY }}", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                 "STRIPE_SECRET_KEY=sk_live_YOUR_KEY_HERE", "email: <your-email>, phone: <your-phone>", "token = os.environ[\"HF_TOKEN\"]", "key = \"INSERT_KEY_HERE\"  # TODO",
                 "card_number: \"{{ card.number }}\"", "x-api-key: $ANTHROPIC_API_KEY", "MISTRAL_API_KEY=changeme", "password: ********"]), "en"


def n_coords():
    return pick(["Meet at %.6f, %.6f (north entrance)", "GPS: %.5f,%.5f alt 312m", "lat=%.7f&lon=%.7f&zoom=14"]) % (R.uniform(-60, 70), R.uniform(-170, 170)), "en"


def n_isbn():
    def isbn13():
        while True:
            d = pick(["978", "979"]) + rs(DIG, 9)
            s = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(d))
            full = d + str((10 - s % 10) % 10)
            if not luhn_ok(full):
                return full
    i = isbn13()
    return pick(["ISBN %s-%s-%s-%s-%s, 2nd edition" % (i[:3], i[3], i[4:8], i[8:12], i[12]), "EAN %s on the shelf label" % i, "Zitierung: ISBN %s" % i]), "en"


def n_company():
    return pick(["Handelsregister: Amtsgericht Köln HRB %d, USt-IdNr. DE%s" % (R.randint(10000, 99999), rs(DIG, 9)),
                 "KvK %s · BTW NL%sB01" % (rs(DIG, 8), rs(DIG, 9)), "Companies House no. %s, registered in England and Wales" % rs(DIG, 8),
                 "SIRET %s — APE 6201Z" % luhn_invalid_digits(14), "CNPJ %s.%s.%s/0001-%s" % (rs(DIG, 2), rs(DIG, 3), rs(DIG, 3), rs(DIG, 2)),
                 "ABN %s %s %s %s" % (rs(DIG, 2), rs(DIG, 3), rs(DIG, 3), rs(DIG, 3))]), "en"


def n_at():
    return pick(["@%s can you review the PR?" % pick(["maria", "devops-team", "kenji_t"]), "npm i @%s/%s@%d.%d.%d" % (pick(["types", "tanstack", "radix-ui"]), pick(["node", "react-query", "dialog"]), R.randint(1, 20), R.randint(0, 9), R.randint(0, 9)),
                 "@Override\npublic String toString()", "meet @ 7pm @ the usual place", "decorator @lru_cache(maxsize=%d)" % R.randint(16, 1024),
                 "git clone git+ssh://git@gitlab.internal:2222/team/repo", "scale: 3 @ %d rps" % R.randint(100, 9000), "Kosten: 3 Stück @ 4,99 €", "SELECT * FROM t WHERE note LIKE '%@%'"]), "en"


def n_code():
    return pick(["EMAIL_RE = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$\")\nif not EMAIL_RE.match(value):\n    raise ValueError('bad email')",
                 "def luhn(n: str) -> bool:\n    s = sum(int(d) if i % 2 == 0 else sum(divmod(int(d) * 2, 10)) for i, d in enumerate(reversed(n)))\n    return s % 10 == 0",
                 "const phoneOk = /^\\+?[1-9]\\d{7,14}$/.test(input);", "validates :email, format: { with: URI::MailTo::EMAIL_REGEXP }",
                 "CHECK (card_number ~ '^[0-9]{13,19}$')", "if (!isValidPhoneNumber(value, 'DE')) setError('phone')"]), "en"


def n_metrics():
    return pick(["Processed %d rows in %d ms (%d bytes, %d allocs)" % (R.randint(10 ** 6, 10 ** 9), R.randint(100, 99999), R.randint(10 ** 8, 10 ** 11), R.randint(10 ** 5, 10 ** 8)),
                 "Population %d, GDP %d USD" % (R.randint(10 ** 6, 10 ** 9), R.randint(10 ** 9, 10 ** 13)), "tokens: input=%d output=%d cache_read=%d" % (R.randint(100, 200000), R.randint(10, 8000), R.randint(0, 100000))]), "en"


def n_meeting():
    return pick(["Zoom meeting ID: %s %s %s, passcode %s" % (rs(DIG, 3), rs(DIG, 4), rs(DIG, 4), rs(ALNUM, 6)), "Teams: Meeting ID %s %s %s %s" % (rs(DIG, 3), rs(DIG, 3), rs(DIG, 3), rs(DIG, 3)),
                 "Google Meet meet.google.com/%s-%s-%s" % (rs(LOW, 3), rs(LOW, 4), rs(LOW, 3))]), "en"


def n_misc_ids():
    return pick(["trace_id=%s span_id=%s" % (rs(HEX, 32), rs(HEX, 16)), "session %s-%s-%s-%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 4), rs(HEX, 4), rs(HEX, 12)),
                 "PNR %s, ticket %s-%s" % (rs(UP, 6), rs(DIG, 3), luhn_invalid_digits(10)), "container %s exited (137)" % rs(HEX, 12),
                 "Kundennummer KD-%s-%s" % (rs(DIG, 5), rs(UP, 2)), "VIN %s" % rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17), "IMEI-ish %s (not mine, from the box)" % luhn_invalid_digits(15)]), "en"


def n_phoneish():
    return pick(["Room %d-%d, extension %d" % (R.randint(1, 40), R.randint(100, 999), R.randint(1000, 9999)), "Score was %d-%d-%d after three rounds" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)),
                 "Part no. %s-%s/%s" % (rs(UP, 2), rs(DIG, 5), rs(UP, 2)), "Range %d–%d km", "Flight LH %d departs gate %s%d" % (R.randint(100, 2999), pick("ABCZ"), R.randint(1, 60)),
                 "Seats %d %d %d %d remaining" % tuple(R.randint(10, 99) for _ in range(4))]).replace("%d–%d", "%d–%d" % (R.randint(100, 400), R.randint(400, 900))), "en"


def n_multilingual():
    return pick([("Mein Passwort-Manager hat 342 Einträge, wie räume ich auf?", "de"), ("¿Cuántas calorías tiene una arepa con queso?", "es"),
                 ("Comment dit-on « reverse proxy » en français ?", "fr"), ("このエラーの意味を教えてください: ECONNRESET", "ja"), ("Как ускорить сборку webpack?", "ru"),
                 ("이 문장을 더 자연스럽게 고쳐 주세요", "ko"), ("帮我把这段话翻译成英文", "zh"), ("Qual é a diferença entre let e const?", "pt"),
                 ("Bu kodu nasıl daha okunabilir yaparım?", "tr"), ("ما الفرق بين TCP و UDP؟", "ar"), ("इस ईमेल को औपचारिक बना दो", "hi"), ("Hoe werkt een HashMap intern?", "nl")])


NEGS = [(n_order, 26), (n_epoch, 18), (n_dates, 28), (n_versions, 20), (n_hashes, 22), (n_llm_ids, 26), (n_masked, 22), (n_placeholders, 24), (n_coords, 18),
        (n_isbn, 14), (n_company, 18), (n_at, 20), (n_code, 16), (n_metrics, 14), (n_meeting, 12), (n_misc_ids, 20), (n_phoneish, 14), (n_multilingual, 10)]
N_POLICY = 25


# ----------------------------------------------------------------------------------------------
# log wrappers (the whole wrapped document becomes the line's text)
# ----------------------------------------------------------------------------------------------

def uuid4ish():
    return "%s-%s-4%s-%s%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 3), pick("89ab"), rs(HEX, 3), rs(HEX, 12))


def iso_ts():
    return "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(23, 26), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def w_claude_code_user(t):
    return json.dumps({"parentUuid": uuid4ish(), "isSidechain": False, "userType": "external", "cwd": pick(["/Users/dev/src/shop", "/home/kai/work/api", "/workspace"]),
                       "sessionId": uuid4ish(), "version": pick(["1.0.83", "2.0.14", "2.1.80"]), "gitBranch": pick(["main", "feat/billing", "fix/retry"]), "type": "user",
                       "message": {"role": "user", "content": t}, "uuid": uuid4ish(), "timestamp": iso_ts()}, ensure_ascii=False)


def w_claude_code_tool(t):
    return json.dumps({"parentUuid": uuid4ish(), "isSidechain": False, "userType": "external", "cwd": "/Users/dev/src/app", "sessionId": uuid4ish(), "version": "2.1.80",
                       "type": "user", "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01" + rs(ALNUM, 22), "content": t, "is_error": chance(0.3)}]},
                       "uuid": uuid4ish(), "timestamp": iso_ts()}, ensure_ascii=False)


def w_codex_user(t):
    return json.dumps({"timestamp": iso_ts(), "type": "event_msg", "payload": {"type": "user_message", "message": t, "images": [], "local_images": [], "text_elements": [], "client_id": "cli"}}, ensure_ascii=False)


def w_codex_output(t):
    return json.dumps({"timestamp": iso_ts(), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + rs(ALNUM, 24), "output": t}}, ensure_ascii=False)


def w_chatgpt_node(t):
    nid = uuid4ish()
    return json.dumps({nid: {"id": nid, "message": {"id": nid, "author": {"role": "user", "name": None, "metadata": {}}, "create_time": round(R.uniform(1.68e9, 1.76e9), 6),
                       "update_time": None, "content": {"content_type": "text", "parts": [t]}, "status": "finished_successfully", "end_turn": None, "weight": 1.0,
                       "metadata": {"request_id": rs(HEX, 16), "timestamp_": "absolute"}, "recipient": "all"}, "parent": uuid4ish(), "children": [uuid4ish()]}}, indent=2)


def w_claude_ai(t):
    return json.dumps({"uuid": uuid4ish(), "text": t, "sender": "human", "created_at": iso_ts(), "updated_at": iso_ts(), "attachments": [], "files": []}, indent=4, ensure_ascii=False)


def w_anthropic_request(t):
    return json.dumps({"uri": "https://api.anthropic.com/v1/messages", "request_body": {"max_tokens": pick([1024, 4096, 8192]), "messages": [{"role": "user", "content": [{"type": "text", "text": t}]}],
                       "model": pick(["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"]), "stream": True}}, indent=2, ensure_ascii=chance(0.5))


def w_openai_chat(t):
    return json.dumps({"model": pick(["gpt-4o", "gpt-4.1-mini", "gpt-5"]), "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": t}], "temperature": 0.7}, ensure_ascii=False)


def w_openai_responses(t):
    return json.dumps({"uri": "https://api.openai.com/v1/responses", "request_body": {"input": [{"role": "user", "content": [{"type": "input_text", "text": t}]}], "model": pick(["gpt-5", "gpt-5.5", "o4-mini"]),
                       "store": False, "stream": False}}, indent=2, ensure_ascii=False)


def w_llm_logs(t):
    return json.dumps({"id": rs("0123456789abcdefghjkmnpqrstvwxyz", 26), "model": pick(["gpt-4o-mini", "claude-3.5-sonnet", "gemini-2.0-flash"]), "resolved_model": None,
                       "options_json": {}, "conversation_id": rs("0123456789abcdefghjkmnpqrstvwxyz", 26), "duration_ms": R.randint(300, 20000), "datetime_utc": iso_ts().replace("Z", "+00:00"),
                       "input_tokens": R.randint(20, 4000), "output_tokens": R.randint(20, 2000), "conversation_name": pick(["Untitled", "Help with config", "Quick question"]),
                       "prompt": t, "system": None, "response": pick(["Sure, here you go.", "I can help with that.", "Here is a cleaned-up version."]), "prompt_json": None, "attachments": []}, indent=2, ensure_ascii=False)


def w_otel(t):
    msgs = json.dumps([{"role": "system", "parts": [{"type": "text", "content": "You are a helpful bot"}]}, {"role": "user", "parts": [{"type": "text", "content": t}]}], ensure_ascii=False)
    return json.dumps({"name": "chat gpt-4o", "context": {"trace_id": rs(HEX, 32), "span_id": rs(HEX, 16)}, "kind": "SPAN_KIND_CLIENT",
                       "attributes": {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o", "gen_ai.input.messages": msgs,
                                      "gen_ai.usage.input_tokens": R.randint(10, 900)}}, ensure_ascii=False)


def w_sharegpt(t):
    return json.dumps({"id": "identity_%d" % R.randint(0, 99999), "conversations": [{"from": "human", "value": t}, {"from": "gpt", "value": "Done — see the revised version below."}]}, indent=2, ensure_ascii=False)


WRAPPERS = [("claude_code", w_claude_code_user, 5), ("claude_code_tool", w_claude_code_tool, 4), ("codex_user", w_codex_user, 4), ("codex_output", w_codex_output, 3),
            ("chatgpt_node", w_chatgpt_node, 5), ("claude_ai", w_claude_ai, 4), ("anthropic_request", w_anthropic_request, 3), ("openai_chat", w_openai_chat, 3),
            ("openai_responses", w_openai_responses, 3), ("llm_logs", w_llm_logs, 3), ("otel", w_otel, 4), ("sharegpt", w_sharegpt, 3)]
TOOL_GENRES = ("t_",)


def wpick(items):
    tot = sum(w for *_, w in items)
    x = R.randrange(tot)
    for it in items:
        x -= it[-1]
        if x < 0:
            return it
    raise AssertionError


# ----------------------------------------------------------------------------------------------
# validation (used while drawing and again by --check)
# ----------------------------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
DIGRUN_RE = re.compile(r"\d+(?:[ \-]\d+)*")


def labelled_regions(text, spans):
    regs = []
    for v in sorted({s["value"] for s in spans}):
        i = text.find(v)
        while i >= 0:
            regs.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return regs


def overlaps(a, b, regs):
    return any(a < e and s < b for s, e in regs)


def stray(text, regs):
    """unlabelled e-mails and Luhn-valid 13-19 digit windows outside labelled spans"""
    out = []
    for m in EMAIL_RE.finditer(text):
        if not overlaps(m.start(), m.end(), regs):
            out.append(("email", m.group()))
    for m in DIGRUN_RE.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
        for i in range(len(groups)):
            tot = 0
            for j in range(i, len(groups)):
                tot += groups[j][1] - groups[j][0]
                if tot > 19:
                    break
                if tot >= 13:
                    digs = "".join(text[a:b] for a, b in groups[i:j + 1])
                    if luhn_ok(digs) and not overlaps(groups[i][0], groups[j][1], regs):
                        out.append(("luhn", digs))
    return out


BAD_CHARS = re.compile(r'["\\\x00-\x1f\x7f]')


def validate(text, spans, policy=False):
    vals = [s["value"] for s in spans]
    for s in spans:
        v = s["value"]
        if BAD_CHARS.search(v):
            return "escapable char in value"
        if text.count(v) != vals.count(v):
            return "count mismatch %d/%d" % (text.count(v), vals.count(v))
        for w in vals:
            if w != v and v in w:
                return "nested values"
        if s["kind"] == "card":
            d = re.sub(r"\D", "", v)
            if not luhn_ok(d) or not 13 <= len(d) <= 19 or d in PUBLISHED_TEST_CARDS:
                return "bad card"
        if s["kind"] == "email" and not EMAIL_RE.fullmatch(v):
            return "bad email"
        if s["kind"] == "api_key" and re.match(r"(gh[pousr]|npm)_", v) and not crc_token_ok(v):
            return "bad checksum"
        if s["kind"] == "email" and re.search(r"example\.(com|org|net)$", v):
            return "doc domain"
    if not policy and stray(text, labelled_regions(text, spans)):
        return "stray"
    return None


# ----------------------------------------------------------------------------------------------
# composition
# ----------------------------------------------------------------------------------------------

CHAT_PLAN = [("p", 95), ("e", 58), ("c", 142), ("k", 50), ("pe", 22)]
WRAP_P = 0.34


def make_line(fn, policy=False, neg=False):
    for _ in range(200):
        if neg:
            text, lang = fn()
            b = B()
            genre = "n_" + fn.__name__[2:]
        elif isinstance(fn, str):
            text, b, genre, lang = chat(fn)
        else:
            b = B()
            text, lang = fn(b)
            genre = fn.__name__
        if chance(WRAP_P):
            name, wf, _ = wpick(WRAPPERS)
            text = wf(text)
            genre += "@" + name
        if validate(text, b.spans, policy) is None:
            return {"text": text, "spans": b.spans, "genre": genre, "lang": lang, "known": {"names": [], "emails": list(b.known), "ids": []}}
    raise RuntimeError("could not draw a valid line for %r" % (fn,))


def build():
    R.seed(SEED)
    lines = []
    for key, n in CHAT_PLAN:
        for _ in range(n):
            lines.append(make_line(key))
    for fn, n in TECH:
        for _ in range(n):
            lines.append(make_line(fn))
    for _ in range(N_POLICY):
        lines.append(make_line(n_policy, policy=True, neg=True))
    for fn, n in NEGS:
        for _ in range(n):
            lines.append(make_line(fn, neg=True))
    R.shuffle(lines)
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


def stats(data):
    rows = [json.loads(l) for l in data.splitlines()]
    kinds, shapes, genres, langs, wraps = {}, {}, {}, {}, {}
    pos = neg = 0
    for r in rows:
        if r["spans"]:
            pos += 1
        else:
            neg += 1
        g = r["genre"]
        base, _, w = g.partition("@")
        genres[base] = genres.get(base, 0) + 1
        if w:
            wraps[w] = wraps.get(w, 0) + 1
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        for s in r["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
            k2 = s["kind"] + ":" + s["shape"].split("_")[0] if s["kind"] != "api_key" else s["shape"].split("_")[0]
            shapes[k2] = shapes.get(k2, 0) + 1
    out = ["lines %d  positive %d  negative %d (policy %d)" % (len(rows), pos, neg, genres.get("n_policy", 0)),
           "spans %d  " % sum(kinds.values()) + "  ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)),
           "wrapped %d  " % sum(wraps.values()) + "  ".join("%s %d" % (k, wraps[k]) for k in sorted(wraps)),
           "languages %d  " % len(langs) + "  ".join("%s %d" % (k, langs[k]) for k in sorted(langs, key=lambda k: (-langs[k], k))),
           "genres  " + "  ".join("%s %d" % (k, genres[k]) for k in sorted(genres)),
           "shapes  " + "  ".join("%s %d" % (k, shapes[k]) for k in sorted(shapes))]
    return "\n".join(out)


def check(data):
    on_disk = open(OUT, encoding="utf-8").read()
    problems = []
    if on_disk != data:
        problems.append("holdout11.jsonl differs from a fresh regeneration")
    try:
        import phonenumbers  # noqa: only for --check
    except ImportError:
        phonenumbers = None
    nphone = nbadphone = 0
    for i, l in enumerate(on_disk.splitlines(), 1):
        r = json.loads(l)
        if set(r) != {"text", "spans", "genre", "lang", "known"}:
            problems.append("line %d: keys" % i)
        policy = r["genre"].startswith("n_policy")
        err = validate(r["text"], r["spans"], policy)
        if err:
            problems.append("line %d: %s" % (i, err))
        for s in r["spans"]:
            if s["kind"] not in ("email", "phone", "card", "api_key"):
                problems.append("line %d: kind" % i)
            if s["kind"] == "phone" and phonenumbers is not None:
                nphone += 1
                reg = s["shape"].split("_")[0]
                v = s["value"]
                num = "+" + v[2:] if v.startswith("00") else v
                try:
                    ok = phonenumbers.is_valid_number_for_region(phonenumbers.parse(num, reg), reg)
                except Exception:
                    ok = False
                if not ok:
                    nbadphone += 1
                    problems.append("line %d: phone not valid for %s" % (i, reg))
    print("lines checked: %d; phones validated with phonenumbers: %s" % (len(on_disk.splitlines()), "%d (%d invalid)" % (nphone, nbadphone) if phonenumbers else "skipped (not importable)"))
    return problems


def main():
    data = build()
    if "--stats" in sys.argv:
        print(stats(data))
        return
    if "--check" in sys.argv:
        problems = check(data)
        for p in problems[:50]:
            print("PROBLEM", p)
        print("OK: byte-identical regeneration, every line and value re-validated" if not problems else "FAILED: %d problems" % len(problems))
        sys.exit(1 if problems else 0)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %s (%d lines, sha256 %s)" % (OUT, data.count("\n"), hashlib.sha256(data.encode()).hexdigest()))


if __name__ == "__main__":
    main()
