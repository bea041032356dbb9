"""Documents to findings: name mentions, their resolution, and the cross-document pass."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, fields
from operator import attrgetter

from checker.api import Matcher
from checker.findings import RULES, Finding
from checker.glossary.model import Entry
from checker.match.forms import names_of, person_roles, romanize_with, split_words
from checker.match.index import cyrillic_key
from checker.match.keys import (FUNCTION_WORDS, STOPWORDS, acronym_shaped, as_written, compact,
                                fold, skeleton)
from checker.match.resolve import Candidate, Resolution, known_word
from checker.text.common_words import is_common_word, is_english_name
from checker.text.inflection import base_forms, inflect_like
from checker.text.language import INFLECTING, declared_or_detected
from checker.text.mentions import Word, needs_word_by_word, run_spans, words
from checker.text.phrases import PhraseFinder
from checker.text.script import CYRILLIC_LETTER, LATIN_LETTER, mixed_words, script_of, unmix
from checker.translit import scheme_ids

MAX_SPAN = 4
MAX_RELATED = 50         # places listed with an NC004 finding (the message has the counts)
PLACES_PER_SPELLING = 3  # places the NC004 message gives for each spelling
SUGGEST_MIN = 82.0       # a likely misspelling (NC002) must score at least this
SUGGEST_MIN_LEN = 5      # and a single word must be at least this long
_SPACES = re.compile(r"(\s+)")


@dataclass
class Mention:
    """A name found in a document, for the cross-document consistency pass."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    group: str          # entry id, or 'unknown:' + skeleton key of a name not in the glossary
    spelling: str       # how this mention spells the name (case and possessive folded)
    entry: str | None = None
    weight: int = 1     # how many mentions this one stands for (see _compress)

    def __reduce__(self):
        return Mention, _mention_fields(self)


_mention_fields = attrgetter(*(f.name for f in fields(Mention)))


@dataclass
class DocumentResult:
    """Findings and mentions of one document."""

    findings: list[Finding] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


class CyrillicIndex:
    """Entries' Cyrillic words (lowercase, ё as е) with language and role."""

    def __init__(self, entries: list[Entry]):
        self.words: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        self.by_entry: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
        for e in entries:
            for lang, form in e.cyrillic:
                parts = split_words(form)
                roles = person_roles(len(parts)) if e.kind == "person" else ("word",) * len(parts)
                for part, role in zip(parts, roles):
                    k = cyrillic_key(part)
                    self.words[k].append((e.id, lang, role, part))
                    self.by_entry[e.id].setdefault((lang, role), part)

    def lookup(self, word: str) -> list[tuple[str, str, str, str]]:
        """Entry words this word may be a form of: the word itself, else any of its base forms.

        Every base form counts, so that a Belarusian genitive (Караева of Караеў) is not taken
        for the Russian nominative it happens to look like.
        """
        bases = base_forms(cyrillic_key(word))
        exact = self.words.get(bases[0])
        if exact:
            return exact
        return [h for base in bases[1:] for h in self.words.get(base, ())]


