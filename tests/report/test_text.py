"""The default text report."""
import re

from checker.report.text import render

from .samples import CP1251_NAME, sample_errors, sample_findings, strange_name_report

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_output():
    out = render(sample_findings(), sample_errors(), 3, notes=["skipped 1 binary file: logo.png"])
    assert out.splitlines() == [
        'news/2024-05-12.md:3:5: NC001 [*] Known variant "Nikolai Karpenkov" of Mikalai Karpiankou',
        "news/мінск, 100%.md:7:1: NC002 Possible misspelling: Karpenkou (suggestion: Karpiankou)",
        "docs\\a.md:1:1: NC004 Spelled Karpiankou here, Karpiankov in b.md",
        "a.txt:2:2: NC003 [*] Mixed Latin and Cyrillic letters (suggestion: Minsk)",
        "bad.txt:1:4: error: invalid UTF-8 at byte offset 3 (0xE8: invalid continuation byte)",
        "missing.md: error: no such file",
        "note: skipped 1 binary file: logo.png",
        "Found 4 findings (2 fixable with --fix). 3 files checked. 2 errors.",
    ]
    assert "\x1b" not in out


def test_no_findings():
    assert render([], [], 5) == "No findings. 5 files checked.\n"


def test_color_marks_path_code_and_errors_and_strips_to_the_plain_output():
    findings, errors = sample_findings(), sample_errors()
    out = render(findings, errors, 3, color=True)
    assert ANSI.sub("", out) == render(findings, errors, 3)
    lines = out.splitlines()
    assert lines[0].startswith("\x1b[1mnews/2024-05-12.md\x1b[0m")
    assert "\x1b[33mNC001\x1b[0m" in lines[0]        # warning: yellow
    assert "\x1b[34mNC002\x1b[0m" in lines[1]        # info: blue
    assert "\x1b[31mNC003\x1b[0m" in lines[3]        # error: red
    assert "\x1b[1;31merror\x1b[0m" in lines[4]


def test_a_name_wrapped_over_two_lines_is_reported_on_one():
    from checker.findings import Finding

    wrapped = Finding("a.md", 11, 89, 12, 8, "NC001",
                      "'Natalia Eismont' is a variant spelling of Natallia Eismant; write 'Natallia Eismant'",
                      "Natalia\nEismont", suggestion="Natallia\nEismant", fix_safety="safe")
    other = Finding("a.md", 3, 1, 4, 5, "NC002", "Possible misspelling", "Karpian\nkuo",
                    suggestion="Karpian-\nkou", fix_safety="unsafe")
    lines = render([wrapped, other], [], 1).splitlines()
    assert lines[0].endswith("write 'Natallia Eismant'")      # the message says it already
    assert lines[1].endswith("(suggestion: Karpian- kou)")
    assert len(lines) == 3


def test_file_names_are_escaped_to_one_line_each():
    findings, errors, notes = strange_name_report()
    lines = render(findings, errors, 4, notes=notes).splitlines()
    assert lines[:3] == [
        "forged.md:1:1: NC001 [*] fake\\nreal.md:1:1: NC001 [*] Known variant (suggestion: Mahiliou)",
        "red\\x1b[31m.md:1:1: NC001 [*] Known variant (suggestion: Mahiliou)",
        "\\xc1\\xf0\\xfd\\xf1\\xf2.txt:1:1: NC001 [*] Known variant (suggestion: Mahiliou)",
    ]
    assert lines[4] == "\\xc1\\xf0\\xfd\\xf1\\xf2.txt:3:1: error: cannot read\\nsecond line"
    assert lines[5] == "note: forged.md:1:1: NC001 [*] fake\\nreal.md: skipped: binary file"
    assert CP1251_NAME not in render(findings, errors, 4, color=True)
