"""benchmarks/ranker_overrides.py: the rules' provenance classes of the ranker's overrides, on a
sentence written for this test."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from rasid.model import Article, Quote, Span, Speaker
from rasid.pipeline import Options, process

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from ranker_overrides import CLASSES, provenance, table  # noqa: E402

TEXT = "وقال وزير النقل سالم المري إن التعاون سيتوسع."


def quote_of(text: str, speaker: Speaker | None, confidence: float) -> Quote:
    cue_at, content_at = text.index("وقال"), text.index("التعاون")
    return Quote(
        content_at,
        len(text) - 1,
        text[content_at : len(text) - 1],
        "indirect",
        Span.of(text, cue_at, cue_at + 4),
        speaker,
        confidence,
    )


def test_the_rules_provenance_decides_the_class():
    text = process(Article(id="t", raw=TEXT), Options(stages=("clean", "segment"))).text
    at = text.index("وزير النقل سالم المري")
    mention = Span.of(text, at, at + len("وزير النقل سالم المري"))
    named = quote_of(text, Speaker("سالم المري", "person", None, mention), 0.95)
    name_at = text.index("سالم المري")
    assert provenance(named, (name_at, name_at + 10)) == "same-mention >=0.9"
    assert provenance(named, (0, 4)) == "elsewhere >=0.9"  # the cue itself is outside the mention
    assert provenance(named, None) == "elsewhere >=0.9"  # an earlier quotation's speaker
    assert provenance(replace(named, confidence=0.8), None) == "elsewhere <0.9"
    implied = quote_of(text, Speaker("سالم المري", "person"), 0.8)
    assert provenance(implied, (name_at, name_at + 10)) == "implied"
    assert provenance(quote_of(text, None, 0.3), None) == "unresolved"


def test_the_table_counts_fixes_and_breaks_beyond_each_margin():
    rows = [("implied", 1.2, 1), ("implied", 0.7, -1), ("elsewhere >=0.9", 2.5, -1), ("implied", 3.0, 0)]
    lines = table(rows).splitlines()
    assert len(lines) == 2 + len(CLASSES)
    implied = next(line for line in lines if line.startswith("| implied "))
    # margins 0, 0.5, 1, 1.5, 2
    assert implied.split(" | ")[1:] == ["+1 / -1", "+1 / -1", "+1 / -0", "+0 / -0", "+0 / -0 |"]
    elsewhere = next(line for line in lines if line.startswith("| elsewhere >=0.9 "))
    assert elsewhere.endswith("+0 / -1 |")
