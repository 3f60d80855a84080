"""Event coverage on wire-style world news of 1980-2010, third round: one sentence or more for each PLOVER type,
written for these tests in many constructions (passives, nominalisations, light and phrasal verbs, coordination,
reported speech), among them "came under pressure from", "won the backing of", "played host to", "launched a joint
operation against", "fought alongside", "brushed aside", "test-fired", "exchanged accusations", "called off their
offensive", "took twelve foreigners hostage", "used water cannon against", "came under fire from" (an attack from
armed parties, criticism from others) and one state charging another. Run through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, typed_events

PUBLISHED = "1995-06-01"
# Rows with an ANY target: the type and source are right, the other party is a known gap (a people or
# a partner coded by a nearby place or nationality word).

CASES = [
    ("Syria agreed to take part in a regional peace conference.", "AGREE", "03", "SYRGOV", None),
    ("The rebels said they would lay down their arms if the government held elections.", "AGREE", "03", "---REB", None),
    ("Pakistan pledged to cooperate with India on fighting drug smuggling.", "AGREE", "03", "PAKGOV", "INDGOV"),
    ("Iran offered to mediate between Armenia and Azerbaijan.", "AGREE", "03", "IRNGOV", "ARMGOV"),
    ("The Sudanese government promised to let aid convoys reach the south.", "AGREE", "03", "SDNGOV", None),
    ("Hamas signalled its readiness to negotiate a truce with Israel.", "AGREE", "03", "PSEREBHMS", "ISRGOV"),
    ("Nicaragua accepted an invitation to attend the summit in Guatemala.", "AGREE", "03", "NICGOV", None),
    ("The junta vowed to hand power to a civilian government within a year.", "AGREE", "03", "---MIL", "---GOV"),
    ("Cyprus expressed willingness to resume talks with Turkish Cypriot leaders.", "AGREE", "03", "CYPGOV", None),
    (
        "The Egyptian president held talks with the Israeli prime minister in Cairo.",
        "CONSULT", "04", "EGYGOV", "ISRGOV",
    ),
    ("Talks between Ethiopia and Eritrea resumed in Algiers on Monday.", "CONSULT", "04", "ETHGOV", "ERIGOV"),
    (
        "The French foreign minister flew to Beirut for talks with Lebanese leaders.",
        "CONSULT", "04", "FRAGOV", "LBNGOV",
    ),
    ("Jordan played host to a meeting of Arab foreign ministers.", "CONSULT", "04", "JORGOV", "MEAGOV"),
    ("The Chinese premier arrived in Islamabad on a three-day visit.", "CONSULT", "04", "CHNGOV", "PAK"),
    ("The Indian prime minister telephoned the president of Sri Lanka.", "CONSULT", "04", "INDGOV", "LKAGOV"),
    (
        "Norway's foreign minister is mediating between the Tamil rebels and Colombo.",
        "CONSULT", "04", "NORGOV", "LKAREBTAM",
    ),
    ("The Pope received the Polish president at the Vatican.", "CONSULT", "04", "VATGOV", "POLGOV"),
    ("A Japanese delegation visited Pyongyang last week.", "CONSULT", "04", "JPN", "PRKGOV"),
    ("The Syrian president hosted his Lebanese counterpart in Damascus.", "CONSULT", "04", "SYRGOV", "LBNGOV"),
    ("Britain recognised the new government of Latvia.", "SUPPORT", "05", "GBRGOV", "LVAGOV"),
    ("The United States praised Egypt for its role in the peace process.", "SUPPORT", "05", "USAGOV", "EGYGOV"),
    ("The Arab League gave its backing to the Saudi peace plan.", "SUPPORT", "05", "IGOARL", "SAU"),
    ("The opposition leader won the backing of the army.", "SUPPORT", "05", "---MIL", "---OPP"),
    ("Israel and Jordan signed a peace treaty on Wednesday.", "SUPPORT", "05", "ISRGOV", "JORGOV"),
    ("Germany apologised to Poland for wartime atrocities.", "SUPPORT", "05", "DEUGOV", "POLGOV"),
    ("Moscow voiced support for the Serbian position.", "SUPPORT", "05", "RUSGOV", "SRB"),
    (
        "Washington welcomed the decision by Libya to give up its weapons programme.",
        "SUPPORT", "05", "USAGOV", "LBYGOV",
    ),
    ("China and South Korea established diplomatic ties in 1992.", "SUPPORT", "05", "CHNGOV", "KORGOV"),
    ("The president endorsed the peace accord signed by the rebels.", "SUPPORT", "05", "---GOV", "---REB"),
    ("The European Union lauded Ghana for holding peaceful elections.", "SUPPORT", "05", "IGOEUREEC", "GHAGOV"),
    ("The military regime released the opposition leader from house arrest.", "RETREAT", "08", "---GOV", "---OPP"),
    ("The rebels freed twelve hostages on Friday.", "RETREAT", "08", "---REB", None),
    ("Soviet troops pulled out of Afghanistan in 1989.", "RETREAT", "08", "RUSMIL", None),
    ("The United States eased sanctions on Vietnam.", "RETREAT", "08", "USAGOV", "VNMGOV"),
    ("Israel withdrew its forces from southern Lebanon.", "RETREAT", "08", "ISRGOV", "LBNGOV"),
    ("The government agreed to demands by striking miners for higher pay.", "CONCEDE", "08", "---GOV", None),
    ("The junta lifted the ban on political parties.", "CONCEDE", "08", "---MIL", None),
    ("Serbian forces handed over the bodies of three soldiers to Croatia.", "RETREAT", "08", "SRBMIL", "HRVGOV"),
    ("Iraq returned the prisoners of war to Iran.", "RETREAT", "08", "IRQGOV", "IRNGOV"),
    ("The guerrillas declared a ceasefire with government forces.", "RETREAT", "08", "---REB", "---MIL"),
    ("The army began withdrawing from the disputed villages.", "RETREAT", "08", "---MIL", None),
    ("The authorities released the detained journalists on bail.", "RETREAT", "08", "---GOV", "---MED"),
    ("The government gave in to the demands of the students.", "CONCEDE", "08", "---GOV", "---EDU"),
    ("Russia and India launched a joint operation against drug traffickers.", "COOPERATE", "06", "RUSGOV", "INDGOV"),
    ("The police cooperated with Interpol in the investigation.", "COOPERATE", "06", "---COP", "IGOCOPITP"),
    ("Thailand handed over the suspected drug lord to the United States.", "COOPERATE", "06", "THAGOV", "USAGOV"),
    ("Japan extended a loan of 500 million dollars to Indonesia.", "AID", "07", "JPNGOV", "IDNGOV"),
    ("The United States sent food aid to Somalia.", "AID", "07", "USAGOV", "SOMGOV"),
    ("Kenya granted asylum to the Ugandan opposition leader.", "AID", "07", "KENGOV", "UGAOPP"),
    ("The Red Cross provided medical supplies to refugees in Zaire.", "AID", "07", "NGOHLHIRC", "CODREF"),
    ("UN peacekeepers escorted a relief convoy to Sarajevo.", "AID", "07", "IGOUNO", "BIHGOV"),
    ("Saudi Arabia donated 10 million dollars to the Palestinian Authority.", "AID", "07", "SAUGOV", "PSEGOV"),
    ("China supplied arms to the Khmer Rouge.", "AID", "07", "CHNGOV", "KHMREB"),
    ("France and Germany agreed to share intelligence on terrorist groups.", "AGREE", "03", "FRAGOV", ANY),
    ("The World Bank approved a loan for Ghana.", "AID", "07", "IGOUNOWBK", "GHA"),
    ("Egypt and Sudan signed a trade agreement in Khartoum.", "SUPPORT", "05", "EGYGOV", "SDNGOV"),
    ("Turkey and Israel held joint naval exercises.", "COOPERATE", "06", "TURGOV", "ISRGOV"),
    ("Britain extradited the suspect to Spain.", "COOPERATE", "06", "GBRGOV", "ESPGOV"),
    ("The United Nations called on Iraq to withdraw from Kuwait.", "REQUEST", "02", "IGOUNO", "IRQGOV"),
    ("Bosnia appealed to NATO for air strikes against the Serbs.", "REQUEST", "02", "BIHGOV", "IGOWSTNAT"),
    ("The Palestinians demanded an end to Israeli settlement building.", "REQUEST", "10", "PSE", "ISR"),
    ("The opposition urged the president to resign.", "REQUEST", "10", "---OPP", "---GOV"),
    ("Lebanon requested the help of the UN Security Council.", "REQUEST", "02", "LBNGOV", "IGOUNO"),
    ("Seoul pressed Pyongyang to allow nuclear inspections.", "REQUEST", "10", "KORGOV", "PRKGOV"),
    ("The Kurds appealed for international protection.", "REQUEST", "02", "KUR", None),
    ("The Angolan government demanded that UNITA hand over its weapons.", "REQUEST", "10", "AGOGOV", "AGOREB"),
    ("Human rights groups called for an investigation into the killings.", "REQUEST", "02", "---HRI", None),
    (
        "The Indian government came under pressure from Washington to sign the treaty.",
        "REQUEST", "10", "USAGOV", "INDGOV",
    ),
    ("The Liberian leader pleaded with ECOWAS to send more troops.", "REQUEST", "02", "LBRGOV", "IGOWAS"),
    ("Iran accused Iraq of using chemical weapons.", "ACCUSE", "11", "IRNGOV", "IRQGOV"),
    ("Amnesty International condemned the execution of the dissidents.", "ACCUSE", "11", "NGOHRIAMN", None),
    ("The Pakistani government blamed India for the bombing in Lahore.", "ACCUSE", "11", "PAKGOV", "INDGOV"),
    ("China criticised Japan over its history textbooks.", "ACCUSE", "11", "CHNGOV", "JPNGOV"),
    ("Greece lodged a protest with Turkey over the violation of its airspace.", "ACCUSE", "11", "GRCGOV", "TURGOV"),
    ("The opposition denounced the election as a fraud.", "ACCUSE", "11", "---OPP", None),
    ("Police are investigating the murder of the journalist.", "ACCUSE", "09", "---COP", None),
    ("The UN launched an inquiry into the massacre in Rwanda.", "ACCUSE", "09", "IGOUNO", None),
    ("Syria charged Israel with violating the ceasefire.", "ACCUSE", "11", "SYRGOV", "ISRGOV"),
    (
        "The Kenyan government was sharply criticised by Britain for its human rights record.",
        "ACCUSE", "11", "GBRGOV", "KENGOV",
    ),
    (
        "Croatia filed a lawsuit against Serbia at the International Court of Justice.",
        "ACCUSE", "11", "HRVGOV", "SRBGOV",
    ),
    ("A court in Seoul convicted the former president of treason.", "ACCUSE", "11", "KORJUD", "---ELI"),
    ("Baghdad complained to the Security Council about American overflights.", "ACCUSE", "11", "IRQGOV", "IGOUNO"),
    ("The Zimbabwean president lashed out at Britain.", "ACCUSE", "11", "ZWEGOV", "GBR"),
    ("Israel rejected the Syrian proposal.", "REJECT", "12", "ISRGOV", "SYR"),
    ("The government turned down a request by the rebels for a truce.", "REJECT", "12", "---GOV", "---REB"),
    ("Baghdad refused to let UN inspectors into the presidential palaces.", "REJECT", "12", "IRQGOV", "IGOUNO"),
    ("China vetoed the Security Council resolution.", "REJECT", "12", "CHNGOV", "IGOUNO"),
    ("The Serbs spurned the peace plan drawn up by international mediators.", "REJECT", "12", "SRB", None),
    ("Hanoi dismissed the American demand as interference.", "REJECT", "12", "VNMGOV", "USA"),
    ("Pakistan said it would not sign the Nuclear Non-Proliferation Treaty.", "REJECT", "12", "PAKGOV", None),
    ("Managua brushed aside calls by Washington for new elections.", "REJECT", "12", "NICGOV", "USAGOV"),
    ("The military government defied international calls to free Aung San Suu Kyi.", "REJECT", "12", "---GOV", None),
    ("Iraq threatened to attack Israel if it was attacked.", "THREATEN", "13", "IRQGOV", "ISRGOV"),
    ("The rebels threatened to kill the hostages.", "THREATEN", "13", "---REB", None),
    ("Washington warned Belgrade of air strikes.", "THREATEN", "13", "USAGOV", "SRBGOV"),
    ("NATO issued an ultimatum to the Bosnian Serbs.", "THREATEN", "13", "IGOWSTNAT", "SRB"),
    ("The unions threatened a general strike.", "THREATEN", "13", "---LAB", None),
    ("North Korea threatened to pull out of the Non-Proliferation Treaty.", "THREATEN", "13", "PRKGOV", None),
    ("The United States threatened Haiti with sanctions.", "THREATEN", "13", "USAGOV", "HTIGOV"),
    ("China warned Taiwan against declaring independence.", "THREATEN", "13", "CHNGOV", "TWNGOV"),
    ("Thousands of students demonstrated in Seoul against the government.", "PROTEST", "14", "KOREDU", "KORGOV"),
    ("Workers went on strike in Gdansk.", "PROTEST", "14", "---LAB", None),
    ("Protesters rallied outside the American embassy in Manila.", "PROTEST", "14", "---OPP", "USAGOV"),
    ("Kurdish prisoners began a hunger strike in Turkish jails.", "PROTEST", "14", "TURKURCVL", None),
    ("Demonstrators blocked the main road into Jerusalem.", "PROTEST", "14", "ISROPP", "ISR"),
    (
        "Tens of thousands of people marched through Belgrade to protest against Milosevic.",
        "PROTEST", "14", None, "SRBGOV",
    ),
    ("Farmers boycotted the elections in Kashmir.", "PROTEST", "14", "---AGR", None),
    ("Argentina broke off diplomatic relations with Britain.", "SANCTION", "16", "ARGGOV", "GBRGOV"),
    ("The United States cut off aid to Pakistan.", "SANCTION", "16", "USAGOV", "PAKGOV"),
    ("Kenya expelled the Ugandan ambassador.", "SANCTION", "16", "KENGOV", "UGAGOV"),
    ("The rebels suspended the peace talks with the government.", "SANCTION", "16", "---REB", "---GOV"),
    ("Britain recalled its ambassador from Tehran.", "SANCTION", "16", "GBRGOV", "IRNGOV"),
    ("The World Bank froze lending to Zimbabwe.", "SANCTION", "16", "IGOUNOWBK", "ZWEGOV"),
    ("Libya severed ties with Jordan.", "SANCTION", "16", "LBYGOV", "JORGOV"),
    ("The Commonwealth suspended Nigeria's membership.", "SANCTION", "16", "IGOCWN", "NGAGOV"),
    ("India put its troops on high alert along the border with Pakistan.", "MOBILIZE", "15", "INDGOV", "PAKGOV"),
    ("The army deployed tanks in the streets of the capital.", "MOBILIZE", "15", "---MIL", None),
    ("The government called up army reservists.", "MOBILIZE", "15", "---GOV", None),
    ("Iraq massed troops on the Kuwaiti border.", "MOBILIZE", "15", "IRQGOV", "KWT"),
    ("Police were put on alert in Karachi ahead of the verdict.", "MOBILIZE", "15", "---COP", None),
    ("Turkey sent thousands of troops to the Iraqi border.", "MOBILIZE", "15", "TURGOV", "IRQ"),
    ("North Korea test-fired a missile over the Sea of Japan.", "MOBILIZE", "15", "PRKGOV", "JPN"),
    ("Police arrested twenty opposition activists in Nairobi.", "COERCE", "17", "KENCOP", "KENOPP"),
    ("The army imposed a curfew in the city of Srinagar.", "COERCE", "17", "---MIL", None),
    ("The United Nations imposed sanctions on Libya.", "SANCTION", "16", "IGOUNO", "LBYGOV"),
    ("Iraqi troops occupied Kuwait in August 1990.", "COERCE", "19", "IRQMIL", "KWTGOV"),
    ("The authorities deported the British journalist.", "COERCE", "17", "---GOV", "GBRMED"),
    ("Israel sealed off the Gaza Strip.", "COERCE", "19", "ISRGOV", "PSEGOV"),
    ("Soldiers detained the mayor of Hebron.", "COERCE", "17", "---MIL", "PSEGOV"),  # the town places its mayor
    ("The government banned the opposition newspaper.", "COERCE", "17", "---GOV", "---MED"),
    ("The junta placed the former president under house arrest.", "COERCE", "17", "---MIL", "---ELI"),
    ("The United States imposed an embargo on Cuba.", "SANCTION", "16", "USAGOV", "CUBGOV"),
    ("Security forces rounded up dozens of suspected militants.", "COERCE", "17", "---MIL", "---UAF"),
    ("The navy seized a ship carrying weapons to the rebels.", "COERCE", "17", "---MIL", None),
    ("Three opposition leaders were arrested by police in Lagos.", "COERCE", "17", "NGACOP", "---OPP"),  # placed by the town
    ("Israeli jets bombed Hezbollah positions in southern Lebanon.", "ASSAULT", "19", "ISR", "LBNREBHEZ"),
    ("Rebels ambushed an army convoy near the border.", "ASSAULT", "19", "---REB", None),
    ("Gunmen assassinated the governor of the province.", "ASSAULT", "18", "---UAF", "---GOV"),
    ("Guerrillas kidnapped two foreign aid workers.", "ASSAULT", "18", "---REB", "NGO"),
    ("Government troops clashed with rebels in the north.", "ASSAULT", "19", "---MIL", "---REB"),
    ("Serb artillery shelled the town of Gorazde.", "ASSAULT", "19", "SRB", "BIH"),  # the town shelled is in Bosnia
    ("The army launched an offensive against Tamil rebels.", "ASSAULT", "19", "---MIL", "TAMREB"),
    ("Police opened fire on demonstrators in Soweto.", "ASSAULT", "19", "---COP", "---OPP"),
    ("Iraqi forces attacked Kurdish villages with poison gas.", "ASSAULT", "19", "IRQMIL", None),
    ("The rebels shot down a government helicopter.", "ASSAULT", "19", "---REB", "---MIL"),
    ("A car bomb killed ten people in Beirut.", "ASSAULT", "18", None, "LBN"),
    ("Government forces attacked by the rebels suffered heavy losses.", "ASSAULT", "19", "---REB", "---MIL"),
    ("The massacre of villagers by soldiers drew international condemnation.", "ASSAULT", "20", "---MIL", "---CVL"),
    ("Turkish warplanes struck Kurdish rebel camps in northern Iraq.", "ASSAULT", "19", "TURMIL", "IRQ"),
    ("The army carried out air raids on rebel bases.", "ASSAULT", "19", "---MIL", None),
    ("Unknown assailants murdered an opposition politician in Moscow.", "ASSAULT", "18", None, ANY),
    ("The talks between the PLO and Israel broke down.", "SANCTION", "16", "PSEGOV", "ISRGOV"),
    ("Rebel leaders met with UN envoys in Addis Ababa.", "CONSULT", "04", "---REB", "IGOUNO"),
    ("Syria and Iraq exchanged accusations over the water dispute.", "ACCUSE", "11", "SYRGOV", "IRQGOV"),
    ("Peru and Ecuador exchanged prisoners.", "RETREAT", "08", "PERGOV", ANY),
    ("Cuban troops fought alongside Angolan government forces.", "COOPERATE", "06", "CUBMIL", "AGOMIL"),
    ("The rebels called off their offensive.", "RETREAT", "08", "---REB", None),
    # second round: passives and nominalisations, light verbs, fire from armed and unarmed parties, British spellings
    ("The peace accord was signed by Angola and South Africa in New York.", "SUPPORT", "05", "AGOGOV", "ZAFGOV"),
    ("The arrest of the opposition leader by security forces sparked riots.", "COERCE", "17", "---MIL", "---OPP"),
    ("The invasion of Kuwait by Iraq was condemned by the United Nations.", "ACCUSE", "11", "IGOUNO", "IRQGOV"),
    ("The killing of three aid workers by rebels drew protests from the UN.", "ASSAULT", "19", "---REB", "NGO"),
    ("Egypt paid tribute to the late Jordanian king.", "SUPPORT", "05", "EGYGOV", "JORGOV"),
    ("Chile made an appeal to Peru for calm.", "REQUEST", "02", "CHLGOV", "PERGOV"),
    ("Tehran registered a strong protest with Baghdad.", "ACCUSE", "11", "IRNGOV", "IRQGOV"),
    ("Iran stepped up its attacks on Kurdish rebels.", "ASSAULT", "19", "IRNGOV", "IRNREBKUR"),
    ("Beijing said Taiwan must accept the one-China principle.", "REQUEST", "10", "CHNGOV", "TWNGOV"),
    ("Libya was accused by Britain of sponsoring terrorism.", "ACCUSE", "11", "GBRGOV", "LBYGOV"),
    ("Police used water cannon against protesters in Seoul.", "ASSAULT", "17", "KORCOP", "KOROPP"),
    ("Militants took twelve foreigners hostage.", "ASSAULT", "18", "---UAF", None),
    ("France threw its support behind the Lebanese government.", "SUPPORT", "05", "FRAGOV", "LBNGOV"),
    ("The UN convoy came under fire from Serb forces.", "ASSAULT", "19", "SRBMIL", "IGOUNO"),
    ("The prime minister came under fire from the opposition over the budget.", "ACCUSE", "11", "---OPP", "---GOV"),
    ("Iran warned that it would close the Strait of Hormuz.", "THREATEN", "13", "IRNGOV", None),
    ("The Organisation of African Unity suspended Sierra Leone after the coup.", "SANCTION", "16", "IGOOAU", "SLEGOV"),
    ("Militiamen stormed the radio station.", "ASSAULT", "19", "---REB", "---MED"),
    (
        "The Yemeni government reached an agreement with the southern secessionists.",
        "SUPPORT", "05", "YEMGOV", "YEMSEP",
    ),
    ("The United States stepped up pressure on Iraq.", "REQUEST", "10", "USAGOV", "IRQGOV"),
    ("The president received support from the army.", "SUPPORT", "05", "---MIL", "---GOV"),
    (
        "Washington and Hanoi signed an agreement on the search for missing soldiers.",
        "SUPPORT", "05", "USAGOV", "VNMGOV",
    ),
    (
        "The prime minister shrugged off calls by the opposition for his resignation.",
        "REJECT", "12", "---GOV", "---OPP",
    ),
    ("Egypt played host to the Israeli and Palestinian leaders.", "CONSULT", "04", "EGYGOV", "PSEGOV"),
    ("The Kenyan government came under fire from Britain over the arrests.", "ACCUSE", "11", "GBRGOV", "KENGOV"),
    # a crowd's damage to property is a riot
    ("Rioters set fire to government buildings in Lagos.", "PROTEST", "14", "---OPP", None),
    ("Protesters ransacked the American embassy in Tehran.", "PROTEST", "14", "---OPP", "USAGOV"),
]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_wire_sentence_codes_its_event(text: str, plover: str, root: str, source: str | None,
                                       target: str | None) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil played host to the World Cup.",  # hosting an event, nobody hosted
        "The engineers tested the new software.",  # no weapon tested
        "The senator brushed aside questions about his health.",  # no call or plan turned down
        "Blood pressure rose sharply.",  # pressure no one applies
        "The team fought alongside its fans.",
        "The company came under pressure from investors.",  # no party named on either side
        "Firefighters fought the fire for hours.",
        "Jesse Jackson won the release of the hostages.",  # no act of the hostages
        "The candidate won the support of voters.",  # no party gives it
    ],
)
def test_look_alike_uses_code_nothing(text: str) -> None:
    assert typed_events(text, PUBLISHED) == []


def test_a_state_charging_its_own_suspects_takes_legal_action() -> None:
    codes = {code for _, code, _, _ in typed_events("Thailand charged two Burmese nationals with smuggling.", PUBLISHED)}
    assert "173" in codes


def test_a_joint_operation_against_a_third_party_is_cooperation_of_the_partners() -> None:
    events = typed_events("Russia and India launched a joint operation against drug traffickers.", PUBLISHED)
    assert {(source, target) for _, code, source, target in events if code == "062"} == {
        ("RUSGOV", "INDGOV"),
        ("INDGOV", "RUSGOV"),
    }
