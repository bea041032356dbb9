"""A small rule engine for romanizing Belarusian and Russian text.

Each scheme is a YAML file in ``schemes/`` (format in ``schemes/README.md``). A scheme is
compiled once into

* one regular expression that finds every context rule (``rules:``); each hit is
  replaced by a private-use placeholder character, and
* one ``str.translate`` table that maps every letter (both cases) and every placeholder
  to its Latin output,

so romanizing a piece of text costs one ``re.sub`` plus one ``str.translate``. Plain text
is handled in space-separated chunks (rules find word edges by lookaround); text with an
ALL-CAPS word, an apostrophe or Latin letters touching Cyrillic ones is handled word by
word (a word is a run of letters, apostrophes allowed between letters). Chunks, words
and whole texts are cached.

Case: rules are written in lower case and match both cases. A word in ALL CAPS (two or
more letters) is romanized in lower case and upper-cased (ЩЕГЛОВА -> SHCHEGLOVA);
otherwise every upper-case source letter gives a capitalised output (Щеглова ->
Shcheglova), or the form the scheme gives under ``title:`` (ALA-LC Ц -> T͡S).
"""
from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from checker.bounded import BoundedCache
from checker.cache import cached
from checker.datafiles import CODEC
from checker.text.letters import (
    APOSTROPHE_GLYPHS,
    APOSTROPHE_KEY,
    COMBINING_MARKS,
    CYRILLIC,
    CYRILLIC_LETTER,
    CYRILLIC_UPPER,
    HOMOGLYPHS,
    LATIN,
    LATIN_LETTER,
    LETTER,
    STRESS_MARKS,
)
from checker.text.patterns import compile_pattern, lazy

SCHEME_DIR = Path(__file__).resolve().parent / "schemes"
WORDS_HELD = 100_000   # romanized words and texts a scheme remembers
CLASSES_FILE = SCHEME_DIR / "_classes.yaml"

#: Every glyph taken for the Belarusian apostrophe (checker.text.letters). A scheme's
#: ``letters`` entry for ``’`` (U+2019) applies to all of them.
APOSTROPHES = APOSTROPHE_GLYPHS
_APOSTROPHE_KEY = APOSTROPHE_KEY
_APOS = "[" + re.escape(APOSTROPHES) + "]"

#: Stress marks (acute, grave) after a Cyrillic letter are removed before romanizing.
_STRESS_MARK = lazy(f"(?<=[{CYRILLIC}])[{STRESS_MARKS}]+")

# Latin letters that look like Cyrillic ones (homoglyphs.yaml) are read, inside a word that
# also has Cyrillic letters, as the Cyrillic letter (when the scheme has it).

_CYRILLIC = CYRILLIC_LETTER
_LATIN = LATIN_LETTER
# A word: letters (each with its combining marks); an apostrophe only between letters.
_WORD = lazy(f"{LETTER}[{COMBINING_MARKS}]*(?:{_APOS}?{LETTER}[{COMBINING_MARKS}]*)*")
# Texts that must be romanized word by word: two Cyrillic capitals in a row (a word may be
# in ALL CAPS), an apostrophe glyph, or a Latin letter touching a Cyrillic one.
_CAPS_OR_APOSTROPHE = lazy(f"[{CYRILLIC_UPPER}]{{2}}|{_APOS}")
_SPECIAL = lazy(f"[{CYRILLIC_UPPER}]{{2}}|{_APOS}|[{LATIN}]")
_MIXED_SCRIPT = lazy(f"[{LATIN}][{CYRILLIC}]|[{CYRILLIC}][{LATIN}]")
_AT_VALUES = {"word-start", "word-end", "word"}
_RULE_KEYS = {"match", "output", "title", "after", "not_after", "before", "not_before", "at", "word_has",
              "note"}
_PUA_START = 0xF0000  # supplementary private use area A: never in real input


class SchemeError(ValueError):
    """A scheme file is malformed."""


