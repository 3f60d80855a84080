"""A party put on a blacklist is sanctioned: "added 37 firms to its export blacklist", "put eight firms on a
trade blacklist". A list of anything else names nobody sanctioned. Sentences written for these tests, through
the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import assert_codes_as, plover_types

PUBLISHED = "2024-06-01"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The United States added 37 Chinese companies to its export control blacklist.", "USAGOV", "CHNBUS"),
        ("Washington put eight Iranian firms on a trade blacklist on Tuesday.", "USAGOV", "IRNBUS"),
        ("Moscow placed two British lawmakers on its blacklist.", "RUSGOV", "GBRLEG"),
    ],
)
def test_a_party_put_on_a_blacklist_is_sanctioned(text: str, source: str, target: str) -> None:
    assert_codes_as(text, PUBLISHED, "SANCTION", "16", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Organisers added three speakers to the list.",
        "She added the song to her playlist.",
        "The ministry added two new names to the guest list.",
    ],
)
def test_other_lists_sanction_nobody(text: str) -> None:
    assert "SANCTION" not in plover_types(text, PUBLISHED)
