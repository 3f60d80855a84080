"""PLOVER event sentences shaped like news wire examples, written for these tests (issue #6).

PLOVER examples name parties that are not countries (militias, ministries, "the rebels", "police", tribal elders,
aid agencies), leave the country out, put the event in a passive, a noun or a subordinate clause. A few hundred such
sentences, written across the sixteen types, found these shapes that coded no event, now coded:

- a mutual noun that names both its sides in a "between" phrase is the event also as the subject of an event verb
  ("Clashes between the army and the rebels killed twelve people"), which cannot take the noun as its author;
- forces shifted in a passive with no agent show force themselves ("Troops were moved to the border region",
  CAMEO 15), as "deploy" and "send" already did;
- groups the actor layer left uncoded (ruling parties, elders, tribal and community leaders, aid agencies,
  delegations: test_actor_people_groups.py) now act;

and one false event: the toll an attack leaves ("left twelve soldiers dead") is no withdrawal.

``CODED`` is every sentence of the set that codes its type; ``GAPS`` the ones that do not yet, each with why
(strict: a gap that closes fails the test, so the row moves to ``CODED``).
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, plover_types

PUBLISHED = "2017-01-19"

CASES = [
    ("Clashes between the army and the rebels killed twelve people on Sunday.", "ASSAULT", "19", "---MIL", "---REB"),
    ("Fighting between Kurdish fighters and Turkish troops left 30 dead.", "ASSAULT", "19", "TURMIL", "KURUAF"),
    ("Clashes between students and riot police left dozens injured.", "PROTEST", "14", "---EDU", "---COP"),
    ("Troops were moved to the border region.", "MOBILIZE", "15", "---MIL", ANY),
    ("Indian troops were rushed to the border on Tuesday.", "MOBILIZE", "15", "INDMIL", ANY),
    ("Thousands of soldiers were moved into the province.", "MOBILIZE", "15", "---MIL", ANY),
    ("The last rebels left the town on Sunday.", "RETREAT", "08", "---REB", ANY),
    ("The ruling party praised the army for its handling of the crisis.", "SUPPORT", "05", "---GOV", "---MIL"),
    ("Tribal elders in Helmand accused foreign troops of killing civilians.", "ACCUSE", "11", "AFGCVL", ANY),
    ("Village elders met the provincial governor on Monday.", "CONSULT", "04", "---CVL", "---GOV"),
    ("Relief agencies sent tents to the flood victims in Pakistan.", "AID", "07", "NGO", "PAK"),
    ("A rebel delegation met the mediators in Nairobi.", "CONSULT", "04", "---REB", ANY),
]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_shape_codes_its_event(text: str, plover: str, root: str, source: str | None, target: str | None) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # the toll an attack leaves: nobody withdraws
        ("A bomb attack by rebels left 12 soldiers dead.", "RETREAT"),
        ("The shelling by rebels left ten dead and 40 wounded.", "RETREAT"),
        # people and things moved are no forces
        ("Refugees were moved to a camp near the border.", "MOBILIZE"),
        ("The statue was moved to a museum.", "MOBILIZE"),
    ],
)
def test_other_shapes_code_no_such_event(text: str, not_plover: str) -> None:
    assert not_plover not in plover_types(text, PUBLISHED)


CODED = [
    ("AGREE", "The rebels agreed on Tuesday to a two-week truce with government forces in the northern hills."),
    ("AGREE", "The interior ministry said it would allow opposition parties to hold rallies in the capital."),
    (
        "AGREE",
        "Local militia leaders have promised to hand over their weapons to the peacekeepers by the end of the month.",
    ),
    ("AGREE", "The government offered to release 200 prisoners if the guerrillas stopped their attacks."),
    ("AGREE", "Under the agreement, the militiamen will leave the town and the police will take over security."),
    ("AGREE", "Kenya said it was ready to mediate between the warring parties in the south."),
    (
        "CONSULT",
        "Leaders of the main opposition parties met the prime minister on Thursday to discuss electoral reform.",
    ),
    ("CONSULT", "The foreign minister held talks with his Egyptian counterpart in Cairo on the refugee crisis."),
    ("CONSULT", "Union leaders and the labour ministry resumed negotiations over the minimum wage."),
    ("CONSULT", "A delegation of rebel commanders arrived in the capital for talks with the government."),
    ("CONSULT", "The envoy telephoned the president on Monday to discuss the hostage situation, officials said."),
    ("CONSULT", "The Pope received the visiting Lebanese president at the Vatican on Wednesday."),
    ("CONSULT", "The defence minister visited troops stationed near the border on Saturday."),
    ("SUPPORT", "The ruling party praised the army for its handling of the crisis."),
    ("SUPPORT", "Human rights groups welcomed the decision by the supreme court to free the journalists."),
    ("SUPPORT", "The bishops voiced support for the striking miners."),
    ("SUPPORT", "Several villagers said they backed the police campaign against drug gangs."),
    ("SUPPORT", "The government expressed its gratitude to the aid agencies that helped flood victims."),
    ("SUPPORT", "Opposition lawmakers defended the central bank governor against the accusations."),
    ("SUPPORT", "The prime minister congratulated the winner of the presidential election."),
    ("SUPPORT", "Farmers' unions endorsed the new land law passed by parliament."),
    ("SUPPORT", "The militia leader apologized to the families of the victims."),
    ("CONCEDE", "The government lifted the curfew imposed on the capital after the riots."),
    ("CONCEDE", "The junta eased restrictions on the press on Friday."),
    ("CONCEDE", "The president pardoned the former army chief convicted of corruption."),
    ("CONCEDE", "The governor agreed to the strikers' demands and raised their wages."),
    ("COOPERATE", "The police and the army launched a joint operation against the smugglers."),
    ("COOPERATE", "Local officials worked with the aid agencies to rebuild the schools."),
    ("COOPERATE", "Police handed the suspects over to the prosecutors."),
    ("COOPERATE", "The militia has joined forces with the army to fight the insurgents."),
    ("AID", "The Red Cross delivered food and medicine to the besieged town."),
    ("AID", "Aid workers evacuated hundreds of wounded civilians from the city on Monday."),
    ("AID", "The World Bank approved a loan of 50 million dollars to Ghana for road building."),
    ("AID", "Doctors from the charity treated the injured at a makeshift clinic."),
    ("AID", "Japan sent relief supplies to the earthquake victims."),
    ("AID", "The ministry provided emergency funds to the farmers hit by the drought."),
    ("AID", "Peacekeepers escorted a convoy of food to the refugee camps."),
    ("AID", "The army granted asylum to the fleeing rebel commander."),
    ("RETREAT", "The rebels withdrew from the town after heavy fighting."),
    ("RETREAT", "The army pulled its troops out of the disputed region on Friday."),
    ("RETREAT", "The militiamen handed over their weapons to the police."),
    ("RETREAT", "The guerrillas released the hostages after a ransom was paid."),
    ("RETREAT", "Police dismantled the roadblocks around the university."),
    ("RETREAT", "The insurgents have surrendered to the army, a military spokesman said."),
    ("RETREAT", "Thousands of fighters were demobilized after the peace accord."),
    ("RETREAT", "The occupying forces began leaving the city on Sunday."),
    ("REQUEST", "The opposition demanded the resignation of the interior minister."),
    ("REQUEST", "Relatives of the missing miners urged the government to speed up the rescue."),
    ("REQUEST", "The mayor appealed for international aid after the floods."),
    ("REQUEST", "The rebels called on the army to stop shelling civilian areas."),
    ("REQUEST", "The bishops asked the president to free the detained priests."),
    ("REQUEST", "Students demanded that the police release their classmates."),
    ("REQUEST", "The ministry requested help from neighbouring countries to fight the fires."),
    ("REQUEST", "Farmers have petitioned the governor for compensation."),
    ("REQUEST", "The human rights group called for an inquiry into the deaths in custody."),
    ("ACCUSE", "The opposition accused the police of torturing detainees."),
    ("ACCUSE", "The army blamed the rebels for the bombing of the market."),
    ("ACCUSE", "Local residents charged that soldiers had looted their homes."),
    ("ACCUSE", "Rights groups criticised the government for its treatment of refugees."),
    ("ACCUSE", "The president condemned the attack on the police station."),
    ("ACCUSE", "The newspaper alleged that the governor had taken bribes."),
    ("ACCUSE", "An inquiry was opened into the killing of the student by police."),
    ("ACCUSE", "The militia denounced the peace talks as a betrayal."),
    ("ACCUSE", "The ministry sued the company for damages."),
    ("REJECT", "The rebels rejected the government's offer of talks."),
    ("REJECT", "The president refused to meet the opposition leaders."),
    ("REJECT", "The union turned down the proposal of the employers."),
    ("REJECT", "The junta dismissed calls for early elections."),
    ("REJECT", "The governor vetoed the budget passed by the assembly."),
    ("REJECT", "The court refused to extradite the businessman to Russia."),
    ("REJECT", "The guerrillas refused to lay down their arms."),
    ("REJECT", "The ministry ignored the demands of the strikers."),
    ("THREATEN", "The rebels threatened to attack the capital if the government did not resign."),
    ("THREATEN", "The union warned that it would call a general strike."),
    ("THREATEN", "The police threatened to arrest anyone who joined the march."),
    ("THREATEN", "The militia vowed to kill the hostages unless its demands were met."),
    ("THREATEN", "The president warned the opposition against staging protests."),
    ("THREATEN", "The army gave the insurgents an ultimatum to surrender by Friday."),
    ("THREATEN", "The government threatened to expel foreign journalists."),
    ("THREATEN", "The governor threatened to cut off funds to the city council."),
    ("THREATEN", "The guerrillas have threatened to blow up the oil pipeline."),
    ("THREATEN", "Tribal leaders warned they would take up arms against the government."),
    ("PROTEST", "Thousands of students marched through the capital to protest against the government."),
    ("PROTEST", "Workers went on strike to demand higher wages."),
    ("PROTEST", "Opposition supporters demonstrated outside parliament on Tuesday."),
    ("PROTEST", "Hundreds of prisoners went on hunger strike to protest against their conditions."),
    ("PROTEST", "Local residents blocked the highway to protest against the new dam."),
    ("PROTEST", "Farmers staged a sit-in outside the agriculture ministry."),
    ("PROTEST", "Taxi drivers protested against the rise in fuel prices."),
    ("PROTEST", "Demonstrators rallied in front of the embassy."),
    ("PROTEST", "The opposition boycotted the parliamentary elections."),
    ("SANCTION", "The European Union imposed sanctions on the military junta."),
    ("SANCTION", "The president broke off diplomatic relations with the neighbouring republic."),
    ("SANCTION", "The ministry suspended aid to the province."),
    ("SANCTION", "The central bank froze the assets of the businessman."),
    ("SANCTION", "The union called off the talks with the management."),
    ("SANCTION", "Washington recalled its ambassador from Caracas."),
    ("MOBILIZE", "The army put its troops on high alert."),
    ("MOBILIZE", "The rebels massed fighters near the border."),
    ("MOBILIZE", "The government called up reservists."),
    ("MOBILIZE", "Police were deployed in large numbers in the capital ahead of the vote."),
    ("MOBILIZE", "The navy sent warships to the gulf."),
    ("MOBILIZE", "The militia mobilized its supporters."),
    ("MOBILIZE", "Troops were moved to the border region."),
    ("MOBILIZE", "The army reinforced its positions around the city."),
    ("MOBILIZE", "The guerrillas have stepped up their military exercises."),
    ("MOBILIZE", "The defence ministry raised the alert level."),
    ("COERCE", "Police arrested 30 demonstrators in the capital."),
    ("COERCE", "The army detained the opposition leader at his home."),
    ("COERCE", "Soldiers seized control of the radio station."),
    ("COERCE", "The government deported the refugees."),
    ("COERCE", "The authorities confiscated the land of the farmers."),
    ("COERCE", "The journalist was arrested by the secret police."),
    ("ASSAULT", "Gunmen killed five policemen in an ambush."),
    ("ASSAULT", "The army shelled rebel positions near the town."),
    ("ASSAULT", "Rebels attacked a police station overnight."),
    ("ASSAULT", "The soldiers opened fire on the protesters."),
    ("ASSAULT", "Three soldiers were killed by a roadside bomb."),
    ("ASSAULT", "Pirates hijacked a cargo ship off the coast."),
    (
        "ASSAULT",
        "Nigerian troops killed at least twelve militants in a raid on a camp in the northeast, the army said.",
    ),
    (
        "ASSAULT",
        "At least 14 villagers were killed when gunmen stormed a village in central Mali, local officials said.",
    ),
    (
        "ASSAULT",
        "Two Turkish soldiers died when their patrol was ambushed by Kurdish guerrillas near the Iraqi border.",
    ),
    ("ASSAULT", "The bombing of a bus in Jerusalem by a Palestinian militant killed six Israelis."),
    (
        "ASSAULT",
        "Sri Lankan warplanes bombed suspected Tamil rebel bases in the north on Tuesday, military officials said.",
    ),
    ("COERCE", "Chinese police detained dozens of Tibetan monks after a protest in Lhasa, exile groups said."),
    ("COERCE", "The arrest of the opposition leader by Kenyan police sparked riots in Nairobi."),
    ("COERCE", "Three British journalists were expelled from Zimbabwe on Friday, their newspaper said."),
    ("COERCE", "Egyptian authorities have closed the offices of an independent newspaper in Cairo."),
    (
        "PROTEST",
        "Tens of thousands of Serbs marched through Belgrade demanding the resignation of President Milosevic.",
    ),
    ("PROTEST", "Bangladeshi garment workers went on strike on Monday, closing hundreds of factories."),
    ("PROTEST", "Kashmiri separatists called a general strike to protest against Indian rule."),
    ("PROTEST", "Students in Seoul clashed with riot police during a demonstration against the government."),
    ("PROTEST", "A strike by French truck drivers blocked roads across the country."),
    ("REQUEST", "Opposition parties in Togo demanded the release of all political prisoners."),
    ("REQUEST", "The Vatican appealed to the Sudanese government to protect Christians in the south."),
    ("REQUEST", "Greek Cypriot leaders called for the withdrawal of Turkish troops from the island."),
    ("REQUEST", "Haitian church leaders urged the army to hand power back to civilians."),
    ("REQUEST", "Indian officials asked Pakistan to hand over the suspects in the bombing."),
    ("AGREE", "Rebels in Sierra Leone agreed to free the UN peacekeepers they had taken hostage."),
    ("AGREE", "The Colombian government and the FARC guerrillas agreed on Saturday to resume peace talks."),
    ("AGREE", "The Philippine army and Muslim separatists agreed to a ceasefire on Mindanao."),
    ("AGREE", "Uganda said it would pull its troops out of Congo under a deal brokered by South Africa."),
    ("CONSULT", "Syrian and Lebanese officials met in Damascus to discuss border security."),
    ("CONSULT", "Talks between Sudanese rebels and the government opened in Abuja on Monday."),
    ("CONSULT", "Chinese Premier Li Peng arrived in Moscow on Sunday for a four-day visit."),
    ("CONSULT", "The Angolan rebel leader held talks with the US envoy in Lusaka."),
    ("REJECT", "Burma's military government rejected an offer by the UN to mediate talks with the opposition."),
    ("REJECT", "Somali warlords refused to attend the peace conference in Kenya."),
    ("REJECT", "Hamas rejected Israel's demand that it disarm."),
    ("REJECT", "The Serbian parliament refused to ratify the peace plan."),
    ("REJECT", "Iraq has refused entry to UN weapons inspectors."),
    ("ACCUSE", "Armenia accused Azerbaijani forces of shelling villages along the border."),
    ("ACCUSE", "Human rights groups have accused Indonesian troops of killing civilians in Aceh."),
    ("ACCUSE", "The Pakistani government blamed Indian agents for the blast in Lahore."),
    ("ACCUSE", "Palestinian leaders condemned the killing of a teenager by Israeli troops."),
    ("CONSULT", "Yasser Arafat met Shimon Peres in Gaza on Sunday to discuss the stalled talks."),
    ("ACCUSE", "Slobodan Milosevic accused NATO of waging a war against the Serb people."),
    ("THREATEN", "Saddam Hussein threatened to strike at American forces in the Gulf."),
    ("REQUEST", "Nelson Mandela urged F.W. de Klerk to end the state of emergency."),
    ("REJECT", "Fidel Castro rejected the demands of the exiles in Miami."),
    ("AGREE", "The PLO agreed to recognise Israel's right to exist."),
    ("ASSAULT", "The Tamil Tigers attacked an army camp in Jaffna, killing 30 soldiers."),
    ("ASSAULT", "UNITA guerrillas shelled the town of Kuito for a third day."),
    ("CONSULT", "Mahmoud Abbas held talks with Ariel Sharon in Jerusalem."),
    ("SUPPORT", "Boris Yeltsin praised Helmut Kohl for his support of reforms."),
    ("ACCUSE", "Hezbollah accused Israel of violating the truce."),
    ("PROTEST", "Supporters of Benazir Bhutto rallied in Karachi against the government."),
    ("THREATEN", "Jonas Savimbi threatened to resume the war if the elections were rigged."),
    ("AID", "The International Committee of the Red Cross flew medicine to Kigali."),
    ("SANCTION", "The IMF suspended its loans to Kenya over corruption."),
    ("REQUEST", "Amnesty International urged Turkey to release jailed Kurdish politicians."),
    ("REJECT", "Hun Sen rejected the Khmer Rouge offer of talks."),
    ("RETREAT", "The ETA separatists announced a permanent ceasefire."),
    ("MOBILIZE", "The Contras massed troops along the Honduran border."),
    ("CONSULT", "Kofi Annan met Saddam Hussein in Baghdad."),
    ("AGREE", "Gerry Adams said Sinn Fein would take part in the talks."),
    ("ASSAULT", "Al-Shabaab fighters attacked a hotel in Mogadishu."),
    ("ASSAULT", "After rebels ambushed an army convoy near the border, the government declared a curfew."),
    ("COERCE", "The opposition leader, who was arrested by police last week, remains in custody."),
    ("ASSAULT", "Residents said the soldiers had fired on the crowd without warning."),
    ("AGREE", "Following two days of talks, the government and the union agreed on a new pay deal."),
    ("REJECT", "Despite international pressure, the junta has refused to free the jailed opposition leader."),
    ("PROTEST", "As the strike entered its second week, thousands of workers rallied outside the ministry."),
    ("COERCE", "Dozens of protesters were detained when police broke up the march."),
    ("ASSAULT", "Police said the gunmen, who wore army uniforms, shot dead three villagers."),
    ("ASSAULT", "The rebels, who control much of the north, shelled the airport on Saturday."),
    ("COERCE", "Security forces have arrested the suspected leader of the gang, the interior ministry said."),
    ("MOBILIZE", "The government has put the army on alert following clashes along the border."),
    ("REJECT", "The opposition, which boycotted the vote, rejected the results."),
    ("ASSAULT", "Militants attacked a checkpoint, killing four policemen, officials said."),
    ("PROTEST", "Angry residents stoned police vehicles after a boy was killed in a raid."),
    ("REQUEST", "The families of the kidnapped workers appealed to the kidnappers to release them."),
    ("SUPPORT", "The army chief said the military supported the president's decision to hold elections."),
    ("ACCUSE", "The rebels, accused by the government of killing civilians, deny any role in the massacre."),
    ("ASSAULT", "Two policemen were wounded when a grenade was thrown at their patrol."),
    ("COERCE", "The regime has jailed hundreds of dissidents since the coup."),
    ("CONSULT", "A government delegation flew to the rebel stronghold for talks."),
]


@pytest.mark.parametrize(("plover", "text"), CODED)
def test_sentence_codes_its_type(plover: str, text: str) -> None:
    assert plover in plover_types(text, PUBLISHED)


GAPS = [
    (
        "AGREE",
        "Police and striking dock workers reached a deal late on Sunday to reopen the harbour.",
        "another type: SUPPORT",
    ),
    (
        "AGREE",
        "A ceasefire between the army and the separatists took effect at midnight, a spokesman said.",
        "another type: RETREAT",
    ),
    (
        "AGREE",
        "Tribal elders signed an accord with the provincial governor to end the feud over grazing land.",
        "another type: SUPPORT",
    ),
    (
        "AGREE",
        "The two factions accepted a plan put forward by church mediators to share power.",
        "no actor: the group it names is not coded",
    ),
    (
        "CONSULT",
        "Representatives of the tribes will meet the governor next week, local residents said.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    (
        "CONSULT",
        "The talks between the guerrillas and the government broke down after three days.",
        "another type: SANCTION",
    ),
    (
        "CONSULT",
        "Mediators shuttled between the two camps in an effort to revive the dialogue.",
        "no actor: the group it names is not coded",
    ),
    (
        "SUPPORT",
        "The president hailed the peace deal as a historic step.",
        "a stance on a measure, not an act on a party",
    ),
    ("CONCEDE", "Police released the protest leaders they had detained last week.", "another type: COERCE"),
    (
        "CONCEDE",
        "Authorities freed 40 political prisoners under an amnesty announced by the president.",
        "another type: RETREAT",
    ),
    ("CONCEDE", "The military ruler resigned on Tuesday after weeks of street protests.", "another type: RETREAT"),
    (
        "CONCEDE",
        "The court overturned the ban on the opposition newspaper.",
        "no trigger: the wording is not in the lexicon",
    ),
    ("CONCEDE", "The rebels freed three aid workers they had held for a month.", "another type: RETREAT"),
    (
        "CONCEDE",
        "The ministry reinstated the dismissed judges.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    (
        "COOPERATE",
        "The two ministries signed an agreement to share intelligence on the militants.",
        "another type: SUPPORT",
    ),
    ("COOPERATE", "Brazil and Argentina agreed to cooperate in fighting drug trafficking.", "another type: AGREE"),
    (
        "COOPERATE",
        "The central bank and the finance ministry coordinated their response to the crisis.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    (
        "COOPERATE",
        "The customs service exchanged information with its Turkish counterparts.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    ("COOPERATE", "The government established diplomatic relations with the new republic.", "another type: SUPPORT"),
    (
        "COOPERATE",
        "Investigators from both countries are cooperating in the inquiry into the crash.",
        "no actor: the group it names is not coded",
    ),
    (
        "AID",
        "The United Nations refugee agency gave tents and blankets to the displaced families.",
        "no trigger: the wording is not in the lexicon",
    ),
    (
        "AID",
        "Government troops were airlifted to the region to help rescue flood victims.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    (
        "RETREAT",
        "The government evacuated its embassy staff from the capital.",
        "no trigger: the wording is not in the lexicon",
    ),
    ("RETREAT", "The strikers ended their sit-in at the factory.", "no actor: the group it names is not coded"),
    (
        "REQUEST",
        "The union insisted that the company reinstate the sacked workers.",
        "no trigger: the wording is not in the lexicon",
    ),
    ("ACCUSE", "The prosecutor charged the former minister with embezzlement.", "another type: COERCE"),
    ("REJECT", "Parliament voted down the bill on emergency powers.", "no trigger: the wording is not in the lexicon"),
    ("REJECT", "The army denied that it had shelled the village.", "coded, but negated"),
    (
        "PROTEST",
        "Riots broke out in the slums after the arrest of the preacher.",
        "no actor: the group it names is not coded",
    ),
    ("SANCTION", "The government banned the opposition newspaper.", "another type: COERCE"),
    ("SANCTION", "The army expelled the foreign journalists.", "another type: COERCE"),
    ("SANCTION", "The authorities closed down the independent radio station.", "another type: COERCE"),
    ("SANCTION", "The government declared a state of emergency in the province.", "another type: COERCE"),
    ("COERCE", "Security forces raided the offices of the newspaper.", "another type: ASSAULT"),
    ("COERCE", "Police used tear gas to disperse the protesters.", "another type: ASSAULT"),
    ("COERCE", "The rebels kidnapped two foreign engineers.", "another type: ASSAULT"),
    ("COERCE", "The militia took the villagers hostage.", "another type: ASSAULT"),
    (
        "ASSAULT",
        "A suicide bomber blew himself up in a crowded market, killing 20 people.",
        "no actor: the group it names is not coded",
    ),
    ("ASSAULT", "Fighter jets bombed militant camps in the mountains.", "no actor: the group it names is not coded"),
    ("ASSAULT", "The militiamen burned down the village.", "no trigger: the wording is not in the lexicon"),
    ("ASSAULT", "Clashes between police and rioters left ten dead.", "another type: PROTEST"),
    (
        "COERCE",
        "Israeli soldiers demolished the homes of two Palestinian militants in the West Bank.",
        "another type: ASSAULT",
    ),
    (
        "AGREE",
        "An agreement between Nepal's government and Maoist rebels was signed in Kathmandu.",
        "another type: SUPPORT",
    ),
    ("CONSULT", "A visit to Tehran by the Iraqi foreign minister was postponed.", "another type: SANCTION"),
    ("ACCUSE", "Russian prosecutors charged a former Yukos executive with tax evasion.", "another type: COERCE"),
    ("COERCE", "The Khmer Rouge abducted 12 villagers near Battambang.", "another type: ASSAULT"),
    ("AGREE", "The SPLA signed a ceasefire with Khartoum in Nairobi.", "another type: RETREAT"),
    (
        "AID",
        "Medecins Sans Frontieres opened a clinic for refugees in Goma.",
        "no trigger: the wording is not in the lexicon",
    ),
    ("COERCE", "Zapatista rebels seized four towns in Chiapas.", "another type: ASSAULT"),
    (
        "ASSAULT",
        "Shining Path guerrillas killed six peasants in the Andes.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    (
        "ACCUSE",
        "The Dalai Lama accused Beijing of cultural genocide in Tibet.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    ("SANCTION", "The Taliban banned women from working in Kabul.", "another type: COERCE"),
    ("COOPERATE", "Interpol and Europol agreed to share data on terrorist suspects.", "another type: AGREE"),
    (
        "AID",
        "Supplies reached the town after the Red Cross negotiated access with the militia.",
        "another type: CONSULT",
    ),
    ("ACCUSE", "According to the opposition, the police tortured several detainees.", "another type: ASSAULT"),
    (
        "THREATEN",
        "In a statement, the rebel group warned that it would target government buildings.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    (
        "REQUEST",
        "Local leaders, who met the governor on Monday, asked him to send more police to the area.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    (
        "CONSULT",
        "The minister, speaking after a meeting with union leaders, said talks would continue.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    (
        "SANCTION",
        "The decision by the government to close the border angered traders.",
        "no trigger: the wording is not in the lexicon",
    ),
    ("CONCEDE", "Under pressure from the unions, the government withdrew the proposed tax.", "another type: RETREAT"),
    (
        "AID",
        "The charity, which runs several clinics in the region, sent doctors to the camps.",
        "a trigger, but no coded party on either side (uncoded source, agentless passive, parse)",
    ),
    ("COOPERATE", "The army, backed by local militias, has retaken the town.", "another type: ASSAULT, SUPPORT"),
    ("RETREAT", "After weeks of fighting, the militia agreed to withdraw from the city centre.", "another type: AGREE"),
]


@pytest.mark.parametrize(
    ("plover", "text"),
    [pytest.param(plover, text, marks=pytest.mark.xfail(reason=why, strict=True)) for plover, text, why in GAPS],
)
def test_known_gap(plover: str, text: str) -> None:
    assert plover in plover_types(text, PUBLISHED)
