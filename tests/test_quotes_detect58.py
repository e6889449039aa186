"""Trailing nominal attributions to people named by a plural (round 58): "…، بحسب المحللين" and
"وفقا لمراقبين" attribute the clause before them to a group, as "وقال المحللون" would; an unnamed
source ("بحسب المصادر") keeps the source named before, and a singular adjective is no source."""

from __future__ import annotations

from conftest import cue_speakers


def test_trailing_source_in_a_sound_plural_speaks_as_a_group():
    text = "وتراجعت مبيعات السيارات الجديدة خلال الربع الأول إلى أدنى مستوى منذ سنوات، بحسب المحللين."
    assert cue_speakers(text) == [("بحسب", "المحللين")]


def test_indefinite_plural_observers_after_a_comma():
    text = "وارتفع عدد الزوار في المعرض إلى ضعف العام الماضي، بحسب مراقبين. وقال المدير إن الإقبال كبير."
    assert ("بحسب", "مراقبين") in cue_speakers(text)


def test_listed_broken_plural_of_people():
    text = "وانسحبت الوحدات من القرى الحدودية بعد ثلاثة أيام من القتال العنيف، بحسب الجنود."
    assert cue_speakers(text) == [("بحسب", "الجنود")]


def test_unnamed_plural_source_keeps_the_source_named_before():
    text = "وقالت مصادر محلية إن الشرطة أغلقت الطريق الرئيسي. وأصيب ثلاثة أشخاص في الحادث وفقا للمصادر."
    assert [s for _c, s in cue_speakers(text)] == ["مصادر محلية", "مصادر محلية"]


def test_a_singular_adjective_is_no_plural_source():
    text = "ونمت الصادرات غير النفطية في الربع الأخير بنسبة كبيرة، بحسب الرسمي."
    assert cue_speakers(text) == []


def test_a_five_letter_singular_in_waw_nun_is_no_plural_source():
    assert cue_speakers("ويتم التعيين وفقا للقانون المعمول به في الدولة.") == []
