"""How the benchmarks run the installed `namecheck` command."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def namecheck_cmd() -> list[str]:
    """The `namecheck` script installed with this Python (beside its interpreter), else the
    first on PATH, else `python -m checker`.

    The script beside the interpreter comes first: a version manager's shim found first on
    PATH (pyenv's is a shell script that runs pyenv) adds about 50 ms to every run, which is
    the shim's time, not namecheck's.
    """
    name = "namecheck.exe" if os.name == "nt" else "namecheck"
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    exe = shutil.which("namecheck")
    return [exe] if exe else [sys.executable, "-m", "checker"]
