"""Glossary exchange with translators' terminology tools: TBX (the TBX-Basic dialect of ISO
30042, `<martif>`, as memoQ and Trados MultiTerm import it), CSV (one row per entry) and JSON
out; TBX and CSV back in, as glossary format v1 entries.

In TBX each entry is a <termEntry> whose id is the entry's: its canonical form is the preferred
term of the `en` language set, its admitted forms admitted terms and its variants deprecated
terms there (the spellings a terminology tool flags, as check does); the Belarusian and Russian
forms are the `be` and `ru` sets' terms (the main one preferred), the `forms` of other
languages those languages' preferred terms, former names superseded terms. The kind is the
subject field, the note a <note>, each source an <xref>; gender, Wikidata id, the year
former names ended and whether the family name alone means the person are <descrip> elements
of our own (`x-` types). Extension keys (`x-...`)
travel only in JSON.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

from checker.glossary.model import Entry, Glossary

FORMATS = ("tbx", "csv", "json")
IMPORT_FORMATS = ("tbx", "csv")
CSV_COLUMNS = ("id", "kind", "canonical", "be", "ru", "variants", "admitted", "historical",
               "historical_until", "forms", "gender", "note", "sources", "wikidata",
               "by_family_name", "numbers")
SEPARATOR = " | "     # between the values of one CSV cell
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_PREFERRED, _ADMITTED, _DEPRECATED, _SUPERSEDED = (
    "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
    "supersededTerm-admn-sts")


class ExchangeError(Exception):
    """A file that cannot be read as the format it is said to be in."""


def export_glossary(glossary: Glossary, fmt: str) -> str:
    """The glossary's entries in `fmt` ('tbx', 'csv' or 'json')."""
    if fmt == "tbx":
        return _to_tbx(glossary.entries)
    if fmt == "csv":
        return _to_csv(glossary.entries)
    return json.dumps({"version": 1, "entries": [_plain(e) for e in glossary.entries]},
                      ensure_ascii=False, indent=2) + "\n"


def import_glossary(text: str, fmt: str) -> list[dict]:
    """Entries (as glossary v1 mappings) read from a TBX or CSV file's text."""
    return _from_tbx(text) if fmt == "tbx" else _from_csv(text)


def _plain(entry: Entry) -> dict:
    d = entry.to_dict()
    d.update(dict(entry.extensions))
    return d


# -- TBX ------------------------------------------------------------------------------------------
def _term(term: str, status: str) -> str:
    return (f"<tig><term>{escape(term)}</term>"
            f'<termNote type="administrativeStatus">{status}</termNote></tig>')


def _lang_set(lang: str, terms: Iterable[tuple[str, str]]) -> str:
    inner = "".join(_term(t, s) for t, s in terms)
    return f'      <langSet xml:lang="{lang}">{inner}</langSet>\n'


def _to_tbx(entries: list[Entry]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<martif type="TBX-Basic" xml:lang="en">\n',
           "  <martifHeader><fileDesc><sourceDesc><p>namecheck glossary (format v1)</p>"
           "</sourceDesc></fileDesc>"
           '<encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>\n',
           "  <text><body>\n"]
    for e in entries:
        out.append(f"    <termEntry id={quoteattr(e.id)}>\n")
        out.append(f'      <descrip type="subjectField">{escape(e.kind)}</descrip>\n')
        for key, value in (("x-gender", e.gender), ("x-wikidata", e.wikidata),
                           ("x-historical-until", e.historical_until),
                           ("x-by-family-name", "true" if e.by_family_name else None),
                           ("x-numbers", SEPARATOR.join(e.numbers) or None)):
            if value is not None:
                out.append(f'      <descrip type="{key}">{escape(str(value))}</descrip>\n')
        if e.note:
            out.append(f"      <note>{escape(e.note)}</note>\n")
        for source in e.sources:
            out.append(f'      <xref type="externalCrossReference" target={quoteattr(source)}>'
                       f"{escape(source)}</xref>\n")
        out.append(_lang_set("en", [(e.canonical, _PREFERRED)]
                             + [(a, _ADMITTED) for a in e.admitted]
                             + [(v, _DEPRECATED) for v in e.variants]
                             + [(h, _SUPERSEDED) for h in e.historical]))
        for lang, forms in (("be", e.be), ("ru", e.ru)):
            if forms:
                out.append(_lang_set(lang, [(f, _PREFERRED if i == 0 else _ADMITTED)
                                            for i, f in enumerate(forms)]))
        for lang, form in e.forms:
            out.append(_lang_set(lang, [(form, _PREFERRED)]))
        out.append("    </termEntry>\n")
    out.append("  </body></text>\n</martif>\n")
    return "".join(out)


