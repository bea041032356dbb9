"""Plain text: the whole text is prose."""
from checker.formats import read_document
from checker.formats.plain import scan_plain


def test_whole_text_is_one_segment_less_urls_and_addresses():
    text = "Mikalai Karpiankou (https://example.by/karpenkov) `Karpenkov` <b>x</b> karpenkov@mvd.by\n"
    scan = scan_plain(text)
    url = text.index("https://")
    url_end = text.index(")")
    mail = text.index("karpenkov@")
    assert scan.segments == [(0, url), (url_end, mail), (len(text) - 1, len(text))]
    assert scan.comments is None


def test_empty_text_has_no_segments():
    assert read_document(b"", "a.txt").segments == []


def test_huge_single_line():
    data = ("Mikalai Karpiankou visited Minsk. " * 300_000).encode()
    doc = read_document(data, "big.txt")
    assert doc.segments == [(0, len(data))]
