"""Round 71: a title's complement that names a facility after a person (a mosque called after an imam)
may close the text; the speaker-phrase scan then stops at the last word instead of failing the
article's quotations (found by `benchmarks/fault_scan.py` on one SaudiNewsNet record)."""

from __future__ import annotations

import pytest

from rasid.model import Article
from rasid.pipeline import Options, process


@pytest.mark.parametrize(
    "text",
    ["وأضاف خطيب الطائف مسجد الإمام الشافعي", "وأكد إمام مكة جامع الإمام الشافعي"],
)
def test_facility_named_after_a_person_at_the_text_end(text: str) -> None:
    article = process(Article(id="t", raw=text), Options())
    assert not [w for w in article.warnings if w.startswith("W_QUOTES_FAILED")]
