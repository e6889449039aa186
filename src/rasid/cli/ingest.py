"""``rasid ingest PATH... [--db rasid.db] [--workers N]``: process a corpus into the SQLite store.

Inputs are read as by ``rasid extract``. Articles already stored unchanged are skipped, so a re-run
resumes an interrupted ingest; changed ones are replaced. A progress bar (articles/s, errors) runs
on stderr and a summary ends the run. Exit status: 0 all inputs stored, 1 some inputs failed,
2 usage error, 130 interrupted (what was committed stays; re-run to resume).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter

from rasid.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE
from rasid.cli.arguments import iso_date, positive_int

DEFAULT_DB = "rasid.db"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``rasid ingest`` and its options."""
    parser = subparsers.add_parser(
        "ingest",
        help="process articles into a searchable SQLite corpus store",
        description=(
            "Run the rasid pipeline over articles and store everything in one SQLite file: articles, "
            "entities linked across articles, quotes with their occurrences, events, syndication "
            "clusters and full-text indexes. Re-running skips unchanged articles (resume)."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="input file, folder, zip, or - for stdin")
    parser.add_argument(
        "--db", default=DEFAULT_DB, metavar="FILE", help=f"store file (default: {DEFAULT_DB})"
    )
    parser.add_argument(
        "--workers",
        metavar="N",
        type=positive_int,
        default=os.cpu_count() or 1,
        help="worker processes for the pipeline (default: the number of cores)",
    )
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", type=iso_date, help="reference date for relative dates (اليوم، أمس)"
    )
    parser.add_argument("--stages", metavar="a,b,c", help="pipeline stages to run, in order")
    parser.add_argument("--force", action="store_true", help="reprocess articles even when stored unchanged")
    parser.add_argument(
        "--embed",
        action="store_true",
        help="also compute embeddings for semantic search (rasid search --semantic) of articles lacking them",
    )
    parser.add_argument(
        "--no-learn-boilerplate", action="store_true", help="skip the boilerplate-learning pass"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Ingest, show progress and a summary; returns the exit status."""
    from dataclasses import replace

    from rasid.corpus.readers import is_collection
    from rasid.errors import RasidError
    from rasid.pipeline import Options
    from rasid.store import Store
    from rasid.store.ingest import ingest, learn_boilerplate_for

    if not args.paths and not args.embed:
        print("rasid ingest: error: give at least one PATH (or --embed to embed a store)", file=sys.stderr)
        return EXIT_USAGE
    stages = tuple(s.strip() for s in args.stages.split(",") if s.strip()) if args.stages else ()
    options = Options(stages=stages, reference_date=args.date)
    try:
        options.pipeline()
    except RasidError as exc:
        print(f"rasid ingest: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    store = Store(args.db)
    show = not args.quiet and sys.stderr.isatty()
    try:
        report = None
        if args.paths:
            learnable = "-" not in args.paths and any(is_collection(p) for p in args.paths)
            if (
                learnable
                and not args.no_learn_boilerplate
                and "clean" in [s.name for s in options.pipeline()]
            ):
                if not args.quiet:
                    print("rasid ingest: learning boilerplate lines per source …", file=sys.stderr)
                options = replace(options, boilerplate=learn_boilerplate_for(args.paths))
            bar = _Bar(show, "ingest", "art")
            try:
                report = ingest(
                    args.paths,
                    store,
                    options=options,
                    workers=args.workers,
                    force=args.force,
                    progress=bar.update,
                )
            finally:
                bar.close()
            if not args.quiet:
                for where, code, message in report.errors[:20]:
                    print(f"rasid: [{code}] {where}: {message}", file=sys.stderr)
                if len(report.errors) > 20:
                    print(
                        f"rasid: … and {len(report.errors) - 20} more errors (table ingest_errors)",
                        file=sys.stderr,
                    )
                _summary(report, store)
            if report.interrupted:
                print(
                    "rasid ingest: interrupted; committed articles are kept, re-run to resume",
                    file=sys.stderr,
                )
                return 130
        if args.embed:
            from rasid.store.semantic import embed_missing

            bar = _Bar(show, "embed", "art")
            try:
                done = embed_missing(store, workers=args.workers, progress=bar.embed_update)
            finally:
                bar.close()
            if not args.quiet:
                print(f"rasid ingest: embedded {done:,} articles for semantic search", file=sys.stderr)
    finally:
        store.close()
    return EXIT_SOME_FAILED if report is not None and report.failed else EXIT_OK


def _summary(report, store) -> None:
    codes = Counter(code for _, code, _ in report.errors)
    detail = ", ".join(f"{code} x{n}" for code, n in sorted(codes.items()))
    print(
        f"rasid ingest: {report.written:,} written, {report.skipped:,} unchanged (skipped), "
        f"{report.failed:,} failed{f' ({detail})' if detail else ''} in {report.seconds:.1f} s "
        f"({report.rate:.1f} articles/s; stages {report.stages})",
        file=sys.stderr,
    )
    counts = {t: store.count(t) for t in ("articles", "entities", "quotes", "events", "clusters")}
    print(
        f"rasid ingest: {store.path}: " + ", ".join(f"{n:,} {t}" for t, n in counts.items()),
        file=sys.stderr,
    )


class _Bar:
    """A tqdm progress bar on stderr (articles/s, errors), only on a terminal."""

    def __init__(self, enabled: bool, desc: str, unit: str) -> None:
        self.bar = None
        self.enabled, self.desc, self.unit = enabled, desc, unit
        self.last = 0

    def _ensure(self, total: int | None = None):
        if self.bar is None and self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(
                desc=self.desc, unit=f" {self.unit}", total=total, file=sys.stderr, dynamic_ncols=True
            )
        return self.bar

    def update(self, report) -> None:
        bar = self._ensure()
        if bar is not None:
            done = report.processed + report.rejected + report.skipped
            bar.update(done - self.last)
            self.last = done
            bar.set_postfix(errors=report.failed, skipped=report.skipped, refresh=False)

    def embed_update(self, done: int, total: int) -> None:
        bar = self._ensure(total)
        if bar is not None:
            bar.update(done - self.last)
            self.last = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
