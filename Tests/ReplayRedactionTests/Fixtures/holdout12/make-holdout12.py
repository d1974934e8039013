#!/usr/bin/env python3
"""holdout12: an independent held-out set for ReplayRedaction (email, phone, card, api_key).

Python 3 standard library only. Deterministic: a fixed seed, no iteration over sets or
hash-ordered containers (dicts are only read by key or in insertion order).

    python3 make-holdout12.py           rewrite holdout12.jsonl
    python3 make-holdout12.py --stats   print the composition
    python3 make-holdout12.py --check   regenerate in memory, compare byte for byte, re-validate
"""
import json
import os
import re
import sys
import zlib
import random

SEED = 20261130_12
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout12.jsonl")

R = random.Random(SEED)

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
ALNUM = DIG + UP + LO
B62 = DIG + UP + LO
B64URL = UP + LO + DIG + "-_"
HEX = "0123456789abcdef"


def ch(seq):
    return seq[R.randrange(len(seq))]


def rs(alpha, n):
    return "".join(alpha[R.randrange(len(alpha))] for _ in range(n))


def wch(pairs):
    """Weighted choice over a list of (item, weight)."""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# ---------------------------------------------------------------- Luhn

def luhn_sum(digits):
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = ord(c) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10


def luhn_ok(digits):
    return len(digits) > 1 and luhn_sum(digits) == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


# ---------------------------------------------------------------- digit patterns

def gen_pat(p):
    """'X' any digit, 'N' 2-9, 'M' 1-9, '[..]' a class with ranges, other chars literal."""
    out = []
    i = 0
    while i < len(p):
        c = p[i]
        if c == "X":
            out.append(ch(DIG))
        elif c == "N":
            out.append(ch("23456789"))
        elif c == "M":
            out.append(ch("123456789"))
        elif c == "[":
            j = p.index("]", i)
            body = p[i + 1:j]
            opts = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    for d in range(int(body[k]), int(body[k + 2]) + 1):
                        opts.append(str(d))
                    k += 3
                else:
                    opts.append(body[k])
                    k += 1
            out.append(ch(opts))
            i = j
        else:
            out.append(c)
        i += 1
    return "".join(out)


def fill(tmpl, digits):
    assert tmpl.count("X") == len(digits), (tmpl, digits)
    it = iter(digits)
    return "".join(next(it) if c == "X" else c for c in tmpl)


# ---------------------------------------------------------------- phones
# region: (country code, trunk prefix, blocks, reject-substrings-of-nsn)
# block: (type, [nsn patterns], [national templates over trunk+nsn], [international templates over nsn])
PHONES = {
    "US": ("1", "", [
        ("any", ["212NXXXXXX", "415NXXXXXX", "617NXXXXXX", "312NXXXXXX", "206NXXXXXX", "512NXXXXXX",
                 "303NXXXXXX", "404NXXXXXX", "713NXXXXXX", "646NXXXXXX", "718NXXXXXX", "310NXXXXXX",
                 "503NXXXXXX", "612NXXXXXX", "469NXXXXXX", "720NXXXXXX", "919NXXXXXX", "801NXXXXXX"],
         ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX", "XXX XXX XXXX"],
         ["+1 XXX XXX XXXX", "+1 (XXX) XXX-XXXX", "+1-XXX-XXX-XXXX", "+1 XXX-XXX-XXXX"]),
    ], ["555", "N11"]),
    "GB": ("44", "0", [
        ("mob", ["7[4-59][0-9]XXXXXXX"], ["XXXXX XXXXXX", "XXXXX XXX XXX", "XXXX XXX XXXX"],
         ["+44 XXXX XXXXXX", "+44 XXXX XXX XXX", "+44 (0)XXXX XXXXXX"]),
        ("fix", ["20[378]XXXXXXX"], ["XXX XXXX XXXX", "(XXX) XXXX XXXX"], ["+44 XX XXXX XXXX", "+44 (0)XX XXXX XXXX"]),
        ("fix", ["161NXXXXXX", "121[2-7]XXXXXX", "131[2-6]XXXXXX"], ["XXXX XXX XXXX", "(XXXX) XXX XXXX"], ["+44 XXX XXX XXXX"]),
    ], ["7700900", "207946", "7524", "7509", "7911", "7937", "7781", "7457"]),
    "DE": ("49", "0", [
        ("mob", ["17[0-9]XXXXXXX", "16[023]XXXXXXX"], ["XXXX XXXXXXX", "XXXX/XXXXXXX", "XXXX-XXXXXXX", "XXXX XXX XXXX"],
         ["+49 XXX XXXXXXX", "+49 XXX XXX XXXX", "+49 (0)XXX XXXXXXX"]),
        ("mob", ["15[12]XXXXXXXX"], ["XXXXX XXXXXXX", "XXXX XXXXXXXX", "XXXX/XXXXXXXX"], ["+49 XXXX XXXXXXX", "+49 XXX XXXXXXXX"]),
        ("fix", ["30[1-9]XXXXXXX", "89[1-9]XXXXXXX", "40[1-9]XXXXXXX"], ["XXX XXXXXXXX", "(XXX) XXXXXXXX", "XXX/XXXXXXXX", "XXX-XXXX XXXX"],
         ["+49 XX XXXXXXXX", "+49 (0)XX XXXXXXXX", "+49 XX XXXX XXXX"]),
        ("fix", ["221[1-9]XXXXXX", "211[1-9]XXXXXX", "711[1-9]XXXXXX"], ["XXXX XXXXXXX", "(XXXX) XXXXXXX", "XXXX/XXXXXXX"],
         ["+49 XXX XXXXXXX"]),
    ], []),
    "AT": ("43", "0", [
        ("mob", ["664XXXXXXX", "660XXXXXXX", "676XXXXXXX", "699XXXXXXX"], ["XXXX XXXXXXX", "XXXX/XXXXXXX", "XXXX XXX XXXX"],
         ["+43 XXX XXXXXXX", "+43 XXX XXX XXXX"]),
        ("fix", ["1[2-9]XXXXXX"], ["XX XXXXXXX", "XX/XXXXXXX"], ["+43 X XXXXXXX"]),
    ], []),
    "CH": ("41", "0", [
        ("mob", ["7[5-9]XXXXXXX"], ["XXX XXX XX XX"], ["+41 XX XXX XX XX"]),
        ("fix", ["44[2-9]XXXXXX", "22[3-9]XXXXXX", "31[3-9]XXXXXX"], ["XXX XXX XX XX"], ["+41 XX XXX XX XX"]),
    ], []),
    "FR": ("33", "0", [
        ("mob", ["6[0-8]XXXXXXX", "7[5-8]XXXXXXX"], ["XX XX XX XX XX", "XX.XX.XX.XX.XX", "XXXXXXXXXX", "XX-XX-XX-XX-XX"],
         ["+33 X XX XX XX XX", "+33 (0)X XX XX XX XX", "+33 XXXXXXXXX"]),
        ("fix", ["1[3-5]XXXXXXX", "4[2-9]XXXXXXX", "5[5-6]XXXXXXX", "2[3-5]XXXXXXX"], ["XX XX XX XX XX", "XX.XX.XX.XX.XX"],
         ["+33 X XX XX XX XX"]),
    ], ["639"]),
    "BE": ("32", "0", [
        ("mob", ["4[7-9][0-9]XXXXXX"], ["XXXX XX XX XX", "XXXX/XX.XX.XX"], ["+32 XXX XX XX XX"]),
        ("fix", ["2[2-7]XXXXXX"], ["XX XXX XX XX"], ["+32 X XXX XX XX"]),
    ], []),
    "ES": ("34", "", [
        ("mob", ["6[0-9]XXXXXXX", "7[1-4]XXXXXXX"], ["XXX XXX XXX", "XXX XX XX XX", "XXXXXXXXX"], ["+34 XXX XXX XXX", "+34 XXX XX XX XX"]),
        ("fix", ["91[1-9]XXXXXX", "93[1-9]XXXXXX", "96[1-9]XXXXXX", "95[4-5]XXXXXX"], ["XXX XX XX XX", "XXX XXX XXX"], ["+34 XXX XX XX XX"]),
    ], []),
    "MX": ("52", "", [
        ("any", ["55[1-9]XXXXXXX", "33[1-9]XXXXXXX", "81[1-9]XXXXXXX"], ["XX XXXX XXXX", "(XX) XXXX XXXX", "XX-XXXX-XXXX"],
         ["+52 XX XXXX XXXX", "+52 XXXXXXXXXX"]),
    ], []),
    "CO": ("57", "", [
        ("mob", ["30[0-5]XXXXXXX", "31[0-9]XXXXXXX", "32[0-3]XXXXXXX"], ["XXX XXX XXXX", "XXX XXXXXXX"], ["+57 XXX XXX XXXX", "+57 XXX XXXXXXX"]),
    ], []),
    "IT": ("39", "", [
        ("mob", ["3[2-9][0-9]XXXXXXX"], ["XXX XXXXXXX", "XXX XXX XXXX", "XXX.XXX.XXXX"], ["+39 XXX XXX XXXX", "+39 XXX XXXXXXX"]),
        ("fix", ["02[2-9]XXXXXXX", "06[2-9]XXXXXXX"], ["XX XXXX XXXX", "XX XXXXXXXX", "XX-XXXXXXXX"], ["+39 XX XXXX XXXX", "+39 XX XXXXXXXX"]),
    ], ["0669"]),
    "PT": ("351", "", [
        ("mob", ["9[1236]XXXXXXX"], ["XXX XXX XXX", "XXXXXXXXX"], ["+351 XXX XXX XXX"]),
        ("fix", ["21[1-9]XXXXXX", "22[1-9]XXXXXX"], ["XXX XXX XXX"], ["+351 XXX XXX XXX"]),
    ], []),
    "BR": ("55", "", [
        ("mob", ["119[6-9]XXXXXXX", "219[6-9]XXXXXXX", "319[6-9]XXXXXXX", "419[6-9]XXXXXXX", "519[6-9]XXXXXXX",
                 "619[6-9]XXXXXXX", "719[6-9]XXXXXXX", "819[6-9]XXXXXXX", "859[6-9]XXXXXXX"],
         ["(XX) XXXXX-XXXX", "XX XXXXX-XXXX", "(XX) XXXXXXXXX", "XX XXXXXXXXX"], ["+55 XX XXXXX-XXXX", "+55 (XX) XXXXX-XXXX", "+55 XX XXXXX XXXX"]),
        ("fix", ["11[2-5]XXXXXXX", "21[2-3]XXXXXXX", "31[2-3]XXXXXXX"], ["(XX) XXXX-XXXX", "XX XXXX-XXXX"], ["+55 XX XXXX-XXXX"]),
    ], []),
    "NL": ("31", "0", [
        ("mob", ["6[1-5]XXXXXXX"], ["XX-XXXXXXXX", "XX XXXXXXXX", "XX XX XX XX XX", "XXXXXXXXXX"], ["+31 X XXXXXXXX", "+31 X XX XX XX XX", "+31 (0)X XXXXXXXX"]),
        ("fix", ["20[2-8]XXXXXX", "10[2-8]XXXXXX", "30[2-8]XXXXXX"], ["XXX-XXXXXXX", "XXX XXX XXXX"], ["+31 XX XXX XXXX"]),
    ], []),
    "PL": ("48", "", [
        ("mob", ["5[0137]XXXXXXX", "6[069]XXXXXXX", "7[2389]XXXXXXX", "88XXXXXXX"], ["XXX XXX XXX", "XXX-XXX-XXX", "XXXXXXXXX"], ["+48 XXX XXX XXX", "+48 XXX-XXX-XXX"]),
        ("fix", ["22[1-8]XXXXXX", "12[2-6]XXXXXX", "61[2-8]XXXXXX"], ["XX XXX XX XX"], ["+48 XX XXX XX XX"]),
    ], []),
    "SE": ("46", "0", [
        ("mob", ["7[0236]XXXXXXX"], ["XXX-XXX XX XX", "XXX XXX XX XX", "XXXXXXXXXX"], ["+46 XX XXX XX XX", "+46 XXXXXXXXX"]),
        ("fix", ["8[1-7]XXXXXXX"], ["XX-XXX XXX XX", "XX XXX XXX XX"], ["+46 X XXX XXX XX"]),
    ], []),
    "NO": ("47", "", [
        ("mob", ["4[015-8]XXXXXX", "9[0-8]XXXXXX"], ["XXX XX XXX", "XX XX XX XX", "XXXXXXXX"], ["+47 XXX XX XXX", "+47 XX XX XX XX"]),
        ("fix", ["2[1-3]XXXXXX"], ["XX XX XX XX"], ["+47 XX XX XX XX"]),
    ],["4536"]),
    "DK": ("45", "", [
        ("mob", ["2[0-9][1-9]XXXXX", "3[01][1-9]XXXXX", "4[0-2][1-9]XXXXX", "5[0-3][1-9]XXXXX", "6[01][1-9]XXXXX", "71[1-9]XXXXX", "81[1-9]XXXXX", "9[1-3][1-9]XXXXX"],
         ["XX XX XX XX", "XXXX XXXX", "XXXXXXXX"], ["+45 XX XX XX XX", "+45 XXXX XXXX"]),
        ("fix", ["3[2-689][1-9]XXXXX", "4[3-9][1-9]XXXXX", "8[6-9][1-9]XXXXX"], ["XX XX XX XX"], ["+45 XX XX XX XX"]),
    ], []),
    "FI": ("358", "0", [
        ("mob", ["4[0-6]XXXXXXX", "50XXXXXXX"], ["XXX XXX XXXX", "XXX XXXXXXX", "XXX-XXX XXXX"], ["+358 XX XXX XXXX", "+358 XX XXXXXXX"]),
    ], []),
    "TR": ("90", "0", [
        ("mob", ["5[345][0-9]XXXXXXX"], ["XXXX XXX XX XX", "XXXX XXX XXXX", "XXXXXXXXXXX"], ["+90 XXX XXX XX XX", "+90 XXX XXX XXXX"]),
        ("fix", ["212[2-8]XXXXXX", "216[2-8]XXXXXX", "312[2-8]XXXXXX"], ["(XXXX) XXX XX XX", "XXXX XXX XX XX"], ["+90 XXX XXX XX XX"]),
    ], []),
    "RU": ("7", "8", [
        ("mob", ["9[0-6][0-9]XXXXXXX"], ["X (XXX) XXX-XX-XX", "X XXX XXX-XX-XX", "X-XXX-XXX-XX-XX", "XXXXXXXXXXX"],
         ["+7 XXX XXX-XX-XX", "+7 (XXX) XXX-XX-XX", "+7 XXX XXX XX XX"]),
        ("fix", ["495[1-9]XXXXXX", "499[1-9]XXXXXX", "812[2-7]XXXXXX"], ["X (XXX) XXX-XX-XX", "X XXX XXX-XX-XX"], ["+7 (XXX) XXX-XX-XX", "+7 XXX XXX-XX-XX"]),
    ], ["9300"]),
    "UA": ("380", "0", [
        ("mob", ["50XXXXXXX", "6[3678]XXXXXXX", "9[3-8]XXXXXXX", "73XXXXXXX"], ["XXX XXX XX XX", "XXX-XXX-XX-XX", "(XXX) XXX-XX-XX"],
         ["+380 XX XXX XX XX", "+380 (XX) XXX-XX-XX", "+380 XXXXXXXXX"]),
        ("fix", ["44[2-5]XXXXXX"], ["XXX XXX XX XX", "(XXX) XXX-XX-XX"], ["+380 XX XXX XX XX"]),
    ], []),
    "UZ": ("998", "", [
        ("mob", ["9[013-5789]XXXXXXX", "33XXXXXXX", "88XXXXXXX"], ["XX XXX XX XX", "(XX) XXX-XX-XX"], ["+998 XX XXX XX XX", "+998 (XX) XXX-XX-XX"]),
    ], []),
    "JP": ("81", "0", [
        ("mob", ["[789]0[1-9]XXXXXXX"], ["XXX-XXXX-XXXX", "XXXXXXXXXXX", "XXX XXXX XXXX"], ["+81 XX-XXXX-XXXX", "+81 XX XXXX XXXX"]),
        ("fix", ["3[2-6]XXXXXXX", "6[2-6]XXXXXXX"], ["XX-XXXX-XXXX", "XX(XXXX)XXXX"], ["+81 X-XXXX-XXXX", "+81 X XXXX XXXX"]),
    ], []),
    "KR": ("82", "0", [
        ("mob", ["10[2-9]XXXXXXX"], ["XXX-XXXX-XXXX", "XXX XXXX XXXX", "XXXXXXXXXXX"], ["+82 XX-XXXX-XXXX", "+82 XX XXXX XXXX"]),
        ("fix", ["2[2-9]XXXXXXX"], ["XX-XXXX-XXXX", "XX) XXXX-XXXX"], ["+82 X-XXXX-XXXX"]),
    ], ["1059"]),
    "CN": ("86", "0", [
        ("mob", ["13[0-9]XXXXXXXX", "15[0-35-9]XXXXXXXX", "18[0-9]XXXXXXXX", "17[3678]XXXXXXXX", "19[89]XXXXXXXX"],
         [], ["+86 XXX XXXX XXXX", "+86 XXX-XXXX-XXXX"]),
        ("fix", ["10[5-8]XXXXXXX", "21[5-6]XXXXXXX"], ["XXX-XXXXXXXX", "(XXX) XXXX XXXX", "XXX XXXX XXXX"], ["+86 XX XXXX XXXX"]),
    ], ["10800"]),
    "TW": ("886", "0", [
        ("mob", ["9[0-8]XXXXXXX"], ["XXXX-XXX-XXX", "XXXX XXX XXX"], ["+886 XXX XXX XXX", "+886 X XXXX XXXX"]),
        ("fix", ["2[2-8]XXXXXXX"], ["(XX) XXXX-XXXX", "XX-XXXX-XXXX"], ["+886 X XXXX XXXX"]),
    ], []),
    "IN": ("91", "0", [
        ("mob", ["9[89]XXXXXXXX", "8[0-9]XXXXXXXX", "7[0-9]XXXXXXXX", "6[2-9]XXXXXXXX"], ["XXXXX XXXXX", "XXXXXXXXXX", "XXXXX-XXXXX"],
         ["+91 XXXXX XXXXX", "+91-XXXXXXXXXX", "+91 XXXXXXXXXX", "+91 XXX XXX XXXX"]),
        ("fix", ["11[2-6]XXXXXXX", "22[2-6]XXXXXXX", "80[2-4]XXXXXXX"], ["XXX-XXXXXXXX", "XXX XXXX XXXX"], ["+91 XX XXXX XXXX", "+91-XX-XXXXXXXX"]),
    ], []),
    "PK": ("92", "0", [
        ("mob", ["3[0-4][0-6]XXXXXXX"], ["XXXX XXXXXXX", "XXXX-XXXXXXX"], ["+92 XXX XXXXXXX", "+92 XXX XXX XXXX"]),
    ], []),
    "BD": ("880", "0", [
        ("mob", ["1[3-9]XXXXXXXX"], ["XXXXX-XXXXXX", "XXXXX XXXXXX", "XXXXXXXXXXX"], ["+880 XXXX-XXXXXX", "+880 XXXX XXXXXX"]),
    ], []),
    "EG": ("20", "0", [
        ("mob", ["1[0125]XXXXXXXX"], ["XXXX XXX XXXX", "XXXXXXXXXXX"], ["+20 XX XXXX XXXX", "+20 XXX XXX XXXX"]),
        ("fix", ["2[23]XXXXXXX"], ["XX XXXX XXXX"], ["+20 X XXXX XXXX"]),
    ], []),
    "SA": ("966", "0", [
        ("mob", ["5[0345689]XXXXXXX"], ["XXX XXX XXXX", "XXXXXXXXXX"], ["+966 XX XXX XXXX", "+966 XXXXXXXXX"]),
        ("fix", ["11[2-4]XXXXXX"], ["XXX XXX XXXX"], ["+966 XX XXX XXXX"]),
    ], []),
    "AE": ("971", "0", [
        ("mob", ["5[024-6]XXXXXXX"], ["XXX XXX XXXX", "XXX-XXXXXXX"], ["+971 XX XXX XXXX"]),
        ("fix", ["4[2-4]XXXXXX"], ["XX XXX XXXX"], ["+971 X XXX XXXX"]),
    ], []),
    "IL": ("972", "0", [
        ("mob", ["5[02-4][2-9]XXXXXX"], ["XXX-XXX-XXXX", "XXX-XXXXXXX", "XXXXXXXXXX"], ["+972 XX-XXX-XXXX", "+972 XX XXX XXXX"]),
        ("fix", ["2[5-8]XXXXXX", "3[5-7]XXXXXX"], ["XX-XXX-XXXX", "XX-XXXXXXX"], ["+972 X-XXX-XXXX"]),
    ], []),
    "IR": ("98", "0", [
        ("mob", ["91[0-9]XXXXXXX", "93[0-9]XXXXXXX", "99[0-4]XXXXXXX"], ["XXXX XXX XXXX", "XXXXXXXXXXX"], ["+98 XXX XXX XXXX"]),
        ("fix", ["21[2-8]XXXXXXX"], ["XXX XXXX XXXX", "XXX-XXXXXXXX"], ["+98 XX XXXX XXXX"]),
    ], []),
    "TH": ("66", "0", [
        ("mob", ["8[1-9]XXXXXXX", "9[0-9]XXXXXXX", "6[1-5]XXXXXXX"], ["XXX-XXX-XXXX", "XXX XXX XXXX", "XXXXXXXXXX"], ["+66 XX XXX XXXX", "+66 XXXXXXXXX"]),
        ("fix", ["2[1-9]XXXXXX"], ["XX-XXX-XXXX", "XX XXX XXXX"], ["+66 X XXX XXXX"]),
    ], []),
    "VN": ("84", "0", [
        ("mob", ["9[0-46-8]XXXXXXX", "3[2-9]XXXXXXX", "8[1-5]XXXXXXX", "7[06-9]XXXXXXX"], ["XXXX XXX XXX", "XXXX.XXX.XXX", "XXXXXXXXXX"], ["+84 XX XXX XXXX", "+84 XXX XXX XXX"]),
        ("fix", ["24[3-8]XXXXXXX", "28[3-9]XXXXXXX"], ["XXX XXXX XXXX"], ["+84 XX XXXX XXXX"]),
    ], []),
    "ID": ("62", "0", [
        ("mob", ["81[1-3]XXXXXXXX", "85[2-3]XXXXXXXX", "87[78]XXXXXXXX"], ["XXXX-XXXX-XXXX", "XXXX XXXX XXXX", "XXXXXXXXXXXX"], ["+62 XXX-XXXX-XXXX", "+62 XXX XXXX XXXX"]),
        ("fix", ["21[2-8]XXXXXXX"], ["(XXX) XXXXXXXX", "XXX-XXXX XXXX"], ["+62 XX XXXXXXXX"]),
    ], []),
    "MY": ("60", "0", [
        ("mob", ["1[2367][1-9]XXXXXX"], ["XXX-XXX XXXX", "XXX-XXXXXXX"], ["+60 XX-XXX XXXX", "+60 XX XXX XXXX"]),
    ], []),
    "PH": ("63", "0", [
        ("mob", ["91[7-9]XXXXXXX", "92[0179]XXXXXXX", "939XXXXXXX", "945XXXXXXX", "95[56]XXXXXXX", "966XXXXXXX", "977XXXXXXX", "99[58]XXXXXXX"], ["XXXX XXX XXXX", "XXXX-XXX-XXXX", "XXXXXXXXXXX"], ["+63 XXX XXX XXXX", "+63 XXXXXXXXXX"]),
        ("fix", ["28[0-9]XXXXXX"], ["(XX) XXXX XXXX"], ["+63 X XXXX XXXX"]),
    ], []),
    "SG": ("65", "", [
        ("mob", ["[89][1-8]XXXXXX"], ["XXXX XXXX"], ["+65 XXXX XXXX"]),
        ("fix", ["6[1-8]XXXXXX"], ["XXXX XXXX"], ["+65 XXXX XXXX"]),
    ], ["6623"]),
    "AU": ("61", "0", [
        ("mob", ["4[0-3]XXXXXXX"], ["XXXX XXX XXX", "XXXXXXXXXX"], ["+61 XXX XXX XXX", "+61 X XXXX XXXX"]),
        ("fix", ["2[89]XXXXXXX", "3[89]XXXXXXX"], ["(XX) XXXX XXXX", "XX XXXX XXXX"], ["+61 X XXXX XXXX"]),
    ], ["491570", "25550", "27010"]),
    "IE": ("353", "0", [
        ("mob", ["8[35-7]XXXXXXX"], ["XXX XXX XXXX", "XXX-XXXXXXX"], ["+353 XX XXX XXXX"]),
        ("fix", ["1[2-9]XXXXXX"], ["XX XXX XXXX"], ["+353 X XXX XXXX"]),
    ], []),
    "ZA": ("27", "0", [
        ("mob", ["8[2-4]XXXXXXX", "7[1-46-9]XXXXXXX", "6[0-3]XXXXXXX"], ["XXX XXX XXXX"], ["+27 XX XXX XXXX"]),
        ("fix", ["21[4-9]XXXXXX", "11[2-9]XXXXXX"], ["XXX XXX XXXX"], ["+27 XX XXX XXXX"]),
    ], []),
    "NG": ("234", "0", [
        ("mob", ["80[3-9]XXXXXXX", "70[3-8]XXXXXXX", "81[0-8]XXXXXXX", "90[3-6]XXXXXXX"], ["XXXX XXX XXXX", "XXXXXXXXXXX"], ["+234 XXX XXX XXXX", "+234 XXXXXXXXXX"]),
    ], []),
    "KE": ("254", "0", [
        ("mob", ["7[0-2]XXXXXXX", "11[0-5]XXXXXX"], ["XXXX XXX XXX", "XXXXXXXXXX"], ["+254 XXX XXX XXX", "+254 XXXXXXXXX"]),
    ], []),
    "GR": ("30", "", [
        ("mob", ["69[3-9]XXXXXXX"], ["XXX XXX XXXX", "XXXXXXXXXX", "XXX XXXXXXX"], ["+30 XXX XXX XXXX"]),
        ("fix", ["21[0-9]XXXXXXX"], ["XXX XXX XXXX", "XXX XXXXXXX"], ["+30 XXX XXX XXXX"]),
    ], []),
    "CZ": ("420", "", [
        ("mob", ["60[1-8]XXXXXX", "7[2379][0-9]XXXXXX"], ["XXX XXX XXX", "XXXXXXXXX"], ["+420 XXX XXX XXX"]),
        ("fix", ["2[2-9]XXXXXXX"], ["XXX XXX XXX"], ["+420 XXX XXX XXX"]),
    ], []),
    "HU": ("36", "06", [
        ("mob", ["20[2-9]XXXXXX", "30[2-9]XXXXXX", "70[2-9]XXXXXX"], ["XX XX XXX XXXX", "XX-XX-XXX-XXXX", "XX/XX XXX XXXX"], ["+36 XX XXX XXXX", "+36 XX/XXX-XXXX"]),
        ("fix", ["1[2-9]XXXXXX"], ["XX X XXX XXXX", "XX-X-XXX-XXXX"], ["+36 X XXX XXXX"]),
    ], []),
    "RO": ("40", "0", [
        ("mob", ["7[2-7][0-9]XXXXXX"], ["XXXX XXX XXX", "XXXX.XXX.XXX", "XXXXXXXXXX"], ["+40 XXX XXX XXX", "+40 XXXXXXXXX"]),
        ("fix", ["21[2-4]XXXXXX"], ["XXX XXX XXXX", "XXX.XXX.XX.XX"], ["+40 XX XXX XXXX"]),
    ], []),
}


