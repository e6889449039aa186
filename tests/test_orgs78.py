"""Quotes, round 78: organisations as speakers. A statement glued to its issuer by ل or من («بيان
لقيادة الجيش»، «بيان من مكتب الرئيس») speaks for that body, and a later «وأضاف البيان» goes on with
it, not with a body named inside the statement's own words.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers


def test_statement_glued_to_its_issuer_by_lam_speaks_for_it() -> None:
    text = (
        "وأفاد بيان لخلية الإعلام الأمني أن قوات الشرطة الاتحادية دمرت ثلاث عربات للتنظيم في منطقة "
        "الحصيبة. وأضاف البيان أن قوات الشرطة قتلت عشرة مسلحين في المنطقة نفسها."
    )
    assert cue_speakers(text) == [("وأفاد", "خلية الإعلام الأمني"), ("وأضاف", "خلية الإعلام الأمني")]


def test_later_definite_statement_is_not_a_body_named_in_its_words() -> None:
    text = (
        "وأفاد بيان لخلية الإعلام الأمني أن قوات الشرطة الاتحادية دمرت ثلاث عربات للتنظيم في منطقة "
        "الحصيبة. وأضاف البيان أن قوات الشرطة قتلت عشرة مسلحين في المنطقة نفسها."
    )
    speakers = [name for _cue, name in cue_speakers(text)]
    assert "الشرطة الاتحادية" not in speakers
    assert "قوات الشرطة الاتحادية" not in speakers


def test_statement_of_a_ministry_named_in_full_keeps_the_ministry() -> None:
    text = (
        "وذكر بيان لوزارة الزراعة العمانية أن موسم حصاد التمور بدأ مبكرا هذا العام. وقال المزارع سالم "
        "الحارثي إن الأمطار ساعدت على زيادة الإنتاج. وأوضح البيان أن صادرات التمور ارتفعت بنسبة كبيرة."
    )
    assert cue_speakers(text) == [
        ("وذكر", "وزارة الزراعة العمانية"),
        ("وقال", "سالم الحارثي"),
        ("وأوضح", "وزارة الزراعة العمانية"),
    ]


def test_statement_told_to_a_person_takes_no_issuer_from_him() -> None:
    text = "وقال الوزير خالد العتيبي في بيان لوسائل الإعلام إن المشروع سينجز قبل نهاية العام."
    assert cue_speakers(text) == [("وقال", "خالد العتيبي")]
