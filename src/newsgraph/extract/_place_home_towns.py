"""Towns of the story's own state that the tagger took for people or firms, found where the words say place.

Owns one rule of local news. A name like "Clinton", "Gainesville" or
"Sherman" is as often a person as a town, so the mention sources leave it out
when the tagger calls it a person or an organisation, or when it is one of
``stopwords.tsv``. Once the story's other places settle on one US state (or
Canadian province), such a name is that state's town where its words give a
place: right after a preposition of place ("in Clinton", "over Gainesville",
"a manager of Fitzgerald"), or listed with a place ("Gainesville and
Duluth"). The gazetteer must have a town or county of the name in that state;
"met with Clinton" has no place word, and a Clinton in a story of another
state's towns is no evidence for either reading, so both stay out.

The same words settle a name the mention sources did take but the resolver
left without support ("volunteers from Crockett", tagged a firm).

Runs after resolution: the town found this way is pinned at once to its
entry in the home state and takes no part in settling the other names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy
from spacy.attrs import IS_TITLE
from spacy.tokens import Doc, Span, Token

from newsgraph.extract._gazetteer import Entry, Gazetteer, name_key
from newsgraph.extract._place_cues import inside_name
from newsgraph.extract._place_features import Feature
from newsgraph.extract._place_record import MAX_NAME_TOKENS, Mention, mention_of

# Words after which a name of the story's state is where something is or goes: "in Clinton",
# "over Gainesville", "on to Sherman", "Pack 136 of Madison". Not "with" or "by", which take people,
# nor "at", which takes firms and colleges as often ("a year at Stanford").
PLACE_WORDS = frozenset(
    "in near outside inside over through toward towards to from into via around across of".split()
)
# Labels under which the tagger hides a town of the story; a place label is the mention sources' own.
HIDING_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# The story's home state is the one it names this many times or more, this many times as often as any other.
HOME_MENTIONS = 3
HOME_LEAD = 2
_TOWN_FEATURES = frozenset({"city", "admin2"})


def with_home_state_towns(
    doc: Doc, mentions: list[Mention], gazetteer: Gazetteer, *, features: Sequence[Feature] = ()
) -> list[Mention]:
    """``mentions`` (resolved) plus the home state's towns found in a place context, in text order.

    ``features`` are the named roads, parks and waters already found: their words are no town's.
    """
    home = _home_state(mentions)
    if home is None:
        return mentions
    settled: dict[str, Entry] = {}  # name key -> the home state's town this step pinned it to
    taken = bytearray(len(doc))
    for found_span in [*mentions, *features]:
        span = doc.char_span(found_span.start, found_span.end, alignment_mode="expand")
        if span is not None:
            taken[span.start : span.end] = b"\x01" * len(span)
    for mention, following in zip(mentions, [*mentions[1:], None]):
        # A name the resolver left without support ("volunteers from Crockett", tagged a firm) is the
        # home state's town in the same words; not one whose qualifier names another state.
        if mention.resolved is None and not mention.stray and not _qualified(mention, following):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            entry = None if span is None else _home_entry(span, gazetteer, home)
            if entry is not None and _ends_name(span) and _place_context(span, taken) and _home_without(
                mentions, mention.key, home
            ):
                mention.resolved = entry
                settled[mention.key] = entry
    found: list[Mention] = []
    # Only capitalised words can start a name: their indices, read at C speed rather than token by token.
    titles = [int(index) for index in numpy.flatnonzero(doc.to_array(IS_TITLE))] if len(doc) else []
    resume = 0
    for index in titles:
        # The cheap test of place words first: most capitalised words have none, and need no lookup.
        if index < resume or taken[index] or not _may_be_placed(doc, index):
            continue
        name = _name_at(doc, index, taken, gazetteer, home)
        if name is None:
            continue
        span, entry = name
        resume = span.end
        if _place_context(span, taken) and _home_without(mentions, name_key(span.text), home):
            hits = tuple(hit for hit in gazetteer.lookup(span.text) if hit.entry is entry)
            mention = mention_of(span, hits, sure=True)
            mention.resolved = entry
            found.append(mention)
            settled[mention.key] = entry
            taken[span.start : span.end] = b"\x01" * len(span)
    for mention in mentions:
        # The name's other mentions the resolver left without support: "the Springfield Science Museum".
        if mention.resolved is None and not mention.stray and mention.qualifier is None:
            mention.resolved = settled.get(mention.key)
    found.extend(_repeats(doc, titles, settled, taken, gazetteer))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda mention: mention.start)


def _repeats(
    doc: Doc, titles: list[int], settled: dict[str, Entry], taken: bytearray, gazetteer: Gazetteer
) -> list[Mention]:
    """Other occurrences of the names pinned here, in any words: once "over Gainesville" is the town,
    "the Gainesville Riding Club" names it too. Not a word of a longer name ("Tom Gainesville")."""
    found: list[Mention] = []
    if not settled:
        return found
    longest = max(len(key.split()) for key in settled)
    for index in titles:
        token = doc[index]
        if taken[index] or inside_name(token):
            continue
        for end in range(min(len(doc), token.i + longest), token.i, -1):
            span = doc[token.i : end]
            entry = settled.get(name_key(span.text))
            if entry is None or any(taken[token.i : end]) or (token.ent_type_ == "PERSON" and not _whole_name(span)):
                continue
            hits = tuple(hit for hit in gazetteer.lookup(span.text) if hit.entry is entry)
            mention = mention_of(span, hits, sure=True, in_name=token.ent_type_ not in ("", "GPE", "LOC", "FAC"))
            mention.resolved = entry
            found.append(mention)
            taken[token.i : end] = b"\x01" * (end - token.i)
            break
    return found


def _qualified(mention: Mention, following: Mention | None) -> bool:
    """The mention has a "Town, State" qualifier that stands: a country after the comma that the story
    settled as a town of its own ("from Crockett, Palestine and Houston", Texas towns) was the next of a list."""
    if mention.qualifier is None:
        return False
    if mention.qualifier.feature == "country" and following is not None and following.resolved is not None:
        return following.resolved is mention.qualifier or following.resolved.feature != "city"
    return True


def _home_state(mentions: list[Mention], *, without: str | None = None) -> str | None:
    """The state or province the story names most: at least ``HOME_MENTIONS`` times, and at least
    ``HOME_LEAD`` times as often as any other (a stray namesake elsewhere must not hide it).

    ``without`` is a name left out of the count: a name is no evidence for itself ("Columbia", a savings
    bank named eight times, some of them pinned on the Missouri town, makes no story of Missouri).
    """
    states = Counter(
        mention.resolved.admin1 for mention in mentions
        if mention.resolved is not None and mention.resolved.admin1 and mention.key != without
    )
    ranked = states.most_common(2)
    if not ranked or ranked[0][1] < HOME_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < HOME_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def _home_without(mentions: list[Mention], key: str, home: str) -> bool:
    """Whether the story's other names than ``key`` make ``home`` its state (only recounted when ``key``
    has resolved mentions of its own)."""
    if not any(mention.key == key and mention.resolved is not None for mention in mentions):
        return True
    return _home_state(mentions, without=key) == home


def _name_at(doc: Doc, index: int, taken: bytearray, gazetteer: Gazetteer, home: str) -> tuple[Span, Entry] | None:
    """The longest capitalised name starting at ``index`` that is a town or county of the ``home`` state."""
    token = doc[index]
    if not token.is_title or not token.is_alpha or token.ent_type_ not in HIDING_LABELS or inside_name(token):
        return None
    stop = index + 1
    while stop < len(doc) and stop - index < MAX_NAME_TOKENS and not taken[stop] and doc[stop].is_title:
        stop += 1
    for end in range(stop, index, -1):
        span = doc[index:end]
        entry = _home_entry(span, gazetteer, home)
        if entry is not None:
            return (span, entry) if _whole_name(span) else None
    return None


def _home_entry(span: Span, gazetteer: Gazetteer, home: str) -> Entry | None:
    """The biggest town, else county, of the name in the ``home`` state."""
    entries = [hit.entry for hit in gazetteer.lookup(span.text)
               if hit.rank >= 1 and hit.entry.admin1 == home and hit.entry.feature in _TOWN_FEATURES]
    if not entries:
        return None
    return max(entries, key=lambda entry: (entry.feature == "city", entry.population, entry.towns))


def _whole_name(span: Span) -> bool:
    """The span is the whole name, and the tagger's entity, if any, is just the span ("Bill Clinton" is no town)."""
    doc = span.doc
    if span[0].ent_type_ and (span[0].ent_iob_ != "B" or (span.end < len(doc) and doc[span.end].ent_iob_ == "I")):
        return False
    return _ends_name(span)