def _rejected(region, nsn):
    for rj in PHONES[region][3]:
        if rj == "N11":
            if region == "US" and nsn[4:6] == "11":
                return True
        elif region == "US":
            if nsn[3:6] == rj:
                return True
        elif nsn.startswith(rj):
            return True
    return False


PHONE_FORMS = [("nat", 44), ("intl", 26), ("00", 9), ("e164", 12), ("digits", 9)]


def make_phone(region, typ=None, form=None):
    cc, trunk, blocks, _ = PHONES[region]
    cands = [b for b in blocks if typ is None or b[0] == typ or b[0] == "any"] or blocks
    if typ is None and len(cands) > 1:
        # mobiles dominate what people paste
        cands = [wch([(b, 3 if b[0] in ("mob", "any") else 1) for b in cands])]
    b = ch(cands)
    while True:
        nsn = gen_pat(ch(b[1]))
        if not _rejected(region, nsn):
            break
    if form is None:
        form = wch(PHONE_FORMS)
        if cc == "1" and form == "00":
            form = "intl"
        if region == "CN" and b[0] == "mob" and form == "nat":
            form = ch(["cnmob", "cnmob", "digits"])
    if form == "nat" and not b[2]:
        form = "intl"
    if form == "nat":
        t = ch(b[2])
        v = fill(t, trunk + nsn if t.count("X") == len(trunk + nsn) else nsn)
    elif form == "intl":
        v = fill(ch(b[3]), nsn)
    elif form == "00":
        v = "00" + fill(ch(b[3]), nsn)[1:]
    elif form == "e164":
        v = "+" + cc + nsn
    elif form == "cnmob":
        v = fill(ch(["XXX XXXX XXXX", "XXX-XXXX-XXXX"]), nsn)
    else:
        v = trunk + nsn
    return v, "%s_%s_%s" % (region, b[0], form)


# ---------------------------------------------------------------- cards
# network: ([IIN patterns], [lengths], display name)
CARDS = {
    "visa": (["4[1-9]XXXX"], [16], "Visa"),
    "mc": (["5[1-5]XXXX", "22[3-9]XXX", "2[3-6]XXXX", "27[01]XXX"], [16], "Mastercard"),
    "amex": (["34XXXX", "37XXXX"], [15], "American Express"),
    "discover": (["6011XX", "64[4-9]XXX", "65XXXX"], [16], "Discover"),
    "jcb": (["35[3-8]XXX", "352[89]XX"], [16], "JCB"),
    "unionpay": (["62[1-8]XXX"], [16, 16, 19], "UnionPay"),
    "diners": (["36XXXX", "30[0-5]XXX"], [14], "Diners Club"),
    "mir": (["220[0-4]XX"], [16], "Mir"),
    "troy": (["9792XX"], [16], "Troy"),
    "rupay": (["6521XX", "6522XX", "607[0-9]XX", "508[5-9]XX", "817[0-9]XX"], [16], "RuPay"),
    "elo": (["636368", "504175", "438935", "451416", "50904X", "650[0-4]XX"], [16], "Elo"),
    "hipercard": (["606282"], [16], "Hipercard"),
    "uzcard": (["8600XX"], [16], "Uzcard"),
    "humo": (["9860XX"], [16], "Humo"),
    "verve": (["5061XX", "6500XX"], [16, 19], "Verve"),
    "napas": (["9704XX"], [16, 19], "Napas"),
    "shetab": (["603799", "610433", "589210", "627412", "621986", "603770", "627353"], [16], "Shetab"),
    "mada": (["588845", "446404", "440647", "968208"], [16], "mada"),
    "meeza": (["507803"], [16], "Meeza"),
    "dankort": (["5019XX", "4571XX"], [16], "Dankort"),
    "maestro": (["6759XX", "6763XX"], [16, 18], "Maestro"),
    "bancontact": (["6703XX"], [17], "Bancontact"),
}

# published test/documentation numbers: never used as positives
TEST_CARDS = [
    "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881", "4222222222222",
    "5555555555554444", "5200828282828210", "5105105105105100", "2223003122003222", "378282246310005",
    "371449635398431", "378734493671000", "6011111111111117", "6011000990139424", "3056930009020004",
    "36227206271667", "3566002020360505", "6200000000000005", "4000000000000002", "4000002500003155",
    "4988438843884305", "5454545454545454", "4917610000000000", "6759649826438453", "4035501000000008",
    "4000000000000077", "4000000000009995", "30569309025904", "38520000023237", "3530111333300000",
    "5019717010103742", "6331101999990016",
]


def card_group(num, style):
    n = len(num)
    if style == "none":
        return num
    sep = " " if style == "space" else "-"
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 19 and R.random() < 0.4:
        parts = [num[:6], num[6:]]
    else:
        parts = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


def make_card(net, style=None):
    pats, lens, _ = CARDS[net]
    while True:
        L = ch(lens)
        body = gen_pat(ch(pats))
        body += rs(DIG, L - 1 - len(body))
        num = luhn_complete(body)
        if num not in TEST_CARDS and len(set(num[6:-1])) > 3:
            break
    if style is None:
        style = wch([("space", 50), ("none", 32), ("dash", 18)])
    return card_group(num, style), "%s_%d_%s" % (net, len(num), style)


# ---------------------------------------------------------------- api keys

