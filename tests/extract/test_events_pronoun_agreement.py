"""A pronoun stands for a subject it agrees with: "it" is no person, "they" no single thing, "he" no country."""

from __future__ import annotations

from newsgraph.records import RawDocument


def _events(engine, text: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="1998-03-02")]))
    return [(event.trigger.text, event.source.code, event.source.text) for event in result.events]


def test_it_is_no_person(engine) -> None:  # type: ignore[no-untyped-def]
    found = _events(engine, "President Clinton promised Kenya new loans if it cooperates with the inquiry.")
    assert [code for word, code, _ in found if word == "cooperates"] == []


def test_they_is_no_single_thing(engine) -> None:  # type: ignore[no-untyped-def]
    text = "After the Kenyan government's ruling came out on Monday, they vowed to appeal it."
    assert [code for word, code, _ in _events(engine, text) if word == "appeal"] == []


def test_agreeing_antecedents_still_resolve(engine) -> None:  # type: ignore[no-untyped-def]
    assert ("cooperates", "EGYGOV", "it") in _events(
        engine, "President Clinton said Egypt would get more aid if it cooperates with Israel."
    )
    assert ("meet", "RUSGOV", "they") in _events(engine, "Russian officials said they would meet Ukraine's president.")
    assert ("visit", "EGYGOV", "he") in _events(engine, "The Egyptian foreign minister said he would visit Israel.")


def test_they_stands_for_every_member_of_a_coordinated_subject(engine) -> None:  # type: ignore[no-untyped-def]
    # One event per member, as when the coordinated subject acts itself.
    text = "Norway and Qatar, which hosted earlier rounds, said they would resume mediation in May."
    assert {code for word, code, _ in _events(engine, text) if word == "mediation"} == {"NORGOV", "QATGOV"}
    text = "Chile and Peru welcomed the deal, and they urged Bolivia to sign it."
    assert {code for word, code, _ in _events(engine, text) if word == "urged"} == {"CHLGOV", "PERGOV"}
    # "it" stays the one antecedent.
    text = "Chile and Peru met in Lima, and Bolivia said it would join them."
    assert {code for word, code, _ in _events(engine, text) if word == "join"} <= {"BOLGOV"}
