"""The fix a finding suggests: the house form, word for word where words answer words."""
from __future__ import annotations

from tests.conftest import found_in, project_of


# a listed spelling with two given names and no patronymic is fixed to the house form whole:
# its middle word is no patronymic to keep (Jan Siergiej Gajek: no "Sergiusz Serhiej Gajek");
# one that holds the house form as it stands has a second given name, no misspelling
def test_a_listed_spelling_with_two_given_names(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: sergiusz-gajek
    kind: person
    gender: male
    be: Сяргей Гаек
    ru: Сергей Гаек
    canonical: Sergiusz Gajek
    variants: [Jan Sergiusz Gajek, Jan Siergiej Gajek]
    sources: [https://en.wikipedia.org/wiki/Sergiusz_Gajek]
  - id: aliaksandr-lukashenka
    kind: person
    gender: male
    be: Аляксандр Рыгоравіч Лукашэнка
    ru: Александр Григорьевич Лукашенко
    canonical: Aliaksandr Lukashenka
    sources: [https://en.wikipedia.org/wiki/Alexander_Lukashenko]
""")
    text = "The Pope named Archimandrite Jan Siergiej Gajek apostolic visitator.\n"
    assert found_in(project, text) == [("NC001", "Jan Siergiej Gajek", "Sergiusz Gajek")]
    text = "The Pope named Archimandrite Jan Sergiusz Gajek apostolic visitator.\n"
    assert found_in(project, text) == []
    # a patronymic written is kept, in the house's letters
    assert found_in(project, "Aleksandr Grigoryevich Lukashenko spoke.\n") == [
        ("NC001", "Aleksandr Grigoryevich Lukashenko", "Aliaksandr Ryhoravich Lukashenka")]


# a name found as acronyms alone is in capitals as acronyms are, not as a headline is: the
# house form as it stands; a headline's capitals still pass on to the fix
def test_acronyms_alone_give_no_capitals_to_the_fix(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: nkvd-bssr
    kind: organization
    be: НКУС БССР
    ru: НКВД БССР
    canonical: NKVD of the Byelorussian SSR
    variants: [NKVD of the Belorussian SSR]
    sources: [https://en.wikipedia.org/wiki/NKVD]
""")
    assert found_in(project, "Officers of the BSSR NKVD shot them.\n") == [
        ("NC001", "BSSR NKVD", "NKVD of the Byelorussian SSR")]
    assert found_in(project, "ARCHIVES OF THE NKVD OF THE BELORUSSIAN SSR OPENED\n") == [
        ("NC001", "NKVD OF THE BELORUSSIAN SSR", "NKVD OF THE BYELORUSSIAN SSR")]


def test_a_name_with_a_word_no_role_was_read_for_is_fixed_whole(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: guy-picarda
    kind: person
    gender: male
    be: Гай Пікарда
    ru: Гай Пикарда
    canonical: Guy Picarda
    variants: [Guy De Picarda]
""")
    # the particle has no counterpart in the house form: never Guy Picarda Picarda
    [finding] = project.check_text("Guy De Picarda founded the library in London.\n")
    assert (finding.found, finding.suggestion) == ("Guy De Picarda", "Guy Picarda")



# a name of the "X of Y" shape is fixed whole where the text writes as many words but none of
# its lowercase ones (a family name first, a patronymic): never word for word into "Y X Of"
def test_a_name_with_a_lowercase_word_is_fixed_whole(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: daniel-of-galicia
    kind: person
    gender: male
    be: Данііл Раманавіч Галіцкі
    ru: Даниил Романович Галицкий
    canonical: Daniel of Galicia
    variants: [Danylo Romanovych Halytski]
""")
    text = "The prince Halytski Daniil Romanovich sent his brother to the town.\n"
    assert [f[2] for f in found_in(project, text) if f[0] == "NC001"] == ["Daniel of Galicia"]
