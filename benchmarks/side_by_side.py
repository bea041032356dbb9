"""namecheck check beside an exact scan and two word-list spelling checkers, in one run.

On one corpus (the news-like one by default: a glossary name every 1-2 KB, mostly canonical;
or the name-dense one), alternating rounds, each tool in turn:

  check     ``namecheck check CORPUS --glossary out/glossary.yaml --format json --jobs 2``
            (the index cache filled by a warm-up first);
  scan      an exact-only Aho-Corasick scan (pyahocorasick) of every Latin form of every entry,
            lowercased, over each file read, decoded and lowercased (the automaton's build is
            timed once, apart);
  typos     ``typos`` with the glossary's variant words as its extra dictionary
            (``[default.extend-words]``, each mapped to the canonical word at its place);
  codespell ``codespell -D`` with the same words as its only dictionary.

Wall clock and CPU time (all of a tool's processes and threads), medians of the rounds;
ratios are check's median over each other's. On a busy machine the CPU times are the steadier
figures. Figures go to
``out/side_by_side-<corpus>-<MB>mb.json``. The script always exits 0.

    pip install -e '.[bench]'
    python benchmarks/side_by_side.py --mb 50                 # news-like, 3 rounds
    python benchmarks/side_by_side.py --corpus dense --mb 50
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import check_speed  # noqa: E402
import make_data  # noqa: E402

# the namecheck of this Python's path (PYTHONPATH chooses a checkout), not an installed script
NAMECHECK = [sys.executable, "-m", "checker"]


def full_entries(entries: list[dict]) -> list[dict]:
    """Entries with their canonical form, derived as the loader does where none is given."""
    from checker.glossary.loader import derive_canonical

    return [{**e, "canonical": e.get("canonical") or derive_canonical(make_data.forms(e, "be"),
                                                                       make_data.forms(e, "ru"))}
            for e in entries]


def variant_words(entries: list[dict]) -> dict[str, str]:
    """Each word of a non-canonical Latin form (listed variant or scheme output), lowercased,
    mapped to the canonical word at its place; words of any canonical form are left out."""
    from checker.translit import scheme_ids, transliterate

    sids = scheme_ids()
    canonical_words = {w.lower() for e in entries for w in e["canonical"].split()}
    out: dict[str, str] = {}
    for e in entries:
        canon = e["canonical"].split()
        spellings = list(e.get("variants", ()))
        for key in ("be", "ru"):
            for form in make_data.forms(e, key):
                spellings += [transliterate(form, sid) for sid in sids]
        for s in spellings:
            words = s.split()
            pairs = zip(words, canon, strict=True) if len(words) == len(canon) else [(words[-1], canon[-1])]
            for w, c in pairs:
                w = w.lower()
                if w not in canonical_words and w.isalpha() and w.isascii():
                    out.setdefault(w, c.lower())
    return out


def write_dictionaries(words: dict[str, str]) -> tuple[Path, Path]:
    typos_cfg = make_data.OUT / "typos.toml"
    typos_cfg.write_text("[default.extend-words]\n" + "".join(
        f"{json.dumps(w)} = {json.dumps(c)}\n" for w, c in sorted(words.items())), encoding="utf-8")
    codespell_dict = make_data.OUT / "codespell.txt"
    codespell_dict.write_text("".join(f"{w}->{c}\n" for w, c in sorted(words.items())), encoding="utf-8")
    return typos_cfg, codespell_dict


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmd: list[str], env: dict | None = None, out: Path | None = None) -> tuple[float, float, int]:
    """Wall clock, CPU time (all its processes and threads) and lines of output of one command
    run from benchmarks/."""
    with open(out or os.devnull, "wb") as sink:
        cpu, t0 = _children_cpu(), time.perf_counter()
        subprocess.run(cmd, cwd=HERE, env=env, stdout=sink, stderr=subprocess.DEVNULL)
        dt, cpu = time.perf_counter() - t0, _children_cpu() - cpu
    if out is None:
        return dt, cpu, 0
    with open(out, "rb") as f:
        return dt, cpu, sum(1 for _ in f)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=("news", "dense"), default="news")
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)

    digest = make_data.checker_digest()
    print(f"checker sources {digest}")
    gloss, entries, _ = make_data.ensure_glossary(args.entries)
    ensure = make_data.ensure_news_corpus if args.corpus == "news" else make_data.ensure_corpus
    corpus, man, _ = ensure(entries, args.mb, n_entries=args.entries)
    rel_corpus, rel_gloss = os.path.relpath(corpus, HERE), os.path.relpath(gloss, HERE)
    full = full_entries(entries)
    words = variant_words(full)
    typos_cfg, codespell_dict = write_dictionaries(words)
    print(f"corpus {rel_corpus}: {man['files']} files, {man['bytes'] / 1e6:.1f} MB; "
          f"{len(words)} variant words for typos and codespell")

    import ahocorasick

    t0 = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for f in sorted(check_speed.latin_forms(full)):
        automaton.add_word(f, f)
    automaton.make_automaton()
    build = time.perf_counter() - t0
    files = check_speed.corpus_files(corpus)

    def scan() -> tuple[float, float, int]:
        cpu, t = time.process_time(), time.perf_counter()
        n = 0
        for path in files:
            for _ in automaton.iter(path.read_bytes().decode("utf-8").lower()):
                n += 1
        return time.perf_counter() - t, time.process_time() - cpu, n

    env = {**os.environ, "NAMECHECK_CACHE_DIR": str(make_data.OUT / "cache-check")}
    warm = make_data.OUT / "warmup.md"
    warm.write_text("Warm-up.\n", encoding="utf-8")
    subprocess.run(NAMECHECK + ["check", os.path.relpath(warm, HERE), "--glossary",
                                                  rel_gloss], cwd=HERE, env=env, capture_output=True)
    tools = {
        "check": lambda: _timed(NAMECHECK + [
            "check", rel_corpus, "--glossary", rel_gloss, "--format", "json", "--jobs", str(args.jobs),
            "--no-progress"], env, make_data.OUT / "side_by_side-check.json"),
        "scan": scan,
    }
    for name, exe in (("typos", "typos"), ("codespell", "codespell")):
        if shutil.which(exe) is None:
            print(f"{name}: not installed, left out")
    if shutil.which("typos"):
        tools["typos"] = lambda: _timed(["typos", "--config", str(typos_cfg), "--format", "brief",
                                         rel_corpus], out=make_data.OUT / "side_by_side-typos.txt")
    if shutil.which("codespell"):
        tools["codespell"] = lambda: _timed(["codespell", "-D", str(codespell_dict), rel_corpus],
                                            out=make_data.OUT / "side_by_side-codespell.txt")
    times: dict[str, list[float]] = {k: [] for k in tools}
    cpu: dict[str, list[float]] = {k: [] for k in tools}
    hits: dict[str, int] = {}
    order = list(tools)
    for r in range(args.rounds):
        for name in order[r % len(order):] + order[:r % len(order)]:
            dt, used, n = tools[name]()
            times[name].append(dt)
            cpu[name].append(used)
            hits[name] = n
            print(f"round {r + 1}: {name:<9} {dt:7.2f} s wall, {used:7.2f} s CPU")
    med = {k: statistics.median(v) for k, v in times.items()}
    med_cpu = {k: statistics.median(v) for k, v in cpu.items()}
    print()
    print(f"{'tool':<10} {'wall s':>8} {'check / it':>11} {'CPU s':>8} {'check / it':>11}  output")
    for k in tools:
        what = {"check": "report lines", "scan": "matches"}.get(k, "findings")
        print(f"{k:<10} {med[k]:8.2f} {med['check'] / med[k]:10.2f}x {med_cpu[k]:8.2f} "
              f"{med_cpu['check'] / med_cpu[k]:10.2f}x  {hits[k]} {what}")
    print(f"(automaton build {build:.1f} s, not counted)")
    res = {"digest": digest, "corpus": args.corpus, "mb": args.mb, "files": man["files"],
           "bytes": man["bytes"], "variant_words": len(words), "rounds": times, "median": med,
           "ratio_check_to": {k: med["check"] / med[k] for k in tools}, "cpu_rounds": cpu,
           "median_cpu": med_cpu, "cpu_ratio_check_to": {k: med_cpu["check"] / med_cpu[k] for k in tools},
           "automaton_build_s": build}
    (make_data.OUT / f"side_by_side-{args.corpus}-{args.mb:g}mb.json").write_text(
        json.dumps(res, indent=2), encoding="utf-8")
    if make_data.checker_digest() != digest:
        print("WARNING: the checker's sources changed during the run; run it again")
    return 0


if __name__ == "__main__":
    sys.exit(main())
