"""Event coverage, ninth round: general ways news writes PLOVER types the coder missed, each proved on sentences
written for these tests (other verbs of the class, other parties, other syntax). Run through the whole pipeline.

- a warning of an act aimed at a party ("warned of military action against Armenia") threatens that party; a
  warning of weather or a drought still threatens nobody;
- the "from" party of a subject noun of giving or voicing names its author ("threats from Pyongyang against Tokyo",
  "praise from Washington for the mission"), when it is aimed at someone;
- a phrase the parser hangs on a particle still completes the verb ("walked away from the deal");
- captives let go are released; giving way to a party yields to it; an effigy burnt is a protest at its subject;
- a request or plea submitted or presented to a party asks of it; anger, outrage or displeasure voiced at a party
  disapproves of it; a commitment made to a party promises it;
- curbs, restrictions and export controls placed, put or tightened on a party restrict it; a detention coerces the
  one held, as an arrest does;
- fighting that "raged" between two sides (the lemmatizer's "rag"); a prisoner exchange or swap releases captives
  on both sides;
- less common verbs: beseech and solicit (ask), vouch for (back), scoff at, stonewall, pour cold water on (reject);
- troops that join a peacekeeping mission keep the peace; coming to a party's defence defends it; an inquiry set up
  or established investigates;
- "was threatened with sanctions by Turkey": the parser hangs the passive's agent on the "with" object; the agent
  threatens, and the sanctions held out are not imposed;
- an objection, veto, demand or precondition dropped, withdrawn, abandoned or lifted yields (not rejects); parties
  that coordinate their acts cooperate with each other.
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, plover_types

PUBLISHED = "2024-05-01"
# Rows with an ANY party: the type and the other party are right, that one is no concern of the row.

CASES = [
    # A warning of an act aimed at a party threatens it.
    ("Azerbaijan warned of military action against Armenia.", "THREATEN", "13", "AZEGOV", "ARMGOV"),
    ("The Kremlin warned of countermeasures against NATO.", "THREATEN", "13", "RUSGOV", "IGOWSTNAT"),
    ("Hezbollah warned of retaliation against Israel.", "THREATEN", "13", "LBNREBHEZ", "ISRGOV"),
    # A subject noun's "from" party is its author.
    ("Threats from North Korea against Japan increased.", "THREATEN", "13", "PRKGOV", "JPNGOV"),
    ("Praise from Washington for the Kenyan mission was unusual.", "SUPPORT", "05", "USAGOV", "KEN"),
    ("Food aid from Japan to North Korea arrived on Monday.", "AID", "07", "JPNGOV", "PRKGOV"),
    # A phrase hung on the particle completes the verb.
    ("Iran walked away from the nuclear deal with the European Union.", "REJECT", "12", "IRNGOV", ANY),
    ("The Syrian opposition walked away from the talks in Geneva.", "SANCTION", "16", "SYROPP", ANY),
    # Captives let go are released; giving way yields; an effigy burnt protests.
    ("Al-Shabaab let the Kenyan engineers go after a month.", "RETREAT", "08", "SOMREB", "KEN"),
    ("The Taliban let the two American teachers go on Friday.", "RETREAT", "08", "AFGREBTAL", "USAEDU"),
    ("The Kenyan government gave way to the opposition over the electoral commission.", "CONCEDE", "08", "KENGOV",
     "KENOPP"),
    ("Paris gave way to the farmers over the fuel tax.", "CONCEDE", "08", "FRAGOV", "FRAAGR"),
    ("Pakistani students burned effigies of the Indian prime minister.", "PROTEST", "14", "PAKEDU", "INDGOV"),
    ("Angry villagers burned an effigy of the Nigerian governor.", "PROTEST", "14", ANY, "NGAGOV"),
    # Requests submitted, anger voiced, commitments made.
    ("Egypt submitted a request to Israel for more troops in Sinai.", "REQUEST", "02", "EGYGOV", "ISRGOV"),
    ("Kiev presented a plea to NATO for more air defence.", "REQUEST", "02", "UKRGOV", "IGOWSTNAT"),
    ("Ankara voiced anger at the Swedish decision.", "ACCUSE", "11", "TURGOV", "SWE"),
    ("Ghana expressed displeasure with Nigeria over the border closure.", "ACCUSE", "11", "GHAGOV", "NGAGOV"),
    ("China expressed outrage at the Japanese visit to the shrine.", "ACCUSE", "11", "CHNGOV", "JPN"),
    ("China made a commitment to Kenya to build the railway.", "AGREE", "03", "CHNGOV", "KENGOV"),
    ("Japan gave a commitment to the Philippines to supply patrol boats.", "AGREE", "03", "JPNGOV", "PHLGOV"),
    # Curbs, restrictions and export controls; a detention.
    ("India placed curbs on rice exports to Bangladesh.", "COERCE", "17", "INDGOV", "BGDGOV"),
    ("Seoul put restrictions on Japanese seafood imports.", "COERCE", "17", "KORGOV", "JPN"),
    ("Japan tightened export controls on South Korea.", "SANCTION", "16", "JPNGOV", "KORGOV"),
    ("The detention of two Canadians by China strained relations.", "COERCE", "17", "CHNGOV", "CAN"),
    ("Beijing's detention of the Australian journalist angered Canberra.", "COERCE", "17", "CHNGOV", "AUSMED"),
    # Fighting that raged; prisoner exchanges and swaps.
    ("Fighting raged between Sudanese troops and rebels in Darfur.", "ASSAULT", "19", "SDNMIL", "SDNREB"),
    ("A prisoner exchange between Russia and Ukraine took place on Friday.", "RETREAT", "08", "RUSGOV", "UKRGOV"),
    ("Russia and Ukraine carried out a prisoner swap.", "RETREAT", "08", "UKRGOV", "RUSGOV"),
    ("Israel and Hamas completed a hostage exchange on Sunday.", "RETREAT", "08", "ISRGOV", "PSEREBHMS"),
    # Less common verbs of asking, backing and dismissing.
    ("Kiev beseeched the West for more ammunition.", "REQUEST", "02", "UKRGOV", "WST"),
    ("The Mozambican government solicited help from Rwanda.", "REQUEST", "02", "MOZGOV", "RWAGOV"),
    ("Kazakhstan vouched for Russia at the summit.", "SUPPORT", "05", "KAZGOV", "RUS"),
    ("Hanoi scoffed at Beijing's claims.", "REJECT", "12", "VNMGOV", "CHNGOV"),
    ("Budapest stonewalled the EU on the Ukraine aid package.", "REJECT", "12", "HUNGOV", "IGOEUREEC"),
    ("Tokyo poured cold water on the Chinese proposal.", "REJECT", "12", "JPNGOV", "CHN"),
    # Troops joining a peacekeeping mission keep the peace; coming to a party's defence defends it; an inquiry set
    # up investigates.
    ("Nepalese soldiers joined the UN peacekeeping mission in Lebanon.", "AID", "07", "NPLMIL", ANY),
    ("Hungary came to the defence of Serbia.", "SUPPORT", "05", "HUNGOV", "SRB"),
    ("Beijing came to the defense of Moscow at the United Nations.", "SUPPORT", "05", "CHNGOV", "RUSGOV"),
    ("The UN Human Rights Council set up an inquiry into abuses in Eritrea.", "ACCUSE", "09", "IGOUNOHRI", ANY),
    ("The Kenyan parliament established an investigation into the police killings.", "ACCUSE", "09", "KENLEG", ANY),
    # A passive whose "by" agent the parser hangs on the "with" object: the agent threatens, it imposes nothing.
    ("Syria was threatened with military action by Turkey.", "THREATEN", "13", "TURGOV", "SYRGOV"),
    ("Iraq was threatened with air strikes by the United States.", "THREATEN", "13", "USAGOV", "IRQGOV"),
    # An objection, veto or precondition dropped, withdrawn or lifted yields; coordinated subjects that coordinate
    # cooperate with each other.
    ("Greece dropped its objection to North Macedonia's NATO bid.", "CONCEDE", "08", "GRCGOV", "MKDGOV"),
    ("Ankara lifted its veto on Finland's membership.", "CONCEDE", "08", "TURGOV", "FINGOV"),
    ("Serbia withdrew its opposition to Kosovo's membership.", "CONCEDE", "08", "SRBGOV", "XKXGOV"),
    ("Israel dropped its precondition for talks with the Palestinians.", "CONCEDE", "08", "ISRGOV", ANY),
    ("Egypt and Israel coordinated security in Sinai.", "COOPERATE", "06", "EGYGOV", "ISRGOV"),
    ("Saudi Arabia and Russia coordinated their oil policies.", "COOPERATE", "06", "RUSGOV", "SAUGOV"),
]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_sentence_codes_its_event(text: str, plover: str, root: str, source: str | None, target: str) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # a warning of weather or a drought threatens nobody
        ("Forecasters warned of heavy rain on the coast.", "THREATEN"),
        ("Kenyan officials warned of a drought in the north.", "THREATEN"),
        # warnings from a party aimed at nobody are no threat; a regime giving way to democracy yields to no party
        ("Warnings from Indian meteorologists came too late.", "THREATEN"),
        ("In Chile the military government gave way to democracy in 1990.", "CONCEDE"),
        # stubble burnt is no protest; water poured on a fire rejects nothing
        ("The farmers burned the stubble in their fields.", "PROTEST"),
        ("The firefighters poured water on the burning house.", "REJECT"),
        # scoffing at an idea or vouching for a thing aims at no party
        ("The children scoffed at the idea of homework.", "REJECT"),
        ("The mayor vouched for the quality of the water.", "SUPPORT"),
        # a detention centre is a place
        ("The detention centre in Libya was closed.", "COERCE"),
        # sanctions or strikes a party is threatened with are not imposed or carried out
        ("Syria was threatened with sanctions by Turkey.", "COERCE"),
        ("Iraq was threatened with air strikes by the United States.", "ASSAULT"),
        # a veto or an objection dropped is no veto or objection any more
        ("Turkey dropped its veto on Sweden's membership.", "REJECT"),
        ("Serbia withdrew its opposition to Kosovo's membership.", "RETREAT"),
        # a ministry that coordinates relief works with nobody
        ("The ministry coordinated the relief effort.", "COOPERATE"),
        ("Sanders sent organizers to coordinate an army of volunteers in Nevada.", "COOPERATE"),
    ],
)
def test_other_uses_code_no_such_event(text: str, not_plover: str) -> None:
    assert not_plover not in plover_types(text, PUBLISHED)
