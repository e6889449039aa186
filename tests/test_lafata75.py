"""Quotes, round 75: «لفت إلى» counts with an أن clause only, never with a noun phrase (annotation
guide §10.3), while «أشار إلى» + a noun phrase stating something still counts.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_lafata_with_a_noun_phrase_is_no_quotation() -> None:
    text = "وأكد مدير التعليم أهمية البرنامج، لافتا إلى ضرورة وجود حوافز للمعلمين المتميزين.\n"
    assert [cue for _, cue, _, _ in quote_rows(text)] == ["وأكد"]


def test_lafata_with_an_anna_clause_counts() -> None:
    text = "ولفت مدير التعليم إلى أن البرنامج سيشمل جميع مدارس المحافظة العام المقبل.\n"
    rows = quote_rows(text)
    assert [(cue, content) for _, cue, _, content in rows] == [
        ("ولفت", "البرنامج سيشمل جميع مدارس المحافظة العام المقبل")
    ]


def test_ashara_with_a_noun_phrase_still_counts() -> None:
    text = "وأشار مدير التعليم إلى ارتفاع عدد الطلاب المستجدين في المحافظة هذا العام.\n"
    assert [cue for _, cue, _, _ in quote_rows(text)] == ["وأشار"]
