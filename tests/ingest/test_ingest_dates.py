"""Input publication dates normalised to ISO; unreadable ones dropped, never fatal."""

from __future__ import annotations

import pytest

from newsgraph.ingest._dates import normalise_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-01-19", "2017-01-19"),
        ("2017-01-19T10:30:00Z", "2017-01-19"),
        ("2017-01-19 10:30", "2017-01-19"),
        ("2017/01/19", "2017-01-19"),
        ("19 January 2017", "2017-01-19"),
        ("Jan 19, 2017", "2017-01-19"),
        ("Thu, 19 Jan 2017 10:30:00 GMT", "2017-01-19"),
        ("  2017-01-19  ", "2017-01-19"),
        ("2017-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20170119, None),
    ],
)
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected
