#!/usr/bin/env python3
"""holdout15: an independent held-out set for ReplayRedaction (email, phone, card, api_key). Standard library only.

python3 make-holdout15.py            writes holdout15.jsonl
python3 make-holdout15.py --stats    prints the composition
python3 make-holdout15.py --check    regenerates in memory, compares byte for byte, re-validates every line
"""
import base64
import json
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
UPPER32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LOWER = "abcdefghijklmnopqrstuvwxyz"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- Luhn / cards

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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


# Published test / documentation card numbers (Stripe, Adyen, Braintree, PayPal, Worldpay docs). None may be drawn.
PUBLISHED_TEST_CARDS = [
    "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881", "4222222222222",
    "5555555555554444", "5200828282828210", "5105105105105100", "2223003122003222", "2223000048400011",
    "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
    "6011981111111113", "3056930009020004", "36227206271667", "30569309025904", "38520000023237",
    "3566002020360505", "3530111333300000", "6200000000000005", "6200000000000047", "6205500000000000004",
    "4000000000000002", "4000000000009995", "4000002500003155", "4000000000000077", "5454545454545454",
    "4917610000000000", "4988438843884305", "6759649826438453", "5019717010103742", "4035501000000008",
    "4571000000000001", "2222400070000005", "6703444444444449", "3700000000000002", "3600666633333344",
]

CARD_NETS = [
    # name, prefixes, lengths, weight
    ("visa", ["4"], [16], 30),
    ("visa", ["4"], [13], 2),
    ("visa", ["4"], [19], 2),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2229", "23", "24", "25", "26", "270", "271", "2720"], [16], 22),
    ("amex", ["34", "37"], [15], 10),
    ("discover", ["6011", "644", "645", "646", "647", "648", "649", "65"], [16], 6),
    ("discover", ["6011"], [19], 1),
    ("jcb", ["3528", "3529", "353", "354", "355", "356", "357", "358"], [16], 5),
    ("diners", ["300", "301", "302", "303", "304", "305", "3095", "36"], [14], 3),
    ("unionpay", ["620", "621", "622", "623", "624", "625", "626", "628"], [16, 19], 5),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [16, 18, 19], 4),
    ("mir", ["2200", "2201", "2202", "2203", "2204"], [16], 4),
    ("rupay", ["6521", "6522", "508", "607", "608", "817", "818"], [16], 3),
    ("elo", ["636368", "438935", "504175", "451416", "636297", "5067", "4576", "4011"], [16], 3),
    ("hipercard", ["606282"], [16], 2),
    ("troy", ["9792"], [16], 2),
    ("verve", ["5061", "5078", "6500"], [16, 19], 2),
    ("dankort", ["5019"], [16], 1),
]

CARD_GROUPS = {13: [4, 3, 3, 3], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 18: [4, 4, 4, 4, 2], 19: [4, 4, 4, 4, 3]}


def card(rng, net=None, style=None):
    """-> (value, shape, network)"""
    nets = [n for n in CARD_NETS if net is None or n[0] == net]
    total = sum(n[3] for n in nets)
    x = rng.random() * total
    for n in nets:
        x -= n[3]
        if x < 0:
            break
    name, prefixes, lengths, _ = n
    length = rng.choice(lengths)
    while True:
        p = rng.choice(prefixes)
        digits = luhn_complete(p + rdig(rng, length - len(p) - 1))
        if digits not in PUBLISHED_TEST_CARDS and len(set(digits[-8:])) > 2:
            break
    if style is None:
        style = rng.choice(["spaced", "spaced", "spaced", "plain", "plain", "dashed"])
    if style == "plain":
        v = digits
    else:
        sep = " " if style == "spaced" else "-"
        out, i = [], 0
        for g in CARD_GROUPS[length]:
            out.append(digits[i:i + g])
            i += g
        v = sep.join(out)
    return v, "%s%d_%s" % (name, length, style), name


# ---------------------------------------------------------------- phones
# Each block: (NSN prefixes, NSN length, national formats, international formats).
# 'N' = the next digit of the national significant number; everything else is literal.
NANP_NAT = ["(NNN) NNN-NNNN", "NNN-NNN-NNNN", "NNN.NNN.NNNN", "NNN NNN NNNN", "NNNNNNNNNN", "1-NNN-NNN-NNNN", "1 (NNN) NNN-NNNN"]
NANP_INT = ["+1 NNN-NNN-NNNN", "+1 (NNN) NNN-NNNN", "+1NNNNNNNNNN", "+1 NNN NNN NNNN", "+1.NNN.NNN.NNNN", "+1-NNN-NNN-NNNN"]

