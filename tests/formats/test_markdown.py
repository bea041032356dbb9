"""Markdown: which parts of a document are prose."""
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.formats import read_document
from checker.formats.markdown import _url_end

from .timing import SIZE, assert_read_in_linear_time, sentences

DATA = Path(__file__).parent.parent / "data" / "formats"


def md(text):
    return read_document(text.encode("utf-8"), "a.md")


def occurrences(doc, word):
    return [m.span() for m in re.finditer(re.escape(word), doc.text, re.IGNORECASE)]


def checked(doc, span):
    """Whether the whole span lies inside one segment."""
    return any(s <= span[0] and span[1] <= e for s, e in doc.segments)


def touched(doc, span):
    return any(s < span[1] and span[0] < e for s, e in doc.segments)


def prose(text):
    """The checked text of a Markdown source, segments joined by '|'."""
    doc = md(text)
    return "|".join(doc.text[s:e] for s, e in doc.segments)


def test_news_fixture_checks_every_prose_mention_and_no_code_or_url():
    doc = read_document((DATA / "news.md").read_bytes(), "news.md")
    prose_mentions = occurrences(doc, "Karpiankou")
    hidden = occurrences(doc, "Karpenkov")
    assert len(prose_mentions) == 12 and len(hidden) == 16
    assert [span for span in prose_mentions if not checked(doc, span)] == []
    assert [doc.text[s - 20:e] for s, e in hidden if touched(doc, (s, e))] == []


def test_segments_are_sorted_disjoint_and_inside_the_text():
    doc = read_document((DATA / "news.md").read_bytes(), "news.md")
    flat = [x for segment in doc.segments for x in segment]
    assert flat == sorted(flat) and all(s < e for s, e in doc.segments)
    assert flat[0] >= 0 and flat[-1] <= len(doc.text)


@pytest.mark.parametrize("fence", ["```", "~~~", "````", "```python", "~~~ {.python}", "   ```",
                                   "``` title=\"x y\""])
def test_fenced_code_blocks(fence):
    closing = fence.strip()[:3] if not fence.strip().startswith("````") else "````"
    text = f"Karpiankou said.\n\n{fence}\nKarpenkov\n{closing}\nKarpiankou again.\n"
    assert prose(text) == "Karpiankou said.|Karpiankou again."


def test_fence_closes_only_with_the_same_character_and_at_least_the_same_length():
    text = "````\nKarpenkov\n```\n~~~~\nKarpenkov\n````\nKarpiankou\n"
    assert prose(text) == "Karpiankou"


def test_unclosed_fence_runs_to_the_end():
    assert prose("Karpiankou\n```\nKarpenkov\n\nKarpenkov\n") == "Karpiankou"


def test_backtick_fence_info_may_not_contain_backticks():
    # "``` `x` ```" is an inline code span, not a fence.
    assert prose("``` Karpenkov ``` Karpiankou\n") == " Karpiankou"


def test_four_spaces_is_not_a_fence_but_indented_code():
    assert prose("Karpiankou\n\n    ```\n    Karpenkov\n\nKarpiankou\n") == "Karpiankou|Karpiankou"


def test_indented_code_needs_a_blank_line_before_it():
    assert prose("Karpiankou said\n    Karpiankou continued\n") == "Karpiankou said\n    Karpiankou continued"
    assert prose("Karpiankou said\n\n    Karpenkov\n\tKarpenkov\n\nend\n") == "Karpiankou said|end"
    assert prose("    Karpenkov at the start\n") == ""


def test_list_items_indent_their_content():
    text = ("- Karpiankou\n\n  ```\n  Karpenkov\n  ```\n\n  Karpiankou in the item\n\n"
            "      Karpenkov code in the item\n")
    assert prose(text) == "Karpiankou|Karpiankou in the item"


def test_fence_in_a_list_item_ends_with_the_item():
    text = "1. Item\n   ```\n   Karpenkov\nKarpiankou after the list\n"
    assert prose(text) == "Item|Karpiankou after the list"


def test_fence_in_a_blockquote():
    assert prose("> ```\n> Karpenkov\n> ```\n> Karpiankou\n") == "Karpiankou"
    assert prose("> ```\n> Karpenkov\n\nKarpiankou\n") == "Karpiankou"
    assert prose("```\n> ```\nKarpenkov\n```\nKarpiankou\n") == "Karpiankou"


@pytest.mark.parametrize("span", ["`Karpenkov`", "``Karpenkov``", "`` `Karpenkov` ``", "```Karpenkov```",
                                  "`Karpenkov\nsplit`"])
def test_inline_code_spans(span):
    assert prose(f"Karpiankou {span} Minsk\n") == "Karpiankou | Minsk"


