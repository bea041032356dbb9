"""Decoding, BOMs, named encodings, decode errors and binary detection."""
import codecs

import pytest

from checker.findings import NamecheckError
from checker.formats import is_binary, read_document
from checker.formats.encoding import decode, encode, resolve_encoding

NEWS_BE = "Мікалай Карпянкоў сустрэўся з журналістамі ў Мінску.\n"
NEWS_RU = "Николай Карпенков встретился с журналистами в Минске.\n"


def error_of(excinfo):
    (error,) = excinfo.value.errors
    return error


def test_utf8_without_bom():
    doc = read_document(NEWS_BE.encode("utf-8"), "a.txt")
    assert (doc.text, doc.encoding, doc.bom) == (NEWS_BE, "utf-8", b"")


def test_utf8_bom_is_removed_and_kept_for_writing():
    data = codecs.BOM_UTF8 + NEWS_BE.encode("utf-8")
    doc = read_document(data, "a.txt")
    assert doc.text == NEWS_BE
    assert (doc.encoding, doc.bom) == ("utf-8", codecs.BOM_UTF8)
    assert doc.encode(doc.text) == data


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
])
def test_utf16_is_read_by_its_bom(bom, codec):
    data = bom + NEWS_RU.encode(codec)
    doc = read_document(data, "a.txt")
    assert (doc.text, doc.encoding, doc.bom) == (NEWS_RU, codec, bom)
    assert doc.encode(doc.text) == data


