"""Quotes, round 75: a clause a medium relays that names a person, then his own past reporting verb
(after «قد», past a short adjunct) and أن/إن, is that person's statement, relayed by the medium; a
title the tagger read as a name before the person does not stop the rule.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_person_with_qad_and_an_adjunct_before_in() -> None:
    text = (
        "وبحسب وكالة «رويترز»، كان الوزير جيمس هارتلي قد قال للصحافيين في وقت سابق إن بلاده ستدعم "
        "الاتفاق الجديد.\n"
    )
    rows = quote_rows(text)
    assert [(speaker, content) for _, _, speaker, content in rows] == [
        ("جيمس هارتلي", "بلاده ستدعم الاتفاق الجديد")
    ]


def test_title_before_the_name_of_the_relayed_person() -> None:
    text = (
        "وذكرت وكالة الأنباء الرسمية أن القاضي سامي عبدالحميد رشوان قال إن المحكمة ستستمع إلى الشهود "
        "في الجلسة المقبلة.\n"
    )
    rows = quote_rows(text)
    assert [speaker for _, _, speaker, _ in rows] == ["سامي عبدالحميد رشوان"]
    assert rows[0][3].startswith("المحكمة ستستمع")


def test_a_long_adjunct_keeps_the_medium() -> None:
    text = (
        "وبحسب وكالة «رويترز»، كان الوزير جيمس هارتلي قد قال في لقاء طويل جمعه بوزير خارجية "
        "فرنسا داخل قصر الإليزيه ليلة الأحد إن بلاده ستدعم الاتفاق.\n"
    )
    assert [speaker for _, _, speaker, _ in quote_rows(text)] == ["وكالة رويترز"]
