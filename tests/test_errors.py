"""Input errors and their wording: one line each, whatever the file name holds."""
from __future__ import annotations

import pytest

from checker.errors import InputError, encodable, printable


@pytest.mark.parametrize("text, shown", [
    ("news/Мінск, 100%.md", "news/Мінск, 100%.md"),          # nothing to escape
    ("C:\\docs\\a.md", "C:\\docs\\a.md"),                     # backslashes stay
    ("a\nb\rc\td.md", "a\\nb\\rc\\td.md"),
    ("red\x1b[31m\x00\x7f\x85.md", "red\\x1b[31m\\x00\\x7f\\x85.md"),
    ("a\u2028b\u202ec.md", "a\\u2028b\\u202ec.md"),            # line separator, bidi override
    (b"\xc1\xf0\xfd\xf1\xf2.md".decode("utf-8", "surrogateescape"), "\\xc1\\xf0\\xfd\\xf1\\xf2.md"),
    ("\ud800.md", "\\ud800.md"),                              # a lone surrogate of another kind
])
def test_printable_escapes_what_a_line_must_not_hold(text, shown):
    assert printable(text) == shown
    shown.encode("utf-8")


def test_encodable_escapes_only_what_utf8_cannot_encode():
    name = b"a\n\xc1.md".decode("utf-8", "surrogateescape")
    assert encodable(name) == "a\n\\xc1.md"
    assert encodable("Мінск.md") == "Мінск.md"


def test_an_error_is_one_line_whatever_its_path_and_message_hold():
    name = b"forged.md:1:1: fake\n\xc1.md".decode("utf-8", "surrogateescape")
    e = InputError(name, "internal error: problem\n  in line 3", 2, 5)
    assert str(e) == "forged.md:1:1: fake\\n\\xc1.md:2:5: internal error: problem\\n  in line 3"
    assert str(InputError("a.md", "no such file")) == "a.md: no such file"
