"""NC001 for names written as web addresses (TUT.BY, Onliner.by, Zerkalo.io).

The run scanner parts words at a dot, so such a name is looked for whole, as a token of its
own, case aside: "Tut.by" and "Tut.By" are TUT.BY written in other capitals, and a listed
variant ("Zerkalo.io") is a variant like any other, an admitted spelling (U.S.) none. A token
that is part of an address (www.tut.by, https://tut.by/news, news@tut.by) or starts in
lowercase (a web address written as such) is left alone.
"""
from __future__ import annotations

import re

from checker.api import Matcher
from checker.findings import Code, FixSafety

from .plan import Plan, RunPlan
from .suggest import variant_message


class DottedNames:
    """The glossary's dotted names and where a text writes them."""

    def __init__(self, matcher: Matcher) -> None:
        canonical = matcher.index.canonical
        # casefolded form -> (entry, canonical)
        self.forms: dict[str, tuple[str, str]] = {
            form: (ids[0], canonical[ids[0]]) for form, ids in matcher.index.dotted.items()}
        # the dotted spellings the glossary admits beside a canonical (U.S.), casefolded
        self.admitted = {form.casefold() for forms in matcher.index.admitted.values()
                         for form in forms}
        # the part after each dotted name's first dot, as a pattern that starts with the dot:
        # a literal a whole document is searched for fast, the rare hit read whole after it
        tails = sorted({form.split(".", 1)[1] for form in self.forms}, key=len, reverse=True)
        self.tail = re.compile(r"\.(?:" + "|".join(
            "".join(f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c) for c in tail)
            for tail in tails) + r")(?![\w/@-]|\.\w)") if tails else None

    def plans(self, text: str, start: int, end: int, lang: str) -> list[tuple[int, Plan]]:
        """Each dotted name in text[start:end] with the plan it yields, by where it starts."""
        if self.tail is None:
            return []
        out = []
        for m in self.tail.finditer(text, start, end):
            head = m.start()
            while head > start and (text[head - 1].isalnum() or text[head - 1] in "_-."):
                head -= 1
            found = text[head:m.end()]
            if (head > start and text[head - 1] in "@/:") or not found[:1].isupper():
                continue   # part of an address, or a web address written as one
            hit = self.forms.get(found.casefold())
            if hit is None:
                continue
            entry, canonical = hit
            plan = RunPlan(text, head)
            admitted = found.casefold() in self.admitted
            plan.mention(head, m.end(), entry, canonical if admitted else found, entry)
            if found != canonical and not admitted:
                plan.finding(head, m.end(), Code.NC001,
                             variant_message(found, [canonical], canonical, lang, False),
                             canonical, entry, FixSafety.SAFE)
            out.append((head, plan.done()))
        return out
