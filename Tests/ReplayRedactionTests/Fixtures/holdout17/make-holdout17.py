#!/usr/bin/env python3
"""Generate holdout17.jsonl (an independent held-out set for the ReplayRedaction redactor).

    python3 make-holdout17.py            # writes holdout17.jsonl
    python3 make-holdout17.py --stats    # prints the composition
    python3 make-holdout17.py --check    # regenerates in memory, compares byte for byte, re-validates every line

Python 3 standard library only; fixed seed; deterministic (no set or hash-ordered container is iterated).
"""
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h17_core as C  # noqa: E402
import h17_phones as P  # noqa: E402
from h17_chat_a import CHAT_A  # noqa: E402
from h17_chat_b import CHAT_B, COMBOS  # noqa: E402
from h17_dev_a import DEV_A, NAMES  # noqa: E402
from h17_dev_b import DEV_B  # noqa: E402
from h17_draw import Draw  # noqa: E402
from h17_neg import NEG_GENERATORS, n_policy  # noqa: E402
from h17_wrap import CHAT_WRAPPERS, TOOL_WRAPPERS  # noqa: E402

SEED = 1720260417
OUT = os.path.join(HERE, "holdout17.jsonl")
KINDS = ["email", "phone", "card", "api_key"]

LANG_WEIGHTS = [
    ("en", 90), ("de", 45), ("fr", 35), ("es", 40), ("pt", 30), ("it", 18), ("nl", 15), ("pl", 12), ("sv", 8), ("da", 6),
    ("fi", 6), ("nb", 6), ("tr", 15), ("cs", 6), ("ro", 6), ("hu", 6), ("id", 12), ("ms", 6), ("vi", 10), ("ru", 25),
    ("uk", 10), ("ar", 18), ("he", 8), ("hi", 16), ("ja", 22), ("ko", 15), ("zh", 25), ("th", 8), ("el", 6),
]
CHAT_KIND_WEIGHTS = [("email", 24), ("phone", 30), ("card", 22), ("api_key", 16), ("combo", 8)]
N_DEV = 410
N_POLICY = 23
WRAP_P = 0.35

LOCAL_NETWORKS = {"ru": ["mir"], "zh": ["unionpay"], "ja": ["jcb"], "pt": ["elo", "hipercard"], "tr": ["troy"], "hi": ["rupay"],
                  "da": ["dankort"], "ko": ["mastercard", "visa"], "fr": ["visa", "mastercard"], "en": ["amex", "discover", "verve"]}


def pick_weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.randrange(total)
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    raise AssertionError


def parse_tpl(tpl):
    """'ME|' own address, 'M|' the number must be a mobile, 'R=XX,YY|' only these regions."""
    me, regions = False, None
    while True:
        if tpl.startswith("M|"):
            regions, tpl = (regions or []) + ["mobile"], tpl[2:]
        elif tpl.startswith("ME|"):
            me, tpl = True, tpl[3:]
        elif tpl.startswith("R="):
            head, tpl = tpl.split("|", 1)
            regions = (regions or []) + head[2:].split(",")
        else:
            return tpl, me, regions


def chat_card(rng, d, lang):
    if lang in LOCAL_NETWORKS and rng.random() < 0.4:
        return d.card(network=rng.choice(LOCAL_NETWORKS[lang]))
    return d.card()


ROUND_ROBIN = {}


def chat_phone(rng, d, lang, regions):
    """Regions of a language are taken in turn (round robin over LANG_REGIONS, which repeats the main market)."""
    cands = P.LANG_REGIONS[lang]
    mobile = bool(regions) and "mobile" in regions
    only = [x for x in (regions or []) if x != "mobile"]
    if only:
        cands = [x for x in cands if x in only] or only
        return d.phone(rng.choice(cands), mobile=mobile)
    i = ROUND_ROBIN.get(lang, 0)
    ROUND_ROBIN[lang] = i + 1
    return d.phone(cands[i % len(cands)], mobile=mobile)


