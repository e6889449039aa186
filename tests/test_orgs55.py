"""An organisation speaker's name extent (round 55): a body of definite words opened by a body's
head («المصرف المركزي») takes the place the article writes after it, and a body's name ends before
a second body's definite head that the phrase ran on into («الاتحاد الأوروبي الحكومة …»)."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.name_extent import without_second_body


def test_name_ends_before_a_second_bodys_head():
    assert without_second_body("الاتحاد الأفريقي الحكومة الكينية") == "الاتحاد الأفريقي"
    assert without_second_body("المجلس الوطني الوزارة") == "المجلس الوطني"


def test_name_keeps_a_definite_genitive_and_a_nisba():
    # (negative: after an indefinite word a definite head is its genitive; a nisba is an adjective)
    assert without_second_body("مجلس إدارة الهيئة") == "مجلس إدارة الهيئة"
    assert without_second_body("قيادة قوات التحالف") == "قيادة قوات التحالف"
    assert without_second_body("الهيئة العامة الوطنية") == "الهيئة العامة الوطنية"


def test_generic_body_takes_the_place_written_after_it():
    text = (
        "أعلن البنك المركزي في الأردن اليوم أن احتياطيات النقد الأجنبي ارتفعت خلال الربع الأول. "
        "وأوضح البنك المركزي أن التضخم بقي عند مستوى منخفض طوال العام."
    )
    assert speakers(text) == ["البنك المركزي في الأردن", "البنك المركزي في الأردن"]


def test_generic_body_takes_no_phrase_that_is_no_place():
    # (negative: في + a noun that names no place)
    text = "أعلن البنك المركزي في بيان اليوم أن احتياطيات النقد الأجنبي ارتفعت خلال الربع الأول."
    assert speakers(text) == ["البنك المركزي"]


def test_place_written_only_after_the_quotation_is_not_taken():
    # (negative: a place given after the quotation names no body of it)
    text = (
        "وأوضح البنك المركزي أن التضخم بقي عند مستوى منخفض طوال العام. "
        "وكان البنك المركزي في الأردن قد رفع سعر الفائدة مرتين في العام الماضي."
    )
    assert speakers(text)[0] == "البنك المركزي"
