"""Quotes, round 79 (groups and unnamed sources): a plural-marked reporting verb takes the noun
phrase written right before it as its subject; the noun after it is its object.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers


def test_fronted_group_before_a_plural_verb_with_an_object() -> None:
    text = (
        "أعلن المدير سامي العتيبي أن المدارس ستفتح الأسبوع المقبل. "
        "إلا أن الخبراء أبلغوا أولياء الأمور أن الموعد قد يتأخر."
    )
    assert cue_speakers(text)[-1] == ("أبلغوا", "الخبراء")


def test_fronted_group_before_a_present_plural_verb() -> None:
    text = (
        "أعلن المدير سامي العتيبي أن المدارس ستفتح الأسبوع المقبل. لكن المختصين يصفون الموعد بأنه متأخر جدا."
    )
    assert cue_speakers(text)[-1] == ("يصفون", "المختصين")


def test_plural_verb_opening_its_sentence_keeps_its_reading() -> None:
    text = (
        "قال رئيس البلدية فهد الحربي إن الطرق ستصان قريبا. وقال سكان الحي الشرقي إن المياه انقطعت منذ أيام."
    )
    assert cue_speakers(text)[-1] == ("وقال", "سكان الحي الشرقي")


def test_singular_verb_after_a_fronted_phrase_is_left_alone() -> None:
    text = (
        "أعلن المدير سامي العتيبي أن المدارس ستفتح الأسبوع المقبل. "
        "لكن الوزير خالد الفهد أبلغ الصحفيين أن الموعد قد يتأخر."
    )
    assert cue_speakers(text)[-1] == ("أبلغ", "خالد الفهد")


def test_definite_singular_points_back_to_one_of_a_group() -> None:
    text = (
        "وقال أحد المواطنين في حي النسيم إن الطريق مغلق منذ أيام. وأضاف المواطن أن البلدية لم تستجب للشكاوى."
    )
    assert cue_speakers(text)[-1] == ("وأضاف", "أحد المواطنين في حي النسيم")


def test_definite_singular_matches_a_broken_plural() -> None:
    text = "وقال أحد الضباط في الشرطة إن التحقيق مستمر. وأضاف الضابط أن المتهمين اعترفوا بما نسب إليهم."
    assert cue_speakers(text)[-1] == ("وأضاف", "أحد الضباط في الشرطة")


def test_definite_singular_of_another_noun_is_left_alone() -> None:
    text = (
        "وقال أحد المواطنين في حي النسيم إن الطريق مغلق منذ أيام. "
        "وأوضح المهندس أن البلدية ستبدأ الإصلاح الأسبوع المقبل."
    )
    assert cue_speakers(text)[-1][1] != "أحد المواطنين في حي النسيم"


def test_definite_singular_points_back_to_one_of_a_group_in_narration() -> None:
    text = (
        "والتقت الصحيفة أحد المواطنين في حي النسيم أثناء انتظاره في الطابور. "
        "وقال المواطن إن الطريق مغلق منذ أيام."
    )
    assert cue_speakers(text)[-1] == ("وقال", "أحد المواطنين في حي النسيم")


def test_one_of_a_group_stops_before_the_object_of_its_verb() -> None:
    text = "وانتقد أحد المواطنين وزارة النقل لبطء أعمال الجسر الجديد. وقال المواطن إن الطريق مغلق منذ أيام."
    assert cue_speakers(text)[-1] == ("وقال", "أحد المواطنين")


def test_indefinite_people_after_a_fronting_particle_speak() -> None:
    text = (
        "أعلن المدير سامي العتيبي أن المدارس ستفتح الأسبوع المقبل. "
        "لكن معلمين في المدينة قالوا إن الموعد قد يتأخر."
    )
    assert cue_speakers(text)[-1] == ("قالوا", "معلمين في المدينة")


def test_relatives_after_a_fronting_particle_speak() -> None:
    text = (
        "أعلنت الشرطة أن الطالب غادر المدرسة ظهرا. لكن أقرباء له قالوا إن الطالب لم يعد إلى منزله حتى المساء."
    )
    assert cue_speakers(text)[-1] == ("قالوا", "أقرباء له")


def test_glued_fa_is_not_part_of_the_group_name() -> None:
    text = "أعلن المدير سامي العتيبي أن المدارس ستفتح الأسبوع المقبل. فالمعلمون يقولون إن الموعد قد يتأخر."
    assert cue_speakers(text)[-1] == ("يقولون", "المعلمون")


def test_a_verb_joined_to_an_earlier_clause_keeps_its_own_subject() -> None:
    text = (
        "أعلن المدير سامي العتيبي أن المدارس ستفتح الأسبوع المقبل. "
        "لكن معلمين انتقدوا القرار وأكدوا أن الموعد قد يتأخر."
    )
    assert cue_speakers(text)[-1][1] != "معلمين انتقدوا القرار"


def test_plural_relative_takes_the_people_not_the_thing_before_them() -> None:
    text = "ساند الوزير في كلمته موقف الباحثين الذين يقولون إن ارتفاع الحرارة سببه نشاط المصانع."
    assert cue_speakers(text)[-1] == ("يقولون", "الباحثين")


def test_plural_relative_skips_the_verb_and_object_before_the_people() -> None:
    text = "وانتقد القرار كثيرون داخل الحزب الذين يعتبرون أن الاتفاق سيزيد التقشف."
    assert cue_speakers(text)[-1] == ("يعتبرون", "كثيرون داخل الحزب")
