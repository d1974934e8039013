#!/usr/bin/env python3
"""holdout9: generator of a held-out evaluation set for the replay redactor.

Python 3 standard library only, fixed seed, deterministic under any PYTHONHASHSEED
(only lists and insertion-ordered dicts are iterated; no set is ever iterated).

    python3 make-holdout9.py            rewrite holdout9.jsonl
    python3 make-holdout9.py --stats    print the composition
    python3 make-holdout9.py --check    regenerate in memory, compare byte for byte, re-validate
                                        (phones and stdnum Luhn too when phonenumbers /
                                        python-stdnum are importable)
"""
import json
import os
import random
import re
import string
import sys
import zlib

SEED = 90412027
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout9.jsonl")

N_CHAT = 480
N_TECH = 480
N_NEG = 370
N_POLICY = 30

# ---------------------------------------------------------------------------
# phones: NSN = prefix + random digits; patterns: '#' takes the next NSN digit,
# '~' drops the next NSN digit, anything else is literal.
# ---------------------------------------------------------------------------


def _p(*xs):
    return list(xs)


US_AREAS = "212 213 214 215 206 303 305 312 404 408 415 503 512 602 612 617 646 702 713 718 773 786 818 917 919 929 347 510 650 858 720 615 971 901".split()
CA_AREAS = "416 647 437 604 778 514 438 403 587 613 902 306 204 519".split()

# region: (cc, [ (prefixes, n_random, national patterns, international patterns) ])
PHONES = {
    "US": ("1", [(US_AREAS, 7, _p("(###) ###-####", "###-###-####", "###.###.####", "### ### ####"),
                  _p("+1 ###-###-####", "+1 (###) ###-####", "+1 ### ### ####", "+1.###.###.####"))]),
    "CA": ("1", [(CA_AREAS, 7, _p("(###) ###-####", "###-###-####", "### ### ####"),
                  _p("+1 ###-###-####", "+1 (###) ###-####"))]),
    "GB": ("44", [("7412 7446 7507 7533 7722 7748 7769 7790 7801 7825 7850 7869 7872 7904 7921 7944 7956 7970 7983 7392 7375".split(), 6,
                   _p("0#### ######", "0#### ### ###"), _p("+44 #### ######", "+44 (0)#### ######", "+44 #### ### ###")),
                  (["203", "208"], 7, _p("0## #### ####", "(0##) #### ####"), _p("+44 ## #### ####", "+44 (0)## #### ####")),
                  (["1612", "1613", "1618", "1212", "1217"], 6, _p("0### ### ####"), _p("+44 ### ### ####"))]),
    "DE": ("49", [("151 152 157 159 162 163 170 171 172 173 174 175 176 177 178 179".split(), 8,
                   _p("0### ########", "0###/########", "0###-########", "0### #### ####", "0### ### #####"),
                   _p("+49 ### ########", "+49 (0)### ########", "+49 ### #### ####", "+49-###-########")),
                  (["30", "40", "89"], 8, _p("0## ########", "0##/########", "(0##) ########", "0## #### ####"),
                   _p("+49 ## ########", "+49 (0)## ########", "+49 ## #### ####")),
                  (["221", "211", "711"], 7, _p("0### #######", "0###/#######"), _p("+49 ### #######"))]),
    "AT": ("43", [(["664", "650", "676", "660"], 7, _p("0### #######", "0###/#######", "0### ### ####"),
                   _p("+43 ### #######", "+43 (0)### #######", "+43 ### ### ####"))]),
    "CH": ("41", [(["75", "76", "77", "78", "79"], 7, _p("0## ### ## ##", "0#########"), _p("+41 ## ### ## ##", "+41 (0)## ### ## ##")),
                  (["44", "22", "31"], 7, _p("0## ### ## ##"), _p("+41 ## ### ## ##"))]),
    "FR": ("33", [(["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"], 7,
                   _p("0# ## ## ## ##", "0#.##.##.##.##", "0#-##-##-##-##"), _p("+33 # ## ## ## ##", "+33 (0)# ## ## ## ##", "+33 #########")),
                  (["14", "15", "47", "49"], 7, _p("0# ## ## ## ##", "0#.##.##.##.##"), _p("+33 # ## ## ## ##"))]),
    "BE": ("32", [("456 460 465 466 467 468 470 471 472 473 474 475 476 477 478 479 483 484 485 486 487 488 489 490 491 492 493 494 495 496 497 498 499".split(), 6,
                   _p("0### ## ## ##", "0###/##.##.##", "0### ### ###"), _p("+32 ### ## ## ##", "+32 (0)### ## ## ##", "+32 ### ### ###"))]),
    "NL": ("31", [(["61", "62", "63", "64", "65"], 7, _p("0# ########", "0#-########", "0#-#### ####", "0# #### ####"),
                   _p("+31 # ########", "+31 (0)# ########", "+31 # #### ####", "+31 #########")),
                  (["20", "10", "30"], 7, _p("0## ### ####", "0##-#######"), _p("+31 ## ### ####"))]),
    "IT": ("39", [("320 327 328 329 333 334 335 338 339 340 342 345 346 347 348 349 366 380 388 389 392 393".split(), 7,
                   _p("### ### ####", "### #######", "###-#######", "###.###.####"), _p("+39 ### ### ####", "+39 ### #######", "+39 ###-#######")),
                  (["02"], 8, _p("## #### ####", "##-########", "## ########"), _p("+39 ## #### ####", "+39 ## ########"))]),
    "ES": ("34", [("600 610 615 620 625 630 635 640 645 650 655 660 665 670 675 680 686 690 695 711 722 744".split(), 6,
                   _p("### ### ###", "### ## ## ##", "###-###-###"), _p("+34 ### ### ###", "+34 ### ## ## ##", "+34 #########")),
                  (["91", "93"], 7, _p("## ### ## ##", "### ### ###"), _p("+34 ## ### ## ##", "+34 ### ### ###"))]),
    "PT": ("351", [(["91", "92", "93", "96"], 7, _p("### ### ###", "#########"), _p("+351 ### ### ###", "+351 #########"))]),
    "IE": ("353", [(["83", "85", "86", "87", "89"], 7, _p("0## ### ####", "0##-#######", "(0##) ### ####"), _p("+353 ## ### ####", "+353 (0)## ### ####"))]),
    "PL": ("48", [("50 51 53 57 60 66 69 72 73 78 79 88".split(), 7, _p("### ### ###", "###-###-###", "### ## ## ##"), _p("+48 ### ### ###", "+48 #########", "+48 ###-###-###"))]),
    "SE": ("46", [(["70", "72", "73", "76", "79"], 7, _p("0##-### ## ##", "0## ### ## ##", "0##-#######"), _p("+46 ## ### ## ##", "+46 (0)## ### ## ##", "+46 #########"))]),
    "NO": ("47", [("40 41 45 46 47 48 90 91 92 93 94 95 96 97 98 99".split(), 6, _p("### ## ###", "## ## ## ##"), _p("+47 ### ## ###", "+47 ## ## ## ##", "+47 ########"))]),
    "DK": ("45", [("20 21 22 23 24 25 26 27 28 29 30 31 40 41 42 50 51 52 53 60 61 71 81 91 93".split(), 6, _p("## ## ## ##", "#### ####"), _p("+45 ## ## ## ##", "+45 ########", "+45 #### ####"))]),
    "FI": ("358", [(["40", "41", "44", "45", "50"], 7, _p("0## ### ####", "0##-#######", "0## #######"), _p("+358 ## ### ####", "+358 ## #######"))]),
    "CZ": ("420", [("601 602 603 604 605 606 607 608 702 720 721 722 723 724 725 730 731 732 733 734 736 737 739 770 773 774 775 776 777 778 779 790".split(), 6,
                    _p("### ### ###", "#########"), _p("+420 ### ### ###", "+420 #########"))]),
    "HU": ("36", [(["20", "30", "70", "31", "50"], 7, _p("06 ## ### ####", "06-##-###-####", "06 ##/###-####", "06## ### ####"), _p("+36 ## ### ####", "+36-##-###-####", "+36 ## #######"))]),
    "RO": ("40", [("72 73 74 75 76 77".split(), 7, _p("0### ### ###", "0###-###-###", "0###.###.###"), _p("+40 ### ### ###", "+40 #########", "+40 ### ######"))]),
    "GR": ("30", [("690 691 693 694 695 697 698 699".split(), 7, _p("### ### ####", "### #######"), _p("+30 ### ### ####", "+30 ##########", "+30 ### #######"))]),
    "RU": ("7", [("900 901 902 903 904 905 906 908 909 910 911 912 913 914 915 916 917 918 919 920 921 922 925 926 927 928 929 950 951 952 953 960 961 962 963 964 965 967 968 977 980 981 982 983 985 987 988 989 999".split(), 7,
                  _p("8 (###) ###-##-##", "8 ### ###-##-##", "8-###-###-##-##", "8 ### ### ## ##"), _p("+7 (###) ###-##-##", "+7 ### ###-##-##", "+7 ### ### ## ##", "+7-###-###-##-##")),
                 (["495", "499", "812"], 7, _p("8 (###) ###-##-##"), _p("+7 (###) ###-##-##", "+7 ### ###-##-##"))]),
    "UA": ("380", [("50 66 95 99 67 68 96 97 98 63 73 93".split(), 7, _p("0## ### ####", "0## ### ## ##", "(0##) ###-##-##", "0##-###-##-##"),
                    _p("+380 ## ### ####", "+380 (##) ###-##-##", "+38 (0##) ###-##-##", "+380 ## ### ## ##"))]),
    "TR": ("90", [("530 531 532 533 534 535 536 537 538 539 505 506 507 542 543 544 545 546 547 548 549 551 552 553 554 555 559".split(), 7,
                   _p("0### ### ## ##", "0 (###) ### ## ##", "0### ### ####", "(0###) ### ## ##"), _p("+90 ### ### ## ##", "+90 (###) ### ## ##", "+90 ### ### ####"))]),
    "IL": ("972", [(["50", "52", "53", "54"], 7, _p("0##-###-####", "0##-#######", "0## ### ####"), _p("+972 ##-###-####", "+972 ## ### ####", "+972-##-#######"))]),
    "EG": ("20", [(["10", "11", "12", "15"], 8, _p("0### ### ####", "0###-###-####"), _p("+20 ### ### ####", "+20 ##########"))]),
    "AE": ("971", [(["50", "52", "54", "55", "56", "58"], 7, _p("0## ### ####", "0##-###-####", "0## #######"), _p("+971 ## ### ####", "+971 #########", "+971-##-###-####"))]),
    "SA": ("966", [(["50", "53", "54", "55", "56", "58", "59"], 7, _p("0## ### ####", "0##-###-####"), _p("+966 ## ### ####", "+966 #########"))]),
    "MA": ("212", [(["61", "62", "66", "67", "70"], 7, _p("0#-##-##-##-##", "0### ######", "0# ## ## ## ##"), _p("+212 #-##-##-##-##", "+212 ### ######", "+212 # ## ## ## ##"))]),
    "IR": ("98", [(["912", "913", "919", "935", "936", "937", "901", "902", "990"], 7, _p("0### ### ####", "0###-###-####", "0### #######"), _p("+98 ### ### ####", "+98 ##########"))]),
    "IN": ("91", [("98 97 99 96 94 93 91 90 88 87 86 85 84 83 82 81 80 79 78 77 76 75 74 73 72 70 63 62".split(), 8,
                   _p("##### #####", "0##### #####", "###-###-####"), _p("+91 ##### #####", "+91-##########", "+91 ##########", "+91 ### ### ####"))]),
    "PK": ("92", [("300 301 303 306 311 312 313 315 321 322 333 334 345 346".split(), 7, _p("0###-#######", "0### #######", "0### ### ####"), _p("+92 ### #######", "+92-###-#######", "+92 ### ### ####"))]),
    "BD": ("880", [(["13", "15", "16", "17", "18", "19"], 8, _p("0####-######", "0#### ######"), _p("+880 ####-######", "+880 ##########", "+880 #### ######"))]),
    "CN": ("86", [("130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 180 181 182 183 185 186 187 188 189 176 177 198 199".split(), 8,
                   _p("### #### ####", "###-####-####", "###########"), _p("+86 ### #### ####", "+86 ###########", "+86-###-####-####"))]),
    "TW": ("886", [(["91", "92", "93", "95", "96", "97", "98"], 7, _p("0### ### ###", "0###-###-###", "0###-######"), _p("+886 ### ### ###", "+886 #########", "+886-###-###-###"))]),
    "HK": ("852", [(["61", "63", "64", "65", "69", "94", "96", "97"], 6,
                    _p("#### ####", "########"), _p("+852 #### ####", "+852 ########", "(+852) #### ####"))]),
    "SG": ("65", [(["81", "82", "83", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "96", "97", "98"], 6, _p("#### ####", "########"), _p("+65 #### ####", "+65 ########", "(+65) #### ####"))]),
    "JP": ("81", [(["90", "80", "70"], 8, _p("0##-####-####", "0## #### ####", "0##(####)####"), _p("+81 ##-####-####", "+81 ## #### ####", "+81-##-####-####")),
                  (["3", "6"], 8, _p("0#-####-####", "0# #### ####", "(0#)####-####"), _p("+81 #-####-####", "+81 # #### ####"))]),
    "KR": ("82", [(["10"], 8, _p("0##-####-####", "0## #### ####", "0##.####.####"), _p("+82 ##-####-####", "+82 ## #### ####", "+82-##-####-####")),
                  (["2"], 8, _p("0#-####-####", "0#) ####-####"), _p("+82 #-####-####"))]),
    "ID": ("62", [("811 812 813 821 822 823 851 852 853 855 856 857 858 859 877 878 817 818 819 895 896 897 898 899 881 882".split(), 8,
                   _p("0###-####-####", "0### #### ####", "0###########"), _p("+62 ###-####-####", "+62 ### #### ####", "+62 ###########"))]),
    "PH": ("63", [("905 906 915 916 917 918 919 920 921 922 926 927 928 929 935 936 945 947 948 949 955 956 961 966 967 977 995 997 998 999".split(), 7,
                   _p("0### ### ####", "0###-###-####", "0### #######"), _p("+63 ### ### ####", "+63 ##########", "+63-###-###-####"))]),
    "VN": ("84", [("90 91 93 94 96 97 98 32 33 34 35 36 37 38 39 70 76 77 78 79 81 82 83 84 85 86 88".split(), 7,
                   _p("0## ### ####", "0### ### ###", "0##.###.####", "0## ## ## ###"), _p("+84 ## ### ####", "+84 #########", "+84 ### ### ###"))]),
    "TH": ("66", [("81 82 83 84 85 86 87 88 89 91 92 93 94 95 96 97 98 99 61 62 63 64 65".split(), 7,
                   _p("0##-###-####", "0## ### ####", "0##-#######"), _p("+66 ## ### ####", "+66 #########", "+66-##-###-####"))]),
    "MY": ("60", [(["12", "16", "17", "19"], 7, _p("0##-### ####", "0##-#######", "0##-###-####", "0## ### ####"), _p("+60 ##-### ####", "+60 #########", "+60 ## ### ####"))]),
    "AU": ("61", [("400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 417 418 419 420 421 422 423 424 425 426 427 428 429 430 431 432 433 434 435 437 438 439 447 448 450 451 452 455 456 457 458 459 466 467 468 469 470 472 473 474 475 476 477 478 481 487 488".split(), 6,
                   _p("0### ### ###", "0### ######", "0#########"), _p("+61 ### ### ###", "+61 #########", "+61 # #### ####")),
                  (["292", "293", "294", "295", "296", "383", "386", "390", "730", "733"], 6, _p("(0#) #### ####", "0# #### ####"), _p("+61 # #### ####"))]),
    "NZ": ("64", [(["21", "22", "27"], 7, _p("0## ### ####", "0##-###-####", "0## #######"), _p("+64 ## ### ####", "+64 #########", "+64 ## #######"))]),
    "ZA": ("27", [("60 61 62 63 64 65 66 67 71 72 73 74 76 78 79 81 82 83 84".split(), 7, _p("0## ### ####", "0##-###-####", "0## #######"), _p("+27 ## ### ####", "+27 #########", "+27-##-###-####"))]),
    "NG": ("234", [("803 806 810 813 814 816 703 706 903 906 805 807 815 905 802 808 812 701 708 902 809 817 818 909".split(), 7,
                    _p("0### ### ####", "0###-###-####", "0### #######"), _p("+234 ### ### ####", "+234 ##########", "+234-###-###-####"))]),
    "KE": ("254", [("70 71 72 74 79 11".split(), 7, _p("0### ######", "0### ### ###", "0###-######"), _p("+254 ### ######", "+254 #########", "+254 ### ### ###"))]),
    "BR": ("55", [([d + "9" + x for d in "11 21 31 41 51 61 71 81 85 19 27 48 62 92".split() for x in "6789"], 7,
                   _p("(##) #####-####", "## #####-####", "(##) ##### ####", "(##)#####-####"), _p("+55 ## #####-####", "+55 (##) #####-####", "+55 ## ##### ####"))]),
    "MX": ("52", [(["55", "33", "81"], 8, _p("## #### ####", "(##) ####-####", "##-####-####", "## ## ## ## ##"), _p("+52 ## #### ####", "+52 (##) ####-####", "+52 ##########"))]),
    "AR": ("54", [(["9113", "9115", "9116", "9114", "9112"], 7, _p("~0## 15-####-####", "~(0##) 15 ####-####", "~0## 15 ####-####"), _p("+54 # ## ####-####", "+54 # ## #### ####", "+54###########")),
                  (["9351"], 7, _p("~0### 15-###-####", "~(0###) 15 ###-####"), _p("+54 # ### ###-####", "+54 # ### ### ####"))]),
    "CO": ("57", [("300 301 304 310 311 312 313 314 315 316 317 318 320 321 322 323 350".split(), 7, _p("### ### ####", "### #######", "###-###-####"), _p("+57 ### ### ####", "+57 ### #######", "+57 ##########"))]),
    "CL": ("56", [([ "9" + x for x in "3458"], 7, _p("# #### ####", "(#) #### ####", "#########"), _p("+56 # #### ####", "+56 #########", "+56 (#) #### ####"))]),
    "PE": ("51", [([ "9" + x for x in "123456789"], 7, _p("### ### ###", "#########", "###-###-###"), _p("+51 ### ### ###", "+51 #########"))]),
}
PHONE_REGIONS = list(PHONES.keys())
# where the '00' form is dialled from (a country whose international prefix is 00)
DIAL_FROM = {"DE": "FR"}


