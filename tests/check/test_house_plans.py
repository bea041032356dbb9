"""The house forms' plans worked out with the glossary and kept in the cache: a run read from
them gives what the run worked out in place gives, and a check gives the same findings with
them as without."""
from __future__ import annotations

import pytest

from checker import cache
from checker.api import Matcher
from checker.check import Checker, runs
from checker.check.house_plans import LANGUAGE, PLANS, runs_to_plan
from checker.formats import read_document
from checker.plain import ShapeError, pack, unpack

# sentences of our own: house forms, variants and words that are no names, in English
TEXT = ("Mikalai Karpiankou spoke in Mahiliou on Monday. Later Nikolai Karpenkov, as the "
        "Ministry wrote, went to Mogilev; MAHILIOU answered.\n")


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NAMECHECK_NO_CACHE", raising=False)
    return tmp_path / "cache"


def _findings(checker: Checker) -> list[tuple]:
    doc = read_document(TEXT.encode(), "a.txt")
    return [(f.start, f.end, f.code, f.message, f.suggestion, f.severity, f.fix_safety)
            for f in checker.check(doc).findings]


def test_a_cached_checker_knows_the_house_forms_and_finds_the_same(cache_dir, monkeypatch,
                                                                    fixture_glossary_paths):
    monkeypatch.setattr(runs, "KNOWN_AFTER", 1)   # read at the first run worked out
    plain = Checker(Matcher.from_paths(fixture_glossary_paths, use_cache=False))
    assert plain.planner.load_known is None   # no cache, no plans worked out ahead
    cold = Checker(Matcher.from_paths(fixture_glossary_paths))
    cold_findings = _findings(cold)
    warm = Checker(Matcher.from_paths(fixture_glossary_paths))   # read back from the cache
    warm_findings = _findings(warm)
    assert ("Mikalai Karpiankou" in {text for _, text, _ in warm.planner.known})
    assert warm.planner.known == cold.planner.known
    assert warm_findings == cold_findings == _findings(plain)
    assert any(n.startswith("plans-") for n in (p.name for p in cache_dir.iterdir()))


def test_a_small_document_is_checked_without_reading_the_plans(cache_dir,
                                                                fixture_glossary_paths):
    """Reading the plans costs a start more than a few runs worked out in place: they are
    read once a process has worked out KNOWN_AFTER runs."""
    checker = Checker(Matcher.from_paths(fixture_glossary_paths))
    _findings(checker)
    assert checker.planner.known == {} and checker.planner.load_known is not None


def test_a_plan_read_back_is_the_plan_worked_out(fixture_glossary_paths):
    checker = Checker(Matcher.from_paths(fixture_glossary_paths, use_cache=False))
    forms = runs_to_plan([e.canonical for e in checker.matcher.glossary.entries]
                         + [v for e in checker.matcher.glossary.entries for v in e.variants])
    plans = {(LANGUAGE, f, False): checker.planner.work_out((LANGUAGE, f, False), f, 0, len(f))
             for f in forms}
    assert any(findings for findings, _ in plans.values())   # variants: NC001 findings too
    back = PLANS.from_plain(unpack(pack(PLANS.to_plain(plans))))
    assert back == {k: (list(f), list(m)) for k, (f, m) in plans.items()}
    code = next(f for findings, _ in back.values() for f in findings)[2]
    assert type(code).__name__ == "Code"   # the enums as the walk makes them


def test_only_forms_that_are_one_run_are_planned():
    assert runs_to_plan(["Mahiliou", "Ministry of Defence", "Mikalai Karpiankou",
                         "Mahiliou"]) == ["Mahiliou", "Mikalai Karpiankou"]


@pytest.mark.parametrize("plain", [
    {"Mahiliou": ((), ((0, 99, "mahiliou", "Mahiliou", "mahiliou", "mahiliou"),))},  # past the run
    {"Mahiliou": (((0, 8, "NC999", "m", None, None, "warning", "none", "Mahiliou", True),), ())},
    {"Mahiliou": ((), ((0, 8, "mahiliou", 3, None, "x"),))},
    {"Mahiliou": ((),)},
    ["Mahiliou"],
])
def test_plans_of_another_shape_are_refused(plain):
    with pytest.raises(ShapeError):
        PLANS.from_plain(unpack(pack(plain)))


def test_no_plans_without_the_cache(monkeypatch, fixture_glossary_paths):
    monkeypatch.setattr(cache, "enabled", lambda: False)
    assert Matcher.from_paths(fixture_glossary_paths).cache_key is None
