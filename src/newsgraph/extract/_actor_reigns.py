"""A monarch's title and name listed for a reign ("King Abdullah", "Sultan Qaboos") read outside that reign
is the title alone.

The lexicon lists some rulers by title and regnal name, dated to their reigns, because news names them so.
On a day no row holds (before or after the reign, or when two kings bore the name at once) the listed
phrase codes nothing, and as the longest match it would also hide the title from the rules that read it:
"King Abdullah of Jordan" in 2010 would lose the "of Jordan" that places him. Outside its dates the match
gives way to the title's own role entry, and the name to the tagger's person rules.
"""

from __future__ import annotations

from newsgraph.extract._actor_entries import LexEntry
from newsgraph.extract._actor_lexicon import ActorLexicon
from newsgraph.extract._actor_match import Match


def titles_out_of_reign(matches: list[Match], lexicon: ActorLexicon, day: str | None) -> list[Match]:
    """``matches`` with each listed title-and-name out of its dates replaced by its title's role."""
    result: list[Match] = []
    for match in matches:
        role = _title_role(match, lexicon) if match.kind == "person" and _out_of_dates(match, day) else None
        result.append(Match(match.start, match.start + 1, role) if role is not None else match)
    return result


def _out_of_dates(match: Match, day: str | None) -> bool:
    codes = match.entry.codes
    return day is not None and bool(codes) and all(code.dated for code in codes) and match.entry.code_on(day) is None


def _title_role(match: Match, lexicon: ActorLexicon) -> LexEntry | None:
    """The one-word role entry of the listed phrase's first word ("king"), if it has one."""
    first = match.entry.words[0] if match.entry.words else ""
    return next(
        (entry for entry in lexicon.index.get(first, ()) if entry.kind == "role" and entry.words == (first,)),
        None,
    )
