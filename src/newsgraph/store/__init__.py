"""newsgraph.store (see ARCHITECTURE.md)."""
