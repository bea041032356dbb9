"""`namecheck serve`: the look-up and check page and the HTTP API, on a local port."""
from __future__ import annotations

import argparse
import socket
from typing import TextIO

from checker.errors import InputError, NamecheckError, os_message

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
_WARM_UP = "Nikolai visited Minsk and Mogilev."


def add_serve_arguments(p: argparse.ArgumentParser) -> None:
    """serve's options, and those every command shares."""
    from checker.cli_options import add_project_arguments

    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT,
                   help=f"port to listen on (default {DEFAULT_PORT}; 0: any free port)")
    add_project_arguments(p)


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"invalid port {text!r}; expected 0 to 65535")
    return int(text)


def cmd_serve(args: argparse.Namespace, err: TextIO) -> int:
    """Serve until Ctrl-C or SIGTERM (which end the run as they end every command)."""
    try:
        import uvicorn

        from checker.web import create_app
    except ImportError as exc:
        raise NamecheckError(InputError("namecheck", f"serve needs the web extra ({exc.name} is "
                                        "not installed): pip install 'namecheck[web]'")) from None
    from checker.cli_options import project_from_args

    project = project_from_args(args)
    project.matcher  # noqa: B018 (a glossary error ends the command before anything listens)
    project.check_text(_WARM_UP)   # the checker's data is read now, not in the first request
    sock = _listen(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    err.write(f"namecheck: serving on http://{shown}:{port}/ (Ctrl-C to stop)\n")
    err.flush()
    config = uvicorn.Config(create_app(project), http="h11", ws="none", lifespan="on",
                            log_level="warning", access_log=False, server_header=False,
                            limit_concurrency=200, timeout_keep_alive=5)
    server = uvicorn.Server(config)
    with sock:
        server.run(sockets=[sock])
    return 0


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port and listening, or an error that says why not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise NamecheckError(InputError("namecheck", f"cannot listen on {host}: {exc.strerror}")) from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise NamecheckError(InputError("namecheck", f"cannot listen on {host}:{port}: "
                                        f"{os_message(exc)}")) from None
    sock.set_inheritable(True)
    return sock
