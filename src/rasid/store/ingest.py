"""Ingest: readers → pipeline (worker processes) → one writer committing batches to the store.

Unchanged articles already stored (same content hash) are skipped before any processing, so a
re-run after a crash resumes where the last committed batch ended. Workers run the pipeline and
:func:`rasid.store.db.prepare` (analysis for the index, MinHash) so that the single writer only
links and writes.
"""

from __future__ import annotations

import collections
import gc
import itertools
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from rasid.errors import InputError, RasidError
from rasid.model import Article
from rasid.pipeline import GC_THRESHOLDS as GC_THRESHOLDS  # the collector policy, importable from here too
from rasid.pipeline import Options, fewer_collections, init_worker, process, warm_up
from rasid.store.db import Prepared, Store, content_hash, prepare

# Articles per write transaction: large enough to amortise the commit and the count refresh,
# small enough that a killed run loses little (measured: 200 costs < 1 s of work per commit).
BATCH_SIZE = 200
# Inputs handed to the worker pool at a time (bounds memory: the pool reads ahead this far).
WINDOW = 512


@dataclass
class IngestReport:
    """What an ingest did."""

    read: int = 0
    processed: int = 0  # through the pipeline in this run (written once their batch commits)
    rejected: int = 0  # inputs the readers could not turn into articles (counted in failed too)
    written: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    stages: str = ""
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (where, code, message)
    interrupted: bool = False

    @property
    def rate(self) -> float:
        """Inputs handled (processed, or rejected by the readers) per second."""
        return (self.processed + self.rejected) / self.seconds if self.seconds else 0.0


def _work(item: Article, options: Options, stages: str, input_hash: str) -> Prepared | tuple[str, str, str]:
    """Run in a worker: the pipeline and the writer's preparation, or the error triple."""
    try:
        article = process(item, options)
        article = replace(article, raw="", tokens=())  # not stored; spare the pickling back
        prepared = prepare(article, stages, input_hash)
        # the writer reads these from the JSON document only: spare pickling them back as objects
        prepared.article = replace(article, paragraphs=(), sentences=(), dates=(), document_date=None)
        return prepared
    except RasidError as exc:
        return (getattr(exc, "where", "") or item.source or item.id, exc.code, exc.message)
    except Exception as exc:  # a stage bug costs this article (E099), never the ingest
        return (item.source or item.id, "E099", f"internal error {type(exc).__name__}: {exc}")


def _init_worker() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    init_worker()


def learn_boilerplate_for(paths: Sequence[str]) -> dict[str, frozenset[str]]:
    """Boilerplate lines per media learned over all inputs (a first, reading-only pass)."""
    from rasid.corpus.readers import read_inputs

    try:
        from rasid.text.clean import learn_boilerplate
    except ImportError:
        return {}
    records = ((a.media, a.raw) for a in read_inputs(paths) if isinstance(a, Article))
    return learn_boilerplate(records)


@fewer_collections()
def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    options: Options | None = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    force: bool = False,
    progress: Callable[[IngestReport], None] | None = None,
    items: Iterable[Article | InputError] | None = None,
) -> IngestReport:
    """Process every input of ``paths`` (or the given ``items``) into ``store``. Returns the report;
    a KeyboardInterrupt stops after rolling back the open batch (``report.interrupted``)."""
    from rasid.corpus.readers import read_inputs

    options = options or Options()
    stages = ",".join(s.name for s in options.pipeline())
    report = IngestReport(stages=stages)
    started = time.monotonic()
    run_id = store.begin_run(list(paths), stages)
    stored = {} if force else store.stored_hashes()
    source = items if items is not None else read_inputs(paths)

    def todo() -> Iterator[tuple[Article, str]]:
        for item in source:
            report.read += 1
            if isinstance(item, RasidError):
                report.failed += 1
                report.rejected += 1
                report.errors.append((getattr(item, "where", ""), item.code, item.message))
                continue
            digest = content_hash(item, stages)
            if stored.get(item.id) == digest:
                report.skipped += 1
                continue
            stored[item.id] = digest
            yield item, digest

    batch: list[Prepared] = []
    pool = None
    work = partial(_star_work, options=options, stages=stages)
    pending = todo()
    # Two windows in flight: the workers start on the next window while the last results of the
    # current one are written, instead of idling at every window's end.
    in_flight: collections.deque[Iterator[Any]] = collections.deque()

    def submit() -> None:
        nonlocal pool
        window = list(itertools.islice(pending, WINDOW))
        if not window:
            return
        if workers > 1 and pool is None:  # only once there is work to do
            warm_up(options)
            # the tables the warm-up loaded stay out of every collection: a forked worker's
            # collector would otherwise touch, and so copy, every page that holds them
            gc.freeze()
            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            pool = ctx.Pool(workers, initializer=_init_worker)
        in_flight.append(pool.imap(work, window, chunksize=4) if pool else map(work, window))

    try:
        submit()
        submit()
        while in_flight:
            results = in_flight.popleft()
            for result in results:
                report.processed += 1
                if isinstance(result, Prepared):
                    batch.append(result)
                    if len(batch) >= batch_size:
                        report.written += store.write(batch)
                        batch = []
                else:
                    report.failed += 1
                    report.errors.append(result)
                report.seconds = time.monotonic() - started
                if progress:
                    progress(report)
            submit()
        if batch:
            report.written += store.write(batch)
            batch = []
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        if pool is not None:
            pool.terminate() if report.interrupted else pool.close()
            pool.join()
        report.seconds = time.monotonic() - started
        try:
            store.record_errors(run_id, report.errors)
            store.end_run(
                run_id, report.written, report.skipped, report.failed, finished=not report.interrupted
            )
            if report.written and not report.interrupted:
                store.optimize_search()
        except RasidError as exc:  # the run's own bookkeeping failing must not hide the first error
            print(f"rasid: warning: {exc}", file=sys.stderr)
    return report


def _star_work(pair: tuple[Article, str], options: Options, stages: str) -> Any:
    return _work(pair[0], options, stages, pair[1])
