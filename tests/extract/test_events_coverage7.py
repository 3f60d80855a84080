"""Event coverage, seventh round: general ways news writes PLOVER types the coder missed, each proved on sentences
written for these tests (other verbs of the class, other parties, other syntax). Run through the whole pipeline.

- attacks, raids or shelling halted, suspended, stopped or ceased: a step back from fighting (087), not a sanction;
- diplomats ordered "out of the country": expelled (166), as those ordered to leave are;
- compensation, an apology or an explanation sought from a party: asked of it (02/10);
- a nuclear, missile or weapons test conducted or carried out: a show of force (150), as a test-firing is;
- a credit line extended, a bailout or rescue package given or granted to a party: economic aid to it (071);
- a protest or demonstration organised against a party: the organiser protests (141);
- support or backing lent, given or thrown behind a party: support (051), not a loan; military or financial
  support given: aid (072/071);
- weapons handed in: given up (0873); a party put on notice: warned (130); a party turned to for help: asked (02);
- demands balked at, a party one turns one's back on, objections raised or voiced to a plan: rejected (120);
  a party's acceptance of a plan: its agreement (030);
- a stance adjective after a linking verb ("is critical of", "remains opposed to", "is supportive of", "is
  grateful to"): the subject's stance towards the party of the preposition.
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, plover_types

PUBLISHED = "2011-09-14"
# Rows with an ANY party: the type and the other party are right, that one is no concern of the row.

CASES = [
    # Attacks halted, suspended, stopped or ceased: a step back from fighting.
    ("The Taliban suspended their raids on Afghan army posts during the holiday.", "RETREAT", "08", "AFGREBTAL", ANY),
    ("Hamas halted rocket attacks on southern Israel after the truce.", "RETREAT", "08", "PSEREBHMS", ANY),
    ("The Syrian army stopped its shelling of Homs on Monday.", "RETREAT", "08", "SYRMIL", ANY),
    ("The Maoist rebels ceased their attacks on Nepalese police stations.", "RETREAT", "08", ANY, ANY),
    # Diplomats ordered out of the country are expelled.
    ("Caracas ordered three Colombian diplomats out of the country.", "SANCTION", "16", "VENGOV", "COLGOV"),
    ("Tunisia ordered the Libyan ambassador out of Tunis on Friday.", "SANCTION", "16", "TUNGOV", "LBYGOV"),
    # Redress sought from a party is asked of it.
    ("Namibia sought reparations from Germany for the colonial killings.", "REQUEST", "02", "NAMGOV", "DEUGOV"),
    ("Beijing sought an explanation from Washington for the spy plane flight.", "REQUEST", "02", "CHNGOV", "USAGOV"),
    ("Turkey sought assurances from Sweden on the Kurdish militants.", "REQUEST", "02", "TURGOV", "SWEGOV"),
    # A weapons test carried out shows force.
    ("Pakistan carried out a nuclear test in Baluchistan.", "MOBILIZE", "15", "PAKGOV", ANY),
    ("Iran conducted a missile test near the Strait of Hormuz.", "MOBILIZE", "15", "IRNGOV", ANY),
    # A credit line, a bailout or a rescue package handed to a party is economic aid.
    ("China extended a credit line to Venezuela last month.", "AID", "07", "CHNGOV", "VENGOV"),
    ("The European Union gave Portugal a bailout in May.", "AID", "07", "IGOEUREEC", "PRTGOV"),
    ("The IMF granted Iceland a bailout after the banking collapse.", "AID", "07", "IGOIMF", "ISLGOV"),
    ("Russia provided a bailout to Belarus.", "AID", "07", "RUSGOV", "BLRGOV"),
    # A protest organised against a party is the organiser's protest.
    ("Egyptian activists organized a protest against the Israeli government.", "PROTEST", "14", ANY, "ISRGOV"),
    ("Bahraini Shiites organised a demonstration against the Saudi government in Manama.", "PROTEST", "14", ANY,
     "SAUGOV"),
    # Support lent, given or thrown behind a party backs it; military or financial support given is aid.
    ("Germany lent its backing to the Polish candidate.", "SUPPORT", "05", "DEUGOV", ANY),
    ("Ghana gave its support to Nigeria.", "SUPPORT", "05", "GHAGOV", "NGAGOV"),
    ("Qatar gave financial support to Tunisia after the revolution.", "AID", "07", "QATGOV", "TUNGOV"),
    # Weapons handed in are given up; a party put on notice is warned; one turned to for help is asked.
    ("The Ugandan rebels handed in their guns at the border.", "RETREAT", "08", "UGAREB", ANY),
    ("Ankara put Damascus on notice over the border shelling.", "THREATEN", "13", "TURGOV", "SYRGOV"),
    ("Lebanon turned to France for help after the blast.", "REQUEST", "02", "LBNGOV", "FRAGOV"),
    # Demands balked at, a party one turns one's back on, objections raised to a plan: rejected; acceptance agrees.
    ("Athens balked at the German conditions for the loan.", "REJECT", "12", "GRCGOV", "DEU"),
    ("Mali turned its back on France after the coup.", "REJECT", "12", "MLIGOV", "FRAGOV"),
    ("Cambodia raised objections to the Thai proposal.", "REJECT", "12", "KHMGOV", "THA"),
    ("Khartoum's acceptance of the African Union plan eased the crisis.", "AGREE", "03", "SDNGOV", ANY),
    # A stance adjective after a linking verb: the subject's stance towards the party of its preposition.
    ("Seoul remains critical of Tokyo over the textbooks.", "ACCUSE", "11", "KORGOV", "JPNGOV"),
    ("Slovakia remains opposed to the Ukrainian request.", "REJECT", "12", "SVKGOV", "UKR"),
    ("Lithuania has been supportive of Taiwan.", "SUPPORT", "05", "LTUGOV", "TWN"),
    ("Jordan is grateful to Japan for the water project.", "SUPPORT", "05", "JORGOV", "JPNGOV"),
]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_sentence_codes_its_event(text: str, plover: str, root: str, source: str | None, target: str) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # a sale or a campaign suspended is no step back from fighting, and an attack on a rival's record no attack
        ("The airline halted ticket sales to Cairo.", "RETREAT"),
        # tourists ordered out of a flooded town are not expelled diplomats
        ("Police ordered the tourists out of the flooded town.", "SANCTION"),
        # a test of a new drug, or a driving test, shows no force
        ("The ministry conducted a test of the new vaccine.", "MOBILIZE"),
        # a horse balks at a fence, a man turns his back to the wind: no party is rejected
        ("The horse balked at the last fence.", "REJECT"),
        ("The old fisherman turned his back to the wind.", "REJECT"),
        # a bank that lends money to a firm gives no support; a report critical of an economy is no party's
        ("The bank lent its clients more money.", "SUPPORT"),
        ("The ministry report is critical of the economy.", "ACCUSE"),
    ],
)
def test_other_uses_code_no_such_event(text: str, not_plover: str) -> None:
    assert not_plover not in plover_types(text, PUBLISHED)
