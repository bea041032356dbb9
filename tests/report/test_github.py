"""GitHub Actions workflow commands."""
from checker.findings import Finding
from checker.report.github import command, escape_data, escape_property, render

from .samples import sample_errors, sample_findings, strange_name_report


def test_escaping():
    assert escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_command_drops_missing_properties():
    assert command("notice", "msg", file="a.md", line=None, title="T") == "::notice file=a.md,title=T::msg"
    assert command("error", "msg") == "::error::msg"


def test_output():
    lines = render(sample_findings(), sample_errors(), 3, notes=["skipped logo.png"]).splitlines()
    assert lines == [
        '::warning file=news/2024-05-12.md,line=3,col=5,endLine=3,endColumn=22,title=NC001::'
        'Known variant "Nikolai Karpenkov" of Mikalai Karpiankou',
        # info -> notice; a multi-line finding carries no columns; ',' and '%' escaped in the file name
        "::notice file=news/мінск%2C 100%25.md,line=7,endLine=8,title=NC002::"
        "Possible misspelling: Karpenkou (suggestion: Karpiankou)",
        "::warning file=docs/a.md,line=1,col=1,endLine=1,endColumn=9,title=NC004::"
        "Spelled Karpiankou here, Karpiankov in b.md",
        "::error file=a.txt,line=2,col=2,endLine=2,endColumn=6,title=NC003::"
        "Mixed Latin and Cyrillic letters (suggestion: Minsk)",
        "::error file=bad.txt,line=1,col=4,title=namecheck::"
        "invalid UTF-8 at byte offset 3 (0xE8: invalid continuation byte)",
        "::error file=missing.md,title=namecheck::no such file",
        "skipped logo.png",
        "Found 4 findings (2 fixable with --fix). 3 files checked. 2 errors.",
    ]


def test_message_newlines_are_escaped():
    f = Finding("a:b.md", 1, 1, 1, 2, "NC001", "line one\nline two: 50%", "x")
    (line, _) = render([f], [], 1).splitlines()
    assert line == ("::warning file=a%3Ab.md,line=1,col=1,endLine=1,endColumn=2,title=NC001::"
                    "line one%0Aline two: 50%25")


def test_file_names_are_escaped():
    findings, errors, notes = strange_name_report()
    lines = render(findings, errors, 4, notes=notes).splitlines()
    assert lines[0].startswith("::warning file=forged.md%3A1%3A1%3A NC001 [*] fake\\nreal.md,line=1,")
    assert lines[1].startswith("::warning file=red\\x1b[31m.md,line=1,")
    assert lines[2].startswith("::warning file=\\xc1\\xf0\\xfd\\xf1\\xf2.txt,line=1,")
    assert lines[4] == ("::error file=\\xc1\\xf0\\xfd\\xf1\\xf2.txt,line=3,col=1,title=namecheck::"
                        "cannot read\\nsecond line")
