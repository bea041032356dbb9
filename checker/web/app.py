"""The web API and page over a Project (Starlette): look-up, check, romanization, entries.

Every answer is JSON, an error too ({"error": "..."} with a 4xx status); bad input is never a
500. The library's work runs on one worker thread, so the glossary's caches are used by one
thread at a time and the event loop stays free to refuse what is too large, too slow or too
much: a body past `Limits.body_bytes` is 413, a request whose work takes longer than
`Limits.seconds` is 503, and so is one that finds `Limits.queue` requests already waiting.
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import re
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib.resources import files
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from checker import __version__
from checker.findings import RULES, NamecheckError
from checker.project import FixMode, Project

_T = TypeVar("_T")


@dataclass(frozen=True)
class Limits:
    """How much one request may ask for."""

    body_bytes: int = 1024 * 1024     # a check's JSON body
    query_chars: int = 1_000          # one name to look up
    names: int = 100                  # names in one look-up
    translit_chars: int = 10_000      # text to romanize
    seconds: float = 30.0             # the library's work for one request (1 MiB of text: ~10 s)
    body_seconds: float = 10.0        # a request body's arrival
    queue: int = 64                   # requests waiting for the worker before 503


class ApiError(Exception):
    """A request the API refuses: its HTTP status and a message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Worker:
    """One thread that does the library's work, with a bounded queue and a time limit."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="namecheck-web")
        self.waiting = 0

    async def run(self, fn: Callable[..., _T], *args: Any) -> _T:
        if self.waiting >= self.limits.queue:
            raise ApiError(503, "the server is busy; try again in a moment")
        self.waiting += 1
        try:
            future = asyncio.wrap_future(self.executor.submit(fn, *args))
            try:
                # a request still queued when its time is up is cancelled and never run
                return await asyncio.wait_for(future, self.limits.seconds)
            except TimeoutError:
                raise ApiError(503, f"the request took longer than {self.limits.seconds:g} s; "
                                    "send a shorter text") from None
        finally:
            self.waiting -= 1


# -- the API --------------------------------------------------------------------------------------
def create_app(project: Project, limits: Limits | None = None) -> Starlette:
    """The ASGI application over `project` (its glossary is built on first use: build it first
    with `project.matcher` to answer the first request fast)."""
    limits = limits or Limits()
    worker = _Worker(limits)

    async def page(request: Request) -> Response:
        return HTMLResponse(_page(), headers=_page_headers())

    async def healthz(request: Request) -> Response:
        entries = await worker.run(lambda: len(project.glossary.entries))
        return _json({"status": "ok", "version": __version__, "entries": entries})

    async def lookup(request: Request) -> Response:
        names = request.query_params.getlist("q")
        if not names or not any(n.strip() for n in names):
            raise ApiError(400, "give a name to look up: /api/lookup?q=NAME")
        if len(names) > limits.names:
            raise ApiError(400, f"at most {limits.names} names (q) in one look-up")
        for n in names:
            _check_length("q", n, limits.query_chars)
        from checker.report.lookup_json import lookup_document

        return _json(await worker.run(
            lambda: lookup_document([project.lookup(n) for n in names], project.glossary)))

    async def check(request: Request) -> Response:
        body = await _read_json(request, limits)
        text, language, fix, path = _check_request(body)
        return _json(await worker.run(_check, project, text, language, fix, path))

    async def translit(request: Request) -> Response:
        params = request.query_params
        unknown = sorted(set(params) - {"scheme", "text"})
        if unknown:
            raise ApiError(400, f"unknown parameter {unknown[0]!r}; expected scheme and text")
        text = params.get("text", "")
        if not text.strip():
            raise ApiError(400, "give a text to romanize: /api/translit?scheme=ID&text=TEXT")
        _check_length("text", text, limits.translit_chars)
        return _json(await worker.run(_translit, text, params.get("scheme")))

    async def schemes(request: Request) -> Response:
        return _json(await worker.run(_schemes))

    async def entry(request: Request) -> Response:
        entry_id = request.path_params["id"]

        def find() -> dict:
            from checker.report.lookup_json import entry_document

            e = project.glossary.by_id.get(entry_id)
            if e is None:
                raise ApiError(404, f"no entry with id {entry_id!r}")
            return entry_document(e)

        return _json(await worker.run(find))

    async def rule(request: Request) -> Response:
        code = request.path_params["code"].upper()
        if code not in RULES:
            raise ApiError(404, f"unknown finding code {request.path_params['code']!r}; "
                                f"codes: {', '.join(RULES)}")
        return HTMLResponse(_rule_page(code), headers=_page_headers())

    async def openapi(request: Request) -> Response:
        return _json(_openapi())

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/rules/{code}", rule, methods=["GET"]),
        Route("/api/lookup", lookup, methods=["GET"]),
        Route("/api/check", check, methods=["POST"]),
        Route("/api/translit", translit, methods=["GET"]),
        Route("/api/schemes", schemes, methods=["GET"]),
        Route("/api/entries/{id}", entry, methods=["GET"]),
    ]
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        worker.executor.shutdown(wait=False, cancel_futures=True)

    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={
        ApiError: _api_error, HTTPException: _http_error, Exception: _internal_error})
    app.state.worker = worker
    return app


def _json(data: object, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json",
                    headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"})


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return _json({"error": exc.message}, exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = {404: f"no such page: {request.url.path}",
               405: f"{request.method} is not allowed here"}.get(exc.status_code, str(exc.detail))
    return _json({"error": message}, exc.status_code)


async def _internal_error(request: Request, exc: Exception) -> Response:
    return _json({"error": f"internal error: {type(exc).__name__}: {exc} (please report)"}, 500)


def _check_length(name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise ApiError(413 if name != "q" else 400, f"{name} is longer than {limit:,} characters")


async def _read_json(request: Request, limits: Limits) -> dict:
    """The request's JSON object, read within the size and time limits."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limits.body_bytes):
        raise ApiError(413, f"the request body is larger than {limits.body_bytes:,} bytes")

    async def read() -> bytes:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limits.body_bytes:
                raise ApiError(413, f"the request body is larger than {limits.body_bytes:,} bytes")
        return bytes(body)

    try:
        body = await asyncio.wait_for(read(), limits.body_seconds)
    except TimeoutError:
        raise ApiError(408, f"the request body took longer than {limits.body_seconds:g} s "
                            "to arrive") from None
    if not body.strip():
        raise ApiError(400, 'the request body is empty; send JSON such as {"text": "..."}')
    try:
        data = json.loads(body.decode("utf-8"))   # JSON is UTF-8 (RFC 8259): no guessing
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"the request body is not UTF-8 (byte offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except (ValueError, RecursionError):
        raise ApiError(400, "invalid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise ApiError(400, 'the request body must be a JSON object such as {"text": "..."}')
    return data


_CHECK_KEYS = ("text", "language", "fix", "path")
_PATH = re.compile(r"[^\x00-\x1f/\\]{1,255}")


def _check_request(body: dict) -> tuple[str, str | None, FixMode, str]:
    """text, language, fix mode and path of a check request, each validated."""
    unknown = [k for k in body if k not in _CHECK_KEYS]
    if unknown:
        raise ApiError(400, f"unknown field {unknown[0]!r}; expected {', '.join(_CHECK_KEYS)}")
    text = body.get("text")
    if not isinstance(text, str):
        raise ApiError(400, 'give the text to check as a string: {"text": "..."}')
    if not text.strip():
        raise ApiError(400, "the text to check is empty")
    _check_unicode("text", text)
    language = body.get("language")
    if language is not None:
        from checker.text.language import NAMED, is_language

        if not isinstance(language, str) or not is_language(language):
            raise ApiError(400, f"invalid language {language!r}; expected one of: {', '.join(NAMED)}, "
                                "or an ISO 639 code")
    fix = body.get("fix", "none")
    if fix is True or fix is False:
        fix = "safe" if fix else "none"
    if fix not in tuple(FixMode):
        raise ApiError(400, f"invalid fix {fix!r}; expected one of: {', '.join(FixMode)}")
    path = body.get("path", "-")
    if not isinstance(path, str) or not _PATH.fullmatch(path):
        raise ApiError(400, "path must be a file name without folders (it names the text's "
                            "format, such as notes.md)")
    _check_unicode("path", path)
    return text, language, FixMode(fix), path


def _check_unicode(name: str, value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ApiError(400, f"{name} holds a lone surrogate at index {exc.start}") from None


def _check(project: Project, text: str, language: str | None, fix: FixMode, path: str) -> dict:
    """The JSON of `check --format json` for one text; with a fix mode, its fixed text too."""
    from checker.report import render

    try:
        findings = project.check_text(text, path=path, language=language)
        fixed = project.fix_text(text, unsafe=fix is FixMode.UNSAFE, path=path,
                                 language=language) if fix is not FixMode.NONE else None
    except NamecheckError as exc:
        raise ApiError(400, "; ".join(str(e) for e in exc.errors)) from None
    document = json.loads(render("json", findings, [], 1))
    if fixed is not None:
        document["fixed_text"] = fixed
    return document


def _translit(text: str, scheme: str | None) -> dict:
    from checker.translit import detect_language, get_scheme, schemes_for, transliterate_all

    if scheme is not None:
        try:
            get_scheme(scheme)
        except KeyError:
            raise ApiError(400, f"unknown scheme {scheme!r}; /api/schemes lists them") from None
        ids = [scheme]
    else:
        ids = schemes_for(detect_language(text))
    results = []
    for sid in ids:
        forms = transliterate_all(text, sid)
        results.append({"scheme": sid, "language": get_scheme(sid).language,
                        "result": forms[0], "forms": forms})
    return {"version": 1, "text": text, "results": results}


def _schemes() -> dict:
    from checker.translit import get_scheme, scheme_ids

    return {"version": 1, "schemes": [
        {"id": s.id, "language": s.language, "kind": s.kind, "name": s.name}
        for s in map(get_scheme, scheme_ids())]}


# -- the page -------------------------------------------------------------------------------------
@cache
def _page() -> str:
    return files("checker.web").joinpath("page.html").read_text(encoding="utf-8")


@cache
def _openapi() -> dict:
    spec = json.loads(files("checker.web").joinpath("openapi.json").read_text(encoding="utf-8"))
    spec["info"]["version"] = __version__
    return spec


def _csp_hashes(html: str, tag: str) -> str:
    bodies = re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S)
    return " ".join("'sha256-{}'".format(base64.b64encode(hashlib.sha256(b.encode("utf-8")).digest())
                                        .decode("ascii")) for b in bodies)


@cache
def _page_headers() -> dict[str, str]:
    """Headers of an HTML page: only its own inline script and style may run, nothing is loaded
    from elsewhere, and no other site may frame it."""
    pages = _page() + _rule_page("NC001")
    csp = ("default-src 'none'; connect-src 'self'; img-src data:; "
           f"script-src {_csp_hashes(pages, 'script')}; style-src {_csp_hashes(pages, 'style')}; "
           "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}


_RULE_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;
color:#1b1f24;background:#fff}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.5 ui-monospace,monospace}
a{color:#0b57d0}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#16181c}a{color:#8ab4f8}}
"""


@cache
def _rule_page(code: str) -> str:
    from checker.rules_docs import rule_page

    rule = RULES[code]
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="icon" href="data:,"><title>{code} {escape(rule.name)} · namecheck</title>'
            f"<style>{_RULE_STYLE}</style></head><body>"
            f'<p><a href="/">← namecheck</a></p><pre>{escape(rule_page(code))}</pre></body></html>')
