"""Aid that arrives is given by its "from" party to where it arrives; the aid itself visits nobody.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import PUBLISHED, typed_events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Food aid from Japan arrived in Gaza on Monday.", "JPNGOV", "PSEGOV"),
        ("Emergency aid from the European Union reached Gaza.", "IGOEUREEC", "PSEGOV"),
        ("Medical aid from Turkey landed in Tripoli on Friday.", "TURGOV", "LBY"),
    ],
)
def test_aid_goes_where_it_arrives(text: str, source: str, target: str) -> None:
    events = typed_events(text, PUBLISHED)
    assert any(code[:2] == "07" and (got_source, got_target[:3]) == (source, target[:3])
               for _, code, got_source, got_target in events if got_target)
    assert not any(code[:3] == "042" for _, code, _, _ in events)


def test_people_who_arrive_still_visit() -> None:
    events = typed_events("The Japanese delegation arrived in Gaza on Monday.", PUBLISHED)
    assert ("042", "JPN") in {(code, (source or "")[:3]) for _, code, source, _ in events}
