"""Document-checking speed of namecheck on a news-like corpus, against an exact-only baseline.

In one run:
  (a) ``namecheck check out/corpus --glossary out/glossary.yaml --format json --jobs 2``, wall
      clock, through a subprocess (run from benchmarks/, index cache filled by a warm-up first);
      the JSON report is parsed to count findings;
  (b) an exact-only Aho-Corasick scan (pyahocorasick) of the same files: an automaton of every
      Latin form of every glossary entry (canonical, variants, and its be/ru forms through every
      scheme of ``scheme_ids()``, lowercased); each file is read, decoded, lowercased and scanned;
  (c) ``namecheck check`` on one small file with the shipped glossary (after one warm-up run);
  (d) namecheck's own reading and name-run scan of the corpus alone (no resolution, no report),
      with the same number of processes: the least a check built on them can take;
  (e) writing (a)'s report alone: its findings, parsed back into Python objects, serialised
      with the standard library's C JSON encoder and written to a file, in one process: the
      least any Python program spends to write that report, whatever finds the names.

Targets: check at least as fast as the Aho-Corasick scan; a small file in < 0.3 s wall clock.
The script reports PASS/FAIL and always exits 0.

    pip install -e '.[bench]'
    python benchmarks/check_speed.py --mb 50
    python benchmarks/check_speed.py --mb 5 --profile      # + cProfile of `check` on 2 MB
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_data  # noqa: E402
from commands import namecheck_cmd  # noqa: E402

TARGET_SMALL_S = 0.3


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.is_file())


# --- (a) namecheck check -----------------------------------------------------------------------
def time_check(corpus: Path, glossary: Path, jobs: int, env: dict) -> dict:
    rel_corpus = os.path.relpath(corpus, HERE)
    rel_gloss = os.path.relpath(glossary, HERE)
    report = make_data.OUT / "check_report.json"
    # warm-up: fill the index cache for this glossary (one tiny document)
    warm = make_data.OUT / "warmup.md"
    warm.write_text("Warm-up.\n", encoding="utf-8")
    subprocess.run(namecheck_cmd() + ["check", os.path.relpath(warm, HERE), "--glossary", rel_gloss],
                   cwd=HERE, env=env, capture_output=True)
    cmd = namecheck_cmd() + ["check", rel_corpus, "--glossary", rel_gloss, "--format", "json",
                             "--jobs", str(jobs), "--no-progress"]
    with open(report, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.run(cmd, cwd=HERE, env=env, stdout=out, stderr=subprocess.PIPE)
        dt = time.perf_counter() - t0
    res = {"command": " ".join(["namecheck"] + cmd[len(namecheck_cmd()):]), "seconds": dt,
           "exit": p.returncode, "report_bytes": report.stat().st_size}
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
        res.update(findings=len(data["findings"]), by_code=data["summary"]["by_code"],
                   files_checked=data["files_checked"], errors=len(data["errors"]))
    except (ValueError, KeyError) as exc:
        res.update(parse_error=str(exc), stderr_tail=p.stderr.decode("utf-8", "replace")[-800:])
    return res


# --- (b) Aho-Corasick baseline -----------------------------------------------------------------
def latin_forms(entries: list[dict]) -> set[str]:
    """Every generated Latin form of every entry, lowercased."""
    from checker.translit import scheme_ids, transliterate

    sids = scheme_ids()
    forms: set[str] = set()
    for e in entries:
        if e.get("canonical"):
            forms.add(e["canonical"].lower())
        for v in e.get("variants", ()):
            forms.add(v.lower())
        for key in ("be", "ru"):
            for form in make_data.forms(e, key):
                for sid in sids:
                    forms.add(transliterate(form, sid).lower())
    return forms


def time_aho(corpus: Path, entries: list[dict]) -> dict:
    import ahocorasick

    from checker.glossary.loader import derive_canonical

    t0 = time.perf_counter()
    # entries without an explicit canonical: the loader derives it; the baseline does the same
    full = [{**e, "canonical": e.get("canonical") or derive_canonical(make_data.forms(e, "be"),
                                                                       make_data.forms(e, "ru"))}
            for e in entries]
    forms = latin_forms(full)
    automaton = ahocorasick.Automaton()
    for f in sorted(forms):
        automaton.add_word(f, f)
    automaton.make_automaton()
    build = time.perf_counter() - t0
    files = corpus_files(corpus)
    matches = nbytes = 0
    t0 = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        nbytes += len(data)
        text = data.decode("utf-8").lower()
        for _ in automaton.iter(text):
            matches += 1
    scan = time.perf_counter() - t0
    return {"patterns": len(forms), "build_s": build, "scan_s": scan, "matches": matches,
            "files": len(files), "bytes": nbytes}


# --- (d) the part of check no matcher can avoid ----------------------------------------------------
def _scan_file(path: str) -> int:
    from checker.formats import detect_format, read_document
    from checker.text.mentions import run_spans

    doc = read_document(Path(path).read_bytes(), path, format=detect_format(path))
    return sum(len(run_spans(doc.text, start, end)) for start, end in doc.segments)


def time_floor(corpus: Path, jobs: int) -> dict:
    """namecheck's own reading and name-run scan of every file, nothing resolved or reported,
    with `jobs` processes: the least any check built on them can take."""
    import importlib
    import multiprocessing as mp

    for module in ("checker.formats", "checker.text.mentions"):  # once, before the workers fork
        importlib.import_module(module)
    files = [str(p) for p in corpus_files(corpus)]
    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    t0 = time.perf_counter()
    with ctx.Pool(jobs) as pool:
        runs = sum(pool.imap(_scan_file, files, chunksize=4))
    return {"seconds": time.perf_counter() - t0, "runs": runs, "jobs": jobs}


# --- (e) the report alone ---------------------------------------------------------------------------
def time_report_floor(report: Path) -> dict:
    """Serialise and write check's own JSON report from ready-made objects (parsing it back is
    not timed): json.dumps with ASCII escapes, the C encoder's fastest mode."""
    data = json.loads(report.read_text(encoding="utf-8"))
    target = make_data.OUT / "report_floor.json"
    t0 = time.perf_counter()
    text = json.dumps(data)
    encoded = time.perf_counter() - t0
    with open(target, "w", encoding="ascii") as f:
        f.write(text)
    dt = time.perf_counter() - t0
    target.unlink()
    return {"seconds": dt, "encode_s": encoded, "findings": len(data["findings"]),
            "bytes": len(text)}


