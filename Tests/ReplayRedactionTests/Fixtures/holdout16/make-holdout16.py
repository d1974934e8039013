#!/usr/bin/env python3
"""Generate holdout16.jsonl: an independent held-out set for the redactor (email, phone, card, api_key).

  python3 make-holdout16.py           write holdout16.jsonl
  python3 make-holdout16.py --stats   print the composition
  python3 make-holdout16.py --check   regenerate in memory, compare byte for byte, re-validate every line

Standard library only; fixed seed; no set or hash-ordered container is iterated.
"""
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h16_common as C  # noqa: E402
import h16_dev as D  # noqa: E402
import h16_neg as N  # noqa: E402
import h16_values as V  # noqa: E402
import h16_wrap as W  # noqa: E402
from h16_chat_a import CHAT_A  # noqa: E402
from h16_chat_b import CHAT_B  # noqa: E402
from h16_chat_c import CHAT_C  # noqa: E402

SEED = 16071126
OUT = os.path.join(HERE, "holdout16.jsonl")
N_CHAT, N_DEV, N_NEG, N_POLICY = 505, 455, 290, 24
WRAP_RATE = 0.35

CHAT = {}
for part in (CHAT_A, CHAT_B, CHAT_C):
    for lang in part:
        CHAT[lang] = part[lang]

LANG_WEIGHTS = [("en", 13), ("de", 7), ("fr", 6), ("es", 7), ("pt", 5), ("it", 4), ("nl", 2.5), ("pl", 2.5), ("sv", 1.5),
                ("da", 1), ("nb", 1.5), ("fi", 1.5), ("tr", 3), ("ru", 4), ("uk", 2), ("cs", 1.5), ("hu", 1.2), ("ro", 1.5),
                ("el", 1.5), ("ar", 3), ("he", 2), ("hi", 3), ("ja", 5), ("ko", 3), ("zh", 5), ("th", 2), ("vi", 2),
                ("id", 2), ("tl", 1.5)]
CHAT_KINDS = [("phone", 34), ("email", 21), ("card", 21), ("key", 12), ("combo", 12)]
SELF_MARKERS = ["my email", "mein", "mi correo", "meu email", "моя почта", "私のアドレス", "我的邮箱", "mailim", "email ko",
                "email saya", "mijn mailadres", "la mia mail", "mon adresse", "ma nouvelle adresse", "mój mail", "min mejl", "моя пошта"]
CITIES = ["Lisbon", "Osaka", "Leeds", "Graz"]


def weighted(r, pairs):
    return r.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


KIND_OF = {"P": "phone", "E": "email", "C": "card", "K": "api_key"}


def fill(L, tpl):
    """Fill a chat template left to right."""
    r = L.rng
    out = []
    pos = 0
    kp = None
    key_val = None
    # draw the key first so {KP} can precede {K}
    if "{K}" in tpl:
        key_val, spec = L.key()
        kp = spec[1]
    for m in re.finditer(r"\{(P|E|C|K|KP|X|N|CITY)\}", tpl):
        out.append(tpl[pos:m.start()])
        t = m.group(1)
        if t == "P":
            out.append(L.phone())
        elif t == "E":
            out.append(L.email())
        elif t == "C":
            out.append(L.card())
        elif t == "K":
            out.append(key_val)
        elif t == "KP":
            out.append(kp)
        elif t == "X":
            out.append(V.draw_expiry(r))
        elif t == "N":
            out.append(V.person(r, L.lang)[0].capitalize())
        elif t == "CITY":
            out.append(r.choice(CITIES))
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out)


def make_chat(r):
    lang = weighted(r, LANG_WEIGHTS)
    L = D.Line(r, lang)
    T = CHAT[lang]
    kind = weighted(r, CHAT_KINDS)
    if kind == "combo":
        combos = [k for k in T if "+" in k]
        if combos and r.random() < 0.8:
            ck = r.choice(combos)
            text = fill(L, r.choice(T[ck]))
            genre = "chat_" + ck.replace("key", "api_key")
        else:
            a, b = r.sample(["phone", "email", "card", "key"], 2)
            if "key" in (a, b) and "card" in (a, b):
                b = "phone" if a != "phone" else "email"
            text = fill(L, r.choice(T[a])) + r.choice(["\n", "\n\n"]) + fill(L, r.choice(T[b]))
            genre = "chat_%s+%s" % (a.replace("key", "api_key"), b.replace("key", "api_key"))
    else:
        tpl = r.choice(T[kind])
        text = fill(L, tpl)
        genre = "chat_" + kind.replace("key", "api_key")
    known = {"names": [], "emails": [], "ids": []}
    if genre == "chat_email" and any(mk in text.lower() for mk in SELF_MARKERS) and r.random() < 0.5:
        known["emails"] = [L.spans[0]["value"]]
    return text, L.spans, lang, genre, known, False


