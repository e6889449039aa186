"""Sizes of the per-process memo caches that the stages keep for words they have seen.

Every stage memoises small per-word functions (normalised keys, clitic readings, gazetteer and name
lookups, stems). Word frequencies are Zipfian, so a bounded LRU keeps almost every hit while memory
stays bounded over a corpus run: an ingest worker lives for tens of thousands of articles. The
environment variable ``RASID_WORD_CACHE_SIZE`` (read at import) trades memory for CPU time.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, cast

from rasid.errors import RasidError

# Distinct words each per-word memo keeps (least recently used go first). Measured in one process
# over every 2nd SaudiNewsNet record (15,325 articles, the default pipeline): 100,000 kept 632 MB
# against 775 MB for 200,000, for 390,000 more misses in all (25 per article) and 21.2 against
# 20.6 ms of CPU per article (+3 %, within the shared machine's noise). An ingest runs two workers,
# so the smaller size keeps all processes under 2 GB on the whole corpus.
DEFAULT_WORD_CACHE_SIZE = 100_000


def _word_cache_size() -> int:
    value = os.environ.get("RASID_WORD_CACHE_SIZE", "")
    if not value:
        return DEFAULT_WORD_CACHE_SIZE
    try:
        size = int(value)
    except ValueError:
        size = 0
    if size < 1:
        raise RasidError("E050", f"RASID_WORD_CACHE_SIZE must be a positive integer, not {value!r}")
    return size


WORD_CACHE_SIZE = _word_cache_size()


# Per-word memos of the quotation stages (a word or name in, a lexicon answer out, asked again and
# again for the same words): ``functools.cache``, whose hit is one dict look-up, where an LRU cache
# also relinks its entry on every hit. In pipeline conditions (the processor's caches full of the
# entities stage's data) that bookkeeping cost about 3 % of the quotation stages (quotes_speed.py,
# three alternated runs each way). Memory stays bounded: trim_word_memos, called at the start of an
# article, empties a memo holding more than its bound (the size the LRU cache had).
WORD_MEMO_BOUND = 65_536
_WORD_MEMOS: list[tuple[Any, int]] = []
_F = TypeVar("_F", bound=Callable[..., Any])


def word_memo(func: _F, bound: int = WORD_MEMO_BOUND) -> _F:
    """``func`` memoised, emptied by :func:`trim_word_memos` once it holds more than ``bound`` entries."""
    memo = cache(func)
    _WORD_MEMOS.append((memo, bound))
    return cast(_F, memo)


# Calls of trim_word_memos between two looks at the memos' sizes: a look costs about 13 us (a
# cache_info tuple built per memo), twice per article; 16 articles add a few thousand entries at
# most to a memo past its bound before it is emptied.
TRIM_EVERY = 16
_trim_calls = 0


def trim_word_memos() -> None:
    """Empty every :func:`word_memo` that holds more entries than its bound (looked at on every
    :data:`TRIM_EVERY`-th call)."""
    global _trim_calls
    _trim_calls += 1
    if _trim_calls % TRIM_EVERY:
        return
    for memo, bound in _WORD_MEMOS:
        if memo.cache_info().currsize > bound:
            memo.cache_clear()
