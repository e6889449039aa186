"""Round 64: who holds the floor for a bare sentence-initial cue when the sentence before opens with
«بدوره» or names a person after the body of his title in ب (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_an_opener_in_b_is_no_preposition_before_the_floor_holder():
    text = (
        "وقال مدير المهرجان خالد العمري إن الإقبال كبير هذا العام.\n\n"
        "بدوره تحدث المشرف العام بوزارة الثقافة الشاعر ناصر الدوسري عن مشاعر الشعراء بعد دعوتهم إلى "
        "الأمسية.\n\nوقال: «عندما يدعى الشاعر إلى هذه المنصة يشعر بالفخر»."
    )
    assert speakers(text) == ["خالد العمري", "ناصر الدوسري"]


def test_a_man_named_after_with_is_still_not_the_floor_holder():
    text = (
        "وقال المدير سالم القحطاني إن العمل مستمر. وزار الأمير المستشفى برفقة مدير الصحة فهد الجابري. "
        "وأضاف أن المستشفى سيخدم آلاف المرضى."
    )
    assert speakers(text) == ["سالم القحطاني", "سالم القحطاني"]
