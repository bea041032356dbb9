"""Document: positions, suppression lookup, [sic], and byte-exact re-encoding."""
import codecs

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from checker.formats import Document, read_document


def doc_of(text, **fields):
    defaults = dict(path="a.txt", text=text, encoding="utf-8", bom=b"", format="plain",
                    segments=[(0, len(text))])
    defaults.update(fields)
    return Document(**defaults)


def test_position_counts_lines_on_lf_crlf_and_lone_cr():
    text = "ab\ncd\r\nef\rgh"
    doc = doc_of(text)
    assert doc.position(0) == (1, 1)
    assert doc.position(2) == (1, 3)        # the \n itself
    assert doc.position(3) == (2, 1)
    assert doc.position(text.index("e")) == (3, 1)
    assert doc.position(text.index("g")) == (4, 1)
    assert doc.position(len(text)) == (4, 3)


def test_position_columns_are_code_points():
    text = "𝕄𝕚𝕟𝕤𝕜: Карпянкоў\n🇧🇾 Мінск"
    doc = doc_of(text)
    assert doc.position(text.index("К")) == (1, 8)
    assert doc.position(text.index("М")) == (2, 4)  # the flag is two code points


def test_position_rejects_offsets_outside_the_text():
    doc = doc_of("abc")
    with pytest.raises(ValueError):
        doc.position(4)
    with pytest.raises(ValueError):
        doc.position(-1)


def test_position_on_a_huge_single_line():
    text = "Mikalai Karpiankou " * 500_000
    doc = doc_of(text)
    assert doc.position(len(text) - 1) == (1, len(text))


def test_is_suppressed_touching_and_empty_ranges():
    doc = doc_of("0123456789" * 3, suppressed=[(5, 10), (20, 22)])
    assert doc.is_suppressed(5, 6)
    assert doc.is_suppressed(3, 6)          # overlaps the start
    assert doc.is_suppressed(9, 12)         # overlaps the end
    assert doc.is_suppressed(0, 30)         # covers a whole range
    assert not doc.is_suppressed(0, 5)      # ends where the range starts
    assert not doc.is_suppressed(10, 20)    # between the ranges
    assert doc.is_suppressed(7, 7)
    assert not doc.is_suppressed(10, 10)
    assert not doc_of("abc").is_suppressed(0, 3)


@pytest.mark.parametrize("after, expected", [
    (" [sic]", True), ("[sic]", True), ("  [SIC] said", True), ("\u00a0[Sic]", True),
    (" (sic)", False), (" [sic", False), ("\n[sic]", False), (" x [sic]", False), ("", False),
])
def test_sic_after(after, expected):
    text = "Karpenkov" + after
    assert doc_of(text).sic_after(len("Karpenkov")) is expected


def test_encode_prepends_the_bom_and_uses_the_codec():
    doc = read_document(codecs.BOM_UTF16_BE + "Мінск".encode("utf-16-be"), "a.txt")
    assert doc.encode("Мінск — Karpiankou") == codecs.BOM_UTF16_BE + "Мінск — Karpiankou".encode("utf-16-be")


# Every character each single-byte codec can represent.
CP1251 = "".join(c for c in (bytes([b]).decode("cp1251", "ignore") for b in range(256)) if c)
KOI8_R = bytes(range(256)).decode("koi8-r")
CASES = [  # (codec used to write the bytes, BOM, name passed as --encoding, characters)
    ("utf-8", b"", None, None),
    ("utf-8", codecs.BOM_UTF8, None, None),
    ("utf-16-le", codecs.BOM_UTF16_LE, None, None),
    ("utf-16-be", codecs.BOM_UTF16_BE, None, None),
    ("cp1251", b"", "windows-1251", CP1251),
    ("koi8-r", b"", "koi8-r", KOI8_R),
]


@pytest.mark.parametrize("codec, bom, name, alphabet", CASES,
                         ids=[c[0] + ("+bom" if c[1] else "") for c in CASES])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_round_trip_is_byte_exact(codec, bom, name, alphabet, data):
    text = data.draw(st.text(alphabet=alphabet) if alphabet else st.text())
    original = bom + text.encode(codec)
    if not bom:
        # A single-byte file that happens to start with BOM bytes is read as Unicode (the BOM wins).
        boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        assume(not any(original.startswith(b) for b in boms))
    doc = read_document(original, "a.txt", encoding=name)
    assert doc.encode(doc.text) == original
    if bom or not text.startswith("\ufeff"):
        assert doc.text == text
    again = read_document(doc.encode(doc.text), "a.txt", encoding=name)
    assert (again.text, again.encoding, again.bom) == (doc.text, doc.encoding, doc.bom)