def phone_reject(region, nsn):
    if region in ("US", "CA"):
        ex = nsn[3:6]
        return ex == "555" or ex[1:] == "11" or ex[0] in "01"
    if region == "FR":
        return nsn.startswith("63998")
    if region == "IT":
        return nsn.startswith("06698")
    return False


def fill_pattern(pat, nsn):
    out, i = [], 0
    for ch in pat:
        if ch == "#":
            out.append(nsn[i]); i += 1
        elif ch == "~":
            i += 1
        else:
            out.append(ch)
    assert i == len(nsn), (pat, nsn)
    return "".join(out)


def make_nsn(rng, region, entry):
    prefixes, nrand, _, _ = entry
    while True:
        pre = rng.choice(prefixes)
        if region in ("US", "CA"):
            nsn = pre + rng.choice("23456789") + "".join(rng.choice(string.digits) for _ in range(nrand - 1))
        else:
            nsn = pre + rng.choice("23456789") + "".join(rng.choice(string.digits) for _ in range(nrand - 1))
        if not phone_reject(region, nsn) and not re.search(r"(\d)\1{5}", nsn):
            return nsn


def phone_forms(region, entry, nsn):
    """All forms: list of (family, text)."""
    cc = PHONES[region][0]
    _, _, nats, intls = entry
    out = []
    for p in nats:
        out.append(("nat", fill_pattern(p, nsn)))
    for p in intls:
        out.append(("intl", fill_pattern(p, nsn)))
    out.append(("e164", "+" + cc + nsn))
    digits = re.sub(r"\D", "", fill_pattern(nats[0], nsn))
    out.append(("digits", digits))
    out.append(("00", "00" + cc + " " + fill_pattern(intls[0], nsn).split(" ", 1)[1] if " " in intls[0] else "00" + cc + nsn))
    out.append(("cc", cc + nsn))
    return out


def make_phone(rng, region, family_weights):
    cc, entries = PHONES[region]
    # first entry (mobiles) twice as likely
    entry = entries[0] if (len(entries) == 1 or rng.random() < 0.7) else rng.choice(entries[1:])
    nsn = make_nsn(rng, region, entry)
    fams = [f for f, _ in family_weights]
    fam = rng.choices(fams, weights=[w for _, w in family_weights])[0]
    forms = [t for f, t in phone_forms(region, entry, nsn) if f == fam]
    return rng.choice(forms), region + "_" + fam


# ---------------------------------------------------------------------------
# cards
# ---------------------------------------------------------------------------

def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


TEST_CARDS = ["4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "371449635398431",
              "4000056655665556", "5105105105105100", "6011111111111117", "3566002020360505", "30569309025904",
              "6200000000000005", "4012888888881881", "2223003122003222", "5200828282828210", "6011000990139424",
              "38520000023237", "3530111333300000", "4000000000000002", "4000000000000077", "4000000000009995"]

# name: (prefix chooser, lengths)
CARD_NETS = {
    "visa": (lambda r: "4" + r.choice("0123456789") + r.choice("0123456789"), [16, 16, 16, 16, 16, 16, 16, 16, 19]),
    "mastercard": (lambda r: r.choice(["51", "52", "53", "54", "55"]), [16]),
    "mastercard2": (lambda r: str(r.randint(2221, 2720)), [16]),
    "amex": (lambda r: r.choice(["34", "37"]), [15]),
    "discover": (lambda r: r.choice(["6011", "644", "645", "646", "647", "648", "649", "65"]), [16]),
    "jcb": (lambda r: str(r.randint(3528, 3589)), [16]),
    "diners": (lambda r: r.choice(["36", "300", "301", "302", "303", "304", "305", "38"]), [14]),
    "unionpay": (lambda r: r.choice(["621", "622", "623", "624", "625", "626", "628"]), [16, 16, 19]),
    "maestro": (lambda r: r.choice(["6759", "6761", "6763", "5018", "5020", "5038", "5893", "6304"]), [16, 16, 19]),
    "mir": (lambda r: "220" + r.choice("01234"), [16]),
    "rupay": (lambda r: r.choice(["6521", "6522", "508", "6070", "6080"]), [16]),
    "elo": (lambda r: r.choice(["636368", "504175", "438935", "451416", "636297", "506699", "650031", "509091"]), [16]),
    "troy": (lambda r: "9792", [16]),
    "verve": (lambda r: r.choice(["506099", "506112", "506150", "650002", "650016"]), [16, 19]),
    "hipercard": (lambda r: "606282", [16]),
    "dankort": (lambda r: "5019", [16]),
    "bccard": (lambda r: r.choice(["9409", "9490"]), [16]),
}
CARD_NET_NAMES = list(CARD_NETS.keys())
CARD_NET_WEIGHTS = [34, 14, 7, 9, 4, 5, 2, 6, 3, 3, 3, 3, 2, 1, 1, 1, 1]
LANG_CARD_NET = {"ru": "mir", "ja": "jcb", "zh": "unionpay", "hi": "rupay", "pt": "elo", "tr": "troy", "da": "dankort", "ko": "bccard", "sw": "verve"}


def card_groups(n):
    return {15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3]}.get(n, [4, 4, 4, 4])


def make_card(rng, net=None, sep=None):
    if net is None:
        net = rng.choices(CARD_NET_NAMES, weights=CARD_NET_WEIGHTS)[0]
    pref, lens = CARD_NETS[net]
    while True:
        p = pref(rng)
        n = rng.choice(lens)
        d = luhn_complete(p + "".join(rng.choice(string.digits) for _ in range(n - len(p) - 1)))
        if d not in TEST_CARDS and not re.search(r"(\d)\1{5}", d):
            break
    if sep is None:
        sep = rng.choices(["", " ", "-"], weights=[40, 48, 12])[0]
    if sep:
        gs, out, i = card_groups(n), [], 0
        for g in gs:
            out.append(d[i:i + g]); i += g
        v = sep.join(out)
    else:
        v = d
    return v, "%s_%d_%s" % (net, n, {"": "none", " ": "space", "-": "dash"}[sep])


# ---------------------------------------------------------------------------
# e-mails
# ---------------------------------------------------------------------------

NAMES = {
    "en": ("james olivia liam emma noah ava ethan mia lucas harper mason ella logan grace jack chloe ryan megan kyle brooke dylan",
           "smith johnson brown walker hughes patel murphy o'neil carter bennett hayes foster griffin sullivan reed porter fleming"),
    "de": ("lukas anna jonas lea felix mia leon hannah paul lena tim sophie jan marie tobias katharina",
           "mueller schmidt schneider fischer weber meyer wagner becker hoffmann koch richter wolf schroeder neumann"),
    "fr": ("lucas chloe hugo manon louis camille jules ines theo lea arthur margaux nathan pauline",
           "martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre girard"),
    "es": ("alejandro lucia pablo maria javier carmen sergio laura diego ana alvaro marta andres paula",
           "garcia fernandez lopez martinez sanchez gomez perez ruiz diaz moreno romero alonso navarro torres"),
    "pt": ("joao ana pedro beatriz gabriel mariana lucas juliana rafael camila tiago larissa bruno leticia",
           "silva santos oliveira souza pereira costa ferreira rodrigues almeida carvalho lima ribeiro gomes martins"),
    "it": ("marco giulia luca francesca matteo chiara alessandro sara andrea valentina davide elena simone federica",
           "rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti deluca"),
    "nl": ("daan emma sem julia lars sanne thijs fleur bram lotte ruben anouk jesse iris",
           "dejong jansen devries vandenberg bakker visser smit meijer mulder bos vos peters hendriks dekker"),
    "pl": ("jakub zuzanna kacper julia szymon maja filip zofia mateusz hanna bartek natalia pawel kasia",
           "nowak kowalski wisniewski wojcik kaminski lewandowski zielinski szymanski wozniak dabrowski krol mazur"),
    "ru": ("ivan anna dmitry maria alexey elena sergey olga nikita tatiana artem natasha pavel irina",
           "ivanov smirnova kuznetsov popova sokolov lebedeva kozlov novikova morozov petrova volkov sidorov"),
    "uk": ("oleksandr olena andrii iryna dmytro oksana taras yulia bohdan natalia mykola sofiia",
           "shevchenko kovalenko bondarenko tkachenko kravchenko oliinyk melnyk boiko savchenko rudenko"),
    "tr": ("mehmet ayse mustafa fatma emre zeynep burak elif can merve kerem selin",
           "yilmaz kaya demir sahin celik yildiz aydin ozturk arslan dogan kilic aslan"),
    "ja": ("haruto yui sota hina yuto akari ren mio kaito sakura takumi rin",
           "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada"),
    "zh": ("wei fang jun jing lei min tao yan hao li xin ying",
           "wang li zhang liu chen yang huang zhao zhou wu xu sun"),
    "ko": ("minjun seoyeon jihoon jiwoo hyunwoo soyeon donghyun yuna seojun haeun",
           "kim lee park choi jung kang cho yoon jang lim"),
    "hi": ("aarav ananya rohan priya arjun sneha vikram pooja rahul divya karan neha",
           "sharma verma gupta singh iyer reddy nair patel mehta kulkarni joshi rao"),
    "id": ("budi siti agus dewi andi putri rizky ayu fajar indah eko rina",
           "santoso wijaya saputra pratama hidayat kusuma nugroho setiawan halim gunawan"),
    "vi": ("minh lan huy thao duc trang nam linh tuan ngoc",
           "nguyen tran le pham hoang phan vu dang bui do"),
    "ar": ("ahmed fatima omar mariam youssef nour khaled sara hassan layla",
           "hassan ali ibrahim mahmoud elsayed abdallah mansour khalil saleh farouk"),
    "sv": ("erik anna lars emma oskar maja johan elin axel saga",
           "andersson johansson karlsson nilsson eriksson larsson olsson persson svensson lindqvist"),
    "cs": ("jan tereza petr eliska tomas karolina jakub anna martin lucie",
           "novak svoboda novotny dvorak cerny prochazka kucera vesely horak nemec"),
    "el": ("giorgos maria nikos eleni dimitris katerina kostas sofia",
           "papadopoulos georgiou nikolaou ioannou papadakis vlachos oikonomou karras"),
    "he": ("noam noa itai maya yonatan tamar omer shira",
           "cohen levi mizrahi peretz biton friedman katz azoulay"),
    "fa": ("reza maryam ali zahra hossein sara amir nazanin",
           "ahmadi hosseini rezaei mohammadi karimi moradi jafari rahimi"),
    "th": ("somchai siriporn anan kanya niran pim",
           "srisuk wongsa chaiyaporn boonmee rattana kittisak"),
}
FREEMAIL = {
    "en": "gmail.com gmail.com gmail.com outlook.com yahoo.com hotmail.co.uk icloud.com proton.me aol.com hotmail.com btinternet.com bigpond.com",
    "de": "gmx.de web.de t-online.de gmail.com posteo.de mailbox.org gmx.at bluewin.ch",
    "fr": "orange.fr free.fr laposte.net sfr.fr gmail.com wanadoo.fr hotmail.fr skynet.be",
    "es": "gmail.com hotmail.es yahoo.es telefonica.net outlook.es yahoo.com.mx hotmail.com",
    "pt": "gmail.com uol.com.br bol.com.br terra.com.br sapo.pt hotmail.com outlook.com",
    "it": "libero.it virgilio.it tiscali.it alice.it gmail.com hotmail.it fastwebnet.it",
    "nl": "ziggo.nl kpnmail.nl hotmail.nl gmail.com telenet.be planet.nl",
    "pl": "wp.pl o2.pl onet.pl interia.pl gmail.com op.pl",
    "ru": "yandex.ru mail.ru rambler.ru bk.ru list.ru inbox.ru gmail.com",
    "uk": "ukr.net i.ua meta.ua gmail.com",
    "tr": "gmail.com hotmail.com yandex.com.tr outlook.com",
    "ja": "yahoo.co.jp docomo.ne.jp ezweb.ne.jp icloud.com gmail.com softbank.ne.jp",
    "zh": "qq.com 163.com 126.com sina.com foxmail.com gmail.com",
    "ko": "naver.com daum.net hanmail.net kakao.com gmail.com",
    "hi": "rediffmail.com gmail.com yahoo.co.in outlook.com",
    "id": "yahoo.co.id gmail.com",
    "vi": "gmail.com yahoo.com.vn",
    "ar": "gmail.com hotmail.com yahoo.com outlook.sa",
    "sv": "telia.com hotmail.se gmail.com spray.se",
    "cs": "seznam.cz email.cz centrum.cz post.cz",
    "el": "yahoo.gr otenet.gr gmail.com",
    "he": "walla.co.il gmail.com",
    "fa": "yahoo.com gmail.com",
    "th": "hotmail.co.th gmail.com",
}
UNIS = "mit.edu stanford.edu ox.ac.uk cam.ac.uk tum.de ethz.ch uva.nl unimi.it u-tokyo.ac.jp snu.ac.kr tsinghua.edu.cn usp.br unam.mx iitb.ac.in uw.edu.pl kth.se utoronto.ca unimelb.edu.au kuleuven.be uni-heidelberg.de polimi.it ucl.ac.uk uc.cl uba.ar umich.edu tcd.ie".split()
COMPANY = {
    "en": "harborview-dental.com brightwell-logistics.com pinecrest-roofing.com tallowandthyme.co.uk quayside-audit.co.uk northgate-hvac.com bluegum-studio.com.au fernhill-vets.co.nz",
    "de": "kesselhaus-bau.de mueller-steuerberatung.de alpenblick-hotel.at lindner-maschinenbau.de zahnarzt-am-ring.de",
    "fr": "fromagerie-duval.fr cabinet-lemoine.fr atelier-bellevue.fr transports-garnier.fr",
    "es": "tallerruiz.es clinicadentalsol.es inmobiliaria-alcala.com.mx",
    "pt": "padaria-boavista.com.br contabil-nortesul.com.br",
    "it": "trattoria-dalponte.it studio-marchetti.it",
    "nl": "bakkerij-vanleeuwen.nl fietsenmaker-dam.nl",
    "pl": "biuro-rachunkowe-nowak.pl",
    "ja": "sakura-denki.co.jp",
    "zh": "huaxin-trade.cn",
    "sv": "nordlys-design.se",
    "tr": "kitapsepeti-yayin.com.tr",
}
ROLES = "billing info office kontakt reservations support accounts orders hr facturation buchhaltung admin".split()


