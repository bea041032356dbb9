"""The HTTP API as a client sees it (Starlette's TestClient over httpx), on the fixture glossary."""
from __future__ import annotations

import json
import re
import threading
import warnings

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed: pip install -e '.[web]'")
pytest.importorskip("httpx", reason="the test extra's HTTP client is not installed")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from starlette.routing import Route  # noqa: E402

with warnings.catch_warnings():   # newer Starlette names a successor of httpx; either works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from checker import __version__  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.project import Project  # noqa: E402
from checker.translit import transliterate  # noqa: E402
from checker.web import Limits, create_app  # noqa: E402

TEXT = "Nikolai Karpenkov visited Mogilev.\nThen Karpiankou went home."


@pytest.fixture(scope="module")
def project(fixture_glossary_paths) -> Project:
    p = Project.load(Config(), use_cache=False, glossary=[str(x) for x in fixture_glossary_paths])
    p.matcher  # noqa: B018
    return p


@pytest.fixture(scope="module")
def client(project):
    with TestClient(create_app(project), raise_server_exceptions=False) as c:
        yield c


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    return body["error"]


# -- health, page, OpenAPI ----------------------------------------------------------------------
def test_healthz_says_ok_with_the_version_and_the_glossary_size(client, project):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "version": __version__, "entries": len(project.glossary.entries)}


