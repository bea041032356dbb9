"""Bilingual CSV and TSV: the target column is prose, paired with the source column."""
from checker.formats import read_document

from .timing import SIZE, assert_read_in_linear_time


def texts(doc, ranges):
    return [doc.text[s:e] for s, e in ranges]


def test_language_columns_name_source_and_target():
    text = ('id,be,ru,note\r\n1,"Мікалай Карпянкоў, Гомель","Николай Карпянкоў, ""Гомель""'
            '\r\nи дальше",Karpenkov\r\n2,Магілёў,Могилёв,\r\n')
    doc = read_document(text.encode(), "a.csv")
    assert (doc.format, doc.language, doc.source_language) == ("table", "ru", "be")
    assert texts(doc, doc.segments) == ['Николай Карпянкоў, "', 'Гомель"', "\r\nи дальше",
                                        "Могилёв"]
    assert [texts(doc, source) for source, _ in doc.units] == [["Мікалай Карпянкоў, Гомель"],
                                                               ["Магілёў"]]


def test_source_and_target_columns_in_tsv():
    doc = read_document(b"Source\tTarget\nMogilev\tMahiliou\n", "a.tsv")
    assert texts(doc, doc.segments) == ["Mahiliou"] and doc.language is None
    assert texts(doc, doc.units[0][0]) == ["Mogilev"]


def test_a_table_without_such_a_header_is_data_with_no_prose():
    # a data file (names in cells) is no translation: nothing to check, nothing to fix
    doc = read_document(b"name,city\nKarpenkov,Mogilev\n", "a.csv")
    assert doc.segments == [] and not doc.units


def test_an_unclosed_quote_runs_to_the_end():
    doc = read_document(b'en;de\nMogilev;"Mogiljow\nund so', "a.csv")
    assert texts(doc, doc.segments) == ["Mogiljow\nund so"]


def test_many_rows_take_linear_time():
    def table(cell: str) -> str:
        row = f'{cell},"{cell}"\n'
        return "en,de\n" + row * (SIZE // len(row))

    assert_read_in_linear_time(table('Homel ""and"" Minsk'), table("Homel and a Minsk"), "a.csv")
