"""Cross-article linking: one corpus entity per real-world name, one corpus quote per statement.

Entities are keyed by their normalised words (:func:`rasid.text.normalize.normalize`) with the
spelling variants of ``lexicons/spelling_variants.tsv`` folded (ترمب → ترامب). A name that finds no
entity under its full key is tried, in order, under its *loose* key (interior alefs of long words
dropped: a transliteration difference such as ترامب/ترمب not in the lexicon) and, for a person
known by one word, as the *short* form (surname, or "X بن Y") of a fuller name already registered:
بوتين links to فلاديمير بوتين. Loose and short keys link only when exactly one entity has them; a
fuller name arriving after a one-word entity adopts it and becomes its canonical name.

Quotes are keyed by speaker and the normalised words of their text; the same statement by the same
speaker with light edits (punctuation, a word changed) joins the quote already registered when
the keys are near-identical (:data:`QUOTE_SIMILARITY`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from rasid.resources import load_table
from rasid.text.normalize import normalize

_WORD = re.compile(r"\w+")
# Words that start the lineage part of an Arabic name (محمد بن سلمان بن عبدالعزيز آل سعود), after
# normalisation (آل → ال): the short form of such a name is "X بن Y", never its last word.
LINEAGE_WORDS = frozenset({"بن", "ابن", "بنت", "ال"})
# Loose keys only fold words this long: short Arabic words differ meaningfully by one alef
# (عامر/عمر), transliterated foreign names (ترامب، هيلاري) are long.
LOOSE_MIN_LETTERS = 5
# Words that form one name with the word after them (عبد العزيز، أبو مازن), after normalisation.
COMPOUND_HEADS = frozenset({"عبد", "ابو", "ابي", "ذو"})
# Surnames shorter than this are not used as short forms (too ambiguous).
SHORT_MIN_LETTERS = 3
# rapidfuzz ratio (0-100) at which two quote keys of one speaker are the same statement. Chosen by
# reading SaudiNewsNet quotes carried by several outlets: re-publications differ by punctuation,
# a conjunction or a spelling (ratio 93-99), while distinct statements of one speaker on one topic
# stay below ~85.
QUOTE_SIMILARITY = 90
# Quotes of an unnamed speaker are merged only on identical keys of at least this many words, so
# that short formulaic statements ("نرفض ذلك") of different anonymous sources stay apart.
UNNAMED_QUOTE_MIN_WORDS = 6


@cache
def _variants() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in load_table("spelling_variants"):
        if len(row) >= 2 and row[0] and row[1]:
            table[" ".join(_WORD.findall(normalize(row[0])))] = " ".join(_WORD.findall(normalize(row[1])))
    return table


@lru_cache(maxsize=131_072)
def name_key(name: str) -> str:
    """The linking key of a name: normalised words, punctuation dropped, spelling variants folded
    (for the whole name first, then word by word)."""
    words = _WORD.findall(normalize(name))
    key = " ".join(words)
    variants = _variants()
    if key in variants:
        return variants[key]
    return " ".join(variants.get(word, word) for word in words)


def loose_key(key: str) -> str:
    """``key`` with the interior alefs of its long words dropped (ترامب → ترمب)."""
    return " ".join(
        w[0] + w[1:-1].replace("ا", "") + w[-1] if len(w) >= LOOSE_MIN_LETTERS else w for w in key.split()
    )


def name_words(key: str) -> list[str]:
    """The names of a key, a compound such as عبد العزيز or أبو مازن counting as one."""
    words: list[str] = []
    for word in key.split():
        if words and words[-1] in COMPOUND_HEADS:
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    return words


def is_one_name(key: str) -> bool:
    """True for a key of a single name (بوتين, عبد العزيز)."""
    return len(name_words(key)) == 1


def short_forms(key: str) -> list[str]:
    """The forms a person's full name ``key`` is also known by: its last name (عادل الجبير →
    الجبير, محمد يوسف عبد العزيز → عبد العزيز), or "X بن Y" for a name with a lineage
    (محمد بن سلمان بن عبدالعزيز → محمد بن سلمان)."""
    words = name_words(key)
    if len(words) < 2:
        return []
    for i, word in enumerate(words[1:], start=1):
        if word in LINEAGE_WORDS:
            if word != "ال" and i + 1 < len(words) and i + 2 < len(words):
                return [" ".join(words[: i + 2])]
            return []
    return [words[-1]] if len(words[-1]) >= SHORT_MIN_LETTERS else []


@dataclass
class LinkResult:
    """What :meth:`EntityLinker.link` did: the corpus id, and whether the entity is new or its
    canonical name changed (the store then writes it), and the keys to record."""

    entity_id: int
    created: bool = False
    renamed: bool = False
    new_keys: list[tuple[str, str, str]] = field(default_factory=list)  # (label, key, kind)


@dataclass
class _Known:
    label: str
    canonical: str
    key: str


class EntityLinker:
    """An in-memory index of the corpus entity registry that links article entities to it.

    Load it with the stored entities and keys; :meth:`link` returns the corpus id for a name,
    registering a new entity when nothing matches.
    """

    def __init__(self, next_id: int = 1) -> None:
        self.next_id = next_id
        self.entities: dict[int, _Known] = {}
        self._names: dict[tuple[str, str], int] = {}
        self._loose: dict[tuple[str, str], set[int]] = {}
        self._short: dict[tuple[str, str], set[int]] = {}

    def load(
        self, entities: Iterable[tuple[int, str, str, str]], keys: Iterable[tuple[str, str, str, int]]
    ) -> None:
        """Fill from stored ``(id, label, canonical, key)`` rows and ``(label, key, kind, id)`` rows."""
        for entity_id, label, canonical, key in entities:
            self.entities[entity_id] = _Known(label, canonical, key)
            self.next_id = max(self.next_id, entity_id + 1)
        for label, key, kind, entity_id in keys:
            self._add_key(label, key, kind, entity_id)

    def _add_key(self, label: str, key: str, kind: str, entity_id: int) -> bool:
        if kind == "name":
            if (label, key) in self._names:
                return False
            self._names[(label, key)] = entity_id
            return True
        table = self._loose if kind == "loose" else self._short
        ids = table.setdefault((label, key), set())
        if entity_id in ids:
            return False
        ids.add(entity_id)
        return True

    def _unique(self, table: dict[tuple[str, str], set[int]], label: str, key: str) -> int | None:
        ids = table.get((label, key))
        return next(iter(ids)) if ids and len(ids) == 1 else None

    def lookup(self, label: str, name: str) -> int | None:
        """The corpus id a name links to, without registering anything (``None`` if none)."""
        key = name_key(name)
        if not key:
            return None
        found = self._names.get((label, key))
        if found is None:
            found = self._unique(self._loose, label, loose_key(key))
        if found is None and label == "PER" and is_one_name(key):
            found = self._unique(self._short, label, key)
        return found

    def lookup_any(self, name: str) -> list[int]:
        """Corpus ids a name links to under any label (for search filters)."""
        return [i for label in ("PER", "ORG", "LOC", "MISC") if (i := self.lookup(label, name)) is not None]

    def link(self, label: str, canonical: str, forms: Iterable[str] = ()) -> LinkResult | None:
        """Link an article's entity (its canonical name and other surface forms) to the corpus:
        the existing entity it names, or a new one. ``None`` for a name without words."""
        key = name_key(canonical)
        if not key:
            return None
        # Other surface forms link and register too, except one-word forms of a person known by a
        # fuller name: a bare surname (بوش) must not tie جورج بوش to جيب بوش; short forms do that,
        # and only when unambiguous.
        keys = [key] + [
            k
            for k in dict.fromkeys(name_key(f) for f in forms)
            if k and k != key and (label != "PER" or not is_one_name(k))
        ]
        entity_id = next((self._names[(label, k)] for k in keys if (label, k) in self._names), None)
        if entity_id is None:
            entity_id = self._unique(self._loose, label, loose_key(key))
        result: LinkResult | None = None
        if entity_id is None and label == "PER" and is_one_name(key):
            entity_id = self._unique(self._short, label, key)
        if entity_id is None and label == "PER" and not is_one_name(key):
            # a fuller name for a person registered so far by one word: adopt that entity
            for short in short_forms(key):
                one_word = self._names.get((label, short))
                if one_word is not None and is_one_name(self.entities[one_word].key):
                    entity_id = one_word
                    known = self.entities[one_word]
                    known.canonical, known.key = canonical, key
                    result = LinkResult(entity_id, renamed=True)
                    break
        if entity_id is None:
            entity_id = self.next_id
            self.next_id += 1
            self.entities[entity_id] = _Known(label, canonical, key)
            result = LinkResult(entity_id, created=True)
        result = result or LinkResult(entity_id)
        known = self.entities[entity_id]
        for k in keys:
            self._register(result, label, k, entity_id)
        if label == "PER" and not is_one_name(known.key):
            for short in short_forms(known.key):
                if self._add_key(label, short, "short", entity_id):
                    result.new_keys.append((label, short, "short"))
        return result

    def _register(self, result: LinkResult, label: str, key: str, entity_id: int) -> None:
        if self._add_key(label, key, "name", entity_id):
            result.new_keys.append((label, key, "name"))
        loose = loose_key(key)
        if self._add_key(label, loose, "loose", entity_id):
            result.new_keys.append((label, loose, "loose"))


def quote_key(text: str) -> str:
    """The matching key of a quotation: its normalised words, punctuation and quote marks dropped."""
    return " ".join(_WORD.findall(normalize(text)))


def speaker_ref(entity_id: int | None, name: str | None) -> str:
    """Who a corpus quote belongs to: a corpus entity, else a named speaker's key, else ``""``."""
    if entity_id is not None:
        return f"e{entity_id}"
    key = name_key(name or "")
    return f"n:{key}" if key else ""