PII_LANGS = [("en", 40), ("de", 10), ("fr", 7), ("es", 7), ("pt", 5), ("it", 4), ("nl", 4), ("pl", 3), ("sv", 2), ("tr", 3),
             ("ru", 3), ("ja", 4), ("ko", 2), ("zh", 4)]


def make_dev(r):
    is_key = r.random() < 0.44
    name, fn, _w = None, None, None
    pool = D.KEY_TEMPLATES if is_key else D.PII_TEMPLATES
    choice = r.choices(pool, weights=[t[2] for t in pool])[0]
    name, fn = choice[0], choice[1]
    leadin = r.choice(D.LEADINS) if r.random() < 0.33 else None
    if is_key:
        data_lang = "en"
    else:
        data_lang = weighted(r, PII_LANGS)
        if leadin and leadin[0] in D.REGIONS_BY_LANG and r.random() < 0.7:
            data_lang = leadin[0]
    L = D.Line(r, data_lang)
    body = fn(L)
    lang = L.lang
    if leadin:
        lang = leadin[0]
        body = leadin[1] + r.choice(["\n\n```\n%s\n```", "\n%s", "\n\n%s"]) % body
    return body, L.spans, lang, "dev_" + name, {"names": [], "emails": [], "ids": []}, leadin is None


def make_neg(r, plan_name):
    for g in N.NEG_GENERATORS:
        if g[0] == plan_name:
            lang, text = g[1](r)
            return text, [], lang, "n_" + plan_name, {"names": [], "emails": [], "ids": []}, True
    raise KeyError(plan_name)


def wrap(r, text, tool_ok):
    if r.random() >= WRAP_RATE:
        return text, None
    cands = [w for w in W.WRAPPERS if tool_ok or not w[3]]
    w = r.choices(cands, weights=[c[2] * (2 if c[3] else 1) for c in cands])[0]
    return w[1](r, text), w[0]


def ordered_spans(text, spans):
    return sorted(spans, key=lambda s: text.find(s["value"]))


def line_problems(text, spans, policy=False):
    probs = []
    vals = [s["value"] for s in spans]
    for s in spans:
        v = s["value"]
        if s["kind"] not in ("email", "phone", "card", "api_key"):
            probs.append("kind " + s["kind"])
        if not C.value_is_plain(v):
            probs.append("needs escaping: " + v)
        if len(C.span_positions(text, v)) != 1:
            probs.append("occurs %d times: %s" % (len(C.span_positions(text, v)), v))
        for o in vals:
            if o != v and v in o:
                probs.append("nested: %s in %s" % (v, o))
        if vals.count(v) != 1:
            probs.append("duplicate span " + v)
        if s["kind"] == "card":
            d = "".join(ch for ch in v if ch.isdigit())
            if not C.luhn_ok(d) or d in C.TEST_CARDS or not 13 <= len(d) <= 19:
                probs.append("bad card " + v)
        if s["kind"] == "email" and not C.EMAIL_RE.fullmatch(v):
            probs.append("bad email " + v)
        if s["kind"] == "api_key":
            for pre in ("ghp_", "gho_", "ghs_", "ghu_", "ghr_", "npm_"):
                if v.startswith(pre):
                    body = v[len(pre):]
                    if len(body) != 36 or C.crc_suffix(body[:30]) != body[30:]:
                        probs.append("bad checksum " + v)
    if not policy:
        for kind, hit in C.stray_hits(text, vals):
            probs.append("stray %s: %s" % (kind, hit))
    return probs


