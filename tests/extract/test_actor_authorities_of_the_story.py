"""A bare "the authorities" (or another local government role) that nothing in its sentence places is the
government the story named before, when it named one country's only. Sentences written for these tests,
through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _code_of(text: str, mention: str) -> str | None:
    result = extract(text, published="2024-12-01")
    return next((actor.code for actor in result.actors for m in actor.mentions if m.text == mention), None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Georgia's Interior Ministry said 43 people were detained. The president accused the authorities of "
         "brutality.", "GEOGOV"),
        ("Serbia's government declared a day of mourning. Students blamed the authorities for the collapse.",
         "SRBGOV"),
        ("The Kenyan government banned the march. Organisers said the authorities had lied.", "KENGOV"),
    ],
)
def test_the_authorities_are_the_one_government_named_before(text: str, code: str) -> None:
    assert _code_of(text, "authorities") == code


@pytest.mark.parametrize(
    "text",
    [
        # Two governments named: whose authorities is left open.
        "Georgia's government and the Russian government traded charges. Students blamed the authorities.",
        # No government named before.
        "Students marched on Sunday. They blamed the authorities for the collapse.",
    ],
)
def test_no_one_government_before_leaves_them_unplaced(text: str) -> None:
    code = _code_of(text, "authorities")
    assert code is None or code.startswith("---"), code
