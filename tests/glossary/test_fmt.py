"""glossary fmt: one layout and order, comments kept, the entries unchanged."""
from __future__ import annotations

import pytest

from checker.findings import NamecheckError
from checker.glossary.fmt import formatted_text

MESSY = """# Places for the tests. A comment at the top stays.
version: 1
entries:
  # Homel's own comment travels with it.
  - id: homel
    canonical: Homel
    kind: place
    variants:
      - Gomel
      - 'Homiel'
    note: A city in the south-east of Belarus, with a note long enough that a writer
      wrapped it over two lines.
    be: Гомель   # the Belarusian form
  - id: brest
    kind: place
    canonical: Brest
"""

TIDY = """# Places for the tests. A comment at the top stays.
version: 1
entries:
  - id: brest
    kind: place
    canonical: Brest
  # Homel's own comment travels with it.
  - id: homel
    kind: place
    be: Гомель   # the Belarusian form
    canonical: Homel
    variants: [Gomel, 'Homiel']
    note: A city in the south-east of Belarus, with a note long enough that a writer """ \
    """wrapped it over two lines.
"""


def test_one_layout_and_order_with_comments_kept():
    assert formatted_text(MESSY, "g.yaml") == TIDY


def test_formatting_twice_changes_nothing():
    assert formatted_text(TIDY, "g.yaml") == TIDY


def test_a_file_that_does_not_load_is_not_formatted():
    with pytest.raises(NamecheckError):
        formatted_text(MESSY.replace("kind: place\n    variants", "kind: town\n    variants"),
                       "g.yaml")


def test_check_writes_nothing_and_fails_until_formatted(fixture_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / ".cache"))
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "places.yaml").write_text(MESSY, encoding="utf-8")
    code, out, _ = fixture_cli("glossary", "fmt", "--check", "--glossary", "g")
    assert code == 1 and out == "g/places.yaml: not formatted\n1 file(s) to format\n"
    assert (tmp_path / "g" / "places.yaml").read_text(encoding="utf-8") == MESSY
    assert fixture_cli("glossary", "fmt", "--glossary", "g")[:2] == (0, "g/places.yaml: formatted\n")
    assert (tmp_path / "g" / "places.yaml").read_text(encoding="utf-8") == TIDY
    assert fixture_cli("glossary", "fmt", "--check", "--glossary", "g")[:2] == (
        0, "0 file(s) to format\n")
