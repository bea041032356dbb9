"""Range arithmetic."""
from checker.formats.ranges import normalize, subtract


def test_normalize_sorts_merges_and_drops_empty():
    assert normalize([(5, 7), (0, 2), (2, 3), (6, 9), (4, 4)]) == [(0, 3), (5, 9)]


def test_subtract():
    assert subtract([(0, 10), (20, 30)], [(2, 4), (8, 22), (29, 40)]) == [(0, 2), (4, 8), (22, 29)]
    assert subtract([(0, 10)], []) == [(0, 10)]
    assert subtract([(5, 6)], [(0, 10)]) == []
