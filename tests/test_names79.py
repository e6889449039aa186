"""Quotes, round 79 (the extent of a speaker's name): an unnamed source's or a group's name keeps
the qualifier written between it and the reported clause, a ل-complement («المعارضون للقرار») or,
after a definite role, «عن/لدى» and the body it speaks for; not whom the statement was told.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers
from rasid.extract.name_extent import with_qualifier_before_clause
from rasid.model import Span


def _qualified(text: str, name: str) -> str:
    """The name as :func:`with_qualifier_before_clause` runs it on from its first mention in ``text``."""
    at = text.index(name)
    return with_qualifier_before_clause(name, Span(at, at + len(name), name), text, ())


def test_participle_source_keeps_its_complement() -> None:
    text = "وقالت مصادر قبلية مناصرة للشرعية إن القوات استعادت السيطرة على الطريق الساحلي."
    assert cue_speakers(text)[0] == ("وقالت", "مصادر قبلية مناصرة للشرعية")


def test_group_of_opponents_keeps_what_they_oppose() -> None:
    text = "وقال سكان محليون معارضون للمشروع إن الأرض الزراعية ستتضرر كثيرا."
    assert cue_speakers(text)[0] == ("وقال", "سكان محليون معارضون للمشروع")


def test_definite_role_keeps_its_body_in_the_pipeline() -> None:
    text = "وقال المسؤول الإعلامي عن المهرجان، إن عدد الزوار تجاوز خمسين ألفا في يومه الأول."
    assert cue_speakers(text)[0] == ("وقال", "المسؤول الإعلامي عن المهرجان")


def test_the_agency_told_stays_out_in_the_pipeline() -> None:
    text = "وقال مصدر قضائي للوكالة إن المحكمة أجلت النظر في القضية."
    assert cue_speakers(text)[0] == ("وقال", "مصدر قضائي")


def test_group_keeps_its_complement_before_a_comma() -> None:
    text = "وقال عدد من التجار المستوردين للأقمشة، إن الرسوم الجديدة سترفع الأسعار في الأسواق."
    assert _qualified(text, "عدد من التجار المستوردين") == "عدد من التجار المستوردين للأقمشة"


def test_definite_role_keeps_the_body_after_an() -> None:
    text = "وقال المسؤول الإعلامي عن المهرجان، إن عدد الزوار تجاوز خمسين ألفا في يومه الأول."
    assert _qualified(text, "المسؤول الإعلامي") == "المسؤول الإعلامي عن المهرجان"


def test_definite_role_keeps_the_body_after_lada() -> None:
    text = "وأكد الملحق التجاري لدى السفارة أن الصادرات زادت بنسبة كبيرة خلال العام الماضي."
    assert _qualified(text, "الملحق التجاري") == "الملحق التجاري لدى السفارة"


def test_the_medium_told_is_left_out() -> None:
    text = "وقال مصدر مطلع للصحيفة إن الاجتماع أرجئ إلى الأسبوع المقبل."
    assert _qualified(text, "مصدر مطلع") == "مصدر مطلع"


def test_a_source_named_by_its_field_governs_no_complement() -> None:
    text = "وقال مصدر أمني للمراسلين إن التحقيقات ما زالت جارية في الحادث."
    assert _qualified(text, "مصدر أمني") == "مصدر أمني"


def test_an_indefinite_official_keeps_no_an_phrase() -> None:
    text = "وقال مسؤول حكومي عن الخطة إن التنفيذ سيبدأ مطلع العام."
    assert _qualified(text, "مسؤول حكومي") == "مسؤول حكومي"


def test_no_qualifier_without_the_reported_clause() -> None:
    text = "وكشفت مصادر مطلعة عن تفاصيل جديدة حول المشروع السكني في المدينة."
    assert _qualified(text, "مصادر مطلعة") == "مصادر مطلعة"


def test_a_clause_word_after_an_is_no_qualifier() -> None:
    text = "وكشف المتحدث الرسمي عن أن الوزارة ستطلق المنصة الشهر المقبل."
    assert _qualified(text, "المتحدث الرسمي") == "المتحدث الرسمي"
