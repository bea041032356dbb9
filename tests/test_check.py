"""Documents to findings: every finding code, spans, case, possessives, suppression, consistency."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.api import Matcher
from checker.check import Checker, Mention, _compress, canonical_inside, consistency
from checker.formats import read_document


@pytest.fixture(scope="module")
def checker(fixture_matcher) -> Checker:
    """A checker on the fixture glossary (tests/data/glossary), not the shipped one."""
    return Checker(fixture_matcher)


def run(checker, text: str, path: str = "doc.txt", language=None):
    doc = read_document(text.encode("utf-8"), path)
    return doc, checker.check(doc, language)


def codes(result) -> list[tuple[str, str, str | None]]:
    return [(f.code, f.found, f.suggestion) for f in result.findings]


# Many tests below say that a word is NOT reported. They test something only while the
# fixture glossary holds the entry that the word comes near; this pins those premises, so
# that dropping or changing such an entry fails here instead of silently emptying a test.
@pytest.mark.parametrize("word, entry", [
    ("Model", "miadzel"), ("Mostly", "masty"), ("Karma", "karma"), ("Stalin", "stolin"),
    ("Pollock", "polatsk"), ("Boris", "anzhalika-borys"), ("Andrew", "katsiaryna-andreyeva"),
    ("Andrea", "katsiaryna-andreyeva"), ("Newman", "nioman"),
    ("Tsikhanouskya", "siarhei-tsikhanouski"), ("Say", "sozh"),
    ("Bash", "belarusian-association-of-journalists"), ("BSD", "belarusian-railways"),
    ("Mid", "foreign-ministry"), ("BAY", "belarusian-association-of-journalists"),
    ("MASS", "maz"), ("Spring", "viasna"), ("Mohylewie", "mahiliou"), ("Mińsku", "minsk"),
    ("Swiatłany", "svetlana-alexievich"), ("Cichanouskiej", "sviatlana-tsikhanouskaya"),
    ("Aleksandra", "aliaksandra-herasimenia"), ("Łukaszenki", "aliaksandr-lukashenka"),
    ("Karpenka", "ihar-karpenka"), ("Гомеля", "homel"), ("Interior Minister", "interior-ministry"),
    ("Honest People", "honest-people"), ("Belsat TV", "belsat"),
    ("Supreme Court of the Republic of Belarus", "supreme-court"),
])
def test_the_words_that_tests_expect_no_finding_for_are_near_a_fixture_entry(checker, word, entry):
    assert checker.matcher.resolve(word).entry == entry


def test_variant_with_the_canonical_as_fix(checker):
    doc, r = run(checker, "The order came from Nikolai Karpenkov in October.\n")
    (f,) = r.findings
    assert (f.code, f.found, f.suggestion, f.entry) == ("NC001", "Nikolai Karpenkov",
                                                       "Mikalai Karpiankou", "mikalai-karpiankou")
    assert (f.line, f.column, f.end_line, f.end_column) == (1, 21, 1, 38)
    assert f.fix_safety == "safe" and f.severity == "warning"


def test_canonical_spelling_is_clean(checker):
    _, r = run(checker, "Mikalai Karpiankou and Aliaksandr Taraikouski. KARPIANKOU spoke.\n")
    assert r.findings == []


def test_case_and_possessive_are_kept(checker):
    _, r = run(checker, "KARPENKOV's voice; Karpenkov's order; Tikhanovskaya-led rallies.\n")
    assert codes(r) == [("NC001", "KARPENKOV", "KARPIANKOU"), ("NC001", "Karpenkov", "Karpiankou"),
                        ("NC001", "Tikhanovskaya", "Tsikhanouskaya")]


def test_a_possessive_with_the_modifier_apostrophe_is_a_possessive(checker):
    # Ukrainian outlets' English writes the possessive with U+02BC
    _, r = run(checker, "Karpenkovʼs order and Tikhanovskayaʼs speech.\n")
    assert codes(r) == [("NC001", "Karpenkov", "Karpiankou"),
                        ("NC001", "Tikhanovskaya", "Tsikhanouskaya")]


def test_a_word_glued_to_a_misspelt_name_stays_in_the_fix(checker):
    _, r = run(checker, "He met Alexander Lukashenkoand his sons.\n")
    assert codes(r) == [("NC002", "Alexander Lukashenkoand", "Aliaksandr Lukashenka and")]


def test_surname_first_order_is_kept_in_the_fix(checker):
    _, r = run(checker, "Listed as KARPENKOV Nikolai.\n")
    assert codes(r) == [("NC001", "KARPENKOV Nikolai", "KARPIANKOU Mikalai")]


def test_places_and_columns_in_non_ascii_text(checker):
    # columns count code points: the astral character before counts as one
    _, r = run(checker, "𝐀 Protest at Mogilev\n")
    (f,) = r.findings
    assert (f.column, f.end_column, f.suggestion) == (14, 21, "Mahiliou")


def test_mixed_script_word(checker):
    _, r = run(checker, "Mikalai Kаrpiankou was named.\n")  # Cyrillic а
    assert codes(r) == [("NC003", "Kаrpiankou", "Karpiankou")]


@pytest.mark.parametrize("text, found, fix", [
    # a word of one letter of each script takes its line's script
    ("Ich fuhr nach Minsk cі nach Brest, sagte er.\n", "cі", "ci"),
    ("Ён паехаў у Мінск cі ў Брэст, сказаў ён.\n", "cі", "сі"),
    # a Polish page read in the Cyrillic code page: its у is ó
    ("Biblioteka Narodowa wspуlnie z bankiem wydała księgę, która jest też już na półkach.\n",
     "wspуlnie", "wspólnie"),
])
def test_a_mixed_words_fix_takes_its_context(checker, text, found, fix):
    _, r = run(checker, text)
    assert [(f.found, f.suggestion) for f in r.findings if f.code == "NC003"] == [(found, fix)]


def test_likely_misspelling_is_info(checker):
    _, r = run(checker, "Mikalai Karpiankuo was named.\n")
    (f,) = r.findings
    assert (f.code, f.severity, f.fix_safety, f.suggestion) == ("NC002", "info", "unsafe",
                                                                 "Mikalai Karpiankou")


@pytest.mark.parametrize("slip", ["Karpiankuo", "KARPIANKUO", "Karpaiankou", "Karpiakou"])
def test_family_name_with_one_slip_alone_is_suggested_as_its_entry(checker, slip):
    """A surname alone with two letters swapped or one missing: its skeleton key can sit closer to
    Karpenka (Ihar Karpenka, also in the glossary), the spelling as written to Karpiankou."""
    _, r = run(checker, f"The order was signed by {slip} on Monday.\n")
    (f,) = r.findings
    assert (f.code, f.entry, f.fix_safety) == ("NC002", "mikalai-karpiankou", "unsafe")


def test_a_longer_name_holding_the_canonical_is_another_wording_not_a_variant(checker):
    """The glossary lists 'Viasna Human Rights Centre' and 'Belsat TV' among the
    variants (a look-up finds them); in a document they hold the canonical spelled right, and
    a fix would only delete words."""
    _, r = run(checker, "The Viasna Human Rights Centre and Belsat TV reported it; "
                        "Human Rights Center Viasna agreed.\n")
    assert r.findings == []
    assert {m.spelling for m in r.mentions} == {"Viasna", "Belsat"}
    # a misspelt name inside a longer one is still a variant
    _, r = run(checker, "Vyasna said so.\n")
    assert codes(r) == [("NC001", "Vyasna", "Viasna")]


@pytest.mark.parametrize("found, canonical, inside", [
    ("Viasna Human Rights Centre", "Viasna", "Viasna"),
    ("Human Rights Center VIASNA", "Viasna", "VIASNA"),
    ("Supreme Court of the Republic of Belarus", "Supreme Court", "Supreme Court"),
    ("Ministry of Defence", "Defence Ministry", None),
    ("Vyasna Human Rights Centre", "Viasna", None),
    ("Viasna", "Viasna", None),
    ("NEXTA-Live", "NEXTA", "NEXTA"),         # a hyphenated longer name holds it too
    ("Nekhta-Live", "NEXTA", None),
])
def test_canonical_inside(found, canonical, inside):
    assert canonical_inside(found, canonical) == inside


def test_wrong_language_form_in_russian_text(checker):
    _, r = run(checker, "Приказ отдал Карпянкоў. Об убийстве Тарайкоўскага писали все.\n")
    assert [(f.code, f.found, f.suggestion) for f in r.findings] == [
        ("NC005", "Карпянкоў", "Карпенков"), ("NC005", "Тарайкоўскага", "Тарайковского")]


def test_russian_forms_in_russian_text_are_clean(checker):
    _, r = run(checker, "Приказ отдал Карпенков. Об убийстве Тарайковского писали все.\n")
    assert r.findings == []


def test_wrong_language_form_in_belarusian_text(checker):
    _, r = run(checker, "Загад аддаў Карпенков, і гэта пацвердзіў запіс.\n")
    assert [(f.code, f.found) for f in r.findings] == [("NC005", "Карпенков")]


def test_suppression_and_sic(checker):
    text = ("Nikolai Karpenkov  # namecheck: ignore\n"
            "He was quoted as Nikolai Karpenkov [sic] here.\n"
            "namecheck: ignore-next-line\n"
            "Nikolai Karpenkov\n"
            "Nikolai Karpenkov again.\n")
    _, r = run(checker, text)
    assert [(f.line, f.code) for f in r.findings] == [(5, "NC001")]


def test_markdown_code_is_not_checked(checker):
    text = ("Nikolai Karpenkov in prose.\n\n```\nNikolai Karpenkov in code\n```\n\n"
            "Inline `Karpenkov` and [Karpenkov](https://example.org/Karpenkov).\n")
    _, r = run(checker, text, "doc.md")
    assert [(f.line, f.found) for f in r.findings] == [(1, "Nikolai Karpenkov"), (7, "Karpenkov")]


def test_consistency_across_documents(checker):
    # a name not in the glossary, written from Belarusian and from Russian
    _, a = run(checker, "Aliaksei Zhyhalka met the press.\n", "a.txt")
    _, b = run(checker, "Alexei Zhigalko met the press.\n", "b.txt")
    found = consistency(a.mentions + b.mentions, checker.matcher)
    assert [f.code for f in found] == ["NC004"]
    assert "'Aliaksei Zhyhalka' x1 (a.txt:1)" in found[0].message
    assert "'Alexei Zhigalko' x1 (b.txt:1)" in found[0].message
    assert found[0].suggestion is None and found[0].fix_safety == "none"


def test_a_name_the_glossary_lacks_after_an_opening_article_is_the_name(checker):
    _, a = run(checker, "The Starobinskoe deposit holds potash.\n", "a.txt")
    _, b = run(checker, "The Starobinskoye mine is old. A Belarusian spoke.\n", "b.txt")
    assert [m.spelling for m in a.mentions + b.mentions] == ["Starobinskoe", "Starobinskoye"]
    (found,) = consistency(a.mentions + b.mentions, checker.matcher)
    assert "the name 'Starobinskoe' (not in the glossary)" in found.message


def test_a_run_of_two_scripts_is_no_name_the_glossary_lacks(checker):
    # a Cyrillic caption word before a Latin outlet name, twice with another word
    _, a = run(checker, "Задержание в Лиде. Скриншот Hrodna.life\n", "a.txt")
    _, b = run(checker, "Редакция Hrodna.life не комментирует.\n", "b.txt")
    assert consistency(a.mentions + b.mentions, checker.matcher) == []
    _, c = run(checker, "Скриншот: Aliaksei Zhyhalka\n", "c.txt")   # the Latin name still one
    assert [m.spelling for m in c.mentions] == ["Aliaksei Zhyhalka"]


def test_common_english_words_alone_are_no_name_the_glossary_lacks(checker):
    # one title in two word orders across documents
    _, a = run(checker, "He quoted the General Director of the plant.\n", "a.txt")
    _, b = run(checker, "She is the Director General of the plant.\n", "b.txt")
    assert consistency(a.mentions + b.mentions, checker.matcher) == []
    _, c = run(checker, "Zhigalko Aliaksei spoke.\n", "c.txt")   # a name the words do not list
    assert [m.spelling for m in c.mentions] == ["Zhigalko Aliaksei"]


def test_a_peoples_adjective_with_a_common_word_is_no_name_the_glossary_lacks(checker):
    # a language of old charters, and a communist of Soviet Belarus, in two spellings
    _, a = run(checker, "The privilege was written in Old Belorussian by a clerk.\n", "a.txt")
    _, b = run(checker, "He was a Soviet Byelorussian communist and partisan.\n", "b.txt")
    _, c = run(checker, "The charter is in Old Byelorussian, the clerk said.\n", "c.txt")
    assert a.mentions + b.mentions + c.mentions == []


def test_consistency_for_a_glossary_entry(checker):
    _, a = run(checker, "Mikalai Karpiankou spoke.\n", "a.txt")
    _, b = run(checker, "Nikolai Karpenkov spoke.\n", "b.txt")
    (f,) = consistency(a.mentions + b.mentions, checker.matcher)
    assert (f.code, f.path, f.entry) == ("NC004", "b.txt", "mikalai-karpiankou")


def test_consistency_counts_every_mention_but_lists_at_most_fifty_places(checker):
    _, a = run(checker, "Nikolai Karpenkov spoke.\n" * 60, "a.txt")
    _, b = run(checker, "Mikalai Karpiankou spoke.\n", "b.txt")
    assert len(a.mentions) == 50  # the rest are counted, not carried
    (f,) = consistency(a.mentions + b.mentions, checker.matcher)
    assert "'Karpenkov' x60 (a.txt:1, a.txt:2, a.txt:3, ...)" in f.message
    assert "'Karpiankou' x1 (b.txt:1)" in f.message
    assert len(f.related) == 50 and (f.path, f.line) == ("a.txt", 1)


def test_short_words_and_common_phrases_are_not_names(checker):
    # words that fold onto romanizations of КГБ, Сож, БАЖ, БЖД once correspondences apply
    text = ("Say the disk holds 4 GB. Run Bash on BSD. The Interior Minister spoke to the "
            "Supreme Court, and Honest People marched.\n")
    _, r = run(checker, text)
    assert r.findings == []


def test_common_english_words_are_words_not_names(checker):
    """A capitalised common English word is not a generated form of a glossary name (Model is
    near Мядель's romanizations, Mostly near Masty), unless the glossary lists that spelling:
    Karma (Карма) is the place's canonical form."""
    text = "Model citizens queued. Mostly they waited. Karma, a village, voted.\n"
    _, r = run(checker, text, language="en")
    assert r.findings == []
    assert [(m.text, m.entry) for m in r.mentions] == [("Karma", "karma")]


def test_an_acronym_counts_only_in_capitals_and_is_spelled_out_unsafely(checker):
    """МИД romanizes to MID: in 'Mid-March' it is a word; 'MID' is the acronym, and its fix
    spells it out in the canonical's own case, as an unsafe fix (an article may be needed)."""
    _, r = run(checker, "In Mid-March the MID said nothing; BAZh protested.\n", language="en")
    assert [(f.found, f.suggestion, f.fix_safety) for f in r.findings] == [
        ("MID", "Foreign Ministry", "unsafe"),
        ("BAZh", "Belarusian Association of Journalists", "unsafe")]
    # an acronym is its letters as written: BAY only folds onto BAJ, MASS onto MAS (МАЗ);
    # and Spring is not Viasna's listed Spring96
    _, r = run(checker, "A BAY OF MASS APPEAL. Spring came early.\n", language="en")
    assert r.findings == []


def test_english_names_alone_are_names_only_as_the_glossary_or_a_scheme_writes_them(checker):
    """Stalin comes near Stolin (Столін) only by a Belarusian/Russian correspondence, Pollock
    near Połock only by folding; Boris in 'Boris Johnson' starts a name the glossary does not
    know, so it is not the family name Борис."""
    text = ("Stalin and Pollock were named. Boris Johnson met officials in Stolin. "
            "Later Boris left.\n")
    _, r = run(checker, text, language="en")
    assert r.findings == []
    assert [(m.text, m.entry) for m in r.mentions if m.entry] == [("Stolin", "stolin")]


def test_a_name_of_english_text_before_another_name_is_that_names_first_word():
    """Luís and Luis before Montenegro (a place the glossary knows) are a Portuguese prime
    minister's given name, not Lewis, whose Льюіс ISO 9 writes Lʹûìs; Lewis's own name as
    written, and a romanization that is no English name, are still his."""
    from checker.glossary import parse_glossary_text
    from checker.glossary.model import Glossary
    from checker.match.index import build_index

    g = Glossary(parse_glossary_text("""version: 1
entries:
- id: dave-lewis
  kind: person
  be: Дэйв Льюіс
  ru: Дэйв Льюис
  canonical: Dave Lewis
- id: montenegro
  kind: place
  be: Чарнагорыя
  ru: Черногория
  canonical: Montenegro
""", "g.yaml"))
    checker = Checker(Matcher(g, build_index(g)))
    text = "The prime minister, Luís Montenegro, met Luis Montenegro's aides.\n"
    _, r = run(checker, text, language="en")
    assert [f for f in r.findings if f.code != "NC004"] == []
    _, r = run(checker, "Coach Liuis Smith left.\n", language="en")
    assert [(f.code, f.found) for f in r.findings] == [("NC001", "Liuis")]


def test_an_english_name_that_a_scheme_writes_for_the_entry_is_its_name():
    """Nikolayev is an English name (a city) and the romanization of Николаев."""
    from checker.glossary import parse_glossary_text
    from checker.glossary.model import Glossary
    from checker.match.index import build_index

    g = Glossary(parse_glossary_text("""version: 1
entries:
- id: mikalai-mikalaeu
  kind: person
  be: Мікалай Мікалаеў
  ru: Николай Николаев
""", "g.yaml"))
    checker = Checker(Matcher(g, build_index(g)))
    _, r = run(checker, "Later Nikolayev said so.\n", language="en")
    assert [(f.code, f.found, f.suggestion) for f in r.findings] == [
        ("NC001", "Nikolayev", "Mikalaeu")]
    # and so is a word of a person's listed name
    g = Glossary(parse_glossary_text("""version: 1
entries:
- id: illia-mikalaeu
  kind: person
  canonical: Illia Mikalaeu
  variants: [Ilya Nikolayev]
""", "g.yaml"))
    checker = Checker(Matcher(g, build_index(g)))
    _, r = run(checker, "Later Nikolayev said so.\n", language="en")
    assert [(f.code, f.found, f.suggestion) for f in r.findings] == [
        ("NC001", "Nikolayev", "Mikalaeu")]


def test_english_names_are_not_misspellings_of_glossary_names(checker):
    _, r = run(checker, "Andrew and Andrea met Newman. Tsikhanouskya spoke.\n", language="en")
    assert [(f.code, f.found) for f in r.findings] == [("NC002", "Tsikhanouskya")]


_GROUPS = ("mikalai-karpiankou", "unknown:zhyhalka", "minsk")
_SPELLINGS = ("Karpiankou", "KARPIANKOU", "Karpenkov", "Karpiankov", "cyrillic")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.tuples(st.sampled_from(_GROUPS), st.sampled_from(_SPELLINGS),
                                   st.integers(1, 40)), max_size=12), min_size=1, max_size=4))
