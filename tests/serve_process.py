"""`namecheck serve` in a child process, as the serve and browser tests start it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURE_GLOSSARY

ROOT = Path(__file__).resolve().parent.parent


def start_serve(stdout: int = subprocess.DEVNULL) -> subprocess.Popen[str]:
    """`namecheck serve` on a free port over the fixture glossary, this checkout's code first
    on the path; its banner (with the address) is the first line of its standard error."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", "0", "--no-cache",
                             "--glossary", str(FIXTURE_GLOSSARY)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": path}, stdout=stdout,
                            stderr=subprocess.PIPE, text=True)