def gen_chat(rng, lang):
    d = Draw(rng)
    table = CHAT_A.get(lang) or CHAT_B[lang]
    kind = pick_weighted(rng, CHAT_KIND_WEIGHTS)
    known = []
    if kind == "combo" and lang in COMBOS:
        kinds, raw = rng.choice(COMBOS[lang])
        tpl, me, regions = parse_tpl(raw)
        text = tpl
        order = re.findall(r"\{([epck])\}", tpl)
        for ph in order:
            if ph == "e":
                v = d.email(lang)
                if me and rng.random() < 0.4:
                    known.append(v)
            elif ph == "p":
                v = chat_phone(rng, d, lang, regions)
            elif ph == "c":
                v = chat_card(rng, d, lang)
            else:
                k = d.key() if "{prov}" in tpl else d.key(opaque=False)
                v = k["value"]
                text = text.replace("{prov}", k["service"])
            text = text.replace("{%s}" % ph, v, 1)
        return text, d.spans, "chat_" + kinds, known
    if kind == "combo":
        kind = rng.choice(["email", "phone"])
    tpl, me, regions = parse_tpl(rng.choice(table[kind]))
    if kind == "email":
        v = d.email(lang)
        if me and rng.random() < 0.4:
            known.append(v)
        text = tpl.replace("{v}", v)
    elif kind == "phone":
        text = tpl.replace("{v}", chat_phone(rng, d, lang, regions))
    elif kind == "card":
        text = tpl.replace("{v}", chat_card(rng, d, lang))
    else:
        k = d.key() if "{prov}" in tpl else d.key(opaque=False)
        text = tpl.replace("{v}", k["value"]).replace("{prov}", k["service"])
    return text, d.spans, "chat_" + kind, known


def gen_dev(rng, name, fn):
    d = Draw(rng)
    text, lang = fn(rng, d)
    return text, d.spans, "dev_" + name, lang


# ----------------------------------------------------------------------------- validation

RUN_RE = re.compile(r"\d+(?:[ \-]\d+)*")
GROUP_RE = re.compile(r"\d+")


def span_ranges(text, spans):
    out = []
    for s in spans:
        i = text.find(s["value"])
        if i >= 0:
            out.append((i, i + len(s["value"]), s["kind"]))
    return out


def luhn_windows(text):
    """Every group-aligned window of 13-19 digits in runs of digits separated by single spaces or dashes."""
    for m in RUN_RE.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start(), g.group()) for g in GROUP_RE.finditer(m.group())]
        for i in range(len(groups)):
            total, digits = 0, ""
            for j in range(i, len(groups)):
                total += len(groups[j][2])
                digits += groups[j][2]
                if total > 19:
                    break
                if total >= 13 and C.luhn_ok(digits):
                    yield groups[i][0], groups[j][1], digits


def validate(line, policy=False):
    errs = []
    text, spans = line["text"], line["spans"]
    if not isinstance(text, str) or not text:
        return ["empty text"]
    for s in spans:
        v, k = s["value"], s["kind"]
        if k not in KINDS:
            errs.append("kind %r" % k)
        if json.dumps(v, ensure_ascii=True)[1:-1] != v or not v.isprintable():
            errs.append("value needs escaping: %r" % v)
        n, start = 0, 0
        while True:
            i = text.find(v, start)
            if i < 0:
                break
            n += 1
            start = i + 1
        if n != 1:
            errs.append("value %r occurs %d times" % (v, n))
        if k == "card":
            dg = re.sub(r"[ \-]", "", v)
            if not (dg.isdigit() and 13 <= len(dg) <= 19 and C.luhn_ok(dg)):
                errs.append("card not Luhn-valid: %r" % v)
            if dg in C.PUBLISHED_TEST_CARDS:
                errs.append("published test card %r" % v)
            if not re.fullmatch(r"\d+(?:[ \-]\d+)*", v):
                errs.append("card separators %r" % v)
        if k == "api_key":
            m = re.match(r"(ghp|gho|ghu|ghs|ghr|npm)_", v)
            if m and not C.gh_token_ok(v):
                errs.append("bad checksum %r" % v)
            if re.search(r"(?i)example|xxxx|your|test|dummy", v):
                errs.append("placeholder-like key %r" % v)
        if k == "email" and not C.EMAIL_RE.fullmatch(v):
            errs.append("email shape %r" % v)
        if k == "phone" and not re.fullmatch(r"[+(]?[\d][\d ()./\-]*\d", v):
            errs.append("phone shape %r" % v)
    for a in spans:
        for b in spans:
            if a is not b and a["value"] in b["value"]:
                errs.append("value %r inside %r" % (a["value"], b["value"]))
    if len(spans) > 2:
        errs.append("more than two values")
    if not policy:
        ranges = span_ranges(text, spans)
        for m in C.EMAIL_RE.finditer(text):
            if not any(s < m.end() and m.start() < e and kk == "email" for s, e, kk in ranges):
                errs.append("unlabelled e-mail-shaped %r" % m.group())
        for s0, e0, dg in luhn_windows(text):
            if not any(s <= s0 and e0 <= e for s, e, kk in ranges):
                errs.append("unlabelled Luhn-valid run %r" % dg)
    if not spans:
        for n in NAMES:
            if n in text or n.split()[1] in text:
                errs.append("name in negative %r" % n)
    if "@" in line["genre"]:
        try:
            json.loads(text)
        except ValueError:
            errs.append("wrapped text is not JSON")
    return errs


# ----------------------------------------------------------------------------- build

