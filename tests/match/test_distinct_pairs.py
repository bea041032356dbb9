"""Different people, places and organisations with similar names are never taken for one another."""
from __future__ import annotations

import csv
import re

import pytest

from checker.api import Matcher
from checker.glossary import parse_glossary_text
from checker.glossary.model import Glossary
from checker.match.index import build_index
from tests.match.conftest import DATA


def _given_first(form: str) -> str:
    """'LUKASHENKA, Alyaksandr Hryhoryavich' -> 'Alyaksandr Hryhoryavich LUKASHENKA'."""
    if "," in form:
        family, rest = form.split(",", 1)
        return f"{rest.strip()} {family.strip()}"
    return form


def _pairs():
    with open(DATA / "distinct_similar_pairs.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [pytest.param(r, id=f"{r['example_form_a']} / {r['example_form_b']}") for r in rows]


def _matcher(kind: str, a: str, b: str) -> Matcher:
    text = "version: 1\nentries:\n"
    for i, form in (("a", a), ("b", b)):
        text += f"- id: {i}\n  kind: {kind}\n  canonical: {form!r}\n"
    g = Glossary(parse_glossary_text(text, "pairs.yaml"))
    return Matcher(g, build_index(g))


@pytest.mark.parametrize("row", _pairs())
def test_pair_is_kept_apart(row):
    kind = {"org": "organization"}.get(row["kind"], row["kind"])
    a, b = _given_first(row["example_form_a"]), _given_first(row["example_form_b"])
    m = _matcher(kind, a, b)
    for query, _own, other in ((row["example_form_a"], "a", "b"), (row["example_form_b"], "b", "a"),
                              (row["compared_a"], "a", "b"), (row["compared_b"], "b", "a")):
        r = m.resolve(query)
        assert not (r.confident and r.entry == other), (query, r.to_dict())
    if re.sub(r"\W", "", a.lower()) != re.sub(r"\W", "", b.lower()):
        # the pair's own forms still find their own entry
        r = m.resolve(row["example_form_a"])
        assert r.entry == "a" or not r.confident
