"""One error shape for every failure of the API: ``{ok, error, status, errors}``."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException


def error_body(status: int, error: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The body every failing request gets, whatever failed."""
    return {"ok": False, "error": error, "status": status, "errors": errors or []}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def _respond(request: Request, status: int, error: str, errors: list[dict[str, Any]] | None = None) -> Any:
    if _wants_html(request):
        from html import escape

        page = f"<!doctype html><title>{status}</title><h1>{status}</h1><p class=error>{escape(error)}</p>"
        return HTMLResponse(page, status_code=status)
    return JSONResponse(error_body(status, error, errors), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Route HTTP errors, validation errors and crashes through the one shape."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        return _respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Any:
        errors = [
            {"location": ".".join(str(part) for part in err.get("loc", ())), "message": str(err.get("msg", ""))}
            for err in exc.errors()
        ]
        return _respond(request, 400, "invalid request parameters", errors)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Any:
        # Never leak a traceback or a file path to the client.
        return _respond(request, 500, f"internal error ({type(exc).__name__})")