class QuoteRegistry:
    """An in-memory index of corpus quotes by speaker and key, which :meth:`resolve` extends."""

    def __init__(self, next_id: int = 1) -> None:
        self.next_id = next_id
        self._exact: dict[tuple[str, str], int] = {}
        self._by_speaker: dict[str, dict[str, int]] = {}

    def load(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """Fill from stored ``(id, speaker_ref, key)`` rows."""
        for quote_id, ref, key in rows:
            self._add(quote_id, ref, key)
            self.next_id = max(self.next_id, quote_id + 1)

    def _add(self, quote_id: int, ref: str, key: str) -> None:
        self._exact.setdefault((ref, key), quote_id)
        if ref:
            self._by_speaker.setdefault(ref, {}).setdefault(key, quote_id)

    def forget(self, quote_id: int, ref: str, key: str) -> None:
        """Drop a quote that no longer has any occurrence."""
        if self._exact.get((ref, key)) == quote_id:
            del self._exact[(ref, key)]
        if self._by_speaker.get(ref, {}).get(key) == quote_id:
            del self._by_speaker[ref][key]

    def resolve(self, ref: str, key: str) -> tuple[int, bool]:
        """``(quote id, created)`` for a statement of speaker ``ref`` with key ``key``."""
        found = self._exact.get((ref, key))
        if found is not None and (ref or len(key.split()) >= UNNAMED_QUOTE_MIN_WORDS):
            return found, False
        if ref and ref in self._by_speaker and self._by_speaker[ref]:
            best = process.extractOne(
                key, self._by_speaker[ref].keys(), scorer=fuzz.ratio, score_cutoff=QUOTE_SIMILARITY
            )
            if best is not None:
                return self._by_speaker[ref][best[0]], False
        quote_id = self.next_id
        self.next_id += 1
        self._add(quote_id, ref, key)
        return quote_id, True
