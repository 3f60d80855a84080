"""A council or commission named again by its common noun is the body named before ("The U.N. Security Council
... the council"), also when another organisation was named in between, and also as the accused whose charge
the parser hangs on it ("accused the council of bias"). Sentences written for these tests, through the whole
pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _code_of(text: str, mention: str) -> str | None:
    result = extract(text, published="2024-01-01")
    return next((actor.code for actor in result.actors for m in actor.mentions if m.text == mention), None)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The U.N. Security Council demanded a ceasefire. Russia said the council had failed.", "council", "IGOUNO"),
        ("The U.N. Security Council demanded a ceasefire in Sudan. The RSF rejected the demand and accused the "
         "council of bias.", "council", "IGOUNO"),
        ("The Security Council met on Friday. Hamas and Israel ignored the council.", "council", "IGOUNO"),
        ("The European Commission fined Google. Alphabet said the commission was wrong.", "commission", "IGOEUREEC"),
        ("The Gulf Cooperation Council met in Riyadh. Iran dismissed the council as irrelevant.", "council",
         "IGOGCC"),
    ],
)
def test_the_body_named_again(text: str, mention: str, code: str) -> None:
    assert _code_of(text, mention) == code


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A council of its own.
        ("The U.N. Security Council met. The city council voted on the budget.", "city council"),
        ("The European Commission fined Google. A national commission of inquiry was set up.", "commission"),
    ],
)
def test_another_council_is_not_the_body(text: str, mention: str) -> None:
    assert _code_of(text, mention) not in ("IGOUNO", "IGOEUREEC")
