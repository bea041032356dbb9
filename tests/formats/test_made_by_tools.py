"""Translation files made by translators' tools (translate-toolkit's po2xliff), checked and
fixed, and read back by the same tools. Skipped where translate-toolkit is not installed (it is
in the test extra)."""
from __future__ import annotations

import io

import pytest

from tests.conftest import fixture_argv

toolkit = pytest.importorskip("translate")

PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"

#: report.txt:1
msgid "Мікалай Карпянкоў выступіў у Магілёве."
msgstr "Nikolai Karpenkov spoke in Mahiliou."

#: report.txt:2
msgid "Горад Гомель."
msgstr "The city of Gomel."
'''


@pytest.fixture
def made(tmp_path, monkeypatch):
    from translate.convert import po2xliff

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / ".cache"))
    out = io.BytesIO()
    po2xliff.convertpo(io.BytesIO(PO.encode()), out, None)
    (tmp_path / "report.xlf").write_bytes(out.getvalue())
    return tmp_path / "report.xlf"


def test_po2xliff_output_is_checked_at_the_right_lines_and_fixed_for_the_toolkit(made, capsys):
    from translate.storage import xliff

    from checker.cli import main

    text = made.read_text(encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "<target" in t and "Nikolai" in t)
    assert main(fixture_argv(["check", "report.xlf"])) == 1
    out = capsys.readouterr().out
    assert f"report.xlf:{line}:" in out and "NC001" in out
    assert main(fixture_argv(["check", "--fix", "report.xlf"])) in (0, 1)
    store = xliff.xlifffile.parsestring(made.read_bytes())
    targets = [unit.target for unit in store.units if not unit.isheader()]
    assert targets == ["Mikalai Karpiankou spoke in Mahiliou.", "The city of Homel."]


WRAPPED = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=windows-1251\\n"
"Language: en\\n"

msgid ""
"Мікалай Карпянкоў выступіў у Магілёве, а потым "
"у Гомелі."
msgstr ""
"In Mahiliou and then in Homel, the speaker was Nikolai "
"Karpenkov."
'''


def test_a_po_file_with_a_wrapped_name_and_a_charset_is_fixed_for_msgfmt(tmp_path, monkeypatch,
                                                                          capsys):
    import shutil
    import subprocess

    from checker.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / ".cache"))
    path = tmp_path / "a.po"
    path.write_bytes(WRAPPED.encode("cp1251"))
    assert main(fixture_argv(["check", "--fix", "--unsafe-fixes", "a.po"])) in (0, 1)
    # not the hybrid Nikolai Karpiankou: the whole name, each word on its own line
    assert path.read_bytes() == WRAPPED.replace('Nikolai "\n"Karpenkov',
                                                'Mikalai "\n"Karpiankou').encode("cp1251")
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check", "-o", str(tmp_path / "a.mo"), "a.po"], check=True)


def test_po2tmx_output_fixed_only_in_its_target_text(tmp_path, monkeypatch, capsys):
    from translate.convert import po2tmx
    from translate.storage import tmx

    from checker.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / ".cache"))
    (tmp_path / "report.po").write_text(PO, encoding="utf-8")
    assert po2tmx.main(["-l", "en", "--source-language", "be", "report.po", "report.tmx"]) in (0, None)
    made = (tmp_path / "report.tmx").read_text(encoding="utf-8")
    made = made.replace("<tu", '<tu tuid="Gomel-report-1"', 1).replace(
        "<tuv", '<prop type="x-note">Gomel, Nikolai Karpenkov</prop><tuv', 1)
    (tmp_path / "report.tmx").write_text(made, encoding="utf-8")
    assert main(fixture_argv(["check", "report.tmx"])) == 1
    out = capsys.readouterr().out
    line = next(i for i, t in enumerate(made.splitlines(), 1) if "Nikolai" in t and "<seg" in t)
    assert f"report.tmx:{line}:" in out
    assert main(fixture_argv(["check", "--fix", "report.tmx"])) in (0, 1)
    fixed = (tmp_path / "report.tmx").read_text(encoding="utf-8")
    assert fixed == made.replace("<seg>Nikolai Karpenkov", "<seg>Mikalai Karpiankou").replace(
        "<seg>The city of Gomel", "<seg>The city of Homel")
    store = tmx.tmxfile.parsestring(fixed.encode())
    assert [u.target for u in store.units] == ["Mikalai Karpiankou spoke in Mahiliou.",
                                               "The city of Homel."]


def test_a_bilingual_csv_is_fixed_in_its_target_cells(tmp_path, monkeypatch, capsys):
    import csv
    import io as _io

    from checker.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / ".cache"))
    text = ('key,be,en\r\nGomel-1,"Горад Гомель, дзе выступіў Мікалай Карпянкоў",'
            '"The city of Gomel, where Nikolai Karpenkov spoke"\r\n'
            'Gomel-2,Горад Магілёў,The city\r\n')
    (tmp_path / "t.csv").write_text(text, encoding="utf-8", newline="")
    assert main(fixture_argv(["check", "t.csv"])) == 1
    out = capsys.readouterr().out
    line = text.splitlines()[1]
    assert f"t.csv:2:{line.index('Gomel,') + 1}: NC001" in out
    assert f"t.csv:3:{text.splitlines()[2].index('The city') + 1}: NC006" in out
    assert main(fixture_argv(["check", "--fix", "t.csv"])) in (0, 1)
    rows = list(csv.reader(_io.StringIO((tmp_path / "t.csv").read_text(encoding="utf-8"))))
    assert rows[1] == ["Gomel-1", "Горад Гомель, дзе выступіў Мікалай Карпянкоў",
                       "The city of Homel, where Mikalai Karpiankou spoke"]