def _ends_name(span: Span) -> bool:
    """No capitalised word follows ("in Clinton Township" is another place, "From Lansing State Journal" a
    newspaper), nor a possessive ("in Clinton's view" is the person's)."""
    doc = span.doc
    if span.end < len(doc):
        following = doc[span.end]
        return not (following.is_title or following.text in ("'s", "\u2019s"))
    return True


def _may_be_placed(doc: Doc, index: int) -> bool:
    """Whether a capitalised name starting at ``index`` could pass :func:`_place_context`: a word of place
    before it, or a word of its capitalised run in a list."""
    if index > 0 and doc[index - 1].lower_ in PLACE_WORDS:
        return True
    for position in range(index, min(len(doc), index + MAX_NAME_TOKENS)):
        token = doc[position]
        if not token.is_title:
            break
        if token.dep_ in ("conj", "appos") or token.n_rights and any(child.dep_ == "conj" for child in token.rights):
            return True
    return False


def _place_context(span: Span, taken: bytearray) -> bool:
    """Right after a word of place, or in a list with a place the story already has."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in PLACE_WORDS:
        return True
    root = span.root
    if root.dep_ in ("conj", "appos") and _is_taken(root.head, taken):
        return True
    return any(child.dep_ == "conj" and _is_taken(child, taken) for child in root.children)


def _is_taken(token: Token, taken: bytearray) -> bool:
    return bool(taken[token.i]) and token.is_title
