"""`--statistics` (counts per code, as ruff gives them) and `--show-fixes` (what was fixed)."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping

from checker.errors import printable
from checker.findings import RULES, Finding
from checker.report.summary import is_fixable, plural


def code_counts(findings: list[Finding]) -> list[dict]:
    """Per code with findings: code, rule name, count and whether any has a safe fix; most
    frequent first, then by code."""
    counts = Counter(f.code for f in findings)
    fixable = {f.code for f in findings if is_fixable(f)}
    rows = [{"code": code, "name": RULES[code].name, "count": n, "fixable": code in fixable}
            for code, n in counts.items()]
    return sorted(rows, key=lambda r: (-r["count"], r["code"]))


def render_statistics(findings: list[Finding], fmt: str) -> str:
    """The counts as text (`count<TAB>code<TAB>[*] name`) or as a JSON array."""
    rows = code_counts(findings)
    if fmt == "json":
        return json.dumps(rows, indent=2) + "\n"
    if not rows:
        return ""
    count_width = max(len(str(r["count"])) for r in rows)
    code_width = max(len(r["code"]) for r in rows)
    any_fixable = any(r["fixable"] for r in rows)
    lines = []
    for r in rows:
        marker = ("[*] " if r["fixable"] else "[ ] ") if any_fixable else ""
        lines.append(f"{r['count']:>{count_width}}\t{r['code']:<{code_width}}\t{marker}{r['name']}")
    return "\n".join(lines) + "\n"


def render_fixes(fixed: Mapping[str, Mapping[str, int]], applied: bool) -> str:
    """What fixes changed (`applied`) or would change (a diff), per file and code:
    'Fixed 3 findings:' then '- path:' and '    2 × NC001 (known-variant)' lines; empty
    when nothing was fixed."""
    total = sum(sum(codes.values()) for codes in fixed.values())
    if not total:
        return ""
    lines = [f"{'Fixed' if applied else 'Would fix'} {plural(total, 'finding')}:"]
    for path in sorted(fixed):
        if not fixed[path]:
            continue
        lines.append(f"- {printable(path)}:")
        for code, n in sorted(fixed[path].items()):
            lines.append(f"    {n} × {code} ({RULES[code].name})")
    return "\n".join(lines) + "\n"
