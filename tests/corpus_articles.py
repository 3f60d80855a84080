"""Hand-written articles and hand-built contract records for the store, aggregate and export tests.

Spans are found by phrase in each text, so every offset is real:
``text[start:end] == span.text`` holds by construction.
"""

from __future__ import annotations

from newsgraph.records import (
    Actor,
    CodedSpan,
    Event,
    Location,
    Place,
    Quote,
    RemovedSpan,
    Result,
    Span,
    TextRange,
    Timex,
)

ASTANA = Location(name="Astana", country="KAZ", lat=51.18, lon=71.45, geonameid=1526273)
MOSCOW = Location(name="Moscow", country="RUS", lat=55.75, lon=37.62, geonameid=524901)


def span(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span.of(text, start, start + len(phrase))


def coded(text: str, phrase: str, code: str | None, actor_id: str | None = None) -> CodedSpan:
    found = span(text, phrase)
    return CodedSpan(found.start, found.end, found.text, code, actor_id)


def sentence(text: str, phrase: str) -> TextRange:
    """The sentence around ``phrase``: from after the previous full stop to the next one, inclusive."""
    at = text.index(phrase)
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    end = text.find(".", at + len(phrase))
    return TextRange(start, len(text) if end < 0 else end + 1)


def event(
    text: str,
    trigger: str,
    *,
    plover: str,
    cameo: str,
    source: tuple[str, str | None] | None,
    target: tuple[str, str | None] | None,
    negated: bool = False,
    date: str | None = None,
    date_source: str | None = None,
    location: Location | None = None,
    reported_by: str | None = None,
    hypothetical: bool = False,
) -> Event:
    return Event(
        plover=plover, cameo=cameo, mode=None, negated=negated,
        source=coded(text, *source) if source else None,
        target=coded(text, *target) if target else None,
        trigger=span(text, trigger), date=date, date_text=None, location=location,
        sentence=sentence(text, trigger), hypothetical=hypothetical, reported_by=reported_by,
        date_source=date_source, goldstein=4.0 if plover == "AGREE" else None,
        quad_class=1 if plover == "AGREE" else None,
    )


def _timex(text: str, phrase: str, value: str) -> Timex:
    found = span(text, phrase)
    return Timex(found.start, found.end, found.text, value)


def _place(text: str, phrase: str, where: Location) -> Place:
    found = span(text, phrase)
    return Place(found.start, found.end, found.text, where.name, where.country, where.lat, where.lon,
                 where.geonameid, feature="PPLC")


def invitation(doc_id: str, url: str | None, published: str, text: str, *, trigger: str = "invited",
               source: str = "Moscow", target: str = "the United States") -> Result:
    """An article reporting that Russia invited the US to the Astana talks."""
    return Result(
        doc_id=doc_id, text=text, title=None, published=published, url=url,
        events=(event(text, trigger, plover="AGREE", cameo="036", source=(source, "RUSGOV"),
                      target=(target, "USA"), date="2017-01-19", date_source="text", location=ASTANA),),
    )


REUTERS = invitation(
    "reuters-1", "https://www.reuters.com/world/syria-talks-1", "2017-01-19",
    "Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow invited the United States to the "
    "Syria peace talks in Astana. The talks are due to begin on January 23.",
)
AP = invitation(
    "ap-7", "https://apnews.com/article/astana-7", "2017-01-19",
    "ASTANA (AP) - Moscow invited the United States to next week's Syria talks, Russia's top diplomat said "
    "on Thursday.",
)
PRESSTV = invitation(
    "presstv-3", "https://www.presstv.ir/Detail/2017/01/20/3", "2017-01-20",
    "In another development on Thursday, Russian Foreign Minister Sergei Lavrov announced that Moscow had "
    "invited the US to attend the Syria peace talks.",
    target="the US",
)

_DENIAL_TEXT = (
    "On Wednesday, Ali Shamkhani said Iran, Russia and Turkey have not sent any joint invitation to the US "
    "for taking part in the talks."
)
DENIAL = Result(
    doc_id="tasnim-9", text=_DENIAL_TEXT, title=None, published="2017-01-19",
    url="https://www.tasnimnews.com/en/news/9",
    events=(event(_DENIAL_TEXT, "sent", plover="AGREE", cameo="036", source=("Russia", "RUS"),
                  target=("the US", "USA"), negated=True, reported_by="IRNGOV"),),
)

_OTHER_DENIAL_TEXT = "Moscow has not invited Israel to the Astana talks, a Kremlin spokesman said."
OTHER_DENIAL = Result(
    doc_id="kremlin-2", text=_OTHER_DENIAL_TEXT, title=None, published="2017-01-19", url=None,
    events=(event(_OTHER_DENIAL_TEXT, "invited", plover="AGREE", cameo="036", source=("Moscow", "RUSGOV"),
                  target=("Israel", "ISR"), negated=True),),
)

_ZARIF_TEXT = (
    "Iranian Foreign Minister Mohammad Javad Zarif said, \u201cWe have not invited the US and oppose their "
    "presence at the talks.\u201d\nMore: Syria | Iran"
)
ZARIF = Result(
    doc_id="irna-4", text=_ZARIF_TEXT, title="Zarif opposes US presence", published="2017-01-18",
    url="https://en.irna.ir/news/4",
    removed=(RemovedSpan(_ZARIF_TEXT.index("More:"), len(_ZARIF_TEXT), "related", "link list"),),
    actors=(
        Actor(id="a1", code="IRNGOV", name="Mohammad Javad Zarif", country="IRN", sector="GOV",
              mentions=(span(_ZARIF_TEXT, "Mohammad Javad Zarif"),), kind="person"),
        Actor(id="a2", code="USA", name="United States", country="USA", sector=None,
              mentions=(span(_ZARIF_TEXT, "US"),)),
    ),
    quotes=(
        Quote(content=span(_ZARIF_TEXT, "We have not invited the US and oppose their presence at the talks."),
              speaker=span(_ZARIF_TEXT, "Mohammad Javad Zarif"), speaker_resolved=None, speaker_actor="IRNGOV",
              cue=span(_ZARIF_TEXT, "said"), direct=True),
    ),
    timexes=(),
    places=(),
)

_PESKOV_TEXT = (
    "\u201cWe continue contacts with our Iranian counterparts, including regarding discussions of the topic,\u201d "
    "Kremlin spokesman Dmitry Peskov said on Thursday in Moscow."
)
PESKOV = Result(
    doc_id="peskov-1", text=_PESKOV_TEXT, title=None, published="2017-01-19", url="https://tass.com/politics/1",
    actors=(Actor(id="a1", code="RUSGOV", name="Dmitry Peskov", country="RUS", sector="GOV",
                  mentions=(span(_PESKOV_TEXT, "Dmitry Peskov"), span(_PESKOV_TEXT, "Kremlin"))),),
    quotes=(Quote(content=span(_PESKOV_TEXT, "We continue contacts with our Iranian counterparts, including "
                                             "regarding discussions of the topic,"),
                  speaker=span(_PESKOV_TEXT, "Dmitry Peskov"), speaker_resolved=None, speaker_actor="RUSGOV",
                  cue=span(_PESKOV_TEXT, "said"), direct=True),),
    events=(event(_PESKOV_TEXT, "contacts", plover="CONSULT", cameo="040", source=("Kremlin", "RUSGOV"),
                  target=("Iranian counterparts", "IRNGOV"), date="2017-01-19", date_source="text",
                  location=MOSCOW),),
    timexes=(_timex(_PESKOV_TEXT, "on Thursday", "2017-01-19"),),
    places=(_place(_PESKOV_TEXT, "Moscow", MOSCOW),),
)

_PESKOV_AGAIN_TEXT = (
    "Kremlin spokesman Dmitry Peskov said: \u201cWe continue contacts with our Iranian counterparts including "
    "regarding discussions of this topic.\u201d"
)
PESKOV_AGAIN = Result(
    doc_id="peskov-2", text=_PESKOV_AGAIN_TEXT, title=None, published="2017-01-20",
    url="https://www.rt.com/news/2",
    quotes=(Quote(content=span(_PESKOV_AGAIN_TEXT, "We continue contacts with our Iranian counterparts including "
                                                   "regarding discussions of this topic."),
                  speaker=span(_PESKOV_AGAIN_TEXT, "Dmitry Peskov"), speaker_resolved=None, speaker_actor="RUSGOV",
                  cue=span(_PESKOV_AGAIN_TEXT, "said"), direct=True),),
)


def strike(doc_id: str, url: str, published: str, text: str, day: str) -> Result:
    """An article reporting one air strike (for count and date conflicts)."""
    return Result(
        doc_id=doc_id, text=text, title=None, published=published, url=url,
        events=(event(text, "struck", plover="ASSAULT", cameo="195", source=("Syrian jets", "SYRMIL"),
                      target=("rebels", "SYRREB"), date=day, date_source="text"),),
    )


STRIKE_A = strike("strike-a", "https://a.example/1", "2017-02-02",
                  "Syrian jets struck rebels near Idlib on Wednesday, killing 12 people.", "2017-02-01")
STRIKE_B = strike("strike-b", "https://b.example/1", "2017-02-02",
                  "Syrian jets struck rebels near Idlib on Tuesday, killing 15 people.", "2017-01-31")

EVERYTHING = (REUTERS, AP, PRESSTV, DENIAL, OTHER_DENIAL, ZARIF, PESKOV, PESKOV_AGAIN, STRIKE_A, STRIKE_B)
