"""What a finding tells the writer to write: the house form of an entry in a language, worded
like what was found, and the message that offers it."""
from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from checker.api import Matcher
from checker.bounded import BoundedCache
from checker.glossary.model import Kind
from checker.match.forms import Role, person_roles
from checker.match.keys import (
    FUNCTION_WORDS,
    NAME_PREFIXES,
    as_written,
    fold,
    patronymic_gender,
    skeleton,
)
from checker.match.resolve import ACRONYM_MAX, Candidate
from checker.text.context import describes, is_street_word, is_street_word_before
from checker.text.letters import APOSTROPHES, LETTER
from checker.text.spellings import other_spelling
from checker.translit.reverse import back_to_cyrillic, is_lacinka

SPACES = re.compile(r"(\s+)")
# a name's words as the matcher may read them: at spaces, and at hyphens (Karpenkov-Nikolai)
SPACES_OR_HYPHENS = re.compile(r"(\s+|-)")
# and after an initial's full stop that the next word follows with no space (Z.Pazniak)
WORDS_OR_GLUED_INITIALS = re.compile(r"(\s+|-|(?<=\.)(?=[^\W\d_]))")
# a hyphen or apostrophe between two letters: what joins a word's parts, or two words
JOIN = re.compile(rf"(?<={LETTER})[-{APOSTROPHES}](?={LETTER})")

FIXES_HELD = 200_000        # fixes remembered, by what was found and the form it is fixed to
PER_ENTRY_HELD = 100_000    # per-entry facts remembered (house forms, words by role)

Roles = Sequence[str | None]


