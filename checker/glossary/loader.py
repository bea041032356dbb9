"""The strict glossary loader: YAML with a position for every error."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from checker.config import DEFAULT_HOUSE_STYLE
from checker.errors import InputError, NamecheckError, did_you_mean, os_message, utf8_error_position
from checker.glossary.model import GENDERS, KINDS, Entry, Glossary
from checker.reading import read_regular
from checker.text.letters import CYRILLIC_LETTER, LATIN_LETTER

if TYPE_CHECKING:
    import yaml
# PyYAML is imported where a glossary is parsed, never before: a check that reads the
# compiled glossary from the cache does without it (a tenth of a small file's check)

ENTRY_KEYS = ("id", "kind", "be", "ru", "canonical", "variants", "admitted", "historical", "forms",
              "gender", "by_family_name", "numbers", "note", "sources", "wikidata")
HISTORICAL_KEYS = ("until", "forms")
TOP_KEYS = ("version", "entries")
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)*\Z")
WIKIDATA_RE = re.compile(r"Q[1-9][0-9]*\Z")
CYRILLIC_RE = CYRILLIC_LETTER
LATIN_RE = LATIN_LETTER
# what YAML folds into a space (the loader folds it too) is whitespace; any other control
# character in a value is a mistake no reader of the glossary can see
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# deeper extension values are no annotation a person wrote, and cost recursion to store
MAX_EXTENSION_DEPTH = 32


class _Errors:
    """Collects errors of one file so that a user sees all of them in one run."""

    def __init__(self, path: str):
        self.path = path
        self.items: list[InputError] = []

    def add(self, node: yaml.Node | None, message: str) -> None:
        self.add_at(node.start_mark if node is not None else None, message)

    def add_at(self, mark: yaml.Mark | None, message: str) -> None:
        line = col = None
        if mark is not None:
            line, col = mark.line + 1, mark.column + 1
        self.items.append(InputError(self.path, message, line, col))


def _decode(data: bytes, path: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = utf8_error_position(data, exc.start)
        raise NamecheckError(InputError(
            path, f"invalid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x}); "
            "glossary files must be UTF-8", line, col)) from None


def _compose(text: str, path: str) -> yaml.Node | None:
    import yaml

    # the C composer is much faster on large glossaries; positions are the same
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "invalid YAML"
        if mark is None:
            raise NamecheckError(InputError(path, f"invalid YAML: {what}")) from None
        raise NamecheckError(InputError(path, f"invalid YAML: {what}", mark.line + 1,
                                        mark.column + 1)) from None
    except yaml.reader.ReaderError as exc:
        # a character YAML does not allow; the C reader counts bytes, so find it here
        bad = yaml.reader.Reader.NON_PRINTABLE.search(text)
        if bad is None:
            raise NamecheckError(InputError(path, f"invalid YAML: {exc.reason}")) from None
        before = text[:bad.start()]
        line, col = before.count("\n") + 1, bad.start() - before.rfind("\n")
        what = "control character" if unicodedata.category(bad.group()) == "Cc" else "character"
        raise NamecheckError(InputError(
            path, f"invalid YAML: the {what} U+{ord(bad.group()):04X} is not allowed", line,
            col)) from None
    except yaml.YAMLError as exc:
        raise NamecheckError(InputError(path, f"invalid YAML: {exc}")) from None


def _plain(node: yaml.Node):
    """An extension value as plain Python data (aliases were bounded by _check_aliases)."""
    import yaml

    return yaml.SafeLoader("").construct_document(node)


def _mapping(node: yaml.Node, errors: _Errors, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        errors.add(node, f"{what} must be a mapping")
        return None
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for k, v in node.value:
        if not isinstance(k, yaml.ScalarNode):
            errors.add(k, f"{what}: keys must be plain strings")
            continue
        if _has_control(k, errors, f"{what}: key"):
            continue
        if k.value in out:
            first = out[k.value][0].start_mark.line + 1
            errors.add(k, f"duplicate key '{k.value}' (first at line {first})")
            continue
        out[k.value] = (k, v)
    return out


def _unknown_key(key: str, allowed: tuple[str, ...]) -> str:
    return f"unknown key '{key}'{did_you_mean(key, allowed)}; extensions must start with 'x-'"


def _string(node: yaml.Node, errors: _Errors, key: str) -> str | None:
    import yaml

    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
        errors.add(node, f"'{key}' must be a string")
        return None
    if _has_control(node, errors, f"'{key}'"):
        return None
    text = unicodedata.normalize("NFC", node.value).strip()
    if not text:
        errors.add(node, f"'{key}' must not be empty")
        return None
    return " ".join(text.split())


def _has_control(node: yaml.ScalarNode, errors: _Errors, what: str) -> bool:
    """Whether the scalar holds a control character (an error then)."""
    bad = CONTROL_RE.search(node.value)
    if bad:
        errors.add(node, f"{what} has the control character U+{ord(bad.group()):04X} in it")
    return bad is not None


def _extension(node: yaml.Node, errors: _Errors, key: str) -> object:
    """An `x-` value as plain data, or None with an error: its text must hold no control
    characters, nest at most MAX_EXTENSION_DEPTH deep, and be what YAML can construct."""
    import yaml

    readable = True
    stack = [(node, 1)]
    while stack:   # the nodes are bounded by _check_aliases
        n, depth = stack.pop()
        if depth > MAX_EXTENSION_DEPTH:
            errors.add(n, f"'{key}' nests more than {MAX_EXTENSION_DEPTH} levels deep")
            return None
        if isinstance(n, yaml.ScalarNode):
            readable = not _has_control(n, errors, f"'{key}'") and readable
        elif isinstance(n, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in n.value)
        elif isinstance(n, yaml.MappingNode):
            stack.extend((part, depth + 1) for pair in n.value for part in pair)
    if not readable:
        return None
    quote = "; quote it to keep it as text"
    try:
        return _plain(node)
    except yaml.MarkedYAMLError as exc:   # an unknown tag, a key that cannot be a key
        problem = exc.problem or "cannot be read"
        errors.add_at(exc.problem_mark or node.start_mark,
                      f"'{key}': {problem}{quote if 'tag' in problem else ''}")
    except (ValueError, TypeError, OverflowError) as exc:   # a date that is none: 2024-02-30
        errors.add(node, f"'{key}': {exc}{quote}")
    return None


def _strings(node: yaml.Node, errors: _Errors, key: str) -> list[tuple[yaml.Node, str]]:
    import yaml

    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    out = []
    seen: set[str] = set()
    for item in items:
        s = _string(item, errors, key)
        if s is not None:
            if s in seen:   # the schema's uniqueItems: a value listed twice is a slip
                errors.add(item, f"'{key}' lists {s!r} twice")
            seen.add(s)
            out.append((item, s))
    return out


def _script_check(node: yaml.Node, text: str, errors: _Errors, key: str, cyrillic: bool) -> bool:
    if cyrillic:
        bad = LATIN_RE.search(text)
        if bad:
            errors.add(node, f"'{key}' form {text!r} has the Latin letter {bad.group()!r} "
                             f"(U+{ord(bad.group()):04X}) in it; Cyrillic forms hold Cyrillic letters only")
            return False
        if not CYRILLIC_RE.search(text):
            errors.add(node, f"'{key}' form {text!r} has no Cyrillic letter")
            return False
    else:
        bad = CYRILLIC_RE.search(text)
        if bad:
            errors.add(node, f"'{key}' form {text!r} has the Cyrillic letter {bad.group()!r} "
                             f"(U+{ord(bad.group()):04X}) in it; Latin forms hold no Cyrillic letters")
            return False
    return True


def _entry(node: yaml.Node, errors: _Errors, path: str) -> Entry | None:
    fields = _mapping(node, errors, "an entry")
    if fields is None:
        return None
    n_before = len(errors.items)
    for key, (knode, _) in fields.items():
        if key not in ENTRY_KEYS and not key.startswith("x-"):
            errors.add(knode, _unknown_key(key, ENTRY_KEYS))
    values: dict = {}
    if "id" not in fields:
        errors.add(node, "entry has no 'id'")
    else:
        ident = _string(fields["id"][1], errors, "id")
        if ident is not None and not ID_RE.match(ident):
            errors.add(fields["id"][1], f"id {ident!r} must match [a-z0-9][a-z0-9-]*")
        values["id"] = ident
    if "kind" not in fields:
        errors.add(node, "entry has no 'kind'")
    else:
        kind = _string(fields["kind"][1], errors, "kind")
        if kind is not None and kind not in KINDS:
            errors.add(fields["kind"][1], f"kind {kind!r} must be one of {', '.join(KINDS)}")
        values["kind"] = kind
    for key in ("be", "ru"):
        if key in fields:
            forms = _strings(fields[key][1], errors, key)
            values[key] = tuple(s for n, s in forms if _script_check(n, s, errors, key, True))
    if "canonical" in fields:
        s = _string(fields["canonical"][1], errors, "canonical")
        if s is not None and _script_check(fields["canonical"][1], s, errors, "canonical", False):
            values["canonical"] = s
    if "variants" in fields:
        forms = _strings(fields["variants"][1], errors, "variants")
        values["variants"] = tuple(dict.fromkeys(
            s for n, s in forms if _script_check(n, s, errors, "variants", False)))
    if "admitted" in fields:
        forms = _strings(fields["admitted"][1], errors, "admitted")
        values["admitted"] = tuple(dict.fromkeys(
            s for n, s in forms if _script_check(n, s, errors, "admitted", False)))
        if values.get("kind") == "person" and values["admitted"]:
            errors.add(fields["admitted"][1], "admitted is for places, organisations and "
                       "other names, not persons (a nickname is found as such)")
    if "historical" in fields:
        _historical(fields["historical"][1], errors, values)
    if "forms" in fields:
        fm = _mapping(fields["forms"][1], errors, "'forms'")
        out = []
        for lang, (kn, vn) in (fm or {}).items():
            if not LANG_RE.match(lang):
                errors.add(kn, f"'forms' key {lang!r} must be a language code such as de, fr, pl")
            s = _string(vn, errors, f"forms.{lang}")
            if s is not None and _script_check(vn, s, errors, f"forms.{lang}", False):
                out.append((lang, s))
        values["forms"] = tuple(out)
    if "gender" in fields:
        g = _string(fields["gender"][1], errors, "gender")
        if g is not None and g not in GENDERS:
            errors.add(fields["gender"][1], f"gender {g!r} must be one of {', '.join(GENDERS)}")
        values["gender"] = g
    if "by_family_name" in fields:
        flag = fields["by_family_name"][1]
        if not getattr(flag, "tag", "").endswith(":bool"):
            errors.add(flag, f"by_family_name must be true or false, not {flag.value!r}")
        elif values.get("kind") not in (None, "person"):
            errors.add(flag, "by_family_name is for persons only")
        else:
            values["by_family_name"] = flag.value.lower() in ("true", "yes", "on")
    if "numbers" in fields:
        _numbers(fields["numbers"][1], errors, values)
    if "note" in fields:
        values["note"] = _string(fields["note"][1], errors, "note")
    if "sources" in fields:
        values["sources"] = tuple(s for _, s in _strings(fields["sources"][1], errors, "sources"))
    if "wikidata" in fields:
        w = _string(fields["wikidata"][1], errors, "wikidata")
        if w is not None and not WIKIDATA_RE.match(w):
            errors.add(fields["wikidata"][1], f"wikidata {w!r} must look like Q123")
        values["wikidata"] = w
    if not (values.get("be") or values.get("ru") or "canonical" in fields):
        errors.add(node, "entry needs at least one of 'be', 'ru', 'canonical'")
    extensions = [(k, _extension(v, errors, k)) for k, (_, v) in fields.items()
                  if k.startswith("x-")]
    if len(errors.items) > n_before:
        return None
    ext = tuple(extensions)
    canonical = values.get("canonical")
    explicit = canonical is not None
    if canonical is None:
        canonical = derive_canonical(values.get("be", ()), values.get("ru", ()))
    return Entry(
        id=values["id"], kind=values["kind"], canonical=canonical,
        be=values.get("be", ()), ru=values.get("ru", ()), variants=values.get("variants", ()),
        admitted=values.get("admitted", ()), historical=values.get("historical", ()),
        historical_until=values.get("historical_until"),
        forms=values.get("forms", ()), gender=values.get("gender"), note=values.get("note"),
        sources=values.get("sources", ()), wikidata=values.get("wikidata"),
        by_family_name=values.get("by_family_name", False), numbers=values.get("numbers", ()),
        canonical_explicit=explicit,
        extensions=ext, path=path, line=node.start_mark.line + 1,
    )


def _numbers(node: yaml.Node, errors: _Errors, values: dict) -> None:
    """`numbers: [IK-15]`: a place of detention's numbers, each a type's code and a number."""
    from checker.match.facilities import TYPES, facility_code

    out = []
    for item, text in _strings(node, errors, "numbers"):
        if facility_code(text) is None:
            errors.add(item, f"number {text!r} must be a type's code, a hyphen and a number "
                             f"(IK-15); the codes: {', '.join(TYPES)}")
        elif values.get("kind") == "person":
            errors.add(item, "numbers are for places and organisations, not persons")
        else:
            out.append(text)
    values["numbers"] = tuple(out)


def _historical(node: yaml.Node, errors: _Errors, values: dict) -> None:
    """`historical: {until: 1991, forms: [...]}`: former Latin names and the year they ended."""
    fields = _mapping(node, errors, "'historical'")
    if fields is None:
        return
    for key, (knode, _) in fields.items():
        if key not in HISTORICAL_KEYS:
            errors.add(knode, _unknown_key(key, HISTORICAL_KEYS))
    if "until" not in fields or "forms" not in fields:
        errors.add(node, "'historical' needs 'until' (the year the names went out of use) "
                         "and 'forms'")
        return
    until = fields["until"][1]
    if getattr(until, "tag", "").endswith(":int") and 1000 <= int(until.value) <= 2100:
        values["historical_until"] = int(until.value)
    else:
        errors.add(until, f"historical.until must be a year such as 1991, not {until.value!r}")
    forms = _strings(fields["forms"][1], errors, "historical.forms")
    values["historical"] = tuple(dict.fromkeys(
        s for n, s in forms if _script_check(n, s, errors, "historical.forms", False)))


def derive_canonical(be: tuple[str, ...], ru: tuple[str, ...],
                     house_style: str = DEFAULT_HOUSE_STYLE) -> str:
    """The house form of an entry without an explicit canonical.

    The house style romanizes the form of its own language when the entry has one (be-press:
    `be`, else `ru` with ru-press; a Russian house style such as ru-press: `ru`, else `be`
    with be-press).
    """
    from checker.translit import counterpart_style, get_scheme, transliterate

    lang = get_scheme(house_style).language
    first, second = (be, ru) if lang == "be" else (ru, be)
    if first:
        return transliterate(first[0], house_style)
    return transliterate(second[0], counterpart_style(house_style))


def apply_house_style(glossary: Glossary, house_style: str) -> Glossary:
    """The glossary with every derived canonical made by `house_style` (explicit ones stay)."""
    import dataclasses

    try:
        from checker.translit import get_scheme

        get_scheme(house_style)
    except KeyError:
        raise NamecheckError(f"unknown house style '{house_style}'; 'namecheck translit --list' "
                             "shows the schemes") from None
    if house_style == DEFAULT_HOUSE_STYLE:   # the loader derived every canonical with it
        return glossary
    entries = [e if e.canonical_explicit else
               dataclasses.replace(e, canonical=derive_canonical(e.be, e.ru, house_style))
               for e in glossary.entries]
    return Glossary(entries=entries, paths=glossary.paths)


def _check_aliases(root: yaml.Node, text: str, path: str) -> None:
    """Reject alias bombs: no more nodes may be reachable than the text could spell out."""
    import yaml

    budget = len(text) + 16
    stack = [root]
    while stack:
        node = stack.pop()
        budget -= 1
        if budget < 0:
            raise NamecheckError(InputError(
                path, "YAML aliases expand to more nodes than the file holds; remove the "
                "anchors and aliases", node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.append(k)
                stack.append(v)


def parse_glossary_text(text: str, path: str) -> list[Entry]:
    """Parse one glossary file's text; raise NamecheckError listing every problem found."""
    import yaml

    root = _compose(text, path)
    errors = _Errors(path)
    if root is None:
        raise NamecheckError(InputError(path, "empty glossary file: expected 'version: 1' and "
                                              "'entries:'", 1, 1))
    _check_aliases(root, text, path)
    top = _mapping(root, errors, "a glossary file")
    entries: list[Entry] = []
    if top is not None:
        for key, (knode, _) in top.items():
            if key not in TOP_KEYS and not key.startswith("x-"):
                errors.add(knode, _unknown_key(key, TOP_KEYS))
        if "version" not in top:
            errors.add(root, "missing 'version: 1'")
        else:
            vnode = top["version"][1]
            if not (isinstance(vnode, yaml.ScalarNode) and vnode.value == "1"):
                errors.add(vnode, f"unsupported glossary version {getattr(vnode, 'value', '?')!r}; "
                                  "this namecheck reads version 1")
        if "entries" not in top:
            errors.add(root, "missing 'entries:'")
        else:
            enode = top["entries"][1]
            if isinstance(enode, yaml.ScalarNode) and enode.value in ("", "~", "null"):
                pass
            elif not isinstance(enode, yaml.SequenceNode):
                errors.add(enode, "'entries' must be a list")
            else:
                for item in enode.value:
                    e = _entry(item, errors, path)
                    if e is not None:
                        entries.append(e)
    if errors.items:
        raise NamecheckError(sorted(errors.items, key=lambda e: (e.line or 0, e.column or 0)))
    return entries


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
        if not files:
            raise NamecheckError(InputError(str(path), "no *.yaml glossary files in this folder"))
        return files
    return [path]


