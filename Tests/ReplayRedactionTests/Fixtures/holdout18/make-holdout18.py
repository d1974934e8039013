#!/usr/bin/env python3
"""Generate holdout18.jsonl (independent held-out set). Standard library only, deterministic.
  python3 make-holdout18.py          write holdout18.jsonl
  python3 make-holdout18.py --stats  print composition
  python3 make-holdout18.py --check  regenerate in memory, compare byte for byte, re-validate"""
import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h18_values as V, h18_chat as C, h18_dev as DV, h18_neg as N

SEED = 18_2026_0511
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout18.jsonl")
N_POS, N_NEG, N_POLICY = 840, 210, 78
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
GROUPS_RE = re.compile(r"\d+(?:[ -]\d+)*")
CARD_NETS = {"ru": ["mir", "visa", "mastercard"], "tr": ["troy", "visa", "mastercard"], "pt": ["elo", "hipercard", "visa", "mastercard"],
             "hi": ["rupay", "visa", "mastercard"], "zh": ["unionpay", "visa", "mastercard"], "ja": ["jcb", "visa", "mastercard"],
             "en": ["visa", "mastercard", "mastercard2", "amex", "discover", "diners", "visa13", "visa19"],
             "de": ["visa", "mastercard", "maestro", "amex"], "fr": ["visa", "mastercard", "amex"], "ko": ["visa", "mastercard", "unionpay", "jcb"]}


def luhn_runs(text):
    """(start, end, digits) for every group-aligned window of 13-19 digits that passes Luhn."""
    out = []
    for m in GROUPS_RE.finditer(text):
        parts, pos = [], m.start()
        for g in re.finditer(r"\d+", m.group()):
            parts.append((m.start() + g.start(), m.start() + g.end()))
        for i in range(len(parts)):
            for j in range(i, len(parts)):
                d = "".join(text[a:b] for a, b in parts[i:j + 1])
                if 13 <= len(d) <= 19 and V.luhn_ok(d):
                    out.append((parts[i][0], parts[j][1], d))
    return out


def unlabelled_hits(text, values):
    cover = []
    for v in values:
        k = text.find(v)
        cover.append((k, k + len(v)))
    def covered(a, b):
        return any(a < y and x < b for x, y in cover)
    hits = [m.group() for m in EMAIL_RE.finditer(text) if not covered(m.start(), m.end())]
    hits += [d for a, b, d in luhn_runs(text) if not covered(a, b)]
    return hits

# ---------------------------------------------------------------- wrappers
def _id(r, n=8):
    return V.rs(r, V.HEX, n)

def _uuid(r):
    return "%s-%s-4%s-%s%s-%s" % (_id(r, 8), _id(r, 4), _id(r, 3), r.choice("89ab"), _id(r, 3), _id(r, 12))

def _ts(r):
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))

def jd(o, ascii_=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(", ", ": "))

def w_chatgpt_node(r, t, tool):
    nid = _uuid(r)
    return jd({nid: {"id": nid, "message": {"id": nid, "author": {"role": "user", "name": None, "metadata": {}}, "create_time": r.randint(1700000000, 1760000000) + 0.5,
               "content": {"content_type": "text", "parts": [t]}, "status": "finished_successfully", "metadata": {}}, "parent": _uuid(r), "children": []}}, True)

def w_claude_export(r, t, tool):
    return jd({"uuid": _uuid(r), "text": t, "sender": "human", "created_at": _ts(r), "updated_at": _ts(r), "attachments": [], "files": []})

def w_openai_chat(r, t, tool):
    return jd({"model": r.choice(["gpt-4o-mini", "gpt-4.1"]), "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": t}]})

def w_responses(r, t, tool):
    return jd({"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": t}]}], "store": False})

def w_anthropic(r, t, tool):
    return jd({"model": "claude-sonnet-4-20250514", "max_tokens": 1024, "messages": [{"role": "user", "content": [{"type": "text", "text": t}]}]}, r.random() < 0.5)

def w_llm_log(r, t, tool):
    return jd({"id": V.rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 26), "model": "gpt-4o-mini", "prompt": t, "system": None, "response": "Sure - here is a draft.", "datetime_utc": _ts(r)})

def w_cc_user(r, t, tool):
    return jd({"type": "user", "timestamp": _ts(r), "sessionId": _uuid(r), "cwd": "/home/dev/project", "gitBranch": "main", "message": {"role": "user", "content": t}, "uuid": _uuid(r)})

