"""Request-scoped access to the database and the shared query parameters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import AfterValidator

from newsgraph.store import Store
from newsgraph.store.days import BOUND_FORMS, normal_bound
from newsgraph.web._paging import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page

MAX_FILTER_CHARS = 200


def open_store(request: Request) -> Iterator[Store]:
    """A read-only connection for one request (SQLite opens in well under a millisecond)."""
    store = Store.open(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


def page_params(
    page: Annotated[int, Query(ge=1, le=100_000, description="1-based page number")] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"items per page, at most {MAX_PAGE_SIZE}")] = (
        DEFAULT_PAGE_SIZE
    ),
) -> Page:
    return Page(number=page, size=per_page)


StoreDep = Annotated[Store, Depends(open_store)]
PageDep = Annotated[Page, Depends(page_params)]
Text = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS)]


def day_or_period(value: str | None) -> str | None:
    """A day, or a period as events are dated (week, weekend, month, quarter, half, season, year): what the store
    reads as a ``since``/``until`` bound, from the period's first or to its last day. A day comes back in its
    extended ISO form, as the CLI gives it."""
    if value is None:
        return None
    bound = normal_bound(value)
    if bound is None:
        raise ValueError(f"not {BOUND_FORMS}")
    return bound


Date = Annotated[
    str | None,
    Query(max_length=16, description="YYYY-MM-DD, or a period: YYYY-Www, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-SU, YYYY"),
    AfterValidator(day_or_period),
]
