"""Round 45: unnamed sources, groups and relatives — how far an unnamed source's name runs (a tail in
commas, a nationality after a nisba, a place's apposition), and which plural subject a later plural
cue goes on with (sentences written for these tests)."""

from __future__ import annotations

from conftest import cue_speakers as speakers
from conftest import speaker_at_cue as speaker_of


def test_a_place_apposition_after_the_source_tail_is_dropped() -> None:
    text = "وذكرت مصادر طبية في حلب عاصمة الشمال السوري أن المستشفيات تعاني نقصا في الأدوية."
    assert speaker_of(text, "وذكرت") == "مصادر طبية في حلب"
    # (a compass word right after the head is where the sources are: kept)
    text = "وذكرت مصادر وسط المعارضة المسلحة أن المستشفيات تعاني نقصا في الأدوية."
    assert speaker_of(text, "وذكرت") == "مصادر وسط المعارضة المسلحة"


def test_a_nationality_after_a_nisba_stays_in_the_source() -> None:
    text = "وأشارت وسائل إعلامية إيطالية إلى رحيل المدرب عن النادي في نهاية الموسم الحالي."
    assert speaker_of(text, "وأشارت") == "وسائل إعلامية إيطالية"
    # (a verbal noun after the nisba is still the object)
    text = "وأكدت مصادر إعلامية رحيل المدرب عن النادي في نهاية الموسم."
    assert speaker_of(text, "وأكدت") == "مصادر إعلامية"


def test_a_source_tail_set_off_by_commas_stays_in_the_source() -> None:
    text = "وأوضح مصدر، من أقارب الطالب المفقود، أن الأسرة تلقت اتصالا منه مساء الجمعة."
    assert speaker_of(text, "وأوضح") == "مصدر من أقارب الطالب المفقود"
    # (an aside in commas is not the source's)
    text = "وأوضح مصدر، من جهة أخرى، أن الأسرة تلقت اتصالا منه مساء الجمعة."
    assert speaker_of(text, "وأوضح") == "مصدر"


def test_a_plural_cue_goes_on_with_the_group_that_praised_something() -> None:
    text = "من جهتهم، أشاد حقوقيون بقرار المحكمة إلغاء الحكم. وقالوا إن القضاء أنصف المتهمين."
    assert speaker_of(text, "وقالوا") == "حقوقيون"
    text = "من جهتهم، أشاد حقوقيون بالقرار. وقالوا إن القضاء أنصف المتهمين."
    assert speaker_of(text, "وقالوا") == "حقوقيون"
    # (one of them, named by the singular, is no group)
    text = "من جهته، أشاد حقوقي بالقرار. وقالوا إن القضاء أنصف المتهمين."
    assert speaker_of(text, "وقالوا") != "حقوقي"


def test_newspapers_keep_their_place_as_an_unnamed_source() -> None:
    text = "وذكرت صحف اقتصادية في لندن أن البنك المركزي سيرفع سعر الفائدة الشهر المقبل."
    assert speaker_of(text, "وذكرت") == "صحف اقتصادية في لندن"
    # (a named paper is a body, as before)
    text = "وذكرت صحيفة الغارديان أن البنك المركزي سيرفع سعر الفائدة الشهر المقبل."
    assert speaker_of(text, "وذكرت") == "صحيفة الغارديان"


def test_captives_with_a_describing_clause_are_an_unnamed_source() -> None:
    text = "كشف أسرى سوريون وقعوا في قبضة الجيش خلال المعارك، أن قادتهم أجبروهم على القتال."
    assert speaker_of(text, "كشف") == "أسرى سوريون"
    # (a describing clause after people named by no source noun still ends the subject there)
    text = "زار الوزير أسرى الحرب في المستشفى العسكري وتفقد أحوالهم."
    assert not speakers(text)


def test_a_count_of_them_is_the_group_the_sentence_opened_with() -> None:
    text = (
        "طالب عدد من المعلمين في المدارس الأهلية بصرف رواتبهم المتأخرة، "
        "وأكد عدد منهم أن الإدارة لم تستجب لمطالبهم."
    )
    assert speaker_of(text, "وأكد") == "عدد من المعلمين في المدارس الأهلية"
    # (no group opened the sentence: the count stays as written)
    text = "اجتمع الوزير مع المعلمين أمس. وأكد عدد منهم أن الإدارة لم تستجب لمطالبهم."
    assert speaker_of(text, "وأكد") != "عدد من المعلمين في المدارس الأهلية"
