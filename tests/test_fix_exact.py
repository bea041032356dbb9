"""Safe fixes replace exactly the name found, and fixing is idempotent: a word joined to a name
by a hyphen or an apostrophe is never deleted, text outside a reported span never changes, and
after a fix a check finds nothing safe left to fix."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker import Project
from checker.check.suggest import joins, without_glued_edge
from checker.fix import apply_replacements
from checker.project import MAX_FIX_PASSES, FixMode, RunOptions
from tests.conftest import FIXTURE_GLOSSARY


@cache
def project() -> Project:
    return Project.load(glossary=[str(FIXTURE_GLOSSARY)], use_cache=False)


def safe_findings(text: str):
    return [f for f in project().check_text(text) if f.fix_safety == "safe"]


# -- a joined word is never deleted ---------------------------------------------------------------

@pytest.mark.parametrize("text, fixed", [
    # the matcher reads a hyphenated word as its parts: each part is fixed, the hyphen kept
    ("Karpenkov-Николай said.", "Karpiankou-Mikalai said."),
    ("Nikolai-Karpenkov said.", "Mikalai-Karpiankou said."),
    ("KARPENKOV-NIKOLAI said.", "KARPIANKOU-MIKALAI said."),
    ("Karpenkov-Nikolai-Mogilev road.", "Karpiankou-Mikalai-Mahiliou road."),
    # a word the match does without is not part of the name: its fix is not safe
    ("Defence Ministry’I said.", "Defence Ministry’I said."),
    ("DEFENCE MINISTRY’I said.", "DEFENCE MINISTRY’I said."),
    ("Ministry of Internal Affairs’I said.", "Interior Ministry’I said."),
    ("Ministry of Internal Affairs'I said.", "Interior Ministry'I said."),
    # the house's words in another order are a wording, fixed in no way
    ("Ministry of Defence’I said.", "Ministry of Defence’I said."),
    # neighbours outside the name stay where they are
    ("Nikolai Karpenkov-Ivanov said.", "Mikalai Karpiankou-Ivanov said."),
    ("Gomel-Mogilev road.", "Homel-Mahiliou road."),
    ("Rimsky-Karpenkov said.", "Rimsky-Karpiankou said."),
    ("Karpenkov’s trip.", "Karpiankou’s trip."),
])
def test_a_safe_fix_keeps_every_joined_word(text: str, fixed: str) -> None:
    assert project().fix_text(text) == fixed
    assert project().fix_text(fixed) == fixed


def test_a_fix_that_would_delete_a_joined_word_is_offered_as_unsafe() -> None:
    [f] = project().check_text("Defence Ministry’I said.")
    assert (f.code, f.found, f.suggestion, f.fix_safety) == (
        "NC001", "Defence Ministry’I", "Defence Ministry", "unsafe")


@pytest.mark.parametrize("text, expected", [
    ("Karpiankou-Mikalai", ("-",)),
    ("Mar’ina Gorka, Yel'sk", ("'", "'")),
    ("Mikalai Karpiankou - said", ()),       # a dash between words joins nothing
    ("Karpiankou's", ("'",)),
])
def test_joins(text: str, expected: tuple[str, ...]) -> None:
    assert joins(text) == expected


@pytest.mark.parametrize("found, expected", [
    ("Николай-Karpenkov", ["Karpenkov", "Николай"]),
    ("Defence Ministry’I", ["Defence Ministry"]),
    ("Nikolai Karpenkov-Ivanov", ["Nikolai Karpenkov"]),
    ("Yel'sk", []),                 # a lowercase part is the word's own
    ("Dar'ya Ivanova", []),
    ("Mikalai Karpiankou", []),
])
def test_without_glued_edge(found: str, expected: list[str]) -> None:
    assert without_glued_edge(found) == expected


# -- properties over arbitrary text with the glossary's names -------------------------------------

@cache
def spellings() -> list[str]:
    """Every spelling of the fixture glossary's names, in Latin and Cyrillic."""
    out: set[str] = set()
    for e in project().glossary.entries:
        out.update(e.latin)
        out.update(e.be)
        out.update(e.ru)
    return sorted(out)