PHONES = {
    "US": [(["212", "415", "312", "617", "206", "303", "512", "404", "713", "305", "646", "718", "972", "480", "619", "202", "503", "612"], 10, NANP_NAT, NANP_INT)],
    "CA": [(["416", "647", "604", "514", "403", "613", "780", "905", "438", "778"], 10, NANP_NAT, NANP_INT)],
    "GB": [(["740", "741", "742", "743", "744", "746", "747", "748", "749", "751", "753", "754", "755", "756", "757", "758", "759", "770", "771", "772", "773", "774", "775", "776", "777", "790", "792", "794", "795", "796", "797", "798", "799"], 10, ["0NNNN NNNNNN", "0NNNN NNN NNN", "0NNNNNNNNNN"], ["+44 NNNN NNNNNN", "+44 (0)NNNN NNNNNN", "+44NNNNNNNNNN", "0044 NNNN NNNNNN", "+44 NNNN NNN NNN"]),
           (["203", "208"], 10, ["0NN NNNN NNNN", "(0NN) NNNN NNNN"], ["+44 NN NNNN NNNN", "+44 (0)NN NNNN NNNN"]),
           (["161", "1310", "1311", "1312", "1313", "1314", "1315", "1316", "1317", "1318", "1170", "1171", "1172", "1173", "1174", "1179"], 10, ["0NNN NNN NNNN", "(0NNN) NNN NNNN"], ["+44 NNN NNN NNNN", "+44 (0)NNN NNN NNNN"])],
    "DE": [(["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"], 11,
            ["0NNN NNNNNNNN", "0NNN-NNNNNNNN", "0NNN/NNNNNNNN", "0NNNNNNNNNNN", "0NNN NNN NNNNN", "0NNN / NNNN NNNN"],
            ["+49 NNN NNNNNNNN", "+49 (0)NNN NNNNNNNN", "+49NNNNNNNNNNN", "0049 NNN NNNNNNNN", "+49 NNN NNN NNNNN"]),
           (["30", "40", "89"], 10, ["0NN NNNNNNNN", "0NN/NNNN NNNN", "(0NN) NNNN NNNN", "0NN-NNNNNNNN", "0NN NNNN NNNN"], ["+49 NN NNNNNNNN", "+49 (0)NN NNNN NNNN", "+49 NN NNNN NNNN"]),
           (["221", "211", "711", "341"], 10, ["0NNN NNNNNNN", "0NNN/NNN NNNN", "(0NNN) NNN NNNN"], ["+49 NNN NNNNNNN", "+49 (0)NNN NNN NNNN"])],
    "AT": [(["664", "676", "650", "660", "699", "680"], 10, ["0NNN NNNNNNN", "0NNN/NNNNNNN", "0NNN NNN NNNN", "0NNNNNNNNNN"], ["+43 NNN NNNNNNN", "+43 (0)NNN NNN NNNN", "+43NNNNNNNNNN", "0043 NNN NNNNNNN"])],
    "CH": [(["76", "77", "78", "79"], 9, ["0NN NNN NN NN", "0NNNNNNNNN", "0NN/NNN NN NN"], ["+41 NN NNN NN NN", "+41 (0)NN NNN NN NN", "0041 NN NNN NN NN", "+41NNNNNNNNN"]),
           (["44", "31", "61", "22"], 9, ["0NN NNN NN NN"], ["+41 NN NNN NN NN"])],
    "FR": [(["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"], 9, ["0N NN NN NN NN", "0N.NN.NN.NN.NN", "0NNNNNNNNN", "0N-NN-NN-NN-NN", "0N NN NN NN NN"], ["+33 N NN NN NN NN", "+33 (0)N NN NN NN NN", "+33NNNNNNNNN", "0033 N NN NN NN NN", "+33 N NNNNNNNN"]),
           (["14", "15", "4", "50", "51", "52", "53", "54", "55", "56", "57", "58"], 9, ["0N NN NN NN NN", "0N.NN.NN.NN.NN"], ["+33 N NN NN NN NN", "+33 (0)N NN NN NN NN"])],
    "BE": [(["47", "48", "49"], 9, ["0NNN NN NN NN", "0NNN/NN.NN.NN", "0NNNNNNNNN", "0NNN NNN NNN"], ["+32 NNN NN NN NN", "+32 NNN NNNNNN", "+32NNNNNNNNN", "0032 NNN NN NN NN"]),
           (["22", "23", "24", "25", "26", "27", "28"], 8, ["0N NNN NN NN", "0N/NNN.NN.NN"], ["+32 N NNN NN NN"])],
    "NL": [(["61", "62", "63", "64", "65"], 9, ["0N-NNNNNNNN", "0N NNNN NNNN", "0N NN NN NN NN", "0NNNNNNNNN", "0N - NNN NNN NN"], ["+31 N NNNNNNNN", "+31 (0)N NNNN NNNN", "+31NNNNNNNNN", "0031 N NN NN NN NN", "+31 N NN NN NN NN"]),
           (["20", "10", "30"], 9, ["0NN-NNN NNNN", "0NN NNN NNNN", "0NN - NNN NN NN"], ["+31 NN NNN NNNN", "+31 (0)NN NNN NNNN"])],
    "IT": [(["320", "328", "329", "333", "338", "339", "340", "347", "348", "349", "366", "380", "388", "392", "393"], 10,
            ["NNN NNNNNNN", "NNN NNN NNNN", "NNNNNNNNNN", "NNN-NNNNNNN", "NNN.NNN.NNNN", "NNN/NNNNNNN"], ["+39 NNN NNN NNNN", "+39 NNN NNNNNNN", "+39NNNNNNNNNN", "0039 NNN NNNNNNN"]),
           (["02", "064", "065", "068"], 10, ["NN NNNNNNNN", "NN NNNN NNNN", "NN-NNNNNNNN", "NN/NNNNNNNN"], ["+39 NN NNNN NNNN", "+39 NN NNNNNNNN"]),
           (["011", "051", "055", "081"], 10, ["NNN NNNNNNN", "NNN-NNNNNNN", "NNN/NNN NNNN"], ["+39 NNN NNN NNNN", "+39 NNN NNNNNNN"])],
    "ES": [(["61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "72", "73", "74"], 9, ["NNN NN NN NN", "NNN NNN NNN", "NNNNNNNNN", "NNN-NN-NN-NN", "NNN-NNN-NNN"], ["+34 NNN NN NN NN", "+34 NNN NNN NNN", "+34NNNNNNNNN", "0034 NNN NNN NNN", "(+34) NNN NNN NNN"]),
           (["91", "93", "96", "95"], 9, ["NN NNN NN NN", "NNN NN NN NN"], ["+34 NN NNN NN NN", "+34 NNN NNN NNN"])],
    "PT": [(["91", "92", "93", "96"], 9, ["NNN NNN NNN", "NNNNNNNNN", "NNN-NNN-NNN"], ["+351 NNN NNN NNN", "+351NNNNNNNNN", "00351 NNN NNN NNN", "(+351) NNN NNN NNN"]),
           (["21", "22"], 9, ["NNN NNN NNN", "NN NNN NNNN"], ["+351 NNN NNN NNN"])],
    "IE": [(["83", "85", "86", "87", "89"], 9, ["0NN NNN NNNN", "0NN-NNNNNNN", "0NNNNNNNNN", "(0NN) NNN NNNN"], ["+353 NN NNN NNNN", "+353 (0)NN NNN NNNN", "+353NNNNNNNNN", "00353 NN NNN NNNN"]),
           (["1"], 8, ["(0N) NNN NNNN", "0N NNN NNNN", "0N-NNNNNNN"], ["+353 N NNN NNNN", "+353 (0)N NNN NNNN"])],
    "SE": [(["70", "72", "73", "76", "79"], 9, ["0NN-NNN NN NN", "0NN NNN NN NN", "0NNNNNNNNN", "0NN-NNNNNNN", "0NN NNN NNNN"], ["+46 NN NNN NN NN", "+46 (0)NN NNN NN NN", "+46NNNNNNNNN", "0046 NN NNN NN NN", "+46 NN-NNN NN NN"]),
           (["8"], 9, ["0N-NNN NNN NN", "0N NNN NNN NN", "0N-NN NN NN NN"], ["+46 N NNN NNN NN", "+46 N-NNN NNN NN"])],
    "NO": [(["40", "41", "46", "47", "48", "9"], 8, ["NNN NN NNN", "NN NN NN NN", "NNNNNNNN"], ["+47 NNN NN NNN", "+47 NN NN NN NN", "0047 NNNNNNNN", "+47NNNNNNNN"]),
           (["22", "23"], 8, ["NN NN NN NN"], ["+47 NN NN NN NN"])],
    "DK": [(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "42", "50", "51", "52", "53", "61", "71", "81", "91", "93"], 8, ["NN NN NN NN", "NNNN NNNN", "NNNNNNNN"], ["+45 NN NN NN NN", "+45NNNNNNNN", "0045 NN NN NN NN", "+45 NNNN NNNN"])],
    "FI": [(["40", "41", "44", "45", "46", "50"], 9, ["0NN NNN NNNN", "0NN-NNN NNNN", "0NNNNNNNNN", "0NN NNNNNNN", "0NN-NNNNNNN"], ["+358 NN NNN NNNN", "+358NNNNNNNNN", "+358 (0)NN NNN NNNN", "00358 NN NNN NNNN"]),
           (["91", "92", "93", "94", "95", "96", "97", "98"], 9, ["0N NNNN NNNN", "(0N) NNN NNNNN"], ["+358 N NNNN NNNN"])],
    "PL": [(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9, ["NNN NNN NNN", "NNN-NNN-NNN", "NNNNNNNNN"], ["+48 NNN NNN NNN", "+48NNNNNNNNN", "0048 NNN NNN NNN", "+48 NNN-NNN-NNN", "(+48) NNN NNN NNN"]),
           (["22", "12", "61", "71"], 9, ["NN NNN NN NN", "(NN) NNN NN NN", "NN NNN-NN-NN"], ["+48 NN NNN NN NN", "+48 (NN) NNN NN NN"])],
    "CZ": [(["601", "602", "603", "604", "605", "606", "607", "608", "72", "73", "77", "79"], 9, ["NNN NNN NNN", "NNNNNNNNN"], ["+420 NNN NNN NNN", "+420NNNNNNNNN", "00420 NNN NNN NNN", "+420 NNNNNNNNN"]),
           (["2"], 9, ["NNN NNN NNN", "NN NNN NNNN"], ["+420 NNN NNN NNN"])],
    "RO": [(["72", "73", "74", "75", "76", "780", "783", "784", "785", "786", "787", "788"], 9, ["0NNN NNN NNN", "0NNN.NNN.NNN", "0NNNNNNNNN", "0NNN-NNN-NNN"], ["+40 NNN NNN NNN", "+40NNNNNNNNN", "0040 NNN NNN NNN", "+40 NNN.NNN.NNN"]),
           (["21"], 9, ["0NN NNN NNNN", "0NN.NNN.NN.NN"], ["+40 NN NNN NNNN"])],
    "HU": [(["20", "30", "70"], 9, ["06 NN NNN NNNN", "06-NN-NNN-NNNN", "06NNNNNNNNN", "06 NN/NNN-NNNN", "06/NN/NNN-NNNN"], ["+36 NN NNN NNNN", "+36NNNNNNNNN", "+36 NN/NNN-NNNN", "0036 NN NNN NNNN", "+36-NN-NNN-NNNN"]),
           (["1"], 8, ["06 N NNN NNNN", "06-N-NNN-NNNN"], ["+36 N NNN NNNN", "+36 N/NNN-NNNN"])],
    "GR": [(["690", "693", "694", "695", "697", "698", "699"], 10, ["NNN NNN NNNN", "NNNNNNNNNN", "NNN NNNNNNN", "NNN-NNN-NNNN"], ["+30 NNN NNN NNNN", "+30NNNNNNNNNN", "0030 NNN NNN NNNN", "+30 NNNNNNNNNN"]),
           (["210", "231"], 10, ["NNN NNN NNNN", "NNN NNNNNNN"], ["+30 NNN NNN NNNN"])],
    "TR": [(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"], 10,
            ["0NNN NNN NN NN", "0 NNN NNN NN NN", "0NNNNNNNNNN", "0(NNN) NNN NN NN", "0NNN-NNN-NNNN", "NNN NNN NN NN"], ["+90 NNN NNN NN NN", "+90 (NNN) NNN NN NN", "+90NNNNNNNNNN", "0090 NNN NNN NNNN", "+90 NNN NNN NNNN"]),
           (["212", "216", "312"], 10, ["0NNN NNN NN NN", "(0NNN) NNN NN NN", "0 (NNN) NNN NN NN"], ["+90 NNN NNN NN NN", "+90 (NNN) NNN NN NN"])],
    "RU": [(["903", "905", "906", "909", "910", "915", "916", "917", "919", "921", "925", "926", "929", "960", "965", "977", "985", "999"], 10,
            ["8 (NNN) NNN-NN-NN", "8NNNNNNNNNN", "8 NNN NNN NN NN", "8-NNN-NNN-NN-NN", "8 (NNN) NNN NN NN", "8NNN NNN-NN-NN"], ["+7 (NNN) NNN-NN-NN", "+7 NNN NNN-NN-NN", "+7NNNNNNNNNN", "+7 NNN NNN NN NN", "+7-NNN-NNN-NN-NN", "+7(NNN)NNN-NN-NN"]),
           (["495", "499", "812"], 10, ["8 (NNN) NNN-NN-NN", "8 (NNN) NNN NN NN"], ["+7 (NNN) NNN-NN-NN", "+7 NNN NNN-NN-NN"])],
    "UA": [(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9,
            ["0NN NNN NN NN", "0NN-NNN-NN-NN", "(0NN) NNN-NN-NN", "0NNNNNNNNN", "0NN NNN NNNN", "0NN NNN-NN-NN"], ["+380 NN NNN NN NN", "+380 (NN) NNN-NN-NN", "+380NNNNNNNNN", "+38 (0NN) NNN-NN-NN", "+38 0NN NNN NN NN", "+380 NN NNN NNNN"]),
           (["44"], 9, ["(0NN) NNN-NN-NN", "0NN NNN NN NN"], ["+380 NN NNN NN NN", "+380 (NN) NNN-NN-NN"])],
    "IL": [(["500", "502", "503", "504", "505", "506", "507", "508", "509", "520", "522", "523", "524", "525", "526", "527", "528", "529", "53", "542", "543", "544", "545", "546", "547", "548", "549", "552", "559"], 9, ["0NN-NNN-NNNN", "0NN-NNNNNNN", "0NNNNNNNNN", "0NN NNN NNNN", "0NN-NNN-NN-NN"], ["+972 NN-NNN-NNNN", "+972-NN-NNNNNNN", "+972NNNNNNNNN", "+972 NN NNN NNNN", "00972-NN-NNN-NNNN"]),
           (["3", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29"], 8, ["0N-NNN-NNNN", "0N-NNNNNNN"], ["+972 N-NNN-NNNN", "+972-N-NNNNNNN"])],
    "AE": [(["50", "52", "54", "55", "56", "58"], 9, ["0NN NNN NNNN", "0NN-NNN-NNNN", "0NNNNNNNNN", "0NN NNNNNNN"], ["+971 NN NNN NNNN", "+971NNNNNNNNN", "00971 NN NNN NNNN", "+971-NN-NNN-NNNN", "+971 NN NNNNNNN"]),
           (["42", "43", "44", "45", "46", "47", "48"], 8, ["0N NNN NNNN", "0N-NNN NNNN"], ["+971 N NNN NNNN"])],
    "SA": [(["50", "53", "54", "55", "56", "59"], 9, ["0NN NNN NNNN", "0NNNNNNNNN", "0NN-NNN-NNNN"], ["+966 NN NNN NNNN", "+966NNNNNNNNN", "00966 NN NNN NNNN", "+966 NN NNNNNNN"])],
    "EG": [(["10", "11", "12", "15"], 10, ["0NNN NNN NNNN", "0NNNNNNNNNN", "0NNN-NNN-NNNN", "0NNN NNNNNNN"], ["+20 NN NNNN NNNN", "+20NNNNNNNNNN", "0020 NNN NNN NNNN", "+20 NNN NNN NNNN"])],
    "MA": [(["61", "62", "65", "66", "67", "680", "681", "682", "684", "687", "688", "689", "70", "77"], 9, ["0NNN-NNNNNN", "0N NN NN NN NN", "0NNNNNNNNN", "0NNN NN NN NN"], ["+212 NNN-NNNNNN", "+212 N NN NN NN NN", "+212NNNNNNNNN", "00212 NNN NNNNNN"])],
    "IN": [(["98", "99", "97", "96", "95", "94", "93", "91", "90", "89", "88", "87", "86", "85", "84", "83", "82", "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62"], 10,
            ["NNNNN NNNNN", "NNNNNNNNNN", "0NNNNNNNNNN", "0NNNNN NNNNN", "NNNNN-NNNNN", "NNN NNN NNNN"], ["+91 NNNNN NNNNN", "+91-NNNNNNNNNN", "+91NNNNNNNNNN", "+91 NNNNN-NNNNN", "0091 NNNNN NNNNN", "+91 NNNNNNNNNN"]),
           (["112", "113", "114", "115", "116", "117", "222", "223", "224", "225", "226", "227", "229"], 10, ["0NN-NNNN NNNN", "0NN NNNNNNNN", "0NN-NNNNNNNN"], ["+91 NN NNNN NNNN", "+91-NN-NNNNNNNN"]),
           (["80", "402", "403", "404", "405", "406", "407", "442", "443", "444", "445", "446", "447"], 10, ["0NN-NNNN NNNN", "0NN NNNNNNNN"], ["+91 NN NNNN NNNN"])],
    "PK": [(["300", "301", "302", "303", "305", "306", "307", "308", "309", "310", "312", "313", "315", "321", "322", "331", "333", "334", "336", "345", "346", "347"], 10,
            ["0NNN NNNNNNN", "0NNN-NNNNNNN", "0NNNNNNNNNN"], ["+92 NNN NNNNNNN", "+92NNNNNNNNNN", "+92-NNN-NNNNNNN", "0092 NNN NNNNNNN"])],
    "BD": [(["13", "14", "15", "16", "17", "18", "19"], 10, ["0NNNN-NNNNNN", "0NNNNNNNNNN", "0NNNN NNNNNN"], ["+880 NNNN-NNNNNN", "+880NNNNNNNNNN", "+880 NNNN NNNNNN"])],
    "IR": [(["912", "919", "935", "936", "937", "901", "902", "990", "917", "921"], 10, ["0NNN NNN NNNN", "0NNNNNNNNNN", "0NNN-NNN-NNNN"], ["+98 NNN NNN NNNN", "+98NNNNNNNNNN", "0098 NNN NNN NNNN"])],
    "JP": [(["90", "80", "70"], 10, ["0NN-NNNN-NNNN", "0NNNNNNNNNN", "0NN NNNN NNNN", "0NN(NNNN)NNNN"], ["+81 NN-NNNN-NNNN", "+81 NN NNNN NNNN", "+81NNNNNNNNNN", "+81-NN-NNNN-NNNN", "+81 (0)NN-NNNN-NNNN"]),
           (["3", "6"], 9, ["0N-NNNN-NNNN", "0N NNNN NNNN", "(0N) NNNN-NNNN", "0N(NNNN)NNNN"], ["+81 N-NNNN-NNNN", "+81 N NNNN NNNN", "+81-N-NNNN-NNNN"]),
           (["45", "52", "92", "75"], 9, ["0NN-NNN-NNNN", "0NN(NNN)NNNN"], ["+81 NN-NNN-NNNN"])],
    "KR": [(["100", "101", "102", "103", "104", "106", "107", "108", "109"], 10, ["0NN-NNNN-NNNN", "0NN NNNN NNNN", "0NNNNNNNNNN", "0NN.NNNN.NNNN"], ["+82 NN-NNNN-NNNN", "+82-NN-NNNN-NNNN", "+82 NN NNNN NNNN", "+82NNNNNNNNNN", "+82 (0)NN-NNNN-NNNN"]),
           (["2"], 9, ["0N-NNNN-NNNN", "0N NNNN NNNN", "(0N) NNNN-NNNN"], ["+82 N-NNNN-NNNN", "+82-N-NNNN-NNNN"]),
           (["31", "51"], 10, ["0NN-NNNN-NNNN"], ["+82 NN-NNNN-NNNN"])],
    "CN": [(["138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186", "187", "188", "177", "199", "133", "189", "180", "182", "183", "185", "176"], 11,
            ["NNN NNNN NNNN", "NNNNNNNNNNN", "NNN-NNNN-NNNN", "NNNNNNN NNNN"], ["+86 NNN NNNN NNNN", "+86 NNNNNNNNNNN", "+86-NNN-NNNN-NNNN", "0086 NNN NNNN NNNN", "+86NNNNNNNNNNN", "(+86) NNN-NNNN-NNNN"]),
           (["106", "108", "105", "216", "213", "215", "218", "28"], 10, ["0NN-NNNNNNNN", "(0NN) NNNN NNNN", "0NN NNNN NNNN", "0NN-NNNN NNNN"], ["+86 NN NNNN NNNN", "+86-NN-NNNNNNNN"]),
           (["755", "571"], 11, ["0NNN-NNNNNNNN", "(0NNN) NNNN NNNN"], ["+86 NNN NNNN NNNN"])],
    "TW": [(["91", "92", "93", "95", "96", "97", "98", "90"], 9, ["0NNN-NNN-NNN", "0NNN NNN NNN", "0NNNNNNNNN", "0NNN-NNNNNN"], ["+886 NNN NNN NNN", "+886-NNN-NNN-NNN", "+886NNNNNNNNN", "+886 NNN-NNN-NNN", "+886 (0)NNN-NNN-NNN"]),
           (["22", "23", "24", "25", "26", "27", "28"], 9, ["(0N) NNNN-NNNN", "0N-NNNN-NNNN", "0N NNNN NNNN"], ["+886 N NNNN NNNN", "+886-N-NNNN-NNNN"])],
    "HK": [(["60", "61", "63", "64", "65", "69", "90", "94", "96", "97"], 8, ["NNNN NNNN", "NNNNNNNN", "NNNN-NNNN"], ["+852 NNNN NNNN", "+852-NNNN-NNNN", "+852NNNNNNNN", "(852) NNNN NNNN", "+852 NNNNNNNN"]),
           (["21", "23", "24", "25", "26", "27", "28", "29"], 8, ["NNNN NNNN", "NNNN-NNNN"], ["+852 NNNN NNNN", "(852) NNNN NNNN"])],
    "SG": [(["8", "90", "91", "92", "93", "94", "95", "96", "97", "98"], 8, ["NNNN NNNN", "NNNNNNNN", "NNNN-NNNN"], ["+65 NNNN NNNN", "+65NNNNNNNN", "+65-NNNN-NNNN", "(+65) NNNN NNNN"]),
           (["61", "62", "63", "64", "65", "67", "68"], 8, ["NNNN NNNN"], ["+65 NNNN NNNN", "+65 NNNNNNNN"])],
    "AU": [(["40", "41", "42", "43", "440", "444", "447", "448", "449", "450", "451", "452", "454", "455", "456", "457", "458", "459", "46", "470", "472", "473", "474", "475", "476", "477", "478", "480", "481", "482", "484", "485", "486", "487", "488", "489"], 9, ["0NNN NNN NNN", "0NNNNNNNNN", "0NNN-NNN-NNN", "0NNN NNNNNN"], ["+61 NNN NNN NNN", "+61NNNNNNNNN", "+61 (0)NNN NNN NNN", "+61 NNNNNNNNN"]),
           (["29", "28", "39", "73", "860", "861", "862", "863", "864", "865", "866", "867", "868"], 9, ["(0N) NNNN NNNN", "0N NNNN NNNN", "0N-NNNN-NNNN"], ["+61 N NNNN NNNN", "+61 (0)N NNNN NNNN"])],
    "NZ": [(["21", "22", "27"], 9, ["0NN NNN NNNN", "0NNNNNNNNN", "0NN-NNN-NNNN", "0NN NNNNNNN"], ["+64 NN NNN NNNN", "+64NNNNNNNNN", "+64 (0)NN NNN NNNN"]),
           (["90", "92", "93", "94", "95", "96", "97", "98", "99", "42", "43", "44", "45", "46", "47", "48", "49", "32", "33", "34", "35", "36", "37", "39"], 8, ["(0N) NNN NNNN", "0N NNN NNNN", "0N-NNN NNNN"], ["+64 N NNN NNNN", "+64 (0)N NNN NNNN"])],
    "ZA": [(["60", "61", "71", "72", "73", "74", "76", "79", "81", "82", "83", "84"], 9, ["0NN NNN NNNN", "0NNNNNNNNN", "0NN-NNN-NNNN", "0NN NNN NN NN"], ["+27 NN NNN NNNN", "+27NNNNNNNNN", "0027 NN NNN NNNN", "+27 (0)NN NNN NNNN"]),
           (["11", "21", "31"], 9, ["0NN NNN NNNN", "(0NN) NNN NNNN"], ["+27 NN NNN NNNN"])],
    "NG": [(["803", "806", "813", "816", "703", "706", "810", "814", "903", "805", "807", "815", "811", "905"], 10, ["0NNN NNN NNNN", "0NNNNNNNNNN", "0NNN-NNN-NNNN", "0NNNNNNN NNN"], ["+234 NNN NNN NNNN", "+234NNNNNNNNNN", "+234 (0)NNN NNN NNNN", "+234-NNN-NNN-NNNN"])],
    "KE": [(["70", "71", "72", "74", "79", "11", "100", "101", "102", "103", "104", "105", "106", "107", "108"], 9, ["0NNN NNNNNN", "0NNN NNN NNN", "0NNNNNNNNN", "0NNN-NNNNNN"], ["+254 NNN NNNNNN", "+254 NNN NNN NNN", "+254NNNNNNNNN", "+254-NNN-NNNNNN"])],
    "PH": [(["905", "906", "915", "916", "917", "918", "919", "920", "921", "927", "928", "929", "939", "945", "947", "949", "956", "961", "966", "977", "995", "998"], 10,
            ["0NNN NNN NNNN", "0NNN-NNN-NNNN", "0NNNNNNNNNN", "(0NNN) NNN NNNN"], ["+63 NNN NNN NNNN", "+63NNNNNNNNNN", "+63 NNN-NNN-NNNN", "+63 (NNN) NNN NNNN"]),
           (["23", "24", "25", "26", "27", "28"], 9, ["(0N) NNNN NNNN", "0N-NNNN-NNNN"], ["+63 N NNNN NNNN"])],
    "ID": [(["812", "813", "821", "822", "852", "853", "811", "817", "818", "819", "859", "877", "878", "896", "897", "898", "899", "856", "857", "858", "815", "816", "855", "838", "831", "832", "833", "895"], 11,
            ["0NNN-NNNN-NNNN", "0NNN NNNN NNNN", "0NNNNNNNNNNN", "0NNN NNNNNNNN"], ["+62 NNN-NNNN-NNNN", "+62 NNN NNNN NNNN", "+62NNNNNNNNNNN", "+62 NNNNNNNNNNN"]),
           (["812", "813", "821", "857", "878"], 10, ["0NNN-NNNN-NNN", "0NNN NNN NNNN", "0NNNNNNNNNN"], ["+62 NNN NNN NNNN", "+62NNNNNNNNNN"]),
           (["21"], 10, ["(0NN) NNNN NNNN", "0NN-NNNNNNNN"], ["+62 NN NNNN NNNN", "+62 NN-NNNN-NNNN"])],
    "MY": [(["12", "13", "142", "143", "145", "146", "147", "148", "149", "16", "17", "19"], 9, ["0NN-NNN NNNN", "0NN-NNNNNNN", "0NNNNNNNNN", "0NN NNN NNNN"], ["+60 NN-NNN NNNN", "+60NNNNNNNNN", "+60 NN NNN NNNN", "+60 NN-NNNNNNN"]),
           (["111", "112", "113", "114", "115", "116"], 10, ["0NN-NNNN NNNN", "0NN NNNN NNNN"], ["+60 NN-NNNN NNNN", "+60NNNNNNNNNN"])],
    "TH": [(["81", "82", "83", "84", "85", "86", "87", "88", "89", "61", "62", "63", "64", "65", "91", "92", "93", "94", "95", "96", "97", "98", "99"], 9,
            ["0NN-NNN-NNNN", "0NN NNN NNNN", "0NNNNNNNNN", "0NN-NNNNNNN"], ["+66 NN NNN NNNN", "+66NNNNNNNNN", "+66 NN-NNN-NNNN", "+66 (0)NN NNN NNNN"]),
           (["2"], 8, ["0N-NNN-NNNN", "0N NNN NNNN", "0NNNNNNNN"], ["+66 N NNN NNNN", "+66 N-NNN-NNNN"])],
    "VN": [(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88"], 9,
            ["0NNN NNN NNN", "0NN NNN NNNN", "0NNNNNNNNN", "0NNN.NNN.NNN", "0NNN-NNN-NNN"], ["+84 NN NNN NNNN", "+84NNNNNNNNN", "+84 NNN NNN NNN", "(+84) NNN NNN NNN"]),
           (["242", "243", "244", "245", "246", "247", "248", "282", "283", "284", "285", "286", "287", "288", "289"], 10, ["0NN NNNN NNNN", "(0NN) NNNN NNNN", "0NN.NNNN.NNNN"], ["+84 NN NNNN NNNN"])],
    "MX": [(["55", "33", "81"], 10, ["NN NNNN NNNN", "NNNNNNNNNN", "(NN) NNNN NNNN", "NN-NNNN-NNNN", "NN NN NN NN NN"], ["+52 NN NNNN NNNN", "+52NNNNNNNNNN", "+52 (NN) NNNN-NNNN", "+52 NN NN NN NN NN"]),
           (["222", "442", "664", "999", "477"], 10, ["NNN NNN NNNN", "(NNN) NNN NNNN", "NNN-NNN-NNNN", "NNNNNNNNNN"], ["+52 NNN NNN NNNN", "+52NNNNNNNNNN", "+52 (NNN) NNN NNNN"])],
    "CO": [(["300", "301", "304", "310", "311", "312", "313", "314", "315", "316", "317", "318", "319", "320", "321", "350", "351"], 10,
            ["NNN NNN NNNN", "NNNNNNNNNN", "NNN-NNN-NNNN", "NNN NNNNNNN", "NNN NNN NN NN"], ["+57 NNN NNN NNNN", "+57NNNNNNNNNN", "+57 NNN NNNNNNN", "(+57) NNN NNN NNNN"]),
           (["601", "6042", "6043", "6044", "6045", "6046", "6047", "6048", "6049"], 10, ["(NNN) NNN NNNN", "NNN NNN NNNN"], ["+57 NNN NNN NNNN", "+57 (NNN) NNNNNNN"])],
    "AR": [(["112", "113", "114", "115", "116"], 10, ["0NN 15-NNNN-NNNN", "0NN 15 NNNN-NNNN", "NN 15-NNNN-NNNN", "(0NN) 15-NNNN-NNNN"], ["+54 9 NN NNNN-NNNN", "+549NNNNNNNNNN", "+54 9 NN NNNN NNNN", "+54 9 NN-NNNN-NNNN"]),
           (["3514", "3515", "3415", "2214"], 10, ["0NNN 15-NNN-NNNN", "(0NNN) 15-NNN-NNNN"], ["+54 9 NNN NNN-NNNN", "+549NNNNNNNNNN"])],
    "CL": [(["98", "990", "993", "994", "995", "996", "997", "998", "999", "95", "94", "930", "931", "932", "933", "934", "935", "936", "937", "938", "939", "92"], 9, ["N NNNN NNNN", "NNNNNNNNN", "N-NNNN-NNNN"], ["+56 N NNNN NNNN", "+56NNNNNNNNN", "+56 N NNNNNNNN", "(+56) N NNNN NNNN"]),
           (["22"], 9, ["NN NNN NNNN", "(NN) NNN NNNN"], ["+56 NN NNN NNNN", "+56 N NNNN NNNN"])],
    "PE": [(["91", "92", "93", "94", "95", "96", "97", "98", "99"], 9, ["NNN NNN NNN", "NNNNNNNNN", "NNN-NNN-NNN"], ["+51 NNN NNN NNN", "+51NNNNNNNNN", "(+51) NNN NNN NNN", "+51 NNN-NNN-NNN"]),
           (["10", "11", "12", "13", "14", "15", "16", "17", "18"], 8, ["(0N) NNN NNNN", "0N NNN NNNN"], ["+51 N NNN NNNN"])],
    "BR": [(["119", "219", "319", "419", "519", "619", "719", "819", "199", "489", "859", "629"], 11, ["(NN) NNNNN-NNNN", "NN NNNNN-NNNN", "(NN)NNNNN-NNNN", "NNNNNNNNNNN", "NN NNNNNNNNN", "(0NN) NNNNN-NNNN", "(NN) N NNNN-NNNN"],
            ["+55 NN NNNNN-NNNN", "+55 (NN) NNNNN-NNNN", "+55NNNNNNNNNNN", "+55 NN NNNNNNNNN", "+55 (NN) N NNNN-NNNN"]),
           (["112", "113", "213", "313", "413", "513", "613"], 10, ["(NN) NNNN-NNNN", "NN NNNN-NNNN"], ["+55 NN NNNN-NNNN", "+55 (NN) NNNN-NNNN"])],
}

# Subscriber constraints per region: a callable(nsn) -> bool.
def _nanp_ok(nsn):
    ex = nsn[3:6]
    return ex[0] in "23456789" and ex[1:] != "11" and ex != "555"


PHONE_OK = {"US": _nanp_ok, "CA": _nanp_ok}


def phone(rng, region, form=None, ext=False):
    """-> (value, shape). form: 'nat' | 'intl'."""
    blocks = PHONES[region]
    # Mobile block (first) twice as likely as any other.
    weights = [3] + [1] * (len(blocks) - 1)
    if ext and len(blocks) > 1:
        weights[0] = 0  # extensions belong to landlines (NANP has no separate mobile block)
    b = rng.choices(blocks, weights=weights)[0]
    prefixes, n, nat, intl = b
    if form is None:
        form = "nat" if rng.random() < 0.6 else "intl"
    fmts = nat if form == "nat" else intl
    while True:
        p = rng.choice(prefixes)
        rest = n - len(p)
        nsn = p + rng.choice("123456789") + rdig(rng, rest - 1)
        if len(set(nsn[len(p):])) < 3:
            continue
        ok = PHONE_OK.get(region)
        if ok is None or ok(nsn):
            break
    f = rng.choice(fmts)
    assert f.count("N") == n, (region, f, n)
    it = iter(nsn)
    v = "".join(next(it) if ch == "N" else ch for ch in f)
    shape = "%s_%s" % (region, form)
    if ext:
        v += rng.choice([" ext. ", " x", " ext ", " Ext. "]) + rdig(rng, rng.choice([3, 4]))
        shape += "_ext"
    return v, shape


# ---------------------------------------------------------------- API keys

def _b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_checksummed(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + _b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_checksum_ok(token):
    i = token.index("_") + 1
    body, cs = token[i:i + 30], token[i + 30:]
    return len(cs) == 6 and _b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == cs


def _jwt(rng, payload):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + rs(rng, B64URL, 43)


def _mapbox(rng):
    user = rng.choice(["geo-team", "ridelogix", "mapsdev", "atlas-ops", "fieldkit"])
    pl = json.dumps({"u": user, "a": rs(rng, LOWER + "0123456789", 25)}, separators=(",", ":")).encode()
    return "sk." + base64.urlsafe_b64encode(pl).decode().rstrip("=") + "." + rs(rng, B64URL, 22)


def _discord(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 * 9))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38)


# name -> (provider display name, env var, generator)
PROVIDER_KEYS = {
    "openai_proj": ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)),
    "openai_legacy": ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)),
    "openai_svcacct": ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)),
    "anthropic": ("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"),
    "anthropic_admin": ("Anthropic", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA"),
    "github_ghp": ("GitHub", "GITHUB_TOKEN", lambda r: gh_checksummed(r, "ghp_")),
    "github_gho": ("GitHub", "GH_OAUTH_TOKEN", lambda r: gh_checksummed(r, "gho_")),
    "github_ghs": ("GitHub", "GITHUB_APP_TOKEN", lambda r: gh_checksummed(r, "ghs_")),
    "github_ghu": ("GitHub", "GH_USER_TOKEN", lambda r: gh_checksummed(r, "ghu_")),
    "github_pat": ("GitHub", "GITHUB_PAT", lambda r: "github_pat_11" + rs(r, UPPER32[:26] + "0123456789", 20) + "_" + rs(r, ALNUM, 59)),
    "gitlab": ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, B64URL, 20)),
    "npm": ("npm", "NPM_TOKEN", lambda r: gh_checksummed(r, "npm_")),
    "pypi": ("PyPI", "TWINE_PASSWORD", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 160)),
    "aws": ("AWS", "AWS_ACCESS_KEY_ID", lambda r: r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, UPPER32, 16)),
    "aws_secret": ("AWS", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, B64, 40)),
    "google": ("Google", "GOOGLE_API_KEY", lambda r: "AIza" + rs(r, B64URL, 35)),
    "google_oauth_secret": ("Google", "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + rs(r, B64URL, 28)),
    "stripe_live": ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + rs(r, ALNUM, r.choice([24, 99]))),
    "stripe_restricted": ("Stripe", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + rs(r, ALNUM, 99)),
    "stripe_whsec": ("Stripe", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, ALNUM, 32)),
    "slack_bot": ("Slack", "SLACK_BOT_TOKEN", lambda r: "xoxb-" + rdig(r, 12) + "-" + rdig(r, 13) + "-" + rs(r, ALNUM, 24)),
    "slack_user": ("Slack", "SLACK_USER_TOKEN", lambda r: "xoxp-" + rdig(r, 12) + "-" + rdig(r, 12) + "-" + rdig(r, 13) + "-" + rs(r, HEX, 32)),
    "sendgrid": ("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)),
    "mailgun": ("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + rs(r, HEX, 32)),
    "huggingface": ("Hugging Face", "HF_TOKEN", lambda r: "hf_" + rs(r, LETTERS, 34)),
    "shopify": ("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32)),
    "digitalocean": ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, HEX, 64)),
    "groq": ("Groq", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, ALNUM, 52)),
    "replicate": ("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, ALNUM, 37)),
    "perplexity": ("Perplexity", "PERPLEXITY_API_KEY", lambda r: "pplx-" + rs(r, ALNUM, 48)),
    "xai": ("xAI", "XAI_API_KEY", lambda r: "xai-" + rs(r, ALNUM, 80)),
    "openrouter": ("OpenRouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + rs(r, HEX, 64)),
    "linear": ("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, ALNUM, 40)),
    "notion": ("Notion", "NOTION_TOKEN", lambda r: "ntn_" + rdig(r, 11) + rs(r, ALNUM, 35)),
    "atlassian": ("Atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 171) + "=" + rs(r, "0123456789ABCDEF", 8)),
    "postman": ("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)),
    "databricks": ("Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + rs(r, HEX, 32)),
    "doppler": ("Doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + rs(r, ALNUM, 43)),
    "mapbox": ("Mapbox", "MAPBOX_SECRET_TOKEN", _mapbox),
    "telegram": ("Telegram", "TELEGRAM_BOT_TOKEN", lambda r: str(r.randint(10 ** 8, 8 * 10 ** 9)) + ":AA" + rs(r, B64URL, 33)),
    "discord": ("Discord", "DISCORD_BOT_TOKEN", _discord),
    "deepl": ("DeepL", "DEEPL_AUTH_KEY", lambda r: uuid4(r) + ":fx"),
    "elevenlabs": ("ElevenLabs", "ELEVENLABS_API_KEY", lambda r: "sk_" + rs(r, HEX, 48)),
    "supabase_sbp": ("Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + rs(r, HEX, 40)),
    "sentry_user": ("Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + rs(r, HEX, 64)),
    "figma": ("Figma", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, B64URL, 40)),
    "airtable": ("Airtable", "AIRTABLE_TOKEN", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64)),
    "grafana": ("Grafana", "GRAFANA_SERVICE_ACCOUNT_TOKEN", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8)),
    "square": ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rs(r, B64URL, 60)),
    "newrelic": ("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27)),
    "tailscale": ("Tailscale", "TS_AUTHKEY", lambda r: "tskey-auth-k" + rs(r, ALNUM, 11) + "CNTRL-" + rs(r, ALNUM, 33)),
    "pulumi": ("Pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + rs(r, HEX, 40)),
    "terraform": ("Terraform Cloud", "TF_TOKEN_app_terraform_io", lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)),
    "brevo": ("Brevo", "BREVO_API_KEY", lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16)),
    "supabase_jwt": ("Supabase", "SUPABASE_SERVICE_ROLE_KEY", lambda r: _jwt(r, {"iss": "supabase", "ref": rs(r, LOWER, 20), "role": "service_role", "iat": 1716000000 + r.randint(0, 9999999), "exp": 2031000000 + r.randint(0, 9999999)})),
}

# Label-only opaque keys: identifiable only by the variable/header/config name or the sentence.
OPAQUE_KEYS = {
    # shape -> (provider, env var, generator)
    "opaque_mistral": ("Mistral", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32)),
    "opaque_cohere": ("Cohere", "COHERE_API_KEY", lambda r: rs(r, ALNUM, 40)),
    "opaque_datadog": ("Datadog", "DD_API_KEY", lambda r: rs(r, HEX, 32)),
    "opaque_datadog_app": ("Datadog", "DD_APP_KEY", lambda r: rs(r, HEX, 40)),
    "opaque_twilio": ("Twilio", "TWILIO_AUTH_TOKEN", lambda r: rs(r, HEX, 32)),
    "opaque_algolia": ("Algolia", "ALGOLIA_ADMIN_API_KEY", lambda r: rs(r, HEX, 32)),
    "opaque_azure": ("Azure OpenAI", "AZURE_OPENAI_API_KEY", lambda r: rs(r, HEX, 32)),
    "opaque_heroku": ("Heroku", "HEROKU_API_KEY", uuid4),
    "opaque_vercel": ("Vercel", "VERCEL_TOKEN", lambda r: rs(r, ALNUM, 24)),
    "opaque_cloudflare": ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, B64URL, 40)),
    "opaque_openweather": ("OpenWeather", "OPENWEATHER_API_KEY", lambda r: rs(r, HEX, 32)),
    "opaque_tmdb": ("TMDB", "TMDB_API_KEY", lambda r: rs(r, HEX, 32)),
    "opaque_deepgram": ("Deepgram", "DEEPGRAM_API_KEY", lambda r: rs(r, HEX, 40)),
    "opaque_assemblyai": ("AssemblyAI", "ASSEMBLYAI_API_KEY", lambda r: rs(r, HEX, 32)),
    "opaque_zendesk": ("Zendesk", "ZENDESK_API_TOKEN", lambda r: rs(r, ALNUM, 40)),
    "opaque_plaid": ("Plaid", "PLAID_SECRET", lambda r: rs(r, HEX, 30)),
    "opaque_pinecone": ("Pinecone", "PINECONE_API_KEY", uuid4),
    "opaque_mailchimp": ("Mailchimp", "MAILCHIMP_API_KEY", lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(2, 21))),
    "opaque_bitly": ("Bitly", "BITLY_ACCESS_TOKEN", lambda r: rs(r, HEX, 40)),
    "opaque_auth0": ("Auth0", "AUTH0_CLIENT_SECRET", lambda r: rs(r, B64URL, 64)),
    "opaque_cloudinary": ("Cloudinary", "CLOUDINARY_API_SECRET", lambda r: rs(r, B64URL, 27)),
    "opaque_azure_storage": ("Azure Storage", "AZURE_STORAGE_KEY", lambda r: rs(r, B64, 86) + "=="),
    "opaque_generic_b64": ("internal", "INTERNAL_API_KEY", lambda r: rs(r, B64URL, 44)),
}


