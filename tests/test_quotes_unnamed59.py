"""Round 59: a later bare «المصادر» goes back to the sources named before it wherever they stand, as
far as their describing words go (sentences written for these tests)."""

from __future__ import annotations

from conftest import speaker_at_cue as speaker_of


def test_bare_sources_go_back_to_sources_named_as_a_verbs_subject() -> None:
    text = (
        "وكانت مصادر في الحزب الحاكم قد تحدثت عن خلافات داخل الحكومة منذ أسابيع. "
        "وقالت المصادر إن الوزراء لم يتفقوا بعد على جدول الأعمال."
    )
    assert speaker_of(text, "وقالت") == "مصادر في الحزب الحاكم"
    text = "ونشرت مصادر خاصة صورا للاجتماع الذي عقد أمس. وأضافت المصادر أن الوفد غادر بعد ساعتين."
    assert speaker_of(text, "وأضافت") == "مصادر خاصة"


def test_the_sources_gone_back_to_end_before_a_word_that_cannot_agree_with_them() -> None:
    text = (
        "وتداولت مصادر أمنية وعشائرية تحدثت للصحيفة أنباء عن هدنة قريبة. "
        "وأكدت المصادر أن الوسطاء وصلوا إلى المدينة."
    )
    assert speaker_of(text, "وأكدت") == "مصادر أمنية وعشائرية"


def test_bare_sources_do_not_go_back_to_a_definite_nouns_genitive() -> None:
    text = (
        "بحث المجلس الوطني مصادر تمويل المشاريع في جلسته أمس. "
        "وقالت المصادر إن الوزراء لم يتفقوا بعد على جدول الأعمال."
    )
    assert speaker_of(text, "وقالت") == "المصادر"
    # (nor without any source named before)
    text = "انتهى الاجتماع مساء أمس. وقالت المصادر إن الوزراء لم يتفقوا بعد على جدول الأعمال."
    assert speaker_of(text, "وقالت") == "المصادر"


def test_bare_sources_do_not_go_back_to_a_plural_in_construct_with_a_noun() -> None:
    # «مصادر دخل»: sources of income, a noun in construct; only an adjective or a preposition after the
    # plural describes a source (a source the text learnt from, «من مصادر», is taken as before)
    text = (
        "ناقش مجلس الشورى خطة لتنويع مصادر دخل الدولة في جلسته أمس. "
        "وقالت المصادر إن الخطة ستعرض على الحكومة الشهر المقبل."
    )
    assert speaker_of(text, "وقالت") == "المصادر"
