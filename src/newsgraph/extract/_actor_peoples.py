"""When a country's name is not its state: peoples and organisations named after a country.

A plural demonym ("Kenyans", "many Germans") or a nationality on a plural noun
that is no role ("Iraqi Kurds") names a people; a hyphenated nationality
("Mexican-American") names a people of its last country, unless a thing between
two parties follows ("Indian-Pakistani talks": both countries); an organisation the
parser finds that opens with a country's name ("the American Civil Liberties
Union") is that country's. None of them is the government the article's acts
make of the country.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_names import (
    members_in,
    mutual_noun_follows,
    people_of,
    people_word_follows,
    person_noun,
)
from newsgraph.extract._actor_scene import Scene


def organisation_named_after(scene: Scene, match: Match) -> Span | None:
    """The parser's organisation that opens with a country's or state's name and goes on with words
    no dictionary knows and no role ("New Hampshire Public Radio"; not "the Russian Foreign Ministry")."""
    if not scene.unknown_org[match.start] or (match.kind != "country" and not match.entry.region):
        return None
    doc = scene.doc
    ent = next((e for e in doc.ents if e.start <= match.start < e.end and e.label_ == "ORG"), None)
    if ent is None or not scene.free(ent.start, ent.end):
        return None
    start = ent.start + (doc[ent.start].lower_ == "the")
    end = ent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "\u2019s")):
        end -= 1
    if start != match.start or end <= match.end:
        return None
    # Only the words before an "of" name its kind: "the American Federation of Teachers" is a union
    # whatever "Teachers" is.
    kind_end = next((i for i in range(start, end) if doc[i].lower_ == "of"), end)
    for i in range(start, kind_end):
        other = scene.match_at[i]
        if other is not None and other.kind != "country" and not other.entry.region:
            return None  # a role, seat or organisation the lexicon knows decides
    return doc[start:end]


def hyphenated_nationality(scene: Scene, match: Match) -> str | None:
    """Which half of a hyphenated nationality ("Mexican-American", "Irish-American") a demonym is:
    "first" (the heritage) or "last" (the people it names); "pair" when the two demonyms are two
    parties to the noun after them ("Indian-Pakistani talks": both countries, as a demonym alone
    before a noun is); None when it is not one."""
    if match.kind != "country" or not match.entry.demonym:
        return None
    doc = scene.doc
    for hyphen, other, half in ((match.end, match.end + 1, "first"), (match.start - 1, match.start - 2, "last")):
        if not (0 <= other < len(doc) and 0 <= hyphen < len(doc)) or doc[hyphen].text != "-":
            continue
        partner = scene.match_at[other]
        if partner is not None and partner.kind == "country" and partner.entry.demonym:
            end = partner.end if half == "first" else match.end
            return "pair" if mutual_noun_follows(doc, end) else half
        if half == "last" and partner is not None and partner.kind == "identity":
            return half  # "African-American", "Arab-American": a heritage, and the people of the country
    before = scene.match_at[match.start - 1] if match.start > 0 else None
    if before is not None and before.kind == "identity" and doc[match.start - 1].whitespace_:
        return "last"  # "African American" written without the hyphen
    return None


def names_people(scene: Scene, match: Match) -> bool:
    """A demonym on a plural noun that is no role: a people ("Iraqi Kurds", "Israeli settlers" is a role);
    or a plural demonym as a noun ("Kenyans voted", "many Germans", "Thousands of Israelis"): the
    people, whatever their state does elsewhere in the article; so is a demonym on one civilian
    ("a British mine removal expert", ``person`` in name_contexts.tsv). So is a country's name or demonym
    before a member, a deed done to or a thing of a people ("an American Muslim", "the Armenian
    genocide", "U.S. voters") or after one and "of" ("the people of America"); a state's stays the state's."""
    doc = scene.doc
    if not match.entry.region and (people_word_follows(doc, match.end) or people_of(doc, match.start)):
        return True
    if not match.entry.demonym:
        return False
    head = doc[match.start : match.end].root
    if head.tag_ in ("NNS", "NNPS") and head.dep_ not in ("amod", "compound"):
        return True
    if _one_of_a_people(head):
        return True
    noun = head.head
    if noun.i < head.i or scene.role_at(noun.i) is not None:
        return False
    if head.dep_ == "compound" and noun.tag_ == "NNP":
        # A capitalised person noun the tagger takes for a name, with the demonym as its compound
        # ("a French Islamist").
        return person_noun(doc, noun.i)
    if head.dep_ != "amod":
        return False
    # "Iraqi villagers"; one civilian ("a British mine removal expert") is also the people's.
    return noun.tag_ in ("NNS", "NNPS") or (noun.tag_ in ("NN", "NNP") and person_noun(doc, noun.i))


# Determiners that pick one of many: "an American", "another freed American", "any American".
_ONE_OF_MANY = frozenset({"a", "an", "another", "any", "each", "every"})


def _one_of_a_people(head: Token) -> bool:
    """A singular demonym as a noun with "a", "an", "another" or "any" ("was an American", "An
    American was hurt", "another freed American"), or counted ("arrested one Sudanese", "two
    Sudanese were held": the demonym's plural is the same word): persons of that people, not the state."""
    return head.dep_ not in ("amod", "compound", "nmod", "poss") and any(
        (child.dep_ == "det" and child.lower_ in _ONE_OF_MANY) or child.dep_ == "nummod" for child in head.children
    )


def people_start(scene: Scene, match: Match) -> int:
    """Where the mention of a people named by ``match`` starts: at its members when the name is
    where they live ("Kurds in Germany" is one mention, so "Kurds" is the party of their acts),
    else at the name."""
    doc = scene.doc
    if members_in(doc, match.start):
        members = doc[match.start - 1].head.i
        if scene.free(members, match.start):
            return members
    return match.start
