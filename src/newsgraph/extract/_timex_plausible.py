"""Which time-shaped candidates are not about time, judged from the parse around them.

"May" the modal, "March" the verb or the procession, "the future of", a
house number, "Post No. 1922", "Citizen of the Year", "Linda Daily": the
surface grammar (``_timex_grammar``) finds them all; ``plausible`` keeps
those the tags, entities and neighbouring words say are time.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract._timex_grammar import lexicon

# Words after a number that make it an amount, not a year ("nineteen ninety-five dollars").
_AMOUNT_WORDS = frozenset({"dollars", "cents", "pounds", "euros", "yen", "percent", "%", "people", "times", "miles"})
_CALENDAR_WORDS = frozenset(list(lexicon()["months"]) + list(lexicon()["weekdays"]))
# Words before a bare month or year that make it a date ("in May", "since 2011").
_DATE_PREPOSITIONS = frozenset(
    "in since until till by from to during of through before after last next early late mid this between "
    "and or throughout around as at for within until into the".split()
)
_MONTH_PREPOSITIONS = frozenset(
    "in since until till by from to during through before after early late mid last next of on for between".split()
)
# "Easter eggs", "Easter Island": a bare holiday name that is part of a thing's name
_NOT_HOLIDAY_AFTER = frozenset(lexicon()["not_holiday_after"])
_NOT_DATE_ENTITIES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LAW"})
_NOT_NOW_CURRENT = frozenset(lexicon()["current_not_now"])
# "Post No. 1922", "Flight 1922": a number named by the word before it, not a year
_NUMBER_LABELS = frozenset(lexicon()["number_labels"])
_VEHICLE_MAKES = frozenset(lexicon()["vehicle_makes"])
_NUMERIC_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# "the March for Life", "a March on Washington": a procession named "March", not the month.
_PROCESSION_LINKS = frozenset({"for", "on", "against", "of"})
_GENERIC_AFTER_TODAY = frozenset(lexicon()["generic_after_today"])
_TEMPERATURE_WORDS = ("temperature", "degree", "fahrenheit", "celsius", "highs", "lows", "thermometer")
# "the future" and "the past" also name what lies ahead of or behind something, not a time.
_PROSPECT_NOUNS = frozenset({"future", "past"})
_STREET_WORDS = frozenset(word.rstrip(".") for word in lexicon()["street_words"])
# "the first half of the tour", "the second half of the match": a part of something else, not of a year
_YEAR_AFTER_OF = re.compile(
    r"\s+of\s+(?:the|this|last|next|that|its|their|his|her|our)\s+(?:(?:fiscal|calendar|current)\s+)?year\b", re.I
)


def plausible(rule: str, g: dict[str, str | None], span: Span) -> bool:
    """Parse-based checks for words that are often not about time (``rule`` found ``span``, with groups ``g``)."""
    first = span[0]
    if rule == "month" and any(_not_the_month(token) for token in span):
        return False
    if rule == "month" and not (g["rel"] or g["mod"] or g["yrel"]):
        return _bare_month(first, span)
    if rule in ("month_day", "month_year", "month_of_ref") and first.lower_ in ("may", "march"):
        return first.tag_ != "MD" and not first.pos_ == "VERB"
    if rule == "year" and (_house_number(span) or _labelled_number(span) or _a_model_year(span)):
        return False
    if rule == "the_unit" and first.is_lower and any(token.is_title for token in span[1:]):
        return False  # "Citizen of the Year", "Player of the Year": a title, not the calendar year
    if rule == "quarter_code" and (not span.text[:1].isupper() or previous_word(span) in _VEHICLE_MAKES):
        return False  # "q3" or "h2" in lower case, an "Audi Q3": a name or a code of something else
    if rule == "quarter" and (_of_something_else(span) or _a_fraction_of(span, g)):
        return False
    if rule in ("deictic", "relative", "the_unit") and _a_title(span):
        return False
    if rule == "deictic" and (g["deic"] or "").lower() == "today" and _the_present_age(span):
        return False
    if rule == "year" and not (g["mod"] or g["open"]):
        token = span[-1]
        if token.ent_type_ == "DATE" or previous_word(span) in _DATE_PREPOSITIONS:
            return token.ent_type_ not in _NUMERIC_ENTITIES or previous_word(span) in ("in", "since", "until")
        return token.i + 1 < len(span.doc) and span.doc[token.i + 1].lower_ == "'s"
    if rule == "season":
        season = next(t for t in span if t.lower_ in lexicon()["seasons"])
        if season.pos_ not in ("NOUN", "PROPN") or season.ent_type_ in _NOT_DATE_ENTITIES:
            return False
        if season.i == span.end - 1 and next_word(span) == "of":
            return False  # "the fall of the old regime": "of" with a year would be inside the span
        return bool(g["rel"] or g["year"] or g["mod"] or previous_word(span) in _DATE_PREPOSITIONS)
    if rule == "split_year" and (_house_number(span) or _labelled_number(span)):
        return False  # "Route 2012-13", "Room 1998-99"
    if rule == "word_decade":
        return not _about_temperature(span)
    if rule == "reference":
        return _plausible_reference(span)
    if rule == "holiday":
        return _plausible_holiday(span, g)
    if rule == "clock" and len(span) == 1 and first.lower_ == "midday" and first.dep_ in ("amod", "compound"):
        return False  # "the midday heat", "a midday meal": a time of any day, not a clock time
    if rule == "spelled_year":
        if g["tens"] and span[-1].ent_type_ == "DATE" and next_word(span) not in _AMOUNT_WORDS:
            return True  # "Atlanta, nineteen ninety-six": a year read out in full
        return first.ent_type_ in ("DATE", "") and previous_word(span) in _DATE_PREPOSITIONS | {"nineteen"}
    if rule == "duration":
        return not _a_programme_title(span, g) and _plausible_duration(span, g)
    if rule in ("weekday", "deictic"):
        return not any(t.ent_type_ in _NOT_DATE_ENTITIES and t.ent_iob_ != "B" for t in span)
    if rule == "set_adverb":
        if span[0].ent_type_ in _NOT_DATE_ENTITIES or span[0].is_title and not span[0].is_sent_start:
            return False  # "Linda Daily", "the Daily Chronicle": a name
        if span[0].lower_ == "daily" and _a_newspaper(span[0]):
            return False
        return span[0].pos_ == "ADV" or span[0].lower_ == "daily" and span[0].dep_ != "compound"
    return True


def _a_newspaper(daily: Token) -> bool:
    """ "the state daily Pravda", "a leading daily, Haaretz,", "the party daily reported": the noun for a newspaper.

    The paper's name follows the word (straight away, or after a comma when a determiner or adjective comes
    before it), or the word is the subject of a verb after a name or a determiner; "flights leave Sydney daily"
    and "updated daily." keep the frequency.
    """
    doc = daily.doc
    before = doc[daily.i - 1] if daily.i > 0 else None
    after = doc[daily.i + 1] if daily.i + 1 < len(doc) else None
    after_next = doc[daily.i + 2] if daily.i + 2 < len(doc) else None
    if after is None or before is None:
        return False
    if _a_name(after):
        return True
    if after.text == "," and after_next is not None and _a_name(after_next):
        return before.tag_ in ("DT", "JJ", "VBG", "VBN")  # "a leading daily, Haaretz,", "the state-owned daily, X,"
    named_before = before.pos_ == "PROPN" and before.is_title or before.pos_ == "DET"
    return named_before and after.pos_ in ("VERB", "AUX")


def _a_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.lower_ not in _CALENDAR_WORDS


def _a_programme_title(span: Span, g: dict[str, str | None]) -> bool:
    """ "CBS's 60 Minutes", "on 48 Hours": a count with a capitalised unit inside a sentence names a programme."""
    unit = (g["unit"] or "").lower()
    unit_tokens = [token for token in span if unit and token.lower_.startswith(unit)]
    if not unit_tokens or not g["num"] or not any(ch.isdigit() for ch in g["num"]):
        return False
    word = unit_tokens[-1]
    return word.is_title and not word.is_sent_start and not _in_a_headline(span)


def _plausible_holiday(span: Span, g: dict[str, str | None]) -> bool:
    """Not "Easter eggs" or "Easter Island"; a holiday's name is capitalised ("a good Friday for stocks", "a black
    Friday dress" are none), is no first half of a compound ("May day-trippers") and no word of a longer name
    ("How the Grinch Stole Christmas", "the Christmas Vacation films")."""
    if len(span) == 1 and next_word(span) in _NOT_HOLIDAY_AFTER:
        return False
    if _inside_a_longer_name(span):
        return False
    if span.doc.text[span.end_char : span.end_char + 1] == "-":
        return False
    first = next(token for token in span if token.is_alpha and token.lower_ not in ("last", "next", "this", "the"))
    return first.text[:1].isupper()


def _inside_a_longer_name(span: Span) -> bool:
    """A word of ``span`` belongs to a title, firm or product name that runs past ``span`` on either side."""
    for token in span:
        if token.ent_type_ not in _NOT_DATE_ENTITIES:
            continue
        name = next(entity for entity in span.doc.ents if entity.start <= token.i < entity.end)
        if name.start < span.start or name.end > span.end:
            return True
    return False


def _house_number(span: Span) -> bool:
    """ "of 1935 Orchard St.": a number before a capitalised street name is an address."""
    following = span.doc[span.end : span.end + 4]
    for token in following:
        if token.lower_.rstrip(".") in _STREET_WORDS and token.i > span.end:
            return True
        if not token.is_title:
            return False
    return False


def _a_model_year(span: Span) -> bool:
    """ "his 2003 Toyota Camry", "a 1998 Ford pickup": a year between a determiner and a maker names a model.

    The determiner keeps "in 1974 Ford pardoned Nixon" a date.
    """
    doc = span.doc
    if span.start == 0 or span.end >= len(doc) or doc[span.start - 1].tag_ not in ("DT", "PRP$", "POS"):
        return False
    return doc[span.end].lower_ in _VEHICLE_MAKES


def _labelled_number(span: Span) -> bool:
    """ "Post No. 1922", "Flight 1999": the word written just before names the number (the tokenizer may split "No.")."""
    doc, start = span.doc, span.start
    if start == 0:
        return False
    label = doc[start - 1].lower_
    if start > 1 and not doc[start - 2].whitespace_:
        label = doc[start - 2].lower_ + label  # "No." split into "No" and "."
    return label in _NUMBER_LABELS


def _the_present_age(span: Span) -> bool:
    """ "today's world", "today's youth", "many of today's personal computers", "today's China": the present
    age, not the day (TimeBank leaves these unannotated); "today's editions", "today's vote" are the day."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].lower_ not in ("'s", "\u2019s"):
        return False
    noun = span[0].head if span[0].dep_ == "poss" else None
    if noun is None or noun.i <= span[0].i:
        # the parser did not hang "today" on a noun: take the first noun after the possessive
        noun = next((token for token in doc[span.end + 1 : span.end + 4] if token.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return False
    return noun.lemma_.lower() in _GENERIC_AFTER_TODAY or noun.ent_type_ in ("GPE", "NORP")


def _about_temperature(span: Span) -> bool:
    """ "highs in the sixties", "temperatures in the low forties": degrees, not a decade."""
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span
    return any(token.lower_.startswith(_TEMPERATURE_WORDS) or token.text == "\u00b0" for token in sentence)


def _a_fraction_of(span: Span, g: dict[str, str | None]) -> bool:
    """ "the quarter of voters who ...": without an ordinal, a quarter or half of something is a share."""
    return not g["ord"] and not g["qyear"] and next_word(span) == "of"


def _a_title(span: Span) -> bool:
    """ "CBS This Morning", ABC's "This Week": every word capitalised after a name or a quotation mark.

    One capitalised word is a title only straight after a name ("USA Today", "VOA Today") and outside a
    headline, where every word is capitalised ("Kerry Visits Kenya Today"); after a quotation mark it may
    open a quoted sentence ('"Today we begin," she said').
    """
    if not all(token.is_title for token in span) or span[0].is_sent_start:
        return False
    before = span.doc[span.start - 1]
    if len(span) < 2:
        return before.pos_ == "PROPN" and before.text[:1].isupper() and not _in_a_headline(span)
    return before.pos_ == "PROPN" or before.is_quote or before.lower_ in ("'s", "’s")


def _in_a_headline(span: Span) -> bool:
    """Most words of the line capitalised after its first: a headline in title case."""
    doc, start, end = span.doc, span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    words = [token for token in doc[start:end] if token.is_alpha][1:]
    return sum(token.text[:1].isupper() for token in words) > 0.7 * len(words)


def _of_something_else(span: Span) -> bool:
    """ "the first half of the tour": a half or quarter of something that is not a year."""
    doc = span.doc
    if next_word(span) != "of" or span.end + 1 >= len(doc):
        return False
    if doc[span.end + 1].lower_ in _CALENDAR_WORDS:
        return True  # "the second half of July": a part of the month, which is a timex of its own
    if doc[span.end + 1].pos_ not in ("DET", "PRON"):
        return False  # "the third quarter of $226 million" is an amount earned in the quarter
    following = span[-1].whitespace_ + "".join(token.text_with_ws for token in doc[span.end : span.end + 6])
    return not _YEAR_AFTER_OF.match(following)


def _not_the_month(month: Token) -> bool:
    """ "this may take time", "this march", "the annual March for Life": a modal or a procession, not the month."""
    if month.lower_ not in ("may", "march"):
        return False
    if month.text.islower():
        return True  # month names are capitalised; the lower-case words are the modal, the noun and the verb
    doc = month.doc
    after = doc[month.i + 1 : month.i + 3]
    before = doc[month.i - 1].lower_ if month.i > 0 else ""
    # "in March on Capitol Hill" is the month: only a word that cannot introduce a date makes it a name
    return (month.lower_ == "march" and len(after) == 2 and after[0].lower_ in _PROCESSION_LINKS
            and after[1].is_title and after[1].lower_ not in _CALENDAR_WORDS and before not in _MONTH_PREPOSITIONS)


def _bare_month(token: Token, span: Span) -> bool:
    if token.ent_type_ in _NOT_DATE_ENTITIES or token.lower_ in ("may", "march") and token.text.islower():
        return False  # "the march", "this march" are processions
    if token.lower_ in ("may", "march") and (token.tag_ == "MD" or token.pos_ in ("VERB", "AUX")):
        return False
    return token.ent_type_ == "DATE" or previous_word(span) in _DATE_PREPOSITIONS


def _plausible_reference(span: Span) -> bool:
    last = span[-1]
    if len(span) == 1 and last.lower_ == "soon":
        return _soon_ahead(last)
    if span[0].lower_ == "the" and last.pos_ == "ADJ":
        return False  # "the future king", "the present report"
    if len(span) == 2 and last.lower_ in _PROSPECT_NOUNS and (next_word(span) == "of" or last.dep_ == "nsubj"):
        return False  # "the future of NATO", "the future looks bleak": prospects, not a time
    if last.lower_ == "now" and last.i + 1 < len(span.doc) and span.doc[last.i + 1].lower_ == "that":
        return True
    if last.lower_ == "current":
        # "his current position" is now; "the then current price", "the current account", "a strong current" are not
        return last.pos_ == "ADJ" and previous_word(span) != "then" and next_word(span) not in _NOT_NOW_CURRENT
    return last.pos_ not in ("VERB", "PROPN")


def _soon_ahead(soon: Token) -> bool:
    """ "may soon seek", "will be ready soon", "to soon grow": the near future (TimeBank's FUTURE_REF).

    Not "as soon as", "soon after" (a time counted from something else), nor a past "was soon released":
    only on a verb with a modal or the infinitive's "to".
    """
    doc = soon.doc
    before = doc[soon.i - 1].lower_ if soon.i > 0 else ""
    after = doc[soon.i + 1].lower_ if soon.i + 1 < len(doc) else ""
    if before in ("as", "so", "too", "how", "very") or after in ("after", "afterward", "afterwards", "thereafter",
                                                                 "as"):
        return False
    verb = soon.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(child.dep_ in ("aux", "auxpass") and child.tag_ in ("MD", "TO") for child in verb.children)


def _plausible_duration(span: Span, g: dict[str, str | None]) -> bool:
    unit = (g["unit"] or "").lower()
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if unit == "quarter" and (after == "of" or not g["plural"]):
        return False  # "a quarter of the shares", "one quarter" are fractions
    if after in ("%", "percent", "cents", "dollars", "old", "older", "younger"):
        return False  # "52 years old" is an age
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (g["num"] or "").lower() in ("a", "an") and before is not None and before.pos_ in ("NUM", "NOUN", "SYM"):
        return False  # "four flights a week", "$1.76 a year": a rate, not a duration
    return not (g["num"] and span[0].ent_type_ == "MONEY")


def next_word(span: Span) -> str:
    return span.doc[span.end].lower_ if span.end < len(span.doc) else ""


def previous_word(span: Span) -> str:
    return span.doc[span.start - 1].lower_ if span.start > 0 else ""
