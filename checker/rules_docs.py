"""The documentation page of each finding code (shipped with the package)."""
from __future__ import annotations

from importlib.resources import files


def rule_page(code: str) -> str:
    """The Markdown page of a finding code (what, why, example, fix safety)."""
    return files("checker.rules").joinpath(f"{code}.md").read_text(encoding="utf-8")
