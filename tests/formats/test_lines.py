"""Line starts and line ends."""
import re

from hypothesis import given
from hypothesis import strategies as st

from checker.formats.lines import content_end, line_end, line_index, line_starts


def test_line_starts_for_each_kind_of_break():
    assert line_starts("") == [0]
    assert line_starts("a\nb\r\nc\rd") == [0, 2, 5, 7]
    assert line_starts("a\n") == [0, 2]
    assert line_starts("\r\r\n\n") == [0, 1, 3, 4]


@given(st.text(alphabet="ab\n\ré"))
def test_line_starts_are_each_break_s_end(text):
    # two ways, with a carriage return in the text and without: one answer
    assert line_starts(text) == [0, *(m.end() for m in re.finditer(r"\r\n?|\n", text))]


def test_line_index_and_ends():
    text = "ab\r\ncd\nef"
    starts = line_starts(text)
    assert [line_index(starts, i) for i in range(len(text) + 1)] == [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]
    assert [line_end(starts, i, len(text)) for i in range(3)] == [4, 7, 9]
    assert [content_end(text, starts, i) for i in range(3)] == [2, 6, 9]


def test_matched_gives_the_match_of_a_pattern_that_cannot_fail():
    import re

    import pytest

    from checker.formats.lines import matched

    assert matched(re.compile(r"[ \t]*+").match("  x", 0)).end() == 2
    with pytest.raises(AssertionError):
        matched(re.compile("x").match("y"))
