"""Gazetteers: names of countries, cities, people and organisations, matched over normalised text.

Entries come from files under ``resources/gazetteers/`` (built from CLDR, GeoNames and
arabic-name-romanizer by ``scripts/build_gazetteers.py``, plus ``place_variants.tsv`` written by us)
and from the curated lexicons ``resources/lexicons/organizations.tsv`` (and other ``*.tsv`` files named
in :data:`CURATED_LEXICONS`) when present. Everything is keyed by :func:`rasid.text.normalize.normalize`.

Given and family names are *evidence* for the tagger (:func:`lookup`), never spans on their own:
:func:`find_gazetteer_matches` returns places and organisations only. The curated foreign first names
(``lexicons/foreign_given_names.txt``) count in :func:`name_count` only, not in the CRF's features
nor in the word-cluster name shares of :mod:`rasid.extract.entities` (``curated=False``).
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from rasid.caching import WORD_CACHE_SIZE
from rasid.resources import resource_path
from rasid.text.normalize import normalize, normalize_with_offsets, word_key

# Curated lexicons (written by the entities helper) read when present: file -> default label.
CURATED_LEXICONS = {"organizations": "ORG", "places": "LOC", "named_things": "MISC"}

# Proclitics that stay outside a span: conjunction, then preposition (وب، فل، وك …).
CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
# Which source wins when one phrase has several readings (curated lists know their ambiguities).
_PRIORITY = {"organizations": 0, "places": 0, "named_things": 0, "rasid": 1, "cldr": 2, "geonames": 3}
WORD = re.compile(r"[\u0621-\u064a0-9a-z]+")
# A curated foreign first name (lexicons/foreign_given_names.txt) counts as a name seen this often in
# the name list (for rasid.extract.entities only): enough for every name threshold there
# (MAX_ORDINARY_NAME_COUNT is 20), as a well-attested name.
FOREIGN_GIVEN_NAME_COUNT = 20


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    """A gazetteer entry found in the text: ``[start, end)`` into the original (not normalised)
    text, clitics outside; ``key`` is the normalised entry that matched (with its ال)."""

    start: int
    end: int
    label: str
    kind: str
    source: str
    key: str = ""


@dataclass(frozen=True)
class _Gazetteer:
    entries: dict[str, frozenset[tuple[str, str]]]  # normalised phrase -> {(label, kind)}
    sources: dict[tuple[str, str, str], str]  # (phrase, label, kind) -> source name
    spans: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases (as word tuples) starting with it
    name_counts: dict[tuple[str, str], int]  # (word, given|family) -> count in the name list
    curated_given: dict[str, int]  # foreign first names of lexicons/foreign_given_names.txt -> count


_LOCK = threading.Lock()
_CACHE: list[_Gazetteer] = []


def _rows(path) -> list[list[str]]:
    if not path.exists():
        return []
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            rows.append([col.strip() for col in line.rstrip("\n").split("\t")])
    return rows


def _build() -> _Gazetteer:
    entries: dict[str, set[tuple[str, str]]] = defaultdict(set)
    sources: dict[tuple[str, str, str], str] = {}
    span_phrases: set[str] = set()

    def add(name: str, label: str, kind: str, source: str, as_span: bool = True) -> None:
        key = normalize(name)
        if not key or not WORD.search(key):
            return
        key = " ".join(WORD.findall(key))
        entries[key].add((label, kind))
        sources.setdefault((key, label, kind), source)
        if as_span:
            span_phrases.add(key)

    arab = {row[0] for row in _rows(resource_path("gazetteers", "arab_country_codes.txt"))}
    # countries and regions outside the Arab world, also matched with ج for غ (cities were tried in
    # round 76 and left out: بيرمنجهام put «جامعة برمنجهام البريطانية» whole in quotation speakers)
    foreign: list[tuple[str, str]] = []  # (name, kind), their variants added after every real entry
    for name, kind, code in _rows(resource_path("gazetteers", "countries.tsv")):
        add(name, "LOC", kind, "cldr")
        if code.isalpha() and code not in arab:
            foreign.append((name, kind))
    for name, kind in (row[:2] for row in _rows(resource_path("gazetteers", "place_variants.tsv"))):
        add(name, "LOC", kind, "rasid")
    for name, _country, _population in _rows(resource_path("gazetteers", "cities.tsv")):
        add(name, "LOC", "Population-Center", "geonames")
    name_counts: dict[tuple[str, str], int] = {}
    for name, role, count in _rows(resource_path("gazetteers", "person_names.tsv")):
        add(name, "PER", role, "names", as_span=False)
        name_counts[normalize(name), role] = int(count)
    # kept apart from name_counts, which the CRF's features read: the shipped model was trained
    # without them (as CRF features they cost 1.7 F1 on our SaudiNewsNet batches, see README)
    curated_given = {
        normalize(row[0]): FOREIGN_GIVEN_NAME_COUNT
        for row in _rows(resource_path("lexicons", "foreign_given_names.txt"))
    }
    for lexicon, default_label in CURATED_LEXICONS.items():
        for row in _rows(resource_path("lexicons", f"{lexicon}.tsv")):
            label, kind = _label_and_kind(row[1:3], default_label)
            for name in [row[0], *(row[3].split("|") if len(row) > 3 else ())]:
                add(name, label, kind, lexicon)
    for name, kind in foreign:
        variant = g_as_jim(normalize(name))
        if variant and variant not in entries:
            add(variant, "LOC", kind, "cldr")
    spans: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in span_phrases:
        words = tuple(phrase.split())
        spans[words[0]].append(words)
    return _Gazetteer(
        entries={k: frozenset(v) for k, v in entries.items()},
        sources=sources,
        spans={k: tuple(sorted(v, key=len, reverse=True)) for k, v in spans.items()},
        name_counts=name_counts,
        curated_given=curated_given,
    )


def g_as_jim(key: str) -> str | None:
    """A foreign place name's spelling with ج for the g that CLDR and GeoNames write غ, as Egyptian
    and Saudi papers often write it (بنجلاديش، لوكسمبورج، كوبنهاجن), or ``None`` without a غ."""
    return key.replace("غ", "ج") if "غ" in key else None


def _label_and_kind(columns: list[str], default_label: str) -> tuple[str, str]:
    """Label and kind from a curated row's extra columns, whatever their order."""
    label, kind = default_label, ""
    for col in columns:
        if col in ("PER", "ORG", "LOC", "MISC"):
            label = col
        elif col and not kind and re.fullmatch(r"[A-Za-z][A-Za-z_\-]*", col):
            kind = col
    return label, kind or {"ORG": "Organization", "LOC": "Place"}.get(label, label)


