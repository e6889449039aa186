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
