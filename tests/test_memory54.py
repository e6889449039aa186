"""Round 54 (memory54): a compound title names one office.

Every sentence here was written for these tests (none is copied from a corpus article); each case
has a negative twin the change must leave alone.
"""

from __future__ import annotations

from conftest import rule_speakers, speaker_at_cue

# --- "رئيس الوزراء" is not the "الرئيس" named before


def _visit(second: str) -> str:
    return (
        "استقبل الرئيس الفنلندي ماتي كورهونن في العاصمة هلسنكي وفدا تجاريا كبيرا يضم رجال أعمال من عدة دول. "
        "وقال الرئيس الفنلندي كورهونن إن بلاده ترحب بالاستثمارات الجديدة في قطاع الطاقة النظيفة. "
        f"{second}"
    )


def test_compound_title_is_not_the_bearer_of_its_first_word() -> None:
    text = _visit(
        "وفي وقت لاحق أكد رئيس الوزراء الفنلندي أن الحكومة ستقدم حوافز ضريبية للشركات الناشئة هذا العام."
    )
    # (the rules keep the title; the ranker may still put a named person for it)
    assert rule_speakers(text)[-1] == "رئيس الوزراء الفنلندي"


def test_simple_title_still_finds_its_bearer() -> None:
    text = _visit("وفي وقت لاحق أكد الرئيس الفنلندي أن الحكومة ستقدم حوافز ضريبية للشركات الناشئة هذا العام.")
    assert (rule_speakers(text)[-1] or "").endswith("كورهونن")


def test_compound_title_finds_its_own_bearer() -> None:
    text = (
        "التقى رئيس الوزراء الفنلندي يوهانس لاتفالا بالرئيس الفنلندي ماتي كورهونن في القصر الرئاسي صباح أمس. "
        "وقال الرئيس الفنلندي كورهونن إن بلاده ترحب بالاستثمارات الجديدة في قطاع الطاقة النظيفة. "
        "وفي وقت لاحق أكد رئيس الوزراء الفنلندي أن الحكومة ستقدم حوافز ضريبية للشركات الناشئة هذا العام."
    )
    assert speaker_at_cue(text, "أكد") == "يوهانس لاتفالا"


# --- "عبّر فلان عن …" opens on the verb عبّر, not the preposition عبر


def _thanks(second: str) -> str:
    return (
        "وقال مدرب الفريق سامر الحلبي إن الاستعدادات للموسم الجديد تسير بشكل جيد رغم كثرة الإصابات. "
        f"{second} وقال: «أشكر الجميع على الوقوف معي في هذه الفترة الصعبة من مسيرتي».\n"
    )


def test_expressed_verb_gives_the_floor_to_its_subject() -> None:
    text = _thanks("من جانبه عبر وليد الشمراني، مدافع الفريق، عن امتنانه لإدارة النادي على متابعة حالته.")
    assert speaker_at_cue(text, "وقال", 1) == "وليد الشمراني"


def test_through_preposition_is_no_verb() -> None:
    text = _thanks("وتابع الجمهور عبر القناة الرياضية مباريات الفريق الودية في المعسكر الخارجي هذا الأسبوع.")
    assert speaker_at_cue(text, "وقال", 1) == "سامر الحلبي"