class Checker:
    """Checks documents against one glossary; caches resolutions of repeated spans."""

    def __init__(self, matcher: Matcher, language: str | None = None):
        self.matcher = matcher
        self.language = language
        self.entries = matcher.glossary.by_id
        self.cyrillic = CyrillicIndex(matcher.glossary.entries)
        self._cache: dict[str, Resolution] = {}
        self._fixes: dict[tuple, str] = {}
        self._runs: dict[tuple[str, str], tuple[list, list]] = {}
        self._by_role: dict[tuple[str, str], dict[str, str]] = {}  # (entry, house form) -> role -> word
        self._targets: dict[tuple[str, str], str] = {}
        self._listed_keys: dict[str, frozenset[str]] = {}
        self._heads: dict[str, tuple[int, ...]] = {}    # run -> where a listed name may start
        self._written: dict[str, frozenset[str]] = {}
        listed = [f for e in matcher.glossary.entries if e.kind != "person" for f in e.latin]
        self.phrases = PhraseFinder(listed + matcher.index.phrase_forms, FUNCTION_WORDS)

    def resolve(self, text: str) -> Resolution:
        r = self._cache.get(text)
        if r is None:
            r = self._cache[text] = self.matcher.resolve(text, in_text=True)
        return r

    def check(self, doc, language: str | None = None) -> DocumentResult:
        """Findings of one document (a formats.Document), before suppression by severity config."""
        text = doc.text
        # the caller's word, then the file's own (a translation's target language, <html
        # lang>) when its script agrees with the text's, then the text's own letters and words
        lang = language or self.language or declared_or_detected(doc.language, text)
        out = DocumentResult()
        mentions: list[tuple] = []   # (start, end, group, spelling, entry, spelling key)
        # what the whole text lacks need not be looked for in each of its prose ranges
        both_scripts = bool(CYRILLIC_LETTER.search(text) and LATIN_LETTER.search(text))
        plain = not needs_word_by_word(text)
        for start, end in doc.segments:
            if both_scripts:
                for s, e in mixed_words(text, start, end):
                    self._mixed(doc, Word(text[s:e], s, e), out)
            self._names_in(doc, start, end, lang, plain, out, mentions)
        if doc.units:
            self._untranslated_names(doc, lang, plain, out, mentions)
        if doc.has_suppressions():
            out.findings = [f for f in out.findings
                            if not doc.is_suppressed(f.start, f.end) and not doc.sic_after(f.end)]
            mentions = [m for m in mentions
                        if not doc.is_suppressed(m[0], m[1]) and not doc.sic_after(m[1])]
        out.mentions = [self._mention(doc, *m[:5], weight=n) for m, n in _compress(mentions)]
        return out

    def _names_in(self, doc, start: int, end: int, lang: str, plain: bool,
                  out: DocumentResult, mentions: list[tuple]) -> None:
        """Findings and mentions of the names in text[start:end]: each run of capitalised
        words, or from a word of it, a glossary name with lowercase words (Ministry of
        Defence), which reaches over the runs after it."""
        text = doc.text
        spans = run_spans(text, start, end, plain)
        phrases, heads_of = self.phrases, self._heads
        k = 0
        while k < len(spans):
            s, e = spans[k]
            k += 1
            if phrases:
                heads = heads_of.get(text[s:e])
                if heads is None:
                    heads = self._heads_of(text[s:e])
                found = self._phrase_at(text, s, heads, end) if heads else None
                if found is not None:
                    k = self._around_phrase(doc, spans, k, found, end, lang, plain, out, mentions)
                    continue
            self._run(doc, s, e, lang, out, mentions)

    def _heads_of(self, run: str) -> tuple[int, ...]:
        """Where in a run a glossary name with lowercase words may start (cached per run)."""
        if len(self._heads) > 200_000:
            self._heads.clear()
        heads = self._heads[run] = self.phrases.heads(run)
        return heads

    def _phrase_at(self, text: str, s: int, heads: tuple[int, ...],
                   end: int) -> tuple[int, int] | None:
        """The first glossary name with lowercase words starting at one of the run's heads."""
        for h in heads:
            pe = self.phrases.match_at(text, s + h, end)
            if pe is not None:
                return s + h, pe
        return None

    def _around_phrase(self, doc, spans: list, k: int, found: tuple[int, int], end: int,
                       lang: str, plain: bool, out: DocumentResult, mentions: list[tuple]) -> int:
        """The name found from run k - 1, the part of that run before it, and what is left
        of the last run it reaches into; returns the next run to look at."""
        text = doc.text
        (s, e), (ps, pe) = spans[k - 1], found
        for rs, re_ in run_spans(text, s, ps, plain):
            self._run(doc, rs, re_, lang, out, mentions)
        self._run(doc, ps, pe, lang, out, mentions, phrase=True)
        reach = e
        while k < len(spans) and spans[k][0] < pe:
            reach = max(reach, spans[k][1])
            k += 1
        if reach > pe:
            for rs, re_ in run_spans(text, pe, reach, plain):
                self._run(doc, rs, re_, lang, out, mentions)
        return k

    def _untranslated_names(self, doc, lang: str, plain: bool, out: DocumentResult,
                            mentions: list[tuple]) -> None:
        """NC006: a glossary entry named in a unit's source text but not in its translation
        (in `lang`)."""
        spans = sorted((s, e, i) for i, (_, target) in enumerate(doc.units) for s, e in target)
        starts = [s for s, _, _ in spans]
        present: list[set[str]] = [set() for _ in doc.units]

        def unit_at(offset: int) -> int | None:
            k = bisect_right(starts, offset) - 1
            return spans[k][2] if k >= 0 and offset < spans[k][1] else None

        for start, entry in [(m[0], m[4]) for m in mentions] + [(f.start, f.entry)
                                                               for f in out.findings]:
            if entry is not None and (u := unit_at(start)) is not None:
                present[u].add(entry)
        source_lang = doc.source_language or "en"
        for (source, target), there in zip(doc.units, present):
            found = DocumentResult()
            named: list[tuple] = []
            for start, end in source:
                self._names_in(doc, start, end, source_lang, plain, found, named)
            wanted: dict[str, str] = {}
            for start, end, entry in sorted([(m[0], m[1], m[4]) for m in named] +
                                            [(f.start, f.end, f.entry) for f in found.findings]):
                if entry is not None and entry not in there and self._kept_in_translation(
                        entry, lang):
                    wanted.setdefault(entry, " ".join(doc.text[start:end].split()))
            if not wanted:
                continue
            s, e = next(((s, e) for s, e in target if doc.text[s:e].strip()), target[0])
            s += len(doc.text[s:e]) - len(doc.text[s:e].lstrip())
            e -= len(doc.text[s:e]) - len(doc.text[s:e].rstrip())
            for entry, source_text in wanted.items():
                canonical = self.entries[entry].canonical
                written = "" if source_text == canonical else f" (as '{source_text}')"
                # the house form of what the source wrote: Taraikouski for Taraikouski
                r = self.resolve(source_text)
                house = self._fix_for(source_text, entry, r.roles, self._target(entry, lang)) \
                    if r.confident and r.entry == entry else self._target(entry, lang)
                out.findings.append(self._finding(
                    doc, s, e, "NC006",
                    f"the source names {canonical}{written}; the translation does not (write "
                    f"'{house}')", None, entry, "none"))

    def _listed(self, entry_id: str, name: str) -> bool:
        """Whether the glossary lists `name` as a Latin form of the entry (canonical, variant
        or a language's form), spacing and case aside."""
        listed = self._listed_keys.get(entry_id)
        if listed is None:
            listed = self._listed_keys[entry_id] = frozenset(
                compact(f) for f in self.entries[entry_id].latin)
        return compact(name) in listed

    def _kept_in_translation(self, entry_id: str, lang: str) -> bool:
        """Whether a translation is expected to name the entry: people and places keep their
        names; an organisation's name is translated (Defence Ministry, Verteidigungsministerium)
        unless the glossary gives its form in that language."""
        entry = self.entries[entry_id]
        return entry.kind != "organization" or lang in dict(entry.forms)

    def _run(self, doc, base: int, end: int, lang: str, out: DocumentResult,
             mentions: list[tuple], phrase: bool = False) -> None:
        """Findings and mentions of the run of capitalised words in [base, end), replayed
        when seen before.

        A name recurs many times in a document set; its run is worked out once and the
        result is moved to each place it occurs.
        """
        key = (lang, doc.text[base:end], phrase)
        plan = self._runs.get(key)
        if plan is None:
            plan = self._phrase_plan(doc, base, end, lang) if phrase else \
                self._plan(doc, base, end, lang)
            if len(self._runs) > 200_000:
                self._runs.clear()
            self._runs[key] = plan
        findings, run_mentions = plan
        if findings:
            starts, path, append = doc.line_starts, doc.path, out.findings.append
            for s, e, code, message, suggestion, entry, severity, safety, found, flat in findings:
                start = base + s
                line = bisect_right(starts, start)
                column = start - starts[line - 1] + 1
                end_line, end_column = (line, column + e - s) if flat else doc.position(base + e)
                append(Finding(path, line, column, end_line, end_column, code, message, found,
                               suggestion, entry, severity, safety, start, base + e))
        for s, e, group, spelling, entry, same in run_mentions:
            mentions.append((base + s, base + e, group, spelling, entry, same))

    def _plan(self, doc, base: int, end: int, lang: str) -> tuple[list, list]:
        """A run's findings and mentions worked out, as offsets from its start."""
        run = words(doc.text, base, end, capitalised_only=True)
        plan = _RunPlan(doc.text, base)
        if all(CYRILLIC_LETTER.search(w.text) and not LATIN_LETTER.search(w.text) for w in run):
            self._cyrillic_run(doc, run, lang, plan)
        else:
            self._latin_run(doc, run, lang, plan)
        return plan.findings, plan.mentions

    def _phrase_plan(self, doc, base: int, end: int, lang: str) -> tuple[list, list]:
        """A glossary name with lowercase words, found whole: its findings and mentions."""
        plan = _RunPlan(doc.text, base)
        found = doc.text[base:end]
        r = self.resolve(found)
        span = words(doc.text, base, end, capitalised_only=True)
        if r.entry and self._accept(r, span, lang):
            self._emit(doc, span, found, found, r, lang, plan)
        return plan.findings, plan.mentions

    # -- findings -------------------------------------------------------------------------
    def _finding(self, doc, start: int, end: int, code: str, message: str, suggestion: str | None,
                 entry: str | None, safety: str) -> Finding:
        message = " ".join(message.split())  # a name wrapped over two lines reads as one
        line, col = doc.position(start)
        end_line, end_col = doc.position(end)
        return Finding(path=doc.path, line=line, column=col, end_line=end_line, end_column=end_col,
                       code=code, message=message, found=doc.text[start:end],
                       suggestion=suggestion, entry=entry, fix_safety=safety if suggestion else "none",
                       start=start, end=end)

    def _mention(self, doc, start: int, end: int, group: str, spelling: str,
                 entry: str | None, weight: int = 1) -> Mention:
        line, col = doc.position(start)
        end_line, end_col = doc.position(end)
        return Mention(doc.path, start, end, line, col, end_line, end_col, doc.text[start:end],
                       group, spelling, entry, weight)

    def _mixed(self, doc, w: Word, out: DocumentResult) -> None:
        clean = unmix(w.text)
        what = "Latin and Cyrillic letters"
        out.findings.append(self._finding(
            doc, w.start, w.end, "NC003",
            f"'{w.text}' mixes {what}" + (f"; write '{clean}'" if clean else ""),
            clean, None, "safe"))

    def _latin_run(self, doc, run: list[Word], lang: str, out: _RunPlan) -> None:
        text = doc.text
        # a word the index ties to no name part cannot be in a matched span: spans stop there
        known = [known_word(unmix(w.text) or w.text, self.matcher.index) for w in run]
        i = 0
        while i < len(run):
            taken = 0
            for j in range(min(len(run), i + MAX_SPAN), i, -1):
                if not all(known[i:j]):
                    continue
                span = run[i:j]
                if fold(span[0].text) in STOPWORDS or fold(span[-1].text) in STOPWORDS:
                    continue  # 'The Central Election Commission': the name starts after 'The'
                start, end = span[0].start, span[-1].end
                found = text[start:end]
                clean = found if not (CYRILLIC_LETTER.search(found) and LATIN_LETTER.search(found)) \
                    else "".join(unmix(p) or p if script_of(p) == "mixed" else p
                                 for p in _SPACES.split(found))
                r = self.resolve(clean)
                if self._accept(r, span, lang) and not (
                        len(span) == 1 and self._reads_as_a_word(
                            clean, r, j < len(run) and not known[j])):
                    self._emit(doc, span, found, clean, r, lang, out)
                    taken = j - i
                    break
            if not taken and len(run) - i >= 2 and i == 0:
                self._unknown_name(doc, run, out)
            i += taken or 1

    def _accept(self, r: Resolution, span: list[Word], lang: str) -> bool:
        if r.confident:
            return True
        if r.status != "suggestion" or r.score < SUGGEST_MIN or lang in INFLECTING:
            # in Polish or Lithuanian text a near miss is most often a case form (w Mińsku,
            # Swiatłany Cichanouskiej), which similarity cannot tell from a misspelling
            return False
        if len(span) == 1 and len(span[0].text) < SUGGEST_MIN_LEN:
            return False
        if self.entries[r.entry].kind == "organization":
            # organisation names are English phrases: a near miss is usually another phrase
            # ('Interior Minister' is not 'Interior Ministry')
            return False
        # every word of the span must play a part in the name, and a given name alone
        # identifies nobody
        return all(role is not None for role in r.roles) and any(
            role in ("family", "word") for role in r.roles)

    def _reads_as_a_word(self, word: str, r: Resolution, before_a_stranger: bool) -> bool:
        """Whether a word alone, which the glossary does not list for the entry in this
        spelling, reads as something other than the entry's name: a common English word
        (Model, which Мядель's romanizations come near; Snow, a GeoNames spelling of Сноў), a
        name of English text that no scheme writes for the entry either (Stalin, a likeness
        of Stolin; but Nikolayev is Николаев romanized) or that starts a name the glossary
        does not know (`before_a_stranger`: Boris in Boris Johnson is not the family name
        Борис), or an acronym's letters written as a word (Mid, for МИД)."""
        key = as_written(word)  # case and diacritics aside: Polock is Połock, Pollock is not
        if key in self._listed_as_written(r.entry):
            return False
        if key in self._acronyms_of(r.entry):
            return not acronym_shaped(word)   # MID is the acronym, Mid a word
        if is_common_word(word):
            return True
        return is_english_name(word) and (before_a_stranger
                                          or not self._a_scheme_writes(word, r.entry))

    def _listed_as_written(self, entry_id: str) -> frozenset[str]:
        """The Latin forms the glossary lists for an entry, as written (as_written), and for
        a person also each of their words (Nikolayev of 'Ilya Nikolayev')."""
        forms = self._written.get(entry_id)
        if forms is None:
            entry = self.entries[entry_id]
            listed = {as_written(f) for f in entry.latin}
            if entry.kind == "person":
                listed.update(as_written(w) for f in entry.latin for w in f.split())
            forms = self._written[entry_id] = frozenset(listed)
        return forms

    def _a_scheme_writes(self, word: str, entry_id: str) -> bool:
        """Whether one of the schemes the index names for the word's fold key writes one of
        the entry's Cyrillic words as `word` (case and diacritics aside). Only those schemes
        are run, so a check need not load them all; a fold key the index files under a
        listed form only (Boris under the canonical Borys) names no scheme."""
        index, key = self.matcher.index, as_written(word)
        hits = index.by_fold.get(fold(word), ())
        schemes = {how for n, _, how in hits
                   if index.names[n].entry == entry_id} & set(scheme_ids())
        return any(key == as_written(form) for name in names_of(self.entries[entry_id])
                   if name.language for part in name.parts for sid in sorted(schemes)
                   for form in romanize_with(part, sid))

    def _spells_out(self, found: str, entry_id: str, fix: str) -> bool:
        """Whether `found` is one of the entry's acronyms and `fix` spells it out in words."""
        return (" " not in found.strip() and len(fix.split()) > 1
                and as_written(found) in self._acronyms_of(entry_id))

    def _acronyms_of(self, entry_id: str) -> frozenset[str]:
        """The Latin forms, as written, of an entry's acronyms (МИД: MID; BKhD), names of one
        word with two capitals or more."""
        return self.matcher.index.acronyms.get(entry_id, frozenset())

    def _target(self, entry_id: str, lang: str) -> str:
        """The house form of an entry in text of a language: its `forms` for that language,
        else its canonical form."""
        key = (entry_id, lang)
        target = self._targets.get(key)
        if target is None:
            entry = self.entries[entry_id]
            target = self._targets[key] = dict(entry.forms).get(lang, entry.canonical)
        return target

    def _fix_for(self, found: str, entry_id: str, roles, target: str) -> str:
        """The house form (`target`) counterpart of what was found, word by word, in the
        found order."""
        key = (found, entry_id, tuple(roles), target)
        fix = self._fixes.get(key)
        if fix is None:
            fix = self._fixes[key] = self._make_fix(found, entry_id, roles, target)
        return fix

    def _make_fix(self, found: str, entry_id: str, roles, target: str) -> str:
        from checker.fix import match_case, match_word

        entry = self.entries[entry_id]
        if self._spells_out(found, entry_id, target):
            return target   # MID: Foreign Ministry, not FOREIGN MINISTRY
        if entry.kind != "person" or None in roles:
            return match_case(found, target)
        by_role = self._by_role.get((entry_id, target))
        if by_role is None:
            canon_words = target.split()
            by_role = self._by_role[entry_id, target] = {}
            for w, role in zip(canon_words, person_roles(len(canon_words))):
                by_role.setdefault(role, w)
        pieces = _SPACES.split(found)
        out, k = [], 0
        for piece in pieces:
            if not piece or piece.isspace():
                out.append(piece)
                continue
            role = roles[k] if k < len(roles) else None
            k += 1
            if role == "initial":
                given = by_role.get("given")
                out.append(match_word(piece, given[0] + ".") if given and piece.endswith(".") else
                           match_word(piece, given[0]) if given else piece)
            elif role in by_role:
                out.append(match_word(piece, by_role[role]))  # one word for one word
            else:
                out.append(piece)
        return "".join(out)

    def _emit(self, doc, span: list[Word], found: str, clean: str, r: Resolution, lang: str,
              out: _RunPlan) -> None:
        """Findings for a resolved span; `clean` is the span with homoglyphs replaced (NC003)."""
        start, end = span[0].start, span[-1].end
        target = self._target(r.entry, lang)
        in_lang = target != r.canonical   # the glossary's `forms` give this language's house form
        if r.confident and self.entries[r.entry].kind != "person" and self._listed(r.entry, clean):
            inside = canonical_inside(clean, target)
            if inside is not None:
                # a longer name the glossary lists, with the house form spelled right inside it
                # ('Viasna Human Rights Centre', 'Belsat TV'), is another wording, not another
                # spelling; a romanized Cyrillic form ('Gorad Stolin') is still a variant
                out.mention(start, end, r.entry, r.canonical if in_lang else inside, r.entry)
                return
        if r.confident:
            fix = self._fix_for(clean, r.entry, r.roles, target)
            if self.entries[r.entry].kind == "person":
                family = [w for w, role in zip(span, r.roles) if role == "family"] or span
                spelling = " ".join(unmix(w.text) or w.text for w in family)
            else:  # the whole name, its lowercase words too (Ministry of Defense)
                spelling = " ".join(clean.split())
            if fix == clean and in_lang:
                # the language's house form spells the name as the canonical does, for NC004
                canon = self._fix_for(clean, r.entry, r.roles, r.canonical)
                spelling = _family_words(canon, r.roles) if \
                    self.entries[r.entry].kind == "person" else " ".join(canon.split())
            out.mention(start, end, r.entry, spelling, r.entry)
            if fix != clean:
                # an acronym spelled out may need an article ('MID said': 'the Foreign Ministry')
                out.finding(start, end, "NC001", _variant_message(found, [r.canonical], fix, lang,
                                                                  in_lang), fix, r.entry,
                            "unsafe" if self._spells_out(clean, r.entry, fix) else "safe")
            return
        # not one entry: the same fix for every equally good entry is still safe
        tied = [Candidate(r.entry, r.canonical, r.score, r.how, True, r.roles)] + [
            c for c in r.alternatives if c.confident and c.score >= r.score]
        if len(tied) > 1 and self._same_fix(tied, clean, lang):
            fix = self._fix_for(clean, r.entry, r.roles, target)
            if fix != clean:
                out.finding(start, end, "NC001", _variant_message(
                    found, [c.canonical for c in tied], fix, lang, in_lang), fix, None, "safe")
            return
        fix = self._fix_for(clean, r.entry, r.roles, target)
        if fix != clean:
            out.finding(
                start, end, "NC002",
                f"'{found}' may be a misspelling of {r.canonical} (score {r.score:.0f}); "
                f"check and write '{fix}'" + (f" (the {lang} house form)" if in_lang else ""),
                fix, r.entry, "unsafe")

    def _same_fix(self, cands: list[Candidate], found: str, lang: str) -> bool:
        fixes = {self._fix_for(found, c.entry, c.roles, self._target(c.entry, lang))
                 for c in cands}
        return len(fixes) == 1

    def _unknown_name(self, doc, run: list[Word], out: _RunPlan) -> None:
        """A run of 2-3 capitalised words that no entry matched: kept for the consistency pass."""
        if not 2 <= len(run) <= 3 or any(len(w.text) < 3 or w.text.isupper() for w in run):
            return
        group = "unknown:" + " ".join(sorted(skeleton(w.text) for w in run))
        spelling = " ".join(w.text for w in run)
        out.mention(run[0].start, run[-1].end, group, spelling, None)

    def _cyrillic_run(self, doc, run: list[Word], lang: str, out: _RunPlan) -> None:
        hits = [self.cyrillic.lookup(w.text) for w in run]
        for w, wh in zip(run, hits):
            named = [h for h in wh if h[2] in ("family", "word")]
            if not named:
                continue
            entry_ids = {h[0] for h in named}
            if len(entry_ids) != 1:
                continue
            eid = next(iter(entry_ids))
            langs = {h[1] for h in wh if h[0] == eid}
            role = named[0][2]
            want = {"ru": "ru", "be": "be"}.get(lang)
            if want and want not in langs:
                other = self.cyrillic.by_entry[eid].get((want, role))
                if other:
                    source, found_base = next((h[1], h[3]) for h in named if h[0] == eid)
                    # the other language's form in the same grammatical case, when the
                    # ending tells it (Тарайкоўскага -> Тарайковского); else the base form
                    fix = inflect_like(w.text, found_base, other, source) or other
                    label, text_lang = (("Belarusian", "Russian") if want == "ru"
                                        else ("Russian", "Belarusian"))
                    out.finding(
                        w.start, w.end, "NC005",
                        f"'{w.text}' is the {label} form of {self.entries[eid].canonical} in "
                        f"{text_lang} text; the {text_lang} form is '{other}'"
                        + (f" ('{fix}' here)" if fix != other else ""),
                        fix, eid, "unsafe")
            out.mention(w.start, w.end, eid, "cyrillic", eid)


