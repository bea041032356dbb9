"""Any text, read as a plain-text document and checked with the shipped glossary, gives
findings without an error, and its safe fixes apply without one."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.api import Matcher
from checker.check import Checker
from checker.fix import apply_replacements
from checker.formats import read_document


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(Matcher.from_paths(use_cache=False))


# names of the shipped glossary in several spellings, mixed-script and foreign-letter words,
# signs that sit among letters, apostrophes, stress marks and possessives
_PIECES = [
    "Mikalai Karpiankou", "Nikolai Karpenkov", "KARPENKOV", "Карпянкоў", "Карпенков",
    "Мікалай Карпянкоў", "Тарайкоўскі", "Тарайкоўскага", "Tikhanovskaya", "Mogilev",
    "Mінск", "Kаrpiankou", "Карпянкоw", "Алëна", "Ѕвезда", "Јован", "Ђорђе", "Мар’яна",
    "Мар′яна", "Мар‘яна", "Міха\u0301іл", "Karpenkov's", "Karpenkov’s", "O'Brien", "B.O.T.H.",
    "M. Karpiankou", "10×20", "1÷3", "҂", "ª", "ﬁ", "Ａｂｃ", "𝐀", "\u0301", "ʼ", "Ё",
]
_SEPARATORS = st.sampled_from(["", " ", "  ", "-", "\n", "\r\n", ". ", ", ", "’", "'", "\u00a0",
                               "\u2028", "\t", "(", ")", "«", "»"])


def _mixed() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(_PIECES), st.text(max_size=6))
    return st.lists(st.tuples(piece, _SEPARATORS), max_size=12).map(
        lambda parts: "".join(p + s for p, s in parts))


def _check_and_fix(checker: Checker, text: str) -> None:
    doc = read_document(text.encode("utf-8"), "doc.txt")
    result = checker.check(doc)
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(doc.text)
    # the fixes --fix applies without --unsafe-fixes (cli_check._fix)
    reps = [(f.start, f.end, f.suggestion) for f in sorted(result.findings, key=lambda f: f.start)
            if f.suggestion and f.fix_safety == "safe" and f.code != "NC004"]
    fixed = apply_replacements(doc.text, reps)
    doc.encode(fixed)
    checker.check(read_document(fixed.encode("utf-8"), "doc.txt"))


_SETTINGS = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(st.text())
def test_any_text_checks_and_fixes_without_an_error(checker, text):
    _check_and_fix(checker, text)


@_SETTINGS
@given(_mixed())
def test_names_among_any_characters_check_and_fix_without_an_error(checker, text):
    _check_and_fix(checker, text)


@pytest.mark.parametrize("text", [
    "Площадь 10×20 м, сказал Карпенков.\n",
    "Доля 1÷3, сказал Nikolai Karpenkov.\n",
    "S: Ѕ\nJ: Ј\nA Јован Karpiankou.\n",
])
def test_the_texts_that_crashed(checker, text):
    _check_and_fix(checker, text)
