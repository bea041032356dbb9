"""NC005: the other orthography's form of a name (our own sentences, small glossaries)."""
from __future__ import annotations

from tests.conftest import project_of

HOUSE = """\
version: 1
entries:
  - id: belarusian-house-in-warsaw
    kind: organization
    be: Беларускі дом у Варшаве
    ru: Белорусский дом в Варшаве
    canonical: Belarusian House in Warsaw
    sources: [https://example.org]
"""


def test_a_common_word_of_an_organisations_name_is_no_name_word(tmp_path):
    project = project_of(tmp_path, HOUSE)
    # the Belarusian preposition of the name opens a Russian sentence: no finding
    assert project.check_text("У Варшаве открылся новый центр.", language="ru") == []
    # the name's own words are still compared
    assert [f.code for f in project.check_text(
        "В Варшаве работает Беларускі дом у Варшаве.", language="ru")] == ["NC005"]


NIVA = """\
version: 1
entries:
  - id: nasha-niva
    kind: organization
    be: Наша Ніва
    ru: Наша Нива
    canonical: Nasha Niva
    sources: [https://example.org]
"""


def test_a_cyrillic_name_with_a_latin_lookalike_gets_no_latin_fix(tmp_path):
    project = project_of(tmp_path, NIVA)
    # Нiва with a Latin i: the letter is NC003's; the name is a Cyrillic name in Cyrillic text
    found = project.check_text("Об этом сообщает издание Наша Нiва со ссылкой на суд.",
                               language="ru")
    assert "NC001" not in [f.code for f in found]
    assert all(f.suggestion is None or not any("a" <= c <= "z" for c in f.suggestion.lower())
               for f in found)
    assert ("NC003", "Ніва") in [(f.code, f.suggestion) for f in found]


JUDGE = """\
version: 1
entries:
  - id: tatsiana-rodzina
    kind: person
    be: Таццяна Родзіна
    ru: Татьяна Родина
    canonical: Tatsiana Rodzina
    gender: female
    sources: [https://example.org]
"""


def test_a_word_of_a_quoted_name_in_the_other_language_is_no_persons_name(tmp_path):
    project = project_of(tmp_path, JUDGE)
    # the Russian name of a club, quoted in Belarusian text: Родины is "of the motherland"
    assert project.check_text(
        "Клуб «Честь Родины» ліквідавалі па рашэнні абласнога суда.", language="be") == []
    # the judge's name in the Russian form, unquoted, is still NC005
    assert "NC005" in [f.code for f in project.check_text(
        "Суддзя Татьяна Родина вынесла прысуд.", language="be")]


AGENCY = """\
version: 1
entries:
  - id: ria-novosti
    kind: organization
    be: РІА Навіны
    ru: РИА Новости
    canonical: RIA Novosti
    sources: [https://example.org]
"""


def test_an_organisations_name_quoted_in_its_own_language_is_no_other_form(tmp_path):
    project = project_of(tmp_path, AGENCY)
    # РИА «Новости» in Belarusian text: the agency's Russian name, its second word quoted
    assert project.check_text("Пра гэта перадае РИА «Новости».", language="be") == []
    # unquoted, it is still the Russian form in Belarusian text
    assert [f.suggestion for f in project.check_text(
        "Пра гэта паведаміла РИА Новости.", language="be")] == ["РІА", "Навіны"]


REGION = """\
version: 1
entries:
  - id: vitsebsk-region
    kind: place
    be: [Віцебская вобласць, Віцебшчына]
    ru: [Витебская область, Витебщина]
    canonical: Vitsebsk Region
    sources: [https://example.org]
"""


def test_a_line_in_the_other_language_keeps_its_own_forms(tmp_path):
    project = project_of(tmp_path, REGION)
    # a Russian menu line in a Belarusian page: its letters (и) say Russian, none says Belarusian
    assert project.check_text("Мастацкая выстава адкрылася ўчора.\nХудожники Витебщины\n",
                              language="be") == []
    # the same form in a Belarusian sentence (ў) is NC005
    [finding] = project.check_text("Выстава ў Витебщине адкрылася ўчора.\n", language="be")
    assert (finding.code, finding.suggestion) == ("NC005", "Віцебшчыне")


BELARUS = """\
version: 1
entries:
  - id: belarus
    kind: place
    be: Беларусь
    ru: Беларусь
    canonical: Belarus
    sources: [https://example.org]
"""


