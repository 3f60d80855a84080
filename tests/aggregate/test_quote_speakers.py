"""Quote groups tell speakers apart: a code such as USALEG covers many people, so a person goes by code and surname.

Hand-built articles of US political news, each with the actors its quote's
speaker points to, the way ``extract.actors.attach_speaker_actors`` codes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus_articles import span
from newsgraph.aggregate import ensure_fresh, rebuild
from newsgraph.records import Actor, Quote, Result
from newsgraph.store import QuoteGroup, Store

PLEDGE = "We will not raise taxes on working families this year"


def _groups(results: Sequence[Result]) -> list[QuoteGroup]:
    store = Store.open(":memory:")
    store.ingest_results(results)
    rebuild(store)
    return store.quote_groups()


def _person(text: str, name: str, *mentions: str, code: str = "USALEG", actor_id: str = "a1",
            kind: str | None = "person") -> Actor:
    return Actor(id=actor_id, code=code, name=name, country="USA", sector=code[3:] or None,
                 mentions=tuple(span(text, m) for m in mentions or (name,)), kind=kind)


def said(doc_id: str, text: str, *, speaker: str, actors: Sequence[Actor], resolved: str | None = None,
         content: str = PLEDGE, code: str | None = "USALEG") -> Result:
    """An article in which ``speaker`` (resolved to ``resolved``, when a pronoun) says ``content``."""
    quote = Quote(content=span(text, content), speaker=span(text, speaker),
                  speaker_resolved=span(text, resolved) if resolved else None, speaker_actor=code,
                  cue=span(text, "said"), direct=True)
    return Result(doc_id=doc_id, text=text, title=None, published="2016-05-02", url=f"https://{doc_id}.example/1",
                  actors=tuple(actors), quotes=(quote,))


def test_two_people_with_one_code_saying_the_same_words_are_two_speakers() -> None:
    fowler_text = f'Senator Ann Fowler said: "{PLEDGE}."'
    marsh_text = f'Representative Bill Marsh said on Monday: "{PLEDGE}."'
    fowler = said("herald", fowler_text, speaker="Ann Fowler", actors=[_person(fowler_text, "Ann Fowler")])
    marsh = said("gazette", marsh_text, speaker="Bill Marsh", actors=[_person(marsh_text, "Bill Marsh")])
    assert _groups([fowler, marsh]) == []


def test_one_person_named_two_ways_is_one_speaker_called_by_name() -> None:
    plain_text = f'Ann Fowler said: "{PLEDGE}."'
    formal_text = f'"{PLEDGE}," Sen. Ann B. Fowler said in Columbus.'
    again_text = f'Fowler said: "{PLEDGE}, or next year."'
    plain = said("herald", plain_text, speaker="Ann Fowler", actors=[_person(plain_text, "Ann Fowler")])
    formal = said("gazette", formal_text, speaker="Ann B. Fowler", actors=[_person(formal_text, "Ann B. Fowler")])
    again = said("tribune", again_text, speaker="Fowler", content=f"{PLEDGE}, or next year",
                 actors=[_person(again_text, "Ann Fowler", "Fowler")])
    (group,) = _groups([plain, formal, again])
    assert (group.speaker, group.num_quotes, group.num_sources) == ("Ann Fowler", 3, 3)


def test_a_pronoun_speaker_joins_the_person_it_was_resolved_to() -> None:
    named_text = f'Ann Fowler said: "{PLEDGE}."'
    pronoun_text = f'Ann Fowler spoke in Dayton. "{PLEDGE}," she said.'
    other_text = f'Bill Marsh spoke in Akron. "{PLEDGE}," he said.'
    named = said("herald", named_text, speaker="Ann Fowler", actors=[_person(named_text, "Ann Fowler")])
    pronoun = said("gazette", pronoun_text, speaker="she", resolved="Ann Fowler",
                   actors=[_person(pronoun_text, "Ann Fowler", "Ann Fowler", "she")])
    other = said("tribune", other_text, speaker="he", resolved="Bill Marsh",
                 actors=[_person(other_text, "Bill Marsh", "Bill Marsh", "he")])
    (group,) = _groups([named, pronoun, other])
    assert group.speaker == "Ann Fowler"
    assert [m.evidence.doc_id for m in group.members] == ["herald", "gazette"]


def test_unresolved_pronouns_are_nobody_in_particular() -> None:
    one = said("herald", f'"{PLEDGE}," he said.', speaker="he", actors=[], code=None)
    other = said("gazette", f'"{PLEDGE}," he said on Friday.', speaker="he", actors=[], code=None)
    assert _groups([one, other]) == []


def test_institutions_are_grouped_by_their_code() -> None:
    kremlin_text = '"We see no reason to change our position on the sanctions," the Kremlin said.'
    ministry_text = ("Russia's foreign ministry said: \"We see no reason to change our position on the sanctions "
                     'at all."')
    kremlin = said("tass", kremlin_text, speaker="the Kremlin", code="RUSGOV",
                   content="We see no reason to change our position on the sanctions,",
                   actors=[_person(kremlin_text, "Kremlin", code="RUSGOV", kind="organization")])
    ministry = said("rt", ministry_text, speaker="Russia's foreign ministry", code="RUSGOV",
                    content="We see no reason to change our position on the sanctions at all.",
                    actors=[_person(ministry_text, "foreign ministry", code="RUSGOV", kind=None)])
    (group,) = _groups([kremlin, ministry])
    assert (group.speaker, group.num_sources) == ("RUSGOV", 2)


def test_the_speaker_is_the_actor_the_speaker_words_name_most() -> None:
    # "Fowler spokesman Tom Reyes": both are coded USALEG, but the words mostly name Reyes.
    aide_text = f'Fowler spokesman Tom Reyes said: "{PLEDGE}."'
    reyes_text = f'Tom Reyes said: "{PLEDGE}."'
    fowler_text = f'Ann Fowler said: "{PLEDGE}."'
    aide = said("herald", aide_text, speaker="Fowler spokesman Tom Reyes",
                actors=[_person(aide_text, "Ann Fowler", "Fowler"),
                        _person(aide_text, "Tom Reyes", actor_id="a2")])
    reyes = said("gazette", reyes_text, speaker="Tom Reyes", actors=[_person(reyes_text, "Tom Reyes")])
    fowler = said("tribune", fowler_text, speaker="Ann Fowler", actors=[_person(fowler_text, "Ann Fowler")])
    (group,) = _groups([aide, reyes, fowler])
    assert group.speaker == "Tom Reyes"
    assert [m.evidence.doc_id for m in group.members] == ["herald", "gazette"]


def test_a_refresh_after_each_article_finds_the_groups_a_rebuild_finds() -> None:
    named_text = f'Ann Fowler said: "{PLEDGE}."'
    pronoun_text = f'Ann Fowler spoke in Dayton. "{PLEDGE}," she said.'
    marsh_text = f'Representative Bill Marsh said on Monday: "{PLEDGE}."'
    articles = [
        said("herald", named_text, speaker="Ann Fowler", actors=[_person(named_text, "Ann Fowler")]),
        said("tribune", marsh_text, speaker="Bill Marsh", actors=[_person(marsh_text, "Bill Marsh")]),
        said("gazette", pronoun_text, speaker="she", resolved="Ann Fowler",
             actors=[_person(pronoun_text, "Ann Fowler", "Ann Fowler", "she")]),
    ]
    store = Store.open(":memory:")
    for article in articles:
        store.ingest_results([article])
        ensure_fresh(store)
    (group,) = store.quote_groups()
    assert [g.to_dict() for g in store.quote_groups()] == [g.to_dict() for g in _groups(articles)]
    assert [m.evidence.doc_id for m in group.members] == ["herald", "gazette"]