def b62(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


def gh_token(prefix):
    body = rs(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff).rjust(6, "0")


def gh_checksum_ok(tok):
    i = tok.index("_")
    body, cs = tok[i + 1:i + 31], tok[i + 31:]
    return len(cs) == 6 and b62(zlib.crc32(body.encode()) & 0xffffffff).rjust(6, "0") == cs


BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

# provider shape -> (maker, display name, env var, regex for --check)
KEYS = {
    "openai_proj": (lambda: "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74), "OpenAI", "OPENAI_API_KEY", r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}"),
    "openai_legacy": (lambda: "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20), "OpenAI", "OPENAI_API_KEY", r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"),
    "openai_svcacct": (lambda: "sk-svcacct-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74), "OpenAI", "OPENAI_API_KEY", r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}"),
    "anthropic": (lambda: "sk-ant-api03-" + rs(B64URL, 93) + "AA", "Anthropic", "ANTHROPIC_API_KEY", r"sk-ant-api03-[A-Za-z0-9_-]{93}AA"),
    "anthropic_admin": (lambda: "sk-ant-admin01-" + rs(B64URL, 93) + "AA", "Anthropic", "ANTHROPIC_ADMIN_KEY", r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA"),
    "github_pat": (lambda: gh_token("ghp_"), "GitHub", "GITHUB_TOKEN", r"ghp_[A-Za-z0-9]{36}"),
    "github_oauth": (lambda: gh_token("gho_"), "GitHub", "GH_TOKEN", r"gho_[A-Za-z0-9]{36}"),
    "github_fine": (lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59), "GitHub", "GITHUB_TOKEN", r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "npm": (lambda: gh_token("npm_"), "npm", "NPM_TOKEN", r"npm_[A-Za-z0-9]{36}"),
    "aws_akid": (lambda: "AKIA" + rs(BASE32, 16), "AWS", "AWS_ACCESS_KEY_ID", r"AKIA[A-Z2-7]{16}"),
    "stripe_live": (lambda: "sk_live_51" + rs(ALNUM, 22) + rs(ALNUM, 75), "Stripe", "STRIPE_SECRET_KEY", r"sk_live_51[A-Za-z0-9]{97}"),
    "stripe_restricted": (lambda: "rk_live_51" + rs(ALNUM, 22) + rs(ALNUM, 75), "Stripe", "STRIPE_API_KEY", r"rk_live_51[A-Za-z0-9]{97}"),
    "google": (lambda: "AIzaSy" + rs(B64URL, 33), "Google", "GOOGLE_API_KEY", r"AIza[A-Za-z0-9_-]{35}"),
    "slack_bot": (lambda: "xoxb-" + ch("123456789") + rs(DIG, 10) + "-" + ch("123456789") + rs(DIG, 12) + "-" + rs(ALNUM, 24), "Slack", "SLACK_BOT_TOKEN", r"xoxb-[0-9]{11}-[0-9]{13}-[A-Za-z0-9]{24}"),
    "slack_user": (lambda: "xoxp-" + ch("123456789") + rs(DIG, 10) + "-" + ch("123456789") + rs(DIG, 11) + "-" + ch("123456789") + rs(DIG, 12) + "-" + rs(HEX, 32), "Slack", "SLACK_USER_TOKEN", r"xoxp-[0-9]{11}-[0-9]{12}-[0-9]{13}-[a-f0-9]{32}"),
    "huggingface": (lambda: "hf_" + rs(UP + LO, 34), "Hugging Face", "HF_TOKEN", r"hf_[A-Za-z]{34}"),
    "gitlab": (lambda: "glpat-" + rs(ALNUM + "-_", 20), "GitLab", "GITLAB_TOKEN", r"glpat-[A-Za-z0-9_-]{20}"),
    "groq": (lambda: "gsk_" + rs(ALNUM, 52), "Groq", "GROQ_API_KEY", r"gsk_[A-Za-z0-9]{52}"),
    "xai": (lambda: "xai-" + rs(ALNUM, 80), "xAI", "XAI_API_KEY", r"xai-[A-Za-z0-9]{80}"),
    "openrouter": (lambda: "sk-or-v1-" + rs(HEX, 64), "OpenRouter", "OPENROUTER_API_KEY", r"sk-or-v1-[a-f0-9]{64}"),
    "sendgrid": (lambda: "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43), "SendGrid", "SENDGRID_API_KEY", r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}"),
    "shopify": (lambda: "shpat_" + rs(HEX, 32), "Shopify", "SHOPIFY_ACCESS_TOKEN", r"shpat_[a-f0-9]{32}"),
    "digitalocean": (lambda: "dop_v1_" + rs(HEX, 64), "DigitalOcean", "DIGITALOCEAN_TOKEN", r"dop_v1_[a-f0-9]{64}"),
    "replicate": (lambda: "r8_" + rs(ALNUM, 37), "Replicate", "REPLICATE_API_TOKEN", r"r8_[A-Za-z0-9]{37}"),
    "perplexity": (lambda: "pplx-" + rs(ALNUM, 48), "Perplexity", "PERPLEXITY_API_KEY", r"pplx-[A-Za-z0-9]{48}"),
    "linear": (lambda: "lin_api_" + rs(ALNUM, 40), "Linear", "LINEAR_API_KEY", r"lin_api_[A-Za-z0-9]{40}"),
    "notion": (lambda: "secret_" + rs(ALNUM, 43), "Notion", "NOTION_TOKEN", r"secret_[A-Za-z0-9]{43}"),
    "telegram": (lambda: ch("5678") + rs(DIG, 9) + ":AA" + rs(B64URL, 33), "Telegram", "TELEGRAM_BOT_TOKEN", r"[0-9]{10}:AA[A-Za-z0-9_-]{33}"),
    "deepseek": (lambda: "sk-" + rs(HEX, 32), "DeepSeek", "DEEPSEEK_API_KEY", r"sk-[a-f0-9]{32}"),
    "postman": (lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34), "Postman", "POSTMAN_API_KEY", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
    "langsmith": (lambda: "lsv2_pt_" + rs(HEX, 32) + "_" + rs(HEX, 10), "LangSmith", "LANGSMITH_API_KEY", r"lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}"),
    "tavily": (lambda: "tvly-dev-" + rs(ALNUM, 32), "Tavily", "TAVILY_API_KEY", r"tvly-dev-[A-Za-z0-9]{32}"),
    "firecrawl": (lambda: "fc-" + rs(HEX, 32), "Firecrawl", "FIRECRAWL_API_KEY", r"fc-[a-f0-9]{32}"),
    "elevenlabs": (lambda: "sk_" + rs(HEX, 48), "ElevenLabs", "ELEVENLABS_API_KEY", r"sk_[a-f0-9]{48}"),
    "mailgun": (lambda: "key-" + rs(HEX, 32), "Mailgun", "MAILGUN_API_KEY", r"key-[a-f0-9]{32}"),
    "pulumi": (lambda: "pul-" + rs(HEX, 40), "Pulumi", "PULUMI_ACCESS_TOKEN", r"pul-[a-f0-9]{40}"),
}

# weights: what actually shows up in months of personal / coding-agent history
KEY_WEIGHTS = [
    ("openai_proj", 16), ("openai_legacy", 4), ("openai_svcacct", 2), ("anthropic", 14), ("anthropic_admin", 1),
    ("github_pat", 9), ("github_oauth", 2), ("github_fine", 5), ("npm", 3), ("aws_akid", 6), ("stripe_live", 4),
    ("stripe_restricted", 1), ("google", 7), ("slack_bot", 3), ("slack_user", 1), ("huggingface", 4), ("gitlab", 3),
    ("groq", 3), ("xai", 1), ("openrouter", 3), ("sendgrid", 2), ("shopify", 1), ("digitalocean", 1), ("replicate", 1),
    ("perplexity", 1), ("linear", 1), ("notion", 1), ("telegram", 3), ("deepseek", 2), ("postman", 1), ("langsmith", 1),
    ("tavily", 1), ("firecrawl", 1), ("elevenlabs", 1), ("mailgun", 1), ("pulumi", 1),
]

# label-only keys: no provider prefix, recognisable only from the name / header / sentence around them
PLAIN_KEYS = {
    "mistral": (lambda: rs(ALNUM, 32), "Mistral", "MISTRAL_API_KEY"),
    "cohere": (lambda: rs(ALNUM, 40), "Cohere", "COHERE_API_KEY"),
    "datadog": (lambda: rs(HEX, 32), "Datadog", "DD_API_KEY"),
    "azure_openai": (lambda: rs(HEX, 32), "Azure OpenAI", "AZURE_OPENAI_API_KEY"),
    "openweather": (lambda: rs(HEX, 32), "OpenWeatherMap", "OPENWEATHER_API_KEY"),
    "cloudflare": (lambda: rs(ALNUM + "-_", 40), "Cloudflare", "CLOUDFLARE_API_TOKEN"),
    "vercel": (lambda: rs(ALNUM, 24), "Vercel", "VERCEL_TOKEN"),
    "heroku": (lambda: "%s-%s-%s-%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 4), rs(HEX, 4), rs(HEX, 12)), "Heroku", "HEROKU_API_KEY"),
    "pinecone": (lambda: "%s-%s-%s-%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 4), rs(HEX, 4), rs(HEX, 12)), "Pinecone", "PINECONE_API_KEY"),
    "brevo": (lambda: rs(ALNUM, 40), "Brevo", "BREVO_API_KEY"),
    "airtable": (lambda: rs(ALNUM, 32), "Airtable", "AIRTABLE_API_KEY"),
    "twilio_auth": (lambda: rs(HEX, 32), "Twilio", "TWILIO_AUTH_TOKEN"),
    "jina": (lambda: rs(ALNUM, 48), "Jina", "JINA_API_KEY"),
    "serpapi": (lambda: rs(HEX, 64), "SerpAPI", "SERPAPI_API_KEY"),
    "newsapi": (lambda: rs(HEX, 32), "NewsAPI", "NEWS_API_KEY"),
    "alpha_vantage": (lambda: rs(UP + DIG, 16), "Alpha Vantage", "ALPHAVANTAGE_API_KEY"),
    "together": (lambda: rs(HEX, 64), "Together AI", "TOGETHER_API_KEY"),
    "deepl": (lambda: "%s-%s-%s-%s-%s:fx" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 4), rs(HEX, 4), rs(HEX, 12)), "DeepL", "DEEPL_AUTH_KEY"),
}
PLAIN_ORDER = ["mistral", "cohere", "datadog", "azure_openai", "openweather", "cloudflare", "vercel", "heroku", "pinecone",
               "brevo", "airtable", "twilio_auth", "jina", "serpapi", "newsapi", "alpha_vantage", "together", "deepl"]


def make_key(prov=None):
    """Returns (value, shape, display name, env var)."""
    if prov is None:
        prov = wch(KEY_WEIGHTS)
    mk, name, env, _ = KEYS[prov]
    return mk(), prov, name, env


def make_plain_key(prov=None):
    if prov is None:
        prov = ch(PLAIN_ORDER)
    mk, name, env = PLAIN_KEYS[prov]
    return mk(), "plain_" + prov, name, env


# ---------------------------------------------------------------- people, e-mail
GENERIC_DOMAINS = ["gmail.com"] * 8 + ["outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "live.com"]
WORK_DOMAINS = ["brightlane.io", "kessler-bau.de", "atelier-moreau.fr", "northwindlabs.co", "fjordtech.no", "tidewater-legal.com",
                "hollandsoft.nl", "quantix.ai", "verdantgrowers.com.au", "sakura-trading.co.jp", "hanbit-ent.co.kr",
                "mercadoluz.com.br", "grupoandino.co", "lumenhealth.org", "stackyard.dev", "pinebridge.edu", "orbitalfreight.com",
                "novaterra.it", "baltic-cargo.pl", "cedarloop.app", "milano-design.it", "studio-kraft.at", "ruta-sur.es",
                "helvetia-consult.ch", "dhow-logistics.ae", "bluepeak.in", "harbourview.ie", "zuidkust.be"]

LANGS = {}


def L(code, weight, regions, cards, names, domains, T):
    LANGS[code] = dict(weight=weight, regions=regions, cards=cards, names=names, domains=domains, T=T)


L("en", 30, [("US", 40), ("GB", 22), ("AU", 7), ("IE", 4), ("IN", 8), ("NG", 5), ("ZA", 4), ("SG", 3), ("KE", 3), ("PH", 4)],
  [("visa", 40), ("mc", 30), ("amex", 14), ("discover", 6), ("maestro", 3), ("verve", 3), ("rupay", 4)],
  [("James Miller", "james", "miller"), ("Sarah Johnson", "sarah", "johnson"), ("Emily Clarke", "emily", "clarke"),
   ("Michael Brown", "michael", "brown"), ("Priya Shah", "priya", "shah"), ("Daniel Okafor", "daniel", "okafor"),
   ("Hannah Walsh", "hannah", "walsh"), ("Chris Nguyen", "chris", "nguyen"), ("Olivia Bennett", "olivia", "bennett"),
   ("Tom Fletcher", "tom", "fletcher"), ("Grace Mwangi", "grace", "mwangi"), ("Ryan Patel", "ryan", "patel"),
   ("Megan Hughes", "megan", "hughes"), ("Jack Thompson", "jack", "thompson"), ("Aisha Bello", "aisha", "bello")],
  ["btinternet.com", "comcast.net", "sky.com", "bigpond.com", "rediffmail.com", "yahoo.co.uk", "aol.com"],
  {
      "phone": [
          "can you rewrite this voicemail greeting so it ends with my callback number {phone}? keep it under 20 seconds",
          "Write a short text to my landlord saying the boiler is broken again and he can reach me on {phone} any time after 6",
          "format this phone number nicely for a business card: {phone}",
          "my mum's new number is {phone} - how do I add it as a favourite contact on an iPhone?",
          "I keep getting missed calls from {phone}, is that a scam? they never leave a voicemail",
          "turn this into a friendly flyer for my dog walking business, call or text {phone}, 15 dollars per walk, weekdays only",
          "Reply to the recruiter: thanks, happy to do a call on Thursday, best number to reach me is {phone}",
          "what's the best way to write {phone} on my CV if I'm applying for jobs abroad?",
          "text for a lost cat poster: grey tabby, answers to Miso, last seen near the park. Call {phone}",
          "Can you write a message to the plumber confirming Tuesday 9am? My mobile is {phone} if he's running late",
          "rewrite more politely: 'stop calling my work line, use my cell {phone} instead'",
          "my wife's phone number is {phone}, write an emergency contact card for our kid's school bag",
      ],
      "email": [
          "write a polite follow-up email to {email} about the invoice, it's been 3 weeks",
          "Is {email} professional enough for job applications or should I make a new address?",
          "draft a short thank-you note to {email} for the interview yesterday",
          "How do I stop emails from {email} landing in my spam folder in Gmail?",
          "Write an email to my son's teacher at {email} saying he'll miss school Friday for a dentist appointment",
          "can you help me reply to {email}? they want to reschedule the viewing to next week and I'm fine with Wednesday",
          "I need to unsubscribe from a newsletter but it keeps coming, the sender is {email}. write a firm GDPR request",
          "make a cover letter for the barista job, my email is {email}",
          "Summarise this for my boss and cc {email} - actually just give me the text, I'll send it myself",
      ],
      "card": [
          "I was charged twice on my card {card}, write a dispute letter to the bank",
          "is this card number even valid? {card} the checkout keeps saying invalid card",
          "My {net} card {card} got declined at the hotel, what could be the reason if I have enough money?",
          "I lost my wallet. which number should I call to block card {card}? it's a {net}",
          "The gym keeps charging my credit card {card} even though I cancelled in March, write a complaint",
          "why would Apple Pay reject adding my card {card}? it works fine in shops",
          "my debit card number is {card} and the bank app says it's frozen, draft a message to support",
      ],
      "key": [
          "my {prov} key is {key} and I keep getting 401, what am I doing wrong?",
          "I accidentally pushed {key} to a public GitHub repo. it's my {prov} key. what do I do first?",
          "here's my {prov} API key: {key} - set up the python client for me",
          "Is it safe to put my {prov} token {key} directly in the frontend code? it's just a side project",
          "why do I get 'invalid api key' with {key}? I just created it in the {prov} dashboard",
      ],
      "pe": [
          "Update my CV header: {name}, {phone}, {email}",
          "write an out-of-office reply; for urgent matters contact my colleague at {email} or {phone}",
          "make me a simple vCard text for {name}, mobile {phone}, email {email}",
          "Fix the formatting of my contact details for the wedding invitations: {name} / {phone} / {email}",
      ],
  })

L("de", 7, [("DE", 70), ("AT", 15), ("CH", 15)], [("visa", 40), ("mc", 45), ("amex", 10), ("maestro", 5)],
  [("Lukas Schneider", "lukas", "schneider"), ("Anna Weber", "anna", "weber"), ("Jonas Becker", "jonas", "becker"),
   ("Katrin Hoffmann", "katrin", "hoffmann"), ("Felix Wagner", "felix", "wagner"), ("Sabine Krüger", "sabine", "krueger"),
   ("Jürgen Schäfer", "juergen", "schaefer"), ("Lea Zimmermann", "lea", "zimmermann")],
  ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de", "gmx.at", "bluewin.ch"],
  {
      "phone": [
          "Kannst du mir eine kurze SMS an meinen Vermieter schreiben? Die Heizung ist wieder kaputt, er soll mich unter {phone} zurückrufen.",
          "Formatiere bitte meine Handynummer {phone} ordentlich für die Signatur.",
          "Ich bekomme ständig Anrufe von {phone}, ist das eine bekannte Betrugsmasche?",
          "Schreib eine Nachricht an den Handwerker: Termin Dienstag 8 Uhr passt, falls was ist, bitte kurz unter {phone} melden.",
          "Meine Nummer für Rückfragen ist {phone} – bau das bitte in die Kündigung vom Fitnessstudio ein.",
      ],
      "email": [
          "Schreib eine höfliche Erinnerung an {email} wegen der offenen Rechnung.",
          "Meine E-Mail-Adresse ist {email} – kannst du daraus eine seriöse Bewerbungssignatur machen?",
          "Wie formuliere ich eine Absage an {email}, ohne unhöflich zu wirken?",
          "Bitte eine kurze Krankmeldung an {email} formulieren, ich bin bis Freitag krankgeschrieben.",
      ],
      "card": [
          "Auf meiner Kreditkarte {card} wurde zweimal abgebucht, bitte formuliere einen Widerspruch an die Bank.",
          "Meine {net}-Karte {card} wird bei Amazon abgelehnt, woran kann das liegen?",
          "Ich habe meine Karte verloren, Kartennummer {card}. Welche Sperrnummer muss ich anrufen?",
      ],
      "key": [
          "Mein {prov}-API-Key ist {key}, trotzdem bekomme ich 401 Unauthorized. Was mache ich falsch?",
          "Ich habe aus Versehen meinen {prov}-Schlüssel {key} in ein öffentliches Repo gepusht, was muss ich jetzt tun?",
      ],
      "pe": ["Bitte aktualisiere meinen Lebenslauf-Kopf: {name}, Tel. {phone}, {email}",
             "Abwesenheitsnotiz bitte: in dringenden Fällen an {email} oder telefonisch unter {phone} wenden."],
  })

L("fr", 6, [("FR", 80), ("BE", 10), ("CH", 10)], [("visa", 55), ("mc", 40), ("amex", 5)],
  [("Camille Martin", "camille", "martin"), ("Julien Bernard", "julien", "bernard"), ("Léa Dubois", "lea", "dubois"),
   ("Thomas Moreau", "thomas", "moreau"), ("Chloé Laurent", "chloe", "laurent"), ("Nicolas Lefèvre", "nicolas", "lefevre")],
  ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "skynet.be"],
  {
      "phone": [
          "Peux-tu écrire un SMS à mon propriétaire pour dire que la chaudière est en panne ? Il peut me joindre au {phone}.",
          "Mets mon numéro {phone} dans la signature de mon mail, en format pro.",
          "Je reçois des appels du {phone} tous les jours, c'est une arnaque ?",
          "Rédige un message pour la nounou : on rentre vers 19h, en cas de souci appeler le {phone}.",
      ],
      "email": [
          "Rédige une relance polie à {email} pour la facture impayée.",
          "Mon adresse mail est {email}, tu peux me faire une signature professionnelle ?",
          "Écris un mail à {email} pour décaler le rendez-vous de jeudi à la semaine prochaine.",
      ],
      "card": [
          "J'ai été débité deux fois sur ma carte {card}, aide-moi à écrire une réclamation à ma banque.",
          "Ma carte {net} {card} est refusée sur un site marchand, pourquoi ?",
          "J'ai perdu mon portefeuille, ma carte bancaire c'est la {card}, comment faire opposition ?",
      ],
      "key": ["Ma clé API {prov} est {key} mais j'ai une erreur 401, tu vois le problème ?",
              "J'ai mis ma clé {key} dans un repo public par erreur, c'est grave ? c'est une clé {prov}"],
      "pe": ["Mets à jour l'en-tête de mon CV : {name}, {phone}, {email}"],
  })

L("es", 6, [("ES", 50), ("MX", 30), ("CO", 20)], [("visa", 55), ("mc", 40), ("amex", 5)],
  [("Lucía García", "lucia", "garcia"), ("Javier Fernández", "javier", "fernandez"), ("Sofía Martínez", "sofia", "martinez"),
   ("Diego Ramírez", "diego", "ramirez"), ("Valentina Torres", "valentina", "torres"), ("Pablo Ruiz", "pablo", "ruiz")],
  ["hotmail.es", "yahoo.es", "telefonica.net", "prodigy.net.mx", "yahoo.com.mx"],
  {
      "phone": [
          "¿Me ayudas a escribir un WhatsApp para el casero? Se ha roto el calentador y puede llamarme al {phone}.",
          "Pon mi número {phone} en la firma del correo con un formato bonito.",
          "Me llaman todos los días desde el {phone}, ¿será una estafa?",
          "Escribe un anuncio para vender mi bici: 150 euros, casi nueva, interesados al {phone}.",
      ],
      "email": [
          "Escribe un correo amable a {email} recordándole la factura pendiente.",
          "Mi correo es {email}, hazme una firma profesional para el trabajo.",
          "Redacta un correo a {email} pidiendo cambiar la cita del dentista.",
      ],
      "card": [
          "Me cobraron dos veces en la tarjeta {card}, redacta una reclamación para el banco.",
          "Mi tarjeta {net} {card} me la rechazan al pagar online, ¿por qué puede ser?",
      ],
      "key": ["Mi API key de {prov} es {key} y me da error 401, ¿qué estoy haciendo mal?",
              "Subí sin querer mi clave de {prov} {key} a GitHub, ¿qué hago?"],
      "pe": ["Actualiza la cabecera de mi CV: {name}, tel. {phone}, {email}"],
  })

L("pt", 5, [("BR", 75), ("PT", 25)], [("elo", 25), ("hipercard", 8), ("visa", 35), ("mc", 32)],
  [("Ana Souza", "ana", "souza"), ("Pedro Oliveira", "pedro", "oliveira"), ("Mariana Costa", "mariana", "costa"),
   ("Rafael Lima", "rafael", "lima"), ("Beatriz Almeida", "beatriz", "almeida"), ("João Ferreira", "joao", "ferreira")],
  ["uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt", "hotmail.com.br"],
  {
      "phone": [
          "Escreve uma mensagem pro síndico avisando do vazamento, ele pode me ligar no {phone}.",
          "Coloca meu número {phone} na assinatura do e-mail, por favor.",
          "Recebo ligação todo dia do {phone}, é golpe?",
          "Faz um texto pro grupo do condomínio: vendo geladeira usada, interessados chamar no zap {phone}.",
      ],
      "email": [
          "Escreva um e-mail educado para {email} cobrando o pagamento da nota fiscal.",
          "Meu e-mail é {email}, faz uma assinatura profissional pra mim?",
          "Me ajuda a responder {email} aceitando a proposta de emprego?",
      ],
      "card": [
          "Fui cobrado duas vezes no cartão {card}, me ajuda a escrever uma contestação pro banco?",
          "Meu cartão {net} {card} foi recusado na compra online, o que pode ser?",
      ],
      "key": ["Minha chave da API da {prov} é {key} e dá erro 401, o que tá errado?"],
      "pe": ["Atualiza o cabeçalho do meu currículo: {name}, {phone}, {email}"],
  })

L("it", 3, [("IT", 100)], [("visa", 50), ("mc", 45), ("amex", 5)],
  [("Giulia Rossi", "giulia", "rossi"), ("Marco Bianchi", "marco", "bianchi"), ("Francesca Romano", "francesca", "romano"),
   ("Luca Ferrari", "luca", "ferrari"), ("Chiara Esposito", "chiara", "esposito")],
  ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
  {
      "phone": ["Scrivi un messaggio al padrone di casa: la caldaia è di nuovo rotta, può chiamarmi al {phone}.",
                "Il mio numero è {phone}, mettilo nella firma dell'email per favore.",
                "Mi chiamano ogni giorno dal {phone}, è una truffa?"],
      "email": ["Scrivi una mail cortese a {email} per sollecitare il pagamento della fattura.",
                "La mia email è {email}, mi prepari una firma professionale?"],
      "card": ["Mi hanno addebitato due volte sulla carta {card}, aiutami a scrivere un reclamo alla banca.",
               "La mia carta {net} {card} viene rifiutata online, perché?"],
      "key": ["La mia chiave API di {prov} è {key} ma ricevo errore 401, cosa sbaglio?"],
      "pe": ["Aggiorna l'intestazione del mio CV: {name}, cell. {phone}, {email}"],
  })

L("nl", 2.5, [("NL", 80), ("BE", 20)], [("visa", 40), ("mc", 45), ("bancontact", 15)],
  [("Daan de Vries", "daan", "devries"), ("Sanne Jansen", "sanne", "jansen"), ("Bram Visser", "bram", "visser"),
   ("Lotte Bakker", "lotte", "bakker")],
  ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "telenet.be"],
  {
      "phone": ["Kun je een berichtje aan mijn verhuurder schrijven? De cv-ketel is weer stuk, hij kan me bellen op {phone}.",
                "Zet mijn nummer {phone} netjes in mijn e-mailhandtekening."],
      "email": ["Schrijf een vriendelijke herinnering aan {email} over de openstaande factuur.",
                "Mijn e-mailadres is {email}, kun je er een zakelijke handtekening van maken?"],
      "card": ["Er is twee keer afgeschreven van mijn pas {card}, help me een klacht aan de bank te schrijven."],
      "key": ["Mijn {prov} API-sleutel is {key} maar ik krijg een 401, wat doe ik fout?"],
      "pe": ["Werk de kop van mijn cv bij: {name}, {phone}, {email}"],
  })

L("pl", 2.5, [("PL", 100)], [("visa", 55), ("mc", 45)],
  [("Katarzyna Nowak", "katarzyna", "nowak"), ("Piotr Kowalski", "piotr", "kowalski"), ("Agnieszka Wiśniewska", "agnieszka", "wisniewska"),
   ("Tomasz Zieliński", "tomasz", "zielinski")],
  ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
  {
      "phone": ["Napisz SMS do właściciela mieszkania, że znowu nie działa piecyk. Może dzwonić pod {phone}.",
                "Mój numer to {phone}, dodaj go do stopki maila."],
      "email": ["Napisz uprzejme przypomnienie do {email} w sprawie nieopłaconej faktury.",
                "Mój e-mail to {email}, zrób mi profesjonalną stopkę."],
      "card": ["Pobrano dwa razy opłatę z mojej karty {card}, pomóż mi napisać reklamację do banku."],
      "key": ["Mój klucz API {prov} to {key}, a dostaję błąd 401. Co robię źle?"],
      "pe": ["Zaktualizuj nagłówek CV: {name}, tel. {phone}, {email}"],
  })

L("sv", 1.5, [("SE", 100)], [("visa", 55), ("mc", 45)],
  [("Erik Lindqvist", "erik", "lindqvist"), ("Elin Johansson", "elin", "johansson"), ("Oskar Berg", "oskar", "berg")],
  ["telia.com", "bredband.net", "spray.se"],
  {
      "phone": ["Kan du skriva ett sms till hyresvärden om att elementet är trasigt? Han når mig på {phone}.",
                "Mitt nummer är {phone}, lägg in det i mejlsignaturen."],
      "email": ["Skriv en vänlig påminnelse till {email} om den obetalda fakturan."],
      "card": ["Jag har blivit dubbeldebiterad på mitt kort {card}, hjälp mig skriva en reklamation till banken."],
      "key": ["Min {prov}-nyckel är {key} men jag får 401, vad gör jag fel?"],
      "pe": ["Uppdatera CV-huvudet: {name}, {phone}, {email}"],
  })

L("nb", 1, [("NO", 100)], [("visa", 60), ("mc", 40)],
  [("Ingrid Hansen", "ingrid", "hansen"), ("Magnus Olsen", "magnus", "olsen")],
  ["online.no", "hotmail.no"],
  {
      "phone": ["Skriv en melding til utleier om at varmtvannsberederen er ødelagt igjen, han kan ringe meg på {phone}."],
      "email": ["Skriv en høflig påminnelse til {email} om den ubetalte fakturaen."],
      "card": ["Jeg har blitt trukket to ganger på kortet {card}, hjelp meg å skrive en klage til banken."],
      "key": ["{prov}-API-nøkkelen min er {key}, men jeg får 401. Hva er feil?"],
  })

L("da", 1, [("DK", 100)], [("dankort", 50), ("visa", 30), ("mc", 20)],
  [("Mette Nielsen", "mette", "nielsen"), ("Rasmus Sørensen", "rasmus", "sorensen")],
  ["jubii.dk", "mail.dk"],
  {
      "phone": ["Skriv en sms til udlejeren om at vandvarmeren er gået i stykker igen, han kan ringe på {phone}.",
                "Mit nummer er {phone}, sæt det ind i min mailsignatur."],
      "email": ["Skriv en venlig rykker til {email} om den ubetalte faktura."],
      "card": ["Jeg er blevet trukket to gange på mit kort {card}, hjælp mig med at skrive en klage til banken."],
      "key": ["Min {prov} API-nøgle er {key}, men jeg får 401. Hvad gør jeg forkert?"],
  })

L("fi", 1, [("FI", 100)], [("visa", 60), ("mc", 40)],
  [("Aino Virtanen", "aino", "virtanen"), ("Mikko Korhonen", "mikko", "korhonen")],
  ["luukku.com", "elisanet.fi"],
  {
      "phone": ["Kirjoita vuokranantajalle viesti, että lämminvesivaraaja on taas rikki. Hän voi soittaa numeroon {phone}.",
                "Numeroni on {phone}, lisää se sähköpostin allekirjoitukseen."],
      "email": ["Kirjoita kohtelias muistutus osoitteeseen {email} maksamattomasta laskusta."],
      "card": ["Korttiltani {card} veloitettiin kahdesti, auta kirjoittamaan reklamaatio pankille."],
      "key": ["{prov}-API-avaimeni on {key}, mutta saan virheen 401. Mikä on vialla?"],
  })

L("tr", 2.5, [("TR", 100)], [("troy", 30), ("visa", 35), ("mc", 35)],
  [("Elif Yılmaz", "elif", "yilmaz"), ("Mehmet Kaya", "mehmet", "kaya"), ("Zeynep Demir", "zeynep", "demir"), ("Emre Şahin", "emre", "sahin")],
  ["hotmail.com.tr", "yandex.com.tr", "mynet.com"],
  {
      "phone": ["Ev sahibine kombinin yine bozulduğunu söyleyen bir mesaj yazar mısın? Beni {phone} numarasından arayabilir.",
                "Numaram {phone}, e-posta imzama ekler misin?",
                "Her gün {phone} numarasından arıyorlar, dolandırıcı olabilir mi?"],
      "email": ["{email} adresine ödenmemiş fatura için kibar bir hatırlatma e-postası yaz.",
                "E-posta adresim {email}, profesyonel bir imza hazırlar mısın?"],
      "card": ["{card} numaralı kartımdan iki kez çekim yapılmış, bankaya itiraz dilekçesi yazar mısın?",
               "{net} kartım {card} internetten alışverişte reddediliyor, neden olabilir?"],
      "key": ["{prov} API anahtarım {key} ama 401 hatası alıyorum, sorun ne?"],
      "pe": ["Özgeçmişimin başlığını güncelle: {name}, {phone}, {email}"],
  })

L("ru", 4, [("RU", 85), ("UZ", 15)], [("mir", 45), ("visa", 30), ("mc", 25)],
  [("Анна Смирнова", "anna", "smirnova"), ("Дмитрий Иванов", "dmitry", "ivanov"), ("Екатерина Кузнецова", "ekaterina", "kuznetsova"),
   ("Алексей Попов", "alexey", "popov"), ("Ольга Соколова", "olga", "sokolova")],
  ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "list.ru"],
  {
      "phone": ["Напиши сообщение арендодателю, что опять сломался бойлер. Пусть перезвонит мне по номеру {phone}.",
                "Мой номер {phone}, добавь его в подпись письма.",
                "Мне каждый день звонят с номера {phone}, это мошенники?",
                "Составь объявление: продаю детскую коляску, почти новая, звонить по телефону {phone}."],
      "email": ["Напиши вежливое письмо на {email} с напоминанием об оплате счёта.",
                "Моя почта {email}, сделай мне профессиональную подпись."],
      "card": ["С моей карты {card} дважды списали деньги, помоги составить претензию в банк.",
               "Карта {net} {card} не проходит при оплате на сайте, в чём может быть причина?",
               "Переведи мне на карту {card}, напиши это сообщение вежливее для коллеги."],
      "key": ["Мой ключ {prov} API {key}, но возвращается 401. Что не так?"],
      "pe": ["Обнови шапку резюме: {name}, тел. {phone}, {email}"],
  })