def generate():
    r = random.Random(SEED)
    lines = []
    seen = {}

    def emit(maker, *args):
        for _attempt in range(200):
            text, spans, lang, genre, known, tool_ok = maker(r, *args)
            text, wname = wrap(r, text, tool_ok)
            if wname:
                genre += "@" + wname
            if text in seen:
                continue
            if line_problems(text, spans):
                continue
            seen[text] = True
            lines.append({"text": text, "spans": ordered_spans(text, spans), "genre": genre, "lang": lang, "known": known})
            return
        raise RuntimeError("could not draw a clean line for %s" % (args,))

    for _ in range(N_CHAT):
        emit(make_chat)
    for _ in range(N_DEV):
        emit(make_dev)
    total_w = sum(g[2] for g in N.NEG_GENERATORS)
    quotas = [(g[0], g[2] * N_NEG / total_w) for g in N.NEG_GENERATORS]
    counts = [(q[0], int(q[1])) for q in quotas]
    short = N_NEG - sum(c[1] for c in counts)
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i][1] - int(quotas[i][1])), i))
    for i in order[:short]:
        counts[i] = (counts[i][0], counts[i][1] + 1)
    for name, cnt in counts:
        for _ in range(cnt):
            emit(make_neg, name)
    pol = list(N.POLICY)
    r.shuffle(pol)
    for lang, text in pol[:N_POLICY]:
        t, wname = wrap(r, text, True)
        lines.append({"text": t, "spans": [], "genre": "n_policy" + ("@" + wname if wname else ""), "lang": lang,
                      "known": {"names": [], "emails": [], "ids": []}})
    r.shuffle(lines)
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


def validate(data):
    errors = []
    for i, raw in enumerate(data.splitlines()):
        l = json.loads(raw)
        if sorted(l.keys()) != ["genre", "known", "lang", "spans", "text"]:
            errors.append((i, "keys"))
        policy = l["genre"].startswith("n_policy")
        if l["genre"].startswith("n_") and l["spans"]:
            errors.append((i, "negative with spans"))
        if not l["genre"].startswith("n_") and not 1 <= len(l["spans"]) <= 2:
            errors.append((i, "positive with %d spans" % len(l["spans"])))
        for p in line_problems(l["text"], l["spans"], policy):
            errors.append((i, p))
    return errors


def stats(data):
    rows = [json.loads(x) for x in data.splitlines()]

    def table(title, keyf, spans=False):
        counts = {}
        for l in rows:
            items = l["spans"] if spans else [l]
            for it in items:
                k = keyf(l, it)
                if k is None:
                    continue
                counts[k] = counts.get(k, 0) + 1
        print("\n## %s (%d distinct)" % (title, len(counts)))
        for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print("%6d  %s" % (v, k))
    pos = sum(1 for l in rows if l["spans"])
    print("lines %d, positives %d, negatives %d (policy %d)" % (len(rows), pos, len(rows) - pos, sum(1 for l in rows if l["genre"].startswith("n_policy"))))
    table("spans per kind", lambda l, s: s["kind"], True)
    table("span shapes", lambda l, s: s["kind"] + " " + s["shape"], True)
    table("genre (without wrapper)", lambda l, _: l["genre"].split("@")[0])
    table("lang", lambda l, _: l["lang"])
    table("wrapper", lambda l, _: l["genre"].split("@")[1] if "@" in l["genre"] else "(none)")
    table("phone region", lambda l, s: s["shape"].split("_")[0] if s["kind"] == "phone" else None, True)
    table("card network", lambda l, s: re.sub(r"\d+_.*", "", s["shape"]) if s["kind"] == "card" else None, True)
    table("api_key label-only vs prefixed", lambda l, s: ("label-only" if s["shape"].startswith("label_") else "prefixed") if s["kind"] == "api_key" else None, True)
    table("known.emails set", lambda l, _: bool(l["known"]["emails"]))


def main():
    data = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        ok = disk == data
        print("byte-for-byte:", "identical" if ok else "DIFFERENT")
        errs = validate(disk)
        for e in errs[:40]:
            print("ERROR line %d: %s" % e)
        print("validation errors:", len(errs))
        print("sha256", hashlib.sha256(disk.encode("utf-8")).hexdigest())
        sys.exit(0 if ok and not errs else 1)
    if "--stats" in sys.argv:
        stats(data)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %s (%d lines) sha256 %s" % (OUT, data.count("\n"), hashlib.sha256(data.encode("utf-8")).hexdigest()))


if __name__ == "__main__":
    main()
