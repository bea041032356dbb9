"""What the words around a name say: alternates, longer names, a paragraph's language."""
from __future__ import annotations

import pytest

from checker.datafiles import load_data
from checker.text.context import (
    a_list_item_alone,
    about_time_before,
    an_original_in_brackets,
    cited_author,
    cited_title,
    defined_in_brackets,
    glued_word,
    in_a_credit,
    in_address,
    in_an_epithet,
    in_longer_name,
    is_labelled_alternate,
    joined_to,
    paragraph_language,
    paragraphs,
    possessor_of_kin_before,
    quoted_among_words,
    reads_as_a_given_name,
)


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(("text", "name"), [
    ("The city of Mahiliou (Belarusian: Mahilyow) lies on the Dnieper.", "Mahilyow"),
    ("Its Russian name, Russian: Mogilev, is older.", "Mogilev"),
    ("The writer Vasil Bykau, also spelled Vasil Bykov, died in 2003.", "Vasil Bykov"),
    ("Sviatlana Tsikhanouskaya (born Svetlana Pilipchuk) is a politician.", "Svetlana Pilipchuk"),
    ("The party leader (né Mashero; 1918-1980) was a partisan.", "Mashero"),
    ("The town is called Mogilyov in Russian.", "Mogilyov"),
    ("Die Stadt Mahiljou (weißrussisch: Mahilyow) liegt am Dnepr.", "Mahilyow"),
    # a German reference work's abbreviated label
    ("KARPENKOV, Nikolai (wruss. KARPIANKOU, Mikalai), Mathematiker.", "KARPIANKOU, Mikalai"),
    ("Mahiljou (russ. Mogiljow) liegt am Dnepr.", "Mogiljow"),
    ("Mahiljou\nrussisch: Mogiljow", "Mogiljow"),
    ("Mahiljou\nruss. Mogiljow", "Mogiljow"),
    ("Miasto Mohylew (biał. Mahilyow) leży nad Dnieprem.", "Mahilyow"),
    ("Город Могилёв (белор. Магілёў) стоит на Днепре.", "Магілёў"),
    ("Горад Магілёў (рус.: Могилёв) стаіць на Дняпры.", "Могилёв"),
    ("Nikolai Karpenkov, a.k.a. Mikalai Karpiankou, was named.", "Mikalai Karpiankou"),
    # a bracket after the name that holds only its language
    ("Its names: Słonim [Polish], Slonim [Belarusian].", "Słonim"),
    ("Its older name is Mogilev (Russian).", "Mogilev"),
    # every name of a bracket that opens with a language's label, the second after a comma too
    ("Mahiliou (Belarusian: Mahilyow; Polish: Mohylew, Latin: Mohilovia, Mohiloviae) grew.",
     "Mohiloviae"),
    # a language's label with a preposition, after a comma or semicolon
    ("The town is Brest, in Russian, Brest-Litovski; in Polish Brzesc; now Brest.", "Brzesc"),
    ("Die Stadt Brest, auf Polnisch Brześć, liegt am Bug.", "Brześć"),
    ("Prince Mikołaj Radziwiłł nicknamed Sirotka built the castle.", "Sirotka"),
    ("The band was founded in 1969 and initially was called Liavony.", "Liavony"),
    # an abbreviated language's label of a gazetteer, and a colon's list after a label
    ("Motal (Pol. Motol, Bel. Моталь, Yid. Motl) is a village.", "Motol"),
    ("The Brest Ghetto, also: Brześć Ghetto, and Brest-Litovsk Ghetto, was closed.",
     "Brest-Litovsk Ghetto"),
    ("Other names: Brześć, Brisk.", "Brisk"),
])
def test_a_labelled_second_spelling_is_an_alternate(text: str, name: str) -> None:
    assert is_labelled_alternate(text, *_span(text, name))


