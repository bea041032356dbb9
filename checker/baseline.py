"""The baseline file: findings recorded once, left out of later reports (and of fixing)."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from checker.findings import Finding, InputError, NamecheckError, in_report_order
from checker.reading import read_regular

BASELINE_VERSION = 1
_FIELDS = ("path", "code", "found", "suggestion")


def fingerprint(f: Finding) -> tuple[str, str, str, str]:
    """What identifies a finding across runs: where, which code, what was written, the fix.

    Lines and columns are left out, so that an edit above a finding does not make it new.
    """
    return (f.path, f.code, f.found, f.suggestion or "")


class Baseline:
    """Counts of recorded findings by fingerprint; each recorded finding hides one occurrence."""

    def __init__(self, counts: Counter[tuple[str, str, str, str]] | None = None):
        self.counts: Counter[tuple[str, str, str, str]] = counts or Counter()
        self._by_path: dict[str, Baseline] | None = None

    @classmethod
    def read(cls, path: str) -> Baseline:
        """Read a baseline file; NamecheckError when it is missing or malformed."""
        try:
            data = json.loads(read_regular(path).decode("utf-8"))   # a FIFO is refused
            counts: Counter[tuple[str, str, str, str]] = Counter()
            for item in data["findings"]:
                key = (str(item["path"]), str(item["code"]), str(item["found"]),
                       str(item.get("suggestion") or ""))
                counts[key] += int(item.get("count", 1))
        except FileNotFoundError:
            raise NamecheckError(InputError(path, "no such baseline file")) from None
        except RecursionError:   # the json module reads nested arrays by recursion
            raise NamecheckError(InputError(path, "not a namecheck baseline: nested too "
                                                  "deeply")) from None
        except (OSError, ValueError, KeyError, TypeError, OverflowError) as exc:
            raise NamecheckError(InputError(path, f"not a namecheck baseline: {exc}")) from None
        return cls(counts)

    def for_path(self, path: str) -> Baseline:
        """The part of the baseline that concerns one file (what a worker needs)."""
        if self._by_path is None:   # split once, not once per file checked
            parts: dict[str, Counter[tuple[str, str, str, str]]] = {}
            for k, n in self.counts.items():
                parts.setdefault(k[0], Counter())[k] = n
            self._by_path = {p: Baseline(c) for p, c in parts.items()}
        return self._by_path.get(path) or Baseline()

    def new_findings(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings the baseline does not account for, in report order."""
        left = Counter(self.counts)
        out = []
        for f in in_report_order(findings):
            k = fingerprint(f)
            if left[k] > 0:
                left[k] -= 1
            else:
                out.append(f)
        return out


def write_baseline(path: str, findings: Iterable[Finding]) -> int:
    """Record `findings` as the baseline at `path` (atomically; a FIFO or device such as
    /dev/null is written into, never replaced); how many were recorded."""
    from checker.fix import write_atomic

    counts = Counter(fingerprint(f) for f in findings)
    items = [{**dict(zip(_FIELDS, k, strict=True)), "count": n} for k, n in sorted(counts.items())]
    data = json.dumps({"version": BASELINE_VERSION, "findings": items}, ensure_ascii=False,
                      indent=2) + "\n"
    write_atomic(path, data.encode("utf-8"), into_special=True)
    return sum(counts.values())
