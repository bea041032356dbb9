"""Speed of `namecheck serve`: one look-up, one 10 KB check, and a bounded load run.

Starts `namecheck serve --port 0` (the shipped glossary unless --glossary is given) in a child
process and talks to it over localhost with the standard library's HTTP client, one persistent
connection per client thread:

- latency: --latency-runs sequential requests of each kind (look-ups of spellings taken from the
  glossary, in turn; a 10 KB English text made of seeds/ documents), the median and the 99th
  percentile of the round trip. The round trip includes the client and the HTTP layer, so it is
  an upper bound of the time on the server.
- load: --clients threads sending --requests look-ups in all (and --check-requests checks of the
  10 KB text from --check-clients threads), as fast as the server answers; requests per second
  and the 50th and 99th percentiles. The client threads share the machine with the server.

Targets (issue 18): a look-up answers in under 50 ms and a 10 KB check in under 300 ms. The
script prints PASS/FAIL, writes out/web_results.json and always exits 0.

    python benchmarks/web_speed.py
    python benchmarks/web_speed.py --clients 16 --requests 5000
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
TARGET_LOOKUP_MS = 50.0
TARGET_CHECK_MS = 300.0
TEXT_BYTES = 10 * 1024


def ten_kb_text() -> str:
    """English prose with names to fix, about TEXT_BYTES long: seeds/ documents in turn."""
    parts = [(ROOT / "seeds" / name).read_text(encoding="utf-8") for name in ("news-en.md", "report-en.txt")]
    text = ""
    while len(text.encode("utf-8")) < TEXT_BYTES:
        text += parts[len(text) % 2] + "\n"
    return text.encode("utf-8")[:TEXT_BYTES].decode("utf-8", "ignore")


def queries() -> list[str]:
    """Spellings to look up: every entry's canonical form, first variants and Cyrillic forms."""
    from checker.project import Project

    project = Project.load(glossary=ARGS.glossary or None)
    names: list[str] = []
    for e in project.glossary.entries:
        names.extend([e.canonical, *e.variants[:2], *e.be[:1], *e.ru[:1]])
    return names


class Client:
    """One keep-alive connection."""

    def __init__(self, base: str) -> None:
        self.conn = http.client.HTTPConnection(base, timeout=60)

    def get(self, path: str) -> float:
        start = time.perf_counter()
        self.conn.request("GET", path)
        r = self.conn.getresponse()
        r.read()
        if r.status != 200:
            raise RuntimeError(f"GET {path}: {r.status}")
        return time.perf_counter() - start

    def post(self, path: str, body: bytes) -> float:
        start = time.perf_counter()
        self.conn.request("POST", path, body=body, headers={"Content-Type": "application/json"})
        r = self.conn.getresponse()
        r.read()
        if r.status != 200:
            raise RuntimeError(f"POST {path}: {r.status}")
        return time.perf_counter() - start


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def latency(base: str, names: list[str], body: bytes, runs: int) -> dict:
    c = Client(base)
    for name in names[:20]:   # the first requests of a connection are not what is measured
        c.get("/api/lookup?q=" + quote(name))
    c.post("/api/check", body)
    lookups = [c.get("/api/lookup?q=" + quote(names[i % len(names)])) for i in range(runs)]
    checks = [c.post("/api/check", body) for _ in range(max(runs // 5, 20))]
    return {"lookup_ms": _summary(lookups), "check_10kb_ms": _summary(checks)}


def _summary(seconds: list[float]) -> dict:
    ms = [s * 1000 for s in seconds]
    return {"n": len(ms), "median": round(statistics.median(ms), 2), "p99": round(percentile(ms, 99), 2),
            "max": round(max(ms), 2)}


def load(base: str, clients: int, total: int, make) -> dict:
    """`total` requests from `clients` threads, each taking the next request number."""
    times: list[float] = []
    lock = threading.Lock()
    counter = iter(range(total))
    errors: list[str] = []

    def work() -> None:
        c = Client(base)
        mine = []
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            try:
                mine.append(make(c, n))
            except Exception as exc:   # counted, not fatal: a load run reports what it saw
                errors.append(str(exc))
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=work) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    return {"clients": clients, "requests": len(times), "errors": len(errors),
            "requests_per_s": round(len(times) / wall, 1), **{f"{k}_ms": v for k, v in _summary(times).items()
                                                              if k != "n"}}


def main() -> int:
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    argv = [sys.executable, "-m", "checker", "serve", "--port", "0"]
    for g in ARGS.glossary:
        argv += ["--glossary", g]
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        match = re.search(r"http://([^/]+)/", line)
        if not match:
            print(f"namecheck serve did not start: {line}", file=sys.stderr)
            return 0
        base = match.group(1)
        names = queries()
        body = json.dumps({"text": ten_kb_text()}).encode("utf-8")
        results = {"queries": len(names), "text_bytes": TEXT_BYTES,
                   "latency": latency(base, names, body, ARGS.latency_runs)}
        results["load_lookup"] = load(base, ARGS.clients, ARGS.requests,
                                      lambda c, n: c.get("/api/lookup?q=" + quote(names[n % len(names)])))
        results["load_check_10kb"] = load(base, ARGS.check_clients, ARGS.check_requests,
                                          lambda c, n: c.post("/api/check", body))
    finally:
        proc.terminate()
        proc.wait(30)
    lat = results["latency"]
    print(json.dumps(results, indent=2))
    for what, key, target in (("look-up", "lookup_ms", TARGET_LOOKUP_MS),
                              ("10 KB check", "check_10kb_ms", TARGET_CHECK_MS)):
        p99 = lat[key]["p99"]
        print(f"{what}: median {lat[key]['median']} ms, p99 {p99} ms (target < {target:g} ms): "
              f"{'PASS' if p99 < target else 'FAIL'}")
    for key in ("load_lookup", "load_check_10kb"):
        r = results[key]
        print(f"{key}: {r['clients']} clients, {r['requests']} requests, {r['requests_per_s']} req/s, "
              f"p50 {r['median_ms']} ms, p99 {r['p99_ms']} ms, {r['errors']} errors")
    OUT.mkdir(exist_ok=True)
    (OUT / "web_results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--glossary", action="append", default=[],
                   help="glossary for the server (default: the shipped one)")
    p.add_argument("--latency-runs", type=int, default=500)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--requests", type=int, default=4000)
    p.add_argument("--check-clients", type=int, default=4)
    p.add_argument("--check-requests", type=int, default=200)
    ARGS = p.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
