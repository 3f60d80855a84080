"""Past forms the tagger gives no dictionary lemma still code their verb's event ("retook" is its own
lemma, though "retaken" is "retake"), with the same exceptions. Sentences written for these tests,
through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import typed_events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Sudan's army retook the presidential palace from the Rapid Support Forces.",
            ("ASSAULT", "190", "SDNMIL", "SDNREB"),
        ),
        ("Myanmar's army retook the border town from the Arakan Army.", ("ASSAULT", "190", "MMRMIL", "MMRREB")),
    ],
)
def test_retook_is_retaking(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in typed_events(text, "2024-06-01")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan runner retook the lead on the final lap.",
        "Sudanese students retook the exam in June.",
    ],
)
def test_retaking_a_lead_or_an_exam_is_no_assault(text: str) -> None:
    assert not any(plover == "ASSAULT" for plover, _, _, _ in typed_events(text, "2024-06-01"))
