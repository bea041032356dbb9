"""Plain text: the whole text is prose."""
import pytest

from checker.formats import read_document
from checker.formats.plain import scan_plain

from .timing import SIZE, assert_read_in_linear_time, sentences


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


@pytest.mark.parametrize("crafted", [
    "x" * SIZE,                          # a long token: an address was tried from each letter
    "a." * (SIZE // 2),
    "Mikalai-" * (SIZE // 8),
    "see https://example.by/x" + ")" * SIZE,   # an unbalanced ')' was counted again each time
], ids=["token", "dotted-token", "hyphenated-token", "url-brackets"])
def test_reading_takes_linear_time(crafted):
    assert_read_in_linear_time(crafted, sentences(len(crafted)), "a.txt")


def test_a_long_tail_of_brackets_and_punctuation_is_cut_from_a_url():
    text = "see https://example.by/a_(b)" + ")" * 5 + ".,;" + " Minsk"
    doc = read_document(text.encode(), "a.txt")
    assert [text[s:e] for s, e in doc.segments] == ["see ", "))))).,; Minsk"]
