"""Exceptions with stable codes, so a user can search for ``[E012]``.

    NewsgraphError
    ├── DocumentError      one document cannot be read or analysed; the batch goes on
    │   ├── InputError     bytes that are not a readable article (binary, empty, too large...)
    │   └── ExtractionError  an analysis stage failed on one document
    ├── ConfigError        bad settings or a bad user dictionary; the run cannot start
    └── ModelNotFoundError no spaCy English model could be loaded

Every message starts with its code. ``DocumentError`` carries the document id
and the stage so the orchestrator can turn it into an ``ErrorRecord``.
"""

from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    """Stable error codes. Never renumber; add new ones at the end of their block."""

    # reading input (E001-E019)
    NOT_FOUND = "E001"
    BINARY = "E002"
    EMPTY = "E003"
    UNDECODABLE = "E004"
    TOO_LARGE = "E005"
    NO_MAIN_TEXT = "E006"
    BAD_JSONL = "E007"
    UNREADABLE = "E008"
    BAD_WARC = "E009"
    BAD_DATE = "E010"
    # analysis (E020-E039)
    EXTRACTION_FAILED = "E020"
    # configuration (E040-E059)
    MODEL_NOT_FOUND = "E040"
    BAD_ACTOR_DICTIONARY = "E041"
    BAD_SETTING = "E042"
    # storage (E060-E079)
    STORE_FAILED = "E060"
    SCHEMA_TOO_NEW = "E061"


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    def __init__(self, code: Code, message: str) -> None:
        super().__init__(f"[{code.value}] {message}")
        self.code = code
        self.detail = message


class DocumentError(NewsgraphError):
    """One document failed; the rest of the batch is unaffected."""

    def __init__(self, code: Code, message: str, *, doc_id: str, stage: str) -> None:
        super().__init__(code, message)
        self.doc_id = doc_id
        self.stage = stage


class InputError(DocumentError):
    """The bytes given are not a readable article."""

    def __init__(self, code: Code, message: str, *, doc_id: str) -> None:
        super().__init__(code, message, doc_id=doc_id, stage="ingest")


class ExtractionError(DocumentError):
    """An analysis stage raised on one document."""


class ConfigError(NewsgraphError):
    """Settings or user resources that make the run impossible."""


class ModelNotFoundError(NewsgraphError):
    """No usable spaCy English pipeline is installed."""

    def __init__(self, message: str) -> None:
        super().__init__(Code.MODEL_NOT_FOUND, message)
