"""The matcher's targets, asserted on a fixed slice of real published spellings (tests/data/eval)."""
from __future__ import annotations

import csv
from collections import defaultdict

from tests.match.conftest import DATA

HEADLINE = {"person-sanctions", "place-name", "person-wikidata-en"}
CONFIDENT = {"canonical", "variant"}


def _figures(matcher):
    with open(DATA / "dev-queries-slice.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))[1:]
    s = defaultdict(lambda: defaultdict(int))
    for query, expected, category in rows:
        r = matcher.resolve(query)
        for key in ("all", "headline") if category in HEADLINE else ("all",):
            if expected:
                s[key]["pos"] += 1
                s[key]["confident"] += r.status in CONFIDENT and r.entry == expected
                s[key]["top1"] += r.status in CONFIDENT | {"suggestion"} and r.entry == expected
                s[key]["wrong"] += r.status in CONFIDENT and r.entry != expected
            else:
                s[key]["neg"] += 1
                s[key]["false"] += r.status in CONFIDENT
    return s


def test_targets_hold_on_the_real_slice(dev_matcher):
    s = _figures(dev_matcher)
    h, a = s["headline"], s["all"]
    assert h["pos"] > 150 and a["neg"] > 100
    assert h["confident"] / h["pos"] >= 0.97
    assert h["top1"] / h["pos"] >= 0.99
    assert h["wrong"] / h["pos"] <= 0.005
    assert h["false"] / h["neg"] <= 0.005
    assert a["top1"] / a["pos"] >= 0.95
    assert a["false"] / a["neg"] <= 0.01
