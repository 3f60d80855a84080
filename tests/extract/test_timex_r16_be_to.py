"""ISSUE-5: "be to" with an infinitive states an arrangement still to come.

"Talks are to resume Monday", "the president is to visit Chile on Friday": the wire services' way of writing
a plan; so is a word that looks ahead between "be" and the infinitive ("the storm is forecast to hit
Thursday", "talks are likely to resume Monday"). The day was read as the one just gone (the present "are"
says nothing of the future by itself). A past "was to" keeps the nearest reading. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2023-06-14"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks on the grain deal are to resume Monday.", [("Monday", "2023-06-19")]),
        ("The president is to visit Chile on Friday.", [("Friday", "2023-06-16")]),
        ("The two ministers are to meet again on Tuesday in Geneva.", [("Tuesday", "2023-06-20")]),
        ("The storm is forecast to make landfall Thursday.", [("Thursday", "2023-06-15")]),
        ("Mediators are likely to meet both sides on Saturday.", [("Saturday", "2023-06-17")]),
        ("The governor is slated to sign the bill Friday.", [("Friday", "2023-06-16")]),
        # unchanged: a past "was to", a plain past, a forecast told in the past, a perfect infinitive
        ("The storm was forecast to make landfall Thursday.", [("Thursday", "2023-06-08")]),
        ("The envoy is believed to have left on Monday.", [("Monday", "2023-06-12")]),
        ("The envoy was to arrive on Monday.", [("Monday", "2023-06-12")]),
        ("Talks on the grain deal resumed Monday.", [("Monday", "2023-06-12")]),
    ],
)
def test_be_to_looks_ahead(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected
