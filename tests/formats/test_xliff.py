"""XLIFF: the text of <target> elements is prose; sources, notes and inline codes are not."""
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.findings import NamecheckError
from checker.formats import read_document

from .scan_checks import assert_ranges_in_order_inside
from .timing import SIZE, assert_read_in_linear_time

DATA = Path(__file__).parent.parent / "data" / "formats"


def prose(text: str) -> list[str]:
    doc = read_document(text.encode("utf-8"), "a.xlf")
    return [t for t in (doc.text[s:e] for s, e in doc.segments) if t.strip()]


def test_fixture_checks_the_targets_only():
    doc = read_document((DATA / "report.pl.xlf").read_bytes(), "report.pl.xlf")
    checked = [doc.text[s:e] for s, e in doc.segments]
    assert doc.format == "xliff" and doc.language == "pl"
    assert "Mikałaj Karpiankou kierował jednostką, a " in checked
    assert "Nikolai Karpenkov" in checked                 # inside an inline <g> element
    assert not any("{Karpenkov}" in t for t in checked)   # a <ph> native code
    joined = "".join(checked)
    assert joined.count("Nikolai Karpenkov") == 1         # not the source, the note, nor unit 3
    assert "&amp;" not in joined


def test_xliff_2_target_language_and_cdata():
    text = ('<xliff version="2.0" srcLang="en" trgLang="de-AT"><file id="f"><unit id="1">'
            '<segment><source>Mogilev</source><target>Mogilev <pc id="1">und</pc> '
            '<![CDATA[Grodno <b>]]></target></segment></unit></file></xliff>')
    doc = read_document(text.encode(), "a.xliff")
    assert doc.language == "de"
    assert prose(text) == ["Mogilev ", "und", "Grodno <b>"]


def test_an_ignore_comment_inside_a_unit_covers_the_rest_of_that_unit_only():
    text = ('<xliff><file target-language="fr"><body>'
            '<trans-unit id="1"><!-- namecheck: ignore --><target>Karpenkov</target></trans-unit>'
            '<trans-unit id="2"><target>Mogilev</target></trans-unit></body></file></xliff>')
    assert prose(text) == ["Mogilev"]


PIECES = ["<target>", "</target>", "<source>", "</source>", "<trans-unit>", "</trans-unit>",
          "<unit>", "<ph>", "</ph>", "<x/>", "<!-- namecheck: ignore -->", "<!--", "-->",
          "<![CDATA[", "]]>", "&amp;", "&", "<", ">", "\"", "'", "Karpiankou", " ", "\n",
          'target-language="de"']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_scans_without_error_into_ordered_ranges(pieces):
    from checker.formats.xliff import scan_xliff
    from checker.formats.xml import XMLError

    text = "".join(pieces)
    try:
        scan = scan_xliff(text)
    except XMLError as exc:   # most such texts are not XML: an error placed inside the text
        assert 0 <= exc.offset <= len(text)
    else:
        assert_ranges_in_order_inside(scan, text)


def test_translation_memory_proposals_are_not_the_translation():
    text = ('<xliff version="1.2"><file target-language="de"><body><trans-unit id="1">'
            '<source>Mogilev</source><target>Mahiliou</target>'
            '<alt-trans match-quality="80"><source>Mogilev</source><target>Mogiljow</target>'
            '</alt-trans></trans-unit></body></file></xliff>')
    doc = read_document(text.encode(), "a.xlf")
    assert [doc.text[s:e] for s, e in doc.segments] == ["Mahiliou"]
    (source, target), = doc.units
    assert [doc.text[s:e] for s, e in source] == ["Mogilev"]


