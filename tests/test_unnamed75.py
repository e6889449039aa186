"""Quotes, round 75: an unnamed source the rules cut one word short of its description («مصدر
مسؤول في الاتحاد … [فيفا]») takes the whole description; a word saying to whom it spoke does not.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers


def test_unnamed_source_keeps_the_last_word_of_its_description() -> None:
    text = "وقال مصدر رفيع في الاتحاد المحلي لكرة القدم فيفا إن القرار نهائي ولا رجعة فيه."
    assert cue_speakers(text) == [("وقال", "مصدر رفيع في الاتحاد المحلي لكرة القدم فيفا")]


def test_unnamed_source_with_a_plain_place_stays_as_it_is() -> None:
    text = "وقال مسؤول في الوزارة إن الخطة الجديدة ستطبق مطلع العام المقبل."
    assert cue_speakers(text) == [("وقال", "مسؤول في الوزارة")]


def test_a_bare_source_word_after_the_description_is_not_taken() -> None:
    text = "وقالت مصادر محلية المصدر إن الطريق الساحلي أغلق بالكامل منذ الصباح."
    assert cue_speakers(text) == [("وقالت", "مصادر محلية")]


def test_unnamed_source_in_a_ministry_keeps_its_full_extent() -> None:
    text = "وقالت مصادر طبية يمنية في مستشفى الجمهورية الحكومي إن حصيلة القتلى ارتفعت إلى عشرين شخصا."
    assert cue_speakers(text) == [("وقالت", "مصادر طبية يمنية في مستشفى الجمهورية الحكومي")]


def test_a_time_word_with_bi_after_the_source_is_not_taken() -> None:
    text = "وقال مسؤول في هيئة الطيران المدني بالتزامن مع الإعلان إن الرحلات ستستأنف الأسبوع المقبل."
    assert cue_speakers(text)[0][1] != "مسؤول في هيئة الطيران المدني بالتزامن"
