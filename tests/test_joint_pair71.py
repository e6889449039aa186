"""Round 71: «الاثنان» ("the two") as the subject of a cue stands for the pair named before it, and a
woman's counterpart («ونظيرها الكندي …») joins the pair as a man's («ونظيره») does: one record per
party; with no pair before it the phrase stays the speaker."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker and q.speaker.name) for q in article.quotes]


def test_the_two_after_a_woman_and_her_counterpart() -> None:
    text = (
        "دعت وزيرة الخارجية السويدية آنا ليندبرغ ونظيرها الدنماركي لارس هانسن في مقال مشترك إلى "
        "تعاون أوسع في الشمال. وذكر الاثنان أن التحديات تتطلب عملا جماعيا."
    )
    assert _speakers(text) == [("وذكر", "آنا ليندبرغ"), ("وذكر", "لارس هانسن")]


def test_the_two_after_two_ministers() -> None:
    text = "التقى وزير المالية سعد الحربي ونظيره الأردني عمر الخطيب في عمان. وأكد الاثنان أن التعاون يتعزز."
    assert _speakers(text) == [("وأكد", "سعد الحربي"), ("وأكد", "عمر الخطيب")]


def test_the_two_with_no_pair_named_stays() -> None:
    text = "وصل لاعبان جديدان إلى النادي أمس. وقال الاثنان إنهما سعيدان بالانضمام."
    assert _speakers(text) == [("وقال", "الاثنان")]
