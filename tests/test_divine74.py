"""Quotes, round 74: a cue with no subject of its own after a verse goes back to the person who cited
the verse, not to «الله».

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import cue_speakers

SERMON = (
    "وقال إمام المسجد الشيخ سعد بن ناصر المطيري في خطبة الجمعة إن الأمن نعمة عظيمة يجب الحفاظ عليها. "
    "وقال الله تعالى: «وضرب الله مثلا قرية كانت آمنة مطمئنة». "
    "وأضاف أن على الشباب الحذر من دعاة الفتنة والتطرف. مشيرا إلى أن المساجد بيوت للعبادة."
)


def test_carried_cue_after_a_verse_goes_back_to_the_preacher() -> None:
    found = cue_speakers(SERMON)
    assert found[2] == ("وأضاف", "سعد بن ناصر المطيري")
    assert found[3] == ("مشيرا", "سعد بن ناصر المطيري")


def test_the_verse_itself_keeps_its_speaker() -> None:
    assert cue_speakers(SERMON)[1] == ("وقال", "الله")


def test_carried_cue_after_a_person_still_takes_that_person() -> None:
    text = (
        "وقال المتحدث باسم الدفاع المدني العقيد خالد بن سعيد القحطاني إن الفرق باشرت الحريق فور البلاغ. "
        "وقال مدير المستشفى الدكتور فهد العنزي إن المصابين الثلاثة في حالة مستقرة. "
        "وأضاف أن قسم الطوارئ استقبلهم خلال دقائق."
    )
    assert cue_speakers(text)[2] == ("وأضاف", "فهد العنزي")
