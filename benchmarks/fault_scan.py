"""Run the default pipeline over a whole corpus and list every article a stage failed on.

The quality gate reads only the gold sets' 2,800 articles; a stage bug that one odd article in
30,000 triggers (a regular expression's optional group left empty, an empty word after a prefix)
shows up only here. An input error (E10x: empty, boilerplate only, not Arabic) is the reader's or
cleaner's verdict and is counted by code; an internal error (E099) or a stage's fault warning
(``W_QUOTES_FAILED``: the article keeps everything but its quotations) is a bug and is listed with
its record.

    python3 benchmarks/fault_scan.py                    # all of ../shared/corpora/saudinewsnet
    python3 benchmarks/fault_scan.py PATH... --workers 2 --no-write

Figures go to this script's section of benchmarks/RESULTS.md; the exit code is 1 when any
article met a bug.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from rasid.corpus.readers import read_inputs
from rasid.pipeline import Options, process_many
from results import write_section

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "saudinewsnet"
HEADING = "## Fault scan: every article of the corpus through the default pipeline"


def scan(paths: list[Path], workers: int) -> tuple[int, Counter[str], list[str]]:
    """(records read, input errors by code, one line per bug: record and message)."""
    inputs: Counter[str] = Counter()
    bugs: list[str] = []
    records = 0
    outcomes = process_many(read_inputs(paths), Options(), workers=workers)
    for outcome in tqdm(outcomes, desc="articles", unit=" art", file=sys.stderr, mininterval=2):
        records += 1
        if outcome.error is not None:
            code = getattr(outcome.error, "code", "E???")
            if code == "E099":
                bugs.append(str(outcome.error))
            else:
                inputs[code] += 1
            continue
        faults = [w for w in outcome.article.warnings if w.split(":", 1)[0].endswith("_FAILED")]
        bugs += [f"{outcome.where}: {w}" for w in faults]
    return records, inputs, bugs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    paths = [p for path in args.paths for p in (sorted(path.glob("*.zip")) if path.is_dir() else [path])]
    records, inputs, bugs = scan(paths, args.workers)
    codes = ", ".join(f"{code} {n:,}" for code, n in sorted(inputs.items())) or "none"
    where = ", ".join(p.name for p in args.paths)
    lines = [
        HEADING,
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, `benchmarks/fault_scan.py` over {where}: "
        f"{records:,} records; input errors (the reader's or cleaner's verdict, not bugs): {codes}; "
        f"articles a stage failed on: **{len(bugs)}**.",
    ]
    lines += [f"- {bug}" for bug in bugs]
    print("\n".join(lines[2:]))
    if not args.no_write:
        write_section(HEADING, "\n".join(lines) + "\n")
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
