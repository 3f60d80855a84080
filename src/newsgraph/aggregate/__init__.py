"""Findings across articles: event clusters, repeated quotes, positions and contradictions.

Computed from a ``Store``'s records and stored back into it (``rebuild``;
``ensure_fresh`` rebuilds only when documents were added). No spaCy here.
"""

from newsgraph.aggregate.rebuild import Built, ensure_fresh, rebuild

__all__ = ["Built", "ensure_fresh", "rebuild"]
