"""Our schemes as language packs of the transliterate library."""
import re

import pytest
from transliterate import translit
from transliterate.utils import get_available_language_codes

from checker.translit import get_scheme, transliterate
from checker.translit.packs import pack_replacements, register_packs

from .helpers import canon

CODES = register_packs()


def test_registered_codes() -> None:
    assert {"be-icao", "be-national-2007", "be-national-2000", "ru-icao", "ru-iso9"} <= set(CODES)
    # Context the library cannot express: not registered.
    for scheme_id in ("be-lacinka", "be-press", "ru-wikipedia", "ru-bgn-pcgn", "be-national-2023"):
        assert scheme_id not in CODES
        assert pack_replacements(scheme_id) is None
    assert register_packs() == CODES  # again: harmless


def test_translit_reversed() -> None:
    assert translit("Мінск", "be-national-2007", reversed=True) == "Minsk"
    assert translit("Мінск", "be-icao", reversed=True) == "Minsk"
    assert translit("Любань Вераб'ёвічы", "be-national-2007", reversed=True) == "Liubań Vierabjovičy"


def test_library_packs_still_there() -> None:
    assert "ru" in get_available_language_codes()
    assert translit("Привет", "ru", reversed=True) == "Privet"


@pytest.mark.parametrize("code", CODES)
def test_packs_agree_with_the_engine(code: str) -> None:
    for cyrillic, _, _ in get_scheme(code).samples:
        if re.search("[\u0400-\u042f]{2}", cyrillic):
            continue  # ALL-CAPS words: the library capitalises letter by letter
        assert canon(translit(cyrillic, code, reversed=True)) == canon(transliterate(cyrillic, code))


def test_all_caps_is_a_known_limit() -> None:
    assert translit("ЩЕГЛОВА", "ru-icao", reversed=True) == "ShchEGLOVA"
    assert transliterate("ЩЕГЛОВА", "ru-icao") == "SHCHEGLOVA"
