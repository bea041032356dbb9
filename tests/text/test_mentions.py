"""Words and name runs with code-point spans."""
from checker.text.mentions import runs, words


def texts(text):
    return [[w.text for w in run] for run in runs(text, words(text, 0, len(text)))]


def test_runs_of_capitalised_words():
    assert texts("Deputy minister Mikalai Karpiankou spoke in Minsk.") == [
        ["Deputy"], ["Mikalai", "Karpiankou"], ["Minsk"]]


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
