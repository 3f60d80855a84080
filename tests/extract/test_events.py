"""Event coding over hand-built actor records: triggers, roles, negation, modality, provenance, date and place."""

from __future__ import annotations

import pytest

from event_cases import PUBLISHED, coded_events, dyads_of, hand_built_actors
from newsgraph.extract._cameo import lookup
from newsgraph.extract.events import find_events
from newsgraph.records import Actor, Place, Quote, Span, Timex


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            "Russia says it is in talks with Iranian officials on the peace talks.",
            {"Russia": "RUSGOV", "Iranian officials": "IRNGOV"},
            {("046", "RUSGOV", "IRNGOV"), ("046", "IRNGOV", "RUSGOV")},
        ),
        (
            # The counterpart is the "with" party, not the topic of the talks.
            "Russia says it is in talks with Iranian officials on preparations for the Syria peace talks.",
            {"Russia": "RUSGOV", "Iranian officials": "IRNGOV", "Syria": "SYRGOV"},
            {("046", "RUSGOV", "IRNGOV"), ("046", "IRNGOV", "RUSGOV")},
        ),
        (
            "Lavrov announced that Moscow had invited the US to attend the Syria peace talks.",
            {"Moscow": "RUSGOV", "US": "USAGOV"},
            {("036", "RUSGOV", "USAGOV")},
        ),
        (
            "Iran has voiced strong opposition to the US participation in the upcoming talks.",
            {"Iran": "IRNGOV", "US": "USAGOV"},
            {("120", "IRNGOV", "USAGOV")},
        ),
        (
            "The conflict resolution talks on Syria are brokered by Moscow, Ankara and Tehran.",
            {"Syria": "SYR", "Moscow": "RUSGOV", "Ankara": "TURGOV", "Tehran": "IRNGOV"},
            {("045", "RUSGOV", "SYR"), ("045", "TURGOV", "SYR"), ("045", "IRNGOV", "SYR")},
        ),
        ("Germany invaded France.", {"Germany": "DEU", "France": "FRA"}, {("192", "DEU", "FRA")}),
        ("France was invaded by Germany.", {"Germany": "DEU", "France": "FRA"}, {("192", "DEU", "FRA")}),
        (
            "Venezuelan militias received guns from the Venezuelan government.",
            {"Venezuelan militias": "VENOPP", "Venezuelan government": "VENGOV"},
            {("072", "VENGOV", "VENOPP")},
        ),
        (
            "Arnor is close to restoring diplomatic ties with Gondor.",
            {"Arnor": "ARN", "Gondor": "GON"},
            {("064", "ARN", "GON")},
        ),
        (
            "The Gondor cabinet condemned a raid by Arnor troops on a village in northern Ithilen.",
            {"Gondor cabinet": "GONGOV", "Arnor troops": "ARNMIL", "Ithilen": "ITH"},
            {("111", "GONGOV", "ARNMIL")},
        ),
        (
            "Merkel wants Erdogan to open the border with Syria.",
            {"Merkel": "DEUGOV", "Erdogan": "TURGOV", "Syria": "SYR"},
            {("021", "DEUGOV", "TURGOV")},
        ),
        # An agreement to act expresses intent (CAMEO 03x), as the CAMEO manual and PLOVER code it.
        (
            "Obama agreed on Friday to lift the embargo against Cuba.",
            {"Obama": "USAGOV", "Cuba": "CUB"},
            {("0354", "USAGOV", "CUB")},
        ),
        ("Shevardnadze resigned on Sunday.", {"Shevardnadze": "GEOGOV"}, {("0831", "GEOGOV", None)}),
        # The actor of an event noun can be its adjective; a demand noun targets its clause's subject.
        ("There were Israeli air strikes on Gaza.", {"Israeli": "ISR", "Gaza": "PSE"}, {("195", "ISR", "PSE")}),
        (
            "The WHO renewed its demand that Egypt lift limits on medical imports.",
            {"WHO": "IGOUNOWHO", "Egypt": "EGY"},
            {("100", "IGOUNOWHO", "EGY")},
        ),
        # Signing an accord is signing a formal agreement (CAMEO 057), with the party its clause names.
        (
            "Gondor signed a pact last week to sell fishing rights to Arnor.",
            {"Arnor": "ARN", "Gondor": "GON"},
            {("057", "ARN", "GON"), ("057", "GON", "ARN")},
        ),
        (
            "Colombia signed a peace accord with FARC rebels.",
            {"Colombia": "COL", "FARC rebels": "COLREB"},
            {("057", "COL", "COLREB"), ("057", "COLREB", "COL")},
        ),
        # An attack nobody is named for has an unknown attacker, not no event.
        (
            "A bombing outside the market killed two Nigerian police officers on Friday.",
            {"Nigerian police officers": "NGACOP"},
            {("183", None, "NGACOP")},
        ),
        (
            "Four Pakistani shoppers have been killed in a market bombing near the old city.",
            {"Pakistani shoppers": "PAKCVL"},
            {("183", None, "PAKCVL")},
        ),
        (
            "Two British soldiers were killed by a landmine near Kandahar.",
            {"British soldiers": "GBRMIL"},
            {("190", None, "GBRMIL")},
        ),
        # Event nouns of repression, violence and cooperation.
        (
            "Police launched a crackdown on protesters.",
            {"Police": "EGYCOP", "protesters": "EGYOPP"},
            {("175", "EGYCOP", "EGYOPP")},
        ),
        (
            "Fighting between Armenia and Azerbaijan erupted on Sunday.",
            {"Armenia": "ARM", "Azerbaijan": "AZE"},
            {("190", "ARM", "AZE"), ("190", "AZE", "ARM")},
        ),
        ("China extended a loan to Pakistan.", {"China": "CHN", "Pakistan": "PAK"}, {("071", "CHN", "PAK")}),
        # Phrasal verbs, with the particle parsed as an adverb or a particle.
        ("President Ilves stepped down on Sunday.", {"President Ilves": "ESTGOV"}, {("0831", "ESTGOV", None)}),
        ("Russian troops pulled out on Monday.", {"Russian troops": "RUSMIL"}, {("087", "RUSMIL", None)}),
        (
            "Israel evicted Palestinian families from their homes.",
            {"Israel": "ISRGOV", "Palestinian families": "PSE"},
            {("174", "ISRGOV", "PSE")},
        ),
        # "ordered X to do": a demand of X, specific when what is ordered is an event.
        (
            "The judge ordered Carlos Menem to appear for questioning.",
            {"judge": "ARGJUD", "Carlos Menem": "ARGELI"},
            {("100", "ARGJUD", "ARGELI")},
        ),
        (
            "Putin ordered Russian troops to withdraw from Syria.",
            {"Putin": "RUSGOV", "Russian troops": "RUSMIL", "Syria": "SYR"},
            {("1056", "RUSGOV", "RUSMIL")},
        ),
        # Ordering an event noun is no demand of anybody: the orderer starts it, as with "launched an investigation".
        ("The court ordered an investigation into the killing.", {"court": "ARGJUD"}, {("090", "ARGJUD", None)}),
        (
            "Gunmen killed three Iraqi policemen in Baghdad on Monday.",
            {"Iraqi policemen": "IRQCOP"},
            {("190", None, "IRQCOP")},
        ),
        (
            # A coded attacker is preferred to the unknown one.
            "Syrian militants attacked a Turkish army base.",
            {"Syrian militants": "SYRUAF", "Turkish army": "TURMIL"},
            {("190", "SYRUAF", "TURMIL")},
        ),
        # An arrest with no agent is made by the authorities of the place.
        (
            "Two French journalists were detained in Iran on Monday.",
            {"French journalists": "FRAMED", "Iran": "IRN"},
            {("173", "IRN", "FRAMED")},
        ),
        (
            "Two French journalists were detained by Syrian rebels in Iran.",
            {"French journalists": "FRAMED", "Syrian rebels": "SYRREB", "Iran": "IRN"},
            {("173", "SYRREB", "FRAMED")},
        ),
        # A group named by an identity nobody codes is an uncoded source, not no event.
        (
            "Buddhist monks set fire to the shops of the Pakistani traders.",
            {"Pakistani": "PAK"},
            {("171", None, "PAK")},
        ),
        ("The monks set fire to the shops of the Pakistani traders.", {"Pakistani": "PAK"}, set()),
        (
            "A group of Maasai elders said they had criticized the Kenyan president.",
            {"Kenyan president": "KENGOV"},
            {("111", None, "KENGOV")},
        ),
        # Unnamed attackers: also through a pronoun, and for coercion such as damaging property.
        (
            "Gunmen said they had tried to assassinate Governor Ahmed Kazemi.",
            {"Ahmed Kazemi": "AFGGOV"},
            {("185", None, "AFGGOV")},
        ),
        # An attempted assassination is CAMEO's own code.
        (
            "Iraqi rebels tried to assassinate the Iraqi prime minister.",
            {"Iraqi rebels": "IRQREB", "Iraqi prime minister": "IRQGOV"},
            {("185", "IRQREB", "IRQGOV")},
        ),
        (
            "Iraqi rebels assassinated the Iraqi prime minister.",
            {"Iraqi rebels": "IRQREB", "Iraqi prime minister": "IRQGOV"},
            {("186", "IRQREB", "IRQGOV")},
        ),
        (
            "Hackers defaced the websites of the Danish government.",
            {"Danish government": "DNKGOV"},
            {("171", None, "DNKGOV")},
        ),
        # An event noun the subject is put through: the agent, else the state of the place, does it.
        (
            "A US citizen was placed under investigation in Spain.",
            {"US": "USA", "Spain": "ESP"},
            {("090", "ESP", "USA")},
        ),
        (
            "The opposition leader was placed under house arrest by the Iranian government.",
            {"opposition leader": "IRNOPP", "Iranian government": "IRNGOV"},
            {("173", "IRNGOV", "IRNOPP")},
        ),
        ("The Iranian opposition leader remains under house arrest.", {"Iranian opposition leader": "IRNOPP"}, set()),
        # Standing one's own forces down: a passive with no agent is the subject's own act.
        (
            "Kurdish militias have been demobilized since the ceasefire.",
            {"Kurdish militias": "IRQREB"},
            {("0873", "IRQREB", None)},
        ),
        (
            "Kurdish militias were demobilized by the Iraqi army.",
            {"Kurdish militias": "IRQREB", "Iraqi army": "IRQMIL"},
            {("0873", "IRQMIL", "IRQREB")},
        ),
        # An uncoded town reached by the act is a place, not a party left uncoded.
        (
            "Rebels in the Ivory Coast blocked food deliveries into Bouake on Friday.",
            {"Rebels": "CIVREB"},
            {("144", "CIVREB", None)},
        ),
        # A counterpart named but not coded one preposition down: no event rather than a half one.
        (
            "Arnor is close to restoring diplomatic ties with Gxndor, a palace spokesman said.",
            {"Arnor": "ARN"},
            set(),
        ),
        # Defying a ban or a law rejects the one who imposed it (CAMEO 128).
        (
            "The Thai magazine has defied a ban by General Prayut.",
            {"Thai magazine": "THAMED", "Prayut": "THAMIL"},
            {("128", "THAMED", "THAMIL")},
        ),
        ("North Korea flouted UN sanctions.", {"North Korea": "PRKGOV", "UN": "IGOUNO"}, {("128", "PRKGOV", "IGOUNO")}),
        # Stopping work is a strike; signing a bill is no agreement with anyone.
        ("Dock workers in Greece stopped work for 24 hours.", {"Dock workers": "GRCLAB"}, {("143", "GRCLAB", None)}),
        ("The Serbian president signed the bill into law.", {"Serbian president": "SRBGOV"}, set()),
        ("Workers went on strike over a bill signed by the Serbian president.", {"Serbian president": "SRBGOV"}, set()),
        (
            "Serbia signed a trade agreement with Hungary.",
            {"Serbia": "SRB", "Hungary": "HUN"},
            {("057", "SRB", "HUN"), ("057", "HUN", "SRB")},
        ),
        # Told from the victim's side: the cause of a death, or an abuse in someone's custody.
        (
            "A Kurdish detainee died from torture while in Turkish police custody.",
            {"Kurdish detainee": "TURCVL", "Turkish police": "TURCOP"},
            {("1822", "TURCOP", "TURCVL")},
        ),
        (
            "Three Afghan civilians died in a US drone strike on Sunday.",
            {"Afghan civilians": "AFGCVL", "US": "USA"},
            {("195", "USA", "AFGCVL")},
        ),
        (
            "An Iraqi journalist was tortured in Syrian police custody.",
            {"Iraqi journalist": "IRQMED", "Syrian police": "SYRCOP"},
            {("1822", "SYRCOP", "IRQMED")},
        ),
        ("Two Iraqi soldiers died of their wounds.", {"Iraqi soldiers": "IRQMIL"}, set()),
        # The purpose of a trip is the event: talks with the one named, else with the host.
        (
            "Iranian officials arrived in Moscow for talks with Russian officials.",
            {"Iranian officials": "IRNGOV", "Moscow": "RUSGOV", "Russian officials": "RUSGOV"},
            {("046", "IRNGOV", "RUSGOV"), ("046", "RUSGOV", "IRNGOV")},
        ),
        (
            "Chinese diplomats and Indian diplomats travel to Vienna next week for talks on water.",
            {"Chinese diplomats": "CHNGOV", "Indian diplomats": "INDGOV"},
            {("046", "CHNGOV", "INDGOV"), ("046", "INDGOV", "CHNGOV")},
        ),
        (
            "Iranian officials arrived in Moscow for a funeral.",
            {"Iranian officials": "IRNGOV", "Moscow": "RUSGOV"},
            {("042", "IRNGOV", "RUSGOV")},
        ),
        # "Called for" is an appeal; an event noun asked for says what kind.
        (
            "The Venezuelan opposition called for fresh elections.",
            {"Venezuelan opposition": "VENOPP"},
            {("020", "VENOPP", None)},
        ),
        (
            "Iran called for talks with the United States.",
            {"Iran": "IRNGOV", "United States": "USAGOV"},
            {("026", "IRNGOV", "USAGOV")},
        ),
        (
            "Iran demanded the withdrawal of US troops.",
            {"Iran": "IRNGOV", "US troops": "USAMIL"},
            {("1056", "IRNGOV", "USAMIL")},
        ),
        (
            "Syrian government forces recaptured the town from rebels.",
            {"Syrian government forces": "SYRMIL", "rebels": "SYRREB"},
            {("190", "SYRMIL", "SYRREB")},
        ),
        (
            # Held jointly, exercises are military cooperation (062, as "war games" in PLOVER's examples).
            "South Korea and the United States began joint military exercises.",
            {"South Korea": "KOR", "United States": "USA"},
            {("062", "KOR", "USA"), ("062", "USA", "KOR")},
        ),
        (
            "South Korea began military exercises.",
            {"South Korea": "KOR"},
            {("150", "KOR", None)},
        ),
        # A sum given or pledged: aid, and its phrase names the recipient.
        (
            "Germany pledged 50 million euros in aid to Ukraine.",
            {"Germany": "DEU", "Ukraine": "UKR"},
            {("0331", "DEU", "UKR")},
        ),
        ("Japan gave $2 billion to Indonesia.", {"Japan": "JPN", "Indonesia": "IDN"}, {("070", "JPN", "IDN")}),
        ("Germany promised aid to Ukraine.", {"Germany": "DEU", "Ukraine": "UKR"}, {("033", "DEU", "UKR")}),
        # Administrative sanctions by their kind: a curfew, restrictions, martial law.
        (
            "Washington imposed visa restrictions on Nigerian officials.",
            {"Washington": "USAGOV", "Nigerian officials": "NGAGOV"},
            {("172", "USAGOV", "NGAGOV")},
        ),
        ("The Iraqi government imposed a curfew.", {"Iraqi government": "IRQGOV"}, {("1723", "IRQGOV", None)}),
        ("Thailand declared martial law.", {"Thailand": "THAGOV"}, {("1724", "THAGOV", None)}),
        # Repressing a crowd is violent repression (CAMEO 175), not an armed attack.
        (
            "Police fired tear gas at protesters in Nairobi.",
            {"Police": "KENCOP", "protesters": "KENOPP"},
            {("175", "KENCOP", "KENOPP")},
        ),
        (
            "Police dispersed the demonstrators in Cairo.",
            {"Police": "EGYCOP", "demonstrators": "EGYOPP"},
            {("175", "EGYCOP", "EGYOPP")},
        ),
        # A call with someone is a conversation; a call for something an appeal.
        (
            "Iran's foreign minister held a phone call with his Russian counterpart.",
            {"Iran's foreign minister": "IRNGOV", "Russian counterpart": "RUSGOV"},
            {("041", "IRNGOV", "RUSGOV"), ("041", "RUSGOV", "IRNGOV")},
        ),
        ("The UN made a call for calm in Syria.", {"UN": "IGOUNO", "Syria": "SYR"}, {("020", "IGOUNO", "SYR")}),
        # The place of the site an attack happens at stands in for a target nobody coded.
        (
            "A suicide bomber killed 20 people at a mosque in Kabul.",
            {"Kabul": "AFG"},
            {("183", None, "AFG")},
        ),
        (
            "The United States froze the assets of Russian oligarchs.",
            {"United States": "USAGOV", "Russian oligarchs": "RUSELI"},
            {("163", "USAGOV", "RUSELI")},
        ),
        # Calling up reservists mobilises forces; a date is no pattern's preposition ("called ... on Tuesday").
        ("Israel called up 300,000 reservists.", {"Israel": "ISR"}, {("154", "ISR", None)}),
        (
            "Putin called up Erdogan on Tuesday.",
            {"Putin": "RUSGOV", "Erdogan": "TURGOV"},
            {("041", "RUSGOV", "TURGOV")},
        ),
        (
            "The World Bank approved a $1 billion loan to Egypt.",
            {"World Bank": "IGOUNOWBK", "Egypt": "EGY"},
            {("071", "IGOUNOWBK", "EGY")},
        ),
        # An infinitive after a noun: the noun's possessor acts, or the one who authored the noun.
        (
            "Russia's decision to expel 23 British diplomats angered London.",
            {"Russia": "RUSGOV", "British diplomats": "GBRGOV"},
            {("161", "RUSGOV", "GBRGOV")},
        ),
        (
            "The Iranian parliament approved a bill to suspend cooperation with the IAEA.",
            {"Iranian parliament": "IRNLEG", "IAEA": "IGOUNOIAE"},
            {("160", "IRNLEG", "IGOUNOIAE")},
        ),
        # Blocking a text or a decision rejects it; blocking roads obstructs.
        (
            "Hungary blocked an EU statement condemning China.",
            {"Hungary": "HUNGOV", "EU": "IGOEUREEC", "China": "CHNGOV"},
            {("120", "HUNGOV", "IGOEUREEC")},
        ),
        # Talks hosted between others are theirs too; talks only proposed are not held.
        (
            "Egypt hosted talks between Israel and Hamas.",
            {"Egypt": "EGYGOV", "Israel": "ISRGOV", "Hamas": "PSEREBHMS"},
            {
                ("043", "EGYGOV", "ISRGOV"),
                ("043", "EGYGOV", "PSEREBHMS"),
                ("046", "ISRGOV", "PSEREBHMS"),
                ("046", "PSEREBHMS", "ISRGOV"),
            },
        ),
        # A promise or agreement takes its kind from the event noun it is about.
        (
            "India and Pakistan agreed to a ceasefire.",
            {"India": "IND", "Pakistan": "PAK"},
            {("0356", "IND", "PAK"), ("0356", "PAK", "IND")},
        ),
        (
            "Armenia and Azerbaijan exchanged prisoners.",
            {"Armenia": "ARM", "Azerbaijan": "AZE"},
            {("0841", "ARM", "AZE"), ("0841", "AZE", "ARM")},
        ),
        # An accident is nobody's attack.
        ("Three Iraqi civilians were killed in a car crash.", {"Iraqi civilians": "IRQCVL"}, set()),
        # A main verb misparsed as a participle of a verbless sentence still has its subject.
        (
            "Nurses from three Canadian charities donated and personally delivered blankets to Kabul.",
            {"Canadian charities": "CANNGO", "Kabul": "AFG"},
            {("070", "CANNGO", "AFG")},
        ),
        # Troops sent abroad are a show of force (where they go is no foe faced), weapons military aid, not aid in
        # general.
        ("Syria sent troops to Lebanon.", {"Syria": "SYRGOV", "Lebanon": "LBNGOV"}, {("150", "SYRGOV", None)}),
        ("Iran dispatched soldiers to Iraq.", {"Iran": "IRNGOV", "Iraq": "IRQGOV"}, {("150", "IRNGOV", None)}),
        (
            "The United States sent weapons to Ukraine.",
            {"United States": "USAGOV", "Ukraine": "UKRGOV"},
            {("072", "USAGOV", "UKRGOV")},
        ),
        # A "by" phrase the parser hung on the gerund still names who accused.
        (
            "Iran was accused of supplying weapons by the United States.",
            {"Iran": "IRNGOV", "United States": "USAGOV"},
            {("112", "USAGOV", "IRNGOV")},
        ),
        # An execution is a killing (CAMEO has no capital-punishment code); executing a plan is not.
        ("Iran executed two Kurdish activists.", {"Iran": "IRNGOV", "Kurdish activists": "IRNOPP"},
         {("1823", "IRNGOV", "IRNOPP")}),
        ("Iran executed the agreement with Russia.", {"Iran": "IRNGOV", "Russia": "RUSGOV"}, set()),
    ],
)
def test_dyads(nlp, text: str, codes: dict[str, str], expected: set) -> None:  # type: ignore[no-untyped-def]
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            # A threat of an embedded act, here through the support verb of an event noun.
            "Ethiopia threatened to launch a major offensive against Eritrea.",
            {"Ethiopia": "ETHGOV", "Eritrea": "ERIGOV"},
            {("1384", "ETHGOV", "ERIGOV")},
        ),
        (
            # "sworn to fight" parsed as a purpose clause: the wrapper still governs it.
            "The insurgents have sworn to fight the army until they hold the mountain passes.",
            {"insurgents": "ALBREB", "army": "MKDMIL"},
            {("1384", "ALBREB", "MKDMIL")},
        ),
        (
            # The purpose clause inherits the subject its head inherited, and its intent:
            # an intent to provide aid (033).
            "Denmark is ready to send equipment to help protect Estonia.",
            {"Denmark": "DNKGOV", "Estonia": "ESTGOV"},
            {("033", "DNKGOV", "ESTGOV")},
        ),
        (
            # A denied act denies its purpose too.
            "Denmark did not send troops to help Estonia.",
            {"Denmark": "DNKGOV", "Estonia": "ESTGOV"},
            set(),
        ),
        (
            # The demanded clause hangs from the support verb, not from the noun.
            "The WHO repeated its demand today that Egypt lift limits on the import of vaccines.",
            {"WHO": "IGOUNOWHO", "Egypt": "EGYGOV"},
            {("100", "IGOUNOWHO", "EGYGOV")},
        ),
        (
            # Coordinated verbs share the object and its recipient.
            "American doctors donated and personally delivered medicine to Iraq.",
            {"American doctors": "USAHLH", "Iraq": "IRQ"},
            {("070", "USAHLH", "IRQ")},
        ),
        (
            # "in its war" is where the offensive happens, not a war the verb launched.
            "Iran launched an offensive in its war with Iraq.",
            {"Iran": "IRNGOV", "Iraq": "IRQGOV"},
            {("190", "IRNGOV", None)},
        ),
        (
            "Russia is engaged in negotiations with Turkey.",
            {"Russia": "RUS", "Turkey": "TUR"},
            {("046", "RUS", "TUR"), ("046", "TUR", "RUS")},
        ),
        (
            # A measure noun stands in for the event noun it counts; "war" only modifies "games".
            "Indian and Japanese destroyers on Friday launched five days of war games.",
            {"Indian": "INDMIL", "Japanese": "JPNMIL"},
            {("062", "INDMIL", "JPNMIL"), ("062", "JPNMIL", "INDMIL")},
        ),
        (
            # "on alert": an event noun under an engagement verb; the place is the target when nobody is.
            "Indian troops remained on alert in Kashmir on Sunday.",
            {"Indian troops": "INDMIL", "Kashmir": "IND"},
            {("152", "INDMIL", "IND")},
        ),
        (
            # "thousands of refugees": the counted noun is the party.
            "The rebel army is holding thousands of Karen villagers as human shields.",
            {"rebel army": "MMRREB", "Karen villagers": "MMRCVL"},
            {("184", "MMRREB", "MMRCVL")},
        ),
        (
            "Turkey is conducting large military exercises in Cyprus.",
            {"Turkey": "TURGOV", "Cyprus": "CYP"},
            {("150", "TURGOV", "CYP")},
        ),
        (
            # A scheduled event is coded as itself (hypothetical), not as an expressed intent;
            # its target is found one phrase down ("a conference on the crisis in Libya").
            "Merkel is due to attend a conference on the crisis in Libya.",
            {"Merkel": "DEUGOV", "Libya": "LBY"},
            {("044", "DEUGOV", "LBY")},
        ),
        (
            # "in" is not followed from the first noun: the disputes are not China's.
            "Vietnam and Australia agree that the fishing quarrels in the South China Sea must end.",
            {"Vietnam": "VNM", "Australia": "AUS", "South China Sea": "CHN"},
            {("030", "VNM", "AUS"), ("030", "AUS", "VNM")},
        ),
        (
            # The participle's agent is the party a non-actor noun points at.
            "Rohan welcomed the offer made by Arnor.",
            {"Rohan": "ROH", "Arnor": "ARN"},
            {("051", "ROH", "ARN")},
        ),
        (
            # An infinitive clause of a preposition's noun: the subject of the clause holding the noun.
            "Hundreds of Kenyans were gathering for a march in Nairobi to protest the fuel price rise.",
            {"Kenyans": "KEN"},
            {("141", "KEN", None)},
        ),
        (
            # ... but not for a predicate noun: Mordor does not visit.
            "Frodo said that Mordor is a bleak country to visit.",
            {"Frodo": "HOB", "Mordor": "MOR"},
            set(),
        ),
        (
            # An attack another party claims was done: the claimant accuses the attacker; the attack is its word.
            "France claimed on Monday that Boko Haram had attacked Chad.",
            {"France": "FRA", "Boko Haram": "NGAREB", "Chad": "TCD"},
            {("112", "FRA", "NGAREB")},
        ),
        (
            # A denied or hypothetical attack accuses nobody.
            "France said on Monday that Boko Haram had not attacked Chad.",
            {"France": "FRA", "Boko Haram": "NGAREB", "Chad": "TCD"},
            set(),
        ),
        (
            # Reporting one's own attack accuses nobody.
            "France said on Monday that it had attacked Chad.",
            {"France": "FRA", "Chad": "TCD"},
            {("190", "FRA", "TCD")},
        ),
        (
            # A passive attack without agent comes from the place it was fired from; "at" names the target. Told
            # by its victim, the attack is the victim's accusation alone.
            "South Korea said an artillery shell was fired at it from North Korea on Friday.",
            {"South Korea": "KOR", "North Korea": "PRK"},
            {("112", "KOR", "PRK")},
        ),
        (
            # The actor of an attack noun may modify its weapon ("US drone strikes").
            "Five civilians were killed in US drone strikes.",
            {"US": "USA", "civilians": "YEMCVL"},
            {("190", "USA", "YEMCVL")},
        ),
        (
            # An unspecified appeal or demand says what it asks for.
            "The Senate is asking Biden to aid Ukraine.",
            {"Senate": "USALEG", "Biden": "USAGOV", "Ukraine": "UKR"},
            {("023", "USALEG", "USAGOV")},
        ),
        (
            # Humanitarian access allowed is international involvement (086x): its demand is 1055.
            "The UN demanded that the parties allow humanitarian access.",
            {"UN": "IGOUNO"},
            {("1055", "IGOUNO", None)},
        ),
        (
            # A refused permission is a rejection; the permitted act spells out the noun.
            "Macron stated that he would not grant permission to Britain to help Libya.",
            {"Macron": "FRAGOV", "Britain": "GBR", "Libya": "LBY"},
            {("124", "FRAGOV", "GBR")},
        ),
        (
            # An accident is nobody's act.
            "Twenty people were killed by the crash of a Malaysia Airlines flight.",
            {"Malaysia Airlines": "MYSBUS"},
            set(),
        ),
        (
            # A named but uncoded target is still the one the demand is made of.
            "The protest movements are demanding that President Lukashenko drop his plan.",
            {"protest movements": "BLROPP", "Lukashenko": "BLRGOV"},
            {("100", "BLROPP", "BLRGOV")},
        ),
        (
            # Calling off one's own strike yields.
            "The nurses' union said it had called off its strike.",
            {"nurses' union": "NGALAB"},
            {("080", "NGALAB", None)},
        ),
        (
            # Protesting that a clause holds is a complaint about its subject; failing to uphold rights
            # rejects nobody (failing rejects only a cooperative act it governs).
            "Hungarian officials are failing to respect the rights of asylum seekers, a legal aid group protested.",
            {"Hungarian officials": "HUNGOV", "legal aid group": "NGOHRI"},
            {("114", "NGOHRI", "HUNGOV")},
        ),
        (
            # "X and Y met": coordinated subjects meet each other; the place is no counterpart.
            "Putin and Erdogan met in Moscow on Tuesday.",
            {"Putin": "RUSGOV", "Erdogan": "TURGOV", "Moscow": "RUS"},
            {("040", "RUSGOV", "TURGOV"), ("040", "TURGOV", "RUSGOV")},
        ),
        (
            # Talks "on" a topic are not talks with it.
            "Russia and Turkey held talks on Syria.",
            {"Russia": "RUS", "Turkey": "TUR", "Syria": "SYR"},
            {("046", "RUS", "TUR"), ("046", "TUR", "RUS")},
        ),
        (
            # A material act on people: their captor is not the target.
            "Iran released the sailors detained by Israel.",
            {"Iran": "IRN", "Israel": "ISR"},
            {("0841", "IRN", None), ("173", "ISR", None)},
        ),
        ("Turkey shot down a Russian jet.", {"Turkey": "TUR", "Russian jet": "RUSMIL"}, {("190", "TUR", "RUSMIL")}),
        (
            # The resolution condemns Syria, not the one who vetoed it; a veto is CAMEO 129.
            "Russia vetoed a UN resolution condemning Syria.",
            {"Russia": "RUS", "UN": "IGOUNO", "Syria": "SYR"},
            {("129", "RUS", "IGOUNO")},
        ),
        (
            "Pakistan and India exchanged fire along the border.",
            {"Pakistan": "PAK", "India": "IND"},
            {("190", "PAK", "IND"), ("190", "IND", "PAK")},
        ),
        (
            # A reciprocal noun without a subject: the parties it is between.
            "The talks between Iran and the United States resumed in Vienna.",
            {"Iran": "IRN", "United States": "USA"},
            {("046", "IRN", "USA"), ("046", "USA", "IRN")},
        ),
        (
            # The place only fills in: a named counterpart comes first.
            "Russia met Turkey in Syria.",
            {"Russia": "RUSGOV", "Turkey": "TUR", "Syria": "SYR"},
            {("040", "RUSGOV", "TUR")},
        ),
    ],
)
def test_governed_and_shared_arguments(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads_of(coded_events(nlp, text, codes)) == expected


def test_named_but_uncoded_source_acts_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Embattled Governor Pedro Salas has agreed to resign."
    start = text.index("Pedro")
    actor = Actor("a1", None, "Pedro Salas", None, None, (Span.of(text, start, start + 11),))
    (event,) = find_events(
        nlp(text), text, actors=(actor,), timexes=(), locations={}, quotes=(), published=PUBLISHED
    )
    assert (event.cameo, event.source.code, event.source.text, event.target) == ("0341", None, "Pedro Salas", None)


def test_named_but_uncoded_target_when_nobody_coded_is_acted_upon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The protest movements are demanding that President Lukashenko drop his plan."
    start = text.index("Lukashenko")
    president = Actor("m1", None, "Lukashenko", None, None, (Span.of(text, start, start + 10),))
    actors = hand_built_actors(text, {"protest movements": "BLROPP"}) + (president,)
    (event,) = find_events(nlp(text), text, actors=actors, timexes=(), locations={}, quotes=(), published=PUBLISHED)
    assert (event.cameo, event.source.code, event.target.text, event.target.code) == (
        "100", "BLROPP", "Lukashenko", None)


def test_alternative_codings_of_one_phrase_are_all_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    # A user dictionary may code a phrase as alternatives ("FRO/BIL/SAM"): one actor each, one span.
    text = "Rohan and the Shire hailed the truce with Gondor."
    shire = Span.of(text, text.index("Shire"), text.index("Shire") + 5)
    actors = hand_built_actors(text, {"Rohan": "ROH", "Gondor": "GON"}) + tuple(
        Actor(f"s{code}", code, "Shire", code, None, (shire,)) for code in ("FRO", "BIL", "SAM")
    )
    events = find_events(nlp(text), text, actors=actors, timexes=(), locations={}, quotes=(), published=PUBLISHED)
    assert {event.source.code for event in events if event.source} == {"ROH", "FRO", "BIL", "SAM"}


def test_apposition_renaming_a_coded_head_adds_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Arnor's foreign minister Beregond warned Gondor."
    codes = {"Arnor's foreign minister": "ARNGOV", "Beregond": "BER", "Gondor": "GON"}
    events = coded_events(nlp, text, codes)
    assert dyads_of(events) == {("130", "ARNGOV", "GON")}


def test_denied_event_is_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = coded_events(nlp, "Iran denied that it had attacked Israel.", {"Iran": "IRN", "Israel": "ISR"})
    assert (event.cameo, event.source.code, event.target.code, event.negated) == ("190", "IRN", "ISR", True)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # A claim denied is an event denied; a claim confirmed stands.
        ("Iran denied accusations that it supplied drones to Russia.", True),
        ("Iran dismissed reports that it had sent weapons to Russia.", True),
        ("Iran confirmed reports that it had sent weapons to Russia.", False),
    ],
)
def test_denied_claim_negates_its_event(nlp, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    (event,) = coded_events(nlp, text, {"Iran": "IRN", "Russia": "RUS"})
    assert (event.cameo[:2], event.source.code, event.target.code, event.negated) == ("07", "IRN", "RUS", negated)


def test_no_actors_no_events(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The talks were brokered by the three sides."
    assert find_events(nlp(text), text, actors=(), timexes=(), locations={}, quotes=(), published=None) == ()


def test_compound_actor_shares_a_group_and_negation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Iran, Russia and Turkey have not sent any joint invitation to the US for taking part in the talks."
    events = coded_events(nlp, text, {"Iran": "IRNGOV", "Russia": "RUSGOV", "Turkey": "TURGOV", "US": "USAGOV"})
    assert {event.source.code for event in events if event.source} == {"IRNGOV", "RUSGOV", "TURGOV"}
    assert all(event.negated and event.cameo == "036" for event in events)
    assert all(event.target and event.target.code == "USAGOV" for event in events)
    assert len({event.group for event in events}) == 1 and events[0].group is not None


@pytest.mark.parametrize(
    ("text", "cameo", "hypothetical"),
    [
        # A stated future is an intent to act (03x); a guess ("expected to") keeps the act's code.
        ("Britain will provide weapons to Ukraine.", "0332", True),
        ("Britain would provide weapons to Ukraine.", "0332", True),
        ("Britain is expected to provide weapons to Ukraine.", "072", True),
        ("Britain provided weapons to Ukraine.", "072", False),
        # Being committed to an act is an intent to do it; committed to nothing coded, to cooperate.
        ("Britain is committed to providing weapons to Ukraine.", "0332", True),
        ("Britain is committed to rebuilding the economy of Ukraine.", "030", False),
        # Conflict in the future is a threat; refusals and future negation are rejections.
        ("Britain will impose sanctions on Ukraine.", "1312", True),
        ("Britain refused to provide weapons to Ukraine.", "121", False),
        ("Britain will not provide weapons to Ukraine.", "121", True),
    ],
)
def test_modality(nlp, text: str, cameo: str, hypothetical: bool) -> None:  # type: ignore[no-untyped-def]
    (event,) = coded_events(nlp, text, {"Britain": "GBR", "Ukraine": "UKR"})
    assert (event.cameo, event.hypothetical, event.negated) == (cameo, hypothetical, False)


def test_obligation_under_a_speech_verb_is_the_speakers_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey said on Friday that Greece must return the seized boat."
    events = coded_events(nlp, text, {"Turkey": "TUR", "Greece": "GRC"})
    assert dyads_of(events) == {("1053", "TUR", "GRC")}


def test_denied_past_event_stays_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = coded_events(nlp, "We know Germany did not invade France.", {"Germany": "DEU", "France": "FRA"})
    assert (event.cameo, event.negated) == ("192", True)


def test_reported_speech_keeps_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Zarif said, \u201cWe have not invited the US and oppose their presence.\u201d"
    start = text.index("\u201c") + 1
    end = text.index("\u201d")
    quote = Quote(
        content=Span.of(text, start, end),
        speaker=Span.of(text, 0, 5),
        speaker_resolved=None,
        speaker_actor="IRNGOV",
        cue=Span.of(text, 6, 10),
        direct=True,
    )
    events = coded_events(nlp, text, {"Zarif": "IRNGOV", "US": "USAGOV"}, quotes=(quote,))
    invited = [event for event in events if event.cameo == "036"]
    assert len(invited) == 1
    (event,) = invited
    assert event.negated and event.reported_by == "IRNGOV"
    assert event.source is not None and event.source.code == "IRNGOV" and event.source.text == "We"
    assert event.target is not None and event.target.text == "US"


def test_speaker_code_from_the_speaker_span_when_the_quote_has_none(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cWe have already invited the US,\u201d Lavrov told journalists."
    quote = Quote(
        content=Span.of(text, 1, text.index(",")),
        speaker=Span.of(text, text.index("Lavrov"), text.index("Lavrov") + 6),
        speaker_resolved=None,
        speaker_actor=None,
        cue=None,
        direct=True,
    )
    (event,) = coded_events(nlp, text, {"Lavrov": "RUSGOV", "US": "USAGOV"}, quotes=(quote,))
    assert (event.cameo, event.source.code, event.reported_by, event.negated) == ("036", "RUSGOV", "RUSGOV", False)
    assert event.source.actor_id == "a1"


@pytest.mark.parametrize(
    ("phrase", "value", "date"),
    [("this afternoon", "2017-01-19TAF", "2017-01-19"), ("at 14:30 on Monday", "2017-01-16T14:30", "2017-01-16")],
)
def test_a_time_of_day_dates_the_event_by_its_calendar_day(  # type: ignore[no-untyped-def]
    nlp, phrase: str, value: str, date: str
) -> None:
    text = f"Germany invaded France {phrase}."
    start = text.index(phrase)
    timex = Timex(start, start + len(phrase), phrase, value)
    (event,) = coded_events(nlp, text, {"Germany": "DEU", "France": "FRA"}, timexes=(timex,))
    assert (event.date, event.date_text, event.date_source) == (date, phrase, "text")


def test_date_place_and_table_values(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Germany invaded France on Monday. Germany invaded Poland."
    monday = text.index("on Monday")
    timex = Timex(monday, monday + 9, "on Monday", "2017-01-16")
    paris = Place(text.index("France"), text.index("France") + 6, "France", "France", "FRA", 46.0, 2.0, 3017382)
    events = coded_events(
        nlp, text, {"Germany": "DEU", "France": "FRA", "Poland": "POL"}, timexes=(timex,), locations={0: paris}
    )
    first, second = events
    assert (first.date, first.date_text, first.date_source) == ("2017-01-16", "on Monday", "text")
    assert (second.date, second.date_text, second.date_source) == (PUBLISHED, None, "published")
    assert first.location is not None and first.location.country == "FRA" and second.location is None
    assert first.trigger.text == "invaded" and text[first.sentence.start : first.sentence.end] == text[:33]
    entry = lookup("192")
    assert (first.plover, first.goldstein, first.quad_class) == (entry.plover, entry.goldstein, 4)


def test_blanked_text_gives_no_events(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Caption: Omar talks with Pelosi.\nGermany invaded France."
    masked = " " * text.index("\n") + text[text.index("\n") :]
    actors = hand_built_actors(text, {"Germany": "DEU", "France": "FRA", "Omar": "USALEG", "Pelosi": "USALEG"})
    events = find_events(nlp(masked), text, actors=actors, timexes=(), locations={}, quotes=(), published=None)
    assert dyads_of(events) == {("192", "DEU", "FRA")}


def test_cameo_table_fills_gaps_from_parents() -> None:
    assert lookup("0841").plover == "RETREAT"
    assert lookup("036").plover == "AGREE" and lookup("036").quad_class == 1
    assert lookup("120").goldstein == -4.0
    assert lookup("9999").plover is None


def test_reference_article(astana_result) -> None:  # type: ignore[no-untyped-def]
    if not astana_result.actors:
        pytest.skip("the actors extractor is not wired in yet")
    text = astana_result.text
    events = astana_result.events
    dyads = {(e.plover, e.source.code[:3] if e.source and e.source.code else None,
              e.target.code[:3] if e.target and e.target.code else None, e.negated) for e in events}
    assert ("CONSULT", "RUS", "IRN", False) in dyads
    assert any(e.cameo == "036" and e.source and e.target and (e.source.code or "").startswith("RUS")
               and (e.target.code or "").startswith("USA") and not e.negated for e in events)
    assert ("REJECT", "IRN", "USA", False) in dyads
    invitation = text.index("joint invitation")
    assert all(e.negated for e in events if e.sentence.start <= invitation < e.sentence.end and e.cameo == "036")
    caption_end = text.index("Kremlin spokesman, Dmitry Peskov (Photo")
    assert all(e.trigger.start > caption_end for e in events)
    # "militancy it blames on some Western states": Syria accuses, though nobody codes "Western states"
    assert any(e.cameo == "112" and e.trigger.text == "blames" and (e.source.code or "").startswith("SYR")
               for e in events)


def test_every_pattern_code_is_in_the_cameo_table() -> None:
    from newsgraph.extract._event_lexicon import NOT_AN_EVENT, _modality_table, cues, noun_patterns, verb_patterns

    table_codes = {
        pattern.cameo for table in (verb_patterns(), noun_patterns()) for rows in table.values() for pattern in rows
    }
    table_codes |= {code for rows in _modality_table().values() for code in rows.values()}
    for code in table_codes - {NOT_AN_EVENT}:
        entry = lookup(code)
        assert entry.name, code
        assert entry.plover is not None or code.startswith("02"), code
    assert {"support_verbs", "modal_aux", "negators", "speech_verbs"} <= set(cues())


def test_events_of_a_sentence_are_in_text_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Opposition students staged marches against Maduro, demanding that he quit."
    events = coded_events(nlp, text, {"Opposition students": "VENOPP", "Maduro": "VENGOV"})
    assert [event.trigger.start for event in events] == sorted(event.trigger.start for event in events)
    assert events[0].plover == "PROTEST"


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Britain deployed peacekeepers to Mali.", {"Britain": "GBR", "Mali": "MLI"}, {("074", "GBR", "MLI")}),
        ("Saudi Arabia delivered food to Yemen.", {"Saudi Arabia": "SAU", "Yemen": "YEM"}, {("070", "SAU", "YEM")}),
        (
            "Japan airlifted relief supplies to the Philippines.",
            {"Japan": "JPN", "Philippines": "PHL"},
            {("073", "JPN", "PHL")},
        ),
        (
            "Syria allowed inspectors from the UN into the country.",
            {"Syria": "SYR", "UN": "IGOUNO"},
            {("0862", "SYR", "IGOUNO")},
        ),
        (
            "Egypt legalized the party of the Muslim Brotherhood.",
            {"Egypt": "EGYGOV", "Muslim Brotherhood": "EGYOPP"},
            {("0812", "EGYGOV", "EGYOPP")},
        ),
        (
            "The government of Kenya yielded to demands of the opposition.",
            {"government of Kenya": "KENGOV", "opposition": "KENOPP"},
            {("080", "KENGOV", "KENOPP")},
        ),
        # A suspect handed over is judicial cooperation (063), a prisoner handed back is released (0841).
        ("Serbia handed over the suspect to Croatia.", {"Serbia": "SRB", "Croatia": "HRV"}, {("063", "SRB", "HRV")}),
        (
            "The United States pressed China to revalue its currency.",
            {"United States": "USA", "China": "CHN"},
            {("100", "USA", "CHN")},
        ),
        ("India sought help from Russia.", {"India": "IND", "Russia": "RUS"}, {("023", "IND", "RUS")}),
        (
            "Iran turned down an offer from the United States.",
            {"Iran": "IRN", "United States": "USA"},
            {("120", "IRN", "USA")},
        ),
        (
            "Venezuela ignored the demands of the United States.",
            {"Venezuela": "VEN", "United States": "USA"},
            {("120", "VEN", "USA")},
        ),
        (
            "Britain summoned the Russian ambassador.",
            {"Britain": "GBR", "Russian ambassador": "RUSGOV"},
            {("114", "GBR", "RUSGOV")},
        ),
        (
            "Israel broke off talks with the Palestinians.",
            {"Israel": "ISR", "Palestinians": "PSE"},
            {("164", "ISR", "PSE")},
        ),
        ("Britain cut off funding to Gaza.", {"Britain": "GBR", "Gaza": "PSE"}, {("162", "GBR", "PSE")}),
        (
            "Saudi Arabia shut down the offices of Al Jazeera.",
            {"Saudi Arabia": "SAU", "Al Jazeera": "QATMED"},
            {("172", "SAU", "QATMED")},
        ),
        (
            "Venezuela censored the opposition.",
            {"Venezuela": "VENGOV", "opposition": "VENOPP"},
            {("1721", "VENGOV", "VENOPP")},
        ),
        ("Pakistan beheaded a soldier from India.", {"Pakistan": "PAK", "India": "IND"}, {("1823", "PAK", "IND")}),
        ("Russia downed a drone from Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"}, {("190", "RUS", "UKR")}),
        (
            "Russia massed troops on the border with Ukraine.",
            {"Russia": "RUS", "Ukraine": "UKR"},
            {("150", "RUS", "UKR")},
        ),
        ("Nigeria has trained thousands of soldiers.", {"Nigeria": "NGA"}, {("154", "NGA", None)}),
        (
            "Putin held a telephone conversation with Erdogan.",
            {"Putin": "RUSGOV", "Erdogan": "TURGOV"},
            {("041", "RUSGOV", "TURGOV"), ("041", "TURGOV", "RUSGOV")},
        ),
        (
            "The French president paid a visit to Algeria.",
            {"French president": "FRAGOV", "Algeria": "DZA"},
            {("042", "FRAGOV", "DZA")},
        ),
        (
            "Palestinian prisoners launched a hunger strike against Israel.",
            {"Palestinian prisoners": "PSE", "Israel": "ISR"},
            {("142", "PSE", "ISR")},
        ),
        (
            "The European Union expressed its solidarity with Greece.",
            {"European Union": "IGOEUREEC", "Greece": "GRC"},
            {("050", "IGOEUREEC", "GRC")},
        ),
        ("Egypt voiced its gratitude to Kuwait.", {"Egypt": "EGY", "Kuwait": "KWT"}, {("051", "EGY", "KWT")}),
        ("Turkey issued an ultimatum to Syria.", {"Turkey": "TUR", "Syria": "SYR"}, {("139", "TUR", "SYR")}),
        (
            "Japan and Vietnam expanded economic cooperation.",
            {"Japan": "JPN", "Vietnam": "VNM"},
            {("060", "JPN", "VNM"), ("060", "VNM", "JPN")},
        ),
        # Property destroyed with nobody acted upon codes nothing; an embassy's owner is acted upon.
        ("Rioters from Albania burned cars.", {"Albania": "ALB"}, set()),
        (
            "Protesters from Iran torched the embassy of Saudi Arabia.",
            {"Iran": "IRN", "Saudi Arabia": "SAU"},
            {("1712", "IRN", "SAU")},
        ),
    ],
)
def test_codebook_verbs_and_nouns(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Common English verbs and nominalisations of the CAMEO codebook's categories, with their roles."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            "Iran expressed willingness to cooperate with Germany.",
            {"Iran": "IRN", "Germany": "DEU"},
            {("031", "IRN", "DEU")}  # an offer is the offerer's alone,
        ),
        (
            "China has expressed its readiness to provide economic assistance to Zimbabwe.",
            {"China": "CHN", "Zimbabwe": "ZWE"},
            {("033", "CHN", "ZWE")},
        ),
        (
            "Kenya announced its intention to restore diplomatic relations with Somalia.",
            {"Kenya": "KEN", "Somalia": "SOM"},
            {("0314", "KEN", "SOM")},
        ),
        (
            "Colombia announced plans to negotiate with Venezuela.",
            {"Colombia": "COL", "Venezuela": "VEN"},
            {("036", "COL", "VEN")},
        ),
        (
            "Iran showed no willingness to negotiate with the United States.",
            {"Iran": "IRN", "United States": "USA"},
            {("125", "IRN", "USA")},
        ),
        (
            "Egypt has taken steps to improve ties with Turkey.",
            {"Egypt": "EGY", "Turkey": "TUR"},
            {("064", "EGY", "TUR")},
        ),
        (
            "Russia rejected a plan to withdraw troops from Syria.",
            {"Russia": "RUS", "Syria": "SYR"},
            {("120", "RUS", None)},
        ),
        (
            "An attempt to assassinate the president of Yemen was thwarted.",
            {"Yemen": "YEMGOV"},
            {("185", None, "YEMGOV")},
        ),
        ("Sudan has taken steps to expand political freedoms.", {"Sudan": "SDNGOV"}, {("0811", "SDNGOV", None)}),
    ],
)
def test_clause_of_an_agentive_noun(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"expressed willingness to", "took steps to": the holder acts; intent nouns mark intent, "no" refuses.
    An attempt nobody claims has an unknown attacker; a refused meeting is the refuser's alone."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            "Qatar is mediating between Hamas and Israel.",
            {"Qatar": "QAT", "Hamas": "PSEREB", "Israel": "ISR"},
            {("045", "QAT", "ISR"), ("045", "QAT", "PSEREB")},
        ),
        (
            "The Iraqi prime minister received a phone call from the Iranian president.",
            {"Iraqi prime minister": "IRQGOV", "Iranian president": "IRNGOV"},
            {("041", "IRNGOV", "IRQGOV"), ("041", "IRQGOV", "IRNGOV")},
        ),
        ("Turkey received an invitation from Russia.", {"Turkey": "TUR", "Russia": "RUS"}, {("036", "RUS", "TUR")}),
        (
            "The FBI is working with Pakistan on the investigation.",
            {"FBI": "USAGOV", "Pakistan": "PAK"},
            {("060", "PAK", "USAGOV"), ("060", "USAGOV", "PAK")},
        ),
        (
            "Israel handed back the bodies of two soldiers to Lebanon.",
            {"Israel": "ISR", "Lebanon": "LBN"},
            {("0841", "ISR", "LBN")},
        ),
        ("British nurses staged a strike over pay.", {"British nurses": "GBRLAB"}, {("143", "GBRLAB", None)}),
        (
            "Pakistan moved troops to its border with India.",
            {"Pakistan": "PAK", "India": "IND"},
            {("154", "PAK", "IND")},
        ),
        (
            "The United States slapped sanctions on Russia.",
            {"United States": "USA", "Russia": "RUS"},
            {("163", "USA", "RUS")},
        ),
        (
            "Iran blocked access to the website of the BBC.",
            {"Iran": "IRNGOV", "BBC": "GBRMED"},
            {("1721", "IRNGOV", "GBRMED")},
        ),
        ("China voiced its backing for Pakistan.", {"China": "CHN", "Pakistan": "PAK"}, {("051", "CHN", "PAK")}),
        # Crowds nobody codes protest against a coded party; armed parties that clash fight.
        (
            "Thousands of people protested in Kiev against the government of Ukraine.",
            {"government of Ukraine": "UKRGOV"},
            {("141", None, "UKRGOV")},
        ),
        (
            "Soldiers clashed with rebels near the border.",
            {"Soldiers": "SDNMIL", "rebels": "SDNREB"},
            {("193", "SDNMIL", "SDNREB")},
        ),
        (
            "Protesters clashed with police in Bangkok.",
            {"Protesters": "THAOPP", "police": "THACOP"},
            {("145", "THAOPP", "THACOP")},
        ),
    ],
)
def test_receivers_crowds_and_armed_clashes(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Nouns received from someone ("received a phone call from X"), progressive gerunds misparsed, more codebook verbs;
    crowds nobody codes protest against a coded party; armed parties that clash fight (193)."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A noun with its author named by "by" or a possessor is an event without a support verb;
        # its "of" phrase is acted upon.
        (
            "The killing of three Turkish soldiers by Kurdish militants angered Ankara.",
            {"Turkish soldiers": "TURMIL", "Kurdish militants": "KURREB", "Ankara": "TURGOV"},
            {("190", "KURREB", "TURMIL")},
        ),
        (
            "The arrest of the opposition leader by Ugandan police sparked protests.",
            {"opposition leader": "UGAOPP", "Ugandan police": "UGACOP"},
            {("173", "UGACOP", "UGAOPP")},
        ),
        (
            "Russia's bombardment of Aleppo continued for a third day.",
            {"Russia": "RUS", "Aleppo": "SYR"},
            {("195", "RUS", "SYR")},
        ),
        ("The army launched an invasion of Iraq.", {"army": "USAMIL", "Iraq": "IRQ"}, {("190", "USAMIL", "IRQ")}),
        (
            "The junta dissolved the party of Aung San Suu Kyi.",
            {"junta": "MMRMIL", "Aung San Suu Kyi": "MMROPP"},
            {("1722", "MMRMIL", "MMROPP")},
        ),
        (
            "The United States ended military aid to Egypt.",
            {"United States": "USA", "Egypt": "EGY"},
            {("162", "USA", "EGY")},
        ),
        (
            "Tens of thousands marched in Berlin against the government of Turkey.",
            {"government of Turkey": "TURGOV"},
            {("140", None, "TURGOV")},
        ),
        ("Ukraine repeated its call for weapons.", {"Ukraine": "UKR"}, {("020", "UKR", None)}),
    ],
)
def test_nominalisations_with_their_author(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Nominalisations: "X's Y of Z", "Y of Z by X" name author and patient without a support verb;
    more codebook verbs."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Accepting an offer agrees to it; the offer stays the other party's.
        ("India accepted the offer from Pakistan.", {"India": "IND", "Pakistan": "PAK"}, {("030", "IND", "PAK")}),
        (
            "Britain is trying to persuade Iran to release the tanker.",
            {"Britain": "GBR", "Iran": "IRN"},
            {("0253", "GBR", "IRN")},
        ),
        # 'hopes' (lemmatised 'hop') and 'aims' state intent.
        (
            "Israel hopes to sign a peace agreement with Jordan.",
            {"Israel": "ISR", "Jordan": "JOR"},
            {("030", "ISR", "JOR")},
        ),
        (
            "Turkey aims to normalize relations with Armenia.",
            {"Turkey": "TUR", "Armenia": "ARM"},
            {("0314", "TUR", "ARM")},
        ),
    ],
)
def test_acceptance_persuasion_and_intent_heads(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Accepting an offer agrees to it; persuading someone appeals to them; "hopes", "aims" state intent."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


def test_unlikely_event_is_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = coded_events(nlp, "India is unlikely to accept the offer from Pakistan.", {"India": "IND", "Pakistan": "PAK"})
    assert (event.cameo, event.hypothetical, event.negated) == ("030", True, False)


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Russia vetoed the resolution of the UN.", {"Russia": "RUS", "UN": "IGOUNO"}, {("129", "RUS", "IGOUNO")}),
        (
            "Students boycotted the visit of the Chinese president.",
            {"Students": "ZAFEDU", "Chinese president": "CHNGOV"},
            {("143", "ZAFEDU", "CHNGOV")},
        ),
        (
            "Israel confiscated land of Palestinian farmers.",
            {"Israel": "ISR", "Palestinian farmers": "PSEAGR"},
            {("1711", "ISR", "PSEAGR")},
        ),
        (
            "Israel demolished homes of Palestinians.",
            {"Israel": "ISR", "Palestinians": "PSE"},
            {("1712", "ISR", "PSE")},
        ),
        (
            "The junta banned the party of the former prime minister.",
            {"junta": "THAMIL", "former prime minister": "THAELI"},
            {("1722", "THAMIL", "THAELI")},
        ),
        ("Saudi Arabia rallied support for Yemen.", {"Saudi Arabia": "SAU", "Yemen": "YEM"}, {("053", "SAU", "YEM")}),
        ("Hamas rejected talks with Israel.", {"Hamas": "PSEREB", "Israel": "ISR"}, {("125", "PSEREB", "ISR")}),
        ("Ethiopia rejected the agreement with Egypt.", {"Ethiopia": "ETH", "Egypt": "EGY"}, {("127", "ETH", "EGY")}),
        ("Israel handed back the prisoners to Lebanon.", {"Israel": "ISR", "Lebanon": "LBN"}, {("0841", "ISR", "LBN")}),
        # A bomb that explodes with nobody named is an unknown party's bombing.
        ("A bomb exploded outside the embassy of Turkey.", {"Turkey": "TURGOV"}, {("183", None, "TURGOV")}),
    ],
)
def test_codebook_codes_of_their_own(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Codebook categories with codes of their own: veto 129, boycott 143, confiscate 1711, demolish 1712,
    ban a party 1722, rally support 053, reject talks 125 or an agreement 127; a bomb exploding outside a
    site targets its owner."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A named object's title or qualifier counts for the verb's pattern.
        (
            "Mubarak received Foreign Minister Shimon Peres in Cairo.",
            {"Mubarak": "EGYGOV", "Shimon Peres": "ISRGOV"},
            {("043", "EGYGOV", "ISRGOV")},
        ),
        ("Britain sent peacekeeping troops to Bosnia.", {"Britain": "GBR", "Bosnia": "BIH"}, {("074", "GBR", "BIH")}),
        (
            "The United States granted diplomatic recognition to Vietnam.",
            {"United States": "USA", "Vietnam": "VNM"},
            {("054", "USA", "VNM")},
        ),
        # A name the parser took for an adverbial before a finite verb is its subject.
        ("Turkey massed troops on its border with Syria.", {"Turkey": "TUR", "Syria": "SYR"}, {("150", "TUR", "SYR")}),
        (
            "On Monday, rockets were fired at Israel from Lebanon.",
            {"Israel": "ISR", "Lebanon": "LBN"},
            {("194", "LBN", "ISR")},
        ),
    ],
)
def test_objects_titles_and_misparsed_subjects(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """A named object's title or qualifier counts for a pattern; a name misparsed as an adverbial is the subject;
    a weapon fired in the passive is aimed at its "at" phrase."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The subject of an allowed act is what is allowed ("allowed UN peacekeepers to deploy": 0861, one event).
        (
            "Ethiopia allowed UN peacekeepers to deploy along the border.",
            {"Ethiopia": "ETHGOV", "UN": "IGOUNO"},
            {("0861", "ETHGOV", "IGOUNO")},
        ),
        (
            "Syria allowed inspectors to visit the site.",
            {"Syria": "SYRGOV", "inspectors": "IGOUNOIAEA"},
            {("0862", "SYRGOV", "IGOUNOIAEA")},
        ),
    ],
)
def test_allowed_act_names_what_is_allowed(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """What is allowed is the subject of the allowed act; the allowing is the one event."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # 'is prepared to' states willingness (intent); 'prepared to attend' only readies the act itself.
        (
            "Iran is prepared to negotiate with Germany.",
            {"Iran": "IRN", "Germany": "DEU"},
            {("036", "IRN", "DEU")},
        ),
        ("Obama prepared to visit China.", {"Obama": "USAGOV", "China": "CHN"}, {("042", "USAGOV", "CHN")}),
    ],
)
def test_prepared_adjective_and_verb(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"is prepared to" states intent; "prepared to visit" readies the visit itself (hypothetical, not intent)."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A refusal stated through a noun or adjective of (un)willingness; what has yet to happen has not happened.
        ("Japan has no intention of apologizing to China.", {"Japan": "JPN", "China": "CHN"}, {("120", "JPN", "CHN")}),
        (
            "Venezuela is unwilling to negotiate with Colombia.",
            {"Venezuela": "VEN", "Colombia": "COL"},
            {("125", "VEN", "COL")},
        ),
        (
            "Kenya has yet to recognize the government of Somalia.",
            {"Kenya": "KEN", "government of Somalia": "SOMGOV"},
            set(),
        ),
    ],
)
def test_unwillingness_and_not_yet(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Refusals stated by a noun or adjective of (un)willingness; "has yet to" has not happened (negated)."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


def test_not_yet_done_is_negated_not_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya has yet to recognize the government of Somalia."
    (event,) = coded_events(nlp, text, {"Kenya": "KEN", "government of Somalia": "SOMGOV"})
    assert (event.cameo, event.negated) == ("054", True)


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A place withdrawn from is somewhere, not someone: the withdrawal stands alone.
        ("Russia withdrew its troops from Chechnya.", {"Russia": "RUSGOV"}, {("087", "RUSGOV", None)}),
        ("The king of Nepal restored parliament.", {"king of Nepal": "NPLGOV"}, {("0834", "NPLGOV", None)}),
    ],
)
def test_places_left_and_institutions_restored(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """A place withdrawn from is no uncoded party; restoring parliament accedes to institutional change (0834)."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An event noun as the subject of a verb of beginning, ending or happening is the event.
        (
            "Talks between Greece and Turkey began in Athens on Monday.",
            {"Greece": "GRC", "Turkey": "TUR"},
            {("046", "GRC", "TUR"), ("046", "TUR", "GRC")},
        ),
        (
            "Negotiations between Israel and Syria ended without agreement.",
            {"Israel": "ISR", "Syria": "SYR"},
            {("046", "ISR", "SYR"), ("046", "SYR", "ISR")},
        ),
        # A protest or attack nobody is named for has an unknown author; a killing by an attack is aimed at
        # the attack's target, not at whoever its "of" phrase names as the attacker.
        (
            "Violent protests against the government of Kenya continued for a third day.",
            {"government of Kenya": "KENGOV"},
            {("141", None, "KENGOV")},
        ),
        (
            "The bombing of the embassy of the United States killed 200 people.",
            {"United States": "USAGOV"},
            {("183", None, "USAGOV")},
        ),
        # Support verbs that make more of an event: the noun is the event.
        (
            "The Security Council tightened sanctions against Iraq.",
            {"Security Council": "IGOUNO", "Iraq": "IRQ"},
            {("163", "IGOUNO", "IRQ")},
        ),
    ],
)
def test_event_nouns_as_subjects(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """An event noun as subject of a verb of happening is the event; protests and attacks with no author named have an
    unknown one; support verbs that make more of an event ("tightened sanctions")."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A predicate adjective says what the verb does ("found X guilty": 116).
        (
            "A court in Turkey found the journalists guilty of terrorism.",
            {"court": "TURJUD"},
            {("116", "TURJUD", None)},
        ),
        (
            "The Japanese emperor expressed regret to South Korea.",
            {"Japanese emperor": "JPNGOV", "South Korea": "KOR"},
            {("055", "JPNGOV", "KOR")},
        ),
        ("Hong Kong withdrew the extradition bill.", {"Hong Kong": "HKGGOV"}, {("0832", "HKGGOV", None)}),
        ("The king of Jordan dismissed the government.", {"king of Jordan": "JORGOV"}, {("0831", "JORGOV", None)}),
        (
            "The Israeli army eased its blockade of Gaza.",
            {"Israeli army": "ISRMIL", "Gaza": "PSE"},
            {("0872", "ISRMIL", "PSE")},
        ),
        ("Qatar reduced its diplomatic relations with Iran.", {"Qatar": "QAT", "Iran": "IRN"}, {("161", "QAT", "IRN")}),
        (
            "The Egyptian government imposed a state of emergency.",
            {"Egyptian government": "EGYGOV"},
            {("1724", "EGYGOV", None)},
        ),
    ],
)
def test_predicates_concessions_and_downgrades(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Predicate adjectives ("found X guilty"), regret, bills withdrawn and governments dismissed, blockades eased,
    relations reduced, a state of emergency imposed."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            "Israel barred Palestinian officials from entering Jerusalem.",
            {"Israel": "ISR", "Palestinian officials": "PSEGOV"},
            {("172", "ISR", "PSEGOV")},
        ),
        (
            "The Burmese army crushed the uprising of the monks.",
            {"Burmese army": "MMRMIL", "monks": "MMRREL"},
            {("175", "MMRMIL", "MMRREL")},
        ),
        (
            "The Saudi king greeted the visiting president of Egypt.",
            {"Saudi king": "SAUGOV", "president of Egypt": "EGYGOV"},
            {("043", "SAUGOV", "EGYGOV")},
        ),
        (
            "Russia and Belarus signed a pact on defence.",
            {"Russia": "RUS", "Belarus": "BLR"},
            {("057", "BLR", "RUS"), ("057", "RUS", "BLR")},
        ),
        ("Iraq repelled an attack by Iran.", {"Iraq": "IRQ", "Iran": "IRN"}, {("190", "IRQ", "IRN")}),
    ],
)
def test_more_codebook_verbs_and_agreements(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Barring, crushing dissent, greeting visitors, repelling attacks; pacts signed."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An event noun the parser took for an object predicate ("called a general strike") is still the event.
        (
            "Opposition parties in Bangladesh called a general strike.",
            {"Opposition parties": "BGDOPP"},
            {("143", "BGDOPP", None)},
        ),
        # Acts on nobody else stand alone.
        ("Syrian rebels declared a unilateral ceasefire.", {"Syrian rebels": "SYRREB"}, {("0871", "SYRREB", None)}),
        ("Tibetan monks began a hunger strike in Nepal.", {"Tibetan monks": "CHNREL"}, {("142", "CHNREL", None)}),
        ("Egypt put its forces on high alert.", {"Egypt": "EGY"}, {("152", "EGY", None)}),
    ],
)
def test_acts_on_nobody_and_object_predicates(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Acts on nobody else stand alone; an event noun misparsed as an object predicate is the event; a modifier
    ("hunger strike") outranks the support verb in choosing the code."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An accusation laid by a clause or a predicate: the clause's subject or the object is accused.
        (
            "Syria charged that Israel had violated its airspace.",
            {"Syria": "SYR", "Israel": "ISR"},
            {("112", "SYR", "ISR")},
        ),
        (
            "Iran alleged that Saudi Arabia had funded the attackers.",
            {"Iran": "IRN", "Saudi Arabia": "SAU"},
            {("112", "IRN", "SAU")},
        ),
        ("Turkey held Syria responsible for the attack.", {"Turkey": "TUR", "Syria": "SYR"}, {("112", "TUR", "SYR")}),
    ],
)
def test_accusations_by_clause_or_predicate(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Accusations laid by a "that" clause ("charged that", "alleged that") or a predicate ("held X responsible")."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A speaker saying someone is responsible for, or behind, an event accuses them.
        (
            "Iran said the United States was responsible for the attack on its embassy.",
            {"Iran": "IRN", "United States": "USA"},
            {("112", "IRN", "USA")},
        ),
        (
            "Israel said Hezbollah was behind the bombing.",
            {"Israel": "ISR", "Hezbollah": "LBNREB"},
            {("112", "ISR", "LBNREB")},
        ),
        (
            "Iran said the United States was responsible for its own economy.",
            {"Iran": "IRN", "United States": "USA"},
            set(),
        ),
    ],
)
def test_reported_blame(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """A speaker saying someone is responsible for, or behind, an event accuses them; responsibility for no event is
    no accusation."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # In the passive, a thing imposed is not the one acted upon: "on" names the target.
        (
            "Sanctions were imposed on Iran by the European Union.",
            {"Iran": "IRN", "European Union": "IGOEUREEC"},
            {("163", "IGOEUREEC", "IRN")},
        ),
        (
            "The Chinese premier was received by the Japanese emperor.",
            {"Chinese premier": "CHNGOV", "Japanese emperor": "JPNGOV"},
            {("043", "JPNGOV", "CHNGOV")},
        ),
    ],
)
def test_passive_things_and_visitors(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """In the passive, a thing imposed is not the one acted upon; visitors received by title."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A government's protest is an official complaint (114); a crowd's is a demonstration (141).
        (
            "The British government protested the poisoning of the Russian defector.",
            {"British government": "GBRGOV", "Russian defector": "RUS"},
            {("114", "GBRGOV", "RUS")},
        ),
        (
            "Palestinians protested against Israel in Ramallah.",
            {"Palestinians": "PSE", "Israel": "ISR"},
            {("141", "PSE", "ISR")},
        ),
    ],
)
def test_official_protest_is_a_complaint(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """A government's protest is an official complaint (114); a crowd's is a demonstration (141)."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Fighting a social ill is no violence: the agreement is to cooperate, not to fight each other.
        (
            "South Africa and Mozambique agreed to fight crime.",
            {"South Africa": "ZAF", "Mozambique": "MOZ"},
            {("030", "MOZ", "ZAF"), ("030", "ZAF", "MOZ")},
        ),
        (
            "The United States sent military advisers to Colombia.",
            {"United States": "USA", "Colombia": "COL"},
            {("072", "USA", "COL")},
        ),
    ],
)
def test_social_ills_and_advisers(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Fighting a social ill is no violence against anyone; military advisers sent are military aid."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An attack on a vehicle or building targets those it carries or houses.
        (
            "Militants ambushed a bus carrying Israeli soldiers.",
            {"Militants": "PSEREB", "Israeli soldiers": "ISRMIL"},
            {("190", "PSEREB", "ISRMIL")},
        ),
        ("Gunmen attacked a building housing UN staff in Kabul.", {"UN staff": "IGOUNO"}, {("190", None, "IGOUNO")}),
    ],
)
def test_attack_on_what_carries_people(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """An attack on a vehicle or building targets those it carries or houses."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # "armed men", "masked gunmen": unnamed attackers.
        (
            "Armed men abducted a French aid worker in Darfur.",
            {"French aid worker": "FRANGO"},
            {("181", None, "FRANGO")},
        ),
        (
            "The Algerian government dissolved the Islamic Salvation Front.",
            {"Algerian government": "DZAGOV", "Islamic Salvation Front": "DZAOPP"},
            {("1722", "DZAGOV", "DZAOPP")},
        ),
        ("The junta in Niger suspended the constitution.", {"junta in Niger": "NERMIL"}, {("172", "NERMIL", None)}),
        ("Libya closed its embassy in Nigeria.", {"Libya": "LBY", "Nigeria": "NGA"}, {("161", "LBY", "NGA")}),
        (
            "Palestinian students stoned Israeli soldiers in Hebron.",
            {"Palestinian students": "PSEEDU", "Israeli soldiers": "ISRMIL"},
            {("145", "PSEEDU", "ISRMIL")},
        ),
        ("Germany gave Russia 500 million marks.", {"Germany": "DEU", "Russia": "RUS"}, {("070", "DEU", "RUS")}),
    ],
)
def test_unnamed_attackers_bans_and_closures(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Unnamed attackers by their adjective; named parties dissolved; constitutions suspended; embassies closed;
    stones thrown; sums in other currencies given."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Goods sent by the ton are aid: the counted noun is what was sent.
        (
            "South Korea sent 100,000 tons of rice to North Korea.",
            {"South Korea": "KOR", "North Korea": "PRK"},
            {("070", "KOR", "PRK")},
        ),
    ],
)
def test_relief_goods_sent(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Relief goods sent, counted by weight, are aid."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The army of Sudan ended its siege of the town.", {"army of Sudan": "SDNMIL"}, {("0872", "SDNMIL", None)}),
        ("Russia halted its offensive against Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"}, {("087", "RUS", "UKR")}),
        (
            "The government of Mexico met the demands of the Zapatista rebels.",
            {"government of Mexico": "MEXGOV", "Zapatista rebels": "MEXREB"},
            {("083", "MEXGOV", "MEXREB")},
        ),
        (
            "India and Russia launched a joint venture.",
            {"India": "IND", "Russia": "RUS"},
            {("061", "IND", "RUS"), ("061", "RUS", "IND")},
        ),
    ],
)
def test_de_escalation_accession_and_ventures(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Ending a siege or an offensive de-escalates; meeting a demand accedes to it; a joint venture is economic
    cooperation."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The "for" phrase of a verb of gathering names the event the parties gather for.
        (
            "Syrian and Israeli negotiators sat down for talks in Shepherdstown.",
            {"Syrian": "SYR", "Israeli": "ISR"},
            {("046", "ISR", "SYR"), ("046", "SYR", "ISR")},
        ),
    ],
)
def test_gathering_for_an_event(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """The "for" phrase of a verb of gathering names the event the parties gather for ("sat down for talks")."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A town a curfew is imposed on is a place, not a party the event would lose.
        ("Israeli forces imposed a curfew on Hebron.", {"Israeli forces": "ISRMIL"}, {("1723", "ISRMIL", None)}),
        (
            "Police in Kenya teargassed opposition supporters.",
            {"Police": "KENCOP", "opposition supporters": "KENOPP"},
            {("175", "KENCOP", "KENOPP")},
        ),
    ],
)
def test_towns_reached_and_tear_gas(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """A town a curfew is imposed on is a place, not a party; tear gas used on people is violent repression."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Sending or rushing warplanes, ships or reinforcements somewhere is a show of force (150).
        ("Russia sent bombers to Venezuela.", {"Russia": "RUS", "Venezuela": "VEN"}, {("150", "RUS", None)}),
        (
            "The United States dispatched an aircraft carrier to the Korean peninsula.",
            {"United States": "USA"},
            {("150", "USA", None)},
        ),
        ("India rushed reinforcements to the border.", {"India": "IND"}, {("150", "IND", None)}),
        # Supporters or mourners dispersed are repressed like protesters (175).
        (
            "Police in Zimbabwe dispersed opposition supporters.",
            {"Police": "ZWECOP", "opposition supporters": "ZWEOPP"},
            {("175", "ZWECOP", "ZWEOPP")},
        ),
        # Giving up held ground is a military retreat (0874); evacuating people stays aid.
        ("Iraqi forces abandoned their positions in Mosul.", {"Iraqi forces": "IRQMIL"}, {("0874", "IRQMIL", None)}),
        ("Armenian troops evacuated their outposts.", {"Armenian troops": "ARMMIL"}, {("0874", "ARMMIL", None)}),
        (
            "Turkey evacuated Syrian civilians.",
            {"Turkey": "TUR", "Syrian civilians": "SYRCVL"},
            {("073", "TUR", "SYRCVL")},
        ),
    ],
)
def test_forces_sent_dispersals_and_ground_given_up(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """Military hardware sent is a show of force; supporters dispersed are repressed; positions abandoned retreat."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A crowd going out into the streets demonstrates (141): the preposition counts with its object.
        (
            "Opposition supporters took to the streets in Caracas.",
            {"Opposition supporters": "VENOPP"},
            {("141", "VENOPP", None)},
        ),
        ("Protesters poured into the streets.", {"Protesters": "SDNOPP"}, {("141", "SDNOPP", None)}),
        # Taken to other places, or streets crossed, is no protest.
        ("Opposition supporters took to social media.", {"Opposition supporters": "VENOPP"}, set()),
        ("Opposition supporters took the streets to the square.", {"Opposition supporters": "VENOPP"}, set()),
    ],
)
def test_crowds_taking_to_the_streets(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"took to the streets", "poured into the streets": a demonstration, read off the preposition's object."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The party named before "-led" is in charge of what it leads.
        (
            "The Saudi-led coalition bombed a hospital in Yemen.",
            {"Saudi": "SAU", "Yemen": "YEM"},
            {("195", "SAU", "YEM")},
        ),
        ("Saudi-led warplanes bombed a hospital in Yemen.", {"Saudi": "SAU", "Yemen": "YEM"}, {("195", "SAU", "YEM")}),
        # A backer is not the one acting: nobody coded acts here.
        ("Russian-backed gunmen shelled the airport.", {"Russian": "RUS"}, set()),
    ],
)
def test_party_leading_the_actor(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"Saudi-led warplanes" act for Saudi Arabia; "Russian-backed gunmen" do not act for Russia."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The agent of a participle of making acts through what it made.
        (
            "The attack carried out by Hamas killed three Israelis.",
            {"Hamas": "PSEREB", "Israelis": "ISR"},
            {("190", "PSEREB", "ISR")},
        ),
        (
            "A deal reached by Sudan and South Sudan was signed on Friday.",
            {"Sudan": "SDN", "South Sudan": "SSD"},
            {("057", "SDN", "SSD"), ("057", "SSD", "SDN")},
        ),
        (
            "Sanctions imposed by the United States on Iran took effect.",
            {"United States": "USA", "Iran": "IRN"},
            {("163", "USA", "IRN")},
        ),
        # An agent that only handled someone else's act did not make it.
        ("The proposal rejected by Iran was a French one.", {"Iran": "IRN"}, {("120", "IRN", None)}),
    ],
)
def test_authors_named_by_a_participle(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"the attack carried out by Hamas", "a deal reached by X and Y": the participle's agent is the author."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A passive act of violence with no agent is still someone's: an unknown attacker.
        (
            "A Turkish military convoy was attacked in northern Syria.",
            {"Turkish military convoy": "TURMIL"},
            {("190", None, "TURMIL")},
        ),
        ("Three Indian soldiers were killed in Kashmir.", {"Indian soldiers": "INDMIL"}, {("190", None, "INDMIL")}),
        # An accident is nobody's act; verbal acts and arrests need their author named.
        ("Three Iraqi civilians were killed in a car crash.", {"Iraqi civilians": "IRQCVL"}, set()),
        ("Vietnam was criticized over its rice export ban.", {"Vietnam": "VNM"}, set()),
    ],
)
def test_passive_violence_with_no_agent(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"A convoy was attacked": an unknown attacker acts on the passive subject; accidents and words stay out."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A relative pronoun subject stands for the noun its clause modifies.
        (
            "Turkey, which accused Syria of shelling its villages, called for a NATO meeting.",
            {"Turkey": "TUR", "Syria": "SYR", "NATO": "NAT"},
            {("112", "TUR", "SYR"), ("026", "TUR", "NAT")},
        ),
        (
            "The rebels who attacked Kunduz were Taliban fighters.",
            {"rebels": "AFGREB", "Kunduz": "AFG"},
            {("190", "AFGREB", "AFG")},
        ),
    ],
)
def test_relative_clause_subject_is_its_antecedent(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"Turkey, which accused Syria ...": Turkey accuses."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A named possessor makes an event noun an event of its own, even with nobody acted upon.
        (
            "North Korea's rejection of the talks angered Seoul.",
            {"North Korea": "PRK", "Seoul": "KOR"},
            {("120", "PRK", None)},
        ),
        (
            "Turkey's arrest of the journalists drew criticism.",
            {"Turkey": "TUR"},
            {("173", "TUR", None)},
        ),
        # So does a "by" agent, on the noun or on its "of" object.
        (
            "The arrest of the opposition leader by Ugandan police sparked protests.",
            {"Ugandan police": "UGACOP"},
            {("173", "UGACOP", None)},
        ),
        # A pronoun possessor may be mere background.
        (
            "Vietnam criticized the Philippines over its fishing ban.",
            {"Vietnam": "VNM", "Philippines": "PHL"},
            {("111", "VNM", "PHL")},
        ),
    ],
)
def test_owned_event_noun_stands_alone(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"North Korea's rejection of the talks", "the arrest of X by police": the author's event, with no target."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Forces withdrawn or pulled back with no agent named withdraw themselves (087).
        ("US forces were withdrawn from Somalia.", {"US forces": "USAMIL", "Somalia": "SOM"}, {("087", "USAMIL", None)}),
        ("Indian troops were pulled back from the border.", {"Indian troops": "INDMIL"}, {("087", "INDMIL", None)}),
        # With the agent named, the agent withdraws them, from where they were: its own forces are no target.
        (
            "US forces were withdrawn from Somalia by President Clinton.",
            {"US forces": "USAMIL", "President Clinton": "USAGOV"},
            {("087", "USAGOV", None)},
        ),
    ],
)
def test_forces_withdrawn_withdraw(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"US forces were withdrawn from Somalia": with no agent named, the forces withdraw."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("France admonished Italy.", {"France": "FRA", "Italy": "ITA"}, {("111", "FRA", "ITA")}),
        ("Qatar bankrolled Hamas.", {"Qatar": "QAT", "Hamas": "PSEREB"}, {("071", "QAT", "PSEREB")}),
        (
            "Myanmar amnestied political prisoners.",
            {"Myanmar": "MMR", "political prisoners": "MMROPP"},
            {("080", "MMR", "MMROPP")},
        ),
        ("Egypt fortified the border.", {"Egypt": "EGY"}, {("150", "EGY", None)}),
        ("Iran hanged a Kurdish activist.", {"Iran": "IRN", "Kurdish activist": "IRNOPP"}, {("1823", "IRN", "IRNOPP")}),
        ("Iran hung up posters.", {"Iran": "IRN"}, set()),
        # Teaming up and joining forces: with each other when nobody else is named.
        (
            "Japan and Australia teamed up to fight piracy.",
            {"Japan": "JPN", "Australia": "AUS"},
            {("060", "JPN", "AUS"), ("060", "AUS", "JPN")},
        ),
        ("France joined forces with Germany.", {"France": "FRA", "Germany": "DEU"}, {("060", "FRA", "DEU")}),
    ],
)
def test_more_codebook_verbs_of_criticism_aid_force_and_cooperation(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """admonish (111), bankroll (071), amnesty (080), fortify (150), hang (1823), team up and join forces (060)."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Leaving an agreement rejects it (127); leaving a place is a retreat (087).
        (
            "The United States pulled out of the nuclear deal with Iran.",
            {"United States": "USA", "Iran": "IRN"},
            {("127", "USA", "IRN")},
        ),
        ("Russia backed out of the arms treaty.", {"Russia": "RUS"}, {("127", "RUS", None)}),
        ("Russia withdrew from the treaty.", {"Russia": "RUS"}, {("127", "RUS", None)}),
        ("Israeli troops pulled out of Gaza.", {"Israeli troops": "ISRMIL", "Gaza": "PSE"}, {("087", "ISRMIL", None)}),
        # Clamping down is cracking down (175); refugees taken in are sheltered (075); a military presence
        # beefed up is a mobilisation (154).
        ("Russia clamped down on independent media.", {"Russia": "RUS"}, {("175", "RUS", None)}),
        (
            "Germany took in a million refugees from Syria.",
            {"Germany": "DEU", "refugees from Syria": "SYRREF"},
            {("075", "DEU", "SYRREF")},
        ),
        ("Russia beefed up its military presence in Crimea.", {"Russia": "RUS"}, {("154", "RUS", None)}),
    ],
)
def test_agreements_left_crackdowns_and_refugees_taken_in(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"pulled out of the deal" rejects it; "clamped down" represses; "took in refugees" shelters them."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # People handed over are released (0841); weapons handed over disarm their holders (0873).
        (
            "Iran handed over the British sailors to the embassy.",
            {"Iran": "IRN", "British sailors": "GBRMIL"},
            {("0841", "IRN", "GBRMIL")},
        ),
        ("Houthi fighters handed over their heavy weapons.", {"Houthi fighters": "YEMREB"}, {("0873", "YEMREB", None)}),
        # Other things handed over are given.
        (
            "Iran handed over the documents to the IAEA.",
            {"Iran": "IRN", "IAEA": "IGOUNOIAE"},
            {("070", "IRN", "IGOUNOIAE")},
        ),
    ],
)
def test_people_and_weapons_handed_over(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"handed over the sailors" releases them; "handed over their weapons" disarms."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A talk by telephone is CAMEO's telephone discussion (041), "with" hung on "telephone" or on the verb.
        (
            "President Obama spoke by telephone with Chancellor Angela Merkel.",
            {"President Obama": "USAGOV", "Chancellor Angela Merkel": "DEUGOV"},
            {("041", "USAGOV", "DEUGOV")},
        ),
        ("Putin spoke by phone with Erdogan.", {"Putin": "RUSGOV", "Erdogan": "TURGOV"}, {("041", "RUSGOV", "TURGOV")}),
        (
            "Putin and Erdogan talked by phone.",
            {"Putin": "RUSGOV", "Erdogan": "TURGOV"},
            {("041", "RUSGOV", "TURGOV"), ("041", "TURGOV", "RUSGOV")},
        ),
        # Without a telephone it stays a plain consultation.
        ("Putin spoke with Erdogan.", {"Putin": "RUSGOV", "Erdogan": "TURGOV"}, {("040", "RUSGOV", "TURGOV")}),
    ],
)
def test_talks_by_telephone(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"spoke by telephone with X" is a telephone discussion with X."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Crushing armed opponents is military force (190); vowing to is a threat of it (138x).
        (
            "Syrian troops crushed the rebels in Homs.",
            {"Syrian troops": "SYRMIL", "rebels": "SYRREB"},
            {("190", "SYRMIL", "SYRREB")},
        ),
        # Crushing protest stays repression (175).
        ("Syrian troops crushed the protests.", {"Syrian troops": "SYRMIL"}, {("175", "SYRMIL", None)}),
    ],
)
def test_armed_opponents_crushed(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"crushed the rebels" is military force, "crushed the protests" repression."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


def test_vow_to_crush_an_insurgency_threatens(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_events(nlp, "Erdogan vowed to crush the insurgency.", {"Erdogan": "TURGOV"})
    assert [event.plover for event in events] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # "struck a deal" reaches an agreement (057, as "reached a deal"), not an attack.
        (
            "Sudan and South Sudan struck a deal on oil exports.",
            {"Sudan": "SDN", "South Sudan": "SSD"},
            {("057", "SDN", "SSD"), ("057", "SSD", "SDN")},
        ),
        (
            "Serbia struck an agreement with Kosovo.",
            {"Serbia": "SRB", "Kosovo": "XKX"},
            {("057", "SRB", "XKX"), ("057", "XKX", "SRB")},
        ),
        # Struck targets are still attacked.
        (
            "Israeli jets struck a Hamas training camp.",
            {"Israeli jets": "ISRMIL", "Hamas": "PSEREBHMS"},
            {("190", "ISRMIL", "PSEREBHMS")},
        ),
    ],
)
def test_deals_struck_are_agreements(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"struck a deal" is an agreement reached; "struck a camp" an attack."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The tokenizer splits "sit-in" into "sit", "-", "in"; the whole word is the trigger.
        ("Kenyan teachers staged a sit-in.", {"Kenyan teachers": "KENEDU"}, {("141", "KENEDU", None)}),
        # "walk-out" is listed as "walkout".
        ("Venezuelan lawmakers staged a walk-out.", {"Venezuelan lawmakers": "VENLEG"}, {("143", "VENLEG", None)}),
    ],
)
def test_hyphenated_event_nouns(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """A hyphenated event noun the tokenizer splits still codes its event."""
    events = coded_events(nlp, text, codes)
    assert dyads_of(events) == expected
    assert "-" in events[0].trigger.text


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # To rule out is to reject: talks (125), an agreement (127), anything else (120).
        (
            "Iran ruled out talks with the United States.",
            {"Iran": "IRN", "the United States": "USA"},
            {("125", "IRN", "USA")},
        ),
        (
            "Israel ruled out a ceasefire with Hamas.",
            {"Israel": "ISR", "Hamas": "PSEREBHMS"},
            {("127", "ISR", "PSEREBHMS")},
        ),
        # A court's ruling is no rejection.
        ("The Supreme Court of India ruled that the law was unconstitutional.", {}, set()),
        # Placed under (house) arrest is an arrest (173).
        (
            "Chinese authorities placed the dissident under house arrest.",
            {"Chinese authorities": "CHNGOV"},
            {("173", "CHNGOV", None)},
        ),
        ("Iran placed an order for Russian jets.", {"Iran": "IRN", "Russian": "RUS"}, set()),
        # Scrambled fighter jets show military power (150).
        ("China scrambled fighter jets.", {"China": "CHN"}, {("150", "CHN", None)}),
    ],
)
def test_ruled_out_house_arrest_and_jets_scrambled(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"ruled out talks" rejects them; "placed under house arrest" arrests; "scrambled jets" shows force."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An event noun in the clause of a noun of intent is the holder's intended act.
        (
            "Pakistan showed readiness to hold talks with India.",
            {"Pakistan": "PAK", "India": "IND"},
            {("036", "PAK", "IND")},
        ),
        (
            "Iran expressed its readiness to resume negotiations.",
            {"Iran": "IRN", "its": "IRN"},
            {("036", "IRN", None)},
        ),
    ],
)
def test_event_nouns_in_a_clause_of_intent(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"expressed readiness to hold talks" states the intent to meet (036), by the one who shows it."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A nationality adjective on a plural people noun names the people: they demonstrate (14x),
        # even when the adjective took the state's government code from another mention.
        ("Hundreds of Iraqi Shiites demonstrated in Basra.", {"Iraqi": "IRQGOV", "Basra": "IRQ"}, {"140"}),
        # A government, or an official under a title, complains officially (114).
        ("Iraqi officials protested to Turkey.", {"Iraqi officials": "IRQGOV", "Turkey": "TUR"}, {"114"}),
        ("Iraqi President Saddam Hussein protested to Turkey.", {"Iraqi": "IRQGOV", "Turkey": "TUR"}, {"114"}),
    ],
)
def test_people_named_by_a_nationality_demonstrate(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"Iraqi Kurds demonstrated" is a demonstration, "Iraqi officials protested" a complaint."""
    assert {event.cameo for event in coded_events(nlp, text, codes)} == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Support reaffirmed or reiterated is support voiced (051).
        ("Washington reiterated its backing for Kiev.", {"Washington": "USA", "Kiev": "UKR"}, {("051", "USA", "UKR")}),
        ("China reaffirmed its support for Serbia.", {"China": "CHN", "Serbia": "SRB"}, {("051", "CHN", "SRB")}),
        # To take issue with is to criticize (111); an issue taken somewhere is not.
        ("Beijing took issue with Tokyo's remarks.", {"Beijing": "CHN", "Tokyo": "JPN"}, {("111", "CHN", "JPN")}),
        ("Iran took the issue to the UN.", {"Iran": "IRN", "UN": "IGOUNO"}, set()),
        # Relief dispatched is aid given (070), like relief sent.
        ("India dispatched relief supplies to Nepal.", {"India": "IND", "Nepal": "NPL"}, {("070", "IND", "NPL")}),
    ],
)
def test_support_reaffirmed_issue_taken_and_relief_dispatched(  # type: ignore[no-untyped-def]
    nlp, text: str, codes: dict[str, str], expected: set
) -> None:
    """"reaffirmed its support" supports; "took issue with" criticizes; "dispatched relief" aids."""
    assert dyads_of(coded_events(nlp, text, codes)) == expected
