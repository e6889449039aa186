"""Syndicated copies: near-duplicate detection with MinHash (datasketch) + LSH banding.

An article's fingerprint is the MinHash of its word shingles (runs of :data:`SHINGLE_WORDS`
words of the rasid-normalised text), so wire copies that differ only in spelling variants,
punctuation or a changed byline still meet. :class:`DuplicateIndex` keeps the signatures in an
LSH index for incremental use (the store links each new article to the clusters already stored);
:func:`cluster` groups a whole collection at once.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from rasid.text.normalize import normalize

NUM_PERM = 128
SCHEME = "affine32"
SHINGLE_WORDS = 3
# Estimated Jaccard similarity of 3-word shingles above which two articles are one story.
# Tuned on SaudiNewsNet (benchmarks/dedup.py): pairs found at 0.5 were read by hand in bands of
# similarity; below ~0.5 shared boilerplate and same-topic briefs crept in, above 0.5 the pairs
# sampled were re-publications of one story (precision in benchmarks/RESULTS.md).
NEAR_DUPLICATE_THRESHOLD = 0.5
# The LSH band threshold sits a little lower so that few pairs above the threshold are missed;
# every candidate is then checked against NEAR_DUPLICATE_THRESHOLD on the full signature.
LSH_THRESHOLD = 0.4

_WORD = re.compile(r"\w+")


def _hash32(data: bytes) -> int:
    return zlib.crc32(data)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    return MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_hash32).permutations


def shingles(text: str, size: int = SHINGLE_WORDS, words: list[str] | None = None) -> set[bytes]:
    """The word ``size``-grams of the normalised text (the whole text when it is shorter)."""
    if words is None:
        words = _WORD.findall(normalize(text))
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str, words: list[str] | None = None) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32 values) of a text's shingles (``words``: its
    normalised words when the caller has them already)."""
    minhash = MinHash(num_perm=NUM_PERM, hashfunc=_hash32, permutations=_permutations(), scheme=SCHEME)
    grams = shingles(text, words=words)
    if grams:
        minhash.update_batch(list(grams))
    return minhash.hashvalues.astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


@lru_cache(maxsize=4)
def lsh_bands(threshold: float) -> tuple[int, int]:
    """``(bands, rows per band)`` that datasketch's MinHashLSH chooses for ``threshold`` (it weighs
    false positives and false negatives equally)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class DuplicateIndex:
    """An LSH index of signatures keyed by any hashable key (the store uses article docids).

    The banding is datasketch's (same bands and rows, so the same candidates), kept in one plain
    dict per band from the band's hash to its key(s) instead of datasketch's bytes key and set per
    band entry: indexing and querying the 30,654 SaudiNewsNet signatures took 91 MB and 1.5 s
    instead of 227 MB and 6.7 s, with identical matches. Every candidate is still checked on the
    whole signature."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self._bands, self._rows = lsh_bands(min(threshold, LSH_THRESHOLD))
        self._tables: list[dict[int, object]] = [{} for _ in range(self._bands)]
        self._signatures: dict[object, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def signature_of(self, key: object) -> np.ndarray:
        return self._signatures[key]

    def _band_hashes(self, sig: np.ndarray) -> list[int]:
        data = sig.astype("<u4").tobytes()
        width = self._rows * 4
        return [hash(data[band * width : (band + 1) * width]) for band in range(self._bands)]

    def add(self, key: object, sig: np.ndarray) -> None:
        """Index ``sig`` under ``key`` (replacing what ``key`` had)."""
        if key in self._signatures:
            self.remove(key)
        for table, band in zip(self._tables, self._band_hashes(sig), strict=True):
            held = table.get(band)
            if held is None:
                table[band] = key
            elif isinstance(held, _Keys):
                held.append(key)
            else:
                table[band] = _Keys((held, key))
        self._signatures[key] = sig

    def remove(self, key: object) -> None:
        sig = self._signatures.pop(key, None)
        if sig is None:
            return
        for table, band in zip(self._tables, self._band_hashes(sig), strict=True):
            held = table.get(band)
            if isinstance(held, _Keys):
                held.remove(key)
                if len(held) == 1:
                    table[band] = held[0]
            elif held == key:
                del table[band]

    def candidates(self, sig: np.ndarray) -> set[object]:
        """Keys sharing at least one band with ``sig``."""
        found: set[object] = set()
        for table, band in zip(self._tables, self._band_hashes(sig), strict=True):
            held = table.get(band)
            if isinstance(held, _Keys):
                found.update(held)
            elif held is not None:
                found.add(held)
        return found

    def matches(self, sig: np.ndarray, exclude: object = None) -> list[tuple[object, float]]:
        """Indexed keys whose estimated similarity to ``sig`` reaches the threshold, best first."""
        if is_empty_signature(sig):
            return []
        found = []
        for key in self.candidates(sig):
            if key == exclude:
                continue
            score = similarity(sig, self._signatures[key])
            if score >= self.threshold:
                found.append((key, score))
        found.sort(key=lambda pair: (-pair[1], str(pair[0])))
        return found


class _Keys(list):
    """Several keys sharing one band entry (a list subclass, so that a key that is itself a list
    is never mistaken for it)."""


def is_empty_signature(sig: np.ndarray) -> bool:
    """True for the signature of a text without words (never a duplicate of anything)."""
    return bool(np.all(sig == np.iinfo(np.uint32).max))


def cluster(
    items: Iterable[tuple[object, np.ndarray]], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> list[list[object]]:
    """Group keys whose signatures are near duplicates (transitively); only groups of 2 or more,
    each sorted, largest first."""
    index = DuplicateIndex(threshold)
    parent: dict[object, object] = {}

    def find(key: object) -> object:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for key, sig in items:
        parent[key] = key
        if is_empty_signature(sig):
            continue
        for other, _score in index.matches(sig):
            root_a, root_b = find(key), find(other)
            if root_a != root_b:
                parent[root_a] = root_b
        index.add(key, sig)
    groups: dict[object, list[object]] = {}
    for key in parent:
        groups.setdefault(find(key), []).append(key)
    found = [sorted(g, key=str) for g in groups.values() if len(g) > 1]
    found.sort(key=lambda g: (-len(g), str(g[0])))
    return found
