"""Write glossary/world.yaml: the world's regions, countries and major cities from the Unicode CLDR.

Reporting about Belarus names Russia, Ukraine, Moscow or Paris in every other paragraph; a
hand-written glossary missed them. CLDR, the locale data every operating system ships, holds
each country's and each time zone's exemplar city's name in English, Belarusian, Russian,
Polish and German, reviewed by native speakers. This script takes those names as they are
(Babel carries CLDR), keeps the ones our glossary format can hold, and leaves out every name
the rest of the shipped glossary already gives. Run it again when CLDR or the glossary
changes:

    pip install babel && python tools/make_world.py && namecheck glossary fmt

Countries also admit their ISO 3166-1 names where CLDR's English name is another (Russian
Federation, Republic of Poland): the iso-codes data that pycountry carries (pip install
pycountry).

`--fill-forms` gives the foreign countries and cities of the other files that have no `forms`
yet, and the European Union and the United Nations, CLDR's German and Polish names
(Frankreich, Francja, Unia Europejska), then `namecheck glossary fmt` puts the keys in their
order. `--fill-official` admits the ISO names of the foreign countries of the other files.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Collection
from pathlib import Path

import babel.core
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from checker.glossary.loader import load_glossary  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "glossary" / "world.yaml"
LANGS = ("en", "be", "ru", "pl", "de")
# Cities beyond Europe and Asia that Belarus reporting names (exile, sport, diplomacy).
FAR_ZONES = (
    "America/New_York", "America/Toronto", "America/Chicago", "America/Los_Angeles",
    "America/Vancouver", "America/Mexico_City", "America/Sao_Paulo", "America/Havana",
    "America/Caracas", "Africa/Cairo", "Africa/Johannesburg", "Africa/Nairobi",
    "Australia/Sydney", "Australia/Melbourne",
)
# Names that are also everyday words or names of another thing in the documents we check.
LEFT_OUT = {
    "TG": "Того is the Russian pronoun 'of that' at the start of a sentence",
    "Europe/Kirov": "Kirov is more often a street named after the Bolshevik in Belarusian towns",
    "Asia/Kamchatka": "CLDR's Russian form names the city, its other forms the peninsula",
    "Asia/Oral": "CLDR's English 'Oral' is the Kazakh name; Belarusian and Russian say Uralsk",
}
ISO_SOURCE = "https://salsa.debian.org/iso-codes-team/iso-codes/-/blob/main/data/iso_3166-1.json"
WHERE_FROM = "the canonical is its English name in CLDR, the other names are CLDR's too."
# Names reporting uses beside CLDR's and ISO's for a few places, admitted too: the Vatican is
# what reporting calls Vatican City and the Holy See's seat (German reporting's Vatikan, as in
# "der Vatikan-Außenbeauftragte", too); UAE and DPRK are the usual short names of two countries.
ALSO_ADMITTED = {"AE": ("UAE",), "KP": ("DPRK",), "VA": ("Vatican", "Holy See", "Vatikan")}
CYRILLIC_FORM = re.compile(r"[А-Яа-яЁёІіЎў’' -]+")
LATIN_FORM = re.compile(r"[^\W\d_][\w’' .-]*")


def _slug(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def _cldr_url(lang: str) -> str:
    release = babel.core.get_cldr_version()
    return f"https://github.com/unicode-org/cldr/blob/release-{release}/common/main/{lang}.xml"


def _usable(names: dict[str, str]) -> bool:
    if "’" in names["ru"] or "'" in names["ru"]:
        return False   # Russian writes no apostrophe (Côte d’Ivoire)
    return all(CYRILLIC_FORM.fullmatch(names[k]) for k in ("be", "ru")) and all(
        LATIN_FORM.fullmatch(names[k]) for k in ("en", "pl", "de"))


def _official_names(code: str, canonical: str) -> list[str]:
    """ISO 3166-1's names of a country that its CLDR English name is not (Russian Federation,
    Republic of Poland), without the inverted ones ("Korea, Republic of")."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None:
        return []
    names = (getattr(country, "official_name", None), country.name)
    return [n for n in dict.fromkeys(filter(None, names))
            if n != canonical and "," not in n and LATIN_FORM.fullmatch(n)]


