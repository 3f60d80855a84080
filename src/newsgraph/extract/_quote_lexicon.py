"""The cue lexicon of the quote extractor, loaded once from resources/quote_cues.json.

Owns the mapping from the data file to frozen sets; the words themselves
live in the data file, not here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True, eq=False)
class CueLexicon:
    """Word sets the quote extractor matches lemmas (lower case) against.

    Compared and hashed by identity: there is one per process.
    """

    verbs: frozenset[str]
    speech_verbs: frozenset[str]
    # Verbs that may interrupt the sentence they report, set off by commas: "A, she said, B", and
    # beliefs as well: "A, many think, B", "A, they believe, B"
    parenthetical_verbs: frozenset[str]
    xcomp_verbs: frozenset[str]
    light_verbs: frozenset[str]
    nouns: frozenset[str]
    anonymous_words: frozenset[str]
    source_nouns: frozenset[str]
    resolvable_pronouns: frozenset[str]
    pronouns: frozenset[str]
    object_verbs: frozenset[str]
    prep_verbs: dict[str, frozenset[str]]
    not_speaker_labels: frozenset[str]
    said_object_verbs: frozenset[str]
    as_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    message_nouns: frozenset[str]
    stance_nouns: frozenset[str]
    stance_adjectives: frozenset[str]
    holder_passives: frozenset[str]
    survey_nouns: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_passives: frozenset[str]
    hedge_adverbs: frozenset[str]
    factual_passives: frozenset[str]
    speaking_nouns: frozenset[str]
    figure_nouns: frozenset[str]
    publishing_verbs: frozenset[str]
    # message_nouns and picture_nouns: what a publishing verb puts out ("a statement", "a photo")
    published_nouns: frozenset[str]
    physical_verbs: frozenset[str]
    physical_objects: frozenset[str]
    place_object_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    making_adjectives: frozenset[str]
    recipient_verbs: frozenset[str]
    measure_nouns: frozenset[str]
    convened_nouns: frozenset[str]
    occasion_nouns: frozenset[str]
    comment_nouns: frozenset[str]
    aspect_verbs: frozenset[str]
    copula_nouns: frozenset[str]
    holder_nouns: frozenset[str]
    causing_verbs: frozenset[str]
    role_nouns: frozenset[str]
    person_nouns: frozenset[str]  # role_nouns and source_nouns: a noun that names one person ("adviser")
    headline_adverbs: frozenset[str]
    role_abbreviations: dict[str, str]  # "sen." -> "senator"
    role_kinds: dict[str, tuple[frozenset[str], ...]]  # "leader" -> ({"president"}, {"prime", "minister"}, ...)
    pronoun_sex: dict[str, str]  # "he" -> "male"
    title_sex: dict[str, str]  # "ms." -> "female"


@lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """The packaged lexicon (cached: read once per process)."""
    raw = resources.files("newsgraph.extract").joinpath("resources/quote_cues.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    verbs = data["verbs"]

    def words(key: str) -> frozenset[str]:
        return frozenset(word.lower() for word in data[key])

    return CueLexicon(
        verbs=frozenset(word for group in verbs.values() for word in group),
        speech_verbs=frozenset(verbs["speech"]),
        parenthetical_verbs=frozenset(verbs["speech"]) | frozenset(verbs["belief"]) | frozenset(verbs["evidence"]),
        xcomp_verbs=words("xcomp_verbs"),
        light_verbs=words("light_verbs"),
        nouns=words("nouns"),
        anonymous_words=words("anonymous_words"),
        source_nouns=words("source_nouns"),
        resolvable_pronouns=words("resolvable_pronouns"),
        pronouns=words("pronouns"),
        object_verbs=words("object_verbs"),
        prep_verbs={verb: frozenset(preps) for verb, preps in data["prep_verbs"].items()},
        not_speaker_labels=words("not_speaker_labels"),
        said_object_verbs=words("said_object_verbs"),
        as_verbs=words("as_verbs"),
        naming_verbs=words("naming_verbs"),
        message_nouns=words("message_nouns"),
        stance_nouns=words("stance_nouns"),
        stance_adjectives=words("stance_adjectives"),
        holder_passives=words("holder_passives"),
        survey_nouns=words("survey_nouns"),
        hedge_verbs=words("hedge_verbs"),
        hedge_passives=words("hedge_passives"),
        hedge_adverbs=words("hedge_adverbs"),
        factual_passives=words("factual_passives"),
        speaking_nouns=words("speaking_nouns"),
        figure_nouns=words("figure_nouns"),
        publishing_verbs=words("publishing_verbs"),
        published_nouns=words("message_nouns") | words("picture_nouns"),
        physical_verbs=words("physical_verbs"),
        physical_objects=words("physical_objects"),
        place_object_verbs=words("place_object_verbs"),
        receiving_verbs=words("receiving_verbs"),
        making_adjectives=words("making_adjectives"),
        recipient_verbs=words("recipient_verbs"),
        measure_nouns=words("measure_nouns"),
        convened_nouns=words("convened_nouns"),
        occasion_nouns=words("occasion_nouns"),
        comment_nouns=words("comment_nouns"),
        aspect_verbs=words("aspect_verbs"),
        copula_nouns=words("copula_nouns"),
        holder_nouns=words("holder_nouns"),
        causing_verbs=words("causing_verbs"),
        role_nouns=words("role_nouns"),
        person_nouns=words("role_nouns") | words("source_nouns"),
        headline_adverbs=words("headline_adverbs"),
        role_abbreviations={short.lower(): full.lower() for short, full in data["role_abbreviations"].items()},
        role_kinds=_role_kinds(data["role_kinds"]),
        pronoun_sex=_sexes(data["gendered_pronouns"]),
        title_sex=_sexes(data["gendered_titles"]),
    )


def _sexes(groups: dict[str, list[str]]) -> dict[str, str]:
    """Each word (lower case) of a {"male": [...], "female": [...]} table mapped to its group."""
    return {word.lower(): sex for sex, words in groups.items() if not sex.startswith("_") for word in words}


def _role_kinds(table: dict[str, list[str]]) -> dict[str, tuple[frozenset[str], ...]]:
    """Each general role word mapped to the titles it covers, a title as the set of its words but "of"
    ("secretary of state" as {"secretary", "state"})."""
    return {
        word.lower(): tuple(frozenset(title.lower().split()) - {"of"} for title in titles)
        for word, titles in table.items()
        if not word.startswith("_")
    }
