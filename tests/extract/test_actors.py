"""Actors: codes from the lexicon, roles learned from the article, user dictionaries, speakers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.errors import Code, ConfigError
from newsgraph.extract._actor_entries import DatedCode, LexEntry, parse_dates
from newsgraph.extract.actors import ActorLexicon, attach_speaker_actors, find_actors, load_actor_lexicon
from newsgraph.process import mask_removed
from newsgraph.records import Actor, Quote, RemovedSpan, Result, Span

ROOT = Path(__file__).resolve().parents[2]

# A dictionary of invented countries, in the JSON shape of PETRARCH's validation dictionary.
FREEDONIA = {
    "actors": [
        {"phrase": "FREEDONIA", "codes": [{"code": "FRD"}], "synonyms": ["FREEDONIAN"]},
        {"phrase": "SYLVANIA", "codes": [{"code": "SYL"}], "synonyms": [], "exact": True},
        {
            "phrase": "RUFUS T. FIREFLY",
            "codes": [
                {"code": "FRD", "dates": "<330101"},
                {"code": "FRDGOV", "dates": "19330101 - 19451231"},
                {"code": "FRDELI", "dates": ">460101"},
            ],
            "synonyms": ["FIREFLY"],
        },
        {"phrase": "KREMLIN", "codes": [{"code": "RUSSPY"}], "synonyms": []},
    ],
    "agents": [
        {"phrase": "CHANCELLOR", "code": "~GOV"},
        {"phrase": "!PERSON! OF THE GUARD", "code": "~MIL", "plurals": ["CAPTAINS OF THE GUARD"]},
    ],
    "agent_substitutions": {"!PERSON!": ["CAPTAIN", "SERGEANT"]},
}


def _actors(
    nlp: Language, text: str, *, lexicon: ActorLexicon | None = None, published: str | None = "2017-01-19"
) -> tuple[Actor, ...]:
    return find_actors(nlp(text), text, lexicon=lexicon or load_actor_lexicon(), published=published)


def _codes(actors: tuple[Actor, ...]) -> set[str | None]:
    return {actor.code for actor in actors}


def _by_name(actors: tuple[Actor, ...], name: str) -> Actor:
    (actor,) = [a for a in actors if a.name == name]
    return actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia says it is in talks with Iranian officials.", {"RUSGOV", "IRNGOV"}),
        ("Moscow invited Washington to attend the talks.", {"RUSGOV", "USAGOV"}),
        ("The Kremlin rejected the offer.", {"RUSGOV"}),
        ("The Pentagon denied the report.", {"USAMIL"}),
        ("The State Department said it was reviewing the invitation.", {"USAGOV"}),
        ("Syrian rebels attacked an army post.", {"SYRREB"}),
        ("The U.N. Security Council met on Monday.", {"IGOUNO"}),
        ("NATO and the European Union condemned the attack.", {"IGOWSTNAT", "IGOEUREEC"}),
        ("Ukrainian lawmakers endorsed the agreement.", {"UKRLEG"}),
        ("Georgian demonstrators marched on parliament.", {"GEOOPP"}),
        ("Russian police arrested Russian students.", {"RUSCOP", "RUSEDU"}),
        ("US and British activists blocked the road.", {"USAOPP", "GBROPP"}),
        ("The government of Chile rejected the claim.", {"CHLGOV"}),
        ("Three US servicemen were killed near the border.", {"USAMIL"}),
        ("U.S. and Russian negotiators met in Geneva.", {"USAGOV", "RUSGOV"}),
        ("Islamic fundamentalists demanded the resignation of the Algerian president.", {"DZARAD"}),
        ("Leaders of the opposition coalition postponed the march in Baku.", {"AZEOPP"}),
        ("Afghan guerillas blew up power lines.", {"AFGREB"}),
        ("Opposition supporters marched on parliament in Caracas.", {"VENOPP"}),
        # A possessive inside a listed name: not "Republic of Korea" (South Korea) or "Republic of China".
        ("The Democratic People's Republic of Korea fired a missile.", {"PRKGOV"}),
        ("The People's Republic of China rejected the claim.", {"CHNGOV"}),
        ("The SPLA attacked the town and the SPLM/A signed the accord.", {"SDNREB"}),
        ("The rebel Revolutionary United Front (RUF) seized a diamond mine.", {"SLEREB"}),
        ("APEC leaders met in Tokyo.", {"IGOAPE"}),
        ("UNITA rejected the talks.", {"AGOREB"}),
        ("An Egyptian human rights group accused the police of torture.", {"EGYHRI", "EGYCOP"}),
        ("A Cairo-based human rights group accused Egypt of torture.", {"EGYHRI"}),
        ("Iranian human rights activists condemned the executions.", {"IRNHRI"}),
        # Former states are their successors, as the CAMEO-manual example codings have them.
        ("Yugoslavia accused NATO of aggression.", {"SRBGOV", "IGOWSTNAT"}),
        ("The Soviet Union protested to Czechoslovakia.", {"RUSGOV", "CZEGOV"}),
        ("Soviet troops invaded Afghanistan.", {"RUSMIL", "AFGGOV"}),
        ("Kampuchea accused Thailand.", {"KHMGOV", "THAGOV"}),
        ("Rhodesian troops attacked Zambia.", {"ZWEMIL", "ZMBGOV"}),
        # Regional bodies and armed movements of the 1980s-1990s.
        ("The OAU criticized Nigeria.", {"IGOOAU", "NGAGOV"}),
        ("The Contras attacked Nicaragua.", {"NICREB", "NICGOV"}),
        ("RENAMO attacked Mozambique.", {"MOZREB", "MOZGOV"}),
        ("The Shining Path attacked a police station in Peru.", {"PERREB"}),
        ("The Zapatistas attacked Mexico.", {"MEXREB", "MEXGOV"}),
    ],
)
def test_codes_from_the_lexicon(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= _codes(_actors(nlp, text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Give us the news, who said so?", {"USA", "USAGOV", "IGOUNOWHO"}),
        ("Iran has voiced strong opposition to the plan.", {"IRNOPP"}),
        ("Russia is conducting military exercises.", {"RUSMIL"}),
        ("A male nurse spoke.", {"MDVGOV", "MDV"}),
        ("The Association of Iranian Writers condemned the arrests.", {"IRN", "IRNGOV"}),
    ],
)
def test_words_that_only_look_like_actors(nlp: Language, text: str, absent: set[str]) -> None:
    assert not (absent & _codes(_actors(nlp, text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops killed three Palestinians.", {"ISRMIL", "PSE"}),
        ("Lebanon's Hezbollah fired rockets at Israel.", {"LBN", "LBNREBHEZ", "ISR"}),
        ("Prime Minister Narendra Modi's government announced tariffs.", {"INDGOV"}),
        ("Iranians protested against the government.", {"IRN", "IRNGOV"}),
        ("A spokesman for the Syrian Observatory for Human Rights said 20 people died.", {"SYR"}),
    ],
)
def test_people_and_their_organisations_are_not_the_state(nlp: Language, text: str, expected: set[str]) -> None:
    assert _codes(_actors(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # the parser hangs "government and FARC" on "rebels": still two groups
        ("The Colombian government and FARC rebels agreed to a ceasefire.",
         {("Colombian government", "COLGOV"), ("FARC rebels", "COLREB")}),
        ("Government and opposition leaders met in Kiev.",
         {("Government", "UKRGOV"), ("opposition leaders", "UKROPP")}),
    ],
)
def test_coordinated_role_nouns_head_their_own_groups(
    nlp: Language, text: str, mentions: set[tuple[str, str]]
) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert mentions <= found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Former Haitian president Jean-Bertrand Aristide returned.", "HTIELI"),
        ("Ousted Haitian president Jean-Bertrand Aristide returned.", "HTIELI"),
        ("Haiti's deposed president Jean-Bertrand Aristide returned.", "HTIELI"),
    ],
)
def test_a_former_or_ousted_office_holder_is_an_elite(nlp: Language, text: str, code: str) -> None:
    assert _by_name(_actors(nlp, text), "Jean-Bertrand Aristide").code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # "then-" names the office held at the time the story tells of, not the one held now.
        ('"Then-Sen. Mark Pryor of Arkansas did a great job," she said.', "Mark Pryor", "USAELI"),
        ("Then-Secretary of State John Kerry phoned the Russian envoy.", "John Kerry", "USAELI"),
    ],
)
def test_a_then_office_holder_is_an_elite(nlp: Language, text: str, name: str, code: str) -> None:
    assert _by_name(_actors(nlp, text, published="2019-01-01"), name).code == code


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # A plural demonym as a noun is the people, not the state its article makes act.
        ("Kenyans queued to vote while Kenya protested to the United Nations.",
         {("Kenyans", "KEN"), ("Kenya", "KENGOV")}),
        ("Many Britons are alarmed. Britain said it would act.", {("Britons", "GBR"), ("Britain", "GBRGOV")}),
        # Diplomats stand abroad: their "in" phrase is where they serve, not whose they are.
        ("Western diplomats in Beijing said China was angry.", {("Western diplomats", "WSTGOV")}),
        ("The ambassador of Iran in London protested.", {("ambassador of Iran", "IRNGOV")}),
        # "House Speaker" is a legislator's title.
        ("Outgoing U.S. House Speaker Paul Ryan thanked the pages.", {("Paul Ryan", "USALEG")}),
    ],
)
def test_peoples_and_speakers(nlp: Language, text: str, mentions: set[tuple[str, str]]) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert mentions <= found


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # A hyphenated nationality is a people of the last country; the first half is a heritage.
        ("The Mexican-American community does not trust him. The United States said it would act.",
         {("American", "USA"), ("United States", "USAGOV")}),
        # An organisation named after its country is the country's, never its state.
        ("Shares of American Medical rose. The United States said it would act.",
         {("American Medical", "USA"), ("United States", "USAGOV")}),
        ("The American Civil Liberties Union sued the United States.",
         {("American Civil Liberties Union", "USA"), ("United States", "USAGOV")}),
        # A title in quotation marks around the name alone is a slogan (the senator stays the
        # people list's USALEG, not USAGOV); a listed fuller name outranks a title guessed for a
        # bare surname.
        ('The crowd in the United States chanted "President Bernie Sanders." Sanders smiled.',
         {("Bernie Sanders", "USALEG")}),
        (("He advised President Clinton in the United States. Democratic presidential candidate Hillary "
          "Clinton wants an inquiry."),
         {("Hillary Clinton", "USAELI")}),
    ],
)
def test_heritages_namesakes_and_slogans(nlp: Language, text: str, mentions: set[tuple[str, str | None]]) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published="2015-12-04")
             for m in actor.mentions}
    assert mentions <= found


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # Two demonyms joined by a hyphen before a thing between two parties are both countries,
        # and the first is the same actor as its state elsewhere in the article.
        ("Ruritanian monks fasted. Indian-Pakistani talks on water sharing stalled in March.",
         {("Indian", "IND"), ("Pakistani", "PAK")}),
        ("Greece warned Ankara again. The Greek-Turkish border talks were put off.",
         {("Greece", "GRCGOV"), ("Greek", "GRCGOV"), ("Turkish", "TURGOV")}),
        ("The Chilean-Peruvian frontier was quiet.", {("Chilean", "CHL"), ("Peruvian", "PER")}),
    ],
)
def test_a_hyphenated_pair_before_a_mutual_noun_is_two_countries(
    nlp: Language, text: str, mentions: set[tuple[str, str]]
) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert mentions <= found


@pytest.mark.parametrize(
    "text",
    [
        # A heritage before anything else is no actor: the first half names no party.
        "Irish-American voters in the suburbs backed the mayor.",
        "An Irish-American charity sent volunteers to the trade fair.",
    ],
)
def test_a_hyphenated_heritage_is_still_no_actor(nlp: Language, text: str) -> None:
    assert not ({"IRL", "IRLGOV"} & _codes(_actors(nlp, text)))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A role after "as" is the capacity someone acts or acted in, not an actor of its own.
        ("The scandal broke late in her years as the junior senator from Oregon.", {"---LEG", "USALEG"}),
        ("The mailer compares his years as a three-term Iowa governor with hers.", {"USAGOV", "---GOV"}),
        ("She sought a third term as Denver mayor.", {"---GOV"}),
    ],
)
def test_a_role_after_as_is_a_capacity(nlp: Language, text: str, absent: set[str]) -> None:
    assert not (absent & _codes(_actors(nlp, text)))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A bridge or monument named after a capital's namesake is a place, not the government.
        ("Commuters crossed the George Washington Bridge.", {"USA", "USAGOV"}),
        # A church alone is a building; only an owned one is an actor ("the Russian church").
        ("The church in the village burned down after Russia attacked.", {"RUSREL", "---REL"}),
    ],
)
def test_buildings_are_no_actors(nlp: Language, text: str, absent: set[str]) -> None:
    assert not (absent & _codes(_actors(nlp, text)))


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # An organisation placed by "based in" belongs to the place's country.
        ("A newspaper based in Beirut criticized Syria.", {("newspaper", "LBNMED")}),
        ("A news agency headquartered in Cairo reported the arrests.", {("news agency", "EGYMED")}),
        ("A Beirut-based newspaper criticized Syria.", {("Beirut-based newspaper", "LBNMED")}),
        ("A magazine based in Tehran criticized Saudi Arabia.", {("magazine", "IRNMED")}),
        ("A radio station based in Kabul was closed.", {("radio station", "AFGMED")}),
        # An unknown organisation's name is one uncoded actor, without its leading "the"
        # and without a demonym inside the name ("Iranian" is not Iran here).
        ("Lawyers from the Guild of African Jurists reviewed the ruling.",
         {("Guild of African Jurists", None)}),
        ("The Association of Iranian Writers condemned the arrests.", {("Association of Iranian Writers", None)}),
        # A demonym before a role noun still gives the country and sector.
        ("The Union of Iranian Journalists condemned the arrests.", {("Iranian Journalists", "IRNMED")}),
    ],
)
def test_organisations_placed_or_named(nlp: Language, text: str, mentions: set[tuple[str, str | None]]) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert mentions <= found


def test_a_country_named_as_a_place_is_not_its_government(nlp: Language) -> None:
    actors = _actors(nlp, "The talks were held in Kazakhstan's capital.")
    assert _by_name(actors, "Kazakhstan").code == "KAZ"
    acting = _actors(nlp, "Kazakhstan invited the delegations.")
    assert _by_name(acting, "Kazakhstan (government)").code == "KAZGOV"


def test_domestic_roles_take_the_country_of_the_article(nlp: Language) -> None:
    text = "Syria said the talks would go ahead. Damascus invited Syrian officials. Rebels attacked a checkpoint."
    assert "SYRREB" in _codes(_actors(nlp, text))
    # Officials are not guessed: "a senior official" next to Iran may well be someone else's,
    # so the official's country stays unknown (CAMEO "---").
    assert _codes(_actors(nlp, "A senior official said Iran must stop.")) == {"IRNGOV", "---GOV"}


# An article about one country: named three times, no other country's office holders.
_NORWAY = "Norway will raise fuel taxes. Oslo said the plan was fair. Norwegian farmers protested. "


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A bare one-holder office is the holder of the country the article is about, capitalised or not.
        (_NORWAY + "The Prime Minister said the plan would stand.", "Prime Minister", "NORGOV"),
        (_NORWAY + "The king vowed to sign the law.", "king", "NORGOV"),
        # A state has one foreign, interior and defence ministry too.
        (_NORWAY + "The foreign ministry said the plan would stand.", "foreign ministry", "NORGOV"),
        (_NORWAY + "The defence ministry said the plan would stand.", "defence ministry", "NORMIL"),
        (_NORWAY + "Swedish officials objected. The foreign ministry said it would stand.", "foreign ministry",
         "---GOV"),
        # Another country the sentence deals with does not stop it.
        (_NORWAY + "The prime minister criticised Sweden.", "prime minister", "NORGOV"),
        # Another country's office holder anywhere in the article may be the one meant.
        (_NORWAY + "Swedish Prime Minister Lars Holm called it a mistake. The prime minister said it would stand.",
         "prime minister", "---GOV"),
        (_NORWAY + "Swedish officials objected. The king vowed to sign the law.", "king", "---GOV"),
        # So may another country in the sentence that is no party dealt with, and a visitor may
        # arrive in the country the article is about.
        (_NORWAY + "Danish unions said the prime minister was wrong.", "prime minister", "---GOV"),
        (_NORWAY + "The prime minister arrived in Norway on Monday.", "prime minister", "---GOV"),
        # Not the present holder: a future, numbered or former one.
        (_NORWAY + "The next prime minister may undo it.", "next prime minister", "---GOV"),
        (_NORWAY + "The 31st prime minister may undo it.", "31st prime minister", "---GOV"),
        (_NORWAY + "The former prime minister may undo it.", "former prime minister", "---ELI"),
    ],
)
def test_a_bare_sole_office_takes_the_country_of_a_one_country_article(
    nlp: Language, text: str, phrase: str, code: str
) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A role noun whose country nobody names: CAMEO's unknown country with the role's sector.
        ("The rebels released five hostages on Sunday.", "rebels", "---REB"),
        ("Police arrested ten protesters.", "Police", "---COP"),
        ("Police arrested ten protesters.", "ten protesters", "---OPP"),
        ("The president vetoed the bill.", "president", "---GOV"),
        ("The Prime Minister vetoed the bill.", "Prime Minister", "---GOV"),
        ("Former officials criticised the plan.", "Former officials", "---ELI"),
        # A capitalised role word alone is still a common role.
        ("Parliament rejected the budget.", "Parliament", "---LEG"),
        ("Guerrillas freed three engineers.", "Guerrillas", "---REB"),
        ("Taxi drivers went on strike.", "Taxi drivers", "---LAB"),
        ("Human rights groups denounced the crackdown.", "Human rights groups", "---HRI"),
    ],
)
def test_a_role_without_a_country_is_coded_with_the_unknown_country(
    nlp: Language, text: str, phrase: str, code: str
) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


def test_a_user_organisation_type_without_a_country_is_the_type_alone(nlp: Language, tmp_path: Path) -> None:
    # A user role "NGO~" is put in front of a country ("NGOFRD"); with none known, the type alone.
    path = tmp_path / "agents.tsv"
    path.write_text("relief agency\tNGO~\n", encoding="utf-8")
    actors = _actors(nlp, "A relief agency sent blankets to the camp.", lexicon=load_actor_lexicon([path]))
    assert "NGO" in _codes(actors)


def test_an_unknown_country_agent_has_a_sector_but_no_country(nlp: Language) -> None:
    (actor,) = _actors(nlp, "The rebels withdrew.")
    assert (actor.code, actor.country, actor.sector, actor.kind) == ("---REB", None, "REB", "group")
    assert actor.name == "rebels (country unknown)"


@pytest.mark.parametrize(
    "text",
    [
        # The owner of "its troops" is the pronoun's antecedent, not an unknown country.
        "Russia began withdrawing its troops.",
        # A name built on a role noun is an organisation of its own.
        "Ellen Marsh returned to the Ministry of Fisheries on Monday.",
        # A role without a sector of its own names nobody's agent.
        "A spokesman declined to comment.",
    ],
)
def test_no_unknown_country_code_for_owned_named_or_sectorless_roles(nlp: Language, text: str) -> None:
    assert not any(code and code.startswith("---") for code in _codes(_actors(nlp, text)))


def test_title_gives_a_person_a_code_for_every_later_mention(nlp: Language) -> None:
    text = "Russian Foreign Minister Boris Kalinov arrived on Monday. Kalinov said he would stay."
    actors = _actors(nlp, text)
    person = _by_name(actors, "Boris Kalinov")
    assert (person.code, person.country, person.sector, person.kind) == ("RUSGOV", "RUS", "GOV", "person")
    assert [m.text for m in person.mentions] == ["Boris Kalinov", "Kalinov", "he"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Kremlin spokesman, Oleg Marchenko, said on Thursday that talks went well.", "Oleg Marchenko", "RUSGOV"),
        (
            "Anna Vetrova, the secretary of Turkey's National Security Council, said Ankara agreed.",
            "Anna Vetrova",
            "TURGOV",
        ),
        (
            "Jean Morel, spokesman for UN Secretary General Pablo Ruiz, said the UN chief agreed.",
            "Jean Morel",
            "IGOUNO",
        ),
        ("Egyptian General Karim Fawzi inspected the troops.", "Karim Fawzi", "EGYMIL"),
        # A name between commas after a one-person role is its apposition, wherever the parser hung it.
        ("Blinken spoke with his Philippine counterpart, Enrique Manalo, on Monday.", "Enrique Manalo", "PHLGOV"),
        (
            "Blinken spoke with his Philippine counterpart, Enrique Manalo, on Monday, the State Department said.",
            "Enrique Manalo",
            "PHLGOV",
        ),
    ],
)
def test_roles_learned_from_appositions_and_titles(nlp: Language, text: str, name: str, code: str) -> None:
    assert _by_name(_actors(nlp, text), name).code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # A title without a country serves the one country its sentence names.
        ("President Karim Wanda has reneged on his promise to the Zambian people.", "Karim Wanda", "ZMBGOV"),
        ("Gen. Paul Avrin resigned to allow Haiti's first elections.", "Paul Avrin", "HTIMIL"),
        # Not a country it travels to or deals with, nor one of several.
        ("Former President Karim Wanda criticized the Zambian government.", "Karim Wanda", "ZMBELI"),
        ("President Karim Wanda left for Beijing on Thursday.", "Karim Wanda", None),
        ("President Karim Wanda held talks with Iran.", "Karim Wanda", None),
        ("President Karim Wanda said Iran and Iraq must talk.", "Karim Wanda", None),
    ],
)
def test_a_title_without_a_country_takes_the_sentence_country(
    nlp: Language, text: str, name: str, code: str | None
) -> None:
    assert _by_name(_actors(nlp, text), name).code == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sen. Mary Colton (D-PA) objected to the plan.", "Mary Colton"),
        ("Sen. Paul Dreyer, R-Texas, said the deal was a disaster.", "Paul Dreyer"),
        ("Rep. Tom Hadley (R-Okla.) blocked the amendment.", "Tom Hadley"),
        # The name ends in a country's name, and the sentence names no other country.
        ("Rep. Jim Jordan (R-Ohio) criticized the report.", "Jim Jordan"),
    ],
)
def test_a_party_and_state_tag_makes_a_us_legislator(nlp: Language, text: str, name: str) -> None:
    actors = _actors(nlp, text)
    assert _by_name(actors, name).code == "USALEG"
    # "PA" is Pennsylvania here, not the Palestinian Authority; "Jordan" is the congressman.
    assert _codes(actors) == {"USALEG"}


def test_a_surname_with_another_country_s_title_is_another_person(nlp: Language) -> None:
    text = "Iraqi President Saddam Hussein defied the council. Jordan's King Hussein urged restraint."
    found = {(text[m.start : m.end], m.start, actor.code) for actor in _actors(nlp, text, published="1998-02-01")
             for m in actor.mentions}
    assert ("Hussein", text.index("Hussein urged"), "JORGOV") in found
    assert ("Saddam Hussein", text.index("Saddam"), "IRQGOV") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # One person's office owned by a common noun no dictionary knows is that body's officer,
        # not placed by the sentence's country.
        ("The union's president, Mary Olsen, expressed concern about the United States.", "Mary Olsen"),
        ("Tom Baker, the president of a construction trades council, said the United States had to respond.",
         "Tom Baker"),
    ],
)
def test_an_officer_of_a_common_body_is_not_placed_by_guesswork(nlp: Language, text: str, name: str) -> None:
    assert _by_name(_actors(nlp, text), name).code is None


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A legislator's aide serves the legislature; a head of government's, the government.
        ("Sen. Tom Alder (D-Vt.) won. Alder's top aide said the United States had to respond.", "top aide", "USALEG"),
        ("Russian President Vladimir Putin spoke. An aide to Putin said no.", "aide", "RUSGOV"),
    ],
)
def test_staff_serve_the_branch_of_the_person_they_serve(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


def test_after_a_legislative_title_the_state_alone_is_the_tag(nlp: Language) -> None:
    # Whatever country the story is about, "Sen. X (Md.)" is a US legislator.
    text = "Iran rejected the plan. Iran warned. Sen. Lena Marsh (Md.) said Iran lied."
    assert _by_name(_actors(nlp, text), "Lena Marsh").code == "USALEG"


def test_a_party_letter_without_a_name_before_it_is_no_tag(nlp: Language) -> None:
    actors = _actors(nlp, "The vote in the district (R-leaning for decades) went to Iran's ally.")
    assert "USALEG" not in _codes(actors)


def test_a_listed_person_keeps_the_listed_code_despite_the_sentence_country(nlp: Language) -> None:
    actors = _actors(nlp, "President Obama said Iran must stop enrichment.", published="2015-06-09")
    assert _by_name(actors, "Obama").code == "USAGOV"


def test_dated_office_holders(nlp: Language) -> None:
    text = "Obama said he would offer more aid to Jordan."
    assert _by_name(_actors(nlp, text, published="2015-06-09"), "Obama").code == "USAGOV"
    assert _by_name(_actors(nlp, text, published="2019-06-09"), "Obama").code == "USAELI"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The row whose dates hold on the published day wins; the undated row is the fallback.
        ("Mitt Romney spoke in Boston.", "2005-06-01", {("Mitt Romney", "USAGOV")}),
        ("Mitt Romney spoke in Boston.", "2016-03-01", {("Mitt Romney", "USAELI")}),
        ("Mitt Romney spoke in Boston.", "2020-03-01", {("Mitt Romney", "USALEG")}),
        ("Bernie Sanders spoke in Iowa.", "2016-01-20", {("Bernie Sanders", "USALEG")}),
        ("Ben Carson spoke in Iowa.", "2016-01-20", {("Ben Carson", "USAELI")}),
        ("Ben Carson spoke in Iowa.", "2018-01-20", {("Ben Carson", "USAGOV")}),
        # A name written with a middle initial is listed too.
        ("Donald J. Trump spoke in Iowa.", "2016-01-20", {("Donald J. Trump", "USAELI")}),
        # Rows for one phrase in people.tsv and people_us.tsv are pooled: the senator, then the vice president.
        ("Joe Biden spoke in Delaware.", "1995-06-01", {("Joe Biden", "USALEG")}),
        ("Joe Biden spoke in Delaware.", "2010-06-01", {("Joe Biden", "USAGOV")}),
        # A given name news uses alone for one person.
        ("Jeb attacked the plan.", "2015-10-01", {("Jeb", "USAELI")}),
        ("Hillary attacked the plan.", "2016-01-20", {("Hillary", "USAELI")}),
        ("Hillary attacked the plan.", "2010-01-20", {("Hillary", "USAGOV")}),
        # A surname alone, listed for a name news uses for one person.
        ("Rubio attacked the plan.", "2016-01-20", {("Rubio", "USALEG")}),
        ("Gorbachev met Reagan in Geneva.", "1985-11-20", {("Gorbachev", "RUSGOV"), ("Reagan", "USAGOV")}),
        ("Gorbachev met Reagan in Geneva.", "1995-11-20", {("Gorbachev", "RUSELI"), ("Reagan", "USAELI")}),
        # A surname two famous people share is listed only for the years one of them held office.
        ("Clinton said the talks would go on.", "1995-06-01", {("Clinton", "USAGOV")}),
        ("Clinton said the talks would go on.", "2016-06-01", {("Clinton", None)}),
        # Foreign leaders and armed-group leaders.
        ("Yitzhak Rabin and Yasser Arafat shook hands.", "1993-09-13",
         {("Yitzhak Rabin", "ISRGOV"), ("Yasser Arafat", "PSEGOV")}),
        ("Musharraf spoke in Islamabad.", "2003-06-01", {("Musharraf", "PAKGOV")}),
        ("Musharraf spoke in Islamabad.", "1999-06-01", {("Musharraf", "PAKMIL")}),
        ("Fidel Castro spoke for five hours.", "2000-04-01", {("Fidel Castro", "CUBGOV")}),
        ("Mullah Omar fled Kandahar.", "2001-12-01", {("Mullah Omar", "AFGREBTAL")}),
    ],
)
def test_listed_people_on_the_published_date(
    nlp: Language, text: str, published: str, expected: set[tuple[str, str | None]]
) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published=published)
             for m in actor.mentions}
    assert expected <= found


def test_a_listed_surname_does_not_code_another_person(nlp: Language) -> None:
    # An unlisted namesake (invented here) stays uncoded in a year when a bare "Bush" is USAGOV.
    actors = _actors(nlp, "Walt Bush attacked Donald Trump. Bush said he would win.", published="2005-06-01")
    walt = _by_name(actors, "Walt Bush")
    assert walt.code is None and [m.text for m in walt.mentions] == ["Walt Bush", "Bush", "he"]


def test_nothing_is_taken_from_blanked_text(nlp: Language) -> None:
    text = "Senator Mary Smith (D-MN) talks with Nancy Pelosi in Washington.\nRussia says it invited the US."
    removed = [RemovedSpan(0, text.index("\n"), "caption")]
    doc = nlp(mask_removed(text, removed))
    actors = find_actors(doc, text, lexicon=load_actor_lexicon(), published="2017-01-19")
    mentioned = " ".join(m.text for a in actors for m in a.mentions)
    assert "Smith" not in mentioned and "Pelosi" not in mentioned and "Washington" not in mentioned
    assert {"RUSGOV", "USAGOV"} <= _codes(actors)


def test_reference_article(astana_result: Result) -> None:
    actors = astana_result.actors
    by_code: dict[str | None, list[Actor]] = {}
    for actor in actors:
        by_code.setdefault(actor.code, []).append(actor)
    assert {"RUSGOV", "IRNGOV", "USAGOV", "TURGOV", "SYRGOV", "IGOUNO", "SYROPP"} <= set(by_code)
    country = {a.code: a for a in actors if a.kind == "country"}
    assert {"Russia", "Moscow"} <= {m.text for m in country["RUSGOV"].mentions}
    assert {"Iran", "Iranian officials", "Tehran", "Islamic Republic"} <= {m.text for m in country["IRNGOV"].mentions}
    assert {"US", "Washington"} <= {m.text for m in country["USAGOV"].mentions}
    assert {"Turkey", "Ankara"} <= {m.text for m in country["TURGOV"].mentions}
    assert {"Syria", "Damascus", "Syrian government"} <= {m.text for m in country["SYRGOV"].mentions}
    people = {a.name: a for a in actors if a.kind == "person"}
    assert people["Dmitry Peskov"].code == "RUSGOV"
    assert people["Sergei Lavrov"].code == "RUSGOV"
    assert {"Lavrov", "he"} <= {m.text for m in people["Sergei Lavrov"].mentions}
    assert people["Ali Shamkhani"].code == "IRNGOV"
    assert people["Stephane Dujarric"].code == "IGOUNO"
    assert people["Staffan de Mistura"].code == "IGOUNO"
    # Each actor once, ids unique, every span is the text it claims.
    assert len({a.id for a in actors}) == len(actors)
    assert len({a.name for a in actors if a.kind == "country"}) == len([a for a in actors if a.kind == "country"])
    for actor in actors:
        for mention in actor.mentions:
            assert astana_result.text[mention.start : mention.end] == mention.text


def test_reference_article_has_nothing_from_the_removed_caption(astana_result: Result) -> None:
    if not any(span.kind == "caption" for span in astana_result.removed):
        pytest.xfail("the cleaner does not mark the unrelated caption yet")
    mentioned = " ".join(m.text for a in astana_result.actors for m in a.mentions)
    assert "Omar" not in mentioned and "Pelosi" not in mentioned


def test_quotes_get_the_actor_of_their_speaker(astana_result: Result) -> None:
    speakers = {q.speaker.text: q.speaker_actor for q in astana_result.quotes if q.speaker is not None}
    assert speakers.get("Dmitry Peskov", "RUSGOV") == "RUSGOV"
    assert speakers.get("Stephane Dujarric", "IGOUNO") == "IGOUNO"


def test_attach_speaker_actors_prefers_the_resolved_speaker() -> None:
    text = "Lavrov spoke. He said yes."
    mentions = (Span.of(text, 0, 6), Span.of(text, 14, 16))
    lavrov = Actor("a1", "RUSGOV", "Sergei Lavrov", "RUS", "GOV", mentions, "person")
    quote = Quote(
        content=Span.of(text, 22, 25),
        speaker=Span.of(text, 14, 16),
        speaker_resolved=Span.of(text, 0, 6),
        speaker_actor=None,
        cue=Span.of(text, 17, 21),
        direct=False,
    )
    nobody = Quote(Span.of(text, 22, 25), None, None, None, None, False)
    (attached, untouched) = attach_speaker_actors([quote, nobody], [lavrov])
    assert attached.speaker_actor == "RUSGOV"
    assert untouched.speaker_actor is None


@pytest.fixture()
def freedonia(tmp_path: Path) -> Path:
    path = tmp_path / "freedonia.json"
    path.write_text(json.dumps(FREEDONIA), encoding="utf-8")
    return path


def test_user_json_dictionary_takes_effect(nlp: Language, freedonia: Path) -> None:
    lexicon = load_actor_lexicon([freedonia])
    codes = _codes(_actors(nlp, "Freedonia declared war on Sylvania.", lexicon=lexicon))
    assert {"FRD", "SYL"} <= codes
    guards = _actors(nlp, "Freedonian captains of the guard seized the palace.", lexicon=lexicon)
    assert "FRDMIL" in _codes(guards)
    # The user entry overrides the packaged one word for word.
    assert "RUSSPY" in _codes(_actors(nlp, "The Kremlin listened in.", lexicon=lexicon))
    # "exact" entries take no endings; others do ("Freedonians").
    assert "SYL" not in _codes(_actors(nlp, "Sylvanians protested.", lexicon=lexicon))


@pytest.mark.parametrize(
    ("published", "code"), [("1932-05-01", "FRD"), ("1934-05-01", "FRDGOV"), ("1950-01-01", "FRDELI")]
)
def test_user_dates_choose_the_code(nlp: Language, freedonia: Path, published: str, code: str) -> None:
    lexicon = load_actor_lexicon([freedonia])
    actors = _actors(nlp, "Firefly insulted the ambassador.", lexicon=lexicon, published=published)
    assert code in _codes(actors)


def test_user_tsv_dictionary(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "extra.tsv"
    rows = "# newer office holders\nMaria Lindqvist\tSWEGOV\t>20220101\npalace guard\t~MIL\n"
    path.write_text(rows, encoding="utf-8")
    lexicon = load_actor_lexicon([path])
    sentence = "Maria Lindqvist met the press."
    assert "SWEGOV" in _codes(_actors(nlp, sentence, lexicon=lexicon, published="2023-03-01"))
    assert "SWEGOV" not in _codes(_actors(nlp, sentence, lexicon=lexicon, published="2020-03-01"))
    assert "FRAMIL" in _codes(_actors(nlp, "The French palace guard stood by.", lexicon=lexicon))


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("broken.json", '{"actors": [', "invalid JSON"),
        ("shape.json", '{"actors": [{"phrase": "X"}]}', '"codes"'),
        ("code.json", '{"actors": [{"phrase": "X", "codes": [{"code": "lower"}]}]}', "not a CAMEO code"),
        ("date.json", '{"actors": [{"phrase": "X", "codes": [{"code": "XXX", "dates": "<99"}]}]}', "not a date"),
        ("agent.json", '{"agents": [{"phrase": "X", "code": "GOV"}]}', "~GOV"),
        ("bad.tsv", "only one column\n", "line 1"),
    ],
)
def test_bad_user_dictionary_names_file_and_problem(tmp_path: Path, name: str, content: str, problem: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_actor_lexicon([path])
    assert raised.value.code is Code.BAD_ACTOR_DICTIONARY
    assert str(path) in str(raised.value) and problem in str(raised.value)


def test_packaged_lexicon_is_loaded_once() -> None:
    assert load_actor_lexicon() is load_actor_lexicon()


@pytest.mark.parametrize(
    ("spec", "start", "end"),
    [("<950601", None, "19950601"), ("> 990816", "19990816", None), ("19950601 - 19990815", "19950601", "19990816")],
)
def test_petrarch_date_restrictions(spec: str, start: str | None, end: str | None) -> None:
    assert parse_dates("HOB", spec) == DatedCode("HOB", start, end)


def test_code_on_prefers_the_dated_code_in_force() -> None:
    entry = LexEntry(("x",), "actor", (DatedCode("AAA"), DatedCode("AAAGOV", "20000101", "20050101")), "X")
    assert entry.code_on("20030101") == "AAAGOV"
    assert entry.code_on("20060101") == "AAA"
    assert entry.code_on(None) == "AAA"


def test_with_no_date_a_person_of_dated_offices_holds_the_last() -> None:
    # A story with no date is read as today's news: the office held last, whatever the row order.
    entry = LexEntry(
        ("x",), "person",
        (DatedCode("AAAGOV", "20170101", None), DatedCode("AAAREF", "20050615", "20160101"),
         DatedCode("BBBGOV", "19951028", "20020406")),
        "X",
    )
    assert entry.code_on(None) == "AAAGOV"
    closed = LexEntry(("x",), "person", (DatedCode("AAAGOV", "20100101", "20120101"), DatedCode("BBB", None, "19990101")), "X")
    assert closed.code_on(None) == "AAAGOV"


def test_cli_reads_a_user_dictionary(freedonia: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "newsgraph", "extract", "--workers", "1", "--actors", str(freedonia), "-"],
        input="Freedonia declared war on Sylvania.",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    codes = {actor["code"] for actor in json.loads(run.stdout)["actors"]}
    assert {"FRD", "SYL"} <= codes


def test_pronouns_follow_the_gender_already_seen(nlp: Language) -> None:
    text = "Maria Kovac met Peter Lang in Vienna. He said talks went well. She said she disagreed."
    actors = _actors(nlp, text)
    assert [m.text for m in _by_name(actors, "Peter Lang").mentions] == ["Peter Lang", "He"]
    assert [m.text for m in _by_name(actors, "Maria Kovac").mentions] == ["Maria Kovac", "She", "she"]


def test_short_names_join_their_full_name(nlp: Language) -> None:
    text = (
        "Corvell Industries Inc. said it expects earnings to drop. Corvell said sales fell. "
        "Saddam Hussein spoke. Saddam left."
    )
    actors = _actors(nlp, text, published="1990-08-13")
    corvell = _by_name(actors, "Corvell Industries Inc.")
    assert [m.text for m in corvell.mentions] == ["Corvell Industries Inc.", "Corvell"]
    saddam = _by_name(actors, "Saddam Hussein")
    assert saddam.code == "IRQGOV" and [m.text for m in saddam.mentions] == ["Saddam Hussein", "Saddam"]


def test_petrarch_phrases_match_with_endings_and_glued_words(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "glued.json"
    entries = [
        {"phrase": "RUMBELL", "codes": [{"code": "RMB"}], "synonyms": []},
        {"phrase": "PRINCE OF DOL AMROTH", "codes": [{"code": "DOL"}], "synonyms": []},
    ]
    path.write_text(json.dumps({"actors": entries}), encoding="utf-8")
    lexicon = load_actor_lexicon([path])
    codes = _codes(_actors(nlp, "Rumbellian troops met the Prince of Dol_Amroth.", lexicon=lexicon))
    assert {"RMBMIL", "DOL"} <= codes


def test_a_state_is_its_own_actor_and_never_the_national_government(nlp: Language) -> None:
    text = "The United States imposed sanctions on Iran. Texas sued the federal government, and Iowa voted for Obama."
    actors = _actors(nlp, text, published="2012-05-01")
    assert _by_name(actors, "Texas").code == "USA"
    assert _by_name(actors, "Iowa").code == "USA"
    assert "USAGOV" in _codes(actors)  # the United States itself still acts as its government


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A region stands for its country; a country the ISO table lacks is named by its alias row.
        ("Russia is holding naval drills near Alaska.", {"RUSGOV", "USA"}),
        ("Russian troops withdrew from Chechnya.", {"RUSMIL", "RUS"}),
        ("Serbia and Kosovo resumed talks.", {"SRBGOV", "XKXGOV"}),
        # The longer name wins: the Niger Delta is in Nigeria, not Niger.
        ("Rebels attacked an oil platform in the Niger Delta.", {"NGAREB", "NGA"}),
        # Forces named by the government they serve belong to the sentence's country.
        ("Government troops killed 20 rebels in northern Uganda.", {"UGAMIL", "UGAREB", "UGA"}),
        ("Security forces killed ten protesters in Iraq.", {"IRQMIL", "IRQOPP", "IRQ"}),
        # The Pope heads the Holy See, with or without his name.
        ("The Pope praised Cuba.", {"VATGOV", "CUBGOV"}),
        ("Pope John Paul II visited Cuba in 1998.", {"VATGOV", "CUBGOV"}),
    ],
)
def test_regions_countries_outside_the_iso_table_and_local_forces(nlp: Language, text: str, expected: set[str]) -> None:
    assert _codes(_actors(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "people", "people_code", "expected"),
    [
        # A nationality adjective on a plural noun that is no role names a people: an actor of its
        # own, coded with the country (and the people's identity, identities.tsv), not merged into
        # the state the story makes GOV.
        (
            "Iraq rejected the plan. Hundreds of Iraqi Kurds marched in protest.",
            "Iraqi Kurds",
            "IRQKUR",
            {"IRQGOV", "IRQKUR"},
        ),
        ("Turkey closed the border as Syrian Kurds fled.", "Syrian Kurds", "SYRKUR", {"TURGOV", "SYRKUR"}),
        # A counted crowd of a nationality is a people too, not the government its sentence names.
        (
            "Hundreds of Syrians rallied in the center of Damascus against the regime.",
            "Syrians",
            "SYR",
            {"SYR", "SYRGOV"},
        ),
        ("Israel said 5,000 Palestinians crossed the fence.", "Palestinians", "PSE", {"ISRGOV", "PSE"}),
    ],
)
def test_a_nationality_on_a_people_is_not_its_government(
    nlp: Language, text: str, people: str, people_code: str, expected: set[str]
) -> None:
    actors = _actors(nlp, text)
    assert _codes(actors) == expected
    (group,) = [actor for actor in actors if any(mention.text == people for mention in actor.mentions)]
    assert (group.code, group.kind) == (people_code, "group")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # Women, families, relatives and prisoners are civilians, placed like other local roles: by
        # their nationality, their "in" or "of" phrase, or else with the unknown country.
        ("Women in Tehran protested against the compulsory headscarf.", "Women", "IRNCVL"),
        ("Iraqi women demanded their rights.", "Iraqi women", "IRQCVL"),
        ("The women of Saudi Arabia won the right to drive.", "women of Saudi Arabia", "SAUCVL"),
        ("The families of the hostages pleaded with the kidnappers.", "families", "---CVL"),
        ("Families in Gaza fled their homes.", "Families", "PSECVL"),
        ("Relatives of the missing students marched in Mexico City.", "Relatives", "---CVL"),
        ("Palestinian prisoners went on hunger strike.", "Palestinian prisoners", "PSECVL"),
        ("Political prisoners launched a hunger strike in Bahrain.", "Political prisoners", "BHRCVL"),
        ("A hunger strike by Kurdish prisoners entered its 40th day.", "Kurdish prisoners", "KURCVL"),
        ("Detainees at Guantanamo went on hunger strike.", "Detainees", "---CVL"),
        ("Mothers of the disappeared marched in Buenos Aires.", "Mothers", "---CVL"),
        ("Fishermen in Gaza protested the blockade.", "Fishermen", "PSEAGR"),
    ],
)
def test_women_kin_and_prisoners_are_civilians(nlp: Language, text: str, mention: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (mention, code) in found


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # Civilians' possessive before a compound names a kind of the head, not the civilians.
        ("Iranian women's rights activists were arrested.", "Iranian women's rights activists", "IRNOPP"),
        # A body's is still its own.
        ("The company's marketing team welcomed the merger.", "company", "---BUS"),
    ],
)
def test_civilians_possessive_before_a_compound_is_a_kind(nlp: Language, text: str, mention: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert found == {(mention, code)}


@pytest.mark.parametrize(
    "text",
    [
        "The government ought to help families pay for school lunches.",
        "The Ohio governor said government ought to help families pay for school lunches.",
        # Kin are someone's: the country the story is about does not say whose.
        "America is great. The United States is rich. Americans are happy. The state should help families.",
    ],
)
def test_families_in_general_are_no_actor(nlp: Language, text: str) -> None:
    assert all(actor.sector != "CVL" for actor in _actors(nlp, text))


@pytest.mark.parametrize(
    ("text", "people", "code"),
    [
        # Members of a people before "in" and a country are that country's people, one mention with
        # the place (so their acts have a party), never its state.
        ("Kurds in Germany demonstrated against the Turkish offensive.", "Kurds in Germany", "DEUKUR"),
        ("Germany protested. Kurds in Germany demonstrated.", "Kurds in Germany", "DEUKUR"),
        ("Muslims in France protested against the ban.", "Muslims in France", "FRAMOS"),
    ],
)
def test_members_of_a_people_in_a_country_are_its_people(nlp: Language, text: str, people: str, code: str) -> None:
    actors = _actors(nlp, text)
    (group,) = [actor for actor in actors if any(mention.text == people for mention in actor.mentions)]
    assert (group.code, group.kind) == (code, "group")


@pytest.mark.parametrize(
    "text",
    [
        "The war in Syria killed thousands.",  # not members of a people: the place stays a place
        "Germany said the Kurds in the camps were safe.",  # "in" names no country
    ],
)
def test_only_members_of_a_people_take_the_place_of_their_in_phrase(nlp: Language, text: str) -> None:
    # "the Kurds" are a group of their own (KUR), never the country's people.
    assert all(actor.kind != "group" or actor.country is None for actor in _actors(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capital that names part of a city ("the streets of Tel Aviv") is a place, not the government.
        ("Thousands of Israelis took to the streets of Tel Aviv.", {"ISR"}),
        ("Israeli jets struck targets on the outskirts of Damascus.", {"ISR", "SYR"}),
        # A capital as a party still stands for the government.
        ("Washington warned Tehran of consequences.", {"USAGOV", "IRNGOV"}),
    ],
)
def test_a_capital_named_by_a_part_of_it_is_a_place(nlp: Language, text: str, expected: set[str]) -> None:
    assert _codes(_actors(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A country glued to a participle of patronage backs the group; the group is not its.
        ("Russian-backed separatists shelled Mariupol.", "Russian-backed separatists", "---SEP"),
        ("Iran-backed militias attacked a U.S. base.", "Iran-backed militias", "---REB"),
        # Another country in the phrase is still the group's own.
        ("Turkish-backed Syrian rebels captured the town.", "Turkish-backed Syrian rebels", "SYRREB"),
        # "-led" is not patronage: the Saudi-led forces are Saudi Arabia's.
        ("Saudi-led forces bombed the port.", "Saudi-led forces", "SAUMIL"),
    ],
)
def test_a_patron_is_not_the_country_of_the_group_it_backs(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # CAMEO agents of crime, health, labour, religion and dissent.
        ("Pirates hijacked a Greek tanker.", "Pirates", "---CRM"),
        # Criminals are not local: the sentence's country is as often the one that catches them.
        ("Colombian police arrested three drug traffickers.", "three drug traffickers", "---CRM"),
        ("Nurses in Britain staged a strike over pay.", "Nurses", "GBRHLH"),
        ("Miners in South Africa went on strike.", "Miners", "ZAFLAB"),
        ("Buddhist monks in Myanmar marched.", "Buddhist monks", "MMRBUDREL"),
        ("Kenyan rioters burned tyres.", "Kenyan rioters", "KENOPP"),
    ],
)
def test_more_agents(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A mass noun names an agent only with an owner: information shared, a medium spoken on.
        ("Turkey and Russia agreed to share intelligence on militants.", "intelligence"),
        ("The minister spoke on television.", "television"),
    ],
)
def test_an_unowned_mass_noun_is_no_agent(nlp: Language, text: str, absent: str) -> None:
    assert absent not in {m.text for actor in _actors(nlp, text) for m in actor.mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Countries coordinated in a role's "of" phrase each have the role.
        ("The foreign ministers of India and Pakistan met.", {"INDGOV", "PAKGOV"}),
        ("The leaders of Russia, Turkey and Iran met in Sochi.", {"RUSGOV", "TURGOV", "IRNGOV"}),
    ],
)
def test_countries_coordinated_in_an_of_phrase(nlp: Language, text: str, expected: set[str]) -> None:
    actors = _actors(nlp, text)
    assert _codes(actors) == expected
    # The role's words belong to every country named.
    role_word = text.split()[2] if text.startswith("The foreign") else "leaders"
    for actor in actors:
        assert any(role_word in mention.text for mention in actor.mentions)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # The sentence's only country modifies what the role acts on: it is not the role's.
        ("Militias attacked a U.S. base on Sunday.", {"---REB"}, {"USAREB"}),
        ("The government expelled the Russian ambassador.", {"---GOV", "RUSGOV"}, set()),
        # Deeper in the object it still places the role: whose president they want out.
        ("Islamic fundamentalists demanded the resignation of the Algerian president.", {"DZARAD"}, {"---RAD"}),
        # The article's country still places it ("the Syrian town" is no evidence either way).
        ("Syrian troops shelled Aleppo on Monday. The Syrian army said Damascus would retake the city. "
         "Syria's government said the rebels seized the Syrian town of Qusair.", {"SYRREB"}, {"---REB"}),
    ],
)
def test_a_country_on_the_object_does_not_place_the_role_acting_on_it(
    nlp: Language, text: str, present: set[str], absent: set[str]
) -> None:
    codes = _codes(_actors(nlp, text))
    assert present <= codes
    assert not absent & codes


def _mentioned(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    return {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published="2016-03-01") for m in actor.mentions}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A newspaper named after its city or country is that country's media, not its government.
        ("The Denver Tribune said the Tehran Times had misquoted him.", {("Tehran Times", "IRNMED")}, {"IRNGOV", "IRN"}),
        # A town that shares a capital's name is placed by the state after it.
        ("The senator spoke at a rally in Lima, Ohio, on Friday.", {("Ohio", "USA")}, {"PERGOV", "PER"}),
        ("A storm flooded Rome, Ga., overnight.", set(), {"ITAGOV", "ITA"}),
        # The capital named with its own country is still the capital.
        ("Officials in Tripoli, Libya, denied the report.", {("Tripoli", "LBYGOV")}, set()),
        # Places named after a country or capital, and money, are no actors.
        ("Tankers crossed the Arabian Sea and the Persian Gulf.", set(), {"SAU", "IRN", "IRNGOV"}),
        ("She works for the Cairo County library.", set(), {"EGY", "EGYGOV"}),
        ("The band played in Little Kabul last night.", set(), {"AFG", "AFGGOV"}),
        ("Shares fell to 40 Mexican pesos, or US$2.", set(), {"MEX", "USA"}),
        # A country's name after another word of an organisation's name is only a word of it.
        ("Forward Peru Fund paid for the advertisements.", set(), {"PER", "PERGOV"}),
    ],
)
def test_names_that_are_part_of_a_place_town_sum_or_newspaper(
    nlp: Language, text: str, present: set[tuple[str, str]], absent: set[str]
) -> None:
    found = _mentioned(nlp, text)
    assert present <= found
    assert not absent & {code for _, code in found}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Among other states of the nation and nothing else of the country, "Georgia" is the state.
        ("The governor won Ohio, Georgia and Alabama in the primary.", "USA"),
        # With the country's people or capital named, it is the country.
        ("Russia and Georgia signed a truce; Georgian troops withdrew from Ohio's ally.", "GEOGOV"),
        ("Georgia accused Russia of shelling Tbilisi.", "GEOGOV"),
    ],
)
def test_a_state_named_like_a_country_is_read_from_the_article(nlp: Language, text: str, code: str) -> None:
    found = _mentioned(nlp, text)
    assert ("Georgia", code) in found


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # A country in a clause about something else does not place a title that names none.
        ("Critics mocked the widow of Col. Tom Baxter, the pilot who crashed in Peru in 1999.", "Tom Baxter", "PERMIL"),
        ("Donations linked to a Chilean charity; Sen. Ann Grove returns the money.", "Ann Grove", "CHLLEG"),
        # Nor does one that only modifies what the person acts on.
        ("Gov. Ed Marsh called the plan a Swiss cheese.", "Ed Marsh", "CHEGOV"),
        # A nationality before a name that modifies a following noun is that noun's.
        ("Peruvian Obama volunteers knocked on doors in Ohio.", "Obama", "PER"),
    ],
)
def test_a_title_is_not_placed_by_a_country_said_of_something_else(
    nlp: Language, text: str, name: str, absent: str
) -> None:
    person = next(actor for actor in _actors(nlp, text) if actor.kind == "person" and name in actor.name)
    assert person.code != absent


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # The title still takes the one country of its own clause.
        ("President Karim Wanda praised the farmers of Zambia.", "Karim Wanda", "ZMBGOV"),
        ("Gen. Omar Lutz said Chad would send troops.", "Omar Lutz", "TCDMIL"),
    ],
)
def test_a_title_still_takes_the_country_of_its_clause(nlp: Language, text: str, name: str, code: str) -> None:
    person = next(actor for actor in _actors(nlp, text) if actor.kind == "person" and name in actor.name)
    assert person.code == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname that is a country's name, after a personal title, is a person's.
        ("The speakers included Representative Sam Jordan and Senator Ruth Moss.", "Sam Jordan"),
        ("Racing chief Brian Chad welcomed the crowd.", "Brian Chad"),
    ],
)
def test_a_titled_name_ending_in_a_country_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert any(actor.kind == "person" and actor.name == name for actor in _actors(nlp, text))


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # "foreign" governments are not the sentence's country.
        ("Iran said foreign governments had no say in its elections.", "foreign governments", "---GOV"),
        # A "foreign ministry" is still one.
        ("Iran said its foreign ministry would respond.", "foreign ministry", "IRNGOV"),
        # A company's chief executive officer is business, not the military.
        ("Acme Corp. hired a new chief executive officer from Canada.", "new chief executive officer", "CANBUS"),
    ],
)
def test_foreign_roles_and_company_officers(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


@pytest.mark.parametrize(
    "text",
    [
        "It takes 2,000 delegates to win the nomination for president.",
        "She served as senator for twelve years.",
        "Critics said that someone so rude cannot be president.",
        "The poll asked who could best do the job of president.",
        "The panel agreed the challenger was a natural born citizen.",
    ],
)
def test_a_role_naming_an_office_or_describing_the_subject_is_no_actor(nlp: Language, text: str) -> None:
    assert not _actors(nlp, text)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A role owned by an organisation no dictionary knows is not placed by guesswork.
        ("Martin Cole, Zortex's president, said the Canadian offer was fair.", "Martin Cole", None),
        ("Zortex officials in Canada declined to comment.", "Zortex officials", None),
        # A generic official takes the sector of the role word before it.
        ("Military officials said the plan was ready.", "Military officials", "---MIL"),
        ("Company officials said the sale would close in May.", "Company officials", "---BUS"),
        # Company officers and prosecutors.
        ("Ann Bell, 52, executive vice president, will move to Canada.", "Ann Bell", None),
        ("U.S. Attorney Carl Moss said the case was strong.", "Carl Moss", "USAJUD"),
    ],
)
def test_roles_of_unknown_organisations_and_generic_officials(
    nlp: Language, text: str, phrase: str, code: str | None
) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found or (code is None and phrase not in {p for p, _ in found})


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A title inside an organisation's name makes no person.
        ("General Motors Corp. plans to sell its stake in a parts maker.", "Motors Corp."),
    ],
)
def test_a_title_opening_an_organisation_name_is_no_person(nlp: Language, text: str, absent: str) -> None:
    assert all(actor.name != absent for actor in _actors(nlp, text))


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # A language is not its country: it does not place a title.
        ("In rapid-fire Spanish, they denounced Attorney General Janet Reno.", "Janet Reno", "ESPGOV"),
        # A country that only describes a thing the person acts on does not place the title.
        ("President Bill Moss discussed the Iraq crisis with his allies.", "Bill Moss", "IRQGOV"),
    ],
)
def test_languages_and_things_do_not_place_a_title(nlp: Language, text: str, name: str, absent: str) -> None:
    person = next(actor for actor in _actors(nlp, text) if actor.kind == "person" and name in actor.name)
    assert person.code != absent


def test_spanish_speaking_voters_name_no_country(nlp: Language) -> None:
    assert not _actors(nlp, "She courted Spanish-speaking voters with Spanish-language ads.")


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A role placed by its own phrase in a place no dictionary knows is not the sentence's
        # other country's.
        ("The firm cut 600 workers in Toledo and opened a plant in Mexico.", "600 workers", "---LAB"),
        ("She told the Saudis that the residents of Fairfax County want religious freedom.", "residents", "---CVL"),
        # A known place still places it.
        ("Nurses in Britain staged a strike over pay.", "Nurses", "GBRHLH"),
    ],
)
def test_a_role_placed_in_an_unknown_place_is_not_the_sentence_country(
    nlp: Language, text: str, phrase: str, code: str
) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # "his government" is the person's, never the sentence's other country.
        ("Prime Minister Narendra Modi said his government would talk to Pakistan.", "government", "INDGOV"),
    ],
)
def test_a_role_owned_by_his_or_her_is_the_persons(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Castro said his government had raised the matter with the U.S. State Department.", ("government", "USAGOV")),
        # An aside that quotes someone does not place a title.
        ("President Ivan Petrov, who won his post thanks to, as one American envoy called it, a stunt, quit.",
         ("Ivan Petrov", "USAGOV")),
        # An acronym no dictionary knows before a title is an organisation.
        ("Members of the American Federation of Teachers cheered as AFT President Ann Weiss spoke.",
         ("Ann Weiss", "USAGOV")),
        # Regions of the Americas and titles of books are no countries.
        ("He served in Central America and Iraq.", ("America", "USA")),
        ("The Latin American pope visited Mexico.", ("American", "USA")),
    ],
)
def test_owners_asides_acronyms_and_regions_that_are_not_the_country(
    nlp: Language, text: str, absent: tuple[str, str]
) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert absent not in found


def test_namesakes_are_other_people_and_a_bare_surname_stays_the_first(nlp: Language) -> None:
    text = ("Hillary Clinton spoke in Ohio. Gene Sperling, an adviser to President Bill Clinton, praised her. "
            "Mrs. Clinton thanked the crowd.")
    actors = _actors(nlp, text, published="2016-03-01")
    hillary = next(actor for actor in actors if actor.name == "Hillary Clinton")
    assert {text[m.start : m.end] for m in hillary.mentions} >= {"Hillary Clinton", "Clinton"}
    assert "Bill Clinton" not in {text[m.start : m.end] for m in hillary.mentions}


def test_a_title_guessed_from_the_context_does_not_override_a_fuller_name(nlp: Language) -> None:
    text = 'Hillary Clinton spoke in Ohio. "Secretary Clinton is soft on Mexico," an activist said.'
    hillary = next(actor for actor in _actors(nlp, text, published="2016-03-01") if actor.name == "Hillary Clinton")
    assert hillary.code == "USAELI"


def test_his_advisers_are_not_the_government_of_a_candidate(nlp: Language) -> None:
    text = "Donald Trump said his advisers had warned Mexico."
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published="2016-03-01") for m in actor.mentions}
    assert not {code for phrase, code in found if phrase == "advisers"} - {None}


def test_an_embassy_is_not_the_country_it_stands_in(nlp: Language) -> None:
    text = "Senators argued over whether the United States ought to shut its embassy in Israel."
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert not any(code == "ISRGOV" for _, code in found)
    assert ("embassy of Iran", "IRNGOV") in {
        (t[m.start : m.end], a.code)
        for t in ["Protesters gathered outside the embassy of Iran in London."]
        for a in _actors(nlp, t)
        for m in a.mentions
    }


def test_a_role_backed_by_the_sentence_country_is_not_its(nlp: Language) -> None:
    text = "Critics question a program to train rebels backed by the United States."
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert ("rebels", "USAREB") not in found


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # The aide of a person who holds no state office is not the government's by guesswork.
        ("According to a court filing, Ann Kirby, a senior Sanders aide, wrote the memo.", "Ann Kirby", "USAGOV"),
    ],
)
def test_the_staff_of_a_private_person_is_not_the_government(
    nlp: Language, text: str, name: str, absent: str
) -> None:
    person = next(actor for actor in _actors(nlp, text, published="2016-03-01") if actor.name == name)
    assert person.code != absent


def test_the_staff_of_an_office_holder_serve_the_state(nlp: Language) -> None:
    text = "Dmitry Peskov, Putin's spokesman, denied the report."
    person = next(actor for actor in _actors(nlp, text) if actor.name == "Dmitry Peskov")
    assert person.code == "RUSGOV"


def test_a_guessed_title_still_codes_a_person_without_a_code(nlp: Language) -> None:
    text = "Ann Wolfe spoke on Monday. Americans cheered when Senator Wolfe arrived in Texas."
    person = next(actor for actor in _actors(nlp, text) if actor.name == "Ann Wolfe")
    assert person.code == "USALEG"


@pytest.mark.parametrize(("published", "code"), [("2016-03-01", "USAELI"), ("1998-03-01", "USAGOV")])
def test_bill_clinton_is_dated(nlp: Language, published: str, code: str) -> None:
    text = "Voters cheered President Bill Clinton in Ohio."
    person = next(a for a in _actors(nlp, text, published=published) if a.name == "Bill Clinton")
    assert person.code == code


def test_a_country_alone_does_not_override_a_fuller_code(nlp: Language) -> None:
    text = ("Iraq's Saddam Hussein, under pressure from U.S. forces, offered talks. President Saddam Hussein gave "
            "a speech. An envoy brought a letter from Iraq's Saddam.")
    person = next(a for a in _actors(nlp, text, published="1990-08-15") if a.name == "Saddam Hussein")
    assert person.code == "IRQGOV"


@pytest.mark.parametrize(
    ("text", "demonym", "code"),
    [
        # A nationality before a member of its people, a deed done to the people or a thing of
        # its own is the people's, not the state the article makes act.
        ("Armenia protested. Israel refuses to recognize the Armenian genocide.", "Armenian", "ARM"),
        (("The United States mourned the victims of a shooting by an American Muslim and his brother."),
         "American Muslim", "USAMOS"),
        ("The United States warned Iran. The newspaper caters to American Jews.", "American Jews", "USAJEW"),
        ("Armenia protested. Roman Smbatyan teaches Armenian history at a college.", "Armenian", "ARM"),
    ],
)
def test_a_nationality_before_a_member_or_deed_of_its_people_is_the_people(
    nlp: Language, text: str, demonym: str, code: str
) -> None:
    actors = _actors(nlp, text, published="2016-04-27")
    (people,) = [actor for actor in actors if any(mention.text == demonym for mention in actor.mentions)]
    assert (people.code, people.kind) == (code, "group")


@pytest.mark.parametrize(
    "text",
    [
        # Aides and advisers of a candidate, one or many, work for the campaign, not the government.
        "Hillary Clinton spoke in New York. Still, Clinton campaign aides think her experience will win votes.",
        "Hillary Clinton spoke. The memo prompted Clinton policy advisers such as Dana Whitfield to respond.",
        "Hillary Clinton spoke in Ohio. Clinton's aides said the United States needs jobs.",
        # An aide whom the phrase gives to nobody may serve a campaign, a lawmaker or a minister.
        "Hillary Clinton campaigned. He met an aide overseeing Pennsylvania in the United States.",
    ],
)
def test_staff_of_a_candidate_or_of_nobody_named_are_not_the_government(nlp: Language, text: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published="2016-04-01")
             for m in actor.mentions}
    assert not {code for phrase, code in found if "aide" in phrase or "adviser" in phrase} - {None}


def test_the_staff_of_a_president_in_office_still_serve_the_state(nlp: Language) -> None:
    text = "Obama spoke in Ohio. Obama's aides said the plan would pass."
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published="2016-04-01")
             for m in actor.mentions}
    assert ("aides", "USAGOV") in found


def test_a_later_titled_surname_is_the_namesake_with_that_title(nlp: Language) -> None:
    text = ("Iraqi President Saddam Hussein defied the council. Jordan's King Hussein urged restraint. "
            "Later, King Hussein met the council.")
    found = {(m.start, actor.code) for actor in _actors(nlp, text, published="1998-02-01") for m in actor.mentions}
    assert (text.index("Hussein met"), "JORGOV") in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A party between a state's name and a role with no sector of its own: the party's leaders.
        ("Iowa GOP leaders said the caucus rules would stand.", "USAGOV"),
        # "Washington" before a state's politics, in a story that names Washington state.
        ("Okafor will fight any effort by Washington GOP leaders to change Washington state's primary rules.",
         "USAGOV"),
        # An organisation named after the country owns its president's title.
        ("American Harvest Fund president Laura Penn said the plan was flawed.", "USAGOV"),
    ],
)
def test_party_and_organisation_officers_are_not_the_state(nlp: Language, text: str, absent: str) -> None:
    assert absent not in _codes(_actors(nlp, text, published="2016-05-01"))


def test_washington_state_is_a_state(nlp: Language) -> None:
    text = "Sanders won Washington state, and the Washington delegates will back him."
    found = {(text[m.start : m.end], actor.code, actor.kind) for actor in _actors(nlp, text, published="2016-05-01")
             for m in actor.mentions}
    assert {("Washington state", "USA", "region"), ("Washington", "USA", "region")} <= found


def test_a_partys_leaders_in_congress_are_still_the_legislature(nlp: Language) -> None:
    text = "Republican leaders in Congress said the bill would pass."
    assert "USALEG" in _codes(_actors(nlp, text, published="2016-05-01"))


@pytest.mark.parametrize(("published", "code"), [("2010-05-01", "USAMIL"), ("2012-05-01", "USASPY"), ("2016-05-01", "USAELI")])
def test_a_retired_general_is_coded_by_the_office_of_the_day(nlp: Language, published: str, code: str) -> None:
    text = "Petraeus said the report was unfair."
    assert _by_name(_actors(nlp, text, published=published), "Petraeus").code == code


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A national sports team, and the teams of a contest, are no states.
        ("Viewers watched the final of the rugby tournament between Argentina and Chile.", "ARGGOV"),
        ("Germany's national soccer team beat Brazil in the final.", "DEUGOV"),
        ("Germany's national soccer team beat Brazil in the final.", "BRAGOV"),
        ("The U.S. women's soccer team won the World Cup in Canada.", "USA"),
    ],
)
def test_a_national_sports_team_is_not_the_state(nlp: Language, text: str, absent: str) -> None:
    assert absent not in _codes(_actors(nlp, text, published="2016-06-20"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A team no sport marks is the state's: negotiators, inspectors.
        ("Iran's negotiating team met the envoys in Vienna.", "IRNGOV"),
        ("The team visited Iran to inspect the sites.", "IRNGOV"),
    ],
)
def test_a_team_no_sport_marks_keeps_its_country(nlp: Language, text: str, code: str) -> None:
    assert code in _codes(_actors(nlp, text, published="2016-06-20"))


def test_a_person_named_like_a_capital_is_the_person(nlp: Language) -> None:
    text = ("Nora Paris came back from Washington to run a charity. "
            "\"We have a lot to do,\" Paris, who once worked for a senator, said.")
    actors = _actors(nlp, text, published="2016-06-07")
    assert "FRAGOV" not in _codes(actors) and "FRA" not in _codes(actors)
    assert [m.text for m in _by_name(actors, "Nora Paris").mentions] == ["Nora Paris", "Paris"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A kind of person is a description, not an actor.
        ("Ruiz is the kind of street fighter that the campaign had in Doyle.", "---UAF"),
        # An officer nobody owns may be a policeman, a soldier or a company's: no sector by guesswork.
        ("A debate is growing about when officers may use tasers during traffic stops.", "---MIL"),
        ("Six protesters were charged with obstructing an officer.", "---MIL"),
    ],
)
def test_kinds_of_people_and_unowned_officers_are_not_coded(nlp: Language, text: str, absent: str) -> None:
    assert absent not in _codes(_actors(nlp, text, published="2016-08-18"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Two types of rebels fought in Syria.", "SYRREB"),
        ("Syrian officers defected to the rebels.", "SYRMIL"),
        ("Small businesses complained about the tax.", "---BUS"),
    ],
)
def test_kinds_and_owned_roles_still_code_real_groups(nlp: Language, text: str, code: str) -> None:
    assert code in _codes(_actors(nlp, text, published="2016-08-18"))


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # A country's name before its people's word, or after one and "of", is the people.
        ("The United States warned Iran. The vote tests the mood of U.S. voters.", "U.S.", "USA"),
        ("The United States warned Iran. The people of America want change.", "America", "USA"),
        ("The United States warned Iran. Owning a home was once the American dream.", "American", "USA"),
        ("Armenia protested. Why Do Historians Still Debate the Armenian Genocide?", "Armenian", "ARM"),
    ],
)
def test_a_country_before_or_after_its_peoples_word_is_the_people(
    nlp: Language, text: str, name: str, code: str
) -> None:
    actors = _actors(nlp, text, published="2016-05-01")
    (people,) = [actor for actor in actors if any(mention.text == name for mention in actor.mentions)]
    assert (people.code, people.kind) == (code, "group")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A stance toward a country is not the country.
        ("We see an anti-immigrant discourse, anti-Mexican in particular, said the official.", "MEX"),
        ("Ukraine warned Russia. Pro-Russian separatists attacked Mariupol.", "RUSSEP"),
        # An office held, whatever the tagger calls it; a homecoming queen.
        ("Reporters asked about her travel during her years as secretary of state.", "---GOV"),
        ("At the dance her sister was crowned the queen.", "---GOV"),
        # A country's name that is a given name.
        ("Chad Morrow, the Kasich campaign's treasurer, said the remarks were jokes.", "TCD"),
    ],
)
def test_stances_offices_and_given_names_are_no_country(nlp: Language, text: str, absent: str) -> None:
    codes = _codes(_actors(nlp, text, published="2016-05-01"))
    assert not {code for code in codes if code and code.startswith(absent)}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # An organisation named after its country is the country's whatever role word its "of" phrase holds.
        ("Iran warned the United States. The American Federation of Teachers backed her.",
         "American Federation of Teachers", "USA"),
        ("Merkel was chosen. A German news organization cited her falling ratings.", "German news organization",
         "DEUMED"),
        # The commander in chief is the head of state, not an army officer (the mention is its head noun).
        ("When it comes to a commander in chief, voters want someone steady.", "commander", "---GOV"),
    ],
)
def test_organisations_media_and_commanders_in_chief(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published="2016-05-01")
             for m in actor.mentions}
    assert (phrase, code) in found


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # An aide or adviser named in apposition serves whom the phrase names, not the article's state.
        (("The United States grew. The United States hired. America cheered. During Mr. Alder's 1996 race, "
          "Lena Ortiz, a longtime aide, wrote the slogan."), "Lena Ortiz", None),
        (("The United States grew. The United States hired. America cheered. Prices fell, said Mara "
          "Lind-Olsen, a budget adviser to Democrats."), "Mara Lind-Olsen", None),
        ("Ann Kirby, an aide to Russian President Vladimir Putin, denied it.", "Ann Kirby", "RUSGOV"),
    ],
)
def test_an_aide_in_apposition_serves_whom_the_phrase_names(
    nlp: Language, text: str, name: str, code: str | None
) -> None:
    assert _by_name(_actors(nlp, text, published="2016-05-01"), name).code == code


def test_a_nationality_on_a_heritage_does_not_place_an_office(nlp: Language) -> None:
    text = "The senator criticized a federal judge, Ramon T. Ibarra, over his Mexican heritage."
    assert _by_name(_actors(nlp, text, published="2016-06-01"), "Ramon T. Ibarra").code != "MEXJUD"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A legislator's adviser serves the legislature, whatever organisation the tagger sees in the name.
        ("Sen. Elizabeth Warren (D-Mass.) spoke. A Warren adviser said she takes the threat seriously.",
         "adviser", "USALEG"),
        # An aide to a titled office holder is placed as the office holder would be.
        (("Mexico protested. Mexico warned. Mexico hoped. Lucia Vega, a senior aide to President Enrique Pena "
          "Nieto, will attend."), "Lucia Vega", "MEXGOV"),
    ],
)
def test_staff_of_office_holders_keep_their_state(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published="2016-06-09")
             for m in actor.mentions}
    assert (phrase, code) in found


def test_a_title_word_alone_after_a_person_of_that_surname_is_the_person(nlp: Language) -> None:
    text = "Martin Luther King spoke in Memphis. King said the march would go on. The King of Jordan met him."
    actors = _actors(nlp, text, published="2016-06-05")
    assert [m.text for m in _by_name(actors, "Martin Luther King").mentions][:2] == ["Martin Luther King", "King"]
    assert "---GOV" not in _codes(actors)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Opposition as a feeling or objection is no opposition group.
        ("Trump faces hostility and opposition in the party.", "---OPP"),
        ("The plan met opposition from many lawmakers in Israel.", "ISROPP"),
        # A tournament named after a country.
        ("Fans at the French Open women's final cheered.", "FRA"),
    ],
)
def test_objections_and_tournaments_are_no_actors(nlp: Language, text: str, absent: str) -> None:
    assert absent not in _codes(_actors(nlp, text, published="2016-06-05"))


def test_the_government_and_opposition_are_still_groups(nlp: Language) -> None:
    text = "The government and opposition signed a deal in Syria."
    assert {"SYRGOV", "SYROPP"} <= _codes(_actors(nlp, text, published="2016-06-05"))


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A listed person owns a body as any person does: a Trump administration is the state's.
        ("Had she been offered a post in a Trump administration, she would have declined.",
         "administration", "USAGOV"),
        # A spokesman named with his principal's possessive serves the state the principal heads.
        ("Josh Earnest, Obama's spokesman, denied it.", "Josh Earnest", "USAGOV"),
    ],
)
def test_a_listed_person_owns_a_role_as_a_person(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text, published="2016-08-16")
             for m in actor.mentions}
    assert (phrase, code) in found


def test_a_seat_ending_a_persons_name_counts_for_no_country(nlp: Language) -> None:
    text = ("Dana Pope, deputy homeland security advisor, told reporters the plan helps. "
            "Mark Hale, an assistant secretary, agreed.")
    assert not {code for code in _codes(_actors(nlp, text, published="2016-07-26")) if code and code.startswith("VAT")}


def test_a_group_a_pronoun_owns_is_not_placed_by_the_article(nlp: Language) -> None:
    text = "Germany pays generators. Germany cut coal. Germany wants wind. We owe a clean planet to our children."
    assert "DEUCVL" not in _codes(_actors(nlp, text, published="2016-08-16"))


def test_a_correspondent_at_a_seat_of_government_is_media(nlp: Language) -> None:
    text = "Fox News Channel White House reporter Tom Reilly asked first. Reilly tweeted."
    assert _by_name(_actors(nlp, text, published="2016-03-10"), "Tom Reilly").code == "USAMED"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # "the army" after one country's army is that army, whatever country its own sentence names.
        ("Chad's army rejected the truce. Libya, which backs the army, called for calm.", "army", "TCDMIL"),
        ("Chad's army rejected the truce. The military said it would not negotiate.", "military", "TCDMIL"),
        # So is the army of an "Army spokesman".
        ("Chad's army rejected the truce. Army spokesman Idriss Kaya said it would fight on.", "Idriss Kaya",
         "TCDMIL"),
        # Two countries' armies named before: neither is meant for sure.
        ("Chad's army and Libya's army clashed. Witnesses said the army withdrew.", "army", "---MIL"),
    ],
)
def test_the_army_is_the_one_army_named_before(nlp: Language, text: str, phrase: str, code: str) -> None:
    found = {(text[m.start : m.end], actor.code) for actor in _actors(nlp, text) for m in actor.mentions}
    assert (phrase, code) in found


def test_the_dateline_counts_towards_the_country_an_article_is_about() -> None:
    from newsgraph.process import extract

    body = "Peru's congress rejected the budget on Friday. Lawmakers said Peru could not afford it. "
    body += "The government said it would try again."
    for text, code in ((body, "---GOV"), ("LIMA, May 3 - " + body, "PERGOV")):
        result = extract(text, published="2024-05-03")
        coded = {mention.text: actor.code for actor in result.actors for mention in actor.mentions}
        assert coded["government"] == code


def test_a_name_the_tagger_cut_before_a_particle_is_one_person(nlp: Language) -> None:
    text = "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told reporters that talks stalled."
    names = {m.text: actor.code for actor in _actors(nlp, text) for m in actor.mentions}
    assert names.get("Mohammed bin Abdulrahman Al Thani") == "QATGOV"
    assert "Al Thani" not in names
