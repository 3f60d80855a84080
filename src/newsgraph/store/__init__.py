"""The SQLite store: every record of the contract with its spans, runs, errors and findings.

``Store.open(path)`` opens (creating and migrating) a database;
``Store.ingest_results(outcomes)`` is the one write path, used by the CLI and
the batch runners; the query methods return records. No spaCy here.
"""

from newsgraph.store.findings import Claim, Cluster, Contradiction, Evidence, Mention, Position, QuoteGroup
from newsgraph.store.db import DEFAULT_DB, IngestCounts, Store, content_hash, ingest, result_hash
from newsgraph.store.queries import Found, StoredActor, StoredEvent, StoredQuote

__all__ = [
    "DEFAULT_DB",
    "Claim",
    "Cluster",
    "Contradiction",
    "Evidence",
    "Found",
    "IngestCounts",
    "Mention",
    "Position",
    "QuoteGroup",
    "Store",
    "StoredActor",
    "StoredEvent",
    "StoredQuote",
    "content_hash",
    "ingest",
    "result_hash",
]
