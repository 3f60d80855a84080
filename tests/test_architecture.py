"""The layering of DESIGN.md holds: import-linter contracts from pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(lint_imports).exists():
        pytest.fail("import-linter is a test dependency; install the [test] extra")
    run = subprocess.run([lint_imports, "--no-cache"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_serving_side_never_loads_spacy() -> None:
    code = (
        "import sys, newsgraph, newsgraph.records, newsgraph.schema\n"
        "assert 'spacy' not in sys.modules, 'importing newsgraph pulled in spaCy'\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
