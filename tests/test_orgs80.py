"""Round 80 (orgs80): organisations as speakers. Sentences written for these tests (not from any
gold article)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation rasid finds in ``text``."""
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_nominal_attribution_to_a_report_takes_the_body_that_issued_it():
    text = (
        "أصدرت هيئة الموانئ البحرية تقريرا عن حركة السفن في الربع الأول. وقال اتحاد شركات الشحن إن "
        "الرسوم الجديدة مرتفعة جدا على المصدرين. وبحسب التقرير فإن عدد السفن ارتفع بنسبة عشرة في "
        "المائة خلال الربع الأول."
    )
    assert ("وبحسب", "هيئة الموانئ البحرية") in quotes(text)


def test_a_report_bound_to_its_issuer_keeps_it_after_another_body_speaks():
    text = (
        "وكشف تقرير صادر عن مركز الرصد البيئي أن مستوى المياه انخفض كثيرا هذا الصيف. وقالت وزارة "
        "الزراعة إن المزارعين سيحصلون على دعم إضافي قريبا. ووفقا للتقرير فإن ثلاث بحيرات جفت تماما "
        "في الجنوب."
    )
    assert ("ووفقا", "مركز الرصد البيئي") in quotes(text)


def test_another_document_noun_does_not_take_the_report_issuer():
    text = (
        "أصدرت هيئة الموانئ البحرية تقريرا عن حركة السفن في الربع الأول. وقال اتحاد شركات الشحن في "
        "بيان إن الرسوم الجديدة مرتفعة جدا على المصدرين. وبحسب البيان فإن الاتحاد سيطلب لقاء عاجلا "
        "مع الهيئة."
    )
    found = dict(quotes(text))
    assert found.get("وبحسب") != "هيئة الموانئ البحرية"
