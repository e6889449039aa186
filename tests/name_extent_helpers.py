"""Helpers shared by the name-extent tests: one quotation whose person speaker is a given short name,
run through :func:`rasid.extract.name_extent.with_name_extent`."""

from __future__ import annotations

from rasid.extract.name_extent import with_name_extent
from rasid.model import Article, Entity, Quote, Span, Speaker


def speaker_article(text: str, speaker: str, entities: tuple[Entity, ...]) -> Article:
    """An article with one quotation whose person speaker is ``speaker``, linked to ``e1``."""
    cue = Span(0, 1, text[0])
    quote = Quote(0, 2, text[:2], "indirect", cue, Speaker(speaker, "person", "e1", None))
    return Article(id="t", raw=text, text=text, entities=entities, quotes=(quote,))


def person_mention(text: str, name: str) -> Entity:
    """The person entity ``e1`` over the first occurrence of ``name``."""
    at = text.index(name)
    return Entity(at, at + len(name), name, "PER", "e1", name)


def extended_name(text: str, short: str) -> str:
    """The speaker's name after the name-extent pass, the entity and speaker being ``short``."""
    article = speaker_article(text, short, (person_mention(text, short),))
    speaker = with_name_extent(article).quotes[0].speaker
    assert speaker is not None
    return speaker.name
