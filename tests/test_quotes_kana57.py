"""«وكان … قد قال» and «أما … فقد أكد»: the phrase between كان (or أما) and قد (or فقد) is the subject
of the reporting verb after قد, whatever it names — a person, a bare title, a body — and a name
after the verb is its object, not its speaker (round 57, persons57)."""

from __future__ import annotations

from conftest import content_speaker, speaker_at_cue

_BEFORE = "قال وزير المالية سعد الحربي إن الميزانية ستحقق فائضا هذا العام.\n\n"


def test_the_name_after_the_verb_is_its_object():
    text = (
        _BEFORE + "وكان أنور الحسن، رئيس هيئة الاستثمار، قد قال خلال لقائه بالرئيس الإندونيسي "
        "يوسف كالا، الشهر الماضي، إن البلدين سيوقعان اتفاقا للتجارة."
    )
    assert speaker_at_cue(text, "قال", which=-1) == "أنور الحسن"


def test_a_bare_title_before_qad_speaks_not_the_earlier_speaker():
    text = (
        "زار وزير الاقتصاد التركي نهاد العمري الرياض أمس على رأس وفد تجاري.\n\n"
        + _BEFORE
        + "وكان وزير الاقتصاد التركي قد صرح في نيسان الماضي بأن حجم التبادل التجاري سيتضاعف."
    )
    assert speaker_at_cue(text, "صرح") != "سعد الحربي"


def test_amma_fronts_the_subject_of_faqad():
    text = (
        "افتتح مدير الغرفة التجارية ماجد العتيبي المعرض أمس.\n\n"
        + _BEFORE
        + "أما مدير الغرفة التجارية فقد أكد أن الأسواق ستشهد انتعاشا خلال الأشهر المقبلة."
    )
    assert speaker_at_cue(text, "أكد") != "سعد الحربي"


def test_kana_qad_with_nothing_between_keeps_the_subject_after_the_verb():
    # (negative: «وكان قد أكد الوزير …»: no phrase between كان and قد; the subject follows the verb)
    text = _BEFORE + "وكان قد أكد وزير التجارة خالد القصبي أن الأسعار ستستقر قريبا."
    assert speaker_at_cue(text, "أكد") == "خالد القصبي"


def test_a_relaying_verb_keeps_its_source():
    # (negative: «وكانت الوكالة قد نقلت عن فلان»: the man it relays speaks, not the agency)
    text = (
        _BEFORE + "وكانت وكالة الأنباء الرسمية قد نقلت أمس عن عضو المجلس بدر الجاسم قوله إن "
        "الانتخابات ستجري في موعدها."
    )
    assert content_speaker(text, "الانتخابات") == "بدر الجاسم"