# --- (c) a small file with the shipped glossary ----------------------------------------------------
def small_file() -> Path:
    """About 3 KB of news prose with names from the shipped glossary, in several spellings."""
    import random

    from checker.glossary import load_glossary

    entries = []
    for e in load_glossary():
        if e.kind in ("person", "place") and e.be and e.ru:
            d = {"id": e.id, "kind": e.kind, "be": list(e.be), "ru": list(e.ru),
                 "canonical": e.canonical, "variants": list(e.variants)}
            if e.gender:
                d["gender"] = e.gender
            entries.append(d)
    entries.sort(key=lambda d: d["id"])
    sp = make_data.Spellings(entries)
    persons = [e["id"] for e in entries if e["kind"] == "person"]
    places = [e["id"] for e in entries if e["kind"] == "place"]
    text = make_data.news_text(random.Random(make_data.SEED + 3), sp, persons, places, 3000)
    path = make_data.OUT / "small.md"
    path.write_text(text, encoding="utf-8")
    return path


def time_small(env: dict, runs: int) -> dict:
    path = small_file()
    rel = os.path.relpath(path, HERE)
    cmd = namecheck_cmd() + ["check", rel, "--format", "json"]
    subprocess.run(cmd, cwd=HERE, env=env, capture_output=True)  # warm-up: fills the cache
    times = []
    findings = None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, cwd=HERE, env=env, capture_output=True)
        times.append(time.perf_counter() - t0)
        findings = len(json.loads(p.stdout)["findings"])
    return {"command": "namecheck " + " ".join(cmd[len(namecheck_cmd()):]),
            "bytes": path.stat().st_size, "median_s": statistics.median(times),
            "min_s": min(times), "max_s": max(times), "runs": runs, "findings": findings}