def _units(text: str, size: int = SIZE) -> str:
    """An XLIFF file of about `size` characters: one short unit after another."""
    unit = f'<trans-unit id="1"><source>{text}</source><target>{text}</target></trans-unit>\n'
    return ('<xliff version="1.2"><file source-language="en" target-language="de"><body>\n'
            + unit * (size // len(unit)) + "</body></file></xliff>\n")


def test_many_units_with_references_take_linear_time():
    # each unit's character references were looked for in the whole file
    assert_read_in_linear_time(_units("Minsk &amp; Homel"), _units("Minsk and a Homel"), "a.xlf")


def test_tags_left_open_are_an_error_found_at_once():
    # a tag left open was tried to the end of the file from each '<'
    crafted = '<xliff><a "x>" ' + '<a "x>" ' * (SIZE // 8)
    start = time.perf_counter()
    with pytest.raises(NamecheckError) as error:
        read_document(crafted.encode(), "a.xlf")
    assert time.perf_counter() - start < 1
    assert str(error.value.errors[0]).startswith("a.xlf:1:")


def test_many_non_ascii_units_take_linear_time():
    assert_read_in_linear_time(_units("Гомель і Мінск"), _units("Homel and Minsk"), "a.xlf")


def test_a_quoted_attribute_may_hold_a_greater_than_sign():
    text = ('<xliff><file target-language="de"><body><trans-unit id="1" note="a > b">'
            "<target>Minsk &amp; Homel</target></trans-unit></body></file></xliff>")
    assert prose(text) == ["Minsk ", " Homel"]


def _error(text: str | bytes, path: str = "a.xlf") -> str:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(NamecheckError) as error:
        read_document(data, path)
    (only,) = error.value.errors
    return str(only)


def test_malformed_xml_is_an_input_error_at_its_line_and_column():
    text = ('<xliff version="1.2">\n<file target-language="de"><body>\n'
            '  <trans-unit id="1"><target>Мінск</targte></trans-unit>\n</body></file></xliff>\n')
    assert _error(text) == "a.xlf:3:37: not well-formed XML: mismatched tag"


def test_a_file_cut_short_is_an_error():
    assert "no element found" in _error('<xliff version="1.2"><file><body><trans-unit id="1">')


def test_entity_declarations_and_external_entities_are_refused():
    bomb = ('<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "Mogilev Mogilev">]>'
            '<xliff><file target-language="en"><body><trans-unit id="1"><target>&a;</target>'
            '</trans-unit></body></file></xliff>')
    assert "entity declaration (refused" in _error(bomb)
    external = ('<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a SYSTEM "file:///etc/passwd">]>'
                '<xliff><file target-language="en"><body><trans-unit id="1"><target>&a;</target>'
                '</trans-unit></body></file></xliff>')
    assert "refused" in _error(external)


def test_a_public_doctype_without_declarations_is_read():
    text = ('<?xml version="1.0"?><!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" '
            '"http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">'
            '<xliff><file target-language="en"><body><trans-unit id="1"><target>Mogilev</target>'
            '</trans-unit></body></file></xliff>')
    assert prose(text) == ["Mogilev"]


def test_text_marked_translate_no_is_not_checked():
    text = ('<xliff version="1.2"><file target-language="en" source-language="de"><body>'
            '<trans-unit id="1" translate="no"><source>Mogilev</source><target>Mogilev</target>'
            '</trans-unit><group translate="no"><trans-unit id="2"><target>Grodno</target>'
            '</trans-unit></group><trans-unit id="3"><source>Gomel</source><target>Gomel '
            '<mrk mtype="protected">Grodno</mrk> <mrk translate="no">Brest</mrk> Pinsk</target>'
            '</trans-unit></body></file></xliff>')
    assert prose(text) == ["Gomel ", " Pinsk"]
    doc = read_document(text.encode(), "a.xlf")
    assert len(doc.units) == 1


def test_xliff_2_translate_no_on_a_unit():
    text = ('<xliff version="2.0" srcLang="en" trgLang="de"><file id="f">'
            '<unit id="1" translate="no"><segment><source>Mogilev</source>'
            '<target>Mogilev</target></segment></unit>'
            '<unit id="2"><segment><source>Gomel</source><target>Gomel</target></segment></unit>'
            '</file></xliff>')
    assert prose(text) == ["Gomel"]


def test_the_declared_encoding_is_honoured_and_offsets_are_exact():
    text = ('<?xml version="1.0" encoding="windows-1251"?>\n<xliff version="1.2">'
            '<file source-language="be" target-language="ru"><body><trans-unit id="1">'
            '<source>Магілёў</source>\n<target>Город Могилёв</target></trans-unit>'
            '</body></file></xliff>')
    doc = read_document(text.encode("cp1251"), "a.xlf")
    assert doc.encoding == "cp1251"
    (segment,) = doc.segments
    assert doc.text[segment[0]:segment[1]] == "Город Могилёв"
    assert doc.position(segment[0]) == (3, 9)
    assert doc.encode(doc.text) == text.encode("cp1251")


def test_an_encoding_given_on_the_command_line_wins_over_the_declared_one():
    text = '<?xml version="1.0" encoding="windows-1251"?><xliff/>'
    assert read_document(text.encode(), "a.xlf", encoding="utf-8").encoding == "utf-8"


@pytest.mark.parametrize("name", ["a.sdlxliff", "a.mqxliff", "a.xml", "a.unknown"])
def test_xliff_dialects_are_recognised(name):
    from checker.formats import detect_format

    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- made by a tool -->\n'
            '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2"><file '
            'target-language="en"><body><trans-unit id="1"><source>x</source><seg-source>'
            '<mrk mtype="seg" mid="1">x</mrk></seg-source><target><mrk mtype="seg" mid="1">'
            'Mogilev</mrk></target></trans-unit></body></file></xliff>')
    assert detect_format(name, text.encode()) == "xliff"
    doc = read_document(text.encode(), name, format=detect_format(name, text.encode()))
    assert [doc.text[s:e] for s, e in doc.segments] == ["Mogilev"]


def test_other_xml_stays_plain_text():
    from checker.formats import detect_format

    assert detect_format("a.xml", b'<?xml version="1.0"?><html><p>Mogilev</p></html>') == "plain"
