"""Repeated work in the quotation stages: per article, how often each helper is called again with the
same arguments, what those repeats cost, and how many phrases the memory pass reads for nothing.

A speed pass that memoises has to know which helpers are asked the same question twice within one
article and whether the second answer still costs anything (a memo hit costs almost nothing; a
helper recomputed costs as much as the first time). This script wraps every function and method of
the quotation modules with a counter keyed by the call's arguments (lists frozen to tuples, objects
that cannot be hashed by identity), forgets the keys between articles, and times the first calls and
the repeats apart, so that ``repeat ms`` is the time an extra memo could save at most (wrapped, so
inflated by the wrapper's own cost, several times for the smallest helpers). It also counts the
phrases the memory pass (``_recalled_phrase``) reads and how many of them give the memory nothing.

The pipeline runs as in ``quotes_speed.py`` (the same sample, every stage per article in order).

Usage::

    python3 benchmarks/quotes_repeats.py [--articles 600] [--top 40]
"""

from __future__ import annotations

import argparse
import sys
import time
import types
from collections import Counter
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the two quotation stages' own modules (the entity stage's are upstream of them)
MODULES = (
    "rasid.extract.quotes",
    "rasid.extract.speakers",
    "rasid.extract.name_extent",
    "rasid.extract.speaker_extent",
    "rasid.extract.body_reference",
    "rasid.extract.clause_source",
    "rasid.extract.indefinite_source",
    "rasid.extract.junk_speaker",
)
# the stages' entry points: called once per article, nothing to repeat
ENTRY_POINTS = frozenset({"quotes_stage", "extract_quotes", "speakers_stage"})
# a sequence longer than this is keyed by identity (a phrase has at most a few dozen tokens, an
# article hundreds): set by hand so that a phrase's tokens are compared by value
LONG_SEQUENCE = 64