# How often each prefixed shape turns up relative to the rest (default 1): the big LLM and code-hosting providers dominate pastes.
KEY_WEIGHT = {"openai_proj": 10, "openai_legacy": 2, "openai_svcacct": 2, "anthropic": 8, "github_ghp": 6, "github_pat": 3, "github_gho": 1,
              "aws": 3, "google": 4, "stripe_live": 4, "huggingface": 3, "slack_bot": 2, "sendgrid": 2, "gitlab": 2, "groq": 2, "openrouter": 2,
              "npm": 2, "supabase_jwt": 2, "opaque_azure": 2, "opaque_mistral": 2}


def api_key(rng, shape=None, opaque=None):
    """-> (value, shape, provider, envvar)"""
    if shape is None:
        if opaque is None:
            opaque = rng.random() < 0.25
        table = OPAQUE_KEYS if opaque else PROVIDER_KEYS
        names = list(table)
        shape = rng.choices(names, weights=[KEY_WEIGHT.get(n, 1) for n in names])[0]
    table = OPAQUE_KEYS if shape in OPAQUE_KEYS else PROVIDER_KEYS
    prov, env, gen = table[shape]
    return gen(rng), shape, prov, env

# ---------------------------------------------------------------- human chat, per language
# {v} = the value; {a}/{b} = two values; {p} = provider name of an API key. A leading "§" marks a template in which the
# writer gives their own address (known.emails gets it).

