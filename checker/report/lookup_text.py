"""Text output of `namecheck lookup`: the answer, then the entry with its forms by scheme."""
from __future__ import annotations

from collections import defaultdict


def render_lookup(results, matcher) -> str:
    """Human-readable answers; each resolved entry is shown once with its generated forms."""
    lines: list[str] = []
    shown: set[str] = set()
    for r in results:
        if r.entry is None:
            lines.append(f"{r.query}: unknown")
        else:
            lines.append(f"{r.query}: {r.status} -> {r.canonical} [{r.entry}] "
                         f"(score {r.score:.0f}, {r.how})")
        if not r.confident:
            for c in r.alternatives[:3]:
                lines.append(f"    or {c.canonical} [{c.entry}] (score {c.score:.0f})")
        if r.entry and r.entry not in shown:
            shown.add(r.entry)
            lines.extend(_entry_block(matcher, r.entry))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry_block(matcher, entry_id: str) -> list[str]:
    e = matcher.glossary.by_id[entry_id]
    out = [f"  {e.canonical}  ({e.kind}{', ' + e.note if e.note else ''})"]
    if e.be:
        out.append(f"    be: {' | '.join(e.be)}")
    if e.ru:
        out.append(f"    ru: {' | '.join(e.ru)}")
    if e.variants:
        out.append(f"    variants: {' | '.join(e.variants)}")
    if e.historical:
        out.append(f"    historical (until {e.historical_until}): {' | '.join(e.historical)}")
    if e.forms:  # the house form in documents of other languages
        out.append(f"    forms: {' | '.join(f'{lang}: {form}' for lang, form in e.forms)}")
    from checker.report.lookup_json import romanizations

    by_form: dict[str, list[str]] = defaultdict(list)
    for r in romanizations(e):
        for f in r["forms"]:
            if r["scheme"] not in by_form[f]:
                by_form[f].append(r["scheme"])
    if by_form:
        out.append("    generated forms:")
        width = max(len(f) for f in by_form)
        for form, hows in sorted(by_form.items(), key=lambda kv: (sorted(kv[1])[0], kv[0])):
            out.append(f"      {form:<{width}}  {', '.join(sorted(hows))}")
    return out
