"""Findings across articles: event clusters, repeated quotes, positions and contradictions.

Computed from a ``Store``'s records and stored back into it (``rebuild``;
``ensure_fresh`` refreshes only the partitions new documents touch). No spaCy here.
"""

from newsgraph.aggregate.rebuild import Built, ensure_fresh, rebuild, refresh

__all__ = ["Built", "ensure_fresh", "rebuild", "refresh"]
