"""Extractors: one module per contract field, each a plain function over a parsed Doc.

They never import each other; the orchestrator (``newsgraph.process``)
passes what one needs from another as arguments.
"""
