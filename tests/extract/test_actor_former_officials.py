"""A former official of an international body no longer acts for it, and the body gives him no country
("Joe Bloggs, a former assistant secretary-general of the U.N."): he keeps no IGO code. A former
state office holder stays his country's elite, "ex-" glued to the role included. Sentences written for
these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Varga, a former assistant secretary-general of the United Nations, said the plan would fail.",
         "Tom Varga"),
        ("Lena Ostrova, the former U.N. human rights chief, criticised the government on Monday.", "Lena Ostrova"),
        ("The former NATO secretary general Piet Haverkamp urged Germany to spend more on defence.", "Piet Haverkamp"),
        ("Laura Mendez, an ex-official of the World Bank, accused Argentina of hiding its debts.", "Laura Mendez"),
        ("Marc Duval, a former European Commission spokesman, criticised France over its budget.", "Marc Duval"),
    ],
)
def test_a_former_official_of_an_international_body_keeps_no_code_from_it(text: str, name: str) -> None:
    assert mention_codes(text, "2018-03-01")[name] is None


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # A serving official keeps the body's code.
        ("Tom Varga, an assistant secretary-general of the United Nations, said the plan would fail.",
         "Tom Varga", "IGOUNO"),
        # A former state office holder is his country's elite, "ex-" or "former".
        ("The ex-president of Peru, Jorge Salas, criticised Chile on Friday.", "Jorge Salas", "PERELI"),
        ("Former U.S. Ambassador James Whitfield met Chinese leaders in Beijing.", "James Whitfield", "USAELI"),
        ("Karl Weiss, a former German defence minister, visited Kyiv on Monday.", "Karl Weiss", "DEUELI"),
    ],
)
def test_serving_and_former_state_officials_keep_their_codes(text: str, name: str, code: str) -> None:
    assert mention_codes(text, "2018-03-01")[name] == code
