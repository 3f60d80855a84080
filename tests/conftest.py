"""Fixtures shared by the whole suite: the model and the reference article, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "astana.txt"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from newsgraph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def engine(nlp):  # type: ignore[no-untyped-def]
    from newsgraph.process import Engine

    return Engine(nlp=nlp)


@pytest.fixture(scope="session")
def astana_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def astana_result(engine, astana_text):  # type: ignore[no-untyped-def]
    from newsgraph.records import RawDocument

    (result,) = list(engine.run([RawDocument(doc_id="astana", text=astana_text, published="2017-01-19")]))
    return result