@pytest.mark.parametrize(("text", "name"), [
    ("The Belarusian Nikolai Karpenkov said nothing.", "Nikolai Karpenkov"),
    # a sentence that opens with a people's adjective, at a line's start, gives no label
    ("Belarusian Nikolai Karpenkov won the prize.", "Nikolai Karpenkov"),
    ("The prize went to him.\nRussian Nikolai Karpenkov won.", "Nikolai Karpenkov"),
    ("Russian troops left Gomel in the morning.", "Gomel"),
    ("A man born in Gomel spoke to the newspaper.", "Gomel"),
    ("Reborn Gomel is a club.", "Gomel"),
    ("He was unborn. Gomel then grew.", "Gomel"),
    # a bracket after the name that says more than its language
    ("The town of Gomel (Russian troops left it) grew.", "Gomel"),
    # a bracket that opens with a people's adjective and no colon is no list of names
    ("The march (Belarusian students and Gomel workers) grew.", "Gomel"),
    # "in" and a people's adjective in running text: a town of that country
    ("Protests in Polish Brzesc drew crowds.", "Brzesc"),
    # a colon with no label before it, or a label whose sentence has ended
    ("She visited Minsk: Brisk was next.", "Brisk"),
    ("Also known as the capital. Brisk was next.", "Brisk"),
    # a reading tip's "also" is no label: the headline after it is the document's own
    ("Read also: Belarus' Lukashenko has made a decision.", "Lukashenko"),
    ("See also: Brisk, a town on the Bug.", "Brisk"),
])
def test_an_ordinary_mention_is_not_an_alternate(text: str, name: str) -> None:
    assert not is_labelled_alternate(text, *_span(text, name))


@pytest.mark.parametrize(("text", "name", "before"), [
    ("He was born in Homel (Gomel) in 1970.", "Gomel", "Homel"),
    ("He was born in Homel or Gomel, sources differ.", "Gomel", "Homel"),
    ("He was born in Homel/Gomel.", "Gomel", "Homel"),
    ("The Premier League or the Vysheyshaya Liga is the top tier.", "Vysheyshaya", "League"),
    ("Он родился в Гомеле (Гомель) в 1970 году.", "Гомель", "Гомеле"),
])
def test_a_joiner_links_a_name_to_the_one_before(text: str, name: str, before: str) -> None:
    end = joined_to(text, text.index(name))
    assert end is not None and text[:end].endswith(before)


def test_no_joiner_no_link() -> None:
    text = "He met Homel officials and Gomel officials."
    assert joined_to(text, text.index("Gomel")) is None


@pytest.mark.parametrize(("text", "name", "longer"), [
    ("She studied at Gomel State University until 2019.", "Gomel", True),
    ("The Minsk Regional Court sentenced him.", "Minsk", True),
    ("Workers of Grodno Azot Plant went on strike.", "Grodno", True),
    ("We toured the Rodina Collective Farm near Bialynichy.", "Rodina", True),
    ("In 1772 Orsha became part of the Mogilyov Gubernia.", "Mogilyov", True),
    ("The SPC \"Rodina Kolkhoz\" has kept its herd.", "Rodina", True),
    ("Troops of the Ministry of Internal Affairs of the Russian Federation arrived.",
     "Ministry of Internal Affairs", True),
    ("Its owners include Moscow Oil Refinery Plus.", "Moscow", True),
    ("Visitors may tour the Polesie Radiation and Ecological Reserve.", "Polesie", True),
    ("The Rodina collective farm kept its herd.", "Rodina", True),
    ("The church at 72 Kovalova Street was pulled down.", "Kovalova", True),
    # a route or a trail named after a person
    ("The tourist route Following the Batory Way opened in 2019.", "Batory", True),
    ("Hikers keep to the Kalinouski Trail in summer.", "Kalinouski", True),
    ("It was the largest town of the Nowogródek voivodship.", "Nowogródek", True),
    ("He lives in the Hrodna Region now.", "Hrodna", False),
    ("Polesie and the Pripyat valley flooded.", "Polesie", False),
    ("Minsk is the capital.", "Minsk", False),
    ("Minsk Mayor Vladimir Kukharev spoke.", "Minsk", False),
])
def test_a_name_inside_a_longer_proper_name(text: str, name: str, longer: bool) -> None:
    assert in_longer_name(text, _span(text, name)[1]) is longer


def test_paragraphs_split_at_blank_lines() -> None:
    text = "one\ntwo\n\nthree\n \nfour"
    assert [text[s:e] for s, e in paragraphs(text, 0, len(text))] == ["one\ntwo", "three", "four"]


