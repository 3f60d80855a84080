"""Find the story inside a page: everything else becomes a ``removed`` span.

The text is never changed. ``clean_page`` returns the removed spans (each
with a ``kind`` and, where useful, a ``reason``) and the headline when the
page shows one.
"""

from newsgraph.clean.page import Cleaning, clean_page

__all__ = ["Cleaning", "clean_page"]