@lru_cache(maxsize=1)
def _unique_key_loader() -> type:
    """A YAML loader that refuses duplicate keys in a mapping (PyYAML is imported only when a
    scheme is read)."""
    import yaml

    class UniqueKeyLoader(yaml.SafeLoader):
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
            seen: set = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise SchemeError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return UniqueKeyLoader


def load_yaml(path: Path) -> Any:
    """Read a YAML file, rejecting duplicate keys; parsed once, then read from the cache (a
    file with duplicate keys is refused each time: it is never cached)."""
    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest()[:16]
    return cached(f"scheme-{path.name}-{key}", lambda: _parse_yaml(data), CODEC)


def _parse_yaml(data: bytes) -> Any:
    import yaml  # only when the file changed: a look-up of a Cyrillic name does without PyYAML

    return yaml.load(data.decode("utf-8"), Loader=_unique_key_loader())  # noqa: S506 - a SafeLoader subclass


@cache
def shared_classes() -> dict[str, str]:
    """The named letter classes of ``schemes/_classes.yaml``."""
    data = load_yaml(CLASSES_FILE)
    return {str(k): str(v) for k, v in data["classes"].items()}


def scheme_files() -> dict[str, Path]:
    """Scheme id -> path of its YAML file."""
    return {p.stem: p for p in sorted(SCHEME_DIR.glob("*.yaml")) if not p.name.startswith("_")}


@cache
def raw_scheme(scheme_id: str) -> dict[str, Any]:
    """The scheme's YAML data with its ``base:`` resolved (letters, rules, classes merged)."""
    files = scheme_files()
    if scheme_id not in files:
        raise KeyError(scheme_id)
    data = load_yaml(files[scheme_id])
    if not isinstance(data, dict):
        raise SchemeError(f"{scheme_id}: not a mapping")
    base_id = data.get("base")
    if not base_id:
        return data
    base = raw_scheme(base_id)
    merged = dict(data)
    merged["letters"] = {**base.get("letters", {}), **(data.get("letters") or {})}
    merged["classes"] = {**base.get("classes", {}), **(data.get("classes") or {})}
    merged["title"] = {**base.get("title", {}), **(data.get("title") or {})}
    # The child's rules come first, so they win over the base's.
    merged["rules"] = list(data.get("rules") or []) + list(base.get("rules") or [])
    if "alternatives" not in data:
        merged["alternatives"] = base.get("alternatives", [])
    return merged


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """One context rule: ``match`` becomes ``output`` when every condition holds."""

    match: str
    output: str
    title: str | None = None
    after: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    at: str | None = None
    word_has: str | None = None

    def pattern(self) -> str:
        """This rule as a regular expression matching both cases, *after* its first letter.

        The engine joins the rules as ``[first letters](?:tail1()|tail2()|...)``: the
        leading class lets the regex engine skip to candidate positions quickly, the tail
        checks the first letter by lookbehind, then the rest of the match and every
        context condition (lookbehinds span the whole match).
        """
        n = len(self.match)
        p = "(?<=" + _char_class(self.match[0]) + ")"
        p += "".join(_char_class(c) for c in self.match[1:])
        if self.at in ("word-start", "word"):
            p += f"(?<!{_LETTER}{'.' * n})(?<!{_LETTER}{_APOS}{'.' * n})"
        if self.after:
            p += "(?<=" + "".join(_char_class(c) for c in self.after) + "." * n + ")"
        if self.not_after:
            p += "(?<!" + "".join(_char_class(c) for c in self.not_after) + "." * n + ")"
        if self.before:
            p += "(?=" + "".join(_char_class(c) for c in self.before) + ")"
        if self.not_before:
            p += "(?!" + "".join(_char_class(c) for c in self.not_before) + ")"
        if self.at in ("word-end", "word"):
            p += f"(?!{_LETTER})(?!{_APOS}{_LETTER})"
        return p


_LETTER = LETTER


def _char_class(chars: str) -> str:
    """A regex class of these letters in both cases."""
    both = set(chars) | set(chars.lower()) | set(chars.upper())
    return "[" + "".join(re.escape(c) for c in sorted(both) if len(c) == 1) + "]"


