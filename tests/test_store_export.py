"""Export of store tables: JSON Lines, CSV (UTF-8, header) and Parquet partitioned by year/month;
and the ingest / entities / quotes / export commands end to end."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from rasid.cli import main
from rasid.errors import RasidError
from rasid.store import Store
from rasid.store.db import prepare
from rasid.store.export import export
from store_helpers import PUTIN_FULL, PUTIN_SHORT, TRUMP_A, TRUMP_B


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "rasid.db"
    with Store(path) as store:
        store.write(prepare(a, "test") for a in (PUTIN_FULL, PUTIN_SHORT, TRUMP_A, TRUMP_B))
    return path


def test_jsonl_rows_decode_json_columns(db: Path, tmp_path: Path):
    out = tmp_path / "quotes.jsonl"
    with Store(db, create=False) as store:
        assert export(store, "quotes", "jsonl", out) == 3
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    putin = next(r for r in rows if r["speaker_name"] == "فلاديمير بوتين")
    assert putin["outlets"] == ["الرياض", "عكاظ"] and putin["count"] == 2


def test_csv_is_utf8_with_header(db: Path, tmp_path: Path):
    out = tmp_path / "entities.csv"
    with Store(db, create=False) as store:
        count = export(store, "entities", "csv", out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count and rows[0].keys() >= {"id", "label", "canonical", "aliases", "mention_count"}
    assert any(r["canonical"] == "فلاديمير بوتين" for r in rows)


def test_parquet_is_partitioned_by_year_and_month(db: Path, tmp_path: Path):
    import pyarrow.dataset as ds

    out = tmp_path / "mentions"
    with Store(db, create=False) as store:
        count = export(store, "mentions", "parquet", out)
    assert (out / "year=2015" / "month=07").is_dir()
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == count and "entity" in table.column_names
    assert "فلاديمير بوتين" in table.column("entity").to_pylist()


def test_unknown_table_or_format(db: Path):
    with Store(db, create=False) as store:
        for table, fmt in (("nope", "csv"), ("articles", "xlsx")):
            with pytest.raises(RasidError) as err:
                export(store, table, fmt, None)
            assert err.value.code == "E204"


def test_commands_end_to_end(tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture):
    db = str(tmp_path / "cli.db")
    assert main(["ingest", str(sample_path), "--db", db, "--workers", "1", "-q"]) == 0
    assert main(["entities", "--db", db, "--top", "5", "--format", "jsonl"]) == 0
    top = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert top[0]["canonical"] == "فلاديمير بوتين" and "بوتين" in top[0]["aliases"]
    assert main(["quotes", "--db", db, "--speaker", "بوتين", "--format", "jsonl"]) == 0
    quotes = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(quotes) >= 5 and {q["speaker"] for q in quotes} == {"فلاديمير بوتين"}
    assert all(q["confidence"] == max(o["confidence"] for o in q["occurrences"]) for q in quotes)
    only_sure = ["quotes", "--db", db, "--speaker", "بوتين", "--format", "jsonl", "--min-confidence", "0.95"]
    assert main(only_sure) == 0
    sure = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sure and len(sure) < len(quotes)  # «وأضاف» and the like are less sure than a named subject
    assert all(q["confidence"] >= 0.95 for q in sure)
    assert (
        main(["export", "--db", db, "--table", "articles", "--format", "parquet", "-o", str(tmp_path / "pq")])
        == 0
    )
    assert list((tmp_path / "pq").glob("year=*/month=*/*.parquet"))


def test_commands_report_bad_store(tmp_path: Path, capsys: pytest.CaptureFixture):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    assert main(["entities", "--db", str(bad)]) == 1
    assert "E201" in capsys.readouterr().err
    assert main(["ingest", "--db", str(bad), str(tmp_path)]) == 1
    assert bad.read_text(encoding="utf-8") == "not a database"