def test_compressed_mentions_give_the_same_nc004_as_all_of_them(checker, docs):
    """What each document keeps of its mentions is enough for exactly the same NC004 findings."""
    everything, kept = [], []
    for d, stretches in enumerate(docs):
        path = f"doc{d}.txt"
        items = [(group, spelling) for group, spelling, n in stretches for _ in range(n)]
        raw = [(10 * i, 10 * i + 5, group, spelling, None, spelling.casefold())
               for i, (group, spelling) in enumerate(items)]

        def mention(m, weight=1, path=path):
            return Mention(path, m[0], m[1], m[0] + 1, 1, m[0] + 1, 6, m[3], m[2], m[3], m[4], weight)

        everything += [mention(m) for m in raw]
        kept += [mention(m, n) for m, n in _compress(raw)]
    assert len(kept) <= len(everything)
    assert consistency(kept, checker.matcher) == consistency(everything, checker.matcher)


def test_text_with_astral_letters_and_stray_marks_is_read_word_by_word(checker):
    # an emoji (astral) and a combining mark after a space: the run scanner's slow path
    _, r = run(checker, "😀 Nikolai Karpenkov spoke; \u0301Nikolai Karpenkov too.\n")
    assert [(f.code, f.column, f.found) for f in r.findings] == [
        ("NC001", 3, "Nikolai Karpenkov"), ("NC001", 29, "Nikolai Karpenkov")]


