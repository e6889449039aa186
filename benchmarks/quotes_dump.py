"""Every quotation of a fixed SaudiNewsNet sample, as JSON lines, to check a speed change's output.

A speed change to the quotes stage must leave every quotation as it was (all fields). This script
runs the full default pipeline over a deterministic sample (``--articles`` spread evenly over the
corpus zips, every k-th article from ``--offset``; not the ``quotes_speed.py`` sample unless asked)
and writes one line per article: its source, its quotations (``Quote.to_dict`` with the confidence
unrounded) and its quotation warnings. ``--compare OLD`` then lists the articles whose line differs
from an earlier dump's (the dump of the starting code, written once).

Usage::

    PYTHONPATH=<old>/src python3 benchmarks/quotes_dump.py /tmp/old.jsonl
    PYTHONPATH=src python3 benchmarks/quotes_dump.py /tmp/new.jsonl --compare /tmp/old.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/saudinewsnet"


def sample(n: int, offset: int) -> Iterator:
    """About ``n`` articles spread evenly over the corpus zips, from ``offset`` in each step."""
    from rasid.corpus.readers import read_inputs

    zips = sorted(CORPUS.glob("*.zip"))
    if not zips:
        raise SystemExit(f"E101 corpus not found: {CORPUS}")
    per_zip = max(1, n // len(zips))
    for path in zips:
        items = [a for a in read_inputs([path]) if not isinstance(a, Exception)]
        step = max(1, len(items) // per_zip)
        yield from items[offset % step :: step][:per_zip]


def dump_line(article) -> str:
    """One article's quotations and quotation warnings as a JSON line (confidence unrounded)."""
    quotes = []
    for quote in article.quotes:
        record = quote.to_dict()
        record["confidence"] = repr(quote.confidence)
        quotes.append(record)
    warnings = [w for w in article.warnings if w.startswith("W_QUOTE")]
    return json.dumps(
        {"source": str(article.source), "quotes": quotes, "warnings": warnings},
        ensure_ascii=False,
        sort_keys=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="where to write the dump (JSON lines)")
    parser.add_argument("--articles", type=int, default=1500, help="sample size (default 1500)")
    parser.add_argument("--offset", type=int, default=7, help="first article of each step (default 7)")
    parser.add_argument("--compare", type=Path, help="an earlier dump: list the articles that differ")
    args = parser.parse_args(argv)
    from rasid.pipeline import Options

    options = Options()
    stages = options.pipeline()
    lines = []
    for article in sample(args.articles, args.offset):
        source = article.source
        try:
            for stage in stages:
                article = stage.func(article, options)
        except Exception as exc:  # another stage's failure is recorded, not a difference of ours
            lines.append(json.dumps({"source": str(source), "error": type(exc).__name__}))
            continue
        lines.append(dump_line(article))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    quotes = sum(len(json.loads(line).get("quotes", ())) for line in lines)
    print(f"{len(lines)} articles, {quotes} quotations -> {args.out}")
    if args.compare is None:
        return 0
    old = args.compare.read_text(encoding="utf-8").splitlines()
    if len(old) != len(lines):
        print(f"different samples: {len(old)} articles in {args.compare}, {len(lines)} now")
        return 1
    differ = [json.loads(new)["source"] for before, new in zip(old, lines, strict=True) if before != new]
    for source in differ[:20]:
        print(f"differs: {source}")
    print(f"{len(differ)} of {len(lines)} articles differ from {args.compare}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
