"""What every format reader's scan must give, whatever the text: shared by the property tests."""
from checker.formats.scan import Scan


def assert_ranges_in_order_inside(scan: Scan, text: str) -> None:
    """Segments sorted and disjoint inside the text; each unit has a translation, and its
    ranges are non-empty and inside."""
    flat = [x for r in scan.segments for x in r]
    assert flat == sorted(flat) and all(0 <= x <= len(text) for x in flat)
    for source, target in scan.units:
        assert target, "a unit without translation text"
        assert all(0 <= s < e <= len(text) for s, e in source + target)
