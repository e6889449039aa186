"""Round 87 (orgwho): a paper cited on the way with a nominal attribution («بحسب صحيفة …») is not
the issuer of the study or statement that a later bare «الدراسة»/«البيان» points back to, and a
body's website («موقع صندوق …») speaks for the body."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    quotes = process(Article(id="t", raw=text)).quotes
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in quotes]


def _named(text: str, cue: str) -> str:
    name = next(name for said, name in _speakers(text) if said == cue)
    assert name is not None
    return name


STUDY_ON_A_SITE = (
    "ارتفعت أسعار القمح في الأسواق العالمية خلال الشهر الماضي بنسبة كبيرة، بحسب صحيفة «الرافدين "
    "اليومية».\n\n"
    "من جهة أخرى، تناولت دراسة نشرت على موقع معهد الزراعة المتوسطي أثر الجفاف على محاصيل الحبوب في "
    "المنطقة.\n\n"
    "وأشارت الدراسة إلى أن إنتاج الشعير سينخفض بمقدار الثلث خلال العامين المقبلين."
)


def test_study_goes_to_the_body_whose_site_carried_it_not_the_paper_cited():
    name = _named(STUDY_ON_A_SITE, "وأشارت")
    assert "معهد الزراعة" in name and not name.startswith("موقع")


def test_the_paper_cited_keeps_its_own_attribution():
    assert "الرافدين" in _named(STUDY_ON_A_SITE, "بحسب")


STATEMENT_AFTER_A_PAPER = (
    "أعلنت وزارة الزراعة خطة جديدة لدعم مزارعي النخيل في المنطقة الشرقية.\n\n"
    "وبحسب صحيفة «الساحل» فإن الخطة تشمل ثلاثة آلاف مزرعة في المحافظات الخمس.\n\n"
    "وأوضح البيان أن الدعم سيبدأ مطلع الشهر المقبل ويستمر عامين."
)


def test_statement_goes_to_the_ministry_named_before_the_paper():
    name = _named(STATEMENT_AFTER_A_PAPER, "وأوضح")
    assert "الزراعة" in name and "الساحل" not in name


def test_paper_that_speaks_in_its_own_report_keeps_it():
    text = (
        "قالت صحيفة «الساحل» في تقرير لها إن أسعار التمور تراجعت خلال الموسم الحالي.\n\n"
        "وأضاف التقرير أن الطلب الخارجي انخفض بنسبة كبيرة."
    )
    assert "الساحل" in _named(text, "وأضاف")


def test_paper_quoted_with_a_verb_is_not_set_aside():
    text = (
        "قالت صحيفة «النهار الجديد» إن الحكومة تدرس رفع الرسوم على الواردات الزراعية.\n\n"
        "وأشار التقرير إلى أن القرار سيصدر خلال أسابيع."
    )
    assert "النهار" in _named(text, "وأشار")


def test_an_agency_cited_on_the_way_may_still_issue_its_report():
    text = (
        "وبحسب وكالة الطاقة الإقليمية فإن الطلب على الكهرباء سيرتفع هذا الصيف.\n\n"
        "وأوضح التقرير أن محطات جديدة ستدخل الخدمة قبل نهاية العام."
    )
    assert "وكالة الطاقة" in _named(text, "وأوضح")
