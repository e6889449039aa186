"""Round 79 (orgs79): organisations as speakers. Sentences written for these tests (not from any
gold article)."""

from __future__ import annotations

from rasid.extract.name_extent import without_alias_after_definite
from rasid.model import Article
from rasid.pipeline import Options, process


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation rasid finds in ``text``."""
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_an_alias_in_marks_after_a_name_closing_in_a_definite_word_is_left_out():
    found = quotes('وقالت منظمة الأمم المتحدة للطفولة "يونيسيف" إن آلاف الأطفال حرموا من الدراسة هذا العام.')
    assert found == [("وقالت", "منظمة الأمم المتحدة للطفولة")]


def test_the_alias_is_left_out_for_a_name_with_a_place_in_it():
    text = "وأكدت هيئة طرابلس للاستثمار والتطوير «نماء» أن المشروع سيكتمل قبل نهاية العام."
    name = "هيئة طرابلس للاستثمار والتطوير نماء"
    assert without_alias_after_definite(name, text) == "هيئة طرابلس للاستثمار والتطوير"


def test_a_description_of_common_words_keeps_the_name_in_marks():
    text = "وقالت وكالة الإغاثة الخاصة «رحمة» إن آلاف الأسر تحتاج إلى الغذاء."
    assert without_alias_after_definite("وكالة الإغاثة الخاصة رحمة", text) == "وكالة الإغاثة الخاصة رحمة"


def test_a_name_closing_in_an_indefinite_word_keeps_the_marked_word():
    text = "وأعلنت اللجنة التنفيذية لمهرجان «الربيع» أن الافتتاح سيكون الخميس."
    name = "اللجنة التنفيذية لمهرجان الربيع"
    assert without_alias_after_definite(name, text) == name


def test_a_word_not_written_in_marks_stays():
    text = "وقالت منظمة الأمم المتحدة للطفولة يونيسيف إن المدارس ستفتح قريبا."
    name = "منظمة الأمم المتحدة للطفولة يونيسيف"
    assert without_alias_after_definite(name, text) == name