def make_email(rng, lang="en"):
    lk = lang if lang in NAMES else "en"
    firsts, lasts = NAMES[lk][0].split(), NAMES[lk][1].split()
    f, l = rng.choice(firsts), rng.choice(lasts).replace("'", "")
    kind = rng.choices(["free", "company", "uni", "role"], weights=[62, 22, 8, 8])[0]
    if kind == "free":
        dom = rng.choice(FREEMAIL.get(lk, FREEMAIL["en"]).split())
    elif kind == "uni":
        dom = rng.choice(UNIS)
    else:
        dom = rng.choice(COMPANY.get(lk, COMPANY["en"]).split())
    if kind == "role":
        return rng.choice(ROLES) + "@" + dom, "role"
    if dom in ("qq.com", "163.com") and rng.random() < 0.5:
        return str(rng.randint(10 ** 6, 10 ** 10)) + "@" + dom, "numeric"
    shapes = ["first.last", "flast", "firstlast", "first_last", "first+digits", "f.last", "nick+digits", "last.first", "first.last+tag", "first-last", "lastf"]
    w = [24, 12, 10, 6, 14, 7, 8, 4, 3, 4, 3]
    if kind == "company":
        shapes, w = ["first", "first.last", "flast", "f.last"], [30, 40, 20, 10]
    sh = rng.choices(shapes, weights=w)[0]
    if sh == "first.last": lp = f + "." + l
    elif sh == "flast": lp = f[0] + l
    elif sh == "firstlast": lp = f + l
    elif sh == "first_last": lp = f + "_" + l
    elif sh == "first+digits": lp = f + rng.choice([str(rng.randint(1, 99)), str(rng.randint(1975, 2006)), str(rng.randint(100, 9999))])
    elif sh == "f.last": lp = f[0] + "." + l
    elif sh == "nick+digits": lp = rng.choice(["sunny", "kiwi", "blue", "toffee", "rocket", "moon", "pixel", "nomad", "tiger", "coco", "biker", "chef"]) + rng.choice(["", "_", "."]) + f[:4] + str(rng.randint(1, 999))
    elif sh == "last.first": lp = l + "." + f
    elif sh == "first.last+tag": lp = f + "." + l + "+" + rng.choice(["shop", "news", "bank", "work", "ai"])
    elif sh == "first-last": lp = f + "-" + l
    elif sh == "lastf": lp = l + f[0]
    else: lp = f
    if kind == "uni": sh = "uni_" + sh
    if rng.random() < 0.04:
        lp = lp.capitalize()
    return lp + "@" + dom, sh


# ---------------------------------------------------------------------------
# API keys
# ---------------------------------------------------------------------------
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"


def rs(rng, alphabet, n):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        # keep random bodies free of long digit runs and of accidental '@'-shapes
        if not re.search(r"\d{9,}", s):
            return s


def b62_crc(body):
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while c:
        c, r = divmod(c, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def k_gh(rng, pre):
    body = rs(rng, ALNUM, 30)
    return pre + body + b62_crc(body)


def k_uuid(rng):
    h = rs(rng, HEX, 32)
    return "-".join([h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:]])


# provider: (display name, env var, generator, label_only)
KEYS = {
    "openai": ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74), False),
    "openai_svc": ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-svcacct-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74), False),
    "openai_legacy": ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20), False),
    "anthropic": ("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA", False),
    "github_ghp": ("GitHub", "GITHUB_TOKEN", lambda r: k_gh(r, "ghp_"), False),
    "github_gho": ("GitHub", "GH_TOKEN", lambda r: k_gh(r, "gho_"), False),
    "github_pat": ("GitHub", "GITHUB_PAT", lambda r: "github_pat_11" + rs(r, string.ascii_uppercase + string.digits, 20) + "_" + rs(r, ALNUM, 59), False),
    "aws_akia": ("AWS", "AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rs(r, string.ascii_uppercase + "234567", 16), False),
    "aws_secret": ("AWS", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, ALNUM + "/+", 40), True),
    "google": ("Gemini", "GEMINI_API_KEY", lambda r: "AIza" + rs(r, URLSAFE, 35), False),
    "gmaps": ("Google Maps", "GOOGLE_MAPS_API_KEY", lambda r: "AIza" + rs(r, URLSAFE, 35), False),
    "slack_bot": ("Slack", "SLACK_BOT_TOKEN", lambda r: "xoxb-" + str(r.randint(10 ** 10, 10 ** 11)) + "-" + str(r.randint(10 ** 12, 10 ** 13)) + "-" + rs(r, ALNUM, 24), False),
    "slack_user": ("Slack", "SLACK_USER_TOKEN", lambda r: "xoxp-" + str(r.randint(10 ** 10, 10 ** 11)) + "-" + str(r.randint(10 ** 10, 10 ** 11)) + "-" + str(r.randint(10 ** 12, 10 ** 13)) + "-" + rs(r, HEX, 32), False),
    "slack_hook": ("Slack", "SLACK_WEBHOOK_URL", lambda r: "https://hooks.slack.com/services/T" + rs(r, string.ascii_uppercase + string.digits, 8) + "/B" + rs(r, string.ascii_uppercase + string.digits, 10) + "/" + rs(r, ALNUM, 24), False),
    "discord_hook": ("Discord", "DISCORD_WEBHOOK_URL", lambda r: "https://discord.com/api/webhooks/" + str(r.randint(10 ** 17, 10 ** 18)) + "/" + rs(r, URLSAFE, 68), False),
    "stripe_sk": ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, ALNUM, 97), False),
    "stripe_rk": ("Stripe", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + rs(r, ALNUM, 97), False),
    "hf": ("Hugging Face", "HF_TOKEN", lambda r: "hf_" + rs(r, string.ascii_letters, 34), False),
    "gitlab": ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, URLSAFE, 20), False),
    "sendgrid": ("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43), False),
    "twilio_sk": ("Twilio", "TWILIO_API_KEY", lambda r: "SK" + rs(r, HEX, 32), False),
    "twilio_token": ("Twilio", "TWILIO_AUTH_TOKEN", lambda r: rs(r, HEX, 32), True),
    "groq": ("Groq", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, ALNUM, 52), False),
    "replicate": ("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, ALNUM, 37), False),
    "openrouter": ("OpenRouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + rs(r, HEX, 64), False),
    "xai": ("xAI", "XAI_API_KEY", lambda r: "xai-" + rs(r, ALNUM, 80), False),
    "perplexity": ("Perplexity", "PERPLEXITY_API_KEY", lambda r: "pplx-" + rs(r, ALNUM, 48), False),
    "npm": ("npm", "NPM_TOKEN", lambda r: k_gh(r, "npm_"), False),
    "notion": ("Notion", "NOTION_TOKEN", lambda r: "ntn_" + str(r.randint(10 ** 10, 10 ** 11)) + rs(r, ALNUM, 35), False),
    "linear": ("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, ALNUM, 40), False),
    "shopify": ("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32), False),
    "figma": ("Figma", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, URLSAFE, 40), False),
    "digitalocean": ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rs(r, HEX, 64), False),
    "langsmith": ("LangSmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10), False),
    "resend": ("Resend", "RESEND_API_KEY", lambda r: "re_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24), False),
    "brevo": ("Brevo", "BREVO_API_KEY", lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16), False),
    "postman": ("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34), False),
    "tavily": ("Tavily", "TAVILY_API_KEY", lambda r: "tvly-" + rs(r, ALNUM, 32), False),
    "cerebras": ("Cerebras", "CEREBRAS_API_KEY", lambda r: "csk-" + rs(r, string.ascii_lowercase + string.digits, 48), False),
    "elevenlabs": ("ElevenLabs", "ELEVENLABS_API_KEY", lambda r: "sk_" + rs(r, HEX, 48), False),
    "telegram": ("Telegram", "TELEGRAM_BOT_TOKEN", lambda r: str(r.randint(10 ** 8, 10 ** 9 * 7)) + ":AA" + rs(r, URLSAFE, 33), False),
    "mailchimp": ("Mailchimp", "MAILCHIMP_API_KEY", lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(2, 21)), False),
    "airtable": ("Airtable", "AIRTABLE_TOKEN", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64), False),
    "sentry": ("Sentry", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + rs(r, HEX, 64), False),
    "netlify": ("Netlify", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, ALNUM, 36), False),
    "pinecone": ("Pinecone", "PINECONE_API_KEY", lambda r: "pcsk_" + rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 63), False),
    "fireworks": ("Fireworks", "FIREWORKS_API_KEY", lambda r: "fw_" + rs(r, ALNUM, 24), False),
    "doppler": ("Doppler", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + rs(r, ALNUM, 40), False),
    "square": ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rs(r, URLSAFE, 60), False),
    # known only by their label
    "mistral": ("Mistral", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32), True),
    "cohere": ("Cohere", "COHERE_API_KEY", lambda r: rs(r, ALNUM, 40), True),
    "azure_openai": ("Azure OpenAI", "AZURE_OPENAI_API_KEY", lambda r: rs(r, HEX, 32), True),
    "deepseek": ("DeepSeek", "DEEPSEEK_API_KEY", lambda r: "sk-" + rs(r, HEX, 32), True),
    "cloudflare": ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, URLSAFE, 40), True),
    "deepgram": ("Deepgram", "DEEPGRAM_API_KEY", lambda r: rs(r, HEX, 40), True),
    "assemblyai": ("AssemblyAI", "ASSEMBLYAI_API_KEY", lambda r: rs(r, HEX, 32), True),
    "together": ("Together", "TOGETHER_API_KEY", lambda r: rs(r, HEX, 64), True),
    "vercel": ("Vercel", "VERCEL_TOKEN", lambda r: rs(r, ALNUM, 24), True),
    "datadog": ("Datadog", "DD_API_KEY", lambda r: rs(r, HEX, 32), True),
    "algolia": ("Algolia", "ALGOLIA_ADMIN_KEY", lambda r: rs(r, HEX, 32), True),
    "heroku": ("Heroku", "HEROKU_API_KEY", lambda r: k_uuid(r), True),
    "openweather": ("OpenWeather", "OPENWEATHER_API_KEY", lambda r: rs(r, HEX, 32), True),
}
KEY_NAMES = list(KEYS.keys())
KEY_WEIGHTS = {"openai": 30, "anthropic": 20, "github_ghp": 14, "google": 10, "aws_akia": 8, "stripe_sk": 6, "slack_hook": 5,
               "github_pat": 5, "hf": 5, "openai_svc": 3, "groq": 4, "openrouter": 4, "telegram": 4, "discord_hook": 4}
KEY_DISTINCT = [k for k in KEY_NAMES if not KEYS[k][3]]
KEY_LABEL_ONLY = [k for k in KEY_NAMES if KEYS[k][3]]


def pick_key(rng, label_ok=True):
    if label_ok and rng.random() < 0.2:
        return rng.choice(KEY_LABEL_ONLY)
    return rng.choices(KEY_DISTINCT, weights=[KEY_WEIGHTS.get(k, 2) for k in KEY_DISTINCT])[0]


def make_key(rng, prov):
    return KEYS[prov][2](rng), prov


# ---------------------------------------------------------------------------
# chat turns. {P} phone, {E} e-mail, {ME} the writer's own e-mail (also in known.emails),
# {C} card, {K} key with a recognisable prefix, {prov}/{KP} a provider name and its key.
# ---------------------------------------------------------------------------
LANG_REGIONS = {
    "en": ["US"] * 8 + ["GB"] * 4 + ["CA"] * 2 + ["AU"] * 2 + ["IN", "IE", "NZ", "ZA", "NG", "KE", "SG", "PH"],
    "de": ["DE"] * 6 + ["AT", "CH"], "fr": ["FR"] * 5 + ["BE", "CH", "MA"], "es": ["ES"] * 3 + ["MX", "MX", "AR", "CO", "CL", "PE"],
    "pt": ["BR"] * 4 + ["PT"], "it": ["IT"], "nl": ["NL"] * 3 + ["BE"], "pl": ["PL"], "ru": ["RU"], "uk": ["UA"], "tr": ["TR"],
    "ja": ["JP"], "zh": ["CN"] * 4 + ["TW", "HK", "SG"], "ko": ["KR"], "hi": ["IN"], "id": ["ID"], "vi": ["VN"],
    "ar": ["EG", "AE", "SA", "MA"], "sv": ["SE"], "no": ["NO"], "da": ["DK"], "fi": ["FI"], "el": ["GR"], "cs": ["CZ"],
    "hu": ["HU"], "ro": ["RO"], "he": ["IL"], "fa": ["IR"], "th": ["TH"], "ms": ["MY"], "tl": ["PH"], "sw": ["KE"], "bn": ["BD"], "ur": ["PK"],
}
CHAT_PHONE_FAMS = [("nat", 60), ("intl", 24), ("e164", 5), ("digits", 8), ("00", 3)]
TECH_PHONE_FAMS = [("nat", 30), ("intl", 25), ("e164", 28), ("digits", 7), ("00", 7), ("cc", 3)]