L("uk", 1.5, [("UA", 100)], [("visa", 55), ("mc", 45)],
  [("Олена Шевченко", "olena", "shevchenko"), ("Андрій Бондаренко", "andrii", "bondarenko"), ("Ірина Коваленко", "iryna", "kovalenko")],
  ["ukr.net", "i.ua", "meta.ua"],
  {
      "phone": ["Напиши повідомлення орендодавцю, що знову зламався бойлер. Він може зателефонувати мені за номером {phone}.",
                "Мій номер {phone}, додай його до підпису листа."],
      "email": ["Напиши ввічливого листа на {email} з нагадуванням про оплату рахунку."],
      "card": ["З моєї картки {card} двічі списали гроші, допоможи написати скаргу до банку.",
               "Скинь мені на картку {card}, перепиши це повідомлення ввічливіше."],
      "key": ["Мій ключ {prov} API {key}, але отримую помилку 401. Що не так?"],
      "pe": ["Онови шапку резюме: {name}, тел. {phone}, {email}"],
  })

L("ja", 3, [("JP", 100)], [("jcb", 45), ("visa", 35), ("mc", 20)],
  [("田中 由紀", "yuki", "tanaka"), ("佐藤 健太", "kenta", "sato"), ("鈴木 美咲", "misaki", "suzuki"), ("高橋 翔", "sho", "takahashi")],
  ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"],
  {
      "phone": ["大家さんに給湯器がまた壊れたと連絡するメッセージを書いてください。折り返しは{phone}までお願いします。",
                "私の電話番号は{phone}です。メール署名に入れてください。",
                "{phone}から毎日電話がかかってきます。詐欺でしょうか？"],
      "email": ["{email}宛に、未払いの請求書について丁寧な催促メールを書いてください。",
                "私のメールアドレスは{email}です。ビジネス用の署名を作ってください。"],
      "card": ["クレジットカード{card}で二重に請求されました。カード会社への問い合わせ文を書いてください。",
               "{net}カード{card}がネットショッピングで使えません。原因は何でしょう？"],
      "key": ["{prov}のAPIキーは{key}ですが、401エラーになります。何が間違っていますか？"],
      "pe": ["履歴書のヘッダーを更新して：{name}、{phone}、{email}"],
  })

L("ko", 2, [("KR", 100)], [("visa", 45), ("mc", 40), ("amex", 15)],
  [("김민준", "minjun", "kim"), ("이서연", "seoyeon", "lee"), ("박지훈", "jihoon", "park")],
  ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
  {
      "phone": ["집주인에게 보일러가 또 고장 났다고 문자 좀 써 줘. 연락은 {phone}으로 달라고 해 줘.",
                "제 번호는 {phone}이에요. 이메일 서명에 넣어 주세요."],
      "email": ["{email}에 미지급 청구서 관련해서 정중한 독촉 메일을 써 줘.",
                "제 이메일은 {email}이에요. 업무용 서명 만들어 주세요."],
      "card": ["카드 {card}로 두 번 결제됐어요. 카드사에 보낼 이의 제기 문구 좀 써 줘."],
      "key": ["{prov} API 키가 {key}인데 401 에러가 나요. 뭐가 문제죠?"],
      "pe": ["이력서 상단 정보 업데이트해 줘: {name}, {phone}, {email}"],
  })

L("zh", 3.5, [("CN", 85), ("TW", 15)], [("unionpay", 70), ("visa", 15), ("mc", 15)],
  [("王磊", "lei", "wang"), ("李娜", "na", "li"), ("张伟", "wei", "zhang"), ("刘洋", "yang", "liu"), ("陈静", "jing", "chen")],
  ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
  {
      "phone": ["帮我给房东写条短信，说热水器又坏了，让他打我电话{phone}。",
                "我的手机号是{phone}，帮我加到邮件签名里。",
                "最近每天都有{phone}打来的电话，是诈骗吗？"],
      "email": ["帮我给{email}写一封礼貌的催款邮件。",
                "我的邮箱是{email}，帮我做一个正式的邮件签名。"],
      "card": ["我的银行卡{card}被重复扣款了，帮我写一份给银行的申诉。",
               "我的{net}卡{card}在网上支付总是失败，是什么原因？"],
      "key": ["我的{prov} API key 是{key}，但是一直报401错误，哪里不对？"],
      "pe": ["帮我更新简历抬头：{name}，{phone}，{email}"],
  })

L("hi", 2, [("IN", 100)], [("rupay", 45), ("visa", 35), ("mc", 20)],
  [("राहुल शर्मा", "rahul", "sharma"), ("प्रिया वर्मा", "priya", "verma"), ("अमित कुमार", "amit", "kumar")],
  ["rediffmail.com", "yahoo.co.in"],
  {
      "phone": ["मकान मालिक को एक मैसेज लिख दो कि गीज़र फिर से खराब हो गया है, वो मुझे {phone} पर कॉल कर सकते हैं।",
                "मेरा नंबर {phone} है, इसे ईमेल सिग्नेचर में जोड़ दो।"],
      "email": ["{email} को बकाया बिल के बारे में एक विनम्र रिमाइंडर ईमेल लिखो।"],
      "card": ["मेरे कार्ड {card} से दो बार पैसे कट गए, बैंक को शिकायत लिखने में मदद करो।",
               "मेरा {net} कार्ड {card} ऑनलाइन पेमेंट में डिक्लाइन हो रहा है, क्यों?"],
      "key": ["मेरी {prov} API key {key} है लेकिन 401 एरर आ रहा है, क्या गलत है?"],
      "pe": ["मेरे रिज़्यूमे का हेडर अपडेट करो: {name}, {phone}, {email}"],
  })

L("ar", 3, [("EG", 45), ("SA", 35), ("AE", 20)], [("meeza", 20), ("mada", 25), ("visa", 35), ("mc", 20)],
  [("محمد حسن", "mohamed", "hassan"), ("فاطمة علي", "fatma", "ali"), ("أحمد السيد", "ahmed", "elsayed"), ("نور خالد", "nour", "khaled")],
  ["yahoo.com", "hotmail.com"],
  {
      "phone": ["اكتب رسالة لصاحب الشقة أن السخان تعطل مرة أخرى، ويمكنه الاتصال بي على {phone}.",
                "رقمي هو {phone}، أضفه إلى توقيع البريد الإلكتروني من فضلك.",
                "يتصل بي رقم {phone} كل يوم، هل هو احتيال؟"],
      "email": ["اكتب رسالة بريد إلكتروني مهذبة إلى {email} للتذكير بالفاتورة غير المدفوعة.",
                "بريدي الإلكتروني هو {email}، اصنع لي توقيعاً احترافياً."],
      "card": ["تم خصم المبلغ مرتين من بطاقتي {card}، ساعدني في كتابة شكوى للبنك.",
               "بطاقة {net} رقم {card} تُرفض عند الدفع عبر الإنترنت، ما السبب؟"],
      "key": ["مفتاح {prov} API الخاص بي هو {key} لكن يظهر خطأ 401، ما المشكلة؟"],
      "pe": ["حدّث رأس سيرتي الذاتية: {name}، {phone}، {email}"],
  })

L("he", 1.5, [("IL", 100)], [("visa", 55), ("mc", 35), ("diners", 10)],
  [("נועה כהן", "noa", "cohen"), ("יוסי לוי", "yossi", "levi"), ("מיכל מזרחי", "michal", "mizrahi")],
  ["walla.co.il", "012.net.il"],
  {
      "phone": ["תכתוב הודעה לבעל הדירה שהדוד שוב התקלקל, שיתקשר אליי למספר {phone}.",
                "המספר שלי הוא {phone}, תוסיף אותו לחתימה במייל."],
      "email": ["תכתוב מייל מנומס אל {email} עם תזכורת על החשבונית שלא שולמה."],
      "card": ["חייבו אותי פעמיים בכרטיס {card}, תעזור לי לכתוב תלונה לבנק."],
      "key": ["מפתח ה-API של {prov} שלי הוא {key} אבל אני מקבל שגיאה 401, מה הבעיה?"],
      "pe": ["תעדכן את הכותרת של קורות החיים: {name}, {phone}, {email}"],
  })

L("fa", 1.2, [("IR", 100)], [("shetab", 100)],
  [("سارا احمدی", "sara", "ahmadi"), ("علی رضایی", "ali", "rezaei")],
  ["yahoo.com", "chmail.ir"],
  {
      "phone": ["یک پیام برای صاحبخانه بنویس که آبگرمکن دوباره خراب شده و می‌تواند با شماره {phone} با من تماس بگیرد.",
                "شماره من {phone} است، آن را به امضای ایمیلم اضافه کن."],
      "email": ["یک ایمیل مودبانه به {email} بنویس و پرداخت فاکتور را یادآوری کن."],
      "card": ["از کارت بانکی {card} دو بار پول کم شده، کمکم کن شکایتی برای بانک بنویسم.",
               "شماره کارتم {card} است، این پیام را برای دوستم مؤدبانه‌تر بنویس تا پول را واریز کند."],
      "key": ["کلید API من برای {prov} این است: {key} ولی خطای 401 می‌گیرم."],
  })

L("ur", 1, [("PK", 100)], [("visa", 50), ("mc", 50)],
  [("عائشہ خان", "ayesha", "khan"), ("بلال احمد", "bilal", "ahmed")],
  ["yahoo.com", "hotmail.com"],
  {
      "phone": ["مالک مکان کو پیغام لکھ دو کہ گیزر پھر خراب ہو گیا ہے، وہ مجھے {phone} پر کال کر سکتے ہیں۔",
                "میرا نمبر {phone} ہے، اسے ای میل دستخط میں شامل کر دو۔"],
      "email": ["{email} کو بقایا بل کے بارے میں ایک مؤدبانہ یاد دہانی ای میل لکھ دو۔"],
      "card": ["میرے کارڈ {card} سے دو بار پیسے کٹ گئے ہیں، بینک کو شکایت لکھنے میں مدد کرو۔"],
      "key": ["میری {prov} API key {key} ہے لیکن 401 ایرر آ رہا ہے، کیا مسئلہ ہے؟"],
  })

L("bn", 1, [("BD", 100)], [("visa", 50), ("mc", 35), ("unionpay", 15)],
  [("তানভীর হাসান", "tanvir", "hasan"), ("নুসরাত জাহান", "nusrat", "jahan")],
  ["yahoo.com", "gmail.com"],
  {
      "phone": ["বাড়িওয়ালাকে একটা মেসেজ লিখে দাও যে গিজার আবার নষ্ট হয়েছে, উনি আমাকে {phone} নম্বরে ফোন করতে পারেন।",
                "আমার নম্বর {phone}, ইমেইল সিগনেচারে যোগ করে দাও।"],
      "email": ["{email} ঠিকানায় বকেয়া বিলের জন্য একটা ভদ্র রিমাইন্ডার ইমেইল লিখে দাও।"],
      "card": ["আমার কার্ড {card} থেকে দুইবার টাকা কেটেছে, ব্যাংকে অভিযোগ লিখতে সাহায্য করো।"],
      "key": ["আমার {prov} API key {key}, কিন্তু 401 এরর আসছে, সমস্যা কী?"],
  })

L("th", 1.5, [("TH", 100)], [("visa", 50), ("mc", 30), ("jcb", 20)],
  [("สมชาย ใจดี", "somchai", "jaidee"), ("นภา ศรีสุข", "napa", "srisuk")],
  ["hotmail.co.th", "gmail.com"],
  {
      "phone": ["ช่วยเขียนข้อความถึงเจ้าของห้องว่าเครื่องทำน้ำอุ่นเสียอีกแล้ว ให้โทรกลับที่ {phone}",
                "เบอร์ของฉันคือ {phone} ช่วยใส่ในลายเซ็นอีเมลให้หน่อย"],
      "email": ["ช่วยเขียนอีเมลสุภาพถึง {email} เพื่อทวงค่าใบแจ้งหนี้"],
      "card": ["บัตร {card} ของฉันถูกตัดเงินซ้ำสองครั้ง ช่วยเขียนเรื่องร้องเรียนถึงธนาคาร"],
      "key": ["API key ของ {prov} ของฉันคือ {key} แต่ขึ้น error 401 ผิดตรงไหน"],
      "pe": ["อัปเดตหัวเรซูเม่ให้หน่อย: {name}, {phone}, {email}"],
  })

L("vi", 1.5, [("VN", 100)], [("napas", 50), ("visa", 30), ("mc", 20)],
  [("Nguyễn Văn An", "an", "nguyen"), ("Trần Thị Lan", "lan", "tran"), ("Lê Minh Tuấn", "tuan", "le")],
  ["yahoo.com.vn", "gmail.com"],
  {
      "phone": ["Viết giúp tôi tin nhắn cho chủ nhà rằng bình nóng lạnh lại hỏng, anh ấy có thể gọi cho tôi theo số {phone}.",
                "Số điện thoại của tôi là {phone}, thêm vào chữ ký email giúp tôi."],
      "email": ["Viết email lịch sự gửi {email} để nhắc thanh toán hóa đơn."],
      "card": ["Thẻ {card} của tôi bị trừ tiền hai lần, giúp tôi viết đơn khiếu nại gửi ngân hàng.",
               "Thẻ {net} {card} bị từ chối khi thanh toán online, tại sao vậy?"],
      "key": ["API key {prov} của tôi là {key} nhưng bị lỗi 401, sai ở đâu?"],
      "pe": ["Cập nhật phần đầu CV giúp tôi: {name}, {phone}, {email}"],
  })

L("id", 2, [("ID", 100)], [("visa", 50), ("mc", 35), ("jcb", 15)],
  [("Budi Santoso", "budi", "santoso"), ("Siti Rahayu", "siti", "rahayu"), ("Dewi Lestari", "dewi", "lestari")],
  ["yahoo.co.id", "gmail.com"],
  {
      "phone": ["Tolong buatkan pesan ke pemilik kos bahwa water heater rusak lagi, dia bisa telepon saya di {phone}.",
                "Nomor saya {phone}, tambahkan ke tanda tangan email ya.",
                "Tolong rapikan teks jualan ini: jual motor bekas, mulus, hubungi WA {phone}."],
      "email": ["Buatkan email sopan ke {email} untuk mengingatkan tagihan yang belum dibayar."],
      "card": ["Kartu kredit saya {card} terpotong dua kali, bantu saya tulis komplain ke bank."],
      "key": ["API key {prov} saya {key} tapi selalu error 401, salahnya di mana?"],
      "pe": ["Perbarui header CV saya: {name}, {phone}, {email}"],
  })

L("ms", 0.8, [("MY", 100)], [("visa", 55), ("mc", 45)],
  [("Nurul Aisyah", "nurul", "aisyah"), ("Ahmad Faiz", "ahmad", "faiz")],
  ["yahoo.com.my", "gmail.com"],
  {
      "phone": ["Tolong tuliskan mesej kepada tuan rumah bahawa pemanas air rosak lagi, dia boleh hubungi saya di {phone}."],
      "email": ["Tulis e-mel yang sopan kepada {email} untuk mengingatkan tentang invois yang belum dibayar."],
      "card": ["Kad saya {card} dicaj dua kali, tolong bantu saya tulis aduan kepada bank."],
      "key": ["Kunci API {prov} saya ialah {key} tetapi dapat ralat 401, apa masalahnya?"],
  })

L("tl", 1, [("PH", 100)], [("visa", 55), ("mc", 45)],
  [("Maria Santos", "maria", "santos"), ("Jose Reyes", "jose", "reyes")],
  ["yahoo.com.ph", "gmail.com"],
  {
      "phone": ["Pakisulatan mo ng text ang landlord ko na sira na naman ang water heater, pwede niya akong tawagan sa {phone}.",
                "Ang number ko ay {phone}, pakilagay sa email signature ko."],
      "email": ["Sumulat ka ng magalang na email kay {email} para ipaalala ang hindi pa bayad na invoice."],
      "card": ["Dalawang beses akong na-charge sa card ko na {card}, tulungan mo akong sumulat ng reklamo sa bangko."],
      "key": ["Ang {prov} API key ko ay {key} pero 401 error ang lumalabas, ano'ng mali?"],
  })

L("sw", 1, [("KE", 100)], [("visa", 55), ("mc", 45)],
  [("Wanjiru Kamau", "wanjiru", "kamau"), ("Otieno Odhiambo", "otieno", "odhiambo")],
  ["yahoo.com", "gmail.com"],
  {
      "phone": ["Niandikie ujumbe kwa mwenye nyumba kwamba hita ya maji imeharibika tena, anaweza kunipigia kwa {phone}.",
                "Namba yangu ni {phone}, iongeze kwenye sahihi ya barua pepe."],
      "email": ["Andika barua pepe ya heshima kwa {email} kukumbusha kuhusu ankara ambayo haijalipwa."],
      "card": ["Kadi yangu {card} imekatwa pesa mara mbili, nisaidie kuandika malalamiko kwa benki."],
      "key": ["API key yangu ya {prov} ni {key} lakini napata hitilafu 401, tatizo ni nini?"],
  })

L("el", 1.2, [("GR", 100)], [("visa", 55), ("mc", 45)],
  [("Μαρία Παπαδοπούλου", "maria", "papadopoulou"), ("Γιώργος Νικολάου", "giorgos", "nikolaou")],
  ["otenet.gr", "yahoo.gr"],
  {
      "phone": ["Γράψε ένα μήνυμα στον ιδιοκτήτη ότι χάλασε πάλι ο θερμοσίφωνας· μπορεί να με πάρει στο {phone}.",
                "Το κινητό μου είναι {phone}, βάλ' το στην υπογραφή του email."],
      "email": ["Γράψε ένα ευγενικό email στο {email} για υπενθύμιση του απλήρωτου τιμολογίου."],
      "card": ["Με χρέωσαν δύο φορές στην κάρτα {card}, βοήθησέ με να γράψω παράπονο στην τράπεζα."],
      "key": ["Το API key μου για {prov} είναι {key} αλλά παίρνω 401, τι φταίει;"],
  })