def _countries(locales: dict[str, Locale]) -> list[tuple[str, dict[str, str]]]:
    out = []
    for code in sorted(locales["en"].territories):
        if not re.fullmatch("[A-Z]{2}|[0-9]{3}", code) or code in LEFT_OUT \
                or code in {"001", "ZZ", "EU", "EZ", "UN", "QO"}:
            continue
        names = {k: unicodedata.normalize("NFC", locales[k].territories.get(code, "")) for k in LANGS}
        names = {k: v.replace(" & ", " and " if k == "en" else " & ") for k, v in names.items()}
        names["en"] = names["en"].replace("St. ", "Saint ")
        out.append((code, names))
    return out


def _unions(locales: dict[str, Locale]) -> list[tuple[str, dict[str, str]]]:
    """The European Union and the United Nations, which CLDR names among its territories."""
    return [(code, {k: unicodedata.normalize("NFC", locales[k].territories[code]) for k in LANGS})
            for code in ("EU", "UN")]


def _cities(locales: dict[str, Locale]) -> list[tuple[str, dict[str, str]]]:
    out = []
    zones = sorted(z for z in locales["be"].time_zones if z.startswith(("Europe/", "Asia/")))
    for zone in zones + list(FAR_ZONES):
        if zone in LEFT_OUT:
            continue
        names = {}
        for k in LANGS:
            city = locales[k].time_zones.get(zone, {}).get("city")
            names[k] = unicodedata.normalize("NFC", city or zone.split("/")[-1].replace("_", " "))
        out.append((zone, names))
    return out


# Files of foreign places whose entries --fill-forms may give forms, and entries it leaves:
# Vilnius's Polish Wilno names the city of the interwar years in the documents we check.
FOREIGN_FILES = ("international.yaml", "international-2.yaml", "places-region.yaml")
KEEP_WITHOUT_FORMS = {"vilnius"}


def _foreign_entries(glossary, kinds: tuple[str, ...], keep_out: Collection[str] = (),
                     without_forms: bool = False) -> dict[str, list]:
    """The foreign entries of FOREIGN_FILES of these kinds (and without `forms`, if asked),
    but for those kept out, by their main Belarusian and Russian forms, casefolded."""
    by_cyrillic: dict[str, list] = {}
    for e in glossary.entries:
        if Path(e.path).name in FOREIGN_FILES and e.kind in kinds and e.id not in keep_out \
                and not (without_forms and e.forms):
            for form in {f.casefold() for f in (*e.be[:1], *e.ru[:1])}:
                by_cyrillic.setdefault(form, []).append(e)
    return by_cyrillic


def _entry_named(by_cyrillic: dict[str, list], names: dict[str, str]):
    """The one entry whose main Cyrillic form is one of CLDR's names, or None."""
    found = {e.id: e for k in ("be", "ru") for e in by_cyrillic.get(names[k].casefold(), [])}
    return next(iter(found.values())) if len(found) == 1 else None


def _write_after_canonical(added: dict[str, dict[str, tuple[list[str], list[str]]]],
                           replaces: str | None = None) -> None:
    """Rewrite each file of `added` (path -> entry id -> (lines, sources)): the lines go right
    after the entry's canonical (`glossary fmt` puts them in their place), an old line that
    starts with `replaces` is dropped, and the sources join the entry's list."""
    for path, entries in added.items():
        out, current = [], None
        for line in Path(path).read_text(encoding="utf-8").split("\n"):
            if line.startswith("  - id: "):
                current = line[len("  - id: "):].strip()
            if current in entries and replaces and line.startswith(replaces):
                continue   # written again, with the new values, after the canonical
            out.append(line)
            if current in entries and line.startswith("    canonical: "):
                out += entries[current][0]
            elif current in entries and line.startswith("    sources: [") and line.endswith("]"):
                urls = [u for u in entries[current][1] if u not in line]
                if urls:   # where the new values are attested
                    out[-1] = f"{line[:-1]}, {', '.join(urls)}]"
        Path(path).write_text("\n".join(out), encoding="utf-8")


def fill_forms(locales: dict[str, Locale]) -> int:
    """Add CLDR's German and Polish names as `forms` to the foreign places (and the EU and
    the UN) of FOREIGN_FILES that have none; the number of entries given forms."""
    glossary = load_glossary([OUT.parent])
    by_cyrillic = _foreign_entries(glossary, ("place", "organization"), KEEP_WITHOUT_FORMS,
                                   without_forms=True)
    added: dict[str, dict[str, tuple[list[str], list[str]]]] = {}
    for _, names in _countries(locales) + _cities(locales) + _unions(locales):
        entry = _entry_named(by_cyrillic, names)
        if entry is None:
            continue
        forms = {k: names[k] for k in ("de", "pl")
                 if names[k] != entry.canonical and LATIN_FORM.fullmatch(names[k])}
        if forms:
            lines = ["    forms:", *(f"      {k}: {v}" for k, v in forms.items())]
            added.setdefault(entry.path, {})[entry.id] = (lines, [_cldr_url(k) for k in forms])
    _write_after_canonical(added)
    return sum(map(len, added.values()))


