"""The web layer: a read-only ASGI app over a newsgraph database (JSON API and pages).

No spaCy here: serving a database needs no model.
"""

from newsgraph.web.app import create_app

__all__ = ["create_app"]
