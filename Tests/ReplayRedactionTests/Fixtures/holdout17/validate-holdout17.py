#!/usr/bin/env python3
"""Validate every phone span of holdout17.jsonl with libphonenumber (PyPI `phonenumbers`).

Not part of the generator (which is standard-library only). Run it from a throwaway virtualenv:

    python3 -m venv /tmp/h17venv && /tmp/h17venv/bin/pip install phonenumbers
    /tmp/h17venv/bin/python validate-holdout17.py

The region is the shape's prefix (`DE_nat_mob` -> DE). A phone passes when it parses against that region,
`is_valid_number` is true and `region_code_for_number` gives the same region back.
"""
import json
import os
import sys

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    path = os.path.join(HERE, "holdout17.jsonl")
    n = bad = 0
    regions = []
    with open(path, encoding="utf-8") as f:
        for i, raw in enumerate(f, 1):
            line = json.loads(raw)
            for s in line["spans"]:
                if s["kind"] != "phone":
                    continue
                n += 1
                region = s["shape"].split("_")[0]
                if region not in regions:
                    regions.append(region)
                try:
                    num = phonenumbers.parse(s["value"], region)
                    ok = phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                except phonenumbers.NumberParseException:
                    ok = False
                if not ok:
                    bad += 1
                    print("line %d: invalid %s phone %r" % (i, region, s["value"]))
    print("phonenumbers %s: %d phone spans in %d regions, %d invalid" % (phonenumbers.__version__, n, len(regions), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
