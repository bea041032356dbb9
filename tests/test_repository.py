"""This repository is a real folder of many kinds of text: checking it runs to the end."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import Project

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.shipped_glossary   # this repository as a user's folder, with the defaults
def test_checking_this_repository_gives_no_input_or_internal_error(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    # the package's data (word lists, homoglyphs, schemes), its code and docs, seeds and glossary
    report = Project.load().check_paths(["checker", "docs", "seeds", "glossary", "README.md"])
    assert [str(e) for e in report.errors] == []
    assert report.files_checked > 80