def test_case_forms_in_polish_text_are_not_misspellings(checker):
    """Polish gives names case endings (Mińsku, Mohylewie, Swiatłany Cichanouskiej): such
    forms are not reported as likely misspellings; a known variant of a name is, where the
    document writes the name in the house form too."""
    text = ("W Mińsku i w Mohylewie milicja zatrzymała ludzi, ale nie było to zaskoczeniem. "
            "Spotkanie Swiatłany Cichanouskiej i Aleksandra Łukaszenki skomentował "
            "Nikolai Karpenkov.\n")
    _, r = run(checker, text, "pl.md")
    assert codes(r) == []   # Polish text spells names by its own conventions
    _, r = run(checker, text + "\nPotem Mikalai Karpiankou nic nie powiedział.\n", "pl.md")
    assert codes(r) == [("NC001", "Nikolai Karpenkov", "Mikalai Karpiankou")]
    # the same words in English text are worth a look
    _, r = run(checker, "We met in Mohylewie.\n", "en.md")
    assert [f.code for f in r.findings] == ["NC002"]


def test_a_case_ending_on_the_house_form_in_polish_text_is_no_variant(checker):
    """A Polish text that writes the house form gives it case endings: a name ending in a
    vowel takes ą or ę (z Tsikhanouskayą, Tsikhanouskayę), which fold to the house form's own
    letters. That is the name in the sentence's case, not another spelling; a real variant
    beside it is still reported."""
    text = ("Sviatlana Tsikhanouskaya spotkała się z delegacją.\n\n"
            "Rozmowa z Tsikhanouskayą trwała godzinę, a potem Tsikhanouskayę "
            "przyjął minister.\n")
    _, r = run(checker, text, "pl.md")
    assert codes(r) == []
    _, r = run(checker, text + "\nTikhanovskaya nie odpowiedziała.\n", "pl.md")
    assert [(f.code, f.found) for f in r.findings] == [("NC001", "Tikhanovskaya")]


