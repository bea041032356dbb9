"""The fixture glossary (tests/data/glossary) is a well-formed glossary: it loads, it is in
order, it lints clean, and every entry says where its facts come from and why it is there."""
from __future__ import annotations

from collections import Counter

from checker.glossary.lint import lint
from checker.glossary.loader import read_glossary_files
from checker.glossary.order import sorted_text


def test_fixture_glossary_is_small_and_covers_every_kind(fixture_matcher):
    kinds = Counter(e.kind for e in fixture_matcher.glossary)
    assert set(kinds) == {"person", "place", "organization"}
    assert len(fixture_matcher.glossary) <= 60  # tens of entries: add only what a test needs


def test_fixture_glossary_files_are_in_order(fixture_glossary_paths):
    files = read_glossary_files(fixture_glossary_paths)
    assert len(files) == 3
    for path, data in files:
        assert sorted_text(data.decode("utf-8"), path) is None, path


def test_fixture_glossary_lints_clean(fixture_matcher):
    problems = lint(fixture_matcher.glossary, fixture_matcher)
    assert not problems, "\n".join(map(str, problems))


def test_every_fixture_entry_has_a_note_and_sources(fixture_matcher):
    for e in fixture_matcher.glossary:
        assert e.note and e.sources, e.id
        if e.kind == "person":
            assert e.gender in ("male", "female") and e.be and e.ru, e.id
        if e.kind == "place":
            assert e.be and e.ru, e.id
