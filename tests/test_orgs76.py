"""Quotes, round 76: organisations as speakers. A body named for a place ran on into the verb's
object («حسمت جامعة المدينة الجدل …») keeps its name only, when a later short form («وأكدت الجامعة»)
takes the full name.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers
from rasid.extract.name_extent import without_object_after_place


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
