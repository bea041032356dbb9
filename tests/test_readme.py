"""README's examples run as written."""
from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.shipped_glossary   # README shows the shipped glossary at work
def test_the_python_examples_in_readme_run_as_shown(tmp_path, monkeypatch) -> None:
    blocks = re.findall(r"```pycon\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "README has no Python example"
    monkeypatch.chdir(tmp_path)   # no config of this checkout's around: the shipped defaults
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for i, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"README block {i}", str(README), 0))
    result = runner.summarize(verbose=False)
    assert result.attempted >= 5 and result.failed == 0
