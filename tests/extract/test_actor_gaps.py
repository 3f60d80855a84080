"""Actor-coding gaps that left event parties wrong or uncoded, in sentences written for these tests.

UN agencies and other intergovernmental bodies; a country named inside a quotation; a nationality
on a thing; a ruler named with his country's possessive.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # UN agencies: the UN's code, the agency's specialty, its own code where the codebook has one.
        ("UNESCO added the old town to its list.", "UNESCO", "IGOUNOEDU"),
        ("Unesco added the old town to its list.", "Unesco", "IGOUNOEDU"),
        ("UNRWA said its schools in Gaza were closed.", "UNRWA", "IGOUNOREF"),
        ("The UN Relief and Works Agency paid the teachers.", "UN Relief", "IGOUNOREF"),
        ("The UN Development Programme opened an office in Juba.", "UN Development", "IGOUNODEV"),
        ("The U.N. Children's Fund sent vaccines to the camps.", "U.N. Children", "IGOUNOKID"),
        ("Unicef sent vaccines to the camps.", "Unicef", "IGOUNOKID"),
        ("The UN human rights office criticised the verdict.", "UN human rights office", "IGOUNOHCH"),
        ("The UN Human Rights Council opened an inquiry.", "UN Human Rights Council", "IGOUNOHRI"),
        ("The Yugoslav war crimes tribunal indicted two officers.", "Yugoslav war crimes tribunal", "IGOUNOWCT"),
        ("The European Court of Human Rights fined the state.", "European Court of Human Rights", "IGOCOEJUD"),
        # A British spelling of an acronym is the body; the pronoun "who" stays a pronoun.
        ("Nato sent more planes to the region.", "Nato", "IGOWSTNAT"),
        ("Opec cut its output again.", "Opec", "IGOOPC"),
        ("Those who left were the first to return.", "who", "-"),
    ],
)
def test_intergovernmental_bodies(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="1998-02-19") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A country the speaker names is whom the speaker talks about, not whose the speaker is.
        ('"Iran will pay for this raid," the rebels said.', "rebels", "---REB"),
        ('"Nobody in Peru will stop us," the guerrillas said on Sunday.', "guerrillas", "---REB"),
        # Outside the quotation marks, the sentence's country still places them.
        ('Rebels in Peru said, "Nobody will stop us."', "Rebels", "PERREB"),
    ],
)
def test_country_inside_a_quote(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="1998-02-19") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A nationality on a thing in another noun's clause is whose the thing is, not whose the group is.
        ("Police arrested a man who stole an Afghan hound from a kennel.", "Police", "---COP"),
        ("Authorities questioned travellers who carried forged Syrian passports.", "Authorities", "---GOV"),
        # In what the group says, or in another noun's apposition, too.
        ("Police said the man had stolen an Afghan hound.", "Police", "---COP"),
        ("Police said the dog, an Afghan hound, was found in a park.", "Police", "---COP"),
        # On the country's places, on a person, or in the group's own clause, it still places the group.
        ("Protesters in Mexican towns blocked the roads.", "Protesters", "MEXOPP"),
        ("The court upheld a law that favours an unmarried American woman.", "court", "USAJUD"),
        ("Police who found the Afghan hound returned it to its owner.", "Police", "AFGCOP"),
    ],
)
def test_nationality_on_a_thing(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="1998-02-19") == code


@pytest.mark.parametrize(
    ("text", "phrase", "published", "code"),
    [
        # A possessive country and a namesake the dated lists give that country on the day.
        ("Jordan's Hussein met the envoy in Amman on Monday.", "Hussein", "1998-02-19", "JORGOV"),
        ("Jordan's Abdullah met the envoy in Amman on Monday.", "Abdullah", "2004-06-01", "JORGOV"),
        # A namesake whose listed name lacks the person's given name is someone else.
        ("Iraq's Ali Hussein, a novelist, met the envoy.", "Ali Hussein", "1991-05-01", "IRQ"),
        # A possessive country and an office without one elsewhere in the story.
        ("Malawi's Mutharika met the donors. President Mutharika said the aid would help.", "Mutharika",
         "2010-05-01", "MWIGOV"),
        ("President Nkosi opened the dam. Later Eswatini's Nkosi flew home.", "Nkosi", "2010-05-01", "SWZGOV"),
        # Without a possessive, a president of some other body stays uncoded, not a state's.
        ("The American economist Tom Vale runs the bank. President Vale said rates would rise.", "Tom Vale",
         "2010-05-01", ""),
        # A listed office holder whose listed name holds the title the name leaves out.
        ("Sheikh Jaber met the envoy.", "Jaber", "1995-02-19", "KWTGOV"),
    ],
)
def test_ruler_named_with_a_possessive(nlp: Language, text: str, phrase: str, published: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published=published) == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A non-state armed group's word before armed men makes them the group's men, not an army.
        ("The rebel commander said the town had fallen.", "rebel commander", "---REB"),
        ("Government troops fought rebel forces near the river.", "rebel forces", "---REB"),
        ("Separatist fighters attacked the base.", "Separatist fighters", "---SEP"),
        ("Government troops fought rebel forces near the river.", "Government troops", "---MIL"),
        # Against the group, they are not its men.
        ("Anti-rebel forces attacked the base.", "Anti-rebel forces", "---MIL"),
    ],
)
def test_armed_men_of_a_nonstate_group(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="1998-02-19") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # One private person's nationality is one of that people, never the state that acts elsewhere.
        ("Germany protested on Monday. A German couple was robbed near Mombasa.", "German couple", "DEU"),
        ("Israel protested. An Israeli child was wounded by the blast.", "Israeli child", "ISR"),
        # A count the tagger took into an organisation's name opens no name: they are Britons.
        ("Britain protested. Three Britons were held at the airport.", "Britons", "GBR"),
        # Aid workers are an organisation's (NGO), with their country when the phrase names one.
        ("Britain protested. A British aid worker was freed in Somalia.", "British aid worker", "NGOGBR"),
        ("Aid workers left the camp on Friday.", "Aid workers", "NGO"),
    ],
)
def test_private_people(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="1998-02-19") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A copula's role with its country says who the name is, as an apposition does.
        ("Mwanawasa became Zambia's president in 2002. President Mwanawasa said the vote would go ahead.",
         "Mwanawasa said", "ZMBGOV"),
        ("Levy Mwanawasa, who is Zambia's president, opened the dam.", "Levy Mwanawasa", "ZMBGOV"),
        # A bare role guesses no country; a past or negated "is" gives none.
        ("Tom Vale became president after the war in Iraq.", "Tom Vale", ""),
        ("Tom Vale is not Zambia's president.", "Tom Vale", ""),
    ],
)
def test_role_given_by_a_copula(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2005-01-01") == code