def fill_official(locales: dict[str, Locale]) -> int:
    """Admit the ISO 3166-1 names of the foreign countries of FOREIGN_FILES (Republic of
    Poland); the number of entries given one."""
    glossary = load_glossary([OUT.parent])
    taken = {f.casefold() for e in glossary.entries
             for f in (e.canonical, *e.variants, *e.admitted, *e.historical)}
    by_cyrillic = _foreign_entries(glossary, ("place",))
    added: dict[str, dict[str, tuple[list[str], list[str]]]] = {}
    for code, names in _countries(locales):
        entry = _entry_named(by_cyrillic, names)
        if entry is None:
            continue
        new = [n for n in _official_names(code, entry.canonical) if n.casefold() not in taken]
        if new:
            admitted = ", ".join(f'"{n}"' for n in (*entry.admitted, *new))
            added.setdefault(entry.path, {})[entry.id] = ([f"    admitted: [{admitted}]"],
                                                          [ISO_SOURCE])
    _write_after_canonical(added, replaces="    admitted: ")
    return sum(map(len, added.values()))


def main() -> int:
    locales = {k: Locale.parse(k) for k in LANGS}
    if "--fill-forms" in sys.argv[1:]:
        print(f"forms given to {fill_forms(locales)} entries")
        return 0
    if "--fill-official" in sys.argv[1:]:
        print(f"ISO names admitted for {fill_official(locales)} entries")
        return 0
    glossary = load_glossary([OUT.parent])
    others = [e for e in glossary.entries if Path(e.path).name != OUT.name]
    taken = {f.casefold() for e in others for f in (e.canonical, *e.be, *e.ru, *e.variants)}
    ids = {e.id for e in others}
    entries: dict[str, str] = {}
    seen_cyrillic: set[str] = set()
    for what, rows in (("country", _countries(locales)), ("city", _cities(locales))):
        for code, names in rows:
            own = {names[k].casefold() for k in ("en", "be", "ru")}
            if not _usable(names) or own & taken:
                continue
            if names["be"] in seen_cyrillic or names["ru"] in seen_cyrillic:
                continue   # a city-state's capital repeats the country (Singapore, Monaco)
            seen_cyrillic.update((names["be"], names["ru"]))
            slug = _slug(names["en"])
            if slug in ids or slug in entries:
                slug = f"{slug}-{what}"
            if code.isdigit():
                what_it_is = f"Part of the world, UN M49 area {code}"
            elif what == "country":
                what_it_is = f"Country or territory with ISO 3166 code {code}"
            else:
                what_it_is = f"City, exemplar of the time zone {code}"
            note = f"{what_it_is}; {WHERE_FROM}"
            forms = {k: names[k] for k in ("de", "pl") if names[k] != names["en"]}
            admitted = [n for n in (*_official_names(code, names["en"]), *ALSO_ADMITTED.get(code, ()))
                        if n.casefold() not in taken]
            lines = [f"  - id: {slug}", "    kind: place", f"    be: {names['be']}",
                     f"    ru: {names['ru']}", f"    canonical: {names['en']}"]
            if admitted:
                lines.append("    admitted: [" + ", ".join(f'"{n}"' for n in admitted) + "]")
            if forms:
                lines.append("    forms:")
                lines += [f"      {k}: {v}" for k, v in forms.items()]
            lines.append(f'    note: "{note}"')
            urls = ", ".join([_cldr_url(k) for k in ("en", "be", "ru", *forms)]
                             + ([ISO_SOURCE] if admitted else []))
            lines.append(f"    sources: [{urls}]")
            entries[slug] = "\n".join(lines)
    header = (
        "# The world's continents and regions, countries and territories, and the exemplar cities\n"
        "# of CLDR's time zones in Europe and Asia (with a few further cities), as the Unicode CLDR\n"
        "# names them in English, Belarusian, Russian, Polish and German. Written by\n"
        "# tools/make_world.py; names another glossary file already gives are left to that\n"
        "# file. Format: docs/glossary-format.md\n"
    )
    body = "\n".join(entries[k] for k in sorted(entries))
    OUT.write_text(f"{header}version: 1\nentries:\n{body}\n", encoding="utf-8")
    print(f"{OUT.name}: {len(entries)} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
