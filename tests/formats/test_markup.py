"""HTML syntax helpers shared by the HTML and Markdown readers."""
from checker.formats.markup import closing_tag, cut_entities, text_attribute_values


def test_text_attribute_values_in_each_quoting_style():
    tag = """<img src="karpenkov.jpg" ALT='Karpiankou' title=Minsk data-title="x" alt>"""
    assert [tag[s:e] for s, e in text_attribute_values(tag, 4, len(tag) - 1)] == ["Karpiankou", "Minsk"]


def test_cut_entities():
    text = "a&nbsp;b &amp c &#8212;d AT&T"
    assert [text[s:e] for s, e in cut_entities(text, [(0, len(text))])] == ["a", "b &amp c ", "d AT&T"]


def test_closing_tag_is_case_insensitive_and_needs_a_word_boundary():
    text = "<pre>x</prefix></PRE >"
    m = closing_tag("pre").search(text)
    assert m and m.group() == "</PRE >"
