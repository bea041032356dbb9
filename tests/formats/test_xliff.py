"""XLIFF: the text of <target> elements is prose; sources, notes and inline codes are not."""
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

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

    text = "".join(pieces)
    assert_ranges_in_order_inside(scan_xliff(text), text)


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
    unit = '<trans-unit id="1"><source>{0}</source><target>{0}</target></trans-unit>\n'.format(text)
    return ('<xliff version="1.2"><file source-language="en" target-language="de"><body>\n'
            + unit * (size // len(unit)) + "</body></file></xliff>\n")


def test_many_units_with_references_take_linear_time():
    # each unit's character references were looked for in the whole file
    assert_read_in_linear_time(_units("Minsk &amp; Homel"), _units("Minsk and a Homel"), "a.xlf")


def test_tags_left_open_take_linear_time():
    # a tag left open was tried to the end of the file from each '<'
    assert_read_in_linear_time('<a "x>" ' * (SIZE // 8), _units("Minsk and a Homel"), "a.xlf")


def test_a_quoted_attribute_may_hold_a_greater_than_sign():
    text = ('<xliff><file target-language="de"><body><trans-unit id="1" note="a > b">'
            "<target>Minsk &amp; Homel</target></trans-unit></body></file></xliff>")
    assert prose(text) == ["Minsk ", " Homel"]
