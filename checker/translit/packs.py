"""Our schemes as language packs of the ``transliterate`` library (where it can run them).

The library's engine is context-free: a pack is a list of plain string replacements
(``str.replace`` one key after the other) followed by a one-character table. A scheme fits
when its rules have no condition but, at most, one ``after`` class: such a rule is spelled
out as one replacement per letter of the class (``бе`` -> ``bie``, ``ве`` -> ``vie`` ...).
Word edges, following letters, ALL-CAPS words and whole-word tests do not fit, so those
schemes are not registered. See ``PACKS.md``.

>>> codes = register_packs()
>>> from transliterate import translit
>>> translit("Мінск", "be-national-2007", reversed=True)
'Minsk'
"""
from __future__ import annotations

from checker.text.letters import CYRILLIC_RANGES, is_cyrillic
from checker.translit import get_scheme, scheme_ids
from checker.translit.engine import APOSTROPHES, Rule

__all__ = ["pack_replacements", "register_packs"]


def _titled(out: str) -> str:
    return out[:1].upper() + out[1:]


def _fits(rules: list[Rule]) -> bool:
    return all(
        not (r.not_after or r.before or r.not_before or r.at or r.word_has or len(r.after) > 1)
        for r in rules
    )


def pack_replacements(scheme_id: str) -> dict[str, str] | None:
    """Cyrillic -> Latin replacements for the library, longest keys first; None if the
    scheme needs context the library cannot express."""
    compiled = get_scheme(scheme_id).engine.main
    if not _fits(compiled.rules):
        return None
    letters, title = compiled.letters, compiled.title

    def title_of(src: str, out: str) -> str:
        return title.get(src, _titled(out))

    pairs: dict[str, str] = {}

    def add(src: str, out: str, out_title: str) -> None:
        pairs.setdefault(src, out)
        pairs.setdefault(src[:1].upper() + src[1:], out_title)
        if len(src) > 1:
            pairs.setdefault(src.upper(), out.upper())

    for r in compiled.rules:
        r_title = r.title if r.title is not None else _titled(r.output)
        if not r.after:
            add(r.match, r.output, r_title)
            continue
        for c in dict.fromkeys(r.after[0].lower()):
            if c in APOSTROPHES:
                continue
            before = letters.get(c, c)
            add(c + r.match, before + r.output, title_of(c, before) + r.output)
    for src, out in letters.items():
        add(src, out, title_of(src, out))
    # Pairs first (longest first), so that a pair is replaced before its letters are;
    # then the apostrophe glyphs, before letters whose output is an apostrophe glyph
    # (BGN/PCGN ь -> ’) could be replaced again.
    def order(item: tuple[str, str]) -> tuple[int, int]:
        key = item[0]
        return (0 if len(key) > 1 else 1 if key in APOSTROPHES else 2, -len(key))

    return dict(sorted(pairs.items(), key=order))


def _pack_class(scheme_id: str, replacements: dict[str, str]) -> type:
    from transliterate.base import TranslitLanguagePack

    # The library also wants a one-to-one Latin <-> native table (its forward direction,
    # and applied last when reversing): Cyrillic letters with a one-letter output only,
    # so that it cannot touch the Latin text the replacements produced.
    one_to_one = {
        src: out
        for src, out in replacements.items()
        if len(src) == 1 and len(out) == 1 and is_cyrillic(src)
    }
    latin_seen: set[str] = set()
    latin, cyrillic = [], []
    for src, out in one_to_one.items():  # the forward table must be one-to-one
        if out not in latin_seen:
            latin_seen.add(out)
            latin.append(out)
            cyrillic.append(src)
    scheme = get_scheme(scheme_id)
    return type(
        "Pack_" + scheme_id.replace("-", "_"),
        (TranslitLanguagePack,),
        {
            "language_code": scheme_id,
            "language_name": scheme.name,
            "character_ranges": CYRILLIC_RANGES,
            "detectable": False,
            "mapping": ("".join(latin), "".join(cyrillic)),
            "reversed_specific_pre_processor_mapping": replacements,
        },
    )


def register_packs() -> list[str]:
    """Register every scheme the library can run; return the language codes (scheme ids).

    The library's own packs are discovered first, so that registering ours does not hide
    them (it only auto-discovers into an empty registry). Calling it again is harmless.
    """
    from transliterate.base import registry
    from transliterate.utils import ensure_autodiscover

    ensure_autodiscover()
    codes = []
    for scheme_id in scheme_ids():
        if get_scheme(scheme_id).kind == "convention":
            continue
        replacements = pack_replacements(scheme_id)
        if replacements is None:
            continue
        existing = registry.get(scheme_id)
        if existing is None or getattr(existing, "__module__", "") != __name__:
            registry.register(_pack_class(scheme_id, replacements), force=existing is not None)
        codes.append(scheme_id)
    return sorted(codes)