CHAT = {
 "en": {
  "phone": [
   "text me at {P} when ur outside, the buzzer is broken",
   "can you write a polite msg to my landlord, his number is {P} and the boiler has been off since tuesday",
   "my nan keeps getting calls from {P} saying her parcel is held at customs?? is that a scam",
   "pls draft a whatsapp to the plumber ({P}) asking if thursday 8am still works",
   "I'm putting together the carpool list, so far: dave {P}, and me. format it as a table",
   "whats the best way to block {P} on android, they've called 14 times today",
   "our babysitter's number is {P} - write a fridge note with that plus poison control and the vet",
   "reschedule my physio, clinic is {P}, I can't do mornings next week",
   "hey so the courier left a card saying call {P} to rebook, should I just do it online instead",
   "rewrite this for my bio: Freelance wedding photographer, bookings via WhatsApp {P}",
  ],
  "email": [
   "can you write to my landlord at {E} about the mould in the bathroom, keep it firm but friendly",
   "my email is {ME} — why do I keep getting locked out of the portal",
   "translate this to spanish and send-ready: hi, please forward the invoice to {E}, thanks",
   "who do I cc on a complaint to the council? I have {E} from the last letter",
   "pls make a short cover letter, I'm applying to the vet nurse job, contact is {E}",
   "remind me what to say to {E}, she's the coach of my kid's team and I missed 2 practices",
   "is {E} a legit address for the tax office or phishing? the mail asks for my bank login",
   "set up the out of office: back on the 14th, urgent stuff to {E}",
   "my account email is {ME} but i no longer have access to it, how do i recover my steam acct",
   "write a 3 line intro email from me to {E} and {E} - both doing pottery, should meet",
  ],
  "card": [
   "my card {C} got charged twice for the same uber ride, write a dispute message",
   "charge it to {C}, exp 09/28 — no wait, can you just check if that number looks right",
   "i typed {C} on a sketchy site an hour ago, what do I do now",
   "ok so the hotel wants the card for incidentals: {C}. is it normal they ask by email?",
   "help me fill this reimbursement form: paid with company card {C}, total 214.60",
   "netflix says card declined but {C} works everywhere else?",
   "can you make a spreadsheet of my subscriptions, they all go on {C}",
   "why does paypal say my card number {C} is invalid, I checked it three times",
  ],
  "api_key": [
   "my key is {K} and every request returns 401, what am I doing wrong",
   "I accidentally pushed {K} to a public repo 5 min ago, what's the fastest way to kill it",
   "why does this fail? curl works with {K} but the python sdk says unauthorized",
   "here's my {prov} key {KP} - can you write a script that lists my models",
   "rotate this for me pls, the old {prov} token was {KP} and it leaked in a screenshot",
   "ok I set {K} as the secret in github actions but the workflow still can't see it",
   "is {K} a test key or a live one? I found it in the old laptop's bash history",
   "the {prov} dashboard shows {KP} as my key, how do I pass it to the cli",
  ],
 },
 "de": {
  "phone": ["kannst du mir eine sms an {P} formulieren, dass ich morgen später komme", "Mich ruft ständig {P} an, ist das eine bekannte Betrugsnummer?",
            "schreib bitte eine nachricht an den hausmeister, nummer {P}, die heizung im 3. stock geht nicht"],
  "email": ["Bitte formuliere eine Kündigung meines Fitnessstudio-Vertrags an {E}, Vertragsnummer steht unten", "meine mail ist {ME}, warum kommt der Bestätigungslink nicht an?"],
  "card": ["Auf meiner Karte {C} ist eine Abbuchung von 89,99 € die ich nicht kenne, was tun?", "hab die kreditkarte {C} im online shop eingegeben und die seite war fake glaube ich"],
  "api_key": ["mein {prov} key ist {KP}, warum bekomme ich 403?", "Ich habe {K} aus Versehen in einem öffentlichen Gist gepostet. Wie sperre ich den?"],
 },
 "fr": {
  "phone": ["tu peux écrire un sms pour le plombier au {P} pour lui dire que jeudi c'est bon", "quelqu'un m'appelle du {P} sans laisser de message, c'est une arnaque?",
            "Rédige une annonce pour le vide-grenier, contact par SMS au {P}"],
  "email": ["écris un mail de relance à {E} pour le devis de la cuisine stp", "mon adresse c'est {ME} mais je reçois plus les mails de la banque"],
  "card": ["ma carte {C} a été débitée deux fois chez Leclerc, comment contester ?", "j'ai donné ma carte {C} par téléphone à un faux conseiller, je fais quoi"],
  "api_key": ["ma clé {prov} c'est {KP}, pourquoi l'API me répond 401 ?", "j'ai commité {K} par erreur sur GitHub, comment la révoquer vite"],
 },
 "es": {
  "phone": ["escríbele un whatsapp al casero al {P} diciendo que la lavadora gotea", "me llaman del {P} todos los días, ¿sabes de quién es?",
            "mi número nuevo es {P}, hazme un mensaje para mandarlo a todos mis contactos"],
  "email": ["redacta un correo para {E} pidiendo la factura de marzo", "mi correo es {ME} y no me llega el código de verificación"],
  "card": ["me cobraron dos veces en la tarjeta {C}, ayúdame a reclamar al banco", "puse la tarjeta {C} en una web rara, ¿la cancelo?"],
  "api_key": ["mi api key de {prov} es {KP} y me da error de autenticación", "subí {K} a un repo público sin querer, ¿qué hago?"],
 },
 "pt": {
  "phone": ["manda um zap pro {P} falando que o bolo fica pronto sábado", "meu número é {P}, faz um texto curto pra colocar no anúncio da OLX",
            "alguém do {P} ligou dizendo que é do banco, é golpe?"],
  "email": ["escreve um email pro {E} pedindo o boleto atualizado", "meu email é {ME}, não consigo recuperar a senha do gov.br"],
  "card": ["meu cartão {C} foi clonado, como faço a contestação no app?", "comprei no site com o cartão {C} e nunca chegou"],
  "api_key": ["minha chave da {prov} é {KP}, por que dá 401?", "vazei {K} num print no grupo, preciso revogar?"],
 },
 "it": {
  "phone": ["scrivi un messaggio al tecnico della caldaia, il numero è {P}", "mi chiama il {P} ogni sera alle 20, chi può essere?"],
  "email": ["prepara una mail per {E} per disdire l'abbonamento in palestra", "la mia mail è {ME}, perché non ricevo le notifiche di Poste?"],
  "card": ["la carta {C} è stata addebitata due volte su Amazon, come faccio reclamo", "ho inserito la carta {C} in un sito falso di spedizioni"],
  "api_key": ["la mia chiave {prov} è {KP} ma mi dà 401", "ho pubblicato {K} per sbaglio su GitHub, come la revoco?"],
 },
 "nl": {
  "phone": ["kun je een appje opstellen voor de verhuurder, nummer {P}, de cv doet het niet", "ik word steeds gebeld door {P}, is dat oplichting?"],
  "email": ["schrijf een mail aan {E} over de vertraagde levering van de bank", "mijn mailadres is {ME} maar de inlogcode komt niet aan"],
  "card": ["er staat een onbekende afschrijving op mijn creditcard {C}, wat moet ik doen", "ik heb {C} ingevuld op een nep-pakketsite"],
  "api_key": ["mijn {prov} sleutel is {KP}, waarom krijg ik unauthorized", "per ongeluk {K} gecommit, hoe trek ik die in?"],
 },
 "pl": {
  "phone": ["napisz smsa do pana od mebli, numer {P}, że dostawa w piątek pasuje", "dzwoni do mnie {P} i się rozłącza, co to za numer?"],
  "email": ["napisz maila do {E} z prośbą o fakturę korygującą", "mój mail to {ME}, czemu nie dostaję kodu?"],
  "card": ["na karcie {C} mam dwa obciążenia za to samo zamówienie", "podałem kartę {C} na dziwnej stronie, zastrzec ją?"],
  "api_key": ["mój klucz {prov} to {KP} i dostaję 401", "wrzuciłem {K} do publicznego repo, jak go unieważnić?"],
 },
 "ru": {
  "phone": ["напиши смс на {P}, что я опоздаю на 15 минут", "мне звонят с номера {P} и молчат, это мошенники?", "вот номер мастера {P}, составь вежливое сообщение про ремонт стиралки"],
  "email": ["напиши письмо на {E} с просьбой вернуть деньги за заказ", "моя почта {ME}, не приходит письмо для сброса пароля"],
  "card": ["с карты {C} списали деньги дважды, как оспорить?", "ввёл карту {C} на подозрительном сайте, что делать"],
  "api_key": ["мой ключ {prov}: {KP}, почему ошибка 401?", "случайно запушил {K} в публичный репозиторий, как отозвать?"],
 },
 "uk": {
  "phone": ["напиши смс на {P}, що я буду о сьомій", "мені дзвонять з {P}, це шахраї?"],
  "email": ["склади лист на {E} щодо повернення коштів", "моя пошта {ME}, не приходить код"],
  "card": ["з картки {C} двічі списали оплату, як оскаржити?"],
  "api_key": ["мій ключ {prov} {KP}, чому 401?"],
 },
 "tr": {
  "phone": ["ev sahibine {P} numarasından mesaj yazar mısın, kombi bozuldu", "sürekli {P} arıyor, dolandırıcı mı?"],
  "email": ["{E} adresine iade talebi için bir mail yaz", "mailim {ME}, şifre sıfırlama gelmiyor"],
  "card": ["kartım {C} iki kez çekim yapılmış, nasıl itiraz ederim", "sahte bir siteye {C} kartımı girdim galiba"],
  "api_key": ["{prov} anahtarım {KP} ama 401 hatası alıyorum", "{K} anahtarını yanlışlıkla github'a yükledim"],
 },
 "ja": {
  "phone": ["大家さんの番号{P}にSMSで水漏れの件を伝える文面を作って", "知らない番号{P}から何回も電話が来る。詐欺かな", "引っ越したので新しい携帯は{P}です、ってお知らせ文を書いて"],
  "email": ["{E}に請求書の再発行をお願いするメールを書いて", "私のメールは{ME}です。確認メールが届きません"],
  "card": ["カード{C}で身に覚えのない請求があります。どうすれば", "怪しいサイトにカード番号{C}を入れてしまった"],
  "api_key": ["{prov}のキー{KP}で401が返ってくる", "{K}を公開リポジトリにpushしてしまった、どう無効化する？"],
 },
 "zh": {
  "phone": ["帮我给房东发个短信，他的手机号是{P}，热水器坏了", "一直有{P}打电话给我，是诈骗吗", "我的新手机号是{P}，帮我写个通知发给客户"],
  "email": ["帮我写一封邮件给{E}，催一下报销进度", "我的邮箱是{ME}，收不到验证码"],
  "card": ["我的卡{C}被重复扣款了，怎么申诉", "在一个可疑网站输入了卡号{C}，要挂失吗"],
  "api_key": ["我的{prov}密钥是{KP}，为什么返回401", "不小心把{K}提交到公开仓库了，怎么吊销"],
 },
 "ko": {
  "phone": ["집주인한테 {P}로 보일러 고장 났다고 문자 써줘", "{P}에서 계속 전화 와요 스팸인가요?"],
  "email": ["{E}로 환불 요청 메일 써줘", "제 이메일은 {ME}인데 인증메일이 안 와요"],
  "card": ["카드 {C}로 결제가 두 번 됐어요 어떻게 취소해요", "이상한 사이트에 카드번호 {C} 입력했어요"],
  "api_key": ["{prov} 키 {KP} 쓰는데 401 떠요", "{K}를 깃허브에 올려버렸어요"],
 },
 "hi": {
  "phone": ["bhai delivery wale ko msg likh do, uska number {P} hai, gate 2 pe aana", "mujhe {P} se baar baar call aa raha hai, kya ye fraud hai?", "मकान मालिक का नंबर {P} है, उन्हें किराया देर से देने का मैसेज लिखो"],
  "email": ["{E} ko leave application likh do, 3 din ki", "mera email {ME} hai, OTP nahi aa raha"],
  "card": ["mere card {C} se do baar paise kat gaye, complaint kaise karu", "maine {C} ek fake site pe daal diya"],
  "api_key": ["mera {prov} key {KP} hai par 401 aa raha hai", "{K} galti se github pe push ho gaya"],
 },
 "id": {
  "phone": ["tolong bikin pesan WA ke {P} bilang paketnya taruh di pos satpam", "nomor {P} nelpon terus, itu penipuan bukan?"],
  "email": ["buatin email ke {E} buat minta refund", "email saya {ME} tapi kode verifikasinya nggak masuk"],
  "card": ["kartu kredit {C} kena tagihan dobel, gimana komplainnya", "saya masukin {C} di situs palsu"],
  "api_key": ["key {prov} saya {KP} kok error 401", "nggak sengaja push {K} ke repo publik"],
 },
 "vi": {
  "phone": ["viết giúp tin nhắn gửi chủ nhà số {P} là vòi nước bị hỏng", "số {P} gọi cho tôi liên tục, có phải lừa đảo không"],
  "email": ["soạn email gửi {E} xin hoá đơn tháng này", "email của tôi là {ME} mà không nhận được mã"],
  "card": ["thẻ {C} bị trừ tiền hai lần, khiếu nại sao", "tôi đã nhập thẻ {C} vào web lạ"],
  "api_key": ["key {prov} của tôi là {KP} mà bị 401", "lỡ push {K} lên github public"],
 },
 "ar": {
  "phone": ["اكتب رسالة للسباك على الرقم {P} أنه يجي بكرة الصبح", "رقم {P} يتصل علي كل يوم، هل هو احتيال؟"],
  "email": ["اكتب إيميل إلى {E} أطلب فيه استرجاع المبلغ", "بريدي هو {ME} وما يوصلني رمز التحقق"],
  "card": ["انخصم من بطاقتي {C} مرتين، كيف أعترض؟"],
  "api_key": ["مفتاح {prov} الخاص بي {KP} ويعطي خطأ 401"],
 },
 "sv": {"phone": ["kan du skriva ett sms till hyresvärden på {P} om att elementet läcker"], "email": ["skriv ett mejl till {E} om återbetalning"], "card": ["mitt kort {C} drogs två gånger på ICA"], "api_key": ["min {prov}-nyckel är {KP} men jag får 401"]},
 "no": {"phone": ["skriv en melding til {P} om at jeg er forsinket"], "email": ["lag en e-post til {E} om refusjon"], "card": ["kortet mitt {C} ble trukket to ganger"]},
 "da": {"phone": ["skriv en sms til {P} om at jeg kommer kl 17"], "email": ["skriv en mail til {E} om fakturaen"], "card": ["mit kort {C} er blevet trukket to gange"]},
 "fi": {"phone": ["kirjoita tekstiviesti numeroon {P} että tulen myöhässä"], "email": ["kirjoita sähköposti osoitteeseen {E} laskusta"]},
 "el": {"phone": ["γράψε ένα μήνυμα στο {P} ότι θα αργήσω"], "email": ["γράψε email στο {E} για επιστροφή χρημάτων"], "card": ["η κάρτα μου {C} χρεώθηκε δύο φορές"]},
 "cs": {"phone": ["napiš sms na {P}, že přijdu později"], "email": ["napiš e-mail na {E} ohledně reklamace"], "card": ["z karty {C} mi strhli platbu dvakrát"], "api_key": ["můj {prov} klíč {KP} vrací 401"]},
 "hu": {"phone": ["írj egy sms-t a {P} számra, hogy késni fogok"], "email": ["írj levelet a {E} címre a számla miatt"]},
 "ro": {"phone": ["scrie un sms la {P} că întârzii puțin"], "email": ["scrie un email la {E} pentru rambursare"], "card": ["cardul {C} a fost debitat de două ori"]},
 "he": {"phone": ["תכתוב הודעה ל-{P} שאני מאחר"], "email": ["תכתוב מייל ל-{E} לגבי החזר"], "card": ["חייבו את הכרטיס {C} פעמיים"]},
 "fa": {"phone": ["یه پیام برای {P} بنویس که دیر میرسم"], "email": ["یه ایمیل به {E} برای بازپرداخت بنویس"]},
 "th": {"phone": ["ช่วยเขียนข้อความถึงเบอร์ {P} ว่าจะไปสาย"], "card": ["บัตร {C} โดนตัดเงินสองครั้ง"]},
 "ms": {"phone": ["tolong tulis mesej kepada {P} saya lambat sikit"], "email": ["tulis emel kepada {E} minta bayaran balik"]},
 "tl": {"phone": ["pakigawa ng text para sa {P} na male-late ako"], "card": ["na-charge ng dalawang beses yung card ko {C}"]},
 "sw": {"phone": ["niandikie ujumbe kwa {P} kwamba nitachelewa"], "card": ["kadi yangu {C} imekatwa mara mbili"]},
}
CHAT_LANG_W = {"en": 36, "de": 6, "es": 6, "fr": 5, "pt": 5, "it": 3, "ja": 4, "zh": 4, "ru": 3, "nl": 2.5, "pl": 2.5, "tr": 2, "ko": 2,
               "hi": 2.5, "id": 2, "vi": 1.5, "ar": 2, "uk": 1.5, "sv": 1, "no": .8, "da": .8, "fi": .7, "el": .8, "cs": .8, "hu": .7,
               "ro": .8, "he": .8, "fa": .7, "th": .7, "ms": .7, "tl": .8, "sw": .6}


class Ctx:
    def __init__(self, rng, lang, tech):
        self.rng, self.lang, self.tech = rng, lang, tech
        self.spans, self.known = [], []
        self.region = rng.choice(LANG_REGIONS.get(lang, ["US"]))

    def add(self, kind, v, shape):
        self.spans.append({"kind": kind, "value": v, "shape": shape})
        return v

    def P(self, region=None, fam=None):
        region = region or (self.rng.choice(TECH_REGIONS) if self.tech and self.rng.random() < 0.5 else self.region)
        fams = [(fam, 1)] if fam else (TECH_PHONE_FAMS if self.tech else CHAT_PHONE_FAMS)
        v, sh = make_phone(self.rng, region, fams)
        return self.add("phone", v, sh)

    def E(self, lang=None):
        v, sh = make_email(self.rng, lang or self.lang)
        return self.add("email", v, sh)

    def ME(self):
        v = self.E()
        self.known.append(v)
        return v

    def C(self, net=None, sep=None):
        if net is None and self.lang in LANG_CARD_NET and self.rng.random() < 0.4:
            net = LANG_CARD_NET[self.lang]
        v, sh = make_card(self.rng, net, sep)
        return self.add("card", v, sh)

    def K(self, prov=None, label_ok=False):
        prov = prov or pick_key(self.rng, label_ok)
        v, _ = make_key(self.rng, prov)
        return self.add("api_key", v, prov + ("_label" if KEYS[prov][3] else ""))

    def name(self, lang=None):
        lk = lang or self.lang
        lk = lk if lk in NAMES else "en"
        return self.rng.choice(NAMES[lk][0].split()).capitalize() + " " + self.rng.choice(NAMES[lk][1].split()).capitalize()

    def hexs(self, n):
        return "".join(self.rng.choice(HEX) for _ in range(n))

    def num(self, a, b):
        return str(self.rng.randint(a, b))

    def date(self):
        return "2026-%02d-%02d" % (self.rng.randint(1, 11), self.rng.randint(1, 28))

    def ts(self):
        return self.date() + "T%02d:%02d:%02d" % (self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59))