class Suggester:
    """The fix for a name found in text, worked out once per spelling and entry."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self.entries = matcher.glossary.by_id
        self._targets: BoundedCache[tuple[str, str], str] = BoundedCache(PER_ENTRY_HELD)
        self._fixes: BoundedCache[tuple[str, str, tuple[str | None, ...], str], str] = \
            BoundedCache(FIXES_HELD)
        # (entry, house form) -> role -> the house form's word for it
        self._by_role: BoundedCache[tuple[str, str], dict[str, str]] = BoundedCache(PER_ENTRY_HELD)
        self._patronymics: BoundedCache[str, str] = BoundedCache(PER_ENTRY_HELD)
        self._house_made: BoundedCache[str, bool] = BoundedCache(PER_ENTRY_HELD)

    def target(self, entry_id: str, lang: str) -> str:
        """The house form of an entry in text of a language: its `forms` for that language,
        else its canonical form."""
        key = (entry_id, lang)
        target = self._targets.get(key)
        if target is None:
            entry = self.entries[entry_id]
            target = self._targets.set(key, dict(entry.forms).get(lang, entry.canonical))
        return target

    def fix_for(self, found: str, entry_id: str, roles: Roles, target: str) -> str:
        """The house form (`target`) counterpart of what was found, word by word, in the
        found order."""
        key = (found, entry_id, tuple(roles), target)
        fix = self._fixes.get(key)
        if fix is None:
            fix = self._fixes.set(key, self._make_fix(found, entry_id, roles, target))
        return fix

    def same_fix(self, cands: list[Candidate], found: str, lang: str) -> bool:
        """Whether every candidate entry gives `found` the same fix."""
        fixes = {self.fix_for(found, c.entry, c.roles, self.target(c.entry, lang)) for c in cands}
        return len(fixes) == 1

    def spells_out(self, found: str, entry_id: str, fix: str) -> bool:
        """Whether `found` is one of the entry's acronyms and `fix` spells it out in words."""
        return (" " not in found.strip() and len(fix.split()) > 1
                and found.casefold() in self.acronyms_of(entry_id))

    def house_made(self, entry_id: str) -> bool:
        """Whether the entry's canonical is the house romanization of one of its Cyrillic forms
        (Zianon Pazniak, from Зянон Пазняк), not a name's own Latin spelling (Gitanas Nauseda,
        Rūdninkai)."""
        made = self._house_made.get(entry_id)
        if made is None:
            from checker.translit import transliterate

            entry, style = self.entries[entry_id], self.matcher.house_style
            # (a canonical with a letter the romanization lacks, Rūdninkai for Руднінкай's
            # Rudninkai, is the name's own spelling)
            made = self._house_made.set(entry_id, any(
                as_written(romanized) == as_written(entry.canonical)
                and all(c.isascii() or c in romanized for c in entry.canonical)
                for romanized in (transliterate(form, style) for form in entry.be)))
        return made

    def acronyms_of(self, entry_id: str) -> tuple[str, ...]:
        """The Latin forms, casefolded with their diacritics, of an entry's acronyms (МИД:
        mid; BKhD: bkhd; БАЖ: baž), names of one word with two capitals or more."""
        return self.matcher.index.acronyms.get(entry_id, ())

    def _make_fix(self, found: str, entry_id: str, roles: Roles, target: str) -> str:
        # loaded on first use: a check that finds nothing to fix never needs it
        from checker.text.casing import match_case, match_word

        entry = self.entries[entry_id]
        if self.spells_out(found, entry_id, target):
            return target   # MID: Foreign Ministry, not FOREIGN MINISTRY
        if entry.kind != Kind.PERSON or None in roles:
            target = _in_the_documents_english(found, short_form(found, entry.cyrillic, target)
                                               or _without_prefix(found, target))
            if not found.isupper() and (has_inner_capital(target) or _has_lowercase_word(target)
                                        or _capitalised_around_a_function_word(found)) or (
                    _acronyms_of_the_house_form(found, target)):
                # the name's own capitals: MAZ is never Maz, NEXTA never Nexta, and the
                # lowercase words stay so (Belarus of the Brain, Akrestsina detention centre);
                # a name written with a function word gives none of its case to the house
                # form's words (Ministry of Emergencies: Emergency Situations Ministry); and
                # acronyms alone are in capitals as acronyms, not as a headline (BSSR NKVD:
                # NKVD of the Byelorussian SSR)
                return target
            return match_case(found, target)
        if _has_lowercase_word(target) and Role.GIVEN in roles and (
                _count_words(SPACES.split(found)) != len(target.split())
                or not any(w.islower() for w in found.split())):
            # a name with a word no role fits (Cyril of Turov, Ursula von der Leyen) written
            # otherwise (Cyril Turovsky), or with as many words but none of its lowercase ones
            # (Galicia Daniel Romanovich): the house form whole, never Cyril Turov nor
            # Galicia Daniel Of
            return match_case(found, target) if found.isupper() else target
        if Role.PATRONYMIC in roles and as_written(found) in {as_written(f) for f in entry.latin} \
                and not any(patronymic_gender(skeleton(w)) for w in found.split()):
            # a listed spelling with two given names, no patronymic: the house form whole, its
            # words being no one word's counterpart (Jan Siergiej Gajek: Sergiusz Gajek); one
            # that holds the house form's words as they stand is the house form with a second
            # given name (Jan Sergiusz Gajek, Ivonka Joanna Survilla), nothing to fix
            words = iter(found.split())
            return found if all(w in words for w in target.split()) else target
        by_role = self._words_by_role(entry_id, target)
        if Role.PATRONYMIC not in by_role and target == entry.canonical and _names_patronymic(roles):
            patronymic = self._house_patronymic(entry_id)
            if patronymic:   # Grigoryevich -> Ryhoravich, from the entry's own Cyrillic
                by_role = {**by_role, Role.PATRONYMIC: patronymic}
        pieces = SPACES.split(found)
        if _count_words(pieces) != len(roles):
            # the matcher read a hyphenated word as its parts (Karpenkov-Nikolai): word for
            # word, the hyphen kept, when that gives one word for each part
            for pattern in (SPACES_OR_HYPHENS, WORDS_OR_GLUED_INITIALS):
                parts = pattern.split(found)
                if _count_words(parts) == len(roles):
                    pieces = parts
                    break
            else:
                # a word no role was read for (Guy De Picarda, the particle): no word for
                # word counterpart, the house form whole (never Guy Picarda Picarda)
                return match_case(found, target) if found.isupper() else target
        out: list[str] = []
        k = 0
        named = False        # a given name came before: a further initial is the patronymic's
        for piece in pieces:
            if not piece or piece.isspace() or piece == "-":
                out.append(piece)
                continue
            role = roles[k] if k < len(roles) else None
            k += 1
            if role == Role.INITIAL:
                word = by_role.get(Role.PATRONYMIC if named else Role.GIVEN)
                out.append(piece if not word else match_word(piece, word[0] + ".")
                           if piece.endswith(".") else match_word(piece, word[0]))
            elif role == Role.PATRONYMIC and fold(piece) == fold(by_role.get(role, "")):
                out.append(piece)   # the same patronymic by another scheme (Alexandrovna)
            elif role is not None and role in by_role:
                out.append(match_word(piece, by_role[role]))  # one word for one word
            elif role == Role.PATRONYMIC and is_lacinka(piece):
                # a patronymic the entry lacks, kept, in the house's letters (Ivanavič: Ivanavich)
                out.append(match_word(piece, self._lacinka_in_house(piece)))
            else:
                out.append(piece)
            named = named or role in (Role.GIVEN, Role.INITIAL)
        return "".join(out)

    def _lacinka_in_house(self, word: str) -> str:
        """A word in the Belarusian Latin alphabet romanized by the house style's scheme for
        Belarusian (the house style, or its counterpart when the house follows Russian)."""
        from checker.translit import counterpart_style, get_scheme, transliterate

        style = self.matcher.house_style
        if get_scheme(style).language != "be":
            style = counterpart_style(style)
        return transliterate(back_to_cyrillic(word, "be"), style)

    def _house_patronymic(self, entry_id: str) -> str | None:
        """A person's patronymic in the house style, from the entry's Cyrillic form that has
        one (Аляксандр Рыгоравіч Лукашэнка: Ryhoravich); None when it has none. A canonical
        whose given name follows the other language (Svetlana Alexievich) takes that
        language's patronymic (Aleksandrovna), and any romanization of it stands."""
        from checker.translit import counterpart_style, get_scheme, transliterate

        cached = self._patronymics.get(entry_id)
        if cached is None:
            entry = self.entries[entry_id]
            style = self.matcher.house_style
            house_lang = get_scheme(style).language
            own, other = (entry.be, entry.ru) if house_lang == "be" else (entry.ru, entry.be)
            word = _patronymic_of(own)
            given = entry.canonical.split()[0].casefold() if entry.canonical.split() else ""
            counterpart = counterpart_style(style)
            if _given_of(other) and fold(transliterate(_given_of(other), counterpart)) == \
                    fold(given) != fold(transliterate(_given_of(own), style)):
                word, style = _patronymic_of(other), counterpart
            # "" for an entry with no patronymic: remembered too
            cached = self._patronymics.set(entry_id, transliterate(word, style) if word else "")
        return cached or None

    def _words_by_role(self, entry_id: str, target: str) -> dict[str, str]:
        """A person's house form, word by the part it plays (the first word of each part)."""
        key = (entry_id, target)
        by_role = self._by_role.get(key)
        if by_role is None:
            canon_words = target.split()
            by_role = {}
            for w, role in zip(canon_words, person_roles(len(canon_words)), strict=False):
                by_role.setdefault(role, w)
            self._by_role.set(key, by_role)
        return by_role