def test_a_paragraph_in_another_language_is_read_in_its_own() -> None:
    polish = ("Według obrońców praw człowieka z centrum Wiasna, na Białorusi jest obecnie "
              "ponad tysiąc więźniów politycznych, a wśród nich jest także Ihar Łosik, który "
              "został skazany na piętnaście lat.")
    assert paragraph_language(polish, "en") == "pl"
    assert paragraph_language("Short Polish: w Mińsku.", "en") == "en"   # too short to tell
    # a paragraph in Cyrillic is Russian or Belarusian in any page, however short
    russian = "Это длинный абзац по-русски, " * 6
    assert paragraph_language(russian, "en") == "ru"
    assert paragraph_language("Зачем был нужен пистолет?", "en") == "ru"
    assert paragraph_language("Гэта доўгі абзац па-беларуску, " * 6, "de") == "be"


def test_a_line_of_cyrillic_words_is_a_paragraph_of_its_own() -> None:
    text = "Minsk\nЗачем был нужен пистолет? Пропали двое\nAccording to the report\nOne"
    assert [text[s:e] for s, e in paragraphs(text, 0, len(text))] == [
        "Minsk", "Зачем был нужен пистолет? Пропали двое", "According to the report\nOne"]
    # a name and its original stay with the lines around them
    text = "Babruysk\nБабруйск\nБобруйск (Bobruysk)\nView of the town"
    assert [text[s:e] for s, e in paragraphs(text, 0, len(text))] == [text]


def test_the_context_data_is_sorted_and_unique() -> None:
    # every list of words in the file, so that a list added later is held to it too
    data = load_data("checker.text", "context.yaml")
    lists = {key: words for key, words in data.items()
             if isinstance(words, list) and all(isinstance(w, str) for w in words)}
    assert {"phrase_labels", "person_words", "media_words", "other_countries"} <= set(lists)
    for key, words in lists.items():
        assert words == sorted(set(words)), key
        assert all(w == w.strip() and w == w.lower() for w in words), key


@pytest.mark.parametrize("text, acronym, expected", [
    ('the "Belarusian House in Ukraine" (BDU) said; BDU later added', "BDU", True),
    ("Party Narodnaya Hramada (BSDP NH) and the BSDP NH", "BSDP NH", True),
    ("students of BDU (BDU) came", "BDU", True),
    ("a list: (BDU), then BDU", "BDU", False),       # brackets after no name
    ("BDU and (BSU) were named", "BDU", False),
])
def test_an_acronym_the_document_defines_in_brackets(text, acronym, expected):
    assert defined_in_brackets(text, acronym) is expected


def test_an_acronym_is_defined_per_document():
    defines = "the Belarusian House in Ukraine (BDU) and BDU"
    assert defined_in_brackets(defines, "BDU")
    assert not defined_in_brackets("BDU, the university, and BDU again", "BDU")
    assert defined_in_brackets(defines, "BDU")


@pytest.mark.parametrize("name, glued", [
    ("Alexander Lukashenkoand", "and"), ("Krystina Tsimanouskayawho", "who"),
    ("Aliaksandr Lukashenka", None), ("Denis", None),   # a name that ends so by itself
    ("Dzianis", None) if False else ("Karpiankouthe", "the"), ("LUKASHENKOAND", None),
])
def test_a_word_glued_to_the_end_of_a_name(name, glued):
    assert glued_word(name) == glued


@pytest.mark.parametrize(("word", "given"), [
    ("Josep", True),
    ("Leo", True),
    ("LEO", True),      # a byline in capitals: a name of English text
    ("KGB", False),     # an acronym
    ("OMON", False),
    ("The", False),     # a common word
    ("Judge", False),   # a title
    ("Al", False),      # too short
])
def test_what_reads_as_a_given_name_before_a_family_name(word: str, given: bool) -> None:
    assert reads_as_a_given_name(word) is given


REFERENCE = ("Sources: W. Kordowicz, Konstanty Kalinowski, Warszawa 1955; "
             "A. Smirnov, Kastus Kalinowski, Moskva 1955.")


@pytest.mark.parametrize(("text", "name", "cited"), [
    (REFERENCE, "Konstanty Kalinowski", True),   # a title between its author and its imprint
    (REFERENCE, "Warszawa", True),               # the place of publication
    (REFERENCE, "Smirnov", True),                # an author by initial and family name
    (REFERENCE, "Kastus Kalinowski", True),
    ("He moved to Warszawa, Mogilev 1985 was hard.", "Mogilev", False),
    ("Konstanty Kalinowski, the rebel, was hanged in Vilnius in 1864.", "Konstanty Kalinowski",
     False),
    ("A. Smirnov, the historian, disagreed in 1955.", "Smirnov", False),
])
def test_a_name_a_reference_cites(text: str, name: str, cited: bool) -> None:
    assert cited_title(text, *_span(text, name)) is cited


