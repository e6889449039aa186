"""Round 80: a word in the verb slot of a sentence opening that the names gazetteer also lists as a
given name (شكر، هنأ) is a verb when a title or the name follows it (sentences written for these
tests)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_thanked_opens_a_sentence_before_a_titled_name():
    text = (
        "وقال رئيس النادي فيصل المطيري إن الموسم كان ناجحا للفريق.\n\n"
        "من جهته، شكر د. نبيل الحارثي أعضاء اللجنة المنظمة على جهودهم الكبيرة.\n\n"
        "وقال: «نجاح البطولة ثمرة عمل جماعي امتد شهورا»."
    )
    assert speakers(text) == ["فيصل المطيري", "نبيل الحارثي"]


def test_thanked_before_a_long_title_and_its_body():
    text = (
        "وقال رئيس النادي فيصل المطيري إن الموسم كان ناجحا للفريق.\n\n"
        "من جهته، شكر مدير عام التعليم بالمنطقة د. نبيل الحارثي أعضاء اللجنة المنظمة على جهودهم.\n\n"
        "وقال: «نجاح البطولة ثمرة عمل جماعي امتد شهورا»."
    )
    assert speakers(text) == ["فيصل المطيري", "نبيل الحارثي"]


def test_the_thanked_player_is_an_object_not_the_floor_holder():
    text = (
        "وقال رئيس النادي فيصل المطيري إن الموسم كان ناجحا للفريق.\n\n"
        "وشكر الجمهور اللاعب نبيل الحارثي على أدائه في المباراة.\n\n"
        "وقال: «نجاح البطولة ثمرة عمل جماعي امتد شهورا»."
    )
    assert speakers(text)[-1] == "فيصل المطيري"