def expand_class(expr: str, classes: dict[str, str]) -> str:
    """Letters of a class expression: class names and literal letters joined by ``+``."""
    out = []
    for part in str(expr).split("+"):
        part = part.strip()
        if not part:
            raise SchemeError(f"empty part in class expression {expr!r}")
        if part in classes:
            out.append(classes[part])
        elif part.isascii():
            raise SchemeError(f"unknown letter class {part!r} in {expr!r}")
        else:
            out.append(part)
    letters = "".join(out)
    # A class naming the apostrophe means every apostrophe glyph.
    if any(c in APOSTROPHES for c in letters):
        letters += APOSTROPHES
    return "".join(dict.fromkeys(letters.lower() + letters.upper()))


def _seq(value: Any, classes: dict[str, str]) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(expand_class(v, classes) for v in items)


def parse_rules(items: list[dict[str, Any]], classes: dict[str, str], where: str) -> list[Rule]:
    """Turn the YAML ``rules:`` list into :class:`Rule` objects (list matches are zipped)."""
    rules: list[Rule] = []
    for n, item in enumerate(items or [], 1):
        if not isinstance(item, dict) or "match" not in item or "output" not in item:
            raise SchemeError(f"{where}: rule {n} needs match and output")
        unknown = set(item) - _RULE_KEYS
        if unknown:
            raise SchemeError(f"{where}: rule {n} has unknown keys {sorted(unknown)}")
        at = item.get("at")
        if at is not None and at not in _AT_VALUES:
            raise SchemeError(f"{where}: rule {n}: at must be one of {sorted(_AT_VALUES)}")
        matches = item["match"] if isinstance(item["match"], list) else [item["match"]]
        outputs = item["output"] if isinstance(item["output"], list) else [item["output"]] * len(matches)
        titles = item.get("title")
        titles = titles if isinstance(titles, list) else [titles] * len(matches)
        if not (len(matches) == len(outputs) == len(titles)):
            raise SchemeError(f"{where}: rule {n}: match and output lists differ in length")
        word_has = item.get("word_has")
        for m, o, t in zip(matches, outputs, titles, strict=True):
            m = str(m)
            if not m or m != m.lower():
                raise SchemeError(f"{where}: rule {n}: match {m!r} must be lower case and non-empty")
            rules.append(
                Rule(
                    match=m,
                    output="" if o is None else str(o),
                    title=None if t is None else str(t),
                    after=_seq(item.get("after"), classes),
                    not_after=_seq(item.get("not_after"), classes),
                    before=_seq(item.get("before"), classes),
                    not_before=_seq(item.get("not_before"), classes),
                    at=at,
                    word_has=None if word_has is None else expand_class(word_has, classes),
                )
            )
    return rules


# --------------------------------------------------------------------------- compiled


def _titled(out: str) -> str:
    return out[:1].upper() + out[1:]


_Placer = Callable[["re.Match[str]"], str]


