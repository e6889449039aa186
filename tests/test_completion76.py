"""Quotes, round 76: a speaker named by a lone first name takes the fuller name written up to its own
mention before a fuller name written only after it (another person who shares the first name); with
no fuller name before, the later one still completes it.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows

_LEAD = (
    "افتتح رجل الأعمال سامي القحطاني معرضا للكتب المستعملة في حي الروضة بمدينة الطائف، ويضم المعرض "
    "أكثر من ثلاثة آلاف عنوان جمعها من مكتبات قديمة.\n\n"
)
_QUOTE = "وفي حديث مع الصحيفة، قال سامي: «بدأت الفكرة قبل عامين عندما وجدت كتبا كثيرة تلقى في الحاويات».\n\n"
_LATER = "وفي الأسبوع الماضي زار المعرض الكاتب سامي العنزي وأثنى على فكرته، ووقع عددا من مؤلفاته للزوار.\n"


def test_first_name_takes_the_fuller_name_written_before() -> None:
    rows = quote_rows(_LEAD + _QUOTE + _LATER)
    assert [(cue, speaker) for _, cue, speaker, _ in rows] == [("قال", "سامي القحطاني")]


def test_first_name_with_no_fuller_name_before_takes_the_later_one() -> None:
    text = (
        "شهدت قاعة المعارض في مدينة أبها مساء أمس افتتاح معرض للصور الفوتوغرافية القديمة.\n\n"
        "وفي حديث مع الصحيفة، قال سامي: «بدأت الفكرة قبل عامين عندما وجدت صورا كثيرة في بيت جدي».\n\n"
        "وأوضح المصور سامي العنزي أن المعرض يستمر أسبوعين، وأن الدخول مجاني للعائلات.\n"
    )
    speakers = [speaker for _, _, speaker, _ in quote_rows(text)]
    assert speakers == ["سامي العنزي", "سامي العنزي"]


def test_a_full_name_after_the_cue_is_its_own_subject() -> None:
    text = (
        "استقبل رئيس النادي أحمد المنصور أعضاء الفريق بعد عودتهم من المعسكر الخارجي.\n\n"
        "من جانبه أكد مدرب الفريق أحمد السبيعي أن اللاعبين في حالة بدنية جيدة قبل بداية الموسم.\n"
    )
    speakers = [speaker for _, _, speaker, _ in quote_rows(text)]
    assert speakers == ["أحمد السبيعي"]
