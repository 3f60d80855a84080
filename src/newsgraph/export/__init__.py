"""newsgraph.export (see ARCHITECTURE.md)."""
