"""``rasid search QUERY [--db rasid.db] [--speaker] [--entity] [--media] [--since] [--until]``:
full-text search of a store's articles (or ``--quotes``), or ``--semantic`` search by meaning.

Query syntax as in Elasticsearch: words are ANDed, ``OR``, ``-word``, ``"a phrase"``,
``title:word``, ``speaker:name``, ``entity:name``, ``media:name``, ``word*`` (prefix). Matching
uses rasid's normalisation and light stemming on both sides (اوكرانيا finds أوكرانيا, محادثات
finds المحادثات). Results are ranked by BM25 with the matched words highlighted.
"""

from __future__ import annotations

import argparse
import json
import sys

from rasid.cli import EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``rasid search`` and its options."""
    parser = subparsers.add_parser(
        "search",
        help="search a store's articles or quotes (keywords, phrases, filters, or --semantic)",
        description="Search a store made by 'rasid ingest'. " + (__doc__ or "").split("\n\n", 1)[1],
    )
    parser.add_argument("query", nargs="*", metavar="QUERY", help='the query (words, "phrases", OR, -word …)')
    parser.add_argument("--db", default="rasid.db", metavar="FILE", help="store file (default: rasid.db)")
    parser.add_argument("--speaker", metavar="NAME", help="only articles quoting NAME (or #entity-id)")
    parser.add_argument("--entity", metavar="NAME", help="only articles mentioning NAME (or #entity-id)")
    parser.add_argument(
        "--media", metavar="NAME", action="append", default=[], help="only this outlet (repeatable)"
    )
    parser.add_argument("--since", metavar="DATE", help="only from this date (YYYY[-MM[-DD]])")
    parser.add_argument("--until", metavar="DATE", help="only up to this date, inclusive")
    parser.add_argument("--limit", metavar="N", type=int, default=20, help="how many results (default: 20)")
    parser.add_argument("--quotes", action="store_true", help="search corpus quotes instead of articles")
    parser.add_argument(
        "--semantic", action="store_true", help="search by meaning (any language; needs --embed)"
    )
    parser.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Search and print the hits; returns the exit status."""
    from rasid.store import Store
    from rasid.store.search import Filters, search, search_quotes

    query = " ".join(args.query)
    filters = Filters(args.speaker, args.entity, args.media, args.since, args.until)
    tty = sys.stdout.isatty()
    mark = ("\033[1;33m", "\033[0m") if tty and args.format == "table" else ("[", "]")
    with Store(args.db, create=False) as store:
        if args.semantic:
            from rasid.store.semantic import semantic_search

            hits = semantic_search(store, query, filters, limit=args.limit)
        elif args.quotes:
            hits = search_quotes(store, query, filters, limit=args.limit, mark=mark)
        else:
            hits = search(store, query, filters, limit=args.limit, mark=mark)
    for hit in hits:
        if args.format == "jsonl":
            print(json.dumps(hit.to_dict(), ensure_ascii=False))
        elif hit.kind == "quote":
            print(f"{hit.date or '?':<10} x{hit.count:<3} {hit.speaker or '—'}: {hit.snippet}")
        else:
            print(
                f"{hit.date or '?':<10} {hit.media or '?':<14} {hit.score:7.3f}  {hit.id}  {hit.title or ''}"
            )
            print(f"    {hit.snippet}")
    if args.format == "table" and not hits:
        print("no results", file=sys.stderr)
    return EXIT_OK
