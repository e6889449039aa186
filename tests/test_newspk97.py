"""Round 97 (newspk): a title glued to ل whose named bearer follows is the person told, not more of
the speaker («قال الرئيس فلان لرئيس الوزراء علان إن»، «قال صحفي لمعالي الوزير علان:»), and a name
closing a title chain right before the mark that opens the reported words is the speaker («يعلق
المختص في شركات الاستثمار فلان "…"»). Sentences invented for these tests (people and events are
fictitious)."""

from __future__ import annotations

from conftest import content_speaker, cue_speakers


def test_the_person_told_by_title_is_not_the_speaker() -> None:
    text = (
        "وفي ختام الزيارة، قال الرئيس الزامبي هاشم موانزا لرئيس الوزراء الماليزي كريم داود "
        "اليوم الخميس، إن الاتفاق التجاري سيفتح أسواقا جديدة للبلدين."
    )
    assert content_speaker(text, "الاتفاق التجاري") == "هاشم موانزا"


def test_a_lone_source_before_an_honorific_and_a_name_speaks() -> None:
    text = (
        "وخلال اللقاء المفتوح مساء الثلاثاء قال صحفي لمعالي وزير الإسكان الدكتور سالم العتيبي: "
        '"المواطنون ينتظرون المساكن منذ سنوات".'
    )
    assert cue_speakers(text) == [("قال", "صحفي")]


def test_statements_of_a_minister_stay_his() -> None:
    text = (
        "وحول الصفقة، كشفت تصريحات لوزير الدفاع الكندي مارك دوبوا، قبيل سفره إلى الرباط، "
        "عن أن الطائرات الجديدة ستساعد على حماية السواحل."
    )
    assert content_speaker(text, "الطائرات الجديدة") == "مارك دوبوا"


def test_a_title_with_its_holder_after_it_is_still_read_whole() -> None:
    text = "وقال مدير عام الشركة المهندس خالد السبيعي إن المشروع سيكتمل قبل نهاية العام المقبل."
    assert content_speaker(text, "المشروع") == "خالد السبيعي"


def test_the_name_before_the_opening_mark_closes_the_title_chain() -> None:
    text = (
        "وقال المحلل ماجد القحطاني إن أسعار النفط ستتراجع خلال الشهر المقبل. "
        'ولـ"الأسواق" يعلق المختص المالي لدى مجموعة من صناديق التحوط الخليجية فهد الدوسري '
        '"قد تشهد أسعار الألمنيوم هبوطا حادا قبل نهاية الربع".'
    )
    assert content_speaker(text, "قد تشهد", ranked=False) == "فهد الدوسري"


def test_a_title_alone_before_the_mark_keeps_its_earlier_bearer() -> None:
    text = (
        "وقال المحلل الاستشاري ماجد القحطاني إن أسعار النفط ستتراجع خلال الشهر المقبل. "
        'ويعلق المحلل الاستشاري "قد تشهد أسعار الألمنيوم هبوطا حادا قبل نهاية الربع".'
    )
    assert content_speaker(text, "قد تشهد", ranked=False) == "ماجد القحطاني"


def test_a_name_spoken_of_before_the_mark_does_not_take_the_words() -> None:
    text = (
        "أعلن المتحدث باسم الاستخبارات حامد صالحي، اليوم، أن زعيم الحركة توفي قبل عامين.\n\n"
        "وقال المتحدث لقناة محلية إثر انتشار الأقاويل حول مصير الشيخ سالم الكرخي "
        '"الشيخ سالم مات في مستشفى قبل عامين".'
    )
    assert content_speaker(text, "الشيخ سالم مات", ranked=False) == "حامد صالحي"
