"""Where the quotation stages spend their CPU time: a sampling profile in pipeline conditions.

cProfile charges every Python call a fixed cost, so it overstates code made of many small calls (the
phrase scans, the cached word tests) against code that works inside C (the tokenizer's split and
maps). This script samples instead: the pipeline runs as in ``quotes_speed.py`` (the same sample,
every stage per article in order, so the per-word caches are as warm as in a corpus run), and while
the ``quotes`` and ``speakers`` stages run a CPU-time timer (``ITIMER_PROF``) interrupts every
``--interval`` ms (in practice the kernel's tick, about 4 ms) and records the stack; the timer runs
throughout and samples landing in other stages are dropped, so no partial interval is lost. It
prints, per function, the share of samples inside it (inclusive) and in its own lines (self), and
the busiest lines.

Usage::

    python3 benchmarks/quotes_profile.py [--articles 600] [--interval 0.5] [--top 40]

Unix only (``signal.setitimer``).
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections import Counter
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_speed import sample  # (the same articles as the speed figure)

PROFILED = ("quotes", "speakers")


class Sampler:
    """Counts, per sample, the innermost function and line and every function on the stack."""

    def __init__(self) -> None:
        self.samples = 0
        self.active = False  # inside a profiled stage
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.lines: Counter[str] = Counter()

    @staticmethod
    def name(frame: FrameType) -> str:
        code = frame.f_code
        return f"{Path(code.co_filename).name}:{code.co_name}:{code.co_firstlineno}"

    def __call__(self, _signum: int, frame: FrameType | None) -> None:
        if frame is None or not self.active:
            return
        self.samples += 1
        self.own[self.name(frame)] += 1
        self.lines[f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"] += 1
        seen = set()
        while frame is not None:
            name = self.name(frame)
            if name not in seen:  # (a recursive function counts once per sample)
                seen.add(name)
                self.inclusive[name] += 1
            frame = frame.f_back

    def report(self, top: int) -> str:
        total = max(self.samples, 1)
        out = [f"{self.samples} samples"]
        for title, counts in (("inclusive", self.inclusive), ("self", self.own), ("lines", self.lines)):
            out.append(f"== {title}")
            out += [f"{100 * n / total:5.1f}%  {name}" for name, n in counts.most_common(top)]
        return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="sample size (default 600)")
    parser.add_argument("--interval", type=float, default=0.5, help="ms of CPU time between samples")
    parser.add_argument("--top", type=int, default=40, help="rows per table")
    parser.add_argument("--warmup", type=int, default=50, help="articles run first, not sampled")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the sample (more samples)")
    args = parser.parse_args(argv)
    from rasid.pipeline import Options

    options = Options()
    stages = options.pipeline()
    articles = sample(args.articles)
    sampler = Sampler()
    signal.signal(signal.SIGPROF, sampler)
    seconds = args.interval / 1000
    signal.setitimer(signal.ITIMER_PROF, seconds, seconds)
    run = (articles[-args.warmup :] if args.warmup else []) + articles * args.repeat
    for n, article in enumerate(run):
        sampled = n >= min(args.warmup, len(articles))
        try:
            for stage in stages:
                sampler.active = sampled and stage.name in PROFILED
                article = stage.func(article, options)
        except Exception:
            continue
        finally:
            sampler.active = False
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(sampler.report(args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
