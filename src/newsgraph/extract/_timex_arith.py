"""Calendar arithmetic and word values behind TIMEX3 normalisation.

Owns the small pure functions ``_timex_values`` builds values from: numbers
written in words, modifiers, ISO periods and weeks, quarter shifts, and the
two judgement calls about which year a bare month means and which Thursday
a bare "Thursday" means, given publication date and tense.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.extract._timex_grammar import lexicon

_SPACES = re.compile(r"\s+")


def norm(text: str | None) -> str:
    return _SPACES.sub(" ", (text or "").lower().strip().rstrip("."))


def modifier(text: str | None) -> str | None:
    """TIMEX3 ``mod`` for a modifier phrase ("early" -> START, "mid-" -> MID)."""
    word = norm(text).rstrip("-")
    if not word:
        return None
    if word in ("mid", "the mid"):
        return "MID"
    if word == "end":
        return "END"  # "end-2023", "by end-March"
    mods: dict[str, str] = lexicon()["modifiers"]
    return mods.get(word)


def number(text: str | None) -> float | None:
    """The value of "24", "two", "twenty four", "2 1/2", "a hundred", "one and a half"."""
    words = norm(text).replace("-", " ")
    if not words:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", words):
        return float(words.replace(",", ""))
    whole = re.fullmatch(r"(\d+)?\s*(\d)/(\d)", words)
    if whole:
        return float(whole.group(1) or 0) + int(whole.group(2)) / int(whole.group(3))
    table: dict[str, float] = lexicon()["numbers"]
    total, current = 0.0, 0.0
    half = words.endswith("and a half")
    spoken = words.removesuffix("and a half").split()
    if len(spoken) > 1 and spoken[0] in ("a", "an") and table.get(spoken[1], 100) < 100:
        # "a two-day visit": the article of the phrase, not one more ("a hundred" multiplies)
        spoken = spoken[1:]
    for word in spoken:
        if word == "and":
            continue
        if word not in table:
            return None
        amount = table[word]
        if amount == 100:
            current = max(current, 1) * 100
        else:
            current += amount
    total += current
    return total + (0.5 if half else 0)


def month_of(text: str | None) -> int:
    return int(lexicon()["months"][norm(text).rstrip(".")])


def weekday_of(text: str | None) -> int:
    return int(lexicon()["weekdays"][norm(text).removesuffix("s")])


def shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(year: int, month: int) -> tuple[int, int]:
    return year, (month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, by: int) -> str:
    index = year * 4 + quarter - 1 + by
    return f"{index // 4}-Q{index % 4 + 1}"


def unit_code(unit: str | None) -> str:
    word = norm(unit)
    if word.endswith("ies"):
        word = word[:-3] + "y"
    word = word.removesuffix("s")
    units: dict[str, str] = lexicon()["units"]
    return units.get(word, "X")


def period(amount: float | None, unit: str | None) -> str:
    """An ISO 8601 period: P3Y, PT4H, P2W, PXM (unknown amount), P2Y6M."""
    code = unit_code(unit)
    clock = norm(unit).removesuffix("s") in lexicon()["clock_units"]
    if code == "2W":
        code, amount = "W", (amount or 1) * 2 if amount is not None else None
    if code == "DE":
        code, amount = "Y", amount * 10 if amount is not None else None
    if code == "CE":
        code, amount = "Y", amount * 100 if amount is not None else None
    if code == "Q":
        code, amount = "M", amount * 3 if amount is not None else None
    if amount is not None and amount != int(amount):
        return _fractional_period(amount, code, clock)
    count = "X" if amount is None else (str(int(amount)) if amount == int(amount) else str(amount))
    return f"PT{count}{code}" if clock else f"P{count}{code}"


def _fractional_period(amount: float, code: str, clock: bool) -> str:
    """ "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M: the fraction in the next smaller unit."""
    whole, fraction = int(amount), amount - int(amount)
    if clock:
        smaller = {"H": ("M", 60), "M": ("S", 60)}.get(code)
        if smaller is None:
            return f"PT{amount:g}{code}"
        return f"PT{whole}{code}{round(fraction * smaller[1])}{smaller[0]}"
    if code == "W":
        return f"P{round(amount * 7)}D"
    unit, per = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24)}.get(code, ("", 0))
    if not per:
        return f"P{amount:g}{code}"
    separator = "T" if code == "D" else ""
    return f"P{whole}{code}{separator}{round(fraction * per)}{unit}"


