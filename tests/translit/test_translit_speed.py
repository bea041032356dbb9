"""Romanizing many names through every scheme stays fast (a loose bound for CI)."""
import random
import time

from checker.translit import scheme_ids, transliterate


def test_many_names_through_every_scheme() -> None:
    rng = random.Random(7)
    first = ["Аляксандр", "Сяргей", "Юлия", "Наталля", "Дзмітрый", "Ірына", "Пётр", "Алена"]
    middle = ["Уладзіміравіч", "Викторович", "Анатольеўна", "Юр’евіч", "Сергеевна"]
    syllables = ["ка", "ла", "ця", "ню", "шэ", "ёў", "ві", "ры", "зь", "ль", "ей", "ый"]
    names = [
        f"{rng.choice(first)} {rng.choice(middle)} "
        + "".join(rng.choice(syllables) for _ in range(4)).capitalize()
        for _ in range(2000)
    ]
    ids = scheme_ids()
    start = time.perf_counter()
    for scheme_id in ids:
        for name in names:
            transliterate(name, scheme_id)
    elapsed = time.perf_counter() - start
    # About 0.25 s on the development machine; the bound only catches a lost cache or a
    # regex gone quadratic.
    assert elapsed < 5.0, f"{len(names) * len(ids)} romanizations took {elapsed:.2f} s"
