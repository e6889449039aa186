"""Round 62 review: «المصادر ذاتها» names a source back as «المصادر نفسها» does; before, a cue with
ذاتها after it was dropped as no reporting use (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def rules_quotes(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation as the rules give it (no ranker)."""
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_source_named_back_with_dhatuha_keeps_its_quotation():
    text = "قال مصدر أمني إن الهجوم وقع فجرا. وأكدت المصادر ذاتها أن ثلاثة أشخاص أصيبوا."
    assert [cue for cue, _ in rules_quotes(text)] == ["قال", "وأكدت"]


def test_a_common_noun_with_dhatuha_is_no_source():
    # negative: «الأيام ذاتها» is no source, so «أثبتت» reports nothing
    text = "قال مصدر أمني إن الهجوم وقع فجرا. وأثبتت الأيام ذاتها أن الخطة فشلت."
    assert [cue for cue, _ in rules_quotes(text)] == ["قال"]
