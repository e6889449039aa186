"""``rasid entities [--db rasid.db] [--top 50] [--label PER]``: the corpus entity registry.

Lists the most mentioned people, organisations and places of a store with their mention and article
counts, first and last dates, most frequent aliases and roles; ``--name`` shows the entities a name
links to (بوتين → فلاديمير بوتين).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys

from rasid.cli import EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``rasid entities`` and its options."""
    parser = subparsers.add_parser(
        "entities",
        help="the most mentioned people, organisations and places of a store",
        description="List corpus entities (linked across articles) from a store made by 'rasid ingest'.",
    )
    parser.add_argument("--db", default="rasid.db", metavar="FILE", help="store file (default: rasid.db)")
    parser.add_argument("--top", metavar="N", type=int, default=50, help="how many (default: 50)")
    parser.add_argument("--label", choices=("PER", "ORG", "LOC", "MISC"), help="only this kind of entity")
    parser.add_argument("--name", metavar="NAME", help="only the entities NAME links to")
    parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table", help="output format")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the entities; returns the exit status."""
    from rasid.store import Store

    with Store(args.db, create=False) as store:
        if args.name:
            ids = store.find_entities(args.name, args.label)
            marks = ",".join("?" * len(ids))
            rows = (
                store.query(f"SELECT * FROM entities WHERE id IN ({marks}) ORDER BY mention_count DESC", ids)
                if ids
                else []
            )
        else:
            rows = store.top_entities(args.top, args.label)
    records = []
    for row in rows:
        record = dict(row)
        record.pop("key", None)
        record["aliases"] = json.loads(record["aliases"] or "{}")
        record["roles"] = json.loads(record["roles"] or "{}")
        records.append(record)
    if args.format == "jsonl":
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(
            [
                "id",
                "label",
                "canonical",
                "mentions",
                "articles",
                "first_seen",
                "last_seen",
                "aliases",
                "roles",
            ]
        )
        for r in records:
            writer.writerow(
                [
                    r["id"],
                    r["label"],
                    r["canonical"],
                    r["mention_count"],
                    r["article_count"],
                    r["first_seen"],
                    r["last_seen"],
                    json.dumps(r["aliases"], ensure_ascii=False),
                    json.dumps(r["roles"], ensure_ascii=False),
                ]
            )
    else:
        for r in records:
            aliases = ", ".join(list(r["aliases"])[:4])
            roles = ", ".join(list(r["roles"])[:2])
            print(
                f"#{r['id']:<6} {r['label']:<4} {r['mention_count']:>6} mentions"
                f" {r['article_count']:>5} articles"
                f"  {r['first_seen'] or '?'}…{r['last_seen'] or '?'}  {r['canonical']}"
                + (f"  [{aliases}]" if aliases else "")
                + (f"  ({roles})" if roles else "")
            )
    return EXIT_OK
