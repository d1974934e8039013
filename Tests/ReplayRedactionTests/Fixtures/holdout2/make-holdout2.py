#!/usr/bin/env python3
"""Builds holdout2.jsonl, the SECOND held-out set for ReplayRedaction (see README.md beside it).

Written without looking at the detectors, the scanner or any other fixture: every template, value shape
and hard negative here was made up from what people paste into assistants and agents. Deterministic
(fixed seed, stdlib only): `python3 make-holdout2.py` rewrites holdout2.jsonl byte for byte.

Each output line: {"text", "spans": [{"kind", "value", "shape"}], "genre", "lang", "known"?}; a span's value
occurs in the text exactly as many times as the template put it there (checked while building).
"""
import base64
import hashlib
import json
import random
import re
import string
import sys
import zlib
from pathlib import Path
from urllib.parse import quote

SEED = 0x40_1D_2
R = random.Random(SEED)

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AL = string.ascii_letters + DIG
B64 = AL + "+/"
B64U = AL + "-_"
HEXL = "0123456789abcdef"
B32 = UP + "234567"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def d(n):
    return rs(DIG, n)


def nz(n):
    return R.choice("123456789") + d(n - 1)


class S:
    """A labelled value to put in a template slot."""

    __slots__ = ("kind", "value", "shape")

    def __init__(self, kind, value, shape):
        self.kind, self.value, self.shape = kind, value, shape

    def map(self, fn, shape_suffix=""):
        return S(self.kind, fn(self.value), self.shape + shape_suffix)


class Retry(Exception):
    pass


SLOT = re.compile("⟪(\\w+)⟫")


def line(fmt, genre, lang="en", known=None, **slots):
    """Fills ⟪slot⟫s; S values become spans. Raises Retry when a value would be ambiguous in the text."""
    used = []

    def sub(m):
        v = slots[m.group(1)]
        if isinstance(v, S):
            used.append(v)
            return v.value
        return str(v)

    text = SLOT.sub(sub, fmt)
    spans, seen = [], {}
    for s in used:
        key = (s.kind, s.value)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 1:
            spans.append(s)
    for s in spans:
        if text.count(s.value) != seen[(s.kind, s.value)]:
            raise Retry
    for a in spans:
        for b in spans:
            if a is not b and a.value in b.value:
                raise Retry
    rec = {"text": text, "spans": [{"kind": s.kind, "value": s.value, "shape": s.shape} for s in spans],
           "genre": genre, "lang": lang}
    if known:
        rec["known"] = known
    return rec


def json_escaped(rec, genre_suffix="+json"):
    """The record as it reads inside a JSON string literal (escaped quotes, \\n, doubled backslashes)."""
    esc = lambda s: json.dumps(s, ensure_ascii=False)[1:-1]
    out = dict(rec)
    out["text"] = esc(rec["text"])
    out["spans"] = [dict(s, value=esc(s["value"]), shape=s["shape"] + ("+jsonesc" if esc(s["value"]) != s["value"] else ""))
                    for s in rec["spans"]]
    out["genre"] = rec["genre"] + genre_suffix
    for s in out["spans"]:
        if out["text"].count(s["value"]) < 1:
            raise Retry
    return out


# ---------------------------------------------------------------------------------------------------------
# People (third parties are never labelled: only the exporter's own names are a kind)

FIRST = ["anna", "lukas", "marie", "jonas", "sophie", "kenji", "yuki", "wei", "fatima", "omar", "lucia", "mateo",
         "giulia", "marco", "sanne", "daan", "joao", "beatriz", "katarzyna", "piotr", "emma", "noah", "olivia",
         "liam", "chloe", "hugo", "ines", "pablo", "elena", "tomasz", "agnieszka", "hiroshi", "mei", "ahmed",
         "layla", "ravi", "priya", "sven", "astrid", "felix", "clara", "bruno", "renata", "dmitri", "aiko",
         "camille", "theo", "nadia", "youssef", "maja", "henrik", "ingrid", "diego", "valentina", "lorenzo",
         "chiara", "bram", "fleur", "rafael", "larissa", "kacper", "zofia", "haruto", "xin", "karim", "salma"]
LAST = ["schmidt", "mueller", "dubois", "lefevre", "garcia", "martinez", "rossi", "bianchi", "jansen", "devries",
        "silva", "santos", "kowalski", "nowak", "tanaka", "suzuki", "wang", "zhang", "haddad", "alfarsi",
        "oconnor", "brown", "nguyen", "patel", "sharma", "lindqvist", "andersen", "moreau", "ferreira",
        "becker", "hoffmann", "girard", "fontaine", "romero", "navarro", "esposito", "ricci", "bakker",
        "visser", "oliveira", "costa", "wisniewski", "zielinska", "yamamoto", "kobayashi", "chen", "liu",
        "mansour", "khalil", "okafor", "murphy", "kaur", "johansson", "nielsen", "petit", "lambert"]
DOM_FREE = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.fr", "web.de", "gmx.net", "t-online.de",
            "orange.fr", "libero.it", "virgilio.it", "ziggo.nl", "kpnmail.nl", "uol.com.br", "sapo.pt", "wp.pl",
            "onet.pl", "o2.pl", "yahoo.co.jp", "docomo.ne.jp", "qq.com", "163.com", "icloud.com", "proton.me",
            "fastmail.com", "seznam.cz", "bluewin.ch", "hotmail.es", "live.nl", "bol.com.br", "mail.ru",
            "yandex.com", "outlook.de", "gmx.at", "free.fr", "telenet.be", "naver.com", "rediffmail.com"]
DOM_CORP = ["northwind-logistics.de", "acmecorp.io", "brightpath.co.uk", "kestrel-analytics.com", "lumen-health.fr",
            "finmarkt.nl", "tiberio-costruzioni.it", "solar-iberica.es", "vistaverde.com.br", "krakowsoft.pl",
            "sakura-trading.co.jp", "dragonbay.cn", "gulfline.ae", "helix-bio.ch", "nordlys.no",
            "uni-heidelberg.de", "tudelft.nl", "ucl.ac.uk", "polimi.it", "usp.br", "hawthorne-legal.com",
            "fjordcloud.se", "pampas-agro.com.ar", "maple-dental.ca", "koala-freight.com.au", "riverstone.dev",
            "quokka.tech", "orbitpay.eu", "atelier-lune.fr", "gruppo-vela.it", "datastrom.at"]


def person():
    return pick(FIRST), pick(LAST)


def cap(s):
    return s[:1].upper() + s[1:]


def fullname():
    f, l = person()
    return f"{cap(f)} {cap(l)}"


# ---------------------------------------------------------------------------------------------------------
# E-mail

def email(shape=None, first=None, last=None):
    f, l = person()
    f, l = first or f, last or l
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}{R.randint(1, 99)}",
                  f"{f}-{l}", f"{f[0]}.{l}", f"{l}{f[0]}", f"{f}{R.randint(70, 99)}", f"{f}.{l[0]}"])
    dom = pick(DOM_FREE + DOM_CORP)
    shape = shape or pick(["plain"] * 6 + ["plus", "plus", "sub", "sub", "upper", "mixed", "digits"])
    if shape == "plus":
        local += "+" + pick(["newsletter", "amazon", "jira", "work", "2024", "shop", "github", "invoices", "test",
                             "bank", "spam", "kita", "steuer"])
    elif shape == "sub":
        dom = pick(["mail", "eu", "students", "staff", "lists", "de", "research", "cs", "corp", "fr"]) + "." + pick(DOM_CORP)
    elif shape == "digits":
        local = f"{f}{l[:3]}{R.randint(1950, 2012)}"
    v = f"{local}@{dom}"
    if shape == "upper":
        v = v.upper()
    elif shape == "mixed":
        v = f"{cap(local)}@{cap(dom)}" if "." not in local else ".".join(cap(p) for p in local.split(".")) + "@" + dom
    return S("email", v, shape)


def pct(s):
    """URL-encoded the way a query string carries it (@ -> %40, + -> %2B, space -> %20)."""
    return quote(s, safe="")


# ---------------------------------------------------------------------------------------------------------
# Phones: national and international forms for 20+ countries

US_AREAS = ("201 202 203 205 206 207 208 210 212 213 214 215 216 217 218 219 224 225 228 229 231 234 239 240 248 251 252 253 254 "
            "256 260 262 267 269 270 281 301 302 303 304 305 307 309 310 312 313 314 315 316 317 318 319 320 321 323 330 331 334 "
            "336 337 339 347 351 352 360 361 385 386 401 402 404 405 406 407 408 409 410 412 413 414 415 417 419 423 424 425 430 "
            "432 434 435 440 443 469 470 475 478 479 480 484 501 502 503 504 505 507 508 509 510 512 513 515 516 517 518 520 530 "
            "540 541 551 559 561 562 563 567 570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612 614 615 616 "
            "617 618 619 620 623 626 628 630 631 636 641 646 650 651 657 660 661 662 678 682 701 702 703 704 706 707 708 712 713 "
            "714 715 716 717 718 719 720 724 727 731 732 734 737 740 754 757 760 763 765 770 772 773 774 775 781 785 786 801 802 "
            "803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 848 850 856 857 858 859 860 862 863 "
            "864 865 870 901 903 904 906 907 908 909 910 912 913 914 915 916 917 918 919 920 925 928 929 931 936 937 940 941 947 "
            "949 951 952 954 956 970 971 972 973 978 979 980 984 985 989").split()


def _us():
    area = pick(US_AREAS)
    ex = R.choice("23456789") + d(2)
    while ex == "555" or ex[1:] == "11":
        ex = R.choice("23456789") + d(2)
    s = d(4)
    nat = [f"({area}) {ex}-{s}", f"{area}-{ex}-{s}", f"{area}.{ex}.{s}", f"1-{area}-{ex}-{s}"]
    intl = [f"+1 {area} {ex} {s}", f"+1-{area}-{ex}-{s}", f"+1 ({area}) {ex}-{s}", f"+1.{area}.{ex}.{s}"]
    return "1", area + ex + s, nat, intl


def _uk():
    if chance(0.55):
        m = "7" + R.choice("4589") + d(2)
        s = d(6)
        nat = [f"0{m} {s}", f"0{m} {s[:3]} {s[3:]}", f"0{m}{s}"]
        intl = [f"+44 {m} {s}", f"+44 (0){m} {s}", f"+44 {m} {s[:3]} {s[3:]}", f"0044 {m} {s}"]
        return "44", m + s, nat, intl
    area, rest = pick([("20", "3" + d(3) + d(4)), ("20", "7" + R.choice("123578") + d(2) + d(4)),
                       ("161", R.choice("2378") + d(6)), ("131", R.choice("2345") + d(6)),
                       ("117", R.choice("239") + d(6)), ("113", R.choice("2345") + d(6))])
    if area == "20":
        nat = [f"020 {rest[:4]} {rest[4:]}", f"(020) {rest[:4]} {rest[4:]}"]
        intl = [f"+44 20 {rest[:4]} {rest[4:]}", f"+44 (0)20 {rest[:4]} {rest[4:]}"]
    else:
        nat = [f"0{area} {rest[:3]} {rest[3:]}", f"(0{area}) {rest}"]
        intl = [f"+44 {area} {rest[:3]} {rest[3:]}", f"+44 (0){area} {rest}"]
    return "44", area + rest, nat, intl


def _de():
    if chance(0.5):
        pre = pick(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "179"])
        s = d(8) if pre.startswith("15") else d(pick([7, 8]))
        nat = [f"0{pre} {s}", f"0{pre}/{s}", f"0{pre}-{s}", f"(0{pre}) {s[:3]} {s[3:]}"]
        intl = [f"+49 {pre} {s}", f"+49 (0){pre} {s}", f"+49{pre}{s}", f"0049 {pre} {s}"]
        return "49", pre + s, nat, intl
    area = pick(["30", "40", "89", "69", "221", "211", "711", "351", "341", "511", "621", "6221", "761", "911"])
    s = nz(8 - len(area) + pick([0, 1]))
    nat = [f"0{area} {s}", f"(0{area}) {s}", f"0{area}/{s}", f"0{area} {s[:-2]}-{s[-2:]}"]
    intl = [f"+49 {area} {s}", f"+49 (0){area} {s}", f"+49-{area}-{s}", f"+49 {area} {s[:-2]}-{s[-2:]}"]
    return "49", area + s, nat, intl


def _fr():
    f = R.choice("1234567")
    p = [str(R.randint(30, 89) if f == "7" else R.randint(40, 89) if f == "6" else R.randint(10, 59))] + [d(2) for _ in range(3)]
    nat = [f"0{f} {' '.join(p)}", f"0{f}.{'.'.join(p)}", f"0{f}{''.join(p)}", f"0{f}-{'-'.join(p)}"]
    intl = [f"+33 {f} {' '.join(p)}", f"+33 (0){f} {' '.join(p)}", f"+33{f}{''.join(p)}", f"0033 {f} {' '.join(p)}"]
    return "33", f + "".join(p), nat, intl


