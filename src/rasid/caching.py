"""Sizes of the per-process memo caches that the stages keep for words they have seen.

Every stage memoises small per-word functions (normalised keys, clitic readings, gazetteer and name
lookups, stems). Word frequencies are Zipfian, so a bounded LRU keeps almost every hit while memory
stays bounded over a corpus run: an ingest worker lives for tens of thousands of articles. The
environment variable ``RASID_WORD_CACHE_SIZE`` (read at import) trades memory for CPU time.
"""

from __future__ import annotations

import os

from rasid.errors import RasidError

# Distinct words each per-word memo keeps (least recently used go first). Measured over 4,000
# SaudiNewsNet articles (every 6th record) in one process, ~100,000 distinct words: 200,000 gave
# 17.9 ms of pipeline CPU per article and 711 MB; 2**16 saved 52 MB there but cost 12 % more CPU
# (20.4 ms). Over a whole corpus the fifteen caches fill further, so a small size saves more.
DEFAULT_WORD_CACHE_SIZE = 200_000


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
