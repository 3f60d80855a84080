"""Organisations introduced by a description: "the Palestinian militant group Hamas".

Wire copy names an armed group, party or agency after a description of it:
"the Nigerian jihadist group Boko Haram", "militant group al-Shabab", "the
U.N. agency UNICEF". The description is the name's, not a second actor: read
alone, "Nigerian" would make Nigeria act, and the parser often makes the
description's noun a co-subject of the name ("group" and "Hamas" both subjects
of "fired"). The description joins the name's mention, which the name codes.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_scene import Scene, left_start

# Lexicon kinds a description may introduce by name: an organisation. A country after a noun ("told reporters
# Iran ..."), a person or a user dictionary's entry, which may be a person ("minister Calimehtar": the title
# belongs to the people finder, and its owner places the person), is not introduced.
_INTRODUCED_KINDS = frozenset({"organization"})


def find_introduced_names(scene: Scene) -> None:
    """Mark each named organisation's introducing description (``Scene.introduced``) and take its words."""
    doc = scene.doc
    for match in scene.matches:
        if match.kind not in _INTRODUCED_KINDS or match.start == 0 or not scene.free(match.start, match.end):
            continue
        noun = doc[match.start - 1]
        if not _introduces(noun, doc[match.start : match.end].root):
            continue
        name = doc[match.start : match.end].root
        # "The U.N. children's agency UNICEF": modifiers the parser hung on the name describe it too.
        start = min(left_start(noun), left_start(name)) if noun.head == name else left_start(noun)
        while start < noun.i and not scene.free(start, noun.i + 1):
            start += 1  # a person among the modifiers keeps their mention
        scene.introduced[match.start] = start
        scene.take(start, noun.i + 1)


def _introduces(noun: Token, name: Token) -> bool:
    """Whether a common noun right before a name describes it: the name in apposition to it ("the group Boko
    Haram"), the noun a modifier of the name, or the two side by side in one role ("group" and "Hamas" both
    subjects). Not a noun whose relative clause the name opens ("the territory Hamas controls")."""
    if noun.pos_ != "NOUN" or not noun.is_lower or name.dep_ == "compound":
        return False  # "an emergency Security Council meeting": the name itself only modifies a noun
    if name.dep_ == "appos" and name.head == noun:
        return True
    if noun.dep_ in ("compound", "nmod", "amod") and noun.head == name:
        return True
    return noun.dep_ == name.dep_ and noun.head == name.head and noun.dep_ != "conj"
