"""The one orchestrator: raw documents in, contract records out.

Each document is cleaned, masked, parsed once by spaCy (batched ``nlp.pipe``)
and handed to the extractors, which are plain functions that never import
each other: the orchestrator passes what one needs from another (events get
actors, timexes and places as arguments).

Removed spans are blanked with spaces in the text given to spaCy. The
masked text has the same length, so every offset still points into the
original text, and nothing can be extracted from boilerplate by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.clean import Cleaning, clean_page
from newsgraph.errors import Code, DocumentError
from newsgraph.extract.actors import attach_speaker_actors, find_actors, load_actor_lexicon, person_names
from newsgraph.extract.events import find_events
from newsgraph.extract.places import find_places, sentence_locations
from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline
from newsgraph.records import ErrorRecord, RawDocument, RemovedSpan, Result, Span
from newsgraph.settings import Settings

_NOT_NEWLINE = re.compile(r"[^\n]")


def mask_removed(text: str, removed: Iterable[RemovedSpan]) -> str:
    """``text`` with every removed span blanked (newlines kept), same length."""
    pieces: list[str] = []
    cursor = 0
    for span in sorted(removed, key=lambda s: s.start):
        start = max(span.start, cursor)
        if start >= span.end:
            continue
        pieces.append(text[cursor:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start : span.end]))
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


@dataclass(slots=True)
class _Prepared:
    raw: RawDocument
    cleaning: Cleaning
    published: str | None


class Engine:
    """Holds the loaded model and resources; reuse one per process."""

    def __init__(self, settings: Settings | None = None, *, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else load_pipeline(self.settings.model)
        self.lexicon = load_actor_lexicon(self.settings.actor_files)

    def run(self, documents: Iterable[RawDocument | ErrorRecord]) -> Iterator[Result | ErrorRecord]:
        """Analyse documents in input order; errors pass through as records."""
        prepared = self._prepare_all(documents)
        texts = (
            item if isinstance(item, ErrorRecord) else (mask_removed(item.raw.text, item.cleaning.removed), item)
            for item in prepared
        )
        for item in _pipe_keeping_errors(self.nlp, texts, self.settings.batch_size):
            if isinstance(item, ErrorRecord):
                yield item
                continue
            doc, ready = item
            yield self._analyse_safely(doc, ready)

    def _prepare_all(self, documents: Iterable[RawDocument | ErrorRecord]) -> Iterator[_Prepared | ErrorRecord]:
        for document in documents:
            if isinstance(document, ErrorRecord):
                yield document
                continue
            try:
                yield self._prepare(document)
            except DocumentError as error:
                yield ErrorRecord(document.doc_id, error.stage, error.code.value, error.detail)

    def _prepare(self, raw: RawDocument) -> _Prepared:
        if len(raw.text) > self.settings.max_chars:
            raise DocumentError(
                Code.TOO_LARGE,
                f"document has {len(raw.text):,} characters; the maximum is {self.settings.max_chars:,}"
                " (split it, or raise Settings.max_chars)",
                doc_id=raw.doc_id,
                stage="ingest",
            )
        published = raw.published or self.settings.published
        cleaning = clean_page(raw.text, title=raw.title, published=published)
        return _Prepared(raw=raw, cleaning=cleaning, published=published)

    def _analyse_safely(self, doc: Doc, ready: _Prepared) -> Result | ErrorRecord:
        # The batch must survive any one document: an unexpected failure in an
        # extractor becomes that document's error record, never a crash.
        try:
            return self._analyse(doc, ready)
        except Exception as error:  # noqa: BLE001 - boundary of one document
            message = f"{type(error).__name__}: {error}"
            return ErrorRecord(ready.raw.doc_id, "extract", Code.EXTRACTION_FAILED.value, message)

    def _analyse(self, doc: Doc, ready: _Prepared) -> Result:
        raw = ready.raw
        # Extractors read the masked text (``doc.text``): identical to the input
        # outside removed spans, blank inside them, so a span that strays into
        # boilerplate is trimmed by ``Span.of`` instead of carrying it along.
        story = doc.text
        # One line per extractor; each gets what it needs from the others as arguments.
        # The dateline the cleaner cut ("NEWARK, N.J. --"): its places (extract.places) and the
        # country that places a bare "police" (extract.actors).
        cut = next((span for span in ready.cleaning.removed if span.kind == "dateline"), None)
        dateline = Span(cut.start, cut.end, raw.text[cut.start : cut.end]) if cut is not None else None
        # Places before actors: a town's name places the roles it owns ("Kharkiv residents").
        places = find_places(doc, story, dateline=dateline)
        actors = find_actors(
            doc, story, lexicon=self.lexicon, published=ready.published, dateline=dateline, places=places
        )
        quotes = find_quotes(doc, story, people=person_names(actors))
        timexes = find_timexes(doc, story, published=ready.published)
        # Events read the speakers' actor codes (``reported_by``), so speakers are coded first.
        quotes = attach_speaker_actors(quotes, actors)
        events = find_events(
            doc,
            story,
            actors=actors,
            timexes=timexes,
            locations=sentence_locations(doc, places),
            quotes=quotes,
            published=ready.published,
            places=places,
        )
        return Result(
            doc_id=raw.doc_id,
            text=raw.text,
            title=ready.cleaning.title,
            published=ready.published,
            removed=ready.cleaning.removed,
            actors=actors,
            quotes=quotes,
            events=events,
            timexes=timexes,
            places=places,
            url=raw.url,
        )


def _pipe_keeping_errors(
    nlp: Language,
    items: Iterable[tuple[str, _Prepared] | ErrorRecord],
    batch_size: int,
) -> Iterator[tuple[Doc, _Prepared] | ErrorRecord]:
    """``nlp.pipe`` over the texts; error records pass through as soon as they are met."""
    errors: list[ErrorRecord] = []

    def texts_only() -> Iterator[tuple[str, _Prepared]]:
        for item in items:
            if isinstance(item, ErrorRecord):
                errors.append(item)
            else:
                yield item

    for doc, ready in nlp.pipe(texts_only(), batch_size=batch_size, as_tuples=True):
        yield from _drain(errors)
        yield doc, ready
    yield from _drain(errors)


def _drain(errors: list[ErrorRecord]) -> Iterator[ErrorRecord]:
    while errors:
        yield errors.pop(0)


def extract(
    text: str,
    *,
    published: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> Result:
    """Analyse one text. Raises ``DocumentError`` when it cannot be analysed."""
    document = RawDocument(doc_id=doc_id or "doc", text=text, title=title, published=published)
    (outcome,) = list(Engine(settings).run([document]))
    if isinstance(outcome, ErrorRecord):
        raise DocumentError(Code(outcome.code), outcome.message, doc_id=outcome.doc_id, stage=outcome.stage)
    return outcome


def extract_many(
    documents: Iterable[RawDocument | str],
    *,
    settings: Settings | None = None,
) -> Iterator[Result | ErrorRecord]:
    """Analyse many documents, streaming; strings get ids ``doc-1``, ``doc-2``, ..."""
    engine = Engine(settings)
    raws = (
        RawDocument(doc_id=f"doc-{index}", text=item) if isinstance(item, str) else item
        for index, item in enumerate(documents, start=1)
    )
    return engine.run(raws)