def variant_message(found: str, canonicals: list[str], fix: str, lang: str, in_lang: bool) -> str:
    """The NC001 message: what `found` spells and what to write instead."""
    names = " / ".join(sorted(set(canonicals)))
    if in_lang:
        return f"'{found}' spells {names}; in {lang} text write '{fix}'"
    return f"'{found}' is a variant spelling of {names}; write '{fix}'"


def family_words(name: str, roles: Roles) -> str:
    """The words of a person's name that play the family-name part."""
    words = name.split()
    return " ".join([w for w, role in zip(words, roles, strict=False) if role == Role.FAMILY] or words)


_WORDS_OR_PARTS = re.compile(r"[^\s-]+")   # a name's words, and a hyphenated word's parts


def canonical_inside(found: str, canonical: str) -> str | None:
    """The canonical name as written inside a longer name (case aside), or None.

    'Viasna Human Rights Centre' holds 'Viasna', and so does a hyphenated name ('NEXTA-Live'
    holds 'NEXTA'); 'Ministry of Defence' does not hold 'Defence Ministry', and 'Vyasna Human
    Rights Centre' does not hold 'Viasna'.
    """
    words, canon = _WORDS_OR_PARTS.findall(found), canonical.casefold().split()
    n = len(canon)
    for i in range(len(words) - n + 1) if len(words) > n else ():
        if [w.casefold() for w in words[i:i + n]] == canon:
            return " ".join(words[i:i + n])
    return None