TECH_REGIONS = ["US"] * 6 + ["GB"] * 3 + ["DE"] * 3 + ["FR", "FR", "IN", "IN", "BR", "BR", "CA", "AU", "ES", "IT", "NL", "MX", "JP", "KR", "PL", "SE",
                "CH", "AT", "BE", "PT", "IE", "ZA", "NG", "KE", "PH", "ID", "SG", "AE", "TR", "RU", "UA", "CO", "AR", "CL", "NZ", "IL", "EG", "TH", "VN", "MY",
                "CZ", "GR", "HU", "RO", "DK", "NO", "FI", "PK", "BD", "CN", "TW", "HK", "SA", "MA", "IR", "PE"]

TOKEN = re.compile(r"\{(P|E|ME|C|K|KP|prov)\}")


def fill_chat(c, tpl):
    prov = pick_key(c.rng, True) if "{prov}" in tpl else None
    def rep(m):
        t = m.group(1)
        if t == "P": return c.P()
        if t == "E": return c.E()
        if t == "ME": return c.ME()
        if t == "C": return c.C()
        if t == "K": return c.K()
        if t == "KP": return c.K(prov)
        if t == "prov": return KEYS[prov][0]
    return TOKEN.sub(rep, tpl)


# ---------------------------------------------------------------------------
# technical templates: each returns text, values recorded in c.spans
# ---------------------------------------------------------------------------

def t_vet_clinic_csv(c):
    rows = ["patient_id;pet;owner;owner_phone;owner_email;next_visit"]
    for _ in range(c.rng.randint(2, 3)):
        rows.append("%s;%s;%s;%s;%s;%s" % (c.num(10000, 99999), c.rng.choice(["Bella (dog)", "Milo (cat)", "Kiwi (parrot)", "Rex (dog)", "Luna (cat)"]),
                                          c.name(), c.P(), c.E(), c.date()))
    return "the import into our clinic software drops rows, here's the export:\n" + "\n".join(rows)


def t_sms_gateway_log(c):
    lines = []
    for _ in range(c.rng.randint(1, 3)):
        lines.append("%sZ INFO  sms.dispatch provider=messagebird to=%s template=appointment_reminder status=%s latency_ms=%s"
                     % (c.ts(), c.P(fam=c.rng.choice(["e164", "e164", "cc"])), c.rng.choice(["queued", "sent", "delivered"]), c.num(40, 900)))
    lines.append("%sZ WARN  sms.dispatch retry scheduled attempt=2" % c.ts())
    return "\n".join(lines)


def t_crm_json(c):
    d = {"id": int(c.num(100000, 999999)), "type": "lead", "attributes": {"full_name": c.name(), "email": c.E(), "mobile": c.P(),
         "source": c.rng.choice(["webform", "trade-show", "referral"]), "created": c.ts() + "Z"}}
    return "GET /api/v2/leads/%s returned this but the frontend shows an empty card:\n%s" % (d["id"], json.dumps(d, indent=2, ensure_ascii=False))


def t_mail_headers(c):
    return ("Return-Path: <%s>\nReceived: from mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])\nDate: Tue, %d Mar 2026 09:%02d:11 +0100\n"
            "From: %s <%s>\nTo: %s\nCc: %s\nSubject: Re: Angebot Dachsanierung\nX-Mailer: Apple Mail (2.%s)\n\nwhy did this land in spam?"
            % (c.E(), c.rng.randint(1, 28), c.rng.randint(0, 59), c.name(), c.E(), c.E(), c.E(), c.num(3400, 3800)))


def t_signature(c):
    lbl = c.rng.choice([("Tel.", "Mobil", "E-Mail"), ("Tél.", "Portable", "Courriel"), ("Tel", "Cell", "Email"), ("Tel.", "Cellulare", "Email"), ("Tlf", "Mobil", "E-post")])
    return ("Kind regards / Mit freundlichen Grüßen\n\n%s\n%s\n%s: %s\n%s: %s\n%s: %s\n\nThis message may contain confidential information."
            % (c.name(), c.rng.choice(["Projektleitung Ausbau", "Office manager", "Responsable achats", "Site supervisor"]), lbl[0], c.P(), lbl[1], c.P(), lbl[2], c.E()))


def t_vcard(c):
    n = c.name()
    return ("BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=CELL:%s\nEMAIL;TYPE=INTERNET:%s\nORG:%s\nEND:VCARD\n\nconvert this vcf to a csv row please"
            % (n, c.P(), c.E(), c.rng.choice(["Stadtwerke", "Bluegum Studio", "Atelier Nord", "Kiosk 24"])))


def t_twilio_verify(c):
    return ('>>> client.verify.v2.services("VA%s").verifications.create(to="%s", channel="sms")\nTwilioRestException: HTTP 400 error: Unable to create record: Invalid parameter `To`'
            % (c.hexs(32), c.P(fam="e164")))


def t_booking_agent(c):
    return ("[browser] navigate https://booking.%s/checkout\n[browser] fill #guest-email \"%s\"\n[browser] fill #guest-phone \"%s\"\n[browser] fill #cc-number \"%s\"\n"
            "[browser] click button[type=submit]\n[browser] error: element not interactable (#cc-cvc)"
            % (c.rng.choice(["alpinehuts.ch", "casa-rural-ourense.es", "fjordcabins.no", "seaside-inn.co.uk"]), c.E(), c.P(), c.C()))


def t_payment_debug(c):
    d = {"object": "payment_attempt", "amount": int(c.num(500, 90000)), "currency": c.rng.choice(["eur", "gbp", "usd", "brl"]),
         "source": {"number": c.C(sep=""), "exp_month": c.rng.randint(1, 12), "exp_year": c.rng.randint(2027, 2031), "holder": c.name()},
         "error": {"code": c.rng.choice(["card_declined", "do_not_honor", "insufficient_funds"])}}
    return "debug dump from our checkout before it hits the PSP (I know, I know, PCI):\n" + json.dumps(d)


def t_transactions_csv(c):
    rows = ["date,merchant,amount,card"]
    for _ in range(c.rng.randint(2, 4)):
        rows.append("%s,%s,%s.%02d,%s" % (c.date(), c.rng.choice(["REWE", "Lidl", "Shell", "Bolt", "Spotify", "Ryanair", "IKEA"]), c.num(3, 400), c.rng.randint(0, 99),
                                        c.C() if (c.rng.random() < 0.5 or len(rows) == 1) else "**** %s" % c.num(1000, 9999)))
    return "why does pandas read this as one column?\n" + "\n".join(rows)


def t_refund_mail(c):
    return ("Subject: Refund request #%s\n\nDear support,\nI was charged twice on %s. Card used: %s (%s).\nPlease refund to the same card or contact me at %s.\n"
            % (c.num(100000, 999999), c.date(), c.C(), c.name(), c.E()))


def t_card_in_test(c):
    return ("test('checkout happy path', async ({ page }) => {\n  await page.fill('#card', '%s');\n  await page.fill('#exp', '%02d/%d');\n  await page.fill('#email', '%s');\n  await page.click('text=Pay');\n});\n// this passed locally but prod gateway rejected it?? it's my real card lol"
            % (c.C(), c.rng.randint(1, 12), c.rng.randint(27, 31), c.E()))


def t_mysql_box(c):
    rows = []
    for _ in range(2):
        rows.append("| %6s | %-28s | %-19s |" % (c.num(100, 999999), c.E(), c.C(sep="")))
    return "mysql> SELECT id, email, card_no FROM legacy_orders LIMIT 2;\n+--------+------------------------------+---------------------+\n" + "\n".join(rows) + "\n2 rows in set (0.01 sec)\n\nhow do I migrate this out without keeping the card column"


def t_env(c):
    lines = ["NODE_ENV=production", "PORT=%s" % c.num(3000, 9000)]
    for _ in range(c.rng.randint(1, 3)):
        p = pick_key(c.rng, True)
        lines.append("%s=%s" % (KEYS[p][1], c.K(p)))
    lines.append("LOG_LEVEL=%s" % c.rng.choice(["info", "debug", "warn"]))
    c.rng.shuffle(lines)
    return "cat .env\n" + "\n".join(lines) + "\n\nthe app says the key is missing"


def t_curl(c):
    p = c.rng.choice(["openai", "anthropic", "groq", "openrouter", "mistral", "deepseek", "xai", "perplexity", "together", "cohere", "elevenlabs", "google"])
    url = {"openai": "https://api.openai.com/v1/chat/completions", "anthropic": "https://api.anthropic.com/v1/messages", "groq": "https://api.groq.com/openai/v1/chat/completions",
           "openrouter": "https://openrouter.ai/api/v1/chat/completions", "mistral": "https://api.mistral.ai/v1/chat/completions", "deepseek": "https://api.deepseek.com/chat/completions",
           "xai": "https://api.x.ai/v1/chat/completions", "perplexity": "https://api.perplexity.ai/chat/completions", "together": "https://api.together.xyz/v1/chat/completions",
           "cohere": "https://api.cohere.com/v2/chat", "elevenlabs": "https://api.elevenlabs.io/v1/voices", "google": "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent"}[p]
    k = c.K(p)
    if p == "anthropic": h = "-H 'x-api-key: %s' -H 'anthropic-version: 2023-06-01'" % k
    elif p == "elevenlabs": h = "-H 'xi-api-key: %s'" % k
    elif p == "google": url += "?key=" + k; h = ""
    else: h = "-H 'Authorization: Bearer %s'" % k
    return "$ curl -sS %s %s -H 'content-type: application/json' -d @body.json\n{\"error\":{\"message\":\"rate limit exceeded\",\"type\":\"requests\"}}" % (url, h)


def t_sdk(c):
    p = c.rng.choice(["openai", "anthropic", "groq", "mistral", "cohere", "replicate", "hf", "stripe_sk", "sendgrid", "resend", "pinecone", "linear"])
    k = c.K(p)
    cls = {"openai": "from openai import OpenAI\nclient = OpenAI(api_key=\"%s\")", "anthropic": "import anthropic\nclient = anthropic.Anthropic(api_key=\"%s\")",
           "groq": "from groq import Groq\nclient = Groq(api_key=\"%s\")", "mistral": "from mistralai import Mistral\nclient = Mistral(api_key=\"%s\")",
           "cohere": "import cohere\nco = cohere.ClientV2(api_key=\"%s\")", "replicate": "import replicate\nrc = replicate.Client(api_token=\"%s\")",
           "hf": "from huggingface_hub import login\nlogin(token=\"%s\")", "stripe_sk": "import stripe\nstripe.api_key = \"%s\"",
           "sendgrid": "sg = SendGridAPIClient(\"%s\")", "resend": "import resend\nresend.api_key = \"%s\"", "pinecone": "from pinecone import Pinecone\npc = Pinecone(api_key=\"%s\")",
           "linear": "headers = {\"Authorization\": \"%s\"}"}[p] % k
    return "```python\n%s\n```\nthis works in jupyter but not when I run it from cron, why" % cls


