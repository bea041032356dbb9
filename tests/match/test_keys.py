"""Matching keys: what they fold together and what they keep apart; hygiene of their data."""
from __future__ import annotations

import re
from importlib.resources import files

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.match.keys import (
    STOPWORDS,
    as_written,
    closed_stem,
    compact,
    compact_skeleton,
    fewer_hushing_sounds,
    fold,
    foreign_stems,
    is_stopword,
    numbers_in,
    other_affricates,
    patronymic_gender,
    place_stems,
    skeleton,
    stem,
)

DATA = yaml.safe_load(files("checker.match").joinpath("keys.yaml").read_text(encoding="utf-8"))
GIVEN = yaml.safe_load(files("checker.match").joinpath("given_names.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("a, b", [
    ("Karpiankou", "KARPIANKOU"), ("Mahilioŭ", "Mahiliou"), ("Zasłaŭje", "Zaslauie"),
    ("Alexandr", "Aleksandr"), ("Yury", "Jurij"), ("Yury", "Iurii"), ("Homieĺ", "Homiel"),
    ("Kalesnikava", "Kalesnikawa"), ("Vyerab”yevichy", "Vyerabyevichy"),
    ("People's", "People"),
])
def test_fold_joins_spellings_of_one_form(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a, b", [
    ("Karpiankou", "Karpenkov"), ("Mahiliou", "Mogilev"), ("Tsikhanouskaya", "Tikhanovskaya"),
    ("Siarhei", "Sergey"), ("Uladzimir", "Vladimir"), ("Dzmitry", "Dmitry"),
    ("Lukašenka", "Lukashenko"), ("Zhodzina", "Żodzina"), ("Viktaravich", "Viktorovich"),
])
def test_skeleton_joins_belarusian_and_russian_forms(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("a, b", [
    # the EU's Swedish tj and Dutch tsj are ч: -vitj is -vich, -vitjy is -vichy (places)
    ("Klimovitj", "Klimovich"), ("Uladzimiravitj", "Uladzimiravich"), ("Kalatj", "Kalach"),
    ("Klimavitjy", "Klimavichy"), ("Anatolevitsj", "Anatolevich"), ("Sjtjutjyn", "Shchuchyn"),
])
def test_the_spellings_of_ch_with_j_are_ch(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a, b", [
    # a family name in -ich and a place in -itsy/-ichy are different words, whatever the scheme
    ("Klimovitj", "Klimavitsy"), ("Klimovitj", "Klimavichy"), ("Klimovich", "Klimavitsy"),
    ("Kostjukovich", "Kostjukovichi"), ("Klimovitj", "Klimovitji"),
])
def test_keys_keep_a_singular_in_ich_from_a_plural(a, b):
    assert fold(a) != fold(b) and skeleton(a) != skeleton(b)


@pytest.mark.parametrize("word, gender", [
    ("Vyacheslavovich", "male"), ("Vjatjeslavovitj", "male"), ("Aliaksandravich", "male"),
    ("Viačaslavavič", "male"), ("Ilyich", "male"),
    ("Aliaksandrauna", "female"), ("Aljaksandraŭna", "female"), ("Nikolaevna", "female"),
    ("Ilyinichna", "female"), ("Zhurauski", None), ("Leanid", None), ("Ivanova", None),
])
def test_patronymic_shape(word, gender):
    assert patronymic_gender(skeleton(word)) == gender


@pytest.mark.parametrize("a, b", [
    ("Karpenkov", "Karpenko"), ("Tsikhanouskaya", "Tsikhanouski"), ("Ivanov", "Ivanova"),
    ("Pruzhany", "Ruzhany"), ("Novopolotsk", "Polotsk"), ("Lukashenko", "Lukashevich"),
    ("Kopys", "Kopyl"), ("Minsk", "Pinsk"),
])
def test_skeleton_keeps_lookalikes_apart(a, b):
    assert skeleton(a) != skeleton(b)


