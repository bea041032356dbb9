#!/usr/bin/env python3
"""Romanizing many names through every scheme: names per second (a script, not a timed test).

    python benchmarks/translit_speed.py [--names 2000]
"""
import argparse
import random
import time

from checker.translit import scheme_ids, transliterate, transliterate_all


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--names", type=int, default=2000)
    n = ap.parse_args().names
    rng = random.Random(7)
    first = ["Аляксандр", "Сяргей", "Юлия", "Наталля", "Дзмітрый", "Ірына", "Пётр", "Алена"]
    middle = ["Уладзіміравіч", "Викторович", "Анатольеўна", "Юр’евіч", "Сергеевна"]
    syllables = ["ка", "ла", "ця", "ню", "шэ", "ёў", "ві", "ры", "зь", "ль", "ей", "ый"]
    names = [f"{rng.choice(first)} {rng.choice(middle)} "
             + "".join(rng.choice(syllables) for _ in range(4)).capitalize() for _ in range(n)]
    ids = scheme_ids()
    for label, fn in (("main form", transliterate), ("every alternative", transliterate_all)):
        start = time.perf_counter()
        for sid in ids:
            for name in names:
                fn(name, sid)
        dt = time.perf_counter() - start
        print(f"{label:<18} {n * len(ids):,} romanizations ({len(ids)} schemes) in {dt:.2f} s "
              f"= {n * len(ids) / dt:,.0f}/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
