"""Listings of a store for the command line: corpus quotes of a speaker with their occurrences."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

QUOTE_FIELDS = (
    "id",
    "speaker",
    "speaker_type",
    "kind",
    "text",
    "first_date",
    "last_date",
    "count",
    "outlets",
    "first_article_id",
    "confidence",
)


def store_quotes(
    db: str, speaker: str | None, limit: int, min_confidence: float = 0.0
) -> list[dict[str, Any]]:
    """Corpus quotes (of ``speaker`` when given: a name, an alias such as بوتين, or ``#id``), most
    reported first, each with its occurrences (article, media, date, cue, speaker confidence) and the
    highest of those confidences; ``min_confidence`` leaves out quotes no occurrence is that sure of."""
    from rasid.store import Store

    with Store(db, create=False) as store:
        records = []
        for row in store.quotes_by(speaker, limit=limit, min_confidence=min_confidence):
            record = {
                "id": row["id"],
                "speaker": row["speaker_name"],
                "speaker_entity_id": row["speaker_entity_id"],
                "speaker_type": row["speaker_type"],
                "kind": row["kind"],
                "text": row["text"],
                "first_date": row["first_date"],
                "last_date": row["last_date"],
                "count": row["count"],
                "outlets": json.loads(row["outlets"] or "[]"),
                "first_article_id": row["first_article_id"],
                "confidence": row["confidence"],
                "occurrences": [
                    {
                        "article_id": o["article_id"],
                        "media": o["media"],
                        "date": o["published"],
                        "cue": o["cue"],
                        "confidence": o["confidence"],
                        "start": o["start"],
                        "end": o["end"],
                    }
                    for o in store.occurrences(row["id"])
                ],
            }
            records.append(record)
    return records


def print_store_quotes(
    db: str,
    speaker: str | None,
    limit: int,
    fmt: str = "table",
    width: int = 100,
    min_confidence: float = 0.0,
) -> int:
    """Print :func:`store_quotes` as a table, CSV or JSON Lines; returns the exit status."""
    records = store_quotes(db, speaker, limit, min_confidence)
    out = sys.stdout
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(QUOTE_FIELDS)
        for r in records:
            writer.writerow(
                [
                    r["id"],
                    r["speaker"],
                    r["speaker_type"],
                    r["kind"],
                    r["text"],
                    r["first_date"],
                    r["last_date"],
                    r["count"],
                    json.dumps(r["outlets"], ensure_ascii=False),
                    r["first_article_id"],
                    r["confidence"],
                ]
            )
    else:
        if not records:
            out.write("no quotations found\n")
        for r in records:
            text = r["text"].replace("\n", " ")
            if width and len(text) > width:
                text = text[: width - 1] + "…"
            outlets = ", ".join(r["outlets"][:4]) + (" …" if len(r["outlets"]) > 4 else "")
            sure = f"{r['confidence']:.2f}" if r["confidence"] is not None else "–"
            who = r["speaker"] or "—"
            out.write(f"{r['first_date'] or '?':<10} x{r['count']:<3} {who:<24} {sure} {text}\n")
            if outlets:
                out.write(f"{'':<15}in: {outlets}\n")
    return 0