def _from_tbx(text: str) -> list[dict]:
    from checker.formats.xml import XMLError, xml_events

    try:
        xml_events(text)   # well-formed, and no entity declarations or external entities
        root = ET.fromstring(text)
    except (XMLError, ET.ParseError) as exc:
        raise ExchangeError(str(exc)) from None
    entries = []
    for te in root.iter():
        if _local(te.tag) != "termEntry":
            continue
        d: dict = {"id": te.get("id", "")}
        for child in te:
            tag, kind = _local(child.tag), child.get("type", "")
            value = (child.text or "").strip()
            if tag == "descrip" and kind == "subjectField":
                d["kind"] = value
            elif tag == "descrip" and kind == "x-gender":
                d["gender"] = value
            elif tag == "descrip" and kind == "x-wikidata":
                d["wikidata"] = value
            elif tag == "descrip" and kind == "x-by-family-name":
                d["by_family_name"] = value.lower() == "true"
            elif tag == "descrip" and kind == "x-numbers":
                d["numbers"] = _split(value)
            elif tag == "descrip" and kind == "x-historical-until":
                d.setdefault("historical", {})["until"] = int(value)
            elif tag == "note":
                d["note"] = child.text or ""
            elif tag == "xref":
                d.setdefault("sources", []).append(child.get("target") or value)
            elif tag == "langSet":
                _read_lang_set(child, d)
        if d.get("kind") == "person" and "admitted" in d:
            # a person has no admitted forms: a tool's admitted term is a variant here
            d["variants"] = d.get("variants", []) + d.pop("admitted")
        entries.append(_ordered(d))
    return entries


def _read_lang_set(lang_set: ET.Element, d: dict) -> None:
    lang = lang_set.get(_XML_LANG) or lang_set.get("lang") or ""
    terms = []
    for group in lang_set.iter():
        if _local(group.tag) in ("tig", "termGrp"):   # an <ntig> holds a <termGrp>
            word = next((t.text or "" for t in group.iter() if _local(t.tag) == "term"), "")
            status = next((t.text or "" for t in group.iter() if _local(t.tag) == "termNote"
                           and t.get("type") == "administrativeStatus"), "")
            terms.append((word.strip(), status.strip()))
    if lang in ("be", "ru"):
        d[lang] = [t for t, _ in terms]
    elif lang in ("en", "") or lang.startswith("en-"):
        for word, status in terms:
            if status == _PREFERRED and "canonical" not in d:
                d["canonical"] = word
            elif status == _SUPERSEDED:
                d.setdefault("historical", {}).setdefault("forms", []).append(word)
            elif status == _ADMITTED:
                d.setdefault("admitted", []).append(word)
            else:
                d.setdefault("variants", []).append(word)
    elif terms:
        d.setdefault("forms", {})[lang] = terms[0][0]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


# -- CSV ------------------------------------------------------------------------------------------
def _to_csv(entries: list[Entry]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow([e.id, e.kind, e.canonical, SEPARATOR.join(e.be), SEPARATOR.join(e.ru),
                         SEPARATOR.join(e.variants), SEPARATOR.join(e.admitted),
                         SEPARATOR.join(e.historical),
                         "" if e.historical_until is None else str(e.historical_until),
                         SEPARATOR.join(f"{lang}={form}" for lang, form in e.forms),
                         e.gender or "", e.note or "", SEPARATOR.join(e.sources),
                         e.wikidata or "", "true" if e.by_family_name else "",
                         SEPARATOR.join(e.numbers)])
    return buffer.getvalue()


def _from_csv(text: str) -> list[dict]:
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in ("id", "kind") if c not in header]
    if missing:
        raise ExchangeError(f"the header has no column {', '.join(missing)} "
                            f"(columns: {', '.join(CSV_COLUMNS)})")
    entries = []
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        d: dict = {}
        for key in ("id", "kind", "canonical", "gender", "note", "wikidata"):
            if cells.get(key):
                d[key] = cells[key]
        for key in ("be", "ru", "variants", "admitted", "sources", "numbers"):
            if cells.get(key):
                d[key] = _split(cells[key])
        if cells.get("historical"):
            d["historical"] = {"forms": _split(cells["historical"])}
            if cells.get("historical_until"):
                d["historical"]["until"] = int(cells["historical_until"])
        if cells.get("by_family_name"):
            d["by_family_name"] = cells["by_family_name"].lower() == "true"
        if cells.get("forms"):
            d["forms"] = dict(f.split("=", 1) for f in _split(cells["forms"]) if "=" in f)
        entries.append(_ordered(d))
    return entries


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(SEPARATOR.strip()) if v.strip()]


def _ordered(d: dict) -> dict:
    """The entry's keys in the order the glossary files write them."""
    from checker.glossary.loader import ENTRY_KEYS

    if isinstance(d.get("historical"), dict):
        d["historical"] = {k: d["historical"][k] for k in ("until", "forms") if k in d["historical"]}
    return {k: d[k] for k in ENTRY_KEYS if k in d}
