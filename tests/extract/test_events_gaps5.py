"""Event gaps found on fresh sentences, fifth round: extradition sought or requested (an appeal or a demand for
judicial cooperation, not the extradition itself), support withdrawn from a plan or a government,
reaching out to a party, votes cast for or against a resolution,
what a party is pressed to do (asked, not done), a vow to continue an act (one event, not two),
troops sent as part of a force (protection, no threat), hyphenated protest nouns in the plural.
Each sentence was written for these tests. Run through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract

PUBLISHED = "2001-05-02"

# (text, CAMEO code or root the event starts with, source code, target code): one event must match all three.
CASES = [
    ("Spain sought the extradition of the former general from Chile.", "0213", "ESPGOV", "CHLGOV"),
    ("Spain is seeking the general's extradition from Britain.", "0213", "ESPGOV", "GBRGOV"),
    ("Britain requested the extradition of the banker from Peru.", "0213", "GBRGOV", "PERGOV"),
    ("Italy demanded the extradition of the smuggler from Albania.", "1013", "ITAGOV", "ALBGOV"),
    ("Spain pressed Britain for the extradition of the general.", "1013", "ESPGOV", "GBRGOV"),
    ("Spain sent an extradition request to Britain.", "0213", "ESPGOV", "GBRGOV"),
    ("France withdrew its support for the plan.", "160", "FRAGOV", None),
    ("France withdrew its support for the Lebanese government.", "160", "FRAGOV", "LBNGOV"),
    ("Germany withdrew its backing for the resolution.", "160", "DEUGOV", None),
    ("The president reached out to the opposition.", "040", "---GOV", "---OPP"),
    ("Iran reached out to the United States through Swiss diplomats.", "040", "IRNGOV", "USAGOV"),
    ("Russia voted against the resolution at the UN General Assembly.", "120", "RUSGOV", "IGOUNO"),
    ("China voted for the resolution sponsored by France.", "051", "CHNGOV", "FRAGOV"),
    # pressure from a named party to sign: a demand for policy support, the signing not done
    ("Israel came under heavy pressure from Washington to sign the treaty.", "102", "USAGOV", "ISRGOV"),
    ("The rebels vowed to continue fighting.", "138", "---REB", None),
    ("The government pledged to continue negotiating with the rebels.", "036", "---GOV", "---REB"),
    # troops sent as part of a force protect; announced, an intent to
    ("Germany will send troops to Kosovo as part of the NATO peacekeeping force.", "0334", "DEUGOV", "XKXGOV"),
    ("Germany sent 3,000 soldiers to Kosovo as part of the NATO-led force.", "074", "DEUGOV", "XKXGOV"),
    # a hyphenated protest noun in the plural
    ("Students staged sit-ins at three universities.", "141", "---EDU", None),
    ("Hundreds of workers staged walk-outs at two plants.", "143", "---LAB", None),
]

# (text, CAMEO code or root no event of the sentence may start with)
ABSENT = [
    # the extradition is asked for, not done
    ("Spain sought the extradition of the former general from Chile.", "063"),
    # a candidate's support withdrawn stays no event
    ("The senator withdrew his early support for the governor.", "16"),
    # reaching out to voters is campaigning; a vote on a bill with nobody named codes nothing
    ("The senator reached out to Hispanic voters.", "04"),
    ("Most Democrats voted for the bill.", "05"),
    # what one is pressed to do is not done
    ("Israel came under pressure to sign the treaty.", "057"),
    ("Israel came under heavy pressure from Washington to sign the treaty.", "057"),
    ("Israel was under pressure to attack Syria.", "19"),
    # a vow to carry on an act is no second event of agreement
    ("The rebels vowed to continue fighting.", "03"),
    ("The rebels vowed to keep fighting.", "03"),
    ("Germany will send troops to Kosovo as part of the NATO peacekeeping force.", "13"),
]


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    result = extract(text, published=PUBLISHED)
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in result.events]


@pytest.mark.parametrize(("text", "code", "source", "target"), CASES)
def test_event_coded(text: str, code: str, source: str | None, target: str | None) -> None:
    events = _events(text)
    assert any(
        cameo.startswith(code) and got_source == source and got_target == target
        for cameo, got_source, got_target in events
    ), events


@pytest.mark.parametrize(("text", "code"), ABSENT)
def test_event_absent(text: str, code: str) -> None:
    events = _events(text)
    assert not any(cameo.startswith(code) for cameo, _, _ in events), events