FORMS = """version: 1
entries:
- id: mikalai-karpiankou
  kind: person
  be: Мікалай Карпянкоў
  ru: Николай Карпенков
  canonical: Mikalai Karpiankou
  forms: {de: Mikalaj Karpjankou}
- id: ukraine
  kind: place
  be: Украіна
  ru: Украина
  canonical: Ukraine
  forms: {pl: Ukraina}
"""


@pytest.fixture(scope="module")
def with_forms() -> Checker:
    from checker.glossary import parse_glossary_text
    from checker.glossary.model import Glossary
    from checker.match.index import build_index

    g = Glossary(parse_glossary_text(FORMS, "forms.yaml"))
    return Checker(Matcher(g, build_index(g)))


def test_a_languages_house_form_comes_from_the_glossary_forms(with_forms):
    de = "Nikolai Karpenkow leitete die Abteilung und wurde nach dem Sommer befördert.\n"
    _, r = run(with_forms, de, "de.md")
    (f,) = r.findings
    assert (f.code, f.suggestion, f.fix_safety) == ("NC001", "Mikalaj Karpjankou", "safe")
    assert "in de text write 'Mikalaj Karpjankou'" in f.message
    _, r = run(with_forms, "Mikalaj Karpjankou leitete die Abteilung und wurde befördert.\n", "de.md")
    assert r.findings == []
    # in English text the canonical form stays the house form
    _, r = run(with_forms, "Nikolai Karpenkov led the unit.\n", "en.md")
    assert [f.suggestion for f in r.findings] == ["Mikalai Karpiankou"]


