"""Glossary exchange: export to TBX, CSV and JSON, import TBX and CSV, and back again."""
from __future__ import annotations

import json
from dataclasses import fields

import pytest

from checker.glossary.exchange import export_glossary, import_glossary
from checker.glossary.loader import load_glossary, parse_glossary_text
from checker.glossary.model import Entry, Glossary
from tests.conftest import FIXTURE_GLOSSARY

# what a termbase carries: all but where the entry was read and its x- extension keys
CARRIED = [f.name for f in fields(Entry)
           if f.name not in ("path", "line", "canonical_explicit", "extensions")]


def carried(entries) -> list[tuple]:
    return [tuple(getattr(e, name) for name in CARRIED) for e in entries]


def round_trip(glossary: Glossary, fmt: str) -> list[Entry]:
    import yaml

    entries = import_glossary(export_glossary(glossary, fmt), fmt)
    body = yaml.safe_dump({"version": 1, "entries": entries}, allow_unicode=True, sort_keys=False)
    return parse_glossary_text(body, "imported.yaml")


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    g = load_glossary([FIXTURE_GLOSSARY])
    extra = parse_glossary_text("""version: 1
entries:
- id: belarus
  kind: place
  be: Беларусь
  ru: Беларусь
  canonical: Belarus
  variants: [Belorussia]
  admitted: [Republic of Belarus]
  historical: {until: 1991, forms: [Byelorussia]}
  forms: {de: Belarus, pl: Białoruś}
  wikidata: Q184
  note: "A note with <angle brackets>, a | bar & an ampersand."
  sources: [https://example.org/a?b=1&c=2, https://example.org/x]
- id: viktar-babaryka
  kind: person
  be: Віктар Бабарыка
  gender: male
  by_family_name: true
- id: zhodzina-prison
  kind: place
  canonical: Zhodzina prison
  numbers: [prison-8, SIZO-8]
""", "extra.yaml")
    return Glossary(g.entries + extra, g.paths)


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_export_then_import_gives_the_same_entries(glossary, fmt):
    assert carried(round_trip(glossary, fmt)) == carried(glossary.entries)


def test_tbx_marks_the_canonical_preferred_admitted_forms_admitted_and_variants_deprecated(
        glossary):
    from xml.etree import ElementTree as ET

    root = ET.fromstring(export_glossary(glossary, "tbx"))
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    entry = next(e for e in root.iter("termEntry") if e.get("id") == "mikalai-karpiankou")
    sets = {ls.get("{http://www.w3.org/XML/1998/namespace}lang"): [
        (t.findtext("term"), t.findtext("termNote")) for t in ls.iter("tig")]
        for ls in entry.iter("langSet")}
    assert sets["en"][0] == ("Mikalai Karpiankou", "preferredTerm-admn-sts")
    assert ("Nikolai Karpenkov", "deprecatedTerm-admn-sts") in sets["en"]
    assert sets["be"][0] == ("Мікалай Карпянкоў", "preferredTerm-admn-sts")
    assert sets["ru"][0][0] == "Николай Карпенков"
    belarus = next(e for e in root.iter("termEntry") if e.get("id") == "belarus")
    en = [(t.findtext("term"), t.findtext("termNote")) for ls in belarus.iter("langSet")
          if ls.get("{http://www.w3.org/XML/1998/namespace}lang") == "en" for t in ls.iter("tig")]
    assert ("Republic of Belarus", "admittedTerm-admn-sts") in en
    assert ("Belorussia", "deprecatedTerm-admn-sts") in en


def test_a_termbases_admitted_term_of_a_person_is_a_variant():
    tbx = ("<martif><text><body><termEntry id='a'><descrip type='subjectField'>person"
           "</descrip><langSet xml:lang='en'><tig><term>Ales Bialiatski</term><termNote "
           "type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig><tig><term>Ales "
           "Byalyatski</term><termNote type='administrativeStatus'>admittedTerm-admn-sts"
           "</termNote></tig></langSet></termEntry></body></text></martif>")
    [entry] = import_glossary(tbx, "tbx")
    assert entry["variants"] == ["Ales Byalyatski"] and "admitted" not in entry


def test_json_export_is_glossary_v1_data(glossary):
    data = json.loads(export_glossary(glossary, "json"))
    assert data["version"] == 1 and len(data["entries"]) == len(glossary)
    assert data["entries"][-3]["historical"] == {"until": 1991, "forms": ["Byelorussia"]}
    assert data["entries"][-2]["by_family_name"] is True
    assert data["entries"][-1]["numbers"] == ["prison-8", "SIZO-8"]


def test_the_commands_write_and_read_termbases(fixture_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert fixture_cli("glossary", "export", "--glossary", str(FIXTURE_GLOSSARY), "--format",
                       "tbx", "-o", "g.tbx")[0] == 0
    code, out, err = fixture_cli("glossary", "import", "--format", "tbx", "g.tbx")
    assert (code, err) == (0, "") and out.startswith("version: 1\nentries:\n  - id: ")
    (tmp_path / "g.yaml").write_text(out, encoding="utf-8")
    assert carried(load_glossary([tmp_path / "g.yaml"]).entries) == carried(
        load_glossary([FIXTURE_GLOSSARY]).entries)


def test_a_broken_termbase_is_an_input_error(fixture_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.tbx").write_text("<martif><text><body><termEntry id='a'>", encoding="utf-8")
    code, out, err = fixture_cli("glossary", "import", "--format", "tbx", "bad.tbx")
    assert code == 2 and "bad.tbx: not a TBX termbase: not well-formed XML" in err
    (tmp_path / "bad.csv").write_text("id,kind\nNot An Id,person\n", encoding="utf-8")
    code, out, err = fixture_cli("glossary", "import", "--format", "csv", "bad.csv")
    assert code == 2 and "must match" in err
    (tmp_path / "none.csv").write_text("name,city\n", encoding="utf-8")
    code, out, err = fixture_cli("glossary", "import", "--format", "csv", "none.csv")
    assert code == 2 and "no column id, kind" in err
