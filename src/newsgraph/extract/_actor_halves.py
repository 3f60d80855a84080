""""The North" and "the South" of divided Korea: the state the story has named in full.

Korea news names the two states once ("North Korea fired a missile") and then calls them "the North"
and "the South". Such a word is that state only when the story names the state elsewhere (its code is
among the story's mentions) and the word heads a noun phrase of its own after "the": "the North
Atlantic", "the South China Sea" and "the north of the country" are places, and a story with no Korea
in it keeps "the South" as the region it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_scene import Scene

# The capitalised word and the state it stands for once named.
_HALVES = {"North": "PRK", "South": "KOR"}


def divided_halves(scene: Scene) -> list[tuple[int, str]]:
    """(token index, country code) of each free "the North" / "the South" whose state the story names."""
    named = {mention.code[:3] for mention in scene.mentions if mention.code}
    found = []
    for token in scene.doc:
        code = _HALVES.get(token.text)
        if code is not None and code in named and not scene.taken[token.i] and _stands_alone(token):
            found.append((token.i, code))
    return found


def _stands_alone(token: Token) -> bool:
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.i > 0
        and doc[token.i - 1].lower_ == "the"
        and token.dep_ not in ("compound", "amod")
        and (after is None or not after.text[:1].isupper() or after.is_sent_start)
        and not any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children)
    )
