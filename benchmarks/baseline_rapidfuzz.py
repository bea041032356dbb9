#!/usr/bin/env python3
"""The plain rapidfuzz baseline, for comparison with namecheck's matcher.

It answers like `namecheck lookup --format jsonl -`, so the evaluation scorer can run it:

    python ../shared/eval/score.py --command "python benchmarks/baseline_rapidfuzz.py"

Forms: each entry's canonical, variants, and its Belarusian/Russian Cyrillic romanized with
the two house schemes (be-press, ru-press). Match: rapidfuzz token_sort_ratio on lowercased
strings; >= 90 confident, >= 70 suggestion. No language knowledge beyond the two schemes.
"""
import argparse
import json
import sys

from rapidfuzz import fuzz, process

from checker.glossary import load_glossary
from checker.translit import transliterate


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=["lookup"])
    p.add_argument("--glossary", action="append", required=True)
    p.add_argument("--format", default="jsonl")
    p.add_argument("names", nargs="*")
    a, rest = p.parse_known_args()
    a.names = a.names + rest
    forms, owners = [], []
    for e in load_glossary(a.glossary):
        texts = {e.canonical, *e.variants}
        texts.update(transliterate(f, "be-press") for f in e.be)
        texts.update(transliterate(f, "ru-press") for f in e.ru)
        for t in texts:
            forms.append(t.lower())
            owners.append(e)
    queries = [line.rstrip("\n") for line in sys.stdin] if a.names == ["-"] else a.names
    for q in queries:
        best = process.extractOne(q.lower().replace(",", " "), forms, scorer=fuzz.token_sort_ratio)
        status, entry, score = "unknown", None, 0.0
        if best:
            score = best[1]
            e = owners[best[2]]
            if score >= 90:
                status, entry = "variant", e.id
            elif score >= 70:
                status, entry = "suggestion", e.id
        print(json.dumps({"query": q, "status": status, "entry": entry, "score": score}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
