"""A name wrapped over a PO string's continuation: read whole, fixed around the quotes."""
import pytest

from checker.check import Checker
from checker.check.joins import _around, read_through_joins
from checker.formats import read_document


@pytest.fixture(scope="module")
def checker(fixture_matcher) -> Checker:
    return Checker(fixture_matcher)


def test_a_name_wrapped_over_continuation_lines_is_read_whole_and_fixed_in_place(checker):
    text = ('msgid ""\n"Мікалай Карпянкоў "\n"выступіў."\nmsgstr ""\n'
            '"He said that Nikolai "\n"Karpenkov spoke."\n')
    doc = read_document(text.encode(), "a.po")
    assert read_through_joins(doc).text.splitlines()[4:] == ['"He said that Nikolai  ',
                                                             ' Karpenkov spoke."']
    findings = checker.check(doc, "en").findings
    (finding,) = findings
    assert (finding.line, finding.column, finding.end_line) == (5, 15, 6)
    assert finding.found == 'Nikolai "\n"Karpenkov'
    assert finding.suggestion == 'Mikalai "\n"Karpiankou' and finding.fix_safety == "safe"
    assert "'Nikolai Karpenkov' is a variant spelling" in finding.message


def test_a_fix_whose_words_do_not_line_up_with_the_joins_is_no_fix():
    text = 'a "Nikolai "\n"Karpenkov" b'
    read = 'a "Nikolai  \n Karpenkov" b'
    assert _around(text, read, 3, 24, "Mikalai  \n Karpiankou") == 'Mikalai "\n"Karpiankou'
    assert _around(text, read, 3, 24, "Karpiankou") is None


@pytest.mark.parametrize("text, expected", [
    # a list with a name a line, joined into one run: two names, each with its own finding
    ("The defendants were\nIhar Karpenka\nMikalai Karpyankou\nand two others.\n",
     [("Ihar Karpenka", None), ("Mikalai Karpyankou", "Mikalai Karpiankou")]),
    # two full names with no comma between them
    ("Witnesses: Sviatlana Tsikhanouskaya Ihar Karpenko.\n",
     [("Sviatlana Tsikhanouskaya", None), ("Ihar Karpenko", "Ihar Karpenka")]),
    ("Siarhei Tsikhanouski Svetlana Tikhanovskaya spoke.\n",
     [("Siarhei Tsikhanouski", None), ("Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya")]),
])
def test_two_adjacent_whole_names_stay_two_names(checker, text, expected):
    r = checker.check(read_document(text.encode("utf-8"), "doc.txt"))
    fixes = {f.found: f.suggestion for f in r.findings}
    assert [(m.text, fixes.get(m.text)) for m in r.mentions] == expected
