"""Round 89, «تحدث» as a cue: spoke, only before its أن/إن clause («وتحدث الوزير عن أن …»), never
with a topic («تحدث عن الأزمة») nor as the contact verb of a speaker phrase («مصادر تحدثت إليها
الصحيفة»). Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


OPENING = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة تبوك بسعة ثلاثمئة سرير. "


def test_spoke_about_that_clause_is_a_quotation() -> None:
    found = _speakers(OPENING + "وتحدث الوزير فهد الجلاجل عن أن المستشفى سيخدم سكان القرى المجاورة كذلك.")
    assert (found.get("وتحدث") or "").endswith("فهد الجلاجل")


def test_spoke_with_a_topic_is_no_quotation() -> None:
    found = _speakers(OPENING + "وتحدث الوزير فهد الجلاجل عن خطط الوزارة في المناطق الشمالية خلال العام.")
    assert "وتحدث" not in found


def test_sources_the_paper_spoke_to_are_not_a_cue() -> None:
    found = _speakers(
        OPENING + "وقال مسؤولون تحدثت إليهم الصحيفة إن الافتتاح تأخر بسبب نقص في الكوادر الطبية المؤهلة."
    )
    assert "تحدثت" not in found
    assert "وقال" in found
