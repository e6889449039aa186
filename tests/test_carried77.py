"""Quotes, round 77: cues with no subject after them whose subject the sentence names before them.

A relative pronoun set off by a comma («فلان، المدعي العام …، الذي قال») takes the person or body
named before the comma, not the speaker quoted earlier; «وسبق لـ… أن» + a past cue takes the
phrase after سبق ل as its subject. Every sentence is written for these tests in the style of Saudi
and Gulf news.
"""

from __future__ import annotations

from conftest import cue_speakers

COACH = "قال مدرب الفريق سامي الجابر إن اللاعب لن يرحل في الصيف. "


def test_name_in_commas_before_relative_speaks() -> None:
    text = (
        "قال مدير المصنع بدر السالم إن الإنتاج ارتفع هذا العام. وأضاف أن التوسعة ستكتمل قريبا. "
        "ثم توجهنا إلى قسم الصيانة، حيث التقينا رئيس القسم، رائد الحمدان، الذي أشار إلى أن فريقه "
        "يعمل على مدار الساعة."
    )
    assert cue_speakers(text)[-1] == ("أشار", "رائد الحمدان")


def test_name_before_apposition_speaks_not_the_last_speaker() -> None:
    text = (
        "ذكرت الصحيفة أن المحكمة أجلت النظر في القضية. وقال محامي المتهم سالم العنزي إن موكله بريء. "
        "واتفقت هيئة المحلفين مع ماجد الدوسري، المدعي العام في المنطقة، الذي قال إن المتهم كان يعلم "
        "بما يفعل."
    )
    assert cue_speakers(text)[-1] == ("قال", "ماجد الدوسري")


def test_body_before_comma_takes_feminine_relative() -> None:
    text = (
        "قال المتحدث باسم الشرطة فيصل القحطاني إن التحقيقات مستمرة. وأحالت الشرطة الملف إلى هيئة "
        "التحقيق والادعاء العام، التي قالت إنها بدأت استجواب المتهمين."
    )
    assert cue_speakers(text)[-1] == ("قالت", "هيئة التحقيق والادعاء العام")


def test_person_before_body_in_his_title_speaks() -> None:
    text = (
        "قالت مصادر مطلعة إن الاتفاق بات قريبا. وتواصلت الصحيفة مع سعد الحربي المتحدث الرسمي "
        "لأمانة منطقة جازان، والذي أفاد بأن العمل في المشروع مستمر."
    )
    assert cue_speakers(text)[-1] == ("أفاد", "سعد الحربي")


def test_person_before_apposition_naming_a_body_speaks() -> None:
    text = (
        "أعلن المتحدث باسم الوزارة خالد العتيبي أن الموعد لم يحدد. ونقلت الصحيفة عن الطبيب "
        "المعالج للاعب فهد الشهري، أستاذ جراحة العظام في جامعة الملك سعود، الذي أكد أن الإصابة "
        "ليست خطيرة."
    )
    assert cue_speakers(text)[-1] == ("أكد", "فهد الشهري")


def test_place_before_relative_names_no_speaker() -> None:
    text = (
        "قال وزير السياحة خالد العتيبي إن الموسم واعد. وزار الوزير مدينة أبها، التي قال إنها "
        "ستستقبل مليون زائر هذا الصيف."
    )
    assert cue_speakers(text)[-1] == ("قال", "خالد العتيبي")


def test_paper_after_sabaqa_is_the_subject() -> None:
    text = COACH + "وسبق لصحيفة «الرياضي» السعودية أن ذكرت أن اللاعب تلقى عرضا من نادي الهلال."
    assert cue_speakers(text)[-1] == ("ذكرت", "صحيفة الرياضي")


def test_unnamed_media_after_sabaqa_are_the_subject() -> None:
    text = COACH + "وسبق لوسائل إعلام محلية أن ذكرت أن اللاعب تلقى عرضا من نادي الهلال."
    assert cue_speakers(text)[-1] == ("ذكرت", "وسائل إعلام محلية")


def test_sabaqa_with_a_common_noun_keeps_the_speaker() -> None:
    text = COACH + "وسبق للاعب أن قال إنه سعيد مع الفريق."
    assert cue_speakers(text)[-1] == ("قال", "سامي الجابر")


SURVEY = "أجرت شركة أبحاث استطلاعا شمل ألف شاب في المنطقة. "


def test_share_after_cue_is_a_group_speaker() -> None:
    found = cue_speakers(SURVEY + "وقال 27% منهم إن الادخار أصعب تحد يواجههم.")
    assert found[-1] == ("وقال", "27% منهم")


def test_share_with_sign_before_digits_speaks() -> None:
    found = cue_speakers(SURVEY + "ويشير %74 إلى أن العمل في القطاع الخاص أفضل.")
    assert found[-1] == ("ويشير", "%74")


def test_share_inside_reported_clause_is_no_speaker() -> None:
    text = "قال مدير الشركة فهد العلي إن 40% من الأرباح ستوزع على المساهمين."
    assert cue_speakers(text) == [("قال", "فهد العلي")]


def test_subject_before_an_aside_in_commas_speaks() -> None:
    text = (
        "قال وزير الداخلية خالد الفيصل إن التحقيق جار. غير أن ضابطا فرنسيا، فضل إخفاء هويته "
        "ورتبته، قال إن طائرات بلاده لم تشارك في القصف."
    )
    assert cue_speakers(text)[-1] == ("قال", "ضابط فرنسي")


def test_adjunct_in_commas_without_a_fronting_particle_keeps_the_speaker() -> None:
    text = (
        "قال رئيس النادي سعد الشهري إن المدرب باق. وفي المؤتمر الصحفي، بعد نهاية المباراة، "
        "قال إن الفريق سيعود أقوى."
    )
    assert cue_speakers(text)[-1] == ("قال", "سعد الشهري")