def _capitalised_around_a_function_word(name: str) -> bool:
    """Whether a name is capitalised but for a function word (Ministry of Emergencies)."""
    words = name.split()
    return any(w in FUNCTION_WORDS for w in words) and any(w[:1].isupper() for w in words)


def _has_lowercase_word(name: str) -> bool:
    return any(w[:1].islower() for w in name.split())


def _count_words(pieces: list[str]) -> int:
    return sum(1 for p in pieces if p and not p.isspace() and p != "-")


def joins(text: str) -> tuple[str, ...]:
    """The hyphens and apostrophes between letters of `text`, in order, any apostrophe as '."""
    return tuple("-" if j == "-" else "'" for j in JOIN.findall(text))


def without_glued_edge(found: str) -> list[str]:
    """`found` without a capitalised word joined to its start or end by a hyphen or an
    apostrophe (Николай-Karpenkov: Karpenkov; Defence Ministry’I: Defence Ministry), each
    way that applies; a joined lowercase part (Yel'sk, Dar'ya) is the word's own."""
    out: list[str] = []
    words = found.split()
    if not words:
        return out
    first, last = words[0], words[-1]
    m = JOIN.search(first)
    if m and first[:1].isupper() and first[m.end():m.end() + 1].isupper():
        out.append(found[found.index(first) + m.end():])
    joined = list(JOIN.finditer(last))
    if joined and last[joined[-1].end():joined[-1].end() + 1].isupper() and (
            last[:1].isupper()):
        cut = found.rindex(last) + joined[-1].start()
        out.append(found[:cut])
    return [c for c in out if c.strip()]


def _patronymic_of(forms: tuple[str, ...]) -> str | None:
    """The patronymic of the first three-word form (given name, patronymic, family name)."""
    return next((f.split()[1] for f in forms if len(f.split()) == 3), None)


def _given_of(forms: tuple[str, ...]) -> str:
    return forms[0].split()[0] if forms and forms[0].split() else ""


def _names_patronymic(roles: Roles) -> bool:
    """Whether a name read with these roles has a patronymic: written out, or as the initial
    after the given name (Aleksandr G. Lukashenka)."""
    return Role.PATRONYMIC in roles or any(
        r == Role.INITIAL and Role.GIVEN in roles[:i] for i, r in enumerate(roles))


def has_inner_capital(name: str) -> bool:
    """Whether a word of `name` has a capital after its first character (MAZ, BelTA, TUT.BY):
    casing of the name's own, which a fix keeps."""
    return any(ch.isupper() for word in name.split() for ch in word[1:])


