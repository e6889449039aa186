"""Quotes, round 76: a body whose name says whom it defends («للدفاع عن …», lexicon
``defence_nouns``) keeps that object in its name; a defence in construct («هيئة الدفاع عن فلان»)
and a search («المكلفة البحث عن …») do not run the name on.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_body_named_for_what_it_defends_keeps_it() -> None:
    text = "وقالت الجمعية الأهلية للدفاع عن المستهلك إن أسعار الأرز ارتفعت بنسبة كبيرة خلال الشهر الماضي.\n"
    rows = quote_rows(text)
    assert [(cue, speaker) for _, cue, speaker, _ in rows] == [
        ("وقالت", "الجمعية الأهلية للدفاع عن المستهلك")
    ]


def test_oversight_body_still_keeps_its_charge() -> None:
    text = "وأكدت الهيئة الوطنية للرقابة على الأغذية أن الشحنة المضبوطة لم تدخل الأسواق المحلية.\n"
    rows = quote_rows(text)
    assert [speaker for _, _, speaker, _ in rows] == ["الهيئة الوطنية للرقابة على الأغذية"]


def test_search_is_not_part_of_the_name() -> None:
    text = (
        "وقالت السلطات المكلفة البحث عن السفينة المفقودة يوم الخميس إنها عثرت على قطع من حطامها قرب الساحل.\n"
    )
    rows = quote_rows(text)
    assert [cue for _, cue, _, _ in rows] == ["وقالت"]
    assert "السفينة" not in (rows[0][2] or "")  # (the search's object does not run the name on)
