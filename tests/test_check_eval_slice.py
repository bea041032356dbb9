"""Check on a slice of real data (tests/data/eval): what look-up is sure of, check finds.

This runs on published spellings from real sources, not on the fixture glossary; it moves
with that slice, not with the shipped glossary.
"""
from __future__ import annotations

from checker.api import Matcher
from checker.check import Checker
from checker.formats import read_document
from checker.text.common_words import is_common_word


def run(checker, text: str, path: str = "doc.txt", language=None):
    doc = read_document(text.encode("utf-8"), path)
    return doc, checker.check(doc, language)


def test_check_finds_what_look_up_is_sure_of_on_real_names():
    """Every published spelling of the real slice (tests/data/eval) that a look-up answers
    confidently is found as the same entry when an English sentence holds it; foreign
    spellings, translated words and case forms taken back count only in look-ups, and so does
    a single word that is a common English word (GeoNames' 'Snow' for Сноў is, in a
    sentence, snow)."""
    import csv

    from tests.match.conftest import DATA

    matcher = Matcher.from_paths([DATA / "dev-glossary.yaml"], use_cache=False)
    checker = Checker(matcher)
    with open(DATA / "dev-queries-slice.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))[1:]
    sure = [(q, e) for q, e, _ in rows
            if (r := matcher.resolve(q)).confident and r.entry == e
            and "foreign spelling" not in r.how and "translated" not in r.how
            and "of a case form" not in r.how]
    missed, words = [], []
    for query, entry in sure:
        _, r = run(checker, f"On Monday the list named {query} among others.\n", language="en")
        if entry not in {m.entry for m in r.mentions} | {f.entry for f in r.findings}:
            (words if " " not in query and is_common_word(query) else missed).append(query)
    assert len(sure) > 300 and missed == []
    assert sorted(words) == ["Shack", "Snow"]
