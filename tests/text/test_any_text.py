"""Any text, read as a plain-text document and checked with the fixture glossary, gives
findings without an error, and its fixes apply without one (until none is left, as --fix does)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.fix import apply_replacements
from checker.formats import read_document
from checker.project import Project


@pytest.fixture(scope="module")
def project(fixture_glossary_paths) -> Project:
    return Project.load(glossary=[str(p) for p in fixture_glossary_paths], use_cache=False)


# names of the shipped glossary in several spellings, mixed-script and foreign-letter words,
# signs that sit among letters, apostrophes, stress marks and possessives
_PIECES = [
    "Mikalai Karpiankou", "Nikolai Karpenkov", "KARPENKOV", "Карпянкоў", "Карпенков",
    "Мікалай Карпянкоў", "Тарайкоўскі", "Тарайкоўскага", "Tikhanovskaya", "Mogilev",
    "Mінск", "Kаrpiankou", "Карпянкоw", "Алëна", "Ѕвезда", "Јован", "Ђорђе", "Мар’яна",
    "Мар′яна", "Мар‘яна", "Міха\u0301іл", "Karpenkov's", "Karpenkov’s", "O'Brien", "B.O.T.H.",
    "M. Karpiankou", "10×20", "1÷3", "Карпенков-S", "Карпенков×", "÷Карпянкоў", "҂", "ª", "ﬁ",
    "Ａｂｃ", "𝐀", "\u0301", "ʼ", "Ё",
]
_SEPARATORS = st.sampled_from(["", " ", "  ", "-", "\n", "\r\n", ". ", ", ", "’", "'", "\u00a0",
                               "\u2028", "\t", "(", ")", "«", "»"])


def _mixed() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(_PIECES), st.text(max_size=6))
    return st.lists(st.tuples(piece, _SEPARATORS), max_size=12).map(
        lambda parts: "".join(p + s for p, s in parts))


def _check_and_fix(project: Project, text: str) -> None:
    checker = project.checker
    doc = read_document(text.encode("utf-8"), "doc.txt")
    result = checker.check(doc)
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(doc.text)
    # the fixes --fix applies without --unsafe-fixes
    reps = [(f.start, f.end, f.suggestion) for f in sorted(result.findings, key=lambda f: f.start)
            if f.suggestion and f.fix_safety == "safe" and f.code != "NC004"]
    fixed = apply_replacements(doc.text, reps)
    doc.encode(fixed)
    checker.check(read_document(fixed.encode("utf-8"), "doc.txt"))
    # the library's own loop: fixes (suggestions too) applied and checked again until stable
    again = project.fix_text(text, unsafe=True, path="doc.txt")
    assert project.fix_text(again, unsafe=True, path="doc.txt") == again


_SETTINGS = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(st.text())
def test_any_text_checks_and_fixes_without_an_error(project, text):
    _check_and_fix(project, text)


@_SETTINGS
@given(_mixed())
def test_names_among_any_characters_check_and_fix_without_an_error(project, text):
    _check_and_fix(project, text)


@pytest.mark.parametrize("text", [
    "Площадь 10×20 м, сказал Карпенков.\n",
    "Доля 1÷3, сказал Nikolai Karpenkov.\n",
    "S: Ѕ\nJ: Ј\nA Јован Karpiankou.\n",
    "Карпенков-S сказал, что Карпенков×Карпянкоў ÷ Мінск.\n",
])
def test_the_texts_that_crashed(project, text):
    _check_and_fix(project, text)
