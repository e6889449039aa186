"""Throughput of the default pipeline over the SaudiNewsNet zips: articles/s, words/s, peak memory.

    python3 benchmarks/throughput.py                  # whole corpus (31,030 records), one process
    python3 benchmarks/throughput.py --limit 2000     # the first 2,000 records only
    python3 benchmarks/throughput.py --every 20       # every 20th record: all outlets and days
    python3 benchmarks/throughput.py --workers 2      # a process pool, as `rasid extract --workers 2`

Reading is timed on its own first, then the boilerplate pre-pass `rasid extract` does on
collections, then the pipeline; with one process each stage is timed too. Figures are printed and
written to this script's section of benchmarks/RESULTS.md (``--no-write`` to skip).
"""

from __future__ import annotations

import argparse
import itertools
import platform
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from rasid.corpus.readers import read_inputs
from rasid.errors import InputError, RasidError
from rasid.model import Article
from rasid.pipeline import Options, process_many

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "saudinewsnet"
RESULTS = REPO / "benchmarks" / "RESULTS.md"
START, END = "<!-- throughput:start -->", "<!-- throughput:end -->"


def records(corpus: Path, limit: int | None, every: int = 1) -> Iterator[Article | InputError]:
    """Every ``every``-th record of the corpus in order (all sources and days, not just the first
    zip's first outlet), at most ``limit`` of them."""
    items = itertools.islice(read_inputs(sorted(corpus.glob("*.zip"))), 0, None, every)
    return itertools.islice(items, limit) if limit else items


def words(text: str) -> int:
    return len(text.split())


def time_reading(corpus: Path, limit: int | None, every: int) -> tuple[int, int, float]:
    """(records, words, seconds) for reading and decoding alone."""
    started = time.perf_counter()
    count = total_words = 0
    for item in records(corpus, limit, every):
        count += 1
        if isinstance(item, Article):
            total_words += words(item.raw)
    return count, total_words, time.perf_counter() - started


def time_learning(
    corpus: Path, limit: int | None, every: int, options: Options
) -> tuple[Options, float, int]:
    """Options with the learned boilerplate, the seconds it took (reading included), lines learned."""
    from dataclasses import replace

    from rasid.text.clean import learn_boilerplate

    started = time.perf_counter()
    pairs = ((a.media, a.raw) for a in records(corpus, limit, every) if isinstance(a, Article))
    learned = learn_boilerplate(pairs)
    return (
        replace(options, boilerplate=learned),
        time.perf_counter() - started,
        sum(map(len, learned.values())),
    )


def time_pipeline(corpus: Path, limit: int | None, every: int, options: Options, workers: int) -> dict:
    """Run the pipeline; per-stage seconds when in one process."""
    stage_seconds: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    ok = total_words = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    if workers > 1:
        for outcome in process_many(records(corpus, limit, every), options, workers=workers):
            if outcome.article is not None:
                ok += 1
                total_words += words(outcome.article.raw)
            else:
                errors[outcome.error.code] += 1
    else:
        stages = options.pipeline()
        for item in records(corpus, limit, every):
            if isinstance(item, InputError):
                errors[item.code] += 1
                continue
            article = item
            try:
                for stage in stages:
                    t0 = time.perf_counter()
                    article = stage.func(article, options)
                    stage_seconds[stage.name] += time.perf_counter() - t0
            except RasidError as exc:
                errors[exc.code] += 1
                continue
            ok += 1
            total_words += words(article.raw)
    return {
        "ok": ok,
        "errors": errors,
        "words": total_words,
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu_started,
        "stages": stage_seconds,
    }


def peak_memory_mib() -> tuple[float, float]:
    """Peak resident memory (MiB) of this process and of its largest finished child (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def report(args: argparse.Namespace, reading: tuple, learning: tuple, run: dict) -> str:
    count, read_words, read_seconds = reading
    _, learn_seconds, learned_lines = learning
    own, children = peak_memory_mib()
    failed = sum(run["errors"].values())
    seconds = run["seconds"]
    lines = [
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"`python3 benchmarks/throughput.py{' --every ' + str(args.every) if args.every > 1 else ''}"
        f"{' --limit ' + str(args.limit) if args.limit else ''}"
        f"{' --workers ' + str(args.workers) if args.workers > 1 else ''}` "
        f"(machine shared with other jobs, so figures are lower bounds).",
        "",
        "| step | records | seconds | articles/s | words/s |",
        "|---|---:|---:|---:|---:|",
        f"| read + decode (zips, streaming) | {count:,} | {read_seconds:.1f} | {count / read_seconds:,.0f} "
        f"| {read_words / read_seconds:,.0f} |",
        f"| boilerplate pre-pass (read + learn, {learned_lines:,} lines learned) | {count:,} "
        f"| {learn_seconds:.1f} | {count / learn_seconds:,.0f} | {read_words / learn_seconds:,.0f} |",
        f"| default pipeline ({', '.join(s.name for s in Options().pipeline())}) | {run['ok']:,} ok, "
        f"{failed:,} failed | {seconds:.1f} | {run['ok'] / seconds:,.1f} | {run['words'] / seconds:,.0f} |",
        "",
        f"Failures by code: {', '.join(f'{c} x{n}' for c, n in sorted(run['errors'].items())) or 'none'}. "
        f"Peak memory (max RSS): {own:,.0f} MiB this process"
        f"{f', {children:,.0f} MiB largest worker' if args.workers > 1 else ''}.",
    ]
    if args.workers <= 1:
        cpu = run["cpu_seconds"]
        lines.append(
            f"Pipeline CPU time {cpu:.1f} s: {run['ok'] / cpu:,.1f} articles and "
            f"{run['words'] / cpu:,.0f} words per CPU-second (what one free core would do)."
        )
    if run["stages"]:
        total = sum(run["stages"].values())
        lines += ["", "| stage | ms/article | share |", "|---|---:|---:|"]
        for name, spent in run["stages"].items():
            lines.append(f"| {name} | {1000 * spent / max(run['ok'], 1):.2f} | {spent / total:.0%} |")
    return "\n".join(lines)


def write_section(body: str) -> None:
    """Replace (or append) this script's section of RESULTS.md."""
    section = f"{START}\n## Throughput (`benchmarks/throughput.py`)\n\n{body}\n{END}"
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.DOTALL)
    text = (
        pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    )
    RESULTS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of SaudiNewsNet zips")
    parser.add_argument("--limit", type=int, default=None, help="process at most N records")
    parser.add_argument("--every", type=int, default=1, help="take every K-th record (a spread sample)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes for the pipeline")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    if not any(args.corpus.glob("*.zip")):
        print(f"no zips in {args.corpus}", file=sys.stderr)
        return 2
    options = Options()
    # Reading and learning cover every record the sample is drawn from, as `rasid extract` would.
    span = args.limit * args.every if args.limit else None
    reading = time_reading(args.corpus, span, 1)
    print(f"read {reading[0]:,} records in {reading[2]:.1f} s", file=sys.stderr)
    learning = time_learning(args.corpus, span, 1, options)
    print(f"learned boilerplate in {learning[1]:.1f} s", file=sys.stderr)
    run = time_pipeline(args.corpus, args.limit, args.every, learning[0], args.workers)
    body = report(args, reading, learning, run)
    print(body)
    if not args.no_write:
        write_section(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
