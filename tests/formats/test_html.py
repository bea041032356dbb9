"""HTML: text nodes and alt/title values are prose; markup and code-like elements are not."""
import re
from pathlib import Path

import pytest

from checker.formats import read_document

DATA = Path(__file__).parent.parent / "data" / "formats"


def html(text):
    return read_document(text.encode("utf-8"), "a.html")


def prose(text):
    """The checked text, segments joined by '|', whitespace-only segments left out."""
    doc = html(text)
    return "|".join(t for t in (doc.text[s:e] for s, e in doc.segments) if t.strip())


def test_news_fixture_checks_every_prose_mention_and_nothing_else():
    doc = read_document((DATA / "news.html").read_bytes(), "news.html")
    mentions = [m.span() for m in re.finditer("Karpiankou", doc.text)]
    hidden = [m.span() for m in re.finditer("karpenkov", doc.text, re.IGNORECASE)]
    assert len(mentions) == 7 and len(hidden) == 15
    assert all(any(s <= a and b <= e for s, e in doc.segments) for a, b in mentions)
    assert [doc.text[a - 20:b] for a, b in hidden if any(s < b and a < e for s, e in doc.segments)] == []


def test_head_is_skipped_except_the_title():
    text = ("<html><head><meta name=description content='Karpenkov'><title>Karpiankou &amp; Minsk</title>"
            "<link title='Karpenkov'></head><body>Body Karpiankou</body></html>")
    assert prose(text) == "Karpiankou | Minsk|Body Karpiankou"


def test_script_style_and_textarea_are_raw_text():
    text = ("<script>if (a < b) { x = '<p>Karpenkov</p>'; }</script>"
            "<STYLE>p::after { content: 'Karpenkov' }</STYLE>"
            "<textarea><b>Karpenkov</b></textarea>Karpiankou")
    assert prose(text) == "Karpiankou"


def test_code_like_elements_nest():
    text = "<pre><code>Karpenkov</code> Karpenkov</pre> <kbd>Karpenkov</kbd><samp>Karpenkov</samp> Karpiankou"
    assert prose(text) == " Karpiankou"


def test_alt_and_title_values_are_prose_other_attributes_are_not():
    text = ('<img src="karpenkov.jpg" alt="Mikalai Karpiankou" data-x=\'Karpenkov\' TITLE=Karpiankou>'
            '<a href="/karpenkov" title="Profile: Karpiankou">Minsk</a>')
    assert prose(text) == "Mikalai Karpiankou|Karpiankou|Profile: Karpiankou|Minsk"


def test_attributes_in_code_elements_are_skipped():
    assert prose('<pre><img alt="Karpenkov"></pre>Karpiankou') == "Karpiankou"


def test_comments_doctype_and_processing_instructions():
    text = "<!DOCTYPE html><?xml version='1.0'?><!-- Karpenkov -->Karpiankou<!-- unclosed Karpenkov"
    assert prose(text) == "Karpiankou"


def test_entities_are_cut_out():
    assert prose("Mikalai&nbsp;Karpiankou &mdash; Minsk&#160;x &#xA0;y AT&T") == \
        "Mikalai|Karpiankou | Minsk|x |y AT&T"


def test_lone_less_than_is_text():
    assert prose("a < b, 3<4 Karpiankou") == "a < b, 3<4 Karpiankou"


def test_unclosed_tag_runs_to_the_end():
    assert prose('Karpiankou <a href="karpenkov') == "Karpiankou "


def test_end_tags_of_unopened_code_elements_are_harmless():
    assert prose("</code>Karpiankou</pre> Minsk") == "Karpiankou| Minsk"


def test_self_closing_code_element_does_not_open():
    assert prose("<code/>Karpiankou") == "Karpiankou"


def test_comments_are_collected_for_suppression():
    doc = html("<p>a</p>\n<!-- namecheck: ignore-next-line -->\n<p>Karpenkov</p>\n<p>Minsk</p>")
    line3 = doc.text.index("<p>Karpenkov")
    assert doc.suppressed == [(line3, doc.text.index("<p>Minsk"))]


def test_huge_single_line_html():
    unit = "<p>Mikalai Karpiankou met <code>Karpenkov</code> &amp; <img alt='Minsk'></p>"
    doc = html(unit * (10_000_000 // len(unit)))
    count = 10_000_000 // len(unit)
    assert len(doc.segments) == 4 * count
    assert not any("Karpenkov" in doc.text[s:e] for s, e in doc.segments[:1000])


@pytest.mark.parametrize("unit", ["<a b=\"x ", "<!-- ", "<code>x", "</", "<!", "&amp"])
def test_pathological_single_lines_finish(unit):
    text = unit * (1_000_000 // len(unit))
    doc = html(text)
    assert all(0 <= s < e <= len(text) for s, e in doc.segments)


def test_the_html_element_declares_the_language():
    assert html('<!doctype html><html class="x" lang="pl-PL"><body>Hej</body></html>').language == "pl"
    assert html("<html><body lang='de'>Hallo</body></html>").language is None
