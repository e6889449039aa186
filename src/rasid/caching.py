"""Sizes of the per-process memo caches that the stages keep for words they have seen.

Every stage memoises small per-word functions (normalised keys, clitic readings, gazetteer and name
lookups, stems). Word frequencies are Zipfian, so a bounded LRU keeps almost every hit while memory
stays flat over a corpus run: an ingest worker lives for tens of thousands of articles.
"""

# Distinct words each per-word memo keeps (least recently used go first). Measured over 4,000
# SaudiNewsNet articles (every 6th record) in one process, ~100,000 distinct words: 200,000 gave
# 17.9 ms of pipeline CPU per article and 711 MB; 2**16 saved 52 MB but cost 12 % more CPU (20.4 ms).
WORD_CACHE_SIZE = 200_000
