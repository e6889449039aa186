"""Round 82 (calls): دعا/طالب report a statement only with an أن clause or a colon (the guide's rule on
calls). A call whose content follows with no إن/أن/ألا and no colon before it, nor an أن among its
first words, names what is called for («ودعا … إلى التعاون»، «وطالب … بتسريع «…»»): its frame is kept
silent, its caller stays on the floor for a later «وأضاف». Wholly marked (direct) calls stay as read.

Every sentence is written for these tests; names, places and events are invented.
"""

from __future__ import annotations

from conftest import quote_rows


def test_a_call_on_a_body_to_a_noun_phrase_in_marks_is_no_quotation() -> None:
    text = "وطالب رئيس الجمعية فهد الزهراني البلدية بـ«تسريع صيانة الطرق الفرعية» في حي الروابي."
    assert quote_rows(text) == []


def test_a_call_to_a_verbal_noun_with_a_marked_object_is_no_quotation() -> None:
    text = "ودعا المحافظ سالم القرشي الأهالي إلى التعاون مع «فرق الإسعاف الميدانية» خلال موسم الأمطار."
    assert quote_rows(text) == []


def test_the_caller_stays_on_the_floor_for_a_later_statement() -> None:
    text = (
        "وطالب رئيس الجمعية فهد الزهراني البلدية بـ«تسريع صيانة الطرق الفرعية» في حي الروابي. "
        "وأضاف أن الأهالي ينتظرون الحلول منذ عامين."
    )
    rows = quote_rows(text)
    assert len(rows) == 1 and rows[0][2] == "فهد الزهراني"


def test_a_call_with_a_that_clause_stays_a_quotation() -> None:
    text = "وطالب رئيس الجمعية فهد الزهراني البلدية بأن تسرع في صيانة الطرق الفرعية في حي الروابي."
    assert len(quote_rows(text)) == 1


def test_a_call_wholly_in_marks_with_a_that_clause_stays_a_quotation() -> None:
    text = "ودعا المحافظ سالم القرشي «كل من ترك عمله في الميناء أن يعود إليه قبل نهاية الأسبوع»."
    assert len(quote_rows(text)) == 1


def test_a_call_with_a_colon_stays_a_quotation() -> None:
    text = "ودعا المحافظ سالم القرشي الشباب: «تطوعوا في فرق الإسعاف ولا تترددوا في خدمة مدينتكم»."
    assert len(quote_rows(text)) == 1