L("cs", 1.2, [("CZ", 100)], [("visa", 55), ("mc", 45)],
  [("Tereza Nováková", "tereza", "novakova"), ("Jakub Dvořák", "jakub", "dvorak")],
  ["seznam.cz", "email.cz", "centrum.cz"],
  {
      "phone": ["Napiš SMS pronajímateli, že zase nefunguje bojler, může mi zavolat na {phone}.",
                "Moje číslo je {phone}, přidej ho do podpisu e-mailu."],
      "email": ["Napiš zdvořilou upomínku na {email} kvůli nezaplacené faktuře."],
      "card": ["Z mé karty {card} mi strhli platbu dvakrát, pomoz mi napsat reklamaci do banky."],
      "key": ["Můj {prov} API klíč je {key}, ale dostávám 401. Co dělám špatně?"],
  })

L("hu", 1.2, [("HU", 100)], [("visa", 55), ("mc", 45)],
  [("Nagy Eszter", "eszter", "nagy"), ("Kovács Bence", "bence", "kovacs")],
  ["freemail.hu", "citromail.hu", "t-online.hu"],
  {
      "phone": ["Írj egy SMS-t a főbérlőnek, hogy megint elromlott a bojler, a {phone} számon érhet el.",
                "A telefonszámom {phone}, tedd bele az e-mail aláírásomba."],
      "email": ["Írj egy udvarias emlékeztetőt erre a címre: {email}, a kifizetetlen számláról."],
      "card": ["Kétszer terheltek a kártyámra ({card}), segíts panaszt írni a banknak."],
      "key": ["A {prov} API kulcsom {key}, de 401-es hibát kapok. Mi a gond?"],
  })

L("ro", 1.2, [("RO", 100)], [("visa", 55), ("mc", 45)],
  [("Andreea Popescu", "andreea", "popescu"), ("Mihai Ionescu", "mihai", "ionescu")],
  ["yahoo.ro", "gmail.com"],
  {
      "phone": ["Scrie-i un mesaj proprietarului că s-a stricat iar centrala, mă poate suna la {phone}.",
                "Numărul meu e {phone}, adaugă-l în semnătura de e-mail."],
      "email": ["Scrie un e-mail politicos către {email} pentru a reaminti factura neplătită."],
      "card": ["Mi s-au retras bani de două ori de pe cardul {card}, ajută-mă să scriu o reclamație la bancă."],
      "key": ["Cheia mea API {prov} este {key}, dar primesc eroarea 401. Ce greșesc?"],
  })

L("uz", 1, [("UZ", 100)], [("uzcard", 55), ("humo", 45)],
  [("Dilnoza Karimova", "dilnoza", "karimova"), ("Jasur Toshmatov", "jasur", "toshmatov")],
  ["mail.ru", "gmail.com"],
  {
      "phone": ["Uy egasiga suv isitgich yana buzilganini yozib ber, u menga {phone} raqamiga qo'ng'iroq qilsin.",
                "Mening raqamim {phone}, elektron pochta imzosiga qo'shib qo'y."],
      "email": ["{email} manziliga to'lanmagan hisob haqida muloyim eslatma xat yoz."],
      "card": ["{net} kartamdan ({card}) ikki marta pul yechildi, bankka shikoyat yozishga yordam ber.",
               "Do'stimga pul o'tkazish uchun karta raqamim: {card}. Shu matnni chiroyli qilib yoz."],
      "key": ["{prov} API kalitim {key}, lekin 401 xatosi chiqyapti. Nima xato?"],
  })

LANG_ORDER = list(LANGS.keys())
LANGS["en"]["weight"] = 18
for _c in LANG_ORDER:
    LANGS[_c]["weight"] = max(LANGS[_c]["weight"], 2.2)


def person(lang):
    return ch(LANGS[lang]["names"])


def make_email(lang="en", who=None, work=False):
    disp, f, l = who if who else person(lang)
    f = re.sub(r"[^a-z]", "", f.lower())
    l = re.sub(r"[^a-z]", "", l.lower())
    style = wch([("f.l", 30), ("fl", 14), ("f_l", 5), ("fl99", 14), ("f.l99", 6), ("fi.l", 8), ("l.f", 6 if lang in ("zh", "ja", "ko", "hu") else 1),
                 ("f", 4), ("f.l+tag", 4), ("qq", 6 if lang == "zh" else 0), ("fl.nick", 3)])
    yy = ch(["87", "90", "92", "95", "98", "01", "03", "1988", "1993", "2000", "77", "12", "007", "21"])
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + yy, "f.l99": f + "." + l + yy,
             "fi.l": f[0] + "." + l, "l.f": l + "." + f, "f": f + str(R.randrange(10, 999)),
             "f.l+tag": f + "." + l + "+" + ch(["shopping", "news", "work", "bank", "jobs"]),
             "qq": ch("123456789") + rs(DIG, R.randrange(7, 10)), "fl.nick": f + ch(["dev", "art", "photo", "runs", "music"])}[style]
    if work:
        dom = ch(WORK_DOMAINS)
        style = wch([("f.l", 60), ("fl1", 25), ("f", 8), ("l", 7)])
        local = {"f.l": f + "." + l, "fl1": f[0] + l, "f": f, "l": l}[style]
    else:
        dom = ch(LANGS[lang]["domains"]) if R.random() < 0.45 else ch(GENERIC_DOMAINS)
        if style == "qq":
            dom = "qq.com"
    return local + "@" + dom, "%s_%s" % ("work" if work else "personal", style)


def lang_phone(lang, typ=None, form=None):
    reg = wch(LANGS[lang]["regions"])
    return make_phone(reg, typ, form)


def lang_card(lang, style=None):
    net = wch(LANGS[lang]["cards"])
    v, shape = make_card(net, style)
    return v, shape, CARDS[net][2]


# ---------------------------------------------------------------- small helpers for technical text

def hexs(n):
    return rs(HEX, n)


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def ts_iso(ms=True):
    y = ch([2024, 2025, 2025, 2026])
    s = "%d-%02d-%02dT%02d:%02d:%02d" % (y, R.randrange(1, 13), R.randrange(1, 29), R.randrange(0, 24), R.randrange(60), R.randrange(60))
    return s + (".%03dZ" % R.randrange(1000) if ms else "Z")


def ts_log():
    return "%d-%02d-%02d %02d:%02d:%02d,%03d" % (ch([2024, 2025, 2026]), R.randrange(1, 13), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000))


def exp_date():
    return "%02d/%02d" % (R.randrange(1, 13), R.randrange(26, 31))


def sp(kind, value, shape):
    return (kind, value, shape)


def P(lang="en", typ=None, form=None):
    v, shape = lang_phone(lang, typ, form)
    return sp("phone", v, shape)


def E(lang="en", who=None, work=False):
    v, shape = make_email(lang, who, work)
    return sp("email", v, shape)


def C(lang="en", style=None):
    v, shape, _ = lang_card(lang, style)
    return sp("card", v, shape)


def K(prov=None):
    v, shape, name, env = make_key(prov)
    return sp("api_key", v, shape), name, env


def PK(prov=None):
    v, shape, name, env = make_plain_key(prov)
    return sp("api_key", v, shape), name, env


def anyK(plain_share=0.22):
    return PK() if R.random() < plain_share else K()


def tech_lang():
    return wch([("en", 40), ("de", 10), ("fr", 6), ("es", 6), ("pt", 5), ("nl", 3), ("it", 3), ("pl", 3), ("ja", 3), ("ru", 3),
                ("zh", 2), ("ko", 2), ("hi", 2), ("tr", 2), ("sv", 2), ("ar", 1), ("id", 1), ("vi", 1), ("he", 1), ("uk", 1)])


# Each technical template returns (text, spans, lang).

def t_git_log():
    lang = tech_lang()
    who = person(lang)
    e = E(lang, who, work=R.random() < 0.5)
    disp = who[1].capitalize() + " " + who[2].capitalize()
    msg = ch(["fix: handle empty cart on checkout", "chore: bump deps", "feat(api): paginate /orders", "refactor auth middleware",
              "docs: update README", "Merge pull request #%d from feature/search" % R.randrange(12, 900), "wip", "fix flaky test"])
    cmd = ch(["git log -3", "git show --stat HEAD", "git log --format=fuller -1", "git blame"])
    if cmd == "git blame":
        txt = "%s (%s %s 2025-0%d-1%d 14:0%d:1%d +0200 %d)     return cart.items.length > 0;\nwho is this <%s>? can you check what they changed" % (
            hexs(8), disp, "", R.randrange(1, 9), R.randrange(10), R.randrange(10), R.randrange(10), R.randrange(10, 400), e[1])
        txt = txt.replace("  ", " ")
    else:
        txt = "$ %s\ncommit %s\nAuthor: %s <%s>\nDate:   %s %s %d %02d:%02d:%02d 2025 +0100\n\n    %s\n" % (
            cmd, hexs(40), disp, e[1], ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), ch(["Jan", "Feb", "Mar", "Apr", "May"]),
            R.randrange(1, 28), R.randrange(24), R.randrange(60), R.randrange(60), msg)
    return txt, [e], "en"


def t_signature():
    lang = wch([("en", 35), ("de", 15), ("fr", 8), ("es", 8), ("pt", 6), ("it", 5), ("nl", 4), ("pl", 3), ("sv", 2), ("ja", 3),
                ("tr", 2), ("ru", 2), ("cs", 1), ("da", 1), ("ar", 1), ("zh", 2), ("ko", 1), ("hu", 1), ("ro", 1)])
    labels = {"en": ("Mobile", "Office", "Email"), "de": ("Mobil", "Tel.", "E-Mail"), "fr": ("Portable", "Tél.", "Courriel"),
              "es": ("Móvil", "Tel.", "Correo"), "pt": ("Celular", "Tel.", "E-mail"), "it": ("Cell.", "Tel.", "Email"),
              "nl": ("Mobiel", "Tel.", "E-mail"), "pl": ("Tel. kom.", "Tel.", "E-mail"), "sv": ("Mobil", "Tel", "E-post"),
              "ja": ("携帯", "TEL", "Mail"), "tr": ("Cep", "Tel", "E-posta"), "ru": ("Моб.", "Тел.", "E-mail"),
              "cs": ("Mobil", "Tel.", "E-mail"), "da": ("Mobil", "Tlf.", "E-mail"), "ar": ("جوال", "هاتف", "البريد"),
              "zh": ("手机", "电话", "邮箱"), "ko": ("휴대폰", "전화", "이메일"), "hu": ("Mobil", "Tel.", "E-mail"), "ro": ("Mobil", "Tel.", "E-mail")}[lang]
    who = person(lang)
    title = ch(["Project Manager", "Senior Accountant", "Head of Sales", "Software Engineer", "Office Manager", "Customer Success",
                "Geschäftsführer", "Responsable RH", "Director Comercial", "Marketing Lead"])
    e = E(lang, who, work=True)
    pm = P(lang, "mob")
    spans = [pm, e]
    lines = ["--", who[0], title + " | " + ch(["Brightlane GmbH", "Orbital Freight Ltd", "Atelier Moreau SARL", "Grupo Andino S.A.", "Lumen Health", "Kessler Bau AG", "Stackyard B.V."])]
    if R.random() < 0.45:
        pf = P(lang, "fix")
        if pf[1] != pm[1]:
            spans.insert(0, pf)
            lines.append("%s: %s" % (labels[1], pf[1]))
    lines.append("%s: %s" % (labels[0], pm[1]))
    lines.append("%s: %s" % (labels[2], e[1]))
    intro = ch(["translate this email to English and tell me what they want:\n\n", "can you summarise this thread?\n\n",
                "reply to this, say we can deliver by the 14th:\n\n", "", "Is this a phishing email?\n\n"])
    body = ch(["Hi,\n\nplease find the revised quote attached. Let me know if you have questions.\n\nBest regards\n",
               "Hallo zusammen,\n\nanbei das Protokoll vom Dienstag.\n\nViele Grüße\n",
               "Bonjour,\n\nJe vous remercie pour votre retour rapide.\n\nCordialement,\n",
               "Hola,\n\nte adjunto la factura de marzo.\n\nSaludos,\n", "Thanks again for your time today.\n\nKind regards,\n"])
    return intro + body + "\n".join(lines), spans, lang


def t_csv_contacts():
    lang = wch([("en", 50), ("de", 15), ("fr", 8), ("es", 8), ("pt", 6), ("nl", 5), ("it", 4), ("pl", 4)])
    hdr = {"en": ["name", "email", "phone", "city"], "de": ["Name", "E-Mail", "Telefon", "Ort"], "fr": ["Nom", "Email", "Téléphone", "Ville"],
           "es": ["Nombre", "Correo", "Teléfono", "Ciudad"], "pt": ["Nome", "E-mail", "Telefone", "Cidade"], "nl": ["Naam", "E-mail", "Telefoon", "Plaats"],
           "it": ["Nome", "Email", "Telefono", "Città"], "pl": ["Imię i nazwisko", "E-mail", "Telefon", "Miasto"]}[lang]
    sep = ";" if lang in ("de", "fr", "nl", "it", "pl", "es") and R.random() < 0.6 else ","
    cities = {"en": ["Leeds", "Austin", "Denver", "Bristol", "Perth"], "de": ["Köln", "Leipzig", "Graz", "Bern"], "fr": ["Lyon", "Nantes", "Lille"],
              "es": ["Sevilla", "Bilbao", "Puebla"], "pt": ["Campinas", "Recife", "Porto"], "nl": ["Utrecht", "Gent", "Delft"], "it": ["Torino", "Bari"], "pl": ["Kraków", "Gdańsk"]}[lang]
    rows = [sep.join(hdr)]
    spans = []
    used = []
    for _ in range(R.randrange(2, 4)):
        who = person(lang)
        while who in used:
            who = person(lang)
        used.append(who)
        e = E(lang, who)
        p = P(lang, form=ch(["nat", "intl", "e164", "nat"]))
        spans += [e, p]
        rows.append(sep.join([who[0], e[1], p[1], ch(cities)]))
    intro = ch(["dedupe this list and sort by city:\n", "import these into the newsletter tool, which columns do I map?\n", "Here's the export from our CRM, some phone numbers look wrong - can you normalise them to E.164?\n", ""])
    return intro + "\n".join(rows), spans, lang


def t_json_user():
    lang = tech_lang()
    who = person(lang)
    e = E(lang, who)
    p = P(lang, form=ch(["e164", "e164", "intl", "nat"]))
    obj = ch(["user", "customer", "contact"])
    txt = ch([
        '{"id": %d, "%s": {"name": "%s", "email": "%s", "phone": "%s", "locale": "%s", "created_at": "%s"}}',
        '{\n  "id": %d,\n  "type": "%s",\n  "full_name": "%s",\n  "email": "%s",\n  "phone_number": "%s",\n  "language": "%s",\n  "updated": "%s"\n}',
    ]) % (R.randrange(1000, 99999), obj, who[0], e[1], p[1], lang, ts_iso())
    intro = ch(["the API returns this but the frontend shows undefined for the phone, why?\n", "write a TypeScript interface for this response:\n", "", "POST /api/v2/%ss returned 422 with this body:\n" % obj])
    return intro + txt, [e, p], "en"


def t_sql_insert():
    lang = tech_lang()
    rows = []
    spans = []
    for _ in range(R.randrange(1, 3)):
        who = person(lang)
        e = E(lang, who)
        if R.random() < 0.7:
            p = P(lang)
            spans += [e, p]
            rows.append("(%d, '%s', '%s', '%s')" % (R.randrange(100, 9000), who[0].replace("'", "''"), e[1], p[1]))
        else:
            spans += [e]
            rows.append("(%d, '%s', '%s', NULL)" % (R.randrange(100, 9000), who[0].replace("'", "''"), e[1]))
    txt = "INSERT INTO %s (id, name, email, phone) VALUES\n  %s;" % (ch(["customers", "users", "contacts", "leads"]), ",\n  ".join(rows))
    intro = ch(["why does this fail with duplicate key? ", "convert to a Postgres upsert:\n", "", "ERROR: column \"phone\" is of type integer\n"])
    return intro + txt, spans, "en"


def t_log_email():
    e = E(tech_lang(), work=R.random() < 0.3)
    t = ch([
        "%s INFO  [auth] login succeeded user=%s ip=10.0.%d.%d ua=Mozilla/5.0" % (ts_iso(), e[1], R.randrange(255), R.randrange(255)),
        "%s WARN  postfix/smtp[%d]: to=<%s>, relay=mx.google.com, status=bounced (550 5.1.1 user unknown)" % (ts_log(), R.randrange(1000, 40000), e[1]),
        "[%s] production.ERROR: Password reset requested for non-existent account {\"email\":\"%s\"}" % (ts_log(), e[1]),
        "%s level=info msg=\"invitation sent\" inviter_id=%d invitee=%s workspace=acme" % (ts_iso(), R.randrange(10, 999), e[1]),
        "%s ERROR sendgrid: 403 Forbidden sending to %s: The from address does not match a verified Sender Identity" % (ts_iso(), e[1]),
    ])
    intro = ch(["what does this log line mean?\n", "", "seeing a lot of these since the deploy:\n", "grep output:\n"])
    return intro + t, [e], "en"


def t_stacktrace_email():
    e = E(tech_lang())
    t = ("Traceback (most recent call last):\n  File \"/app/api/views.py\", line %d, in create_user\n    user = User.objects.create(email=email)\n"
         "django.db.utils.IntegrityError: duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(%s) already exists.") % (R.randrange(20, 300), e[1])
    if R.random() < 0.5:
        t = ("org.springframework.dao.DataIntegrityViolationException: could not execute statement; Duplicate entry '%s' for key 'users.UK_email'\n"
             "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:%d)") % (e[1], R.randrange(50, 120))
    return ch(["", "how do I fix this?\n", "getting this when a user signs up twice:\n"]) + t, [e], "en"


def t_package_json():
    lang = tech_lang()
    who = person(lang)
    e = E(lang, who)
    name = ch(["tiny-queue", "md-slides", "vite-plugin-icons-lite", "budget-cli", "react-hooks-kit"])
    t = '{\n  "name": "%s",\n  "version": "%d.%d.%d",\n  "author": "%s <%s>",\n  "license": "MIT",\n  "main": "dist/index.js"\n}' % (
        name, R.randrange(0, 3), R.randrange(0, 20), R.randrange(0, 10), who[1].capitalize() + " " + who[2].capitalize(), e[1])
    return ch(["", "npm publish fails with 403, here's my package.json:\n"]) + t, [e], "en"


def t_mailto():
    lang = tech_lang()
    e = E(lang, work=True)
    t = '<footer class="site-footer">\n  <p>Questions? <a href="mailto:%s">%s</a></p>\n</footer>' % (e[1], e[1])
    return ch(["make this footer responsive:\n", "", "center this:\n"]) + t, [e, e], "en"


def t_email_headers():
    lang = tech_lang()
    a, b = E(lang), E(lang, work=True)
    if a[1] == b[1]:
        b = E("en", work=True)
    wa, wb = person(lang), person(lang)
    t = "From: %s <%s>\nTo: %s <%s>\nSubject: %s\nDate: %s, %d %s 2025 %02d:%02d:%02d +0000\n\n%s" % (
        wa[0], a[1], wb[0], b[1], ch(["Re: invoice #INV-%d" % R.randrange(1000, 9999), "Fwd: lease renewal", "Your order has shipped", "Re: Re: meeting notes"]),
        ch(["Mon", "Tue", "Wed"]), R.randrange(1, 28), ch(["Mar", "Jun", "Oct"]), R.randrange(24), R.randrange(60), R.randrange(60),
        ch(["Hi, see below.", "Please confirm by Friday.", "Thanks, attached."]))
    return ch(["is this email legit? the headers look off\n", "", "extract sender and date from this:\n"]) + t, [a, b], "en"


def t_vcard():
    lang = tech_lang()
    who = person(lang)
    p = P(lang, "mob", form=ch(["intl", "e164", "nat"]))
    e = E(lang, who)
    t = "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=CELL:%s\nEMAIL;TYPE=INTERNET:%s\nEND:VCARD" % (who[0], p[1], e[1])
    return ch(["why won't this import into Google Contacts?\n", "", "convert this vcf to CSV:\n"]) + t, [p, e], lang if lang != "en" else "en"


def t_twilio():
    lang = tech_lang()
    a = P(lang, "mob", "e164")
    b = P("en", form="e164")
    if a[1] == b[1]:
        b = P("en", form="e164")
    t = '{"account_sid": "AC%s", "api_version": "2010-04-01", "body": "Your verification code is %d", "date_created": "Tue, 11 Mar 2025 09:%02d:%02d +0000", "direction": "outbound-api", "from": "%s", "to": "%s", "status": "%s", "sid": "SM%s"}' % (
        hexs(32), R.randrange(100000, 999999), R.randrange(60), R.randrange(60), b[1], a[1], ch(["undelivered", "failed", "delivered"]), hexs(32))
    return ch(["why is this undelivered? error 30007\n", "", "the SMS never arrives:\n"]) + t, [b, a], "en"


