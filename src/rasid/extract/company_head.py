"""The head «شركة» (and «حركة»، «جماعة») outside a body's span, inside its canonical name.

The NER annotation convention marks a firm by its own name (شركة سامسونج → سامسونج, لشركة أفيمد →
أفيمد): of the 2,770 gold organisations of the NER batches to 58 only one keeps «شركة». The quotation
stages, though, link «الشركة» back to the firm and name a speaker through its head, so they read the
entities with the head put back (:func:`with_company_heads`); the entity's ``canonical`` and
``aliases`` keep «شركة X», its span and ``text`` leave the head out, and ``head`` records it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from rasid.extract.gazetteers import lookup
from rasid.model import Article, Entity
from rasid.resources import load_lexicon
from rasid.text.normalize import normalize

COMPANY = "شركة"
# the indefinite heads the convention leaves outside a body's name: «شركة» (59 gold organisations of
# the NER read batches 41-58 after it, 1 with it), «حركة» (7 after, 1 with: حركة حماس → حماس) and
# «جماعة» (3 after, none with: جماعة الإخوان → الإخوان); «حزب» (5 after, 21 with) and «جبهة» keep theirs
HEADS = (COMPANY, "حركة", "جماعة")
# a city after the head keeps it: «شركة جدة للتنمية» is a firm only with its head (the convention keeps
# it, read batch 42), while the country word of «شركة المملكة للاستثمار» does not (read batch 55)
_CITY_KIND = "Population-Center"
# proclitics that may stand before the indefinite head in its word (وشركة، لشركة، وبشركة); «للشركة»
# and «الشركة» are definite: «الشركة السعودية للكهرباء» is a name with its head, not cut
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})


def _indefinite_head(text: str, head: int) -> bool:
    """Whether the head word at ``head`` is indefinite: only proclitics before it in its word."""
    first = head
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    return text[first:head] in PROCLITICS


def _name_start(text: str, entity: Entity) -> tuple[str, int] | None:
    """The head and where the body's own name starts in an organisation opening with an indefinite
    head of :data:`HEADS` and a further word, else ``None``."""
    start = entity.start
    if entity.label != "ORG":
        return None
    head = next((h for h in HEADS if text.startswith(h + " ", start)), None)
    if head is None or not _indefinite_head(text, start):
        return None
    rest = start + len(head) + 1
    return (head, rest) if rest < entity.end and not text[rest].isspace() else None


@cache
def _utility_services() -> frozenset[str]:
    """Normalised services a utility firm is named by (utility_firm_nouns.txt: الكهرباء، المياه)."""
    return frozenset(normalize(w) for w in load_lexicon("utility_firm_nouns"))


def _utility_firm(head: str, name: str) -> bool:
    """Round 96: whether «شركة» opens a utility named by its service alone (شركة الكهرباء، شركة
    المياه), whose head the gold keeps: without it the span is a common noun. A further word makes
    it a firm's own name, written without the head (شركة [المياه الوطنية])."""
    return head == COMPANY and normalize(name) in _utility_services()


def narrow_company_heads(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with every organisation opening with an indefinite head of :data:`HEADS` cut to
    the name after it (canonical and aliases unchanged, ``head`` set), unless that name opens with a
    city (شركة جدة للتنمية) or is a utility's service (شركة الكهرباء: :func:`_utility_firm`)."""
    narrowed: list[Entity] = []
    for entity in entities:
        found = _name_start(text, entity)
        if found is not None:
            head, rest = found
            first = text[rest : entity.end].split(" ", 1)[0]
            city = any(label == "LOC" and kind == _CITY_KIND for label, kind in lookup(first))
            if not city and not _utility_firm(head, text[rest : entity.end]):
                entity = replace(entity, start=rest, text=text[rest : entity.end], head=head)
        narrowed.append(entity)
    return narrowed


def with_company_heads(article: Article) -> Article:
    """``article`` with its firms' spans opening at their head again, as the quotation stages read
    them (the inverse of :func:`narrow_company_heads`)."""
    if not any(e.head for e in article.entities):
        return article
    restored = tuple(
        replace(e, start=s, text=article.text[s : e.end], head=None)
        if e.head and (s := e.start - len(e.head) - 1) >= 0
        else e
        for e in article.entities
    )
    return replace(article, entities=restored)
