"""NC002 for places and organisations: a likely misspelling keeps the name's shape (our own
sentences, a glossary of one place)."""
from __future__ import annotations

import pytest

from checker import Project
from checker.check.variant import _glued_label
from tests.conftest import MONARCHS, found_in, project_of

ENTRY = """\
version: 1
entries:
  - id: haradzeya
    kind: place
    be: Гарадзея
    ru: Городея
    canonical: Haradzeya
    variants: [Gorodeya]
    sources: [https://en.wikipedia.org/wiki/Haradzeya]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    return project_of(tmp_path_factory.mktemp("g"), ENTRY)




def test_a_word_of_another_shape_is_not_a_misspelling(project):
    # Gorodets ends in a consonant where every form of Haradzeya ends in a vowel
    assert project.check_text("He was born in Gorodets, a village near Shklou.") == []


def test_a_misspelling_that_keeps_the_shape_is_still_nc002(project):
    [finding] = project.check_text("He was born in Hardzeya, a village near Nesvizh.")
    assert (finding.code, finding.suggestion) == ("NC002", "Haradzeya")


COURT = """\
version: 1
entries:
  - id: frunzenski-district-court
    kind: organization
    be: Суд Фрунзенскага раёна г. Мінска
    ru: Суд Фрунзенского района г. Минска
    canonical: Frunzenski District Court of Minsk
    variants: [Frunzensky District Court of Minsk]
    sources: [https://court.gov.by]
"""


def test_common_nouns_of_a_name_may_be_lowercase_in_running_text(tmp_path):
    project = project_of(tmp_path, COURT)
    assert project.check_text("He was tried by the Frunzenski district court of Minsk.") == []
    # and in capitals where the house form writes them in lowercase (a title's case)
    assert project.check_text("He was tried by the Frunzenski District Court Of Minsk.") == []
    # a spelling is still a spelling, whatever the case of the words around it
    [finding] = project.check_text("He was tried by the Frunzensky district court of Minsk.")
    assert finding.suggestion == "Frunzenski District Court of Minsk"



RADZIWILLS = """\
version: 1
entries:
  - id: radziwill-family
    kind: other
    be: Радзівілы
    ru: Радзивиллы
    canonical: Radziwiłł family
    variants: [Radziwill family, Radziwills]
    admitted: [Radziwiłłs]
    sources: [https://example.org/r]
  - id: albrecht-radziwill
    kind: person
    gender: male
    be: Альбрэхт Радзівіл
    ru: Альбрехт Радзивилл
    canonical: Albrecht Radziwiłł
    sources: [https://example.org/a]
"""


def test_a_familys_plural_is_fixed_to_the_plural_its_entry_writes(tmp_path):
    project = project_of(tmp_path, RADZIWILLS)
    [finding] = project.check_text("The history of the Radzivills family is long.\n")
    assert (finding.found, finding.suggestion) == ("Radzivills", "Radziwiłłs")


def test_a_court_whose_first_word_is_spelled_another_way_is_read_whole(tmp_path):
    project = project_of(tmp_path, COURT)
    # Frunzienski is no listed form, but the court's name follows it word for word
    [finding] = project.check_text("He was tried by the Frunzienski District Court of Minsk.")
    assert (finding.found, finding.suggestion) == (
        "Frunzienski District Court of Minsk", "Frunzenski District Court of Minsk")


BIALOU = """\
version: 1
entries:
  - id: aliaksandr-bialou
    kind: person
    be: Аляксандр Бялоў
    ru: Александр Белов
    gender: male
    sources: [https://ofac.treasury.gov]
"""


def test_a_family_name_of_the_other_gender_is_another_person(tmp_path):
    project = project_of(tmp_path, BIALOU)
    # a woman's family name near a man's entry is someone else, not a misspelling of his
    assert [f.code for f in project.check_text("The wallets belonged to Belova.")] == []
    # a man's name a slip away is still a likely misspelling (where the document names him)
    assert [f.code for f in project.check_text(
        "Aliaksandr Bialou ran the scheme. The wallets belonged to Bialuo.")] == ["NC002"]


SHUMILIN = """\
version: 1
entries:
  - id: dzmitry-shumilin
    kind: person
    be: Дзмітрый Шумілін
    ru: Дмитрий Шумилин
    gender: male
    sources: [https://example.org/s]
"""


def test_a_short_family_name_two_letters_from_the_entrys_is_another_persons(tmp_path):
    project = project_of(tmp_path, SHUMILIN)
    # the given name agrees, but Silin lacks two letters of Shumilin: someone else
    assert project.check_text("Police arrested the student Dzmitry Silin in Mahiliou.\n") == []
    [finding] = project.check_text("Police arrested the student Dzmitry Shumilyn in Mahiliou.\n")
    assert finding.suggestion == "Dzmitry Shumilin"


VILKINA = """\
version: 1
entries:
  - id: volha-vilkina
    kind: person
    be: Вольга Вількіна
    ru: Ольга Вилкина
    gender: female
    sources: [https://example.org/v]
"""


def test_a_family_name_two_letters_longer_than_a_short_entrys_is_another_persons(tmp_path):
    project = project_of(tmp_path, VILKINA)
    # Vilukhina adds two letters to the seven of Vilkina: another athlete
    assert project.check_text("Their best athlete Olga Vilukhina came seventh.\n") == []
    [finding] = project.check_text("Their best athlete Olga Vilkinna came seventh.\n")
    assert finding.suggestion == "Volha Vilkina"


NEAR = """\
version: 1
entries:
  - id: viktar-shalkevich
    kind: person
    be: Віктар Шалкевіч
    ru: Виктор Шалкевич
    gender: male
    sources: [https://be.wikipedia.org]
  - id: liliya-lukashenka
    kind: person
    be: Лілія Лукашэнка
    ru: Лилия Лукашенко
    variants: [Liliya Siamashka]
    gender: female
    sources: [https://eur-lex.europa.eu]
  - id: uladzimir-siamashka
    kind: person
    be: Уладзімір Сямашка
    ru: Владимир Семашко
    gender: male
    sources: [https://be.wikipedia.org]
"""


@pytest.fixture(scope="module")
def near(tmp_path_factory) -> Project:
    return project_of(tmp_path_factory.mktemp("g"), NEAR)


def test_a_shared_given_name_alone_makes_no_misspelling(near):
    # the given names agree; the family names are two people's
    assert near.check_text("Viktar Tsarykevich was the judge.") == []
    [finding] = near.check_text("Viktar Shalkevihc sang.")
    assert (finding.code, finding.suggestion) == ("NC002", "Viktar Shalkevich")


def test_a_word_two_entries_write_is_no_misspelling_of_either(near):
    # Syamashka: Uladzimir Siamashka's family name, and Liliya Lukashenka's maiden name
    assert near.check_text("Officials registered Syamashka's group.") == []


def test_a_hyphenated_name_known_whole_is_read_whole(tmp_path):
    """"Bel" of Tsybulka-Bel is no name's part alone: the compound, which the glossary lists
    whole, is one name, not "Tsybulka" near a person's family name."""
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: liudmila-tsybulskaya
    kind: person
    be: Людміла Цыбульская
    ru: Людмила Цыбульская
  - id: tsybulka-bel
    kind: organization
    ru: Цыбулька-Бел
    canonical: Tsybulka-Bel
""")
    assert project.check_text("The farm company Tsybulka-Bel used prison labour.\n",
                              path="a.txt") == []
    found = [(f.code, f.found, f.suggestion) for f in project.check_text(
        "The farm company Tsybulka-Bell used prison labour.\n", path="a.txt")]
    assert ("NC002", "Tsybulka", "Tsybulskaya") not in found


INTERIOR = """\
version: 1
entries:
  - id: interior-ministry
    kind: organization
    be: Міністэрства ўнутраных спраў
    ru: Министерство внутренних дел
    canonical: Interior Ministry
    variants: [Ministry of Internal Affairs, Ministry of Internal Affairs of the Republic of Belarus]
    sources: [https://example.org]
"""


def test_an_institutions_full_official_wording_is_not_rewritten(tmp_path):
    project = project_of(tmp_path, INTERIOR)
    # the official name a legal act writes, even where the glossary lists it as a variant
    assert project.check_text(
        "Officers of the Ministry of Internal Affairs of the Republic of Belarus were named.") == []
    [finding] = project.check_text("Officers of the Ministry of Internal Affairs were named.")
    assert finding.suggestion == "Interior Ministry"


SUPREME_COUNCIL = """\
version: 1
entries:
  - id: supreme-council
    kind: organization
    be: Вярхоўны Савет
    ru: Верховный Совет
    canonical: Supreme Council
    variants: [Supreme Council of Belarus]
    sources: [https://example.org]
"""


def test_an_institution_named_with_the_country_after_it_is_not_rewritten(tmp_path):
    project = project_of(tmp_path, SUPREME_COUNCIL)
    # the country's name after the name, with or without "of": the document's own wording
    assert project.check_text("He sat in the Supreme Council Belarus from 1990.") == []
    assert project.check_text("He sat in the Supreme Council of Belarus from 1990.") == []


REGIMENT = """\
version: 1
entries:
  - id: kalinouski-regiment
    kind: organization
    be: Полк Каліноўскага
    ru: Полк Калиновского
    canonical: Kalinouski Regiment
    variants: [Kalinoŭski Regiment]
    historical: {until: 2022, forms: [Kalinoŭski Battalion]}
    sources: [https://example.org]
"""


def test_a_former_name_in_a_sentence_of_its_last_year_stands(tmp_path):
    project = project_of(tmp_path, REGIMENT)
    # the year the name went out of use is a year it was still used (and years after 1999 count)
    assert project.check_text("It was the Kalinoŭski Battalion until May 2022.") == []
    assert [f.suggestion for f in project.check_text(
        "It was the Kalinoŭski Battalion until May 2023.")] == ["Kalinouski Regiment"]
    assert [f.suggestion for f in project.check_text(
        "Today the Kalinoŭski Battalion fights on.")] == ["Kalinouski Regiment"]


KRAVETS = """\
version: 1
entries:
  - id: uladzislau-kravets
    kind: person
    be: Уладзіслаў Кравец
    ru: Владислав Кравец
    gender: male
    sources: [https://example.org]
  - id: henadz-bohdan
    kind: person
    be: Генадзь Богдан
    ru: Геннадий Богдан
    gender: male
    sources: [https://example.org]
  - id: siarhei-hudzilin
    kind: person
    be: Сяргей Гудзілін
    ru: Сергей Гудилин
    gender: male
    sources: [https://example.org]
"""


def test_a_near_family_name_after_a_given_name_is_another_person(tmp_path):
    project = project_of(tmp_path, KRAVETS)
    # a name word of another entry (Bohdan) read as this man's given name
    assert project.check_text("The businessman Bahdan Karavets was jailed.") == []
    assert [f.code for f in project.check_text("The journalist Karavets was jailed.")] == ["NC002"]


def test_a_cyrillic_name_that_shares_only_the_given_name_is_another_person(tmp_path):
    project = project_of(tmp_path, KRAVETS)
    assert project.check_text("Фото: Сергей Холодилин.", language="ru") == []
    assert [f.code for f in project.check_text("Фото: Сергей Гадилин.", language="ru")] == [
        "NC002"]


ACADEMY = """\
version: 1
entries:
  - id: agricultural-academy
    kind: organization
    canonical: Belarusian State Agricultural Academy
"""


def test_an_organisations_name_of_its_time_is_not_brought_up_to_date(tmp_path):
    # look-ups find the name without its word of rank; running text may give the name the
    # body had then, before it became a State one, which no fix may change
    project = project_of(tmp_path, ACADEMY)
    assert project.lookup("Belarusian Agricultural Academy").confident
    assert project.check_text("In 1985 he graduated from the Belarusian Agricultural Academy.") == []


COUNTRY = """\
version: 1
entries:
  - id: belarus
    kind: place
    be: Беларусь
    canonical: Belarus
    variants: [Weißrussland]
    forms: {de: Belarus}
"""


def test_a_german_genitive_is_the_name_in_its_case(tmp_path):
    # German names take -s in the genitive: no likely misspelling, while the variant itself
    # is still reported where the document's language has a house form
    project = project_of(tmp_path, COUNTRY)
    text = "Die Lage in Belarus bleibt schwierig, und die Opposition Weißrusslands schweigt.\n"
    assert project.check_text(text, language="de") == []
    [finding] = project.check_text("Die Lage in Weißrussland bleibt schwierig.\n", language="de")
    assert (finding.code, finding.suggestion) == ("NC001", "Belarus")
    # in English text the same word is worth a look
    [finding] = project.check_text("The opposition of Weißrusslands is silent.\n")
    assert finding.code == "NC002"


WESTERN_ASIA = COUNTRY + """\
  - id: western-asia
    kind: place
    be: Заходняя Азія
    ru: Западная Азия
    canonical: Western Asia
    forms: {de: Westasien}
"""


def test_a_german_noun_is_no_far_misspelling_of_a_name(tmp_path):
    # German capitalises every noun: a word alone there is read as a slip of a name only one
    # slip from it, never farther
    project = project_of(tmp_path, WESTERN_ASIA)
    text = "Die Polizei werde bei groben Verstößen gegen die Ordnung die Zelte räumen, " \
        "sagte er der Zeitung und dem Sender.\n"
    assert project.check_text(text) == []
    [finding] = project.check_text(
        "Die Proteste in Belaurs gingen weiter, sagte er der Zeitung und dem Sender.\n")
    assert (finding.code, finding.suggestion) == ("NC002", "Belarus")


PARTY = """\
version: 1
entries:
  - id: nadzeya-party
    kind: organization
    canonical: Belarusian Women's Party Nadzeya
    variants: [Nadzeya]
    sources: [https://example.org/nadzeya]
  - id: nadzeya-astapchuk
    kind: person
    be: Надзея Астапчук
    ru: Надежда Астапчук
    sources: [https://example.org/astapchuk]
"""


def test_a_given_name_before_a_family_name_is_no_one_word_name_of_a_body(tmp_path):
    project = project_of(tmp_path, PARTY)
    # Nadzeya is a person's given name: before another capitalised word, a person's name
    assert project.check_text("Two women, Nadzeya Polkina and Natallya Ked, were tried.") == []
    # alone, or before a common word, it is still the party's short name
    [alone] = project.check_text("The party Nadzeya was closed in 2023.")
    [before_a_word] = project.check_text("A Nadzeya Party congress met.")
    assert alone.suggestion == before_a_word.suggestion == "Belarusian Women's Party Nadzeya"


PEN_NAME = """\
version: 1
entries:
  - id: katsiaryna-andreyeva
    kind: person
    be: Кацярына Андрэева
    ru: Екатерина Андреева
    canonical: Katsiaryna Andreyeva
    variants: [Katerina Andreeva, Katsiaryna Bakhvalava]
    gender: female
    sources: [https://example.org/andreyeva]
"""


def test_another_name_of_a_person_is_no_spelling_to_fix(tmp_path):
    project = project_of(tmp_path, PEN_NAME)
    # her legal name beside her pen name: listed, so the look-up finds her, but no spelling
    assert project.check_text("Katsyaryna Bakhvalava (Andreyeva) was convicted first.") == []
    assert project.check_text("Bakhvalava is her legal surname.") == []
    # a spelling of the name itself is still fixed
    [finding] = project.check_text("Katerina Andreeva was convicted first.")
    assert finding.suggestion == "Katsiaryna Andreyeva"


def test_a_spelling_by_another_languages_scheme_is_still_a_spelling(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: zinaida-zhuzhatova
    kind: person
    be: Зінаіда Жужатава
    ru: Зинаида Жужотова
    variants: [Sinaida Schuschotowa]
    sources: [https://example.org/z]
""")
    # German's Schuschotowa comes near no English-route form, but a German scheme writes it
    [finding] = project.check_text("Sinaida Schuschotowa was detained in Minsk.")
    assert finding.suggestion == "Zinaida Zhuzhatava"


GIVEN_NAMES = """\
version: 1
entries:
  - id: volha-novikava
    kind: person
    be: Вольга Новікава
    ru: Ольга Новикова
    gender: female
    sources: [https://example.org/n]
  - id: ala-zueva
    kind: person
    be: Ала Зуева
    ru: Алла Зуева
    gender: female
    sources: [https://example.org/z]
"""


def test_another_given_name_before_a_family_name_is_another_person(tmp_path):
    project = project_of(tmp_path, GIVEN_NAMES)
    # Alla is a given name as written (Ala Zueva's, in Russian): Alla Novikava is someone else
    assert project.check_text("Hanna Liviant and Alla Novikava were convicted.") == []
    # a slip in the entry's own given name is still a likely misspelling
    [finding] = project.check_text("Hanna Liviant and Vohla Novikava were convicted.")
    assert (finding.code, finding.suggestion) == ("NC002", "Volha Novikava")


ALES_AND_ALEH = """\
version: 1
entries:
  - id: ales-varabei
    kind: person
    be: Алесь Варабей
    ru: Алесь Воробей
    gender: male
    sources: [https://example.org/v]
  - id: aleh-arlou
    kind: person
    be: Алег Арлоў
    ru: Олег Орлов
    gender: male
    sources: [https://example.org/a]
"""


@pytest.mark.parametrize("text", [
    "The court heard Alyeh Vorobey on Monday.",    # Алег, as one scheme writes it: not Алесь
    "The court heard Vorobey Alyeh on Monday.",
])
def test_a_given_name_one_consonant_from_the_entrys_is_another_persons(tmp_path, text):
    assert project_of(tmp_path, ALES_AND_ALEH).check_text(text) == []


def test_a_given_name_no_glossary_person_has_one_letter_from_the_entrys_is_a_slip(tmp_path):
    [finding] = project_of(tmp_path, ALES_AND_ALEH).check_text("The court heard Alex Varabei.")
    assert (finding.code, finding.suggestion) == ("NC002", "Ales Varabei")


MIKHAILAU = """\
version: 1
entries:
  - id: aliaksandr-mikhailau
    kind: person
    be: Аляксандр Міхайлаў
    ru: Александр Михайлов
    gender: male
    sources: [https://example.org/m]
"""


def test_a_ukrainian_given_name_alone_is_no_misspelt_family_name(tmp_path):
    project = project_of(tmp_path, MIKHAILAU)
    # Mykhailo (Михайло) comes within one slip of Mikhailau, but the given-name data lists it
    assert project.check_text("Mykhailo, a native of Donetsk, had lived in Homel.") == []
    assert project.check_text("Mykhailo Ferents, a Ukrainian citizen, was sentenced.") == []
    # a family name written as another convention writes it is still the person's
    [finding] = project.check_text("The court heard Mikhailou on Monday.")
    assert finding.suggestion == "Mikhailau"


PASHKEVICH = """\
version: 1
entries:
  - id: ales-pashkevich
    kind: person
    be: Алесь Пашкевіч
    ru: Алесь Пашкевич
    gender: male
    sources: [https://example.org/p]
"""


def test_a_family_name_with_s_for_the_hushing_sound_english_spelling_writes_sh_is_another(tmp_path):
    project = project_of(tmp_path, PASHKEVICH)
    # Paskevich writes ч as ch, so its s is с: Паскевич, the field marshal, not Пашкевіч
    assert project.check_text("Tourists visit the Paskevich Burial Vault in Homel.") == []
    # a spelling whose marks were only stripped, or another route's, is still his
    [stripped] = project.check_text("The poet Ales Paskevic read.")
    [swedish] = project.check_text("The poet Ales Pasjkevitj read.")
    assert stripped.suggestion == swedish.suggestion == "Ales Pashkevich"


PACHKO = """\
version: 1
entries:
  - id: aliaksandr-pachko
    kind: person
    be: Аляксандр Пачко
    ru: Александр Пачко
    gender: male
    sources: [https://example.org/p]
  - id: sviatlana-tsikhanouskaya
    kind: person
    be: Святлана Ціханоўская
    ru: Светлана Тихановская
    gender: female
    sources: [https://example.org/t]
"""


def test_a_family_name_with_ts_where_every_english_spelling_writes_ch_is_another(tmp_path):
    project = project_of(tmp_path, PACHKO)
    # Pratsko writes ц as ts: Працко, another man, however near the skeleton key puts them
    assert project.check_text("The chairman Alyaksandr Pratsko opened the school.") == []
    # a slip in the name, another route's letter, or his name by another scheme is still his
    for text in ("The chairman Alyaksandr Prachko spoke.", "The chairman Aliaksandr Packo spoke.",
                 "The chairman Alyaksandr Pachko spoke."):
        [finding] = project.check_text(text)
        assert finding.suggestion == "Aliaksandr Pachko", text
    # ch for the х of the Russian form, as other routes write it, is still hers
    [finding] = project.check_text("The leader Svetlana Tichanovskaya spoke.")
    assert finding.suggestion == "Sviatlana Tsikhanouskaya"


FATHERS = """\
version: 1
entries:
  - id: mikalai-karpiankou
    kind: person
    be: Мікалай Карпянкоў
    ru: Николай Карпенков
    gender: male
    sources: [https://example.org/k]
  - id: dzmitry-balaba
    kind: person
    be: Дзмітрый Балаба
    ru: Дмитрий Балаба
    gender: male
    sources: [https://example.org/b]
  - id: dzmitry-paulenka
    kind: person
    be: Дзмітрый Паўленка
    ru: Дмитрий Павленко
    gender: male
    sources: [https://example.org/pa]
  - id: ihar-kravets
    kind: person
    be: Ігар Кравец
    ru: Игорь Кравец
    gender: male
    sources: [https://example.org/kr]
"""


@pytest.mark.parametrize("text", [
    # a son listed with his father's name as his patronymic: his given name is no match's
    "- 132 Igor Nikolayevich KARPENKOV (born on January 1, 1988)",
    "- 96 Vladislav Nikolayevich PAVLENKO (born on April 2, 1990)",
    # a patronymic is no given name: Dmitrievich is not Dzmitry
    "- 129 Artem Dmitrievich BALABA (born on March 31, 1994)",
])
def test_a_sanctions_list_son_is_not_his_father(tmp_path, text):
    assert project_of(tmp_path, FATHERS).check_text(text + "\n") == []


def test_the_father_himself_is_still_found(tmp_path):
    [finding] = project_of(tmp_path, FATHERS).check_text("- 12 Nikolai KARPENKOV (born 1973)\n")
    assert finding.suggestion == "Mikalai KARPIANKOU"


def test_a_persons_own_given_name_before_a_patronymic_is_theirs(tmp_path):
    glossary = FATHERS + """  - id: ruslan-mashadzeu
    kind: person
    be: Руслан Машадзеў
    ru: Руслан Машадзиев
    gender: male
    sources: [https://example.org/m]
"""
    [finding] = project_of(tmp_path, glossary).check_text(
        "- 99 Ruslan Khikmetavich Mashadziyeu\n")
    assert finding.suggestion == "Mashadzeu"


def test_a_word_a_quotation_holds_alone_is_a_title_not_a_misspelt_name(tmp_path):
    project = project_of(tmp_path, FATHERS)
    assert project.check_text('The first tractor made was "Kirovets", in 1946.\n') == []
    assert project.check_text("The first tractor made was “Kirovets”, in 1946.\n") == []
    # unquoted, the near miss is still reported
    [finding] = project.check_text("The court heard the lawyer Kirovets on Monday.\n")
    assert (finding.code, finding.suggestion) == ("NC002", "Kravets")


FAMILY = """\
version: 1
entries:
  - id: viktar-babaryka
    kind: person
    be: Віктар Бабарыка
    ru: Виктор Бабарико
    gender: male
    sources: [https://example.org/v]
  - id: eduard-babaryka
    kind: person
    be: Эдуард Віктаравіч Бабарыка
    ru: Эдуард Викторович Бабарико
    canonical: Eduard Babaryka
    gender: male
    sources: [https://example.org/e]
"""


def test_two_whole_names_side_by_side_are_no_misspelt_name(tmp_path):
    project = project_of(tmp_path, FAMILY)
    # a list of headlines: one ends with the son's given name, the next starts with his father
    assert project.check_text("A year after the arrest of his son Eduard\n"
                              "Viktar Babaryka was still a candidate.") == []
    [finding] = project.check_text("Viktr Babaryka was still a candidate.")
    assert (finding.code, finding.suggestion) == ("NC002", "Viktar Babaryka")


EMERGENCIES = """\
version: 1
entries:
  - id: emergency-situations-ministry
    kind: organization
    be: Міністэрства па надзвычайных сітуацыях
    ru: Министерство по чрезвычайным ситуациям
    canonical: Emergency Situations Ministry
    variants: [Ministry of Emergencies]
    sources: [https://example.org/e]
"""


def test_a_fix_keeps_the_house_forms_capitals_where_the_name_had_a_function_word(tmp_path):
    [finding] = project_of(tmp_path, EMERGENCIES).check_text(
        "She was fired from the Ministry of Emergencies in 2020.\n")
    assert finding.suggestion == "Emergency Situations Ministry"


LISTED = """\
version: 1
entries:
  - id: pavel-mazheika
    kind: person
    be: Павел Мажэйка
    ru: Павел Мажейко
    gender: male
    sources: [https://example.org/pm]
  - id: uladzimir-tsyhanovich
    kind: person
    be: Уладзімір Цыгановіч
    ru: Владимир Цыганович
    gender: male
    sources: [https://example.org/ut]
  - id: elvira-herman
    kind: person
    be: Эльвіра Герман
    ru: Эльвира Герман
    gender: female
    sources: [https://example.org/eh]
  - id: iue
    kind: place
    be: Іўе
    ru: Ивье
    variants: [Ive]
    sources: [https://example.org/iue]
  - id: belarus
    kind: place
    be: Беларусь
    ru: Беларусь
    canonical: Belarus
    variants: [Belorus]
    sources: [https://example.org/by]
"""


def test_a_near_miss_in_a_list_of_names_is_another_person(tmp_path):
    project = project_of(tmp_path, LISTED)
    text = "Sentenced were Henadz Kavalenka, Pavel Mazko, Raman Paulenka and Pavel Babchanok.\n"
    assert project.check_text(text) == []
    # alone in a sentence the near miss is still reported
    [finding] = project.check_text("The court sentenced Pavel Mazheyka on Monday.\n")
    assert finding.suggestion == "Pavel Mazheika"
    # in a list, a name whose family name is the entry's is still reported
    [finding] = project.check_text(
        "In the cage: Dzmitry Papou, Uladzmir Tsyhanovich, Ihar Losik and Artsiom Sakau.\n")
    assert (finding.code, finding.suggestion) == ("NC002", "Uladzimir Tsyhanovich")
    # and so is one whose family name is one slip from the entry's
    [finding] = project.check_text(
        "Named were Siarhei Bahrou, Ihar Losik, Pavel Mazhieka and Raman Paulenka.\n")
    assert finding.suggestion == "Pavel Mazheika"


SEMIANCHUK = """\
version: 1
entries:
  - id: aliaksandr-semianchuk
    kind: person
    be: Аляксандр Семянчук
    ru: Александр Семенчук
    gender: male
    sources: [https://example.org/as]
"""


def test_a_near_miss_in_a_list_of_roles_and_names_is_another_person(tmp_path):
    # each name after a lowercase word of what the person is, some of one word only
    project = project_of(tmp_path, SEMIANCHUK)
    text = ("Detained were photographer Dmitry Voinovsky, director Passini, Semenyuk, "
            "poet Yulia Timofeeva and curator Irina Lappo.\n")
    assert project.check_text(text) == []
    # alone in a sentence the near miss is still reported
    [finding] = project.check_text("The court sentenced director Semenyuk on Monday.\n")
    assert finding.suggestion == "Semianchuk"


def test_a_peoples_adjective_and_a_contraction_are_no_names(tmp_path):
    project = project_of(tmp_path, LISTED)
    assert project.check_text("He pardoned two German citizens and one French.\n") == []
    assert project.check_text("The sources I've been in contact with said nothing.\n") == []


def test_a_name_quoted_alone_is_a_brands_name(tmp_path):
    project = project_of(tmp_path, LISTED)
    # the “Belorus” sanatorium in Druskininkai: not the country misspelt
    assert project.check_text("She worked at the “Belorus” sanatorium in Druskininkai.\n") == []
    [finding] = project.check_text("She moved to Belorus in 2019.\n")
    assert finding.suggestion == "Belarus"


def test_an_organisations_name_quoted_alone_is_still_its_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: rabochy-rukh
    kind: organization
    be: Рабочы рух
    ru: Рабочее движение
    canonical: Rabochy Rukh
    sources: [https://en.wikipedia.org/wiki/Rabochy_Rukh]
""")
    # an organisation quoted by its name is the organisation: a misspelling stays one
    assert [(f.code, f.found, f.suggestion) for f in project.check_text(
        'The union "Rabochy Ruh" stopped the trucks at the border.\n')] == [
        ("NC001", "Rabochy Ruh", "Rabochy Rukh")]


UNISTAR = """\
version: 1
entries:
  - id: radio-unistar
    kind: organization
    be: Радыё Юністар
    ru: Радио Юнистар
    canonical: Radio Unistar
    variants: [Unistar]
    sources: [https://example.org/u]
"""


def test_a_short_name_before_the_word_its_canonical_adds_is_written_whole(tmp_path):
    project = project_of(tmp_path, UNISTAR)
    # "the Unistar radio station" says what Radio Unistar's first word says
    assert project.check_text("Journalists who worked for the Unistar radio station fled.\n") == []
    [finding] = project.check_text("Journalists who worked for Unistar fled abroad.\n")
    assert finding.suggestion == "Radio Unistar"


DETENTION_CENTRE = """\
version: 1
entries:
  - id: zarechnaya-detention-centre
    kind: place
    be: Зарэчная
    ru: Заречная
    canonical: Zarechnaya detention centre
    variants: [Zaretchnaya, Zarechnaya, Zaretchnaya detention center]
    sources: [https://example.org/z]
"""


@pytest.mark.parametrize("text", [
    "Detainees spent a week at Zarechnaya before their trials.\n",
    "The Zarechnaya detention centre stands on the edge of the town.\n",
])
def test_a_place_named_as_its_cyrillic_form_without_the_english_descriptor_stands(tmp_path, text):
    # the name alone, spelled the house way: the canonical only adds what kind of place it is
    assert project_of(tmp_path, DETENTION_CENTRE).check_text(text) == []


def test_a_variant_of_the_name_alone_is_fixed_to_the_name_alone(tmp_path):
    project = project_of(tmp_path, DETENTION_CENTRE)
    [finding] = project.check_text("Detainees spent a week at Zaretchnaya before their trials.\n")
    assert (finding.code, finding.suggestion) == ("NC001", "Zarechnaya")
    # with the descriptor, the whole house form
    [finding] = project.check_text("Relatives waited outside the Zaretchnaya detention center.\n")
    assert finding.suggestion == "Zarechnaya detention center"   # the document's English kept


def test_a_variant_ending_in_the_other_spelling_of_the_canonicals_last_word_is_fixed(tmp_path):
    # center is the canonical's centre in American spelling, not an institution after a name
    project = project_of(tmp_path, DETENTION_CENTRE)
    [finding] = project.check_text("Relatives waited at the Zaretchnaya Detention Center.\n")
    assert (finding.start, finding.suggestion) == (24, "Zarechnaya Detention Center")


KARPENKA = """\
version: 1
entries:
  - id: ihar-karpenka
    kind: person
    be: Ігар Карпенка
    ru: Игорь Карпенко
    gender: male
    sources: [https://example.org/k]
  - id: alena-karpenka
    kind: person
    be: Алена Карпенка
    ru: Елена Карпенко
    gender: female
    sources: [https://example.org/a]
"""


def test_a_name_after_a_title_and_a_bodys_name_is_read_whole(tmp_path):
    project = project_of(tmp_path, KARPENKA)
    [finding] = project.check_text(
        "The Central Election Commission Chairman Igor Karpenko said so.\n")
    assert (finding.found, finding.suggestion) == ("Igor Karpenko", "Ihar Karpenka")


ASIPOVICHY = """\
version: 1
entries:
  - id: asipovichy
    kind: place
    be: Асіповічы
    ru: Осиповичи
    canonical: Asipovichy
    sources: [https://example.org/a]
"""


def test_a_word_glued_to_a_places_name_makes_no_word_of_another_shape(tmp_path):
    # Osipovichiin ends in a consonant where the town's forms end in a vowel: the glued word
    # does, and the fix writes it apart
    [finding] = project_of(tmp_path, ASIPOVICHY).check_text(
        "The camp near Osipovichiin the centre of the country closed.\n")
    assert (finding.code, finding.suggestion) == ("NC002", "Asipovichy in")


COLONY = """\
version: 1
entries:
  - id: mahiliou-penal-colony
    kind: place
    be: Магілёўская калонія
    ru: Могилёвская колония
    canonical: Mahiliou penal colony
    variants: [Mogilev colony]
    sources: [https://example.org/c]
"""


def test_a_variant_with_the_descriptor_is_fixed_to_the_whole_house_form(tmp_path):
    # two words, as the Cyrillic form has, but the second is the descriptor, not the name's
    [finding] = project_of(tmp_path, COLONY).check_text(
        "Stefanovich was sent to the Mogilev colony in May.\n")
    assert finding.suggestion == "Mahiliou penal colony"


PALIENKA = """\
version: 1
entries:
  - id: dzmitry-palienka
    kind: person
    be: Дзмітрый Паленка
    ru: Дмитрий Паленко
    canonical: Dzmitry Palienka
    gender: male
    sources: [https://example.org/p]
"""


def test_a_word_after_a_word_of_another_name_is_no_misspelt_family_name(tmp_path):
    project = project_of(tmp_path, PALIENKA)
    # a dateline's resort: POLYANA comes near Palienka, but KRASNAYA is no given name
    assert project.check_text("KRASNAYA POLYANA — She won the biathlon race.\n") == []
    [finding] = project.check_text("The money went to Palienkka, the court said.\n")
    assert finding.suggestion == "Palienka"


SMAL = """\
version: 1
entries:
  - id: yuliya-smal
    kind: person
    be: Юлія Смаль
    ru: Юлия Смаль
    gender: female
    sources: [https://example.org/y]
"""


def test_a_common_word_before_a_given_name_is_no_misspelt_family_name(tmp_path):
    project = project_of(tmp_path, SMAL)
    # School comes near Smal, and Yuliya is the entry's given name: still a school's name
    assert project.check_text("Pupils of the School Yuliya sang.\n") == []
    [finding] = project.check_text("Pupils of Smael Yuliya sang.\n")
    assert finding.suggestion == "Smal Yuliya"


MADAVAU = """\
version: 1
entries:
  - id: aliaksandr-madavau
    kind: person
    be: Аляксандр Мадаваў
    ru: Александр Модовов
    gender: male
    sources: [https://example.org/a]
  - id: stanislau-madavau
    kind: person
    be: Станіслаў Мадаваў
    ru: Станислав Модовов
    gender: male
    sources: [https://example.org/s]
"""


def test_a_family_name_two_entries_share_after_a_title_is_still_their_spelling(tmp_path):
    # no one entry, but one fix for both: a title before it is no word of another name
    [finding] = project_of(tmp_path, MADAVAU).check_text(
        "In a letter from prison, Mr Modovov thanked everyone.\n")
    assert (finding.code, finding.suggestion) == ("NC001", "Madavau")


MIKHALEVICH = """\
version: 1
entries:
  - id: ales-mikhalevich
    kind: person
    be: Алесь Міхалевіч
    ru: Алесь Михалевич
    gender: male
    sources: [https://example.org/m]
"""


def test_a_given_names_patronymic_is_no_misspelt_family_name(tmp_path):
    project = project_of(tmp_path, MIKHALEVICH)
    # Aleksandr Mikhailovich is a man addressed by his name and his father's, Mikhail
    assert project.check_text('"Aleksandr Mikhailovich, this is your land," he said.\n') == []
    [finding] = project.check_text("The court heard Ales Mikhalevych on Monday.\n")
    assert finding.suggestion == "Ales Mikhalevich"


WARSAW = """\
version: 1
entries:
  - id: warsaw
    kind: place
    be: Варшава
    ru: Варшава
    canonical: Warsaw
    sources: [https://example.org/w]
"""


def test_a_place_after_a_word_no_match_took_is_the_second_word_of_another_name(tmp_path):
    project = project_of(tmp_path, WARSAW)
    # Legia Warszawa: a football club the glossary lacks, not the city misspelt
    assert project.check_text("Legia Warszawa won the cup.\n") == []
    [finding] = project.check_text("He flew to Warszawa on Monday.\n")
    assert finding.suggestion == "Warsaw"
    # a short word opening a sentence is no name's first word
    [finding] = project.check_text("In Warszawa, people gathered.\n")
    assert finding.suggestion == "Warsaw"


DIACRITICS = """\
version: 1
entries:
  - id: gitanas-nauseda
    kind: person
    be: Гітанас Наўседа
    ru: Гитанас Науседа
    canonical: Gitanas Nauseda
    variants: [Gitanas Nausėda]
    gender: male
    note: The canonical is the established English spelling.
    sources: [https://example.org/n]
  - id: zianon-pazniak
    kind: person
    be: Зянон Пазняк
    ru: Зенон Позняк
    variants: [Zianon Paźniak]
    gender: male
    sources: [https://example.org/p]
  - id: mahiliou-regional-court
    kind: organization
    be: Магілёўскі абласны суд
    ru: Могилёвский областной суд
    canonical: Mahiliou Regional Court
    note: The canonical is the house's English name.
    sources: [https://example.org/m]
"""


def test_a_foreign_names_diacritics_are_the_documents_typography(tmp_path):
    project = project_of(tmp_path, DIACRITICS)
    # Nausėda is the Lithuanian's own spelling; the house writes it without the dot
    assert project.check_text("President Gitanas Nausėda spoke in Vilnius.\n") == []
    # Paźniak is the Łacinka romanization of a Belarusian name: a spelling the house fixes
    [finding] = project.check_text("The article by Zianon Paźniak appeared in 1988.\n")
    assert finding.suggestion == "Zianon Pazniak"


def test_a_belarusian_romanizations_letter_in_a_bodys_name_is_a_spelling(tmp_path):
    project = project_of(tmp_path, DIACRITICS)
    # ŭ is written only for Belarusian ў: the town's romanization, not the body's own letters
    [finding] = project.check_text("Judge Lanchava sat in the Mahilioŭ Regional Court.\n")
    assert (finding.code, finding.suggestion) == ("NC001", "Mahiliou Regional Court")


STATES = """\
version: 1
entries:
  - id: united-states
    kind: place
    be: Злучаныя Штаты Амерыкі
    ru: Соединённые Штаты Америки
    canonical: United States
    forms: {de: Vereinigte Staaten}
    note: The canonical is the English name.
  - id: united-kingdom
    kind: place
    be: Вялікабрытанія
    ru: Великобритания
    canonical: United Kingdom
    forms: {de: Vereinigtes Königreich}
    note: The canonical is the English name.
"""


def test_a_german_adjectives_case_ending_is_the_name_in_its_case(tmp_path):
    project = project_of(tmp_path, STATES)
    text = ("Er dankte den Vereinigten Staaten und der Regierung des Vereinigten Königreichs.\n")
    assert project.check_text(text, language="de") == []
    # a letter too many is still worth a look
    [finding] = project.check_text("Er dankte den Vereinigte Staaaten.\n", language="de")
    assert finding.code in ("NC001", "NC002")


def test_an_institution_of_another_republic_is_that_countrys(tmp_path):
    project = project_of(tmp_path, INTERIOR)
    # "of the Republic of Lithuania": Lithuania's ministry, not a wording of Belarus's
    text = "On 2 June the Ministry of Internal Affairs of the Republic of Lithuania said so.\n"
    assert project.check_text(text) == []
    assert project.check_text("The Ministry of Internal Affairs of Georgia said so.\n") == []
    # without another country after it, it is still the glossary's wording
    [finding] = project.check_text("On 2 June the Ministry of Internal Affairs said so.\n")
    assert finding.suggestion == "Interior Ministry"


LUKASHENKA_SON = """\
version: 1
entries:
  - id: dzmitry-lukashenka
    kind: person
    be: Дзмітрый Лукашэнка
    ru: Дмитрий Лукашенко
    gender: male
    variants: [Dmitry Lukashenko]
    sources: [https://example.org]
"""


def test_a_common_word_opening_a_sentence_is_no_given_name_of_a_near_miss(tmp_path):
    project = project_of(tmp_path, LUKASHENKA_SON)
    # "Since" is no misspelling of Dzmitry
    found = project.check_text("Since Lukashenko won a sixth term, the protests ended.\n")
    assert "NC002" not in [f.code for f in found]
    # a given name the data lists is still read with the family name after it
    found = project.check_text("Dmitri Lukashenko spoke on Monday.\n")
    assert [f.code for f in found] == ["NC001"]


ADMITTED = """\
version: 1
entries:
  - id: european-union
    kind: organization
    be: Еўрапейскі саюз
    ru: Европейский союз
    canonical: European Union
    admitted: [EU]
    variants: [Evropeysky Soyuz]
    note: The canonical is the English name.
  - id: united-states
    kind: place
    be: Злучаныя Штаты Амерыкі
    ru: Соединённые Штаты Америки
    canonical: United States
    admitted: [US, U.S., USA]
    note: The canonical is the English name.
  - id: us-state-department
    kind: organization
    canonical: US State Department
"""


def test_a_spelling_the_glossary_admits_is_no_finding_and_the_house_spelling(tmp_path):
    project = project_of(tmp_path, ADMITTED)
    text = ("The EU and the European Union, the US, the U.S. and the United States, and the "
            "USA agreed.\n")
    assert project.check_text(text) == []       # no NC001, and no NC004 either
    r = project.lookup("EU")
    assert (r.status, r.entry) == ("canonical", "european-union")
    # a variant is still one
    [finding] = project.check_text("The Evropeysky Soyuz agreed.\n")
    assert finding.suggestion == "European Union"


def test_full_stops_added_to_or_left_out_of_a_house_form_are_typography(tmp_path):
    project = project_of(tmp_path, ADMITTED)
    assert project.check_text("The U.S. State Department said so.\n") == []



POTASH = """\
version: 1
entries:
  - id: belarusian-potash-company
    kind: organization
    be: Беларуская калійная кампанія
    ru: Белорусская калийная компания
    canonical: Belarusian Potash Company
    variants: [Belarus Potash Company]
    note: The canonical is the English name.
"""


def test_a_listed_form_ending_in_a_legal_form_word_is_found_whole(tmp_path):
    # a span may not end in Company (a legal form), unless the glossary lists it so: then the
    # listed variant is found whole, not cut short before Company and read as a longer name
    project = project_of(tmp_path, POTASH)
    [finding] = project.check_text("Workers of Belarus Potash Company went on strike.\n")
    assert (finding.found, finding.suggestion) == ("Belarus Potash Company",
                                                   "Belarusian Potash Company")
    assert project.check_text("The Belarusian Potash Company exports potash.\n") == []


FOREIGN_AND_KIN = """\
version: 1
entries:
  - id: klaipeda
    kind: place
    be: Клайпеда
    ru: Клайпеда
    canonical: Klaipeda
    note: The house writes the Lithuanian name without its diacritic.
  - id: homel
    kind: place
    be: Гомель
    ru: Гомель
    canonical: Homel
  - id: senitsa
    kind: place
    be: Сеніца
    ru: Сеница
    canonical: Senitsa
  - id: vytautas
    kind: person
    be: Вітаўт
    ru: Витовт
    canonical: Vytautas
    gender: male
  - id: uladzimir-fedarovich
    kind: person
    be: Уладзімір Федаровіч
    ru: Владимир Федорович
    gender: male
"""


def test_a_foreign_names_own_diacritics_are_typography_unless_a_scheme_writes_them(tmp_path):
    # no scheme writes Клайпеда as Klaipėda: the Lithuanian name itself; Homieĺ is Łacinka
    project = project_of(tmp_path, FOREIGN_AND_KIN)
    assert project.check_text("Potash went through the port of Klaipėda.\n") == []
    [finding] = project.check_text("He was tried in Homieĺ.\n")
    assert finding.suggestion == "Homel"


def test_a_place_near_miss_after_a_word_read_as_a_persons_name_is_its_second_word(tmp_path):
    project = project_of(tmp_path, FOREIGN_AND_KIN)
    text = ("The rally was organized by Lithuanian MP Vitautas Sinica.\n\n"
            "Speaking at the rally, Sinica said more.\n")
    # and alone later it is that person's family name
    assert [f for f in project.check_text(text) if f.found == "Sinica"] == []


def test_a_given_name_and_patronymic_before_a_family_name_the_glossary_lacks(tmp_path):
    # Fyodorovich is Matveichuk's patronymic here, not Uladzimir Fedarovich's family name
    project = project_of(tmp_path, FOREIGN_AND_KIN)
    assert project.check_text("Preceded by: Vladimir Fyodorovich Matveichuk\n") == []
    [finding] = project.check_text("The order came from Vladimir Fedorovich.\n")
    assert finding.suggestion == "Uladzimir Fedarovich"


SEVIARYN = """\
version: 1
entries:
  - id: uladzimir-seviaryn
    kind: person
    be: Уладзімір Севярын
    ru: Владимир Северин
    gender: male
"""


def test_a_near_miss_before_a_word_that_names_nothing_opens_another_name(tmp_path):
    # Severian opens "Severian Novgorod", a name the glossary lacks: no Seviaryn; alone, or
    # before a common word, the near miss is still worth a look
    project = project_of(tmp_path, SEVIARYN)
    assert project.check_text("Kaributas, Prince of Severian Novgorod, kept faith.\n") == []
    [finding] = project.check_text("The order was signed by Gen. Severian.\n")
    assert (finding.code, finding.suggestion) == ("NC002", "Seviaryn")


SERVICE = """\
version: 1
entries:
  - id: radio-svaboda
    kind: organization
    be: Радыё Свабода
    ru: Радио Свобода
    canonical: Radio Svaboda
    variants: [Belarusian Service of Radio Liberty, Radio Svoboda]
    note: The canonical is the service's own Latin name.
"""


def test_a_fix_that_leaves_out_an_english_word_is_a_rewording_to_read(tmp_path):
    project = project_of(tmp_path, SERVICE)
    # "the Radio Svaboda" would be wrong: the fix is shown, never applied unread
    [finding] = project.check_text("It was reported by the Belarusian service of Radio Liberty.\n")
    assert (finding.suggestion, finding.fix_safety.value) == ("Radio Svaboda", "unsafe")
    # a respelling of the name's own words is still safe
    [finding] = project.check_text("It was reported by Radio Svoboda.\n")
    assert (finding.suggestion, finding.fix_safety.value) == ("Radio Svaboda", "safe")


LATVIA = """\
version: 1
entries:
  - id: latvia
    kind: place
    be: Латвія
    ru: Латвия
    canonical: Latvia
    forms: {pl: Łotwa, de: Lettland}
    sources: [https://example.org/latvia]
"""


def test_a_polish_word_near_a_name_only_by_its_consonants_is_the_word(tmp_path):
    # Łatwo ("easily") opens a Polish sentence; its consonants are Łotwa's, its vowels not
    project = project_of(tmp_path, LATVIA)
    text = "Łatwo było ją zauważyć, gdy wróciła z Łotwy do domu.\n"
    assert project.check_text(text, language="pl") == []
    # in English text the same loose likeness is still a spelling to look at
    assert [f.code for f in project.check_text("Łatwo is where she lived.\n")] == ["NC001"]


VALOZHYN = """\
version: 1
entries:
  - id: valozhyn
    kind: place
    be: Валожын
    ru: Воложин
    canonical: Valozhyn
    sources: [https://example.org/valozhyn]
  - id: anton-hushchyn
    kind: person
    be: Антон Гушчын
    ru: Антон Гущин
    canonical: Anton Hushchyn
    gender: male
    sources: [https://example.org/hushchyn]
  - id: andorra
    kind: place
    be: Андора
    ru: Андорра
    canonical: Andorra
    sources: [https://example.org/andorra]
"""


def test_a_place_after_a_title_is_a_persons_family_name(tmp_path):
    # Mr. Valošyn is a man whose family name is spelled like the town's Łacinka name
    project = project_of(tmp_path, VALOZHYN)
    assert project.check_text("According to Mr. Valošyn, the site was blocked.\n") == []
    assert project.check_text("Mr Valošyn said so.\n") == []
    # the town itself is still the town
    assert [f.suggestion for f in project.check_text("She moved to Valošyn in May.\n")] \
        == ["Valozhyn"]


def test_a_family_name_after_a_word_that_only_faintly_recalls_a_name_is_a_strangers(tmp_path):
    # Adarya comes near no given name closely enough: Adarya Hushtyn is someone the glossary
    # lacks, not the judge Hushchyn
    project = project_of(tmp_path, VALOZHYN)
    text = "He went to pick up his wife, the journalist Adarya Hushtyn, from work.\n"
    assert project.check_text(text) == []
    assert [f.suggestion for f in project.check_text("The judge Hushtyn spoke.\n")] \
        == ["Hushchyn"]


RADA = """\
version: 1
entries:
  - id: rada-bnr
    kind: organization
    be: Рада Беларускай Народнай Рэспублікі
    ru: Рада Белорусской Народной Республики
    canonical: Rada of the Belarusian Democratic Republic
    variants: ["Belarusian People's Republican Council"]
    sources: [https://example.org/rada]
  - id: belarus
    kind: place
    be: Беларусь
    ru: Беларусь
    canonical: Belarus
    sources: [https://example.org/belarus]
"""


def test_a_listed_name_ending_in_an_institution_word_is_that_bodys_whole_name(tmp_path):
    # Council ends the listed English name; a name cut short before an institution word the
    # canonical lacks is the start of a longer one, but the whole listed name is no such start
    project = project_of(tmp_path, RADA)
    [finding] = project.check_text(
        "A meeting of the Belarusian People’s Republican Council was held in Vilnius.\n")
    assert (finding.code, finding.suggestion) == (
        "NC001", "Rada of the Belarusian Democratic Republic")


VOLKAU = """\
version: 1
entries:
  - id: aliaksei-volkau
    kind: person
    be: Аляксей Волкаў
    ru: Алексей Волков
    canonical: Aliaksei Volkau
    gender: male
    sources: [https://example.org/volkau]
"""


def test_a_word_before_river_is_no_misspelt_family_name(tmp_path):
    project = project_of(tmp_path, VOLKAU)
    assert project.check_text("Barges sail up the Volkhov River to Novgorod.\n") == []
    # the same word alone is still worth a look
    assert [f.code for f in project.check_text("The judge Volkhov spoke.\n")] == ["NC002"]


KRYCHAU = """\
version: 1
entries:
  - id: krychau
    kind: place
    be: Крычаў
    ru: Кричев
    canonical: Krychau
    variants: [Krichev]
    sources: [https://example.org/krychau]
  - id: krychau-district-executive-committee
    kind: organization
    be: Крычаўскі раённы выканаўчы камітэт
    ru: Кричевский районный исполнительный комитет
    canonical: Krychau District Executive Committee
    sources: [https://example.org/krychau-rvk]
"""


def test_a_unit_named_after_its_town_spelled_another_way_is_the_units_variant(tmp_path):
    project = project_of(tmp_path, KRYCHAU)
    [finding] = project.check_text(
        "He was first deputy chairman of the Krichev District Executive Committee.\n")
    assert (finding.found, finding.suggestion) == (
        "Krichev District Executive Committee", "Krychau District Executive Committee")


PLACES_OF_TWO_WORDS = """\
version: 1
entries:
  - id: nazi-germany
    kind: place
    be: Нацысцкая Германія
    ru: Нацистская Германия
    canonical: Nazi Germany
    sources: [https://example.org/nazi-germany]
  - id: palestinian-territories
    kind: place
    be: Палесцінскія Тэрыторыі
    ru: Палестинские территории
    canonical: Palestinian Territories
    admitted: [the State of Palestine]
    sources: [https://example.org/palestine]
"""


def test_a_places_words_in_another_order_are_another_phrase(tmp_path):
    project = project_of(tmp_path, PLACES_OF_TWO_WORDS)
    assert project.check_text("They were sent to a German Nazi camp near the city.\n") == []
    assert project.check_text("The Kossovo State Archive opened its reading room.\n") == []
    # the words in the form's order, misspelt, are still worth a look
    assert [(f.code, f.suggestion) for f in project.check_text(
        "He wrote about the Palestinan Teritories at length.\n")] == [
        ("NC002", "Palestinian Territories")]


PALESSE = """\
version: 1
entries:
  - id: palesse
    kind: place
    be: Палессе
    ru: Полесье
    canonical: Palesse
    variants: [Polesie, Polesye]
    sources: [https://example.org/palesse]
"""


def test_a_region_opening_a_nature_reserves_name_is_the_reserves_name(tmp_path):
    project = project_of(tmp_path, PALESSE)
    assert project.check_text("The Polesie State Ecological Reserve was created in 1988.\n") == []
    assert [f.found for f in project.check_text("Polesie is a marshy region.\n")] == ["Polesie"]


SYRYTSA = """\
version: 1
entries:
  - id: aliaksandr-syrytsa
    kind: person
    gender: male
    be: Аляксандр Сырыца
    ru: Александр Сырица
    canonical: Aliaksandr Syrytsa
    sources: [https://spring96.org/en]
  - id: aliaksandr-lukashenka
    kind: person
    gender: male
    be: Аляксандр Лукашэнка
    ru: Александр Лукашенко
    canonical: Aliaksandr Lukashenka
    sources: [https://en.wikipedia.org/wiki/Alexander_Lukashenko]
"""


def test_a_family_name_with_one_consonant_for_another_is_another_persons(tmp_path):
    project = project_of(tmp_path, SYRYTSA)

    # Sinitsa has n where Syrytsa has r: another family name, not a slip
    assert found_in(project, "The court convicted 19-year-old Aliaksandr Sinitsa for a slogan.\n") == []
    # a letter missing or two swapped is still a likely misspelling
    assert found_in(project, "The court convicted 19-year-old Aliaksandr Syrtysa for a slogan.\n") == [
        ("NC002", "Aliaksandr Syrtysa", "Aliaksandr Syrytsa")]
    # and so is ch for sh, a digraph romanizations write apart
    assert found_in(project, "The president Aleksandr Lukachenko spoke.\n") == [
        ("NC002", "Aleksandr Lukachenko", "Aliaksandr Lukashenka")]
    # one consonant for another once the conventions are folded (tz and ts one sound):
    # Lapitzki is another family name than Lasitski, though longer by a letter
    project = project_of(tmp_path, SYRYTSA.replace("""  - id: aliaksandr-lukashenka""", """\
  - id: mikalai-lasitski
    kind: person
    gender: male
    be: Мікалай Ласіцкі
    ru: Николай Ласицкий
    canonical: Mikalai Lasitski
    sources: [https://example.org/lasitski]
  - id: aliaksandr-lukashenka"""))
    assert found_in(project, "The parish chose Father Nikolai Lapitzki as its pastor.\n") == []
    # two letters swapped in it is still a slip
    assert found_in(project, "The parish chose Father Nikolai Lasitksi as its pastor.\n") == [
        ("NC002", "Nikolai Lasitksi", "Mikalai Lasitski")]


# a glossary person's given name is a given name before a family name, though it is also
# another person's family name (Gleb: Hleb Labadzenka's given name, Alexander Hleb's family)
def test_a_given_name_that_is_also_a_family_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandr-syrytsa
    kind: person
    gender: male
    be: Аляксандр Сырыца
    ru: Александр Сырица
    sources: [https://spring96.org/en]
  - id: alexander-hleb
    kind: person
    gender: male
    be: Аляксандр Глеб
    ru: Александр Глеб
    canonical: Alexander Hleb
    variants: [Aleksandr Gleb]
    sources: [https://en.wikipedia.org/wiki/Alexander_Hleb]
  - id: hleb-labadzenka
    kind: person
    gender: male
    be: Глеб Лабадзенка
    ru: Глеб Лободенко
    variants: [Gleb Labadzenka]
    sources: [https://spring96.org/en]
""")
    assert found_in(project, "The cyclist Gleb Syritsa won the stage.\n") == []
    assert found_in(project, "The court heard Syritsa again.\n") == [
        ("NC001", "Syritsa", "Syrytsa")]


# letters with dots spell an abbreviation as written (B.C. is no BBC); a monarch's epithet
# alone is no name (Staryi, of Sigismund the Old's Cyrillic forms, before a town's name)
def test_dotted_letters_and_a_monarchs_epithet(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: bbc
    kind: organization
    be: Бі-Бі-Сі
    ru: Би-би-си
    canonical: BBC
    sources: [https://en.wikipedia.org/wiki/BBC]
  - id: sigismund-the-old
    kind: person
    gender: male
    be: Жыгімонт Стары
    ru: Сигизмунд Старый
    canonical: Sigismund I the Old
    sources: [https://en.wikipedia.org/wiki/Sigismund_I_the_Old]
""")
    assert found_in(project, "Tribes lived there in the 9th-5th centuries B.C. already.\n") == []
    assert found_in(project, "Orsha, Staryi Bykhov and Rahachou held the frontier.\n") == []
    assert found_in(project, "The castle was rebuilt by Zhyhimont Staryi in 1520.\n") == [
        ("NC001", "Zhyhimont Staryi", "Sigismund I the Old")]


# a given name only men have before a woman's family name is another person's (her father's);
# a name of Latin and Cyrillic words in Cyrillic text is the name as its owner writes it
def test_the_other_sexs_given_name_and_a_name_in_two_scripts(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandra-sasnovich
    kind: person
    gender: female
    be: Аляксандра Сасновіч
    ru: Александра Соснович
    sources: [https://en.wikipedia.org/wiki/Aliaksandra_Sasnovich]
  - id: aliaksandr-lukashenka
    kind: person
    gender: male
    be: Аляксандр Лукашэнка
    ru: Александр Лукашенко
    canonical: Aliaksandr Lukashenka
    variants: [Alexander Lukashenko]
    sources: [https://en.wikipedia.org/wiki/Alexander_Lukashenko]
  - id: sputnik-belarus
    kind: organization
    ru: Спутник Беларусь
    canonical: Sputnik Belarus
    sources: [https://en.wikipedia.org/wiki/Sputnik_(news_agency)]
""")
    text = "When she was eight, her father, Alexander Sasnovich, took her to a club.\n"
    assert found_in(project, text) == []
    assert found_in(project, "The player Aliaksandra Sasnovik won.\n") == [
        ("NC002", "Aliaksandra Sasnovik", "Aliaksandra Sasnovich")]
    text = "Паводле Sputnik Беларусь, сустрэча адбылася ў Мінску.\n"
    assert [f.code for f in project.check_text(text, language="be")] == []


# a label glued to a near miss of a name (an infobox's OwnerAleksandr Zaytsev) is no
# misspelling to fix: the fix would take the label away
def test_a_label_glued_to_a_near_miss(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandr-zaitsau
    kind: person
    gender: male
    be: Аляксандр Зайцаў
    ru: Александр Зайцев
    sources: [https://spring96.org/en]
""")
    assert found_in(project, "The club was run by OwnerAleksandr Zaytsaev for years.\n") == []
    assert [_glued_label(w) for w in ("OwnerAleksandr", "ManagerSergey", "McDonald", "Aleksandr")] \
        == [True, True, False, False]
    assert found_in(project, "The club was run by Aleksandr Zaytsaev for years.\n") == [
        ("NC002", "Aleksandr Zaytsaev", "Aliaksandr Zaitsau")]


def test_a_cyrillic_family_name_one_consonant_apart_is_another_person(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: ihar-buzouski
    kind: person
    gender: male
    be: Ігар Бузоўскі
    ru: Игорь Бузовский
    sources: [https://en.wikipedia.org/wiki/Belarus]
""")
    # (a page long enough to be read as Belarusian)
    text = ("Да страйкоўцаў далучыўся яшчэ адзін інжынэр завода {} , які працаваў там "
            "дваццаць гадоў і быў вядомы ўсім на заводзе.\n")
    assert project.check_text(text.format("Ігар Бутоўскі"), language="be") == []
    # (a slip of the pen in a Cyrillic name is still one: Сергей Гадилин above)




def test_a_monarchs_name_and_number_without_the_country_is_the_house_form(tmp_path):
    project = project_of(tmp_path, MONARCHS)
    assert project.check_text("Emperor Nicholas I laid the first stone in 1836.\n") == []
    # another monarch's number is no spelling of this one's
    assert project.check_text("Nicholas II abdicated in 1917, and Catherine I died.\n") == []
    assert found_in(project, "Mikalai I laid the first stone.\n") == [
        ("NC001", "Mikalai I", "Nicholas I of Russia")]


DOUBLE_FAMILY_NAMES = """\
version: 1
entries:
  - id: iryna-but-husaim
    kind: person
    be: Ірына Бут-Гусаім
    ru: Ирина Бут-Гусаим
    variants: [Irina Bud-Gusaim]
  - id: palina-sharenda-panasiuk
    kind: person
    be: Паліна Шарэнда-Панасюк
    ru: Полина Шаренда-Панасюк
"""


def test_a_double_family_name_with_a_short_first_part_is_read_whole(tmp_path):
    # Bud alone is no name's word: the compound, a word of a listed name, still is
    project = project_of(tmp_path, DOUBLE_FAMILY_NAMES)
    [finding] = project.check_text("The accountant Irina Bud-Gusaim was detained.\n")
    assert (finding.code, finding.suggestion) == ("NC001", "Iryna But-Husaim")


def test_nc004_compares_a_double_family_name_whole(tmp_path):
    # the second part spelled two ways (Panasyuk, Panasiuk) is two spellings of the name
    project = project_of(tmp_path, DOUBLE_FAMILY_NAMES)
    text = ("Palina Sharenda-Panasyuk was detained in Brest.\n\n"
            "Palina Sharenda-Panasiuk was freed.\n")
    [finding] = [f for f in project.check_text(text) if f.code == "NC004"]
    assert "'Sharenda-Panasyuk'" in finding.message and "'Sharenda-Panasiuk'" in finding.message


TITLED = """\
version: 1
entries:
  - id: uladzimir-karanik
    kind: person
    gender: male
    be: Уладзімір Каранік
    ru: Владимир Караник
    canonical: Uladzimir Karanik
    sources: [https://en.wikipedia.org/wiki/Uladzimir_Karanik]
  - id: uladzimir-hundar
    kind: person
    gender: male
    be: Уладзімір Гундар
    ru: Владимир Гундарь
    canonical: Uladzimir Hundar
    sources: [https://example.org]
"""


# a title before a given name is no family name written first: the near miss of a name in
# the other order (Hundar Uladzimir) must not take the title and the given name away
@pytest.mark.parametrize("text", [
    "He met Governor Vladimir Karanik in Hrodna.\n",
    "He met Hrodna Region Governor Vladimir Karanik there.\n",
])
def test_a_title_before_a_name_is_no_family_name(tmp_path, text):
    project = project_of(tmp_path, TITLED)
    assert found_in(project, text)[-1:] == [("NC001", "Vladimir Karanik", "Uladzimir Karanik")]


# a possessive written without its apostrophe keeps its s in the fix of a likely misspelling
def test_a_possessive_without_its_apostrophe_keeps_its_s(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: uladzimir-muliavin
    kind: person
    gender: male
    be: Уладзімір Мулявін
    ru: Владимир Мулявин
    canonical: Uladzimir Muliavin
    variants: [Vladimir Mulyavin, Vladimir Muliavin]
    sources: [https://en.wikipedia.org/wiki/Vladimir_Mulyavin]
""")
    text = "The newcomers were Vladimir Muliavins younger brother Valery and a drummer.\n"
    assert found_in(project, text) == [("NC002", "Vladimir Muliavins", "Uladzimir Muliavins")]
    # a possessive with its apostrophe is left outside the name, as ever
    text = "The newcomers were Vladimir Muliavin's younger brother Valery and a drummer.\n"
    assert found_in(project, text) == [("NC001", "Vladimir Muliavin", "Uladzimir Muliavin")]


WARS = """\
version: 1
entries:
  - id: muscovite-lithuanian-wars
    kind: other
    be: Руска-літоўскія войны
    ru: Русско-литовские войны
    canonical: Muscovite–Lithuanian Wars
    variants: [Russo-Lithuanian Wars]
    sources: [https://en.wikipedia.org/wiki/Muscovite%E2%80%93Lithuanian_Wars]
"""


@pytest.mark.parametrize("text, expected", [
    # a hyphen for the canonical's en dash is typography, no other spelling
    ("Orsha was fought in the Muscovite-Lithuanian Wars of that age.\n", []),
    ("Orsha was fought in the Russo-Lithuanian Wars of that age.\n",
     [("NC001", "Russo-Lithuanian Wars", "Muscovite–Lithuanian Wars")]),
])
def test_a_compounds_dash_is_typography(tmp_path, text, expected):
    assert found_in(project_of(tmp_path, WARS), text) == expected


GHETTO = """\
version: 1
entries:
  - id: minsk-ghetto
    kind: place
    be: Мінскае гета
    ru: Минское гетто
    canonical: Minsk Ghetto
    sources: [https://example.org/minsk-ghetto]
  - id: pinsk
    kind: place
    be: Пінск
    ru: Пинск
    canonical: Pinsk
    sources: [https://example.org/pinsk]
"""


def test_a_near_miss_whose_other_word_is_another_place_is_that_places_name(tmp_path):
    project = project_of(tmp_path, GHETTO)
    # Pinsk is a town: its ghetto is no misspelt Minsk Ghetto
    assert project.check_text("The Pinsk Ghetto was closed in 1942.\n") == []
    # a slip in a word that names no place is still worth a look
    assert [f.suggestion for f in project.check_text(
        "The Minsk Gheto was closed in 1943.\n")] == ["Minsk Ghetto"]


KAZLOUSKI = """\
version: 1
entries:
  - id: pavel-kazlouski
    kind: person
    be: Павел Казлоўскі
    ru: Павел Козловский
    canonical: Pavel Kazlouski
    gender: male
    sources: [https://example.org/kazlouski]
"""


def test_a_word_before_a_buildings_word_is_no_misspelt_family_name(tmp_path):
    project = project_of(tmp_path, KAZLOUSKI)
    assert project.check_text("Tourists visit the Kossovsky Castle every summer.\n") == []
    assert project.check_text("A passage leads from the Kossovsky castle to the river.\n") == []
    # the same word alone is still worth a look
    assert [f.code for f in project.check_text("The general Kossovsky spoke.\n")] == ["NC002"]


PLOSHCHA = """\
version: 1
entries:
  - id: ploshcha-2006
    kind: other
    be: Плошча-2006
    ru: Площадь-2006
    canonical: Ploshcha-2006
    sources: [https://example.org/ploshcha]
"""


def test_a_near_miss_that_only_lacks_the_number_is_another_of_its_kind(tmp_path):
    project = project_of(tmp_path, PLOSHCHA)
    # the 2010 protest is also a Ploshcha: the year names one of them
    assert project.check_text("Grim anniversary: Ploshcha participants still behind bars.\n") == []
    # a slip in the name with its number is still worth a look
    assert [f.suggestion for f in project.check_text(
        "The Ploshha-2006 protest was broken up.\n")] == ["Ploshcha-2006"]


UNECHA_LITWIN = """\
version: 1
entries:
  - id: unecha
    kind: place
    be: Унеча
    ru: Унеча
    canonical: Unecha
    sources: [https://example.org/unecha]
  - id: henryk-litwin
    kind: person
    be: Генрык Літвін
    ru: Генрик Литвин
    canonical: Henryk Litwin
    gender: male
    sources: [https://example.org/litwin]
"""


def test_a_faiths_or_a_peoples_word_is_no_name(tmp_path):
    # Uniate is a church's adherents' word, Litvins an old name of a people (data: demonyms)
    project = project_of(tmp_path, UNECHA_LITWIN)
    assert project.check_text("It passed to the Basilian (Uniate) Monastery in 1596.\n") == []
    assert project.check_text("They were also called Litvins in the old chronicles.\n") == []


def test_an_english_word_after_a_family_name_is_no_given_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandr-lukashenka
    kind: person
    gender: male
    be: Аляксандр Лукашэнка
    ru: Александр Лукашенко
    canonical: Aliaksandr Lukashenka
    variants: [Ales Lukashenka]
    sources: [https://example.org/lukashenka]
""")
    # a heading in title case: the word after the family name is English, no given name
    assert [(f.code, f.found, f.suggestion) for f in project.check_text(
        "Lukashenko Allies Face New Sanctions\n")] == [("NC001", "Lukashenko", "Lukashenka")]
    assert [(f.code, f.found) for f in project.check_text(
        "Lukashenka Allies Face New Sanctions\n")] == []
    # the family name first, then the given name, is read as ever
    assert [(f.code, f.found, f.suggestion) for f in project.check_text(
        "The decree was signed by Lukashenka Ales.\n")] == [
        ("NC001", "Lukashenka Ales", "Lukashenka Aliaksandr")]


def test_a_given_name_the_data_writes_for_another_name_is_another_person(tmp_path):
    # Alexey is the data's Latin form of Аляксей and Алексей, not of the entry's Аляксандр:
    # before a family name near the entry's it names another man, no likely misspelling
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandr-nestsiarenka
    kind: person
    gender: male
    be: Аляксандр Несцярэнка
    ru: Александр Нестеренко
""")
    assert found_in(project, "Alexey Nesterenko runs an institute in Minsk.\n") == []
    # the data's form of the entry's own given name, or a nickname of it, is still his
    assert found_in(project, "Alexander Nesterenko runs an institute in Minsk.\n") == [
        ("NC001", "Alexander Nesterenko", "Aliaksandr Nestsiarenka")]
    assert found_in(project, "Aliaksandr Nestsiarenko runs an institute in Minsk.\n") != []


_ADJECTIVES = """version: 1
entries:
  - id: nina-bahinskaya
    kind: person
    gender: female
    be: Ніна Багінская
    ru: Нина Багинская
  - id: kupalauskaya-station
    kind: place
    be: Купалаўская
    ru: Купаловская
  - id: kruhlae
    kind: place
    be: Круглае
    ru: Круглое
"""


# an adjectival name's ending tells its gender: a neuter one (a farm, a lake, a village) is no
# spelling of a woman's or a station's feminine name, however near its letters come
@pytest.mark.parametrize("text, expected", [
    ("Several lakes, including Boginskoye, lie in the park.\n", []),
    ("The holding Kupalovskoye in the district was visited.\n", []),
    # the same gender is still a spelling of the name
    ("The protester Nina Baginskaya walked with a flag.\n", ["Nina Baginskaya"]),
    ("Change trains at Kupalovskaya for the other line.\n", ["Kupalovskaya"]),
    ("The village of Krugloye lies on the Drut.\n", ["Krugloye"]),
])
def test_an_adjective_of_another_gender_is_another_name(tmp_path, text, expected):
    spellings = found_in(project_of(tmp_path, _ADJECTIVES), text)
    assert [f[1] for f in spellings if f[0] in ("NC001", "NC002")] == expected
