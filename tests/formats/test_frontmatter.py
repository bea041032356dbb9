"""YAML front matter: where it ends and which ranges are values."""
from checker.formats.frontmatter import scan_front_matter
from checker.formats.lines import line_starts


def values(text):
    front = scan_front_matter(text, line_starts(text))
    return front.end, [text[s:e] for s, e in front.values]


def test_end_is_just_past_the_closing_line():
    text = "---\na: Karpiankou\n---\nbody\n"
    assert values(text) == (text.index("body"), ["Karpiankou"])


def test_no_front_matter():
    assert values("body\n---\na: b\n---\n") == (0, [])
    assert values("--- \na: b\n") == (0, [])


def test_crlf_quoted_keys_comments_and_folded_scalars():
    text = ("---\r\n\"karpenkov key\": Karpiankou  # karpenkov\r\nnote: >-\r\n  Karpiankou\r\n\r\n"
            "  Minsk\r\nx: 'a # b'\r\n---")
    assert values(text) == (len(text), ["Karpiankou", "Karpiankou", "", "Minsk", "'a # b'"])


def test_a_key_with_blanks_before_its_colon():
    assert values("---\nkey \t : Karpiankou\nno colon here\n---\n")[1] == ["Karpiankou", "no colon here"]
