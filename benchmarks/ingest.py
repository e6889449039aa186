"""Ingest benchmark: SaudiNewsNet (all 31,030 records, or --limit N) into a fresh store.

Reports articles/s, database size and peak memory (writer and largest worker), which stages ran,
and checks syndication clusters: every group of records with identical contents must share one
cluster; near-duplicate precision is read from the hand-judged pairs of
``benchmarks/data/dedup_pairs_gold.tsv``. Replaces its section of ``benchmarks/RESULTS.md``.

    nice python3 benchmarks/ingest.py --workers 2 [--stages clean,language,segment] [--limit 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import re
import resource
import sys
import threading
import time
import zipfile
from collections import defaultdict
from pathlib import Path

from results import write_section as write_results_section

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared"
RESULTS = HERE / "RESULTS.md"
GOLD_PAIRS = HERE / "data" / "dedup_pairs_gold.tsv"
_LOCATOR = re.compile(r"([\w-]+)\.zip:[\w-]+\.json\[(\d+)\]$")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/rasid-bench-ingest.db")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stages", default="", help="comma-separated stages (default: the default pipeline)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N records")
    parser.add_argument("--keep", action="store_true", help="keep an existing database (measure a resume)")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md alone")
    parser.add_argument("--section", default="Corpus ingest", help="RESULTS.md section title")
    args = parser.parse_args()

    from rasid.corpus.readers import read_inputs
    from rasid.pipeline import Options
    from rasid.store import Store
    from rasid.store.db import COUNTED_TABLES
    from rasid.store.ingest import ingest, learn_boilerplate_for

    zips = sorted(str(p) for p in (SHARED / "corpora" / "saudinewsnet").glob("*.zip"))
    db = Path(args.db)
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    stages = tuple(s for s in args.stages.split(",") if s)
    started = time.monotonic()
    boilerplate = learn_boilerplate_for(zips)
    learn_seconds = time.monotonic() - started
    options = Options(stages=stages, boilerplate=boilerplate)
    items = read_inputs(zips)
    if args.limit:
        items = itertools.islice(items, args.limit)
    last = [0.0]

    def progress(report) -> None:
        now = time.monotonic()
        if now - last[0] > 30:
            last[0] = now
            print(
                f"  {report.processed + report.rejected + report.skipped:,} done, {report.rate:.1f}/s",
                file=sys.stderr,
            )

    load_at_start = os.getloadavg()[0]
    sampler = MemorySampler()
    sampler.start()
    own_before = resource.getrusage(resource.RUSAGE_SELF)
    with Store(db) as store:
        report = ingest(zips, store, options=options, workers=args.workers, items=items, progress=progress)
    sampler.stop()
    own_after = resource.getrusage(resource.RUSAGE_SELF)
    workers_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)  # reaped when the pool closed
    handled = max(report.processed + report.rejected, 1)
    own_seconds = own_after.ru_utime - own_before.ru_utime + own_after.ru_stime - own_before.ru_stime
    writer_ms = own_seconds / handled * 1000
    worker_ms = (workers_cpu.ru_utime + workers_cpu.ru_stime) / handled * 1000
    with Store(db) as store:
        counts = {t: store.count(t) for t in COUNTED_TABLES if t != "article_vectors"}
        dedup = _check_clusters(store, zips, args.limit)
    total_seconds = time.monotonic() - started
    size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    precision = _gold_precision()
    lines = [
        f"## {args.section} (benchmarks/ingest.py)",
        "",
        f"Run {dt.date.today()}, `{' '.join(sys.argv[1:]) or '(defaults)'}`; SaudiNewsNet "
        f"{'first ' + format(args.limit, ',') + ' records' if args.limit else 'all 18 zips'}, "
        f"{args.workers} worker processes + 1 writer on the shared 2-core machine "
        f"(load average {load_at_start:.1f} at the start).",
        f"Stages: `{report.stages}`.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| records read | {report.read:,} |",
        f"| articles written | {report.written:,} |",
        f"| inputs failed (coded errors) | {report.failed:,} |",
        f"| ingest time | {report.seconds:,.0f} s (+ {learn_seconds:.0f} s boilerplate pass) |",
        f"| **throughput** | **{report.rate:,.1f} articles/s** |",
        f"| CPU per article | workers {worker_ms:.1f} ms (pipeline + index preparation, both together), "
        f"reading + writing process {writer_ms:.1f} ms (user + system; {args.workers} cores would "
        f"allow {args.workers * 1000 / (worker_ms + writer_ms):.0f} articles/s at full use) |",
        f"| database size | {size / 1e6:,.0f} MB ({size / max(report.written, 1) / 1024:,.1f} KB/article) |",
        f"| peak memory | writer {own:,.0f} MB, largest worker {children:,.0f} MB (RSS, shared pages "
        f"counted in each); all processes together {sampler.peak_mb:,.0f} MB (PSS, sampled every second) |",
        f"| rows | {', '.join(f'{n:,} {t}' for t, n in counts.items())} |",
        f"| identical-content groups (non-empty) | {dedup['groups']:,}; stored and all in one cluster: "
        f"{dedup['whole']:,} of {dedup['groups'] - dedup['rejected']:,}; every copy rejected by a coded "
        f"error: {dedup['rejected']:,} |",
        f"| near-duplicate precision (hand-judged sample) | {precision} |",
        f"| total wall time | {total_seconds:,.0f} s |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_results_section(f"## {args.section} (benchmarks/ingest.py)", text)
    return 0


class MemorySampler(threading.Thread):
    """The largest proportional set size (PSS) of this process and its children together, sampled
    every second from /proc: shared pages (the models the forked workers inherit) count once."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_mb = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(1.0):
            self.peak_mb = max(self.peak_mb, sum(_pss_mb(pid) for pid in _family(os.getpid())))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _family(pid: int) -> list[int]:
    """``pid`` and its direct children (the worker processes)."""
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                children.append(int(entry.name))
    return [pid, *children]


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _check_clusters(store, zips: list[str], limit: int) -> dict[str, int]:
    """Groups of records with identical (stripped) contents: how many are wholly in one cluster."""
    contents: dict[str, list[str]] = defaultdict(list)
    seen = 0
    for path in zips:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.endswith(".json"):
                    continue
                for i, record in enumerate(json.loads(archive.read(name))):
                    if limit and seen >= limit:
                        break
                    seen += 1
                    text = (record.get("content") or "").strip()
                    if text:
                        contents[text].append(f"{Path(path).stem}:{i}")
    where = {}
    for source, cluster in store.conn.execute("SELECT source, cluster_id FROM articles"):
        m = _LOCATOR.search(source or "")
        if m:
            where[f"{m.group(1)}:{m.group(2)}"] = cluster
    groups = [ids for ids in contents.values() if len(ids) > 1]
    whole = rejected = 0
    for ids in groups:
        clusters = {where.get(i, _NOT_STORED) for i in ids}
        if clusters == {_NOT_STORED}:
            rejected += 1  # every copy failed with a coded error (e.g. E106: nothing left after cleaning)
        elif len(clusters) == 1 and None not in clusters:
            whole += 1
    return {"groups": len(groups), "whole": whole, "rejected": rejected}


_NOT_STORED = -1


def _gold_precision() -> str:
    rows = [
        line.split("\t")
        for line in GOLD_PAIRS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and not line.startswith("article_a")
    ]
    same = sum(1 for r in rows if r[3] == "y")
    return f"{same}/{len(rows)} = {same / len(rows):.2f} (pairs with estimated Jaccard >= 0.5, not identical)"


if __name__ == "__main__":
    raise SystemExit(main())
