"""``newsgraph serve``: the read-only web app and JSON API over a database."""

from __future__ import annotations

from pathlib import Path

import click

from newsgraph.errors import NewsgraphError


@click.command("serve")
@click.option("--db", "db_path", default="newsgraph.db", show_default=True, type=click.Path(path_type=Path),
              help="The database to serve (never written).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default is reachable from this machine only.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve_command(db_path: Path, host: str, port: int) -> None:
    """Serve pages and a JSON API over a newsgraph database.

    \b
    Example:
        newsgraph ingest examples/ --db news.db
        newsgraph serve --db news.db
        # then open http://127.0.0.1:8000/ (API description: /docs, /openapi.json)
    """
    import uvicorn

    from newsgraph.web import create_app

    try:
        app = create_app(db_path)
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from None
    if host not in {"127.0.0.1", "localhost", "::1"}:
        click.echo(f"newsgraph: serving on {host}: reachable from other machines (read-only)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
