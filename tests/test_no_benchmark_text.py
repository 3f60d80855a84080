"""No benchmark text in the repository: tests and comments use sentences we write.

The annotated data in ../shared/data is for development and benchmarks only
(its articles are the publishers' copyright); this runs the same check as
``tools/check_benchmark_leaks.py`` with a longer run of words, so stock phrases
of news writing cannot trip it, and skips when the data is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Eight words in a row shared with a benchmark text is a copied fragment, not chance (fragments of six
# and seven words crept into comments while the limit was ten; the tool's --words 6 lists those).
RUN_LENGTH = 8


def _leak_checker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_benchmark_leaks", ROOT / "tools" / "check_benchmark_leaks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data").exists(), reason="benchmark data not present")
def test_no_file_holds_a_run_of_benchmark_text() -> None:
    checker = _leak_checker()
    known = checker.data_runs(RUN_LENGTH)
    leaks = {}
    for path in checker.repository_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        shared = [run for run in checker.runs(text, RUN_LENGTH) if run in known]
        if shared:
            leaks[str(path.relative_to(ROOT))] = shared[:2]
    assert leaks == {}