def _variant_message(found: str, canonicals: list[str], fix: str, lang: str, in_lang: bool) -> str:
    names = " / ".join(sorted(set(canonicals)))
    if in_lang:
        return f"'{found}' spells {names}; in {lang} text write '{fix}'"
    return f"'{found}' is a variant spelling of {names}; write '{fix}'"


def _family_words(name: str, roles) -> str:
    """The words of a person's name that play the family-name part."""
    words = name.split()
    return " ".join([w for w, role in zip(words, roles) if role == "family"] or words)


def canonical_inside(found: str, canonical: str) -> str | None:
    """The canonical name as written inside a longer name (case aside), or None.

    'Viasna Human Rights Centre' holds 'Viasna'; 'Ministry of Defence' does not hold
    'Defence Ministry', and 'Vyasna Human Rights Centre' does not hold 'Viasna'.
    """
    words, canon = found.split(), canonical.casefold().split()
    n = len(canon)
    for i in range(len(words) - n + 1) if len(words) > n else ():
        if [w.casefold() for w in words[i:i + n]] == canon:
            return " ".join(words[i:i + n])
    return None


class _RunPlan:
    """A run's findings and mentions while it is worked out: offsets from the run's start,
    messages, severities and line geometry as each replay needs them."""

    def __init__(self, text: str, base: int):
        self.text, self.base = text, base
        self.findings: list[tuple] = []
        self.mentions: list[tuple] = []

    def finding(self, start: int, end: int, code: str, message: str, suggestion: str | None,
                entry: str | None, safety: str) -> None:
        found = self.text[start:end]
        self.findings.append((
            start - self.base, end - self.base, code,
            " ".join(message.split()),  # a name wrapped over two lines reads as one
            suggestion, entry, RULES[code].severity, safety if suggestion else "none", found,
            "\n" not in found and "\r" not in found))

    def mention(self, start: int, end: int, group: str, spelling: str, entry: str | None) -> None:
        self.mentions.append((start - self.base, end - self.base, group, spelling, entry,
                              spelling.casefold()))


