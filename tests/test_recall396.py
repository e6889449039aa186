"""Round 96, recall3: a reporting verb + إن/أن whose subject the frame cannot read («وأكدت تلك الدول
أن …», «وأضاف سعادته أن …») keeps its statement with a null speaker at a low confidence instead of
losing it; a longer unread phrase, or no complementizer, still opens no quotation, and the kept
statement never takes the floor from the speaker before it. Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _quotes(text: str) -> dict[str, tuple[str | None, float, str]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    out = {}
    for q in article.quotes:
        name = q.speaker.name if q.speaker else None
        out[q.cue.text] = (name, q.confidence, article.text[q.start : q.end])
    return out


_MEETING = "اجتمع ممثلو الدول الأعضاء في جنيف لبحث ملف اللاجئين. "


def test_an_unread_subject_before_the_clause_keeps_the_statement() -> None:
    found = _quotes(_MEETING + "وأكدت تلك الدول أن المساعدات ستصل إلى المخيمات قبل حلول الشتاء.")
    assert "وأكدت" in found
    name, confidence, content = found["وأكدت"]
    assert name is None and confidence <= 0.3
    assert content.startswith("المساعدات ستصل")


def test_an_honorific_word_before_the_clause() -> None:
    text = (
        "افتتح مدير التعليم خالد المطيري معرض الكتاب المدرسي في جدة. "
        "وأضاف سعادته أن المعرض يضم أكثر من ألف عنوان."
    )
    found = _quotes(text)
    assert "وأضاف" in found
    assert found["وأضاف"][2].startswith("المعرض يضم")


def test_a_long_unread_phrase_is_still_no_subject() -> None:
    text = _MEETING + "وأكدت تلك الدول الثلاث المجتمعة منذ يومين في جنيف أن المساعدات ستصل قبل الشتاء."
    assert "وأكدت" not in _quotes(text)


def test_no_complementizer_after_the_unread_words() -> None:
    text = _MEETING + "وأكدت تلك الدول حرصها على وصول المساعدات إلى المخيمات."
    assert "وأكدت" not in _quotes(text)


def test_the_unread_statement_leaves_the_floor_to_the_speaker_before() -> None:
    text = (
        "زار وزير الخارجية سامي الحربي مخيمات اللاجئين في الأردن. "
        "وقال الحربي إن المملكة ستواصل دعمها للاجئين. "
        "وأكدت تلك الدول أن المساعدات ستصل قبل الشتاء. "
        "وأضاف أن فرق الإغاثة جاهزة للعمل."
    )
    found = _quotes(text)
    assert found["وأكدت"][0] is None
    assert found["وأضاف"][0] == "سامي الحربي"
