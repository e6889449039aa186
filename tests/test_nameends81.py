"""Round 81, person names cut short (rasid.extract.name_extent): a name of two words or more whose
entity stopped inside the family name takes the words the article writes between it and its
apposition (a comma or a title). Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from name_extent_helpers import extended_name as _name
from name_extent_helpers import person_mention as _mention
from rasid.extract.name_extent import _family_words_before_apposition

# --- the name takes the words before its apposition


def test_lineage_takes_the_family_name_before_a_title() -> None:
    text = "وقال سلمان بن راشد الدويلي المدير التنفيذي لجمعية الصيادين إن الموسم بدأ مبكرا."
    assert _name(text, "سلمان بن راشد") == "سلمان بن راشد الدويلي"


def test_name_takes_a_family_name_with_a_link_word_before_a_comma() -> None:
    text = "وأوضح حمدان سعيد علي أبو زيتونة، رئيس نادي الرماية في البلدة، أن البطولة ستقام الشهر القادم."
    assert _name(text, "حمدان سعيد") == "حمدان سعيد علي أبو زيتونة"


def test_a_tribe_written_with_bani_before_a_comma() -> None:
    text = "وقال مراد حيدري بني خالد، مدير مركز الدراسات الريفية، إن المحصول تراجع."
    assert _name(text, "مراد حيدري") == "مراد حيدري بني خالد"


def test_family_clan_and_nisba_before_a_title() -> None:
    text = "وأكد الشيخ منصور بن فالح آل ناهض الحسني رئيس مجلس الأعيان أن الصلح تم بين القبيلتين."
    assert _name(text, "منصور بن فالح آل ناهض") == "منصور بن فالح آل ناهض الحسني"


# --- what the rule must not do


def test_no_apposition_after_the_word_adds_nothing() -> None:
    text = "وقال سلمان بن راشد الدويلي بسبب الموسم المبكر هذا العام."
    mention = _mention(text, "سلمان بن راشد")
    assert _family_words_before_apposition("سلمان بن راشد", [mention], text) is None


def test_a_time_word_or_a_preposition_before_the_comma_is_no_family_name() -> None:
    text = "وقال كمال حسن الطيبي أمس، في مؤتمر صحفي، إن الحوار مستمر."
    assert _name(text, "كمال حسن الطيبي") == "كمال حسن الطيبي"
    text = "وقال كمال حسن الطيبي على هامش المؤتمر، إن الحوار مستمر."
    assert _name(text, "كمال حسن الطيبي") == "كمال حسن الطيبي"


def test_a_whole_name_keeps_out_the_verbs_object_before_a_comma() -> None:
    text = "وأيد كمال الطيبي القرار، مؤكدا أن الحوار مستمر بين الطرفين."
    assert _name(text, "كمال الطيبي") == "كمال الطيبي"
    text = "وانتقد الملك فيصل بن سلطان قرار اللجنة، وقال إن الحوار مستمر."
    assert _name(text, "فيصل بن سلطان") == "فيصل بن سلطان"


def test_a_title_right_after_the_name_adds_nothing() -> None:
    text = "وقال كمال حسن الطيبي رئيس الغرفة التجارية إن الصادرات زادت."
    assert _name(text, "كمال حسن الطيبي") == "كمال حسن الطيبي"


def test_a_link_word_never_ends_the_added_words() -> None:
    text = "وقال حمدان سعيد أبو، رئيس النادي، إن البطولة ستقام."
    mention = _mention(text, "حمدان سعيد")
    assert _family_words_before_apposition("حمدان سعيد", [mention], text) is None


def test_four_words_before_the_apposition_are_too_many() -> None:
    text = "وقال حمدان سعيد مراد كامل نبيل جابر، رئيس النادي، إن البطولة ستقام."
    mention = _mention(text, "حمدان سعيد")
    assert _family_words_before_apposition("حمدان سعيد", [mention], text) is None


def test_a_mention_ending_elsewhere_than_the_name_is_not_read() -> None:
    text = "وقال حمدان أبو زيتونة، رئيس النادي، إن البطولة ستقام."
    mention = _mention(text, "حمدان")
    assert _family_words_before_apposition("سعيد حمدان سالم", [mention], text) is None


def test_a_conjunction_spelled_like_a_foreign_particle_is_no_link() -> None:
    text = "وقال كمال الطيبي فإن الشرطة، بحسب البيان، تحقق في الحادث."
    mention = _mention(text, "كمال الطيبي")
    assert _family_words_before_apposition("كمال الطيبي", [mention], text) is None