def _es():
    if chance(0.6):
        n = pick(["6" + d(8), "7" + R.choice("1234") + d(7)])
        nat = [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:5]}-{n[5:7]}-{n[7:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"]
        intl = [f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34 {n}", f"0034 {n[:3]} {n[3:6]} {n[6:]}"]
    else:
        n = pick(["91", "93", "95", "96", "94", "98"]) + R.choice("2345678") + d(6)
        nat = [f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"{n[:3]} {n[3:6]} {n[6:]}"]
        intl = [f"+34 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}"]
    return "34", n, nat, intl


def _it():
    if chance(0.6):
        n = "3" + R.choice("2345689") + d(1) + d(7)
        nat = [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", f"{n[:3]}/{n[3:]}"]
        intl = [f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:]}", f"0039 {n}"]
    else:
        a = pick(["02", "06", "011", "055", "081", "051"])
        n = a + d(10 - len(a))
        nat = [f"{a} {n[len(a):len(a) + 4]} {n[len(a) + 4:]}", f"{a}/{n[len(a):]}", f"{a}-{n[len(a):]}"]
        intl = [f"+39 {a} {n[len(a):len(a) + 4]} {n[len(a) + 4:]}", f"+39 {n}"]
    return "39", n, nat, intl


def _nl():
    if chance(0.6):
        s = R.choice("12345") + d(7)
        nat = [f"06-{s}", f"06 {s[:4]} {s[4:]}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"06{s}"]
        intl = [f"+31 6 {s}", f"+31 (0)6 {s[:4]} {s[4:]}", f"+316{s}", f"0031 6 {s}"]
        return "31", "6" + s, nat, intl
    a = pick(["20", "10", "30", "70", "40", "50"])
    s = R.choice("2345678") + d(6)
    nat = [f"0{a}-{s}", f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s}"]
    intl = [f"+31 {a} {s[:3]} {s[3:]}", f"+31 (0){a} {s}"]
    return "31", a + s, nat, intl


def _pl():
    if chance(0.6):
        n = pick(["45", "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + d(7)
        nat = [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n]
        intl = [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48{n}", f"(+48) {n[:3]} {n[3:6]} {n[6:]}", f"0048 {n}"]
    else:
        n = pick(["22", "12", "61", "71", "58"]) + R.choice("2345678") + d(6)
        nat = [f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"({n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}"]
        intl = [f"+48 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"]
    return "48", n, nat, intl


def _br():
    ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "19", "47"])
    if chance(0.65):
        s = "9" + R.choice("6789") + d(7)
        nat = [f"({ddd}) {s[:5]}-{s[5:]}", f"{ddd} {s[:5]}-{s[5:]}", f"({ddd}) {s[0]} {s[1:5]}-{s[5:]}"]
        intl = [f"+55 {ddd} {s[:5]}-{s[5:]}", f"+55 ({ddd}) {s[:5]}-{s[5:]}", f"+55{ddd}{s}"]
    else:
        s = R.choice("2345") + d(7)
        nat = [f"({ddd}) {s[:4]}-{s[4:]}", f"{ddd} {s[:4]}-{s[4:]}"]
        intl = [f"+55 {ddd} {s[:4]}-{s[4:]}", f"+55 ({ddd}) {s[:4]}-{s[4:]}"]
    return "55", ddd + s, nat, intl


def _pt():
    n = pick(["91", "92", "93", "96", "21", "22"]) + d(7)
    nat = [f"{n[:3]} {n[3:6]} {n[6:]}", n]
    intl = [f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"+351 {n}", f"00351 {n}"]
    return "351", n, nat, intl


def _jp():
    if chance(0.6):
        p = pick(["90", "80", "70"])
        a, b = R.choice("123456789") + d(3), d(4)
        nat = [f"0{p}-{a}-{b}", f"0{p} {a} {b}", f"0{p}{a}{b}", f"（0{p}）{a}-{b}"]
        intl = [f"+81 {p}-{a}-{b}", f"+81 {p} {a} {b}", f"+81-{p}-{a}-{b}"]
        return "81", p + a + b, nat, intl
    a = pick(["3", "6", "52", "92", "45", "75"])
    rest = R.choice("2345678") + (d(8 - len(a)) if len(a) == 2 else d(7))
    mid, end = rest[:-4], rest[-4:]
    nat = [f"0{a}-{mid}-{end}", f"0{a}({mid}){end}", f"0{a} {mid} {end}"]
    intl = [f"+81 {a}-{mid}-{end}", f"+81 {a} {mid} {end}"]
    return "81", a + mid + end, nat, intl


def _cn():
    if chance(0.7):
        n = pick(["13" + d(1), "15" + R.choice("0125789"), "18" + d(1), "17" + R.choice("3678"), "19" + R.choice("89"), "166"]) + d(8)
        nat = [n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}"]
        intl = [f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86-{n}", f"+86 {n}", f"0086 {n}"]
        return "86", n, nat, intl
    a = pick(["10", "21", "20", "755", "571", "28"])
    s = R.choice("2345678") + d(7)
    nat = [f"0{a}-{s}", f"(0{a}) {s}", f"0{a} {s[:4]} {s[4:]}"]
    intl = [f"+86 {a} {s[:4]} {s[4:]}", f"+86-{a}-{s}"]
    return "86", a + s, nat, intl


def _in():
    n = R.choice("6789") + d(9)
    nat = [f"{n[:5]} {n[5:]}", f"0{n[:5]} {n[5:]}", f"0{n}"]
    intl = [f"+91 {n[:5]} {n[5:]}", f"+91-{n}", f"+91 {n[:2]} {n[2:6]} {n[6:]}", f"+91{n}"]
    return "91", n, nat, intl


def _au():
    if chance(0.6):
        n = "4" + R.choice("0123") + d(7)
        nat = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}"]
        intl = [f"+61 {n[0]} {n[1:5]} {n[5:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}"]
    else:
        n = pick(["2", "3"]) + R.choice("89") + d(7) if chance(0.7) else "73" + d(7)
        nat = [f"(0{n[0]}) {n[1:5]} {n[5:]}", f"0{n[0]} {n[1:5]} {n[5:]}"]
        intl = [f"+61 {n[0]} {n[1:5]} {n[5:]}"]
    return "61", n, nat, intl


def _mx():
    n = pick(["55", "33", "81"]) + R.choice("123456789") + d(7)
    nat = [f"{n[:2]} {n[2:6]} {n[6:]}", f"({n[:2]}) {n[2:6]}-{n[6:]}"]
    intl = [f"+52 {n[:2]} {n[2:6]} {n[6:]}", f"+52 ({n[:2]}) {n[2:6]} {n[6:]}", f"+52{n}"]
    return "52", n, nat, intl


def _ch():
    p = pick(["76", "77", "78", "79", "44", "31", "61", "21"])
    s = R.choice("2345678") + d(6)
    nat = [f"0{p} {s[:3]} {s[3:5]} {s[5:]}", f"0{p}/{s[:3]} {s[3:5]} {s[5:]}"]
    intl = [f"+41 {p} {s[:3]} {s[3:5]} {s[5:]}", f"+41 (0){p} {s[:3]} {s[3:5]} {s[5:]}", f"0041 {p} {s}"]
    return "41", p + s, nat, intl


def _ae():
    if chance(0.5):
        p, s = pick(["50", "52", "54", "55", "56", "58"]), d(7)
        nat = [f"0{p} {s[:3]} {s[3:]}", f"0{p}-{s}"]
        intl = [f"+971 {p} {s[:3]} {s[3:]}", f"+971-{p}-{s}", f"00971 {p} {s}"]
        return "971", p + s, nat, intl
    p, s = "5" + R.choice("0345689"), d(7)
    nat = [f"0{p} {s[:3]} {s[3:]}", f"0{p}{s}"]
    intl = [f"+966 {p} {s[:3]} {s[3:]}", f"+966{p}{s}", f"00966 {p} {s}"]
    return "966", p + s, nat, intl


def _se():
    p, s = pick(["70", "72", "73", "76", "79"]), d(7)
    nat = [f"0{p}-{s[:3]} {s[3:5]} {s[5:]}", f"0{p} {s[:3]} {s[3:5]} {s[5:]}", f"0{p}-{s}"]
    intl = [f"+46 {p} {s[:3]} {s[3:5]} {s[5:]}", f"+46 (0){p}-{s}"]
    return "46", p + s, nat, intl


def _be():
    p, s = "4" + R.choice("6789") + d(1), d(6)
    nat = [f"0{p} {s[:2]} {s[2:4]} {s[4:]}", f"0{p}/{s[:2]}.{s[2:4]}.{s[4:]}"]
    intl = [f"+32 {p} {s[:2]} {s[2:4]} {s[4:]}", f"+32 (0){p} {s}"]
    return "32", p + s, nat, intl


def _at():
    p, s = pick(["664", "660", "676", "699", "650"]), d(7)
    nat = [f"0{p} {s}", f"0{p}/{s}", f"0{p}-{s[:3]} {s[3:]}"]
    intl = [f"+43 {p} {s}", f"+43 (0){p} {s}", f"0043 {p} {s}"]
    return "43", p + s, nat, intl


def _ie():
    p, s = pick(["83", "85", "86", "87", "89"]), d(7)
    nat = [f"0{p} {s[:3]} {s[3:]}", f"0{p}-{s}"]
    intl = [f"+353 {p} {s[:3]} {s[3:]}", f"+353 (0){p} {s}"]
    return "353", p + s, nat, intl


def _kr():
    a, b = d(4), d(4)
    nat = [f"010-{a}-{b}", f"010 {a} {b}"]
    intl = [f"+82 10-{a}-{b}", f"+82 10 {a} {b}"]
    return "82", "10" + a + b, nat, intl


PHONE_COUNTRIES = {"us": _us, "uk": _uk, "de": _de, "fr": _fr, "es": _es, "it": _it, "nl": _nl, "pl": _pl,
                   "br": _br, "pt": _pt, "jp": _jp, "cn": _cn, "in": _in, "au": _au, "mx": _mx, "ch": _ch,
                   "ae": _ae, "se": _se, "be": _be, "at": _at, "ie": _ie, "kr": _kr}
LANG_COUNTRY = {"en": ["us", "uk", "au", "ie", "in"], "de": ["de", "at", "ch"], "fr": ["fr", "be", "ch"],
                "es": ["es", "mx"], "it": ["it", "ch"], "nl": ["nl", "be"], "pt": ["br", "pt"], "pl": ["pl"],
                "ja": ["jp"], "zh": ["cn"], "ar": ["ae"], "ko": ["kr"], "sv": ["se"]}


def phone(country=None, form=None):
    """form: nat | intl | e164 | tel | pct | ext."""
    country = country or pick(list(PHONE_COUNTRIES))
    cc, nsn, nat, intl = PHONE_COUNTRIES[country]()
    form = form or pick(["nat"] * 5 + ["intl"] * 6 + ["e164", "tel", "pct", "ext"])
    if form == "nat":
        v = pick(nat)
    elif form == "intl":
        v = pick(intl)
    elif form == "e164":
        v = f"+{cc}{nsn}"
    elif form == "tel":
        v = pick([f"tel:+{cc}{nsn}", f"tel:+{cc}-{nsn}", f"tel:{pick(intl).replace(' ', '')}"])
    elif form == "pct":
        v = pick([f"%2B{cc}{nsn}", f"%2B{cc}%20{nsn}", pct(pick(intl))])
    else:
        base = pick(intl + nat)
        ext = str(R.randint(10, 9999))
        v = base + pick([f" ext. {ext}", f" x{ext}", f" ext {ext}", f" Durchwahl {ext}" if country in ("de", "at", "ch") else f" #{ext}",
                         f" poste {ext}" if country in ("fr", "be") else f", ext {ext}", f" (int. {ext})"])
    return S("phone", v, f"{country}_{form}")


# ---------------------------------------------------------------------------------------------------------
# Cards (Luhn-valid, grouped the way each network prints them)

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c


CARD_NETS = {
    "visa": (lambda: "4", [16] * 9 + [19]),
    "mastercard": (lambda: pick([str(R.randint(51, 55)), str(R.randint(2221, 2720))]), [16]),
    "amex": (lambda: pick(["34", "37"]), [15]),
    "discover": (lambda: pick(["6011", str(R.randint(644, 649)), "65"]), [16]),
    "jcb": (lambda: str(R.randint(3528, 3589)), [16]),
    "diners": (lambda: pick([str(R.randint(300, 305)), "36", "38"]), [14]),
    "unionpay": (lambda: "62" + pick(["2", "4", "5", "6", "8"]), [16, 16, 19]),
    "maestro": (lambda: pick(["5018", "5020", "5038", "6304", "6759", "6761", "6763"]), [16, 19]),
    "mir": (lambda: str(R.randint(2200, 2204)), [16]),
}


def card_digits(net):
    pre, lens = CARD_NETS[net]
    p = pre()
    n = pick(lens)
    return luhn_complete(p + d(n - len(p) - 1))


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        if i < len(num):
            out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


def card(net=None, sep=None):
    net = net or pick(["visa"] * 4 + ["mastercard"] * 3 + ["amex"] * 2 + ["discover", "jcb", "diners", "unionpay", "maestro", "mir"])
    num = card_digits(net)
    sep = sep if sep is not None else pick([" "] * 5 + ["-"] * 2 + [""] * 3)
    if len(num) == 15:
        sizes = [4, 6, 5]
    elif len(num) == 14:
        sizes = [4, 6, 4]
    elif len(num) == 19 and net == "unionpay" and chance(0.5):
        sizes = [6, 13]
    else:
        sizes = [4, 4, 4, 4, 3]
    v = group(num, sizes, sep) if sep else num
    return S("card", v, f"{net}_{len(num)}_{'none' if not sep else ('space' if sep == ' ' else 'dash')}")


def luhn_invalid_16():
    while True:
        n = R.choice("3456") + d(15)
        if not luhn_ok(n):
            return n


# ---------------------------------------------------------------------------------------------------------
# Government ids and IBANs (all with their checksums)

def ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return S("gov_id", f"{a:03d}{sep}{g:02d}{sep}{s:04d}", "us_ssn" + ("" if sep == "-" else "_" + ("space" if sep == " " else "none")))


def uk_nino():
    bad = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    while True:
        a = R.choice([c for c in UP if c not in "DFIQUV"])
        b = R.choice([c for c in UP if c not in "DFIOQUV"])
        if a + b not in bad:
            break
    n, suf = d(6), R.choice("ABCD")
    return S("gov_id", pick([f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {suf}", f"{a}{b}{n}{suf}", f"{a}{b} {n} {suf}"]), "uk_nino")


def _no_bban():
    while True:
        n = d(10)
        c = 11 - sum(int(x) * w for x, w in zip(n, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c != 10:
            return n + str(0 if c == 11 else c)


def _iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(s) % 97:02d}"


def _es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(digits):
        r = 11 - sum(int(x) * y for x, y in zip(digits, w)) % 11
        return 0 if r == 11 else 1 if r == 10 else r
    return f"{dc('00' + bank + branch)}{dc(acct)}"


def _fr_rib(bank, branch, acct):
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


IBAN_BBAN = {
    "DE": lambda: d(8) + d(10),
    "AT": lambda: d(5) + d(11),
    "CH": lambda: d(5) + d(12),
    "FR": lambda: (lambda b, g, a: b + g + a + _fr_rib(b, g, a))(d(5), d(5), d(11)),
    "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ"]) + d(6) + d(8),
    "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + d(6) + d(8),
    "NL": lambda: pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]) + d(10),
    "ES": lambda: (lambda b, g, a: b + g + _es_ccc(b, g, a) + a)(d(4), d(4), d(10)),
    "IT": lambda: R.choice(UP) + d(5) + d(5) + d(12),
    "PL": lambda: d(24),
    "BE": lambda: (lambda n: n + f"{(int(n) % 97) or 97:02d}")(pick(["001", "068", "310", "363", "735", "737", "063", "143", "751"]) + d(7)),
    "PT": lambda: d(21),
    "SE": lambda: d(20),
    "LU": lambda: d(3) + d(13),
    "NO": lambda: _no_bban(),
    "DK": lambda: d(14),
    "FI": lambda: d(14),
    "SA": lambda: d(2) + d(18),
    "AE": lambda: d(3) + d(16),
    "BR": lambda: d(8) + d(5) + d(10) + R.choice("CP") + "1",
}


def iban(cc=None, form=None):
    cc = cc or pick(list(IBAN_BBAN) + ["DE", "DE", "FR", "NL", "ES", "IT", "GB", "PL"])
    bban = IBAN_BBAN[cc]()
    raw = cc + _iban_check(cc, bban) + bban
    form = form or pick(["print", "print", "print", "compact", "compact"])
    v = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if form == "print" else raw
    return S("gov_id", v, f"iban_{cc}_{form}")


def de_steuer_id():
    while True:
        ds = R.sample(range(10), 9)
        if ds[0] == 0:
            continue
        dup = R.choice(ds)
        pos = R.randint(1, 9)
        ds.insert(pos, dup)
        first10 = "".join(map(str, ds[:10]))
        if first10[0] == "0":
            continue
        product = 10
        for ch in first10:
            s = (int(ch) + product) % 10
            s = 10 if s == 0 else s
            product = (s * 2) % 11
        c = 11 - product
        c = 0 if c == 10 else c
        n = first10 + str(c)
        return S("gov_id", pick([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"]), "de_steuerid")


def fr_nir():
    n = f"{R.choice('12')}{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{R.randint(1, 990):03d}{R.randint(1, 999):03d}"
    key = 97 - int(n) % 97
    full = n + f"{key:02d}"
    return S("gov_id", pick([full, f"{full[0]} {full[1:3]} {full[3:5]} {full[5:7]} {full[7:10]} {full[10:13]} {full[13:]}"]), "fr_nir")


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    if chance(0.7):
        n = R.randint(10000000, 79999999)
        return S("gov_id", pick([f"{n}{DNI_LETTERS[n % 23]}", f"{n}-{DNI_LETTERS[n % 23]}"]), "es_dni")
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return S("gov_id", f"{p}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}", "es_nie")


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))


def it_cf():
    def even(c):
        return int(c) if c.isdigit() else ord(c) - 65
    cons = "BCDFGHLMNPRSTVZ"
    s = rs(cons, 3) + rs(cons, 2) + R.choice("AEIO") + f"{R.randint(50, 99):02d}" + R.choice("ABCDEHLMPRST") + \
        f"{R.randint(1, 28) + pick([0, 40]):02d}" + R.choice("ABCDEFGHLMF") + f"{R.randint(1, 999):03d}"
    total = sum(_CF_ODD[c] if i % 2 == 0 else even(c) for i, c in enumerate(s))
    return S("gov_id", s + chr(65 + total % 26), "it_codicefiscale")


def nl_bsn():
    while True:
        ds = [R.randint(0, 9) for _ in range(8)]
        if ds[0] == 0:
            continue
        s = sum(x * w for x, w in zip(ds, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            n = "".join(map(str, ds)) + str(last)
            return S("gov_id", pick([n, f"{n[:4]}.{n[4:6]}.{n[6:]}"]), "nl_bsn")


def pl_pesel():
    y, m, dd = R.randint(1950, 2010), R.randint(1, 12), R.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    n = f"{y % 100:02d}{mm:02d}{dd:02d}{d(4)}"
    c = (10 - sum(int(a) * w for a, w in zip(n, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
    return S("gov_id", n + str(c), "pl_pesel")


def br_cpf():
    n = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(n, range(k, 1, -1)))
        r = s * 10 % 11
        n.append(0 if r == 10 else r)
    t = "".join(map(str, n))
    return S("gov_id", pick([f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}", t]), "br_cpf")


def pt_nif():
    while True:
        n = R.choice("123") + d(7)
        c = 11 - sum(int(a) * w for a, w in zip(n, range(9, 1, -1))) % 11
        if c < 10:
            return S("gov_id", n + str(c), "pt_nif")
        if c >= 10:
            return S("gov_id", n + "0", "pt_nif")


def be_rrn():
    y, m, dd = R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{R.randint(1, 997):03d}"
    num = int(("2" if y >= 2000 else "") + base)
    c = 97 - num % 97
    t = base + f"{c:02d}"
    return S("gov_id", pick([f"{t[:2]}.{t[2:4]}.{t[4:6]}-{t[6:9]}.{t[9:]}", t]), "be_rrn")


def se_pnr():
    y, m, dd = R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28)
    b = f"{y % 100:02d}{m:02d}{dd:02d}{d(3)}"
    c = luhn_complete(b)[-1]
    return S("gov_id", pick([f"{b[:6]}-{b[6:]}{c}", f"{y}{b[2:6]}-{b[6:]}{c}"]), "se_personnummer")


def fi_hetu():
    y, m, dd = R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28)
    ind = R.randint(2, 899)
    base = f"{dd:02d}{m:02d}{y % 100:02d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + f"{ind:03d}") % 31]
    return S("gov_id", f"{base}{'-' if y < 2000 else 'A'}{ind:03d}{c}", "fi_hetu")


def ca_sin():
    n = luhn_complete(R.choice("1234567") + d(7))
    return S("gov_id", pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]), "ca_sin")


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        n = [R.randint(0, 9) for _ in range(8)]
        for last in range(10):
            if sum(x * y for x, y in zip(n + [last], w)) % 11 == 0:
                t = "".join(map(str, n + [last]))
                return S("gov_id", pick([f"{t[:3]} {t[3:6]} {t[6:]}", t]), "au_tfn")


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def in_aadhaar():
    n = R.choice("23456789") + d(10)
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    t = n + str(_VINV[c])
    return S("gov_id", pick([f"{t[:4]} {t[4:8]} {t[8:]}", t, f"{t[:4]}-{t[4:8]}-{t[8:]}"]), "in_aadhaar")


def cn_rid():
    region = pick(["110101", "110105", "110108", "310104", "440305", "440106", "320102", "420111", "120101"])
    y, m, dd = R.randint(1990, 2005), R.randint(1, 12), R.randint(1, 28)
    body = f"{region}{y}{m:02d}{dd:02d}{d(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return S("gov_id", body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11], "cn_resident_id")


def jp_mynumber():
    n = d(11)
    s = 0
    for k in range(1, 12):
        p = int(n[11 - k])
        q = k + 1 if k <= 6 else k - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    t = n + str(c)
    return S("gov_id", pick([t, f"{t[:4]} {t[4:8]} {t[8:]}"]), "jp_mynumber")


def ch_ahv():
    b = "756" + d(9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    t = b + str((10 - s % 10) % 10)
    return S("gov_id", f"{t[:3]}.{t[3:7]}.{t[7:11]}.{t[11:]}", "ch_ahv")


def no_fnr():
    while True:
        y, m, dd = R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28)
        n = [int(c) for c in f"{dd:02d}{m:02d}{y % 100:02d}{R.randint(0, 499):03d}"]
        k1 = 11 - sum(a * b for a, b in zip(n, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        n.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(n, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return S("gov_id", "".join(map(str, n + [k2])), "no_fnr")


def ie_pps():
    n = d(7)
    r = sum(int(a) * w for a, w in zip(n, range(8, 1, -1))) % 23
    return S("gov_id", n + ("W" if r == 0 else chr(64 + r)), "ie_pps")


def us_itin():
    return S("gov_id", f"9{d(2)}-{pick(['70', '75', '78', '80', '84', '88', '92'])}-{d(4)}", "us_itin")


# ---------------------------------------------------------------------------------------------------------
# IP addresses (public ones: documentation ranges and private ranges are not what users leak)

def ipv4():
    while True:
        a = R.randint(1, 223)
        b, c, e = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a in (10, 127, 0) or (a == 100 and 64 <= b < 128) or (a == 169 and b == 254) or (a == 172 and 16 <= b < 32) \
                or (a == 192 and b == 168) or (a == 192 and b == 0) or (a == 198 and b in (18, 19, 51)) or (a == 203 and b == 0):
            continue
        return S("ip", f"{a}.{b}.{c}.{e}", "ipv4")


def ipv6(form=None):
    pre = pick(["2a00", "2a01", "2a02", "2a03", "2a0a", "2600", "2601", "2603", "2607", "2804", "2400", "2403",
                "2a10", "240e", "2409", "2a05", "2c0f"])
    groups = [pre] + [f"{R.randint(0, 0xffff):x}" for _ in range(7)]
    form = form or pick(["full", "compressed", "compressed", "compressed", "upper", "padded"])
    if form == "full":
        v = ":".join(groups)
    elif form == "padded":
        v = ":".join(g.zfill(4) for g in groups)
    else:
        k = R.randint(2, 5)
        head, tail = groups[:k], groups[k + R.randint(1, 2):]
        v = ":".join(head) + "::" + ":".join(tail)
        if form == "upper":
            v = v.upper()
    return S("ip", v, f"ipv6_{form}")


# ---------------------------------------------------------------------------------------------------------
# API keys of real providers

def _crc_b62(body):
    alphabet = DIG + UP + LO
    n = zlib.crc32(body.encode())
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = alphabet[r] + out
    return out.rjust(6, "0")


def _gh(prefix):
    body = rs(AL, 30)
    return prefix + body + _crc_b62(body)


def _jwt():
    hdr = pick(['{"alg":"HS256","typ":"JWT"}', '{"alg":"RS256","typ":"JWT","kid":"' + rs(HEXL, 16) + '"}',
                '{"typ":"JWT","alg":"ES256"}'])
    payload = json.dumps({"sub": pick([str(R.randint(10 ** 5, 10 ** 9)), "auth0|" + rs(HEXL, 24), rs(AL, 20)]),
                          "iat": R.randint(1_690_000_000, 1_720_000_000),
                          "exp": R.randint(1_720_000_000, 1_760_000_000),
                          pick(["scope", "role", "aud"]): pick(["read:orders write:orders", "authenticated", "api", "admin"])},
                         separators=(",", ":"))
    enc = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    sig = base64.urlsafe_b64encode(R.randbytes(pick([32, 64]))).decode().rstrip("=")
    return f"{enc(hdr)}.{enc(payload)}.{sig}"


API_KEYS = {
    "openai_legacy": lambda: "sk-" + rs(AL, 20) + "T3BlbkFJ" + rs(AL, 20),
    "openai_proj": lambda: "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74),
    "openai_svcacct": lambda: "sk-svcacct-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74),
    "anthropic": lambda: "sk-ant-api03-" + rs(B64U, 93) + "AA",
    "anthropic_admin": lambda: "sk-ant-admin01-" + rs(B64U, 93) + "AA",
    "aws_akia": lambda: "AKIA" + rs(B32, 16),
    "aws_asia": lambda: "ASIA" + rs(B32, 16),
    "aws_secret": lambda: rs(AL + "/+", 40),
    "github_ghp": lambda: _gh("ghp_"),
    "github_gho": lambda: _gh("gho_"),
    "github_ghs": lambda: _gh("ghs_"),
    "github_pat": lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(AL, 59),
    "gitlab": lambda: "glpat-" + rs(B64U, 20),
    "slack_bot": lambda: f"xoxb-{nz(pick([11, 12, 13]))}-{nz(pick([12, 13]))}-{rs(AL, 24)}",
    "slack_user": lambda: f"xoxp-{nz(12)}-{nz(12)}-{nz(13)}-{rs(HEXL, 32)}",
    "slack_app": lambda: f"xapp-1-A0{rs(UP + DIG, 9)}-{nz(13)}-{rs(HEXL, 64)}",
    "slack_webhook": lambda: f"https://hooks.slack.com/services/T0{rs(UP + DIG, 8)}/B0{rs(UP + DIG, 9)}/{rs(AL, 24)}",
    "google": lambda: "AIza" + rs(B64U, 35),
    "stripe_sk": lambda: "sk_live_" + pick([rs(AL, 24), "51" + rs(AL, 97)]),
    "stripe_rk": lambda: "rk_live_" + pick([rs(AL, 24), "51" + rs(AL, 97)]),
    "huggingface": lambda: "hf_" + rs(string.ascii_letters, 34),
    "sendgrid": lambda: "SG." + rs(B64U, 22) + "." + rs(B64U, 43),
    "twilio_sk": lambda: "SK" + rs(HEXL, 32),
    "jwt": _jwt,
    "npm": lambda: "npm_" + rs(AL, 36),
    "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64U, pick([50, 70, 140])),
    "digitalocean": lambda: "dop_v1_" + rs(HEXL, 64),
    "shopify": lambda: pick(["shpat_", "shpss_", "shpca_"]) + rs(HEXL, 32),
    "mailgun": lambda: "key-" + rs(HEXL, 32),
    "telegram": lambda: f"{nz(pick([9, 10]))}:AA{rs(B64U, 33)}",
    "groq": lambda: "gsk_" + rs(AL, 52),
    "replicate": lambda: "r8_" + rs(AL, 37),
    "perplexity": lambda: "pplx-" + rs(AL, 48),
    "xai": lambda: "xai-" + rs(AL, 80),
    "linear": lambda: "lin_api_" + rs(AL, 40),
    "notion": lambda: "ntn_" + d(11) + rs(AL, 35),
    "airtable": lambda: "pat" + rs(AL, 14) + "." + rs(HEXL, 64),
    "figma": lambda: "figd_" + rs(B64U, 40),
    "postman": lambda: "PMAK-" + rs(HEXL, 24) + "-" + rs(HEXL, 34),
    "doppler": lambda: "dp.pt." + rs(AL, 43),
    "supabase": lambda: "sbp_" + rs(HEXL, 40),
    "grafana": lambda: "glsa_" + rs(AL, 32) + "_" + rs(HEXL, 8),
    "newrelic": lambda: "NRAK-" + rs(UP + DIG, 27),
    "square": lambda: "EAAA" + rs(B64U, 60),
    "deepseek": lambda: "sk-" + rs(HEXL, 32),
    "google_oauth_secret": lambda: "GOCSPX-" + rs(B64U, 28),
    "atlassian": lambda: "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs(HEXL.upper(), 8),
}
# Keys that carry no prefix of their own: only a label says what they are.
LABELLED_KEYS = {
    "MISTRAL_API_KEY": lambda: rs(AL, 32),
    "COHERE_API_KEY": lambda: rs(AL, 40),
    "DATADOG_API_KEY": lambda: rs(HEXL, 32),
    "DD_APP_KEY": lambda: rs(HEXL, 40),
    "AZURE_OPENAI_API_KEY": lambda: rs(HEXL, 32),
    "TWILIO_AUTH_TOKEN": lambda: rs(HEXL, 32),
    "ALGOLIA_ADMIN_KEY": lambda: rs(HEXL, 32),
    "MAPBOX_TOKEN": lambda: "sk.eyJ1Ijoi" + rs(B64U, 40) + "." + rs(B64U, 22),
    "OPENWEATHER_API_KEY": lambda: rs(HEXL, 32),
    "VERCEL_TOKEN": lambda: rs(AL, 24),
    "CLOUDFLARE_API_TOKEN": lambda: rs(B64U, 40),
    "PINECONE_API_KEY": lambda: "pcsk_" + rs(AL, 5) + "_" + rs(AL, 63),
    "ELEVENLABS_API_KEY": lambda: "sk_" + rs(HEXL, 48),
    "DEEPL_AUTH_KEY": lambda: f"{rs(HEXL, 8)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 12)}:fx",
    "HEROKU_API_KEY": lambda: f"{rs(HEXL, 8)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 4)}-{rs(HEXL, 12)}",
    "SENTRY_AUTH_TOKEN": lambda: "sntrys_" + rs(B64U, 120),
    "CIRCLECI_TOKEN": lambda: "CCIPAT_" + rs(AL, 22) + "_" + rs(HEXL, 40),
}


def apikey(provider=None):
    provider = provider or pick(list(API_KEYS))
    return S("api_key", API_KEYS[provider](), provider)


# ---------------------------------------------------------------------------------------------------------
# Secrets

PW_WORDS = ["Summer", "Winter", "Sommer", "Bienvenue", "Primavera", "Zomer", "Welkom", "Sakura", "Falcon", "Kaffee",
            "Tigre", "Lato", "Inverno", "Verano", "Printemps", "Fruehling", "Bacalhau", "Krakow", "Osaka", "Dubai"]
PW_SYM = "!#$%&*?+=~^"


def password(url_safe=False):
    kind = R.randrange(5)
    if kind == 0:
        p = pick(PW_WORDS) + str(R.randint(1, 2025)) + R.choice(PW_SYM)
    elif kind == 1:
        p = rs(AL + (PW_SYM if not url_safe else "-_.~"), R.randint(12, 22))
    elif kind == 2:
        p = pick(["-", ".", "_"]).join(rs(LO, R.randint(4, 7)) for _ in range(4))
    elif kind == 3:
        w = pick(["Tr0ub4dor", "P4ssw0rd", "M0nkey", "Dr4g0n", "S3cr3t", "L3tM3In", "Qw3rty", "Adm1n"])
        p = w + R.choice("&!#") + str(R.randint(1, 99)) + rs(AL, 2)
    else:
        p = rs(AL, 8) + R.choice(PW_SYM if not url_safe else "-_") + rs(AL, 8)
    if url_safe:
        p = "".join(c for c in p if c in AL + "-_.~") or rs(AL, 14)
        if len(p) < 8:
            p += rs(AL, 8)
    return p


def pw(url_safe=False, shape="labelled"):
    return S("secret", password(url_safe), shape)


def bearer_token():
    return pick([rs(B64U, R.randint(32, 64)), rs(AL, 40), rs(HEXL, 40), "ya29." + rs(B64U, 120),
                 rs(B64U, 22) + "." + rs(B64U, 30)])


def basic_cred():
    f, l = person()
    user = pick([f"{f}.{l}", f"{f[0]}{l}", "svc-" + pick(["deploy", "backup", "ci", "metrics"]), "admin", "api"])
    return base64.b64encode(f"{user}:{password()}".encode()).decode()


def pem(kind=None, nl="\n"):
    kind = kind or pick(["RSA", "RSA", "EC", "PKCS8", "OPENSSH", "ENCRYPTED", "DSA"])
    if kind == "RSA":
        der = bytes.fromhex("308204a40201000282010100") + R.randbytes(1180 - 12)
        label, width = "RSA PRIVATE KEY", 64
    elif kind == "EC":
        der = bytes.fromhex("30770201010420") + R.randbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + R.randbytes(65)
        label, width = "EC PRIVATE KEY", 64
    elif kind == "PKCS8":
        der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7") + R.randbytes(1190 - 26)
        label, width = "PRIVATE KEY", 64
    elif kind == "ENCRYPTED":
        der = bytes.fromhex("308205263050") + R.randbytes(1300)
        label, width = "ENCRYPTED PRIVATE KEY", 64
    elif kind == "DSA":
        der = bytes.fromhex("308201bb02010002818100") + R.randbytes(430)
        label, width = "DSA PRIVATE KEY", 64
    else:
        der = b"openssh-key-v1\x00" + bytes.fromhex("0000000a6165733235362d637472") + R.randbytes(380)
        label, width = "OPENSSH PRIVATE KEY", 70
    b = base64.b64encode(der).decode()
    body = nl.join(b[i:i + width] for i in range(0, len(b), width))
    return f"-----BEGIN {label}-----{nl}", S("secret", body, f"pem_{kind.lower()}"), f"{nl}-----END {label}-----"


# ---------------------------------------------------------------------------------------------------------
# User names in home directories

USERS = ["jdoe", "anna.schmidt", "kwojcik", "mrossi", "tanaka_h", "lucas.martin", "pvandijk", "sofia.r", "ahmed.k",
         "wei.zhang", "jsmith2", "maria-garcia", "hbecker", "cdubois", "gbianchi", "rsilva", "tomek", "yuki.sato",
         "lchen", "okhalil", "ebrown", "npatel", "slindqvist", "fmoreau", "jferreira", "lnowak", "kyamamoto",
         "mliu", "dokafor", "amurphy", "ikaur", "tjohansson", "bnielsen", "mpetit", "clambert", "AnnaS",
         "KWojcik", "MRossi", "JanKowalski", "Marie.Dubois", "PEREIRA", "hiroshi", "fatima.h", "lorenzo_r",
         "bramv", "renata.costa", "kacperz", "haruto.k", "xin.li", "karim.m", "salma", "diego.n", "vale",
         "felixh", "clarab", "brunoc", "nadia.k", "youssefm", "majaz", "ingridj", "astridn", "sven.a"]
WIN_SPACED = ["Jan Kowalski", "Marie Dubois", "Anna Schmidt", "Luca Bianchi", "Sofia Romero", "Daan Visser"]
USED_USERS = set()


def user(spaced_ok=False):
    pool = USERS + (WIN_SPACED if spaced_ok else [])
    u = pick(pool)
    if u in USED_USERS and chance(0.7):
        u = u + str(R.randint(1, 99)) if not " " in u else u
    USED_USERS.add(u)
    return S("user", u, "home")


# ---------------------------------------------------------------------------------------------------------
# Fillers: anything a template names that is not given; the S-valued ones (e2, p2, ...) are labelled too

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MONTHS_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PROJECTS = ["invoice-parser", "shopfront", "etl-jobs", "ml-pipeline", "api-gateway", "homelab", "thesis", "bookkeeping",
            "scraper", "webapp", "backend", "infra", "mobile-app", "dotfiles", "data-science", "rag-demo"]
WORDS = ["orion", "falcon", "atlas", "nimbus", "cedar", "harbor", "quartz", "maple", "tundra", "sierra", "delta", "ember"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "curl/8.5.0", "python-requests/2.31.0", "Go-http-client/2.0", "okhttp/4.12.0",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"]


def _ymd():
    return R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28)


def _hms():
    return R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)


def uuid4():
    h = rs(HEXL, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def price_any():
    a = R.randint(1, 99999) + R.randint(0, 99) / 100
    return pick([f"€{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), f"${a:,.2f}", f"{a:,.2f} €".replace(",", " "),
                 f"£{a:,.2f}", f"¥{int(a * 100):,}", f"R$ {a:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                 f"{a:.2f} zł".replace(".", ","), f"CHF {a:,.2f}".replace(",", "'"), f"{a:.2f} USD"])


def _date(kind=None):
    y, m, dd = _ymd()
    kind = kind or R.randrange(16)
    return [f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}.{m:02d}.{y}", f"{dd:02d}/{m:02d}/{y}", f"{m:02d}/{dd:02d}/{y}",
            f"{MONTHS_EN[m - 1]} {dd}, {y}", f"{dd} {MONTHS_FR[m - 1]} {y}", f"{dd} de {MONTHS_ES[m - 1]} de {y}",
            f"{y}年{m}月{dd}日", f"{dd} {MONTHS_PL[m - 1]} {y}", f"{dd}. {MONTHS_DE[m - 1]} {y}", f"{y}{m:02d}{dd:02d}",
            f"{dd} {MON3[m - 1]} {y}", f"{y}.{m:02d}.{dd:02d}", f"{dd:02d}-{MON3[m - 1]}-{y % 100:02d}",
            f"{dd} {MONTHS_NL[m - 1]} {y}", f"{dd} de {MONTHS_PT[m - 1]} de {y}"][kind]


def _iso():
    y, m, dd = _ymd()
    h, mi, s = _hms()
    return pick([f"{y}-{m:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}Z", f"{y}-{m:02d}-{dd:02d} {h:02d}:{mi:02d}:{s:02d}",
                 f"{y}-{m:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}.{R.randint(0, 999):03d}+0{R.randint(0, 2)}:00"])


def _rfcdate():
    y, m, dd = _ymd()
    h, mi, s = _hms()
    return f"{pick(DOW3)}, {dd} {MON3[m - 1]} {y} {h:02d}:{mi:02d}:{s:02d} {pick(['+0100', '+0200', '-0500', '+0000', '+0900'])}"


def _clf():
    y, m, dd = _ymd()
    h, mi, s = _hms()
    return f"{dd:02d}/{MON3[m - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} {pick(['+0100', '+0000', '-0700'])}"


FILLERS = {
    "name": fullname,
    "NAME_UP": lambda: fullname().upper(),
    "corpdomain": lambda: pick(DOM_CORP),
    "date": lambda: _date(),
    "date_de": lambda: _date(1),
    "date_fr": lambda: _date(5),
    "date_en": lambda: _date(4),
    "dob": lambda: f"{R.randint(1,28):02d}.{R.randint(1,12):02d}.{R.randint(1955,2004)}",
    "iso": _iso,
    "rfcdate": _rfcdate,
    "clf": _clf,
    "epoch": lambda: str(R.randint(1_600_000_000, 1_760_000_000)),
    "ticket": lambda: pick([f"INC{d(7)}", f"{R.randint(10000, 99999)}", f"SUP-{R.randint(100, 9999)}", f"CS-{R.randint(1000, 99999)}"]),
    "order": lambda: pick([f"{d(3)}-{d(7)}-{d(7)}", f"A{d(8)}", f"{R.randint(2019, 2025)}-{d(6)}", f"ORD-{rs(UP + DIG, 8)}"]),
    "price": price_any,
    "price_dot": lambda: f"{R.randint(1, 9999)}.{R.randint(0, 99):02d}",
    "n2": lambda: str(R.randint(10, 99)), "n4": lambda: str(R.randint(1000, 9999)),
    "n5": lambda: str(R.randint(10000, 99999)), "n6": lambda: d(6), "n9": lambda: nz(9),
    "pid": lambda: str(R.randint(300, 99999)), "port": lambda: str(R.randint(1024, 65535)),
    "cvv": lambda: d(3), "mm": lambda: f"{R.randint(1, 12):02d}", "yy": lambda: str(R.randint(25, 31)),
    "yyyy": lambda: str(R.randint(2025, 2031)),
    "exp": lambda: pick([f"{R.randint(1, 12):02d}/{R.randint(25, 31)}", f"{R.randint(1, 12):02d}/{R.randint(2025, 2031)}"]),
    "hex12": lambda: rs(HEXL, 12), "hex32": lambda: rs(HEXL, 32), "b64_43": lambda: rs(B64, 43),
    "uuid": uuid4, "proj": lambda: pick(PROJECTS), "word": lambda: pick(WORDS),
    "bucket": lambda: f"{pick(WORDS)}-{pick(['exports', 'backups', 'uploads', 'reports'])}-{d(4)}",
    "acct": lambda: pick(WORDS) + pick(["prod", "store", "data"]) + d(3),
    "cc": lambda: pick(["DE", "FR", "NL", "ES", "IT", "PL", "BR", "JP", "US", "GB"]),
    "bic": lambda: pick(["COBADEFFXXX", "DEUTDEDBBER", "BNPAFRPPXXX", "INGBNL2A", "BBVAESMM", "UNCRITMM", "PKOPPLPW", "ABNANL2A"]),
    "ua": lambda: pick(UAS),
    "ver": lambda: f"{R.randint(1, 20)}.{R.randint(0, 30)}.{R.randint(0, 20)}",
    "e2": lambda: email(), "e3": lambda: email(), "p2": lambda: phone(), "ip2": lambda: ipv4(),
}


def fill(fmt, genre, lang="en", known=None, **given):
    for m in SLOT.finditer(fmt):
        k = m.group(1)
        if k not in given:
            f = FILLERS[k]
            given[k] = f()
    return line(fmt, genre, lang, known, **given)


# ---------------------------------------------------------------------------------------------------------
# Templates, one kind each (⟪v⟫ is the labelled value). Options: tx = how the value is carried in this context.

EMAIL_T = [
    ("Hi team, please add ⟪v⟫ to the #billing-alerts channel, she starts Monday.", "slack", "en"),
    ("Contact: ⟪name⟫ <⟪v⟫>", "email_header", "en"),
    ('From: "⟪name⟫" <⟪v⟫>\nTo: ⟪e2⟫\nSubject: Re: [#⟪ticket⟫] Refund not received\nDate: ⟪rfcdate⟫', "email_header", "en"),
    ("Reply-To: <⟪v⟫>", "email_header", "en"),
    ("[Write to me](mailto:⟪v⟫)", "markdown", "en"),
    ('<a href="mailto:⟪v⟫?subject=Angebot%20⟪n5⟫">Kontakt</a>', "html", "de"),
    ("GET /api/v2/customers/search?email=⟪v⟫&limit=20 HTTP/1.1\nHost: api.⟪corpdomain⟫\nAccept: application/json", "http", "en", "pct"),
    ("https://crm.⟪corpdomain⟫/contacts?q=⟪v⟫&sort=-updated_at", "url", "en", "pct"),
    ("Bitte schick die unterschriebenen Unterlagen bis ⟪date_de⟫ an ⟪v⟫, danke!", "chat", "de"),
    ("Vous pouvez me joindre à l'adresse ⟪v⟫ ou passer au bureau jeudi.", "chat", "fr"),
    ("Mi correo es ⟪v⟫, escríbeme cuando tengas el presupuesto.", "chat", "es"),
    ("Scrivimi a ⟪v⟫ per i dettagli della fattura n. ⟪n5⟫.", "chat", "it"),
    ("Mijn e-mailadres is ⟪v⟫ — stuur de offerte daar maar naartoe.", "chat", "nl"),
    ("Meu e-mail é ⟪v⟫, pode mandar o contrato por lá.", "chat", "pt"),
    ("Mój adres e-mail to ⟪v⟫, proszę o fakturę na firmę.", "chat", "pl"),
    ("連絡先は⟪v⟫です。よろしくお願いします。", "chat", "ja"),
    ("请把报价单发到⟪v⟫，谢谢！", "chat", "zh"),
    ("بريدي الإلكتروني هو ⟪v⟫ يرجى إرسال الفاتورة", "chat", "ar"),
    ('git config --global user.email "⟪v⟫"', "shell", "en"),
    ('  "author": "⟪name⟫ <⟪v⟫>",\n  "license": "MIT",', "package_json", "en"),
    ('ADMINS = [("Ops on-call", "⟪v⟫")]\nEMAIL_HOST = "smtp.⟪corpdomain⟫"', "python", "en"),
    ("alerting:\n  receivers:\n    - name: oncall\n      email_configs:\n        - to: ⟪v⟫\n          send_resolved: true", "yaml", "en"),
    ("MAILTO=⟪v⟫\n0 3 * * * /usr/local/bin/backup.sh --target s3://⟪bucket⟫", "crontab", "en"),
    ("⟪iso⟫ INFO  auth.login succeeded user=⟪v⟫ mfa=totp session=⟪hex12⟫", "log", "en"),
    ("SELECT id, plan, created_at FROM accounts WHERE lower(email) = '⟪v⟫';", "sql", "en"),
    ("Reporter: ⟪v⟫\nPriority: P2\nComponent: checkout-service", "jira", "en"),
    ("id,email,plan,signup_date\n⟪n4⟫,⟪v⟫,pro,⟪date⟫", "csv", "en"),
    ("| Owner | ⟪v⟫ |\n| Team | Payments |\n| Pager | #pay-oncall |", "markdown_table", "en"),
    ("EMAIL: ⟪v⟫   STATUS: ACTIVE", "form", "en", "upper"),
    ("550 5.1.1 <⟪v⟫>: Recipient address rejected: User unknown in virtual mailbox table", "log", "en"),
    ('{"object":"charge","amount":⟪n4⟫,"currency":"eur","receipt_email":"⟪v⟫","status":"succeeded"}', "json", "en"),
    ("FirebaseAuthError: There is no user record corresponding to this identifier (⟪v⟫).", "stacktrace", "en"),
    ("cc ⟪v⟫ — can you check why the invoice bounced?", "slack", "en"),
    ("@here the shared mailbox moved, use ⟪v⟫ from now on", "slack", "en"),
    ("Please add ⟪v⟫ to the SSO group (IdP: Okta), ticket ⟪ticket⟫.", "ticket", "en"),
    ("Envoyé depuis mon iPhone\n\nLe ⟪date_fr⟫, ⟪v⟫ a écrit :\n> Merci pour le retour", "email_quote", "fr"),
    ("Am ⟪date_de⟫ schrieb ⟪v⟫:\n> Passt, dann machen wir das so.", "email_quote", "de"),
    ("On ⟪date_en⟫, ⟪name⟫ <⟪v⟫> wrote:\n> Sounds good, ship it.", "email_quote", "en"),
    ("Signed-off-by: ⟪name⟫ <⟪v⟫>", "git", "en"),
    ("Co-authored-by: ⟪name⟫ <⟪v⟫>", "git", "en"),
    ("[user]\n\temail = ⟪v⟫\n\tname = ⟪name⟫\n[core]\n\teditor = vim", "gitconfig", "en"),
    ('send_mail("Your export is ready", body, None, ["⟪v⟫"])', "python", "en"),
    ('await resend.emails.send({ from: "⟪e2⟫", to: "⟪v⟫", subject: "Receipt #⟪n5⟫" });', "js", "en"),
    ("Ticket ⟪ticket⟫: customer (⟪v⟫) says the reset link expired twice.", "ticket", "en"),
    ("mailto:⟪v⟫", "url", "en"),
    ("Kontakt-E-Mail: ⟪v⟫ · Tel. ⟪p2⟫", "signature", "de"),
    ("dm me or email ⟪v⟫ (personal), work one is ⟪e2⟫", "chat", "en"),
    ('"email": "⟪v⟫",\n"email_verified": true,', "json", "en"),
    ('token exchange failed: {"error":"invalid_grant","error_description":"Bad credentials for ⟪v⟫"}', "log", "en"),
    ("Napisz do mnie: ⟪v⟫ albo zadzwoń po 17.", "chat", "pl"),
    ("我的邮箱：⟪v⟫（工作日回复）", "chat", "zh"),
    ("メール：⟪v⟫／電話：⟪p2⟫", "chat", "ja"),
    ("للتواصل: ⟪v⟫", "chat", "ar"),
    ("Correo electrónico: <⟪v⟫>", "form", "es"),
    ("E-mail: ⟪v⟫; Telefone: ⟪p2⟫", "form", "pt"),
    ("Indirizzo PEC: ⟪v⟫", "form", "it"),
    ("Adresse e-mail (en majuscules) : ⟪v⟫", "form", "fr", "upper"),
    ("newsletter unsubscribe link: https://lists.⟪corpdomain⟫/unsubscribe?u=⟪v⟫&list=weekly", "url", "en", "pct"),
    ("E-Mail-Adresse:⟪v⟫", "form", "de"),
    ("The invite went to ⟪v⟫. but she never got it", "chat", "en"),
    ("Bcc: ⟪v⟫, ⟪e2⟫", "email_header", "en"),
    ("'email': '⟪v⟫'", "python", "en"),
    ("email=⟪v⟫&password_reset=1", "form_urlencoded", "en", "pct"),
]

PHONE_T = [
    ("Call me back on ⟪v⟫ after 5pm please", "chat", "en"),
    ("Rückruf bitte unter ⟪v⟫ (ab 14 Uhr erreichbar).", "ticket", "de"),
    ("Tel.: ⟪v⟫\nFax: —", "signature", "de"),
    ("Vous pouvez me rappeler au ⟪v⟫.", "chat", "fr"),
    ("Llámame al ⟪v⟫ cuando salgas.", "chat", "es"),
    ("Il mio numero è ⟪v⟫, chiamami pure.", "chat", "it"),
    ("Bel me even op ⟪v⟫ als het uitkomt.", "chat", "nl"),
    ("Me liga no ⟪v⟫ que eu explico.", "chat", "pt"),
    ("Mój numer telefonu: ⟪v⟫", "chat", "pl"),
    ("携帯：⟪v⟫までご連絡ください。", "chat", "ja"),
    ("我的手机号是⟪v⟫，有事打我电话。", "chat", "zh"),
    ("رقم هاتفي ⟪v⟫ اتصل بي بعد الظهر", "chat", "ar"),
    ('<a href="⟪v⟫">Call us</a>', "html", "en", "tel"),
    ("[☎ Anrufen](⟪v⟫)", "markdown", "de", "tel"),
    ("POST /v1/verify/start?to=⟪v⟫&channel=sms HTTP/1.1\nHost: verify.⟪corpdomain⟫", "http", "en", "pct"),
    ("https://wa.me/send?phone=⟪v⟫&text=Hallo", "url", "de", "pct"),
    ("Mobile (⟪v⟫) — WhatsApp only", "signature", "en"),
    ("Phone number: ⟪v⟫ — the customer asked us to call between 9 and 11.", "ticket", "en"),
    ("⟪iso⟫ WARN sms.dispatch failed to=⟪v⟫ code=21610 (unsubscribed recipient)", "log", "en", "e164"),
    ('{"to": "⟪v⟫", "body": "Your code is ⟪n6⟫", "status": "queued"}', "json", "en", "e164"),
    ("customer_phone;order_total\n⟪v⟫;⟪price⟫", "csv", "en"),
    ("INSERT INTO contacts (name, phone) VALUES ('⟪name⟫', '⟪v⟫');", "sql", "en"),
    ("| Name | Telefon |\n|---|---|\n| ⟪name⟫ | ⟪v⟫ |", "markdown_table", "de"),
    ("Notfallkontakt: ⟪v⟫ (Ehefrau)", "form", "de"),
    ("Telefono cellulare: ⟪v⟫ — reperibile dopo le 18", "form", "it"),
    ("Teléfono de contacto: ⟪v⟫", "form", "es"),
    ("Numéro de portable : ⟪v⟫", "form", "fr"),
    ("Telefoonnummer: ⟪v⟫", "form", "nl"),
    ("Celular/WhatsApp: ⟪v⟫", "form", "pt"),
    ("Nr tel. kontaktowego: ⟪v⟫", "form", "pl"),
    ("Twilio error 21211: Invalid 'To' Phone Number: ⟪v⟫", "log", "en", "e164"),
    ('PHONE_ALLOWLIST = ["⟪v⟫", "⟪p2⟫"]', "python", "en", "e164"),
    ("the courier tried ⟪v⟫ twice, nobody picked up", "ticket", "en"),
    ("Reception: ⟪v⟫", "signature", "en", "ext"),
    ("Direct: ⟪v⟫ | Mobile: ⟪p2⟫", "signature", "en"),
    ("Hotline für Rückfragen: ⟪v⟫", "signature", "de", "ext"),
    ("sms:⟪v⟫?body=running%20late", "url", "en", "e164"),
    ('contact_phone: "⟪v⟫"', "yaml", "en"),
    ("phone=⟪v⟫&country=⟪cc⟫&consent=true", "form_urlencoded", "en", "pct"),
    ("He said 'reach me at ⟪v⟫' and hung up.", "chat", "en"),
    ("緊急連絡先：⟪v⟫（母）", "form", "ja"),
    ("联系电话：⟪v⟫（微信同号）", "form", "zh"),
    ("الجوال: ⟪v⟫", "form", "ar"),
    ("Tel. komórkowy ⟪v⟫, e-mail ⟪e2⟫", "form", "pl"),
    ("📞 ⟪v⟫", "chat", "en"),
    ("Leave a message for the landlord (⟪v⟫) about the heating.", "chat", "en"),
    ("Standort Hamburg, Zentrale ⟪v⟫", "signature", "de", "ext"),
    ("Pour toute question : ⟪v⟫", "signature", "fr", "ext"),
    ("Telefon: ⟪v⟫ / E-Mail: ⟪e2⟫", "signature", "de"),
    ("callback_number=⟪v⟫", "log", "en", "e164"),
    ("<tel>⟪v⟫</tel>", "xml", "en", "e164"),
    ("Numer do kuriera: ⟪v⟫", "chat", "pl"),
    ("Graag terugbellen op ⟪v⟫ (na 18u).", "ticket", "nl"),
    ("Contato: ⟪v⟫ (horário comercial)", "signature", "pt"),
    ("Chiamata persa da ⟪v⟫ alle 18:15", "chat", "it"),
    ("Appel manqué du ⟪v⟫", "chat", "fr"),
    ("下記までお電話ください：⟪v⟫（平日9時〜18時）", "signature", "ja"),
    ("Tel: ⟪v⟫", "vcard_like", "en", "tel"),
]

CARD_T = [
    ("Card number: ⟪v⟫  Exp: ⟪exp⟫  CVV: ⟪cvv⟫", "form", "en"),
    ("Please charge ⟪v⟫ for the renewal, exp ⟪exp⟫.", "ticket", "en"),
    ("Kartennummer ⟪v⟫, gültig bis ⟪exp⟫", "chat", "de"),
    ("Numéro de carte : ⟪v⟫ (expire ⟪exp⟫)", "chat", "fr"),
    ("Número de tarjeta: ⟪v⟫", "chat", "es"),
    ("Numero carta: ⟪v⟫ scad. ⟪exp⟫", "chat", "it"),
    ("Kaartnummer: ⟪v⟫", "chat", "nl"),
    ("Número do cartão: ⟪v⟫ validade ⟪exp⟫", "chat", "pt"),
    ("Numer karty: ⟪v⟫", "chat", "pl"),
    ("カード番号：⟪v⟫　有効期限：⟪exp⟫", "chat", "ja"),
    ("卡号：⟪v⟫，有效期⟪exp⟫", "chat", "zh"),
    ("رقم البطاقة: ⟪v⟫", "chat", "ar"),
    ('{"card": {"number": "⟪v⟫", "exp_month": ⟪mm⟫, "exp_year": ⟪yyyy⟫, "cvc": "⟪cvv⟫"}}', "json", "en", "nosep"),
    ('curl https://api.stripe.com/v1/payment_methods -u "$STRIPE_KEY:" -d type=card -d "card[number]=⟪v⟫" -d "card[exp_month]=⟪mm⟫"', "shell", "en", "nosep"),
    ("INSERT INTO payments (order_id, pan, amount) VALUES (⟪n5⟫, '⟪v⟫', ⟪price_dot⟫);", "sql", "en", "nosep"),
    ("order_id;card_number;amount\n⟪n6⟫;⟪v⟫;⟪price⟫", "csv", "en"),
    ("| Karte | ⟪v⟫ |\n| Inhaber | ⟪NAME_UP⟫ |", "markdown_table", "de"),
    ("AssertionError: expected masked PAN, got '⟪v⟫'", "stacktrace", "en"),
    ("⟪iso⟫ DEBUG payment.authorize pan=⟪v⟫ amount=⟪price_dot⟫ currency=EUR", "log", "en", "nosep"),
    ("/checkout/confirm?card=⟪v⟫&exp=⟪mm⟫%2F⟪yy⟫", "url", "en", "nosep"),
    ("Bill it to my Amex ⟪v⟫ please", "chat", "en", "amex"),
    ("the corporate card is ⟪v⟫ (Visa), ask finance before using it", "slack", "en", "visa"),
    ("Pagamento con carta ⟪v⟫ rifiutato — codice 05", "ticket", "it"),
    ("Zahlung mit ⟪v⟫ fehlgeschlagen (3-D Secure abgebrochen)", "ticket", "de"),
    ('test_card = "⟪v⟫"  # real one from QA\'s wallet, remove!', "python", "en"),
    ("const card = { pan: '⟪v⟫', holder: '⟪NAME_UP⟫' };", "js", "en"),
    ("card: ⟪v⟫\nholder: ⟪NAME_UP⟫\nexpiry: ⟪exp⟫", "yaml", "en"),
    ("JCB ⟪v⟫ でお支払いしました。", "chat", "ja", "jcb"),
    ("银联卡 ⟪v⟫ 已绑定到账户", "chat", "zh", "unionpay"),
    ("My Mir card ⟪v⟫ was declined abroad", "chat", "en", "mir"),
    ("Diners Club ⟪v⟫, member since 2011", "chat", "en", "diners"),
    ("Maestro ⟪v⟫ — Bankkarte der Sparkasse", "chat", "de", "maestro"),
    ("Discover ⟪v⟫ exp ⟪exp⟫", "chat", "en", "discover"),
    ('pan: "⟪v⟫"', "yaml", "en"),
    ("Mastercard eindigend op … nee, het hele nummer: ⟪v⟫", "chat", "nl", "mastercard"),
    ("Tarjeta ⟪v⟫ bloqueada por fraude, titular ⟪NAME_UP⟫", "ticket", "es"),
    ("Karta płatnicza nr ⟪v⟫ została zastrzeżona.", "ticket", "pl"),
    ("بطاقة ماستركارد رقم ⟪v⟫", "chat", "ar", "mastercard"),
    ("The refund went back to card ⟪v⟫ on ⟪date_en⟫", "ticket", "en"),
    ("cc=⟪v⟫|exp=⟪mm⟫⟪yy⟫|cvv=⟪cvv⟫", "log", "en", "nosep"),
    ("PAN ⟪v⟫ tokenized as tok_⟪hex12⟫", "log", "en"),
    ("信用卡号 ⟪v⟫（招商银行）", "chat", "zh"),
]

ENV_NAME = {
    "openai_legacy": "OPENAI_API_KEY", "openai_proj": "OPENAI_API_KEY", "openai_svcacct": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY", "anthropic_admin": "ANTHROPIC_ADMIN_KEY", "aws_akia": "AWS_ACCESS_KEY_ID",
    "aws_asia": "AWS_ACCESS_KEY_ID", "aws_secret": "AWS_SECRET_ACCESS_KEY", "github_ghp": "GITHUB_TOKEN",
    "github_gho": "GH_TOKEN", "github_ghs": "GITHUB_TOKEN", "github_pat": "GH_PAT", "gitlab": "GITLAB_TOKEN",
    "slack_bot": "SLACK_BOT_TOKEN", "slack_user": "SLACK_USER_TOKEN", "slack_app": "SLACK_APP_TOKEN",
    "slack_webhook": "SLACK_WEBHOOK_URL", "google": "GOOGLE_API_KEY", "stripe_sk": "STRIPE_SECRET_KEY",
    "stripe_rk": "STRIPE_RESTRICTED_KEY", "huggingface": "HF_TOKEN", "sendgrid": "SENDGRID_API_KEY",
    "twilio_sk": "TWILIO_API_KEY", "jwt": "ACCESS_TOKEN", "npm": "NPM_TOKEN", "pypi": "PYPI_TOKEN",
    "digitalocean": "DIGITALOCEAN_TOKEN", "shopify": "SHOPIFY_ACCESS_TOKEN", "mailgun": "MAILGUN_API_KEY",
    "telegram": "TELEGRAM_BOT_TOKEN", "groq": "GROQ_API_KEY", "replicate": "REPLICATE_API_TOKEN",
    "perplexity": "PPLX_API_KEY", "xai": "XAI_API_KEY", "linear": "LINEAR_API_KEY", "notion": "NOTION_TOKEN",
    "airtable": "AIRTABLE_PAT", "figma": "FIGMA_TOKEN", "postman": "POSTMAN_API_KEY", "doppler": "DOPPLER_TOKEN",
    "supabase": "SUPABASE_ACCESS_TOKEN", "grafana": "GRAFANA_SA_TOKEN", "newrelic": "NEW_RELIC_API_KEY",
    "square": "SQUARE_ACCESS_TOKEN", "deepseek": "DEEPSEEK_API_KEY", "google_oauth_secret": "GOOGLE_CLIENT_SECRET",
    "atlassian": "JIRA_API_TOKEN",
}
# Any key in a config file or environment (label = ⟪env⟫, lower-case ⟪envl⟫).
APIKEY_GENERIC_T = [
    ("⟪env⟫=⟪v⟫", "dotenv", "en"),
    ('export ⟪env⟫="⟪v⟫"', "shell", "en"),
    ("env:\n  ⟪env⟫: ⟪v⟫\n  NODE_ENV: production", "gha_yaml", "en"),
    ("      - name: ⟪env⟫\n        value: \"⟪v⟫\"", "k8s_yaml", "en"),
    ('{\n  "⟪envl⟫": "⟪v⟫",\n  "timeout_ms": 30000\n}', "json", "en"),
    ("[default]\n⟪envl⟫ = \"⟪v⟫\"\nregion = \"eu-west-1\"", "toml", "en"),
    ("⟪envl⟫: ⟪v⟫", "yaml", "en"),
    ('os.environ["⟪env⟫"] = "⟪v⟫"', "python", "en"),
    ("process.env.⟪env⟫ = '⟪v⟫';", "js", "en"),
    ('Environment="⟪env⟫=⟪v⟫"', "systemd", "en"),
    ("docker run -e ⟪env⟫=⟪v⟫ -p 8080:8080 ghcr.io/acme/worker:⟪ver⟫", "shell", "en"),
    ("set ⟪env⟫=⟪v⟫", "cmd", "en"),
    ('$env:⟪env⟫ = "⟪v⟫"', "powershell", "en"),
    ("heroku config:set ⟪env⟫=⟪v⟫ -a ⟪proj⟫", "shell", "en"),
    ("| ⟪env⟫ | `⟪v⟫` | prod |", "markdown_table", "en"),
    ("const ⟪env⟫ = \"⟪v⟫\";", "js", "en"),
    ('let ⟪envl⟫ = "⟪v⟫";', "rust", "en"),
    ('const ⟪env⟫ = "⟪v⟫"', "go", "en"),
    ("Ich habe ⟪env⟫=⟪v⟫ in die .env gesetzt, trotzdem kommt 401.", "chat", "de"),
    ("J'ai mis ⟪env⟫=⟪v⟫ dans le fichier .env mais ça ne marche pas", "chat", "fr"),
    ("He puesto ⟪env⟫=⟪v⟫ y sigue fallando", "chat", "es"),
    ("Ho impostato ⟪env⟫=⟪v⟫ ma ricevo ancora 403", "chat", "it"),
    ("Ik heb ⟪env⟫=⟪v⟫ gezet, nog steeds een fout", "chat", "nl"),
    ("Coloquei ⟪env⟫=⟪v⟫ no .env e continua dando erro", "chat", "pt"),
    ("Ustawiłem ⟪env⟫=⟪v⟫ i dalej 401", "chat", "pl"),
    ("⟪env⟫=⟪v⟫ を設定したのに401が返ってきます", "chat", "ja"),
    ("我设置了⟪env⟫=⟪v⟫，但还是报401错误", "chat", "zh"),
    ("قمت بتعيين ⟪env⟫=⟪v⟫ ولكن الخطأ مستمر", "chat", "ar"),
]
# Keys whose prefix says what they are, pasted with no label at all.
APIKEY_BARE_T = [
    ("here's my key ⟪v⟫ — why does every request return 401?", "chat", "en"),
    ("is this key still valid? ⟪v⟫", "chat", "en"),
    ("Mein Schlüssel ⟪v⟫ funktioniert nicht mehr.", "chat", "de"),
    ("Voici ma clé : ⟪v⟫", "chat", "fr"),
    ("mi clave es ⟪v⟫", "chat", "es"),
    ("ecco la chiave ⟪v⟫", "chat", "it"),
    ("Minha chave: ⟪v⟫", "chat", "pt"),
    ("klucz: ⟪v⟫", "chat", "pl"),
    ("このキー⟪v⟫は使えますか？", "chat", "ja"),
    ("这个密钥⟪v⟫还能用吗？", "chat", "zh"),
    ("المفتاح ⟪v⟫ لا يعمل", "chat", "ar"),
    ("rotated the leaked token (⟪v⟫) — please revoke", "slack", "en"),
    ("`⟪v⟫`", "markdown", "en"),
    ("trufflehog found: ⟪v⟫ in src/config.ts line ⟪n2⟫", "log", "en"),
]
APIKEY_PROVIDER_T = {
    "openai": [('client = OpenAI(api_key="⟪v⟫")', "python"), ('const openai = new OpenAI({ apiKey: "⟪v⟫" });', "js"),
               ('curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer ⟪v⟫" -H "Content-Type: application/json"', "shell"),
               ('openai.api_key = "⟪v⟫"', "python"), ("llm keys set openai --value ⟪v⟫", "shell")],
    "anthropic": [('client = anthropic.Anthropic(api_key="⟪v⟫")', "python"),
                  ('curl https://api.anthropic.com/v1/messages -H "x-api-key: ⟪v⟫" -H "anthropic-version: 2023-06-01"', "shell"),
                  ('const anthropic = new Anthropic({ apiKey: "⟪v⟫" });', "js"), ("x-api-key: ⟪v⟫", "http")],
    "aws_akia": [("aws configure set aws_access_key_id ⟪v⟫", "shell"), ("AccessKeyId: ⟪v⟫", "yaml"),
                 ("User arn:aws:iam::⟪n9⟫⟪n2⟫⟪n2⟫:user/ci is not authorized (key ⟪v⟫)", "log")],
    "aws_asia": [('"AccessKeyId": "⟪v⟫",\n"Expiration": "⟪iso⟫"', "json")],
    "aws_secret": [("aws_secret_access_key = ⟪v⟫", "ini"), ('"SecretAccessKey": "⟪v⟫",', "json"),
                   ("aws configure set aws_secret_access_key ⟪v⟫", "shell")],
    "github": [("git clone https://⟪v⟫@github.com/⟪word⟫-labs/⟪proj⟫.git", "shell"),
               ("git remote set-url origin https://x-access-token:⟪v⟫@github.com/⟪word⟫/⟪proj⟫.git", "shell"),
               ("echo ⟪v⟫ | gh auth login --with-token", "shell"),
               ("//npm.pkg.github.com/:_authToken=⟪v⟫", "npmrc"), ('Authorization: token ⟪v⟫', "http")],
    "gitlab": [("git remote set-url origin https://oauth2:⟪v⟫@gitlab.com/⟪word⟫/⟪proj⟫.git", "shell"),
               ('curl --header "PRIVATE-TOKEN: ⟪v⟫" "https://gitlab.⟪corpdomain⟫/api/v4/projects?owned=true"', "shell")],
    "slack": [('app = App(token="⟪v⟫", signing_secret=os.environ["SLACK_SIGNING_SECRET"])', "python"),
              ("slack_token: ⟪v⟫", "yaml")],
    "slack_webhook": [("curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' ⟪v⟫", "shell"),
                      ("webhook_url: ⟪v⟫", "yaml")],
    "google": [('<script src="https://maps.googleapis.com/maps/api/js?key=⟪v⟫&callback=initMap" async></script>', "html"),
               ('genai.configure(api_key="⟪v⟫")', "python"), ("https://www.googleapis.com/youtube/v3/search?part=snippet&q=lofi&key=⟪v⟫", "url")],
    "stripe": [('stripe.api_key = "⟪v⟫"', "python"), ('const stripe = require("stripe")("⟪v⟫");', "js"),
               ("curl https://api.stripe.com/v1/charges -u ⟪v⟫:", "shell")],
    "huggingface": [("huggingface-cli login --token ⟪v⟫", "shell"), ('login(token="⟪v⟫")', "python"),
                    ('headers = {"Authorization": "Bearer ⟪v⟫"}', "python")],
    "sendgrid": [('sg = SendGridAPIClient("⟪v⟫")', "python")],
    "twilio_sk": [('client = Client("⟪v⟫", api_secret, account_sid="AC⟪hex32⟫")', "python")],
    "jwt": [("Authorization: Bearer ⟪v⟫", "http"), ('localStorage.setItem("access_token", "⟪v⟫");', "js"),
            ("Cookie: access_token=⟪v⟫; theme=dark", "http"), ("jwt.io says this one is expired: ⟪v⟫", "chat"),
            ("?token=⟪v⟫", "url")],
    "npm": [("//registry.npmjs.org/:_authToken=⟪v⟫", "npmrc")],
    "pypi": [("[pypi]\n  username = __token__\n  password = ⟪v⟫", "pypirc"), ("twine upload -u __token__ -p ⟪v⟫ dist/*", "shell")],
    "digitalocean": [("doctl auth init -t ⟪v⟫", "shell")],
    "shopify": [("X-Shopify-Access-Token: ⟪v⟫", "http")],
    "mailgun": [('auth=("api", "⟪v⟫")', "python")],
    "telegram": [("https://api.telegram.org/bot⟪v⟫/sendMessage?chat_id=⟪n9⟫&text=build%20failed", "url"),
                 ("bot = telebot.TeleBot('⟪v⟫')", "python")],
    "square": [("Authorization: Bearer ⟪v⟫\nSquare-Version: 2024-02-22", "http")],
    "notion": [('notion = Client(auth="⟪v⟫")', "python")],
}
PROVIDER_GROUP = {"openai_legacy": "openai", "openai_proj": "openai", "openai_svcacct": "openai", "anthropic": "anthropic",
                  "anthropic_admin": "anthropic", "github_ghp": "github", "github_gho": "github", "github_ghs": "github",
                  "github_pat": "github", "slack_bot": "slack", "slack_user": "slack", "slack_app": "slack",
                  "stripe_sk": "stripe", "stripe_rk": "stripe"}
NO_BARE = {"aws_secret", "google_oauth_secret"}

SECRET_T = {
    "bearer": [("Authorization: Bearer ⟪v⟫", "http", "en"),
               ('curl -s -H "Authorization: Bearer ⟪v⟫" https://api.⟪corpdomain⟫/v1/me | jq .', "shell", "en"),
               ("authorization: bearer ⟪v⟫", "http2", "en"),
               ("headers: { Authorization: `Bearer ⟪v⟫` },", "js", "en"),
               ('r = requests.get(url, headers={"Authorization": "Bearer ⟪v⟫"}, timeout=10)', "python", "en"),
               ("Authorization: Token ⟪v⟫", "http", "en"),
               ('http GET :8000/api/orders "Authorization:Bearer ⟪v⟫"', "shell", "en"),
               ("-H 'Authorization: Bearer ⟪v⟫' \\\n  -H 'Accept: application/json'", "shell", "en"),
               ("Der Request schlägt fehl, obwohl ich den Header Authorization: Bearer ⟪v⟫ mitschicke.", "chat", "de"),
               ("認証ヘッダー：Authorization: Bearer ⟪v⟫", "chat", "ja")],
    "basic": [("Authorization: Basic ⟪v⟫", "http", "en"), ("Proxy-Authorization: Basic ⟪v⟫", "http", "en"),
              ('"Authorization": "Basic ⟪v⟫"', "json", "en")],
    "pw": [("password: ⟪v⟫", "yaml", "en"), ("Passwort: ⟪v⟫", "chat", "de"), ("Das Kennwort lautet ⟪v⟫ (bitte nicht weitergeben)", "chat", "de"),
           ("mot de passe : ⟪v⟫", "chat", "fr"), ("mdp: ⟪v⟫", "chat", "fr"), ("contraseña: ⟪v⟫", "chat", "es"),
           ("la password è ⟪v⟫", "chat", "it"), ("wachtwoord: ⟪v⟫", "chat", "nl"), ("senha: ⟪v⟫", "chat", "pt"),
           ("hasło: ⟪v⟫", "chat", "pl"), ("パスワード：⟪v⟫", "chat", "ja"), ("密码：⟪v⟫", "chat", "zh"),
           ("كلمة المرور: ⟪v⟫", "chat", "ar"), ("WLAN-Passwort: ⟪v⟫", "chat", "de"), ("Wi-Fi password is ⟪v⟫", "chat", "en"),
           ("POSTGRES_PASSWORD=⟪v⟫", "dotenv", "en"), ('DB_PASSWORD: "⟪v⟫"', "yaml", "en"),
           ("spring.datasource.password=⟪v⟫", "properties", "en"), ('"password": "⟪v⟫",', "json", "en"),
           ("Server=tcp:sql.⟪corpdomain⟫,1433;Database=erp;User ID=app;Password=⟪v⟫;Encrypt=true;", "connstring", "en"),
           ("mysql -u root -p⟪v⟫ shop", "shell", "en"), ("PGPASSWORD=⟪v⟫ psql -h db.internal -U app orders", "shell", "en"),
           ("db.internal:5432:orders:app:⟪v⟫", "pgpass", "en"), ("machine api.⟪corpdomain⟫ login deploy password ⟪v⟫", "netrc", "en"),
           ('smtp_password = "⟪v⟫"', "toml", "en"), ("redis-cli -h cache.internal -a ⟪v⟫ ping", "shell", "en"),
           ("requirepass ⟪v⟫", "redis_conf", "en"), ("docker login -u ci -p ⟪v⟫ registry.⟪corpdomain⟫", "shell", "en"),
           ("Temporary password: ⟪v⟫ (you must change it at first login)", "email", "en"),
           ("Ihr Initialpasswort lautet: ⟪v⟫", "email", "de"), ("Votre mot de passe temporaire est ⟪v⟫", "email", "fr"),
           ("ansible_become_password: ⟪v⟫", "yaml", "en"), ("La contraseña del wifi de la oficina es ⟪v⟫", "chat", "es"),
           ("Wachtwoord voor de NAS: ⟪v⟫", "chat", "nl"), ("A senha do roteador é ⟪v⟫", "chat", "pt"),
           ("Hasło do VPN: ⟪v⟫", "chat", "pl"), ("Password dell'amministratore: ⟪v⟫", "chat", "it"),
           ("管理者パスワードは⟪v⟫です", "chat", "ja"), ("数据库密码是⟪v⟫", "chat", "zh"), ("كلمة السر للراوتر ⟪v⟫", "chat", "ar"),
           ("passwd=⟪v⟫", "ini", "en"), ("PASSWORD=⟪v⟫", "dotenv", "en"), ("pwd: ⟪v⟫", "chat", "en"),
           ("--password ⟪v⟫", "shell", "en"), ("-p '⟪v⟫'", "shell", "en")],
    "url": [("postgres://app:⟪v⟫@db.⟪corpdomain⟫:5432/orders", "url", "en"),
            ("MONGO_URI=mongodb+srv://admin:⟪v⟫@cluster0.x7k2p.mongodb.net/?retryWrites=true&w=majority", "dotenv", "en"),
            ("redis://:⟪v⟫@cache.⟪corpdomain⟫:6379/0", "url", "en"),
            ("amqp://worker:⟪v⟫@mq.⟪corpdomain⟫:5672/%2F", "url", "en"),
            ("git clone https://deploy:⟪v⟫@git.⟪corpdomain⟫/infra/terraform.git", "shell", "en"),
            ("ftp://backup:⟪v⟫@files.⟪corpdomain⟫/nightly/", "url", "en"),
            ("DATABASE_URL=mysql://root:⟪v⟫@127.0.0.1:3306/app", "dotenv", "en"),
            ("jdbc:postgresql://db:5432/app?user=app&password=⟪v⟫&ssl=true", "jdbc", "en"),
            ("SQLALCHEMY_DATABASE_URI = 'postgresql+psycopg2://etl:⟪v⟫@warehouse:5432/dw'", "python", "en"),
            ("smtp://mailer:⟪v⟫@smtp.⟪corpdomain⟫:587", "url", "en"),
            ("https://admin:⟪v⟫@grafana.⟪corpdomain⟫/d/abc123/overview", "url", "en")],
    "cookie": [("Cookie: sessionid=⟪v⟫; django_language=de", "http", "en"),
               ("Set-Cookie: __Secure-next-auth.session-token=⟪v⟫; Path=/; HttpOnly; Secure; SameSite=Lax", "http", "en"),
               ("connect.sid=⟪v⟫", "http", "en")],
    "app_secret": [('"client_secret": "⟪v⟫",', "json", "en"), ("OAUTH_CLIENT_SECRET=⟪v⟫", "dotenv", "en"),
                   ("JWT_SECRET=⟪v⟫", "dotenv", "en"), ("secret_key_base: ⟪v⟫", "yaml", "en"),
                   ("WEBHOOK_SIGNING_SECRET=⟪v⟫", "dotenv", "en"), ('app.secret_key = "⟪v⟫"', "python", "en"),
                   ("NEXTAUTH_SECRET=⟪v⟫", "dotenv", "en"), ("otpauth://totp/Acme:ops?secret=⟪v⟫&issuer=Acme", "url", "en"),
                   ("SECRET_KEY = '⟪v⟫'", "python", "en"), ("encryption_key: ⟪v⟫", "yaml", "en")],
    "k8s_b64": [("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: YXBw\n  password: ⟪v⟫", "k8s_yaml", "en")],
}


def secret_value(group):
    if group == "bearer":
        return S("secret", bearer_token(), "bearer")
    if group == "basic":
        return S("secret", basic_cred(), "basic")
    if group == "pw":
        return pw(shape="pw_labelled")
    if group == "url":
        return pw(url_safe=True, shape="url_credentials")
    if group == "cookie":
        return S("secret", pick([rs(LO + DIG, 32), "s%3A" + rs(B64U, 32) + "." + rs(B64U, 43), "eyJ" + rs(B64U, 80) + ".." + rs(B64U, 40)]), "session_cookie")
    if group == "app_secret":
        return S("secret", pick([rs(B64U, 40), rs(HEXL, 64), rs(HEXL, 128), "django-insecure-" + rs(LO + DIG + "!@#$%^&*(-_=+)", 50),
                                 base64.b64encode(R.randbytes(32)).decode(), rs(B32, 32)]), "app_secret")
    if group == "k8s_b64":
        return S("secret", base64.b64encode(password().encode()).decode(), "k8s_b64")


GOV_T = [
    (ssn, [("SSN: ⟪v⟫", "form", "en"), ("Social Security No. ⟪v⟫", "form", "en"), ("my SSN is ⟪v⟫ — do you need it for the W-9?", "chat", "en"),
           ('{"ssn": "⟪v⟫", "dob": "⟪date⟫"}', "json", "en"), ("a Employee's social security number\n⟪v⟫", "w2", "en"),
           ("applicant_ssn,state\n⟪v⟫,CA", "csv", "en")]),
    (lambda: ssn(sep=pick(["", " "])), [("SSN (no dashes): ⟪v⟫", "form", "en"), ("ssn=⟪v⟫", "log", "en")]),
    (us_itin, [("ITIN: ⟪v⟫", "form", "en")]),
    (uk_nino, [("National Insurance number: ⟪v⟫", "form", "en"), ("NI No ⟪v⟫", "payslip", "en"), ("NINO=⟪v⟫", "log", "en"),
               ("my NI number is ⟪v⟫, HMRC asked for it", "chat", "en")]),
    (iban, [("IBAN: ⟪v⟫", "form", "en"), ("Bitte überweisen Sie den Betrag auf IBAN ⟪v⟫ (BIC ⟪bic⟫).", "invoice", "de"),
            ("Mon IBAN : ⟪v⟫", "chat", "fr"), ("IBAN para la devolución: ⟪v⟫", "chat", "es"), ("Coordinate bancarie: IBAN ⟪v⟫", "invoice", "it"),
            ("Rekeningnummer (IBAN): ⟪v⟫", "form", "nl"), ("IBAN ⟪v⟫ — conta da empresa", "chat", "pt"), ("Numer rachunku: ⟪v⟫", "invoice", "pl"),
            ("رقم الآيبان: ⟪v⟫", "chat", "ar"), ("振込先IBAN：⟪v⟫", "chat", "ja"), ("收款IBAN：⟪v⟫", "chat", "zh"),
            ("<CdtrAcct><Id><IBAN>⟪v⟫</IBAN></Id></CdtrAcct>", "sepa_xml", "en", "compact"), ("iban;bic;betrag\n⟪v⟫;⟪bic⟫;⟪price_dot⟫", "csv", "de"),
            ('"iban": "⟪v⟫",', "json", "en"), ("Kontoinhaber: ⟪name⟫, IBAN ⟪v⟫", "form", "de"), ("Bankverbindung ⟪v⟫", "signature", "de"),
            ("refund to ⟪v⟫ please", "chat", "en"), ("sepa_debit[iban]=⟪v⟫", "form_urlencoded", "en", "compact")]),
    (de_steuer_id, [("Steuerliche Identifikationsnummer: ⟪v⟫", "form", "de"), ("Steuer-ID ⟪v⟫", "chat", "de")]),
    (fr_nir, [("N° de sécurité sociale : ⟪v⟫", "form", "fr"), ("numéro INSEE ⟪v⟫", "chat", "fr")]),
    (es_dni, [("DNI: ⟪v⟫", "form", "es"), ("Mi DNI/NIE es ⟪v⟫", "chat", "es")]),
    (it_cf, [("Codice fiscale: ⟪v⟫", "form", "it"), ("il mio CF è ⟪v⟫", "chat", "it")]),
    (nl_bsn, [("BSN: ⟪v⟫", "form", "nl"), ("Burgerservicenummer ⟪v⟫", "chat", "nl")]),
    (pl_pesel, [("PESEL: ⟪v⟫", "form", "pl"), ("mój PESEL to ⟪v⟫", "chat", "pl")]),
    (br_cpf, [("CPF: ⟪v⟫", "form", "pt"), ("meu CPF é ⟪v⟫", "chat", "pt")]),
    (pt_nif, [("NIF: ⟪v⟫", "invoice", "pt"), ("Contribuinte n.º ⟪v⟫", "invoice", "pt")]),
    (be_rrn, [("Rijksregisternummer: ⟪v⟫", "form", "nl"), ("Numéro de registre national : ⟪v⟫", "form", "fr")]),
    (se_pnr, [("Personnummer: ⟪v⟫", "form", "en")]),
    (fi_hetu, [("Henkilötunnus: ⟪v⟫", "form", "en")]),
    (ca_sin, [("SIN: ⟪v⟫", "form", "en"), ("Social Insurance Number ⟪v⟫", "form", "en")]),
    (au_tfn, [("TFN: ⟪v⟫", "form", "en"), ("Tax file number ⟪v⟫", "payslip", "en")]),
    (in_aadhaar, [("Aadhaar: ⟪v⟫", "form", "en"), ("my aadhaar no is ⟪v⟫", "chat", "en")]),
    (cn_rid, [("身份证号：⟪v⟫", "form", "zh"), ("我的身份证号码是⟪v⟫", "chat", "zh")]),
    (jp_mynumber, [("マイナンバー：⟪v⟫", "form", "ja"), ("個人番号 ⟪v⟫", "form", "ja")]),
    (ch_ahv, [("AHV-Nr.: ⟪v⟫", "form", "de"), ("N° AVS : ⟪v⟫", "form", "fr")]),
    (no_fnr, [("Fødselsnummer: ⟪v⟫", "form", "en")]),
    (ie_pps, [("PPSN: ⟪v⟫", "form", "en")]),
]
GOV_WEIGHTS = [10, 3, 3, 8, 8, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3]

IP_T = [
    ('⟪v⟫ - - [⟪clf⟫] "GET /wp-login.php HTTP/1.1" 404 153 "-" "⟪ua⟫"', "nginx_log", "en", "v4"),
    ("sshd[⟪pid⟫]: Failed password for invalid user admin from ⟪v⟫ port ⟪port⟫ ssh2", "auth_log", "en", None),
    ("sshd[⟪pid⟫]: Accepted publickey for deploy from ⟪v⟫ port ⟪port⟫ ssh2: ED25519 SHA256:⟪b64_43⟫", "auth_log", "en", None),
    ("X-Forwarded-For: ⟪v⟫, 10.0.3.17", "http", "en", None),
    ("X-Real-IP: ⟪v⟫", "http", "en", None),
    ('cidr_blocks = ["⟪v⟫/32"]  # home', "terraform", "en", "v4"),
    ("ssh -i ~/.ssh/id_ed25519 root@⟪v⟫", "shell", "en", "v4"),
    ("my public IP is ⟪v⟫, can you add it to the allowlist?", "chat", "en", None),
    ("Meine IP-Adresse ist ⟪v⟫ – bitte in der Firewall freigeben.", "chat", "de", None),
    ("Mon adresse IP : ⟪v⟫", "chat", "fr", None), ("Mi IP pública es ⟪v⟫", "chat", "es", None),
    ("L'indirizzo IP del server è ⟪v⟫", "chat", "it", None), ("Mijn IP-adres is ⟪v⟫", "chat", "nl", None),
    ("Meu IP é ⟪v⟫", "chat", "pt", None), ("Mój adres IP: ⟪v⟫", "chat", "pl", None),
    ("接続元IP：⟪v⟫", "chat", "ja", None), ("服务器IP：⟪v⟫，端口⟪port⟫", "chat", "zh", "v4"),
    ("عنوان IP الخاص بي هو ⟪v⟫", "chat", "ar", None),
    ('{"event":"login","ip":"⟪v⟫","country":"⟪cc⟫","ts":⟪epoch⟫}', "json", "en", None),
    ("fail2ban.actions [⟪pid⟫]: NOTICE [sshd] Ban ⟪v⟫", "log", "en", None),
    ("PING ⟪v⟫ (⟪v⟫) 56(84) bytes of data.", "shell", "en", "v4"),
    ("curl -v http://⟪v⟫:8080/healthz", "shell", "en", "v4"),
    ('requests.get("http://⟪v⟫:8000/api/status", timeout=5)', "python", "en", "v4"),
    ("id=7 addr=⟪v⟫:⟪port⟫ laddr=10.0.0.5:6379 fd=8 name= age=12 idle=0", "redis", "en", "v4"),
    ("allow ⟪v⟫;\ndeny all;", "nginx_conf", "en", None),
    ("sudo ufw allow from ⟪v⟫ to any port 22 proto tcp", "shell", "en", None),
    ("remote_addr=[⟪v⟫]:⟪port⟫ status=403", "log", "en", "v6"),
    ("    inet6 ⟪v⟫/64 scope global dynamic mngtmpaddr", "ip_addr", "en", "v6"),
    ("Received: from mail.⟪corpdomain⟫ (mail.⟪corpdomain⟫ [⟪v⟫])\n\tby mx.google.com with ESMTPS", "email_header", "en", None),
    ("X-Originating-IP: [⟪v⟫]", "email_header", "en", "v4"),
    ("whois ⟪v⟫ says it's a residential range, so it's probably the customer's home router", "chat", "en", None),
    ("::ffff:⟪v⟫ - GET /api/orders 200 14ms", "node_log", "en", "v4"),
    ("client connected from [⟪v⟫]:⟪port⟫", "log", "en", "v6"),
    ("ip,first_seen,requests\n⟪v⟫,⟪date⟫,⟪n4⟫", "csv", "en", None),
    ("AAAA record: ⟪v⟫", "dns", "en", "v6"),
    ("| ⟪v⟫ | blocked | ⟪n4⟫ hits |", "markdown_table", "en", None),
]

USER_T = [
    ('Traceback (most recent call last):\n  File "/home/⟪v⟫/projects/⟪proj⟫/app.py", line ⟪n2⟫, in <module>\n    main()', "python_trace", "en", ""),
    ("error: could not open '/Users/⟪v⟫/Library/Application Support/Code/User/settings.json'", "log", "en", ""),
    ("C:\\Users\\⟪v⟫\\AppData\\Local\\Programs\\Python\\Python312\\python.exe -m pip install -r requirements.txt", "windows", "en", "spaced"),
    ('{"path": "C:\\\\Users\\\\⟪v⟫\\\\Documents\\\\report.xlsx", "size": ⟪n5⟫}', "json", "en", "spaced"),
    ("PS C:\\Users\\⟪v⟫\\source\\repos\\Api> dotnet build", "powershell", "en", "spaced"),
    ("thread 'main' panicked at /home/⟪v⟫/.cargo/registry/src/index.crates.io-6f17d22bba15001f/serde_json-1.0.114/src/de.rs:2208:23", "rust", "en", ""),
    ("goroutine 1 [running]:\nmain.main()\n\t/home/⟪v⟫/go/src/⟪proj⟫/main.go:42 +0x1d", "go", "en", ""),
    ("    at Object.<anonymous> (/Users/⟪v⟫/dev/⟪proj⟫/index.js:12:9)", "node", "en", ""),
    ("npm ERR! A complete log of this run can be found in: /Users/⟪v⟫/.npm/_logs/2024-03-15T10_22_31_123Z-debug-0.log", "npm", "en", ""),
    ("docker run -v /home/⟪v⟫/data:/var/lib/postgresql/data postgres:16", "shell", "en", ""),
    ("file:///Users/⟪v⟫/Desktop/invoice.pdf", "url", "en", ""),
    ("file:///C:/Users/⟪v⟫/Downloads/setup.exe", "url", "en", ""),
    ("/mnt/c/Users/⟪v⟫/Projects/⟪proj⟫$ make test", "wsl", "en", ""),
    ("\\\\wsl.localhost\\Ubuntu-22.04\\home\\⟪v⟫\\src", "windows", "en", ""),
    ("fatal: not a git repository (or any of the parent directories): /home/⟪v⟫/work/.git", "git", "en", ""),
    ("  --> /home/⟪v⟫/src/main.rs:14:5", "rust", "en", ""),
    ("ModuleNotFoundError: No module named 'torch' (searched /Users/⟪v⟫/miniconda3/envs/ml/lib/python3.11/site-packages)", "python", "en", ""),
    ("Die Datei C:\\Users\\⟪v⟫\\Desktop\\Steuer2023.pdf lässt sich nicht öffnen.", "chat", "de", "spaced"),
    ("Le fichier /home/⟪v⟫/Documents/CV_2024.docx est introuvable", "chat", "fr", ""),
    ("El archivo /Users/⟪v⟫/Downloads/contrato.pdf no abre", "chat", "es", ""),
    ("Il percorso è C:\\Users\\⟪v⟫\\OneDrive\\Documenti\\tesi.docx", "chat", "it", "spaced"),
    ("Het pad /home/⟪v⟫/.config/nvim/init.lua werkt niet", "chat", "nl", ""),
    ("O caminho /Users/⟪v⟫/Projetos/app dá erro de permissão", "chat", "pt", ""),
    ("Ścieżka: C:\\Users\\⟪v⟫\\Pulpit\\faktura.pdf", "chat", "pl", "spaced"),
    ("/Users/⟪v⟫/Desktop/スクリーンショット 2024-03-15.png が開けません", "chat", "ja", ""),
    ("路径：/home/⟪v⟫/下载/data.csv 读取失败", "chat", "zh", ""),
    ("المسار /home/⟪v⟫/Documents/report.pdf غير موجود", "chat", "ar", ""),
    ("open?path=%2FUsers%2F⟪v⟫%2FDocuments%2Fnotes.md", "url", "en", "pct"),
    ("HISTFILE=/home/⟪v⟫/.zsh_history", "shell", "en", ""),
    ("  IdentityFile /Users/⟪v⟫/.ssh/id_ed25519", "ssh_config", "en", ""),
    ("/var/home/⟪v⟫/.local/share/flatpak/exports/share", "linux", "en", ""),
    ("volumes:\n  - /home/⟪v⟫/media:/media:ro", "docker_compose", "en", ""),
    ('$env:PATH += ";C:\\Users\\⟪v⟫\\.cargo\\bin"', "powershell", "en", "spaced"),
    ("Error: ENOENT: no such file or directory, open 'C:\\Users\\⟪v⟫\\project\\.env'", "node", "en", "spaced"),
    ("/Users/⟪v⟫/Library/Mobile Documents/com~apple~CloudDocs/Taxes/2023", "mac", "en", ""),
    ("C:/Users/⟪v⟫/Documents/GitHub/⟪proj⟫/node_modules/.bin/vite", "windows", "en", ""),
    ("Warning: Identity file /home/⟪v⟫/.ssh/id_rsa not accessible: No such file or directory.", "ssh", "en", ""),
    ("cd /home/⟪v⟫ && ls -la", "shell", "en", ""),
]

KNOWN_NAMES = ["Katarzyna Wójcik", "José Álvarez Ruiz", "Zoë Lefèvre", "Jürgen Maßmann", "Søren Holm", "Daniel Okafor",
               "Priya Raman", "Mehmet Yılmaz", "Chiara Bellandi", "Bram van der Berg", "João Gonçalves", "Ewa Szymańska",
               "Kenji Watanabe", "Li Na", "Omar Haddad", "Aoife Ní Bhriain", "Marc-Antoine Girard", "Elif Demir",
               "Thomas Leclerc", "Hannah Krüger", "Mateusz Lewandowski", "Beatriz Carvalho", "Giacomo Ferri",
               "Sophie van Dam", "Rafael Domínguez", "Amira Khalil", "Lucas Moreau", "Yuki Nakamura", "Wang Fang",
               "Nora Lindgren", "Felipe Araújo", "Hélène Rousseau"]
KNOWN_CJK = [("山田太郎", "ja"), ("佐藤花子", "ja"), ("王小明", "zh"), ("李静", "zh")]


def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("ı", "i")


def known_name_value(full):
    parts = full.split()
    shape = pick(["exact"] * 12 + ["upper", "lower", "last_first", "first_only", "first_only", "last_only", "no_diacritics"])
    if shape == "upper":
        v = full.upper()
    elif shape == "lower":
        v = full.lower()
    elif shape == "last_first":
        v = f"{parts[-1]}, {' '.join(parts[:-1])}"
    elif shape == "first_only":
        v = parts[0]
    elif shape == "last_only":
        v = parts[-1]
    elif shape == "no_diacritics":
        v = strip_accents(full)
        if v == full:
            shape, v = "exact", full
    else:
        v = full
    return S("name", v, shape)


NAME_T = [
    ("Hi, I'm ⟪v⟫ and I run the platform team at ⟪corpdomain⟫. Can you help me draft a job post?", "chat", "en"),
    ("Best regards,\n⟪v⟫\nSenior Accountant", "signature", "en"), ("Mit freundlichen Grüßen\n⟪v⟫", "signature", "de"),
    ("Cordialement,\n⟪v⟫", "signature", "fr"), ("Un saludo,\n⟪v⟫", "signature", "es"), ("Cordiali saluti,\n⟪v⟫", "signature", "it"),
    ("Met vriendelijke groet,\n⟪v⟫", "signature", "nl"), ("Atenciosamente,\n⟪v⟫", "signature", "pt"), ("Z poważaniem,\n⟪v⟫", "signature", "pl"),
    ('__author__ = "⟪v⟫"', "python", "en"), ("\\author{⟪v⟫}", "latex", "en"), ("Assignee: ⟪v⟫ | Status: In Review", "jira", "en"),
    ("Employee name: ⟪v⟫\nDepartment: Logistics\nStart date: ⟪date⟫", "hr_form", "en"),
    ("Rewrite this cover letter for me. My name is ⟪v⟫ and I have 6 years of experience in logistics.", "chat", "en"),
    ("Je m'appelle ⟪v⟫ et je cherche un appartement à Lyon.", "chat", "fr"), ("Ich heiße ⟪v⟫ und bewerbe mich als Projektleiterin.", "chat", "de"),
    ("Me llamo ⟪v⟫ y necesito ayuda con mi declaración.", "chat", "es"), ("Mi chiamo ⟪v⟫, ho una domanda sul contratto.", "chat", "it"),
    ("Mijn naam is ⟪v⟫ en ik zoek een nieuwe baan.", "chat", "nl"), ("Meu nome é ⟪v⟫ e preciso revisar meu currículo.", "chat", "pt"),
    ("Nazywam się ⟪v⟫ i piszę w sprawie reklamacji.", "chat", "pl"),
    ("Thanks ⟪v⟫, here's the revised draft with your notes applied.", "assistant", "en"),
    ("Copyright (c) 2024 ⟪v⟫", "license", "en"), ('"author": "⟪v⟫",', "package_json", "en"),
    ("Resume — ⟪v⟫ — Data Engineer", "cv", "en"), ("Reviewed-by: ⟪v⟫", "git", "en"),
    ("| Approver | ⟪v⟫ |", "markdown_table", "en"), ("Patient: ⟪v⟫, Termin am ⟪date_de⟫", "form", "de"),
]
NAME_CJK_T = [("私の名前は⟪v⟫です。履歴書の添削をお願いします。", "chat", "ja"), ("我叫⟪v⟫，请帮我写一封求职信。", "chat", "zh"),
              ("氏名：⟪v⟫", "form", "ja"), ("姓名：⟪v⟫", "form", "zh")]


def known_id():
    shape = pick(["chatgpt_user", "openai_org", "uuid", "slack_member", "numeric", "stripe_acct", "claude_org"])
    v = {"chatgpt_user": lambda: "user-" + rs(AL, 24), "openai_org": lambda: "org-" + rs(AL, 24), "uuid": uuid4,
         "slack_member": lambda: "U0" + rs(UP + DIG, 9), "numeric": lambda: nz(pick([8, 9, 18])),
         "stripe_acct": lambda: "acct_" + rs(AL, 16), "claude_org": uuid4}[shape]()
    return S("account_id", v, shape)


ACCOUNT_T = [
    ("my account id is ⟪v⟫ if that helps support find it", "chat", "en"),
    ('{"user_id": "⟪v⟫", "plan": "plus", "created": ⟪epoch⟫}', "json", "en"),
    ("Organization ID: ⟪v⟫", "settings", "en"),
    ("https://platform.⟪corpdomain⟫/account/⟪v⟫/billing", "url", "en"),
    ("[⟪iso⟫] account=⟪v⟫ action=export.requested", "log", "en"),
    ("Kundennummer / Account-ID: ⟪v⟫", "form", "de"), ("Identifiant du compte : ⟪v⟫", "form", "fr"),
    ("ID de cuenta: ⟪v⟫", "form", "es"), ("ID account: ⟪v⟫", "form", "it"), ("Account-ID: ⟪v⟫", "form", "nl"),
    ("ID da conta: ⟪v⟫", "form", "pt"), ("Identyfikator konta: ⟪v⟫", "form", "pl"), ("アカウントID：⟪v⟫", "form", "ja"),
    ("账户ID：⟪v⟫", "form", "zh"), ("معرّف الحساب: ⟪v⟫", "form", "ar"),
    ("conversation owner ⟪v⟫ exported ⟪n4⟫ messages", "log", "en"),
    ("SELECT * FROM conversations WHERE owner_id = '⟪v⟫' ORDER BY created_at DESC LIMIT 50;", "sql", "en"),
    ("owner_id,title,created\n⟪v⟫,Trip planning,⟪date⟫", "csv", "en"),
    ("The API says 'quota exceeded for ⟪v⟫' since this morning.", "chat", "en"),
]


# ---------------------------------------------------------------------------------------------------------
# Secrets that need their own layout: PEM blocks and signed URLs

def rec_pem():
    style = pick(["chat", "chat_de", "k8s", "gcp_json", "terraform", "dotenv", "ansible"])
    if style in ("chat", "chat_de"):
        b, s, e = pem()
        intro = "here's the deploy key, why does ssh say 'invalid format'?\n" if style == "chat" else "Hier der private Schlüssel vom Server, bitte prüfen:\n"
        return line(intro + b + "⟪v⟫" + e, "pem_chat", "en" if style == "chat" else "de", v=s)
    if style == "k8s":
        b, s, e = pem(kind=pick(["RSA", "EC", "PKCS8"]), nl="\n    ")
        return line("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    " + b + "⟪v⟫" + e, "k8s_yaml", v=s)
    if style == "gcp_json":
        b, s, e = pem(kind="PKCS8", nl="\\n")
        proj = f"{pick(PROJECTS)}-{d(6)}"
        sa = S("email", f"{pick(['etl', 'deployer', 'sheets-bot', 'backup'])}@{proj}.iam.gserviceaccount.com", "service_account")
        return line('{\n  "type": "service_account",\n  "project_id": "' + proj + '",\n  "private_key_id": "' + rs(HEXL, 40) +
                    '",\n  "private_key": "' + b + "⟪v⟫" + e + '\\n",\n  "client_email": "⟪sa⟫",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}',
                    "gcp_sa_json", v=s, sa=sa)
    if style == "terraform":
        b, s, e = pem(kind=pick(["RSA", "OPENSSH"]))
        return line('resource "tls_private_key" "imported" {}\n\nlocals {\n  ssh_private_key = <<-EOT\n' + b + "⟪v⟫" + e + "\n  EOT\n}", "terraform", v=s)
    if style == "dotenv":
        b, s, e = pem(kind=pick(["RSA", "PKCS8", "EC"]), nl="\\n")
        return line('JWT_PRIVATE_KEY="' + b + "⟪v⟫" + e + '"', "dotenv", v=s)
    b, s, e = pem(kind="ENCRYPTED")
    return line("- name: install signing key\n  copy:\n    dest: /etc/app/signing.pem\n    content: |\n" + b + "⟪v⟫" + e, "ansible", v=s)


def rec_signed_url():
    style = pick(["s3", "s3_sts", "azure", "gcs", "cloudfront"])
    if style in ("s3", "s3_sts"):
        key = apikey("aws_akia" if style == "s3" else "aws_asia")
        sig = S("secret", rs(HEXL, 64), "signed_url_s3")
        tok = S("secret", pct("IQoJb3JpZ2luX2VjE" + rs(B64, 300) + "=="), "signed_url_sts_token")
        fmt = ("https://⟪bucket⟫.s3.eu-central-1.amazonaws.com/exports/report-⟪n5⟫.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
               "&X-Amz-Credential=⟪k⟫%2F20240315%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20240315T101500Z&X-Amz-Expires=3600"
               + ("&X-Amz-Security-Token=⟪t⟫" if style == "s3_sts" else "") + "&X-Amz-SignedHeaders=host&X-Amz-Signature=⟪v⟫")
        intro = pick(["", "Download link (valid 1h): ", "Le lien de téléchargement : ", "Hier ist der Link: "])
        return fill(intro + fmt, "signed_url", v=sig, k=key, t=tok)
    if style == "azure":
        sig = S("secret", pct(base64.b64encode(R.randbytes(32)).decode()), "signed_url_azure_sas")
        return fill("https://⟪acct⟫.blob.core.windows.net/backups/db-⟪date⟫.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-03-16T10:00:00Z"
                    "&st=2024-03-15T10:00:00Z&spr=https&sig=⟪v⟫", "signed_url", v=sig)
    if style == "gcs":
        proj = f"{pick(PROJECTS)}-{d(6)}"
        sa = S("email", pct(f"exporter@{proj}.iam.gserviceaccount.com"), "service_account+pct")
        sig = S("secret", rs(HEXL, 512), "signed_url_gcs")
        return fill("https://storage.googleapis.com/⟪bucket⟫/invoices/2024-03.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=⟪sa⟫"
                    "%2F20240315%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240315T101500Z&X-Goog-Expires=900"
                    "&X-Goog-SignedHeaders=host&X-Goog-Signature=⟪v⟫", "signed_url", v=sig, sa=sa)
    sig = S("secret", rs(AL + "-~", 172), "signed_url_cloudfront")
    return fill("https://d1x2y3z4abcd.cloudfront.net/videos/onboarding.mp4?Expires=⟪epoch⟫&Signature=⟪v⟫&Key-Pair-Id=K2JCJMDEHXQW5F", "signed_url", v=sig)


# ---------------------------------------------------------------------------------------------------------
# Records that carry several kinds at once

HR_FORMS = {
    "de": ("Personalfragebogen\nName: ⟪name⟫\nGeburtsdatum: ⟪dob⟫\nSteuer-ID: ⟪g⟫\nIBAN: ⟪i⟫\nTelefon: ⟪p⟫\nE-Mail (privat): ⟪e⟫", de_steuer_id, "DE", "de"),
    "fr": ("Fiche salarié\nNom : ⟪name⟫\nN° sécu : ⟪g⟫\nRIB/IBAN : ⟪i⟫\nPortable : ⟪p⟫\nCourriel : ⟪e⟫", fr_nir, "FR", "fr"),
    "es": ("Alta de empleado\nNombre: ⟪name⟫\nDNI: ⟪g⟫\nCuenta (IBAN): ⟪i⟫\nMóvil: ⟪p⟫\nCorreo: ⟪e⟫", es_dni, "ES", "es"),
    "it": ("Scheda dipendente\nNominativo: ⟪name⟫\nCodice fiscale: ⟪g⟫\nIBAN: ⟪i⟫\nCellulare: ⟪p⟫\nEmail: ⟪e⟫", it_cf, "IT", "it"),
    "nl": ("Personeelsformulier\nNaam: ⟪name⟫\nBSN: ⟪g⟫\nIBAN: ⟪i⟫\nMobiel: ⟪p⟫\nE-mail: ⟪e⟫", nl_bsn, "NL", "nl"),
    "pl": ("Kwestionariusz osobowy\nImię i nazwisko: ⟪name⟫\nPESEL: ⟪g⟫\nNr konta: ⟪i⟫\nTelefon: ⟪p⟫\nE-mail: ⟪e⟫", pl_pesel, "PL", "pl"),
    "pt": ("Ficha de admissão\nNome: ⟪name⟫\nCPF: ⟪g⟫\nIBAN: ⟪i⟫\nCelular: ⟪p⟫\nE-mail: ⟪e⟫", br_cpf, "BR", "pt"),
    "en": ("New hire form\nFull name: ⟪name⟫\nSSN: ⟪g⟫\nDirect deposit IBAN: ⟪i⟫\nMobile: ⟪p⟫\nPersonal email: ⟪e⟫", ssn, "GB", "en"),
    "en_uk": ("Starter checklist\nName: ⟪name⟫\nNI number: ⟪g⟫\nBank (IBAN): ⟪i⟫\nPhone: ⟪p⟫\nEmail: ⟪e⟫", uk_nino, "GB", "en"),
}


def rec_hr():
    key = pick(list(HR_FORMS))
    fmt, gid, cc, lang = HR_FORMS[key]
    country = pick(LANG_COUNTRY[lang])
    return fill(fmt, "hr_form", lang, g=gid(), i=iban(cc), p=phone(country, pick(["nat", "intl"])), e=email())


def rec_vcard():
    c = pick(list(PHONE_COUNTRIES))
    f, l = person()
    if chance(0.5):
        fmt = ("BEGIN:VCARD\nVERSION:3.0\nN:" + cap(l) + ";" + cap(f) + ";;;\nFN:" + cap(f) + " " + cap(l) +
               "\nORG:⟪corpdomain⟫\nTEL;TYPE=CELL:⟪p⟫\nTEL;TYPE=WORK,VOICE:⟪q⟫\nEMAIL;TYPE=INTERNET:⟪e⟫\nEND:VCARD")
        return fill(fmt, "vcard", p=phone(c, pick(["nat", "intl", "e164"])), q=phone(c, pick(["intl", "ext"])), e=email())
    fmt = ("BEGIN:VCARD\nVERSION:4.0\nFN:" + cap(f) + " " + cap(l) + "\nTEL;VALUE=uri;TYPE=\"cell,voice\":⟪p⟫\nEMAIL;TYPE=work:⟪e⟫\nEMAIL;TYPE=home:⟪e2⟫\nEND:VCARD")
    return fill(fmt, "vcard", p=phone(c, "tel"), e=email())


def rec_email_headers():
    ip = ipv4() if chance(0.7) else ipv6()
    fmt = pick([
        'Return-Path: <⟪a⟫>\nReceived: from smtp.⟪corpdomain⟫ (smtp.⟪corpdomain⟫ [⟪ip⟫])\nFrom: "⟪name⟫" <⟪a⟫>\nReply-To: ⟪b⟫\nTo: ⟪c⟫\nSubject: Angebot ⟪n5⟫\nDate: ⟪rfcdate⟫',
        "From: ⟪name⟫ <⟪a⟫>\nTo: ⟪c⟫\nCc: ⟪b⟫\nSubject: Re: contrat de location\nX-Originating-IP: [⟪ip⟫]",
        "From: ⟪a⟫\nReply-To: \"Billing\" <⟪b⟫>\nTo: undisclosed-recipients:;\nX-Sender-IP: ⟪ip⟫\nSubject: Your invoice is overdue",
    ])
    return fill(fmt, "email_header", a=email(), b=email(), c=email(), ip=ip)


def rec_ticket():
    fmt = pick([
        "Ticket #⟪ticket⟫ | Priority: High\nRequester: ⟪e⟫\nCallback: ⟪p⟫\nDescription: Customer was double-charged on card ⟪c⟫ on ⟪date_en⟫. Please refund ⟪price⟫.",
        "[Zendesk] Neue Anfrage von ⟪e⟫\nTelefon: ⟪p⟫\n> Meine Karte ⟪c⟫ wurde zweimal belastet. Bitte um Rückerstattung.",
        "Nouvelle demande (#⟪ticket⟫) de ⟪e⟫ — tél. ⟪p⟫ — la carte ⟪c⟫ a été débitée deux fois.",
        "Caso ⟪ticket⟫: cliente ⟪e⟫, teléfono ⟪p⟫, tarjeta ⟪c⟫ rechazada en la web.",
    ])
    lang = {"[Z": "de", "No": "fr", "Ca": "es"}.get(fmt[:2], "en")
    return fill(fmt, "ticket", lang, e=email(), p=phone(pick(LANG_COUNTRY[lang])), c=card())


def rec_invoice():
    fmt, lang, cc = pick([
        ("RECHNUNG Nr. RE-2024-⟪n5⟫\nLeistungszeitraum: ⟪date_de⟫\nGesamtbetrag: ⟪price⟫\nBankverbindung: IBAN ⟪i⟫ · BIC ⟪bic⟫\nRückfragen: ⟪p⟫ · ⟪e⟫", "de", "DE"),
        ("FACTURE N° F-⟪n5⟫\nMontant TTC : ⟪price⟫\nIBAN : ⟪i⟫\nContact : ⟪e⟫ / ⟪p⟫", "fr", "FR"),
        ("FATTURA n. ⟪n4⟫/2024\nTotale: ⟪price⟫\nIBAN: ⟪i⟫\nPer info: ⟪e⟫ — tel. ⟪p⟫", "it", "IT"),
        ("FACTUUR ⟪n5⟫\nTotaal: ⟪price⟫\nGraag overmaken naar ⟪i⟫ o.v.v. factuurnummer.\nVragen? ⟪e⟫ of ⟪p⟫", "nl", "NL"),
        ("FACTURA ⟪n5⟫\nTotal: ⟪price⟫\nIBAN: ⟪i⟫\nContacto: ⟪e⟫, ⟪p⟫", "es", "ES"),
        ("FAKTURA VAT nr ⟪n4⟫/03/2024\nDo zapłaty: ⟪price⟫\nRachunek: ⟪i⟫\nKontakt: ⟪e⟫, tel. ⟪p⟫", "pl", "PL"),
        ("INVOICE #⟪n5⟫\nAmount due: ⟪price⟫\nPay to IBAN ⟪i⟫\nQuestions: ⟪e⟫ | ⟪p⟫", "en", "GB"),
    ])
    return fill(fmt, "invoice", lang, i=iban(cc), p=phone(pick(LANG_COUNTRY[lang])), e=email())


def rec_slack():
    k = apikey(pick([p for p in API_KEYS if p not in NO_BARE]))
    fmt = pick([
        "[09:14] alex: staging is down again\n[09:15] priya: try with my key ⟪k⟫\n[09:15] priya: and allow ⟪ip⟫ in the SG\n[09:17] alex: 👍 will ping ⟪e⟫ if it breaks",
        "*#incident-4821*\n> 10:02 on-call: customer ⟪e⟫ reports login loop from ⟪ip⟫\n> 10:05 dev: reproduced with token ⟪k⟫, rotating now",
        "jonas 11:41\nkannst du kurz ⟪k⟫ testen? kommt von ⟪ip⟫\nmarie 11:43\ngeht, Kunde ⟪e⟫ ist informiert",
    ])
    return fill(fmt, "slack_thread", "de" if "jonas" in fmt else "en", k=k, ip=ipv4() if chance(0.7) else ipv6(), e=email())


def rec_jira():
    s = S("secret", bearer_token(), "bearer")
    fmt = ("h3. Steps to reproduce\n{code:bash}\ncurl -X POST https://api.⟪corpdomain⟫/v2/orders \\\n  -H 'Authorization: Bearer ⟪s⟫' \\\n"
           "  -d '{\"email\":\"⟪e⟫\",\"phone\":\"⟪p⟫\"}'\n{code}\nOnly fails from ⟪ip⟫ (customer VPN).")
    return fill(fmt, "jira", s=s, e=email(), p=phone(form="e164"), ip=ipv4())


def rec_k8s():
    fmt = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\n  namespace: prod\ntype: Opaque\nstringData:\n"
           "  DATABASE_URL: postgres://app:⟪pw⟫@db.prod.svc.cluster.local:5432/app\n  OPENAI_API_KEY: ⟪k⟫\n"
           "  SMTP_USER: ⟪e⟫\n  SMTP_PASSWORD: ⟪pw2⟫")
    return fill(fmt, "k8s_yaml", pw=pw(url_safe=True, shape="url_credentials"), k=apikey(pick(["openai_proj", "openai_legacy", "openai_svcacct"])),
                e=email(), pw2=pw(shape="pw_labelled"))


def rec_terraform():
    fmt = ('provider "aws" {\n  region     = "eu-central-1"\n  access_key = "⟪a⟫"\n  secret_key = "⟪s⟫"\n}\n\n'
           'resource "aws_security_group_rule" "ssh_home" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n'
           '  protocol    = "tcp"\n  cidr_blocks = ["⟪ip⟫/32"]\n  security_group_id = aws_security_group.bastion.id\n}')
    return fill(fmt, "terraform", a=apikey("aws_akia"), s=apikey("aws_secret"), ip=ipv4())


def rec_gha():
    fmt = pick([
        "name: release\non: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NPM_TOKEN: ⟪n⟫\n      SLACK_WEBHOOK: ⟪w⟫\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: npm publish",
        "jobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:\n      - run: curl -u deploy:⟪pw⟫ -T dist.tgz https://artifacts.⟪corpdomain⟫/upload\n"
        "      - run: echo ⟪g⟫ | docker login ghcr.io -u ci --password-stdin",
    ])
    return fill(fmt, "gha_yaml", n=apikey("npm"), w=apikey("slack_webhook"), pw=pw(url_safe=True, shape="curl_user_pass"), g=apikey("github_ghp"))


def rec_python_config():
    fmt = ("# settings/production.py\nDEBUG = False\nSECRET_KEY = \"⟪sk⟫\"\nDATABASES = {\n    \"default\": {\n        \"ENGINE\": \"django.db.backends.postgresql\",\n"
           "        \"NAME\": \"shop\",\n        \"USER\": \"shop\",\n        \"PASSWORD\": \"⟪pw⟫\",\n        \"HOST\": \"db.internal\",\n    }\n}\n"
           "EMAIL_HOST_USER = \"⟪e⟫\"\nEMAIL_HOST_PASSWORD = \"⟪pw2⟫\"\nSTRIPE_SECRET_KEY = \"⟪k⟫\"")
    return fill(fmt, "python", sk=S("secret", "django-insecure-" + rs(LO + DIG + "!#$%^&*(-_=+)", 50), "app_secret"),
                pw=pw(shape="pw_labelled"), e=email(), pw2=pw(shape="pw_labelled"), k=apikey("stripe_sk"))


def rec_js_config():
    fmt = ("const firebaseConfig = {\n  apiKey: \"⟪k⟫\",\n  authDomain: \"⟪proj⟫-⟪n5⟫.firebaseapp.com\",\n  projectId: \"⟪proj⟫-⟪n5⟫\",\n"
           "  appId: \"1:⟪n9⟫:web:⟪hex12⟫\",\n};\nconst SUPPORT_EMAIL = \"⟪e⟫\";\nconst ADMIN_PHONE = \"⟪p⟫\";")
    return fill(fmt, "js", k=apikey("google"), e=email(), p=phone(form="e164"))


def rec_go():
    fmt = ("cfg := Config{\n\tSMTPUser:   \"⟪e⟫\",\n\tSMTPPass:   \"⟪pw⟫\",\n\tAPIKey:     \"⟪k⟫\",\n\tAdminPhone: \"⟪p⟫\",\n\tListen:     \":8443\",\n}")
    return fill(fmt, "go", e=email(), pw=pw(shape="pw_labelled"), k=apikey(pick(["stripe_sk", "sendgrid", "anthropic", "openai_proj", "groq", "mailgun"])),
                p=phone(form=pick(["e164", "intl"])))


def rec_rust():
    fmt = ('const HF_TOKEN: &str = "⟪k⟫";\nconst ALERT_EMAIL: &str = "⟪e⟫";\n\nfn main() {\n    let client = Client::new(HF_TOKEN);\n'
           '    let db = PgPool::connect("postgres://svc:⟪pw⟫@10.0.4.12/metrics").await?;\n}')
    return fill(fmt, "rust", k=apikey("huggingface"), e=email(), pw=pw(url_safe=True, shape="url_credentials"))


def rec_http_trace():
    fmt = pick([
        "> POST /api/v1/signup HTTP/1.1\n> Host: app.⟪corpdomain⟫\n> Authorization: Bearer ⟪s⟫\n> X-Forwarded-For: ⟪ip⟫\n> Content-Type: application/json\n>\n"
        '{"email":"⟪e⟫","phone":"⟪p⟫","card":"⟪c⟫"}\n< HTTP/1.1 201 Created\n< Set-Cookie: session=⟪ck⟫; HttpOnly; Secure',
        "POST /checkout HTTP/2\nhost: shop.⟪corpdomain⟫\nauthorization: Bearer ⟪s⟫\nx-real-ip: ⟪ip⟫\ncontent-type: application/x-www-form-urlencoded\n\n"
        "email=⟪ep⟫&phone=⟪pp⟫&card_number=⟪c⟫\n\nHTTP/2 302\nset-cookie: sid=⟪ck⟫; Path=/",
    ])
    e, p = email(), phone(form="e164")
    return fill(fmt, "http_trace", s=S("secret", bearer_token(), "bearer"), ip=ipv4() if chance(0.7) else ipv6(), e=e, p=p,
                ep=e.map(pct, "+pct"), pp=p.map(pct, "+pct"), c=card(sep=""), ck=S("secret", rs(B64U, 43), "session_cookie"))


def rec_sql_dump():
    rows = []
    slots = {}
    for i in range(R.randint(2, 3)):
        slots[f"e{i}"], slots[f"p{i}"] = email(), phone(form=pick(["nat", "intl", "e164"]))
        slots[f"i{i}"] = iban() if chance(0.6) else None
        ib = f"'⟪i{i}⟫'" if slots[f"i{i}"] else "NULL"
        rows.append(f"({R.randint(100, 99999)},'{fullname().replace(chr(39), '')}','⟪e{i}⟫','⟪p{i}⟫',{ib},'⟪date⟫')")
    slots = {k: v for k, v in slots.items() if v is not None}
    fmt = "INSERT INTO `customers` (`id`,`name`,`email`,`phone`,`iban`,`created_at`) VALUES " + ",".join(rows) + ";"
    return fill(fmt, "sql_dump", **slots)


def rec_csv():
    rows, slots = [], {}
    for i in range(R.randint(2, 4)):
        slots[f"e{i}"], slots[f"p{i}"], slots[f"ip{i}"] = email(), phone(form=pick(["nat", "intl", "e164"])), ipv4()
        rows.append(f"⟪e{i}⟫,⟪p{i}⟫,⟪ip{i}⟫,{_date(0)}")
    if any("," in slots[f"p{i}"].value for i in range(len(rows))):
        raise Retry
    return fill("email,phone,last_login_ip,signup\n" + "\n".join(rows), "csv_export", **slots)


def rec_md_table():
    rows, slots = [], {}
    for i in range(R.randint(2, 3)):
        slots[f"e{i}"], slots[f"p{i}"], slots[f"i{i}"] = email(), phone(), iban()
        rows.append(f"| {fullname()} | ⟪e{i}⟫ | ⟪p{i}⟫ | ⟪i{i}⟫ |")
    if any("|" in s.value for s in slots.values()):
        raise Retry
    return fill("| Name | E-Mail | Telefon | IBAN |\n|---|---|---|---|\n" + "\n".join(rows), "markdown_table", "de", **slots)


def rec_querystring():
    e, p, i = email(), phone(form=pick(["intl", "e164"])), iban(form="compact")
    fmt = "https://forms.⟪corpdomain⟫/submit?first=" + pick(FIRST) + "&email=⟪e⟫&phone=⟪p⟫&iban=⟪i⟫&ref=⟪n6⟫"
    return fill(fmt, "querystring", e=e.map(pct, "+pct"), p=p.map(pct, "+pct"), i=i)


CHAT_MULTI = {
    "de": "Hallo! Ich bin umgezogen, hier meine neuen Daten: Tel. ⟪p⟫, Mail ⟪e⟫, und die neue IBAN ist ⟪i⟫. Kannst du das bitte in einen Brief an die Hausverwaltung packen?",
    "fr": "Bonjour, voici mes coordonnées pour le dossier : téléphone ⟪p⟫, e-mail ⟪e⟫, IBAN ⟪i⟫. Peux-tu rédiger la lettre de résiliation ?",
    "es": "Hola, mis datos: móvil ⟪p⟫, correo ⟪e⟫ e IBAN ⟪i⟫. ¿Me ayudas a escribir la reclamación?",
    "it": "Ciao, i miei dati: cellulare ⟪p⟫, email ⟪e⟫, IBAN ⟪i⟫. Mi scrivi la disdetta?",
    "nl": "Hoi, mijn gegevens: mobiel ⟪p⟫, mail ⟪e⟫, IBAN ⟪i⟫. Kun je een bezwaarbrief opstellen?",
    "pt": "Olá, meus dados: celular ⟪p⟫, e-mail ⟪e⟫, IBAN ⟪i⟫. Pode escrever a carta de cancelamento?",
    "pl": "Cześć, moje dane: tel. ⟪p⟫, e-mail ⟪e⟫, IBAN ⟪i⟫. Napiszesz wypowiedzenie umowy?",
    "ja": "こんにちは。電話番号は⟪p⟫、メールは⟪e⟫、口座（IBAN）は⟪i⟫です。解約の手紙を書いてください。",
    "zh": "你好，我的电话是⟪p⟫，邮箱是⟪e⟫，IBAN是⟪i⟫。请帮我写一封退租信。",
    "ar": "مرحبا، رقم هاتفي ⟪p⟫ وبريدي ⟪e⟫ ورقم الآيبان ⟪i⟫. هل يمكنك كتابة رسالة إلغاء العقد؟",
    "en": "Hi! New details for the landlord letter: phone ⟪p⟫, email ⟪e⟫, IBAN ⟪i⟫. Keep it short and polite.",
}
LANG_IBAN = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "ja": "DE", "zh": "GB", "ar": "AE", "en": "GB"}


def rec_chat_multi():
    lang = pick(list(CHAT_MULTI))
    return fill(CHAT_MULTI[lang], "chat", lang, p=phone(pick(LANG_COUNTRY[lang])), e=email(), i=iban(LANG_IBAN[lang]))


def known_email_for(full):
    parts = strip_accents(full).lower().replace("-", "").split()
    local = pick([".".join(parts), parts[0] + parts[-1], parts[0][0] + parts[-1], parts[0] + "." + parts[-1][0]])
    return S("email", f"{local}@{pick(DOM_FREE)}", "known_email")


def rec_known_combo():
    full = pick(KNOWN_NAMES)
    n = S("name", full, "exact")
    ke = known_email_for(full)
    kid = known_id()
    known = {"names": [full], "emails": [ke.value], "ids": [kid.value]}
    fmt = pick([
        "commit ⟪sha⟫\nAuthor: ⟪v⟫ <⟪ke⟫>\nDate:   ⟪rfcdate⟫\n\n    Fix rounding in VAT calculation",
        '{"user": {"id": "⟪kid⟫", "name": "⟪v⟫", "email": "⟪ke⟫"}, "conversations": ⟪n2⟫}',
        '{"uuid": "⟪kid⟫", "full_name": "⟪v⟫", "email_address": "⟪ke⟫", "verified_phone_number": "⟪p⟫"}',
        "From: ⟪v⟫ <⟪ke⟫>\nTo: ⟪e2⟫\nSubject: Fwd: Kündigung\n\nHi, bitte schau mal drüber. — ⟪v⟫",
        "Account: ⟪kid⟫\nOwner: ⟪v⟫\nContact: ⟪ke⟫\nPlan: Team (5 seats)",
        "Hi, I'm ⟪v⟫ (⟪ke⟫). My workspace id is ⟪kid⟫ and the export keeps failing.",
    ])
    return fill(fmt, "known_combo", known=known, v=n, ke=ke, kid=kid, sha=rs(HEXL, 40), p=phone(form="e164"))


# ---------------------------------------------------------------------------------------------------------
# One line centred on one kind

def tpl(entry):
    fmt, genre, lang = entry[:3]
    opt = entry[3] if len(entry) > 3 else None
    return fmt, genre, lang, opt


def line_email():
    fmt, genre, lang, opt = tpl(pick(EMAIL_T))
    v = email("plain" if opt == "upper" else None)
    if opt == "pct":
        v = v.map(pct, "+pct")
    elif opt == "upper":
        v = S("email", v.value.upper(), "upper")
    return fill(fmt, genre, lang, v=v)


def line_phone():
    fmt, genre, lang, opt = tpl(pick(PHONE_T))
    country = pick(LANG_COUNTRY[lang]) if lang != "en" or chance(0.4) else None
    form = {"tel": "tel", "pct": "pct", "e164": "e164", "ext": "ext"}.get(opt) or pick(["nat", "nat", "intl", "intl", "intl", "e164"])
    return fill(fmt, genre, lang, v=phone(country, form))


def line_card(net=None):
    fmt, genre, lang, opt = tpl(pick([t for t in CARD_T if len(t) < 4 or t[3] not in CARD_NETS or t[3] == net] if net else CARD_T))
    net = opt if opt in CARD_NETS else net
    return fill(fmt, genre, lang, v=card(net, "" if opt == "nosep" else None))


def line_apikey(provider=None, label=None):
    if label or (provider is None and chance(0.18)):
        label = label or pick(list(LABELLED_KEYS))
        fmt, genre, lang, _ = tpl(pick(APIKEY_GENERIC_T[:18]))
        v = S("api_key", LABELLED_KEYS[label](), "labelled_" + label.lower())
        return fill(fmt, genre, lang, v=v, env=label, envl=label.lower())
    provider = provider or pick(list(API_KEYS))
    v = apikey(provider)
    group = PROVIDER_GROUP.get(provider, provider)
    r = R.random()
    if group in APIKEY_PROVIDER_T and r < 0.4:
        fmt, genre = pick(APIKEY_PROVIDER_T[group])
        lang = "en"
    elif provider not in NO_BARE and r > 0.8:
        fmt, genre, lang, _ = tpl(pick(APIKEY_BARE_T))
        v.shape += "+bare"
    else:
        fmt, genre, lang, _ = tpl(pick(APIKEY_GENERIC_T))
    return fill(fmt, genre, lang, v=v, env=ENV_NAME[provider], envl=ENV_NAME[provider].lower())


SECRET_GROUPS = ["bearer"] * 4 + ["basic"] * 4 + ["pw"] * 12 + ["url"] * 5 + ["cookie"] * 2 + ["app_secret"] * 4 + ["k8s_b64", "k8s_b64", "pem", "pem", "pem", "pem", "pem", "signed", "signed", "signed", "signed"]


def line_secret(g=None):
    g = g or pick(SECRET_GROUPS)
    if g == "pem":
        return rec_pem()
    if g == "signed":
        return rec_signed_url()
    fmt, genre, lang, _ = tpl(pick(SECRET_T[g]))
    v = secret_value(g)
    return fill(fmt, genre, lang, v=v, user=pick(["deploy", "admin", "ci"]))


def line_gov(entry=None):
    gen, templates = entry or R.choices(GOV_T, weights=GOV_WEIGHTS)[0]
    fmt, genre, lang, opt = tpl(pick(templates))
    v = gen(form=opt) if gen is iban and opt else gen()
    return fill(fmt, genre, lang, v=v)


def line_ip():
    fmt, genre, lang, opt = pick(IP_T)
    v = ipv4() if opt == "v4" or (opt is None and chance(0.7)) else ipv6()
    return fill(fmt, genre, lang, v=v)


def line_user():
    fmt, genre, lang, opt = pick(USER_T)
    u = user(spaced_ok=(opt == "spaced"))
    if "C:\\" in fmt or "C:/" in fmt or "\\\\" in fmt:
        u.shape = "home_windows"
    elif "/Users/" in fmt or "%2FUsers%2F" in fmt:
        u.shape = "home_macos"
    else:
        u.shape = "home_linux"
    if " " in u.value:
        u.shape += "_spaced"
    if opt == "pct":
        u = u.map(pct, "+pct")
    return fill(fmt, genre, lang, v=u)


def line_name():
    if chance(0.12):
        full, lang = pick(KNOWN_CJK)
        fmt, genre, l2 = pick([t for t in NAME_CJK_T if t[2] == lang])
        return fill(fmt, genre, lang, known={"names": [full]}, v=S("name", full, "cjk"))
    full = pick(KNOWN_NAMES)
    fmt, genre, lang = pick(NAME_T)
    known = {"names": [full]}
    if chance(0.3):
        known["emails"] = [known_email_for(full).value]
    return fill(fmt, genre, lang, known=known, v=known_name_value(full))


def line_account():
    fmt, genre, lang = pick(ACCOUNT_T)
    v = known_id()
    known = {"ids": [v.value]}
    if chance(0.5):
        known["names"] = [pick(KNOWN_NAMES)]
    return fill(fmt, genre, lang, known=known, v=v)


KIND_LINE = {"email": line_email, "phone": line_phone, "card": line_card, "api_key": line_apikey, "secret": line_secret,
             "gov_id": line_gov, "ip": line_ip, "user": line_user, "name": line_name, "account_id": line_account}
MULTI = [rec_hr, rec_vcard, rec_email_headers, rec_ticket, rec_invoice, rec_slack, rec_jira, rec_k8s, rec_terraform, rec_gha,
         rec_python_config, rec_js_config, rec_go, rec_rust, rec_http_trace, rec_sql_dump, rec_csv, rec_md_table,
         rec_querystring, rec_chat_multi, rec_known_combo, rec_known_combo, rec_pem, rec_signed_url]


def wrap_json_export(rec):
    """The line as it sits in a chat export: a JSON object whose content string is escaped."""
    inner = json_escaped(rec)
    out = dict(inner)
    out["text"] = '{"id": "msg_' + rs(AL, 24) + '", "role": "user", "content": "' + inner["text"] + '"}'
    return out


# ---------------------------------------------------------------------------------------------------------
# Hard negatives: no personal data, no secret, nothing a redactor should touch

def isbn13():
    b = "978" + str(R.randint(0, 1)) + d(8)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    n = b + str(c)
    return pick([n, f"{n[:3]}-{n[3]}-{n[4:7]}-{n[7:12]}-{n[12]}", f"{n[:3]}-{n[3:5]}-{n[5:9]}-{n[9:12]}-{n[12]}"])


def isbn10():
    b = d(9)
    c = (11 - sum(int(x) * w for x, w in zip(b, range(10, 1, -1))) % 11) % 11
    n = b + ("X" if c == 10 else str(c))
    return pick([n, f"{n[0]}-{n[1:4]}-{n[4:9]}-{n[9]}"])


def tracking():
    return pick([f"1Z{rs(UP + DIG, 6)}{d(10)}", f"9400 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}", f"00340434{d(12)}",
                 f"JJD{d(18)}", f"{rs(UP, 2)}{d(9)}GB", f"6A{d(11)}", f"3S{rs(UP, 4)}{d(7)}", d(12), f"{d(24)}", f"LX{d(9)}CN"])


def lu16(sep=" "):
    n = luhn_invalid_16()
    return sep.join(n[i:i + 4] for i in range(0, 16, 4)) if sep is not None else n


def ver():
    return f"{R.randint(0, 20)}.{R.randint(0, 40)}.{R.randint(0, 30)}"


def timestr():
    h, m, s = _hms()
    return pick([f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}:{s:02d}", f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}", f"{h}h{m:02d}",
                 f"{h:02d}:{m:02d}:{s:02d}.{R.randint(0, 999999):06d}"])


def coord():
    la, lo = R.uniform(-60, 70), R.uniform(-170, 170)
    return pick([f"{la:.6f}, {lo:.6f}", f"{abs(la):.4f}°{'N' if la > 0 else 'S'} {abs(lo):.4f}°{'E' if lo > 0 else 'W'}",
                 f"geo:{la:.5f},{lo:.5f}", f"lat={la:.5f}&lon={lo:.5f}",
                 f"{int(abs(la))}°{R.randint(0, 59)}′{R.randint(0, 59)}″{'N' if la > 0 else 'S'} {int(abs(lo))}°{R.randint(0, 59)}′{R.randint(0, 59)}″{'E' if lo > 0 else 'W'}"])


PKGS = ["react", "lodash", "express", "numpy", "pandas", "django", "fastapi", "tokio", "serde", "axios", "typescript", "pytest",
        "kubernetes", "terraform", "nginx", "postgres", "redis", "swift-nio", "vite", "webpack"]

NEG = [
    lambda: f"Your order #{d(3)}-{d(7)}-{d(7)} has shipped! Estimated delivery: {_date(4)}. Tracking number: {tracking()}.",
    lambda: f"Ihre Bestellung {R.randint(10 ** 8, 10 ** 9)} ist unterwegs. Sendungsnummer: {tracking()}. Voraussichtliche Zustellung: {_date(1)}.",
    lambda: f"Votre commande n° {rs(UP, 2)}{d(8)} a été expédiée le {_date(5)}. Numéro de suivi : {tracking()}.",
    lambda: f"Tu pedido {d(3)}-{d(7)} llegará el {_date(6)}. Seguimiento: {tracking()}.",
    lambda: f"Il tuo ordine n. {d(10)} è stato spedito. Codice di tracciamento: {tracking()}.",
    lambda: f"Je bestelling {d(10)} is verzonden met PostNL, track & trace {tracking()}.",
    lambda: f"Seu pedido #{d(8)} foi enviado. Código de rastreio: {tracking()} — previsão {_date(15)}.",
    lambda: f"Zamówienie nr {R.randint(2019, 2025)}/{R.randint(1, 12):02d}/{d(5)} zostało wysłane, numer przesyłki {tracking()}.",
    lambda: f"ご注文番号 {d(3)}-{d(7)}-{d(7)} の商品は{_date(7)}に発送されました。追跡番号：{d(12)}",
    lambda: f"您的订单 {d(18)} 已发货，运单号 {tracking()}，预计{_date(7)}送达。",
    lambda: f"تم شحن طلبك رقم {d(9)} ورقم التتبع {tracking()}",
    lambda: f"Meeting moved from {_date()} {timestr()} to {_date()} {timestr()} (room 4.{R.randint(10, 99)}).",
    lambda: f"{_iso()} INFO worker[{R.randint(1, 64)}] processed batch {R.randint(1, 99999)} in {R.randint(3, 9999)}ms (rows={R.randint(1, 10 ** 6)}, retries=0)",
    lambda: f"created_at: {R.randint(1_600_000_000, 1_760_000_000)}, updated_at: {R.randint(1_600_000_000_000, 1_760_000_000_000)}",
    lambda: f"Invoice INV-{R.randint(2019, 2025)}-{d(5)}: Subtotal {price_any()} | VAT 19% | Total {price_any()} | Due {_date()}",
    lambda: f"Upgraded {pick(PKGS)} from {ver()} to {ver()}; CI green on build {R.randint(1000, 99999)}.",
    lambda: f"Chrome {R.randint(100, 125)}.0.{R.randint(1000, 6999)}.{R.randint(10, 250)} on Windows 11 build 22631.{R.randint(1000, 4000)}",
    lambda: f"Build #{R.randint(100, 99999)} ({rs(HEXL, 7)}) passed in {R.randint(1, 59)}m {R.randint(0, 59):02d}s on runner ubuntu-22.04",
    lambda: f"ISBN {isbn13()} — {pick(['2nd edition', 'paperback', 'hardcover', 'Kindle edition'])}, {R.randint(120, 900)} pages",
    lambda: f"Quelle: ISBN {isbn10()}, S. {R.randint(1, 400)}–{R.randint(401, 800)}",
    lambda: f"request_id={uuid4()} trace_id={rs(HEXL, 32)} span_id={rs(HEXL, 16)} status=200 duration_ms={R.randint(1, 3000)}",
    lambda: f"traceparent: 00-{rs(HEXL, 32)}-{rs(HEXL, 16)}-01",
    lambda: f"sha256:{rs(HEXL, 64)}  dist/{pick(PKGS)}-{ver()}.tar.gz",
    lambda: f"{rs(HEXL, 32)}  backup-{_date(10)}.sql.gz",
    lambda: f"commit {rs(HEXL, 40)}\nMerge: {rs(HEXL, 7)} {rs(HEXL, 7)}\n\n    Merge pull request #{R.randint(100, 9999)} from feature/cache-warmup",
    lambda: f'"integrity": "sha512-{base64.b64encode(R.randbytes(64)).decode()}"',
    lambda: f":root {{ --primary: #{rs(HEXL, 6)}; --accent: #{rs(HEXL, 6)}; --muted: #{rs(HEXL, 3)}; }}",
    lambda: f"Vorgangsnummer {lu16()} — bitte bei Rückfragen angeben.",
    lambda: f"Reference: {lu16(None)} (keep this for your records)",
    lambda: f"Serial no. {lu16('-')}",
    lambda: f"Numéro de dossier : {lu16()}",
    lambda: f"Location: {coord()} (accuracy {R.randint(3, 50)} m)",
    lambda: f"Listening on http://localhost:{R.randint(1024, 65535)} (press CTRL+C to quit)",
    lambda: f"EXPOSE {R.choice([80, 443, 3000, 5432, 6379, 8080, 9090])} {R.randint(1024, 65535)}",
    lambda: f"Error: connect ECONNREFUSED 127.0.0.1:{pick([5432, 6379, 27017, 3306, 9200])}",
    lambda: f"Uvicorn running on http://0.0.0.0:{pick([8000, 8080, 5000])}",
    lambda: f"/usr/local/lib/python3.{R.randint(8, 13)}/site-packages/{pick(PKGS)}/__init__.py:{R.randint(1, 900)}: DeprecationWarning",
    lambda: f"/etc/nginx/sites-available/{pick(['default', 'api.conf', 'shop.conf'])} line {R.randint(1, 200)}: unknown directive",
    lambda: f"C:\\Program Files\\{pick(['Docker', 'Git', 'nodejs', 'PostgreSQL'])}\\{pick(['bin', 'resources'])}\\{pick(['docker.exe', 'git.exe', 'node.exe', 'psql.exe'])}",
    lambda: f"/var/lib/docker/overlay2/{rs(HEXL, 64)}/diff",
    lambda: f"~/.config/{pick(['Code/User/settings.json', 'nvim/init.lua', 'gh/hosts.yml', 'fish/config.fish'])}",
    lambda: f"%USERPROFILE%\\.{pick(['aws', 'kube', 'ssh', 'docker'])}\\{pick(['config', 'credentials', 'known_hosts'])}",
    lambda: f"$HOME/.{pick(['cargo', 'local', 'npm-global', 'pyenv'])}/bin is not on your PATH",
    lambda: f"/opt/homebrew/Cellar/{pick(PKGS)}/{ver()}/bin",
    lambda: f"./src/{pick(['components', 'lib', 'utils', 'pages'])}/{pick(['Button', 'api', 'format', 'index'])}.{pick(['tsx', 'ts', 'js', 'py'])}:{R.randint(1, 400)}:{R.randint(1, 80)}",
    lambda: f"f(x) = {R.randint(2, 9)}x^2 + {R.randint(1, 9)}x - {R.randint(1, 9)}, so f'({R.randint(1, 5)}) is easy to compute",
    lambda: pick(["2^32 = 4294967296", "2^64 - 1 = 18446744073709551615", "1000000007 is a common prime modulus",
                  "10! = 3628800 and 12! = 479001600", "π ≈ 3.14159265358979323846", "√2 ≈ 1.4142135623730951",
                  "gcd(462, 1071) = 21", "The sum 1 + 2 + … + 100 = 5050", "e ≈ 2.718281828459045",
                  "det([[2, 1], [5, 3]]) = 1", "7 × 191 × 2647 = 3538969", "fib(40) = 102334155",
                  "φ = (1 + √5) / 2 ≈ 1.6180339887", "ln(2) ≈ 0.6931471805599453", "0.1 + 0.2 = 0.30000000000000004"]),
    lambda: f"{R.randint(100, 999)} {pick(['+', '-', '×', '/'])} {R.randint(1000, 9999)} = ? (homework, show the steps)",
    lambda: "CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, phone VARCHAR(32), iban CHAR(34), created_at TIMESTAMPTZ DEFAULT now());",
    lambda: f"GET /api/v2/products?page={R.randint(1, 50)}&per_page=50&sort=-price HTTP/1.1\nHost: shop.internal\nAccept-Encoding: gzip, br\nX-Request-Id: {uuid4()}",
    lambda: "sku,name,price_eur,stock\n" + "\n".join(f"SKU-{d(5)},{pick(['USB-C Hub', 'Desk Lamp', 'Notebook A5', 'HDMI Cable 2m', 'Mouse Pad'])},{R.randint(3, 99)}.{R.randint(0, 99):02d},{R.randint(0, 500)}" for _ in range(3)),
    lambda: f"apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {R.randint(1, 6)}\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:{rs(HEXL, 64)}\n          ports:\n            - containerPort: 8080\n          resources:\n            limits: {{cpu: 500m, memory: 512Mi}}",
    lambda: "env:\n  OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n  AWS_REGION: eu-central-1\n  DATABASE_URL: ${{ secrets.DATABASE_URL }}",
    lambda: pick(["OPENAI_API_KEY=sk-...", "API_KEY=<your-api-key>", "ANTHROPIC_API_KEY=your_key_here", "password: ${DB_PASSWORD}",
                  "token: {{ .Values.apiToken }}", "Authorization: Bearer $TOKEN", "Authorization: Bearer <token>",
                  "DATABASE_URL=postgres://${DB_USER}:${DB_PASS}@${DB_HOST}/app", "export GITHUB_TOKEN=$(gh auth token)",
                  "STRIPE_SECRET_KEY=sk_test_xxx", "AWS_SECRET_ACCESS_KEY=\"\"", "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}",
                  "password = os.environ[\"DB_PASSWORD\"]", "const token = process.env.GITHUB_TOKEN ?? '';", "api_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256"]),
    lambda: pick([f"Card ending in {d(4)}", f"**** **** **** {d(4)}", f"IBAN DE** **** **** **** **{d(2)} {d(2)}", f"Visa ••••{d(4)}",
                  f"key sk-...{rs(AL, 4)} (revoked)", f"phone: +49 *** ****{d(3)}", f"SSN: ***-**-{d(4)}"]),
    lambda: pick(["Kannst du mir erklären, wie async/await in Python funktioniert?", "Wie rechne ich die Mehrwertsteuer aus einem Bruttobetrag heraus?",
                  "Peux-tu résumer ce chapitre en trois phrases ?", "Comment configurer un reverse proxy nginx pour une app Node ?",
                  "¿Cuál es la diferencia entre una lista y una tupla en Python?", "¿Me explicas cómo funciona el interés compuesto?",
                  "Come posso ottimizzare questa query SQL con un indice?", "Qual è la differenza tra TCP e UDP?",
                  "Kun je deze tekst korter en zakelijker maken?", "Hoe werkt een git rebase precies?",
                  "Como faço um gráfico de barras no pandas?", "Pode explicar o que é um closure em JavaScript?",
                  "Jak działa garbage collector w Javie?", "Czy możesz poprawić gramatykę w tym akapicie?",
                  "このエラーの原因を教えてください：TypeError: undefined is not a function", "Rustの所有権について簡単に説明してください。",
                  "请解释一下什么是依赖注入。", "怎么用Docker Compose同时启动数据库和后端？",
                  "ما الفرق بين HTTP و HTTPS؟", "كيف أكتب دالة بايثون لحساب المتوسط؟",
                  "Write a haiku about Kubernetes.", "Refactor this function to avoid the nested loops.",
                  "Summarize the attached meeting notes in five bullet points.", "What does HTTP 429 mean and how should a client back off?"]),
    lambda: f"Deployed v{ver()} to prod at {timestr()} UTC; error rate back to 0.0{R.randint(1, 9)}%, p95 {R.randint(80, 900)} ms.",
    lambda: "| model | p50 ms | p95 ms | cost/1k |\n|---|---|---|---|\n" + "\n".join(f"| {pick(['small', 'base', 'large', 'xl'])}-{ver()} | {R.randint(10, 900)} | {R.randint(100, 3000)} | ${R.randint(0, 9)}.{d(3)} |" for _ in range(3)),
    lambda: f'resource "aws_instance" "web" {{\n  ami           = "ami-{rs(HEXL, 17)}"\n  instance_type = "t3.{pick(["micro", "small", "medium"])}"\n  subnet_id     = "subnet-{rs(HEXL, 17)}"\n}}',
    lambda: f"arn:aws:iam::{d(12)}:role/{pick(['ci-deploy', 'lambda-exec', 'readonly'])}",
    lambda: f"docker pull {pick(['nginx', 'postgres', 'redis', 'python'])}@sha256:{rs(HEXL, 64)}",
    lambda: pick(["CAS 7732-18-5 (water)", "ISO 8601 / RFC 3339 timestamps", "EN 1090-2 EXC2", "IEC 60601-1 3rd edition",
                  "RFC 9110 section 15.5.20", f"CVE-2024-{R.randint(1000, 49999)}", f"KB{R.randint(5000000, 5049999)}",
                  f"error 0x{rs('0123456789ABCDEF', 8)}", "Art. 6 Abs. 1 lit. f DSGVO", "§ 823 Abs. 1 BGB", "ISO 3166-1 alpha-2",
                  "IEEE 754 double precision", "UN 1203 (gasoline), class 3", "HS code 8471.30.00"]),
    lambda: pick([f"Population of the metro area: {R.randint(1, 40)},{d(3)},{d(3)}", f"Part number {d(4)}-{d(3)}-{d(3)}",
                  f"EAN {luhn_complete(d(12))}", f"ASIN B0{rs(UP + DIG, 8)}", f"Article {R.randint(10000, 99999)}-{d(2)}",
                  f"Lot {rs(UP, 2)}{d(6)}, best before {_date()}", f"Total: {R.randint(1, 999)} {d(3)} {d(3)},{d(2)} zł"]),
    lambda: pick([f"SNMP OID 1.3.6.1.2.1.{R.randint(1, 30)}.{R.randint(1, 9)}.0", f"Section {R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)} of the spec",
                  f"User-Agent: {pick(UAS)}", f"Windows NT 10.0.{R.randint(17000, 22631)}", "netmask 255.255.255.0 broadcast 0.0.0.0",
                  "bind-address = 127.0.0.1", "listen [::1]:8080", "0.0.0.0/0 -> igw", f"Firefox {R.randint(100, 125)}.0.{R.randint(1, 3)}"]),
    lambda: pick(["let map: std::collections::HashMap<String, Vec<u8>> = HashMap::new();", "std::vector<int>::iterator it = v.begin();",
                  "Foo::Bar::baz() is deprecated, use Foo::Qux::baz()", f"elapsed {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                  "impl<T: Display> fmt::Debug for Wrapper<T>", "ActiveRecord::Base.connection.execute(sql)"]),
    lambda: pick(["npm install @types/node@20.11.5 --save-dev", "pip install requests==2.31.0", f"yarn add lodash@{ver()}",
                  "@app.route('/health')\ndef health():\n    return {'ok': True}", "@media (max-width: 768px) { .nav { display: none; } }",
                  "import { Injectable } from '@angular/core';", f'"react": "^{ver()}", "react-dom": "^{ver()}"',
                  "@Override\npublic String toString() { return name; }"]),
    lambda: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(B64, 43)} deploy-key",
    lambda: "-----BEGIN CERTIFICATE-----\n" + "\n".join(rs(B64, 64) for _ in range(R.randint(4, 8))) + "\n-----END CERTIFICATE-----",
    lambda: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(B64, 28) + "\n" + rs(B64, 56) + "==\n-----END PUBLIC KEY-----",
    lambda: f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA{rs(B64, R.randint(60, 200))}=",
    lambda: f"*/{R.randint(2, 30)} * * * * /opt/scripts/{pick(['rotate-logs', 'sync-assets', 'warm-cache'])}.sh >> /var/log/cron.log 2>&1",
    lambda: pick(['EMAIL_RE = re.compile(r"^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$")', "const PHONE = /^\\+?[1-9]\\d{1,14}$/;",
                  "IBAN_RE = r'^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$'", "r'\\b(?:\\d[ -]*?){13,19}\\b'  # card-like"]),
    lambda: pick([f"Final score {R.randint(0, 5)}–{R.randint(0, 5)} (HT {R.randint(0, 2)}–{R.randint(0, 2)}), attendance {R.randint(10, 80)},{d(3)}",
                  f"Lap time 1:{R.randint(10, 59)}.{d(3)}, gap +{R.randint(0, 9)}.{d(3)}s", f"Marathon in {R.randint(2, 5)}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"]),
    lambda: pick([f"Preheat to {R.randint(160, 230)} °C ({R.randint(320, 450)} °F), bake {R.randint(15, 45)}–{R.randint(46, 70)} min.",
                  f"Mix {R.randint(100, 500)} g flour with {R.randint(50, 300)} ml milk and {R.randint(1, 4)} eggs."]),
    lambda: f"{rs(HEXL, 7)} {pick(['Fix race in cache invalidation', 'Bump deps', 'Add retry to uploader', 'Docs: clarify config'])} (#{R.randint(100, 9999)})",
    lambda: f"{_date(7)}（{pick('月火水木金')}）{R.randint(9, 17)}:00〜{R.randint(10, 18)}:30 会議室{pick('ABC')}",
    lambda: f"{_date(9)} o godz. {timestr()} — spotkanie zespołu w sali {R.randint(1, 20)}",
    lambda: f"https://x.com/i/status/17{d(17)}",
    lambda: f"Tweet ID 17{d(17)}, Discord message 1{d(18)}",
    lambda: f"Version {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 255)} released on {_date()}",
    lambda: f"Temperatura: {R.randint(-10, 40)},{R.randint(0, 9)} °C, umidità {R.randint(10, 99)}%, vento {R.randint(0, 60)} km/h",
    lambda: f"El vuelo IB{d(4)} sale a las {timestr()} desde la puerta {rs(UP, 1)}{R.randint(1, 60)}",
    lambda: f"Le train TGV {d(4)} part à {timestr()}, voie {R.randint(1, 24)}",
    lambda: f"De vergadering is verplaatst naar {_date(14)} om {timestr()}.",
    lambda: f"A reunião foi remarcada para {_date(15)} às {timestr()}.",
    lambda: f"المبلغ الإجمالي {R.randint(10, 9999)}.{d(2)} درهم بتاريخ {_date(0)}",
    lambda: f"订单金额：¥{R.randint(10, 99999)}.{d(2)}，下单时间：{_iso()}",
    lambda: f"BIC {pick(['COBADEFFXXX', 'DEUTDEDBBER', 'BNPAFRPPXXX', 'INGBNL2A', 'BBVAESMM', 'UNCRITMM', 'PKOPPLPW'])} (public bank identifier)",
    lambda: f"git remote add origin git@github.com:{pick(WORDS)}-labs/{pick(PROJECTS)}.git",
    lambda: f"Downloaded {R.randint(1, 999)}.{R.randint(0, 9)} MB in {R.randint(1, 99)}.{R.randint(0, 9)}s ({R.randint(1, 99)}.{R.randint(0, 9)} MB/s)",
    lambda: f"Memory: {R.randint(1, 64)}.{R.randint(0, 9)} GiB / {pick([16, 32, 64, 128])} GiB, load average: {R.random() * 4:.2f}, {R.random() * 4:.2f}, {R.random() * 4:.2f}",
    lambda: f"uuid: {uuid4()}\nresourceVersion: \"{d(8)}\"\ngeneration: {R.randint(1, 40)}",
    lambda: f"Etag: W/\"{rs(HEXL, 2)}-{rs(B64U, 27)}\"",
    lambda: f"requests==2.31.0 \\\n    --hash=sha256:{rs(HEXL, 64)}",
]


def negative():
    i = R.randrange(len(NEG))
    return {"text": NEG[i](), "spans": [], "genre": f"negative/{i:02d}", "lang": "xx"}


# ---------------------------------------------------------------------------------------------------------

TARGETS = {"email": 300, "phone": 300, "card": 270, "api_key": 320, "secret": 200, "gov_id": 220, "ip": 120, "user": 110,
           "account_id": 100, "name": 100}
N_MULTI = 230
N_NEG = 560


def attempt(fn):
    for _ in range(200):
        try:
            return fn()
        except Retry:
            continue
    raise SystemExit(f"could not build a line with {fn.__name__}")


def main():
    out, counts = [], {k: 0 for k in TARGETS}

    def add(rec):
        out.append(rec)
        for s in rec["spans"]:
            counts[s["kind"]] += 1

    for _ in range(N_MULTI):
        add(attempt(pick(MULTI)))
    # Coverage: every secret layout, provider, id type and card network at least a few times.
    for g in list(SECRET_T) + ["pem", "signed"]:
        for _ in range(6 if g in ("pem", "signed", "basic") else 3):
            add(attempt(lambda: line_secret(g)))
    for provider in API_KEYS:
        for _ in range(2):
            add(attempt(lambda: line_apikey(provider)))
    for label in LABELLED_KEYS:
        add(attempt(lambda: line_apikey(label=label)))
    for entry in GOV_T:
        for _ in range(3):
            add(attempt(lambda: line_gov(entry)))
    for net in CARD_NETS:
        for _ in range(4):
            add(attempt(lambda: line_card(net)))
    for kind in TARGETS:
        while counts[kind] < TARGETS[kind]:
            rec = attempt(KIND_LINE[kind])
            if chance(0.08):
                try:
                    rec = wrap_json_export(rec)
                except Retry:
                    pass
            add(rec)
    negs, seen = [], set()
    while len(negs) < N_NEG:
        rec = negative()
        if rec["text"] not in seen:
            seen.add(rec["text"])
            negs.append(rec)
    rows = out + negs
    R.shuffle(rows)
    for rec in rows:
        for s in rec["spans"]:
            assert s["value"] and s["value"] in rec["text"], (s, rec["text"])
    path = Path(__file__).with_name("holdout2.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for rec in rows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(rows)} lines ({len(out)} with spans, {len(negs)} negative) -> {path.name}", file=sys.stderr)
    print("spans per kind: " + ", ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)


def check():
    """`make-holdout2.py --check` (needs `pip install python-stdnum phonenumbers`): validates every card (Luhn),
    government id and IBAN (python-stdnum) and phone (libphonenumber) in holdout2.jsonl; exits 1 on any invalid."""
    import importlib
    from urllib.parse import unquote
    import phonenumbers
    from stdnum import iban as stdiban, luhn
    mods = {"us_ssn": "us.ssn", "us_itin": "us.itin", "de_steuerid": "de.idnr", "fr_nir": "fr.nir", "es_dni": "es.dni",
            "es_nie": "es.nie", "it_codicefiscale": "it.codicefiscale", "nl_bsn": "nl.bsn", "pl_pesel": "pl.pesel",
            "br_cpf": "br.cpf", "pt_nif": "pt.nif", "be_rrn": "be.nn", "se_personnummer": "se.personnummer", "fi_hetu": "fi.hetu",
            "ca_sin": "ca.sin", "au_tfn": "au.tfn", "in_aadhaar": "in_.aadhaar", "cn_resident_id": "cn.ric", "ch_ahv": "ch.ssn",
            "no_fnr": "no.fodselsnummer", "ie_pps": "ie.pps", "jp_mynumber": "jp.in_"}
    regions = {"us": "US", "uk": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "br": "BR", "pt": "PT",
               "jp": "JP", "cn": "CN", "in": "IN", "au": "AU", "mx": "MX", "ch": "CH", "ae": "AE", "se": "SE", "be": "BE", "at": "AT",
               "ie": "IE", "kr": "KR"}
    bad, total = 0, 0
    for n, raw in enumerate(Path(__file__).with_name("holdout2.jsonl").open(encoding="utf-8"), 1):
        for s in json.loads(raw)["spans"]:
            k, v, sh = s["kind"], s["value"].replace("\\n", ""), s["shape"]
            if k == "gov_id":
                key = re.sub(r"_(none|space)$", "", sh)
                if key.startswith("iban"):
                    ok = stdiban.is_valid(v)
                elif key == "uk_nino":
                    ok = re.fullmatch(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v) is not None
                else:
                    ok = importlib.import_module("stdnum." + mods[key]).is_valid(v.replace(" ", "-") if key == "us_ssn" else v)
            elif k == "card":
                ok = luhn.is_valid(re.sub(r"\D", "", v))
            elif k == "phone":
                p = unquote(v) if "%" in v else v
                p = re.sub(r"^(tel:|sms:)", "", p).replace("（", "(").replace("）", ")")
                p = re.sub(r"( ext\.? | x| #|, ext | Durchwahl | poste | \(int\. ).*$", "", p)
                region = regions[sh.split("_")[0]]
                try:
                    ok = phonenumbers.is_valid_number(phonenumbers.parse(p, region)) or \
                        (region == "AE" and phonenumbers.is_valid_number(phonenumbers.parse(p, "SA")))
                except phonenumbers.NumberParseException:
                    ok = False
            else:
                continue
            total += 1
            if not ok:
                bad += 1
                print(f"invalid: line {n} {k} [{sh}] {v!r}", file=sys.stderr)
    print(f"checked {total} cards, ids, IBANs and phones: {bad} invalid", file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    check() if "--check" in sys.argv else main()
