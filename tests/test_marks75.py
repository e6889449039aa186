"""Quotes, round 75: words in marks after a speaker's title, with the narrator's words after a comma
in the same clause, are the speaker's direct quotation; marks that a noun before them heads (a
title, a medium, a campaign) stay a name, and a complementizer after the marks keeps the clause.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(content, speaker) for kind, _, speaker, content in quote_rows(text) if kind == "direct"]


def test_quotation_before_the_narrators_apposition() -> None:
    text = (
        "وقال العميد فهد الشمري، قائد قوة الواجب "
        '"ستواصل الفرق البحث عن المفقودين حتى آخر شخص في المنطقة"، غرب المحافظة.\n'
    )
    assert _direct(text) == [("ستواصل الفرق البحث عن المفقودين حتى آخر شخص في المنطقة", "فهد الشمري")]


def test_quotation_before_a_participle_after_a_comma() -> None:
    text = (
        "وقال المصدر الذي فضل عدم ذكر اسمه، «أرجئ الاجتماع إلى الأسبوع المقبل»، "
        "رافضا الحديث عن أسباب التأجيل.\n"
    )
    assert [content for content, _ in _direct(text)] == ["أرجئ الاجتماع إلى الأسبوع المقبل"]


def test_marks_after_a_title_noun_are_no_quotation() -> None:
    text = (
        "وقال الدكتور سالم العتيبي في محاضرة تحت عنوان «دور الأسرة في حماية الأبناء من التطرف»، "
        "التي نظمتها الجمعية مساء أمس.\n"
    )
    assert _direct(text) == []


def test_marks_naming_a_medium_leave_the_clause_after_them() -> None:
    text = (
        "وقال وزير الطاقة، خالد الفالح، لقناة «العربية نيوز الاقتصادية اليوم»، إن الأسواق ستستقر "
        "قبل نهاية العام.\n"
    )
    rows = quote_rows(text)
    assert [(kind, content) for kind, _, _, content in rows] == [
        ("indirect", "الأسواق ستستقر قبل نهاية العام")
    ]