def t_claude_settings(c):
    d = {"env": {"ANTHROPIC_API_KEY": c.K("anthropic"), "DISABLE_TELEMETRY": "1"}, "permissions": {"allow": ["Bash(npm run test:*)"]}}
    if c.rng.random() < 0.5:
        d["mcpServers"] = {"github": {"command": "npx", "args": ["-y", "github-mcp"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": c.K(c.rng.choice(["github_ghp", "github_pat"]))}}}
    return "my ~/.claude/settings.json:\n" + json.dumps(d, indent=2)


def t_git_remote(c):
    k = c.K(c.rng.choice(["github_ghp", "github_pat", "gitlab"]))
    host = "gitlab.com" if k.startswith("glpat") else "github.com"
    u = c.rng.choice(["build-bot", "ci", "deploy"])
    return "$ git remote -v\norigin\thttps://%s:%s@%s/hollow-oak/ledger-sync.git (fetch)\norigin\thttps://%s:%s@%s/hollow-oak/ledger-sync.git (push)\n$ git push\nremote: Permission to hollow-oak/ledger-sync.git denied." % (u, k, host, u, c.add("api_key", k, c.spans[-1]["shape"]), host)


def t_k8s_secret(c):
    p1, p2 = pick_key(c.rng, True), pick_key(c.rng, True)
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: worker-secrets\n  namespace: jobs\ntype: Opaque\nstringData:\n  %s: \"%s\"\n  %s: \"%s\"\n"
            % (KEYS[p1][1], c.K(p1), KEYS[p2][1], c.K(p2)))


def t_webhook_py(c):
    k = c.K(c.rng.choice(["slack_hook", "discord_hook"]))
    return "import requests\nWEBHOOK = \"%s\"\nrequests.post(WEBHOOK, json={\"text\": \"nightly backup finished\"})\n# -> 404 no_service, did they revoke it?" % k


def t_aws_creds(c):
    return "$ cat ~/.aws/credentials\n[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-central-1\n$ aws s3 ls\nAn error occurred (InvalidAccessKeyId)" % (c.K("aws_akia"), c.K("aws_secret"))


def t_compose(c):
    p = pick_key(c.rng, True)
    q = pick_key(c.rng, True)
    return ("services:\n  api:\n    image: ghcr.io/lumen-ops/api:1.8.2\n    environment:\n      - %s=%s\n      - %s=%s\n      - DATABASE_URL=postgres://app:app@db:5432/app\n"
            % (KEYS[p][1], c.K(p), KEYS[q][1], c.K(q)))


def t_httpx_debug(c):
    p = c.rng.choice(["openai", "anthropic", "mistral", "azure_openai", "openrouter", "groq"])
    k = c.K(p)
    h = {"anthropic": "x-api-key", "azure_openai": "api-key"}.get(p, "authorization")
    val = k if h != "authorization" else "Bearer " + k
    return "DEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']>\nDEBUG:httpx:Request headers: {'%s': '%s', 'content-type': 'application/json', 'user-agent': 'python-httpx/0.28.1'}\nDEBUG:httpx:HTTP Request: POST https://... \"HTTP/1.1 401 Unauthorized\"" % (h, val)


def t_cli_secret(c):
    p = pick_key(c.rng, True)
    tool = c.rng.choice(["fly secrets set %s=%s", "heroku config:set %s=%s -a shop-api", "gh secret set %s --body \"%s\"", "wrangler secret put %s <<< \"%s\"", "railway variables --set \"%s=%s\""])
    return "$ " + tool % (KEYS[p][1], c.K(p)) + "\nError: not logged in"


def t_telegram(c):
    k = c.K("telegram")
    return "requests.exceptions.HTTPError: 409 Client Error: Conflict for url: https://api.telegram.org/bot%s/getUpdates\nterminated by other getUpdates request; make sure that only one bot instance is running" % k


def t_order_note(c):
    return ("Phone order %s — taken by shop\nCustomer: %s\nPhone: %s\nEmail: %s\nPayment: card %s exp %02d/%d\nItems: 2x espresso beans 1kg"
            % (c.num(10000, 99999), c.name(), c.P(), c.E(), c.C(), c.rng.randint(1, 12), c.rng.randint(27, 31)))


def t_signup_log(c):
    e, p = c.E(), c.P(fam=c.rng.choice(["e164", "intl"]))
    se, sp = c.spans[-2]["shape"], c.spans[-1]["shape"]
    return ("[auth] signup start email=%s phone=%s ip=10.0.3.%d\n[auth] otp sent to %s via sms\n[auth] otp verify failed attempts=3 for %s"
            % (e, p, c.rng.randint(2, 250), c.add("phone", p, sp), c.add("email", e, se)))


def t_pg_unique(c):
    return ('psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(%s) already exists.\n\nhow can this happen if I lowercase before insert' % c.E())


def t_ics(c):
    return ("BEGIN:VEVENT\nDTSTART:20260%d%02dT090000Z\nSUMMARY:Kick-off Umbau\nORGANIZER;CN=%s:mailto:%s\nATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s\nEND:VEVENT"
            % (c.rng.randint(1, 9), c.rng.randint(1, 28), c.name(), c.E(), c.name(), c.E()))


def t_pyproject(c):
    return '[project]\nname = "tidepool-etl"\nversion = "0.%d.%d"\nauthors = [{ name = "%s", email = "%s" }]\nrequires-python = ">=3.10"' % (c.rng.randint(1, 9), c.rng.randint(0, 20), c.name(), c.E())


def t_oncall_yaml(c):
    out = ["oncall:"]
    for wk in range(c.rng.randint(2, 3)):
        out.append("  - week: %d\n    primary: %s\n    phone: \"%s\"\n    escalation: %s" % (c.rng.randint(1, 52), c.name(), c.P(), c.E()))
    return "\n".join(out)


def t_delivery_note(c):
    lab = c.rng.choice([("Lieferhinweis", "Bitte vorher anrufen"), ("Instructions de livraison", "Appeler avant"), ("Delivery instructions", "Call before arrival"),
                        ("Instrucciones de entrega", "Llamar antes"), ("Instruções de entrega", "Ligar antes"), ("配送メモ", "到着前に電話してください")])
    c.out_lang = {"Lieferhinweis": "de", "Instructions de livraison": "fr", "Delivery instructions": "en", "Instrucciones de entrega": "es",
                  "Instruções de entrega": "pt", "配送メモ": "ja"}[lab[0]]
    c.region = {"de": "DE", "fr": "FR", "en": "GB", "es": "ES", "pt": "BR", "ja": "JP"}[c.out_lang]
    return "%s: %s %s — Tor 4B%d" % (lab[0], lab[1], c.P(), c.rng.randint(10, 99))


def t_tel_html(c):
    region = c.rng.choice(TECH_REGIONS)
    cc, entries = PHONES[region]
    entry = entries[0]
    nsn = make_nsn(c.rng, region, entry)
    nat = c.rng.choice([t for f, t in phone_forms(region, entry, nsn) if f == "nat" and not t.isdigit()])
    e164 = "+" + cc + nsn
    c.add("phone", e164, region + "_e164")
    c.add("phone", nat, region + "_nat")
    return '<footer class="contact">\n  <a href="tel:%s">%s</a> · <a href="mailto:%s">%s</a>\n</footer>' % (e164, nat, c.E(), "write to us")


def t_whatsapp_link(c):
    v = c.add("phone", *make_phone(c.rng, c.rng.choice(TECH_REGIONS), [("cc", 1)]))
    return '<a class="wa" href="https://wa.me/%s?text=Hola%%20quiero%%20reservar">WhatsApp</a>\n<!-- button doesnt open the app on iOS, why -->' % v


def t_phone_parse_err(c):
    v = c.P(fam=c.rng.choice(["nat", "digits"]))
    return ">>> phonenumbers.parse(\"%s\", None)\nphonenumbers.phonenumberutil.NumberParseException: (0) Missing or invalid default region.\n" % v


def t_asterisk(c):
    v = c.P(fam=c.rng.choice(["e164", "digits"]))
    return "    -- Executing [s@outbound:1] Dial(\"PJSIP/desk-%s\", \"PJSIP/%s@sipgate-trunk,30\") in new stack\n    -- Called PJSIP/%s@sipgate-trunk\n    -- PJSIP/sipgate-%s is circuit-busy" % (c.num(100, 999), v, c.add("phone", v, c.spans[-1]["shape"]), c.hexs(8))


def t_mailer_env(c):
    p = c.rng.choice(["sendgrid", "resend", "brevo", "mailchimp"])
    return "MAIL_FROM=%s\nMAIL_REPLY_TO=%s\n%s=%s\nSMTP_PORT=587" % (c.E(), c.E(), KEYS[p][1], c.K(p))


def t_jupyter(c):
    p = pick_key(c.rng, True)
    return "In [3]: import os\n   ...: os.environ[\"%s\"] = \"%s\"\nIn [4]: client.models.list()\nAuthenticationError: Error code: 401" % (KEYS[p][1], c.K(p))


def t_toml_config(c):
    p = c.rng.choice(["openai", "openrouter", "deepseek", "groq", "anthropic", "moonshot" if False else "xai"])
    return "# ~/.config/aichat/config.toml\nmodel = \"default\"\n[[clients]]\ntype = \"openai-compatible\"\nname = \"%s\"\napi_key = \"%s\"\n" % (KEYS[p][0].lower(), c.K(p))


def t_school_trip(c):
    rows = ["Emergency contacts — Year 6 trip"]
    for _ in range(c.rng.randint(2, 3)):
        rows.append("- %s (parent): %s" % (c.name(), c.P()))
    return "\n".join(rows) + "\nturn this into a printable table"


def t_form_post(c):
    return "POST /api/contact HTTP/1.1\nContent-Type: application/json\n\n{\"name\":\"%s\",\"email\":\"%s\",\"phone\":\"%s\",\"message\":\"Angebot für Fenster bitte\"}" % (c.name(), c.E(), c.P())


def t_hotel_auth(c):
    lab = c.rng.choice([("en", "Credit card authorisation form", "Guest name", "Card number", "Expiry"), ("de", "Kreditkarten-Autorisierung", "Gast", "Kartennummer", "Gültig bis"),
                        ("fr", "Autorisation de prélèvement", "Nom du client", "Numéro de carte", "Expiration"), ("it", "Autorizzazione carta di credito", "Ospite", "Numero carta", "Scadenza"),
                        ("es", "Autorización de tarjeta", "Huésped", "Número de tarjeta", "Caducidad")])
    c.out_lang = lab[0]
    return "%s\n%s: %s\n%s: %s\n%s: %02d/%d\nDeposit: 150.00 EUR\n\ncan you check the form before I email it back to the hotel" % (
        lab[1], lab[2], c.name(lab[0]), lab[3], c.C(), lab[4], c.rng.randint(1, 12), c.rng.randint(27, 31))


def t_card_ocr(c):
    n = c.name()
    return "ocr.extract(card_photo.jpg) ->\n  raw_text: \"%s\\nVALID THRU %02d/%d\\n%s\"\n  confidence: 0.%d" % (c.C(sep=" "), c.rng.randint(1, 12), c.rng.randint(27, 31), n.upper(), c.rng.randint(70, 99))


def t_form_encoded(c):
    v = c.C(sep="")
    return "POST /v1/tokens HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ncard[number]=%s&card[exp_month]=%d&card[exp_year]=20%d&card[cvc]=***\n-> 402 card_declined" % (v, c.rng.randint(1, 12), c.rng.randint(27, 31))


def t_budget_sheet(c):
    rows = ["Karte\tLimit\tInhaber\tZweck"]
    for _ in range(c.rng.randint(1, 3)):
        rows.append("%s\t%d\t%s\t%s" % (c.C(), c.rng.choice([500, 1000, 2500, 5000]), c.name("de"), c.rng.choice(["Reisen", "Software", "Büro", "Werbung"])))
    c.out_lang = "de"
    return "\n".join(rows) + "\n\nmach daraus eine saubere Tabelle"


def t_declined_log(c):
    out = []
    for _ in range(c.rng.randint(1, 2)):
        out.append("%s ERROR payments.charge declined pan=%s reason=%s order=%s" % (c.ts(), c.C(sep=""), c.rng.choice(["05", "51", "54", "do_not_honor"]), c.num(100000, 999999)))
    return "\n".join(out) + "\nwhy are we logging the full pan here??"


TECH = [t_hotel_auth, t_hotel_auth, t_card_ocr, t_form_encoded, t_budget_sheet, t_declined_log, t_declined_log, t_transactions_csv, t_card_in_test, t_mysql_box,
        t_vet_clinic_csv, t_sms_gateway_log, t_crm_json, t_mail_headers, t_signature, t_vcard, t_twilio_verify, t_booking_agent, t_payment_debug,
        t_transactions_csv, t_refund_mail, t_card_in_test, t_mysql_box, t_env, t_env, t_curl, t_curl, t_sdk, t_sdk, t_claude_settings, t_git_remote, t_k8s_secret,
        t_webhook_py, t_aws_creds, t_compose, t_httpx_debug, t_cli_secret, t_telegram, t_order_note, t_signup_log, t_pg_unique, t_ics, t_pyproject,
        t_oncall_yaml, t_delivery_note, t_tel_html, t_whatsapp_link, t_phone_parse_err, t_asterisk, t_mailer_env, t_jupyter, t_toml_config,
        t_school_trip, t_form_post, t_payment_debug, t_order_note]


# ---------------------------------------------------------------------------
# wrappers (shapes from /work/shared/fixtures/logs); each returns (text, times the text is stored)
# ---------------------------------------------------------------------------

def uid(rng):
    h = "".join(rng.choice(HEX) for _ in range(32))
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])


def iso(rng):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))


def jl(o, ascii_=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":"))


def w_cc_user(r, t):
    return jl({"parentUuid": uid(r), "isSidechain": False, "userType": "external", "cwd": "/workspace/app", "sessionId": uid(r), "version": "2.1.80",
               "gitBranch": "main", "type": "user", "message": {"role": "user", "content": t}, "uuid": uid(r), "timestamp": iso(r)}), 1


def w_cc_user_blocks(r, t):
    return jl({"parentUuid": None, "isSidechain": False, "userType": "external", "cwd": "/srv/project", "sessionId": uid(r), "version": "2.0.14",
               "type": "user", "message": {"role": "user", "content": [{"type": "text", "text": t}]}, "uuid": uid(r), "timestamp": iso(r)}), 1


def w_cc_tool_result(r, t):
    tid = "toolu_01" + rs(r, ALNUM, 22)
    return jl({"parentUuid": uid(r), "isSidechain": False, "userType": "external", "cwd": "/workspace/app", "sessionId": uid(r), "version": "2.1.80",
               "type": "user", "message": {"role": "user", "content": [{"tool_use_id": tid, "type": "tool_result", "content": t, "is_error": False}]},
               "uuid": uid(r), "timestamp": iso(r), "toolUseResult": {"stdout": t, "stderr": "", "interrupted": False, "isImage": False}}), 2


def w_codex_user_message(r, t):
    return jl({"timestamp": iso(r), "type": "event_msg", "payload": {"type": "user_message", "message": t, "images": [], "local_images": [], "text_elements": []}}), 1


def w_codex_function_output(r, t):
    return jl({"timestamp": iso(r), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + rs(r, ALNUM, 24),
               "output": {"type": "input_text", "text": t}}}), 1


def w_codex_exec_end(r, t):
    cid = "call_" + rs(r, ALNUM, 24)
    return jl({"timestamp": iso(r), "type": "event_msg", "payload": {"type": "exec_command_end", "call_id": cid, "turn_id": uid(r), "command": ["bash", "-lc", "cat notes.txt"],
               "cwd": "/workspace/app", "stdout": t, "stderr": "", "aggregated_output": t, "exit_code": 0, "duration": {"secs": 0, "nanos": r.randint(10 ** 6, 9 * 10 ** 8)},
               "status": "completed"}}), 2


def w_chatgpt_node(r, t):
    i = uid(r)
    return jl({"id": i, "message": {"id": i, "author": {"role": "user", "name": None, "metadata": {}}, "create_time": round(r.uniform(1.70e9, 1.79e9), 6),
               "update_time": None, "content": {"content_type": "text", "parts": [t]}, "status": "finished_successfully", "end_turn": None, "weight": 1.0,
               "metadata": {"request_id": "%s-%s" % (rs(r, HEX, 16), r.choice(["FRA", "AMS", "IAD", "NRT"])), "message_source": None}, "recipient": "all", "channel": None},
               "parent": uid(r), "children": [uid(r)]}, ascii_=True), 1


def w_chatgpt_exec_output(r, t):
    i = uid(r)
    return jl({"id": i, "message": {"id": i, "author": {"role": "tool", "name": "python", "metadata": {}}, "create_time": round(r.uniform(1.70e9, 1.79e9), 6),
               "content": {"content_type": "execution_output", "text": t}, "status": "finished_successfully", "recipient": "all"}, "parent": uid(r), "children": []}, ascii_=True), 1


def w_claude_ai_message(r, t):
    return json.dumps({"uuid": uid(r), "text": t, "sender": "human", "created_at": iso(r)[:-1] + "000Z", "updated_at": iso(r), "attachments": [], "files": []}, indent=4, ensure_ascii=False), 1


def w_claude_ai_attachment(r, t):
    fn = r.choice(["paste.txt", "output.log", "export.csv", "notes.md", "config.txt"])
    return json.dumps({"uuid": uid(r), "text": r.choice(["see attached", "what's wrong here?", "can you look at this"]), "sender": "human", "created_at": iso(r),
                       "attachments": [{"file_name": fn, "file_size": len(t), "file_type": "text/plain", "extracted_content": t}], "files": []}, indent=4, ensure_ascii=False), 1


def w_anthropic_request(r, t):
    return json.dumps({"model": r.choice(["claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001", "claude-opus-4-1-20250805"]), "max_tokens": 4096,
                       "messages": [{"role": "user", "content": [{"type": "text", "text": t}]}]}, indent=2, ensure_ascii=r.random() < 0.5), 1


