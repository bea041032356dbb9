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
