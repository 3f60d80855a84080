"""Abbreviated ranks ("Col.", "Sgt.", "Capt.") stay one word with their period.

spaCy's English tokenizer keeps "Gen.", "Adm." and "Sen." whole but splits
"Col. Amadou Abdramane" into "Col", "." and the name, and the sentence
splitter may then end a sentence after "Col": the name loses its title and
"Col" reads as a name of its own. Kept whole, the abbreviation is a title
before the name, as "Gen." is, and the roles lexicon lists it.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language

# Military and police ranks news abbreviates before a name and the tokenizer does not know.
RANK_ABBREVIATIONS = ("Col.", "Lt.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Brig.", "Cmdr.", "Supt.", "Insp.")


def keep_rank_titles(nlp: Language) -> None:
    """Add each abbreviated rank to the tokenizer's special cases."""
    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
