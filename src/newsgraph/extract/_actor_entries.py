"""Entries of the actor lexicon and the helpers every actor dictionary format shares.

An entry is a phrase (as normalised word keys) with its kind and its CAMEO
code or codes. Codes may hold only between dates: an office holder is
``USAGOV`` while in office and ``USAELI`` after. Dates are compared as
``YYYYMMDD`` strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# Kinds of entries. ``country`` names a state (acting as a whole it is its
# government); ``seat`` a seat of government or named body of one state
# ("Kremlin", "Pentagon"); ``organization`` an IGO, NGO or armed group;
# ``person`` a known individual; ``actor`` a user dictionary entry taken as
# given; ``role`` a title or role noun; ``ignore`` a phrase that looks like a
# role but names no actor ("general election"); ``identity`` a group that is no
# state: the states of a region, an ethnic or a religious group ("Gulf states",
# "Kurds", "Shiite").
KINDS = ("country", "seat", "organization", "person", "actor", "role", "ignore", "identity")

# Endings a non-exact PETRARCH phrase may take ("ARGENTIN" matches Argentina,
# Argentine, Argentinian). Limited to name and plural endings so that a short
# stem ("ENT") does not swallow ordinary words ("entire").
STEM_SUFFIXES = frozenset(
    ("s", "es", "n", "an", "ans", "ian", "ians", "i", "is", "ese", "a", "ia", "e", "ine", "ines", "ish", "ic")
)

# Codes whose first three letters are an international type, not a country.
INTERNATIONAL = ("IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS")

# Role codes of the people of one country: a user agent with one of these is local.
# Armed groups and radicals (UAF, RAD) are left out: they are as often foreign.
DOMESTIC_SECTORS = frozenset({"OPP", "REB", "SEP", "CVL", "REF", "EDU", "LAB", "AGR", "REL", "HLH"})

_POSSESSIVE = re.compile(r"(\w)(['\u2019]s)\b")
_HYPHENS = re.compile(r"[\s\-\u2010-\u2015]+")
_CODE = re.compile(r"^(?:~[A-Z0-9]{0,15}|[A-Z0-9]{1,15}~|[A-Z0-9+\-]{3,18}(?:/[A-Z0-9]{3,18})*)$")


def word_key(text: str) -> str:
    """The matching key of one word: lower case, letters and digits only ("U.S." -> "us")."""
    if text.isalnum():  # most words: skip the per-character filter
        return text.lower()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The word keys of a phrase; hyphens separate words as spaCy's tokenizer does."""
    # spaCy splits a possessive off its word ("People" + "'s"): so does the phrase, or
    # "Democratic People's Republic of Korea" would never match and "Republic of Korea" would.
    keys = [word_key(part) for part in _HYPHENS.split(_POSSESSIVE.sub(r"\1 \2", phrase.strip()))]
    words = tuple(key for key in keys if key)
    if len(words) > 1 and words[0] == "the":
        # "the Kremlin", "THE HERMIT KINGDOM": the article is matched, or not, by the text.
        words = words[1:]
    return words


