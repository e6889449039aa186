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


def test_a_statement_a_news_agency_carried_stays_the_body_that_said_it():
    text = (
        "أكد مجلس إدارة ميناء الشمال في بيان بثته وكالة أنباء الساحل أن السفن ستعود إلى الرصيف "
        "بعد إصلاح الرافعات المعطلة، بحسب البيان. وأضاف البيان أن البحارة سيحصلون على تعويض كامل."
    )
    speakers = {speaker for _cue, speaker in quotes(text)}
    assert "وكالة أنباء الساحل" not in speakers
    assert ("وأضاف", "مجلس إدارة ميناء الشمال") in quotes(text)


def test_a_survey_a_medium_made_itself_stays_the_medium():
    text = (
        "وأظهر مسح أجرته وكالة الأنباء الاقتصادية أن أسعار الشقق ارتفعت في أغلب المدن الكبرى. "
        "وأشار المسح إلى أن الطلب على الشقق الصغيرة تضاعف خلال العام."
    )
    assert ("وأشار", "وكالة الأنباء الاقتصادية") in quotes(text)


def test_a_participle_after_a_bare_document_subject_takes_the_body_that_issued_it():
    text = (
        "وأصدر معهد الدراسات الريفية تقريرا عن هجرة الشباب من القرى. وقال مزارعون إن الأرض لم تعد "
        "تكفيهم. وخلص التقرير إلى القول إن القرى الصغيرة ستفقد نصف سكانها خلال عشر سنوات."
    )
    assert ("القول", "معهد الدراسات الريفية") in quotes(text)
    assert ("وقال", "مزارعون") in quotes(text)  # (the farmers quoted between keep their words)