def test_the_page_is_one_html_file_that_loads_nothing_from_elsewhere(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "<script src" not in html and "<link rel=\"stylesheet\"" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert 'name="viewport"' in html


def test_the_pages_policy_allows_exactly_its_own_inline_script_and_style(client):
    import base64
    import hashlib

    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", r.text, flags=re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        allowed = re.search(rf"{directive} ([^;]*)", csp).group(1)
        assert f"'sha256-{digest}'" in allowed
        assert "unsafe-inline" not in allowed


def test_openapi_describes_every_api_route_and_only_those(client):
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.") and spec["info"]["version"] == __version__
    routes = {r.path for r in client.app.routes if isinstance(r, Route)}
    api = {p for p in routes if p.startswith("/api/")} | {"/healthz"}
    assert set(spec["paths"]) == api
    for path, methods in spec["paths"].items():
        route = next(r for r in client.app.routes if isinstance(r, Route) and r.path == path)
        assert {m.upper() for m in methods} <= route.methods, path


def test_every_reference_in_the_openapi_description_resolves(client):
    spec = client.get("/openapi.json").json()

    def refs(node):
        if isinstance(node, dict):
            if "$ref" in node:
                yield node["$ref"]
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    found = list(refs(spec))
    assert found
    for ref in found:
        assert ref.startswith("#/"), ref
        target = spec
        for part in ref[2:].split("/"):
            target = target[part]


def test_a_rule_page_is_served_and_an_unknown_code_is_a_json_404(client):
    r = client.get("/rules/nc001")
    assert r.status_code == 200 and "# NC001 known-variant" in r.text
    assert "unknown finding code 'NC999'" in error_of(client.get("/rules/NC999"), 404)


def test_unknown_paths_and_methods_are_json_errors(client):
    assert error_of(client.get("/api/nothing"), 404) == "no such page: /api/nothing"
    assert error_of(client.post("/api/lookup"), 405) == "POST is not allowed here"
    assert error_of(client.get("/api/check"), 405) == "GET is not allowed here"


# -- look-up --------------------------------------------------------------------------------------
def test_lookup_is_the_json_of_the_lookup_command(client, fixture_cli):
    names = ["KARPENKOV, Nikolai", "Тарайкоўскага", "Mogilev", "Nobody Atall"]
    code, out, _ = fixture_cli("lookup", "--format", "json", *names)
    r = client.get("/api/lookup", params=[("q", n) for n in names])
    assert r.status_code == 200
    assert r.json() == json.loads(out)
    assert [x["status"] for x in r.json()["results"]][:3] == ["variant"] * 3


def test_lookup_without_a_name_is_400(client):
    assert "give a name" in error_of(client.get("/api/lookup"), 400)
    assert "give a name" in error_of(client.get("/api/lookup", params={"q": "  "}), 400)


def test_lookup_bounds_the_name_and_the_number_of_names(client):
    assert "longer than 1,000" in error_of(client.get("/api/lookup", params={"q": "a" * 1001}), 400)
    many = [("q", "Mogilev")] * 101
    assert "at most 100 names" in error_of(client.get("/api/lookup", params=many), 400)


# -- check ----------------------------------------------------------------------------------------
def test_check_is_the_json_of_the_check_command(client, fixture_cli):
    code, out, _ = fixture_cli("check", "--no-cache", "--format", "json", "-", stdin=TEXT.encode())
    assert code == 1
    r = client.post("/api/check", json={"text": TEXT})
    assert r.status_code == 200
    assert r.json() == json.loads(out)
    assert "fixed_text" not in r.json()


def test_check_gives_the_fixed_text_on_request(client, project):
    r = client.post("/api/check", json={"text": TEXT, "fix": "safe"})
    assert r.json()["fixed_text"] == project.fix_text(TEXT)
    assert r.json()["fixed_text"].startswith("Mikalai Karpiankou visited Mahiliou.")
    assert client.post("/api/check", json={"text": TEXT, "fix": True}).json()["fixed_text"] \
        == r.json()["fixed_text"]
    assert "fixed_text" not in client.post("/api/check", json={"text": TEXT, "fix": False}).json()


def test_check_reads_the_language_and_the_format_it_is_given(client):
    russian = "Вчера Карпянкоў выступил в Минске."
    codes = [f["code"] for f in client.post("/api/check", json={"text": russian, "language": "ru"})
             .json()["findings"]]
    assert "NC005" in codes
    markdown = "Text `Mogilev` in code, and Mogilev in prose.\n"
    found = client.post("/api/check", json={"text": markdown, "path": "notes.md"}).json()["findings"]
    assert [(f["found"], f["column"]) for f in found] == [("Mogilev", 29)]
    assert found[0]["path"] == "notes.md"


@pytest.mark.parametrize(("body", "status", "message"), [
    (b"", 400, "the request body is empty"),
    (b"{\"text\": ", 400, "invalid JSON: Expecting value at line 1 column 10"),
    (b"\xff\xfe{}", 400, "the request body is not UTF-8"),
    (b"[" * 100_000, 400, "invalid JSON"),
    (b"[\"text\"]", 400, "must be a JSON object"),
    (b"{}", 400, "give the text to check as a string"),
    (b"{\"text\": 5}", 400, "give the text to check as a string"),
    (b"{\"text\": \" \\n \"}", 400, "the text to check is empty"),
    (b"{\"text\": \"a\", \"lang\": \"ru\"}", 400, "unknown field 'lang'; expected text, language, fix, path"),
    (b"{\"text\": \"a\", \"language\": \"klingon\"}", 400, "invalid language 'klingon'"),
    (b"{\"text\": \"a\", \"fix\": \"all\"}", 400, "invalid fix 'all'; expected one of: none, safe, unsafe"),
    (b"{\"text\": \"a\", \"path\": \"../etc/x.md\"}", 400, "path must be a file name"),
    (b"{\"text\": \"a \\ud800 b\"}", 400, "text holds a lone surrogate at index 2"),
])
def test_bad_check_requests_are_4xx_with_a_json_error(client, body, status, message):
    assert message in error_of(client.post("/api/check", content=body), status)


def test_a_body_over_one_mebibyte_is_413_whether_or_not_it_says_its_length(client):
    body = json.dumps({"text": "Mogilev " * 140_000}).encode()
    assert len(body) > 1024 * 1024
    assert "larger than 1,048,576 bytes" in error_of(client.post("/api/check", content=body), 413)

    def chunks():   # no Content-Length: the body is counted as it arrives
        for k in range(0, len(body), 65536):
            yield body[k:k + 65536]

    assert "larger than" in error_of(client.post("/api/check", content=chunks()), 413)


# -- romanization and entries ---------------------------------------------------------------------
def test_translit_with_a_scheme(client):
    r = client.get("/api/translit", params={"scheme": "be-press", "text": "Мікалай Карпянкоў"})
    assert r.status_code == 200
    (result,) = r.json()["results"]
    assert result["scheme"] == "be-press"
    assert result["result"] == transliterate("Мікалай Карпянкоў", "be-press")
    assert result["result"] == "Mikalai Karpiankou"


def test_translit_without_a_scheme_gives_every_scheme_of_the_texts_language(client):
    results = client.get("/api/translit", params={"text": "Николай"}).json()["results"]
    assert {r["language"] for r in results} == {"ru"} and len(results) > 3


def test_bad_translit_requests(client):
    assert "unknown scheme 'be-nope'" in error_of(
        client.get("/api/translit", params={"scheme": "be-nope", "text": "Мінск"}), 400)
    assert "give a text" in error_of(client.get("/api/translit", params={"scheme": "be-press"}), 400)
    assert "unknown parameter 'schema'" in error_of(
        client.get("/api/translit", params={"schema": "be-press", "text": "Мінск"}), 400)
    assert "longer than 10,000" in error_of(client.get("/api/translit", params={"text": "б" * 10_001}), 413)


def test_schemes_lists_every_scheme(client):
    from checker.translit import scheme_ids

    assert [s["id"] for s in client.get("/api/schemes").json()["schemes"]] == scheme_ids()


def test_an_entry_with_its_romanizations_by_scheme(client, project):
    data = client.get("/api/entries/mikalai-karpiankou").json()
    assert data["entry"] == project.glossary.by_id["mikalai-karpiankou"].to_dict()
    by_scheme = {(r["language"], r["scheme"]): r["forms"] for r in data["romanizations"]}
    assert by_scheme[("be", "be-press")][0] == "Mikalai Karpiankou"
    assert by_scheme[("ru", "ru-bgn-pcgn")][0] == transliterate("Николай Карпенков", "ru-bgn-pcgn")
    assert "no entry with id 'nobody'" in error_of(client.get("/api/entries/nobody"), 404)


# -- bounds ---------------------------------------------------------------------------------------
def test_work_that_takes_too_long_is_503(project, monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(project, "lookup", lambda name: release.wait(5))
    with TestClient(create_app(project, Limits(seconds=0.2))) as c:
        try:
            assert "took longer than 0.2 s" in error_of(c.get("/api/lookup", params={"q": "x"}), 503)
        finally:
            release.set()


def test_a_body_that_arrives_too_slowly_is_408():
    import asyncio

    from starlette.requests import Request

    from checker.web.app import ApiError, _read_json

    parts = [b'{"text": ', b'"Mogilev"}']

    async def receive():   # the second half of the body comes a second later
        if len(parts) == 1:
            await asyncio.sleep(1)
        return {"type": "http.request", "body": parts.pop(0), "more_body": bool(parts)}

    request = Request({"type": "http", "method": "POST", "path": "/api/check", "headers": []}, receive)
    with pytest.raises(ApiError) as caught:
        asyncio.run(_read_json(request, Limits(body_seconds=0.2)))
    assert caught.value.status == 408
    assert caught.value.message == "the request body took longer than 0.2 s to arrive"


def test_a_full_queue_is_503(project):
    with TestClient(create_app(project, Limits(queue=0))) as c:
        assert "busy" in error_of(c.get("/api/lookup", params={"q": "Mogilev"}), 503)


def test_an_unexpected_failure_is_a_json_500_not_a_traceback(project, monkeypatch):
    def broken(name):
        raise RuntimeError("boom")

    monkeypatch.setattr(project, "lookup", broken)
    with TestClient(create_app(project), raise_server_exceptions=False) as c:
        assert error_of(c.get("/api/lookup", params={"q": "x"}), 500) == \
            "internal error: RuntimeError: boom (please report)"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200), language=st.sampled_from([None, "en", "ru", "be", "xx", ""]),
       fix=st.sampled_from(["none", "safe", "unsafe"]))
def test_no_input_is_a_server_error(client, text, language, fix):
    body = {"text": text, "fix": fix, **({"language": language} if language is not None else {})}
    assert client.post("/api/check", json=body).status_code in (200, 400)
    assert client.get("/api/lookup", params={"q": text}).status_code in (200, 400)
    assert client.get("/api/translit", params={"text": text}).status_code in (200, 400)