def year_for_month(anchor: date, month: int, day: int | None, orientation: int) -> int:
    """The year that puts month/day nearest publication; the tense tips the balance."""
    best_year, best_distance = anchor.year, 10**6
    # News looks back more often than ahead, so with no tense a future date counts as twice as far.
    # A verb that looks ahead has settled that: "would open on Aug. 20" in February is six months
    # away, not the August half a year back.
    future_weight = 1 if orientation > 0 else _FUTURE_WEIGHT
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            moment = date(year, month, day or 15)
        except ValueError:
            moment = date(year, month, 28)
        distance = (moment - anchor).days * future_weight if moment > anchor else (anchor - moment).days
        if day:
            ahead, behind = moment > anchor, moment < anchor
        else:
            # a month is ahead once it starts after publication and behind once it has ended: "will fall in
            # December" in a January 3 story is eleven months off, not the December just gone
            ahead = date(year, month, 1) > anchor
            behind = date(year + month // 12, month % 12 + 1, 1) <= anchor
        if orientation < 0 and ahead or orientation > 0 and behind:
            sure = abs(orientation) > 1 or orientation > 0 and moment < anchor - timedelta(days=_FUTURE_SLACK_DAYS)
            distance += _SURE_TENSE_PENALTY_DAYS if sure else _TENSE_PENALTY_DAYS
        if distance < best_distance:
            best_year, best_distance = year, distance
    return best_year


# How many days a date on the wrong side of publication (for the tense) counts as further away.
_TENSE_PENALTY_DAYS = 120
# "will take effect Jan. 1" in March: a verb that looks ahead reaches back past publication only by the few
# weeks a quoted plan may be older than the story; a date further back is next year's.
_FUTURE_SLACK_DAYS = 45
# "until", "effective": the date cannot lie on the other side of publication.
_SURE_TENSE_PENALTY_DAYS = 1000
_FUTURE_WEIGHT = 2


def weekday_date(anchor: date, weekday: int, orientation: int, rel: str) -> date:
    today = anchor.isoweekday()
    if rel in ("next", "this coming", "coming", "the following") or (orientation > 0 and rel not in ("last", "this past")):
        ahead = (weekday - today) % 7
        if ahead == 0 and rel in ("next", "the following"):
            ahead = 7
        return anchor + timedelta(days=ahead)
    back = (today - weekday) % 7
    if back == 0 and rel in ("last", "the previous"):
        back = 7
    return anchor - timedelta(days=back)


def holiday_date(year: int, rule: str) -> date:
    """The day a holiday rule gives in ``year``: "12-25"; "11-22+4", the first Thursday from November 22;
    "easter-2", two days before Easter Sunday."""
    if rule.startswith("easter"):
        return easter_sunday(year) + timedelta(days=int(rule.split("/")[0][6:] or 0))
    fixed, _, weekday = rule.split("/")[0].partition("+")
    month, day = (int(part) for part in fixed.split("-"))
    moment = date(year, month, day)
    if weekday:
        moment += timedelta(days=(int(weekday) - moment.isoweekday()) % 7)
    return moment


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus."""
    golden, century, rest = year % 19, year // 100, year % 100
    epact = (19 * golden + century - century // 4 - (century - (century + 8) // 25 + 1) // 3 + 15) % 30
    weekday = (32 + 2 * (century % 4) + 2 * (rest // 4) - epact - rest % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}


def spelled_year(text: str | None) -> int:
    """ "nineteen ninety-six" -> 1996, "two thousand and two" -> 2002 (ValueError when it is not a year)."""
    words = norm(text).replace("-", " ").split()
    numbers: dict[str, float] = lexicon()["numbers"]
    if words[:1] == ["nineteen"] and len(words) > 1:
        tail = _TEENS.get(words[1]) or int(numbers[words[1]])
        return 1900 + tail + sum(int(numbers[word]) for word in words[2:])
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(int(numbers[word]) for word in words[2:] if word != "and")
    raise ValueError(f"not a spelled year: {text!r}")
