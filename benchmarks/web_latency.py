"""Page render time of the web UI: p50/p95/max per page kind over a real store (target: p95 < 200 ms).

Requests go through the whole Starlette app in process (routing, queries, templates, middleware),
so the figure is server time without the network. Pages sampled: the home page, searches (frequent
and rare words, phrases, filters, facets), article pages, entity and speaker pages of the most and of
randomly chosen names, quote pages, and every page's JSON twin.

    python3 benchmarks/web_latency.py --db saudinewsnet.db [--per-kind 40] [--no-write]

Without ``--db`` it builds a small store from the reference sample in a temporary directory (figures
from that are not the target's). Prints the figures and replaces its section of
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from urllib.parse import quote

from results import write_section as write_results_section

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
SECTION = "## Web page latency (benchmarks/web_latency.py)"
TARGET_MS = 200.0
SEARCHES = [
    "السعودية",
    "وزير الخارجية",
    '"خادم الحرمين الشريفين"',
    "النفط OR الغاز",
    "اليمن -الحوثي",
    "سعود*",
    "title:الحج",
    "speaker:الجبير",
    "مباراة الهلال",
    "كلمة_لا_توجد",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def sample_urls(db: Path, per_kind: int, seed: int = 7) -> dict[str, list[str]]:
    """URLs to time, by page kind: the heaviest ids (most mentions, most quotes) plus random ones."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def ids(sql: str, n: int) -> list:
        return [row[0] for row in conn.execute(sql, (n,))]

    half = max(1, per_kind // 2)
    articles = ids("SELECT id FROM articles ORDER BY n_quotes DESC LIMIT ?", half)
    articles += ids("SELECT id FROM articles ORDER BY random() LIMIT ?", per_kind - len(articles))
    entities = ids("SELECT id FROM entities ORDER BY mention_count DESC LIMIT ?", half)
    entities += ids("SELECT id FROM entities ORDER BY random() LIMIT ?", per_kind - len(entities))
    speakers = ids(
        "SELECT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL"
        " GROUP BY speaker_entity_id ORDER BY count(*) DESC LIMIT ?",
        half,
    )
    speakers += ids(
        "SELECT DISTINCT speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL"
        " ORDER BY random() LIMIT ?",
        per_kind - len(speakers),
    )
    quotes = ids("SELECT id FROM quotes ORDER BY count DESC LIMIT ?", half)
    quotes += ids("SELECT id FROM quotes ORDER BY random() LIMIT ?", per_kind - len(quotes))
    media = [
        row[0] for row in conn.execute("SELECT DISTINCT media FROM articles WHERE media IS NOT NULL LIMIT 3")
    ]
    conn.close()
    searches = [f"/search?q={quote(q)}" for q in SEARCHES]
    searches += [f"/search?media={quote(m)}" for m in media] + [
        "/search",
        "/search?since=2015-07-25&until=2015-07-31",
    ]
    searches += [f"/search?q={quote('السعودية')}&media={quote(m)}" for m in media[:1]]
    urls = {
        "home": ["/"] * 5,
        "search": searches,
        "article": [f"/articles/{quote(str(i), safe='')}" for i in articles],
        "entity": [f"/entities/{i}" for i in entities],
        "speaker": [f"/speakers/{i}" for i in speakers],
        "quote": [f"/quotes/{i}" for i in quotes],
    }
    urls["json"] = [
        as_json(url)
        for kind in ("search", "article", "entity", "speaker", "quote")
        for url in rng.sample(urls[kind], min(4, len(urls[kind])))
    ]
    return urls


def as_json(url: str) -> str:
    """The JSON twin of a page URL."""
    path, sep, query = url.partition("?")
    return ("/index" if path == "/" else path) + ".json" + sep + query


def build_sample_store(directory: Path) -> Path:
    """A store of the reference sample (when no ``--db`` is given)."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from web_store import build_store  # tests/web_store.py

    return build_store(directory / "sample.db", saudinewsnet=40)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="store to serve (default: a store of the sample)")
    parser.add_argument("--per-kind", type=int, default=40, help="pages per kind (default 40)")
    parser.add_argument("--repeat", type=int, default=2, help="times each page is asked (default 2)")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md")
    parser.add_argument("--note", default="", help="how the store was built (printed with the figures)")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from starlette.testclient import TestClient

    from rasid.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_sample_store(Path(tmp))
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        n_entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        conn.close()
        client = TestClient(create_app(db))
        urls = sample_urls(db, args.per_kind)
        client.get("/")  # warm the template cache and the page cache of SQLite
        timings: dict[str, list[float]] = {}  # first request of each page (nothing remembered)
        again: list[float] = []  # the same pages asked again (listings and statistics memoised)
        slowest: tuple[float, str] = (0.0, "")
        failures = 0
        for attempt in range(args.repeat):
            for kind, pages in urls.items():
                for url in pages:
                    began = time.perf_counter()
                    response = client.get(url)
                    elapsed = (time.perf_counter() - began) * 1000
                    if response.status_code != 200:
                        failures += 1
                        print(f"  {response.status_code} {url}", file=sys.stderr)
                    if attempt:
                        again.append(elapsed)
                        continue
                    timings.setdefault(kind, []).append(elapsed)
                    slowest = max(slowest, (elapsed, url))
    everything = [t for values in timings.values() for t in values]
    lines = [
        SECTION,
        "",
        f"{dt.date.today().isoformat()}, store `{Path(db).name}`: {n_articles:,} articles, "
        f"{n_quotes:,} quotes, "
        f"{n_entities:,} entities; in-process requests (Starlette TestClient), each page's first request, "
        f"2-core machine shared with other jobs (load average {os.getloadavg()[0]:.1f} at the start). "
        f"Target: p95 < {TARGET_MS:.0f} ms.",
        *([f"Store: {args.note}"] if args.note else []),
        "",
        "| page | requests | p50 ms | p95 ms | max ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, values in timings.items():
        lines.append(
            f"| {kind} | {len(values)} | {statistics.median(values):.1f} | {percentile(values, 95):.1f} "
            f"| {max(values):.1f} |"
        )
    p95 = percentile(everything, 95)
    lines.append(
        f"| **all** | {len(everything)} | {statistics.median(everything):.1f} | **{p95:.1f}** "
        f"| {max(everything):.1f} |"
    )
    lines += ["", f"Slowest page: `{slowest[1]}` ({slowest[0]:.0f} ms). Non-200 answers: {failures}."]
    if again:
        lines.append(
            f"The same pages asked again ({len(again)} requests, statistics remembered): "
            f"p50 {statistics.median(again):.1f} ms, p95 {percentile(again, 95):.1f} ms."
        )
    lines.append("")
    report = "\n".join(lines)
    print(report)
    if not args.no_write and args.db:
        write_results_section(SECTION, report)
    return 0 if p95 < TARGET_MS and not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
