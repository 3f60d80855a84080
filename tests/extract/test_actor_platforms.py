"""Social networks the tagger takes for people are never a person: a pronoun after "said on Twitter"
stands for the speaker (a network the tagger calls an organisation may still act, as a firm). Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


@pytest.mark.parametrize("platform", ["Twitter", "Telegram", "Facebook"])
def test_a_pronoun_after_a_platform_stands_for_the_speaker(platform: str) -> None:
    text = (
        f"Kenya's trade minister, Amina Odhiambo, said on {platform} that the talks had gone well, "
        "but she accused Uganda of blocking trucks at the border."
    )
    result = extract(text, published="2024-03-04")
    pronoun = next(actor for actor in result.actors if any(mention.text == "she" for mention in actor.mentions))
    assert pronoun.code == "KENGOV"
    assert all(mention.text != platform for mention in pronoun.mentions)
