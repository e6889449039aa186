"""Throughput of the entities stage alone, on one core, over real SaudiNewsNet articles.

Articles are read from ``../shared/corpora/saudinewsnet`` (every ``--step``-th article of the zips,
so the sample spans all outlets), cleaned and segmented first (not timed); then the ``entities``
stage is timed over all of them in this one process, after a warm-up on as many other articles
(lexicons, gazetteers and the CRF model load once per process, and per-word caches fill as in a long
corpus run). The figures are segment tokens per second of wall time and of the process's CPU time
(the machine is shared, so wall time varies with its load).

Run ``python3 benchmarks/entities_speed.py [--articles 300]``; it prints the figures and replaces its
section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

from rasid.extract import entities as ent
from rasid.model import Article
from rasid.pipeline import Options, process
from results import write_section as write_results_section

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("RASID_SHARED", HERE.parent.parent / "shared"))
CORPUS = SHARED / "corpora" / "saudinewsnet"
RESULTS = HERE / "RESULTS.md"
SECTION = "## Entities stage speed (benchmarks/entities_speed.py)"
HISTORY = "### History (every run written)"


def sample_articles(count: int, step: int, offset: int = 0) -> list[Article]:
    """Every ``step``-th non-empty article of the corpus (from ``offset``), up to ``count``, cleaned
    and segmented."""
    options = Options(stages=("clean", "segment"))
    articles: list[Article] = []
    seen = 0
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                records = json.loads(archive.read(member).decode("utf-8"))
                for record in records:
                    content = (record.get("content") or "").strip()
                    if not content:
                        continue
                    seen += 1
                    if (seen - offset) % step:
                        continue
                    raw = Article(id=f"{path.stem}:{seen}", raw=content, media=record.get("source"))
                    articles.append(process(raw, options))
                    if len(articles) >= count:
                        return articles
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--step", type=int, default=97, help="take every STEP-th article")
    parser.add_argument("--warmup", type=int, default=300, help="articles run before timing")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md alone")
    parser.add_argument("--note", default="", help="what changed, for the section's history line")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    articles = sample_articles(args.articles, args.step)
    # warm-up on other articles: loads lexicons, gazetteers and model, and fills the per-word caches
    # as a long corpus run has them (the timed articles themselves are not seen before)
    for article in sample_articles(args.warmup, args.step, offset=args.step // 2):
        ent.entities_stage(article, Options())
    tokens = sum(len(a.tokens) for a in articles)
    labels: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    start, cpu_start = time.perf_counter(), time.process_time()
    for article in articles:
        done = ent.entities_stage(article, Options())
        labels.update(e.label for e in done.entities)
        sources.update(e.source for e in done.entities)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    speed, cpu_speed = tokens / elapsed, tokens / cpu
    parts = component_seconds(articles)
    recognisers = ["patterns", "document"]
    recognisers += [] if "gazetteers" in ent._MISSING else ["gazetteers"]
    recognisers += [] if "crf_tagger" in ent._MISSING else ["crf"]
    lines = [
        SECTION,
        "",
        f"Run {date.today().isoformat()}; {len(articles)} SaudiNewsNet articles (every {args.step}th), "
        f"{tokens:,} tokens, one process on one core, after {args.warmup} other articles as warm-up; "
        f"recognisers active: {', '.join(recognisers)}.",
        "",
        "| tokens/s (wall) | tokens/s (CPU) | ms/article | entities/article | PER | ORG | LOC | MISC |",
        "|---|---|---|---|---|---|---|---|",
        f"| {speed:,.0f} | {cpu_speed:,.0f} | {1000 * elapsed / len(articles):.1f} | "
        f"{sum(labels.values()) / len(articles):.1f} | {labels['PER']} | {labels['ORG']} | "
        f"{labels['LOC']} | {labels['MISC']} |",
        "",
        "Mentions by source: " + ", ".join(f"{k} {v}" for k, v in sources.most_common()) + ".",
        f"Stage CPU time {cpu:.2f} s. Parts timed alone afterwards over the same articles (their word"
        " caches then warm, so they look faster than inside the stage): "
        + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in parts)
        + ".",
        "Target: at least 20,000 tokens/s for the stage. Wall time depends on the load of the shared",
        "machine; CPU time is the process's own.",
    ]
    block = "\n".join(lines) + "\n"
    print(block)
    if not args.no_write:
        history = [
            *previous_history(),
            f"- {time.strftime('%Y-%m-%d %H:%M')}: {cpu_speed:,.0f} tokens/CPU-s, "
            f"{1000 * cpu / len(articles):.1f} ms of CPU per article"
            + (f"; {args.note}" if args.note else ""),
        ]
        write_results_section(SECTION, block + f"\n{HISTORY}\n\n" + "\n".join(history) + "\n")
    return 0


def previous_history() -> list[str]:
    """The history lines (``- …``) of this script's section of RESULTS.md, oldest first."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    section = re.search(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", text, re.S | re.M)
    if not section or HISTORY not in section.group():
        return []
    return re.findall(r"^- .*$", section.group().split(HISTORY, 1)[1], re.M)


def component_seconds(articles: list[Article]) -> list[tuple[str, float]]:
    """CPU seconds of the CRF tagger (which runs its own gazetteer pass) and of the gazetteer
    matching the stage itself does, each over all articles."""
    parts = []
    if "gazetteers" not in ent._MISSING:
        from rasid.extract.gazetteers import find_gazetteer_matches

        start = time.process_time()
        for article in articles:
            find_gazetteer_matches(article.text)
        parts.append(("gazetteer matching", time.process_time() - start))
    if "crf_tagger" not in ent._MISSING:
        from rasid.extract.crf_tagger import _TAGGED, tag

        _TAGGED.clear()  # the stage tagged these very sentences: time the tagging, not the cache
        start = time.process_time()
        for article in articles:
            tag(article.text, article.tokens)
        parts.append(("CRF tagger", time.process_time() - start))
    return parts


if __name__ == "__main__":
    raise SystemExit(main())
