"""Export store tables as JSON Lines, CSV (UTF-8, header row) or Parquet (pyarrow, partitioned
by year and month of each row's date: ``PATH/year=2015/month=07/part-0.parquet``).

Rows are flat: list and object columns (aliases, outlets, participants) are JSON values in JSON
Lines, JSON text in CSV and Parquet. Rows are streamed, so a large store exports in bounded memory.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rasid.errors import RasidError

if TYPE_CHECKING:
    from rasid.store.db import Store

FORMATS = ("jsonl", "csv", "parquet")
CHUNK_ROWS = 2000

# table -> (SELECT producing the columns, the column holding the row's date, JSON columns)
TABLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "articles": (
        "SELECT id, url, title, media, author, published, date, language, source, text, cluster_id,"
        " n_entities, n_quotes, n_events, ingested_at FROM articles ORDER BY date, id",
        "date",
        (),
    ),
    "entities": (
        "SELECT id, label, canonical, kind, nationality, aliases, roles, mention_count, article_count,"
        " first_seen, last_seen FROM entities ORDER BY mention_count DESC, id",
        "first_seen",
        ("aliases", "roles"),
    ),
    "mentions": (
        "SELECT m.article_id, m.start, m.end, m.text, m.label, m.entity_id, e.canonical AS entity,"
        " m.local_id,"
        " m.role, a.date, a.media FROM mentions m JOIN articles a ON a.id = m.article_id"
        " LEFT JOIN entities e ON e.id = m.entity_id ORDER BY a.date, m.article_id, m.start",
        "date",
        (),
    ),
    "quotes": (
        "SELECT id, speaker_entity_id, speaker_name, speaker_type, kind, text, first_date, last_date,"
        " first_article_id, count, outlets FROM quotes ORDER BY first_date, id",
        "first_date",
        ("outlets",),
    ),
    "quote_occurrences": (
        "SELECT o.quote_id, o.article_id, o.start, o.end, o.text, o.kind, o.cue, o.speaker_text, o.via,"
        " o.confidence, o.published AS date, o.media, q.speaker_name FROM quote_occurrences o"
        " JOIN quotes q ON q.id = o.quote_id ORDER BY o.published, o.article_id, o.start",
        "date",
        (),
    ),
    "events": (
        "SELECT v.id, v.article_id, v.type, v.trigger_text, v.trigger_start, v.trigger_end,"
        " coalesce(v.date, a.date) AS date, v.place_entity_id, v.place_name, v.participants,"
        " (SELECT json_group_array(e.canonical) FROM event_participants p"
        "  JOIN entities e ON e.id = p.entity_id"
        "  WHERE p.event_id = v.id) AS participant_names, v.sentence, v.confidence, a.media"
        " FROM events v JOIN articles a ON a.id = v.article_id ORDER BY date, v.id",
        "date",
        ("participants", "participant_names"),
    ),
    "clusters": (
        "SELECT id, size, exact, first_article_id, first_date, media FROM clusters ORDER BY first_date, id",
        "first_date",
        ("media",),
    ),
    "duplicates": (
        "SELECT d.article_id, d.duplicate_of, d.cluster_id, d.similarity, d.exact, a.date FROM duplicates d"
        " JOIN articles a ON a.id = d.article_id ORDER BY a.date, d.article_id",
        "date",
        (),
    ),
}


def rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """The rows of an export table as dicts (JSON columns decoded)."""
    if table not in TABLES:
        raise RasidError("E204", f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    sql, _, json_columns = TABLES[table]
    cursor = store.conn.execute(sql)
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(CHUNK_ROWS):
        for values in chunk:
            row = dict(zip(names, values, strict=True))
            for column in json_columns:
                if isinstance(row.get(column), str):
                    row[column] = json.loads(row[column])
            yield row


def export(store: Store, table: str, fmt: str, path: str | os.PathLike[str] | None) -> int:
    """Write ``table`` in format ``fmt`` to ``path`` (a file; ``-``/``None`` for stdout in jsonl and
    csv; a folder for parquet). Files appear only complete (written aside, then renamed).
    Returns the number of rows."""
    if fmt not in FORMATS:
        raise RasidError("E204", f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
    if table not in TABLES:
        raise RasidError("E204", f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    if fmt == "parquet":
        if not path or str(path) == "-":
            raise RasidError("E204", "parquet export needs an output folder (-o PATH)")
        return _parquet(store, table, Path(path))
    with _target(path) as out:
        if fmt == "jsonl":
            count = 0
            for row in rows(store, table):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
            return count
        return _csv(store, table, out)


def _csv(store: Store, table: str, out: IO[str]) -> int:
    writer = None
    count = 0
    json_columns = TABLES[table][2]
    for row in rows(store, table):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        for column in json_columns:
            row[column] = json.dumps(row[column], ensure_ascii=False)
        writer.writerow(row)
        count += 1
    if writer is None:  # empty table: still a header
        cursor = store.conn.execute(TABLES[table][0] + " LIMIT 0")
        csv.writer(out, lineterminator="\n").writerow([d[0] for d in cursor.description])
    return count


def _parquet(store: Store, table: str, folder: Path) -> int:
    import pyarrow as pa
    import pyarrow.dataset as ds

    sql, date_column, json_columns = TABLES[table]
    cursor = store.conn.execute(sql + " LIMIT 0")
    names = [d[0] for d in cursor.description]
    counted = 0

    def batches() -> Iterator[pa.RecordBatch]:
        nonlocal counted
        chunk: list[dict[str, Any]] = []
        for row in rows(store, table):
            for column in json_columns:
                row[column] = json.dumps(row[column], ensure_ascii=False)
            day = row.get(date_column) or ""
            row["year"] = day[:4] if len(day) >= 4 else "unknown"
            row["month"] = day[5:7] if len(day) >= 7 else "unknown"
            chunk.append(row)
            if len(chunk) >= CHUNK_ROWS:
                counted += len(chunk)
                yield pa.RecordBatch.from_pylist(chunk, schema=schema)
                chunk = []
        if chunk:
            counted += len(chunk)
            yield pa.RecordBatch.from_pylist(chunk, schema=schema)

    schema = _schema(store, table, names)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}."))
    try:
        ds.write_dataset(
            batches(),
            staging,
            schema=schema,
            format="parquet",
            partitioning=ds.partitioning(
                pa.schema([("year", pa.string()), ("month", pa.string())]), flavor="hive"
            ),
            existing_data_behavior="overwrite_or_ignore",
            basename_template="part-{i}.parquet",
        )
        if folder.exists():
            shutil.rmtree(folder)
        staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return counted


_INTEGER_COLUMNS = {
    "start",
    "end",
    "cluster_id",
    "n_entities",
    "n_quotes",
    "n_events",
    "entity_id",
    "mention_count",
    "article_count",
    "speaker_entity_id",
    "count",
    "quote_id",
    "trigger_start",
    "trigger_end",
    "place_entity_id",
    "sentence",
    "size",
    "exact",
}
_FLOAT_COLUMNS = {"confidence", "similarity"}


def _schema(store: Store, table: str, names: list[str]) -> Any:
    import pyarrow as pa

    fields = []
    for name in names:
        integer = name in _INTEGER_COLUMNS or (name == "id" and table != "articles")
        kind = pa.int64() if integer else pa.float64() if name in _FLOAT_COLUMNS else pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema([*fields, pa.field("year", pa.string()), pa.field("month", pa.string())])


@contextmanager
def _target(path: str | os.PathLike[str] | None) -> Iterator[IO[str]]:
    if not path or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise RasidError("E204", f"output {target} is a folder; give a file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
