"""The SQLite corpus store: schema, idempotent writes, cross-article linking, faults, ingest."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from rasid.errors import RasidError
from rasid.model import attach
from rasid.pipeline import Options
from rasid.store import SCHEMA_VERSION, Store
from rasid.store.db import prepare
from rasid.store.ingest import ingest
from store_helpers import PUTIN_FULL, PUTIN_SHORT, TRUMP_A, TRUMP_B, make_article

FAST = Options(stages=("clean", "language", "segment"))


def write(store: Store, *articles) -> int:
    return store.write(prepare(a, "test") for a in articles)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "rasid.db") as opened:
        yield opened


def test_new_store_is_marked_and_versioned(store: Store, tmp_path: Path):
    meta = store.meta()
    assert meta["application"] == "rasid" and meta["schema_version"] == str(SCHEMA_VERSION)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    with Store(tmp_path / "rasid.db", create=False) as again:
        assert again.count("articles") == 0


def test_entities_link_across_articles(store: Store):
    write(store, PUTIN_FULL, PUTIN_SHORT)
    ids = store.find_entities("بوتين")
    assert len(ids) == 1
    row = store.query("SELECT * FROM entities WHERE id = ?", ids)[0]
    assert row["canonical"] == "فلاديمير بوتين"
    assert (row["mention_count"], row["article_count"]) == (3, 2)
    assert (row["first_seen"], row["last_seen"]) == ("2015-07-21", "2015-07-22")
    assert set(json.loads(row["aliases"])) == {"فلاديمير بوتين", "بوتين"}
    assert store.find_entities("فلاديمير بوتين") == ids
    assert len(store.find_entities("الولايات المتحدة")) == 1
    assert store.find_entities("لافروف") == store.find_entities("سيرغي لافروف") != []


def test_spelling_variants_are_one_entity(store: Store):
    write(store, TRUMP_A, TRUMP_B)
    ids = store.find_entities("ترمب")
    assert ids == store.find_entities("دونالد ترامب") and len(ids) == 1
    assert store.query("SELECT article_count FROM entities WHERE id = ?", ids)[0][0] == 2


def test_same_quote_in_two_outlets_is_one_quote(store: Store):
    write(store, PUTIN_FULL, PUTIN_SHORT)
    quotes = store.quotes_by("بوتين")
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote["count"] == 2 and quote["first_date"] == "2015-07-21" and quote["last_date"] == "2015-07-22"
    assert json.loads(quote["outlets"]) == ["الرياض", "عكاظ"]
    assert quote["first_article_id"] == "a1"
    assert [o["article_id"] for o in store.occurrences(quote["id"])] == ["a1", "a2"]


def test_corpus_quotes_carry_their_surest_speaker_confidence_and_filter_on_it(store: Store):
    sure = attach(PUTIN_FULL, quotes=[replace(q, confidence=0.93) for q in PUTIN_FULL.quotes])
    unsure = attach(PUTIN_SHORT, quotes=[replace(q, confidence=0.55) for q in PUTIN_SHORT.quotes])
    write(store, sure, unsure)
    (quote,) = store.quotes_by("بوتين")
    assert quote["count"] == 2 and quote["confidence"] == pytest.approx(0.93)
    assert len(store.quotes_by("بوتين", min_confidence=0.9)) == 1  # one outlet's attribution is sure
    assert store.quotes_by("بوتين", min_confidence=0.95) == []
    write(store, attach(PUTIN_FULL, quotes=[replace(q, confidence=0.4) for q in PUTIN_FULL.quotes]))
    assert store.quotes_by(min_confidence=0.9) == []  # the rewritten article's occurrence replaced


def test_rewriting_an_article_replaces_it(store: Store):
    write(store, PUTIN_FULL, PUTIN_SHORT)
    before = {t: store.count(t) for t in ("articles", "mentions", "quotes", "quote_occurrences")}
    write(store, PUTIN_FULL, PUTIN_SHORT)  # same again: nothing doubles
    assert {t: store.count(t) for t in before} == before
    edited = make_article(
        "a2",
        "أكد بوتين في موسكو أن بلاده مستعدة للحوار.",
        media="عكاظ",
        published="2015-07-22",
        entities=[("بوتين", "PER", "p", "بوتين")],
    )
    write(store, edited)
    assert store.count("articles") == 2
    quote = store.quotes_by("بوتين")[0]
    assert quote["count"] == 1 and json.loads(quote["outlets"]) == ["الرياض"]
    assert store.article("a2").text == edited.text


def test_failed_batch_leaves_no_half_written_article(store: Store, monkeypatch: pytest.MonkeyPatch):
    write(store, PUTIN_FULL)
    calls = {"n": 0}
    original = Store._write_quotes

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_write_quotes", failing)
    with pytest.raises(RasidError) as err:
        write(store, TRUMP_A, TRUMP_B)
    assert err.value.code == "E203"
    assert [r[0] for r in store.query("SELECT id FROM articles")] == ["a1"]
    assert store.query("SELECT count(*) FROM mentions WHERE article_id IN ('a3', 'a4')")[0][0] == 0
    monkeypatch.setattr(Store, "_write_quotes", original)
    write(store, TRUMP_A, TRUMP_B)  # the in-memory registries were reset with the rollback
    assert store.count("articles") == 3 and len(store.find_entities("ترمب")) == 1


def test_reader_works_while_a_write_is_open(store: Store, tmp_path: Path):
    write(store, PUTIN_FULL)
    with store.transaction():
        store.conn.execute("UPDATE articles SET title = 'x'")
        reader = Store(tmp_path / "rasid.db", readonly=True)
        assert reader.query("SELECT title FROM articles")[0][0] == PUTIN_FULL.title
        reader.close()


def test_garbage_file_is_refused_not_recreated(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 10)
    with pytest.raises(RasidError) as err:
        Store(path)
    assert err.value.code == "E201" and "notes.db" in err.value.message
    assert path.read_bytes().startswith(b"these are my notes")


def test_foreign_and_newer_databases_are_refused(tmp_path: Path):
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE accounts (id INTEGER)").connection.commit()
    with pytest.raises(RasidError) as err:
        Store(foreign)
    assert err.value.code == "E201"
    newer = tmp_path / "newer.db"
    Store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(RasidError) as err:
        Store(newer)
    assert err.value.code == "E202"


def test_truncated_database_is_reported(tmp_path: Path):
    path = tmp_path / "cut.db"
    with Store(path) as store:
        write(store, PUTIN_FULL, PUTIN_SHORT, TRUMP_A, TRUMP_B)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00" * 100 + data[8192:])
    with pytest.raises(RasidError) as err, Store(path) as store:
        store.query("SELECT * FROM articles")
        store.query("SELECT * FROM mentions")
    assert err.value.code == "E201"


def test_ingest_sample_with_full_pipeline_and_resume(tmp_path: Path, sample_path: Path):
    with Store(tmp_path / "s.db") as store:
        report = ingest([str(sample_path)], store)
        assert (report.written, report.failed) == (1, 0)
        article = store.query("SELECT * FROM articles")[0]
        assert article["n_quotes"] > 5 and article["n_entities"] > 5
        assert store.find_entities("بوتين")
        again = ingest([str(sample_path)], store)
        assert (again.written, again.skipped) == (0, 1)
        runs = store.query("SELECT written, skipped, finished_at FROM ingest_runs ORDER BY id")
        assert [(r[0], r[1]) for r in runs] == [(1, 0), (0, 1)] and all(r[2] for r in runs)


def _snn_records(saudinewsnet_dir: Path, count: int) -> tuple[Path, list[dict]]:
    path = saudinewsnet_dir / "2015-07-21.zip"
    with zipfile.ZipFile(path) as archive:
        records = json.loads(archive.read("2015-07-21.json"))
    return path, records[:count]


@pytest.mark.slow
def test_interrupted_ingest_keeps_committed_batches_and_resumes(tmp_path: Path, saudinewsnet_dir: Path):
    from rasid.corpus.readers import read_inputs

    path, _ = _snn_records(saudinewsnet_dir, 0)
    items = list(read_inputs([str(path)]))[:40]

    def ctrl_c_after_two_batches(report):
        if report.written >= 20:
            raise KeyboardInterrupt

    with Store(tmp_path / "k.db") as store:
        report = ingest(
            [str(path)],
            store,
            options=FAST,
            batch_size=10,
            items=iter(items),
            progress=ctrl_c_after_two_batches,
        )
        assert report.interrupted
        assert store.count("articles") == 20  # two committed batches of 10; the open batch is dropped
        assert store.query("SELECT finished_at FROM ingest_runs")[0][0] is None
        resumed = ingest([str(path)], store, options=FAST, batch_size=10, items=iter(items))
        ok = sum(1 for i in items if not isinstance(i, RasidError))
        assert resumed.skipped == 20 and store.count("articles") == ok


@pytest.mark.slow
def test_identical_copies_form_one_exact_cluster(tmp_path: Path, saudinewsnet_dir: Path):
    from rasid.corpus.readers import read_inputs

    path, records = _snn_records(saudinewsnet_dir, 3000)
    seen: dict[str, int] = {}
    pair = None
    for i, record in enumerate(records):
        text = record["content"].strip()
        if len(text) > 200 and text in seen:
            pair = (seen[text], i)
            break
        seen.setdefault(text, i)
    assert pair is not None
    wanted = set(range(20)) | set(pair)
    items = [
        a for i, a in enumerate(read_inputs([str(path)])) if i in wanted and not isinstance(a, RasidError)
    ]
    with Store(tmp_path / "d.db") as store:
        ingest([str(path)], store, options=FAST, items=iter(items))
        rows = store.query(
            "SELECT cluster_id, source FROM articles WHERE source LIKE ? OR source LIKE ?",
            [f"%[{pair[0]}]", f"%[{pair[1]}]"],
        )
        assert len(rows) == 2 and rows[0][0] is not None and rows[0][0] == rows[1][0]
        cluster = store.query("SELECT * FROM clusters WHERE id = ?", [rows[0][0]])[0]
        assert cluster["exact"] == 1 and cluster["size"] >= 2
        duplicate = store.query("SELECT * FROM duplicates WHERE cluster_id = ?", [rows[0][0]])[0]
        assert duplicate["exact"] == 1 and duplicate["similarity"] == 1.0


def test_article_date_falls_back_to_the_crawl_date():
    from dataclasses import replace

    from rasid.store.db import article_date

    undated = replace(PUTIN_FULL, published=None, metadata={"date_extracted": "2015-07-21 02:51:32"})
    assert article_date(undated) == "2015-07-21"
    assert article_date(replace(undated, metadata={})) is None
    assert article_date(PUTIN_FULL) == "2015-07-21"


def test_copies_without_words_are_grouped_by_identical_text(store: Store):
    from dataclasses import replace

    empty = [replace(PUTIN_FULL, id=f"e{i}", text="", entities=(), quotes=()) for i in range(3)]
    write(store, *empty, TRUMP_A)
    clusters = store.query("SELECT cluster_id, count(*) FROM articles WHERE id LIKE 'e%' GROUP BY cluster_id")
    assert len(clusters) == 1 and clusters[0][0] is not None and clusters[0][1] == 3
    assert store.query("SELECT cluster_id FROM articles WHERE id = 'a3'")[0][0] is None


def test_incremental_entity_counts_equal_a_recount(store: Store):
    from rasid.store.db import _Touched

    write(store, PUTIN_FULL, TRUMP_A)
    write(store, PUTIN_SHORT, TRUMP_B)
    columns = "id, mention_count, article_count, first_seen, last_seen, aliases, roles"
    incremental = [tuple(r) for r in store.query(f"SELECT {columns} FROM entities ORDER BY id")]
    everything = _Touched(recount={r[0] for r in incremental})
    with store.transaction():
        store._refresh(everything)
    assert [tuple(r) for r in store.query(f"SELECT {columns} FROM entities ORDER BY id")] == incremental


def test_older_schema_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from rasid.store import db

    path = tmp_path / "old.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    monkeypatch.setitem(db.MIGRATIONS, 0, "CREATE TABLE IF NOT EXISTS notes (article_id TEXT, note TEXT);")
    with Store(path) as store:
        assert store.meta()["schema_version"] == str(SCHEMA_VERSION)
        assert store.query("SELECT count(*) FROM notes")[0][0] == 0
