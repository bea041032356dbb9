"""TMX: the target variants' <seg> text is prose, paired with the source variant; attributes,
<prop> and <note> are not."""
import pytest

from checker.findings import NamecheckError
from checker.formats import detect_format, read_document

from .timing import SIZE, assert_read_in_linear_time

TMX = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="ours" segtype="sentence" o-tmf="none" adminlang="en" srclang="be"
          datatype="plaintext"/>
  <body>
    <tu tuid="Gomel-report-1">
      <prop type="x-project">Gomel report, Karpenkov</prop>
      <note>Nikolai Karpenkov asked for it.</note>
      <tuv xml:lang="be"><seg>Мікалай Карпянкоў выступіў у Гомелі.</seg></tuv>
      <tuv xml:lang="ru"><seg>Николай Карпянкоў <ph x="1">{Gomel}</ph>выступил.</seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="ru"><seg>Город Могилёв.</seg></tuv>
      <tuv xml:lang="be"><seg>Горад Магілёў.</seg></tuv>
    </tu>
  </body>
</tmx>
'''


def texts(doc, ranges):
    return [doc.text[s:e] for s, e in ranges]


def test_targets_are_prose_and_paired_with_their_sources():
    doc = read_document(TMX.encode(), "memory.tmx")
    assert (doc.format, doc.language, doc.source_language) == ("tmx", "ru", "be")
    assert texts(doc, doc.segments) == ["Николай Карпянкоў ", "выступил.", "Город Могилёв."]
    assert [texts(doc, source) for source, _ in doc.units] == [
        ["Мікалай Карпянкоў выступіў у Гомелі."], ["Горад Магілёў."]]
    assert not any("Gomel" in t or "Karpenkov" in t for t in texts(doc, doc.segments))


def test_a_units_own_srclang_and_all_languages():
    text = ('<tmx version="1.4"><header srclang="*all*"/><body>'
            '<tu srclang="en"><tuv xml:lang="de"><seg>Mogiljow</seg></tuv>'
            '<tuv xml:lang="en"><seg>Mogilev</seg></tuv></tu></body></tmx>')
    doc = read_document(text.encode(), "a.tmx")
    assert doc.language == "de" and texts(doc, doc.segments) == ["Mogiljow"]


def test_found_by_content_and_malformed_is_an_error():
    assert detect_format("memory.xml", TMX.encode()) == "tmx"
    with pytest.raises(NamecheckError) as error:
        read_document(TMX.replace("</tu>", "</tuv>", 1).encode(), "memory.tmx")
    assert str(error.value.errors[0]).startswith("memory.tmx:12:")


def test_many_units_take_linear_time():
    unit = '<tu><tuv xml:lang="en"><seg>{0}</seg></tuv><tuv xml:lang="de"><seg>{0}</seg></tuv></tu>\n'

    def memory(words: str) -> str:
        one = unit.format(words)
        return '<tmx><header srclang="en"/><body>' + one * (SIZE // len(one)) + "</body></tmx>"

    assert_read_in_linear_time(memory("Гомель &amp; Мінск"), memory("Homel and a Minsk"), "a.tmx")
