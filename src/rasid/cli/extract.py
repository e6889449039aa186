"""``rasid extract PATH...``: run the pipeline over files, folders, zips or stdin; write JSON.

Output is one JSON object per article (the contract in the README, "Output format"), as JSON Lines
on standard output by default. Bad inputs are reported on stderr, one line each, and the run goes
on; the exit status is 0 when every input became an article, 1 when some failed, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from rasid.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE
from rasid.cli.arguments import iso_date, positive_int, stage_list

if TYPE_CHECKING:
    from rasid.errors import InputError
    from rasid.model import Article
    from rasid.pipeline import Options

# Show a progress bar only for runs of more than a few articles (below this it is only noise).
PROGRESS_MIN_ARTICLES = 5


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``rasid extract`` and its options."""
    parser = subparsers.add_parser(
        "extract",
        help="extract who said what, who met whom, where and when from articles; write JSON",
        description=(
            "Run the rasid pipeline over articles and write one JSON object per article. PATH may be a "
            ".txt file (one article), a .json file (an array of records or one record), a .jsonl file, "
            "a .zip holding any of these, a folder (read recursively) or '-' for standard input."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="input file, folder, zip, or - for stdin")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    parser.add_argument(
        "--format", choices=("jsonl", "json"), default="jsonl", help="JSON Lines (default) or one JSON array"
    )
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", type=iso_date, help="reference date for relative dates (اليوم، أمس)"
    )
    from rasid.pipeline import DEFAULT_STAGES

    parser.add_argument(
        "--stages",
        metavar="a,b,c",
        type=stage_list,
        help=f"pipeline stages to run, in order (default: {','.join(DEFAULT_STAGES)})",
    )
    parser.add_argument("--workers", metavar="N", type=positive_int, default=1, help="worker processes")
    parser.add_argument(
        "--allow-non-arabic", action="store_true", help="process non-Arabic articles instead of skipping them"
    )
    parser.add_argument(
        "--max-chars",
        metavar="N",
        type=positive_int,
        default=None,
        help="skip articles longer than N characters",
    )
    parser.add_argument(
        "--no-learn-boilerplate",
        action="store_true",
        help="do not learn per-source boilerplate lines from folders, zips and JSON collections first",
    )
    parser.add_argument(
        "--errors",
        metavar="FILE",
        help="also write the failed inputs to FILE as JSON Lines (where, code, message)",
    )
    parser.add_argument("--include-raw", action="store_true", help="add the raw input text to each object")
    parser.add_argument("--include-tokens", action="store_true", help="add token offsets to each object")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", action="store_true", help="always show a progress bar on stderr")
    progress.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read, process and write; report errors and a summary on stderr. Returns the exit status."""
    from rasid.corpus.readers import DEFAULT_MAX_CHARS
    from rasid.errors import RasidError
    from rasid.pipeline import Options, process_many

    options = Options(
        stages=args.stages or (),
        reference_date=args.date,
        require_arabic=not args.allow_non_arabic,
        max_chars=args.max_chars or DEFAULT_MAX_CHARS,
    )
    try:
        options.pipeline()
    except RasidError as exc:
        print(f"rasid extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.paths.count("-") > 1:
        print("rasid extract: error: standard input ('-') can be read only once", file=sys.stderr)
        return EXIT_USAGE
    if args.output and Path(args.output).is_dir():
        print(f"rasid extract: error: output {args.output!r} is a folder", file=sys.stderr)
        return EXIT_USAGE

    started = time.perf_counter()
    total = None
    if not args.no_learn_boilerplate:
        options, total = _learn_boilerplate(args.paths, options)
    show_progress = not args.quiet and (args.progress or sys.stderr.isatty())
    counts: Counter[str] = Counter()
    ok = 0
    with (
        _output(args.output) as out,
        _output(args.errors, optional=True) as error_log,
        _Progress(show_progress, total) as progress,
    ):
        writer = _JsonArrayWriter(out) if args.format == "json" else None
        items = _read(args.paths, options)
        for outcome in process_many(items, options, workers=args.workers):
            if outcome.article is not None:
                ok += 1
                record = outcome.article.to_dict(
                    include_raw=args.include_raw, include_tokens=args.include_tokens
                )
                if writer:
                    writer.write(record)
                else:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                error = outcome.error
                counts[error.code if error else "E000"] += 1
                progress.write(f"rasid: {error}")
                if error_log is not None:
                    entry = {
                        "where": outcome.where,
                        "code": getattr(error, "code", None),
                        "message": getattr(error, "message", str(error)),
                    }
                    error_log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            progress.update()
        if writer:
            writer.close()
    failed = sum(counts.values())
    if not args.quiet:
        seconds = time.perf_counter() - started
        detail = ", ".join(f"{code} x{n}" for code, n in sorted(counts.items()))
        print(
            f"rasid extract: {ok:,} article{'' if ok == 1 else 's'} ok, {failed:,} failed"
            f"{f' ({detail})' if detail else ''}"
            f" in {seconds:.1f} s",
            file=sys.stderr,
        )
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _read(paths: Sequence[str], options: Options) -> Iterator[Article | InputError]:
    from rasid.corpus.readers import read_inputs

    return read_inputs(paths, max_chars=options.max_chars)


def _learn_boilerplate(paths: Sequence[str], options: Options) -> tuple[Options, int | None]:
    """Options with the boilerplate learned over collections in ``paths`` (a first reading pass),
    and the number of inputs seen (for the progress bar); unchanged when nothing can be learned."""
    from dataclasses import replace

    from rasid.corpus.readers import is_collection

    if "-" in paths or not any(is_collection(p) for p in paths) or "clean" not in _stage_names(options):
        return options, None
    try:
        from rasid.text.clean import learn_boilerplate
    except ImportError:  # the cleaning stage predates corpus learning
        return options, None
    seen = 0

    def pairs(items: Iterable[Article | InputError]) -> Iterator[tuple[str | None, str]]:
        nonlocal seen
        for item in items:
            seen += 1
            if not isinstance(item, Exception):
                yield item.media, item.raw

    learned = learn_boilerplate(pairs(_read(paths, options)))
    if not learned:
        return options, seen
    return replace(options, boilerplate={**options.boilerplate, **learned}), seen


def _stage_names(options: Options) -> tuple[str, ...]:
    return tuple(stage.name for stage in options.pipeline())


@contextmanager
def _output(path: str | None, *, optional: bool = False) -> Iterator[IO[str] | None]:
    """A temporary file beside ``path`` renamed onto it only on success; without a path, standard
    output (or ``None`` when ``optional``)."""
    if not path:
        if optional:
            yield None
            return
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


class _JsonArrayWriter:
    """Writes records as one JSON array, streaming (one record in memory at a time)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.count = 0
        out.write("[")

    def write(self, record: dict) -> None:
        text = json.dumps(record, ensure_ascii=False, indent=2)
        self.out.write(("," if self.count else "") + "\n" + text)
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")


class _Progress:
    """A tqdm bar on stderr that appears after a few articles; messages printed above it."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.bar = None

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()

    def update(self) -> None:
        self.done += 1
        if self.bar is None and self.enabled and self.done > PROGRESS_MIN_ARTICLES:
            from tqdm import tqdm

            self.bar = tqdm(
                total=self.total, initial=self.done, unit="article", file=sys.stderr, dynamic_ncols=True
            )
        elif self.bar is not None:
            self.bar.update()

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)