LANGS = {
    "en": dict(
        n=86, regions=["US", "US", "US", "US", "US", "US", "GB", "GB", "GB", "CA", "CA", "AU", "NZ", "IE", "IN", "SG", "ZA", "NG", "KE", "PH"],
        mail=["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "proton.me", "aol.com", "comcast.net", "bigpond.com", "rediffmail.com", "hotmail.com", "live.com", "me.com", "sky.com", "xtra.co.nz", "yahoo.co.in", "mweb.co.za"],
        corp=["brightwave-analytics.com", "harlowandpike.co.uk", "northgate-logistics.com", "tidepoolhealth.org", "copperleaf.io", "mapleridge-dental.ca", "kestrelcap.com.au", "cs.stanford.edu", "ucl.ac.uk", "student.unimelb.edu.au", "mail.utoronto.ca", "iitb.ac.in"],
        names=(["emma", "olivia", "liam", "noah", "jack", "sophie", "daniel", "priya", "rahul", "chloe", "ethan", "grace", "marcus", "aisha", "tom", "hannah", "ryan", "megan", "chidi", "wanjiru"],
               ["smith", "johnson", "walker", "patel", "obrien", "nguyen", "brown", "taylor", "sharma", "okafor", "murphy", "clarke", "wilson", "kamau", "reyes", "hughes", "campbell", "lee"]),
        phone=["can you write a short text to my landlord saying I'll be a few days late with rent? he can reach me at {v} if he has questions",
               "My number is {v}, please add it to the contact section of my CV",
               "whats the proper way to format {v} on a business card",
               "Draft a reply to the recruiter: thanks, happy to chat Thursday afternoon, best number to reach me is {v}.",
               "my mom's new cell is {v} - can you help me write her a birthday message I can schedule",
               "pls update the emergency contact on the form: phone {v}, relationship brother",
               "I keep getting calls from {v} with nobody on the line. How do I block/report that?",
               "write a voicemail greeting for my small business, and mention the after-hours line {v}",
               "Is {v} a mobile or a landline? Got a missed call and no voicemail.",
               "For the Airbnb listing, add 'contact host: {v}' at the end of the description"],
        email=["§my email is {v}, can you write a signature block for me",
               "Write a polite follow-up to {v} - I sent the invoice two weeks ago and haven't heard back",
               "is {v} a valid email format? the signup form keeps rejecting it",
               "draft an email to {v} asking to reschedule our call to next week",
               "§For the job application use {v} as my contact address.",
               "got a weird email from {v} asking me to confirm my bank details. is this phishing??",
               "Can you turn this into a nice reply? the client's address is {v}, tell them the proofs are attached",
               "my professor's email is {v}, help me ask for an extension without sounding lazy"],
        card=["my card {v} got charged twice by the same merchant, help me write a dispute letter",
              "is this a valid card number? {v} exp 11/27",
              "fill in the booking form for me: card {v}, expiry 04/28",
              "Why would {v} get declined online when it works fine in stores?",
              "The gym keeps billing {v} even though I cancelled in March. Write a firm email please",
              "update my payment method in the letter to the utility company: new card number {v}"],
        api_key=["my {p} key is {v} and I keep getting 401, what am I doing wrong",
                 "I accidentally committed my {p} key {v} to a public repo. how bad is this and how do I rotate it?",
                 "here's the token: {v} - write me a python snippet that uses it to call the {p} API",
                 "can you check if this {p} API key looks right? {v}",
                 "Set up the config so it reads the key from an env var instead of hardcoding {v}",
                 "why does the {p} dashboard say my key {v} is invalid when I just created it"],
        combo=[("email", "phone", "Update my contact info on the resume: email {a}, mobile {b}"),
               ("phone", "email", "Can you write an out-of-office? For anything urgent call {a} or email {b}."),
               ("card", "phone", "the hotel wants card {a} to hold the room plus a phone number, use {b}"),
               ("api_key", "email", "our {p} key {a} was exposed in a screenshot - draft an incident note to {b}"),
               ("email", "card", "Write to billing at {a}: please refund the duplicate charge on card {b}")]),
    "de": dict(
        n=32, regions=["DE", "DE", "DE", "AT", "CH"],
        mail=["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "gmx.at", "bluewin.ch", "gmx.net", "freenet.de", "outlook.de"],
        corp=["hoffmann-bau.de", "kanzlei-berger.de", "steuerbuero-krause.de", "tum.de", "uni-koeln.de", "stud.uni-heidelberg.de", "alpenblick-hotel.at", "ethz.ch"],
        names=(["lena", "jonas", "katrin", "felix", "anna", "lukas", "sabine", "tobias", "julia", "markus", "miriam", "stefan"],
               ["schulz", "mueller", "becker", "wagner", "hofmann", "klein", "schneider", "weber", "krueger", "lehmann", "huber", "brunner"]),
        phone=["Kannst du mir eine kurze Nachricht an meinen Vermieter schreiben? Er soll mich unter {v} zurückrufen.",
               "meine neue Handynummer ist {v}, bitte in den Lebenslauf übernehmen",
               "Wie schreibt man {v} korrekt nach DIN 5008?",
               "Hab einen verpassten Anruf von {v}, weißt du ob das Spam ist?",
               "Bitte formuliere eine Abwesenheitsnotiz, in dringenden Fällen bin ich mobil unter {v} erreichbar.",
               "Schreib in die Einladung zum Elternabend: Rückfragen gern an {v}"],
        email=["§Meine Mailadresse ist {v} – kannst du mir eine Signatur basteln?",
               "Schreib bitte eine freundliche Erinnerung an {v}, die Rechnung ist seit drei Wochen offen.",
               "ist {v} überhaupt eine gültige Adresse? das Formular meckert immer",
               "Ich hab eine komische Mail von {v} bekommen, angeblich von meiner Bank. Phishing?",
               "Formulier mal eine Absage an {v}, aber nett"],
        card=["Meine Kreditkarte {v} wurde zweimal belastet, hilf mir bitte eine Reklamation zu schreiben",
              "Ist die Kartennummer {v} gültig? Ablaufdatum 09/27",
              "warum wird {v} online abgelehnt, im Laden geht sie aber?"],
        api_key=["Mein {p}-API-Key ist {v}, trotzdem kommt immer 401. Was mache ich falsch?",
                 "Ich hab aus Versehen meinen {p}-Key {v} in ein öffentliches Repo gepusht. Wie schlimm ist das?",
                 "Hier der Token: {v} – schreib mir bitte ein Python-Skript, das damit die {p}-API aufruft"],
        combo=[("email", "phone", "Bitte Kontaktdaten im Lebenslauf aktualisieren: E-Mail {a}, Handy {b}"),
               ("phone", "email", "Abwesenheitsnotiz: in dringenden Fällen {a} anrufen oder an {b} schreiben")]),
    "fr": dict(
        n=28, regions=["FR", "FR", "FR", "BE", "CH"],
        mail=["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr", "wanadoo.fr", "yahoo.fr", "skynet.be"],
        corp=["cabinet-moreau.fr", "boulangerie-lefevre.fr", "univ-lyon1.fr", "etu.sorbonne-universite.fr", "atelier-girard.be", "epfl.ch"],
        names=(["camille", "lucas", "manon", "hugo", "chloe", "julien", "ines", "thomas", "sarah", "nicolas"],
               ["martin", "bernard", "dubois", "moreau", "laurent", "girard", "lefevre", "roux", "fournier", "mercier"]),
        phone=["Tu peux m'écrire un petit mot pour la nounou ? Elle peut me joindre au {v} en cas de souci.",
               "mon nouveau numéro c'est le {v}, tu peux le mettre dans mon CV stp",
               "J'ai reçu un appel du {v} sans message, c'est du démarchage ?",
               "Rédige un message d'absence : en cas d'urgence, je suis joignable au {v}.",
               "comment on écrit {v} au format international ?"],
        email=["§Mon adresse mail est {v}, peux-tu me faire une signature pro ?",
               "Écris une relance polie à {v}, je n'ai toujours pas reçu le devis",
               "est-ce que {v} est une adresse valide ? le formulaire la refuse",
               "j'ai reçu un mail bizarre de {v} qui me demande mes codes, c'est une arnaque ?"],
        card=["Ma carte {v} a été débitée deux fois, aide-moi à rédiger une réclamation",
              "Le numéro de carte {v} est-il valide ? date d'expiration 03/28",
              "pourquoi ma carte {v} est refusée sur les sites mais marche en magasin"],
        api_key=["Ma clé API {p} c'est {v} et j'ai toujours une erreur 401, tu vois pourquoi ?",
                 "J'ai poussé ma clé {p} {v} par erreur sur un dépôt public, je fais quoi ?",
                 "voici le token {v}, écris-moi un script qui appelle l'API {p} avec"],
        combo=[("email", "phone", "Mets à jour mes coordonnées : mail {a}, portable {b}"),
               ("card", "phone", "l'hôtel veut la carte {a} pour garantir la chambre et un numéro de téléphone, mets le {b}")]),
    "es": dict(
        n=30, regions=["ES", "ES", "MX", "MX", "CO", "AR", "CL", "PE"],
        mail=["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx", "gmail.com", "outlook.com"],
        corp=["asesoria-navarro.es", "clinicadentalsol.com.mx", "ucm.es", "alumnos.unam.mx", "unal.edu.co", "constructora-pineda.cl"],
        names=(["lucia", "mateo", "sofia", "diego", "valentina", "javier", "camila", "alejandro", "paula", "andres"],
               ["garcia", "rodriguez", "martinez", "lopez", "hernandez", "gonzalez", "perez", "sanchez", "ramirez", "torres"]),
        phone=["¿Me ayudas a escribir un mensaje para el casero? Que me llame al {v} si tiene dudas",
               "mi número nuevo es el {v}, ponlo en el currículum porfa",
               "me llamaron del {v} y no dejaron mensaje, ¿sabes si es spam?",
               "Redacta un correo de fuera de oficina: para urgencias, al móvil {v}",
               "pásame este número a formato internacional: {v}",
               "ponme en la invitación del cumple: confirmar asistencia al {v} (whatsapp)"],
        email=["§Mi correo es {v}, hazme una firma para el email",
               "Escribe un recordatorio amable a {v}, la factura sigue sin pagar",
               "¿{v} es un correo válido? el formulario no me lo acepta",
               "me llegó un correo de {v} pidiendo mis datos del banco, ¿es fraude?"],
        card=["Me cobraron dos veces en la tarjeta {v}, ayúdame a redactar la reclamación",
              "¿Es válido este número de tarjeta? {v}, caduca 12/26",
              "por qué me rechazan la tarjeta {v} en internet si en tiendas funciona"],
        api_key=["Mi API key de {p} es {v} y me sigue dando 401, ¿qué hago mal?",
                 "Subí sin querer mi clave de {p} {v} a un repo público, ¿cómo la revoco?",
                 "te paso el token {v}, hazme un script en Python que llame a la API de {p}"],
        combo=[("email", "phone", "Actualiza mis datos de contacto: correo {a}, celular {b}"),
               ("phone", "email", "Para la reserva: teléfono {a} y correo {b}, a nombre de la empresa")]),
    "pt": dict(
        n=26, regions=["BR", "BR", "BR", "PT"],
        mail=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "sapo.pt", "terra.com.br", "outlook.com", "yahoo.com.br"],
        corp=["contabilidade-souza.com.br", "usp.br", "aluno.unicamp.br", "ulisboa.pt", "imobiliaria-costa.com.br"],
        names=(["joao", "maria", "pedro", "ana", "lucas", "beatriz", "gabriel", "larissa", "rafael", "juliana"],
               ["silva", "santos", "oliveira", "souza", "costa", "pereira", "almeida", "ferreira", "rodrigues", "carvalho"]),
        phone=["Pode escrever uma mensagem pro meu chefe avisando que vou me atrasar? Se precisar, me liga no {v}",
               "meu zap novo é {v}, atualiza no meu currículo pfv",
               "recebi ligação do {v} e ninguém falou nada, é golpe?",
               "O meu número de telemóvel é {v}, coloca na assinatura do email",
               "faz um cartaz de 'vende-se' pro carro, contato {v}"],
        email=["§Meu e-mail é {v}, cria uma assinatura profissional pra mim",
               "Escreve um lembrete educado para {v}, o boleto venceu semana passada",
               "o {v} é um endereço válido? o site não aceita",
               "recebi um email de {v} pedindo meus dados bancários, é phishing?"],
        card=["Cobraram duas vezes no meu cartão {v}, me ajuda a escrever a contestação",
              "Esse número de cartão é válido? {v} validade 08/29",
              "por que o cartão {v} é recusado nas compras online?"],
        api_key=["Minha chave da API do {p} é {v} e dá erro 401, o que tá errado?",
                 "Subi sem querer o token {v} num repositório público, e agora?"],
        combo=[("email", "phone", "Atualiza meus contatos no currículo: e-mail {a}, celular {b}"),
               ("phone", "email", "Pra confirmar a reserva: telefone {a}, email {b}")]),
    "it": dict(
        n=22, regions=["IT", "IT", "IT", "CH"],
        mail=["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it", "hotmail.it", "yahoo.it"],
        corp=["studio-ricci.it", "polimi.it", "studenti.unimi.it", "ferramenta-colombo.it", "unibo.it"],
        names=(["giulia", "marco", "francesca", "luca", "chiara", "alessandro", "martina", "davide", "sara", "matteo"],
               ["rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci", "marino", "greco"]),
        phone=["Mi scrivi un messaggio per il padrone di casa? Può richiamarmi al {v}",
               "il mio nuovo numero è {v}, aggiornalo nel curriculum",
               "Ho una chiamata persa dal {v}, sai se è un call center?",
               "Prepara una risposta automatica: per urgenze chiamatemi al {v}"],
        email=["§La mia mail è {v}, mi fai una firma?",
               "Scrivi un sollecito gentile a {v}, la fattura non è ancora stata pagata",
               "{v} è un indirizzo valido? il modulo lo rifiuta"],
        card=["Mi hanno addebitato due volte sulla carta {v}, aiutami a scrivere un reclamo",
              "Il numero di carta {v} è valido? scadenza 10/27"],
        api_key=["La mia chiave API di {p} è {v} ma ricevo sempre 401, cosa sbaglio?",
                 "ho pushato per sbaglio la chiave {p} {v} su un repo pubblico, come la revoco?"],
        combo=[("email", "phone", "Aggiorna i miei contatti: email {a}, cellulare {b}")]),
    "nl": dict(
        n=18, regions=["NL", "NL", "BE"],
        mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "telenet.be", "live.nl", "outlook.com"],
        corp=["bouwbedrijf-dejong.nl", "student.uva.nl", "tudelft.nl", "kapsalon-visser.nl", "kuleuven.be"],
        names=(["sanne", "daan", "lotte", "bram", "femke", "thijs", "eva", "ruben"], ["dejong", "jansen", "devries", "bakker", "visser", "smit", "meijer", "mulder"]),
        phone=["Kun je een berichtje voor de verhuurder schrijven? Hij kan me bellen op {v}",
               "mijn nieuwe nummer is {v}, zet het even in mijn cv",
               "Ik werd gebeld door {v}, is dat een bekend spamnummer?"],
        email=["§Mijn mailadres is {v}, kun je een handtekening maken?",
               "Schrijf een vriendelijke herinnering naar {v}, de factuur staat nog open",
               "is {v} wel een geldig adres? het formulier pakt het niet"],
        card=["Mijn creditcard {v} is twee keer belast, help me een klacht te schrijven",
              "Klopt dit kaartnummer? {v} geldig tot 05/28"],
        api_key=["Mijn {p} API-key is {v} en ik krijg steeds 401, wat doe ik fout?",
                 "per ongeluk mijn {p}-key {v} in een publieke repo gezet, hoe trek ik die in?"],
        combo=[("email", "phone", "Pas mijn contactgegevens aan: mail {a}, mobiel {b}")]),
    "pl": dict(
        n=16, regions=["PL"],
        mail=["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "op.pl"],
        corp=["biuro-rachunkowe-nowak.pl", "student.uw.edu.pl", "pw.edu.pl", "serwis-kowalczyk.pl"],
        names=(["kasia", "tomek", "agnieszka", "piotr", "magda", "michal", "ola", "pawel"], ["nowak", "kowalski", "wisniewska", "wojcik", "kaminski", "lewandowska", "zielinski", "kowalczyk"]),
        phone=["Napiszesz mi krótką wiadomość do właściciela mieszkania? Niech dzwoni pod {v}",
               "mój nowy numer to {v}, wpisz go do CV",
               "dzwonili do mnie z {v} i się rozłączyli, to jakiś spam?"],
        email=["§Mój mail to {v}, zrób mi stopkę do maila",
               "Napisz uprzejme przypomnienie do {v}, faktura wciąż nieopłacona",
               "czy {v} to poprawny adres? formularz go nie przyjmuje"],
        card=["Z karty {v} pobrali dwa razy, pomóż napisać reklamację",
              "Czy numer karty {v} jest poprawny? ważna do 07/27"],
        api_key=["Mój klucz API {p} to {v} i ciągle dostaję 401, co jest nie tak?",
                 "wrzuciłem przez pomyłkę klucz {p} {v} do publicznego repo, co teraz?"],
        combo=[("email", "phone", "Zaktualizuj dane kontaktowe: e-mail {a}, tel. {b}")]),
    "sv": dict(
        n=12, regions=["SE"],
        mail=["telia.com", "gmail.com", "hotmail.se", "outlook.com", "live.se", "bredband.net"],
        corp=["student.lu.se", "kth.se", "bygg-lindqvist.se"],
        names=(["elsa", "oskar", "maja", "erik", "linnea", "axel"], ["andersson", "johansson", "lindqvist", "nilsson", "berg", "karlsson"]),
        phone=["Kan du skriva ett sms till hyresvärden? Han når mig på {v}",
               "mitt nya nummer är {v}, lägg in det i CV:t",
               "Blev uppringd av {v}, är det telefonförsäljning?"],
        email=["§Min mejl är {v}, kan du göra en signatur?",
               "Skriv en vänlig påminnelse till {v} om fakturan"],
        card=["Mitt kort {v} drogs två gånger, hjälp mig skriva en reklamation"],
        api_key=["Min {p}-nyckel är {v} men jag får 401 hela tiden",
                 "råkade pusha min {p}-nyckel {v} till ett publikt repo, vad gör jag?"],
        combo=[("email", "phone", "Uppdatera kontaktuppgifterna: mejl {a}, mobil {b}")]),
    "da": dict(
        n=10, regions=["DK"],
        mail=["gmail.com", "hotmail.dk", "mail.dk", "live.dk", "jubii.dk"],
        corp=["ku.dk", "student.dtu.dk", "toemrer-hansen.dk"],
        names=(["freja", "mads", "ida", "rasmus", "sofie"], ["hansen", "jensen", "nielsen", "pedersen", "christensen"]),
        phone=["Kan du skrive en besked til udlejeren? Han kan ringe på {v}",
               "mit nye nummer er {v}, ret det i mit CV"],
        email=["§Min mail er {v}, lav en signatur til mig",
               "Skriv en venlig rykker til {v}, fakturaen er ikke betalt"],
        card=["Mit kort {v} er blevet trukket to gange, hjælp mig med en klage"],
        api_key=["Min {p} API-nøgle er {v}, men jeg får hele tiden 401"],
        combo=[("phone", "email", "Opdater mine kontaktoplysninger: mobil {a}, mail {b}")]),
    "fi": dict(
        n=10, regions=["FI"],
        mail=["gmail.com", "luukku.com", "hotmail.fi", "outlook.com", "kolumbus.fi"],
        corp=["helsinki.fi", "student.aalto.fi", "rakennus-virtanen.fi"],
        names=(["aino", "eetu", "emilia", "juho", "venla"], ["virtanen", "korhonen", "nieminen", "makinen", "hamalainen"]),
        phone=["Voitko kirjoittaa viestin vuokranantajalle? Hän voi soittaa numeroon {v}",
               "uusi numeroni on {v}, päivitä se CV:hen"],
        email=["§Sähköpostini on {v}, tee minulle allekirjoitus",
               "Kirjoita kohtelias muistutus osoitteeseen {v}, lasku on maksamatta"],
        card=["Korttiltani {v} veloitettiin kahdesti, auta kirjoittamaan reklamaatio"],
        api_key=["{p}-API-avaimeni on {v}, mutta saan aina 401-virheen"],
        combo=[("email", "phone", "Päivitä yhteystiedot: sähköposti {a}, puhelin {b}")]),
    "cs": dict(
        n=12, regions=["CZ"],
        mail=["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
        corp=["cuni.cz", "fit.cvut.cz", "instalaterstvi-dvorak.cz"],
        names=(["tereza", "jakub", "petra", "ondrej", "lucie"], ["novak", "svobodova", "dvorak", "cerny", "prochazkova"]),
        phone=["Napíšeš mi zprávu pro pronajímatele? Ať mi zavolá na {v}",
               "moje nové číslo je {v}, dej ho do životopisu",
               "Volali mi z čísla {v}, není to nějaký podvod?"],
        email=["§Můj e-mail je {v}, udělej mi podpis",
               "Napiš zdvořilou upomínku na {v}, faktura pořád není zaplacená"],
        card=["Z karty {v} mi strhli platbu dvakrát, pomoz mi napsat reklamaci"],
        api_key=["Můj API klíč k {p} je {v} a pořád dostávám 401"],
        combo=[("email", "phone", "Aktualizuj kontakty: e-mail {a}, mobil {b}")]),
    "ro": dict(
        n=10, regions=["RO"],
        mail=["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com"],
        corp=["unibuc.ro", "stud.ubbcluj.ro", "service-popescu.ro"],
        names=(["andreea", "mihai", "ioana", "alexandru", "elena"], ["popescu", "ionescu", "popa", "stan", "dumitru"]),
        phone=["Poți să-mi scrii un mesaj pentru proprietar? Mă poate suna la {v}",
               "numărul meu nou e {v}, pune-l în CV te rog"],
        email=["§Adresa mea de email este {v}, fă-mi o semnătură",
               "Scrie o notificare politicoasă către {v}, factura e încă neplătită"],
        card=["Mi-au retras banii de două ori de pe cardul {v}, ajută-mă cu o reclamație"],
        api_key=["Cheia mea API de la {p} este {v} și primesc mereu 401"],
        combo=[("phone", "email", "Datele mele de contact: telefon {a}, email {b}")]),
    "hu": dict(
        n=10, regions=["HU"],
        mail=["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu"],
        corp=["elte.hu", "edu.bme.hu", "kovacs-epito.hu"],
        names=(["eszter", "balazs", "anna", "gergely", "reka"], ["nagy", "kovacs", "toth", "szabo", "horvath"]),
        phone=["Megírnád az üzenetet a főbérlőnek? A {v} számon érhet el",
               "az új számom {v}, írd bele az önéletrajzba"],
        email=["§Az e-mail címem {v}, csinálnál egy aláírást?",
               "Írj egy udvarias emlékeztetőt erre a címre: {v}, a számla még nincs kifizetve"],
        card=["A {v} kártyámról kétszer vonták le az összeget, segíts reklamációt írni"],
        api_key=["A {p} API-kulcsom {v}, de folyton 401-et kapok"],
        combo=[("email", "phone", "Frissítsd az elérhetőségeimet: e-mail {a}, mobil {b}")]),
    "el": dict(
        n=12, regions=["GR"],
        mail=["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr"],
        corp=["uoa.gr", "ece.ntua.gr", "logistiko-papadopoulos.gr"],
        names=(["maria", "giorgos", "eleni", "nikos", "katerina"], ["papadopoulos", "georgiou", "nikolaou", "dimitriou", "papadaki"]),
        phone=["Μπορείς να γράψεις ένα μήνυμα στον ιδιοκτήτη; Να με πάρει στο {v}",
               "το νέο μου κινητό είναι {v}, βάλ' το στο βιογραφικό",
               "Με πήραν από το {v} και έκλεισαν, είναι απάτη;"],
        email=["§Το email μου είναι {v}, φτιάξε μου μια υπογραφή",
               "Γράψε μια ευγενική υπενθύμιση στο {v} για το τιμολόγιο"],
        card=["Μου χρέωσαν δύο φορές την κάρτα {v}, βοήθησέ με να κάνω παράπονο"],
        api_key=["Το API key μου για {p} είναι {v} και παίρνω συνέχεια 401"],
        combo=[("email", "phone", "Ενημέρωσε τα στοιχεία επικοινωνίας: email {a}, κινητό {b}")]),
    "tr": dict(
        n=16, regions=["TR"],
        mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr", "yahoo.com"],
        corp=["itu.edu.tr", "ogr.boun.edu.tr", "yilmaz-insaat.com.tr", "metu.edu.tr"],
        names=(["elif", "mehmet", "zeynep", "emre", "ayse", "burak"], ["yilmaz", "kaya", "demir", "sahin", "celik", "ozturk"]),
        phone=["Ev sahibine kısa bir mesaj yazar mısın? Beni {v} numarasından arayabilir",
               "yeni numaram {v}, özgeçmişe ekler misin",
               "{v} numarasından arandım, dolandırıcı mı acaba?",
               "Kargo firmasına yazacağım, iletişim numaram {v} olarak geçsin"],
        email=["§Mail adresim {v}, bana bir imza hazırlar mısın?",
               "{v} adresine kibar bir hatırlatma yaz, fatura hâlâ ödenmedi",
               "{v} geçerli bir adres mi? form kabul etmiyor"],
        card=["Kartımdan {v} iki kez çekim yapılmış, itiraz dilekçesi yazar mısın",
              "Bu kart numarası geçerli mi: {v} son kullanma 02/28"],
        api_key=["{p} API anahtarım {v} ama sürekli 401 alıyorum",
                 "yanlışlıkla {v} tokenını public repoya pushladım, ne yapmalıyım?"],
        combo=[("email", "phone", "İletişim bilgilerimi güncelle: e-posta {a}, cep {b}")]),
    "ru": dict(
        n=24, regions=["RU"],
        mail=["mail.ru", "yandex.ru", "bk.ru", "list.ru", "rambler.ru", "gmail.com", "inbox.ru", "ya.ru"],
        corp=["msu.ru", "edu.hse.ru", "spbu.ru", "stroy-ivanov.ru"],
        names=(["anna", "dmitry", "olga", "sergey", "ekaterina", "alexey", "natalia", "ivan"], ["ivanov", "smirnova", "kuznetsov", "popova", "sokolov", "lebedeva", "morozov", "volkova"]),
        phone=["Помоги написать сообщение хозяину квартиры, пусть перезвонит мне на {v}",
               "мой новый номер {v}, добавь в резюме",
               "Мне звонили с номера {v} и молчали, это мошенники?",
               "Составь автоответ: по срочным вопросам звоните {v}",
               "напиши объявление о продаже велосипеда, тел. {v}, звонить после 18"],
        email=["§Моя почта {v}, сделай мне подпись для писем",
               "Напиши вежливое напоминание на {v}, счёт до сих пор не оплачен",
               "{v} — это корректный адрес? форма его не принимает",
               "пришло письмо с {v}, просят данные карты. это фишинг?"],
        card=["С карты {v} списали дважды, помоги составить претензию в банк",
              "Номер карты {v} вообще валидный? срок до 06/27",
              "почему карту {v} не принимают на сайте"],
        api_key=["Мой ключ {p} API — {v}, но всё время 401. Что не так?",
                 "случайно запушил ключ {p} {v} в публичный репозиторий, как отозвать?",
                 "вот токен {v}, напиши скрипт на питоне для {p}"],
        combo=[("email", "phone", "Обнови контакты в резюме: почта {a}, телефон {b}"),
               ("phone", "email", "для доставки: телефон {a}, почта {b}")]),
    "uk": dict(
        n=14, regions=["UA"],
        mail=["ukr.net", "gmail.com", "i.ua", "meta.ua"],
        corp=["knu.ua", "lpnu.ua", "remont-shevchenko.com.ua"],
        names=(["oksana", "andriy", "iryna", "taras", "yulia"], ["shevchenko", "kovalenko", "bondarenko", "tkachenko", "melnyk"]),
        phone=["Допоможи написати повідомлення орендодавцю, хай передзвонить на {v}",
               "мій новий номер {v}, додай у резюме",
               "Мені дзвонили з {v} і мовчали, це шахраї?"],
        email=["§Моя пошта {v}, зроби мені підпис",
               "Напиши ввічливе нагадування на {v}, рахунок досі не оплачено"],
        card=["З картки {v} списали двічі, допоможи скласти скаргу",
              "Чи правильний номер картки {v}? дійсна до 01/28"],
        api_key=["Мій ключ {p} API — {v}, але постійно 401"],
        combo=[("email", "phone", "Онови контакти: пошта {a}, телефон {b}")]),
    "ar": dict(
        n=18, regions=["EG", "AE", "SA", "MA"],
        mail=["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa", "outlook.com"],
        corp=["kfupm.edu.sa", "aucegypt.edu", "alnoor-trading.ae", "std.ksu.edu.sa"],
        names=(["ahmed", "fatima", "omar", "noura", "khaled", "mariam"], ["hassan", "alsaud", "mansour", "elsayed", "haddad", "alharbi"]),
        phone=["ممكن تكتب لي رسالة لصاحب الشقة؟ يقدر يتصل علي على {v}",
               "رقمي الجديد {v}، أضفه في السيرة الذاتية لو سمحت",
               "اتصل علي رقم {v} وما تكلم أحد، هل هو احتيال؟",
               "اكتب رد تلقائي: للحالات العاجلة يرجى الاتصال على {v}"],
        email=["§إيميلي هو {v}، سو لي توقيع للبريد",
               "اكتب تذكير مهذب إلى {v} بخصوص الفاتورة المتأخرة",
               "هل {v} عنوان بريد صحيح؟ النموذج يرفضه"],
        card=["انخصم المبلغ مرتين من بطاقتي {v}، ساعدني أكتب شكوى للبنك",
              "هل رقم البطاقة {v} صحيح؟ تنتهي 09/28"],
        api_key=["مفتاح API حق {p} هو {v} وكل مرة يطلع لي خطأ 401",
                 "رفعت بالغلط مفتاح {p} {v} على مستودع عام، كيف ألغيه؟"],
        combo=[("email", "phone", "حدّث بيانات التواصل: البريد {a}، الجوال {b}")]),
    "he": dict(
        n=12, regions=["IL"],
        mail=["gmail.com", "walla.co.il", "012.net.il", "hotmail.com"],
        corp=["mail.huji.ac.il", "post.tau.ac.il", "technion.ac.il", "binyan-levi.co.il"],
        names=(["noa", "yossi", "tamar", "itai", "shira"], ["cohen", "levi", "mizrahi", "peretz", "biton"]),
        phone=["תכתוב לי הודעה לבעל הדירה? שיחזור אליי ל-{v}",
               "המספר החדש שלי {v}, תעדכן בקורות החיים",
               "התקשרו אליי מ-{v} ולא דיברו, זה עוקץ?"],
        email=["§המייל שלי {v}, תכין לי חתימה",
               "תכתוב תזכורת מנומסת ל-{v} לגבי החשבונית"],
        card=["חייבו אותי פעמיים בכרטיס {v}, תעזור לי לנסח תלונה"],
        api_key=["מפתח ה-API שלי ב-{p} הוא {v} ואני כל הזמן מקבל 401"],
        combo=[("email", "phone", "תעדכן פרטי קשר: מייל {a}, נייד {b}")]),
    "hi": dict(
        n=14, regions=["IN"],
        mail=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
        corp=["iitd.ac.in", "du.ac.in", "sharma-traders.in", "bits-pilani.ac.in"],
        names=(["aarav", "ananya", "rohan", "priya", "vikram", "neha"], ["sharma", "verma", "gupta", "singh", "iyer", "reddy"]),
        phone=["मकान मालिक के लिए एक मैसेज लिख दो, वो मुझे {v} पर कॉल कर सकते हैं",
               "मेरा नया नंबर {v} है, इसे रिज्यूमे में डाल दो",
               "bhai {v} se call aaya tha, koi fraud to nahi?",
               "ऑफिस के लिए auto-reply बनाओ: urgent हो तो {v} पर कॉल करें"],
        email=["§मेरी ईमेल आईडी {v} है, इसके लिए एक signature बना दो",
               "{v} को एक polite reminder लिखो, invoice अभी तक pay नहीं हुआ",
               "mera email {v} hai, isko form me daal do"],
        card=["मेरे कार्ड {v} से दो बार पैसे कट गए, बैंक को शिकायत लिखने में मदद करो",
              "ye card number {v} valid hai kya? expiry 10/28"],
        api_key=["मेरी {p} API key {v} है पर बार-बार 401 error आ रहा है"],
        combo=[("email", "phone", "रिज्यूमे में contact update करो: ईमेल {a}, मोबाइल {b}")]),
    "ja": dict(
        n=24, regions=["JP"],
        mail=["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp", "softbank.ne.jp"],
        corp=["g.ecc.u-tokyo.ac.jp", "keio.jp", "yamada-kensetsu.co.jp", "st.kyoto-u.ac.jp"],
        names=(["yuki", "haruto", "sakura", "ren", "aoi", "sota", "mei", "kenta"], ["tanaka", "suzuki", "sato", "takahashi", "watanabe", "ito", "yamamoto", "nakamura"]),
        phone=["大家さんへのメッセージを書いてもらえますか？連絡先は{v}です",
               "新しい携帯番号は{v}です。履歴書に反映してください",
               "{v}から着信があったんですが、迷惑電話ですか？",
               "不在時の自動返信を作って。急ぎの場合は{v}まで",
               "この番号を国際表記にして：{v}"],
        email=["§私のメールアドレスは{v}です。署名を作ってください",
               "{v}宛てに、請求書の支払いについて丁寧な催促メールを書いて",
               "{v}ってメアドとして正しい？フォームで弾かれる",
               "{v}から銀行を名乗るメールが来たけど、フィッシング？"],
        card=["カード{v}で二重に請求されました。問い合わせ文を作ってください",
              "このカード番号は有効ですか？{v} 有効期限 03/29"],
        api_key=["{p}のAPIキーは{v}ですが、ずっと401が返ってきます",
                 "うっかり{p}のAPIキー{v}を公開リポジトリにpushしてしまいました。どうすれば？",
                 "トークン{v}を使って{p}のAPIを叩くPythonコードを書いて"],
        combo=[("email", "phone", "履歴書の連絡先を更新：メール {a}、携帯 {b}"),
               ("phone", "email", "配送業者への連絡用に、電話{a}、メール{b}でお願いします")]),
    "ko": dict(
        n=20, regions=["KR"],
        mail=["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com"],
        corp=["snu.ac.kr", "yonsei.ac.kr", "kaist.ac.kr", "hanbit-trade.co.kr"],
        names=(["minjun", "seoyeon", "jiho", "hayoon", "dohyun", "jiwoo"], ["kim", "lee", "park", "choi", "jung", "kang"]),
        phone=["집주인한테 보낼 문자 좀 써줘. 연락처는 {v}야",
               "새 번호 {v}로 이력서 연락처 바꿔줘",
               "{v}에서 전화 왔는데 스팸이야?",
               "부재중 자동응답 만들어줘, 급한 일은 {v}로 연락 달라고"],
        email=["§제 이메일은 {v}입니다. 서명 만들어 주세요",
               "{v}로 정중하게 결제 독촉 메일 써줘",
               "{v} 이메일 형식 맞아? 가입이 안 돼"],
        card=["카드 {v}에서 두 번 결제됐어요. 이의 제기 글 좀 써주세요",
              "이 카드번호 유효한가요? {v} 유효기간 07/27"],
        api_key=["{p} API 키가 {v}인데 계속 401 떠요",
                 "실수로 {v} 토큰을 public 레포에 올렸어요 어떻게 해요?"],
        combo=[("email", "phone", "이력서 연락처 수정: 이메일 {a}, 휴대폰 {b}")]),
    "zh": dict(
        n=24, regions=["CN", "CN", "CN", "TW", "HK"],
        mail=["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "139.com"],
        corp=["pku.edu.cn", "mails.tsinghua.edu.cn", "ntu.edu.tw", "connect.hku.hk", "huaxin-tech.com.cn"],
        names=(["wei", "xiaoming", "lingling", "jun", "yuting", "haoran", "meiling", "zihan"], ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao"]),
        phone=["帮我给房东写条消息，让他打我电话{v}",
               "我的新手机号是{v}，帮我更新到简历里",
               "刚才{v}打给我没说话，是诈骗电话吗？",
               "写个自动回复：有急事请拨打 {v}",
               "請幫我寫一封訊息給房東，他可以打{v}找我"],
        email=["§我的邮箱是{v}，帮我做一个邮件签名",
               "给{v}写一封礼貌的催款邮件",
               "{v}这个邮箱格式对吗？注册一直失败",
               "我的電子郵件是 {v}，請幫我填到表單裡"],
        card=["我的卡{v}被重复扣款了，帮我写一份投诉",
              "这个卡号有效吗？{v} 有效期 05/27",
              "信用卡{v}在網購一直被拒，為什麼？"],
        api_key=["我的{p} API key 是 {v}，但一直返回401",
                 "不小心把{p}的API key {v}推到公开仓库了，怎么办？",
                 "用这个token {v} 写一个调用{p}接口的Python脚本"],
        combo=[("email", "phone", "更新简历联系方式：邮箱{a}，手机{b}"),
               ("phone", "email", "快递联系人电话{a}，邮箱{b}")]),
    "th": dict(
        n=12, regions=["TH"],
        mail=["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"],
        corp=["chula.ac.th", "ku.th", "siam-logistics.co.th"],
        names=(["somchai", "nattaya", "anan", "kanya", "preecha"], ["srisuk", "wongsa", "chaiyaporn", "saetang", "boonmee"]),
        phone=["ช่วยเขียนข้อความถึงเจ้าของห้องหน่อย ให้โทรกลับที่เบอร์ {v}",
               "เบอร์ใหม่ของเราคือ {v} ช่วยใส่ในเรซูเม่ให้หน่อย",
               "มีเบอร์ {v} โทรมาแล้วเงียบ เป็นมิจฉาชีพไหม"],
        email=["§อีเมลของฉันคือ {v} ช่วยทำลายเซ็นให้หน่อย",
               "เขียนอีเมลทวงถามอย่างสุภาพถึง {v} เรื่องใบแจ้งหนี้"],
        card=["บัตร {v} โดนตัดเงินซ้ำสองครั้ง ช่วยเขียนเรื่องร้องเรียนธนาคารหน่อย"],
        api_key=["API key ของ {p} คือ {v} แต่ขึ้น 401 ตลอดเลย"],
        combo=[("email", "phone", "อัปเดตข้อมูลติดต่อ: อีเมล {a} โทร {b}")]),
    "vi": dict(
        n=14, regions=["VN"],
        mail=["gmail.com", "yahoo.com.vn", "gmail.com", "outlook.com"],
        corp=["hust.edu.vn", "sv.ueh.edu.vn", "vn-thanhcong.com.vn"],
        names=(["linh", "minh", "trang", "huy", "thao"], ["nguyen", "tran", "le", "pham", "hoang"]),
        phone=["Viết giúp mình tin nhắn cho chủ nhà, bảo anh ấy gọi lại số {v} nhé",
               "sđt mới của mình là {v}, cập nhật vào CV giúp",
               "Số {v} gọi cho mình rồi tắt máy, có phải lừa đảo không?"],
        email=["§Email của mình là {v}, làm giúp chữ ký email với",
               "Viết email nhắc nhở lịch sự gửi {v} về hóa đơn chưa thanh toán",
               "{v} có đúng định dạng email không? form không nhận"],
        card=["Thẻ {v} của mình bị trừ tiền hai lần, giúp mình viết khiếu nại",
              "số thẻ {v} có hợp lệ không? hết hạn 11/27"],
        api_key=["API key {p} của mình là {v} mà cứ bị lỗi 401"],
        combo=[("email", "phone", "Cập nhật thông tin liên hệ: email {a}, điện thoại {b}")]),
    "id": dict(
        n=14, regions=["ID", "ID", "MY"],
        mail=["gmail.com", "yahoo.co.id", "ymail.com", "gmail.com"],
        corp=["ui.ac.id", "students.itb.ac.id", "cv-maju-jaya.co.id"],
        names=(["putri", "budi", "ayu", "rizky", "dewi"], ["santoso", "wijaya", "saputra", "lestari", "pratama"]),
        phone=["Tolong buatkan pesan ke pemilik kos, suruh telepon aku di {v}",
               "nomor WA baruku {v}, masukin ke CV ya",
               "Ada yang nelpon dari {v} terus diam aja, penipuan bukan?"],
        email=["§Email saya {v}, tolong buatkan tanda tangan email",
               "Tulis pengingat sopan ke {v} soal tagihan yang belum dibayar"],
        card=["Kartu kredit {v} kena tagih dua kali, bantu bikin surat komplain"],
        api_key=["API key {p} saya {v} tapi selalu error 401"],
        combo=[("email", "phone", "Update kontak di CV: email {a}, HP {b}")]),
}

# Short human prefaces before a technical paste (lang -> list).
PREFACE = {
    "en": ["why isn't this working?", "can you clean this up?", "what's wrong here:", "explain this error", "convert this to YAML",
           "help me debug this", "is this config right?", "here's the output, any idea?", "make this more secure", "refactor pls"],
    "de": ["warum geht das nicht?", "Kannst du das aufräumen?", "Was ist hier falsch:", "Erklär mir den Fehler bitte"],
    "fr": ["pourquoi ça ne marche pas ?", "tu peux corriger ça :", "c'est quoi cette erreur ?"],
    "es": ["¿por qué no funciona esto?", "ayúdame a depurar esto:", "¿qué está mal aquí?"],
    "pt": ["por que isso não funciona?", "me ajuda a arrumar isso:", "o que tá errado aqui?"],
    "ru": ["почему не работает?", "помоги разобраться с ошибкой:", "что тут не так?"],
    "ja": ["これ動かないんだけど、なぜ？", "このエラーの原因を教えて", "このコードを整理して"],
    "zh": ["为什么这个不工作？", "帮我看看这个报错", "这段配置对吗？"],
    "ko": ["이거 왜 안 돼?", "이 에러 좀 봐줘", "설정 맞는지 확인해줘"],
    "it": ["perché non funziona?", "mi aiuti a capire questo errore?"],
    "pl": ["czemu to nie działa?", "pomóż mi z tym błędem:"],
    "tr": ["bu neden çalışmıyor?", "şu hatayı açıklar mısın:"],
    "nl": ["waarom werkt dit niet?", "kun je dit opschonen?"],
    "vi": ["sao cái này không chạy?", "giúp mình sửa lỗi này:"],
    "uk": ["чому це не працює?", "допоможи з помилкою:"],
}

# ---------------------------------------------------------------- main generator
import argparse
import hashlib
import random
import re
import sys
import os

SEED = 15_2026_0807
OUT = "holdout15.jsonl"

ALL_REGIONS = list(PHONES)
LANG_ORDER = list(LANGS)

UNIV_MARKS = ("edu", ".ac.", "uni-", "univ", "student", "stud.", "studenti", "alumnos", "aluno", "ogr.", "std.", "sv.", "mails.",
              "tum.de", "ethz", "epfl", "polimi", "kth.se", "ku.dk", "helsinki.fi", "aalto", "cuni", "cvut", "elte", "bme.hu",
              "uoa.gr", "ntua", "msu.ru", "hse.ru", "spbu", "knu.ua", "lpnu", "technion", "keio", "kaist", "yonsei", "snu.ac",
              "pku", "tsinghua", "hku.hk", "chula", "ku.th", "hust", "ueh", "ui.ac", "itb.ac", "usp.br", "unicamp", "ulisboa",
              "ucm.es", "unam", "unal", "uva.nl", "tudelft", "kuleuven", "lu.se", "unibuc", "ubbcluj", "kfupm", "aucegypt",
              "stanford", "ucl.ac", "utoronto", "sorbonne", "iitb", "iitd", "bits-pilani", "du.ac", "unibo", "unimi", "uw.edu",
              "pw.edu", "unimelb", "univ-lyon", "u-tokyo", "kyoto-u", "metu", "boun", "itu.edu")


def is_univ(domain):
    return any(m in domain for m in UNIV_MARKS)


def email(rng, lang=None, corp=None, who=None):
    L = LANGS[lang or rng.choice(LANG_ORDER)]
    g = rng.choice(L["names"][0])
    s = rng.choice(L["names"][1])
    if who is not None:
        g, s = who
    if corp is None:
        corp = rng.random() < 0.3
    domain = rng.choice(L["corp"] if corp else L["mail"])
    if domain in ("qq.com",) and rng.random() < 0.7:
        local = str(rng.randint(10 ** 7, 3 * 10 ** 9))
    elif corp:
        local = rng.choice(["%s.%s" % (g, s), "%s.%s" % (g[0], s), "%s" % g, "%s%s" % (g[0], s), "%s_%s" % (g, s), "%s.%s" % (s, g),
                            "info", "office", "kontakt" if lang == "de" else "contact", "%s-%s" % (g, s)])
        if local in ("info", "office", "kontakt", "contact") and rng.random() < 0.5:
            local = "%s.%s" % (g, s)
    else:
        y = str(rng.choice([rng.randint(70, 99), rng.randint(1975, 2006), rng.randint(1, 99)]))
        local = rng.choice(["%s.%s" % (g, s), "%s%s" % (g, s), "%s.%s%s" % (g, s, y[-2:]), "%s%s" % (g, y), "%s_%s" % (g, s),
                            "%s.%s" % (g[0], s), "%s%s%s" % (g, s[0], y), "%s.%s" % (s, g), "%s-%s" % (g, s), "%s_%s%s" % (s, g, y[-2:]),
                            "%s%s" % (s, y)])
    shape = "univ" if is_univ(domain) else ("corp" if corp else "freemail")
    if rng.random() < 0.06 and not corp:
        local += "+" + rng.choice(["shop", "news", "bills", "work", "github", "amazon", "taxes"])
        shape += "_plus"
    if rng.random() < 0.04:
        local = local.capitalize()
        shape += "_caps"
    return local + "@" + domain, shape


# Technical material: regions weighted roughly by how often they turn up in English-language developer pastes.
DEV_REGION_WEIGHT = {"US": 32, "GB": 10, "DE": 6, "IN": 5, "FR": 4, "BR": 4, "CA": 3, "AU": 3, "ES": 3, "IT": 3, "NL": 3, "JP": 3, "MX": 2, "PL": 2,
                     "SE": 2, "CH": 2, "IE": 2, "SG": 2, "ZA": 2, "NG": 2, "PH": 2, "KR": 2, "CN": 2, "TR": 2, "AE": 2, "IL": 2}


def rphone(rng, region=None, form=None, ext=False):
    if region is None:
        region = rng.choices(ALL_REGIONS, weights=[DEV_REGION_WEIGHT.get(r, 1) for r in ALL_REGIONS])[0]
    return phone(rng, region, form, ext)


class Line:
    def __init__(self, text, spans, genre, lang, known_emails=None):
        self.text = text
        self.spans = spans  # list of (kind, value, shape)
        self.genre = genre
        self.lang = lang
        self.known_emails = known_emails or []
        self.wrapper = None


def draw_value(rng, kind, lang=None, regions=None):
    """-> (value, shape, provider)"""
    if kind == "phone":
        v, sh = phone(rng, rng.choice(regions)) if regions else rphone(rng)
        return v, sh, None
    if kind == "email":
        v, sh = email(rng, lang)
        return v, sh, None
    if kind == "card":
        v, sh, _ = card(rng)
        return v, sh, None
    v, sh, prov, _ = api_key(rng)
    return v, sh, prov


# ---------------------------------------------------------------- chat lines

def chat_lines(rng):
    out = []
    for lang in LANG_ORDER:
        L = LANGS[lang]
        n = L["n"]
        n_combo = max(1, round(n * 0.12))
        # kind mix among single-kind lines
        kinds = []
        for i in range(n - n_combo):
            kinds.append(rng.choices(["phone", "email", "card", "api_key"], weights=[33, 27, 22, 18])[0])
        for kind in kinds:
            tpl = rng.choice(L[kind])
            own = tpl.startswith("§")
            tpl = tpl.lstrip("§")
            v, sh, prov = draw_value(rng, kind, lang, L["regions"])
            text = tpl.replace("{p}", prov or "").replace("{v}", v)
            out.append(Line(text, [(kind, v, sh)], "chat_" + kind, lang, [v] if own else []))
        for i in range(n_combo):
            ka, kb, tpl = rng.choice(L["combo"])
            va, sha, pa = draw_value(rng, ka, lang, L["regions"])
            vb, shb, pb = draw_value(rng, kb, lang, L["regions"])
            text = tpl.replace("{p}", pa or pb or "").replace("{a}", va).replace("{b}", vb)
            out.append(Line(text, [(ka, va, sha), (kb, vb, shb)], "chat_%s+%s" % (ka, kb), lang))
    return out


# ---------------------------------------------------------------- developer material
HOSTS = {
    "OpenAI": ("https://api.openai.com/v1/chat/completions", "Authorization: Bearer {k}"),
    "Anthropic": ("https://api.anthropic.com/v1/messages", "x-api-key: {k}"),
    "GitHub": ("https://api.github.com/user/repos", "Authorization: token {k}"),
    "GitLab": ("https://gitlab.com/api/v4/projects", "PRIVATE-TOKEN: {k}"),
    "Stripe": ("https://api.stripe.com/v1/charges", "Authorization: Bearer {k}"),
    "SendGrid": ("https://api.sendgrid.com/v3/mail/send", "Authorization: Bearer {k}"),
    "Hugging Face": ("https://huggingface.co/api/whoami-v2", "Authorization: Bearer {k}"),
    "Groq": ("https://api.groq.com/openai/v1/chat/completions", "Authorization: Bearer {k}"),
    "ElevenLabs": ("https://api.elevenlabs.io/v1/voices", "xi-api-key: {k}"),
    "DeepL": ("https://api-free.deepl.com/v2/translate", "Authorization: DeepL-Auth-Key {k}"),
    "Shopify": ("https://shop-demo.myshopify.com/admin/api/2024-07/orders.json", "X-Shopify-Access-Token: {k}"),
    "Datadog": ("https://api.datadoghq.eu/api/v1/validate", "DD-API-KEY: {k}"),
    "Azure OpenAI": ("https://contoso-oai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01", "api-key: {k}"),
    "Algolia": ("https://LATENCY-dsn.algolia.net/1/indexes/products/query", "X-Algolia-API-Key: {k}"),
    "Mistral": ("https://api.mistral.ai/v1/chat/completions", "Authorization: Bearer {k}"),
    "Cohere": ("https://api.cohere.com/v2/chat", "Authorization: Bearer {k}"),
    "Notion": ("https://api.notion.com/v1/search", "Authorization: Bearer {k}"),
    "Linear": ("https://api.linear.app/graphql", "Authorization: {k}"),
    "Cloudflare": ("https://api.cloudflare.com/client/v4/user/tokens/verify", "Authorization: Bearer {k}"),
    "Perplexity": ("https://api.perplexity.ai/chat/completions", "Authorization: Bearer {k}"),
    "OpenRouter": ("https://openrouter.ai/api/v1/chat/completions", "Authorization: Bearer {k}"),
    "xAI": ("https://api.x.ai/v1/chat/completions", "Authorization: Bearer {k}"),
    "Replicate": ("https://api.replicate.com/v1/predictions", "Authorization: Bearer {k}"),
    "Postman": ("https://api.getpostman.com/collections", "X-Api-Key: {k}"),
    "Vercel": ("https://api.vercel.com/v9/projects", "Authorization: Bearer {k}"),
    "Deepgram": ("https://api.deepgram.com/v1/listen", "Authorization: Token {k}"),
    "AssemblyAI": ("https://api.assemblyai.com/v2/transcript", "authorization: {k}"),
    "internal": ("https://api.internal-billing.local/v2/invoices", "X-API-Key: {k}"),
    "Pinecone": ("https://controller.us-east-1.pinecone.io/databases", "Api-Key: {k}"),
    "New Relic": ("https://api.newrelic.com/graphql", "API-Key: {k}"),
    "Figma": ("https://api.figma.com/v1/me", "X-Figma-Token: {k}"),
    "Airtable": ("https://api.airtable.com/v0/meta/bases", "Authorization: Bearer {k}"),
    "DigitalOcean": ("https://api.digitalocean.com/v2/droplets", "Authorization: Bearer {k}"),
}


def dev_key(rng, providers=None, opaque=None):
    while True:
        v, sh, prov, env = api_key(rng, opaque=opaque)
        if providers is None or prov in providers:
            return v, sh, prov, env


def t_env(rng):
    lines = ["NODE_ENV=production", "PORT=%d" % rng.choice([3000, 8080, 8000, 5000]), "LOG_LEVEL=%s" % rng.choice(["info", "debug", "warn"]),
             "DATABASE_URL=postgres://db:5432/app", "REDIS_URL=redis://cache:6379/0",
             "APP_NAME=%s" % rng.choice(["billing-api", "web", "scheduler", "ingest"]), "TZ=%s" % rng.choice(["UTC", "Europe/Berlin", "Asia/Tokyo"]),
             "FEATURE_FLAGS=new_checkout,dark_mode", "S3_BUCKET=%s-assets" % rng.choice(["acme", "prod", "media"])]
    rng.shuffle(lines)
    lines = lines[:rng.randint(3, 6)]
    spans = []
    for _ in range(rng.choice([1, 1, 2])):
        v, sh, prov, env = dev_key(rng)
        if any(env in l for l in lines):
            continue
        q = rng.choice(["", "", '"'])
        lines.insert(rng.randint(0, len(lines)), "%s=%s%s%s" % (env, q, v, q))
        spans.append(("api_key", v, sh))
    if rng.random() < 0.25:
        e, sh = email(rng, corp=True)
        lines.insert(rng.randint(0, len(lines)), "ADMIN_EMAIL=%s" % e)
        spans.append(("email", e, sh))
    return "\n".join(lines), spans[:2]


def t_curl(rng):
    v, sh, prov, env = dev_key(rng, providers=list(HOSTS))
    url, hdr = HOSTS[prov]
    body = rng.choice(['{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}]}', '{"text": ["Hallo Welt"], "target_lang": "EN"}',
                       '{"query": "shoes", "hitsPerPage": 5}', "", ""])
    parts = ["curl %s%s" % ("-X POST " if body else "", url), '-H "%s"' % hdr.replace("{k}", v), '-H "Content-Type: application/json"']
    if body:
        parts.append("-d '%s'" % body)
    sep = rng.choice([" \\\n  ", " "])
    return sep.join(parts), [("api_key", v, sh)]


def t_python(rng):
    v, sh, prov, env = dev_key(rng)
    if prov == "OpenAI":
        code = 'from openai import OpenAI\n\nclient = OpenAI(api_key="%s")\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])\nprint(resp.choices[0].message.content)' % v
    elif prov == "Anthropic":
        code = 'import anthropic\n\nclient = anthropic.Anthropic(api_key="%s")\nmsg = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role": "user", "content": "hello"}])' % v
    elif prov == "Stripe":
        code = 'import stripe\nstripe.api_key = "%s"\n\ncharges = stripe.Charge.list(limit=3)' % v
    elif prov == "GitHub":
        code = 'from github import Github\n\ng = Github("%s")\nfor repo in g.get_user().get_repos():\n    print(repo.name)' % v
    else:
        var = rng.choice(["API_KEY", "api_key", "TOKEN", "%s" % env])
        code = 'import requests\n\n%s = "%s"  # %s\nr = requests.get(BASE_URL + "/v1/status", headers={"Authorization": f"Bearer {%s}"})\nr.raise_for_status()' % (var, v, prov, var)
    return code, [("api_key", v, sh)]


def t_js(rng):
    v, sh, prov, env = dev_key(rng)
    if prov == "Stripe":
        code = "const stripe = require('stripe')('%s');\n\nconst session = await stripe.checkout.sessions.create({ mode: 'payment', line_items });" % v
    elif prov == "GitHub":
        code = "import { Octokit } from '@octokit/rest';\n\nconst octokit = new Octokit({ auth: '%s' });\nconst { data } = await octokit.repos.listForAuthenticatedUser();" % v
    else:
        key = rng.choice(["apiKey", "API_KEY", "token", "secret"])
        code = "const %s = '%s'; // %s\n\nexport async function call(path) {\n  const res = await fetch(`${BASE}${path}`, { headers: { Authorization: `Bearer ${%s}` } });\n  return res.json();\n}" % (key, v, prov, key)
    return code, [("api_key", v, sh)]


def t_k8s(rng):
    spans, rows = [], []
    for _ in range(rng.choice([1, 2])):
        v, sh, prov, env = dev_key(rng)
        if env in "".join(rows):
            continue
        rows.append("  %s: %s" % (env, rng.choice([v, '"%s"' % v])))
        spans.append(("api_key", v, sh))
    name = rng.choice(["app-secrets", "worker-env", "api-credentials", "llm-gateway"])
    text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: Opaque\nstringData:\n%s" % (
        name, rng.choice(["default", "prod", "staging"]), "\n".join(rows))
    return text, spans


def t_compose(rng):
    v, sh, prov, env = dev_key(rng)
    svc = rng.choice(["api", "worker", "bot", "backend"])
    text = "services:\n  %s:\n    image: ghcr.io/acme/%s:latest\n    ports:\n      - \"8080:8080\"\n    environment:\n      - LOG_LEVEL=info\n      - %s=%s\n    depends_on:\n      - db" % (svc, svc, env, v)
    return text, [("api_key", v, sh)]


def t_mcp(rng):
    v, sh, prov, env = dev_key(rng, providers=["GitHub", "Notion", "Linear", "Slack", "Stripe", "Brevo", "Atlassian", "Sentry", "Figma", "Airtable", "Supabase", "Postman"])
    pkg = {"GitHub": "@modelcontextprotocol/server-github", "Notion": "@notionhq/notion-mcp-server", "Slack": "@modelcontextprotocol/server-slack"}.get(prov, "mcp-server-%s" % prov.lower().replace(" ", "-"))
    text = '{\n  "mcpServers": {\n    "%s": {\n      "command": "npx",\n      "args": ["-y", "%s"],\n      "env": {\n        "%s": "%s"\n      }\n    }\n  }\n}' % (
        prov.lower(), pkg, env, v)
    return text, [("api_key", v, sh)]


def t_toml(rng):
    v, sh, prov, env = dev_key(rng)
    sect = prov.lower().replace(" ", "_")
    keyname = rng.choice(["api_key", "token", "key", "secret_key"])
    text = "[server]\nhost = \"0.0.0.0\"\nport = %d\n\n[%s]\n%s = \"%s\"\ntimeout_secs = %d\n" % (rng.choice([8000, 9090]), sect, keyname, v, rng.choice([10, 30, 60]))
    return text, [("api_key", v, sh)]


def t_rcfile(rng):
    c = rng.choice(["npmrc", "pypirc", "git", "docker", "tfvars", "netrc"])
    if c == "npmrc":
        v, sh, _, _ = api_key(rng, shape="npm")
        return "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true" % v, [("api_key", v, sh)]
    if c == "pypirc":
        v, sh, _, _ = api_key(rng, shape="pypi")
        return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s" % v, [("api_key", v, sh)]
    if c == "git":
        v, sh, _, _ = api_key(rng, shape=rng.choice(["github_ghp", "github_pat", "gitlab"]))
        host = "gitlab.com" if v.startswith("glpat") else "github.com"
        user = "oauth2" if host == "gitlab.com" else "x-access-token"
        return "$ git remote -v\norigin\thttps://%s:%s@%s/acme-internal/payments-service.git (fetch)\norigin\thttps://%s:%s@%s/acme-internal/payments-service.git (push)" % (
            user, v, host, user, "***", host), [("api_key", v, sh)]
    if c == "docker":
        v, sh, _, _ = api_key(rng, shape=rng.choice(["github_ghp", "digitalocean", "gitlab"]))
        reg = {"ghp": "ghcr.io", "dop": "registry.digitalocean.com", "glp": "registry.gitlab.com"}[v[:3]]
        return "echo %s | docker login %s -u ci-bot --password-stdin\nWARNING! Your password will be stored unencrypted in /root/.docker/config.json." % (v, reg), [("api_key", v, sh)]
    if c == "tfvars":
        v, sh, prov, env = dev_key(rng)
        return 'region         = "eu-central-1"\ninstance_count = 3\n%s = "%s"\n' % (env.lower().ljust(14), v), [("api_key", v, sh)]
    v, sh, prov, env = dev_key(rng, opaque=True)
    return "machine api.%s.com\n  login deploy\n  password %s" % (prov.lower().replace(" ", ""), v), [("api_key", v, sh)]


def t_aws(rng):
    v1, sh1, _, _ = api_key(rng, shape="aws")
    v2, sh2, _, _ = api_key(rng, shape="aws_secret")
    if rng.random() < 0.5:
        text = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s" % (v1, v2, rng.choice(["us-east-1", "eu-west-1", "ap-northeast-1"]))
    else:
        text = "export AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\naws s3 ls s3://%s-backups/" % (v1, v2, rng.choice(["acme", "prod", "media"]))
    return text, [("api_key", v1, sh1), ("api_key", v2, sh2)]


def t_http(rng):
    v, sh, prov, env = dev_key(rng, providers=list(HOSTS))
    url, hdr = HOSTS[prov]
    m = re.match(r"https://([^/]+)(/.*)", url)
    text = "POST %s HTTP/1.1\nHost: %s\n%s\nContent-Type: application/json\nUser-Agent: python-httpx/0.27.0\nAccept: */*" % (m.group(2), m.group(1), hdr.replace("{k}", v))
    return text, [("api_key", v, sh)]


def t_applog(rng):
    ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
    e, she = email(rng)
    p, shp = rphone(rng, form="intl" if rng.random() < 0.7 else None)
    which = rng.choice(["e", "p", "ep"])
    uid = rng.randint(10000, 999999)
    lines = ["%s INFO  [http] GET /healthz 200 2ms" % ts]
    spans = []
    if which == "e":
        lines.append("%s INFO  [auth] password reset requested user_id=%d email=%s" % (ts, uid, e))
        spans.append(("email", e, she))
    elif which == "p":
        lines.append("%s WARN  [sms] delivery failed to=%s provider=twilio code=30003 user_id=%d" % (ts, p, uid))
        spans.append(("phone", p, shp))
    else:
        lines.append("%s INFO  [signup] new account user_id=%d email=%s phone=%s plan=pro" % (ts, uid, e, p))
        spans += [("email", e, she), ("phone", p, shp)]
    lines.append("%s DEBUG [db] pool stats active=%d idle=%d" % (ts, rng.randint(1, 9), rng.randint(1, 20)))
    return "\n".join(lines), spans


def t_traceback(rng):
    k = rng.choice(["email", "phone", "card"])
    if k == "email":
        v, sh = email(rng)
        msg = "smtplib.SMTPRecipientsRefused: {'%s': (550, b'5.1.1 The email account that you tried to reach does not exist.')}" % v
        frame = '  File "/app/notify/mailer.py", line 88, in send_receipt\n    server.sendmail(FROM_ADDR, [to_addr], msg.as_string())'
    elif k == "phone":
        v, sh = rphone(rng)
        msg = "phonenumbers.phonenumberutil.NumberParseException: (0) Missing or invalid default region. (while parsing '%s')" % v
        frame = '  File "/app/crm/contacts.py", line 142, in normalise\n    num = phonenumbers.parse(raw, None)'
    else:
        v, sh, _ = card(rng)
        msg = "payments.errors.CardDeclined: card %s declined (do_not_honor)" % v
        frame = '  File "/srv/checkout/gateway.py", line 57, in charge\n    raise CardDeclined(f"card {pan} declined ({reason})")'
    text = "Traceback (most recent call last):\n  File \"/app/main.py\", line 21, in <module>\n    run()\n%s\n%s" % (frame, msg)
    return text, [(k, v, sh)]


def t_sql(rng):
    e, she = email(rng)
    p, shp = rphone(rng)
    c = rng.random()
    if c < 0.45:
        text = "INSERT INTO customers (id, email, phone, country, created_at)\nVALUES (%d, '%s', '%s', '%s', NOW());" % (rng.randint(100, 99999), e, p, rng.choice(ALL_REGIONS))
        return text, [("email", e, she), ("phone", p, shp)]
    if c < 0.75:
        text = "SELECT id, status, last_login FROM users WHERE lower(email) = '%s' LIMIT 1;" % e.lower()
        return text, [("email", e.lower(), she)]
    v, sh, _ = card(rng, style="plain")
    text = "-- legacy table, PAN stored in clear (!)\nUPDATE payment_methods SET pan = '%s', exp_month = %d, exp_year = %d WHERE id = %d;" % (v, rng.randint(1, 12), rng.randint(2026, 2031), rng.randint(1, 9999))
    return text, [("card", v, sh)]


CSV_HEADERS = {
    "en": ("id,name,email,phone,city", "\t".join(["Name", "Email", "Phone", "Notes"])),
    "de": ("Kundennr;Name;E-Mail;Telefon;Ort", "\t".join(["Name", "E-Mail", "Telefon", "Bemerkung"])),
    "fr": ("id;nom;courriel;téléphone;ville", "\t".join(["Nom", "Courriel", "Téléphone", "Remarques"])),
    "es": ("id,nombre,correo,teléfono,ciudad", "\t".join(["Nombre", "Correo", "Teléfono", "Notas"])),
    "pt": ("id;nome;email;telefone;cidade", "\t".join(["Nome", "E-mail", "Telefone", "Obs"])),
    "nl": ("id;naam;e-mail;telefoon;plaats", "\t".join(["Naam", "E-mail", "Telefoon", "Opmerking"])),
    "pl": ("id;imię i nazwisko;e-mail;telefon;miasto", "\t".join(["Imię i nazwisko", "E-mail", "Telefon", "Uwagi"])),
    "ja": ("ID,氏名,メール,電話番号,都市", "\t".join(["氏名", "メール", "電話", "備考"])),
}
CSV_REGION = {"en": ["US", "GB", "AU", "CA"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE"], "es": ["ES", "MX", "CO"], "pt": ["BR", "PT"], "nl": ["NL", "BE"], "pl": ["PL"], "ja": ["JP"]}
CITY = {"en": ["Leeds", "Austin", "Perth", "Ottawa"], "de": ["Köln", "Graz", "Bern"], "fr": ["Lyon", "Liège"], "es": ["Sevilla", "Puebla", "Medellín"],
        "pt": ["Recife", "Porto"], "nl": ["Utrecht", "Gent"], "pl": ["Kraków", "Gdańsk"], "ja": ["大阪", "札幌"]}


def who(rng, lang):
    L = LANGS[lang]
    return rng.choice(L["names"][0]), rng.choice(L["names"][1])


def display(w):
    return w[0].capitalize() + " " + w[1].capitalize()


def person(rng, lang):
    return display(who(rng, lang))


def company_of(domain):
    return " ".join(p.capitalize() for p in domain.split(".")[0].split("-"))


CSV_NEWS = {"en": "email,subscribed_at,source", "de": "E-Mail;Angemeldet am;Quelle", "fr": "courriel;inscrit_le;source",
            "es": "correo,fecha_alta,origen", "pt": "email;data_cadastro;origem", "nl": "e-mail;aangemeld_op;bron",
            "pl": "e-mail;data_zapisu;źródło", "ja": "メール,登録日,流入元"}


def t_csv(rng):
    lang = rng.choice(list(CSV_HEADERS))
    if rng.random() < 0.5:
        head, _ = CSV_HEADERS[lang]
        sep = ";" if ";" in head else ","
        w = who(rng, lang)
        e, she = email(rng, lang, who=w)
        p, shp = phone(rng, rng.choice(CSV_REGION[lang]))
        row = sep.join([str(rng.randint(1000, 9999)), display(w), e, p, rng.choice(CITY[lang])])
        return head + "\n" + row, [("email", e, she), ("phone", p, shp)], lang
    head = CSV_NEWS[lang]
    sep = ";" if ";" in head else ","
    rows, spans = [], []
    for _ in range(2):
        e, she = email(rng, lang)
        rows.append(sep.join([e, "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), rng.choice(["footer", "checkout", "popup", "import"])]))
        spans.append(("email", e, she))
    return head + "\n" + "\n".join(rows), spans, lang


def t_tsv(rng):
    lang = rng.choice(list(CSV_HEADERS))
    _, head = CSV_HEADERS[lang]
    w = who(rng, lang)
    e, she = email(rng, lang, who=w)
    p, shp = phone(rng, rng.choice(CSV_REGION[lang]))
    note = rng.choice(["VIP", "-", "callback Tue", "Rechnung offen" if lang == "de" else "invoice sent"])
    row = "\t".join([display(w), e, p, note])
    return head + "\n" + row, [("email", e, she), ("phone", p, shp)], lang


def t_json_body(rng):
    e, she = email(rng)
    p, shp = rphone(rng, form="intl")
    which = rng.choice(["ep", "e", "p"])
    cust = {"id": "cus_%s" % rs(rng, ALNUM, 14)}
    spans = []
    if "e" in which:
        cust["email"] = e
        spans.append(("email", e, she))
    if "p" in which:
        cust["phone"] = p
        spans.append(("phone", p, shp))
    body = {"order_id": rng.randint(10 ** 5, 10 ** 6), "currency": rng.choice(["EUR", "USD", "GBP", "JPY"]), "customer": cust,
            "items": [{"sku": "SKU-%s" % rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6), "qty": rng.randint(1, 4)}]}
    text = "POST /api/v2/orders\n" + json.dumps(body, indent=2, ensure_ascii=False)
    return text, spans


SIG = {
    "en": ("Best regards,", ["Account Manager", "Senior Engineer", "Office Manager"], "M: ", "E: "),
    "de": ("Mit freundlichen Grüßen", ["Projektleiterin", "Steuerberater", "Vertrieb Innendienst"], "Mobil: ", "E-Mail: "),
    "fr": ("Cordialement,", ["Chargée de clientèle", "Directeur technique"], "Tél. : ", "Mail : "),
    "es": ("Un saludo,", ["Responsable de ventas", "Administración"], "Tel.: ", "Correo: "),
    "pt": ("Atenciosamente,", ["Gerente de contas", "Analista financeiro"], "Cel: ", "E-mail: "),
    "it": ("Cordiali saluti,", ["Ufficio acquisti", "Responsabile tecnico"], "Cell. ", "Email: "),
    "nl": ("Met vriendelijke groet,", ["Projectleider", "Klantenservice"], "Mob: ", "E-mail: "),
    "pl": ("Pozdrawiam serdecznie,", ["Kierownik projektu", "Księgowa"], "tel. kom. ", "e-mail: "),
    "ja": ("よろしくお願いいたします。", ["営業部", "総務課"], "TEL: ", "Mail: "),
}


def t_signature(rng):
    lang = rng.choice(list(SIG))
    close, titles, tl, el = SIG[lang]
    L = LANGS[lang]
    w = who(rng, lang)
    while True:
        e, she = email(rng, lang, corp=True, who=w)
        if she.startswith("corp"):
            break
    region = rng.choice(L["regions"])
    ext = region in ("US", "CA", "GB", "AU") and rng.random() < 0.4
    p, shp = phone(rng, region, ext=ext)
    which = rng.choice(["ep", "ep", "e", "p"])
    dom = e.split("@")[1]
    org = company_of(dom)
    lines = [close, "", display(w), rng.choice(titles), org]
    spans = []
    if "p" in which:
        lines.append(tl + p)
        spans.append(("phone", p, shp))
    if "e" in which:
        lines.append(el + e)
        spans.append(("email", e, she))
    return "\n".join(lines), spans, lang


def t_webhook(rng):
    e, she = email(rng)
    p, shp = rphone(rng, form="intl")
    body = {"id": "evt_%s" % rs(rng, ALNUM, 24), "object": "event", "type": "charge.succeeded", "created": 1700000000 + rng.randint(0, 60000000),
            "data": {"object": {"id": "ch_%s" % rs(rng, ALNUM, 24), "amount": rng.randint(500, 90000), "currency": rng.choice(["eur", "usd", "gbp"]),
                                "billing_details": {"email": e, "phone": p, "address": {"country": rng.choice(["DE", "US", "FR", "GB"])}},
                                "payment_method_details": {"card": {"brand": "visa", "last4": rdig(rng, 4), "exp_month": rng.randint(1, 12), "exp_year": rng.randint(2026, 2031)}}}}}
    spans = [("email", e, she), ("phone", p, shp)]
    if rng.random() < 0.4:
        del body["data"]["object"]["billing_details"]["phone"]
        spans = spans[:1]
    return json.dumps(body, indent=rng.choice([None, 2])), spans


def t_vcard(rng):
    lang = rng.choice(LANG_ORDER)
    L = LANGS[lang]
    p, shp = phone(rng, rng.choice(L["regions"]), form="intl")
    w = who(rng, lang)
    e, she = email(rng, lang, who=w)
    nm = display(w)
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=CELL:%s\nEMAIL;TYPE=INTERNET:%s\nEND:VCARD" % (nm, p, e)
    return text, [("phone", p, shp), ("email", e, she)]


def t_cardlog(rng):
    v, sh, net = card(rng)
    c = rng.random()
    if c < 0.35:
        text = "[gateway] 2025-03-%02d %02d:%02d:11 DEBUG request payload: pan=%s exp=%02d%02d amount=%d.%02d currency=EUR" % (
            rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), v, rng.randint(1, 12), rng.randint(26, 31), rng.randint(5, 900), rng.randint(0, 99))
    elif c < 0.7:
        text = '{"cardholder": "%s", "card_number": "%s", "expiry": "%02d/%02d", "brand": "%s"}' % (
            person(rng, rng.choice(["en", "de", "es", "fr"])), v, rng.randint(1, 12), rng.randint(26, 31), net)
    else:
        text = "Corporate card register (Q3)\nHolder\tCard\tLimit\n%s\t%s\t%d EUR" % (person(rng, rng.choice(["de", "nl", "en"])), v, rng.choice([2500, 5000, 10000]))
    return text, [("card", v, sh)]


def t_form(rng):
    lang = rng.choice(["en", "de", "fr", "es", "it"])
    L = LANGS[lang]
    lab = {"en": ("New submission from the contact form", "Name", "Email", "Phone", "Message", "Please call me back about the quote."),
           "de": ("Neue Anfrage über das Kontaktformular", "Name", "E-Mail", "Telefon", "Nachricht", "Bitte um Rückruf wegen des Angebots."),
           "fr": ("Nouveau message via le formulaire de contact", "Nom", "E-mail", "Téléphone", "Message", "Merci de me rappeler pour le devis."),
           "es": ("Nuevo mensaje desde el formulario", "Nombre", "Correo", "Teléfono", "Mensaje", "Llámenme por favor para el presupuesto."),
           "it": ("Nuovo messaggio dal modulo contatti", "Nome", "Email", "Telefono", "Messaggio", "Vorrei essere ricontattato per il preventivo.")}[lang]
    w = who(rng, lang)
    e, she = email(rng, lang, who=w)
    p, shp = phone(rng, rng.choice(L["regions"]))
    text = "%s\n\n%s: %s\n%s: %s\n%s: %s\n%s: %s" % (lab[0], lab[1], display(w), lab[2], e, lab[3], p, lab[4], lab[5])
    return text, [("email", e, she), ("phone", p, shp)], lang


def t_gitconfig(rng):
    lg = rng.choice(["en", "de", "fr", "ja", "pl", "ru"])
    w = who(rng, lg)
    e, she = email(rng, lg, who=w)
    nm = display(w)
    if rng.random() < 0.5:
        text = "[user]\n\tname = %s\n\temail = %s\n[core]\n\teditor = nvim\n[pull]\n\trebase = true" % (nm, e)
    else:
        h = rs(rng, HEX, 40)
        text = "commit %s\nAuthor: %s <%s>\nDate:   Tue Mar %d 14:%02d:09 2025 +0100\n\n    fix: handle empty cart on checkout" % (h, nm, e, rng.randint(1, 28), rng.randint(0, 59))
    return text, [("email", e, she)]


def t_jupyter(rng):
    v, sh, prov, env = dev_key(rng)
    text = "In [3]: import os\n       os.environ[\"%s\"] = \"%s\"\n\nIn [4]: client = make_client()\nOut[4]: <Client ready>" % (env, v)
    return text, [("api_key", v, sh)]


def t_markdown_table(rng):
    lang = rng.choice(["en", "de", "es", "fr"])
    L = LANGS[lang]
    rows, spans = [], []
    for i in range(2):
        if i == 0:
            e, she = email(rng, lang, corp=True)
            rows.append("| %s | %s | %s |" % (rng.choice(["Support", "Billing", "Facilities"]), e, "-"))
            spans.append(("email", e, she))
        else:
            p, shp = phone(rng, rng.choice(L["regions"]))
            rows.append("| %s | %s | %s |" % (rng.choice(["On-call", "Night desk", "Site lead"]), "-", p))
            spans.append(("phone", p, shp))
    return "| Role | Email | Phone |\n|---|---|---|\n" + "\n".join(rows), spans, lang


def t_settings(rng):
    v, sh, prov, env = dev_key(rng, opaque=rng.random() < 0.5)
    c = rng.random()
    if c < 0.5:
        text = "spring.application.name=orders\nspring.datasource.url=jdbc:postgresql://db:5432/orders\n%s.api-key=%s\nmanagement.endpoints.web.exposure.include=health" % (prov.lower().replace(" ", "-"), v)
    else:
        text = "# settings.py\nDEBUG = False\nALLOWED_HOSTS = [\"*\"]\n%s = \"%s\"\nCELERY_BROKER_URL = \"redis://cache:6379/1\"" % (env, v)
    return text, [("api_key", v, sh)]


def t_directory(rng):
    region = rng.choice(["US", "US", "US", "CA", "GB", "GB", "AU"])
    rows, spans = [], []
    roles = ["Front desk", "IT helpdesk", "Billing", "Facilities", "Reception", "Payroll"]
    rng.shuffle(roles)
    p, shp = phone(rng, region, form=rng.choice(["nat", "nat", "intl"]), ext=rng.random() < 0.7)
    rows.append("%s: %s" % (roles[0], p))
    spans.append(("phone", p, shp))
    if rng.random() < 0.5:
        e, she = email(rng, "en", corp=True)
        rows.append("%s: %s" % (roles[1], e))
        spans.append(("email", e, she))
    head = rng.choice(["Office contacts (updated %s):" % rng.choice(["Jan", "May", "Sep"]), "Who to call", "Escalation list - internal only"])
    return head + "\n" + "\n".join(rows), spans


def t_ghactions(rng):
    v, sh, prov, env = dev_key(rng)
    text = "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      %s: %s   # TODO move to secrets\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh" % (env, v)
    return text, [("api_key", v, sh)]


DEV_TEMPLATES = [
    ("dev_env", t_env, 34), ("dev_curl", t_curl, 30), ("dev_python", t_python, 22), ("dev_js", t_js, 16), ("dev_k8s_secret", t_k8s, 14),
    ("dev_compose", t_compose, 10), ("dev_mcp_config", t_mcp, 12), ("dev_toml", t_toml, 10), ("dev_rcfile", t_rcfile, 18), ("dev_aws", t_aws, 10),
    ("dev_http", t_http, 10), ("dev_applog", t_applog, 26), ("dev_traceback", t_traceback, 16), ("dev_sql", t_sql, 16), ("dev_csv", t_csv, 16),
    ("dev_tsv", t_tsv, 10), ("dev_json_body", t_json_body, 16), ("dev_signature", t_signature, 24), ("dev_webhook", t_webhook, 10),
    ("dev_vcard", t_vcard, 10), ("dev_cardlog", t_cardlog, 38), ("dev_form", t_form, 14), ("dev_gitconfig", t_gitconfig, 12),
    ("dev_jupyter", t_jupyter, 8), ("dev_md_table", t_markdown_table, 8), ("dev_settings", t_settings, 12), ("dev_gh_actions", t_ghactions, 8), ("dev_directory", t_directory, 14),
]


def dev_line(rng, name, fn):
    r = fn(rng)
    text, spans = r[0], r[1]
    lang = r[2] if len(r) > 2 else "en"
    if rng.random() < 0.35:
        pl = rng.choice(list(PREFACE)) if rng.random() < 0.6 else "en"
        if lang != "en" and pl != lang and lang in PREFACE:
            pl = lang
        pre = rng.choice(PREFACE[pl])
        text = pre + "\n\n" + (rng.choice(["```\n%s\n```", "%s"]) % text)
        if lang == "en":
            lang = pl
        ln = Line(text, spans, name, lang)
        ln.prefaced = True
        return ln
    ln = Line(text, spans, name, lang)
    ln.prefaced = False
    return ln

# ---------------------------------------------------------------- hard negatives (no spans, no person names)

def _grp(rng, sizes, sep=" "):
    return sep.join(rdig(rng, n) for n in sizes)


def n_order(rng):
    c = rng.randrange(8)
    if c == 0:
        return "Where is my order? Order #%s was supposed to arrive Tuesday and tracking hasn't moved." % _grp(rng, [3, 7, 7], "-"), "en"
    if c == 1:
        return "Bestellnummer %s, Rechnungsnummer RE-2025-%s – bitte Lieferstatus prüfen" % (rdig(rng, 10), rdig(rng, 5)), "de"
    if c == 2:
        return "Invoice INV-%s for PO %s is overdue by %d days, can you draft a reminder to accounts payable?" % (rdig(rng, 6), rdig(rng, 8), rng.randint(3, 40)), "en"
    if c == 3:
        return "Return authorisation for order %s — please print the label and drop it at any post office." % _grp(rng, [4, 4, 4, 4], "-"), "en"
    if c == 4:
        return "注文番号: %s\nお届け予定日: 3月%d日" % (_grp(rng, [3, 7, 7], "-"), rng.randint(1, 28)), "ja"
    if c == 5:
        return "Numéro de commande %s, référence client %s" % (rdig(rng, 16), rdig(rng, 9)), "fr"
    if c == 6:
        return "| order_id | total | status |\n|---|---|---|\n| %s | 129.90 | shipped |\n| %s | 18.00 | refunded |" % (rdig(rng, 13), rdig(rng, 13)), "en"
    return "Pedido nº %s confirmado. Número de factura: F%s-%s" % (_grp(rng, [4, 4, 4, 4], " "), rdig(rng, 4), rdig(rng, 6)), "es"


def n_tracking(rng):
    c = rng.randrange(6)
    if c == 0:
        return "UPS tracking 1Z%s%s%s shows 'label created' since Monday, is that normal?" % (rs(rng, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6), rdig(rng, 2), rdig(rng, 8)), "en"
    if c == 1:
        return "FedEx: %s — In transit, ETA Thursday" % _grp(rng, [4, 4, 4]), "en"
    if c == 2:
        return "USPS %s delivered to mailbox but I never got it" % _grp(rng, [4, 4, 4, 4, 4, 2]), "en"
    if c == 3:
        return "DHL Sendungsnummer %s, Zustellung heute zwischen 10 und 14 Uhr" % rdig(rng, 10), "de"
    if c == 4:
        return "Royal Mail %s%sGB — still 'we've got it'" % (rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2), rdig(rng, 9)), "en"
    return "顺丰快递单号 SF%s 还没有更新物流" % rdig(rng, 12), "zh"


def n_epoch(rng):
    s = 1600000000 + rng.randint(0, 200000000)
    ms = s * 1000 + rng.randint(0, 999)
    c = rng.randrange(5)
    if c == 0:
        return '{"created": %d, "expires_at": %d, "status": "active"}' % (s, s + 86400 * rng.choice([7, 30, 365])), "en"
    if c == 1:
        return "why does Date(%d) give me 1970? the API returns seconds I think" % s, "en"
    if c == 2:
        return "ts_ms=%d level=info msg=\"cache warmed\" keys=%d" % (ms, rng.randint(100, 99999)), "en"
    if c == 3:
        return "SELECT * FROM events WHERE created_at_ms BETWEEN %d AND %d;" % (ms, ms + rng.randint(10 ** 6, 10 ** 8)), "en"
    return "convert %d and %d to ISO dates please" % (s, ms), "en"


def n_dates(rng):
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, se = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    c = rng.randrange(9)
    if c == 0:
        return "deployment window: %04d-%02d-%02dT%02d:%02d:%02dZ to %04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, h, mi, se, y, m, d, (h + 2) % 24, mi, se), "en"
    if c == 1:
        return "Termin am %02d.%02d.%04d um %02d:%02d Uhr, bitte bestätigen" % (d, m, y, h, mi), "de"
    if c == 2:
        return "rendez-vous le %02d/%02d/%04d à %02dh%02d" % (d, m, y, h, mi), "fr"
    if c == 3:
        return "%d年%d月%d日 %02d:%02d に打ち合わせ" % (y, m, d, h, mi), "ja"
    if c == 4:
        return "la reunión es el %d de %s de %d a las %d:%02d" % (d, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][m - 1], y, h, mi), "es"
    if c == 5:
        return "встреча %02d.%02d.%04d в %02d:%02d по Москве" % (d, m, y, h, mi), "ru"
    if c == 6:
        return "backup file: db_%04d%02d%02d_%02d%02d%02d.sql.gz (%d MB)" % (y, m, d, h, mi, se, rng.randint(10, 900)), "en"
    if c == 7:
        return "%d년 %d월 %d일 %d시 %d분 회의" % (y, m, d, h, mi), "ko"
    return "Last-Modified: %s, %02d %s %04d %02d:%02d:%02d GMT" % (rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), d, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1], y, h, mi, se), "en"


def n_versions(rng):
    c = rng.randrange(7)
    a, b, cc = rng.randint(0, 30), rng.randint(0, 40), rng.randint(0, 200)
    if c == 0:
        return "upgraded from v%d.%d.%d to v%d.%d.%d and now the build fails" % (a, b, cc, a, b + 1, 0), "en"
    if c == 1:
        return "User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36" % (rng.randint(110, 131), rng.randint(5000, 6999), rng.randint(10, 199)), "en"
    if c == 2:
        return "Android build %s.%02d%02d%02d.%03d, kernel %d.%d.%d-android14" % (rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2) + rdig(rng, 1) + rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ", 1), rng.randint(23, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 99), rng.randint(5, 6), rng.randint(1, 15), rng.randint(10, 200)), "en"
    if c == 3:
        return "Xcode %d.%d (%d%s%d), iOS SDK %d.%d" % (rng.randint(14, 16), rng.randint(0, 4), rng.randint(14, 16), rng.choice("ABCDEF"), rng.randint(100, 999), rng.randint(17, 18), rng.randint(0, 5)), "en"
    if c == 4:
        return "\"dependencies\": {\"react\": \"^18.%d.%d\", \"next\": \"14.%d.%d\", \"typescript\": \"5.%d.%d\"}" % (rng.randint(0, 3), rng.randint(0, 9), rng.randint(0, 2), rng.randint(0, 30), rng.randint(0, 6), rng.randint(2, 4)), "en"
    if c == 5:
        return "Build %d.%d.%d.%d (%04d%02d%02d.%d) is on the staging track" % (a, b, cc, rng.randint(1000, 99999), rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 9)), "en"
    return "Python %d.%d.%d (main, %s %d %d, %02d:%02d:%02d) [GCC %d.%d.%d] on linux" % (3, rng.randint(8, 13), rng.randint(0, 12), rng.choice(["Jan", "Apr", "Oct"]), rng.randint(1, 28), rng.randint(2023, 2025), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(9, 13), rng.randint(1, 3), 0), "en"


def n_hashes(rng):
    c = rng.randrange(7)
    if c == 0:
        return "sha256sum: %s  release.tar.gz" % rs(rng, HEX, 64), "en"
    if c == 1:
        return "commit %s\nMerge: %s %s" % (rs(rng, HEX, 40), rs(rng, HEX, 7), rs(rng, HEX, 7)), "en"
    if c == 2:
        return '<script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.%d" integrity="sha384-%s" crossorigin="anonymous"></script>' % (rng.randint(0, 9), rs(rng, B64, 64)), "en"
    if c == 3:
        return "docker pull ghcr.io/acme/api@sha256:%s" % rs(rng, HEX, 64), "en"
    if c == 4:
        return "md5 mismatch: expected %s got %s" % (rs(rng, HEX, 32), rs(rng, HEX, 32)), "en"
    if c == 5:
        return "git cherry-pick %s..%s" % (rs(rng, HEX, 12), rs(rng, HEX, 12)), "en"
    return '"resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", "integrity": "sha512-%s=="' % rs(rng, B64, 86), "en"


def n_llm_ids(rng):
    ids = ["msg_01" + rs(rng, B62, 22), "toolu_01" + rs(rng, B62, 22), "chatcmpl-" + rs(rng, ALNUM, 29), "req_011C" + rs(rng, B62, 20),
           "call_" + rs(rng, ALNUM, 24), "resp_" + rs(rng, HEX, 48), "batch_" + rs(rng, HEX, 32), "file-" + rs(rng, ALNUM, 22),
           "run_" + rs(rng, ALNUM, 24), "thread_" + rs(rng, ALNUM, 24), "asst_" + rs(rng, ALNUM, 24), "msgbatch_01" + rs(rng, B62, 22)]
    a, b = rng.sample(ids, 2)
    c = rng.randrange(4)
    if c == 0:
        return "the API returned id %s but the tool call %s never got a result" % (a, b), "en"
    if c == 1:
        return '{"id": "%s", "object": "response", "status": "completed", "previous": "%s"}' % (a, b), "en"
    if c == 2:
        return "request-id: %s\nx-request-id: %s" % (a, b), "en"
    return "ログに %s が出ているけど、これは何のID？" % a, "ja"


def n_masked(rng):
    c = rng.randrange(8)
    if c == 0:
        return "Your card ending in %s was charged €%d.%02d" % (rdig(rng, 4), rng.randint(5, 300), rng.randint(0, 99)), "en"
    if c == 1:
        return "payment method: **** **** **** %s (exp %02d/%02d)" % (rdig(rng, 4), rng.randint(1, 12), rng.randint(26, 31)), "en"
    if c == 2:
        return "Verification code sent to +%d *** *** %s" % (rng.choice([1, 44, 49, 33, 81]), rdig(rng, 2)), "en"
    if c == 3:
        return ("We sent a login link to j***@g***.com", "en") if rng.random() < 0.5 else ("Código enviado a m*****@h******.com", "es")
    if c == 4:
        return "OPENAI_API_KEY=sk-...%s (redacted)" % rs(rng, ALNUM, 4), "en"
    if c == 5:
        return "token: ghp_************************************ (hidden)", "en"
    if c == 6:
        return "Karte: XXXX-XXXX-XXXX-%s, Inhaber: ****" % rdig(rng, 4), "de"
    return "IBAN: DE** **** **** **** **%s %s" % (rdig(rng, 2), rdig(rng, 2)), "de"


def n_placeholders(rng):
    opts = ["export OPENAI_API_KEY=sk-...", "Authorization: Bearer <your-api-key>", "api_key: ${{ secrets.ANTHROPIC_API_KEY }}",
            "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "STRIPE_SECRET_KEY=sk_live_YOUR_KEY_HERE", "phone: +1 (XXX) XXX-XXXX",
            "card number: 0000 0000 0000 0000", "email: [email protected]", "Set HF_TOKEN=hf_*** in your shell", "x-api-key: {{API_KEY}}",
            "AWS_SECRET_ACCESS_KEY=<redacted>", "Tel.: 0xxx / xxxxxxx", "TWILIO_AUTH_TOKEN=your_auth_token", "key = \"REPLACE_ME\"",
            "Replace YOUR_PHONE_NUMBER and YOUR_EMAIL in config.yaml before running."]
    a, b = rng.sample(opts, 2)
    return rng.choice(["%s\n%s", "README says:\n%s\n%s", "template:\n%s\n%s"]) % (a, b), "en"


def n_envref(rng):
    var = rng.choice(["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GITHUB_TOKEN", "STRIPE_SECRET_KEY", "DD_API_KEY", "HF_TOKEN", "MISTRAL_API_KEY",
                      "SLACK_BOT_TOKEN", "SENDGRID_API_KEY", "TWILIO_AUTH_TOKEN", "NPM_TOKEN", "DATABRICKS_TOKEN"])
    c = rng.randrange(9)
    if c == 0:
        return 'api_key = os.environ["%s"]\nif not api_key:\n    sys.exit("%s is not set")' % (var, var), "en"
    if c == 1:
        return 'curl -s https://api.example-llm.dev/v1/models -H "Authorization: Bearer $%s" | jq \'.data[].id\'' % var, "en"
    if c == 2:
        return "env:\n  - name: %s\n    valueFrom:\n      secretKeyRef:\n        name: %s\n        key: %s" % (var, var.lower().replace("_", "-"), rng.choice(["token", "value", "api-key"])), "en"
    if c == 3:
        return "const token = process.env.%s ?? '';\nif (!token) throw new Error('%s missing');" % (var, var), "en"
    if c == 4:
        return "export %s=$(vault kv get -field=%s secret/%s)" % (var, rng.choice(["token", "api_key", "value"]), rng.choice(["ci", "prod", "shared", "ml"])), "en"
    if c == 5:
        return "      - name: call api\n        env:\n          %s: ${{ secrets.%s }}\n        run: ./scripts/smoke.sh" % (var, var), "en"
    if c == 6:
        return "%s=$(op read \"op://%s/%s/credential\")" % (var, rng.choice(["Engineering", "Private", "CI"]), var.lower()), "en"
    if c == 7:
        return "Error: environment variable %s not found. Did you forget to run `source .env`?" % var, "en"
    return "let key = ProcessInfo.processInfo.environment[\"%s\"] ?? \"\"" % var, "en"


def n_coords(rng):
    lat, lon = rng.uniform(-60, 70), rng.uniform(-170, 170)
    c = rng.randrange(5)
    if c == 0:
        return "coordinates: %.6f, %.6f" % (lat, lon), "en"
    if c == 1:
        return "https://www.google.com/maps/@%.7f,%.7f,17z" % (lat, lon), "en"
    if c == 2:
        return '{"lat": %.8f, "lng": %.8f, "accuracy_m": %d}' % (lat, lon, rng.randint(3, 60)), "en"
    if c == 3:
        return "Treffpunkt: %d°%d'%.1f\" N, %d°%d'%.1f\" E" % (rng.randint(47, 54), rng.randint(0, 59), rng.uniform(0, 59), rng.randint(6, 14), rng.randint(0, 59), rng.uniform(0, 59)), "de"
    return "POINT(%.9f %.9f)" % (lon, lat), "en"


def _isbn13(rng):
    core = "978" + rdig(rng, 9)
    s = sum((1 if i % 2 == 0 else 3) * int(ch) for i, ch in enumerate(core))
    return core + str((10 - s % 10) % 10)


def n_isbn(rng):
    i = _isbn13(rng)
    c = rng.randrange(4)
    if c == 0:
        return "ISBN %s-%s-%s-%s-%s" % (i[:3], i[3], i[4:8], i[8:12], i[12]), "en"
    if c == 1:
        return "ISBN-13: %s, 2. Auflage, %d Seiten" % (i, rng.randint(120, 900)), "de"
    if c == 2:
        ean = "40" + rdig(rng, 10)
        s = sum((1 if k % 2 == 0 else 3) * int(ch) for k, ch in enumerate(ean))
        return "EAN %s%d — Artikel nicht mehr lieferbar" % (ean, (10 - s % 10) % 10), "de"
    return "doi:10.%d/%s.%d.%d" % (rng.randint(1000, 9999), rng.choice(["nature", "j.cell", "acs.jpcb"]), rng.randint(2010, 2025), rng.randint(100, 99999)), "en"


def n_company(rng):
    c = rng.randrange(7)
    if c == 0:
        return "Amtsgericht München HRB %d, USt-IdNr. DE%s" % (rng.randint(10000, 299999), rdig(rng, 9)), "de"
    if c == 1:
        return "KvK %s · BTW NL%sB01" % (rdig(rng, 8), rdig(rng, 9)), "nl"
    if c == 2:
        return "Registered in England and Wales, company no. %s. VAT GB %s %s %s" % (rdig(rng, 8), rdig(rng, 3), rdig(rng, 4), rdig(rng, 2)), "en"
    if c == 3:
        return "SIREN %s %s %s – RCS Lyon" % (rdig(rng, 3), rdig(rng, 3), rdig(rng, 3)), "fr"
    if c == 4:
        return "CNPJ %s.%s.%s/0001-%s" % (rdig(rng, 2), rdig(rng, 3), rdig(rng, 3), rdig(rng, 2)), "pt"
    if c == 5:
        return "ABN %s %s %s %s" % (rdig(rng, 2), rdig(rng, 3), rdig(rng, 3), rdig(rng, 3)), "en"
    return "統一編號 %s" % rdig(rng, 8), "zh"


def n_at(rng):
    opts = ["@channel deploy is done, please verify staging", "npm i @types/node@20.%d.0 @tanstack/react-query@5.%d.1" % (rng.randint(1, 17), rng.randint(1, 60)),
            "docker pull nginx@sha256:%s" % rs(rng, HEX, 64), "@Override\npublic String toString() { return name; }",
            "@app.get(\"/items/{item_id}\")\nasync def read_item(item_id: int):", "ping @devops-oncall about the 502s",
            "meet @ 3pm in room 4.12", "cron: @daily /usr/local/bin/rotate-logs", "git reset --hard HEAD@{1}",
            "deploy@ip-10-0-%d-%d:~$ sudo systemctl restart api" % (rng.randint(0, 255), rng.randint(0, 255)), "css: @media (max-width: 768px) { .nav { display: none; } }",
            "2 x widget @ 4.99 each", "X @ W.T + b  # matmul", "follow @acme_status for outage updates", "pip install 'pkg @ git+https://github.com/acme/pkg@v1.2.0'"]
    a, b = rng.sample(opts, 2)
    return a + "\n" + b, "en"


def n_metrics(rng):
    c = rng.randrange(5)
    if c == 0:
        return "p50=%dms p95=%dms p99=%dms rps=%d errors=%d" % (rng.randint(5, 60), rng.randint(60, 300), rng.randint(300, 2000), rng.randint(100, 9000), rng.randint(0, 99)), "en"
    if c == 1:
        return 'http_requests_total{method="GET",code="200"} %d\nprocess_resident_memory_bytes %d' % (rng.randint(10 ** 6, 10 ** 9), rng.randint(10 ** 8, 10 ** 10)), "en"
    if c == 2:
        return "usage: input_tokens=%d output_tokens=%d cache_read_input_tokens=%d" % (rng.randint(100, 200000), rng.randint(10, 8000), rng.randint(0, 150000)), "en"
    if c == 3:
        return "Disk /dev/nvme0n1: %d bytes, %d sectors" % (rng.randint(10 ** 11, 4 * 10 ** 12), rng.randint(10 ** 8, 8 * 10 ** 9)), "en"
    return "Umsatz Q%d: %s EUR (+%d,%d %%)" % (rng.randint(1, 4), "{:,}".format(rng.randint(10 ** 5, 10 ** 8)).replace(",", "."), rng.randint(1, 40), rng.randint(0, 9)), "de"


def n_code(rng):
    opts = [
        "EMAIL_RE = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$\")\ndef is_email(s):\n    return bool(EMAIL_RE.match(s))",
        "def luhn(num: str) -> bool:\n    digits = [int(d) for d in num if d.isdigit()][::-1]\n    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))\n    return total % 10 == 0",
        "const phoneOk = (s) => /^\\+?[1-9]\\d{7,14}$/.test(s.replace(/[\\s()-]/g, ''));",
        "num = phonenumbers.parse(raw, default_region)\nif not phonenumbers.is_valid_number(num):\n    raise ValueError(\"invalid phone\")",
        "CHECK (email ~* '^[A-Z0-9._%+-]+@[A-Z0-9.-]+\\.[A-Z]{2,}$')",
        "if (!/^(4\\d{12}(\\d{3})?|5[1-5]\\d{14}|3[47]\\d{13})$/.test(pan)) return 'unsupported card';",
        "validates :email, format: { with: URI::MailTo::EMAIL_REGEXP }\nvalidates :phone, length: { in: 7..20 }",
        "func maskPAN(_ pan: String) -> String { String(repeating: \"•\", count: max(0, pan.count - 4)) + pan.suffix(4) }",
    ]
    a, b = rng.sample(opts, 2)
    return a + "\n\n" + b, "en"


def n_misc_ids(rng):
    c = rng.randrange(7)
    if c == 0:
        return "trace_id=%s span_id=%s" % (rs(rng, HEX, 32), rs(rng, HEX, 16)), "en"
    if c == 1:
        return "pod/api-%s-%s restarted (OOMKilled), container id %s" % (rs(rng, HEX[:10] + "bcdfghjklmnpqrstvwxz", 10), rs(rng, "bcdfghjklmnpqrstvwxz2456789", 5), rs(rng, HEX, 12)), "en"
    if c == 2:
        return "Booking reference (PNR): %s, flight LH%d seat %d%s" % (rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), rng.randint(100, 2999), rng.randint(1, 45), rng.choice("ABCDEF")), "en"
    if c == 3:
        return "Fixes PROJ-%d and PROJ-%d, see PR #%d" % (rng.randint(100, 9999), rng.randint(100, 9999), rng.randint(100, 9999)), "en"
    if c == 4:
        return "session %s expired; request %s" % (uuid4(rng), uuid4(rng)), "en"
    if c == 5:
        return "ETag: \"%s\"\nx-amz-request-id: %s" % (rs(rng, HEX, 32), rs(rng, "0123456789ABCDEF", 16)), "en"
    return "Ticket #%d wurde mit Vorgang INC%s zusammengeführt" % (rng.randint(10000, 999999), rdig(rng, 7)), "de"


