"""``rasid quotes PATH...``: who said what, as a readable table, CSV or JSON Lines.

The inputs are read and processed exactly as by ``rasid extract`` (same readers, same pipeline);
each quotation becomes one row: article, speaker, speaker type, the speaker's confidence (the
estimated probability that it is right), kind, cue and the quoted content.
A quotation made jointly by two people is one row per speaker. Bad inputs are reported on stderr
and the run goes on (exit status 1 when some failed).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from rasid.cli import EXIT_OK, EXIT_SOME_FAILED
from rasid.cli.arguments import iso_date

if TYPE_CHECKING:
    from rasid.model import Article, Quote

FIELDS = (
    "doc",
    "url",
    "speaker",
    "speaker_type",
    "entity_id",
    "speaker_mention",
    "kind",
    "cue",
    "via",
    "content",
    "start",
    "end",
    "confidence",
)
TABLE_COLUMNS = ("speaker", "confidence", "kind", "cue", "content")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``rasid quotes`` and its options."""
    parser = subparsers.add_parser(
        "quotes",
        help="who said what: the quotations of articles with speaker, kind and cue",
        description=(
            "Run the rasid pipeline over articles and list every quotation: speaker, kind "
            "(direct/indirect/mixed), reporting cue and content. PATH is read as by 'rasid extract'."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="input file, folder, zip, or - for stdin")
    parser.add_argument(
        "--db", metavar="FILE", help="list the corpus quotes of a store (rasid ingest) instead"
    )
    parser.add_argument("--speaker", metavar="NAME", help="with --db: only quotes of NAME (or #entity-id)")
    parser.add_argument(
        "--limit", metavar="N", type=int, default=50, help="with --db: how many (default: 50)"
    )
    parser.add_argument(
        "--format", choices=("table", "csv", "jsonl"), default="table", help="output format (default: table)"
    )
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", type=iso_date, help="reference date for relative dates (اليوم، أمس)"
    )
    parser.add_argument(
        "--width",
        metavar="N",
        type=int,
        default=100,
        help="cut quotations longer than N characters in the table (0: never cut)",
    )
    parser.add_argument(
        "--min-confidence",
        metavar="X",
        type=float,
        default=0.0,
        help="skip rows whose speaker confidence (the estimated probability that the speaker is right) "
        "is below X",
    )
    parser.set_defaults(func=run)


def quote_rows(article: Article) -> Iterator[dict[str, Any]]:
    """One flat row per quotation of ``article`` (the columns of :data:`FIELDS`)."""
    for quote in article.quotes:
        yield quote_row(article, quote)


def quote_row(article: Article, quote: Quote) -> dict[str, Any]:
    """The flat row of one quotation."""
    speaker = quote.speaker
    return {
        "doc": article.id,
        "url": article.url,
        "speaker": speaker.name if speaker else None,
        "speaker_type": speaker.type if speaker else None,
        "entity_id": speaker.entity_id if speaker else None,
        "speaker_mention": speaker.mention.text if speaker and speaker.mention else "",
        "kind": quote.kind,
        "cue": quote.cue.text,
        "via": quote.via.name if quote.via else None,
        "content": quote.text,
        "start": quote.start,
        "end": quote.end,
        "confidence": round(quote.confidence, 2),
    }


def run(args: argparse.Namespace) -> int:
    """Read, process, print the quotation rows; report bad inputs on stderr."""
    from rasid.corpus.readers import read_inputs
    from rasid.pipeline import Options, process_many

    if args.db:  # store mode: corpus-level quotes (first date, outlets, count) from rasid.store
        from rasid.store.listing import print_store_quotes

        return print_store_quotes(
            args.db, args.speaker, args.limit, args.format, args.width, args.min_confidence
        )
    if not args.paths:
        print("rasid quotes: error: give PATH... or --db FILE", file=sys.stderr)
        return 2
    options = Options(reference_date=args.date)
    options.pipeline()
    failed = 0
    writer = _Writer(sys.stdout, args.format, args.width)
    for outcome in process_many(read_inputs(args.paths, max_chars=options.max_chars), options):
        if outcome.article is None:
            failed += 1
            print(f"rasid: {outcome.error}", file=sys.stderr)
            continue
        for row in quote_rows(outcome.article):
            if row["confidence"] >= args.min_confidence:
                writer.write(row)
    writer.close()
    return EXIT_SOME_FAILED if failed else EXIT_OK


class _Writer:
    """Writes rows as an aligned table, CSV or JSON Lines."""

    def __init__(self, out: IO[str], fmt: str, width: int) -> None:
        self.out, self.fmt, self.width = out, fmt, width
        self.rows = 0
        self.last_doc: str | None = None
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=FIELDS)
            self.csv.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self.rows += 1
        if self.fmt == "jsonl":
            self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self.csv.writerow(row)
        else:
            self._table_row(row)

    def _table_row(self, row: dict[str, Any]) -> None:
        if row["doc"] != self.last_doc:
            title = row["url"] or row["doc"]
            self.out.write(f"\n== {title}\n")
            self.last_doc = row["doc"]
        speaker = row["speaker"] or "؟ (unresolved)"
        if row["speaker_type"] and row["speaker_type"] != "person":
            speaker = f"{speaker} [{row['speaker_type']}]"
        if row["via"]:
            speaker = f"{speaker} via {row['via']}"
        content = row["content"].replace("\n", " ¶ ")
        if self.width and len(content) > self.width:
            content = content[: self.width - 1] + "…"
        confidence = f"{row['confidence']:.2f}"
        self.out.write(f"{speaker:<30} | {confidence} | {row['kind']:<8} | {row['cue']:<10} | {content}\n")

    def close(self) -> None:
        if self.fmt == "table" and not self.rows:
            self.out.write("no quotations found\n")
        self.out.flush()
