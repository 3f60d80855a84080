"""With people as its object, a site phrase ("outside parliament") says where an act happened, not to whom."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _targets(engine, text: str, trigger: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2024-05-12")]))
    return [event.target.text if event.target else None for event in result.events if event.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Police detained at least 20 people outside parliament.", "detained", None),
        ("Soldiers arrested two students near the ministry.", "arrested", "two students"),
        # with nobody acted upon named, the site still names its owner
        ("A bomb exploded outside the embassy of Turkey.", "exploded", "embassy of Turkey"),
    ],
)
def test_a_site_is_no_target_of_an_act_on_people(  # type: ignore[no-untyped-def]
    engine, text: str, trigger: str, target: str | None
) -> None:
    assert _targets(engine, text, trigger) == [target]
