"""An organisation speaker's name extent (round 55): a body's name ends before a second body's
definite head that the phrase ran on into («الاتحاد الأوروبي الحكومة …»)."""

from __future__ import annotations

from rasid.extract.name_extent import without_second_body


def test_name_ends_before_a_second_bodys_head():
    assert without_second_body("الاتحاد الأفريقي الحكومة الكينية") == "الاتحاد الأفريقي"
    assert without_second_body("المجلس الوطني الوزارة") == "المجلس الوطني"


def test_name_keeps_a_definite_genitive_and_a_nisba():
    # (negative: after an indefinite word a definite head is its genitive; a nisba is an adjective)
    assert without_second_body("مجلس إدارة الهيئة") == "مجلس إدارة الهيئة"
    assert without_second_body("قيادة قوات التحالف") == "قيادة قوات التحالف"
    assert without_second_body("الهيئة العامة الوطنية") == "الهيئة العامة الوطنية"
