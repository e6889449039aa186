"""A statement whose marks hold one word each (a name or a term set off) is indirect, not mixed; a
quoted phrase of the speaker's own words keeps it mixed (round 70)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _kinds(text: str) -> list[str]:
    return [q.kind for q in process(Article(id="t", raw=text), Options()).quotes]


def test_one_word_in_marks_is_a_term() -> None:
    text = "وأكد المتحدث باسم التحالف أن عملية «الحسم» ستتواصل حتى تحقق أهدافها في المحافظة."
    assert _kinds(text) == ["indirect"]


def test_quoted_phrase_keeps_the_statement_mixed() -> None:
    text = 'وقال مدرب الفريق إن اللاعبين "جاهزون تماما للمواجهة" وإن الإصابات لن تؤثر على خططه.'
    assert _kinds(text) == ["mixed"]


def test_whole_direct_quote_is_untouched() -> None:
    assert _kinds("وقال المدير: «سننهي المشروع قبل نهاية العام».") == ["direct"]


def test_name_in_marks_is_a_term() -> None:
    text = "وقال المتحدث العسكري إن المقاتلين هاجموا مواقع «جبهة النصرة» قرب الحدود الشمالية."
    assert _kinds(text) == ["indirect"]
