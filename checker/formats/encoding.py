"""Byte-level input handling: binary detection, BOMs, decoding and re-encoding."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from checker.findings import InputError, NamecheckError
from checker.formats.lines import line_starts

BINARY_PROBE = 8192
# NULs in a row that no text holds, wherever they stand: a hole in a sparse file, padding
NUL_RUN = b"\x00" * 64
_WIDE = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Only looked for when UTF-32 is named: FF FE 00 00 is also UTF-16 LE text starting with U+0000.
UTF32_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
)

# Codecs whose encoder writes a BOM itself, mapped to the BOM-less codec used after the BOM.
_BOM_WRITING = {"utf-8-sig": "utf-8", "utf-16": None, "utf-32": None}

_HINT = "; if the file is Windows-1251 or KOI8-R, pass --encoding"


@dataclass(frozen=True)
class Decoded:
    """Decoded text with the codec and BOM needed to write it back unchanged."""

    text: str
    encoding: str
    bom: bytes


def sniff_bom(data: bytes, utf32: bool = False) -> tuple[bytes, str] | None:
    """The (BOM, codec) the data starts with, if any; UTF-32 BOMs only when `utf32` is true."""
    for bom, codec in (UTF32_BOMS + BOMS if utf32 else BOMS):
        if data.startswith(bom):
            return bom, codec
    return None


def is_binary(data: bytes, encoding: str | None = None) -> bool:
    """Whether `data` is not text: a NUL in its first 8 KiB that is not part of text in a
    wide encoding (UTF-16 behind its BOM; UTF-16 or UTF-32 when `encoding` names it), or a run
    of NULs as long as NUL_RUN anywhere (a hole in a sparse file, padding: text has none)."""
    head = data[:BINARY_PROBE]
    wide = _wide_text(head, encoding)
    if wide is None:
        if b"\x00" in head:
            return True
    else:
        bom, codec = wide
        body = head[len(bom):]
        unit = 4 if codec.startswith("utf-32") else 2
        body = body[: len(body) - len(body) % unit]
        if "\x00" in body.decode(codec, errors="replace"):
            return True
    return NUL_RUN in data


def _wide_text(head: bytes, encoding: str | None) -> tuple[bytes, str] | None:
    """The BOM and codec when `head` starts text in UTF-16 or UTF-32, whose bytes hold NULs."""
    try:
        named = codecs.lookup(encoding).name if encoding else None
    except LookupError:
        named = None    # decoding reports it
    sniffed = sniff_bom(head, utf32=bool(named and named.startswith("utf-32")))
    if sniffed is not None:
        return sniffed if sniffed[1] != "utf-8" else None
    if named in _WIDE:
        return b"", named
    return None


def resolve_encoding(name: str, path: str) -> str:
    """Python's canonical codec name for `name`; raises NamecheckError for unknown or non-text codecs."""
    try:
        codec = codecs.lookup(name).name
        "".encode(codec)  # rejects bytes-to-bytes codecs such as base64
    except LookupError:
        raise NamecheckError(InputError(path, f"unknown text encoding {name!r}")) from None
    return codec


def decode(data: bytes, path: str, encoding: str | None = None) -> Decoded:
    """Decode strictly: a BOM decides the codec; otherwise `encoding`, else UTF-8."""
    named = resolve_encoding(encoding, path) if encoding else None
    sniffed = sniff_bom(data, utf32=bool(named and named.startswith("utf-32")))
    if sniffed is not None:
        bom, codec = sniffed
    else:
        bom, codec = b"", named or "utf-8"
        if codec in _BOM_WRITING:
            plain = _BOM_WRITING[codec]
            if plain is None:
                raise NamecheckError(InputError(
                    path, f"{codec} without a byte order mark: name the byte order "
                          f"({codec}-le or {codec}-be)"))
            codec = plain
    try:
        text = data[len(bom):].decode(codec)
    except UnicodeDecodeError as exc:
        raise NamecheckError(_decode_error(data, path, bom, codec, exc, hint=named is None)) from None
    return Decoded(text=text, encoding=codec, bom=bom)


def _decode_error(data: bytes, path: str, bom: bytes, codec: str,
                  exc: UnicodeDecodeError, *, hint: bool) -> InputError:
    offset = len(bom) + exc.start
    prefix = data[len(bom):offset].decode(codec, errors="replace")
    starts = line_starts(prefix)
    bad = data[offset:offset + max(1, exc.end - exc.start)]
    label = "UTF-8" if codec == "utf-8" else codec
    shown = " ".join(f"0x{b:02X}" for b in bad[:4])
    message = f"invalid {label} at byte offset {offset} ({shown}: {exc.reason})"
    if hint and codec == "utf-8":
        message += _HINT
    return InputError(path, message, line=len(starts), column=len(prefix) - starts[-1] + 1)


def encode(text: str, encoding: str, bom: bytes, path: str) -> bytes:
    """`bom` + `text` in `encoding`; raises NamecheckError when a character has no encoding there."""
    try:
        return bom + text.encode(encoding)
    except UnicodeEncodeError as exc:
        starts = line_starts(text[:exc.start])
        bad = exc.object[exc.start:exc.end]
        raise NamecheckError(InputError(
            path, f"cannot write {bad!r} in {encoding}; the file keeps its encoding",
            line=len(starts), column=exc.start - starts[-1] + 1)) from None
