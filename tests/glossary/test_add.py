"""glossary add / show / entry: a new entry in id order, a clash refused, one entry shown."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import FIXTURE_GLOSSARY


@pytest.fixture
def copy(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / ".cache"))
    shutil.copytree(FIXTURE_GLOSSARY, tmp_path / "gl")
    return tmp_path / "gl"


def test_add_writes_the_entry_in_id_order_and_nothing_else(fixture_cli, copy):
    before = (copy / "people.yaml").read_text(encoding="utf-8")
    code, out, err = fixture_cli("glossary", "add", "--glossary", "gl", "--kind", "person",
                                 "--be", "Аляксей Жыгалка", "--ru", "Алексей Жигалко")
    assert (code, out, err) == (0, "gl/people.yaml: added aliaksei-zhyhalka\n", "")
    after = (copy / "people.yaml").read_text(encoding="utf-8")
    added = ("  - id: aliaksei-zhyhalka\n    kind: person\n    be: Аляксей Жыгалка\n"
             "    ru: Алексей Жигалко\n    canonical: Aliaksei Zhyhalka\n")
    assert added in after
    assert after.replace(after[after.index(added):after.index("  - id:", after.index(added) + 1)],
                         "") == before
    ids = [line.split(": ")[1] for line in after.splitlines() if line.startswith("  - id: ")]
    assert ids == sorted(ids)


def test_add_refuses_a_name_the_glossary_has(fixture_cli, copy):
    before = (copy / "people.yaml").read_text(encoding="utf-8")
    code, out, err = fixture_cli("glossary", "add", "--glossary", "gl", "--kind", "person",
                                 "--be", "Мікалай Карпянкоў", "--id", "mikalai-karpiankou-2")
    assert code == 2 and "'Мікалай Карпянкоў' is already in the glossary: mikalai-karpiankou " \
                         "(gl/people.yaml:" in err and "not added" in err
    assert (copy / "people.yaml").read_text(encoding="utf-8") == before


def test_entry_notes_a_person_already_there(fixture_cli, copy):
    code, out, err = fixture_cli("glossary", "entry", "--glossary", "gl", "--kind", "person",
                                 "--ru", "Николай Карпенков", "--id", "someone-new")
    assert code == 0 and out.startswith("  - id: someone-new")
    assert "'Николай Карпенков' is already in the glossary: mikalai-karpiankou" in err


def test_show_prints_one_entry_and_where_it_is(fixture_cli, copy):
    code, out, err = fixture_cli("glossary", "show", "--glossary", "gl", "homel")
    assert code == 0 and out.startswith("# gl/places.yaml:")
    assert "variants: [Gomel, Homiel]\n" in out
    code, out, err = fixture_cli("glossary", "show", "--glossary", "gl", "homl")
    assert code == 2 and "no entry 'homl' in the glossary (did you mean homel?)" in err