def test_utf16_le_text_starting_with_nul_is_not_mistaken_for_utf32():
    data = codecs.BOM_UTF16_LE + "\x00Minsk".encode("utf-16-le")
    assert read_document(data, "a.txt").text == "\x00Minsk"


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF32_LE, "utf-32-le"),
                                        (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_utf32_only_when_named(bom, codec):
    data = bom + NEWS_RU.encode(codec)
    doc = read_document(data, "a.txt", encoding="utf-32")
    assert (doc.text, doc.encoding, doc.bom) == (NEWS_RU, codec, bom)
    assert doc.encode(doc.text) == data
    assert is_binary(data)  # unnamed, it is UTF-16 LE full of NULs


@pytest.mark.parametrize("name, codec", [
    ("cp1251", "cp1251"), ("windows-1251", "cp1251"), ("CP1251", "cp1251"), ("koi8-r", "koi8-r"),
    ("KOI8_R", "koi8-r"), ("utf8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16le", "utf-16-le"),
])
def test_named_encodings(name, codec):
    source = NEWS_RU if codec == "koi8-r" else NEWS_BE
    data = source.encode(codec)
    doc = read_document(data, "a.txt", encoding=name)
    assert (doc.text, doc.encoding, doc.bom) == (source, codec, b"")
    assert doc.encode(doc.text) == data


def test_cp1251_without_the_flag_is_an_error_with_a_hint():
    data = "Минск, 12 мая.".encode("cp1251")
    with pytest.raises(NamecheckError) as excinfo:
        read_document(data, "news.txt")
    error = error_of(excinfo)
    assert error.path == "news.txt"
    assert error.message.startswith("invalid UTF-8 at byte offset 0 (0xCC")
    assert error.message.endswith("if the file is Windows-1251 or KOI8-R, pass --encoding")
    assert (error.line, error.column) == (1, 1)


def test_invalid_utf8_offset_line_and_column_count_the_valid_prefix():
    # 3 lines before the bad byte (\r\n, lone \r, \n); the last line holds an astral character.
    prefix = "Minsk\r\nМінск\r𝕄ok "
    data = codecs.BOM_UTF8 + prefix.encode("utf-8") + b"\xe8 tail"
    with pytest.raises(NamecheckError) as excinfo:
        read_document(data, "a.md")
    error = error_of(excinfo)
    offset = len(codecs.BOM_UTF8) + len(prefix.encode("utf-8"))
    assert f"byte offset {offset} (0xE8" in error.message
    assert (error.line, error.column) == (3, 5)


def test_truncated_sequence_at_end_of_file():
    data = "Карпянкоў".encode()[:-1]
    with pytest.raises(NamecheckError) as excinfo:
        read_document(data, "a.txt")
    error = error_of(excinfo)
    assert f"byte offset {len(data) - 1} " in error.message
    assert (error.line, error.column) == (1, 9)


def test_bytes_undefined_in_a_named_codec_are_reported_without_the_hint():
    with pytest.raises(NamecheckError) as excinfo:
        read_document(b"ok\n\x98", "a.txt", encoding="windows-1251")
    error = error_of(excinfo)
    assert error.message.startswith("invalid cp1251 at byte offset 3 (0x98")
    assert "--encoding" not in error.message
    assert (error.line, error.column) == (2, 1)


def test_unknown_and_non_text_encodings_are_rejected():
    for name in ("no-such-codec", "base64"):
        with pytest.raises(NamecheckError) as excinfo:
            resolve_encoding(name, "a.txt")
        assert repr(name) in error_of(excinfo).message


def test_named_utf16_without_bom_asks_for_the_byte_order():
    with pytest.raises(NamecheckError) as excinfo:
        decode("Минск".encode("utf-16-le"), "a.txt", "utf-16")
    assert "utf-16-le or utf-16-be" in error_of(excinfo).message
    assert decode(codecs.BOM_UTF16_BE + "Минск".encode("utf-16-be"), "a.txt", "utf-16").text == "Минск"


def test_a_bom_wins_over_a_named_single_byte_encoding():
    data = codecs.BOM_UTF8 + NEWS_BE.encode("utf-8")
    doc = read_document(data, "a.txt", encoding="cp1251")
    assert (doc.text, doc.encoding) == (NEWS_BE, "utf-8")


def test_no_newline_translation():
    text = "a\r\nb\rc\n"
    assert read_document(text.encode(), "a.txt").text == text


def test_encode_reports_characters_the_codec_lacks():
    # KOI8-R has no Belarusian ў.
    with pytest.raises(NamecheckError) as excinfo:
        encode("Минск\nКарпянкоў", "koi8-r", b"", "a.txt")
    error = error_of(excinfo)
    assert "'ў'" in error.message and "koi8-r" in error.message
    assert (error.line, error.column) == (2, 9)


@pytest.mark.parametrize("data, expected", [
    (b"", False),
    (b"plain text\n", False),
    ("Мінск".encode(), False),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
    (b"text\x00more", True),
    (codecs.BOM_UTF8 + b"a\x00b", True),
    (codecs.BOM_UTF16_LE + "Мінск".encode("utf-16-le"), False),
    (codecs.BOM_UTF16_BE + "Minsk".encode("utf-16-be"), False),
    (codecs.BOM_UTF32_LE + "Minsk".encode("utf-32-le"), True),
    (codecs.BOM_UTF16_LE + b"a\x00\x00\x00b\x00", True),
    ("Minsk".encode("utf-16-le"), True),  # UTF-16 without a BOM is not supported
    (b"a" * 8192 + b"\x00", False),
    (b"a" * 8191 + b"\x00", True),
])
def test_is_binary(data, expected):
    assert is_binary(data) is expected


@pytest.mark.parametrize("data, encoding, expected", [
    (b"a" * 9000 + b"\x00" * 64, None, True),         # a run of NULs past the first block
    (b"a" * 9000 + b"\x00" * 63 + b"a", None, False),
    (codecs.BOM_UTF32_LE + "Minsk".encode("utf-32-le"), "utf-32", False),
    (codecs.BOM_UTF32_BE + "Minsk".encode("utf-32-be"), "UTF-32", False),
    ("Minsk".encode("utf-32-le"), "utf_32_le", False),
    ("Minsk".encode("utf-16-be"), "utf-16-be", False),
    ("Min\x00sk".encode("utf-32-le"), "utf-32-le", True),
    (codecs.BOM_UTF32_LE + "Minsk".encode("utf-32-le") + b"\x00" * 64, "utf-32", True),
    (b"text\x00more", "cp1251", True),
    (b"text\x00more", "no-such-codec", True),
], ids=["nul-run-late", "nuls-short-of-a-run", "utf-32-bom", "utf-32-be-bom", "utf-32-le-named",
        "utf-16-be-named", "utf-32-nul-character", "utf-32-nul-run", "cp1251", "unknown-codec"])
def test_is_binary_in_a_named_encoding(data, encoding, expected):
    assert is_binary(data, encoding) is expected
