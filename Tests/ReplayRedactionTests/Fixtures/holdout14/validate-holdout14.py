#!/usr/bin/env python3
"""Validate every phone span of holdout14.jsonl with libphonenumber (PyPI `phonenumbers`).

Not needed to generate the set. Run from a throwaway venv:
  python3 -m venv /tmp/h14venv && /tmp/h14venv/bin/pip install phonenumbers
  /tmp/h14venv/bin/python validate-holdout14.py
The phone `shape` is `<REGION>_<nat|intl>`; the value is parsed with that region as default.
"""
import json
import os
import sys

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
by = {}
with open(os.path.join(HERE, "holdout14.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        for s in json.loads(line)["spans"]:
            if s["kind"] != "phone":
                continue
            n += 1
            region = s["shape"].split("_")[0]
            try:
                ok = phonenumbers.is_valid_number(phonenumbers.parse(s["value"], region))
            except phonenumbers.NumberParseException:
                ok = False
            if not ok:
                bad += 1
                by[region] = by.get(region, 0) + 1
                if "-v" in sys.argv:
                    print("invalid:", ln, s["shape"], s["value"])
print("phonenumbers %s: %d phones, %d invalid %s" % (phonenumbers.__version__, n, bad, by))
sys.exit(1 if bad else 0)
