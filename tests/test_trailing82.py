"""Round 82, trailing attributions: a linking "وذلك" before a trailing source is the narrator's
link, not part of the words the source said (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process

LEAD = "وقال المحافظ إن الطريق الجديد سيفتتح قريبا.\n\n"


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    """``(cue, speaker, content)`` of every quotation the default pipeline finds in ``text``."""
    article = process(Article(id="t", raw=text))
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_linking_that_after_comma_is_left_out():
    found = quotes(LEAD + "وبلغ عدد زوار المعرض نحو ثلاثين ألفا في يومه الأول، وذلك بحسب اللجنة المنظمة.")
    assert ("بحسب", "اللجنة المنظمة", "بلغ عدد زوار المعرض نحو ثلاثين ألفا في يومه الأول") in found


def test_linking_that_without_comma_is_left_out():
    found = quotes(LEAD + "وتراجعت مبيعات السيارات المستعملة بنسبة كبيرة هذا الشهر وذلك وفقا لهيئة الإحصاء.")
    contents = [c for cue, _s, c in found if cue == "وفقا"]
    assert contents == ["تراجعت مبيعات السيارات المستعملة بنسبة كبيرة هذا الشهر"]


def test_linking_that_with_a_verb_of_saying():
    found = quotes(LEAD + "وأغلقت ثلاث مدارس أبوابها بسبب السيول، وذلك حسبما أعلنت مديرية التعليم.")
    contents = [c for cue, _s, c in found if cue.startswith("حسبما")]
    assert contents == ["أغلقت ثلاث مدارس أبوابها بسبب السيول"]


def test_linking_that_after_a_full_stop_closes_the_sentence_before():
    found = quotes(LEAD + "ويبلغ عدد سكان البلدة نحو عشرين ألف نسمة. وذلك بحسب هيئة الإحصاء.")
    contents = [c for cue, _s, c in found if cue == "بحسب"]
    assert contents == ["يبلغ عدد سكان البلدة نحو عشرين ألف نسمة."]


def test_plain_trailing_source_is_unchanged():
    found = quotes(LEAD + "وقتل شخصان في حادث سير على الطريق الساحلي، بحسب الدفاع المدني.")
    contents = [c for cue, _s, c in found if cue == "بحسب"]
    assert contents == ["قتل شخصان في حادث سير على الطريق الساحلي"]


def test_that_as_a_word_of_the_statement_is_kept():
    """Only "وذلك" right before the cue links; a "ذلك" inside the words stays in them."""
    found = quotes(LEAD + "وارتفعت أسعار الخبز بعد ذلك بأسبوعين، بحسب جمعية حماية المستهلك.")
    contents = [c for cue, _s, c in found if cue == "بحسب"]
    assert contents == ["ارتفعت أسعار الخبز بعد ذلك بأسبوعين"]