def test_a_translation_in_its_house_form_is_consistent_with_the_original(with_forms):
    _, en = run(with_forms, "Mikalai Karpiankou led the unit and was promoted.\n", "en.md")
    _, de = run(with_forms, "Mikalaj Karpjankou leitete die Abteilung und wurde befördert.\n",
                "de.md")
    assert consistency(en.mentions + de.mentions, with_forms.matcher) == []
    _, other = run(with_forms, "Nikolai Karpenkov led it.\n", "b.md")
    assert [f.code for f in consistency(en.mentions + de.mentions + other.mentions,
                                        with_forms.matcher)] == ["NC004"]


def test_a_languages_house_form_in_its_sentences_case_is_consistent_with_the_original(with_forms):
    # Polish declines the house form Ukraina (na Ukrainę, na Ukrainie): no other spelling
    _, en = run(with_forms, "Volunteers from Warsaw left to fight in Ukraine.\n", "en.md")
    _, pl = run(with_forms, "Ochotnicy z Warszawy wyjeżdżali walczyć na Ukrainę, a potem "
                            "wracali z Ukrainy do domu, gdzie nikt o tym nie wiedział.\n", "pl.md")
    assert pl.findings == []
    assert consistency(en.mentions + pl.mentions, with_forms.matcher) == []
    _, other = run(with_forms, "Volunteers from Warsaw left to fight in Ukraina.\n", "b.md")
    assert [f.code for f in consistency(en.mentions + pl.mentions + other.mentions,
                                        with_forms.matcher)] == ["NC004"]


