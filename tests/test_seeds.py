"""Golden test: `namecheck check seeds/ --format json` finds every seeded inconsistency and nothing else.

The seeded cases are listed in seeds/README.md; tests/data/seeds-golden.json pins them.
"""
from __future__ import annotations

import json
from pathlib import Path

from checker.cli import main

ROOT = Path(__file__).parent.parent
KEYS = ("path", "line", "column", "end_line", "end_column", "code", "severity", "found",
        "suggestion", "entry", "fix_safety")


def test_seeds_findings_are_pinned(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path))
    code = main(["check", "seeds/", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    golden = json.loads((ROOT / "tests" / "data" / "seeds-golden.json").read_text(encoding="utf-8"))
    assert code == 1 and data["errors"] == []
    assert data["files_checked"] == golden["files_checked"]
    assert [{k: f[k] for k in KEYS} for f in data["findings"]] == golden["findings"]


def test_seeds_cover_every_kind_of_inconsistency():
    golden = json.loads((ROOT / "tests" / "data" / "seeds-golden.json").read_text(encoding="utf-8"))
    codes = {f["code"] for f in golden["findings"]}
    assert codes >= {"NC001", "NC003", "NC004", "NC005", "NC006"}
    seeded = [f for f in golden["findings"] if f["code"] != "NC004" or f["entry"] is None]
    assert len(seeded) >= 10