def _in_the_documents_english(found: str, target: str) -> str:
    """The house form with each word that British and American English spell apart written
    as `found` writes it (Defense Ministry, Belarus Free Theater), and a word it writes in
    lowercase that `found` has in a title's capitals so too (Okrestina Detention Centre:
    Akrestsina Detention Centre): the document's English, which is no spelling to fix."""
    from checker.text.casing import match_word

    words = SPACES.split(found)
    written = {w.casefold(): w for w in words if other_spelling(w)}
    pieces = SPACES.split(target)
    if len(words) == len(pieces):
        pieces = [w if p.islower() and w.casefold() == p.casefold() else p
                  for w, p in zip(words, pieces, strict=True)]
    for i, piece in enumerate(pieces):
        other = other_spelling(piece)
        if other is not None and other in written:
            pieces[i] = written[other] if piece.islower() else match_word(piece, written[other])
    return "".join(pieces)


def without_name_prefix(name: str) -> str | None:
    """The name without the club's or legal form's word it opens with (FC Dinamo Brest:
    Dinamo Brest), or None when it opens with none."""
    first, *rest = name.split() or [""]
    return " ".join(rest) if rest and fold(first) in NAME_PREFIXES else None


def _without_prefix(found: str, target: str) -> str:
    """The house form without the club's or legal form's word it opens with when `found` has
    one word fewer and lacks it (Dinamo Bryest: Dinamo Brest, not FC Dinamo Brest)."""
    short = without_name_prefix(target)
    words = found.split()
    if short is not None and len(words) == len(short.split()) and fold(words[0]) not in NAME_PREFIXES:
        return short
    return target


def short_form(found: str, cyrillic: tuple[tuple[str, str], ...], target: str) -> str | None:
    """The house form's name without its English descriptor (Akrestsina detention centre:
    Akrestsina) when `found` names the place as its Cyrillic form does, in as many words
    (Okrestina, Акрэсціна); None when `found` has the descriptor's words or the name has none.

    A descriptor in capitals (Siaredniaya Prypiats Landscape Reserve) or the town a name is
    in (Slavianski Bazaar in Vitebsk) is one too where `found` ends in the word the short name
    ends in, in another spelling (Srednyaya Pripyat, Slavic Bazaar): the short name's fix
    stays short; so is a street's word (Street, Avenue) where `found` lacks it."""
    n, words = len(found.split()), target.split()
    if not 0 < n < len(words) or not all(w[:1].isupper() for w in words[:n]):
        return None
    tail = words[n:]
    if all(is_street_word(w) for w in tail) and not found.isupper():
        # a street's name without its word: the text's own name of it, in another language's
        # words too (Obuvnaya, the Russian name of Abutkovaya Street)
        tail = []
    if tail and not all(w[:1].islower() for w in tail) and not (
            (all(describes(w) for w in tail)
             or tail[0] in ("in", "of") and len(tail) > 1 and all(w[:1].isupper() for w in tail[1:]))
            and not found.isupper() and same_word(found.split()[-1], words[n - 1])):
        return None   # (Mogilev colony is Mahiliou penal colony, never Mahiliou penal)
    # (a street's Cyrillic form holds its lowercase word: вуліца Калектарная is one name word)
    if not any(sum(not is_street_word_before(w) for w in form.split()) == n
               for _, form in cyrillic):
        return None
    return " ".join(words[:n])


def same_word(mine: str, theirs: str) -> bool:
    """Whether two words are one word in two spellings (Pripyat, Prypiats; Bazaar;
    Tsyhanovich, Tsikhanovich): the same by the skeleton key, or one slip apart once folded."""
    return skeleton(mine) == skeleton(theirs) or OSA.distance(fold(mine), fold(theirs)) <= 1


def _acronyms_of_the_house_form(found: str, target: str) -> bool:
    """Whether a name found in capitals is acronyms only (words of at most ACRONYM_MAX
    letters), one of which the house form writes in capitals too."""
    words = found.split()
    kept = {w for w in target.split() if w.isupper()}
    return found.isupper() and all(len(w) <= ACRONYM_MAX for w in words) and any(
        w in kept for w in words)