def n_meeting(rng):
    c = rng.randrange(4)
    mid = "%s %s %s" % (rdig(rng, 3), rdig(rng, 4), rdig(rng, 4))
    if c == 0:
        return "Join Zoom Meeting\nMeeting ID: %s\nPasscode: %s" % (mid, rdig(rng, 6)), "en"
    if c == 1:
        return "Teams meeting ID: %s %s %s %s\nPasscode: %s" % (rdig(rng, 3), rdig(rng, 3), rdig(rng, 3), rdig(rng, 3), rs(rng, ALNUM, 6)), "en"
    if c == 2:
        return "Webex-Meeting-Kennnummer: %s %s %s, Passwort: %s" % (rdig(rng, 4), rdig(rng, 3), rdig(rng, 4), rs(rng, ALNUM, 8)), "de"
    return "Google Meet: meet.google.com/%s-%s-%s" % (rs(rng, LOWER, 3), rs(rng, LOWER, 4), rs(rng, LOWER, 3)), "en"


NEG_GENERATORS = [
    ("n_order", n_order, 18), ("n_tracking", n_tracking, 14), ("n_epoch", n_epoch, 16), ("n_dates", n_dates, 18), ("n_versions", n_versions, 16),
    ("n_hashes", n_hashes, 16), ("n_llm_ids", n_llm_ids, 18), ("n_masked", n_masked, 16), ("n_placeholders", n_placeholders, 16),
    ("n_envref", n_envref, 12), ("n_coords", n_coords, 14), ("n_isbn", n_isbn, 12), ("n_company", n_company, 14), ("n_at", n_at, 16),
    ("n_metrics", n_metrics, 14), ("n_code", n_code, 14), ("n_misc_ids", n_misc_ids, 16), ("n_meeting", n_meeting, 12),
]

