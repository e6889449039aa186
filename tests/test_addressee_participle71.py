"""Round 71: a participle cue right after a name written with the clitic ل («ثم التفت لأوباما
قائلا: «…»») is the speaker's cue, not an adjective agreeing with the word before it; an indefinite
noun before a participle («إجراءات أمنية مشددة») still takes it as its adjective."""

from __future__ import annotations

from conftest import quote_rows

OPENING = "وفي ختام المنتدى، تحدث الرئيس الغاني كوفي أمبام مطولا عن فرص الاستثمار في بلاده. "


def test_participle_after_a_name_with_clitic_lam_is_a_cue() -> None:
    text = OPENING + 'ثم التفت لأوباما قائلا: "أبوابنا مفتوحة أمام كل مستثمر جاد".'
    assert [row[:3] for row in quote_rows(text)] == [("direct", "قائلا", "كوفي أمبام")]


def test_participle_agreeing_with_an_indefinite_noun_is_no_cue() -> None:
    text = OPENING + "وفرضت السلطات إجراءات أمنية مشددة على المنطقة طوال الزيارة."
    assert quote_rows(text) == []
