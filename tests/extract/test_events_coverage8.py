"""Event coverage, eighth round: short wire sentences with states and their officials as actors, one class of
CAMEO coding at a time, each proved on sentences written for these tests. Run through the whole pipeline.

- a source's own envoy or office (the same actor of a known country) is no target: "recalled its ambassador from
  Kiev" aims at whom the looser phrase names (161/166 to Ukraine), not at Moscow's own ambassador;
- a show of force (15) is aimed at whom the place where forces are posted names, on the verb or on the forces
  moved ("deployed warships near Taiwan", "massed along the Ukrainian border", "tanks on the Syrian border");
- a noun carried by a support verb with an indirect object is aimed at it ("gave Baghdad an ultimatum");
- an unnamed bomb or bomber that kills, wounds or attacks bombs (183), as the noun "bombing" does; a mortar bomb
  or other ordnance a weapon fires does not (190);
- a lone "predicate" naming a person by nationality and title is the object the parser misread ("called the Saudi
  crown prince": a phone call, 041);
- verbs.tsv rows: an ambassador or emissary received (043), militants handed over (063), revenues frozen (163),
  people gassed (2041), a high commissioner or consul recalled, expelled or withdrawn (161/166), drones or air
  defences sent to a party (072), "bases" hit (190), beseeching (020), objections or a veto dropped (080);
- a sum pledged or given "for" a party goes to it ("pledged three billion euros in military aid for Ukraine").
"""

from __future__ import annotations

import pytest

from event_cases import typed_events

PUBLISHED = "2011-09-14"

# (sentence, CAMEO code, source code, target code); None: no target.
CASES = [
    # The source's own envoy is what it acts with: the looser phrase names the target.
    ("Moscow recalled its ambassador from Kiev.", "161", "RUSGOV", "UKRGOV"),
    ("Algeria recalled its envoy from Madrid on Saturday.", "161", "DZAGOV", "ESPGOV"),
    ("Bangladesh withdrew its high commissioner from Islamabad.", "161", "BGDGOV", "PAKGOV"),
    ("Rabat recalled its consul from Algiers.", "161", "MARGOV", "DZAGOV"),
    ("Canberra expelled the Chinese consul.", "161", "AUSGOV", "CHN"),
    # Where forces are posted names whom a show of force is aimed at.
    ("Beijing deployed warships near Taiwan.", "154", "CHNGOV", "TWN"),
    ("Russian troops massed along the Ukrainian border.", "150", "RUSMIL", "UKR"),
    ("Turkey stationed tanks on the Syrian border.", "154", "TURGOV", "SYR"),
    ("China mobilized troops along the Indian border.", "154", "CHNGOV", "IND"),
    # The indirect object of a support verb.
    ("Washington gave Baghdad an ultimatum.", "139", "USAGOV", "IRQGOV"),
    ("Israel sent Hezbollah a stern warning.", "130", "ISRGOV", "LBNREBHEZ"),
    ("Ankara issued Damascus a final warning.", "130", "TURGOV", "SYRGOV"),
    # An unnamed bomb or bomber bombs.
    ("A roadside bomb killed three Nigerian soldiers.", "183", None, "NGAMIL"),
    ("A suicide bomber wounded six Afghan policemen in Kandahar.", "183", None, "AFGCOP"),
    ("A car bomb exploded outside the Turkish embassy in Kabul.", "183", None, "TURGOV"),
    # ordnance a weapon fires is a military attack, no bombing
    ("A mortar bomb killed two Syrian soldiers.", "190", None, "SYRMIL"),
    # A person named by nationality and title after "called" is called, not labelled.
    ("Pakistan's prime minister called the Saudi crown prince.", "041", "PAKGOV", "SAUGOV"),
    ("The Turkish president called his Russian counterpart on Friday.", "041", "TURGOV", "RUSGOV"),
    # verbs.tsv rows of this round.
    ("The Vietnamese prime minister received the Japanese ambassador in Hanoi.", "043", "VNMGOV", "JPNGOV"),
    ("The Kuwaiti emir received the Qatari foreign minister's emissary.", "043", "KWTGOV", "QATGOV"),
    ("Pakistan handed over a wanted militant to Afghanistan.", "063", "PAKGOV", "AFGGOV"),
    ("Israel froze Palestinian tax revenues.", "163", "ISRGOV", "PSE"),
    ("Iraqi forces gassed Kurdish villagers.", "2041", "IRQMIL", "IRQKURCVL"),
    ("Turkey sent drones to Ethiopia.", "072", "TURGOV", "ETHGOV"),
    ("Washington shipped air defence systems to Kiev.", "072", "USAGOV", "UKRGOV"),
    ("Iranian missiles hit US bases in Iraq.", "190", "IRN", "USA"),
    ("Cuba beseeched the United Nations to condemn the embargo.", "020", "CUBGOV", "IGOUNO"),
    ("Turkey dropped its objections to Sweden joining NATO.", "080", "TURGOV", "SWEGOV"),
    ("Hungary withdrew its veto on the Ukrainian loan.", "080", "HUNGOV", "UKR"),
    # A sum pledged for a party goes to it.
    ("Germany pledged three billion euros in military aid for Ukraine.", "0331", "DEUGOV", "UKR"),
    ("Japan pledged 500 million dollars for Ukraine's reconstruction.", "0331", "JPNGOV", "UKRGOV"),
]


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(code, source, target) for _, code, source, target in typed_events(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), CASES)
def test_sentence_codes_its_event(text: str, cameo: str, source: str | None, target: str | None) -> None:
    assert (cameo, source, target) in _coded(text)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # a defence of one's views delivered to nobody is a speech, no arms
        ("The governor delivered a spirited defense of his budget.", "AID"),
        # a truck gassed up is refuelled
        ("The farmer gassed up his truck before dawn.", "ASSAULT"),
        # delegates won in a primary are no visitors received
        ("The senator received 300 delegates in the primary.", "CONSULT"),
        # a plan called a trap is labelled, nobody is telephoned
        ("The columnist called the Saudi plan a trap.", "CONSULT"),
        # charges withdrawn expel nobody
        ("Prosecutors withdrew the charges against the Kenyan activist.", "SANCTION"),
    ],
)
def test_other_uses_code_no_such_event(text: str, not_plover: str) -> None:
    assert not_plover not in {kind for kind, _, _, _ in typed_events(text, PUBLISHED)}


def test_own_envoy_alone_keeps_a_source_only_event() -> None:
    # With no other party named, the recall still codes, without a target.
    assert ("161", "RUSGOV", None) in _coded("Moscow recalled its ambassador for consultations.")
