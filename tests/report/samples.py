"""Sample findings and errors shared by the reporter tests."""
from checker.findings import Finding, InputError


def sample_findings():
    return [
        Finding("news/2024-05-12.md", 3, 5, 3, 22, "NC001",
                'Known variant "Nikolai Karpenkov" of Mikalai Karpiankou', "Nikolai Karpenkov",
                suggestion="Mikalai Karpiankou", entry="mikalai-karpiankou", fix_safety="safe",
                start=40, end=57),
        Finding("news/мінск, 100%.md", 7, 1, 8, 4, "NC002",
                "Possible misspelling: Karpenkou", "Karpen\nkou",
                suggestion="Karpiankou", entry="mikalai-karpiankou", fix_safety="unsafe"),
        Finding("docs\\a.md", 1, 1, 1, 9, "NC004",
                "Spelled Karpiankou here, Karpiankov in b.md", "Karpiankov",
                related=[{"path": "b.md", "line": 2, "column": 3, "end_line": 2, "end_column": 13,
                          "message": "other spelling"}]),
        Finding("a.txt", 2, 2, 2, 6, "NC003", "Mixed Latin and Cyrillic letters", "Мinsk",
                suggestion="Minsk", fix_safety="safe", severity="error"),
    ]


def sample_errors():
    return [InputError("bad.txt", "invalid UTF-8 at byte offset 3 (0xE8: invalid continuation byte)",
                       line=1, column=4),
            InputError("missing.md", "no such file")]


# file names a report must not print as they are: a newline (it would forge a report line),
# a terminal escape, and bytes that are not UTF-8 (cp1251 'Брэст', kept by surrogateescape)
NEWLINE_NAME = "forged.md:1:1: NC001 [*] fake\nreal.md"
ESCAPE_NAME = "red\x1b[31m.md"
CP1251_NAME = b"\xc1\xf0\xfd\xf1\xf2.txt".decode("utf-8", "surrogateescape")


def strange_name_report():
    """Findings, errors and notes about files with those names."""
    findings = [Finding(name, 1, 1, 1, 8, "NC001", "Known variant", "Mogilev",
                        suggestion="Mahiliou", fix_safety="safe")
                for name in (NEWLINE_NAME, ESCAPE_NAME, CP1251_NAME)]
    findings.append(Finding("a.md", 2, 1, 2, 8, "NC004", "Spelled two ways", "Mogilev",
                            related=[{"path": CP1251_NAME, "line": 1, "column": 1}]))
    errors = [InputError(CP1251_NAME, "cannot read\nsecond line", 3, 1)]
    notes = [f"{NEWLINE_NAME}: skipped: binary file"]
    return findings, errors, notes