def is_acronym(phrase: str) -> bool:
    """True for all-capital short forms ("UN", "WHO"), which must be all-capital in the text."""
    letters = [ch for ch in phrase if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def valid_code(code: str) -> bool:
    return bool(_CODE.match(code))


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code that holds from ``start`` (inclusive) to ``end`` (exclusive); None = open."""

    code: str | None
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One phrase of the lexicon.

    words: normalised word keys (see ``phrase_words``).
    codes: CAMEO codes, possibly dated; roles carry ``~GOV`` style suffixes,
        ``~`` for a role with no sector of its own, ``NGO~`` for a prefix.
    proper: needs a capital letter in the text; acronym: needs all capitals.
    stem: the last word may take a name or plural ending (non-exact PETRARCH entries).
    title: a role that counts only capitalised ("General Petraeus").
    single: a role naming one person ("president") rather than a body or group.
    personal: the plural of a one-person role ("aides", "presidents"): people who each hold it.
    local: a role that may take the country of its sentence or article ("the government",
        "rebels"); officials and troops may not.
    sole: an office a state has one holder of ("president", "king"): a bare "the president"
        may take the country the article is about.
    demonym: a country's adjective or people ("Iranian", "Palestinians"): naming the
        people does not make the state act.
    owned: a mass noun that names an agent only with its owner ("Pakistani intelligence",
        not "share intelligence"): never coded with an unknown country.
    region: a province or state that stands for its country ("withdrew from Chechnya") but is
        an actor of its own and never the country's government ("Texas sued", "Iowa voted").
    generic: a role whose sector gives way to a role word before it ("military officials" are MIL,
        "company officials" BUS).
    kin: someone's kin ("families", "relatives"): a group only with whose they are (an "of" or
        "in" phrase, a nationality), never the sentence's or article's country.
    abroad: a body that stands in another country ("its embassy in Israel" is not Israel's): its
        "in" or "at" phrase is where it is, not whose.
    identity: of an ``identity`` entry, ``region``, ``ethnic`` or ``religion``.
    use: of an ``identity`` entry, whether it names its group as a ``noun`` ("the Kurds"), only as
        an ``adjective`` before a group noun or role ("Kurdish rebels"), or ``both``.
    trade: a role that a common noun before it turns into a trade or a thing ("travel agent",
        "nerve agent"): no actor then, whoever's adjective comes first.
    common: a role word that counts only in lower case ("the union" struck; a capitalised "Union" is part
        of a name: "Civil Liberties Union"), except as a sentence's first word.
    accused: a role an accusation gives ("an alleged spy"): after "alleged", "accused" or
        "suspected" the person is only of the country named, not its agent.
    outside: a role held outside the body it is named with ("Hamas critic", "Kremlin critic"):
        an organisation before it gives only its country, never its own code.
    uprooted: people away from home ("exiles", "refugees"): a town their phrase names is where they
        live, not whose they are ("Miami's exiles", "refugees in Gaziantep").
    member: a seat in a state's body of the role's sector ("lawmaker", "judge"): a bare plural right after one
        country's body is named ("Peru's congress ... Lawmakers said") is that body's members.
    cues: phrases (word keys) one of which the document must hold for the entry to count: a short
        form that also names something else ("IRA" is a retirement account unless the story speaks
        of Ireland, Ulster or Sinn Fein). Empty: no condition.
    """

    words: tuple[str, ...]
    kind: str
    codes: tuple[DatedCode, ...]
    name: str
    proper: bool = True
    acronym: bool = False
    stem: bool = False
    title: bool = False
    single: bool = False
    personal: bool = False
    local: bool = False
    sole: bool = False
    demonym: bool = False
    owned: bool = False
    region: bool = False
    generic: bool = False
    abroad: bool = False
    kin: bool = False
    identity: str = ""
    use: str = ""
    cues: tuple[tuple[str, ...], ...] = ()
    trade: bool = False
    accused: bool = False
    common: bool = False
    outside: bool = False
    member: bool = False
    uprooted: bool = False
    source: str = "builtin"

    def code_on(self, day: str | None) -> str | None:
        """The code in force on ``day`` (``YYYYMMDD``), or the undated default."""
        undated = [c for c in self.codes if not c.dated]
        if day is not None:
            for choice in self.codes:
                if choice.dated and choice.holds_on(day):
                    return _known(choice.code)
            return _known(undated[0].code) if undated else None
        if undated:
            return _known(undated[0].code)
        # No date: the office held last, as news of today would mean ("Antonio Guterres" is the UN's
        # Secretary-General, not the refugee agency's head he was until 2015).
        latest = max(self.codes, key=lambda choice: (choice.end is None, choice.end or "", choice.start or ""), default=None)
        return _known(latest.code) if latest is not None else None


def _known(code: str | None) -> str | None:
    # PETRARCH writes "---" for an actor it recognises but cannot code and "+++" for a placeholder.
    if code is None or code.startswith(("---", "+++")):
        return None
    return code


def plural_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Regular English plurals of a role phrase's last word (official -> officials)."""
    *head, last = words
    if last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"]
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith("man"):
        forms = [last[:-3] + "men"]
    else:
        forms = [last + "s"]
    return [(*head, form) for form in forms if form != last]


def parse_day(value: str) -> str:
    """``YYMMDD`` (PETRARCH, 1930-2029) or ``YYYYMMDD`` or ``YYYY-MM-DD`` -> ``YYYYMMDD``; ValueError if not a date."""
    digits = value.strip().replace("-", "")
    if len(digits) == 6 and digits.isdigit():
        year = int(digits[:2])
        digits = f"{1900 + year if year >= 30 else 2000 + year}{digits[2:]}"
    if len(digits) != 8 or not digits.isdigit():
        raise ValueError(f"not a date: {value!r}")
    date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    return digits


def _next_day(day: str) -> str:
    following = date(int(day[:4]), int(day[4:6]), int(day[6:])) + timedelta(days=1)
    return following.strftime("%Y%m%d")


def parse_dates(code: str, spec: str | None) -> DatedCode:
    """A code with a PETRARCH date restriction: ``<950601``, ``>20130119``, ``19950601 - 19990815``."""
    if spec is None or not spec.strip():
        return DatedCode(code)
    text = spec.strip()
    if text.startswith("<"):
        return DatedCode(code, end=parse_day(text[1:]))
    if text.startswith(">"):
        return DatedCode(code, start=parse_day(text[1:]))
    parts = re.split(r"\s*-\s*", text) if " " in text else text.split("-")
    if len(parts) != 2:
        raise ValueError(f"not a date restriction: {spec!r}")
    return DatedCode(code, start=parse_day(parts[0]), end=_next_day(parse_day(parts[1])))


def published_day(published: str | None) -> str | None:
    """The ``YYYYMMDD`` day of an ISO date or timestamp, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return parse_day(published[:10])
    except ValueError:
        return None
