"""`namecheck serve`: its options and errors, and a real server started and stopped."""
from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import urllib.request

import pytest

from tests.conftest import FIXTURE_GLOSSARY
from tests.serve_process import start_serve


def test_an_invalid_port_is_a_usage_error(fixture_cli):
    code, _, err = fixture_cli("serve", "--port", "70000")
    assert code == 2 and "invalid port '70000'; expected 0 to 65535" in err


def test_a_port_in_use_is_an_error_before_anything_is_served(fixture_cli, no_hang):
    pytest.importorskip("uvicorn", reason="the web extra is not installed")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, _, err = fixture_cli("serve", "--port", str(port), "--glossary", str(FIXTURE_GLOSSARY))
    assert code == 2
    assert err == f"namecheck: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_an_unknown_host_is_an_error(fixture_cli):
    pytest.importorskip("uvicorn", reason="the web extra is not installed")
    code, _, err = fixture_cli("serve", "--host", "no-such-host.invalid", "--glossary",
                               str(FIXTURE_GLOSSARY))
    assert code == 2 and err.startswith("namecheck: cannot listen on no-such-host.invalid: ")


def test_a_bad_glossary_is_an_error_before_anything_listens(fixture_cli, tmp_path, no_hang):
    pytest.importorskip("uvicorn", reason="the web extra is not installed")
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nentries:\n  - id: x\n", encoding="utf-8")
    code, _, err = fixture_cli("serve", "--port", "0", "--glossary", str(bad))
    assert code == 2 and str(bad) in err and "serving" not in err


def test_without_the_web_extra_it_says_what_to_install(fixture_cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "uvicorn", None)   # import uvicorn raises ImportError
    code, _, err = fixture_cli("serve", "--glossary", str(FIXTURE_GLOSSARY))
    assert code == 2
    assert err == ("namecheck: serve needs the web extra (uvicorn is not installed): "
                   "pip install 'namecheck[web]'\n")


def test_serve_answers_on_the_port_it_names_and_stops_on_sigterm():
    pytest.importorskip("uvicorn", reason="the web extra is not installed")
    proc = start_serve(stdout=subprocess.PIPE)
    try:
        assert proc.stderr is not None
        banner = proc.stderr.readline()
        match = re.fullmatch(r"namecheck: serving on (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)\n", banner)
        assert match, banner
        with urllib.request.urlopen(match.group(1) + "api/lookup?q=Mogilev", timeout=30) as r:
            assert json.load(r)["results"][0]["canonical"] == "Mahiliou"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 143
    assert out == "" and err == "namecheck: terminated\n"