def test_names_with_lowercase_words_are_found_whole(checker):
    """A run of capitalised words stops at 'of'; names such as the Ministry of Defense are
    looked for whole, and the runs around them are checked as before."""
    _, r = run(checker, "A MINISTRY OF DEFENSE statement, the Ministry of Defense said, and "
                        "the Council of the Republic deputy Nikolai Karpenkov agreed.\n")
    # (the house's words in another order are a wording, not a spelling: no finding; the
    # ministry is still found whole)
    assert codes(r) == [("NC001", "Nikolai Karpenkov", "Mikalai Karpiankou")]
    assert "defence-ministry" in {m.entry for m in r.mentions}
    # a longer wording holding the canonical, and the canonical itself, are clean
    _, r = run(checker, "The Supreme Court of the Republic of Belarus and the Council of the "
                        "Republic met.\n")
    assert r.findings == []
    assert {m.entry for m in r.mentions} == {"supreme-court", "council-of-the-republic"}


def test_a_word_of_the_other_english_is_no_spelling_of_the_name(checker):
    # Defense, Theater, Center: the document's English, not a variant to fix
    _, r = run(checker, "The Defense Ministry said so.\n")
    assert r.findings == [] and "defence-ministry" in {m.entry for m in r.mentions}


def test_consistency_lists_names_with_their_lowercase_words(checker):
    _, a = run(checker, "The Ministry of Defence said so.\n", "a.txt")
    _, b = run(checker, "The Ministry of Defense said so.\n", "b.txt")
    (f,) = consistency(a.mentions + b.mentions, checker.matcher)
    # the house's words in another order count as the house's order, each in its English
    assert "'Defence Ministry' x1 (a.txt:1)" in f.message
    assert "'Defense Ministry' x1 (b.txt:1)" in f.message


