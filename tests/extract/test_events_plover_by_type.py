"""PLOVER types on news wording (issue #6): for each PLOVER type, sentences written for these tests in varied
wording (synonyms, nominalisations, passives, "X and Y agreed to ...", headlines, wire-story attributions) code
an event of that type, run through the whole pipeline. Types follow the PLOVER manual: signing or striking a deal
is SUPPORT, a pledge or a future act of aid AGREE, a release RETREAT, destroying property ASSAULT, censoring
broadcasts COERCE; an apology is SUPPORT, as the PLOVER gold-standard examples code it.
"""

from __future__ import annotations

import pytest

from event_cases import plover_types

PUBLISHED = "2024-05-01"

CASES = [
    # AGREE
    ("Egypt and Sudan agreed to share data on the river's flow.", "AGREE"),
    ("Vietnam pledged to cut coal use by half before 2040.", "AGREE"),
    ("Kenya vowed to pay its debts to China on time.", "AGREE"),
    ("Peru offered to host the next round of regional talks.", "AGREE"),
    ("Chile accepted an invitation from Argentina to attend the summit.", "AGREE"),
    ("Poland consented to the transfer of tanks to Ukraine.", "AGREE"),
    ("Armenia committed to demarcating its border with Azerbaijan.", "AGREE"),
    ("Qatar pledged 500 million dollars in aid to Lebanon.", "AGREE"),
    ("Mali's junta agreed to a ceasefire with the rebels.", "AGREE"),
    ("Under the deal, Ethiopia will allow Somalia to use its port.", "AGREE"),
    ("Nepal agrees to open border crossings with China", "AGREE"),
    ("Kazakhstan expressed willingness to mediate between Russia and Ukraine.", "AGREE"),
    ("The two Koreas agreed on a family reunion programme.", "AGREE"),
    ("Zambia has promised to repay its debt to China.", "AGREE"),
    ("Libya's rival governments agreed to hold elections next year.", "AGREE"),
    ("Japan offered to help Vietnam modernise its coast guard.", "AGREE"),
    (
        "The Soviet Union has agreed to supply Nicaragua with more oil, the official Tass news agency said on "
        "Thursday.",
        "AGREE",
    ),
    ("Zaire said it was ready to accept a United Nations mediator in its dispute with Angola.", "AGREE"),
    ("Japan will extend a 50 billion yen loan to Turkey, the Japanese embassy in Ankara announced on Friday.", "AGREE"),
    ("Syria has accepted in principle an Arab League plan to send monitors, the league's chief said.", "AGREE"),
    ("The rebels said on Sunday they were willing to enter talks with the government of Mozambique.", "AGREE"),
    (
        "Denmark will provide Tanzania with 40 million kroner in development assistance, the Danish embassy "
        "said.",
        "AGREE",
    ),
    # CONSULT
    ("The Indian prime minister met the French president in Paris.", "CONSULT"),
    ("Japan's foreign minister held talks with his Chinese counterpart.", "CONSULT"),
    ("The Brazilian president travelled to Beijing for a three-day visit.", "CONSULT"),
    ("The German chancellor phoned the Russian president on Friday.", "CONSULT"),
    ("Spain hosted the Moroccan king for a state visit.", "CONSULT"),
    ("Pakistani and Afghan officials discussed border security in Islamabad.", "CONSULT"),
    ("The Ethiopian prime minister arrived in Nairobi for talks with Kenyan leaders.", "CONSULT"),
    ("Israel and Lebanon negotiated through American mediators.", "CONSULT"),
    ("The Italian president received the Albanian prime minister in Rome.", "CONSULT"),
    ("Talks between Serbia and Kosovo resumed in Brussels on Monday.", "CONSULT"),
    ("The Egyptian foreign minister flew to Ankara for talks on Libya.", "CONSULT"),
    ("Representatives of Sudan's warring parties sat down for negotiations in Jeddah.", "CONSULT"),
    ("The Qatari emir paid a visit to Tehran on Sunday.", "CONSULT"),
    ("Chinese and American negotiators met behind closed doors in Geneva.", "CONSULT"),
    ("The Kenyan president was received by the Tanzanian leader in Dar es Salaam.", "CONSULT"),
    (
        "Yugoslav Foreign Minister Budimir Loncar arrived in Cairo on Sunday for a two-day official visit, "
        "the MENA news agency said.",
        "CONSULT",
    ),
    (
        "East German leader Erich Honecker conferred with visiting Czechoslovak Prime Minister Lubomir "
        "Strougal on economic cooperation.",
        "CONSULT",
    ),
    (
        "The foreign ministers of Syria and Iran met in Damascus on Tuesday to review the Gulf war, Syrian "
        "radio reported.",
        "CONSULT",
    ),
    ("Iraq's deputy prime minister held a telephone conversation with the Jordanian king on Monday.", "CONSULT"),
    # SUPPORT
    ("Ghana signed a trade accord with Nigeria on Monday.", "SUPPORT"),
    ("Colombia and the rebels reached a deal on land reform.", "SUPPORT"),
    ("Turkey and Greece struck an agreement to ease tensions in the Aegean.", "SUPPORT"),
    ("France praised Senegal for the peaceful handover of power.", "SUPPORT"),
    ("Britain welcomed the ceasefire announced by Israel and Hamas.", "SUPPORT"),
    ("Germany endorsed Ukraine's bid to join the European Union.", "SUPPORT"),
    ("China backed Pakistan's position on Kashmir.", "SUPPORT"),
    ("Canada commended Guatemala for holding free elections.", "SUPPORT"),
    ("Russia expressed support for the Syrian government.", "SUPPORT"),
    ("Norway applauded the peace deal between Colombia and the rebels.", "SUPPORT"),
    ("Japan hailed the agreement between South Korea and the United States.", "SUPPORT"),
    ("India congratulated Sri Lanka's new president on his victory.", "SUPPORT"),
    ("Cuba defended Venezuela against American criticism.", "SUPPORT"),
    ("The Sri Lankan president apologised to Tamil families for the killings.", "SUPPORT"),
    ("The Indonesian president voiced support for Palestinian statehood.", "SUPPORT"),
    ("Britain recognised the new government in Libya.", "SUPPORT"),
    ("Brazil threw its weight behind Argentina's claim to the islands.", "SUPPORT"),
    ("Sweden's bid to join NATO was endorsed by Turkey.", "SUPPORT"),
    ("Ireland lauded the role of Qatar in the hostage talks.", "SUPPORT"),
    ("Seoul welcomes Tokyo's apology over wartime labour", "SUPPORT"),
    ("Spain stood by Morocco in the dispute.", "SUPPORT"),
    ("Ghana expressed solidarity with Niger after the attack.", "SUPPORT"),
    ("The Organization of African Unity on Wednesday voiced its backing for the Zimbabwean land reform.", "SUPPORT"),
    ("Peking radio said China fully supports the Khmer Rouge's struggle against Vietnamese occupation.", "SUPPORT"),
    ("Egypt on Tuesday endorsed the Saudi peace initiative, calling it a sound basis for a settlement.", "SUPPORT"),
    # COOPERATE
    ("Nigerian and Cameroonian troops conducted joint patrols along the border.", "COOPERATE"),
    ("Thailand extradited a Russian arms dealer to the United States.", "COOPERATE"),
    ("Jordan shared intelligence with Iraq about the militants.", "COOPERATE"),
    ("India and Japan held joint naval exercises in the Bay of Bengal.", "COOPERATE"),
    ("Spain handed over a suspected ETA member to France.", "COOPERATE"),
    ("Morocco cooperated with Spain in dismantling a smuggling network.", "COOPERATE"),
    ("Estonia and Finland teamed up to protect the undersea cable.", "COOPERATE"),
    ("Egypt and Israel cooperated closely on border security.", "COOPERATE"),
    ("Indian and Bangladeshi police carried out a joint operation against smugglers.", "COOPERATE"),
    ("Malaysia and Singapore launched a joint investigation into the scam.", "COOPERATE"),
    ("Kenya and Somalia stepped up security cooperation.", "COOPERATE"),
    (
        "Soviet and Indian naval vessels began joint manoeuvres in the Indian Ocean on Monday, the Indian "
        "defence ministry said.",
        "COOPERATE",
    ),
    (
        "Argentina and Brazil signed a protocol on Thursday to exchange information on their nuclear "
        "programmes and began sharing data immediately.",
        "COOPERATE",
    ),
    # AID
    ("Japan donated 10 million dollars to the flood victims in Bangladesh.", "AID"),
    ("The United States sent humanitarian aid to Sudan.", "AID"),
    ("Germany provided weapons to Ukraine.", "AID"),
    ("The World Bank lent Egypt 3 billion dollars.", "AID"),
    ("Saudi Arabia delivered food to Yemen.", "AID"),
    ("China shipped vaccines to Cambodia.", "AID"),
    ("Britain granted asylum to the Russian dissident.", "AID"),
    ("The European Union gave Moldova 50 million euros in budget support.", "AID"),
    ("Turkey dispatched rescue teams to Syria after the earthquake.", "AID"),
    ("The IMF approved a 3 billion dollar loan for Pakistan.", "AID"),
    ("Norway funded the construction of schools in Malawi.", "AID"),
    ("Kuwait granted Jordan 200 million dollars in loans.", "AID"),
    ("Bangladesh sheltered thousands of Rohingya refugees from Myanmar.", "AID"),
    (
        "The United States airlifted tents and blankets to earthquake survivors in Soviet Armenia, a State "
        "Department official said.",
        "AID",
    ),
    (
        "Libya has supplied the Irish Republican Army with tonnes of weapons and explosives, British "
        "officials said.",
        "AID",
    ),
    ("Saudi Arabia deposited one billion dollars in Egypt's central bank to prop up its currency.", "AID"),
    # CONCEDE
    ("The Egyptian government lifted the curfew in Cairo.", "CONCEDE"),
    ("The Thai government eased restrictions on public gatherings.", "CONCEDE"),
    ("Cuba allowed opposition candidates to run in the local elections.", "CONCEDE"),
    ("Hungary yielded to EU pressure and changed its law.", "CONCEDE"),
    ("The Kyrgyz government gave in to protesters' demands and sacked the minister.", "CONCEDE"),
    ("The Tunisian president agreed to the opposition's demand for early elections.", "CONCEDE"),
    ("The Nicaraguan government legalised the opposition party.", "CONCEDE"),
    ("The Egyptian authorities allowed the opposition to hold a rally in Cairo.", "CONCEDE"),
    (
        "The South African government on Friday lifted the ban on the African National Congress, ending three "
        "decades of prohibition.",
        "CONCEDE",
    ),
    ("Kenya's ruling party bowed to pressure from donors and agreed to legalise opposition parties.", "CONCEDE"),
    (
        "Poland's communist authorities allowed the banned Solidarity union to resume its activities, a "
        "government spokesman said.",
        "CONCEDE",
    ),
    ("Zambia's president on Friday lifted a ban on public rallies by the opposition.", "CONCEDE"),
    # RETREAT
    ("Russia withdrew its troops from the Armenian border.", "RETREAT"),
    ("The EU lifted sanctions on Uzbekistan.", "RETREAT"),
    ("Israel pulled its forces out of the southern Lebanese town.", "RETREAT"),
    ("The rebels handed over their weapons to the Congolese army.", "RETREAT"),
    ("Ethiopia pulled back its troops from the Eritrean frontier.", "RETREAT"),
    ("The United States eased sanctions on Venezuela.", "RETREAT"),
    ("Kosovo allowed UN inspectors into the disputed area.", "RETREAT"),
    ("The last American troops left Afghanistan.", "RETREAT"),
    ("Somali militants laid down their arms.", "RETREAT"),
    ("Russia returned the seized ships to Ukraine.", "RETREAT"),
    ("Rebels in Congo withdrew from the town of Goma.", "RETREAT"),
    ("Two British hostages were freed by the Yemeni rebels.", "RETREAT"),
    ("The Houthis declared a truce with Saudi Arabia.", "RETREAT"),
    ("Armenian forces surrendered to Azerbaijan.", "RETREAT"),
    (
        "Vietnam withdrew the last of its troops from Cambodia on Tuesday, ending more than a decade of "
        "occupation.",
        "RETREAT",
    ),
    (
        "Iraq freed 20 Iranian prisoners of war on Saturday under the auspices of the International Committee "
        "of the Red Cross.",
        "RETREAT",
    ),
    (
        "Guerrillas of the Salvadoran FMLN began handing in their weapons to United Nations observers on "
        "Monday.",
        "RETREAT",
    ),
    ("The Indonesian government released the political detainees after a presidential pardon.", "RETREAT"),
    ("Syrian troops completed their pullout from Beirut on Monday, witnesses said.", "RETREAT"),
    ("Ethiopia has handed back the disputed town of Badme to Eritrea, the UN mission said.", "RETREAT"),
    # REQUEST
    ("Ukraine asked Germany for more air defence systems.", "REQUEST"),
    ("Sri Lanka appealed to India for emergency fuel supplies.", "REQUEST"),
    ("The UN urged Israel to allow aid into Gaza.", "REQUEST"),
    ("Somalia called on Kenya to withdraw its troops.", "REQUEST"),
    ("Nepal requested help from China to rebuild roads.", "REQUEST"),
    ("France called for an independent inquiry into the killing.", "REQUEST"),
    ("The Philippines sought Japan's support for its maritime claims.", "REQUEST"),
    ("The Haitian government pleaded with the United States for security help.", "REQUEST"),
    ("Lithuania demanded that Russia return the seized ships.", "REQUEST"),
    ("Afghanistan pressed Pakistan to release the detained refugees.", "REQUEST"),
    ("Sudan wants Egypt to return the detained soldiers.", "REQUEST"),
    ("Kenya's appeal for international help went unanswered.", "REQUEST"),
    ("The UN Secretary-General called for restraint by Israel and Iran.", "REQUEST"),
    ("Niger's junta asked Russia for military help.", "REQUEST"),
    ("Poland urges Germany to pay war reparations", "REQUEST"),
    ("Tunisia requested that Italy send coast guard ships.", "REQUEST"),
    ("Ecuador sought American help against drug gangs.", "REQUEST"),
    (
        "Pakistan appealed to the United States on Monday to resume economic aid suspended over its nuclear "
        "programme.",
        "REQUEST",
    ),
    ("The Arab League summit called on Iran to accept the United Nations ceasefire resolution.", "REQUEST"),
    ("Mozambique asked Britain for help in training its army, the Mozambican news agency AIM said.", "REQUEST"),
    ("Sri Lanka has asked Norway to resume its role as a peace broker, a government spokesman said.", "REQUEST"),
    ("The UN Security Council on Friday demanded that Iraq allow inspectors immediate access to all sites.", "REQUEST"),
    # ACCUSE
    ("China accused the United States of meddling in its affairs.", "ACCUSE"),
    ("Ukraine blamed Russia for the attack on the dam.", "ACCUSE"),
    ("Pakistan charged that India was sponsoring terrorism.", "ACCUSE"),
    ("The ICC opened an investigation into war crimes in Sudan.", "ACCUSE"),
    ("Rwanda denounced Congo for backing the rebels.", "ACCUSE"),
    ("Venezuela condemned the American sanctions.", "ACCUSE"),
    ("Argentina criticized Britain over the Falklands.", "ACCUSE"),
    ("Greece alleged that Turkey had violated its airspace.", "ACCUSE"),
    ("The Nigerian police are investigating the governor over the missing funds.", "ACCUSE"),
    ("Iran accuses Israel of sabotage at nuclear site", "ACCUSE"),
    ("Russia was accused by Poland of violating its airspace.", "ACCUSE"),
    ("Azerbaijan filed a complaint against Armenia at the International Court of Justice.", "ACCUSE"),
    ("A Kenyan court indicted the former minister for fraud.", "ACCUSE"),
    ("Turkey lodged a protest with Greece over the arrests.", "ACCUSE"),
    ("The Chinese foreign ministry slammed Australia's decision.", "ACCUSE"),
    ("Ethiopia held Eritrea responsible for the attack.", "ACCUSE"),
    ("South Africa sued Israel at the World Court.", "ACCUSE"),
    ("Nicaragua accused Honduras on Friday of allowing Contra rebels to launch attacks from its territory.", "ACCUSE"),
    ("The Soviet news agency Tass charged that Pakistan was arming Afghan rebels.", "ACCUSE"),
    (
        "Amnesty International criticised Turkey's treatment of Kurdish detainees in a report published on "
        "Wednesday.",
        "ACCUSE",
    ),
    (
        "Morocco has filed a protest with Algeria over the expulsion of Moroccan nationals, the official news "
        "agency reported.",
        "ACCUSE",
    ),
    ("Kenya's government blamed Somali militants on Sunday for the bombing of a bus in Nairobi.", "ACCUSE"),
    # REJECT
    ("Iran rejected the European proposal for new talks.", "REJECT"),
    ("Israel refused to release the Palestinian prisoners.", "REJECT"),
    ("Russia dismissed Ukraine's demands as unrealistic.", "REJECT"),
    ("Taiwan turned down China's offer of unification.", "REJECT"),
    ("Serbia declined an invitation to the Kosovo conference.", "REJECT"),
    ("North Korea rebuffed South Korea's offer of talks.", "REJECT"),
    ("Hungary vetoed the EU aid package for Ukraine.", "REJECT"),
    ("Syria would not allow inspectors into the site.", "REJECT"),
    ("Armenia ruled out any concessions to Azerbaijan.", "REJECT"),
    ("The Russian proposal was rejected by the United States.", "REJECT"),
    ("Iraq refused to extradite the Turkish suspects.", "REJECT"),
    ("Venezuela won't accept the election observers from the EU.", "REJECT"),
    ("Hamas rejected Israel's demand to disarm.", "REJECT"),
    ("The Iranian leader dismissed calls for direct talks with Washington.", "REJECT"),
    ("The Sri Lankan president refused to step down.", "REJECT"),
    ("Israel on Sunday rejected a Soviet call for an international peace conference on the Middle East.", "REJECT"),
    (
        "Britain refused to negotiate with Argentina over the sovereignty of the Falkland Islands, a Foreign "
        "Office spokesman said.",
        "REJECT",
    ),
    ("Greece turned down a Turkish proposal for talks on the Aegean continental shelf.", "REJECT"),
    (
        "Serbia on Wednesday spurned a European Union offer of closer ties in exchange for arresting war "
        "crimes suspects.",
        "REJECT",
    ),
    ("Khartoum has refused to allow United Nations peacekeepers into Darfur, a government minister said.", "REJECT"),
    # THREATEN
    ("Iran threatened to close the Strait of Hormuz.", "THREATEN"),
    ("China warned Taiwan against any move toward independence.", "THREATEN"),
    ("Russia threatened Moldova with a gas cut-off.", "THREATEN"),
    ("Turkey warned it would launch a new offensive in Syria.", "THREATEN"),
    ("The United States threatened to impose sanctions on Nicaragua.", "THREATEN"),
    ("Venezuela threatened to expel American diplomats.", "THREATEN"),
    ("Israel warned Hezbollah that it would respond with force.", "THREATEN"),
    ("Algeria threatened to cut gas supplies to Spain.", "THREATEN"),
    ("Serbia issued an ultimatum to Kosovo.", "THREATEN"),
    ("China threatens retaliation against Japan over seafood ban", "THREATEN"),
    ("Hezbollah threatened Israel with a response.", "THREATEN"),
    ("Pakistan warned Afghanistan of military action if attacks continue.", "THREATEN"),
    ("The president threatened to declare martial law in Manila.", "THREATEN"),
    ("Colombia threatened to break off relations with Venezuela.", "THREATEN"),
    ("Turkey vowed to retaliate against the Kurdish militants.", "THREATEN"),
    ("Ukraine warned that it could strike Russian airfields.", "THREATEN"),
    (
        "Iraq threatened on Thursday to strike Iranian oil installations if Tehran continued its attacks on "
        "Gulf shipping.",
        "THREATEN",
    ),
    ("The Soviet Union warned Pakistan that it would face consequences for aiding Afghan rebels.", "THREATEN"),
    ("Libya's leader threatened to cut off oil supplies to Italy.", "THREATEN"),
    (
        "The Angolan government threatened on Thursday to expel foreign oil firms that fail to pay new taxes.",
        "THREATEN",
    ),
    ("Israel warned Syria it would retaliate for any attack from the Golan Heights.", "THREATEN"),
    # PROTEST
    ("Thousands of workers protested in Paris against the pension reform.", "PROTEST"),
    ("Students demonstrated outside the Iranian parliament.", "PROTEST"),
    ("Kenyan opposition supporters marched in Nairobi against the tax increase.", "PROTEST"),
    ("Farmers blocked roads across Poland in protest at Ukrainian grain imports.", "PROTEST"),
    ("Doctors in Nigeria went on strike over unpaid wages.", "PROTEST"),
    ("Hundreds of Armenians rallied in Yerevan against the government.", "PROTEST"),
    ("Palestinian prisoners launched a hunger strike in Israeli jails.", "PROTEST"),
    ("Protesters in Georgia staged a sit-in outside the parliament.", "PROTEST"),
    ("Pakistani lawyers boycotted the courts in protest against the arrest.", "PROTEST"),
    ("Tens of thousands took to the streets of Belgrade to protest the shooting.", "PROTEST"),
    ("Pro-democracy rallies were held across Thailand.", "PROTEST"),
    ("Workers at the Bangladeshi garment factories walked out over low pay.", "PROTEST"),
    ("Iranian women staged protests against the dress code.", "PROTEST"),
    (
        "Thousands of South Korean students clashed with riot police in Seoul on Friday during a protest "
        "against the government.",
        "PROTEST",
    ),
    (
        "About 5,000 Palestinians marched through Nablus on Monday to protest against Israeli occupation, "
        "witnesses said.",
        "PROTEST",
    ),
    (
        "Polish shipyard workers went on strike in Gdansk on Tuesday demanding the legalisation of "
        "Solidarity.",
        "PROTEST",
    ),
    (
        "Hundreds of Bosnian refugees blocked the main road to Sarajevo on Monday to demand the return of "
        "their homes.",
        "PROTEST",
    ),
    ("Nigerian oil workers began an indefinite strike on Wednesday to protest against fuel price rises.", "PROTEST"),
    # MOBILIZE
    ("Russia massed troops on the Ukrainian border.", "MOBILIZE"),
    ("India deployed additional troops to Kashmir.", "MOBILIZE"),
    ("Israel mobilized its reservists ahead of the offensive.", "MOBILIZE"),
    ("The Nigerian army put its units on high alert.", "MOBILIZE"),
    ("China sent warships to the disputed islands.", "MOBILIZE"),
    ("Azerbaijan moved artillery closer to the front line.", "MOBILIZE"),
    ("South Korea reinforced its troops along the border.", "MOBILIZE"),
    ("Venezuela stationed soldiers along its frontier with Guyana.", "MOBILIZE"),
    ("Taiwan placed its armed forces on high alert.", "MOBILIZE"),
    ("The United States moved an aircraft carrier to the eastern Mediterranean.", "MOBILIZE"),
    ("Egypt beefed up its military presence in Sinai.", "MOBILIZE"),
    ("Sudan called up its reservists.", "MOBILIZE"),
    ("Armenia sent reinforcements to the border with Azerbaijan.", "MOBILIZE"),
    ("Iraq has moved two armoured divisions to its border with Kuwait, Western diplomats said on Tuesday.", "MOBILIZE"),
    ("The Indian army was placed on high alert along the Pakistani border after the hijacking.", "MOBILIZE"),
    ("Libya has massed troops on its border with Chad, the Chadian government said.", "MOBILIZE"),
    ("Turkey has deployed tanks and troops along its border with Iraq, Turkish television reported.", "MOBILIZE"),
    ("The Greek navy was put on alert after Turkish warships entered disputed waters.", "MOBILIZE"),
    # SANCTION
    ("The United States imposed sanctions on Iran.", "SANCTION"),
    ("Britain expelled two Russian diplomats.", "SANCTION"),
    ("Saudi Arabia cut diplomatic ties with Canada.", "SANCTION"),
    ("The EU froze the assets of Belarusian officials.", "SANCTION"),
    ("China banned imports of Japanese seafood.", "SANCTION"),
    ("Canada recalled its ambassador from India.", "SANCTION"),
    ("The African Union suspended Niger after the coup.", "SANCTION"),
    ("Japan imposed an embargo on North Korean goods.", "SANCTION"),
    ("Lithuania closed its embassy in Minsk.", "SANCTION"),
    ("Niger ordered the French ambassador to leave the country.", "SANCTION"),
    ("Russia halted gas deliveries to Bulgaria.", "SANCTION"),
    ("The United States blacklisted Chinese technology firms.", "SANCTION"),
    ("Ecuador severed relations with Mexico.", "SANCTION"),
    ("The EU slapped new sanctions on Moscow.", "SANCTION"),
    (
        "Britain broke off diplomatic relations with Syria on Friday over the attempted bombing of an Israeli "
        "airliner.",
        "SANCTION",
    ),
    ("The European Community imposed an arms embargo on Yugoslavia on Friday.", "SANCTION"),
    ("Kenya expelled a Ugandan diplomat on Wednesday, accusing him of spying.", "SANCTION"),
    ("Bahrain recalled its ambassador from Qatar on Wednesday in a row over Gulf security.", "SANCTION"),
    ("The United States suspended military aid to Guatemala over human rights abuses.", "SANCTION"),
    # COERCE
    ("Egyptian police arrested dozens of opposition activists.", "COERCE"),
    ("The Chinese authorities detained a Japanese businessman.", "COERCE"),
    ("Russia seized the Ukrainian ships.", "COERCE"),
    ("The Turkish government banned opposition rallies in Istanbul.", "COERCE"),
    ("The Iranian authorities jailed the French tourist.", "COERCE"),
    ("The Belarusian authorities deported the Polish journalist.", "COERCE"),
    ("Zimbabwean police confiscated the opposition's leaflets.", "COERCE"),
    ("The Venezuelan government shut down the opposition newspaper.", "COERCE"),
    ("Burkina Faso suspended French media broadcasts.", "COERCE"),
    ("A Russian journalist was detained by Belarusian security forces.", "COERCE"),
    ("Tanzanian police rounded up opposition leaders.", "COERCE"),
    ("The Turkish authorities placed the mayor under house arrest.", "COERCE"),
    ("The Iranian government imposed a curfew in Zahedan.", "COERCE"),
    ("Kenya expelled dozens of Somali refugees.", "COERCE"),
    ("Chinese authorities censored reports about the protests.", "COERCE"),
    (
        "South African police detained more than 200 anti-apartheid activists in raids on Sunday, the "
        "Detainees' Parents Support Committee said.",
        "COERCE",
    ),
    ("The Burmese military government placed opposition leader Aung San Suu Kyi under house arrest.", "COERCE"),
    ("Chilean authorities imposed a state of siege after the attempt on President Pinochet's life.", "COERCE"),
    ("Kenyan police arrested the opposition leader in Nairobi on Friday, his lawyer said.", "COERCE"),
    ("The Malaysian government banned the opposition newspaper for three months.", "COERCE"),
    # ASSAULT
    ("Israeli forces demolished the Palestinian homes in the West Bank.", "ASSAULT"),
    ("Russian missiles struck Kyiv overnight.", "ASSAULT"),
    ("Israeli jets bombed targets in Gaza.", "ASSAULT"),
    ("Boko Haram fighters attacked a village in northern Nigeria.", "ASSAULT"),
    ("Gunmen killed five police officers in Mexico.", "ASSAULT"),
    ("A suicide bomber blew himself up at a checkpoint in Kabul.", "ASSAULT"),
    ("Pakistani troops clashed with militants in Waziristan.", "ASSAULT"),
    ("Houthi rebels fired missiles at Saudi Arabia.", "ASSAULT"),
    ("Armed men kidnapped two Chinese engineers in Nigeria.", "ASSAULT"),
    ("Ukrainian drones hit an oil refinery in Russia.", "ASSAULT"),
    ("Syrian government forces shelled rebel positions in Idlib.", "ASSAULT"),
    ("A car bomb exploded near the Somali parliament.", "ASSAULT"),
    ("Islamist militants ambushed a Malian army convoy.", "ASSAULT"),
    ("The Israeli air force carried out strikes on Hezbollah positions.", "ASSAULT"),
    ("Gunmen opened fire on a bus in Pakistan.", "ASSAULT"),
    ("The Nigerian opposition leader was assassinated.", "ASSAULT"),
    ("Myanmar's army torched villages in Sagaing.", "ASSAULT"),
    ("Iraqi warplanes bombed Iran's Kharg Island oil terminal on Tuesday, Iraqi military communiques said.", "ASSAULT"),
    ("Sikh extremists shot dead 15 Hindu bus passengers in Punjab on Saturday, police said.", "ASSAULT"),
    ("Tamil guerrillas ambushed a Sri Lankan army patrol in the north, killing 12 soldiers.", "ASSAULT"),
    ("Rebel gunmen killed eight villagers in an overnight raid in northern Uganda, the army said.", "ASSAULT"),
    (
        "Indian troops shelled Pakistani positions across the Line of Control on Wednesday, Pakistan's army "
        "said.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("text", "plover"), CASES)
def test_wording_codes_its_plover_type(text: str, plover: str) -> None:
    assert plover in plover_types(text, PUBLISHED)
