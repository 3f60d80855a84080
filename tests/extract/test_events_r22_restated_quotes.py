"""A statement reported and then quoted is one act (evprec22 round).

"Albright promised to find the bombers. 'We promise that we will find them,' she said" tells one
promise: the quoted act with the code and the source of an act told just before it, and no other target,
codes nothing more. A quoted act of another code, or aimed at another party, is an act of its own, and so
is the same act told again far later in the story.
"""

from __future__ import annotations

import pytest

from event_cases import engine_events


def _events(engine, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(found, code) for found, code, _, _, _, _ in engine_events(engine, text, published="1998-08-18")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Albright promised on Monday to find the men behind the bombing. "We promise that we will find them," '
         'she told the staff in Nairobi.', [("promised", "030")]),
        ("Ghana deplored on Sunday the car bomb near the French embassy in Lagos. "
         '"The Ghanaian government deplores this cowardly act against the French embassy," the ministry said.',
         [("deplored", "111")]),
        # Another code, or another target, in the quote: acts of their own.
        ('Iran condemned the Israeli raid on Monday. "We will retaliate against Israel," the Iranian foreign '
         "minister said.", [("condemned", "111"), ("retaliate", "1384")]),
        ('Iran condemned the Israeli raid on Monday. "We condemn the sanctions on Syria," the Iranian foreign '
         "minister said.", [("condemned", "111"), ("condemn", "111")]),
        # Told again three sentences later: no longer the statement just reported.
        ("Iran condemned the Israeli raid on Monday. The raid hit a depot near Damascus. Markets fell. "
         'Oil rose sharply. "We condemn this aggression," the Iranian foreign minister said.',
         [("condemned", "111"), ("condemn", "111")]),
    ],
)
def test_a_quoted_restatement_is_one_act(engine, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = _events(engine, text)
    assert [(trigger, code[: len(want)]) for (trigger, code), (_, want) in zip(found, expected)] == expected
    assert len(found) == len(expected)