def _po(*units: tuple[str, str], header: str = "Language: de") -> str:
    out = f'msgid ""\nmsgstr "{header}\\n"\n'
    for source, target in units:
        out += f'\nmsgid "{source}"\nmsgstr "{target}"\n'
    return out


def test_a_name_left_out_of_a_translation(checker):
    text = _po(("Mikalai Karpiankou met Sviatlana Tsikhanouskaya in Minsk.",
                "Er traf Swetlana Tichanowskaja in Minsk."),          # Karpiankou left out
               ("The Ministry of Defence said so.", "Das Verteidigungsministerium sagte es."),
               ("Untranslated: Mikalai Karpiankou.", ""),
               ("Nikolai Karpenkov spoke.", "Mikalai Karpiankou sprach."))
    _, r = run(checker, text, "report.de.po")
    found = [(f.code, f.line, f.entry) for f in r.findings]
    assert ("NC006", 5, "mikalai-karpiankou") in found
    assert [f for f in found if f[0] == "NC006"] == [("NC006", 5, "mikalai-karpiankou")]
    (f,) = [f for f in r.findings if f.code == "NC006"]
    assert f.found == "Er traf Swetlana Tichanowskaja in Minsk." and f.suggestion is None
    assert "write 'Mikalai Karpiankou'" in f.message
    # what the source wrote, in its house form: the family name alone for a family name
    _, r = run(checker, _po(("Karpenkov spoke.", "Er sprach.")), "b.de.po")
    assert [f.message.rsplit("write ", 1)[1] for f in r.findings if f.code == "NC006"] == [
        "'Karpiankou')"]


def test_a_name_kept_in_cyrillic_or_ignored_is_not_left_out(checker):
    text = _po(("Nikolai Karpenkov spoke.", "Карпенков выступил."), header="Language: ru")
    _, r = run(checker, text, "report.ru.po")
    assert [f.code for f in r.findings] == []
    text = ('msgid ""\nmsgstr "Language: de\\n"\n\n# namecheck: ignore\n'
            'msgid "Mikalai Karpiankou spoke."\nmsgstr "Er sprach."\n')
    _, r = run(checker, text, "report.de.po")
    assert r.findings == []


def test_a_name_left_out_of_an_xliff_unit(checker):
    text = ('<xliff version="2.0" srcLang="en" trgLang="pl"><file id="f">'
            '<unit id="1"><segment><source>Mikalai Karpiankou spoke in Mogilev.</source>'
            '<target>Przemawiał w Mohylewie.</target></segment></unit></file></xliff>')
    _, r = run(checker, text, "a.xlf")
    # w Mohylewie names Mahiliou, in the Polish locative of a listed spelling (Mohylew)
    assert sorted(f.entry for f in r.findings if f.code == "NC006") == ["mikalai-karpiankou"]


def test_a_name_in_its_lowercase_or_inflected_wording_is_not_left_out():
    from checker.glossary import parse_glossary_text
    from checker.glossary.model import Glossary
    from checker.match.index import build_index

    g = Glossary(parse_glossary_text("""version: 1
entries:
- id: hrodna
  kind: place
  be: Гродна
  ru: Гродно
  canonical: Hrodna
- id: hrodna-region
  kind: place
  be: Гродзенская вобласць
  ru: Гродненская область
  canonical: Hrodna Region
""", "places.yaml"))
    checker = Checker(Matcher(g, build_index(g)))
    text = _po(("Гродзенская вобласць мяжуе з Польшчай.", "The Hrodna region borders Poland."),
               ("Гродзенская вобласць", "the HRODNA REGION"),
               ("Ён жыве ў Гродна.", "He lives in Hrodna."),
               ("Гродзенская вобласць мяжуе з Польшчай.", "It borders Poland."),
               header="Language: en")
    _, r = run(checker, text, "a.po")
    assert [(f.code, f.entry, f.line) for f in r.findings] == [("NC006", "hrodna-region", 14)]


