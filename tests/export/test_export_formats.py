"""Every export loads in pandas and DuckDB unchanged, and JSON Lines gives back the stored dicts."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from corpus_articles import EVERYTHING
from newsgraph.aggregate import rebuild
from newsgraph.export import write_csv, write_gdelt, write_jsonl, write_parquet
from newsgraph.export._tables import EXPORTED
from newsgraph.export import _tables, gdelt
from newsgraph.store import queries
from newsgraph.export.gdelt import COLUMNS, fips_country
from newsgraph.store import Store


@pytest.fixture(scope="module")
def store() -> Store:
    opened = Store.open(":memory:")
    opened.ingest_results(EVERYTHING)
    rebuild(opened)
    yield opened
    opened.close()


def test_jsonl_round_trips_to_the_same_dicts(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert write_jsonl(store, out) == len(EVERYTHING)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == [result.to_dict() for result in EVERYTHING]
    frame = pd.read_json(out, lines=True)
    assert list(frame["doc_id"]) == [r.doc_id for r in EVERYTHING]
    rows = duckdb.sql(f"SELECT doc_id, len(events) FROM read_json_auto('{out}')").fetchall()
    assert rows == [(r.doc_id, len(r.events)) for r in EVERYTHING]


def test_csv_has_one_file_per_table_readable_by_pandas_and_duckdb(store: Store, tmp_path: Path) -> None:
    files = write_csv(store, tmp_path / "csv")
    assert [f.stem for f in files] == list(EXPORTED)
    counts = store.counts()
    for path in files:
        frame = pd.read_csv(path)
        ((rows,),) = duckdb.sql(f"SELECT count(*) FROM read_csv('{path}', header = true)").fetchall()
        if path.stem in counts and path.stem != "runs":
            assert len(frame) == rows == counts[path.stem], path.stem
    documents = pd.read_csv(tmp_path / "csv" / "documents.csv")
    assert list(documents["text"]) == [r.text for r in EVERYTHING]  # newlines and quotes survive
    events = duckdb.sql(f"SELECT trigger_text, negated FROM read_csv('{tmp_path / 'csv' / 'events.csv'}')").fetchall()
    assert events == [(e.trigger.text, e.negated) for r in EVERYTHING for e in r.events]


def test_parquet_tables_are_typed(store: Store, tmp_path: Path) -> None:
    files = write_parquet(store, tmp_path / "parquet")
    assert [f.stem for f in files] == list(EXPORTED)
    events = pd.read_parquet(tmp_path / "parquet" / "events.parquet")
    assert events["negated"].dtype == bool
    assert list(events["plover"]) == [e.plover for r in EVERYTHING for e in r.events]
    ((sources,),) = duckdb.sql(
        f"SELECT max(num_sources) FROM read_parquet('{tmp_path / 'parquet' / 'clusters.parquet'}')").fetchall()
    assert sources == 3
    empty = pd.read_parquet(tmp_path / "parquet" / "errors.parquet")
    assert len(empty) == 0 and "message" in empty.columns


@pytest.mark.parametrize(("iso3", "fips"), [("KAZ", "KZ"), ("DEU", "GM"), ("GBR", "UK"), ("RUS", "RS"), ("XYZ", None),
                                            (None, None)])
def test_gdelt_geography_uses_fips_country_codes(iso3: str | None, fips: str | None) -> None:
    assert fips_country(iso3) == fips


@pytest.mark.parametrize(
    ("code", "fields"),
    [
        # code: (CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code)
        ("RUSGOV", ("RUS", None, None, None, None, "GOV", None, None)),
        ("IGOUNO", (None, "UNO", None, None, None, None, None, None)),
        ("---REB", (None, None, None, None, None, "REB", None, None)),  # a party the story does not place
        ("KUR", (None, None, "kur", None, None, None, None, None)),  # GDELT's ethnic lookup is in lower case
        ("KURREB", (None, None, "kur", None, None, "REB", None, None)),  # not the country "KUR"
        ("MOSSHIREB", (None, None, None, "MOS", "SHI", "REB", None, None)),
        ("CHRCTH", (None, None, None, "CHR", "CTH", None, None, None)),
        ("MOSREB", (None, None, None, "MOS", None, "REB", None, None)),
        ("WST", ("WST", None, None, None, None, None, None, None)),  # a region is GDELT's country field's
        ("MEAGOV", ("MEA", None, None, None, None, "GOV", None, None)),
        ("IRQKUR", ("IRQ", None, "kur", None, None, None, None, None)),
        ("IRQREBKUR", ("IRQ", None, "kur", None, None, "REB", None, None)),
        ("TURKURCVL", ("TUR", None, "kur", None, None, "CVL", None, None)),
        ("FRAMOS", ("FRA", None, None, "MOS", None, None, None, None)),
        ("SYROPPMOSSUNEDU", ("SYR", None, None, "MOS", "SUN", "OPP", "EDU", None)),
    ],
)
def test_gdelt_actor_fields(code: str, fields: tuple[str | None, ...]) -> None:
    row = gdelt._actor(code, "the actor")
    assert (row[0], row[1]) == (code, "THE ACTOR")
    assert tuple(row[2:]) == fields


def test_gdelt_actor_fields_of_no_actor() -> None:
    assert gdelt._actor(None, None) == [None] * 10


def test_gdelt_has_the_61_event_columns_one_row_per_cluster(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert write_gdelt(store, out) == len(store.clusters())
    assert len(COLUMNS) == 61
    frame = pd.read_csv(out, sep="\t", dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    assert list(frame.columns) == list(COLUMNS)
    invite = frame[frame["EventCode"] == "036"].iloc[0]
    assert (invite["Actor1Code"], invite["Actor1CountryCode"], invite["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (invite["Actor2Code"], invite["NumSources"], invite["NumArticles"]) == ("USA", 3, 3)
    assert (invite["SQLDATE"], invite["MonthYear"], invite["Year"]) == (20170119, 201701, 2017)
    assert (invite["EventRootCode"], invite["QuadClass"], invite["ActionGeo_FullName"]) == ("03", 1, "Astana")
    assert invite["ActionGeo_CountryCode"] == "KZ"  # GDELT's FIPS 10-4 code, not ISO's KAZ
    assert invite["SOURCEURL"] == "https://www.reuters.com/world/syria-talks-1"
    rows = duckdb.sql(f"SELECT GLOBALEVENTID, NumMentions FROM read_csv('{out}', delim = '\t', header = true)")
    assert rows.fetchall() == [(c.id, c.num_mentions) for c in store.clusters()]


def test_gdelt_export_read_in_pages_is_the_same_file(store: Store, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    whole, paged = tmp_path / "whole.tsv", tmp_path / "paged.tsv"
    rows = write_gdelt(store, whole)
    monkeypatch.setattr(gdelt, "_CLUSTERS_PER_READ", 2)
    assert rows >= 3 and write_gdelt(store, paged) == rows
    assert paged.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_exports_read_in_small_batches_are_the_same_files(store: Store, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    whole, batched = tmp_path / "whole", tmp_path / "batched"
    write_csv(store, whole / "csv")
    write_parquet(store, whole / "parquet")
    whole_lines = write_jsonl(store, whole / "all.jsonl")
    monkeypatch.setattr(_tables, "ROWS_PER_BATCH", 3)
    monkeypatch.setattr(queries, "_DOCUMENTS_PER_READ", 2)
    write_csv(store, batched / "csv")
    write_parquet(store, batched / "parquet")
    assert write_jsonl(store, batched / "all.jsonl") == whole_lines
    assert (batched / "all.jsonl").read_text(encoding="utf-8") == (whole / "all.jsonl").read_text(encoding="utf-8")
    for path in sorted((whole / "csv").iterdir()):
        assert (batched / "csv" / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
    for path in sorted((whole / "parquet").iterdir()):
        assert pd.read_parquet(batched / "parquet" / path.name).equals(pd.read_parquet(path)), path.name
