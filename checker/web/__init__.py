"""`namecheck serve`: a look-up and check page and an HTTP API over the library.

Needs the `web` extra (Starlette and uvicorn): `pip install 'namecheck[web]'`.

    from checker import Project
    from checker.web import create_app
    app = create_app(Project.load())      # an ASGI application: GET /, /api/lookup?q=..., ...
"""
from __future__ import annotations

from checker.web.app import ApiError, Limits, create_app

__all__ = ["ApiError", "Limits", "create_app"]