POLICY = [
    ("Use the Stripe test card 4242 4242 4242 4242 with any future expiry and any CVC.", "en"),
    ("Testkarte für 3-D Secure: 4000 0025 0000 3155, Ablauf 12/34, CVC 123", "de"),
    ("stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # from the Stripe docs", "en"),
    ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "en"),
    ("Send a test mail to test@example.com and check the logs", "en"),
    ("From: noreply@example.org\nTo: support@example.net\nSubject: [test] ping", "en"),
    ("In the movie script use the number (212) 555-0147 so nobody gets real calls", "en"),
    ("UK drama number for the scene: 07700 900461", "en"),
    ("Ofcom reserved numbers for fiction: 020 7946 0321 and 0161 496 0812", "en"),
    ("ssh admin@192.168.1.20 -p 2222", "en"),
    ("server listens on 10.0.0.12:8443, gateway 172.16.0.1", "en"),
    ("git remote add origin git@github.com:acme/payments-service.git", "en"),
    ("fix: handle empty cart\n\nCo-Authored-By: Claude <noreply@anthropic.com>", "en"),
    ("Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", "en"),
    ("PayPal sandbox card 4111 1111 1111 1111, exp 01/30", "en"),
    ("Mastercard-Testnummer aus der Doku: 5555 5555 5555 4444", "de"),
    ("Amex test number 3782 822463 10005 works in sandbox only", "en"),
    ("DSN: postgres://user@localhost:5432/dev", "en"),
    ("call 555-0100 through 555-0199 — those are reserved for fiction", "en"),
    ("curl -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: https://api.stripe.com/v1/customers", "en"),
    ("contact: admin@example.com, fallback webmaster@example.org", "en"),
    ("numéro fictif pour la démo : 01 99 00 12 34", "fr"),
    ("ping 192.168.0.1 und 10.1.2.3 klappen, nur extern nicht", "de"),
    ("Discover test card 6011 1111 1111 1117 (sandbox)", "en"),
]

