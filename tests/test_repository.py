"""This repository is a real folder of many kinds of text: checking it runs to the end."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker import Project
from checker.glossary.loader import shipped_glossary_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.shipped_glossary   # this repository as a user's folder, with the defaults
def test_checking_this_repository_gives_no_input_or_internal_error(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    # the package's data (word lists, homoglyphs, schemes), its code and docs, seeds and glossary
    # `include` names every kind of file: the glossary in use is still never read as a document
    project = Project.load(include=["*"])
    in_use = os.path.realpath(shipped_glossary_path())
    report = project.check_paths(["checker", "docs", "seeds", "glossary", in_use, "README.md"])
    assert [str(e) for e in report.errors] == []
    assert report.files_checked > 80
    assert not any(os.path.realpath(f.path).startswith(in_use + os.sep) for f in report.findings)


@pytest.mark.shipped_glossary
def test_by_default_only_documents_are_checked(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    report = Project.load().check_paths(["checker", "docs", "seeds", "glossary"])
    assert report.errors == [] and 10 < report.files_checked < 40
    documents = {".md", ".txt", ".html", ".po", ".xlf", ".tmx"}
    assert {os.path.splitext(f.path)[1] for f in report.findings} <= documents
