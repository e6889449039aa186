"""Speaker names as the article writes them (round 81).

The annotation guide (docs/quotes-annotation.md §8) names a speaker by the fullest name the article
gives, spelt as written. The entities stage folds spelling variants to one canonical form so that all
mentions join one entity (``lexicons/spelling_variants.tsv``: نتانياهو → نتنياهو); a speaker named by
that canonical form may then carry a spelling the article never writes. The passes here run after
the learned ranker, over the final speakers only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from rasid.caching import word_memo
from rasid.extract.entities import without_article
from rasid.model import Article, attach
from rasid.resources import load_table
from rasid.text.normalize import normalize, normalize_with_offsets


@cache
def _variants_by_canonical() -> dict[str, tuple[str, ...]]:
    """Canonical spelling (normalised) -> the variants that fold to it (normalised)."""
    found: dict[str, list[str]] = {}
    for row in load_table("spelling_variants"):
        if len(row) >= 2 and row[0] and row[1]:
            variant, canonical = normalize(row[0]), normalize(row[1])
            if variant != canonical:
                found.setdefault(canonical, []).append(variant)
    return {canonical: tuple(variants) for canonical, variants in found.items()}


def _whole_words(key: str) -> re.Pattern[str]:
    """``key`` as whole words (no letter glued before or after it)."""
    return re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")


@word_memo  # (a function of the key alone: the same speakers' names are asked in article after article)
def _respelt_forms(key: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """The canonical spellings written as whole words inside the normalised name ``key``, each as its
    whole-word pattern with its variants (in the table's order): what :func:`written_spelling` tries
    to put back; empty for a name holding none (nearly all)."""
    return tuple(
        (inside, variants)
        for canonical, variants in _variants_by_canonical().items()
        if canonical in key and (inside := _whole_words(canonical)).search(key)
    )


def written_spelling(name: str, text: str) -> str | None:
    """The name as the article writes it when ``name`` itself is nowhere in ``text`` but the name with
    one canonical spelling put back into a variant of it is ("بنيامين نتنياهو" where the article has
    "بنيامين نتانياهو"); None when the name is written, or no variant of it is."""
    key = normalize(name)
    if not key:
        return None
    respelt = _respelt_forms(key)
    if not respelt:
        return None
    keyed, origin = normalize_with_offsets(text)
    if _whole_words(key).search(keyed):
        return None
    for inside, variants in respelt:
        for variant in variants:
            found = _whole_words(inside.sub(variant, key)).search(keyed)
            if found is not None:
                return text[origin[found.start()] : origin[found.end()]]
    return None


def with_written_spelling(article: Article) -> Article:
    """The article with every speaker named in a spelling it never writes, a canonical form of the
    spelling variants, given the name as the article writes it (guide §8: "spell the name as
    written"; the gold keeps نتانياهو where the article has it)."""
    if not article.quotes:
        return article
    text = article.text
    asked: dict[str, str | None] = {}
    quotes = list(article.quotes)
    changed = False
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or not speaker.name:
            continue
        if speaker.name not in asked:
            asked[speaker.name] = written_spelling(speaker.name, text)
        written = asked[speaker.name]
        if written:
            quotes[index] = replace(quote, speaker=replace(speaker, name=written))
            changed = True
    return attach(article, quotes=quotes) if changed else article


def inner_name_with_article(short: str, names: list[str]) -> str | None:
    """The one fuller person name among ``names`` inside which ``short`` (one or two words) stands with
    its first word's article dropped, neither first nor last ("الفهد" of "طلال فهد الأحمد الصباح",
    "العبد الله" of "محمد عبد الله المبارك الصباح"): Gulf papers refer to a person by the father's name
    made definite, and the gold gives the full chain; None when no name or several fit."""
    words = normalize(short).split()
    first = without_article(words[0]) if words and len(words) <= 2 else None
    if first is None or first == words[0]:
        return None
    wanted = [first, *words[1:]]
    fits: dict[str, str] = {}
    for name in names:
        full = normalize(name).split()
        inside = range(1, len(full) - len(wanted))
        if any(full[i : i + len(wanted)] == wanted for i in inside):
            fits.setdefault(" ".join(full), name)
    return next(iter(fits.values())) if len(fits) == 1 else None


def with_inner_names_completed(article: Article) -> Article:
    """The article with every person speaker named by a father's name made definite given the one
    full name of the article it stands inside (:func:`inner_name_with_article`; guide §8: the
    fullest name the article gives), the names read from the person entities and the speakers."""
    if not article.quotes:
        return article
    names = [e.text for e in article.entities if e.label == "PER"]
    names += [q.speaker.name for q in article.quotes if q.speaker is not None and q.speaker.type == "person"]
    quotes = list(article.quotes)
    changed = False
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or speaker.type != "person":
            continue
        full = inner_name_with_article(speaker.name, names)
        if full:
            quotes[index] = replace(quote, speaker=replace(speaker, name=full))
            changed = True
    return attach(article, quotes=quotes) if changed else article