def test_a_cyrillic_name_beside_a_word_with_a_latin_lookalike_gets_no_latin_fix(tmp_path):
    project = project_of(tmp_path, BELARUS)
    # Трэцi and Рэгiён hold a Latin i (NC003); Беларусь beside them is a Cyrillic name
    found = project.check_text("Автор ютуб-канала «Трэцi Рэгiён Беларусь» осуждён.\n",
                               language="ru")
    assert sorted(f.code for f in found) == ["NC003", "NC003"]


MANTSEVICH = """\
version: 1
entries:
  - id: aliaksandr-mantsevich
    kind: person
    be: Аляксандр Манцэвіч
    ru: Александр Манцевич
    gender: male
    sources: [https://example.org/m]
"""


def test_a_russian_sentence_quoting_belarusian_words_keeps_its_russian_forms(tmp_path):
    project = project_of(tmp_path, MANTSEVICH)
    # the quotation's і and ў make the paragraph read as Belarusian; outside it the line is
    # Russian (и), and its name is in its Russian form
    text = ("Основатель еженедельника Александр Манцевич отметил, что «усе гісторыі маюць добры "
            "канец, калі пра гэта ведаюць людзі, і ўсё будзе добра ў Беларусі, бо мы ўсе разам "
            "і нас шмат».\n")
    assert project.check_text(text, language="ru") == []
    # a Belarusian sentence with the Russian form is still NC005
    [finding] = project.check_text("Заснавальнік тыднёвіка Александр Манцевич сказаў, што "
                                   "ўсё будзе добра.\n", language="be")
    assert finding.code == "NC005"


WEEKLY = """\
version: 1
entries:
  - id: belarusy-i-rynok
    kind: organization
    be: Беларусы і рынак
    ru: Белорусы и рынок
    canonical: Belarusians and the Market
    sources: [https://example.org/w]
"""


BOOK = """\
version: 1
entries:
  - id: land-beneath-white-wings
    kind: other
    be: Зямля пад белымі крыламі
    ru: Земля под белыми крыльями
    canonical: Land Beneath White Wings
    sources: [https://example.org/b]
"""


def test_a_lone_word_of_a_works_title_without_the_rest_is_another_word(tmp_path):
    project = project_of(tmp_path, BOOK)
    # a heading "ЗЕМЛЯ ЛЮДЕЙ" (Russian) in a Belarusian page: no word of the book's title
    assert project.check_text("ЗЕМЛЯ ЛЮДЕЙ\nГэта старонка пра палескія спевы і людзей.\n",
                              language="be") == []
    # the whole Russian title in Belarusian text is still NC005
    [finding] = project.check_text("Кніга Земля под белыми крыльями выйшла ў Кіеве.\n",
                                   language="be")
    assert (finding.code, finding.suggestion) == ("NC005", "Зямля")


def test_a_lone_word_of_a_bodys_name_without_the_rest_is_another_word(tmp_path):
    project = project_of(tmp_path, WEEKLY)
    # a heading "Belarusians at war": the weekly's first word, without "і рынак" after it
    assert project.check_text("Беларусы на войне, сообщили читатели.\n", language="ru") == []
    # with the rest of the name after it, the weekly's Belarusian name in Russian text
    [finding] = project.check_text("Газета Беларусы і рынак закрылась, сообщили читатели.\n",
                                   language="ru")
    assert (finding.code, finding.suggestion) == ("NC005", "Белорусы")
    # the rest of the name in brackets after it is still the name
    [finding] = project.check_text("Газета (Беларусы і рынак) закрылась, сообщили читатели.\n",
                                   language="ru")
    assert (finding.code, finding.suggestion) == ("NC005", "Белорусы")
    # the name's next word after it, but not the rest of the name: another body's name
    assert project.check_text("Газета Беларусы і будучыня закрылась, сообщили читатели.\n",
                              language="ru") == []


VILLAGE = """\
version: 1
entries:
  - id: novy-dvor
    kind: place
    be: Новы Двор
    ru: Новый Двор
    canonical: Novy Dvor
    sources: [https://example.org/v]
"""


def test_a_lone_first_word_of_a_places_name_is_another_word(tmp_path):
    project = project_of(tmp_path, VILLAGE)
    # "New criminal trials began": the adjective opening a sentence, no Новы Двор
    assert project.check_text("Новыя крымінальныя працэсы пачаліся ў судах.\n",
                              language="be") == []
    [finding] = project.check_text("У вёсцы Новый Двор сабраліся людзі.\n", language="be")
    assert finding.code == "NC005"


