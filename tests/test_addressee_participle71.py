"""Round 71: a participle cue right after a name written with the clitic ل («ثم التفت لأوباما
قائلا: «…»») is the speaker's cue, not an adjective agreeing with the word before it; an indefinite
noun before a participle («إجراءات أمنية مشددة») still takes it as its adjective."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process

OPENING = "وفي ختام المنتدى، تحدث الرئيس الغاني كوفي أمبام مطولا عن فرص الاستثمار في بلاده. "


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker and q.speaker.name, q.kind) for q in article.quotes]


def test_participle_after_a_name_with_clitic_lam_is_a_cue() -> None:
    text = OPENING + 'ثم التفت لأوباما قائلا: "أبوابنا مفتوحة أمام كل مستثمر جاد".'
    assert _quotes(text) == [("قائلا", "كوفي أمبام", "direct")]


def test_participle_agreeing_with_an_indefinite_noun_is_no_cue() -> None:
    text = OPENING + "وفرضت السلطات إجراءات أمنية مشددة على المنطقة طوال الزيارة."
    assert _quotes(text) == []
