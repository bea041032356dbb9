"""Hygiene of the shipped glossary: counts, completeness, and every lint check."""
from __future__ import annotations

from collections import Counter

import pytest

from checker.api import Matcher
from checker.glossary.lint import lint


@pytest.fixture(scope="module")
def shipped() -> Matcher:
    return Matcher.from_paths(use_cache=False)


def test_counts_by_kind(shipped):
    kinds = Counter(e.kind for e in shipped.glossary)
    assert kinds["person"] >= 150
    assert kinds["place"] >= 130
    assert kinds["organization"] >= 40


def test_required_people_and_places_are_there(shipped):
    for query, canonical in [("Karpenkov", "Mikalai Karpiankou"),
                             ("Alexander Taraikovsky", "Aliaksandr Taraikouski"),
                             ("Alexander Lukashenko", "Aliaksandr Lukashenka"),
                             ("Yuri Karayev", "Yury Karaeu"), ("Ivan Kubrakov", "Ivan Kubrakou"),
                             ("Lidia Yermoshina", "Lidziya Yarmoshyna"),
                             ("Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya"),
                             ("Mogilev", "Mahiliou"), ("Gomel", "Homel"), ("Grodno", "Hrodna")]:
        r = shipped.resolve(query)
        assert r.confident and r.canonical == canonical, (query, r.to_dict())


def test_every_entry_is_complete(shipped):
    for e in shipped.glossary:
        assert e.note, e.id
        if e.kind == "person":
            assert e.gender in ("male", "female"), e.id
            assert e.be and e.ru, e.id
        if e.kind == "place":
            assert e.be and e.ru, e.id


def test_lint_is_clean(shipped):
    problems = lint(shipped.glossary, shipped)
    assert not problems, "\n".join(map(str, problems[:20]))
