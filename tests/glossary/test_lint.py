"""Each glossary hygiene check reports what it should, with the entry's place."""
from __future__ import annotations

from checker.api import Matcher
from checker.glossary import parse_glossary_text
from checker.glossary.lint import (
    check_facility_numbers,
    check_family_names,
    check_order,
    check_orthography,
    check_ownership,
    check_portable_yaml,
    check_provenance,
    check_variants_resolve,
)
from checker.glossary.model import Glossary
from checker.match.index import build_index


def glossary(text: str) -> Glossary:
    return Glossary(parse_glossary_text("version: 1\nentries:\n" + text, "g.yaml"))


def test_order():
    g = glossary("- id: b\n  kind: place\n  canonical: B\n- id: a\n  kind: place\n  canonical: A\n")
    (p,) = check_order(g)
    assert str(p).startswith("g.yaml:6:3: a: entries must be sorted by id")


def test_ownership():
    g = glossary("- id: a\n  kind: place\n  canonical: Alpha\n  variants: [Beta, Gamma]\n"
                 "- id: b\n  kind: place\n  canonical: Beta\n  variants: [Gamma]\n")
    msgs = [p.message for p in check_ownership(g)]
    assert "a: variant 'Beta' is the canonical form of 'b'" in msgs
    assert "b: variant 'Gamma' is also listed under 'a'" in msgs


def test_an_admitted_form_is_owned_like_a_variant():
    g = glossary("- id: a\n  kind: place\n  canonical: Alpha\n  admitted: [Al, Beta]\n"
                 "  variants: [Al]\n"
                 "- id: b\n  kind: place\n  canonical: Beta\n  admitted: [AL]\n")
    msgs = [p.message for p in check_ownership(g)]
    assert "a: variant 'Beta' is the canonical form of 'b'" in msgs
    assert "a: 'Al' is both admitted and a variant" in msgs
    assert "b: variant 'AL' is also listed under 'a'" in msgs


def test_one_person_per_family_name_is_the_one_it_means():
    g = glossary("- id: a\n  kind: person\n  canonical: Raman Zhuk\n  by_family_name: true\n"
                 "- id: b\n  kind: person\n  canonical: Iryna Zhuk\n  by_family_name: true\n"
                 "- id: c\n  kind: person\n  canonical: Iryna Babaryka\n  by_family_name: true\n")
    assert [str(p) for p in check_family_names(g)] == [
        "g.yaml:7:3: b: by_family_name: 'a' is already the person the family name alone means"]


def test_a_facility_number_belongs_to_one_entry():
    g = glossary("- id: a\n  kind: place\n  canonical: Horki penal colony\n  numbers: [IK-9]\n"
                 "- id: b\n  kind: place\n  canonical: Horki colony\n  numbers: [IK-9]\n"
                 "- id: c\n  kind: place\n  canonical: Horki prison\n  numbers: [prison-9]\n")
    assert [str(p) for p in check_facility_numbers(g)] == [
        "g.yaml:7:3: b: number IK-9 is already 'a's"]


def test_orthography():
    g = glossary("- id: a\n  kind: person\n  be: Николай Карпянкоў\n  ru: Мікалай Карпенков\n")
    msgs = [p.message for p in check_orthography(g)]
    assert any("be form 'Николай Карпянкоў' has 'и'" in m for m in msgs)
    assert any("ru form 'Мікалай Карпенков' has 'і'" in m for m in msgs)


def test_provenance():
    g = glossary("- id: a\n  kind: person\n  be: Мікалай Карпянкоў\n  canonical: Mikalai Karpiankou\n"
                 "- id: b\n  kind: person\n  be: Мікалай Карпянкоў\n  canonical: Nick Karp\n"
                 "- id: c\n  kind: person\n  be: Мікалай Карпянкоў\n  canonical: Nick Karp\n"
                 "  note: Canonical follows the established English spelling.\n")
    assert [p.message.split(":")[0] for p in check_provenance(g)] == ["b"]


def test_yaml_only_libyaml_reads_is_a_problem_where_it_is(tmp_path):
    body = ("version: 1\nentries:\n  - id: minsk\n    kind: place\n    be: Мінск\n"
            "    sources: [https://example.org/a?b=1]\n")
    bad, good = tmp_path / "bad.yaml", tmp_path / "good.yaml"
    bad.write_text(body, encoding="utf-8")
    good.write_text(body.replace("[https://example.org/a?b=1]", "['https://example.org/a?b=1']"),
                    encoding="utf-8")
    # (the loader reads the first too when PyYAML has libyaml; the check reads the files)
    g = Glossary(parse_glossary_text(good.read_text(encoding="utf-8"), str(good)))
    g.paths = [str(bad), str(good)]
    (p,) = check_portable_yaml(g)
    assert str(p).startswith(f"{bad}:6:") and "only libyaml reads" in str(p)


def test_variants_resolve():
    # a variant that spells another entry's name as well is ambiguous: not confident
    g = glossary("- id: a\n  kind: person\n  be: Мікалай Карпянкоў\n  variants: [Nikolai Karpenkov]\n"
                 "- id: b\n  kind: person\n  ru: Николай Карпенков\n")
    m = Matcher(g, build_index(g))
    msgs = [p.message for p in check_variants_resolve(g, m)]
    assert "a: 'Nikolai Karpenkov' does not resolve to this entry (lookup says: suggestion a)" in msgs


def test_sorting_moves_whole_entries_and_nothing_else(tmp_path):
    from checker.glossary.order import sort_file, sorted_text

    text = ("# people\nversion: 1\nentries:\n  # about b\n  - id: b\n    kind: place\n"
            "    canonical: B\n  # about a\n  - id: a   # first\n    kind: place\n    canonical: A\n\n"
            "  - id: c\n    kind: place\n    canonical: C\nx-tail: 1\n")
    out = sorted_text(text, "g.yaml")
    assert out.index("# about a") < out.index("- id: a") < out.index("# about b") < out.index("- id: b")
    assert sorted(out.splitlines()) == sorted(text.splitlines())
    assert sorted_text(out, "g.yaml") is None
    p = tmp_path / "g.yaml"
    p.write_text(text, encoding="utf-8")
    assert sort_file(str(p)) and p.read_text(encoding="utf-8") == out
    assert not sort_file(str(p))


def test_sorting_leaves_a_file_changed_meanwhile_alone(tmp_path, monkeypatch):
    import pytest

    from checker.findings import NamecheckError
    from checker.glossary import order

    text = ("version: 1\nentries:\n  - id: b\n    kind: place\n    canonical: B\n"
            "  - id: a\n    kind: place\n    canonical: A\n")
    p = tmp_path / "g.yaml"
    p.write_text(text, encoding="utf-8")
    real = order.sorted_text

    def sort_while_someone_edits(text: str, path: str):
        out = real(text, path)
        p.write_text(text + "  - id: c\n    kind: place\n    canonical: C\n", encoding="utf-8")
        return out

    monkeypatch.setattr(order, "sorted_text", sort_while_someone_edits)
    with pytest.raises(NamecheckError) as exc:
        order.sort_file(str(p))
    assert "changed while it was being checked" in str(exc.value)
    assert p.read_text(encoding="utf-8").endswith("canonical: C\n")
