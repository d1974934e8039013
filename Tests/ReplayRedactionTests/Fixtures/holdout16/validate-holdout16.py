#!/usr/bin/env python3
"""Validate every phone span of holdout16.jsonl with libphonenumber (PyPI `phonenumbers`), against the region in its shape.

  python3 -m venv /tmp/h16venv && /tmp/h16venv/bin/pip install phonenumbers
  /tmp/h16venv/bin/python validate-holdout16.py
"""
import json
import os
import sys

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    bad = 0
    n = 0
    regions = {}
    with open(os.path.join(HERE, "holdout16.jsonl"), encoding="utf-8") as f:
        for i, raw in enumerate(f):
            line = json.loads(raw)
            for s in line["spans"]:
                if s["kind"] != "phone":
                    continue
                n += 1
                region = s["shape"].split("_")[0]
                regions[region] = regions.get(region, 0) + 1
                try:
                    num = phonenumbers.parse(s["value"], region)
                    ok = phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                except phonenumbers.NumberParseException as e:
                    ok = False
                if not ok:
                    bad += 1
                    print("INVALID line %d: %r (%s)" % (i + 1, s["value"], s["shape"]))
    print("phonenumbers %s: %d phone spans in %d regions, %d invalid" % (phonenumbers.__version__, n, len(regions), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