# GeoNames alternate names (Polish, Lithuanian, Latvian, Romanian) beside a romanization of the
# place's Belarusian or Russian name (tests/data/eval)
@pytest.mark.parametrize("foreign, form", [
    ("Żytkowicze", "Zhytkavichy"), ("Żyrowice", "Zhyrovichy"), ("Radoszkowicze", "Radashkovichy"),
    ("Oszmiana", "Ashmiany"), ("Zasław", "Zaslaŭe"), ("Rahačovas", "Rahachou"), ("Salihorskas", "Salihorsk"),
    ("Saļihorska", "Salihorsk"), ("Brestas", "Brest"), ("Polockas", "Polotsk"),
    ("Navapolackas", "Navapolatsk"), ("Pastovys", "Pastavy"), ("Mastai", "Masty"),
    ("Krupkos", "Krupki"), ("Mogiliovas", "Mogilev"), ("Zaslavul", "Zaslav"),
    ("Brehst", "Brest"), ("Chachehrsk", "Chachersk"), ("Turehc", "Turets"),   # ė as eh
])
def test_foreign_spelling_of_a_place_meets_its_form_by_stem(foreign, form):
    assert set(place_stems(form)) & set(foreign_stems(foreign))


@pytest.mark.parametrize("foreign, form", [
    ("Klimowicz", "Klimavichy"), ("Lachowicz", "Lakhavichy"),   # Polish family names, plural towns
    ("Pińsk", "Pinski"),
])
def test_a_word_ending_in_a_consonant_does_not_meet_a_plural_or_adjective_by_stem(foreign, form):
    assert not set(place_stems(form)) & set(foreign_stems(foreign))


@pytest.mark.parametrize("word", ["Minsk", "Karpiankou", "Gomel", "Pinsk", "Polotskiy", "Pinski",
                                  "Aleh", "Mahiliou"])
def test_words_without_another_languages_marks_or_endings_have_no_stem_keys(word):
    assert foreign_stems(word) == ()


@pytest.mark.parametrize("word, name", [("Bresta", "Brest"), ("Mogileva", "Mogilev"),
                                        ("Salihorska", "Salihorsk"), ("Polocka", "Polatsk")])
def test_an_unmarked_case_ending_meets_a_name_that_ends_in_a_consonant(word, name):
    assert closed_stem(name) in foreign_stems(word)


def test_an_unmarked_case_ending_does_not_meet_a_name_with_another_vowel():
    assert closed_stem("Krupki") == ""
    assert not set(foreign_stems("Krupka")) & {stem("Krupki"), closed_stem("Krupki")}


@pytest.mark.parametrize("a, b", [("Kopylas", "Kopys"), ("Pinskas", "Minsk"), ("Ruzhanai", "Pruzhany")])
def test_stem_keys_keep_lookalikes_apart(a, b):
    assert stem(b) not in foreign_stems(a)


def test_compact_ignores_spacing_and_hyphens():
    assert compact("Brest-Litovsk") == compact("Brest Litovsk") == "brestlitovsk"


def test_keys_data_hygiene():
    assert set(DATA) == {"letters", "marks", "fold", "skeleton", "foreign", "function_words",
                         "number_signs", "legal_forms", "patronymic_endings",
                         "patronymic_suffixes", "hushing", "affricates", "club_prefixes",
                         "cyrillic_prefixes", "place_abbreviations"}
    clubs = DATA["club_prefixes"]
    assert clubs == sorted(set(clubs)) and all(re.match(r"^[a-z]+$", w) for w in clubs)
    cyrillic = DATA["cyrillic_prefixes"]
    assert cyrillic == sorted(set(cyrillic)) and all(re.match(r"^[а-яёіў]+$", w) for w in cyrillic)
    places = DATA["place_abbreviations"]   # lowercase, with the dot: no capital initial
    assert places == sorted(set(places)) and all(re.match(r"^[а-яёіў.]+\.$", w) for w in places)
    suffixes = DATA["patronymic_suffixes"]
    assert len(set(suffixes)) == len(suffixes) and all(re.match(r"^[a-z]+$", s) for s in suffixes)
    # a suffix that ends another comes after it: the longest is taken back
    assert all(not (b.endswith(a) and i < j) for i, a in enumerate(suffixes)
               for j, b in enumerate(suffixes) if a != b)
    signs = DATA["number_signs"]
    assert signs == sorted(set(signs)) and all(isinstance(w, str) and w == w.lower() for w in signs)
    foreign = DATA["foreign"]
    assert set(foreign) == {"letters", "digraphs", "endings", "min_stem", "ascii"}
    for pattern, repl in foreign["ascii"]:
        re.compile(pattern)
        assert isinstance(repl, str)
    for table in ("digraphs", "endings"):
        assert foreign[table] == sorted(set(foreign[table])), table
        assert all(re.match(r"^[a-z]+$", w) for w in foreign[table]), table
    assert len(set(foreign["letters"])) == len(foreign["letters"])
    hushing = DATA["hushing"]
    assert set(hushing) == {"digraphs", "other_routes", "fricatives"}
    assert all(re.match(r"^[a-z]+$", w) for w in (*hushing["digraphs"], *hushing["other_routes"]))
    assert all(hushing_one.startswith(plain) and hushing_one in hushing["digraphs"]
               for plain, hushing_one in hushing["fricatives"].items())
    assert all(c.islower() and not c.isascii() for c in foreign["letters"])
    affricates = DATA["affricates"]
    assert set(affricates) == {"english", "cyrillic", "other_routes", "one_sound"}
    assert set(affricates["english"].values()) == {"ts", "ch"}
    assert set(affricates["cyrillic"].values()) == {"ts", "ch", "x"}   # x: х, which ch may write
    spellings = [*affricates["english"], *affricates["cyrillic"], *affricates["other_routes"],
                 *affricates["one_sound"]]
    assert len(set(spellings)) == len(spellings)
    assert all(re.match(r"^(?:[a-z]+|[а-яёіў]+)$", w) for w in spellings)
    for table in ("fold", "skeleton"):
        for pattern, repl in DATA[table]:
            re.compile(pattern)
            assert isinstance(repl, str)
        assert len({p for p, _ in DATA[table]}) == len(DATA[table]), f"duplicate rule in {table}"
    for table in ("function_words", "legal_forms"):
        stop = DATA[table]
        assert stop == sorted(stop) and len(stop) == len(set(stop)), table
        assert all(re.match(r"^[a-z]+$", w) for w in stop), table
    assert not set(DATA["function_words"]) & set(DATA["legal_forms"])
    endings = DATA["patronymic_endings"]
    assert set(endings) == {"male", "female", "min"}
    for gender in ("male", "female"):
        assert all(e == skeleton(e) for e in endings[gender]), gender
    assert fold("OOO") in STOPWORDS and fold("Belarus") not in STOPWORDS


