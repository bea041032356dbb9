"""namecheck grep: every mention of a name, in any spelling, script and inflection."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import Project
from checker.errors import NamecheckError
from checker.grep import GrepOptions, grep_paths, grep_text, resolve_targets

FIXTURE = Path(__file__).resolve().parent / "data" / "glossary"

# sentences of our own
NEWS = ("Mikalai Karpiankou spoke first.\n"
        "Later KARPENKOV said he had not been there.\n"
        "\n"
        "Мікалай Карпянкоў сказаў, што Мікалая Карпянкова там не было.\n")
REPORT = ("Nothing of note here.\n"
          "Nikolai Karpenkov (Мікалай Карпянкоў) visited Mogilev.\n"
          "Siarhei Dyleuski met Sergei Dylevsky.\n")


@pytest.fixture(scope="module")
def project() -> Project:
    return Project.load(glossary=[FIXTURE], use_cache=False)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "report.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "other.txt").write_text("A quiet day in the capital.\n", encoding="utf-8")
    return tmp_path


def test_every_spelling_script_and_inflection_of_an_entry(project):
    targets, notes = resolve_targets(project, names=["Nikolai Karpenkov"])
    assert [t.entry for t in targets] == ["mikalai-karpiankou"] and not notes
    found = [(m.line, m.column, m.text) for m in grep_text(project, NEWS, targets)]
    assert found == [(1, 1, "Mikalai Karpiankou"), (2, 7, "KARPENKOV"),
                     (4, 1, "Мікалай Карпянкоў"), (4, 31, "Мікалая Карпянкова")]


def test_a_name_the_glossary_lacks_is_followed_through_the_matcher(project):
    targets, notes = resolve_targets(project, names=["Siarhei Dyleuski"])
    assert targets[0].entry is None and "not a glossary name" in notes[0]
    assert [m.text for m in grep_text(project, REPORT, targets)] == ["Siarhei Dyleuski",
                                                                      "Sergei Dylevsky"]


def test_unknown_entries_and_unsearchable_names_are_errors(project):
    with pytest.raises(NamecheckError, match="did you mean 'mikalai-karpiankou'"):
        resolve_targets(project, entries=["mikalai-karpiankuo"])
    with pytest.raises(NamecheckError, match="two or three words"):
        resolve_targets(project, names=["Qwzx"])


def test_a_long_line_is_cut_around_the_match(project):
    targets, _ = resolve_targets(project, entries=["mikalai-karpiankou"])
    text = "word " * 300 + "Nikolai Karpenkov" + " word" * 300
    (m,) = grep_text(project, text, targets)
    assert len(m.line_text) < 400 and m.line_text.startswith("…") and m.line_text.endswith("…")
    assert m.line_text[m.at:m.at + len(m.text)] == "Nikolai Karpenkov"


def test_grep_paths_reports_by_path_with_context(project, docs):
    targets, _ = resolve_targets(project, entries=["mikalai-karpiankou"])
    report = grep_paths(project, [str(docs)], targets, GrepOptions(context=1))
    assert [(Path(m.path).name, m.line) for m in report.matches] == [
        ("news.txt", 1), ("news.txt", 2), ("news.txt", 4), ("news.txt", 4),
        ("report.md", 2), ("report.md", 2)]
    assert report.matches[0].after == ("Later KARPENKOV said he had not been there.",)
    assert report.files_searched == 3 and report.exit_status() == 0
    index = report.index()
    assert index[0].count == 6 and index[0].files == 2
    assert {s.text: s.count for s in index[0].spellings}["Мікалай Карпянкоў"] == 2


def test_cli_prints_grep_lines_and_exits_0(fixture_cli, docs, monkeypatch):
    monkeypatch.chdir(docs)
    code, out, err = fixture_cli("grep", "Karpenkov", "report.md", "--color", "never")
    assert code == 0, err
    assert out.splitlines() == [
        "report.md:2:1: Nikolai Karpenkov (Мікалай Карпянкоў) visited Mogilev.",
        "report.md:2:20: Nikolai Karpenkov (Мікалай Карпянкоў) visited Mogilev."]


def test_cli_highlights_the_match_with_force_color(fixture_cli, docs, monkeypatch):
    monkeypatch.chdir(docs)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, out, _ = fixture_cli("grep", "--entry", "mahiliou", "report.md")
    assert "\x1b[1;31mMogilev\x1b[0m" in out
    monkeypatch.delenv("FORCE_COLOR")
    _, out, _ = fixture_cli("grep", "--entry", "mahiliou", "report.md")
    assert "\x1b[" not in out   # not a terminal


def test_cli_counts_files_and_index(fixture_cli, docs, monkeypatch):
    monkeypatch.chdir(docs)
    _, out, _ = fixture_cli("grep", "-c", "--entry", "mikalai-karpiankou", "--entry", "mahiliou", ".")
    assert sorted(out.splitlines()) == ["news.txt:4", "report.md:3"]
    _, out, _ = fixture_cli("grep", "-l", "Mahiliou", ".")
    assert out.splitlines() == ["report.md"]
    code, out, _ = fixture_cli("grep", "--all", ".")
    assert code == 0
    assert out.splitlines()[0] == "Mikalai Karpiankou [mikalai-karpiankou]: 6 mentions in 2 files"
    assert "    Mogilev  x1  report.md:2:47" in out


def test_cli_context_blocks(fixture_cli, docs, monkeypatch):
    monkeypatch.chdir(docs)
    _, out, _ = fixture_cli("grep", "-C", "1", "Karpenkov", "news.txt")
    assert out.splitlines() == [
        "news.txt:1:1: Mikalai Karpiankou spoke first.",
        "news.txt:2:7: Later KARPENKOV said he had not been there.",
        "news.txt-3- ",
        "news.txt:4:1: Мікалай Карпянкоў сказаў, што Мікалая Карпянкова там не было.",
    ]


def test_cli_json_and_jsonl(fixture_cli, docs, monkeypatch):
    monkeypatch.chdir(docs)
    code, out, _ = fixture_cli("grep", "--format", "json", "Mogilev", ".")
    doc = json.loads(out)
    assert code == 0 and doc["version"] == 1 and doc["files_searched"] == 3
    assert [(m["path"], m["line"], m["column"], m["text"], m["entry"]) for m in doc["matches"]] == [
        ("report.md", 2, 47, "Mogilev", "mahiliou")]
    _, out, _ = fixture_cli("grep", "--format", "jsonl", "--all", "report.md")
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["type"] for x in lines] == ["name", "name", "summary"]
    assert [x["name"] for x in lines[:2]] == ["Mikalai Karpiankou", "Mahiliou"]
    code, _, err = fixture_cli("grep", "--format", "json", "-c", "Mogilev", ".")
    assert code == 2 and "cannot be used with --count" in err


def test_cli_exit_statuses(fixture_cli, docs, monkeypatch):
    monkeypatch.chdir(docs)
    assert fixture_cli("grep", "Mogilev", "other.txt")[:2] == (1, "")
    code, _, err = fixture_cli("grep", "Mogilev", "missing.txt")
    assert code == 2 and "missing.txt: No such file or directory" in err
    code, _, err = fixture_cli("grep", "--entry", "nobody", ".")
    assert code == 2 and "no glossary entry 'nobody'" in err and "Traceback" not in err
    code, _, err = fixture_cli("grep")
    assert code == 2 and "needs a NAME" in err


def test_cli_reads_standard_input(fixture_cli):
    code, out, _ = fixture_cli("grep", "Mogilev", "-", "--stdin-filename", "in.txt",
                               stdin=b"They drove to Mahiliou.\n")
    assert code == 0 and out == "in.txt:1:15: They drove to Mahiliou.\n"


def test_a_pooled_grep_gives_the_serial_report(docs):
    for i in range(12):
        (docs / f"more-{i:02}.txt").write_text(NEWS, encoding="utf-8")
    one = Project.load(glossary=[FIXTURE], use_cache=False, jobs=1)
    two = Project.load(glossary=[FIXTURE], use_cache=False, jobs=2)
    targets, _ = resolve_targets(one, entries=["mikalai-karpiankou"])
    a = grep_paths(one, [str(docs)], targets)
    b = grep_paths(two, [str(docs)], targets)
    assert [m.to_dict() for m in a.matches] == [m.to_dict() for m in b.matches]
    assert len(a.matches) == 13 * 4 + 2
