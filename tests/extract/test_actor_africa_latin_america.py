"""Actors of election, court and protest stories from Africa and Latin America: opposition candidates, a
constitutional council, a body named again without its country ("police", "parliament", "the court",
"Authorities"), and a junta whose acts deal with another country. Sentences written for these tests, through the
whole pipeline."""

from __future__ import annotations

import pytest

from tests.actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # An opposition candidate runs against the party in power: the opposition of the story's country.
        (
            "ACCRA, Dec 4 (Reuters) - Ghana's electoral commission said counting was under way on Wednesday. "
            "Ghanaian police guarded polling stations. Opposition candidate Kofi Mensah-Boateng said Ghana "
            "deserved a fair count.",
            "Kofi Mensah-Boateng",
            "GHAOPP",
        ),
        (
            "Peru's electoral jury delayed the results on Monday. Peruvian lawmakers met in Lima. "
            "Opposition candidate Rosa Quispe Mamani said the delay was unlawful.",
            "Rosa Quispe Mamani",
            "PEROPP",
        ),
        # The constitutional council of the French tradition is a state's court.
        (
            "Senegal's Constitutional Council on Monday rejected the appeal of two candidates.",
            "Senegal's Constitutional Council",
            "SENJUD",
        ),
        (
            "Guinea's Constitutional Council confirmed the results on Friday.",
            "Guinea's Constitutional Council",
            "GINJUD",
        ),
        # A body named again with no article at all, as police and parliament often are, is the one named before.
        (
            "Zambian police fired tear gas at marchers in Lusaka on Friday. Witnesses said police beat several "
            "students.",
            "police",
            "ZMBCOP",
        ),
        (
            "Crowds stormed Uganda's parliament on Monday. Speakers said parliament would sit again on Thursday.",
            "parliament",
            "UGALEG",
        ),
        # "Authorities" with no article, as "the authorities", are the government of the one country named before.
        (
            "DAKAR, Feb 16 (Reuters) - Senegal's president postponed the vote on Saturday. Crowds marched in Dakar. "
            "Authorities cut mobile internet access on Sunday.",
            "Authorities",
            "SENGOV",
        ),
        # "accused the court of bias": the charge hangs on the court, which is still the court named before.
        (
            "Bolivia's constitutional court on Monday barred the former president from the race. "
            "His party accused the court of bias.",
            "court",
            "BOLJUD",
        ),
    ],
)
def test_a_role_takes_the_country_the_story_gives_it(text: str, mention: str, code: str) -> None:
    assert mention_codes(text)[mention] == code


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # Two countries' police were named before: a bare "police" is neither's.
        (
            "Zambian police and Malawian police met at the border on Friday. Witnesses said police beat several "
            "traders.",
            "police",
        ),
        # Another country's police named before, but this sentence's city is elsewhere: not theirs.
        (
            "ISTANBUL (AP) - Some 1,000 Kurds marched in Istanbul, protesting killings by Iraqi police in Kirkuk. "
            "The police stopped the crowd near the Iraqi consulate in Istanbul.",
            "police",
        ),
        # Two countries named before: bare "Authorities" are neither's.
        ("Ministers of Chad and of Niger met on Monday. Authorities cut mobile internet access.", "Authorities"),
        # The country a junta's acts deal with, through a second verb with no subject of its own, is not its own.
        (
            "The junta revoked its defence pact with France and ordered the French ambassador to leave.",
            "junta",
        ),
        # "an army" may be another one than the army named before.
        (
            "Sudan's army rejected the plan on Monday. Residents said an army unit had left the town.",
            "army unit",
        ),
    ],
)
def test_a_role_the_story_does_not_place_stays_unplaced(text: str, mention: str) -> None:
    assert (mention_codes(text).get(mention) or "---")[:3] == "---"