GAZETTEER = "Agro-towns of the region:\n- Luchyn\n- Azyartso\n- Budslaw\n\nThe list is long.\n"


@pytest.mark.parametrize(("text", "name", "alone"), [
    (GAZETTEER, "Luchyn", True),
    (GAZETTEER, "Budslaw", True),               # the last item: one before it
    ("1. Luchyn\n2. Azyartso.\n", "Azyartso", True),   # numbered, a stop after it
    ("- Luchyn\nThe village is small.\n", "Luchyn", False),   # one item is no list
    ("- Luchyn and Azyartso\n- Budslaw\n", "Luchyn", False),   # more than the name
    ("Villages such as Luchyn lie here.\n- Azyartso\n", "Luchyn", False),
])
def test_a_list_item_alone(text: str, name: str, alone: bool) -> None:
    assert a_list_item_alone(text, *_span(text, name)) is alone


CITATIONS = "Studies followed (Chernjakevich, 2018; Kavalienia and others, 2018a; Šupa 2018)."


@pytest.mark.parametrize(("text", "name", "cited"), [
    (CITATIONS, "Chernjakevich", True),       # the first author in the bracket
    (CITATIONS, "Kavalienia", True),          # "and others" before the year
    (CITATIONS, "Šupa", True),                # no comma before the year
    ("As argued before (see Smith et al. 2019: 14), it held.", "Smith", True),
    ("The rising failed (Smith and Brown 2019).", "Brown", True),
    ("Lukashenka won again in 2020 (Lukashenka, 2020 was no surprise).", "Lukashenka", False),
    ("Lukashenka, 2018, and the rest.", "Lukashenka", False),            # no bracket
    ("He met Lukashenka (in Minsk) and Smirnov, 2018).", "Smirnov", False),   # closed before
    ("The report (Smirnov said, 2018) was late.", "Smirnov", False),      # words between
])
def test_an_author_a_citation_names(text: str, name: str, cited: bool) -> None:
    assert cited_author(text, *_span(text, name)) is cited


@pytest.mark.parametrize(("text", "name", "address"), [
    ("The site News.Az reported it first.", "News", True),
    ("Read it on Onliner.By today.", "Onliner", True),
    ("The file Belaz logo.png was removed.", "Belaz", True),
    ("He wrote to @Tsihanouskaya at once.", "Tsihanouskaya", True),
    # a sentence glued to the one before by its full stop: the name ends a sentence
    ("The list named Aleksandr Turchin.The sanctions also hit media.", "Turchin", False),
    ("Es sprach Pavel Latushka.Die Regierung schwieg.", "Latushka", False),
    # a word glued to digits is a channel's, a site's or a label's token, no name of prose
    ("Kanał Belarus24 nadał koncert.", "Belarus", True),
    ("Its site Spring96 was blocked.", "Spring", True),
    ("Канал Беларусь24 паказаў канцэрт.", "Беларусь", True),
    ("The channel Belarus 24 showed it.", "Belarus", False),
])
def test_a_dotted_token_or_a_glued_sentence(text: str, name: str, address: bool) -> None:
    assert in_address(text, *_span(text, name)) is address


@pytest.mark.parametrize(("text", "name", "among"), [
    ("Ministerstwo uruchamia program „Poland. Business Harbour”.", "Poland", True),
    ('Sie sangen "Lang lebe Weißrußland" im Chor.', "Weißrußland", True),
    ("Beim Sender „ Weißrussland 1 “ arbeitete er.", "Weißrussland", False),   # a number only
    ('The union "Rabochy Ruh" was banned.', "Rabochy Ruh", False),             # the name alone
    ("The union Rabochy Ruh was banned.", "Rabochy Ruh", False),
])
def test_a_name_quoted_among_other_words(text: str, name: str, among: bool) -> None:
    assert quoted_among_words(text, *_span(text, name)) is among


