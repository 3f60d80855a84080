"""Event coverage, fourth round: general constructions behind coding errors, each proved on sentences of its own
written for these tests (other verbs of the class, other parties, other syntax). Run through the whole pipeline.

- what a protest is against when only its purpose phrase says it ("marched in protest at X's decision");
- an authority's order that shuts a body down or sends people away ("ordered the paper to cease publication");
- a hyphenated "re-" verb as the verb done again ("re-deployed troops");
- ties made, mended or cut by two coordinated states, with each other;
- a crowd that storms a building (a violent protest) or occupies it (a sit-in);
- an attack a state or an armed party readies but has not made ("prepared to resume shelling": a show of force);
- a reported act the speaker rules out ("said lifting the embargo on Cuba was out of the question");
- a border opened to refugees (refuge) and armed units arriving (a deployment, no visit);
- intelligence pooled or swapped, cooperation extended or deepened.
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, plover_types
from newsgraph.process import extract

PUBLISHED = "2001-03-15"
# Rows with an ANY party: the type and the other party are right, that one is no concern of the row.

CASES = [
    # A protest's aim told by its purpose phrase, on verbs and on nouns.
    (
        "Thousands of dockers marched through Lisbon in protest against the government's pension reform.",
        "PROTEST", "14", ANY, "PRTGOV",
    ),
    (
        "Kurdish exiles demonstrated in Paris in protest at Turkey's bombing of villages.",
        "PROTEST", "14", ANY, "TURGOV",
    ),
    ("Fishermen blocked the harbour in protest over Norway's new quota rules.", "PROTEST", "14", ANY, "NORGOV"),
    ("Taxi drivers rallied in Manila to protest the government's fuel tax.", "PROTEST", "14", "PHLLAB", "PHLGOV"),
    (
        "Tibetan monks staged a sit-in in protest of China's detention of their abbot.",
        "PROTEST", "14", ANY, "CHNGOV",
    ),
    (
        "Jailed dissidents began a hunger strike in protest against Cuba's refusal to free them.",
        "PROTEST", "14", ANY, "CUBGOV",
    ),
    # An authority's order that shuts a body down or sends people away.
    ("The junta ordered the independent radio station to shut down.", "COERCE", "17", "---MIL", "---MED"),
    (
        "The interior ministry ordered the opposition newspaper to cease publication.",
        "COERCE", "17", "---GOV", "---MED",
    ),
    ("Tehran ordered the reformist party to disband.", "COERCE", "17", "IRNGOV", ANY),
    ("The army ordered foreign journalists to leave the border region.", "COERCE", "17", "---MIL", "---MED"),
    ("The Sudanese government ordered aid workers to leave Darfur.", "COERCE", "17", "SDNGOV", ANY),
    # A crowd storming a building protests violently; occupying one, it sits in (obstructs).
    ("Protesters stormed the French embassy in Bamako.", "PROTEST", "14", ANY, "FRAGOV"),
    ("Hundreds of demonstrators occupied the town hall in Oaxaca.", "PROTEST", "14", ANY, ANY),
    ("Angry protesters attacked the governor's office in Basra.", "PROTEST", "14", ANY, ANY),
    ("Rebels occupied the airport at Kindu.", "COERCE", "19", "---REB", ANY),
    ("Special forces stormed the hijacked airliner.", "ASSAULT", "19", "---MIL", ANY),
    # Force readied by a state or an armed party, not yet used, shows force.
    ("The Ethiopian army was preparing to launch an offensive against the rebels.", "MOBILIZE", "15", "ETHMIL", ANY),
    ("Government troops were poised to storm the guerrilla base.", "MOBILIZE", "15", "---MIL", ANY),
    ("Pakistan is gearing up to resume air raids on militant hideouts.", "MOBILIZE", "15", "PAKGOV", ANY),
    ("The rebels prepared to attack the garrison town.", "MOBILIZE", "15", "---REB", ANY),
    # An act a speaker says is ruled out is rejected, with whom it concerns as the target.
    ("Washington said easing the trade embargo on Cuba was out of the question.", "REJECT", "12", "USAGOV", "CUBGOV"),
    ("Jerusalem said negotiations with Hamas were off the table.", "REJECT", "12", "ISRGOV", "PSEREBHMS"),
    ("Beijing insisted that independence for Taiwan was not on the table.", "REJECT", "12", "CHNGOV", "TWN"),
    ("London said Moscow's offer of a joint inquiry was out of the question.", "REJECT", "12", "GBRGOV", "RUSGOV"),
    # A border opened to people fleeing gives them refuge; armed units that arrive are deployed, not visiting.
    ("Uganda opened its borders to refugees fleeing the fighting in South Sudan.", "AID", "07", "UGAGOV", ANY),
    ("Macedonia reopened its frontier to Kosovar refugees.", "AID", "07", "MKDGOV", ANY),
    ("A contingent of Ghanaian troops arrived in Monrovia on Sunday.", "MOBILIZE", "15", "GHAMIL", ANY),
    ("Three American warships arrived in the Black Sea port of Batumi.", "MOBILIZE", "15", "USAMIL", ANY),
    ("The Indian prime minister arrived in Dhaka on a two-day visit.", "CONSULT", "04", "INDGOV", ANY),
    # Intelligence pooled or swapped, cooperation extended or deepened.
    ("Germany and France pooled their intelligence on the militants.", "COOPERATE", "06", "DEUGOV", "FRAGOV"),
    ("Britain and Ireland swapped intelligence on the bombers.", "COOPERATE", "06", "IRLGOV", "GBRGOV"),
    ("Washington extended military cooperation with Manila.", "COOPERATE", "06", "USAGOV", "PHLGOV"),
    ("Tokyo deepened security cooperation with Canberra.", "COOPERATE", "06", "JPNGOV", "AUSGOV"),
    # A hyphenated "re-" verb is the verb done again.
    ("Russia re-deployed troops along its western border.", "MOBILIZE", "15", "RUSGOV", ANY),
    ("Iran re-armed its allies in Lebanon after the war.", "AID", "07", "IRNGOV", ANY),
    ("Israeli troops re-arrested two freed Palestinian prisoners.", "COERCE", "17", "ISRMIL", ANY),
    ("The European Union re-imposed sanctions on Belarus.", "SANCTION", "16", "IGOEUREEC", "BLRGOV"),
    # Ties are between two: coordinated subjects with nobody else named make, mend or cut them with each other.
    ("Chad and Sudan re-established diplomatic relations.", "SUPPORT", "05", "TCDGOV", "SDNGOV"),
    ("Chad and Sudan re-established diplomatic relations.", "SUPPORT", "05", "SDNGOV", "TCDGOV"),
    ("Vietnam and Cambodia restored full diplomatic ties last year.", "COOPERATE", "06", "VNMGOV", "KHMGOV"),
    ("Morocco and Algeria cut diplomatic ties in August.", "SANCTION", "16", "MARGOV", "DZAGOV"),
    ("Qatar and Bahrain severed relations after the dispute.", "SANCTION", "16", "BHRGOV", "QATGOV"),
    ("Egypt and Syria broke off relations with Iraq.", "SANCTION", "16", "SYRGOV", "IRQGOV"),
]


def test_readied_force_is_shown_not_used() -> None:
    result = extract("Serbian forces prepared to resume shelling the besieged town.", published=PUBLISHED)
    assert [(event.plover, event.hypothetical) for event in result.events] == [("MOBILIZE", False)]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_sentence_codes_its_event(text: str, plover: str, root: str, source: str, target: str) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # an order to do something else stays a demand, not coercion
        ("The president ordered the defence ministry to draft a new budget.", "COERCE"),
        # an order to the generals to stop fighting is no sanction against them
        ("The president ordered the army to cease fire along the border.", "COERCE"),
        # a state told to close its own border is asked, not shut down
        ("Moscow ordered Kiev to close its airspace to Western planes.", "COERCE"),
        # a crowd readying an assault on a building shows no military force
        ("Protesters prepared to storm the parliament building.", "MOBILIZE"),
        # an announced attack is a threat, not a show of force
        ("The rebels said they were ready to attack the capital.", "MOBILIZE"),
        # a border opened to trade gives no refuge
        ("Jordan reopened its border with Iraq to trucks.", "AID"),
        # an act still possible is not ruled out
        ("Tehran said a deal with the Americans was still on the table.", "REJECT"),
        ("Ankara said a military operation against the Kurds was not out of the question.", "REJECT"),
        # "react" is no "act" done again: only the hyphen marks a repeat
        ("Britain reacted angrily to the French proposal.", "REQUEST"),
    ],
)
def test_other_orders_code_no_coercion(text: str, not_plover: str) -> None:
    assert not_plover not in plover_types(text, PUBLISHED)
