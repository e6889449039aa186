"""Quotes, round 78: a ب-verbal-noun cue («بالقول»، «بقوله») whose clause opens with a verb and its subject.

«ومضت المصادر بالقول إن …»، «كما تحدث الوزير فلان بقوله …»: the cue has no subject of its own, and
the one who goes on by saying is the subject of the verb that opens its clause, not the speaker quoted
earlier. The verb's object («وأوضح أسباب التأخير بقوله») names nobody, and a document («ومضى التقرير
بالقول») is left to the issuer rules. Every sentence is written for these tests in the style of Saudi
and Gulf news.
"""

from __future__ import annotations

from conftest import speaker_at_cue

COACH = "قال مدرب الفريق سامي الجابر إن اللاعبين جاهزون للمباراة. "


def test_sources_going_on_by_saying_speak() -> None:
    text = (
        COACH + "وقالت مصادر مطلعة في النادي إن الإدارة تدرس عرضا جديدا. "
        "ومضت المصادر بالقول إن المفاوضات ستنتهي قبل نهاية الأسبوع."
    )
    assert speaker_at_cue(text, "بالقول") == "مصادر مطلعة في النادي"


def test_bare_sources_with_no_earlier_source_speak_as_written() -> None:
    text = COACH + "واسترسلت المصادر بالقول إن الصفقة لم تكتمل بعد."
    assert speaker_at_cue(text, "بالقول") == "المصادر"


def test_minister_answering_by_saying_in_the_same_sentence() -> None:
    text = (
        "قال رئيس الغرفة التجارية فهد الشمري: «الأسعار سترتفع»، كما تحدث وزير التجارة "
        "خالد المطيري بقوله إن الرقابة على الأسواق مستمرة."
    )
    assert speaker_at_cue(text, "بقوله") == "خالد المطيري"


def test_closing_his_talk_by_saying_keeps_the_subject() -> None:
    text = (
        "قال مدير المستشفى سعد الحربي إن القسم الجديد يعمل بكامل طاقته. وأوضح استشاري القلب "
        "الدكتور ماجد العنزي أن العمليات نجحت، واختتم العنزي حديثه بقوله إن المرضى بخير."
    )
    assert speaker_at_cue(text, "بقوله") == "ماجد العنزي"


def test_object_of_the_verb_is_no_speaker() -> None:
    text = (
        "قال مدير الدفاع المدني سالم القرني إن الحريق أخمد. وأوضح أسباب الحريق بقوله إن "
        "تماسا كهربائيا وقع في المستودع."
    )
    assert speaker_at_cue(text, "بقوله") == "سالم القرني"


def test_report_going_on_is_not_named_as_the_report() -> None:
    text = COACH + "ومضى التقرير بالقول إن الموسم المقبل سيكون صعبا."
    assert speaker_at_cue(text, "بالقول") != "التقرير"
