"""Helpers shared by the entity tests."""

from __future__ import annotations

from rasid.extract import entities as ent
from rasid.model import Article, check_spans
from rasid.pipeline import Options, process

STAGES_TO_ENTITIES = ("clean", "segment", "entities")


def labelled(text: str) -> list[tuple[str, str]]:
    """``(surface, label)`` of every entity mention, in text order; spans must slice the text."""
    found = []
    for e in ent.extract_entities(text):
        assert text[e.start : e.end] == e.text
        found.append((e.text, e.label))
    return found


def stage_orgs(text: str) -> list[str]:
    """The surfaces of the ORG entities the pipeline's stages up to ``entities`` find in ``text``
    (spans checked against the clean text)."""
    article = process(Article(id="t", raw=text), Options(stages=STAGES_TO_ENTITIES))
    check_spans(article)
    return [e.text for e in article.entities if e.label == "ORG"]
