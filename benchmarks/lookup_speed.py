"""Look-up speed of namecheck against a synthetic 10,000-entry glossary.

Measures, each in a fresh Python process where it matters (so that no in-process cache helps):
glossary load time, index build time without the cache, index load time from the cache;
then batch look-up throughput (names/second) through ``Matcher.resolve`` over the query list,
and through ``namecheck lookup --format jsonl -`` (start-up, glossary and cached index included).

Targets (from the performance issue): batch look-up >= 5,000 names/s against a 10,000-entry
glossary; index built in < 2 s or loaded from the cache in < 2 s. The script reports PASS/FAIL
and always exits 0.

    python benchmarks/lookup_speed.py                 # 10,000 entries, 25,000 queries
    python benchmarks/lookup_speed.py --profile       # + cProfile of look-up and index build
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_data  # noqa: E402
from commands import namecheck_cmd  # noqa: E402

TARGET_NAMES_PER_S = 5_000
TARGET_INDEX_S = 2.0

# Run in a child process: one measurement, printed as JSON on the last line.
#   build:      load_glossary, then build_index (no cache)
#   cache:      load_glossary, then load_index(use_cache=True) (a miss builds and writes)
#   from_paths: Matcher.from_paths(use_cache=True), what the CLI does (glossary and index)
_CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from checker.api import Matcher
from checker.glossary import load_glossary
from checker.cache import Codec, cached
from checker.match.index import Index, build_index, glossary_digest
t_import = time.perf_counter() - t0

def load_index(glossary):
    # the index alone from the cache (the CLI caches glossary and index together: from_paths)
    codec = Codec(Index.to_plain, lambda data: Index.from_plain(data, glossary))
    return cached(f"index-{glossary_digest(glossary)}", lambda: build_index(glossary), codec)

what, path = sys.argv[1], sys.argv[2]
res = {"import": t_import}
if what == "from_paths":
    t0 = time.perf_counter()
    m = Matcher.from_paths([path], use_cache=True)
    res["index"] = time.perf_counter() - t0
    idx = m.index
else:
    t0 = time.perf_counter()
    g = load_glossary([path])
    res["load"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    idx = build_index(g) if what == "build" else load_index(g)
    res["index"] = time.perf_counter() - t0
res.update(keys=len(idx.by_skeleton), names=len(idx.names))
print(json.dumps(res))
"""


def child(what: str, glossary: Path, env: dict) -> dict:
    p = subprocess.run([sys.executable, "-c", _CHILD, what, str(glossary)], env=env,
                       capture_output=True, text=True, check=True)
    return json.loads(p.stdout.strip().splitlines()[-1])


def fmt_s(x: float) -> str:
    return f"{x:.3f} s"


