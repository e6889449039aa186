"""Where the quotation stages' time goes, by phase: CPU milliseconds per article, in pipeline conditions.

The sampling profile (``quotes_profile.py``) says which functions are busy; this script says how
the quotes stage's time divides between its phases, which is what a redesign has to aim at: building
the token view (``_Doc``), the memory pass (``_remember_named_persons``, run in parts since round
41: the persons the first time a frame looks back, bodies as far as a query asks; its calls count
the parts), the reporting-verb frames that found a quotation and those that did not (each without
the memory pass it may have triggered), and the speakers stage after it. The
pipeline runs as in ``quotes_speed.py`` (the same sample, every stage per article in order, the
same collector settings); the phases are timed by wrapping the module's functions, which adds a
few per cent to the stage's own figure.

Usage::

    python3 benchmarks/quotes_phases.py [--articles 600]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_speed import sample  # (the same articles as the speed figure)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="sample size (default 600)")
    parser.add_argument("--warmup", type=int, default=50, help="articles run first, not timed")
    args = parser.parse_args(argv)
    import rasid.extract.quotes as quotes
    from rasid.pipeline import Options
    from rasid.store.ingest import GC_THRESHOLDS

    clock = time.process_time
    seconds: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    in_memory_pass = [0.0]  # CPU seconds of memory passes so far (taken out of the frames' time)

    build_doc = quotes._Doc.__init__

    def timed_doc(doc: quotes._Doc, article: object) -> None:
        started = clock()
        build_doc(doc, article)
        seconds["token view (_Doc)"] += clock() - started

    remember = quotes._remember_named_persons

    def timed_memory_pass(doc: quotes._Doc, memory: quotes.Memory, *args: object) -> None:
        started = clock()
        remember(doc, memory, *args)
        spent = clock() - started
        in_memory_pass[0] += spent
        seconds["memory pass"] += spent
        calls["memory pass"] += 1

    verb_frame = quotes._verb_frame

    def timed_verb_frame(*frame_args: object) -> object:
        started, memory_before = clock(), in_memory_pass[0]
        found = verb_frame(*frame_args)
        name = "verb frames, found" if found is not None else "verb frames, none"
        seconds[name] += clock() - started - (in_memory_pass[0] - memory_before)
        calls[name] += 1
        return found

    quotes._Doc.__init__ = timed_doc  # type: ignore[method-assign]
    quotes._remember_named_persons = timed_memory_pass
    quotes._verb_frame = timed_verb_frame

    options = Options()
    stages = options.pipeline()
    articles = sample(args.articles)
    for article in articles[-args.warmup :] if args.warmup else []:
        try:
            for stage in stages:
                article = stage.func(article, options)
        except Exception:
            continue
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    seconds.clear()
    calls.clear()
    stage_seconds: Counter[str] = Counter()
    done = 0
    for article in articles:
        try:
            for stage in stages:
                started = clock()
                article = stage.func(article, options)
                stage_seconds[stage.name] += clock() - started
        except Exception:
            continue
        done += 1
    done = max(done, 1)
    other = sum(stage_seconds.values()) - stage_seconds["quotes"] - stage_seconds["speakers"]
    print(f"{done} articles; other stages {1000 * other / done:.2f} ms/article")
    print("| phase | ms/article | calls |\n|---|---|---|")
    print(f"| quotes stage | {1000 * stage_seconds['quotes'] / done:.2f} | |")
    for name in ("token view (_Doc)", "memory pass", "verb frames, found", "verb frames, none"):
        print(f"| - {name} | {1000 * seconds[name] / done:.2f} | {calls.get(name, '')} |")
    print(f"| speakers stage | {1000 * stage_seconds['speakers'] / done:.2f} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
