"""Words and name runs with code-point spans."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker.text.mentions import run_spans, runs, words


def texts(text):
    return [[w.text for w in run] for run in runs(text, words(text, 0, len(text)))]


def test_runs_of_capitalised_words():
    assert texts("Deputy minister Mikalai Karpiankou spoke in Minsk.") == [
        ["Deputy"], ["Mikalai", "Karpiankou"], ["Minsk"]]


def test_a_name_after_a_title_and_a_bodys_name_is_in_one_run():
    # seven capitalised words: the run is not cut between the given and the family name
    text = "The Central Election Commission Chairman Igor Karpenko said so."
    assert texts(text) == [["The", "Central", "Election", "Commission", "Chairman", "Igor",
                            "Karpenko"]]
    assert [text[s:e] for s, e in run_spans(text, 0, len(text))] == [text[:54]]


def test_possessive_is_outside_the_word():
    (w,) = words("Karpiankou's", 0, 12)
    assert (w.text, w.start, w.end) == ("Karpiankou", 0, 10)


def test_hyphenated_and_initials():
    assert texts("Tsikhanouskaya-led team") == [["Tsikhanouskaya"]]
    assert texts("Davyd-Haradok is a town") == [["Davyd", "Haradok"]]
    assert texts("M. Karpiankou said") == [["M", "Karpiankou"]]


def test_a_name_may_wrap_one_line_but_not_a_paragraph():
    assert texts("Mikalai\nKarpiankou") == [["Mikalai", "Karpiankou"]]
    assert texts("Mikalai\n\nKarpiankou") == [["Mikalai"], ["Karpiankou"]]


def test_cyrillic_and_combining_marks():
    assert texts("Алякса́ндр Тарайкоўскі загінуў") == [["Алякса́ндр", "Тарайкоўскі"]]


def test_spans_count_code_points():
    text = "😀 Mikalai"
    (w,) = words(text, 0, len(text))
    assert (w.start, w.end) == (2, 9)


def test_run_spans_leave_the_possessive_out():
    text = "Mikalai Karpiankou's case and M. Karpiankou’s"
    assert [text[s:e] for s, e in run_spans(text, 0, len(text))] == [
        "Mikalai Karpiankou", "M. Karpiankou"]


def test_a_possessive_that_is_a_word_of_names_does_not_end_the_run():
    text = "the Belarusian People's Republic and the All-Belarusian People’s Assembly"
    assert texts(text) == [["Belarusian", "People", "Republic"], ["All", "Belarusian", "People",
                                                                  "Assembly"]]
    assert [text[s:e] for s, e in run_spans(text, 0, len(text))] == [
        "Belarusian People's Republic", "All-Belarusian People’s Assembly"]
    # any other possessive ends it, and a final one is left out
    other = "Tsikhanouskaya's Office and the People's"
    assert texts(other) == [["Tsikhanouskaya"], ["Office"], ["People"]]
    assert [other[s:e] for s, e in run_spans(other, 0, len(other))] == [
        "Tsikhanouskaya", "Office", "People"]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="aAbZМмаі ’'ʼ-.\u00a0\n\r\t1_sSǅ\u0301\u0302𐐀", max_size=50),
       st.integers(0, 50), st.integers(0, 50))
@example("S’", 0, 2)  # a one-letter run before an apostrophe is not a possessive
@example("’S-A", 0, 4)  # nor a one-letter word after one: the apostrophe is not in it
@example("A People's B People’s", 0, 21)  # a possessive that is a word of names
@example("People'sS People's-A", 0, 20)
@example("aPeople's B", 0, 11)  # a longer word ending in one is no such word
@example("a\u0301People's B", 0, 12)
@example("O'People's B 'People's C", 0, 24)
def test_run_spans_are_the_runs_of_words(text, a, b):
    """The one-pattern scanner finds exactly the runs that runs(words()) builds word by word."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [(r[0].start, r[-1].end)
                for r in runs(text, words(text, start, end, capitalised_only=True))]
    assert run_spans(text, start, end) == expected


def test_run_spans_agree_with_words_on_the_seed_documents():
    """The shipped seed documents: English, Russian and Belarusian text with names in many forms."""
    from pathlib import Path

    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.*"))
    assert len(seeds) >= 5
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        expected = [(r[0].start, r[-1].end)
                    for r in runs(text, words(text, 0, len(text), capitalised_only=True))]
        assert len(expected) > 10, path
        assert run_spans(text, 0, len(text)) == expected, path


def test_capitals_class():
    """The capitals the run pattern starts a word with (checker.text.letters works them out)."""
    from checker.text import mentions

    capitals = mentions._uppercase_class()
    for c in "AZÀÞĀŁАЯІЎЁΩ":
        assert re.fullmatch(capitals, c), c
    for c in "azàłаяіўё1_-":
        assert not re.fullmatch(capitals, c), c


def test_possessives_data_hygiene():
    from checker.datafiles import load_data
    from checker.text.mentions import NAME_POSSESSIVES

    data = load_data("checker.text", "possessives.yaml")
    assert set(data) == {"words"}
    assert data["words"] == sorted(set(data["words"])) and all(
        re.fullmatch(r"[A-Z][a-z]+", w) for w in data["words"]), data["words"]
    assert frozenset(data["words"]) == NAME_POSSESSIVES
