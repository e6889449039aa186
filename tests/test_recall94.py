"""Round 94, recall: a verbal-noun statement («أكد عدم …», «نفى وقوع …») keeps its quotation when a
بعد أن / قبل أن / دون أن clause follows inside it: that أن opens a time or manner clause, never the
cue's own complementizer. A real later أن of the cue still takes over. Sentences written for these
tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _quotes(text: str) -> dict[str, tuple[str | None, str]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    out = {}
    for q in article.quotes:
        out[q.cue.text] = (q.speaker.name if q.speaker else None, article.text[q.start : q.end])
    return out


def test_a_verbal_noun_statement_with_a_later_time_clause() -> None:
    text = (
        "وتحدث مدير الجامعة سامي الحربي عن نتائج التسجيل هذا الفصل. "
        "وأكد عدم وجود تأخير في إعلان أسماء المقبولين بعد أن اكتمل ربط الأنظمة الإلكترونية."
    )
    found = _quotes(text)
    assert "وأكد" in found
    assert found["وأكد"][1].startswith("عدم وجود تأخير")


def test_wa_before_the_time_clause() -> None:
    text = (
        "وتحدث مدير الجامعة سامي الحربي عن نتائج التسجيل هذا الفصل. "
        "وأكد عدم وجود تأخير في إعلان أسماء المقبولين وبعد أن اكتمل ربط الأنظمة بدأ التسجيل."
    )
    assert "وأكد" in _quotes(text)


def test_a_real_later_an_of_the_cue_still_takes_over() -> None:
    text = (
        "وتحدث مدير الجامعة سامي الحربي عن نتائج التسجيل هذا الفصل. "
        "وأكد خلال اللقاء الذي جمعه بالطلاب أن التسجيل سيبقى مفتوحا حتى نهاية الشهر."
    )
    found = _quotes(text)
    assert "وأكد" in found
    assert found["وأكد"][1].startswith("التسجيل سيبقى")


def test_a_real_an_after_the_time_clause_still_blocks_the_noun_reading() -> None:
    text = (
        "وتحدث مدير الجامعة سامي الحربي عن نتائج التسجيل. "
        "وأكد عدم وجود تأخير في إعلان الأسماء قبل أن يعلن أن التسجيل سيبقى مفتوحا."
    )
    found = _quotes(text)
    assert not any(content.startswith("عدم وجود") for _speaker, content in found.values())
