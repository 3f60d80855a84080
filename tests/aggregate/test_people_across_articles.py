"""People across articles: a sector code (USALEG) covers many people, so clusters and contradictions need the person.

Hand-built records of US political news: endorsements, denials of them and
attacks with no target, each article with the actors its events point to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from corpus_articles import event, span
from newsgraph.aggregate import rebuild
from newsgraph.records import Actor, Result
from newsgraph.store import Store


def _store(results: Sequence[Result]) -> Store:
    store = Store.open(":memory:")
    store.ingest_results(results)
    rebuild(store)
    return store


def endorsement(doc_id: str, published: str, text: str, *, who: str, name: str, code: str = "USALEG",
                negated: bool = False, trigger: str = "endorsed", target: str = "Trump") -> Result:
    """An article in which a person (``who``, the actor ``name``) endorses, or does not endorse, Donald Trump."""
    actors = (
        Actor(id="a1", code=code, name=name, country="USA", sector=code[3:] or None,
              mentions=(span(text, who),), kind="person"),
        Actor(id="a2", code="USAELI", name="Donald Trump", country="USA", sector="ELI",
              mentions=(span(text, target),), kind="person"),
    )
    supports = event(text, trigger, plover="SUPPORT", cameo="051", source=(who, code), target=(target, "USAELI"),
                     negated=negated)
    assert supports.source is not None and supports.target is not None
    supports = replace(supports, source=replace(supports.source, actor_id="a1"),
                       target=replace(supports.target, actor_id="a2"))
    return Result(doc_id=doc_id, text=text, title=None, published=published, url=f"https://{doc_id}.example/1",
                  actors=actors, events=(supports,))


def test_two_legislators_endorsing_one_candidate_are_two_events() -> None:
    collins = endorsement("hill", "2016-02-24", "Rep. Chris Collins endorsed Trump on Wednesday.",
                          who="Chris Collins", name="Chris Collins")
    hunter = endorsement("post", "2016-02-25", "Rep. Duncan Hunter endorsed Trump.",
                         who="Duncan Hunter", name="Duncan Hunter")
    clusters = _store([collins, hunter]).clusters()
    assert sorted(c.source_name for c in clusters) == ["Chris Collins", "Duncan Hunter"]


def test_one_person_named_two_ways_is_one_event() -> None:
    plain = endorsement("hill", "2016-06-02", "Paul Ryan endorsed Trump in an op-ed.", who="Paul Ryan",
                        name="Paul Ryan")
    formal = endorsement("times", "2016-06-03", "Speaker Paul D. Ryan endorsed Mr. Trump on Thursday.",
                         who="Paul D. Ryan", name="Paul D. Ryan")
    (cluster,) = _store([plain, formal]).clusters()
    assert (cluster.num_articles, cluster.num_sources) == (2, 2)


def test_two_people_of_one_surname_are_two_people_unless_a_first_name_is_missing() -> None:
    senator = endorsement("hill", "2016-05-10", "Senator Amy Lark endorsed Trump.", who="Amy Lark", name="Amy Lark")
    husband = endorsement("post", "2016-05-11", "Her husband, Tom Lark, endorsed Trump too.", who="Tom Lark",
                          name="Tom Lark")
    assert sorted(c.source_name for c in _store([senator, husband]).clusters()) == ["Amy Lark", "Tom Lark"]
    surname = endorsement("wire", "2016-05-11", "Lark endorsed Trump.", who="Lark", name="Lark")
    full = endorsement("times", "2016-05-10", "Senator Amy B. Lark endorsed Trump.", who="Amy B. Lark",
                       name="Amy B. Lark")
    (cluster,) = _store([senator, surname, full]).clusters()
    assert cluster.num_articles == 3
    denial = endorsement("journal", "2016-05-11", "Tom Lark has not endorsed Trump.", who="Tom Lark",
                         name="Tom Lark", negated=True)
    assert _store([senator, denial]).contradictions() == []


def test_a_denial_by_another_person_with_the_same_code_is_no_contradiction() -> None:
    collins = endorsement("hill", "2016-08-25", "Rep. Chris Collins endorsed Trump.", who="Chris Collins",
                          name="Chris Collins")
    toomey = endorsement("post", "2016-08-26", "Sen. Pat Toomey has not endorsed Trump.", who="Pat Toomey",
                         name="Pat Toomey", negated=True)
    assert _store([collins, toomey]).contradictions() == []


def test_a_denial_by_the_same_person_is_a_contradiction() -> None:
    denied = endorsement("post", "2016-06-01", "Paul Ryan has not endorsed Trump.", who="Paul Ryan",
                         name="Paul Ryan", negated=True)
    asserted = endorsement("hill", "2016-06-02", "Speaker Paul D. Ryan endorsed Trump.", who="Paul D. Ryan",
                           name="Paul D. Ryan")
    (found,) = _store([denied, asserted]).contradictions()
    assert (found.kind, found.a.evidence.doc_id, found.b.evidence.doc_id) == ("negation", "hill", "post")


def test_claims_months_apart_do_not_contradict() -> None:
    # Neither states a day: published in May and in August, both can be true.
    denied = endorsement("post", "2016-05-06", "Paul Ryan has not endorsed Trump.", who="Paul Ryan",
                         name="Paul Ryan", negated=True)
    asserted = endorsement("hill", "2016-08-02", "Paul Ryan endorsed Trump.", who="Paul Ryan", name="Paul Ryan")
    assert _store([denied, asserted]).contradictions() == []


def test_an_undated_denial_is_not_contradicted_by_a_later_act() -> None:
    # "Has yet to endorse" on Monday and "endorsed on Thursday": he endorsed in between, both are true.
    denied = endorsement("post", "2016-09-05", "Senator Jane Roe has yet to endorse Trump.", who="Jane Roe",
                         name="Jane Roe", negated=True, trigger="endorse")
    later = endorsement("hill", "2016-09-09", "Jane Roe endorsed Trump on Thursday.", who="Jane Roe",
                        name="Jane Roe")
    later = replace(later, events=tuple(replace(e, date="2016-09-08", date_source="text") for e in later.events))
    assert _store([denied, later]).contradictions() == []
    # An act dated before the denial still contradicts it.
    earlier = replace(later, doc_id="wire", url="https://wire.example/1",
                      events=tuple(replace(e, date="2016-09-01") for e in later.events))
    (found,) = _store([denied, earlier]).contradictions()
    assert (found.a.evidence.doc_id, found.b.evidence.doc_id) == ("wire", "post")


def test_a_denial_by_someone_left_uncoded_contradicts_nothing() -> None:
    asserted = endorsement("hill", "2016-04-12", "Sen. Jeanne Shaheen endorsed Trump.", who="Jeanne Shaheen",
                           name="Jeanne Shaheen")
    text = "Howard had no such praise for Trump."
    denial = Result(doc_id="journal", text=text, title=None, published="2016-04-13", url=None,
                    events=(event(text, "praise", plover="SUPPORT", cameo="051", source=("Howard", None),
                                  target=("Trump", "USAELI"), negated=True),))
    assert _store([asserted, denial]).contradictions() == []


def test_events_with_one_side_join_only_reports_of_their_own_article() -> None:
    def attack(doc_id: str, text: str) -> Result:
        return Result(doc_id=doc_id, text=text, title=None, published="2016-03-22",
                      url=f"https://{doc_id}.example/1",
                      events=tuple(event(text, trigger, plover="ACCUSE", cameo="111", source=("Clinton", "USAELI"),
                                         target=None) for trigger in ("attacked", "criticized") if trigger in text))

    one = attack("post", "Clinton attacked in a speech, and Clinton criticized in an interview.")
    other = attack("times", "Clinton attacked on Tuesday.")
    clusters = _store([one, other]).clusters()
    assert sorted(c.num_mentions for c in clusters) == [1, 2]


def test_a_dated_denial_denies_that_occasion_only() -> None:
    asserted = endorsement("hill", "2016-04-21", "Paul Ryan endorsed Trump.", who="Paul Ryan", name="Paul Ryan")
    denied = endorsement("times", "2016-04-27", "Paul Ryan did not endorse Trump in his remarks on Tuesday.",
                         who="Paul Ryan", name="Paul Ryan", negated=True, trigger="endorse")
    denied = replace(denied, events=tuple(replace(e, date="2016-04-26", date_source="text") for e in denied.events))
    assert _store([asserted, denied]).contradictions() == []
    same_day = replace(asserted, doc_id="wire", published="2016-04-26", url="https://wire.example/1")
    (found,) = _store([same_day, denied]).contradictions()
    assert (found.a.evidence.doc_id, found.b.evidence.doc_id) == ("wire", "times")


def test_findings_call_a_side_by_its_actor_name_not_its_pronoun() -> None:
    text = "Elizabeth Warren spoke in Boston. She endorsed Trump, to the surprise of many."
    pronoun = endorsement("globe", "2016-06-10", text, who="She", name="Elizabeth Warren")
    store = _store([pronoun])
    (position,) = store.positions(actor="Warren")
    assert (position.actor_name, position.stance, position.object) == ("Elizabeth Warren", "supports",
                                                                       "Donald Trump (USAELI)")
    (cluster,) = store.clusters()
    assert (cluster.source_name, cluster.target_name) == ("Elizabeth Warren", "Donald Trump")


def test_an_event_with_nobody_on_the_other_side_and_a_concession_state_no_position() -> None:
    text = "Clinton attacked in a speech. Coffey resigned after the allegations."
    result = Result(doc_id="post", text=text, title=None, published="2016-03-22", url=None,
                    events=(event(text, "attacked", plover="ACCUSE", cameo="111", source=("Clinton", "USAELI"),
                                  target=None),
                            event(text, "resigned", plover="RETREAT", cameo="0831", source=("Coffey", "USAJUD"),
                                  target=("the allegations", None))))
    assert _store([result]).positions() == []


def test_working_with_someone_or_helping_them_states_no_position() -> None:
    text = "Border agents worked with the Mexican police. Fishermen rescued the sailor."
    result = Result(doc_id="post", text=text, title=None, published="2016-03-22", url=None,
                    events=(event(text, "worked", plover="COOPERATE", cameo="040",
                                  source=("Border agents", "USACOP"), target=("the Mexican police", "MEXCOP")),
                            event(text, "rescued", plover="AID", cameo="070", source=("Fishermen", "USAAGR"),
                                  target=("the sailor", None))))
    store = _store([result])
    assert store.positions() == []
    assert len(store.clusters()) == 2  # still events, counted in the clusters


def test_a_mutual_act_coded_both_ways_states_no_position() -> None:
    text = "Ruritania and Elbonia signed a border treaty. Ruritania backed Elbonia's bid."
    signed = [event(text, "signed", plover="SUPPORT", cameo="057", source=(one, one[:3].upper()),
                    target=(other, other[:3].upper())) for one, other in (("Ruritania", "Elbonia"),
                                                                          ("Elbonia", "Ruritania"))]
    backed = event(text, "backed", plover="SUPPORT", cameo="051", source=("Ruritania", "RUR"),
                   target=("Elbonia", "ELB"))
    result = Result(doc_id="post", text=text, title=None, published="2016-03-22", url=None,
                    events=(*signed, backed))
    (position,) = _store([result]).positions()
    assert (position.actor_code, position.predicate, position.evidence.text) == (
        "RUR", "SUPPORT", "Ruritania backed Elbonia's bid.")


def test_of_an_agreement_with_someone_coded_both_ways_only_the_agreeing_side_is_a_position() -> None:
    text = "Ann Lark agreed with Tom Reed on the budget."
    ways = [event(text, "agreed", plover="AGREE", cameo="030", source=(one, code_one), target=(other, code_other))
            for one, code_one, other, code_other in (("Ann Lark", "USALEG", "Tom Reed", "USAGOV"),
                                                     ("Tom Reed", "USAGOV", "Ann Lark", "USALEG"))]
    result = Result(doc_id="post", text=text, title=None, published="2016-03-22", url=None, events=tuple(ways))
    (position,) = _store([result]).positions()
    assert (position.actor_code, position.object) == ("USALEG", "Tom Reed (USAGOV)")
