"""Suppression directives in each format, and [sic]."""
from checker.formats import read_document


def doc(text, path="a.txt"):
    return read_document(text.encode("utf-8"), path)


def suppressed_words(d, word="Karpenkov"):
    """For each occurrence of `word`, whether it is suppressed."""
    out, at = [], d.text.find(word)
    while at != -1:
        out.append(d.is_suppressed(at, at + len(word)))
        at = d.text.find(word, at + 1)
    return out


def test_plain_ignore_anywhere_on_the_line():
    d = doc("Karpenkov said  # namecheck: ignore\nKarpenkov\nKarpenkov // namecheck: ignore\n")
    assert suppressed_words(d) == [True, False, True]


def test_a_directive_in_any_case_is_one():
    # the Kelvin sign is a capital K to a case-blind match
    d = doc("Karpenkov  # NameCheck: IGNORE\nKarpenkov\nKarpenkov NAMECHEC\u212a: ignore\n")
    assert suppressed_words(d) == [True, False, True]


def test_plain_ignore_next_line():
    d = doc("# namecheck: ignore-next-line\nKarpenkov\nKarpenkov\n")
    assert suppressed_words(d) == [True, False]


def test_plain_off_and_on():
    d = doc("Karpenkov\nnamecheck: off\nKarpenkov\n\nKarpenkov\nnamecheck: on\nKarpenkov\n")
    assert suppressed_words(d) == [False, True, True, False]


def test_off_without_on_runs_to_the_end():
    d = doc("Karpenkov\r\n# NameCheck: OFF\r\nKarpenkov\r\nKarpenkov")
    assert suppressed_words(d) == [False, True, True]


def test_unknown_words_after_the_colon_are_not_directives():
    d = doc("Karpenkov # namecheck: ignored\nKarpenkov # namecheck: ignore-this\nKarpenkov namecheck:on\n")
    assert suppressed_words(d) == [False, False, False]


def test_ignore_next_line_on_the_last_line_does_nothing():
    assert doc("Karpenkov # namecheck: ignore-next-line").suppressed == []


def test_markdown_directives_only_count_inside_comments():
    text = ("Karpenkov <!-- namecheck: ignore -->\n"
            "Karpenkov namecheck: ignore\n"
            "<!-- namecheck: ignore-next-line -->\n"
            "Karpenkov\n"
            "\n"
            "```\n"
            "<!-- namecheck: off -->\n"
            "```\n"
            "Karpenkov\n"
            "<!-- namecheck: off -->\n"
            "\n"
            "Karpenkov\n"
            "\n"
            "<!--\n"
            "namecheck: on\n"
            "-->\n"
            "Karpenkov\n")
    assert suppressed_words(doc(text, "a.md")) == [True, False, True, False, True, False]


def test_markdown_inline_off_on():
    d = doc("Karpenkov <!-- namecheck: off -->Karpenkov<!-- namecheck: on --> Karpenkov\n", "a.md")
    assert suppressed_words(d) == [False, True, False]


def test_html_directives():
    text = ("<p>Karpenkov</p><!-- namecheck: ignore -->\n"
            "<p>Karpenkov namecheck: ignore</p>\n"
            "<!-- namecheck: off --><p>Karpenkov</p>\n<p>Karpenkov</p><!-- namecheck: on -->\n"
            "<p>Karpenkov</p>\n")
    assert suppressed_words(doc(text, "a.html")) == [True, False, True, True, False]


def test_multi_line_comment_ignores_the_lines_it_spans_and_next_line_follows_its_end():
    text = ("Karpenkov <!-- namecheck:\nignore -->\nKarpenkov\n"
            "<!--\nnamecheck: ignore-next-line\n-->\nKarpenkov\n")
    d = doc(text, "a.md")
    assert suppressed_words(d) == [False, False, True]
    d = doc("Karpenkov <!-- namecheck: ignore\n-->\nKarpenkov\n", "a.md")
    assert suppressed_words(d) == [True, False]


def test_sic_after_a_name():
    d = doc("He wrote Karpenkov [sic] and Karpenkov.")
    first = d.text.index("Karpenkov") + len("Karpenkov")
    second = d.text.rindex("Karpenkov") + len("Karpenkov")
    assert d.sic_after(first) and not d.sic_after(second)


def coded_words(d, code, word="Karpenkov"):
    """For each occurrence of `word`, whether a directive naming `code` covers it."""
    out, at = [], d.text.find(word)
    while at != -1:
        out.append(d.suppresses(code, at, at + len(word)))
        at = d.text.find(word, at + 1)
    return out


def test_ignore_with_codes_silences_only_those_codes():
    d = doc("Karpenkov # namecheck: ignore[NC001, nc004]\nKarpenkov\n"
            "# namecheck: ignore-next-line[inconsistent-spelling]\nKarpenkov\n")
    assert suppressed_words(d) == [False, False, False]   # not every code
    assert coded_words(d, "NC001") == [True, False, False]
    assert coded_words(d, "NC004") == [True, False, True]   # a rule's name is its code
    assert coded_words(d, "NC002") == [False, False, False]


def test_a_bare_ignore_still_silences_every_code():
    d = doc("Karpenkov # namecheck: ignore\nKarpenkov # namecheck: ignore[]\n")
    assert suppressed_words(d) == [True, True]


def test_codes_in_a_translation_entrys_comments_cover_the_whole_entry():
    po = ('msgid ""\nmsgstr "Language: de\\n"\n\n# namecheck: ignore[NC006]\n'
          'msgid "Karpenkov left."\nmsgstr "Karpenkov\\n"\n"ging."\n\n'
          'msgid "Karpenkov"\nmsgstr "Karpenkov"\n')
    d = doc(po, "a.po")
    assert coded_words(d, "NC006") == [True, True, False, False]
    assert suppressed_words(d) == [False, False, False, False]
    xlf = ('<xliff version="1.2"><file target-language="de"><body>\n'
           '<!-- namecheck: ignore[NC001] -->\n<trans-unit id="1"><source>Karpenkov</source>\n'
           '<target>Karpenkov</target></trans-unit>\n<trans-unit id="2"><source>Karpenkov</source>\n'
           '<target>Karpenkov</target></trans-unit></body></file></xliff>\n')
    assert coded_words(doc(xlf, "a.xlf"), "NC001") == [True, True, False, False]
