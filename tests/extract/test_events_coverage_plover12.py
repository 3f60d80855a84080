"""Event coverage by CAMEO code (issue #6): the common words and phrasings a news report uses for a code that the
lexicons missed, each proved on sentences written for these tests. Run through the whole pipeline.

- 020 asking for help, aid or protection with no donor named; 046 talks resumed by returning to them ("returned to
  the negotiating table"); 043 a head of government or a counterpart welcomed to a place is hosted;
- 054 envoys exchanged and an embassy opened set up relations; 161 an embassy downgraded reduces them; 064
  intelligence provided or passed to a party is shared, not given as aid;
- 07 aid or a loan extended (not a state of emergency, which an "emergency aid" matched), relief flown in and
  medical teams sent; 085 a party removed from a sanctions list or blacklist, 081 censorship lifted;
- 115 legal action taken against a party; 112 a party "accused of" a wrong by someone the text does not name;
  111 dissatisfaction voiced at a party, and a party "rapped over" something;
- 162 a sum "in aid" withheld or cut; 166 an international body's office or officials expelled; 1721 licences or
  accreditation revoked, broadcasts jammed; 172 activities curtailed, citizenship revoked, a newspaper closed
  down, a fine; 1722 candidates disqualified; 174 people driven out;
- 18-20: captives taken hostage with a place phrase on "hostage", bombs dropped, chemical weapons used, rape and
  cordons (whose past tenses the small model lemmatises as "rap" and "cordone");
- a particle the parser reads as a quantity ("handed over 20 soldiers"); a crowd's blockade obstructs passage (144);
- idioms: a courtesy call paid, an olive branch extended, a deaf ear turned, a commitment reaffirmed, aim taken at a
  party, a package held up or a bid stalled, the door slammed on talks, the plug pulled, coordination stepped up, a
  rebellion put down, dissidents locked up, correspondents kicked out, people roughed up, a no-fly zone imposed,
  rockets rained on a place, drills stepped up;
- verbs the lexicon lacked: refugees resettled (075), a sentence commuted (080, clemency), an embassy or a newspaper shuttered
  (161, 172), the press muzzled or gagged (1721);
- another country's forces trained are military aid (072, modality.tsv 'abroad'), a party's own built up (154).
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, plover_types

PUBLISHED = "2024-05-01"

CASES = [
    # Appeals with nobody named, talks resumed, visitors hosted.
    ("The Philippines asked for international help after the typhoon.", "REQUEST", "02", "PHLGOV", None),
    ("North Korea returned to the negotiating table.", "CONSULT", "04", "PRKGOV", ANY),
    ("Iran said it was ready to return to negotiations.", "AGREE", "03", "IRNGOV", ANY),
    ("The Kenyan president welcomed his Ugandan counterpart to Nairobi.", "CONSULT", "04", "KENGOV", "UGAGOV"),
    # Relations set up, reduced; intelligence shared.
    ("The Vatican and Israel exchanged ambassadors for the first time.", "SUPPORT", "05", "VATGOV", "ISRGOV"),
    ("Turkey opened an embassy in Armenia.", "SUPPORT", "05", "TURGOV", "ARM"),
    ("South Africa downgraded its embassy in Israel to a liaison office.", "SANCTION", "16", "ZAFGOV", "ISR"),
    ("Israel passed intelligence to Jordan.", "COOPERATE", "06", "ISRGOV", "JORGOV"),
    ("Israel provided intelligence to the Jordanian security services.", "COOPERATE", "06", "ISRGOV", "JORSPY"),
    # Aid extended, flown in, sent as medical teams; sanctions and censorship eased.
    ("Japan extended emergency aid worth 5 million dollars to Iran.", "AID", "07", "JPNGOV", ANY),
    ("Germany extended a loan of 500 million euros to Ukraine.", "AID", "07", "DEUGOV", "UKRGOV"),
    ("The United States flew relief supplies to the earthquake zone in Armenia.", "AID", "07", "USAGOV", ANY),
    ("The World Health Organization sent medical teams to Haiti.", "AID", "07", "IGOUNOWHO", "HTIGOV"),
    ("The EU removed Belarus from its sanctions list.", "RETREAT", "08", "IGOEUREEC", "BLRGOV"),
    ("Japan removed South Korea from its export blacklist.", "RETREAT", "08", "JPNGOV", "KORGOV"),
    ("The Egyptian government lifted press censorship.", "CONCEDE", "08", "EGYGOV", None),
    # Suing, accusing, disapproving.
    ("The Nigerian government took legal action against the newspaper.", "ACCUSE", "11", "NGAGOV", ANY),
    ("The former Haitian president has been accused of stealing millions in public funds.", "ACCUSE", "11", None,
     "HTIELI"),
    ("Kenyan police have been accused of killing protesters.", "ACCUSE", "11", None, "KENCOP"),
    ("China voiced strong dissatisfaction with Japan over the visit.", "ACCUSE", "11", "CHNGOV", "JPNGOV"),
    ("The UN rapped Israel over the raid.", "ACCUSE", "11", "IGOUNO", "ISRGOV"),
    # Aid withheld, bodies expelled, freedoms restricted.
    ("Washington withheld 100 million dollars in military aid from Egypt.", "SANCTION", "16", "USAGOV", "EGYGOV"),
    ("The Ugandan government expelled the UN human rights office.", "SANCTION", "16", "UGAGOV", "IGOUNOHCH"),
    ("Ethiopia expelled seven senior UN officials.", "SANCTION", "16", "ETHGOV", "IGOUNO"),
    ("Iran revoked the accreditation of the BBC correspondent.", "COERCE", "17", "IRNGOV", ANY),
    ("Iran jammed the BBC's Persian broadcasts.", "COERCE", "17", "IRNGOV", ANY),
    ("Russia curtailed the activities of foreign NGOs.", "COERCE", "17", "RUSGOV", ANY),
    ("Bahrain revoked the citizenship of the exiled cleric.", "COERCE", "17", "BHRGOV", ANY),
    ("The Iranian authorities closed down the reformist newspaper.", "COERCE", "17", "IRNGOV", ANY),
    ("A Kenyan court fined the newspaper.", "COERCE", "17", "KENJUD", ANY),
    ("Serb forces drove out thousands of ethnic Albanians.", "COERCE", "17", "SRBMIL", "ALB"),
    # Violence.
    ("Al-Qaeda militants took 40 foreigners hostage at the gas plant.", "ASSAULT", "18", "IMGMOSALQ", ANY),
    ("Syrian warplanes dropped bombs on the rebel-held town.", "ASSAULT", "19", "SYRMIL", ANY),
    ("Iraq used chemical weapons against Iranian troops.", "ASSAULT", "20", "IRQGOV", "IRNMIL"),
    ("Sudanese soldiers raped women in the villages of Darfur.", "ASSAULT", "18", "SDNMIL", "SDNCVL"),
    ("Police cordoned off the opposition headquarters.", "COERCE", "19", ANY, ANY),
    # "handed over 20 soldiers": the particle the parser reads as "more than 20" still completes the verb.
    ("The rebels handed over 20 captured soldiers to the Red Cross.", "RETREAT", "08", "---REB", "NGOHLHIRC"),
    ("Hamas handed over 33 hostages to the Red Cross on Sunday.", "RETREAT", "08", "PSEREBHMS", ANY),
    ("Pakistan handed over a senior al Qaeda operative to the United States.", "COOPERATE", "06", "PAKGOV", ANY),
    # A crowd's blockade obstructs passage; a state's is a blockade.
    ("Protesters blockaded the main road to the airport.", "PROTEST", "14", "---OPP", ANY),
    ("Demonstrators blockaded the parliament building in Tbilisi.", "PROTEST", "14", "GEOOPP", ANY),
    ("Azerbaijan blockaded the Lachin corridor.", "COERCE", "19", "AZEGOV", ANY),
    # Idioms: a verb with the words that make it the act, or a noun with its modifier.
    ("The British ambassador paid a courtesy call on the Nigerian president.", "CONSULT", "04", "GBRGOV", "NGAGOV"),
    ("Ethiopia extended an olive branch to Eritrea.", "AGREE", "03", "ETHGOV", "ERIGOV"),
    ("The Burmese junta turned a deaf ear to international appeals.", "REJECT", "12", "MMRMIL", ANY),
    ("Japan reaffirmed its commitment to the security of the Philippines.", "SUPPORT", "05", "JPNGOV", ANY),
    ("Pakistan took aim at India over its water policy.", "ACCUSE", "11", "PAKGOV", ANY),
    ("Hungary held up the EU sanctions package.", "REJECT", "12", "HUNGOV", ANY),
    ("Turkey stalled Sweden's NATO bid.", "REJECT", "12", "TURGOV", ANY),
    ("Israel slammed the door on any talks with Hamas.", "REJECT", "12", "ISRGOV", ANY),
    ("The World Bank pulled the plug on the dam project in Uganda.", "SANCTION", "16", ANY, ANY),
    ("Egypt and Israel stepped up security coordination in Sinai.", "COOPERATE", "06", "EGYGOV", "ISRGOV"),
    ("Government troops put down the rebellion in the north.", "ASSAULT", "17", ANY, ANY),
    ("The regime locked up hundreds of dissidents.", "COERCE", "17", ANY, ANY),
    ("The government kicked out the foreign correspondents.", "COERCE", "17", ANY, ANY),
    ("Kenyan police roughed up the opposition leader.", "ASSAULT", "18", "KENCOP", "---OPP"),
    ("NATO imposed a no-fly zone over Libya.", "COERCE", "19", "IGOWSTNAT", "LBYGOV"),
    ("Hamas rained rockets on southern Israel.", "ASSAULT", "19", "PSEREBHMS", ANY),
    ("China stepped up military drills around Taiwan.", "MOBILIZE", "15", "CHNGOV", ANY),
    # Verbs of the codebook the lexicon lacked.
    ("Canada resettled 25,000 Syrian refugees last year.", "AID", "07", "CANGOV", "SYRREF"),
    ("The Ugandan president commuted the death sentences of the rebel commanders.", "CONCEDE", "08", "UGAGOV", ANY),
    ("The United States shuttered its embassy in Kabul.", "SANCTION", "16", "USAGOV", ANY),
    ("The Hungarian government shuttered the last independent newspaper.", "COERCE", "17", "HUNGOV", ANY),
    ("The Turkish government muzzled the press after the coup attempt.", "COERCE", "17", "TURGOV", ANY),
    ("Beijing gagged its critics in Hong Kong.", "COERCE", "17", "CHNGOV", ANY),
    # Another country's forces trained are military aid; a party training its own builds up its forces.
    ("France trained Malian soldiers.", "AID", "07", "FRAGOV", "MLIMIL"),
    ("The United States trained Afghan police officers.", "AID", "07", "USAGOV", "AFGCOP"),
    ("Mali trained thousands of new soldiers.", "MOBILIZE", "15", "MLIGOV", None),
    ("The Taliban trained hundreds of fighters in the camps.", "MOBILIZE", "15", "AFGREBTAL", None),
]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_sentence_codes_its_event(text: str, plover: str, root: str, source: str | None, target: str | None) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # asking for anonymity, or a candidate asking for money, appeals to nobody
        ("The reporter asked for anonymity.", "REQUEST"),
        ("The candidate asked for money at the fundraiser.", "REQUEST"),
        # what polls show is nobody's disapproval
        ("A new survey shows wide dissatisfaction with rising rents.", "ACCUSE"),
        # a kind of people a passive speaks of suffered no act by anyone unnamed
        ("The charity says girls who are raped in the camps rarely report it.", "ASSAULT"),
        ("Women who are accused of witchcraft are often shunned by their villages.", "ACCUSE"),
        # rapping is music; returning to profit is no talks; legal advice taken sues nobody
        ("The rapper rapped about his childhood in Detroit.", "ASSAULT"),
        ("The airline returned to profit last year.", "CONSULT"),
        ("The minister took legal advice before the vote.", "ACCUSE"),
        # a nomination locked up, a blaze put down, a sign held up, talks that stall, a service unplugged, a drink
        # taken, a stadium's green light and a low-emission zone are no acts between parties
        ("Clinton locked up the Democratic nomination in June.", "COERCE"),
        ("Firefighters put down the blaze after three hours.", "ASSAULT"),
        ("The senator held up a sign at the rally.", "REJECT"),
        ("The talks stalled over the weekend.", "REJECT"),
        ("The company pulled the plug on its streaming service.", "SANCTION"),
        ("He took a shot of whisky.", "ACCUSE"),
        ("London imposed a low-emission zone.", "COERCE"),
        # commuting to work spares nobody
        ("The judge commuted to work by train.", "CONCEDE"),
        # a share of a company handed over is no captive released
        ("The company handed over 20 percent of its shares to the investors.", "RETREAT"),
    ],
)
def test_other_uses_code_no_such_event(text: str, not_plover: str) -> None:
    assert not_plover not in plover_types(text, PUBLISHED)