def w_cc_tool_result(r, t, tool):
    return jd({"type": "user", "timestamp": _ts(r), "sessionId": _uuid(r), "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01" + V.rs(r, V.ALNUM, 22), "content": t}]}, "uuid": _uuid(r)})

def w_codex_user(r, t, tool):
    return jd({"timestamp": _ts(r), "type": "event_msg", "payload": {"type": "user_message", "message": t, "images": [], "local_images": [], "text_elements": [], "client_id": "cli"}})

def w_codex_fco(r, t, tool):
    inner = jd({"output": t, "metadata": {"exit_code": 0, "duration_seconds": round(r.uniform(0.1, 3), 1)}})
    return jd({"timestamp": _ts(r), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + V.rs(r, V.ALNUM, 24), "output": inner}})

def w_otel(r, t, tool):
    msgs = jd([{"role": "user", "parts": [{"type": "text", "content": t}]}])
    return jd({"name": "chat gpt-4o", "attributes": {"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o", "gen_ai.input.messages": msgs}})

def w_sharegpt(r, t, tool):
    return jd({"id": "identity_%d" % r.randint(0, 99999), "conversations": [{"from": "human", "value": t}, {"from": "gpt", "value": "Okay."}]})

CHAT_WRAPS = [("chatgpt_node", w_chatgpt_node), ("claude_export", w_claude_export), ("openai_chat", w_openai_chat), ("responses", w_responses),
              ("anthropic_request", w_anthropic), ("llm_log", w_llm_log), ("cc_user", w_cc_user), ("codex_user", w_codex_user), ("otel", w_otel), ("sharegpt", w_sharegpt)]
TOOL_WRAPS = [("cc_tool_result", w_cc_tool_result), ("codex_fco", w_codex_fco)]


def wrap(r, text, dev):
    if r.random() >= 0.35:
        return text, ""
    pool = CHAT_WRAPS + (TOOL_WRAPS * 3 if dev else [])
    name, f = r.choice(pool)
    return f(r, text, dev), "@" + name

# ---------------------------------------------------------------- positives
def wchoice(r, items, weight):
    tot = sum(weight(x) for x in items)
    x = r.uniform(0, tot)
    for it in items:
        x -= weight(it)
        if x <= 0:
            return it
    return items[-1]

def chat_value(r, lang, kind, regions, market):
    if kind == "phone":
        v, s = V.phone(r, r.choice(regions)); return v, s, None
    if kind == "email":
        v, s = V.email(r, market if r.random() < 0.7 else lang); return v, s, None
    if kind == "card":
        v, s = V.card(r, r.choice(CARD_NETS.get(lang, ["visa", "mastercard", "amex"]))); return v, s, None
    if r.random() < 0.25:
        v, svc, env, hdr = V.opaque_key(r); return v, "opaque_" + svc.lower().replace(" ", "_"), svc
    shape = r.choice(list(V.KEYS)); v, svc = V.api_key(r, shape); return v, shape, svc

KIND_W = {"phone": 40, "email": 30, "card": 15, "api_key": 15}

def positive_chat(r):
    lang = wchoice(r, list(C.CHAT), lambda l: C.LANG_WEIGHT[l])
    regions, market, tmpl, follow = C.CHAT[lang]
    k1 = wchoice(r, list(KIND_W), lambda k: KIND_W[k])
    v1, s1, svc1 = chat_value(r, lang, k1, regions, market)
    t = r.choice(tmpl[k1]).replace("{svc}", svc1 or "").replace("{v}", v1)
    spans = [(k1, v1, s1)]
    genre = "chat_" + k1
    if r.random() < 0.18:
        k2 = wchoice(r, [k for k in KIND_W if k != k1], lambda k: KIND_W[k])
        v2, s2, _ = chat_value(r, lang, k2, regions, market)
        sep = r.choice([" — ", ", ", ". ", "; ", "\n"]) if lang not in ("ja", "zh") else "。"
        t = t + sep + follow[k2].replace("{v}", v2)
        spans.append((k2, v2, s2)); genre += "+" + k2
    return t, spans, genre, lang, False

def positive_dev(r):
    name, f, _ = wchoice(r, DV.DEV, lambda d: d[2])
    res = f(r)
    lang = "en"
    if len(res) == 3:
        t, spans, lang = res
    else:
        t, spans = res
    if name == "dev_csv":
        for k, code in (("Name;E-Mail", "de"), ("nom;", "fr"), ("nombre,", "es"), ("nome;e", "it"), ("imię", "pl"), ("naam;", "nl"), ("nome;email;telefone", "pt")):
            if k in t.replace("\t", ";").replace(",", ",") or k.replace(";", "\t") in t:
                lang = code
    return t, spans, name, lang, True

