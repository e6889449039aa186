"""Read-only queries of the web UI over a rasid store (schema in ``rasid/store/schema.sql``).

The store is opened through :class:`rasid.store.db.Store` with ``readonly=True`` (a ``mode=ro`` URI)
plus ``PRAGMA query_only``, one connection per thread.
Every statement is parameterised; every listing is bounded and pages with a keyset cursor (the sort
key of the last row). Functions return plain dicts ready for JSON, CSV and the templates.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasid.errors import RasidError
from rasid.model import Article
from rasid.store.db import Store
from rasid.web.paging import encode_cursor

# Co-occurrence statistics of frequent entities are computed over their latest articles only. On a
# SaudiNewsNet-sized store (benchmarks/web_latency.py) 1,000 ranks the same top five names as 2,000
# for the two most mentioned entities (السعودية, سوريا) in less than half the time (90 vs 220 ms on
# the loaded 2-core machine); 500 started to change the fifth name.
COOCCURRENCE_ARTICLES = 1000
TOP_N = 15  # names in a "most quoted" / "co-occurring" panel
HOME_CACHE_SECONDS = 60.0
MEMO_SIZE = 256  # listings and statistics kept for paging (see WebStore.memo)
WEEK_DAYS = 7


class NotFound(RasidError):
    """E302: the page asked for names a row the store does not have."""

    def __init__(self, message: str) -> None:
        super().__init__("E302", message)


def open_read_only(path: str | Path) -> Store:
    """The store at ``path`` opened read-only (``mode=ro`` URI) with ``PRAGMA query_only``; E101 when
    the file is absent, E201 when it is not a rasid store, E202 when its schema is newer."""
    path = Path(path)
    if not path.is_file():
        raise RasidError("E101", f"{path}: database file not found")
    store = Store(path, create=False, readonly=True)
    store.conn.execute("PRAGMA query_only = ON")
    return store


def _loads(value: str | None, default: Any) -> Any:
    if not value:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def _week_before(day: str | None) -> str | None:
    if not day:
        return None
    try:
        return (dt.date.fromisoformat(day[:10]) - dt.timedelta(days=WEEK_DAYS - 1)).isoformat()
    except ValueError:
        return None


def bucket_series(counts: Iterable[tuple[str | None, int]]) -> tuple[str, list[tuple[str, int]]]:
    """Per-day counts regrouped for a chart: by day over ≤ 92 days, by ISO week (its Monday) over
    ≤ 2 years, else by month; missing periods are filled with zeros. Returns ``(granularity, series)``."""
    days: dict[dt.date, int] = {}
    for value, count in counts:
        try:
            day = dt.date.fromisoformat((value or "")[:10])
        except ValueError:
            continue
        days[day] = days.get(day, 0) + int(count)
    if not days:
        return "day", []
    first, last = min(days), max(days)
    span = (last - first).days
    if span <= 92:
        granularity = "day"

        def key(d: dt.date) -> dt.date:
            return d

        step = dt.timedelta(days=1)
    elif span <= 731:
        granularity = "week"

        def key(d: dt.date) -> dt.date:
            return d - dt.timedelta(days=d.weekday())

        step = dt.timedelta(days=7)
    else:
        granularity = "month"

        def key(d: dt.date) -> dt.date:
            return d.replace(day=1)

        step = None
    buckets: dict[dt.date, int] = {}
    for day, count in days.items():
        buckets[key(day)] = buckets.get(key(day), 0) + count
    series = []
    cursor = key(first)
    while cursor <= key(last):
        label = cursor.isoformat()[:7] if granularity == "month" else cursor.isoformat()
        series.append((label, buckets.get(cursor, 0)))
        if step is not None:
            cursor += step
        else:
            cursor = (cursor.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return granularity, series


@dataclass(frozen=True)
class Catalogue:
    """Id, date and outlet of every article, by position, read from covering indexes only (an
    article row holds its whole text and JSON, so scanning rows is what makes big stores slow).
    ``newest`` lists positions newest first (date, then id, descending)."""

    stamp: tuple[Any, ...]
    ids: list[str]
    dates: list[str]
    media: list[str]
    by_docid: dict[int, int]
    by_id: dict[str, int]
    newest: list[int]
    rank: list[int]  # rank[position] = index of the position in ``newest``

    @classmethod
    def load(cls, store: WebStore, stamp: tuple[Any, ...]) -> Catalogue:
        # one covering index per column: (rowid, id), (rowid, docid), (rowid, date), (rowid, media)
        ids = dict(store.query("SELECT rowid, id FROM articles"))
        docids = dict(store.query("SELECT rowid, docid FROM articles"))
        dates = dict(store.query("SELECT rowid, date FROM articles"))
        media = dict(store.query("SELECT rowid, media FROM articles"))
        rowids = sorted(ids)
        id_list = [ids[r] for r in rowids]
        date_list = [(dates.get(r) or "")[:10] for r in rowids]
        newest = sorted(range(len(rowids)), key=lambda i: (date_list[i], id_list[i]), reverse=True)
        rank = [0] * len(rowids)
        for order, position in enumerate(newest):
            rank[position] = order
        return cls(
            stamp=stamp,
            ids=id_list,
            dates=date_list,
            media=[media.get(r) or "" for r in rowids],
            by_docid={docids[r]: i for i, r in enumerate(rowids)},
            by_id={article_id: i for i, article_id in enumerate(id_list)},
            newest=newest,
            rank=rank,
        )


class WebStore:
    """The queries behind every page; one read-only store connection per thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._local.store = open_read_only(self.path)  # fail now, not on the first request
        self._lock = threading.Lock()
        self._home: tuple[float, dict[str, Any]] | None = None
        self._catalogue: Catalogue | None = None
        self._memo: dict[Hashable, tuple[tuple[Any, ...], Any]] = {}

    @property
    def conn(self) -> sqlite3.Connection:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = open_read_only(self.path)
        return store.conn

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Rows of one statement; a malformed full-text query is E204, a broken database E201."""
        self.conn  # noqa: B018 - opens this thread's connection
        return self._local.store.query(sql, params)

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.query(sql, params)]

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return dict(rows[0]) if rows else None

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def stamp(self) -> tuple[Any, ...]:
        """Changes whenever an ingest adds or replaces articles (two index look-ups)."""
        row = self.query("SELECT max(rowid), max(docid) FROM articles")[0]
        return tuple(row)

    def catalogue(self) -> Catalogue:
        """The article catalogue, reloaded when the store has changed."""
        stamp = self.stamp()
        with self._lock:
            if self._catalogue is not None and self._catalogue.stamp == stamp:
                return self._catalogue
        loaded = Catalogue.load(self, stamp)
        with self._lock:
            self._catalogue = loaded
            self._memo.clear()
        return loaded

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered under ``key`` until the store changes (the last
        ``MEMO_SIZE`` results): paging through a listing does not redo its statistics."""
        stamp = self.catalogue().stamp
        with self._lock:
            hit = self._memo.get(key)
            if hit is not None and hit[0] == stamp:
                return hit[1]
        value = compute()
        with self._lock:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.pop(next(iter(self._memo)))
            self._memo[key] = (stamp, value)
        return value

    # -- home ---------------------------------------------------------------------------------
    def overview(self) -> dict[str, Any]:
        """Corpus at a glance: counts, date range, outlets, and the most-quoted people of the
        store's latest week (the seven days ending on its newest article date), with the newest
        statements. Cached for ``HOME_CACHE_SECONDS``: the figures move only with an ingest."""
        with self._lock:
            cached = self._home
            if cached and time.monotonic() - cached[0] < HOME_CACHE_SECONDS:
                return cached[1]
        first_last = self._one("SELECT min(date) AS first_date, max(date) AS last_date FROM articles") or {}
        stats = {
            "articles": self._scalar("SELECT count(*) FROM articles"),
            "outlets": self._scalar(
                "SELECT count(*) FROM (SELECT DISTINCT media FROM articles WHERE media != '')"
            ),
            "first_date": first_last.get("first_date"),
            "last_date": first_last.get("last_date"),
            "entities": self._scalar("SELECT count(*) FROM entities"),
            "quotes": self._scalar("SELECT count(*) FROM quotes"),
        }
        stats["week_start"] = _week_before(stats["last_date"])
        outlets = self._all(
            "SELECT media, count(*) AS articles, max(date) AS last_date FROM articles"
            " WHERE media IS NOT NULL AND media != '' GROUP BY media ORDER BY articles DESC, media"
        )
        result = {
            "stats": stats,
            "outlets": outlets,
            "most_quoted": self.most_quoted(stats["week_start"], stats["last_date"]),
            "latest_quotes": self.latest_quotes(),
        }
        with self._lock:
            self._home = (time.monotonic(), result)
        return result

    def most_quoted(self, since: str | None, until: str | None, limit: int = TOP_N) -> list[dict[str, Any]]:
        """People with the most statements first reported between ``since`` and ``until``
        (inclusive), with how many articles and outlets carried them."""
        top = self._all(
            "SELECT e.id AS entity_id, e.canonical AS name, t.statements FROM"
            " (SELECT speaker_entity_id, count(*) AS statements FROM quotes"
            "  WHERE first_date >= coalesce(?, '') AND first_date <= coalesce(?, '~')"
            "  AND speaker_entity_id IS NOT NULL GROUP BY speaker_entity_id) t"
            " JOIN entities e ON e.id = t.speaker_entity_id WHERE e.label = 'PER'"
            " ORDER BY t.statements DESC, e.canonical LIMIT ?",
            (since, until, limit),
        )
        for row in top:
            reach = self._one(
                "SELECT count(DISTINCT o.article_id) AS articles, count(DISTINCT o.media) AS outlets"
                " FROM quotes q JOIN quote_occurrences o ON o.quote_id = q.id WHERE q.speaker_entity_id = ?"
                " AND q.first_date >= coalesce(?, '') AND q.first_date <= coalesce(?, '~')",
                (row["entity_id"], since, until),
            )
            row.update(reach or {"articles": 0, "outlets": 0})
        return top

    def latest_quotes(self, limit: int = 8) -> list[dict[str, Any]]:
        """The newest corpus statements with a named speaker."""
        return self._all(
            "SELECT id AS quote_id, speaker_entity_id, speaker_name, kind, text, first_date, count"
            " FROM quotes WHERE speaker_name IS NOT NULL AND speaker_name != ''"
            " ORDER BY first_date DESC, id DESC LIMIT ?",
            (limit,),
        )

    # -- article ------------------------------------------------------------------------------
    def article(self, article_id: str) -> dict[str, Any]:
        """One article: its row, the :class:`Article`, store ids of its entities and quotes, and
        its syndicated copies."""
        row = self._one(
            "SELECT id, docid, url, title, media, author, published, date, language, source, doc,"
            " cluster_id, n_entities, n_quotes, n_events FROM articles WHERE id = ?",
            (article_id,),
        )
        if row is None:
            raise NotFound(f"no article with id {article_id!r}")
        try:
            article = Article.from_dict(json.loads(row.pop("doc")))
        except (ValueError, KeyError, TypeError) as exc:
            raise RasidError("E201", f"article {article_id!r}: stored JSON is unreadable ({exc})") from exc
        mentions = self._all(
            "SELECT m.start, m.end, m.local_id, m.entity_id, e.canonical FROM mentions m"
            " LEFT JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?",
            (article_id,),
        )
        occurrences = self._all(
            "SELECT o.quote_id, o.start, o.end, q.speaker_entity_id FROM quote_occurrences o"
            " JOIN quotes q ON q.id = o.quote_id WHERE o.article_id = ?",
            (article_id,),
        )
        copies: list[dict[str, Any]] = []
        if row["cluster_id"] is not None:
            copies = self._all(
                "SELECT a.id, a.title, a.media, a.date, d.similarity, d.exact FROM articles a"
                " LEFT JOIN duplicates d ON (d.article_id = a.id AND d.duplicate_of = ?)"
                " OR (d.article_id = ? AND d.duplicate_of = a.id)"
                " WHERE a.cluster_id = ? AND a.id != ? ORDER BY a.date, a.id LIMIT ?",
                (article_id, article_id, row["cluster_id"], article_id, 200),
            )
        return {
            "row": row,
            "article": article,
            "mentions": mentions,
            "occurrences": occurrences,
            "copies": copies,
        }

    # -- entity and speaker -------------------------------------------------------------------
    def entity(self, entity_id: int) -> dict[str, Any]:
        """The registry row of one entity, aliases and roles decoded, most frequent first."""
        row = self._one(
            "SELECT id, label, canonical, kind, nationality, aliases, roles, mention_count,"
            " article_count, first_seen, last_seen FROM entities WHERE id = ?",
            (entity_id,),
        )
        if row is None:
            raise NotFound(f"no entity with id {entity_id}")
        for name in ("aliases", "roles"):
            counts = _loads(row[name], {})
            if isinstance(counts, list):
                counts = {str(v): 0 for v in counts}
            row[name] = [
                {"form": form, "count": count}
                for form, count in sorted(counts.items(), key=lambda kv: (-int(kv[1] or 0), kv[0]))
            ]
        row["statements"] = self._scalar(
            "SELECT count(*) FROM quotes WHERE speaker_entity_id = ?", (entity_id,)
        )
        return row

    def entity_mentions(self, entity_id: int) -> list[tuple[int, int]]:
        """``(catalogue position, mentions)`` of every article naming the entity, newest first."""

        def compute() -> list[tuple[int, int]]:
            catalogue = self.catalogue()
            rows = self.query(
                "SELECT article_id, count(*) FROM mentions WHERE entity_id = ? GROUP BY article_id",
                (entity_id,),
            )
            found = [(catalogue.by_id[a], n) for a, n in rows if a in catalogue.by_id]
            found.sort(key=lambda pair: catalogue.rank[pair[0]])
            return found

        return self.memo(("mentions", entity_id), compute)

    def mention_timeline(self, entity_id: int) -> list[tuple[str, int]]:
        """Mentions of an entity per article date."""
        catalogue = self.catalogue()
        per_day: Counter[str] = Counter()
        for position, mentions in self.entity_mentions(entity_id):
            per_day[catalogue.dates[position]] += mentions
        return list(per_day.items())

    def cooccurring(self, entity_id: int, limit: int = TOP_N) -> list[dict[str, Any]]:
        """Entities named in the same articles (among its latest ``COOCCURRENCE_ARTICLES``)."""
        catalogue = self.catalogue()
        recent = [catalogue.ids[p] for p, _ in self.entity_mentions(entity_id)[:COOCCURRENCE_ARTICLES]]
        if not recent:
            return []
        marks = ",".join("?" * len(recent))
        top = self._all(
            "SELECT entity_id, count(DISTINCT article_id) AS articles FROM mentions"
            f" WHERE article_id IN ({marks}) AND entity_id IS NOT NULL AND entity_id != ?"
            " GROUP BY entity_id ORDER BY articles DESC LIMIT ?",
            [*recent, entity_id, limit],
        )
        names = self.entity_names(row["entity_id"] for row in top)
        return [
            {
                "entity_id": row["entity_id"],
                "name": names[row["entity_id"]]["canonical"],
                "label": names[row["entity_id"]]["label"],
                "articles": row["articles"],
            }
            for row in top
            if row["entity_id"] in names
        ]

    def entity_articles(self, entity_id: int, after: list[Any] | None, limit: int) -> tuple[list, str | None]:
        """Articles that mention an entity, newest first, keyset-paged on ``(date, id)``."""
        catalogue = self.catalogue()
        found = self.entity_mentions(entity_id)
        if after:
            key = (str(after[0]), str(after[1]))
            found = [(p, n) for p, n in found if (catalogue.dates[p], catalogue.ids[p]) < key]
        page = found[: limit + 1]
        details = self._details([catalogue.ids[p] for p, _ in page[:limit]])
        rows = [
            {
                **details.get(catalogue.ids[p], {"id": catalogue.ids[p]}),
                "mentions": n,
                "day": catalogue.dates[p],
            }
            for p, n in page
        ]
        return _page(rows, limit, lambda r: [r["day"], r["id"]])

    def _details(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Title, outlet, date and counts of the given articles."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._all(
            f"SELECT id, title, media, date, url, n_quotes, n_entities FROM articles WHERE id IN ({marks})",
            ids,
        )
        return {row["id"]: row for row in rows}

    def statements(self, entity_id: int, after: list[Any] | None, limit: int) -> tuple[list, str | None]:
        """Everything a speaker said (corpus quotes), newest first, with the cue, kind and outlets
        of its first report; keyset-paged on ``(first_date, id)``."""
        params: list[Any] = [entity_id]
        where = ""
        if after:
            where = " AND (coalesce(q.first_date, '') < ? OR (coalesce(q.first_date, '') = ? AND q.id < ?))"
            params += [after[0], after[0], after[1]]
        rows = self._all(
            "SELECT q.id AS quote_id, q.text, q.kind, q.first_date, q.last_date, q.count, q.outlets,"
            " q.first_article_id AS article_id,"
            " coalesce((SELECT o.cue FROM quote_occurrences o WHERE o.quote_id = q.id"
            "  AND o.article_id = q.first_article_id ORDER BY o.id LIMIT 1),"
            " (SELECT o.cue FROM quote_occurrences o WHERE o.quote_id = q.id ORDER BY o.id LIMIT 1)) AS cue"
            " FROM quotes q WHERE q.speaker_entity_id = ?"
            + where
            + " ORDER BY coalesce(q.first_date, '') DESC, q.id DESC LIMIT ?",
            [*params, limit + 1],
        )
        for row in rows:
            row["outlets"] = _loads(row["outlets"], [])
        return _page(rows, limit, lambda r: [r["first_date"] or "", r["quote_id"]])

    def statement_timeline(self, entity_id: int) -> list[tuple[str, int]]:
        """A speaker's reported statements per date (each outlet's report counts)."""
        rows = self.query(
            "SELECT o.published, count(*) FROM quote_occurrences o JOIN quotes q ON q.id = o.quote_id"
            " WHERE q.speaker_entity_id = ? GROUP BY o.published",
            (entity_id,),
        )
        return [(d, n) for d, n in rows]

    def quoted_alongside(self, entity_id: int, limit: int = TOP_N) -> list[dict[str, Any]]:
        """Other speakers quoted in the same articles as this one, most shared articles first."""
        return self._all(
            "WITH mine AS (SELECT DISTINCT o.article_id FROM quote_occurrences o"
            " JOIN quotes q ON q.id = o.quote_id WHERE q.speaker_entity_id = ? LIMIT ?)"
            " SELECT e.id AS entity_id, e.canonical AS name, e.label,"
            " count(DISTINCT o.article_id) AS articles"
            " FROM quote_occurrences o JOIN mine ON mine.article_id = o.article_id"
            " JOIN quotes q ON q.id = o.quote_id JOIN entities e ON e.id = q.speaker_entity_id"
            " WHERE q.speaker_entity_id != ? GROUP BY e.id ORDER BY articles DESC, e.canonical LIMIT ?",
            (entity_id, COOCCURRENCE_ARTICLES, entity_id, limit),
        )

    # -- quote --------------------------------------------------------------------------------
    def quote(self, quote_id: int) -> dict[str, Any]:
        """One corpus statement."""
        row = self._one(
            "SELECT id AS quote_id, speaker_entity_id, speaker_name, speaker_type, kind, text,"
            " first_date, last_date, first_article_id, count, outlets FROM quotes WHERE id = ?",
            (quote_id,),
        )
        if row is None:
            raise NotFound(f"no quote with id {quote_id}")
        row["outlets"] = _loads(row["outlets"], [])
        return row

    def quotes_by_id(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Corpus statements in the order of ``ids`` (outlets decoded)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {
            row["quote_id"]: row
            for row in self._all(
                "SELECT id AS quote_id, speaker_entity_id, speaker_name, kind, text, first_date, count,"
                f" outlets, first_article_id FROM quotes WHERE id IN ({marks})",
                list(ids),
            )
        }
        rows = [found[i] for i in ids if i in found]
        for row in rows:
            row["outlets"] = _loads(row["outlets"], [])
        return rows

    def occurrences(self, quote_id: int, after: list[Any] | None, limit: int) -> tuple[list, str | None]:
        """Every report of a statement, oldest first: outlet, date, article, wording, cue, kind."""
        params: list[Any] = [quote_id]
        where = ""
        if after:
            where = " AND (coalesce(o.published, '') > ? OR (coalesce(o.published, '') = ? AND o.id > ?))"
            params += [after[0], after[0], after[1]]
        rows = self._all(
            "SELECT o.id AS occurrence_id, o.article_id, a.title, o.media, o.published, o.kind, o.cue,"
            " o.speaker_text, o.via, o.text, o.start, o.end, a.url"
            " FROM quote_occurrences o JOIN articles a ON a.id = o.article_id WHERE o.quote_id = ?"
            + where
            + " ORDER BY coalesce(o.published, '') , o.id LIMIT ?",
            [*params, limit + 1],
        )
        return _page(rows, limit, lambda r: [r["published"] or "", r["occurrence_id"]])

    # -- names for facets ---------------------------------------------------------------------
    def entity_names(self, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """``{id: {canonical, label}}`` for the given entity ids."""
        ids = list(dict.fromkeys(int(i) for i in ids))[:500]
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._all(f"SELECT id, canonical, label FROM entities WHERE id IN ({marks})", ids)
        return {row["id"]: row for row in rows}


def _page(rows: list[dict[str, Any]], limit: int, key) -> tuple[list[dict[str, Any]], str | None]:
    """Cut one extra row off ``rows`` and turn it into the next cursor."""
    if len(rows) > limit:
        rows = rows[:limit]
        return rows, encode_cursor(key(rows[-1]))
    return rows, None