def test_unmatched_backticks_are_text():
    assert prose("Karpiankou ``not closed` Minsk\n") == "Karpiankou ``not closed` Minsk"
    assert prose("Karpiankou \\`Karpiankou` x`\n") == "Karpiankou \\`Karpiankou"


def test_code_span_does_not_cross_a_blank_line():
    assert prose("Karpiankou `a\n\nKarpiankou` b\n") == "Karpiankou `a|Karpiankou` b"


@pytest.mark.parametrize("url", [
    "https://example.by/karpenkov", "http://example.by/a?karpenkov=1&b=2", "www.example.by/karpenkov",
    "<https://example.by/karpenkov>", "<mailto:karpenkov@example.by>", "<karpenkov@example.by>",
    "karpenkov.press@mvd.example.by", "HTTPS://EXAMPLE.BY/KARPENKOV",
])
def test_urls_and_emails(url):
    assert prose(f"Karpiankou {url} Minsk\n") == "Karpiankou | Minsk"


def test_bare_url_leaves_trailing_punctuation_and_unbalanced_parens():
    assert prose("(see https://example.by/karpenkov_(2019)). Karpiankou\n") == "(see |). Karpiankou"


def test_link_and_image_targets_are_skipped_text_and_titles_checked():
    text = ('[Mikalai Karpiankou](https://example.by/karpenkov "Karpiankou profile") and '
            "![Karpiankou](img/karpenkov.jpg 'Karpiankou photo') and [x](</a b/karpenkov>) "
            "[y](karpenkov_(1)) [z](\n  karpenkov.html\n  (Karpiankou)).")
    assert prose(text) == ("[Mikalai Karpiankou]|Karpiankou profile| and ![Karpiankou]|Karpiankou photo"
                           "| and [x]| [y]| [z]|Karpiankou|.")


def test_not_a_link_when_the_target_is_malformed():
    assert prose("[Karpiankou](two words) Minsk\n") == "[Karpiankou](two words) Minsk"


def test_reference_links_and_definitions():
    text = ("See [Karpiankou][karpenkov] and [Karpiankou][].\n\n"
            "[karpenkov]: https://example.by/karpenkov \"Mikalai Karpiankou\"\n"
            "[other]: <https://example.by/karpenkov>\n"
            "[^1]: Karpiankou footnote text.\n")
    assert prose(text) == ("See [Karpiankou]| and [Karpiankou]|.|Mikalai Karpiankou|"
                           "[^1]: Karpiankou footnote text.")


def test_reference_definition_cannot_interrupt_a_paragraph():
    assert prose("Karpiankou\n[x]: Karpiankou\n") == "Karpiankou\n[x]: Karpiankou"


def test_html_tags_comments_and_elements():
    text = ('Karpiankou <span class="karpenkov">Karpiankou</span> <!-- Karpenkov --> '
            '<img src="karpenkov.jpg" alt="Karpiankou at work" title=\'Karpiankou\'> '
            "<code>Karpenkov</code> <kbd>Karpenkov</kbd> <br/> Minsk\n")
    assert prose(text) == "Karpiankou |Karpiankou| | |Karpiankou at work|Karpiankou| | | | Minsk"


def test_html_comment_block_spans_blank_lines():
    text = "Karpiankou\n\n<!--\nKarpenkov\n\nKarpenkov -->\n\nMinsk\n"
    assert prose(text) == "Karpiankou|Minsk"


def test_text_after_a_comment_block_on_its_last_line_is_prose():
    assert prose("<!-- note --> Karpiankou said\n") == " Karpiankou said"


def test_raw_html_blocks():
    text = "<pre>\nKarpenkov\n\nKarpenkov\n</pre>\n<script>\nvar a = 'Karpenkov';\n</script>\nKarpiankou\n"
    assert prose(text) == "Karpiankou"


def test_unclosed_inline_html_is_text():
    assert prose("Karpiankou <span title=\"x Minsk\n") == "Karpiankou <span title=\"x Minsk"
    assert prose("a < b and <!-- not closed Karpiankou\n") == "a < b and <!-- not closed Karpiankou"


def test_entities_are_cut_out():
    assert prose("Mikalai&nbsp;Karpiankou &amp; Minsk &#8212; &#x2014;x\n") == \
        "Mikalai|Karpiankou | Minsk | |x"


def test_escapes_are_text():
    assert prose("\\[Karpiankou\\](karpenkov) \\<b>\n") == "\\[Karpiankou\\](karpenkov) \\<b>"


