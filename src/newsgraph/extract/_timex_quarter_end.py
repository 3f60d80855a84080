"""A quarter named by the day it ended: "the quarter ended July 31" is the calendar quarter holding most of it.

Companies whose fiscal year is not the calendar year report "the quarter ended
July 31" (May to July), which is mostly the second calendar quarter, not the
third that July opens. A story that named the quarter first ("its fiscal
first quarter") keeps the company's count, which the caller settles.
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.extract._timex_arith import year_for_month
from newsgraph.extract._timex_grammar import lexicon

_ENDED = re.compile(r"\s+(ended|ending)\s+([a-z]+)\.?\s+(\d{1,2})\b(?:,?\s+((?:19|20)\d\d)\b)?")
# A quarter of thirteen weeks may end a few days into a month ("ended Oct. 1"): its last full month is the one before.
_FIRST_DAYS = 7


def quarter_ended(after: str, anchor: date | None) -> str | None:
    """The quarter ("1989-Q2") that "the quarter" followed by ``after`` (" ended July 31, ...") names, if the
    text says when it ended; None otherwise."""
    match = _ENDED.match(after.lower())
    months: dict[str, int] = lexicon()["months"]
    if match is None or match.group(2) not in months:
        return None
    month, day = int(months[match.group(2)]), int(match.group(3))
    if not 1 <= day <= 31:
        return None
    if match.group(4):
        year = int(match.group(4))
    elif anchor is None:
        return None
    else:
        # "ended" looks back; "ending Dec. 31" written in November is still to come
        year = year_for_month(anchor, month, day, -1 if match.group(1) == "ended" else 0)
    last_full = month - 1 if day <= _FIRST_DAYS else month
    # Of the three months up to the end, the middle one lies in the calendar quarter that holds two of them.
    middle = last_full - 1
    if middle < 1:
        year, middle = year - 1, middle + 12
    return f"{year:04d}-Q{(middle - 1) // 3 + 1}"