SYNOD = """\
version: 1
entries:
  - id: holy-synod
    kind: organization
    be: [Святы Сінод Рускай праваслаўнай царквы, Святы Сінод]
    ru: [Священный Синод Русской православной церкви, Священный Синод, Синод РПЦ]
    canonical: Holy Synod
    sources: [https://example.org]
"""


def test_a_word_of_a_bodys_other_form_with_no_word_of_its_own_gets_no_fix(tmp_path):
    project = project_of(tmp_path, SYNOD)
    # РПЦ is a word of the Russian form Синод РПЦ, which no Belarusian form matches word
    # for word: no Belarusian word to give for it (the first one, Святы, would be nonsense)
    assert project.check_text("Новы кіраўнік Беларускага экзархату РПЦ.", language="be") == []
    # the words the two forms align on are still the other form's words
    findings = project.check_text("Пасяджэнне правёў Священный Синод.", language="be")
    assert [(f.code, f.suggestion) for f in findings] == [("NC005", "Святы"), ("NC005", "Сінод")]


BOIKA = """\
version: 1
entries:
  - id: siarhei-boika
    kind: person
    be: Сяргей Бойка
    ru: Сергей Бойко
    canonical: Siarhei Boika
    gender: male
    sources: [https://example.org]
"""


def test_a_word_whose_ending_no_case_of_the_other_language_answers_is_no_name(tmp_path):
    project = project_of(tmp_path, BOIKA)
    # Бойцы ("fighters") opens a Russian sentence; only a place's Belarusian locative
    # (у Вілейцы: Вілейка) would make it a case of Бойка
    assert project.check_text("Бойцы вернулись домой к вечеру.", language="ru") == []
    # the Belarusian form as written, and in a case both languages share, is still NC005
    assert [(f.code, f.suggestion) for f in project.check_text(
        "Интервью дал Сяргей Бойка.", language="ru")][-1:] == [("NC005", "Бойко")]


WADA = """\
version: 1
entries:
  - id: wada
    kind: organization
    be: Сусветнае антыдопінгавае агенцтва
    ru: [Всемирное антидопинговое агентство, ВАДА]
    canonical: World Anti-Doping Agency
    sources: [https://example.org]
  - id: minsk
    kind: place
    be: [Мінск, Менск]
    ru: Минск
    canonical: Minsk
    sources: [https://example.org]
"""


def test_an_acronym_is_that_acronym_only_in_capitals(tmp_path):
    project = project_of(tmp_path, WADA)
    # Вада ("water") opens a Belarusian sentence: no Russian acronym of the agency
    assert project.check_text("Вада хоць куды! Рака шырокая.", language="be") == []


def test_a_one_word_form_takes_only_the_other_orthographys_one_word_form(tmp_path):
    project = project_of(tmp_path, WADA)
    # ВАДА has no Belarusian form of one word: no fix from the long name's first word
    assert project.check_text("Агенцтва ВАДА пакарала спартсменаў.", language="be") == []
    # Менск has the Russian Минск
    [finding] = project.check_text("Мы жили в Менске.", language="ru")
    assert (finding.code, finding.suggestion) == ("NC005", "Минске")


# a letter alone is an initial or a numeral (the І-м конкурсе, a Roman one in Cyrillic): no
# word of a name in the other orthography
def test_a_letter_alone_is_no_word_of_a_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: alexander-i
    kind: person
    gender: male
    be: Аляксандр І
    ru: Александр Первый
    canonical: Alexander I of Russia
    sources: [https://en.wikipedia.org/wiki/Alexander_I_of_Russia]
""")
    text = "На І-м республиканском конкурсе выступили дети из Гомеля.\n"
    assert project.check_text(text, language="ru") == []


def test_a_family_name_two_entries_share_in_its_cases_is_the_one_the_given_name_names(tmp_path):
    # Калеснікаву is a case of Калеснікава and of Калеснікаў: Марыю names her
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: maryia-kalesnikava
    kind: person
    gender: female
    be: Марыя Калеснікава
    ru: Мария Колесникова
    sources: [https://en.wikipedia.org/wiki/Maria_Kalesnikava]
  - id: aliaksandr-kalesnikau
    kind: person
    gender: male
    be: Аляксандр Калеснікаў
    ru: Александр Колесников
    sources: [https://en.wikipedia.org/wiki/Maria_Kalesnikava]
""")
    # (seen through a translation unit: a source that names her, a target that does not)
    xliff = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="be" target-language="en" datatype="plaintext" original="x">
    <body>
      <trans-unit id="1">
        <source>Марыю Калеснікаву затрымалі ў Мінску ў верасні 2020 года.</source>
        <target>She was detained in Minsk in September 2020.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""
    assert [(f.code, f.entry) for f in project.check_text(xliff, path="doc.xlf")] == [
        ("NC006", "maryia-kalesnikava")]


