"""Round 81, second wave: a direct quotation some papers open after a colon with a mark of closing
shape (” or », a space after it) and close with the same glyph stays within those two marks; a lone
such mark, or one whose glyph next opens another quotation, pairs with nothing. Sentences written
for these tests (invented names and events)."""

from __future__ import annotations

from rasid.extract.quotes import find_quote_marks, quotes_stage
from rasid.model import Article


def contents(text: str) -> list[str]:
    """The contents of the quotations found in ``text``, in order."""
    article = quotes_stage(Article(id="t", text=text))
    return [article.text[q.start : q.end].strip(" .") for q in article.quotes]


def marked(text: str) -> list[str]:
    """The contents of the stretches in quotation marks, the text being one paragraph."""
    found, _ = find_quote_marks(text, [(0, len(text))])
    return [text[q.start : q.end] for q in found if q.balanced]


def test_closing_quote_shape_after_colon_opens() -> None:
    text = (
        "وقال مدرب الفريق كريم العبادي : ” نحن جاهزون للمباراة النهائية بعد أسابيع من التدريب”. "
        "وغادر الفريق إلى المدينة الساحلية مساء أمس."
    )
    assert marked(text) == ["نحن جاهزون للمباراة النهائية بعد أسابيع من التدريب"]
    assert contents(text) == ["نحن جاهزون للمباراة النهائية بعد أسابيع من التدريب"]


def test_closing_guillemet_shape_after_colon_opens() -> None:
    text = (
        "وأضافت رئيسة الجمعية سلمى الدباغ:» سنوزع الحقائب المدرسية على ألف طالب هذا الشهر». "
        "ثم زارت الوفد المرافق في مقر البلدية."
    )
    assert contents(text) == ["سنوزع الحقائب المدرسية على ألف طالب هذا الشهر"]


def test_same_glyph_reopening_after_colon_leaves_first_unpaired() -> None:
    # the first mark is never closed: the next » opens again after a colon, so the two do not pair
    text = (
        "وقال المحافظ:» افتتحنا المستشفى الجديد في الحي الشرقي وقال:» سنفتح مدرسة أخرى قريبا». "
        "وتفقد المحافظ الأقسام."
    )
    assert marked(text) == ["سنفتح مدرسة أخرى قريبا"]


def test_closing_shape_without_colon_still_closes_nothing() -> None:
    text = "وأشار التقرير إلى مشروع ” الواحة الخضراء في أطراف المدينة الجديدة."
    assert marked(text) == []


def test_lone_closing_shape_after_colon_opens_nothing() -> None:
    text = "وقال المهندس فادي النقيب: ” المشروع سينتهي في الصيف المقبل\nوبدأت الأعمال قبل عام."
    found, _ = find_quote_marks(text, [(0, text.index("\n")), (text.index("\n") + 1, len(text))])
    assert [q for q in found if q.balanced] == []
