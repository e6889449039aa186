"""A firm's description written in apposition after its name, read as that name (round 89, orgs).

News names a firm and then describes it in apposition: «تطرح "X" شركة صناعة الأجهزة …»,
«ربحت شركة X ، أكبر شركة للأسمدة في آسيا، …». The recall lists the description as a body
named with the head «شركة», so a later «وقالت الشركة» went to the description; the gold names the firm
(docs/quotes-annotation.md §8). :func:`appositive_owner` finds the name the description stands after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from rasid.model import Entity
from rasid.resources import load_lexicon
from rasid.text.normalize import normalize


@cache
def _elatives() -> frozenset[str]:
    """The elatives of ``elative_adjectives.txt`` (أكبر، أهم …), normalised: «أكبر شركة» describes."""
    return frozenset(normalize(w) for w in load_lexicon("elative_adjectives"))


# What may stand between a firm's name and the description after it: spaces and a comma (Arabic or
# Latin), before any elative (أكبر شركة …).
_COMMA_AND_SPACE = " \t،,"
# The quotation marks that may close the firm's name («"فورد" شركة …»).
_CLOSING_MARKS = '"»”'
# How many words a name in marks may have to count as the firm's name: as the speakers' short quoted
# names (five), set, not tuned.
_MARKED_NAME_WORDS = 5


def appositive_owner(
    text: str, entities: Sequence[Entity], start: int
) -> tuple[str, tuple[int, int], str | None] | None:
    """The firm named right before a description that starts at ``start`` («"X" شركة …»، «شركة X ،
    أكبر شركة …»): its name, span and entity id, when an organisation entity or a short name in
    quotation marks ends there (only a comma, spaces or one elative between); else None."""
    end = _end_before(text, start, str.isspace)
    last = text[_end_before(text, end, lambda c: not c.isspace()) : end]  # (the word before it)
    if last and normalize(last) in _elatives():
        end = _end_before(text, end - len(last), str.isspace)
    end = _end_before(text, end, _COMMA_AND_SPACE.__contains__)
    if end <= 0:
        return None
    for entity in entities:
        if entity.label == "ORG" and entity.end == end:
            return entity.canonical or entity.text, (entity.start, entity.end), entity.entity_id or None
    if text[end - 1] not in _CLOSING_MARKS:
        return None
    opening = max(text.rfind(mark, 0, end - 1) for mark in '"«“')
    inside = text[opening + 1 : end - 1].strip() if opening >= 0 else ""
    if not inside or len(inside.split()) > _MARKED_NAME_WORDS or any(c in inside for c in ".،؟!\n"):
        return None
    return inside, (opening + 1, end - 1), None


def _end_before(text: str, end: int, skipped: Callable[[str], bool]) -> int:
    """Where ``text[:end]`` ends once the characters ``skipped`` accepts at its end are passed over,
    read from ``end`` back without copying or splitting the article's text before it."""
    while end > 0 and skipped(text[end - 1]):
        end -= 1
    return end