def w_anthropic_tool_result(r, t):
    tid = "toolu_01" + rs(r, ALNUM, 22)
    return json.dumps({"model": "claude-sonnet-4-5-20250929", "max_tokens": 8192, "messages": [
        {"role": "user", "content": [{"type": "text", "text": "run the script and tell me what's wrong"}]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "bash", "input": {"command": "python main.py"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": t}]}]}, indent=2), 1


def w_openai_chat_request(r, t):
    return jl({"model": r.choice(["gpt-4o-mini", "gpt-4.1", "gpt-5-mini"]), "messages": [{"role": "system", "content": "You are a helpful assistant."},
               {"role": "user", "content": t}], "temperature": 0.7}), 1


def w_openai_tool_message(r, t):
    cid = "call_" + rs(r, ALNUM, 24)
    return jl({"model": "gpt-4.1", "messages": [{"role": "user", "content": "check the log"}, {"role": "assistant", "content": None, "tool_calls": [
        {"id": cid, "type": "function", "function": {"name": "read_file", "arguments": "{\"path\": \"out.txt\"}"}}]},
        {"role": "tool", "tool_call_id": cid, "content": t}]}), 1


def w_openai_responses_request(r, t):
    return json.dumps({"input": [{"role": "user", "content": t}], "model": r.choice(["gpt-5", "gpt-5.5", "o4-mini"]), "store": False, "stream": False}, indent=2), 1


def w_sharegpt(r, t):
    return json.dumps({"id": "identity_%d" % r.randint(0, 90000), "conversations": [{"from": "human", "value": t},
                       {"from": "gpt", "value": r.choice(["Sure, here is a draft.", "Let me help with that.", "Here's what I would do."])}]}, indent=2, ensure_ascii=False), 1


def w_llm_logs(r, t):
    return json.dumps({"id": rs(r, string.digits + "abcdefghjkmnpqrstvwxyz", 26), "model": r.choice(["gpt-4o-mini", "claude-3.5-haiku", "gemini-2.0-flash"]),
                       "prompt": t, "system": None, "response": r.choice(["Here is a suggestion.", "Sure."]), "conversation_id": rs(r, string.digits + "abcdefghjkmnpqrstvwxyz", 26),
                       "duration_ms": r.randint(300, 9000), "datetime_utc": iso(r)[:-1] + "+00:00", "input_tokens": r.randint(20, 900), "output_tokens": r.randint(5, 900)}, indent=2), 1


def w_otel(r, t):
    msgs = json.dumps([{"role": "user", "parts": [{"type": "text", "content": t}]}], ensure_ascii=False)
    return jl({"name": "chat gpt-4o", "context": {"trace_id": "0x" + rs(r, HEX, 32), "span_id": "0x" + rs(r, HEX, 16)}, "kind": "SpanKind.CLIENT",
               "attributes": {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o", "gen_ai.input.messages": msgs}}), 1


def w_md(r, t):
    return "## User\n\n" + t + "\n\n## Assistant\n\n" + r.choice(["Sure, here's a draft:", "Let's go through it step by step."]), 1


CHAT_WRAPPERS = [w_cc_user, w_cc_user_blocks, w_codex_user_message, w_chatgpt_node, w_claude_ai_message, w_anthropic_request, w_openai_chat_request,
                 w_openai_responses_request, w_sharegpt, w_llm_logs, w_otel, w_md]
TECH_WRAPPERS = [w_cc_tool_result, w_codex_function_output, w_codex_exec_end, w_chatgpt_exec_output, w_claude_ai_attachment, w_anthropic_tool_result,
                 w_openai_tool_message, w_cc_user, w_chatgpt_node, w_codex_user_message]


# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------

def digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice(string.digits) for _ in range(n - 1))


def luhn_bad(r, n):
    while True:
        d = digits(r, n)
        if not luhn_ok(d):
            return d


def n_orders(r):
    f = r.choice([
        ("en", "where is my order {a}? it says shipped 6 days ago"), ("de", "Bestellnummer {a}, die Lieferung ist immer noch nicht da"),
        ("fr", "ma commande n° {a} n'est jamais arrivée"), ("es", "el pedido {a} llegó incompleto, faltan dos piezas"),
        ("pt", "o pedido {a} ainda está em separação, normal?"), ("it", "l'ordine {a} risulta consegnato ma non l'ho ricevuto"),
        ("nl", "bestelling {a} is twee keer verzonden"), ("pl", "zamówienie nr {a} utknęło w sortowni"), ("ja", "注文番号{a}の配送状況を確認したい"),
        ("en", "Invoice INV-2026-{b} is overdue, draft a reminder (amount 1,240.00 EUR)"), ("en", "refund for order #{a} still pending after 10 business days"),
        ("tr", "{a} numaralı sipariş hâlâ gelmedi")])
    a = r.choice(["%s-%s-%s" % (digits(r, 3), digits(r, 7, string.digits), digits(r, 7, string.digits)), luhn_bad(r, 10), luhn_bad(r, 12), luhn_bad(r, 16),
                  "-".join([digits(r, 4, string.digits) for _ in range(4)])])
    return f[0], f[1].format(a=a, b=digits(r, 5))


def n_numbers(r):
    ean = digits(r, 12, "4")
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(ean))
    ean += str((10 - s % 10) % 10)
    opts = [("en", "convert epoch %d%03d ms to local time in Lisbon" % (r.randint(1700000000, 1790000000), r.randint(0, 999))),
            ("en", "our blog had %s page views last quarter and %s unique visitors, is that good?" % ("{:,}".format(r.randint(10 ** 5, 10 ** 8)), "{:,}".format(r.randint(10 ** 4, 10 ** 6)))),
            ("en", "the backup is %d bytes, how many GiB is that" % r.randint(10 ** 10, 10 ** 13)),
            ("de", "Koordinaten %.6f, %.6f — welcher Ort ist das?" % (r.uniform(47, 55), r.uniform(6, 15))),
            ("en", "scanner read EAN %s but the shop system says unknown product" % ean),
            ("fr", "le chiffre d'affaires 2025 est de %s € contre %s € en 2024" % ("{:,}".format(r.randint(10 ** 6, 10 ** 9)).replace(",", " "), "{:,}".format(r.randint(10 ** 6, 10 ** 9)).replace(",", " "))),
            ("en", "Avogadro is 6.02214076e23, how many molecules in %d g of water" % r.randint(2, 900)),
            ("en", "ISBN 978-%d-%d-%d-%d is that the 2nd edition?" % (r.randint(0, 1), r.randint(100, 999), r.randint(10000, 99999), r.randint(0, 9)))]
    return r.choice(opts)


def n_dates(r):
    opts = [("de", "Termin am %02d.%02d.2026 um %d:%02d Uhr, passt das?" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 18), r.choice([0, 15, 30, 45]))),
            ("en", "meeting moved to %d/%d/2026 %d:%02d PM EST" % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 11), r.choice([0, 30]))),
            ("ja", "2026年%d月%d日 %d時%02d分に予約しました" % (r.randint(1, 12), r.randint(1, 28), r.randint(9, 20), r.choice([0, 30]))),
            ("en", "cron `%d %d * * 1-5` runs at the wrong hour after DST" % (r.randint(0, 59), r.randint(0, 23))),
            ("en", "Zoom meeting ID: %s %s %s, passcode in the calendar invite" % (digits(r, 3), digits(r, 4, string.digits), digits(r, 4, string.digits))),
            ("fr", "ouvert du lundi au vendredi 09:00–12:30 et 14:00–18:30, fermé le %d août" % r.randint(1, 31)),
            ("es", "la cita es el %d de marzo de 2026 a las %d:%02d" % (r.randint(1, 31), r.randint(8, 19), r.choice([0, 30]))),
            ("en", "timestamp 2026-%02d-%02dT%02d:%02d:%02d.%06d+00:00 parses as naive, why" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)))]
    return r.choice(opts)


def n_versions(r):
    opts = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36" % (r.randint(120, 142), r.randint(6000, 7500), r.randint(10, 250)),
            "Linux version 6.6.%d.%d-microsoft-standard-WSL2 (root@%s) (gcc (GCC) 11.2.0)" % (r.randint(10, 99), r.randint(1, 9), rs(r, HEX, 12)),
            "Windows 11 Pro 24H2 build 26100.%d, KB50%s failed to install" % (r.randint(1000, 6000), digits(r, 5, string.digits)),
            "npm ERR! peer react@\"^18.2.0\" from react-dom@18.3.1 while resolving next@15.%d.%d" % (r.randint(0, 5), r.randint(0, 9)),
            "firmware v%d.%d.%d-build%s on the router, update to %d.%d?" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), digits(r, 6), r.randint(1, 9), r.randint(0, 20)),
            "Python 3.%d.%d (main, %s) [GCC 13.2.0] on linux" % (r.randint(9, 13), r.randint(0, 12), r.choice(["Feb  4 2026", "Oct  1 2025"]))]
    return "en", r.choice(opts)


def n_hashes(r):
    opts = ["commit %s\nMerge: %s %s\n    fix flaky retry test" % (rs(r, HEX, 40), rs(r, HEX, 7), rs(r, HEX, 7)),
            "sha256sum ubuntu-24.04.%d-live-server-amd64.iso\n%s  ubuntu-24.04.%d-live-server-amd64.iso" % (r.randint(1, 3), rs(r, HEX, 64), r.randint(1, 3)),
            "FROM python:3.12-slim@sha256:%s" % rs(r, HEX, 64),
            "\"integrity\": \"sha512-%s==\"" % rs(r, ALNUM + "+/", 86),
            "requests==2.32.3 --hash=sha256:%s" % rs(r, HEX, 64),
            "git rev-parse HEAD -> %s, but the tag points to %s" % (rs(r, HEX, 40), rs(r, HEX, 40))]
    return "en", r.choice(opts)


def n_llm_ids(r):
    opts = ["{\"id\":\"msg_01%s\",\"type\":\"message\",\"role\":\"assistant\",\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":%d,\"output_tokens\":%d}}" % (rs(r, ALNUM, 22), r.randint(100, 90000), r.randint(10, 4000)),
            "tool_use id=toolu_01%s name=Read input={\"file_path\":\"src/app.ts\"}" % rs(r, ALNUM, 22),
            "request-id: req_011C%s (overloaded_error, retrying in %ds)" % (rs(r, ALNUM, 20), r.randint(1, 30)),
            "{\"id\": \"chatcmpl-%s\", \"object\": \"chat.completion\", \"created\": %d, \"model\": \"gpt-4o-2024-08-06\"}" % (rs(r, ALNUM, 29), r.randint(1700000000, 1790000000)),
            "function call call_%s -> get_weather({\"city\":\"Porto\"})" % rs(r, ALNUM, 24),
            "uploaded file-%s (purpose=assistants, bytes=%d)" % (rs(r, ALNUM, 22), r.randint(1000, 900000)),
            "batch_%s status=completed request_counts={\"total\": %d, \"failed\": 0}" % (rs(r, HEX, 32), r.randint(10, 5000)),
            "resp_%s previous_response_id missing after restart" % rs(r, HEX, 48)]
    return "en", r.choice(opts)


def n_masked(r):
    l4 = digits(r, 4, string.digits)
    opts = [("en", "the receipt says Visa •••• %s, is that my old card?" % l4), ("en", "charged to card ending in %s, amount $%d.%02d" % (l4, r.randint(1, 900), r.randint(0, 99))),
            ("de", "Abbuchung mit Karte **** **** **** %s erkannt" % l4), ("fr", "carte se terminant par %s refusée" % l4),
            ("en", "key shown in dashboard: sk-proj-...%s, created %s" % (rs(r, ALNUM, 4), "Mar 3, 2026")), ("en", "GITHUB_TOKEN=ghp_************************************ (masked in logs)"),
            ("de", "Rückruf an +49 1** *** **%s angefordert" % digits(r, 2, string.digits)), ("en", "phone on file: (***) ***-%s" % l4),
            ("en", "api key: AIza*******************************%s" % rs(r, ALNUM, 4))]
    return r.choice(opts)


def n_placeholders(r):
    opts = ["OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-api-key>\nDATABASE_URL=postgres://user:password@localhost:5432/db",
            "env:\n  GH_TOKEN: ${{ secrets.GH_PAT }}\n  STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}",
            "api_key = os.environ[\"MISTRAL_API_KEY\"]  # never hard-code it",
            "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "admin password: changeme (set on first boot, then rotate)",
            "HF_TOKEN=\nREPLICATE_API_TOKEN=\nGROQ_API_KEY=   # fill these in",
            "apiKey: {{ .Values.openai.apiKey | quote }}",
            "Authorization: Bearer YOUR_TOKEN_HERE",
            "OPENROUTER_API_KEY=op://Private/openrouter/credential",
            "curl -H \"x-api-key: $ANTHROPIC_API_KEY\" https://api.anthropic.com/v1/models"]
    return "en", r.choice(opts) + r.choice(["", "\nwhy is the variable empty in the container?", "\nis this the right format?"])


def n_at(r):
    opts = ["@app.route(\"/health\")\n@login_required\ndef health(): return \"ok\"", "npm i @tanstack/react-query@%d.%d.%d @types/node" % (r.randint(4, 5), r.randint(0, 60), r.randint(0, 9)),
            "@here standup moved to 10:%02d" % r.choice([0, 15, 30]), "@media (max-width: %dpx) { .nav { display: none } }" % r.choice([480, 640, 768]),
            "<button @click=\"toggle\">menu</button>", "docker pull nginx@sha256:%s" % rs(r, HEX, 64),
            "pip install \"mylib @ git+https://github.com/tidewater/mylib@v1.%d.0\"" % r.randint(0, 9), "dev@buildbox:~/src$ make test",
            "@Override\npublic String toString() { return name; }", "font: 14px/1.4 system-ui; @import url(theme.css);"]
    return "en", r.choice(opts)


def n_public(r):
    opts = ["Stripe publishable key for the frontend: pk_live_51%s" % rs(r, ALNUM, 90), "posthog.init('phc_%s', {api_host: 'https://eu.i.posthog.com'})" % rs(r, ALNUM, 43),
            "mapboxgl.accessToken = 'pk.eyJ1Ijoi%s';" % rs(r, ALNUM, 60), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy-key" % rs(r, ALNUM + "+/", 43),
            "age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "GOOGLE_CLIENT_ID=%s-%s.apps.googleusercontent.com" % (digits(r, 12), rs(r, string.ascii_lowercase + string.digits, 32))]
    return "en", r.choice(opts) + r.choice(["", "\nthis one is safe to ship in the bundle, right?"])


def n_company(r):
    opts = [("de", "Amtsgericht München HRB %s, USt-IdNr. DE%s" % (digits(r, 6), digits(r, 9))), ("fr", "SIREN %s %s %s — RCS Lyon" % (digits(r, 3), digits(r, 3, string.digits), digits(r, 3, string.digits))),
            ("en", "Companies House no. %s, VAT GB%s" % (digits(r, 8, "01"), digits(r, 9))), ("en", "EIN %s-%s for the W-9" % (digits(r, 2), digits(r, 7, string.digits))),
            ("en", "IBAN for the supplier: use the BIC DEUTDEFF%s and the reference INV-%s" % (r.choice(["", "500"]), digits(r, 6)))]
    return r.choice(opts)


def n_tracking(r):
    opts = [("en", "UPS tracking 1Z%s%s stuck in Louisville" % (rs(r, string.ascii_uppercase + string.digits, 6), digits(r, 10, string.digits))),
            ("de", "DHL Sendungsnummer JJD%s — Zustellung fehlgeschlagen" % digits(r, 18, string.digits)),
            ("en", "USPS label 9400 %s %s %s %s %s" % tuple(digits(r, 4, string.digits) for _ in range(5))),
            ("fr", "numéro de suivi Colissimo 6A%s" % digits(r, 11, string.digits)), ("en", "FedEx %s delivered to front desk" % luhn_bad(r, 12))]
    return r.choice(opts)


def n_code(r):
    opts = ["def luhn(n: str) -> bool:\n    s = 0\n    for i, ch in enumerate(reversed(n)):\n        d = int(ch) * (2 if i % 2 else 1)\n        s += d - 9 if d > 9 else d\n    return s % 10 == 0",
            "EMAIL_RE = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$\")",
            "const mask = (pan) => pan.slice(0, 6) + '*'.repeat(pan.length - 10) + pan.slice(-4);",
            "SELECT count(*) FROM users WHERE email IS NULL OR phone IS NULL;",
            "rules:\n  - id: generic-api-key\n    regex: '(?i)(api[_-]?key)[\"\\s:=]+[a-z0-9]{32,}'",
            "phone = phonenumbers.parse(raw, \"DE\")\nif not phonenumbers.is_valid_number(phone): raise ValueError(\"bad phone\")"]
    return "en", r.choice(opts) + r.choice(["", "\ncan you add tests?", "\nis there an edge case I'm missing?"])


def n_everyday(r):
    opts = [("en", "what should I cook with leftover rice and 3 eggs"), ("de", "wie lange muss ein 8 kg Truthahn in den Ofen?"), ("fr", "résume-moi ce chapitre en 5 points"),
            ("es", "¿cuántos km hay entre Sevilla y Granada?"), ("pt", "me ajuda a montar um treino de 3 dias"), ("it", "traduci questa frase in inglese: ci vediamo alle 8"),
            ("ja", "明日の東京の天気は？"), ("zh", "帮我写一首关于秋天的短诗"), ("ru", "как поменять масло в велосипедной вилке"), ("ko", "김치찌개 레시피 알려줘"),
            ("nl", "hoeveel liter water moet ik per dag drinken"), ("pl", "jak usunąć kamień z czajnika"), ("tr", "yarın için 3 maddelik yapılacaklar listesi yap"),
            ("ar", "اقترح اسم لمتجر قهوة"), ("hi", "ek accha birthday message likho dost ke liye"), ("en", "explain kubernetes like im 12"),
            ("sv", "vad är skillnaden mellan ränta och amortering"), ("id", "resep nasi goreng yang enak gimana")]
    return r.choice(opts)


def n_agent_meta(r):
    opts = ["Total cost: $%d.%04d | input %s tokens | output %s tokens | cache read %s" % (r.randint(0, 9), r.randint(0, 9999), "{:,}".format(r.randint(1000, 900000)), "{:,}".format(r.randint(100, 90000)), "{:,}".format(r.randint(1000, 900000))),
            "Context left until auto-compact: %d%%" % r.randint(1, 40), "⏺ Update(src/billing/invoice.ts)\n  ⎿  Updated src/billing/invoice.ts with %d additions and %d removals" % (r.randint(1, 90), r.randint(0, 40)),
            "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\"iVBORw0KGgo%s\"}}" % rs(r, ALNUM + "+/", 120),
            "tokens: prompt=%d completion=%d total=%d, latency %d ms" % (r.randint(10, 9000), r.randint(10, 9000), r.randint(10, 18000), r.randint(100, 30000))]
    return "en", r.choice(opts)


def n_trace(r):
    opts = ["traceparent: 00-%s-%s-01" % (rs(r, HEX, 32), rs(r, HEX, 16)), "x-request-id: %s" % uid(r),
            "pod/worker-%s-%s CrashLoopBackOff (restarts: %d)" % (rs(r, string.ascii_lowercase + string.digits, 10), rs(r, string.ascii_lowercase + string.digits, 5), r.randint(1, 40)),
            "cf-ray: %s-%s" % (rs(r, HEX, 16), r.choice(["FRA", "CDG", "LHR", "SJC"]))]
    return "en", r.choice(opts) + r.choice(["", "\nhow do I find this in the logs?"])


NEG_GENS = [(n_orders, 40), (n_numbers, 30), (n_dates, 24), (n_versions, 20), (n_hashes, 24), (n_llm_ids, 30), (n_masked, 28), (n_placeholders, 30),
            (n_at, 24), (n_public, 20), (n_company, 12), (n_tracking, 16), (n_code, 20), (n_everyday, 30), (n_agent_meta, 12), (n_trace, 10)]

POLICY = [("en", "use 4242 4242 4242 4242 with any future date to test the checkout"), ("en", "Stripe test card 4111111111111111 gets declined in live mode, expected?"),
          ("en", "the AWS docs use AKIAIOSFODNN7EXAMPLE as the access key id in every snippet"), ("en", "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # from the docs"),
          ("en", "send the test mail to jane.doe@example.com and check mailpit"), ("en", "placeholder contact: info@example.org, replace before launch"),
          ("en", "in the TV script the number on screen is 555-0148"), ("en", "for the UK demo use 07700 900123 (Ofcom drama range)"),
          ("en", "AU fictional number for the ad: 0491 570 006"), ("en", "router is at 192.168.1.1 and the NAS at 10.0.0.12"),
          ("en", "Co-Authored-By: Claude <noreply@anthropic.com>"), ("en", "git remote add origin git@github.com:lumen-ops/infra.git"),
          ("en", "redis on 127.0.0.1:6379 refuses connections"), ("en", "test user: user@example.net / password123 on the staging seed"),
          ("en", "call (555) 010-4477 in the sample dataset")]


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
RUN_RE = re.compile(r"\d(?:[ \-]?\d)+")
RESERVED = re.compile(r"@(?:[a-z0-9.-]+\.)?(?:example\.(?:com|org|net)|test|invalid|localhost|example)$")


def intervals(text, spans):
    iv = []
    for v in dict.fromkeys(s["value"] for s in spans):
        i = text.find(v)
        while i >= 0:
            iv.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return iv


def luhn_windows(text):
    out = []
    for m in RUN_RE.finditer(text):
        run, base = m.group(0), m.start()
        groups, pos = [], 0
        for g in re.split(r"[ \-]", run):
            groups.append((base + pos, g)); pos += len(g) + 1
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j][1]
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and luhn_ok(acc):
                    out.append((groups[i][0], groups[j][0] + len(groups[j][1])))
    return out


