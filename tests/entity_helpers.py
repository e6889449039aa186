"""Helpers shared by the entity tests."""

from __future__ import annotations

from rasid.extract import entities as ent


def labelled(text: str) -> list[tuple[str, str]]:
    """``(surface, label)`` of every entity mention, in text order; spans must slice the text."""
    found = []
    for e in ent.extract_entities(text):
        assert text[e.start : e.end] == e.text
        found.append((e.text, e.label))
    return found