# ---------------------------------------------------------------- assembly
def build():
    r = random.Random(SEED)
    plan = ["pos"] * N_POS + ["policy"] * N_POLICY + ["neg"] * N_NEG
    r.shuffle(plan)
    lines = []
    for p in plan:
        while True:
            if p == "pos":
                t, spans, genre, lang, dev = (positive_dev if r.random() < 0.42 else positive_chat)(r)
                t, w = wrap(r, t, dev)
            elif p == "policy":
                t, spans, genre, lang, w = N.n_policy(r), [], "n_policy", "en", ""
                t, w = wrap(r, t, False)
            else:
                name, f, _ = wchoice(r, N.NEG, lambda d: d[2])
                t, spans, genre, lang = f(r), [], name, "en"
                t, w = wrap(r, t, False)
            vals = [s[1] for s in spans]
            if any(t.count(v) != 1 for v in vals) or any(a != b and a in b for a in vals for b in vals):
                continue
            if p != "policy" and unlabelled_hits(t, vals):
                continue
            break
        lines.append({"text": t, "spans": [{"kind": k, "value": v, "shape": s} for k, v, s in spans], "genre": genre + w, "lang": lang,
                      "known": {"names": [], "emails": [], "ids": []}})
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


def check(data):
    ok = True
    on_disk = open(OUT, encoding="utf-8").read()
    if on_disk != data:
        print("MISMATCH: holdout18.jsonl differs from regeneration"); ok = False
    for i, line in enumerate(data.splitlines(), 1):
        o = json.loads(line)
        t, vals = o["text"], [s["value"] for s in o["spans"]]
        def bad(msg):
            nonlocal ok
            ok = False; print("line %d: %s" % (i, msg))
        for s in o["spans"]:
            v = s["value"]
            if s["kind"] not in ("email", "phone", "card", "api_key"): bad("kind")
            if t.count(v) != 1: bad("value count %r" % v)
            if json.dumps(v)[1:-1] != v: bad("value needs escaping %r" % v)
            if s["kind"] == "card":
                d = re.sub(r"[ -]", "", v)
                if not (d.isdigit() and 13 <= len(d) <= 19 and V.luhn_ok(d)) or d in V.PUBLISHED_TEST_CARDS: bad("card %r" % v)
            if s["kind"] == "api_key" and re.match(r"(ghp|gho|ghs|ghu|ghr|npm)_", v) and not V.gh_ok(v): bad("checksum %r" % v)
            if s["kind"] == "email" and not EMAIL_RE.fullmatch(v): bad("email %r" % v)
        if any(a != b and a in b for a in vals for b in vals): bad("nested values")
        if o["genre"].split("@")[0] != "n_policy":
            h = unlabelled_hits(t, vals)
            if h: bad("unlabelled %r" % h)
    print("check:", "OK" if ok else "FAILED", "(%d lines)" % len(data.splitlines()))
    return ok


def stats(data):
    import collections
    rows = [json.loads(l) for l in data.splitlines()]
    def show(title, c):
        print(title); [print("  %-28s %d" % kv) for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]
    show("kinds", collections.Counter(s["kind"] for o in rows for s in o["spans"]))
    print("lines", len(rows), "positives", sum(1 for o in rows if o["spans"]), "negatives", sum(1 for o in rows if not o["spans"]))
    show("genre (base)", collections.Counter(o["genre"].split("@")[0] for o in rows))
    show("wrapper", collections.Counter((o["genre"].split("@") + ["(none)"])[1] for o in rows))
    show("lang", collections.Counter(o["lang"] for o in rows))
    show("phone region", collections.Counter(s["shape"].rsplit("_", 1)[0] for o in rows for s in o["spans"] if s["kind"] == "phone"))
    show("card network", collections.Counter(s["shape"].split("_")[0] for o in rows for s in o["spans"] if s["kind"] == "card"))
    show("api_key shape", collections.Counter(("opaque" if s["shape"].startswith("opaque_") else s["shape"]) for o in rows for s in o["spans"] if s["kind"] == "api_key"))


if __name__ == "__main__":
    data = build()
    if "--check" in sys.argv:
        sys.exit(0 if check(data) else 1)
    if "--stats" in sys.argv:
        stats(data); sys.exit(0)
    open(OUT, "w", encoding="utf-8").write(data)
    print("wrote", OUT, len(data.splitlines()), "lines")
