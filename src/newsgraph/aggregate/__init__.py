"""newsgraph.aggregate (see ARCHITECTURE.md)."""
