#!/usr/bin/env python3
"""Validate every phone span of holdout13.jsonl with libphonenumber (PyPI `phonenumbers`).

Run from a throwaway venv, never needed by the generator itself:
    python3 -m venv /tmp/h13venv && /tmp/h13venv/bin/pip install phonenumbers
    /tmp/h13venv/bin/python validate-holdout13.py            # every phone in the set
    /tmp/h13venv/bin/python validate-holdout13.py --plans 40 # also N random completions of every prefix in every form
"""
import importlib.util
import json
import os
import random
import sys

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))


def ok(value, region):
    if value.startswith("00"):  # written for dialling from a country whose international prefix is 00
        value = "+" + value[2:]
    try:
        n = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False, "unparseable"
    if not phonenumbers.is_valid_number(n):
        return False, "invalid"
    got = phonenumbers.region_code_for_number(n)
    if got != region:
        return False, "region " + str(got)
    return True, phonenumbers.number_type(n)


def main():
    bad, n, types = 0, 0, {}
    with open(os.path.join(HERE, "holdout13.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            for s in json.loads(line)["spans"]:
                if s["kind"] != "phone":
                    continue
                n += 1
                good, why = ok(s["value"], s["shape"].split("_")[0])
                if not good:
                    bad += 1
                    print("line %d: %s %s" % (i, s["shape"], why))
                else:
                    t = {0: "fixed", 1: "mobile", 2: "fixed_or_mobile"}.get(why, str(why))
                    types[t] = types.get(t, 0) + 1
    print("phones: %d checked, %d invalid; types: %s" % (n, bad, ", ".join("%s %d" % kv for kv in sorted(types.items()))))
    if "--plans" in sys.argv:
        k = int(sys.argv[sys.argv.index("--plans") + 1])
        spec = importlib.util.spec_from_file_location("gen", os.path.join(HERE, "make-holdout13.py"))
        gen = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gen)
        rng = random.Random(7)
        pbad = 0
        for plan in gen.PLANS:
            for pre in plan[4]:
                one = (plan[0], plan[1], plan[2], plan[3], [pre]) + tuple(plan[5:])
                fails = 0
                for _ in range(k):
                    nsn = gen.draw_nsn(rng, one)
                    forms = [gen.fill(t, plan[2] + nsn) for t in plan[6]] + ["+" + plan[1] + " " + gen.fill(t, nsn) for t in plan[7]] + ["+" + plan[1] + nsn, plan[2] + nsn]
                    for v in forms:
                        if not ok(v, plan[0])[0]:
                            fails += 1
                            break
                if fails:
                    pbad += 1
                    print("plan %s %s prefix %s: %d/%d fail" % (plan[0], plan[3], pre, fails, k))
        print("plan prefixes failing: %d" % pbad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
