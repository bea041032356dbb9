"""The documentation page of each finding code (shipped with the package)."""
from __future__ import annotations

from importlib.resources import files


def rule_page(code: str) -> str:
    """The Markdown page of a finding code (what, why, example, fix safety)."""
    return files("checker.rules").joinpath(f"{code}.md").read_text(encoding="utf-8")


def rule_description(code: str) -> str:
    """The first paragraph of a code's page under "What it does", on one line."""
    lines = rule_page(code).splitlines()
    start = lines.index("## What it does") + 1
    paragraph: list[str] = []
    for line in lines[start:]:
        if not line.strip() or line.startswith("#"):
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    return " ".join(paragraph)
