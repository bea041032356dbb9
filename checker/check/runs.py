"""Runs of capitalised words and glossary names with lowercase words, worked out once per
spelling and language and remembered across documents: a name recurs many times in a document
set."""
from __future__ import annotations

from collections.abc import Callable

from checker.api import Matcher
from checker.bounded import BoundedCache
from checker.glossary.model import Kind
from checker.match.keys import is_stopword
from checker.text.language import CYRILLIC_LANGUAGES
from checker.text.mentions import words
from checker.text.phrases import PhraseFinder

from .language_form import LanguageForms, as_cyrillic_run, is_cyrillic_run
from .plan import Plan, RunPlan
from .variant import Variants

RUNS_HELD = 200_000      # plans remembered, by language, text and whether a phrase
# runs a process works out before it reads the glossary's house plans (house_plans): a small
# file is done sooner without reading them, a document set is done sooner with them
KNOWN_AFTER = 200
HEADS_HELD = 200_000     # runs remembered with where a listed phrase may start in them


class RunPlanner:
    """What each run yields, by the rule its script calls for."""

    def __init__(self, matcher: Matcher, variants: Variants, forms: LanguageForms) -> None:
        self.variants, self.forms = variants, forms
        self.phrases = PhraseFinder(by_first=matcher.index.phrases,
                                    by_second=matcher.index.phrase_tails)
        self.plans: BoundedCache[tuple[str, str, bool], Plan] = BoundedCache(RUNS_HELD)
        self.heads: BoundedCache[str, tuple[int, ...]] = BoundedCache(HEADS_HELD)
        # plans worked out before this process (house_plans): kept apart, never forgotten;
        # read by `load_known` once KNOWN_AFTER runs were worked out here
        self.known: dict[tuple[str, str, bool], Plan] = {}
        self.load_known: Callable[[], dict[tuple[str, str, bool], Plan]] | None = None
        self._worked_out = 0

    def heads_of(self, run: str) -> tuple[int, ...]:
        """Where in a run a glossary name with lowercase words may start (remembered per run)."""
        heads = self.heads.get(run)
        if heads is None:
            heads = self.heads.set(run, self.phrases.heads(run))
        return heads

    def phrase_at(self, text: str, s: int, heads: tuple[int, ...],
                  end: int) -> tuple[int, int] | None:
        """The first glossary name with lowercase words starting at one of the run's heads: as
        listed, or with its first word spelled another way when the whole resolves to a place
        or body with confidence (Lieninski District Court of Minsk)."""
        for h in heads:
            pe = self.phrases.match_at(text, s + h, end)
            if pe is None:
                pe = self.phrases.loose_match_at(text, s + h, end)
                # a function word is no other spelling of a name's first word: "The Ministry
                # of Internal Affairs" is the ministry's listed name after an article
                if pe is not None and (is_stopword(text[s + h:pe].split(None, 1)[0])
                                       or not self._names_a_body(text[s + h:pe])):
                    pe = None
            if pe is not None:
                return s + h, pe
        return None

    def _names_a_body(self, found: str) -> bool:
        r = self.variants.resolve(found)
        return r.confident and self.variants.matcher.index.kinds.get(r.entry or "") != Kind.PERSON

    def work_out(self, key: tuple[str, str, bool], text: str, base: int, end: int) -> Plan:
        """The findings and mentions of text[base:end], as offsets from `base`, worked out and
        remembered under `key`: the language, the text, and whether it is a glossary name with
        lowercase words."""
        known = self.known.get(key)
        if known is not None:
            return self.plans.set(key, known)
        self._worked_out += 1
        if self._worked_out == KNOWN_AFTER and self.load_known is not None:
            load, self.load_known = self.load_known, None   # (working them out calls this)
            self.known = load()
            known = self.known.get(key)
            if known is not None:
                return self.plans.set(key, known)
        lang, _, phrase = key
        run_plan = RunPlan(text, base)
        if phrase:
            self.variants.phrase(text, base, end, lang, run_plan)
        else:
            run = words(text, base, end, capitalised_only=True)
            if is_cyrillic_run(run):
                self.forms.run(run, lang, run_plan)
            elif lang in CYRILLIC_LANGUAGES and (cyrillic := as_cyrillic_run(run)) is not None:
                # in Cyrillic text, a Cyrillic name one of whose words has a Latin lookalike
                # letter: never a Latin fix, also where no entry's Cyrillic forms hold the word
                # in its case and orthography (Супрасьлi, the classical spelling's locative)
                self.forms.run(cyrillic, lang, run_plan)
            else:
                self.variants.run(text, run, lang, run_plan)
        return self.plans.set(key, run_plan.done())
