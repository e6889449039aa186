"""Round 68 (document issuers): a report, poll or statement speaks for the body the text names as its
issuer (docs/quotes-annotation.md) also when a genitive stands between the document and «الذي أجرته»,
when a time adjunct stands between «صدر» and «عن», and when a report is one a medium carries («تقرير في
مجلة …»). Negative cases: a timetable «أعدته اللجنة» is no attribution, a report «في» a place is not the
place's, a report with a time but no issuer stays the report. Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker name, content) of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_a_poll_with_its_genitive_then_the_relative_and_who_ran_it():
    found = quotes("وبحسب استطلاع الرأي الذي أجرته شبكة «سي بي إس» الأمريكية فإن المرشح الجمهوري متقدم.")
    assert [(cue, who) for cue, who, _ in found] == [("وبحسب", "شبكة سي بي إس")]


def test_a_report_issued_at_a_time_then_by_whom():
    found = quotes("وأفاد تقرير صدر في الأسبوع الماضي عن شركة ديلويت أن الطلب على المكاتب تراجع.")
    assert found == [("وأفاد", "شركة ديلويت", "الطلب على المكاتب تراجع")]


def test_a_statement_issued_yesterday_by_a_ministry():
    found = quotes("وأكد البيان الصادر أمس عن وزارة الداخلية أن الحادث قيد التحقيق.")
    assert found == [("وأكد", "وزارة الداخلية", "الحادث قيد التحقيق")]


def test_a_report_a_magazine_carries_is_the_magazines():
    found = quotes("وقال تقرير في مجلة «ذي إيكونوميست» إن الاقتصاد الصيني يتباطأ منذ عامين.")
    assert found == [("وقال", "مجلة ذي إيكونوميست", "الاقتصاد الصيني يتباطأ منذ عامين")]


def test_a_timetable_a_committee_drew_up_is_no_attribution():
    found = quotes("واستكملت البلدية تركيب الإنارة في الشوارع وفق الجدول الزمني الذي أعدته اللجنة.")
    assert found == []


def test_a_report_in_a_place_is_not_the_places():
    found = quotes("وقال تقرير في مدينة جدة إن أسعار الإيجارات ارتفعت بنسبة كبيرة.")
    assert [who for _, who, _ in found] != ["مدينة جدة"]


def test_a_time_adjunct_then_no_issuer_leaves_the_report():
    found = quotes("وأفاد تقرير صدر في الأسبوع الماضي أن الطلب على المكاتب تراجع.")
    assert [who for _, who, _ in found] == ["تقرير صدر"]  # (no issuer named: the report as written)
