"""A one-word person mention joins the fuller name named before it (round 51): a foreign name's
inner word, or the family name written without its article; a given or father's name inside an
Arabic name, or a word two people share, stays apart.

Every sentence is written for these tests in the style of Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers, person_canonicals
from rasid.extract import entities as ent

_CONGO = "استقبل رئيس جمهورية الكونغو ماثيو ديانغ ماكوير وفدا من رجال الأعمال في العاصمة أمس. "


def test_inner_word_of_a_foreign_name_is_its_bearer() -> None:
    text = _CONGO + "وقال ديانغ إن بلاده ترحب بالاستثمارات الخليجية في قطاع التعدين."
    assert person_canonicals(text).get("ديانغ") == "ماثيو ديانغ ماكوير"


def test_inner_word_two_people_share_stays_apart() -> None:
    text = (
        "التقى رئيس جمهورية الكونغو ماثيو ديانغ ماكوير نظيره أليكس ديانغ أوتيانو في العاصمة أمس. "
        "وقال ديانغ إن البلدين يعملان معا."
    )
    assert person_canonicals(text).get("ديانغ") == "ديانغ"


def test_speaker_by_the_inner_word_gets_the_full_name() -> None:
    text = _CONGO + "وقال ديانغ: «نرحب بكل مستثمر يريد العمل في بلادنا»."
    assert ("وقال", "ماثيو ديانغ ماكوير") in cue_speakers(text)


def test_father_name_inside_an_arabic_name_stays_apart() -> None:
    text = (
        "وقال المهندس عامر عثمان فلاته إن المشروع يكتمل العام المقبل. "
        "وأضاف عثمان أن التكلفة تجاوزت التقديرات."
    )
    assert person_canonicals(text).get("عثمان") == "عثمان"


def test_family_name_without_its_article_is_the_person() -> None:
    text = (
        "أكد رئيس الوزراء الماليزي نجيب عبد الغفار أن الحكومة ستدعم المزارعين. "
        "وقال غفار في مؤتمر صحفي إن الدعم يبدأ الشهر المقبل."
    )
    assert person_canonicals(text).get("غفار") == "نجيب عبد الغفار"


def test_common_given_name_without_the_article_stays_apart() -> None:
    text = (
        "أكد المدير التنفيذي سامي الحسن أن الشركة ستوسع أعمالها. "
        "وقال حسن في مؤتمر صحفي إن التوسع يبدأ الشهر المقبل."
    )
    assert person_canonicals(text).get("حسن") != "سامي الحسن"


def test_name_word_after_the_linked_word() -> None:
    assert ent._name_tail_word(ent.normalize("ماكوير"))
    assert not ent._name_tail_word(ent.normalize("المنتمي"))  # a word the entity ran on into


def test_foreign_name_with_another_letter_for_g_is_the_person() -> None:
    text = (
        "وصرح المدرب البرتغالي فيتور دوارتي مانيغا بأن فريقه جاهز للمباراة. "
        "وأضاف مانيجا أن اللاعبين يعرفون قوة المنافس."
    )
    assert person_canonicals(text).get("مانيجا") == "فيتور دوارتي مانيغا"


def test_arabic_names_one_letter_apart_stay_apart() -> None:
    text = "وقال الباحث حسين كمال إن الدراسة شملت ألف أسرة. وأوضح جمال أن النتائج ستنشر الشهر المقبل."
    assert person_canonicals(text).get("جمال") != "حسين كمال"