def argument_key(value: Any) -> Any:
    """A hashable stand-in for one argument: short lists and tuples as tuples of their items' keys,
    sets frozen, anything else itself when hashable, else its identity (within one article, the same
    object is the same question). A long sequence is keyed by identity and length: it is the
    article's token list, whose freezing at every call would cost more than the helper."""
    if isinstance(value, (list, tuple)) and len(value) > LONG_SEQUENCE:
        return ("id", id(value), len(value))
    if isinstance(value, (list, tuple)):
        return tuple(argument_key(item) for item in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(value)
    try:
        hash(value)
    except TypeError:
        return ("id", id(value))
    return value


class RepeatCounter:
    """Wraps the functions and methods of some modules; counts, per article, calls with arguments
    already seen in that article, and times first calls and repeats apart (CPU time, inclusive)."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.repeats: Counter[str] = Counter()
        self.first_seconds: Counter[str] = Counter()
        self.repeat_seconds: Counter[str] = Counter()
        self._seen: dict[str, set[Any]] = {}
        self._originals: list[tuple[object, str, object]] = []

    def new_article(self) -> None:
        """Forget the arguments seen: a repeat counts only within one article."""
        self._seen.clear()

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        seen, calls, repeats = self._seen, self.calls, self.repeats
        first_seconds, repeat_seconds = self.first_seconds, self.repeat_seconds

        @wraps(func)
        def counted(*args: Any, **kwargs: Any) -> Any:
            key = (argument_key(args), argument_key(tuple(sorted(kwargs.items()))))
            known = seen.setdefault(name, set())
            repeated = key in known
            known.add(key)
            calls[name] += 1
            started = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent = time.process_time() - started
                if repeated:
                    repeats[name] += 1
                    repeat_seconds[name] += spent
                else:
                    first_seconds[name] += spent

        return counted

    def install(self, modules: Iterable[types.ModuleType]) -> None:
        """Wrap every plain function and every class's plain method defined in ``modules``
        (memoised functions, properties and the entry points left as they are)."""
        for module in modules:
            short = module.__name__.rsplit(".", 1)[-1]
            for name, value in list(vars(module).items()):
                if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
                    if name not in ENTRY_POINTS:
                        self._replace(module, name, f"{short}.{name}", value)
                elif isinstance(value, type) and value.__module__ == module.__name__:
                    for method, func in list(vars(value).items()):
                        if isinstance(func, types.FunctionType) and not method.startswith("__"):
                            self._replace(value, method, f"{short}.{name}.{method}", func)

    def _replace(self, owner: object, attribute: str, name: str, func: Callable[..., Any]) -> None:
        self._originals.append((owner, attribute, func))
        setattr(owner, attribute, self.wrap(name, func))

    def uninstall(self) -> None:
        """Put every wrapped function back."""
        for owner, attribute, func in reversed(self._originals):
            setattr(owner, attribute, func)
        self._originals.clear()

    def rows(self, top: int) -> list[tuple[str, int, int, float, float]]:
        """(name, calls, repeats, first-call ms, repeat ms), the costliest repeats first."""
        ranked = sorted(self.calls, key=lambda name: -self.repeat_seconds[name])[:top]
        return [
            (
                name,
                self.calls[name],
                self.repeats[name],
                1000 * self.first_seconds[name],
                1000 * self.repeat_seconds[name],
            )
            for name in ranked
        ]


def count_recalled_phrases(quotes: types.ModuleType, census: Counter[str]) -> Callable[[], None]:
    """Count the phrases the memory pass reads (by a reporting verb's subject or opened by a title or
    head) and those that give the memory no entry; returns the function that undoes the wrapping."""
    recalled = quotes._recalled_phrase

    def counted(doc: Any, i: int, form: Any, start: int) -> list[tuple[str, object]]:
        entries = recalled(doc, i, form, start)
        opened_by = "verb subject" if form is not None else "title or head"
        census[opened_by] += 1
        if not entries:
            census[f"{opened_by}, no entry"] += 1
        return entries

    quotes._recalled_phrase = counted

    def undo() -> None:
        quotes._recalled_phrase = recalled

    return undo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="sample size (default 600)")
    parser.add_argument("--warmup", type=int, default=50, help="articles run first, not counted")
    parser.add_argument("--top", type=int, default=40, help="rows of the table")
    args = parser.parse_args(argv)
    import importlib

    from quotes_speed import sample  # (the same articles as the speed figure)
    from rasid.pipeline import Options

    options = Options()
    stages = options.pipeline()
    articles = sample(args.articles)
    for article in articles[-args.warmup :] if args.warmup else []:
        try:  # one-time loading is no repeat
            for stage in stages:
                article = stage.func(article, options)
        except Exception:
            continue
    import gc

    from rasid.store.ingest import GC_THRESHOLDS

    gc.collect()
    gc.freeze()  # as quotes_speed.py: no full collection of the loaded tables charged to a helper
    gc.set_threshold(*GC_THRESHOLDS)
    modules = [importlib.import_module(name) for name in MODULES]
    counter = RepeatCounter()
    counter.install(modules)
    census: Counter[str] = Counter()
    undo = count_recalled_phrases(modules[0], census)
    done = 0
    for article in articles:
        counter.new_article()
        try:
            for stage in stages:
                article = stage.func(article, options)
        except Exception:
            continue
        done += 1
    undo()
    counter.uninstall()
    print(f"{done} articles; repeats are calls with the arguments of an earlier call in the same article")
    print("| helper | calls | repeats | first calls ms | repeats ms |\n|---|---|---|---|---|")
    for name, calls, repeats, first_ms, repeat_ms in counter.rows(args.top):
        print(f"| {name} | {calls} | {repeats} | {first_ms:.1f} | {repeat_ms:.1f} |")
    print("\nphrases the memory pass read (and those that gave it no entry):")
    for name in sorted(census):
        print(f"- {name}: {census[name]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