# ---------------------------------------------------------------- wrappers (real log shapes)

def _iso(rng):
    return "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(24, 26), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))


def _dumps(o, ascii_, compact=True, indent=None):
    if indent:
        return json.dumps(o, ensure_ascii=ascii_, indent=indent)
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":") if compact else (", ", ": "))


def w_chatgpt_node(rng, text):
    nid, pid, cid = uuid4(rng), uuid4(rng), uuid4(rng)
    t = 1700000000 + rng.randint(0, 60000000) + rng.randint(0, 999999) / 1e6
    node = {"id": nid, "message": {"id": nid, "author": {"role": "user", "name": None, "metadata": {}}, "create_time": t, "update_time": None,
                                   "content": {"content_type": "text", "parts": [text]}, "status": "finished_successfully", "end_turn": None, "weight": 1.0,
                                   "metadata": {"request_id": rs(rng, HEX, 16) + "-" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3), "message_source": None, "timestamp_": "absolute", "message_type": None},
                                   "recipient": "all", "channel": None},
            "parent": pid, "children": [cid]}
    return _dumps(node, True, compact=False)


def w_claude_ai(rng, text):
    t = _iso(rng)
    m = {"uuid": uuid4(rng), "text": text, "sender": "human", "created_at": t, "updated_at": t, "attachments": [], "files": []}
    return _dumps(m, False, compact=False, indent=rng.choice([None, 4]))


