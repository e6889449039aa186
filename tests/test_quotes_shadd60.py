"""Round 60: «شدد على» + a noun phrase is no statement (docs/quotes-annotation.md §10.1), while شدد
with an أن clause or a bare object still is (sentences written for these tests)."""

from __future__ import annotations

from conftest import cue_speakers


def test_shadd_ala_with_a_noun_phrase_is_no_quotation() -> None:
    text = "وشدد وزير الخارجية خالد العتيبي على ضرورة الحوار بين الأطراف لإنهاء الأزمة."
    assert cue_speakers(text) == []
    # (as a participle after a statement: only the statement counts, not its «مشددا على أهمية …»)
    text = (
        "وقال الوزير إن المفاوضات ستستأنف الأسبوع المقبل، مشددا على أهمية التزام الطرفين بالهدنة، "
        "وإحالة المخالفين إلى القضاء."
    )
    assert cue_speakers(text) == [("وقال", "الوزير")]


def test_shadd_with_a_clause_or_a_bare_object_still_counts() -> None:
    text = "وشدد وزير الخارجية خالد العتيبي على أن الحوار هو السبيل الوحيد لإنهاء الأزمة."
    assert cue_speakers(text) == [("وشدد", "خالد العتيبي")]
    text = "وشدد وزير الخارجية خالد العتيبي أهمية الحوار بين الأطراف لإنهاء الأزمة."
    assert cue_speakers(text) == [("وشدد", "خالد العتيبي")]
