"""Quotes, round 78: a participle after a clause whose subject is an unnamed source, a relative or
«أحد …» speaks for that source, not for the person named before; a plural cue the rules left
without a speaker takes the group that opens its sentence.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers


def test_participle_after_an_unnamed_citizen_is_his() -> None:
    text = (
        "قال الوزير خالد الساعدي إن المشروع سيكتمل قريبا. "
        "وغرد مواطن عماني على حسابه في تويتر، قائلا إن الخدمة تحسنت كثيرا."
    )
    assert cue_speakers(text)[-1] == ("قائلا", "مواطن عماني")


def test_participle_after_a_relative_named_by_kinship_is_his() -> None:
    text = (
        "أعلن المدير سامي العتيبي أن المدارس ستفتح. "
        "وعبر والد الطالب عن حزنه الشديد، مشيرا إلى أن المدرسة لم تتواصل معه."
    )
    assert cue_speakers(text)[-1] == ("مشيرا", "والد الطالب")


def test_plural_cue_without_a_speaker_takes_the_group_that_opens_its_sentence() -> None:
    text = (
        "وقال رئيس البلدية فهد الحربي إن الطرق ستصان. "
        "ويعاني أهالي القرية الشرقية من انقطاع المياه منذ أسابيع، مؤكدين أن الشكاوى لم تجد آذانا صاغية."
    )
    assert cue_speakers(text)[-1] == ("مؤكدين", "أهالي القرية الشرقية")


def test_a_report_opening_the_sentence_is_left_to_the_rules() -> None:
    text = (
        "قال الوزير خالد الساعدي إن المشروع سيكتمل قريبا. "
        "وأشار تقرير الهيئة إلى ارتفاع الأسعار، مضيفا أن التضخم سيستمر."
    )
    assert cue_speakers(text)[-1][1] != "تقرير الهيئة"


def test_a_named_person_in_the_clause_keeps_the_participle() -> None:
    text = "وأوضح والد اللاعب سعد المطيري أن ابنه سيعود للتدريبات قريبا، مضيفا أن الإصابة لم تكن خطيرة."
    assert cue_speakers(text)[-1] == ("مضيفا", "سعد المطيري")


def test_a_feminine_participle_does_not_take_a_masculine_source() -> None:
    text = (
        "قالت الوزيرة هند العنزي إن البرنامج سيتوسع. "
        "وانتقد مواطن سعودي تأخر المشروع، مؤكدة أن العمل سيبدأ الشهر المقبل."
    )
    assert cue_speakers(text)[-1][1] != "مواطن سعودي"


def test_a_relative_named_earlier_stays_with_the_named_person() -> None:
    text = (
        "وقال ماجد القحطاني زوج الطبيبة إن المستشفى لم يبلغه بالحادث. "
        "وانتقد زوج الطبيبة تأخر التحقيق، مضيفا أن العائلة ستلجأ إلى القضاء."
    )
    assert cue_speakers(text)[-1] == ("مضيفا", "ماجد القحطاني")


def test_plural_cue_without_a_speaker_takes_a_quantified_group() -> None:
    text = (
        "ذكرت الهيئة أن الأسعار مستقرة. "
        "وانتقد بعض التجار قرار الهيئة الأخير، قائلين إن الخسائر تضاعفت هذا الموسم."
    )
    assert cue_speakers(text)[-1] == ("قائلين", "بعض التجار")


def test_a_share_after_the_cue_speaks_and_is_carried() -> None:
    text = (
        "أظهر استطلاع أجرته الجمعية على ألف موظف أن الرضا الوظيفي تراجع. "
        "وقال 27٪ إنهم يفكرون في ترك العمل، فيما أضافوا أن الرواتب لم ترتفع."
    )
    assert cue_speakers(text) == [("وقال", "27٪"), ("أضافوا", "27٪")]


def test_a_share_in_words_before_ila_speaks() -> None:
    text = (
        "أظهر مسح حديث للغرفة التجارية تراجع الثقة بالسوق. "
        "ويشير 30 في المائة منهم إلى أن الطلب سيضعف في الربع المقبل."
    )
    assert cue_speakers(text)[0][1].startswith("30 في المائة")


def test_a_share_inside_the_content_is_no_speaker() -> None:
    text = "وقال المدير خالد العنزي إن الأرباح زادت 40% خلال العام الماضي."
    assert cue_speakers(text) == [("وقال", "خالد العنزي")]
