"""The bounded memo every long-lived cache of a run goes through."""
from __future__ import annotations

from checker.bounded import BoundedCache
from checker.match.index import HITS_HELD
from checker.translit import get_scheme
from checker.translit.engine import WORDS_HELD


def test_a_bounded_cache_keeps_values_until_it_is_over_its_limit() -> None:
    cache: BoundedCache[str, int] = BoundedCache(3)
    for i, key in enumerate("abcd"):
        assert cache.set(key, i) == i
    assert len(cache) == 4 and cache.get("a") == 0
    cache.set("e", 4)            # over the limit: emptied, then the new value kept
    assert len(cache) == 1 and cache.get("a") is None and cache.get("e") == 4


def test_the_index_and_the_schemes_remember_a_bounded_number(fixture_matcher) -> None:
    hits = fixture_matcher.index.hit_cache()
    assert isinstance(hits, BoundedCache) and hits.limit == HITS_HELD
    fixture_matcher.resolve("Nikolai Karpenkov")
    assert len(hits) > 0
    compiled = get_scheme("be-press").engine.main
    assert compiled.text("Мікалай Карпянкоў") == "Mikalai Karpiankou"
    assert compiled._text_cache.limit == WORDS_HELD
    assert compiled._text_cache.get("Мікалай Карпянкоў") == "Mikalai Karpiankou"