def read_glossary_files(paths: list[str | Path] | None = None) -> list[tuple[str, bytes]]:
    """The bytes of every glossary file named or found in the folders named (default: shipped)."""
    if not paths:
        paths = [shipped_glossary_path()]
    out: list[tuple[str, bytes]] = []
    errors: list[InputError] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            errors.append(InputError(str(given), "no such glossary file or folder"))
            continue
        try:
            files = _files(p)
        except NamecheckError as exc:
            errors.extend(exc.errors)
            continue
        for f in files:
            try:
                out.append((str(f), read_regular(str(f))))   # a FIFO is refused, not waited on
            except OSError as exc:
                errors.append(InputError(str(f), f"cannot read glossary: {os_message(exc)}"))
            except NamecheckError as exc:
                errors.extend(InputError(e.path, f"cannot read glossary: {e.message}")
                              for e in exc.errors)
    if errors:
        raise NamecheckError(errors)
    return out


def parse_glossary_files(raw: list[tuple[str, bytes]]) -> Glossary:
    """Parse glossary files read by `read_glossary_files`; ids must be unique across all."""
    entries: list[Entry] = []
    errors: list[InputError] = []
    for path, data in raw:
        try:
            entries.extend(parse_glossary_text(_decode(data, path), path))
        except NamecheckError as exc:
            errors.extend(exc.errors)
    seen: dict[str, Entry] = {}
    for e in entries:
        if e.id in seen:
            first = seen[e.id]
            errors.append(InputError(e.path, f"duplicate id '{e.id}' (first at "
                                             f"{first.path}:{first.line})", e.line, 3))
        else:
            seen[e.id] = e
    if errors:
        raise NamecheckError(errors)
    return Glossary(entries=entries, paths=[p for p, _ in raw])


def load_glossary(paths: list[str | Path] | None = None) -> Glossary:
    """Load glossary files and folders (default: the shipped glossary); ids must be unique across all."""
    return parse_glossary_files(read_glossary_files(paths))


def shipped_glossary_path() -> Path:
    """The folder of the glossary installed with namecheck."""
    from checker.datafiles import package_folder

    return package_folder("namecheck_glossary")