def time_startup(env: dict, runs: int = 5) -> float:
    """`namecheck --version`: interpreter + entry point, nothing else."""
    cmd = namecheck_cmd() + ["--version"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=HERE, env=env, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# --- profile -----------------------------------------------------------------------------------
def profile(corpus: Path, glossary: Path, mb: float, top: int, env: dict) -> None:
    """cProfile of `namecheck check --jobs 1` in this process on the first `mb` MB of the corpus."""
    import contextlib
    import cProfile
    import io
    import pstats

    os.environ.update(env)
    files, size = [], 0
    for p in corpus_files(corpus):
        if size >= mb * 1e6:
            break
        files.append(str(p))
        size += p.stat().st_size
    from checker.api import Matcher
    from checker.cli import main as cli_main

    Matcher.from_paths([str(glossary)], use_cache=True)  # warm-up: the cache entry for this path
    out = make_data.OUT / "profile_report.json"
    argv = ["check", *files, "--glossary", str(glossary), "--format", "json", "--jobs", "1",
            "--no-progress", "-o", str(out)]
    pr = cProfile.Profile()
    t0 = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()):
        pr.enable()
        cli_main(argv)
        pr.disable()
    dt = time.perf_counter() - t0
    s = io.StringIO()
    pstats.Stats(pr, stream=s).sort_stats("cumulative").print_stats(top)
    text = make_data.short_paths(s.getvalue())
    print(f"\n=== namecheck check --jobs 1 on {len(files)} files, {size / 1e6:.1f} MB "
          f"({dt:.1f} s under cProfile; checker {make_data.checker_digest()}), top {top} by cumulative "
          "time ===")
    print(text[text.find("   ncalls"):] if "   ncalls" in text else text)
    s = io.StringIO()
    pstats.Stats(pr, stream=s).sort_stats("tottime").print_stats(top)
    text = make_data.short_paths(s.getvalue())
    print(f"=== same run, top {top} by own (total) time ===")
    print(text[text.find("   ncalls"):] if "   ncalls" in text else text)


