"""Plain text: the whole text is prose."""
from checker.formats import read_document
from checker.formats.plain import scan_plain


def test_whole_text_is_one_segment():
    text = "Mikalai Karpiankou (https://example.by/karpenkov) `Karpenkov` <b>x</b>\n"
    scan = scan_plain(text)
    assert scan.segments == [(0, len(text))]
    assert scan.comments is None


def test_empty_text_has_no_segments():
    assert read_document(b"", "a.txt").segments == []


def test_huge_single_line():
    data = ("Mikalai Karpiankou visited Minsk. " * 300_000).encode()
    doc = read_document(data, "big.txt")
    assert doc.segments == [(0, len(data))]
