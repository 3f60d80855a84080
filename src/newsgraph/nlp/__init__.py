"""The only package that builds a spaCy pipeline (DESIGN.md invariant 4)."""

from newsgraph.nlp.pipeline import MODEL_CANDIDATES, load_pipeline, resolve_model_name

__all__ = ["MODEL_CANDIDATES", "load_pipeline", "resolve_model_name"]
