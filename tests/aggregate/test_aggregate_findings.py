"""Findings across articles: one cluster per event, repeated quotes, positions, contradictions."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from corpus_articles import (
    AP,
    ASTANA,
    DENIAL,
    EVERYTHING,
    MOSCOW,
    OTHER_DENIAL,
    PESKOV,
    PESKOV_AGAIN,
    PRESSTV,
    REUTERS,
    STRIKE_A,
    STRIKE_B,
    ZARIF,
    invitation,
    span,
)
from newsgraph.aggregate import ensure_fresh, rebuild
from newsgraph.aggregate.clusters import places_compatible
from newsgraph.aggregate.contradictions import counts_in
from newsgraph.aggregate.positions import quote_positions, stance_of
from newsgraph.records import Location, Quote, Result
from newsgraph.store import Found, Store, StoredQuote


def _store(results: Sequence[Result]) -> Store:
    store = Store.open(":memory:")
    store.ingest_results(results)
    rebuild(store)
    return store


def test_three_articles_reporting_one_event_give_one_cluster_with_three_sources() -> None:
    store = _store([REUTERS, AP, PRESSTV])
    (cluster,) = store.clusters()
    assert (cluster.plover, cluster.source_code, cluster.target_code) == ("AGREE", "RUSGOV", "USA")
    assert (cluster.num_mentions, cluster.num_articles, cluster.num_sources) == (3, 3, 3)
    assert (cluster.first_report, cluster.last_report) == ("2017-01-19", "2017-01-20")
    assert cluster.location == ASTANA
    assert [m.outlet for m in cluster.mentions] == ["reuters.com", "apnews.com", "presstv.ir"]
    for mention, result in zip(cluster.mentions, (REUTERS, AP, PRESSTV), strict=True):
        assert result.text[mention.evidence.start:mention.evidence.end] == mention.evidence.text


def test_two_reports_from_one_outlet_are_one_source() -> None:
    same_outlet = invitation("reuters-2", "https://reuters.com/world/2", "2017-01-19",
                             "Moscow invited the United States to the talks, Lavrov said.")
    (cluster,) = _store([REUTERS, same_outlet]).clusters()
    assert (cluster.num_articles, cluster.num_sources) == (2, 1)


@pytest.mark.parametrize(
    ("other", "clusters"),
    [
        (invitation("late", None, "2017-02-10", "Moscow invited the United States again."), 2),  # outside the window
        (invitation("near", None, "2017-01-21", "Moscow invited the United States."), 1),  # within 3 days
    ],
)
def test_the_date_window_splits_clusters(other: Result, clusters: int) -> None:
    # "late" and "near" carry the event date 2017-01-19 from the helper; clear it so the report date counts.
    from dataclasses import replace

    other = replace(other, events=tuple(replace(e, date=None, date_source=None) for e in other.events))
    assert len(_store([REUTERS, other]).clusters()) == clusters


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (ASTANA, None, True),
        (ASTANA, ASTANA, True),
        (ASTANA, MOSCOW, False),
        (Location("Nur-Sultan", "KAZ", 51.17, 71.43), ASTANA, True),  # another name, same coordinates
        (Location("Syria", "SYR", None, None), Location("Idlib", "SYR", None, None), True),
        (Location("Aleppo", "SYR", 36.2, 37.15), Location("Idlib", "SYR", 35.93, 36.63), False),
        (Location("Idlib", "SYR", None, None), Location("Idlib", "TUR", None, None), False),
    ],
)
def test_place_compatibility(a: Location, b: Location | None, expected: bool) -> None:
    assert places_compatible(a, b) is expected


def test_negated_and_uncoded_events_are_not_clustered() -> None:
    store = _store([DENIAL, OTHER_DENIAL])
    assert store.clusters() == []


def test_a_quote_repeated_by_two_outlets_is_one_group() -> None:
    (group,) = _store([PESKOV, PESKOV_AGAIN, ZARIF]).quote_groups()
    assert (group.speaker, group.num_quotes, group.num_sources) == ("RUSGOV", 2, 2)
    assert [m.evidence.doc_id for m in group.members] == ["peskov-1", "peskov-2"]


def test_positions_from_quotes_and_events_with_evidence() -> None:
    store = _store([REUTERS, ZARIF])
    (rejects,) = store.positions(actor="IRNGOV")
    assert (rejects.stance, rejects.via, rejects.predicate) == ("rejects", "quote", "oppose")
    assert rejects.object == "their presence at the talks"
    assert ZARIF.text[rejects.evidence.start:rejects.evidence.end] == rejects.evidence.text
    (supports,) = store.positions(actor="RUSGOV")
    assert (supports.stance, supports.via, supports.object) == ("supports", "event", "the United States (USA)")
    assert supports.evidence.text.startswith("Russian Foreign Minister")
    assert store.positions(stance="demands") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We oppose their presence at the talks.", ("rejects", "oppose", "their presence at the talks")),
        ("We do not support the plan, he said", ("rejects", "support", "the plan")),
        ("They called for an immediate ceasefire.", ("demands", "called for", "an immediate ceasefire")),
        ("Ankara accused Damascus of breaking the truce", ("accuses", "accused", "Damascus of breaking the truce")),
        ("We do not accuse anyone.", None),
        ("The talks begin on Monday.", None),
        # "against" takes a side only after a verb that takes one; "insisted that" asserts
        ("her record in the fight against the floods", None),
        ("He came out against the deal", ("rejects", "came out against", "the deal")),
        ("He insisted that the deal was dead", None),
        ("She insisted on a recount", ("demands", "insisted on", "a recount")),
        ("It would divide the opposition and help the opposing team", None),
        ("Iran voiced strong opposition to US participation", ("rejects", "opposition to", "US participation")),
        # a cue after an article or a possessive is a noun; "demanded to know" asks
        ("The mayor demanded to know who paid for the trip", None),
        # agreeing to do something is a deal; agreeing to a thing supports it
        ("The firm agreed to pay a fine of two million", None),
        ("The union agreed to the new contract", ("supports", "agreed", "to the new contract")),
        ("She agreed to Dana's terms", ("supports", "agreed", "to Dana's terms")),
        # the object runs past quotation marks that open or close around the cue
        ('she opposes "tax gimmicks" in the plan', ("rejects", "opposes", "tax gimmicks")),
        ('"I strongly support" the new zoning law', ("supports", "support", "the new zoning law")),
        # in a cue a possessive is the speaker's own
        ("threw her support behind the mayor", ("supports", "support", "behind the mayor")),
        # the object runs on past a title's period
        ("She agreed with Mr. Lark on the budget.", ("supports", "agreed", "with Mr. Lark on the budget")),
    ],
)
def test_stance_cues(text: str, expected: tuple[str, str, str] | None) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("We have not invited the US and oppose their presence at the talks.",
         ("rejects", "oppose", "their presence at the talks")),
        ("supports the plan", ("supports", "supports", "the plan")),
        ("he would not support higher bridge tolls", ("rejects", "support", "higher bridge tolls")),
        # a cue whose subject is someone else, or nobody in particular, is not the speaker's position
        ("the one treaty we know of that has support in both chambers", None),
        ("Ortega split from her coalition partners and supported the strike", None),
        ("If the demands of the drivers are ignored, the strike will spread", None),
        ("she fears losing the support she had in the suburbs", None),
        ("they spoke of the welcome they got in the town", None),
        ("she can use it to win over voters' support in the suburbs", None),
        ("she’s backed the plan from the start", ("supports", "backed", "the plan from the start")),
    ],
)
def test_a_quote_states_the_speakers_position_only_as_their_own(
        content: str, expected: tuple[str, str, str] | None) -> None:
    assert stance_of(content, own=True) == expected


def test_a_contradicting_pair_is_reported_with_both_spans() -> None:
    (found,) = _store([REUTERS, DENIAL]).contradictions()
    assert (found.kind, found.predicate, found.source_code, found.target_code) == ("negation", "AGREE", "RUSGOV", "USA")
    assert (found.a.evidence.doc_id, found.a.value, found.b.evidence.doc_id, found.b.value) == (
        "reuters-1", "asserted", "tasnim-9", "denied")
    assert "invited the United States" in found.a.evidence.text
    assert "have not sent any joint invitation" in found.b.evidence.text
    assert DENIAL.text[found.b.evidence.start:found.b.evidence.end] == found.b.evidence.text


def test_a_consistent_pair_is_not_a_contradiction() -> None:
    # Russia invited the US; Russia did not invite Israel: both can hold.
    assert _store([REUTERS, OTHER_DENIAL]).contradictions() == []
    # Two outlets asserting the same thing agree.
    assert _store([REUTERS, AP]).contradictions() == []


def test_incompatible_counts_and_dates_in_one_cluster() -> None:
    store = _store([STRIKE_A, STRIKE_B])
    (cluster,) = store.clusters()
    found = {c.kind: c for c in store.contradictions()}
    assert set(found) == {"date", "count"}
    assert (found["count"].a.value, found["count"].b.value) == ("12 people", "15 people")
    assert (found["date"].a.value, found["date"].b.value) == ("2017-02-01", "2017-01-31")
    assert found["count"].cluster_id == cluster.id


def test_a_clock_time_states_no_day_to_contradict() -> None:
    # A live blog heads each entry with its time: "9:15 p.m." dates the event by the publication day, not the text.
    from dataclasses import replace

    from corpus_articles import strike

    blog = strike("blog", "https://c.example/1", "2017-02-02",
                  "9:15 p.m. Syrian jets struck rebels near Idlib, killing 12 people.", "2017-02-02")
    (blog_event,) = blog.events
    blog = replace(blog, events=(replace(blog_event, date_text="9:15 p.m."),))
    store = _store([blog, STRIKE_B])
    assert {c.kind for c in store.contradictions()} == {"count"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("killing 12 people", [("people", 12)]),
        ("at least twelve Syrian soldiers were killed", [("soldiers", 12)]),
        ("1,200 protesters marched", [("protesters", 1200)]),
        ("dozens of people", []),
        ("on 12 January", []),
    ],
)
def test_counts_in(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert counts_in(sentence) == expected


def test_rebuilding_is_idempotent_and_fresh_only_when_needed() -> None:
    store = _store(EVERYTHING)
    first = ([c.to_dict() for c in store.clusters()], [p.to_dict() for p in store.positions()],
             [c.to_dict() for c in store.contradictions()], [g.to_dict() for g in store.quote_groups()])
    assert ensure_fresh(store) is None
    rebuild(store)
    again = ([c.to_dict() for c in store.clusters()], [p.to_dict() for p in store.positions()],
             [c.to_dict() for c in store.contradictions()], [g.to_dict() for g in store.quote_groups()])
    assert again == first
    store.ingest_results([invitation("late", None, "2017-03-01", "Moscow invited the United States.")])
    assert ensure_fresh(store) is not None


def test_cluster_filters() -> None:
    store = _store(EVERYTHING)
    assert [c.plover for c in store.clusters(type="ASSAULT")] == ["ASSAULT"]
    assert [c.target_code for c in store.clusters(actor="IRN")] == ["IRNGOV"]
    assert [c.plover for c in store.clusters(source="presstv.ir")] == ["AGREE"]
    assert [c.plover for c in store.clusters(min_sources=3)] == ["AGREE"]
    assert [c.plover for c in store.clusters(since="2017-01-25")] == ["ASSAULT"]


def test_short_quotes_and_pronoun_speakers_are_left_out() -> None:
    from dataclasses import replace

    from newsgraph.records import Span

    def said(doc_id: str, text: str, content: str, speaker: str) -> Result:
        start, who = text.index(content), text.index(speaker)
        quote = replace(PESKOV.quotes[0], content=Span.of(text, start, start + len(content)),
                        speaker=Span.of(text, who, who + len(speaker)), speaker_actor=None, cue=None)
        return Result(doc_id, text, None, "2017-01-19", quotes=(quote,))

    store = _store([said("x1", "\u201cCruz,\u201d Blackwell said.", "Cruz", "Blackwell"),
                    said("x2", "\u201cCruz,\u201d Blackwell said again.", "Cruz", "Blackwell"),
                    said("x3", "\u201cI oppose the deal,\u201d he said.", "I oppose the deal", "he")])
    assert store.quote_groups() == []
    assert store.positions() == []


def _one_article_two_claimants(second_speaker_code: str) -> Result:
    from newsgraph.records import Quote

    from corpus_articles import event, span

    text = ("Lavrov said Moscow had invited the US to the talks. Shamkhani said Russia has not sent any "
            "invitation to the US.")
    quotes = tuple(
        Quote(content=span(text, content), speaker=span(text, who), speaker_resolved=None, speaker_actor=code,
              cue=span(text, "said", nth), direct=False, kind="reported")
        for content, who, code, nth in (("Moscow had invited the US to the talks", "Lavrov", "RUSGOV", 0),
                                        ("Russia has not sent any invitation to the US", "Shamkhani",
                                         second_speaker_code, 1))
    )
    events = (
        event(text, "invited", plover="AGREE", cameo="036", source=("Moscow", "RUSGOV"), target=("the US", "USA")),
        event(text, "sent", plover="AGREE", cameo="036", source=("Russia", "RUS"), target=("the US", "USA"),
              negated=True),
    )
    return Result("one", text, None, "2017-01-19", quotes=quotes, events=events)


def test_one_article_reporting_both_sides_is_a_contradiction_between_its_speakers() -> None:
    (found,) = _store([_one_article_two_claimants("IRNGOV")]).contradictions()
    assert found.a.evidence.text.startswith("Lavrov said") and found.b.evidence.text.startswith("Shamkhani said")
    # The same claimant correcting itself inside one article is not a contradiction between sources.
    assert _store([_one_article_two_claimants("RUSGOV")]).contradictions() == []


@pytest.mark.slow
def test_the_reference_article_contradiction_is_found(astana_result: Result) -> None:
    found = _store([astana_result]).contradictions(type="negation")
    pairs = [(c.a.evidence.text, c.b.evidence.text) for c in found]
    assert any("invited the US" in a and "joint invitation" in b for a, b in pairs), pairs


def test_uncoded_pronouns_do_not_join_reports_of_other_articles() -> None:
    from corpus_articles import event

    def said(doc_id: str, text: str) -> Result:
        return Result(doc_id, text, None, "2017-01-19", events=(
            event(text, "invited", plover="AGREE", cameo="036", source=("He", None), target=("the US", "USA")),))

    store = _store([said("one", "He invited the US."), said("two", "He invited the US to Astana.")])
    assert len(store.clusters()) == 2
    named = _store([Result(r.doc_id, r.text.replace("He", "Putin"), None, "2017-01-19", events=(
        event(r.text.replace("He", "Putin"), "invited", plover="AGREE", cameo="036", source=("Putin", None),
              target=("the US", "USA")),)) for r in store.results()])
    assert len(named.clusters()) == 1


@pytest.mark.parametrize("kind", ["clusters", "positions", "contradictions"])
def test_a_page_of_findings_is_the_same_slice_of_the_whole(kind: str) -> None:
    store = _store(EVERYTHING)
    everything = [item.to_dict() for item in getattr(store, kind)()]
    assert len(everything) >= 2, f"the corpus must give at least two {kind} for this test to mean anything"
    assert getattr(store, f"count_{kind}")() == len(everything)
    for limit, offset in [(1, 0), (1, 1), (2, 1), (50, len(everything) - 1), (5, len(everything))]:
        page = [item.to_dict() for item in getattr(store, kind)(limit=limit, offset=offset)]
        assert page == everything[offset : offset + limit]


def test_unplaced_agents_of_two_articles_are_not_one_party() -> None:
    # "---REB" says only that some rebels acted: two stories' rebels need not be the same.
    from corpus_articles import event

    def rebels(doc_id: str, text: str, *, negated: bool = False) -> Result:
        return Result(doc_id, text, None, "2017-01-19", events=(
            event(text, "released", plover="RETREAT", cameo="0841", source=("The rebels", "---REB"),
                  target=("five hostages", "---CVL"), negated=negated),))

    freed = rebels("one", "The rebels released five hostages.")
    store = _store([freed, rebels("two", "The rebels released five hostages, police said.")])
    assert len(store.clusters()) == 2
    assert store.positions() == []
    denied = rebels("three", "The rebels have not released five hostages.", negated=True)
    assert _store([freed, denied]).contradictions() == []
    # Placed, the same two reports are one event of one party.
    placed = [Result(r.doc_id, r.text, None, r.published, events=tuple(
        event(r.text, "released", plover="RETREAT", cameo="0841", source=("The rebels", "SYRREB"),
              target=("five hostages", "SYRCVL")) for _ in r.events)) for r in store.results()]
    assert len(_store(placed).clusters()) == 1


def _quoted(text: str, *, speaker: str, cue: str, content: str, resolved: str | None = None) -> StoredQuote:
    quote = Quote(content=span(text, content), speaker=span(text, speaker), speaker_resolved=None,
                  speaker_actor=None, cue=span(text, cue), direct=False,
                  content_resolved=span(text, resolved) if resolved else None)
    return StoredQuote(Found("post-1", "post.example", "2016-05-02", None, 0), quote)


def test_a_quote_position_names_what_a_relative_pronoun_content_stands_for() -> None:
    text = "The mayor read out the remarks, which Dana Holt condemned."
    (position,) = quote_positions([_quoted(text, speaker="Dana Holt", cue="condemned", content="which",
                                           resolved="the remarks")])
    assert (position.actor_code, position.stance, position.object) == ("Dana Holt", "rejects", "the remarks")


@pytest.mark.parametrize("speaker", ["their", "their coach", "whose leaders", "which", "those", "both of whom"])
def test_a_speaker_opening_with_an_unresolved_pronoun_states_no_position(speaker: str) -> None:
    text = f"The league, {speaker} called for a new stadium vote, met on Friday."
    quoted = _quoted(text, speaker=speaker, cue="called for", content="a new stadium vote")
    assert quote_positions([quoted]) == []


def test_a_quote_agreeing_to_do_something_states_no_position() -> None:
    text = "The studio agreed to pay the writers a bonus."
    deal = _quoted(text, speaker="The studio", cue="agreed", content="to pay the writers a bonus")
    assert quote_positions([deal]) == []
    text = "The studio agreed to the writers' demands."
    agreed = _quoted(text, speaker="The studio", cue="agreed", content="to the writers' demands")
    (position,) = quote_positions([agreed])
    assert (position.stance, position.object) == ("supports", "to the writers' demands")


def test_a_quote_position_about_nothing_said_is_left_out() -> None:
    text = "Dana Holt thanked the voters whom she supported."
    assert quote_positions([_quoted(text, speaker="Dana Holt", cue="thanked", content="whom she supported")]) == []