def test_front_matter_values_are_checked_and_keys_are_not():
    text = ("---\n"
            "title: Mikalai Karpiankou in Minsk\n"
            "karpenkov_key: \"Karpiankou: quoted\"   # karpenkov comment\n"
            "authors:\n"
            "  - name: Karpiankou\n"
            "    karpenkov_id: 7\n"
            "  - Karpiankou\n"
            "summary: |\n"
            "  Karpiankou spoke.\n"
            "  karpenkov: not a key here\n"
            "url: https://example.by/karpenkov\n"
            "# karpenkov: commented out\n"
            "---\n"
            "Body Karpiankou\n")
    assert prose(text) == ("Mikalai Karpiankou in Minsk|\"Karpiankou: quoted\"|Karpiankou|7|Karpiankou|"
                           "Karpiankou spoke.|karpenkov: not a key here|Body Karpiankou")


def test_front_matter_only_at_the_very_top_and_only_when_closed():
    assert prose("\n---\ntitle: Karpiankou\n---\n") == "title: Karpiankou"
    assert prose("---\ntitle: Karpiankou\n") == "title: Karpiankou"
    assert prose("---\ntitle: Karpiankou\n...\nBody\n") == "Karpiankou|Body"


def test_headings_tables_and_emphasis_are_prose():
    text = "## Karpiankou\n\n| Name | Post |\n|---|---|\n| **Karpiankou** | _deputy_ |\n\n***\n\nKarpiankou\n"
    assert prose(text) == "## Karpiankou|| Name | Post |\n|---|---|\n| **Karpiankou** | _deputy_ ||Karpiankou"


def test_crlf_and_lone_cr_line_endings():
    text = "Karpiankou\r\n\r\n```\r\nKarpenkov\r\n```\r\nMinsk\rx\r"
    assert prose(text) == "Karpiankou|Minsk\rx"


def test_comments_are_collected_for_suppression():
    doc = md("a <!-- namecheck: ignore --> b\n\n<!--\nblock\n-->\n\n```\n<!-- in code -->\n```\n")
    assert doc.suppressed == [(0, doc.text.index("\n") + 1)]


def test_huge_single_line_markdown():
    unit = "Mikalai Karpiankou met `Karpenkov` at [Minsk](https://example.by/karpenkov) &amp; <b>x</b>. "
    text = unit * (10_000_000 // len(unit))
    doc = md(text)
    assert len(doc.segments) == 5 * (len(text) // len(unit)) + 1
    assert doc.text[doc.segments[0][0]:doc.segments[0][1]] == "Mikalai Karpiankou met "
    assert not any("Karpenkov" in doc.text[s:e] for s, e in doc.segments[:1000])


@pytest.mark.parametrize("unit", ["`a``b", "<a b=\"x ", "](", "<!-- ", "<code>x", "](x \"", "a@b", "[", "http://"])
def test_pathological_single_lines_finish(unit):
    text = unit * (1_000_000 // len(unit))
    doc = md(text)
    assert all(0 <= s < e <= len(text) for s, e in doc.segments)


def test_front_matter_declares_the_language():
    from checker.formats import read_document

    assert read_document(b"---\ntitle: X\nlang: de-DE\n---\nHallo", "a.md").language == "de"
    assert read_document(b"---\nlocale: be_BY\n---\n", "a.md").language == "be"
    assert read_document(b"# Title\nlang: de\n", "a.md").language is None   # not front matter


def _url_end_by_the_rule(url: str) -> int:
    """GitHub's rule for the end of a bare URL, applied the slow and obvious way."""
    while url:
        if url[-1] in "?!.,:*_~'\"" or (url[-1] == ")" and url.count("(") < url.count(")")):
            url = url[:-1]
        elif m := re.search(r"&[A-Za-z0-9]+;$", url):
            url = url[:m.start()]
        else:
            break
    return len(url)


@given(st.text(alphabet="()&;a1.,!x", max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_end_of_a_url_follows_the_rule(tail):
    url = "https://example.by/" + tail
    assert _url_end(url, 0, len(url)) == _url_end_by_the_rule(url)


def test_entities_and_brackets_after_a_url_are_not_part_of_it():
    text = "https://example.by/a(b)&amp;x&lt;))."
    assert text[:_url_end(text, 0, len(text))] == "https://example.by/a(b)&amp;x"


@pytest.mark.parametrize("crafted", [
    "see https://example.by/x" + ")" * SIZE,        # each ')' counted the brackets again
    "see https://example.by/x" + "&a;" * (SIZE // 3),   # each entity searched from the start
    "see www.example.by" + ")." * (SIZE // 2),
    "---\nkey" + " \t" * (SIZE // 2) + "value\n---\n",    # a key's blanks tried one by one
], ids=["url-brackets", "url-entities", "www-trailers", "front-matter-blanks"])
def test_reading_takes_linear_time(crafted):
    assert_read_in_linear_time(crafted, sentences(len(crafted)), "a.md")
