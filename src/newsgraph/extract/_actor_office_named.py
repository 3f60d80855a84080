"""An office holder titled without a country, whose office the story names with one later:
"Prime Minister Lars Holm said ... The Danish prime minister had warned ...".

A title alone ("Prime Minister X") says no country, and guessing the story's
country for it goes wrong too often. But when the story names that same
one-holder office with a country ("the Danish prime minister", "Denmark's
prime minister"), before or after, with no name of its own, and with no
other country, it says whose office the title is: the titled person is that
country's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import Scene


def country_of_office(scene: Scene, office: str, named_at: set[int]) -> str | None:
    """The code of the one country whose ``office`` (a one-holder title, "prime minister") the
    story names without a name: "the Danish prime minister" -> DNKGOV. ``named_at`` are where the
    titled person's names start (the title before one is the person's own)."""
    doc = scene.doc
    found: set[str] = set()
    # A sentence that names the person and the office names two holders ("X met the Danish
    # prime minister").
    own_sentences = {scene.sentence[i] for i in named_at}
    for match in scene.matches:
        if scene.sentence[match.start] in own_sentences or match.kind != "role" or not match.entry.sole or match.entry.name.lower() != office:
            continue
        if match.end < len(doc) and doc[match.end].pos_ == "PROPN":
            return None  # "Danish Prime Minister Jens Berg": another named holder, maybe another office
        country = _country_before(scene, doc, match)
        if country is None:
            continue
        sector = (match.entry.codes[0].code if match.entry.codes else "").lstrip("~")
        found.add(country[:3] + sector)
    return next(iter(found)) if len(found) == 1 else None


def _country_before(scene: Scene, doc: Doc, role: Match) -> str | None:
    """The country right before a role, as its adjective or possessive ("the Danish", "Denmark's")."""
    end = role.start
    if end > 0 and doc[end - 1].tag_ == "POS":
        end -= 1
    other = scene.match_at[end - 1] if end > 0 else None
    if other is None or other.kind != "country" or other.end != end or other.entry.region:
        return None
    code = scene.code(other)
    return code if code and len(code) >= 3 and "/" not in code else None