SUPRASL = """\
version: 1
entries:
  - id: suprasl
    kind: place
    be: Супрасль
    ru: Супрасль
    canonical: Supraśl
"""


def test_a_mixed_script_word_in_cyrillic_text_is_never_given_a_latin_fix(tmp_path):
    # the classical spelling's locative with a Latin i: no entry's Cyrillic form holds it
    # so, and it is still no Latin spelling of the town
    project = project_of(tmp_path, SUPRASL)
    found = project.check_text("Кнігу скончылі друкаваць у Супрасьлi ў 1507 годзе.\n", "be")
    assert [(f.code, f.suggestion) for f in found] == [("NC003", "Супрасьлі")]


REGIMENT = """\
version: 1
entries:
  - id: kalinouski-regiment
    kind: organization
    be: Полк Каліноўскага
    ru: Полк Калиновского
    canonical: Kastus Kalinouski Regiment
    sources: [https://en.wikipedia.org/wiki/Kastu%C5%9B_Kalino%C5%ADski_Regiment]
"""


def test_a_credit_line_names_its_source_as_the_source_writes_itself(tmp_path):
    project = project_of(tmp_path, REGIMENT)
    text = ("Бойцы полка участвовали в обороне города весной.\n"
            "Фото: Полк Каліноўскага / Telegram\n")
    assert project.check_text(text, language="ru") == []
    # the same words in the sentence are the other orthography's form
    assert [f.code for f in project.check_text(
        "Бойцы, по словам командира, служат в Полк Каліноўскага с весны.\n",
        language="ru")] == ["NC005"]


SWIMMER = """\
version: 1
entries:
  - id: alina-zmushka
    kind: person
    be: Аліна Змушка
    ru: Алина Змушко
    canonical: Alina Zmushka
    gender: female
    sources: [https://example.org]
  - id: ihar-karpenka
    kind: person
    be: Ігар Карпенка
    ru: Игорь Карпенко
    canonical: Ihar Karpenka
    gender: male
    sources: [https://example.org]
"""


def test_a_family_name_after_another_given_name_names_another_person(tmp_path):
    project = project_of(tmp_path, SWIMMER)
    # a judge who shares the swimmer's family name (in its Russian form): neither his full
    # name nor his family name alone afterwards is the swimmer's Russian form
    text = "У Жлобіне звольнены суддзя Ігар Змушко. Змушко вядомы палітычнымі прысудамі."
    assert project.check_text(text, language="be") == []
    # the swimmer herself, and her family name alone after her, are still read
    text = "Плыўчыха Аліна Змушко выступіла ў Парыжы. Змушко заняла пятае месца."
    assert [(f.code, f.found, f.suggestion) for f in project.check_text(text, language="be")] \
        == [("NC005", "Змушко", "Змушка")] * 2
    # and so is her family name alone, with nobody else named by it
    assert [f.code for f in project.check_text("Змушко заняла пятае месца.",
                                                language="be")] == ["NC005"]


def test_a_given_names_case_form_that_is_another_given_name_is_still_the_persons(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandr-taraikouski
    kind: person
    be: Аляксандр Тарайкоўскі
    ru: Александр Тарайковский
    canonical: Aliaksandr Taraikouski
    gender: male
    sources: [https://example.org]
  - id: aleksandra-petrova
    kind: person
    be: Аляксандра Пятрова
    ru: Александра Петрова
    canonical: Aleksandra Petrova
    gender: female
    sources: [https://example.org]
""")
    # Александра: his genitive, and her nominative
    text = "Он вспомнил гибель Александра Тарайковского. Никто не ответил за смерть Тарайкоўскага."
    assert [(f.code, f.found) for f in project.check_text(text, language="ru")] == [
        ("NC005", "Тарайкоўскага")]