def line_problems(text, spans):
    probs = []
    iv = intervals(text, spans)
    cover = lambda a, b: any(a < y and x < b for x, y in iv)
    for m in EMAIL_RE.finditer(text):
        if not cover(m.start(), m.end()):
            probs.append("unlabelled e-mail " + m.group(0)[:40])
    for a, b in luhn_windows(text):
        if not cover(a, b):
            probs.append("unlabelled luhn run")
    vals = [s["value"] for s in spans]
    for v in dict.fromkeys(vals):
        if text.count(v) != vals.count(v):
            probs.append("count mismatch")
        for w in dict.fromkeys(vals):
            if w != v and v in w:
                probs.append("nested value")
    return probs


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def wrap(rng, text, spans, wrappers):
    w = rng.choice(wrappers)
    out, times = w(rng, text)
    return out, spans * times if times > 1 else list(spans), w.__name__[2:]


def chat_line(rng, kind):
    while True:
        lang = rng.choices(list(CHAT_LANG_W), weights=list(CHAT_LANG_W.values()))[0]
        if kind in CHAT.get(lang, {}):
            break
    c = Ctx(rng, lang, False)
    text = fill_chat(c, rng.choice(CHAT[lang][kind]))
    genre = "chat_" + kind
    if rng.random() < 0.12:
        others = [k for k in CHAT[lang] if k != kind]
        if others:
            k2 = rng.choice(others)
            text += rng.choice(["\n\n", "\n\nalso ", "\n\n"]) + fill_chat(c, rng.choice(CHAT[lang][k2]))
            genre += "+" + k2
    return text, c.spans, genre, lang, c.known


def tech_line(rng, tpl):
    lang = rng.choices(list(CHAT_LANG_W), weights=list(CHAT_LANG_W.values()))[0]
    c = Ctx(rng, lang, True)
    c.out_lang = "en"
    text = tpl(c)
    return text, c.spans, tpl.__name__[2:], c.out_lang, []


def build():
    rng = random.Random(SEED)
    lines = []
    kinds = ["phone", "email", "card", "api_key"]
    for i in range(N_CHAT):
        kind = kinds[i % 4]
        while True:
            text, spans, genre, lang, known = chat_line(rng, kind)
            wrapped = rng.random() < 0.33
            g = genre
            if wrapped:
                text, spans, wn = wrap(rng, text, spans, CHAT_WRAPPERS)
                g += "@" + wn
            if not line_problems(text, spans):
                break
        lines.append({"text": text, "spans": spans, "genre": g, "lang": lang, "known": {"names": [], "emails": known, "ids": []}})
    order = []
    while len(order) < N_TECH:
        t = list(TECH)
        rng.shuffle(t)
        order.extend(t)
    for tpl in order[:N_TECH]:
        while True:
            text, spans, genre, lang, known = tech_line(rng, tpl)
            g = genre
            if rng.random() < 0.38:
                text, spans, wn = wrap(rng, text, spans, TECH_WRAPPERS)
                g += "@" + wn
            if not line_problems(text, spans):
                break
        lines.append({"text": text, "spans": spans, "genre": g, "lang": lang, "known": {"names": [], "emails": [], "ids": []}})
    negs = []
    for gen, n in NEG_GENS:
        for _ in range(n):
            while True:
                lang, text = gen(rng)
                g = gen.__name__
                if rng.random() < 0.15:
                    g2 = rng.choice(NEG_GENS)[0]
                    l2, t2 = g2(rng)
                    text += "\n\n" + t2
                    g += "+" + g2.__name__[2:]
                if rng.random() < 0.3:
                    text, _, wn = wrap(rng, text, [], CHAT_WRAPPERS + TECH_WRAPPERS)
                    g += "@" + wn
                if not line_problems(text, []):
                    break
            negs.append({"text": text, "spans": [], "genre": g, "lang": lang, "known": {"names": [], "emails": [], "ids": []}})
    for i in range(N_POLICY):
        lang, text = POLICY[i % len(POLICY)]
        g = "n_policy"
        if i >= len(POLICY):
            text, _, wn = wrap(rng, text, [], CHAT_WRAPPERS)
            g += "@" + wn
        negs.append({"text": text, "spans": [], "genre": g, "lang": lang, "known": {"names": [], "emails": [], "ids": []}})
    allx = lines + negs
    rng.shuffle(allx)
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in allx)


# ---------------------------------------------------------------------------
# validation, stats
# ---------------------------------------------------------------------------

def key_prefix(prov):
    a, b = KEYS[prov][2](random.Random(1)), KEYS[prov][2](random.Random(2))
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def validate(objs):
    probs, counts = [], {}
    try:
        import phonenumbers as pn
    except ImportError:
        pn = None
    try:
        from stdnum import luhn as sluhn
    except ImportError:
        sluhn = None
    bump = lambda k: counts.__setitem__(k, counts.get(k, 0) + 1)
    prefixes = {p: key_prefix(p) for p in KEY_NAMES}
    for o in objs:
        t, spans = o["text"], o["spans"]
        if o["genre"].startswith("n_policy"):
            continue
        for p in line_problems(t, spans):
            probs.append((p, o["genre"]))
        for s in spans:
            v, sh, k = s["value"], s["shape"], s["kind"]
            if any(ch in v for ch in '"\\\n'):
                probs.append(("value needs escaping", sh))
            if k == "card":
                d = re.sub(r"\D", "", v)
                net, n = sh.split("_")[0], int(sh.split("_")[1])
                ok = luhn_ok(d) and len(d) == n and d not in TEST_CARDS
                ok = ok and net_prefix_ok(net, d)
                if not ok: probs.append(("bad card", sh))
                bump("luhn")
                if sluhn:
                    if not sluhn.is_valid(d): probs.append(("stdnum luhn", sh))
                    bump("stdnum_luhn")
            elif k == "email":
                if not EMAIL_RE.fullmatch(v) or RESERVED.search(v.lower()): probs.append(("bad email", v))
                bump("email_domain")
            elif k == "api_key":
                prov = sh.replace("_label", "")
                if not v.startswith(prefixes[prov]): probs.append(("key prefix", sh))
                if prov in ("github_ghp", "github_gho", "npm"):
                    body = v[4:-6]
                    if b62_crc(body) != v[-6:]: probs.append(("crc", sh))
                    bump("crc32")
                bump("key_format")
            elif k == "phone":
                region, fam = sh.split("_")
                if pn:
                    try:
                        if fam in ("nat", "digits"): n = pn.parse(v, region)
                        elif fam == "00": n = pn.parse(v, DIAL_FROM.get(region, "DE"))
                        elif fam == "cc": n = pn.parse("+" + v, None)
                        else: n = pn.parse(v, None)
                        ok = pn.is_valid_number(n) and pn.region_code_for_number(n) == region
                    except Exception:
                        ok = False
                    if not ok: probs.append(("bad phone", v, sh))
                    bump("phone_valid_region")
    return probs, counts, pn is not None, sluhn is not None


NET_PREFIXES = {
    "visa": ["4"], "mastercard": ["51", "52", "53", "54", "55"], "amex": ["34", "37"], "discover": ["6011", "644", "645", "646", "647", "648", "649", "65"],
    "diners": ["36", "300", "301", "302", "303", "304", "305", "38"], "unionpay": ["62"], "maestro": ["6759", "6761", "6763", "5018", "5020", "5038", "5893", "6304"],
    "mir": ["2200", "2201", "2202", "2203", "2204"], "rupay": ["6521", "6522", "508", "60"], "troy": ["9792"], "hipercard": ["606282"], "dankort": ["5019"],
    "elo": ["636368", "504175", "438935", "451416", "636297", "506699", "650031", "509091"], "verve": ["5060", "5061", "6500"], "bccard": ["9409", "9490"]}


def net_prefix_ok(net, d):
    if net == "mastercard2":
        return 2221 <= int(d[:4]) <= 2720
    if net == "jcb":
        return 3528 <= int(d[:4]) <= 3589
    return any(d.startswith(p) for p in NET_PREFIXES[net])


def stats(objs):
    from collections import Counter
    pos = [o for o in objs if o["spans"]]
    neg = [o for o in objs if not o["spans"]]
    kinds, chat, tech, wrapped, shapes = Counter(), Counter(), Counter(), Counter(), {}
    langs, wr, neg_g = Counter(), Counter(), Counter()
    for o in objs:
        if "@" in o["genre"]:
            wr[o["genre"].split("@")[1]] += 1
    for o in pos:
        langs[o["lang"]] += 1
        for s in o["spans"]:
            kinds[s["kind"]] += 1
            (chat if o["genre"].startswith("chat_") else tech)[s["kind"]] += 1
            if "@" in o["genre"]: wrapped[s["kind"]] += 1
            shapes.setdefault(s["kind"], Counter())[s["shape"]] += 1
    for o in neg:
        neg_g[o["genre"].split("@")[0].split("+")[0]] += 1
    out = []
    out.append("%d lines: %d with spans (%d spans), %d hard negatives; %d wrapped; %d languages in positive lines"
               % (len(objs), len(pos), sum(kinds.values()), len(neg), sum(wr.values()), len(langs)))
    out.append("chat positive lines %d, technical positive lines %d" % (sum(1 for o in pos if o["genre"].startswith("chat_")), sum(1 for o in pos if not o["genre"].startswith("chat_"))))
    for k in sorted(kinds):
        out.append("%-8s %4d spans (chat %d, technical %d, wrapped %d)" % (k, kinds[k], chat[k], tech[k], wrapped[k]))
    out.append("languages (positive lines): " + ", ".join("%s %d" % kv for kv in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))
    out.append("languages (negatives): " + ", ".join("%s %d" % kv for kv in sorted(Counter(o["lang"] for o in neg).items(), key=lambda kv: (-kv[1], kv[0]))))
    out.append("wrappers: " + ", ".join("%s %d" % kv for kv in sorted(wr.items(), key=lambda kv: (-kv[1], kv[0]))))
    out.append("negatives: " + ", ".join("%s %d" % kv for kv in sorted(neg_g.items(), key=lambda kv: (-kv[1], kv[0]))))
    out.append("technical templates: " + ", ".join("%s %d" % kv for kv in sorted(Counter(o["genre"].split("@")[0] for o in pos if not o["genre"].startswith("chat_")).items(), key=lambda kv: (-kv[1], kv[0]))))
    for k in sorted(shapes):
        c = shapes[k]
        if k == "phone":
            reg, fam = Counter(), Counter()
            for s, n in c.items():
                reg[s.split("_")[0]] += n; fam[s.split("_")[1]] += n
            out.append("phone regions (%d): " % len(reg) + ", ".join("%s %d" % kv for kv in sorted(reg.items(), key=lambda kv: (-kv[1], kv[0]))))
            out.append("phone families: " + ", ".join("%s %d" % kv for kv in sorted(fam.items(), key=lambda kv: (-kv[1], kv[0]))))
        elif k == "card":
            net, sep = Counter(), Counter()
            for s, n in c.items():
                p = s.split("_"); net[p[0] + ("/19" if p[1] == "19" else "")] += n; sep[p[2]] += n
            out.append("card networks: " + ", ".join("%s %d" % kv for kv in sorted(net.items(), key=lambda kv: (-kv[1], kv[0]))))
            out.append("card separators: " + ", ".join("%s %d" % kv for kv in sorted(sep.items(), key=lambda kv: (-kv[1], kv[0]))))
        else:
            out.append("%s shapes (%d): " % (k, len(c)) + ", ".join("%s %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    out.append("known.emails used in %d lines" % sum(1 for o in objs if o["known"]["emails"]))
    return "\n".join(out)


def main():
    data = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        same = old == data
        print("holdout9.jsonl is identical to a fresh generation" if same else "holdout9.jsonl DIFFERS from a fresh generation")
        objs = [json.loads(l) for l in old.splitlines()]
        probs, counts, have_pn, have_sn = validate(objs)
        print(stats(objs).split("\n")[0])
        print("validated: " + ", ".join("%s %d" % kv for kv in sorted(counts.items())))
        if not have_pn: print("phonenumbers not importable: phone validation skipped")
        if not have_sn: print("python-stdnum not importable: stdnum Luhn skipped")
        if have_pn:
            import phonenumbers as pn
            flagged = {}
            for o in objs:
                if o["spans"]:
                    continue
                for reg in ["US", "GB", "DE", "FR", "IN", "BR", "JP"]:
                    for _m in pn.PhoneNumberMatcher(o["text"], reg, leniency=pn.Leniency.VALID):
                        flagged[reg] = flagged.get(reg, 0) + 1
            print("negatives flagged by libphonenumber VALID matcher (informational): " + (", ".join("%s %d" % (k, flagged[k]) for k in sorted(flagged)) or "none"))
        for p in probs[:40]:
            print("PROBLEM", p)
        print("%d problems" % (len(probs) + (0 if same else 1)))
        sys.exit(1 if probs or not same else 0)
    objs = [json.loads(l) for l in data.splitlines()]
    if "--stats" in sys.argv:
        print(stats(objs))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %s (%d lines)" % (OUT, len(objs)))


if __name__ == "__main__":
    main()
