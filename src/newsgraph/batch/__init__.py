"""newsgraph.batch (see ARCHITECTURE.md)."""
