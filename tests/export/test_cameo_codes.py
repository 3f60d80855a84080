"""The identity codes the export and the aggregations know are the ones the actor lexicon writes."""

from __future__ import annotations

from importlib import resources

import pytest

from newsgraph.export.cameo import DENOMINATIONS, ETHNIC, REGIONS, RELIGIONS, identity_prefix, party_root


def _identity_rows() -> list[tuple[str, str]]:
    text = resources.files("newsgraph.extract.resources.actors").joinpath("identities.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(row[1], row[2]) for row in rows]


def test_every_identity_code_of_the_lexicon_is_known() -> None:
    # aggregate and export may not import the extractors: their copy of the codes must follow identities.tsv.
    for code, kind in _identity_rows():
        if kind == "region":
            assert code[:3] in REGIONS, code
        elif kind == "ethnic":
            assert code[:3] in ETHNIC and len(code) == 3, code
        else:
            assert code[:3] in RELIGIONS and (len(code) == 3 or code[3:6] in DENOMINATIONS), code
        assert identity_prefix(code) == (code if kind == "religion" else code[:3]), code


def test_no_identity_code_is_a_role_or_another_kind_of_identity() -> None:
    roles = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "CVL", "EDU", "ELI", "LEG",
             "MED", "REF", "BUS", "LAB", "CRM", "HLH", "HRI", "AGR", "DEV", "ENV", "MOD", "RAD", "SET"}
    kinds = [REGIONS, ETHNIC, RELIGIONS, DENOMINATIONS]
    for i, one in enumerate(kinds):
        assert not one & roles
        for other in kinds[i + 1:]:
            assert not one & other


@pytest.mark.parametrize(
    ("code", "root"),
    [
        ("RUSGOV", "RUS"), ("IRQKUR", "IRQ"), ("USA", "USA"), ("---REB", "---"),
        ("MOS", "MOS"), ("MOSREB", "MOS"), ("MOSSHI", "MOSSHI"), ("MOSSHIREB", "MOSSHI"), ("MOSSUN", "MOSSUN"),
        ("KURREB", "KUR"), ("WSTGOV", "WST"), ("MEAMIL", "MEA"), ("CHRCTH", "CHRCTH"),
    ],
)
def test_party_root(code: str, root: str) -> None:
    assert party_root(code) == root