def test_one_name_groups_data_hygiene():
    """Each group is two or more Cyrillic given names, sorted; no name is in two groups."""
    groups = GIVEN["one_name"]
    cyr = re.compile(r"^[\u0400-\u04FF’]+$")
    seen: list[str] = [name for group in groups for name in group]
    assert len(seen) == len(set(seen))
    assert groups == sorted(groups)
    for group in groups:
        assert len(group) >= 2 and group == sorted(group), group
        assert all(cyr.match(name) for name in group), group


@pytest.mark.parametrize("section", ["names", "ukrainian"])
def test_given_names_data_hygiene(section):
    names = GIVEN[section]
    keys = list(names)
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    cyr = re.compile(r"^[\u0400-\u04FF’]+$")
    for k, forms in names.items():
        assert cyr.match(k), k
        assert forms == sorted(forms) and len(forms) == len(set(forms)), k
        assert all(re.match(r"^[A-Za-z]+$", f) for f in forms), k


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="abcdehijkloqrstuvwxyzABCHKSZŭüłž'’-. ", min_size=1, max_size=12),
                min_size=1, max_size=4))
def test_keys_of_a_name_are_its_words_keys(words):
    """No fold or skeleton rule reaches across a space, so the matcher may key a name word by
    word (each word's keys cached) and get the key of the whole."""
    assert compact(" ".join(words)) == "".join(compact(w) for w in words)
    assert compact(skeleton(" ".join(words))) == "".join(compact(skeleton(w)) for w in words)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCHKSZŭüłžß'’-. ", max_size=30))