@dataclass
class Compiled:
    """A scheme (or one of its alternative variants) ready to run."""

    letters: dict[str, str]
    rules: list[Rule]
    title: dict[str, str]
    table: dict[int, str] = field(init=False)
    homoglyphs: dict[int, str] = field(init=False)
    _regexes: dict[tuple[bool, ...], tuple[re.Pattern[str], _Placer] | None] = field(init=False)
    _word_has: list[str] = field(init=False)
    _word_cache: BoundedCache[str, str] = field(init=False)
    _text_cache: BoundedCache[str, str] = field(init=False)
    _next_placeholder: int = field(init=False)
    _nfc: bool = field(init=False)

    def __post_init__(self) -> None:
        table: dict[int, str] = {}
        for src, out in self.letters.items():
            table[ord(src)] = out
            upper = src.upper()
            if upper != src and len(upper) == 1:
                table[ord(upper)] = self.title.get(src, _titled(out))
        self.table = table
        self.homoglyphs = {
            ord(lat): cyr for lat, cyr in HOMOGLYPHS.items() if cyr.lower() in self.letters
        }
        self._word_has = sorted({r.word_has for r in self.rules if r.word_has})
        self._regexes = {}
        self._word_cache = BoundedCache(WORDS_HELD)
        self._text_cache = BoundedCache(WORDS_HELD)
        self._next_placeholder = _PUA_START
        # Outputs that start with a combining mark could compose with what precedes
        # them; only then is the output normalised again.
        outputs = list(self.letters.values()) + [r.output for r in self.rules]
        self._nfc = any(o and unicodedata.combining(o[0]) for o in outputs)

    def _regex_for(self, key: tuple[bool, ...]) -> tuple[re.Pattern[str], _Placer] | None:
        """The rules regex for words whose ``word_has`` conditions give ``key``."""
        if key in self._regexes:
            return self._regexes[key]
        active = [
            r for r in self.rules
            if r.word_has is None or key[self._word_has.index(r.word_has)]
        ]
        result = None
        if active:
            lower_ph: list[str] = []
            title_ph: list[str] = []
            for r in active:
                lo, ti = chr(self._next_placeholder), chr(self._next_placeholder + 1)
                self._next_placeholder += 2
                self.table[ord(lo)] = r.output
                self.table[ord(ti)] = r.title if r.title is not None else _titled(r.output)
                lower_ph.append(lo)
                title_ph.append(ti)
            first = _char_class("".join(r.match[0] for r in active))
            pattern = first + "(?:" + "|".join(f"{r.pattern()}()" for r in active) + ")"

            def place(m: re.Match[str]) -> str:
                i = m.lastindex - 1  # type: ignore[operator]  # the empty group ending the rule
                return title_ph[i] if m.group()[0].isupper() else lower_ph[i]

            result = (compile_pattern(pattern), place)
        self._regexes[key] = result
        return result

    def _run(self, s: str, key: tuple[bool, ...]) -> str:
        compiled = self._regex_for(key)
        if compiled is not None:
            s = compiled[0].sub(compiled[1], s)
        return s.translate(self.table)

    def word(self, w: str) -> str:
        """Romanize one word (letters, apostrophes between them, stress marks removed)."""
        cached = self._word_cache.get(w)
        if cached is not None:
            return cached
        if not _CYRILLIC.search(w):
            return w
        s = w
        if self.homoglyphs and _LATIN.search(s):
            s = s.translate(self.homoglyphs)
        caps = len(s) > 1 and s.isupper()
        if caps:
            s = s.lower()
        key = self._key(s)
        s = self._run(s, key)
        if caps:
            s = s.upper()
        if self._nfc:
            s = unicodedata.normalize("NFC", s)
        return self._word_cache.set(w, s)

    def _key(self, s: str) -> tuple[bool, ...]:
        if not self._word_has:
            return ()
        low = s.lower()
        return tuple(any(c in low for c in cls) for cls in self._word_has)

    def _chunk(self, chunk: str) -> str:
        """Romanize and cache one space-free piece of plain text."""
        # rules that look at the whole word: go word by word
        done = (_WORD.sub(lambda m: self.word(m.group()), chunk) if self._word_has
                else self._run(chunk, ()))
        return self._word_cache.set(chunk, done)

    def text(self, text: str) -> str:
        """Romanize a text: Cyrillic words are romanized, everything else is kept."""
        cached = self._text_cache.get(text)
        if cached is not None:
            return cached
        if not _CYRILLIC.search(text):
            return text
        t = unicodedata.normalize("NFC", text)
        if any(m in t for m in STRESS_MARKS):
            t = _STRESS_MARK.sub("", t)
        if _SPECIAL.search(t) and (
            _CAPS_OR_APOSTROPHE.search(t) or _MIXED_SCRIPT.search(t)
        ):
            # ALL-CAPS words, apostrophes or Latin letters touching Cyrillic ones:
            # word by word.
            word = self.word
            out = _WORD.sub(lambda m: word(m.group()), t)
        else:
            # Plain text: each space-separated chunk is romanized whole (rules find
            # word edges by lookaround) and cached.
            get = self._word_cache.get
            chunk = self._chunk
            out = " ".join([get(c) or chunk(c) for c in t.split(" ")])
        if self._nfc:
            out = unicodedata.normalize("NFC", out)
        return self._text_cache.set(text, out)