@pytest.mark.parametrize("text, expected", [
    ("the jets flew Lukashenko's own sons Viktor", "Lukashenko"),
    ("the Bielskis’ brother Tuvia", "Bielskis"),
    ("Prakapenia’s wife, Maria", "Prakapenia"),
    ("his son Viktor", None),                     # no possessor named
    ("the Lukashenko regime's envoy Viktor", None),   # no relative's word
])
def test_the_possessor_of_a_relatives_word_before_a_given_name(text, expected):
    given = text.rsplit(" ", 1)[1]
    assert possessor_of_kin_before(text, len(text) - len(given)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Фото: Полк Каліноўскага / Telegram", True),
    ("  Photo: Belsat", True),
    ("Zdjęcie: Radio Swaboda", True),
    ("The photo shows Belsat", False),    # no label opening the line
    ("Source of the claim: Belsat", False),
])
def test_a_credit_line(text, expected):
    start = text.rindex(" ") + 1 if "/" not in text else text.index("Полк")
    assert in_a_credit("Before.\n" + text, len("Before.\n") + start) is expected


@pytest.mark.parametrize("text, expected", [
    # the sentence's own year
    ("In 1943 Byelorussia was occupied.", True),
    ("In 2020 Byelorussia voted.", False),
    # no year in the sentence: the last year its paragraph named before it
    ("Partisans grew in the summer of 1942. From that time Byelorussia had a front.", True),
    ("The protests began in 2020. Since then Byelorussia has changed.", False),
    # a blank line ends the paragraph whose year it was
    ("Partisans grew in 1942.\n\nToday Byelorussia is a word of the past.", False),
    # no year before it in its paragraph: the document's years, when all are of its time
    ("The committee wrote to Byelorussia.\n\nThe partisans grew in 1942 and 1943.", True),
    ("The committee wrote to Byelorussia.\n\nThe partisans grew in 1942 and in 2020.", False),
    # a century that began before the year, in words or Roman numerals, in any language
    ("In the 16th century Byelorussia had fairs.", True),
    ("Byelorussia grew in the 19-20 centuries.", True),
    ("The first mention of Byelorussia is the XIII century.", True),
    ("Im 17. Jahrhundert lag Byelorussia am Handelsweg.", True),
    ("В XVII веке Byelorussia торговала.", True),
    ("The 21st century made Byelorussia a word of the past.", False),
    ("Protests of the 2020s changed Byelorussia for the century.", False),
    # the paragraph's last century, for a sentence without one
    ("Fairs began in the XVII century. Byelorussia then grew.", True),
])
def test_about_the_time_before_a_year(text, expected):
    start = text.index("Byelorussia")
    assert about_time_before(text, start, start + len("Byelorussia"), 1991) is expected


@pytest.mark.parametrize(("text", "place", "epithet"), [
    ("He was the son of Vladimir I of Kiev and Rogneda of Polotsk.", "Kiev", True),
    ("He was the son of Vladimir I of Kiev and Rogneda of Polotsk.", "Polotsk", True),
    ("Bishop Elias of Polotsk tasked her with it.", "Polotsk", True),
    # a title or a body before "of", or a full name from a country, is no epithet
    ("The Prince of Polotsk ruled it.", "Polotsk", False),
    ("The Rada of Polotsk met.", "Polotsk", False),
    ("Ivan Litvinovich of Belarus won gold.", "Belarus", False),
    ("He fled to Polotsk at once.", "Polotsk", False),
])
def test_a_place_that_ends_a_persons_epithet(text: str, place: str, epithet: bool) -> None:
    assert in_an_epithet(text, _span(text, place)[0]) is epithet


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Die Union der Polen in Weißrussland (Związek Polaków na Białorusi, ZPB) wurde verboten.",
     "Związek Polaków na Białorusi", True),
    ("Das Schloss (Палац Пуслоўскіх, Pałac Pusłowskich) steht dort.", "Pałac Pusłowskich", True),
    # a Cyrillic original, a Latin lookalike letter and all
    ("Das Schloss (Палац Пуслоўскіx, Pałac Pusłowskich) steht dort.", "Палац Пуслоўскіx", True),
    # a name the document's own alphabet spells, or no bracket after a name
    ("The Union of Poles (Union of Poles in Belarus) was banned.", "Union of Poles in Belarus",
     False),
    ("Later, Pałac Pusłowskich was rebuilt.", "Pałac Pusłowskich", False),
    ("The palace (built by Pałac Pusłowskich's owners) stands.", "Pałac Pusłowskich", False),
])
def test_an_original_in_brackets_after_a_name(text: str, name: str, expected: bool) -> None:
    assert an_original_in_brackets(text, *_span(text, name)) is expected
