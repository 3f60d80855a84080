"""World-news uses of event words that report no act between parties, or one that did not happen: help given
against someone, deaths in an accident, harm to nobody, an act only asked for."""

from __future__ import annotations

from newsgraph.records import RawDocument


def _events(engine, text: str) -> list[tuple[str, str | None, bool, bool]]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="1998-03-02")]))
    return [
        (event.trigger.text, event.target.code if event.target else None, event.negated, event.hypothetical)
        for event in result.events
    ]


def test_help_against_someone_is_no_aid_to_them(engine) -> None:  # type: ignore[no-untyped-def]
    found = _events(engine, "Egypt sent advisers to help defeat the Sudanese rebels.")
    assert [event for event in found if event[0] == "help"] == [], found


def test_deaths_in_an_accident_are_no_attack(engine) -> None:  # type: ignore[no-untyped-def]
    text = "Forty Turkish soldiers were killed last May when two army helicopters crashed in the mountains."
    assert [event for event in _events(engine, text) if event[0] == "killed"] == []
    # an attack told in the clause is still one
    ambush = "Forty Turkish soldiers were killed when rebels ambushed their convoy."
    assert any(word == "killed" for word, *_ in _events(engine, ambush))


def test_harm_to_nobody_is_denied(engine) -> None:  # type: ignore[no-untyped-def]
    found = _events(engine, "Two Canadian doctors were shot at in 1995. None of the Canadian doctors was killed.")
    assert [negated for word, _, negated, _ in found if word == "killed"] == [True]
    assert [negated for word, _, negated, _ in found if word == "shot"] == [False]


def test_an_act_asked_for_is_hypothetical(engine) -> None:  # type: ignore[no-untyped-def]
    found = _events(engine, "The motion calls for Syria's complete withdrawal from the Bekaa valley.")
    assert [hypothetical for word, *_, hypothetical in found if word == "withdrawal"] == [True]
    done = _events(engine, "Syria's withdrawal from the Bekaa valley was completed on Monday.")
    assert [hypothetical for word, *_, hypothetical in done if word == "withdrawal"] == [False]


def test_an_investigation_of_an_attack_is_aimed_at_its_attackers(engine) -> None:  # type: ignore[no-untyped-def]
    text = "The FBI joined Canadian police to investigate a series of sniper shootings of doctors in Ontario."
    assert [target for word, target, *_ in _events(engine, text) if word == "investigate"] == [None]
    named = "Kenyan police are investigating the bombing of a Kenyan bank by Islamic militants."
    assert [target for word, target, *_ in _events(engine, named) if word == "investigating"] == ["---UAF"]
