"""The matching index: the key tables a look-up searches."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.glossary import parse_glossary_text
from checker.glossary.model import Glossary
from checker.match.index import COMPILED, SLIP_MIN, Index, build_index, slip_buckets
from checker.plain import ShapeError, pack, unpack

LETTERS = "abcdefghiklmnoprstuvz"


def _one_slip(word: str, kind: int, at: int, letter: str) -> str:
    at = 1 + at % (len(word) - 1)                      # past the first letter
    if kind == 0:                                     # swapped with the next letter
        at = min(at, len(word) - 2)
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    if kind == 1:                                     # wrong
        return word[:at] + letter + word[at + 1:]
    if kind == 2:                                     # missing
        return word[:at] + word[at + 1:]
    return word[:at] + letter + word[at:]             # extra


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LETTERS, min_size=SLIP_MIN + 1, max_size=14), st.integers(0, 3),
       st.integers(0, 20), st.sampled_from(LETTERS))
def test_a_key_one_slip_away_is_among_the_slip_candidates(key, kind, at, letter):
    """One slip past the first letter leaves the first or the last two letters and changes the
    length by one at most, so the two-letter buckets never miss a key one slip away."""
    index = Index(by_fold={key: ()}, slips=slip_buckets([key]))
    slipped = _one_slip(key, kind, at, letter)
    if len(slipped) >= SLIP_MIN:
        assert key in index.slip_candidates(slipped)


def test_slip_buckets_come_from_the_glossary_forms():
    text = """version: 1
entries:
- id: mikalai-karpiankou
  kind: person
  be: Мікалай Карпянкоў
  ru: Николай Карпенков
"""
    index = build_index(Glossary(parse_glossary_text(text, "g.yaml")))
    assert "karpiankou" in index.slip_candidates("karpiankuo")
    assert "karpiankou" in index.slip_candidates("krapiankou")
    assert "karpiankou" not in index.slip_candidates("karpenka")
    assert "karpiankou" not in index.slip_candidates("arpiankou")   # never the first letter
    # a person's given names as written, Latin and Cyrillic, are worked out with the index
    assert {"Mikalai", "Nikolai", "Мікалай", "Николай"} <= set(index.given_words)
    assert "Karpiankou" not in index.given_words and "M" in index.given_heads


def test_the_compiled_glossary_reads_back_from_plain_data_as_it_was(fixture_matcher):
    value = (fixture_matcher.glossary, fixture_matcher.index)
    glossary, index = COMPILED.from_plain(unpack(pack(COMPILED.to_plain(value))))
    assert glossary == value[0] and index == value[1]
    for name in ("by_fold", "by_skeleton", "by_cyrillic", "by_compact", "part_keys", "kinds",
                 "phrases", "slips", "dotted"):
        assert list(getattr(index, name)) == list(getattr(value[1], name))   # in order
    assert index.slip_candidates("karpiankuo") == value[1].slip_candidates("karpiankuo")


def test_hits_read_back_one_key_at_a_time_or_all_at_once_are_the_same(fixture_matcher,
                                                                       monkeypatch):
    import checker.match.index as index_module

    value = (fixture_matcher.glossary, fixture_matcher.index)
    plain = unpack(pack(COMPILED.to_plain(value)))
    _, lazy = COMPILED.from_plain(plain)
    monkeypatch.setattr(index_module, "ROW_AFTER", 0)   # the whole row at the first look-up
    monkeypatch.setattr(index_module, "ROW_SHARE", 10**9)
    _, whole = COMPILED.from_plain(plain)
    for name in ("by_fold", "by_skeleton", "by_cyrillic", "by_stem"):
        built = getattr(value[1], name)
        assert {k: getattr(lazy, name)[k] for k in built} == dict(built)
        assert {k: getattr(whole, name).get(k) for k in built} == dict(built)


def _forged(fixture_matcher, change) -> dict:
    plain = unpack(pack(COMPILED.to_plain((fixture_matcher.glossary, fixture_matcher.index))))
    change(plain["index"])
    return plain


def _first(table: dict, key: str, value: object) -> None:
    """Replace the first value of table[key] (a tuple, or bytes of 32-bit integers)."""
    rest = table[key][4:] if isinstance(value, bytes) else table[key][1:]
    table[key] = value + rest if isinstance(value, bytes) else (value, *rest)


FAR = (2**24 - 1).to_bytes(4, "little")   # a number past anything the fixture has


@pytest.mark.parametrize(("what", "change"), [
    ("a hit number past the hits", lambda ix: _first(ix["by_fold"], "hits", FAR)),
    ("a slot past the names' parts", lambda ix: _first(ix["hits"], "slots", FAR)),
    ("a way made past the ways", lambda ix: _first(ix["hits"]["hows"], "numbers", FAR)),
    ("ends past the hits", lambda ix: ix["by_skeleton"].update(
        ends=ix["by_skeleton"]["ends"][:-4] + FAR)),
    ("a role no name has", lambda ix: _first(ix["names"]["roles"], "values", ("king",))),
    ("an entry the glossary lacks", lambda ix: _first(ix["names"]["entries"], "values", "nobody")),
    ("an owner the glossary lacks", lambda ix: _first(ix["by_compact"]["values"], "values",
                                                       ("nobody",))),
    ("a number where a string goes", lambda ix: _first(ix["phrases"]["values"], "values", (1, 2))),
    ("a slip bucket with a fold key past the fold table's", lambda ix: _first(
        ix["slips"], "hits", FAR)),
    ("numbers of an entry the glossary lacks", lambda ix: ix.update(
        numbers={"keys": ("nobody",), "values": ((("1",),),)})),
    ("numbers that are no strings", lambda ix: ix.update(
        numbers={"keys": (ix["names"]["entries"]["values"][0],), "values": (((1,),),)})),
    ("given names that are no strings", lambda ix: ix.update(given_words=("Ivan", 7))),
    ("given names' first letters that are no string", lambda ix: ix.update(given_heads=("I",))),
    ("a field missing", lambda ix: ix.pop("by_stem")),
    ("integers cut short", lambda ix: ix["initials"].update(slots=ix["initials"]["slots"][:-1])),
])
def test_a_forged_index_of_the_wrong_shape_is_refused(fixture_matcher, what, change):
    """Plain data that passes the checksum (it was forged, or written by a bug) but would make
    a look-up fail or name what is not there is a ShapeError, so the cache builds again."""
    with pytest.raises(ShapeError):
        COMPILED.from_plain(_forged(fixture_matcher, change))


def test_names_read_back_one_at_a_time_are_the_names_built(fixture_matcher):
    import pickle

    value = (fixture_matcher.glossary, fixture_matcher.index)
    _, index = COMPILED.from_plain(unpack(pack(COMPILED.to_plain(value))))
    built = value[1].names
    assert len(index.names) == len(built)
    assert index.names[len(built) - 1] == built[-1] and index.names[0] is index.names[0]
    assert index.names[1:3] == built[1:3] and list(index.names) == list(built)
    assert pickle.loads(pickle.dumps(index.names)) == built   # a worker gets a list