def run(args) -> dict:
    out = make_data.OUT
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    gpath, entries, _ = make_data.ensure_glossary(args.entries, args.seed)
    qpath, queries = make_data.ensure_queries(entries, args.queries, args.seed)
    print(f"data: {len(entries)} entries, {len(queries)} queries "
          f"({time.perf_counter() - t0:.1f} s to make)")

    cache = out / "cache-lookup"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "NAMECHECK_CACHE_DIR": str(cache)}
    env.pop("NAMECHECK_NO_CACHE", None)
    os.environ.update(NAMECHECK_CACHE_DIR=str(cache))

    # 1. glossary load + index build without the cache, each run in a fresh process
    builds = [child("build", gpath, env) for _ in range(args.repeat)]
    # 2. first run with the cache: a miss (build + write); then loads from the cache
    fill = child("cache", gpath, env)
    loads = [child("cache", gpath, env) for _ in range(args.repeat)]
    # the same through the library's front door (its own cache entry: a first miss, then hits)
    fp_fill = child("from_paths", gpath, env)
    fp_loads = [child("from_paths", gpath, env) for _ in range(args.repeat)]
    res = {
        "checker_digest": make_data.checker_digest(),
        "entries": len(entries), "queries": len(queries),
        "index_keys": builds[0]["keys"], "index_names": builds[0]["names"],
        "glossary_load_s": statistics.median(b["load"] for b in builds + loads),
        "index_build_s": statistics.median(b["index"] for b in builds),
        "index_cache_miss_s": fill["index"],
        "index_cache_load_s": statistics.median(b["index"] for b in loads),
        "from_paths_miss_s": fp_fill["index"],
        "from_paths_cached_s": statistics.median(b["index"] for b in fp_loads),
        "import_s": statistics.median(b["import"] for b in builds),
        "cache_bytes": sum(f.stat().st_size for f in cache.glob("*.v*")),
    }

    # 3. batch look-up through the API, in this process (index from the cache)
    from checker.api import Matcher

    t0 = time.perf_counter()
    matcher = Matcher.from_paths([gpath], use_cache=True)
    res["matcher_from_paths_s"] = time.perf_counter() - t0
    names = [q["query"] for q in queries]
    results: list = [None] * len(names)
    errors = []
    t0 = time.perf_counter()
    for i, name in enumerate(names):
        try:
            results[i] = matcher.resolve(name)
        except Exception as exc:  # noqa: BLE001 - a crash is reported, not hidden
            errors.append((name, f"{type(exc).__name__}: {exc}"))
    dt = time.perf_counter() - t0
    res["api_s"] = dt
    res["api_names_per_s"] = len(names) / dt
    res["api_errors"] = len(errors)
    res["api_error_examples"] = errors[:5]
    res["accuracy"] = accuracy(queries, results)
    res["statuses"] = dict(collections.Counter(r.status for r in results if r is not None))

    # 4. batch look-up through the CLI (start-up, glossary load and cached index included)
    if not args.no_cli:
        crashed = {n for n, _ in errors}
        cli_names = [n for n in names if n not in crashed]
        data = "".join(n + "\n" for n in cli_names).encode("utf-8")
        cmd = [*namecheck_cmd(), "lookup", "--glossary", str(gpath),
               "--format", "jsonl", "-"]
        t0 = time.perf_counter()
        p = subprocess.run(cmd, input=data, capture_output=True, env=env)
        dt = time.perf_counter() - t0
        lines = p.stdout.count(b"\n")
        res["cli_s"] = dt
        res["cli_names"] = len(cli_names)
        res["cli_names_per_s"] = len(cli_names) / dt
        res["cli_exit"] = p.returncode
        res["cli_lines"] = lines
        if lines != len(cli_names):
            res["cli_stderr_tail"] = p.stderr.decode("utf-8", "replace")[-600:]
    return res


def accuracy(queries: list[dict], results: list) -> dict:
    """Share of queries answered as expected, by kind of query (an aside: speed is the point)."""
    tot, ok = collections.Counter(), collections.Counter()
    for q, r in zip(queries, results, strict=False):
        kind = q["kind"].split(":")[0]
        tot[kind] += 1
        if r is None:
            continue
        if q["expected"] is None:
            ok[kind] += r.status == "unknown"
        else:
            ok[kind] += r.confident and r.entry == q["expected"]
    return {k: {"n": tot[k], "confident_and_right": round(ok[k] / tot[k], 3)} for k in sorted(tot)}


def report(res: dict) -> None:
    rows = [
        ("checker source digest", res["checker_digest"]),
        ("glossary entries", f"{res['entries']:,}"),
        ("index: skeleton keys / names", f"{res['index_keys']:,} / {res['index_names']:,}"),
        ("import checker (fresh process)", fmt_s(res["import_s"])),
        ("glossary load (YAML parse + checks)", fmt_s(res["glossary_load_s"])),
        ("index build, no cache (fresh process)", fmt_s(res["index_build_s"])),
        ("index, first run with cache (build + write)", fmt_s(res["index_cache_miss_s"])),
        ("index load from cache (load_index)", fmt_s(res["index_cache_load_s"])
         + f"  (cache folder {res['cache_bytes'] / 1e6:.1f} MB)"),
        ("Matcher.from_paths, cache miss (fresh process)", fmt_s(res["from_paths_miss_s"])),
        ("Matcher.from_paths, cache hit (fresh process)", fmt_s(res["from_paths_cached_s"])),
        ("look-up via API", f"{res['queries']:,} names in {res['api_s']:.2f} s = "
                            f"{res['api_names_per_s']:,.0f} names/s"),
        ("resolve() exceptions", f"{res['api_errors']}"),
    ]
    if "cli_s" in res:
        rows.append(("look-up via CLI (jsonl, stdin)",
                     f"{res['cli_names']:,} names in {res['cli_s']:.2f} s = "
                     f"{res['cli_names_per_s']:,.0f} names/s (exit {res['cli_exit']}, "
                     f"{res['cli_lines']:,} lines)"))
    make_data.print_table("namecheck look-up benchmark", rows, 40)
    if res["api_errors"]:
        print("resolve() raised on:")
        for name, err in res["api_error_examples"]:
            print(f"  {name!r}: {err}")
        print()
    print("answers (share confident and right; 'unknown' rows: share reported unknown):")
    for kind, a in res["accuracy"].items():
        print(f"  {kind:<10} n={a['n']:>6,}  {a['confident_and_right']:.1%}")
    print(f"  statuses: {res['statuses']}")
    print()
    targets = [
        (f"batch look-up >= {TARGET_NAMES_PER_S:,} names/s (API)",
         res["api_names_per_s"] >= TARGET_NAMES_PER_S, f"{res['api_names_per_s']:,.0f} names/s"),
        (f"index built < {TARGET_INDEX_S:g} s or loaded from cache < {TARGET_INDEX_S:g} s",
         res["index_build_s"] < TARGET_INDEX_S or res["index_cache_load_s"] < TARGET_INDEX_S,
         f"build {res['index_build_s']:.2f} s, cache {res['index_cache_load_s']:.2f} s"),
        (f"  (index built < {TARGET_INDEX_S:g} s)", res["index_build_s"] < TARGET_INDEX_S,
         f"{res['index_build_s']:.2f} s"),
        (f"  (index loaded from cache < {TARGET_INDEX_S:g} s)",
         res["index_cache_load_s"] < TARGET_INDEX_S, f"{res['index_cache_load_s']:.2f} s"),
        (f"  (Matcher.from_paths from cache < {TARGET_INDEX_S:g} s, glossary included)",
         res["from_paths_cached_s"] < TARGET_INDEX_S, f"{res['from_paths_cached_s']:.2f} s"),
    ]
    if "cli_names_per_s" in res:
        targets.append((f"  (CLI batch >= {TARGET_NAMES_PER_S:,} names/s, start-up included)",
                        res["cli_names_per_s"] >= TARGET_NAMES_PER_S,
                        f"{res['cli_names_per_s']:,.0f} names/s"))
    width = max(len(t[0]) for t in targets)
    print("targets")
    for name, ok, got in targets:
        print(f"  {'PASS' if ok else 'FAIL'}  {name:<{width}}  {got}")


