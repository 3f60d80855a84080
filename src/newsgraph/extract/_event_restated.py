"""A speaker's words quoted right after the act they were reported as: one act, not two.

News tells a statement, then quotes it: "Albright promised to find the bombers. 'We promise that we will
find them,' she said"; "Ghana deplored the bombing. 'The Ghanaian government deplores this cowardly act,' the
ministry said." The quoted act restates the reported one when it has the same code and
the same source as an event told outside the quote, in its own sentence or the two before, and no other target
(one of the two may name none). A quoted act of another code or source ("'We will retaliate,' Iran said"
after "Iran condemned the raid") is an act of its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from newsgraph.records import Event, Quote

# How many sentences before the quoted act's own the reported act may be told.
_REACH = 2


def restated(event: Event, quote: Quote, earlier: Sequence[Event], sentence_starts: Sequence[int]) -> bool:
    """Whether ``event``, told inside ``quote``, repeats one of the ``earlier`` events of the article.

    ``sentence_starts`` are the start offsets of the article's sentences, in order.
    """
    # Only words wholly in quotation marks: a partial quote's content may hold the report itself ('Obama rebuked
    # critics who say he should condemn "radical Islamists"'), which a headline may have told before.
    if not quote.direct or event.source is None or event.source.code is None:
        return False
    own = _sentence_number(event.sentence.start, sentence_starts)
    reach_from = sentence_starts[max(0, own - _REACH)]
    for other in reversed(earlier):
        if other.trigger.start < reach_from:
            return False
        if quote.content.start <= other.trigger.start < quote.content.end:
            continue  # told in the same quote: the speaker says two things
        if _same_act(event, other):
            return True
    return False


def _same_act(event: Event, other: Event) -> bool:
    if other.cameo != event.cameo or other.source is None or other.source.code != event.source.code:  # type: ignore[union-attr]
        return False
    if event.target is None or other.target is None:
        return True
    return event.target.code == other.target.code


def _sentence_number(start: int, sentence_starts: Sequence[int]) -> int:
    return max(0, bisect_right(sentence_starts, start) - 1)