def _expand_apostrophe(letters: dict[str, str]) -> dict[str, str]:
    if _APOSTROPHE_KEY in letters:
        for a in APOSTROPHES:
            letters.setdefault(a, letters[_APOSTROPHE_KEY])
    return letters


def _letters(raw: dict[str, Any] | None, where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in (raw or {}).items():
        k = str(k)
        if len(k) != 1 or k != k.lower():
            raise SchemeError(f"{where}: letters key {k!r} must be one lower-case character")
        out[k] = "" if v is None else str(v)
    return _expand_apostrophe(out)


@dataclass
class Engine:
    """A compiled scheme with its alternatives (compiled lazily, one per combination)."""

    scheme_id: str
    main: Compiled
    alternatives: list[tuple[str, dict[str, str], list[Rule]]]
    _variants: dict[tuple[int, ...], Compiled] = field(default_factory=dict)

    def transliterate(self, text: str) -> str:
        """The main form."""
        return self.main.text(text)

    def variant(self, combo: tuple[int, ...]) -> Compiled:
        """The scheme with the given alternatives applied (later ones win)."""
        if not combo:
            return self.main
        if combo not in self._variants:
            letters = dict(self.main.letters)
            rules: list[Rule] = []
            for i in combo:
                _, alt_letters, alt_rules = self.alternatives[i]
                letters.update(alt_letters)
                rules = alt_rules + rules
            self._variants[combo] = Compiled(letters, rules + self.main.rules, self.main.title)
        return self._variants[combo]

    def triggers(self, i: int) -> tuple[str, ...]:
        """What alternative `i` rewrites: its letters and the matches of its rules (lowercase)."""
        if "_triggers" not in self.__dict__:
            self.__dict__["_triggers"] = [
                tuple({k.lower() for k in letters} | {r.match.lower() for r in rules})
                for _, letters, rules in self.alternatives]
        return self.__dict__["_triggers"][i]

    def transliterate_all(self, text: str, limit: int = 64) -> list[str]:
        """Main form first, then the forms of each combination of alternatives (unique)."""
        forms = [self.main.text(text)]
        low = text.lower()
        # an alternative that rewrites nothing in this text gives the forms of the others:
        # only the ones that apply are combined
        active = [i for i in range(len(self.alternatives))
                  if any(t in low for t in self.triggers(i))]
        for size in range(1, len(active) + 1):
            for combo in itertools.combinations(active, size):
                form = self.variant(combo).text(text)
                if form not in forms:
                    forms.append(form)
                if len(forms) >= limit:
                    return forms
        return forms


def compile_scheme(scheme_id: str) -> Engine:
    """Build the engine of one scheme from its YAML data."""
    raw = raw_scheme(scheme_id)
    classes = dict(shared_classes())
    # Scheme-local classes may be written in terms of the shared ones and earlier ones.
    for name, expr in (raw.get("classes") or {}).items():
        classes[str(name)] = expand_class(expr, classes)
    letters = _letters(raw.get("letters"), scheme_id)
    title = {str(k): str(v) for k, v in (raw.get("title") or {}).items()}
    rules = parse_rules(raw.get("rules") or [], classes, scheme_id)
    alternatives = []
    for alt in raw.get("alternatives") or []:
        name = str(alt.get("name", ""))
        where = f"{scheme_id} alternative {name!r}"
        alternatives.append(
            (name, _letters(alt.get("letters"), where), parse_rules(alt.get("rules") or [], classes, where))
        )
    return Engine(scheme_id, Compiled(letters, rules, title), alternatives)
