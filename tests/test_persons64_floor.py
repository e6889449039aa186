"""Round 64: who holds the floor for a bare sentence-initial cue («وقال»، «وأضاف» with no subject) —
the subject of the sentence before, unless that sentence is a source's report or its subject is an
object there (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


FIRST = "وقال مدير المهرجان خالد العمري إن الإقبال كبير هذا العام.\n\n"


def test_min_jihatihi_is_an_opener_not_a_preposition_of_the_name():
    text = (
        FIRST
        + "من جانبه استعرض مساعد الرئيس التنفيذي للإعلام ماجد السبيعي خطة المهرجان الإعلامية.\n\n"
        + "وقال إن الخطة تشمل مواقع التواصل."
    )
    assert speakers(text) == ["خالد العمري", "ماجد السبيعي"]


def test_a_body_inside_the_title_is_no_preposition():
    text = (
        FIRST
        + "بدوره تحدث المشرف العام بوزارة الثقافة الشاعر ناصر الدوسري عن مشاعر الشعراء بعد دعوتهم.\n\n"
        + "وقال: «عندما يدعى الشاعر إلى هذه المنصة يشعر بالفخر»."
    )
    assert speakers(text) == ["خالد العمري", "ناصر الدوسري"]


def test_a_nominal_attribution_heading_the_sentence_leaves_the_floor_to_the_one_quoted():
    text = (
        FIRST
        + "وبحسب البيان افتتح وكيل الوزارة سلطان القحطاني المعرض صباح اليوم.\n\n"
        + "وأضاف أن الزوار تجاوزوا عشرة آلاف."
    )
    assert speakers(text)[-1] == "خالد العمري"


def test_a_sentence_with_no_attribution_still_gives_its_subject():
    text = (
        FIRST
        + "وافتتح وكيل الوزارة سلطان القحطاني المعرض صباح اليوم.\n\n"
        + "وأضاف أن الزوار تجاوزوا عشرة آلاف."
    )
    assert speakers(text) == ["خالد العمري", "سلطان القحطاني"]


def test_a_name_after_a_preposition_outside_a_title_is_no_floor_holder():
    text = (
        FIRST
        + "وتجول الزوار في المعرض برفقة مدير الصحة سعد الشهري طوال اليوم.\n\n"
        + "وأضاف أن الزوار تجاوزوا عشرة آلاف."
    )
    assert speakers(text)[-1] == "خالد العمري"
