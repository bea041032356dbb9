"""The walk through one document's prose: each run of capitalised words, or from a word of
it a glossary name with lowercase words (Ministry of Defence), replayed from its plan."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.findings import Finding
from checker.match.vocabulary import unit_word_after
from checker.text.mentions import run_spans, word_before_dash

from .finding import build_finding
from .mention import PlacedMention
from .plan import Plan
from .runs import RunPlanner

if TYPE_CHECKING:   # only named in annotations: reading formats is the caller's job
    from checker.formats.document import Document


@dataclass
class DocumentWalk:
    """One document walked in one language: the findings and mentions found so far."""

    planner: RunPlanner
    doc: Document
    lang: str
    plain: bool             # no text the run scanner must read word by word (see run_spans)
    findings: list[Finding] = field(default_factory=list)
    mentions: list[PlacedMention] = field(default_factory=list)

    def names_in(self, start: int, end: int) -> None:
        """Findings and mentions of the names in text[start:end]. A glossary name with
        lowercase words reaches over the runs after the one it starts in."""
        text, planner = self.doc.text, self.planner
        spans = run_spans(text, start, end, self.plain)
        phrases, heads_get = bool(planner.phrases), planner.heads.get
        k = 0
        while k < len(spans):
            s, e = spans[k]
            k += 1
            if phrases:
                heads = heads_get(text[s:e])
                if heads is None:
                    heads = planner.heads_of(text[s:e])
                found = planner.phrase_at(text, s, heads, end) if heads else None
                if found is not None:
                    k = self._around_phrase(spans, k, found)
                    continue
            unit_end = unit_word_after(text, e)
            if unit_end is None:
                self._run(s, e)
            else:
                self._run_before_a_unit(s, e, unit_end)

    def _around_phrase(self, spans: list[tuple[int, int]], k: int, found: tuple[int, int]) -> int:
        """The name found from run k - 1, the part of that run before it, and what is left
        of the last run it reaches into; returns the next run to look at."""
        text, plain = self.doc.text, self.plain
        (s, e), (ps, pe) = spans[k - 1], found
        for rs, re_ in run_spans(text, s, ps, plain):
            self._run(rs, re_)
        self._run(ps, pe, phrase=True)
        reach = e
        while k < len(spans):
            next_start, next_end = spans[k]
            if next_start >= pe:
                break
            reach = max(reach, next_end)
            k += 1
        if reach > pe:
            for rs, re_ in run_spans(text, pe, reach, plain):
                self._run(rs, re_)
        return k

    def _run_before_a_unit(self, base: int, end: int, unit_end: int) -> None:
        """A run before a unit's lowercase word (the Moskovsky district), read with the word
        where alone it names nothing the glossary knows, or where alone it is a variant and
        with the word another place written the house's way (the Ivanovo region of Russia is
        no town Ivanava); otherwise read alone, as any run."""
        alone, together = self._plan(base, end), self._plan(base, unit_end, phrase=True)
        plan = alone
        if _read_with_the_unit(alone, together):
            # a fix of the unit's word alone is no spelling's: the text's common noun (the
            # Ivanovo region) says what the house's Ivanovo Oblast says
            plan = together if not alone[0] else ([], together[1])
        if plan[0] or plan[1]:
            self.place(base, plan)

    def _run(self, base: int, end: int, phrase: bool = False) -> None:
        """The findings and mentions of text[base:end], moved from the run's plan to here."""
        plan = self._plan(base, end, phrase)
        if plan[0] or plan[1]:   # most runs yield nothing: no call for them
            self.place(base, plan)

    def _plan(self, base: int, end: int, phrase: bool = False) -> Plan:
        """The plan of text[base:end], remembered or worked out."""
        text, planner = self.doc.text, self.planner
        # a run right after a word and a dash goes on that word's compound (Minsk–Mohilev):
        # its plan depends on that word too, so the word is part of what it is remembered by
        before = word_before_dash(text, base)
        key = (self.lang, text[base if before is None else before.start():end], phrase)
        # a plan is a non-empty tuple: found or worked out, never falsy
        return planner.plans.get(key) or planner.work_out(key, text, base, end)

    def place(self, base: int, plan: Plan) -> None:
        """A plan's findings and mentions, placed in the document at `base`."""
        findings, run_mentions = plan
        if findings:
            # placed here rather than in a helper: this runs for every finding of a large check
            doc = self.doc
            starts, path, append = doc.line_starts, doc.path, self.findings.append
            for s, e, code, message, suggestion, entry, severity, safety, found, flat in findings:
                start = base + s
                line = bisect_right(starts, start)
                column = start - starts[line - 1] + 1
                end_line, end_column = (line, column + e - s) if flat else doc.position(base + e)
                append(build_finding(path, start, base + e, line, column, end_line, end_column,
                                     code, message, found, suggestion, entry, safety, severity))
        if run_mentions:
            add = self.mentions.append
            for s, e, group, spelling, entry, same in run_mentions:
                add((base + s, base + e, group, spelling, entry, same))


def _read_with_the_unit(alone: Plan, together: Plan) -> bool:
    """Whether a run and the unit's word after it are one name: alone the run is no known
    name, and together they are; or alone it is a variant, and together another entry's name
    with the run's words as the house writes them (at most the unit's word another)."""
    alone_findings, alone_mentions = alone
    findings, mentions = together
    known = [m for m in mentions if m[4] is not None]
    if not alone_findings:
        return not any(m[4] is not None for m in alone_mentions) and bool(findings or known)
    return bool(known) and not ({m[4] for m in known} & {f[5] for f in alone_findings}) \
        and all(f[4] is not None and _same_but_the_last_word(f[8], f[4]) for f in findings)


def _same_but_the_last_word(found: str, fix: str) -> bool:
    return found.casefold().split()[:-1] == fix.casefold().split()[:-1]