def _compress(mentions: list[tuple]) -> list[tuple[tuple, int]]:
    """The mentions NC004 can show, each with the number of mentions it stands for.

    NC004 lists at most MAX_RELATED places of a name and the first PLACES_PER_SPELLING places
    of each spelling, with counts; so of each name a document keeps its first MAX_RELATED
    mentions and the first PLACES_PER_SPELLING of each spelling, and the last kept mention
    of a spelling counts for the rest. A name-dense archive then need not carry every mention
    from the workers to the consistency pass. Mentions of Cyrillic forms take no part in it.
    A mention is (start, end, group, spelling, entry, spelling key).
    """
    per_group: dict[str, int] = {}
    last: dict[tuple[str, str], list] = {}
    out: list[list] = []
    for m in mentions:
        if m[3] == "cyrillic":
            continue
        n_group = per_group.get(m[2], 0)
        same = last.get((m[2], m[5]))
        if n_group < MAX_RELATED or same is None or same[2] < PLACES_PER_SPELLING:
            per_group[m[2]] = n_group + 1
            item = [m, 1, (same[2] if same else 0) + 1]
            last[(m[2], m[5])] = item
            out.append(item)
        else:
            same[1] += 1
    return [(m, n) for m, n, _ in out]


def consistency(mentions: list[Mention], matcher: Matcher) -> list[Finding]:
    """NC004: a name spelled in more than one way across the checked documents."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.spelling != "cyrillic":
            groups[m.group].append(m)
    out = []
    for group, ms in sorted(groups.items()):
        spellings: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            spellings[m.spelling.casefold()].append(m)
        if len(spellings) < 2:
            continue
        ms_sorted = sorted(ms, key=lambda m: (m.path, m.start))
        counts = sorted(((v[0].spelling, v, sum(m.weight for m in v)) for v in spellings.values()),
                        key=lambda kv: (-kv[2], kv[0]))
        detail = "; ".join(
            f"'{spelling}' x{n} ({', '.join(f'{m.path}:{m.line}' for m in v[:PLACES_PER_SPELLING])}"
            f"{', ...' if n > PLACES_PER_SPELLING else ''})" for spelling, v, n in counts)
        if group.startswith("unknown:"):
            what = f"the name '{counts[0][1][0].text}' (not in the glossary)"
            entry, suggestion = None, None
        else:
            what = matcher.glossary.by_id[group].canonical
            entry, suggestion = group, None
        reference = counts[0][0]
        if not group.startswith("unknown:"):
            canon = matcher.glossary.by_id[group].canonical
            for spelling, _, _ in counts:  # the house spelling, when the documents use it
                if spelling.casefold() in canon.casefold().split() or \
                        spelling.casefold() == canon.casefold():
                    reference = spelling
                    break
        first_odd = next(m for m in ms_sorted if m.spelling.casefold() != reference.casefold())
        out.append(Finding(
            path=first_odd.path, line=first_odd.line, column=first_odd.column,
            end_line=first_odd.end_line, end_column=first_odd.end_column, code="NC004",
            message=f"{what} is spelled {len(spellings)} ways across the checked documents: {detail}",
            found=first_odd.text, suggestion=suggestion, entry=entry, fix_safety="none",
            start=first_odd.start, end=first_odd.end,
            related=[{"path": m.path, "line": m.line, "column": m.column, "found": m.text}
                     for m in ms_sorted[:MAX_RELATED]]))
    return out