def t_wa_link():
    lang = wch([("pt", 30), ("es", 20), ("en", 15), ("id", 10), ("hi", 10), ("ar", 5), ("tr", 5), ("de", 5)])
    reg = wch(LANGS[lang]["regions"])
    cc = PHONES[reg][0]
    v, shape = make_phone(reg, "mob", "e164")
    digits = v[1:]
    t = ch(['<a href="https://wa.me/%s?text=Oi%%2C%%20quero%%20fazer%%20um%%20pedido" class="btn-whatsapp">WhatsApp</a>',
            "add a floating whatsapp button that opens https://wa.me/%s",
            "const WHATSAPP_URL = 'https://api.whatsapp.com/send?phone=%s';"]) % digits
    return t, [sp("phone", digits, reg + "_mob_wa")], lang


def t_tel_link():
    lang = tech_lang()
    reg = wch(LANGS[lang]["regions"])
    cc, trunk, blocks, _ = PHONES[reg]
    while True:
        a, sa = make_phone(reg, None, "e164")
        nsn = a[1 + len(cc):]
        b, sb = make_phone(reg, None, "nat")
        if b != a:
            break
    # the display form must be the same number: rebuild it from the nsn
    blk = [bb for bb in blocks if any(len(gen_pat(x)) == len(nsn) for x in bb[1]) and bb[2]]
    if not blk:
        return t_wa_link()
    tm = [t for t in ch(blk)[2] if t.count("X") in (len(nsn), len(trunk + nsn)) and not t.replace("X", "").isdigit()]
    if not tm:
        return t_wa_link()
    t0 = ch(tm)
    disp = fill(t0, trunk + nsn if t0.count("X") == len(trunk + nsn) else nsn)
    if disp == a:
        return t_wa_link()
    txt = '<li class="contact"><a href="tel:%s">%s</a></li>' % (a, disp)
    return ch(["", "style this contact list item:\n", "the tel link doesn't work on iOS:\n"]) + txt, [sp("phone", a, sa), sp("phone", disp, sa.rsplit("_", 1)[0] + "_nat")], "en"


def t_form_webhook():
    lang = tech_lang()
    who = person(lang)
    e, p = E(lang, who), P(lang)
    t = '{"form_id": "contact-%d", "submitted_at": "%s", "fields": {"name": "%s", "email": "%s", "phone": "%s", "message": "%s"}}' % (
        R.randrange(1, 30), ts_iso(), who[0], e[1], p[1], ch(["Need a quote for 3 rooms", "Bitte um Rückruf", "Interested in the apartment", "¿Tienen disponibilidad en mayo?"]))
    return ch(["my Zapier step fails on this payload:\n", "", "parse this webhook in Express:\n"]) + t, [e, p], "en"


def t_tsv():
    lang = tech_lang()
    rows = ["customer\temail\tmobile\tplan"]
    spans = []
    for _ in range(2):
        who = person(lang)
        e, p = E(lang, who), P(lang, "mob")
        spans += [e, p]
        rows.append("%s\t%s\t%s\t%s" % (who[0], e[1], p[1], ch(["pro", "free", "team"])))
    return "pasted from the spreadsheet:\n" + "\n".join(rows), spans, lang


def t_phone_code():
    lang = tech_lang()
    p = P(lang, form=ch(["e164", "intl", "nat"]))
    t = ch([
        "def test_send_sms(client):\n    resp = client.post('/sms', json={'to': '%s', 'text': 'hi'})\n    assert resp.status_code == 202",
        "ALERT_PHONE = \"%s\"  # on-call (mine)\nsend_sms(ALERT_PHONE, f\"disk usage {pct}%%\")",
        "phonenumbers.parse(\"%s\", None) raises NumberParseException, why?",
        "seed.ts: await prisma.user.create({ data: { name: 'Admin', phone: '%s' } })",
    ]) % p[1]
    return t, [p], "en"


# ---------------- cards

def card_lang():
    return wch([("en", 40), ("de", 8), ("fr", 6), ("es", 6), ("pt", 7), ("ru", 5), ("tr", 4), ("ja", 4), ("zh", 4), ("hi", 4),
                ("nl", 3), ("it", 3), ("pl", 2), ("ar", 3), ("uz", 2), ("vi", 2), ("fa", 1), ("da", 1)])


def t_card_json():
    lang = card_lang()
    c = C(lang, style=ch(["none", "none", "space"]))
    t = ch([
        '{"amount": %d, "currency": "%s", "payment_method_data": {"type": "card", "card": {"number": "%s", "exp_month": %d, "exp_year": %d, "cvc": "%03d"}}}',
        '{\n  "amount": %d,\n  "currency": "%s",\n  "source": {\n    "object": "card",\n    "number": "%s",\n    "exp_month": %d,\n    "exp_year": %d,\n    "cvc": "%03d"\n  }\n}',
    ]) % (R.randrange(500, 90000), ch(["eur", "usd", "gbp", "brl", "try"]), c[1], R.randrange(1, 13), R.randrange(2026, 2031), R.randrange(1000))
    intro = ch(["why does the gateway say invalid_number for this request?\n", "", "I'm testing checkout with my own card, request body:\n", "curl -X POST https://api.payments.example-gw.io/v1/charges -d @body.json\nbody.json:\n"])
    return intro.replace("example-gw", "paygate") + t, [c], "en"


