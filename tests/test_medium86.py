"""Round 86 (medium): a medium told, glued to ل right after the verb, is never the speaker."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process


def _speakers(text: str) -> list[str | None]:
    quotes = process(Article(id="t", raw=text)).quotes  # (the entity stage names the medium)
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_medium_with_adjective_after_verb_is_not_the_speaker():
    text = (
        "تحدث النائب كريم الصافي عن خطة الري الجديدة في مؤتمر عقد أمس في المدينة.\n\n"
        "وقال لوكالة مهر الحكومية إن المشروع سيكتمل قبل نهاية الصيف المقبل."
    )
    assert _speakers(text) == ["كريم الصافي"]


def test_subject_named_after_medium_in_marks_stays_the_speaker():
    text = "وأكد لـ«الوطن» مصدر في شركة النخيل أن المبيعات تضاعفت خلال الشهر الماضي."
    names = _speakers(text)
    assert names and names[0] is not None and "مصدر" in names[0]


def test_medium_as_subject_still_speaks():
    text = "وقالت وكالة الأنباء المحلية إن الأمطار الغزيرة أغلقت ثلاثة طرق رئيسية في الشمال."
    names = _speakers(text)
    assert names and names[0] is not None and "وكالة" in names[0]
