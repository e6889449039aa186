"""The corpus store: one SQLite file (schema in ``schema.sql``), opened safely, written by a
single writer in batches, read by the CLI and the web UI.

Writes are idempotent (an article id already stored is replaced with all its dependent rows) and
atomic per batch: a killed or failing ingest (disk full) rolls back the open batch, so no article
is ever half-written. Each batch also links entities and quotes across articles
(:mod:`rasid.corpus.linking`), groups syndicated copies (:mod:`rasid.corpus.dedup`), updates the
full-text indexes and refreshes the corpus counts of what it touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from rasid import __version__
from rasid.corpus import dedup
from rasid.corpus.linking import EntityLinker, QuoteRegistry, loose_key, name_key, quote_key, speaker_ref
from rasid.errors import RasidError
from rasid.model import Article
from rasid.store import search

SCHEMA_VERSION = 1
APPLICATION = "rasid"
SQLITE_HEADER = b"SQLite format 3\x00"
# How long a reader or writer waits for a lock held by another process before failing.
BUSY_TIMEOUT_MS = 30_000
# Page cache of a writing connection, KiB (SQLite's default is 2 MiB). An ingest updates several
# indexes at random places (mentions by entity, entity keys, the full-text segments); measured
# writing 5,988 prepared SaudiNewsNet articles: system time 0.43 -> 0.26 ms/article with 32 MiB
# (64 MiB no better). Pages are allocated only as used.
WRITER_CACHE_KIB = 32_768
SPEAKER_LABELS = {"person": "PER", "organization": "ORG"}

# Migrations: MIGRATIONS[n] brings a store from schema version n to n + 1 (SQL script).
MIGRATIONS: dict[int, str] = {}


def schema_sql() -> str:
    """The text of ``schema.sql`` (the current schema)."""
    return files("rasid.store").joinpath("schema.sql").read_text(encoding="utf-8")


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")


_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


# Metadata fields a reader may keep that date an article when it has no publication date (the
# crawl date of SaudiNewsNet records): the last resort of :func:`article_date`.
FALLBACK_DATE_FIELDS = ("date_extracted", "crawled", "date")


def article_date(article: Article) -> str | None:
    """The best known day of an article: its published date, else the document date rasid
    inferred, else a crawl date kept in its metadata."""
    candidates = [article.published, article.document_date.value if article.document_date else None]
    candidates += [article.metadata.get(key) for key in FALLBACK_DATE_FIELDS]
    for value in candidates:
        if isinstance(value, str) and (m := _ISO_DAY.match(value)):
            return m.group(1)
    return None


def content_hash(article: Article, stages: str) -> str:
    """Hash of what an article was made from (raw text, metadata, stages): equal hashes mean an
    unchanged input that a resumed ingest can skip."""
    payload = json.dumps(
        [
            article.raw,
            article.text,
            article.title,
            article.url,
            article.media,
            article.author,
            article.published,
            stages,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class Prepared:
    """An article processed and made ready for the writer (computed in the worker processes)."""

    article: Article
    doc: str
    content_hash: str
    text_hash: str
    stages: str
    date: str | None
    fts_title: str
    fts_text: str
    fts_speakers: str
    signature: bytes


def prepare(article: Article, stages: str, input_hash: str | None = None) -> Prepared:
    """Everything the writer needs that does not depend on the corpus: the JSON document, hashes,
    analysed full-text fields (entity names unstemmed), the MinHash signature."""
    speaker_names = [q.speaker.name for q in article.quotes if q.speaker]
    names = search.name_words([e.text for e in article.entities] + speaker_names)
    text_words = search.words(article.text)
    return Prepared(
        article=article,
        doc=json.dumps(article.to_dict(), ensure_ascii=False),
        content_hash=input_hash or content_hash(article, stages),
        text_hash=hashlib.sha256(" ".join(text_words).encode("utf-8")).hexdigest(),
        stages=stages,
        date=article_date(article),
        fts_title=search.analyse(article.title or "", names),
        fts_text=search.analyse_words(text_words, names),
        fts_speakers=" ".join(search.words(" ".join(speaker_names))),
        signature=dedup.to_bytes(dedup.signature(article.text, words=text_words)),
    )


# Tables whose rows `Store.count` reports (and benchmarks print), in reading order.
COUNTED_TABLES: tuple[str, ...] = (
    "articles",
    "entities",
    "mentions",
    "quotes",
    "quote_occurrences",
    "events",
    "clusters",
    "duplicates",
    "article_vectors",
)


class Store:
    """A rasid corpus store. ``Store(path)`` opens (creating it when ``create``) and checks it:
    a file that is not SQLite, is corrupt or belongs to another application raises E201, a newer
    schema E202. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False) -> None:
        self.path = Path(path)
        self._linker: EntityLinker | None = None
        self._quotes: QuoteRegistry | None = None
        self._dupes: dedup.DuplicateIndex | None = None
        self._next_docid: int | None = None
        exists = self.path.exists() and self.path.stat().st_size > 0
        if exists:
            with self.path.open("rb") as handle:
                if handle.read(16) != SQLITE_HEADER:
                    raise RasidError("E201", f"{self.path}: not an SQLite database (is it the right file?)")
        elif not create or readonly:
            raise RasidError("E201", f"{self.path}: no rasid database here")
        try:
            if readonly:
                uri = f"file:{self.path.resolve()}?mode=ro"
                self.conn = sqlite3.connect(
                    uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
                )
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(
                    self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
                )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            self._check_or_create(exists, readonly)
        except sqlite3.DatabaseError as exc:
            raise RasidError("E201", f"{self.path}: unreadable or corrupt database ({exc})") from exc

    # ------------------------------------------------------------------ opening, schema

    def _check_or_create(self, exists: bool, readonly: bool) -> None:
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            if readonly:
                raise RasidError("E201", f"{self.path}: empty database, not a rasid store")
            self._create()
            return
        if "meta" not in tables:
            raise RasidError(
                "E201", f"{self.path}: an SQLite database of another application, not a rasid store"
            )
        meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("application") != APPLICATION:
            raise RasidError(
                "E201", f"{self.path}: an SQLite database of another application, not a rasid store"
            )
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise RasidError(
                "E202",
                f"{self.path}: schema version {version} is newer than this rasid's {SCHEMA_VERSION};"
                " upgrade rasid",
            )
        if version < SCHEMA_VERSION and not readonly:
            self._migrate(version)

    def _create(self) -> None:
        with self.transaction():
            for statement in _statements(schema_sql()):
                self.conn.execute(statement)
            self.conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [
                    ("application", APPLICATION),
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("created_at", _now()),
                    ("rasid_version", __version__),
                ],
            )

    def _migrate(self, version: int) -> None:
        with self.transaction():
            while version < SCHEMA_VERSION:
                for statement in _statements(MIGRATIONS[version]):
                    self.conn.execute(statement)
                version += 1
            self.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT), rolled back on any error; SQLite
        errors (disk full, read-only file) become E203."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise RasidError("E203", f"{self.path}: cannot start writing ({exc})") from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            self._forget_caches()
            if isinstance(exc, sqlite3.DatabaseError):
                raise RasidError("E203", f"{self.path}: write failed, batch rolled back ({exc})") from exc
            raise

    def _forget_caches(self) -> None:
        self._linker = self._quotes = self._dupes = None
        self._next_docid = None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read query; a malformed full-text query becomes E204, corruption E201."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc) or "MATCH" in str(exc) or "no such column" in str(exc):
                raise RasidError("E204", f"bad search query ({exc})") from exc
            raise RasidError("E201", f"{self.path}: query failed ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise RasidError("E201", f"{self.path}: corrupt database ({exc})") from exc

    def meta(self) -> dict[str, str]:
        return dict(self.query("SELECT key, value FROM meta"))

    # ------------------------------------------------------------------ in-memory indexes

    @property
    def linker(self) -> EntityLinker:
        if self._linker is None:
            linker = EntityLinker()
            linker.load(
                self.conn.execute("SELECT id, label, canonical, key FROM entities"),
                self.conn.execute("SELECT label, key, kind, entity_id FROM entity_keys"),
            )
            self._linker = linker
        return self._linker

    @property
    def quote_registry(self) -> QuoteRegistry:
        if self._quotes is None:
            registry = QuoteRegistry()
            registry.load(
                (row[0], speaker_ref(row[1], row[2]), row[3])
                for row in self.conn.execute("SELECT id, speaker_entity_id, speaker_name, key FROM quotes")
            )
            self._quotes = registry
        return self._quotes

    @property
    def duplicate_index(self) -> dedup.DuplicateIndex:
        if self._dupes is None:
            index = dedup.DuplicateIndex()
            for docid, sig in self.conn.execute("SELECT docid, signature FROM article_minhash"):
                signature = dedup.from_bytes(sig)
                if not dedup.is_empty_signature(signature):
                    index.add(docid, signature)
            self._dupes = index
        return self._dupes

    def stored_hashes(self) -> dict[str, str]:
        """``{article id: content_hash}`` of every stored article (to skip unchanged inputs)."""
        return dict(self.conn.execute("SELECT id, content_hash FROM articles").fetchall())

    # ------------------------------------------------------------------ writing

    def write(self, prepared: Iterable[Prepared]) -> int:
        """Write a batch of articles in one transaction (replacing stored versions); returns how
        many were written. On any error nothing of the batch is kept."""
        batch = list(prepared)
        if not batch:
            return 0
        touched = _Touched()
        with self.transaction():
            if self._next_docid is None:
                self._next_docid = (
                    self.conn.execute("SELECT max(docid) FROM articles").fetchone()[0] or 0
                ) + 1
            for item in batch:
                self._write_one(item, touched)
            self._refresh(touched)
        return len(batch)

    def _write_one(self, p: Prepared, touched: _Touched) -> None:
        c = self.conn
        a = p.article
        old = c.execute("SELECT docid, cluster_id FROM articles WHERE id = ?", (a.id,)).fetchone()
        if old is not None:
            docid = old["docid"]
            self._delete_dependents(a.id, docid, old["cluster_id"], touched)
        else:
            assert self._next_docid is not None
            docid = self._next_docid
            self._next_docid += 1
        c.execute(
            "INSERT INTO articles (id, docid, url, title, media, author, published, date, language, source,"
            " text, doc, content_hash, text_hash, stages, cluster_id, n_entities, n_quotes, n_events,"
            " ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET url = excluded.url, title = excluded.title,"
            " media = excluded.media,"
            " author = excluded.author, published = excluded.published, date = excluded.date,"
            " language = excluded.language, source = excluded.source, text = excluded.text,"
            " doc = excluded.doc,"
            " content_hash = excluded.content_hash, text_hash = excluded.text_hash, stages = excluded.stages,"
            " cluster_id = NULL, n_entities = excluded.n_entities, n_quotes = excluded.n_quotes,"
            " n_events = excluded.n_events, ingested_at = excluded.ingested_at",
            (
                a.id,
                docid,
                a.url,
                a.title,
                a.media,
                a.author,
                a.published,
                p.date,
                a.language,
                a.source,
                a.text,
                p.doc,
                p.content_hash,
                p.text_hash,
                p.stages,
                len(a.entities),
                len(a.quotes),
                len(a.events),
                _now(),
            ),
        )
        local = self._write_mentions(a, p.date, touched)
        self._write_quotes(a, p.date, local, touched)
        self._write_events(a, local, touched)
        canonicals = " ".join(self.linker.entities[i].canonical for i in dict.fromkeys(local.values()))
        c.execute(
            "INSERT INTO articles_fts (rowid, title, text, entities, speakers) VALUES (?, ?, ?, ?, ?)",
            (docid, p.fts_title, p.fts_text, " ".join(search.words(canonicals)), p.fts_speakers),
        )
        c.execute(
            "INSERT OR REPLACE INTO article_minhash (docid, signature) VALUES (?, ?)", (docid, p.signature)
        )
        self._cluster(a.id, docid, dedup.from_bytes(p.signature), touched)

    def _delete_dependents(
        self, article_id: str, docid: int, cluster_id: int | None, touched: _Touched
    ) -> None:
        c = self.conn
        touched.recount.update(
            r[0]
            for r in c.execute(
                "SELECT DISTINCT entity_id FROM mentions WHERE article_id = ? AND entity_id IS NOT NULL",
                (article_id,),
            )
        )
        touched.quotes.update(
            r[0]
            for r in c.execute(
                "SELECT DISTINCT quote_id FROM quote_occurrences WHERE article_id = ?", (article_id,)
            )
        )
        c.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM quote_occurrences WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
        c.execute("DELETE FROM articles_fts WHERE rowid = ?", (docid,))
        c.execute("DELETE FROM article_vectors WHERE docid = ?", (docid,))
        c.execute("DELETE FROM duplicates WHERE article_id = ? OR duplicate_of = ?", (article_id, article_id))
        self.duplicate_index.remove(docid)
        if cluster_id is not None:
            touched.clusters.add(cluster_id)

    def _link(self, label: str, canonical: str, forms: Iterable[str], touched: _Touched) -> int | None:
        result = self.linker.link(label, canonical, forms)
        if result is None:
            return None
        c = self.conn
        known = self.linker.entities[result.entity_id]
        if result.created:
            c.execute(
                "INSERT INTO entities (id, label, canonical, key) VALUES (?, ?, ?, ?)",
                (result.entity_id, label, known.canonical, known.key),
            )
        elif result.renamed:
            c.execute(
                "UPDATE entities SET canonical = ?, key = ? WHERE id = ?",
                (known.canonical, known.key, result.entity_id),
            )
        if result.new_keys:
            c.executemany(
                "INSERT OR IGNORE INTO entity_keys (label, key, kind, entity_id) VALUES (?, ?, ?, ?)",
                [(lb, key, kind, result.entity_id) for lb, key, kind in result.new_keys],
            )
        touched.entities.add(result.entity_id)
        return result.entity_id

    def _write_mentions(self, a: Article, date: str | None, touched: _Touched) -> dict[str, int]:
        """Link the article's entities to the registry and write its mentions; returns
        ``{local entity id: corpus id}``."""
        groups: dict[str, list] = {}
        for i, entity in enumerate(a.entities):
            groups.setdefault(entity.entity_id or f"_{i}", []).append(entity)
        local: dict[str, int] = {}
        rows = []
        for local_id, mentions in groups.items():
            first = mentions[0]
            canonical = first.canonical or max((m.text for m in mentions), key=len)
            corpus_id = self._link(first.label, canonical, [m.text for m in mentions], touched)
            if corpus_id is None:
                continue
            local[local_id] = corpus_id
            delta = touched.delta(corpus_id)
            delta.articles += 1
            if date:
                delta.dates.append(date)
            for m in mentions:
                rows.append((a.id, m.start, m.end, m.text, m.label, corpus_id, m.entity_id or None, m.role))
                delta.mentions += 1
                delta.aliases[m.text] += 1
                if m.role:
                    delta.roles[m.role] += 1
        self.conn.executemany(
            "INSERT INTO mentions (article_id, start, end, text, label, entity_id, local_id, role)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return local

    def _write_quotes(self, a: Article, date: str | None, local: dict[str, int], touched: _Touched) -> None:
        registry = self.quote_registry
        for q in a.quotes:
            speaker = q.speaker
            entity_id = None
            if speaker is not None:
                if speaker.entity_id and speaker.entity_id in local:
                    entity_id = local[speaker.entity_id]
                elif speaker.type in SPEAKER_LABELS and speaker.name:
                    # a speaker the entity stage did not tag joins a registered entity if its name
                    # links to one, but never creates one (the registry holds recognised names only)
                    entity_id = self.linker.lookup(SPEAKER_LABELS[speaker.type], speaker.name)
            name = (
                self.linker.entities[entity_id].canonical
                if entity_id is not None
                else (speaker.name if speaker else "")
            )
            key = quote_key(q.text)
            if not key:
                continue
            ref = speaker_ref(entity_id, name)
            quote_id, created = registry.resolve(ref, key)
            if created:
                self.conn.execute(
                    "INSERT INTO quotes (id, speaker_entity_id, speaker_name, speaker_type, kind, key, text,"
                    " first_date, last_date, first_article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        quote_id,
                        entity_id,
                        name or "",
                        speaker.type if speaker else "unnamed",
                        q.kind,
                        key,
                        q.text,
                        date,
                        date,
                        a.id,
                    ),
                )
                self.conn.execute(
                    "INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)",
                    (quote_id, search.analyse(q.text), " ".join(search.words(name or ""))),
                )
            self.conn.execute(
                "INSERT INTO quote_occurrences (quote_id, article_id, start, end, text, kind, cue,"
                " speaker_text,"
                " via, confidence, published, media) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    quote_id,
                    a.id,
                    q.start,
                    q.end,
                    q.text,
                    q.kind,
                    q.cue.text,
                    speaker.mention.text if speaker and speaker.mention else None,
                    q.via.name if q.via else None,
                    q.confidence,
                    date,
                    a.media,
                ),
            )
            touched.quotes.add(quote_id)

    def _write_events(self, a: Article, local: dict[str, int], touched: _Touched) -> None:
        for ev in a.events:
            participants = [local[p] for p in ev.participants if p in local]
            place = local.get(ev.place) if ev.place else None
            cursor = self.conn.execute(
                "INSERT INTO events (article_id, type, trigger_start, trigger_end, trigger_text, date,"
                " place_entity_id, place_name, participants, sentence, confidence)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    a.id,
                    ev.type,
                    ev.trigger.start,
                    ev.trigger.end,
                    ev.trigger.text,
                    ev.date,
                    place,
                    self.linker.entities[place].canonical if place is not None else None,
                    json.dumps(participants),
                    ev.sentence,
                    ev.confidence,
                ),
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO event_participants (event_id, entity_id) VALUES (?, ?)",
                [(cursor.lastrowid, p) for p in participants],
            )
            touched.entities.update(participants)

    def _cluster(self, article_id: str, docid: int, signature: Any, touched: _Touched) -> None:
        """Put a new article into the syndication cluster of its near duplicates (merging clusters
        it bridges)."""
        index = self.duplicate_index
        c = self.conn
        if dedup.is_empty_signature(signature):
            # no words to shingle (the cleaner left nothing): only byte-identical clean texts match
            matches = [
                r[0]
                for r in c.execute(
                    "SELECT docid FROM articles WHERE docid != ?"
                    " AND text_hash = (SELECT text_hash FROM articles WHERE docid = ?)",
                    (docid, docid),
                )
            ]
        else:
            matches = [d for d, _score in index.matches(signature, exclude=docid)]
            index.add(docid, signature)
        if not matches:
            return
        members = [docid, *matches]
        marks = ",".join("?" * len(members))
        existing = sorted(
            {
                r[0]
                for r in c.execute(f"SELECT cluster_id FROM articles WHERE docid IN ({marks})", members)
                if r[0]
            }
        )
        if existing:
            target = existing[0]
        else:
            target = c.execute("INSERT INTO clusters (size, exact) VALUES (0, 0)").lastrowid
        c.execute(f"UPDATE articles SET cluster_id = ? WHERE docid IN ({marks})", [target, *members])
        for other in existing[1:]:
            c.execute("UPDATE articles SET cluster_id = ? WHERE cluster_id = ?", (target, other))
            c.execute("DELETE FROM duplicates WHERE cluster_id = ?", (other,))
            c.execute("DELETE FROM clusters WHERE id = ?", (other,))
            touched.clusters.discard(other)
        touched.clusters.add(target)

    # ------------------------------------------------------------------ corpus counts

    def _refresh(self, touched: _Touched) -> None:
        """Bring the corpus counts of what the batch touched up to date: entities incrementally
        from the batch's deltas (a recount of a large entity would cost far more), entities of
        replaced articles, quotes and clusters by recounting."""
        c = self.conn
        self._add_entity_deltas({k: v for k, v in touched.deltas.items() if k not in touched.recount})
        for chunk in _chunks(sorted(touched.recount)):
            marks = ",".join("?" * len(chunk))
            c.execute(
                "UPDATE entities SET"
                " mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id),"
                " article_count = (SELECT count(DISTINCT m.article_id) FROM mentions m"
                "   WHERE m.entity_id = entities.id),"
                " first_seen = (SELECT min(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id"
                "   WHERE m.entity_id = entities.id),"
                " last_seen = (SELECT max(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id"
                "   WHERE m.entity_id = entities.id),"
                " aliases = (SELECT coalesce(json_group_object(text, n), '{}') FROM"
                "   (SELECT text, count(*) AS n"
                "   FROM mentions m WHERE m.entity_id = entities.id GROUP BY text ORDER BY n DESC, text)),"
                " roles = (SELECT coalesce(json_group_object(role, n), '{}') FROM (SELECT role, count(*) AS n"
                "   FROM mentions m WHERE m.entity_id = entities.id AND role IS NOT NULL AND role != ''"
                "   GROUP BY role ORDER BY n DESC, role))"
                f" WHERE id IN ({marks})",
                chunk,
            )
        registry = self.quote_registry
        for chunk in _chunks(sorted(touched.quotes)):
            marks = ",".join("?" * len(chunk))
            c.execute(
                "UPDATE quotes SET"
                " count = (SELECT count(*) FROM quote_occurrences o WHERE o.quote_id = quotes.id),"
                " first_date = (SELECT min(published) FROM quote_occurrences o WHERE o.quote_id = quotes.id),"
                " last_date = (SELECT max(published) FROM quote_occurrences o WHERE o.quote_id = quotes.id),"
                " first_article_id = (SELECT article_id FROM quote_occurrences o WHERE o.quote_id = quotes.id"
                "   ORDER BY published IS NULL, published, article_id LIMIT 1),"
                " outlets = (SELECT coalesce(json_group_array(media), '[]') FROM (SELECT DISTINCT media"
                "   FROM quote_occurrences o WHERE o.quote_id = quotes.id AND media IS NOT NULL"
                "   ORDER BY media))"
                f" WHERE id IN ({marks})",
                chunk,
            )
            for row in c.execute(
                "SELECT id, speaker_entity_id, speaker_name, key FROM quotes"
                f" WHERE count = 0 AND id IN ({marks})",
                chunk,
            ).fetchall():
                registry.forget(row[0], speaker_ref(row[1], row[2]), row[3])
                c.execute("DELETE FROM quotes_fts WHERE rowid = ?", (row[0],))
                c.execute("DELETE FROM quotes WHERE id = ?", (row[0],))
        for cluster_id in sorted(touched.clusters):
            self._refresh_cluster(cluster_id)

    def _add_entity_deltas(self, deltas: dict[int, _EntityDelta]) -> None:
        rows = []
        for chunk in _chunks(sorted(deltas)):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT id, mention_count, article_count, first_seen, last_seen, aliases, roles FROM entities"
                f" WHERE id IN ({marks})",
                chunk,
            ).fetchall():
                delta = deltas[row["id"]]
                aliases = Counter(json.loads(row["aliases"] or "{}"))
                aliases.update(delta.aliases)
                roles = Counter(json.loads(row["roles"] or "{}"))
                roles.update(delta.roles)
                dates = [d for d in (row["first_seen"], row["last_seen"], *delta.dates) if d]
                rows.append(
                    (
                        row["mention_count"] + delta.mentions,
                        row["article_count"] + delta.articles,
                        min(dates) if dates else None,
                        max(dates) if dates else None,
                        _counts_json(aliases),
                        _counts_json(roles),
                        row["id"],
                    )
                )
        self.conn.executemany(
            "UPDATE entities SET mention_count = ?, article_count = ?, first_seen = ?, last_seen = ?,"
            " aliases = ?, roles = ? WHERE id = ?",
            rows,
        )

    def _refresh_cluster(self, cluster_id: int) -> None:
        c = self.conn
        members = c.execute(
            "SELECT id, docid, date, media, text_hash FROM articles WHERE cluster_id = ?"
            " ORDER BY date IS NULL, date, id",
            (cluster_id,),
        ).fetchall()
        c.execute("DELETE FROM duplicates WHERE cluster_id = ?", (cluster_id,))
        if len(members) < 2:
            c.execute("UPDATE articles SET cluster_id = NULL WHERE cluster_id = ?", (cluster_id,))
            c.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
            return
        first = members[0]
        index = self.duplicate_index
        exact = all(m["text_hash"] == first["text_hash"] for m in members)
        media = sorted({m["media"] for m in members if m["media"]})
        c.execute(
            "UPDATE clusters SET size = ?, exact = ?, first_article_id = ?, first_date = ?, media = ?"
            " WHERE id = ?",
            (
                len(members),
                int(exact),
                first["id"],
                first["date"],
                json.dumps(media, ensure_ascii=False),
                cluster_id,
            ),
        )
        first_sig = index.signature_of(first["docid"]) if first["docid"] in index else None
        rows = []
        for m in members[1:]:
            same = m["text_hash"] == first["text_hash"]
            score = (
                1.0
                if same or first_sig is None or m["docid"] not in index
                else dedup.similarity(first_sig, index.signature_of(m["docid"]))
            )
            rows.append((m["id"], first["id"], cluster_id, round(score, 4), int(same)))
        c.executemany(
            "INSERT OR REPLACE INTO duplicates (article_id, duplicate_of, cluster_id, similarity, exact)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )

    # ------------------------------------------------------------------ ingest runs

    def begin_run(self, paths: Sequence[str], stages: str) -> int:
        with self.transaction():
            return int(
                self.conn.execute(
                    "INSERT INTO ingest_runs (started_at, paths, stages) VALUES (?, ?, ?)",
                    (_now(), json.dumps(list(paths), ensure_ascii=False), stages),
                ).lastrowid
            )

    def record_errors(self, run_id: int, errors: Iterable[tuple[str, str, str]]) -> None:
        rows = [(run_id, place, code, message) for place, code, message in errors]
        if rows:
            with self.transaction():
                self.conn.executemany(
                    "INSERT INTO ingest_errors (run_id, place, code, message) VALUES (?, ?, ?, ?)", rows
                )

    def end_run(self, run_id: int, written: int, skipped: int, errors: int, *, finished: bool = True) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE ingest_runs SET finished_at = ?, written = ?, skipped = ?, errors = ? WHERE id = ?",
                (_now() if finished else None, written, skipped, errors, run_id),
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('rasid_version', ?)", (__version__,)
            )

    def optimize_search(self) -> None:
        """Merge each full-text index into one segment, as FTS5 advises after a bulk load: a batch
        commit leaves a segment behind. On the 30,654-article store it took 1.4 s and moved keyword
        p95 from 24.8 to 21.7 ms (benchmarks/search_latency.py, one run each)."""
        with self.transaction():
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
            self.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")

    # ------------------------------------------------------------------ reading

    def count(self, table: str) -> int:
        if table not in COUNTED_TABLES:
            raise RasidError("E204", f"unknown table {table!r}")
        return int(self.query(f"SELECT count(*) FROM {table}")[0][0])

    def article(self, article_id: str) -> Article | None:
        """The stored article (from its JSON document), or ``None``."""
        rows = self.query("SELECT doc FROM articles WHERE id = ?", (article_id,))
        return Article.from_dict(json.loads(rows[0][0])) if rows else None

    def find_entities(self, name: str, label: str | None = None) -> list[int]:
        """Corpus entity ids a name (or ``#id``) refers to: its exact key, else its loose key or
        person short form when only one entity has it."""
        name = name.strip()
        if re.fullmatch(r"#?\d+", name):
            return [int(name.lstrip("#"))]
        key = name_key(name)
        if not key:
            return []
        label_sql, params = (" AND label = ?", [label]) if label else ("", [])
        for kind, value, unique in (
            ("name", key, False),
            ("loose", loose_key(key), True),
            ("short", key, True),
        ):
            ids = [
                r[0]
                for r in self.query(
                    f"SELECT DISTINCT entity_id FROM entity_keys WHERE kind = ? AND key = ?{label_sql}",
                    [kind, value, *params],
                )
            ]
            if ids and (not unique or len(ids) == 1):
                return ids
        return []

    def top_entities(self, limit: int = 50, label: str | None = None) -> list[sqlite3.Row]:
        """The most mentioned corpus entities."""
        where, params = ("WHERE label = ?", [label]) if label else ("", [])
        return self.query(
            f"SELECT * FROM entities {where} ORDER BY mention_count DESC, article_count DESC, id LIMIT ?",
            [*params, limit],
        )

    def quotes_by(
        self, speaker: str | None = None, *, limit: int = 50, min_confidence: float = 0.0
    ) -> list[sqlite3.Row]:
        """Corpus quotes of a speaker (name or ``#id``), most reported first, then newest; with
        ``min_confidence``, only those whose speaker some occurrence gives at least that confidence.
        Each row carries ``confidence``: the highest of its occurrences'."""
        where, params = ["1"], []
        if speaker:
            ids = self.find_entities(speaker)
            if ids:
                where.append(f"q.speaker_entity_id IN ({','.join('?' * len(ids))})")
                params += ids
            else:
                where.append("q.speaker_name = ?")
                params.append(speaker)
        surest = "(SELECT max(o.confidence) FROM quote_occurrences o WHERE o.quote_id = q.id)"
        if min_confidence > 0:
            where.append(f"{surest} >= ?")
            params.append(min_confidence)
        return self.query(
            f"SELECT q.*, {surest} AS confidence FROM quotes q WHERE {' AND '.join(where)}"
            " ORDER BY q.count DESC, q.first_date DESC, q.id LIMIT ?",
            [*params, limit],
        )

    def occurrences(self, quote_id: int) -> list[sqlite3.Row]:
        return self.query(
            "SELECT * FROM quote_occurrences WHERE quote_id = ? ORDER BY published, article_id", [quote_id]
        )


@dataclass
class _EntityDelta:
    """What a batch adds to one entity's counts."""

    mentions: int = 0
    articles: int = 0
    aliases: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)


@dataclass
class _Touched:
    """Corpus rows whose counts a batch must refresh."""

    entities: set[int] = field(default_factory=set)
    deltas: dict[int, _EntityDelta] = field(default_factory=dict)
    recount: set[int] = field(default_factory=set)
    quotes: set[int] = field(default_factory=set)
    clusters: set[int] = field(default_factory=set)

    def delta(self, entity_id: int) -> _EntityDelta:
        if entity_id not in self.deltas:
            self.deltas[entity_id] = _EntityDelta()
        return self.deltas[entity_id]


def _counts_json(counts: Counter[str]) -> str:
    """``{form: n}`` JSON, most frequent first, zero and negative counts dropped."""
    ordered = sorted(((k, n) for k, n in counts.items() if n > 0), key=lambda kv: (-kv[1], kv[0]))
    return json.dumps(dict(ordered), ensure_ascii=False, separators=(",", ":"))


def _chunks(items: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _statements(script: str) -> list[str]:
    """Split an SQL script into statements (comments stripped; ``;`` never occurs in strings)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