def t_card_csv():
    lang = card_lang()
    hdr = {"en": "date,description,amount,card_number", "de": "Datum;Beschreibung;Betrag;Kartennummer", "fr": "date;libellé;montant;numéro de carte",
           "es": "fecha;concepto;importe;número de tarjeta", "pt": "data;descrição;valor;número do cartão"}.get(lang, "date,merchant,amount,card")
    sep = ";" if ";" in hdr else ","
    rows = [hdr]
    spans = []
    for _ in range(R.randrange(1, 3)):
        c = C(lang, style=ch(["none", "space"]))
        spans.append(c)
        amt = "%d%s%02d" % (R.randrange(3, 900), "," if sep == ";" else ".", R.randrange(100))
        rows.append(sep.join(["2025-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29)), ch(["AMZN Mktp", "Uber *Trip", "REWE Markt", "SNCF", "Netflix.com", "Lidl", "IKEA"]), amt, c[1]]))
    return ch(["categorise these expenses:\n", "", "sum by month:\n"]) + "\n".join(rows), spans, lang if lang in ("de", "fr", "es", "pt") else "en"


def t_card_code():
    lang = card_lang()
    c = C(lang, style=ch(["none", "none", "space", "dash"]))
    t = ch([
        "def test_checkout_real_card():\n    card = {\"number\": \"%s\", \"exp\": \"%s\", \"cvv\": \"%03d\"}\n    assert gateway.authorize(card, amount=100).ok",
        "const card = { number: '%s', expiry: '%s', cvc: '%03d' };\nawait pay(card); // TODO remove before commit",
        "CARD_NUMBER=%s\nCARD_EXP=%s\nCARD_CVV=%03d",
        "fixtures:\n  billing:\n    card_number: \"%s\"\n    expiry: \"%s\"\n    cvv: \"%03d\"",
    ]) % (c[1], exp_date(), R.randrange(1000))
    return ch(["", "clean this up:\n", "why does the Luhn check fail on this card?\n"]) + t, [c], "en"


def t_card_log():
    lang = card_lang()
    c = C(lang, style=ch(["none", "none", "none", "space"]))
    t = ch([
        "%s ERROR PaymentService - charge failed card_number=%s amount=%d.%02d reason=do_not_honor",
        "%s WARN  [checkout] 3DS challenge timeout for pan %s amount=%d.%02d",
        "%s DEBUG gateway.request body={\"pan\":\"%s\",\"amount\":%d%02d}",
    ]) % (ts_iso(), c[1], R.randrange(1, 900), R.randrange(100))
    return ch(["is it a problem that this shows up in our logs?\n", "", "what does do_not_honor mean?\n", "saw this in Datadog:\n"]) + t, [c], "en"


def t_card_sql():
    lang = card_lang()
    c = C(lang, style="none")
    who = person(lang)
    t = "INSERT INTO payment_methods (user_id, holder, card_number, expiry) VALUES (%d, '%s', '%s', '%s');" % (
        R.randrange(10, 9999), who[0].replace("'", "''"), c[1], exp_date())
    return ch(["", "why is storing it like this bad? ", "migrate this row to the new schema: "]) + t, [c], "en"


CARD_FORM = {
    "en": ("Name on card", "Card number", "Expiry", "can you fill in this booking form for me?"),
    "de": ("Karteninhaber", "Kartennummer", "Gültig bis", "Kannst du das Formular für mich ausfüllen?"),
    "fr": ("Titulaire", "Numéro de carte", "Expiration", "Tu peux remplir ce formulaire pour moi ?"),
    "es": ("Titular", "Número de tarjeta", "Caducidad", "¿Me rellenas este formulario?"),
    "pt": ("Nome no cartão", "Número do cartão", "Validade", "Preenche esse formulário pra mim?"),
    "it": ("Intestatario", "Numero carta", "Scadenza", "Mi compili questo modulo?"),
    "nl": ("Kaarthouder", "Kaartnummer", "Vervaldatum", "Kun je dit formulier invullen?"),
    "pl": ("Posiadacz karty", "Numer karty", "Ważna do", "Wypełnisz ten formularz?"),
    "ru": ("Держатель", "Номер карты", "Срок действия", "Заполни, пожалуйста, эту форму:"),
    "tr": ("Kart sahibi", "Kart numarası", "Son kullanma", "Bu formu benim için doldurur musun?"),
    "ja": ("カード名義", "カード番号", "有効期限", "この予約フォームを埋めてください。"),
    "zh": ("持卡人", "卡号", "有效期", "帮我填一下这个表格："),
    "hi": ("कार्डधारक", "कार्ड नंबर", "समाप्ति", "यह फॉर्म भर दो:"),
    "ar": ("اسم حامل البطاقة", "رقم البطاقة", "تاريخ الانتهاء", "املأ هذا النموذج من فضلك:"),
    "uz": ("Karta egasi", "Karta raqami", "Amal qilish muddati", "Shu formani to'ldirib ber:"),
    "vi": ("Chủ thẻ", "Số thẻ", "Hết hạn", "Điền giúp tôi mẫu này:"),
    "fa": ("نام دارنده کارت", "شماره کارت", "تاریخ انقضا", "این فرم را برایم پر کن:"),
    "da": ("Kortholder", "Kortnummer", "Udløb", "Kan du udfylde formularen?"),
}


def t_card_form():
    lang = card_lang()
    a, b, c_, intro = CARD_FORM[lang]
    c = C(lang)
    who = person(lang)
    t = "%s\n%s: %s\n%s: %s\n%s: %s" % (intro, a, who[0], b, c[1], c_, exp_date())
    return t, [c], lang


# ---------------- keys

def t_env():
    spans = []
    lines = []
    n = R.randrange(1, 4)
    seen = []
    for _ in range(n):
        k, name, env = anyK(0.25)
        if env in seen:
            continue
        seen.append(env)
        q = ch(["", "", '"'])
        lines.append("%s=%s%s%s" % (env, q, k[1], q))
        spans.append(k)
    filler = ch([["NODE_ENV=development", "PORT=3000"], ["DEBUG=false", "LOG_LEVEL=info"], ["DATABASE_URL=postgres://localhost:5432/app"], ["NEXT_PUBLIC_APP_URL=http://localhost:3000"], []])
    body = filler[:1] + lines + filler[1:]
    if R.random() < 0.2:
        e = E(tech_lang(), work=True)
        body.append("SMTP_USER=%s" % e[1])
        spans.append(e)
    intro = ch(["my .env:\n", "", "why isn't this picked up by dotenv?\n", "cat .env\n", "here's the config, the app says the key is missing:\n"])
    return intro + "\n".join(body), spans, "en"


def t_curl():
    k, name, env = K(ch(["openai_proj", "openai_proj", "anthropic", "anthropic", "groq", "openrouter", "stripe_live", "google", "github_pat",
                         "github_fine", "slack_bot", "huggingface", "xai", "deepseek", "sendgrid", "perplexity", "mailgun"]))
    prov = k[2]
    v = k[1]
    if prov.startswith("anthropic"):
        t = "curl https://api.anthropic.com/v1/messages \\\n  -H \"x-api-key: %s\" \\\n  -H \"anthropic-version: 2023-06-01\" \\\n  -H \"content-type: application/json\" \\\n  -d '{\"model\": \"claude-sonnet-4-5\", \"max_tokens\": 256, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}'" % v
    elif prov == "google":
        t = "curl \"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=%s\" -H 'Content-Type: application/json' -d '{\"contents\":[{\"parts\":[{\"text\":\"hello\"}]}]}'" % v
    elif prov == "stripe_live":
        t = "curl https://api.stripe.com/v1/customers -u %s: -d email=\"\" -G" % v
    elif prov == "mailgun":
        t = "curl -s --user 'api:%s' https://api.mailgun.net/v3/mg.brightlane.io/messages -F subject='test'" % v
    else:
        host = {"openai_proj": "api.openai.com/v1/chat/completions", "groq": "api.groq.com/openai/v1/chat/completions",
                "openrouter": "openrouter.ai/api/v1/chat/completions", "github_pat": "api.github.com/user/repos",
                "github_fine": "api.github.com/repos/acme/web/issues", "slack_bot": "slack.com/api/chat.postMessage",
                "huggingface": "huggingface.co/api/whoami-v2", "xai": "api.x.ai/v1/chat/completions", "deepseek": "api.deepseek.com/chat/completions",
                "sendgrid": "api.sendgrid.com/v3/mail/send", "perplexity": "api.perplexity.ai/chat/completions"}[prov]
        t = "curl https://%s \\\n  -H \"Authorization: Bearer %s\" \\\n  -H \"Content-Type: application/json\"" % (host, v)
    out = ch(["", "\n{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"rate_limit_error\"}}", "\ncurl: (6) Could not resolve host", "\n401 Unauthorized"])
    return ch(["", "this returns 401, what's wrong?\n", "$ ", "convert to python requests:\n"]) + t + out, [k], "en"


def t_py_client():
    if R.random() < 0.2:
        k, name, env = PK(ch(["mistral", "cohere", "together", "jina", "azure_openai", "serpapi"]))
        lib = {"mistral": "from mistralai import Mistral\nclient = Mistral(api_key=\"%s\")",
               "cohere": "import cohere\nco = cohere.ClientV2(api_key=\"%s\")",
               "together": "from together import Together\nclient = Together(api_key=\"%s\")",
               "jina": "headers = {\"Authorization\": \"Bearer %s\"}\nr = requests.post(\"https://api.jina.ai/v1/embeddings\", headers=headers, json=payload)",
               "azure_openai": "client = AzureOpenAI(\n    api_key=\"%s\",\n    api_version=\"2024-10-21\",\n    azure_endpoint=\"https://my-res.openai.azure.com\",\n)",
               "serpapi": "params = {\"q\": query, \"engine\": \"google\", \"api_key\": \"%s\"}"}[k[2][6:]]
        t = lib % k[1]
    else:
        k, name, env = K(ch(["openai_proj", "openai_proj", "openai_legacy", "anthropic", "anthropic", "google", "groq", "huggingface", "replicate", "xai", "deepseek", "openrouter", "openai_svcacct", "langsmith", "tavily", "firecrawl", "elevenlabs"]))
        lib = {"openai_proj": "from openai import OpenAI\nclient = OpenAI(api_key=\"%s\")", "openai_legacy": "import openai\nopenai.api_key = \"%s\"",
               "openai_svcacct": "client = OpenAI(api_key=\"%s\")", "anthropic": "import anthropic\nclient = anthropic.Anthropic(api_key=\"%s\")",
               "google": "import google.generativeai as genai\ngenai.configure(api_key=\"%s\")", "groq": "from groq import Groq\nclient = Groq(api_key=\"%s\")",
               "huggingface": "from huggingface_hub import login\nlogin(token=\"%s\")", "replicate": "os.environ[\"REPLICATE_API_TOKEN\"] = \"%s\"",
               "xai": "client = OpenAI(api_key=\"%s\", base_url=\"https://api.x.ai/v1\")", "deepseek": "client = OpenAI(api_key=\"%s\", base_url=\"https://api.deepseek.com\")",
               "openrouter": "client = OpenAI(base_url=\"https://openrouter.ai/api/v1\", api_key=\"%s\")", "langsmith": "os.environ[\"LANGSMITH_API_KEY\"] = \"%s\"",
               "tavily": "from tavily import TavilyClient\ntavily = TavilyClient(api_key=\"%s\")", "firecrawl": "app = FirecrawlApp(api_key=\"%s\")",
               "elevenlabs": "client = ElevenLabs(api_key=\"%s\")"}[k[2]]
        t = lib % k[1]
    err = ch(["", "\n\nAuthenticationError: Error code: 401", "\n\nit works locally but not on Render", "\n\nhow do I move this to an env var?", "\n\nModuleNotFoundError: No module named 'dotenv'"])
    return ch(["", "what's wrong here?\n", "```python\n"]) + t + err, [k], "en"


def t_node():
    k, name, env = K(ch(["github_pat", "github_fine", "slack_bot", "stripe_live", "openai_proj", "anthropic", "linear", "notion", "shopify", "sendgrid"]))
    t = {"github_pat": "const octokit = new Octokit({ auth: '%s' });", "github_fine": "const octokit = new Octokit({ auth: \"%s\" });",
         "slack_bot": "const app = new App({ token: '%s', signingSecret: process.env.SLACK_SIGNING_SECRET });",
         "stripe_live": "const stripe = require('stripe')('%s');", "openai_proj": "const openai = new OpenAI({ apiKey: '%s', dangerouslyAllowBrowser: true });",
         "anthropic": "const anthropic = new Anthropic({ apiKey: \"%s\" });", "linear": "const linear = new LinearClient({ apiKey: '%s' });",
         "notion": "const notion = new Client({ auth: '%s' });", "shopify": "headers: { 'X-Shopify-Access-Token': '%s' },",
         "sendgrid": "sgMail.setApiKey('%s');"}[k[2]] % k[1]
    return ch(["", "TypeError: fetch failed\n", "refactor to read from process.env:\n"]) + t, [k], "en"


def t_npmrc():
    k, _, _ = K("npm")
    t = ch(["//registry.npmjs.org/:_authToken=%s\nalways-auth=true", "$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=%s\n$ npm publish\nnpm ERR! code E403"]) % k[1]
    return t, [k], "en"


def t_git_remote():
    k, _, _ = K(ch(["github_pat", "github_pat", "github_fine", "gitlab", "github_oauth"]))
    host = "gitlab.com" if k[2] == "gitlab" else "github.com"
    user = "oauth2:" if k[2] == "gitlab" else ch(["", "x-access-token:", "me:"])
    repo = ch(["acme/web", "lena-dev/dotfiles", "brightlane/infra", "me/thesis"])
    t = ch(["$ git remote -v\norigin\thttps://%s%s@%s/%s.git (fetch)", "git clone https://%s%s@%s/%s.git", "[remote \"origin\"]\n\turl = https://%s%s@%s/%s.git"]) % (user, k[1], host, repo)
    return ch(["", "why does push still ask for a password?\n", "fatal: Authentication failed\n"]) + t, [k], "en"


def t_gh_actions():
    k, name, env = anyK(0.2)
    t = "jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      %s: %s\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test" % (env, k[1])
    return ch(["", "is this workflow ok?\n", "the job can't see the key:\n"]) + t, [k], "en"


def t_docker():
    k, name, env = anyK(0.2)
    t = ch(["docker run -d -p 8080:8080 -e %s=%s ghcr.io/acme/api:latest", "services:\n  app:\n    image: app:dev\n    environment:\n      - %s=%s"]) % (env, k[1])
    return ch(["", "container exits immediately:\n", "compose file:\n"]) + t, [k], "en"


def t_mcp():
    k, name, env = K(ch(["github_pat", "github_pat", "github_fine", "slack_bot", "linear", "notion", "tavily", "firecrawl", "perplexity"]))
    env2 = {"github_pat": "GITHUB_PERSONAL_ACCESS_TOKEN", "github_fine": "GITHUB_PERSONAL_ACCESS_TOKEN"}.get(k[2], env)
    server = {"github_pat": "github", "github_fine": "github", "slack_bot": "slack", "linear": "linear", "notion": "notion", "tavily": "tavily", "firecrawl": "firecrawl", "perplexity": "perplexity"}[k[2]]
    t = '{\n  "mcpServers": {\n    "%s": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-%s"],\n      "env": {\n        "%s": "%s"\n      }\n    }\n  }\n}' % (server, server, env2, k[1])
    return ch(["", "Claude Desktop doesn't show the tools, config:\n", "claude_desktop_config.json:\n", "~/.cursor/mcp.json\n"]) + t, [k], "en"


def t_shell():
    k, name, env = anyK(0.25)
    t = ch(["export %s=%s\npython main.py", "$ echo $%s\n%s", "set -x %s %s", "$env:%s=\"%s\""]) % (env, k[1])
    return ch(["", "zsh history:\n", "still getting missing key error after\n"]) + t, [k], "en"


def t_err_url():
    if R.random() < 0.5:
        k, _, _ = K("google")
        t = "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://maps.googleapis.com/maps/api/geocode/json?address=Main+St&key=%s" % k[1]
    else:
        k, _, _ = K("telegram")
        t = "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.telegram.org', port=443): Max retries exceeded with url: /bot%s/sendMessage?chat_id=%d" % (k[1], R.randrange(10000000, 99999999))
    return ch(["", "what does this mean?\n", "getting this in production:\n"]) + t, [k], "en"


def t_yaml_cfg():
    k, name, env = PK() if R.random() < 0.3 else K()
    key = ch(["api_key", "apiKey", "token", "secret_key", "access_token"]) if k[2].startswith("plain_") is False else ch(["api_key", "apiKey", "api-key"])
    prov = name.lower().replace(" ", "_")
    t = ch(["%s:\n  base_url: https://api.%s.com\n  %s: %s\n  timeout: 30",
            "[%s]\nendpoint = \"https://api.%s.com/v1\"\n%s = \"%s\"",
            "providers:\n  - name: %s\n    host: api.%s.com\n    %s: \"%s\""]) % (prov, prov.replace("_", ""), key, k[1])
    return ch(["", "config.yaml:\n", "my config, the client says 401:\n"]) + t, [k], "en"


def t_header():
    k, name, env = PK(ch(["datadog", "azure_openai", "openweather", "newsapi", "airtable", "vercel", "cloudflare", "brevo", "jina", "pinecone", "deepl"]))
    hdr = {"plain_datadog": "DD-API-KEY", "plain_azure_openai": "api-key", "plain_openweather": "x-api-key", "plain_newsapi": "X-Api-Key",
           "plain_airtable": "Authorization: Bearer", "plain_vercel": "Authorization: Bearer", "plain_cloudflare": "Authorization: Bearer",
           "plain_brevo": "api-key", "plain_jina": "Authorization: Bearer", "plain_pinecone": "Api-Key", "plain_deepl": "Authorization: DeepL-Auth-Key"}[k[2]]
    if ":" in hdr:
        line = "%s %s" % (hdr, k[1])
    else:
        line = "%s: %s" % (hdr, k[1])
    t = ch(["GET /v1/query HTTP/1.1\nHost: api.service.io\n%s\nAccept: application/json", "curl -H '%s' https://api.service.io/v1/status"]) % line
    t = t.replace("api.service.io", {"plain_datadog": "api.datadoghq.eu", "plain_azure_openai": "contoso.openai.azure.com", "plain_openweather": "api.openweathermap.org",
                                     "plain_newsapi": "newsapi.org", "plain_airtable": "api.airtable.com", "plain_vercel": "api.vercel.com",
                                     "plain_cloudflare": "api.cloudflare.com", "plain_brevo": "api.brevo.com", "plain_jina": "api.jina.ai",
                                     "plain_pinecone": "api.pinecone.io", "plain_deepl": "api-free.deepl.com"}[k[2]])
    return ch(["", "Postman works but this doesn't:\n"]) + t, [k], "en"


def t_k8s():
    k, name, env = anyK(0.25)
    t = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  %s: %s" % (env, k[1])
    return ch(["", "kubectl apply fails:\n"]) + t, [k], "en"


def t_settings_json():
    k, name, env = K(ch(["anthropic", "openai_proj", "openai_proj", "google", "openrouter"]))
    if R.random() < 0.7:
        t = '{\n  "env": {\n    "%s": "%s"\n  },\n  "permissions": {"allow": ["Bash(npm run test:*)"]}\n}' % (env, k[1])
    else:
        t = '{\n  "editor.fontSize": 14,\n  "%s.apiKey": "%s"\n}' % (name.lower(), k[1])
    return ch(["~/.claude/settings.json\n", "settings.json:\n", ""]) + t, [k], "en"


def t_aws():
    k, _, _ = K("aws_akid")
    t = ch(["AWS_ACCESS_KEY_ID=%s\nAWS_DEFAULT_REGION=eu-central-1", '"userIdentity": {"type": "IAMUser", "accessKeyId": "%s", "userName": "ci-deployer"}',
            "[default]\naws_access_key_id = %s\nregion = us-east-1"]) % k[1]
    return ch(["", "which user is this?\n", "boto3 says InvalidClientTokenId with:\n"]) + t, [k], "en"


def t_chat_key_plain():
    k, name, env = PK()
    t = ch(["my %s API key is %s, write me a quick python script to test it",
            "here is my %s key: %s. why does the dashboard say it's inactive?",
            "use my %s token %s in the example instead of the placeholder"]) % (name, k[1])
    return t, [k], "en"


TECH = [
    # (fn, weight) — weights tuned for a roughly even span count per kind
    (t_git_log, 16), (t_signature, 30), (t_csv_contacts, 12), (t_json_user, 22), (t_sql_insert, 16), (t_log_email, 18),
    (t_stacktrace_email, 10), (t_package_json, 8), (t_mailto, 8), (t_email_headers, 10), (t_vcard, 12), (t_twilio, 12),
    (t_wa_link, 12), (t_tel_link, 10), (t_form_webhook, 12), (t_tsv, 6), (t_phone_code, 14),
    (t_card_json, 40), (t_card_csv, 24), (t_card_code, 30), (t_card_log, 36), (t_card_sql, 18), (t_card_form, 40),
    (t_env, 36), (t_curl, 30), (t_py_client, 30), (t_node, 12), (t_npmrc, 7), (t_git_remote, 12), (t_gh_actions, 9), (t_docker, 10),
    (t_mcp, 16), (t_shell, 14), (t_err_url, 8), (t_yaml_cfg, 18), (t_header, 12), (t_k8s, 6), (t_settings_json, 6), (t_aws, 8),
    (t_chat_key_plain, 8),
]


# ---------------------------------------------------------------- everyday chat lines

OWN_EMAIL_MARKERS = ["my email is", "Meine E-Mail-Adresse ist", "Mon adresse mail est", "Mi correo es", "Meu e-mail é", "La mia email è",
                     "Mijn e-mailadres is", "Mój e-mail to", "Моя почта", "私のメールアドレスは", "제 이메일은", "我的邮箱是", "E-posta adresim"]


def chat_lang():
    return wch([(c, LANGS[c]["weight"]) for c in LANG_ORDER])


def chat_line(kind):
    while True:
        lang = chat_lang()
        T = LANGS[lang]["T"]
        if kind in T:
            break
    tmpl = ch(T[kind])
    spans = []
    known = []
    slots = {}
    if "{phone}" in tmpl:
        s = P(lang)
        slots["phone"] = s[1]
        spans.append((tmpl.index("{phone}"), s))
    if "{email}" in tmpl:
        s = E(lang, work=R.random() < 0.25)
        slots["email"] = s[1]
        spans.append((tmpl.index("{email}"), s))
        if any(m in tmpl for m in OWN_EMAIL_MARKERS) and R.random() < 0.75:
            known.append(s[1])
    if "{card}" in tmpl:
        v, shape, net = lang_card(lang)
        slots["card"] = v
        slots["net"] = net
        spans.append((tmpl.index("{card}"), sp("card", v, shape)))
    if "{key}" in tmpl:
        if R.random() < 0.2:
            k, name, env = PK()
        else:
            k, name, env = K()
        slots["key"] = k[1]
        slots["prov"] = name
        spans.append((tmpl.index("{key}"), k))
    if "{name}" in tmpl:
        slots["name"] = person(lang)[0]
    text = tmpl.format(**slots)
    spans.sort(key=lambda x: x[0])
    return text, [s for _, s in spans], lang, known


# ---------------------------------------------------------------- negatives

def luhn_bad_digits(n):
    while True:
        d = ch("123456789") + rs(DIG, n - 1)
        if not luhn_ok(d):
            return d


def n_order():
    a = luhn_bad_digits(16)
    amz = "%03d-%07d-%07d" % (R.randrange(100, 999), R.randrange(10 ** 6, 10 ** 7), R.randrange(10 ** 6, 10 ** 7))
    return ch([
        "Where is my order %s? It says delivered but nothing arrived. Write a complaint to Amazon." % amz,
        "Meine Bestellnummer ist %s %s %s %s – wo bleibt das Paket? Bitte schreib eine Nachfrage an den Shop." % (a[:4], a[4:8], a[8:12], a[12:]),
        "Invoice INV-%d-%06d is overdue, draft a reminder without sounding rude" % (ch([2024, 2025]), R.randrange(10 ** 5)),
        "Número de pedido %s, el paquete lleva dos semanas en aduanas. ¿Qué hago?" % luhn_bad_digits(ch([13, 14, 15])),
        "USPS tracking %s %s %s %s %s %s shows 'in transit' since Monday" % tuple([luhn_bad_digits(4) for _ in range(5)] + [rs(DIG, 2)]),
        "Numéro de commande : %s. Le colis n'est jamais arrivé, rédige une réclamation." % luhn_bad_digits(ch([16, 17])),
        "注文番号 %s-%s の配送状況を問い合わせるメールを書いて" % (rs(DIG, 4), luhn_bad_digits(8)),
        "Номер заказа %s, посылка застряла на сортировке. Напиши жалобу." % luhn_bad_digits(ch([14, 15, 16])),
        "Sipariş numaram %s, kargo hâlâ gelmedi. Şikâyet metni yazar mısın?" % luhn_bad_digits(ch([13, 16])),
        "DHL Sendungsnummer %s hängt seit Tagen im Paketzentrum" % ("00" + rs(DIG, 18)),
        "the refund reference is RF%s, how long does a SEPA refund usually take?" % luhn_bad_digits(16),
        "我的订单号是%s，快递一直没更新，帮我写个催单消息" % luhn_bad_digits(ch([16, 18, 19])),
    ])


def n_epoch():
    s = R.randrange(1600000000, 1790000000)
    ms = s * 1000 + R.randrange(1000)
    return ch([
        "convert %d to a human date in Europe/Berlin" % s,
        "why is created_at %d in the API but %d in the database? one is in ms" % (ms, s),
        '{"event": "page_view", "ts": %d, "session": "%s"}' % (ms, hexs(16)),
        "JS: new Date(%d) gives 1970, what am I doing wrong?" % s,
        "expires_at=%d — is this token already expired?" % s,
        "Date.now() returned %d, how do I get seconds?" % ms,
    ])


MONTHS = {"en": ["January", "March", "July", "October"], "de": ["Januar", "März", "Juli", "Oktober"], "fr": ["janvier", "mars", "juillet", "octobre"],
          "es": ["enero", "marzo", "julio", "octubre"], "pt": ["janeiro", "março", "julho", "outubro"], "it": ["gennaio", "marzo", "luglio", "ottobre"],
          "nl": ["januari", "maart", "juli", "oktober"]}


def n_dates():
    d, m, y = R.randrange(1, 29), R.randrange(1, 13), ch([2024, 2025, 2026])
    lang = ch(list(MONTHS.keys()))
    mn = ch(MONTHS[lang])
    return ch([
        "how many working days between %02d/%02d/%d and %02d/%02d/%d?" % (d, m, y, (d + 9) % 28 + 1, m, y),
        "Termin am %d. %s %d um %02d:%02d Uhr – bitte eine Erinnerung formulieren" % (d, ch(MONTHS["de"]), y, R.randrange(8, 19), ch([0, 15, 30, 45])),
        "parse '%d-%02d-%02dT%02d:%02d:%02d.%06d+02:00' in Swift with ISO8601DateFormatter" % (y, m, d, R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(10 ** 6)),
        "Le rendez-vous est le %d %s %d à %dh%02d, écris une confirmation" % (d, ch(MONTHS["fr"]), y, R.randrange(8, 19), ch([0, 30])),
        "la reunión es el %d de %s de %d a las %d:%02d, redacta la invitación" % (d, ch(MONTHS["es"]), y, R.randrange(8, 19), ch([0, 30])),
        "cron: %d %d * * 1-5 — when does this run?" % (R.randrange(60), R.randrange(24)),
        "%d年%d月%d日 %d時%02d分 に会議の予約をしたい" % (y, m, d, R.randrange(8, 19), ch([0, 30])),
        "log shows %d%02d%02d %02d%02d%02d, which timezone is that?" % (y, m, d, R.randrange(24), R.randrange(60), R.randrange(60)),
        "Between %d.%02d.%d and %d.%02d.%d I was on holiday, write it for the timesheet" % (d, m, y, (d + 5) % 28 + 1, m, y),
    ])


def n_versions():
    return ch([
        "after upgrading to Xcode %d.%d (%d%s%d%s) the build fails with 'no such module'" % (R.randrange(15, 17), R.randrange(0, 5), R.randrange(15, 17), ch("ABCEF"), R.randrange(10, 999), ch(["a", "", "b"])),
        "node v%d.%d.%d vs npm %d.%d.%d — which one breaks the lockfile?" % (R.randrange(16, 23), R.randrange(0, 20), R.randrange(0, 10), R.randrange(8, 11), R.randrange(0, 10), R.randrange(0, 5)),
        "Chrome %d.0.%d.%d crashes when I open DevTools" % (R.randrange(120, 140), R.randrange(6000, 7500), R.randrange(10, 250)),
        "Windows 10.0.%d.%d update KB%d broke my printer" % (R.randrange(19041, 26200), R.randrange(1000, 5000), R.randrange(5000000, 5060000)),
        "pip install torch==%d.%d.%d+cu%d fails on Python 3.%d" % (R.randrange(1, 3), R.randrange(0, 8), R.randrange(0, 3), ch([118, 121, 124]), R.randrange(9, 14)),
        "iOS %d.%d.%d (%d%s%d) battery drain fix?" % (R.randrange(17, 19), R.randrange(0, 6), R.randrange(0, 3), R.randrange(21, 23), ch("ABCDEFG"), R.randrange(10, 99)),
        "Build %d.%02d.%02d.%d is the last green one, bisect from there" % (ch([2024, 2025]), R.randrange(1, 13), R.randrange(1, 29), R.randrange(1, 9)),
        "swift-tools-version:%d.%d, macOS %d.%d.%d, clang-%d.%d.%d.%d" % (5, R.randrange(7, 11), R.randrange(13, 16), R.randrange(0, 7), R.randrange(0, 3), R.randrange(1400, 1800), R.randrange(0, 10), R.randrange(0, 40), R.randrange(0, 10)),
    ])


def n_hashes():
    return ch([
        "git reset --hard %s" % hexs(40),
        "sha256sum says %s but the website lists a different checksum" % hexs(64),
        "docker pull node@sha256:%s" % hexs(64),
        '"integrity": "sha512-%s=="' % rs(UP + LO + DIG + "+/", 86),
        "md5 of the file is %s, same as before?" % hexs(32),
        "cherry-pick %s and %s onto release" % (hexs(7), hexs(7)),
        "ETag: W/\"%s\"" % hexs(32),
        "the commit %s introduced the regression, can you explain the diff?" % hexs(12),
    ])


def n_llm_ids():
    return ch([
        '{"id": "msg_01%s", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5", "stop_reason": "end_turn"}' % rs(ALNUM, 22),
        '{"type": "tool_use", "id": "toolu_01%s", "name": "get_weather", "input": {"city": "Oslo"}}' % rs(ALNUM, 22),
        '{"id": "chatcmpl-%s", "object": "chat.completion", "created": %d, "model": "gpt-4o-2024-08-06"}' % (rs(ALNUM, 29), R.randrange(1700000000, 1760000000)),
        "request-id: req_011C%s — support asked me for this, is it sensitive?" % rs(ALNUM, 18),
        '{"type": "function_call", "call_id": "call_%s", "name": "search"}' % rs(ALNUM, 24),
        "the Responses API returned resp_%s with status incomplete" % hexs(48),
        "batch_%s has been in_progress for 20 hours" % hexs(32),
        "uploaded file-%s but the assistant can't read it" % rs(ALNUM, 22),
        "thread_%s / run_%s stuck in queued" % (rs(ALNUM, 24), rs(ALNUM, 24)),
        "anthropic-organization-id: %s" % uuid4(),
    ])


def n_masked():
    l4 = rs(DIG, 4)
    return ch([
        "The charge on my card ending in %s was declined, what does code 51 mean?" % l4,
        "Karte **** **** **** %s wurde belastet, aber die Buchung fehlt" % l4,
        "openai.AuthenticationError: Error code: 401 - Incorrect API key provided: sk-proj-********************%s. You can find your API key at https://platform.openai.com/account/api-keys." % rs(ALNUM, 4),
        "the dashboard only shows sk-ant-api03-...%s, how do I see the full key?" % rs(ALNUM, 4),
        "SMS sent to +%s *** *** %s" % (ch(["44", "49", "33", "1"]), rs(DIG, 2)),
        "Visa •••• %s expires 0%d/2%d — update the card in the App Store" % (l4, R.randrange(1, 10), R.randrange(6, 10)),
        "github says token ghp_****%s was revoked, why?" % rs(ALNUM, 4),
        "we sent a code to your phone ending in %s" % rs(DIG, 2),
        "Ihre IBAN DE** **** **** **** **%s %s" % (rs(DIG, 2), rs(DIG, 2)),
    ])


def n_placeholders():
    return ch([
        "curl https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\"",
        "client = Anthropic(api_key=os.environ[\"ANTHROPIC_API_KEY\"])",
        "OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-key-here>",
        "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  GH_TOKEN: ${{ github.token }}",
        "token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # replace with yours",
        "Phone: +1 (XXX) XXX-XXXX\nCard: XXXX XXXX XXXX XXXX",
        "stripe.api_key = os.getenv('STRIPE_SECRET_KEY')",
        "export GROQ_API_KEY=\"YOUR_GROQ_API_KEY\"",
        "const key = process.env.GOOGLE_MAPS_KEY ?? '';",
        "Authorization: Bearer {{token}}",
        "api_key: !secret openweather_key",
        "Teléfono: [tu número]  Correo: [tu correo]",
    ])


def n_at():
    return ch([
        "@app.route('/users/<int:id>')\ndef show(id): ...",
        "npm i -D @types/node @vitejs/plugin-react",
        "@MainActor final class ViewModel: ObservableObject { @Published var items: [Item] = [] }",
        "hey @channel the deploy is done, ping @frontend-oncall if anything breaks",
        "meet @ 5pm at the usual place?",
        "@media (max-width: 768px) { .nav { display: none; } }",
        "ssh deploy@build-runner-02 'systemctl restart api'",
        "pip install mylib @ git+https://github.com/acme/mylib@v1.2.0",
        "dan@dev-box:~/src/app$ make test",
        "Kotlin: @JvmStatic fun main(args: Array<String>)",
        "use @latest or pin @4.2.1?",
        "Twitter said @nasa posted it first",
        "docker exec -it redis@sha1 sh",
    ])


def n_code():
    return ch([
        "EMAIL_RE = re.compile(r\"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$\")",
        "func luhn(_ s: String) -> Bool {\n    var sum = 0\n    for (i, c) in s.reversed().enumerated() { var d = c.wholeNumberValue!; if i % 2 == 1 { d *= 2; if d > 9 { d -= 9 } }; sum += d }\n    return sum % 10 == 0\n}",
        "const isPhone = (s) => /^\\+?[1-9]\\d{7,14}$/.test(s);",
        "z.string().email({ message: 'Invalid email' })",
        "CHECK (phone ~ '^\\+[0-9]{8,15}$')",
        "if (!validator.isCreditCard(input)) throw new Error('bad card');",
        "<input type=\"email\" name=\"email\" placeholder=\"Email\" required>",
        "phonenumbers.parse(raw, 'DE').country_code",
        "String mask(String pan) => '**** ' + pan.substring(pan.length - 4);",
    ])


def n_coords():
    lat, lon = R.uniform(-60, 70), R.uniform(-170, 170)
    return ch([
        "distance between %.6f, %.6f and %.6f, %.6f in km?" % (lat, lon, lat + R.uniform(-1, 1), lon + R.uniform(-1, 1)),
        "<trkpt lat=\"%.7f\" lon=\"%.7f\"><ele>%.1f</ele></trkpt>" % (lat, lon, R.uniform(0, 3000)),
        '{"type": "Point", "coordinates": [%.5f, %.5f]}' % (lon, lat),
        "google maps link shows @%.7f,%.7f,17z — what city is that?" % (lat, lon),
        "geohash u%s decode please" % rs("0123456789bcdefghjkmnpqrstuvwxyz", 8),
    ])


def isbn13():
    while True:
        b = "978" + rs(DIG, 9)
        c = (10 - sum((1 if i % 2 == 0 else 3) * int(x) for i, x in enumerate(b)) % 10) % 10
        v = b + str(c)
        if not luhn_ok(v):
            return v


def n_isbn():
    v = isbn13()
    g = "%s-%s-%s-%s-%s" % (v[:3], v[3], v[4:7], v[7:12], v[12])
    return ch([
        "cite this book in APA: ISBN %s" % g,
        "Is ISBN %s the 2nd edition?" % v,
        "EAN %s on the barcode doesn't scan" % isbn13().replace("978", ch(["400", "590", "871"]), 1),
        "Buch mit ISBN %s bestellen – schreib eine kurze Anfrage an die Bibliothek" % g,
    ])


def n_company():
    return ch([
        "Impressum: Amtsgericht München HRB %d, USt-IdNr. DE%d" % (R.randrange(10000, 299999), R.randrange(100000000, 999999999)),
        "KvK %d, BTW NL%09dB01 — moet dit op de factuur?" % (R.randrange(10000000, 99999999), R.randrange(10 ** 8)),
        "Company number %08d (Companies House), VAT GB %d %04d %02d" % (R.randrange(10 ** 7), R.randrange(100, 999), R.randrange(10 ** 4), R.randrange(100)),
        "SIREN %d %03d %03d — comment trouver le code NAF ?" % (R.randrange(100, 999), R.randrange(1000), R.randrange(1000)),
        "CNPJ %02d.%03d.%03d/0001-%02d aparece como inapto na Receita" % (R.randrange(100), R.randrange(1000), R.randrange(1000), R.randrange(100)),
        "ABN %02d %03d %03d %03d on the invoice, is GST included?" % (R.randrange(10, 99), R.randrange(1000), R.randrange(1000), R.randrange(1000)),
        "DUNS %02d-%03d-%04d required for the Apple developer enrollment" % (R.randrange(100), R.randrange(1000), R.randrange(10 ** 4)),
    ])


def n_meeting():
    return ch([
        "Join Zoom Meeting\nMeeting ID: %d %04d %04d\nPasscode: %06d" % (R.randrange(800, 999), R.randrange(10 ** 4), R.randrange(10 ** 4), R.randrange(10 ** 6)),
        "Microsoft Teams: Meeting ID: %d %03d %03d %03d  Passcode: %s" % (R.randrange(100, 999), R.randrange(1000), R.randrange(1000), R.randrange(1000), rs(ALNUM, 6)),
        "Google Meet: meet.google.com/%s-%s-%s" % (rs(LO, 3), rs(LO, 4), rs(LO, 3)),
        "Webex access code %d %d %d" % (R.randrange(2000, 2999), R.randrange(100, 999), R.randrange(1000, 9999)),
    ])


def n_metrics():
    return ch([
        "p50 %d ms, p99 %d ms, %s requests in the last 24h — is that normal for one pod?" % (R.randrange(20, 200), R.randrange(300, 4000), "{:,}".format(R.randrange(10 ** 5, 10 ** 8))),
        "Revenue %s EUR vs %s EUR last year, write a one-line summary" % ("{:,}".format(R.randrange(10 ** 5, 10 ** 8)).replace(",", "."), "{:,}".format(R.randrange(10 ** 5, 10 ** 8)).replace(",", ".")),
        "our table has %d rows and the index is %d bytes" % (R.randrange(10 ** 6, 10 ** 10), R.randrange(10 ** 7, 10 ** 11)),
        "Население: %s человек, площадь %s км²" % ("{:,}".format(R.randrange(10 ** 5, 10 ** 7)).replace(",", " "), "{:,}".format(R.randrange(100, 10 ** 5)).replace(",", " ")),
        "tokens used: input %d, output %d, cache_read %d" % (R.randrange(1000, 200000), R.randrange(100, 8000), R.randrange(0, 150000)),
    ])


def n_misc_ids():
    return ch([
        "traceparent: 00-%s-%s-01" % (hexs(32), hexs(16)),
        "pod api-%s-%s CrashLoopBackOff" % (rs(LO + DIG, 10), rs(LO + DIG, 5)),
        "booking reference %s, flight LH%d on the %dth" % (rs(UP, 6), R.randrange(100, 2000), R.randrange(4, 28)),
        "container %s exited with code 137" % hexs(12),
        "Ticket #%d was closed without a reply" % R.randrange(10000, 999999),
        "Kundennummer %d %d %d, Vertragskonto %d" % (R.randrange(1000, 9999), R.randrange(1000, 9999), R.randrange(1, 9), R.randrange(10 ** 9, 10 ** 10)),
        "Error 0x%08X when installing the update" % R.randrange(2 ** 31, 2 ** 32),
        "session id %s keeps changing on refresh" % uuid4(),
        "Case %d-%06d opened with Apple support" % (R.randrange(100, 999), R.randrange(10 ** 6)),
        "VIN WVWZZZ%s%s — which model year?" % (rs(UP + DIG, 3), rs(DIG, 8)),
        "PO number %s-%d, cost centre %d" % (ch(["PO", "BE"]), R.randrange(10 ** 5, 10 ** 7), R.randrange(1000, 9999)),
    ])


POLICY = [
    "Testing Stripe checkout: card 4242 4242 4242 4242, any future date, any CVC. Why does the webhook not fire?",
    "For 3DS testing I'm using 4000 0027 6000 3184 and it never shows the challenge",
    "Stripe test cards 5555 5555 5555 4444 and 378282246310005 both go through, but real ones fail",
    "The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — can I copy them into my test fixture?",
    "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # from the Stripe docs",
    "send a test message to user@example.com and jane.doe@example.org",
    "In the film the number is 555-0142, can I use that format in my app mockups?",
    "mock data: phone (212) 555-0187, email john.smith@example.net",
    "For UK drama scripts Ofcom reserves numbers like 07700 900461",
    "ssh into 192.168.1.20 then forward port 5432 from 10.0.0.12",
    "Co-Authored-By: Claude <noreply@anthropic.com>",
    "git remote add origin git@github.com:acme/payments.git",
    "root@localhost refuses the connection on port 3306",
    "use 4111 1111 1111 1111 in the Braintree sandbox",
    "Australian fiction numbers: 0491 570 156 and (02) 5550 1234",
    "const testEmail = 'test@example.com'; // RFC 2606 domain",
    "JCB test card 3566 0020 2036 0505 returns 'card_declined' in test mode",
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE in the LocalStack tutorial",
    "The 555-0100 to 555-0199 range is for fiction, right? e.g. (415) 555-0123",
    "Dockerfile EXPOSE 8080, host 172.17.0.2, DNS 10.96.0.10",
    "sample signature: Jane Doe, jane@example.com, +1 (202) 555-0174",
    "Adyen test card 5100 0600 0000 0002 with CVC 737 works in the sandbox",
    "UK mobile for testing from Ofcom: 07700 900123, landline 020 7946 0018",
    "mail from postmaster@localhost bounced on the dev box",
    "In RFC 5737 docs they use 192.0.2.1 and 198.51.100.7",
    "Stripe: sk_test_BQokikJOvBiI2HlWgH4olfQ2 is the docs example key, right?",
]

NEG_GENS = [(n_order, 28), (n_epoch, 20), (n_dates, 26), (n_versions, 20), (n_hashes, 22), (n_llm_ids, 26), (n_masked, 22),
            (n_placeholders, 24), (n_at, 20), (n_code, 18), (n_coords, 16), (n_isbn, 14), (n_company, 18), (n_meeting, 12),
            (n_metrics, 14), (n_misc_ids, 25)]


# ---------------------------------------------------------------- log wrappers

def ulid():
    return rs("0123456789abcdefghjkmnpqrstvwxyz", 26)


ASSISTANT = ["Sure - here's a version you can use:", "Here's a draft:", "The error means the request was rejected. A few things to check:",
             "Got it. Here is the updated version.", "I'll take a look at that.", "Here is a cleaned-up version."]


def w_chatgpt(text, tech):
    obj = {"id": uuid4(), "message": {"id": uuid4(), "author": {"role": "user", "name": None, "metadata": {}},
                                      "create_time": round(R.uniform(1690000000, 1765000000), 6), "update_time": None,
                                      "content": {"content_type": "text", "parts": [text]}, "status": "finished_successfully",
                                      "end_turn": None, "weight": 1.0, "metadata": {"request_id": uuid4(), "message_source": None},
                                      "recipient": "all", "channel": None},
           "parent": uuid4(), "children": [uuid4()]}
    return json.dumps(obj, ensure_ascii=True)


def w_claude_ai(text, tech):
    t = ts_iso()[:-1] + "000Z"
    obj = {"uuid": uuid4(), "text": text, "sender": "human", "created_at": t, "updated_at": t, "attachments": [], "files": []}
    return json.dumps(obj, ensure_ascii=False)


def w_claude_code(text, tech):
    base = {"parentUuid": uuid4(), "isSidechain": False, "userType": "external", "cwd": ch(["/Users/lena/code/shop", "/home/dev/api", "/Users/sam/projects/site", "/workspace/app"]),
            "sessionId": uuid4(), "version": ch(["2.0.14", "2.1.3", "1.0.98", "2.1.80"]), "gitBranch": ch(["main", "feat/checkout", "fix/login"])}
    if tech and R.random() < 0.6:
        base.update({"type": "user", "message": {"role": "user", "content": [{"tool_use_id": "toolu_01" + rs(ALNUM, 22), "type": "tool_result", "content": text, "is_error": False}]},
                     "uuid": uuid4(), "timestamp": ts_iso()})
    else:
        base.update({"type": "user", "message": {"role": "user", "content": text}, "uuid": uuid4(), "timestamp": ts_iso()})
    return json.dumps(base, ensure_ascii=False, separators=(",", ":"))


def w_codex(text, tech):
    if tech and R.random() < 0.6:
        inner = json.dumps({"output": text, "metadata": {"exit_code": ch([0, 0, 1]), "duration_seconds": round(R.uniform(0.01, 3), 1)}}, ensure_ascii=False)
        obj = {"timestamp": ts_iso(), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + rs(ALNUM, 24), "output": inner}}
    else:
        obj = {"timestamp": ts_iso(), "type": "event_msg", "payload": {"type": "user_message", "message": text, "images": []}}
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def w_anthropic(text, tech):
    obj = {"model": ch(["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"]), "max_tokens": ch([1024, 4096, 8192]),
           "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}
    return json.dumps(obj, ensure_ascii=R.random() < 0.5)


def w_openai(text, tech):
    obj = {"model": ch(["gpt-4o", "gpt-4o-mini", "gpt-4.1"]), "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": text}]}
    return json.dumps(obj, ensure_ascii=False)


def w_responses(text, tech):
    obj = {"model": ch(["gpt-5", "gpt-5-mini", "o4-mini"]), "input": [{"role": "user", "content": [{"type": "input_text", "text": text}]}], "store": False}
    return json.dumps(obj, ensure_ascii=False)


def w_llm(text, tech):
    obj = {"id": ulid(), "model": ch(["gpt-4o-mini", "claude-3.5-sonnet", "gemini-2.0-flash"]), "prompt": text, "system": None,
           "response": ch(ASSISTANT), "conversation_id": ulid(), "duration_ms": R.randrange(400, 9000), "datetime_utc": ts_iso()[:-1] + "+00:00",
           "input_tokens": R.randrange(20, 900), "output_tokens": R.randrange(20, 900)}
    return json.dumps(obj, ensure_ascii=False, indent=None)


def w_otel(text, tech):
    msgs = json.dumps([{"role": "user", "parts": [{"type": "text", "content": text}]}], ensure_ascii=False)
    obj = {"name": "chat gpt-4o", "kind": "SPAN_KIND_CLIENT", "traceId": hexs(32), "spanId": hexs(16),
           "attributes": {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o",
                          "gen_ai.input.messages": msgs, "gen_ai.usage.input_tokens": R.randrange(20, 900)}}
    return json.dumps(obj, ensure_ascii=False)


def w_sharegpt(text, tech):
    obj = {"id": "conv_%d" % R.randrange(10 ** 5), "conversations": [{"from": "human", "value": text}, {"from": "gpt", "value": ch(ASSISTANT)}]}
    return json.dumps(obj, ensure_ascii=False)


WRAP_CHAT = [(w_chatgpt, 22), (w_claude_ai, 14), (w_anthropic, 8), (w_openai, 8), (w_responses, 6), (w_llm, 6), (w_otel, 6), (w_sharegpt, 6), (w_claude_code, 6), (w_codex, 4)]
WRAP_TECH = [(w_claude_code, 30), (w_codex, 22), (w_chatgpt, 12), (w_claude_ai, 6), (w_anthropic, 6), (w_openai, 6), (w_responses, 4), (w_llm, 4), (w_otel, 6), (w_sharegpt, 3)]


# ---------------------------------------------------------------- validation

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RUN_RE = re.compile(r"\d+(?:[ -]\d+)*")


def luhn_runs(text):
    out = []
    for m in RUN_RE.finditer(text):
        groups = []
        for g in re.finditer(r"\d+", m.group(0)):
            groups.append((m.start() + g.start(), m.start() + g.end(), g.group(0)))
        for i in range(len(groups)):
            d = ""
            for j in range(i, len(groups)):
                d += groups[j][2]
                if len(d) > 19:
                    break
                if len(d) >= 13 and luhn_ok(d):
                    out.append((groups[i][0], groups[j][1]))
    return out


def value_ranges(text, value):
    out = []
    i = text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def problems(text, spans, policy=False):
    """Empty list when the line is acceptable."""
    errs = []
    labelled = []
    values = [s[1] for s in spans]
    for kind, v, shape in spans:
        if any(c in v for c in '"\\') or any(ord(c) < 32 or ord(c) > 126 for c in v):
            errs.append("escapable char in value")
        if text.count(v) != values.count(v):
            errs.append("count mismatch %r" % v)
        for o in values:
            if o != v and v in o:
                errs.append("value inside another")
        labelled += [(a, b, kind) for a, b in value_ranges(text, v)]
    if policy:
        return errs
    for m in EMAIL_RE.finditer(text):
        # a token in a URL's userinfo (https://TOKEN@host/...) is not an e-mail; it is allowed when the token is labelled
        userinfo = text[m.end():m.end() + 1] == "/" and any(k == "api_key" and a < m.end() and m.start() < b for a, b, k in labelled)
        if not userinfo and not any(k == "email" and a < m.end() and m.start() < b for a, b, k in labelled):
            errs.append("unlabelled email %r" % m.group(0))
    for a0, b0 in luhn_runs(text):
        if not any(a < b0 and a0 < b for a, b, _ in labelled):
            errs.append("unlabelled luhn run %r" % text[a0:b0])
    return errs


def check_value(kind, v, shape):
    if kind == "card":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS
    if kind == "email":
        return EMAIL_RE.fullmatch(v) is not None
    if kind == "phone":
        d = re.sub(r"\D", "", v)
        return 7 <= len(d) <= 15 and re.fullmatch(r"\+?[0-9 ().\-/]+", v) is not None
    if kind == "api_key":
        if shape.startswith("plain_"):
            return len(v) >= 16
        ok = re.fullmatch(KEYS[shape][3], v) is not None
        if shape in ("github_pat", "github_oauth", "npm"):
            ok = ok and gh_checksum_ok(v)
        return ok
    return False


# ---------------------------------------------------------------- assembly

N_POS = 955
N_NEG = 350
N_POLICY = len(POLICY)
WRAP_SHARE = 0.34
CHAT_KINDS = [("phone", 100), ("email", 80), ("card", 126), ("key", 60), ("pe", 34)]
N_CHAT = sum(w for _, w in CHAT_KINDS)


def finish(text, spans, genre, lang, known, tech, wrap_ok=True):
    wrapped = False
    if wrap_ok and R.random() < WRAP_SHARE:
        fn = wch(WRAP_TECH if tech else WRAP_CHAT)
        text = fn(text, tech)
        genre += "@" + fn.__name__[2:]
        wrapped = True
    return {"text": text, "spans": [{"kind": k, "value": v, "shape": s} for k, v, s in spans], "genre": genre, "lang": lang,
            "known": {"names": [], "emails": known, "ids": []}}


def generate():
    R.seed(SEED)
    lines = []
    # everyday chat
    for kind, n in CHAT_KINDS:
        for _ in range(n):
            while True:
                state = R.getstate()
                text, spans, lang, known = chat_line(kind)
                ln = finish(text, spans, "chat_" + kind.replace("pe", "phone+email"), lang, known, False)
                if not problems(ln["text"], spans):
                    break
            lines.append(ln)
    # technical pastes
    for _ in range(N_POS - N_CHAT):
        while True:
            fn = wch(TECH)
            text, spans, lang = fn()
            ln = finish(text, spans, fn.__name__[2:], lang, [], True)
            if not problems(ln["text"], spans):
                break
        lines.append(ln)
    # negatives: policy, then look-alikes
    for t in POLICY:
        lines.append(finish(t, [], "n_policy", "en", [], True))
    for _ in range(N_NEG - N_POLICY):
        while True:
            fn = wch(NEG_GENS)
            t = fn()
            ln = finish(t, [], fn.__name__, "en", [], True)
            if not problems(ln["text"], []):
                break
        lines.append(ln)
    R.shuffle(lines)
    return "".join(json.dumps(ln, ensure_ascii=False) + "\n" for ln in lines)


NEG_LANG = {}


def stats(data):
    rows = [json.loads(x) for x in data.splitlines()]
    pos = [r for r in rows if r["spans"]]
    neg = [r for r in rows if not r["spans"]]
    kinds = {}
    for k in ("email", "phone", "card", "api_key"):
        kinds[k] = sum(1 for r in pos for s in r["spans"] if s["kind"] == k)
    print("lines %d  positive %d  negative %d (policy %d)" % (len(rows), len(pos), len(neg), sum(1 for r in neg if r["genre"].startswith("n_policy"))))
    print("spans %d  " % sum(kinds.values()) + "  ".join("%s %d" % kv for kv in kinds.items()))
    wrapped = [r for r in rows if "@" in r["genre"]]
    print("wrapped %d (%.1f%%)" % (len(wrapped), 100.0 * len(wrapped) / len(rows)))

    def tally(keyf, rs_):
        d = {}
        for r in rs_:
            for key in keyf(r):
                d[key] = d.get(key, 0) + 1
        return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
    print("wrappers:", ", ".join("%s %d" % kv for kv in tally(lambda r: [r["genre"].split("@")[1]] if "@" in r["genre"] else [], rows)))
    print("genres (positive):", ", ".join("%s %d" % kv for kv in tally(lambda r: [r["genre"].split("@")[0]], pos)))
    print("genres (negative):", ", ".join("%s %d" % kv for kv in tally(lambda r: [r["genre"].split("@")[0]], neg)))
    print("langs (positive):", ", ".join("%s %d" % kv for kv in tally(lambda r: [r["lang"]], pos)))
    print("phone regions:", ", ".join("%s %d" % kv for kv in tally(lambda r: [s["shape"].split("_")[0] for s in r["spans"] if s["kind"] == "phone"], pos)))
    print("phone forms:", ", ".join("%s %d" % kv for kv in tally(lambda r: [s["shape"].split("_")[-1] for s in r["spans"] if s["kind"] == "phone"], pos)))
    print("phone types:", ", ".join("%s %d" % kv for kv in tally(lambda r: [s["shape"].split("_")[1] for s in r["spans"] if s["kind"] == "phone"], pos)))
    print("card networks:", ", ".join("%s %d" % kv for kv in tally(lambda r: [s["shape"].split("_")[0] for s in r["spans"] if s["kind"] == "card"], pos)))
    print("card groupings:", ", ".join("%s %d" % kv for kv in tally(lambda r: [s["shape"].split("_")[-1] for s in r["spans"] if s["kind"] == "card"], pos)))
    print("key shapes:", ", ".join("%s %d" % kv for kv in tally(lambda r: [("plain(label-only)" if s["shape"].startswith("plain_") else s["shape"]) for s in r["spans"] if s["kind"] == "api_key"], pos)))
    print("email shapes:", ", ".join("%s %d" % kv for kv in tally(lambda r: [s["shape"] for s in r["spans"] if s["kind"] == "email"], pos)))
    print("known.emails set on %d lines" % sum(1 for r in rows if r["known"]["emails"]))


def check(data):
    ok = True
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != data:
        print("MISMATCH: holdout12.jsonl differs from a fresh generation")
        ok = False
    else:
        print("byte-identical regeneration: yes")
    try:
        import phonenumbers  # only for --check, never for generation
    except ImportError:
        phonenumbers = None
    nphone = ncard = nkey = nmail = 0
    badph = []
    for i, raw in enumerate(data.splitlines(), 1):
        r = json.loads(raw)
        sp_ = [(s["kind"], s["value"], s["shape"]) for s in r["spans"]]
        pol = r["genre"].startswith("n_policy")
        errs = problems(r["text"], sp_, policy=pol)
        for k, v, s in sp_:
            if k not in ("email", "phone", "card", "api_key") or not check_value(k, v, s):
                errs.append("bad value %s" % k)
            if k == "phone":
                nphone += 1
                if phonenumbers is not None:
                    reg = s.split("_")[0]
                    raw_v = "+" + v if s.endswith("_wa") else ("+" + v[2:] if v.startswith("00") else v)
                    try:
                        pn = phonenumbers.parse(raw_v, reg)
                        good = phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == reg
                    except Exception:
                        good = False
                    if not good:
                        badph.append(i)
            ncard += k == "card"
            nkey += k == "api_key"
            nmail += k == "email"
        if set(r.keys()) != {"text", "spans", "genre", "lang", "known"}:
            errs.append("keys")
        if errs:
            ok = False
            print("line %d: %s" % (i, "; ".join(errs[:3])))
    if badph:
        ok = False
        print("phones invalid for their region on lines:", badph[:20])
    print("validated: %d phones (%s), %d cards (Luhn, not a published test number), %d keys (shape%s), %d e-mails" % (
        nphone, "phonenumbers %s: valid for region" % phonenumbers.__version__ if phonenumbers else "phonenumbers not importable: shape only",
        ncard, nkey, ", GitHub/npm CRC32", nmail))
    print("OK" if ok else "FAILED")
    return ok


def main():
    data = generate()
    if "--check" in sys.argv:
        sys.exit(0 if check(data) else 1)
    if "--stats" in sys.argv:
        stats(data)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %s (%d lines)" % (OUT, data.count("\n")))


if __name__ == "__main__":
    main()
