"""Two people of one code are still two sides: the target of a standalone event is kept.

CAMEO drops a dyad whose two codes are equal (a country acting on itself). Two named people of one country and
sector ("Hillary Clinton criticized Donald Trump", both USAELI) are different actors, and an event that can
stand without a target would otherwise lose whom it was done to.
"""

from __future__ import annotations

import pytest

from newsgraph.process import extract

PUBLISHED = "2016-05-03"


def _dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    """(trigger, source text, target text) of each event of ``text``."""
    return {
        (event.trigger.text, event.source.text if event.source else None, event.target.text if event.target else None)
        for event in extract(text, published=PUBLISHED).events
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Hillary Clinton criticized Donald Trump on Tuesday.", ("criticized", "Hillary Clinton", "Donald Trump")),
        ("Donald Trump accused Hillary Clinton of hypocrisy.", ("accused", "Donald Trump", "Hillary Clinton")),
        ("Senator Ted Cruz attacked Senator Marco Rubio over immigration.", ("attacked", "Ted Cruz", "Marco Rubio")),
        ("Bernie Sanders praised Senator Elizabeth Warren at the rally in Iowa.",
         ("praised", "Bernie Sanders", "Elizabeth Warren")),
        ("President Barack Obama criticized John Kerry for the delay.", ("criticized", "Barack Obama", "John Kerry")),
        ("Vladimir Putin praised Sergei Lavrov for his work.", ("praised", "Vladimir Putin", "Sergei Lavrov")),
    ],
)
def test_two_people_of_one_code_keep_the_target(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A country's office acting on its own government is one side.
        ("The Russian foreign ministry criticized the Kremlin on Tuesday.", "criticized"),
        # One person named twice is not two sides.
        ("Hillary Clinton criticized Clinton's own campaign staff.", "criticized"),
    ],
)
def test_one_side_keeps_no_target_of_its_own_code(text: str, trigger: str) -> None:
    events = [event for event in extract(text, published=PUBLISHED).events if event.trigger.text == trigger]
    assert all(
        event.target is None or event.source is None or event.target.code != event.source.code for event in events
    ), events
