"""An organisation speaker's name completed to the fullest form the article writes it in (round 61):
a short form that begins a longer ORG mention, canonical name or body speaker's name takes it, but not
past «و», not by a nationality alone, not by one word that is no adjective, and not after a name that
closes on an adjective already."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.name_extent import completed_to_fuller_body


def test_short_form_takes_the_fuller_one():
    forms = ["منظمة البلدان المنتجة للقطن", "وزارة الزراعة"]
    assert completed_to_fuller_body("منظمة البلدان", forms) == "منظمة البلدان المنتجة للقطن"


def test_short_form_takes_a_closing_adjective_that_is_no_nationality():
    assert completed_to_fuller_body("محكمة فيينا", ["محكمة فيينا الجنائية"]) == "محكمة فيينا الجنائية"


def test_article_differences_do_not_matter():
    assert (
        completed_to_fuller_body("مركز المعلومات", ["مركز معلومات الموانئ البحرية"])
        == "مركز معلومات الموانئ البحرية"
    )


def test_nationality_alone_is_not_added():
    # (negative: the guide leaves a nationality out beside a name)
    assert completed_to_fuller_body("صحيفة المساء", ["صحيفة المساء الكندية"]) == "صحيفة المساء"
    assert completed_to_fuller_body("مؤسسة النقد", ["مؤسسة النقد العربي السعودي"]) == "مؤسسة النقد"


def test_no_completion_past_a_conjunction_or_by_a_run_on_word():
    # (negative: a second body after و; one word after the name that is no adjective)
    assert completed_to_fuller_body("وزارة الزراعة", ["وزارة الزراعة والري"]) == "وزارة الزراعة"
    assert completed_to_fuller_body("شرطة فيينا", ["شرطة فيينا الضابطة"]) == "شرطة فيينا"


def test_rank_adjective_alone_is_not_added():
    # (negative: the guide drops a describing adjective: «بنك كندا المركزي» -> بنك كندا)
    assert completed_to_fuller_body("بنك كندا", ["بنك كندا المركزي"]) == "بنك كندا"


def test_name_closing_on_an_adjective_or_of_one_word_stays():
    # (negative: «الاتحاد الدولي» is complete; a lone word is too short to be sure of)
    assert completed_to_fuller_body("الاتحاد الدولي", ["الاتحاد الدولي للشطرنج"]) == "الاتحاد الدولي"
    assert completed_to_fuller_body("الشرطة", ["الشرطة المحلية للمدينة"]) == "الشرطة"


def test_pipeline_names_the_body_as_first_written_in_full():
    text = (
        "عقدت محكمة فيينا الجنائية جلسة طارئة أمس في العاصمة لبحث القضية. وقالت محكمة فيينا في بيان "
        "إن «المتهم سيمثل أمامها الأسبوع المقبل»."
    )
    assert speakers(text) == ["محكمة فيينا الجنائية"]


def test_pipeline_leaves_a_body_never_written_longer():
    # (negative: nothing longer in the article)
    text = "وقالت محكمة فيينا في بيان أمس إن «المتهم سيمثل أمامها الأسبوع المقبل»."
    assert speakers(text) == ["محكمة فيينا"]
