"""Acts only supposed in world news are flagged hypothetical (evprec22 round).

A present-tense clause opened by "once" tells of a time to come even when the parse makes "once" an adverb
("once the envoy arrives in Cairo"); what a supposed act would bring about is supposed too, whether told by
a participle after it ("could close the strait, forcing tankers to turn back") or by an infinitive the parse
hangs under it ("which would allow the police to return him"); a yes-no question asks about an act even
after a leading "Or" or a colon ("The question is: did Iran ...?"); what a resolution or motion is for ("a
resolution to punish Damascus") and what a hope or plan is said to be ("the only hope is for Washington to
oppose it") are aims. The same words told as done stay reported.
"""

from __future__ import annotations

import pytest

from event_cases import engine_events


def _hypothetical(engine, text: str, trigger: str) -> list[bool]:  # type: ignore[no-untyped-def]
    return [hypothetical for found, _, _, _, _, hypothetical in engine_events(engine, text) if found == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # "once" opening a present-tense clause: a time yet to come.
        ("The ministry said that once the Egyptian envoy arrives in Israel it will open the talks.", "arrives", True),
        ("Once Iran withdraws its troops, Iraq will free the prisoners.", "withdraws", True),
        # In the past, or inside the clause ("once visited"), it tells what happened.
        ("Once Iran withdrew its troops, Iraq attacked Kuwait.", "withdrew", False),
        ("Egyptian envoy Amr Salem once visited Israel.", "visited", False),
        # A consequence of a supposed act.
        ("Iran could also close the Strait of Hormuz, forcing Saudi Arabia to halt its exports.", "forcing", True),
        ("Iran closed the Strait of Hormuz, forcing Saudi Arabia to halt its exports.", "forcing", False),
        ("The ruling would allow Spanish police to arrest Pinochet and eventually extradite him to Spain.",
         "extradite", True),
        ("The ruling allowed Spanish police to arrest Pinochet and eventually extradite him to Spain.",
         "extradite", False),
        # A yes-no question after a leading conjunction or a colon.
        ("Or has Turkey promised aid to the Syrian rebels?", "promised", True),
        ("The question now is: did Iran attack the Saudi tanker?", "attack", True),
        ("Turkey has promised aid to the Syrian rebels.", "promised", False),
        ("The record is plain: Iran attacked the Saudi tanker.", "attacked", False),
        # What a resolution or motion is for, and what a hope or plan is said to be, has not happened.
        ("Britain and France drafted a resolution to punish Damascus for the chemical attacks.", "punish", True),
        ("The only hope is for Washington to oppose the Russian plan.", "oppose", True),
        ("The problem is that Russia attacked Ukraine.", "attacked", False),
    ],
)
def test_supposed_acts_are_hypothetical(engine, text: str, trigger: str, hypothetical: bool) -> None:  # type: ignore[no-untyped-def]
    flags = _hypothetical(engine, text, trigger)
    assert flags and all(flag is hypothetical for flag in flags)
