"""The Checker: one glossary's rules, run over a document at a time."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.api import Matcher
from checker.bounded import BoundedCache
from checker.findings import Code, Finding
from checker.match.resolve import Resolution
from checker.text.context import paragraph_language, paragraphs
from checker.text.language import CYRILLIC_LANGUAGES, declared_or_detected
from checker.text.mentions import needs_word_by_word
from checker.text.phrases import PhraseFinder

from .consistency import compress_mentions
from .context import Languages, read_in_context
from .dotted import DottedNames
from .given_name import GivenNames
from .house_plans import house_plans
from .joins import read_through_joins, written_around_joins
from .language_form import CyrillicIndex, LanguageForms
from .mention import Mention, PlacedMention, mention_at, span_of
from .mixed_script import has_both_scripts, mixed_script_findings
from .plan import Plan
from .runs import RunPlanner
from .soft_sign import soft_sign_findings
from .suggest import Suggester
from .translation import Translations
from .variant import Variants
from .walk import DocumentWalk

if TYPE_CHECKING:   # only named in annotations: reading formats is the caller's job
    from checker.formats.document import Document

RESOLUTIONS_HELD = 200_000   # resolved spellings remembered


@dataclass
class DocumentResult:
    """Findings and mentions of one document."""

    findings: list[Finding] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


class Checker:
    """Checks documents against one glossary; remembers what it worked out for the next
    document."""

    def __init__(self, matcher: Matcher, language: str | None = None) -> None:
        self.matcher = matcher
        self.language = language
        self.entries = matcher.glossary.by_id
        self._resolutions: BoundedCache[str, Resolution] = BoundedCache(RESOLUTIONS_HELD)
        self.suggest = Suggester(matcher)
        self.forms = LanguageForms(matcher, self.resolve)
        self.variants = Variants(matcher, self.resolve, self.suggest)
        self.translations = Translations(matcher, self.resolve, self.suggest)
        self.planner = RunPlanner(matcher, self.variants, self.forms)
        self.dotted = DottedNames(matcher)
        self.given_names = GivenNames(matcher)
        if matcher.cache_key is not None:
            key = matcher.cache_key
            self.planner.load_known = lambda: house_plans(
                key, [e.canonical for e in matcher.glossary.entries], self.planner.work_out)

    @property
    def cyrillic(self) -> CyrillicIndex:
        """The entries' Cyrillic words."""
        return self.forms.index

    @staticmethod
    def _place_dotted(walk: DocumentWalk, dotted: list[tuple[int, Plan]]) -> None:
        """Dotted names in place of what the walk read inside them ("Zerkalo" of Zerkalo.io),
        the mentions kept in document order."""
        spans = [(at, at + plan[1][0][1]) for at, plan in dotted]

        def outside(start: int, end: int) -> bool:
            return not any(s <= start and end <= e for s, e in spans)

        walk.mentions = [m for m in walk.mentions if outside(m[0], m[1])]
        walk.findings = [f for f in walk.findings if outside(f.start, f.end)]
        for at, plan in dotted:
            walk.place(at, plan)
        walk.mentions.sort(key=lambda m: m[0])

    @property
    def phrases(self) -> PhraseFinder:
        """The glossary names with lowercase words."""
        return self.planner.phrases

    def resolve(self, text: str) -> Resolution:
        """The matcher's answer for a name found in text (remembered per spelling)."""
        r = self._resolutions.get(text)
        if r is None:
            r = self._resolutions.set(text, self.matcher.resolve(text, in_text=True))
        return r

    def mentions(self, doc: Document, language: str | None = None) -> list[PlacedMention]:
        """Every name the walk tied to an entry (or to a name the glossary lacks), in document
        order, before the context is read: a spelling given on purpose or an original in the
        other script is a mention of the name too (what `grep` shows)."""
        read = read_through_joins(doc) if doc.joins else doc   # offsets unchanged
        return self._walk(read, language)[0].mentions

    def _walk(self, doc: Document, language: str | None) -> tuple[DocumentWalk, Languages]:
        """The document walked paragraph by paragraph, each in its own language; the walk's
        `lang` is the document's."""
        text = doc.text
        # the caller's word, then the file's own (a translation's target language, <html
        # lang>) when its script agrees with the text's (a translation file's: its
        # translations, not its markup and sources), then the text's own letters and words
        prose = "\n".join(text[s:e] for s, e in doc.segments) if doc.units else text
        lang = language or self.language or declared_or_detected(doc.language, prose)
        # what the whole text lacks need not be looked for in each of its prose ranges
        both_scripts = has_both_scripts(text)
        walk = DocumentWalk(self.planner, doc, lang, plain=not needs_word_by_word(text))
        languages = Languages(lang, [], [], [])
        dotted: list[tuple[int, Plan]] = []   # names written as web addresses, found whole
        translated = bool(doc.units) and doc.language == lang
        for start, end in doc.segments:
            if both_scripts:
                walk.findings.extend(mixed_script_findings(doc, start, end, lang))
            dotted.extend(self.dotted.plans(text, start, end, lang))
            for p_start, p_end in paragraphs(text, start, end):
                # a quotation or a section in another language is read in its own; not a
                # translation in the language its file declares, whose words may be the other
                # language's by mistake (Карпянкоў in a Russian translation)
                walk.lang = lang if translated else paragraph_language(text[p_start:p_end], lang)
                languages.starts.append(p_start)
                languages.ends.append(p_end)
                languages.langs.append(walk.lang)
                walk.names_in(p_start, p_end)
        walk.lang = lang
        if dotted:
            self._place_dotted(walk, dotted)
        return walk, languages

    def check(self, doc: Document, language: str | None = None) -> DocumentResult:
        """Findings of one document (a formats.Document), before suppression by severity config."""
        if doc.joins:   # a name wrapped over a PO string's continuation is read whole
            read = read_through_joins(doc)
            result = self._check(read, language)
            written_around_joins(doc, read, result.findings)
            return result
        return self._check(doc, language)

    def _check(self, doc: Document, language: str | None) -> DocumentResult:
        text = doc.text
        walk, languages = self._walk(doc, language)
        lang = walk.lang
        if doc.units:
            walk.findings.extend(self.translations.missing(walk))
        findings, mentions = read_in_context(text, walk.findings, walk.mentions, languages,
                                             self.entries)
        if findings:
            findings, mentions = self.given_names.read_as_given_names(text, findings, mentions,
                                                                      walk.mentions)
        if mentions and lang not in CYRILLIC_LANGUAGES:
            findings += soft_sign_findings(text, doc.path, doc.position, mentions, findings,
                                           self.entries)
            # what the walk read as a glossary name, or found: a run of unknown words ("What
            # Mariya") leaves its words free
            taken = [(m[0], m[1]) for m in walk.mentions if m[4] is not None] + \
                [(f.start, f.end) for f in findings]
            findings += self.given_names.findings(doc, mentions, taken, languages.at)
        if doc.has_suppressions():
            def shown(start: int, end: int) -> bool:
                return not doc.is_suppressed(start, end) and not doc.sic_after(end)

            findings = [f for f in findings if shown(f.start, f.end)
                        and not doc.suppresses(f.code, f.start, f.end)]
            # a mention silenced for NC004 is not counted among the spellings
            mentions = [m for m in mentions if shown(*span_of(m))
                        and not doc.suppresses(Code.NC004, *span_of(m))]
        return DocumentResult(findings, [mention_at(doc, m, weight)
                                         for m, weight in compress_mentions(mentions)])
