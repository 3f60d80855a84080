"""Common newswire wordings of retreat, sanction, mobilisation and concession that coded nothing:
a halt to talks ("pulled out of the negotiations"), a hold on lending, troops ordered to a border,
captives "set free", power handed to someone, a blockade kept up."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Leaving talks halts them (164), unlike a military pull-back (087).
        ("Ethiopia pulled out of the negotiations.", {"Ethiopia": "ETHGOV"}, {("164", "ETHGOV", None)}),
        ("Ethiopia withdrew from the talks with Egypt.", {"Ethiopia": "ETHGOV", "Egypt": "EGYGOV"},
         {("164", "ETHGOV", "EGYGOV")}),
        ("Israel pulled out of Gaza.", {"Israel": "ISRGOV", "Gaza": "PSE"}, {("087", "ISRGOV", None)}),
        # A freeze on lending or loans stops aid.
        ("The World Bank froze lending to Mozambique.", {"World Bank": "IGOWBK", "Mozambique": "MOZGOV"},
         {("162", "IGOWBK", "MOZGOV")}),
        # Troops ordered to a border are mobilised; an order to do something stays a demand.
        ("Venezuela ordered troops to the Colombian border.", {"Venezuela": "VENGOV", "Colombian": "COL"},
         {("154", "VENGOV", "COL")}),
        ("Venezuela ordered Colombia to close the border.", {"Venezuela": "VENGOV", "Colombia": "COLGOV"},
         {("100", "VENGOV", "COLGOV")}),
        # Troops massed, with nobody named as the one who massed them, are their own army's act.
        ("Iranian troops were massed on the border.", {"Iranian troops": "IRNMIL"}, {("150", "IRNMIL", None)}),
        # "set free": the adjective completes the verb like a particle.
        ("The rebels set three hostages free.", {"rebels": "COLREB"}, {("0841", "COLREB", None)}),
        ("Three hostages were set free by the rebels.", {"rebels": "COLREB"}, {("0841", "COLREB", None)}),
        ("The rebels set fire to the church.", {"rebels": "COLREB"}, {("171", "COLREB", None)}),
        # Power handed to someone, with or without "over".
        ("The army handed power to a civilian government.", {"army": "THAMIL", "civilian government": "THAGOV"},
         {("0831", "THAMIL", "THAGOV")}),
        # Captives handed over: workers, engineers and civilians as well as hostages.
        ("The rebels handed over the kidnapped engineers to Nigeria.", {"rebels": "NGAREB", "Nigeria": "NGAGOV"},
         {("0841", "NGAREB", "NGAGOV")}),
        # Keeping up a blockade or an embargo is imposing it.
        ("The Israeli navy maintained a blockade of the Gaza Strip.", {"Israeli navy": "ISRMIL", "Gaza Strip": "PSE"},
         {("191", "ISRMIL", "PSE")}),
        ("The party maintained its position on the budget.", {"party": "USAPTY"}, set()),
        # Refuge granted is asylum.
        ("Canada granted refuge to the Saudi teenager.", {"Canada": "CANGOV", "Saudi": "SAU"},
         {("075", "CANGOV", "SAU")}),
    ],
)
def test_common_wordings_code(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An order to arrest, expel or release someone is the orderer's act.
        ("Kuwait ordered the expulsion of the Iraqi workers.", {"Kuwait": "KWTGOV", "Iraqi": "IRQ"},
         {("174", "KWTGOV", "IRQ")}),
        # Expelling diplomats, by verb or noun, cuts relations (161); troops taken out of a UN mission
        # are peacekeepers withdrawn (1661), troops taken out of a country retreat (087).
        ("The expulsion of the Russian diplomats by Britain was announced.", {"Russian": "RUSGOV", "Britain": "GBRGOV"},
         {("161", "GBRGOV", "RUSGOV")}),
        ("Kenya withdrew its troops from the UN mission.", {"Kenya": "KENGOV", "UN": "IGOUNO"},
         {("1661", "KENGOV", "IGOUNO")}),
        ("Kenya withdrew its troops from Somalia.", {"Kenya": "KENGOV", "Somalia": "SOMGOV"},
         {("087", "KENGOV", "SOMGOV")}),
        ("Egypt ordered the arrest of the Brotherhood leaders.", {"Egypt": "EGYGOV", "Brotherhood": "EGYOPP"},
         {("173", "EGYGOV", "EGYOPP")}),
        # Taken into custody is arrested.
        ("Pakistani police took the former prime minister into custody.",
         {"Pakistani police": "PAKCOP", "former prime minister": "PAKELI"}, {("173", "PAKCOP", "PAKELI")}),
        # Troops "were sent", with nobody named as the sender, are their own army's deployment.
        ("Indian troops were sent to the region.", {"Indian troops": "INDMIL"}, {("150", "INDMIL", None)}),
        # An ambassador called home is recalled.
        ("Seoul called its ambassador home from Tokyo.", {"Seoul": "KORGOV", "Tokyo": "JPNGOV"},
         {("161", "KORGOV", "JPNGOV")}),
        # A sum "in aid" is aid: cutting it stops aid; a sum of anything else is no aid.
        ("The United States cut $300 million in military aid to Pakistan.",
         {"United States": "USAGOV", "Pakistan": "PAKGOV"}, {("162", "USAGOV", "PAKGOV")}),
        ("Congress cut $2 billion in spending.", {"Congress": "USALEG"}, set()),
    ],
)
def test_orders_custody_recalls_and_sums(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The "of" phrase of a withdrawal or a resignation names who withdraws or resigns.
        ("The withdrawal of Soviet troops from Afghanistan began in May.",
         {"Soviet troops": "SUNMIL", "Afghanistan": "AFG"}, {("087", "SUNMIL", None)}),
        ("The resignation of Prime Minister Nawaz Sharif was announced.",
         {"Prime Minister Nawaz Sharif": "PAKGOV"}, {("0831", "PAKGOV", None)}),
        # Not where the "of" phrase is what is withdrawn, or the noun's own act is not the news.
        ("The withdrawal of the bill angered the opposition.", {"opposition": "USAOPP"}, set()),
        ("A lawsuit seeks the withdrawal of Acme's takeover defence.", {"Acme": "USABUS"}, set()),
        ("The arrest of the opposition leader was ordered by the prosecutor.",
         {"opposition leader": "VENOPP", "prosecutor": "VENJUD"}, {("173", "VENJUD", "VENOPP")}),
    ],
)
def test_of_phrases_of_ones_own_act(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A ceasefire between two sides is each side's truce with the other, also when someone brokered it.
        ("A ceasefire between Armenia and Azerbaijan took effect at midnight.",
         {"Armenia": "ARMGOV", "Azerbaijan": "AZEGOV"}, {("0871", "ARMGOV", "AZEGOV"), ("0871", "AZEGOV", "ARMGOV")}),
        ("Egypt brokered a ceasefire between Israel and Hamas.",
         {"Egypt": "EGYGOV", "Israel": "ISRGOV", "Hamas": "PSEREB"},
         {("045", "EGYGOV", "ISRGOV"), ("045", "EGYGOV", "PSEREB"), ("0871", "ISRGOV", "PSEREB"),
          ("0871", "PSEREB", "ISRGOV")}),
        # One side's ceasefire stays its own.
        ("The Tamil Tigers declared a ceasefire.", {"Tamil Tigers": "LKAREB"}, {("0871", "LKAREB", None)}),
    ],
)
def test_a_ceasefire_between_two_sides_is_mutual(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An event noun its clause is about: its named author acts, as a possessor would ...
        ("The Iraqi invasion of Kuwait shocked the Arab world.", {"Iraqi": "IRQ", "Kuwait": "KWTGOV"},
         {("190", "IRQ", "KWTGOV")}),
        # ... the two sides of a mutual act act on each other ...
        ("Talks between the government and the rebels lasted three hours.",
         {"government": "COLGOV", "rebels": "COLREB"}, {("046", "COLGOV", "COLREB"), ("046", "COLREB", "COLGOV")}),
        # ... and an act of force with nobody named doing it has an unknown author.
        ("The assassination of the defence minister plunged the country into crisis.",
         {"defence minister": "LBNGOV"}, {("186", None, "LBNGOV")}),
        ("The arrest of the opposition leader sparked riots.", {"opposition leader": "VENOPP"},
         {("173", None, "VENOPP")}),
        # Under an event verb the verb codes it, not the noun as well.
        ("The bombing of the embassy killed 200 people.", {"embassy": "USAGOV"}, {("183", None, "USAGOV")}),
        # No parties named, or a talk with one side only: nothing.
        ("The attack on the convoy was a turning point.", {}, set()),
        ("Talks with the government lasted three hours.", {"government": "COLGOV"}, set()),
    ],
)
def test_event_nouns_as_subjects(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Talks that collapse or break down are halted by both sides.
        ("Negotiations between Israel and Syria broke down.", {"Israel": "ISRGOV", "Syria": "SYRGOV"},
         {("164", "ISRGOV", "SYRGOV"), ("164", "SYRGOV", "ISRGOV")}),
        ("Talks between Israel and Syria resumed.", {"Israel": "ISRGOV", "Syria": "SYRGOV"},
         {("046", "ISRGOV", "SYRGOV"), ("046", "SYRGOV", "ISRGOV")}),
        # Putting someone on trial is legal action; going on trial is no act of one's own.
        ("Iran put seven students on trial.", {"Iran": "IRNGOV", "students": "IRNEDU"},
         {("173", "IRNGOV", "IRNEDU")}),
        ("The students went on trial in Tehran.", {"students": "IRNEDU"}, set()),
        # Discussions held or with someone are consultations, not any talk of ideas.
        ("The envoy held discussions with Kurdish leaders.", {"envoy": "USAGOV", "Kurdish leaders": "IRQOPP"},
         {("040", "USAGOV", "IRQOPP"), ("040", "IRQOPP", "USAGOV")}),
        ("The senator wants to begin a discussion about taxes.", {"senator": "USALEG"}, set()),
        # A deployment's "of" phrase names the force deployed, whose side acts.
        ("The deployment of Turkish troops on the border continued.", {"Turkish troops": "TURMIL"},
         {("154", "TURMIL", None)}),
    ],
)
def test_halted_talks_trials_and_discussions(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A noun that acts on another event noun is the event; the inner noun's phrases are its own.
        ("Washington announced the lifting of its trade embargo on Vietnam.",
         {"Washington": "USAGOV", "Vietnam": "VNMGOV"}, {("085", "USAGOV", "VNMGOV")}),
        ("The World Bank announced the suspension of aid to Haiti.", {"World Bank": "IGOWBK", "Haiti": "HTIGOV"},
         {("162", "IGOWBK", "HTIGOV")}),
        # A subject noun's named author acts on its "of" phrase.
        ("The Russian recognition of Abkhazia angered Georgia.", {"Russian": "RUS", "Abkhazia": "ABKGOV"},
         {("054", "RUS", "ABKGOV")}),
        # Captives handed over; jailing and shooting as nouns.
        ("China's handover of the two detained Americans ended the standoff.",
         {"China": "CHNGOV", "Americans": "USA"}, {("0841", "CHNGOV", "USA")}),
        ("The imprisonment of the opposition leader provoked riots.", {"opposition leader": "VENOPP"},
         {("173", None, "VENOPP")}),
        # Someone's shooting is one done to them: they are no shooter.
        ("Slepian's shooting shocked the town.", {"Slepian": "USACVL"}, set()),
        # A strike by workers is a labour strike.
        ("The strike by Korean workers entered its third week.", {"Korean workers": "KORLAB"},
         {("143", "KORLAB", None)}),
    ],
)
def test_nouns_acting_on_events_and_new_nominalisations(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A reaction nobody is named for codes nothing: the act reacted to is the event.
        ("The Iraqi attack on Kuwait was condemned around the world.", {"Iraqi": "IRQ", "Kuwait": "KWTGOV"},
         {("190", "IRQ", "KWTGOV")}),
        ("Iran's offer of talks with the United States was rejected.",
         {"Iran": "IRNGOV", "United States": "USAGOV"}, {("030", "IRNGOV", "USAGOV")}),
        # With its author named, the reaction is the event.
        ("Israel's raid on the camp was condemned by Egypt.", {"Israel": "ISRGOV", "Egypt": "EGYGOV"},
         {("111", "EGYGOV", "ISRGOV")}),
    ],
)
def test_acts_reacted_to_by_nobody_named(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Light verbs of war and siege ('waged' is lemmatised 'wag').
        ("Russia waged war against Chechnya.", {"Russia": "RUSGOV", "Chechnya": "RUSREB"},
         {("190", "RUSGOV", "RUSREB")}),
        ("Serb forces laid siege to Gorazde.", {"Serb forces": "SRBMIL", "Gorazde": "BIH"},
         {("191", "SRBMIL", "BIH")}),
        # Tribute paid is praise.
        ("Arab leaders paid tribute to King Hussein.", {"Arab leaders": "MEAGOV", "King Hussein": "JORGOV"},
         {("051", "MEAGOV", "JORGOV")}),
        # A count of acts: "made dozens of arrests".
        ("Police made dozens of arrests in Lagos.", {"Police": "NGACOP"}, {("173", "NGACOP", None)}),
        # "set" stays no light verb: "set a date" is no event.
        ("The council set a date for the talks.", {"council": "NGAGOV"}, set()),
    ],
)
def test_light_verbs_of_war_siege_and_tribute(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A named actor modifying an event noun is its author wherever the noun stands, as a possessor is.
        ("The Hezbollah leader recalled the Israeli invasion of Lebanon.", {"Israeli": "ISR", "Lebanon": "LBN"},
         {("190", "ISR", "LBN")}),
        # Not of a meeting, which it takes part in.
        ("Gadhafi called for a Security Council meeting in Geneva.", {"Security Council": "IGOUNO"}, set()),
        # The signing of an accord between two sides: both sign it.
        ("The signing of the peace accord between Israel and Jordan took place at the border.",
         {"Israel": "ISRGOV", "Jordan": "JORGOV"}, {("057", "ISRGOV", "JORGOV"), ("057", "JORGOV", "ISRGOV")}),
    ],
)
def test_named_modifiers_author_event_nouns(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Two sides joined by a hyphen before a mutual noun act on each other.
        ("Indian-Pakistani talks on Kashmir broke down.", {"Indian": "IND", "Pakistani": "PAK"},
         {("164", "IND", "PAK"), ("164", "PAK", "IND")}),
        ("The Israeli-Syrian talks resumed.", {"Israeli": "ISR", "Syrian": "SYR"},
         {("046", "ISR", "SYR"), ("046", "SYR", "ISR")}),
    ],
)
def test_hyphenated_sides_of_mutual_nouns(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A passive jailing or cut in relations with nobody named is someone unknown's act.
        ("Three journalists were jailed for insulting the king.", {"journalists": "JORMED"},
         {("173", None, "JORMED")}),
        ("Diplomatic relations with Libya were severed in 1986.", {"Libya": "LBYGOV"}, {("161", None, "LBYGOV")}),
        # Forced to act is necessity, not coercion by anyone.
        ("The guards were forced to fire warning shots.", {"guards": "USAMIL"}, set()),
    ],
)
def test_passive_coercion_by_someone_unnamed(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
