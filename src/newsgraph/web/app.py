"""Build the ASGI app over one database: read-only, JSON API under /api, pages elsewhere."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from newsgraph import __version__
from newsgraph.errors import Code, ConfigError
from newsgraph.web import api, pages
from newsgraph.web._errors import install_error_handlers

STATIC = Path(__file__).parent / "static"


def create_app(db_path: str | Path) -> FastAPI:
    """The web app over the database at ``db_path``, which must exist (it is never created or written)."""
    path = Path(db_path)
    if not path.is_file():
        raise ConfigError(Code.BAD_SETTING, f"no newsgraph database at {path} (build one with `newsgraph ingest`)")
    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Read-only API over a newsgraph database: who said and did what to whom, with evidence spans.",
    )
    app.state.db_path = str(path.resolve())
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    # Only the package's own static folder is served; StaticFiles refuses paths that leave it.
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