_any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_cased = st.sampled_from([str, str.upper, str.lower, str.title])


@st.composite
def texts_with_names(draw) -> str:
    """Arbitrary Unicode with spellings of the glossary's names in it, joined to their
    neighbours by nothing, a space, a hyphen, an apostrophe or a line break."""
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        parts.append(draw(_any_text))
        parts.append(draw(st.sampled_from(["", " ", " ", "-", "’", "'", "\n", ". "])))
        parts.append(draw(_cased)(draw(st.sampled_from(spellings()))))
        parts.append(draw(st.sampled_from(["", " ", " ", "-", "’", "'s", "\n", ", "])))
    parts.append(draw(_any_text))
    return "".join(parts)


def outside_spans_pattern(text, spans: list[tuple[int, int]]) -> re.Pattern:
    """What replacing `spans` of `text` (str or bytes) may give: all outside them as it was.
    Spans are taken as apply_replacements takes them: by start, then in the order given."""
    pos, pieces = 0, []
    for start, end in sorted(spans, key=lambda span: span[0]):
        if start < pos:
            continue   # overlapping a span taken: not applied
        pieces.append(re.escape(text[pos:start]))
        pos = end
    pieces.append(re.escape(text[pos:]))
    return re.compile((".*?" if isinstance(text, str) else b".*?").join(pieces), re.DOTALL)


def passes(text: str) -> list[tuple[str, list]]:
    """Each text a fix goes through with the safe findings reported in it, to the last."""
    out = []
    for _ in range(MAX_FIX_PASSES + 1):
        findings = safe_findings(text)
        out.append((text, findings))
        if not findings:
            return out
        text = apply_replacements(text, [(f.start, f.end, f.suggestion or "") for f in findings])
    raise AssertionError(f"fixes did not settle: {out}")


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_names())
@example("Karpenkov-Николай said, Defence Ministry’I and Ministry of Defence’I.")
@example("Andżelika Borys Николай Карпенков")   # Latin only once fixed: Andżelika is then fixed
def test_fixing_is_idempotent_and_changes_only_reported_spans(text: str) -> None:
    steps = passes(text)
    for (before, findings), (after, _) in zip(steps, steps[1:], strict=False):
        spans = [(f.start, f.end) for f in findings]
        assert outside_spans_pattern(before, spans).fullmatch(after), (before, after, spans)
    fixed = project().fix_text(text)
    assert fixed == steps[-1][0]
    assert safe_findings(fixed) == []
    assert project().fix_text(fixed) == fixed


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts_with_names(), st.sampled_from(["\n", "\r\n"]), st.sampled_from([b"", b"\xef\xbb\xbf"]))
def test_fix_writes_every_byte_outside_the_reported_spans_unchanged(
        tmp_path: Path, text: str, newline: str, bom: bytes) -> None:
    text = text.replace("\r", "").replace("\n", newline)
    doc = tmp_path / "doc.txt"
    doc.write_bytes(bom + text.encode("utf-8"))
    steps = passes(text)
    report = project().check_paths([str(doc)], RunOptions(fix=FixMode.SAFE))
    assert report.errors == []
    after = doc.read_bytes()
    assert after == bom + steps[-1][0].encode("utf-8")
    if len(steps) == 2:   # one pass: the bytes of the spans reported in the file, and no other
        data = bom + text.encode("utf-8")
        spans = [(len(bom) + len(text[:f.start].encode()), len(bom) + len(text[:f.end].encode()))
                 for f in steps[0][1]]
        assert outside_spans_pattern(data, spans).fullmatch(after)
    again = project().check_paths([str(doc)], RunOptions(fix=FixMode.SAFE))
    assert again.fixed_files == 0 and doc.read_bytes() == after
