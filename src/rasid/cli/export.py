"""``rasid export --format jsonl|csv|parquet [--table articles] -o PATH``: tables of a store in
the formats analysts use. Parquet goes to a folder partitioned by year and month (pyarrow);
CSV is UTF-8 with a header row (``--excel`` adds a byte-order mark for Excel)."""

from __future__ import annotations

import argparse
import sys

from rasid.cli import EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``rasid export`` and its options."""
    from rasid.store.export import FORMATS, TABLES

    parser = subparsers.add_parser(
        "export",
        help="export a store's articles, entities, mentions, quotes or events (JSON Lines, CSV, Parquet)",
        description="Export one table of a store made by 'rasid ingest'.",
    )
    parser.add_argument("--db", default="rasid.db", metavar="FILE", help="store file (default: rasid.db)")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    parser.add_argument(
        "--table", choices=tuple(TABLES), default="articles", help="table (default: articles)"
    )
    parser.add_argument(
        "-o", "--output", metavar="PATH", help="output file (jsonl, csv; default stdout) or folder (parquet)"
    )
    parser.add_argument("--excel", action="store_true", help="CSV: start with a UTF-8 byte-order mark")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export; returns the exit status."""
    from rasid.store import Store
    from rasid.store.export import export

    to_stdout = not args.output or args.output == "-"
    if args.excel and args.format == "csv" and to_stdout:
        sys.stdout.write("\ufeff")
    with Store(args.db, create=False) as store:
        count = export(store, args.table, args.format, args.output)
    if args.excel and args.format == "csv" and not to_stdout:
        from pathlib import Path

        path = Path(args.output)
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    where = args.output or "stdout"
    print(f"rasid export: {count:,} {args.table} rows → {where} ({args.format})", file=sys.stderr)
    return EXIT_OK
