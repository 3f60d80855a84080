"""newsgraph.web (see ARCHITECTURE.md)."""