def gazetteer() -> _Gazetteer:
    """The loaded gazetteer (built once per process, thread-safe)."""
    if not _CACHE:
        with _LOCK:
            if not _CACHE:
                _CACHE.append(_build())
    return _CACHE[0]


@lru_cache(maxsize=WORD_CACHE_SIZE)
def lookup(key: str) -> frozenset[tuple[str, str]]:
    """The ``(label, kind)`` pairs of a word or phrase (normalised here, so any spelling works)."""
    return gazetteer().entries.get(normalize(key), frozenset())


def name_count(word: str, role: str, curated: bool = True) -> int:
    """How often ``word`` is a ``given`` or ``family`` name in the name list (0 if never); a curated
    foreign first name counts as ``FOREIGN_GIVEN_NAME_COUNT`` at least, unless ``curated`` is false
    (the name list alone: what the word-cluster name shares are measured on)."""
    gaz = gazetteer()
    key = word_key(word)  # (normalize, from the shared cache: the same words are asked again and again)
    count = gaz.name_counts.get((key, role), 0)
    return max(count, gaz.curated_given.get(key, 0)) if role == "given" and curated else count


@lru_cache(maxsize=WORD_CACHE_SIZE)
def clitic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """Ways to read a normalised word as proclitics + stem: ``(clitic length, stem as entry)``,
    the bare word first. ``لل`` + X also reads as ``ال`` + X (للرياض -> الرياض after 2 letters)."""
    readings = [(0, word)]
    i = 0
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        i = 1
        readings.append((1, word[1:]))
    if len(word) - i > 3 and word[i] in PREPOSITIONS:
        if word[i] == "ل" and word[i + 1] == "ل":
            readings.append((i + 2, "ال" + word[i + 2 :]))
        readings.append((i + 1, word[i + 1 :]))
    return tuple(readings)


_LAST = threading.local()  # the last text matched in this thread and its matches


def find_gazetteer_matches(text: str) -> list[GazetteerMatch]:
    """Longest non-overlapping place/organisation entries in ``text``, clitics kept outside. The
    result for the last text is kept per thread: the CRF features and the entities stage both ask
    for the same article, one after the other."""
    if getattr(_LAST, "text", None) == text:
        return list(_LAST.matches)
    matches = _find_matches(text)
    _LAST.text, _LAST.matches = text, tuple(matches)
    return matches


def _find_matches(text: str) -> list[GazetteerMatch]:
    gaz = gazetteer()
    key, origin = normalize_with_offsets(text)
    words = WORD.findall(key)
    found = list(WORD.finditer(key))
    starts = list(map(_span_starts, words))
    matches: list[GazetteerMatch] = []
    taken_until = 0  # words before this index belong to a match already
    for i in compress(range(len(words)), starts):  # only the words that begin some entry
        if i < taken_until:
            continue
        best: tuple[int, int, str] | None = None  # (word count, clitic length, phrase)
        for clitic, phrases in starts[i]:
            for phrase in phrases:
                n = len(phrase)
                if best and n <= best[0]:
                    break
                if (
                    i + n <= len(words)
                    and all(words[i + j] == phrase[j] for j in range(1, n))
                    and _contiguous(key, found, i, n)
                ):
                    best = (n, clitic, " ".join(phrase))
                    break
        if best is None:
            continue
        n, clitic, phrase = best
        start, end = origin[found[i].start() + clitic], origin[found[i + n - 1].end()]
        readings = sorted((label, kind) for label, kind in gaz.entries[phrase] if label != "PER")
        if readings:
            label, kind = min(readings, key=lambda lk: _PRIORITY.get(gaz.sources[phrase, *lk], 9))
            matches.append(GazetteerMatch(start, end, label, kind, gaz.sources[phrase, label, kind], phrase))
        taken_until = i + n
    return matches


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _span_starts(word: str) -> tuple[tuple[int, tuple[tuple[str, ...], ...]], ...]:
    """``(clitic length, entries starting with that reading)`` for each reading of a normalised word
    that begins a gazetteer entry (most words begin none: one cached lookup then)."""
    spans = gazetteer().spans
    return tuple((clitic, spans[first]) for clitic, first in clitic_readings(word) if first in spans)


def _contiguous(key: str, found: list[re.Match[str]], i: int, n: int) -> bool:
    """Whether the words ``found[i .. i+n-1]`` are separated by white space or a hyphen only."""
    return all(key[found[j].end() : found[j + 1].start()].strip(" -") == "" for j in range(i, i + n - 1))
