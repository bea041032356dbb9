"""Tests for checker.config: discovery, every key, every error, CLI merging, printing."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from checker.config import Config, config_as_toml, find_config, load_config, merge_cli
from checker.findings import RULES, NamecheckError

DATA = Path(__file__).parent / "data" / "config"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def one_error(exc: pytest.ExceptionInfo) -> tuple[str, str, int | None, int | None]:
    errors = exc.value.errors
    assert len(errors) == 1, errors
    e = errors[0]
    return e.path, e.message, e.line, e.column


def near(path: Path, name: str) -> str:
    return os.path.normpath(os.path.join(os.path.abspath(path.parent), name))


# --- find_config --------------------------------------------------------------------------------

def test_find_config_walks_up_to_the_nearest(tmp_path: Path) -> None:
    top = write(tmp_path / "a" / ".namecheck.toml", "")
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    assert find_config(deep) == top


def test_find_config_nearest_pyproject_wins_over_a_higher_dotfile(tmp_path: Path) -> None:
    write(tmp_path / "a" / ".namecheck.toml", "")
    near_one = write(tmp_path / "a" / "b" / "pyproject.toml", "[tool.namecheck]\njobs = 1\n")
    (tmp_path / "a" / "b" / "c").mkdir()
    assert find_config(tmp_path / "a" / "b" / "c") == near_one


def test_find_config_dotfile_first_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.namecheck]\njobs = 1\n")
    dot = write(tmp_path / ".namecheck.toml", "jobs = 2\n")
    assert find_config(tmp_path) == dot


def test_find_config_skips_pyproject_without_the_table(tmp_path: Path) -> None:
    top = write(tmp_path / ".namecheck.toml", "")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n[tool.ruff]\nline-length = 99\n")
    assert find_config(tmp_path / "sub") == top


def test_find_config_skips_a_broken_unrelated_pyproject(tmp_path: Path) -> None:
    top = write(tmp_path / ".namecheck.toml", "")
    write(tmp_path / "sub" / "pyproject.toml", "[project\nname = \n")
    assert find_config(tmp_path / "sub") == top


def test_find_config_reports_a_broken_pyproject_that_mentions_namecheck(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.namecheck]\njobs = = 3\n")
    with pytest.raises(NamecheckError) as exc:
        find_config(tmp_path)
    path, message, line, col = one_error(exc)
    assert path.endswith("pyproject.toml") and "invalid TOML" in message and line == 2


def test_find_config_from_a_file_and_relative_start(tmp_path: Path, monkeypatch) -> None:
    dot = write(tmp_path / ".namecheck.toml", "")
    doc = write(tmp_path / "docs" / "a.md", "text")
    assert find_config(doc) == dot
    monkeypatch.chdir(tmp_path / "docs")
    assert find_config(Path(".")) == dot


def test_find_config_none_when_nothing_found(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    write(tmp_path / "x" / "pyproject.toml", "[tool.other]\n")
    # nothing in tmp_path itself; anything above it would be a property of this machine
    found = find_config(tmp_path / "x")
    assert found is None or tmp_path not in found.parents


# --- load_config: every key ---------------------------------------------------------------------

def test_defaults() -> None:
    c = load_config(None)
    assert c == Config()
    assert c.glossary is None and c.extend_glossary == [] and c.house_style == "be-press"
    assert c.include == [] and c.exclude == [] and c.language == {} and c.encoding is None
    assert c.severity == {} and c.fail_on == "warning" and c.jobs == 0 and c.source is None
    assert c.max_file_size == 64 * 1024 * 1024
    assert c.root == Path.cwd()


def test_every_key_in_a_dotfile() -> None:
    path = DATA / "full.toml"
    c = load_config(path)
    assert c.glossary == [near(path, "glossary/names.yaml")]
    assert c.extend_glossary == [near(path, "extra.yaml"), near(path, "../shared/more.yaml")]
    assert all(os.path.isabs(p) for p in c.glossary + c.extend_glossary)
    assert c.house_style == "ru-press"
    assert c.include == ["docs/**/*.md", "*.txt"]
    assert c.exclude == ["build/", "drafts/*.md"]
    assert c.language == {"docs/ru/**": "ru", "*.be.md": "be"}
    assert c.encoding == "cp1251"
    assert c.severity == {"NC001": "error", "NC002": "off"}
    assert c.fail_on == "info"
    assert c.jobs == 4
    assert c.max_file_size == 16 * 1024 * 1024
    assert c.source == str(path)
    assert c.root == Path(os.path.abspath(DATA))


def test_pyproject_table() -> None:
    path = DATA / "pyproject.toml"
    c = load_config(path)
    assert c.house_style == "be-press" and c.fail_on == "error"
    assert c.extend_glossary == [near(path, "names.yaml")]
    assert c.severity == {"NC004": "info"}
    assert c.glossary is None and c.jobs == 0


def test_relative_config_path_resolves_against_its_folder(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path / "proj" / ".namecheck.toml", 'glossary = ["g"]\n')
    monkeypatch.chdir(tmp_path)
    c = load_config(Path("proj/.namecheck.toml"))
    assert c.glossary == [str(tmp_path / "proj" / "g")]
    assert c.source == os.path.join("proj", ".namecheck.toml")


def test_severity_accepts_rule_names(tmp_path: Path) -> None:
    p = write(tmp_path / ".namecheck.toml", '[severity]\nmixed-script = "error"\n')
    assert load_config(p).severity == {"NC003": "error"}


def test_every_language_value_and_severity_value(tmp_path: Path) -> None:
    p = write(tmp_path / ".namecheck.toml",
              '[language]\n"a" = "en"\n"b" = "ru"\n"c" = "be"\n"d" = "latin"\n'
              '[severity]\nNC001 = "error"\nNC002 = "warning"\nNC003 = "info"\nNC004 = "off"\n')
    c = load_config(p)
    assert list(c.language.values()) == ["en", "ru", "be", "latin"]
    assert list(c.severity.values()) == ["error", "warning", "info", "off"]


def test_bom_is_accepted(tmp_path: Path) -> None:
    p = tmp_path / ".namecheck.toml"
    p.write_bytes(b"\xef\xbb\xbfjobs = 3\n")
    assert load_config(p).jobs == 3


# --- load_config: errors ------------------------------------------------------------------------

def test_unknown_key_with_suggestion_and_position() -> None:
    with pytest.raises(NamecheckError) as exc:
        load_config(DATA / "unknown_key.toml")
    path, message, line, col = one_error(exc)
    assert path == str(DATA / "unknown_key.toml")
    assert message == "unknown key 'fial-on' (did you mean 'fail-on'?)"
    assert (line, col) == (2, 1)
    assert str(exc.value) == f"{path}:2:1: unknown key 'fial-on' (did you mean 'fail-on'?)"


def test_unknown_key_in_pyproject_names_the_table(tmp_path: Path) -> None:
    p = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.namecheck]\n"
                                           "jobs = 2\n  fial-on = 'error'\n")
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    _, message, line, col = one_error(exc)
    assert message == "unknown key 'fial-on' in [tool.namecheck] (did you mean 'fail-on'?)"
    assert (line, col) == (6, 3)


def test_snake_case_key_suggests_kebab_case(tmp_path: Path) -> None:
    p = write(tmp_path / ".namecheck.toml", 'extend_glossary = ["x"]\n')
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    assert "did you mean 'extend-glossary'?" in one_error(exc)[1]


def test_unknown_key_without_any_close_match(tmp_path: Path) -> None:
    p = write(tmp_path / ".namecheck.toml", 'zzzzzz = 1\n')
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    assert one_error(exc)[1] == "unknown key 'zzzzzz'"


@pytest.mark.parametrize("line, words", [
    ('glossary = "names.yaml"', ["'glossary'", "array of strings", "a string"]),
    ("glossary = []", ["'glossary'", "empty"]),
    ("extend-glossary = [1]", ["'extend-glossary'", "an integer"]),
    ("house-style = 3", ["'house-style'", "string", "an integer"]),
    ('house-style = ""', ["'house-style'", "empty"]),
    ('include = "*.md"', ["'include'", "array"]),
    ('exclude = [true]', ["'exclude'", "a boolean"]),
    ('language = "ru"', ["'language'", "table"]),
    ('language = {"*.md" = "german"}', ["'language'", "invalid language 'german'"]),
    ('language = {"*.md" = 1}', ["'language'", "must be a string"]),
    ("encoding = 8", ["'encoding'", "string"]),
    ('encoding = "utf-9"', ["unknown encoding 'utf-9'"]),
    ('severity = "error"', ["'severity'", "table"]),
    ('severity = {NC001 = "fatal"}', ["invalid severity 'fatal' for NC001", "error, warning, info, off"]),
    ('severity = {NC001 = 2}', ["severity for NC001 must be a string"]),
    ('severity = {NC999 = "off"}', ["unknown rule code 'NC999'", "known codes: NC001"]),
    ('fail-on = "off"', ["invalid value 'off' for 'fail-on'", "error, warning, info"]),
    ('fail-on = "warnings"', ["did you mean 'warning'?"]),
    ("fail-on = 1", ["'fail-on' must be a string"]),
    ("jobs = -1", ["'jobs' must be >= 0"]),
    ('jobs = "4"', ["'jobs' must be an integer", "a string"]),
    ("jobs = true", ["'jobs' must be an integer", "a boolean"]),
    ("jobs = 2.5", ["'jobs' must be an integer", "a float"]),
    ('max-file-size = "huge"', ["'max-file-size' must be a size", "not 'huge'"]),
    ("max-file-size = 0", ["'max-file-size' must be at least 1 byte"]),
    ('max-file-size = "0k"', ["'max-file-size' must be at least 1 byte"]),
    ("max-file-size = 1.5", ["'max-file-size' must be a size", "a float"]),
    ("max-file-size = true", ["'max-file-size' must be a size", "a boolean"]),
])
def test_wrong_values(tmp_path: Path, line: str, words: list[str]) -> None:
    p = write(tmp_path / ".namecheck.toml", "# comment\n" + line + "\n")
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    path, message, err_line, col = one_error(exc)
    assert path == str(p)
    for w in words:
        assert w in message
    assert (err_line, col) == (2, 1)


def test_nested_table_error_points_at_the_inner_key(tmp_path: Path) -> None:
    p = write(tmp_path / "pyproject.toml",
              '[tool.namecheck]\njobs = 1\n\n[tool.namecheck.severity]\nNC001 = "off"\nNC003 = "loud"\n')
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    _, message, line, col = one_error(exc)
    assert "invalid severity 'loud' for NC003" in message
    assert (line, col) == (6, 1)


def test_all_errors_of_a_file_are_reported_together(tmp_path: Path) -> None:
    p = write(tmp_path / ".namecheck.toml", 'jobs = -2\nfial-on = "x"\nhouse-style = 1\n')
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    assert [e.line for e in exc.value.errors] == [1, 2, 3]


def test_bad_toml_gives_line_and_column() -> None:
    with pytest.raises(NamecheckError) as exc:
        load_config(DATA / "bad_syntax.toml")
    path, message, line, col = one_error(exc)
    assert message.startswith("invalid TOML: ")
    assert "(at line" not in message
    assert (line, col) == (3, 11)
    assert str(exc.value).startswith(f"{path}:3:11: invalid TOML")


def test_bad_toml_at_end_of_document(tmp_path: Path) -> None:
    p = write(tmp_path / ".namecheck.toml", 'jobs = 1\ninclude = ["a",')
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    _, message, line, col = one_error(exc)
    assert "end of document" in message and line == 2 and col == 16


@pytest.mark.parametrize("value", ["[" * 1000 + "]" * 1000, "{a = " * 1000 + "1" + "}" * 1000],
                         ids=["arrays", "inline tables"])
def test_toml_nested_a_thousand_deep_is_an_error(tmp_path: Path, value: str) -> None:
    p = write(tmp_path / ".namecheck.toml", f"jobs = 1\ninclude = {value}\n")
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    path, message, _, _ = one_error(exc)
    assert path == str(p) and message == "invalid TOML: arrays or inline tables nested too deeply"


def test_duplicate_key_is_a_toml_error(tmp_path: Path) -> None:
    p = write(tmp_path / ".namecheck.toml", "jobs = 1\njobs = 2\n")
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    assert "invalid TOML" in one_error(exc)[1]


def test_invalid_utf8(tmp_path: Path) -> None:
    p = tmp_path / ".namecheck.toml"
    p.write_bytes(b'jobs = 1\nhouse-style = "\xff"\n')
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    _, message, line, col = one_error(exc)
    assert "UTF-8" in message and (line, col) == (2, 16)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(NamecheckError) as exc:
        load_config(tmp_path / "nope.toml")
    assert one_error(exc)[1] == "No such file or directory"


def test_a_fifo_as_the_config_file_is_refused_not_waited_on(tmp_path: Path, no_hang) -> None:
    os.mkfifo(tmp_path / ".namecheck.toml")
    with pytest.raises(NamecheckError) as exc:
        load_config(tmp_path / ".namecheck.toml")
    assert one_error(exc)[1] == "not a regular file (FIFO)"


def test_pyproject_without_the_table_is_an_error_when_named(tmp_path: Path) -> None:
    p = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    assert "[tool.namecheck]" in one_error(exc)[1]


def test_tool_namecheck_must_be_a_table(tmp_path: Path) -> None:
    p = write(tmp_path / "pyproject.toml", "[tool]\nnamecheck = 3\n")
    with pytest.raises(NamecheckError) as exc:
        load_config(p)
    assert "must be a table" in one_error(exc)[1]


# --- merge_cli ----------------------------------------------------------------------------------

def test_merge_cli_none_keeps_the_config() -> None:
    c = load_config(DATA / "full.toml")
    assert merge_cli(c, fail_on=None, jobs=None, glossary=None, severity=None) == c


def test_merge_cli_flags_win_and_the_original_is_untouched() -> None:
    c = load_config(DATA / "full.toml")
    before = dataclasses.replace(c)
    m = merge_cli(c, fail_on="error", jobs=0, house_style="be-lacinka", exclude=["x/"],
                  glossary=["mine.yaml"], encoding="utf-8")
    assert (m.fail_on, m.jobs, m.house_style, m.exclude) == ("error", 0, "be-lacinka", ["x/"])
    assert m.glossary == ["mine.yaml"] and m.encoding == "utf-8"
    assert m.include == c.include and m.source == c.source
    assert c == before


def test_merge_cli_tables_merge_key_by_key() -> None:
    c = load_config(DATA / "full.toml")
    m = merge_cli(c, severity={"NC002": "error", "NC005": "off"}, language={"*.txt": "en"})
    assert m.severity == {"NC001": "error", "NC002": "error", "NC005": "off"}
    assert m.language == {"docs/ru/**": "ru", "*.be.md": "be", "*.txt": "en"}


def test_merge_cli_accepts_tuples_and_paths() -> None:
    m = merge_cli(Config(), extend_glossary=(Path("a.yaml"),), include=("*.md",))
    assert m.extend_glossary == ["a.yaml"] and m.include == ["*.md"]


@pytest.mark.parametrize("overrides, words", [
    ({"fail_on": "never"}, "--fail-on"),
    ({"jobs": -3}, "--jobs"),
    ({"max_file_size": "lots"}, "--max-file-size"),
    ({"severity": {"NC001": "fatal"}}, "fatal"),
])
def test_merge_cli_validates(overrides: dict, words: str) -> None:
    with pytest.raises(NamecheckError) as exc:
        merge_cli(Config(), **overrides)
    assert words in str(exc.value)


def test_merge_cli_max_file_size_from_a_flag_or_python() -> None:
    assert merge_cli(Config(), max_file_size="1G").max_file_size == 1024 ** 3
    assert merge_cli(Config(), max_file_size=4096).max_file_size == 4096


def test_merge_cli_unknown_setting_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        merge_cli(Config(), fial_on="error")


# --- config_as_toml -----------------------------------------------------------------------------

def test_config_as_toml_round_trips(tmp_path: Path) -> None:
    c = load_config(DATA / "full.toml")
    text = config_as_toml(c)
    assert f"from {c.source}" in text
    again = load_config(write(tmp_path / ".namecheck.toml", text))
    assert again.severity == c.effective_severity()
    assert dataclasses.replace(again, source=None, severity={}) == \
        dataclasses.replace(c, source=None, severity={})


def test_config_as_toml_defaults_round_trip(tmp_path: Path) -> None:
    text = config_as_toml(Config())
    assert "from defaults" in text and "# glossary: the shipped glossary" in text
    for code, rule in RULES.items():
        assert f'{code} = "{rule.severity}"' in text
    again = load_config(write(tmp_path / ".namecheck.toml", text))
    assert again.glossary is None and again.encoding is None
    assert dataclasses.replace(again, source=None, severity={}) == Config()


def test_config_as_toml_writes_sizes_as_people_do() -> None:
    assert 'max-file-size = "64 MiB"' in config_as_toml(Config())
    assert 'max-file-size = "1000 bytes"' in config_as_toml(Config(max_file_size=1000))


def test_config_as_toml_escapes_strings(tmp_path: Path) -> None:
    odd = 'we"ird\\pa\tth\x7f/Мікалай 😀.yaml'
    c = Config(glossary=[os.sep + odd], language={'a "b"/*.md': "be"})
    again = load_config(write(tmp_path / ".namecheck.toml", config_as_toml(c)))
    assert again.glossary == c.glossary and again.language == c.language


def test_an_unknown_house_style_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / ".namecheck.toml"
    path.write_text('jobs = 1\nhouse-style = "be-pres"\n', encoding="utf-8")
    with pytest.raises(NamecheckError) as info:
        load_config(path)
    assert [str(e) for e in info.value.errors] == [
        f"{path}:2:1: unknown scheme 'be-pres' for 'house-style' (did you mean 'be-press'?); "
        "'namecheck translit --list' lists the schemes"]
    with pytest.raises(NamecheckError):
        merge_cli(Config(), house_style="nonsense")