def test_a_russian_translation_names_a_place_in_its_case_and_is_told_the_russian_form(checker):
    text = _po(("Ён выступіў у Гомелі.", "Он выступил в Гомеле."),
               ("Ён памёр у Брэсце.", "Он умер в Бресте."),   # ст: сц before the ending
               ("Горад Магілёў.", "Город."), header="Language: ru")
    _, r = run(checker, text, "a.po")
    assert [(f.code, f.entry) for f in r.findings] == [("NC006", "mahiliou")]
    assert "write 'Могилёв'" in r.findings[0].message


def test_a_name_whose_glossary_form_capitalises_its_function_words():
    """OFAC writes 'State Security Committee Of The Republic Of Belarus' (tests/data/eval);
    running text writes 'of the', which breaks a run of capitalised words."""
    from checker.glossary import parse_glossary_text
    from checker.glossary.model import Glossary
    from checker.match.index import build_index

    g = Glossary(parse_glossary_text("""version: 1
entries:
- id: ofac-32275
  kind: organization
  canonical: State Security Committee Of The Republic Of Belarus
""", "dev.yaml"))
    checker = Checker(Matcher(g, build_index(g)))
    for text in ("The State Security Committee of the Republic of Belarus said so.\n",
                 "THE STATE SECURITY COMMITTEE OF THE REPUBLIC OF BELARUS SAID SO.\n"):
        _, r = run(checker, text)
        assert r.findings == [] and [m.entry for m in r.mentions] == ["ofac-32275"]


def test_a_romanized_longer_cyrillic_form_is_still_a_variant():
    """GeoNames gives Stolin as Столін and Горад Столін ('town of Stolin', tests/data/eval):
    'Gorad Stolin' in English text is a romanized form, not a wording the glossary lists."""
    from checker.glossary import parse_glossary_text
    from checker.glossary.model import Glossary
    from checker.match.index import build_index

    g = Glossary(parse_glossary_text("""version: 1
entries:
- id: geonames-621277
  kind: place
  be: [Столін, Горад Столін]
""", "dev.yaml"))
    checker = Checker(Matcher(g, build_index(g)))
    _, r = run(checker, "They met in Gorad Stolin on Monday.\n")
    assert codes(r) == [("NC001", "Gorad Stolin", "Stolin")]


def test_ukrainian_text_is_not_russian_or_belarusian_text(checker):
    """Ukrainian shares і with Belarusian and и with Russian; its own є, ї, ґ tell it apart,
    and NC005 (Belarusian against Russian forms) does not apply to it."""
    text = ("Заступник міністра Микола Карпянкоў заявив, що протести є незаконними. "
            "Його підлеглі їздили до Гомеля.\n")
    _, r = run(checker, text, "uk.txt")
    assert r.findings == []
    _, r = run(checker, text.replace("є", "э").replace("ї", "е"), "ru.txt")  # no longer Ukrainian
    assert [f.code for f in r.findings] == ["NC005"]


def test_a_declared_language_is_trusted_only_when_its_script_agrees(checker):
    """A CMS template may say lang="en" over a Russian article: the Russian text still gets
    NC005; a page that declares Polish gets Polish treatment."""
    page = '<html lang="en"><body><p>Приказ отдал Карпянкоў, и это правда.</p></body></html>'
    _, r = run(checker, page, "a.html")
    assert [f.code for f in r.findings] == ["NC005"]
    page = '<html lang="pl"><body><p>Spotkanie w Mohylewie.</p></body></html>'
    _, r = run(checker, page, "b.html")
    assert r.findings == []                     # a case form, not a misspelling, in Polish
    _, r = run(checker, page.replace(' lang="pl"', ""), "c.html")   # too short to tell
    assert [f.code for f in r.findings] == ["NC002"]


def test_a_polish_translation_names_a_body_in_its_case():
    """A body whose Polish form the glossary gives is expected in a Polish translation, in
    the sentence's case (Rady Europy for Rada Europy); a unit without it is still missing it."""
    from tests.conftest import matcher_of

    checker = Checker(matcher_of("""version: 1
entries:
- id: council-of-europe
  kind: organization
  be: Савет Еўропы
  ru: Совет Европы
  canonical: Council of Europe
  forms: {pl: Rada Europy}
""", "coe.yaml"))
    text = _po(("The Council of Europe condemned it.", "Komitet Ministrów Rady Europy to potępił."),
               ("The Council of Europe met.", "Komitet się zebrał."), header="Language: pl")
    _, r = run(checker, text, "a.po")
    assert [(f.code, f.line) for f in r.findings] == [("NC006", 8)]

