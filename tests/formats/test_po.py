"""Gettext PO: translations are prose; source text, context, header and comments are not."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.formats import read_document
from checker.text.language import language_code

from .scan_checks import assert_ranges_in_order_inside

DATA = Path(__file__).parent.parent / "data" / "formats"


def prose(text: str, path: str = "a.po") -> list[str]:
    doc = read_document(text.encode("utf-8"), path)
    return [doc.text[s:e] for s, e in doc.segments]


def test_fixture_checks_the_translations_only():
    doc = read_document((DATA / "report.de.po").read_bytes(), "report.de.po")
    checked = " ".join(doc.text[s:e] for s, e in doc.segments)
    assert doc.format == "po" and doc.language == "de"
    assert "Nikolai Karpenkow" in checked and "Alexander Taraikovsky" in checked
    assert "Mikalai Karpiankou" not in checked              # the source text
    assert "Last-Translator" not in checked                 # header and comments
    assert "Tichanowskaja" not in checked                   # an entry ignored by its comment
    assert "Old" not in checked and doc.text.count("Nikolai Karpenkov") == 2   # obsolete, comment


def test_escapes_are_not_prose():
    """\\n before a name must not glue an 'n' to it."""
    assert prose('msgid "a"\nmsgstr "Der \\"Befehl\\"\\nMogilev\\tund Grodno"\n') == [
        "Der ", "Befehl", "Mogilev", "und Grodno"]


@pytest.mark.parametrize("msgstr", ['"\\n"', '"\\t\\\\"', '"\\x"', '""\n"\\n"'])
def test_a_translation_of_escapes_alone_is_no_unit(msgstr):
    text = f'msgid "Nikolai Karpenkov"\nmsgstr {msgstr}\n'
    doc = read_document(text.encode("utf-8"), "a.po")
    assert doc.units == [] and prose(text) == []


def test_plural_forms_context_and_continuations():
    text = ('msgctxt "Karpenkov"\nmsgid "One"\nmsgid_plural "Many"\n'
            'msgstr[0] "Eins"\nmsgstr[1] ""\n"Viele "\n"Grodno"\n')
    # a string going on in the next line is one text: the quotes between are a join
    assert prose(text) == ["Eins", 'Viele "\n"Grodno']
    doc = read_document(text.encode(), "a.po")
    assert [text[s:e] for s, e in doc.joins] == ['"\n"']


def test_the_header_charset_is_honoured():
    text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=windows-1251\\n"\n'
            '"Language: ru\\n"\n\nmsgid "Mogilev"\nmsgstr "Могилёв"\n')
    doc = read_document(text.encode("cp1251"), "a.po")
    assert doc.encoding == "cp1251" and [doc.text[s:e] for s, e in doc.segments] == ["Могилёв"]
    assert doc.encode(doc.text) == text.encode("cp1251")
    template = text.replace("windows-1251", "CHARSET")
    assert read_document(template.encode(), "a.pot").encoding == "utf-8"


def test_windows_line_endings_and_no_header():
    assert prose('msgid "a"\r\nmsgstr "Mogilev"\r\n') == ["Mogilev"]
    assert read_document(b'msgid "a"\nmsgstr "b"\n', "a.po").language is None


@pytest.mark.parametrize("tag, code", [("de_DE", "de"), ("pt-BR", "pt"), ("be@latin", "be"),
                                       ("PL", "pl"), ("sr_RS.UTF-8", "sr")])
def test_language_code(tag, code):
    assert language_code(tag) == code


PIECES = ['msgid ', 'msgstr ', 'msgstr[1] ', 'msgctxt ', '"', '\\"', '\\n', '\\', '#', '# namecheck: ignore',
          '\n', '\r\n', ' ', 'Karpiankou', 'Language: de\\n', '""']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_scans_without_error_into_ordered_ranges(pieces):
    from checker.formats.po import scan_po

    text = "".join(pieces)
    assert_ranges_in_order_inside(scan_po(text), text)