def profile(args, top: int) -> None:
    """cProfile of look-up (first --profile-queries queries) and of one index build."""
    import cProfile
    import io
    import pstats

    from checker.api import Matcher
    from checker.glossary import load_glossary
    from checker.match.index import build_index

    gpath, entries, _ = make_data.ensure_glossary(args.entries, args.seed)
    queries = make_data.make_queries(entries, args.queries, args.seed)[: args.profile_queries]
    matcher = Matcher.from_paths([gpath], use_cache=True)

    def show(title: str, pr: cProfile.Profile) -> None:
        s = io.StringIO()
        st = pstats.Stats(pr, stream=s)
        st.sort_stats("cumulative").print_stats(top)
        text = make_data.short_paths(s.getvalue())
        print(f"\n=== {title} ===")
        print(text[text.find("   ncalls"):] if "   ncalls" in text else text)

    pr = cProfile.Profile()
    pr.enable()
    for q in queries:
        with contextlib.suppress(Exception):
            matcher.resolve(q["query"])
    pr.disable()
    show(f"look-up: Matcher.resolve over {len(queries):,} queries, top {top} by cumulative time", pr)
    g = load_glossary([gpath])
    pr = cProfile.Profile()
    pr.enable()
    build_index(g)
    pr.disable()
    show(f"index build ({len(g):,} entries), top {top} by cumulative time", pr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="namecheck look-up benchmark")
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=25_000)
    ap.add_argument("--repeat", type=int, default=3, help="fresh-process runs per index timing")
    ap.add_argument("--seed", type=int, default=make_data.SEED)
    ap.add_argument("--no-cli", action="store_true", help="skip the `namecheck lookup` run")
    ap.add_argument("--profile", action="store_true", help="also print cProfile summaries")
    ap.add_argument("--profile-only", action="store_true", help="only the cProfile summaries")
    ap.add_argument("--profile-queries", type=int, default=3_000)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--json", metavar="FILE", default=str(make_data.OUT / "lookup_results.json"),
                    help="where to write the figures (default out/lookup_results.json)")
    args = ap.parse_args(argv)
    if not args.profile_only:
        res = run(args)
        res["date"] = time.strftime("%Y-%m-%d")
        res["python"] = sys.version.split()[0]
        res["cpus"] = os.cpu_count()
        res["checker_digest_end"] = make_data.checker_digest()
        Path(args.json).write_text(json.dumps(res, indent=2, default=str), encoding="utf-8")
        report(res)
        if res["checker_digest_end"] != res["checker_digest"]:
            print(f"\nWARNING: the namecheck sources changed during the run ({res['checker_digest']}"
                  f" -> {res['checker_digest_end']}); the figures mix versions: run again.")
    if args.profile or args.profile_only:
        profile(args, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
