"""The person a definite description speaker names, by the words the text put beside that person's name.

"the Florida senator said" means the person the document called "Florida
Sen. Ana Ruiz" or "Ruiz, the Florida senator,": a description is matched
against the titles before each person's name, the apposition after it and a
copula's noun ("Ruiz is a senator"), never against whoever was last the
subject, which in "Hale attacked Ruiz. The senator said ..." is the rival.
Titles are read in full ("Sen." as "senator"; resources: role_abbreviations).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._quote_lexicon import CueLexicon

_NAME_LABELS = frozenset({"PERSON"})
_DESCRIBING = frozenset({"NOUN", "PROPN", "ADJ"})
# How a word of a title before a name hangs on it: "Florida Sen.", "Secretary of State"
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "prep", "pobj"})
_TITLE_STEPS = 6
# Tokens back to the person's last mention: a description names someone the passage is about
_RECENT = 150


@dataclass(frozen=True, slots=True)
class Described:
    token: int  # first token of the name
    start: int  # character offsets of the name
    end: int
    words: frozenset[str]  # lower-case lemmas of the words that describe the person there
    full: bool  # the name has more than one word ("Ana Ruiz", not "Ruiz")


def described_people(doc: Doc, lexicon: CueLexicon) -> list[Described]:
    """Every person name of ``doc`` with the words describing it at that mention, in text order."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS:
            continue
        beside = _title_words(ent) | _apposition_words(ent.root) | _copula_words(ent.root) | _inner_titles(ent, lexicon)
        words = frozenset(lexicon.role_abbreviations.get(word, word) for word in beside)
        end = ent.end_char
        if ent[-1].lower_ in ("'s", "’s"):
            end = ent[-1].idx  # "Ana Ruiz's": the name without its possessive
        if end > ent.start_char:
            found.append(Described(ent.start, ent.start_char, end, words, len(ent) > 1))
    return found


def described_person(head: Token, people: list[Described], lexicon: CueLexicon) -> tuple[int, int] | None:
    """Character offsets of the person named before ``head`` whom the description headed by ``head``
    fits: the role noun, and every capitalised modifier ("the Vermont senator"), must be among the words
    the text put beside one of that person's names; of several such people, the one whose words share
    most of the description's other modifiers, then the one named last (by any mention of the surname:
    "Cruz defends ...: '...,' the senator says" is Cruz even when another senator was titled later)."""
    role = head.lemma_.lower()
    kinds = lexicon.role_kinds.get(role, ())
    if role not in lexicon.role_nouns and not kinds:
        return None

    def fits(known: set[str] | frozenset[str]) -> bool:
        return role in known or any(title <= known for title in kinds)

    proper: set[str] = set()
    other: set[str] = set()
    for child in head.children:
        if child.dep_ not in ("amod", "compound") or child.pos_ not in _DESCRIBING:
            continue
        word = lexicon.role_abbreviations.get(child.lemma_.lower(), child.lemma_.lower())
        (proper if child.text[:1].isupper() else other).add(word)
    words: dict[str, set[str]] = {}
    named: dict[str, Described] = {}
    full_names: dict[str, set[str]] = {}
    text = head.doc.text  # built anew on each read: once per description, not per name
    for person in people:
        if person.end > head.idx:
            break
        surname = _surname(text, person)
        words.setdefault(surname, set()).update(person.words)
        if person.full:
            full_names.setdefault(surname, set()).add(text[person.start : person.end])
        if surname not in named or (person.full and (fits(person.words) or not named[surname].full)):
            named[surname] = person  # the full name that carried the role: "former President G. Bush", not "Jeb Bush"
    last_seen = _last_mentions(head)
    best: tuple[int, int, str] | None = None
    for surname, known in words.items():
        if not fits(known) or not proper <= known:
            continue
        if head.i - last_seen.get(surname, -_RECENT) > _RECENT:
            continue  # a senator named long ago is not "the senator" of a passage about someone else
        if len(full_names.get(surname, ())) > 1 and not fits(named[surname].words):
            continue  # "Bush" was a president, but which of the Bushes the text does not say
        key = (len(other & known), last_seen.get(surname, -1), surname)
        if best is None or key > best:
            best = key
    if best is None:
        return None
    person = named[best[2]]
    return person.start, person.end


def _surname(text: str, person: Described) -> str:
    return text[person.start : person.end].split()[-1]


def _last_mentions(head: Token) -> dict[str, int]:
    """Each capitalised word before ``head`` mapped to its last position: when a surname was last seen."""
    return {token.text: token.i for token in head.doc[: head.i] if token.text[:1].isupper()}


def _inner_titles(ent: Span, lexicon: CueLexicon) -> set[str]:
    """A title the tagger took into the name: "Sen. Ana Ruiz" tagged whole as a person."""
    words = {token.lemma_.lower() for token in ent[:-1]}
    return {word for word in words if word in lexicon.role_abbreviations or word in lexicon.role_nouns}


def _title_words(ent: Span) -> set[str]:
    """Words before a name that the parser hung on it: "Florida Sen. Ana Ruiz", "GOP front-runner X"."""
    words: set[str] = set()
    doc = ent.doc
    index = ent.start - 1
    # a word may hang on the title rather than the name: "Florida" on "Sen." in "Florida Sen. Ana Ruiz",
    # and a title may hold an of-phrase: "State" in "U.S. Secretary of State Antony Blinken"
    while index >= 0 and _hangs_on_name(doc[index], ent):
        if doc[index].pos_ in _DESCRIBING:
            words.add(doc[index].lemma_.lower())
        index -= 1
    return words


def _hangs_on_name(token: Token, ent: Span) -> bool:
    """Whether ``token`` leads to the name through words of a title ("Sen.", "of", "State") only."""
    current = token
    for _ in range(_TITLE_STEPS):
        if ent.start <= current.i < ent.end:
            return True
        if current.dep_ not in _TITLE_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _apposition_words(root: Token) -> set[str]:
    """The words of an apposition on either side: "Ruiz, the Florida senator," and "the senator, Ruiz"."""
    nouns = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return {word for noun in nouns for word in _phrase_words(noun)}


def _copula_words(root: Token) -> set[str]:
    """The noun a copula gives its subject: "Ruiz is a senator from Florida"."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return set()
    return {word for child in verb.children if child.dep_ == "attr" for word in _phrase_words(child)}


def _phrase_words(noun: Token) -> set[str]:
    """The head noun and its describing words ("the former Florida senator": senator, former, florida)."""
    if noun.ent_type_ in _NAME_LABELS:
        return set()
    words = {noun.lemma_.lower()}
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.pos_ in _DESCRIBING:
            words.add(child.lemma_.lower())
    return words