def plan(rng):
    slots = []
    for lang, w in LANG_WEIGHTS:
        for _ in range(w):
            slots.append(("chat", lang))
    dev = DEV_A + DEV_B
    tw = sum(w for _, _, w in dev)
    acc = 0.0
    for name, fn, w in dev:
        acc_before = int(round(acc))
        acc += w * N_DEV / tw
        for _ in range(int(round(acc)) - acc_before):
            slots.append(("dev", name))
    for name, fn, w in NEG_GENERATORS:
        for _ in range(w):
            slots.append(("neg", name))
    for _ in range(N_POLICY):
        slots.append(("policy", "policy"))
    rng.shuffle(slots)
    return slots


def build():
    ROUND_ROBIN.clear()
    rng = random.Random(SEED)
    slots = plan(rng)
    devfns = dict((n, f) for n, f, _ in DEV_A + DEV_B)
    negfns = dict((n, f) for n, f, _ in NEG_GENERATORS)
    lines = []
    policy_seen = []
    neg_seen = []
    for kind, name in slots:
        for attempt in range(500):
            known = []
            if kind == "chat":
                text, spans, genre, known = gen_chat(rng, name)
                lang = name
            elif kind == "dev":
                text, spans, genre, lang = gen_dev(rng, name, devfns[name])
            elif kind == "neg":
                text, lang = negfns[name](rng)
                if text in neg_seen and attempt < 40:
                    continue
                spans, genre = [], "n_" + name
            else:
                text, lang = n_policy(rng)
                if text in policy_seen and attempt < 50:
                    continue
                spans, genre = [], "n_policy"
            inner = text
            if rng.random() < WRAP_P:
                if kind == "chat":
                    wn, wf = rng.choice(CHAT_WRAPPERS)
                elif rng.random() < 0.45:
                    wn, wf = rng.choice(TOOL_WRAPPERS)
                else:
                    wn, wf = rng.choice(CHAT_WRAPPERS)
                text = wf(rng, text, kind != "chat")
                genre += "@" + wn
            ordered = sorted(spans, key=lambda s: text.find(s["value"]))
            line = {"text": text, "spans": [{"kind": s["kind"], "value": s["value"], "shape": s["shape"]} for s in ordered],
                    "genre": genre, "lang": lang, "known": {"names": [], "emails": list(known), "ids": []}}
            if kind in ("chat", "dev") and not line["spans"]:
                continue
            if not validate(line, policy=(kind == "policy")):
                if kind == "policy":
                    policy_seen.append(inner)
                elif kind == "neg":
                    neg_seen.append(inner)
                break
        else:
            raise SystemExit("could not draw a valid line for %s/%s" % (kind, name))
        lines.append(line)
    return lines


def render(lines):
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines).encode("utf-8")


def stats(lines):
    def table(title, counter):
        print("\n## %s" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("%6d  %s" % (v, k))

    def bump(c, k):
        c[k] = c.get(k, 0) + 1

    kinds, shapes, genres, langs, wrappers, base = {}, {}, {}, {}, {}, {}
    pos = sum(1 for l in lines if l["spans"])
    for l in lines:
        for s in l["spans"]:
            bump(kinds, s["kind"])
            bump(shapes, s["kind"] + ":" + s["shape"])
        bump(genres, l["genre"].split("@")[0])
        bump(base, l["genre"].split("@")[0].split("_")[0] + ("_policy" if l["genre"].startswith("n_policy") else ""))
        bump(langs, l["lang"])
        bump(wrappers, l["genre"].split("@")[1] if "@" in l["genre"] else "(none)")
    print("lines %d, positives %d, negatives %d, known.emails %d" % (len(lines), pos, len(lines) - pos, sum(1 for l in lines if l["known"]["emails"])))
    table("spans per kind", kinds)
    table("line class", base)
    table("per language", langs)
    table("per wrapper", wrappers)
    table("per genre (wrapper stripped)", genres)
    table("per shape", shapes)


def main(argv):
    lines = build()
    data = render(lines)
    if "--check" in argv:
        with open(OUT, "rb") as f:
            disk = f.read()
        ok = True
        if disk != data:
            print("MISMATCH: holdout17.jsonl differs from a fresh generation")
            ok = False
        n_err = 0
        for i, raw in enumerate(disk.decode("utf-8").splitlines()):
            l = json.loads(raw)
            errs = validate(l, policy=l["genre"].startswith("n_policy"))
            if l["genre"].startswith("n_") and l["spans"]:
                errs.append("negative with spans")
            for e in errs:
                n_err += 1
                print("line %d: %s" % (i + 1, e))
        print("lines %d, sha256 %s, errors %d, byte-identical %s" % (len(disk.splitlines()), hashlib.sha256(disk).hexdigest(), n_err, disk == data))
        return 0 if ok and n_err == 0 else 1
    if "--stats" in argv:
        stats(lines)
        return 0
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s: %d lines, sha256 %s" % (OUT, len(lines), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