# --- main ----------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="namecheck check benchmark")
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=make_data.SEED)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--small-runs", type=int, default=10)
    ap.add_argument("--skip-check", action="store_true", help="skip (a), the full `check` run")
    ap.add_argument("--profile", action="store_true", help="also cProfile `check --jobs 1`")
    ap.add_argument("--profile-only", action="store_true", help="only the cProfile summary")
    ap.add_argument("--profile-mb", type=float, default=2.0)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--json", metavar="FILE", default=None,
                    help="where to write the figures (default out/check_results-<MB>mb.json)")
    args = ap.parse_args(argv)

    out = make_data.OUT
    out.mkdir(parents=True, exist_ok=True)
    cache = out / "cache-check"
    env = {**os.environ, "NAMECHECK_CACHE_DIR": str(cache)}
    env.pop("NAMECHECK_NO_CACHE", None)

    t0 = time.perf_counter()
    gpath, entries, _ = make_data.ensure_glossary(args.entries, args.seed)
    corpus, man, made = make_data.ensure_corpus(entries, args.mb, args.seed, n_entries=args.entries)
    print(f"data: {len(entries):,} entries; corpus {man['files']} files, {man['bytes'] / 1e6:.1f} MB "
          f"({'made' if made else 'reused'}; {time.perf_counter() - t0:.1f} s)")
    if args.profile_only:
        profile(corpus, gpath, args.profile_mb, args.top, env)
        return 0

    res: dict = {"date": time.strftime("%Y-%m-%d"), "python": sys.version.split()[0],
                 "checker_digest": make_data.checker_digest(),
                 "cpus": os.cpu_count(), "entries": len(entries), "corpus_files": man["files"],
                 "corpus_bytes": man["bytes"]}
    mb = man["bytes"] / 1e6
    res["startup_s"] = time_startup(env)
    if not args.skip_check:
        print("running namecheck check ...", flush=True)
        res["check"] = time_check(corpus, gpath, args.jobs, env)
    print("running the Aho-Corasick scan ...", flush=True)
    res["aho"] = time_aho(corpus, entries)
    print("timing the reading and name-run scan alone ...", flush=True)
    res["floor"] = time_floor(corpus, args.jobs)
    if "findings" in res.get("check", {}):
        print("timing the writing of the report alone ...", flush=True)
        res["report_floor"] = time_report_floor(make_data.OUT / "check_report.json")
    print("timing a small file with the shipped glossary ...", flush=True)
    res["small"] = time_small(env, args.small_runs)
    res["checker_digest_end"] = make_data.checker_digest()
    path = Path(args.json) if args.json else out / f"check_results-{args.mb:g}mb.json"
    path.write_text(json.dumps(res, indent=2), encoding="utf-8")

    # report
    a, s = res["aho"], res["small"]
    rows = [("checker source digest", res["checker_digest"]),
            ("corpus", f"{res['corpus_files']} files, {mb:.1f} MB"),
            ("namecheck --version (start-up)", f"{res['startup_s']:.3f} s")]
    if "check" in res:
        c = res["check"]
        rows += [
            (f"namecheck check --jobs {args.jobs}",
             f"{c['seconds']:.1f} s wall = {mb / c['seconds']:.2f} MB/s "
                                                  f"(exit {c['exit']})"),
            ("  findings", f"{c.get('findings', '?'):,} {c.get('by_code', c.get('parse_error'))}; "
                           f"{c.get('files_checked', '?')} files checked; report "
                           f"{c['report_bytes'] / 1e6:.1f} MB"),
        ]
    rows += [
        ("Aho-Corasick build", f"{a['build_s']:.1f} s ({a['patterns']:,} patterns)"),
        ("Aho-Corasick scan", f"{a['scan_s']:.2f} s = {a['bytes'] / 1e6 / a['scan_s']:.1f} MB/s "
                              f"({a['matches']:,} matches)"),
        ("Aho-Corasick build + scan", f"{a['build_s'] + a['scan_s']:.1f} s"),
    ]
    fl = res["floor"]
    rows += [(f"read + name-run scan, {fl['jobs']} processes",
              f"{fl['seconds']:.1f} s = {mb / fl['seconds']:.1f} MB/s "
              f"({fl['runs']:,} runs; nothing resolved)")]
    if "report_floor" in res:
        rf = res["report_floor"]
        rows += [("the report alone, 1 process",
                  f"{rf['seconds']:.1f} s ({rf['encode_s']:.1f} s to encode {rf['findings']:,} findings "
                  f"with json.dumps, {rf['bytes'] / 1e6:.0f} MB)")]
    if "check" in res:
        c = res["check"]
        rows += [("ratio check / AC scan", f"{c['seconds'] / a['scan_s']:.1f}x"),
                 ("ratio check / AC build + scan", f"{c['seconds'] / (a['build_s'] + a['scan_s']):.1f}x")]
    rows += [("small file, shipped glossary", f"{s['bytes']:,} bytes: median {s['median_s']:.3f} s, "
                                              f"min {s['min_s']:.3f} s, max {s['max_s']:.3f} s "
                                              f"({s['runs']} runs, {s['findings']} findings)")]
    make_data.print_table("namecheck check benchmark", rows, 50)
    print("targets")
    if "check" in res:
        c = res["check"]
        ok = c["seconds"] <= a["scan_s"]
        print(f"  {'PASS' if ok else 'FAIL'}  check at least as fast as the Aho-Corasick scan   "
              f"{c['seconds']:.1f} s vs {a['scan_s']:.2f} s")
    ok = s["median_s"] < TARGET_SMALL_S
    print(f"  {'PASS' if ok else 'FAIL'}  small file < {TARGET_SMALL_S} s (median)               "
          f"{s['median_s']:.3f} s")
    print(f"\nfigures: {path.relative_to(HERE.parent)}")
    if res["checker_digest_end"] != res["checker_digest"]:
        print(f"\nWARNING: the namecheck sources changed during the run ({res['checker_digest']} -> "
              f"{res['checker_digest_end']}); the figures mix versions: run again.")
    if args.profile:
        profile(corpus, gpath, args.profile_mb, args.top, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
