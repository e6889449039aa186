"""Speed of the quotes stage: its share of the whole pipeline's time, on SaudiNewsNet articles.

Runs every default stage, one at a time, over a deterministic sample of the corpus (every k-th
article of every zip), timing each stage in CPU time, and prints milliseconds per article per
stage, and how much quotation work adds: the ``quotes`` stage plus the ``speakers`` ranker after it,
as a share of the whole pipeline and as a percentage added to the time of every other stage (issue 4:
"adds no more than 20%", read strictly). The collector runs as in ``rasid ingest`` workers (objects
loaded during the warm-up frozen, the ingest's thresholds): without that, a few full collections of
the loaded tables (100-150 ms each) land in whichever stage happens to allocate, and move a stage's
figure by 0.2-0.5 ms/article from one version of the code to the next.

Usage::

    python3 benchmarks/quotes_speed.py [--articles 600] [--write-results]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks/RESULTS.md"
SECTION = "## Quotations: speed (`benchmarks/quotes_speed.py`)"
CORPUS = REPO.parent / "shared/corpora/saudinewsnet"
HISTORY = "### History (every run written)"


def sample(n: int) -> list:
    """About ``n`` articles spread evenly over the corpus zips (reader errors skipped)."""
    from rasid.corpus.readers import read_inputs

    zips = sorted(CORPUS.glob("*.zip"))
    if not zips:
        raise SystemExit(f"E101 corpus not found: {CORPUS}")
    per_zip = max(1, n // len(zips))
    articles = []
    for path in zips:
        items = [a for a in read_inputs([path]) if not isinstance(a, Exception)]
        step = max(1, len(items) // per_zip)
        articles.extend(items[::step][:per_zip])
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="sample size (default 600)")
    parser.add_argument("--write-results", action="store_true", help="replace our section of RESULTS.md")
    parser.add_argument("--note", default="", help="what changed, for the section's history line")
    parser.add_argument(
        "--warmup", type=int, default=50, help="articles run first and not timed (loading lexicons, models)"
    )
    args = parser.parse_args(argv)
    from rasid.pipeline import Options

    options = Options()
    stages = options.pipeline()
    articles = sample(args.articles)
    for article in articles[-args.warmup :] if args.warmup else []:
        try:  # one-time loading (gazetteers, clusters, lexicons) is not a per-article cost
            for stage in stages:
                article = stage.func(article, options)
        except Exception:
            continue
    import gc

    from rasid.store.ingest import GC_THRESHOLDS

    gc.collect()
    gc.freeze()  # as the ingest does before forking its workers
    gc.set_threshold(*GC_THRESHOLDS)
    seconds: Counter[str] = Counter()
    done = failed = 0
    quotes = speakers = unresolved = warnings = 0
    kinds: Counter[str] = Counter()
    for article in articles:
        try:
            for stage in stages:
                started = time.process_time()  # CPU time: the load of the shared machine does not count
                article = stage.func(article, options)
                seconds[stage.name] += time.process_time() - started
        except Exception as exc:  # another stage's failure must not stop the measurement
            failed += 1
            print(f"skipped {article.source}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        done += 1
        quotes += len(article.quotes)
        speakers += sum(1 for q in article.quotes if q.speaker)
        unresolved += sum(1 for q in article.quotes if not q.speaker)
        warnings += sum(1 for w in article.warnings if w.startswith("W_QUOTE"))
        kinds.update(q.kind for q in article.quotes)
    total = sum(seconds.values())
    rows = ["| stage | ms/article | share |", "|---|---|---|"]
    for stage in stages:
        ms = 1000 * seconds[stage.name] / max(done, 1)
        rows.append(f"| {stage.name} | {ms:.1f} | {100 * seconds[stage.name] / total:.1f}% |")
    quotation_work = seconds["quotes"] + seconds["speakers"]
    share = 100 * quotation_work / total if total else 0.0
    added = 100 * quotation_work / (total - quotation_work) if total > quotation_work else 0.0
    body = "\n".join(
        [
            f"{done} SaudiNewsNet articles (every k-th of each zip; {failed} skipped for errors in "
            f"other stages), full default pipeline, one process, CPU time (so the load of the shared "
            f"2-core machine does not count), after {args.warmup} of them were run once untimed (so "
            f"the one-time loading of models and lexicons does not count).",
            "",
            *rows,
            "",
            f"Quotation work (quotes + speakers) takes **{share:.1f}%** of the pipeline time and adds "
            f"**{added:.1f}%** to the time of all other stages (target: adds ≤ 20%). It found "
            f"{quotes} quotations ({quotes / max(done, 1):.2f} per article; "
            + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            + f"), {unresolved} with an unresolved speaker, and raised {warnings} unbalanced-mark warnings.",
        ]
    )
    print(body)
    if args.write_results:
        text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
        pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
        old = pattern.search(text)
        history = (
            re.findall(r"^- .*$", old.group().split(HISTORY, 1)[1], re.M)
            if old and HISTORY in old.group()
            else []
        )
        quotes_ms = 1000 * quotation_work / max(done, 1)
        history.append(
            f"- {time.strftime('%Y-%m-%d %H:%M')}: quotes + speakers {quotes_ms:.1f} ms/article, "
            f"{share:.1f}% of the pipeline, adds {added:.1f}% to the other stages"
            + (f"; {args.note}" if args.note else "")
        )
        block = (
            f"{SECTION}\n\nWritten on {time.strftime('%Y-%m-%d')}.\n\n{body}\n\n{HISTORY}\n\n"
            + "\n".join(history)
            + "\n"
        )
        text = (
            pattern.sub(lambda _: block + "\n", text)
            if pattern.search(text)
            else text.rstrip("\n") + "\n\n" + block
        )
        RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
