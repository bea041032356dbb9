"""The plans of the glossary's own house forms in English text, worked out once per glossary and
kept in the cache beside its index.

In news-like text nearly every name is written as the house writes it (Mikalai Karpiankou),
and nearly every document names people the documents before it did not: without these plans
each process works each of those runs out the first time it meets it, which was the largest
share of a check. A plan depends only on the run's text, its language and the glossary (see
checker.check.runs), so a plan read from here is the one the run would have been given.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from checker.cache import Codec, cached, code_digest
from checker.findings import Code, FixSafety, Severity
from checker.plain import need, only
from checker.text.mentions import run_spans

from .finding import RunFinding
from .plan import Plan

LANGUAGE = "en"   # the language of the text the plans are for
# the package's folders whose code and data shape a plan beyond the index's (the checking code,
# the English word lists; the compiled glossary's key holds the index's)
_PLAN_FOLDERS = ("", "check", "text")

PlanKey = tuple[str, str, bool]
Plans = dict[PlanKey, Plan]


def _code_key() -> str:
    """A digest of the code and data files a plan depends on: a plan is made by the checking
    code, not only by the index."""
    return code_digest(_PLAN_FOLDERS).hexdigest()[:16]


def runs_to_plan(forms: list[str]) -> list[str]:
    """The forms that are one run of capitalised words as they stand (those the walk meets
    whole), each once, in order."""
    return sorted({f for f in forms if run_spans(f, 0, len(f)) == [(0, len(f))]})


def house_plans(glossary_key: str, forms: list[str],
                work_out: Callable[[PlanKey, str, int, int], Plan]) -> Plans:
    """The plan of each form as a run of English text, from the cache when this glossary and
    code made them before (`glossary_key` names the compiled glossary)."""
    def compute() -> Plans:
        return {(LANGUAGE, f, False): work_out((LANGUAGE, f, False), f, 0, len(f))
                for f in runs_to_plan(forms)}

    return cached(f"plans-{glossary_key}-{_code_key()}", compute, PLANS)


def _to_plain(plans: Plans) -> dict:
    return {text: (list(findings), list(mentions))
            for (_, text, _), (findings, mentions) in plans.items()}


_CODES = {c.value: c for c in Code}
_SEVERITIES = {s.value: s for s in Severity}
_SAFETIES = {s.value: s for s in FixSafety}
_FINDING_TYPES = (int, int, str, str, (str, type(None)), (str, type(None)), str, str, str, bool)
_MENTION_TYPES = (int, int, str, str, (str, type(None)), str)


def _rows(rows: list[tuple], types: tuple, what: str) -> None:
    """Raise ShapeError unless every row is a tuple of values of `types`, field by field
    (checked a column at a time: a glossary has thousands of plans)."""
    need(only(rows, tuple) and {len(r) for r in rows} <= {len(types)}, what)
    for column, kind in zip(zip(*rows, strict=True), types, strict=False):
        need(only(column, *(kind if isinstance(kind, tuple) else (kind,))), what)


def _from_plain(data: Any) -> Plans:
    need(type(data) is dict and only(data, str), "house plans: not a map of runs")
    plans = list(data.values())
    need(only(plans, tuple) and {len(p) for p in plans} <= {2}
         and only((part for p in plans for part in p), tuple), "house plans: not plans")
    every = [(len(text), row) for text, (_, mentions) in data.items() for row in mentions]
    _rows([row for _, row in every], _MENTION_TYPES, "house plans: not a mention")
    need(all(0 <= row[0] <= row[1] <= size for size, row in every),
         "house plans: a mention outside its run")
    out: Plans = {}
    for text, (findings, mentions) in data.items():
        made: list[RunFinding] = []
        if findings:
            _rows(list(findings), _FINDING_TYPES, "house plans: not a finding")
            for f in findings:
                need(0 <= f[0] <= f[1] <= len(text), "house plans: a finding outside its run")
                need(f[2] in _CODES and f[6] in _SEVERITIES and f[7] in _SAFETIES,
                     "house plans: an unknown code")
                made.append((f[0], f[1], _CODES[f[2]], f[3], f[4], f[5], _SEVERITIES[f[6]],
                             _SAFETIES[f[7]], f[8], f[9]))
        out[(LANGUAGE, text, False)] = (made, list(mentions))
    return out


#: The house forms' plans, as the cache keeps them.
PLANS: Codec[Plans] = Codec(_to_plain, _from_plain)
