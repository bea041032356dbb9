"""Plain text: the whole text is prose."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.formats import plain, read_document
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
    "@" * SIZE,                          # a marker at every character of one token
    "a@b." * (SIZE // 4),
    "www." * (SIZE // 4),
    "x" * SIZE + " a@b.by",              # a long token before an address
], ids=["token", "dotted-token", "hyphenated-token", "url-brackets", "ats", "addresses", "www",
        "long-token-then-address"])
def test_reading_takes_linear_time(crafted):
    assert_read_in_linear_time(crafted, sentences(len(crafted)), "a.txt")


def test_a_long_tail_of_brackets_and_punctuation_is_cut_from_a_url():
    text = "see https://example.by/a_(b)" + ")" * 5 + ".,;" + " Minsk"
    doc = read_document(text.encode(), "a.txt")
    assert [text[s:e] for s, e in doc.segments] == ["see ", "))))).,; Minsk"]


def test_addresses_and_urls_anywhere_in_their_tokens_are_found():
    text = ("Write to (press@example.by), see mailto:press@example.by or <WWW.example.by/a>.\n"
            "Minsk\u00a0www.example.by\tftp://example.by/x Hrodna")
    holes = [text[s:e] for s, e in plain._urls(text)]
    assert holes == ["press@example.by", "press@example.by", "WWW.example.by/a",
                     "www.example.by"]


def _whole_text_search(text: str) -> list[tuple[int, int]]:
    return [(m.start(), plain._url_end(m.group(), m.start())) for m in plain._URL.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "W", "w", "www.", "http://", "HTTPS://", "@", ".", ":", "/",
                                 "-", "+", "_", "(", ")", " ", "\n", "\u00a0", "1", "<", '"']),
                max_size=30).map("".join))
def test_searching_only_the_tokens_with_a_marker_finds_what_a_whole_text_search_finds(text):
    assert plain._urls(text) == _whole_text_search(text)