def test_a_skeleton_key_is_its_own_fold_key(text):
    """compact_skeleton() does not fold a skeleton key again: no fold rule rewrites one."""
    key = skeleton(text)
    assert fold(key) == key
    assert compact_skeleton(text) == compact(skeleton(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdeghijklnorstuvwxyz ", max_size=30))
def test_rewrite_rules_as_strings_give_what_the_patterns_give(text):
    """keys.yaml's literal rules run as str.replace: the same keys as every rule a pattern."""
    import re

    from checker.match.keys import _DATA, _FOLD, _SKELETON, _rewrite

    for name, rules in (("fold", _FOLD), ("skeleton", _SKELETON)):
        as_patterns = [(re.compile(p), r) for p, r in _DATA[name]]
        assert _rewrite(text, rules) == _rewrite(text, as_patterns)


@pytest.mark.parametrize("a, b", [("Połock", "polock"), ("KARPIANKOU", "Karpiankou"),
                                  ("Mikalajeŭ", "MIKALAJEU"), ("Bielaruś", "bielarus")])
def test_as_written_folds_only_case_and_diacritics(a, b):
    assert as_written(a) == as_written(b)


@pytest.mark.parametrize("a, b", [("Pollock", "Połock"), ("Spring96", "Spring"), ("Boris", "Borys"),
                                  ("MASS", "MAS")])
def test_as_written_keeps_letters_digits_and_doubling(a, b):
    assert as_written(a) != as_written(b)


@pytest.mark.parametrize("name, numbers", [
    ("38th Air Assault Brigade", ("38",)), ("Belarus 24", ("24",)), ("Belarus", ()),
    ("Military Unit 3214", ("3214",)), ("IK-15 No. 2", ("15", "2")), ("Хартыя-97", ("97",)),
    # a monarch's or a war's number, Latin or the Belarusian letter І
    ("Nicholas II", ("2",)), ("Мікалай І", ("1",)), ("Casimir IV", ("4",)),
    ("Sigismund I the Old", ("1",)), ("Sigismund II Augustus", ("2",)), ("World War I", ("1",)),
    # one of two letters or more that opens a run, a name after it ("Stanislaw II August")
    ("II August", ("2",)), ("IV Corps", ("4",)),
    # an initial, with a dot or before a capitalised word, is no number
    ("С.І. Вавілаў", ()), ("імя І. П. Шамякіна", ()), ("Pavel V Latushka", ()), ("I met him", ()),
])
def test_numbers_a_key_cannot_hold(name, numbers):
    assert numbers_in(name) == numbers


@pytest.mark.parametrize("word, forms, other", [
    ("Paskevich", ["Pashkevich", "Pashkyevich", "Paškevič", "Paschkewitsch"], True),  # Паскевич
    ("Sushkevich", ["Shushkevich", "Šuškievič"], True),                               # Сушкевич
    ("Pashkevich", ["Pashkevich", "Pashkyevich"], False),
    ("Paskevic", ["Pashkevich"], False),        # no digraph: a mark stripped (Paškevič)
    ("Pasjkevitj", ["Pashkevich"], False),      # the Swedish route
    ("Paschkewitsch", ["Pashkevich"], False),   # the German route
    ("Paskevich", ["Paškevič", "Paszkiewicz"], False),   # no English-route form to compare
])
def test_fewer_hushing_digraphs_than_every_english_route_form_is_another_name(word, forms, other):
    assert fewer_hushing_sounds(word, forms) is other


@pytest.mark.parametrize("word, forms, other", [
    ("Pratsko", ["Pachko", "Pačko", "Patschko"], True),     # Працко, not Пачко
    ("Pachko", ["Pratsko", "Pracko"], True),
    ("Machkevich", ["Matskevich", "Mackievič"], True),        # the first sound differs
    ("Pachko", ["Pachko", "Pačko"], False),
    ("Matskevich", ["Matskevich"], False),
    ("Tsiareshchanka", ["Tsiareshchanka", "Tereshchenko"], False),   # shch is one sound
    ("Pracko", ["Pachko"], False),          # c: another route's letter, ц or ч
    ("Patschko", ["Pratsko"], False),       # the German route
    ("Pratsko", ["Pačko"], False),          # no English-route form to compare
    ("Pratsko", ["Пачко", "Pačko"], True),   # the Cyrillic says ч
    ("Sviatski", ["Святский"], False),       # тс is ts too
    ("Pratsko", ["Працко"], False),
    # ch for х, as other routes write it, agrees with the Cyrillic х
    ("Tichanovskaya", ["Tsikhanouskaya", "Ціханоўская", "Тихановская"], False),
    ("Tichanovskaya", ["Tsikhanouskaya", "Ціханоўская"], True),
    ("Lukashenka", ["Lukashenka"], False),  # no such sound
])
def test_ts_for_every_english_route_forms_ch_is_another_name(word, forms, other):
    assert other_affricates(word, forms) is other


@pytest.mark.parametrize("word, father", [("Mikhailovich", "Mikhail"), ("Nikolaevich", "Nikolai"),
                                          ("Sergeyevich", "Sergei"), ("Ivanovna", "Ivan")])
def test_a_patronymics_stems_hold_the_fathers_given_name(word, father):
    from checker.match.keys import patronymic_stems
    assert father in patronymic_stems(word)
    assert patronymic_stems("Karpiankou") == ()


@pytest.mark.parametrize("word, expected", [
    ("The", True), ("of", True), ("JSC", True), ("a", True),
    ("A-50", False),   # folds to the article, but a digit makes it a word of a name
    ("Minsk", False),
])
def test_is_stopword(word, expected):
    assert is_stopword(word) is expected
