"""Round 54, an indefinite description as the reporting verb's subject (rasid.extract.indefinite_source):
the whole description is the unnamed source, not its nisba or head alone, and it ends before a time
adverbial or a relative clause. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from conftest import cue_speakers
from rasid.extract.indefinite_source import _description


def _span(text: str, cue: str, content: str) -> str | None:
    """The description _description finds between ``cue`` and ``content`` in ``text``."""
    start = text.index(cue) + len(cue)
    found = _description(text, start, text.index(content))
    return text[found[0] : found[1]] if found else None


def test_nisba_alone_is_never_the_description() -> None:
    text = "وقال باحث مصري في شؤون الحركات الإسلامية إن التنظيم يواجه أزمة داخلية كبيرة."
    assert cue_speakers(text) == [("وقال", "باحث مصري في شؤون الحركات الإسلامية")]


def test_named_researcher_keeps_his_name() -> None:
    text = "وقال الباحث المصري سامر العتيبي إن التنظيم يواجه أزمة داخلية كبيرة."
    assert cue_speakers(text) == [("وقال", "سامر العتيبي")]


def test_time_adverbial_is_no_part_of_the_description() -> None:
    text = "وقالت مصادر طبية في مستشفى المدينة الحكومي في وقت مبكر السبت إن ثلاثة أشخاص أصيبوا بجروح."
    assert cue_speakers(text) == [("وقالت", "مصادر طبية في مستشفى المدينة الحكومي")]


def test_description_without_time_is_whole() -> None:
    text = "وقالت مصادر طبية في مستشفى المدينة الحكومي إن ثلاثة أشخاص أصيبوا بجروح."
    assert _span(text, "وقالت", "ثلاثة") == "مصادر طبية في مستشفى المدينة الحكومي"


def test_relative_clause_about_the_last_noun_ends_the_description() -> None:
    text = "وقال زعماء في الحزب الديمقراطي الذي يسيطر على المجلس إن التصويت سيجري الشهر المقبل."
    assert cue_speakers(text) == [("وقال", "زعماء في الحزب الديمقراطي")]


def test_two_coordinated_sources_are_left_to_the_rules() -> None:
    text = "وقال مسؤولون وشهود عيان إن التصويت سيجري الشهر المقبل."
    assert _span(text, "وقال", "التصويت") is None


def test_verb_preposition_before_the_complement_is_left_out() -> None:
    text = "وأشار باحثون في جامعة الشمال إلى أن العينة كانت صغيرة."
    assert _span(text, "وأشار", "العينة") == "باحثون في جامعة الشمال"


def test_definite_title_opens_no_description() -> None:
    text = "وقال وزير الخارجية إن التصويت سيجري الشهر المقبل."
    assert _span(text, "وقال", "التصويت") is None


def test_quoted_medium_in_the_description_is_kept_without_marks() -> None:
    text = "وقالت مصادر «الصحيفة» في العاصمة إن المفاوضات توقفت."
    assert _span(text, "وقالت", "المفاوضات") == "مصادر «الصحيفة» في العاصمة"


def test_description_in_marks_with_an_anonymity_clause_stops_before_it() -> None:
    text = "وقال مسؤول سابق في الشركة «طلب عدم ذكر اسمه» إن المفاوضات توقفت."
    assert _span(text, "وقال", "المفاوضات") == "مسؤول سابق في الشركة"
