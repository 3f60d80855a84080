"""One person's bare agreement is a view shared, an ask that asks for nothing is a question, and one speaker
discussing a topic with nobody named consults nobody: no events."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _triggers(engine, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2016-03-02")]))
    return [event.trigger.text for event in result.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Ana Ruiz agreed, praising the governor's budget as bold.", "agreed"),
        ("Professor Dana Whitlow of Ohio State agreed.", "agreed"),
        ('"Lena Brooks will carry the county," adviser Paul Dorsey conceded in an interview.', "conceded"),
        ('Anchor Lena Brooks asked, "Will you sign the farm pledge before Friday?"', "asked"),
        ("Anchor Lena Brooks asked Senator Ana Ruiz if the governor would resign.", "asked"),
        ('"You voted against the farm bill twice," Brooks asked Senator Ana Ruiz. "Why?"', "asked"),
        ("Reporters questioned Governor Tom Hale about the new visa rules.", "questioned"),
    ],
)
def test_no_event(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in _triggers(engine, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia and Turkey agreed.", "agreed"),
        ("Iran agreed with Russia on a ceasefire.", "agreed"),
        ("Senator Ana Ruiz asked Iran to free the sailors.", "asked"),
        ('Governor Tom Hale asked the two rivals "please reconsider" the plan.', "asked"),
        ("Senator Ana Ruiz questioned the governor's judgment.", "questioned"),
    ],
)
def test_still_an_event(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in _triggers(engine, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The senator is seen discussing her own plan to cut imports from China.", False),
        ("The former envoy also discussed the differences between the two senators.", False),
        ("Putin and Erdogan discussed Syria on Monday.", True),
        ("Albright discussed the peace process with Arafat.", True),
        ("Secretary of State John Kerry discussed the crisis with Russian officials.", True),
    ],
)
def test_a_topic_discussed_alone(engine, text: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(trigger.startswith("discuss") for trigger in _triggers(engine, text)) is kept