def w_openai_chat(rng, text):
    body = {"messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": text}],
            "model": rng.choice(["gpt-4o-mini", "gpt-4.1", "gpt-4o"]), "stream": rng.choice([True, False])}
    return _dumps({"uri": "https://api.openai.com/v1/chat/completions", "request_body": body}, False, indent=rng.choice([None, 2]))


def w_responses(rng, text):
    body = {"input": [{"role": "user", "content": [{"type": "input_text", "text": text}]}], "model": rng.choice(["gpt-5", "gpt-5-mini", "gpt-4.1"]),
            "reasoning": {"effort": "low"}, "store": False, "stream": False}
    return _dumps({"uri": "https://api.openai.com/v1/responses", "request_body": body}, False, indent=rng.choice([None, 2]))


def w_anthropic_req(rng, text):
    body = {"max_tokens": rng.choice([1024, 4096, 8192]), "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}],
            "model": rng.choice(["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"]), "temperature": 1.0, "stream": True}
    return _dumps({"uri": "https://api.anthropic.com/v1/messages", "request_body": body}, rng.random() < 0.5, indent=rng.choice([None, 2]))


def w_llm_log(rng, text):
    rid = rs(rng, "0123456789abcdefghjkmnpqrstvwxyz", 26)
    e = {"id": rid, "model": rng.choice(["gpt-4o-mini", "claude-3.5-sonnet", "gemini-2.0-flash"]), "resolved_model": None, "options_json": {},
         "conversation_id": rs(rng, "0123456789abcdefghjkmnpqrstvwxyz", 26), "duration_ms": rng.randint(300, 9000), "datetime_utc": _iso(rng).replace("Z", "+00:00"),
         "conversation_name": rng.choice(["Quick question", "Help with a message", "Debugging", "Untitled", "Config help"]), "prompt": text, "system": None, "response": "Sure, here you go.", "prompt_json": None,
         "tools": [], "tool_calls": [], "tool_results": [], "attachments": []}
    return _dumps(e, False, compact=False, indent=2)


def w_cc_user(rng, text):
    o = {"parentUuid": uuid4(rng), "isSidechain": False, "userType": "external", "cwd": "/home/dev/project", "sessionId": uuid4(rng), "version": "2.1.%d" % rng.randint(10, 160),
         "gitBranch": "main", "type": "user", "message": {"role": "user", "content": text}, "uuid": uuid4(rng), "timestamp": _iso(rng), "permissionMode": "default"}
    return _dumps(o, False)


def w_cc_tool_result(rng, text):
    tid = "toolu_01" + rs(rng, B62, 22)
    o = {"parentUuid": uuid4(rng), "isSidechain": False, "userType": "external", "cwd": "/home/dev/project", "sessionId": uuid4(rng), "version": "2.1.%d" % rng.randint(10, 160),
         "gitBranch": "main", "type": "user", "message": {"role": "user", "content": [{"tool_use_id": tid, "type": "tool_result", "content": text, "is_error": False}]},
         "uuid": uuid4(rng), "timestamp": _iso(rng), "toolUseResult": {"interrupted": False, "isImage": False}, "sourceToolUseID": tid}
    return _dumps(o, False)


def w_codex_user(rng, text):
    o = {"timestamp": _iso(rng), "type": "event_msg", "payload": {"type": "user_message", "message": text, "images": [], "local_images": [], "text_elements": [], "client_id": "cli"}}
    return _dumps(o, False)


def w_codex_fco(rng, text):
    inner = json.dumps({"output": text, "metadata": {"exit_code": 0, "duration_seconds": round(rng.uniform(0.01, 3), 1)}}, ensure_ascii=False)
    o = {"timestamp": _iso(rng), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + rs(rng, ALNUM, 24), "output": inner}}
    return _dumps(o, False)


def w_otel(rng, text):
    msgs = [{"role": "system", "parts": [{"type": "text", "content": "You are a helpful bot"}]}, {"role": "user", "parts": [{"type": "text", "content": text}]}]
    span = {"name": "chat gpt-4o", "context": {"trace_id": rs(rng, HEX, 32), "span_id": rs(rng, HEX, 16)}, "kind": "SPAN_KIND_CLIENT",
            "attributes": {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o",
                           "gen_ai.input.messages": json.dumps(msgs, ensure_ascii=rng.random() < 0.5)}}
    return _dumps(span, False)


def w_sharegpt(rng, text):
    o = {"id": "identity_%d" % rng.randint(0, 99999), "conversations": [{"from": "human", "value": text}, {"from": "gpt", "value": "Sure - here is a draft you can adapt."}]}
    return _dumps(o, False, indent=rng.choice([None, 2]))


USER_WRAPPERS = [("chatgpt_node", w_chatgpt_node, 14), ("claude_ai", w_claude_ai, 10), ("openai_chat", w_openai_chat, 9), ("responses", w_responses, 7),
                 ("anthropic_req", w_anthropic_req, 9), ("llm_log", w_llm_log, 5), ("cc_user", w_cc_user, 9), ("codex_user", w_codex_user, 8),
                 ("otel", w_otel, 6), ("sharegpt", w_sharegpt, 6)]
TOOL_WRAPPERS = [("cc_tool_result", w_cc_tool_result, 1), ("codex_fco", w_codex_fco, 1)]


def maybe_wrap(rng, line, tool_ok):
    if rng.random() >= 0.35:
        return
    pool = USER_WRAPPERS + (TOOL_WRAPPERS * 20 if tool_ok else [])
    name, fn, _ = rng.choices(pool, weights=[w[2] for w in pool])[0]
    line.text = fn(rng, line.text)
    line.wrapper = name
    line.genre += "@" + name


# ---------------------------------------------------------------- checks

EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
DIGIT_RUN = re.compile(r"\d+(?:[ \-]\d+)*")
JSON_UNSAFE = re.compile(r'["\\\x00-\x1f\x7f]')


def luhn_hits(text):
    """Spans (start, end) of Luhn-valid 13-19 digit windows: group-aligned windows over runs of digits separated by single
    spaces/dashes, plus every 13-19 window inside an ungrouped run of 13+ digits."""
    hits = []
    for m in DIGIT_RUN.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
        for i in range(len(groups)):
            digits = ""
            for j in range(i, len(groups)):
                digits += text[groups[j][0]:groups[j][1]]
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and luhn_ok(digits):
                    hits.append((groups[i][0], groups[j][1]))
        for a, b in groups:
            run = text[a:b]
            if len(run) >= 13:
                for n in range(13, 20):
                    for k in range(0, len(run) - n + 1):
                        if luhn_ok(run[k:k + n]):
                            hits.append((a + k, a + k + n))
    return hits


def labelled_ranges(text, spans):
    out = []
    for _, v, _ in spans:
        i = text.find(v)
        if i >= 0:
            out.append((i, i + len(v)))
    return out


def overlaps(a, rngs):
    return any(a[0] < b[1] and b[0] < a[1] for b in rngs)


def problems(text, spans, genre):
    p = []
    for kind, v, sh in spans:
        if kind not in ("email", "phone", "card", "api_key"):
            p.append("kind " + kind)
        if text.count(v) != 1:
            p.append("count %d for %r" % (text.count(v), v))
        if JSON_UNSAFE.search(v) or not v.isascii():
            p.append("escape " + v)
        if kind == "card":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)) or d in PUBLISHED_TEST_CARDS:
                p.append("card " + v)
        if kind == "api_key" and re.match(r"^(ghp|gho|ghu|ghs|ghr|npm)_", v) and not gh_checksum_ok(v):
            p.append("checksum " + v)
    vals = [s[1] for s in spans]
    for i, a in enumerate(vals):
        for j, b in enumerate(vals):
            if i != j and a in b:
                p.append("nested")
    if genre.startswith("n_policy"):
        return p
    rngs = labelled_ranges(text, spans)
    for m in EMAIL_SHAPE.finditer(text):
        if not overlaps((m.start(), m.end()), rngs):
            p.append("email-shaped " + m.group())
    for h in luhn_hits(text):
        if not overlaps(h, rngs):
            p.append("luhn " + text[h[0]:h[1]])
    return p


# ---------------------------------------------------------------- build

TOOLISH_NEG = ("n_epoch", "n_versions", "n_hashes", "n_llm_ids", "n_envref", "n_metrics", "n_code", "n_misc_ids", "n_at", "n_placeholders", "n_coords")


def build():
    rng = random.Random(SEED)
    lines = []
    for ln in chat_lines(rng):
        lines.append(ln)
    for name, fn, count in DEV_TEMPLATES:
        for _ in range(count):
            lines.append(("dev", name, fn))
    for name, fn, count in NEG_GENERATORS:
        for _ in range(count):
            lines.append(("neg", name, fn))
    for text, lang in POLICY:
        lines.append(Line(text, [], "n_policy", lang))
    out = []
    seen = set()
    for item in lines:
        for attempt in range(200):
            if isinstance(item, Line):
                if attempt == 0:
                    ln = item
                else:
                    # redraw a chat line: same language and genre kinds
                    ln = redraw_chat(rng, item)
                tool_ok = False
            elif item[0] == "dev":
                ln = dev_line(rng, item[1], item[2])
                tool_ok = not ln.prefaced
            else:
                text, lang = item[2](rng)
                ln = Line(text, [], item[1], lang)
                tool_ok = item[1] in TOOLISH_NEG
            base_genre, base_text = ln.genre, ln.text
            maybe_wrap(rng, ln, tool_ok and not ln.genre.startswith("chat"))
            if not problems(ln.text, ln.spans, ln.genre) and base_text not in seen:
                seen.add(base_text)
                break
            ln.genre, ln.text = base_genre, base_text
            ln.wrapper = None
        else:
            raise SystemExit("could not draw a clean line for %r: %r" % (item if not isinstance(item, Line) else item.genre, problems(ln.text, ln.spans, ln.genre)))
        out.append(ln)
    rng.shuffle(out)
    return out


def redraw_chat(rng, item):
    L = LANGS[item.lang]
    kinds = [s[0] for s in item.spans]
    if len(kinds) == 1:
        kind = kinds[0]
        tpl = rng.choice(L[kind])
        own = tpl.startswith("§")
        tpl = tpl.lstrip("§")
        v, sh, prov = draw_value(rng, kind, item.lang, L["regions"])
        return Line(tpl.replace("{p}", prov or "").replace("{v}", v), [(kind, v, sh)], item.genre, item.lang, [v] if own else [])
    combos = [c for c in L["combo"] if [c[0], c[1]] == kinds]
    ka, kb, tpl = rng.choice(combos)
    va, sha, pa = draw_value(rng, ka, item.lang, L["regions"])
    vb, shb, pb = draw_value(rng, kb, item.lang, L["regions"])
    return Line(tpl.replace("{p}", pa or pb or "").replace("{a}", va).replace("{b}", vb), [(ka, va, sha), (kb, vb, shb)], item.genre, item.lang)


def serialise(lines):
    rows = []
    for ln in lines:
        o = {"text": ln.text, "spans": [{"kind": k, "value": v, "shape": s} for k, v, s in ln.spans], "genre": ln.genre, "lang": ln.lang,
             "known": {"names": [], "emails": list(ln.known_emails), "ids": []}}
        rows.append(json.dumps(o, ensure_ascii=False))
    return ("\n".join(rows) + "\n").encode("utf-8")


def stats(data):
    rows = [json.loads(l) for l in data.decode("utf-8").splitlines()]
    def table(title, counter):
        print("\n## %s" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("%6d  %s" % (v, k))
    def count(it):
        c = {}
        for x in it:
            c[x] = c.get(x, 0) + 1
        return c
    pos = [r for r in rows if r["spans"]]
    neg = [r for r in rows if not r["spans"]]
    print("lines %d  positives %d  negatives %d (policy %d)  spans %d  wrapped %d  known.emails %d" % (
        len(rows), len(pos), len(neg), sum(1 for r in neg if r["genre"].startswith("n_policy")), sum(len(r["spans"]) for r in rows),
        sum(1 for r in rows if "@" in r["genre"]), sum(1 for r in rows if r["known"]["emails"])))
    spans = [s for r in rows for s in r["spans"]]
    table("spans per kind", count(s["kind"] for s in spans))
    table("spans per kind/shape", count(s["kind"] + " " + s["shape"] for s in spans))
    table("phone regions", count(s["shape"].split("_")[0] for s in spans if s["kind"] == "phone"))
    table("card networks", count(re.sub(r"\d.*", "", s["shape"]) for s in spans if s["kind"] == "card"))
    table("api_key opaque vs prefixed", count("opaque (label-only)" if s["shape"].startswith("opaque_") else "prefixed" for s in spans if s["kind"] == "api_key"))
    table("genre (without wrapper)", count(r["genre"].split("@")[0] for r in rows))
    table("genre family", count(("chat" if r["genre"].startswith("chat") else "dev" if r["genre"].startswith("dev") else "negative") for r in rows))
    table("lang", count(r["lang"] for r in rows))
    table("wrapper", count((r["genre"].split("@")[1] if "@" in r["genre"] else "(none)") for r in rows))


def validate(data):
    errs = []
    for n, l in enumerate(data.decode("utf-8").splitlines(), 1):
        r = json.loads(l)
        if set(r) != {"text", "spans", "genre", "lang", "known"}:
            errs.append((n, "keys"))
        spans = [(s["kind"], s["value"], s["shape"]) for s in r["spans"]]
        for e in problems(r["text"], spans, r["genre"]):
            errs.append((n, e))
        if r["genre"].startswith("n_") and spans:
            errs.append((n, "negative with spans"))
        if not r["genre"].startswith("n_") and not spans:
            errs.append((n, "positive without spans"))
        for e in r["known"]["emails"]:
            if e not in [s[1] for s in spans if s[0] == "email"]:
                errs.append((n, "known email not labelled"))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, OUT)
    data = serialise(build())
    if a.check:
        with open(path, "rb") as f:
            disk = f.read()
        ok = disk == data
        print("byte-for-byte:", "identical" if ok else "DIFFERENT")
        errs = validate(disk)
        for e in errs[:50]:
            print("  line %d: %s" % e)
        print("validation:", "ok" if not errs else "%d problems" % len(errs))
        print("sha256:", hashlib.sha256(disk).hexdigest())
        sys.exit(0 if ok and not errs else 1)
    if a.stats:
        stats(data)
        return
    with open(path, "wb") as f:
        f.write(data)
    print("wrote %s: %d lines, sha256 %s" % (OUT, data.count(b"\n"), hashlib.sha256(data).hexdigest()))


if __name__ == "__main__":
    main()
