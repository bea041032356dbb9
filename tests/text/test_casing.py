"""Tests for checker.text.casing: a fix keeps the case the text wrote the name in."""
from __future__ import annotations

import pytest

from checker.text.casing import match_case


@pytest.mark.parametrize("found, replacement, expected", [
    ("Karpenkov", "Karpiankou", "Karpiankou"),
    ("KARPENKOV", "Karpiankou", "KARPIANKOU"),
    ("karpenkov", "Karpiankou", "karpiankou"),
    ("Nikolai KARPENKOV", "Mikalai Karpiankou", "Mikalai KARPIANKOU"),
    ("nikolai Karpenkov", "Mikalai Karpiankou", "mikalai Karpiankou"),
    ("Karpenkov", "karpiankou", "Karpiankou"),
    ("Karpenkov", "KARPIANKOU", "Karpiankou"),
    # a monarch's number or an acronym stays in capitals in Title-case text
    ("Kazimierz Jagiellończyk", "Casimir IV", "Casimir IV"),
    # an ordinal in digits keeps its letters as they are (no "1St")
    ("First Belorussian Front", "1st Belorussian Front", "1st Belorussian Front"),
    ("Minsk Kgb", "Minsk KGB", "Minsk KGB"),
    # a different number of words: the overall pattern
    ("KARPENKOV", "Mikalai Karpiankou", "MIKALAI KARPIANKOU"),
    ("karpenkov", "Mikalai Karpiankou", "mikalai karpiankou"),
    ("Nikolai Nikolaevich Karpenkov", "mikalai karpiankou", "Mikalai Karpiankou"),
    ("Nikolai KARPENKOV", "Karpiankou", "Karpiankou"),  # mixed overall: as given
    # initials are Title, not ALL CAPS
    ("N. KARPENKOV", "M. Karpiankou", "M. KARPIANKOU"),
    ("N KARPENKOV", "Mikalai Karpiankou", "Mikalai KARPIANKOU"),
    # hyphenated parts, per part
    ("Rimsky-Korsakov", "rimski-korsakau", "Rimski-Korsakau"),
    ("RIMSKY-Korsakov", "Rimski-Korsakau", "RIMSKI-Korsakau"),
    ("rimsky-korsakov", "Rimski-Korsakau", "rimski-korsakau"),
    ("Rimsky-Korsakov", "Rimski Korsakau", "Rimski Korsakau"),
    ("RIMSKY-KORSAKOV", "Rimski Korsakau", "RIMSKI KORSAKAU"),
    # Cyrillic, with the Belarusian apostrophe kept inside the word
    ("Карпенков", "Карпянкоў", "Карпянкоў"),
    ("КАРПЕНКОВ", "Карпянкоў", "КАРПЯНКОЎ"),
    ("карпенков", "Карпянкоў", "карпянкоў"),
    ("Николай КАРПЕНКОВ", "Мікалай Карпянкоў", "Мікалай КАРПЯНКОЎ"),
    ("Марьяна", "мар'яна", "Мар'яна"),
    ("МАРЬЯНА", "Мар'яна", "МАР'ЯНА"),
    # mixed inner capitals: the replacement as given
    ("McDonald", "Makdonald", "Makdonald"),
    ("Smith", "McDonald", "McDonald"),
    ("MacLeod", "macleod", "macleod"),
    # an acronym in capitals for one of mixed case is no shouting: the acronym as the house
    # writes it; a short name in capitals (a headline's GOMEL) still is
    ("GUBOP", "GUBOPiK", "GUBOPiK"),
    ("BELTA", "BelTA", "BelTA"),
    ("GOMEL", "Homel", "HOMEL"),
    ("KGB", "KGB", "KGB"),
    ("SIZO KGB", "Amerykanka", "Amerykanka"),
    # a name's own short words in capitals (a dateline) are that name, no acronyms
    ("NEW YORK", "New York", "NEW YORK"),
    ("MINSK KGB", "Minsk KGB", "MINSK KGB"),
    # a word of the fix where the text has another, lowercase word keeps its own case
    ("Bereza-Kartuzskaya concentration camp", "Bereza Kartuska prison", "Bereza Kartuska prison"),
    # and so does one where the text has an acronym, in a name not all in capitals
    ("EU Commission", "European Commission", "European Commission"),
    ("EU COMMISSION", "European Commission", "EUROPEAN COMMISSION"),
    ("KGB Chief", "KGB Chairman", "KGB Chairman"),
    # nothing cased
    ("123", "Abc", "Abc"),
    ("", "Abc", "Abc"),
])
def test_match_case(found: str, replacement: str, expected: str) -> None:
    assert match_case(found, replacement) == expected


def test_match_case_keeps_the_replacement_spacing() -> None:
    assert match_case("NIKOLAI  KARPENKOV", "Mikalai\u00a0Karpiankou") == "MIKALAI\u00a0KARPIANKOU"
