"""Quotes, round 76: organisations as speakers. A body named for a place ran on into the verb's
object («حسمت جامعة المدينة الجدل …») keeps its name only, when a later short form («وأكدت الجامعة»)
takes the full name; a body's acronym the tagger read as a person's given name («وقال إياتا») takes
the body's name the article spells out before it in marks; a body's fuller form run on over
«على/عن + a definite word» ends where a body the article tags alone ends.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from types import SimpleNamespace

from conftest import cue_speakers
from rasid.extract.name_extent import (
    body_of_acronym_read_as_person,
    without_last_object_after_tagged_body,
    without_object_after_place,
    without_preposition_run_on,
)


def test_body_named_for_a_place_ends_before_the_object() -> None:
    assert without_object_after_place("جامعة جازان الخلاف القائم حول") == "جامعة جازان"


def test_body_named_for_a_place_keeps_its_adjective() -> None:
    assert without_object_after_place("بلدية الدمام الفرعية الجديدة") == "بلدية الدمام الفرعية الجديدة"


def test_body_with_a_definite_word_after_a_person_name_is_kept() -> None:
    assert without_object_after_place("مستشفى الملك فهد التخصصي") == "مستشفى الملك فهد التخصصي"


def test_later_short_form_takes_the_body_without_the_object() -> None:
    text = (
        "أنهت جامعة جازان الخلاف القائم حول نتائج القبول للعام الجديد. "
        "وأكدت الجامعة أن جميع الطلبات فرزت آليا دون تدخل بشري."
    )
    assert ("وأكدت", "جامعة جازان") in cue_speakers(text)


def test_acronym_read_as_a_person_takes_the_spelled_out_body() -> None:
    text = (
        "قالت المنظمة العربية للتنمية الزراعية (أودا) أمس إن إنتاج القمح ارتفع هذا الموسم. "
        "وقال أودا في تقريره إن الطلب على الأعلاف تراجع بنسبة طفيفة."
    )
    assert ("وقال", "المنظمة العربية للتنمية الزراعية") in cue_speakers(text)


def test_one_word_person_without_spelled_out_body_stays_a_person() -> None:
    assert body_of_acronym_read_as_person("فيصل", "person", "وقال فيصل إن الفريق جاهز.") == "فيصل"


def test_acronym_helper_spells_out_the_body() -> None:
    text = "أعلن الاتحاد الدولي للنقل الجوي (إياتا) نتائجه. وقال إياتا إن الطلب ارتفع."
    assert body_of_acronym_read_as_person("إياتا", "person", text) == "الاتحاد الدولي للنقل الجوي"


def test_a_player_named_in_marks_after_a_club_stays_a_person() -> None:
    text = "وتحاول الإدارة إقناع النادي الإماراتي باستمرار «مورا» حتى نهاية الموسم. وقال مورا إنه سعيد."
    assert body_of_acronym_read_as_person("مورا", "person", text) == "مورا"


def test_body_written_whole_ends_before_a_preposition_run_on() -> None:
    tagged = SimpleNamespace(entities=[SimpleNamespace(label="ORG", text="المديرية العامة للمستشفيات")])
    name = "المديرية العامة للمستشفيات على الرابط"
    assert without_preposition_run_on(name, tagged) == "المديرية العامة للمستشفيات"


def test_preposition_run_on_is_kept_when_no_shorter_body_is_tagged() -> None:
    tagged = SimpleNamespace(entities=[SimpleNamespace(label="ORG", text="وزارة النقل")])
    name = "المديرية العامة للمستشفيات على الرابط"
    assert without_preposition_run_on(name, tagged) == name


def test_a_verbal_noun_keeps_its_object_after_a_preposition() -> None:
    text = "قالت الهيئة الوطنية للرقابة على الأغذية إن العينات سليمة."
    assert cue_speakers(text) == [("قالت", "الهيئة الوطنية للرقابة على الأغذية")]


def test_last_object_after_a_tagged_body_is_dropped() -> None:
    tagged = SimpleNamespace(entities=[SimpleNamespace(label="ORG", text="وزارة الخارجية")])
    assert without_last_object_after_tagged_body("وزارة الخارجية الجدل", tagged) == "وزارة الخارجية"


def test_last_adjective_after_a_tagged_body_is_kept() -> None:
    tagged = SimpleNamespace(entities=[SimpleNamespace(label="ORG", text="وزارة الخارجية")])
    name = "وزارة الخارجية السعودية"
    assert without_last_object_after_tagged_body(name, tagged) == name
