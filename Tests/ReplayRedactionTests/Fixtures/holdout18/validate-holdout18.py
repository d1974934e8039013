#!/usr/bin/env python3
"""Validate every phone span of holdout18.jsonl with libphonenumber (PyPI phonenumbers), run from a throwaway venv:
python3 -m venv /tmp/h18venv && /tmp/h18venv/bin/pip install phonenumbers && /tmp/h18venv/bin/python validate-holdout18.py"""
import json, os, sys
import phonenumbers
REGION = lambda shape: shape.rsplit("_", 1)[0]
bad = n = 0
for i, line in enumerate(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout18.jsonl"), encoding="utf-8"), 1):
    for s in json.loads(line)["spans"]:
        if s["kind"] != "phone":
            continue
        n += 1
        reg = REGION(s["shape"])
        try:
            p = phonenumbers.parse(s["value"], reg)
            ok = phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == reg
        except phonenumbers.NumberParseException:
            ok = False
        if not ok:
            bad += 1; print("line %d: invalid %s %r" % (i, reg, s["value"]))
print("phones: %d checked, %d invalid" % (n, bad))
sys.exit(1 if bad else 0)
